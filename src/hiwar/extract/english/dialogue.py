"""Events, rounds and agreements of English text, sentence by sentence.

A trigger phrase (data/en/events.yaml) opens an event; its stretch of the sentence, up to the
next trigger, gives its date, persons, venue and topics. A round is an ordinal before a
dialogue's name ("the sixth round of their strategic dialogue", "the third U.S.-Bahrain
Strategic Dialogue", "the inaugural session"): a meeting in its sentence, or one a following
sentence calls "the meeting", is that round's session. Reports of one event in one document
(the talks told three ways) are one event. The reader's stages live apart: state.py (what it holds),
arguments.py (venue and the like), dating.py, retelling.py (one event told again), sides.py (who took
part, told apart from the trigger), pair.py (the dialogue a page is about).
"""
from __future__ import annotations

import re
from datetime import date

from ...text.doc import Doc
from ..types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention
from .arguments import ArgumentReading
from .dating import DateReading
from .instruments import read_instruments
from .retelling import RetellingReading
from .sides import SideReading
from .state import MEETING, Span, Trigger
from .words import round_number, topics_between, words

# before a trigger, words that make the person last named its subject
_OWN_OR_WHO = re.compile(r"(?:\b(?:his|her|their)|,\s+who(?:\s+(?:is|was|are|were|has|had|will))?)\s+$")
# ", while the Austrian side was headed by", "whilst Chinese side was led by" (the article left out): a second side
# told after the first
_WHILE_SIDE = re.compile(r",?\s+(?:while|whilst|whereas|and)\s+(?=(?:the|its|their)\s|[\w\-]+\s+(?:side|delegation)\b)",
                         re.IGNORECASE)
# "the meeting held in Washington on Friday", "During these talks, held in Amman, ...": the meeting told before,
# told again with its day and place
_HELD = re.compile(r"(?:^|\s)(?:held|convened|conducted)$", re.IGNORECASE)
_THE_DIALOGUE = re.compile(r"\s+the\s+(?:strategic\s+)?dialogue\b", re.IGNORECASE)  # Gulf papers write it lower case
# "the sixth ... Strategic Dialogue, which will be held in December": a relative clause holding the round
_HELD_AS_RELATIVE = re.compile(r"\s*,?\s*(?:which|that)\s+(?:will\s+be|is\s+to\s+be|was|were|is|are)\s+",
                               re.IGNORECASE)


# "the first Strategic Dialogue held by the pair since 2009": the first in a while, no round's number
_FIRST_SINCE = re.compile(r"[^.;]{0,50}?\b(?:ever\s+)?since\s+(?:\d{4}|[A-Z])")


