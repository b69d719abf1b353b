"""Who is who in one document: persons (through offices, honorifics and known officials),
organizations (ministries, national bodies, named bodies) and places.

Person mentions are read as  TITLE (و? TITLE)* HONORIFIC* NAME : a title is a head office
followed by complements (portfolios, ministries, countries, "لشؤون ...", "لدى ..."), the
name is the following run of name tokens. Later short forms (surnames) link back.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

import yaml

from ..text.doc import Doc, Token, clitic_readings
from ..text.normalize import fold
from .furniture import content_end
from .lexicon import Body, Lexicon, Official, lexicon
from .places import DATA, country_name_en, find_places, is_arab, place_at, place_matcher
from .types import LocalEntity, Mention

MAX_NAME_TOKENS = 5
_WORD = re.compile(r"[^\W\d_]+")
# Weight of each way of knowing a person's country (resolution votes with them).
COUNTRY_RULES = {"title": 4, "gazetteer": 3, "side": 2, "origin": 1}
NAME_CONNECTORS = {"بن", "بنت", "ابن", "ابو", "ال", "عبد"}  # "ال" is the folded "آل"
ARABIC_NOUN_ENDINGS = ("ة", "ه", "ها", "هم", "هما", "ات", "ين")  # feminine, pronouns, plurals


def is_definite(form: str) -> bool:
    return form.startswith("ال") and len(form) > 3


def readings(tok: Token) -> list[str]:
    return [form for _, form in clitic_readings(tok.norm)]


def starts_with_waw(tok: Token) -> bool:
    return tok.norm.startswith("و") and len(tok.norm) > 2


@dataclass
class PersonSpan:
    """A person found in running text, before in-document clustering."""

    titles: list[tuple[int, int, bool]]  # (first token, end token, is an office)
    name: tuple[int, int]  # tokens
    rule: str
    official: Official | None = None
    start: int | None = None  # original start when a proclitic is left out of the name


@dataclass
class _Person:
    spans: list[PersonSpan] = field(default_factory=list)
    forms: list[tuple[str, ...]] = field(default_factory=list)  # folded token tuples of names
    official: Official | None = None


class _Reader:
    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.tokens = doc.tokens
        self.limit = doc.token_at(content_end(doc))
        self.bare_titles: list[tuple[int, int]] = []  # offices written with no name after them

    # ------------------------------------------------------------ titles
    def head_at(self, i: int):
        return self.lex.heads.match_at(self.doc, i) if i < self.limit else None

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
        complement = False
        after_demonym = False  # "وزير الخارجية السعودي": a bare definite noun after it is no longer the title
        while k < self.limit:
            t = toks[k]
            if not t.is_word:
                break
            forms = readings(t)
            if t.norm in lex.qualifiers or (t.norm in lex.head_qualifiers and k == self.head_at(i).end_token):
                k += 1
                continue
            if (t.norm in lex.stopwords and t.norm not in lex.title_prepositions) or self.is_name_start(k):
                break
            head = self.head_at(k)
            if head is not None:
                clitic = head.start > t.start
                if starts_with_waw(t) and clitic:
                    break  # "ووزير ..." coordinates a new title
                is_honorific = lex.honorifics.match_at(self.doc, k, clitics=False) is not None
                if complement and not clitic and (is_honorific or not t.norm.startswith("ال")):
                    break  # an honorific, or a juxtaposed new title
                k = head.end_token
                continue
            if lex.honorifics.match_at(self.doc, k, clitics=False) is not None:
                break
            place = place_at(self.doc, k)
            if place is not None:
                if place[0].form == "city" and toks[k - 1].norm != "لدي":
                    break  # but "السفير التركي لدى الدوحة": the capital stands for its state
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
            if any(f in lex.construct for f in forms):
                k, complement, after_demonym = k + 1, True, False
                if k + 1 < self.limit and toks[k].is_word and not self.is_name_start(k) \
                        and not is_definite(toks[k].norm) and toks[k].norm not in lex.stopwords \
                        and is_definite(toks[k + 1].norm) and toks[k + 1].norm not in lex.stopwords:
                    k += 2  # the body's own name: "لهيئة تشجيع الاستثمار"
                continue
            if self.of_a_named_thing(k):  # "الأمين العام لحلف الناتو", "الممثل الخاص لمنطقة الخليج"
                k, complement, after_demonym = k + 2, True, False
                continue
            if any(is_definite(f) for f in forms) and not any(f in lex.stopwords for f in forms) \
                    and not (after_demonym and is_definite(t.norm)):
                k, complement = k + 1, True
                continue
            break
        return k

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
            if head is None or (chain and lex_is_honorific(self, j)):
                break
            end = self.title_end(j)
            if end == head.end_token and lex_is_honorific(self, j):
                break  # "الوزير بلينكن": a rank before the name, not an office
            chain.append((j, end, bool(head.payload)))
            j = end
        return chain, j

    # ------------------------------------------------------------ names
    def name_end(self, i: int, first_form: str | None = None) -> int:
        """End of the name run at token i (`first_form`: token i without its proclitic).

        Units are counted, not tokens: connectors (بن، بنت، آل) are free and "عبد الكريم"
        written apart is one unit, so "فيصل بن فرحان بن عبدالله آل سعود" fits.
        """
        lex, toks = self.lex, self.tokens
        j, n = i, 0  # n: name units read
        foreign = i < self.limit and (first_form or toks[i].norm) in lex.foreign_given
        connectors = NAME_CONNECTORS | lex.foreign_particles if foreign else NAME_CONNECTORS
        family = False  # a family name (definite) has been read: only family parts may follow
        while j < self.limit and n < MAX_NAME_TOKENS:
            t = toks[j]
            f = first_form if j == i and first_form else t.norm
            if f == "عبد" and j + 1 < self.limit and is_definite(toks[j + 1].norm) and not family:
                j, n = j + 2, n + 1  # "عبد الكريم", written apart, is one given name
                continue
            if foreign and n > 0 and self.joins_foreign_name(j):
                j += 2  # "جان-إيف": one unit; "جي. دي. فانس": initials
                continue
            if not t.is_word or f.isdigit() or (f in lex.stopwords and not self.spelled_as_name(j, f)):
                break
            known = f in lex.given or f in lex.foreign_given or f in lex.official_short
            place = place_at(self.doc, j)
            if place is not None and place[0].form != "demonym" and not known:
                break
            if n == 0:
                if not known and (is_definite(f) or starts_with_waw(t) or f in lex.construct
                                  or self.head_at(j) is not None or len(f) < 2 or self.is_addressee(j)):
                    break
                if f in lex.official_short and f not in lex.given and f not in lex.foreign_given:
                    return j + 1  # a known surname alone ("بومبيو")
            elif f in connectors:
                if j + 1 >= self.limit or not toks[j + 1].is_word:
                    break
                j += 1
                continue
            elif starts_with_waw(t) and not known and not (foreign and n == 1 and self.waw_surname(j)):
                break
            elif is_definite(f):
                stem = f[2:]
                if self.head_at(j) is not None or stem.endswith("ات") or (family and stem not in lex.given):
                    break  # an office, a plural noun, or a common noun after the family name
                family = True
            elif family and toks[j - 1].norm != "ال":
                break
            elif not (f in lex.given or (n == 1 and not f.startswith(("لل", "بال")))
                      or toks[j - 1].norm in NAME_CONNECTORS):
                two_given = all(self.given_start(k) for k in range(i, j))
                foreign_rest = self.given_start(i) and all(looks_transliterated(self.doc, lex, k) for k in (j - 1, j))
                if n == 2 and j - i == 2 and (two_given or foreign_rest) \
                        and not f.startswith("ي") and (self.ends_name(j + 1) or self.opens_clause(j + 1)):
                    family = True  # "ماجد مهدي حنتوش", "محمد أوغوز تشاغلار": the third is the family name
                else:
                    break
            j, n = j + 1, n + 1
        while j > i and toks[j - 1].norm in connectors:
            j -= 1
        if j - i < 2:
            return j
        first = first_form or toks[i].norm
        first_known = first in lex.given or first in lex.foreign_given or first == "عبد"
        if not first_known and (first.startswith("ي") or not (
                is_definite(toks[i + 1].norm) or toks[i + 1].norm in NAME_CONNECTORS
                or (j - i >= 3 and toks[i + 1].norm in lex.given)  # "جراح جابر الأحمد الصباح"
                or (j - i == 2 and (self.ends_name(j) or self.opens_clause(j) and self.transliterated_pair(i))))):
            return i  # two unknown words ("استعرض رؤية") or a verb ("يدشنان الحوار") are no name
        return j

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
        if i + 1 >= self.limit or self.tokens[i].norm.endswith("ا"):  # an accusative ("اجتماعا")
            return False
        return all(looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None for k in (i, i + 1))

    def given_start(self, i: int) -> tuple[int, str] | None:
        """(proclitic length, form) when token i is a known given name, maybe after "و"."""
        for stripped, form in clitic_readings(self.tokens[i].norm):
            if stripped <= 1 and (form in self.lex.given or form in self.lex.foreign_given):
                return stripped, form
        return None

    def post_titles(self, j: int) -> tuple[list[tuple[int, int, bool]], int]:
        """Offices written after a name ("X، وزير الخارجية"), unless they open the next person."""
        k = j + 1 if j < self.limit and self.tokens[j].norm in (",", "،") else j
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
        """A comma at token j, then a name that is known or closed by a second comma."""
        if j >= self.limit or self.tokens[j].norm not in (",", "،"):
            return False
        k = self.honorific_end(j + 1)
        end = self.name_end(k)
        if end - k < 2:
            return False
        return self.given_start(k) is not None or (end < self.limit and self.tokens[end].norm in (",", "،"))

    def listed_names(self, k: int) -> tuple[list[PersonSpan], int]:
        """Names after a list cue, each a known given name and more, maybe with its office after
        it, joined by "،" and "و"; a member that opens with an office is left to the main reading."""
        out: list[PersonSpan] = []
        while k < self.limit:
            if self.tokens[k].norm in (":", ",", "،") or self.tokens[k].norm == "و":
                k += 1
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
        out: list[PersonSpan] = []
        i = 0
        while i < self.limit:
            chain, j = self.title_chain(i) if self.head_at(i) else ([], i)
            if chain and self.name_set_off(j):
                j += 1  # "وزير الخارجية البريطاني، ديفيد لامي،"
            k = self.honorific_end(j, clitic_first=not chain)
            if chain or k > j:
                end = self.name_end(k)
                n = end - k
                single_ok = n == 1 and self.tokens[k].norm in self.lex.official_short
                if n >= 2 or single_ok:
                    post, after = ([], end) if chain else self.post_titles(end)
                    out.append(PersonSpan(chain + post, (k, end), "title" if chain else "honorific"))
                    i = after
                    continue
                self.bare_titles.extend((a, b) for a, b, office in chain if office)
                i = max(j, i + 1)
                continue
            cue = self.lex.name_list_cues.match_at(self.doc, i)
            listed, after = self.listed_names(cue.end_token) if cue is not None else ([], i)
            if listed:
                out.extend(listed)
                i = after
                continue
            m = self.lex.official_names.match_at(self.doc, i)
            if m is not None:
                post, after = self.post_titles(m.end_token)
                start = m.start if m.start > self.tokens[i].start else None
                out.append(PersonSpan(post, (m.first_token, m.end_token), "gazetteer", m.payload, start))
                i = after
                continue
            given = self.given_start(i)
            if given is not None:
                end = self.name_end(i, given[1])
            else:  # "روديريك دراموند، سفير ...": a comma and an office vouch for an unknown name
                comma = i + 2 < self.limit and self.tokens[i + 2].norm in (",", "،")
                end = i + 2 if comma and self.transliterated_pair(i) else i
            post, after = self.post_titles(end) if end - i >= 2 else ([], end)
            if post or (given is not None and end - i >= 2 and self.quoted_speaker(i, end)):
                out.append(PersonSpan(post, (i, end), "apposition" if post else "speaker",
                                      start=self.start_after_clitic(i, given)))
                i = after
                continue
            i += 1
        return out


def looks_transliterated(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Token k is shaped like a foreign word written in Arabic: long vowels spelled out, none of
    the endings of Arabic nouns ("دعم بلاده", "لقاءات ثنائية"), no article, no place."""
    t = doc.tokens[k]
    form = t.norm
    return (t.is_word and len(form) >= 3 and not is_definite(form) and form not in lex.stopwords
            and any(c in "اوي" for c in form[1:]) and not form.endswith(ARABIC_NOUN_ENDINGS)
            and place_at(doc, k) is None)


