"""Reports over time. Counting happens in the database (GROUP BY over the filtered
statements, periods computed in SQL); pandas only shapes the small result: labels,
zero-filled periods, ordering. Two reports compare wording and so read quotes back:
`repeats` (normalised text plus rapidfuzz, in blocks) and `changes` (one speaker on one
subject, usually a few hundred statements).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from tracker.errors import TrackerError
from tracker.report.query import FREQS, Filters, Scope, build_scope

PERIOD_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "all": "all time"}
ALL_FREQS = [*FREQS, "all"]
TIMELINE_BY = ("total", "speaker", "about", "outlet", "kind")
UNRESOLVED = "(unresolved)"
OTHERS = "(others)"


@dataclass
class Report:
    name: str
    frame: pd.DataFrame
    title: str  # what is counted, in words: the chart title and the table caption
    freq: str
    filters: Filters
    notes: list[str] = field(default_factory=list)  # for stderr: what was left out and why
    # for the chart: which column is the x axis, the series, the value
    x: str = "period"
    series: str | None = None
    value: str = "statements"
    chart: str = "lines"  # lines | barh | stacked

    @property
    def subtitle(self) -> str:
        f = self.filters
        bits = []
        if f.speaker:
            bits.append(f"speaker {f.speaker}" + (" and affiliated people" if f.include_affiliated else ""))
        if f.about:
            bits.append(f"about {f.about}")
        if f.outlet:
            bits.append(f"outlet {f.outlet}")
        if f.kind:
            bits.append(f"kind {f.kind}")
        if f.search:
            bits.append(f"quote matching {f.search!r}")
        if f.since or f.until:
            bits.append(f"{f.since or '…'} to {f.until or '…'}")
        if f.status:
            bits.append(f"status {f.status}")
        return "; ".join(bits)


# --- helpers --------------------------------------------------------------------------------


def _check_freq(freq: str) -> None:
    if freq not in ALL_FREQS:
        raise TrackerError(f"--freq: {freq!r} is not one of {', '.join(ALL_FREQS)}")


def _period_sql(sc: Scope, freq: str) -> str:
    return "'all'" if freq == "all" else sc.period(freq)


def period_label(value: Any, freq: str) -> str | None:
    """A period's first day -> its label: 2026-03-05, 2026-03-02/2026-03-08, 2026-03, 2026Q1, 2026."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if freq == "all":
        return "all"
    return str(pd.Period(pd.Timestamp(str(value)[:10]), freq=freq))


def _periods_between(first: str, last: str, freq: str) -> list[str]:
    if freq == "all":
        return ["all"]
    start, end = pd.Period(first, freq=freq), pd.Period(last, freq=freq)
    return [str(p) for p in pd.period_range(start, end, freq=freq)]


def _entity_names(conn: Connection, ids) -> dict[int, tuple[str, str]]:
    ids = sorted({int(i) for i in ids if i is not None and not pd.isna(i) and int(i) > 0})
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = conn.execute(text(f"SELECT id, name, kind FROM entities WHERE id IN ({', '.join(map(str, chunk))})"))
        out.update({r[0]: (r[1], r[2]) for r in rows})
    # two entities with one name stay apart in the output
    seen: dict[str, int] = {}
    for eid, (name, _) in sorted(out.items()):
        seen[name] = seen.get(name, 0) + 1
    return {eid: ((f"{name} #{eid}" if seen[name] > 1 else name), kind) for eid, (name, kind) in out.items()}


def _outlet_names(conn: Connection, ids) -> dict[int, str]:
    ids = sorted({int(i) for i in ids if i is not None and not pd.isna(i) and int(i) > 0})
    if not ids:
        return {}
    rows = conn.execute(text(f"SELECT id, name FROM outlets WHERE id IN ({', '.join(map(str, ids))})"))
    return {r[0]: r[1] for r in rows}


def _undated(conn: Connection, sc: Scope, extra_from: str = "") -> int:
    # spelled out so the database starts from the (few) articles without a date, by index
    undated = ["a.published IS NULL", "s.stated_on IS NULL"]
    return conn.execute(text(f"SELECT COUNT(*) FROM {sc.FROM}{extra_from}{sc.where_sql(undated)}"), sc.params).scalar_one()


