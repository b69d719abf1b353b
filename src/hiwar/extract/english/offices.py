"""The offices written around an English name: before it ("Secretary of State X", "Kuwait's Foreign Minister
X", "foreign minister X", "his Omani counterpart, X"), after it (", the Under Secretary for ..."), and the
country an office names or serves in.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import EnglishLexicon, load

# (", the Crown Prince and Prime Minister of ...", ", High Representative of the European Union for ...")
_APPOSED_OFFICE = re.compile(r",\s+(?:the\s+)?(?P<title>(?!and\b)(?:(?:[A-Z][\w\-]*|and)\s+)*?(?:Under[ \-]Secretary|Secretary|"
                             r"Minister|President|Ambassador|Spokesperson|Director|Chairman|Chair|Envoy|Crown Prince|"
                             r"Representative|Commissioner|[Hh]ead\s+of)[^,.;\n]*)")  # not across a paragraph
_LOWER_OFFICE = re.compile(r"(?P<title>(?:[\w.\-]+[ \t]+){0,3}?(?P<head>[a-z]+)(?:[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?"
                           r"[A-Z][\w.\-]*)?)[ \t]+$")
# ", the Qatari minister of foreign affairs," after a name: a country's adjective, a lower-case office and what it is
# of, whose lower-case words may close on a list ("for foreign, commonwealth, and development affairs")
_APPOSED_LOWER = re.compile(r",\s+(?:the\s+)?(?P<title>(?P<adj>[A-Z][\w\-]*)\s+(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+)"
                            r"(?:\s+(?:of|for|to|on)(?:\s+the)?(?:\s+(?!and\b)(?:[a-z]+|[A-Z][\w\-]*))+"
                            r"(?:(?:,\s+[a-z]+(?:\s+[a-z]+)*)*,?\s+and\s+[a-z]+(?:\s+[a-z]+)*)?)?)(?=\s*[,.;)])")
# ", assistant foreign minister and ...", ", under secretary of state for political affairs," after a name: a lower-case office with no country before it, whose words
# before its head are words of offices
_APPOSED_BARE = re.compile(r",\s+(?:the\s+)?(?P<title>(?:[a-z\-]+\s+){0,3}?(?P<head>[a-z]+)"
                           r"(?:\s+(?:of|for)(?:\s+(?!(?:who|which|that|and|said|says)\b)[a-z]+){1,5})?)"
                           r"(?=\s*[,.;)]|\s+(?:and|of|for|at|in)\s)")
# an office held at a body named next ("Under-Secretary of State at the ...", "Coordinator for X within the ...")
_OFFICE_AT = re.compile(r"\b(?P<office>[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|for|on|and|the))*?)\s+(?:at|within|in)\s+"
                        r"(?:the\s+)?$")
# in a title, what comes before a country it serves in or deals with, not its own ("Ambassador to the United States")
_POSTED_TO = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")
_OF_CHAIN = re.compile(r"((?:[A-Z][\w.\-]*[ \t]+)+(?:of|for|on)[ \t]+(?:the[ \t]+)?)$")


def strip_title(tokens: list[tuple[str, int, int]], lex: EnglishLexicon) -> tuple[int, bool, bool, str | None]:
    """How many leading tokens are office words, honorifics or country adjectives; whether an
    office and an honorific were among them; the country an adjective gave."""
    i, office, honorific, country = 0, False, False, None
    personal = False  # after "Dr", "Mr": a given name begins the name
    while i < len(tokens):
        rest = " ".join(t for t, _, _ in tokens[i:])
        hon = next((h for h in lex.honorifics if rest == h or rest.startswith(h + " ")), None)
        word = tokens[i][0]
        if hon:
            i += len(hon.split())
            honorific, personal = True, hon in lex.personal_honorifics
        elif (word in lex.office_words or word.rstrip(".") in lex.office_words) and not (
                word in lex.given and (personal or i + 1 < len(tokens) and (
                    tokens[i + 1][0] in lex.particles or tokens[i + 1][0].startswith(("Al-", "al-", "El-"))))):
            # "Sultan bin Saad", "Dr Sultan Al Jaber", "Sultan Al-Shamsi": a given name
            i += 1
            office = True
        elif (word in lex.demonyms or word in lex.countries) and i + 1 < len(tokens) and (
                tokens[i + 1][0] in lex.office_words  # "Kuwait Sheikh X" ending "Minister of ... of the State of"
                or any(" ".join(t for t, _, _ in tokens[i + 1:]).startswith(h + " ") for h in lex.honorifics)):
            country = country or lex.demonyms.get(word) or lex.countries[word]
            i += 1
        else:
            break
    return i, office, honorific, country


@lru_cache(maxsize=1)
def led_by() -> re.Pattern:
    """"chaired by", "co-chaired by" ending just before a name: who leads a meeting is a person, titled or not
    ("The talks were co-chaired by Jane Roe and Ali Saleh")."""
    verbs = "|".join(re.escape(w) for w in sorted(load("events.yaml")["leading"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+$", re.IGNORECASE)


def styled_within(run: list[tuple[str, int, int]], lex: EnglishLexicon) -> int:
    """Where a courtesy inside a run begins its name, when only the words of a country or a state's style
    come before it ("America HE Antony Blinken", "French Republic HE Jean-Noel Barrot"): 0 when none does."""
    for j in range(1, len(run) - 1):
        if run[j][0] in lex.honorifics:
            before = [t for t, _, _ in run[:j]]
            if before[0] not in lex.office_words and all(w in lex.country_words or w in lex.demonyms for w in before):
                return j
            return 0
    return 0


def without_styles(title: str, lex: EnglishLexicon) -> str:
    """A title without the royal style closing it ("Foreign Minister Prince" → "Foreign Minister"), unless the
    style completes an office ("Crown Prince")."""
    words = title.split()
    while words and words[-1] in lex.royal_styles and " ".join(words[-2:]) not in lex.styled_offices:
        words.pop()
    return " ".join(words)


def apposed_office(text: str, end: int, lex: EnglishLexicon) -> re.Match | None:
    """", the Under Secretary for Political Affairs," after a name: an office set beside it, not a clause going on
    naming someone ("Secretary Blinken and Minister Hussein met in ...", "Foreign Minister X"); or one written in
    lower case after a country's adjective (", the Omani minister of state,") or with words of offices alone
    (", assistant foreign minister and ...")."""
    m = _APPOSED_OFFICE.match(text, end)
    if m is not None:
        return m if _words_of_an_office(m.group("title"), lex, strip="’'()") else None
    if not text.startswith(", ", end):
        return None
    lower = _APPOSED_LOWER.match(text, end)
    if lower and lower.group("head") in lex.lower_office_heads and lower.group("adj") in lex.demonyms:
        return lower
    bare = _APPOSED_BARE.match(text, end)
    return bare if bare and bare.group("head") in lex.lower_office_heads and all(
        w.capitalize() in lex.office_words for w in text[bare.start("title"):bare.start("head")].split()) else None


def office_at_body(before: str, lex: EnglishLexicon) -> str | None:
    """An office written just before the body it is held at ("Parliamentary Under-Secretary of State at the "),
    its first word a word of offices and its capitalized words all words of offices, bodies or countries."""
    m = _OFFICE_AT.search(before)
    if m is None:
        return None
    for word in re.finditer(r"\S+", m.group("office")):  # the longest office: "X and UK Minister for Asia at the "
        office = before[m.start("office") + word.start():]  # is "Minister for Asia at the "
        if word.group() in lex.office_words and _words_of_an_office(office, lex):
            return office
    return None


def _words_of_an_office(title: str, lex: EnglishLexicon, strip: str = "") -> bool:
    """Every capitalized word of the title is a word of offices, bodies, countries or cities: an office, not a
    name ("Crown Prince of Abu Dhabi")."""
    return all(w in lex.office_words or w in lex.not_names or w in lex.country_words or w in lex.demonyms
               or w in lex.city_words for w in (w.strip(strip) for w in title.split() if w[:1].isupper()))


# before a name and its comma: "his Pakistani counterpart, X", "the Advisor to the US Secretary of State, X"
_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?P<adj>[A-Z][\w.]*)\s+)?counterparts?,?\s+$")
# ("the UK's Minister for the Middle East, X", "chaired by UK Minister of State for ..., X"; in a list of those who
# met: "From Japan: Minister for Foreign Affairs of Japan, X and Minister of Defense of Japan, Y", "then ..., X")
_OFFICE_THEN_COMMA = re.compile(r"(?:\b(?:(?:[Tt]he|his|her|their)\s+(?:(?P<owner>[A-Z][\w.]*)[’']s\s+)?|by\s+|and\s+|then\s+)"
                                r"|(?<=:\s)|(?<=\n))"
                                r"(?P<title>[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|for|to|on|the|and))*?),\s+$")


def apposed_before(text: str, start: int, lex: EnglishLexicon) -> tuple[str | None, str | None]:
    """An office (or "counterpart") set before a name with a comma, and the country it names: (None, None) when
    there is none. The office's capitalized words are all words of offices, bodies or countries."""
    counterpart = _COUNTERPART.search(text, max(0, start - 40), start)
    if counterpart:
        adj = counterpart.group("adj") or ""
        return "", lex.demonyms.get(adj) or lex.countries.get(adj)
    office = _OFFICE_THEN_COMMA.search(text, max(0, start - 160), start)  # offices of two posts run long
    if office is None:
        return None, None
    title, owner = " ".join(office.group("title").split()), office.group("owner") or ""  # one line
    first = title.split()
    national = (first[0] in lex.demonyms or first[0] in lex.countries) and first[1:2] and first[1] in lex.office_words
    if not (first[0] in lex.office_words or national) or not _words_of_an_office(title, lex):
        return None, None
    return title, lex.countries.get(owner) or lex.demonyms.get(owner) or title_country(title, lex)


