"""Rounds of a dialogue: the sessions a sentence tells (held, planned, the next round, a launch or
a closing, a session held within the framework), and, once the document is read, its rounds with
their dates and venue, the current round given to the events told beside it."""
from __future__ import annotations

from ...text.matcher import Match
from ...text.normalize import fold
from ..cues import Clause, RoundMention, cues_in, span_evidence
from ..types import LocalEvent, LocalRound
from .drafts import Draft, days_meet
from .state import ReadingState

PLURAL_HOLDING = {"اجتماعات", "جلسات"}


class RoundReading(ReadingState):
    """Round sessions of each sentence, and the rounds of the document."""

    def _round_sessions(self, ci: int, clause: Clause, rounds: list[RoundMention], triggers) -> list[Draft]:
        """The round sessions a sentence tells, stage by stage: each stage sees those found before it."""
        out = self._numbered_sessions(ci, clause, rounds)
        out.extend(self._unnumbered_sessions(ci, clause, rounds))
        out.extend(self._sessions_held_within(ci, clause, out))
        out.extend(self._next_rounds(ci, clause, rounds, out))
        self._launches_and_closings(ci, clause, rounds, triggers, out)
        # "أعلن الوزيران عن انطلاق الحوار الأول، والذي جرى خلاله ...": the round launched is announced, not held
        lo, hi = self._tok_range(clause)
        announced = [c for c in cues_in(self.lex, "round_start_cues", self.doc, lo, hi) if self._announced_launch(clause, c)]
        reach = self.lex.raw["boundary_verb_reach"]
        return [d for d in out if not any(0 <= d.first - c.end_token <= reach for c in announced)]

    def _session(self, ci: int, first: int, end: int, rule: str, number: int | None = None,
                 status: str = "happened", evidence: tuple[int, int] | None = None, **reading) -> Draft:
        """A round session told by tokens [first, end) of sentence `ci`, evidenced by them (or by the
        span `evidence`) under `rule`; its round is explicit when the sentence gives its number."""
        d = Draft(LocalEvent("round_session", round=number, dialogue=self.pair, status=status), first, end, ci,
                  explicit_round=number is not None, **reading)
        span_first, span_end = evidence or (first, end)
        d.event.evidence.append(span_evidence(self.doc, span_first, span_end, "type", rule))
        return d

    def _numbered_sessions(self, ci: int, clause: Clause, rounds: list[RoundMention]) -> list[Draft]:
        """"عقدت ... الجولة الثانية", "الجولة الخامسة ستلتئم ...": a numbered round held or planned."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        out: list[Draft] = []
        opening = self._opening_holding_verb(clause)
        for k, r in enumerate(rounds):
            holding = cues_in(lex, "holding_cues", doc, r.first - 2, r.first)
            # "الجولة الثانية من الحوار الاستراتيجي بين المملكة المغربية ومملكة إسبانيا التي انعقدت في مدريد": the
            # reach runs from the end of the dialogue's name
            named = max(r.end, self._name_end(r.end)) if r.end < hi else r.end
            held = cues_in(lex, "past_holding", doc, r.end, min(hi, named + lex.raw["past_holding_reach"]))
            # "متابعة التوصيات الصادرة عن اجتماعات الدورة السابعة عشرة": followed up, not held; "مخرجات الدورة
            # الأولى، التي انعقدت بروما في 29 مارس": its own clause tells it held, on its own day
            if not held and cues_in(lex, "outcome_words", doc, (holding[0].first_token if holding else r.first)
                                    - lex.raw["outcome_reach"], holding[0].first_token if holding else r.first):
                continue
            framed = r.framed or bool(holding and cues_in(lex, "frame_words", doc, holding[0].first_token - 2,
                                                        holding[0].first_token))
            coordinated = k > 0 and doc.tokens[r.first].norm.startswith("و") and any(
                d.event.round == rounds[k - 1].number and d.event.status == "happened" for d in out)
            held = held or self._held_after(r.end, hi)
            hosted = cues_in(lex, "hosting_verbs", doc, r.first - lex.raw["hosting_round_reach"], r.first)
            if held:  # "الجولة الثالثة التي استضافتها واشنطن في سبتمبر": a session that took place
                holding, framed = held, False
            elif hosted and not holding and not framed:  # "على أن تستضيف الكويت الجولة الثالثة"
                holding = hosted
            elif coordinated and not holding:  # "فعقدت الجولة الثانية عام 2017 والجولة الثالثة عام 2019"
                start, stop = doc.tokens[r.first].start, doc.tokens[r.end - 1].end
                holding = [Match(r.first, r.end, start, stop, doc.text[start:stop], "coordinated")]
            elif not holding and k == 0 and opening and 0 <= r.first - opening[0].end_token <= lex.raw["holding_verb_reach"]:
                holding = opening  # "عقدت قطر والولايات المتحدة اليوم في الدوحة الجولة الثانية"
            # "الجولة الثالثة من الحوار ... ستعقد", "الدورة السابعة للجنة العليا المشتركة الكويتية العمانية ستنعقد"
            planned_next = cues_in(lex, "planned_cues", doc, r.end, min(hi, r.end + 3)) or \
                self._held_after(r.end, hi, "planned_cues") or cues_in(lex, "planned_cues", doc, named, min(hi, named + 1))
            if not framed and not holding and planned_next:  # "الجولة الخامسة ستلتئم قبل نهاية العام"
                out.append(self._session(ci, r.first, planned_next[0].end_token, "round:planned_after_round",
                                         r.number, status="planned"))
                continue
            if framed and not holding:  # "ضمن الجولة الرابعة ..., المقرر عقده ... نهاية نوفمبر"
                after = cues_in(lex, "planned_holding", doc, r.end, min(hi, r.end + lex.raw["planned_holding_reach"]))
                if after:
                    out.append(self._session(ci, after[0].first_token, after[0].end_token, "round:planned_holding",
                                             r.number, status="planned"))
                    continue
            if holding and not framed:
                # the session spans cue and round when they touch; a distant opening verb only evidences it
                near = holding is not opening
                first = min(holding[0].first_token, r.first) if near else r.first
                end = max(holding[0].end_token, r.end) if near else r.end
                # "الدورة الثانية للحوار ...، المقرر عقده في واشنطن": told still ahead right after its name
                ahead = not held and cues_in(lex, "planned_holding", doc, named, min(hi, named + 2))
                if ahead:  # its day and place are told after the plan ("المقرر عقده في واشنطن في 8 سبتمبر")
                    end = max(end, ahead[0].end_token)
                out.append(self._session(ci, first, end, "round:holding_cue", r.number,
                                         status="planned" if ahead else "happened",
                                         evidence=(min(first, holding[0].first_token), max(end, holding[0].end_token))))
        return out

    def _opening_holding_verb(self, clause: Clause) -> list:
        """A holding verb that opens the sentence, or its body after a dateline ("الكويت - 10 - 2 (كونا) --
        عقدت") (a dateline may follow a headline the page ran into the sentence, so its dash opens the body;
        "أفادت الوزارة بأن البلدين عقدتا ..." opens a reported clause the same way)."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        reported = self._reported_starts(clause)
        return [m for m in cues_in(lex, "holding_verbs", doc, lo, hi)
                if m.first_token < lo + 2 or doc.tokens[m.first_token - 1].norm == "-"
                or (m.first_token < lo + 12 and not doc.tokens[m.first_token - 1].is_word)
                or any(0 < m.first_token - r < lex.raw["holding_verb_reach"] for r in reported)][:1]

    def _held_after(self, k: int, hi: int, verbs: str = "held_after_round") -> list:
        """A past verb of holding (or another of `verbs`) at token k, or after the dialogue's name there
        ("من الحوار [الاستراتيجي]", up to `dialogue_name_reach` words)."""
        lex, toks = self.lex, self.doc.tokens
        stop = k + 1
        if k < hi and toks[k].norm == "من":
            stop = k + 2 + lex.raw["dialogue_name_reach"]
            commas = [j for j in range(k, min(hi, stop)) if not toks[j].is_word]
            stop = commas[0] if commas else stop
        found = cues_in(lex, verbs, self.doc, k, min(hi, stop))
        return found[:1]

    def _unnumbered_sessions(self, ci: int, clause: Clause, rounds: list[RoundMention]) -> list[Draft]:
        """An unnumbered dialogue's session: "جلسة للحوار الاستراتيجي", "أعمال الحوار الاستراتيجي"."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        out: list[Draft] = []
        for noun in cues_in(lex, "dialogue_nouns", doc, lo, hi):
            if any(r.first <= noun.first_token < r.end for r in rounds):
                continue
            if any(0 < r.first - noun.end_token <= lex.raw["holding_verb_reach"] for r in rounds):
                continue  # "عقدت اللجنة المشتركة ... اجتماعها الرابع": the session has its number
            holding = cues_in(lex, "holding_cues", doc, noun.first_token - 2, noun.first_token) or \
                self._round_held_as_object(noun, hi) or [
                    m for m in self._opening_holding_verb(clause)  # "ترأس الوزيران ..., الحوار الاستراتيجي"
                    if 0 <= noun.first_token - m.end_token <= lex.raw["holding_verb_reach"] and not rounds]
            held = bool(holding) and self._told_held(noun.end_token, hi)
            if not holding or cues_in(lex, "frame_words", doc, holding[0].first_token - 2, holding[0].first_token) \
                    or self._subclause(clause, noun.first_token) and not held \
                    or fold(holding[0].text) in PLURAL_HOLDING and not held \
                    and not self._opened_or_closed(holding[0].first_token, lo):
                continue  # a frame, a speaker's words or "the dialogue's meetings" in general
            # "تبدأ يوم الأحد اجتماعات اللجنة العليا": meetings that open or close on a day are a session
            planned = held and bool(cues_in(lex, "planned_holding", doc, noun.end_token,
                                            min(hi, noun.end_token + lex.raw["told_held_reach"])))
            out.append(self._session(ci, holding[0].first_token, noun.end_token, "round:holding_cue_unnumbered",
                                     status="planned" if planned else "happened", unnumbered=True))
        return out

    def _told_held(self, k: int, hi: int) -> bool:
        """"قال إن اجتماعات لجنة التوجيه المشتركة التي ستعقد في لندن الخميس المقبل ...": the sessions told held or
        to be held (a relative verb of holding right after the name, at token k) are told, though in a speaker's
        words or as "meetings" of the framework."""
        reach = min(hi, k + self.lex.raw["told_held_reach"])
        return bool(cues_in(self.lex, "past_holding", self.doc, k, reach) or cues_in(self.lex, "planned_holding",
                                                                                   self.doc, k, reach))

    def _opened_or_closed(self, first: int, lo: int) -> bool:
        """A verb of opening or closing a few words before token `first` ("تبدأ غدا اجتماعات ...")."""
        back = max(lo, first - self.lex.raw["opening_verb_reach"])
        return any(cues_in(self.lex, name, self.doc, back, first)
                   for name in ("round_start_cues", "round_end_cues", "present_start_verbs"))

    def _round_held_as_object(self, noun: Match, hi: int) -> list:
        """"جولة من الحوار ... عقدها الوزيران": a round noun and "من" before the dialogue's name, and a verb
        holding it (its pronoun) just after."""
        doc, lex = self.doc, self.lex
        if noun.first_token < 2 or doc.tokens[noun.first_token - 1].norm != "من" \
                or not cues_in(lex, "round_nouns", doc, noun.first_token - 2, noun.first_token - 1):
            return []
        return cues_in(lex, "held_it_verbs", doc, noun.end_token, min(hi, noun.end_token + lex.raw["held_it_reach"]))[:1]

    def _sessions_held_within(self, ci: int, clause: Clause, found: list[Draft]) -> list[Draft]:
        """"الجلسة التي انعقدت في إطار الحوار الاستراتيجي": a session held within the framework."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        out = []
        for noun in cues_in(lex, "held_session_nouns", doc, lo, hi):
            held = cues_in(lex, "past_holding", doc, noun.end_token, noun.end_token + 1)
            reach = held[0].end_token + lex.raw["held_session_reach"] if held else noun.end_token
            framework = cues_in(lex, "dialogue_nouns", doc, held[0].end_token, reach) if held else []
            if not framework or any(d.first <= framework[0].first_token < d.end for d in found):
                continue
            out.append(self._session(ci, noun.first_token, framework[0].end_token, "round:session_held_within",
                                     unnumbered=True))
        return out

    def _next_rounds(self, ci: int, clause: Clause, rounds: list[RoundMention], found: list[Draft]) -> list[Draft]:
        """"جولة مقبلة تعقد في واشنطن": the round after the one the part reports (unnumbered if that one is)."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        out: list[Draft] = []
        for noun in cues_in(lex, "round_nouns", doc, lo, hi):
            if not cues_in(lex, "next_words", doc, noun.end_token, noun.end_token + 1) or \
                    any(r.first <= noun.first_token < r.end for r in rounds):
                continue
            held = [d.event.round for d in self.drafts + found if d.event.type == "round_session"
                    and d.event.status == "happened" and self.clauses[d.clause].part == clause.part
                    and self._near_round(d, clause.part)]
            number = held[0] + 1 if held and held[0] is not None else None
            out.append(self._session(ci, noun.first_token, noun.end_token + 1, "round:next_round", number,
                                     status="planned", unnumbered=number is None))
        return out

    def _launches_and_closings(self, ci: int, clause: Clause, rounds: list[RoundMention], triggers,
                               sessions: list[Draft]) -> None:
        """Launches and closings: one per cue, of the sentence's round (or the document's current one).
        A cue just before a session found names its boundary; else it adds a session of its own."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        starts = cues_in(lex, "round_start_cues", doc, lo, hi)
        ends = cues_in(lex, "round_end_cues", doc, lo, hi)
        first_time = cues_in(lex, "first_round_cues", doc, lo, hi) or (not rounds and any(
            cues_in(lex, "dialogue_nouns", doc, m.end_token, m.end_token + lex.raw["holding_verb_reach"])
            for m in cues_in(lex, "dialogue_launch_cues", doc, lo, hi)))
        session_triggers = [m for m in triggers if m.payload == "round_session"]
        dialogue = bool(cues_in(lex, "dialogue_nouns", doc, lo, hi)) or bool(rounds)
        number = rounds[0].number if rounds else None
        if first_time and dialogue:
            number = 1
        cues = sorted([(m, "start") for m in starts] + [(m, "end") for m in ends], key=lambda c: c[0].first_token)
        groups = [m for m in triggers if m.payload in ("working_group_session", "group_body")]
        for cue, boundary in cues:
            if boundary == "start" and self._announced_launch(clause, cue):
                continue
            if boundary == "start" and cues_in(lex, "since_date_words", doc, cue.end_token, cue.end_token + 1) \
                    and not cues_in(lex, "just_now_words", doc, cue.end_token, cue.end_token + 1):
                continue  # "الحوار ..., والذي انطلق منذ خمس سنوات": how long the dialogue has run, no session
            if any(0 <= m.first_token - cue.end_token <= 2 for m in groups):
                continue  # "اختتم فريق العمل ... أعمال اجتماعه": the group's meeting opens or closes, not a round
            governed = [r for r in rounds if 0 <= r.first - cue.end_token <= lex.raw["boundary_verb_reach"]]
            unnamed = not governed and cues_in(lex, "framing_nouns", doc, cue.end_token, cue.end_token + 2)
            # "في ختام الحوار، متطلعا لعقد الجولة الثانية": the closing of the session told, not of round 2
            cue_number = governed[0].number if governed else (None if unnamed and not first_time else number)
            if cue_number is None and not dialogue:
                continue
            if any(m.first_token <= cue.first_token < m.end_token and self._session_told_before(ci, m, cue_number)
                   for m in session_triggers):
                continue  # "عقب الجلسة الختامية": the closing session told before
            # "اختتمت في واشنطن أعمال الحوار الرابع": the verb just before a session names its boundary;
            # a later "بعد انطلاقها في 9 ..." is the other boundary, an event of its own
            same = [d for d in sessions if d.event.round == cue_number and not d.boundary
                    and 0 <= d.first - cue.end_token <= lex.raw["boundary_verb_reach"]]
            if same:
                same[0].boundary = same[0].boundary or boundary
                same[0].event.evidence.append(span_evidence(doc, cue.first_token, cue.end_token, "type",
                                                        f"round:{boundary}_cue"))
                continue
            sessions.append(self._session(ci, cue.first_token, cue.end_token, f"round:{boundary}_cue", cue_number,
                                          boundary=boundary))
        for m in session_triggers:  # "الجلسة الختامية": the closing of the round in context
            if self._session_told_before(ci, m, number):
                continue
            held = [d for d in sessions if d.event.round == number and number is not None and not d.boundary]
            if held:  # "الجولة الثالثة التي انعقدت في واشنطن ..., وبدأت بجلسة افتتاحية": a sitting of the session told
                held[0].event.evidence.append(span_evidence(doc, m.first_token, m.end_token, "type",
                                                            "trigger:round_session"))
                continue
            if not any(d.boundary == "end" for d in sessions):
                sessions.append(self._session(ci, m.first_token, m.end_token, "trigger:round_session", number,
                                              boundary="end"))

    def _session_told_before(self, ci: int, m, number: int | None) -> bool:
        """"وفي مؤتمر صحفي عقب الجلسة الختامية": a session named as the point something came after (or at),
        when the part has told a session of that round (or, unnumbered, of any), is that session, not another."""
        lex, doc = self.lex, self.doc
        if not (cues_in(lex, "framing_cues", doc, m.first_token - 2, m.first_token)
                or cues_in(lex, "since_words", doc, m.first_token - 1, m.first_token)):
            return False
        part = self.clauses[ci].part
        return any(d.event.type == "round_session" and d.event.status == "happened"
                   and number in (None, d.event.round) and self.clauses[d.clause].part == part for d in self.drafts)

    def _announced_launch(self, clause: Clause, cue) -> bool:
        """"أعلن الوزيران انطلاق الحوار", "إعلانا ... بإطلاق الحوار": a launch named by its noun as what someone
        announced is the announcement, not a session."""
        lex = self.lex
        if not cues_in(lex, "launch_nouns", self.doc, cue.first_token, cue.first_token + 1):
            return False
        lo = self._words_back(clause, cue.first_token, clause.sent.first_token, lex.raw["announce_reach"])
        return bool(cues_in(lex, "announce_words", self.doc, lo, cue.first_token))

    def _rounds_of_sentence_events(self, clause: Clause, rounds: list[RoundMention], drafts: list[Draft]) -> None:
        """Each new event of a sentence takes the nearest round the sentence names in its own stretch;
        in a sentence of the dialogue, the events are the dialogue's."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        dialogue_here = bool(rounds) or bool(cues_in(lex, "dialogue_nouns", doc, lo, hi))
        for d in drafts:  # "منذ الاجتماع السابع" dates the sentence, it is not its round
            own = [r for r in rounds if self._subclause(clause, r.first) == self._subclause(clause, d.first)
                   and not cues_in(lex, "since_words", doc, r.first - 1, r.first)]
            # "الاجتماع الوزاري الثاني للحوار الاستراتيجي بين دول الخليج واليابان": a meeting whose own noun the
            # sentence numbers as the dialogue's is that round's, of whatever kind its parties make it
            numbered_noun = [r for r in own if r.first <= d.first < r.end] or self._body_of_a_round(d, rounds)
            framing = self._rounds_framing(own, d)
            if (d.event.type in ("round_session", "working_group_session", "statement", "press_conference",
                                 "briefing", "signing") and own or numbered_noun or framing) and d.event.round is None:
                if numbered_noun and d.event.type in ("bilateral_meeting", "working_group_session"):
                    d.event.type = "round_session"  # "الاجتماع الأول لمجلس التنسيق": the framework's own session
                nearest = min(numbered_noun or framing or own, key=lambda r: abs(r.first - d.first))
                d.event.round = nearest.number
                d.explicit_round = True
                d.event.evidence.append(span_evidence(doc, nearest.first, nearest.end, "round", "round:in_sentence"))
            if dialogue_here or d.event.type == "working_group_session":
                d.event.dialogue = self.pair

    def _rounds_framing(self, rounds: list[RoundMention], d: Draft) -> list[RoundMention]:
        """"تباحث الوزيران في إطار الدورة الثالثة للحوار الاستراتيجي": the rounds a held meeting is told within
        are its round ("في إطار الإعداد للدورة السادسة عشرة": a round prepared for is still ahead)."""
        if d.event.type not in ("bilateral_meeting", "multilateral_meeting") or d.event.status != "happened":
            return []
        reach = self.lex.raw["preparing_reach"]
        return [r for r in rounds if r.framed and not cues_in(self.lex, "preparing_words", self.doc, r.first - reach,
                                                             r.first)]

    def _meeting_of_the_named_round(self) -> None:
        """"أكدت الجولة الثانية من المشاورات ..." (or a headline "بدء جولة المحادثات الثانية") then "واجتمع الوفدان
        في أنقرة يومي 7 و8 سبتمبر": a round opening a sentence as what it is about, beyond every round the part
        tells a session of, is told in the one meeting of the two sides the part tells held: its session. So is
        a round named anywhere in a part whose one held meeting is called joint ("التأم الاجتماع الوزاري المشترك
        لوزراء خارجية دول المجلس مع الوزير الروسي", then "مشيدا بالحوار الاستراتيجي الرابع")."""
        for part in sorted({c.part for c in self.clauses}):
            clauses = [c for c in self.clauses if c.part == part]
            in_part = [d for d in self.drafts if self.clauses[d.clause].part == part]
            joint = [d for d in in_part if d.event.type in ("bilateral_meeting", "multilateral_meeting")
                     and d.event.round is None and d.event.status == "happened"
                     and cues_in(self.lex, "joint_body_words", self.doc, d.end, d.end + 1)]
            opening = {r.number for c in clauses for r in self._round_mentions(c)
                       if len(joint) == 1 or r.first - c.sent.first_token <= 1}
            told = {d.event.round for d in self.drafts if d.event.type == "round_session"
                    and self.clauses[d.clause].part == part}
            untold = opening - told
            if len(untold) != 1 or any(n is not None and n > min(untold) for n in told) or self._prepared(
                    min(untold), clauses):
                continue
            meetings = [d for d in in_part if d.event.type == "bilateral_meeting" and d.event.round is None
                        and d.event.status == "happened" and d.event.mode != "virtual" and self._near_round(d, part)]
            if len(joint) == 1:
                meetings = joint
            if len(meetings) == 1 and (joint or not any(d.event.type == "multilateral_meeting" for d in in_part)):
                ev = meetings[0].event
                ev.type, ev.round, ev.dialogue = "round_session", min(untold), self.pair
                meetings[0].explicit_round = True
                ev.evidence.append(span_evidence(self.doc, meetings[0].first, meetings[0].end, "round",
                                                 "round:named_opening_the_part"))

    def _prepared(self, number: int, clauses: list[Clause]) -> bool:
        """"ناقشا التحضيرات للاجتماع الوزاري الثاني": a round named as what is prepared for is still ahead."""
        reach = self.lex.raw["preparing_reach"]
        return any(r.number == number and cues_in(self.lex, "preparing_words", self.doc, r.first - reach, r.first)
                   for c in clauses for r in self._round_mentions(c))

    def _body_of_a_round(self, d: Draft, rounds: list[RoundMention]) -> list[RoundMention]:
        """"الاجتماع الرابع لفريق العمل المشترك": the numbered round a group's session trigger (a group named
        right after the meeting's number) is the body of."""
        return [r for r in rounds if r.end == d.first] if d.event.type == "working_group_session" else []

    def _attach_rounds(self) -> None:
        """The document's rounds: every round it names, every event given its round and dialogue,
        every round what its sessions tell (status, dates, venue, groups); then the sessions that only
        repeat what another tells are dropped."""
        by_number = self._rounds_named()
        current = self._current_rounds()
        for d in self.drafts:
            self._settle_round(d, current)
        retold = self._unnumbered_retellings()
        for d in self.drafts:
            if id(d) in retold:
                continue  # told again without its number: what it tells is the numbered session's
            ev = d.event
            if ev.round is not None and ev.dialogue:
                self._tell_round(by_number.setdefault(ev.round, LocalRound(ev.dialogue, ev.round, status="planned")), d)
        self.rounds = [by_number[n] for n in sorted(by_number)]
        for lr in self.rounds:
            lr.dialogue = lr.dialogue or self.pair or ""
        self._drop_repeated_sessions(retold)
        for d in self.drafts:  # a span of no text is no evidence
            d.event.evidence = [e for e in d.event.evidence if e.end > e.start]

    def _rounds_named(self) -> dict[int, LocalRound]:
        """Every round the document names by its number, planned until a session of it happened."""
        by_number: dict[int, LocalRound] = {}
        for clause in self.clauses:
            for r in self._round_mentions(clause):
                lr = by_number.setdefault(r.number, LocalRound(self.pair or "", r.number, status="planned"))
                lr.evidence.append(span_evidence(self.doc, r.first, r.end, "number", "round:mention"))
        return by_number

    def _current_rounds(self) -> dict[int, int]:
        """Part -> the round whose session happened in it (the first told, near the part's anchor)."""
        current: dict[int, int] = {}
        for d in self.drafts:
            if d.event.type == "round_session" and d.event.round and d.event.status == "happened" \
                    and self._near_round(d, self.clauses[d.clause].part):
                current.setdefault(self.clauses[d.clause].part, d.event.round)
        return current

    def _settle_round(self, d: Draft, current: dict[int, int]) -> None:
        """An event's round (its own, else the part's current round) and its dialogue."""
        part = self.clauses[d.clause].part
        ev = d.event
        if ev.round is None and ev.type == "round_session":
            ev.round = current.get(part)
            if ev.round is None and not d.unnumbered:
                rounds_in_part = [r for c in self.clauses if c.part == part for r in self._round_mentions(c)]
                ev.round = rounds_in_part[0].number if rounds_in_part else None
            if ev.round is not None:
                ev.dialogue = self.pair
        # talks held on the round's days ("واستقبل ... على هامش الجولة") are of the round; talks planned are not yet
        if ev.round is None and current.get(part) and (ev.type in (
                "working_group_session", "statement", "press_conference", "briefing", "signing", "visit")
                or ev.type == "bilateral_meeting" and ev.status == "happened") and self._near_round(d, part):
            ev.round = current[part]
            ev.dialogue = self.pair
        if ev.dialogue is None and ev.type not in ("multilateral_meeting", "military_exercise") \
                and self._dialogue_part(part) and self._near_round(d, part, wide=True):
            ev.dialogue = self.pair

    def _tell_round(self, lr: LocalRound, d: Draft) -> None:
        """What an event of a round tells of it: that it happened, its start, end and venue, a group."""
        ev = d.event
        if ev.status == "happened":
            lr.status = "happened"
        if ev.type == "round_session":
            if d.boundary == "start" and ev.date and lr.start is None and ev.status == "happened":
                lr.start = ev.date
            if d.boundary == "end" and ev.date and lr.end is None and ev.status == "happened":
                lr.end = ev.date
            if ev.venue and lr.venue is None:
                lr.venue = ev.venue
        if ev.type == "working_group_session" and ev.working_group:
            lr.working_groups.append(ev.working_group)

    def _drop_repeated_sessions(self, retold: set[int]) -> None:
        """A launch only marks a round's start: it stands as a session only for a round known by nothing
        else. A session without a number stands only for a dialogue the part never numbers."""
        sessions: dict[int, list[Draft]] = {}
        for d in self.drafts:
            if d.event.type == "round_session" and d.event.round is not None:
                sessions.setdefault(d.event.round, []).append(d)
        drop = self._plans_of_a_launched_round(sessions)
        drop |= {id(d) for ds in sessions.values() if any(d.boundary != "start" and id(d) not in drop for d in ds)
                 for d in ds if d.boundary == "start"}
        drop |= retold
        for ds in sessions.values():  # "انطلقت اليوم الخميس 11 حزيران أعمال الجولة": the launch's day is its session's
            launch = next((d for d in ds if id(d) in drop and d.event.date is not None), None)
            for d in ds:
                if launch is not None and id(d) not in drop and d.event.date is None and d.clause == launch.clause:
                    d.event.date, d.date_rule = launch.event.date, launch.date_rule
                    d.event.evidence.extend(m for m in launch.event.evidence if m.norm == "date")
            _place_of_the_launch(ds, drop)
        # "ترأس المسؤولان جلسة للحوار ..." beside "انعقدت دورته الأولى بواشنطن في 2012": a round numbered on
        # other days does not stand for the session told
        numbered: dict[int, list] = {}
        for d in self.drafts:
            part = self.clauses[d.clause].part
            if d.event.round is not None and self._near_anchor(d.event.date, part, wide=True):
                numbered.setdefault(part, []).append(d.event.date)
        self.drafts = [d for d in self.drafts if id(d) not in drop and not (
            d.event.type == "round_session" and d.event.round is None and (not d.event.dialogue or any(
                days_meet(value, d.event.date) for value in numbered.get(self.clauses[d.clause].part, []))))]


    def _plans_of_a_launched_round(self, sessions: dict[int, list[Draft]]) -> set[int]:
        """"انطلقت منذ قليل أعمال الدورة الـ32 ..." then "وكان قد وصل أمس لرئاسة أعمال الدورة المقرر عقدها غدا":
        the part tells the round launched, so the plan it also tells of it is that session, its persons joining
        the launch."""
        drop: set[int] = set()
        for ds in sessions.values():
            for d in ds:
                part = self.clauses[d.clause].part
                launched = [n for n in ds if n.boundary == "start" and n.event.status == "happened"
                            and self.clauses[n.clause].part == part]
                if d.event.status == "planned" and not d.boundary and launched:  # a closing ahead is its end
                    launched[0].event.participants += [p for p in d.event.participants
                                                       if p not in launched[0].event.participants]
                    drop.add(id(d))
        return drop

    def _unnumbered_retellings(self) -> set[int]:
        """"عقدت الجولة الثالثة من الحوار في واشنطن ..." then "جاء انعقاد الحوار الاستراتيجي ليحقق ...": a session
        told without its number, in a part that tells the numbered session of that round held, tells that
        session again; its persons join it, and its place when the numbered one has none."""
        sessions: dict[int, list[Draft]] = {}
        for d in self.drafts:
            if d.event.type == "round_session" and d.event.round is not None:
                sessions.setdefault(d.event.round, []).append(d)
        drop: set[int] = set()
        for ds in sessions.values():
            for d in ds:
                part = self.clauses[d.clause].part
                told = [n for n in ds if not n.unnumbered and n.event.status == "happened"
                        and self.clauses[n.clause].part == part]
                if d.unnumbered and d.event.status == "happened" and told:
                    ev = told[0].event
                    ev.participants += [p for p in d.event.participants if p not in ev.participants]
                    if ev.venue is None and d.event.venue is not None:  # "استضافت دولة الكويت أعمال الدورة"
                        ev.venue = d.event.venue
                        ev.evidence.extend(m for m in d.event.evidence if m.norm == "venue")
                    drop.add(id(d))
        return drop


def _place_of_the_launch(sessions: list[Draft], drop: set[int]) -> None:
    """"انطلقت في الدوحة أعمال الجولة الثانية برئاسة ..." then "عقب الجلسة الافتتاحية": a round sits in one place
    with one pair of chairs, so the launch dropped for a later session of its round leaves it where and how
    it was held and who chaired it."""
    launches = [d for d in sessions if id(d) in drop and d.event.status == "happened"]
    for d in sessions:
        if id(d) in drop or d.event.status != "happened":
            continue
        for launch in launches:
            ev, told = d.event, launch.event
            if told.venue and not ev.venue and told.mode != "virtual" != ev.mode:
                ev.venue = told.venue
                ev.evidence.extend(m for m in told.evidence if m.norm == "venue")
            if told.mode and not ev.mode:
                ev.mode = told.mode
                ev.evidence.extend(m for m in told.evidence if m.norm == "mode")
            ev.participants += [p for p in told.participants if p not in ev.participants]

