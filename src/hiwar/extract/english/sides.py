"""Who took part in an English event, told apart from its trigger: the spokesperson a statement is
attributed to, the heads of the sides ("The US side was led by X"), officials who address each
other on a visit, a guest received in the host's city, and the visitor at the meeting a visit is for."""
from __future__ import annotations

import re

from ..types import LocalEvent, Mention
from .lexicon import english_lexicon
from .state import MEETING, ReaderState, Trigger
from .words import words

# the subject of a sentence that is a meeting told before, or a side of it ("The two delegations were ")
# (after "During the session, ", the subject in lower case: "During the session, the Omani side was headed by"; a side
# named without its article: "Chinese side was led by")
_TOLD_SUBJECT = re.compile(r"\s*(?:(?:During|At|In|On)\s+(?:the|this|that)\s+[\w\-.]+(?:\s+[\w\-]+)?,\s+(?i:the|both|its|their)"
                           r"|(?i:the|both|its|their|this|that)|[A-Z][\w.\-]*(?=\s+(?:side|delegation)\b))\b"
                           r"(?:[^,;:]|,\s+(?:which|that)\s[^,;:]*,)*?\s+"  # "The talks, which began Monday, were"
                           r"(?:was|were|is|are|will\s+be|has\s+been|"
                           r"have\s+been|had\s+been)\s+"
                           # "The talks led by X and Y were ...": the meeting told, its verb left out
                           r"|\s*(?i:the|these|this|their)\s+(?:[\w\-.]+\s+){0,3}?"
                           r"(?i:talks|meeting|session|dialogue|discussions|consultations)\s+")
# "the Omani side", "the Austrian delegation": the country of the side a sentence's subject names
_SIDE_OF = re.compile(r"\b(?P<adj>[A-Z][\w.\-]*)\s+(?:side|delegation|team)\b")
# where the persons told of one side stop: the other side told after "while", "whereas", ";" or ", and the"
_OTHER_SIDE = re.compile(r"\s(?:while|whilst|whereas)\s|;|,\s+and\s+(?:the\s+)?[A-Z]")


