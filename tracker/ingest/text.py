"""Plain text articles: keep the article, cut page furniture that scrapes carry along.

The rules are about the shape of furniture (short lines with no sentence in them, a
"Latest stories" heading followed by a run of headlines), never about one site's strings.
"""

from __future__ import annotations

import re

from tracker.ingest.document import Document

# Headings that open a list of other stories or links: everything after is not the article.
_TRAILER_HEADING = re.compile(
    r"^\s*(latest|related|recommended|popular|trending|more|top|other|most read|read more|"
    r"you may also like|also read|see also|read next|up next|further reading|more from|"
    r"more stories|editor'?s picks|sponsored|advertisement|share this|follow us|sign up|"
    r"subscribe)\b[\w\s'’:,&-]{0,40}$",
    re.I,
)
# Furniture lines a scrape puts before the article body.
_LEADING_FURNITURE = re.compile(
    r"^\s*(audio\b|listen\b|play\b|advertisement\b|skip to\b|share\b|subscribe\b|sign in\b|"
    r"log in\b|menu\b|home\b|cookie|we use cookies|accept\b|close\b|loading\b|"
    r"\d+\s*min(ute)?s?\s+read\b|print\b|email\b|facebook\b|twitter\b|whatsapp\b)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")


def _is_furniture_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    words = s.split()
    return len(words) <= 8 and not _SENTENCE_END.search(s) and bool(_LEADING_FURNITURE.match(s))


def _looks_like_headline_list(lines: list[str]) -> bool:
    """After a trailer heading: short lines, mostly without a closing full stop."""
    body = [l.strip() for l in lines if l.strip()]
    if not body:
        return True
    short = sum(1 for l in body if len(l) < 160 and not l.endswith("."))
    return short / len(body) >= 0.7


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = text.split("\n")
    start = 0
    while start < len(lines) and _is_furniture_line(lines[start]):
        start += 1
    end = len(lines)
    for i in range(start + 1, len(lines)):
        if _TRAILER_HEADING.match(lines[i]) and _looks_like_headline_list(lines[i + 1:]):
            end = i
            break
    kept = lines[start:end]
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept).strip("\n") + ("\n" if kept else "")


def guess_title(text: str) -> str | None:
    """A first line that stands alone and reads like a headline."""
    lines = text.split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) <= 200:
        return lines[0].strip()
    return None


def parse_text(raw: str, source: str) -> Document:
    text = clean_text(raw)
    return Document(source=source, text=text, title=guess_title(text))
