"""tracker entities: add, alias, rename, set-kind, show, list, affiliate; merges recorded and
undone exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

FABRIKAM_1 = """Fabrikam Industries wins port contract

Fabrikam Industries said on Monday that it had won a contract to automate cranes at the Port of Easthaven, beating two European rivals.

"This is the largest order in our history," said Oscar Lindgren, Fabrikam Industries' chief executive. He said the company would hire 200 engineers in Easthaven.

Port director Helena Marsh said Fabrikam Industries had offered the lowest price and the shortest schedule.
"""

FABRIKAM_2 = """Union challenges Fabrikam Group over crane automation

Fabrikam Group said on Thursday that no dock jobs would be cut when its automated cranes start work at the Port of Easthaven next year.

"Automation will change the work, not end it," said Jonas Weber, a Fabrikam Group spokesman.

The Eastern Dockworkers Union said it had asked Fabrikam Group to put that promise in writing. Fabrikam Group declined to comment on the union's claim.
"""

TABLES = ["entities", "aliases", "statements", "statement_about", "affiliations", "corrections"]


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of the tables a merge touches, in primary-key order."""
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        out = {}
        with engine.connect() as conn:
            for t in TABLES:
                pk = insp.get_pk_constraint(t)["constrained_columns"]
                out[t] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY {', '.join(pk)}"))]
        return out
    finally:
        engine.dispose()


def scalar(url: str, q: str, **params):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(q), params).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def fabrikam(cli, tmp_path: Path):
    for name, body, day in (("f1.txt", FABRIKAM_1, "2026-04-06"), ("f2.txt", FABRIKAM_2, "2026-04-09")):
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        cli("ingest", str(p), "--published", day, "--outlet", "Harbour Gazette", check=True)
    ents = {e["name"]: e for e in jsonl(cli("entities", "list", "--format", "jsonl", check=True).stdout)}
    assert "Fabrikam Industries" in ents and "Fabrikam Group" in ents, f"two entities expected: {sorted(ents)}"
    return cli


