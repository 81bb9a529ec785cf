"""The `tracker` command: thin wrappers that parse options, call one core function, format."""

from __future__ import annotations

import typer

from tracker import __version__

app = typer.Typer(
    name="tracker",
    help="A local-first database of who said what in the news.\n\n"
    "The database is data/tracker.db unless --db or TRACKER_DATABASE_URL says otherwise.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    pass


from tracker.cli import db_cmd, entities_cmd, ingest_cmd, query_cmd, report_cmd, review_cmd, schema_cmd, statements_cmd, whosaid_cmd  # noqa: E402,F401  (registers commands)


def main() -> None:
    app()
