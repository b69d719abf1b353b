"""Ministries in running text: "وزارة" and its portfolios with the country they belong to, a
portfolio standing alone for its ministry ("الخارجية الأمريكية"), and ministries named without "وزارة"."""
from __future__ import annotations

from ...text.doc import Doc
from ...text.normalize import fold
from ..lexicon import Lexicon
from ..places import place_at
from .named_bodies import opens_other_name
from .org_spans import OrgSpan, Read, clitic_start
from .words import is_definite, readings, starts_with_waw


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
    start = clitic_start(doc, i, head)
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
    if j >= limit or not starts_with_waw(toks[j]) or not is_definite(toks[j].norm[1:]) or opens_other_name(doc, lex, j):
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


def ministry_name_at(doc: Doc, lex: Lexicon, i: int, limit: int, found: list[OrgSpan]) -> Read:
    """A ministry named without "وزارة" ("البنتاغون")."""
    m = lex.ministry_names.match_at(doc, i)
    if m is None:
        return None
    body, variant, us, country = m.payload
    name = doc.text[m.start:m.end]
    return [OrgSpan(body, ("ministry", body.id), m.start, m.end, name, name, i, country,
                    "ministry:" + fold(variant), us)], m.end_token