class _Reader(RetellingReading, SideReading, DateReading, ArgumentReading):
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

    def _sentence(self, lo: int, hi: int) -> None:
        w = words()
        rounds = [(m, round_number(m)) for m in w.rounds.finditer(self.text, lo, hi)
                  if not (round_number(m) == 1 and _FIRST_SINCE.match(self.text, m.end(), hi))]
        triggers = self._triggers(lo, hi)
        self._attributed(lo, hi)
        self._sides_of_persons(lo, hi)
        if triggers:  # "The following is attributable to Spokesperson X: Secretary Y met ...": X reports, Y meets
            colons = [m.end() for m in re.finditer(r":\s", self.text[:triggers[0].start]) if m.start() >= lo]
            lo = colons[-1] if colons else lo  # not a clock's "10:30"
        bounds = [lo] + [self._subject_start(t.start, lo) for t in triggers[1:]] + [hi]
        made: list[LocalEvent] = []
        for k, trig in enumerate(triggers):
            if trig.kind == "leading" and made:
                made[-1].participants = list(dict.fromkeys(made[-1].participants + self._persons(trig.end, bounds[k + 1])))
            elif trig.kind == "leading" and all(t.kind != "leading" for t in triggers[:k]):
                # up to the next verb: "..., John Bass, the ministry said"; "During the session, the ... side was led by";
                # after a side told first: "X led the Pakistani delegation, whilst the Nepali side was led by"
                joins = list(_WHILE_SIDE.finditer(self.text, lo, trig.start))
                self._led_as_told(joins[-1].end() if joins else lo, trig,
                                  triggers[k + 1].start if k + 1 < len(triggers) else hi)
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
                ev = self._event(Trigger("meeting", m.start(), m.end(), m.group()), m.start() if made else lo, hi,
                                 lo, hi, [(m, number)], lo)
                if ev is not None:
                    made.append(ev)
        during = w.during_dialogue.search(self.text, lo, hi)
        if during is not None and not any(ev.type in (MEETING, "round_session") for ev in made):
            # "Both sides reviewed their ties at the Strategic Dialogue in Rabat today": a session held that day
            ev = self._event(Trigger("meeting", during.start(), during.end(), during.group()), lo, hi, lo, hi, [], lo)
            if ev is not None:
                made.append(ev)
        self._held_within(made, lo)
        self._heads_of_sides(lo, hi)
        self.agreements.extend(read_instruments(self.text, lo, hi, made, self.agreements, self.persons, self.places,
                                                self.pair))

    def _subject_start(self, pos: int, lo: int) -> int:
        """Where the stretch of a trigger begins: before the persons just ahead of it, its subject
        ("Foreign Minister X and Secretary of State Y declared")."""
        start = pos
        for m, _ in sorted(self.persons, key=lambda pe: -pe[0].start):
            if lo <= m.start and m.end <= start and re.fullmatch(
                    r"[\s,]*(?:and\s+)?(?:(?:[A-Z][\w.\-’']*|of|for|the)\s+)*", self.text[m.end:start]):
                start = m.start
        return start

    def _triggers(self, lo: int, hi: int) -> list[Trigger]:
        found: list[Trigger] = []
        for pattern, kind in [(words().leading, "leading"), *words().triggers, (words().speech, "speech")]:
            for m in pattern.finditer(self.text, lo, hi):
                if not any(m.start() < t.end and t.start < m.end() for t in found):
                    found.append(Trigger(kind, m.start(), m.end(), m.group()))
        found.sort(key=lambda t: t.start)
        for k in range(len(found) - 1, 0, -1):  # "received a phone call", "held today a call": one event, two words
            a, b = found[k - 1], found[k]
            gap = self.text[a.end:b.start]
            when = words().time_phrase.match(gap)
            if a.kind == b.kind == "meeting" and re.fullmatch(r"\s*(?:a|an|the|their|his|her|these)?\s*",
                                                             gap[when.end():] if when else gap):
                found[k - 1:k + 1] = [Trigger("meeting", a.start, b.end, self.text[a.start:b.end])]
        # "X told a joint press conference": the saying is the event's own verb, not a new stretch
        return [t for k, t in enumerate(found) if not (t.kind == "speech" and k + 1 < len(found)
                                                      and found[k + 1].start - t.end <= 12)]

    def _event(self, trig: Trigger, seg_lo: int, seg_hi: int, lo: int, hi: int, rounds, left: int
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
        if not persons and kind == "meeting" and w.the_officials.match(self.text, lo, trig.start):
            told = next((e for e in reversed(self.events) if e.type in (MEETING, "round_session")), None)
            persons = list(told.participants) if told else []  # "The ministers co-chaired ...": those told at it
        if kind == "meeting" and w.receiving.fullmatch(trig.text) and w.welcomed_thing.match(self.text, trig.end):
            return None  # "welcomed the outcomes of the dialogue": a thing welcomed, no guest
        own = w.domestic.search(self.text, max(lo, trig.start - 30), min(hi, trig.end + 30)) if kind == "meeting" else None
        if own and (own.end() == trig.end or trig.end <= own.start() <= trig.end + 15):
            return None  # "chaired the weekly Cabinet meeting": a government's own sitting, no talks between states
        if kind == "signing" and not (persons or self._generic_instrument(lo, hi)):
            return None  # "when the Treaty of ... was signed": a named old instrument, no signing told
        if kind == "statement" and trig.text.lower() in w.announcing and not rounds:
            return None
        told_again = w.told_before.search(self.text, lo, trig.start) and any(
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
        if etype == MEETING and w.dialogue_after.match(self.text, trig.end):
            ev.type = "round_session"  # "X and Y led the U.S.-Egypt Strategic Dialogue": the dialogue was what was held
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


def _without_bare_repeats(agreements: list[LocalAgreement]) -> list[LocalAgreement]:
    """"... Sign Energy MoU" over "signed a memorandum of understanding on energy": an instrument named
    by its bare noun, where the page names one of its type by its subject, is that one told again."""
    instrument_words = words().instrument_types
    return [a for a in agreements if not (a.subject.lower() in instrument_words and any(
            b is not a and b.type == a.type and b.subject.lower() not in instrument_words for b in agreements))]


def read_english_dialogue(doc: Doc, spans: list[Span], dates: list[Mention], entities: list[LocalEntity],
                          places: list[Mention], anchor: date | None):
    """(events, rounds, agreements) of the English stretches of a document."""
    return _Reader(doc, spans, dates, entities, places, anchor).read()
