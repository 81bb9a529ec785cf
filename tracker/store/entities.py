"""Entities by hand: look up, add, alias, rename, set kind, affiliate, merge and unmerge.

A merge moves everything that points at the source (aliases, spoken statements, "about"
links, affiliations, the speaker of corrections) onto the target and sets
source.merged_into. Moving, rather than only setting merged_into, keeps every reader
simple and correct: reports, exports, `tracker sql` and Datasette count by speaker_id and
need no knowledge of merges. The source row stays (its key keeps new articles and
re-extraction resolving to it, then on to the target through merged_into) and the merge
row keeps a JSON snapshot of exactly what moved, so unmerge puts every row back.
"""

from __future__ import annotations

import getpass
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlmodel import Session

from tracker.errors import TrackerError
from tracker.resolve.keys import entity_key
from tracker.store.models import (
    SPEAKER_KINDS, Affiliation, Alias, Correction, Entity, Merge, Statement, StatementAbout, utcnow,
)


def author_name(explicit: str | None = None) -> str:
    """Who made a change: --author, else the login name."""
    if explicit and explicit.strip():
        return explicit.strip()[:100]
    name = os.environ.get("USER") or os.environ.get("USERNAME")
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name in some containers
            name = "unknown"
    return name[:100]


# -- looking entities up -------------------------------------------------------------------------

_ID_RE = re.compile(r"#?(\d+)")


def describe(e: Entity) -> str:
    return f"#{e.id} {e.name} ({e.kind})"


def final_entity(session: Session, e: Entity) -> Entity:
    """Follow merged_into to the entity that stands for e now."""
    seen = {e.id}
    while e.merged_into is not None:
        nxt = session.get(Entity, e.merged_into)
        if nxt is None or nxt.id in seen:
            break
        seen.add(nxt.id)
        e = nxt
    return e


def candidates(session: Session, ref: str) -> list[Entity]:
    """Entities a user may mean by ref: an id (#12 or 12), the exact name, else an alias."""
    ref = ref.strip()
    m = _ID_RE.fullmatch(ref)
    if m:
        e = session.get(Entity, int(m.group(1)))
        return [e] if e is not None else []
    key = entity_key(ref)
    if not key:
        return []
    by_key = session.execute(select(Entity).where(Entity.key == key)).scalars().all()
    if by_key:
        return list(by_key)
    by_alias = session.execute(
        select(Entity).join(Alias, Alias.entity_id == Entity.id).where(Alias.key == key).order_by(Entity.id)
    ).scalars().all()
    return list({e.id: e for e in by_alias}.values())


def find_entity(session: Session, ref: str, follow: bool = True, what: str = "entity") -> Entity:
    """The one entity ref names; with follow, a merged-away entity gives the one it went into.

    Raises TrackerError naming the candidates when ref is unknown or ambiguous.
    """
    found = candidates(session, ref)
    if follow:
        found = list({f.id: f for f in (final_entity(session, e) for e in found)}.values())
    if not found:
        raise TrackerError(f"{what} {ref!r}: no such entity (try: tracker entities list --search {ref!r})")
    if len(found) > 1:
        names = ", ".join(describe(e) for e in found[:8])
        raise TrackerError(f"{what} {ref!r} is ambiguous: {names}; give the id, e.g. #{found[0].id}")
    return found[0]


def check_kind(kind: str) -> str:
    kind = kind.strip().lower()
    if kind == "org":
        kind = "organization"
    if kind not in SPEAKER_KINDS:
        raise TrackerError(f"kind {kind!r} is not one of {', '.join(SPEAKER_KINDS)}")
    return kind


# -- listing and showing -------------------------------------------------------------------------

def _day(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (date, datetime)):
        return v.isoformat()[:10]
    return str(v)[:10]


def _roots(session: Session) -> dict[int, int]:
    """merged entity id -> the entity it ends up in (following chains)."""
    parent = dict(session.execute(select(Entity.id, Entity.merged_into).where(Entity.merged_into.is_not(None))).all())
    out = {}
    for eid in parent:
        seen, cur = {eid}, parent[eid]
        while cur in parent and cur not in seen:
            seen.add(cur)
            cur = parent[cur]
        out[eid] = cur
    return out


