"""Where the database lives: --db, then TRACKER_DATABASE_URL, then data/tracker.db."""

from pathlib import Path

import pytest

from tracker.config import ENV_VAR, database_url, normalise_url, sqlite_path
from tracker.store.db import _redact


def test_default_is_data_tracker_db_relative_to_cwd(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    url = database_url()
    assert url == "sqlite:///data/tracker.db"
    assert sqlite_path(url) == Path("data/tracker.db")


def test_explicit_url_beats_env_and_env_beats_default(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "postgresql+psycopg://u@h/env")
    assert database_url() == "postgresql+psycopg://u@h/env"
    assert database_url("sqlite:////tmp/explicit.db") == "sqlite:////tmp/explicit.db"


def test_empty_env_var_falls_back_to_default(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "")
    assert database_url() == "sqlite:///data/tracker.db"


@pytest.mark.parametrize("given, expected", [
    ("news.db", "sqlite:///news.db"),
    ("/srv/news.db", "sqlite:////srv/news.db"),
    ("postgres://u@h:5432/news", "postgresql+psycopg://u@h:5432/news"),
    ("postgresql://u@h/news", "postgresql+psycopg://u@h/news"),
    ("postgresql+psycopg://u@h/news", "postgresql+psycopg://u@h/news"),
    ("sqlite:///rel.db", "sqlite:///rel.db"),
])
def test_normalise_url(given, expected):
    assert normalise_url(given) == expected


def test_bare_path_with_tilde_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert normalise_url("~/news.db") == f"sqlite:///{tmp_path / 'news.db'}"


@pytest.mark.parametrize("url, expected", [
    ("sqlite:///data/tracker.db", Path("data/tracker.db")),
    ("sqlite:////abs/t.db", Path("/abs/t.db")),
    ("sqlite:///t.db?timeout=5", Path("t.db")),
    ("sqlite+pysqlite:///t.db", Path("t.db")),
    ("sqlite://", None),
    ("sqlite:///:memory:", None),
    ("postgresql+psycopg://u@h/db", None),
])
def test_sqlite_path(url, expected):
    assert sqlite_path(url) == expected


@pytest.mark.parametrize("url, shown", [
    ("postgresql+psycopg://alice:s3cret@db.example:5432/news", "postgresql+psycopg://alice:***@db.example:5432/news"),
    ("postgresql+psycopg://alice:p@ss@db/news", "postgresql+psycopg://alice:***@db/news"),
    ("postgresql+psycopg://postgres@127.0.0.1:1/x", "postgresql+psycopg://postgres@127.0.0.1:1/x"),
    ("sqlite:////tmp/a@b/t.db", "sqlite:////tmp/a@b/t.db"),
])
def test_passwords_never_reach_messages(url, shown):
    assert _redact(url) == shown
