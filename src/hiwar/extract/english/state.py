"""The state of one English document's dialogue reading, shared by the reader's stages: the text and
its English stretches, the dated mentions, the persons and places found, the report's day, the pair
of parties it is about, and the events, rounds and agreements told so far."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...text.doc import Doc
from ..types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention
from .pair import document_pair

MEETING = "bilateral_meeting"
Span = tuple[int, int]


@dataclass
class Trigger:
    kind: str
    start: int
    end: int
    text: str


class ReaderState:
    def __init__(self, doc: Doc, spans: list[Span], dates: list[Mention], entities: list[LocalEntity],
                 places: list[Mention], anchor: date | None):
        self.doc, self.text, self.spans = doc, doc.text, spans
        self.dates = [d for d in dates if d.attrs.get("value") is not None]
        self.persons = [(m, e) for e in entities if e.kind == "person" for m in e.mentions]
        self.places = places
        self.anchor = anchor
        self.pair = document_pair(doc.text, places, entities)
        self.events: list[LocalEvent] = []
        self.agreements: list[LocalAgreement] = []
        self.rounds: dict[int, LocalRound] = {}

    def _persons(self, lo: int, hi: int) -> list[str]:
        return list(dict.fromkeys(e.local_id for m, e in self.persons if lo <= m.start < hi))
