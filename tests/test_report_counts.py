"""Every number of timeline, speakers, about, outlets and refusals against a count the test
makes itself in SQL (statements_view, made by the migrations, gives each statement's date),
on a database written row by row (tests/reportdb.py), on SQLite or PostgreSQL."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from reportdb import CANON_SPEAKER, VIEW_FROM, build, engine, world  # noqa: F401  (fixtures)
from tracker.report import reports as R
from tracker.report.query import Filters
from tracker.store.db import ensure_schema


def bounds(period: str, freq: str) -> tuple[date, date]:
    p = pd.Period(period, freq=freq)
    return p.start_time.date(), p.end_time.date()


def count(world, where: str = "1=1", period: str | None = None, freq: str = "M", **params) -> int:
    """Non-rejected statements matching `where`, in the period if given."""
    sql = f"SELECT COUNT(*) FROM {VIEW_FROM} WHERE v.status <> 'rejected' AND ({where})"
    if period is not None:
        a, b = bounds(period, freq)
        sql += " AND v.date >= :period_start AND v.date <= :period_end"
        params.update(period_start=a, period_end=b)
    return world.scalar(sql, **params)


@pytest.mark.parametrize("freq", ["D", "W", "M", "Q", "Y"])
def test_timeline_total_matches_sql_for_every_period(world, engine, freq):
    rep = R.timeline(engine, Filters(), freq)
    df = rep.frame
    assert list(df.columns) == ["period", "statements"]
    # every period from the first to the last dated statement, empty ones as 0
    first, last = world.scalar("SELECT MIN(date) FROM statements_view"), world.scalar("SELECT MAX(date) FROM statements_view")
    expected = [str(p) for p in pd.period_range(pd.Period(str(first), freq), pd.Period(str(last), freq), freq=freq)]
    assert list(df["period"]) == expected
    for period, n in zip(df["period"], df["statements"]):
        assert n == count(world, period=period, freq=freq), period
    assert df["statements"].sum() == count(world, "v.date IS NOT NULL") == 23
    assert any("1 matching statement" in note for note in rep.notes)  # the undated one is reported, not lost


def test_timeline_by_month_known_numbers(engine):
    df = R.timeline(engine, Filters(), "M").frame
    assert dict(zip(df["period"], df["statements"])) == {"2026-01": 9, "2026-02": 7, "2026-03": 3, "2026-04": 4}


@pytest.mark.parametrize("freq", ["W", "M"])
def test_timeline_by_speaker_matches_sql(world, engine, freq):
    df = R.timeline(engine, Filters(), freq, by="speaker", top=3).frame
    assert list(df.columns) == ["period", "speaker", "statements"]
    top = ["Corvane Systems", "Federal Border Agency", "Tom Reyes"]
    assert list(dict.fromkeys(df["speaker"])) == top + ["(others)"]
    for row in df.itertuples():
        if row.speaker == "(others)":
            want = count(world, f"v.speaker_id IS NULL OR {CANON_SPEAKER} NOT IN (:a, :b, :c)", row.period, freq,
                         **dict(zip("abc", top)))
        else:
            want = count(world, f"{CANON_SPEAKER} = :s", row.period, freq, s=row.speaker)
        assert row.statements == want, row
    # the entity merged into Corvane counts as Corvane
    assert df[df.speaker == "Corvane Systems"]["statements"].sum() == 9


def test_timeline_by_about_outlet_kind_match_sql(world, engine):
    about = R.timeline(engine, Filters(), "M", by="about", top=0).frame
    for row in about.itertuples():
        want = count(world, "v.id IN (SELECT sa.statement_id FROM statement_about sa JOIN entities e ON e.id = sa.entity_id "
                            "WHERE e.name = :n)", row.period, n=row.subject)
        assert row.statements == want, row
    assert about.groupby("subject")["statements"].sum()["Federal Border Agency"] == 13
    outlet = R.timeline(engine, Filters(), "Q", by="outlet").frame
    for row in outlet.itertuples():
        assert row.statements == count(world, "v.outlet = :o", row.period, "Q", o=row.outlet), row
    kind = R.timeline(engine, Filters(), "M", by="kind").frame
    for row in kind.itertuples():
        assert row.statements == count(world, "v.kind = :k", row.period, k=row.kind), row
    assert kind["statements"].sum() == outlet["statements"].sum() == 23


def test_speakers_report_keeps_its_columns_and_matches_sql(world, engine):
    df = R.speakers(engine, Filters(), "M", top=0).frame
    assert list(df.columns[:3]) == ["period", "speaker", "statements"]
    for row in df.itertuples():
        where = "v.speaker_id IS NULL" if row.speaker == "(unresolved)" else f"{CANON_SPEAKER} = :s"
        assert row.statements == count(world, where, row.period, s=row.speaker), row
        a, b = bounds(row.period, "M")
        extra = "" if row.speaker == "(unresolved)" else f" AND {CANON_SPEAKER} = :s"
        arts, outs, first, last = world.rows(
            f"SELECT COUNT(DISTINCT v.article_id), COUNT(DISTINCT v.outlet_id), MIN(v.date), MAX(v.date) FROM {VIEW_FROM} "
            f"WHERE v.status <> 'rejected' AND v.date >= :a AND v.date <= :b AND "
            f"{'v.speaker_id IS NULL' if row.speaker == '(unresolved)' else '1=1'}{extra}", a=a, b=b, s=row.speaker)[0]
        assert (row.articles, row.outlets, row.first_seen, row.last_seen) == (arts, outs, str(first)[:10], str(last)[:10])
    # top N per period, ranked by statements
    top2 = R.speakers(engine, Filters(), "M", top=2).frame
    assert top2.groupby("period").size().max() == 2
    jan = top2[top2.period == "2026-01"]
    assert list(jan["speaker"]) == ["Corvane Systems", "Federal Border Agency"] and list(jan["statements"]) == [4, 2]


def test_speakers_all_time_counts_undated_statements(world, engine):
    df = R.speakers(engine, Filters(), "all", top=0).frame
    assert set(df["period"]) == {"all"}
    assert df["statements"].sum() == count(world) == 24
    corvane = df[df.speaker == "Corvane Systems"].iloc[0]
    assert corvane.statements == 10 and corvane.first_seen == "2026-01-10" and corvane.last_seen == "2026-04-14"


def test_about_report_matches_sql(world, engine):
    df = R.about(engine, Filters(), "Q", top=0).frame
    assert list(df.columns[:3]) == ["period", "subject", "statements"]
    for row in df.itertuples():
        a, b = bounds(row.period, "Q")
        n, speakers = world.rows(
            f"SELECT COUNT(DISTINCT v.id), COUNT(DISTINCT COALESCE({CANON_SPEAKER}, '?')) FROM {VIEW_FROM} "
            "JOIN statement_about sa ON sa.statement_id = v.id JOIN entities se ON se.id = sa.entity_id "
            "WHERE v.status <> 'rejected' AND se.name = :n AND v.date >= :a AND v.date <= :b", n=row.subject, a=a, b=b)[0]
        assert (row.statements, row.speakers) == (n, speakers), row
    assert df.groupby("subject")["statements"].sum()["Federal Border Agency"] == 13


def test_outlets_report_matches_sql(world, engine):
    df = R.outlets(engine, Filters(), "all", top=0).frame
    assert df["statements"].sum() == count(world) == 24
    for row in df.itertuples():
        where = "v.outlet = :o AND " + ("v.speaker_id IS NULL" if row.speaker == "(unresolved)" else f"{CANON_SPEAKER} = :s")
        assert row.statements == count(world, where, o=row.outlet, s=row.speaker), row
        assert row.outlet_statements == count(world, "v.outlet = :o", o=row.outlet)
        copies = count(world, where + " AND v.copy_of IS NOT NULL AND v.copy_of <> v.article_id", o=row.outlet, s=row.speaker)
        assert row.copies == copies, row
    # the two syndicated copies of the wire story: Corvane's and the agency's statements in them
    assert df["copies"].sum() == 3


def test_refusals_match_sql(world, engine):
    df = R.refusals(engine, Filters(), "M").frame
    assert list(df.columns[:3]) == ["period", "speaker", "refusals"]
    for row in df.itertuples():
        assert row.refusals == count(world, f"v.kind = 'no_comment' AND {CANON_SPEAKER} = :s", row.period, s=row.speaker)
    fba = df[df.speaker == "Federal Border Agency"]
    assert dict(zip(fba.period, fba.refusals)) == {"2026-01": 2, "2026-03": 1, "2026-04": 1}
    assert fba.iloc[0].subjects == "Corvane Systems (2)"
    with pytest.raises(Exception, match="no_comment"):
        R.refusals(engine, Filters(kind="direct"), "M")


def test_filters_apply_to_every_report(world, engine):
    f = Filters(about="FBA", since=date(2026, 2, 1), until=date(2026, 3, 31), kind="direct")
    where = ("v.kind = 'direct' AND v.date >= :a AND v.date <= :b AND v.id IN (SELECT statement_id FROM statement_about "
             "WHERE entity_id = :e)")
    want = count(world, where, a=date(2026, 2, 1), b=date(2026, 3, 31), e=world.ids["Federal Border Agency"])
    assert want == 4  # markovic1, never2, ended1, reyes3
    assert R.timeline(engine, f, "M").frame["statements"].sum() == want
    assert R.speakers(engine, f, "M", top=0).frame["statements"].sum() == want
    assert R.outlets(engine, f, "M", top=0).frame["statements"].sum() == want
    outlet = Filters(outlet="ledger")
    assert R.timeline(engine, outlet, "Y").frame["statements"].sum() == count(world, "v.outlet = 'Harbor Ledger' AND v.date IS NOT NULL")


def test_status_filter(world, engine):
    assert R.timeline(engine, Filters(), "M").frame.set_index("period").loc["2026-02", "statements"] == 7
    assert R.timeline(engine, Filters(status="all"), "M").frame.set_index("period").loc["2026-02", "statements"] == 8
    rejected = R.speakers(engine, Filters(status="rejected"), "all").frame
    assert rejected[["speaker", "statements"]].values.tolist() == [["Corvane Systems", 1]]
    reviewed = R.timeline(engine, Filters(status="confirmed,corrected"), "all").frame
    assert reviewed["statements"].sum() == world.scalar("SELECT COUNT(*) FROM statements WHERE status IN ('confirmed', 'corrected')") == 2
    with pytest.raises(Exception, match="--status"):
        R.timeline(engine, Filters(status="maybe"), "M")


def test_include_affiliated_counts_people_while_the_affiliation_held(world, engine):
    alone = R.timeline(engine, Filters(speaker="Corvane"), "all").frame["statements"].sum()
    assert alone == count(world, f"{CANON_SPEAKER} = 'Corvane Systems'") == 10
    both = R.timeline(engine, Filters(speaker="Corvane", include_affiliated=True), "all").frame["statements"].sum()
    # Markovic (no end date) twice; Reyes only before he left at the end of February (2 of 3)
    reyes_in_time = count(world, "e.name = 'Tom Reyes' AND v.date <= :end", end=date(2026, 2, 28))
    assert reyes_in_time == 2
    assert both == alone + count(world, "e.name = 'Lena Markovic'") + reyes_in_time == 14
    by = R.timeline(engine, Filters(speaker="Corvane", include_affiliated=True), "all", by="speaker").frame
    assert dict(zip(by.speaker, by.statements)) == {"Corvane Systems": 10, "Lena Markovic": 2, "Tom Reyes": 2}


def test_cli_report_formats(cli, world):
    out = cli("report", "timeline", "--freq", "M", "--format", "csv", check=True)
    lines = out.stdout.splitlines()
    assert lines[0] == "period,statements" and lines[1:] == ["2026-01,9", "2026-02,7", "2026-03,3", "2026-04,4"]
    assert "no date" in out.stderr  # the undated statement is mentioned on stderr, not mixed into the data
    js = cli("report", "speakers", "--freq", "Q", "--format", "json", "--top", "1", check=True).stdout
    import json

    data = json.loads(js)
    assert data == [{**data[0], "period": "2026Q1", "speaker": "Corvane Systems", "statements": 7},
                    {**data[1], "period": "2026Q2", "speaker": "Corvane Systems", "statements": 2}]
    table = cli("report", "refusals", "--freq", "Y", check=True).stdout
    assert "Federal Border Agency" in table and "Refusals to comment" in table
    nobody = cli("report", "timeline", "--speaker", "Nobody Anywhere", "--format", "csv", check=True)
    assert nobody.stdout.splitlines() == ["period,statements"] and "no entity matches 'Nobody Anywhere'" in nobody.stderr
    bad = cli("report", "timeline", "--freq", "fortnight")
    assert bad.returncode != 0 and "--freq" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