def test_merge_then_unmerge_restores_the_exact_previous_state(fabrikam, db_url):
    cli = fabrikam
    ind, grp = "Fabrikam Industries", "Fabrikam Group"
    # make the merge touch every kind of row: a correction naming the source as speaker, a
    # mention of the source, affiliations to both (one of them a duplicate after the merge)
    weber = [r for r in jsonl(cli("statements", "--format", "jsonl", "--limit", "0", check=True).stdout) if "Automation will change" in r["quote"]][0]
    cli("statements", "set", str(weber["id"]), "--speaker", grp, check=True, env={"USER": "carol"})
    cli("entities", "affiliate", "Helena Marsh", grp, "--role", "board member", check=True)
    cli("entities", "affiliate", "Helena Marsh", ind, "--role", "board member", check=True)
    cli("entities", "affiliate", "Jonas Weber", grp, "--role", "spokesman", "--start", "2025-01-01", check=True)
    n_grp = len(jsonl(cli("statements", "--speaker", grp, "--format", "jsonl", "--limit", "0", check=True).stdout))
    n_ind = len(jsonl(cli("statements", "--speaker", ind, "--format", "jsonl", "--limit", "0", check=True).stdout))
    assert n_grp >= 2 and n_ind >= 1
    before = dump(db_url)

    res = cli("entities", "merge", grp, "--into", ind, "--reason", "same company", check=True, env={"USER": "dora"})
    assert "merge:1" in res.stderr
    merged = dump(db_url)
    assert merged != before
    # everything Fabrikam Group said is now Fabrikam Industries', under either name
    rows = jsonl(cli("statements", "--speaker", ind, "--format", "jsonl", "--limit", "0", check=True).stdout)
    assert len(rows) == n_grp + n_ind and {r["speaker"] for r in rows} == {ind}
    assert len(jsonl(cli("statements", "--speaker", grp, "--format", "jsonl", "--limit", "0", check=True).stdout)) == n_grp + n_ind
    grp_id = scalar(db_url, "SELECT id FROM entities WHERE name = :n", n=grp)
    ind_id = scalar(db_url, "SELECT id FROM entities WHERE name = :n", n=ind)
    assert scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp_id) == 0
    assert scalar(db_url, "SELECT COUNT(*) FROM aliases WHERE entity_id = :i", i=grp_id) == 0
    assert scalar(db_url, "SELECT COUNT(*) FROM affiliations WHERE organization_id = :i", i=grp_id) == 0
    assert scalar(db_url, "SELECT speaker_id FROM corrections WHERE statement_id = :s", s=weber["id"]) == ind_id
    assert scalar(db_url, "SELECT merged_into FROM entities WHERE id = :i", i=grp_id) == ind_id
    shown = json.loads(cli("entities", "show", ind, "--format", "json", check=True).stdout)
    assert grp in shown["aliases"] and shown["statements"] == n_grp + n_ind
    assert {p["name"] for p in shown["people"]} >= {"Helena Marsh", "Jonas Weber"}
    assert shown["merges"][0]["author"] == "dora" and shown["merges"][0]["reason"] == "same company"
    listed = {e["name"] for e in jsonl(cli("entities", "list", "--format", "jsonl", check=True).stdout)}
    assert grp not in listed and ind in listed
    assert grp in {e["name"] for e in jsonl(cli("entities", "list", "--all", "--format", "jsonl", check=True).stdout)}
    # a merged entity cannot be merged again; the merge is listed
    again = cli("entities", "merge", f"#{grp_id}", "--into", ind)
    assert again.returncode == 1 and "already merged" in again.stderr
    assert "dora" in cli("entities", "merges", "--format", "csv", check=True).stdout

    res = cli("entities", "unmerge", f"#{grp_id}", check=True)
    assert "merge:1 undone" in res.stderr
    assert dump(db_url) == before
    assert scalar(db_url, "SELECT undone_at FROM merges WHERE id = 1") is not None
    twice = cli("entities", "unmerge", "merge:1")
    assert twice.returncode == 1 and "already undone" in twice.stderr


def test_reextract_after_a_merge_resolves_to_the_kept_entity(fabrikam, db_url):
    cli = fabrikam
    grp = scalar(db_url, "SELECT id FROM entities WHERE name = 'Fabrikam Group'")
    own = scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp)
    assert own >= 2
    cli("entities", "merge", "Fabrikam Group", "--into", "Fabrikam Industries", check=True)
    cli("reextract", check=True)
    # the engine still reads "Fabrikam Group"; resolution follows the merge
    assert scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp) == 0
    assert scalar(db_url, "SELECT COUNT(*) FROM aliases WHERE entity_id = :i", i=grp) == 0
    # statements came back with their ids, so unmerge returns them to Fabrikam Group
    cli("entities", "unmerge", "Fabrikam Group", check=True)
    assert scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp) == own


def test_merge_chain_is_undone_last_first_and_bad_merges_are_refused(fabrikam, db_url):
    cli = fabrikam
    cli("entities", "add", "Easthaven Crane Partners", "--kind", "organization", check=True)
    before = dump(db_url)
    cli("entities", "merge", "Fabrikam Group", "--into", "Fabrikam Industries", check=True)
    cli("entities", "merge", "Fabrikam Industries", "--into", "Easthaven Crane Partners", check=True)
    blocked = cli("entities", "unmerge", "Fabrikam Group")
    assert blocked.returncode == 1 and "undo that first" in blocked.stderr and "merge:2" in blocked.stderr
    cli("entities", "unmerge", "merge:2", check=True)
    cli("entities", "unmerge", "merge:1", check=True)
    assert dump(db_url) == before

    same = cli("entities", "merge", "Fabrikam Group", "--into", "Fabrikam Group")
    assert same.returncode == 1 and "into itself" in same.stderr
    kinds = cli("entities", "merge", "Jonas Weber", "--into", "Fabrikam Group")
    assert kinds.returncode == 1 and "different kinds" in kinds.stderr
    never = cli("entities", "unmerge", "Jonas Weber")
    assert never.returncode == 1 and "was not merged" in never.stderr
    unknown = cli("entities", "merge", "No Such Company", "--into", "Fabrikam Group")
    assert unknown.returncode == 1 and "no such entity" in unknown.stderr
    assert dump(db_url) == before  # refused merges change nothing


