"""tracker statements / export / sql: reading the database back."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from tracker.cli import app
from tracker.cli.options import ABOUT, DB, KIND, OUTLET, SEARCH, SINCE, SPEAKER, UNTIL
from tracker.cli.output import handle_errors, open_output, parse_date, write_rows
from tracker.errors import TrackerError
from tracker.report.query import (
    ARTICLE_FIELDS, ENTITY_FIELDS, STATEMENT_FIELDS, Filters, iter_articles, iter_entities, iter_statements,
)
from tracker.report.sql import run_sql
from tracker.store.db import ensure_schema

TABLE_FIELDS = ["id", "date", "speaker", "kind", "quote", "outlet"]


class What(str, Enum):
    statements = "statements"
    articles = "articles"
    entities = "entities"


def make_filters(speaker, about, since, until, kind, search, outlet, limit=None) -> Filters:
    if kind and kind not in ("direct", "indirect", "mixed", "no_comment"):
        raise TrackerError(f"--kind: {kind!r} is not one of direct, indirect, mixed, no_comment")
    return Filters(speaker=speaker, about=about, since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                   kind=kind, search=search, outlet=outlet, limit=limit)


@app.command()
@handle_errors
def statements(
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    limit: Optional[int] = typer.Option(50, "--limit", help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."),
) -> None:
    """List statements, newest first.

    Example: tracker statements --speaker Microsoft --about ICE --since 2026-01-01
    """
    engine = ensure_schema(db)
    f = make_filters(speaker, about, since, until, kind, search, outlet, limit or None)
    cols = TABLE_FIELDS if fmt == "table" else STATEMENT_FIELDS
    write_rows(iter_statements(engine, f), cols, fmt, sys.stdout)


@app.command()
@handle_errors
def export(
    what: What = typer.Argument(..., help="statements, articles or entities."),
    fmt: str = typer.Option("csv", "--format", help="csv or jsonl."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: stdout)."),
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
) -> None:
    """Export statements, articles or entities as CSV or JSON lines.

    The statements export is a stable contract: id, article_id, source, title, outlet,
    published, speaker, speaker_kind, speaker_text, quote, kind, cue, quote_start,
    quote_end, stated_on, about (and url, date).

    Example: tracker export statements --format jsonl -o statements.jsonl
    """
    if fmt not in ("csv", "jsonl"):
        raise TrackerError(f"--format: {fmt!r} is not csv or jsonl")
    engine = ensure_schema(db)
    if what is What.statements:
        rows, cols = iter_statements(engine, make_filters(speaker, about, since, until, kind, search, outlet)), STATEMENT_FIELDS
    elif what is What.articles:
        rows, cols = iter_articles(engine), ARTICLE_FIELDS
    else:
        rows, cols = iter_entities(engine), ENTITY_FIELDS
    with open_output(output) as out:
        n = write_rows(rows, cols, fmt, out)
    if output is not None:
        typer.echo(f"{n} {what.value} written to {output}", err=True)


@app.command()
@handle_errors
def sql(
    query: Optional[str] = typer.Argument(None, help="A SELECT query; '-' or --file to read it."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from this file."),
    param: List[str] = typer.Option([], "--param", "-p", help="Bound parameter name=value, used as :name."),
    fmt: str = typer.Option("table", "--format", help="table, csv, jsonl or json."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Stop after this many rows."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds before the query is stopped."),
    db: Optional[str] = DB,
) -> None:
    """Run read-only SQL. Writes are refused by the database itself.

    The view statements_view joins each statement with its speaker, article and outlet.

    Example: tracker sql "SELECT speaker, count(*) FROM statements_view GROUP BY 1 ORDER BY 2 DESC"
    """
    if file is not None:
        query = file.read_text(encoding="utf-8")
    elif query in (None, "-"):
        query = sys.stdin.read()
    params = {}
    for p in param:
        if "=" not in p:
            raise TrackerError(f"--param {p!r}: expected name=value")
        k, v = p.split("=", 1)
        params[k] = v
    ensure_schema(db).dispose()
    res = run_sql(query, db, params, max_rows, timeout)
    rows = [dict(zip(res.columns, r)) for r in res.rows]
    write_rows(rows, res.columns, fmt, sys.stdout)
    if res.truncated:
        typer.echo(f"stopped at {max_rows} rows (--max-rows)", err=True)
