"""Ad hoc SQL over a connection the database itself keeps read-only, with a time limit.

SQLite: the file is opened read-only (mode=ro), query_only is on, and an authorizer
refuses every action but reading (so ATTACH, writable PRAGMAs and DDL fail in the engine).
PostgreSQL: a READ ONLY transaction with statement_timeout, one statement per call
(the extended protocol refuses a second statement smuggled after a semicolon).
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url

from tracker.config import database_url, sqlite_path
from tracker.errors import QueryError, ReadOnlyViolation, TrackerError


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool


# sqlite3 authorizer action codes that only read
_READ_ACTIONS = {
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}
_READ_PRAGMAS = {
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "database_list", "collation_list", "function_list", "table_list", "compile_options",
    "user_version", "schema_version", "page_count", "page_size", "encoding", "foreign_keys",
}


def _authorizer(action: int, arg1, arg2, dbname, source) -> int:
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS and arg2 is None:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def run_sql(query: str, url: str | None = None, params: dict[str, Any] | None = None,
            max_rows: int = 10_000, timeout: float = 10.0) -> QueryResult:
    url = database_url(url)
    if not query.strip():
        raise QueryError("empty query")
    if url.startswith("sqlite"):
        return _run_sqlite(query, url, params or {}, max_rows, timeout)
    if url.startswith("postgresql"):
        return _run_postgres(query, url, params or {}, max_rows, timeout)
    raise TrackerError(f"read-only SQL is supported on SQLite and PostgreSQL, not {url.split(':')[0]}")


def _denied(msg: str) -> bool:
    return "not authorized" in msg or "readonly" in msg or "read-only" in msg or "query_only" in msg


def _run_sqlite(query: str, url: str, params: dict[str, Any], max_rows: int, timeout: float) -> QueryResult:
    path = sqlite_path(url)
    if path is None or not path.exists():
        raise TrackerError(f"no database at {path or url}")
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(_authorizer)
        deadline = time.monotonic() + timeout
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        try:
            cur = conn.execute(query, params)
            rows = cur.fetchmany(max_rows + 1)
        except sqlite3.Warning as exc:  # "You can only execute one statement at a time."
            raise QueryError(f"query refused: {exc}") from None
        except sqlite3.DatabaseError as exc:
            msg = str(exc)
            if "interrupted" in msg:
                raise QueryError(f"query took longer than {timeout:g}s and was stopped") from None
            if _denied(msg):
                raise ReadOnlyViolation(f"refused: the SQL connection is read-only ({msg})") from None
            raise QueryError(f"SQL error: {msg}") from None
        columns = [d[0] for d in cur.description or []]
        return QueryResult(columns, rows[:max_rows], len(rows) > max_rows)
    finally:
        conn.close()


def _pg_placeholders(query: str) -> str:
    """:name -> %(name)s (a '::type' cast is left alone); literal % doubled for the driver."""
    query = query.replace("%", "%%")
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", query)


def _run_postgres(query: str, url: str, params: dict[str, Any], max_rows: int, timeout: float) -> QueryResult:
    import psycopg

    u = make_url(url)
    conninfo = u.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        conn = psycopg.connect(conninfo, connect_timeout=10)
    except psycopg.Error as exc:
        raise TrackerError(f"cannot connect: {str(exc).splitlines()[0]}") from None
    try:
        conn.read_only = True
        with conn.cursor() as cur:
            cur.execute("SELECT set_config('statement_timeout', %s, true)", (str(int(timeout * 1000)),))
            try:
                cur.execute(_pg_placeholders(query), params, prepare=True)
            except psycopg.errors.ReadOnlySqlTransaction as exc:
                raise ReadOnlyViolation(f"refused: the SQL connection is read-only ({exc.diag.message_primary})") from None
            except psycopg.errors.QueryCanceled:
                raise QueryError(f"query took longer than {timeout:g}s and was stopped") from None
            except psycopg.errors.InsufficientPrivilege as exc:
                raise ReadOnlyViolation(f"refused: {exc.diag.message_primary}") from None
            except psycopg.Error as exc:
                raise QueryError(f"SQL error: {str(exc).splitlines()[0]}") from None
            if cur.description is None:
                return QueryResult([], [], False)
            rows = cur.fetchmany(max_rows + 1)
            columns = [d.name for d in cur.description]
        return QueryResult(columns, [tuple(r) for r in rows[:max_rows]], len(rows) > max_rows)
    finally:
        conn.rollback()
        conn.close()
