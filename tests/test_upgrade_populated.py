"""Upgrading a populated database keeps every row: one built at revision 0001, and one at
0002 with corrections and a merge, each filled with plain SQL and upgraded to head (whatever
head is by then), then used through the CLI (in-process; one command as a real process)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import create_engine, inspect, text

from tracker.store import db as store_db

ARTICLE = """Fabrikam wins port contract

Fabrikam Industries said on Monday that it had won a contract to automate cranes at the Port of Easthaven.

"This is the largest order in our history," said Oscar Lindgren, Fabrikam's chief executive.

Fabrikam Inc. declined to comment on the price.
"""

Q1 = "This is the largest order in our history"
Q2 = "it had won a contract to automate cranes at the Port of Easthaven"
Q3 = "declined to comment on the price"


def span(q: str) -> tuple[int, int]:
    a = ARTICLE.index(q)
    return a, a + len(q)


def ts(url: str, value: str):
    """A timestamp as each database stores it: SQLite text, PostgreSQL timestamptz."""
    dt = datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    if url.startswith("sqlite"):
        return dt.strftime("%Y-%m-%d %H:%M:%S.%f")
    return dt


def execute(url: str, statements: list[tuple[str, dict]]) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for sql, params in statements:
                conn.execute(text(sql), params)
            if conn.dialect.name == "postgresql":
                # rows came in with explicit ids, as from a dump: move the sequences past them
                for t in inspect(conn).get_table_names():
                    if "id" in {c["name"] for c in inspect(conn).get_columns(t)}:
                        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                                          f"COALESCE((SELECT MAX(id) FROM {t}), 0) + 1, false)"))
    finally:
        engine.dispose()


def snapshot(url: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows, ordered by primary key."""
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        out = {}
        with engine.connect() as conn:
            for t in insp.get_table_names():
                if t == "alembic_version" or t.startswith("statements_fts"):
                    continue
                cols = [c["name"] for c in insp.get_columns(t)]
                pk = insp.get_pk_constraint(t)["constrained_columns"] or cols[:1]
                quoted = ", ".join(f'"{c}"' for c in cols)
                rows = [tuple(r) for r in conn.execute(text(f"SELECT {quoted} FROM {t} ORDER BY {', '.join(pk)}"))]
                out[t] = (cols, rows)
        return out
    finally:
        engine.dispose()


def same_rows(before, after) -> None:
    """Every table of before is in after with the same rows (in the columns before had)."""
    for t, (cols, rows) in before.items():
        assert t in after, f"table {t} lost"
        acols, arows = after[t]
        idx = [acols.index(c) for c in cols]
        assert [tuple(r[i] for i in idx) for r in arows] == rows, f"rows of {t} changed"


def base_rows(url: str) -> list[tuple[str, dict]]:
    s1, s2 = span(Q1), span(Q2)
    return [
        ("INSERT INTO outlets (id, name, domain) VALUES (1, 'Harbour Gazette', 'harbourgazette.example')", {}),
        ("INSERT INTO articles (id, source, url, title, outlet_id, published, byline, language, text, content_hash, ingested_at) "
         "VALUES (1, 'archive/port.txt', 'https://harbourgazette.example/port', 'Fabrikam wins port contract', 1, :pub, "
         "'Ann Reporter', 'en', :text, :hash, :ing)",
         {"pub": ts(url, "2026-04-06T08:00:00"), "text": ARTICLE, "hash": "f" * 64, "ing": ts(url, "2026-04-06T09:00:00")}),
        ("INSERT INTO entities (id, name, key, kind, created_at) VALUES "
         "(1, 'Fabrikam Industries', 'fabrikam industries', 'organization', :c), "
         "(2, 'Oscar Lindgren', 'oscar lindgren', 'person', :c), "
         "(3, 'Port of Easthaven', 'port of easthaven', 'organization', :c)", {"c": ts(url, "2026-04-06T09:00:00")}),
        ("INSERT INTO aliases (id, entity_id, alias, key) VALUES (1, 1, 'Fabrikam Industries', 'fabrikam industries'), "
         "(2, 1, 'FI', 'fi'), (3, 2, 'Oscar Lindgren', 'oscar lindgren'), (4, 3, 'Port of Easthaven', 'port of easthaven')", {}),
        ("INSERT INTO affiliations (id, person_id, organization_id, role, article_id, start, \"end\") "
         "VALUES (1, 2, 1, 'chief executive', 1, NULL, NULL)", {}),
        ("INSERT INTO statements (id, article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, "
         "stated_on, stated_precision, engine_version, extracted_at) VALUES "
         "(1, 1, 2, 'Oscar Lindgren, Fabrikam''s chief executive', :q1, 'direct', 'said', :a1, :b1, NULL, NULL, '0', :x), "
         "(2, 1, 1, 'Fabrikam Industries', :q2, 'indirect', 'said', :a2, :b2, '2026-04-06', 'day', '0', :x)",
         {"q1": Q1, "a1": s1[0], "b1": s1[1], "q2": Q2, "a2": s2[0], "b2": s2[1], "x": ts(url, "2026-04-06T09:00:00")}),
        ("INSERT INTO statement_about (statement_id, entity_id) VALUES (2, 3)", {}),
    ]


