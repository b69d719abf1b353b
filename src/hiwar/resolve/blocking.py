"""Candidate blocks for cross-document resolution: compare a report only with the clusters it could
join, instead of with every cluster so far.

Each index returns candidates in the order the clusters were made, so "the first compatible
cluster" is the same cluster a scan of all clusters finds: blocking changes the time, never the record.
"""
from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from typing import Any


class KeyBlocks:
    """Groups under any number of keys each (names, official ids, types, months); candidates: the
    groups sharing a key."""

    def __init__(self) -> None:
        self._groups: dict[Hashable, list[tuple[int, Any]]] = defaultdict(list)
        self._filed: set[tuple[Hashable, int]] = set()
        self._order: dict[int, int] = {}

    def add(self, group: Any, keys: Iterable[Hashable]) -> None:
        n = self._order.setdefault(id(group), len(self._order))
        for key in keys:
            if (key, n) not in self._filed:
                self._filed.add((key, n))
                filed = self._groups[key]
                if filed and filed[-1][0] > n:  # an older group filed under a new key
                    bisect.insort(filed, (n, group), key=lambda pair: pair[0])
                else:
                    filed.append((n, group))

    def candidates(self, keys: Iterable[Hashable]) -> Iterator[Any]:
        seen: set[int] = set()
        for _, group in _pairs_in_order([self._groups[k] for k in dict.fromkeys(keys) if k in self._groups]):
            if id(group) not in seen:
                seen.add(id(group))
                yield group


def _pairs_in_order(lists: list[list[tuple[int, Any]]]) -> Iterator[tuple[int, Any]]:
    return heapq.merge(*lists, key=lambda pair: pair[0])


def _months(value: Any) -> list[Hashable]:
    """The (year, month) pairs a date value touches, or "undated"."""
    if value is None:
        return ["undated"]
    first, last = (value["start"], value["end"]) if isinstance(value, dict) else (value, value)
    lo = int(first[:4]) * 12 + (int(first[5:7]) - 1 if len(first) >= 7 else 0)
    hi = int(last[:4]) * 12 + (int(last[5:7]) - 1 if len(last) >= 7 else 11)
    return [divmod(n, 12) for n in range(lo, hi + 1)]


def dated_keys(keys: Iterable[Hashable], value: Any) -> list[tuple]:
    """Keys a group is filed under once it holds a report of this date: each key whatever the date,
    and each key in every month the date touches. A group whose date changes is filed again: it stays
    under its old months too, which only widens its candidates."""
    keys, months = list(keys), _months(value)
    return [(k, "any date") for k in keys] + [(k, m) for k in keys for m in months]


def dated_probe(keys: Iterable[Hashable], value: Any) -> list[tuple]:
    """Keys of the groups a report of this date could join: two dates that overlap share a month, and
    an undated group or report fits any."""
    keys = list(keys)
    if value is None:
        return [(k, "any date") for k in keys]
    months = [*_months(value), "undated"]
    return [(k, m) for k in keys for m in months]


def _chief(words: set[str]) -> str:
    """One word standing for a subject: its longest (the least common, as a rule), then the first in order."""
    return min(words, key=lambda w: (-len(w), w))


def instrument_keys(kind: str, words: set[str], joint: bool) -> list[tuple]:
    """Keys an agreement is filed under. Outside joint statements (compared on their meeting), two
    reports are one instrument only when one subject's words hold the other's: the smaller subject's
    chief word is then among the larger's words. An agreement is filed under each word of its subject
    and under its chief word (or as empty, which every subject holds)."""
    if joint:
        return [(kind, "joint")]
    if not words:
        return [(kind, "any"), (kind, "empty")]
    return [(kind, "any"), *((kind, "word", w) for w in words), (kind, "chief", _chief(words))]


def instrument_probe(kind: str, words: set[str], joint: bool) -> list[tuple]:
    """Keys of the agreements a report could be one instrument with: those whose subject holds its
    chief word, those whose chief word its subject holds, and the empty ones."""
    if joint:
        return [(kind, "joint")]
    if not words:
        return [(kind, "any")]
    return [(kind, "word", _chief(words)), *((kind, "chief", w) for w in words), (kind, "empty")]
