"""The command line's contract: --help with an example everywhere, data on stdout and
messages on stderr, one line per bad input, honest exit codes, idempotent re-ingest.

Most commands run in-process through the real Typer app (CliRunner keeps stdout and
stderr apart and is ~50x cheaper than a subprocess); a few run as real processes to
check what a shell sees (no traceback, the exit status)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from conftest import SAMPLES, fresh_database, invoke
from tracker.cli import app
from tracker.store.models import metadata

UNREACHABLE = "postgresql+psycopg://postgres:hunter2@127.0.0.1:1/x"


# the in-process runner shared by the suite (engines disposed after each call)
tracker = invoke


@pytest.fixture
def run(db_url):
    return lambda *args, **kw: tracker(db_url, *args, **kw)


@pytest.fixture(scope="module")
def shared_url(tmp_path_factory):
    """One migrated database for the tests that only read (a PostgreSQL database per test
    costs a CREATE DATABASE and a migration each)."""
    with fresh_database(tmp_path_factory.mktemp("shared")) as url:
        tracker(url, "db", "upgrade", ok=True)
        yield url


def process(url: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TRACKER_DATABASE_URL": url, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in sorted(metadata.tables)}
    finally:
        engine.dispose()


def one_line_error(res) -> str:
    err = res.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: "), res.stderr
    assert "Traceback" not in res.stderr
    return err


# --help ----------------------------------------------------------------------------

def command_paths(group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], bool]]:
    """Every registered command and group, walked from the Typer app: (path, is_group)."""
    found = []
    for name, cmd in sorted(group.commands.items()):
        path = prefix + (name,)
        is_group = hasattr(cmd, "commands")  # Typer may vendor its own click: no isinstance
        found.append((path, is_group))
        if is_group:
            found += command_paths(cmd, path)
    return found


COMMANDS = command_paths(typer.main.get_command(app))


def test_the_command_walk_finds_the_documented_commands():
    paths = {" ".join(p) for p, _ in COMMANDS}
    assert {"ingest", "extract", "statements", "export", "sql", "report", "report speakers",
            "db", "db upgrade", "db downgrade", "db current", "db history"} <= paths


@pytest.mark.parametrize("path", [p for p, is_group in COMMANDS if not is_group], ids=" ".join)
def test_every_command_help_has_an_example(path):
    res = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Usage:" in res.stdout
    example = re.compile(rf"^\s*Example:\s+tracker {re.escape(' '.join(path))}(\s|$)", re.M)
    assert example.search(res.stdout), f"`tracker {' '.join(path)} --help` shows no 'Example: tracker {' '.join(path)} ...' line"


@pytest.mark.parametrize("path", [()] + [p for p, is_group in COMMANDS if is_group], ids=lambda p: " ".join(p) or "tracker")
def test_every_group_help_lists_its_commands(path):
    res = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    children = [p[-1] for p, _ in COMMANDS if p[:-1] == path]
    assert children and all(re.search(rf"^\s+{re.escape(c)}\s", res.stdout, re.M) for c in children), res.stdout


def test_help_as_a_process(tmp_path, sqlite_url):
    proc = process(sqlite_url, "--help", cwd=tmp_path)
    assert proc.returncode == 0 and "ingest" in proc.stdout and proc.stderr == ""
    assert list(tmp_path.iterdir()) == []  # asking for help creates no database
    version = tracker(sqlite_url, "--version", ok=True)
    assert re.fullmatch(r"tracker \d+\.\d+\.\d+\S*\n", version.stdout)


# stdout / stderr ---------------------------------------------------------------------

def test_data_on_stdout_messages_on_stderr(run, tmp_path):
    ingest = run("ingest", str(SAMPLES), ok=True)
    assert ingest.stdout == ""
    assert re.search(r"3 new, 0 duplicate, 0 failed; \d+ statements", ingest.stderr)

    out = run("statements", "--format", "jsonl", "--limit", "0", ok=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) > 10 and all({"speaker", "quote", "kind"} <= set(r) for r in rows)
    assert out.stderr == ""

    csv_out = run("statements", "--format", "csv", "--limit", "0", ok=True)
    assert len(csv_out.stdout.splitlines()) >= len(rows) + 1 and csv_out.stderr == ""

    exported = run("export", "statements", "--format", "jsonl", ok=True)
    assert exported.stderr == "" and len(exported.stdout.splitlines()) == len(rows)
    target = tmp_path / "out.jsonl"
    to_file = run("export", "statements", "--format", "jsonl", "-o", str(target), ok=True)
    assert to_file.stdout == "" and str(target) in to_file.stderr
    assert target.read_text(encoding="utf-8") == exported.stdout


# bad inputs to ingest ----------------------------------------------------------------

def bad_input_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    for sample in SAMPLES.iterdir():
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nested" / "blank.txt").write_text("  \n\n\t\n")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "nested" / "nav.html").write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    bad = {"empty.txt": "empty", "blank.txt": "empty", "photo.txt": "binary", "nav.html": "no article text"}
    return folder, bad


def test_ingest_reports_each_bad_file_and_stores_the_good_ones(run, db_url, tmp_path):
    folder, bad = bad_input_folder(tmp_path)
    missing = tmp_path / "no-such-article.txt"
    res = run("ingest", str(folder), str(missing))
    assert res.exit_code == 1
    assert res.stdout == "" and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    for name, reason in {**bad, missing.name: "no such file"}.items():
        mine = [line for line in lines if name in line]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0].lower(), mine[0]
    assert re.search(r"\b3 new\b.*\b5 failed\b", res.stderr), res.stderr
    # one line per bad file, plus the summary: nothing else
    assert len(lines) == len(bad) + 2, lines
    assert counts(db_url)["articles"] == 3


def test_ingest_single_bad_inputs(run, db_url, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "data.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    for path in (tmp_path / "missing.txt", empty, binary, tmp_path / "missing-dir/"):
        res = run("ingest", str(path))
        assert res.exit_code == 1, path
        failed = [line for line in res.stderr.splitlines() if path.name in line]
        assert len(failed) == 1 and "Traceback" not in res.stderr, res.stderr
    assert counts(db_url)["articles"] == 0


def test_bad_inputs_and_data_as_a_process(sqlite_url, tmp_path):
    """What a shell sees: exit status, no traceback, nothing but data on stdout."""
    folder, bad = bad_input_folder(tmp_path)
    proc = process(sqlite_url, "ingest", str(folder), cwd=tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert all(sum(name in line for line in proc.stderr.splitlines()) == 1 for name in bad), proc.stderr
    assert "3 new" in proc.stderr
    proc = process(sqlite_url, "statements", "--format", "jsonl", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) > 10 and all(isinstance(r, dict) and r["quote"] for r in rows)


def test_stdin_article_with_overrides(run, db_url):
    body = (SAMPLES / "harbor-city-budget.txt").read_text(encoding="utf-8")
    res = run("ingest", "-", "--outlet", "Harbor Herald", "--published", "2026-02-06", "--title", "Veto", input=body, ok=True)
    assert "1 new" in res.stderr
    [article] = [json.loads(line) for line in run("export", "articles", "--format", "jsonl", ok=True).stdout.splitlines()]
    assert (article["outlet"], article["title"], article["published"][:10]) == ("Harbor Herald", "Veto", "2026-02-06")
    # the same text again, from a file: the content hash knows it
    assert "0 new, 1 duplicate" in run("ingest", str(SAMPLES / "harbor-city-budget.txt"), ok=True).stderr


# idempotent re-ingest ------------------------------------------------------------------

def test_reingesting_the_same_files_changes_no_row_count(run, db_url, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "copy-of-northwind.txt").write_bytes((SAMPLES / "northwind-pipeline.txt").read_bytes())
    (extra / "resaved.txt").write_text((SAMPLES / "harbor-city-budget.txt").read_text().replace("\n", "\r\n  "))
    first = run("ingest", str(SAMPLES), str(extra), ok=True)
    assert "3 new, 2 duplicate" in first.stderr
    before = counts(db_url)
    assert before["articles"] == 3 and before["statements"] > 10 and before["entities"] > 5
    for _ in range(2):
        again = run("ingest", str(SAMPLES), str(extra), ok=True)
        assert "0 new, 5 duplicate, 0 failed" in again.stderr
    after = counts(db_url)
    # ingest_log is the ledger of runs: it records each run's outcomes, and only those
    assert {t: n for t, n in after.items() if t != "ingest_log"} == {t: n for t, n in before.items() if t != "ingest_log"}
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT COUNT(*) FROM ingest_log WHERE status = 'stored'")).scalar_one()
    finally:
        engine.dispose()
    assert stored == 3


# domain errors -------------------------------------------------------------------------

@pytest.mark.parametrize("args, needle", [
    (("statements", "--kind", "quote"), "--kind"),
    (("statements", "--kind", "[/x]"), "--kind"),  # user input in a message is not Rich markup
    (("statements", "--kind", "[bold]loud"), "--kind"),
    (("export", "statements", "--kind", "quote"), "--kind"),
    (("report", "speakers", "--kind", "quote"), "--kind"),
    (("statements", "--since", "the day after never"), "--since"),
    (("statements", "--until", "2026-13-45"), "--until"),
    (("export", "statements", "--since", "whenever"), "--since"),
    (("export", "statements", "--format", "xml"), "--format"),
    (("report", "speakers", "--freq", "fortnightly"), "--freq"),
    (("sql", "SELECT 1", "--param", "novalue"), "--param"),
])
def test_bad_options_are_one_line_errors(shared_url, args, needle):
    res = tracker(shared_url, *args)
    assert res.exit_code == 1, (args, res.exit_code, res.stderr)
    err = one_line_error(res)
    assert needle in err and args[args.index(needle) + 1] in err, err
    assert res.stdout == ""


@pytest.mark.parametrize("args", [
    ("statements",), ("ingest", str(SAMPLES)), ("sql", "SELECT 1"), ("export", "entities"),
    ("report", "speakers"), ("db", "current"), ("db", "upgrade"), ("db", "downgrade", "base"),
])
def test_unreachable_postgres_is_one_line(args):
    res = tracker(UNREACHABLE, *args)
    assert res.exit_code == 1, (args, res.exit_code, res.stderr)
    err = one_line_error(res)
    assert "cannot open database" in err and "127.0.0.1:1" in err and "refused" in err.lower(), err
    assert "hunter2" not in res.stderr


def test_unreachable_postgres_as_a_process(tmp_path):
    proc = process(UNREACHABLE, "statements", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("error: cannot open database ") and len(proc.stderr.strip().splitlines()) == 1
    assert "hunter2" not in proc.stderr


def test_db_option_wins_over_the_environment(tmp_path):
    res = tracker("sqlite:////nowhere/env.db", "db", "url", "--db", str(tmp_path / "given.db"), ok=True)
    assert res.stdout.strip() == f"sqlite:///{tmp_path / 'given.db'}"
    assert tracker(UNREACHABLE, "db", "url", ok=True).stdout.strip() == UNREACHABLE.replace("hunter2", "***")


def test_table_output_shows_brackets_as_written(shared_url):
    """Quotes carry editorial brackets ("[inaudible]", "[sic]"); a table must not read them as markup."""
    res = tracker(shared_url, "sql", "SELECT '[inaudible] we agree [sic]' AS quote, '[/x]' AS \"[/col]\"", ok=True)
    for literal in ("[inaudible] we agree [sic]", "[/x]", "[/col]"):
        assert literal in res.stdout
