"""Each input format, end to end through `tracker ingest`, on files written for these tests."""

from __future__ import annotations

import gzip
import io
import json
import shutil

from sqlalchemy import create_engine, text

from conftest import FIXTURES

INGEST = FIXTURES / "ingest"


def rows(url: str, sql: str, **params) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql), params).mappings()]
    finally:
        engine.dispose()


def exported(cli) -> list[dict]:
    out = cli("export", "articles", "--format", "jsonl", check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def ledger(url: str) -> list[dict]:
    return rows(url, "SELECT source, fmt, status, reason, article_id, statements FROM ingest_log ORDER BY id")


def warc_bytes(records: list[tuple[str, bytes, str, str]], compress: bool = True) -> bytes:
    """A WARC file as a crawler writes it: (uri, body, content type, HTTP status) responses,
    each preceded by its request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test-crawler/1.0"}))
    for uri, body, ctype, status in records:
        req = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("User-Agent", "test-crawler")], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=req))
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


CAFE_PAGE = (
    "<html><head><title>Caf\u00e9 owners protest terrace fees</title></head><body><nav>Home | News</nav>"
    "<article><h1>Caf\u00e9 owners protest terrace fees</h1>"
    "<p>Owners of caf\u00e9s on the Old Quay protested on Friday against new fees for terrace seating, which "
    "the council said would raise 400,000 euros a year.</p>"
    "<p>\u00abWe pay enough already,\u00bb said caf\u00e9 owner Zo\u00eb M\u00fcller. \"The terraces are what bring "
    "visitors to the quay.\"</p><p>The council said the fees would pay for repairs to the quay walls, which "
    "were damaged in the winter storms.</p></article><footer>\u00a9 2026 Quay News</footer></body></html>"
)


def test_html_page_main_text_and_metadata(cli, db_url):
    res = cli("ingest", str(INGEST / "ferry-strike.html"))
    assert res.returncode == 0, res.stderr
    assert "1 new" in res.stderr
    [a] = exported(cli)
    assert a["title"] == "Ferry workers vote to strike over rosters"
    assert a["url"] == "https://www.harbourcourier.example/news/ferry-strike"
    assert a["outlet"] == "The Harbour Courier"
    assert a["published"] == "2026-03-03T13:05:00"  # 14:05 at +01:00, stored in UTC
    assert a["language"] == "en"
    assert a["byline"] == "Jane Roe"
    body = a["text"]
    assert "patience has run out" in body and "14,000 passengers" in body
    for furniture in ("Subscribe", "cookies", "Most read", "Bridge closure", "All rights reserved", "Privacy"):
        assert furniture not in body
    speakers = {r["speaker"] for r in rows(db_url, "SELECT speaker FROM statements_view")}
    assert {"Tomas Lindqvist", "Amira Haddad"} <= speakers


def test_rss_feed_entries_are_articles_with_full_content(cli, db_url):
    res = cli("ingest", str(INGEST / "harbour-news.rss"))
    assert res.returncode == 0, res.stderr
    assert "2 new, 0 duplicate, 0 failed, 1 skipped" in res.stderr
    by_title = {a["title"]: a for a in exported(cli)}
    library = by_title["Library hours cut as council trims budget"]
    # content:encoded (the full article), not the one-line description
    assert "Friends of Eastside Library" in library["text"] and "<p>" not in library["text"]
    assert library["url"] == "https://www.harbourcourier.example/news/library-hours"
    assert library["outlet"] == "The Harbour Courier"
    assert library["published"] == "2026-03-04T08:30:00"
    assert library["language"] == "en"
    assert library["source"].endswith("harbour-news.rss#hc-2026-0412")
    pier = by_title["New pier lights switched on"]
    assert "postcards again" in pier["text"]
    log = {r["source"].split("#")[1]: r for r in ledger(db_url)}
    assert log["hc-2026-0413"]["reason"] == "summary only: the feed carries no full text"
    assert log["hc-2026-0414"]["status"] == "skipped" and "without text" in log["hc-2026-0414"]["reason"]
    assert {r["fmt"] for r in log.values()} == {"feed"}


def test_atom_feed(cli, db_url):
    res = cli("ingest", str(INGEST / "science-desk.atom"))
    assert res.returncode == 0, res.stderr
    [a] = exported(cli)
    assert a["title"] == "Glacier survey finds faster melt"
    assert a["published"] == "2026-02-10T21:45:00"  # 16:45 at -05:00
    assert a["outlet"] == "Northgate Science Desk"
    assert a["byline"] == "Priya Raman"
    assert "thinning from below" in a["text"]


def test_warc_html_responses_are_articles_and_the_rest_is_accounted_for(cli, db_url, tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_bytes([
        ("https://www.harbourcourier.example/news/ferry-strike", (INGEST / "ferry-strike.html").read_bytes(), "text/html; charset=utf-8", "200 OK"),
        ("https://www.harbourcourier.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png", "200 OK"),
        ("https://www.harbourcourier.example/old", b"<html><body>Moved</body></html>", "text/html", "301 Moved Permanently"),
        ("https://quaynews.example/cafe-fees", CAFE_PAGE.encode("latin-1", "replace").replace(b"?", b'"'), "text/html; charset=iso-8859-1", "200 OK"),
    ]))
    res = cli("ingest", str(crawl))
    assert res.returncode == 0, res.stderr
    assert "2 new, 0 duplicate, 0 failed, 2 skipped" in res.stderr
    arts = {a["url"]: a for a in exported(cli)}
    assert set(arts) == {"https://www.harbourcourier.example/news/ferry-strike", "https://quaynews.example/cafe-fees"}
    cafe = arts["https://quaynews.example/cafe-fees"]
    assert cafe["source"] == f"{crawl}#https://quaynews.example/cafe-fees"
    assert "Zo\u00eb M\u00fcller" in cafe["text"]  # the declared latin-1 charset was honoured
    assert cafe["outlet"] == "quaynews.example"
    assert arts["https://www.harbourcourier.example/news/ferry-strike"]["outlet"] == "The Harbour Courier"
    log = {r["source"].split("#", 1)[1]: r for r in ledger(db_url)}
    assert len(log) == 4  # one row per response record; requests and warcinfo are not inputs
    assert log["https://www.harbourcourier.example/logo.png"]["reason"] == "not an HTML page (image/png)"
    assert log["https://www.harbourcourier.example/old"]["reason"] == "HTTP 301, not a page"
    assert {r["fmt"] for r in log.values()} == {"warc"}


def test_uncompressed_warc(cli, tmp_path):
    crawl = tmp_path / "pages.warc"
    crawl.write_bytes(warc_bytes([("https://quaynews.example/cafe-fees", CAFE_PAGE.encode("utf-8"), "text/html", "200 OK")], compress=False))
    res = cli("ingest", str(crawl))
    assert res.returncode == 0 and "1 new" in res.stderr, res.stderr


def test_jsonl_export_with_nested_and_camel_case_columns(cli, db_url):
    res = cli("ingest", str(INGEST / "stories.jsonl"))
    assert res.returncode == 0, res.stderr
    assert "3 new" in res.stderr
    arts = {a["title"]: a for a in exported(cli)}
    cranes = arts["Port authority orders new cranes"]
    assert cranes["outlet"] == "Port News Daily"  # {"source": {"name": ...}}
    assert cranes["published"] == "2026-01-12T08:15:00"
    assert cranes["url"] == "https://www.portnews.example/cranes"
    assert cranes["byline"] == "Karl Weiss"
    assert cranes["source"] == f"{INGEST / 'stories.jsonl'}#1"
    assert arts["Bakery chain to open twelve shops"]["published"] == "2026-01-13T08:00:00"  # +02:00
    assert arts["Rail link delayed again"]["published"] == "2026-01-13T10:00:00"  # a Unix timestamp
    assert {r["source"].rsplit("#", 1)[1] for r in ledger(db_url)} == {"1", "2", "3"}


def test_reuters_style_jsonl_needs_no_mapping(cli, tmp_path):
    # the field names of ../shared/corpora/reuters21578/reuters21578.jsonl, with our own content
    path = tmp_path / "wire.jsonl"
    records = [
        {"id": "wire-1", "title": "HARBOUR BANK RAISES PRIME RATE", "published": "1987-03-02T10:15:00",
         "outlet": "Harbour Wire", "dateline": "LAKEPORT, March 2",
         "text": "Harbour Bank said it raised its prime lending rate to 7.75 pct from 7.5 pct, effective today.\n\n"
                 "The bank said the move followed higher money market rates."},
        {"id": "wire-2", "title": "NORTHWIND SEES HIGHER 1987 EARNINGS", "published": "1987-03-02T11:40:00",
         "outlet": "Harbour Wire", "dateline": "DENVER, March 2",
         "text": "Northwind Energy Corp said it expected 1987 earnings to rise about 10 pct.\n\n"
                 "\"Demand for natural gas is recovering,\" chairman Robert Hale told analysts."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    res = cli("ingest", str(path))
    assert res.returncode == 0 and "2 new" in res.stderr, res.stderr
    arts = exported(cli)
    assert [a["title"] for a in arts] == ["HARBOUR BANK RAISES PRIME RATE", "NORTHWIND SEES HIGHER 1987 EARNINGS"]
    assert {a["outlet"] for a in arts} == {"Harbour Wire"}
    assert arts[1]["published"] == "1987-03-02T11:40:00"
    assert arts[1]["text"].startswith("Northwind Energy Corp said")


def test_csv_export_with_default_column_names(cli, db_url):
    res = cli("ingest", str(INGEST / "wire-export.csv"))
    assert res.returncode == 0, res.stderr
    arts = {a["title"]: a for a in exported(cli)}
    water = arts["Water rates to rise"]
    assert water["outlet"] == "Lakeport Wire" and water["url"] == "https://wire.example/water-rates"
    assert water["published"] == "2026-03-10T00:00:00"
    assert "\n\n\"We cannot keep patching" in water["text"]  # a quoted field over several lines
    assert arts["Stadium plan approved"]["published"] == "2026-03-12T23:30:00"
    assert {r["source"].rsplit("#", 1)[1] for r in ledger(db_url)} == {"1", "2"}


def test_map_option_names_the_columns(cli, tmp_path):
    path = tmp_path / "dump.tsv"
    path.write_text(
        "ref\tstory_headline\tstory_body\tpub\tpermalink\tpaper\n"
        "7\tTram fares frozen\tThe transit board froze tram fares for a second year on Monday. \"Riders have had "
        "a hard winter,\" said board chair Ana Costa.\t05/01/2026\thttps://www.eveningpost.example/trams\tThe Evening Post\n",
        encoding="utf-8",
    )
    res = cli("ingest", str(path))
    assert res.returncode == 1 and "no text column" in res.stderr and "--map text=" in res.stderr
    res = cli("ingest", str(path), "--map", "text=story_body,title=story_headline",
              "--map", "published=pub,url=permalink,outlet=paper")
    assert res.returncode == 0, res.stderr
    [a] = exported(cli)
    assert a["title"] == "Tram fares frozen" and a["outlet"] == "The Evening Post"
    assert a["url"] == "https://www.eveningpost.example/trams"
    assert a["published"].startswith("2026-05-01")
    bad = cli("ingest", str(path), "--map", "txt=story_body")
    assert bad.returncode == 1 and "unknown field 'txt'" in bad.stderr and "Traceback" not in bad.stderr


def test_gzipped_exports_and_stdin(cli, tmp_path):
    gz = tmp_path / "stories.jsonl.gz"
    gz.write_bytes(gzip.compress((INGEST / "stories.jsonl").read_bytes()))
    res = cli("ingest", str(gz))
    assert res.returncode == 0 and "3 new" in res.stderr, res.stderr
    again = cli("ingest", "-", input=(INGEST / "stories.jsonl").read_text(encoding="utf-8"))
    assert again.returncode == 0 and "0 new, 3 duplicate" in again.stderr, again.stderr


def test_format_option_forces_the_format(cli, tmp_path):
    odd = tmp_path / "feed.download"
    shutil.copy(INGEST / "harbour-news.rss", odd)
    res = cli("ingest", str(odd), "--format", "text")
    assert res.returncode == 0 and "1 new" in res.stderr  # read as one text article
    res = cli("ingest", str(odd), "--format", "feed")
    assert res.returncode == 0 and "2 new" in res.stderr, res.stderr
    bad = cli("ingest", str(odd), "--format", "pdf")
    assert bad.returncode == 2 and "--format" in bad.stderr


def test_a_directory_of_mixed_formats(cli, db_url):
    res = cli("ingest", str(INGEST))
    assert res.returncode == 0, res.stderr
    assert "9 new, 0 duplicate, 0 failed, 1 skipped" in res.stderr
    fmts = {r["fmt"] for r in ledger(db_url)}
    assert fmts == {"html", "feed", "jsonl", "csv"}
    again = cli("ingest", str(INGEST))
    assert "0 new, 9 duplicate, 0 failed, 1 skipped" in again.stderr


def test_export_articles_contract(cli):
    cli("ingest", str(INGEST), check=True)
    arts = exported(cli)
    required = {"id", "source", "url", "title", "outlet", "published", "language", "text"}
    assert arts and all(required <= set(a) for a in arts)
    assert all(a["text"].strip() and a["source"] for a in arts)
    assert len({a["id"] for a in arts}) == len(arts)


def test_parallel_and_serial_runs_store_the_same(tmp_path, db_url):
    from conftest import CLI

    serial_url = f"sqlite:///{tmp_path / 'serial.db'}"
    CLI(serial_url, tmp_path)("ingest", str(INGEST), "--jobs", "1", check=True)
    CLI(db_url, tmp_path)("ingest", str(INGEST), "--jobs", "2", check=True)
    q = ("SELECT a.id, a.source, a.content_hash, a.copy_of, "
         "(SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) AS n FROM articles a ORDER BY a.id")
    assert rows(serial_url, q) == rows(db_url, q)
    ents = "SELECT key, kind FROM entities ORDER BY key"
    assert rows(serial_url, ents) == rows(db_url, ents)
