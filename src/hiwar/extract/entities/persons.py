"""Persons in running text: TITLE (و? TITLE)* HONORIFIC* NAME, names with their offices after
them, names in lists, known officials, and speakers of quoted words."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

from ...text.matcher import word_positions
from ..lexicon import Official
from ..places import place_at, place_matcher
from .name_runs import NameReader, given_reading
from .titles import lex_is_honorific, lex_official_at
from .words import is_definite, line_tokens, read_left_to_right, readings, starts_with_waw

SENTENCE_CLOSERS = (".", '"', "»", "”")  # what may close a name that ends a sentence or a quotation


@dataclass
class PersonSpan:
    """A person found in running text, before in-document clustering."""

    titles: list[tuple[int, int, bool]]  # (first token, end token, is an office)
    name: tuple[int, int]  # tokens
    rule: str
    official: Official | None = None
    start: int | None = None  # original start when a proclitic is left out of the name



class PersonReader(NameReader):
    """The person mentions of one text, read left to right."""

    # ------------------------------------------------------------ persons
    def post_titles(self, j: int) -> tuple[list[tuple[int, int, bool]], int]:
        """Offices written after a name ("X، وزير الخارجية"), unless they open the next person."""
        k = j + 1 if j < self.limit and self.tokens[j].norm in (",", "،") else j
        introducer = self.lex.office_introducers.match_at(self.doc, k) if k < self.limit else None
        if introducer is not None and k > j:
            k = introducer.end_token  # "X، الذي يشغل منصب كبير المستشارين"
        head = self.head_at(k) if k < self.limit else None
        if head is None or head.start > self.tokens[k].start:
            return [], j  # "ووزير ..." opens the next person; "رحب X بسفير ...": the preposition's object
        chain, _ = self.title_chain(k)
        offices = list(takewhile(lambda span: span[2], chain))  # "نظيرها السعودي" opens the next person
        if not offices:
            return [], j
        end = offices[-1][1]
        after = self.honorific_end(end)
        if self.name_end(after) - after >= 2 or lex_official_at(self, after):
            return [], j  # the office belongs to the name that follows
        return offices, end

    def start_after_clitic(self, i: int, given: tuple[int, str] | None) -> int | None:
        """Original start of a name whose first token carries a proclitic ("وسالم"), else None."""
        if not given or not given[0]:
            return None
        tok = self.tokens[i]
        return self.doc.norm.span(tok.nstart + given[0], tok.nend)[0]

    def quoted_speaker(self, i: int, end: int) -> bool:
        """Tokens i..end sit between a verb of saying and what was said: "وقال X Y إن"."""
        return (i > 0 and any(f in self.lex.speech_verbs for f in readings(self.tokens[i - 1]))
                and end < self.limit and self.tokens[end].norm in self.lex.speech_openers)

    def name_set_off(self, j: int) -> bool:
        """A comma at token j after an office, then a name that is known, closed by a second comma,
        or two foreign-looking words that end the sentence ("..، إلدون غرينبرغ.")."""
        if j >= self.limit or self.tokens[j].norm not in (",", "،"):
            return False
        k = self.honorific_end(j + 1)
        run = self.foreign_run_end(k)  # "سفير الصومال، عبدي آدم ديري،": a foreign name set off by two commas
        end = self.name_end(k, after_office=run > k and (k > j + 1 or run < self.limit
                                                          and self.tokens[run].norm in (",", "،")))
        if end - k < 2:
            return False
        closer = self.tokens[end].norm if end < self.limit else "."
        return (self.given_start(k) is not None or closer in (",", "،")
                or closer in SENTENCE_CLOSERS and (end - k == 2 and self.transliterated_pair(k)
                                                   or self.foreign_run_end(k) == end))

    def listed_names(self, k: int) -> tuple[list[PersonSpan], int]:
        """Names after a list cue, each a known official or a known given name and more, maybe with
        its office after it, joined by "،" and "و"; a member that opens with an office is left to the
        main reading."""
        out: list[PersonSpan] = []
        while k < self.limit:
            if self.tokens[k].norm in (":", ",", "،") or self.tokens[k].norm == "و":
                k += 1
                continue
            ranked = self.honorific_end(k)
            if ranked > k and self.head_at(k) is None and self.given_start(ranked) is not None:
                k = ranked  # "وعضوية د. موسى أبو مرزوق": a rank before a listed name
            official = self.known_official_at(k) if self.head_at(k) is None else None
            if official is not None:  # "كل من جاريد كوشنر وبريان هوك": the list goes on after him
                out.extend(official[0])
                k = official[1]
                continue
            if self.official_or_office_at(k):
                break
            given = self.given_start(k)
            end = self.name_end(k, given[1]) if given else k
            if end - k < 2:
                break
            post, after = self.post_titles(end)
            out.append(PersonSpan(post, (k, end), "listed", start=self.start_after_clitic(k, given)))
            k = after
        return out, k

    def official_or_office_at(self, k: int) -> bool:
        return self.head_at(k) is not None or lex_is_honorific(self, k, clitics=True) or lex_official_at(self, k)

    def persons(self) -> list[PersonSpan]:
        """Person mentions left to right; at each token the first reading that fits wins:
        offices or honorifics before a name, a list of names, a known official, a name with
        its office after it or with quoted words; then the writers of bylines."""
        readers = (self.named_after_office, self.listed_at, self.known_official_at, self.second_holder_at,
                   self.apposed_or_speaking_at)
        return read_left_to_right(self.limit, readers, starts=self.reading_starts()) + self.bylines()

    def reading_starts(self) -> list[int]:
        """The tokens where one of the readings of `persons` may fit, in order: an office, an
        honorific (maybe after a proclitic), a list cue or a known official starts there, a known
        given name is there, or a comma two tokens on (an unknown name set off before its office)."""
        lex, doc = self.lex, self.doc
        starts: set[int] = set()
        for matcher in (lex.heads, lex.honorifics, lex.name_list_cues, lex.official_names, place_matcher()):
            starts.update(matcher.index(doc).starts)
        for word, found in word_positions(doc).items():
            if word in (",", "،"):
                starts.update(k - 2 for k in found)
            elif given_reading(word, lex.given, lex.foreign_given) is not None:
                starts.update(found)
        return sorted(starts)

    def named_after_office(self, i: int) -> tuple[list[PersonSpan], int] | None:
        """TITLE (و? TITLE)* HONORIFIC* NAME; an office with no name after it is kept as a bare
        title that may refer back to its holder."""
        chain, j = self.title_chain(i) if self.head_at(i) else ([], i)
        if chain and self.name_set_off(j):
            j += 1  # "وزير الخارجية البريطاني، ديفيد لامي،"
        k = self.honorific_end(j, clitic_first=not chain)
        if not chain and k == j:
            return None
        office = any(is_office for _, _, is_office in chain)
        quoted = self.quoted_name(k) if office else None
        if quoted is not None:  # "وزير الخارجية الأمريكي "ريكس تليرسون""
            return [PersonSpan(chain, (k + 1, quoted), "title")], quoted + 1
        end = self.name_end(k, after_office=office, womans_name=self.after_womans_office(chain, j, k))
        if self.dual(chain):  # "الوزيرين X وY": two names, never one name across the "و"
            end = next((w for w in range(k + 1, end) if starts_with_waw(self.tokens[w])), end)
        if end - k == 2 and self.tokens[k].norm in self.surnames and is_definite(self.tokens[k + 1].norm):
            end = k + 1  # "وصف الوزير بومبيو المملكة": the surname of a name met before, and the verb's object
        n = end - k
        met = n == 1 and self.tokens[k].norm in self.surnames
        known_single = n == 1 and self.tokens[k].norm in self.lex.official_short or met and not chain
        surname = n == 1 and office and k == j and self.surname_alone(k)
        if (n >= 2 or known_single) and self.named_after(i):
            return [], k + 1  # "قاعدة الملك سعود الجوية": a place's name, not a person
        if n >= 2 or known_single or surname:
            if self.given_start(end - 1) is None:  # "مصطفى" ending a name still opens another
                self.surnames.add(self.tokens[end - 1].norm)
            self.name_ends.add(end)
            post, after = ([], end) if chain else self.post_titles(end)
            rule = "title:surname" if surname and not known_single else "title" if chain else "honorific"
            return [PersonSpan(chain + post, (k, end), rule)] + self.second_of_a_dual(chain, end), after
        self.bare_titles.extend((a, b) for a, b, is_office in chain if is_office)
        return [], max(j, i + 1)

    def named_after(self, i: int) -> bool:
        """The honorific at token i follows a place's noun in construct ("مطار الملك خالد"): the
        name is the place's."""
        return i > 0 and any(f in self.lex.named_after_nouns for f in readings(self.tokens[i - 1]))

    def after_womans_office(self, chain: list[tuple[int, int, bool]], j: int, k: int) -> bool:
        """The honorific just before token k, or else the last office of the chain, is a woman's:
        its word ends in "ة" ("السيدة", "الدكتورة", "وزيرة الدفاع", "نائبة الرئيس")."""
        word = k - 1 if k > j else chain[-1][0] if chain else None
        if word is None:
            return False
        tok = self.tokens[word]
        return self.doc.text[tok.start:tok.end].endswith("ة")

    def second_holder_at(self, i: int) -> tuple[list[PersonSpan], int] | None:
        """"و" + a country's adjective with the article, right after a name, then a name: the
        office of the name before, held for another country ("وزيرا الخارجية المصري X، والسوري Y",
        "وزير الخارجية الأمريكي X والروسي Y"); the adjective gives the side."""
        tok = self.tokens[i]
        place = place_at(self.doc, i)
        if place is None or place[0].form != "demonym" or not starts_with_waw(tok) \
                or not any(is_definite(f) for f in readings(tok)) or not self.after_a_name(i):
            return None
        k = self.honorific_end(place[1])
        end = self.name_end(k, after_office=True)
        if end - k < 2:
            return None
        self.name_ends.add(end)
        return [PersonSpan([(i, place[1], False)], (k, end), "title")], end

    def second_of_a_dual(self, chain: list[tuple[int, int, bool]], end: int) -> list[PersonSpan]:
        """After the first name under an office in the dual, "و" + a name is the second holder:
        "وزيرا خارجية البلدين X وY", "النائبان X، وY"."""
        if self.dual(chain) and end + 1 < self.limit and self.tokens[end].norm in (",", "،"):
            end += 1
        if not self.dual(chain) or end >= self.limit or not starts_with_waw(self.tokens[end]):
            return []
        given = self.given_start(end)
        if given is None and self.tokens[end].norm == "وعبد":
            given = (1, "عبد")  # "وعبد الله": a given name written in two words
        if given is not None:
            stop = self.name_end(end, given[1], after_office=True)
        else:
            stop = end + 2 if self.transliterated_pair(end) else end  # "وأنتوني بلينكن"
        if stop - end < 2:
            return []
        self.name_ends.add(stop)
        return [PersonSpan(chain, (end, stop), "title", start=self.start_after_clitic(end, given))]

    def dual(self, chain: list[tuple[int, int, bool]]) -> bool:
        """The chain opens with an office in the dual ("وزيرا", "السفيرين"), or ends with one right before
        the names ("استقبل رئيس البرلمان عضوي مجلس الشورى X، وY")."""
        return bool(chain) and any(f in self.lex.dual_heads for first in {chain[0][0], chain[-1][0]}
                                   for f in readings(self.tokens[first]))

    def after_a_name(self, i: int) -> bool:
        """A name read ends right before token i, or before the comma there."""
        return i in self.name_ends or i > 0 and self.tokens[i - 1].norm in (",", "،") and i - 1 in self.name_ends

    def listed_at(self, i: int) -> tuple[list[PersonSpan], int] | None:
        cue = self.lex.name_list_cues.match_at(self.doc, i)
        listed, after = self.listed_names(cue.end_token) if cue is not None else ([], i)
        return (listed, after) if listed else None

    def known_official_at(self, i: int) -> tuple[list[PersonSpan], int] | None:
        m = self.lex.official_names.match_at(self.doc, i)
        if m is None:
            return None
        post, after = self.post_titles(m.end_token)
        start = m.start if m.start > self.tokens[i].start else None
        return [PersonSpan(post, (m.first_token, m.end_token), "gazetteer", m.payload, start)], after

    def apposed_or_speaking_at(self, i: int) -> tuple[list[PersonSpan], int] | None:
        """A name with its office after it ("X، وزير ...") or before quoted words ("وقال X إن")."""
        given = self.given_start(i)
        if given is not None:
            end = self.name_end(i, given[1])
        else:  # "روديريك دراموند، سفير ...": a comma and an office vouch for an unknown name
            comma = i + 2 < self.limit and self.tokens[i + 2].norm in (",", "،")
            end = i + 2 if comma and self.transliterated_pair(i) else i
        post, after = self.post_titles(end) if end - i >= 2 else ([], end)
        if not post and not (given is not None and end - i >= 2 and self.quoted_speaker(i, end)):
            return None
        start = self.start_after_clitic(i, given if given is not None else self.listed_waw(i))
        return [PersonSpan(post, (i, end), "apposition" if post else "speaker", start=start)], after

    def listed_waw(self, i: int) -> tuple[int, str] | None:
        """(1, the rest) when the unknown name at token i opens with "و" after a list's comma or
        semicolon ("...؛ وسيفاغ أفيديسيان، سفير ..."): the "و" joins the list, the name follows it."""
        tok = self.tokens[i]
        if i > 0 and starts_with_waw(tok) and self.tokens[i - 1].norm in (",", "،", "؛", ";"):
            return 1, tok.norm[1:]
        return None

    def bylines(self) -> list[PersonSpan]:
        """A line that is only a name, after "بقلم" on its line or before a line "يكتب من ...":
        the writer of the report."""
        out = []
        rows = line_tokens(self.doc, self.limit)
        for n, row in enumerate(rows):
            k = row[0]
            cue = self.lex.byline_cues.match_at(self.doc, k)
            if cue is not None:
                k = cue.end_token + (cue.end_token < self.limit and self.tokens[cue.end_token].norm == ":")
            elif not (n + 1 < len(rows) and self.lex.byline_followers.match_at(self.doc, rows[n + 1][0])):
                continue
            given = self.given_start(k) if k < self.limit else None
            end = self.name_end(k, given[1]) if given else k
            if end - k >= 2 and end == row[-1] + 1:
                out.append(PersonSpan([], (k, end), "byline"))
        return out

