"""Dates of events: the nearest date of the sentence (or of the sentence before), a sentence that
tells when "that" happens, the page that is itself the statement, the day of the meeting that
frames an event, the day a report tells in order, the anchor's month, and a date after the
report's own day making an event a plan."""
from __future__ import annotations

from datetime import date, timedelta

from ...text.matcher import Match
from ..cues import Clause, cues_in, span_evidence
from ..dates.values import bounds, contains
from ..types import Mention
from .drafts import MEETING_TYPES, Draft
from .state import ReadingState

REPORTED_TYPES = {"statement", "press_conference", "briefing"}
# a signing told with no day ("وتم توقيع ...") is of the narrative's day too
NARRATIVE_TYPES = MEETING_TYPES | {"visit", "signing"} | REPORTED_TYPES


def _joined_on(toks, k: int) -> bool:
    """A comma that goes on with "و" ("منذ الأزمة، واندلاع الحرب"): the list goes on."""
    return k + 1 < len(toks) and toks[k + 1].norm.startswith("و")


class DateReading(ReadingState):
    """Each event's date, from its sentence, its frame, its report's day or its anchor."""

    def _assign_dates(self, ci: int, clause: Clause, drafts: list[Draft]) -> None:
        """Each event takes the date of its sentence nearest its trigger (not a year naming a thing,
        "لعام 2008", nor the date an instrument was made); an undated one may take the previous
        sentence's last date."""
        doc = self.doc
        if not drafts:
            return
        naming = self.lex.cue("naming_year_words")
        reach = self.lex.raw["instrument_date_reach"]
        pool = [m for m in clause.dates if not _of_an_anniversary(m, clause) and not naming.match_at(doc, doc.token_at(m.start))
                and not any(cues_in(self.lex, cues, doc, doc.token_at(m.start) - reach, doc.token_at(m.start))
                            for cues in ("instrument_date_cues", "founding_date_cues"))
                and not self._since_date(clause, m, drafts)]
        back = cues_in(self.lex, "back_reference", doc, clause.sent.first_token, clause.sent.first_token + 2)
        for d in drafts:
            best, best_cost = None, None
            for m in pool:
                mt = doc.token_at(m.start)
                cost = self._date_cost(d, mt, drafts)
                if cost is not None and (best_cost is None or cost < best_cost):
                    best, best_cost = m, cost
            if best is not None:
                self._set_date(d, best, "date:nearest_in_sentence")
        self._dates_of_visits(drafts)
        self._dates_of_while_clauses(drafts)
        self._dates_of_one_moment(clause, drafts)
        # a plan is dated by its own sentence; only an explicit "جاء ذلك" carries a date over to it
        undated = [d for d in drafts if d.event.date is None and (back or d.event.status != "planned")]
        if clause.unplaced_days and not back:
            undated = []  # "انطلقت اليوم أعمال الدورة" in an undated report: its own day, unknown, not the last one told
        if undated and ci > 0:
            prev = self.clauses[ci - 1]
            prev_has_events = any(x.clause == ci - 1 for x in self.drafts)
            carried = prev.dates[-1] if prev.dates else None
            if carried is not None and prev.part == clause.part and (back or not prev_has_events) \
                    and (back or self._near_anchor(carried.attrs["value"], clause.part)):
                for d in undated:
                    self._set_date(d, carried, "date:previous_sentence")

    def _since_date(self, clause: Clause, m: Mention, drafts: list[Draft]) -> bool:
        """"منذ تولي الأخير رئاسة الحكومة في أيار الماضي": a date in the stretch opened by "since" (no comma
        between) is the point time is counted from; "منذ انطلاق الحوار في 2016" dates the event it names."""
        tok, toks = self.doc.token_at(m.start), self.doc.tokens
        lo = max(clause.sent.first_token, tok - self.lex.raw["since_date_reach"])
        since = cues_in(self.lex, "since_date_words", self.doc, lo, tok)
        listed = False
        if not since:  # "الأولى منذ تعليق عضويتها في الجامعة، واندلاع الأزمة في 2011": "the first since" lists
            since, listed = self._first_since(clause, tok), True
        if not since:
            return False
        start = since[-1].end_token
        return not any(toks[k].norm in ("،", ",", "؛") and not (listed and _joined_on(toks, k))
                       for k in range(start, tok)) \
            and not any(start <= d.first < tok for d in drafts)

    def _first_since(self, clause: Clause, tok: int) -> list[Match]:
        """"since" right after "the first" ("هي الأولى منذ", "لأول مرة منذ"), farther back in the sentence: the
        occasions it counts from may be several, each with its date."""
        lo = max(clause.sent.first_token, tok - self.lex.raw["first_since_reach"])
        since = cues_in(self.lex, "since_date_words", self.doc, lo, tok)
        if not since:
            return []
        first = since[-1].first_token
        reach = self.lex.raw["first_before_since"]
        return since[-1:] if cues_in(self.lex, "first_time_words", self.doc, first - reach, first) else []

    def _dates_of_while_clauses(self, drafts: list[Draft]) -> None:
        """"وسبقت الجلسة أمس السبت اجتماعات فرق العمل، فيما عقد فريق العمل الدفاعي اجتماعه": an undated event
        of a clause opened by "فيما" (while) happened when the dated event before it in the sentence did."""
        reach = self.lex.raw["while_reach"]
        for k, d in enumerate(drafts):
            if d.event.date is not None or not cues_in(self.lex, "while_words", self.doc, d.first - reach, d.first):
                continue
            before = next((b for b in reversed(drafts[:k]) if b.event.date is not None and b.end <= d.first), None)
            if before is not None:
                d.event.date, d.date_rule = before.event.date, "date:while_clause"
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", "date:while_clause"))

    def _dates_of_one_moment(self, clause: Clause, drafts: list[Draft]) -> None:
        """"اختتمت اليوم أعمال الجولة بصدور بيان مشترك": a statement, signing or press conference told with no
        date of its own after a meeting that took the date, in the same stretch of the sentence, happened then
        too (the date went to the trigger nearest it)."""
        for d in drafts:
            if d.event.date is not None or d.event.status != "happened" or self._told_as_earlier(d) \
                    or d.event.type not in self.lex.raw["acts_of_a_meeting"]:
                continue
            dated = [o for o in drafts if o is not d and o.event.date is not None and o.event.status == "happened"
                     and o.date_rule == "date:nearest_in_sentence" and o.event.type in MEETING_TYPES and o.end <= d.first
                     and self._subclause(clause, o.first) == self._subclause(clause, d.first)]
            if dated:
                nearest = min(dated, key=lambda o: abs(o.first - d.first))
                d.event.date, d.date_rule = nearest.event.date, "date:one_moment"
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", "date:one_moment"))

    def _dates_of_visits(self, drafts: list[Draft]) -> None:
        """"يزور ... واشنطن الأسبوع المقبل حيث يلتقي الرئيس": an event told after "حيث" happens during the visit
        told before it; an undated visit takes its time, one dated lends it."""
        for k, d in enumerate(drafts):
            if d.event.type == "visit" or d.first < 1 or \
                    not cues_in(self.lex, "during_visit_words", self.doc, d.first - 1, d.first):
                continue
            visit = next((v for v in reversed(drafts[:k]) if v.event.type == "visit"), None)
            if visit is None:
                continue
            if visit.event.date is None and d.event.date is not None:
                visit.event.date, visit.date_rule = d.event.date, "date:during_visit"
                visit.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", "date:during_visit"))
            elif d.event.date is None and visit.event.date is not None:
                d.event.date, d.date_rule = visit.event.date, "date:during_visit"
                d.event.evidence.append(span_evidence(self.doc, visit.first, visit.end, "date", "date:during_visit"))

    def _date_cost(self, d: Draft, mt: int, drafts: list[Draft]) -> float | None:
        """Token distance from an event's trigger to a date, or None if another trigger is nearer
        or the date is in another clause of the sentence (a reported "أن ..." clause has its own time)."""
        clause = self.clauses[d.clause]
        if self._subclause(clause, mt) != self._subclause(clause, d.first):
            return None
        cost = _distance(d, mt)
        if mt >= d.end and self._in_own_relative_clause(d, mt) or \
                d.event.type == "round_session" and self._in_round_holding_clause(clause, mt):
            cost = 0  # "الاجتماع الذي جمع ... في 30 سبتمبر": the clause tells of this event
        if mt < d.first and self._told_as_earlier(d):
            return None  # "أصدراه أمس ... عقب زيارة": the date is of what came after the visit
        if self._led_away(d, mt):
            return None  # "انعقاد الحوار يلي إعلانا ... في نوفمبر": the date is of the thing it follows
        if self._object_of_sequence(d, mt, drafts):
            return None
        if any(other is not d and _distance(other, mt) < cost and not self._object_of_sequence(other, mt, drafts)
               and self._subclause(clause, other.first) == self._subclause(clause, mt) for other in drafts):
            return None  # a date belongs to the trigger it is nearest to, in its own clause
        return cost

    def _object_of_sequence(self, d: Draft, tok: int, drafts: list[Draft]) -> bool:
        """"وسبقت الجلسة العامة أمس السبت اجتماعات فرق العمل": an event that a verb of sequence takes as object,
        with the verb's subject (another event) told after the date, leaves the date to that subject; "أعقبت
        زيارة الوزير للكويت في يونيو" (no event after) keeps it."""
        return d.first > 0 and tok >= d.end and bool(cues_in(self.lex, "sequence_verbs", self.doc, d.first - 1, d.first)) \
            and any(other.first > tok for other in drafts if other is not d)

    def _in_own_relative_clause(self, d: Draft, tok: int) -> bool:
        """Token `tok` lies in a relative clause opened right after the event's trigger, before the
        clause's first comma."""
        toks = self.doc.tokens
        if d.end >= len(toks) or not self.lex.cue("relative_pronouns").match_at(self.doc, d.end, clitics=False):
            return False
        return not any(toks[k].norm in ("،", ",", ";") for k in range(d.end, tok))

    def _told_as_earlier(self, d: Draft) -> bool:
        """"عقب الزيارة", "في أعقاب زيارة": the event is told as what came before the sentence's news."""
        return bool(cues_in(self.lex, "after_cues", self.doc, d.first - 2, d.first))

    def _set_date(self, d: Draft, m: Mention, rule: str) -> None:
        """The date of mention `m`, kept with the rule that gave it."""
        d.event.date = m.attrs["value"]
        d.date_rule = rule
        d.event.evidence.append(Mention("evidence", m.start, m.end, m.text, "date", rule))

    def _date_told_after(self, ci: int, clause: Clause) -> None:
        """"... لترتيب قمة بين الزعيمين. ومن المقرر أن يتم ذلك يوم الأحد 7 أيار": a sentence that tells
        when "that" happens dates the undated events of the sentence before it."""
        lo, hi = self._tok_range(clause)
        if not clause.dates or not cues_in(self.lex, "forward_references", self.doc, lo, hi):
            return
        for d in self.drafts:
            if d.clause == ci - 1 and d.event.date is None and d.event.type not in REPORTED_TYPES:
                self._set_date(d, clause.dates[0], "date:next_sentence_reference")  # not the statement telling it

    def _date_of_the_page(self, d: Draft, clause: Clause, m) -> None:
        """"صدر عن الحكومتين البيان الآتي": the page is the statement, so it is of the page's day."""
        anchor = self.anchor_of(clause.part)
        if anchor is None or anchor.lo is None or anchor.lo != anchor.hi or d.event.date is not None \
                or not cues_in(self.lex, "statement_is_the_text", self.doc, m.first_token + 1, m.end_token + 1):
            return
        d.event.date, d.date_rule = anchor.lo.isoformat(), "date:the_page_is_the_statement"
        d.event.evidence.append(span_evidence(self.doc, m.first_token, m.end_token + 1, "date",
                                              "date:the_page_is_the_statement"))

    def _future_plans(self) -> None:
        """An event dated after the report's own day ("يتوجه غدا الأربعاء إلى ...") has not happened yet."""
        for d in self.drafts:  # round and group sessions: plans come from their cues (a launch "غدا" is the round's)
            anchor = self.anchor_of(self.clauses[d.clause].part)
            if d.event.type in ("round_session", "working_group_session"):
                continue
            if d.event.status == "happened" and d.event.date is not None and anchor is not None \
                    and anchor.hi is not None and bounds(d.event.date)[0] > anchor.hi:
                d.event.status = "planned"
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "status", "status:dated_after_report"))

    def _frame_cues(self, clause: Clause, nouns: str = "framing_nouns") -> list[Match]:
        """"في ختام الحوار", "على هامش الاجتماع": frame words followed by a meeting noun (or another of `nouns`)."""
        lo, hi = self._tok_range(clause)
        return [c for c in cues_in(self.lex, "framing_cues", self.doc, lo, hi)
                if cues_in(self.lex, nouns, self.doc, c.end_token, min(hi, c.end_token + 2))]

    def _framed(self, clause: Clause) -> bool:
        """The sentence reports something done at a meeting."""
        return bool(self._frame_cues(clause))

    def _meeting_date(self, ci: int, part: int):
        """The day of the round session (else meeting) the part reports, for what was done at it."""
        for types in ({"round_session"}, MEETING_TYPES):
            dated = [d for d in self.drafts if d.event.type in types and d.event.status == "happened"
                     and d.event.date and d.date_rule != "date:anchor_month"
                     and self.clauses[d.clause].part == part and self._near_round(d, part)]
            before = [d for d in dated if d.clause <= ci]
            if before or dated:
                return (before or dated)[-1 if before else 0].event.date
        return None

    def _framing_meeting(self, d: Draft, dated: bool = True) -> Draft | None:
        """The meeting an event is framed by ("في ختام الحوار", "على هامش الاجتماع", "عقب اجتماع"): one
        with a date of its own, or (`dated=False`) any, for another document to date it."""
        clause = self.clauses[d.clause]
        signed = [m for m in self.drafts if m is not d and m.event.type == "signing" and m.event.date
                  and self.clauses[m.clause].part == clause.part and m.clause <= d.clause]
        if signed and d.event.type != "statement" and self._frame_cues(clause, "signing_frame_nouns"):
            return signed[-1]  # "في مؤتمر صحفي عقب التوقيع": the day of the signing told
        cues = self._frame_cues(clause)
        if d.event.type == "statement":  # issued "عقب" a meeting: maybe days later, so not its day
            cues = [c for c in cues if not cues_in(self.lex, "after_cues", self.doc, c.first_token, c.end_token)]
        if not cues:
            return None
        meetings = [m for m in self.drafts if m is not d and m.event.type in MEETING_TYPES and m.event.status == "happened"
                    and (not dated or (m.event.date and m.date_rule != "date:anchor_month"))
                    and self.clauses[m.clause].part == clause.part and self._near_round(m, clause.part)]
        # "في ختام الجولة", "في ختام الحوار", "عقب الجلسة": the frame names the round's session, not a side meeting
        if any(cues_in(self.lex, "round_nouns", self.doc, c.end_token, c.end_token + 1)
               or cues_in(self.lex, "dialogue_nouns", self.doc, c.end_token, c.end_token + 1)
               or cues_in(self.lex, "plenary_nouns", self.doc, c.end_token, c.end_token + 1) for c in cues):
            meetings = [m for m in meetings if m.event.type == "round_session"] or meetings
        # "في ختام الاجتماع": one meeting, the report's, not the preparatory meetings of its groups
        meetings = [m for m in meetings if not m.aggregate] or meetings
        same = [m for m in meetings if m.clause == d.clause]
        if same and not dated:
            return same[0]
        before = [m for m in meetings if m.clause <= d.clause]
        if before:
            return before[-1]
        return meetings[0] if meetings else None

    def _default_dates(self) -> None:
        """A reported event with no date of its own happened around the anchor: its month (weak)."""
        self._framed_dates()
        self._narrative_dates()
        for d in self.drafts:
            value = self.anchor_month(self.clauses[d.clause].part)
            if d.event.type == "statement" and d.event.date is None and d.event.status == "happened":
                value = self._after_the_meeting(d) or value
            rule = "date:anchor_month"
            if d.event.type in REPORTED_TYPES and d.event.date is None and d.event.status == "happened" \
                    and value and (day := self._told_today(d)):
                value, rule = day, "date:told_today"
            if d.event.date is None and d.event.status == "happened" and value and not self._background(d):
                d.event.date = value
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", rule))

    def _told_today(self, d: Draft) -> str | None:
        """"ذكرت الوزارة اليوم الخميس أن ... ونشرت نص البيان المشترك": a report whose lead tells its news as of
        its own day ("اليوم") reports a statement or briefing told without a date of its own as of that day."""
        part = self.clauses[d.clause].part
        anchor = self.anchor_of(part)
        if anchor is None or anchor.lo is None or anchor.lo != anchor.hi:
            return None
        lead = next(k for k, c in enumerate(self.clauses) if c.part == part)
        day = anchor.lo.isoformat()
        told = any(m.attrs.get("value") == day and m.attrs.get("relative") for m in self.clauses[lead].dates)
        return day if told and lead <= d.clause else None

    def _after_the_meeting(self, d: Draft):
        """"ووفقا لبيان أصدرته الوزارة" after a meeting the report dates before its own day, in an earlier
        month: the statement on it was issued from the meeting's last day to the report's day."""
        part = self.clauses[d.clause].part
        anchor = self.anchor_of(part)
        if anchor is None or anchor.lo is None or anchor.lo != anchor.hi:
            return None
        told = [m for m in self.drafts if m.clause <= d.clause and m.event.type in MEETING_TYPES
                and m.event.status == "happened" and m.event.date and m.date_rule != "date:anchor_month"
                and self.clauses[m.clause].part == part]
        if not told:
            return None
        value = told[-1].event.date
        last = bounds(value)[1]
        day_precise = isinstance(value, dict) or len(value) == 10
        # the report's month holds the whole span when the meeting fell in it: the month is said then
        if not day_precise or last >= anchor.lo or (last.year, last.month) == (anchor.lo.year, anchor.lo.month) \
                or (anchor.lo - last).days > self.lex.raw["round_window_days"]:
            return None
        return {"start": last.isoformat(), "end": anchor.lo.isoformat()}

    def _framed_dates(self) -> None:
        """Undated events framed by a dated meeting take its day; so do those dated only more coarsely
        ("بيان ... في ختام الجولة ... خلال العام الجاري")."""
        for d in self.drafts:
            if d.event.status != "happened":
                continue
            coarse = d.event.date is not None and d.event.type in ("statement", "signing", "press_conference")
            if d.event.date is not None and not coarse:
                continue
            frame = self._framing_meeting(d)
            if frame is not None and (not coarse or (d.event.date != frame.event.date
                                                     and contains(d.event.date, frame.event.date))):
                d.event.date = frame.event.date
                d.date_rule = "date:framing_meeting"
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", "date:framing_meeting"))

    def _background(self, d: Draft) -> bool:
        """"وكانت الجولة مقررة أصلا في الربع الأخير من العام الماضي، وفق ما أعلن خلال زيارة ...": a sentence opened by
        the past of "to be" whose dates all fall before the report's month tells background ("وكان الوزير قد
        التقى مساء أمس" is recent news)."""
        clause = self.clauses[d.clause]
        anchor = self.anchor_of(clause.part)
        first = clause.sent.first_token
        if anchor is None or anchor.lo is None or not clause.dates \
                or not cues_in(self.lex, "background_openers", self.doc, first, first + 1):
            return False
        month = anchor.lo.replace(day=1)
        return all(bounds(m.attrs["value"])[1] < month for m in clause.dates)

    def _narrative_dates(self) -> None:
        """A news report tells its day in order: an undated meeting or visit told after an event of the
        report's own day ("استقبل ... اليوم", then "كما التقى ...") happened that day too."""
        for k, d in enumerate(self.drafts):
            if d.event.date is not None or d.event.status != "happened" or d.event.type not in NARRATIVE_TYPES \
                    or d.aggregate or self._told_as_earlier(d) or self._background(d):
                continue
            part = self.clauses[d.clause].part
            anchor = self.anchor_of(part)
            if anchor is None or anchor.lo is None:
                continue
            told = [p.event.date for p in self.drafts[:k] if p.event.status == "happened"
                    and isinstance(p.event.date, str) and len(p.event.date) == 10
                    and p.clause <= d.clause and self.clauses[p.clause].part == part]
            days = [x for x in told if anchor.lo - timedelta(days=1) <= date.fromisoformat(x) <= anchor.hi]
            own = [x for x in days if date.fromisoformat(x) >= anchor.lo]  # the report's day before the eve
            # a statement or briefing is news of the report's own day, not of the eve it may follow
            day = (own or ([] if d.event.type in REPORTED_TYPES else days) or [None])[-1]
            if day is not None:
                d.event.date = day
                d.date_rule = "date:narrative_day"
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", "date:narrative_day"))

    def _link_frames(self) -> None:
        """Each happened event framed by a meeting of the document keeps that meeting's index, so that
        another document's date of the meeting can date it."""
        index = {id(d): k for k, d in enumerate(self.drafts)}
        for d in self.drafts:
            frame = self._framing_meeting(d, dated=False) if d.event.status == "happened" else None
            d.event.framed_by = index.get(id(frame)) if frame is not None else None


def _of_an_anniversary(m: Mention, clause: Clause) -> bool:
    """"قرب حلول الذكرى المئوية للعلاقات ... في عام 2022": an anniversary, and the year written for it, date
    the anniversary, not the statement or meeting that mentions it."""
    marks = [a for a in clause.dates if a.rule in _ANNIVERSARY_RULES]
    return m in marks or any(a.end <= m.start and a.attrs.get("value") == m.attrs.get("value") for a in marks)


_ANNIVERSARY_RULES = ("anniversary", "anniversary_passage")


def _distance(d: Draft, token: int) -> float:
    """Tokens from a trigger to a date; a date before the trigger counts one and a half times, plus two."""
    if token >= d.end:
        return token - d.end
    if token < d.first:
        return (d.first - token) * 1.5 + 2
    return 0
