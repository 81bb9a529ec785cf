"""The bad-input catalogue: each bad input gets one line naming it and the reason, a ledger
row, and leaves the database as it was; the run goes on; the exit code says it failed."""

from __future__ import annotations

import gzip
import json

import pytest
from sqlalchemy import create_engine, text

from conftest import CLI

GOOD = (
    "Harbour council approves budget\n\n"
    "The harbour city council voted 7-2 on Tuesday to approve next year's budget, the mayor said in a "
    "statement to reporters after the meeting.\n\n"
    "\"This is a good day for the city,\" said Mayor Elena Brandt. \"We kept the libraries open.\"\n"
)
ARTICLE = (
    "The transit board froze tram fares for a second year on Monday, citing a hard winter for riders. "
    "\"Nobody should have to choose between heating and getting to work,\" said board chair Ana Costa."
)
STATE_TABLES = ("articles", "statements", "statement_about", "entities", "aliases", "affiliations", "outlets")


def snapshot(url: str) -> dict:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            state = {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in STATE_TABLES}
            state["hashes"] = sorted(r[0] for r in conn.execute(text("SELECT content_hash FROM articles")))
            return state
    finally:
        engine.dispose()


def ledger_rows(url: str, run_filter: str = "") -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(
                "SELECT source, fmt, status, reason, article_id FROM ingest_log ORDER BY id")).mappings()]
    finally:
        engine.dispose()


def _warc_truncated() -> bytes:
    from test_ingest_formats import CAFE_PAGE, warc_bytes

    data = warc_bytes([("https://quaynews.example/cafe-fees", CAFE_PAGE.encode("utf-8"), "text/html", "200 OK")], compress=False)
    return data[:-150]


