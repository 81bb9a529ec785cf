"""Human decisions survive `tracker reextract`: re-applied to the statement that overlaps them
best, reported when they no longer match anything; machine rows are replaced and carry the
engine version.

Commands run in-process (`run`); one re-extraction and one refused one run as real processes (`cli`)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tracker import ENGINE_VERSION

ARTICLE = """Contoso pauses data centre expansion amid power shortage

Contoso Ltd said on Tuesday that it would pause construction of two data centres in the Midwest while it negotiates new power contracts with regional utilities.

"We are not walking away from the region, but we cannot build faster than the grid can supply us," said Laura Chen, Contoso's chief executive, in an interview.

Mark Devlin, a Contoso spokesman, said the company expected to resume work by the end of the year. "Nobody is losing their job over this," Devlin said.

Analysts said the pause reflected a broader squeeze on electricity supply. "Every large operator is running into the same wall," said Priya Natarajan, an analyst at Brightline Research.

The memo sent to staff ended on a blunt line: keep calm and keep building.

The Great Lakes Power Cooperative declined to comment on the negotiations.
"""

USER = {"USER": "alice"}


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def all_statements(run) -> list[dict]:
    return jsonl(run("statements", "--status", "all", "--limit", "0", "--format", "jsonl", ok=True).stdout)


def one(rows: list[dict], words: str) -> dict:
    hits = [r for r in rows if words in r["quote"]]
    assert len(hits) == 1, f"expected one statement with {words!r}, got {[(r['id'], r['quote']) for r in hits]}"
    return hits[0]


def sql(url: str, query: str, **params):
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            res = conn.execute(text(query), params)
            return res.fetchall() if res.returns_rows else None
    finally:
        engine.dispose()


@pytest.fixture
def loaded(run, tmp_path: Path):
    path = tmp_path / "contoso.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    run("ingest", str(path), "--published", "2026-05-05T10:00:00+00:00", "--outlet", "Daily Wire", ok=True)
    return run


def test_corrected_speaker_and_other_decisions_survive_reextract(loaded, cli, db_url):
    run = loaded
    rows = all_statements(run)
    job = one(rows, "Nobody is losing their job")
    assert job["speaker"] == "Mark Devlin"
    analysts = one(rows, "broader squeeze")
    wall = one(rows, "running into the same wall")
    region = one(rows, "not walking away from the region")
    resume = one(rows, "resume work by the end of the year")

    run("statements", "set", str(job["id"]), "--speaker", "Laura Chen", "--note", "Chen said it, per the video", ok=True, env=USER)
    run("statements", "reject", str(analysts["id"]), ok=True, env={"USER": "bob"})
    run("statements", "confirm", str(wall["id"]), ok=True, env=USER)
    run("statements", "set", str(region["id"]), "--kind", "mixed", ok=True, env=USER)
    run("statements", "set", str(resume["id"]), "--quote", "resume work by the end of the year", ok=True, env=USER)
    before = {r["id"]: r for r in all_statements(run)}
    stamp_before = dict(sql(db_url, "SELECT id, extracted_at FROM statements"))

    res = cli("reextract", check=True)  # a real process: the end-to-end path
    assert "1 article(s) re-extracted" in res.stderr and "0 no longer match" in res.stderr

    after = {r["id"]: r for r in all_statements(run)}
    # the same engine finds the same statements: ids are kept
    assert set(after) == set(before)
    job2 = one(list(after.values()), "Nobody is losing their job")
    assert job2["speaker"] == "Laura Chen" and job2["status"] == "corrected"
    assert one(list(after.values()), "broader squeeze")["status"] == "rejected"
    assert one(list(after.values()), "running into the same wall")["status"] == "confirmed"
    reg = one(list(after.values()), "not walking away from the region")
    assert reg["kind"] == "mixed" and reg["status"] == "corrected"
    res2 = one(list(after.values()), "resume work by the end of the year")
    assert res2["quote"] == "resume work by the end of the year" and res2["status"] == "corrected"
    # untouched statements stay auto
    assert one(list(after.values()), "comment on the negotiations")["status"] == "auto"
    # a rejected statement stays out of the default listing
    default = jsonl(run("statements", "--limit", "0", "--format", "jsonl", ok=True).stdout)
    assert not [r for r in default if "broader squeeze" in r["quote"]]

    # machine rows were rewritten by this engine; who changed what is kept
    rows_db = sql(db_url, "SELECT id, engine_version, extracted_at, status, updated_by FROM statements")
    assert {r[1] for r in rows_db} == {ENGINE_VERSION}
    assert all(str(r[2]) != str(stamp_before[r[0]]) for r in rows_db)
    by_id = {r[0]: r for r in rows_db}
    assert by_id[job2["id"]][4] == "alice" and by_id[analysts["id"]][4] == "bob"
    assert by_id[one(list(after.values()), "comment on the negotiations")["id"]][4] is None
    assert sql(db_url, "SELECT COUNT(*) FROM corrections WHERE matched = :f OR statement_id IS NULL", f=False)[0][0] == 0

    show = run("statements", "show", str(job2["id"]), ok=True).stdout
    assert "status corrected by alice" in show and f"version {ENGINE_VERSION}" in show
    assert "speaker -> " in show and "Laura Chen" in show and "Chen said it, per the video" in show
    assert "Nobody is losing their job over this" in show  # the quote, in its context
    prov = json.loads(run("statements", "show", str(job2["id"]), "--format", "json", ok=True).stdout)
    assert prov["article"]["outlet"] == "Daily Wire" and prov["engine_version"] == ENGINE_VERSION
    assert prov["quote_end"] - prov["quote_start"] == len(prov["quote"]) and prov["extracted_at"]
    assert [c["action"] for c in prov["corrections"]] == ["set_speaker"]


def test_correction_follows_the_new_engine_span_and_unmatched_ones_are_reported(loaded, db_url):
    """An older engine cut the quote short; the person corrected that row. The current engine
    finds the whole quote: the correction re-attaches by overlap. A decision about a row the
    engine no longer produces at all is kept, flagged and reported."""
    run = loaded
    wall = one(all_statements(run), "running into the same wall")
    full = (wall["quote_start"], wall["quote_end"])
    # what an older engine stored: a shorter span, another version
    sql(db_url, "UPDATE statements SET quote_end = quote_end - 9, quote = :q, engine_version = '0' WHERE id = :i",
        q=wall["quote"][:-9], i=wall["id"])
    # and a false statement over the headline
    sql(db_url, "INSERT INTO statements (article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, "
                "engine_version, extracted_at, status) VALUES (:a, NULL, '', :q, 'indirect', '', 0, 7, '0', :t, 'auto')",
        a=wall["article_id"], q=ARTICLE[0:7], t=datetime.now(timezone.utc))
    ghost = one(all_statements(run), "Contoso")  # "Contoso" alone: the headline word
    assert ghost["quote"] == "Contoso"
    run("statements", "set", str(wall["id"]), "--speaker", "Laura Chen", ok=True, env=USER)
    run("statements", "set", str(ghost["id"]), "--speaker", "Contoso", ok=True, env=USER)

    res = run("reextract", "--article", str(wall["article_id"]), ok=True)
    assert "1 no longer match" in res.stderr
    assert "unmatched correction" in res.stderr and "“Contoso”" in res.stderr

    rows = all_statements(run)
    wall2 = one(rows, "running into the same wall")
    assert (wall2["quote_start"], wall2["quote_end"]) == full  # the new engine's span ...
    assert wall2["speaker"] == "Laura Chen" and wall2["status"] == "corrected"  # ... with the person's speaker
    assert wall2["id"] == wall["id"]
    assert not [r for r in rows if r["quote"] == "Contoso"]  # the false row is gone
    unmatched = sql(db_url, "SELECT action, statement_id, matched, quote_text FROM corrections WHERE matched = :f", f=False)
    assert [(u[0], u[1], u[3]) for u in unmatched] == [("set_speaker", None, "Contoso")]
    listed = jsonl(run("statements", "corrections", "--unmatched", "--format", "jsonl", ok=True).stdout)
    assert [r["quote_text"] for r in listed] == ["Contoso"]
    assert sql(db_url, "SELECT COUNT(*) FROM statements WHERE engine_version <> :v", v=ENGINE_VERSION)[0][0] == 0


def test_added_statement_and_manual_affiliation_survive_reextract(loaded, db_url):
    run = loaded
    rows = all_statements(run)
    assert not [r for r in rows if "keep calm" in r["quote"]]
    art = rows[0]["article_id"]
    sid = run("statements", "add", str(art), "--quote", "keep calm and keep building", "--speaker", "Laura Chen",
              "--kind", "indirect", ok=True, env=USER).stdout.strip()
    run("entities", "affiliate", "Priya Natarajan", "Contoso", "--role", "adviser", "--start", "2026-01-01", ok=True)
    text_affs = sql(db_url, "SELECT person_id, organization_id, role FROM affiliations WHERE origin = 'text' ORDER BY 1, 2, 3")

    run("reextract", ok=True)
    added = one(all_statements(run), "keep calm")
    assert added["speaker"] == "Laura Chen" and added["kind"] == "indirect" and added["status"] == "corrected"
    assert str(added["id"]) == sid
    manual = sql(db_url, "SELECT role, start, origin FROM affiliations WHERE origin = 'manual'")
    assert [(m[0], str(m[1])[:10], m[2]) for m in manual] == [("adviser", "2026-01-01", "manual")]
    assert sql(db_url, "SELECT person_id, organization_id, role FROM affiliations WHERE origin = 'text' ORDER BY 1, 2, 3") == text_affs


def test_dry_run_changes_nothing(loaded, db_url):
    run = loaded
    rows = all_statements(run)
    run("statements", "reject", str(rows[0]["id"]), ok=True, env=USER)
    sql(db_url, "UPDATE statements SET engine_version = '0'")
    dump = lambda: (sql(db_url, "SELECT * FROM statements ORDER BY id"), sql(db_url, "SELECT * FROM corrections ORDER BY id"))  # noqa: E731
    before = dump()
    res = run("reextract", "--dry-run", ok=True)
    assert res.stderr.startswith("dry run, nothing written")
    assert dump() == before
    # --stale picks articles with rows from another engine; after a real run there are none
    run("reextract", "--stale", ok=True)
    again = run("reextract", "--stale", ok=True)
    assert "no articles to re-extract" in again.stderr


def test_reextract_bad_article_and_filters(loaded, cli):
    run = loaded
    res = cli("reextract", "--article", "999")  # the exit status a shell sees
    assert res.returncode == 1 and "article 999: no such article" in res.stderr
    res = run("reextract", "--speaker", "Nobody Of That Name")
    assert res.exit_code == 0 and "no articles to re-extract" in res.stderr
    res = run("reextract", "--speaker", "Laura Chen", ok=True)
    assert "1 article(s) re-extracted" in res.stderr


def test_anchor_location_and_overlap_rules():
    """How a decision finds its statement again (pure functions, no database)."""
    from tracker.store.reextract import locate_anchor, overlap

    body = 'He said: "We will appeal the ruling." Later: "We will appeal."'
    a = body.index("We will appeal the ruling")
    q = "We will appeal the ruling"
    assert locate_anchor(body, a, a + len(q), q) == (a, a + len(q))  # unchanged text: the span itself
    moved = "Updated. " + body  # text re-cleaned: the same words, further on
    assert locate_anchor(moved, a, a + len(q), q) == (a + 9, a + 9 + len(q))
    second = body.rindex("We will appeal")  # two copies: the nearest to where it was
    assert locate_anchor(body, second, second + 14, "We will appeal") == (second, second + 14)
    typo = body.replace("ruling", "rulling")
    start, end = locate_anchor(typo, a, a + len(q), q)
    assert typo[start:end] == "We will appeal the rulling"
    assert locate_anchor(body, a, a + len(q), "Nothing like this is in the text") is None

    assert overlap((10, 20), (10, 20)) == 1.0
    assert overlap((10, 20), (12, 20)) == 0.8
    assert overlap((10, 20), (0, 60)) > 0  # one inside the other: the same quote, cut differently
    assert overlap((10, 20), (18, 40)) == 0.0  # a corner shared: another statement
    assert overlap((10, 20), (20, 30)) == 0.0