def plural_office(title: str, lex: EnglishLexicon) -> bool:
    """The title ends on an office in the plural ("Deputy Prime Ministers"), shared by the names it heads."""
    last = title.split()[-1] if title else ""
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return last.endswith("s") and last in lex.office_words and singular in lex.office_words


def office_in_lower_case(before: str, lex: EnglishLexicon) -> str | None:
    """An office written in lower case just before a name, as many Gulf papers write them ("Foreign minister X",
    "the US ambassador to the UAE X"): its head noun, after words of offices or countries, and a posting."""
    if not any(head in before for head in lex.lower_office_heads):
        return None  # a cheap look first: most names have no such office before them
    m = _LOWER_OFFICE.search(before)
    if m is None or m.group("head") not in lex.lower_office_heads:
        return None
    words = m.group("title").split()
    while words and not (words[0] in lex.demonyms or words[0] in lex.country_words
                         or words[0].capitalize() in lex.office_words or words[0] == m.group("head")):
        words.pop(0)  # "said", "the": the office begins with its own word
    return " ".join(words) or None


def posted_to(run: list[tuple[str, int, int]], lex: EnglishLexicon) -> int:
    """How many leading tokens of a run name a country ("Kuwait", "United States", "the US"): 0 when none do."""
    return next((n for n in (3, 2, 1) if len(run) > n and country_of(" ".join(t for t, _, _ in run[:n]), lex)), 0)