def lex_official_at(reader: _Reader, j: int) -> bool:
    return j < reader.limit and reader.lex.official_names.match_at(reader.doc, j) is not None


def lex_is_honorific(reader: _Reader, j: int, clitics: bool = False) -> bool:
    return reader.lex.honorifics.match_at(reader.doc, j, clitics=clitics) is not None


# ---------------------------------------------------------------- name keys
_PHONETIC = str.maketrans({"ط": "ت", "ث": "ت", "ظ": "ز", "ذ": "ز", "ض": "د", "ص": "س", "ى": "ي"})


def token_key(form: str, lex: Lexicon | None = None) -> str:
    """Comparison key of a folded name token: article dropped; foreign names lose their matres."""
    lex = lex or lexicon()
    if form in ("ال", "بن", "بنت", "ابن"):
        return form
    arabic = form in lex.given or form.startswith("ال") or form.startswith("عبد")
    base = form[2:] if form.startswith("ال") and len(form) > 3 else form
    if arabic:
        return base
    base = base.translate(_PHONETIC)
    return base[:1] + "".join(c for c in base[1:] if c not in "اوي")


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name; hyphens and initials' dots ("جان-إيف"، "جي. دي.") separate words."""
    return tuple(_WORD.findall(fold(name).replace("عبد ", "عبد")))


