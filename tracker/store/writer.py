"""Idempotent writes: articles, everything extracted from them, and the ledger row of each input.

`write_article` stores one article in the caller's transaction. `BatchWriter` is what
`tracker ingest` uses: it writes many articles per transaction (one commit per batch, not
per article, is what makes SQLite fast) together with the ledger row of every input in
the batch, so a kill at any moment leaves whole articles with their ledger rows, or
nothing of them. Should the database refuse a row, the batch is written again with a
SAVEPOINT per article, and that article alone fails.

Identity: the same text (content hash) or the same URL is the same article, stored once.
Near-duplicates (syndicated copies, see tracker.ingest.simhash) are stored, with
articles.copy_of pointing at the first article of their group; an original points at
itself, so COUNT(DISTINCT copy_of) counts independent stories.

The write path is tuned because the writing process is the serial part of a parallel
ingest: entity lookups come from one prefetch per batch (_Mirror), hot inserts go through
the DBAPI cursor (_Raw), and EntityIndex (tracker.resolve.catalog) keeps the matching rules.
"""

from __future__ import annotations

import uuid
from collections import ChainMap
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlmodel import Session

from tracker import ENGINE_VERSION
from tracker.ingest.document import Document, Failure
from tracker.ingest.meta import looks_like_host, outlet_identity, outlet_keys
from tracker.ingest.simhash import MAX_BITS, MIN_JACCARD, SimIndex, jaccard, simhash
from tracker.resolve.article import ResolvedArticle
from tracker.resolve.catalog import EntityIndex
from tracker.resolve.keys import entity_key
from tracker.store.models import Affiliation, Article, Entity, IngestLog, Outlet

A = Article.__table__
_LEAD_CHARS = 4000  # enough text for the near-duplicate check's first 150 words


@dataclass
class WriteResult:
    article_id: int
    created: bool
    statements: int


def outlet_name(raw: str | None, url: str | None) -> str | None:
    """The display name an outlet gets: the name the input gives, else the registrable host."""
    ident = outlet_identity(raw, url)
    return ident[0] if ident else None


def _aware(dt):
    if dt is None:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)  # a date with no zone is taken as UTC
    return dt.astimezone(timezone.utc)


class _Outlets:
    """Outlets by domain and by name keys, so 'www.theguardian.com' finds 'The Guardian'."""

    def __init__(self) -> None:
        self.by_domain: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        self.names: dict[int, tuple[str, str | None]] = {}
        self.loaded = False

    def load(self, conn: Connection) -> None:
        for oid, name, domain in conn.execute(select(Outlet.id, Outlet.name, Outlet.domain).order_by(Outlet.id)):
            self._index(oid, name, domain)
        self.loaded = True

    def _index(self, oid: int, name: str, domain: str | None) -> None:
        self.names[oid] = (name, domain)
        if domain:
            self.by_domain.setdefault(domain, oid)
        host_like = looks_like_host(name)
        for k in outlet_keys(None if host_like else name, domain or (name if host_like else None)):
            self.by_key.setdefault(k, oid)

    def get(self, conn: Connection, raw: str | None, url: str | None) -> int | None:
        if not self.loaded:
            self.load(conn)
        ident = outlet_identity(raw, url)
        if ident is None:
            return None
        display, domain, keys = ident
        oid = self.by_domain.get(domain) if domain else None
        if oid is None:
            oid = next((self.by_key[k] for k in sorted(keys) if k in self.by_key), None)
        if oid is None:
            existing = conn.execute(select(Outlet.id).where(Outlet.name == display)).first()
            if existing is not None:
                oid = existing[0]
            else:
                oid = conn.execute(insert(Outlet.__table__).values(name=display, domain=domain).returning(Outlet.__table__.c.id)).scalar_one()
            self._index(oid, display, domain)
            return oid
        name, known_domain = self.names.get(oid, (display, domain))
        changes = {}
        if looks_like_host(name) and not looks_like_host(display) and display != name:
            # a proper name for an outlet first seen only by its host ("The Guardian" for theguardian.com)
            taken = conn.execute(select(Outlet.id).where(Outlet.name == display)).first()
            if taken is None:
                changes["name"] = display
        if known_domain is None and domain and domain not in self.by_domain:
            changes["domain"] = domain
        if changes:
            conn.execute(update(Outlet.__table__).where(Outlet.__table__.c.id == oid).values(**changes))
            self._index(oid, changes.get("name", name), changes.get("domain", known_domain))
        return oid


