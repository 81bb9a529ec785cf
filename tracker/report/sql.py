"""Ad hoc SQL over a connection the database itself keeps read-only, with a time limit.

SQLite: the file is opened read-only (mode=ro), query_only is on, and an authorizer
refuses every action but reading (so ATTACH, writable PRAGMAs and DDL fail in the engine).
PostgreSQL: a READ ONLY transaction with statement_timeout, one statement per call
(the extended protocol refuses a second statement smuggled after a semicolon). The query
runs as a subquery (SELECT * FROM (query) LIMIT n), so the server's parser refuses
anything that is not a query -- COPY ... TO PROGRAM, DO blocks, SET -- and stops after
the row limit; EXPLAIN and SHOW run as they are. A superuser connection also drops to
the built-in role pg_read_all_data for the query (PostgreSQL 14+), but that is defence in
depth, not a boundary: a superuser session may take its role back from inside a query
(set_config('role', ...)), so the result carries a warning, and untrusted SQL needs a
login role that can only read.
"""

from __future__ import annotations

import re
import sqlite3
import time
from urllib.parse import quote
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
    warning: str | None = None


# sqlite3 authorizer action codes that only read
_READ_ACTIONS = {
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}
_READ_PRAGMAS = {
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "database_list", "collation_list", "function_list", "table_list", "compile_options",
    "user_version", "schema_version", "page_count", "page_size", "encoding", "foreign_keys",
    "data_version",  # FTS5 reads it on every query of statements_fts
}


# reading PRAGMAs whose argument names a table or index (not a value to set)
_READ_PRAGMAS_WITH_ARG = {
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "foreign_key_check", "integrity_check", "quick_check",
}


def _authorizer(action: int, arg1, arg2, dbname, source) -> int:
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if (name in _READ_PRAGMAS and arg2 is None) or name in _READ_PRAGMAS_WITH_ARG:
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
    return any(m in msg for m in ("not authorized", "authorization denied", "readonly", "read-only", "query_only"))


def _sqlite_value(v: Any) -> Any:
    """--param values arrive as text. SQLite compares text and numbers as different types when
    neither side is a column ("statements >= '3'" is never true), so a value written exactly
    as a number is bound as one. PostgreSQL infers a text parameter's type itself."""
    if isinstance(v, str):
        if re.fullmatch(r"-?(?:0|[1-9]\d{0,17})", v):
            return int(v)
        if re.fullmatch(r"-?(?:0|[1-9]\d*)\.\d*[1-9]", v):
            return float(v)
    return v


def _run_sqlite(query: str, url: str, params: dict[str, Any], max_rows: int, timeout: float) -> QueryResult:
    params = {k: _sqlite_value(v) for k, v in params.items()}
    path = sqlite_path(url)
    if path is None or not path.exists():
        raise TrackerError(f"no database at {path or url}")
    # the path is percent-encoded: a '#', '?' or '%' in it would otherwise end the file name
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("PRAGMA query_only = ON")
        # FTS5 builds its virtual table on first use with a schema write check the authorizer
        # would refuse; connect it now, before the authorizer (the file is read-only anyway)
        try:
            conn.execute("SELECT rowid FROM statements_fts WHERE 0").fetchall()
        except sqlite3.Error:
            pass  # no FTS index in this database (or no FTS5 in this SQLite)
        conn.set_authorizer(_authorizer)
        deadline = time.monotonic() + timeout
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        try:
            cur = conn.execute(query, params)
            rows = cur.fetchmany(max_rows + 1)
        except (sqlite3.Warning, sqlite3.ProgrammingError) as exc:
            # "You can only execute one statement at a time." (a Warning before Python 3.12);
            # a missing :param is a ProgrammingError too
            msg = str(exc)
            if "one statement" in msg:
                raise ReadOnlyViolation(f"refused: one statement at a time ({msg})") from None
            raise QueryError(f"SQL error: {msg}") from None
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


