"""HTML pages: trafilatura for the main text and metadata, htmldate for the date."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlparse

from tracker.errors import InputError
from tracker.ingest.document import Document
from tracker.ingest.text import clean_text


def parse_html(raw: str, source: str, url: str | None = None) -> Document:
    import trafilatura
    from htmldate import find_date

    try:
        doc = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False, include_tables=False,
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
    published = None
    try:
        found = find_date(raw, url=url, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True)
    except Exception:
        found = None
    found = found or data.get("date")
    if found:
        try:
            published = datetime.fromisoformat(found)
        except ValueError:
            published = None
    page_url = url or data.get("url")
    outlet = data.get("sitename") or (urlparse(page_url).hostname if page_url else None)
    return Document(
        source=source,
        text=clean_text(text),
        title=data.get("title"),
        url=page_url,
        outlet=outlet,
        published=published,
        byline=data.get("author"),
        language=data.get("language"),
    )
