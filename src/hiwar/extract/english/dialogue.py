"""Events, rounds and agreements of English text, sentence by sentence.

A trigger phrase (data/en/events.yaml) opens an event; its stretch of the sentence, up to the
next trigger, gives its date, persons, venue and topics. A round is an ordinal before a
dialogue's name ("the sixth round of their strategic dialogue", "the third U.S.-Bahrain
Strategic Dialogue", "the inaugural session"): a meeting in its sentence, or one a following
sentence calls "the meeting", is that round's session. Reports of one event in one document
(the talks told three ways) are one event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date

from ...text.doc import Doc
from ..cues import dominant_pair, forum_codes
from ..dates.values import bounds, contains
from ..types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention
from .instruments import read_instruments
from .lexicon import english_lexicon
from .organizations import word_pattern
from .words import round_number, topics_between, words

MEETING = "bilateral_meeting"
# "Manama, Oct. 2 (BNA)", "Muscat, 5 March 2024 (ONA)"
_DATELINE = re.compile(r"(?:\s+CITY)?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\b")
# a city opening a line, its region after a comma, then a dash or the capital of the sentence it heads:
# "Washington, D.C. Secretary Blinken met ...", "RIYADH — The two ministers ..."
_LINE_DATELINE = re.compile(r"(?:,\s*(?:D\.\s?C\.|[A-Z][A-Za-z]+\.?))?\s*(?:[-–—:(]|\s(?=[A-Z]))")
Span = tuple[int, int]
# before a country, the words that make it where a meeting or a visit is ("in the State of Kuwait", "visiting Oman")
_STYLED = r"(?:the\s+(?:Kingdom|State|Sultanate|Republic|Emirate|Federal\s+Republic)\s+of\s+)?"
_IN_COUNTRY = re.compile(rf"\bin\s+{_STYLED}$")
_TO_COUNTRY = re.compile(rf"\b(?:in|to|visiting)\s+{_STYLED}$")
# before a trigger, words that make the person last named its subject
_OWN_OR_WHO = re.compile(r"(?:\b(?:his|her|their)|,\s+who(?:\s+(?:is|was|are|were|has|had|will))?)\s+$")
# the subject of a sentence that is a meeting told before, or a side of it ("The two delegations were ")
# (after "During the session, ", the subject in lower case: "During the session, the Omani side was headed by")
_TOLD_SUBJECT = re.compile(r"\s*(?:(?:During|At|In)\s+(?:the|this|that)\s+[\w\-]+(?:\s+[\w\-]+)?,\s+(?i:the|both|its|their)"
                           r"|(?i:the|both|its|their|this|that))\b[^,;:]*?\s+(?:was|were|is|are|will\s+be|has\s+been|"
                           r"have\s+been|had\s+been)\s+")
# ", while the Austrian side was headed by": a second side told after the first
_WHILE_SIDE = re.compile(r",?\s+(?:while|whereas|and)\s+(?=(?:the|its|their)\s)", re.IGNORECASE)
# "the Omani side", "the Austrian delegation": the country of the side a sentence's subject names
_SIDE_OF = re.compile(r"\b(?P<adj>[A-Z][\w.\-]*)\s+(?:side|delegation|team)\b")
# "the meeting held in Washington on Friday": the meeting told before, told again with its day and place
_HELD = re.compile(r"\s(?:held|convened|conducted)$", re.IGNORECASE)
# a sentence opening on the meeting told and numbering it ("This was the fifth meeting of the HCC")
_NUMBERS_TOLD = re.compile(r"\s*(?:This|It|That|The\s+(?:meeting|talks|session))\s+(?:was|were|is|are|marks|marked|"
                           r"will\s+be)"
                           r"\s+(?:the\s+)?", re.IGNORECASE)
# before a country, words that make it where something is or what it is about, not a side at a meeting
_PLACE_OR_MATTER = re.compile(r"\b(?:in|on|about|concerning|regarding|over|for|to)\s+(?:the\s+)?$", re.IGNORECASE)
_PAIR_JOINER = re.compile(r"\s?[-–—/]\s?")  # "U.S.-Kuwait", "Kuwait – US"
_THE_DIALOGUE = re.compile(r"\s+the\s+(?:strategic\s+)?dialogue\b", re.IGNORECASE)  # Gulf papers write it lower case
# "the sixth ... Strategic Dialogue, which will be held in December": a relative clause holding the round
_HELD_AS_RELATIVE = re.compile(r"\s*,?\s*(?:which|that)\s+(?:will\s+be|is\s+to\s+be|was|were|is|are)\s+",
                               re.IGNORECASE)


@dataclass
class _Trigger:
    kind: str
    start: int
    end: int
    text: str


class _Reader:
    def __init__(self, doc: Doc, spans: list[Span], dates: list[Mention], entities: list[LocalEntity],
                 places: list[Mention], anchor: date | None):
        self.doc, self.text, self.spans = doc, doc.text, spans
        self.dates = [d for d in dates if d.attrs.get("value") is not None]
        self.persons = [(m, e) for e in entities if e.kind == "person" for m in e.mentions]
        self.places = places
        self.anchor = anchor
        self.pair = document_pair(doc.text, places, entities)
        self.events: list[LocalEvent] = []
        self.agreements: list[LocalAgreement] = []
        self.rounds: dict[int, LocalRound] = {}

    def read(self) -> tuple[list[LocalEvent], list[LocalRound], list[LocalAgreement]]:
        for sent in self.doc.sentences:
            if any(s <= sent.start < e for s, e in self.spans):
                self._sentence(sent.start, sent.end)
        self._date_from_lead()
        self._date_from_round()
        self.agreements = _without_bare_repeats(self.agreements)
        if any(a.type == "joint_statement" for a in self.agreements):
            for a in self.agreements:
                if a.type == "joint_statement":
                    a.topics = list(dict.fromkeys(a.topics + topics_between(self.text, 0, len(self.text))))
        return self.events, list(self.rounds.values()), self.agreements

    # ------------------------------------------------------------ one sentence
    def _sentence(self, lo: int, hi: int) -> None:
        w = words()
        rounds = [(m, round_number(m)) for m in w.rounds.finditer(self.text, lo, hi)]
        triggers = self._triggers(lo, hi)
        self._attributed(lo, hi)
        if triggers:  # "The following is attributable to Spokesperson X: Secretary Y met ...": X reports, Y meets
            colons = [m.end() for m in re.finditer(r":\s", self.text[:triggers[0].start]) if m.start() >= lo]
            lo = colons[-1] if colons else lo  # not a clock's "10:30"
        bounds = [lo] + [self._subject_start(t.start, lo) for t in triggers[1:]] + [hi]
        made: list[LocalEvent] = []
        for k, trig in enumerate(triggers):
            if trig.kind == "leading" and made:
                made[-1].participants = list(dict.fromkeys(made[-1].participants + self._persons(trig.end, bounds[k + 1])))
            elif trig.kind == "leading" and all(t.kind != "leading" for t in triggers[:k]):
                # up to the next verb: "..., John Bass, the ministry said"; "During the session, the ... side was led by"
                self._led_as_told(lo, trig, triggers[k + 1].start if k + 1 < len(triggers) else hi)
            elif trig.kind == "leading" and triggers[k - 1].kind == "leading" and (
                    join := _WHILE_SIDE.search(self.text, triggers[k - 1].end, trig.start)):
                self._led_as_told(join.end(), trig, triggers[k + 1].start if k + 1 < len(triggers) else hi)
            if trig.kind in ("speech", "leading"):
                continue
            left = triggers[k - 1].end if k else lo  # the words since the last trigger: its subject
            ev = self._event(trig, bounds[k], bounds[k + 1], lo, hi, rounds, left)
            if ev is not None:
                made.append(ev)
        if not any(ev.type in (MEETING, "round_session") for ev in made):
            for ev in [e for e in made if e.type == "visit"]:
                self._met_on_the_visit(ev, lo, hi)
        self._purpose_of_visit(made)
        for m, number in rounds:  # "will head the delegation to the fourth round ... tomorrow": a session told
            told = self._numbered_told((m, number), lo)
            if told is not None:  # "This was the fifth round of the talks"
                self._make_round_session(told, number, m, lo, hi)
            elif not any(r.start == m.start() for ev in made for r in ev.evidence if r.kind == "round") \
                    and not w.round_reference.search(self.text, max(lo, m.start() - 40), m.start()):
                ev = self._event(_Trigger("meeting", m.start(), m.end(), m.group()), m.start() if made else lo, hi,
                                 lo, hi, [(m, number)], lo)
                if ev is not None:
                    made.append(ev)
        self._held_within(made, lo)
        self._heads_of_sides(lo, hi)
        self.agreements.extend(read_instruments(self.text, lo, hi, made, self.agreements, self.persons, self.places,
                                                self.pair))

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

    def _led_as_told(self, lo: int, trig: _Trigger, hi: int) -> None:
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

    def _subject_start(self, pos: int, lo: int) -> int:
        """Where the stretch of a trigger begins: before the persons just ahead of it, its subject
        ("Foreign Minister X and Secretary of State Y declared")."""
        start = pos
        for m, _ in sorted(self.persons, key=lambda pe: -pe[0].start):
            if lo <= m.start and m.end <= start and re.fullmatch(
                    r"[\s,]*(?:and\s+)?(?:(?:[A-Z][\w.\-’']*|of|for|the)\s+)*", self.text[m.end:start]):
                start = m.start
        return start

    def _triggers(self, lo: int, hi: int) -> list[_Trigger]:
        found: list[_Trigger] = []
        for pattern, kind in [(words().leading, "leading"), *words().triggers, (words().speech, "speech")]:
            for m in pattern.finditer(self.text, lo, hi):
                if not any(m.start() < t.end and t.start < m.end() for t in found):
                    found.append(_Trigger(kind, m.start(), m.end(), m.group()))
        found.sort(key=lambda t: t.start)
        for k in range(len(found) - 1, 0, -1):  # "received a phone call", "held today a call": one event, two words
            a, b = found[k - 1], found[k]
            gap = self.text[a.end:b.start]
            when = words().time_phrase.match(gap)
            if a.kind == b.kind == "meeting" and re.fullmatch(r"\s*(?:a|an|the|their|his|her|these)?\s*",
                                                             gap[when.end():] if when else gap):
                found[k - 1:k + 1] = [_Trigger("meeting", a.start, b.end, self.text[a.start:b.end])]
        # "X told a joint press conference": the saying is the event's own verb, not a new stretch
        return [t for k, t in enumerate(found) if not (t.kind == "speech" and k + 1 < len(found)
                                                      and found[k + 1].start - t.end <= 12)]

    def _event(self, trig: _Trigger, seg_lo: int, seg_hi: int, lo: int, hi: int, rounds, left: int
               ) -> LocalEvent | None:
        w = words()
        kind = trig.kind
        # the rounds of its stretch, or the one it follows ("the seventh ... Dialogue, held in")
        rounds = [(m, n) for m, n in rounds if seg_lo <= m.start() < seg_hi and not w.round_reference.search(
                      self.text, max(lo, m.start() - 40), m.start())  # "the outcomes of the inaugural ...": not told here
                  or kind == "meeting" and (0 <= trig.start - m.end() <= 3 or _HELD_AS_RELATIVE.fullmatch(
                      self.text, m.end(), trig.start) is not None)]
        persons = self._persons(seg_lo, seg_hi)
        if w.talked_about.search(self.text, max(lo, trig.start - 120), trig.start):
            persons = self._persons(trig.end, seg_hi)  # "discussed the upcoming ... meeting": not its persons
        if not persons and _OWN_OR_WHO.search(self.text, lo, trig.start):
            persons = self._persons(lo, trig.start)[-1:]  # "in the course of his visit", "X, who is visiting"
        if kind == "signing" and not (persons or self._generic_instrument(lo, hi)):
            return None  # "when the Treaty of ... was signed": a named old instrument, no signing told
        if kind == "statement" and trig.text.lower() in w.announcing and not rounds:
            return None
        told_again = re.search(r"\b(?:the|this|that|their)\s+$", self.text[lo:trig.start], re.IGNORECASE) and any(
            e.type in (MEETING, "round_session") for e in self.events) and _HELD.search(trig.text) is not None
        if kind == "meeting" and not persons and not rounds and not told_again and (
                trig.text.lower() in w.launching and not self._on_a_day(trig, seg_lo, seg_hi, lo, hi)
                or not self._dialogue_named(lo, hi)
                and not w.working_group.search(self.text, left, seg_hi)):
            return None
        etype = {"meeting": MEETING}.get(kind, kind)
        ev = LocalEvent(etype, dialogue=self.pair, countries=sorted(self.pair.split("-")) if self.pair else [])
        joint = w.instrument_types.get(trig.text.lower()) == "joint_statement"
        ev.participants = [] if joint else persons  # a joint statement is the states', not its reporters'
        ev.date, told = self._date(trig, seg_lo, seg_hi, lo, hi)
        if told is not None:  # the date's own span, so other documents can lean on it (resolve.anchors)
            ev.evidence.append(Mention("date", told.start, told.end, told.text, "date", "en:date:near_trigger"))
        virtual = bool(w.virtual.search(self.text, seg_lo, seg_hi))
        ev.venue = None if virtual else self._venue(seg_lo, seg_hi, etype == "visit") or (
            None if etype == "statement" else self._venue(lo, hi))  # held online: "the Embassy in Kuwait" is no venue
        ev.topics = topics_between(self.text, trig.start, seg_hi) if etype != "visit" else []
        if etype in (MEETING, "visit", "press_conference"):
            ev.mode = "virtual" if virtual else ("in_person" if ev.venue or etype == "visit" else None)
        if w.future.search(self.text, max(lo, trig.start - 60), min(hi, trig.end + 40)) and not self._before_anchor(
                ev.date) or self._after_anchor(ev.date):  # "Ahead of the Dialogue, ... held ... January 18": done
            ev.status = "planned"
        ev.evidence.append(Mention("trigger", trig.start, trig.end, trig.text, "type", f"en:trigger:{kind}"))
        if etype == MEETING and w.receiving.search(trig.text):
            self._guest_visit(ev, lo, hi)
        group = w.working_group.search(self.text, min(left, seg_lo), seg_hi) if etype == MEETING else None
        if group is not None:  # "the defense working group met": one track's session, in its round
            ev.type, ev.round = "working_group_session", rounds[0][1] if rounds else None
            near = topics_between(self.text, max(left, group.start() - 40), min(seg_hi, group.end() + 40))
            ev.working_group = near[0] if near else None
            return self._add(ev)
        numbered = any(m.start() == trig.start for m, _ in rounds)  # "the fourth Strategic Dialogue": no anaphora
        told = self._told_before(ev, persons, lo, trig) if etype == MEETING and not numbered else None
        if told is not None:  # "The meeting brings the third ... Dialogue to its culmination": the one told
            self._merge(told, ev)
            return self._make_round_session(told, rounds[0][1], rounds[0][0], lo, hi) if rounds else told
        if etype == MEETING and rounds:
            numbered_told = self._numbered_told(rounds[0], lo)  # "This was the fifth meeting of the HCC"
            if numbered_told is not None:
                return self._make_round_session(numbered_told, rounds[0][1], rounds[0][0], lo, hi)
            return self._make_round_session(ev, rounds[0][1], rounds[0][0], lo, hi, new=True)
        if etype == MEETING and self.rounds and (w.session.search(self.text, lo, hi) or _THE_DIALOGUE.match(
                self.text, trig.end)):  # "... co-chaired the Dialogue": the session of the round told
            ev.type, ev.round = "round_session", list(self.rounds)[-1]  # "the closing session": of the round told
        if etype == MEETING and not persons and w.dialogue_noun.search(self.text, min(left, seg_lo), seg_hi):
            ev.type = "round_session"  # a session of the dialogue told without its number
        if etype == "statement" and rounds:
            ev.round = rounds[0][1]
        if ev.type == MEETING and self._many_states(lo, hi):
            ev.type = "multilateral_meeting"  # "the GCC foreign ministers met with Secretary Blinken"
        session = self._session_told_without_persons(ev, lo, hi)
        if session is not None:
            self._merge(session, ev)
            return session
        aside = ev.type == MEETING and w.aside.search(self.text, lo, hi) is not None
        return self._add(ev, apart_from="round_session" if aside else None)

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

    def _many_states(self, lo: int, hi: int) -> bool:
        """The sentence names a group of states ("GCC") or three countries or more, not counting those named as
        where or what ("the conflict in Yemen", "Special Envoy for Iran")."""
        if words().state_groups.search(self.text, lo, hi):
            return True
        return len({p.attrs.get("country") for p in self.places if lo <= p.start < hi and p.attrs.get("country")
                    and not _PLACE_OR_MATTER.search(self.text, max(lo, p.start - 20), p.start)}) >= 3

    def _told_before(self, ev: LocalEvent, persons: list[str], lo: int, trig: _Trigger) -> LocalEvent | None:
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
        elif not re.search(r"\b(?:the|this|that|their)\s+$", self.text[lo:trig.start], re.IGNORECASE):
            return None
        return last if self._same(last, replace(ev, participants=[]), anaphora=True) else None

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

    def _held_within(self, made: list[LocalEvent], lo: int) -> None:
        """"signed the memorandum on Tuesday during a meeting of the working group": an event told as the
        frame of another of its sentence, with no day of its own, is of that other's day."""
        for ev in made:
            trigger = next((m.start for m in ev.evidence if m.kind == "trigger"), None)
            dated = next((e for e in made if e.date is not None), None)
            if ev.date is None and dated is not None and trigger is not None and \
                    words().within.search(self.text, max(lo, trigger - 60), trigger):
                ev.date, ev.status = dated.date, dated.status

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
        """"Blinken assured Hussein, while he was visiting Washington, that ...": words one official
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

    # ------------------------------------------------------------ arguments
    def _persons(self, lo: int, hi: int) -> list[str]:
        return list(dict.fromkeys(e.local_id for m, e in self.persons if lo <= m.start < hi))

    def _generic_instrument(self, lo: int, hi: int) -> bool:
        w = words()
        named = [m.span() for m in w.named_instrument.finditer(self.text, lo, hi)]
        return any(not any(s <= m.start() < e for s, e in named) for m in w.instruments.finditer(self.text, lo, hi))

    def _dialogue_named(self, lo: int, hi: int) -> bool:
        return bool(re.search(r"\b(?:dialogue|committee)\b", self.text[lo:hi], re.IGNORECASE)
                    or words().dialogue_noun.search(self.text, lo, hi))  # "the U.S.-GCC Strategic Partnership"

    def _date(self, trig: _Trigger, seg_lo: int, seg_hi: int, lo: int, hi: int):
        """The event's date and the date mention it was read from (None for the report's own day)."""
        after = [d for d in self.dates if trig.start <= d.start < seg_hi]
        before = [d for d in self.dates if seg_lo <= d.start < trig.start]
        if after:  # "next week, next Monday": the narrower reading of the same time
            first = after[0].attrs["value"]
            told = next((d for d in after[1:] if d.attrs["value"] != first and contains(first, d.attrs["value"])),
                        after[0])
            return told.attrs["value"], told
        if before:
            return before[-1].attrs["value"], before[-1]
        if self.anchor and (trig.kind == "statement" or re.search(r"\btoday\b", self.text[lo:hi], re.IGNORECASE)):
            return self.anchor.isoformat(), None  # a statement or readout reported is of its report's day
        return None, None

    def _on_a_day(self, trig: _Trigger, seg_lo: int, seg_hi: int, lo: int, hi: int) -> bool:
        """The trigger is told with one day ("will begin on Tuesday, January 30"): a dialogue begun on a day is
        a session of it, one launched in a year only its founding."""
        value, _ = self._date(trig, seg_lo, seg_hi, lo, hi)
        return isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None

    def _before_anchor(self, value) -> bool:
        """The whole of the date lies before the report's day."""
        return self.anchor is not None and value is not None and bounds(value)[1] < self.anchor

    def _after_anchor(self, value) -> bool:
        """The whole of the date lies after the report's day ("next year", "on Sunday" told on a Friday)."""
        if self.anchor is None or value is None:
            return False
        return bounds(value)[0] > self.anchor

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

    # ------------------------------------------------------------ one event, told again
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

    def _date_from_lead(self) -> None:
        """A lead tells the day once ("X said on Tuesday ...", "X and Y discussed on Tuesday ...") and the
        meeting of its persons, told there or in the next sentences, without it: that meeting is of that day."""
        sentences = [s for s in self.doc.sentences if any(a <= s.start < b for a, b in self.spans)]
        used = {(m.start, m.end) for ev in self.events for m in ev.evidence if m.kind == "date"}
        for k, lead in enumerate(sentences[:3]):
            days = [d for d in self.dates if lead.start <= d.start < lead.end]
            if not days:
                continue
            day = days[0]
            value = day.attrs["value"]
            if (day.start, day.end) in used or not isinstance(value, str) or len(value) != 10 \
                    or self._after_anchor(value):
                return
            named = set(self._persons(lead.start, lead.end))
            until = sentences[min(k + 2, len(sentences) - 1)].end
            for ev in self.events:
                told = ev.evidence[0].start if ev.evidence else -1
                if ev.date is None and ev.status == "happened" and ev.type in (MEETING, "round_session") \
                        and lead.start <= told < until and named & set(ev.participants):
                    ev.date = value
                    ev.evidence.append(Mention("date", day.start, day.end, day.text, "date", "en:date:lead"))
            return

    def _date_from_round(self) -> None:
        """A signing told without a day, in a report of one round session, is of that day; the
        round takes its dates and venue from its sessions."""
        sessions = [e for e in self.events if e.type == "round_session" and e.date is not None
                    and e.status == "happened"]
        for ev in self.events:
            sentence = self.doc.sentence_of(ev.evidence[0].start)
            during = words().during_round.search(self.text, sentence.start, sentence.end)  # "on the sidelines"
            if ev.date is None and (ev.type == "signing" or during) and len(sessions) == 1:
                ev.date, ev.round = sessions[0].date, sessions[0].round
        for a in self.agreements:
            named = any(m.rule == "en:instrument:named" for m in a.evidence)  # a treaty of old, not of this round
            if a.date is None and not named and len(sessions) == 1:
                a.date = sessions[0].date
        held = {n for n, r in self.rounds.items() if r.status == "happened"}
        if len(held) == 1:  # the statement and the working groups of a report on one round held are that round's
            for ev in self.events:
                if ev.round is None and (ev.type == "statement" or ev.type == "working_group_session"
                                         and ev.status == "happened"):
                    ev.round = next(iter(held))
        for number, r in self.rounds.items():
            held = [e for e in self.events if e.type == "round_session" and e.round == number]
            dated = [e.date for e in held if e.date]
            if dated:
                value = dated[0]
                r.start, r.end = (value["start"], value["end"]) if isinstance(value, dict) else (value, value)
            if held:
                r.venue = held[0].venue

