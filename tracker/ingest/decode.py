"""Bytes to text: BOMs, a declared charset, then UTF-8 with cp1252 for the bytes that are not.

Real exports mix encodings inside one file (a UTF-8 file with a pasted Windows-1252 quote),
so decoding is UTF-8 first and only the invalid bytes fall back to cp1252 — one bad byte
does not turn a whole UTF-8 file into mojibake. Binary input is refused, not guessed at.
"""

from __future__ import annotations

import codecs
import re

from tracker.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# control characters other than tab, newline, carriage return, form feed: text has almost none
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _cp1252_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]
    return "".join("\ufffd" if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in bad), exc.end


codecs.register_error("tracker-cp1252", _cp1252_fallback)


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB (after any BOM check)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(_CONTROL.findall(head.decode("latin-1")))
    return controls > max(4, len(head) // 50)


def decode_bytes(data: bytes, source: str, charset: str | None = None) -> str:
    """Decode one document. charset: what the page or server declared, tried before UTF-8."""
    enc = bom_encoding(data)
    if enc:
        try:
            return data.decode(enc)
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid {enc} text at byte {exc.start}") from exc
    if looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16:
            return data.decode(utf16, errors="replace")
        raise InputError(source, "binary file, not text")
    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = None
        if codec and codec not in ("utf-8", "ascii"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass  # the declaration lies (common): fall through to UTF-8/cp1252
    return decode_mixed(data, source)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: mostly-ASCII text has a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_mixed(data: bytes, source: str) -> str:
    """UTF-8, with any byte that is not valid UTF-8 read as cp1252 (covers latin-1 text too)."""
    text = data.decode("utf-8", errors="tracker-cp1252")
    if text.count("\ufffd") > max(8, len(text) // 100):
        raise InputError(source, "undecodable bytes: neither UTF-8 nor cp1252 text")
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page or XML document declares in its first few KiB."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "replace") if m else None
