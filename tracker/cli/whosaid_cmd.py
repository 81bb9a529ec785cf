"""tracker who-said: the question as one command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from tracker.cli import app
from tracker.cli.options import DB, KIND, OUTLET, SEARCH, SINCE, UNTIL
from tracker.cli.output import err_console, handle_errors
from tracker.cli.query_cmd import AFFILIATED, OUTPUT, STATUS, make_filters
from tracker.cli.textable import write_table
from tracker.errors import TrackerError
from tracker.report.export import export_rows, metadata
from tracker.report.whosaid import FIELDS, TABLE_FIELDS, markdown, who_said

FORMATS = ("table", "csv", "jsonl", "markdown")


@app.command("who-said")
@handle_errors
def who_said_cmd(
    speaker: str = typer.Argument(..., metavar="SPEAKER", help="Who: a name or alias (e.g. Microsoft, ICE, \"Brad Smith\")."),
    about: Optional[str] = typer.Option(None, "--about", help="Only statements that mention this entity."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    include_affiliated: bool = AFFILIATED,
    kind: Optional[str] = KIND, outlet: Optional[str] = OUTLET, search: Optional[str] = SEARCH,
    status: Optional[str] = STATUS,
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many statements (the newest)."),
    fmt: str = typer.Option("table", "--format", help="table, csv, jsonl or markdown."),
    output: Optional[Path] = OUTPUT,
    db: Optional[str] = DB,
) -> None:
    """Every statement of SPEAKER, newest first: date, outlet, kind, the quote and a
    citation (title, outlet, date, URL) ready to paste.

    A speaker merged into another entity counts as that entity. With
    --include-affiliated an organisation's people (its executives, named spokespeople)
    are included; unnamed spokespeople are the organisation already.

    Example: tracker who-said Microsoft --about ICE --since 2026-01-01 --format markdown
    """
    if fmt not in FORMATS:
        raise TrackerError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    from tracker.store.db import ensure_schema

    f = make_filters(speaker, about, since, until, kind, search, outlet, limit or None, status, include_affiliated)
    engine = ensure_schema(db)
    result = who_said(engine, f)
    n = len(result.rows)
    if fmt in ("csv", "jsonl"):
        meta = metadata(engine, "who-said", fmt, f.describe(), FIELDS)
        export_rows(result.rows, FIELDS, fmt, output, meta)
    elif fmt == "markdown":
        md = markdown(result)
        if output is None:
            sys.stdout.write(md)
        else:
            try:
                output.write_text(md, encoding="utf-8")
            except OSError as exc:
                raise TrackerError(f"-o {output}: cannot write ({exc.strerror or exc})") from None
    else:
        if output is not None:
            raise TrackerError("-o: the table is for the terminal; use --format csv, jsonl or markdown for a file")
        write_table(result.rows, TABLE_FIELDS, sys.stdout, title=result.headline())
    err_console.print(f"{n} statement{'s' if n != 1 else ''}: {result.headline()}"
                      + (f" (limit {limit})" if limit and n >= limit else ""), markup=False, soft_wrap=True)
