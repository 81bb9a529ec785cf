"""Re-extraction: run the current engine over stored articles again, replace the machine
rows, and re-apply every human decision.

For each article, in one transaction:
1. the stored text is analysed again (tracker.pipeline.analyse), every new row records
   ENGINE_VERSION and a fresh extracted_at;
2. each group of corrections (all decisions anchored to one span) is located in the text
   (the anchor's span when the text there is unchanged, else the anchor's text nearest to
   it, else a fuzzy match) and attached to the new machine row that overlaps it best:
   intersection over union of the character spans, at least one half, or one span
   inside the other; ties go to the closer text (rapidfuzz);
3. a statement added by hand that the engine still misses is written again as a manual row;
4. a decision that finds nothing is kept, with matched = false and no statement, and is
   reported; it is tried again by every later re-extraction;
5. statement ids are kept where the same statement comes back (same span, or the row the
   decisions were attached to), so ids people noted stay valid when nothing changed.
Affiliations found in the text (origin=text) are replaced the same way; manual ones stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Iterable

from rapidfuzz import fuzz
from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlmodel import Session

from tracker import ENGINE_VERSION
from tracker.ingest.document import Document
from tracker.resolve.article import ResolvedArticle
from tracker.resolve.catalog import EntityIndex
from tracker.store.corrections import MANUAL_ENGINE, apply_correction, correction_row, stamp
from tracker.store.db import ensure_schema
from tracker.store.entities import final_entity
from tracker.store.models import (
    Affiliation, Article, Correction, Entity, Outlet, Statement, StatementAbout, utcnow,
)

MIN_IOU = 0.5


class MergeAwareIndex(EntityIndex):
    """EntityIndex that follows merged_into, so a merged-away name resolves to the entity
    it was merged into instead of reviving the old one."""

    def _by_key(self, key: str) -> Entity | None:
        e = super()._by_key(key)
        return final_entity(self.session, e) if e is not None else None

    def _by_alias(self, key: str, kind: str) -> Entity | None:
        e = super()._by_alias(key, kind)
        return final_entity(self.session, e) if e is not None else None


@dataclass
class ArticleOutcome:
    article_id: int
    before: int = 0  # statements before (machine and manual)
    after: int = 0
    kept_ids: int = 0
    reapplied: int = 0  # corrections attached to a statement again
    unmatched: list[dict] = field(default_factory=list)


@dataclass
class ReextractSummary:
    articles: int = 0
    failed: int = 0
    statements_before: int = 0
    statements_after: int = 0
    reapplied: int = 0
    unmatched: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return self.failed == 0


def document_for(session: Session, art: Article) -> Document:
    """The Document the article was stored from, rebuilt from its row."""
    outlet = session.get(Outlet, art.outlet_id) if art.outlet_id else None
    return Document(source=art.source, text=art.text, title=art.title, url=art.url,
                    outlet=outlet.name if outlet else None, published=art.published,
                    byline=art.byline, language=art.language)


def locate_anchor(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where a decision's anchor is in the (possibly re-cleaned) article text now."""
    if text[start:end] == quote:
        return start, end
    best, pos = None, text.find(quote) if quote else -1
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(quote, pos + 1)
    if best is not None:
        return best, best + len(quote)
    if len(quote) >= 12:
        al = fuzz.partial_ratio_alignment(quote, text, score_cutoff=90)
        if al is not None:
            a, b = al.dest_start, al.dest_end
            # the alignment may cut a word: widen to whole words
            while a > 0 and text[a - 1].isalnum() and quote[:1].isalnum():
                a -= 1
            while b < len(text) and text[b].isalnum() and quote[-1:].isalnum():
                b += 1
            return a, b
    return None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two spans, or 0 when they are not the same statement:
    less than half shared and neither inside the other."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    iou = inter / (max(a[1], b[1]) - min(a[0], b[0]))
    if iou >= MIN_IOU or inter == min(a[1] - a[0], b[1] - b[0]):
        return iou
    return 0.0


@dataclass
class _Group:
    """The decisions anchored to one span, oldest first."""

    start: int
    end: int
    quote: str
    corrections: list[Correction]
    located: tuple[int, int] | None = None

    @property
    def added(self) -> Correction | None:
        return next((c for c in self.corrections if c.action == "add"), None)

    @property
    def old_ids(self) -> list[int]:
        return [c.statement_id for c in self.corrections if c.statement_id is not None]


def _groups(corrections: Iterable[Correction]) -> list[_Group]:
    groups: dict[tuple[int, int, str], _Group] = {}
    for c in sorted(corrections, key=lambda c: (_sortable(c.created_at), c.id or 0)):
        k = (c.quote_start, c.quote_end, c.quote_text)
        if k not in groups:
            groups[k] = _Group(c.quote_start, c.quote_end, c.quote_text, [])
        groups[k].corrections.append(c)
    return list(groups.values())


def _sortable(v: datetime | None) -> str:
    return v.isoformat() if v else ""


