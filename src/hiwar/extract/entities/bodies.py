"""Organizations in running text: ministries, national bodies, gazetteer bodies, bodies named
by a head noun and their naming words, and acronyms: the readers, and the loop that asks them."""
from __future__ import annotations

from functools import partial

from ...text.doc import Doc
from ...text.matcher import word_positions
from ...text.normalize import fold
from ..lexicon import Body, Lexicon
from ..places import place_at
from .ministries import bare_ministry_at, ministry_at, ministry_name_at
from .named_bodies import opens_other_name, acts, named_body_at
from .org_spans import OrgSpan, Read, clitic_start, body_key, written_name
from .words import looks_transliterated, read_left_to_right, readings, starts_with_waw


def find_orgs(doc: Doc, lex: Lexicon, limit: int) -> list[OrgSpan]:
    """Bodies in running text, read left to right; at each token the first reader that knows
    the words there wins."""
    found: list[OrgSpan] = []
    return read_left_to_right(limit, [partial(r, doc, lex, limit=limit, found=found) for r in READERS], found,
                              reading_starts(doc, lex))


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
                and (end == k or not starts_with_waw(toks[end])) and not opens_other_name(doc, lex, end):
            end += 1
        if end == k:
            break
        start = clitic_start(doc, k, toks[k].norm[1:]) if joined else toks[k].start
        name = doc.text[start:toks[end - 1].end]
        body = Body(body_key(name), "", None, kind, "body")  # a foreign name: no side of the report is its country
        out.append(OrgSpan(body, ("named", body.id), start, toks[end - 1].end, name, name, first, None,
                           "listed:" + fold(m.text)))
        k = end
    return (out, k) if out else None


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
    for found in word_positions(doc).values():  # a word's forms kept across texts (`readings`)
        if not lex.ministry_heads.isdisjoint(readings(doc.tokens[found[0]])):
            starts.update(found)
    return sorted(starts)
