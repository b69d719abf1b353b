"""The dialogue record after cross-document resolution (RECORD.md, plus provenance).

`Record.to_json()` is the `hiwar-record/1` interchange form; the richer fields
(evidence with offsets, rules, conflicts, anchors) stay in the store and the views.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from .extract.types import DateValue, Mention

SCHEMA = "hiwar-record/1"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of one document that supports one field of a record object."""

    doc_id: str
    start: int
    end: int
    text: str
    field: str = ""  # which field it supports: name, title, date, type, participants ...
    rule: str = ""  # the rule, pattern or lexicon entry that read it


@dataclass(frozen=True, slots=True)
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
    # A build gives a DocumentMentions: each document's mentions read when asked for, not held.
    mentions: Mapping[str, list[Mention]] = field(default_factory=dict, compare=False)


class DocumentMentions(Mapping[str, list[Mention]]):
    """Each document's mentions, read by `read(doc_id)` when asked for and not held: a large record's
    mentions never sit in memory together. The last document read is kept, as a save asks for each
    document's mentions twice in a row (to fingerprint them, then to write them)."""

    def __init__(self, doc_ids: Iterable[str], read: Callable[[str], list[Mention]]):
        self._ids = dict.fromkeys(doc_ids)
        self._read = read
        self._last: tuple[str, list[Mention]] | None = None

    def __getitem__(self, doc_id: str) -> list[Mention]:
        if doc_id not in self._ids:
            raise KeyError(doc_id)
        if self._last is None or self._last[0] != doc_id:
            self._last = (doc_id, self._read(doc_id))
        return self._last[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def changed_mentions(mentions: Mapping[str, list[Mention]],
                     change: Callable[[list[Mention]], list[Mention]]) -> DocumentMentions:
    """Every document's mentions as `change` makes them, each changed when it is read."""
    return DocumentMentions(mentions, lambda doc_id: change(mentions[doc_id]))
