"""What the per-document extractors produce: spans over the original text.

Every extracted fact keeps the `Mention`s it rests on, so a reader can always
go back from a record field to the characters of the source it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

# A date as RECORD.md writes it: "YYYY", "YYYY-MM", "YYYY-MM-DD" or {"start": ..., "end": ...}.
DateValue = Union[str, dict]


@dataclass(slots=True)
class Mention:
    """One span of the original text and what an extractor read in it."""

    kind: str  # person | org | place | title | date | round | trigger | ...
    start: int  # offsets into the original text
    end: int
    text: str  # original characters, text == source[start:end]
    norm: str = ""  # normalized / canonical reading
    rule: str = ""  # the lexicon entry or pattern that produced it
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class LocalEntity:
    """A person or organization as one document knows it (mentions clustered in-document)."""

    local_id: str  # unique within the document, e.g. "p1", "o3"
    kind: str  # "person" | "organization"
    name: str  # fullest written form, honorifics stripped
    aliases: list[str] = field(default_factory=list)
    name_en: str | None = None
    country: str | None = None  # ISO alpha-2
    titles: list[str] = field(default_factory=list)  # persons: offices as written
    org_kind: str | None = None  # organizations: RECORD.md kind
    gazetteer_id: str | None = None  # curated entry this was linked to, if any
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class LocalEvent:
    """An event as one document reports it. Participants/organizations are local ids."""

    type: str
    date: DateValue | None = None
    status: str = "happened"
    dialogue: str | None = None
    round: int | None = None
    working_group: str | None = None
    venue: str | None = None
    mode: str | None = None
    participants: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    evidence: list[Mention] = field(default_factory=list)  # trigger + argument spans, rule per field
    framed_by: int | None = None  # index (in its document's events) of the meeting it was held at or after


@dataclass(slots=True)
class LocalRound:
    dialogue: str
    number: int
    start: DateValue | None = None
    end: DateValue | None = None
    venue: str | None = None
    status: str = "happened"
    working_groups: list[str] = field(default_factory=list)
    evidence: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class LocalAgreement:
    type: str
    subject: str
    topics: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # local org ids or ISO codes
    date: DateValue | None = None
    status: str = "signed"
    evidence: list[Mention] = field(default_factory=list)
