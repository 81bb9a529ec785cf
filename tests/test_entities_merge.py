"""tracker entities: add, alias, rename, set-kind, show, list, affiliate; merges recorded and
undone exactly.

Commands run in-process (`run`); one merge and one refused merge run as real processes (`cli`)."""

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
def fabrikam(run, tmp_path: Path):
    for name, body, day in (("f1.txt", FABRIKAM_1, "2026-04-06"), ("f2.txt", FABRIKAM_2, "2026-04-09")):
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        run("ingest", str(p), "--published", day, "--outlet", "Harbour Gazette", ok=True)
    ents = {e["name"]: e for e in jsonl(run("entities", "list", "--format", "jsonl", ok=True).stdout)}
    assert "Fabrikam Industries" in ents and "Fabrikam Group" in ents, f"two entities expected: {sorted(ents)}"
    return run


def test_merge_then_unmerge_restores_the_exact_previous_state(fabrikam, cli, db_url):
    run = fabrikam
    ind, grp = "Fabrikam Industries", "Fabrikam Group"
    # make the merge touch every kind of row: a correction naming the source as speaker, a
    # mention of the source, affiliations to both (one of them a duplicate after the merge)
    weber = [r for r in jsonl(run("statements", "--format", "jsonl", "--limit", "0", ok=True).stdout) if "Automation will change" in r["quote"]][0]
    run("statements", "set", str(weber["id"]), "--speaker", grp, ok=True, env={"USER": "carol"})
    run("entities", "affiliate", "Helena Marsh", grp, "--role", "board member", ok=True)
    run("entities", "affiliate", "Helena Marsh", ind, "--role", "board member", ok=True)
    run("entities", "affiliate", "Jonas Weber", grp, "--role", "spokesman", "--start", "2025-01-01", ok=True)
    n_grp = len(jsonl(run("statements", "--speaker", grp, "--format", "jsonl", "--limit", "0", ok=True).stdout))
    n_ind = len(jsonl(run("statements", "--speaker", ind, "--format", "jsonl", "--limit", "0", ok=True).stdout))
    assert n_grp >= 2 and n_ind >= 1
    before = dump(db_url)

    # the merge itself as a real process: the end-to-end path, its exit status
    res = cli("entities", "merge", grp, "--into", ind, "--reason", "same company", check=True, env={"USER": "dora"})
    assert "merge:1" in res.stderr
    merged = dump(db_url)
    assert merged != before
    # everything Fabrikam Group said is now Fabrikam Industries', under either name
    rows = jsonl(run("statements", "--speaker", ind, "--format", "jsonl", "--limit", "0", ok=True).stdout)
    assert len(rows) == n_grp + n_ind and {r["speaker"] for r in rows} == {ind}
    assert len(jsonl(run("statements", "--speaker", grp, "--format", "jsonl", "--limit", "0", ok=True).stdout)) == n_grp + n_ind
    grp_id = scalar(db_url, "SELECT id FROM entities WHERE name = :n", n=grp)
    ind_id = scalar(db_url, "SELECT id FROM entities WHERE name = :n", n=ind)
    assert scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp_id) == 0
    assert scalar(db_url, "SELECT COUNT(*) FROM aliases WHERE entity_id = :i", i=grp_id) == 0
    assert scalar(db_url, "SELECT COUNT(*) FROM affiliations WHERE organization_id = :i", i=grp_id) == 0
    assert scalar(db_url, "SELECT speaker_id FROM corrections WHERE statement_id = :s", s=weber["id"]) == ind_id
    assert scalar(db_url, "SELECT merged_into FROM entities WHERE id = :i", i=grp_id) == ind_id
    shown = json.loads(run("entities", "show", ind, "--format", "json", ok=True).stdout)
    assert grp in shown["aliases"] and shown["statements"] == n_grp + n_ind
    assert {p["name"] for p in shown["people"]} >= {"Helena Marsh", "Jonas Weber"}
    assert shown["merges"][0]["author"] == "dora" and shown["merges"][0]["reason"] == "same company"
    listed = {e["name"] for e in jsonl(run("entities", "list", "--format", "jsonl", ok=True).stdout)}
    assert grp not in listed and ind in listed
    assert grp in {e["name"] for e in jsonl(run("entities", "list", "--all", "--format", "jsonl", ok=True).stdout)}
    # a merged entity cannot be merged again; the merge is listed
    again = cli("entities", "merge", f"#{grp_id}", "--into", ind)
    assert again.returncode == 1 and "already merged" in again.stderr and "Traceback" not in again.stderr
    assert "dora" in run("entities", "merges", "--format", "csv", ok=True).stdout

    res = run("entities", "unmerge", f"#{grp_id}", ok=True)
    assert "merge:1 undone" in res.stderr
    assert dump(db_url) == before
    assert scalar(db_url, "SELECT undone_at FROM merges WHERE id = 1") is not None
    twice = run("entities", "unmerge", "merge:1")
    assert twice.exit_code == 1 and "already undone" in twice.stderr


def test_reextract_after_a_merge_resolves_to_the_kept_entity(fabrikam, db_url):
    run = fabrikam
    grp = scalar(db_url, "SELECT id FROM entities WHERE name = 'Fabrikam Group'")
    own = scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp)
    assert own >= 2
    run("entities", "merge", "Fabrikam Group", "--into", "Fabrikam Industries", ok=True)
    run("reextract", ok=True)
    # the engine still reads "Fabrikam Group"; resolution follows the merge
    assert scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp) == 0
    assert scalar(db_url, "SELECT COUNT(*) FROM aliases WHERE entity_id = :i", i=grp) == 0
    # statements came back with their ids, so unmerge returns them to Fabrikam Group
    run("entities", "unmerge", "Fabrikam Group", ok=True)
    assert scalar(db_url, "SELECT COUNT(*) FROM statements WHERE speaker_id = :i", i=grp) == own


