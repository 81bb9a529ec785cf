"""Idempotent writes: one article and everything extracted from it, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timezone
from urllib.parse import urlparse

from sqlalchemy import select
from sqlmodel import Session

from tracker import ENGINE_VERSION
from tracker.ingest.document import Document
from tracker.resolve.article import ResolvedArticle
from tracker.resolve.catalog import EntityIndex
from tracker.store.models import Affiliation, Article, Outlet, Statement, StatementAbout


@dataclass
class WriteResult:
    article_id: int
    created: bool
    statements: int


def outlet_name(raw: str | None, url: str | None) -> str | None:
    """One name per outlet: 'www.theguardian.com' and 'theguardian.com' are the same."""
    name = (raw or "").strip()
    if not name and url:
        name = urlparse(url).hostname or ""
    if not name:
        return None
    if "." in name and " " not in name:
        host = name.lower()
        for prefix in ("www.", "m.", "amp.", "edition.", "mobile."):
            if host.startswith(prefix):
                host = host[len(prefix):]
        return host
    return name


def find_duplicate(session: Session, doc: Document) -> int | None:
    hit = session.execute(select(Article.id).where(Article.content_hash == doc.content_hash)).first()
    if hit is None and doc.url:
        hit = session.execute(select(Article.id).where(Article.url == doc.url)).first()
    return hit[0] if hit is not None else None


def get_outlet(session: Session, name: str | None, url: str | None) -> int | None:
    name = outlet_name(name, url)
    if not name:
        return None
    row = session.execute(select(Outlet).where(Outlet.name == name)).scalars().first()
    if row is None:
        domain = urlparse(url).hostname if url else None
        row = Outlet(name=name, domain=domain)
        session.add(row)
        session.flush()
    assert row.id is not None
    return row.id


def write_article(session: Session, doc: Document, resolved: ResolvedArticle) -> WriteResult:
    """Store the article and its statements; a known article (same text or URL) is left as is.

    The caller owns the transaction: commit after this returns, roll back if it raises.
    """
    dup = find_duplicate(session, doc)
    if dup is not None:
        return WriteResult(dup, False, 0)
    published = doc.published
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)  # a date with no zone is taken as UTC
    article = Article(
        source=doc.source, url=doc.url, title=doc.title,
        outlet_id=get_outlet(session, doc.outlet, doc.url), published=published,
        byline=doc.byline, language=doc.language, text=doc.text, content_hash=doc.content_hash,
    )
    session.add(article)
    session.flush()
    assert article.id is not None
    index = EntityIndex(session)
    ids = {id(e): index.resolve(e) for e in resolved.entities}
    for r in resolved.statements:
        raw = r.raw
        speaker_id = ids.get(id(r.speaker)) if r.speaker is not None else None
        if r.speaker is not None and speaker_id is None:
            speaker_id = ids[id(r.speaker)] = index.resolve(r.speaker)
        st = Statement(
            article_id=article.id, speaker_id=speaker_id, speaker_text=raw.speaker_text,
            quote=raw.quote, kind=raw.kind, cue=raw.cue[:200], quote_start=raw.quote_start,
            quote_end=raw.quote_end, stated_on=raw.stated_on, stated_precision=raw.stated_precision,
            engine_version=ENGINE_VERSION,
        )
        session.add(st)
        session.flush()
        seen: set[int] = set()
        for e in r.about:
            eid = ids.get(id(e)) or index.resolve(e)
            if eid not in seen and eid != speaker_id:
                seen.add(eid)
                session.add(StatementAbout(statement_id=st.id, entity_id=eid))
    for af in resolved.affiliations:
        pid, oid = ids.get(id(af.person)), ids.get(id(af.organization))
        if pid is None or oid is None:
            continue
        exists = session.execute(
            select(Affiliation.id).where(
                Affiliation.person_id == pid, Affiliation.organization_id == oid, Affiliation.role == af.role
            )
        ).first()
        if exists is None:
            session.add(Affiliation(person_id=pid, organization_id=oid, role=af.role, article_id=article.id))
    session.flush()
    return WriteResult(article.id, True, len(resolved.statements))