def test_database_at_0001_upgraded_to_head_keeps_every_row(db_url, cli, run):
    assert store_db.upgrade(db_url, "0001") == "0001"
    execute(db_url, base_rows(db_url))
    before = snapshot(db_url)
    assert sum(len(r) for _, r in before.values()) == 13

    assert store_db.upgrade(db_url, "head") == store_db.head_revision()
    after = snapshot(db_url)
    same_rows(before, after)
    cols, rows = after["statements"]
    assert {r[cols.index("status")] for r in rows} == {"auto"}
    cols, rows = after["affiliations"]
    assert [r[cols.index("origin")] for r in rows] == ["text"]

    # and the tool works on it (the first command as a real process: what a shell sees)
    listed = [json.loads(x) for x in cli("statements", "--format", "jsonl", check=True).stdout.splitlines()]
    assert {(r["id"], r["speaker"]) for r in listed} == {(1, "Oscar Lindgren"), (2, "Fabrikam Industries")}
    show = run("statements", "show", "1", ok=True).stdout
    assert "engine      version 0" in show and "Harbour Gazette" in show
    run("statements", "set", "1", "--kind", "mixed", ok=True)
    run("reextract", ok=True)
    fixed = [json.loads(x) for x in run("statements", "--search", "largest order", "--format", "jsonl", ok=True).stdout.splitlines()]
    assert [(r["kind"], r["status"]) for r in fixed] == [("mixed", "corrected")]