class _Raw:
    """The hot inserts and lookups of ingestion, on the DBAPI cursor of the SQLAlchemy
    connection (same transaction, same savepoints). SQLAlchemy's per-statement work costs
    more than SQLite's own on these tiny statements, and the writing process is the one
    part of ingestion that cannot run in parallel. Values are converted here as the column
    types would: timestamps in UTC (SQLite: its text format), dates as ISO text on SQLite.
    Driver errors are re-raised as SQLAlchemy's, so callers handle one family."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.dbapi_error = conn.dialect.loaded_dbapi.Error
        self.cur = conn.connection.driver_connection.cursor()
        self._sql: dict[str, str] = {}

    @classmethod
    def of(cls, conn: Connection) -> "_Raw":
        raw = conn.info.get("tracker_raw")
        if raw is None or raw.conn is not conn:
            raw = conn.info["tracker_raw"] = cls(conn)
        return raw

    def _q(self, sql: str) -> str:
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = sql if self.sqlite else sql.replace("?", "%s")
        return out

    def _fail(self, sql: str, params, exc: Exception):
        from sqlalchemy.exc import DBAPIError

        return DBAPIError.instance(sql, params, exc, self.dbapi_error)

    def insert_id(self, sql: str, params: tuple) -> int:
        try:
            if self.sqlite:
                self.cur.execute(sql, params)
                return self.cur.lastrowid
            self.cur.execute(self._q(sql + " RETURNING id"), params)
            return self.cur.fetchone()[0]
        except self.dbapi_error as exc:
            raise self._fail(sql, params, exc) from exc

    def insert_ids(self, sql: str, rows: list[tuple]) -> list[int]:
        """Ids of many inserted rows, in order: on PostgreSQL in one pipelined round trip."""
        if self.sqlite:
            return [self.insert_id(sql, r) for r in rows]
        try:
            self.cur.executemany(self._q(sql + " RETURNING id"), rows, returning=True)
            ids = []
            while True:
                ids.append(self.cur.fetchone()[0])
                if not self.cur.nextset():
                    break
            return ids
        except self.dbapi_error as exc:
            raise self._fail(sql, rows[:3], exc) from exc

    def execute(self, sql: str, params: tuple) -> None:
        try:
            self.cur.execute(self._q(sql), params)
        except self.dbapi_error as exc:
            raise self._fail(sql, params, exc) from exc

    def many(self, sql: str, rows: list[tuple]) -> None:
        try:
            self.cur.executemany(self._q(sql), rows)
        except self.dbapi_error as exc:
            raise self._fail(sql, rows[:3], exc) from exc

    def rows(self, sql: str, params: tuple) -> list[tuple]:
        try:
            self.cur.execute(self._q(sql), params)
            return self.cur.fetchall()
        except self.dbapi_error as exc:
            raise self._fail(sql, params, exc) from exc

    def ts(self, dt):
        if dt is None:
            return None
        dt = _aware(dt)
        return dt.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else dt

    def day(self, d):
        return d.isoformat() if (d is not None and self.sqlite) else d


_INS_ARTICLE = ("INSERT INTO articles (source, url, title, outlet_id, published, byline, language, text, content_hash, "
                "ingested_at, simhash, copy_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INS_ENTITY = "INSERT INTO entities (name, key, kind, created_at) VALUES (?, ?, ?, ?)"
_INS_STATEMENT = ("INSERT INTO statements (article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, "
                  "stated_on, stated_precision, engine_version, extracted_at, status, speaker_label) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', ?)")
_INS_ALIAS = "INSERT INTO aliases (entity_id, alias, key) VALUES (?, ?, ?)"
_INS_ABOUT = "INSERT INTO statement_about (statement_id, entity_id) VALUES (?, ?)"
_UPGRADE_KIND = "UPDATE entities SET kind = ? WHERE id = ? AND kind = 'unknown'"


def _in(n: int) -> str:
    return "(" + ", ".join("?" * n) + ")"


class _Mirror:
    """The rows of entities and aliases a batch can ask about, read in a few queries up front
    and kept current with what the batch itself writes (no query per name)."""

    def __init__(self) -> None:
        self.by_key: dict[str, tuple[int, str]] = {}
        self.by_alias: dict[str, list[int]] = {}
        self.pairs: set[tuple[str, int]] = set()
        self.kinds: dict[int, str] = {}
        self.fetched: set[str] = set()
        self.merged: dict[int, int] = {}  # merged-away entity -> the one it was merged into

    def final(self, conn: Connection, eid: int) -> int:
        """Follow merges, as EntityIndex._final does, reading targets not yet seen."""
        seen: set[int] = set()
        while eid in self.merged and eid not in seen:
            seen.add(eid)
            eid = self.merged[eid]
            if eid not in self.kinds:
                for kind, into in _Raw.of(conn).rows("SELECT kind, merged_into FROM entities WHERE id = ?", (eid,)):
                    self.kinds[eid] = kind
                    if into is not None:
                        self.merged[eid] = into
        return eid

    def fetch(self, conn: Connection, keys: set[str], alias_keys: set[str]) -> None:
        keys = sorted(keys - self.fetched)
        alias_keys = sorted(alias_keys - self.fetched)
        raw = _Raw.of(conn)
        for i in range(0, len(keys), 500):
            part = tuple(keys[i:i + 500])
            for key, eid, kind, into in raw.rows(f"SELECT key, id, kind, merged_into FROM entities WHERE key IN {_in(len(part))}", part):
                self.by_key[key] = (eid, kind)
                self.kinds.setdefault(eid, kind)
                if into is not None:
                    self.merged[eid] = into
        for i in range(0, len(alias_keys), 500):
            part = tuple(alias_keys[i:i + 500])
            for key, eid, kind, into in raw.rows(
                "SELECT a.key, a.entity_id, e.kind, e.merged_into FROM aliases a JOIN entities e ON e.id = a.entity_id "
                f"WHERE a.key IN {_in(len(part))}", part,
            ):
                if (key, eid) not in self.pairs:
                    self.pairs.add((key, eid))
                    self.by_alias.setdefault(key, []).append(eid)
                self.kinds.setdefault(eid, kind)
                if into is not None:
                    self.merged[eid] = into
        self.fetched.update(keys)
        self.fetched.update(alias_keys)


def _ref_keys(refs) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    alias_keys: set[str] = set()
    for ref in refs:
        keys.add(ref.key or entity_key(ref.name) or ref.name.lower())  # as EntityIndex.resolve keys it
        for alias in ref.aliases | {ref.name}:
            ak = entity_key(alias)
            if ak:
                alias_keys.add(ak)
    return keys, alias_keys


def _refs(resolved: ResolvedArticle) -> list:
    refs = {id(e): e for e in resolved.entities}
    for r in resolved.statements:
        for x in (r.speaker, *r.about):
            if x is not None:
                refs.setdefault(id(x), x)
    return list(refs.values())


class _EntityRow:
    """What EntityIndex needs of a stored entity (id, kind); a kind it upgrades is written."""

    __slots__ = ("id", "kind", "_index")

    def __init__(self, index: "_FastIndex", eid: int, kind: str):
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "id", eid)
        object.__setattr__(self, "kind", kind)

    def __setattr__(self, name: str, value) -> None:
        object.__setattr__(self, name, value)
        if name == "kind":
            self._index.set_kind(self.id, value)


class _CoreRows:
    """Stands in for the ORM session inside EntityIndex: rows go in with Core inserts, which
    costs a fraction of the ORM's unit of work when thousands of entities arrive per second."""

    def __init__(self, index: "_FastIndex"):
        self.index = index
        self.pending: list = []

    def add(self, obj) -> None:
        self.pending.append(obj)

    def flush(self) -> None:
        for obj in self.pending:
            if not isinstance(obj, Entity):
                raise TypeError(f"unexpected row for the entity index: {type(obj).__name__}")
            ix = self.index
            raw = _Raw.of(ix.conn)
            obj.id = raw.insert_id(_INS_ENTITY, (obj.name[:300], obj.key[:300], obj.kind, raw.ts(obj.created_at)))
            ix.mirror.by_key[obj.key] = (obj.id, obj.kind)
            ix.mirror.kinds[obj.id] = obj.kind
            ix.mirror.fetched.add(obj.key)
        self.pending.clear()


