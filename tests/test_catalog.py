"""Entities across articles: one organisation stays one entity; namesakes stay apart."""

from pathlib import Path

from sqlalchemy import create_engine, text

from tracker.pipeline import ingest


def _write(tmp_path: Path, name: str, body: str) -> str:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return str(p)


def _entities(url: str) -> dict[str, str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(text("SELECT name, kind FROM entities")).fetchall())
    finally:
        engine.dispose()


def _speakers(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT speaker FROM statements_view ORDER BY article_id, quote_start"))]
    finally:
        engine.dispose()


def test_same_organisation_across_articles_is_one_entity(db_url, tmp_path):
    a = _write(tmp_path, "a.txt", "Kestrel Motors Corp. said on Monday it would recall 40,000 cars.\n")
    b = _write(tmp_path, "b.txt", "Kestrel Motors said sales rose 4 percent in March.\n\n"
               "A Kestrel Motors spokeswoman said the recall had not hurt demand.\n")
    summary = ingest([a, b], db_url)
    assert summary.new == 2
    assert _speakers(db_url) == ["Kestrel Motors Corp", "Kestrel Motors Corp", "Kestrel Motors Corp"]
    assert sum(1 for n in _entities(db_url) if n.startswith("Kestrel")) == 1


def test_acronym_in_a_later_article_finds_the_agency(db_url, tmp_path):
    a = _write(tmp_path, "a.txt", "The Federal Aviation Administration (FAA) said the jets could fly again.\n")
    b = _write(tmp_path, "b.txt", "The FAA said on Tuesday that inspections would continue.\n")
    ingest([a, b], db_url)
    assert _speakers(db_url) == ["Federal Aviation Administration", "Federal Aviation Administration"]


def test_people_sharing_a_surname_are_not_merged(db_url, tmp_path):
    a = _write(tmp_path, "a.txt", "Senator Laura Whitaker said the bill would pass.\n\nWhitaker said she had the votes.\n")
    b = _write(tmp_path, "b.txt", "Coach Daniel Whitaker said the team was ready.\n\nWhitaker said the injuries had healed.\n")
    ingest([a, b], db_url)
    assert _speakers(db_url) == ["Laura Whitaker", "Laura Whitaker", "Daniel Whitaker", "Daniel Whitaker"]
    people = {n for n, k in _entities(db_url).items() if k == "person"}
    assert {"Laura Whitaker", "Daniel Whitaker"} <= people


def test_ingest_after_a_merge_attaches_to_the_kept_entity(db_url, tmp_path):
    from tracker.store.db import ensure_schema, session_scope
    from tracker.store.entities import merge_entities

    a = _write(tmp_path, "a.txt", "Orrin Dale Holdings said it would sell its stake.\n\nOrrindale said the sale was final.\n")
    ingest([a], db_url)
    engine = ensure_schema(db_url)
    with session_scope(engine) as session:
        merge_entities(session, "Orrindale", "Orrin Dale Holdings", author="test")
    engine.dispose()
    b = _write(tmp_path, "b.txt", "Orrindale said on Friday it had found a buyer.\n")
    ingest([b], db_url)
    assert _speakers(db_url)[-1] == "Orrin Dale Holdings"
