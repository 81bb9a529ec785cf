"""tracker ingest / extract: articles in, statements out."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from tracker.cli import app
from tracker.cli.options import DB
from tracker.cli.output import err_console, handle_errors, parse_datetime, write_rows
from tracker.ingest.document import Failure
from tracker.ingest.sources import CONTAINERS, FORMATS, Overrides, expand_paths, sniff_format
from tracker.ingest.tabular import parse_map

PREVIEW_FIELDS = ["source", "speaker", "speaker_kind", "speaker_text", "kind", "cue", "quote", "quote_start", "quote_end", "stated_on", "about"]


def _overrides(outlet, published, url, title) -> Overrides:
    return Overrides(outlet=outlet, published=parse_datetime(published, "--published"), url=url, title=title)


MAX_SHOWN_FAILURES = 100


@app.command()
@handle_errors
def ingest(
    paths: Optional[List[str]] = typer.Argument(None, help="Files, directories (recursive) or - for stdin."),
    db: Optional[str] = DB,
    fmt: str = typer.Option("auto", "--format", help=f"Input format: {', '.join(FORMATS)} (auto: from the name and content)."),
    mapping: Optional[List[str]] = typer.Option(
        None, "--map", help="CSV/JSONL columns, e.g. text=body,title=headline,published=date,url=link,outlet=source."
    ),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Re-run every input whose last ledger entry is 'failed' (within PATHS if given)."),
    outlet: Optional[str] = typer.Option(None, help="Outlet of the article(s)."),
    published: Optional[str] = typer.Option(None, help="Publication date, e.g. 2026-02-05 or '2026-02-05T14:00+01:00'."),
    url: Optional[str] = typer.Option(None, help="URL of a single article."),
    title: Optional[str] = typer.Option(None, help="Title of a single article."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Ingest articles: extract who said what and store it.

    Text, HTML pages, RSS/Atom feeds, WARC archives, JSONL and CSV exports (also .gz);
    the format is detected from the name and content. Every input item (a file, a feed
    entry, a WARC record, a CSV row) gets a ledger entry in ingest_log: stored, duplicate,
    skipped or failed, with the reason. Re-ingesting an article already stored (same text
    or URL) changes nothing, so an interrupted run is finished by running it again.
    Exit code 1 when any input failed; the others are still stored.

    Example: tracker ingest exports/stories.jsonl --map text=body,published=date
    """
    # the engine, the stores and rich's progress bar load only when a command needs them:
    # every `tracker` call would otherwise pay for them at start-up
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from tracker.pipeline import ingest as run_ingest
    from tracker.pipeline import input_bytes

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")
    paths = list(paths or [])
    if not paths and not retry_failed:
        raise typer.BadParameter("give files or directories to ingest (or --retry-failed)", param_hint="PATHS")
    fieldmap = parse_map(mapping)
    items = [str(p) for p in expand_paths(paths)]
    if (url or title) and (len(items) > 1 or any(_is_container(i) for i in items)):
        raise typer.BadParameter("--url and --title describe a single article", param_hint="--url/--title")
    total = None if retry_failed else input_bytes(paths)
    show = not quiet and sys.stderr.isatty() and (len(items) > 1 or (total or 0) > 1_000_000 or retry_failed)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), DownloadColumn(),
        TextColumn("{task.fields[items]} items"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=err_console, transient=True, disable=not show,
    )
    shown = 0

    def on_item(item, outcome: str) -> None:
        nonlocal shown
        if isinstance(item, Failure) and outcome == "failed":
            shown += 1
            if shown <= MAX_SHOWN_FAILURES:
                progress.console.print(f"failed {item}", markup=False, soft_wrap=True, highlight=False)

    def on_progress(done: int, n: int) -> None:
        progress.update(task, completed=done, items=n)

    with progress:
        task = progress.add_task("ingesting", total=total, items=0)
        summary = run_ingest(
            paths, db, fmt, _overrides(outlet, published, url, title), on_item=on_item,
            jobs=jobs, mapping=fieldmap, retry_failed=retry_failed, on_progress=on_progress,
        )
    if not quiet:
        if shown > MAX_SHOWN_FAILURES:
            err_console.print(
                f"... and {shown - MAX_SHOWN_FAILURES} more failures; all are in the ledger: tracker sql "
                f"\"SELECT source, reason FROM ingest_log WHERE run_id = '{summary.run_id}' AND status = 'failed'\"",
                markup=False, soft_wrap=True, highlight=False,
            )
        err_console.print(
            f"{summary.new} new, {summary.duplicate} duplicate, {summary.failed} failed"
            + (f", {summary.skipped} skipped" if summary.skipped else "")
            + f"; {summary.statements} statements stored"
            + (f"; {summary.near_duplicates} grouped as near-duplicates of earlier articles" if summary.near_duplicates else ""),
            markup=False, highlight=False, soft_wrap=True,
        )
    if not summary.ok:
        raise typer.Exit(1)


def _is_container(path: str) -> bool:
    if path == "-":
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return sniff_format(path, head) in CONTAINERS


@app.command()
@handle_errors
def extract(
    paths: List[str] = typer.Argument(..., help="Files, directories or - for stdin."),
    out_format: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    fmt: str = typer.Option("auto", "--input-format", help=f"Input format: {', '.join(FORMATS)}."),
    published: Optional[str] = typer.Option(None, help="Publication date, for 'on Wednesday'."),
    mapping: Optional[List[str]] = typer.Option(None, "--map", help="CSV/JSONL columns, e.g. text=body,title=headline."),
) -> None:
    """Preview extraction without touching the database.

    Example: tracker extract article.txt --format jsonl
    """
    from tracker.pipeline import preview
    from tracker.report.query import speaker_label

    failed = 0
    rows = []
    for item in preview(paths, fmt, _overrides(None, published, None, None), parse_map(mapping)):
        if isinstance(item, Failure):
            err_console.print(f"{'skipped' if item.skipped else 'failed'} {item}", markup=False, soft_wrap=True)
            failed += not item.skipped
            continue
        doc, resolved = item
        for r in resolved.statements:
            raw = r.raw
            rows.append({
                "source": doc.source, "speaker": speaker_label(r.speaker.name if r.speaker else None, raw.speaker_text, r.label),
                "speaker_kind": r.speaker.kind if r.speaker else "unknown", "speaker_text": raw.speaker_text,
                "kind": raw.kind, "cue": raw.cue, "quote": raw.quote, "quote_start": raw.quote_start,
                "quote_end": raw.quote_end, "stated_on": raw.stated_on,
                "about": "; ".join(e.name for e in r.about),
            })
    columns = PREVIEW_FIELDS if out_format != "table" else ["speaker", "kind", "cue", "quote"]
    write_rows(rows, columns, out_format, sys.stdout)
    if failed:
        raise typer.Exit(1)
