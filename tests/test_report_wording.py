"""repeats and changes: reports that compare wording, checked against the facts written into
tests/reportdb.py and against independent SQL counts."""

from __future__ import annotations

from datetime import date

import pytest

from reportdb import NEVER_SHARED, VIEW_FROM, build, engine, world  # noqa: F401  (fixtures)
from tracker.errors import TrackerError
from tracker.report import reports as R
from tracker.report.query import Filters
from tracker.store.db import ensure_schema


def test_normalise_ignores_typesetting():
    assert R.normalise("\u201cWe\u2019re  done\u2014for now,\u201d") == R.normalise('"we\'re done - for now"') == "were done for now"


def test_repeats_counts_articles_outlets_and_copies(world, engine):
    df = R.repeats(engine, Filters(), "M").frame
    assert len(df) == 3
    wire = next(r for r in df.itertuples() if "reviewing" in r.quote)
    # the wire story and its two syndicated copies, one of them trimmed (nearly the same words)
    assert (wire.articles, wire.outlets, wire.independent, wire.copies, wire.wordings) == (3, 3, 1, 2, 2)
    assert (wire.first_seen, wire.last_seen, wire.period) == ("2026-01-10", "2026-01-11", "2026-01")
    assert wire.first_outlet == "Northern Wire" and wire.first_url.endswith("/jan-contract")
    ids = sorted(int(i) for i in wire.statement_ids.split(","))
    assert ids == sorted(world.statements[k] for k in ("never1", "never1-copy1", "never1-copy2"))
    # the same sentence said again in two unrelated articles: two independent sources, no copies
    again = next(r for r in df.itertuples() if r.quote == NEVER_SHARED)
    assert (again.articles, again.outlets, again.independent, again.copies) == (2, 1, 2, 0)
    # independent check: the articles that carry Corvane's exact sentence, and their copy groups
    n_articles, n_groups = world.rows(
        f"SELECT COUNT(DISTINCT v.article_id), COUNT(DISTINCT COALESCE(v.copy_of, v.article_id)) FROM {VIEW_FROM} "
        "WHERE v.quote = :q AND e.name = 'Corvane Systems' AND v.status <> 'rejected'", q=NEVER_SHARED)[0]
    assert (again.articles, again.independent) == (n_articles, n_groups)
    fba = next(r for r in df.itertuples() if r.speaker == "Federal Border Agency")
    assert (fba.articles, fba.independent, fba.copies) == (2, 1, 1)


def test_repeats_options(engine):
    exact = R.repeats(engine, Filters(), "M", similarity=100).frame
    wire = exact[exact.quote.str.contains("reviewing")]
    assert list(wire["articles"]) == [2]  # the trimmed copy no longer joins
    assert R.repeats(engine, Filters(), "M", min_articles=3).frame["articles"].tolist() == [3]
    assert R.repeats(engine, Filters(speaker="FBA"), "M").frame["speaker"].tolist() == ["Federal Border Agency"]
    assert R.repeats(engine, Filters(since=date(2026, 2, 1)), "M").frame["quote"].tolist() == [NEVER_SHARED]


def test_changes_new_repeated_dropped(world, engine):
    rep = R.changes(engine, Filters(speaker="Corvane", about="FBA"), "D")
    df = rep.frame
    got = [(r.period, r.change, r.line[:24]) for r in df.itertuples()]
    assert got == [
        ("2026-01-10", "new", "We have never shared cus"),
        ("2026-01-10", "new", "We are reviewing the con"),
        ("2026-01-11", "repeated", "We have never shared cus"),
        ("2026-01-11", "repeated", "We are reviewing the con"),  # nearly the same words
        ("2026-02-02", "repeated", "We have never shared cus"),
        ("2026-02-02", "dropped", "We are reviewing the con"),
        ("2026-02-20", "new", "it had hired an outside "),  # said by an entity merged into Corvane
        ("2026-02-20", "dropped", "We have never shared cus"),
        ("2026-03-05", "new", "The contract has ended."),
        ("2026-03-05", "repeated", "We have never shared cus"),
        ("2026-03-05", "dropped", "it had hired an outside "),
        ("2026-04-13", "new", "We welcome the audit."),
        ("2026-04-13", "repeated", "The contract has ended."),
        ("2026-04-13", "dropped", "We have never shared cus"),
        ("2026-04-14", "repeated", "We have never shared cus"),
        ("2026-04-14", "dropped", "We welcome the audit."),
        ("2026-04-14", "dropped", "The contract has ended."),
    ]
    assert df.loc[df.change == "repeated", "first_said"].tolist()[-1] == "2026-01-10"
    # every statement of the pair appears (the rejected one does not), checked in SQL
    ids = {int(i) for s in df.loc[df.change != "dropped", "statement_ids"] for i in str(s).split(",") if i}
    want = world.rows(
        "SELECT s.id FROM statements s JOIN entities e ON e.id = s.speaker_id LEFT JOIN entities m ON m.id = e.merged_into "
        "WHERE COALESCE(m.name, e.name) = 'Corvane Systems' AND s.status <> 'rejected' "
        "AND s.id IN (SELECT statement_id FROM statement_about WHERE entity_id = :fba)", fba=world.ids["Federal Border Agency"])
    assert ids == {r[0] for r in want} and len(ids) == 8
    month = R.changes(engine, Filters(speaker="Corvane", about="FBA"), "M").frame
    assert month[month.period == "2026-02"][["change", "line"]].values.tolist() == [
        ["repeated", NEVER_SHARED], ["new", "it had hired an outside auditor"],
        ["dropped", "We are reviewing the contract and will say more when that review is finished."]]


def test_changes_needs_a_speaker_and_a_subject(engine):
    with pytest.raises(TrackerError, match="--speaker and --about"):
        R.changes(engine, Filters(speaker="Corvane"), "D")
    with pytest.raises(TrackerError, match="no entity matches"):
        R.changes(engine, Filters(speaker="Nobody At All", about="FBA"), "D")


def test_split_lines():
    assert R.split_lines("We deny it. We will appeal! Is that clear?") == ["We deny it.", "We will appeal!", "Is that clear?"]
    assert R.split_lines("the U.S. team, which said 3.5 percent") == ["the U.S. team, which said 3.5 percent"]


def test_reports_on_an_empty_database(db_url):
    engine = ensure_schema(db_url)
    try:
        for freq in ("M", "all"):
            assert R.timeline(engine, Filters(), freq).frame.empty
            assert R.timeline(engine, Filters(), freq, by="speaker").frame.empty
            assert R.speakers(engine, Filters(), freq).frame.empty
            assert R.about(engine, Filters(), freq).frame.empty
            assert R.outlets(engine, Filters(), freq).frame.empty
            assert R.refusals(engine, Filters(), freq).frame.empty
            assert R.repeats(engine, Filters(), freq).frame.empty
    finally:
        engine.dispose()


def test_cli_repeats_and_changes(cli, world):
    out = cli("report", "repeats", "--format", "csv", "--min-articles", "3", check=True).stdout.splitlines()
    assert out[0].startswith("period,speaker,quote,first_seen,last_seen,statements,articles,outlets,independent,copies")
    assert len(out) == 2 and ",3,3,3,1,2," in out[1]
    ch = cli("report", "changes", "--speaker", "Corvane", "--about", "FBA", "--freq", "M", "--format", "jsonl", check=True)
    import json

    rows = [json.loads(line) for line in ch.stdout.splitlines()]
    assert {r["change"] for r in rows} == {"new", "repeated", "dropped"}
    missing = cli("report", "changes", "--speaker", "Corvane")
    assert missing.returncode != 0 and "--about" in missing.stderr
