"""What an instrument is about, as one document writes it: its subject starts at a marker ("في مجال",
"بشأن") or a purpose word ("لتعزيز") a few tokens after the agreement noun, else right after an indefinite
noun, or is the name in quotes after it; it ends at a stop (a relative clause, a participle, a clause
opened after a comma, a date). A plural noun's subject is cut into one item per field it lists. Read by
the agreements reader (AgreementReading), whose state this mixin shares."""
from __future__ import annotations

from ..text.doc import clitic_readings
from .cues import cues_in, lexicon

QUOTES = frozenset("\"«»“”")  # marks that open or close a name in quotes


class SubjectReading:
    def _subject_start(self, i: int, hi: int) -> tuple[int, bool] | None:
        """First token of the subject and whether a marker introduced it. The marker is looked for past
        adjectives, parties ("بين ... و...") and a relative clause, but not past a comma, date or stop."""
        doc, lex = self.doc, lexicon()
        toks = doc.tokens
        if i >= hi:
            return None
        # "خطاب النوايا الذي وقعاه عام 2018 في مجال ...": a relative clause may hold the date
        relative = bool(lex.cue("relative_pronouns").match_at(doc, i) or lex.cue("signing_cues").match_at(doc, i))
        limit, parties = min(hi, i + lex.raw["subject_search_reach"]), False
        k = i - 1
        while k + 1 < limit:
            k += 1
            marker = lex.cue("subject_markers").match_at(doc, k)
            if marker:
                start = marker.end_token
                if lex.cue("agent_markers").match_at(doc, k):
                    start = self._place_end(start) or start
                return (start, True) if start < hi else None
            adjacent = lex.cue("adjacent_markers").match_at(doc, k)
            if adjacent and adjacent.end_token < hi and (
                    lex.cue("field_nouns").match_at(doc, adjacent.end_token) or self._adjectives_only(i, k)):
                return adjacent.end_token, True
            if self._purpose_at(k):
                return k, True
            if lex.cue("party_words").match_at(doc, k):
                parties = True
            elif parties and self._party_comma(k, hi):
                # "بين حكومة دولة الكويت، وحكومة المملكة المغربية، للتعاون في ...": the parties'
                # names, commas and all, do not count against the reach
                limit = min(hi, limit + (k - i))
                continue
            if k > i and not lex.cue("party_words").match_at(doc, k) and (
                    self._ends_subject(k, hi) or (not relative and self._date_starts(k))):
                break
        if toks[i].is_word and not lex.cue("party_words").match_at(doc, i) and not relative:
            return i, False  # "اتفاقية الإطار الاستراتيجي": the subject follows the noun directly
        return None

    def _party_comma(self, k: int, hi: int) -> bool:
        """A comma within the parties of an instrument: before the next party ("، وحكومة ...") or before
        what the instrument is for ("، للتعاون في ...", "، في مجال ...")."""
        doc, lex = self.doc, lexicon()
        if doc.tokens[k].norm not in ("،", ",") or k + 1 >= hi:
            return False
        nxt = doc.tokens[k + 1].norm
        next_party = nxt.startswith("و") and len(nxt) > 2 and any(f != nxt for _, f in clitic_readings(nxt)[1:])
        return next_party or nxt.startswith("لل") or self._purpose_at(k + 1) or bool(
            lex.cue("subject_markers").match_at(doc, k + 1) or lex.cue("adjacent_markers").match_at(doc, k + 1))

    def _quoted_name(self, k: int, hi: int) -> int | None:
        """"الانضمام إلى اتفاقيات "أرتميس"": a name in quotes right after the noun names the instrument; the
        end of the closing quote (the subject is the noun with its name)."""
        toks = self.doc.tokens
        if k >= hi or toks[k].norm not in QUOTES:
            return None
        reach = min(hi, k + 2 + lexicon().raw["quoted_name_reach"])
        close = next((j for j in range(k + 2, reach) if toks[j].norm in QUOTES), None)
        return close + 1 if close is not None else None

    def _described_and_signed(self, noun, hi: int) -> int | None:
        """"مذكرة النوايا التي تبلغ كلفتها 3 مليارات دولار، والتي وقعها الجانبان ...": an instrument named by what
        a relative clause says of it, then told signed in another: it is named by its words up to the comma
        (the end returned), the noun included."""
        doc, lex = self.doc, lexicon()
        toks = doc.tokens
        k = noun.end_token
        if k >= hi or not lex.cue("relative_pronouns").match_at(doc, k):
            return None
        comma = next((j for j in range(k, hi) if toks[j].norm in ("،", ",")), None)
        if comma is None or comma + 1 >= hi or not lex.cue("relative_pronouns").match_at(doc, comma + 1):
            return None
        return comma if cues_in(lex, "signing_cues", doc, comma + 2, min(hi, comma + 4)) else None

    def _adjectives_only(self, i: int, k: int) -> bool:
        """Tokens [i, k) are at most two indefinite words ("اتفاقية أخرى في ...", "مذكرة جديدة في ...")."""
        return k - i <= 2 and all(self.doc.tokens[j].is_word and not any(
            f.startswith("ال") for _, f in clitic_readings(self.doc.tokens[j].norm)) for j in range(i, k))

    def _purpose_at(self, k: int) -> bool:
        """"لمكافحة", "لدعم": a noun with the purpose clitic ل (not "للتعاون", whose ل merges with ال)."""
        word = self.doc.tokens[k].norm
        return word.startswith("ل") and not word.startswith("لل") and len(word) >= 4 and \
            not self._whole_match("not_purpose_words", k) and self._place_end(k) is None

    def _subject_end(self, start: int, hi: int, listing: bool = False) -> int | None:
        doc = self.doc
        end = start
        while end < hi and not (end > start and (self._ends_subject(end, hi, listing) or self._date_starts(end))):
            end += 1
        while end > start and (not doc.tokens[end - 1].is_word or
                               self._whole_match("trailing_words", end - 1)):
            end -= 1
        return end if end > start else None

    def _ends_subject(self, k: int, hi: int, listing: bool = False) -> bool:
        """A stop at token k. After a comma a subject goes on only into a range ("، من الطاقة إلى ...") or,
        for a plural noun, into the next item of its list ("في مجالات الصحة، والتعليم")."""
        doc, lex = self.doc, lexicon()
        tok = doc.tokens[k]
        if tok.norm in ("،", ","):
            nxt = doc.tokens[k + 1].norm if k + 1 < hi else ""
            item = listing and nxt.startswith("و") and any(f != nxt for _, f in clitic_readings(nxt)[1:])
            return not (item or lex.cue("subject_continuations").match_at(doc, k + 1, clitics=False))
        if not tok.is_word:
            return tok.norm != "-"
        return any(lex.cue(name).match_at(doc, k) for name in
                   ("subject_stops", "speech_participles", "speech_verbs", "agreement_nouns"))

    def _whole_match(self, name: str, k: int) -> bool:
        """Token k is, without proclitics, a one-word entry of cue list `name`."""
        m = lexicon().cue(name).match_at(self.doc, k, clitics=False)
        return bool(m) and m.end_token == k + 1

    def _date_starts(self, k: int) -> bool:
        start = self.doc.tokens[k].start
        return any(m.start <= start < m.end for c in self.clauses for m in c.dates)

    def _place_end(self, k: int) -> int | None:
        """End token of the place named from token k, if one is."""
        return next((end for c in self.clauses for tok, end, _, _ in c.places if tok == k), None)

    def _items(self, plural: bool, a: int, b: int, counterparts: list[str]) -> list[tuple[int, int, list[str]]]:
        """One instrument per counterpart of a plural noun ("مع شركتي X وY"), else one per subject item."""
        if plural and len(counterparts) > 1:
            return [(a, b, [c]) for c in counterparts]
        if not plural:
            return [(a, b, [])]
        toks = self.doc.tokens
        cuts = [a]
        for k in range(a + 1, b):  # "A والتعليم العالي والأمن السيبراني": split before "و"-words
            w = toks[k].norm
            # the "و" of "وزير", "وفد", "وثيقة" is the word's own letter ("برئاسة وزيري الخارجية")
            own = w.startswith(self._own_waw_stems())
            if w.startswith("و") and len(w) > 2 and not own and any(f != w for _, f in clitic_readings(w)[1:]):
                cuts.append(k)
        cuts.append(b)
        return [(x, y, []) for x, y in zip(cuts, cuts[1:]) if y > x]

    @staticmethod
    def _own_waw_stems() -> tuple[str, ...]:
        return tuple(lexicon().raw["own_waw_stems"])

    def _item_text(self, a: int, b: int) -> tuple[int, str]:
        """Original start and text of a subject, its proclitic "و" or purpose "ل" dropped."""
        tok = self.doc.tokens[a]
        clitic = self._purpose_at(a) or (tok.norm.startswith("و") and len(tok.norm) > 2 and
                                            any(f != tok.norm for _, f in clitic_readings(tok.norm)[1:]))
        start = tok.start + (1 if clitic else 0)
        return start, self.doc.text[start:self.doc.tokens[b - 1].end].strip(" ،,.:")
