"""Places: countries (names, short forms, demonyms) and cities, each tied to an ISO code.

Country names come from CLDR (babel's Arabic territory names) at load time; what CLDR
lacks — demonyms, short and long forms, capitals — comes from the curated files
data/ar/demonyms.tsv and data/ar/cities.tsv.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.languages import get_official_languages

from ..datafiles import data_path
from ..text.doc import Doc, clitic_readings
from ..text.matcher import PhraseMatcher
from ..text.normalize import fold
from .types import Mention

DATA = Path(__file__).resolve().parents[1] / "data" / "ar"


@dataclass(frozen=True)
class PlaceEntry:
    country: str  # ISO alpha-2
    form: str  # "country" | "demonym" | "city"
    city: str | None = None  # the city as the lexicon writes it
    capital: bool = False


def read_rows(name: str, folder: Path = DATA) -> list[list[str]]:
    """Non-comment, non-empty rows of a tab-separated data file (of data/ar unless told)."""
    rows = []
    for line in data_path(folder / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def read_list(name: str) -> list[str]:
    return [row[0] for row in read_rows(name)]


@lru_cache(maxsize=1)
def _agency_country_words() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_rows("country_offices_of_agencies.tsv")
    return (frozenset(fold(w) for w, role in rows if role == "head"),
            frozenset(fold(w) for w, role in rows if role == "country"))


def of_the_country(doc: Doc, i: int) -> bool:
    """Token i is "القطري" meaning "of the country" after an agency office's noun ("المدير القطري
    لبرنامج الأغذية العالمي": its country director), not the demonym of Qatar."""
    heads, words = _agency_country_words()
    return i > 0 and doc.tokens[i].norm in words and doc.tokens[i - 1].norm in heads


def demonym_forms(base: str) -> list[str]:
    """Masculine demonym "كويتي" → the article, feminine, dual and plural forms."""
    stems = [base, base[:-1] + "ية", base + "ين", base + "ون", base + "ان", base[:-1] + "يتان", base[:-1] + "يتين"]
    return stems + ["ال" + s for s in stems]


@lru_cache(maxsize=1)
def place_matcher() -> PhraseMatcher[PlaceEntry]:
    entries: list[tuple[str, PlaceEntry]] = []
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha():
            entries.append((name, PlaceEntry(code, "country")))
    for form, code, kind in read_rows("demonyms.tsv"):
        if kind == "demonym":
            entries.extend((f, PlaceEntry(code, "demonym")) for f in demonym_forms(form))
        else:
            entries.append((form, PlaceEntry(code, "country")))
    for city, code, capital in read_rows("cities.tsv"):
        entries.append((city, PlaceEntry(code, "city", city, capital == "1")))
    # Longer, curated phrases first so "الولايات المتحدة الأمريكية" keeps its own entry.
    entries.sort(key=lambda e: -len(e[0]))
    return PhraseMatcher(entries)


# Arab League states whose official languages CLDR lists with Arabic second: their news is written
# in Arabic and their officials are the Arab side of a page as much as Egypt's.
ARABIC_SECOND = frozenset({"SD", "SO", "DJ"})


@lru_cache(maxsize=1)
def arab_countries() -> frozenset[str]:
    """Countries whose first official language is Arabic (CLDR), and Sudan, Somalia and Djibouti."""
    return frozenset(code for code in Locale("ar").territories
                     if len(code) == 2 and get_official_languages(code)[:1] == ("ar",)) | ARABIC_SECOND


@lru_cache(maxsize=256)
def country_name_en(code: str) -> str:
    return Locale("en").territories.get(code, code)


def is_arab(code: str | None) -> bool:
    return code in arab_countries()


@lru_cache(maxsize=1)
def homographs() -> dict[str, tuple[str, str, PlaceEntry]]:
    """Folded name → (default ISO, vocalized spelling of the other place, the other place)."""
    return {fold(written): (default, other, PlaceEntry(code, "city", other, capital == "1"))
            for written, default, other, code, capital in read_rows("homographs.tsv")}


def given_name_of_a_father(doc: Doc, m) -> bool:
    """A one-word demonym right before "بن"/"بنت" is a given name ("تركي بن محمد"), not Turkish."""
    nxt = m.end_token
    return (m.payload.form == "demonym" and m.end_token - m.first_token == 1 and nxt < len(doc.tokens)
            and doc.tokens[nxt].norm in ("بن", "بنت"))


def find_places(doc: Doc, end: int | None = None) -> list[Mention]:
    """Place mentions (countries, demonyms, cities) before original offset `end`.

    A homograph ("عمان") is the other place when written with its vowels ("عمّان") or when
    the rest of the text names the other place's country more often than the default's.
    """
    found = []
    for m in place_matcher().find_all(doc):
        if end is not None and m.start >= end:
            break
        if not of_the_country(doc, m.first_token) and not given_name_of_a_father(doc, m):
            found.append((m, m.payload))
    shared = homographs()
    counts = Counter(e.country for m, e in found if fold(m.text) not in shared)
    out = []
    for m, e in found:
        twin = shared.get(fold(m.text))
        if twin is not None:
            default, other, entry = twin
            if m.text == other or counts[entry.country] > counts[default]:
                e = entry
        if e.form == "demonym" and _names_the_country(doc, m):
            e = PlaceEntry(e.country, "country")
        out.append(Mention("place", m.start, m.end, m.text, fold(m.text), f"place:{e.form}",
                           {"country": e.country, "city": e.city, "form": e.form}))
    return out


_PLACE_PREPOSITIONS = frozenset({"الي", "إلى", "في", "من", "عن"})


def _names_the_country(doc: Doc, m) -> bool:
    """"السعودية" is the Saudi adjective and the country's short name: after a preposition ("إلى السعودية",
    "في السعودية") or with one joined to it ("للسعودية", "بالسعودية") it is the country."""
    names = _names_also_demonyms()
    word = doc.tokens[m.first_token].norm
    readings = [(k, form) for k, form in clitic_readings(word) if form in names]
    if not readings:
        return False
    joined = any(form != word and ("ل" in word[:k + 1] or "ب" in word[:k + 1]) for k, form in readings)
    return joined or m.first_token > 0 and doc.tokens[m.first_token - 1].norm in _PLACE_PREPOSITIONS


@lru_cache(maxsize=1)
def _names_also_demonyms() -> frozenset[str]:
    """A country's other names (demonyms.tsv, kind "name") that are also a form of a demonym."""
    rows = read_rows("demonyms.tsv")
    demonyms = {fold(f) for form, _, kind in rows if kind == "demonym" for f in demonym_forms(form)}
    return frozenset(fold(form) for form, _, kind in rows if kind != "demonym") & demonyms


def place_at(doc: Doc, i: int) -> tuple[PlaceEntry, int] | None:
    """The place phrase starting at token i (proclitics allowed) and its end token."""
    m = place_matcher().match_at(doc, i)
    return (m.payload, m.end_token) if m else None
