"""Engines, sessions and the schema's revision: the only place that knows about Alembic."""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from tracker.config import database_url, sqlite_path
from tracker.errors import SchemaOutOfDate, TrackerError

# The newest migration in migrations/versions, so that opening a database at the head needs
# no Alembic (loading it and the scripts costs every command a quarter of a second).
# tests/test_migrations.py checks it against Alembic's own head.
SCHEMA_HEAD = "0004"


def migrations_dir() -> Path:
    """The Alembic scripts: the checkout's migrations/ or the installed tracker.migrations."""
    import tracker.migrations  # mapped onto migrations/ by pyproject's package-dir

    return Path(tracker.migrations.__file__).resolve().parent


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def _sqlite_setup(foreign_keys: bool):
    def on_connect(dbapi_conn, _record) -> None:
        # pysqlite's own transaction handling skips DDL; take it over so that a failed
        # migration or article rolls back whole (SQLAlchemy's documented recipe)
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return on_connect


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str | None = None, foreign_keys: bool = True) -> Engine:
    """An engine for url. foreign_keys=False is for migrations: SQLite's batch mode drops
    and recreates tables, which enforced foreign keys would refuse."""
    url = database_url(url)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=path is None)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_setup(foreign_keys))
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The revision in Alembic's version table (one row: the history is linear)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def revision_of(url: str | None = None) -> str | None:
    """The database's revision; an unreachable database is a one-line TrackerError naming it."""
    url = database_url(url)
    engine = make_engine(url)
    try:
        return current_revision(engine)
    except Exception as exc:  # connection refused, bad URL, not a database
        raise TrackerError(f"cannot open database {_redact(url)}: {_reason(exc)}") from exc
    finally:
        engine.dispose()


def _migrate(url: str, step: str, revision: str) -> str | None:
    from alembic import command
    from alembic.util import CommandError

    revision_of(url)  # fail on an unreachable database before Alembic prints a traceback
    try:
        step = getattr(command, step)
        step(alembic_config(url), revision)
    except CommandError as exc:  # e.g. "Can't locate revision identified by 'x'"
        raise TrackerError(f"database {_redact(url)}: {exc}") from exc
    return revision_of(url)


def upgrade(url: str | None = None, revision: str = "head") -> str | None:
    return _migrate(database_url(url), "upgrade", revision)


def downgrade(url: str | None, revision: str) -> str | None:
    return _migrate(database_url(url), "downgrade", revision)


def history() -> list[tuple[str, str | None, str]]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [(s.revision, s.down_revision, s.doc or "") for s in script.walk_revisions()]  # type: ignore[misc]


def ensure_schema(url: str | None = None) -> Engine:
    """An engine on a database at the head revision; a new, empty database is migrated here.

    A database at another revision is left alone: migrating someone's data is their call.
    """
    url = database_url(url)
    rev = revision_of(url)
    if rev == SCHEMA_HEAD:
        return make_engine(url)
    head = head_revision()
    if rev == head:
        return make_engine(url)
    if rev is None:
        probe = make_engine(url)
        try:
            tables = inspect(probe).get_table_names()
        finally:
            probe.dispose()
        if tables:
            raise SchemaOutOfDate(
                f"database {_redact(url)} has tables but no tracker schema revision; "
                "point --db at an empty or tracker database"
            )
        upgrade(url)
        return make_engine(url)
    known = {r for r, _, _ in history()}
    if rev not in known:
        raise SchemaOutOfDate(
            f"database {_redact(url)} is at revision {rev}, which this tracker does not know "
            "(made by a newer version?)"
        )
    raise SchemaOutOfDate(
        f"database {_redact(url)} is at revision {rev}, this tracker needs {head}: run `tracker db upgrade`"
    )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def _reason(exc: BaseException) -> str:
    """The driver's own first line, without SQLAlchemy's "(psycopg.OperationalError)" prefix."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def _redact(url: str) -> str:
    """Hide a password in a URL before it goes into a message."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        if ":" in creds:
            creds = creds.split(":", 1)[0] + ":***"
        return f"{scheme}://{creds}@{host}"
    return url
