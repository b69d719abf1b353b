"""Date values as the cross-document stage compares them, each value's reading remembered.

[scale] A 20,000-document build compares a few thousand distinct date values millions of times
(`bounds` 2.3 M calls, `value_key` 0.9 M): each is worked out once per value here, with the same
result as `extract.dates.values` gives (which stays the one definition: these only remember it).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from ..extract.dates.values import bounds as _bounds, value_key as _value_key

_VALUES = 1 << 16  # distinct values remembered: far more than a record's dates, a bounded cost


@lru_cache(maxsize=_VALUES)
def _text_bounds(value: str) -> tuple[date, date]:
    return _bounds(value)


def bounds(value: Any) -> tuple[date, date]:
    """The first and last day a value covers (`values.bounds`)."""
    if type(value) is str:
        return _text_bounds(value)
    if type(value) is dict and type(value.get("start")) is str and type(value.get("end")) is str:
        return _text_bounds(value["start"])[0], _text_bounds(value["end"])[1]
    return _bounds(value)


def contains(outer: Any, inner: Any) -> bool:
    """True when every day of `inner` lies within `outer` (`values.contains`)."""
    o1, o2 = bounds(outer)
    i1, i2 = bounds(inner)
    return o1 <= i1 and i2 <= o2


@lru_cache(maxsize=_VALUES)
def _plain_key(value: str | int) -> str:
    return _value_key(value)


def value_key(value: Any) -> str:
    """A string standing for a value, equal for equal values (`values.value_key`); a text's or a
    number's (a round's) remembered (not a bool's: True and 1 are one key to a cache)."""
    kind = type(value)
    return _plain_key(value) if kind is str or kind is int else _value_key(value)
