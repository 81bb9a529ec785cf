"""Exports: statements, articles, entities and reports as CSV, JSON lines and Parquet; read back
with pandas they give the same rows; every file says which tracker and schema made it."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timezone

import pandas as pd
import pyarrow.parquet as pq
import pytest

from reportdb import CANON_SPEAKER, VIEW_FROM, build, engine, world  # noqa: F401  (fixtures)
from tracker import __version__
from tracker.report.export import read_parquet_meta
from tracker.report.query import ARTICLE_FIELDS, ENTITY_FIELDS, STATEMENT_FIELDS, Filters, iter_articles, iter_entities, iter_statements
from tracker.store.db import ensure_schema, head_revision

CONTRACT = ["id", "article_id", "source", "title", "outlet", "published", "speaker", "speaker_kind", "speaker_text",
            "quote", "kind", "cue", "quote_start", "quote_end", "stated_on", "about"]


def plain(v):
    """A value read back by pandas, as the exporter's Python value (ISO text for dates)."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        v = v.to_pydatetime()
    if isinstance(v, datetime):
        return (v.astimezone(timezone.utc).replace(tzinfo=None) if v.tzinfo else v).isoformat(timespec="seconds")
    if isinstance(v, date):
        return v.isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v


def from_csv(path, columns) -> list[dict]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(df.columns) == list(columns)
    return df.to_dict("records")


def as_csv_text(rows, columns) -> list[dict]:
    return [{c: "" if r.get(c) is None else str(r[c]) for c in columns} for r in rows]


def from_parquet(path, columns) -> list[dict]:
    df = pd.read_parquet(path)
    assert list(df.columns) == list(columns)
    return [{c: plain(v) for c, v in r.items()} for r in df.to_dict("records")]


def test_statements_round_trip_csv_jsonl_parquet(cli, world, engine, tmp_path):
    want = list(iter_statements(engine, Filters()))
    assert len(want) == world.scalar("SELECT COUNT(*) FROM statements WHERE status <> 'rejected'") == 24
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"statements.{fmt}"
        res = cli("export", "statements", "--format", fmt, "-o", str(out), check=True)
        assert f"24 statements written to {out}" in res.stderr and res.stdout == ""
    assert from_csv(tmp_path / "statements.csv", STATEMENT_FIELDS) == as_csv_text(want, STATEMENT_FIELDS)
    assert from_parquet(tmp_path / "statements.parquet", STATEMENT_FIELDS) == want
    jl = [json.loads(line) for line in (tmp_path / "statements.jsonl").read_text().splitlines()]
    assert jl == want and all(set(CONTRACT) <= set(r) for r in jl)  # no metadata line in the stream
    # types that survive in Parquet
    schema = pq.read_schema(tmp_path / "statements.parquet")
    assert str(schema.field("id").type) == "int64" and str(schema.field("stated_on").type) == "date32[day]"
    assert str(schema.field("published").type) == "timestamp[us, tz=UTC]"
    # traceability: the sidecar for text files, the file metadata for Parquet
    for fmt in ("csv", "jsonl"):
        meta = json.loads((tmp_path / f"statements.{fmt}.meta.json").read_text())
        assert (meta["schema_revision"], meta["tool_version"], meta["rows"], meta["format"]) == (head_revision(), __version__, 24, fmt)
        assert meta["columns"] == STATEMENT_FIELDS and "password" not in json.dumps(meta)
    pmeta = read_parquet_meta(tmp_path / "statements.parquet")
    assert (pmeta["schema_revision"], pmeta["tool_version"], pmeta["what"]) == (head_revision(), __version__, "statements")
    assert not (tmp_path / "statements.parquet.meta.json").exists()


def test_export_filters(cli, world, tmp_path):
    out = tmp_path / "c.parquet"
    cli("export", "statements", "--speaker", "Corvane", "--status", "all", "--since", "2026-02-01", "--format", "parquet",
        "-o", str(out), check=True)
    df = pd.read_parquet(out)
    want = world.scalar(f"SELECT COUNT(*) FROM {VIEW_FROM} WHERE {CANON_SPEAKER} = 'Corvane Systems' AND v.date >= :d",
                        d=date(2026, 2, 1))
    assert len(df) == want == 6 and "rejected" in set(df["status"])
    assert read_parquet_meta(out)["filters"] == {"speaker": "Corvane", "since": "2026-02-01", "status": "all"}
    text = cli("export", "statements", "--speaker", "Corvane", "--include-affiliated", "--format", "jsonl", check=True).stdout
    assert len(text.splitlines()) == 14


def test_articles_and_entities_round_trip(world, engine, tmp_path):
    from tracker.report.export import export_rows, metadata

    arts = list(iter_articles(engine, Filters()))
    assert len(arts) == world.scalar("SELECT COUNT(*) FROM articles") == 9
    ents = list(iter_entities(engine, Filters()))
    for name, rows, cols in (("articles", arts, ARTICLE_FIELDS), ("entities", ents, ENTITY_FIELDS)):
        for fmt in ("csv", "parquet"):
            path = tmp_path / f"{name}.{fmt}"
            n = export_rows(iter(rows), cols, fmt, path, metadata(engine, name, fmt, {}, cols))
            assert n == len(rows)
        assert from_csv(tmp_path / f"{name}.csv", cols) == as_csv_text(rows, cols)
        assert from_parquet(tmp_path / f"{name}.parquet", cols) == [{c: r.get(c) for c in cols} for r in rows]
    corvane = next(e for e in ents if e["name"] == "Corvane Systems")
    # the merged entity's statement counts under Corvane; the merged row says where it went
    assert (corvane["statements"], corvane["first_seen"], corvane["last_seen"]) == (10, "2026-01-10", "2026-04-14")
    merged = next(e for e in ents if e["name"] == "Corvane Software Group")
    assert (merged["statements"], merged["merged_into"]) == (0, world.ids["Corvane Systems"])
    assert next(e for e in ents if e["name"] == "Federal Border Agency")["mentions"] == 13


