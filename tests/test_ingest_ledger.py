"""The ledger loses nothing: a row per input item, --retry-failed, and a run killed mid-way
(a real SIGKILL, a real Ctrl-C) that the same command then completes exactly."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from conftest import CLI

FIRST = ["Maria", "Daniel", "Ana", "Tomas", "Elena", "Peter", "Ines", "Karl", "Lena", "Jonas", "Ruth", "Omar"]
LAST = ["Okafor", "Reyes", "Costa", "Lindqvist", "Brandt", "Nwosu", "Carvalho", "Weiss", "Sorensen", "Adeyemi"]
ORGS = ["Harbour Port Authority", "Lakeport Water Authority", "Northwind Energy", "Baltic Lift Systems",
        "Quay Traders Association", "Eastside Tenants Union", "Valley Rail", "Crumb and Co"]
ROLES = ["chief executive", "spokesperson", "chair", "finance director", "head of operations"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ACTS = [("raise its prices", "The costs have gone up for everyone"),
        ("cut 40 jobs", "We did not take this decision lightly"),
        ("open a new depot", "This is about being closer to our customers"),
        ("delay the project", "Safety comes before speed"),
        ("freeze fares", "Nobody should have to choose between heating and travel")]
PLACES = ["the harbour", "the old town", "Eastside", "the valley", "the airport", "the north quay"]


def synthetic_articles(n: int, seed: int = 7) -> list[dict]:
    """Short news stories in the wire style, all different (their figures and places differ)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        org, (act, quote) = rng.choice(ORGS), rng.choice(ACTS)
        person, role = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)
        pct, amount, place = rng.randint(2, 40), rng.randint(2, 900), rng.choice(PLACES)
        text_ = (
            f"{org} said on {rng.choice(DAYS)} it would {act} near {place}, a move affecting about "
            f"{amount * 10 + i} customers, after costs rose {pct} percent last year.\n\n"
            f"\"{quote},\" said {person}, the company's {role}. \"We expect to say more in {rng.choice(DAYS)}'s report.\"\n\n"
            f"Analysts said the plan, number {i} this year, would cost {amount} million euros."
        )
        out.append({"id": f"syn-{i}", "title": f"{org} to {act} ({i})", "published": f"2026-0{1 + i % 9}-1{i % 10}T0{i % 10}:00:00Z",
                    "outlet": rng.choice(["Harbour Wire", "Lakeport Ledger", "Valley Times"]), "text": text_})
    return out


def q(url: str, sql: str) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql)).mappings()]
    finally:
        engine.dispose()


def content(url: str) -> dict:
    """What a database holds, independent of ids: per article text, its statements, its group."""
    arts = q(url, "SELECT a.id, a.content_hash, a.copy_of, (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) AS n FROM articles a")
    by_id = {a["id"]: a["content_hash"] for a in arts}
    return {
        "articles": {a["content_hash"]: (a["n"], by_id.get(a["copy_of"])) for a in arts},
        "statements": sorted((r["content_hash"], r["quote_start"], r["quote_end"], r["kind"], r["key"] or "") for r in q(url,
            "SELECT a.content_hash, s.quote_start, s.quote_end, s.kind, e.key FROM statements s "
            "JOIN articles a ON a.id = s.article_id LEFT JOIN entities e ON e.id = s.speaker_id")),
        "entities": sorted(r["key"] for r in q(url, "SELECT key FROM entities")),
    }


def assert_no_half_articles(url: str) -> None:
    """Every stored article has its ledger row, with as many statements as the ledger says."""
    rows = q(url, "SELECT a.id, l.statements, (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) AS n "
                  "FROM articles a LEFT JOIN ingest_log l ON l.article_id = a.id AND l.status = 'stored'")
    assert rows and all(r["statements"] == r["n"] for r in rows), [r for r in rows if r["statements"] != r["n"]][:3]
    dangling = q(url, "SELECT COUNT(*) AS n FROM ingest_log l WHERE l.article_id IS NOT NULL "
                      "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)")
    assert dangling == [{"n": 0}]


def test_every_item_gets_a_ledger_row_with_its_run(cli, db_url, tmp_path):
    path = tmp_path / "mixed.jsonl"
    recs = synthetic_articles(3)
    path.write_text("\n".join([json.dumps(recs[0]), "{not json", json.dumps(recs[1]), json.dumps({"title": "empty", "text": ""}),
                               json.dumps(recs[0]), json.dumps(recs[2])]) + "\n", encoding="utf-8")
    res = cli("ingest", str(path))
    assert res.returncode == 1
    assert "3 new, 1 duplicate, 1 failed, 1 skipped" in res.stderr
    log = q(db_url, "SELECT run_id, source, fmt, status, article_id, statements FROM ingest_log ORDER BY id")
    assert [(r["source"].rsplit("#", 1)[1], r["status"]) for r in log] == [
        ("1", "stored"), ("2", "failed"), ("3", "stored"), ("4", "skipped"), ("5", "duplicate"), ("6", "stored")]
    assert len({r["run_id"] for r in log}) == 1 and {r["fmt"] for r in log} == {"jsonl"}
    assert log[4]["article_id"] == log[0]["article_id"]
    assert all(r["statements"] > 0 for r in log if r["status"] == "stored")
    cli("ingest", str(path))
    runs = q(db_url, "SELECT run_id, COUNT(*) AS n FROM ingest_log GROUP BY run_id")
    assert sorted(r["n"] for r in runs) == [6, 6]


