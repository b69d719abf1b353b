"""The dialogue itself, as one document reports it: events, rounds and agreements.

Everything is cue-driven: the phrases live in data/ar/events.yaml and topics.yaml,
ordinals in data/ar/dates/numbers.yaml, countries in the places gazetteer. A sentence
is the unit of reading; a few rules look one sentence back ("جاء ذلك ...") or to the
latest event of the document (participation lines, definite anaphora "الجلسة").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from ..text.doc import Doc, Sentence, clitic_readings
from ..text.matcher import PhraseMatcher
from ..text.normalize import fold
from .dates.values import bounds, contains, format_month, widest
from .places import PlaceEntry, place_at
from .types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention

DATA = Path(__file__).resolve().parents[1] / "data" / "ar"
MEETING_TYPES = {"round_session", "working_group_session", "bilateral_meeting", "multilateral_meeting",
                 "press_conference", "briefing"}
SPECIFIC_MEETINGS = MEETING_TYPES - {"bilateral_meeting"}


# ---------------------------------------------------------------- lexicons
@dataclass(frozen=True)
class Lexicon:
    raw: dict
    triggers: PhraseMatcher
    topics: PhraseMatcher
    cues: dict[str, PhraseMatcher]
    ordinals: dict[str, int]
    groups: PhraseMatcher

    def cue(self, name: str) -> PhraseMatcher:
        return self.cues[name]


def _phrases(entries: list) -> list[tuple[str, str]]:
    return [(str(p), str(p)) for p in entries]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load((DATA / "events.yaml").read_text(encoding="utf-8"))
    topics_raw = yaml.safe_load((DATA / "topics.yaml").read_text(encoding="utf-8"))
    numbers = yaml.safe_load((DATA / "dates" / "numbers.yaml").read_text(encoding="utf-8"))
    triggers = PhraseMatcher((p, kind) for kind, ps in raw["triggers"].items() for p in ps)
    topics = PhraseMatcher((p, topic) for topic, ps in topics_raw.items() for p in ps)
    cue_lists = ("round_nouns", "dialogue_nouns", "first_round_cues", "frame_words", "holding_cues",
                 "round_start_cues", "round_end_cues", "planned_cues", "virtual_cues", "in_person_cues",
                 "host_premises", "back_reference", "participation_cues", "plural_agreement_nouns",
                 "subject_markers", "subject_stops", "signed_cues", "planned_agreement_cues",
                 "discussed_cues", "signing_cues", "part_breaks", "reference_words", "planned_holding",
                 "holding_verbs", "past_holding", "framing_cues", "framing_nouns", "after_cues",
                 "venue_lead_words")
    cues = {name: PhraseMatcher(_phrases(raw[name])) for name in cue_lists}
    cues["agreement_nouns"] = PhraseMatcher((p, kind) for kind, ps in raw["agreement_nouns"].items() for p in ps)
    ordinals = {fold(w): int(n) for n, ws in numbers["ordinal_units"].items() for w in ws}
    ordinals.update({fold(w): 10 for w in numbers["ordinal_ten"]})
    groups = PhraseMatcher((p, tuple(codes)) for p, codes in raw["country_groups"].items())
    return Lexicon(raw, triggers, topics, cues, ordinals, groups)


# ---------------------------------------------------------------- sentence view
@dataclass
class Clause:
    """One sentence with what the other layers found in it."""

    sent: Sentence
    part: int
    dates: list[Mention] = field(default_factory=list)
    persons: list[tuple[int, str]] = field(default_factory=list)  # (token, local id)
    orgs: list[tuple[int, str]] = field(default_factory=list)
    places: list[tuple[int, int, PlaceEntry, str]] = field(default_factory=list)  # (tok, end, entry, text)


def _has(lex: Lexicon, name: str, doc: Doc, lo: int, hi: int) -> list:
    """Matches of cue list `name` starting within tokens [lo, hi)."""
    out, i = [], max(lo, 0)
    matcher = lex.cue(name)
    while i < min(hi, len(doc.tokens)):
        m = matcher.match_at(doc, i)
        if m:
            out.append(m)
            i = m.end_token
        else:
            i += 1
    return out


def _ordinal_at(lex: Lexicon, doc: Doc, i: int) -> tuple[int, int] | None:
    """(number, end token) of an ordinal at token i: "الرابعة", "الـ4", "الحادي عشر"."""
    toks = doc.tokens
    if i >= len(toks):
        return None
    word = toks[i].norm
    if word in lex.ordinals:
        n, end = lex.ordinals[word], i + 1
        if end < len(toks) and toks[end].norm in ("عشر", "عشره") and n < 10:
            return n + 10, end + 1
        return n, end
    if word.startswith("ال") and word[2:].isdigit():
        return int(word[2:]), i + 1
    if word in ("ال", "رقم") and i + 1 < len(toks) and toks[i + 1].norm.isdigit():
        return int(toks[i + 1].norm), i + 2
    return None


@dataclass
class RoundMention:
    number: int
    first: int
    end: int  # exclusive token
    framed: bool


def find_round_mentions(doc: Doc, lo: int, hi: int) -> list[RoundMention]:
    """Numbered rounds in tokens [lo, hi): "الجولة الرابعة", "الحوار الاستراتيجي الخامس"."""
    lex = lexicon()
    fillers = {fold(w) for w in lex.raw["dialogue_fillers"]}
    out: list[RoundMention] = []
    i = lo
    before_noun = {fold(w): n for w, n in lex.raw["ordinals_before_noun"].items()}
    while i < hi:
        found = None
        noun = lex.cue("round_nouns").match_at(doc, i) or lex.cue("dialogue_nouns").match_at(doc, i)
        ahead = (lex.cue("round_nouns").match_at(doc, i + 1) or lex.cue("dialogue_nouns").match_at(doc, i + 1)) \
            if i + 1 < hi and doc.tokens[i].norm in before_noun else None
        if ahead:  # "أول جولة من الحوار"
            found = RoundMention(before_noun[doc.tokens[i].norm], i, ahead.end_token, False)
        elif noun:
            j = noun.end_token
            for _ in range(6):  # skip "للحوار الاستراتيجي", demonyms and fillers up to the ordinal
                if j >= hi:
                    break
                ordinal = _ordinal_at(lex, doc, j)
                if ordinal:
                    found = RoundMention(ordinal[0], i, ordinal[1], False)
                    break
                if doc.tokens[j].norm in fillers or place_at(doc, j):
                    place = place_at(doc, j)
                    j = place[1] if place else j + 1
                    continue
                break
        if found:
            found.framed = bool(_has(lex, "frame_words", doc, i - 3, i))
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


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


@dataclass
class DialogueReading:
    events: list[LocalEvent]
    rounds: list[LocalRound]
    agreements: list[LocalAgreement]
    mentions: list[Mention]


def _evidence(doc: Doc, first: int, end: int, field_name: str, rule: str) -> Mention:
    start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
    return Mention("evidence", start, stop, doc.text[start:stop], field_name, rule)


def _sentence_evidence(doc: Doc, sent: Sentence, field_name: str, rule: str) -> Mention:
    return Mention("evidence", sent.start, sent.end, doc.text[sent.start:sent.end], field_name, rule)


def _countries_in(clause: Clause) -> list[str]:
    return list(dict.fromkeys(code for _, _, entry, _ in clause.places for code in [entry.country]))


def dominant_pair(places: list[Mention]) -> str | None:
    """The dialogue code of the two countries a document names most."""
    counts: dict[str, int] = {}
    for m in places:
        code = m.attrs.get("country")
        if code:
            counts[code] = counts.get(code, 0) + 1
    top = sorted(counts, key=lambda c: (-counts[c], c))[:2]
    return "-".join(sorted(top)) if len(top) == 2 else None


def _topics(doc: Doc, lo: int, hi: int) -> list[str]:
    lex = lexicon()
    out, i = [], lo
    while i < hi:
        m = lex.topics.match_at(doc, i)
        if m:
            out.append(m.payload)
            i = m.end_token
        else:
            i += 1
    return list(dict.fromkeys(out))


def _first_topic_after(doc: Doc, i: int, hi: int, window: int = 6) -> str | None:
    topics = _topics(doc, i, min(hi, i + window))
    return topics[0] if topics else None


def document_parts(doc: Doc, end: int) -> list[int]:
    """Original start offsets of the parts of a page: a stitched page continues with another
    report after a break phrase ("وفي سياق متصل") at the head of a sentence."""
    lex = lexicon()
    starts = [0]
    for sent in doc.sentences:
        if sent.start >= end:
            break
        if sent.start > 0 and _has(lex, "part_breaks", doc, sent.first_token, sent.first_token + 1):
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


class _Reader:
    def __init__(self, doc, end, dates, entities, places, anchors):
        self.doc, self.end, self.anchors = doc, end, anchors
        self.lex = lexicon()
        self.pair = dominant_pair([p for p in places if p.start < end])
        self.clauses = self._clauses(dates, entities, places)
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
        for ci, clause in enumerate(self.clauses):
            self._read_clause(ci, clause)
        for ci, clause in enumerate(self.clauses):
            self._read_agreements(ci, clause)
        self._attach_rounds()
        self._default_dates()
        events = [d.event for d in self.drafts]
        return DialogueReading(events, self.rounds, self.agreements, [])

    def _tok_range(self, clause: Clause) -> tuple[int, int]:
        return clause.sent.first_token, clause.sent.end_token

    def _read_clause(self, ci: int, clause: Clause) -> None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        rounds = find_round_mentions(doc, lo, hi)
        dialogue_here = bool(rounds) or bool(_has(lex, "dialogue_nouns", doc, lo, hi))
        triggers = []
        i = lo
        while i < hi:
            m = lex.triggers.match_at(doc, i)
            if m:
                triggers.append(m)
                i = m.end_token
            else:
                i += 1
        specific = [m for m in triggers if m.payload in SPECIFIC_MEETINGS or m.payload == "bilateral_meeting"]
        new: list[Draft] = []
        generic_done = False
        for m in triggers:
            kind = m.payload
            if kind == "round_session":  # "الجلسة الختامية": read with the round's boundaries below
                continue
            definite = any(form.startswith("ال") for t in doc.tokens[m.first_token:m.end_token]
                           for _, form in clitic_readings(t.norm))
            if kind == "generic_meeting":
                if _has(lex, "reference_words", doc, m.end_token, m.end_token + 1):
                    ref = self._latest_meeting(ci)
                    if ref is not None:
                        self._enrich(ref, clause, m.first_token, m.end_token)
                    continue
                if specific or generic_done or any(r.first - m.end_token <= 1 and r.first >= m.end_token for r in rounds):
                    continue
                kind = "multilateral_meeting" if self._country_count(clause) >= self.lex.raw[
                    "multilateral_min_countries"] else "bilateral_meeting"
                generic_done = True
            if definite and kind not in ("round_session",):
                ref = self._latest(kind)
                if ref is not None:
                    self._enrich(ref, clause, m.first_token, m.end_token)
                    continue
            draft = Draft(LocalEvent(kind), m.first_token, m.end_token, ci)
            draft.event.evidence.append(_evidence(doc, m.first_token, m.end_token, "type", f"trigger:{kind}"))
            if kind == "working_group_session":
                plural = fold(m.text).split()[0] in ("فرق", "مجموعات", "جلسات", "اجتمعت")
                draft.aggregate = plural
                if not plural:
                    draft.event.working_group = _first_topic_after(doc, m.end_token, hi)
                    if draft.event.working_group:
                        draft.event.evidence.append(_evidence(doc, m.first_token, min(hi, m.end_token + 6),
                                                              "working_group", "wg:topic_after_trigger"))
            new.append(draft)
        new.extend(self._round_sessions(ci, clause, rounds, triggers))
        # round numbers for the clause's events
        for d in new:
            if d.event.type in ("round_session", "working_group_session", "statement", "press_conference",
                                "briefing", "signing") and d.event.round is None and rounds:
                nearest = min(rounds, key=lambda r: abs(r.first - d.first))
                d.event.round = nearest.number
                d.explicit_round = True
                d.event.evidence.append(_evidence(doc, nearest.first, nearest.end, "round", "round:in_sentence"))
            if dialogue_here or d.event.type == "working_group_session":
                d.event.dialogue = self.pair
        for d in new:
            self._status(d, clause)
        self._assign_dates(ci, clause, new)
        for d in new:
            self._mode_and_venue(d, clause, new)
            self._arguments(d, clause)
        self._participation(clause, new)
        self.drafts.extend(new)

    def _country_count(self, clause: Clause) -> int:
        codes = set(_countries_in(clause))
        lo, hi = self._tok_range(clause)
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
        draft.event.evidence.append(_evidence(self.doc, first, end, "participants", "anaphora:definite_trigger"))

    # -- rounds
    def _round_sessions(self, ci: int, clause: Clause, rounds: list[RoundMention], triggers) -> list[Draft]:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        out: list[Draft] = []
        starts = _has(lex, "round_start_cues", doc, lo, hi)
        ends = _has(lex, "round_end_cues", doc, lo, hi)
        first_time = _has(lex, "first_round_cues", doc, lo, hi)
        session_triggers = [m for m in triggers if m.payload == "round_session"]
        dialogue = bool(_has(lex, "dialogue_nouns", doc, lo, hi)) or bool(rounds)
        opening = _has(lex, "holding_verbs", doc, lo, min(hi, lo + 2))
        for k, r in enumerate(rounds):
            holding = _has(lex, "holding_cues", doc, r.first - 2, r.first)
            framed = r.framed or bool(holding and _has(lex, "frame_words", doc, holding[0].first_token - 2,
                                                        holding[0].first_token))
            held = _has(lex, "past_holding", doc, r.end, min(hi, r.end + lex.raw["past_holding_reach"]))
            if held:  # "الجولة الثالثة التي استضافتها واشنطن في سبتمبر": a session that took place
                holding, framed = held, False
            elif not holding and k == 0 and opening and r.first - opening[0].end_token <= lex.raw["holding_verb_reach"]:
                holding = opening  # "عقدت قطر والولايات المتحدة اليوم في الدوحة الجولة الثانية"
            if framed and not holding:  # "ضمن الجولة الرابعة ..., المقرر عقده ... نهاية نوفمبر"
                after = _has(lex, "planned_holding", doc, r.end, min(hi, r.end + lex.raw["planned_holding_reach"]))
                if after:
                    d = Draft(LocalEvent("round_session", round=r.number, dialogue=self.pair, status="planned"),
                              after[0].first_token, after[0].end_token, ci, explicit_round=True)
                    d.event.evidence.append(_evidence(doc, after[0].first_token, after[0].end_token, "type",
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
                d.event.evidence.append(_evidence(doc, min(first, holding[0].first_token),
                                                  max(end, holding[0].end_token), "type", "round:holding_cue"))
                out.append(d)
        # launches and closings: one per cue, of the sentence's round (or the document's current one)
        number = rounds[0].number if rounds else None
        if first_time and dialogue:
            number = 1
        cues = sorted([(m, "start") for m in starts] + [(m, "end") for m in ends], key=lambda c: c[0].first_token)
        for cue, boundary in cues:
            if number is None and not dialogue:
                continue
            # "اختتمت في واشنطن أعمال الحوار الرابع": the verb just before a session names its boundary;
            # a later "بعد انطلاقها في 9 ..." is the other boundary, an event of its own
            same = [d for d in out if d.event.round == number and not d.boundary
                    and 0 <= d.first - cue.end_token <= lex.raw["boundary_verb_reach"]]
            if same:
                same[0].boundary = same[0].boundary or boundary
                same[0].event.evidence.append(_evidence(doc, cue.first_token, cue.end_token, "type",
                                                        f"round:{boundary}_cue"))
                continue
            d = Draft(LocalEvent("round_session", round=number, dialogue=self.pair), cue.first_token,
                      cue.end_token, ci, boundary=boundary, explicit_round=number is not None)
            d.event.evidence.append(_evidence(doc, cue.first_token, cue.end_token, "type", f"round:{boundary}_cue"))
            out.append(d)
        for m in session_triggers:  # "الجلسة الختامية": the closing of the round in context
            if not any(d.boundary == "end" for d in out):
                d = Draft(LocalEvent("round_session", round=number, dialogue=self.pair), m.first_token,
                          m.end_token, ci, boundary="end", explicit_round=number is not None)
                d.event.evidence.append(_evidence(doc, m.first_token, m.end_token, "type", "trigger:round_session"))
                out.append(d)
        return out

    # -- dates
    def _assign_dates(self, ci: int, clause: Clause, drafts: list[Draft]) -> None:
        doc = self.doc
        if not drafts:
            return
        pool = list(clause.dates)
        back = _has(self.lex, "back_reference", doc, clause.sent.first_token, clause.sent.first_token + 2)
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
            if prev.part == clause.part and prev.dates and (back or not prev_has_events):
                for d in undated:
                    self._set_date(d, prev.dates[-1], "date:previous_sentence")

    def _date_cost(self, d: Draft, mt: int, drafts: list[Draft]) -> float | None:
        """Token distance from an event's trigger to a date, or None if another trigger is nearer."""
        cost = _distance(d, mt)
        if any(other is not d and _distance(other, mt) < cost for other in drafts):
            return None  # a date belongs to the trigger it is nearest to
        return cost

    def _set_date(self, d: Draft, m: Mention, rule: str) -> None:
        d.event.date = m.attrs["value"]
        d.date_rule = rule
        d.event.evidence.append(Mention("evidence", m.start, m.end, m.text, "date", rule))

    # -- other arguments
    def _status(self, d: Draft, clause: Clause) -> None:
        raw = self.lex.raw
        lo, hi = self._tok_range(clause)
        before = _has(self.lex, "planned_cues", self.doc, max(lo, d.first - raw["planned_window_before"]), d.first)
        after = _has(self.lex, "planned_cues", self.doc, d.end, min(hi, d.end + raw["planned_window_after"]))
        cues = before or after
        if cues:
            d.event.status = "planned"
            d.event.evidence.append(_evidence(self.doc, cues[0].first_token, cues[0].end_token, "status",
                                              "status:planned_cue"))

    def _mode_and_venue(self, d: Draft, clause: Clause, siblings: list[Draft]) -> None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        ev = d.event
        if ev.type in lex.raw["mode_types"]:
            # a mode cue belongs to the event it is nearest to ("جلسة عمل افتراضية ..., المقرر عقده في واشنطن")
            virtual = [m for m in _has(lex, "virtual_cues", doc, lo, hi) if _owns(d, m.first_token, siblings)]
            in_person = _has(lex, "in_person_cues", doc, lo, hi)
            if virtual:
                ev.mode = "virtual"
                ev.evidence.append(_evidence(doc, virtual[0].first_token, virtual[0].end_token, "mode", "mode:virtual_cue"))
            elif ev.status == "happened" and (in_person or ev.type == "visit"):
                ev.mode = "in_person"
                cue = in_person[0] if in_person else None
                ev.evidence.append(_evidence(doc, cue.first_token if cue else d.first,
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
        host = _has(lex, "host_premises", doc, d.end, hi) or _has(lex, "host_premises", doc, lo, d.first)
        if host:
            # "في مقر وزارة الخارجية الأمريكية بالعاصمة واشنطن": the city written after the premises
            cities = [p for p in clause.places if p[2].form == "city" and p[2].city
                      and host[0].end_token <= p[0] <= host[0].end_token + 5]
            if cities:
                d.event.evidence.append(_evidence(doc, host[0].first_token, cities[0][1], "venue",
                                                  "venue:city_of_premises"))
                return cities[0][2].city
            demonyms = [p for p in clause.places if p[0] < host[0].first_token]
            if demonyms:
                name = country_name(demonyms[0][2].country)
                d.event.evidence.append(_evidence(doc, host[0].first_token, host[0].end_token, "venue",
                                                  "venue:host_premises"))
                return name
        hosting = ("استضافت", "استضاف")
        for tok, end_tok, entry, text in clause.places:  # "الكويت استضافت ..." / "استضافت قطر ..."
            if entry.form == "demonym":
                continue
            after = end_tok < len(toks) and toks[end_tok].norm in hosting and d.first >= end_tok
            before = tok > lo and toks[tok - 1].norm in hosting and d.first >= tok - 1
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
        ev.topics = _topics(self.doc, lo, hi)
        countries = _countries_in(clause)
        if ev.dialogue:
            countries = ev.dialogue.split("-") + countries
        ev.countries = list(dict.fromkeys(countries))
        if clause.persons:
            ev.evidence.append(_sentence_evidence(self.doc, clause.sent, "participants", "participants:in_sentence"))

    def _participation(self, clause: Clause, new: list[Draft]) -> None:
        """"ترأس الجانب الكويتي ...": the persons of this line attend the latest happened meeting."""
        lo, hi = self._tok_range(clause)
        if new or not clause.persons or not _has(self.lex, "participation_cues", self.doc, lo, min(hi, lo + 8)):
            return
        for d in reversed(self.drafts):
            if d.event.type in MEETING_TYPES and d.event.status == "happened" and \
                    self.clauses[d.clause].part == clause.part:
                for _, pid in clause.persons:
                    if pid not in d.event.participants:
                        d.event.participants.append(pid)
                d.event.evidence.append(_sentence_evidence(self.doc, clause.sent, "participants",
                                                           "participants:participation_line"))
                return

    # -- agreements
    def _read_agreements(self, ci: int, clause: Clause) -> None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        nouns = _has(lex, "agreement_nouns", doc, lo, hi)
        consumed = lo
        signed_here = False  # one signing per sentence, however many instruments it lists
        for noun in nouns:
            if noun.first_token < consumed:
                continue
            nxt = doc.tokens[noun.end_token].norm if noun.end_token < hi else ""
            if nxt in {fold(w) for w in lex.raw["not_agreement_after"]}:
                continue
            kind = noun.payload
            plural = bool(lex.cue("plural_agreement_nouns").match_at(doc, noun.first_token))
            # "اتفاقيات ومذكرات التفاهم": a mixed list takes the MoU type
            follow = _has(lex, "agreement_nouns", doc, noun.end_token, noun.end_token + 2)
            if follow:
                if follow[0].payload == "mou":
                    kind = "mou"
                plural = plural or bool(lex.cue("plural_agreement_nouns").match_at(doc, follow[0].first_token))
                noun_end = follow[0].end_token
            else:
                noun_end = noun.end_token
            consumed = noun_end
            subject_span = self._subject_span(noun_end, hi)
            if subject_span is None:
                continue
            s_first, s_end = subject_span
            items = self._split_items(s_first, s_end) if plural else [(s_first, s_end)]
            status = self._agreement_status(noun.first_token, s_end, lo)
            parties = self._parties(noun_end, s_first, clause)
            date_value = self._agreement_date(ci, clause, noun.first_token, s_end, status)
            for k, (a, b) in enumerate(items):
                start, subject = self._item_text(a, b, k == 0)
                stop = start + len(subject)
                agreement = LocalAgreement(kind, subject, _topics(doc, a, b), parties, date_value, status)
                agreement.evidence.append(_evidence(doc, noun.first_token, noun_end, "type", f"agreement:{kind}"))
                agreement.evidence.append(Mention("evidence", start, stop, subject, "subject", "agreement:subject"))
                self.agreements.append(agreement)
            # an undated signing is an event only when done at a meeting ("شهد ... في ختام الحوار التوقيع")
            reach = lex.raw["signing_reach"] if self._framed(clause) else 3 if date_value else 0
            if status == "signed" and kind != "joint_statement" and not signed_here and reach and \
                    _has(lex, "signing_cues", doc, max(lo, noun.first_token - reach), noun.first_token):
                self._signing_event(ci, clause, noun.first_token, s_end, date_value, parties)
                signed_here = True

    def _subject_span(self, i: int, hi: int) -> tuple[int, int] | None:
        doc, lex = self.doc, self.lex
        stops = {fold(w) for w in lex.raw["subject_stops"]}
        # skip the parties ("بين الصندوق الكويتي والوكالة ...") up to a subject marker
        limit = min(hi, i + 14)
        marker = next((m for m in _has(lex, "subject_markers", doc, i, limit)), None)
        start = marker.end_token if marker else None
        if i < hi and _purpose_word(doc.tokens[i].norm):
            start = i  # "مذكرة التفاهم لمكافحة تمويل الإرهاب التي وقعها ... في الدوحة"
        if start is None and i < hi and doc.tokens[i].is_word and doc.tokens[i].norm not in ("بين", "مع"):
            start = i  # the subject follows the noun directly ("عقب الجولة ...")
        if start is None or start >= hi:
            return None
        end = start
        while end < hi:
            tok = doc.tokens[end]
            if tok.norm in stops and end > start:
                break
            if not tok.is_word and tok.norm not in ("-", "،", ",") and end > start:
                break
            if tok.norm in ("،", ",") and end + 1 < hi and doc.tokens[end + 1].norm.startswith("و"):
                break  # ", وهي ..." opens a new clause
            if any(m.start <= tok.start < m.end for c in self.clauses for m in c.dates) and end > start:
                break
            end += 1
        while end > start and not doc.tokens[end - 1].is_word:
            end -= 1
        return (start, end) if end > start else None

    def _split_items(self, a: int, b: int) -> list[tuple[int, int]]:
        """"A والتعليم العالي والأمن السيبراني" → one span per item, split before "و"-words."""
        toks = self.doc.tokens
        cuts = [a]
        for k in range(a + 1, b):
            w = toks[k].norm
            if w.startswith("و") and len(w) > 2 and any(f != w for _, f in clitic_readings(w)[1:]):
                cuts.append(k)
        cuts.append(b)
        return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]

    def _item_text(self, a: int, b: int, first: bool) -> tuple[int, str]:
        """Original start and text of a list item, its "و" dropped ("والتعليم العالي" → "التعليم العالي")."""
        start = self.doc.tokens[a].start + (0 if first and not _purpose_word(self.doc.tokens[a].norm) else 1)
        return start, self.doc.text[start:self.doc.tokens[b - 1].end].strip(" ،,.")

    def _agreement_status(self, first: int, end: int, lo: int) -> str:
        doc, lex = self.doc, self.lex
        if _has(lex, "planned_agreement_cues", doc, max(lo, first - 4), first):
            return "planned"
        if _has(lex, "discussed_cues", doc, max(lo, first - 3), first + 2):
            return "discussed"
        return "signed"

    def _parties(self, noun_end: int, subject_first: int, clause: Clause) -> list[str]:
        orgs = [oid for tok, oid in clause.orgs if noun_end <= tok < subject_first + 12]
        if orgs:
            return list(dict.fromkeys(orgs))
        return self.pair.split("-") if self.pair else []

    def _agreement_date(self, ci: int, clause: Clause, first: int, end: int, status: str):
        """An explicit date in the clause; else the current round's time when the clause is its outcome."""
        for m in clause.dates:
            t = self.doc.token_at(m.start)
            if first - 8 <= t <= end + 8:
                return m.attrs["value"]
        if status != "signed":
            return None
        lo = max(0, ci - 1)
        near_round = any(find_round_mentions(self.doc, c.sent.first_token, c.sent.end_token)
                         for c in self.clauses[lo:ci + 1])
        if near_round or (self.agreements and "اخري" in self.doc.text[self.doc.tokens[first].start:
                                                                         self.doc.tokens[min(end, len(self.doc.tokens)) - 1].end].replace("أ", "ا").replace("ى", "ي")):
            if self.agreements and not near_round:
                return self.agreements[-1].date
            if self._framed(clause):
                return self._meeting_date(ci, clause.part) or self.anchor_month(clause.part)
            return self.anchor_month(clause.part)
        return self._meeting_date(ci, clause.part) if self._framed(clause) else None

    def _framed(self, clause: Clause) -> bool:
        """"في ختام الحوار", "على هامش الاجتماع": the sentence reports something done at a meeting."""
        lo, hi = self._tok_range(clause)
        return any(_has(self.lex, "framing_nouns", self.doc, c.end_token, min(hi, c.end_token + 2))
                   for c in _has(self.lex, "framing_cues", self.doc, lo, hi))

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
        return widest([format_month(anchor.lo.year, anchor.lo.month), format_month(anchor.hi.year, anchor.hi.month)])

    def _signing_event(self, ci, clause, first, end, date_value, parties) -> None:
        ev = LocalEvent("signing", date=date_value)
        ev.organizations = [p for p in parties if not (len(p) == 2 and p.isupper())]
        ev.countries = [p for p in parties if len(p) == 2 and p.isupper()] or (self.pair.split("-") if self.pair else [])
        ev.evidence.append(_evidence(self.doc, first, end, "type", "signing:dated_agreement"))
        self.drafts.append(Draft(ev, first, end, ci, date_rule="date:agreement"))

    # -- document-level: rounds and the current round
    def _attach_rounds(self) -> None:
        by_number: dict[int, LocalRound] = {}
        for ci, clause in enumerate(self.clauses):
            for r in find_round_mentions(self.doc, clause.sent.first_token, clause.sent.end_token):
                lr = by_number.setdefault(r.number, LocalRound(self.pair or "", r.number, status="planned"))
                lr.evidence.append(_evidence(self.doc, r.first, r.end, "number", "round:mention"))
        current: dict[int, int] = {}  # part -> the round that happened in it
        for d in self.drafts:
            if d.event.type == "round_session" and d.event.round and d.event.status == "happened":
                current.setdefault(self.clauses[d.clause].part, d.event.round)
        for d in self.drafts:
            part = self.clauses[d.clause].part
            ev = d.event
            if ev.round is None and ev.type == "round_session":
                ev.round = current.get(part)
                if ev.round is None:
                    rounds_in_part = [r for ci, c in enumerate(self.clauses) if c.part == part
                                      for r in find_round_mentions(self.doc, c.sent.first_token, c.sent.end_token)]
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
        self.drafts = [d for d in self.drafts if id(d) not in drop and not (
            d.event.type == "round_session" and d.event.round is None)]
        for d in self.drafts:
            d.event.evidence = [e for e in d.event.evidence if e.end > e.start]

    def _framing_meeting(self, d: Draft) -> Draft | None:
        """The dated meeting an event is framed by ("في ختام الحوار", "على هامش الاجتماع", "عقب اجتماع")."""
        clause = self.clauses[d.clause]
        lo, hi = self._tok_range(clause)
        cues = [c for c in _has(self.lex, "framing_cues", self.doc, lo, hi)
                if _has(self.lex, "framing_nouns", self.doc, c.end_token, min(hi, c.end_token + 2))]
        if d.event.type == "statement":  # issued "عقب" a meeting: maybe days later, so not its day
            cues = [c for c in cues if not _has(self.lex, "after_cues", self.doc, c.first_token, c.end_token)]
        if not cues:
            return None
        meetings = [m for m in self.drafts if m is not d and m.event.type in MEETING_TYPES and m.event.date
                    and m.event.status == "happened" and m.date_rule != "date:anchor_month"
                    and self.clauses[m.clause].part == clause.part and self._near_round(m, clause.part)]
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
                d.event.evidence.append(_evidence(self.doc, d.first, d.end, "date", "date:framing_meeting"))

    def _default_dates(self) -> None:
        """A reported event with no date of its own happened around the anchor: its month (weak)."""
        self._framed_dates()
        for d in self.drafts:
            value = self.anchor_month(self.clauses[d.clause].part)
            if d.event.date is None and d.event.status == "happened" and value:
                d.event.date = value
                d.event.evidence.append(_evidence(self.doc, d.first, d.end, "date", "date:anchor_month"))

    def _dialogue_part(self, part: int) -> bool:
        return any(_has(self.lex, "dialogue_nouns", self.doc, c.sent.first_token, c.sent.end_token)
                   for c in self.clauses if c.part == part)

    def _near_round(self, d: Draft, part: int, wide: bool = False) -> bool:
        anchor = self.anchor_of(part)
        if d.event.date is None or anchor is None or anchor.lo is None:
            return True
        days = self.lex.raw["dialogue_window_days" if wide else "round_window_days"]
        first, last = bounds(d.event.date)
        return (anchor.lo - last).days <= days and (first - anchor.hi).days <= days


def _purpose_word(word: str) -> bool:
    """"لمكافحة", "لتعزيز": a noun with the purpose clitic ل (not "للتعاون", whose ل merges with ال)."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 4


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
