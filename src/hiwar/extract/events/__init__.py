"""The dialogue itself, as one document reports it: events, rounds and agreements.

Everything is cue-driven: the phrases live in data/ar/events.yaml and topics.yaml,
ordinals in data/ar/dates/numbers.yaml, countries in the places gazetteer. A sentence
is the unit of reading; a few rules look one sentence back ("جاء ذلك ...") or to the
latest event of the document (participation lines, definite anaphora "الجلسة").

The reader is one class made of stages, each in its own module:
drafts (what is read and handed back), state (the document's sentences and shared queries),
reader (the read loop, headlines and the passes after it), triggers (the
events a sentence's triggers open), rounds (round sessions and the document's rounds),
dating (dates, frames, plans), arguments (status, mode, venue, participants); agreements
are read by the AgreementReading mixin (extract/agreements.py).
"""
from .arguments import country_name
from .drafts import DaySpan, DialogueReading
from .reader import read_dialogue
from .state import document_parts

__all__ = ["DaySpan", "DialogueReading", "country_name", "document_parts", "read_dialogue"]
