"""Organizations in running text: ministries, national bodies, gazetteer bodies, bodies named
by a head noun and their naming words, and acronyms."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from ...text.doc import Doc, clitic_readings
from ...text.matcher import word_positions
from ...text.normalize import fold
from ..lexicon import Body, Lexicon, spelled_variants
from ..types import LocalEntity, Mention
from .countries import side_in_sentence
from .names import name_tokens
from ..places import country_name_en, place_at
from .words import (NAME_CONNECTORS, common_noun_shape, is_definite, looks_transliterated, read_left_to_right, readings,
                    starts_with_waw, verbal_noun_shape)

@dataclass
class OrgSpan:
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
    alias: str | None = None  # another name the words give: the foreign name of "شركة شيفرون"


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


Read = tuple[list[OrgSpan], int] | None  # the bodies read at a token and the token after them


def find_orgs(doc: Doc, lex: Lexicon, limit: int) -> list[OrgSpan]:
    """Bodies in running text, read left to right; at each token the first reader that knows
    the words there wins."""
    found: list[OrgSpan] = []
    return read_left_to_right(limit, [partial(r, doc, lex, limit=limit, found=found) for r in READERS], found,
                              reading_starts(doc, lex))


def ministry_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """"وزارة" + portfolio(s) + maybe its country: "وزارة الخارجية الأمريكية", the dual
    "وزارتا الداخلية والعدل" (two ministries), "وزارة الخارجية في مملكة البحرين"."""
    toks = doc.tokens
    head = next((f for f in readings(toks[i]) if f in lex.ministry_heads), None)
    first = lex.portfolios.match_at(doc, i + 1, clitics=False) if head is not None and i + 1 < limit else None
    if first is None:
        return None
    parts = [first]
    j = first.end_token
    second = lex.portfolios.match_at(doc, j) if j < limit and starts_with_waw(toks[j]) else None
    if second is not None and head != "وزاره":  # dual: "وزارتا الداخلية والعدل"
        parts.append(second)
        j = second.end_token
    elif second is not None:  # one ministry of two portfolios: "وزارة الصناعة والتجارة"
        j = second.end_token
    elif second is None and head == "وزاره":
        j = _unlisted_second_portfolio(doc, lex, j, limit) or j
    country, named_end = None, None
    place = place_at(doc, j) if j < limit and len(parts) == 1 else None
    if place is not None and place[0].form != "city":
        country, j = place[0].country, place[1]
    elif len(parts) == 1 and (of_country := country_after_preposition(doc, lex, j, limit)):
        named_end = j  # "وزارة الخارجية في مملكة البحرين": the name stops before "في"
        country, j = of_country
    start = _clitic_start(doc, i, head)
    out = []
    for n, part in enumerate(parts):
        body, variant, us = part.payload
        if len(parts) == 1:
            s, e = start, toks[(named_end or j) - 1].end
            # the dual of one portfolio ("وزارتي الخارجية"): each side's ministry, named in the singular
            name = doc.text[s:e] if head == "وزاره" else "وزارة " + doc.text[part.start:e]
        else:
            s, e = (start, part.end) if n == 0 else (part.start, part.end)
            name = "وزارة " + doc.text[part.start:part.end]
        out.append(OrgSpan(body, ("ministry", body.id), s, e, doc.text[s:e], name,
                           i, country, "ministry:" + fold(variant), us))
    return out, j


MAX_PORTFOLIO_WORDS = 3


def _unlisted_second_portfolio(doc: Doc, lex: Lexicon, j: int, limit: int) -> int | None:
    """The end of a second portfolio we do not list, "و" + definite words closed by the country's
    adjective ("وزارة الصناعة والثروة المعدنية السعودية"); without the adjective, "وزارة الصحة
    والجهات المعنية" is two things, so None."""
    toks = doc.tokens
    if j >= limit or not starts_with_waw(toks[j]) or not is_definite(toks[j].norm[1:]) or _opens_other_name(doc, lex, j):
        return None
    k = j + 1
    while k < limit and k - j < MAX_PORTFOLIO_WORDS and toks[k].is_word and is_definite(toks[k].norm) \
            and place_at(doc, k) is None and toks[k].norm not in lex.stopwords:
        k += 1
    place = place_at(doc, k) if k < limit else None
    return k if place is not None and place[0].form == "demonym" else None


