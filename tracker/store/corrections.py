"""Human decisions about statements, kept apart from what the machine extracted.

Every decision is a row in `corrections`, anchored to the article and the statement's span
and text as the machine produced it (the "anchor"), never to the statement id alone: ids
change when an article is extracted again, the article text does not. The decision is
applied to the statement at once, and re-applied by re-extraction (tracker.store.reextract)
to whichever new machine row overlaps the anchor best.

A statement's status follows from its decisions, oldest first: `rejected` when the latest
is a reject; else `corrected` when any changed a field (speaker, kind, bounds, or the
statement was added by hand); else `confirmed` when one confirmed it; else `auto`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Iterable, Sequence

from sqlalchemy import func, select
from sqlmodel import Session

from tracker.errors import TrackerError
from tracker.store.entities import _ts, describe, find_entity
from tracker.store.models import (
    STATEMENT_KINDS, Article, Correction, Entity, Outlet, Statement, StatementAbout, utcnow,
)

SETS = ("set_speaker", "set_kind", "set_bounds", "add")
ACTIONS = ("confirm", "reject", *SETS)
MANUAL_ENGINE = "manual"  # engine_version of a statement a person added


def status_from(corrections: Sequence[Correction]) -> str:
    if not corrections:
        return "auto"
    if corrections[-1].action == "reject":
        return "rejected"
    if any(c.action in SETS for c in corrections):
        return "corrected"
    return "confirmed"


def apply_correction(st: Statement, c: Correction, text: str, shift: int = 0) -> None:
    """Apply one decision to a statement row; shift moves bounds when the anchor moved."""
    if c.action == "set_speaker":
        st.speaker_id = c.speaker_id
    elif c.action == "set_kind" and c.kind:
        st.kind = c.kind
    elif c.action == "set_bounds" and c.new_start is not None and c.new_end is not None:
        a, b = c.new_start + shift, c.new_end + shift
        if 0 <= a < b <= len(text):
            st.quote_start, st.quote_end, st.quote = a, b, text[a:b]
    elif c.action == "add":
        if c.speaker_id is not None:
            st.speaker_id = c.speaker_id
        if c.kind:
            st.kind = c.kind


def stamp(st: Statement, corrections: Sequence[Correction]) -> None:
    """Status, updated_by and updated_at from the decisions on a statement."""
    st.status = status_from(corrections)
    if corrections:
        last = corrections[-1]
        st.updated_by, st.updated_at = last.author, last.created_at
    else:
        st.updated_by, st.updated_at = None, None


def get_statement(session: Session, statement_id: int) -> Statement:
    st = session.get(Statement, statement_id)
    if st is None:
        raise TrackerError(f"statement {statement_id}: no such statement (ids change after reextract; see tracker statements)")
    return st


def corrections_of(session: Session, statement_id: int) -> list[Correction]:
    return list(session.execute(
        select(Correction).where(Correction.statement_id == statement_id).order_by(Correction.created_at, Correction.id)
    ).scalars())


def anchor_of(session: Session, st: Statement) -> tuple[int, int, str]:
    """The span and text the machine gave this statement: the anchor of every decision on it."""
    first = session.execute(
        select(Correction).where(Correction.statement_id == st.id).order_by(Correction.id)
    ).scalars().first()
    if first is not None:
        return first.quote_start, first.quote_end, first.quote_text
    return st.quote_start, st.quote_end, st.quote


def locate_text(text: str, needle: str, near: int) -> tuple[int, int] | None:
    """The occurrence of needle in text nearest to position near."""
    needle = needle.strip().strip('"\u201c\u201d')
    if not needle:
        return None
    best, pos = None, text.find(needle)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = text.find(needle, pos + 1)
    return (best, best + len(needle)) if best is not None else None


def check_bounds(text: str, start: int, end: int, what: str) -> None:
    if not (0 <= start < end <= len(text)):
        raise TrackerError(f"{what}: bounds {start}-{end} are outside the article text (0-{len(text)}) or empty")


@dataclass
class Change:
    statement: Statement
    corrections: list[Correction] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _record(session: Session, st: Statement, text: str, action: str, author: str, note: str | None, **values) -> Correction:
    a, b, quote = anchor_of(session, st)
    c = Correction(
        article_id=st.article_id, quote_start=a, quote_end=b, quote_text=quote, action=action, author=author,
        note=note, statement_id=st.id, matched=True, created_at=utcnow(), **values,
    )
    session.add(c)
    session.flush()
    apply_correction(st, c, text)
    stamp(st, corrections_of(session, st.id))  # type: ignore[arg-type]
    session.flush()
    return c


def _article_text(session: Session, article_id: int) -> str:
    text = session.execute(select(Article.text).where(Article.id == article_id)).scalar_one_or_none()
    if text is None:
        raise TrackerError(f"article {article_id}: no such article")
    return text


def decide(session: Session, statement_id: int, action: str, author: str, note: str | None = None) -> Change:
    """confirm or reject a statement."""
    assert action in ("confirm", "reject")
    st = get_statement(session, statement_id)
    text = _article_text(session, st.article_id)
    if st.status == ("confirmed" if action == "confirm" else "rejected"):
        return Change(st, [], [action])
    return Change(st, [_record(session, st, text, action, author, note)])


def resolve_speaker(session: Session, ref: str) -> Entity:
    return find_entity(session, ref, follow=True, what="speaker")


def set_fields(
    session: Session, statement_id: int, author: str, speaker: str | None = None, kind: str | None = None,
    start: int | None = None, end: int | None = None, quote: str | None = None, note: str | None = None,
) -> Change:
    """Change a statement's speaker, kind or bounds; one correction per field that changes."""
    st = get_statement(session, statement_id)
    text = _article_text(session, st.article_id)
    # validate everything before recording anything: a bad option changes nothing
    new_speaker = resolve_speaker(session, speaker) if speaker is not None else None
    if kind is not None and kind not in STATEMENT_KINDS:
        raise TrackerError(f"--kind: {kind!r} is not one of {', '.join(STATEMENT_KINDS)}")
    bounds = None
    if quote is not None:
        if start is not None or end is not None:
            raise TrackerError("give the new bounds as --start/--end or as --quote, not both")
        bounds = locate_text(text, quote, st.quote_start)
        if bounds is None:
            raise TrackerError(f"--quote: {quote!r} is not in article {st.article_id}'s text")
    elif start is not None or end is not None:
        bounds = (start if start is not None else st.quote_start, end if end is not None else st.quote_end)
        check_bounds(text, bounds[0], bounds[1], f"statement {st.id}")
    change = Change(st)
    if new_speaker is not None:
        if new_speaker.id == st.speaker_id:
            change.unchanged.append("speaker")
        else:
            change.corrections.append(_record(session, st, text, "set_speaker", author, note, speaker_id=new_speaker.id))
    if kind is not None:
        if kind == st.kind:
            change.unchanged.append("kind")
        else:
            change.corrections.append(_record(session, st, text, "set_kind", author, note, kind=kind))
    if bounds is not None:
        if bounds == (st.quote_start, st.quote_end):
            change.unchanged.append("bounds")
        else:
            change.corrections.append(_record(session, st, text, "set_bounds", author, note, new_start=bounds[0], new_end=bounds[1]))
    return change