class _FastIndex(EntityIndex):
    """EntityIndex's matching rules (inherited: resolve) answered from the batch's _Mirror."""

    def __init__(self, conn: Connection, cache, mirror: _Mirror, aliases: list[dict]):
        super().__init__(_CoreRows(self))  # type: ignore[arg-type]
        self.conn = conn
        self.cache = cache
        self.mirror = mirror
        self.aliases = aliases

    def set_kind(self, eid: int, kind: str) -> None:
        _Raw.of(self.conn).execute(_UPGRADE_KIND, (kind, eid))
        self.mirror.kinds[eid] = kind

    def _by_key(self, key: str):
        m = self.mirror
        if key not in m.fetched:
            m.fetch(self.conn, {key}, set())
        hit = m.by_key.get(key)
        if not hit:
            return None
        eid = m.final(self.conn, hit[0])
        return _EntityRow(self, eid, m.kinds.get(eid, hit[1]))

    def _by_alias(self, key: str, kind: str):
        m = self.mirror
        if key not in m.fetched:
            m.fetch(self.conn, set(), {key})
        finals = {m.final(self.conn, eid) for eid in m.by_alias.get(key, ())}
        unique = {eid for eid in finals if m.kinds.get(eid) == kind}
        return _EntityRow(self, next(iter(unique)), kind) if len(unique) == 1 else None

    def _add_aliases(self, entity_id: int, ref) -> None:
        m = self.mirror
        for alias in ref.aliases | {ref.name}:
            ak = entity_key(alias)
            if not ak:
                continue
            if ak not in m.fetched:
                m.fetch(self.conn, set(), {ak})
            if (ak, entity_id) in m.pairs:
                continue
            self.aliases.append({"entity_id": entity_id, "alias": alias[:300], "key": ak[:300]})
            m.pairs.add((ak, entity_id))
            m.by_alias.setdefault(ak, []).append(entity_id)


