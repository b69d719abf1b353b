"""Whether two reports' venues can be one place: "القاهرة" and "مصر" (a city and its country), "دمشق" and
"Damascus" (one city in two scripts), as well as "واشنطن" and "العاصمة الأمريكية واشنطن"."""
from __future__ import annotations

from functools import lru_cache

from ..extract.english.lexicon import DATA as ENGLISH_DATA
from ..extract.english.lexicon import english_lexicon
from ..extract.places import homographs, place_matcher, read_rows
from ..text.doc import Doc
from ..text.normalize import fold

Place = tuple[str, str | None]  # (ISO country, the city's English name or None for the country itself)


@lru_cache(maxsize=1)
def _english_city_names() -> dict[str, str]:
    """Arabic city (as data/ar/cities.tsv writes it) → its English name."""
    return {arabic: english for arabic, english in read_rows("city_names.tsv", ENGLISH_DATA)}


@lru_cache(maxsize=1)
def _english_places() -> dict[str, Place]:
    """English city and country names, in lower case (venues are compared folded) → their place."""
    lexicon = english_lexicon()
    places: dict[str, Place] = {name.lower(): (code, None) for name, code in lexicon.countries.items()}
    places.update({name.lower(): (code, name) for name, code in lexicon.cities.items()})
    return places


@lru_cache(maxsize=4096)
def venue_place(venue: str) -> Place | None:
    """The place a venue names when it is a country or a known city (in either script), else None."""
    english = _english_places().get(venue.lower())
    if english is not None:
        return english
    if fold(venue) in homographs():  # "عمان": Oman or Amman, as the page's other places tell; not known here
        return None
    found = [m.payload for m in place_matcher().find_all(Doc(venue))]  # "العاصمة الأمريكية واشنطن": one country
    if not found or len({entry.country for entry in found}) != 1:
        return None
    city = next((entry.city for entry in found if entry.form == "city"), None)
    return found[0].country, _english_city_names().get(city, city) if city else None


def same_place(x: str, y: str) -> bool:
    """"واشنطن" and "العاصمة الأمريكية واشنطن" are one place; a venue written in Arabic and one written in
    English ("الكويت", "Kuwait City") are when they lie in the same country."""
    a, b = fold(x), fold(y)
    if _latin(a) != _latin(b):
        country = _country(x)
        return country is not None and country == _country(y)
    return a in b or b in a


def _latin(text: str) -> bool:
    return any("a" <= ch <= "z" for ch in text)


def _country(venue: str) -> str | None:
    place = venue_place(venue)
    return place[0] if place else None


def one_place(x: str, y: str) -> bool:
    """Two venues that can be one place: the same name, or the same city, or a city and its country."""
    if same_place(x, y):
        return True
    a, b = venue_place(x), venue_place(y)
    if a is None or b is None or a[0] != b[0]:
        return False
    return a[1] is None or b[1] is None or a[1] == b[1]