def replace_machine_rows(session: Session, art: Article, resolved: ResolvedArticle) -> ArticleOutcome:
    """Replace an article's machine statements by `resolved` and re-apply its corrections.

    The caller owns the transaction: commit after this returns, roll back if it raises.
    """
    assert art.id is not None
    text = art.text
    now = utcnow()
    out = ArticleOutcome(art.id)
    old = {s.id: s for s in session.execute(select(Statement).where(Statement.article_id == art.id)).scalars()}
    out.before = len(old)
    corrections = list(session.execute(select(Correction).where(Correction.article_id == art.id)).scalars())
    groups = _groups(corrections)

    # resolve the new extraction's entities (following merges)
    index = MergeAwareIndex(session)
    ids = {id(e): index.resolve(e) for e in resolved.entities}
    new: list[dict] = []
    for r in resolved.statements:
        raw = r.raw
        speaker_id = None
        if r.speaker is not None:
            speaker_id = ids.get(id(r.speaker))
            if speaker_id is None:
                speaker_id = ids[id(r.speaker)] = index.resolve(r.speaker)
        about: list[int] = []
        for e in r.about:
            eid = ids.get(id(e)) or index.resolve(e)
            if eid not in about and eid != speaker_id:
                about.append(eid)
        new.append({"fields": dict(
            speaker_id=speaker_id, speaker_text=raw.speaker_text, quote=raw.quote, kind=raw.kind, cue=raw.cue[:200],
            quote_start=raw.quote_start, quote_end=raw.quote_end, stated_on=raw.stated_on,
            stated_precision=raw.stated_precision, engine_version=ENGINE_VERSION, extracted_at=now,
            speaker_label=r.label if speaker_id is None else None,
        ), "about": about, "group": None, "id": None})

    # attach each group of decisions to the new row that overlaps its anchor best
    pairs = []
    for gi, g in enumerate(groups):
        g.located = locate_anchor(text, g.start, g.end, g.quote)
        if g.located is None:
            continue
        for ni, n in enumerate(new):
            span = (n["fields"]["quote_start"], n["fields"]["quote_end"])
            score = overlap(g.located, span)
            if score > 0:
                pairs.append((-score, -fuzz.ratio(g.quote, n["fields"]["quote"]), gi, ni))
    taken_g: dict[int, int] = {}
    for _, _, gi, ni in sorted(pairs):
        if gi in taken_g or new[ni]["group"] is not None:
            continue
        taken_g[gi] = ni
        new[ni]["group"] = gi

    # a statement added by hand that the engine still misses comes back as a manual row
    for gi, g in enumerate(groups):
        add = g.added
        if gi in taken_g or add is None or g.located is None:
            continue
        a, b = g.located
        new.append({"fields": dict(
            speaker_id=add.speaker_id, speaker_text="", quote=text[a:b], kind=add.kind or "direct", cue="",
            quote_start=a, quote_end=b, stated_on=None, stated_precision=None,
            engine_version=MANUAL_ENGINE, extracted_at=now,
        ), "about": [], "group": gi, "id": None})
        taken_g[gi] = len(new) - 1

    # keep ids: the row a group's decisions were on, else an old row with the same span
    claimed: set[int] = set()
    for n in new:
        if n["group"] is not None:
            for sid in reversed(groups[n["group"]].old_ids):
                if sid in old and sid not in claimed:
                    n["id"] = sid
                    claimed.add(sid)
                    break
    corrected_old = {sid for g in groups for sid in g.old_ids}
    by_span: dict[tuple[int, int], list[int]] = {}
    for sid, s in sorted(old.items()):
        if sid not in corrected_old:
            by_span.setdefault((s.quote_start, s.quote_end), []).append(sid)
    for n in new:
        if n["id"] is None:
            for sid in by_span.get((n["fields"]["quote_start"], n["fields"]["quote_end"]), []):
                if sid not in claimed:
                    n["id"] = sid
                    claimed.add(sid)
                    break

    # write: detach decisions, drop old about links and the rows not kept, then upsert
    session.execute(update(Correction).where(Correction.article_id == art.id).values(statement_id=None))
    if old:
        session.execute(delete(StatementAbout).where(StatementAbout.statement_id.in_(list(old))))
    for sid, s in old.items():
        if sid not in claimed:
            session.delete(s)
    session.flush()
    rows: list[Statement] = []
    for n in new:
        if n["id"] is not None:
            st = old[n["id"]]
            for k, v in n["fields"].items():
                setattr(st, k, v)
            out.kept_ids += 1
        else:
            st = Statement(article_id=art.id, **n["fields"])
            session.add(st)
        st.status, st.updated_by, st.updated_at = "auto", None, None
        rows.append(st)
    session.flush()
    for n, st in zip(new, rows):
        for eid in n["about"]:
            session.add(StatementAbout(statement_id=st.id, entity_id=eid))

    # re-apply the decisions
    for gi, g in enumerate(groups):
        ni = taken_g.get(gi)
        if ni is None:
            for c in g.corrections:
                c.statement_id, c.matched = None, False
            out.unmatched.extend(correction_row(session, c) for c in g.corrections)
            continue
        st = rows[ni]
        shift = g.located[0] - g.start if g.located else 0
        for c in g.corrections:
            apply_correction(st, c, text, shift)
            c.statement_id, c.matched = st.id, True
            out.reapplied += 1
        stamp(st, g.corrections)
    out.after = len(rows)

    _replace_affiliations(session, art.id, resolved, ids)
    session.flush()
    return out


