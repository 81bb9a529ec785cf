"""Formatting for the terminal and for pipes: tables to read, CSV and JSON lines to load."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import typer
from sqlalchemy.exc import OperationalError
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from tracker.errors import TrackerError

err_console = Console(stderr=True, highlight=False)


def fail(message: str, code: int = 1) -> None:
    # the message quotes user input ("--kind '[/x]'"): never read it as Rich markup
    err_console.print(f"[red]error:[/red] {escape(message)}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


def handle_errors(func):
    """Domain errors become one line on stderr and an exit code; no traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except TrackerError as exc:
            fail(str(exc), exc.exit_code)
        except OperationalError as exc:
            fail(f"database error: {str(exc.orig).splitlines()[0] if exc.orig else exc}", 1)
        except BrokenPipeError:  # `tracker ... | head`
            sys.stderr.close()
            raise typer.Exit(0)

    return wrapper


def parse_date(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    dt = parse_datetime(value, what)
    return dt.date() if dt else None


def parse_datetime(value: str | None, what: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    import dateparser

    dt = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first"})
    if dt is None:
        raise TrackerError(f"{what}: cannot read {value!r} as a date (try YYYY-MM-DD)")
    return dt


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


@contextmanager
def open_output(path: Path | None) -> Iterator[io.TextIOBase]:
    if path is None:
        yield sys.stdout  # type: ignore[misc]
        sys.stdout.flush()
        return
    # write beside and rename: a failed export never leaves half a file behind
    tmp = path.with_name(path.name + ".partial")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            yield fh
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out, title: str | None = None) -> int:
    n = 0
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False, default=_cell) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
            n += 1
    elif fmt == "json":
        data = [{c: r.get(c) for c in columns} for r in rows]
        out.write(json.dumps(data, ensure_ascii=False, default=_cell, indent=2) + "\n")
        n = len(data)
    else:
        table = Table(title=title, show_lines=False, expand=False)
        for c in columns:
            # Text, not str: a str cell is Rich markup, and quotes carry "[inaudible]", "[sic]"
            table.add_column(Text(c), overflow="fold")
        for r in rows:
            table.add_row(*[Text(_cell(r.get(c))) for c in columns])
            n += 1
        Console(file=out, width=None if out is sys.stdout and sys.stdout.isatty() else 200).print(table)
    return n
