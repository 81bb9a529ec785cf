"""Normalised keys: the identity of a name across spellings ("The Guardian" = "Guardian")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tracker.extract.lexicon import LEGAL_SUFFIXES

_CONNECTORS = {"and", "of", "the", "for", "&", "de", "la", "on", "at", "in"}
_INNER_DOTS = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\.)|(?<=\b[a-z]\.[a-z])\.")
_PUNCT = re.compile(r"[^\w\s'-]")
_POSSESSIVE = re.compile(r"'s\b")
_NATION_PREFIX = re.compile(r"(?:[A-Z]\.){2,}|US|UK|EU|UN")


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    if name.isascii():
        s = name.lower()  # ASCII has no accents to decompose
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("&", " and ")
    s = _INNER_DOTS.sub("", s)  # u.s. -> us
    s = _PUNCT.sub(" ", s)
    s = _POSSESSIVE.sub("", s)
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """ICE for 'U.S. Immigration and Customs Enforcement' (nationality and connectors skipped)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _CONNECTORS]
    if words and _NATION_PREFIX.fullmatch(words[0]) and len(words) > 2:
        words = words[1:]
    return "".join(w[0].upper() for w in words if w[:1].isalpha())
