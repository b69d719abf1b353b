"""Organizations of English text: the shared gazetteer's bodies by their English names and
acronyms, a country's own bodies and embassies, and ministries by pattern ("Ministry of Finance of
Oman", "the State Department"), keyed like the Arabic ones so that both languages give one body."""
from __future__ import annotations

import re

from ...text.normalize import fold
from ..types import Mention
from .lexicon import EnglishLexicon
from .words import words

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
    for m in word_pattern(lex.seats).finditer(text):  # "the Pentagon": the ministry or office it stands for
        if in_spans(spans, m.start()):
            seat = lex.seats[m.group()]
            if "portfolio" in seat:
                body_id, en, us = lex.portfolios[seat["portfolio"]]
                name_en, kind = _ministry_name(seat["country"], en, us, "", lex), "ministry"
            else:
                body_id, name_en, kind = seat["id"], seat["en"], seat["kind"]
            found.append((Mention("org", m.start(), m.end(), m.group(), body_id, "en:seat"), body_id, name_en,
                          seat["country"], kind))
    cut = _cut_body(text, spans, lex)
    if cut is not None:
        found.append(cut)
    found.extend(_named_bodies(text, spans, lex))
    found.extend(_dateline_credits(text, spans))
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
    # "Ministry of Energy and Industry of Qatar": portfolios joined by "and" or a comma are one ministry's
    ministry = re.compile(rf"(?:(?P<adj>{adj})(?:[’']s)?\s+)?(?:(?P<head>Ministry|Department)\s+of\s+(?:the\s+)?(?P<p1>{port})"
                          rf"(?P<joined>(?:,?\s+and\s+(?:{port})|,\s+(?:{port})(?=,?\s+and\s))*)"
                          rf"|(?P<p2>{port})\s+(?P<head2>Ministry|Department))"
                          rf"(?:\s+of\s+(?:the\s+)?(?P<of>{adj}))?(?![\w\-])")
    home: str | None | object = _UNREAD
    for m in ministry.finditer(text):
        if not in_spans(spans, m.start()):
            continue
        head = m.group("head") or m.group("head2")
        code = adjectives.get(m.group("adj") or "") or adjectives.get(m.group("of") or "")
        written = m.group("p1") or m.group("p2")
        if code is None and head == "Department" and not (lex.portfolios[written][2] == "State" and written != "State"):
            code = "US"  # "the State Department", "Department of State": the US names its ministries so; it has
            # no "Department of Foreign Affairs" (the Philippines' and Australia's way)
        if code is None and head == "Ministry":
            code = home = _dateline_country(text, lex) if home is _UNREAD else home
        if code is None:
            continue
        body_id, en, us = lex.portfolios[m.group("p1") or m.group("p2")]
        joined = " ".join((m.group("joined") or "").split())
        name_en = _ministry_name(code, en, us, joined, lex)
        found.append((Mention("org", m.start(), m.end(), m.group(), body_id, "en:ministry"), body_id, name_en,
                      code, "ministry"))
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    kept: list = []
    for f in found:
        if not any(f[0].start < k[0].end and k[0].start < f[0].end for k in kept):
            kept.append(f)
    return kept


_UNREAD = object()
# a dateline opening a line: its city, then a colon, comma, bracket or dash ("DOHA:", "Muscat, May 2", "RIYADH --")
_DATELINE_CITY = re.compile(r"^[ \t]*(?P<city>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2})[ \t]*(?::|,|\(|--|[–—])",
                            re.MULTILINE)


def _dateline_country(text: str, lex: EnglishLexicon) -> str | None:
    """The country of the city a page is datelined from: a ministry it names with no country is that
    country's ("DOHA: ... the Ministry of Defense"), as a state's own press writes its ministries."""
    for m in _DATELINE_CITY.finditer(text, 0, min(len(text), _DATELINE_CHARS)):
        city = m.group("city").title()
        if city in lex.cities:
            return lex.cities[city]
    return None


_CAPITALIZED = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'\-]*)"

# An agency signing a dateline: a day's number, then its name in brackets and a dash ("KUWAIT CITY,
# Dec 14 (KUNA) --", "date 2023-07-20 (AGENPARL) –"). Datelines open a story.
_DATELINE_CREDIT = re.compile(r"\d[^()\n]{0,30}\((?P<credit>[A-Z]{2,12})\)\s*(?:--|[-–—])")
_DATELINE_CHARS = 400


def _dateline_credits(text: str, spans: list[Span]) -> list[tuple[Mention, str, str, str | None, str]]:
    """The news agency credited in the dateline of each English stretch, as written (the shared dev
    set's real reports keep it, see entities/outlets.py)."""
    out = []
    for start, end in spans:
        m = _DATELINE_CREDIT.search(text, start, min(end, start + _DATELINE_CHARS))
        if m is not None:
            credit = m.group("credit")
            out.append((Mention("org", m.start("credit"), m.end("credit"), credit, credit.lower(), "en:dateline"),
                        credit.lower(), credit, None, "news_agency"))
    return out


# "... and USAID" closing a body's complement: another body, named by its acronym
_SECOND_BODY = re.compile(r"[ \t]+and[ \t]+[A-Z]{2,}[a-zA-Z]*$")
# "... and Minister of Defence", "... and Foreign Minister": an office held besides, after a body's complement
_AND_OFFICE = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w\-]*[ \t]+)*?(?:Minister|Secretary|President|Ambassador|Envoy|"
                         r"Director|Chairman|Spokesperson|Spokesman)\b")