def test_retry_failed_reruns_what_failed_after_it_is_fixed(cli, db_url, tmp_path):
    recs = synthetic_articles(4)
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text("\n".join([json.dumps(recs[0]), '{"title": "cut', json.dumps(recs[2])]) + "\n", encoding="utf-8")
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text('title,text\nOK,"' + recs[3]["text"].replace('"', "'") + '"\nBad,two,many,fields\n', encoding="utf-8")
    empty = tmp_path / "later.txt"
    empty.write_text("")
    res = cli("ingest", str(jsonl), str(csv_path), str(empty))
    assert res.returncode == 1 and "3 new, 0 duplicate, 3 failed" in res.stderr

    # the user fixes the inputs and retries only the failures
    jsonl.write_text("\n".join([json.dumps(recs[0]), json.dumps(recs[1]), json.dumps(recs[2])]) + "\n", encoding="utf-8")
    csv_path.write_text('title,text\nOK,"' + recs[3]["text"].replace('"', "'") + '"\nBad,"' + recs[1]["text"].replace('"', "'").replace("number", "no.") + '"\n', encoding="utf-8")
    empty.write_text(recs[0]["text"].replace("Analysts", "Economists"), encoding="utf-8")
    res = cli("ingest", "--retry-failed")
    assert res.returncode == 0, res.stderr
    assert "3 new, 0 duplicate, 0 failed" in res.stderr  # only the three that failed were read
    latest = q(db_url, "SELECT l.source, l.status FROM ingest_log l WHERE l.id = (SELECT MAX(id) FROM ingest_log m WHERE m.source = l.source)")
    assert {r["status"] for r in latest} == {"stored"} and len(latest) == 6
    again = cli("ingest", "--retry-failed")
    assert again.returncode == 0 and "0 new, 0 duplicate, 0 failed" in again.stderr


def test_retry_of_an_input_that_is_gone_says_so(cli, db_url, tmp_path):
    gone = tmp_path / "gone.jsonl"
    gone.write_text('{"text": \n', encoding="utf-8")
    assert cli("ingest", str(gone)).returncode == 1
    gone.unlink()
    res = cli("ingest", "--retry-failed")
    assert res.returncode == 1
    assert f"failed {gone}#1: cannot retry: the file is gone" in res.stderr


