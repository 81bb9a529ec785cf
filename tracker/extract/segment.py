"""Paragraphs, quotations and quote-aware sentences, all as character offsets.

A quotation is atomic: a sentence boundary inside quotation marks does not split the
sentence that carries it, so '"First. Second," she said.' stays one unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
# what a quotation's characters become in a sentence's "frame", so that cue words inside
# quotations are never matched (one private-use character per masked character)
MASK = "\ue000"
CLOSERS = "\u201d\u00bb"  # ” »
# "RIVERTON — ", "LONDON (Reuters) - " at a line's start: a dateline, not a name or a subject
# "VELSHAM — ", "FRANKFURT, March 3 (Reuters) - ", "ARVENHOLM, June 3 (Northstar News) - "
# "By Tamsin Roe, Technology Correspondent" near the top: the writer and her desk, not names in the story
# (also after a dateline on the same line: "LAKEVIEW HEIGHTS - By Tamsin Roe, Staff Writer")
BYLINE = re.compile(r"^[ \t]*By\s+[A-Z][^\n.]{1,100}$"
                    # after a dateline only in a byline's own shape: a name, then a comma, a bar, "and" or the line's end
                    r"|^[ \t]*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4}\s*(?:\u2014|\u2013|--|-)\s+"
                    r"By\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*(?:\s*(?:,|\||\band\b)[^\n]{0,80})?$", re.M)
DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4})(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\)\s*)?(?:\u2014|\u2013|--|-)\s+", re.M)
# a dateline on a line of its own: "ABERDEEN, Scotland", "KUALA LUMPUR, Sept 17", "CARRAWONG"
DATELINE_LINE = re.compile(r"^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,[ \t]+[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2})?"
                           r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*$", re.M)
STRAIGHT = '"'


@dataclass
class Quote:
    start: int  # the opening mark
    end: int  # just past the closing mark, or the paragraph's end when it runs on
    closed: bool = True
    open_len: int = 1  # typewriter-style marks (`` and '') are two characters
    close_len: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        a = self.start + self.open_len
        b = self.end - self.close_len if self.closed else self.end
        return a, max(a, b)


@dataclass
class Unit:
    """A sentence, with the quotations inside it."""

    start: int
    end: int
    para: int
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Paragraph:
    start: int
    end: int
    quotes: list[Quote] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)


_PARA = re.compile(r"[^\n]+")


def _is_opening_straight(text: str, i: int, a: int, b: int, ln: int = 1) -> bool:
    prev = text[i - 1] if i > a else " "
    nxt = text[i + ln] if i + ln < b else " "
    if prev.isspace() or prev in "([{\u2014\u2013-/:;,\u2018'":
        return not nxt.isspace()
    return False


_MARKS = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_MARKS_WITH_SINGLES = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]")
# an opening curly single mark at a word's start: "said: ‘We were close’", not an apostrophe
_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:;,]))\u2018(?=\S)", re.M)
_DOUBLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:;,]))[\"\u201c](?=\S)", re.M)


def uses_single_quotes(text: str) -> bool:
    """British style: quotations in curly single marks (‘…’), doubles only inside them."""
    singles = len(_SINGLE_OPENER.findall(text))
    return singles >= 2 and singles > len(_DOUBLE_OPENER.findall(text))


def _closes_single(text: str, i: int, b: int) -> bool:
    """Is this ’ a closing mark rather than an apostrophe ("don’t", "the doctors’ union")?"""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < b else " "
    if nxt.isalnum():
        return False  # "don’t", "’90s"
    if prev == "s" and nxt == " " and text[i + 2:i + 3].islower():
        return False  # "the doctors’ union": a plural possessive
    return not prev.isspace()


def find_quotes(text: str, a: int, b: int, singles: bool = False) -> list[Quote]:
    """Quotations inside text[a:b] (one paragraph). Unclosed at the end: runs to b.

    Curly marks say which way they face; straight ones (" and the typewriter '') are
    read from their neighbours: an opening mark follows a space and precedes a word.
    With singles (a British-style article), ‘…’ are quotations too; inside one, only ’ closes.
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    open_kind = ""
    open_len = 1
    for m in (_MARKS_WITH_SINGLES if singles else _MARKS).finditer(text, a, b):
        i = m.start()
        c = m.group(0)
        ln = len(c)
        straight = c in (STRAIGHT, "''")
        if c in "\u2018\u2019":
            if open_at is None and c == "\u2018" and _is_opening_straight(text, i, a, b, ln):
                open_at, open_kind, open_len = i, c, ln
            elif open_kind == "\u2018" and open_at is not None and c == "\u2019" and _closes_single(text, i, b):
                quotes.append(Quote(open_at, i + ln, True, open_len, ln))
                open_at = None
            continue
        if open_kind == "\u2018" and open_at is not None:
            continue  # “inner” marks inside a single-quoted passage
        if open_at is None:
            if c in OPENERS or c == "``" or (straight and _is_opening_straight(text, i, a, b, ln)):
                open_at, open_kind, open_len = i, c, ln
            elif c == "\u201d" and i == a:  # a closing curly mark misused as an opener
                open_at, open_kind, open_len = i, c, ln
            continue
        if c in CLOSERS or straight or (c == "\u201c" and open_kind == STRAIGHT):
            if straight and open_kind not in (STRAIGHT, "''", "``") and _is_opening_straight(text, i, a, b, ln):
                continue
            if c == "''" and open_kind == STRAIGHT:
                continue  # a quoted word's apostrophes inside a straight-quoted passage
            quotes.append(Quote(open_at, i + ln, True, open_len, ln))
            open_at = None
    if open_at is not None and b - open_at > 1:
        quotes.append(Quote(open_at, b, False, open_len, 0))
    return quotes


_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "v", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "adm", "rev",
    "hon", "messrs", "approx", "est", "dept", "univ", "assn", "bros", "pres", "gov't", "e.g",
    "i.e", "etc", "al", "ave", "blvd", "rd", "calif", "fla", "mass", "wash", "penn", "conn",
    "ariz", "colo", "ill", "ind", "kan", "mich", "minn", "miss", "mo", "neb", "nev", "okla",
    "ore", "tenn", "tex", "va", "vt", "wis", "wyo", "ky", "la", "md", "ala", "ark", "del",
}
_STREET_ABBREV = {"st", "ave", "blvd", "rd"}
_ADDRESS_BEFORE = re.compile(r"\b\d+\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\s+){1,3}$")  # "200 E. Main ", "14 Harbour View "
# After "U.S." and friends a capitalised word usually continues the name ("U.S. President")
# unless it is one of the words sentences start with.
_SENTENCE_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this",
    "that", "there", "his", "her", "its", "their", "however", "meanwhile", "some", "many",
    "mr", "mrs", "ms", "if", "when", "as", "after", "while", "officials", "analysts", "for",
    "at", "by", "so", "yet", "still", "one", "two", "more", "most", "no", "what", "who",
}
# A run of stops and closing marks, then a capital or digit (or the paragraph's end). Written
# with a leading character class so the regex engine can skip ahead to the next stop; only the
# longest run can be followed by a space or the end, so this equals the two-branch form
# "[.!?]+X*(?=...)|[.!?]+X*$".
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?:(?=\s+(?:''|``|[\"'\u201c\u2018(\[])?[A-Z0-9])|$)")
_NAME_THEN_CUE = re.compile(
    r"\s+(?!(?:He|She|They|It|We|I|You)\s)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w'\u2019-]*\.?\s+){1,4}(?:also\s+)?"
    r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|recalled|explained|insisted|argued|warned|noted|continued|"
    r"replied|remarked|declared|quipped|joked|shouted|tweeted|exclaimed|yelled)\b")
LOWER_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "a.m": initials in lower case
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(]?([A-Za-z]+)")


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    """Is the '.' at text[dot] the end of an abbreviation rather than of a sentence?"""
    j = dot
    while j > para_start and not text[j - 1].isspace():
        j -= 1
    word = text[j:dot].lower().strip("(\"'\u201c\u2018")
    if not word:
        return False
    if word in _ABBREV:
        if word in {"no"}:  # "No. 5" but also "said no."
            nxt = text[dot + 1:dot + 4].strip()
            return bool(nxt[:1].isdigit())
        if word in _STREET_ABBREV and _ADDRESS_BEFORE.search(text, max(para_start, j - 30), j):
            return False  # "at City Hall, 200 E. Main St. Public comment will ...": an address ends the sentence
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    if LOWER_INITIALS.fullmatch(word):  # U.S, U.N, a.m
        m = _NEXT_WORD.match(text[dot + 1:dot + 40])
        return not (m and m.group(1).lower() in _SENTENCE_STARTERS)
    return False


def split_units(text: str, para_start: int, para_end: int, quotes: list[Quote], para_index: int) -> list[Unit]:
    units: list[Unit] = []
    start = para_start
    while start < para_end and text[start].isspace():
        start += 1
    # searched in place, not in a copy of the paragraph: $ matches at para_end all the same
    for m in _BOUNDARY.finditer(text, para_start, para_end):
        end = m.end()
        dot = m.start()
        if quotes:
            if any(q.start < dot and end < q.end for q in quotes):
                continue  # inside a quotation
            if any(q.start < dot < q.end and end > q.end for q in quotes):
                continue
            if any(q.start <= start + 1 and q.start < dot < q.end and end == q.end for q in quotes) and _NAME_THEN_CUE.match(text, end, para_end):
                continue  # '"We will win!" Ruiz said.': the credit belongs to the quotation's sentence
        stop = m.group(0)
        if text[dot] == "." and len(stop.rstrip("\"'\u201d\u2019)]")) == 1:
            if _is_abbreviation(text, dot, para_start):
                continue
        if end - start < 2:
            continue
        units.append(Unit(start, end, para_index))
        start = end
        while start < para_end and text[start].isspace():
            start += 1
    if start < para_end and text[start:para_end].strip():
        end = para_end
        while end > start and text[end - 1].isspace():
            end -= 1
        units.append(Unit(start, end, para_index))
    for u in units:
        u.quotes = [q for q in quotes if q.start >= u.start and q.start < u.end]
    return units


_STRAIGHT_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:;,]))'(?=[A-Z0-9])", re.M)
_STRAIGHT_DOUBLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:;,]))(?:[\"\u201c\u2018]|''|``)(?=\S)", re.M)
_ELISION = re.compile(r"'(?:em|til|cause|n'|tis|twas|\d0s)\b", re.I)


def _curl_straight_singles(text: str) -> str | None:
    """British online style types quotations in straight single marks ('We were close,' she
    said). When an article opens more quotations that way than with any other mark, a copy with
    those marks curled (offsets unchanged) lets the curly-single rules read them; apostrophes
    inside words ("Shanice's", "don't") stay straight and are never quotation marks."""
    if text.count("'") < 4:
        return None  # (most articles: no scan at all)
    openers = len(_STRAIGHT_SINGLE_OPENER.findall(text))
    if openers < 2 or openers <= len(_STRAIGHT_DOUBLE_OPENER.findall(text)):
        return None
    chars = list(text)
    for i, c in enumerate(chars):
        if c != "'":
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # "don't", "Shanice's"
        if (prev.isspace() or prev in "([\u2014\u2013:;,") and not nxt.isspace() and not _ELISION.match(text, i):
            chars[i] = "\u2018"
        elif not prev.isspace():
            chars[i] = "\u2019"
    return "".join(chars)


def segment(text: str) -> list[Paragraph]:
    paras: list[Paragraph] = []
    curled = _curl_straight_singles(text)
    singles = curled is not None or uses_single_quotes(text)
    qtext = curled if curled is not None else text
    for m in _PARA.finditer(text):
        a, b = m.start(), m.end()
        if not text[a:b].strip():
            continue
        p = Paragraph(a, b, find_quotes(qtext, a, b, singles))
        p.units = split_units(text, a, b, p.quotes, len(paras))
        paras.append(p)
    return paras
