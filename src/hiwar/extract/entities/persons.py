"""Persons in running text: TITLE (و? TITLE)* HONORIFIC* NAME, names with their offices after
them, names in lists, known officials, and speakers of quoted words."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from ...text.doc import Doc, clitic_readings
from ...text.matcher import word_positions
from ..furniture import content_end, cut_short
from ..lexicon import Lexicon, Official
from ..places import place_at, place_matcher
from .words import (FATHER_CONNECTORS, MAX_NAME_TOKENS, NAME_CONNECTORS, common_noun_shape, has_article, is_definite, line_tokens,
                    looks_transliterated, read_left_to_right, readings, starts_with_waw)

MAX_FOREIGN_NAME_WORDS = 4  # "ميغيل أبرانتيس نيفيس داكوستا"
SENTENCE_CLOSERS = (".", '"', "»", "”")  # what may close a name that ends a sentence or a quotation


@dataclass
class PersonSpan:
    """A person found in running text, before in-document clustering."""

    titles: list[tuple[int, int, bool]]  # (first token, end token, is an office)
    name: tuple[int, int]  # tokens
    rule: str
    official: Official | None = None
    start: int | None = None  # original start when a proclitic is left out of the name


class PersonReader:
    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.tokens = doc.tokens
        self.limit = doc.token_at(content_end(doc))
        if cut_short(doc) and self.limit == len(doc.tokens):
            self.limit -= 1  # a name's last word cut short is no name
        self.bare_titles: list[tuple[int, int]] = []  # offices written with no name after them
        self.surnames: set[str] = set()  # last words of the names read so far ("بومبيو" of "مايك بومبيو")
        self.name_ends: set[int] = set()  # the tokens right after the names read after an office or honorific

    # ------------------------------------------------------------ titles
    def head_at(self, i: int):
        head = self.lex.heads.match_at(self.doc, i) if i < self.limit else None
        if head is not None and head.end_token < self.limit and self.tokens[head.end_token].norm in ("بن", "بنت"):
            return None  # "مساعد بن محمد", "سلطان بن عبدالرحمن": a given name, since an office takes no "بن"
        return head

    def honorific_end(self, i: int, clitic_first: bool = False) -> int:
        """End of the honorifics at token i; "والسفير" may open a mention when nothing precedes."""
        first = True
        while i < self.limit:
            m = self.lex.honorifics.match_at(self.doc, i, clitics=clitic_first and first)
            if m is None and self.tokens[i].norm == "(" and i + 2 < self.limit \
                    and self.tokens[i + 2].norm == ")" and not first:
                m = self.lex.honorifics.match_at(self.doc, i + 1, clitics=False)  # "الفريق الركن (طيار)"
                if m is not None and m.end_token == i + 2:
                    i += 3
                    continue
                break
            if m is None:
                break
            i, first = m.end_token, False
            if i < self.limit and self.tokens[i].norm == ".":
                i += 1  # "د."
        return i

    def is_name_start(self, i: int) -> bool:
        form = self.tokens[i].norm
        return form in self.lex.given or form in self.lex.foreign_given or form in self.lex.official_short

    def title_end(self, i: int) -> int:
        """End token of the title whose head starts at token i."""
        lex, toks = self.lex, self.tokens
        k = self.head_at(i).end_token
        # a head of several words that closes on a definite one is whole ("ولي العهد"): an office after it is new
        complement = k - i > 1 and is_definite(toks[k - 1].norm)
        after_demonym = False  # "وزير الخارجية السعودي": a bare definite noun after it is no longer the title
        while k < self.limit:
            t = toks[k]
            if not t.is_word:
                break
            forms = readings(t)
            if t.norm in lex.qualifiers or (t.norm in lex.head_qualifiers and k == self.head_at(i).end_token):
                k += 1
                continue
            if t.norm in lex.head_qualifiers and any(is_definite(f) for f in readings(toks[k - 1])) \
                    and self.adjective_not_year(k):
                k += 1  # "وزير قطاع الأعمال العام", "المدير العام للأمن العام"
                continue
            if t.norm in lex.envoy_prepositions and lex.envoys.match_at(self.doc, i) is not None \
                    and k + 1 < self.limit and place_at(self.doc, k + 1) is not None:
                k = place_at(self.doc, k + 1)[1]  # "المبعوث الخاص إلى اليمن": where he is sent
                complement, after_demonym = True, False
                continue
            posting_place = toks[k - 1].norm == "لدي" and place_at(self.doc, k) is not None
            if (t.norm in lex.stopwords and t.norm not in lex.title_prepositions) \
                    or self.is_name_start(k) and not posting_place:  # but "السفير لدى تشاد"
                break
            head = self.head_at(k)
            if head is not None:
                clitic = head.start > t.start
                if starts_with_waw(t) and clitic:
                    break  # "ووزير ..." coordinates a new title
                if self.bare_rank(i) and k == i + 1 and not clitic and not is_definite(t.norm):
                    break  # "استقبل الرئيس وزير الطاقة": a noun with the article takes no noun in construct
                is_honorific = lex.honorifics.match_at(self.doc, k, clitics=False) is not None
                if complement and not clitic and (is_honorific or not t.norm.startswith("ال")):
                    break  # an honorific, or a juxtaposed new title
                k = head.end_token
                continue
            if starts_with_waw(t) and lex_is_honorific(self, k, clitics=True):
                break  # "الممثل المقيم للأمم المتحدة والسيدة ...": the next person
            honorific = lex.honorifics.match_at(self.doc, k, clitics=False)
            if honorific is not None:
                inner = self.office_after_honorific(k, honorific.end_token)
                if inner is None:
                    break
                k, complement, after_demonym = inner, True, False  # "مستشار سمو وزير الداخلية"
                continue
            place = place_at(self.doc, k)
            if place is not None:
                posting = toks[k - 1].norm == "لدي" or toks[k - 1].norm == "في" and self.posted(i)
                named_region = any(f in lex.construct for f in readings(toks[k - 1]))  # "أمير منطقة الرياض"
                seat = place[1] < self.limit and self.is_name_start(place[1])  # "المدير القطري بصنعاء إسماعيل ..."
                if place[0].form == "city" and not posting and not named_region and not seat:
                    break  # but "السفير التركي لدى الدوحة", "سفيرة المملكة في واشنطن": the capital stands for its state
                k, complement, after_demonym = place[1], True, place[0].form == "demonym"
                continue
            if t.norm in lex.title_prepositions and k + 1 < self.limit and toks[k + 1].is_word:
                nxt = toks[k + 1]
                if is_definite(nxt.norm) or any(f in lex.construct for f in readings(nxt)) \
                        or place_at(self.doc, k + 1) is not None:
                    k, after_demonym = k + 1, False
                    continue
                break
            if self.is_addressee(k):
                break
            if t.norm in lex.head_constructs and any(toks[x].norm == t.norm for x in range(i, k)):
                break  # "الناطق باسم الحكومة باسم العوادي": the second "باسم" is a name
            if any(f in lex.construct for f in forms):
                k, complement, after_demonym = k + 1, True, False
                if k + 1 < self.limit and toks[k].is_word and not self.is_name_start(k) \
                        and not lex_is_honorific(self, k) and not lex_is_honorific(self, k + 1) \
                        and not is_definite(toks[k].norm) and toks[k].norm not in lex.stopwords \
                        and is_definite(toks[k + 1].norm) and toks[k + 1].norm not in lex.stopwords:
                    k += 2  # the body's own name: "لهيئة تشجيع الاستثمار"
                else:
                    k = self.foreign_body_name_end(k)  # "رئيس جامعة ماكيريري"
                continue
            if self.of_a_named_thing(k):  # "الأمين العام لحلف الناتو", "الممثل الخاص لمنطقة الخليج"
                k, complement, after_demonym = k + 2, True, False
                continue
            if any(is_definite(f) for f in forms) and not any(f in lex.stopwords for f in forms) \
                    and not (after_demonym and is_definite(t.norm)) \
                    and (has_article(self.doc, k) or not is_definite(t.norm)):
                # "... الأمريكية للشؤون السياسية": a complement with "ل" opens a phrase of its own
                k, complement = k + 1, True
                after_demonym = after_demonym and is_definite(t.norm)
                continue
            break
        if k - 2 > i and toks[k - 2].norm == "في" and any(f in lex.construct for f in readings(toks[k - 1])):
            k -= 2  # "أمير المنطقة الشرقية في مكتبه": where he received, not his office
        if k - 1 > i and toks[k - 1].norm in lex.title_prepositions:
            k -= 1  # a preposition whose complement was not read is no part of the office
        return k

    def adjective_not_year(self, k: int) -> bool:
        """"العام" at token k is the adjective of the word before it, not "the year" ("العام الماضي")."""
        nxt = self.tokens[k + 1] if k + 1 < self.limit else None
        return nxt is None or not (nxt.norm in self.lex.stopwords or nxt.norm.isdigit())

    def coordinated_office(self, j: int) -> bool:
        """The rank-like office at token j is joined by "و" to an office after it ("النائب الثاني لرئيس
        مجلس الوزراء المستشار والمبعوث الخاص ..."): one of the offices of a chain, not a rank."""
        end = self.head_at(j).end_token
        nxt = self.head_at(end) if end < self.limit else None
        return self.title_end(j) == end and nxt is not None and starts_with_waw(self.tokens[end]) \
            and nxt.start > self.tokens[end].start

    def bare_rank(self, i: int) -> bool:
        """Token i is an office of one word with the article ("الرئيس", "الوزير")."""
        head = self.head_at(i)
        return head is not None and head.end_token == i + 1 and has_article(self.doc, i) \
            and head.start == self.tokens[i].start

    def foreign_body_name_end(self, k: int) -> int:
        """End of a foreign name of one or two words after a body's head noun in an office ("رئيس
        جامعة ماكيريري،"), when punctuation, a person's name or a country's adjective closes it; else k."""
        if self.lex.named_heads.match_at(self.doc, k - 1) is None:
            return k
        end = k
        while end < self.limit and end - k < 2 and looks_transliterated(self.doc, self.lex, end) \
                and not self.is_name_start(end) and self.head_at(end) is None:
            end += 1
        closed = end >= self.limit or not self.tokens[end].is_word or self.is_name_start(end) \
            or (place := place_at(self.doc, end)) is not None and place[0].form == "demonym"
        return end if end > k and closed else k

    def office_after_honorific(self, k: int, end: int) -> int | None:
        """End of the office named after an honorific at token k, when the honorific stands in the
        complement of a noun in construct ("مدير مكتب صاحب السمو أمير البلاد", "مستشار سمو وزير
        الداخلية"): the honorific is the complement's, not the next person's; else None."""
        before = self.tokens[k - 1]
        if is_definite(before.norm) or not (any(f in self.lex.construct for f in readings(before))
                                            or self.head_at(k - 1) is not None):
            return None
        head = self.head_at(end) if end < self.limit else None
        if head is None or not head.payload or head.start > self.tokens[end].start:  # "ووزير": a new office
            return None
        return self.title_end(end)

    def posted(self, i: int) -> bool:
        """The office at token i is held in a foreign capital ("السفير")."""
        return any(f in self.lex.posted for f in readings(self.tokens[i]))

    def is_addressee(self, k: int) -> bool:
        """Token k is "ل" + an outlet: "قال وزير الخارجية لوكالة الأنباء" names whom he spoke to."""
        form = self.tokens[k].norm
        return form.startswith("ل") and form[1:] in self.lex.addressees

    def of_a_named_thing(self, k: int) -> bool:
        """Token k is "ل" + a noun in construct with a definite word or a place after it."""
        form = self.tokens[k].norm
        if not form.startswith("ل") or form.startswith("لل") or len(form) < 4 or k + 1 >= self.limit \
                or form[1:] in self.lex.stopwords:
            return False
        nxt = self.tokens[k + 1]
        return nxt.is_word and nxt.norm not in self.lex.stopwords and (
            is_definite(nxt.norm) or place_at(self.doc, k + 1) is not None)

    def title_chain(self, i: int) -> tuple[list[tuple[int, int, bool]], int]:
        chain = []
        j = i
        while j < self.limit:
            head = self.head_at(j)
            if head is None or (chain and lex_is_honorific(self, j) and not self.coordinated_office(j)):
                break
            end = self.title_end(j)
            if end == head.end_token and lex_is_honorific(self, j, clitics=True) and not self.coordinated_office(j):
                break  # "(و)الوزير بلينكن": a rank before the name, not an office
            nxt = self.head_at(end) if end < self.limit else None
            if end == j + 1 and self.bare_rank(j) and nxt is not None and nxt.start == self.tokens[end].start:
                if head.payload:  # "استقبل الرئيس وزير الطاقة ...": the subject, then whom he received
                    self.bare_titles.append((j, end))
                chain, j = [], end
                continue
            chain.append((j, end, bool(head.payload)))
            j = end
        return chain, j

    # ------------------------------------------------------------ names
    def name_end(self, i: int, first_form: str | None = None, after_office: bool = False,
                 womans_name: bool = False) -> int:
        """End of the name run at token i (`first_form`: token i without its proclitic;
        `after_office`: an office stands before it, which vouches for two foreign-looking words;
        `womans_name`: a woman's office or honorific stands before it, so a first word ending in
        "ة" is a woman's name, not a feminine noun: "وزيرة الدفاع زينة عكر").

        Units are counted, not tokens: connectors (بن، بنت، آل) are free and "عبد الكريم"
        written apart is one unit, so "فيصل بن فرحان بن عبدالله آل سعود" fits.
        """
        lex, toks = self.lex, self.tokens
        j, n = i, 0  # n: name units read
        foreign = i < self.limit and (first_form or toks[i].norm) in lex.foreign_given
        closing_particle = False  # "وانغ دي": a particle that closes a foreign name is its last word
        connectors = NAME_CONNECTORS | lex.foreign_particles if foreign else NAME_CONNECTORS
        family = False  # a family name (definite) has been read: only family parts may follow
        while j < self.limit and n < MAX_NAME_TOKENS:
            t = toks[j]
            f = first_form if j == i and first_form else t.norm
            if f == "عبد" and j + 1 < self.limit and is_definite(toks[j + 1].norm) and not family:
                j, n = j + 2, n + 1  # "عبد الكريم", written apart, is one given name
                continue
            if n > 0 and not family and f in lex.compound_name_ends:
                j += 1  # "علاء الدين فؤاد": "الدين" closes the given name, the family name follows
                continue
            if (foreign or after_office) and n > 0 and self.joins_foreign_name(j):
                j += 2  # "جان-إيف": one unit; "جي. دي. فانس": initials
                continue
            if not t.is_word or f.isdigit() or (f in lex.stopwords and not self.spelled_as_name(j, f)
                                                 and not (n == 0 and after_office and self.opens_foreign_name(j, f))):
                break
            if n > 0 and f in lex.speech_verbs:
                break  # "وكان الوزير كريس رايت قال": the verb after the name, the subject before it
            known = f in lex.given or f in lex.foreign_given or f in lex.official_short
            place = place_at(self.doc, j)
            if place is not None and place[0].form != "demonym" and not known \
                    and not (foreign and n == 1 and place[1] == j + 1 and self.ends_name(j + 1)):
                break  # but "توماس مالي،": a one-word country name closing a foreign name is its surname
            if n == 0:
                article = is_definite(f) if f != t.norm else has_article(self.doc, j)
                construct = f in lex.construct and not (after_office and f in lex.head_constructs)
                if not known and (article or starts_with_waw(t) or construct or self.head_at(j) is not None
                                  or lex_is_honorific(self, j, clitics=True)  # "ممثلة برجل الأعمال"
                                  or len(f) < 2 or self.is_addressee(j)
                                  or lex.named_heads.match_at(self.doc, j, clitics=False) is not None):
                    break
                if f in lex.official_short and f not in lex.given and f not in lex.foreign_given:
                    return j + 1  # a known surname alone ("بومبيو")
            elif f in connectors:
                if j + 1 >= self.limit or not toks[j + 1].is_word:
                    closing_particle = foreign and n == 1 and f in lex.foreign_particles
                    j += closing_particle
                    break
                j += 1
                continue
            elif starts_with_waw(t) and not known and not (
                    # after an office, a second word that ends the name is its surname ("غافين ويليامسون.")
                    (foreign or after_office and self.ends_name(j + 1)) and n == 1 and self.waw_surname(j)):
                break
            elif is_definite(f) and (f != t.norm or has_article(self.doc, j)):  # not "ألباريس"
                stem = f[2:]
                if foreign and n >= 2:
                    break  # "دونالد ترامب البيت الأبيض": a foreign name takes no family name with the article
                if self.head_at(j) is not None and not (n == 1 and self.given_start(i) and self.family_like_office(j)) \
                        or stem.endswith("ات") or (family and stem not in lex.given and not self.second_nisba(j, stem)) \
                        or lex.agents_only.match_at(self.doc, j) is not None or lex.bodies.match_at(self.doc, j):
                    break  # an office, a plural noun, a body ("ترامب البيت الأبيض") or a common noun after the family
                family = True
            elif family and toks[j - 1].norm != "ال":
                break
            elif not known and self.opens_office(j) and toks[j - 1].norm not in FATHER_CONNECTORS:
                # "أجرى نائب رئيس الوزراء": an office with its complement opens no name's second word,
                # but after "بن" a word is the father's name ("خالد بن مساعد العنقري")
                break
            elif not (f in lex.given or (n == 1 and not f.startswith(("لل", "بال")))
                      or toks[j - 1].norm in NAME_CONNECTORS):
                two_given = all(self.given_start(k) for k in range(i, j))
                foreign_rest = self.given_start(i) and all(looks_transliterated(self.doc, lex, k) for k in (j - 1, j))
                ranked = self.given_start(i) and i > 0 and lex_is_honorific(self, i - 1, clitics=True) \
                    and self.office_at(j + 1)  # "السفير حمدي سند لوزا نائب وزير الخارجية"
                if n == 2 and j - i == 2 and (two_given or foreign_rest or ranked) \
                        and not verb_shaped(f) and (self.ends_name(j + 1) or self.opens_clause(j + 1)):
                    family = True  # "ماجد مهدي حنتوش", "محمد أوغوز تشاغلار": the third is the family name
                elif not (after_office and self.foreign_run_end(i) > j):
                    break  # but "السفير، السيد ميغيل أبرانتيس نيفيس داكوستا،": a foreign name of many words
            j, n = j + 1, n + 1
        while j > i and toks[j - 1].norm in connectors and not closing_particle:
            j -= 1
        if j - i < 2:
            return j
        first = first_form or toks[i].norm
        first_known = first in lex.given or first in lex.foreign_given or first == "عبد"
        fathered = toks[i + 1].norm in FATHER_CONNECTORS  # "امعيزيزة بنت كربالي": a noun takes no "بنت"
        if not first_known and common_noun_shape(self.doc, i) and not fathered and not womans_name:
            return i  # "رئاسة الجلسة", "استعداد الأمانة"
        if not first_known and j - i == 2 and self.doc.text[toks[i + 1].start:toks[i + 1].end].endswith("ة") \
                and has_article(self.doc, i + 1):
            return i  # a noun and its feminine complement: "عزم القمة", "حرص الحكومة"
        if not first_known and (first.startswith("ي") or dual_or_plural_verb(first) or not (
                is_definite(toks[i + 1].norm) or toks[i + 1].norm in NAME_CONNECTORS
                or (j - i >= 3 and toks[i + 1].norm in lex.given)  # "جراح جابر الأحمد الصباح"
                or (after_office and j - i >= 4 and self.joins_foreign_name(i + 2))  # "ماتياس ج. ميتمان"
                or (after_office and self.foreign_run_end(i) == j)  # "أتيليو بيراردي هويدا،"
                or (j - i == 2 and (self.ends_name(j) or (after_office or self.opens_clause(j))
                                    and self.transliterated_pair(i))))):
            return i  # two unknown words ("استعرض رؤية") or a verb ("يدشنان الحوار") are no name
        return j

    def foreign_run_end(self, i: int) -> int:
        """End of three or four foreign-looking words from token i closed by punctuation or the
        text's end (a foreign name written in full: "أنطونيو أغوستو إدواردو نامبوريتي،"); else i."""
        k = i
        while k < self.limit and k - i < MAX_FOREIGN_NAME_WORDS and self.tokens[k].is_word \
                and looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None \
                and not self.accusative_pair(k):
            k += 1
        closed = k >= self.limit or not self.tokens[k].is_word
        return k if closed and k - i >= 3 else i

    def accusative_pair(self, k: int) -> bool:
        """Tokens k, k+1 are a noun and its adjective in the accusative ("مؤتمرا صحفيا",
        "اجتماعا ثنائيا"): the adjective ends in "يا"."""
        nxt = self.tokens[k + 1] if k + 1 < self.limit else None
        return self.tokens[k].norm.endswith("ا") and nxt is not None and nxt.norm.endswith("يا")

    def quoted_name(self, k: int) -> int | None:
        """End of a name of two words or more set in quotation marks at token k, after an office."""
        if k + 1 >= self.limit or self.tokens[k].norm != '"':
            return None
        end = self.name_end(k + 1, after_office=True)
        return end if end - (k + 1) >= 2 and end < self.limit and self.tokens[end].norm == '"' else None

    def office_at(self, j: int) -> bool:
        head = self.head_at(j)
        return head is not None and bool(head.payload)

    def opens_office(self, j: int) -> bool:
        """An office with its complement starts at token j ("نائب رئيس الوزراء")."""
        return self.office_at(j) and self.title_end(j) > self.head_at(j).end_token

    def family_like_office(self, j: int) -> bool:
        """Token j is an office's word with the article, alone, closing a name ("أحمد الوكيل في
        بيان"): a family name, since an office after a name takes its complement."""
        head = self.head_at(j)
        return head.end_token == j + 1 and self.title_end(j) == j + 1 \
            and (self.ends_name(j + 1) or self.opens_clause(j + 1))

    def second_nisba(self, j: int, stem: str) -> bool:
        """A second family name of the nisba shape after the first ("العرابي الحارثي"): not a
        country's adjective, an office or an ordinal."""
        form = self.tokens[j].norm
        return (stem.endswith("ي") and len(stem) >= 4 and place_at(self.doc, j) is None
                and form not in self.lex.stopwords and form not in self.lex.regnal_numbers
                and form not in self.lex.generic_complements and self.head_at(j) is None)

    def surname_alone(self, k: int) -> bool:
        """Token k, right after an office, is a foreign surname written alone ("ووزير الدفاع
        بيسنت."): foreign-looking and closed by punctuation; not an adverb in the accusative
        ("وصرح الوزير لاحقا.")."""
        return (looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None
                and not self.tokens[k].norm.endswith("ا")
                and k + 1 < len(self.tokens) and self.tokens[k + 1].norm in (".", "،", ","))

    def joins_foreign_name(self, j: int) -> bool:
        """Token j is a hyphen inside a name ("جان-إيف") or the dot of an initial ("جي. دي.")."""
        toks = self.tokens
        if j + 1 >= self.limit or not toks[j + 1].is_word:
            return False
        if toks[j].norm == "-":
            return toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start
        return toks[j].norm == "." and len(toks[j - 1].norm) <= 2

    def waw_surname(self, j: int) -> bool:
        """A foreign surname that starts with "و" ("بيني وونغ"), not "و" + a new name or office."""
        rest = self.tokens[j].norm[1:]
        return (self.head_at(j) is None and not lex_is_honorific(self, j, clitics=True)
                and rest not in self.lex.given and rest not in self.lex.foreign_given)

    def spelled_as_name(self, j: int, form: str) -> bool:
        """A given name that folds like a particle ("علي" / "على") is told apart by its spelling."""
        tok = self.tokens[j]
        return form in self.lex.given and self.doc.text[tok.start:tok.end] == form

    def opens_foreign_name(self, j: int, form: str) -> bool:
        """A foreign family name that folds like a particle ("لي"), right after an office, opens a
        name when a name's word follows it: "السفير الصيني لي مينغ"."""
        nxt = self.tokens[j + 1] if j + 1 < self.limit else None
        return (form in self.lex.particle_family_names and nxt is not None and nxt.is_word
                and nxt.norm not in self.lex.stopwords and not is_definite(nxt.norm) and not starts_with_waw(nxt))

    def ends_name(self, j: int) -> bool:
        """What may follow a name of two unknown words: punctuation, an office, the text's end."""
        if j >= self.limit or not self.tokens[j].is_word:
            return True
        head = self.head_at(j)
        return head is not None and bool(head.payload) or lex_is_honorific(self, j, clitics=True)

    def opens_clause(self, j: int) -> bool:
        """What follows a speaker's name: "إن"، "اليوم"، a verb in the present or future."""
        if j >= self.limit:
            return True
        form = self.tokens[j].norm
        return form in self.lex.name_followers or (len(form) >= 4 and form.startswith(("ي", "سي", "ست")))

    def transliterated_pair(self, i: int) -> bool:
        """Tokens i, i+1 look like a foreign name written in Arabic ("روديريك دراموند")."""
        if i + 1 >= self.limit or self.tokens[i].norm.endswith("ا") and not self.after_feminine_honorific(i):
            return False  # an accusative ("اجتماعا"); not after "السيدة" ("السيدة كامينا جونسون")
        return all(looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None for k in (i, i + 1))

    def after_feminine_honorific(self, i: int) -> bool:
        """Token i follows a woman's honorific of one word ("السيدة", "الدكتورة")."""
        return i > 0 and self.tokens[i - 1].norm.endswith("ه") and lex_is_honorific(self, i - 1)

    def given_start(self, i: int) -> tuple[int, str] | None:
        """(proclitic length, form) when token i is a known given name, maybe after "و"."""
        return given_reading(self.tokens[i].norm, self.lex.given, self.lex.foreign_given)

    def post_titles(self, j: int) -> tuple[list[tuple[int, int, bool]], int]:
        """Offices written after a name ("X، وزير الخارجية"), unless they open the next person."""
        k = j + 1 if j < self.limit and self.tokens[j].norm in (",", "،") else j
        introducer = self.lex.office_introducers.match_at(self.doc, k) if k < self.limit else None
        if introducer is not None and k > j:
            k = introducer.end_token  # "X، الذي يشغل منصب كبير المستشارين"
        head = self.head_at(k) if k < self.limit else None
        if head is None or (head.start > self.tokens[k].start and starts_with_waw(self.tokens[k])):
            return [], j
        chain, _ = self.title_chain(k)
        offices = list(takewhile(lambda span: span[2], chain))  # "نظيرها السعودي" opens the next person
        if not offices:
            return [], j
        end = offices[-1][1]
        after = self.honorific_end(end)
        if self.name_end(after) - after >= 2 or lex_official_at(self, after):
            return [], j  # the office belongs to the name that follows
        return offices, end

    # ------------------------------------------------------------ persons
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
        end = self.name_end(k, after_office=k > j + 1 and self.foreign_run_end(k) > k)
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
        "وزيرا خارجية البلدين X وY"."""
        if not self.dual(chain) or end >= self.limit or not starts_with_waw(self.tokens[end]):
            return []
        given = self.given_start(end)
        if given is not None:
            stop = self.name_end(end, given[1], after_office=True)
        else:
            stop = end + 2 if self.transliterated_pair(end) else end  # "وأنتوني بلينكن"
        if stop - end < 2:
            return []
        self.name_ends.add(stop)
        return [PersonSpan(chain, (end, stop), "title", start=self.start_after_clitic(end, given))]

    def dual(self, chain: list[tuple[int, int, bool]]) -> bool:
        """The chain opens with an office in the dual ("وزيرا", "السفيرين")."""
        return bool(chain) and any(f in self.lex.dual_heads for f in readings(self.tokens[chain[0][0]]))

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
        return [PersonSpan(post, (i, end), "apposition" if post else "speaker",
                           start=self.start_after_clitic(i, given))], after

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



@lru_cache(maxsize=1 << 16)  # asked of every word of every text: words repeat across texts
def given_reading(word: str, given: frozenset[str], foreign_given: frozenset[str]) -> tuple[int, str] | None:
    """(proclitic length, form) of the first reading of a word that is a known given name, maybe
    after "و"."""
    for stripped, form in clitic_readings(word):
        if stripped <= 1 and (form in given or form in foreign_given):
            return stripped, form
    return None


def verb_shaped(form: str) -> bool:
    """A word shaped like a verb in the present or future ("يزور", "سيسافر", "ستعقد")."""
    return form.startswith("ي") or len(form) >= 5 and form.startswith(("سي", "ست", "سن"))


def dual_or_plural_verb(form: str) -> bool:
    """A verb in the future, in the dual or the plural ("سيلتقيان", "ستعقدان", "سيبحثون"): the
    first word of no name."""
    return verb_shaped(form) and form.endswith(("ان", "ون"))


def lex_official_at(reader: PersonReader, j: int) -> bool:
    return j < reader.limit and reader.lex.official_names.match_at(reader.doc, j) is not None


def lex_is_honorific(reader: PersonReader, j: int, clitics: bool = False) -> bool:
    return reader.lex.honorifics.match_at(reader.doc, j, clitics=clitics) is not None

