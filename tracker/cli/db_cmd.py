"""tracker db: the schema's revision, managed by Alembic."""

from __future__ import annotations

import typer

from tracker.cli import app
from tracker.cli.options import DB
from tracker.cli.output import handle_errors
from tracker.config import database_url
from tracker.store import db as store_db

db_app = typer.Typer(help="Create, upgrade and inspect the database schema (Alembic).", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
@handle_errors
def upgrade(revision: str = typer.Argument("head", help="Target revision."), db: str = DB) -> None:
    """Upgrade the schema (default: to the newest revision).

    Example: tracker db upgrade --db postgresql+psycopg://localhost/news
    """
    rev = store_db.upgrade(db, revision)
    typer.echo(f"database at revision {rev}", err=True)


# "-1" is a relative revision, not an option: let it through to REVISION
@db_app.command("downgrade", context_settings={"ignore_unknown_options": True})
@handle_errors
def downgrade(revision: str = typer.Argument(..., help="Target revision, e.g. base or -1."), db: str = DB) -> None:
    """Downgrade the schema to REVISION (data in dropped tables is lost).

    Example: tracker db downgrade -1
    """
    rev = store_db.downgrade(db, revision)
    typer.echo(f"database at revision {rev or 'base'}", err=True)


@db_app.command("current")
@handle_errors
def current(db: str = DB) -> None:
    """Print the database's schema revision and whether it is the newest.

    Example: tracker db current
    """
    rev = store_db.revision_of(db)
    head = store_db.head_revision()
    state = "head" if rev == head else ("empty" if rev is None else f"behind head {head}")
    typer.echo(f"{rev or 'none'} ({state})")


@db_app.command("history")
@handle_errors
def history() -> None:
    """List the schema revisions, newest first.

    Example: tracker db history
    """
    for rev, down, doc in store_db.history():
        typer.echo(f"{down or 'base'} -> {rev}  {doc.splitlines()[0] if doc else ''}")


@db_app.command("url")
@handle_errors
def url(db: str = DB) -> None:
    """Print the database URL this command line resolves to.

    Example: tracker db url
    """
    typer.echo(store_db._redact(database_url(db)))