def _big_text() -> bytes:
    line = b"The council voted on Tuesday to approve the budget, the mayor said in a statement to reporters.\n"
    return line * (33 * 1024 * 1024 // len(line) + 1)


# name, content, [(source suffix, reason fragment)] for every failed item it must produce
CASES = {
    "empty": ("empty.txt", b"", [("", "empty file")]),
    "whitespace only": ("blank.txt", b"  \n\n\t \n", [("", "empty file")]),
    "binary": ("scan.txt", bytes(range(256)) * 40, [("", "binary file, not text")]),
    "image with a text name": ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20, [("", "binary file")]),
    "truncated gzip": ("story.txt.gz", gzip.compress(GOOD.encode() * 50)[:120], [("", "truncated or corrupt compressed data")]),
    "truncated WARC record": ("crawl.warc", None, [("#https://quaynews.example/cafe-fees", "truncated WARC record")]),
    "huge file": ("dump.txt", None, [("", "file too large for one article")]),
    "HTML without an article": ("index.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", [("", "no article text")]),
    "furniture only": ("page.txt", b"Share\nSubscribe\n\nLatest stories\nBridge closes\nStorm hits coast\n", [("", "no article text")]),
    "malformed XML feed": ("news.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title', [("", "malformed XML feed")]),
    "not a feed": ("news.xml", b'<?xml version="1.0"?><catalog><book id="1"><title>X</title></book></catalog>', [("", "not an RSS or Atom feed")]),
    "CSV without a text column": ("export.csv", b"headline,date\nA,2026-01-01\n", [("", "no text column")]),
    "CSV rows with missing and extra columns": (
        "rows.csv",
        b'title,text,date\nShort row,"' + ARTICLE.replace('"', "'").encode() + b'"\n'
        b"Long row," + ARTICLE.replace('"', "'").encode() + b",2026-01-02\n",
        [("#1", "2 fields where the header has 3: missing columns"),
         ("#2", "extra (an unquoted delimiter?) columns")],
    ),
    "JSONL with broken lines": (
        "broken.jsonl",
        b'{"title": "A", "text": "unterminated\n[1, 2, 3]\n{"title": "no text here"}\n\n"just a string"\n',
        [("#1", "invalid JSON"), ("#2", "not a JSON object but list"), ("#3", "no text column"),
         ("#5", "not a JSON object but str")],
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_bad_input_is_reported_recorded_and_changes_nothing(case, db_url, tmp_path):
    name, content, expected = CASES[case]
    if name == "crawl.warc":
        content = _warc_truncated()
    elif name == "dump.txt":
        content = _big_text()
    cli = CLI(db_url, tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    cli("ingest", str(good), check=True)
    before = snapshot(db_url)
    log_before = len(ledger_rows(db_url))

    bad = tmp_path / name
    bad.write_bytes(content)
    res = cli("ingest", str(bad))

    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    lines = [l for l in res.stderr.splitlines() if l.startswith("failed ")]
    assert len(lines) == len(expected), res.stderr
    new_rows = ledger_rows(db_url)[log_before:]
    failed = [r for r in new_rows if r["status"] == "failed"]
    assert len(failed) == len(expected), new_rows
    for line, row, (suffix, reason) in zip(lines, failed, expected):
        source = f"{bad}{suffix}"
        assert line.startswith(f"failed {source}") and reason in line, line  # one line: the input and why
        assert row["source"] == source and reason in row["reason"] and row["article_id"] is None
    assert f"0 new, 0 duplicate, {len(expected)} failed" in res.stderr
    assert snapshot(db_url) == before


def test_one_bad_input_does_not_stop_the_others(db_url, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "c-broken.jsonl").write_text('{"text": \n' + json.dumps({"title": "T", "text": ARTICLE}) + "\n", encoding="utf-8")
    (folder / "d-good.txt").write_text(GOOD, encoding="utf-8")
    res = CLI(db_url, tmp_path)("ingest", str(folder))
    assert res.returncode == 1
    assert "2 new, 0 duplicate, 3 failed" in res.stderr
    assert {r["status"] for r in ledger_rows(db_url)} == {"stored", "failed"}
    assert len(ledger_rows(db_url)) == 5


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-8-sig"])
def test_other_encodings_are_read_not_mangled(encoding, db_url, tmp_path):
    body = ("Caf\u00e9 owners on the Old Quay protested on Friday against new terrace fees. "
            "\"We pay enough already,\" said Zo\u00eb M\u00fcller, who runs the Caf\u00e9 D\u00e9lice.\n")
    path = tmp_path / "cafe.txt"
    path.write_bytes(body.encode(encoding))
    cli = CLI(db_url, tmp_path)
    res = cli("ingest", str(path))
    assert res.returncode == 0, res.stderr
    [article] = [json.loads(l) for l in cli("export", "articles", "--format", "jsonl", check=True).stdout.splitlines()]
    assert article["text"] == body


def test_malformed_html_is_recovered(db_url, tmp_path):
    page = tmp_path / "tagsoup.html"
    page.write_text(
        "<html><head><title>Quay walls</title><body><div><p>Unclosed <b>bold <i>italic\n"
        "<p>The council said on Monday that repairs to the quay walls would cost 2 million euros, "
        "and would start in May.<p>\"The walls have held for a century,\" said engineer Ruth Adeyemi. "
        "\"They need help now.\"</div></span></table></body>", encoding="utf-8")
    cli = CLI(db_url, tmp_path)
    res = cli("ingest", str(page))
    assert res.returncode == 0 and "1 new" in res.stderr, res.stderr
    [article] = [json.loads(l) for l in cli("export", "articles", "--format", "jsonl", check=True).stdout.splitlines()]
    assert "2 million euros" in article["text"] and "need help now" in article["text"]


def test_a_feed_cut_short_keeps_what_it_had_and_says_it_was_cut(db_url, tmp_path):
    feed = tmp_path / "cut.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quay News</title>'
        f"<item><title>Fares frozen</title><guid>q1</guid><description>{ARTICLE}</description></item>"
        "<item><title>Second story</title><guid>q2</guid><descrip", encoding="utf-8")
    res = CLI(db_url, tmp_path)("ingest", str(feed))
    assert res.returncode == 1
    assert "1 new" in res.stderr
    lines = [l for l in res.stderr.splitlines() if l.startswith("failed ")]
    assert lines == [f"failed {feed}: malformed XML feed (unclosed token at line 1, column "
                     f"{lines[0].split('column ')[1].split(')')[0]}); 2 entries read before it"]
    statuses = {r["source"]: r["status"] for r in ledger_rows(db_url)}
    assert statuses == {f"{feed}#q1": "stored", f"{feed}#q2": "skipped", str(feed): "failed"}
