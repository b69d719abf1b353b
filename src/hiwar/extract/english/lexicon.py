"""The English lexicons (data/en/*), loaded once, and the spelling key of Latin-script names."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale

from ...datafiles import read_yaml
from ..places import DATA as AR_DATA, read_rows
from ...text.normalize import fold

DATA = Path(__file__).resolve().parents[2] / "data" / "en"


def load(name: str, folder: Path = DATA) -> dict:
    return read_yaml(folder / name)


@lru_cache(maxsize=1)
def _arabic_organizations() -> dict:
    """data/ar/organizations.yaml, whose `en` names the English lexicon shares (read once)."""
    return load("organizations.yaml", AR_DATA)


def latin_key(name: str) -> str:
    """A spelling key for a Latin-script name: "al-Busaidi", "Al Busaidi", "Albusaidi" → "busaidi";
    "Shia’" → "shia". Accents, apostrophes, hyphens and the article "al" do not count."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[’'`.]", "", text)
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    if len(words) > 1 and words[0] in ("al", "el"):
        words = words[1:]
    key = "".join(words)
    return key[2:] if key.startswith("al") and len(key) > 5 else key


def skeleton(word: str) -> str:
    """"Khalifa" → "khlf", "Al-Harthy" → "hrt", "Matthew" → "mt", "Al-Yahya" → "yh": consonants,
    doubled letters once; "th" is "t" ("Anthony" and "Antony" are one name, as "Othman" and "Otman").
    Letters are doubled only side by side: "Sasahara" is "sshr", not the "shr" of "Sahara"."""
    key = re.sub(r"[^a-z]", "", latin_key(word)).replace("th", "t")
    key = re.sub(r"(.)\1+", r"\1", key)
    key = key[:1] + re.sub(r"[yw]", "", key[1:])  # y and w are vowels but at the head of a word ("Yahya")
    key = re.sub(r"[aeiou]", "", key)
    return key[:-1] if key.endswith("h") and len(key) > 2 else key


@dataclass(frozen=True)
class EnglishBody:
    id: str  # the organization key shared with the Arabic lexicon when the body is in it
    en: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class EnglishOfficial:
    id: str
    en: str
    country: str | None
    first: str  # consonant skeletons
    last: str
    alone: bool
    middle: frozenset[str]  # skeletons of the words between: "Nawaf" tells two "Ahmad ... Al-Sabah" apart
    spelled_last: str  # the surname's spelling key: "Saied" is not "Saud", though both are "sd"
    before_family: str  # skeleton of the name before the family's: "Faisal bin Farhan" without "Al Saud"
    spelled_before: str  # ... and its spelling key: "Hamad" is not "Al-Humoud"
    fathers_last: bool = False  # the name ends on the father's ("Haitham bin Tarik"): no word alone names him by it


@dataclass(frozen=True)
class EnglishLexicon:
    honorifics: tuple[str, ...]  # longest first
    office_words: frozenset[str]
    not_names: frozenset[str]
    headline_verbs: frozenset[str]  # "Meets": in a title-case headline, it parts two persons' offices
    particles: frozenset[str]
    given: frozenset[str]
    arab_given: frozenset[str]  # given names of the Arab world (in `given` too)
    arab_particles: frozenset[str]  # "bin", "Al", "Abdul": words only Arab names have
    demonyms: dict[str, str]  # written form → ISO code
    office_countries: dict[str, str]  # an office only one country has ("Secretary of State") → ISO code
    offices_not_of: dict[str, tuple[str, ...]]  # ISO code → words of offices its government does not have
    countries: dict[str, str]  # English country name → ISO code
    cities: dict[str, str]  # English city name → ISO code
    bodies: dict[str, EnglishBody]  # written name → body
    national_bodies: dict[str, EnglishBody]  # English name → body of the country named before it
    portfolios: dict[str, tuple[str, str, str | None]]  # word → (ministry id, en portfolio, US department)
    seats: dict[str, dict[str, str]]  # a seat ("Pentagon") → its country and portfolio, or its office's id, en, kind
    officials: tuple[EnglishOfficial, ...]
    body_heads: dict[str, str]  # head noun of a named body → its kind ("Fund": "fund")
    state_heads: frozenset[str]  # heads that with a country alone name the state ("Government of Iraq")
    run_openers: frozenset[str]  # capitalized words that open a run without naming ("The", "When")
    royal_styles: frozenset[str]  # "Prince": dropped from the end of a title ...
    styled_offices: frozenset[str]  # ... unless it completes an office ("Crown Prince")
    country_words: frozenset[str]  # the words of countries' names and of states' styles ("United", "Republic")
    city_words: frozenset[str]  # the words of cities' names ("Crown Prince of Abu Dhabi": an office, no name)
    day_names: frozenset[str]  # "Saturday": a weekday after a name closes it ("PM Narendra Modi Saturday said")
    lower_office_heads: frozenset[str]  # "minister", "spokesman": offices as lower-case papers write them
    post_nominals: frozenset[str]  # "MP", "KCMG": letters after a name, no part of it
    attributive_heads: frozenset[str]  # "administration": after a lone surname, it names no one ("the Biden ...")
    outlet_words: frozenset[str]  # "Times": after a country's name, a paper's name ("Kuwait Times")
    personal_honorifics: frozenset[str]  # "Dr", "Mr": a given name after one is no office


