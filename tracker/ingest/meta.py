"""Metadata normalisation: outlet identity, publication dates in UTC, a cheap language guess."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

# --- outlets -----------------------------------------------------------------------------

# host prefixes that name a edition of a site, not another site
_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition.", "beta.")
# second-level labels under a country code that are not themselves a registrant
# ("bbc.co.uk", "smh.com.au"): the registrable domain then has three labels
_GENERIC_SLD = {"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic", "ltd", "plc"}
# words a site name adds around its brand ("BBC News", "Reuters.com")
_GENERIC_WORDS = ("news", "online", "digital", "com", "net", "org", "media", "the")


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlparse(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def registrable_domain(host: str) -> str:
    """'www.theguardian.com' -> 'theguardian.com', 'news.bbc.co.uk' -> 'bbc.co.uk'."""
    host = host.lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def looks_like_host(name: str) -> bool:
    return " " not in name.strip() and bool(re.fullmatch(r"[\w-]+(\.[\w-]+)+\.?", name.strip()))


def squash(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("&", "and")
    return re.sub(r"[^0-9a-z]+", "", s)


def outlet_keys(name: str | None, host: str | None) -> set[str]:
    """Identities under which two outlet descriptions are the same outlet.

    A name gives its squashed form with and without a leading "the" and trailing generic
    words ("The Guardian" -> theguardian, guardian; "BBC News" -> bbcnews, bbc); a host gives
    the brand label of its registrable domain ("www.theguardian.com" -> theguardian).
    """
    keys: set[str] = set()
    if name:
        words = [squash(w) for w in re.split(r"[\s.|:–—-]+", name) if squash(w)]
        if words:
            keys.add("".join(words))
            trimmed = list(words)
            while len(trimmed) > 1 and trimmed[0] == "the":
                trimmed.pop(0)
            while len(trimmed) > 1 and trimmed[-1] in _GENERIC_WORDS:
                trimmed.pop()
            keys.add("".join(trimmed))
    if host:
        domain = registrable_domain(host)
        keys.add(squash(domain.split(".")[0]))
    keys.discard("")
    return keys


def outlet_identity(name: str | None, url: str | None) -> tuple[str, str | None, set[str]] | None:
    """(display name, registrable domain, keys) for what an input says about its outlet."""
    name = re.sub(r"\s+", " ", (name or "")).strip() or None
    domain = None
    if name and looks_like_host(name):
        domain = registrable_domain(name)
        name = None
    host = host_of(url)
    if domain is None and host and "." in host:
        domain = registrable_domain(host)
    display = name or domain
    if not display:
        return None
    return display[:300], domain, outlet_keys(name, domain)


# --- dates -------------------------------------------------------------------------------

_EPOCH = re.compile(r"^\d{9,13}(\.\d+)?$")


def to_utc(dt: datetime) -> datetime:
    """Aware datetimes to UTC; naive ones stay naive (their zone is not known)."""
    return dt.astimezone(timezone.utc) if dt.tzinfo is not None and dt.utcoffset() is not None else dt


def parse_published(value) -> tuple[datetime | None, str | None]:
    """A publication date from an export or a page: (datetime, None) or (None, why not).

    ISO 8601 first (fast, exact), then Unix timestamps, then dateparser for the rest
    ("Tue, 03 Mar 2026 14:05:00 GMT", "March 3, 2026"). A time zone, when given, is applied
    and the result converted to UTC; without one the value stays naive.
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return to_utc(value), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None, f"date {str(value)[:40]!r} not understood"
    s = value.strip()
    if not s:
        return None, None
    dt = None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError:
        if _EPOCH.match(s):
            seconds = float(s) / (1000 if len(s.split(".")[0]) >= 12 else 1)
            dt = datetime.fromtimestamp(seconds, tz=timezone.utc)
        else:
            try:  # RFC 822, as feeds and HTTP headers write dates
                dt = parsedate_to_datetime(s)
            except (TypeError, ValueError, IndexError):
                dt = None
            if dt is None:
                import dateparser

                try:
                    dt = dateparser.parse(s, settings={"PREFER_DAY_OF_MONTH": "first"})
                except Exception:  # dateparser raises assorted errors on odd input
                    dt = None
    if dt is None:
        return None, f"date {s[:40]!r} not understood"
    if not 1800 <= dt.year <= 2200:
        return None, f"date {s[:40]!r} out of range"
    return to_utc(dt), None


# --- language ----------------------------------------------------------------------------

# The commonest function words of a few languages news is written in: counting them is a
# cheap, dependable guess for a whole article (no model, no download). Unlisted languages
# stay unknown rather than being guessed wrong.
_STOPWORDS = {
    "en": "the of and to in is that for on was with he it as at by from his said have has are be an not",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie",
    "fr": "le la les de des et en un une du est que pour dans qui au sur pas par il ne se ce avec plus sont à été",
    "es": "el la de que y en los del se las por un para con no una su al lo como más pero sus le ya fue este ha",
    "it": "il di che la e per un in del non una sono della le si al da con dei ha anche nel alla come più",
    "nl": "de het een en van in is dat op te zijn met voor niet die aan er ook als bij door maar om naar dan",
    "pt": "de que não o do da em um para com uma os no se na por mais as dos como mas ao ele das foi",
    "sv": "och att det som en på är av för med till den har de inte om ett han men var jag sig från",
}
_WORDSETS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, sample: int = 4000) -> str | None:
    """ISO 639-1 code when one language's function words clearly dominate, else None."""
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 20:
        return None
    scores = sorted(((sum(w in ws for w in words), lang) for lang, ws in _WORDSETS.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= max(8, len(words) // 10) and best >= 1.5 * second:
        return lang
    return None


def normalise_language(code: str | None) -> str | None:
    """'en-GB', 'en_US', 'EN' -> 'en'; anything that is not a language tag -> None."""
    if not code or not isinstance(code, str):
        return None
    m = re.match(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", code)
    return m.group(1).lower() if m else None