def _undated_note(n: int, freq: str) -> list[str]:
    if not n or freq == "all":
        return []
    return [f"{n} matching statement(s) have no date (neither the text nor the article gives one) and are in no period; --freq all counts them"]


def _day(v: Any) -> str | None:
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)[:10]


def _group_by(p: str, *keys: str | None) -> str:
    """GROUP BY the period and keys; the constant period of --freq all is left out
    (PostgreSQL refuses a constant in GROUP BY, SQLite would read a number as a column)."""
    terms = ([] if p == "'all'" else [p]) + [k for k in keys if k]
    return (" GROUP BY " + ", ".join(terms)) if terms else ""


def _top_clause(top: int) -> str:
    return f" LIMIT {int(top)}" if top and top > 0 else ""


def _sort_periods(df: pd.DataFrame, by: list[str], ascending: list[bool]) -> pd.DataFrame:
    return df.sort_values(by, ascending=ascending, kind="mergesort").reset_index(drop=True)


# --- timeline -------------------------------------------------------------------------------


def timeline(engine: Engine, f: Filters, freq: str = "M", by: str = "total", top: int = 10) -> Report:
    """Statements per period, in total or by speaker / subject / outlet / kind (the `top`
    biggest series, the rest summed as "(others)"). Periods with nothing are zero."""
    _check_freq(freq)
    if by not in TIMELINE_BY:
        raise TrackerError(f"--by: {by!r} is not one of {', '.join(TIMELINE_BY)}")
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        if by in ("total", "kind", "outlet"):
            sql = _timeline_preaggregated(sc, freq, by)
        else:
            p = _period_sql(sc, freq)
            joins, count = "", "COUNT(*)"
            if by == "about":
                joins, count = " JOIN statement_about sa ON sa.statement_id = s.id", "COUNT(DISTINCT s.id)"
            key = f"COALESCE({sc.speaker}, 0)" if by == "speaker" else sc.canon("sa.entity_id")
            base = f"SELECT {p} AS p, {key} AS k, {count} AS n FROM {sc.FROM}{joins}{sc.where_sql()}{_group_by(p, key)}"
            if not top or top <= 0:
                sql = f"SELECT p, k, n FROM ({base}) g"
            else:
                # one pass over the statements: counts per (period, key), then the top keys from those
                sql = (
                    f"WITH g AS MATERIALIZED ({base}), "
                    f"t AS (SELECT k FROM g WHERE p IS NOT NULL GROUP BY k ORDER BY SUM(n) DESC, k{_top_clause(top)}) "
                    "SELECT p, CASE WHEN k IN (SELECT k FROM t) THEN k END AS k, SUM(n) AS n FROM g "
                    "GROUP BY p, CASE WHEN k IN (SELECT k FROM t) THEN k END"
                )
        rows = conn.execute(text(sql), sc.params).fetchall()
        df = pd.DataFrame(rows, columns=["p", "k", "n"])
        df = df[df["n"].notna()]  # --freq all with nothing matching: one row of NULL
        df = df.assign(n=df["n"].astype(int))  # PostgreSQL's SUM of counts is numeric
        if by == "about":
            undated = _undated(conn, sc, " JOIN statement_about sa ON sa.statement_id = s.id") if freq != "all" else 0
        else:
            undated = int(df.loc[df["p"].isna(), "n"].sum())
        df = df[df["p"].notna()]
        if by == "speaker":
            names = _entity_names(conn, df["k"])
            label = lambda k: OTHERS if pd.isna(k) else (UNRESOLVED if int(k) == 0 else names.get(int(k), ("?",))[0])  # noqa: E731
        elif by == "about":
            names = _entity_names(conn, df["k"])
            label = lambda k: OTHERS if pd.isna(k) else names.get(int(k), ("?",))[0]  # noqa: E731
        elif by == "outlet":
            onames = _outlet_names(conn, df["k"])
            label = lambda k: OTHERS if pd.isna(k) else ("(no outlet)" if int(k) == 0 else onames.get(int(k), "?"))  # noqa: E731
        else:
            label = lambda k: k  # noqa: E731
    what = {"total": "", "speaker": " by speaker", "about": " by subject", "outlet": " by outlet", "kind": " by kind"}[by]
    topword = f" (top {top})" if by in ("speaker", "about", "outlet") and top and top > 0 else ""
    title = f"Statements per {PERIOD_WORDS[freq]}{what}{topword}" if freq != "all" else f"Statements{what}{topword}, all dates"
    col = {"about": "subject"}.get(by, by)
    rep = Report("timeline", pd.DataFrame(), title, freq, f, sc.notes + _undated_note(undated, freq))
    if df.empty:
        rep.frame = pd.DataFrame(columns=["period", "statements"] if by == "total" else ["period", col, "statements"])
        return rep
    df["period"] = [period_label(v, freq) for v in df["p"]]
    first = str(f.since) if f.since else df["p"].astype(str).min()
    last = str(f.until) if f.until else df["p"].astype(str).max()
    periods = _periods_between(first[:10], last[:10], freq)
    if by == "total":
        out = df.groupby("period")["n"].sum().reindex(periods, fill_value=0)
        rep.frame = pd.DataFrame({"period": periods, "statements": out.astype(int).values})
        rep.chart = "bars" if len(periods) <= 40 else "lines"
        return rep
    df[col] = [label(k) for k in df["k"]]
    if by == "outlet" and top and top > 0:  # outlets are few: the cut is made here, not in SQL
        keep = set(df.groupby(col)["n"].sum().sort_values(ascending=False, kind="mergesort").index[:top])
        df[col] = [c if c in keep else OTHERS for c in df[col]]
    totals = df.groupby(col)["n"].sum()
    order = sorted(totals.index, key=lambda s: (s == OTHERS, -totals[s], str(s)))
    grid = df.groupby(["period", col])["n"].sum().reindex(
        pd.MultiIndex.from_product([periods, order], names=["period", col]), fill_value=0
    ).reset_index()
    grid = grid.rename(columns={"n": "statements"})
    grid["statements"] = grid["statements"].astype(int)
    rep.frame = grid
    rep.series = col
    return rep


