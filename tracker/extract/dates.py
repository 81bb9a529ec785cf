"""When a statement was made, from the words around its cue, relative to publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.lexicon import MONTHS, WEEKDAYS

_WD = "|".join(WEEKDAYS)
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    rf"\b(?:(?P<rel>yesterday|today|tonight|last night|this morning|this afternoon|this evening)"
    rf"|(?:(?P<wdmod>last|this|on|late|early|late on|early on)\s+)?(?P<wd>{_WD})\b"
    rf"|(?P<pmod>last|this|earlier this|past)\s+(?P<period>week|month|year)"
    rf"|(?:(?P<mmod>last|this|in|on|early|late|since|earlier in|in early|in late|in mid-?)\s+)?"
    rf"(?P<mon>{_MON})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    rf"|(?P<ago>\d+|a|one|two|three|four|five|six|seven) (?P<agounit>days?|weeks?|months?|years?) ago)",
    re.I,
)


def _hint_re() -> re.Pattern | None:
    """A necessary condition for a DATE_RE match, cheap to test on phrase.lower().

    Every match contains one of DATE_RE's words (a weekday, a month, "tonight", "ago", ...),
    so it contains a fragment of that word. The fragments avoid i, k and s, whose re.I
    matches include non-ASCII letters (\u0131, \u212a, \u017f) that lower() leaves alone."""
    words = ["yesterday", "today", "tonight", "night", "morning", "afternoon", "evening",
             "week", "month", "year", "ago", *MONTHS, *WEEKDAYS]
    frags = set()
    for w in words:
        frag = max(re.split("[iks]", w.lower()), key=len)
        if not frag or not frag.isascii():
            return None  # no safe fragment: always run the full scan
        frags.add(frag)
    return re.compile("|".join(sorted(map(re.escape, frags))))


_HINT_RE = _hint_re()
_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _month_before(pub: date, month: int, strictly_last: bool) -> int:
    if month < pub.month or (month == pub.month and not strictly_last):
        return pub.year
    return pub.year - 1


def resolve_date(phrase: str, published: date | None) -> tuple[date, str] | None:
    """The first date expression in phrase, as (date, precision): day, week, month or year."""
    if _HINT_RE is not None and not _HINT_RE.search(phrase.lower()):
        return None  # no date word in it: skip the slow case-insensitive scan
    for m in DATE_RE.finditer(phrase):
        got = _resolve(m, published)
        if got:
            return got
    return None


def _resolve(m: re.Match, pub: date | None) -> tuple[date, str] | None:
    g = m.groupdict()
    if g["rel"]:
        if pub is None:
            return None
        rel = g["rel"].lower()
        return (pub - timedelta(days=1) if rel in {"yesterday", "last night"} else pub), "day"
    if g["wd"]:
        if pub is None:
            return None
        target = WEEKDAYS[g["wd"].lower()]
        back = (pub.weekday() - target) % 7
        if (g["wdmod"] or "").lower() == "last" and back == 0:
            back = 7
        return pub - timedelta(days=back), "day"
    if g["period"]:
        if pub is None:
            return None
        period = g["period"].lower()
        mod = g["pmod"].lower()
        if period == "week":
            d = pub - timedelta(days=7 if mod in {"last", "past"} else 0)
            return d - timedelta(days=d.weekday()), "week"
        if period == "month":
            if mod in {"last", "past"}:
                first = pub.replace(day=1) - timedelta(days=1)
                return first.replace(day=1), "month"
            return pub.replace(day=1), "month"
        return date(pub.year - (1 if mod in {"last", "past"} else 0), 1, 1), "year"
    if g["mon"]:
        mon_word = g["mon"].lower().rstrip(".")
        if mon_word == "may" and not (g["mmod"] or g["day"] or g["year"]):
            return None  # the verb "may"
        if mon_word in {"mar", "jan", "jun", "jul", "aug", "oct", "sep", "dec", "feb", "apr", "nov", "sept"} and not (g["day"] or g["year"] or g["mmod"]):
            return None
        month = MONTHS[mon_word]
        if g["year"]:
            year = int(g["year"])
        elif pub is not None:
            year = _month_before(pub, month, (g["mmod"] or "").lower() == "last")
        else:
            return None
        if g["day"]:
            try:
                return date(year, month, int(g["day"])), "day"
            except ValueError:
                return None
        return date(year, month, 1), "month"
    if g["ago"]:
        if pub is None:
            return None
        n = int(g["ago"]) if g["ago"].isdigit() else _NUM[g["ago"].lower()]
        unit = g["agounit"].lower().rstrip("s")
        if unit == "day":
            return pub - timedelta(days=n), "day"
        if unit == "week":
            return pub - timedelta(weeks=n), "week"
        if unit == "month":
            y, mth = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return date(y, mth + 1, 1), "month"
        return date(pub.year - n, 1, 1), "year"
    return None