def keys_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 5:
        from rapidfuzz.fuzz import ratio
        return ratio(a, b) >= 85
    return False


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person by name: same first name, and the shorter's rest is in order in the longer's."""
    if len(a) < 2 or len(b) < 2:
        return False
    lex = lexicon()
    ka = [token_key(t, lex) for t in a if t not in ("بن", "بنت", "ابن")]
    kb = [token_key(t, lex) for t in b if t not in ("بن", "بنت", "ابن")]
    if not keys_equal(ka[0], kb[0]):
        return False
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    pos = 1
    for key in short[1:]:
        while pos < len(long_) and not keys_equal(key, long_[pos]):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return True


# ---------------------------------------------------------------- sides
def doc_parties(places: list[Mention]) -> tuple[str | None, str | None]:
    """The most-mentioned Arab country and the most-mentioned other country."""
    counts = Counter(p.attrs["country"] for p in places)
    arab = [c for c, _ in counts.most_common() if is_arab(c)]
    other = [c for c, _ in counts.most_common() if not is_arab(c)]
    return (arab[0] if arab else None), (other[0] if other else None)


def opposite(country: str, parties: tuple[str | None, str | None]) -> str | None:
    arab, other = parties
    return other if is_arab(country) else arab


SIDE_WORDS = {"الجانب", "الوفد", "الطرف"}


def side_in_sentence(doc: Doc, token: int, lex: Lexicon) -> str | None:
    """Country of the nearest "الجانب X" / "الوفد X" before a token in its sentence."""
    sent = doc.sentence_of(doc.tokens[token].start)
    found = None
    for k in range(sent.first_token, token):
        if any(f in SIDE_WORDS for f in readings(doc.tokens[k])) and k + 1 < token:
            place = place_at(doc, k + 1)
            if place is not None:
                found = place[0].country
    return found


def title_country(doc: Doc, span: tuple[int, int, bool], parties) -> str | None:
    first, end, _ = span
    own, across = None, None
    k = first
    while k < end:
        styled = lexicon().country_offices.match_at(doc, k)
        if styled is not None and styled.end_token <= end:
            own = own or styled.payload
            k = styled.end_token
            continue
        place = place_at(doc, k)
        if place is not None:
            after_lada = k > first and doc.tokens[k - 1].norm == "لدي"
            # "إدارة الشؤون الأوروبية": an office that deals with Europe, not Europe's office
            of_subject = k > first and any(f in lexicon().subject_nouns for f in readings(doc.tokens[k - 1]))
            if after_lada:
                across = across or place[0].country
            elif not of_subject:
                own = own or place[0].country
            k = place[1]
        else:
            k += 1
    if own:
        return own
    if across:
        return opposite(across, parties)
    return None


def name_origin(forms: tuple[str, ...], lex: Lexicon) -> str | None:
    if not forms:
        return None
    if forms[0] in lex.given or any(is_definite(f) or f in ("بن", "ال") or f.startswith("عبد") for f in forms):
        return "arab"
    if forms[0] in lex.foreign_given:
        return "foreign"
    return None


# ---------------------------------------------------------------- organizations
@dataclass
class _OrgSpan:
    body: Body
    key: tuple
    start: int
    end: int
    text: str
    name: str
    first_token: int
    country: str | None
    rule: str
    en_hint: str | None = None  # US department name for ministries


def written_name(doc: Doc, first_token: int, start: int, end: int) -> str:
    """The written name without a proclitic; "للمشارق" gives back "المشارق"."""
    text = doc.text[start:end]
    if doc.tokens[first_token].norm.startswith("لل") and start == doc.tokens[first_token].start:
        return "ال" + text[2:]
    return text


def _clitic_start(doc: Doc, i: int, form: str) -> int | None:
    tok = doc.tokens[i]
    for stripped, f in clitic_readings(tok.norm):
        if f == form:
            return doc.norm.span(tok.nstart + stripped, tok.nend)[0]
    return None


def find_orgs(doc: Doc, lex: Lexicon, limit: int) -> list[_OrgSpan]:
    out: list[_OrgSpan] = []
    toks = doc.tokens
    i = 0
    while i < limit:
        head = next((f for f in readings(toks[i]) if f in lex.ministry_heads), None)
        if head is not None and i + 1 < limit:
            first = lex.portfolios.match_at(doc, i + 1, clitics=False)
            if first is not None:
                parts = [first]
                j = first.end_token
                second = lex.portfolios.match_at(doc, j) if j < limit and starts_with_waw(toks[j]) else None
                if second is not None and head != "وزاره":  # dual: "وزارتا الداخلية والعدل"
                    parts.append(second)
                    j = second.end_token
                elif second is not None:  # one ministry of two portfolios: "وزارة الصناعة والتجارة"
                    j = second.end_token
                country = None
                place = place_at(doc, j) if j < limit and len(parts) == 1 else None
                if place is not None and place[0].form != "city":
                    country, j = place[0].country, place[1]
                start = _clitic_start(doc, i, head)
                for n, part in enumerate(parts):
                    body, variant, us = part.payload
                    if len(parts) == 1:
                        s, e = start, toks[j - 1].end
                        name = doc.text[s:e]
                    else:
                        s, e = (start, part.end) if n == 0 else (part.start, part.end)
                        name = "وزارة " + doc.text[part.start:part.end]
                    out.append(_OrgSpan(body, ("ministry", body.id), s, e, doc.text[s:e], name,
                                        i, country, "ministry:" + fold(variant), us))
                i = j
                continue
        bare = bare_ministry(doc, lex, i, limit)
        if bare is not None:
            body, us, start, j, country = bare
            name = doc.text[start:toks[j - 1].end]
            out.append(_OrgSpan(body, ("ministry", body.id), start, toks[j - 1].end, name, name, i, country,
                                "ministry:bare", us))
            i = j
            continue
        skip = lex.not_bodies.match_at(doc, i)
        if skip is not None:
            i = skip.end_token
            continue
        m = lex.bodies.match_at(doc, i)
        if m is not None:
            body, variant = m.payload
            j = m.end_token
            country = body.country
            if body.family == "national":
                while j < limit and toks[j].norm in lex.service_adjectives:
                    j += 1
                place = place_at(doc, j) if j < limit else None
                if place is not None and place[0].form == "demonym":
                    country, j = place[0].country, place[1]
                if body.needs_country and country is None:
                    i = m.end_token
                    continue
            if body.kind == "news_agency" and m.end_token - i == 1 and fold(variant) != body.id \
                    and is_byline(doc, i, m.start):
                i = j
                continue
            end = toks[j - 1].end
            name = written_name(doc, i, m.start, end)
            out.append(_OrgSpan(body, (body.family, body.id), m.start, end, doc.text[m.start:end], name,
                                i, country, f"{body.family}:{fold(variant)}"))
            i = j
            continue
        m = lex.ministry_names.match_at(doc, i)
        if m is not None:
            body, variant, us, country = m.payload
            name = doc.text[m.start:m.end]
            out.append(_OrgSpan(body, ("ministry", body.id), m.start, m.end, name, name, i, country,
                                "ministry:" + fold(variant), us))
            i = m.end_token
            continue
        m = lex.named_heads.match_at(doc, i)
        if m is not None:
            found = named_body_end(doc, lex, m, limit)
            if found is not None and not _is_subunit(doc, out, i, m):
                j, country, international = found
                kind, _, stateless = m.payload
                stateless = stateless or international
                end = toks[j - 1].end
                name = written_name(doc, i, m.start, end)
                body = Body(fold(name), "", country, kind, "named" if not stateless else "body")
                out.append(_OrgSpan(body, ("named", body.id), m.start, end, doc.text[m.start:end], name,
                                    i, country, "named:" + fold(m.text)))
                i = j
                continue
        i += 1
    return out


MAX_BODY_WORDS = 8


def bare_ministry(doc: Doc, lex: Lexicon, i: int, limit: int):
    """A portfolio and a feminine country adjective standing for the ministry ("الخارجية
    الأمريكية", "الخزانة الأميركية"), unless an office names it ("وزير الخارجية الأمريكي"):
    (body, US department, start offset, end token, country) or None."""
    m = lex.portfolios.match_at(doc, i)
    if m is None or m.end_token >= limit or m.payload[0].id not in lex.lone_portfolios:
        return None
    before = readings(doc.tokens[i - 1]) if i > 0 else []
    if any(f in lex.ministry_heads or is_definite(f) for f in before) or i > 0 and lex.heads.match_at(doc, i - 1):
        return None  # "وزير الخارجية", "السياسة الخارجية الأمريكية"
    place = place_at(doc, m.end_token)
    adjective = doc.tokens[m.end_token].norm
    if place is None or place[0].form != "demonym" or not is_definite(adjective) or not adjective.endswith("يه"):
        return None
    body, _, us = m.payload
    return body, us, m.start, place[1], place[0].country


def _is_subunit(doc: Doc, found: list[_OrgSpan], i: int, head) -> bool:
    """A division named right after its body ("الأركان العامة للجيش لهيئة العمليات") is part of an office."""
    return (bool(found) and found[-1].end == doc.tokens[i - 1].end and head.start > doc.tokens[i].start
            and doc.tokens[i].norm.startswith("ل"))


def is_byline(doc: Doc, first_token: int, start: int) -> bool:
    """An agency acronym in a dateline ("الدوحة - قنا", "واشنطن في 30 يناير /قنا/") is a byline."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    first = doc.token_at(line_start)
    while first < first_token and not doc.tokens[first].is_word:
        first += 1
    return first_token - first <= MAX_DATELINE_TOKENS and place_at(doc, first) is not None


MAX_DATELINE_TOKENS = 16


def _opens_other_name(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Token k starts another organization, an office, an honorific or a person's name."""
    forms = readings(doc.tokens[k])
    return (any(f in lex.ministry_heads for f in forms) or lex.named_heads.match_at(doc, k) is not None
            or lex.bodies.match_at(doc, k) is not None or lex.heads.match_at(doc, k) is not None
            or lex.honorifics.match_at(doc, k) is not None
            or any(f in lex.given or f in lex.foreign_given for f in forms))


def named_body_end(doc: Doc, lex: Lexicon, head, limit: int) -> tuple[int, str | None, bool] | None:
    """End token, country and statelessness of a body named by a head noun and its naming
    words, or None. Country names and adjectives name the country ("بنك قطر الوطني",
    "الوكالة الفرنسية للتنمية"); two adjectives name a joint body of no one country."""
    toks = doc.tokens
    _, definite_head, _ = head.payload
    j, countries, naming, words = head.end_token, [], 0, []

    def definite_at(k: int) -> bool:
        return k < limit and toks[k].is_word and is_definite(toks[k].norm) and toks[k].norm not in lex.stopwords

    def country_name_at(k: int) -> bool:
        place = place_at(doc, k) if k < limit else None
        return place is not None and place[0].form != "demonym"

    def plain_word_at(k: int) -> bool:
        t = toks[k]
        return (t.is_word and not is_definite(t.norm) and t.norm not in lex.stopwords and not t.norm.isdigit()
                and not t.norm.startswith("ي") and place_at(doc, k) is None and not _opens_other_name(doc, lex, k))

    while j < limit and j - head.end_token < MAX_BODY_WORDS:
        t = toks[j]
        if not t.is_word or t.norm in lex.stopwords or t.norm.isdigit():
            break
        first = j == head.end_token
        place = place_at(doc, j)
        if place is not None:
            entry, after = place
            if entry.form != "demonym":
                if definite_head and first:
                    break
                countries.append(entry.country)
                j, naming = after, naming + 1
                continue
            if first and not (definite_head and is_definite(t.norm)):
                break  # "شركة أمريكية" is no name
            countries.append(entry.country)
            j = after
            if first:
                continue  # "الوكالة الفرنسية للتنمية": the naming words follow
            naming += 1
            joint = place_at(doc, j) if j < limit else None
            if joint is not None and joint[0].form == "demonym":
                countries.append(joint[0].country)  # "مجلس الأعمال السعودي الأمريكي"
                j = joint[1]
            break
        if first and (lex.honorifics.match_at(doc, j) is not None or definite_head and not is_definite(t.norm)):
            break
        if not first and _opens_other_name(doc, lex, j):
            break
        word = t.norm
        if not first and starts_with_waw(t):
            word = word[1:]
        elif word.startswith("لل"):
            word = "ال" + word[2:]
        elif word.startswith("ل") and not is_definite(word) and definite_at(j + 1):
            word = word[1:]
        if is_definite(word):
            naming += word not in lex.generic_complements
            words.append(word)
            j += 1
            if lex.heads.match_at(doc, j - 1) is not None:  # "جامعة السلطان قابوس", "مركز الملك عبدالله"
                while j < limit and (toks[j].norm in lex.given or toks[j].norm in NAME_CONNECTORS):
                    j += 1
            continue
        if not word.startswith("ي") and definite_at(j + 1) and word not in lex.stopwords:
            naming += 1
            j += 2  # a construct: "تشجيع الاستثمار"
            continue
        # Words in construct up to a country ("غرفة تجارة وصناعة البحرين"), or a foreign name
        # up to its country adjective ("شركة توتال إنرجيز الفرنسية").
        k = j
        while k < limit and k - j < 3 and plain_word_at(k):
            k += 1
        demonym = place_at(doc, k) if k < limit and k > j and definite_at(k) else None
        if k > j and (country_name_at(k) or demonym is not None and demonym[0].form == "demonym"
                      and all(looks_transliterated(doc, lex, x) for x in range(j, k))):
            naming += 1
            j = k
            continue
        break
    if naming == 0:
        return None
    country = countries[0] if len(set(countries)) == 1 else None
    stateless = len(set(countries)) > 1 or not countries and any(w in lex.international_adjectives for w in words)
    return j, country, stateless


def acronym_mentions(doc: Doc, lex: Lexicon, found: list[_OrgSpan], limit: int) -> list[_OrgSpan]:
    """A body named in full and then by its acronym in brackets ("وكالة التعاون والتنسيق
    التركية (تيكا)"): the acronym there and wherever it is written later is the same body."""
    toks = doc.tokens
    known = {o.start for o in found}
    out: list[_OrgSpan] = []
    for o in found:
        k = doc.token_at(o.end - 1) + 1
        if not (k + 2 < limit and toks[k].norm == "(" and toks[k + 2].norm == ")" and toks[k + 1].is_word):
            continue
        form = toks[k + 1].norm
        if toks[k + 1].start in known or form in lex.stopwords or form.isdigit() or len(form) < 2 \
                or place_at(doc, k + 1) is not None or _opens_other_name(doc, lex, k + 1):
            continue
        for i in range(k + 1, limit):
            for stripped, reading in clitic_readings(toks[i].norm):
                if reading == form and toks[i].start not in known:
                    start = doc.norm.span(toks[i].nstart + stripped, toks[i].nend)[0]
                    text = doc.text[start:toks[i].end]
                    out.append(_OrgSpan(o.body, o.key, start, toks[i].end, text, text, i, o.country,
                                        "acronym", o.en_hint))
                    known.add(toks[i].start)
                    break
    return out


# ---------------------------------------------------------------- the document
def _name_text(doc: Doc, span: tuple[int, int]) -> str:
    return doc.text[doc.tokens[span[0]].start:doc.tokens[span[1] - 1].end]


def extract_entities(doc: Doc) -> tuple[list[LocalEntity], list[Mention]]:
    """Persons and organizations of one document (LocalEntity "p1".., "o1"..) and its place mentions.

    Read once per text: the anchor's clues (terms of office) and every analysis of the same text
    share the result, which callers only read."""
    return _entities_of_text(doc.text, doc.id)


@lru_cache(maxsize=64)
def _entities_of_text(text: str, doc_id: str) -> tuple[list[LocalEntity], list[Mention]]:
    doc = Doc(text, doc_id)
    lex = lexicon()
    reader = _Reader(doc, lex)
    end_offset = content_end(doc)
    places = find_places(doc, end_offset)
    parties = doc_parties(places)

    aside = aside_lines(doc)
    spans = [s for s in reader.persons() if not _within(doc.tokens[s.name[0]].start, aside)]
    found = [o for o in find_orgs(doc, lex, reader.limit) if not _within(o.start, aside)]
    aside = [s for s in stitched_sections(doc, end_offset) if _another_story(doc, s, spans, found)]
    spans = [s for s in spans if not _within(doc.tokens[s.name[0]].start, aside)]
    found = [o for o in found if not _within(o.start, aside)]
    # cluster spans by name; gazetteer links
    clusters: list[_Person] = []
    for span in spans:
        start = span.start if span.start is not None else doc.tokens[span.name[0]].start
        forms = name_tokens(doc.text[start:doc.tokens[span.name[1] - 1].end])
        official = span.official
        if official is None:
            if len(forms) == 1:
                official = lex.official_short.get(forms[0])
            else:
                official = next((o for o in _officials_matching(forms, lex)), None)
        span.official = official
        target = None
        for c in clusters:
            if official is not None and c.official is official:
                target = c
                break
            if len(forms) == 1 and any(token_key(forms[0]) == token_key(f[-1]) for f in c.forms):
                target = c
                break
            if any(names_compatible(forms, f) for f in c.forms) and (
                    official is None or c.official is None or c.official is official):
                target = c
                break
        if target is None:
            if len(forms) < 2 and official is None:
                continue
            target = _Person()
            clusters.append(target)
        target.spans.append(span)
        target.forms.append(forms)
        target.official = target.official or official

    covered = {t for c in clusters for s in c.spans for t in range(s.name[0], s.name[1])}
    covered |= {t for c in clusters for s in c.spans for a, b, _ in s.titles for t in range(a, b)}
    _link_short_forms(doc, reader, clusters, covered)

    entities: list[LocalEntity] = []
    mentions: list[Mention] = []
    title_owner: dict[int, tuple[str, str | None]] = {}  # token → (local id, country)
    for n, c in enumerate(sorted(clusters, key=lambda c: c.spans[0].name[0]), start=1):
        ent = _person_entity(doc, c, f"p{n}", parties, lex)
        entities.append(ent)
        mentions.extend(ent.mentions)
        for s in c.spans:
            for a, b, _ in s.titles:
                for t in range(a, b):
                    title_owner[t] = (ent.local_id, ent.country)

    _link_bare_titles(doc, reader, [e for e in entities if e.kind == "person"], parties, mentions)

    orgs: dict[tuple, LocalEntity] = {}
    found = sorted(found + acronym_mentions(doc, lex, found, reader.limit), key=lambda o: o.start)
    for a, b in zip(found, found[1:]):
        if a.key == b.key and a.country is None and doc.text[a.end:b.start].strip() == "(":
            a.country = b.country  # "وزارة الدفاع (البنتاغون)"
    for o in found:
        country = o.country
        if country is None and o.body.family != "body":
            owner = title_owner.get(o.first_token)
            country = owner[1] if owner else side_in_sentence(doc, o.first_token, lex) or parties[0]
        key = (*o.key, country)
        ent = orgs.get(key)
        if ent is None:
            ent = LocalEntity(f"o{len(orgs) + 1}", "organization", o.name, country=country,
                              org_kind=o.body.kind, gazetteer_id=o.body.id,
                              name_en=_org_name_en(o, country))
            orgs[key] = ent
        elif len(name_tokens(o.name)) > len(name_tokens(ent.name)) or (
                len(o.name) > len(ent.name) and len(name_tokens(o.name)) == len(name_tokens(ent.name))):
            ent.aliases.append(ent.name)
            ent.name = o.name
        elif o.name != ent.name and o.name not in ent.aliases:
            ent.aliases.append(o.name)
        if o.name != ent.name and o.name not in ent.aliases:
            ent.aliases.append(o.name)
        mention = Mention("org", o.start, o.end, o.text, fold(o.name), o.rule,
                          {"local_id": ent.local_id, "country": country, "name": o.name})
        ent.mentions.append(mention)
        mentions.append(mention)
    entities.extend(orgs.values())
    return entities, mentions + places


@lru_cache(maxsize=1)
def _stitching() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], int]:
    """Pointer openings (as folded words), the story's own words, the longest headline."""
    data = yaml.safe_load((DATA / "stitching.yaml").read_text(encoding="utf-8"))
    return (tuple(tuple(_WORD.findall(fold(p))) for p in data["pointers"]),
            frozenset(fold(w) for w in data["story_words"]), data["headline_words"])


