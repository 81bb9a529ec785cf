"""tracker report: counts over time, as tables, files and charts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from tracker.cli import app
from tracker.cli.options import ABOUT, DB, KIND, OUTLET, SEARCH, SINCE, SPEAKER, UNTIL
from tracker.cli.output import err_console, handle_errors
from tracker.cli.query_cmd import AFFILIATED, OUTPUT, STATUS, make_filters
from tracker.cli.textable import write_table
from tracker.errors import TrackerError

report_app = typer.Typer(
    help="Reports over time: counted in the database, shaped with pandas. Each takes the statement "
    "filters, --freq, --format table|csv|json|jsonl|parquet|markdown, -o FILE and --plot FILE.png.",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(report_app, name="report")

FORMATS = ("table", "csv", "json", "jsonl", "parquet", "markdown")
FREQ = typer.Option("M", "--freq", help="Period: D, W (from Monday), M, Q, Y, or all (one period).")
FMT = typer.Option("table", "--format", help="table, csv, json, jsonl, parquet (needs -o) or markdown.")
PLOT = typer.Option(None, "--plot", help="Also draw the report as a chart into this PNG file.")
TOP = typer.Option(20, "--top", help="Keep the N biggest per period (0: all).")

# which columns a terminal table shows (files get every column)
TABLE_COLUMNS = {
    "repeats": ["first_seen", "speaker", "quote", "articles", "independent", "copies", "outlets", "last_seen"],
    "changes": ["period", "change", "line", "first_said", "statements", "outlet", "date"],
}


def _emit(rep, fmt: str, output: Optional[Path], plot: Optional[Path], engine) -> None:
    if fmt not in FORMATS:
        raise TrackerError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    for note in rep.notes:
        err_console.print(f"note: {note}", markup=False, soft_wrap=True)
    df = rep.frame
    cols = list(df.columns)
    if fmt in ("csv", "json", "jsonl", "parquet"):
        from tracker.report.export import export_rows, metadata

        meta = metadata(engine, f"report {rep.name}", fmt, rep.filters.describe(), cols,
                        extra={"title": rep.title, "freq": rep.freq})
        n = export_rows(df.to_dict("records"), cols, fmt, output, meta)
        if output is not None:
            typer.echo(f"{n} rows written to {output}", err=True)
    elif fmt == "markdown":
        text = _markdown(rep)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    else:
        if output is not None:
            raise TrackerError("-o: the table is for the terminal; use --format csv, json, jsonl, parquet or markdown for a file")
        shown = TABLE_COLUMNS.get(rep.name, cols)
        title = rep.title + (f" ({rep.subtitle})" if rep.subtitle else "")
        write_table(df.to_dict("records"), shown, sys.stdout, title=title)
    if plot is not None:
        from tracker.report.charts import plot as draw

        draw(rep, plot)
        typer.echo(f"chart written to {plot}", err=True)


def _markdown(rep) -> str:
    def cell(v) -> str:
        if v is None or (isinstance(v, float) and v != v):
            return ""
        return " ".join(str(v).split()).replace("|", "\\|")

    cols = list(rep.frame.columns)
    lines = [f"### {rep.title}", ""]
    if rep.subtitle:
        lines += [rep.subtitle, ""]
    lines += ["| " + " | ".join(cols) + " |", "|" + " --- |" * len(cols)]
    for r in rep.frame.itertuples(index=False):
        lines.append("| " + " | ".join(cell(v) for v in r) + " |")
    return "\n".join(lines) + "\n"


def _engine(db):
    from tracker.store.db import ensure_schema

    return ensure_schema(db)


def _reports():
    # pandas loads only when a report runs, not for every tracker command
    from tracker.report import reports

    return reports


@report_app.command("timeline")
@handle_errors
def timeline(
    by: str = typer.Option("total", "--by", help="total, speaker, about (the entity spoken about), outlet or kind."),
    top: int = typer.Option(10, "--top", help="With --by speaker/about/outlet: the N biggest series, the rest as (others); 0: all."),
    freq: str = FREQ, fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """Statements per period, in total or by speaker, subject, outlet or kind. Periods
    with no statements show 0.

    Example: tracker report timeline --about ICE --by speaker --freq M --plot ice.png
    """
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().timeline(engine, f, freq, by, top), fmt, output, plot, engine)


@report_app.command("speakers")
@handle_errors
def speakers(
    top: int = TOP, freq: str = FREQ, fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """Top speakers per period: period, speaker, statements, then articles, outlets, first
    and last seen (within the period and filters).

    Example: tracker report speakers --about ICE --freq Q --format csv
    """
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().speakers(engine, f, freq, top), fmt, output, plot, engine)


@report_app.command("about")
@handle_errors
def about_(
    top: int = TOP, freq: str = FREQ, fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """Top subjects (the entities statements mention) per period, with how many speakers,
    articles and outlets, first and last seen.

    Example: tracker report about --speaker Microsoft --freq all
    """
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().about(engine, f, freq, top), fmt, output, plot, engine)


@report_app.command("outlets")
@handle_errors
def outlets(
    top: int = typer.Option(10, "--top", help="Keep each outlet's N biggest speakers per period (0: all)."),
    freq: str = FREQ, fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """Who carried which speakers: per period and outlet, its speakers' statements and
    articles, how many came in syndicated copies, and the outlet's total.

    Example: tracker report outlets --about ICE --freq all --plot outlets.png
    """
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().outlets(engine, f, freq, top), fmt, output, plot, engine)


@report_app.command("repeats")
@handle_errors
def repeats(
    min_articles: int = typer.Option(2, "--min-articles", help="Repeated in at least this many articles."),
    similarity: float = typer.Option(92, "--similarity", help="How close two wordings must be to count as one (0-100; 100: same words only)."),
    top: int = typer.Option(0, "--top", help="Only the N most repeated (0: all)."),
    freq: str = FREQ, fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """Statements repeated across articles (the same or nearly the same words, same
    speaker): first and last seen, articles, distinct outlets, independent sources and
    syndicated copies. The period is the one it was first seen in.

    Example: tracker report repeats --speaker Microsoft --min-articles 3 --format csv
    """
    if not 0 <= similarity <= 100:
        raise TrackerError("--similarity is a score from 0 to 100")
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().repeats(engine, f, freq, min_articles, similarity, top), fmt, output, plot, engine)


@report_app.command("refusals")
@handle_errors
def refusals(
    top: int = TOP, freq: str = FREQ, fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    kind: Optional[str] = typer.Option(None, "--kind", help="Always no_comment here (the option is accepted for scripts that pass it to every report)."),
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """Refusals to comment (no_comment statements) per speaker per period, with the
    subjects they would not talk about.

    Example: tracker report refusals --freq Q --plot refusals.png
    """
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().refusals(engine, f, freq, top), fmt, output, plot, engine)


@report_app.command("changes")
@handle_errors
def changes(
    speaker: str = typer.Option(..., "--speaker", help="The speaker (name or alias)."),
    about: str = typer.Option(..., "--about", help="The subject (name or alias)."),
    freq: str = typer.Option("D", "--freq", help="Compare period by period: D, W, M, Q or Y."),
    similarity: float = typer.Option(85, "--similarity", help="How close two lines must be to count as a repeat (0-100)."),
    fmt: str = FMT, output: Optional[Path] = OUTPUT, plot: Optional[Path] = PLOT, db: Optional[str] = DB,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """One speaker on one subject, in order: each line (sentence) is new, repeated (with
    when it was first said) or dropped (said in the previous period, not in this one).

    Example: tracker report changes --speaker Microsoft --about ICE --freq W
    """
    if not 0 <= similarity <= 100:
        raise TrackerError("--similarity is a score from 0 to 100")
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    engine = _engine(db)
    _emit(_reports().changes(engine, f, freq, similarity), fmt, output, plot, engine)
