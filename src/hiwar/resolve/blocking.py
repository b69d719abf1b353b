"""Candidate blocks for cross-document resolution: compare a report only with the clusters it could
join, instead of with every cluster so far.

Each index returns candidates in the order the clusters were made, so "the first compatible
cluster" is the same cluster a scan of all clusters finds: blocking changes the time, never the record.
"""
from __future__ import annotations

import bisect
import heapq
from collections.abc import Hashable, Iterable, Iterator
from typing import Any


class KeyBlocks:
    """Groups under any number of keys each (names, official ids, types, months); candidates: the
    groups sharing a key."""

    def __init__(self) -> None:
        self._groups: dict[Hashable, list[tuple[int, Any]]] = {}
        self._keys: dict[int, set[Hashable]] = {}  # each group's keys, by the order it was made in
        self._made: dict[int, int] = {}  # id of a group → the order it was made in

    def add(self, group: Any, keys: Iterable[Hashable]) -> None:
        n = self._order(group)
        mine = self._keys[n]
        for key in keys:
            if key in mine:
                continue
            mine.add(key)
            filed = self._groups.get(key)
            if filed is None:
                self._groups[key] = [(n, group)]
            elif filed[-1][0] > n:  # an older group filed under a new key
                bisect.insort(filed, (n, group), key=lambda pair: pair[0])
            else:
                filed.append((n, group))

    def _order(self, group: Any) -> int:
        n = self._made.get(id(group))
        if n is None:
            n = self._made[id(group)] = len(self._made)
            self._keys[n] = set()
        return n

    def candidates(self, keys: Iterable[Hashable]) -> Iterator[Any]:
        lists = [self._groups[k] for k in dict.fromkeys(keys) if k in self._groups]
        if len(lists) == 1:  # a group is filed once under a key
            yield from (group for _, group in lists[0])
            return
        seen: set[int] = set()
        for n, group in _pairs_in_order(lists):
            if n not in seen:
                seen.add(n)
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


def _is_day(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 10


def dated_keys(keys: Iterable[Hashable], value: Any) -> list[tuple]:
    """Keys a group is filed under once it holds a report of this date: each key whatever the date,
    each key in every month the date touches, and in its day (a day) or as coarse in each month (a
    coarser date). A group whose date changes is filed again: it stays under its old keys too, which
    only widens its candidates."""
    keys, months = list(keys), _months(value)
    finer = [("day", value)] if _is_day(value) else [] if value is None else [("coarse", m) for m in months]
    return [(k, "any date") for k in keys] + [(k, m) for k in keys for m in [*months, *finer]]


def dated_probe(keys: Iterable[Hashable], value: Any) -> list[tuple]:
    """Keys of the groups a report of this date could join: two dates that overlap share a month (two
    days are the same day, a day and a coarser date share the day's month), and an undated group or
    report fits any."""
    keys = list(keys)
    if value is None:
        return [(k, "any date") for k in keys]
    months = [("day", value), ("coarse", _months(value)[0])] if _is_day(value) else _months(value)
    return [(k, m) for k in keys for m in [*months, "undated"]]


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
