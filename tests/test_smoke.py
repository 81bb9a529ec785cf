"""End to end on the sample articles: ingest, re-ingest, export."""

import json

from conftest import SAMPLES, count_rows


def test_ingest_samples_then_reingest_changes_nothing(cli, db_url):
    first = cli("ingest", str(SAMPLES), check=True)
    assert "3 new" in first.stderr
    counts = {t: count_rows(db_url, t) for t in ("articles", "statements", "entities", "aliases")}
    assert counts["articles"] == 3 and counts["statements"] > 10
    second = cli("ingest", str(SAMPLES), check=True)
    assert "0 new, 3 duplicate" in second.stderr
    assert {t: count_rows(db_url, t) for t in counts} == counts


def test_statements_export_contract(cli):
    cli("ingest", str(SAMPLES), check=True)
    out = cli("export", "statements", "--format", "jsonl", check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    required = {"id", "article_id", "source", "title", "outlet", "published", "speaker", "speaker_kind",
                "speaker_text", "quote", "kind", "cue", "quote_start", "quote_end", "stated_on", "about"}
    assert rows and all(required <= set(r) for r in rows)
    assert {r["kind"] for r in rows} <= {"direct", "indirect", "mixed", "no_comment"}
