"""Ad hoc SQL: the views for common questions give the same numbers as hand-written SQL over
the base tables; `tracker schema` lists them; `tracker sql` reads queries from a file or
stdin, binds parameters, stops at a row or time limit, and the database refuses writes."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

from reportdb import build
from tracker.errors import QueryError, ReadOnlyViolation
from tracker.report.sql import run_sql
from tracker.store.models import metadata

TABLES = sorted(metadata.tables)


@pytest.fixture
def world(db_url):
    return build(db_url)


def snapshot(world) -> dict:
    state = {t: world.scalar(f'SELECT COUNT(*) FROM "{t}"') for t in TABLES}
    state["quotes"] = world.rows("SELECT id, quote, status FROM statements ORDER BY id")
    if world.url.startswith("sqlite"):
        path = Path(world.url.split(":///", 1)[1])
        state["bytes"] = path.read_bytes()
        state["files"] = sorted(p.name for p in path.parent.iterdir())
    return state


def q(world, sql: str, **params) -> list[dict]:
    res = run_sql(sql, world.url, params)
    return [dict(zip(res.columns, r)) for r in res.rows]


def test_speaker_summary_matches_base_tables(world):
    rows = {r["speaker"]: r for r in q(world, "SELECT * FROM speaker_summary")}
    corvane = rows["Corvane Systems"]
    assert (corvane["statements"], corvane["refusals"], str(corvane["first_seen"]), str(corvane["last_seen"])) == (10, 1, "2026-01-10", "2026-04-14")
    assert "Corvane Software Group" not in rows  # merged: counted under Corvane
    for name, r in rows.items():
        n, arts = world.rows(
            "SELECT COUNT(*), COUNT(DISTINCT s.article_id) FROM statements s JOIN entities e ON e.id = s.speaker_id "
            "LEFT JOIN entities m ON m.id = e.merged_into WHERE s.status <> 'rejected' AND COALESCE(m.name, e.name) = :n", n=name)[0]
        assert (r["statements"], r["articles"]) == (n, arts), name
    assert sum(r["statements"] for r in rows.values()) == world.scalar(
        "SELECT COUNT(*) FROM statements WHERE status <> 'rejected' AND speaker_id IS NOT NULL")


def test_statement_subjects_citations_refusals(world):
    # "who talks about the agency, and how often" in one line
    talk = q(world, "SELECT speaker, COUNT(*) AS n FROM statement_subjects WHERE subject = :s GROUP BY speaker ORDER BY n DESC, speaker",
             s="Federal Border Agency")
    assert talk[0] == {"speaker": "Corvane Systems", "n": 8}
    assert sum(r["n"] for r in talk) + 0 == world.scalar(
        "SELECT COUNT(*) FROM statement_about sa JOIN statements s ON s.id = sa.statement_id "
        "WHERE sa.entity_id = :e AND s.status <> 'rejected' AND s.speaker_id IS NOT NULL", e=world.ids["Federal Border Agency"])
    cite = q(world, "SELECT citation FROM citations WHERE statement_id = :i", i=world.statements["never3"])
    assert cite == [{"citation": "\u201cAudit finds agency kept Corvane data\u201d, Valley Courier, 2026-04-14, https://valleycourier.example/apr-audit"}]
    no_pub = q(world, "SELECT citation FROM citations WHERE statement_id = :i", i=world.statements["undated1"])
    assert no_pub == [{"citation": "\u201cCorvane profile\u201d, Harbor Ledger, https://harborledger.example/undated"}]
    refusals = q(world, "SELECT speaker, COUNT(*) AS n, MIN(about) AS about FROM refusals_view GROUP BY speaker ORDER BY speaker")
    assert refusals == [{"speaker": "Corvane Systems", "n": 1, "about": "Harbor City Council"},
                        {"speaker": "Federal Border Agency", "n": 4, "about": "Corvane Systems"}]


def test_affiliated_statements_respect_dates_and_article_sources(world):
    rows = q(world, "SELECT person, role, COUNT(*) AS n FROM affiliated_statements WHERE organization = 'Corvane Systems' "
                    "GROUP BY person, role ORDER BY person")
    assert rows == [{"person": "Lena Markovic", "role": "chief executive", "n": 2},
                    {"person": "Tom Reyes", "role": "spokesman", "n": 2}]  # his March statement is after he left
    src = q(world, "SELECT original_id, COUNT(*) AS articles, SUM(is_copy) AS copies FROM article_sources "
                   "GROUP BY original_id HAVING COUNT(*) > 1")
    assert [(r["articles"], r["copies"]) for r in src] == [(3, 2)] and src[0]["original_id"] == world.articles["jan-contract"]
    canon = q(world, "SELECT canonical_name FROM entity_canonical WHERE name = 'Corvane Software Group'")
    assert canon == [{"canonical_name": "Corvane Systems"}]


def test_schema_command_lists_tables_views_and_columns(cli, world):
    out = cli("schema", check=True).stdout
    for name in ("statements (table)", "articles (table)", "statements_view (view)", "speaker_summary (view)", "citations (view)"):
        assert name in out
    assert "statements_fts_" not in out  # the index's internals are not for queries
    rows = [json.loads(line) for line in cli("schema", "statements", "--format", "jsonl", check=True).stdout.splitlines()]
    cols = {r["column"]: r for r in rows}
    assert {"id", "quote", "speaker_id", "status"} <= set(cols)
    assert cols["id"]["key"] == "primary key" and cols["speaker_id"]["references"] == "entities.id"
    bad = cli("schema", "nope")
    assert bad.returncode == 1 and "no table or view named 'nope'" in bad.stderr


def test_sql_file_stdin_params_limits(cli, world, tmp_path):
    f = tmp_path / "q.sql"
    f.write_text("-- who spoke most\nSELECT speaker, statements FROM speaker_summary\nWHERE statements >= :min\nORDER BY statements DESC, speaker;\n")
    out = [json.loads(line) for line in cli("sql", "--file", str(f), "-p", "min=3", "--format", "jsonl", check=True).stdout.splitlines()]
    assert out == [{"speaker": "Corvane Systems", "statements": 10}, {"speaker": "Federal Border Agency", "statements": 4},
                   {"speaker": "Tom Reyes", "statements": 3}]
    unbound = cli("sql", "--format", "csv", input="SELECT COUNT(*) AS n FROM citations WHERE speaker = :who")
    assert unbound.returncode == 2 and "who" in unbound.stderr and unbound.stdout == ""  # a missing --param
    piped = cli("sql", "-", "-p", "who=Corvane Systems", "--format", "csv", input="SELECT COUNT(*) AS n FROM citations WHERE speaker = :who")
    assert piped.stdout.splitlines() == ["n", "10"]
    many = cli("sql", "SELECT id FROM statements ORDER BY id", "--max-rows", "5", "--format", "csv")
    assert many.stdout.splitlines() == ["id", "1", "2", "3", "4", "5"] and "stopped at 5 rows" in many.stderr
    slow = cli("sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c", "--timeout", "0.5")
    assert slow.returncode == 2 and "longer than 0.5s" in slow.stderr


WRITES = [
    "DELETE FROM statements",
    "UPDATE statements SET status = 'rejected'",
    "DROP TABLE statements",
    "DROP VIEW citations",
    "INSERT INTO statements_view (id) VALUES (1)",
    "WITH x AS (SELECT 1) UPDATE statements SET quote = 'x'",
    "SELECT 1; DELETE FROM statements",
    "SELECT COUNT(*) FROM statements; DROP TABLE statements",
]
SQLITE_ONLY = [
    "ATTACH DATABASE '{dir}/other.db' AS other",
    "PRAGMA user_version = 7",
    "PRAGMA journal_mode = wal",
    "PRAGMA writable_schema = ON",
    "INSERT INTO statements_fts(statements_fts) VALUES ('delete-all')",
    "VACUUM INTO '{dir}/copy.db'",
]
POSTGRES_ONLY = [
    "COPY (SELECT quote FROM statements) TO PROGRAM 'touch {dir}/ran'",
    "COPY (SELECT quote FROM statements) TO '{dir}/out.csv'",
    "DO $$ BEGIN DELETE FROM statements; END $$",
    "SELECT pg_read_file('/etc/hostname')",
    "SET default_transaction_read_only = off",
    "CREATE TEMP TABLE t AS SELECT * FROM statements",
]


def test_the_database_refuses_writes_and_nothing_changes(world):
    sqlite = world.url.startswith("sqlite")
    folder = Path(tempfile.mkdtemp(prefix="tracker_sql_"))
    folder.chmod(0o777)  # the PostgreSQL server (user postgres) could write here if it were allowed to
    try:
        before = snapshot(world)
        for query in WRITES + (SQLITE_ONLY if sqlite else POSTGRES_ONLY):
            with pytest.raises((ReadOnlyViolation, QueryError)) as exc:
                run_sql(query.format(dir=folder), world.url)
            msg = str(exc.value)
            assert "\n" not in msg and any(w in msg for w in ("read-only", "refused", "one statement")), (query, msg)
            assert snapshot(world) == before, query
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_reading_still_works(world):
    assert q(world, "SELECT COUNT(*) AS n FROM statements;") == [{"n": 25}]
    if world.url.startswith("sqlite"):
        cols = {r["name"] for r in q(world, "PRAGMA table_info(statements)")}
        assert {"quote", "status"} <= cols
        assert q(world, "SELECT COUNT(*) AS n FROM statements_fts WHERE statements_fts MATCH 'contract'") == [{"n": 8}]
    else:
        plan = run_sql("EXPLAIN SELECT * FROM statements WHERE id = 1", world.url)
        assert plan.rows and "statements" in " ".join(str(r[0]) for r in plan.rows)
        assert q(world, "SHOW statement_timeout")
        assert q(world, "WITH c AS (SELECT 1 AS a, 2 AS a) SELECT * FROM c") is not None
