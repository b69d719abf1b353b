"""The triggers of a sentence read into events: which words open a meeting, visit, call, statement or
exercise, which of them name an event already told (definite, "عقب الزيارة", "الاجتماع المذكور") and add
their sentence's persons to it instead, and the kinds of meeting (bilateral, multilateral, a group's)."""
from __future__ import annotations

from ...text.doc import clitic_readings
from ...text.matcher import Match
from ...text.normalize import fold
from ..cues import Clause, RoundMention, cues_in, first_topic_after, matches_in, span_evidence
from ..dates.values import bounds
from ..types import LocalEvent
from .drafts import MEETING_TYPES, Draft, days_meet
from .state import ReadingState

SPECIFIC_MEETINGS = MEETING_TYPES - {"bilateral_meeting"}
ONE_PER_SENTENCE = {"military_exercise", "press_conference", "statement", "briefing"}


class TriggerReading(ReadingState):
    """The events a sentence's triggers open."""

    def _triggers(self, clause: Clause) -> list[Match]:
        """The event triggers of a sentence, longest first, left to right ("بحث" only as a verb of meeting)."""
        lo, hi = self._tok_range(clause)
        return [m for m in matches_in(self.lex.triggers, self.doc, lo, hi)
                if (m.payload != "audience" or self._is_audience_verb(clause, m, hi))
                and not (m.first_token > lo and cues_in(self.lex, "name_heads", self.doc, m.first_token - 1, m.first_token))]

    def _events_of_triggers(self, ci: int, clause: Clause, triggers: list[Match], rounds: list[RoundMention]) -> list[Draft]:
        """The new events a sentence's triggers open; a trigger naming an event already told (definite,
        "عقب الزيارة", "الاجتماع المذكور") adds the sentence's persons to it instead."""
        doc, lex = self.doc, self.lex
        hi = clause.sent.end_token
        specific = [m for m in triggers if m.payload in SPECIFIC_MEETINGS or m.payload in ("bilateral_meeting", "audience")
                    or m.payload == "group_body" and self._group_meets(clause, m)]
        new: list[Draft] = []
        generic_done = False
        for m in triggers:
            kind = m.payload
            if kind == "round_session":  # "الجلسة الختامية": read with the round's boundaries below
                continue
            if kind == "visit" and self._round_of_the_dialogue(m, clause.sent.first_token):
                new.append(self._session(ci, m.first_token, m.end_token, "round:dialogue_round_pronoun", unnumbered=True))
                continue
            if kind == "group_body":  # a group's name: its session only when the sentence tells it meeting
                if not (self._group_meets(clause, m) or self._is_headline(ci, clause)):
                    continue  # a headline naming a group names its body's meeting (_name_the_body_meeting)
                kind = "working_group_session"
            if kind == "team":  # technical teams: a group's session only when they meet
                if not cues_in(lex, "team_meeting_verbs", doc, m.end_token, min(hi, m.end_token + lex.raw["team_reach"])):
                    continue
                kind = "working_group_session"
            if kind == "group_meetings":  # "اجتماعات لجنة الطاقة": a field group's sittings; bare "اجتماعات" none
                if not self._meeting_of_a_field_group(m, hi):
                    continue
                kind = "generic_meeting"
            if kind == "call":
                if self._bare_call(clause, m, triggers):
                    new.append(self._call(ci, m))
                continue
            if kind == "arrival":  # "وصل وزير الخارجية ... إلى الرياض": a visit; "وصلت قيمة التبادل إلى": none
                if not self._arrived_at_a_place(clause, m):
                    continue
                kind = "visit"
            if kind in ("welcome", "audience"):
                draft = self._welcomed_visit(ci, clause, m) if kind == "welcome" else self._audience_meeting(ci, clause, m)
                if draft is not None:
                    new.append(draft)
                continue
            named_group = kind == "generic_meeting" and self._meeting_of_a_field_group(m, hi)
            if named_group:  # "اجتماع مجموعة التعليم": the group's meeting, definite by its construct
                kind = "working_group_session"
            definite = named_group or any(form.startswith("ال") for t in doc.tokens[m.first_token:m.end_token]
                           for _, form in clitic_readings(t.norm)) \
                or bool(cues_in(lex, "owned_meeting_nouns", doc, m.first_token, m.first_token + 1)) \
                or kind == "generic_meeting" and self._in_construct(clause, m) \
                or kind == "statement" and self._in_construct(clause, m, bodies=True)
            apart = False  # a definite meeting noun dated apart from the meeting told: one of its own
            if kind == "generic_meeting":
                session = self._latest("round_session")
                if session is not None and cues_in(lex, "dialogue_nouns", doc, m.end_token, m.end_token + 1):
                    self._enrich(session, clause, m.first_token, m.end_token)  # "اجتماع لجنة التنسيق العليا"
                    continue
                if cues_in(lex, "reference_words", doc, m.end_token, m.end_token + 1):
                    ref = self._latest_meeting(ci)
                    if ref is not None:
                        self._enrich(ref, clause, m.first_token, m.end_token)
                    continue
                if (specific and not self._meeting_apart(clause, m, specific)) or generic_done or any(r.first - m.end_token <= 1 and r.first >= m.end_token for r in rounds):
                    continue
                kind = self._meeting_kind(clause, m)
                generic_done = True
                if definite:  # "الاجتماع": the meeting the report is about, if it has told one
                    ref = self._latest_meeting(ci)
                    apart = ref is not None and self._dated_apart(clause, m, ref)
                    if ref is not None and not apart:
                        self._enrich(ref, clause, m.first_token, m.end_token)
                        continue
                    if ref is None and self._subclause(clause, m.first_token):
                        continue  # "أشار إلى أن الاجتماع ...": a speaker's words, not a new meeting
            # "وقبل زيارة الوزير ...", "عقب الزيارة": an event named as a point in time is one already told
            as_time = bool(cues_in(lex, "since_words", doc, m.first_token - 1, m.first_token)
                           or cues_in(lex, "after_cues", doc, m.first_token - 1, m.first_token))
            if (definite or as_time) and not apart:
                ref = self._latest(kind)
                if ref is not None and self._told_apart_by_its_clause(clause, m, ref):
                    ref = None
                if ref is not None:
                    self._enrich(ref, clause, m.first_token, m.end_token)
                    if kind == "statement":
                        self._date_of_the_page(ref, clause, m)
                    continue
            if kind in ONE_PER_SENTENCE and any(d.event.type == kind for d in new):
                continue  # "مناورات الأسد الإفريقي، ... أكبر تمرين عسكري": the same event named twice
            if kind == "working_group_session" and cues_in(lex, "structure_verbs", doc,
                                                           m.first_token - lex.raw["structure_reach"], m.first_token):
                continue  # "سيضم الحوار ثلاث مجموعات عمل": the framework's structure, not a session
            draft = Draft(LocalEvent(kind), m.first_token, m.end_token, ci, generic=m.payload == "generic_meeting")
            if kind == "statement":
                self._date_of_the_page(draft, clause, m)
            draft.event.evidence.append(span_evidence(doc, m.first_token, m.end_token, "type", f"trigger:{kind}"))
            if kind == "working_group_session":
                self._working_group(draft, m, hi)
            new.append(draft)
        return new

    def _meeting_of_a_field_group(self, m: Match, hi: int) -> bool:
        """"اجتماع مجموعة التعليم", "اجتماع لجنة الطاقة": a meeting noun joined to a group named by its field."""
        head = self.lex.cue("group_heads").match_at(self.doc, m.end_token) if m.end_token < hi else None
        if head is None or self.lex.triggers.match_at(self.doc, m.end_token):  # "مجموعة عمل ...": read as such
            return False
        return first_topic_after(self.doc, head.end_token, hi, window=2) is not None

    def _groups_discussing(self, ci: int, clause: Clause, new: list[Draft]) -> list[Draft]:
        """"فيما بحثت لجان الطاقة والصحة ملفات التعاون", "وناقشت مجموعة التعليم خطط التبادل": groups named by
        their fields, right after a verb of discussing as its subject, sat in session (several groups: one
        aggregate session); "بحث الوزير عمل اللجنة" names no group by its field."""
        lex, doc = self.lex, self.doc
        lo, hi = self._tok_range(clause)
        heads = lex.cue("field_group_heads")
        out: list[Draft] = []
        for verb in cues_in(lex, "group_discussion_verbs", doc, lo, hi):
            head = heads.match_at(doc, verb.end_token) if verb.end_token < hi else None
            if head is None or first_topic_after(doc, head.end_token, hi, window=2) is None \
                    or any(d.first <= head.first_token < d.end for d in new):
                continue
            draft = Draft(LocalEvent("working_group_session"), head.first_token, head.end_token, ci)
            draft.event.evidence.append(span_evidence(doc, verb.first_token, head.end_token, "type",
                                                      "trigger:groups_discussing"))
            self._working_group(draft, head, hi)
            out.append(draft)
        return out

    def _group_meets(self, clause: Clause, m: Match) -> bool:
        """A group's name is its session when a word of meeting stands before it in the sentence ("خلال
        اجتماع افتراضي لمجموعة عمل", "عقدت فرق العمل") or after it before the next comma ("مجموعة عمل ...
        المنبثقة عن الحوار ... عقدت اجتماعها"); "مجموعات العمل أنجزت عملا كبيرا" names the body only."""
        lex, toks = self.lex, self.doc.tokens
        lo, hi = self._tok_range(clause)
        if cues_in(lex, "group_meeting_words", self.doc, max(lo, m.first_token - lex.raw["group_meeting_reach_before"]),
                   m.first_token):
            return True
        end = min(hi, m.end_token + lex.raw["group_meeting_reach_after"])
        stop = next((k for k in range(m.end_token, end) if toks[k].norm in ("،", ",", ".", "؛")), end)
        return bool(cues_in(lex, "group_meeting_words", self.doc, m.end_token, stop))

    def _round_of_the_dialogue(self, m: Match, lo: int) -> bool:
        """"الحوار الاستراتيجي ..., الذي استضافت المنامة جولته الأخيرة": "its round" with the dialogue named
        just before it."""
        lex = self.lex
        return bool(cues_in(lex, "dialogue_round_pronouns", self.doc, m.first_token, m.first_token + 1)) and bool(
            cues_in(lex, "dialogue_nouns", self.doc, max(lo, m.first_token - lex.raw["dialogue_round_reach"]), m.first_token))

    def _hosts_a_session(self, d: Draft, sessions: list[Draft]) -> bool:
        """"استضافت واشنطن يومي 12 و13 فبراير أعمال الجولة الرابعة": a hosting verb opening the sentence holds
        the session it governs, and is no meeting of its own."""
        return bool(cues_in(self.lex, "hosting_verbs", self.doc, d.first, d.first + 1)) and any(
            0 < s.first - d.end <= self.lex.raw["holding_verb_reach"] for s in sessions)

    def _meeting_apart(self, clause: Clause, m: Match, specific: list[Match]) -> bool:
        """A bare meeting noun after a comma that parts it from every session named before it, with a
        verb joining persons of its own ("، وأبرزها لقاء ... يجمع الوزيرين"): a meeting of its own."""
        toks = self.doc.tokens
        if any(x.first_token > m.first_token for x in specific) or not any(
                t.norm in ("،", ",") for x in specific for t in toks[x.end_token:m.first_token]):
            return False
        reach = min(clause.sent.end_token, m.end_token + self.lex.raw["joining_reach"])
        joins = cues_in(self.lex, "joining_verbs", self.doc, m.end_token, reach)
        return bool(joins) and any(joins[0].end_token <= tok < joins[0].end_token + 4 for tok, _ in clause.persons)

    def _in_construct(self, clause: Clause, m: Match, bodies: bool = False) -> bool:
        """"محادثات الولايات المتحدة والجامعة": a meeting noun joined to a definite noun or a name after it is
        definite (the construct state), the meeting already told; so is a statement joined to its issuer
        ("وأشار بيان الخارجية", "بيان وزارة الخارجية": `bodies`)."""
        k = m.end_token
        if k >= clause.sent.end_token or not self.doc.tokens[k].is_word:
            return False
        if self.doc.tokens[k].norm.startswith("ال"):
            return True
        return any(tok == k for tok, *_ in clause.places) or any(tok == k for tok, _ in clause.persons) or \
            bodies and any(tok == k for tok, _ in clause.orgs)

    def _dated_apart(self, clause: Clause, m: Match, ref: Draft) -> bool:
        """"خلال اجتماعهم التنسيقي يوم أمس" in a report of today's meeting: a date right after a definite
        meeting noun (an adjective may stand between) that shares no day with the meeting already told
        names another meeting."""
        if ref.event.date is None:
            return False
        reach = m.end_token + self.lex.raw["own_date_reach"]
        own = [d for d in clause.dates if m.end_token <= self.doc.token_at(d.start) < reach]
        if not own:
            return False
        (a, b), (c, d) = bounds(own[0].attrs["value"]), bounds(ref.event.date)
        return b < c or d < a

    def _welcomed_visit(self, ci: int, clause: Clause, m: Match) -> Draft | None:
        """"رحب ... بنظيره": a guest welcomed is a visit, told up to the guest."""
        guest = self._welcomed_guest(clause, m)
        if guest is None:
            return None
        draft = Draft(LocalEvent("visit"), m.first_token, guest + 1, ci)
        draft.event.evidence.append(span_evidence(self.doc, m.first_token, guest + 1, "type", "trigger:welcomed_guest"))
        return draft

    def _bare_call(self, clause: Clause, m: Match, triggers: list[Match]) -> bool:
        """"تلقى الوزير، مساء أمس، اتصالا من نظيره": "اتصالا" the object of a verb of making or receiving is
        a call, unless the sentence names the call otherwise ("اتصالين هاتفيين") or it means "in connection
        with" ("اتصالا بما شهدته المنطقة")."""
        doc, lex = self.doc, self.lex
        if any(t.payload == "bilateral_meeting" for t in triggers) or \
                m.end_token < clause.sent.end_token and lex.cue("call_not_after").match_at(doc, m.end_token):
            return False
        return bool(cues_in(lex, "call_verbs", doc, max(clause.sent.first_token, m.first_token - lex.raw["call_reach"]),
                            m.first_token))

    def _arrived_at_a_place(self, clause: Clause, m: Match) -> bool:
        """A verb of arriving with a city or country after it, reached by "إلى" or set off by a comma."""
        return self._place_arrived_at(clause, m.end_token) is not None

    def _call(self, ci: int, m: Match) -> Draft:
        """A call: talks held at a distance."""
        draft = Draft(LocalEvent("bilateral_meeting", mode="virtual"), m.first_token, m.end_token, ci)
        draft.event.evidence.append(span_evidence(self.doc, m.first_token, m.end_token, "type", "trigger:call"))
        draft.event.evidence.append(span_evidence(self.doc, m.first_token, m.end_token, "mode", "mode:call"))
        return draft

    def _audience_meeting(self, ci: int, clause: Clause, m: Match) -> Draft | None:
        """"استقبل ...", "التقى ...": one encounter per verb."""
        if self._subclause(clause, m.first_token):
            return self._meeting_told_in_reported_words(ci, clause, m)
        if self._reception_told_before(ci, clause, m):
            return None
        draft = Draft(LocalEvent(self._meeting_kind(clause, m)), m.first_token, m.end_token, ci)
        draft.event.evidence.append(span_evidence(self.doc, m.first_token, m.end_token, "type", "trigger:audience_verb"))
        return draft

    def _meeting_told_in_reported_words(self, ci: int, clause: Clause, m: Match) -> Draft | None:
        """"قال إنه بحث مع ...": a speaker recounting the meeting already reported tells who was at it; "وقالت
        الوزارة إن الوزير تباحث مع نظيرته ..." in a part that has told no meeting is the meeting itself. Words
        of a plan ("سيلتقي") tell none."""
        lo, hi = self._tok_range(clause)
        if cues_in(self.lex, "planned_cues", self.doc, lo, hi):
            return None
        ref = self._latest_meeting(ci)
        if ref is not None:
            self._enrich(ref, clause, m.first_token, m.end_token)
            framing = self._rounds_framing(self._round_mentions(clause), ref)
            if framing and ref.event.round is None:  # "وقالت الوزارة إن الوزير تباحث ... في إطار الدورة الثالثة"
                ref.event.round, ref.event.dialogue, ref.explicit_round = framing[0].number, self.pair, True
                ref.event.evidence.append(span_evidence(self.doc, framing[0].first, framing[0].end, "round",
                                                        "round:framing_the_meeting"))
            return None
        draft = Draft(LocalEvent(self._meeting_kind(clause, m)), m.first_token, m.end_token, ci)
        draft.event.evidence.append(span_evidence(self.doc, m.first_token, m.end_token, "type",
                                                  "trigger:audience_verb_reported"))
        return draft

    def _told_apart_by_its_clause(self, clause: Clause, m: Match, ref: Draft) -> bool:
        """"عقب الاتصال الهاتفي الذي جرى بين الرئيس X وشقيقه الرئيس Y، في 8 ماي", "بعد زيارة أجراها الأمير X": a
        definite event whose own clause (a relative one, or a verb right after it, up to a comma) names its own
        persons, none of them in the event of its kind told before, is another event."""
        k = m.end_token
        _, hi = self._tok_range(clause)
        if k >= hi or not (self.lex.cue("relative_pronouns").match_at(self.doc, k)
                           or self.lex.cue("own_clause_verbs").match_at(self.doc, k, clitics=False)):
            return False
        stop = next((j for j in range(k, hi) if self.doc.tokens[j].norm in ("،", ",")), hi)
        own = {pid for tok, pid in clause.persons if k < tok < stop}
        if own:
            return not own & set(ref.event.participants)
        # or its own day, when the event told had none or another ("بعد زيارة أجراها ... في سبتمبر 2023")
        days = [x.attrs["value"] for x in clause.dates if k < self.doc.token_at(x.start) < stop]
        return bool(days) and (ref.event.date is None or not any(days_meet(v, ref.event.date) for v in days))

    def _reception_told_before(self, ci: int, clause: Clause, m: Match) -> bool:
        """"استقبل رئيس الوزراء نظيره ..." then "ورافقه خلال استقبال نظيره ... الوزير X": a reception named by its
        noun, told after a reception of the part, with no new guest right after it (a counterpart is the one
        received), is that reception (the occasion of what the sentence tells); its persons join it."""
        if not cues_in(self.lex, "occasion_words", self.doc, m.first_token, m.first_token + 1) and \
                not fold(m.text).split()[-1].startswith(("استقبال", "لاستقبال")):
            return False
        ref = next((d for d in reversed(self.drafts) if self.clauses[d.clause].part == clause.part
                    and any(e.rule == "trigger:audience_verb" for e in d.event.evidence)), None)
        if ref is None or ref.clause >= ci:
            return False
        reach = self.lex.raw["reception_guest_reach"]
        counterpart = cues_in(self.lex, "counterpart_words", self.doc, m.end_token, m.end_token + 1)
        if not counterpart and any(m.end_token <= tok < m.end_token + reach and pid not in ref.event.participants
                                   for tok, pid in clause.persons):
            return False
        self._enrich(ref, clause, m.first_token, m.end_token)
        return True

    def _working_group(self, draft: Draft, m: Match, hi: int) -> None:
        """A group session's topic, told after its trigger; "اجتماعات فرق العمل" are several, no topic."""
        plural = fold(m.text).split()[0] in ("فرق", "مجموعات", "جلسات", "اجتمعت", "لجان")
        draft.aggregate = plural
        if not plural:
            draft.event.working_group = first_topic_after(self.doc, m.end_token, hi)
            if draft.event.working_group:
                draft.event.evidence.append(span_evidence(self.doc, m.first_token, min(hi, m.end_token + 6),
                                                          "working_group", "wg:topic_after_trigger"))

    def _one_visit(self, new: list[Draft]) -> list[Draft]:
        """"الزيارة التي يقوم بها ..., والتي وصل إليها أمس": visits of one sentence to one place are one
        visit, spanning the days its parts are dated."""
        out: list[Draft] = []
        for d in new:
            first = next((v for v in out if v.event.type == "visit" == d.event.type and v.event.status == d.event.status
                          and (not v.event.venue or not d.event.venue or v.event.venue == d.event.venue)), None)
            if first is None:
                out.append(d)
                continue
            first.event.venue = first.event.venue or d.event.venue
            dates = [x for x in (first.event.date, d.event.date) if x is not None]
            if len(dates) == 2 and dates[0] != dates[1]:
                lo = min(dates, key=lambda v: bounds(v)[0])
                hi = max(dates, key=lambda v: bounds(v)[1])
                first.event.date = {"start": lo if isinstance(lo, str) else lo["start"],
                                    "end": hi if isinstance(hi, str) else hi["end"]}
            elif dates:
                first.event.date = dates[0]
            first.event.participants += [p for p in d.event.participants if p not in first.event.participants]
            first.event.evidence += d.event.evidence
        return out

    def _one_meeting(self, new: list[Draft]) -> list[Draft]:
        """"يستقبل الوزير نظيره ...، حيث يجري الطرفان جلسة مباحثات ثنائية": talks of one sentence between the
        same persons, told as happening alike on the same days, are one meeting."""
        out: list[Draft] = []
        for d in new:
            ev = d.event
            first = next((m for m in out if m.event.type == "bilateral_meeting" == ev.type and ev.participants
                          and set(ev.participants) <= set(m.event.participants) and m.event.status == ev.status
                          and m.event.mode == ev.mode and days_meet(m.event.date, ev.date)), None)
            if first is None:
                out.append(d)
                continue
            first.event.venue = first.event.venue or ev.venue
            first.event.date = first.event.date or ev.date
            first.event.evidence += ev.evidence
        return out

    def _visits_told_again(self) -> None:
        """"بعد زيارة صداقة للهند ..." then "رحب ... بزيارة نائب رئيس الدولة إلى الهند": a visit the part tells again
        (to the same place, by a person told with it before, alike in status and days) is the visit told."""
        kept: list[Draft] = []
        for d in list(self.drafts):
            ev = d.event
            if ev.type != "visit":
                continue
            first = next((k for k in kept if k.event.venue == ev.venue and ev.venue and k.event.status == ev.status
                          and self.clauses[k.clause].part == self.clauses[d.clause].part
                          and set(k.event.participants) & set(ev.participants) and days_meet(k.event.date, ev.date)), None)
            if first is None:
                kept.append(d)
                continue
            first.event.participants += [p for p in ev.participants if p not in first.event.participants]
            first.event.date = first.event.date or ev.date
            first.event.evidence.extend(m for m in ev.evidence if m.norm != "type")
            self.drafts.remove(d)

    def _lead_told_again_as_a_call(self) -> None:
        """"بحث الوزير مع نظيره التركي مجريات ..." then "وذكر بيان أن الوزير تلقى اتصالا هاتفيا من نظيره": talks of
        two persons told with no place, then told again in the part as a call between them on the same days, were
        that call, not a meeting beside it."""
        calls = [d for d in self.drafts if d.event.type == "bilateral_meeting" and d.event.mode == "virtual"
                 and len(d.event.participants) >= 2]
        for call in calls:
            lead = next((d for d in self.drafts if d.clause < call.clause and d.event.type in (
                "bilateral_meeting", "multilateral_meeting") and d.event.mode is None and not d.event.venue
                and d.event.status == call.event.status and self.clauses[d.clause].part == self.clauses[call.clause].part
                and set(call.event.participants) <= set(d.event.participants) and days_meet(d.event.date, call.event.date)),
                None)
            if lead is not None:
                call.event.topics = list(dict.fromkeys(lead.event.topics + call.event.topics))
                call.event.date = call.event.date or lead.event.date
                call.event.evidence.extend(m for m in lead.event.evidence if m.norm != "type")
                self.drafts.remove(lead)

    def _is_audience_verb(self, clause: Clause, m, hi: int) -> bool:
        """"بحث" is a noun as often as a verb: as a verb of meeting it has "مع" a few words on; "اجتمع"
        may instead meet a person with "ب" ("اجتمع ... بالرئيس الأمريكي جو بايدن")."""
        if not cues_in(self.lex, "with_verbs", self.doc, m.first_token, m.first_token + 1):
            return True
        toks = self.doc.tokens
        reach = min(hi, m.end_token + self.lex.raw["with_verb_reach"])
        if any(clitic_readings(t.norm)[-1][1] in ("مع",) or t.norm == "مع" for t in toks[m.end_token:reach]):
            return True
        if not cues_in(self.lex, "meet_with_b_verbs", self.doc, m.first_token, m.first_token + 1):
            return False
        objects = [k for k in range(m.end_token, reach) if toks[k].norm.startswith("ب") and len(toks[k].norm) > 3]
        return any(k <= tok <= k + 4 for k in objects for tok, _ in clause.persons)

    def _welcomed_guest(self, clause: Clause, m) -> int | None:
        """The token of the person welcomed in "رحب الوزير بنظيرته فلانة ...": named just after the first "ب"
        object that follows the verb and its subject; None for "رحب بالاتفاق" (a thing)."""
        if self._subclause(clause, m.first_token):
            return None
        toks, reach = self.doc.tokens, self.lex.raw["welcome_reach"]
        objects = [k for k in range(m.end_token, min(clause.sent.end_token, m.end_token + 2 * reach))
                   if toks[k].norm.startswith("ب") and len(toks[k].norm) > 2]
        relative = self.lex.cue("relative_pronouns")
        # "بالاتفاق الذي وقعه فلان": a person inside the object's relative clause is not the guest
        guests = [tok for k in objects[:1] for tok, _ in clause.persons if k <= tok <= k + reach
                  and not any(relative.match_at(self.doc, j, clitics=False) for j in range(k, tok))]
        return guests[0] if guests else None

    def _meeting_kind(self, clause: Clause, m) -> str:
        """Bilateral unless the meeting's own stretch of the sentence names three or more countries, or the
        meeting is called one of three or more sides ("القمة الثلاثية")."""
        many = self._country_count(clause, m.first_token - 20, m.end_token + 15) >= self.lex.raw["multilateral_min_countries"] \
            or bool(cues_in(self.lex, "multilateral_words", self.doc, m.first_token, m.end_token + 2))
        return "multilateral_meeting" if many else "bilateral_meeting"

    def _country_count(self, clause: Clause, lo: int, hi: int) -> int:
        """Countries named within tokens [lo, hi) of the sentence, a group of countries by its members."""
        c_lo, c_hi = self._tok_range(clause)
        lo, hi = max(c_lo, lo), min(c_hi, hi)
        codes = {entry.country for tok, _, entry, _ in clause.places if lo <= tok < hi and entry.country}
        for m in matches_in(self.lex.groups, self.doc, lo, hi):  # "دول الخليج": a group counts its members
            codes.update(m.payload)
        return len(codes)
