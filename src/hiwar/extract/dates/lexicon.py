"""The date lexicon: data files under hiwar/data/ar/dates plus CLDR names from babel.

Everything is folded the way documents are (hiwar.text.normalize.fold), so the
patterns built from it run directly on `Doc.norm.text`. Loaded once, lazily.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from babel import Locale

from ...datafiles import read_yaml
from ...text.normalize import fold


def _file(name: str):
    return resources.files("hiwar").joinpath("data", "ar", "dates", name)


def _data(name: str) -> str:
    return _file(name).read_text(encoding="utf-8")


def _yaml(name: str) -> dict:
    return read_yaml(_file(name))


def alt(phrases: Iterable[str]) -> str:
    """A non-capturing regex alternation of folded phrases, longest first, any run of spaces between words."""
    forms = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in forms) + ")"


def lookup(table: dict[str, object], text: str):
    """A table value for matched text (spaces collapsed)."""
    return table[" ".join(text.split())]


@dataclass(frozen=True)
class BaseEvent:
    """A row of anniversaries.tsv: an event anniversaries are counted from."""

    id: str
    value: str  # its date, "YYYY" or "YYYY-MM-DD"
    phrases: tuple[str, ...]  # folded
    requires: tuple[tuple[str, ...], ...]  # folded; every group must occur


@dataclass(frozen=True)
class Lexicon:
    gregorian: dict[str, int]
    gregorian_needs_context: frozenset[str]
    english: dict[str, int]
    hijri: dict[str, int]
    hijri_needs_context: frozenset[str]
    gregorian_year_suffix: tuple[str, ...]
    hijri_year_suffix: tuple[str, ...]
    weekdays: dict[str, int]
    weekday_not_before: tuple[str, ...]
    cardinals: dict[str, int]
    ordinals: dict[str, int]  # 1..99, masculine and feminine, teens and compounds
    day_words: dict[str, int]
    today_not_before: tuple[str, ...]
    today_not_after: tuple[str, ...]
    day_parts: frozenset[str]  # "صباح", "مساء": before a weekday, a time of that day
    directions: dict[str, int]
    general_heads: frozenset[str]
    this: tuple[str, ...]
    units: dict[str, str]  # folded unit word -> "year" | "month" | "week"
    before_last: tuple[str, ...]
    duration_units: dict[str, tuple[str, int | None]]  # word -> (unit, 2 for duals, None otherwise)
    ago: tuple[str, ...]
    month_parts: dict[str, str]  # word -> early | mid | late
    year_parts: dict[str, str]
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    part_ordinals: dict[str, int | str]
    range_open: tuple[str, ...]
    two_days: tuple[str, ...]
    range_join: tuple[str, ...]
    duration_lead: tuple[str, ...]
    start_lead: tuple[str, ...]
    future_words: tuple[str, ...]
    past_words: tuple[str, ...]
    not_future_verbs: frozenset[str]
    jubilees: dict[str, int]
    base_events: tuple[BaseEvent, ...]
    named_days: dict[str, str]  # folded name -> YYYY-MM-DD


def _folded_map(entries: dict[int, list[str]] | dict) -> dict[str, int]:
    return {fold(name): int(key) for key, names in entries.items() for name in names}


def _babel_months(locales: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for code in locales:
        for width in ("wide", "abbreviated"):
            for month, name in Locale.parse(code).months["format"][width].items():
                out[fold(name)] = month
    return out


def _ordinals(data: dict) -> dict[str, int]:
    units = {fold(w): int(n) for n, words in data["ordinal_units"].items() for w in words}
    compound_only = {fold(w) for w in data["compound_only_units"]}
    out = {w: n for w, n in units.items() if w not in compound_only}
    out.update({fold(w): 10 for w in data["ordinal_ten"]})
    for word, n in units.items():
        for suffix in data["ordinal_teen_suffix"]:
            out[f"{word} {fold(suffix)}"] = 10 + n
        for tens_value, tens_words in data["ordinal_tens"].items():
            for tens_word in tens_words:
                out[f"{word} و{fold(tens_word)}"] = int(tens_value) + n  # "الحادي والعشرين"
    out.update({fold(w): int(n) for n, ws in data["ordinal_tens"].items() for w in ws})
    return out


def _base_events(text: str) -> tuple[BaseEvent, ...]:
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    out = []
    for row in rows:
        row = row + [""] * (4 - len(row))
        requires = tuple(tuple(fold(a) for a in group.split("|")) for group in row[3].split(",") if group.strip())
        out.append(BaseEvent(row[0], row[1], tuple(fold(p) for p in row[2].split("|")), requires))
    return tuple(out)


def _named_days(text: str) -> dict[str, str]:
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {fold(name): value for value, names in rows for name in names.split("|")}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    months, weekdays_data = _yaml("months.yaml"), _yaml("weekdays.yaml")
    numbers, rel = _yaml("numbers.yaml"), _yaml("relative.yaml")
    gregorian = _babel_months(months["babel_locales"])
    gregorian.update(_folded_map(months["gregorian_extra"]))
    weekdays = {fold(name): (day + 0) for day, name in
                Locale.parse(weekdays_data["babel_locale"]).days["format"]["wide"].items()}
    weekdays.update(_folded_map(weekdays_data["extra"]))
    duration_units: dict[str, tuple[str, int | None]] = {}
    for unit, forms in rel["duration_units"].items():
        for kind, words in forms.items():
            for w in words:
                duration_units[fold(w)] = (unit, 2 if kind == "two" else None)
    folded = lambda words: tuple(fold(w) for w in words)  # noqa: E731
    return Lexicon(
        gregorian=gregorian,
        gregorian_needs_context=frozenset(folded(months["needs_context"])),
        english={name: int(m) for m, names in months["english"].items() for name in names},
        hijri=_folded_map(months["hijri"]),
        hijri_needs_context=frozenset(folded(months["hijri_needs_context"])),
        gregorian_year_suffix=folded(months["gregorian_year_suffix"]),
        hijri_year_suffix=folded(months["hijri_year_suffix"]),
        weekdays=weekdays,
        weekday_not_before=folded(weekdays_data["not_before"]),
        cardinals={fold(w): int(n) for w, n in numbers["cardinals"].items()},
        ordinals=_ordinals(numbers),
        day_words={fold(w): int(n) for w, n in rel["days"].items()},
        today_not_before=folded(rel["today_not_before"]),
        today_not_after=folded(rel["today_not_after"]),
        day_parts=frozenset(folded(rel["day_parts"])),
        directions={fold(w): int(n) for w, n in rel["directions"].items()},
        general_heads=frozenset(folded(rel["general_heads"])),
        this=folded(rel["this"]),
        units={fold(w): unit for unit, words in rel["units"].items() for w in words},
        before_last=folded(rel["before_last"]),
        duration_units=duration_units,
        ago=folded(rel["ago"]),
        month_parts={fold(w): part for part, words in rel["month_parts"].items() for w in words},
        year_parts={fold(w): part for part, words in rel["year_parts"].items() for w in words},
        quarter_words=folded(rel["quarter_word"]),
        half_words=folded(rel["half_word"]),
        part_ordinals={fold(w): (k if k == "last" else int(k)) for k, words in rel["part_ordinals"].items() for w in words},
        range_open=folded(rel["range_open"]),
        two_days=folded(rel["two_days"]),
        range_join=folded(rel["range_join"]),
        duration_lead=folded(rel["duration_lead"]),
        start_lead=folded(rel["start_lead"]),
        future_words=folded(rel["tense"]["future_words"]),
        past_words=folded(rel["tense"]["past_words"]),
        not_future_verbs=frozenset(folded(rel["tense"]["not_future_verbs"])),
        jubilees={fold(w): int(n) for w, n in _yaml("jubilees.yaml").items()},
        base_events=_base_events(_data("anniversaries.tsv")),
        named_days=_named_days(_data("named_days.tsv")),
    )


def cardinal_value(text: str) -> int | None:
    """The value of a number written in digits or words ("أربع", "ألفين وخمسة وعشرين", "30")."""
    text = " ".join(text.split())
    if text.isdigit():
        return int(text)
    table = lexicon().cardinals
    if text in table:
        return table[text]
    total = 0
    for part in re.split(r"\s+و\s*|\s+(?=و)", text):
        part = part[1:] if part.startswith("و") and part not in table else part
        if part not in table:
            return None
        total += table[part]
    return total