def _timeline_preaggregated(sc: Scope, freq: str, by: str) -> str:
    """Counts per article and stated day first (a walk along ix_statements_report, no sort),
    then per period: the article's date is looked up once per group, not once per statement."""
    needs_article = any(re.search(r"\ba\.", w) for w in sc.where)
    src = sc.FROM if needs_article else "statements s"
    extra = ", s.kind" if by == "kind" else ""
    inner = (
        f"SELECT s.article_id AS article_id, s.stated_on AS stated_on{extra.replace('s.kind', 's.kind AS kind')}, COUNT(*) AS n "
        f"FROM {src}{sc.where_sql()} GROUP BY s.article_id, s.stated_on{extra}"
    )
    day = "a.published" if sc.dialect == "sqlite" else "CAST(a.published AT TIME ZONE 'UTC' AS DATE)"
    d = f"COALESCE(x.stated_on, {day})"  # SQLite: ISO text, see Scope.raw_date
    p = "'all'" if freq == "all" else sc.period(freq, d)
    key = {"total": "0", "kind": "x.kind", "outlet": "COALESCE(a.outlet_id, 0)"}[by]
    return (
        f"SELECT {p} AS p, {key} AS k, CAST(SUM(x.n) AS BIGINT) AS n "
        f"FROM ({inner}) x JOIN articles a ON a.id = x.article_id{_group_by(p, None if by == 'total' else key)}"
    )


# --- speakers / about -----------------------------------------------------------------------


def _ranked(sql_g: str, top: int) -> str:
    # ties: named speakers before "(unresolved)" (key 0), then by id, the same on every database
    rank = f"SELECT g.*, ROW_NUMBER() OVER (PARTITION BY p ORDER BY n DESC, CASE WHEN k = 0 THEN 1 ELSE 0 END, k) AS rk FROM ({sql_g}) g"
    return f"SELECT * FROM ({rank}) r" + (f" WHERE rk <= {int(top)}" if top and top > 0 else "") + " ORDER BY p, rk"


def _speaker_period_rows(conn, sc, p: str, top: int) -> list:
    """Per period and speaker: statements, articles, outlets, first and last seen, top N ranked."""
    g = (
        f"SELECT {p} AS p, COALESCE({sc.speaker}, 0) AS k, COUNT(*) AS n, COUNT(DISTINCT s.article_id) AS articles, "
        f"COUNT(DISTINCT a.outlet_id) AS outlets, MIN({sc.date}) AS first_seen, MAX({sc.date}) AS last_seen "
        f"FROM {sc.FROM}{sc.where_sql()}{_group_by(p, f'COALESCE({sc.speaker}, 0)')}"
    )
    return conn.execute(text(_ranked(g, top)), sc.params).fetchall()


