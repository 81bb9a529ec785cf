"""tracker statements: list statements, show where one came from, and correct them by hand."""

from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer

from tracker.cli import app
from tracker.cli.options import ABOUT, DB, KIND, OUTLET, SEARCH, SINCE, SPEAKER, UNTIL
from tracker.cli.output import handle_errors, write_rows
from tracker.cli.query_cmd import TABLE_FIELDS, make_filters
from tracker.errors import TrackerError
from tracker.report.query import STATEMENT_FIELDS, iter_statements
from tracker.store import corrections as corr
from tracker.store.db import ensure_schema, session_scope
from tracker.store.entities import author_name

STATUS = typer.Option(None, "--status", help="auto, confirmed, corrected, rejected, comma-separated, or all (default: all but rejected).")
AFFILIATED = typer.Option(False, "--include-affiliated", help="With --speaker ORG: also the people affiliated to it (spokespeople, executives).")
AUTHOR = typer.Option(None, "--author", help="Who decides (default: $USER).")
NOTE = typer.Option(None, "--note", help="Why, in a few words (kept with the correction).")

statements_app = typer.Typer(no_args_is_help=False, rich_markup_mode=None)
app.add_typer(statements_app, name="statements")


def _on_command_line(ctx: typer.Context, name: str) -> bool:
    # by name: Typer ships its own copy of Click, whose ParameterSource is not click's
    return getattr(ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"


def _db(ctx: typer.Context, db: str | None) -> str | None:
    """The subcommand's own --db; else one given before the subcommand name
    (`tracker statements --db x.db show 3`), which beats TRACKER_DATABASE_URL."""
    parent = ctx.obj or {}
    if parent.get("explicit") and not _on_command_line(ctx, "db"):
        return parent["db"]
    return db or parent.get("db")


@statements_app.callback(invoke_without_command=True)
@handle_errors
def statements(
    ctx: typer.Context,
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    limit: Optional[int] = typer.Option(50, "--limit", help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."),
    status: Optional[str] = STATUS, include_affiliated: bool = AFFILIATED,
) -> None:
    """List statements, newest first; or show, set, reject, confirm, add one.

    Example: tracker statements --speaker Microsoft --about ICE --since 2026-01-01

    Example: tracker statements show 42
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db, "explicit": _on_command_line(ctx, "db")}
        return
    engine = ensure_schema(db)
    f = make_filters(speaker, about, since, until, kind, search, outlet, limit or None, status, include_affiliated)
    cols = TABLE_FIELDS if fmt == "table" else STATEMENT_FIELDS
    write_rows(iter_statements(engine, f), cols, fmt, sys.stdout)


def _print_provenance(p: dict) -> None:
    a = p["article"]
    echo = typer.echo
    changed = f" by {p['updated_by']} at {p['updated_at']}" if p["updated_by"] else ""
    echo(f"statement   {p['id']} · status {p['status']}{changed}")
    head = f"article     {a['id']}"
    if a["title"]:
        head += f" · {a['title']!r}"
    if a["outlet"]:
        head += f" · {a['outlet']}"
    if a["published"]:
        head += f" · published {a['published']}"
    echo(head)
    echo(f"            source {a['source']}" + (f" · {a['url']}" if a["url"] and a["url"] != a["source"] else ""))
    echo(f"span        characters {p['quote_start']}-{p['quote_end']} of the article text")
    sp = p["speaker"]
    who = f"{sp['name']} (#{sp['id']}, {sp['kind']})" if sp else "(unresolved)"
    echo(f"speaker     {who}" + (f' · as written: "{p["speaker_text"]}"' if p["speaker_text"] else ""))
    line = f"kind        {p['kind']}"
    if p["cue"]:
        line += f' · cue "{p["cue"]}"'
    if p["stated_on"]:
        line += f" · stated on {p['stated_on']}" + (f" ({p['stated_precision']})" if p["stated_precision"] else "")
    echo(line)
    if p["about"]:
        echo("about       " + "; ".join(f"{e['name']} (#{e['id']})" for e in p["about"]))
    echo(f"quote       \u201c{p['quote']}\u201d")
    c = p["context"]
    echo(f"context     {c['before']}\u00ab{c['quote']}\u00bb{c['after']}".replace("\n", " "))
    echo(f"engine      version {p['engine_version'] or '(none)'} · extracted {p['extracted_at']}")
    if p["corrections"]:
        echo("corrections")
        for r in p["corrections"]:
            note = f" · {r['note']}" if r["note"] else ""
            echo(f"  #{r['id']} {r['created_at']} {r['author']}: {r['change']}{note}")
    if p["article_unmatched_corrections"]:
        echo(f"note        article {a['id']} has {p['article_unmatched_corrections']} correction(s) that no longer "
             f"match a statement: tracker statements corrections --article {a['id']} --unmatched")


@statements_app.command("show")
@handle_errors
def show(
    ctx: typer.Context,
    statement_id: int = typer.Argument(..., metavar="ID", help="Statement id."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    db: Optional[str] = DB,
) -> None:
    """Where a statement came from: article, span, engine version, when extracted, status,
    who changed it and when, and every correction made to it.

    Example: tracker statements show 42 --format json
    """
    if fmt not in ("text", "json"):
        raise TrackerError(f"--format: {fmt!r} is not text or json")
    engine = ensure_schema(_db(ctx, db))
    with session_scope(engine) as session:
        p = corr.provenance(session, statement_id)
    if fmt == "json":
        typer.echo(json.dumps(p, ensure_ascii=False, indent=2))
    else:
        _print_provenance(p)


def _report(session, change: corr.Change, verb: str) -> None:
    st = change.statement
    if change.corrections:
        what = "; ".join(corr.describe_correction(session, c) for c in change.corrections)
        typer.echo(f"statement {st.id}: {what} (status {st.status})", err=True)
    else:
        typer.echo(f"statement {st.id}: unchanged, already {verb if verb else ', '.join(change.unchanged)}", err=True)


@statements_app.command("set")
@handle_errors
def set_(
    ctx: typer.Context,
    ids: List[int] = typer.Argument(..., metavar="ID...", help="Statement id(s)."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="The real speaker: name, alias or #id (see tracker entities)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="direct, indirect, mixed or no_comment."),
    start: Optional[int] = typer.Option(None, "--start", help="New first character of the quote (offset in the article text)."),
    end: Optional[int] = typer.Option(None, "--end", help="New end of the quote (offset just after its last character)."),
    quote: Optional[str] = typer.Option(None, "--quote", help="New bounds given as the exact quote text (found nearest the old one)."),
    note: Optional[str] = NOTE, author: Optional[str] = AUTHOR, db: Optional[str] = DB,
) -> None:
    """Correct a statement's speaker, kind or quote bounds. The correction is kept apart and
    survives `tracker reextract`. All or nothing: one bad id or option changes nothing.

    Example: tracker statements set 42 --speaker "Brad Smith" --kind direct --note "he said it"
    """
    if speaker is None and kind is None and start is None and end is None and quote is None:
        raise TrackerError("nothing to set: give --speaker, --kind, --start/--end or --quote")
    engine = ensure_schema(_db(ctx, db))
    who = author_name(author)
    with session_scope(engine) as session:
        changes = [corr.set_fields(session, i, who, speaker, kind, start, end, quote, note) for i in ids]
        for ch in changes:
            _report(session, ch, "")


def _decide(ctx, ids: list[int], action: str, note, author, db) -> None:
    engine = ensure_schema(_db(ctx, db))
    who = author_name(author)
    with session_scope(engine) as session:
        for i in ids:
            _report(session, corr.decide(session, i, action, who, note), "confirmed" if action == "confirm" else "rejected")


@statements_app.command("reject")
@handle_errors
def reject(
    ctx: typer.Context,
    ids: List[int] = typer.Argument(..., metavar="ID...", help="Statement id(s)."),
    note: Optional[str] = NOTE, author: Optional[str] = AUTHOR, db: Optional[str] = DB,
) -> None:
    """Mark statements as not statements (status rejected). They stay in the database, are left
    out of listings, reports and exports (unless --status rejected or all), and stay rejected
    after `tracker reextract`.

    Example: tracker statements reject 17 18 --note "headline, not a quote"
    """
    _decide(ctx, ids, "reject", note, author, db)


@statements_app.command("confirm")
@handle_errors
def confirm(
    ctx: typer.Context,
    ids: List[int] = typer.Argument(..., metavar="ID...", help="Statement id(s)."),
    note: Optional[str] = NOTE, author: Optional[str] = AUTHOR, db: Optional[str] = DB,
) -> None:
    """Mark statements as checked by a person (status confirmed; a rejected one comes back).

    Example: tracker statements confirm 42 43
    """
    _decide(ctx, ids, "confirm", note, author, db)


@statements_app.command("add")
@handle_errors
def add(
    ctx: typer.Context,
    article_id: int = typer.Argument(..., metavar="ARTICLE_ID", help="The article the statement is in."),
    quote: Optional[str] = typer.Option(None, "--quote", help="The exact quote text as it stands in the article."),
    start: Optional[int] = typer.Option(None, "--start", help="First character of the quote (instead of --quote)."),
    end: Optional[int] = typer.Option(None, "--end", help="End of the quote (instead of --quote)."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker: name, alias or #id."),
    kind: str = typer.Option("direct", "--kind", help="direct, indirect, mixed or no_comment."),
    note: Optional[str] = NOTE, author: Optional[str] = AUTHOR, db: Optional[str] = DB,
) -> None:
    """Add a statement the engine missed; it is kept across `tracker reextract`.

    Example: tracker statements add 5 --quote "We will appeal" --speaker "Contoso" --kind direct
    """
    engine = ensure_schema(_db(ctx, db))
    with session_scope(engine) as session:
        ch = corr.add_statement(session, article_id, author_name(author), start, end, quote, speaker, kind, note)
        typer.echo(str(ch.statement.id))
        typer.echo(f"statement {ch.statement.id} added to article {article_id} (status {ch.statement.status})", err=True)


@statements_app.command("corrections")
@handle_errors
def corrections(
    ctx: typer.Context,
    article: List[int] = typer.Option([], "--article", help="Only this article (repeatable)."),
    unmatched: bool = typer.Option(False, "--unmatched", help="Only corrections the last re-extraction could not re-attach."),
    fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."),
    db: Optional[str] = DB,
) -> None:
    """List human corrections: what was decided, by whom, when, and the statement it applies to now.

    Example: tracker statements corrections --unmatched
    """
    engine = ensure_schema(_db(ctx, db))
    with session_scope(engine) as session:
        rows = corr.list_corrections(session, article or None, unmatched)
    cols = ["id", "article_id", "statement_id", "matched", "action", "change", "author", "created_at",
            "quote_start", "quote_end", "quote_text", "note"]
    if fmt == "table":
        cols = ["id", "article_id", "statement_id", "matched", "change", "author", "created_at", "quote_text"]
    write_rows(rows, cols, fmt, sys.stdout)
