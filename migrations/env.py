"""Alembic environment: metadata and URL come from the app, never from alembic.ini."""

from __future__ import annotations

from alembic import context

from tracker.config import database_url
from tracker.store import models  # noqa: F401  (registers every table on the metadata)
from tracker.store.db import make_engine
from tracker.store.models import metadata

config = context.config
url = config.get_main_option("sqlalchemy.url") or database_url()


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # full-text search objects made by hand in 0003 (the FTS5 table and its shadow tables,
    # a GIN expression index) have no model: autogenerate must not drop them
    if type_ == "table" and name and name.startswith("statements_fts"):
        return False
    return not (type_ == "index" and name == "ix_statements_quote_fts")


def run_offline() -> None:
    context.configure(url=url, target_metadata=metadata, literal_binds=True, render_as_batch=True,
                      include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(url, foreign_keys=False)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds tables instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
