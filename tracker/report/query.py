"""Reading statements back: filters shared by `statements`, exports and reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterator

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tracker.resolve.keys import entity_key

STATEMENT_FIELDS = [
    "id", "article_id", "source", "url", "title", "outlet", "published", "speaker", "speaker_kind",
    "speaker_text", "quote", "kind", "cue", "quote_start", "quote_end", "stated_on", "date", "about",
]
ARTICLE_FIELDS = ["id", "source", "url", "title", "outlet", "published", "byline", "language", "content_hash", "ingested_at", "text"]
ENTITY_FIELDS = ["id", "name", "kind", "aliases", "statements"]


@dataclass
class Filters:
    speaker: str | None = None
    about: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    search: str | None = None
    outlet: str | None = None
    limit: int | None = None


def entity_ids(conn, name: str) -> list[int]:
    """Entities a user means by a name: its key, any alias, else a substring of the name."""
    key = entity_key(name)
    rows = conn.execute(
        text("SELECT id FROM entities WHERE key = :k UNION SELECT entity_id FROM aliases WHERE key = :k"),
        {"k": key},
    ).fetchall()
    if not rows:
        rows = conn.execute(
            text("SELECT id FROM entities WHERE lower(name) LIKE :p"), {"p": f"%{name.lower()}%"}
        ).fetchall()
    return sorted({r[0] for r in rows})


def _in(name: str, ids: list[int], params: dict[str, Any]) -> str:
    if not ids:
        return "(NULL)"
    keys = []
    for i, v in enumerate(ids):
        params[f"{name}{i}"] = v
        keys.append(f":{name}{i}")
    return "(" + ", ".join(keys) + ")"


def statements_sql(conn, f: Filters) -> tuple[str, dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.speaker:
        where.append(f"v.speaker_id IN {_in('sp', entity_ids(conn, f.speaker), params)}")
    if f.about:
        ids = entity_ids(conn, f.about)
        where.append(f"v.id IN (SELECT statement_id FROM statement_about WHERE entity_id IN {_in('ab', ids, params)})")
    if f.since:
        where.append("v.date >= :since")
        params["since"] = f.since
    if f.until:
        where.append("v.date <= :until")
        params["until"] = f.until
    if f.kind:
        where.append("v.kind = :kind")
        params["kind"] = f.kind
    if f.search:
        where.append("lower(v.quote) LIKE :search")
        params["search"] = f"%{f.search.lower()}%"
    if f.outlet:
        where.append("v.outlet_id IN (SELECT id FROM outlets WHERE lower(name) LIKE :outlet OR lower(domain) LIKE :outlet)")
        params["outlet"] = f"%{f.outlet.lower()}%"
    sql = f"SELECT {', '.join('v.' + c for c in STATEMENT_FIELDS)} FROM statements_view v"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY v.date DESC, v.article_id, v.quote_start"
    if f.limit:
        sql += " LIMIT :limit"
        params["limit"] = f.limit
    return sql, params


def iter_statements(engine: Engine, f: Filters) -> Iterator[dict[str, Any]]:
    with engine.connect() as conn:
        sql, params = statements_sql(conn, f)
        result = conn.execution_options(stream_results=True).execute(text(sql), params)
        for row in result.mappings():
            yield _clean(dict(row))


def statements_frame(engine: Engine, f: Filters) -> pd.DataFrame:
    return pd.DataFrame(list(iter_statements(engine, f)), columns=STATEMENT_FIELDS)


def iter_articles(engine: Engine) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT a.id, a.source, a.url, a.title, o.name AS outlet, a.published, a.byline, a.language, "
        "a.content_hash, a.ingested_at, a.text FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id"
    )
    with engine.connect() as conn:
        for row in conn.execution_options(stream_results=True).execute(text(sql)).mappings():
            yield _clean(dict(row))


def iter_entities(engine: Engine) -> Iterator[dict[str, Any]]:
    with engine.connect() as conn:
        aliases: dict[int, list[str]] = {}
        for eid, alias in conn.execute(text("SELECT entity_id, alias FROM aliases ORDER BY alias")):
            aliases.setdefault(eid, []).append(alias)
        counts = dict(conn.execute(text("SELECT speaker_id, COUNT(*) FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id")).fetchall())
        for row in conn.execute(text("SELECT id, name, kind FROM entities ORDER BY id")).mappings():
            d = dict(row)
            d["aliases"] = "; ".join(a for a in aliases.get(d["id"], []) if a != d["name"])
            d["statements"] = counts.get(d["id"], 0)
            yield d


_TIMESTAMPS = {"published", "ingested_at", "extracted_at"}


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Timestamps as UTC ISO strings and dates as YYYY-MM-DD, identical on SQLite and PostgreSQL."""
    for k, v in d.items():
        if k in _TIMESTAMPS and v is not None:
            if isinstance(v, str):
                v = datetime.fromisoformat(v)
            if v.tzinfo is not None:
                v = v.astimezone(timezone.utc).replace(tzinfo=None)
            d[k] = v.isoformat(timespec="seconds")
        elif isinstance(v, (date, datetime)):
            d[k] = v.isoformat()
        elif isinstance(v, str) and k in ("stated_on", "date"):
            d[k] = v[:10]
    return d