def speakers(engine: Engine, f: Filters, freq: str = "M", top: int = 20) -> Report:
    """Top speakers per period: statements, articles, outlets, first and last seen."""
    _check_freq(freq)
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        p = _period_sql(sc, freq)
        rows = _speaker_period_rows(conn, sc, p, top)
        df = pd.DataFrame(rows, columns=["p", "k", "statements", "articles", "outlets", "first_seen", "last_seen", "rank"])
        undated = _undated(conn, sc) if freq != "all" else 0
        names = _entity_names(conn, df["k"])
    df = df[df["p"].notna()].copy()
    df["period"] = [period_label(v, freq) for v in df["p"]]
    df["speaker"] = [UNRESOLVED if int(k) == 0 else names.get(int(k), ("?",))[0] for k in df["k"]]
    df["speaker_kind"] = ["unknown" if int(k) == 0 else names.get(int(k), ("", "unknown"))[1] for k in df["k"]]
    for c in ("first_seen", "last_seen"):
        df[c] = [_day(v) for v in df[c]]
    cols = ["period", "speaker", "statements", "speaker_kind", "articles", "outlets", "first_seen", "last_seen", "rank"]
    topword = f"top {top} " if top and top > 0 else ""
    title = f"Statements by the {topword}speakers" + (f" per {PERIOD_WORDS[freq]}" if freq != "all" else "")
    return Report("speakers", df[cols].reset_index(drop=True), title, freq, f, sc.notes + _undated_note(undated, freq),
                  series="speaker", chart="barh")


def about(engine: Engine, f: Filters, freq: str = "M", top: int = 20) -> Report:
    """Top subjects (entities statements mention) per period: statements, speakers, articles,
    outlets, first and last seen. A statement about two subjects counts once for each."""
    _check_freq(freq)
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        p = _period_sql(sc, freq)
        ent = sc.canon("sa.entity_id")
        g = (
            f"SELECT {p} AS p, {ent} AS k, COUNT(DISTINCT s.id) AS n, COUNT(DISTINCT COALESCE({sc.speaker}, 0)) AS speakers, "
            f"COUNT(DISTINCT s.article_id) AS articles, COUNT(DISTINCT a.outlet_id) AS outlets, "
            f"MIN({sc.date}) AS first_seen, MAX({sc.date}) AS last_seen "
            f"FROM {sc.FROM} JOIN statement_about sa ON sa.statement_id = s.id{sc.where_sql()}{_group_by(p, ent)}"
        )
        rows = conn.execute(text(_ranked(g, top)), sc.params).fetchall()
        df = pd.DataFrame(rows, columns=["p", "k", "statements", "speakers", "articles", "outlets", "first_seen", "last_seen", "rank"])
        undated = _undated(conn, sc, " JOIN statement_about sa ON sa.statement_id = s.id") if freq != "all" else 0
        names = _entity_names(conn, df["k"])
    df = df[df["p"].notna()].copy()
    df["period"] = [period_label(v, freq) for v in df["p"]]
    df["subject"] = [names.get(int(k), ("?",))[0] for k in df["k"]]
    df["subject_kind"] = [names.get(int(k), ("", "unknown"))[1] for k in df["k"]]
    for c in ("first_seen", "last_seen"):
        df[c] = [_day(v) for v in df[c]]
    cols = ["period", "subject", "statements", "subject_kind", "speakers", "articles", "outlets", "first_seen", "last_seen", "rank"]
    topword = f"top {top} " if top and top > 0 else ""
    title = f"Statements about the {topword}subjects" + (f" per {PERIOD_WORDS[freq]}" if freq != "all" else "")
    return Report("about", df[cols].reset_index(drop=True), title, freq, f, sc.notes + _undated_note(undated, freq),
                  series="subject", chart="barh")


# --- outlets --------------------------------------------------------------------------------


