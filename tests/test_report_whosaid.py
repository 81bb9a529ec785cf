"""tracker who-said: every statement of a speaker, newest first, with citations; checked
against SQL counts on tests/reportdb.py's world."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from reportdb import CANON_SPEAKER, VIEW_FROM, build, engine, world  # noqa: F401  (fixtures)
from tracker.errors import TrackerError
from tracker.report.query import Filters
from tracker.report.whosaid import markdown, who_said
from tracker.store.db import ensure_schema


def sql_ids(world, where: str, **params) -> list[int]:
    return [r[0] for r in world.rows(
        f"SELECT v.id FROM {VIEW_FROM} WHERE v.status <> 'rejected' AND ({where}) "
        "ORDER BY v.date DESC, v.published DESC, v.id", **params)]


def test_who_said_everything_newest_first(world, engine):
    res = who_said(engine, Filters(speaker="Corvane"))
    ids = [r["id"] for r in res.rows]
    want = sql_ids(world, f"{CANON_SPEAKER} = 'Corvane Systems'")
    assert sorted(ids) == sorted(want) and len(ids) == 10
    # newest first, the undated statement last; the merged entity's statement counts as Corvane's
    dates = [r["date"] for r in res.rows]
    assert dates[:-1] == sorted(dates[:-1], reverse=True) and dates[-1] is None
    assert world.statements["inc1"] in ids and world.statements["rejected1"] not in ids
    first = res.rows[0]
    assert (first["id"], first["date"], first["outlet"], first["kind"]) == (world.statements["never3"], "2026-04-14", "Valley Courier", "direct")
    assert first["citation"] == "\u201cAudit finds agency kept Corvane data\u201d, Valley Courier, 2026-04-14, https://valleycourier.example/apr-audit"
    # same-day statements: the later article first
    jan10 = [r["id"] for r in res.rows if r["date"] == "2026-01-10"]
    assert jan10 == [world.statements["never1-copy1"], world.statements["never1"]]


def test_who_said_about_since_until_alias(world, engine):
    res = who_said(engine, Filters(speaker="Corvane Systems", about="FBA", since=date(2026, 2, 1), until=date(2026, 3, 31)))
    want = sql_ids(world, f"{CANON_SPEAKER} = 'Corvane Systems' AND v.date BETWEEN :a AND :b AND v.id IN "
                          "(SELECT statement_id FROM statement_about WHERE entity_id = :e)",
                   a=date(2026, 2, 1), b=date(2026, 3, 31), e=world.ids["Federal Border Agency"])
    assert [r["id"] for r in res.rows] == want and len(want) == 3
    assert res.headline() == "What Corvane Systems said about Federal Border Agency"
    fba = who_said(engine, Filters(speaker="FBA"))  # an alias
    assert len(fba.rows) == 4 and {r["kind"] for r in fba.rows} == {"no_comment"}


def test_who_said_include_affiliated(world, engine):
    res = who_said(engine, Filters(speaker="Corvane", include_affiliated=True))
    speakers = [r["speaker"] for r in res.rows]
    assert speakers.count("Lena Markovic") == 2 and speakers.count("Tom Reyes") == 2  # not after he left
    assert len(res.rows) == 14
    assert "Lena Markovic, chief executive, Corvane Systems" in res.headline()


def test_who_said_unknown_speaker_is_an_error(engine):
    with pytest.raises(TrackerError, match="no speaker matches"):
        who_said(engine, Filters(speaker="Nobody Anywhere"))


def test_markdown_is_a_pasteable_table(world, engine):
    md = markdown(who_said(engine, Filters(speaker="Harbor City Council")))
    lines = md.splitlines()
    assert lines[0] == "### What Harbor City Council said" and "2 statements" in lines[2]
    assert lines[4] == "| Date | Outlet | Kind | Speaker | Quote | Source |"
    assert len([line for line in lines if line.startswith("| 2026")]) == 2
    assert "[Council questions city's Corvane licence](https://harborledger.example/jan-council), 2026-01-28" in md


def test_cli_who_said_formats(cli, world, tmp_path):
    table = cli("who-said", "Corvane", "--about", "FBA", check=True)
    assert "Corvane Systems" in table.stdout and "8 statements" in table.stderr
    out = cli("who-said", "Corvane", "--format", "csv", check=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 10 and {"date", "outlet", "kind", "quote", "title", "url", "citation"} <= set(rows[0])
    jl = [json.loads(line) for line in cli("who-said", "FBA", "--format", "jsonl", "--limit", "2", check=True).stdout.splitlines()]
    assert [r["date"] for r in jl] == ["2026-04-14", "2026-03-05"]
    f = tmp_path / "corvane.csv"
    cli("who-said", "Corvane", "--format", "csv", "-o", str(f), check=True)
    meta = json.loads((tmp_path / "corvane.csv.meta.json").read_text())
    assert meta["rows"] == 10 and meta["schema_revision"] and meta["filters"]["speaker"] == "Corvane"
    md = cli("who-said", "Corvane", "--format", "markdown", "--include-affiliated", check=True).stdout
    assert md.startswith("### What Corvane Systems said (with affiliated people:")
    missing = cli("who-said", "Nobody Anywhere")
    assert missing.returncode == 1 and missing.stderr.startswith("error: no speaker matches") and missing.stdout == ""