def _lines(doc: Doc) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in doc.text.split("\n"):
        out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return out


def aside_lines(doc: Doc) -> list[tuple[int, int]]:
    """Lines inside the body that point at other stories ("اقرأ أيضا: وزارة الصحة تعلن ...")."""
    pointers = _stitching()[0]
    out = []
    for start, end, line in _lines(doc):
        words = _WORD.findall(fold(line))
        if any(tuple(words[:len(p)]) == p for p in pointers):
            out.append((start, end))
    return out


_SENTENCE_END = re.compile(r"[.!؟?\"”»)]$")
_ANY_END = re.compile(r"[.!؟?:،,\"”»)]$")


def stitched_sections(doc: Doc, end: int) -> list[tuple[int, int]]:
    """Sections that open with a short line without final punctuation right after a finished
    sentence ("أسعار النفط ترتفع ..."): a headline, of another story or of a part of this one."""
    longest = _stitching()[2]
    starts, previous = [], None
    for start, _, line in _lines(doc):
        if start >= end:
            break
        if not line:
            continue
        if previous is not None and _SENTENCE_END.search(previous) and not _ANY_END.search(line) \
                and len(line.split()) <= longest:
            starts.append(start)
        previous = line
    return list(zip(starts, starts[1:] + [end]))


def _another_story(doc: Doc, section: tuple[int, int], persons: list[PersonSpan], orgs: list[_OrgSpan]) -> bool:
    """A headed section is another story when it names no one and nothing named before it and
    uses none of the story's own words."""
    a, b = section
    if set(_WORD.findall(fold(doc.text[a:b]))) & _stitching()[1]:
        return False
    def forms(span: PersonSpan) -> tuple[str, ...]:
        return name_tokens(_name_text(doc, span.name))
    before = [forms(p) for p in persons if doc.tokens[p.name[0]].start < a]
    inside = [forms(p) for p in persons if a <= doc.tokens[p.name[0]].start < b]
    if any(names_compatible(x, y) for x in inside for y in before):
        return False
    return not {o.key for o in orgs if a <= o.start < b} & {o.key for o in orgs if o.start < a}


