"""The document as the dialogue reader holds it: its sentences (clauses) with the dates, persons,
organizations and places found in each, the events told so far (drafts), the pair of countries
it names most, and the queries every stage shares (a sentence's reported clauses, the latest
event of a kind, a part's anchor and whether a date falls within the window around it)."""
from __future__ import annotations

from bisect import bisect_right

from ...text.doc import Doc
from ..cues import Clause, RoundMention, cues_in, dominant_pair, find_round_mentions, lexicon
from ..dates.values import bounds, format_month, widest
from ..places import PlaceEntry
from ..types import LocalAgreement, LocalEntity, LocalRound, Mention
from .drafts import MEETING_TYPES, DaySpan, Draft


def document_parts(doc: Doc, end: int) -> list[int]:
    """Original start offsets of the parts of a page: a stitched page continues with another
    report after a break phrase ("وفي سياق متصل") at the head of a sentence (read once per text and end)."""
    def parts() -> list[int]:
        lex = lexicon()
        starts = [0]
        for sent in doc.sentences:
            if sent.start >= end:
                break
            if sent.start > 0 and cues_in(lex, "part_breaks", doc, sent.first_token, sent.first_token + 1):
                starts.append(sent.start)
        return starts

    return list(doc.layer.remembered(("document parts", end), parts))


