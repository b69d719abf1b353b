"""Dates of English events: the date nearest the trigger in its stretch, the report's day for what is
reported today, the frame's day, the lead's day, the one round session's day, and whether a date
lies before or after the report's day."""
from __future__ import annotations

import re

from ..dates.values import bounds, contains
from ..types import LocalEvent, Mention
from .state import MEETING, ReaderState, Trigger
from .words import words


class DateReading(ReaderState):
    def _date(self, trig: Trigger, seg_lo: int, seg_hi: int, lo: int, hi: int):
        """The event's date and the date mention it was read from (None for the report's own day)."""
        after = [d for d in self.dates if trig.start <= d.start < seg_hi and not self._counted_from(d, trig, lo)]
        before = [d for d in self.dates if seg_lo <= d.start < trig.start and not self._counted_from(d, trig, lo)]
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

    def _counted_from(self, told: Mention, trig: Trigger, lo: int) -> bool:
        """"the first dialogue since the partnership was set up in 2015": a date in the stretch a "since" opens (no
        comma between, nor the event's own trigger) is the point time is counted from, not the event's day."""
        since = words().counted_from.search(self.text, lo, told.end)  # "since 2019" is one date mention
        return since is not None and not since.end() <= trig.start < told.start

    def _on_a_day(self, trig: Trigger, seg_lo: int, seg_hi: int, lo: int, hi: int) -> bool:
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

    def _held_within(self, made: list[LocalEvent], lo: int) -> None:
        """"signed the memorandum on Tuesday during a meeting of the working group": an event told as the
        frame of another of its sentence, with no day of its own, is of that other's day."""
        for ev in made:
            trigger = next((m.start for m in ev.evidence if m.kind == "trigger"), None)
            dated = next((e for e in made if e.date is not None), None)
            if ev.date is None and dated is not None and trigger is not None and \
                    words().within.search(self.text, max(lo, trigger - 60), trigger):
                ev.date, ev.status = dated.date, dated.status

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
