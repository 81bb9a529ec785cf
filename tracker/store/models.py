"""The schema. Every change here needs a new Alembic revision (`alembic revision --autogenerate`)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

SPEAKER_KINDS = ("person", "organization", "group", "unknown")
STATEMENT_KINDS = ("direct", "indirect", "mixed", "no_comment")


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


class Entity(SQLModel, table=True):
    __tablename__ = "entities"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, index=True)
    # normalised name: one entity per key, so re-ingesting never forks an entity
    key: str = Field(max_length=300, unique=True)
    kind: str = Field(default="unknown", max_length=20, index=True)
    created_at: datetime = Field(default_factory=utcnow)


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


class Statement(SQLModel, table=True):
    __tablename__ = "statements"
    __table_args__ = (Index("ix_statements_article_span", "article_id", "quote_start", "quote_end"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    speaker_id: Optional[int] = Field(default=None, foreign_key="entities.id", index=True)
    speaker_text: str = Field(default="", sa_column=Column(Text, nullable=False))
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


class StatementAbout(SQLModel, table=True):
    __tablename__ = "statement_about"

    statement_id: int = Field(foreign_key="statements.id", primary_key=True)
    entity_id: int = Field(foreign_key="entities.id", primary_key=True, index=True)


metadata = SQLModel.metadata
