"""A document's text cut into pieces, each piece carrying the extracted facts that cover it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    start: int
    end: int
    kind: str  # person | organization | event | round | agreement | date | place | title ...
    href: str | None  # the page of the object it became, if any
    label: str


@dataclass(frozen=True)
class Piece:
    text: str
    facts: tuple[Fact, ...]  # covering facts, the most specific first

    @property
    def link(self) -> Fact | None:
        return next((f for f in self.facts if f.href), None)


def pieces(text: str, facts: list[Fact]) -> list[Piece]:
    """The text between every fact boundary, so overlapping facts all stay visible."""
    facts = [f for f in facts if 0 <= f.start < f.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for f in facts), *(f.end for f in facts)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((f for f in facts if f.start <= a and b <= f.end), key=lambda f: (f.end - f.start, f.kind))
        out.append(Piece(text[a:b], tuple(covering)))
    return out