def seen_stats(session: Session, ids: list[int] | None = None) -> dict[int, dict[str, Any]]:
    """Per speaker: statements (not rejected), rejected ones, first and last date said.

    A merge moves statements to the kept entity; any said since by a merged-away name
    (ingested before resolution learnt of the merge) count under the kept one too, as in
    reports."""
    from sqlalchemy import text

    roots = _roots(session)
    wanted = None
    if ids is not None:
        if not ids:
            return {}
        wanted = set(ids)
        ids = sorted(wanted | {e for e, r in roots.items() if r in wanted})
    if session.get_bind().dialect.name == "sqlite":
        day = "COALESCE(s.stated_on, date(a.published))"
    else:
        day = "COALESCE(s.stated_on, CAST(a.published AT TIME ZONE 'UTC' AS DATE))"
    sql = (
        "SELECT s.speaker_id, "
        "SUM(CASE WHEN s.status = 'rejected' THEN 0 ELSE 1 END), "
        "SUM(CASE WHEN s.status = 'rejected' THEN 1 ELSE 0 END), "
        f"MIN(CASE WHEN s.status = 'rejected' THEN NULL ELSE {day} END), "
        f"MAX(CASE WHEN s.status = 'rejected' THEN NULL ELSE {day} END) "
        "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.speaker_id IS NOT NULL"
    )
    params: dict[str, Any] = {}
    if ids is not None:
        sql += " AND s.speaker_id IN (" + ", ".join(f":i{n}" for n in range(len(ids))) + ")"
        params = {f"i{n}": v for n, v in enumerate(ids)}
    sql += " GROUP BY s.speaker_id"
    out: dict[int, dict[str, Any]] = {}
    for sid, n, rej, first, last in session.execute(text(sql), params):
        root = roots.get(sid, sid)
        if wanted is not None and root not in wanted:
            continue
        d = out.setdefault(root, {"statements": 0, "rejected": 0, "first_seen": None, "last_seen": None})
        d["statements"] += int(n or 0)
        d["rejected"] += int(rej or 0)
        first, last = _day(first), _day(last)
        if first and (d["first_seen"] is None or first < d["first_seen"]):
            d["first_seen"] = first
        if last and (d["last_seen"] is None or last > d["last_seen"]):
            d["last_seen"] = last
    return out