class _Retry(Exception):
    """A batch written without savepoints hit a row the database refused: redo it with them."""


@dataclass
class ArticleWriter:
    """What one run knows about the database, so that each article costs few queries.

    Caches come in layers: what is committed, what the open batch wrote, what the current
    article wrote. A rolled-back SAVEPOINT drops the article's layer, a rolled-back batch
    the batch's (and the mirror, which is rebuilt).
    """

    entities: dict = field(default_factory=dict)  # EntityIndex's cache (name keys, alias keys -> ids)
    affiliations: set[tuple[int, int, str]] = field(default_factory=set)
    outlets: _Outlets = field(default_factory=_Outlets)
    sims: SimIndex | None = None
    mirror: _Mirror = field(default_factory=_Mirror)

    def __post_init__(self) -> None:
        self._batch: tuple[dict, set] = ({}, set())
        self._article: tuple[dict, set] = ({}, set())
        self._sims_at_batch = 0

    # -- layers -----------------------------------------------------------------------------

    def begin_batch(self, conn: Connection, resolved_items: Iterable[ResolvedArticle]) -> None:
        if conn.dialect.name == "sqlite":
            # index pages of a growing database stay in memory between articles (default: 2 MB)
            _Raw.of(conn).execute("PRAGMA cache_size = -65536", ())
        self._batch = ({}, set())
        self._article = ({}, set())
        self.mirror = _Mirror()
        refs = [r for res in resolved_items for r in _refs(res)]
        self.mirror.fetch(conn, *_ref_keys(refs))
        if self.sims is None:
            self.load_simhashes(conn)
        assert self.sims is not None
        self._sims_at_batch = self.sims.size

    def keep(self) -> None:
        """The article's rows are in (its SAVEPOINT, if any, released)."""
        self._batch[0].update(self._article[0])
        self._batch[1].update(self._article[1])
        self._article = ({}, set())

    def forget(self, conn: Connection) -> None:
        """The article's SAVEPOINT was rolled back: forget what it wrote."""
        self._article = ({}, set())
        self.mirror = _Mirror()  # it may hold the article's rows; what is needed is read again
        self.outlets = _Outlets()  # an outlet made for the article went with it

    def commit_batch(self) -> None:
        self.entities.update(self._batch[0])
        self.affiliations |= self._batch[1]
        self._batch = ({}, set())
        if len(self.entities) > 300_000:  # bound the run's memory on very large ingests
            self.entities.clear()
            self.affiliations.clear()

    def rollback_batch(self) -> None:
        self._batch = ({}, set())
        self._article = ({}, set())
        self.mirror = _Mirror()
        self.outlets = _Outlets()
        if self.sims is not None:
            self.sims.truncate(self._sims_at_batch)

    # -- reads ------------------------------------------------------------------------------

    def load_simhashes(self, conn: Connection) -> None:
        self.sims = SimIndex()
        rows = conn.execute(
            select(A.c.id, A.c.simhash, A.c.copy_of).where(A.c.simhash.is_not(None)).order_by(A.c.id)
            .execution_options(stream_results=True, yield_per=10000)
        )
        for aid, h, group in rows:
            self.sims.add(aid, h, group or aid)

    def duplicates(self, conn: Connection, docs: Iterable[Document]) -> tuple[dict[str, int], dict[str, int]]:
        """Stored articles with these texts (by content hash) and these URLs."""
        hashes = sorted({d.content_hash for d in docs})
        urls = sorted({d.url for d in docs if d.url})
        by_hash: dict[str, int] = {}
        by_url: dict[str, int] = {}
        for i in range(0, len(hashes), 500):
            for aid, h in conn.execute(select(A.c.id, A.c.content_hash).where(A.c.content_hash.in_(hashes[i:i + 500]))):
                by_hash[h] = aid
        for i in range(0, len(urls), 500):
            for aid, u in conn.execute(select(A.c.id, A.c.url).where(A.c.url.in_(urls[i:i + 500])).order_by(A.c.id)):
                by_url.setdefault(u, aid)
        return by_hash, by_url

    def near_duplicate(self, conn: Connection, h: int | None, text: str) -> tuple[int, int, int] | None:
        """(group, article id, distance) of the stored article this text is a copy of, or None."""
        if h is None:
            return None
        if self.sims is None:
            self.load_simhashes(conn)
        assert self.sims is not None
        candidates = self.sims.near(h, MAX_BITS)[:10]
        if not candidates:
            return None
        ids = [aid for _, aid, _ in candidates]
        leads = dict(conn.execute(select(A.c.id, func.substr(A.c.text, 1, _LEAD_CHARS)).where(A.c.id.in_(ids))).all())
        for dist, aid, group in candidates:
            lead = leads.get(aid)
            if lead and jaccard(text[:_LEAD_CHARS], lead) >= MIN_JACCARD:
                return group, aid, dist
        return None

    # -- the write --------------------------------------------------------------------------

    def write(self, conn: Connection, doc: Document, resolved: ResolvedArticle, outlet_id: int | None,
              h: int | None, copy_of: int | None) -> tuple[int, int]:
        """Insert the article and its statements; returns (article id, statements).

        Then `keep()` once its SAVEPOINT (if any) is released, or `forget()` if rolled back.
        """
        raw = _Raw.of(conn)
        now = raw.ts(datetime.now(timezone.utc))
        aid = raw.insert_id(_INS_ARTICLE, (
            doc.source, doc.url, doc.title, outlet_id, raw.ts(doc.published), doc.byline,
            (doc.language or None) and doc.language[:16], doc.text, doc.content_hash, now, h, copy_of,
        ))
        layer, affiliations = self._article
        new_aliases: list[dict] = []
        mirror = self.mirror
        index = _FastIndex(conn, ChainMap(layer, self._batch[0], self.entities), mirror, new_aliases)
        refs = _refs(resolved)
        missing = [r for r in refs if (r.key or entity_key(r.name) or r.name.lower()) not in mirror.fetched]
        if missing:  # a lone write_article, or a batch's article the prefetch did not see
            mirror.fetch(conn, *_ref_keys(missing))
        ids: dict[int, int] = {}

        def resolve(ref) -> int:
            eid = ids.get(id(ref))
            if eid is None:
                eid = ids[id(ref)] = index.resolve(ref)
                if ref.kind != "unknown" and mirror.kinds.get(eid, "unknown") == "unknown":
                    # the index answers from its cache without looking at the row; an entity
                    # first stored as "unknown" still takes the first kind a later article knows
                    index.set_kind(eid, ref.kind)
            return eid

        for e in resolved.entities:
            resolve(e)
        rows, speakers = [], []
        for r in resolved.statements:
            raw_st = r.raw
            speaker_id = resolve(r.speaker) if r.speaker is not None else None
            speakers.append(speaker_id)
            rows.append((
                aid, speaker_id, raw_st.speaker_text, raw_st.quote, raw_st.kind, (raw_st.cue or "")[:200],
                raw_st.quote_start, raw_st.quote_end, raw.day(raw_st.stated_on), raw_st.stated_precision,
                ENGINE_VERSION, now, r.label if speaker_id is None else None,
            ))
        about: list[tuple[int, int]] = []
        st_ids = raw.insert_ids(_INS_STATEMENT, rows) if rows else []
        for st_id, speaker_id, r in zip(st_ids, speakers, resolved.statements):
            seen: set[int] = set()
            for e in r.about:
                eid = resolve(e)
                if eid not in seen and eid != speaker_id:
                    seen.add(eid)
                    about.append((st_id, eid))
        if new_aliases:
            raw.many(_INS_ALIAS, [(a["entity_id"], a["alias"], a["key"]) for a in new_aliases])
        if about:
            raw.many(_INS_ABOUT, about)
        for af in resolved.affiliations:
            pid, oid = ids.get(id(af.person)), ids.get(id(af.organization))
            if pid is None or oid is None:
                continue
            role = af.role[:300]  # the column's width; reextract cuts it the same way
            key = (pid, oid, role)
            if key in self.affiliations or key in self._batch[1] or key in affiliations:
                continue
            exists = conn.execute(
                select(Affiliation.id).where(Affiliation.person_id == pid, Affiliation.organization_id == oid, Affiliation.role == role)
            ).first()
            if exists is None:
                conn.execute(insert(Affiliation.__table__).values(person_id=pid, organization_id=oid, role=role, article_id=aid))
            affiliations.add(key)
        return aid, len(resolved.statements)


