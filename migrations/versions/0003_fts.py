"""full-text search on quotes, and views for common questions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 16:00:00

SQLite: an FTS5 index on statements.quote (external content: statements_fts holds only the
index, Datasette and sqlite-utils recognise it), kept in sync by three triggers and filled
from the existing rows. PostgreSQL: a GIN index on to_tsvector('english', quote).
Both: ix_statements_report, a covering index that per-period counts read instead of the
table.

Views (plain SQL over the base tables; rejected statements are left out of them, and a
speaker or subject merged into another entity appears as that entity):
entity_canonical, statement_subjects, speaker_summary, refusals_view,
affiliated_statements, article_sources, citations.

For later revisions: SQLite batch mode rebuilds a table by copy, drop and rename. The
rename fails while a view names the dropped table, and the drop takes the table's triggers
with it. A revision that batch-alters statements, articles, entities, outlets,
affiliations or statement_about on SQLite must call drop_views() first and create_views()
after, and for statements also drop_fts_triggers() / create_fts_triggers() (importing this
module, as 0002's downgrade imports 0001).
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VIEWS = ("entity_canonical", "statement_subjects", "speaker_summary", "refusals_view",
         "affiliated_statements", "article_sources", "citations")
FTS_TRIGGERS = ("statements_fts_ai", "statements_fts_ad", "statements_fts_au")
PG_FTS_INDEX = "ix_statements_quote_fts"
REPORT_INDEX = "ix_statements_report"


def _dialect() -> str:
    return op.get_bind().dialect.name


def _sqlite_has_fts5() -> bool:
    opts = {r[0] for r in op.get_bind().exec_driver_sql("PRAGMA compile_options").fetchall()}
    return "ENABLE_FTS5" in opts


def view_sql(dialect: str) -> list[str]:
    if dialect == "sqlite":
        day = "date(a.published)"
        names = "(SELECT group_concat(name, '; ') FROM (SELECT DISTINCT ec.canonical_name AS name FROM statement_about sa " \
                "JOIN entity_canonical ec ON ec.entity_id = sa.entity_id WHERE sa.statement_id = s.id ORDER BY name))"
        roles = "group_concat(DISTINCT af.role)"
        citation = ("trim(COALESCE('\u201c' || a.title || '\u201d, ', '') || COALESCE(o.name || ', ', '') "
                    "|| COALESCE(date(a.published) || ', ', '') || COALESCE(a.url, ''), ', ')")
    else:
        day = "CAST(a.published AT TIME ZONE 'UTC' AS DATE)"
        names = "(SELECT string_agg(DISTINCT ec.canonical_name, '; ' ORDER BY ec.canonical_name) FROM statement_about sa " \
                "JOIN entity_canonical ec ON ec.entity_id = sa.entity_id WHERE sa.statement_id = s.id)"
        roles = "string_agg(DISTINCT af.role, ',' ORDER BY af.role)"
        citation = ("concat_ws(', ', '\u201c' || a.title || '\u201d', o.name, "
                    "CAST(CAST(a.published AT TIME ZONE 'UTC' AS DATE) AS text), a.url)")
    date = f"COALESCE(s.stated_on, {day})"
    return [
        # every entity with the entity it ends up as after merges (itself when not merged).
        # Joins, not a recursive query: the view folds into the queries that use it (a
        # recursive one would be computed again for every row of a correlated subquery);
        # `tracker entities merge` never builds chains longer than this.
        """CREATE VIEW entity_canonical AS
SELECT e.id AS entity_id, e.name, e.kind,
       COALESCE(m4.id, m3.id, m2.id, m1.id, e.id) AS canonical_id,
       COALESCE(m4.name, m3.name, m2.name, m1.name, e.name) AS canonical_name,
       COALESCE(m4.kind, m3.kind, m2.kind, m1.kind, e.kind) AS canonical_kind
FROM entities e
LEFT JOIN entities m1 ON m1.id = e.merged_into
LEFT JOIN entities m2 ON m2.id = m1.merged_into
LEFT JOIN entities m3 ON m3.id = m2.merged_into
LEFT JOIN entities m4 ON m4.id = m3.merged_into""",
        # one row per statement and entity it mentions: "who talks about X"
        f"""CREATE VIEW statement_subjects AS
SELECT s.id AS statement_id, {date} AS date, sc.canonical_name AS speaker, sc.canonical_id AS speaker_id,
       ec.canonical_name AS subject, ec.canonical_id AS subject_id, s.kind, s.quote,
       o.name AS outlet, a.title, a.url, s.article_id
FROM statement_about sa
JOIN statements s ON s.id = sa.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
JOIN entity_canonical ec ON ec.entity_id = sa.entity_id
LEFT JOIN entity_canonical sc ON sc.entity_id = s.speaker_id
WHERE s.status <> 'rejected'""",
        # one row per speaker: how much, where, since when
        f"""CREATE VIEW speaker_summary AS
