"""HTML pages: trafilatura for the main text and metadata, htmldate for the date.

The page is parsed once with lxml. The publication time is read from the page's own
machine-readable metadata first (article:published_time, JSON-LD datePublished, <time
itemprop>), because those carry a time zone; htmldate, which finds a day in almost any
page, is the fallback. Feed entries carry HTML fragments, not pages: html_fragment_to_text
turns those into paragraphs without trafilatura's page-level boilerplate removal.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from tracker.errors import InputError
from tracker.ingest.document import Document
from tracker.ingest.meta import guess_language, host_of, normalise_language, parse_published
from tracker.ingest.text import clean_text

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
    "cxenseparse:recs:publishtime",
)
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")


def _load_tree(raw: str, source: str):
    import lxml.html
    from lxml.etree import ParserError

    # lxml refuses str input that declares an encoding; the text is decoded already
    raw = re.sub(r"^\s*<\?xml[^>]*\?>", "", raw, count=1)
    try:
        tree = lxml.html.document_fromstring(raw)
    except (ParserError, ValueError) as exc:
        raise InputError(source, f"unparseable HTML ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from exc
    if tree is None or tree.find(".//body") is None and not tree.text_content().strip():
        raise InputError(source, "no article text found in the HTML page")
    return tree


def _meta(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    return out


def _jsonld_dates(tree) -> list[str]:
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for k in ("datePublished", "dateCreated", "uploadDate"):
                v = node.get(k)
                if isinstance(v, str):
                    found.append(v)
            for v in node.values():
                if isinstance(v, (dict, list)):
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                walk(json.loads(script.text))
            except ValueError:
                continue
    return found


def page_published(tree, raw: str, url: str | None) -> datetime | None:
    """The publication time a page states, in UTC when it gives a zone."""
    meta = _meta(tree)
    candidates = [meta[k] for k in _PUBLISHED_META if k in meta]
    candidates += _jsonld_dates(tree)
    for t in tree.iter("time"):
        if (t.get("itemprop") or "").lower() in ("datepublished", "datecreated") or t.get("pubdate") is not None:
            if t.get("datetime"):
                candidates.append(t.get("datetime"))
    for value in candidates:
        dt, _ = parse_published(value)
        if dt is not None and len(value) > 10:  # a timestamp, not just a day: keep its time and zone
            return dt
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate trips on some malformed markup; the date is optional
        found = None
    found = found or (candidates[0] if candidates else None)
    return parse_published(found)[0] if found else None


def parse_html(raw: str, source: str, url: str | None = None) -> Document:
    import trafilatura

    tree = _load_tree(raw, source)
    meta = _meta(tree)
    published = page_published(tree, raw, url)
    lang_attr = tree.get("lang") or tree.get("xml:lang") or meta.get("content-language") or meta.get("og:locale")
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, deduplicate=True,
        )
    except Exception as exc:  # lxml raises a zoo of parser errors on broken markup
        raise InputError(source, f"unparseable HTML ({type(exc).__name__})") from exc
    if doc is None:
        raise InputError(source, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(source, "no article text found in the HTML page")
    # trafilatura gives one paragraph per line; a blank line between them, as in text files
    text = clean_text("\n\n".join(p for p in text.split("\n") if p.strip()))
    page_url = url or data.get("url") or meta.get("og:url")
    site = data.get("sitename") or next((meta[k] for k in _SITE_META if k in meta), None)
    if site and site.startswith("@"):
        site = site[1:]
    return Document(
        source=source,
        text=text,
        title=data.get("title"),
        url=page_url,
        outlet=site or host_of(page_url),
        published=published,
        byline=data.get("author"),
        language=normalise_language(data.get("language")) or normalise_language(lang_attr) or guess_language(text),
    )


_BLOCKS = {"p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "figcaption", "dd", "dt", "ul", "ol", "table", "header", "footer"}
_DROP = {"script", "style", "noscript", "iframe", "svg", "form", "button", "figure", "img"}


def html_fragment_to_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry's content or summary)."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    parts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        s = re.sub(r"[ \t\r\f\v\n]+", " ", "".join(buf)).strip()
        if s:
            parts.append(s)
        buf.clear()

    def walk(el) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
        if block:
            flush()
        if isinstance(el.tag, str) and el.tag.lower() == "br":
            flush()
        elif el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n\n".join(parts)