class ReadingState:
    """The state of one document's reading, shared by the reader's stages."""

    def __init__(self, doc: Doc, end: int, dates: list[Mention], entities: list[LocalEntity],
                 places: list[Mention], anchors: list[DaySpan | None], title: str | None = None):
        self.doc, self.end, self.anchors = doc, end, anchors
        self.lex = lexicon()
        # "الحوار الاستراتيجي العماني الأمريكي ..." as the page's title in its metadata, though its text
        # (a visit, a call) never writes "حوار": the page is of the dialogue
        titled = Doc(title) if title else None
        self.titled_dialogue = titled is not None and bool(cues_in(self.lex, "dialogue_nouns", titled, 0, len(titled.tokens)))
        self.pair = dominant_pair([p for p in places if p.start < end], entities)
        self.clauses = self._clauses(dates, entities, places)
        # "صرح المتحدث الرسمي باسم الوزارة بأن الوزير التقى ...": who speaks of a meeting did not sit in it
        heads = tuple(self.lex.raw["spokesperson_titles"])
        self.spokespersons = frozenset(e.local_id for e in entities if e.kind == "person"
                                       and any(t.startswith(heads) for t in e.titles))
        # the document numbers its framework's meetings ("الاجتماع الثامن لمجموعة التوجيه")
        self.numbered_meetings = any(self.lex.cue("meeting_round_nouns").match_at(doc, r.first)
                                     for c in self.clauses
                                     for r in find_round_mentions(doc, c.sent.first_token, c.sent.end_token))
        self.drafts: list[Draft] = []
        self.rounds: list[LocalRound] = []
        self.agreements: list[LocalAgreement] = []
        self.headline_lines: list[int] | None = None  # the page's first lines above its body, found once

    def _clauses(self, dates, entities, places) -> list[Clause]:
        """The sentences before `end`, each with its part of the page and the dates, persons,
        organizations and places found in it."""
        doc = self.doc
        out: list[Clause] = []
        starts = document_parts(doc, self.end)
        for sent in doc.sentences:
            if sent.start >= self.end:
                break
            out.append(Clause(sent, sum(1 for s in starts[1:] if s <= sent.start)))

        clause_starts = [c.sent.start for c in out]

        def clause_of(offset: int) -> Clause | None:
            k = bisect_right(clause_starts, offset) - 1  # sentences are in order and do not overlap
            return out[k] if k >= 0 and offset < out[k].sent.end else None

        for m in dates:
            c = clause_of(m.start)
            if c is not None and m.attrs.get("value") is not None:
                c.dates.append(m)
            elif c is not None:
                c.unplaced_days.append(m)
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

    def _tok_range(self, clause: Clause) -> tuple[int, int]:
        """The sentence's tokens, as [first, end)."""
        return clause.sent.first_token, clause.sent.end_token

    def _round_mentions(self, clause: Clause) -> list[RoundMention]:
        """The rounds a sentence names by number ("الجولة الثالثة", or "الاجتماع الثامن" where the
        document numbers its framework's meetings)."""
        return find_round_mentions(self.doc, clause.sent.first_token, clause.sent.end_token, self.numbered_meetings)

    def _subclause(self, clause: Clause, tok: int) -> int:
        """Which stretch of the sentence a token is in: "أكد X أن ..." starts a reported clause at "أن"."""
        return sum(1 for b in self._reported_starts(clause) if b <= tok)

    def _reported_starts(self, clause: Clause) -> list[int]:
        """Tokens opening a reported clause ("قال ... إن", "مؤكدا"), computed once per sentence."""
        if clause.reported is None:
            lo, hi = self._tok_range(clause)
            reach = self.lex.raw["speech_reach"]
            said = [c.first_token for c in cues_in(self.lex, "complementizers", self.doc, lo, hi)
                    if cues_in(self.lex, "speech_verbs", self.doc,
                               self._words_back(clause, self._before_aside(c.first_token, lo), lo, reach), c.first_token)]
            clause.reported = sorted(set(said) | {c.first_token for c in cues_in(
                self.lex, "speech_participles", self.doc, lo + 1, hi)})
        return clause.reported

    def _led_away(self, d: Draft, tok: int) -> bool:
        """"انعقاد الحوار يلي إعلانا أصدره في واشنطن الوزيران في نوفمبر": a token after a verb of sequence that
        follows the event's trigger tells of the thing followed (or preceded), not of the event; "وصل إليها
        قادما من العاصمة الهندية نيودلهي": a place after a word of coming from is where the traveller left."""
        lex = self.lex
        return tok >= d.end and bool(cues_in(lex, "sequence_verbs", self.doc, d.end, tok)) or bool(
            cues_in(lex, "origin_words", self.doc, max(0, tok - lex.raw["origin_reach"]), tok))

    def _words_back(self, clause: Clause, tok: int, lo: int, words: int) -> int:
        """The token `words` words before `tok`, not counting a date or what stands in brackets: "قال مصدر
        لوكالة الأنباء (كونا) اليوم الأحد إن ...": the speaker's agency and day do not part the verb from "إن"."""
        toks, doc = self.doc.tokens, self.doc
        dated = {k for m in clause.dates for k in range(doc.token_at(m.start), doc.token_at(max(m.start, m.end - 1)) + 1)}
        k, depth = tok, 0
        while k > lo and words > 0:
            k -= 1
            norm = toks[k].norm
            if norm == ")":
                depth += 1
            elif norm == "(":
                depth = max(0, depth - 1)
            elif depth == 0 and k not in dated and toks[k].is_word:
                words -= 1
        return k

    def _before_aside(self, tok: int, lo: int) -> int:
        """"ذكر بيان صادر عن وزارة الخارجية، اليوم الأحد (5 أيار 2024)، أن ...": an aside between two
        commas right before token `tok` does not part a verb of saying from its "أن"; where it starts."""
        toks = self.doc.tokens
        if tok - 1 <= lo or toks[tok - 1].norm not in ("،", ","):
            return tok
        reach = self.lex.raw["aside_reach"]
        opening = next((k for k in range(tok - 2, max(lo, tok - 2 - reach) - 1, -1) if toks[k].norm in ("،", ",")), None)
        return opening if opening is not None else tok

    def _in_round_holding_clause(self, clause: Clause, tok: int) -> bool:
        """"وهي الجولة التي انعقدت افتراضيا خلال أيام 3 - 5 مايو": token `tok` lies in a relative
        clause telling when a round noun was held, before the clause's next comma."""
        toks, lex = self.doc.tokens, self.lex
        lo = max(clause.sent.first_token, tok - lex.raw["past_holding_reach"] - 2)
        for m in cues_in(lex, "past_holding", self.doc, lo, tok):
            if m.first_token > 0 and lex.cue("round_nouns").match_at(self.doc, m.first_token - 1) \
                    and not any(toks[k].norm in ("،", ",") for k in range(m.end_token, tok)):
                return True
        return False

    def _latest(self, kind: str) -> Draft | None:
        """The last event of a kind told so far."""
        for d in reversed(self.drafts):
            if d.event.type == kind:
                return d
        return None

    def _latest_meeting(self, ci: int) -> Draft | None:
        """The last meeting told so far in the part of sentence `ci`."""
        return next((d for d in reversed(self.drafts) if d.event.type in MEETING_TYPES
                     and self.clauses[d.clause].part == self.clauses[ci].part), None)

    def anchor_of(self, part: int):
        """The days the part may be dated (a DaySpan), or None."""
        return self.anchors[part] if part < len(self.anchors) else None

    def anchor_month(self, part: int):
        """The month around a part's anchor, or coarser when the anchor is known less precisely."""
        anchor = self.anchor_of(part)
        if anchor is None or anchor.lo is None:
            return None
        value = widest([format_month(anchor.lo.year, anchor.lo.month), format_month(anchor.hi.year, anchor.hi.month)])
        return None if isinstance(value, dict) else value  # years apart: the year is not known

    def _dialogue_part(self, part: int) -> bool:
        """The part names the dialogue ("الحوار الاستراتيجي") somewhere, or the instrument it is held under
        ("اتفاقية الإطار الاستراتيجي"), or it opens a page whose title names the dialogue: what the two sides
        do there is of their dialogue."""
        return part == 0 and self.titled_dialogue or any(
            cues_in(self.lex, "dialogue_nouns", self.doc, c.sent.first_token, c.sent.end_token)
            or cues_in(self.lex, "framework_instruments", self.doc, c.sent.first_token, c.sent.end_token)
            for c in self.clauses if c.part == part)

    def _near_round(self, d: Draft, part: int, wide: bool = False) -> bool:
        """The event's date (if any) lies within the window around the part's anchor."""
        return self._near_anchor(d.event.date, part, wide)

    def _near_anchor(self, value, part: int, wide: bool = False) -> bool:
        """A date within the round's (or, `wide`, the dialogue's) window around the part's anchor."""
        anchor = self.anchor_of(part)
        if value is None or anchor is None or anchor.lo is None:
            return True
        days = self.lex.raw["dialogue_window_days" if wide else "round_window_days"]
        first, last = bounds(value)
        return (anchor.lo - last).days <= days and (first - anchor.hi).days <= days
