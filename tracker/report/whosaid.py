"""who-said: every statement of one speaker (optionally on one subject), newest first,
each with a citation ready to paste."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

from tracker.errors import TrackerError
from tracker.report.query import Filters, Matched, _clean, _statements_select, build_scope

FIELDS = ["date", "outlet", "kind", "speaker", "speaker_text", "quote", "title", "published", "url", "citation",
          "about", "id", "article_id", "status"]
TABLE_FIELDS = ["date", "outlet", "kind", "speaker", "quote", "citation"]


@dataclass
class WhoSaid:
    speakers: Matched
    subjects: Matched | None
    rows: list[dict[str, Any]] = field(default_factory=list)

    def headline(self) -> str:
        line = "What " + (", ".join(n for _, n in self.speakers.direct) or "?") + " said"
        if self.subjects is not None:
            line += " about " + (", ".join(n for _, n in self.subjects.direct) or "(no such entity)")
        if self.speakers.affiliated:
            people = "; ".join(f"{n}, {role}" for _, n, role in self.speakers.affiliated[:6])
            more = len(self.speakers.affiliated) - 6
            line += f" (with affiliated people: {people}" + (f"; and {more} more" if more > 0 else "") + ")"
        return line


def citation(row: dict[str, Any]) -> str:
    """"Title", Outlet, 2026-03-04, https://... (the parts that are known)."""
    day = (row.get("published") or "")[:10] or None
    parts = [f"\u201c{row['title']}\u201d" if row.get("title") else None, row.get("outlet"), day,
             row.get("url") or (None if row.get("title") else row.get("source"))]
    return ", ".join(p for p in parts if p)


def who_said(engine: Engine, f: Filters) -> WhoSaid:
    if not f.speaker or not f.speaker.strip():
        raise TrackerError("who-said needs a speaker name")
    with engine.connect() as conn:
        sc = build_scope(conn, f)
        assert sc.speakers is not None
        if not sc.speakers.direct:
            raise TrackerError(f"no speaker matches {f.speaker!r} (tracker entities list shows the names)")
        if sc.subjects is not None and not sc.subjects.direct:
            raise TrackerError(f"--about: no entity matches {f.about!r}")
        result = WhoSaid(sc.speakers, sc.subjects)
        res = conn.execute(text(_statements_select(sc, f)), sc.params)
        keys = list(res.keys())
        for row in res:
            d = _clean(dict(zip(keys, row)))
            d["citation"] = citation(d)
            result.rows.append(d)
    return result


def _md(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split()).replace("|", "\\|")


def markdown(result: WhoSaid) -> str:
    """A heading and a table that pastes into any Markdown editor; sources are links."""
    n = len(result.rows)
    lines = [f"### {result.headline()}", "", f"{n} statement{'s' if n != 1 else ''}, newest first.", ""]
    if not n:
        return "\n".join(lines) + "\n"
    lines += ["| Date | Outlet | Kind | Speaker | Quote | Source |", "| --- | --- | --- | --- | --- | --- |"]
    for r in result.rows:
        title = _md(r.get("title") or r.get("url") or r.get("source") or "source")
        src = f"[{title}]({r['url']})" if r.get("url") else title
        day = (r.get("published") or "")[:10]
        if day:
            src += f", {day}"
        quote = _md(r.get("quote"))
        quote = f"\u201c{quote}\u201d" if r.get("kind") in ("direct", "mixed") else quote
        lines.append(f"| {_md(r.get('date'))} | {_md(r.get('outlet'))} | {_md(r.get('kind'))} | {_md(r.get('speaker'))} | {quote} | {src} |")
    return "\n".join(lines) + "\n"
