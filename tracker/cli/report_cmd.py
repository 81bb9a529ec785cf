"""tracker report: pandas reports over time."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from tracker.cli import app
from tracker.cli.options import ABOUT, DB, KIND, OUTLET, SEARCH, SINCE, SPEAKER, UNTIL
from tracker.cli.output import handle_errors, write_rows
from tracker.cli.query_cmd import make_filters
from tracker.errors import TrackerError
from tracker.report.reports import FREQS, speakers_report
from tracker.store.db import ensure_schema

report_app = typer.Typer(help="Reports over time (pandas).", no_args_is_help=True)
app.add_typer(report_app, name="report")


@report_app.command("speakers")
@handle_errors
def speakers(
    freq: str = typer.Option("M", "--freq", help="Period: D, W, M, Q or Y."),
    fmt: str = typer.Option("table", "--format", help="table, csv or json."),
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
) -> None:
    """Statements per speaker per period.

    Example: tracker report speakers --freq Q --about ICE --format csv
    """
    if freq not in FREQS:
        raise TrackerError(f"--freq: {freq!r} is not one of {', '.join(FREQS)}")
    engine = ensure_schema(db)
    df = speakers_report(engine, make_filters(speaker, about, since, until, kind, search, outlet), freq)
    write_rows(df.to_dict("records"), list(df.columns), fmt, sys.stdout)
