"""Walk the inputs a user names and turn each into Documents (or Failures), lazily."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

from tracker.errors import InputError
from tracker.ingest.decode import decode_bytes
from tracker.ingest.document import Document, Failure
from tracker.ingest.html import parse_html
from tracker.ingest.text import parse_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
FORMATS = ("auto", "text", "html")
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Overrides:
    """Metadata the user states on the command line; it wins over what the input says."""

    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    title: str | None = None

    def apply(self, doc: Document) -> Document:
        changes = {k: v for k, v in vars(self).items() if v is not None}
        return replace(doc, **changes) if changes else doc


def expand_paths(paths: Iterable[str]) -> Iterator[str | Path]:
    """Files as given, directories recursively (sorted, hidden entries skipped), '-' as is."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        else:
            yield path


def sniff_format(name: str, head: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    start = head.lstrip()[:512].lower()
    if start.startswith(("<!doctype html", "<html")) or ("<body" in start and "</" in start):
        return "html"
    return "text"


def parse_one(raw: str, source: str, fmt: str = "auto", url: str | None = None) -> Document:
    fmt = sniff_format(source, raw[:2048]) if fmt == "auto" else fmt
    doc = parse_html(raw, source, url=url) if fmt == "html" else parse_text(raw, source)
    if not doc.text.strip():
        raise InputError(source, "no article text (empty after removing page furniture)")
    return doc


def read_input(item: str | Path) -> tuple[str, str]:
    if item == "-":
        return "<stdin>", decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    path = Path(item)
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(source, "no such file or directory") from None
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None
    if size == 0:
        raise InputError(source, "empty file")
    if size > MAX_BYTES:
        raise InputError(source, f"file too large for one article ({size // 1_048_576} MiB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None
    return source, decode_bytes(data, source)


def iter_documents(
    paths: Iterable[str], fmt: str = "auto", overrides: Overrides | None = None
) -> Iterator[Document | Failure]:
    overrides = overrides or Overrides()
    for item in expand_paths(paths):
        source = "<stdin>" if item == "-" else str(item)
        try:
            source, raw = read_input(item)
            if not raw.strip():
                raise InputError(source, "empty file")
            doc = parse_one(raw, source, fmt, url=overrides.url)
        except InputError as exc:
            yield Failure(exc.source, exc.reason)
            continue
        yield overrides.apply(doc)
