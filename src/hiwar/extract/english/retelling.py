"""One English event told again: a report tells the talks three ways ("met", "the meeting", "This was
the fifth round"); each telling is merged into the event told first, and a numbered one makes it a
round's session."""
from __future__ import annotations

import re
from dataclasses import replace

from ..dates.values import contains
from ..types import LocalEvent, LocalRound, Mention
from .lexicon import english_lexicon
from .state import MEETING, ReaderState, Trigger
from .words import words

# a sentence opening on the meeting told and numbering it ("This was the fifth meeting of the HCC")
_NUMBERS_TOLD = re.compile(r"\s*(?:It|(?:This|That|The)(?:\s+(?:meeting|talks|session|visit|trip))?)\s+(?:was|were|is|are|marks|marked|"
                           r"will\s+be)"
                           r"\s+(?:the\s+)?", re.IGNORECASE)


class RetellingReading(ReaderState):
    def _add(self, ev: LocalEvent, apart_from: str | None = None) -> LocalEvent:
        """The event, or the one told before it is (never one of type `apart_from`: a meeting on the
        sidelines of a session is not the session, whoever is at both)."""
        for old in self.events:
            if old.type != apart_from and self._same(old, ev):
                self._merge(old, ev)
                return old
        self.events.append(ev)
        return ev

    @staticmethod
    def _same(a: LocalEvent, b: LocalEvent, anaphora: bool = False) -> bool:
        meetings = {MEETING, "round_session"}
        if a.type != b.type and not (a.type in meetings and b.type in meetings):
            return False
        if a.working_group != b.working_group:
            return False
        if a.type == b.type == "statement":
            return True  # "the statement" told again is the one already met
        if a.round is not None and b.round is not None and a.round != b.round:
            return False
        if a.date is not None and b.date is not None and not (
                a.date == b.date or a.type == b.type and (contains(a.date, b.date) or contains(b.date, a.date))):
            return False
        shared = set(a.participants) & set(b.participants)
        if a.type != b.type:  # a session and a meeting are one when the same persons, or none, are told
            return bool(shared) or anaphora or not a.participants and not b.participants
        return bool(shared) or not b.participants or not a.participants or (
            a.type == "round_session" and a.round == b.round)

    @staticmethod
    def _merge(old: LocalEvent, new: LocalEvent) -> None:
        if new.type == "round_session":  # a session told again without its number keeps the number told
            old.type, old.round = "round_session", new.round if new.round is not None else old.round
        old.round = old.round if old.round is not None else new.round
        if old.date is None and new.date is not None:  # a headline's "Travel to Qatar", then "will travel ... March 4"
            old.status = new.status
        if old.date is None or new.date is not None and old.date != new.date and contains(old.date, new.date):
            old.date = new.date  # the narrower of two readings that agree
        if new.mode == "virtual":  # "..., which was conducted virtually": the session met online
            old.mode, old.venue = "virtual", new.venue
        cities = english_lexicon().cities
        if new.venue in cities and old.venue not in cities:  # "Travel to Qatar", then "to Doha, Qatar": the city
            old.venue = new.venue
        old.venue = old.venue or new.venue
        old.mode = old.mode or new.mode
        old.participants = list(dict.fromkeys(old.participants + new.participants))
        old.topics = list(dict.fromkeys(old.topics + new.topics))
        old.evidence.extend(new.evidence)

    def _told_before(self, ev: LocalEvent, persons: list[str], lo: int, trig: Trigger) -> LocalEvent | None:
        """The meeting a definite "the meeting" / "their talks" with no persons of its own refers to; or, with no
        day of its own, the one its persons are said to lead or chair ("X and Y will co-chair the meeting",
        "... will lead their sides at these talks")."""
        last = next((e for e in reversed(self.events) if e.type in (MEETING, "round_session")), None)
        if last is None:
            return None
        if persons:
            named = words().definite_meeting.search(self.text, max(lo, trig.end - 40), trig.end)
            if named is None or named.end() != trig.end or ev.date is not None or last.status != ev.status:
                return None
        elif not words().told_before.search(self.text, lo, trig.start):  # "the held", "these talks, held in X"
            return None
        return last if self._same(last, replace(ev, participants=[]), anaphora=True) else None

    def _numbered_told(self, numbered: tuple[re.Match, int | None], lo: int) -> LocalEvent | None:
        """The meeting told before, when a sentence opens on it to give its number ("This was the fifth meeting
        of the HCC", "The talks were the second round of the dialogue")."""
        m, number = numbered
        told = next((e for e in reversed(self.events) if e.type in (MEETING, "round_session")), None)
        if told is None or told.round not in (None, number) or not _NUMBERS_TOLD.fullmatch(self.text, lo, m.start()):
            return None
        return told

    def _session_told_without_persons(self, ev: LocalEvent, lo: int, hi: int) -> LocalEvent | None:
        """"Kuwait and the US concluded the fifth round in Washington on Wednesday. The Kuwaiti delegation
        ... held talks with Secretary Blinken": talks with no day of their own, after the one round session
        a page tells with no persons (and not on its sidelines), are that session told in full."""
        if ev.type != MEETING or ev.date is not None or not ev.participants or \
                words().during_round.search(self.text, lo, hi) or words().aside.search(self.text, lo, hi):
            return None
        sessions = [e for e in self.events if e.type == "round_session" and e.status == "happened"]
        return sessions[0] if len(sessions) == 1 and not sessions[0].participants else None

    def _make_round_session(self, ev: LocalEvent, number: int | None, m: re.Match, lo: int, hi: int,
                            new: bool = False) -> LocalEvent:
        ev.type, ev.round = "round_session", number
        ev.evidence.append(Mention("round", m.start(), m.end(), m.group(), "round", "en:round"))
        if number is not None and self.pair:
            r = self.rounds.setdefault(number, LocalRound(self.pair, number))
            r.status = ev.status
            r.venue = r.venue or ev.venue
            r.evidence.append(Mention("round", m.start(), m.end(), m.group(), "number", "en:round"))
        if ev.type == "round_session" and ev.dialogue is None:
            ev.dialogue = self.pair
        return self._add(ev) if new else ev
