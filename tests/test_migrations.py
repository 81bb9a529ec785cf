"""The schema under Alembic: upgrade/downgrade on populated databases, `alembic check`,
`tracker db ...` outputs, and what normal commands do on a database at another revision.

Commands run in-process through the real Typer app (a subprocess costs over a second of
imports each); the alembic CLI and the embedded default run as real subprocesses.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from conftest import ROOT, SAMPLES, invoke
from tracker.store.models import metadata

TABLES = sorted(metadata.tables)


def revisions_newest_first() -> list[tuple[str, str | None]]:
    """Read from the repository's alembic.ini, independently of tracker's own code."""
    script = ScriptDirectory.from_config(Config(str(ROOT / "alembic.ini")))
    return [(s.revision, s.down_revision) for s in script.walk_revisions()]


HEAD, BEFORE_HEAD = revisions_newest_first()[0]


# the in-process runner shared by the suite (engines disposed after each call)
tracker = invoke


@pytest.fixture
def run(db_url):
    return lambda *args, **kw: tracker(db_url, *args, **kw)


def schema(url: str) -> tuple[set[str], set[str]]:
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        return set(insp.get_table_names()), set(insp.get_view_names())
    finally:
        engine.dispose()


def counts(url: str, tables=TABLES) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in tables}
    finally:
        engine.dispose()


def execute(url: str, sql: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def alembic(url: str, *args: str) -> subprocess.CompletedProcess:
    """The alembic CLI itself, from the repository root, as a developer runs it."""
    env = {**os.environ, "TRACKER_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "alembic", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def one_line_error(res) -> str:
    err = res.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: "), res.stderr
    return err


def test_upgrade_downgrade_base_upgrade_on_populated_database(run, db_url):
    run("ingest", str(SAMPLES), ok=True)
    populated = counts(db_url)
    assert populated["articles"] == 3 and populated["statements"] > 10

    down = run("db", "downgrade", "base", ok=True)
    assert down.stderr.strip() == "database at revision base" and down.stdout == ""
    tables, views = schema(db_url)
    assert tables <= {"alembic_version"} and not views, (tables, views)
    assert run("db", "current", ok=True).stdout.strip() == "none (empty)"

    up = run("db", "upgrade", ok=True)
    assert up.stderr.strip() == f"database at revision {HEAD}"
    tables, views = schema(db_url)
    assert set(TABLES) <= tables and "statements_view" in views
    assert set(counts(db_url).values()) == {0}

    again = run("ingest", str(SAMPLES), ok=True)
    assert "3 new, 0 duplicate, 0 failed" in again.stderr
    assert counts(db_url) == populated
    view = run("sql", "SELECT COUNT(*) AS n FROM statements_view", "--format", "csv", ok=True).stdout
    assert view.split() == ["n", str(populated["statements"])]
    # the round trip left no drift between the models and the migrated schema
    check = alembic(db_url, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_stepwise_downgrade_and_upgrade_keeps_the_data(run, db_url):
    run("ingest", str(SAMPLES), ok=True)
    before = counts(db_url)
    for rev, down_rev in revisions_newest_first()[:-1]:  # every step but the one that drops everything
        out = run("db", "downgrade", "-1", ok=True)
        assert out.stderr.strip() == f"database at revision {down_rev}"
        assert run("db", "current", ok=True).stdout.strip() == f"{down_rev} (behind head {HEAD})"
    oldest = schema(db_url)[0]
    assert run("db", "upgrade", ok=True).stderr.strip() == f"database at revision {HEAD}"
    # rows in the first revision's tables survive the round trip (SQLite batch mode copies them)
    kept = sorted(t for t in oldest if before.get(t))
    assert {"articles", "statements", "entities", "aliases"} <= set(kept)
    assert counts(db_url, kept) == {t: before[t] for t in kept}
    # ... and are still the same articles: the content hash finds every one
    again = run("ingest", str(SAMPLES), ok=True)
    assert "0 new, 3 duplicate" in again.stderr
    assert counts(db_url) == before


def test_alembic_cli_migrates_and_check_is_clean_and_can_fail(run, db_url):
    up = alembic(db_url, "upgrade", "head")
    assert up.returncode == 0, up.stderr
    # the alembic CLI and tracker see the same database and the same head
    assert run("db", "current", ok=True).stdout.strip() == f"{HEAD} (head)"
    check = alembic(db_url, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No new upgrade operations detected" in check.stdout + check.stderr
    # the check is not vacuous: a database behind head fails it
    run("db", "downgrade", "-1", ok=True)
    behind = alembic(db_url, "check")
    assert behind.returncode != 0
    assert "not up to date" in behind.stdout + behind.stderr


def test_db_history_lists_every_revision_newest_first():
    lines = tracker("sqlite://", "db", "history", ok=True).stdout.strip().splitlines()  # needs no database
    revs = revisions_newest_first()
    assert len(lines) == len(revs) >= 2
    for line, (rev, down) in zip(lines, revs):
        assert line.startswith(f"{down or 'base'} -> {rev}  "), line
        assert line.split("  ", 1)[1].strip(), f"revision {rev} has no description"
    assert lines[-1].startswith("base -> ")


def test_the_pinned_schema_head_is_alembics_head():
    # ensure_schema trusts SCHEMA_HEAD without loading Alembic: a new migration must move it
    from tracker.store.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == revisions_newest_first()[0][0]


def test_db_current_upgrade_downgrade_outputs(run):
    assert run("db", "current", ok=True).stdout.strip() == "none (empty)"
    up = run("db", "upgrade", ok=True)
    assert up.stdout == "" and up.stderr.strip() == f"database at revision {HEAD}"
    assert run("db", "current", ok=True).stdout.strip() == f"{HEAD} (head)"
    # the help's own example, `tracker db downgrade -1`, works as written
    down = run("db", "downgrade", "-1", ok=True)
    assert down.stdout == "" and down.stderr.strip() == f"database at revision {BEFORE_HEAD}"
    assert run("db", "current", ok=True).stdout.strip() == f"{BEFORE_HEAD} (behind head {HEAD})"
    assert run("db", "upgrade", HEAD, ok=True).stderr.strip() == f"database at revision {HEAD}"


def test_bad_revisions_are_one_line_and_change_nothing(run):
    run("db", "upgrade", ok=True)
    for args in (("db", "downgrade", "no-such-rev"), ("db", "upgrade", "no-such-rev"), ("db", "downgrade", "-99")):
        res = run(*args)
        assert res.exit_code == 1, (args, res.stderr)
        assert args[-1] in one_line_error(res)
    assert run("db", "current", ok=True).stdout.strip() == f"{HEAD} (head)"


def test_database_at_older_revision_is_not_touched(run, db_url, tmp_path):
    run("ingest", str(SAMPLES), ok=True)
    run("db", "downgrade", "-1", ok=True)
    tables = schema(db_url)[0]
    before = counts(db_url, sorted(t for t in TABLES if t in tables))
    extra = tmp_path / "extra.txt"
    extra.write_text((SAMPLES / "harbor-city-budget.txt").read_text().replace("on Friday", "on Monday"))
    for args in [("ingest", str(extra)), ("statements", "--format", "jsonl"), ("export", "statements"),
                 ("sql", "SELECT COUNT(*) FROM statements"), ("report", "speakers")]:
        res = run(*args)
        assert res.exit_code == 3, (args, res.exit_code, res.stderr)
        err = one_line_error(res)
        assert "run `tracker db upgrade`" in err and f"revision {BEFORE_HEAD}" in err, err
        assert res.stdout == "", args
    assert schema(db_url)[0] == tables  # not migrated behind the user's back
    assert counts(db_url, list(before)) == before
    # after the upgrade the same commands work again
    run("db", "upgrade", ok=True)
    assert "1 new" in run("ingest", str(extra), ok=True).stderr


def test_database_at_unknown_newer_revision_is_refused(run, db_url):
    run("db", "upgrade", ok=True)
    execute(db_url, "UPDATE alembic_version SET version_num = 'fffffffffff9'")
    res = run("statements")
    assert res.exit_code == 3
    err = one_line_error(res)
    assert "fffffffffff9" in err and "does not know" in err


def test_foreign_database_is_left_alone(run, db_url):
    execute(db_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    res = run("ingest", str(SAMPLES))
    assert res.exit_code == 3
    assert "no tracker schema revision" in one_line_error(res)
    assert schema(db_url)[0] == {"notes"}


def test_new_default_sqlite_database_is_created_and_migrated_on_first_use(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db_file = tmp_path / "data" / "tracker.db"
    assert tracker(None, "db", "url", ok=True).stdout.strip() == "sqlite:///data/tracker.db"
    first = tracker(None, "statements", "--format", "jsonl", ok=True)  # a read is a first use too
    assert first.stdout == ""
    url = f"sqlite:///{db_file}"
    tables, views = schema(url)
    assert set(TABLES) <= tables and "statements_view" in views
    assert tracker(None, "db", "current", ok=True).stdout.strip() == f"{HEAD} (head)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_default_database_as_a_user_runs_it(tmp_path):
    """The README's first command, as a process: no --db, no TRACKER_DATABASE_URL."""
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DATABASE_URL"}
    proc = subprocess.run([sys.executable, "-m", "tracker", "ingest", str(SAMPLES)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "3 new" in proc.stderr and proc.stdout == ""
    url = f"sqlite:///{tmp_path / 'data' / 'tracker.db'}"
    assert counts(url)["articles"] == 3
    assert tracker(url, "db", "current", ok=True).stdout.strip() == f"{HEAD} (head)"
