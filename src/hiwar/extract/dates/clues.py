"""What a clue to a text's own date is (`AnchorClue`), and the readings of a date expression that every
clue reads: its value on its own (no anchor), its words as the text writes them, its sentence's tense."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...text.doc import Doc
from .atom import Atom
from .resolve import resolve
from .tense import tense_near

Span = tuple[date, date]  # first and last possible day


@dataclass(frozen=True)
class AnchorClue:
    """Partial knowledge of the anchor; None where the clue says nothing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    reasons: tuple[str, ...] = ()
    days: tuple[int, ...] | None = None  # the day of the month is one of these
    spans: tuple[Span, ...] | None = None  # the text's day lies in one of these (a term of office, an era)
    at: tuple[int, int] | None = None  # where a page's top date stands in the text (original offsets)

    def matches(self, d: date) -> bool:
        return ((self.year is None or d.year == self.year) and (self.month is None or d.month == self.month)
                and (self.day is None or d.day == self.day) and (self.weekday is None or d.weekday() == self.weekday)
                and (self.days is None or d.day in self.days)
                and (self.spans is None or any(lo <= d <= hi for lo, hi in self.spans)))


def value_alone(atom: Atom) -> tuple[Any, bool]:
    """The expression's value read with no anchor (None for a relative one) and whether it is relative."""
    return resolve(atom, None, _no_anchor)


def _no_anchor() -> None:
    return None


def quoted(atom: Atom, doc: Doc) -> str:
    """The expression as the original text writes it."""
    return doc.text[slice(*doc.norm.span(atom.nstart, atom.nend))]


def tense_of(atom: Atom, doc: Doc) -> str | None:
    """The tense of the verb nearest the expression in its sentence."""
    sentence = doc.sentences[max(0, bisect_right([s.nstart for s in doc.sentences], atom.nstart) - 1)]
    return tense_near(doc.norm.text, atom.nstart, atom.nend, sentence.nstart, sentence.nend)