def add_statement(
    session: Session, article_id: int, author: str, start: int | None = None, end: int | None = None,
    quote: str | None = None, speaker: str | None = None, kind: str = "direct", note: str | None = None,
) -> Change:
    """A statement the machine missed, added by hand; re-extraction keeps it."""
    text = _article_text(session, article_id)
    if kind not in STATEMENT_KINDS:
        raise TrackerError(f"--kind: {kind!r} is not one of {', '.join(STATEMENT_KINDS)}")
    if quote is not None:
        span = locate_text(text, quote, 0)
        if span is None:
            raise TrackerError(f"--quote: {quote!r} is not in article {article_id}'s text")
    elif start is not None and end is not None:
        span = (start, end)
        check_bounds(text, start, end, f"article {article_id}")
    else:
        raise TrackerError("give the statement's bounds: --start and --end, or --quote")
    sp = resolve_speaker(session, speaker) if speaker else None
    a, b = span
    clash = session.execute(select(Statement.id).where(
        Statement.article_id == article_id, Statement.quote_start < b, Statement.quote_end > a)).first()
    if clash:
        raise TrackerError(f"article {article_id} already has statement {clash[0]} over chars {a}-{b}; "
                           f"correct it instead (tracker statements set {clash[0]} ...)")
    st = Statement(article_id=article_id, speaker_id=sp.id if sp else None, quote=text[a:b], kind=kind,
                   quote_start=a, quote_end=b, engine_version=MANUAL_ENGINE)
    session.add(st)
    session.flush()
    c = Correction(article_id=article_id, quote_start=a, quote_end=b, quote_text=text[a:b], action="add",
                   speaker_id=sp.id if sp else None, kind=kind, note=note, author=author, statement_id=st.id,
                   matched=True, created_at=utcnow())
    session.add(c)
    session.flush()
    stamp(st, [c])
    session.flush()
    return Change(st, [c])


