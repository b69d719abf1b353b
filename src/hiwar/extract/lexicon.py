"""The who-is-who lexicons (data/ar/*), loaded once: offices, honorifics, names, bodies, officials."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_yaml
from ..text.matcher import PhraseMatcher
from ..text.normalize import fold
from .places import DATA, read_list, read_rows


@lru_cache(maxsize=1)
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in read_rows("spelling.tsv"))


def spelled_variants(phrase: str) -> list[str]:
    """The folded phrase and its spelling alternations (أمريكية/أميركية ...)."""
    out = [fold(phrase)]
    for a, b in _spelling_pairs():
        for form in list(out):
            for x, y in ((a, b), (b, a)):
                if x in form and form.replace(x, y) not in out:
                    out.append(form.replace(x, y))
    return out


def with_article(phrase: str) -> list[str]:
    return [phrase] if phrase.startswith("ال") else [phrase, "ال" + phrase]


@dataclass(frozen=True)
class Official:
    id: str
    en: str
    country: str | None
    names: tuple[str, ...]
    short: tuple[str, ...]
    alone: bool


@dataclass(frozen=True)
class Body:
    id: str
    en: str
    country: str | None
    kind: str
    family: str  # "body" | "national" | "ministry"
    needs_country: bool = False


@dataclass(frozen=True)
class NamedHead:
    """A head noun that opens a body's name ("هيئة", "السفارة") and how its name is read."""

    kind: str
    definite: bool  # "المجلس ..." needs a naming word after it
    stateless: bool  # takes no country from context
    named_by: str = "any"  # "country": a country or its adjective alone names it ("السفارة الأمريكية");
    #                        "words": a country alone does not ("حكومة قطر" is the country)
    acting: bool = False  # a body only where it acts ("قالت السفارة الأمريكية"), see `agent_cues`


@dataclass(frozen=True)
class Lexicon:
    heads: PhraseMatcher  # payload: is the head an office (False for "نظيره")
    honorifics: PhraseMatcher
    construct: frozenset[str]
    head_constructs: frozenset[str]  # construct words read only before any complement ("باسم")
    title_prepositions: frozenset[str]
    envoys: PhraseMatcher  # payload: True: offices sent somewhere ("المبعوث ... إلى اليمن")
    envoy_prepositions: frozenset[str]
    posted: frozenset[str]  # offices held in a foreign capital, with and without the article ("سفير")
    stopwords: frozenset[str]
    qualifiers: frozenset[str]
    head_qualifiers: frozenset[str]
    negatable_qualifiers: frozenset[str]  # "غير مقيم": "غير" + one of them stays in the office
    state_nouns: frozenset[str]  # "لدى جمهورية السلفادور": between a preposition and the country's name
    relative_pronouns: frozenset[str]  # "الذي", "التي": close a name of two unknown words
    movement_nouns: frozenset[str]  # "للحركة": an office's body named back by its noun
    purpose_nouns: frozenset[str]  # "لزيارة": an errand after an office, not its complement
    reception_cues: frozenset[str]  # "(في) استقباله": the persons after it received a visitor
    regnal_numbers: frozenset[str]
    compound_name_ends: frozenset[str]
    addressees: frozenset[str]
    named_after_nouns: frozenset[str]
    region_nouns: frozenset[str]  # "إقليم", "ولاية": a region's own name follows them
    dual_heads: frozenset[str]  # "وزيرا", "السفيرين": an office of two persons named in turn
    companion_cues: frozenset[str]  # "يرافقه": the persons after it are on the side of the one before  # "مطار", "قاعدة": what is named after a king ("مطار الملك خالد")
    subject_nouns: frozenset[str]
    foreign_particles: frozenset[str]
    particle_family_names: frozenset[str]  # "لي": a family name that folds like a particle
    name_followers: frozenset[str]
    name_list_cues: PhraseMatcher  # payload: True
    office_introducers: PhraseMatcher  # payload: True: "الذي يشغل منصب" between a name and its office
    byline_cues: PhraseMatcher  # payload: True: "بقلم" before a writer's name on its line
    byline_followers: PhraseMatcher  # payload: True: "يكتب من" on the line after a writer's name
    speech_verbs: frozenset[str]
    speech_openers: frozenset[str]
    given: frozenset[str]
    foreign_given: frozenset[str]
    officials: tuple[Official, ...]
    official_names: PhraseMatcher  # payload: Official
    official_short: dict[str, Official]
    bodies: PhraseMatcher  # payload: (Body, variant)
    portfolios: PhraseMatcher  # payload: (Body, variant) of family "ministry"
    lone_portfolios: frozenset[str]  # portfolios that stand for their ministry ("الخارجية الأمريكية")
    ministry_heads: frozenset[str]
    service_adjectives: frozenset[str]
    ministry_names: PhraseMatcher  # payload: (Body, variant, US department, country)
    named_heads: PhraseMatcher  # payload: NamedHead
    listing_heads: PhraseMatcher  # payload: (kind, how many bodies it names at most): "شركتي", "شركات"
    generic_complements: frozenset[str]
    office_fields: frozenset[str]
    news_words: frozenset[str]  # naming words of a news agency ("الأنباء")
    international_adjectives: frozenset[str]
    international_nouns: frozenset[str]  # naming words of a body of many states ("دول", "الأمم")
    not_bodies: PhraseMatcher  # payload: True
    agents_only: PhraseMatcher  # payload: (Body, variant): bodies that are places unless they act
    country_prepositions: frozenset[str]  # "في" / "ب" before a ministry's country
    agent_cues: frozenset[str]  # words before a body that make it the actor ("صادر عن", "أعلن")
    quoted_name_heads: PhraseMatcher  # payload: kind of the bodies named in quotes after it
    quoted_name_adjectives: frozenset[str]
    byline_sources: PhraseMatcher  # payload: True: "متابعات" in "صحيفة الغد - متابعات"
    outlet_credits: PhraseMatcher  # payload: True: "حصريا على" before a site's name
    agency_credits: PhraseMatcher  # payload: (Body, credit): "بنا" in a dateline's "/بنا/"
    country_offices: PhraseMatcher  # payload: ISO code of the office's country