def _replace_affiliations(session: Session, article_id: int, resolved: ResolvedArticle, ids: dict[int, int]) -> None:
    found: set[tuple[int, int, str]] = set()
    for af in resolved.affiliations:
        pid, oid = ids.get(id(af.person)), ids.get(id(af.organization))
        if pid is not None and oid is not None and pid != oid:
            found.add((pid, oid, af.role[:300]))
    for af in session.execute(select(Affiliation).where(
            Affiliation.article_id == article_id, Affiliation.origin == "text")).scalars().all():
        if (af.person_id, af.organization_id, af.role) not in found:
            session.delete(af)
    session.flush()
    for pid, oid, role in sorted(found):
        exists = session.execute(select(Affiliation.id).where(
            Affiliation.person_id == pid, Affiliation.organization_id == oid, Affiliation.role == role)).first()
        if exists is None:
            session.add(Affiliation(person_id=pid, organization_id=oid, role=role, article_id=article_id))
    session.flush()


def select_articles(
    engine, article_ids: list[int] | None = None, filters=None, since: date | None = None,
    until: date | None = None, outlet: str | None = None, stale: bool = False,
) -> list[int]:
    """The articles to re-extract. Statement filters (filters: report.query.Filters) pick the
    articles of matching statements; since/until/outlet alone pick articles by publication."""
    from sqlalchemy import func

    if filters is not None:
        from tracker.report.query import iter_statements

        chosen = sorted({r["article_id"] for r in iter_statements(engine, filters)})
    else:
        q = select(Article.id).order_by(Article.id)
        # publication dates are stored in UTC: a day runs from its midnight to the next, UTC
        if since:
            q = q.where(Article.published >= datetime(since.year, since.month, since.day, tzinfo=timezone.utc))
        if until:
            q = q.where(Article.published < datetime(until.year, until.month, until.day, tzinfo=timezone.utc) + timedelta(days=1))
        if outlet:
            pat = f"%{outlet.lower()}%"
            q = q.where(Article.outlet_id.in_(select(Outlet.id).where(
                or_(func.lower(Outlet.name).like(pat), func.lower(Outlet.domain).like(pat)))))
        with Session(engine) as s:
            chosen = list(s.execute(q).scalars())
    if article_ids:
        wanted = set(article_ids)
        chosen = [a for a in chosen if a in wanted]
    if stale:
        with Session(engine) as s:
            current = set(s.execute(select(Statement.article_id).where(Statement.engine_version == ENGINE_VERSION)).scalars())
            other = set(s.execute(select(Statement.article_id).where(
                Statement.engine_version != ENGINE_VERSION, Statement.engine_version != MANUAL_ENGINE)).scalars())
        chosen = [a for a in chosen if a in other or a not in current]
    return chosen


def reextract(
    url: str | None, article_ids: list[int], dry_run: bool = False,
    on_article: Callable[[int, ArticleOutcome | str], None] | None = None,
) -> ReextractSummary:
    """Re-extract the given articles, each in its own transaction (rolled back with dry_run)."""
    from tracker.pipeline import analyse

    engine = ensure_schema(url)
    summary = ReextractSummary(dry_run=dry_run)
    try:
        for aid in article_ids:
            try:
                with Session(engine) as session:
                    art = session.get(Article, aid)
                    if art is None:
                        raise LookupError("no such article")
                    try:
                        resolved = analyse(document_for(session, art))
                    except Exception as exc:  # an engine bug must not sink the batch
                        raise LookupError(f"extraction failed: {type(exc).__name__}: {exc}") from exc
                    try:
                        outcome = replace_machine_rows(session, art, resolved)
                        if dry_run:
                            session.rollback()
                        else:
                            session.commit()
                    except BaseException:
                        session.rollback()
                        raise
            except (OperationalError, InterfaceError):
                raise  # the database is gone: stop rather than fail every article
            except (LookupError, SQLAlchemyError) as exc:
                reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                summary.failed += 1
                summary.failures.append(f"article {aid}: {reason}")
                if on_article:
                    on_article(aid, reason)
                continue
            summary.articles += 1
            summary.statements_before += outcome.before
            summary.statements_after += outcome.after
            summary.reapplied += outcome.reapplied
            summary.unmatched.extend(outcome.unmatched)
            if on_article:
                on_article(aid, outcome)
    finally:
        engine.dispose()
    return summary
