"""Bytes to text: BOMs, UTF-8, then cp1252; binary input is refused, not guessed at."""

from __future__ import annotations

import codecs

from tracker.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, source: str) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {enc} text at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 covers Latin-1's printable range and the curly quotes editors put in.
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        raise InputError(source, "undecodable bytes: neither UTF-8 nor cp1252 text")
    return text