class SideReading(ReaderState):
    def _attributed(self, lo: int, hi: int) -> None:
        """"The following is attributable to Spokesperson Matthew Miller:": the page's statement (its readout
        told before, or one of the report's day) is his."""
        said = words().attribution.search(self.text, lo, hi)
        end = self.text.find(":", said.end(), hi) if said else -1
        persons = self._persons(said.end(), end if end > 0 else hi) if said else []
        if not persons:
            return
        statement = next((e for e in self.events if e.type == "statement"), None)
        if statement is None:
            told = Mention("trigger", said.start(), said.end(), said.group(), "type", "en:trigger:attribution")
            statement = self._add(LocalEvent("statement", self.anchor.isoformat() if self.anchor else None,
                                             dialogue=self.pair, evidence=[told],
                                             countries=sorted(self.pair.split("-")) if self.pair else []))
        statement.participants = list(dict.fromkeys(statement.participants + persons))

    def _sides_of_persons(self, lo: int, hi: int) -> None:
        """"The Indian side was led by X and Y, while Japan was represented by Z", "X led the Pakistani
        delegation", "A and B will be the Georgian co-chairs": those who head or make up a side named by its
        country are of that country."""
        w = words()
        named = list(w.side_headed.finditer(self.text, lo, hi))
        for m, after in zip(named, named[1:] + [None]):  # the side first, its persons after, up to the next side
            other = _OTHER_SIDE.search(self.text, m.end(), after.start() if after else hi)
            end = other.start() if other else after.start() if after else hi
            self._of_country(m.group("adj") or m.group("for"), m.end(), end)
        for m in w.heading_a_side.finditer(self.text, lo, hi):  # the persons first, their side after
            starts = [b.end() for b in _OTHER_SIDE.finditer(self.text, lo, m.start())]
            self._of_country(m.group("adj"), starts[-1] if starts else lo, m.start())

    def _of_country(self, adjective: str, lo: int, hi: int) -> None:
        """The persons named in [lo, hi) are of the country `adjective` names, unless a list or a country
        named in one of their titles tells theirs (a guess from an office or a given name gives way)."""
        lex = english_lexicon()
        code = lex.demonyms.get(adjective) or lex.countries.get(adjective)
        for m, e in self.persons:
            told = e.gazetteer_id is not None or any(
                w in lex.demonyms or w in lex.countries for title in e.titles for w in title.split())
            if code and lo <= m.start < hi and not told:
                e.country = code

    def _led_as_told(self, lo: int, trig: Trigger, hi: int) -> None:
        """"The Dialogue was co-chaired by X and Y", "The US side was led by X": a sentence whose subject is
        the meeting just told, or a side of it, names who led it."""
        if self._persons(lo, trig.start) or not _TOLD_SUBJECT.fullmatch(self.text, lo, trig.start):
            return
        group = words().working_group.search(self.text, lo, trig.start)
        kinds = ("working_group_session",) if group else (MEETING, "round_session", "working_group_session",
                                                          "multilateral_meeting")
        told = next((e for e in reversed(self.events) if e.type in kinds), None)
        if told is not None:
            told.participants = list(dict.fromkeys(told.participants + self._persons(trig.end, hi)))
        side = _SIDE_OF.search(self.text, lo, trig.start)
        lex = english_lexicon()
        code = (lex.demonyms.get(side.group("adj")) or lex.countries.get(side.group("adj"))) if side else None
        for m, e in self.persons:  # "the Austrian side was headed by X": X is of Austria
            if code and trig.end <= m.start < hi and e.country is None:
                e.country = code

    def _heads_of_sides(self, lo: int, hi: int) -> None:
        """"Senior Advisor X led the U.S. delegation, and Minister Y led the Libyan delegation": those who
        head a side are at the meeting told last."""
        start = lo
        for m in words().heading_side.finditer(self.text, lo, hi):
            heads = self._persons(start, m.start())
            start = m.end()
            told = next((e for e in reversed(self.events) if e.type in (MEETING, "round_session",
                                                                       "working_group_session")), None)
            if heads and told is not None:
                told.participants = list(dict.fromkeys(told.participants + heads))

    def _met_on_the_visit(self, visit: LocalEvent, lo: int, hi: int) -> None:
        """"Austin assured Safadi, while he was visiting the Pentagon, that ...": words one official
        addresses to another on a visit tell that the two met, where and when the visit was; the
        addressee is the visitor when the visit is told after him, else the speaker is."""
        trigger = next((m.start for m in visit.evidence if m.rule == "en:trigger:visit" and lo <= m.start < hi), None)
        for verb in words().addressing.finditer(self.text, lo, hi):
            addressee = next((e.local_id for m, e in self.persons if m.start >= verb.end() and re.fullmatch(
                r"(?:(?:[A-Z][\w.\-’']*|of|for|the)\s+)*", self.text[verb.end():m.start])), None)  # a title between
            speakers = [e.local_id for m, e in self.persons if lo <= m.start and m.end <= verb.start()]
            if addressee is None or not speakers or speakers[-1] == addressee or trigger is None:
                continue
            speaker = speakers[-1]
            host = speaker if trigger > verb.end() else addressee
            visit.participants = [p for p in visit.participants if p != host]
            meeting = LocalEvent(MEETING, visit.date, visit.status, visit.dialogue, venue=visit.venue,
                                 mode="in_person", participants=[speaker, addressee], countries=list(visit.countries),
                                 evidence=[Mention("trigger", verb.start(), verb.end(), verb.group(), "type",
                                                   "en:trigger:addressed_on_visit")])
            self._add(meeting)
            return

    def _guest_visit(self, meeting: LocalEvent, lo: int, hi: int) -> None:
        """"X received Y in Muscat": Y, of another country than Muscat's, is on a visit there."""
        city = next((p for p in self.places if lo <= p.start < hi and p.attrs.get("form") == "city"), None)
        if city is None:
            return
        countries = {e.local_id: e.country for _, e in self.persons}
        home = city.attrs["country"]
        if not any(countries.get(p) == home for p in meeting.participants) or all(
                countries.get(p) == home for p in meeting.participants):
            return
        visit = LocalEvent("visit", meeting.date, meeting.status, meeting.dialogue, venue=city.text, mode="in_person",
                           participants=[p for p in meeting.participants
                                         if countries.get(p) != city.attrs["country"]] + [
                               p for p in meeting.participants if countries.get(p) == city.attrs["country"]],
                           countries=list(meeting.countries),
                           evidence=[Mention("place", city.start, city.end, city.text, "venue", "en:visit:received")])
        self._add(visit)

    @staticmethod
    def _purpose_of_visit(made: list[LocalEvent]) -> None:
        """"will travel to Kuwait next week to co-chair the working group", "travels to Washington on Sunday for
        talks with ...": a meeting told after a visit in its sentence, with no time of its own, is what the
        visit is for: it takes the visit's time, place and status, and the visitor takes part."""
        visit = None
        for ev in made:
            if ev.type == "visit":
                visit = ev
            elif visit is not None and ev.date is None and ev.type in (MEETING, "round_session",
                                                                      "working_group_session", "press_conference"):
                ev.date, ev.status = visit.date, visit.status
                ev.venue = ev.venue or visit.venue
                ev.participants = list(dict.fromkeys(visit.participants + ev.participants))