def bare_ministry_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    bare = bare_ministry(doc, lex, i, limit)
    if bare is None:
        return None
    body, us, start, j, country = bare
    name = doc.text[start:doc.tokens[j - 1].end]
    return [OrgSpan(body, ("ministry", body.id), start, doc.tokens[j - 1].end, name, name, i, country,
                    "ministry:bare", us)], j


def speaking_building_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """"بيان صادر عن البيت الأبيض" names a body; "في البيت الأبيض" a place."""
    actor = lex.agents_only.match_at(doc, i)
    if actor is None:
        return None
    if not acts(doc, lex, i, actor.end_token):
        return [], actor.end_token
    body, variant = actor.payload
    name = written_name(doc, i, actor.start, actor.end)
    return [OrgSpan(body, ("body", body.id), actor.start, actor.end, doc.text[actor.start:actor.end],
                    name, i, body.country, f"actor:{fold(variant)}")], actor.end_token


def not_a_body_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """Phrases that look like bodies and are not ("مجلس الوزراء", the byline's "غرفة الأخبار")."""
    skip = lex.not_bodies.match_at(doc, i) or lex.byline_sources.match_at(doc, i)
    return ([], skip.end_token) if skip is not None else None


def gazetteer_body_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """A listed body, a national body with its country adjective ("الجيش الأمريكي"). A news
    agency credited in a dateline ("واشنطن في 30 يناير /قنا/", "الكويت - 10 - 2 (كونا)") is a body
    like any other: the shared record's reports of real pages (../shared/eval/dev/NOTES.md: "كونا"
    in two datelines, bylines and page headers) keep every outlet a page names, wherever it names it."""
    m = lex.bodies.match_at(doc, i)
    if m is None:
        return None
    toks = doc.tokens
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
            return [], m.end_token
    end = toks[j - 1].end
    name = written_name(doc, i, m.start, end)
    return [OrgSpan(body, (body.family, body.id), m.start, end, doc.text[m.start:end], name,
                    i, country, f"{body.family}:{fold(variant)}")], j


def ministry_name_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """A ministry named without "وزارة" ("البنتاغون")."""
    m = lex.ministry_names.match_at(doc, i)
    if m is None:
        return None
    body, variant, us, country = m.payload
    name = doc.text[m.start:m.end]
    return [OrgSpan(body, ("ministry", body.id), m.start, m.end, name, name, i, country,
                    "ministry:" + fold(variant), us)], m.end_token


def named_body_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """A head noun and the words that name the body ("هيئة تنشيط السياحة", "سفارة الولايات المتحدة")."""
    m = lex.named_heads.match_at(doc, i)
    read = named_body_end(doc, lex, m, limit) if m is not None else None
    if read is None or _is_subunit(doc, found, i, m):
        return None
    if m.payload.acting and not (acts(doc, lex, i, read[0]) or listed_with_a_body(doc, found, i)):
        return None
    j, country, international = read
    kind, stateless = m.payload.kind, m.payload.stateless or international
    end = doc.tokens[j - 1].end
    name = written_name(doc, i, m.start, end)
    foreign = _foreign_company_name(doc, lex, m.end_token, j) if kind == "company" and not m.payload.definite else None
    stateless = stateless or foreign is not None and country is None  # no side of the report is its country
    if any(word in lex.news_words for word in fold(name).split()):
        kind = "news_agency"
    body = Body(body_key(name), "", country, kind, "named" if not stateless else "body")
    return [OrgSpan(body, ("named", body.id), m.start, end, doc.text[m.start:end], name,
                    i, country, "named:" + fold(m.text), alias=foreign)], j