def find_duplicate(session: Session, doc: Document) -> int | None:
    hit = session.execute(select(Article.id).where(Article.content_hash == doc.content_hash)).first()
    if hit is None and doc.url:
        hit = session.execute(select(Article.id).where(Article.url == doc.url).order_by(Article.id)).first()
    return hit[0] if hit is not None else None


def get_outlet(session: Session, name: str | None, url: str | None) -> int | None:
    return _Outlets().get(session.connection(), name, url)


def write_article(session: Session, doc: Document, resolved: ResolvedArticle) -> WriteResult:
    """Store the article and its statements; a known article (same text or URL) is left as is.

    The caller owns the transaction: commit after this returns, roll back if it raises.
    """
    dup = find_duplicate(session, doc)
    if dup is not None:
        return WriteResult(dup, False, 0)
    w = ArticleWriter()
    conn = session.connection()
    outlet_id = w.outlets.get(conn, doc.outlet, doc.url)
    h = simhash(doc.text)
    near = w.near_duplicate(conn, h, doc.text)
    aid, n = w.write(conn, doc, resolved, outlet_id, h, near[0] if near else None)
    w.keep()
    if near is None:
        conn.execute(update(A).where(A.c.id == aid).values(copy_of=aid))
    return WriteResult(aid, True, n)