def test_database_at_0002_with_corrections_upgraded_to_head_keeps_rows_and_corrections(db_url, run):
    assert store_db.upgrade(db_url, "0002") == "0002"
    s3 = span(Q3)
    merge_snapshot = json.dumps({
        "source_id": 4, "target_id": 1, "source_merged_into": None, "aliases_moved": [5], "aliases_deleted": [],
        "aliases_added": [], "statements_moved": [3], "about_moved": [], "about_deleted": [],
        "affiliations_moved": [], "affiliations_deleted": [], "corrections_moved": [],
    })
    rows = base_rows(db_url) + [
        ("INSERT INTO entities (id, name, key, kind, created_at, merged_into) VALUES (4, 'Fabrikam Inc', 'fabrikam', "
         "'organization', :c, 1)", {"c": ts(db_url, "2026-04-07T09:00:00")}),
        ("INSERT INTO aliases (id, entity_id, alias, key) VALUES (5, 1, 'Fabrikam Inc', 'fabrikam')", {}),
        ("INSERT INTO statements (id, article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, "
         "engine_version, extracted_at, status, updated_by, updated_at) VALUES "
         "(3, 1, 1, 'Fabrikam Inc.', :q, 'no_comment', 'declined', :a, :b, '0', :x, 'confirmed', 'gus', :u)",
         {"q": Q3, "a": s3[0], "b": s3[1], "x": ts(db_url, "2026-04-06T09:00:00"), "u": ts(db_url, "2026-04-08T10:00:00")}),
        ("UPDATE statements SET status = 'corrected', updated_by = 'gus', updated_at = :u, speaker_id = 1 WHERE id = 1",
         {"u": ts(db_url, "2026-04-08T10:00:00")}),
        ("UPDATE statements SET status = 'rejected', updated_by = 'hal', updated_at = :u WHERE id = 2",
         {"u": ts(db_url, "2026-04-08T11:00:00")}),
        ("INSERT INTO corrections (id, article_id, quote_start, quote_end, quote_text, action, speaker_id, kind, new_start, "
         "new_end, note, author, created_at, statement_id, matched) VALUES "
         "(1, 1, :a1, :b1, :q1, 'set_speaker', 1, NULL, NULL, NULL, 'the company said it', 'gus', :c1, 1, :t), "
         "(2, 1, :a2, :b2, :q2, 'reject', NULL, NULL, NULL, NULL, NULL, 'hal', :c2, 2, :t), "
         "(3, 1, :a3, :b3, :q3, 'confirm', NULL, NULL, NULL, NULL, NULL, 'gus', :c1, 3, :t)",
         {"a1": span(Q1)[0], "b1": span(Q1)[1], "q1": Q1, "a2": span(Q2)[0], "b2": span(Q2)[1], "q2": Q2,
          "a3": s3[0], "b3": s3[1], "q3": Q3, "t": True,
          "c1": ts(db_url, "2026-04-08T10:00:00"), "c2": ts(db_url, "2026-04-08T11:00:00")}),
        ("INSERT INTO merges (id, source_id, target_id, author, reason, created_at, undone_at, snapshot) VALUES "
         "(1, 4, 1, 'gus', 'same company', :c, NULL, :s)", {"c": ts(db_url, "2026-04-07T10:00:00"), "s": merge_snapshot}),
        ("UPDATE affiliations SET origin = 'manual', start = '2025-01-01' WHERE id = 1", {}),
        ("INSERT INTO ingest_log (id, run_id, source, fmt, status, reason, article_id, statements, created_at) VALUES "
         "(1, 'run-1', 'archive/port.txt', 'text', 'stored', NULL, 1, 3, :c)", {"c": ts(db_url, "2026-04-06T09:00:00")}),
    ]
    execute(db_url, rows)
    before = snapshot(db_url)
    assert len(before["corrections"][1]) == 3 and len(before["merges"][1]) == 1

    assert store_db.upgrade(db_url, "head") == store_db.head_revision()
    same_rows(before, snapshot(db_url))

    # the corrections are still read as decisions, and re-applied by a re-extraction
    prov = json.loads(run("statements", "show", "1", "--format", "json", ok=True).stdout)
    assert prov["status"] == "corrected" and prov["updated_by"] == "gus"
    assert [(c["action"], c["note"]) for c in prov["corrections"]] == [("set_speaker", "the company said it")]
    listed = [json.loads(x) for x in run("statements", "corrections", "--format", "jsonl", ok=True).stdout.splitlines()]
    assert sorted(c["id"] for c in listed) == [1, 2, 3] and all(c["matched"] for c in listed)
    run("reextract", ok=True)
    after = [json.loads(x) for x in
             run("statements", "--status", "all", "--limit", "0", "--format", "jsonl", ok=True).stdout.splitlines()]

    def by(words: str) -> dict:
        hits = [r for r in after if words in r["quote"]]
        assert len(hits) == 1, (words, after)
        return hits[0]

    assert (by("largest order")["speaker"], by("largest order")["status"]) == ("Fabrikam Industries", "corrected")
    assert by("comment on the price")["status"] == "confirmed"
    assert by("won a contract")["status"] == "rejected"
    # a merge made before the upgrade can still be undone from its snapshot
    run("entities", "unmerge", "Fabrikam Inc", ok=True)
    inc = json.loads(run("entities", "show", "#4", "--format", "json", ok=True).stdout)
    assert inc["merged_into"] is None and inc["aliases"] == ["Fabrikam Inc"]
