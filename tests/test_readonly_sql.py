"""`tracker sql`: reads work; anything that writes is refused by the database itself, on
SQLite and on PostgreSQL, with a one-line message, a non-zero exit code and nothing changed.

One populated database per module (ingesting per test would dominate the run time); every
test checks that row counts -- and on SQLite the file's bytes -- are exactly as before.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from conftest import PG_URL, SAMPLES, fresh_database, invoke
from tracker.store.models import metadata

TABLES = sorted(metadata.tables)
SQLITE = not PG_URL


# the in-process runner shared by the suite (engines disposed after each call)
tracker = invoke


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with fresh_database(tmp_path_factory.mktemp("ro")) as u:
        res = tracker(u, "ingest", str(SAMPLES))
        assert res.exit_code == 0, res.stderr
        yield u


def snapshot(url: str) -> dict:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            state = {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in TABLES}
            state["alembic_version"] = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            if SQLITE:
                state["user_version"] = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
                state["journal_mode"] = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
    finally:
        engine.dispose()
    if SQLITE:
        path = Path(url.split(":///", 1)[1])
        state["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        state["files"] = sorted(p.name for p in path.parent.iterdir())
    return state


def assert_refused(url: str, query: str, *reason: str):
    before = snapshot(url)
    assert before["statements"] > 10
    res = tracker(url, "sql", query)
    assert res.exit_code != 0, f"{query!r} was not refused: {res.stdout}"
    err = res.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: "), res.stderr
    assert not reason or any(r in err for r in reason), f"{query!r}: unclear message {err!r}"
    assert res.stdout == ""
    assert snapshot(url) == before, f"{query!r} changed the database"
    return err


WRITES = [
    "DELETE FROM statements",
    "UPDATE statements SET quote = 'changed'",
    "INSERT INTO outlets (name) VALUES ('Injected Daily')",
    "DROP TABLE statements",
    "DROP VIEW statements_view",
    "CREATE TABLE scratch (x INTEGER)",
    "CREATE INDEX ix_scratch ON statements (quote)",
    "ALTER TABLE statements ADD COLUMN scratch INTEGER",
    "UPDATE alembic_version SET version_num = '0001'",
]


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused(url, query):
    assert_refused(url, query, "read-only", "refused")


CTE_DELETE = "WITH doomed AS (SELECT id FROM statements) DELETE FROM statements WHERE id IN (SELECT id FROM doomed)"


def test_a_write_behind_a_with_is_refused(url):
    assert_refused(url, CTE_DELETE, "read-only", "refused")


MULTI = [
    "SELECT 1; DELETE FROM statements",
    "SELECT 1;DELETE FROM statements;",
    "SELECT count(*) FROM statements; DROP TABLE statements",
    "/* harmless */ SELECT 1; -- then\nDELETE FROM statements",
]


@pytest.mark.parametrize("query", MULTI)
def test_a_second_statement_is_refused(url, query):
    assert_refused(url, query, "one statement", "multiple commands")


@pytest.mark.skipif(not SQLITE, reason="SQLite statements")
@pytest.mark.parametrize("query", [
    "ATTACH DATABASE '{dir}/smuggled.db' AS smuggled",
    "PRAGMA user_version = 5",
    "PRAGMA user_version(5)",
    "PRAGMA main.user_version = 5",
    "PRAGMA journal_mode = delete",
    "PRAGMA journal_mode = wal",
    "PRAGMA foreign_keys = OFF",
    "PRAGMA writable_schema = ON",
    "REINDEX",
    "ANALYZE",
    "SELECT load_extension('mod_spatialite')",
    "BEGIN IMMEDIATE",
    "SAVEPOINT s1",
])
def test_sqlite_attach_pragmas_and_file_writes_are_refused(url, query):
    folder = Path(url.split(":///", 1)[1]).parent
    assert_refused(url, query.format(dir=folder), "read-only", "refused")
    assert not (folder / "smuggled.db").exists() and not (folder / "copy.db").exists()


@pytest.mark.skipif(not SQLITE, reason="SQLite statements")
@pytest.mark.parametrize("query", ["VACUUM", "VACUUM INTO '{dir}/copy.db'"])
def test_sqlite_vacuum_is_refused(url, query):
    folder = Path(url.split(":///", 1)[1]).parent
    assert_refused(url, query.format(dir=folder), "read-only", "refused")
    assert not (folder / "copy.db").exists()


@pytest.mark.skipif(SQLITE, reason="PostgreSQL statements")
@pytest.mark.parametrize("query", [
    "COMMIT; DELETE FROM statements",
    "ROLLBACK; DELETE FROM statements",
    "SET transaction_read_only = off; DELETE FROM statements",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; UPDATE statements SET quote = 'x'",
    "BEGIN READ WRITE; DELETE FROM statements; COMMIT",
    "DO $$ BEGIN DELETE FROM statements; END $$",
    "SELECT nextval('statements_id_seq')",
    "SELECT id FROM statements FOR UPDATE",
    "EXPLAIN ANALYZE DELETE FROM statements",
    "TRUNCATE statements CASCADE",
    "CREATE TEMP TABLE scratch AS SELECT * FROM statements",
])
def test_postgres_transaction_tricks_are_refused(url, query):
    assert_refused(url, query, "read-only", "refused", "one statement")


@pytest.mark.skipif(SQLITE, reason="PostgreSQL statements")
@pytest.mark.parametrize("copy", ["TO '{dir}/out.csv'", "TO PROGRAM 'touch {dir}/ran'"])
def test_postgres_server_side_file_writes_are_refused(url, copy):
    # the test server runs on this machine as user postgres: give it a folder it may write to
    folder = Path(tempfile.mkdtemp(prefix="tracker_pgcopy_"))
    try:
        folder.chmod(0o777)
        assert_refused(url, f"COPY (SELECT id, quote FROM statements) {copy.format(dir=folder)}",
                       "read-only", "refused")
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def rows(res) -> list[dict]:
    assert res.exit_code == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


def direct(url: str, sql: str, **params):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar_one()
    finally:
        engine.dispose()


def test_select_and_the_view(url):
    n = direct(url, "SELECT COUNT(*) FROM statements")
    out = rows(tracker(url, "sql", "SELECT COUNT(*) AS n FROM statements_view", "--format", "jsonl"))
    assert out == [{"n": n}]
    csv = tracker(url, "sql", "SELECT speaker, COUNT(*) AS n FROM statements_view GROUP BY speaker ORDER BY n DESC, speaker",
                  "--format", "csv")
    lines = csv.stdout.splitlines()
    assert lines[0] == "speaker,n" and sum(int(line.rsplit(",", 1)[1]) for line in lines[1:]) == n
    # a trailing semicolon is one statement, not two
    assert rows(tracker(url, "sql", "SELECT 1 AS one;", "--format", "jsonl")) == [{"one": 1}]


def test_params_are_bound(url):
    speaker = direct(url, "SELECT name FROM entities e WHERE EXISTS "
                          "(SELECT 1 FROM statements s WHERE s.speaker_id = e.id) ORDER BY name LIMIT 1")
    n = direct(url, "SELECT COUNT(*) FROM statements s JOIN entities e ON e.id = s.speaker_id WHERE e.name = :w", w=speaker)
    got = rows(tracker(url, "sql", "SELECT COUNT(*) AS n FROM statements_view WHERE speaker = :who",
                       "--param", f"who={speaker}", "--format", "jsonl"))
    assert got == [{"n": n}] and n > 0
    # a literal % and a bound value side by side (PostgreSQL's driver treats % specially)
    like = rows(tracker(url, "sql", "SELECT COUNT(*) AS n FROM statements_view WHERE speaker LIKE '%' || :part || '%'",
                        "-p", f"part={speaker[1:4]}", "--format", "jsonl"))
    assert like[0]["n"] >= n
    # a value that looks like SQL stays a value
    evil = "x'); DELETE FROM statements; --"
    assert rows(tracker(url, "sql", "SELECT :v AS v", "-p", f"v={evil}", "--format", "jsonl")) == [{"v": evil}]
    assert direct(url, "SELECT COUNT(*) FROM statements") > 10


def test_bad_param_and_bad_sql_are_one_line(url):
    for args in (("SELECT :v", "-p", "novalue"), ("SELECT * FROM no_such_table",), ("SELEC 1",)):
        res = tracker(url, "sql", *args)
        assert res.exit_code != 0
        assert len(res.stderr.strip().splitlines()) == 1 and res.stderr.startswith("error: "), res.stderr


def test_timeout_stops_a_runaway_query(url):
    before = snapshot(url)
    res = tracker(url, "sql", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n",
                  "--timeout", "0.5")
    assert res.exit_code != 0 and res.stdout == ""
    assert "stopped" in res.stderr and "0.5s" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert snapshot(url) == before


def test_max_rows_truncates_with_a_message_on_stderr(url):
    q = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50) SELECT x FROM n ORDER BY x"
    res = tracker(url, "sql", q, "--max-rows", "7", "--format", "jsonl")
    assert rows(res) == [{"x": i} for i in range(1, 8)]
    assert "7 rows" in res.stderr and "--max-rows" in res.stderr
    full = tracker(url, "sql", q, "--format", "jsonl")
    assert len(rows(full)) == 50 and "--max-rows" not in full.stderr  # (a superuser warning may stand there)


def test_query_from_file_and_stdin(url, tmp_path):
    f = tmp_path / "q.sql"
    f.write_text("SELECT COUNT(*) AS n FROM articles\n")
    assert rows(tracker(url, "sql", "--file", str(f), "--format", "jsonl")) == [{"n": 3}]
    assert rows(tracker(url, "sql", "-", "--format", "jsonl", input="SELECT COUNT(*) AS n FROM articles")) == [{"n": 3}]
    # a write read from a file is refused just the same
    f.write_text("DELETE FROM articles")
    res = tracker(url, "sql", "--file", str(f))
    assert res.exit_code != 0 and direct(url, "SELECT COUNT(*) FROM articles") == 3


@pytest.mark.skipif(not SQLITE, reason="SQLite statements")
def test_sqlite_reading_pragmas_work(url):
    assert rows(tracker(url, "sql", "PRAGMA user_version", "--format", "jsonl")) == [{"user_version": 0}]


@pytest.mark.skipif(not SQLITE, reason="SQLite statements")
def test_sqlite_table_info_pragma_works(url):
    out = rows(tracker(url, "sql", "PRAGMA table_info(statements)", "--format", "jsonl"))
    assert "quote" in {r["name"] for r in out}