def list_entities(
    session: Session, kind: str | None = None, search: str | None = None, include_merged: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    q = select(Entity).order_by(Entity.id)
    if kind:
        q = q.where(Entity.kind == check_kind(kind))
    if search:
        pat = f"%{search.lower()}%"
        q = q.where(or_(
            func.lower(Entity.name).like(pat),
            Entity.id.in_(select(Alias.entity_id).where(func.lower(Alias.alias).like(pat))),
        ))
    if not include_merged:
        q = q.where(Entity.merged_into.is_(None))
    if limit:
        q = q.limit(limit)
    ents = session.execute(q).scalars().all()
    ids = [e.id for e in ents]
    aliases: dict[int, list[str]] = {}
    stats: dict[int, dict[str, Any]] = {}
    for chunk in range(0, len(ids), 500):  # stay under bound-parameter limits
        part = ids[chunk:chunk + 500]
        for eid, alias in session.execute(select(Alias.entity_id, Alias.alias).where(Alias.entity_id.in_(part)).order_by(Alias.alias)):
            aliases.setdefault(eid, []).append(alias)
        stats.update(seen_stats(session, part))
    rows = []
    for e in ents:
        st = stats.get(e.id, {})
        rows.append({
            "id": e.id, "name": e.name, "kind": e.kind,
            "aliases": "; ".join(a for a in aliases.get(e.id, []) if a != e.name),
            "statements": st.get("statements", 0), "first_seen": st.get("first_seen"), "last_seen": st.get("last_seen"),
            "merged_into": e.merged_into,
        })
    return rows


def _affiliation_rows(session: Session, where, other_col) -> list[dict[str, Any]]:
    other = Entity
    rows = session.execute(
        select(Affiliation, other).join(other, other.id == other_col).where(where).order_by(other.name, Affiliation.role)
    ).all()
    return [{
        "affiliation_id": af.id, "id": e.id, "name": e.name, "kind": e.kind, "role": af.role,
        "start": _day(af.start), "end": _day(af.end), "origin": af.origin, "article_id": af.article_id,
    } for af, e in rows]


def entity_details(session: Session, ref: str) -> dict[str, Any]:
    """Everything `tracker entities show` prints about one entity."""
    e = find_entity(session, ref, follow=False)
    aliases = session.execute(select(Alias.alias).where(Alias.entity_id == e.id).order_by(Alias.alias)).scalars().all()
    st = seen_stats(session, [e.id]).get(e.id, {})
    about = session.execute(select(func.count()).select_from(StatementAbout).where(StatementAbout.entity_id == e.id)).scalar_one()
    merges = []
    for m in session.execute(
        select(Merge).where(or_(Merge.source_id == e.id, Merge.target_id == e.id)).order_by(Merge.id)
    ).scalars():
        other = session.get(Entity, m.target_id if m.source_id == e.id else m.source_id)
        merges.append({
            "merge_id": m.id, "direction": "into" if m.source_id == e.id else "from",
            "other": describe(other) if other else f"#{m.target_id}", "author": m.author, "reason": m.reason,
            "created_at": _ts(m.created_at), "undone_at": _ts(m.undone_at),
        })
    merged_into = session.get(Entity, e.merged_into) if e.merged_into else None
    return {
        "id": e.id, "name": e.name, "kind": e.kind, "key": e.key, "created_at": _ts(e.created_at),
        "merged_into": describe(merged_into) if merged_into else None,
        "aliases": list(aliases),
        "statements": st.get("statements", 0), "rejected": st.get("rejected", 0),
        "first_seen": st.get("first_seen"), "last_seen": st.get("last_seen"), "about": about,
        # people who speak for this organisation, and organisations this person speaks for
        "people": _affiliation_rows(session, Affiliation.organization_id == e.id, Affiliation.person_id),
        "organizations": _affiliation_rows(session, Affiliation.person_id == e.id, Affiliation.organization_id),
        "merges": merges,
    }


def _ts(v: datetime | None) -> str | None:
    if v is None:
        return None
    if v.tzinfo is not None:
        v = v.astimezone(timezone.utc).replace(tzinfo=None)
    return v.isoformat(timespec="seconds")


# -- editing -------------------------------------------------------------------------------------

def _other_with_key(session: Session, key: str, not_id: int | None = None) -> Entity | None:
    q = select(Entity).where(Entity.key == key)
    if not_id is not None:
        q = q.where(Entity.id != not_id)
    return session.execute(q).scalars().first()


def _ensure_alias(session: Session, entity_id: int, alias: str) -> bool:
    key = entity_key(alias)
    if not key:
        raise TrackerError(f"alias {alias!r}: nothing left to match once normalised")
    exists = session.execute(select(Alias.id).where(Alias.key == key, Alias.entity_id == entity_id)).first()
    if exists:
        return False
    session.add(Alias(entity_id=entity_id, alias=alias.strip()[:300], key=key[:300]))
    session.flush()
    return True


def add_entity(session: Session, name: str, kind: str, aliases: list[str] | None = None) -> Entity:
    name = name.strip()
    key = entity_key(name)
    if not name or not key:
        raise TrackerError(f"name {name!r}: empty once normalised")
    other = _other_with_key(session, key)
    if other is not None:
        raise TrackerError(f"{name!r} already exists as {describe(other)}")
    e = Entity(name=name[:300], key=key[:300], kind=check_kind(kind))
    session.add(e)
    session.flush()
    for a in [name, *(aliases or [])]:
        _ensure_alias(session, e.id, a)  # type: ignore[arg-type]
    return e


@dataclass
class AliasResult:
    entity: Entity
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)  # also an alias or name of another entity


def edit_aliases(session: Session, ref: str, add: list[str], remove: list[str]) -> AliasResult:
    e = find_entity(session, ref)
    res = AliasResult(e)
    for a in add:
        if _ensure_alias(session, e.id, a):  # type: ignore[arg-type]
            res.added.append(a)
            key = entity_key(a)
            clash = session.execute(
                select(Entity.id).where(Entity.id != e.id, Entity.merged_into.is_(None), or_(
                    Entity.key == key, Entity.id.in_(select(Alias.entity_id).where(Alias.key == key))))
            ).first()
            if clash:
                res.shared.append(a)
        else:
            res.unchanged.append(a)
    for a in remove:
        key = entity_key(a)
        n = session.execute(delete(Alias).where(Alias.entity_id == e.id, Alias.key == key)).rowcount
        (res.removed if n else res.unchanged).append(a)
    session.flush()
    return res


