"""Where the database lives: --db, then TRACKER_DATABASE_URL, then data/tracker.db."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SQLITE_PATH = Path("data") / "tracker.db"
ENV_VAR = "TRACKER_DATABASE_URL"


def database_url(explicit: str | None = None) -> str:
    url = explicit or os.environ.get(ENV_VAR)
    if url:
        return normalise_url(url)
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"


def normalise_url(url: str) -> str:
    """Accept a bare file path as shorthand for a SQLite URL, and plain postgres URLs."""
    if "://" not in url:
        # "--db=~/news.db" reaches us unexpanded: the shell expands ~ only at a word's start
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path)