def _without_bare_repeats(agreements: list[LocalAgreement]) -> list[LocalAgreement]:
    """"... Sign Energy MoU" over "signed a memorandum of understanding on energy": an instrument named
    by its bare noun, where the page names one of its type by its subject, is that one told again."""
    instrument_words = words().instrument_types
    return [a for a in agreements if not (a.subject.lower() in instrument_words and any(
            b is not a and b.type == a.type and b.subject.lower() not in instrument_words for b in agreements))]


@lru_cache(maxsize=1)
def _forum_names() -> tuple[dict[str, str], re.Pattern]:
    """The written names of the bodies that are one party of a dialogue ("GCC", "European Union") → their
    code, and a pattern finding them, a hyphen between two parties ("EU-GCC") splitting them."""
    forums = forum_codes()
    forms = {form: forums[b.en] for form, b in english_lexicon().bodies.items() if b.en in forums}
    return forms, word_pattern(forms, hyphen_joins=False)


def document_pair(text: str, places: list[Mention], entities: list[LocalEntity] = ()) -> str | None:
    """The dialogue a page is about: the pair its dialogue is named by ("the U.S.-Kuwait Strategic
    Dialogue", "Kuwait-US strategic dialogue"), else the two parties it names most."""
    named: dict[str, int] = {}
    forms, forum_names = _forum_names()  # a body that is one party ("the EU-GCC Joint Council"), as a country is
    parties = [(p.start, p.end, p.attrs["country"]) for p in places if p.attrs.get("country")] + [
        (m.start(), m.end(), forms[m.group()]) for m in forum_names.finditer(text)]
    ordered = sorted(parties)
    for (_, a_end, a), (b_start, b_end, b) in zip(ordered, ordered[1:]):
        if a != b and _PAIR_JOINER.fullmatch(text, a_end, b_start) and words().named_dialogue.match(text, b_end):
            code = "-".join(sorted((a, b)))
            named[code] = named.get(code, 0) + 1
    if named:
        return max(sorted(named), key=lambda c: named[c])
    return dominant_pair(places, entities)


def read_english_dialogue(doc: Doc, spans: list[Span], dates: list[Mention], entities: list[LocalEntity],
                          places: list[Mention], anchor: date | None):
    """(events, rounds, agreements) of the English stretches of a document."""
    return _Reader(doc, spans, dates, entities, places, anchor).read()