def entity_aliases(session: Session, ref: str) -> tuple[Entity, list[str]]:
    e = find_entity(session, ref, follow=False)
    return e, list(session.execute(select(Alias.alias).where(Alias.entity_id == e.id).order_by(Alias.alias)).scalars())


def rename_entity(session: Session, ref: str, new_name: str) -> tuple[Entity, str]:
    """Rename; the key stays, so the names articles use keep resolving here (and re-extraction
    does not fork the entity); the new and old names are both kept as aliases."""
    e = find_entity(session, ref)
    new_name = new_name.strip()
    new_key = entity_key(new_name)
    if not new_key:
        raise TrackerError(f"name {new_name!r}: empty once normalised")
    other = _other_with_key(session, new_key, e.id)
    if other is not None and other.merged_into is None:
        raise TrackerError(
            f"{new_name!r} is already {describe(other)}: merge instead "
            f"(tracker entities merge '#{e.id}' --into '#{other.id}')"
        )
    old = e.name
    _ensure_alias(session, e.id, old)  # type: ignore[arg-type]
    e.name = new_name[:300]
    _ensure_alias(session, e.id, new_name)  # type: ignore[arg-type]
    session.flush()
    return e, old


def set_kind(session: Session, ref: str, kind: str) -> tuple[Entity, str]:
    e = find_entity(session, ref)
    old = e.kind
    e.kind = check_kind(kind)
    session.flush()
    return e, old


def affiliate(
    session: Session, person_ref: str, org_ref: str, role: str = "", start: date | None = None,
    end: date | None = None, remove: bool = False,
) -> tuple[Affiliation | None, str]:
    """Set (or remove) a person's affiliation by hand: origin=manual, which re-extraction keeps."""
    person = find_entity(session, person_ref, what="person")
    org = find_entity(session, org_ref, what="organisation")
    if person.id == org.id:
        raise TrackerError(f"{describe(person)} cannot be affiliated with itself")
    if start and end and end < start:
        raise TrackerError(f"--end {end} is before --start {start}")
    role = (role or "").strip()[:300]
    q = select(Affiliation).where(Affiliation.person_id == person.id, Affiliation.organization_id == org.id)
    if remove:
        if role:
            q = q.where(Affiliation.role == role)
        rows = session.execute(q).scalars().all()
        if not rows:
            raise TrackerError(f"{describe(person)} has no affiliation with {describe(org)}" + (f" as {role!r}" if role else ""))
        for r in rows:
            session.delete(r)
        session.flush()
        return None, f"removed {len(rows)} affiliation(s) of {describe(person)} with {describe(org)}"
    af = session.execute(q.where(Affiliation.role == role)).scalars().first()
    verb = "updated"
    if af is None:
        af = Affiliation(person_id=person.id, organization_id=org.id, role=role)
        session.add(af)
        verb = "added"
    af.start, af.end, af.origin = start, end, "manual"
    session.flush()
    span = f" from {start}" if start else ""
    span += f" until {end}" if end else ""
    return af, f"{verb}: {describe(person)} — {role or '(no role)'} — {describe(org)}{span}"


# -- merge and unmerge ---------------------------------------------------------------------------

def _row(obj) -> dict[str, Any]:
    out = {}
    for c in obj.__table__.columns:
        v = getattr(obj, c.key)
        out[c.key] = v.isoformat() if isinstance(v, (date, datetime)) else v
    return out


def _affiliation_from(d: dict[str, Any]) -> dict[str, Any]:
    d = dict(d)
    for k in ("start", "end"):
        if d.get(k):
            d[k] = date.fromisoformat(d[k])
    return d


@dataclass
class MergeResult:
    merge: Merge
    source: Entity
    target: Entity
    moved: dict[str, int]