def test_retry_within_given_paths_only(cli, db_url, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("")
    (tmp_path / "b" / "y.txt").write_text("")
    cli("ingest", str(tmp_path / "a"), str(tmp_path / "b"))
    res = cli("ingest", "--retry-failed", str(tmp_path / "a"))
    assert "0 new, 0 duplicate, 1 failed" in res.stderr and "x.txt" in res.stderr and "y.txt" not in res.stderr
    assert cli("ingest").returncode == 2  # no paths and no --retry-failed


def _start(url: str, path: Path, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "TRACKER_DATABASE_URL": url}
    return subprocess.Popen([sys.executable, "-m", "tracker", "ingest", str(path), "--jobs", "2"], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_for_first_commit(url: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    engine = create_engine(url)
    try:
        while time.monotonic() < deadline:
            assert proc.poll() is None, f"the ingest finished before it could be interrupted: {proc.communicate()}"
            try:
                with engine.connect() as conn:
                    if conn.execute(text("SELECT COUNT(*) FROM ingest_log")).scalar_one() > 0:
                        return
            except Exception:  # the schema is not there yet
                pass
            time.sleep(0.02)
        raise AssertionError("no batch was committed in time")
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def big_input(tmp_path_factory) -> tuple[Path, dict]:
    """2,500 articles, and what a clean, uninterrupted run stores from them."""
    folder = tmp_path_factory.mktemp("big")
    path = folder / "stories.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in synthetic_articles(2500)), encoding="utf-8")
    ref_url = f"sqlite:///{folder / 'reference.db'}"
    CLI(ref_url, folder)("ingest", str(path), check=True)
    return path, content(ref_url)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_an_interrupted_run_is_completed_by_running_it_again(sig, big_input, db_url, tmp_path):
    path, reference = big_input
    proc = _start(db_url, path, tmp_path)
    try:
        _wait_for_first_commit(db_url, proc)
        os.killpg(proc.pid, sig)  # the whole process group, as a crash or a terminal's Ctrl-C does
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    if sig == signal.SIGINT:
        assert proc.returncode == 130, err
        assert "interrupted:" in err and "run the same command again" in err and "Traceback" not in err
    else:
        assert proc.returncode == -signal.SIGKILL
    stored = q(db_url, "SELECT COUNT(*) AS n FROM articles")[0]["n"]
    assert 0 < stored < len(reference["articles"])  # stopped mid-run
    assert_no_half_articles(db_url)

    res = CLI(db_url, tmp_path)("ingest", str(path))
    assert res.returncode == 0, res.stderr
    assert f"{len(reference['articles']) - stored} new, {stored} duplicate, 0 failed" in res.stderr
    assert content(db_url) == reference  # exact: same articles, statements, entities, groups
    assert_no_half_articles(db_url)
    latest = q(db_url, "SELECT COUNT(DISTINCT source) AS n FROM ingest_log")
    assert latest == [{"n": 2500}]


def test_a_row_the_database_refuses_loses_only_its_article(db_url):
    """The batch is written again with a savepoint per article, and only that one fails."""
    from tracker.extract.types import RawStatement
    from tracker.ingest.document import Document
    from tracker.ingest.simhash import simhash
    from tracker.pipeline import analyse
    from tracker.resolve.article import ResolvedArticle, ResolvedStatement
    from tracker.store.db import ensure_schema
    from tracker.store.writer import BatchWriter, Item

    recs = synthetic_articles(3, seed=11)
    docs = [Document(source=f"batch#{i}", text=r["text"], outlet=r["outlet"]) for i, r in enumerate(recs, 1)]
    items = [Item(d.source, "jsonl", doc=d, resolved=analyse(d), simhash=simhash(d.text)) for d in docs]
    broken = items[1].resolved
    # a statement without a quote: NOT NULL on statements.quote refuses it, in the middle of the batch
    items[1].resolved = ResolvedArticle(
        statements=broken.statements + [ResolvedStatement(RawStatement(None, 0, 1, "direct", "said", "x"), None, [])],
        entities=broken.entities, affiliations=broken.affiliations)
    engine = ensure_schema(db_url)
    try:
        outcomes = BatchWriter(engine, "run-1").flush_items(items)
    finally:
        engine.dispose()
    assert [o.status for o in outcomes] == ["stored", "failed", "stored"]
    assert outcomes[1].reason.startswith("not stored: ") and "quote" in outcomes[1].reason.lower()
    assert q(db_url, "SELECT source FROM articles ORDER BY id") == [{"source": "batch#1"}, {"source": "batch#3"}]
    assert [r["status"] for r in q(db_url, "SELECT status FROM ingest_log ORDER BY id")] == ["stored", "failed", "stored"]
    assert_no_half_articles(db_url)


def test_ctrl_c_inside_a_database_round_trip_is_an_interruption():
    """psycopg refuses the rollback after a KeyboardInterrupt mid-query; that is still Ctrl-C."""
    from sqlalchemy.exc import ProgrammingError

    from tracker.pipeline import _by_ctrl_c

    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise ProgrammingError("SET autocommit", {}, Exception("can't change 'autocommit' now"))
    except ProgrammingError as exc:
        assert _by_ctrl_c(exc)
    assert not _by_ctrl_c(ProgrammingError("SELECT 1", {}, Exception("syntax error")))


def test_ctrl_c_while_a_driver_command_is_in_flight_leaves_no_traceback_and_no_rows(db_url, monkeypatch, caplog):
    """Ctrl-C can land between sending a query and reading its answer. A ROLLBACK sent then is
    refused ("another command is already in progress") and the pool logs a traceback to stderr;
    the batch must instead end quietly, with nothing stored and the database usable."""
    import logging

    from tracker.ingest.document import Document
    from tracker.ingest.simhash import simhash
    from tracker.pipeline import analyse
    from tracker.store.db import ensure_schema
    from tracker.store.writer import ArticleWriter, BatchWriter, Item

    recs = synthetic_articles(2, seed=5)
    docs = [Document(source=f"cc#{i}", text=r["text"], outlet=r["outlet"]) for i, r in enumerate(recs, 1)]
    items = [Item(d.source, "jsonl", doc=d, resolved=analyse(d), simhash=simhash(d.text)) for d in docs]
    engine = ensure_schema(db_url)
    real_begin = ArticleWriter.begin_batch

    def interrupted(self, conn, refs):
        driver = conn.connection.driver_connection
        if hasattr(driver, "pgconn"):  # psycopg: leave a command in flight, as a signal mid-query does
            driver.pgconn.send_query(b"SELECT pg_sleep(0.2)")
        else:
            conn.exec_driver_sql("SELECT 1")
        raise KeyboardInterrupt

    caplog.set_level(logging.ERROR, logger="sqlalchemy")
    monkeypatch.setattr(ArticleWriter, "begin_batch", interrupted)
    writer = BatchWriter(engine)
    with pytest.raises(KeyboardInterrupt):
        writer.flush_items(items[:1])
    assert not [r for r in caplog.records if r.exc_info], caplog.text
    monkeypatch.setattr(ArticleWriter, "begin_batch", real_begin)
    assert [o.status for o in writer.flush_items(items)] == ["stored", "stored"]
    engine.dispose()
    assert [r["source"] for r in q(db_url, "SELECT source FROM articles ORDER BY id")] == ["cc#1", "cc#2"]
    assert_no_half_articles(db_url)