def country_of(name: str, lex: EnglishLexicon) -> str | None:
    """The country a name or a short form names ("Kuwait", "US", "UAE"; not an adjective: "Saudi" before "Arabia")."""
    return lex.countries.get(name) or (lex.demonyms.get(name) if name.replace(".", "").isupper() else None)


def office_chain(before: str, lex: EnglishLexicon, joined: bool = False) -> str | None:
    """An office ending in "of"/"for"/"on" just before a run ("Secretary of State Antony Blinken"), with the
    offices it is of ("Assistant Secretary of State for Energy Resources Geoffrey Pyatt"); with `joined`, one
    ending in "and" before a run that goes on with an office ("Minister of International Relations and
    Cooperation X"). A line wrapped inside an office is read across ("Foreign\nMinister"); any other line break,
    as after a headline ("... Over National Security\nUS Secretary of State X"), opens a new one."""
    lines = before.split("\n")
    while len(lines) > 1 and _wrapped_office(lines[-2], lines[-1], lex):
        lines[-2:] = [lines[-2].rstrip() + " " + lines[-1].lstrip()]
    before = lines[-1]
    before = re.sub(r"[\"“‘(]", " ", before)  # a quotation opening on the office: '"Secretary of State X met ...
    linked = _OF_CHAIN.search(before) or before.endswith((" to ", " to the ")) or joined and before.endswith(" and ")
    if not linked:
        return None
    words = before.split(" ")
    k = len(words) - 1  # the last item is "" (the space before the run)
    while k > 0 and (words[k - 1] in lex.office_words or words[k - 1] in lex.demonyms
                     or words[k - 1] in lex.country_words  # "Secretary of State of the United States of"
                     or words[k - 1] in ("of", "for", "to", "on", "the", "and") and k - 1 > 0):
        k -= 1
    while k < len(words) - 1 and (words[k] in ("of", "for", "to", "on", "the", "and") or words[k] in lex.country_words
                                  and words[k] not in lex.office_words and words[k] not in lex.demonyms):
        k += 1  # an office begins with its own word
    chain = " ".join(words[k:])
    ends_linked = re.search(r"\b(?:of|for|to|on)\s+(?:the\s+)?$" if not joined else r"\band\s+$", chain)
    return chain if ends_linked and chain.split()[0] not in ("of", "for", "to", "on", "and") else None


def _wrapped_office(line: str, next_line: str, lex: EnglishLexicon) -> bool:
    """The line ends inside an office that the next goes on with: a word of offices on both sides of the break."""
    last, first = line.split()[-1:], next_line.split()[:1]
    return bool(last and first) and last[0] in lex.office_words and first[0] in lex.office_words


def title_country(title: str, lex: EnglishLexicon) -> str | None:
    for m in re.finditer(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", title):
        if _POSTED_TO.search(title, 0, m.start()) and not any(w in lex.office_words for w in m.group().split()):
            continue  # "Ambassador to the United States": where the office serves ("Adviser to the Saudi Minister": whose)
        for name in (m.group(), m.group().split()[0]):
            code = lex.demonyms.get(name) or lex.countries.get(name)
            if code:
                return code
    return next((code for office, code in lex.office_countries.items() if office in title), None)