def _within(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in ranges)


def office_key(title: str) -> str:
    """A title without its country words: variants that differ only there are one office."""
    doc = Doc(title)
    drop = {t for m in place_matcher().find_all(doc) for t in range(m.first_token, m.end_token)}
    words = [t.norm for t in doc.tokens if t.i not in drop and t.norm not in ("البلاد", "لدي")]
    return " ".join(w[2:] if w.startswith("ال") else w for w in words).replace("ه ", " ").rstrip("ه")


def _link_bare_titles(doc: Doc, reader: _Reader, persons: list[LocalEntity], parties,
                      mentions: list[Mention]) -> None:
    """A later bare office ("وزير الخارجية الأميركي") refers back to the one person holding it."""
    for a, b in reader.bare_titles:
        start, end = _clitic_start_any(doc, a), doc.tokens[b - 1].end
        text = doc.text[start:end]
        key, country = office_key(text), title_country(doc, (a, b, True), parties)
        holders = [p for p in persons if any(office_key(t) == key for t in p.titles)
                   and (country is None or p.country == country)
                   and min(m.start for m in p.mentions) < start]
        if len(holders) == 1:
            m = Mention("title", start, end, text, fold(text), "title:back",
                        {"local_id": holders[0].local_id, "country": country, "office": True})
            holders[0].mentions.append(m)
            mentions.append(m)