def _foreign_company_name(doc: Doc, lex: Lexicon, first: int, end: int) -> str | None:
    """The foreign name after "شركة", without the head and a country adjective: "شركة شيفرون" and
    "شركة توتال إنرجيز الفرنسية" are also called "شيفرون" and "توتال إنرجيز" (as in "شركتي X وY")."""
    k = first
    while k < end and looks_transliterated(doc, lex, k):
        k += 1
    tail = place_at(doc, k) if k < end else None
    if k == first or k < end and (tail is None or tail[0].form != "demonym" or tail[1] != end):
        return None
    return doc.text[doc.tokens[first].start:doc.tokens[k - 1].end]


MAX_LISTED_NAME_TOKENS = 2


def listed_bodies_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """Foreign names after a dual or plural head ("شركتي جنرال إلكتريك وستيلار إنرجي", "شركات X وY
    وZ"): each a body of the head's kind, the next joined by "و" or "،"; a dual names two."""
    m = lex.listing_heads.match_at(doc, i, clitics=True)
    if m is None:
        return None
    kind, most = m.payload
    toks, out, k = doc.tokens, [], m.end_token
    while k < limit and len(out) < most:
        if out and toks[k].norm in ("،", ","):
            k += 1
        first = k
        joined = bool(out) and starts_with_waw(toks[k])
        if bool(out) != joined and toks[k - 1].norm not in ("،", ","):
            break  # the next name is joined by "و" (or a comma), the first is not
        listed = gazetteer_body_at(doc, lex, k, limit, found) if not joined else None
        if listed is not None and listed[0]:
            out.extend(listed[0])
            k = listed[1]
            continue
        end = k
        while end < limit and end - k < MAX_LISTED_NAME_TOKENS and looks_transliterated(doc, lex, end) \
                and (end == k or not starts_with_waw(toks[end])) and not _opens_other_name(doc, lex, end):
            end += 1
        if end == k:
            break
        start = _clitic_start(doc, k, toks[k].norm[1:]) if joined else toks[k].start
        name = doc.text[start:toks[end - 1].end]
        body = Body(body_key(name), "", None, kind, "body")  # a foreign name: no side of the report is its country
        out.append(OrgSpan(body, ("named", body.id), start, toks[end - 1].end, name, name, first, None,
                           "listed:" + fold(m.text)))
        k = end
    return (out, k) if out else None


def body_key(name: str) -> str:
    """A named body's key: its words in any order, "و" dropped, and one spelling of each (spelling.tsv),
    so that "صندوق التنمية والإعمار" and "صندوق الإعمار والتنمية" are one fund, and "الوكالة الأميركية
    ..." and "الوكالة الأمريكية ..." one agency."""
    words = [w[1:] if w.startswith("وال") else w for w in min(spelled_variants(name)).split()]
    return " ".join(words[:1] + sorted(words[1:]))


READERS = (ministry_at, bare_ministry_at, speaking_building_at, not_a_body_at, gazetteer_body_at,
           ministry_name_at, named_body_at, listed_bodies_at)


def reading_starts(doc: Doc, lex: Lexicon) -> list[int]:
    """The tokens where one of the READERS may fit, in order: a ministry head ("وزارة") is there,
    or a portfolio, a building, a phrase that is no body, a byline source, a listed body, a
    ministry's own name or a body's head noun starts there."""
    starts: set[int] = set()
    for matcher in (lex.portfolios, lex.agents_only, lex.not_bodies, lex.byline_sources, lex.bodies,
                    lex.ministry_names, lex.named_heads, lex.listing_heads):
        starts.update(matcher.index(doc).starts)
    for word, found in word_positions(doc).items():
        if any(form in lex.ministry_heads for _, form in clitic_readings(word)):
            starts.update(found)
    return sorted(starts)


MAX_BODY_WORDS = 8


