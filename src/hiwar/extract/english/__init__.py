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


def english_stretches(text: str) -> tuple[list[tuple[int, int]], bool]:
    """The English stretches of a page, and whether they make most of it (then the page is read in
    English alone; else the Arabic path reads the page and the English path its English paragraphs)."""
    english = [(s, e) for s, e, lang in language_spans(text) if lang == "en"]
    return english, sum(e - s for s, e in english) * 2 > len(text)


def read_english(doc: Doc, spans: list[tuple[int, int]], dates: list[Mention], anchor
                 ) -> tuple[list[LocalEntity], list[Mention], list[Mention], DialogueReading]:
    """Entities, places, other spans (titles) and the dialogue reading of the English stretches.
    `anchor` is the first part's anchor (resolve.anchors.Anchor) or None."""
    day: date | None = anchor.day if anchor is not None else None
    entities, places = extract_english_entities(doc.text, spans)
    events, rounds, agreements = read_english_dialogue(doc, spans, dates, entities, places, day)
    mentions = [m for ev in events for m in ev.evidence] + [m for a in agreements for m in a.evidence]
    return entities, places, [], DialogueReading(events, rounds, agreements, mentions)


def with_english(doc: Doc, spans: list[tuple[int, int]], dates: list[Mention], anchor, arabic):
    """The Arabic reading of a page joined with the English reading of its English paragraphs; the
    English local ids take an "en" prefix so that the two sets of ids stay apart."""
    entities, places, others, reading = arabic
    en_entities, en_places, en_others, en_reading = read_english(doc, spans, dates, anchor)
    ids = {e.local_id: "en" + e.local_id for e in en_entities}
    for e in en_entities:
        e.local_id = ids[e.local_id]
    for ev in en_reading.events:
        ev.participants = [ids.get(p, p) for p in ev.participants]
        ev.organizations = [ids.get(o, o) for o in ev.organizations]
    for ag in en_reading.agreements:
        ag.parties = [ids.get(p, p) for p in ag.parties]
    joined = DialogueReading(reading.events + en_reading.events, reading.rounds + en_reading.rounds,
                             reading.agreements + en_reading.agreements, reading.mentions + en_reading.mentions)
    return entities + en_entities, places + en_places, others + en_others, joined
