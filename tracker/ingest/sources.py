"""Walk the inputs a user names and turn each into work units, lazily and in order.

A unit is one article-to-be: a text or HTML file, a feed entry, a WARC response record, a
JSONL line or a CSV row. Containers are read incrementally (a JSONL file of any size is
read a line at a time), so memory does not grow with the input. Units are cheap to make
and to send to a worker process; the expensive parts (HTML extraction, JSON decoding,
text cleaning) happen in parse_unit, which runs in the workers.

Every unit has a `source`: the file for a single article, "file.jsonl#12" (line 12),
"file.csv#3" (data row 3), "feed.xml#<entry id>", "crawl.warc.gz#<target URI>" inside a
container. The ledger records it, and --retry-failed finds the item again by it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from tracker.errors import InputError
from tracker.ingest.decode import bom_encoding, decode_bytes, decode_mixed, declared_charset, looks_binary
from tracker.ingest.document import Document, Failure
from tracker.ingest.html import html_fragment_to_text, parse_html
from tracker.ingest.meta import guess_language, host_of, normalise_language, parse_published
from tracker.ingest.tabular import FieldMap, get_path, scalar
from tracker.ingest.text import clean_text, parse_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
FEED_SUFFIXES = {".rss", ".atom", ".rdf"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
CSV_SUFFIXES = {".csv", ".tsv"}
WARC_SUFFIXES = {".warc", ".arc"}
FORMATS = ("auto", "text", "html", "feed", "warc", "jsonl", "csv")
CONTAINERS = ("feed", "warc", "jsonl", "csv", "json")
MAX_BYTES = 32 * 1024 * 1024  # one article (a file, a record, a line): more is not an article
MAX_FEED_BYTES = 128 * 1024 * 1024  # a feed is parsed whole by feedparser
MAX_TEXT_CHARS = 2_000_000  # extracted text beyond this is a dump, not an article
_SNIFF = 65536


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


@dataclass
class Unit:
    """One input item on its way to becoming a Document (see parse_unit)."""

    source: str
    fmt: str  # text | html | feed | warc | jsonl | csv: what the ledger records
    kind: str  # how to parse: file | bytes | html | jsonline | record | entry | failure
    payload: Any = None
    location: str | None = None
    url: str | None = None
    charset: str | None = None
    progress: int = 0  # bytes of all inputs consumed once this unit is done (for the progress bar)
    expect: str | None = None  # content hash the source had when last stored: unchanged, no re-analysis


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


def input_size(paths: Iterable[str | Path]) -> int | None:
    """Total bytes of the inputs, or None when one of them is standard input."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            total += Path(p).stat().st_size
        except OSError:
            pass
    return total


# --- detection ---------------------------------------------------------------------------


def _suffixes(name: str) -> list[str]:
    sfx = [s.lower() for s in Path(name).suffixes]
    if sfx and sfx[-1] == ".gz":
        sfx = sfx[:-1]
    return sfx


def sniff_format(name: str, head: bytes | str) -> str:
    """text | html | feed | warc | jsonl | json | csv, from the name and the first bytes."""
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    sfx = _suffixes(name)
    last = sfx[-1] if sfx else ""
    if last in WARC_SUFFIXES or head.startswith(b"WARC/"):
        return "warc"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in CSV_SUFFIXES:
        return "csv"
    enc = bom_encoding(head)
    start = head.decode(enc, "replace") if enc else head[:4096].decode("utf-8", "replace")
    start = start.lstrip("\ufeff \t\r\n")
    low = start[:2048].lower()
    if last in FEED_SUFFIXES or (low.startswith("<") and _is_feed(low)):
        return "feed"
    if last in HTML_SUFFIXES:
        return "html"
    if last == ".json":
        return "jsonl" if start.startswith("{") else "json"
    if last == ".xml":
        # XML that is not a feed is not an article either; the feed reader says so
        return "html" if low.startswith(("<!doctype html", "<html")) else "feed"
    if low.startswith(("<!doctype html", "<html")) or ("<body" in low[:512] and "</" in low):
        return "html"
    if start.startswith("{") and last not in TEXT_SUFFIXES - {""}:
        first = start.split("\n", 1)[0].strip()
        if first.endswith("}"):
            return "jsonl"
    return "text"


