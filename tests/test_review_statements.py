"""tracker review (answers piped into a real subprocess), the non-interactive
`tracker statements set|reject|confirm|add|show`, statuses, and --include-affiliated.

Commands run in-process (`run`); review's piped answers and one refused command run as real
processes (`cli`), for what a shell sees: a real stdin pipe and its end, the exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ARTICLE = """Contoso pauses data centre expansion amid power shortage

Contoso Ltd said on Tuesday that it would pause construction of two data centres in the Midwest while it negotiates new power contracts with regional utilities.

"We are not walking away from the region, but we cannot build faster than the grid can supply us," said Laura Chen, Contoso's chief executive, in an interview.

Mark Devlin, a Contoso spokesman, said the company expected to resume work by the end of the year. "Nobody is losing their job over this," Devlin said.

Analysts said the pause reflected a broader squeeze on electricity supply. "Every large operator is running into the same wall," said Priya Natarajan, an analyst at Brightline Research.

The Great Lakes Power Cooperative declined to comment on the negotiations.
"""

SECOND = """Contoso opens training centre in Toledo

Contoso Ltd said on Monday that it had opened a training centre for electricians in Toledo.

"We need thousands of people who can wire a data hall," said Laura Chen, Contoso's chief executive.

A Contoso spokeswoman said the first class of 40 students would graduate in June.
"""


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def listing(run, *args: str) -> list[dict]:
    return jsonl(run("statements", "--limit", "0", "--format", "jsonl", *args, ok=True).stdout)


def one(rows: list[dict], words: str) -> dict:
    hits = [r for r in rows if words in r["quote"]]
    assert len(hits) == 1, f"expected one statement with {words!r}, got {[r['quote'] for r in hits]}"
    return hits[0]


def db_rows(url: str, q: str, **params) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(q), params)]
    finally:
        engine.dispose()


@pytest.fixture
def loaded(run, tmp_path: Path):
    for name, body, day in (("a.txt", ARTICLE, "2026-05-05"), ("b.txt", SECOND, "2026-06-01")):
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        run("ingest", str(p), "--published", day, "--outlet", "Daily Wire", ok=True)
    return run


def test_review_walks_unreviewed_statements_with_answers_on_stdin(loaded, cli, db_url):
    run = loaded
    todo = listing(run, "--outlet", "Daily Wire", "--since", "2026-05-01", "--until", "2026-05-31")
    assert len(todo) >= 6
    # review shows one article at a time, in text order
    ordered = sorted(todo, key=lambda r: r["quote_start"])
    answers = "\n".join([
        "a",                      # 1: accept
        "r not a quote",          # 2: reject, with a note
        "?",                      # 3: help, then ...
        "x",                      # ... a wrong answer is explained, not fatal
        "s Jane Roe",             # ... a speaker nobody knows: offered to create
        "p",                      # ... as a person
        "k mixed",                # ... and the kind
        "n",                      # ... then next
        "",                       # 4: Enter leaves it unreviewed
        "q",                      # stop
    ]) + "\n"
    proc = cli("review", "--since", "2026-05-01", "--until", "2026-05-31", input=answers, env={"USER": "erin"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"{len(todo)} statement(s) to review" in out
    # each statement is shown in its context, the quote marked inside its sentence
    first = ordered[0]
    assert f"\u27e6{first['quote']}\u27e7" in out
    assert "Contoso Ltd said on Tuesday" in out  # the words around the first quote
    assert "a          accept" in out  # the help
    assert "'x': not an answer" in out
    assert "no entity 'Jane Roe'" in out and "saved: speaker Jane Roe" in out
    assert "review: 1 confirmed, 1 rejected, 1 corrected, 1 skipped" in proc.stderr

    status = dict(db_rows(db_url, "SELECT id, status FROM statements"))
    assert status[ordered[0]["id"]] == "confirmed"
    assert status[ordered[1]["id"]] == "rejected"
    assert status[ordered[2]["id"]] == "corrected"
    assert status[ordered[3]["id"]] == "auto"
    assert all(status[r["id"]] == "auto" for r in ordered[4:])
    third = db_rows(db_url, "SELECT s.kind, e.name, e.kind, s.updated_by FROM statements s JOIN entities e ON e.id = s.speaker_id WHERE s.id = :i", i=ordered[2]["id"])
    assert third == [("mixed", "Jane Roe", "person", "erin")]
    notes = db_rows(db_url, "SELECT note, author FROM corrections WHERE action = 'reject'")
    assert notes == [("not a quote", "erin")]

    # the next session starts from what is still unreviewed; end of input ends it cleanly
    again = cli("review", "--since", "2026-05-01", "--until", "2026-05-31", input="a\n")
    assert again.returncode == 0
    assert f"{len(todo) - 3} statement(s) to review" in again.stdout
    assert "review: 1 confirmed" in again.stderr
    left = run("review", "--status", "rejected", input="")
    assert left.exit_code == 0
    assert "1 statement(s) to review" in left.stdout and "nothing decided" in left.stderr


def test_statements_subcommands_and_status_filter(loaded, cli, db_url):
    run = loaded
    rows = listing(run)
    wall = one(rows, "running into the same wall")
    job = one(rows, "Nobody is losing their job")
    # the listing keeps its options (this is the command people script against)
    csv_out = run("statements", "--speaker", "Priya Natarajan", "--format", "csv", ok=True).stdout.splitlines()
    assert csv_out[0].startswith("id,article_id,") and len(csv_out) == 2
    table = run("statements", "--speaker", "Contoso", "--limit", "1", ok=True).stdout
    assert "speaker" in table and "Contoso" in table

    run("statements", "reject", str(wall["id"]), str(job["id"]), "--author", "fay", ok=True)
    assert not [r for r in listing(run) if r["id"] in (wall["id"], job["id"])]
    rejected = listing(run, "--status", "rejected")
    assert {r["id"] for r in rejected} == {wall["id"], job["id"]}
    again = run("statements", "reject", str(wall["id"]), ok=True)
    assert "unchanged" in again.stderr
    run("statements", "confirm", str(wall["id"]), ok=True)  # confirm brings it back
    assert one(listing(run, "--status", "confirmed"), "same wall")["id"] == wall["id"]

    res = run("statements", "set", str(job["id"]), "--speaker", "Laura Chen", "--kind", "indirect",
              "--start", str(job["quote_start"] + len("Nobody is ")), ok=True)
    assert "speaker -> " in res.stderr and "kind -> indirect" in res.stderr and "bounds -> " in res.stderr
    fixed = one(listing(run, "--status", "corrected"), "losing their job")
    assert fixed["quote"] == "losing their job over this" and fixed["speaker"] == "Laura Chen"
    assert len(db_rows(db_url, "SELECT id FROM corrections WHERE statement_id = :i", i=job["id"])) == 4
    same = run("statements", "set", str(job["id"]), "--speaker", "Laura Chen", ok=True)
    assert "unchanged" in same.stderr

    # bad input: one line naming it, nothing half-done
    before = db_rows(db_url, "SELECT * FROM corrections ORDER BY id")
    for args, msg in (
        (("set", str(job["id"]), "--kind", "shouted"), "--kind"),
        (("set", str(job["id"]), "--speaker", "Nobody At All"), "no such entity"),
        (("set", str(job["id"]), "--start", "5", "--end", "1"), "bounds"),
        (("set", str(job["id"]), "--quote", "words that are not there"), "not in article"),
        (("set", str(job["id"])), "nothing to set"),
        (("set", str(wall["id"]), "99999", "--kind", "mixed"), "statement 99999: no such statement"),
        (("show", "99999"), "no such statement"),
        (("add", str(wall["article_id"]), "--quote", "Every large operator"), "already has statement"),
    ):
        res = run("statements", *args)
        assert res.exit_code == 1 and msg in res.stderr and len(res.stderr.strip().splitlines()) == 1, (args, res.stderr)
    # and as a shell sees it: the exit status of the real command, no traceback, no data
    proc = cli("statements", "set", str(job["id"]), "--speaker", "Nobody At All")
    assert proc.returncode == 1 and proc.stdout == "" and proc.stderr.startswith("error: ") and "no such entity" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert db_rows(db_url, "SELECT * FROM corrections ORDER BY id") == before

    show = run("statements", "show", str(job["id"]), ok=True).stdout
    for part in ("status corrected", "Daily Wire", "span        characters", "engine      version", "corrections"):
        assert part in show


def test_include_affiliated_counts_spokesperson_and_executive_under_the_organisation(loaded, db_url):
    """Laura Chen (chief executive) and Mark Devlin (spokesman) are affiliated to Contoso by
    the text; with --include-affiliated their statements count as Contoso's."""
    run = loaded
    contoso = db_rows(db_url, "SELECT id FROM entities WHERE name = 'Contoso Ltd'")[0][0]
    people = db_rows(db_url, "SELECT e.name, af.role FROM affiliations af JOIN entities e ON e.id = af.person_id "
                             "WHERE af.organization_id = :o ORDER BY e.name", o=contoso)
    names = {p[0] for p in people}
    assert {"Laura Chen", "Mark Devlin"} <= names, people
    own = listing(run, "--speaker", "Contoso")
    assert own and {r["speaker"] for r in own} == {"Contoso Ltd"}
    wide = listing(run, "--speaker", "Contoso", "--include-affiliated")
    # independent count: Contoso's own statements plus those of every affiliated person
    expected = db_rows(db_url, "SELECT COUNT(*) FROM statements WHERE status <> 'rejected' AND (speaker_id = :o OR "
                               "speaker_id IN (SELECT person_id FROM affiliations WHERE organization_id = :o))", o=contoso)[0][0]
    assert len(wide) == expected > len(own)
    speakers = {r["speaker"] for r in wide}
    assert {"Contoso Ltd", "Laura Chen", "Mark Devlin"} <= speakers
    assert len([r for r in wide if r["speaker"] == "Laura Chen"]) == 2  # both articles
    who = jsonl(run("who-said", "Contoso", "--include-affiliated", "--format", "jsonl", ok=True).stdout)
    assert len(who) == expected

    # a manual affiliation with dates counts only what was said while it held
    run("entities", "affiliate", "Priya Natarajan", "Contoso", "--role", "adviser", "--start", "2026-06-01", ok=True)
    assert len(listing(run, "--speaker", "Contoso", "--include-affiliated")) == expected  # she spoke in May
    run("entities", "affiliate", "Priya Natarajan", "Contoso", "--role", "adviser", "--start", "2026-05-01", ok=True)
    later = listing(run, "--speaker", "Contoso", "--include-affiliated")
    assert len(later) == expected + 1 and "Priya Natarajan" in {r["speaker"] for r in later}
