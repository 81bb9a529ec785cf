"""Shared fixtures: real databases (a SQLite file per test, or a fresh PostgreSQL database
per test when TRACKER_TEST_DATABASE_URL is set), a real `tracker` subprocess (`cli`) and the
same command run in this process (`run`)."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PG_URL = os.environ.get("TRACKER_TEST_DATABASE_URL")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "db_independent: touches no database under test (extraction, resolution, the "
                                       "quality gate, whose scorer always uses its own SQLite file)")


def pytest_collection_modifyitems(config, items) -> None:
    # the PostgreSQL pass repeats what depends on the database; the rest has run in the SQLite pass
    if not PG_URL:
        return
    skip = pytest.mark.skip(reason="touches no database under test: runs in the SQLite pass")
    for item in items:
        if item.get_closest_marker("db_independent"):
            item.add_marker(skip)


def _pg_admin():
    url = make_url(PG_URL)
    return create_engine(url, isolation_level="AUTOCOMMIT"), url


@contextmanager
def fresh_database(folder: Path) -> Iterator[str]:
    """A URL to a new, empty database of the kind this run tests: a SQLite file in folder,
    or a PostgreSQL database of its own, dropped afterwards."""
    if not PG_URL:
        yield f"sqlite:///{folder / 'tracker.db'}"
        return
    admin, url = _pg_admin()
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
            ), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path):
    """A URL to an empty database of the kind this run tests (SQLite or PostgreSQL)."""
    with fresh_database(tmp_path) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Always SQLite, for behaviour that is about the embedded default itself."""
    return f"sqlite:///{tmp_path / 'tracker.db'}"


class CLI:
    """Runs `python -m tracker` as a user would, against one database."""

    def __init__(self, url: str, cwd: Path):
        self.url = url
        self.cwd = cwd

    def __call__(self, *args: str, input: str | None = None, check: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "TRACKER_DATABASE_URL": self.url, "COLUMNS": "200", **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "tracker", *args], cwd=self.cwd, env=full_env,
            input=input, capture_output=True, text=True, timeout=300,
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"tracker {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
        return proc


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> CLI:
    return CLI(db_url, tmp_path)


def count_rows(url: str, table: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


def invoke(url: str, *args: str, input: str | None = None, ok: bool = False, env: dict | None = None):
    """`tracker ARGS` in this process, through the real Typer app, as test_cli_basics.tracker
    does: stdout and stderr apart (.stdout, .stderr, .exit_code), no interpreter start-up
    (a subprocess spends ~1.3 s importing). A crash re-raises, as a user would see a traceback;
    ok=True asserts exit status 0.

    Every engine the command opened is disposed afterwards: a process closes its connections
    when it exits, and here a pooled one would otherwise outlive the call (and hold a
    PostgreSQL test database open, or leak into the next test)."""
    from typer.testing import CliRunner

    from tracker.cli import app  # here, not at the top: a broken CLI fails its tests, not every module

    # click < 8.2 mixes stderr into stdout unless told not to; 8.2+ always keeps them apart
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters else CliRunner()

    opened: list[Engine] = []

    def seen(conn) -> None:
        opened.append(conn.engine)

    event.listen(Engine, "engine_connect", seen)
    try:
        res = runner.invoke(app, list(args), input=input,
                            env={"TRACKER_DATABASE_URL": url, "COLUMNS": "200", **(env or {})})
    finally:
        event.remove(Engine, "engine_connect", seen)
        for engine in {id(e): e for e in opened}.values():
            engine.dispose()
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    if ok:
        assert res.exit_code == 0, f"tracker {' '.join(args)} exited {res.exit_code}: {res.stderr}"
    return res


@pytest.fixture
def run(db_url: str, tmp_path: Path, monkeypatch):
    """`run("statements", "--limit", "0", ok=True)`: invoke() against this test's database,
    from tmp_path as `cli` runs (a stray relative path lands there, not in the checkout)."""
    monkeypatch.chdir(tmp_path)
    return lambda *args, **kw: invoke(db_url, *args, **kw)
