"""The main read: each sentence's new events (opened by its triggers, see triggers.py), each then given
its round, status, date and arguments by the other stages; a headline adds only what its body does not
tell; the document's rounds, default dates and frames come last."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...text.doc import Doc
from ...text.normalize import fold
from ..agreements import AgreementReading
from ..cues import Clause, cues_in, span_evidence
from ..dates.values import bounds
from ..types import LocalEntity, LocalEvent, Mention
from .arguments import ArgumentReading, country_name
from .dating import DateReading
from .drafts import MEETING_TYPES, DaySpan, DialogueReading, Draft, days_meet, token_gap
from .rounds import RoundReading
from .triggers import TriggerReading


def read_dialogue(doc: Doc, end: int, dates: list[Mention], entities: list[LocalEntity],
                  places: list[Mention], anchors: list | date | None = None, title: str | None = None) -> DialogueReading:
    """Events, rounds and agreements of one document (text before original offset `end`); `title`, the
    document's title where its metadata gives one, may name the dialogue its text never names.

    `anchors` holds, per part of `document_parts`, the span of days the part may be dated
    (an object with `lo` and `hi` dates) or None. Dates arrive already resolved: a relative
    date keeps only the precision all days of that span agree on.
    """
    if isinstance(anchors, date):
        anchors = [DaySpan(anchors, anchors)]
    return _Reader(doc, end, dates, entities, places, anchors or [], title).read()


class _Reader(TriggerReading, RoundReading, DateReading, ArgumentReading, AgreementReading):
    """Reads a document sentence by sentence, then settles its rounds, dates and frames."""

    def read(self) -> DialogueReading:
        """The body's sentences, then its headline; then plans, agreements, the document's rounds, the
        dates left to give and the meeting framing each event."""
        headlines = self._headlines()
        for ci, clause in enumerate(self.clauses):
            if ci not in headlines:
                self._read_clause(ci, clause)
        for ci in headlines:
            self._read_headline(ci)
        self._lead_told_again_as_a_call()
        self._visits_told_again()
        self._future_plans()
        for ci, clause in enumerate(self.clauses):
            self._read_agreements(ci, clause)
        self._after_the_report_is_planned()
        self._on_a_planned_visit()
        self._meeting_of_the_named_round()
        self._attach_rounds()
        self._chairs_meeting_is_the_session()
        self._default_dates()
        self._link_frames()
        self._held_where_the_frame_was()
        self._held_where_the_visit_went()
        self._held_in_the_dateline_city()
        events = [d.event for d in self.drafts]
        return DialogueReading(events, self.rounds, self.agreements, [], self.pair)

    def _after_the_report_is_planned(self) -> None:
        """"وتأتي الزيارة قبيل انعقاد الجولة الثالثة غدا": an event dated wholly after the report's last possible
        day has not happened yet, whatever its verb."""
        for d in self.drafts:
            ev = d.event
            anchor = self.anchor_of(self.clauses[d.clause].part)
            if ev.status == "happened" and ev.date is not None and anchor is not None and anchor.hi is not None \
                    and bounds(ev.date)[0] > anchor.hi:
                ev.status = "planned"
                ev.evidence.append(span_evidence(self.doc, d.first, d.end, "status", "status:dated_after_the_report"))

    def _on_a_planned_visit(self) -> None:
        """"سيزور الوزير الرياض غدا ... يلتقي خلالها ولي العهد", "وتشهد الزيارة عقد جلسة مباحثات": what a
        sentence tells as done during a visit (or what the visit is said to include) is as planned as the visit."""
        visit: Draft | None = None  # the last planned visit told so far
        for d in self.drafts:
            ev = d.event
            if ev.type == "visit":
                visit = d if ev.status == "planned" else visit
                continue
            if visit is None or ev.status != "happened" or visit.clause > d.clause \
                    or self.clauses[visit.clause].part != self.clauses[d.clause].part \
                    or any(v.event.type == "visit" and v.event.status == "happened" and v.clause == d.clause
                           and v.first < d.first for v in self.drafts):  # "زار ... والتقى خلالها": that visit's
                continue
            lo = self.clauses[d.clause].sent.first_token
            # the cue before the event or right after its verb ("يلتقي خلالها")
            agenda = cues_in(self.lex, "visit_agenda_cues", self.doc, max(lo, visit.end), d.end + 1)
            if agenda and (ev.date is None or ev.date == visit.event.date):
                ev.status = "planned"
                ev.evidence.append(span_evidence(self.doc, agenda[0].first_token, agenda[0].end_token, "status",
                                                 "status:on_a_planned_visit"))
                if ev.date is None and visit.event.date is not None:  # held within the visit's days
                    ev.date, d.date_rule = visit.event.date, "date:during_visit"
                    ev.evidence.append(span_evidence(self.doc, visit.first, visit.end, "date", "date:during_visit"))

    def _held_where_the_frame_was(self) -> None:
        """"وشهدت الجلسة توقيع مذكرة ...", "في مؤتمر صحفي عقب الجلسة", "على هامش الاجتماع": what is done at or
        right after a meeting is done where the meeting sat and as it sat (in person or online); a signing or
        a press conference with no meeting around it is an act in a room, in person, unless told otherwise."""
        for d in self.drafts:
            ev = d.event
            if ev.type not in self.lex.raw["framed_in_place"] or ev.status != "happened":
                continue
            frame = self.drafts[ev.framed_by].event if ev.framed_by is not None else None
            if frame is not None and frame.status == "happened":
                if frame.mode and not ev.mode:
                    ev.mode = frame.mode
                    ev.evidence.extend(replace(m, rule="mode:of_the_framing_meeting") for m in frame.evidence
                                       if m.norm == "mode")
                if frame.venue and not ev.venue and ev.mode != "virtual":
                    ev.venue = frame.venue
                    ev.evidence.extend(replace(m, rule="venue:of_the_framing_meeting") for m in frame.evidence
                                       if m.norm == "venue")
            if not ev.mode and (ev.type in self.lex.raw["in_person_acts"] or ev.type in self.lex.raw["in_person_meetings"]
                                and not self._told_online(d.clause)):
                ev.mode = "in_person"
                ev.evidence.append(span_evidence(self.doc, d.first, d.end, "mode", "mode:act_in_a_room"))

    def _held_where_the_visit_went(self) -> None:
        """"وصل الرئيس إلى الرياض مساء الاثنين" and "وقعت ... أمس الاثنين مذكرة تفاهم" told with no place: what is
        held on the one day a visit of the part is dated is held where the visit went (unless held online)."""
        for d in self.drafts:
            ev = d.event
            if ev.venue or ev.mode == "virtual" or ev.status != "happened" or ev.type == "visit" \
                    or ev.type not in self.lex.raw["held_in_place"] or not isinstance(ev.date, str) or len(ev.date) != 10:
                continue
            visits = {v.event.venue for v in self.drafts if v.event.type == "visit" and v.event.status == "happened"
                      and v.event.venue and v.event.date == ev.date
                      and self.clauses[v.clause].part == self.clauses[d.clause].part}
            if len(visits) == 1:
                ev.venue = visits.pop()
                ev.evidence.extend(replace(m, rule="venue:where_the_visit_went") for v in self.drafts
                                   if v.event.type == "visit" and v.event.venue == ev.venue for m in v.event.evidence
                                   if m.norm == "venue")

    def _held_in_the_dateline_city(self) -> None:
        """"مسقط في 15 نوفمبر /العمانية/ عقدت اليوم بديوان عام وزارة الخارجية الجولة الثانية": a report filed
        from a city tells what was held there on its day, unless it says where (or that it was online); the
        host's premises it names ("في مقر وزارة الخارجية") are in that city, whatever the day."""
        city = self._dateline_city()
        if city is None:
            return
        for d in self.drafts:
            ev = d.event
            anchor = self.anchor_of(self.clauses[d.clause].part)
            # "بمقر وزارة الخارجية": the host's premises, in the city the report is filed from
            premises = any(m.rule == "venue:host_premises" for m in ev.evidence) and ev.venue == country_name(city[2])
            that_day = anchor is not None and anchor.lo is not None and anchor.lo == anchor.hi \
                and ev.date == anchor.lo.isoformat() or self._told_today_undated(d)
            if ev.venue and not premises or ev.mode == "virtual" or ev.status != "happened" \
                    or ev.type not in self.lex.raw["held_in_place"] or self.clauses[d.clause].part != 0 \
                    or not (that_day or premises):
                continue
            ev.venue = city[1]
            ev.evidence.append(Mention("evidence", self.doc.tokens[city[0]].start, self.doc.tokens[city[0]].end, city[1],
                                       "venue", "venue:dateline_city"))

    def _told_today_undated(self, d: Draft) -> bool:
        """"عُقدت بوزارة الخارجية اليوم جلسة المباحثات" in a report whose day is not known: an event told as
        today's, no single day placing it."""
        anchor = self.anchor_of(self.clauses[d.clause].part)
        if isinstance(d.event.date, str) and len(d.event.date) == 10 or anchor is not None and anchor.lo is not None \
                and anchor.lo == anchor.hi:
            return False
        return any(cues_in(self.lex, "today_words", self.doc, self.doc.token_at(m.start),
                           self.doc.token_at(max(m.start, m.end - 1)) + 1) for m in self.clauses[d.clause].unplaced_days)

    def _dateline_city(self) -> tuple[int, str, str | None] | None:
        """The city a report is filed from: the first word of one of the page's first lines, before a dash,
        a date or the agency ("الدوحة - قنا", "مسقط في 15 نوفمبر", "الرباط - 29 مارس 2022 (ومع)")."""
        toks, text = self.doc.tokens, self.doc.text
        marks = self.lex.cue("dateline_marks")
        for clause in self.clauses[:self.lex.raw["headline_lines"]]:
            for tok, end_tok, entry, written in clause.places:
                start = toks[tok].start
                if entry.form == "city" and entry.city and (start == 0 or text[start - 1] == "\n") \
                        and end_tok < len(toks) and marks.match_at(self.doc, end_tok, clitics=False):
                    return tok, entry.city, entry.country
        return None

    def _told_online(self, ci: int) -> bool:
        """Does the part of the page sentence `ci` is in say anything was held online?"""
        part = self.clauses[ci].part
        sents = [c.sent for c in self.clauses if c.part == part]
        return bool(cues_in(self.lex, "virtual_cues", self.doc, sents[0].first_token, sents[-1].end_token))

    def _chairs_meeting_is_the_session(self) -> None:
        """"دشنت الدولتان حوارهما ..." then "قبل اجتماع ضمه إلى نظيره": a meeting named by a bare noun, of two
        persons, on a day it shares with a round session the report tells without naming who sat in it, is
        that session's sitting (its co-chairs), not a meeting beside it; a verb of meeting ("اجتمع بالرئيس")
        tells an encounter of its own."""
        sessions = [d for d in self.drafts if d.event.type == "round_session" and d.event.status == "happened"]
        for d in list(self.drafts):
            ev = d.event
            if ev.type != "bilateral_meeting" or ev.status != "happened" or len(ev.participants) < 2 or not d.generic:
                continue
            session = next((s for s in sessions if not s.event.participants
                            and self.clauses[s.clause].part == self.clauses[d.clause].part
                            and days_meet(ev.date, s.event.date)), None)
            if session is not None:
                session.event.participants += [p for p in ev.participants if p not in session.event.participants]
                session.event.evidence.extend(m for m in ev.evidence if m.norm != "type")
                self.drafts.remove(d)

    def _read_headline(self, ci: int) -> None:
        """A headline sums up its body: it adds only what the body does not tell."""
        told = {d.event.type for d in self.drafts}
        if told & MEETING_TYPES:  # "اجتماع دفاعي ..." over a body telling the session itself
            told |= MEETING_TYPES - {"round_session", "working_group_session"}
        self._read_clause(ci, self.clauses[ci])
        self.drafts = [d for d in self.drafts if d.clause != ci or d.event.type not in told]
        self._name_the_body_meeting(ci)

    def _name_the_body_meeting(self, headline: int) -> None:
        """"مجموعة العمل الخاصة بالحوار الأمني ..." over a body telling of "اجتماع": the headline names
        the kind of the body's meeting, which is one event, not two."""
        named = [d for d in self.drafts if d.clause == headline
                 and d.event.type in ("round_session", "working_group_session")]
        plain = [d for d in self.drafts if d.clause != headline and d.event.type == "bilateral_meeting"
                 and d.event.status == "happened"]
        if len(named) != 1 or not plain:
            return
        kind, body = named[0].event, plain[0].event
        body.type, body.working_group, body.round = kind.type, kind.working_group, kind.round
        body.dialogue = body.dialogue or kind.dialogue
        body.evidence.extend(m for m in kind.evidence if m.norm == "type")
        self.drafts.remove(named[0])

    def _is_headline(self, ci: int, clause: Clause) -> bool:
        """One of the page's first lines above its body (see `_headlines`)."""
        return ci in self._headlines()

    def _headlines(self) -> list[int]:
        """The page's first line when it stands alone above the body and does not end like a sentence,
        and the first lines after it that repeat it or that it repeats (a site's banner "تابع الآن خبر
        <headline> حصريا على ...", then the headline itself)."""
        if self.headline_lines is None:
            text, limit = self.doc.text, self.lex.raw["headline_lines"]
            lines: list[str] = []
            for clause in self.clauses[:-1][:limit]:
                line = text[clause.sent.start:clause.sent.end].strip()
                if "\n" not in text[clause.sent.end:clause.sent.end + 3] or line[-1:] in ".!؟?":
                    break
                lines.append(fold(line))
            self.headline_lines = [0] if lines else []
            for ci, line in enumerate(lines[1:], 1):
                if any(line in lines[h] or lines[h] in line for h in self.headline_lines):
                    self.headline_lines.append(ci)
        return self.headline_lines

    def _read_clause(self, ci: int, clause: Clause) -> None:
        """One sentence: its new events (opened by triggers and round cues), each given its round,
        status, date and arguments; a sentence with none may date or add persons to earlier ones."""
        rounds = self._round_mentions(clause)
        triggers = self._triggers(clause)
        new = self._events_of_triggers(ci, clause, triggers, rounds)
        new.extend(self._groups_discussing(ci, clause, new))
        sessions = self._round_sessions(ci, clause, rounds, triggers)
        if sessions:  # "اختتام أعمالها باللقاء الثنائي": a meeting noun beside a round's session is that session
            new = [d for d in new if not d.generic or cues_in(self.lex, "framing_cues", self.doc, d.first - 2, d.first)
                   or all(token_gap(x, d.first) > 6 for x in sessions) and not self._hosts_a_session(d, sessions)]
        # "عقد الاجتماع العاشر لمجموعة العمل المشتركة": the group whose numbered meeting is a session is its body
        new = [d for d in new if not (self._body_of_a_round(d, rounds) and any(s.event.round for s in sessions))]
        new.extend(sessions)
        if new and cues_in(self.lex, "habit_words", self.doc, *self._tok_range(clause)):
            new = [d for d in new if not self._habitual(clause, d)]
        self._rounds_of_sentence_events(clause, rounds, new)
        for d in new:
            self._status(d, clause)
        self._assign_dates(ci, clause, new)
        for d in new:
            self._mode_and_venue(d, clause, new)
            self._arguments(d, clause)
        new = self._one_meeting(self._one_visit(new))
        self._participation(clause, new)
        if not new:
            self._date_told_after(ci, clause)
        self.drafts.extend(new)

    def _habitual(self, clause: Clause, d: Draft) -> bool:
        """"تجتمع اللجنة مرة كل عام", "وتعقد مجموعات العمل اجتماعاتها بشكل دوري": an event told by a verb of
        meeting in the present with a word of habit after it tells how the dialogue works, not a meeting held
        or planned (a day named in the sentence, "تعقد اليوم", makes it one)."""
        lex, raw = self.lex, self.lex.raw
        lo, hi = self._tok_range(clause)
        verbs = cues_in(lex, "present_meeting_verbs", self.doc, max(lo, d.first - raw["habit_verb_reach"]), d.first + 1)
        if not verbs or any(isinstance(m.attrs.get("value"), str) and len(m.attrs["value"]) == 10 for m in clause.dates):
            return False
        return bool(cues_in(lex, "habit_words", self.doc, verbs[-1].end_token,
                            min(hi, verbs[-1].end_token + raw["habit_word_reach"])))

    def _signing_event(self, ci: int, first: int, end: int, date_value, parties: list[str], signers: list[str]) -> None:
        """A signing the agreements reader finds told as news (dated, or on a day no anchor places): an event."""
        if date_value is None:
            # "وتم توقيع مذكرة ...، كما جرى توقيع برنامج ..." in a report that places no day: signings told one
            # after another in a part, none dated, are one ceremony, its signers those of each
            same = [d for d in self.drafts if d.event.type == "signing" and d.event.date is None
                    and self.clauses[d.clause].part == self.clauses[ci].part]
            if same:
                same[-1].event.participants = list(dict.fromkeys(same[-1].event.participants + signers))
                return
        ev = LocalEvent("signing", date=date_value, participants=list(dict.fromkeys(signers)))
        ev.organizations = [p for p in parties if not (len(p) == 2 and p.isupper())]
        ev.countries = [p for p in parties if len(p) == 2 and p.isupper()] or (self.pair.split("-") if self.pair else [])
        ev.evidence.append(span_evidence(self.doc, first, end, "type", "signing:dated_agreement"))
        draft = Draft(ev, first, end, ci, date_rule="date:agreement")
        ev.venue = self._city_of_sentence(draft, self.clauses[ci])
        self.drafts.append(draft)

