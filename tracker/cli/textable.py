"""A plain text table for long results (who-said, reports): aligned columns, long text
wrapped, numbers right-aligned. Thousands of rows print in a blink, where a rich table
measures every cell many times over; and it pastes as plain text."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from typing import IO, Any, Iterable, Sequence

WRAP = {"quote", "line", "citation", "title", "subjects", "first_title", "first_url", "about", "url"}
MAX_FIXED = 36  # a short column (name, outlet) longer than this is cut with an ellipsis


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return " ".join(str(v).split())


def _width(out: IO[str]) -> int:
    if "COLUMNS" in os.environ or (hasattr(out, "isatty") and out.isatty()):
        return max(60, shutil.get_terminal_size((160, 24)).columns)
    return 160


def write_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str] | None = None,
                title: str | None = None) -> int:
    out = out or sys.stdout
    cells = [[_text(r.get(c)) for c in columns] for r in rows]
    if title:
        out.write(textwrap.fill(title, _width(out)) + "\n\n")
    if not cells:
        out.write("(no rows)\n")
        return 0
    natural = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    numeric = [all(row[i].lstrip("-").isdigit() or row[i] == "" for row in cells) for i in range(len(columns))]
    wraps = [c in WRAP for c in columns]
    widths = [n if w else min(n, MAX_FIXED) for n, w in zip(natural, wraps)]
    free = _width(out) - sum(w for w, wr in zip(widths, wraps) if not wr) - 2 * (len(columns) - 1)
    wrap_total = sum(n for n, wr in zip(natural, wraps) if wr)
    if wrap_total:
        for i, wr in enumerate(wraps):
            if wr:
                widths[i] = max(16, min(natural[i], free * natural[i] // wrap_total))
    wrapped = any(len(row[i]) > widths[i] for row in cells for i in range(len(columns)))

    def fit(s: str, i: int) -> list[str]:
        if len(s) <= widths[i]:
            return [s]
        if wraps[i]:
            return textwrap.wrap(s, widths[i], break_long_words=True, break_on_hyphens=False) or [""]
        return [s[: widths[i] - 1] + "\u2026"]

    def line(parts: list[str]) -> str:
        return "  ".join(p.rjust(widths[i]) if numeric[i] else p.ljust(widths[i]) for i, p in enumerate(parts)).rstrip()

    out.write(line(list(columns)) + "\n")
    out.write("  ".join("\u2500" * w for w in widths) + "\n")
    for k, row in enumerate(cells):
        parts = [fit(s, i) for i, s in enumerate(row)]
        for j in range(max(len(p) for p in parts)):
            out.write(line([p[j] if j < len(p) else "" for p in parts]) + "\n")
        if wrapped and k < len(cells) - 1:
            out.write("\n")
    return len(cells)
