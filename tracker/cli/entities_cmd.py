"""tracker entities: the people and organisations, their aliases, affiliations and merges."""

from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer

from tracker.cli import app
from tracker.cli.options import DB
from tracker.cli.output import handle_errors, parse_date, write_rows
from tracker.errors import TrackerError
from tracker.store import entities as ents
from tracker.store.db import ensure_schema, session_scope

ENTITY = typer.Argument(..., metavar="ENTITY", help="Name, alias or #id.")
AUTHOR = typer.Option(None, "--author", help="Who decides (default: $USER).")

entities_app = typer.Typer(
    help="People, organisations and groups: list, show, add, alias, rename, merge, unmerge, set-kind, affiliate.\n\n"
    "An ENTITY is given by name, by alias or by id (#12).",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(entities_app, name="entities")

LIST_FIELDS = ["id", "name", "kind", "aliases", "statements", "first_seen", "last_seen"]


@entities_app.command("list")
@handle_errors
def list_(
    kind: Optional[str] = typer.Option(None, "--kind", help="person, organization, group or unknown."),
    search: Optional[str] = typer.Option(None, "--search", help="Part of a name or alias."),
    include_merged: bool = typer.Option(False, "--all", help="Also entities merged into another."),
    limit: Optional[int] = typer.Option(0, "--limit", help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."),
    db: Optional[str] = DB,
) -> None:
    """List entities with their aliases, statements (not rejected), first and last seen.

    Example: tracker entities list --kind organization --search micro
    """
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        rows = ents.list_entities(session, kind, search, include_merged, limit or None)
    cols = LIST_FIELDS + (["merged_into"] if include_merged else [])
    write_rows(rows, cols, fmt, sys.stdout)


def _print_entity(d: dict) -> None:
    echo = typer.echo
    echo(f"#{d['id']} {d['name']} ({d['kind']})" + (f" — merged into {d['merged_into']}" if d["merged_into"] else ""))
    echo(f"  aliases     {'; '.join(d['aliases']) or '(none)'}")
    seen = f" · first seen {d['first_seen']} · last seen {d['last_seen']}" if d["first_seen"] else ""
    rej = f" ({d['rejected']} rejected not counted)" if d["rejected"] else ""
    echo(f"  statements  {d['statements']}{rej}{seen}")
    echo(f"  mentioned   in {d['about']} statement(s)")

    def affs(title: str, rows: list[dict]) -> None:
        if not rows:
            return
        echo(f"  {title}")
        for r in rows:
            dates = ""
            if r["start"] or r["end"]:
                dates = f" [{r['start'] or '…'} – {r['end'] or '…'}]"
            src = "set by hand" if r["origin"] == "manual" else (f"from article {r['article_id']}" if r["article_id"] else "from text")
            echo(f"    #{r['id']} {r['name']} — {r['role'] or '(no role)'}{dates} · {src}")

    affs("people", d["people"])
    affs("speaks for", d["organizations"])
    if d["merges"]:
        echo("  merges")
        for m in d["merges"]:
            arrow = f"merged into {m['other']}" if m["direction"] == "into" else f"absorbed {m['other']}"
            undone = f" · undone {m['undone_at']}" if m["undone_at"] else ""
            why = f" · {m['reason']}" if m["reason"] else ""
            echo(f"    merge:{m['merge_id']} {arrow} by {m['author']} on {m['created_at']}{why}{undone}")


@entities_app.command("show")
@handle_errors
def show(
    entity: str = ENTITY,
    fmt: str = typer.Option("text", "--format", help="text or json."),
    db: Optional[str] = DB,
) -> None:
    """An entity's aliases, statement count, first and last seen, affiliated people and merges.

    Example: tracker entities show Microsoft
    """
    if fmt not in ("text", "json"):
        raise TrackerError(f"--format: {fmt!r} is not text or json")
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        d = ents.entity_details(session, entity)
    if fmt == "json":
        typer.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        _print_entity(d)


@entities_app.command("add")
@handle_errors
def add(
    name: str = typer.Argument(..., help="Canonical name."),
    kind: str = typer.Option(..., "--kind", help="person, organization, group or unknown."),
    alias: List[str] = typer.Option([], "--alias", help="Another name for it (repeatable)."),
    db: Optional[str] = DB,
) -> None:
    """Add an entity by hand, e.g. to correct a speaker to someone the engine never named.

    Example: tracker entities add "Brad Smith" --kind person --alias "Smith"
    """
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        e = ents.add_entity(session, name, kind, alias)
        typer.echo(str(e.id))
        typer.echo(f"added {ents.describe(e)}", err=True)


@entities_app.command("alias")
@handle_errors
def alias(
    entity: str = ENTITY,
    aliases: List[str] = typer.Argument(None, metavar="[ALIAS]...", help="Names to add (or with --remove, to remove)."),
    remove: bool = typer.Option(False, "--remove", help="Remove these aliases instead of adding them."),
    db: Optional[str] = DB,
) -> None:
    """List an entity's aliases, or add/remove some. An alias makes --speaker, --about and
    later ingests find the entity by that name.

    Example: tracker entities alias "Immigration and Customs Enforcement" ICE "U.S. ICE"
    """
    engine = ensure_schema(db)
    aliases = aliases or []
    with session_scope(engine) as session:
        if not aliases:
            e, names = ents.entity_aliases(session, entity)
            for n in names:
                typer.echo(f"{n}\t#{e.id}\t{e.name}")
            return
        res = ents.edit_aliases(session, entity, [] if remove else aliases, aliases if remove else [])
        who = ents.describe(res.entity)
        for a in res.added:
            typer.echo(f"alias {a!r} -> {who}", err=True)
        for a in res.removed:
            typer.echo(f"alias {a!r} removed from {who}", err=True)
        for a in res.unchanged:
            typer.echo(f"alias {a!r}: unchanged ({'not an alias' if remove else 'already an alias'} of {who})", err=True)
        for a in res.shared:
            typer.echo(f"note: {a!r} also names another entity; --speaker {a!r} will match both", err=True)


@entities_app.command("rename")
@handle_errors
def rename(entity: str = ENTITY, new_name: str = typer.Argument(..., help="The new canonical name."), db: Optional[str] = DB) -> None:
    """Give an entity a new canonical name; the old one stays as an alias.

    Example: tracker entities rename Whitfield "James Whitfield"
    """
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        e, old = ents.rename_entity(session, entity, new_name)
        typer.echo(f"renamed #{e.id} {old!r} -> {e.name!r} (the old name stays an alias)", err=True)


@entities_app.command("set-kind")
@handle_errors
def set_kind(entity: str = ENTITY, kind: str = typer.Argument(..., help="person, organization, group or unknown."), db: Optional[str] = DB) -> None:
    """Set whether an entity is a person, an organization, a group or unknown.

    Example: tracker entities set-kind Whitfield person
    """
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        e, old = ents.set_kind(session, entity, kind)
        typer.echo(f"#{e.id} {e.name}: {old} -> {e.kind}", err=True)


@entities_app.command("merge")
@handle_errors
def merge(
    sources: List[str] = typer.Argument(..., metavar="SOURCE...", help="Entities to merge away (name, alias or #id)."),
    into: str = typer.Option(..., "--into", help="The entity to keep."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Why (kept with the merge)."),
    author: Optional[str] = AUTHOR,
    force: bool = typer.Option(False, "--force", help="Merge even a person into an organisation (or the reverse)."),
    db: Optional[str] = DB,
) -> None:
    """Merge entities into one: their aliases, statements, mentions and affiliations move to
    the kept entity. Recorded (who, when, why) and reversible with `tracker entities unmerge`.

    Example: tracker entities merge "Microsoft Corp." --into Microsoft --reason "same company"
    """
    engine = ensure_schema(db)
    who = ents.author_name(author)
    with session_scope(engine) as session:
        for src in sources:  # one transaction: all merges or none
            r = ents.merge_entities(session, src, into, who, reason, force)
            moved = ", ".join(f"{n} {k}" for k, n in r.moved.items() if n) or "nothing else"
            typer.echo(f"merge:{r.merge.id} {ents.describe(r.source)} -> {ents.describe(r.target)}: moved {moved}", err=True)


@entities_app.command("unmerge")
@handle_errors
def unmerge(
    ref: str = typer.Argument(..., metavar="ENTITY|merge:ID", help="The merged-away entity, or merge:ID."),
    db: Optional[str] = DB,
) -> None:
    """Undo a merge: every row it moved goes back, the merged entity stands alone again.

    Example: tracker entities unmerge "Microsoft Corp."
    """
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        m, src, tgt, notes = ents.unmerge(session, ref)
        typer.echo(f"merge:{m.id} undone: {ents.describe(src)} is separate from {ents.describe(tgt)} again", err=True)
        for n in notes:
            typer.echo(f"note: {n}", err=True)


@entities_app.command("merges")
@handle_errors
def merges(fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."), db: Optional[str] = DB) -> None:
    """List merges: who merged what into what, when, why, and whether it was undone.

    Example: tracker entities merges --format csv
    """
    from sqlalchemy import select

    from tracker.store.models import Entity, Merge

    engine = ensure_schema(db)
    with session_scope(engine) as session:
        rows = []
        for m in session.execute(select(Merge).order_by(Merge.id)).scalars():
            s, t = session.get(Entity, m.source_id), session.get(Entity, m.target_id)
            rows.append({"merge": f"merge:{m.id}", "source": ents.describe(s) if s else m.source_id,
                         "target": ents.describe(t) if t else m.target_id, "author": m.author, "reason": m.reason,
                         "created_at": ents._ts(m.created_at), "undone_at": ents._ts(m.undone_at)})
    write_rows(rows, ["merge", "source", "target", "author", "reason", "created_at", "undone_at"], fmt, sys.stdout)


@entities_app.command("affiliate")
@handle_errors
def affiliate(
    person: str = typer.Argument(..., metavar="PERSON", help="The person (name, alias or #id)."),
    org: str = typer.Argument(..., metavar="ORG", help="The organisation they speak for."),
    role: str = typer.Option("", "--role", help="e.g. spokeswoman, chief executive."),
    start: Optional[str] = typer.Option(None, "--start", help="From this date (YYYY-MM-DD)."),
    end: Optional[str] = typer.Option(None, "--end", help="Until this date, inclusive."),
    remove: bool = typer.Option(False, "--remove", help="Remove the affiliation (all roles, or --role)."),
    db: Optional[str] = DB,
) -> None:
    """Record that a person speaks for an organisation (origin=manual; kept by reextract).
    With dates, `--include-affiliated` counts only what they said while it held.

    Example: tracker entities affiliate "Frank Shaw" Microsoft --role spokesman --start 2020-01-01
    """
    engine = ensure_schema(db)
    with session_scope(engine) as session:
        _, msg = ents.affiliate(session, person, org, role, parse_date(start, "--start"), parse_date(end, "--end"), remove)
        typer.echo(msg, err=True)