def _officials_matching(forms: tuple[str, ...], lex: Lexicon):
    for o in lex.officials:
        if any(names_compatible(forms, name_tokens(n)) for n in o.names):
            yield o


def _link_short_forms(doc: Doc, reader: _Reader, clusters: list[_Person], covered: set[int]) -> None:
    """Surnames alone ("بلينكن", "المشعان", "الناصر") link to the person already met, and so
    does a first name after an honorific ("الشيخ جراح")."""
    lex = reader.lex
    keys: dict[str, list[_Person]] = {}
    exact: set[str] = set()
    first_names: dict[str, set[int]] = {}
    for n, c in enumerate(clusters):
        surnames = set(c.official.short) if c.official else set()
        for forms in c.forms:
            if len(forms) >= 2 and forms[-1] not in lex.given and forms[-2] != "ال":
                surnames.add(forms[-1])
            if len(forms) >= 2 and is_definite(forms[1]):
                surnames.add(forms[1])
            if len(forms) >= 2:
                first_names.setdefault(forms[0], set()).add(n)
        for s in surnames - lex.regnal_numbers:
            keys.setdefault(token_key(fold(s)), []).append(c)
            exact.add(fold(s))
    after_honorific = {m.end_token for k in range(reader.limit)
                       if (m := lex.honorifics.match_at(doc, k, clitics=True)) is not None}
    for i in range(reader.limit):
        if i in covered or not doc.tokens[i].is_word or doc.tokens[i].norm in lex.stopwords:
            continue
        for stripped, form in clitic_readings(doc.tokens[i].norm):
            key = token_key(form)
            owners = keys.get(key)
            if owners and len(key) < 3 and form not in exact:
                continue  # "بين" is not "بون" once the vowels are gone
            if not owners and i in after_honorific and len(first_names.get(form, ())) == 1:
                owners = [clusters[next(iter(first_names[form]))]]
            official = None
            if not owners:
                official = lex.official_short.get(form)
                if official is None or not official.alone:
                    continue
                person = _Person(official=official)
                clusters.append(person)
                keys.setdefault(token_key(form), []).append(person)
                owners = [person]
            if len({id(o) for o in owners}) != 1:
                break
            tok = doc.tokens[i]
            start = doc.norm.span(tok.nstart + stripped, tok.nend)[0]
            owners[0].spans.append(PersonSpan([], (i, i + 1), f"short:{form}", owners[0].official, start=start))
            owners[0].forms.append((form,))
            break


