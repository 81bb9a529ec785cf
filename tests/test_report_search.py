"""--search through the full-text index (SQLite FTS5 kept in sync by triggers, PostgreSQL GIN
on to_tsvector), and revision 0003 creating, back-filling and removing it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, inspect, text

from reportdb import build
from tracker.report.query import Filters, iter_statements, search_terms
from tracker.store import db as store_db


@pytest.fixture
def world(db_url):
    return build(db_url)


@pytest.fixture
def engine(world):
    e = store_db.ensure_schema(world.url)
    yield e
    e.dispose()


def found(engine, q: str, **kw) -> set[int]:
    return {r["id"] for r in iter_statements(engine, Filters(search=q, **kw))}


def like(world, *words: str, exclude: tuple[str, ...] = ()) -> set[int]:
    where = " AND ".join([f"lower(quote) LIKE :w{i}" for i in range(len(words))]
                         + [f"lower(quote) NOT LIKE :x{i}" for i in range(len(exclude))])
    params = {f"w{i}": f"%{w}%" for i, w in enumerate(words)} | {f"x{i}": f"%{w}%" for i, w in enumerate(exclude)}
    return {r[0] for r in world.rows(f"SELECT id FROM statements WHERE status <> 'rejected' AND {where}", **params)}


def test_search_words_phrases_stems_and_punctuation(world, engine):
    assert found(engine, "customer data") == like(world, "customer", "data") and len(found(engine, "customer data")) == 7
    assert found(engine, "DATA customer") == found(engine, "customer data")  # any order, any case
    assert found(engine, '"outside auditor"') == {world.statements["inc1"]}
    assert found(engine, '"auditor outside"') == set()  # a phrase keeps its order
    # English stemming on both databases: "audits" finds "audit"
    assert found(engine, "audits") == {world.statements[k] for k in ("markovic2", "audit1", "fba-nc3")}
    assert found(engine, "audit") == found(engine, "audits")  # but not "auditor", another word
    # punctuation the tokenisers drop is checked exactly
    assert found(engine, "$90,000") == {world.statements["council2"]}
    assert found(engine, "$91,000") == set()
    assert found(engine, "contract -ended") == like(world, "contract", exclude=("ended",)) and len(found(engine, "contract -ended")) == 6  # drw1 too
    assert found(engine, "auditor OR protest") == {world.statements[k] for k in ("inc1", "reyes2", "unresolved1")}
    # rejected statements stay out unless asked for
    assert found(engine, "hearing") == set() and found(engine, "hearing", status="all") == {world.statements["rejected1"]}
    # combined with other filters
    assert found(engine, "customer data", speaker="Lena Markovic") == {world.statements["markovic1"]}


def test_search_terms_parsing():
    assert search_terms('ice "no comment" -budget OR deny*') == [
        ("and", "ice", False), ("and", "no comment", True), ("not", "budget", False), ("or", "deny*", False)]
    assert search_terms("  ") == [] and search_terms("--") == []


def test_index_follows_inserts_updates_and_deletes(world, engine):
    sid = world.statements["drw1"]
    assert found(engine, "publish") == {sid}
    with engine.begin() as conn:
        conn.execute(text("UPDATE statements SET quote = 'Corvane must disclose the full contract.' WHERE id = :i"), {"i": sid})
        conn.execute(text(
            "INSERT INTO statements (article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, "
            "engine_version, extracted_at, status) VALUES (:a, :s, 'Natarajan', 'We will publish the minutes.', 'direct', "
            "'said', 0, 10, '1', :t, 'auto')"),
            {"a": world.articles["jan-council"], "s": world.ids["Priya Natarajan"], "t": datetime.now(timezone.utc)})
    assert found(engine, "disclose") == {sid}
    new = found(engine, "publish")
    assert len(new) == 1 and sid not in new
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM statements WHERE id IN :ids").bindparams(
            __import__("sqlalchemy").bindparam("ids", expanding=True)), {"ids": list(new)})
    assert found(engine, "publish") == set()
    if engine.dialect.name == "sqlite":  # the index agrees with its content table
        with engine.connect() as conn:
            conn.execute(text("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')"))


def test_the_index_is_used(world, engine):
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            plan = " ".join(str(r) for r in conn.execute(text(
                "EXPLAIN QUERY PLAN SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'contract'")))
            assert "VIRTUAL TABLE INDEX" in plan
        else:
            conn.execute(text("SET enable_seqscan = off"))
            plan = " ".join(r[0] for r in conn.execute(text(
                "EXPLAIN SELECT id FROM statements s WHERE to_tsvector('english', s.quote) @@ websearch_to_tsquery('english', 'contract')")))
            assert "ix_statements_quote_fts" in plan


def test_revision_0003_backfills_and_downgrade_removes(db_url):
    store_db.upgrade(db_url, "0002")
    eng = create_engine(db_url)
    now = datetime(2026, 1, 5, tzinfo=timezone.utc)
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO entities (id, name, key, kind, created_at) VALUES (1, 'Corvane Systems', 'corvane systems', 'organization', :t)"), {"t": now})
        conn.execute(text("INSERT INTO articles (id, source, text, content_hash, ingested_at, published) VALUES (1, 'a.txt', 'x', 'h1', :t, :t)"), {"t": now})
        conn.execute(text(
            "INSERT INTO statements (id, article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, "
            "engine_version, extracted_at) VALUES (1, 1, 1, 'Corvane', 'The migration keeps every quote searchable.', "
            "'direct', 'said', 0, 1, '1', :t)"), {"t": now})
    eng.dispose()
    assert store_db.upgrade(db_url) == store_db.head_revision()
    engine = store_db.ensure_schema(db_url)
    assert found(engine, "searchable") == {1}
    views = set(inspect(engine).get_view_names())
    assert {"citations", "speaker_summary", "statement_subjects", "entity_canonical"} <= views
    engine.dispose()
    store_db.downgrade(db_url, "0002")
    eng = create_engine(db_url)
    insp = inspect(eng)
    assert not any(t.startswith("statements_fts") for t in insp.get_table_names())
    assert set(insp.get_view_names()) == {"statements_view"}
    assert "ix_statements_quote_fts" not in {i["name"] for i in insp.get_indexes("statements")}
    assert "ix_statements_report" not in {i["name"] for i in insp.get_indexes("statements")}
    with eng.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM statements")).scalar() == 1
        if eng.dialect.name == "sqlite":
            assert conn.execute(text("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")).scalar() == 0
    eng.dispose()
    store_db.upgrade(db_url)  # and up again
    engine = store_db.ensure_schema(db_url)
    assert found(engine, "searchable") == {1}
    engine.dispose()
