"""What an English event's stretch of a sentence tells of it besides its date: where it was (not a
dateline's city), whether an instrument is told by its common noun, whether a dialogue is named, and
whether three states or a group of them make it a multilateral meeting."""
from __future__ import annotations

import re

from ..types import Mention
from .state import ReaderState
from .words import words

# "Manama, Oct. 2 (BNA)", "Muscat, 5 March 2024 (ONA)"
_DATELINE = re.compile(r"(?:\s+CITY)?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\b")
# a city opening a line, its region after a comma, then a dash or the capital of the sentence it heads:
# "Washington, D.C. Secretary Blinken met ...", "RIYADH — The two ministers ..."
_LINE_DATELINE = re.compile(r"(?:,\s*(?:D\.\s?C\.|[A-Z][A-Za-z]+\.?))?\s*(?:[-–—:(]|\s(?=[A-Z]))")
# before a country, the words that make it where a meeting or a visit is ("in the State of Kuwait", "visiting Oman")
_STYLED = r"(?:the\s+(?:Kingdom|State|Sultanate|Republic|Emirate|Federal\s+Republic)\s+of\s+)?"
_IN_COUNTRY = re.compile(rf"\bin\s+{_STYLED}$")
_TO_COUNTRY = re.compile(rf"\b(?:in|to|visiting)\s+{_STYLED}$")
# before a country, words that make it where something is or what it is about, not a side at a meeting
_PLACE_OR_MATTER = re.compile(r"\b(?:in|on|about|concerning|regarding|over|for|to)\s+(?:the\s+)?$", re.IGNORECASE)


class ArgumentReading(ReaderState):
    def _generic_instrument(self, lo: int, hi: int) -> bool:
        w = words()
        named = [m.span() for m in w.named_instrument.finditer(self.text, lo, hi)]
        return any(not any(s <= m.start() < e for s, e in named) for m in w.instruments.finditer(self.text, lo, hi))

    def _dialogue_named(self, lo: int, hi: int) -> bool:
        return bool(re.search(r"\b(?:dialogue|committee)\b", self.text[lo:hi], re.IGNORECASE)
                    or words().dialogue_noun.search(self.text, lo, hi))  # "the U.S.-GCC Strategic Partnership"

    def _many_states(self, lo: int, hi: int) -> bool:
        """The sentence names a group of states ("GCC") or three countries or more, not counting those named as
        where or what ("the conflict in Yemen", "Special Envoy for Iran") or after a verb of discussing ("met to
        discuss North Korea, Syria and ...")."""
        if any(not words().setting.search(self.text, max(lo, g.start() - 40), g.start())
               for g in words().state_groups.finditer(self.text, lo, hi)):
            return True  # not "met ... on the margins of a NATO summit": where two met
        talked = words().discussing.search(self.text, lo, hi)
        hi = talked.start() if talked else hi
        return len({p.attrs.get("country") for p in self.places if lo <= p.start < hi and p.attrs.get("country")
                    and not _PLACE_OR_MATTER.search(self.text, max(lo, p.start - 20), p.start)}) >= 3

    def _venue(self, lo: int, hi: int, visit: bool = False) -> str | None:
        """The first city named (not a dateline's), else a country after "in" ("... round in Kuwait"), or
        for a visit after "to" ("will travel to Kuwait")."""
        city = next((p for p in self.places if lo <= p.start < hi and p.attrs.get("form") == "city"
                     and not self._dateline(p)), None)
        lead = _TO_COUNTRY if visit else _IN_COUNTRY
        country = next((p for p in self.places if lo <= p.start < hi and p.attrs.get("form") == "country"
                        and lead.search(self.text, max(0, p.start - 40), p.start)), None)
        return city.text if city else country.text if country else None

    def _dateline(self, place: Mention) -> bool:
        """A city that heads the report as its dateline ("Manama, Oct. 2", "Washington, D.C. Secretary ..."):
        where it was written, not where the event was."""
        if _DATELINE.match(self.text, place.end):
            return True
        opens_line = self.text[:place.start].rstrip(" \t").endswith("\n") or not self.text[:place.start].strip()
        return opens_line and _LINE_DATELINE.match(self.text, place.end) is not None