# --- batches with the ledger -------------------------------------------------------------


@dataclass
class Item:
    """One input's result from the workers: a Document to store, or a Failure to record."""

    source: str
    fmt: str
    doc: Document | None = None
    failure: Failure | None = None
    resolved: ResolvedArticle | None = None
    simhash: int | None = None
    location: str | None = None
    progress: int = 0


@dataclass
class Outcome:
    source: str
    status: str  # stored | duplicate | skipped | failed
    article_id: int | None = None
    statements: int = 0
    reason: str | None = None
    location: str | None = None
    near_duplicate_of: int | None = None
    progress: int = 0

    def failure(self) -> Failure:
        return Failure(self.source, self.reason or "", skipped=self.status == "skipped", location=self.location)


class BatchWriter:
    """Writes Items in batches: one transaction per batch, the ledger row of every item in it.

    A batch is first written straight through; should the database refuse a row (a value
    too long for a column, say), the whole batch is rolled back and written again with a
    SAVEPOINT per article, so that the refused article alone fails. Savepoints on every
    article would cost a third of the write time for an error that almost never happens.
    """

    def __init__(self, engine: Engine, run_id: str | None = None, analyse=None):
        self.engine = engine
        self.run_id = run_id or str(uuid.uuid4())
        self.writer = ArticleWriter()
        self.pending: list[Item] = []
        self._analyse = analyse

    def add(self, item: Item) -> None:
        self.pending.append(item)

    def flush(self) -> list[Outcome]:
        items, self.pending = self.pending, []
        return self.flush_items(items)

    def flush_items(self, items: list[Item]) -> list[Outcome]:
        """Write these items in one transaction; their outcomes, in order."""
        if not items:
            return []
        try:
            return self._write(items, safe=False)
        except _Retry:
            return self._write(items, safe=True)

    def _write(self, items: list[Item], safe: bool) -> list[Outcome]:
        outcomes: list[Outcome] = []
        originals: list[int] = []
        w = self.writer
        with self.engine.connect() as conn:
            trans = conn.begin()
            try:
                w.begin_batch(conn, [it.resolved for it in items if it.resolved is not None])
                by_hash, by_url = w.duplicates(conn, [it.doc for it in items if it.doc is not None])
                for it in items:
                    outcomes.append(self._one(conn, it, by_hash, by_url, originals, safe))
                conn.execute(insert(IngestLog.__table__), [{
                    "run_id": self.run_id, "source": it.source, "fmt": it.fmt, "status": out.status,
                    "reason": out.reason, "article_id": out.article_id, "statements": out.statements,
                } for it, out in zip(items, outcomes)])
                if originals:
                    conn.execute(update(A).where(A.c.id.in_(originals)).values(copy_of=A.c.id))
                trans.commit()
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt):
                    # Ctrl-C may land while a raw driver command is in flight; a ROLLBACK sent then
                    # fails and the pool logs a traceback. Dropping the connection rolls back too.
                    conn.invalidate()
                else:
                    trans.rollback()
                w.rollback_batch()
                raise
        w.commit_batch()
        return outcomes

    def _one(self, conn: Connection, it: Item, by_hash, by_url, originals, safe: bool) -> Outcome:
        w = self.writer
        base = {"source": it.source, "location": it.location, "progress": it.progress}
        if it.failure is not None or it.doc is None:
            f = it.failure or Failure(it.source, "nothing to store")
            return Outcome(status="skipped" if f.skipped else "failed", reason=f.reason, **base)
        doc = it.doc
        dup = by_hash.get(doc.content_hash)
        why = "same text as"
        if dup is None and doc.url:
            dup, why = by_url.get(doc.url), "same URL as"
        if dup is not None:
            return Outcome(status="duplicate", article_id=dup, reason=f"{why} article {dup}", **base)
        if it.resolved is None:  # a worker skipped analysis for an article it saw stored; it is gone now
            try:
                it.resolved = self._analyse(doc)
            except Exception as exc:  # an engine bug must not sink the batch
                return Outcome(status="failed", reason=f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}", **base)
        try:
            if safe:
                with conn.begin_nested():
                    aid, n, near = self._store(conn, it)
            else:
                aid, n, near = self._store(conn, it)
        except (OperationalError, InterfaceError):
            raise  # the database is gone: stop rather than fail every article
        except SQLAlchemyError as exc:
            if not safe:
                raise _Retry() from exc
            w.forget(conn)
            msg = str(exc.orig if getattr(exc, "orig", None) is not None else exc).splitlines()[0]
            return Outcome(status="failed", reason=f"not stored: {msg[:300]}", **base)
        except Exception as exc:  # a bug while resolving or writing: this article fails, the run goes on
            if not safe:
                raise _Retry() from exc
            w.forget(conn)
            return Outcome(status="failed", reason=f"not stored: {type(exc).__name__}: {str(exc)[:200]}", **base)
        notes = list(doc.extra.get("notes") or [])
        w.keep()
        by_hash[doc.content_hash] = aid
        if doc.url:
            by_url.setdefault(doc.url, aid)
        if w.sims is not None and it.simhash is not None:
            w.sims.add(aid, it.simhash, near[0] if near else aid)
        if near is None:
            originals.append(aid)
        else:
            notes.insert(0, f"near-duplicate of article {near[1]} ({near[2]} bits apart)")
        return Outcome(status="stored", article_id=aid, statements=n, reason="; ".join(notes) or None,
                       near_duplicate_of=near[1] if near else None, **base)

    def _store(self, conn: Connection, it: Item) -> tuple[int, int, tuple[int, int, int] | None]:
        w = self.writer
        doc = it.doc
        assert doc is not None and it.resolved is not None
        outlet_id = w.outlets.get(conn, doc.outlet, doc.url)
        near = w.near_duplicate(conn, it.simhash, doc.text)
        aid, n = w.write(conn, doc, it.resolved, outlet_id, it.simhash, near[0] if near else None)
        return aid, n, near
