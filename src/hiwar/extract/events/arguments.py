"""What an event's sentence tells of it besides its date: status (planned or happened), mode
(virtual or in person), venue, participants, organizations, countries and topics, and the
participants of a line that only tells who attended ("ترأس الجانب الكويتي ...")."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...text.normalize import fold
from ..cues import Clause, countries_in, cues_in, sentence_evidence, span_evidence, topics_in
from ..types import LocalEvent, Mention
from .drafts import MEETING_TYPES, Draft, owns_token
from .state import ReadingState


class ArgumentReading(ReadingState):
    """The arguments of each event a sentence opens or refers to."""

    def _status(self, d: Draft, clause: Clause) -> None:
        """Planned when a future cue stands just before or after the trigger; happened otherwise."""
        raw = self.lex.raw
        lo, hi = self._tok_range(clause)
        # the trigger itself may be the future verb ("سيزور", "سيحل ضيفا")
        before = cues_in(self.lex, "planned_cues", self.doc, max(lo, d.first - raw["planned_window_before"]),
                         d.first + 1)
        if self._told_as_the_occasion(d, lo):
            before = [c for c in before if self.doc.tokens[c.first_token].norm in self.lex.future_verbs
                      or not any(self.doc.tokens[k].norm in ("،", ",") for k in range(c.end_token, d.first))]
        after = cues_in(self.lex, "planned_cues", self.doc, d.end, min(hi, d.end + raw["planned_window_after"]))
        before = before or self._future_verb_of_stretch(d, lo)
        cues = [(c.first_token, c.end_token) for c in before or after] or [
            (k, k + 1) for k in range(d.end, min(hi, d.end + raw["planned_window_after"])) if self._future_with_object(k)] \
            or [(k, k + 1) for k in range(max(lo, d.first - raw["planned_window_before"]), d.first + 1)
                if self._future_of_many(k)]
        if not cues:
            cues = self._present_for_the_time_ahead(d, clause)
        if not cues:
            cues = self._told_for_tomorrow(d, clause)
        if cues:
            d.event.status = "planned"
            d.event.evidence.append(span_evidence(self.doc, cues[0][0], cues[0][1], "status", "status:planned_cue"))

    def _told_as_the_occasion(self, d: Draft, lo: int) -> bool:
        """"بحث التحضير للجولة المقررة الأحد القادم، خلال اتصال هاتفي": an event told after a comma as the occasion
        of what was done ("خلال", "أثناء") is not planned by a word qualifying a noun of the stretch before the
        comma ("المقرر", "القادم"); a future verb ("سيلتقي ...، خلال زيارة") still sets the time of all it tells."""
        doc = self.doc
        return d.first - 1 > lo and doc.tokens[d.first - 2].norm in ("،", ",") and \
            bool(cues_in(self.lex, "occasion_words", doc, d.first - 1, d.first))

    def _told_for_tomorrow(self, d: Draft, clause: Clause) -> list[tuple[int, int]]:
        """"يتوجه الوزير غدا الخميس إلى ...", "يعقد الوزيران صباح غد مباحثات": an event whose nearest day is
        tomorrow has not happened yet, though the report's own day is not known (when it is, the dates decide:
        `_after_the_report_is_planned`)."""
        doc = self.doc
        told = clause.dates + clause.unplaced_days
        anchor = self.anchor_of(clause.part)
        if anchor is not None and anchor.lo is not None and anchor.lo == anchor.hi:
            return []
        if not told or d.end < len(doc.tokens) and self.lex.cue("ongoing_words").match_at(doc, d.end):
            return []  # "غدا ... في إطار الزيارة الحالية": the visit under way frames tomorrow's event

        def distance(m: Mention) -> int:
            k = doc.token_at(m.start)
            return d.first - k if k < d.first else max(0, k - d.end + 1)

        nearest = min(told, key=distance)
        first, end = doc.token_at(nearest.start), doc.token_at(max(nearest.start, nearest.end - 1)) + 1
        found = cues_in(self.lex, "tomorrow_words", doc, first, end)
        return [(found[0].first_token, found[0].end_token)] if found else []

    def _present_for_the_time_ahead(self, d: Draft, clause: Clause) -> list[tuple[int, int]]:
        """"وتعقد مجموعات العمل اجتماعاتها هذا العام", "وتستضيف الرياض الجولة في وقت لاحق من العام الجاري": a verb
        of meeting in the present with a stretch of time still running (and no day) tells a plan."""
        lex, raw = self.lex, self.lex.raw
        lo, hi = self._tok_range(clause)
        verbs = cues_in(lex, "present_meeting_verbs", self.doc, max(lo, d.first - raw["habit_verb_reach"]), d.first + 1)
        if not verbs or any(isinstance(m.attrs.get("value"), str) and len(m.attrs["value"]) == 10 for m in clause.dates):
            return []
        spans = cues_in(lex, "running_spans", self.doc, verbs[-1].end_token, hi)
        return [(spans[0].first_token, spans[0].end_token)] if spans else []

    def _future_verb_of_stretch(self, d: Draft, lo: int) -> list:
        """"وستنطلق أشغال الحوار يوم الأحد 3 مارس على مستوى اللجان الفنية": a future verb opening the
        stretch of the sentence (after its start or a comma) sets the time of all it tells, however far."""
        k = d.first
        while k > lo and self.doc.tokens[k - 1].norm not in ("،", ",", "؛", ";"):
            k -= 1
        return cues_in(self.lex, "planned_cues", self.doc, k, min(k + 1, d.first))

    def _future_of_many(self, k: int) -> bool:
        """"سيعقدان", "ستعقدان", "سيلتقون": a future verb of the cue list said of two or more."""
        word = self.doc.tokens[k].norm
        word = word[1:] if word.startswith("و") and len(word) > 4 else word
        return any(word.endswith(suffix) and word[:-len(suffix)] in self.lex.future_verbs
                   for suffix in ("ان", "ون", "وا"))

    def _future_with_object(self, k: int) -> bool:
        """"سيترأسها", "ستستضيفه": a future verb of the cue list carrying an object pronoun."""
        word = self.doc.tokens[k].norm
        return any(word.endswith(suffix) and word[:-len(suffix)] in self.lex.future_verbs
                   for suffix in ("هما", "هم", "ها", "ه"))

    def _mode_and_venue(self, d: Draft, clause: Clause, siblings: list[Draft]) -> None:
        """Virtual or in person by the cues nearest the event; a virtual event has no venue."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        ev = d.event
        if ev.type in lex.raw["mode_types"]:
            # a mode cue belongs to the event it is nearest to ("جلسة عمل افتراضية ..., المقرر عقده في واشنطن")
            # "وهي الجولة التي انعقدت بشكل افتراضي": said in the clause telling how a round was held, of its session
            virtual = [m for m in cues_in(lex, "virtual_cues", doc, lo, hi)
                       if (ev.type == "round_session" if self._in_round_holding_clause(clause, m.first_token)
                           else owns_token(d, m.first_token, siblings))]
            in_person = cues_in(lex, "in_person_cues", doc, lo, hi)
            if virtual:
                ev.mode = "virtual"
                ev.evidence.append(span_evidence(doc, virtual[0].first_token, virtual[0].end_token, "mode", "mode:virtual_cue"))
            elif ev.mode is None and ev.status == "happened" and (in_person or ev.type == "visit"):  # a call stays one
                ev.mode = "in_person"
                cue = in_person[0] if in_person else None
                ev.evidence.append(span_evidence(doc, cue.first_token if cue else d.first,
                                             cue.end_token if cue else d.end, "mode", "mode:in_person_cue"))
        if ev.mode == "virtual":
            return
        venue = self._venue_after(d, clause) or (self._city_of_sentence(d, clause) if len(siblings) == 1 else None)
        if venue:
            ev.venue = venue
        if ev.venue and ev.type in self.lex.raw["mode_types"] and ev.mode is None and ev.status == "happened":
            ev.mode = "in_person"

    def _city_of_sentence(self, d: Draft, clause: Clause) -> str | None:
        """"بحث الوزير مع نظيره ... اليوم في الدوحة": the one event of its sentence is where the sentence says
        a city ("في الدوحة", "بالدوحة"), in the trigger's own clause (a signing too: "وقع البلدان اليوم ببغداد
        مذكرتي تفاهم"), unless the city is among what was talked
        about (", تطرقت إلى ... المفاوضات الجارية في فيينا"); a visit is where the sentence says someone went
        ("وصل الوزير إلى مسقط ..., في زيارة")."""
        if d.event.type not in self.lex.raw["mode_types"] and d.event.type != "signing":
            return None
        toks = self.doc.tokens
        visit = d.event.type == "visit"
        for tok, end_tok, entry, text in clause.places:
            if d.event.type == "signing" and d.first <= tok < d.end:
                continue  # "مذكرة تفاهم لإنشاء مركز في الدوحة": a place of the instrument's subject
            # "والذي عقد أمس في مدينة سوتشي الروسية": a city the gazetteer does not know, named as written
            written = self._place_as_written(clause, tok, end_tok) if entry.form == "demonym" else None
            if written is not None:
                tok, end_tok, text = self.doc.token_at(written[0]), self.doc.token_at(written[1] - 1) + 1, \
                    self.doc.text[written[0]:written[1]]
            at = toks[tok - 1].norm == "في" or _with_ba(toks[tok].norm, text) \
                or self._venue_lead(tok, clause.sent.first_token)  # "في العاصمة واشنطن"
            # "وصل وزير الخارجية ... إلى مسقط ..., في زيارة": a visit is where the traveller went
            to = visit and toks[tok - 1].norm in ("الي", "إلى") and entry.form in ("city", "country")
            city = entry.form == "city" and entry.city or self._country_as_its_city(tok, end_tok, entry, clause) \
                or written is not None
            if (city and at or to) and tok > clause.sent.first_token \
                    and self._subclause(clause, tok) == self._subclause(clause, d.first) and not self._led_away(d, tok) \
                    and not (tok > d.end and cues_in(self.lex, "topic_openers", self.doc, d.end, tok)):
                d.event.evidence.append(Mention("evidence", toks[tok].start, toks[end_tok - 1].end, text,
                                                "venue", "venue:city_of_sentence"))
                return text if written is not None else entry.city or _without_preposition(text)
        return None

    def _country_as_its_city(self, tok: int, end_tok: int, entry, clause: Clause) -> bool:
        """"في مدينة الكويت", "بالجزائر العاصمة": a country's name led by a word of the city or followed by
        "العاصمة" names its capital, a city where something was held."""
        return entry.form == "country" and (
            self._venue_lead(tok, clause.sent.first_token)
            or end_tok < len(self.doc.tokens) and self.lex.cue("capital_after_words").match_at(self.doc, end_tok))

    def _place_arrived_at(self, clause: Clause, end: int) -> tuple | None:
        """The city or country a verb of arriving ending at token `end` reached, by "إلى" or set off by a
        comma ("وصل الوزير، الثلاثاء، القاهرة"), before anything else is told; None if another place comes first."""
        toks, reach = self.doc.tokens, self.lex.raw["arrival_reach"]
        for place in clause.places:
            tok, entry = place[0], place[2]
            if end <= tok < end + reach and entry.form in ("city", "country"):
                return place if toks[tok - 1].norm in ("إلى", "الي", "،", ",") else None
        return None

    def _venue_after(self, d: Draft, clause: Clause) -> str | None:
        """The place told at the trigger ("في الرياض", "بالرياض", "زيارته للكويت"), the place a visitor
        arrived at ("وصل الوزير، الثلاثاء، القاهرة"), else the city of the host's premises, else the place
        that hosted it ("استضافت قطر ...")."""
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        toks = doc.tokens
        arrived = self._place_arrived_at(clause, d.end) if d.event.type == "visit" and \
            lex.cue("arrival_verbs").match_at(doc, d.first) else None
        if arrived is not None:
            tok, end_tok, entry, text = arrived
            d.event.evidence.append(Mention("evidence", toks[tok].start, toks[end_tok - 1].end, text, "venue",
                                            "venue:place_arrived_at"))
            return entry.city if entry.form == "city" and entry.city else _without_preposition(text)
        for tok, end_tok, entry, text in clause.places:
            if entry.form == "demonym":
                written = self._place_as_written(clause, tok, end_tok) if d.end <= tok <= d.end + 8 else None
                if written is not None:  # "في العاصمة الأمريكية" with no city named: the place as written
                    d.event.evidence.append(Mention("evidence", written[0], written[1], doc.text[written[0]:written[1]],
                                                    "venue", "venue:place_as_written"))
                    return doc.text[written[0]:written[1]]
                continue
            if d.first - 3 <= tok <= d.end + 8 and tok < hi and tok >= lo and not d.first <= tok < d.end \
                    and not self._led_away(d, tok):
                prev = toks[tok - 1].norm if tok > lo else ""
                to_place = d.event.type == "visit" and toks[tok].norm.startswith("ل")  # "زيارته للولايات المتحدة"
                at_place = _with_ba(toks[tok].norm, text)  # "بالرياض", "بباريس"
                visited = d.event.type == "visit" and tok >= d.end and bool(
                    cues_in(lex, "visit_verbs", doc, d.first, d.first + 1))  # "يزور ولي العهد واشنطن"
                if prev in ("في", "الي", "(") or to_place or at_place or visited or self._venue_lead(tok, lo):
                    d.event.evidence.append(Mention("evidence", toks[tok].start, toks[end_tok - 1].end, text,
                                                    "venue", "venue:place_after_trigger"))
                    return entry.city if entry.form == "city" and entry.city else _without_preposition(text)
        host = cues_in(lex, "host_premises", doc, d.end, hi) or cues_in(lex, "host_premises", doc, lo, d.first)
        if host:
            # "في مقر وزارة الخارجية الأمريكية بالعاصمة واشنطن": the city written after the premises
            cities = [p for p in clause.places if p[2].form == "city" and p[2].city
                      and host[0].end_token <= p[0] <= host[0].end_token + 5]
            if cities:
                d.event.evidence.append(span_evidence(doc, host[0].first_token, cities[0][1], "venue",
                                                  "venue:city_of_premises"))
                return cities[0][2].city
            # "بمقر وزارة الخارجية البريطانية": the premises' own country, else the side named before them
            own = [p for p in clause.places if p[2].form == "demonym" and p[0] == host[0].end_token]
            demonyms = own or [p for p in clause.places if p[0] < host[0].first_token
                               and not self._of_the_guest(d, clause, p[0])]
            if demonyms:
                name = country_name(demonyms[0][2].country)
                d.event.evidence.append(span_evidence(doc, host[0].first_token, host[0].end_token, "venue",
                                                  "venue:host_premises"))
                return name
        hosting = lex.cue("hosting_verbs")
        for tok, end_tok, entry, text in clause.places:  # "الكويت استضافت ...", "استضافت قطر ...", "استضافته لندن"
            if entry.form == "demonym":
                continue
            after = end_tok < len(toks) and hosting.match_at(doc, end_tok) and d.first >= end_tok
            # the host may be named with a lead word between ("استضافت العاصمة الأمريكية واشنطن")
            verb = next((j for j in range(tok - 1, max(lo, tok - 4) - 1, -1) if hosting.match_at(doc, j)
                         and (j == tok - 1 or self._venue_lead(tok, lo))), None)
            before = verb is not None and (d.first >= verb or 0 <= verb - d.end <= 2)
            if after or before:
                return text
        return None

    def _of_the_guest(self, d: Draft, clause: Clause, tok: int) -> bool:
        """"استقبل الوزير سامح شكري نظيره الصيني ... بمقر وزارة الخارجية": a place naming the counterpart's side
        ("نظيره الصيني"), or told after the host a verb of receiving names first, is the guest's country."""
        if tok > 0 and self.lex.cue("counterpart_words").match_at(self.doc, tok - 1):
            return True
        if not any(m.rule == "trigger:audience_verb" for m in d.event.evidence):
            return False
        host = next((k for k, _ in sorted(clause.persons) if k >= d.end), None)
        return host is not None and tok > host

    def _place_as_written(self, clause: Clause, tok: int, end_tok: int) -> tuple[int, int] | None:
        """Offsets of a place named around a country's adjective at tokens [tok, end_tok) though no known city is
        named: "في العاصمة الفيدرالية الأمريكية", "إلى العاصمة الأمريكية" (a capital by its country's adjective,
        at most a word between, no city's name after: the words as written) and "في مدينة شيان الصينية" (a city
        word, then one name the gazetteer does not know: that name). The preposition is left out."""
        toks, lex, doc = self.doc.tokens, self.lex, self.doc
        lo = clause.sent.first_token
        if any(p[0] in (end_tok, end_tok + 1) and p[2].form == "city" for p in clause.places):
            return None
        lead = next((k for k in range(tok - 1, max(lo, tok - 3) - 1, -1) if lex.cue("capital_words").match_at(doc, k)), None)
        city = tok - 2 if tok - 2 >= lo and lex.cue("city_words").match_at(doc, tok - 2) else None
        if city is not None and lead is None:
            if not toks[tok - 1].is_word or any(p[0] == tok - 1 for p in clause.places):
                return None
            lead = city
        if lead is None:
            return None
        word = toks[lead].norm
        if not (word.startswith("ب") or lead > lo and toks[lead - 1].norm in ("في", "إلى", "الي")):
            return None
        if lead == city:
            return toks[tok - 1].start, toks[tok - 1].end
        return toks[lead].start + (1 if word.startswith("ب") else 0), toks[end_tok - 1].end

    def _venue_lead(self, tok: int, lo: int) -> bool:
        """"في العاصمة الأمريكية واشنطن": a lead word ("العاصمة") just before the place."""
        return any(self.lex.cue("venue_lead_words").match_at(self.doc, k) for k in range(max(lo, tok - 3), tok))

    def _arguments(self, d: Draft, clause: Clause) -> None:
        """The sentence's persons, organizations, topics and countries (the dialogue's pair first)."""
        ev = d.event
        self._add_participants(ev, clause, self._commenting_on_a_plan(ev, clause, d.first))
        for _, oid in clause.orgs:
            if oid not in ev.organizations:
                ev.organizations.append(oid)
        lo, hi = self._tok_range(clause)
        ev.topics = topics_in(self.doc, lo, hi)
        countries = countries_in(clause)
        if ev.dialogue:
            countries = ev.dialogue.split("-") + countries
        ev.countries = list(dict.fromkeys(countries))
        if clause.persons:
            ev.evidence.append(sentence_evidence(self.doc, clause.sent, "participants", "participants:in_sentence"))
        elif ev.type in MEETING_TYPES and cues_in(self.lex, "pair_references", self.doc, lo, hi):
            ev.participants = self._pair_named_before(d.clause)  # "عقدها الوزيران": the two named before

    def _pair_named_before(self, ci: int) -> list[str]:
        """The last two persons named in the sentences before `ci`, in its part of the page."""
        part = self.clauses[ci].part
        named = [pid for c in self.clauses[:ci] if c.part == part for _, pid in c.persons]
        last = list(dict.fromkeys(reversed(named)))[:2]
        return list(reversed(last)) if len(last) == 2 else []

    def _participation(self, clause: Clause, new: list[Draft]) -> None:
        """"ترأس الجانب الكويتي ...": the persons of this line attend the latest happened meeting."""
        lo, hi = self._tok_range(clause)
        # "ويرأس وفد المملكة ... الوزير X الذي وصل مساء اليوم": a visit told of the head named does not make
        # the line a new meeting's
        if any(d.event.type in MEETING_TYPES for d in new) or not clause.persons:
            return
        cues = cues_in(self.lex, "participation_cues", self.doc, lo, min(hi, lo + 8))
        # "ويرأس وفد المملكة في الاجتماعات التي تبدأ غدا": a line in the present tells of the meeting at hand,
        # held or still ahead
        ahead = cues_in(self.lex, "participation_cues_ahead", self.doc, lo, min(hi, lo + 8))
        if not cues and not ahead:
            return
        meetings = [d for d in reversed(self.drafts) if d.event.type in MEETING_TYPES
                    and (d.event.status == "happened" or bool(ahead))
                    and self.clauses[d.clause].part == clause.part and not d.aggregate
                    # a line ahead may tell who chairs a session planned months on ("سيترأس الجانب الكويتي")
                    and (self._near_round(d, clause.part) or bool(ahead) and d.event.status == "planned")]
        # "... خلال اجتماع لمجموعة العمل عقد ضمن الجولة التي انطلقت يوم ...": the meeting told, not the
        # round's launch named beside it
        told = [d for d in meetings if not _only_a_launch(d)] or meetings
        if told:
            d = told[0]
            # "وأضاف السفير X أن الوفد سيترأسه نائب الوزير Y": the speaker of the line only tells who attends
            start = self._reported_words_start(clause, (cues or ahead)[0].first_token)
            self._add_participants(d.event, clause, frozenset() if start is None else self._only_speaking(clause, start))
            d.event.evidence.append(sentence_evidence(self.doc, clause.sent, "participants",
                                                       "participants:participation_line"))

    def _add_participants(self, ev: LocalEvent, clause: Clause, commenting: frozenset[str] = frozenset()) -> None:
        """The persons of a sentence join an event's participants, each once, in the order told; a
        spokesperson telling of a meeting is not in it (his own briefing or statement he is), nor are
        those only `commenting` on it."""
        reported = ev.type not in self.lex.raw["spoken_events"]
        away = self._named_as_the_guidance(clause) | self._named_in_greetings(clause) | commenting
        if ev.type != "visit":
            away |= self._visitors_of_another_time(clause, ev) | self._welcoming_an_arrival(clause)
        for tok, pid in clause.persons:
            if pid not in ev.participants and not (reported and pid in self.spokespersons) and pid not in away:
                ev.participants.append(pid)

    def _commenting_on_a_plan(self, ev: LocalEvent, clause: Clause, tok: int) -> frozenset[str]:
        """"قال السفير X إن اجتماعات اللجنة التي ستعقد الخميس المقبل فرصة مهمة": the speaker of words telling an
        event (named at token `tok`) as still ahead (a cue of the future in them) only comments on it."""
        if ev.type in self.lex.raw["spoken_events"]:
            return frozenset()
        _, hi = self._tok_range(clause)
        start = self._reported_words_start(clause, tok)
        if start is None or not cues_in(self.lex, "planned_cues", self.doc, start, hi):
            return frozenset()
        return self._only_speaking(clause, start)

    def _reported_words_start(self, clause: Clause, tok: int) -> int | None:
        """The complementizer opening the reported words token `tok` is in ("قال X إن ..."), None if none: the
        speaker's titles may run long ("قال عميد السلك الدبلوماسي سفير دولة الكويت ... X اليوم إن"), so a verb of
        saying anywhere before it."""
        lo, _ = self._tok_range(clause)
        said = cues_in(self.lex, "complementizers", self.doc, lo, tok)
        if not said or not cues_in(self.lex, "speech_verbs", self.doc, lo, said[0].first_token):
            return None
        return said[0].first_token

    def _only_speaking(self, clause: Clause, start: int) -> frozenset[str]:
        """The persons named before the reported words opening at `start` and not in them, unless the words put
        the speaker in what they tell (`speakers_own_words`: "أعلن أنه", "زيارته", "مع نظيره")."""
        _, hi = self._tok_range(clause)
        if cues_in(self.lex, "speakers_own_words", self.doc, start, hi):
            return frozenset()
        before = {pid for tok, pid in clause.persons if tok < start}
        return frozenset(before - {pid for tok, pid in clause.persons if tok >= start})

    def _named_as_the_guidance(self, clause: Clause) -> set[str]:
        """"عقد الاجتماع ... تنفيذا لتوجيهات الشيخ X والرئيس Y": the leaders whose guidance a meeting carries
        out are named after the word of guidance, up to a word of attending ("برئاسة") or the sentence's end,
        and take no part in it unless the sentence names them elsewhere too."""
        lo, hi = self._tok_range(clause)
        words = cues_in(self.lex, "guidance_words", self.doc, lo, hi)
        if not words:
            return set()
        start = words[0].end_token
        attending = cues_in(self.lex, "participation_cues", self.doc, start, hi)
        stop = attending[0].first_token if attending else hi
        inside = {pid for tok, pid in clause.persons if start <= tok < stop}
        return inside - {pid for tok, pid in clause.persons if not start <= tok < stop}

    def _visitors_of_another_time(self, clause: Clause, ev: LocalEvent) -> set[str]:
        """"استكمالا لنتائج زيارة أمير الكويت الشيخ X إلى المملكة المتحدة في نوفمبر 2012": the persons named between
        a word of visit and the month or year it is dated by (before the report's month, when that is known) made
        that visit; they take no part in the sentence's other events unless it names them elsewhere too, or the
        event is of the visit's own time ("زيارته إلى الهند في سبتمبر 2023 للمشاركة في الاجتماع الأول")."""
        own = ev.date.get("start") if isinstance(ev.date, dict) else ev.date
        lo, hi = self._tok_range(clause)
        words = cues_in(self.lex, "dated_visit_words", self.doc, lo, hi)
        if not words:
            return set()
        month = self.anchor_month(clause.part)
        spans = []
        for word in words:
            start = self.doc.tokens[word.end_token - 1].end
            told = next((m for m in sorted(clause.dates, key=lambda m: m.start) if m.start >= start), None)
            value = told.attrs.get("value") if told is not None else None
            if isinstance(value, str) and len(value) in (4, 7) and not (own and own[:len(value)] == value) \
                    and (month is None or value < month[:len(value)]):
                spans.append((word.end_token, self.doc.token_at(told.start)))
        inside = {pid for tok, pid in clause.persons if any(a <= tok < b for a, b in spans)}
        return inside - {pid for tok, pid in clause.persons if not any(a <= tok < b for a, b in spans)}

    def _welcoming_an_arrival(self, clause: Clause) -> set[str]:
        """"وصل الوزير مساء اليوم إلى نيودلهي حيث كان في استقباله السفير X": the persons named after a word of
        welcoming an arrival met the traveller there, and sit in no meeting for it unless named before it too."""
        lo, hi = self._tok_range(clause)
        words = cues_in(self.lex, "arrival_welcome_words", self.doc, lo, hi)
        if not words:
            return set()
        start = words[0].end_token
        return {pid for tok, pid in clause.persons if tok >= start} - {pid for tok, pid in clause.persons if tok < start}

    def _named_in_greetings(self, clause: Clause) -> set[str]:
        """"نقل الوزير تحيات الرئيس X إلى الملك Y": the leader whose greetings are conveyed is named after the
        word of greeting, up to "إلى", and is not at the meeting (the one greeted, Y, is). Greetings entrusted
        to a guest ("حمّله تحياته إلى الرئيس X") go to one who is away: X too, up to a comma or the end.
        Someone the sentence also names elsewhere stays."""
        lex, doc = self.lex, self.doc
        lo, hi = self._tok_range(clause)
        words = cues_in(lex, "greeting_words", doc, lo, hi)
        if not words:
            return set()
        spans = []
        for word in words:
            to = cues_in(lex, "greeting_recipient_words", doc, word.end_token, hi)
            stop = to[0].first_token if to else hi
            if to and cues_in(lex, "greeting_carrying_verbs", doc,
                              max(lo, word.first_token - lex.raw["greeting_carrying_reach"]), word.first_token):
                stop = next((k for k in range(stop, hi) if doc.tokens[k].norm in ("،", ",")), hi)
            spans.append((word.end_token, stop))
        inside = {pid for tok, pid in clause.persons if any(a <= tok < b for a, b in spans)}
        return inside - {pid for tok, pid in clause.persons if not any(a <= tok < b for a, b in spans)}

    def _enrich(self, draft: Draft, clause: Clause, first: int, end: int) -> None:
        """A definite reference ("جلسة العمل الافتراضية") adds its sentence's facts to an earlier event."""
        self._add_participants(draft.event, clause, self._commenting_on_a_plan(draft.event, clause, first))
        draft.event.evidence.append(span_evidence(self.doc, first, end, "participants", "anaphora:definite_trigger"))
        self._venue_at_reference(draft, clause, first, end)

    def _venue_at_reference(self, draft: Draft, clause: Clause, first: int, end: int) -> None:
        """"شارك الوفد في الاجتماع الذي عقد بالعاصمة الأردنية عمّان": a place told at a definite reference (tokens
        [first, end)) is where the event told before was held, when no place was told with it."""
        ev, lex = draft.event, self.lex
        if ev.venue or ev.mode == "virtual" or ev.type not in lex.raw["held_in_place"]:
            return
        # "مخرجات اجتماع اللجنة التي عقدت بالقاهرة" beside a meeting still ahead: a past meeting whose outcome
        # is spoken of, not the one told
        # "وحضر اللقاء مندوب المملكة لدى الأمم المتحدة في نيويورك": a line of who attended, the place in an office
        # (unless it tells where the meeting was held: "وشارك في الاجتماع الذي عقد بموسكو")
        lo, held = clause.sent.first_token, cues_in(lex, "past_holding", self.doc, end, end + 1)
        if cues_in(lex, "participation_cues", self.doc, max(lo, first - 2), first) and not held \
                or cues_in(lex, "outcome_words", self.doc, max(lo, first - lex.raw["outcome_reach"]), first) \
                or ev.status == "planned" and cues_in(lex, "past_holding", self.doc, end, end + lex.raw["past_holding_reach"]):
            return
        probe = Draft(LocalEvent(ev.type), first, end, draft.clause)
        venue = self._venue_after(probe, clause)
        told = [m for m in probe.event.evidence if m.rule == "venue:place_after_trigger"]
        if venue and told:
            ev.venue = venue
            ev.evidence.extend(replace(m, rule="venue:at_reference") for m in told)
            if ev.mode is None and ev.status == "happened" and ev.type in self.lex.raw["mode_types"]:
                ev.mode = "in_person"


def _only_a_launch(d: Draft) -> bool:
    """A round session told by nothing but its launch ("التي انطلقت يوم ...")."""
    kinds = [m.rule for m in d.event.evidence if m.norm == "type"]
    return d.boundary == "start" and kinds[:1] == ["round:start_cue"]


def _with_ba(word: str, place: str) -> bool:
    """"بالرياض", "بباريس": the place's word carries the preposition "ب" (a name that itself begins
    with it, "باريس" or "بغداد" written bare, does not)."""
    return word.startswith("ب") and not word.startswith(fold(place).split()[0])


def _without_preposition(text: str) -> str:
    """"للكويت" → "الكويت", "لواشنطن" → "واشنطن": the place as a venue."""
    if text.startswith("لل"):
        return "ال" + text[2:]
    if text.startswith("ل") and len(text) > 3 and not text.startswith("لبنان") and not text.startswith("ليبيا"):
        return text[1:]
    return text


@lru_cache(maxsize=64)
def country_name(code: str | None) -> str | None:
    """The Arabic short name of a country, as a venue ("الكويت")."""
    if not code:
        return None
    from babel import Locale
    return Locale("ar").territories.get(code)