def merge_entities(session: Session, source_ref: str, target_ref: str, author: str, reason: str | None = None,
                   force: bool = False) -> MergeResult:
    src = find_entity(session, source_ref, follow=False, what="source")
    tgt = find_entity(session, target_ref, follow=False, what="target")
    if src.id == tgt.id:
        raise TrackerError(f"cannot merge {describe(src)} into itself")
    if src.merged_into is not None:
        raise TrackerError(f"{describe(src)} is already merged into #{src.merged_into}")
    if tgt.merged_into is not None:
        raise TrackerError(f"{describe(tgt)} was merged into #{tgt.merged_into}; merge into that one instead")
    if not force and "unknown" not in (src.kind, tgt.kind) and src.kind != tgt.kind:
        raise TrackerError(f"{describe(src)} and {describe(tgt)} are of different kinds; set-kind first or pass --force")
    s, t = src.id, tgt.id
    snap: dict[str, Any] = {"source_id": s, "target_id": t, "source_merged_into": src.merged_into}

    # aliases: move; one the target already has is deleted (kept in the snapshot)
    target_keys = set(session.execute(select(Alias.key).where(Alias.entity_id == t)).scalars())
    moved, dropped = [], []
    for a in session.execute(select(Alias).where(Alias.entity_id == s).order_by(Alias.id)).scalars().all():
        if a.key in target_keys:
            dropped.append(_row(a))
            session.delete(a)
        else:
            moved.append(a.id)
            target_keys.add(a.key)
    session.flush()
    if moved:
        session.execute(update(Alias).where(Alias.id.in_(moved)).values(entity_id=t))
    snap["aliases_moved"], snap["aliases_deleted"] = moved, dropped
    added = []
    # the source's own name must keep finding the target
    if entity_key(src.name) and entity_key(src.name) not in target_keys:
        al = Alias(entity_id=t, alias=src.name, key=entity_key(src.name)[:300])
        session.add(al)
        session.flush()
        added.append(al.id)
    snap["aliases_added"] = added

    stmts = list(session.execute(select(Statement.id).where(Statement.speaker_id == s).order_by(Statement.id)).scalars())
    if stmts:
        session.execute(update(Statement).where(Statement.id.in_(stmts)).values(speaker_id=t))
    snap["statements_moved"] = stmts

    about_src = list(session.execute(select(StatementAbout.statement_id).where(StatementAbout.entity_id == s)).scalars())
    about_tgt = set(session.execute(select(StatementAbout.statement_id).where(StatementAbout.entity_id == t)).scalars())
    about_move = sorted(x for x in about_src if x not in about_tgt)
    about_drop = sorted(x for x in about_src if x in about_tgt)
    if about_drop:
        session.execute(delete(StatementAbout).where(StatementAbout.entity_id == s, StatementAbout.statement_id.in_(about_drop)))
    if about_move:
        session.execute(update(StatementAbout).where(StatementAbout.entity_id == s, StatementAbout.statement_id.in_(about_move)).values(entity_id=t))
    snap["about_moved"], snap["about_deleted"] = about_move, about_drop

    af_moved, af_dropped = [], []
    existing = {(a.person_id, a.organization_id, a.role) for a in session.execute(
        select(Affiliation).where(or_(Affiliation.person_id == t, Affiliation.organization_id == t))).scalars()}
    for af in session.execute(
        select(Affiliation).where(or_(Affiliation.person_id == s, Affiliation.organization_id == s)).order_by(Affiliation.id)
    ).scalars().all():
        p = t if af.person_id == s else af.person_id
        o = t if af.organization_id == s else af.organization_id
        if p == o or (p, o, af.role) in existing:
            af_dropped.append(_row(af))
            session.delete(af)
            continue
        af_moved.append({"id": af.id, "person_id": af.person_id, "organization_id": af.organization_id})
        af.person_id, af.organization_id = p, o
        existing.add((p, o, af.role))
    session.flush()
    snap["affiliations_moved"], snap["affiliations_deleted"] = af_moved, af_dropped

    corr = list(session.execute(select(Correction.id).where(Correction.speaker_id == s).order_by(Correction.id)).scalars())
    if corr:
        session.execute(update(Correction).where(Correction.id.in_(corr)).values(speaker_id=t))
    snap["corrections_moved"] = corr

    src.merged_into = t
    m = Merge(source_id=s, target_id=t, author=author, reason=reason, snapshot=json.dumps(snap, sort_keys=True))
    session.add(m)
    session.flush()
    session.refresh(src)
    return MergeResult(m, src, tgt, {
        "aliases": len(moved) + len(dropped), "statements": len(stmts), "about": len(about_src),
        "affiliations": len(af_moved) + len(af_dropped), "corrections": len(corr),
    })


def find_merge(session: Session, ref: str) -> Merge:
    """The merge to undo: 'merge:ID', or the latest live merge of the entity ref names."""
    ref = ref.strip()
    if ref.lower().startswith("merge:"):
        m = session.get(Merge, int(ref.split(":", 1)[1])) if ref.split(":", 1)[1].isdigit() else None
        if m is None:
            raise TrackerError(f"{ref}: no such merge")
        return m
    e = find_entity(session, ref, follow=False)
    m = session.execute(
        select(Merge).where(Merge.source_id == e.id, Merge.undone_at.is_(None)).order_by(Merge.id.desc())
    ).scalars().first()
    if m is None:
        raise TrackerError(f"{describe(e)} was not merged into anything (see: tracker entities show '#{e.id}')")
    return m


