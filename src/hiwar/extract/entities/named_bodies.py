"""Bodies named by a head noun and the words after it ("هيئة تنشيط السياحة", "سفارة الولايات
المتحدة", "شركة شيفرون"): where the naming words end, the body's country, and when such a body acts."""
from __future__ import annotations

from ...text.doc import Doc
from ...text.normalize import fold
from ..lexicon import Body, Lexicon
from ..places import place_at
from .org_spans import OrgSpan, Read, body_key, written_name
from .words import (NAME_CONNECTORS, common_noun_shape, is_definite, looks_transliterated, purpose_shape, readings,
                    starts_with_waw)


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


def opens_other_name(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Token k starts another organization, an office, an honorific or a person's name."""
    forms = readings(doc.tokens[k])
    return (any(f in lex.ministry_heads for f in forms) or lex.named_heads.match_at(doc, k) is not None
            or lex.bodies.match_at(doc, k) is not None or lex.heads.match_at(doc, k) is not None
            or lex.honorifics.match_at(doc, k) is not None
            or any(f in lex.given or f in lex.foreign_given for f in forms))


MAX_BODY_WORDS = 8


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
        purpose = purpose_shape(t.norm)  # "لتطوير": what the body does
        return (t.is_word and not is_definite(t.norm) and t.norm not in lex.stopwords and not t.norm.isdigit()
                and not t.norm.startswith("ي") and not purpose and place_at(doc, k) is None
                and not opens_other_name(doc, lex, k))

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
        if not first and opens_other_name(doc, lex, j) or t.norm.startswith("بال") and len(t.norm) > 4:
            break  # another name; "ب" + the article: where or how ("القيادة الفلسطينية بالانفتاح")
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
        if word in lex.region_nouns and j + 1 < limit and plain_word_at(j + 1):
            naming += 2  # "حكومة إقليم كوردستان": a region named in full names its own body
            words.append(word)
            j += 2
            state = place_at(doc, j) if country_name_at(j) else None
            if state is not None:  # and its state: "حكومة إقليم كردستان العراق"
                countries.append(state[0].country)
                j = state[1]
            break
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
        if first and k == j + 2 and definite_at(k) and place_at(doc, k) is None \
                and not toks[j + 1].norm.startswith(("ب", "ل", "ك")) and not doc.text[t.start:t.end].endswith("ه"):
            naming += 1  # a name in construct right after the head: "حركة عصائب أهل الحق"
            words.append(toks[k].norm)
            j = k + 1
            continue
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