def bare_ministry(doc: Doc, lex: Lexicon, i: int, limit: int):
    """A portfolio and a feminine country adjective standing for the ministry ("الخارجية
    الأمريكية", "الخزانة الأميركية"), unless an office names it ("وزير الخارجية الأمريكي"):
    (body, US department, start offset, end token, country) or None."""
    m = lex.portfolios.match_at(doc, i)
    if m is None or m.end_token >= limit or m.payload[0].id not in lex.lone_portfolios:
        return None
    before = readings(doc.tokens[i - 1]) if i > 0 else ()
    if any(f in lex.ministry_heads or is_definite(f) for f in before) or i > 0 and lex.heads.match_at(doc, i - 1):
        return None  # "وزير الخارجية", "السياسة الخارجية الأمريكية"
    place = place_at(doc, m.end_token)
    adjective = doc.tokens[m.end_token].norm
    if place is None or place[0].form != "demonym" or not is_definite(adjective) or not adjective.endswith("يه"):
        return None
    body, _, us = m.payload
    return body, us, m.start, place[1], place[0].country


def country_after_preposition(doc: Doc, lex: Lexicon, j: int, limit: int) -> tuple[str, int] | None:
    """A country named after "في" ("وزارة الخارجية في مملكة البحرين"): its code and end token.
    A city there is where the ministry sits, not whose it is."""
    if j + 1 >= limit or doc.tokens[j].norm not in lex.country_prepositions:
        return None
    place = place_at(doc, j + 1)
    if place is None or place[0].form != "country":
        return None
    return place[0].country, place[1]


def acts(doc: Doc, lex: Lexicon, i: int, end: int) -> bool:
    """The body at tokens i..end is an actor: a word of saying or issuing comes right before or
    after it, or an office of its own stands just before it ("القائم بالأعمال في السفارة الأمريكية")."""
    before = readings(doc.tokens[i - 1]) if i > 0 else ()
    after = readings(doc.tokens[end]) if end < len(doc.tokens) else ()
    return serves(doc, lex, i) or any(f in lex.agent_cues for f in before + after)


def listed_with_a_body(doc: Doc, found: list[OrgSpan], i: int) -> bool:
    """Token i joins with "و" a body read right before it: "موظفي البنك الدولي والسفارة الكندية"."""
    return (bool(found) and i > 0 and found[-1].end == doc.tokens[i - 1].end
            and starts_with_waw(doc.tokens[i]))


def serves(doc: Doc, lex: Lexicon, i: int) -> bool:
    """An office ends right before token i, or right before an "في" there: the body it serves."""
    gap = 1 if i > 0 and doc.tokens[i - 1].norm == "في" else 0
    for k in range(max(0, i - gap - OFFICE_WORDS), i - gap):
        head = lex.heads.match_at(doc, k)
        if head is not None and head.end_token == i - gap:
            return True
    return False


OFFICE_WORDS = 3  # the longest office head in words ("القائم بالأعمال")


