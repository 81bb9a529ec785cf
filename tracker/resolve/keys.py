"""Normalised keys: the identity of a name across spellings ("The Guardian" = "Guardian")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tracker.extract.lexicon import LEGAL_SUFFIXES

_CONNECTORS = {"and", "of", "the", "for", "&", "de", "la", "on", "at", "in"}


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("&", " and ")
    s = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\.)|(?<=\b[a-z]\.[a-z])\.", "", s)  # u.s. -> us
    s = re.sub(r"[^\w\s'-]", " ", s)
    s = re.sub(r"'s\b", "", s)
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def initials(name: str) -> str:
    """ICE for 'U.S. Immigration and Customs Enforcement' (nationality and connectors skipped)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _CONNECTORS]
    if words and re.fullmatch(r"(?:[A-Z]\.){2,}|US|UK|EU|UN", words[0]) and len(words) > 2:
        words = words[1:]
    return "".join(w[0].upper() for w in words if w[:1].isalpha())
