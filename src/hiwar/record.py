"""The dialogue record after cross-document resolution (RECORD.md, plus provenance).

`Record.to_json()` is the `hiwar-record/1` interchange form; the richer fields
(evidence with offsets, rules, conflicts, anchors) stay in the store and the views.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .extract.types import DateValue, Mention

SCHEMA = "hiwar-record/1"


@dataclass(frozen=True)
class Evidence:
    """A span of one document that supports one field of a record object."""

    doc_id: str
    start: int
    end: int
    text: str
    field: str = ""  # which field it supports: name, title, date, type, participants ...
    rule: str = ""  # the rule, pattern or lexicon entry that read it


@dataclass(frozen=True)
class Conflict:
    """Two sources claim different values for one field."""

    field: str
    claims: tuple[tuple[str, str], ...]  # (doc id, value as JSON text)
    resolution: str  # the value kept and why


@dataclass
class DocumentRec:
    id: str
    title: str | None
    language: str
    published: DateValue | None  # stated by metadata or the text itself
    anchor: str | None = None  # YYYY-MM-DD the relative dates were resolved against
    anchor_reason: str | None = None  # how the anchor was found when it was inferred
    url: str | None = None  # where the document was read, from the ingest metadata
    source: str | None = None  # who published it (agency, paper), from the ingest metadata


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    name_en: str | None = None
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class Organization:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    name_en: str | None = None
    country: str | None = None
    kind: str = "other"
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    id: str
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
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class Round:
    dialogue: str
    number: int
    start: DateValue | None = None
    end: DateValue | None = None
    venue: str | None = None
    status: str = "happened"
    working_groups: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class Agreement:
    id: str
    type: str
    subject: str
    topics: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    date: DateValue | None = None
    status: str = "signed"
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class Record:
    documents: list[DocumentRec] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    # Every mention the extractors found, per document id; those resolved to a person or
    # organization carry attrs["entity_id"]. Stored as the mentions table, not exported.
    mentions: dict[str, list[Mention]] = field(default_factory=dict, compare=False)