def _bodies() -> dict[str, EnglishBody]:
    ar = _arabic_organizations()
    by_arabic: dict[str, EnglishBody] = {}
    out: dict[str, EnglishBody] = {}
    for e in ar["bodies"]:
        m = re.fullmatch(r"(.*?)\s*(?:\(([^)]*)\))?", e["en"])
        body = EnglishBody(fold(e["names"][0]), e["en"], e.get("country"), e["kind"])
        for name in e["names"]:
            by_arabic[name] = body
        for form in (m.group(1), m.group(2)):
            if form:
                out.setdefault(form, body)
        out.update({n: body for n in e["names"] if n.isascii()})
    for e in load("organizations.yaml")["bodies"]:
        body = by_arabic.get(e.get("same_as")) or EnglishBody(fold(e["en"]), e["en"], e.get("country"), e["kind"])
        for name in e["names"]:
            out[name] = body
    return out


def _seats(entries: dict[str, dict]) -> dict[str, dict[str, str]]:
    """A seat standing for an office ("the White House") is the Arabic lexicon's seat of that name
    (`same_as`), so that the reports of both languages give one body."""
    by_arabic = {name: e for e in _arabic_organizations()["agents_only"] for name in e["names"]}
    seats = {}
    for seat, entry in entries.items():
        if "same_as" in entry:
            e = by_arabic.get(entry["same_as"])
            if e is None:  # a language folder without that seat (HIWAR_DATA): not known either
                continue
            entry = {"id": fold(e["names"][0]), "en": e["en"], "country": e["country"], "kind": e["kind"]}
        seats[seat] = entry
    return seats


def _national_bodies() -> dict[str, EnglishBody]:
    """A country's own bodies by their English names ("National Assembly", "Army"), keyed like the Arabic ones."""
    ar = _arabic_organizations()
    return {e["en"]: EnglishBody(fold(e.get("same_as") or e["ar"][0]), e["en"], None, e["kind"])
            for e in ar["national_bodies"]}


def _portfolios() -> dict[str, tuple[str, str, str | None]]:
    ar = _arabic_organizations()
    by_en = {e["en"]: (fold(e["ar"][0]), e["en"], e.get("us")) for e in ar["ministries"]}
    out = {en: entry for en, entry in by_en.items()}
    for word, en in load("organizations.yaml")["portfolio_words"].items():
        out[word] = by_en[en]
    return out


def _before_family(words: list[str], particles: frozenset[str]) -> str:
    """"Mohammed bin Abdulrahman Al Thani" → "Abdulrahman", "Sabah Al-Khalid Al-Sabah" → "Al-Khalid": the
    name a report ends on when it leaves out the family; "" when the family follows the first name alone."""
    starts = [i for i, w in enumerate(words) if w in ("Al", "El") or w.startswith(("Al-", "El-"))]
    k = starts[-1] if starts else 0
    return words[k - 1] if k >= 2 and words[k - 1] not in particles else ""


def _officials(particles: frozenset[str]) -> tuple[EnglishOfficial, ...]:
    out = []
    for e in load("officials.yaml", AR_DATA):
        words = e["en"].split()
        named = [w for w in words if w not in particles] or words  # "Abdul Latif Rashid" is read from "Latif"
        before = _before_family(words, particles)
        out.append(EnglishOfficial(e["id"], e["en"], e.get("country"), skeleton(named[0]), skeleton(words[-1]),
                                   bool(e.get("alone")), frozenset(skeleton(w) for w in words[1:-1]),
                                   latin_key(words[-1]), skeleton(before), latin_key(before),
                                   len(words) > 2 and words[-2].lower() in ("bin", "ibn", "bint")))
    return tuple(out)


@lru_cache(maxsize=1)
def english_lexicon() -> EnglishLexicon:
    people = load("people.yaml")
    organizations = load("organizations.yaml")
    demonyms = {form: code for code, forms in people["demonyms"].items() for form in forms}
    countries = {name: code for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha()}
    countries.update({form: code for code, forms in people["country_forms"].items() for form in forms})
    cities = {row[0]: row[1] for row in _english_cities()}
    return EnglishLexicon(
        honorifics=tuple(sorted(people["honorifics"], key=len, reverse=True)),
        office_words=frozenset(people["office_words"]),
        not_names=frozenset(people["not_names"] + people["headline_verbs"]),
        headline_verbs=frozenset(people["headline_verbs"]),
        particles=frozenset(people["name_particles"]),
        given=frozenset(people["given_names"] + people["arab_given_names"]),
        arab_given=frozenset(people["arab_given_names"]),
        arab_particles=frozenset(people["arab_name_particles"]),
        demonyms=demonyms,
        office_countries=dict(people["office_countries"]),
        offices_not_of={code: tuple(words) for code, words in people["offices_not_of"].items()},
        countries=countries,
        cities=cities,
        bodies=_bodies(),
        national_bodies=_national_bodies(),
        portfolios=_portfolios(),
        seats=_seats(organizations["seats"]),
        officials=_officials(frozenset(people["name_particles"])),
        body_heads=dict(organizations["named_body_heads"]),
        state_heads=frozenset(organizations["state_heads"]),
        run_openers=frozenset(organizations["run_openers"]),
        royal_styles=frozenset(people["royal_styles"]),
        styled_offices=frozenset(people["styled_offices"]),
        country_words=frozenset(w for name in countries for w in name.split() if w[:1].isupper())
        | frozenset(people["state_styles"]),
        city_words=frozenset(w for name in cities for w in name.split() if w[:1].isupper()),
        day_names=frozenset(forms[0].capitalize() for forms in load("dates.yaml")["weekdays"].values()),
        lower_office_heads=frozenset(people["lower_office_heads"]),
        post_nominals=frozenset(people["post_nominals"]),
        attributive_heads=frozenset(people["attributive_heads"]),
        outlet_words=frozenset(organizations["outlet_words"]),
        personal_honorifics=frozenset(people["personal_honorifics"]),
    )


def _english_cities() -> list[list[str]]:
    return read_rows("cities.tsv", DATA)


