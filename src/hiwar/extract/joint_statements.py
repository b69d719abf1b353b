"""Joint statements as one document reports them: the statement's subject is the meeting that issued it
(its round, else the dialogue, else the same meeting noun), named as fully as the document names it; its
date the meeting's. Read by the agreements reader (AgreementReading), whose state this mixin shares."""
from __future__ import annotations

from dataclasses import dataclass

from ..text.doc import clitic_readings
from .cues import Clause, cues_in, find_round_mentions, lexicon, span_evidence, topics_in
from .dates.values import bounds, format_month, widest
from .types import LocalAgreement


_NAME_DASHES = frozenset("-–ـ")


@dataclass(frozen=True)
class _Span:
    first_token: int
    end_token: int


class StatementReading:
    def _read_split_statements(self, ci: int, clause: Clause) -> None:
        """"صدر بيان سعودي مصري مشترك", "بيانا مشتركا" told with the sides between: "بيان" and "مشترك" with
        only the sides' demonyms (and dashes) between them name a joint statement."""
        doc, lex = self.doc, lexicon()
        lo, hi = self._tok_range(clause)
        demonyms = {tok: end for tok, end, entry, _ in clause.places if entry.form == "demonym"}
        for head in cues_in(lex, "split_statement_heads", doc, lo, hi):
            k, sides = head.end_token, 0
            while k < min(hi, head.end_token + lex.raw["split_statement_reach"] + 1):
                if k in demonyms:
                    k, sides = demonyms[k], sides + 1
                elif not doc.tokens[k].is_word and doc.tokens[k].norm in ("-", "ـ", "–"):
                    k += 1
                else:
                    break
            joint = lex.cue("split_statement_joints").match_at(doc, k, clitics=False) if sides and k < hi else None
            if joint is not None:
                self._read_statement(ci, clause, _Span(head.first_token, joint.end_token), joint.end_token)

    def _read_statement(self, ci: int, clause: Clause, noun, noun_end: int) -> None:
        """A joint statement, its subject the meeting that issued it ("بيان مشترك عقب الجولة الخامسة ...")."""
        doc, lex = self.doc, lexicon()
        lo, hi = self._tok_range(clause)
        meeting = self._issuing_meeting(noun.first_token, noun_end, lo, hi)
        name = self._fullest_name(meeting, clause.part)
        if name is None:
            return
        a, b = name
        planned = bool(cues_in(lex, "planned_agreement_cues", doc, self._clause_start(noun.first_token, lo,
                                                                                      lex.raw["planned_reach"]),
                               noun.first_token))
        date_value = None
        if not planned:
            date_value = self._meeting_date(ci, clause.part)
            after = meeting and cues_in(lex, "after_cues", doc, min(meeting[0], noun.first_token) - 2,
                                        max(meeting[0], noun_end))
            if date_value is not None and after:  # issued after the meeting: maybe days later
                first, last = bounds(date_value)
                date_value = widest([format_month(first.year, first.month), format_month(last.year, last.month)])
            if date_value is None:
                date_value = next((m.attrs["value"] for m in clause.dates
                                   if noun.first_token - 3 <= doc.token_at(m.start) < noun_end + 4), None)
        subject = doc.text[doc.tokens[a].start:doc.tokens[b - 1].end]
        # what the statement covers is told in the sentences after it, to the end of its report
        part_end = max(c.sent.end_token for c in self.clauses if c.part == clause.part)
        statement = LocalAgreement("joint_statement", subject, topics_in(doc, noun_end, part_end),
                                   self.pair.split("-") if self.pair else [], date_value,
                                   "planned" if planned else "signed")
        statement.evidence.append(span_evidence(doc, noun.first_token, noun_end, "type", "agreement:joint_statement"))
        statement.evidence.append(span_evidence(doc, a, b, "subject", "agreement:issuing_meeting"))
        self.agreements.append(statement)

    def _issuing_meeting(self, first: int, end: int, lo: int, hi: int) -> tuple[int, int | None] | None:
        """(token, round number) of the meeting named nearest the statement noun ("الصادر في ختام الجولة")."""
        doc, lex = self.doc, lexicon()
        reach = lex.raw["issuing_reach"]
        a, b = max(lo, first - reach), min(hi, end + reach)
        found = [(r.first, r.number) for r in find_round_mentions(doc, a, b)]
        found += [(m.first_token, None) for m in cues_in(lex, "dialogue_nouns", doc, a, b)]
        found += [(m.first_token, None) for m in cues_in(lex, "issuing_meetings", doc, a, b)]
        if not found:
            return None
        return min(found, key=lambda f: (first - f[0] if f[0] < first else f[0] - end + 1, f[1] is None))

    def _fullest_name(self, meeting: tuple[int, int | None] | None, part: int) -> tuple[int, int] | None:
        """The longest name the part gives the meeting: its round, else the dialogue, else the same noun
        ("الاجتماع" → "الاجتماع الوزاري المشترك في إطار الشراكة الاستراتيجية بين مجلس التعاون و...")."""
        doc, lex = self.doc, lexicon()
        clauses = [c for c in self.clauses if c.part == part]
        rounds = [r for c in clauses for r in find_round_mentions(doc, c.sent.first_token, c.sent.end_token)]
        dialogues = [m for c in clauses for m in cues_in(lex, "dialogue_nouns", doc, c.sent.first_token,
                                                           c.sent.end_token)]
        noun = doc.tokens[meeting[0]] if meeting else None
        roundish = noun is None or meeting[1] is not None or bool(
            lex.cue("round_meetings").match_at(doc, meeting[0]) or lex.cue("dialogue_nouns").match_at(doc, meeting[0]))
        candidates: list[tuple[int, int]] = []
        if roundish and rounds:
            number = meeting[1] if meeting and meeting[1] is not None else self._current_round(part, rounds)
            candidates = [(r.first, self._name_end(r.end)) for r in rounds if r.number == number]
        elif roundish and dialogues:
            candidates = [(m.first_token, self._name_end(m.end_token)) for m in dialogues]
        elif noun is not None:
            forms = {f for _, f in clitic_readings(noun.norm)}
            candidates = [(k, self._name_end(k + 1)) for c in clauses
                          for k in range(c.sent.first_token, c.sent.end_token)
                          if forms & {f for _, f in clitic_readings(doc.tokens[k].norm)}]
        if not candidates:
            return None
        return max(candidates, key=lambda c: (c[1] - c[0], -c[0]))

    def _current_round(self, part: int, rounds) -> int:
        """The round the part reports as held, else the first it names."""
        held = [d.event.round for d in self.drafts if d.event.type == "round_session" and d.event.round
                and d.event.status == "happened" and self.clauses[d.clause].part == part]
        return held[0] if held else rounds[0].number

    def _name_end(self, k: int) -> int:
        """End of a meeting's name from token k on: definite words, places and organizations, and links
        ("من الحوار الاستراتيجي القطري الأمريكي", "بين دولة قطر والولايات المتحدة الأمريكية")."""
        doc, lex = self.doc, lexicon()
        place_ends = {tok: end for c in self.clauses for tok, end, _, _ in c.places}
        orgs = {tok for c in self.clauses for tok, _ in c.orgs}
        sent_end = doc.sentence_of(doc.tokens[k - 1].start).end_token
        end = last = k
        while end < sent_end:
            tok = doc.tokens[end]
            if tok.norm in _NAME_DASHES and end + 1 < sent_end and doc.tokens[end + 1].is_word:
                end += 1  # "المشتركة المغربية–الموريتانية": the sides joined by a dash
                continue
            if not tok.is_word or self._date_starts(end) or any(
                    lex.cue(name).match_at(doc, end) for name in ("relative_pronouns", "speech_verbs",
                                                                  "speech_participles", "agreement_nouns")):
                break
            if end in place_ends:
                end = last = place_ends[end]
                continue
            link = lex.cue("name_links").match_at(doc, end)
            if link:
                end = link.end_token
                continue
            if end in orgs or any(f.startswith("ال") for _, f in clitic_readings(tok.norm)):
                end = last = end + 1
                continue
            break
        return last