def outlets(engine: Engine, f: Filters, freq: str = "M", top: int = 10) -> Report:
    """Who carried which speakers: per period and outlet, the top speakers' statements and
    articles, how many of those statements came in syndicated copies, and the outlet's total."""
    _check_freq(freq)
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        p = _period_sql(sc, freq)
        copy = "CASE WHEN a.copy_of IS NOT NULL AND a.copy_of <> a.id THEN 1 ELSE 0 END"
        g = (
            f"SELECT {p} AS p, COALESCE(a.outlet_id, 0) AS o, COALESCE({sc.speaker}, 0) AS k, COUNT(*) AS n, "
            f"COUNT(DISTINCT s.article_id) AS articles, SUM({copy}) AS copies "
            f"FROM {sc.FROM}{sc.where_sql()}{_group_by(p, 'COALESCE(a.outlet_id, 0)', f'COALESCE({sc.speaker}, 0)')}"
        )
        ranked = (
            "SELECT g.*, ROW_NUMBER() OVER (PARTITION BY p, o ORDER BY n DESC, CASE WHEN k = 0 THEN 1 ELSE 0 END, k) AS rk, "
            f"SUM(n) OVER (PARTITION BY p, o) AS total FROM ({g}) g"
        )
        sql = f"SELECT * FROM ({ranked}) r" + (f" WHERE rk <= {int(top)}" if top and top > 0 else "") + " ORDER BY p, total DESC, o, rk"
        rows = conn.execute(text(sql), sc.params).fetchall()
        df = pd.DataFrame(rows, columns=["p", "o", "k", "statements", "articles", "copies", "rank", "outlet_statements"])
        undated = _undated(conn, sc) if freq != "all" else 0
        names = _entity_names(conn, df["k"])
        onames = _outlet_names(conn, df["o"])
    df = df[df["p"].notna()].copy()
    df["period"] = [period_label(v, freq) for v in df["p"]]
    df["outlet"] = ["(no outlet)" if int(o) == 0 else onames.get(int(o), "?") for o in df["o"]]
    df["speaker"] = [UNRESOLVED if int(k) == 0 else names.get(int(k), ("?",))[0] for k in df["k"]]
    for c in ("statements", "articles", "copies", "outlet_statements", "rank"):
        df[c] = df[c].astype(int)
    cols = ["period", "outlet", "speaker", "statements", "articles", "copies", "outlet_statements", "rank"]
    topword = f"top {top} " if top and top > 0 else ""
    title = f"Statements carried by each outlet, by its {topword}speakers" + (f", per {PERIOD_WORDS[freq]}" if freq != "all" else "")
    return Report("outlets", df[cols].reset_index(drop=True), title, freq, f, sc.notes + _undated_note(undated, freq),
                  x="outlet", series="speaker", chart="stacked")


# --- refusals -------------------------------------------------------------------------------


def refusals(engine: Engine, f: Filters, freq: str = "M", top: int = 20) -> Report:
    """`no_comment` statements per speaker (mostly organisations) per period, with the
    subjects they declined to talk about."""
    _check_freq(freq)
    if f.kind and f.kind != "no_comment":
        raise TrackerError("refusals counts no_comment statements: leave out --kind or use --kind no_comment")
    given = f
    f = Filters(**{**vars(f), "kind": "no_comment"})
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        p = _period_sql(sc, freq)
        rows = _speaker_period_rows(conn, sc, p, top)
        ent = sc.canon("sa.entity_id")
        subj = conn.execute(text(
            f"SELECT {p} AS p, COALESCE({sc.speaker}, 0) AS k, {ent} AS e, COUNT(DISTINCT s.id) AS n "
            f"FROM {sc.FROM} JOIN statement_about sa ON sa.statement_id = s.id{sc.where_sql()} "
            + _group_by(p, f"COALESCE({sc.speaker}, 0)", ent)
        ), sc.params).fetchall()
        undated = _undated(conn, sc) if freq != "all" else 0
        df = pd.DataFrame(rows, columns=["p", "k", "refusals", "articles", "outlets", "first_seen", "last_seen", "rank"])
        names = _entity_names(conn, set(df["k"]) | {r[2] for r in subj})
    about_of: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for p_, k, e, n in subj:
        about_of.setdefault((str(p_), int(k)), []).append((int(n), names.get(int(e), ("?",))[0]))
    df = df[df["p"].notna()].copy()
    df["period"] = [period_label(v, freq) for v in df["p"]]
    df["speaker"] = [UNRESOLVED if int(k) == 0 else names.get(int(k), ("?",))[0] for k in df["k"]]
    df["speaker_kind"] = ["unknown" if int(k) == 0 else names.get(int(k), ("", "unknown"))[1] for k in df["k"]]
    df["subjects"] = [
        "; ".join(f"{name} ({n})" for n, name in sorted(about_of.get((str(p_), int(k)), []), key=lambda t: (-t[0], t[1]))[:5])
        for p_, k in zip(df["p"], df["k"])
    ]
    for c in ("first_seen", "last_seen"):
        df[c] = [_day(v) for v in df[c]]
    cols = ["period", "speaker", "refusals", "speaker_kind", "articles", "outlets", "subjects", "first_seen", "last_seen", "rank"]
    title = "Refusals to comment (no_comment statements) by speaker" + (f" per {PERIOD_WORDS[freq]}" if freq != "all" else "")
    return Report("refusals", df[cols].reset_index(drop=True), title, freq, given, sc.notes + _undated_note(undated, freq),
                  series="speaker", value="refusals", chart="lines" if freq != "all" else "barh")


