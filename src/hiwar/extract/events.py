"""The dialogue itself, as one document reports it: events, rounds and agreements.

Everything is cue-driven: the phrases live in data/ar/events.yaml and topics.yaml,
ordinals in data/ar/dates/numbers.yaml, countries in the places gazetteer. A sentence
is the unit of reading; a few rules look one sentence back ("جاء ذلك ...") or to the
latest event of the document (participation lines, definite anaphora "الجلسة").
Agreements are read by the AgreementReading mixin (agreements.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..text.doc import Doc, clitic_readings
from ..text.matcher import Match
from ..text.normalize import fold
from .agreements import AgreementReading
from .cues import (Clause, RoundMention, countries_in, cues_in, dominant_pair, find_round_mentions, first_topic_after, lexicon,
                   sentence_evidence, span_evidence, topics_in)
from .dates.values import bounds, contains, format_month, widest
from .places import PlaceEntry
from .types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention

MEETING_TYPES = {"round_session", "working_group_session", "bilateral_meeting", "multilateral_meeting",
                 "press_conference", "briefing"}
SPECIFIC_MEETINGS = MEETING_TYPES - {"bilateral_meeting"}
REPORTED_TYPES = {"statement", "press_conference", "briefing"}
NARRATIVE_TYPES = MEETING_TYPES | {"visit"} | REPORTED_TYPES
PLURAL_HOLDING = {"اجتماعات", "جلسات"}
ONE_PER_SENTENCE = {"military_exercise", "press_conference", "statement", "briefing"}


# ---------------------------------------------------------------- the extractor
@dataclass
class Draft:
    """An event while its document is read: a LocalEvent plus reading state."""

    event: LocalEvent
    first: int
    end: int
    clause: int
    date_rule: str = ""
    aggregate: bool = False
    boundary: str = ""  # "start" | "end" for round launches and closings
    explicit_round: bool = False
    unnumbered: bool = False  # a session of the dialogue named without a round number
    generic: bool = False  # opened by a bare meeting noun ("اجتماع", "مباحثات")


@dataclass
class DialogueReading:
    events: list[LocalEvent]
    rounds: list[LocalRound]
    agreements: list[LocalAgreement]
    mentions: list[Mention]
    dialogue: str | None = None  # the pair of countries the document names most

def document_parts(doc: Doc, end: int) -> list[int]:
    """Original start offsets of the parts of a page: a stitched page continues with another
    report after a break phrase ("وفي سياق متصل") at the head of a sentence."""
    lex = lexicon()
    starts = [0]
    for sent in doc.sentences:
        if sent.start >= end:
            break
        if sent.start > 0 and cues_in(lex, "part_breaks", doc, sent.first_token, sent.first_token + 1):
            starts.append(sent.start)
    return starts


def read_dialogue(doc: Doc, end: int, dates: list[Mention], entities: list[LocalEntity],
                  places: list[Mention], anchors: list | date | None = None) -> DialogueReading:
    """Events, rounds and agreements of one document (text before original offset `end`).

    `anchors` holds, per part of `document_parts`, the span of days the part may be dated
    (an object with `lo` and `hi` dates) or None. Dates arrive already resolved: a relative
    date keeps only the precision all days of that span agree on.
    """
    if isinstance(anchors, date):
        anchors = [DaySpan(anchors, anchors)]
    return _Reader(doc, end, dates, entities, places, anchors or []).read()


@dataclass(frozen=True)
class DaySpan:
    """The days a text may be dated: a single day when lo == hi."""

    lo: date
    hi: date


class _Reader(AgreementReading):
    def __init__(self, doc, end, dates, entities, places, anchors):
        self.doc, self.end, self.anchors = doc, end, anchors
        self.lex = lexicon()
        self.pair = dominant_pair([p for p in places if p.start < end], entities)
        self.clauses = self._clauses(dates, entities, places)
        # the document numbers its framework's meetings ("الاجتماع الثامن لمجموعة التوجيه")
        self.numbered_meetings = any(self.lex.cue("meeting_round_nouns").match_at(doc, r.first)
                                     for c in self.clauses
                                     for r in find_round_mentions(doc, c.sent.first_token, c.sent.end_token))
        self.drafts: list[Draft] = []
        self.rounds: list[LocalRound] = []
        self.agreements: list[LocalAgreement] = []

    # -- setup
    def _clauses(self, dates, entities, places) -> list[Clause]:
        doc = self.doc
        out: list[Clause] = []
        starts = document_parts(doc, self.end)
        for sent in doc.sentences:
            if sent.start >= self.end:
                break
            out.append(Clause(sent, sum(1 for s in starts[1:] if s <= sent.start)))

        def clause_of(offset: int) -> Clause | None:
            for c in out:
                if c.sent.start <= offset < c.sent.end:
                    return c
            return None

        for m in dates:
            c = clause_of(m.start)
            if c is not None and m.attrs.get("value") is not None:
                c.dates.append(m)
        for ent in entities:
            for m in ent.mentions:
                c = clause_of(m.start)
                if c is not None:
                    target = c.persons if ent.kind == "person" else c.orgs
                    target.append((doc.token_at(m.start), ent.local_id))
        for m in places:
            c = clause_of(m.start)
            if c is not None:
                tok = doc.token_at(m.start)
                end_tok = doc.token_at(m.end - 1) + 1
                form = m.attrs.get("form", "country")
                c.places.append((tok, end_tok, PlaceEntry(m.attrs.get("country"), form, m.attrs.get("city")),
                                 m.text))
        return out

    # -- main
    def read(self) -> DialogueReading:
        headline = [0] if self.clauses and self._is_headline(0, self.clauses[0]) else []
        for ci, clause in enumerate(self.clauses):
            if ci not in headline:
                self._read_clause(ci, clause)
        for ci in headline:  # a headline sums up its body: it adds only what the body does not tell
            told = {d.event.type for d in self.drafts}
            if told & MEETING_TYPES:  # "اجتماع دفاعي ..." over a body telling the session itself
                told |= MEETING_TYPES - {"round_session", "working_group_session"}
            self._read_clause(ci, self.clauses[ci])
            self.drafts = [d for d in self.drafts if d.clause != ci or d.event.type not in told]
            self._name_the_body_meeting(ci)
        self._future_plans()
        for ci, clause in enumerate(self.clauses):
            self._read_agreements(ci, clause)
        self._attach_rounds()
        self._default_dates()
        index = {id(d): k for k, d in enumerate(self.drafts)}
        for d in self.drafts:
            frame = self._framing_meeting(d, dated=False) if d.event.status == "happened" else None
            d.event.framed_by = index.get(id(frame)) if frame is not None else None
        events = [d.event for d in self.drafts]
        return DialogueReading(events, self.rounds, self.agreements, [], self.pair)

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
        """The page's first line, standing alone above a body and not ending like a sentence."""
        text = self.doc.text
        return ci == 0 and len(self.clauses) > 1 and "\n" in text[clause.sent.end:clause.sent.end + 3] \
            and text[clause.sent.start:clause.sent.end].rstrip()[-1:] not in ".!؟?"

    def _tok_range(self, clause: Clause) -> tuple[int, int]:
        return clause.sent.first_token, clause.sent.end_token

    def _read_clause(self, ci: int, clause: Clause) -> None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        rounds = find_round_mentions(doc, lo, hi, self.numbered_meetings)
        dialogue_here = bool(rounds) or bool(cues_in(lex, "dialogue_nouns", doc, lo, hi))
        triggers = []
        i = lo
        while i < hi:
            m = lex.triggers.match_at(doc, i)
            if m:
                triggers.append(m)
                i = m.end_token
            else:
                i += 1
        triggers = [m for m in triggers if m.payload != "audience" or self._is_audience_verb(clause, m, hi)]
        specific = [m for m in triggers if m.payload in SPECIFIC_MEETINGS or m.payload in ("bilateral_meeting", "audience")]
        new: list[Draft] = []
        generic_done = False
        for m in triggers:
            kind = m.payload
            if kind == "round_session":  # "الجلسة الختامية": read with the round's boundaries below
                continue
            if kind == "welcome":  # "رحب ... بنظيره": a guest welcomed is a visit, told up to the guest
                guest = self._welcomed_guest(clause, m)
                if guest is not None:
                    draft = Draft(LocalEvent("visit"), m.first_token, guest + 1, ci)
                    draft.event.evidence.append(span_evidence(doc, m.first_token, guest + 1, "type",
                                                              "trigger:welcomed_guest"))
                    new.append(draft)
                continue
            if kind == "audience":  # "استقبل ...", "التقى ...": one encounter per verb
                if self._subclause(clause, m.first_token):
                    continue  # "قال إنه بحث مع ...": a speaker recounting the meeting already reported
                kind = self._meeting_kind(clause, m)
                draft = Draft(LocalEvent(kind), m.first_token, m.end_token, ci)
                draft.event.evidence.append(span_evidence(doc, m.first_token, m.end_token, "type", "trigger:audience_verb"))
                new.append(draft)
                continue
            definite = any(form.startswith("ال") for t in doc.tokens[m.first_token:m.end_token]
                           for _, form in clitic_readings(t.norm))
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
                if specific or generic_done or any(r.first - m.end_token <= 1 and r.first >= m.end_token for r in rounds):
                    continue
                kind = self._meeting_kind(clause, m)
                generic_done = True
                if definite:  # "الاجتماع": the meeting the report is about, if it has told one
                    ref = self._latest_meeting(ci)
                    if ref is not None:
                        self._enrich(ref, clause, m.first_token, m.end_token)
                        continue
                    if self._subclause(clause, m.first_token):
                        continue  # "أشار إلى أن الاجتماع ...": a speaker's words, not a new meeting
            # "وقبل زيارة الوزير ...", "عقب الزيارة": an event named as a point in time is one already told
            as_time = bool(cues_in(lex, "since_words", doc, m.first_token - 1, m.first_token)
                           or cues_in(lex, "after_cues", doc, m.first_token - 1, m.first_token))
            if (definite or as_time) and kind not in ("round_session",):
                ref = self._latest(kind)
                if ref is not None:
                    self._enrich(ref, clause, m.first_token, m.end_token)
                    if kind == "statement":
                        self._date_of_the_page(ref, clause, m)
                    continue
            if kind in ONE_PER_SENTENCE and any(d.event.type == kind for d in new):
                continue  # "مناورات الأسد الإفريقي، ... أكبر تمرين عسكري": the same event named twice
            draft = Draft(LocalEvent(kind), m.first_token, m.end_token, ci, generic=m.payload == "generic_meeting")
            if kind == "statement":
                self._date_of_the_page(draft, clause, m)
            draft.event.evidence.append(span_evidence(doc, m.first_token, m.end_token, "type", f"trigger:{kind}"))
            if kind == "working_group_session" and cues_in(lex, "structure_verbs", doc,
                                                           m.first_token - lex.raw["structure_reach"], m.first_token):
                continue  # "سيضم الحوار ثلاث مجموعات عمل": the framework's structure, not a session
            if kind == "working_group_session":
                plural = fold(m.text).split()[0] in ("فرق", "مجموعات", "جلسات", "اجتمعت")
                draft.aggregate = plural
                if not plural:
                    draft.event.working_group = first_topic_after(doc, m.end_token, hi)
                    if draft.event.working_group:
                        draft.event.evidence.append(span_evidence(doc, m.first_token, min(hi, m.end_token + 6),
                                                              "working_group", "wg:topic_after_trigger"))
            new.append(draft)
        sessions = self._round_sessions(ci, clause, rounds, triggers)
        if sessions:  # "اختتام أعمالها باللقاء الثنائي": a meeting noun beside a round's session is that session
            new = [d for d in new if not d.generic or cues_in(lex, "framing_cues", doc, d.first - 2, d.first)
                   or all(_gap(x, d.first) > 6 for x in sessions)]
        new.extend(sessions)
        # round numbers for the clause's events
        for d in new:  # "منذ الاجتماع السابع" dates the sentence, it is not its round
            own = [r for r in rounds if self._subclause(clause, r.first) == self._subclause(clause, d.first)
                   and not cues_in(lex, "since_words", doc, r.first - 1, r.first)]
            if d.event.type in ("round_session", "working_group_session", "statement", "press_conference",
                                "briefing", "signing") and d.event.round is None and own:
                nearest = min(own, key=lambda r: abs(r.first - d.first))
                d.event.round = nearest.number
                d.explicit_round = True
                d.event.evidence.append(span_evidence(doc, nearest.first, nearest.end, "round", "round:in_sentence"))
            if dialogue_here or d.event.type == "working_group_session":
                d.event.dialogue = self.pair
        for d in new:
            self._status(d, clause)
        self._assign_dates(ci, clause, new)
        for d in new:
            self._mode_and_venue(d, clause, new)
            self._arguments(d, clause)
        new = self._one_visit(new)
        self._participation(clause, new)
        if not new:
            self._date_told_after(ci, clause)
        self.drafts.extend(new)

    def _date_told_after(self, ci: int, clause: Clause) -> None:
        """"... من أجل عقد لقاء قمة. ومن المقرر أن يتم ذلك يوم الاثنين 15 نيسان": a sentence that tells
        when "that" happens dates the undated events of the sentence before it."""
        lo, hi = self._tok_range(clause)
        if not clause.dates or not cues_in(self.lex, "forward_references", self.doc, lo, hi):
            return
        for d in self.drafts:
            if d.clause == ci - 1 and d.event.date is None and d.event.type not in REPORTED_TYPES:
                self._set_date(d, clause.dates[0], "date:next_sentence_reference")  # not the statement telling it

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

    def _date_of_the_page(self, d: Draft, clause: Clause, m) -> None:
        """"صدر عن الحكومتين البيان الآتي": the page is the statement, so it is of the page's day."""
        anchor = self.anchor_of(clause.part)
        if anchor is None or anchor.lo is None or anchor.lo != anchor.hi or d.event.date is not None \
                or not cues_in(self.lex, "statement_is_the_text", self.doc, m.first_token + 1, m.end_token + 1):
            return
        d.event.date, d.date_rule = anchor.lo.isoformat(), "date:the_page_is_the_statement"
        d.event.evidence.append(span_evidence(self.doc, m.first_token, m.end_token + 1, "date",
                                              "date:the_page_is_the_statement"))

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
        """Bilateral unless the meeting's own stretch of the sentence names three or more countries."""
        many = self._country_count(clause, m.first_token - 20, m.end_token + 15) >= self.lex.raw["multilateral_min_countries"]
        return "multilateral_meeting" if many else "bilateral_meeting"

    def _subclause(self, clause: Clause, tok: int) -> int:
        """Which stretch of the sentence a token is in: "أكد X أن ..." starts a reported clause at "أن"."""
        return sum(1 for b in self._reported_starts(clause) if b <= tok)

    def _reported_starts(self, clause: Clause) -> list[int]:
        if clause.reported is None:
            lo, hi = self._tok_range(clause)
            reach = self.lex.raw["speech_reach"]
            said = [c.first_token for c in cues_in(self.lex, "complementizers", self.doc, lo, hi)
                    if cues_in(self.lex, "speech_verbs", self.doc, c.first_token - reach, c.first_token)]
            clause.reported = sorted(set(said) | {c.first_token for c in cues_in(
                self.lex, "speech_participles", self.doc, lo + 1, hi)})
        return clause.reported

    def _country_count(self, clause: Clause, lo: int | None = None, hi: int | None = None) -> int:
        c_lo, c_hi = self._tok_range(clause)
        lo, hi = max(c_lo, lo if lo is not None else c_lo), min(c_hi, hi if hi is not None else c_hi)
        codes = {entry.country for tok, _, entry, _ in clause.places if lo <= tok < hi and entry.country}
        i = lo
        while i < hi:
            m = self.lex.groups.match_at(self.doc, i)
            if m:
                codes.update(m.payload)
                i = m.end_token
            else:
                i += 1
        return len(codes)

    def _latest_meeting(self, ci: int) -> Draft | None:
        return next((d for d in reversed(self.drafts) if d.event.type in MEETING_TYPES
                     and self.clauses[d.clause].part == self.clauses[ci].part), None)

    def _latest(self, kind: str) -> Draft | None:
        for d in reversed(self.drafts):
            if d.event.type == kind:
                return d
        return None

    def _enrich(self, draft: Draft, clause: Clause, first: int, end: int) -> None:
        """A definite reference ("جلسة العمل الافتراضية") adds its sentence's facts to an earlier event."""
        for _, pid in clause.persons:
            if pid not in draft.event.participants:
                draft.event.participants.append(pid)
        draft.event.evidence.append(span_evidence(self.doc, first, end, "participants", "anaphora:definite_trigger"))

    # -- rounds
    def _round_sessions(self, ci: int, clause: Clause, rounds: list[RoundMention], triggers) -> list[Draft]:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        out: list[Draft] = []
        starts = cues_in(lex, "round_start_cues", doc, lo, hi)
        ends = cues_in(lex, "round_end_cues", doc, lo, hi)
        first_time = cues_in(lex, "first_round_cues", doc, lo, hi) or (not rounds and any(
            cues_in(lex, "dialogue_nouns", doc, m.end_token, m.end_token + lex.raw["holding_verb_reach"])
            for m in cues_in(lex, "dialogue_launch_cues", doc, lo, hi)))
        session_triggers = [m for m in triggers if m.payload == "round_session"]
        dialogue = bool(cues_in(lex, "dialogue_nouns", doc, lo, hi)) or bool(rounds)
        # a holding verb that opens the sentence, or its body after a dateline ("الكويت - 10 - 2 (كونا) -- عقدت")
        # (a dateline may follow a headline the page ran into the sentence, so its dash opens the body)
        # (a dateline may follow a headline the page ran into the sentence, so its dash opens the body;
        # "أفادت الوزارة بأن البلدين عقدتا ..." opens a reported clause the same way)
        reported = self._reported_starts(clause)
        opening = [m for m in cues_in(lex, "holding_verbs", doc, lo, hi)
                   if m.first_token < lo + 2 or doc.tokens[m.first_token - 1].norm == "-"
                   or (m.first_token < lo + 12 and not doc.tokens[m.first_token - 1].is_word)
                   or any(0 < m.first_token - r < lex.raw["holding_verb_reach"] for r in reported)][:1]
        for k, r in enumerate(rounds):
            holding = cues_in(lex, "holding_cues", doc, r.first - 2, r.first)
            framed = r.framed or bool(holding and cues_in(lex, "frame_words", doc, holding[0].first_token - 2,
                                                        holding[0].first_token))
            held = cues_in(lex, "past_holding", doc, r.end, min(hi, r.end + lex.raw["past_holding_reach"]))
            coordinated = k > 0 and doc.tokens[r.first].norm.startswith("و") and any(
                d.event.round == rounds[k - 1].number and d.event.status == "happened" for d in out)
            if held:  # "الجولة الثالثة التي استضافتها واشنطن في سبتمبر": a session that took place
                holding, framed = held, False
            elif coordinated and not holding:  # "فعقدت الجولة الثانية عام 2017 والجولة الثالثة عام 2019"
                start, stop = doc.tokens[r.first].start, doc.tokens[r.end - 1].end
                holding = [Match(r.first, r.end, start, stop, doc.text[start:stop], "coordinated")]
            elif not holding and k == 0 and opening and 0 <= r.first - opening[0].end_token <= lex.raw["holding_verb_reach"]:
                holding = opening  # "عقدت قطر والولايات المتحدة اليوم في الدوحة الجولة الثانية"
            planned_next = cues_in(lex, "planned_cues", doc, r.end, min(hi, r.end + 3))
            if not framed and not holding and planned_next:  # "الجولة الخامسة ستلتئم قبل نهاية العام"
                d = Draft(LocalEvent("round_session", round=r.number, dialogue=self.pair, status="planned"),
                          r.first, planned_next[0].end_token, ci, explicit_round=True)
                d.event.evidence.append(span_evidence(doc, r.first, planned_next[0].end_token, "type",
                                                      "round:planned_after_round"))
                out.append(d)
                continue
            if framed and not holding:  # "ضمن الجولة الرابعة ..., المقرر عقده ... نهاية نوفمبر"
                after = cues_in(lex, "planned_holding", doc, r.end, min(hi, r.end + lex.raw["planned_holding_reach"]))
                if after:
                    d = Draft(LocalEvent("round_session", round=r.number, dialogue=self.pair, status="planned"),
                              after[0].first_token, after[0].end_token, ci, explicit_round=True)
                    d.event.evidence.append(span_evidence(doc, after[0].first_token, after[0].end_token, "type",
                                                      "round:planned_holding"))
                    out.append(d)
                    continue
            if holding and not framed:
                # the session spans cue and round when they touch; a distant opening verb only evidences it
                near = holding is not opening
                first = min(holding[0].first_token, r.first) if near else r.first
                end = max(holding[0].end_token, r.end) if near else r.end
                d = Draft(LocalEvent("round_session", round=r.number, dialogue=self.pair), first, end, ci,
                          explicit_round=True)
                d.event.evidence.append(span_evidence(doc, min(first, holding[0].first_token),
                                                  max(end, holding[0].end_token), "type", "round:holding_cue"))
                out.append(d)
        # an unnumbered dialogue's session: "جلسة للحوار الاستراتيجي", "أعمال الحوار الاستراتيجي"
        for noun in cues_in(lex, "dialogue_nouns", doc, lo, hi):
            if any(r.first <= noun.first_token < r.end for r in rounds):
                continue
            if any(0 < r.first - noun.end_token <= lex.raw["holding_verb_reach"] for r in rounds):
                continue  # "عقدت اللجنة المشتركة ... اجتماعها الرابع": the session has its number
            holding = cues_in(lex, "holding_cues", doc, noun.first_token - 2, noun.first_token)
            if not holding or cues_in(lex, "frame_words", doc, holding[0].first_token - 2, holding[0].first_token) \
                    or self._subclause(clause, noun.first_token) or fold(holding[0].text) in PLURAL_HOLDING:
                continue  # a frame, a speaker's words or "the dialogue's meetings" in general
            d = Draft(LocalEvent("round_session", dialogue=self.pair), holding[0].first_token, noun.end_token, ci,
                      unnumbered=True)
            d.event.evidence.append(span_evidence(doc, holding[0].first_token, noun.end_token, "type",
                                                  "round:holding_cue_unnumbered"))
            out.append(d)
        out.extend(self._sessions_held_within(ci, clause, out))
        # "جولة مقبلة تعقد في واشنطن": the round after the one the part reports (unnumbered if that one is)
        for noun in cues_in(lex, "round_nouns", doc, lo, hi):
            if not cues_in(lex, "next_words", doc, noun.end_token, noun.end_token + 1) or \
                    any(r.first <= noun.first_token < r.end for r in rounds):
                continue
            held = [d.event.round for d in self.drafts + out if d.event.type == "round_session"
                    and d.event.status == "happened" and self.clauses[d.clause].part == clause.part
                    and self._near_round(d, clause.part)]
            number = held[0] + 1 if held and held[0] is not None else None
            d = Draft(LocalEvent("round_session", round=number, dialogue=self.pair, status="planned"),
                      noun.first_token, noun.end_token + 1, ci, explicit_round=number is not None,
                      unnumbered=number is None)
            d.event.evidence.append(span_evidence(doc, noun.first_token, noun.end_token + 1, "type", "round:next_round"))
            out.append(d)
        # launches and closings: one per cue, of the sentence's round (or the document's current one)
        number = rounds[0].number if rounds else None
        if first_time and dialogue:
            number = 1
        cues = sorted([(m, "start") for m in starts] + [(m, "end") for m in ends], key=lambda c: c[0].first_token)
        for cue, boundary in cues:
            governed = [r for r in rounds if 0 <= r.first - cue.end_token <= lex.raw["boundary_verb_reach"]]
            unnamed = not governed and cues_in(lex, "framing_nouns", doc, cue.end_token, cue.end_token + 2)
            # "في ختام الحوار، متطلعا لعقد الجولة الثانية": the closing of the session told, not of round 2
            cue_number = governed[0].number if governed else (None if unnamed and not first_time else number)
            if cue_number is None and not dialogue:
                continue
            # "اختتمت في واشنطن أعمال الحوار الرابع": the verb just before a session names its boundary;
            # a later "بعد انطلاقها في 9 ..." is the other boundary, an event of its own
            same = [d for d in out if d.event.round == cue_number and not d.boundary
                    and 0 <= d.first - cue.end_token <= lex.raw["boundary_verb_reach"]]
            if same:
                same[0].boundary = same[0].boundary or boundary
                same[0].event.evidence.append(span_evidence(doc, cue.first_token, cue.end_token, "type",
                                                        f"round:{boundary}_cue"))
                continue
            d = Draft(LocalEvent("round_session", round=cue_number, dialogue=self.pair), cue.first_token,
                      cue.end_token, ci, boundary=boundary, explicit_round=cue_number is not None)
            d.event.evidence.append(span_evidence(doc, cue.first_token, cue.end_token, "type", f"round:{boundary}_cue"))
            out.append(d)
        for m in session_triggers:  # "الجلسة الختامية": the closing of the round in context
            if not any(d.boundary == "end" for d in out):
                d = Draft(LocalEvent("round_session", round=number, dialogue=self.pair), m.first_token,
                          m.end_token, ci, boundary="end", explicit_round=number is not None)
                d.event.evidence.append(span_evidence(doc, m.first_token, m.end_token, "type", "trigger:round_session"))
                out.append(d)
        return out

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
            d = Draft(LocalEvent("round_session", dialogue=self.pair), noun.first_token, framework[0].end_token, ci,
                      unnumbered=True)
            d.event.evidence.append(span_evidence(doc, noun.first_token, framework[0].end_token, "type",
                                                  "round:session_held_within"))
            out.append(d)
        return out

    # -- dates
    def _assign_dates(self, ci: int, clause: Clause, drafts: list[Draft]) -> None:
        doc = self.doc
        if not drafts:
            return
        naming = self.lex.cue("naming_year_words")
        reach = self.lex.raw["instrument_date_reach"]
        pool = [m for m in clause.dates if not naming.match_at(doc, doc.token_at(m.start))
                and not cues_in(self.lex, "instrument_date_cues", doc, doc.token_at(m.start) - reach,
                                doc.token_at(m.start))]
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
        # a plan is dated by its own sentence; only an explicit "جاء ذلك" carries a date over to it
        undated = [d for d in drafts if d.event.date is None and (back or d.event.status != "planned")]
        if undated and ci > 0:
            prev = self.clauses[ci - 1]
            prev_has_events = any(x.clause == ci - 1 for x in self.drafts)
            carried = prev.dates[-1] if prev.dates else None
            if carried is not None and prev.part == clause.part and (back or not prev_has_events) \
                    and (back or self._near_anchor(carried.attrs["value"], clause.part)):
                for d in undated:
                    self._set_date(d, carried, "date:previous_sentence")

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

    def _date_cost(self, d: Draft, mt: int, drafts: list[Draft]) -> float | None:
        """Token distance from an event's trigger to a date, or None if another trigger is nearer
        or the date is in another clause of the sentence (a reported "أن ..." clause has its own time)."""
        clause = self.clauses[d.clause]
        if self._subclause(clause, mt) != self._subclause(clause, d.first):
            return None
        cost = _distance(d, mt)
        if mt >= d.end and self._in_own_relative_clause(d, mt):
            cost = 0  # "الاجتماع الذي جمع ... في 30 سبتمبر": the clause tells of this event
        if mt < d.first and self._told_as_earlier(d):
            return None  # "أصدراه أمس ... عقب زيارة": the date is of what came after the visit
        if any(other is not d and _distance(other, mt) < cost for other in drafts):
            return None  # a date belongs to the trigger it is nearest to
        return cost

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
        d.event.date = m.attrs["value"]
        d.date_rule = rule
        d.event.evidence.append(Mention("evidence", m.start, m.end, m.text, "date", rule))

    # -- other arguments
    def _status(self, d: Draft, clause: Clause) -> None:
        raw = self.lex.raw
        lo, hi = self._tok_range(clause)
        # the trigger itself may be the future verb ("سيزور", "سيحل ضيفا")
        before = cues_in(self.lex, "planned_cues", self.doc, max(lo, d.first - raw["planned_window_before"]),
                         d.first + 1)
        after = cues_in(self.lex, "planned_cues", self.doc, d.end, min(hi, d.end + raw["planned_window_after"]))
        cues = [(c.first_token, c.end_token) for c in before or after] or [
            (k, k + 1) for k in range(d.end, min(hi, d.end + raw["planned_window_after"])) if self._future_with_object(k)]
        if cues:
            d.event.status = "planned"
            d.event.evidence.append(span_evidence(self.doc, cues[0][0], cues[0][1], "status", "status:planned_cue"))

    def _future_with_object(self, k: int) -> bool:
        """"سيترأسها", "ستستضيفه": a future verb of the cue list carrying an object pronoun."""
        word = self.doc.tokens[k].norm
        return any(word.endswith(suffix) and word[:-len(suffix)] in self.lex.future_verbs
                   for suffix in ("هما", "هم", "ها", "ه"))

    def _mode_and_venue(self, d: Draft, clause: Clause, siblings: list[Draft]) -> None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        ev = d.event
        if ev.type in lex.raw["mode_types"]:
            # a mode cue belongs to the event it is nearest to ("جلسة عمل افتراضية ..., المقرر عقده في واشنطن")
            virtual = [m for m in cues_in(lex, "virtual_cues", doc, lo, hi) if _owns(d, m.first_token, siblings)]
            in_person = cues_in(lex, "in_person_cues", doc, lo, hi)
            if virtual:
                ev.mode = "virtual"
                ev.evidence.append(span_evidence(doc, virtual[0].first_token, virtual[0].end_token, "mode", "mode:virtual_cue"))
            elif ev.status == "happened" and (in_person or ev.type == "visit"):
                ev.mode = "in_person"
                cue = in_person[0] if in_person else None
                ev.evidence.append(span_evidence(doc, cue.first_token if cue else d.first,
                                             cue.end_token if cue else d.end, "mode", "mode:in_person_cue"))
        if ev.mode == "virtual":
            return
        venue = self._venue_after(d, clause)
        if venue:
            ev.venue = venue
        if ev.venue and ev.type == "press_conference" and ev.mode is None and ev.status == "happened":
            ev.mode = "in_person"

    def _venue_after(self, d: Draft, clause: Clause) -> str | None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        toks = doc.tokens
        for tok, end_tok, entry, text in clause.places:
            if entry.form == "demonym":
                continue
            if d.first - 3 <= tok <= d.end + 8 and tok < hi and tok >= lo and not d.first <= tok < d.end:
                prev = toks[tok - 1].norm if tok > lo else ""
                to_place = d.event.type == "visit" and toks[tok].norm.startswith("ل")  # "زيارته للولايات المتحدة"
                at_place = toks[tok].norm.startswith("ب") and not fold(text).startswith("ب")  # "بالرياض"
                if prev in ("في", "الي", "(") or to_place or at_place or self._venue_lead(tok, lo):
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
            demonyms = [p for p in clause.places if p[0] < host[0].first_token]
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
            before = tok > lo and hosting.match_at(doc, tok - 1) and (d.first >= tok - 1 or 0 <= tok - 1 - d.end <= 2)
            if after or before:
                return text
        return None

    def _venue_lead(self, tok: int, lo: int) -> bool:
        """"في العاصمة الأمريكية واشنطن": a lead word ("العاصمة") just before the place."""
        return any(self.lex.cue("venue_lead_words").match_at(self.doc, k) for k in range(max(lo, tok - 3), tok))

    def _arguments(self, d: Draft, clause: Clause) -> None:
        ev = d.event
        for _, pid in clause.persons:
            if pid not in ev.participants:
                ev.participants.append(pid)
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

    def _participation(self, clause: Clause, new: list[Draft]) -> None:
        """"ترأس الجانب الكويتي ...": the persons of this line attend the latest happened meeting."""
        lo, hi = self._tok_range(clause)
        if new or not clause.persons or not cues_in(self.lex, "participation_cues", self.doc, lo, min(hi, lo + 8)):
            return
        for d in reversed(self.drafts):
            if d.event.type in MEETING_TYPES and d.event.status == "happened" and \
                    self.clauses[d.clause].part == clause.part and self._near_round(d, clause.part) \
                    and not d.aggregate:
                for _, pid in clause.persons:
                    if pid not in d.event.participants:
                        d.event.participants.append(pid)
                d.event.evidence.append(sentence_evidence(self.doc, clause.sent, "participants",
                                                           "participants:participation_line"))
                return

    # -- what meetings frame
    def _framed(self, clause: Clause) -> bool:
        """"في ختام الحوار", "على هامش الاجتماع": the sentence reports something done at a meeting."""
        lo, hi = self._tok_range(clause)
        return any(cues_in(self.lex, "framing_nouns", self.doc, c.end_token, min(hi, c.end_token + 2))
                   for c in cues_in(self.lex, "framing_cues", self.doc, lo, hi))

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

    def anchor_of(self, part: int):
        return self.anchors[part] if part < len(self.anchors) else None

    def anchor_month(self, part: int):
        """The month around a part's anchor, or coarser when the anchor is known less precisely."""
        anchor = self.anchor_of(part)
        if anchor is None or anchor.lo is None:
            return None
        value = widest([format_month(anchor.lo.year, anchor.lo.month), format_month(anchor.hi.year, anchor.hi.month)])
        return None if isinstance(value, dict) else value  # years apart: the year is not known

    def _signing_event(self, ci: int, first: int, end: int, date_value, parties: list[str], signers: list[str]) -> None:
        ev = LocalEvent("signing", date=date_value, participants=list(dict.fromkeys(signers)))
        ev.organizations = [p for p in parties if not (len(p) == 2 and p.isupper())]
        ev.countries = [p for p in parties if len(p) == 2 and p.isupper()] or (self.pair.split("-") if self.pair else [])
        ev.evidence.append(span_evidence(self.doc, first, end, "type", "signing:dated_agreement"))
        self.drafts.append(Draft(ev, first, end, ci, date_rule="date:agreement"))

    # -- document-level: rounds and the current round
    def _attach_rounds(self) -> None:
        by_number: dict[int, LocalRound] = {}
        for ci, clause in enumerate(self.clauses):
            for r in find_round_mentions(self.doc, clause.sent.first_token, clause.sent.end_token, self.numbered_meetings):
                lr = by_number.setdefault(r.number, LocalRound(self.pair or "", r.number, status="planned"))
                lr.evidence.append(span_evidence(self.doc, r.first, r.end, "number", "round:mention"))
        current: dict[int, int] = {}  # part -> the round that happened in it
        for d in self.drafts:
            if d.event.type == "round_session" and d.event.round and d.event.status == "happened" \
                    and self._near_round(d, self.clauses[d.clause].part):
                current.setdefault(self.clauses[d.clause].part, d.event.round)
        for d in self.drafts:
            part = self.clauses[d.clause].part
            ev = d.event
            if ev.round is None and ev.type == "round_session":
                ev.round = current.get(part)
                if ev.round is None and not d.unnumbered:
                    rounds_in_part = [r for ci, c in enumerate(self.clauses) if c.part == part
                                      for r in find_round_mentions(self.doc, c.sent.first_token, c.sent.end_token, self.numbered_meetings)]
                    ev.round = rounds_in_part[0].number if rounds_in_part else None
                if ev.round is not None:
                    ev.dialogue = self.pair
            if ev.round is None and current.get(part) and ev.type in (
                    "working_group_session", "statement", "press_conference", "briefing", "signing", "visit") \
                    and self._near_round(d, part):
                ev.round = current[part]
                ev.dialogue = self.pair
                ev.evidence.append(Mention("evidence", 0, 0, "", "round", "round:current_of_document"))
            if ev.dialogue is None and ev.type not in ("multilateral_meeting", "military_exercise") \
                    and self._dialogue_part(part) and self._near_round(d, part, wide=True):
                ev.dialogue = self.pair
            if ev.round is not None and ev.dialogue:
                lr = by_number.setdefault(ev.round, LocalRound(ev.dialogue, ev.round, status="planned"))
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
        self.rounds = [by_number[n] for n in sorted(by_number)]
        for lr in self.rounds:
            lr.dialogue = lr.dialogue or self.pair or ""
        # launches only mark a round's start; they stand as sessions only for rounds known by nothing else
        sessions = {}
        for d in self.drafts:
            if d.event.type == "round_session" and d.event.round is not None:
                sessions.setdefault(d.event.round, []).append(d)
        drop = set()
        for number, ds in sessions.items():
            others = [d for d in ds if d.boundary != "start"]
            if others:
                drop.update(id(d) for d in ds if d.boundary == "start")
        # a session without a number stands only for a dialogue the part never numbers
        numbered = {self.clauses[d.clause].part for d in self.drafts if d.event.round is not None}
        self.drafts = [d for d in self.drafts if id(d) not in drop and not (
            d.event.type == "round_session" and d.event.round is None
            and (self.clauses[d.clause].part in numbered or not d.event.dialogue))]
        for d in self.drafts:
            d.event.evidence = [e for e in d.event.evidence if e.end > e.start]

    def _framing_meeting(self, d: Draft, dated: bool = True) -> Draft | None:
        """The meeting an event is framed by ("في ختام الحوار", "على هامش الاجتماع", "عقب اجتماع"): one
        with a date of its own, or (`dated=False`) any, for another document to date it."""
        clause = self.clauses[d.clause]
        lo, hi = self._tok_range(clause)
        cues = [c for c in cues_in(self.lex, "framing_cues", self.doc, lo, hi)
                if cues_in(self.lex, "framing_nouns", self.doc, c.end_token, min(hi, c.end_token + 2))]
        if d.event.type == "statement":  # issued "عقب" a meeting: maybe days later, so not its day
            cues = [c for c in cues if not cues_in(self.lex, "after_cues", self.doc, c.first_token, c.end_token)]
        if not cues:
            return None
        meetings = [m for m in self.drafts if m is not d and m.event.type in MEETING_TYPES and m.event.status == "happened"
                    and (not dated or (m.event.date and m.date_rule != "date:anchor_month"))
                    and self.clauses[m.clause].part == clause.part and self._near_round(m, clause.part)]
        # "في ختام الجولة", "في ختام الحوار": the frame names the round's session, not a side meeting
        if any(cues_in(self.lex, "round_nouns", self.doc, c.end_token, c.end_token + 1)
               or cues_in(self.lex, "dialogue_nouns", self.doc, c.end_token, c.end_token + 1) for c in cues):
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

    def _default_dates(self) -> None:
        """A reported event with no date of its own happened around the anchor: its month (weak)."""
        self._framed_dates()
        self._narrative_dates()
        for d in self.drafts:
            value = self.anchor_month(self.clauses[d.clause].part)
            if d.event.date is None and d.event.status == "happened" and value:
                d.event.date = value
                d.event.evidence.append(span_evidence(self.doc, d.first, d.end, "date", "date:anchor_month"))

    def _narrative_dates(self) -> None:
        """A news report tells its day in order: an undated meeting or visit told after an event of the
        report's own day ("استقبل ... اليوم", then "كما التقى ...") happened that day too."""
        for k, d in enumerate(self.drafts):
            if d.event.date is not None or d.event.status != "happened" or d.event.type not in NARRATIVE_TYPES \
                    or d.aggregate or self._told_as_earlier(d):
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

    def _dialogue_part(self, part: int) -> bool:
        return any(cues_in(self.lex, "dialogue_nouns", self.doc, c.sent.first_token, c.sent.end_token)
                   for c in self.clauses if c.part == part)

    def _near_round(self, d: Draft, part: int, wide: bool = False) -> bool:
        return self._near_anchor(d.event.date, part, wide)

    def _near_anchor(self, value, part: int, wide: bool = False) -> bool:
        """A date within the round's (or, `wide`, the dialogue's) window around the part's anchor."""
        anchor = self.anchor_of(part)
        if value is None or anchor is None or anchor.lo is None:
            return True
        days = self.lex.raw["dialogue_window_days" if wide else "round_window_days"]
        first, last = bounds(value)
        return (anchor.lo - last).days <= days and (first - anchor.hi).days <= days

def _gap(d: Draft, tok: int) -> int:
    return max(d.first - tok, tok - d.end + 1, 0)


def _owns(d: Draft, tok: int, drafts: list[Draft]) -> bool:
    """True when no other event of the sentence is nearer to token `tok` than `d`."""
    return all(_gap(d, tok) <= _gap(o, tok) for o in drafts if o is not d)


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


def _distance(d: Draft, token: int) -> float:
    """Tokens from a trigger to a date; a date before the trigger counts one and a half times, plus two."""
    if token >= d.end:
        return token - d.end
    if token < d.first:
        return (d.first - token) * 1.5 + 2
    return 0