_AS_IS = re.compile(r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*(explain|show)\b", re.I | re.S)
_FIRST_WORD = re.compile(r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*\(*\s*([A-Za-z]+)", re.S)
_READING = {"select", "with", "values", "table", "explain", "show"}
_WRITE_VERB = re.compile(r"\b(insert|update|delete|merge|truncate)\b", re.I)


def _no_strings(query: str) -> str:
    """The query without string literals and comments, to look for keywords in it."""
    return re.sub(r"'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/", " ", query, flags=re.S)


def _wrap(query: str, max_rows: int) -> str:
    """The query as a subquery, so that only a query can run (see the module docstring)."""
    body = query.strip()
    while body.endswith(";"):
        body = body[:-1].rstrip()
    if _AS_IS.match(body):
        return body
    return f"SELECT * FROM (\n{body}\n) AS tracker_query LIMIT {int(max_rows) + 1}"


def _pg_placeholders(query: str) -> str:
    """:name -> %(name)s (a '::type' cast is left alone); literal % doubled for the driver."""
    query = query.replace("%", "%%")
    # string literals pass through untouched: "LIKE '%:Trump%'" holds no parameter
    return re.sub(r"('(?:[^']|'')*')|(?<![:\w]):([A-Za-z_]\w*)",
                  lambda m: m.group(1) or f"%({m.group(2)})s", query)


def _run_postgres(query: str, url: str, params: dict[str, Any], max_rows: int, timeout: float) -> QueryResult:
    import psycopg

    u = make_url(url)
    conninfo = u.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        conn = psycopg.connect(conninfo, connect_timeout=10)
    except psycopg.Error as exc:
        raise TrackerError(f"cannot connect: {str(exc).splitlines()[0]}") from None
    m = _FIRST_WORD.match(query)
    first = m.group(1).lower() if m else ""
    try:
        conn.read_only = True
        with conn.cursor() as cur:
            cur.execute("SELECT set_config('statement_timeout', %s, true)", (str(int(timeout * 1000)),))
            cur.execute(
                "SELECT r.rolsuper, EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pg_read_all_data') "
                "FROM pg_roles r WHERE r.rolname = current_user"
            )
            su = cur.fetchone()
            warning = None
            if su and su[0]:
                warning = ("connected as a PostgreSQL superuser: the query runs read-only, but a superuser "
                           "session can regain its rights from inside a query; use a read-only login role for untrusted SQL")
            if su and su[0] and su[1]:
                cur.execute("SET LOCAL ROLE pg_read_all_data")
            try:
                cur.execute(_wrap(_pg_placeholders(query), max_rows), params, prepare=True)
            except psycopg.errors.ReadOnlySqlTransaction as exc:
                raise ReadOnlyViolation(f"refused: the SQL connection is read-only ({exc.diag.message_primary})") from None
            except psycopg.errors.QueryCanceled:
                raise QueryError(f"query took longer than {timeout:g}s and was stopped") from None
            except psycopg.errors.InsufficientPrivilege as exc:
                raise ReadOnlyViolation(f"refused: {exc.diag.message_primary}") from None
            except (psycopg.errors.SyntaxError, psycopg.errors.FeatureNotSupported) as exc:
                msg = exc.diag.message_primary or str(exc).splitlines()[0]
                if 'near ";"' in msg:
                    raise ReadOnlyViolation(f"refused: one statement at a time ({msg})") from None
                if first and first not in _READING or "data-modifying" in msg or _WRITE_VERB.search(_no_strings(query)):
                    raise ReadOnlyViolation(
                        f"refused: only a query that reads (SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW) can run here ({msg})"
                    ) from None
                raise QueryError(f"SQL error: {msg}") from None
            except psycopg.Error as exc:
                msg = str(exc).splitlines()[0]
                if "cannot insert multiple commands" in msg:
                    raise ReadOnlyViolation(f"refused: one statement at a time ({msg})") from None
                raise QueryError(f"SQL error: {msg}") from None
            if cur.description is None:
                return QueryResult([], [], False, warning)
            rows = cur.fetchmany(max_rows + 1)
            columns = [d.name for d in cur.description]
        return QueryResult(columns, [tuple(r) for r in rows[:max_rows]], len(rows) > max_rows, warning)
    finally:
        conn.rollback()
        conn.close()