# --- wording: repeats and changes -----------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": " ", "\u2014": " ", "-": " "})


_WORD = re.compile(r"\w+")


# ASCII fast path: punctuation to spaces, apostrophes dropped, in one C-level translate
_ASCII_WORDS = {c: (None if chr(c) == "'" else " ") for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}


def normalise(quote: str) -> str:
    """Words only, case-folded: the same statement typeset by two outlets gets one key.
    "we're" -> "were", "company's" -> "companys" (one word either way); hyphens split words."""
    if quote.isascii():
        return " ".join(quote.lower().translate(_ASCII_WORDS).split())
    s = unicodedata.normalize("NFKC", quote).translate(_QUOTES).casefold().replace("'", "").replace("-", " ")
    return " ".join(_WORD.findall(s))


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def near_groups(keys: list[str], similarity: float, window: int = 4) -> Callable[[str], str]:
    """Group wordings that are nearly the same (rapidfuzz ratio >= similarity). Candidates are
    neighbours when the wordings are sorted, and again when sorted from their last character:
    a syndicated copy keeps the start or the end of the sentence. Each comparison pass is one
    vectorised rapidfuzz call, so millions of quotes take seconds, not hours."""
    from rapidfuzz import fuzz, process

    uf = _Union()
    if similarity >= 100:
        return uf.find
    # "no", "we disagree": too short to call near-identical
    cands = [k for k in keys if k.count(" ") >= 2]
    if len(cands) < 2:
        return uf.find
    if len(cands) <= 12:  # a few wordings: compare every pair (cheaper than the passes below)
        for i, a in enumerate(cands):
            for b in cands[i + 1:]:
                if fuzz.ratio(a, b, score_cutoff=similarity):
                    uf.union(a, b)
        return uf.find
    for order in (sorted(cands), sorted(cands, key=lambda k: k[::-1])):
        for d in range(1, min(window, len(order) - 1) + 1):
            scores = process.cpdist(order[:-d], order[d:], scorer=fuzz.ratio, score_cutoff=similarity, workers=1)
            for i in scores.nonzero()[0]:
                uf.union(order[i], order[i + d])
    return uf.find