def _person_entity(doc: Doc, c: _Person, local_id: str, parties, lex: Lexicon) -> LocalEntity:
    mentions: list[Mention] = []
    names: list[str] = []
    titles: list[str] = []
    country, country_rule, country_mention = None, "", None
    for s in sorted(c.spans, key=lambda s: s.name[0]):
        a, b = s.name
        start = s.start if s.start is not None else doc.tokens[a].start
        end = doc.tokens[b - 1].end
        text = doc.text[start:end]
        names.append(text)
        person_mention = Mention("person", start, end, text, fold(text), s.rule, {"local_id": local_id})
        mentions.append(person_mention)
        for ta, tb, office in s.titles:
            tstart = _clitic_start_any(doc, ta)
            tend = doc.tokens[tb - 1].end
            ttext = doc.text[tstart:tend]
            tc = title_country(doc, (ta, tb, office), parties)
            mentions.append(Mention("title", tstart, tend, ttext, fold(ttext), "title" if office else "side",
                                    {"local_id": local_id, "country": tc, "office": office}))
            if office:
                titles.append(ttext)
            if tc and COUNTRY_RULES["title"] > COUNTRY_RULES.get(country_rule, 0):
                country, country_rule, country_mention = tc, "title", mentions[-1]
        if country_rule not in ("title",) and c.official and c.official.country:
            if COUNTRY_RULES["gazetteer"] > COUNTRY_RULES.get(country_rule, 0):
                country, country_rule, country_mention = c.official.country, "gazetteer", person_mention
        if not country_rule or COUNTRY_RULES.get(country_rule, 0) < COUNTRY_RULES["side"]:
            side = side_in_sentence(doc, a, lex)
            if side:
                country, country_rule, country_mention = side, "side", person_mention
    if country is None:
        longest = max(c.forms, key=len)
        origin = name_origin(longest, lex)
        country = parties[0] if origin == "arab" else parties[1] if origin == "foreign" else None
        if country:
            country_rule, country_mention = "origin", mentions[0]
    if country_mention is not None:
        country_mention.attrs["country_rule"] = country_rule
        country_mention.attrs["country"] = country
    full = max(names, key=lambda n: (len(name_tokens(n)), len(n)))
    aliases = []
    for n in names:
        if n != full and n not in aliases:
            aliases.append(n)
    official = c.official
    return LocalEntity(local_id, "person", full, aliases, official.en if official else None, country,
                       _distinct(titles), None, official.id if official else None, mentions)


def _clitic_start_any(doc: Doc, i: int) -> int:
    m = lexicon().heads.match_at(doc, i)
    return m.start if m else doc.tokens[i].start


def _distinct(items: list[str]) -> list[str]:
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _org_name_en(o: _OrgSpan, country: str | None) -> str:
    if o.body.family == "body":
        return o.body.en
    where = country_name_en(country) if country else ""
    if o.body.family == "ministry":
        if country == "US" and o.en_hint:
            return f"United States Department of {o.en_hint}"
        return f"{where} Ministry of {o.body.en}".strip()
    return f"{where} {o.body.en}".strip()
