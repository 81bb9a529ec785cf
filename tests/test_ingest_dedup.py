"""The same article twice is stored once; syndicated copies are stored but grouped; one
outlet under its several names is one outlet."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from test_ingest_units import FOLLOW_UP, WIRE, syndicated_copy


def q(url: str, sql: str) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql)).mappings()]
    finally:
        engine.dispose()


def write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_same_text_is_stored_once_whatever_the_file_or_whitespace(cli, db_url, tmp_path):
    (tmp_path / "a.txt").write_text(WIRE + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + WIRE.replace(". ", ".  \n") + "\n\n", encoding="utf-8")
    res = cli("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert res.returncode == 0 and "1 new, 1 duplicate" in res.stderr, res.stderr
    log = q(db_url, "SELECT source, status, reason, article_id FROM ingest_log ORDER BY id")
    assert [r["status"] for r in log] == ["stored", "duplicate"]
    assert log[1]["article_id"] == log[0]["article_id"]
    assert log[1]["reason"] == f"same text as article {log[0]['article_id']}"


def test_same_url_is_the_same_article(cli, db_url, tmp_path):
    first = {"url": "https://wire.example/water-rates", "title": "Water rates to rise", "text": WIRE}
    updated = dict(first, text=WIRE + " The authority later said the vote had been moved to May.")
    path = write_jsonl(tmp_path / "feed.jsonl", [first, updated])
    res = cli("ingest", path)
    assert "1 new, 1 duplicate" in res.stderr, res.stderr
    log = q(db_url, "SELECT status, reason FROM ingest_log ORDER BY id")
    assert log[1] == {"status": "duplicate", "reason": "same URL as article 1"}


def test_syndicated_copies_are_kept_and_grouped(cli, db_url, tmp_path):
    wire = {"title": "Water rates to rise", "outlet": "Harbour Wire", "url": "https://harbourwire.example/rates", "text": WIRE}
    copy1 = {"title": "Lakeport water bills going up", "outlet": "Lakeport Ledger",
             "url": "https://www.lakeportledger.example/news/water", "text": syndicated_copy(WIRE)}
    other = {"title": "Council delays water vote", "outlet": "Harbour Wire", "url": "https://harbourwire.example/delay",
             "text": FOLLOW_UP}
    res = cli("ingest", write_jsonl(tmp_path / "day1.jsonl", [wire, copy1, other]))
    assert res.returncode == 0 and "3 new" in res.stderr, res.stderr
    assert "1 grouped as near-duplicates" in res.stderr
    # a later run, another outlet's copy: grouped with the first article of the group
    copy2 = {"title": "Water rates up 6pc", "outlet": "Valley Times", "url": "https://valleytimes.example/water",
             "text": syndicated_copy(WIRE).replace("LAKEPORT (Harbour Wire) - ", "(Valley Times) ") + " Reporting by staff."}
    res = cli("ingest", write_jsonl(tmp_path / "day2.jsonl", [copy2]))
    assert "1 new" in res.stderr, res.stderr
    arts = {r["title"]: r for r in q(db_url, "SELECT id, title, copy_of, simhash FROM articles")}
    wid = arts["Water rates to rise"]["id"]
    assert arts["Water rates to rise"]["copy_of"] == wid  # an original points at itself
    assert arts["Lakeport water bills going up"]["copy_of"] == wid
    assert arts["Water rates up 6pc"]["copy_of"] == wid
    assert arts["Council delays water vote"]["copy_of"] == arts["Council delays water vote"]["id"]
    assert all(isinstance(a["simhash"], int) for a in arts.values())
    # reports can count independent stories against copies
    [counts] = q(db_url, "SELECT COUNT(*) AS articles, COUNT(DISTINCT copy_of) AS stories FROM articles")
    assert counts == {"articles": 4, "stories": 2}
    reasons = [r["reason"] for r in q(db_url, "SELECT reason FROM ingest_log WHERE status = 'stored' ORDER BY id")]
    assert reasons[1].startswith(f"near-duplicate of article {wid} (") and reasons[2] is None
    assert reasons[3].startswith("near-duplicate of article ")


def test_one_outlet_under_its_host_and_its_name(cli, db_url, tmp_path):
    texts = [WIRE, FOLLOW_UP, syndicated_copy(FOLLOW_UP) + " More to follow.",
             "The ferry operator said on Friday that it would add two evening sailings in the summer, "
             "after passenger numbers rose by a fifth last year."]
    records = [
        {"url": "https://www.theguardian.com/uk/2026/mar/03/water", "text": texts[0]},  # host only
        {"outlet": "The Guardian", "text": texts[1]},  # name only
        {"outlet": "the guardian", "url": "https://amp.theguardian.com/uk/x", "text": texts[2]},
        {"outlet": "Guardian", "text": texts[3]},
    ]
    res = cli("ingest", write_jsonl(tmp_path / "g.jsonl", records))
    assert res.returncode == 0, res.stderr
    outlets = q(db_url, "SELECT name, domain FROM outlets")
    assert outlets == [{"name": "The Guardian", "domain": "theguardian.com"}]
    assert {r["outlet"] for r in q(db_url, "SELECT o.name AS outlet FROM articles a JOIN outlets o ON o.id = a.outlet_id")} == {"The Guardian"}
    # and the statements filter finds it by either
    assert cli("statements", "--outlet", "theguardian.com", "--format", "jsonl", check=True).stdout.strip()