def _is_feed(low: str) -> bool:
    import re

    body = re.sub(r"<\?xml.*?\?>|<!--.*?-->|<\?xml-stylesheet.*?\?>", "", low, flags=re.S).lstrip()
    return body.startswith(("<rss", "<feed", "<rdf:rdf", "<rdf"))


# --- reading -----------------------------------------------------------------------------


class _Counting(io.RawIOBase):
    """A raw stream that counts the bytes read through it (for progress on stdin and gzip)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.raw.read(len(b))
        n = len(data)
        b[:n] = data
        self.count += n
        return n


class _Gunzip(io.RawIOBase):
    """gzip as a raw stream that hands out what it has decompressed (read1), so a truncated
    file yields every complete record before the error, not the error alone."""

    def __init__(self, stream: BinaryIO):
        self.gz = gzip.GzipFile(fileobj=stream, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.gz.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        self.gz.close()
        super().close()


def _open(item: str | Path) -> tuple[io.BufferedReader, _Counting, int | None]:
    """A buffered binary stream of the (decompressed) input, its byte counter, and its size."""
    if item == "-":
        counter = _Counting(sys.stdin.buffer)
        size = None
    else:
        path = Path(item)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise InputError(str(path), "no such file or directory") from None
        except OSError as exc:
            raise InputError(str(path), exc.strerror or str(exc)) from None
        if path.is_dir():
            raise InputError(str(path), "is a directory")
        if st.st_size == 0:
            raise InputError(str(path), "empty file")
        try:
            counter = _Counting(path.open("rb"))
        except OSError as exc:
            raise InputError(str(path), exc.strerror or str(exc)) from None
        size = st.st_size
    stream = io.BufferedReader(counter, buffer_size=1 << 16)
    if stream.peek(2)[:2] == b"\x1f\x8b":
        plain = io.BufferedReader(_Gunzip(stream), buffer_size=1 << 16)
        plain.compressed = True  # type: ignore[attr-defined]
        return plain, counter, size
    return stream, counter, size


def _head(stream: io.BufferedReader, source: str) -> bytes:
    try:
        return stream.peek(_SNIFF)[:_SNIFF]
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source, f"truncated or corrupt compressed data ({_short(exc)})") from None


def _short(exc: BaseException) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return msg[:200]


def _read_limited(stream: BinaryIO, source: str, limit: int = MAX_BYTES) -> bytes:
    try:
        data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source, f"truncated or corrupt compressed data ({_short(exc)})") from None
    if len(data) > limit:
        raise InputError(source, f"too large for one article (over {limit // 1_048_576} MiB)")
    return data


def iter_units(
    paths: Iterable[str], fmt: str = "auto", fieldmap: FieldMap | None = None,
    select: set[str] | None = None,
) -> Iterator[Unit]:
    """The units of every input, in order. select: only these sources (for --retry-failed);
    a failure of a whole container is always reported."""
    fieldmap = fieldmap or FieldMap()
    done = 0
    for item in expand_paths(paths):
        source = "<stdin>" if item == "-" else str(item)
        size = 0
        try:
            stream, counter, size_or_none = _open(item)
        except InputError as exc:
            yield Unit(exc.source, "", "failure", Failure(exc.source, exc.reason), progress=done)
            continue
        size = size_or_none or 0
        try:
            for unit in _units_of(source, stream, counter, size, fmt, fieldmap, done):
                if select is None or unit.source in select or unit.kind == "failure" and unit.source == source:
                    yield unit
        finally:
            stream.close()
        done += size if size_or_none is not None else counter.count


def _units_of(source, stream, counter, size, fmt, fieldmap, base) -> Iterator[Unit]:
    def progress() -> int:
        return base + min(counter.count, size or counter.count)

    def fail(reason: str, f: str = "", location: str | None = None, src: str | None = None) -> Unit:
        s = src or source
        return Unit(s, f, "failure", Failure(s, reason, fmt=f, location=location), location=location, progress=progress())

    try:
        head = _head(stream, source)
    except InputError as exc:
        yield fail(exc.reason)
        return
    if not head:
        yield fail("empty file")
        return
    kind = sniff_format(source, head) if fmt == "auto" else fmt
    if kind in ("text", "html"):
        if source != "<stdin>" and stream.raw is counter and size > MAX_BYTES:
            yield fail(f"file too large for one article ({size // 1_048_576} MiB, limit {MAX_BYTES // 1_048_576} MiB)", kind)
            return
        if source != "<stdin>" and stream.raw is counter:
            # a plain file: the worker reads it itself, so its bytes never cross processes twice
            yield Unit(source, kind, "file", source, progress=base + size)
            return
        try:
            data = _read_limited(stream, source)
        except InputError as exc:
            yield fail(exc.reason, kind)
            return
        yield Unit(source, kind, "bytes", data, progress=progress())
        return
    if kind == "jsonl":
        yield from _jsonl_units(source, stream, progress)
    elif kind == "json":
        yield from _json_array_units(source, stream, progress)
    elif kind == "csv":
        yield from _csv_units(source, stream, fieldmap, progress, head)
    elif kind == "feed":
        yield from _feed_units(source, stream, progress)
    elif kind == "warc":
        if hasattr(stream, "compressed") and source != "<stdin>":
            # warcio reads WARC.gz itself, member by member: give it the file from the start
            # (the sniffing above has read ahead in the decompressed stream)
            counter.raw.close()
            counter = _Counting(open(source, "rb"))
            try:
                yield from _warc_units(source, io.BufferedReader(counter, 1 << 16), progress, size)
            finally:
                counter.raw.close()
        else:
            yield from _warc_units(source, stream, progress, size if stream.raw is counter else None)
    else:
        yield fail(f"unknown format {kind!r}")


def _jsonl_units(source, stream, progress) -> Iterator[Unit]:
    lineno = 0
    while True:
        try:
            line = stream.readline(MAX_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield Unit(source, "jsonl", "failure", Failure(source, f"truncated or corrupt compressed data after line {lineno} ({_short(exc)})", fmt="jsonl"), progress=progress())
            return
        if not line:
            return
        lineno += 1
        src, loc = f"{source}#{lineno}", f"line {lineno}"
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            # skip the rest of the giant line without holding it
            while True:
                chunk = stream.readline(MAX_BYTES)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield Unit(src, "jsonl", "failure", Failure(src, f"record larger than {MAX_BYTES // 1_048_576} MiB", fmt="jsonl", location=loc), location=loc, progress=progress())
            continue
        if not line.strip():
            continue
        yield Unit(src, "jsonl", "jsonline", line, location=loc, progress=progress())


def _json_array_units(source, stream, progress) -> Iterator[Unit]:
    try:
        data = _read_limited(stream, source, MAX_FEED_BYTES)
        records = json.loads(decode_bytes(data, source))
    except InputError as exc:
        yield Unit(source, "jsonl", "failure", Failure(source, exc.reason, fmt="jsonl"), progress=progress())
        return
    except ValueError as exc:
        yield Unit(source, "jsonl", "failure", Failure(source, f"invalid JSON ({_short(exc)})", fmt="jsonl"), progress=progress())
        return
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield Unit(source, "jsonl", "failure", Failure(source, "JSON is neither an object nor a list of objects", fmt="jsonl"), progress=progress())
        return
    for i, rec in enumerate(records, 1):
        src, loc = f"{source}#{i}", f"record {i}"
        yield Unit(src, "jsonl", "jsonline", rec, location=loc, progress=progress())


def _decoded_lines(stream, source, head: bytes) -> Iterator[str]:
    enc = bom_encoding(head)
    if enc:  # UTF-16/32 text cannot be split into lines as bytes
        yield from io.TextIOWrapper(stream, encoding=enc, newline="")
        return
    for raw in stream:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield decode_mixed(raw, source)


def _csv_units(source, stream, fieldmap: FieldMap, progress, head: bytes) -> Iterator[Unit]:
    csv.field_size_limit(MAX_BYTES)
    if looks_binary(head) and not bom_encoding(head):
        yield Unit(source, "csv", "failure", Failure(source, "binary file, not CSV", fmt="csv"), progress=progress())
        return
    sample = head.decode(bom_encoding(head) or "utf-8", "replace").lstrip("\ufeff")
    first = sample.split("\n", 1)[0]
    if source.lower().removesuffix(".gz").endswith(".tsv"):
        delimiter = "\t"
    else:
        # the header names the columns plainly: the delimiter is what separates them there
        # (csv.Sniffer guesses from prose in the text column and often guesses wrong)
        delimiter = max(",;\t|", key=lambda d: (first.count(d), d == ","))
    dialect = type("_Dialect", (csv.excel,), {"delimiter": delimiter})
    lines = _decoded_lines(stream, source, head)
    reader = csv.reader(lines, dialect)
    try:
        header = next(reader)
    except StopIteration:
        yield Unit(source, "csv", "failure", Failure(source, "empty CSV (no header row)", fmt="csv"), progress=progress())
        return
    except (csv.Error, OSError, EOFError, zlib.error, InputError) as exc:
        yield Unit(source, "csv", "failure", Failure(source, f"unreadable CSV header ({_short(exc)})", fmt="csv"), progress=progress())
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    cols = fieldmap.resolve(header)
    missing = [f"{f}={c}" for f, c in fieldmap.explicit.items() if c not in header]
    if missing:
        yield Unit(source, "csv", "failure", Failure(source, f"no column for --map {', '.join(missing)} (columns: {', '.join(header[:12])})", fmt="csv"), progress=progress())
        return
    if "text" not in cols:
        yield Unit(source, "csv", "failure", Failure(source, fieldmap.missing_text_reason(header), fmt="csv"), progress=progress())
        return
    index = {f: header.index(c) for f, c in cols.items()}
    rowno = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, OSError, EOFError, zlib.error, InputError) as exc:
            rowno += 1
            src, loc = f"{source}#{rowno}", f"row {rowno}, line {reader.line_num}"
            yield Unit(src, "csv", "failure", Failure(src, f"unreadable CSV ({_short(exc)}); rest of the file not read", fmt="csv", location=loc), location=loc, progress=progress())
            return
        if not row or not any(c.strip() for c in row):
            continue
        rowno += 1
        src, loc = f"{source}#{rowno}", f"row {rowno}, line {reader.line_num}"
        if len(row) != len(header):
            what = "missing" if len(row) < len(header) else "extra (an unquoted delimiter?)"
            reason = f"{len(row)} fields where the header has {len(header)}: {what} columns"
            yield Unit(src, "csv", "failure", Failure(src, reason, fmt="csv", location=loc), location=loc, progress=progress())
            continue
        record = {f: row[i] for f, i in index.items()}
        yield Unit(src, "csv", "record", record, location=loc, progress=progress())


def _feed_units(source, stream, progress) -> Iterator[Unit]:
    import feedparser

    try:
        data = _read_limited(stream, source, MAX_FEED_BYTES)
    except InputError as exc:
        yield Unit(source, "feed", "failure", Failure(source, exc.reason, fmt="feed"), progress=progress())
        return
    if looks_binary(data) and not bom_encoding(data):
        yield Unit(source, "feed", "failure", Failure(source, "binary file, not a feed", fmt="feed"), progress=progress())
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    exc = parsed.get("bozo_exception")
    malformed = None
    if parsed.get("bozo") and exc is not None and _is_xml_error(exc):
        where = f" at line {exc.getLineNumber()}, column {exc.getColumnNumber()}" if hasattr(exc, "getLineNumber") else ""
        what = exc.getMessage() if hasattr(exc, "getMessage") else _short(exc)
        malformed = f"malformed XML feed ({what}{where})"
    entries = parsed.get("entries") or []
    if not entries and malformed:
        yield Unit(source, "feed", "failure", Failure(source, malformed + "; no entries could be read", fmt="feed"), progress=progress())
        return
    if not entries and not parsed.get("version"):
        yield Unit(source, "feed", "failure", Failure(source, "not an RSS or Atom feed", fmt="feed"), progress=progress())
        return
    feed = parsed.get("feed") or {}
    feed_info = {
        "outlet": feed.get("title"), "site": feed.get("link"),
        "language": feed.get("language"), "author": feed.get("author"),
    }
    seen: set[str] = set()
    for i, entry in enumerate(entries, 1):
        key = entry.get("id") or entry.get("link") or str(i)
        if key in seen:
            key = f"{key}@{i}"
        seen.add(key)
        src, loc = f"{source}#{key}", f"entry {i}"
        content = entry.get("content") or []
        payload = {
            "title": entry.get("title"), "link": entry.get("link"),
            "content": max((c.get("value") or "" for c in content), key=len, default=""),
            "summary": entry.get("summary") or "",
            "published": entry.get("published_parsed") or entry.get("updated_parsed"),
            "published_raw": entry.get("published") or entry.get("updated"),
            "author": entry.get("author") or feed_info["author"],
            "outlet": (entry.get("source") or {}).get("title") or feed_info["outlet"],
            "site": feed_info["site"],
            "language": feed_info["language"],
        }
        yield Unit(src, "feed", "entry", payload, location=loc, url=entry.get("link"), progress=progress())
    if malformed:
        yield Unit(source, "feed", "failure", Failure(source, f"{malformed}; {len(entries)} entries read before it", fmt="feed"), progress=progress())


def _is_xml_error(exc: BaseException) -> bool:
    from xml.sax import SAXParseException

    return isinstance(exc, SAXParseException)


def _warc_units(source, stream, progress, size: int | None) -> Iterator[Unit]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        it = ArchiveIterator(stream, no_record_parse=False, ensure_http_headers=False)
        for record in it:
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type not in ("response", "resource"):
                continue
            src = f"{source}#{uri}" if uri else f"{source}#record-{n}"
            loc = f"record {n}"
            http = record.http_headers
            ctype = (http.get_header("Content-Type") if http else None) or record.rec_headers.get_header("Content-Type") or ""
            status = http.get_statuscode() if http is not None and record.rec_type == "response" else "200"
            try:
                body = record.content_stream().read(MAX_BYTES + 1)
            except (OSError, EOFError, zlib.error, ValueError) as exc:
                yield Unit(src, "warc", "failure", Failure(src, f"truncated WARC record ({_short(exc)})", fmt="warc", location=loc), location=loc, progress=progress())
                return
            remaining = getattr(record.raw_stream, "limit", 0) or 0
            if len(body) > MAX_BYTES:
                yield Unit(src, "warc", "failure", Failure(src, f"record larger than {MAX_BYTES // 1_048_576} MiB", fmt="warc", location=loc), location=loc, progress=progress())
                continue
            if remaining > 0:
                yield Unit(src, "warc", "failure", Failure(src, f"truncated WARC record: {remaining} bytes missing", fmt="warc", location=loc), location=loc, progress=progress())
                return
            mime = ctype.split(";")[0].strip().lower()
            if status and not str(status).startswith("2"):
                yield Unit(src, "warc", "failure", Failure(src, f"HTTP {status}, not a page", skipped=True, fmt="warc", location=loc), location=loc, progress=progress())
                continue
            if mime not in ("text/html", "application/xhtml+xml", "text/plain", ""):
                yield Unit(src, "warc", "failure", Failure(src, f"not an HTML page ({mime})", skipped=True, fmt="warc", location=loc), location=loc, progress=progress())
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
            kind = "html" if mime != "text/plain" else "bytes"
            yield Unit(src, "warc", kind, body, location=loc, url=uri, charset=charset, progress=progress())
        if n == 0:
            yield Unit(source, "warc", "failure", Failure(source, "no WARC records (not a WARC file?)", fmt="warc"), progress=progress())
            return
        end = it.get_record_offset() + (it.get_record_length() or 0)
        if size is not None and size - end > 4:  # the last record's closing CRLFs may be left over
            yield Unit(source, "warc", "failure", Failure(source, f"truncated WARC: unreadable data after record {n} (byte {end} of {size})", fmt="warc"), progress=progress())
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib.error, EOFError, TypeError on damage
        yield Unit(source, "warc", "failure", Failure(source, f"truncated or corrupt WARC after record {n} ({type(exc).__name__}: {_short(exc)})", fmt="warc"), progress=progress())


# --- parsing (runs in the worker processes) ----------------------------------------------


def parse_unit(unit: Unit, fieldmap: FieldMap | None = None) -> Document:
    """The Document of one unit; InputError (with the unit's source) when there is none."""
    kind = unit.kind
    if kind == "file":
        path = Path(unit.payload)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(unit.source, exc.strerror or str(exc)) from None
        if not data:
            raise InputError(unit.source, "empty file")
        if len(data) > MAX_BYTES:
            raise InputError(unit.source, f"file too large for one article ({len(data) // 1_048_576} MiB)")
        doc = _parse_single(data, unit.source, unit.fmt, unit.url, unit.charset)
    elif kind in ("bytes", "html"):
        fmt = "html" if kind == "html" else unit.fmt
        if unit.fmt == "warc" and kind == "bytes":
            fmt = "text"
        doc = _parse_single(unit.payload, unit.source, fmt, unit.url, unit.charset)
        if unit.fmt == "warc":
            doc.url = unit.url or doc.url
    elif kind == "jsonline":
        doc = _parse_record(_json_record(unit), unit.source, fieldmap or FieldMap())
    elif kind == "record":
        doc = _doc_from_fields(unit.payload, unit.source)
    elif kind == "entry":
        doc = _parse_entry(unit.payload, unit.source)
    else:
        raise InputError(unit.source, f"cannot parse a {kind!r} unit")
    if not doc.text.strip():
        raise InputError(unit.source, "no article text (empty after removing page furniture)")
    if len(doc.text) > MAX_TEXT_CHARS:
        raise InputError(unit.source, f"article text too long ({len(doc.text):,} characters, limit {MAX_TEXT_CHARS:,})")
    return doc


def _parse_single(data: bytes, source: str, fmt: str, url: str | None, charset: str | None) -> Document:
    if fmt == "html" or (fmt == "text" and data.lstrip()[:1] == b"<" and sniff_format(source, data[:4096]) == "html"):
        raw = decode_bytes(data, source, charset or declared_charset(data))
        if not raw.strip():
            raise InputError(source, "empty file")
        return parse_html(raw, source, url=url)
    raw = decode_bytes(data, source, charset)
    if not raw.strip():
        raise InputError(source, "empty file")
    doc = parse_text(raw, source)
    doc.url = doc.url or url
    return doc


def _json_record(unit: Unit) -> dict:
    payload = unit.payload
    if isinstance(payload, (bytes, bytearray)):
        try:
            line = payload.decode("utf-8")
        except UnicodeDecodeError:
            line = decode_mixed(bytes(payload), unit.source)
        try:
            payload = json.loads(line)
        except ValueError as exc:
            msg = getattr(exc, "msg", None) or _short(exc)
            col = getattr(exc, "colno", None)
            raise InputError(unit.source, f"invalid JSON ({msg}" + (f", column {col})" if col else ")")) from None
    if not isinstance(payload, dict):
        raise InputError(unit.source, f"not a JSON object but {type(payload).__name__}")
    return payload


def _parse_record(record: dict, source: str, fieldmap: FieldMap) -> Document:
    cols = fieldmap.resolve(list(record.keys()))
    fields: dict[str, Any] = {}
    for fld, key in cols.items():
        fields[fld] = get_path(record, key)
    if fields.get("text") is None:
        if "text" in fieldmap.explicit or "text" not in cols:
            raise InputError(source, fieldmap.missing_text_reason(list(record.keys())))
    return _doc_from_fields(fields, source)


def _doc_from_fields(fields: dict[str, Any], source: str) -> Document:
    text = scalar(fields.get("text"), ("text", "value", "body"))
    if text is None or (isinstance(text, str) and not text.strip()):
        raise _Skip(source, "no text in the record")
    if not isinstance(text, str):
        text = str(text)
    if "<" in text and "</" in text and sniff_format("x.html", text[:2048]) == "html":
        text = html_fragment_to_text(text)
    elif "</p>" in text or "<br" in text:
        text = html_fragment_to_text(text)
    text = clean_text(text)
    notes: list[str] = []
    published, note = parse_published(scalar(fields.get("published"), ("date", "value", "$date")))
    if note:
        notes.append(note)
    url = _str(scalar(fields.get("url"), ("url", "href", "value")))
    outlet = _str(scalar(fields.get("outlet"), ("name", "title", "domain", "url")))
    title = _str(scalar(fields.get("title")))
    lang = normalise_language(_str(scalar(fields.get("language"))))
    doc = Document(
        source=source, text=text, title=title or None, url=url or None,
        outlet=outlet or host_of(url) or None, published=published,
        byline=_str(scalar(fields.get("byline"))) or None,
        language=lang or guess_language(text),
    )
    if notes:
        doc.extra["notes"] = notes
    return doc


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).replace("\x00", "").strip()
    return s or None