def repeats(engine: Engine, f: Filters, freq: str = "M", min_articles: int = 2, similarity: float = 92, top: int = 0) -> Report:
    """Statements repeated across articles: the same words, or nearly (rapidfuzz ratio >=
    similarity on normalised text), by the same speaker. Per repeated statement: first and
    last seen, statements, articles, distinct outlets, independent sources (article groups
    that are not syndicated copies of one another, articles.copy_of) and copies.

    The quotes stream from the database one speaker at a time (ordered by speaker), so memory
    holds one speaker's quotes and the repeated statements found, not the whole table."""
    _check_freq(freq)
    need = max(2, min_articles)
    found: list[dict[str, Any]] = []
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        key = f"COALESCE({sc.speaker}, 0)"
        sql = (
            f"SELECT {key} AS k, s.id, s.article_id, s.quote, {sc.date}, a.outlet_id, "
            f"COALESCE(a.copy_of, a.id), a.published, a.title, a.url "
            f"FROM {sc.FROM}{sc.where_sql()} ORDER BY {key}"
        )
        result = conn.execution_options(stream_results=True).execute(text(sql), sc.params)
        group: list[tuple] = []
        current = None
        for part in result.partitions(5000):
            for row in part:
                if row[0] != current and group:
                    found.extend(_repeated_in(group, similarity, need))
                    group = []
                current = row[0]
                group.append(tuple(row))
        if group:
            found.extend(_repeated_in(group, similarity, need))
        names = _entity_names(conn, {r["k"] for r in found})
        onames = _outlet_names(conn, {r["first_outlet"] for r in found})
    title = f"Statements repeated in {min_articles}+ articles: articles carrying each (independent sources vs syndicated copies)"
    cols = ["period", "speaker", "quote", "first_seen", "last_seen", "statements", "articles", "outlets",
            "independent", "copies", "wordings", "first_outlet", "first_title", "first_url", "statement_ids"]
    rep = Report("repeats", pd.DataFrame(columns=cols), title, freq, f, sc.notes, x="label", value="articles", chart="repeats")
    if not found:
        return rep
    for r in found:
        r["speaker"] = UNRESOLVED if r["k"] == 0 else names.get(r["k"], ("?",))[0]
        r["first_outlet"] = onames.get(r["first_outlet"]) if r["first_outlet"] is not None else None
        r["period"] = period_label(r["first_seen"], freq) if r["first_seen"] else None
    found.sort(key=lambda r: (-r["articles"], -r["independent"], r["first_seen"] or "9999", r["statement_ids"]))
    if top and top > 0:
        found = found[:top]
    rep.frame = pd.DataFrame(found, columns=cols)
    return rep


def _repeated_in(rows: list[tuple], similarity: float, need: int) -> list[dict[str, Any]]:
    """One speaker's statements -> the repeated ones (in `need`+ distinct articles).
    rows: (speaker, id, article_id, quote, date, outlet_id, source group, published, title, url)."""
    norms = [normalise(r[3]) for r in rows]
    by_norm: dict[str, list[int]] = {}
    for i, n in enumerate(norms):
        if n:
            by_norm.setdefault(n, []).append(i)
    if len(by_norm) > 1:
        find = near_groups(list(by_norm), similarity)
        clusters: dict[str, list[int]] = {}
        for n, idx in by_norm.items():
            clusters.setdefault(find(n), []).extend(idx)
    else:
        clusters = by_norm
    out = []
    for members in clusters.values():
        if len(members) < need or len({rows[i][2] for i in members}) < need:
            continue
        pick = [rows[i] for i in members]
        # the earliest occurrence (date, then publication time, then id) gives quote and source
        first = min(pick, key=lambda r: (r[4] is None, str(r[4] or ""), str(r[7] or ""), r[1]))
        dates = [str(r[4])[:10] for r in pick if r[4] is not None]
        articles = len({r[2] for r in pick})
        independent = len({r[6] for r in pick})
        out.append({
            "k": int(rows[0][0]), "quote": first[3], "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None, "statements": len(pick), "articles": articles,
            "outlets": len({r[5] for r in pick if r[5] is not None}), "independent": independent,
            "copies": articles - independent, "wordings": len({norms[i] for i in members}),
            "first_outlet": first[5], "first_title": first[8], "first_url": first[9],
            "statement_ids": ",".join(str(r[1]) for r in sorted(pick, key=lambda r: r[1])),
        })
    return out


_SENTENCE = re.compile(r"(?<=[.!?;])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")


def split_lines(quote: str) -> list[str]:
    """A statement's lines: its sentences (a quote of three sentences is three lines of a position)."""
    parts = [p.strip() for p in _SENTENCE.split(quote.strip()) if p and p.strip()]
    return [p for p in parts if re.search(r"\w", p)] or [quote.strip()]


