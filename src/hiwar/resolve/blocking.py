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


class _Several(list):
    """The groups filed under one key when there are more than one, in the order they were made."""


class KeyBlocks:
    """Groups under any number of keys each (names, official ids, types, months); candidates: the
    groups sharing a key.

    [scale] Under each key, its one group itself (most keys: a day, a name), or the groups in the
    order they were made (`_Several`), where a group is found by bisection: nothing per group
    remembers its keys (thousands of clusters, eight keys each)."""

    def __init__(self) -> None:
        self._groups: dict[Hashable, Any] = {}  # key → its one group, or _Several
        self._made: dict[int, int] = {}  # id of a group → the order it was made in

    def add(self, group: Any, keys: Iterable[Hashable]) -> None:
        made, groups = self._made, self._groups  # [scale] ~160,000 adds of eight keys each at 20,000
        n = made.setdefault(id(group), len(made))
        for key in keys:
            filed = groups.get(key)
            if filed is None:
                groups[key] = group
            elif type(filed) is not _Several:
                before = made[id(filed)]
                if before != n:
                    groups[key] = _Several([filed, group] if before < n else [group, filed])
            else:
                last = made[id(filed[-1])]
                if last < n:
                    filed.append(group)
                elif last > n:  # an older group filed under a new key, or again under one of its keys
                    at = bisect.bisect_left(filed, n, key=self._order)
                    if made[id(filed[at])] != n:
                        filed.insert(at, group)

    def _order(self, group: Any) -> int:
        return self._made[id(group)]

    def candidates(self, keys: Iterable[Hashable]) -> Iterator[Any]:
        groups = self._groups
        lists = []
        for key in dict.fromkeys(keys):
            filed = groups.get(key)
            if filed is not None:
                lists.append(filed if type(filed) is _Several else (filed,))
        if len(lists) == 1:  # a group is filed once under a key
            yield from lists[0]
            return
        seen: set[int] = set()
        for group in heapq.merge(*lists, key=self._order):
            if id(group) not in seen:  # the same group under two keys: its id is its order's key
                seen.add(id(group))
                yield group


def _years(value: Any) -> list[str]:
    """The years a date value touches."""
    first, last = (value["start"], value["end"]) if isinstance(value, dict) else (value, value)
    return [f"{y:04d}" for y in range(int(first[:4]), int(last[:4]) + 1)]


def _when(value: Any) -> tuple[list[tuple], list[tuple]]:
    """The time keys a group of this date is filed under, and those a report of this date probes.

    A day is filed under its day, month and year; a month under its month and year, and as a coarse
    month; any wider date under each year it touches, and as a coarse year there. Two dates that
    overlap meet: a day probes its day, and the coarse month and years around it; a month probes its
    month and the coarse years around it; a wider date probes every year it touches."""
    if value is None:
        return [("undated",)], [("any date",)]
    if isinstance(value, str) and len(value) == 10:
        return ([("day", value), ("month", value[:7]), ("year", value[:4])],
                [("day", value), ("coarse month", value[:7]), ("coarse year", value[:4]), ("undated",)])
    if isinstance(value, str) and len(value) == 7:
        return ([("month", value), ("year", value[:4]), ("coarse month", value)],
                [("month", value), ("coarse year", value[:4]), ("undated",)])
    years = _years(value)
    return ([*(("year", y) for y in years), *(("coarse year", y) for y in years)],
            [*(("year", y) for y in years), ("undated",)])


def dated_keys(keys: Iterable[Hashable], value: Any) -> list[tuple]:
    """Keys a group is filed under once it holds a report of this date: each key whatever the date, and
    each key with each of the date's time keys (`_when`). A group whose date changes is filed again: it
    stays under its old keys too, which only widens its candidates."""
    keys, times = list(keys), _when(value)[0]
    return [(k, ("any date",)) for k in keys] + [(k, t) for k in keys for t in times]


def dated_probe(keys: Iterable[Hashable], value: Any) -> list[tuple]:
    """Keys of the groups a report of this date could join: those whose dates may overlap it (`_when`);
    an undated group or report fits any."""
    keys, times = list(keys), _when(value)[1]
    return [(k, t) for k in keys for t in times]


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
