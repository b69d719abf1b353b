"""Who is who in one document: persons (through offices, honorifics and known officials),
organizations (ministries, national bodies, named bodies) and places.

Person mentions are read as  TITLE (و? TITLE)* HONORIFIC* NAME : a title is a head office
followed by complements (portfolios, ministries, countries, "لشؤون ...", "لدى ..."), the
name is the following run of name tokens. Later short forms (surnames) link back.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..text.doc import Doc, Token, clitic_readings
from ..text.normalize import fold
from .furniture import content_end
from .lexicon import Body, Lexicon, Official, lexicon
from .places import country_name_en, find_places, is_arab, place_at, place_matcher
from .types import LocalEntity, Mention

MAX_NAME_TOKENS = 5
# Weight of each way of knowing a person's country (resolution votes with them).
COUNTRY_RULES = {"title": 4, "gazetteer": 3, "side": 2, "origin": 1}
NAME_CONNECTORS = {"بن", "بنت", "ابن", "ابو", "ال", "عبد"}  # "ال" is the folded "آل"


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
            if t.norm in lex.qualifiers:
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
                if place[0].form == "city":
                    break
                k, complement, after_demonym = place[1], True, place[0].form == "demonym"
                continue
            if t.norm in lex.title_prepositions and k + 1 < self.limit and toks[k + 1].is_word:
                nxt = toks[k + 1]
                if is_definite(nxt.norm) or any(f in lex.construct for f in readings(nxt)) \
                        or place_at(self.doc, k + 1) is not None:
                    k, after_demonym = k + 1, False
                    continue
                break
            if any(f in lex.construct for f in forms):
                k, complement, after_demonym = k + 1, True, False
                continue
            if any(is_definite(f) for f in forms) and not any(f in lex.stopwords for f in forms) \
                    and not (after_demonym and is_definite(t.norm)):
                k, complement = k + 1, True
                continue
            break
        return k

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
        family = False  # a family name (definite) has been read: only family parts may follow
        while j < self.limit and n < MAX_NAME_TOKENS:
            t = toks[j]
            f = first_form if j == i and first_form else t.norm
            if f == "عبد" and j + 1 < self.limit and is_definite(toks[j + 1].norm) and not family:
                j, n = j + 2, n + 1  # "عبد الكريم", written apart, is one given name
                continue
            if not t.is_word or f.isdigit() or (f in lex.stopwords and not self.spelled_as_name(j, f)):
                break
            known = f in lex.given or f in lex.foreign_given or f in lex.official_short
            place = place_at(self.doc, j)
            if place is not None and place[0].form != "demonym" and not known:
                break
            if n == 0:
                if not known and (is_definite(f) or starts_with_waw(t) or f in lex.construct
                                  or self.head_at(j) is not None or len(f) < 2):
                    break
                if f in lex.official_short and f not in lex.given and f not in lex.foreign_given:
                    return j + 1  # a known surname alone ("بومبيو")
            elif f in NAME_CONNECTORS:
                if j + 1 >= self.limit or not toks[j + 1].is_word:
                    break
                j += 1
                continue
            elif starts_with_waw(t) and not known:
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
                if n == 2 and j - i == 2 and all(self.given_start(k) for k in range(i, j)) \
                        and not f.startswith("ي") and self.ends_name(j + 1):
                    family = True  # "ماجد مهدي حنتوش": two given names, then the family name
                else:
                    break
            j, n = j + 1, n + 1
        while j > i and toks[j - 1].norm in NAME_CONNECTORS:
            j -= 1
        if j - i < 2:
            return j
        first = first_form or toks[i].norm
        first_known = first in lex.given or first in lex.foreign_given or first == "عبد"
        if not first_known and (first.startswith("ي") or not (
                is_definite(toks[i + 1].norm) or toks[i + 1].norm in NAME_CONNECTORS
                or (j - i == 2 and self.ends_name(j)))):
            return i  # two unknown words ("استعرض رؤية") or a verb ("يدشنان الحوار") are no name
        return j

    def spelled_as_name(self, j: int, form: str) -> bool:
        """A given name that folds like a particle ("علي" / "على") is told apart by its spelling."""
        tok = self.tokens[j]
        return form in self.lex.given and self.doc.text[tok.start:tok.end] == form

    def ends_name(self, j: int) -> bool:
        """What may follow a name of two unknown words: punctuation, an office, the text's end."""
        if j >= self.limit or not self.tokens[j].is_word:
            return True
        head = self.head_at(j)
        return head is not None and bool(head.payload)

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
        chain, end = self.title_chain(k)
        if not chain or not all(office for _, _, office in chain):
            return [], j
        after = self.honorific_end(end)
        if self.name_end(after) - after >= 2 or lex_official_at(self, after):
            return [], j  # the office belongs to the name that follows
        return chain, end

    # ------------------------------------------------------------ persons
    def persons(self) -> list[PersonSpan]:
        out: list[PersonSpan] = []
        i = 0
        while i < self.limit:
            chain, j = self.title_chain(i) if self.head_at(i) else ([], i)
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
                post, after = self.post_titles(end) if end - i >= 2 else ([], end)
                if post:
                    tok = self.tokens[i]
                    start = self.doc.norm.span(tok.nstart + given[0], tok.nend)[0]
                    out.append(PersonSpan(post, (i, end), "apposition", start=start if given[0] else None))
                    i = after
                    continue
            i += 1
        return out