# -- reading back --------------------------------------------------------------------------------

def context(text: str, start: int, end: int, width: int = 280) -> tuple[str, str, str]:
    """(before, quote, after): the quote with its paragraph around it, cut at width characters."""
    para_start = text.rfind("\n", 0, max(start, 0)) + 1
    para_end = text.find("\n", end)
    if para_end == -1:
        para_end = len(text)
    a = max(para_start, start - width)
    b = min(para_end, end + width)
    before = ("…" if a > para_start else "") + text[a:start]
    after = text[end:b] + ("…" if b < para_end else "")
    return before, text[start:end], after


def describe_correction(session: Session, c: Correction) -> str:
    if c.action == "set_speaker":
        e = session.get(Entity, c.speaker_id) if c.speaker_id else None
        detail = f"speaker -> {describe(e) if e else '(none)'}"
    elif c.action == "set_kind":
        detail = f"kind -> {c.kind}"
    elif c.action == "set_bounds":
        detail = f"bounds -> {c.new_start}-{c.new_end}"
    elif c.action == "add":
        e = session.get(Entity, c.speaker_id) if c.speaker_id else None
        detail = f"added by hand ({c.kind}, speaker {describe(e) if e else '(none)'})"
    else:
        detail = c.action
    return detail


def correction_row(session: Session, c: Correction) -> dict[str, Any]:
    return {
        "id": c.id, "article_id": c.article_id, "statement_id": c.statement_id, "matched": bool(c.matched),
        "action": c.action, "change": describe_correction(session, c), "author": c.author,
        "created_at": _ts(c.created_at), "quote_start": c.quote_start, "quote_end": c.quote_end,
        "quote_text": c.quote_text, "note": c.note,
    }


def list_corrections(session: Session, article_ids: Iterable[int] | None = None, unmatched: bool = False,
                     statement_id: int | None = None) -> list[dict[str, Any]]:
    q = select(Correction).order_by(Correction.article_id, Correction.quote_start, Correction.created_at, Correction.id)
    if article_ids is not None:
        q = q.where(Correction.article_id.in_(list(article_ids)))
    if unmatched:
        q = q.where(Correction.matched.is_(False))
    if statement_id is not None:
        q = q.where(Correction.statement_id == statement_id)
    return [correction_row(session, c) for c in session.execute(q).scalars()]


def _day(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        if v.tzinfo is not None:
            v = v.astimezone(timezone.utc)
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v)[:10]


def provenance(session: Session, statement_id: int) -> dict[str, Any]:
    """Where a statement came from and who touched it: what `tracker statements show` prints."""
    st = get_statement(session, statement_id)
    art = session.get(Article, st.article_id)
    assert art is not None
    outlet = session.get(Outlet, art.outlet_id) if art.outlet_id else None
    sp = session.get(Entity, st.speaker_id) if st.speaker_id else None
    about = session.execute(
        select(Entity).join(StatementAbout, StatementAbout.entity_id == Entity.id)
        .where(StatementAbout.statement_id == st.id).order_by(Entity.name)
    ).scalars().all()
    before, quote, after = context(art.text, st.quote_start, st.quote_end)
    n_unmatched = session.execute(select(func.count()).select_from(Correction).where(
        Correction.article_id == art.id, Correction.matched.is_(False))).scalar_one()
    return {
        "id": st.id, "status": st.status,
        "article": {"id": art.id, "title": art.title, "outlet": outlet.name if outlet else None,
                    "published": _ts(art.published), "source": art.source, "url": art.url},
        "quote_start": st.quote_start, "quote_end": st.quote_end, "quote": st.quote,
        "context": {"before": before, "quote": quote, "after": after},
        "speaker": {"id": sp.id, "name": sp.name, "kind": sp.kind} if sp else None,
        "speaker_text": st.speaker_text, "kind": st.kind, "cue": st.cue,
        "stated_on": _day(st.stated_on), "stated_precision": st.stated_precision,
        "about": [{"id": e.id, "name": e.name} for e in about],
        "engine_version": st.engine_version, "extracted_at": _ts(st.extracted_at),
        "updated_by": st.updated_by, "updated_at": _ts(st.updated_at),
        "corrections": list_corrections(session, statement_id=st.id),
        "article_unmatched_corrections": n_unmatched,
    }
