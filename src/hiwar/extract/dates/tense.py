"""The tense of the clause around a date: decides which way a year- or week-less date falls."""
from __future__ import annotations

from .patterns import patterns
from .lexicon import lexicon

_BEFORE = 90  # characters of context looked at before the date
_AFTER = 50


def tense_near(ntext: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """"past", "future" or None, from the cue word nearest the span [start, end) within [lo, hi)."""
    hi = len(ntext) if hi is None else hi
    p, skip = patterns(), lexicon().not_future_verbs
    best: tuple[int, str] | None = None
    left = max(lo, start - _BEFORE)
    right = min(hi, end + _AFTER)
    for tense, regex in (("future", p.future), ("past", p.past)):
        for m in regex.finditer(ntext, left, right):
            if m.start() < end and m.end() > start:
                continue
            word = m.group().lstrip("وف") if m.group()[0] in "وف" and m.group()[1:2] == "س" else m.group()
            if tense == "future" and word in skip:
                continue
            distance = start - m.end() if m.end() <= start else (m.start() - end) * 2  # prefer cues before
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else None