def changes(engine: Engine, f: Filters, freq: str = "D", similarity: float = 85) -> Report:
    """One speaker on one subject, period by period (consecutive periods that have statements):
    each line (sentence) is `new` (never said before), `repeated` (said before, nearly the same
    words; first_said says when) or `dropped` (said in the previous period, not in this one)."""
    from rapidfuzz import fuzz, process

    _check_freq(freq)
    if not f.speaker or not f.about:
        raise TrackerError("changes needs --speaker and --about (one speaker on one subject)")
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        if sc.speakers is not None and not sc.speakers.direct:
            raise TrackerError(f"--speaker: no entity matches {f.speaker!r}")
        if sc.subjects is not None and not sc.subjects.direct:
            raise TrackerError(f"--about: no entity matches {f.about!r}")
        sql = (
            f"SELECT s.id, {sc.date}, s.kind, s.quote, o.name, a.title, a.url, a.published "
            f"FROM {sc.FROM} LEFT JOIN outlets o ON o.id = a.outlet_id{sc.where_sql([f'{sc.date} IS NOT NULL'])} "
            f"ORDER BY {sc.date}, a.published, s.article_id, s.quote_start"
        )
        rows = conn.execute(text(sql), sc.params).fetchall()
        undated = _undated(conn, sc)
    cols = ["period", "change", "line", "first_said", "last_said", "statements", "outlets", "kind", "date", "outlet", "title", "url", "statement_ids"]
    who = ", ".join(n for _, n in (sc.speakers.direct if sc.speakers else [])) or f.speaker
    what = ", ".join(n for _, n in (sc.subjects.direct if sc.subjects else [])) or f.about
    title = f"What {who} said about {what}, {PERIOD_WORDS[freq] if freq != 'all' else 'overall'} by {PERIOD_WORDS[freq] if freq != 'all' else 'period'}: new, repeated and dropped lines"
    rep = Report("changes", pd.DataFrame(columns=cols), title, freq, f, sc.notes + (_undated_note(undated, freq) if undated else []),
                 x="period", series="change", value="lines", chart="changes")
    if not rows:
        return rep
    # lines in period order; each line joins the earliest earlier line it nearly repeats
    history: list[str] = []  # normalised lines, in order first said
    first_said: dict[str, str] = {}
    by_period: dict[str, dict[str, dict[str, Any]]] = {}
    order: list[str] = []
    for sid, d, kind, quote, outlet, title_, url, _ in rows:
        d = str(d)[:10]
        per = period_label(d, freq)
        if per not in by_period:
            by_period[per] = {}
            order.append(per)
        for line in split_lines(quote):
            norm = normalise(line)
            if not norm:
                continue
            hit = process.extractOne(norm, history, scorer=fuzz.ratio, score_cutoff=similarity) if history else None
            key = hit[0] if hit else norm
            if not hit and norm not in first_said:
                history.append(norm)
                first_said[norm] = d
            slot = by_period[per].get(key)
            if slot is None:
                slot = by_period[per][key] = {
                    "line": line, "kind": kind, "date": d, "outlet": outlet, "title": title_, "url": url,
                    "ids": [], "outlets": set(), "last": d,
                }
            slot["ids"].append(sid)
            slot["outlets"].add(outlet)
            slot["last"] = d
    out = []
    seen_before: set[str] = set()
    prev: dict[str, dict[str, Any]] = {}
    for per in order:
        cur = by_period[per]
        for key, slot in cur.items():
            change = "repeated" if key in seen_before else "new"
            out.append({
                "period": per, "change": change, "line": slot["line"], "first_said": first_said[key],
                "last_said": slot["last"], "statements": len(set(slot["ids"])), "outlets": len({o for o in slot["outlets"] if o}),
                "kind": slot["kind"], "date": slot["date"], "outlet": slot["outlet"], "title": slot["title"],
                "url": slot["url"], "statement_ids": ",".join(map(str, sorted(set(slot["ids"])))),
            })
        for key, slot in prev.items():
            if key not in cur:
                out.append({
                    "period": per, "change": "dropped", "line": slot["line"], "first_said": first_said[key],
                    "last_said": slot["last"], "statements": 0, "outlets": 0, "kind": slot["kind"], "date": None,
                    "outlet": None, "title": None, "url": None, "statement_ids": "",
                })
        seen_before |= set(cur)
        prev = cur
    rep.frame = pd.DataFrame(out, columns=cols)
    return rep


REPORTS = ("timeline", "speakers", "about", "outlets", "repeats", "refusals", "changes")


def speakers_report(engine: Engine, f: Filters, freq: str = "M") -> pd.DataFrame:
    """Statements per speaker per period: period, speaker, statements (and more columns).
    Kept for callers of the first version; every speaker, no top-N cut."""
    return speakers(engine, f, freq, top=0).frame
