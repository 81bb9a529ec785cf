"""tracker review / reextract: a person checks the machine's statements, and the engine's
new version re-reads the articles without losing what the person decided."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer
from rich.markup import escape

from tracker import ENGINE_VERSION
from tracker.cli import app
from tracker.cli.options import ABOUT, DB, KIND, OUTLET, SEARCH, SINCE, SPEAKER, UNTIL
from tracker.cli.output import err_console, handle_errors, parse_date
from tracker.cli.query_cmd import make_filters
from tracker.errors import TrackerError
from tracker.report.query import iter_statements
from tracker.store import corrections as corr
from tracker.store import entities as ents
from tracker.store.db import ensure_schema, session_scope
from tracker.store.models import STATEMENT_KINDS

HELP = (
    "  a          accept: the statement is right (confirmed)\n"
    "  r [NOTE]   reject: not a statement\n"
    "  s NAME     set the speaker (name, alias or #id)\n"
    "  k KIND     set the kind: direct, indirect, mixed, no_comment\n"
    "  b S E      set the quote bounds to characters S-E of the article\n"
    "  b TEXT     set the quote bounds to this exact text\n"
    "  n / Enter  next, leave it unreviewed\n"
    "  q          quit (what you decided is kept)\n"
)


class _Console:
    """Prompts and answers, line by line: the same on a terminal and with answers piped in."""

    def __init__(self) -> None:
        self.tty = sys.stdin.isatty() and sys.stdout.isatty()

    def show(self, s: str = "") -> None:
        typer.echo(s)

    def ask(self, prompt: str) -> str | None:
        """One answer, or None at the end of input (Ctrl-D or the end of a pipe)."""
        if self.tty:
            try:
                return input(prompt).strip()
            except EOFError:
                typer.echo()
                return None
        sys.stdout.write(prompt)
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            sys.stdout.write("\n")
            return None
        sys.stdout.write(line if line.endswith("\n") else line + "\n")  # a readable transcript
        return line.strip()


def _highlight(before: str, quote: str, after: str, tty: bool) -> str:
    text = (before + "\u27e6" + quote + "\u27e7" + after).replace("\n", " ")
    if not tty:
        return text
    from rich.console import Console

    con = Console(highlight=False, soft_wrap=True)
    with con.capture() as cap:
        con.print(escape(before.replace("\n", " ")) + "[bold reverse]" + escape(quote.replace("\n", " ")) + "[/]"
                  + escape(after.replace("\n", " ")), end="")
    return cap.get()


def _describe(p: dict, i: int, n: int, tty: bool) -> str:
    a = p["article"]
    where = " · ".join(x for x in (f"article {a['id']}", repr(a["title"]) if a["title"] else None, a["outlet"],
                                    (a["published"] or "")[:10] or None) if x)
    sp = p["speaker"]
    who = f"{sp['name']} (#{sp['id']}, {sp['kind']})" if sp else "(unresolved)"
    c = p["context"]
    lines = [
        f"[{i}/{n}] statement {p['id']} · {where}",
        f"  speaker {who}" + (f' · as written "{p["speaker_text"]}"' if p["speaker_text"] else "")
        + f" · kind {p['kind']}" + (f' · cue "{p["cue"]}"' if p["cue"] else "") + f" · status {p['status']}"
        + f" · chars {p['quote_start']}-{p['quote_end']}",
        "  " + _highlight(c["before"], c["quote"], c["after"], tty),
    ]
    return "\n".join(lines)


def _speaker(con: _Console, session, name: str):
    """The entity for NAME; offers to create it when there is none."""
    try:
        return ents.find_entity(session, name, what="speaker")
    except TrackerError as exc:
        if "no such entity" not in str(exc):
            raise
    ans = con.ask(f"  no entity {name!r}: create it as (p)erson, (o)rganization, (g)roup, or Enter to cancel? ")
    kinds = {"p": "person", "o": "organization", "g": "group"}
    if not ans or ans[0].lower() not in kinds:
        return None
    return ents.add_entity(session, name, kinds[ans[0].lower()])


@app.command()
@handle_errors
def review(
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    include_affiliated: bool = typer.Option(False, "--include-affiliated", help="With --speaker ORG: also the people affiliated to it."),
    status: str = typer.Option("auto", "--status", help="Which statements to walk: auto (unreviewed, the default), any other status, or all."),
    limit: Optional[int] = typer.Option(0, "--limit", help="At most this many statements (0: all)."),
    author: Optional[str] = typer.Option(None, "--author", help="Who decides (default: $USER)."),
) -> None:
    """Walk unreviewed statements, article by article, each shown in its context; accept,
    reject, or change the speaker, the kind or the quote bounds. Answers are read line by
    line, so they can be piped in; every decision is saved at once.

    Keys: a accept · r reject · s NAME speaker · k KIND kind · b START END or b TEXT bounds ·
    n next · q quit · ? help.

    Example: tracker review --speaker Microsoft --since 2026-01-01
    """
    engine = ensure_schema(db)
    f = make_filters(speaker, about, since, until, kind, search, outlet, None, status, include_affiliated)
    rows = list(iter_statements(engine, f))
    # article by article (newest articles first), in text order within each
    order: dict[int, int] = {}
    for r in rows:
        order.setdefault(r["article_id"], len(order))
    ids = [r["id"] for r in sorted(rows, key=lambda r: (order[r["article_id"]], r["quote_start"]))]
    if limit:
        ids = ids[:limit]
    if not ids:
        typer.echo("nothing to review", err=True)
        return
    who = ents.author_name(author)
    con = _Console()
    counts = {"confirmed": 0, "rejected": 0, "corrected": 0, "skipped": 0}
    con.show(f"{len(ids)} statement(s) to review; ? for help")
    quit_ = False
    for i, sid in enumerate(ids, 1):
        if quit_:
            break
        with session_scope(engine) as session:
            p = corr.provenance(session, sid)
        con.show()
        con.show(_describe(p, i, len(ids), con.tty))
        changed = False
        while True:
            ans = con.ask("  [a]ccept [r]eject [s]peaker [k]ind [b]ounds [n]ext [q]uit ? ")
            if ans is None or ans.lower() in ("q", "quit"):
                quit_ = True
                break
            cmd, _, arg = ans.partition(" ")
            cmd, arg = cmd.lower(), arg.strip()
            if cmd in ("", "n", "next"):
                counts["corrected" if changed else "skipped"] += 1
                break
            if cmd in ("?", "h", "help"):
                con.show(HELP)
                continue
            try:
                with session_scope(engine) as session:
                    if cmd in ("a", "accept"):
                        corr.decide(session, sid, "confirm", who)
                        counts["corrected" if changed else "confirmed"] += 1
                        break
                    if cmd in ("r", "reject"):
                        corr.decide(session, sid, "reject", who, arg or None)
                        counts["rejected"] += 1
                        break
                    if cmd in ("s", "speaker"):
                        name = arg or con.ask("  speaker (name, alias or #id): ")
                        if not name:
                            continue
                        ent = _speaker(con, session, name)
                        if ent is None:
                            continue
                        ch = corr.set_fields(session, sid, who, speaker=f"#{ent.id}")
                    elif cmd in ("k", "kind"):
                        k = arg or con.ask(f"  kind ({', '.join(STATEMENT_KINDS)}): ")
                        if not k:
                            continue
                        ch = corr.set_fields(session, sid, who, kind=k.strip().lower())
                    elif cmd in ("b", "bounds"):
                        spec = arg or con.ask("  new bounds: START END, or the exact quote text: ")
                        if not spec:
                            continue
                        parts = spec.split()
                        if len(parts) == 2 and all(x.isdigit() for x in parts):
                            ch = corr.set_fields(session, sid, who, start=int(parts[0]), end=int(parts[1]))
                        else:
                            ch = corr.set_fields(session, sid, who, quote=spec)
                    else:
                        con.show(f"  {ans!r}: not an answer; ? for help")
                        continue
                    p = corr.provenance(session, sid)
            except TrackerError as exc:
                con.show(f"  {exc}")
                continue
            if ch.corrections:
                changed = True
                con.show("  saved: " + _summary(p))
            else:
                con.show("  unchanged")
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "nothing decided"
    typer.echo(f"review: {summary}", err=True)


def _summary(p: dict) -> str:
    sp = p["speaker"]
    who = f"{sp['name']} (#{sp['id']})" if sp else "(unresolved)"
    return f"speaker {who} · kind {p['kind']} · chars {p['quote_start']}-{p['quote_end']} \u201c{p['quote']}\u201d"


@app.command()
@handle_errors
def reextract(
    article: List[int] = typer.Option([], "--article", help="Only this article id (repeatable)."),
    db: Optional[str] = DB, speaker: Optional[str] = SPEAKER, about: Optional[str] = ABOUT,
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL, kind: Optional[str] = KIND,
    search: Optional[str] = SEARCH, outlet: Optional[str] = OUTLET,
    include_affiliated: bool = typer.Option(False, "--include-affiliated", help="With --speaker ORG: also the people affiliated to it."),
    stale: bool = typer.Option(False, "--stale", help=f"Only articles not yet read by this engine (version {ENGINE_VERSION})."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Do everything, report, then roll back."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Run the current engine over stored articles again: machine rows are replaced (each
    records the engine version), every human correction is re-applied to the statement that
    best overlaps it, and corrections that no longer match anything are reported.

    With no filter, every article. --speaker/--about/--kind/--search pick the articles of
    matching statements; --since/--until/--outlet alone pick articles by publication.
    Exit code 1 when an article failed (the others are still done).

    Example: tracker reextract --outlet Reuters --since 2026-01-01
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tracker.store.reextract import ArticleOutcome, reextract as run_reextract, select_articles  # loads the engine

    engine = ensure_schema(db)
    try:
        stmt_filter = None
        if speaker or about or kind or search:
            stmt_filter = make_filters(speaker, about, since, until, kind, search, outlet, None, "all", include_affiliated)
        ids = select_articles(engine, article or None, stmt_filter, parse_date(since, "--since"),
                              parse_date(until, "--until"), outlet, stale)
    finally:
        engine.dispose()
    # ids asked for by --article alone must exist; with other filters they only narrow
    explicit = bool(article) and not (stmt_filter or since or until or outlet or stale)
    missing = sorted(set(article) - set(ids)) if explicit else []
    for a in missing:
        err_console.print(f"article {a}: no such article", markup=False, highlight=False)
    if not ids:
        if not quiet:
            typer.echo("no articles to re-extract", err=True)
        raise typer.Exit(1 if missing else 0)
    show = not quiet and sys.stderr.isatty() and len(ids) > 1
    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err_console, transient=True, disable=not show)

    def on_article(aid: int, outcome) -> None:
        if not isinstance(outcome, ArticleOutcome):
            progress.console.print(f"failed article {aid}: {outcome}", markup=False, highlight=False, soft_wrap=True)
        progress.advance(task)

    with progress:
        task = progress.add_task("re-extracting", total=len(ids))
        summary = run_reextract(db, ids, dry_run, on_article)
    for u in summary.unmatched:
        quote = u["quote_text"] if len(u["quote_text"]) <= 80 else u["quote_text"][:77] + "..."
        err_console.print(
            f"unmatched correction {u['id']} (article {u['article_id']}, chars {u['quote_start']}-{u['quote_end']}, "
            f"{u['change']} by {u['author']}): no statement there now: \u201c{quote}\u201d",
            markup=False, highlight=False, soft_wrap=True,
        )
    if not quiet:
        msg = (f"{summary.articles} article(s) re-extracted with engine {ENGINE_VERSION}: "
               f"{summary.statements_before} statements before, {summary.statements_after} after; "
               f"{summary.reapplied} correction(s) re-applied, {len(summary.unmatched)} no longer match")
        if summary.failed:
            msg += f"; {summary.failed} failed"
        if summary.unmatched:
            msg += " (tracker statements corrections --unmatched)"
        if dry_run:
            msg = "dry run, nothing written: " + msg
        err_console.print(msg, markup=False, highlight=False, soft_wrap=True)
    if not summary.ok or missing:
        raise typer.Exit(1)