def _parse_entry(e: dict, source: str) -> Document:
    content, summary = e.get("content") or "", e.get("summary") or ""
    full = len(html_fragment_to_text(content)) >= len(html_fragment_to_text(summary)) if content else False
    body = content if full else summary
    text = clean_text(html_fragment_to_text(body)) if body else ""
    if not text.strip():
        raise _Skip(source, "feed entry without text")
    published = None
    if e.get("published"):
        try:
            published = datetime(*e["published"][:6], tzinfo=timezone.utc)  # feedparser gives UTC
        except (TypeError, ValueError):
            published = None
    if published is None and e.get("published_raw"):
        published = parse_published(e["published_raw"])[0]
    site = e.get("site")
    doc = Document(
        source=source, text=text, title=e.get("title"), url=e.get("link"),
        outlet=e.get("outlet") or host_of(e.get("link")) or host_of(site), published=published,
        byline=e.get("author"),
        language=normalise_language(e.get("language")) or guess_language(text),
    )
    if not full:
        doc.extra["notes"] = ["summary only: the feed carries no full text"]
    return doc


class _Skip(InputError):
    """Nothing wrong with the input, just nothing to store (an entry or record without text)."""


def is_skip(exc: BaseException) -> bool:
    return isinstance(exc, _Skip)


