"""JSONL and CSV exports: one record per article, columns found by name or by --map.

Exports from news APIs and databases name their columns differently (body, content,
story; headline; publish_date, publishedAt; link; source, media_name). Without --map,
each field is taken from the first column whose name matches a common name for it
(compared lowercased without punctuation, so "publishedAt" = "published_at"). --map
text=body,outlet=source.name names columns explicitly; a dotted name reaches into a
nested JSON object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tracker.errors import TrackerError

FIELDS = ("text", "title", "published", "url", "outlet", "byline", "language")
DEFAULT_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "articletext", "articlebody", "fulltext", "maintext",
             "story", "storytext", "bodytext", "contenttext", "plaintext"),
    "title": ("title", "headline", "heading", "articletitle", "storytitle"),
    "published": ("published", "publishedat", "publishdate", "publicationdate", "pubdate", "datepublished",
                  "date", "publishedon", "datetime", "timestamp", "createdat", "time", "publishtime"),
    "url": ("url", "link", "uri", "href", "articleurl", "canonicalurl", "storyurl", "webur", "weburl", "sourceurl"),
    "outlet": ("outlet", "source", "sourcename", "medianame", "media", "publisher", "publication", "sitename",
               "site", "newspaper", "domain", "outletname"),
    "byline": ("byline", "author", "authors", "creator", "writer", "by"),
    "language": ("language", "lang", "languagecode", "locale"),
}


def norm_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def parse_map(specs: list[str] | str | None) -> dict[str, str]:
    """'text=body,title=headline' (or several such strings) -> {'text': 'body', 'title': 'headline'}."""
    if not specs:
        return {}
    if isinstance(specs, str):
        specs = [specs]
    out: dict[str, str] = {}
    for spec in specs:
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            if "=" not in part:
                raise TrackerError(f"--map: {part!r} is not FIELD=COLUMN (e.g. text=body)")
            fld, col = (s.strip() for s in part.split("=", 1))
            if fld not in FIELDS:
                raise TrackerError(f"--map: unknown field {fld!r}; fields are {', '.join(FIELDS)}")
            if not col:
                raise TrackerError(f"--map: no column given for {fld!r}")
            out[fld] = col
    return out


@dataclass
class FieldMap:
    """Which key of a record gives which article field."""

    explicit: dict[str, str] = field(default_factory=dict)
    _cache: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict, repr=False)

    def resolve(self, keys: list[str] | tuple[str, ...]) -> dict[str, str]:
        """field -> key for records with these keys (memoised per key set: exports repeat them)."""
        tkeys = tuple(keys)
        hit = self._cache.get(tkeys)
        if hit is not None:
            return hit
        by_norm: dict[str, str] = {}
        for k in tkeys:
            by_norm.setdefault(norm_key(k), k)
        out: dict[str, str] = {}
        taken: set[str] = set(self.explicit.values())
        for fld in FIELDS:
            if fld in self.explicit:
                out[fld] = self.explicit[fld]
                continue
            for name in DEFAULT_NAMES[fld]:
                k = by_norm.get(name)
                if k is not None and k not in taken:
                    out[fld] = k
                    taken.add(k)
                    break
        if len(self._cache) < 1000:
            self._cache[tkeys] = out
        return out

    def missing_text_reason(self, keys) -> str:
        if "text" in self.explicit:
            return f"no column {self.explicit['text']!r} (--map text={self.explicit['text']})"
        shown = ", ".join(list(keys)[:8]) or "none"
        return f"no text column among [{shown}]; name it with --map text=COLUMN"


def get_path(record: dict, key: str) -> Any:
    """record['a']['b'] for 'a.b' when the record has no literal 'a.b' key."""
    if key in record:
        return record[key]
    cur: Any = record
    for part in key.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return None
    return cur


def scalar(value: Any, prefer: tuple[str, ...] = ("name", "title", "value", "text", "url")) -> Any:
    """A usable value from what exports nest: {'name': 'BBC News', 'id': ...}, ['A', 'B']."""
    if isinstance(value, dict):
        for k in prefer:
            if isinstance(value.get(k), (str, int, float)):
                return value[k]
        return None
    if isinstance(value, list):
        items = [scalar(v, prefer) for v in value]
        items = [str(v) for v in items if v not in (None, "")]
        return ", ".join(items) if items else None
    return value
