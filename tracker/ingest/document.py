"""What every ingester produces: clean article text plus what is known about it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Document:
    source: str  # the path, URL or "file.jsonl#12" the article came from
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None  # timezone-aware when the zone is known, else naive
    byline: str | None = None
    language: str | None = None
    extra: dict = field(default_factory=dict)
    _hash: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def content_hash(self) -> str:
        """Identity of the article: its text, whitespace-folded, so re-saves do not fork it."""
        if self._hash is not None and self._hash[0] is self.text:  # computed once per text
            return self._hash[1]
        folded = " ".join(self.text.split())
        digest = hashlib.sha256(folded.encode("utf-8")).hexdigest()
        self._hash = (self.text, digest)
        return digest


@dataclass
class Failure:
    """An input that produced no article, with the reason in one line."""

    source: str
    reason: str
    skipped: bool = False  # True: nothing wrong, just nothing to store (e.g. an empty feed entry)
    fmt: str = ""  # the input's format, for the ledger
    location: str | None = None  # where in a container, for people: "line 12", "row 3"

    def __str__(self) -> str:
        where = f" ({self.location})" if self.location else ""
        return f"{self.source}{where}: {self.reason}"
