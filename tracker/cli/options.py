"""Options shared by several commands."""

from __future__ import annotations

import typer

DB = typer.Option(None, "--db", envvar="TRACKER_DATABASE_URL", help="Database URL or SQLite file path (default data/tracker.db).", show_envvar=True)
SPEAKER = typer.Option(None, "--speaker", help="Speaker: canonical name or any alias (e.g. ICE).")
ABOUT = typer.Option(None, "--about", help="Only statements that mention this entity.")
SINCE = typer.Option(None, "--since", help="From this date (YYYY-MM-DD or e.g. '3 months ago').")
UNTIL = typer.Option(None, "--until", help="Up to this date, inclusive.")
KIND = typer.Option(None, "--kind", help="direct, indirect, mixed or no_comment.")
SEARCH = typer.Option(None, "--search", help="Words that must appear in the quote.")
OUTLET = typer.Option(None, "--outlet", help="Outlet name or domain (substring).")