# after a body's head noun, its complement in lower case
_LOWER_COMPLEMENT = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[a-z]")


# a possessive written before a body's name ("Kuwait's", "Oman’s")
_POSSESSIVE = re.compile(r"(.+?)[’']s")


def _mechanism(left: list[str], name: str, lex: EnglishLexicon) -> bool:
    """The name is a dialogue's own mechanism, after the states holding it ("the Saudi-Kuwaiti Coordination
    Council", "the Joint Commission"): the dialogue, no organization (the dev set's convention)."""
    states = 0
    for w in left:
        if not all(part in lex.demonyms or part in lex.countries for part in w.split("-")):
            break
        states += 1
    rest = name.split(maxsplit=states)[-1] if states else name
    return words().dialogue_noun.fullmatch(rest) is not None


def _named_bodies(text: str, spans: list[Span], lex: EnglishLexicon) -> list[tuple[Mention, str, str, str | None, str]]:
    """Bodies no list names, by their head noun: capitalized words, the head, "of"/"for" and more
    capitalized words, an acronym in brackets ("the Kuwait Fund for Arab Economic Development",
    "the Export-Import Bank of the United States (EXIM)"); the acronym alone names it after."""
    heads = "|".join(re.escape(h) for h in sorted(lex.body_heads, key=len, reverse=True))
    word = _CAPITALIZED
    pattern = re.compile(rf"(?<![\w\-])(?P<left>(?:{word}[ \t]+(?:and[ \t]+(?={word}))?)*)(?P<head>{heads})(?![\w\-])"
                         rf"(?P<of>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{word}(?:[ \t]+(?:and[ \t]+)?{word})*)?"
                         rf"(?:[ \t]*\((?P<acronym>[A-Z][A-Za-z\-]{{1,9}})\))?")
    found, acronyms, pos = [], {}, 0
    while (m := pattern.search(text, pos)) is not None:
        pos = m.end()
        of = m.group("of") or ""
        second = _SECOND_BODY.search(of)  # "the Kuwait Fund for Arab Economic Development and USAID": two bodies
        of = of[:second.start()] if second else of
        office = _AND_OFFICE.search(of)  # "Vice President of the Council of Ministers and Minister of Defence"
        of = of[:office.start()] if office else of
        complement = of.split()
        if any(w in lex.body_heads for w in complement):
            pos = m.end("head")  # an organ of the body its complement names: that body is the one read
            continue
        if not of and _LOWER_COMPLEMENT.match(text, m.end("head")):
            continue  # "the US Agency for international development (USAID)": a name going on in lower case
        left = m.group("left").split()
        while left and (left[0] in lex.run_openers or any(w.endswith("-") for w in left)):
            left.pop(0)  # "(MENAFN- Kuwait News Agency": a credit line's prefix is no part of the name
        owner = _POSSESSIVE.fullmatch(left[0]) if left else None
        owner_country = _country_named([owner.group(1)], lex) if owner else None
        if owner_country:  # "Kuwait's Civil Service Commission": the body of the country that owns it
            left.pop(0)
        naming = left + [w for w in complement if w not in ("of", "for", "the", "and")]
        country = owner_country or _country_named(naming, lex)
        if not naming or not in_spans(spans, m.start("head")) \
                or m.group("head") in lex.state_heads and (_country_named(naming, lex, whole=True) or all(
                    w in lex.country_words for w in naming)):  # "the Government of the Kingdom of ...": a state's
            continue
        name = " ".join(left + [m.group("head")] + complement)
        if _mechanism(left, name, lex):
            continue
        start = m.start("head") - len(" ".join(left)) - (1 if left else 0)
        end = m.start("of") + len(of) if of else m.end("head")
        kind = lex.body_heads[m.group("head")]
        found.append((Mention("org", start, end, text[start:end], name, "en:named_body"), name, name, country, kind))
        if m.group("acronym"):
            acronyms[m.group("acronym")] = (name, country, kind)
    if acronyms:
        for m in word_pattern(acronyms).finditer(text):
            name, country, kind = acronyms[m.group()]
            if in_spans(spans, m.start()) and text[m.start() - 1:m.start()] != "(":
                found.append((Mention("org", m.start(), m.end(), m.group(), name, "en:named_body:acronym"),
                              name, name, country, kind))
    return found


def _country_named(words: list[str], lex: EnglishLexicon, whole: bool = False) -> str | None:
    """The country that a run of words names by a country's name or adjective ("Kuwait", "the
    United States", "Saudi"), or with `whole` the country they all are, else None."""
    names = {**lex.countries, **lex.demonyms}
    if whole:
        return names.get(" ".join(words))
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            code = names.get(" ".join(words[k:k + size]))
            if code:
                return code
    return None


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


def _ministry_name(code: str, en: str, us: str | None, joined: str, lex: EnglishLexicon) -> str:
    """The English name of a country's ministry of a portfolio (and the portfolios joined to it)."""
    if code == "US":
        return f"United States Department of {us or en}"
    return f"{_country_name(code, lex)} Ministry of {en}{' ' + joined if joined else ''}".replace(" ,", ",")


def _country_name(code: str, lex: EnglishLexicon) -> str:
    return next((name for name, c in lex.countries.items() if c == code and not name.startswith("the ")), code)
