"""What extraction yields: (speaker, cue, content) with character offsets into the article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class RawStatement:
    quote: str
    quote_start: int
    quote_end: int
    kind: str  # direct | indirect | mixed | no_comment
    cue: str
    speaker_text: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    # the whole speaker phrase with its appositive ("Jane Doe, chief economist at X"):
    # speaker_text is the head ("Jane Doe"); the appositive gives roles and affiliations
    phrase_end: int | None = None
    # the statement carries on the speaker of an earlier one ("quoted paragraph that continues")
    continues: int | None = None
    stated_on: date | None = None
    stated_precision: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class Mention:
    """A proper name (or a defined acronym) as it stands in the text."""

    text: str
    start: int
    end: int
    kind: str = "unknown"  # person | organization | unknown
    extra: dict = field(default_factory=dict)
