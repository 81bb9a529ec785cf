"""tracker schema: the tables, views and columns, for writing SQL."""

from __future__ import annotations

import sys
from itertools import groupby
from typing import Optional

import typer

from tracker.cli import app
from tracker.cli.options import DB
from tracker.cli.output import handle_errors, write_rows
from tracker.errors import TrackerError
from tracker.report.schema import FIELDS, describe


@app.command()
@handle_errors
def schema(
    name: Optional[str] = typer.Argument(None, help="Only this table or view."),
    fmt: str = typer.Option("text", "--format", help="text, csv, jsonl or json."),
    db: Optional[str] = DB,
) -> None:
    """Print the tables, views and their columns (type, key, what a column references).

    Example: tracker schema statements_view
    """
    if fmt not in ("text", "csv", "jsonl", "json"):
        raise TrackerError(f"--format: {fmt!r} is not text, csv, jsonl or json")
    from tracker.store.db import ensure_schema

    engine = ensure_schema(db)
    rows = describe(engine, name)
    if fmt != "text":
        write_rows(rows, FIELDS, fmt, sys.stdout)
        return
    out = []
    for (obj, kind), cols in groupby(rows, key=lambda r: (r["object"], r["type"])):
        cols = list(cols)
        out.append(f"{obj} ({kind})")
        width = max(len(c["column"]) for c in cols)
        twidth = max(len(c["datatype"]) for c in cols)
        for c in cols:
            notes = [n for n in (c["key"], f"-> {c['references']}" if c["references"] else "",
                                 "" if c["nullable"] or c["key"] == "primary key" else "not null") if n]
            out.append(f"  {c['column']:<{width}}  {c['datatype']:<{twidth}}  {', '.join(notes)}".rstrip())
        out.append("")
    sys.stdout.write("\n".join(out))
