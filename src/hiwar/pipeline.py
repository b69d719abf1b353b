"""The path of the data: source document → Doc → per-document analysis → record.

    analyze(source, anchor)   one document, no knowledge of the others
    build_record(sources)     every document: anchors across documents, then resolution

Both are pure (no store): the store caches and persists what they return.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .extract.events import read_dialogue
from .extract.furniture import content_end
from .extract.types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention
from .record import DocumentRec, Record
from .resolve.events import Report, merge_agreements, merge_events, merge_rounds
from .text.doc import Doc

try:
    from .extract.dates import find_dates
except ImportError:  # TEMPORARY until hiwar.extract.dates lands
    def find_dates(doc, anchor):
        return []
try:
    from .extract.entities import extract_entities
except ImportError:  # TEMPORARY until hiwar.extract.entities lands
    from .extract.places import find_places

    def extract_entities(doc):
        return [], find_places(doc)
try:
    from .resolve.entities import resolve_entities
except ImportError:  # TEMPORARY until hiwar.resolve.entities lands
    def resolve_entities(analyses):
        return [], [], {}


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


def analyze(source: SourceDoc, anchor: date | None = None, anchor_precision: str = "day",
            anchor_reason: str | None = None) -> DocAnalysis:
    """One document read against `anchor` (known to `anchor_precision`)."""
    doc = Doc(source.text, source.id)
    end = content_end(doc)
    dates = [m for m in find_dates(doc, anchor) if m.start < end] if anchor else []
    entities, places = extract_entities(doc)
    entities = [e for e in entities if any(m.start < end for m in e.mentions)]
    places = [p for p in places if p.start < end]
    reading = read_dialogue(doc, end, dates, entities, places, anchor, anchor_precision)
    rec = DocumentRec(source.id, source.title, source.language, source.published,
                      anchor.isoformat() if anchor else None, anchor_reason)
    mentions = [m for e in entities for m in e.mentions] + places + dates
    return DocAnalysis(rec, entities, places, dates, reading.events, reading.rounds, reading.agreements,
                       sorted(mentions, key=lambda m: m.start))


def build_record(sources: list[SourceDoc]) -> Record:
    """Every document: anchors, per-document analysis, entity and event resolution."""
    from .resolve.anchors import resolve_anchors

    analyses = resolve_anchors(sources, analyze)
    persons, orgs, ids = resolve_entities(analyses)
    reports, local_rounds, local_agreements = [], [], []
    for n, a in enumerate(analyses):
        doc_id = a.doc.id
        for k, ev in enumerate(a.events):
            reports.append(Report(doc_id, n * 10000 + k, ev,
                                  [ids[(doc_id, p)] for p in ev.participants if (doc_id, p) in ids],
                                  [ids[(doc_id, o)] for o in ev.organizations if (doc_id, o) in ids]))
        local_rounds.extend((doc_id, r) for r in a.rounds)
        for k, ag in enumerate(a.agreements):
            parties = [ids.get((doc_id, p), p) for p in ag.parties]
            local_agreements.append((doc_id, n * 10000 + k, ag, parties))
    events = merge_events(reports)
    rounds = merge_rounds(local_rounds, events)
    _aggregate_dates(events, rounds)
    return Record(sorted((a.doc for a in analyses), key=lambda d: d.id), persons, orgs, events, rounds,
                  merge_agreements(local_agreements))


def _aggregate_dates(events, rounds) -> None:
    """Working groups that met "over two weeks" without a date of their own span their round."""
    spans = {(r.dialogue, r.number): (r.start, r.end) for r in rounds}
    for e in events:
        if e.type != "working_group_session" or e.working_group is not None:
            continue
        start, end = spans.get((e.dialogue, e.round), (None, None))
        if start and end and start != end and not any(ev.field == "date" and ev.rule != "date:anchor_month"
                                                       for ev in e.evidence):
            e.date = {"start": start, "end": end}