def test_merge_chain_is_undone_last_first_and_bad_merges_are_refused(fabrikam, db_url):
    run = fabrikam
    run("entities", "add", "Easthaven Crane Partners", "--kind", "organization", ok=True)
    before = dump(db_url)
    run("entities", "merge", "Fabrikam Group", "--into", "Fabrikam Industries", ok=True)
    run("entities", "merge", "Fabrikam Industries", "--into", "Easthaven Crane Partners", ok=True)
    blocked = run("entities", "unmerge", "Fabrikam Group")
    assert blocked.exit_code == 1 and "undo that first" in blocked.stderr and "merge:2" in blocked.stderr
    run("entities", "unmerge", "merge:2", ok=True)
    run("entities", "unmerge", "merge:1", ok=True)
    assert dump(db_url) == before

    same = run("entities", "merge", "Fabrikam Group", "--into", "Fabrikam Group")
    assert same.exit_code == 1 and "into itself" in same.stderr
    kinds = run("entities", "merge", "Jonas Weber", "--into", "Fabrikam Group")
    assert kinds.exit_code == 1 and "different kinds" in kinds.stderr
    never = run("entities", "unmerge", "Jonas Weber")
    assert never.exit_code == 1 and "was not merged" in never.stderr
    unknown = run("entities", "merge", "No Such Company", "--into", "Fabrikam Group")
    assert unknown.exit_code == 1 and "no such entity" in unknown.stderr
    assert dump(db_url) == before  # refused merges change nothing


def test_add_alias_rename_set_kind_and_show(fabrikam, db_url):
    run = fabrikam
    eid = run("entities", "add", "Port of Easthaven Authority", "--kind", "organization", "--alias", "PEA", ok=True).stdout.strip()
    dup = run("entities", "add", "port of easthaven authority", "--kind", "organization")
    assert dup.exit_code == 1 and "already exists" in dup.stderr
    run("entities", "alias", f"#{eid}", "Easthaven Port", ok=True)
    aliases = run("entities", "alias", "PEA", ok=True).stdout
    assert "Easthaven Port" in aliases and "PEA" in aliases
    run("entities", "alias", f"#{eid}", "PEA", "--remove", ok=True)
    assert "PEA" not in run("entities", "alias", f"#{eid}", ok=True).stdout
    gone = run("entities", "show", "PEA")
    assert gone.exit_code == 1 and "no such entity" in gone.stderr

    run("entities", "rename", "Helena Marsh", "Helena J. Marsh", ok=True)
    run("entities", "set-kind", "Port of Easthaven Authority", "group", ok=True)
    bad = run("entities", "set-kind", "Port of Easthaven Authority", "planet")
    assert bad.exit_code == 1 and "not one of" in bad.stderr
    marsh = json.loads(run("entities", "show", "Helena Marsh", "--format", "json", ok=True).stdout)
    assert marsh["name"] == "Helena J. Marsh" and "Helena Marsh" in marsh["aliases"]
    assert marsh["statements"] >= 1 and marsh["first_seen"] == "2026-04-06" and marsh["last_seen"] == "2026-04-06"
    # the old name still finds her statements
    assert jsonl(run("statements", "--speaker", "Helena Marsh", "--format", "jsonl", ok=True).stdout)
    assert scalar(db_url, "SELECT kind FROM entities WHERE id = :i", i=int(eid)) == "group"

    text_out = run("entities", "show", "Fabrikam Industries", ok=True).stdout
    assert "aliases" in text_out and "first seen 2026-04-06" in text_out and "Oscar Lindgren" in text_out
    run("entities", "alias", "Fabrikam Industries", "FAB", ok=True)
    shared = run("entities", "alias", "Fabrikam Group", "FAB", ok=True)
    assert "also names another entity" in shared.stderr
    ambiguous = run("statements", "set", "1", "--speaker", "FAB")
    assert ambiguous.exit_code == 1 and "ambiguous" in ambiguous.stderr and "Fabrikam Group" in ambiguous.stderr


def test_affiliate_by_hand(fabrikam, db_url):
    run = fabrikam
    res = run("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--role", "adviser", "--start", "2026-01-01", "--end", "2026-12-31", ok=True)
    assert "added" in res.stderr
    row = json.loads(run("entities", "show", "Fabrikam Group", "--format", "json", ok=True).stdout)["people"]
    marsh = [p for p in row if p["name"] == "Helena Marsh"][0]
    assert (marsh["role"], marsh["start"], marsh["end"], marsh["origin"]) == ("adviser", "2026-01-01", "2026-12-31", "manual")
    upd = run("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--role", "adviser", "--start", "2026-02-01", ok=True)
    assert "updated" in upd.stderr
    assert str(scalar(db_url, "SELECT start FROM affiliations WHERE role = 'adviser'"))[:10] == "2026-02-01"
    backwards = run("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--start", "2026-05-01", "--end", "2026-01-01")
    assert backwards.exit_code == 1 and "before" in backwards.stderr
    run("entities", "affiliate", "Helena Marsh", "Fabrikam Group", "--role", "adviser", "--remove", ok=True)
    assert scalar(db_url, "SELECT COUNT(*) FROM affiliations WHERE role = 'adviser'") == 0