def _is_subunit(doc: Doc, found: list[OrgSpan], i: int, head) -> bool:
    """A division named right after its body ("الأركان العامة للجيش لهيئة العمليات") is part of an office."""
    return (bool(found) and found[-1].end == doc.tokens[i - 1].end and head.start > doc.tokens[i].start
            and doc.tokens[i].norm.startswith("ل"))


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
    spec = head.payload
    definite_head = spec.definite
    # Adjectives after a feminine head end in "ة" too, so foreign-looking words after it are a name.
    feminine_head = head.text.endswith("ة")
    j, countries, naming, words = head.end_token, [], 0, []
    in_office = _in_an_office(doc, lex, head.first_token)

    def definite_at(k: int) -> bool:
        return k < limit and toks[k].is_word and is_definite(toks[k].norm) and toks[k].norm not in lex.stopwords

    def country_name_at(k: int) -> bool:
        place = place_at(doc, k) if k < limit else None
        return place is not None and place[0].form != "demonym"

    def plain_word_at(k: int) -> bool:
        t = toks[k]
        purpose = t.norm.startswith("ل") and verbal_noun_shape(t.norm[1:])  # "لتطوير": what the body does
        return (t.is_word and not is_definite(t.norm) and t.norm not in lex.stopwords and not t.norm.isdigit()
                and not t.norm.startswith("ي") and not purpose and place_at(doc, k) is None
                and not _opens_other_name(doc, lex, k))

    def purpose_object_at(k: int) -> bool:  # one name (a plain word or a country's), and the phrase ends after it
        place = place_at(doc, k) if k < limit else None
        one_word = place[1] == k + 1 and place[0].form != "demonym" if place is not None else \
            k < limit and plain_word_at(k) and not common_noun_shape(doc, k)
        after = toks[k + 1] if k + 1 < limit else None
        return one_word and (after is None or not after.is_word or after.norm in lex.stopwords or starts_with_waw(after))

    while j < limit and j - head.end_token < MAX_BODY_WORDS:
        t = toks[j]
        if not t.is_word or t.norm in lex.stopwords or t.norm.isdigit() or "\n" in doc.text[toks[j - 1].end:t.start]:
            break  # (a headline has no full stop: a name ends with its line)
        first = j == head.end_token
        place = place_at(doc, j)
        if place is not None:
            entry, after = place
            words.extend(readings(t))  # "(لل)أمم المتحدة" is a place of its own, and a body of many states
            if entry.form != "demonym":
                if definite_head and first or spec.named_by == "words" or not first and starts_with_waw(t):
                    break  # "مجلس التعاون والولايات المتحدة": "و" joins the country to the body, not to its name
                countries.append(entry.country)
                j, naming = after, naming + 1
                if spec.named_by == "country":
                    break  # "سفارة الولايات المتحدة": the country is the whole name
                continue
            if first and not (definite_head and is_definite(t.norm)):
                break  # "شركة أمريكية" is no name
            countries.append(entry.country)
            j = after
            if spec.named_by == "country":
                naming += 1
                break  # "السفارة الأمريكية"
            if first:
                continue  # "الوكالة الفرنسية للتنمية": the naming words follow
            naming += 1
            joint = place_at(doc, j) if j < limit else None
            if joint is not None and joint[0].form == "demonym":
                countries.append(joint[0].country)  # "مجلس الأعمال السعودي الأمريكي"
                j = joint[1]
            break
        if first and (lex.honorifics.match_at(doc, j) is not None or definite_head and not is_definite(t.norm)
                      or spec.named_by == "words" and lex.heads.match_at(doc, j) is not None):
            break
        if not first and _opens_other_name(doc, lex, j):
            break
        if in_office and naming and _office_field_at(lex, t.norm):
            break  # "وكيل وزارة الشؤون الإسلامية لشؤون المساجد": the field is the office's, not the body's
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
        joined = first or word != t.norm  # right after the head, or after its "ل"/"و"
        if not word.startswith("ي") and definite_at(j + 1) and word not in lex.stopwords and joined \
                and place_at(doc, j + 1) is None:  # "وكالة بلومبرغ الأمريكية": a country adjective, no construct
            naming += 1
            words.append(word)
            j += 2  # a construct: "تشجيع الاستثمار"
            continue
        if not first and word.startswith("ل") and not is_definite(word) and purpose_object_at(j + 1):
            naming += 1  # its purpose and a name closing the phrase: "التحالف الدولي لمحاربة داعش"
            words.append(word[1:])
            j += 2
            break
        # Words in construct up to a country ("غرفة تجارة وصناعة البحرين"), or a foreign name
        # up to its country adjective ("شركة توتال إنرجيز الفرنسية").
        k = j
        while k < limit and k - j < 3 and plain_word_at(k):
            k += 1
        demonym = place_at(doc, k) if k < limit and k > j and definite_at(k) else None
        foreign = k > j and all(looks_transliterated(doc, lex, x) for x in range(j, k))
        if k > j and (country_name_at(k) or demonym is not None and demonym[0].form == "demonym" and foreign
                      or feminine_head and foreign):  # "صحيفة وول ستريت جورنال", "منظمة هيومن رايتس ووتش"
            naming += 1
            j = k
            if foreign and not country_name_at(k) and demonym is None:
                break  # "شركة شيفرون لاستكشاف الحقول": what follows a foreign name is what the body does
            continue
        break
    if naming < (2 if spec.named_by == "words" else 1):
        return None  # "حكومة البلدين", "حكومة الكاظمي" are no names; "حكومة الوفاق الوطني" is
    country = countries[0] if len(set(countries)) == 1 else None
    stateless = len(set(countries)) > 1 or any(w in lex.international_nouns for w in words) \
        or not countries and any(w in lex.international_adjectives for w in words)
    return j, None if stateless else country, stateless


