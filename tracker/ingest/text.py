"""Plain text articles: keep the article, cut page furniture that scrapes carry along.

The rules are about the shape of furniture, never about one site's strings: short lines
with no sentence and no figures in them that start with an interface word (Share, Listen,
Subscribe, Menu), player timings ("4 min listen", "00:00 / 03:12"), cookie notices, a
"Latest stories"/"Related"/"Read more" heading followed by a run of headlines, and
copyright/share/newsletter lines at the end. A line with a figure in it is content
("Share - basic 22.2p vs 21.6p", "CLOSE APRIL 6"), whatever word it starts with.
"""

from __future__ import annotations

import re

from tracker.ingest.document import Document
from tracker.ingest.meta import guess_language

# Interface words a scrape carries as lines of their own around the article.
_UI_START = re.compile(
    r"^(audio|listen|play|pause|watch|advertisement|advert|ad|skip|share|shares|subscribe|sign in|"
    r"sign up|log in|login|register|menu|home|search|accept|close|loading|print|email|e-mail|"
    r"facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy link|copied|comments?|"
    r"save|saved|bookmark|gift|follow|newsletter|toggle|open|back to top|next|previous|"
    r"reuse this content|image|photo|video|caption|credit|getty images|ap photo)\b",
    re.I,
)
# Player and reading-time lines: "Listen to this article 4:12", "5 min read", "00:00 / 03:12".
_TIMING = re.compile(
    r"^((listen|audio|play|watch)\b.{0,40}|\d+\s*(min|mins|minute|minutes)\s*(read|listen|watch)?|"
    r"\d{1,2}:\d{2}(:\d{2})?(\s*/\s*\d{1,2}:\d{2}(:\d{2})?)?)$",
    re.I,
)
_COOKIE = re.compile(r"\bcookies?\b.*\b(accept|consent|privacy|settings|preferences|continu\w*|agree|use)\b|"
                     r"\b(accept|consent|agree)\b.*\bcookies?\b", re.I)
# Headings that open a list of other stories or links: everything after is not the article.
_TRAILER_HEADING = re.compile(
    r"^(latest|related|recommended|popular|trending|more|top|most|read|you|also|see|up next|"
    r"further|editor'?s|sponsored|promoted|around|explore|don'?t miss|in other news|elsewhere)\b"
    r"[^.!?\d]{0,40}\b(stories|story|articles|article|news|headlines|posts|reads|read|videos|links|"
    r"coverage|content|topics|from|for you|like|more|next|reading|picks|this|viewed|shared|web|"
    r"miss|on)\b\s*:?$",
    re.I,
)
# Lines that close a page, not an article.
_TRAILING_FURNITURE = re.compile(
    r"^(©|\(c\)\s|copyright\b|all rights reserved|share this|share on|follow us|subscribe to|"
    r"subscribe (now|today)|sign up (for|to|now)|get the latest|join us on|topics?:|tags?:|filed under|"
    r"more on this story|reuse this content|click here|download (our|the) app)",
    re.I,
)
# Single lines inside the body that link elsewhere or mark an advert.
_INLINE_FURNITURE = re.compile(
    r"^((read more|read also|also read|see also|related|watch|listen|more)\s*[:|»>–—-].{0,150}|"
    r"advertisement|advert|story continues below( advertisement)?|continue reading( below)?|"
    r"scroll to continue( with content)?|article continues below)$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")
_DIGIT = re.compile(r"\d")


def _words(s: str) -> int:
    return len(s.split())


def _is_furniture_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    if _TIMING.match(s) and _words(s) <= 10:
        return True
    if _COOKIE.search(s) and _words(s) <= 60:
        return True
    if _words(s) > 8 or _SENTENCE_END.search(s) or _DIGIT.search(s):
        return False
    return bool(_UI_START.match(s))


def _is_trailing_furniture(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    if _is_furniture_line(s) or _INLINE_FURNITURE.match(s):
        return True
    return _words(s) <= 25 and bool(_TRAILING_FURNITURE.match(s))


def _is_trailer_heading(line: str) -> bool:
    s = line.strip()
    return 0 < _words(s) <= 7 and bool(_TRAILER_HEADING.match(s))


def _looks_like_headline_list(lines: list[str]) -> bool:
    """After a trailer heading: short lines, mostly without a closing full stop."""
    body = [l.strip() for l in lines if l.strip()]
    if not body:
        return True
    short = sum(1 for l in body if len(l) < 160 and not l.endswith("."))
    return short / len(body) >= 0.7


def clean_text(text: str) -> str:
    # NUL is no text (and PostgreSQL refuses it in a text column)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\xa0", " ").replace("\x00", "")
    lines = text.split("\n")
    start = 0
    while start < len(lines) and _is_furniture_line(lines[start]):
        start += 1
    end = len(lines)
    # from start itself: a page that is nothing but a headline list has no article
    for i in range(start, len(lines)):
        if _is_trailer_heading(lines[i]) and _looks_like_headline_list(lines[i + 1:]):
            end = i
            break
    while end > start and _is_trailing_furniture(lines[end - 1]):
        end -= 1
    kept = lines[start:end]
    # a player line between the headline and the body ("Listen to this article") is
    # furniture too; the body begins at the first line long enough to be a paragraph
    body = next((j for j, l in enumerate(kept) if _words(l) > 8), len(kept))
    out: list[str] = []
    dropped = False
    for j, l in enumerate(kept):
        s = l.strip()
        if s and ((j < body and _is_furniture_line(l)) or _INLINE_FURNITURE.match(s)):
            dropped = True
            continue
        if not s and dropped and out and not out[-1].strip():
            continue  # the blank line the dropped furniture stood between
        dropped = False
        out.append(l)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out) + ("\n" if out else "")


def guess_title(text: str) -> str | None:
    """A first line that stands alone and reads like a headline."""
    lines = text.split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) <= 200:
        return lines[0].strip()
    return None


def parse_text(raw: str, source: str) -> Document:
    text = clean_text(raw)
    return Document(source=source, text=text, title=guess_title(text), language=guess_language(text))
