"""Offices in running text: TITLE (و? TITLE)* with their complements ("وزير الخارجية
الأمريكي", "السفير لدى تشاد"), the honorifics before a name, and the chain of offices before it."""
from __future__ import annotations

from ...text.doc import Doc
from ..furniture import content_end, cut_short
from ..lexicon import Lexicon
from ..places import place_at
from .countries import SIDE_WORDS
from .words import NAME_CONNECTORS, has_article, is_definite, looks_transliterated, purpose_shape, readings, starts_with_waw

MAX_CONSTRUCT_CHAIN = 2  # words with no article before the definite one: "عصائب أهل الحق"


class TitleReader:
    """The reading of offices and honorifics at a token, and the state the readings of one text share."""

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
            if t.norm in lex.head_qualifiers and after_demonym and k == self.head_at(i).end_token + 1:
                k += 1  # "القنصل الفرنسي العام": the head's qualifier after its country
                continue
            if t.norm == "غير" and k + 1 < self.limit and toks[k + 1].norm in lex.negatable_qualifiers:
                k += 2  # "سفير غير مقيم", "السفير غير المقيم": a non-resident ambassador
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
            body = lex.bodies.match_at(self.doc, k) if k > i else None
            if body is not None and body.end_token - k >= 2 and self.is_name_start(k + 1):
                k, complement, after_demonym = body.end_token, True, False  # "الأمين العام لمنظمة بدر": a body's own name
                continue
            posting_place = toks[k - 1].norm == "لدي" and place_at(self.doc, k) is not None
            if (t.norm in lex.stopwords and t.norm not in lex.title_prepositions) \
                    or self.is_name_start(k) and not posting_place and not self.adjective_not_surname(k):
                # but "السفير لدى تشاد", "بالمجلس العسكري السوداني"
                break
            head = self.head_at(k)
            if head is not None:
                clitic = head.start > t.start
                if starts_with_waw(t) and clitic:
                    break  # "ووزير ..." coordinates a new title
                if self.bare_rank(i) and k == i + 1 and not clitic and (not is_definite(t.norm) or self.posted_word(k)):
                    break  # "استقبل الرئيس وزير الطاقة", "التقى المحافظ القنصل ...": the one received follows
                is_honorific = lex.honorifics.match_at(self.doc, k, clitics=False) is not None
                if complement and not clitic and (is_honorific or not t.norm.startswith("ال")):
                    break  # an honorific, or a juxtaposed new title
                k = head.end_token
                continue
            if starts_with_waw(t) and t.norm[1:] in SIDE_WORDS:
                break  # "المبعوث الخاص للأمين العام والوفد المرافق له": the delegation, no part of the office
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
                if self.region_name_at(k, forms):
                    k += 1  # "رئيس حكومة إقليم كوردستان": the region's own name
                elif (chain_end := self.construct_chain_end(k)) is not None:
                    k = chain_end  # the body's own name: "لهيئة تشجيع الاستثمار", "حركة عصائب أهل الحق"
                else:
                    k = self.foreign_body_name_end(k)  # "رئيس جامعة ماكيريري"
                continue
            if self.of_a_named_thing(k):  # "الأمين العام لحلف الناتو", "الممثل الخاص لمنطقة الخليج"
                named_after = any(f in lex.named_after_nouns for f in forms) \
                    and (lex_is_honorific(self, k + 1) or self.head_at(k + 1) is not None)
                k, complement, after_demonym = k + 2, True, False
                while named_after and k < self.limit and (self.is_name_start(k) or toks[k].norm in NAME_CONNECTORS
                                                          or toks[k].norm.startswith("عبد")):
                    k += 1  # "الرئيس التنفيذي لدارة الملك عبدالعزيز": the person it is named after
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

    def construct_chain_end(self, k: int) -> int | None:
        """End of a body's own name in construct from token k: one or two words with no article
        that open no name or honorific, closed by a definite word ("تشجيع الاستثمار", "عصائب أهل
        الحق"); else None."""
        lex, toks = self.lex, self.tokens
        end = k
        while end < self.limit and end - k < MAX_CONSTRUCT_CHAIN and toks[end].is_word \
                and not self.is_name_start(end) and not lex_is_honorific(self, end) \
                and not is_definite(toks[end].norm) and toks[end].norm not in lex.stopwords \
                and (end == k or self.in_construct_after(end)):
            end += 1
        closer = toks[end] if k < end < self.limit else None
        if closer is None or not is_definite(closer.norm) or closer.norm in lex.stopwords \
                or lex_is_honorific(self, end):
            return None
        return end + 1

    def in_construct_after(self, k: int) -> bool:
        """Token k may be the complement of the word before it in a name in construct ("عصائب أهل"):
        no office or place, no preposition before it ("مكتب سموه بديوان"), no pronoun on the word before."""
        before = self.tokens[k - 1]
        return (self.head_at(k) is None and place_at(self.doc, k) is None
                and not self.tokens[k].norm.startswith(("ب", "ل", "ك"))
                and not self.doc.text[before.start:before.end].endswith("ه"))

    def adjective_not_surname(self, k: int) -> bool:
        """Token k is a country's adjective with the article that is also a known official's surname
        ("السوداني"): inside an office it qualifies the office or its body; it names no one."""
        place = place_at(self.doc, k)
        return (place is not None and place[0].form == "demonym" and place[1] == k + 1
                and has_article(self.doc, k) and self.tokens[k].norm in self.lex.official_short)

    def region_name_at(self, k: int, before: tuple[str, ...]) -> bool:
        """Token k is the own name of a region whose noun (`before`'s readings) precedes it: a word
        with no article that opens no name, office or honorific ("إقليم كوردستان", "ولاية أوهايو")."""
        if k >= self.limit or not any(f in self.lex.region_nouns for f in before):
            return False
        t = self.tokens[k]
        return (t.is_word and not is_definite(t.norm) and t.norm not in self.lex.stopwords and not t.norm.isdigit()
                and not self.is_name_start(k) and self.head_at(k) is None and not lex_is_honorific(self, k))

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
        جامعة ماكيريري،"), when punctuation, a person's name, a country's adjective or what the body does
        ("رئيس شركة ساتورب للتكرير") closes it; else k."""
        if self.lex.named_heads.match_at(self.doc, k - 1) is None:
            return k
        end = k
        while end < self.limit and end - k < 2 and looks_transliterated(self.doc, self.lex, end) \
                and not self.is_name_start(end) and self.head_at(end) is None:
            end += 1
        closed = end >= self.limit or not self.tokens[end].is_word or self.is_name_start(end) \
            or (place := place_at(self.doc, end)) is not None and place[0].form == "demonym" \
            or purpose_shape(self.tokens[end].norm)
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
                or form[1:] in self.lex.stopwords or form[1:] in self.lex.purpose_nouns or purpose_shape(form):
            return False  # but "دعوة رئيس المجلس لزيارة المملكة", "لتعزيز التعاون": what for, not whose
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
            if nxt is not None and nxt.start == self.tokens[end].start and self.posted_object(j, end):
                # "استقبل نائب وزير الخارجية سفير جمهورية السنغال X": the subject, then the envoy he received
                self.bare_titles.extend((a, b) for a, b, office in chain + [(j, end, bool(head.payload))] if office)
                chain, j = [], end
                continue
            chain.append((j, end, bool(head.payload)))
            j = end
        return chain, j

    def posted_word(self, k: int) -> bool:
        """Token k is a posted office's word, with or without the article ("سفير", "القنصل")."""
        form = self.tokens[k].norm
        return form in self.lex.posted or is_definite(form) and form[2:] in self.lex.posted

    def posted_object(self, j: int, end: int) -> bool:
        """The office at token j, not a posted one, is followed right away by a posted office without
        the article ("سفير", "قنصل", "مندوب"): two persons, as one holds no posting after his office."""
        posted = self.lex.posted
        nxt = self.tokens[end]
        return (not any(f in posted for f in readings(self.tokens[j])) and nxt.norm in posted
                and not is_definite(nxt.norm))

    def office_at(self, j: int) -> bool:
        head = self.head_at(j)
        return head is not None and bool(head.payload)

    def opens_office(self, j: int) -> bool:
        """An office with its complement starts at token j ("نائب رئيس الوزراء")."""
        return self.office_at(j) and self.title_end(j) > self.head_at(j).end_token


def lex_official_at(reader: TitleReader, j: int) -> bool:
    return j < reader.limit and reader.lex.official_names.match_at(reader.doc, j) is not None


def lex_is_honorific(reader: TitleReader, j: int, clitics: bool = False) -> bool:
    return reader.lex.honorifics.match_at(reader.doc, j, clitics=clitics) is not None

