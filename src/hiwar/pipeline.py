"""The path of the data: source document → Doc → per-document analysis → record.

    analyze(source, anchor)   one document, no knowledge of the others
    build_record(sources)     every document: anchors across documents, then resolution

Both are pure (no store): the store caches and persists what they return.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .extract.types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention
from .record import DocumentRec, Record
from .text.doc import Doc


@dataclass(frozen=True)
class SourceDoc:
    """A document as read from disk or metadata, before any analysis."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD (or coarser) from metadata
    url: str | None = None
    source: str | None = None
    language: str = "ar"
    path: str | None = None


@dataclass
class DocAnalysis:
    """Everything extracted from one document, every fact tied to its spans."""

    doc: DocumentRec
    entities: list[LocalEntity] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)  # kind "date", attrs["value"], attrs["rule"]
    events: list[LocalEvent] = field(default_factory=list)
    rounds: list[LocalRound] = field(default_factory=list)
    agreements: list[LocalAgreement] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every mention, for `hiwar extract`


def analyze(source: SourceDoc, anchor: date | None = None) -> DocAnalysis:
    raise NotImplementedError


def build_record(sources: list[SourceDoc]) -> Record:
    raise NotImplementedError
