"""Whose is a person or a body: the parties of the document, the sides named in a sentence,
the country a title names, the origin of a name."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...text.doc import Doc
from ..lexicon import Lexicon, lexicon
from ..places import is_arab, of_the_country, place_at, place_matcher
from ..types import Mention
from .names import name_tokens
from .words import is_definite, readings

# Weight of each way of knowing a person's country (resolution votes with them).
# "international": an office in a body of many states ("الأمين العام لجامعة الدول العربية") is of no country.
COUNTRY_RULES = {"international": 5, "title": 4, "gazetteer": 3, "side": 2, "origin": 1}

NO_SIDE = frozenset({"UN"})  # a region code of the place names ("للأمم المتحدة"), never a state's side


def doc_parties(places: list[Mention]) -> tuple[str | None, str | None]:
    """The most-mentioned Arab country and the most-mentioned other country (not the UN)."""
    counts = Counter(p.attrs["country"] for p in places if p.attrs["country"] not in NO_SIDE)
    arab = [c for c, _ in counts.most_common() if is_arab(c)]
    other = [c for c, _ in counts.most_common() if not is_arab(c)]
    return (arab[0] if arab else None), (other[0] if other else None)


def opposite(country: str, parties: tuple[str | None, str | None]) -> str | None:
    arab, other = parties
    return other if is_arab(country) else arab


SIDE_WORDS = {"الجانب", "الوفد", "الطرف", "وفد"}  # "وفد الكويت": the delegation of Kuwait


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
        body = lexicon().agents_only.match_at(doc, k) or party_at(doc, k)
        if body is not None and body.end_token <= end and body.payload[0].country \
                and (k == first or doc.tokens[k - 1].norm != "لدي"):
            # "المتحدثة باسم البيت الأبيض", "الأمين العام لحزب الله": the body's country, not where it is posted
            own = own or body.payload[0].country
            k = body.end_token
            continue
        place = place_at(doc, k) if not of_the_country(doc, k) else None
        if place is not None:
            # "السفير ... لدى الدوحة", "المبعوث ... إلى اليمن": the country he is sent to, not his own
            before_at = k - 1
            if before_at > first and doc.tokens[before_at].norm in lexicon().state_nouns:
                before_at -= 1  # "لدى جمهورية السلفادور": the preposition before the state's noun
            before = doc.tokens[before_at].norm if k > first else ""
            # "سفيرة المملكة في واشنطن", "القائم بأعمال السفارة في مملكة البحرين"
            posted = before == "في" and place[0].form in ("city", "country") \
                and any(f in lexicon().posted for f in readings(doc.tokens[first]))
            after_lada = before == "لدي" or before in lexicon().envoy_prepositions or posted
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
    if across is None:
        return movement_named_before(doc, first, end)
    if across in parties:
        return opposite(across, parties)
    return parties[0]  # posted to a third country ("السفير لدى تشاد"): one of the page's own


def party_at(doc: Doc, k: int):
    """A known party, movement or armed body of one country named at token k ("حزب الله", "حركة حماس",
    "هيئة الحشد الشعبي"); not a legislature or ministry, whose names other states' bodies share
    ("مجلس الشيوخ" is Egypt's as well as the United States')."""
    body = lexicon().bodies.match_at(doc, k)
    return body if body is not None and body.payload[0].kind in ("other", "armed_forces") else None


def movement_named_before(doc: Doc, first: int, end: int) -> str | None:
    """The country of the known body that an office names back by its noun with the article ("عضو
    المكتب السياسي للحركة" after "حركة حماس"): the last one of that noun named before the office."""
    lex = lexicon()
    nouns = {f[2:] for k in range(first, end) for f in readings(doc.tokens[k])
             if is_definite(f) and f[2:] in lex.movement_nouns}
    if not nouns:
        return None
    for b in range(first - 1, -1, -1):
        body = lex.bodies.match_at(doc, b)
        if body is not None and body.payload[0].country and nouns & set(readings(doc.tokens[b])):
            return body.payload[0].country
    return None


def in_body_of_states(doc: Doc, span: tuple[int, int, bool], lex: Lexicon) -> bool:
    """The office at `span` is held in a body of many states: a word of `international_nouns`
    ("دول", "الأمم") or a known body of many states is in it ("الأمين العام لمجلس التعاون لدول الخليج
    العربية", "رئيس البنك الدولي"); not in what it
    deals with ("مساعد الوزير لشؤون الدول الأفريقية") nor where it is posted ("مندوب الكويت
    الدائم لدى الأمم المتحدة" is Kuwait's)."""
    first, end, _ = span
    for k in range(first, end):
        forms = readings(doc.tokens[k])
        if "لدي" in forms:
            return False
        if any(f in lex.international_nouns for f in forms) \
                and not any(f in lex.subject_nouns for f in readings(doc.tokens[k - 1])):
            return True
        if world_body_at(doc, k, lex):
            return True  # "رئيس البنك الدولي", "الأمين العام المساعد للجامعة العربية"
    return False


def world_body_at(doc: Doc, k: int, lex: Lexicon) -> bool:
    """A known body of many states, of no country, is named at token k; not one whose name holds
    a place with a code of its own ("الاتحاد الأوروبي", "المفوضية الأوروبية": the EU's)."""
    body = lex.bodies.match_at(doc, k)
    return (body is not None and body.payload[0].kind == "international" and body.payload[0].country is None
            and not any(place_at(doc, t) is not None for t in range(k, body.end_token)))


def name_origin(written: str, lex: Lexicon) -> str | None:
    """"arab" or "foreign" by the name's words; "إلدون" and "ألفاريز" carry no article."""
    forms = name_tokens(written)
    if not forms:
        return None
    # the article as written; not a regnal number ("الملك تشارلز الثالث")
    articles = [is_definite(f) and not w.startswith(("إل", "أل")) and f not in lex.regnal_numbers
                for f, w in zip(forms, written.split())]
    if forms[0] in lex.given or any(articles) or any(f in ("بن", "ال") or f.startswith("عبد") for f in forms):
        return "arab"
    if forms[0] in lex.foreign_given or any(f.startswith("ال") for f in forms):
        return "foreign"
    return None


@lru_cache(maxsize=1 << 12)  # titles repeat within and across documents; a Doc of each is made once
def office_key(title: str) -> str:
    """A title without its country words: variants that differ only there are one office."""
    doc = Doc(title)
    drop = {t for m in place_matcher().find_all(doc) for t in range(m.first_token, m.end_token)}
    words = [t.norm for t in doc.tokens if t.i not in drop and t.norm not in ("البلاد", "لدي")]
    return " ".join(w[2:] if w.startswith("ال") else w for w in words).replace("ه ", " ").rstrip("ه")

