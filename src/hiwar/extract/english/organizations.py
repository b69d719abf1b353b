"""Organizations of English text: the shared gazetteer's bodies by their English names and
acronyms, a country's own bodies and embassies, and ministries by pattern ("Ministry of Finance of
Oman", "the State Department"), keyed like the Arabic ones so that both languages give one body."""
from __future__ import annotations

import re

from ..types import Mention
from .lexicon import EnglishLexicon

Span = tuple[int, int]


def in_spans(spans: list[Span], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def word_pattern(names, hyphen_joins: bool = True) -> re.Pattern:
    """Any of the names as whole words; a hyphen joins words for bodies ("Ex-Im"), not for places
    ("the U.S.-Qatar Strategic Dialogue" names both countries)."""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    edge = r"\w\-" if hyphen_joins else r"\w"
    return re.compile(rf"(?<![{edge}])(?:{alts})(?![{edge}])")


def find_organizations(text: str, spans: list[Span], lex: EnglishLexicon) -> list[tuple[Mention, str, str, str | None, str]]:
    """(mention, id, name_en, country, kind) for each body named."""
    found = []
    for m in word_pattern(lex.bodies).finditer(text):
        if in_spans(spans, m.start()):
            b = lex.bodies[m.group()]
            found.append((Mention("org", m.start(), m.end(), m.group(), b.id, "en:body"), b.id, b.en, b.country, b.kind))
    cut = _cut_body(text, spans, lex)
    if cut is not None:
        found.append(cut)
    adjectives = {**lex.demonyms, **lex.countries}
    adj = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    port = "|".join(re.escape(p) for p in sorted(lex.portfolios, key=len, reverse=True))
    national = "|".join(re.escape(n) for n in sorted(lex.national_bodies, key=len, reverse=True))
    own = re.compile(rf"(?<![\w\-])(?P<adj>{adj})(?:[’']s)?\s+(?:(?P<body>{national})|(?P<embassy>Embassy))(?![\w\-])")
    for m in own.finditer(text):  # "the Kuwaiti National Assembly", "the U.S. Embassy"
        if not in_spans(spans, m.start()):
            continue
        code = adjectives[m.group("adj")]
        country = _country_name(code, lex)
        if m.group("body"):
            b = lex.national_bodies[m.group("body")]
            body_id, name_en, kind = b.id, f"{country} {b.en}", b.kind
        else:
            body_id, name_en, kind = "embassy", f"Embassy of {country}", "other"
        found.append((Mention("org", m.start(), m.end(), m.group(), body_id, "en:national_body"), body_id, name_en,
                      code, kind))
    ministry = re.compile(rf"(?:(?P<adj>{adj})(?:[’']s)?\s+)?(?:(?P<head>Ministry|Department)\s+of\s+(?:the\s+)?(?P<p1>{port})"
                          rf"|(?P<p2>{port})\s+(?P<head2>Ministry|Department))"
                          rf"(?:\s+of\s+(?:the\s+)?(?P<of>{adj}))?(?![\w\-])")
    for m in ministry.finditer(text):
        if not in_spans(spans, m.start()):
            continue
        head = m.group("head") or m.group("head2")
        code = adjectives.get(m.group("adj") or "") or adjectives.get(m.group("of") or "")
        if code is None and head == "Department":
            code = "US"  # "the State Department", "Department of State": the US names its ministries so
        if code is None:
            continue
        body_id, en, us = lex.portfolios[m.group("p1") or m.group("p2")]
        name_en = f"United States Department of {us or en}" if code == "US" else \
            f"{_country_name(code, lex)} Ministry of {en}"
        found.append((Mention("org", m.start(), m.end(), m.group(), body_id, "en:ministry"), body_id, name_en,
                      code, "ministry"))
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    kept: list = []
    for f in found:
        if not any(f[0].start < k[0].end and k[0].start < f[0].end for k in kept):
            kept.append(f)
    return kept


def _cut_body(text: str, spans: list[Span], lex: EnglishLexicon):
    """A body named in the last words of a page cut short ("... the United States Agency for
    International De"): the written start of a long name stands for it."""
    tail = re.search(r"(?:[A-Z][\w\-]*|of|for|and|the)(?:\s+(?:[A-Z][\w\-]*|of|for|and|the))*\s*$", text)
    if tail is None or not in_spans(spans, tail.start()):
        return None
    written = tail.group().rstrip()
    for k in range(tail.start(), tail.end()):
        part = text[k:tail.start() + len(written)]
        if (k == tail.start() or text[k - 1] == " ") and len(part.split()) >= 4:
            body = next((lex.bodies[n] for n in lex.bodies if n.startswith(part) and n != part), None)
            if body is not None:
                return (Mention("org", k, k + len(part), part, body.id, "en:body:cut"), body.id, body.en,
                        body.country, body.kind)
    return None


def _country_name(code: str, lex: EnglishLexicon) -> str:
    return next((name for name, c in lex.countries.items() if c == code and not name.startswith("the ")), code)
