"""Bodies named without a head noun of their own: names in quotes after a noun of their sort
('الحركتين المسلحتين "الشباب" و"بوكو حرام"', 'صحيفة «الغد»'), outlets in byline lines
("صحيفة الغد - متابعات"), sites crediting themselves ("حصريا على أخبار الخليج اليوم") and news
agencies signing a dateline ("مسقط في 15 نوفمبر /العمانية/").

An agency credited in a dateline is an organization of the report, as the shared record's real
reports have it (../shared/eval/dev/NOTES.md keeps "كونا" of two datelines, and every outlet a
page names in its bylines and headers): the page says who wrote the story, as it would in a
sentence ("قال لوكالة الأنباء الكويتية")."""
from __future__ import annotations

import re

from ...text.doc import Doc
from ...text.normalize import fold
from ..lexicon import Body, Lexicon
from ..places import place_at
from .org_spans import OrgSpan
from .words import common_noun_shape, is_definite, line_tokens

QUOTE = '"'  # every quotation mark folds to it
MAX_QUOTED_TOKENS = 5
MAX_OUTLET_TOKENS = 4
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9'&.-]*$")


def _is_latin(doc: Doc, k: int) -> bool:
    return bool(_LATIN.match(doc.tokens[k].norm))


def _outlet(doc: Doc, first: int, end: int, kind: str, rule: str, country: str | None = None) -> OrgSpan:
    start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
    name = doc.text[start:stop]
    return OrgSpan(Body(fold(name), "", country, kind, "body"), ("named", fold(name)), start, stop, name, name,
                   first, country, rule)


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


CREDIT_MARKS = {"(": ")", "/": "/"}
_MAX_CREDIT_WORDS = 3  # "أ ش أ"
_DATELINE_CHARS = 600  # a dateline opens the story (after a headline, maybe run into it)
DATELINE_REACH = 8  # tokens from a dateline's day to its credit: "30 يناير 2022 /قنا/"


def dateline_credits(doc: Doc, lex: Lexicon, limit: int) -> list[OrgSpan]:
    """News agencies signing a story: a listed agency's short credit in brackets or slashes, or
    after a dash closing its line ("/بنا/", "(ومع)", "واشنطن - أ ش أ"), wherever it is; and in a
    dateline (a day's number a few tokens before it, near the top) any short name in brackets or
    slashes, as written ("الكويت - 10 - 2 (كونا) --"), when the gazetteer does not list it."""
    toks = doc.tokens
    out: list[OrgSpan] = []
    for k, m in lex.agency_credits.index(doc, clitics=False).at.items():
        if k < limit and (_enclosed(doc, k - 1, limit) == m.end_token or _closes_dashed_line(doc, k, m.end_token)):
            body, credit = m.payload
            text = doc.text[m.start:m.end]
            out.append(OrgSpan(body, ("body", body.id), m.start, m.end, text, text, k, body.country,
                               "credit:" + fold(credit)))
    top = min(limit, doc.token_at(min(_DATELINE_CHARS, len(doc.text) - 1)) + 1) if doc.tokens else 0
    for k in range(1, top):
        end = _enclosed(doc, k, limit)
        if end is None or any(t.start == toks[k + 1].start for t in out) or _month_gloss(doc, k + 1, end):
            continue
        place = place_at(doc, k + 1)
        country = _agency_adjective(doc, k + 1, end, place)
        if place is not None and country is None:
            continue
        line_start = doc.text.rfind("\n", 0, toks[k].start) + 1
        day = any(toks[d].norm.isdigit() and toks[d].start >= line_start for d in range(max(0, k - DATELINE_REACH), k))
        # A dateline opens with its place, or (run into the headline before it) is closed by a dash.
        opens = place_at(doc, doc.token_at(line_start)) is not None or end + 1 < limit and toks[end + 1].norm == "-"
        if day and opens:
            out.append(_outlet(doc, k + 1, end, "news_agency", "dateline", country))
    for line in line_tokens(doc, top):
        credit = _closing_credit(doc, lex, line)
        if credit is not None and not any(line[0] <= t.first_token <= line[-1] for t in out):  # one credit a line
            out.append(_outlet(doc, *credit, "news_agency", "dateline"))
    return out


MAX_DATELINE_TOKENS = 16
ERA_MARK = "م"  # after a year: "07 يونيو 2023 م واس"


def _closing_credit(doc: Doc, lex: Lexicon, line: list[int]) -> tuple[int, int] | None:
    """(first, end) of the credit closing a dateline line of its own: a place opens the line, and
    an acronym after a dash or after a year's era mark closes it ("بغداد – واع", "واشنطن - أ ش أ",
    "الرياض 18 ذو القعدة 1444 هـ الموافق 07 يونيو 2023 م واس"); a writer's name is no credit."""
    toks = doc.tokens
    if len(line) > MAX_DATELINE_TOKENS or place_at(doc, line[0]) is None:
        return None
    first = line[-1]
    while first > line[0] and line[-1] - first < _MAX_CREDIT_WORDS and toks[first - 1].is_word \
            and toks[first - 1].norm != ERA_MARK and not toks[first - 1].norm.isdigit():
        first -= 1
    mark = toks[first - 1].norm if first > line[0] else ""
    words = range(first, line[-1] + 1)
    if mark not in ("-", ERA_MARK) or not all(toks[k].is_word and not toks[k].norm.isdigit() for k in words):
        return None
    word = toks[first].norm
    acronym = (len(words) == 1 and not is_definite(word) and not common_noun_shape(doc, first) and not word.endswith("ات")
               or all(len(toks[k].norm) == 1 for k in words))  # "قطر - مباحثات" is a headline
    if not acronym or place_at(doc, first) is not None or toks[first].norm in lex.given \
            or lex.heads.match_at(doc, first):
        return None  # "الرياض - اختتام الحوار" is a headline
    return first, line[-1] + 1


def _agency_adjective(doc: Doc, k: int, end: int, place) -> str | None:
    """The country of a credit that is its feminine adjective alone ("/العُمانية/": the Omani
    agency), else None."""
    word = doc.tokens[k].norm
    if place is None or place[0].form != "demonym" or place[1] != end or not is_definite(word) \
            or not word.endswith("يه"):
        return None
    return place[0].country


def _month_gloss(doc: Doc, first: int, end: int) -> bool:
    """The words in brackets are a month's name: the other calendar's name of the month before them
    ("17 تشرين الثاني (نوفمبر) 2022"), no agency's credit."""
    # imported here: the dates package reads the entities' office holders when it loads
    from ..dates.lexicon import lexicon as date_lexicon
    return " ".join(t.norm for t in doc.tokens[first:end]) in date_lexicon().gregorian


def _enclosed(doc: Doc, k: int, limit: int) -> int | None:
    """The end token of the words that the mark at token k opens and its twin closes ("/ وام /"):
    one to three words, no number."""
    close = CREDIT_MARKS.get(doc.tokens[k].norm) if 0 <= k < limit else None
    if close is None:
        return None
    end = k + 1
    while end < limit and end - k <= _MAX_CREDIT_WORDS and doc.tokens[end].is_word and not doc.tokens[end].norm.isdigit():
        end += 1
    return end if k + 1 < end < limit and doc.tokens[end].norm == close else None


def _closes_dashed_line(doc: Doc, k: int, end: int) -> bool:
    """Tokens k..end close their line, after a dash: "واشنطن - أ ش أ"."""
    toks = doc.tokens
    line_end = doc.text.find("\n", toks[end - 1].end)
    return (k > 0 and toks[k - 1].norm == "-"
            and (end == len(toks) or line_end != -1 and toks[end].start > line_end))