def test_add_alias_rename_set_kind_and_show(fabrikam, db_url):
    cli = fabrikam
    eid = cli("entities", "add", "Port of Easthaven Authority", "--kind", "organization", "--alias", "PEA", check=True).stdout.strip()
    dup = cli("entities", "add", "port of easthaven authority", "--kind", "organization")
    assert dup.returncode == 1 and "already exists" in dup.stderr
    cli("entities", "alias", f"#{eid}", "Easthaven Port", check=True)
    aliases = cli("entities", "alias", "PEA", check=True).stdout
    assert "Easthaven Port" in aliases and "PEA" in aliases
    cli("entities", "alias", f"#{eid}", "PEA", "--remove", check=True)
    assert "PEA" not in cli("entities", "alias", f"#{eid}", check=True).stdout
    gone = cli("entities", "show", "PEA")
    assert gone.returncode == 1 and "no such entity" in gone.stderr

    cli("entities", "rename", "Helena Marsh", "Helena J. Marsh", check=True)
    cli("entities", "set-kind", "Port of Easthaven Authority", "group", check=True)
    bad = cli("entities", "set-kind", "Port of Easthaven Authority", "planet")
    assert bad.returncode == 1 and "not one of" in bad.stderr
    marsh = json.loads(cli("entities", "show", "Helena Marsh", "--format", "json", check=True).stdout)
    assert marsh["name"] == "Helena J. Marsh" and "Helena Marsh" in marsh["aliases"]
    assert marsh["statements"] >= 1 and marsh["first_seen"] == "2026-04-06" and marsh["last_seen"] == "2026-04-06"
    # the old name still finds her statements
    assert jsonl(cli("statements", "--speaker", "Helena Marsh", "--format", "jsonl", check=True).stdout)
    assert scalar(db_url, "SELECT kind FROM entities WHERE id = :i", i=int(eid)) == "group"

    text_out = cli("entities", "show", "Fabrikam Industries", check=True).stdout
    assert "aliases" in text_out and "first seen 2026-04-06" in text_out and "Oscar Lindgren" in text_out
    cli("entities", "alias", "Fabrikam Industries", "FAB", check=True)
    shared = cli("entities", "alias", "Fabrikam Group", "FAB", check=True)
    assert "also names another entity" in shared.stderr
    ambiguous = cli("statements", "set", "1", "--speaker", "FAB")
    assert ambiguous.returncode == 1 and "ambiguous" in ambiguous.stderr and "Fabrikam Group" in ambiguous.stderr


def test_affiliate_by_hand(fabrikam, db_url):
    cli = fabrikam
    res = cli("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--role", "adviser", "--start", "2026-01-01", "--end", "2026-12-31", check=True)
    assert "added" in res.stderr
    row = json.loads(cli("entities", "show", "Fabrikam Group", "--format", "json", check=True).stdout)["people"]
    marsh = [p for p in row if p["name"] == "Helena Marsh"][0]
    assert (marsh["role"], marsh["start"], marsh["end"], marsh["origin"]) == ("adviser", "2026-01-01", "2026-12-31", "manual")
    upd = cli("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--role", "adviser", "--start", "2026-02-01", check=True)
    assert "updated" in upd.stderr
    assert str(scalar(db_url, "SELECT start FROM affiliations WHERE role = 'adviser'"))[:10] == "2026-02-01"
    backwards = cli("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--start", "2026-05-01", "--end", "2026-01-01")
    assert backwards.returncode == 1 and "before" in backwards.stderr
    cli("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--role", "adviser", "--remove", check=True)
    assert scalar(db_url, "SELECT COUNT(*) FROM affiliations WHERE role = 'adviser'") == 0
