"""statements.speaker_label: the words for an unnamed source a pronoun refers back to

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 10:00:00

"A nurse who still works for the company said ... 'You cover it yourself,' she said": the
second statement's speaker has no entity (unnamed sources are never catalogued), and its text
is only "she". speaker_label keeps the phrase that introduced the source, so the speaker
column of exports and reports reads "A nurse who still works for the company". Existing rows
keep NULL until `tracker reextract` reads their articles again.

statements_view gains the column (last, so positional readers of the old view still work).
SQLite adds the column in place (no table rebuild, so 0003's views and FTS triggers stay);
the downgrade drops it with ALTER TABLE ... DROP COLUMN (SQLite 3.35+) once the view that
names it is gone.
"""
from importlib import import_module
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def statements_view_sql(dialect: str) -> str:
    previous = import_module("tracker.migrations.versions.0002_ledger_review_merges").statements_view_sql(dialect)
    return previous.replace("s.updated_by, s.updated_at, a.copy_of", "s.updated_by, s.updated_at, a.copy_of, s.speaker_label")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW IF EXISTS statements_view")
    op.add_column("statements", sa.Column("speaker_label", sa.Text(), nullable=True))
    op.execute(statements_view_sql(dialect))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW IF EXISTS statements_view")
    if dialect == "sqlite":
        op.execute("ALTER TABLE statements DROP COLUMN speaker_label")
    else:
        op.drop_column("statements", "speaker_label")
    op.execute(import_module("tracker.migrations.versions.0002_ledger_review_merges").statements_view_sql(dialect))
