"""The schema. Every change here needs a new Alembic revision (`alembic revision --autogenerate`)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

SPEAKER_KINDS = ("person", "organization", "group", "unknown")
STATEMENT_KINDS = ("direct", "indirect", "mixed", "no_comment")
STATEMENT_STATUSES = ("auto", "confirmed", "corrected", "rejected")
LEDGER_STATUSES = ("stored", "duplicate", "skipped", "failed")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Outlet(SQLModel, table=True):
    __tablename__ = "outlets"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=300)
    domain: Optional[str] = Field(default=None, index=True, max_length=300)


class Article(SQLModel, table=True):
    __tablename__ = "articles"

    id: Optional[int] = Field(default=None, primary_key=True)
    source: str = Field(sa_column=Column(Text, nullable=False))
    url: Optional[str] = Field(default=None, sa_column=Column(Text, index=True))
    title: Optional[str] = Field(default=None, sa_column=Column(Text))
    outlet_id: Optional[int] = Field(default=None, foreign_key="outlets.id", index=True)
    published: Optional[datetime] = Field(default=None, index=True)
    byline: Optional[str] = Field(default=None, sa_column=Column(Text))
    language: Optional[str] = Field(default=None, max_length=16)
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(index=True, unique=True, max_length=64)
    ingested_at: datetime = Field(default_factory=utcnow)
    # near-duplicate detection: a 64-bit SimHash of the text, and the first article of the
    # group of syndicated copies this one belongs to (itself when it is the original)
    simhash: Optional[int] = Field(default=None, sa_column=Column(BigInteger, index=True))
    copy_of: Optional[int] = Field(default=None, sa_column=Column(Integer, ForeignKey("articles.id"), index=True))


class Entity(SQLModel, table=True):
    __tablename__ = "entities"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, index=True)
    # normalised name: one entity per key, so re-ingesting never forks an entity
    key: str = Field(max_length=300, unique=True)
    kind: str = Field(default="unknown", max_length=20, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    # set when a person merged this entity into another; cleared by unmerge
    merged_into: Optional[int] = Field(default=None, sa_column=Column(Integer, ForeignKey("entities.id"), index=True))


class Alias(SQLModel, table=True):
    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("key", "entity_id", name="uq_aliases_key_entity"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entities.id", index=True)
    alias: str = Field(max_length=300)
    key: str = Field(max_length=300, index=True)


class Affiliation(SQLModel, table=True):
    """A person speaking for an organisation: "Brad Smith, Microsoft's president"."""

    __tablename__ = "affiliations"
    __table_args__ = (UniqueConstraint("person_id", "organization_id", "role", name="uq_affiliation"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="entities.id", index=True)
    organization_id: int = Field(foreign_key="entities.id", index=True)
    role: str = Field(default="", max_length=300)
    article_id: Optional[int] = Field(default=None, foreign_key="articles.id")
    start: Optional[date] = None
    end: Optional[date] = None
    origin: str = Field(default="text", max_length=10, sa_column_kwargs={"server_default": "text"})  # text | manual


class Statement(SQLModel, table=True):
    __tablename__ = "statements"
    __table_args__ = (
        Index("ix_statements_article_span", "article_id", "quote_start", "quote_end"),
        # covering index for reports (revision 0003): counts per period read it, not the quotes
        Index("ix_statements_report", "article_id", "stated_on", "status", "speaker_id", "kind"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    speaker_id: Optional[int] = Field(default=None, foreign_key="entities.id", index=True)
    speaker_text: str = Field(default="", sa_column=Column(Text, nullable=False))
    # revision 0004: the phrase for an unnamed source a pronoun refers back to ("a nurse who ...")
    speaker_label: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    quote: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(max_length=20, index=True)
    cue: str = Field(default="", max_length=200)
    quote_start: int
    quote_end: int
    stated_on: Optional[date] = Field(default=None, index=True)
    # day, month or year: "last month" is not a day
    stated_precision: Optional[str] = Field(default=None, max_length=10)
    engine_version: str = Field(default="", max_length=40)
    extracted_at: datetime = Field(default_factory=utcnow)
    status: str = Field(default="auto", max_length=12, index=True, sa_column_kwargs={"server_default": "auto"})
    updated_by: Optional[str] = Field(default=None, max_length=100)
    updated_at: Optional[datetime] = None


class StatementAbout(SQLModel, table=True):
    __tablename__ = "statement_about"

    statement_id: int = Field(foreign_key="statements.id", primary_key=True)
    entity_id: int = Field(foreign_key="entities.id", primary_key=True, index=True)


class IngestLog(SQLModel, table=True):
    """The ledger: one row per input item and what became of it, so nothing is lost silently."""

    __tablename__ = "ingest_log"

    id: Optional[int] = Field(default=None, primary_key=True)
    run_id: str = Field(max_length=36, index=True)
    source: str = Field(sa_column=Column(Text, nullable=False, index=True))  # file path, URL, "x.jsonl#12"
    fmt: str = Field(default="", max_length=20)
    status: str = Field(max_length=12, index=True)  # stored | duplicate | skipped | failed
    reason: Optional[str] = Field(default=None, sa_column=Column(Text))
    article_id: Optional[int] = Field(default=None, foreign_key="articles.id", index=True)
    statements: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class Correction(SQLModel, table=True):
    """A human decision about a statement, kept apart from machine rows and re-applied on
    re-extraction. It is matched by article and quote position/text, not by statement id."""

    __tablename__ = "corrections"

    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    quote_start: int
    quote_end: int
    quote_text: str = Field(sa_column=Column(Text, nullable=False))
    action: str = Field(max_length=20)  # confirm | reject | set_speaker | set_kind | set_bounds | add
    speaker_id: Optional[int] = Field(default=None, foreign_key="entities.id")
    kind: Optional[str] = Field(default=None, max_length=20)
    new_start: Optional[int] = None
    new_end: Optional[int] = None
    note: Optional[str] = Field(default=None, sa_column=Column(Text))
    author: str = Field(default="", max_length=100)
    created_at: datetime = Field(default_factory=utcnow)
    # the statement it applies to now; null when the last re-extraction found no match
    statement_id: Optional[int] = Field(default=None, sa_column=Column(Integer, ForeignKey("statements.id", ondelete="SET NULL"), index=True))
    matched: bool = Field(default=True)


class Merge(SQLModel, table=True):
    """An entity merge, with what it moved, so that unmerge restores the exact previous state."""

    __tablename__ = "merges"

    id: Optional[int] = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="entities.id", index=True)  # merged away
    target_id: int = Field(foreign_key="entities.id", index=True)  # kept
    author: str = Field(default="", max_length=100)
    reason: Optional[str] = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
    undone_at: Optional[datetime] = None
    snapshot: str = Field(default="{}", sa_column=Column(Text, nullable=False))  # JSON of moved rows


metadata = SQLModel.metadata
