"""tracker export / sql: reading the database back (the `statements` listing is in statements_cmd)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from tracker.cli import app
from tracker.cli.options import ABOUT, DB, KIND, OUTLET, SEARCH, SINCE, SPEAKER, UNTIL
from tracker.cli.output import handle_errors, parse_date, write_rows
from tracker.errors import TrackerError
from tracker.report.export import export_rows, metadata
from tracker.report.query import (
    ARTICLE_FIELDS, ENTITY_FIELDS, STATEMENT_FIELDS, Filters, check_filters, iter_articles, iter_entities,
    iter_statements,
)
from tracker.report.sql import run_sql
from tracker.store.db import ensure_schema

TABLE_FIELDS = ["id", "date", "speaker", "kind", "quote", "outlet"]

STATUS = typer.Option(None, "--status", help="auto, confirmed, corrected, rejected, comma-separated, or all (default: all but rejected).")
AFFILIATED = typer.Option(False, "--include-affiliated", help="With --speaker ORG: also the people affiliated to it (executives, named spokespeople).")
OUTPUT = typer.Option(None, "-o", "--output", help="File to write (default: stdout). CSV/JSONL files get a FILE.meta.json beside them.")


class What(str, Enum):
    statements = "statements"
    articles = "articles"
    entities = "entities"


def make_filters(speaker, about, since, until, kind, search, outlet, limit=None, status=None,
                 include_affiliated: bool = False) -> Filters:
    f = Filters(speaker=speaker, about=about, since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                kind=kind, search=search, outlet=outlet, limit=limit, status=status,
                include_affiliated=include_affiliated)
    check_filters(f)
    return f


@app.command()
@handle_errors
def export(
    what: What = typer.Argument(..., help="statements, articles or entities."),
    fmt: str = typer.Option("csv", "--format", help="csv, jsonl or parquet (parquet needs -o)."),
    output: Optional[Path] = OUTPUT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many rows."),
) -> None:
    """Export statements, articles or entities as CSV, JSON lines or Parquet.

    Filters select statements (rejected ones are left out unless --status says so).
    Articles: --outlet and --since/--until select by outlet and publication day; the
    other filters keep articles that carry a matching statement. Entities: with filters,
    those that speak or are mentioned in the matching statements.

    Every file says what made it: a CSV or JSONL file written with -o gets FILE.meta.json
    beside it (tracker version, schema revision, filters, row count); a Parquet file keeps
    the same in its metadata (key "tracker").

    The statements export is a stable contract: id, article_id, source, title, outlet,
    published, speaker, speaker_kind, speaker_text, quote, kind, cue, quote_start,
    quote_end, stated_on, about (and url, date, status, speaker_id, copy_of).

    Example: tracker export statements --speaker Microsoft --format parquet -o microsoft.parquet
    """
    if fmt not in ("csv", "jsonl", "parquet"):
        raise TrackerError(f"--format: {fmt!r} is not csv, jsonl or parquet")
    f = make_filters(speaker, about, since, until, kind, search, outlet, limit or None, status, include_affiliated)
    engine = ensure_schema(db)
    if what is What.statements:
        rows, cols = iter_statements(engine, f), STATEMENT_FIELDS
    elif what is What.articles:
        rows, cols = iter_articles(engine, f), ARTICLE_FIELDS
    else:
        rows, cols = iter_entities(engine, f), ENTITY_FIELDS
    meta = metadata(engine, what.value, fmt, f.describe(), cols)
    n = export_rows(rows, cols, fmt, output, meta)
    if output is not None:
        side = "" if fmt == "parquet" else f" (+ {output.name}.meta.json)"
        typer.echo(f"{n} {what.value} written to {output}{side}; schema {meta['schema_revision']}, tracker {meta['tool_version']}", err=True)


@app.command()
@handle_errors
def sql(
    query: Optional[str] = typer.Argument(None, help="A SELECT query; '-' (or nothing, with a pipe) reads it from stdin."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from this file."),
    param: List[str] = typer.Option([], "--param", "-p", help="Bound parameter name=value, used as :name (repeatable)."),
    fmt: str = typer.Option("table", "--format", help="table, csv, jsonl or json."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Stop after this many rows."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds before the query is stopped."),
    db: Optional[str] = DB,
) -> None:
    """Run read-only SQL. Writes are refused by the database itself.

    Views for common questions: statements_view (each statement with speaker, article,
    outlet, date), statement_subjects, speaker_summary, refusals_view,
    affiliated_statements, article_sources, citations, entity_canonical. SQLite also has
    statements_fts (full-text index on quotes). `tracker schema` lists every column.

    Example: tracker sql "SELECT speaker, statements FROM speaker_summary ORDER BY statements DESC LIMIT 10"

    Example: tracker sql "SELECT date, quote FROM citations WHERE speaker = :who" --param who=Microsoft
    """
    if fmt not in ("table", "csv", "jsonl", "json"):
        raise TrackerError(f"--format: {fmt!r} is not table, csv, jsonl or json")
    if max_rows < 1:
        raise TrackerError("--max-rows must be at least 1")
    if timeout <= 0:
        raise TrackerError("--timeout must be more than 0 seconds")
    if file is not None:
        if query not in (None, "-"):
            raise TrackerError("give the query as an argument or with --file, not both")
        try:
            query = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise TrackerError(f"--file {file}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise TrackerError(f"--file {file}: not UTF-8 text") from None
    elif query in (None, "-"):
        if query is None and sys.stdin.isatty():
            raise TrackerError("no query: give one as an argument, with --file, or on stdin")
        query = sys.stdin.read()
    params = {}
    for p in param:
        if "=" not in p:
            raise TrackerError(f"--param {p!r}: expected name=value")
        k, v = p.split("=", 1)
        if not k.isidentifier():
            raise TrackerError(f"--param {p!r}: {k!r} is not a parameter name")
        params[k] = v
    ensure_schema(db).dispose()
    res = run_sql(query, db, params, max_rows, timeout)
    if res.warning:
        typer.echo(f"warning: {res.warning}", err=True)
    rows = [dict(zip(res.columns, r)) for r in res.rows]
    write_rows(rows, res.columns, fmt, sys.stdout)
    if res.truncated:
        typer.echo(f"stopped at {max_rows} rows (--max-rows)", err=True)
