"""Agreements as one document reports them: MoUs, agreements, letters of intent, joint statements.

An agreement noun ("مذكرة تفاهم") opens an instrument; its subject runs from a marker
("في مجال", "بشأن") to a stop word; a plural noun lists several. Status comes from cues
before the noun (signed, planned, discussed); the date from the clause or, for what a
meeting produced, from that meeting. Read by the dialogue reader (events._Reader), whose
state (clauses, drafts, anchors) this mixin shares.
"""
from __future__ import annotations

from ..text.doc import clitic_readings
from ..text.normalize import fold
from .cues import Clause, cues_in, find_round_mentions, span_evidence, topics_in
from .types import LocalAgreement, Mention


class AgreementReading:
    def _read_agreements(self, ci: int, clause: Clause) -> None:
        doc, lex = self.doc, self.lex
        lo, hi = self._tok_range(clause)
        nouns = cues_in(lex, "agreement_nouns", doc, lo, hi)
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
            follow = cues_in(lex, "agreement_nouns", doc, noun.end_token, noun.end_token + 2)
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
                agreement = LocalAgreement(kind, subject, topics_in(doc, a, b), parties, date_value, status)
                agreement.evidence.append(span_evidence(doc, noun.first_token, noun_end, "type", f"agreement:{kind}"))
                agreement.evidence.append(Mention("evidence", start, stop, subject, "subject", "agreement:subject"))
                self.agreements.append(agreement)
            # an undated signing is an event only when done at a meeting ("شهد ... في ختام الحوار التوقيع")
            reach = lex.raw["signing_reach"] if self._framed(clause) else 3 if date_value else 0
            if status == "signed" and kind != "joint_statement" and not signed_here and reach and \
                    cues_in(lex, "signing_cues", doc, max(lo, noun.first_token - reach), noun.first_token):
                self._signing_event(ci, clause, noun.first_token, s_end, date_value, parties)
                signed_here = True

    def _subject_span(self, i: int, hi: int) -> tuple[int, int] | None:
        doc, lex = self.doc, self.lex
        stops = {fold(w) for w in lex.raw["subject_stops"]}
        # skip the parties ("بين الصندوق الكويتي والوكالة ...") up to a subject marker
        limit = min(hi, i + 14)
        marker = next((m for m in cues_in(lex, "subject_markers", doc, i, limit)), None)
        start = marker.end_token if marker else None
        if i < hi and purpose_word(doc.tokens[i].norm):
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
        start = self.doc.tokens[a].start + (0 if first and not purpose_word(self.doc.tokens[a].norm) else 1)
        return start, self.doc.text[start:self.doc.tokens[b - 1].end].strip(" ،,.")

    def _agreement_status(self, first: int, end: int, lo: int) -> str:
        doc, lex = self.doc, self.lex
        if cues_in(lex, "planned_agreement_cues", doc, max(lo, first - 4), first):
            return "planned"
        if cues_in(lex, "discussed_cues", doc, max(lo, first - 3), first + 2):
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


def purpose_word(word: str) -> bool:
    """"لمكافحة", "لتعزيز": a noun with the purpose clitic ل (not "للتعاون", whose ل merges with ال)."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 4