# --- sequential use (tracker extract, simple callers) ------------------------------------


def parse_one(raw: str, source: str, fmt: str = "auto", url: str | None = None) -> Document:
    fmt = sniff_format(source, raw[:2048]) if fmt == "auto" else fmt
    doc = parse_html(raw, source, url=url) if fmt == "html" else parse_text(raw, source)
    if not doc.text.strip():
        raise InputError(source, "no article text (empty after removing page furniture)")
    return doc


def iter_documents(
    paths: Iterable[str], fmt: str = "auto", overrides: Overrides | None = None,
    fieldmap: FieldMap | None = None,
) -> Iterator[Document | Failure]:
    """Documents (or Failures) of every input, in order, in this process."""
    overrides = overrides or Overrides()
    for unit in iter_units(paths, fmt, fieldmap):
        result = unit_result(unit, fieldmap)
        yield overrides.apply(result) if isinstance(result, Document) else result


def unit_result(unit: Unit, fieldmap: FieldMap | None = None) -> Document | Failure:
    if unit.kind == "failure":
        return unit.payload
    try:
        doc = parse_unit(unit, fieldmap)
    except InputError as exc:
        return Failure(unit.source, exc.reason, skipped=is_skip(exc), fmt=unit.fmt, location=unit.location)
    return doc
