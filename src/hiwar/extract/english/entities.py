"""Persons and places of English text, with its organizations (organizations.py), as the Arabic
layer gives them.

English marks names by capitals, so a person is a capitalized run that a title, an honorific,
a known given name, the officials gazetteer or an apposed office vouches for ("Omani Foreign
Minister Sayyid Badr al-Busaidi", "Reta Jo Lewis", "Jose W. Fernandez, the Under Secretary
..."); a lone surname is the person of the document (or the official) it names. Bodies come
from the shared gazetteer's English names and from ministry patterns, keyed like the Arabic
ones so that both languages give one organization.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ...text.doc import english_abbreviations
from ..entities.countries import doc_parties
from ..places import is_arab
from ..types import LocalEntity, Mention
from .lexicon import EnglishLexicon, EnglishOfficial, english_lexicon, latin_key, load, skeleton
from .organizations import find_organizations, in_spans, word_pattern

_TOKEN = re.compile(r"(?:[A-Z](?:\.[A-Z])+|[A-Z][\w’'\-]*|(?:al|el|bin|bint|ibn|abu|de|van|von)(?:-[A-Z][\w’']*)?)\.?(?=\s|[,;:)(\"“”]|$)")
# (", the Crown Prince and Prime Minister of ...", ", High Representative of the European Union for ...")
_APPOSED_OFFICE = re.compile(r",\s+(?:the\s+)?(?P<title>(?:(?:[A-Z][\w\-]*|and)\s+)*?(?:Under[ \-]Secretary|Secretary|"
                             r"Minister|President|Ambassador|Spokesperson|Director|Chairman|Chair|Envoy|Crown Prince|"
                             r"Representative|Commissioner|[Hh]ead\s+of)[^,.;]*)")
_LOWER_OFFICE = re.compile(r"(?P<title>(?:[\w.\-]+[ \t]+){0,3}?(?P<head>[a-z]+)(?:[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?"
                           r"[A-Z][\w.\-]*)?)[ \t]+$")
# ", the Qatari minister of foreign affairs," after a name: a country's adjective, a lower-case office and what it is
# of, whose lower-case words may close on a list ("for foreign, commonwealth, and development affairs")
_APPOSED_LOWER = re.compile(r",\s+(?:the\s+)?(?P<title>(?P<adj>[A-Z][\w\-]*)\s+(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+)"
                            r"(?:\s+(?:of|for|to|on)(?:\s+the)?(?:\s+(?!and\b)(?:[a-z]+|[A-Z][\w\-]*))+"
                            r"(?:(?:,\s+[a-z]+(?:\s+[a-z]+)*)*,?\s+and\s+[a-z]+(?:\s+[a-z]+)*)?)?)(?=\s*[,.;)])")
# in a title, what comes before a country it serves in or deals with, not its own ("Ambassador to the United States")
_POSTED_TO = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")
_OF_CHAIN = re.compile(r"((?:[A-Z][\w.\-]*[ \t]+)+(?:of|for|on)[ \t]+(?:the[ \t]+)?)$")
Span = tuple[int, int]


@dataclass
class _Person:
    tokens: list[str]
    start: int
    end: int
    title: str = ""
    country: str | None = None
    official: EnglishOfficial | None = None
    led: bool = False  # named right after "chaired by" (or after "and" following such a name)


@dataclass
class _Cluster:
    local: LocalEntity
    first: str = ""  # latin keys
    last: str = ""
    keys: set[str] = field(default_factory=set)


def find_english_places(text: str, spans: list[Span]) -> list[Mention]:
    """Countries (names and adjectives) and cities, each with its ISO code."""
    lex = english_lexicon()
    table = {**{k: (v, "country") for k, v in lex.countries.items()},
             **{k: (v, "demonym") for k, v in lex.demonyms.items()},
             **{k: (v, "city") for k, v in lex.cities.items()}}
    out = []
    for m in word_pattern(table, hyphen_joins=False).finditer(text):
        if in_spans(spans, m.start()) and not (m.group() == "US" and text[m.start():m.start() + 3] == "USA"):
            code, form = table[m.group()]
            out.append(Mention("place", m.start(), m.end(), m.group(), code, f"en:place:{form}",
                               {"country": code, "form": form}))
    return out


def _strip_title(tokens: list[tuple[str, int, int]], lex: EnglishLexicon) -> tuple[int, bool, bool, str | None]:
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
                word in lex.given and (personal or i + 1 < len(tokens) and tokens[i + 1][0] in lex.particles)):
            # "Sultan bin Saad", "Dr Sultan Al Jaber": a given name
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


def _closes_sentence(word: str) -> bool:
    """"Washington." ends a sentence; "J.", "Dr.", "U.S." do not."""
    bare = word.rstrip(".").lower()
    return word.endswith(".") and len(bare) > 1 and bare not in english_abbreviations() \
        and word not in english_lexicon().honorifics


def _runs(text: str, spans: list[Span]) -> list[list[tuple[str, int, int]]]:
    """Capitalized runs: tokens separated by one space (or an office wrapped at a line's end), broken at a
    possessive."""
    runs: list[list[tuple[str, int, int]]] = []
    offices = english_lexicon().office_words
    for m in _TOKEN.finditer(text):
        if not in_spans(spans, m.start()):
            continue
        tok = (m.group(), m.start(), m.end())
        gap = text[runs[-1][-1][2]:m.start()] if runs else ""
        wrapped = gap == "\n" and runs[-1][-1][0] in offices and tok[0] in offices  # "Foreign\nMinister"
        if runs and (gap == " " or wrapped) and not re.search(r"[’']s$", runs[-1][-1][0]) \
                and not _closes_sentence(runs[-1][-1][0]):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs


def _official(tokens: list[str], lex: EnglishLexicon, titled: bool) -> EnglishOfficial | None:
    keys = [skeleton(t) for t in tokens if t not in lex.particles and not re.fullmatch(r"[A-Z]\.", t)]
    if not keys:
        return None
    last = skeleton(" ".join(tokens[-2:])) if tokens[-2:-1] and tokens[-2] in ("Al", "al", "El") else keys[-1]
    if len(keys) == 1 and not last:
        return None  # a word of vowels alone ("I") has no skeleton to tell a surname by
    fitting = [o for o in lex.officials
               if o.last == last and (len(keys) > 1 and keys[0] == o.first or len(keys) == 1 and (o.alone or titled))
               or len(keys) > 1 and keys[0] == o.first and o.before_family and last == o.before_family]
    middle, spelled = set(keys[1:-1]), latin_key(tokens[-1])
    # "Mohammed bin Saleh Al Sada" is not "Mohammed bin Salman Al Saud": names between that share none are two men
    fitting = [o for o in fitting if not (middle and o.middle and not middle & o.middle)]
    return max(fitting, default=None,  # ties: the first listed
               key=lambda o: (len(middle & o.middle), o.last == last, spelled in (o.spelled_last, o.spelled_before)))


def _persons(text: str, spans: list[Span], taken: list[Span], lex: EnglishLexicon) -> list[_Person]:
    out = []
    for run in _runs(text, spans):
        of_body = None  # "Vice-President of the European Commission X": an office of the body named before the name
        if any(s < run[-1][2] and run[0][1] < e for s, e in taken):
            kept = [t for t in run if not any(s < t[2] and t[1] < e for s, e in taken)]
            if not kept:
                continue
            lead = _office_chain(text[max(0, run[0][1] - 80):run[0][1]], lex) if kept[0] is not run[0] else None
            of_body = lead + text[run[0][1]:kept[0][1]] if lead and not any(
                w in ("Department", "Ministry") or w in lex.body_heads for w in lead.split()) \
                else None  # not "the U.S. Department of State X": an office, not a body's own name
            run = kept
        chain = _office_chain(text[max(0, run[0][1] - 80):run[0][1]], lex) or of_body
        posting = chain is not None and chain.rstrip().endswith(("to", "to the"))  # "Oman's Ambassador to the United States"
        styled = 0 if posting else _styled_within(run, lex)  # "... of the United States of America HE Antony Blinken"
        if styled:
            styled_by = " ".join(t for t, _, _ in run[:styled])
            chain = " ".join(filter(None, ((_office_chain(text[max(0, run[0][1] - 120):run[0][1]], lex) or "").strip(),
                                           styled_by))) + " "
            run = run[styled:]
        k, office, honorific, country = _strip_title(run, lex)
        if chain is None and office and run[0][0] in lex.office_words:
            chain = _office_chain(text[max(0, run[0][1] - 80):run[0][1]], lex, joined=True)
        posted = _posted_to(run, lex) if chain and chain.rstrip().endswith(("to", "to the", "for")) else 0
        owned = _posted_to(run, lex) if chain and chain.rstrip().endswith(("of", "of the")) and not k else 0
        if owned:  # "the Foreign Minister of Saudi Arabia Faisal bin Farhan": the office is of the country named
            k2, _, honorific, _ = _strip_title(run[owned:], lex)
            k, office, country = owned + k2, True, _country_of(" ".join(t for t, _, _ in run[:owned]), lex)
        if posted:  # "U.S. Ambassador to Kuwait Karen Sasahara": the country is where the office is held
            k2, _, honorific, _ = _strip_title(run[posted:], lex)
            k, office = posted + k2, True
            at = run[0][1] - len(chain)
            sender = re.search(r"([A-Z][\w.]*)[’']s\s+$", text[max(0, at - 30):at])  # "Kuwait's Ambassador to"
            country = (lex.countries.get(sender.group(1)) or lex.demonyms.get(sender.group(1)) if sender
                       else _title_country(chain, lex)) or ""  # "" keeps the host country off
        cut = k
        while cut < len(run) and run[cut][0].strip(".’'") in lex.not_names and run[cut][0] not in lex.office_words:
            cut += 1  # "Kurdistan Region Prime Minister X": the body or place before an office
        if k < cut < len(run):
            k2, office2, honorific2, country2 = _strip_title(run[cut:], lex)
            if office2 or honorific2 or chain:  # "... Secretary of Defense for the Middle East X", "... of the European Commission X"
                k, office, honorific, country = cut + k2, True, honorific or honorific2, country or country2
        name = _trimmed(run[k:], lex)
        words = [t for t, _, _ in name]
        if not words or any(w.strip(".’'") in lex.not_names for w in words):
            continue
        if " ".join(words) in lex.countries or any(w in lex.demonyms or w in lex.cities for w in words[:1]):
            continue
        # "Foreign Minister HAYASHI Yoshimasa", "Mr. YAMADA Shigeo": a family name in capitals before the given name,
        # after an office or a courtesy
        family_first = (office or honorific or bool(chain)) and len(words) == 2 and words[0].isalpha() \
            and len(words[0]) > 2 \
            and words[1][1:].islower()
        if " ".join(words) in lex.bodies or words[0].isupper() and len(words[0].rstrip(".")) > 1 and not family_first:
            continue  # an acronym, not "S. Jaishankar"
        start, end = name[0][1], name[-1][2]
        fore, fore_country = _apposed_before(text, run[0][1], lex)  # before "Prince X" too
        shared = out[-1] if out and _plural_office(out[-1].title, lex) and text[out[-1].end:start] in (" and ", ", ") \
            else None  # "Deputy Prime Ministers X and Y": Y holds the office too
        if shared is not None and fore is None and not k and not chain:
            fore, fore_country = shared.title, shared.country
        if fore is None and not k and not chain:  # "foreign ministry spokesman X", "the US ambassador to the UAE X"
            fore = _office_in_lower_case(text[max(0, start - 60):start], lex)
            fore_country = _title_country(fore, lex) if fore else None
        titled = office or honorific or bool(chain) or fore is not None
        apposed = _apposed_office(text, run[-1][2] if run[-1][0] in lex.post_nominals else end, lex)
        official = _official(words, lex, titled)
        led = len(words) > 1 and not k and (_led_by().search(text, max(0, start - 30), start) is not None
                                            or bool(out) and out[-1].led and text[out[-1].end:start] == " and ")
        vouched = titled or apposed or official or words[0] in lex.given or led
        if not vouched or len(words) == 1 and not official:
            if len(words) == 1:  # a lone surname: kept for the clusters to attach
                out.append(_Person(words, start, end))
            continue
        title = _without_styles(" ".join(t for t, _, _ in run[:k] if t not in lex.honorifics
                                         and t not in ("His", "Her", "Excellency", "Royal", "Highness", "Majesty")), lex)
        if chain and (office or not k or country or styled):
            title = (chain + title).strip()
        if apposed:
            title = title or apposed.group("title").strip()
        title, country = title or fore or "", country or fore_country
        opens = run[0][1] - (len(chain) if chain and not styled else 0)  # where the title is written from
        owner = re.search(r"((?:[A-Z][\w.]*\s)?([A-Z][\w.]*))[’']s\s+$", text[max(0, opens - 30):opens]) if k else None
        if owner:  # "Kuwait's Foreign Minister X", "South Africa's Minister of ... X"
            country = country or next((names[n] for names in (lex.countries, lex.demonyms) for n in owner.groups()
                                       if n in names), None)
        out.append(_Person(words, start, end, title, country if country is not None else _title_country(title, lex)
                           or None, official, led))
    return out


@lru_cache(maxsize=1)
def _led_by() -> re.Pattern:
    """"chaired by", "co-chaired by" ending just before a name: who leads a meeting is a person, titled or not
    ("The talks were co-chaired by Jane Roe and Ali Saleh")."""
    verbs = "|".join(re.escape(w) for w in sorted(load("events.yaml")["leading"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+$", re.IGNORECASE)


def _styled_within(run: list[tuple[str, int, int]], lex: EnglishLexicon) -> int:
    """Where a courtesy inside a run begins its name, when only the words of a country or a state's style
    come before it ("America HE Antony Blinken", "French Republic HE Jean-Noel Barrot"): 0 when none does."""
    for j in range(1, len(run) - 1):
        if run[j][0] in lex.honorifics:
            before = [t for t, _, _ in run[:j]]
            if before[0] not in lex.office_words and all(w in lex.country_words or w in lex.demonyms for w in before):
                return j
            return 0
    return 0


def _without_styles(title: str, lex: EnglishLexicon) -> str:
    """A title without the royal style closing it ("Foreign Minister Prince" → "Foreign Minister"), unless the
    style completes an office ("Crown Prince")."""
    words = title.split()
    while words and words[-1] in lex.royal_styles and " ".join(words[-2:]) not in lex.styled_offices:
        words.pop()
    return " ".join(words)


def _apposed_office(text: str, end: int, lex: EnglishLexicon) -> re.Match | None:
    """", the Under Secretary for Political Affairs," after a name: an office set beside it, not a clause going on
    naming someone ("Secretary Blinken and Minister Hussein met in ...", "Foreign Minister X"); or one written in
    lower case after a country's adjective (", the Omani minister of state,")."""
    m = _APPOSED_OFFICE.match(text, end)
    if m is None:
        lower = _APPOSED_LOWER.match(text, end) if text.startswith(", ", end) else None
        return lower if lower and lower.group("head") in lex.lower_office_heads and (
            lower.group("adj") in lex.demonyms) else None
    return m if _words_of_an_office(m.group("title"), lex, strip="’'()") else None


def _words_of_an_office(title: str, lex: EnglishLexicon, strip: str = "") -> bool:
    """Every capitalized word of the title is a word of offices, bodies or countries: an office, not a name."""
    return all(w in lex.office_words or w in lex.not_names or w in lex.country_words or w in lex.demonyms
               for w in (w.strip(strip) for w in title.split() if w[:1].isupper()))


# before a name and its comma: "his Pakistani counterpart, X", "the Advisor to the US Secretary of State, X"
_COUNTERPART = re.compile(r"\b(?:his|her|their|its)\s+(?:(?P<adj>[A-Z][\w.]*)\s+)?counterparts?,?\s+$")
# ("the UK's Minister for the Middle East, X", "chaired by UK Minister of State for ..., X")
_OFFICE_THEN_COMMA = re.compile(r"\b(?:(?:the|his|her|their)\s+(?:(?P<owner>[A-Z][\w.]*)[’']s\s+)?|by\s+)"
                                r"(?P<title>[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|for|to|on|the|and))*?),\s+$")


def _apposed_before(text: str, start: int, lex: EnglishLexicon) -> tuple[str | None, str | None]:
    """An office (or "counterpart") set before a name with a comma, and the country it names: (None, None) when
    there is none. The office's capitalized words are all words of offices, bodies or countries."""
    counterpart = _COUNTERPART.search(text, max(0, start - 40), start)
    if counterpart:
        adj = counterpart.group("adj") or ""
        return "", lex.demonyms.get(adj) or lex.countries.get(adj)
    office = _OFFICE_THEN_COMMA.search(text, max(0, start - 90), start)
    if office is None:
        return None, None
    title, owner = office.group("title"), office.group("owner") or ""
    first = title.split()
    national = (first[0] in lex.demonyms or first[0] in lex.countries) and first[1:2] and first[1] in lex.office_words
    if not (first[0] in lex.office_words or national) or not _words_of_an_office(title, lex):
        return None, None
    return title, lex.countries.get(owner) or lex.demonyms.get(owner) or _title_country(title, lex)


def _plural_office(title: str, lex: EnglishLexicon) -> bool:
    """The title ends on an office in the plural ("Deputy Prime Ministers"), shared by the names it heads."""
    last = title.split()[-1] if title else ""
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return last.endswith("s") and last in lex.office_words and singular in lex.office_words


def _office_in_lower_case(before: str, lex: EnglishLexicon) -> str | None:
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


def _posted_to(run: list[tuple[str, int, int]], lex: EnglishLexicon) -> int:
    """How many leading tokens of a run name a country ("Kuwait", "United States", "the US"): 0 when none do."""
    return next((n for n in (3, 2, 1) if len(run) > n and _country_of(" ".join(t for t, _, _ in run[:n]), lex)), 0)


def _country_of(name: str, lex: EnglishLexicon) -> str | None:
    """The country a name or a short form names ("Kuwait", "US", "UAE"; not an adjective: "Saudi" before "Arabia")."""
    return lex.countries.get(name) or (lex.demonyms.get(name) if name.replace(".", "").isupper() else None)


def _office_chain(before: str, lex: EnglishLexicon, joined: bool = False) -> str | None:
    """An office ending in "of"/"for"/"on" just before a run ("Secretary of State Antony Blinken"), with the
    offices it is of ("Assistant Secretary of State for Energy Resources Geoffrey Pyatt"); with `joined`, one
    ending in "and" before a run that goes on with an office ("Minister of International Relations and
    Cooperation X"). A line wrapped inside an office is read across; a paragraph opens a new one."""
    before = re.split(r"\n[ \t]*\n\s*", before)[-1].replace("\n", " ")  # "2010\n\nSecretary of", "Foreign\nMinister"
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


def _trimmed(name: list[tuple[str, int, int]], lex: EnglishLexicon) -> list[tuple[str, int, int]]:
    """A name's tokens without a sentence's closing period, a possessive ("al-Sudani's government"),
    letters after the name ("Hamish Falconer MP") or a dangling particle."""
    name = list(name)
    while len(name) > 1 and name[-1][0].rstrip(".,") in lex.post_nominals:
        name.pop()
    if name and re.fullmatch(r".*[a-z]{2}\.|I{2,3}\.|IV\.", name[-1][0]):  # "... Lloyd J. Austin III."
        word, s, e = name[-1]
        name[-1] = (word[:-1], s, e - 1)
    if name and re.search(r"[’']s$", name[-1][0]):
        word, s, e = name[-1]
        name[-1] = (word[:-2], s, e - 2)
    while name and name[-1][0] in lex.particles:
        name.pop()
    return name


def _title_country(title: str, lex: EnglishLexicon) -> str | None:
    for m in re.finditer(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", title):
        if _POSTED_TO.search(title, 0, m.start()) and not any(w in lex.office_words for w in m.group().split()):
            continue  # "Ambassador to the United States": where the office serves ("Adviser to the Saudi Minister": whose)
        for name in (m.group(), m.group().split()[0]):
            code = lex.demonyms.get(name) or lex.countries.get(name)
            if code:
                return code
    return next((code for office, code in lex.office_countries.items() if office in title), None)


def _cluster_persons(found: list[_Person], lex: EnglishLexicon) -> list[LocalEntity]:
    clusters: list[_Cluster] = []
    for p in found:
        words = [w for w in p.tokens if w not in lex.particles and not re.fullmatch(r"[A-Z]\.", w)]
        first, last = latin_key(words[0]), latin_key(" ".join(p.tokens[-2:]) if len(p.tokens) > 1 and
                                                     p.tokens[-2] in ("Al", "al", "El") else words[-1])
        keys = {latin_key(w) for w in words}
        target = None
        for c in reversed(clusters):
            same_official = p.official and c.local.gazetteer_id == p.official.id
            if same_official or (c.last == last and (len(words) == 1 or not c.first or c.first == first)
                                 and not (p.official and c.local.gazetteer_id)):
                target = c
                break
            named = [w for w in c.local.name.split() if w not in lex.particles]
            if len(words) == 1 and first in c.keys or 1 < len(words) < len(named) and named[:len(words)] == words:
                target = c  # "Sheikh Dr. Ahmad Nasser" after "Ahmad Nasser Al-Mohammad Al-Sabah": its first names
                break
        if target is None and len(words) == 1 and not p.official and not p.title:
            continue  # a capitalized word that names no one met
        mention = Mention("person", p.start, p.end, " ".join(p.tokens), "", "en:person")
        if target is None:
            target = _Cluster(LocalEntity(f"p{len(clusters) + 1}", "person", mention.text), first if len(words) > 1
                              else "", last, keys)
            clusters.append(target)
        ent = target.local
        ent.mentions.append(mention)
        if mention.text not in (ent.name, *ent.aliases):
            ent.aliases.append(mention.text)
        if len(p.tokens) > len(ent.name.split()):
            ent.aliases = [a for a in [ent.name, *ent.aliases] if a != mention.text]
            ent.name = mention.text
        if len(words) > 1 and not target.first:
            target.first = first
        target.keys |= keys
        named_first = [w for w in ent.name.split() if w not in lex.particles][:1] if len(ent.name.split()) > 1 else []
        if p.official and not ent.gazetteer_id and (len(words) > 1 or not named_first  # "Al-Maliki" after "Nouri
                                                    or skeleton(named_first[0]) == p.official.first):  # Al-Maliki"
            ent.gazetteer_id, ent.country = p.official.id, p.official.country
        ent.country = ent.country or p.country
        if p.title and p.title not in ent.titles:
            ent.titles.append(p.title)
    for c in clusters:
        official = next((o for o in lex.officials if o.id == c.local.gazetteer_id), None)
        c.local.name_en = official.en if official else c.local.name
    return [c.local for c in clusters]


def _title_references(text: str, spans: list[Span], persons: list[LocalEntity], lex: EnglishLexicon) -> None:
    """"the Foreign Minister", "the Secretary": the one person of the document holding that office."""
    for m in re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)", text):
        words = m.group(1).split()
        if not in_spans(spans, m.start()) or not all(w in lex.office_words for w in words):
            continue
        office = m.group(1)  # "the Secretary" is the "US Secretary of State" of the page
        holders = [e for e in persons if any(re.search(rf"(?:^|\s){re.escape(office)}(?:$|\s+(?:of|and)\b)", t) for t in e.titles)
                   and all(x.start >= m.end() or x.end <= m.start() for x in e.mentions)]
        if len(holders) == 1 and min(x.start for x in holders[0].mentions) < m.start():
            holders[0].mentions.append(Mention("person", m.start(1), m.end(1), m.group(1), "", "en:person:office"))


def extract_english_entities(text: str, spans: list[Span]) -> tuple[list[LocalEntity], list[Mention]]:
    """The persons and organizations of the English stretches of a text, and its places."""
    lex = english_lexicon()
    orgs = find_organizations(text, spans, lex)
    entities: list[LocalEntity] = []
    by_key: dict[tuple[str, str | None], LocalEntity] = {}
    for mention, body_id, name_en, country, kind in orgs:
        ent = by_key.get((body_id, country))
        if ent is None:
            ent = LocalEntity(f"o{len(by_key) + 1}", "organization", mention.text, name_en=name_en, country=country,
                              org_kind=kind, gazetteer_id=body_id)
            by_key[(body_id, country)] = ent
            entities.append(ent)
        elif mention.text not in (ent.name, *ent.aliases):
            ent.aliases.append(mention.text)
        ent.mentions.append(mention)
    taken = [(m.start, m.end) for m, *_ in orgs]
    found = _persons(text, spans, taken, lex)
    for p in found:  # "US State Department Spokesperson X": an office right after a body is of its country
        if p.title and p.country is None:
            p.country = next((country for m, _, _, country, _ in orgs
                              if country and m.end <= p.start and text[m.end:p.start].split() == p.title.split()), None)
    persons = _cluster_persons(found, lex)
    _title_references(text, spans, persons, lex)
    places = find_english_places(text, spans)
    parties = doc_parties(places)
    arab = parties[0] if not _two_arab_parties(places) else None  # "UAE-Kuwait": an Arab name tells no side
    pair = _two_parties(places)
    for person in persons:
        if person.country is None:
            person.country = _side_by_name(person.name, (arab, parties[1]), lex)
        if person.country is None and pair:
            person.country = _side_by_office(person.titles, pair, lex)
    return persons + entities, places


def _two_parties(places: list[Mention]) -> tuple[str, str] | None:
    """The two countries a page names most, when it names a third at most half as often as the second."""
    counts = Counter(p.attrs["country"] for p in places if p.attrs.get("country")).most_common(3)
    if len(counts) < 2 or len(counts) == 3 and counts[2][1] * 2 > counts[1][1]:
        return None
    return counts[0][0], counts[1][0]


def _side_by_office(titles: list[str], pair: tuple[str, str], lex: EnglishLexicon) -> str | None:
    """The party whose government has the office a title names, when the other's has no such office."""
    for this, other in (pair, pair[::-1]):
        words = lex.offices_not_of.get(this, ())
        if any(re.search(rf"\b{re.escape(w)}\b", title) for w in words for title in titles):
            return other
    return None


def _two_arab_parties(places: list[Mention]) -> bool:
    """Two Arab countries told about as often as each other (the second at least twice, and half as often as
    the first): a report between two Arab states."""
    counts = Counter(p.attrs["country"] for p in places if is_arab(p.attrs["country"])).most_common(2)
    return len(counts) == 2 and counts[1][1] >= 2 and counts[1][1] * 2 >= counts[0][1]


def _side_by_name(name: str, parties: tuple[str | None, str | None], lex: EnglishLexicon) -> str | None:
    """The party of the report a name points at: a name of the Arab world ("Abdullah Al-Yahya") its
    Arab side, a name given in the other's ("Matthew Miller") its other side (when it has an Arab side), else None."""
    words = name.split()
    if any(w in lex.arab_particles or re.match(r"(?:Al|El|al|el|Abdul|Abd)-", w) for w in words) \
            or words[0] in lex.arab_given:  # "Abdul-Qadir Jasim" too
        return parties[0]
    return parties[1] if words[0] in lex.given and parties[0] else None  # no Arab side: no side to set it against