def _in_an_office(doc: Doc, lex: Lexicon, first: int) -> bool:
    """The body at token `first` is named in an office ("وكيل وزارة ...", "وكيل محافظ الهيئة ...")."""
    return any(m is not None and m.end_token == first
               for m in (lex.heads.match_at(doc, k) for k in range(max(0, first - 2), first)))


def _office_field_at(lex: Lexicon, form: str) -> bool:
    """"ل" + a noun of an office's field: "لشؤون", "للعلاقات"."""
    if form.startswith("لل"):
        return "ال" + form[2:] in lex.office_fields
    return form.startswith("ل") and form[1:] in lex.office_fields


def acronym_mentions(doc: Doc, lex: Lexicon, found: list[OrgSpan], limit: int) -> list[OrgSpan]:
    """A body named in full and then by its acronym in brackets ("وكالة التعاون والتنسيق
    التركية (تيكا)"): the acronym there and wherever it is written later is the same body, and so
    is an agency's credit of that name in the dateline above ("الكويت - 8 نوفمبر (كونا)")."""
    toks = doc.tokens
    known = {o.start for o in found}
    credits = {fold(o.name): o for o in found if o.rule == "dateline"}
    out: list[OrgSpan] = []
    for o in found:
        k = doc.token_at(o.end - 1) + 1
        if not (k + 2 < limit and toks[k].norm == "(" and toks[k + 2].norm == ")" and toks[k + 1].is_word):
            continue
        form = toks[k + 1].norm
        if (credit := credits.get(form)) is not None:
            credit.body, credit.key, credit.country = o.body, o.key, o.country
        if toks[k + 1].start in known or form in lex.stopwords or form.isdigit() or len(form) < 2 \
                or place_at(doc, k + 1) is not None or _opens_other_name(doc, lex, k + 1):
            continue
        for i in range(k + 1, limit):
            for stripped, reading in clitic_readings(toks[i].norm):
                if reading == form and toks[i].start not in known:
                    start = doc.norm.span(toks[i].nstart + stripped, toks[i].nend)[0]
                    text = doc.text[start:toks[i].end]
                    out.append(OrgSpan(o.body, o.key, start, toks[i].end, text, text, i, o.country,
                                        "acronym", o.en_hint))
                    known.add(toks[i].start)
                    break
    return out


def _portfolio_office_country(doc: Doc, lex: Lexicon, o: OrgSpan, title_owner: dict[int, tuple[str, str | None]]
                              ) -> str | None:
    """The country of the nearest office of the ministry's portfolio before it in its sentence: "لويد
    أوستن وزير الدفاع الأمريكي، في مقر وزارة الدفاع" is the US ministry."""
    if o.body.family != "ministry":
        return None
    sentence = doc.sentence_of(doc.tokens[o.first_token].start)
    for k in range(o.first_token - 1, max(sentence.first_token, 1) - 1, -1):
        head = lex.heads.match_at(doc, k - 1)
        portfolio = lex.portfolios.match_at(doc, k, clitics=False) if head is not None and head.end_token == k else None
        if portfolio is not None and portfolio.payload[0].id == o.body.id:
            place = place_at(doc, portfolio.end_token) if portfolio.end_token < len(doc.tokens) else None
            owner = title_owner.get(k)
            return place[0].country if place is not None else owner[1] if owner else None  # the office's own country first
    return None