def lex_official_at(reader: _Reader, j: int) -> bool:
    return j < reader.limit and reader.lex.official_names.match_at(reader.doc, j) is not None


def lex_is_honorific(reader: _Reader, j: int) -> bool:
    return reader.lex.honorifics.match_at(reader.doc, j, clitics=False) is not None


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
    toks = fold(name).replace("عبد ", "عبد").split()
    return tuple(t for t in toks if t.isalnum())


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
            if after_lada:
                across = across or place[0].country
            else:
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
                if head != "وزاره" and j < limit:  # dual: "وزارتا الداخلية والعدل"
                    second = lex.portfolios.match_at(doc, j)
                    if second is not None and starts_with_waw(toks[j]):
                        parts.append(second)
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
                j, country = found
                kind, _, stateless = m.payload
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


def named_body_end(doc: Doc, lex: Lexicon, head, limit: int) -> tuple[int, str | None] | None:
    """End token and country of a body named by a head noun and its naming words, or None."""
    toks = doc.tokens
    _, definite_head, _ = head.payload
    j, country, naming = head.end_token, None, 0

    def definite_at(k: int) -> bool:
        return k < limit and toks[k].is_word and is_definite(toks[k].norm) and toks[k].norm not in lex.stopwords

    while j < limit and j - head.end_token < MAX_BODY_WORDS:
        t = toks[j]
        if not t.is_word or t.norm in lex.stopwords or t.norm.isdigit():
            break
        place = place_at(doc, j)
        if place is not None:
            entry, after = place
            if entry.form == "demonym" and j > head.end_token or (entry.form != "demonym" and not definite_head
                                                                 and j == head.end_token):
                country, j = entry.country, after
                naming += 1
            break
        first = j == head.end_token
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
            j += 1
        elif not word.startswith("ي") and definite_at(j + 1) and word not in lex.stopwords:
            naming += 1
            j += 2  # a construct: "تشجيع الاستثمار"
        else:
            break
    if naming == 0:
        return None
    return j, country


# ---------------------------------------------------------------- the document
def _name_text(doc: Doc, span: tuple[int, int]) -> str:
    return doc.text[doc.tokens[span[0]].start:doc.tokens[span[1] - 1].end]


def extract_entities(doc: Doc) -> tuple[list[LocalEntity], list[Mention]]:
    """Persons and organizations of one document (LocalEntity "p1".., "o1"..) and its place mentions."""
    lex = lexicon()
    reader = _Reader(doc, lex)
    end_offset = content_end(doc)
    places = find_places(doc, end_offset)
    parties = doc_parties(places)

    spans = reader.persons()
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
    found = find_orgs(doc, lex, reader.limit)
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
    """Surnames alone ("بلينكن", "المشعان", "الناصر") link to the person already met."""
    lex = reader.lex
    keys: dict[str, list[_Person]] = {}
    for c in clusters:
        surnames = set(c.official.short) if c.official else set()
        for forms in c.forms:
            if len(forms) >= 2 and forms[-1] not in lex.given and forms[-2] != "ال":
                surnames.add(forms[-1])
            if len(forms) >= 2 and is_definite(forms[1]):
                surnames.add(forms[1])
        for s in surnames:
            keys.setdefault(token_key(fold(s)), []).append(c)
    for i in range(reader.limit):
        if i in covered or not doc.tokens[i].is_word:
            continue
        for stripped, form in clitic_readings(doc.tokens[i].norm):
            owners = keys.get(token_key(form))
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
