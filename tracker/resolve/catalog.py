"""Speaker -> entity across articles: the alias table decides which stored entity a name means."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from tracker.resolve.article import EntityRef
from tracker.resolve.keys import entity_key
from tracker.store.models import Alias, Entity


class EntityIndex:
    """Finds or creates the entity behind a name, across articles.

    A person is only joined to an existing entity by a full name (two words or more): two
    people who share a surname must not become one. Organisations also join through
    aliases (acronyms, short forms) when exactly one organisation carries that alias.
    """

    def __init__(self, session: Session):
        self.session = session
        self.cache: dict[str, int] = {}

    def _final(self, e: Entity | None) -> Entity | None:
        """A merged-away entity stands for the one it was merged into (chains followed)."""
        seen: set[int] = set()
        while e is not None and e.merged_into is not None and e.id not in seen:
            seen.add(e.id)  # type: ignore[arg-type]
            e = self.session.get(Entity, e.merged_into)
        return e

    def _by_key(self, key: str) -> Entity | None:
        return self._final(self.session.execute(select(Entity).where(Entity.key == key)).scalars().first())

    def _by_alias(self, key: str, kind: str) -> Entity | None:
        rows = self.session.execute(
            select(Entity).join(Alias, Alias.entity_id == Entity.id).where(Alias.key == key, Entity.kind == kind)
        ).scalars().all()
        unique = {f.id: f for f in (self._final(e) for e in rows) if f is not None}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def resolve(self, ref: EntityRef) -> int:
        key = ref.key or entity_key(ref.name) or ref.name.lower()
        if key in self.cache:
            ent_id = self.cache[key]
            self._add_aliases(ent_id, ref)
            return ent_id
        ent = self._by_key(key)
        if ent is None and (ref.kind == "organization" or (ref.kind == "person" and len(key.split()) >= 2)):
            for alias in sorted(ref.aliases, key=len, reverse=True):
                ak = entity_key(alias)
                if ref.kind == "person" and len(ak.split()) < 2:
                    continue
                ent = self._by_alias(ak, ref.kind)
                if ent is not None:
                    break
        if ent is None:
            ent = Entity(name=ref.name, key=key, kind=ref.kind)
            self.session.add(ent)
            self.session.flush()
        elif ent.kind == "unknown" and ref.kind != "unknown":
            ent.kind = ref.kind
        assert ent.id is not None
        self.cache[key] = ent.id
        self._add_aliases(ent.id, ref)
        return ent.id

    def _add_aliases(self, entity_id: int, ref: EntityRef) -> None:
        for alias in ref.aliases | {ref.name}:
            ak = entity_key(alias)
            if not ak:
                continue
            ck = f"alias:{entity_id}:{ak}"
            if ck in self.cache:
                continue
            exists = self.session.execute(
                select(Alias.id).where(Alias.key == ak, Alias.entity_id == entity_id)
            ).first()
            if exists is None:
                self.session.add(Alias(entity_id=entity_id, alias=alias, key=ak))
            self.cache[ck] = entity_id