def _credit_to_named_agency(found: list[OrgSpan]) -> None:
    """An agency's story names the agency itself when it quotes what someone told it ("وقال ...
    لوكالة أنباء البحرين"): a credit of the dateline that nothing else names is the one news
    agency the story names in full, if it names one."""
    credits = [o for o in found if o.rule == "dateline" and o.body.id == fold(o.name)]  # not linked by an acronym
    agencies = {o.key: o for o in found if o.body.kind == "news_agency" and o.rule != "dateline"}
    if len(agencies) != 1:
        return
    agency = next(iter(agencies.values()))
    for credit in credits:
        credit.body, credit.key, credit.country = agency.body, agency.key, agency.country


MIN_SHORT_FORM_WORDS = 3  # "الصندوق الكويتي للتنمية"; "مجلس الأمن" may be another body than "مجلس الأمن الوطني"


def _short_forms_to_full(doc: Doc, found: list[OrgSpan]) -> None:
    """A body named in full and elsewhere without its last words ("الصندوق الكويتي للتنمية
    الاقتصادية العربية", "الصندوق الكويتي للتنمية الاقتصادية") is one body, when their countries agree."""
    named = [(o, fold(o.name).split()) for o in found if o.key[0] in ("named", "body")]
    for short, words in named:
        # two words do when the head has the article and the full name came first ("البنك الإسلامي
        # للتنمية" ... "البنك الإسلامي"): the writer shortens a name met before
        # or when only the country's adjective that named the full one is dropped ("جامعة ماكيريري الأوغندية")
        anaphoric = len(words) == 2 and words[0].startswith("ال")
        if len(words) < MIN_SHORT_FORM_WORDS - 1:
            continue
        full = next((o for o, longer in named if len(longer) > len(words) and longer[:len(words)] == words
                     and (len(words) >= MIN_SHORT_FORM_WORDS or o.start < short.start and (
                         anaphoric or len(longer) == len(words) + 1 and _ends_in_demonym(doc, o)))
                     and (o.country is None or short.country is None or o.country == short.country)), None)
        if full is not None:
            short.body, short.key, short.country = full.body, full.key, short.country or full.country


def _ends_in_demonym(doc: Doc, o: OrgSpan) -> bool:
    place = place_at(doc, doc.token_at(o.end - 1))
    return place is not None and place[0].form == "demonym"


def _org_name_en(o: OrgSpan, country: str | None) -> str | None:
    """The English name where the lexicon gives one; None for a body named only as written
    (resolution romanizes it), never the bare country name."""
    if not o.body.en:
        return None
    if o.body.family == "body":
        return o.body.en
    where = country_name_en(country) if country else ""
    if o.body.family == "ministry":
        if country == "US" and o.en_hint:
            return f"United States Department of {o.en_hint}"
        return f"{where} Ministry of {o.body.en}".strip()
    return f"{where} {o.body.en}".strip()


def org_entities(doc: Doc, lex: Lexicon, found: list[OrgSpan], title_owner: dict[int, tuple[str, str | None]],
                 parties: tuple[str | None, str | None], limit: int) -> list[LocalEntity]:
    """One organization per body and country; a body with no country of its own takes the
    country of the person whose title names it, of the side named in its sentence, or the
    document's Arab party."""
    orgs: dict[tuple, LocalEntity] = {}
    found = sorted(found + acronym_mentions(doc, lex, found, limit), key=lambda o: o.start)
    _credit_to_named_agency(found)
    _short_forms_to_full(doc, found)
    for a, b in zip(found, found[1:]):
        if a.key == b.key and a.country is None and doc.text[a.end:b.start].strip() == "(":
            a.country = b.country  # "وزارة الدفاع (البنتاغون)"
    for o in found:
        country = o.country
        if country is None and o.body.family != "body":
            owner = title_owner.get(o.first_token)
            country = owner[1] if owner else (_portfolio_office_country(doc, lex, o, title_owner)
                                              or side_in_sentence(doc, o.first_token, lex) or parties[0])
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
        if o.alias and o.alias != ent.name and o.alias not in ent.aliases:
            ent.aliases.append(o.alias)
        mention = Mention("org", o.start, o.end, o.text, fold(o.name), o.rule,
                          {"local_id": ent.local_id, "country": country, "name": o.name})
        ent.mentions.append(mention)
    return list(orgs.values())