def test_articles_and_entities_follow_filters(world, engine):
    ledger = list(iter_articles(engine, Filters(outlet="ledger")))
    assert len(ledger) == world.scalar("SELECT COUNT(*) FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE o.name = 'Harbor Ledger'") == 4
    with_markovic = list(iter_articles(engine, Filters(speaker="Markovic")))
    assert [(a["title"], a["statements"]) for a in with_markovic] == [
        ("Corvane chief faces questions at hearing", 1), ("Audit finds agency kept Corvane data", 1)]
    feb = list(iter_articles(engine, Filters(since=date(2026, 2, 1), until=date(2026, 2, 28))))
    assert {a["title"] for a in feb} == {"Corvane chief faces questions at hearing", "Rights group protests outside Corvane offices"}
    about_fba = {e["name"]: e for e in iter_entities(engine, Filters(about="FBA"))}
    assert about_fba["Federal Border Agency"]["mentions"] == 13 and "Digital Rights Watch" not in about_fba
    assert about_fba["Corvane Systems"]["statements"] == world.scalar(
        f"SELECT COUNT(*) FROM {VIEW_FROM} WHERE {CANON_SPEAKER} = 'Corvane Systems' AND v.status <> 'rejected' "
        "AND v.id IN (SELECT statement_id FROM statement_about WHERE entity_id = :e)", e=world.ids["Federal Border Agency"])


def test_report_exports(cli, world, tmp_path):
    csv_text = cli("report", "speakers", "--freq", "M", "--format", "csv", check=True).stdout
    pq_path, csv_path, js_path = tmp_path / "speakers.parquet", tmp_path / "speakers.csv", tmp_path / "speakers.jsonl"
    for fmt, path in (("parquet", pq_path), ("csv", csv_path), ("jsonl", js_path)):
        cli("report", "speakers", "--freq", "M", "--format", fmt, "-o", str(path), check=True)
    assert csv_path.read_text() == csv_text
    from_file = pd.read_csv(csv_path)
    from_pq = pd.read_parquet(pq_path)
    assert from_pq.shape == from_file.shape and list(from_pq.columns) == list(from_file.columns)
    assert from_pq[["period", "speaker", "statements", "articles"]].values.tolist() == \
        from_file[["period", "speaker", "statements", "articles"]].values.tolist()
    assert [str(d) for d in from_pq["first_seen"]] == list(from_file["first_seen"])
    meta = read_parquet_meta(pq_path)
    assert meta["what"] == "report speakers" and meta["freq"] == "M" and meta["schema_revision"] == head_revision()
    assert json.loads((tmp_path / "speakers.jsonl.meta.json").read_text())["title"].startswith("Statements by the top")


def test_export_errors_leave_nothing_behind(cli, world, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    res = cli("export", "statements", "--format", "parquet")
    assert res.returncode != 0 and "-o" in res.stderr and res.stdout == ""
    res = cli("export", "articles", "--format", "csv", "-o", str(tmp_path / "missing" / "a.csv"))
    assert res.returncode != 0 and "does not exist" in res.stderr
    res = cli("export", "statements", "--format", "xml", "-o", str(tmp_path / "s.xml"))
    assert res.returncode != 0 and "--format" in res.stderr
    assert list(tmp_path.iterdir()) == []


def test_unresolved_speaker_keeps_its_text_with_kind_unknown(cli, world, tmp_path):
    """'a person familiar with the talks' has no entity: the speaker column keeps the words."""
    out = tmp_path / "s.jsonl"
    cli("export", "statements", "--format", "jsonl", "-o", str(out), check=True)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    unresolved = [r for r in rows if r["speaker_id"] is None]
    assert unresolved and all(r["speaker"] == r["speaker_text"] and r["speaker_kind"] == "unknown" for r in unresolved)
    from tracker.report.query import speaker_label
    assert speaker_label(None, "he") is None and speaker_label(None, "a person familiar with the talks") == "a person familiar with the talks"
    resolved = [r for r in rows if r["speaker_id"] is not None]
    assert resolved and all(r["speaker_kind"] != "unknown" or r["speaker"] for r in resolved)


def test_export_names_an_unnamed_source_for_the_pronoun_that_refers_back_to_it(run, tmp_path):
    art = tmp_path / "articles"
    art.mkdir()
    (art / "rota.txt").write_text(
        "Nurses quit\n\nA nurse who still works for the company said shifts were left empty. "
        "\u201cYou cover it yourself, or it doesn't get covered,\u201d she said.\n", encoding="utf-8")
    run("ingest", str(art), ok=True)
    rows = [json.loads(line) for line in run("export", "statements", "--format", "jsonl", ok=True).stdout.splitlines()]
    assert [(r["speaker"], r["speaker_text"]) for r in rows] == [
        ("A nurse who still works for the company", "A nurse who still works for the company"),
        ("A nurse who still works for the company", "she"),
    ]
