"""Persons of English text: capitalized runs that a title, an honorific, a known given name, the officials
gazetteer or an apposed office vouches for ("Omani Foreign Minister Sayyid Badr al-Busaidi", "Reta Jo Lewis",
"Jose W. Fernandez, the Under Secretary ..."); a lone surname is kept for the clusters to attach.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...text.doc import english_abbreviations
from .lexicon import EnglishLexicon, EnglishOfficial, english_lexicon, latin_key, skeleton
from .offices import (apposed_before, apposed_office, country_of, led_by, office_at_body, office_chain,
                      office_in_lower_case, plural_office, posted_to, strip_title, styled_within, title_country,
                      without_styles)
from .organizations import in_spans

Span = tuple[int, int]

# a posting written in lower case just before a run that opens on the country ("the US ambassador to the UAE X")
_LOWER_POSTING = re.compile(r"\b(?:ambassador|envoy|representative|consul(?:-general)?)\s+to\s+(?:the\s+)?$")


_TOKEN = re.compile(r"(?:[A-Z](?:\.[A-Z])+|[A-Z][\w’'\-]*|(?:al|el|bin|bint|ibn|abu|de|van|von)(?:-[A-Z][\w’']*)?)\.?(?=\s|[,;:)(\"“”]|$)")


@dataclass
class FoundPerson:
    tokens: list[str]
    start: int
    end: int
    title: str = ""
    country: str | None = None
    official: EnglishOfficial | None = None
    led: bool = False  # named right after "chaired by" (or after "and" following such a name)
    body_end: int | None = None  # where the body ends that the title holds the office at (its country is the person's)


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
    keys = [skeleton(t) for t in tokens if t not in lex.particles and not re.fullmatch(r"[A-Z]\.?", t)]
    initial = tokens[0][0] if len(tokens) > 1 and re.fullmatch(r"[A-Z]\.?", tokens[0]) else ""  # "S. Jaishankar"
    if not keys:
        return None
    last = skeleton(" ".join(tokens[-2:])) if tokens[-2:-1] and tokens[-2] in ("Al", "al", "El") else keys[-1]
    if len(keys) == 1 and not last:
        return None  # a word of vowels alone ("I") has no skeleton to tell a surname by
    fitting = [o for o in lex.officials
               if o.last == last and (len(keys) > 1 and keys[0] == o.first
                                      or len(keys) == 1 and (o.alone or titled and not o.fathers_last))
               or len(keys) > 1 and keys[0] == o.first and o.before_family and last == o.before_family]
    middle, spelled = set(keys[1:-1]), latin_key(tokens[-1])
    # "Mohammed bin Saleh Al Sada" is not "Mohammed bin Salman Al Saud": names between that share none are two men
    fitting = [o for o in fitting if not (middle and o.middle and not middle & o.middle)
               and o.en.startswith(initial)]  # a given name's initial is the official's
    return max(fitting, default=None,  # ties: the first listed
               key=lambda o: (len(middle & o.middle), o.last == last, spelled in (o.spelled_last, o.spelled_before)))


def find_persons(text: str, spans: list[Span], taken: list[Span], lex: EnglishLexicon) -> list[FoundPerson]:
    out = []
    for run in _runs(text, spans):
        while len(run) > 1 and run[0][0] in lex.run_openers and not any(
                h.startswith(run[0][0] + " ") for h in lex.honorifics):
            run = run[1:]  # "During Secretary X's visit": the sentence's first word ("His Excellency" is a courtesy)
        of_body = None  # "Vice-President of the European Commission X": an office of the body named before the name
        body_end = None
        if any(s < run[-1][2] and run[0][1] < e for s, e in taken):
            kept = [t for t in run if not any(s < t[2] and t[1] < e for s, e in taken)]
            if not kept:
                continue
            lead = office_chain(text[max(0, run[0][1] - 160):run[0][1]], lex) if kept[0] is not run[0] else None
            of_body = lead + text[run[0][1]:kept[0][1]] if lead and not any(
                w in ("Department", "Ministry") or w in lex.body_heads for w in lead.split()) \
                else None  # not "the U.S. Department of State X": an office, not a body's own name
            if of_body is None and kept[0] is not run[0]:  # "Under-Secretary at the Foreign ... Office X"
                body = min((s, e) for s, e in taken if s < kept[0][1] and run[0][1] < e)
                at = office_at_body(text[max(0, body[0] - 100):body[0]], lex)
                of_body = at + text[body[0]:kept[0][1]] if at else None
                body_end = body[1] if at else None
            run = kept
        sent_to = posted_to(run, lex) if _LOWER_POSTING.search(text, max(0, run[0][1] - 40), run[0][1]) else 0
        if sent_to:  # "the US ambassador to the UAE John Roe": the country he is posted to, then his name
            run = run[sent_to:]
        chain = office_chain(text[max(0, run[0][1] - 160):run[0][1]], lex) or of_body
        posting = chain is not None and chain.rstrip().endswith(("to", "to the"))  # "Oman's Ambassador to the United States"
        styled = 0 if posting else styled_within(run, lex)  # "... of the United States of America HE Antony Blinken"
        if styled:
            styled_by = " ".join(t for t, _, _ in run[:styled])
            chain = " ".join(filter(None, ((office_chain(text[max(0, run[0][1] - 120):run[0][1]], lex) or "").strip(),
                                           styled_by))) + " "
            run = run[styled:]
        k, office, honorific, country = strip_title(run, lex)
        if chain is None and office and run[0][0] in lex.office_words:
            chain = office_chain(text[max(0, run[0][1] - 160):run[0][1]], lex, joined=True)
        posted = posted_to(run, lex) if chain and chain.rstrip().endswith(("to", "to the", "for")) else 0
        owned = posted_to(run, lex) if chain and chain.rstrip().endswith(("of", "of the")) and not k else 0
        if owned:  # "the Foreign Minister of Saudi Arabia Faisal bin Farhan": the office is of the country named
            k2, _, honorific, _ = strip_title(run[owned:], lex)
            k, office, country = owned + k2, True, country_of(" ".join(t for t, _, _ in run[:owned]), lex)
        if posted:  # "U.S. Ambassador to Kuwait Karen Sasahara": the country is where the office is held
            k2, _, honorific, _ = strip_title(run[posted:], lex)
            k, office = posted + k2, True
            at = run[0][1] - len(chain)
            sender = re.search(r"([A-Z][\w.]*)[’']s\s+$", text[max(0, at - 30):at])  # "Kuwait's Ambassador to"
            country = (lex.countries.get(sender.group(1)) or lex.demonyms.get(sender.group(1)) if sender
                       else title_country(chain, lex)) or ""  # "" keeps the host country off
        cut = k
        while cut < len(run) and run[cut][0].strip(".’'") in lex.not_names and run[cut][0] not in lex.office_words:
            cut += 1  # "Kurdistan Region Prime Minister X": the body or place before an office
        if k < cut < len(run):
            k2, office2, honorific2, country2 = strip_title(run[cut:], lex)
            if any(t in lex.headline_verbs for t, _, _ in run[k:cut]):  # "Foreign Minister Meets Kuwaiti ... X"
                run, k, office, honorific, country, chain = run[cut:], k2, office2, honorific2, country2, None
            elif office2 or honorific2 or chain:  # "... Secretary of Defense for the Middle East X", "... of the European Commission X"
                k, office, honorific, country = cut + k2, True, honorific or honorific2, country or country2
        name = _trimmed(run[k:], lex)
        words = [t for t, _, _ in name]
        if not words or any(w.strip(".’'") in lex.not_names for w in words):
            continue
        if " ".join(words) in lex.countries or " ".join(words) in lex.cities \
                or any(w in lex.demonyms or w in lex.cities for w in words[:1]):
            continue
        # "Foreign Minister HAYASHI Yoshimasa", "Mr. YAMADA Shigeo": a family name in capitals before the given name,
        # after an office or a courtesy
        family_first = len(words) == 2 and words[0].isalpha() and len(words[0]) > 2 and words[1][1:].islower() \
            and (office or honorific or bool(chain) or words[0].isupper() and apposed_before(text, run[0][1], lex)[0])
        if " ".join(words) in lex.bodies or words[0].isupper() and len(words[0].rstrip(".")) > 1 and not family_first:
            continue  # an acronym, not "S. Jaishankar"
        start, end = name[0][1], name[-1][2]
        fore, fore_country = apposed_before(text, run[0][1], lex)  # before "Prince X" too
        shared = out[-1] if out and plural_office(out[-1].title, lex) and text[out[-1].end:start] in (" and ", ", ") \
            else None  # "Deputy Prime Ministers X and Y": Y holds the office too
        if shared is not None and fore is None and not k and not chain:
            fore, fore_country = shared.title, shared.country
        if fore is None and not k and not chain:  # "foreign ministry spokesman X", "the US ambassador to the UAE X"
            fore = office_in_lower_case(text[max(0, start - 60):start], lex)
            fore_country = title_country(fore, lex) if fore else None
        titled = office or honorific or bool(chain) or fore is not None
        apposed = apposed_office(text, run[-1][2] if run[-1][0] in lex.post_nominals else end, lex)
        official = _official(words, lex, titled)
        led = len(words) > 1 and not k and (led_by().search(text, max(0, start - 30), start) is not None
                                            or bool(out) and out[-1].led and text[out[-1].end:start] == " and ")
        if len(words) == 1 and not titled and _attributive(text, end, lex):
            continue  # "under the Biden administration": no mention of the man
        vouched = titled or apposed or official or words[0] in lex.given or led or _initialed(words)
        if not vouched or len(words) == 1 and not official:
            if len(words) == 1:  # a lone surname: kept for the clusters to attach
                out.append(FoundPerson(words, start, end))
            continue
        title = without_styles(_without_courtesies([t for t, _, _ in run[:k]], lex), lex)
        # "... of the United States of America HE X": courtesies alone between the office and the name
        if chain and (office or not k or country or styled or honorific):
            title = (chain + title).strip()
        if apposed and not fore:  # "Minister of A, X, Minister of B, Y": the office after X is Y's
            title = title or apposed.group("title").strip()
        title, country = title or fore or "", country or fore_country
        opens = run[0][1] - (len(chain) if chain and not styled else 0)  # where the title is written from
        owner = re.search(r"((?:[A-Z][\w.]*\s)?([A-Z][\w.]*))[’']s\s+$", text[max(0, opens - 30):opens]) \
            if k or chain else None  # "Oman's Secretary General of the National Security Council X" too
        if owner:  # "Kuwait's Foreign Minister X", "South Africa's Minister of ... X"
            country = country or next((names[n] for names in (lex.countries, lex.demonyms) for n in owner.groups()
                                       if n in names), None)
        if country is None and k and fore is None:  # "His Pakistani counterpart, Foreign Minister X"
            country = apposed_before(text, opens, lex)[1]
        out.append(FoundPerson(words, start, end, title, country if country is not None else title_country(title, lex)
                           or None, official, led, body_end))
    return out


def _without_courtesies(words: list[str], lex: EnglishLexicon) -> str:
    """The words of a title without the courtesies among them, of one word or more ("His Excellency", "Rt. Hon")."""
    kept, i = [], 0
    while i < len(words):
        rest = " ".join(words[i:])
        courtesy = next((h for h in lex.honorifics if rest == h or rest.startswith(h + " ")), None)
        if courtesy:
            i += len(courtesy.split())
        elif words[i] in ("His", "Her", "Excellency", "Royal", "Highness", "Majesty"):
            i += 1
        else:
            kept.append(words[i])
            i += 1
    return " ".join(kept)


def _attributive(text: str, end: int, lex: EnglishLexicon) -> bool:
    """The name qualifies the noun after it ("the Biden administration"): no mention of the person."""
    after = re.match(r"\s+([a-z]+)", text[end:end + 20])
    return after is not None and after.group(1) in lex.attributive_heads


def _initialed(words: list[str]) -> bool:
    """A given name, an initial and a family name ("Jane Q. Roe"): the shape of a person's name."""
    return len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]) is not None and all(
        re.fullmatch(r"[A-Z][a-z][\w’'\-]*", w) for w in (words[0], words[2]))


def _trimmed(name: list[tuple[str, int, int]], lex: EnglishLexicon) -> list[tuple[str, int, int]]:
    """A name's tokens without a sentence's closing period, a possessive ("al-Sudani's government"),
    letters after the name ("Hamish Falconer MP"), a weekday after it ("Narendra Modi Saturday said") or a
    dangling particle."""
    name = list(name)
    while len(name) > 1 and name[-1][0].rstrip(".,") in lex.post_nominals:
        name.pop()
    if name and re.fullmatch(r".*[a-z]{2}\.|I{2,3}\.|IV\.", name[-1][0]):  # "... Lloyd J. Austin III."
        word, s, e = name[-1]
        name[-1] = (word[:-1], s, e - 1)
    if name and re.search(r"[’']s$", name[-1][0]):
        word, s, e = name[-1]
        name[-1] = (word[:-2], s, e - 2)
    while name and (name[-1][0] in lex.particles or name[-1][0].rstrip(".,") in lex.day_names):
        name.pop()
    return name

