"""tracker sql edge cases: odd file names, ':name' inside literals, superuser warning."""

import pytest

from conftest import PG_URL, SAMPLES, invoke


def test_sqlite_path_with_hash_and_question_mark(tmp_path):
    folder = tmp_path / "news#2026?"
    folder.mkdir()
    url = f"sqlite:///{folder / 'tracker.db'}"
    invoke(url, "ingest", str(SAMPLES), ok=True)
    res = invoke(url, "sql", "SELECT COUNT(*) AS n FROM statements", "--format", "csv", ok=True)
    assert res.stdout.splitlines()[1] != "0"


def test_colon_words_inside_string_literals_are_not_parameters(db_url):
    invoke(db_url, "db", "upgrade", ok=True)
    res = invoke(db_url, "sql", "SELECT ':name' AS x, :v AS y", "--param", "v=1", "--format", "csv", ok=True)
    assert res.stdout.splitlines()[1].split(",")[0] == ":name"


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL only")
def test_superuser_connection_is_warned_about(db_url):
    invoke(db_url, "db", "upgrade", ok=True)
    res = invoke(db_url, "sql", "SELECT 1 AS one", "--format", "csv", ok=True)
    assert "superuser" in res.stderr and res.stdout.splitlines() == ["one", "1"]
