"""The English path: the same stages as the Arabic one (text layer, dates, entities, events,
rounds, agreements), with English lexicons (data/en/) and the same record types."""
from __future__ import annotations

from datetime import date

from ...text.doc import Doc
from ...text.language import language_spans
from ..events import DialogueReading
from ..types import LocalEntity, Mention
from .dialogue import read_english_dialogue
from .entities import extract_english_entities


def english_stretches(text: str) -> list[tuple[int, int]]:
    """The English stretches of a page written mostly in English; [] for an Arabic page, whose
    few English lines (crawl furniture, a quoted name) the Arabic path reads as before."""
    spans = language_spans(text)
    english = [(s, e) for s, e, lang in spans if lang == "en"]
    return english if sum(e - s for s, e in english) * 2 > len(text) else []


def read_english(doc: Doc, spans: list[tuple[int, int]], dates: list[Mention], anchor
                 ) -> tuple[list[LocalEntity], list[Mention], list[Mention], DialogueReading]:
    """Entities, places, other spans (titles) and the dialogue reading of the English stretches.
    `anchor` is the first part's anchor (resolve.anchors.Anchor) or None."""
    day: date | None = anchor.day if anchor is not None else None
    entities, places = extract_english_entities(doc.text, spans)
    events, rounds, agreements = read_english_dialogue(doc, spans, dates, entities, places, day)
    mentions = [m for ev in events for m in ev.evidence] + [m for a in agreements for m in a.evidence]
    return entities, places, [], DialogueReading(events, rounds, agreements, mentions)
