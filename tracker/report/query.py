"""Reading statements back: filters shared by `statements`, `who-said`, exports and reports.

Everything is built as SQL over the base tables (not statements_view, whose per-row
subquery would slow down aggregation): a `Scope` is the FROM/WHERE of the filtered
statements plus the expressions reports group by (the statement's date, its period, the
canonical speaker). Entities merged into another (entities.merged_into) count as the
entity they were merged into, everywhere.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from tracker.errors import TrackerError
from tracker.extract.lexicon import BARE_PRONOUNS
from tracker.resolve.keys import entity_key
from tracker.store.models import STATEMENT_KINDS, STATEMENT_STATUSES

STATEMENT_FIELDS = [
    "id", "article_id", "source", "url", "title", "outlet", "published", "speaker", "speaker_kind",
    "speaker_text", "quote", "kind", "cue", "quote_start", "quote_end", "stated_on", "date", "about",
    "status", "speaker_id", "copy_of",
]
ARTICLE_FIELDS = [
    "id", "source", "url", "title", "outlet", "published", "byline", "language", "content_hash",
    "ingested_at", "copy_of", "statements", "text",
]
ENTITY_FIELDS = ["id", "name", "kind", "aliases", "statements", "mentions", "first_seen", "last_seen", "merged_into"]

FREQS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
# the statuses counted when none is asked for: a rejected statement is one a person struck out
DEFAULT_STATUSES = tuple(s for s in STATEMENT_STATUSES if s != "rejected")


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
    # None: every status but rejected; "all"; or a comma-separated list ("confirmed,corrected")
    status: str | None = None
    # a speaker that is an organisation also matches the people affiliated to it
    include_affiliated: bool = False

    def statuses(self) -> tuple[str, ...] | None:
        """The statuses to keep, or None for all of them."""
        if self.status is None:
            return DEFAULT_STATUSES
        wanted = tuple(dict.fromkeys(s.strip().lower() for s in self.status.split(",") if s.strip()))
        if not wanted:
            return DEFAULT_STATUSES
        if "all" in wanted:
            return None
        bad = [s for s in wanted if s not in STATEMENT_STATUSES]
        if bad:
            raise TrackerError(f"--status: {bad[0]!r} is not one of {', '.join(STATEMENT_STATUSES)} or all")
        return wanted

    def describe(self) -> dict[str, Any]:
        """The filters as given, for titles and export metadata."""
        d = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}
        return {k: v for k, v in d.items() if v not in (None, False)}


def check_filters(f: Filters) -> None:
    if f.kind and f.kind not in STATEMENT_KINDS:
        raise TrackerError(f"--kind: {f.kind!r} is not one of {', '.join(STATEMENT_KINDS)}")
    f.statuses()
    if f.since and f.until and f.since > f.until:
        raise TrackerError(f"--since {f.since} is after --until {f.until}")


# --- entities ----------------------------------------------------------------------------


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


def merge_map(conn) -> dict[int, int]:
    """entity id -> the entity it ends up merged into (following chains), for merged entities only."""
    parent = dict(conn.execute(text("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL")).fetchall())
    out: dict[int, int] = {}
    for eid in parent:
        seen, cur = {eid}, parent[eid]
        while cur in parent and cur not in seen:  # a cycle (never made by `merge`) stops where it loops
            seen.add(cur)
            cur = parent[cur]
        if cur != eid:
            out[eid] = cur
    return out


def canon_expr(col: str, merged: dict[int, int]) -> str:
    """SQL for the canonical id of the entity in `col`. No merges: the column itself (free).
    Otherwise one IN test per row (SQLite and PostgreSQL turn a literal list into a hash/b-tree
    probe) and a CASE only for the merged rows; merges are human decisions, so few."""
    if not merged:
        return col
    by_root: dict[int, list[int]] = {}
    for eid, root in merged.items():
        by_root.setdefault(root, []).append(eid)
    whens = " ".join(f"WHEN {col} IN ({', '.join(map(str, sorted(ids)))}) THEN {root}" for root, ids in sorted(by_root.items()))
    return f"(CASE WHEN {col} IN ({', '.join(map(str, sorted(merged)))}) THEN (CASE {whens} END) ELSE {col} END)"


def expand_merged(ids: list[int] | set[int], merged: dict[int, int]) -> set[int]:
    """The canonical entities of ids, plus every entity merged into them."""
    roots = {merged.get(i, i) for i in ids}
    return roots | {e for e, r in merged.items() if r in roots}


@dataclass
class Matched:
    """What a name filter resolved to, so a command can say which entities it used."""

    direct: list[tuple[int, str]] = field(default_factory=list)
    affiliated: list[tuple[int, str, str]] = field(default_factory=list)  # person id, name, "role, Org"


# --- the scope: filtered statements as SQL ------------------------------------------------


@dataclass
class Scope:
    dialect: str
    where: list[str]
    params: dict[str, Any]
    merged: dict[int, int]
    speakers: Matched | None = None
    subjects: Matched | None = None
    fts: bool = False
    notes: list[str] = field(default_factory=list)  # e.g. a name that matched no entity

    # statements s JOIN articles a: every report starts from these two
    FROM = "statements s JOIN articles a ON a.id = s.article_id"

    @property
    def date(self) -> str:
        """The statement's date: the day the text gives, else the article's (UTC) publication day."""
        if self.dialect == "sqlite":
            return "COALESCE(s.stated_on, date(a.published))"
        return "COALESCE(s.stated_on, CAST(a.published AT TIME ZONE 'UTC' AS DATE))"

    @property
    def speaker(self) -> str:
        return canon_expr("s.speaker_id", self.merged)

    def canon(self, col: str) -> str:
        return canon_expr(col, self.merged)

    @property
    def raw_date(self) -> str:
        """SQLite: the date as stored text ('2026-03-04' or '2026-03-04 09:30:00.000000', UTC);
        its first ten characters are the day, which substr() reads faster than date()."""
        return "COALESCE(s.stated_on, a.published)" if self.dialect == "sqlite" else self.date

    def period(self, freq: str, d: str | None = None) -> str:
        """The first day of the period (D, W from Monday, M, Q, Y) containing date d.
        On SQLite d is ISO text (a date or a stored timestamp): see raw_date."""
        d = d or self.raw_date
        if freq not in FREQS:
            raise TrackerError(f"--freq: {freq!r} is not one of {', '.join(FREQS)}")
        if self.dialect == "sqlite":
            return {
                "D": f"substr({d}, 1, 10)",
                "W": f"date(substr({d}, 1, 10), '-6 days', 'weekday 1')",
                "M": f"(substr({d}, 1, 7) || '-01')",
                "Q": f"(substr({d}, 1, 5) || CASE WHEN substr({d}, 6, 2) < '04' THEN '01' WHEN substr({d}, 6, 2) < '07' "
                     f"THEN '04' WHEN substr({d}, 6, 2) < '10' THEN '07' ELSE '10' END || '-01')",
                "Y": f"(substr({d}, 1, 4) || '-01-01')",
            }[freq]
        if freq == "D":
            return d
        return f"CAST(date_trunc('{FREQS[freq]}', CAST({d} AS timestamp)) AS DATE)"

    def where_sql(self, extra: list[str] | None = None) -> str:
        conds = self.where + (extra or [])
        return (" WHERE " + " AND ".join(conds)) if conds else ""

    def about_sql(self) -> str:
        """Correlated subquery: the names of the (canonical) entities a statement mentions."""
        inner = (
            f"SELECT DISTINCT e.name AS name FROM statement_about sa JOIN entities e ON e.id = {self.canon('sa.entity_id')} "
            "WHERE sa.statement_id = s.id"
        )
        if self.dialect == "sqlite":
            return f"(SELECT group_concat(name, '; ') FROM ({inner} ORDER BY name))"
        return f"(SELECT string_agg(name, '; ' ORDER BY name) FROM ({inner}) ab)"


def _ints(ids) -> str:
    return "(" + ", ".join(str(int(i)) for i in sorted(ids)) + ")" if ids else "(NULL)"


def dialect_of(conn: Connection) -> str:
    return conn.dialect.name


def fts_available(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        return conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'statements_fts'")).first() is not None
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_statements_quote_fts'")).first() is not None
    return False


def _names(conn, ids) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = conn.execute(text(f"SELECT id, name, kind FROM entities WHERE id IN {_ints(ids)}")).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def build_scope(conn: Connection, f: Filters) -> Scope:
    check_filters(f)
    dialect = dialect_of(conn)
    merged = merge_map(conn)
    sc = Scope(dialect=dialect, where=[], params={}, merged=merged)
    statuses = f.statuses()
    if statuses == DEFAULT_STATUSES:
        sc.where.append("s.status <> 'rejected'")
    elif statuses is not None:
        sc.where.append("s.status IN (" + ", ".join(f"'{s}'" for s in statuses) + ")")
    if f.speaker:
        _speaker_filter(conn, sc, f)
    if f.about:
        ids = expand_merged(entity_ids(conn, f.about), merged)
        roots = {merged.get(i, i) for i in ids}
        sc.subjects = Matched(direct=[(i, n) for i, (n, _) in sorted(_names(conn, roots).items())])
        sc.where.append(f"s.id IN (SELECT sa.statement_id FROM statement_about sa WHERE sa.entity_id IN {_ints(ids)})")
    if f.since:
        sc.where.append(f"{sc.date} >= :since")
        sc.params["since"] = _bind_date(f.since, dialect)
    if f.until:
        sc.where.append(f"{sc.date} <= :until")
        sc.params["until"] = _bind_date(f.until, dialect)
    if f.kind:
        sc.where.append("s.kind = :kind")
        sc.params["kind"] = f.kind
    if f.outlet:
        sc.where.append("a.outlet_id IN (SELECT id FROM outlets WHERE lower(name) LIKE :outlet OR lower(domain) LIKE :outlet)")
        sc.params["outlet"] = f"%{f.outlet.lower()}%"
    if f.search:
        _search_filter(conn, sc, f.search)
    if sc.speakers is not None and not sc.speakers.direct:
        sc.notes.append(f"--speaker: no entity matches {f.speaker!r}, so nothing is counted")
    if sc.subjects is not None and not sc.subjects.direct:
        sc.notes.append(f"--about: no entity matches {f.about!r}, so nothing is counted")
    return sc


def _bind_date(d: date, dialect: str):
    # SQLite stores dates as ISO text; a str compares correctly and needs no adapter
    return d.isoformat() if dialect == "sqlite" else d


def _speaker_filter(conn, sc: Scope, f: Filters) -> None:
    ids = expand_merged(entity_ids(conn, f.speaker or ""), sc.merged)
    roots = {sc.merged.get(i, i) for i in ids}
    sc.speakers = Matched(direct=[(i, n) for i, (n, _) in sorted(_names(conn, roots).items())])
    if not f.include_affiliated or not ids:
        sc.where.append(f"s.speaker_id IN {_ints(ids)}")
        return
    rows = conn.execute(text(
        'SELECT af.person_id, af.organization_id, af.role, af.start, af."end" FROM affiliations af '
        f"WHERE af.organization_id IN {_ints(ids)}"
    )).fetchall()
    if not rows:
        sc.where.append(f"s.speaker_id IN {_ints(ids)}")
        return
    people = expand_merged({r[0] for r in rows}, sc.merged) - ids
    names = _names(conn, {sc.merged.get(r[0], r[0]) for r in rows} | {r[1] for r in rows})
    seen: set[tuple[int, str]] = set()
    for pid, oid, role, _, _ in rows:
        root = sc.merged.get(pid, pid)
        label = ", ".join(x for x in (role, names.get(oid, ("?",))[0]) if x)
        if (root, label) not in seen and root not in roots:
            seen.add((root, label))
            sc.speakers.affiliated.append((root, names.get(root, ("?",))[0], label))
    # an affiliation with dates counts only the statements made while it held
    dated = any(r[3] is not None or r[4] is not None for r in rows)
    if not dated:
        sc.where.append(f"s.speaker_id IN {_ints(ids | people)}")
        return
    sc.where.append(
        f"s.speaker_id IN {_ints(ids | people)} AND (s.speaker_id IN {_ints(ids)} OR EXISTS ("
        f'SELECT 1 FROM affiliations af WHERE af.organization_id IN {_ints(ids)} '
        f"AND {sc.canon('af.person_id')} = {sc.speaker} "
        f'AND (af.start IS NULL OR af.start <= {sc.date}) AND (af."end" IS NULL OR af."end" >= {sc.date})))'
    )


# --- full-text search ----------------------------------------------------------------------

_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def search_terms(q: str) -> list[tuple[str, str, bool]]:
    """'ice "no comment" -budget OR deny*' -> [(op, text, is_phrase)], op in and/or/not."""
    out: list[tuple[str, str, bool]] = []
    pending_or = False
    for neg, phrase, word in _TERM.findall(q):
        if word == "OR" or word == "or":
            pending_or = bool(out)
            continue
        op = "not" if (neg or (word.startswith("-") and len(word) > 1)) else ("or" if pending_or else "and")
        pending_or = False
        if phrase or neg:
            out.append((op, phrase, True))
        else:
            out.append((op, word[1:] if op == "not" else word, False))
    return [t for t in out if re.search(r"\w", t[1])]


def _fts5_term(t: str, phrase: bool) -> str:
    toks = re.findall(r"\w+", t.lower())
    prefix = (not phrase) and t.endswith("*")
    return '"' + " ".join(toks) + '"' + ("*" if prefix else "")


def _like_needed(t: str, phrase: bool) -> bool:
    """FTS tokenisers drop punctuation: "U.S." or "$90" need an exact LIKE check as well."""
    core = t.rstrip("*") if not phrase else t
    return bool(re.search(r"[^\w\s]", core))


def _like(sc: Scope, t: str) -> str:
    name = f"like{len(sc.params)}"
    sc.params[name] = "%" + t.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return f"lower(s.quote) LIKE :{name} ESCAPE '\\'"


def _search_filter(conn, sc: Scope, q: str) -> None:
    terms = search_terms(q)
    if not terms:
        # nothing word-like (e.g. "$" or "--"): a plain substring test
        sc.where.append(_like(sc, q.strip()))
        return
    has_or = any(op == "or" for op, _, _ in terms)
    sc.fts = fts_available(conn)
    if not sc.fts:
        # no index (FTS5 missing from this SQLite build): substring tests, slower but the same words
        pos = [_like(sc, t.rstrip("*") if not ph else t) for op, t, ph in terms if op != "not"]
        neg = [f"NOT ({_like(sc, t)})" for op, t, ph in terms if op == "not"]
        if pos:
            sc.where.append("(" + (" OR " if has_or else " AND ").join(pos) + ")")
        sc.where.extend(neg)
        return
    if sc.dialect == "sqlite":
        expr = ""
        for op, t, ph in terms:
            if op == "not":
                continue
            expr += (" OR " if op == "or" and expr else " AND " if expr else "") + _fts5_term(t, ph)
        negs = " OR ".join(_fts5_term(t, ph) for op, t, ph in terms if op == "not")
        if expr:
            sc.params["fts"] = expr
            sc.where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts)")
        if negs:
            sc.params["fts_not"] = negs
            sc.where.append("s.id NOT IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts_not)")
    else:
        nodes = conn.execute(text("SELECT numnode(websearch_to_tsquery('english', :q))"), {"q": q}).scalar()
        if nodes:
            sc.params["tsq"] = q
            sc.where.append("to_tsvector('english', s.quote) @@ websearch_to_tsquery('english', :tsq)")
        else:  # only stop words ("the", "not"): the index cannot help, compare text
            pos = [_like(sc, t) for op, t, ph in terms if op != "not"]
            if pos:
                sc.where.append("(" + (" OR " if has_or else " AND ").join(pos) + ")")
            return
    if not has_or:
        sc.where.extend(_like(sc, t) for op, t, ph in terms if op == "and" and _like_needed(t, ph))


# --- rows out --------------------------------------------------------------------------------


def statements_sql(conn, f: Filters, order: str = "date") -> tuple[str, dict[str, Any]]:
    sc = build_scope(conn, f)
    return _statements_select(sc, f, order), sc.params


# an unresolved speaker keeps its words ("a person familiar with the talks"); a bare pronoun
# names no one, so it stays empty
_UNRESOLVED_TEXT = ("COALESCE(s.speaker_label, CASE WHEN lower(s.speaker_text) IN (" + ", ".join(f"'{p}'" for p in BARE_PRONOUNS) + ") "
                    "THEN NULL ELSE s.speaker_text END)")


def speaker_label(name: str | None, speaker_text: str | None, label: str | None = None) -> str | None:
    """The speaker column: the entity's name, else the phrase an unnamed source was introduced
    with (for a pronoun that refers back to it), else the words that name the speaker (not a pronoun)."""
    if name:
        return name
    if label:
        return label
    text = (speaker_text or "").strip()
    return None if text.lower() in BARE_PRONOUNS else text


def _statements_select(sc: Scope, f: Filters, order: str = "date") -> str:
    sql = (
        "SELECT s.id, s.article_id, a.source, a.url, a.title, o.name AS outlet, a.published, "
        f"COALESCE(sp.name, {_UNRESOLVED_TEXT}) AS speaker, COALESCE(sp.kind, 'unknown') AS speaker_kind, s.speaker_text, s.quote, s.kind, "
        f"s.cue, s.quote_start, s.quote_end, s.stated_on, {sc.date} AS date, {sc.about_sql()} AS about, "
        f"s.status, {sc.speaker} AS speaker_id, a.copy_of "
        f"FROM {sc.FROM} LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN entities sp ON sp.id = {sc.speaker}"
        + sc.where_sql()
    )
    if order == "date":
        sql += f" ORDER BY {sc.date} DESC NULLS LAST, a.published DESC NULLS LAST, s.article_id, s.quote_start"
    else:  # chronological
        sql += f" ORDER BY {sc.date} NULLS LAST, a.published NULLS LAST, s.article_id, s.quote_start"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return sql


def iter_statements(engine: Engine, f: Filters, order: str = "date") -> Iterator[dict[str, Any]]:
    with engine.connect() as conn:
        sql, params = statements_sql(conn, f, order)
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(text(sql), params)
        keys = list(result.keys())
        for row in result:
            yield _clean(dict(zip(keys, row)))  # zip: several times faster than row._mapping


def statements_frame(engine: Engine, f: Filters):
    import pandas as pd

    return pd.DataFrame(list(iter_statements(engine, f)), columns=STATEMENT_FIELDS)


def has_statement_filters(f: Filters) -> bool:
    """Whether f selects statements beyond the default (every status but rejected)."""
    return bool(f.speaker or f.about or f.kind or f.search or f.include_affiliated
                or f.statuses() not in (None, DEFAULT_STATUSES))


def iter_articles(engine: Engine, f: Filters | None = None) -> Iterator[dict[str, Any]]:
    """Articles, with the number of (non-rejected) statements each carries.

    --outlet and --since/--until select articles by outlet and publication day; any
    statement filter (speaker, about, kind, search, status) keeps the articles that carry
    at least one matching statement, and counts only those."""
    f = f or Filters()
    with engine.connect() as conn:
        dialect = dialect_of(conn)
        stmt_f = Filters(speaker=f.speaker, about=f.about, kind=f.kind, search=f.search, status=f.status,
                         include_affiliated=f.include_affiliated)
        sc = build_scope(conn, stmt_f)
        counts = f"SELECT s.article_id, COUNT(*) AS n FROM {sc.FROM}{sc.where_sql()} GROUP BY s.article_id"
        join = "JOIN" if has_statement_filters(f) else "LEFT JOIN"
        day = "date(a.published)" if dialect == "sqlite" else "CAST(a.published AT TIME ZONE 'UTC' AS DATE)"
        where, params = [], dict(sc.params)
        if f.outlet:
            where.append("a.outlet_id IN (SELECT id FROM outlets WHERE lower(name) LIKE :outlet OR lower(domain) LIKE :outlet)")
            params["outlet"] = f"%{f.outlet.lower()}%"
        if f.since:
            where.append(f"{day} >= :since")
            params["since"] = _bind_date(f.since, dialect)
        if f.until:
            where.append(f"{day} <= :until")
            params["until"] = _bind_date(f.until, dialect)
        sql = (
            "SELECT a.id, a.source, a.url, a.title, o.name AS outlet, a.published, a.byline, a.language, "
            "a.content_hash, a.ingested_at, a.copy_of, COALESCE(c.n, 0) AS statements, a.text "
            f"FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id {join} ({counts}) c ON c.article_id = a.id"
            + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id"
        )
        if f.limit:
            sql += f" LIMIT {int(f.limit)}"
        for row in conn.execution_options(stream_results=True, yield_per=500).execute(text(sql), params).mappings():
            yield _clean(dict(row))


def iter_entities(engine: Engine, f: Filters | None = None) -> Iterator[dict[str, Any]]:
    """Entities with their statements (as speaker) and mentions (as subject) in the filtered
    statements, first and last seen. A merged entity's statements count under the entity it
    was merged into (its own row shows merged_into and zero). With statement filters, only
    entities that speak or are mentioned in the matching statements are listed."""
    f = f or Filters()
    with engine.connect() as conn:
        sc = build_scope(conn, Filters(**{**vars(f), "limit": None}))
        aliases: dict[int, list[str]] = {}
        for eid, alias in conn.execute(text("SELECT entity_id, alias FROM aliases ORDER BY alias")):
            aliases.setdefault(eid, []).append(alias)
        spoke = {
            r[0]: r[1:] for r in conn.execute(text(
                f"SELECT {sc.speaker} AS e, COUNT(*), MIN({sc.date}), MAX({sc.date}) FROM {sc.FROM}"
                f"{sc.where_sql(['s.speaker_id IS NOT NULL'])} GROUP BY {sc.speaker}"), sc.params)
        }
        ent = sc.canon("sa.entity_id")
        mentioned = {
            r[0]: r[1:] for r in conn.execute(text(
                f"SELECT {ent} AS e, COUNT(DISTINCT s.id), MIN({sc.date}), MAX({sc.date}) "
                f"FROM {sc.FROM} JOIN statement_about sa ON sa.statement_id = s.id{sc.where_sql()} GROUP BY {ent}"), sc.params)
        }
        filtered = has_statement_filters(f) or f.since or f.until or f.outlet
        n = 0
        for row in conn.execute(text("SELECT id, name, kind, merged_into FROM entities ORDER BY id")).mappings():
            d = dict(row)
            s_n, s_first, s_last = spoke.get(d["id"], (0, None, None))
            m_n, m_first, m_last = mentioned.get(d["id"], (0, None, None))
            if filtered and not (s_n or m_n):
                continue
            firsts = [x for x in (s_first, m_first) if x is not None]
            lasts = [x for x in (s_last, m_last) if x is not None]
            d.update(
                aliases="; ".join(a for a in aliases.get(d["id"], []) if a != d["name"]),
                statements=s_n, mentions=m_n,
                first_seen=min(map(str, firsts))[:10] if firsts else None,
                last_seen=max(map(str, lasts))[:10] if lasts else None,
            )
            yield d
            n += 1
            if f.limit and n >= f.limit:
                return


_TIMESTAMPS = ("published", "ingested_at", "extracted_at", "updated_at")
_DATES = ("stated_on", "date")


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Timestamps as UTC ISO strings and dates as YYYY-MM-DD, identical on SQLite and PostgreSQL."""
    for k in _TIMESTAMPS:
        v = d.get(k)
        if v is None:
            continue
        if isinstance(v, str):
            if len(v) >= 19 and v[10] in " T" and (len(v) == 19 or v[19] == "."):
                d[k] = v[:10] + "T" + v[11:19]  # naive UTC, as SQLite stores it: no parsing needed
                continue
            v = datetime.fromisoformat(v)
        if v.tzinfo is not None:
            v = v.astimezone(timezone.utc).replace(tzinfo=None)
        d[k] = v.isoformat(timespec="seconds")
    for k in _DATES:
        v = d.get(k)
        if v is not None:
            d[k] = v.isoformat() if isinstance(v, date) else str(v)[:10]
    return d