def unmerge(session: Session, ref: str) -> tuple[Merge, Entity, Entity, list[str]]:
    """Undo a merge from its snapshot. Rows changed since the merge by someone else (a
    statement whose speaker a person set to yet another entity) are left as they are now."""
    m = find_merge(session, ref)
    if m.undone_at is not None:
        raise TrackerError(f"merge {m.id} was already undone on {_ts(m.undone_at)}")
    s, t = m.source_id, m.target_id
    src, tgt = session.get(Entity, s), session.get(Entity, t)
    assert src is not None and tgt is not None
    if tgt.merged_into is not None:
        later = session.execute(select(Merge.id).where(Merge.source_id == t, Merge.undone_at.is_(None))).scalar()
        raise TrackerError(f"{describe(tgt)} has since been merged into #{tgt.merged_into}; undo that first "
                           f"(tracker entities unmerge merge:{later})")
    snap = json.loads(m.snapshot or "{}")
    notes: list[str] = []

    if snap.get("aliases_added"):
        session.execute(delete(Alias).where(Alias.id.in_(snap["aliases_added"]), Alias.entity_id == t))
    src_keys = set(session.execute(select(Alias.key).where(Alias.entity_id == s)).scalars())
    for aid in snap.get("aliases_moved", []):
        a = session.get(Alias, aid)
        if a is None or a.entity_id != t:
            continue
        if a.key in src_keys:  # the source got this alias back meanwhile
            session.delete(a)
        else:
            a.entity_id = s
            src_keys.add(a.key)
    session.flush()
    for d in snap.get("aliases_deleted", []):
        if d["key"] not in src_keys and session.get(Alias, d["id"]) is None:
            session.execute(insert(Alias).values(**d))
            src_keys.add(d["key"])

    if snap.get("statements_moved"):
        session.execute(update(Statement).where(Statement.id.in_(snap["statements_moved"]), Statement.speaker_id == t).values(speaker_id=s))
    have = set(session.execute(select(StatementAbout.statement_id).where(StatementAbout.entity_id == s)).scalars())
    move_back = [x for x in snap.get("about_moved", []) if x not in have]
    if move_back:
        session.execute(update(StatementAbout).where(StatementAbout.entity_id == t, StatementAbout.statement_id.in_(move_back)).values(entity_id=s))
    for sid in snap.get("about_deleted", []):
        if sid not in have and session.get(Statement, sid) is not None:
            session.execute(insert(StatementAbout).values(statement_id=sid, entity_id=s))

    for d in snap.get("affiliations_moved", []):
        af = session.get(Affiliation, d["id"])
        if af is None:
            continue
        clash = session.execute(select(Affiliation.id).where(
            Affiliation.id != af.id, Affiliation.person_id == d["person_id"],
            Affiliation.organization_id == d["organization_id"], Affiliation.role == af.role)).first()
        if clash:
            notes.append(f"affiliation {af.id} left on the target: the source has the same one again")
            continue
        af.person_id, af.organization_id = d["person_id"], d["organization_id"]
    session.flush()
    for d in snap.get("affiliations_deleted", []):
        row = _affiliation_from(d)
        clash = session.execute(select(Affiliation.id).where(or_(Affiliation.id == row["id"], and_(
            Affiliation.person_id == row["person_id"], Affiliation.organization_id == row["organization_id"],
            Affiliation.role == row["role"])))).first()
        if clash is None:
            session.execute(insert(Affiliation).values(**row))

    if snap.get("corrections_moved"):
        session.execute(update(Correction).where(Correction.id.in_(snap["corrections_moved"]), Correction.speaker_id == t).values(speaker_id=s))

    moved_now = set(snap.get("statements_moved", []))
    gone = [x for x in moved_now if session.get(Statement, x) is None]
    if gone:
        notes.append(f"{len(gone)} moved statement(s) were since re-extracted; "
                     "run `tracker reextract` on their articles to resolve them again")
    src.merged_into = snap.get("source_merged_into")
    m.undone_at = utcnow()
    session.flush()
    return m, src, tgt, notes