SELECT sc.canonical_id AS speaker_id, sc.canonical_name AS speaker, sc.canonical_kind AS kind,
       COUNT(*) AS statements, COUNT(DISTINCT s.article_id) AS articles, COUNT(DISTINCT a.outlet_id) AS outlets,
       SUM(CASE WHEN s.kind = 'no_comment' THEN 1 ELSE 0 END) AS refusals,
       MIN({date}) AS first_seen, MAX({date}) AS last_seen
FROM statements s
JOIN articles a ON a.id = s.article_id
JOIN entity_canonical sc ON sc.entity_id = s.speaker_id
WHERE s.status <> 'rejected'
GROUP BY sc.canonical_id, sc.canonical_name, sc.canonical_kind""",
        # declined to comment, with what about
        f"""CREATE VIEW refusals_view AS
SELECT s.id AS statement_id, {date} AS date, sc.canonical_name AS speaker, COALESCE(sc.canonical_kind, 'unknown') AS speaker_kind,
       s.speaker_text, {names} AS about, s.quote, o.name AS outlet, a.title, a.url, s.article_id
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entity_canonical sc ON sc.entity_id = s.speaker_id
WHERE s.kind = 'no_comment' AND s.status <> 'rejected'""",
        # what an organisation's people said, while the affiliation held (when dates are known)
        f"""CREATE VIEW affiliated_statements AS
SELECT af.organization_id, org.name AS organization, af.person_id, p.name AS person, af.roles AS role,
       s.id AS statement_id, {date} AS date, s.kind, s.quote, o.name AS outlet, a.title, a.url, s.article_id
FROM (
    SELECT org.canonical_id AS organization_id, per.canonical_id AS person_id, {roles} AS roles,
           CASE WHEN COUNT(af.start) < COUNT(*) THEN NULL ELSE MIN(af.start) END AS start_on,
           CASE WHEN COUNT(af."end") < COUNT(*) THEN NULL ELSE MAX(af."end") END AS end_on
    FROM affiliations af
    JOIN entity_canonical org ON org.entity_id = af.organization_id
    JOIN entity_canonical per ON per.entity_id = af.person_id
    GROUP BY org.canonical_id, per.canonical_id
) af
JOIN entities org ON org.id = af.organization_id
JOIN entities p ON p.id = af.person_id
JOIN entity_canonical sp ON sp.canonical_id = af.person_id
JOIN statements s ON s.speaker_id = sp.entity_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE s.status <> 'rejected'
  AND (af.start_on IS NULL OR {date} >= af.start_on) AND (af.end_on IS NULL OR {date} <= af.end_on)""",
        # independent sources against syndicated copies
        f"""CREATE VIEW article_sources AS
SELECT a.id AS article_id, a.title, o.name AS outlet, {day} AS published_on, a.url,
       COALESCE(a.copy_of, a.id) AS original_id,
       CASE WHEN a.copy_of IS NOT NULL AND a.copy_of <> a.id THEN 1 ELSE 0 END AS is_copy,
       (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id AND s.status <> 'rejected') AS statements
FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id""",
        # a statement with a ready citation: “Title”, Outlet, 2026-03-04, https://...
        f"""CREATE VIEW citations AS
SELECT s.id AS statement_id, {date} AS date, sc.canonical_name AS speaker, s.speaker_text, s.kind, s.quote,
       a.title, o.name AS outlet, {day} AS published_on, a.url, {citation} AS citation, s.article_id
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entity_canonical sc ON sc.entity_id = s.speaker_id
WHERE s.status <> 'rejected'""",
    ]


def create_views() -> None:
    for sql in view_sql(_dialect()):
        op.execute(sql)


def drop_views() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def create_fts_triggers() -> None:
    """SQLite only: keep statements_fts in step with statements (external-content FTS5)."""
    op.execute("""CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, quote) VALUES (new.id, new.quote);
END""")
    op.execute("""CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END""")
    op.execute("""CREATE TRIGGER statements_fts_au AFTER UPDATE OF quote ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
  INSERT INTO statements_fts(rowid, quote) VALUES (new.id, new.quote);
END""")


def drop_fts_triggers() -> None:
    for name in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def upgrade() -> None:
    dialect = _dialect()
    # counts per period read this covering index instead of the whole table (quotes included)
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.create_index(REPORT_INDEX, ["article_id", "stated_on", "status", "speaker_id", "kind"], unique=False)
    if dialect == "sqlite":
        if _sqlite_has_fts5():  # a SQLite built without FTS5 falls back to LIKE in --search
            op.execute(
                "CREATE VIRTUAL TABLE statements_fts USING fts5(quote, content='statements', content_rowid='id', "
                "tokenize='porter unicode61 remove_diacritics 2')"
            )
            create_fts_triggers()
            op.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX {PG_FTS_INDEX} ON statements USING gin (to_tsvector('english', quote))")
    create_views()


def downgrade() -> None:
    dialect = _dialect()
    drop_views()
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.drop_index(REPORT_INDEX)
    if dialect == "sqlite":
        drop_fts_triggers()
        op.execute("DROP TABLE IF EXISTS statements_fts")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_FTS_INDEX}")
