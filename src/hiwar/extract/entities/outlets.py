"""Bodies named without a head noun of their own: names in quotes after a noun of their sort
('الحركتين المسلحتين "الشباب" و"بوكو حرام"', 'صحيفة «الغد»'), outlets in byline lines
("صحيفة الغد - متابعات") and sites crediting themselves ("حصريا على أخبار الخليج اليوم")."""
from __future__ import annotations

import re

from ...text.doc import Doc
from ...text.normalize import fold
from ..lexicon import Body, Lexicon
from ..places import place_at
from .bodies import OrgSpan
from .words import line_tokens

QUOTE = '"'  # every quotation mark folds to it
MAX_QUOTED_TOKENS = 5
MAX_OUTLET_TOKENS = 4
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9'&.-]*$")


def _is_latin(doc: Doc, k: int) -> bool:
    return bool(_LATIN.match(doc.tokens[k].norm))


def _outlet(doc: Doc, first: int, end: int, kind: str, rule: str) -> OrgSpan:
    start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
    name = doc.text[start:stop]
    return OrgSpan(Body(fold(name), "", None, kind, "body"), ("named", fold(name)), start, stop, name, name,
                   first, None, rule)


def _quoted_run(doc: Doc, k: int, limit: int) -> tuple[int, int, int] | None:
    """(first, end, next) of the name at token k: words inside quotes, or a run of Latin words
    after an opening quote that is never closed ("” Foreign Affairs مقال")."""
    toks = doc.tokens
    if k >= limit:
        return None
    opened = toks[k].norm == QUOTE
    first = k + 1 if opened else k
    end = first
    while end < limit and end - first < MAX_QUOTED_TOKENS and toks[end].norm != QUOTE and toks[end].is_word:
        end += 1
    if opened and end < limit and toks[end].norm == QUOTE and end > first:
        return first, end, end + 1
    latin_end = first
    while latin_end < limit and _is_latin(doc, latin_end) and latin_end - first < MAX_QUOTED_TOKENS:
        latin_end += 1
    return (first, latin_end, latin_end) if latin_end > first else None


def _describes(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Token k is an adjective or a common word, not a name: 'الجماعات "المتطرفة"'."""
    form = doc.tokens[k].norm
    return form in lex.quoted_name_adjectives or form in lex.generic_complements or form in lex.stopwords


def quoted_bodies(doc: Doc, lex: Lexicon, limit: int) -> list[OrgSpan]:
    """Names in quotes (or Latin letters) after a noun of their sort and its adjectives; "و"
    joins more of them. Names that the gazetteer knows are left to it."""
    toks = doc.tokens
    out: list[OrgSpan] = []
    heads = lex.quoted_name_heads.index(doc)
    i = 0
    for start in heads.starts:  # the tokens where a head noun starts; reading goes on after each name read
        if start < i:
            continue
        if start >= limit:
            break
        i, head = start, heads.at[start]
        k = head.end_token
        while k < limit and (toks[k].norm in lex.quoted_name_adjectives
                             or (place := place_at(doc, k)) is not None and place[0].form == "demonym"):
            k = place_at(doc, k)[1] if toks[k].norm not in lex.quoted_name_adjectives else k + 1
        run = _quoted_run(doc, k, limit)
        while run is not None:
            first, end, k = run
            if lex.bodies.match_at(doc, first) is None and place_at(doc, first) is None \
                    and not all(_describes(doc, lex, x) for x in range(first, end)):
                out.append(_outlet(doc, first, end, head.payload, "quoted:" + fold(head.text)))
            if not (k < limit and toks[k].norm == "و" and k + 1 < limit and toks[k + 1].norm == QUOTE):
                break
            run = _quoted_run(doc, k + 1, limit)
        i = max(k, i + 1)
    return out


def _words(doc: Doc, line: list[int]) -> list[int]:
    return [k for k in line if doc.tokens[k].is_word]


def byline_outlets(doc: Doc, lex: Lexicon, limit: int) -> list[OrgSpan]:
    """The outlet of a byline line "OUTLET - SOURCE" or "«OUTLET» SOURCE:", where SOURCE is a
    word like "وكالات", and the site of a line-final credit "حصريا على SITE"."""
    out: list[OrgSpan] = []
    sources = lex.byline_sources.index(doc, clitics=False).at
    credits = lex.outlet_credits.index(doc, clitics=False).at
    for line in line_tokens(doc, limit):
        if not any(k in sources or k in credits for k in line):
            continue  # neither a source word nor a credit: no byline
        words = _words(doc, line)
        for k in words:
            source = sources.get(k)
            if source is None or _words(doc, [t for t in line if t >= source.end_token]):
                continue  # the source words close the line
            named = [t for t in words if t < k]
            if 0 < len(named) <= MAX_OUTLET_TOKENS and named == words[:len(named)] \
                    and lex.bodies.match_at(doc, named[0]) is None:
                out.append(_outlet(doc, named[0], named[-1] + 1, "news_agency", "byline"))
            break
        for k in words:
            credit = credits.get(k)
            if credit is None:
                continue
            site = [t for t in line if t >= credit.end_token and doc.tokens[t].norm not in (":", "-")]
            if 0 < len(site) <= MAX_OUTLET_TOKENS and all(doc.tokens[t].is_word for t in site) \
                    and lex.bodies.match_at(doc, site[0]) is None and lex.byline_sources.match_at(doc, site[0]) is None:
                out.append(_outlet(doc, site[0], site[-1] + 1, "news_agency", "credit"))
            break
    return out