def _official(entry: dict) -> Official:
    return Official(entry["id"], entry["en"], entry.get("country"), tuple(entry["names"]),
                    tuple(entry.get("short") or ()), bool(entry.get("alone")))


def _gazetteer_bodies(entries: list[dict], field: str = "names") -> PhraseMatcher:
    """Named bodies of a fixed country and kind, under every spelling of every name (or of every
    form of another `field`): payload (Body, name)."""
    matcher = PhraseMatcher()
    for e in entries:
        body = Body(fold(e["names"][0]), e["en"], e.get("country"), e["kind"], "body")
        for name in e.get(field) or ():
            for form in spelled_variants(name):
                matcher.add(form, (body, name))
    return matcher


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles = read_yaml(DATA / "titles.yaml")
    orgs = read_yaml(DATA / "organizations.yaml")
    officials = [_official(e) for e in read_yaml(DATA / "officials.yaml")]

    side_markers = {fold(w) for w in titles["side_markers"]}
    heads = PhraseMatcher()
    for head in titles["heads"] + titles["dual_heads"]:
        for form in with_article(fold(head)):
            heads.add(form, fold(head) not in side_markers)
    honorifics = PhraseMatcher((h, True) for h in read_list("honorifics.txt"))

    gazetteer = PhraseMatcher()
    short: dict[str, Official] = {}
    for o in officials:
        for name in o.names:
            for form in spelled_variants(name):
                gazetteer.add(form, o)
        for s in o.short:
            short[fold(s)] = o

    bodies = _gazetteer_bodies(orgs["bodies"])
    for e in orgs["national_bodies"]:
        body = Body(fold(e.get("same_as") or e["ar"][0]), e["en"], e.get("country"), e["kind"], "national",
                    e["needs_country"])
        for name in e["ar"]:
            for form in spelled_variants(name):
                bodies.add(form, (body, name))
    portfolios = PhraseMatcher()
    lone_portfolios: set[str] = set()
    ministry_bodies: dict[str, tuple[Body, str | None]] = {}
    for e in orgs["ministries"]:
        body = Body(fold(e["ar"][0]), e["en"], None, "ministry", "ministry")
        ministry_bodies[body.id] = (body, e.get("us"))
        for name in e["ar"]:
            portfolios.add(name, (body, name, e.get("us")))
        if e.get("alone"):
            lone_portfolios.add(body.id)
    ministry_names = PhraseMatcher()
    for e in orgs["ministry_names"]:
        body, us = ministry_bodies[fold(e["ministry"])]
        for name in e["ar"]:
            ministry_names.add(name, (body, name, us, e["country"]))
    agents_only = _gazetteer_bodies(orgs["agents_only"])
    named_heads = PhraseMatcher()
    for e in orgs["named_body_heads"]:
        for name in e["ar"]:
            named_heads.add(name, NamedHead(e["kind"], bool(e.get("definite")), bool(e.get("stateless")),
                                            e.get("named_by", "any"), bool(e.get("acting"))))

    return Lexicon(
        heads=heads,
        honorifics=honorifics,
        construct=frozenset(fold(w) for w in titles["construct_words"]),
        head_constructs=frozenset(fold(w) for w in titles["head_construct_words"]),
        title_prepositions=frozenset(fold(w) for w in titles["title_prepositions"]),
        envoys=PhraseMatcher((form, True) for h in titles["envoys"] for form in with_article(fold(h))),
        envoy_prepositions=frozenset(fold(w) for w in titles["envoy_prepositions"]),
        posted=frozenset(form for h in titles["posted"] for form in with_article(fold(h))),
        stopwords=frozenset(fold(w) for w in titles["stopwords"]),
        qualifiers=frozenset(fold(w) for w in titles["qualifiers"]),
        head_qualifiers=frozenset(fold(w) for w in titles["head_qualifiers"]),
        negatable_qualifiers=frozenset(fold(w) for w in titles["negatable_qualifiers"]),
        state_nouns=frozenset(fold(w) for w in titles["state_nouns"]),
        relative_pronouns=frozenset(fold(w) for w in titles["relative_pronouns"]),
        movement_nouns=frozenset(fold(w) for w in titles["movement_nouns"]),
        purpose_nouns=frozenset(fold(w) for w in titles["purpose_nouns"]),
        reception_cues=frozenset(fold(w) for w in titles["reception_cues"]),
        regnal_numbers=frozenset(fold(w) for w in titles["regnal_numbers"]),
        compound_name_ends=frozenset(fold(w) for w in titles["compound_name_ends"]),
        addressees=frozenset(fold(w) for w in titles["addressees"]),
        named_after_nouns=frozenset(fold(w) for w in titles["named_after_nouns"]),
        region_nouns=frozenset(fold(w) for w in titles["region_nouns"]),
        dual_heads=frozenset(f for w in titles["dual_heads"] for f in with_article(fold(w))),
        companion_cues=frozenset(fold(w) for w in titles["companion_cues"]),
        subject_nouns=frozenset(fold(w) for w in titles["subject_nouns"]),
        foreign_particles=frozenset(fold(w) for w in titles["foreign_name_particles"]),
        particle_family_names=frozenset(fold(w) for w in titles["particle_family_names"]),
        name_followers=frozenset(fold(w) for w in titles["name_followers"]),
        name_list_cues=PhraseMatcher((fold(w), True) for w in titles["name_list_cues"]),
        office_introducers=PhraseMatcher((fold(w), True) for w in titles["office_introducers"]),
        byline_cues=PhraseMatcher((fold(w), True) for w in titles["byline_cues"]),
        byline_followers=PhraseMatcher((fold(w), True) for w in titles["byline_followers"]),
        speech_verbs=frozenset(fold(w) for w in titles["speech_verbs"]),
        speech_openers=frozenset(fold(w) for w in titles["speech_openers"]),
        given=frozenset(fold(w) for w in read_list("given_names.txt")),
        foreign_given=frozenset(fold(w) for w in read_list("foreign_given_names.txt")),
        officials=tuple(officials),
        official_names=gazetteer,
        official_short=short,
        bodies=bodies,
        portfolios=portfolios,
        lone_portfolios=frozenset(lone_portfolios),
        ministry_heads=frozenset(fold(w) for w in orgs["ministry_heads"]),
        service_adjectives=frozenset(fold(w) for w in orgs["service_adjectives"]),
        ministry_names=ministry_names,
        named_heads=named_heads,
        listing_heads=PhraseMatcher((form, (e["kind"], e.get("names", 99))) for e in orgs["listing_heads"]
                                    for form in e["ar"]),
        generic_complements=frozenset(fold(w) for w in orgs["generic_complements"]),
        office_fields=frozenset(fold(w) for w in orgs["office_fields"]),
        news_words=frozenset(fold(w) for w in orgs["news_words"]),
        international_adjectives=frozenset(fold(w) for w in orgs["international_adjectives"]),
        international_nouns=frozenset(fold(w) for w in orgs["international_nouns"]),
        not_bodies=PhraseMatcher((n, True) for n in orgs["not_bodies"]),
        agents_only=agents_only,
        country_prepositions=frozenset(fold(w) for w in orgs["country_prepositions"]),
        agent_cues=frozenset(fold(w) for w in orgs["agent_cues"]),
        quoted_name_heads=PhraseMatcher((h, kind) for kind, heads in orgs["quoted_name_heads"].items() for h in heads),
        quoted_name_adjectives=frozenset(fold(w) for w in orgs["quoted_name_adjectives"]),
        byline_sources=PhraseMatcher((w, True) for w in orgs["byline_sources"]),
        outlet_credits=PhraseMatcher((w, True) for w in orgs["outlet_credits"]),
        agency_credits=_gazetteer_bodies(orgs["bodies"], "credits"),
        country_offices=PhraseMatcher((e["ar"], e["country"]) for e in titles["country_offices"]),
    )
