"""The English path: the same stages as the Arabic one (text layer, dates, entities, events,
rounds, agreements), with English lexicons (data/en/) and the same record types."""
from __future__ import annotations

from datetime import date

from ...text.doc import Doc
from ...text.language import language_spans
from ..events import DialogueReading
from ..types import LocalEntity, Mention
from .dialogue import read_english_dialogue
from .pair import document_pair
from .entities import extract_english_entities


def english_stretches(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """The English and the Arabic stretches of a page, and whether English makes most of it (its
    layout, parts and dateline are then read the English way)."""
    spans = language_spans(text)
    english = [(s, e) for s, e, lang in spans if lang == "en"]
    arabic = [(s, e) for s, e, lang in spans if lang == "ar"]
    return english, arabic, sum(e - s for s, e in english) * 2 > len(text)


def read_english(doc: Doc, spans: list[tuple[int, int]], dates: list[Mention], anchor
                 ) -> tuple[list[LocalEntity], list[Mention], list[Mention], DialogueReading]:
    """Entities, places, other spans (titles) and the dialogue reading of the English stretches.
    `anchor` is the first part's anchor (resolve.anchors.Anchor) or None."""
    day: date | None = anchor.day if anchor is not None else None
    entities, places = extract_english_entities(doc.text, spans)
    events, rounds, agreements = read_english_dialogue(doc, spans, dates, entities, places, day)
    mentions = [m for ev in events for m in ev.evidence] + [m for a in agreements for m in a.evidence]
    return entities, places, [], DialogueReading(events, rounds, agreements, mentions,
                                                 document_pair(doc.text, places, entities))


def join_readings(first, second, prefix: str):
    """Two readings of one page (entities, places, other spans, dialogue reading), each of its own
    stretches: the second's local ids take `prefix` so that the two sets of ids stay apart."""
    entities, places, others, reading = first
    more_entities, more_places, more_others, more = second
    ids = {e.local_id: prefix + e.local_id for e in more_entities}
    for e in more_entities:
        e.local_id = ids[e.local_id]
    for ev in more.events:
        ev.participants = [ids.get(p, p) for p in ev.participants]
        ev.organizations = [ids.get(o, o) for o in ev.organizations]
    for ag in more.agreements:
        ag.parties = [ids.get(p, p) for p in ag.parties]
    joined = DialogueReading(reading.events + more.events, reading.rounds + more.rounds,
                             reading.agreements + more.agreements, reading.mentions + more.mentions,
                             reading.dialogue or more.dialogue)
    return entities + more_entities, places + more_places, others + more_others, joined
