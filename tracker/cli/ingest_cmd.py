"""tracker ingest / extract: articles in, statements out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tracker.cli import app
from tracker.cli.options import DB
from tracker.cli.output import err_console, handle_errors, parse_datetime, write_rows
from tracker.ingest.document import Failure
from tracker.ingest.sources import FORMATS, Overrides, expand_paths
from tracker.pipeline import ingest as run_ingest
from tracker.pipeline import preview

PREVIEW_FIELDS = ["source", "speaker", "speaker_kind", "speaker_text", "kind", "cue", "quote", "quote_start", "quote_end", "stated_on", "about"]


def _overrides(outlet, published, url, title) -> Overrides:
    return Overrides(outlet=outlet, published=parse_datetime(published, "--published"), url=url, title=title)


@app.command()
@handle_errors
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
    db: Optional[str] = DB,
    fmt: str = typer.Option("auto", "--format", help=f"Input format: {', '.join(FORMATS)}."),
    outlet: Optional[str] = typer.Option(None, help="Outlet of the article(s)."),
    published: Optional[str] = typer.Option(None, help="Publication date, e.g. 2026-02-05 or '2026-02-05T14:00+01:00'."),
    url: Optional[str] = typer.Option(None, help="URL of a single article."),
    title: Optional[str] = typer.Option(None, help="Title of a single article."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Ingest articles: extract who said what and store it.

    Re-ingesting an article already stored (same text or URL) changes nothing.
    Exit code 1 when any input failed; the others are still stored.

    Example: tracker ingest data/samples/ --outlet Reuters
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")
    items = [str(p) for p in expand_paths(paths)]
    if (url or title) and len(items) > 1:
        raise typer.BadParameter("--url and --title describe a single article", param_hint="--url/--title")
    show = not quiet and sys.stderr.isatty() and len(items) > 1
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err_console, transient=True, disable=not show,
    )

    def on_item(item, outcome: str) -> None:
        if isinstance(item, Failure) and outcome == "failed":
            progress.console.print(f"[red]failed[/red] {item.source}: {item.reason}", markup=True, soft_wrap=True, highlight=False)
        progress.advance(task)

    with progress:
        task = progress.add_task("ingesting", total=len(items))
        summary = run_ingest(items, db, fmt, _overrides(outlet, published, url, title), on_item=on_item)
    if not quiet:
        err_console.print(
            f"{summary.new} new, {summary.duplicate} duplicate, {summary.failed} failed"
            + (f", {summary.skipped} skipped" if summary.skipped else "")
            + f"; {summary.statements} statements stored"
        )
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
@handle_errors
def extract(
    paths: List[str] = typer.Argument(..., help="Files, directories or - for stdin."),
    out_format: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    fmt: str = typer.Option("auto", "--input-format", help=f"Input format: {', '.join(FORMATS)}."),
    published: Optional[str] = typer.Option(None, help="Publication date, for 'on Wednesday'."),
) -> None:
    """Preview extraction without touching the database.

    Example: tracker extract article.txt --format jsonl
    """
    failed = 0
    rows = []
    for item in preview(paths, fmt, _overrides(None, published, None, None)):
        if isinstance(item, Failure):
            err_console.print(f"failed {item.source}: {item.reason}", markup=False, soft_wrap=True)
            failed += 1
            continue
        doc, resolved = item
        for r in resolved.statements:
            raw = r.raw
            rows.append({
                "source": doc.source, "speaker": r.speaker.name if r.speaker else None,
                "speaker_kind": r.speaker.kind if r.speaker else "unknown", "speaker_text": raw.speaker_text,
                "kind": raw.kind, "cue": raw.cue, "quote": raw.quote, "quote_start": raw.quote_start,
                "quote_end": raw.quote_end, "stated_on": raw.stated_on,
                "about": "; ".join(e.name for e in r.about),
            })
    columns = PREVIEW_FIELDS if out_format != "table" else ["speaker", "kind", "cue", "quote"]
    write_rows(rows, columns, out_format, sys.stdout)
    if failed:
        raise typer.Exit(1)
