"""Persons and places of English text, with its organizations (organizations.py), as the Arabic
layer gives them; the persons are read in persons.py (with the offices around them, offices.py)
and gathered per document in person_clusters.py.

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
from functools import lru_cache

from ..entities.countries import doc_parties
from ..places import is_arab
from ..types import LocalEntity, Mention
from .lexicon import EnglishLexicon, english_lexicon
from .organizations import find_organizations, in_spans, word_pattern
from .person_clusters import cluster_persons, title_references
from .persons import find_persons

Span = tuple[int, int]


def find_english_places(text: str, spans: list[Span]) -> list[Mention]:
    """Countries (names and adjectives) and cities, each with its ISO code."""
    lex = english_lexicon()
    table = {**{k: (v, "country") for k, v in lex.countries.items()},
             **{k: (v, "demonym") for k, v in lex.demonyms.items()},
             **{k: (v, "city") for k, v in lex.cities.items()}}
    out = []
    for m in word_pattern(table, hyphen_joins=False).finditer(text):
        outlet = re.match(r"\s+(\w+)", text[m.end():m.end() + 20])
        if outlet and outlet.group(1) in lex.outlet_words:
            continue  # "(UrduPoint / Pakistan Point News / WAM)", "Kuwait Times": a paper, no party
        if in_spans(spans, m.start()) and not (m.group() == "US" and text[m.start():m.start() + 3] == "USA"):
            code, form = table[m.group()]
            out.append(Mention("place", m.start(), m.end(), m.group(), code, f"en:place:{form}",
                               {"country": code, "form": form}))
    return out


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
    taken = [(m.start, m.end) for m, *_ in orgs] + _spelled_out_countries(text, lex)
    found = find_persons(text, spans, taken, lex)
    for p in found:  # "US State Department Spokesperson X": an office right after a body is of its country
        held_at = next((country for m, _, _, country, _ in orgs if country and m.end == p.body_end), None)
        p.country = held_at or p.country  # "Under-Secretary of State at the UK's Foreign Office X": the body's
        if p.title and p.country is None:
            p.country = next((country for m, _, _, country, _ in orgs
                              if country and m.end <= p.start and text[m.end:p.start].split() == p.title.split()), None)
    persons = cluster_persons(found, lex)
    title_references(text, spans, persons, lex)
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


def _spelled_out_countries(text: str, lex: EnglishLexicon) -> list[Span]:
    """Countries named in a style with small words inside ("the US of America", "the Republic of Korea"): the
    capitalized words after "of" would otherwise open a name ("America Antony Blinken")."""
    return [(m.start(), m.end()) for m in _spelled_out_pattern().finditer(text)]


@lru_cache(maxsize=1)
def _spelled_out_pattern() -> re.Pattern:
    return word_pattern([name for name in english_lexicon().countries if re.search(r" [a-z]", name)], hyphen_joins=False)


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

