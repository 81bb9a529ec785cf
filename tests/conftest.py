"""Shared fixtures: real databases (a SQLite file per test, or a fresh PostgreSQL database
per test when TRACKER_TEST_DATABASE_URL is set) and a real `tracker` subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PG_URL = os.environ.get("TRACKER_TEST_DATABASE_URL")


def _pg_admin():
    url = make_url(PG_URL)
    return create_engine(url, isolation_level="AUTOCOMMIT"), url


@pytest.fixture
def db_url(tmp_path: Path):
    """A URL to an empty database of the kind this run tests (SQLite or PostgreSQL)."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
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
