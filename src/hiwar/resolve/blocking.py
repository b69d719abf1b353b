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


class EventBlocks:
    """Event clusters by (type, working group), then dialogue, then round: two events of different
    types, groups, dialogues or round numbers never merge (a missing dialogue or round fits any)."""

    def __init__(self) -> None:
        self._blocks: dict[Hashable, dict[Any, dict[Any, list[tuple[int, Any]]]]] = \
            defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
        self._made = 0

    def add(self, cluster: Any, event: Any) -> None:
        self._blocks[event.type, event.working_group][event.dialogue or None][event.round].append((self._made, cluster))
        self._made += 1

    def candidates(self, event: Any) -> Iterator[Any]:
        by_dialogue = self._blocks.get((event.type, event.working_group))
        if not by_dialogue:
            return iter(())
        dialogues = [event.dialogue, None] if event.dialogue else list(by_dialogue)
        lists = []
        for dialogue in dict.fromkeys(dialogues):
            by_round = by_dialogue.get(dialogue, {})
            rounds = [event.round, None] if event.round is not None else list(by_round)
            lists.extend(by_round[r] for r in dict.fromkeys(rounds) if r in by_round)
        return _in_order(lists)


class KeyBlocks:
    """Groups under any number of keys each (names, official ids); candidates: the groups sharing a key."""

    def __init__(self) -> None:
        self._groups: dict[Hashable, list[tuple[int, Any]]] = defaultdict(list)
        self._filed: set[tuple[Hashable, int]] = set()
        self._order: dict[int, int] = {}

    def add(self, group: Any, keys: Iterable[Hashable]) -> None:
        n = self._order.setdefault(id(group), len(self._order))
        for key in keys:
            if (key, n) not in self._filed:
                self._filed.add((key, n))
                bisect.insort(self._groups[key], (n, group), key=lambda pair: pair[0])

    def keys(self) -> Iterable[Hashable]:
        return self._groups.keys()

    def candidates(self, keys: Iterable[Hashable]) -> Iterator[Any]:
        seen: set[int] = set()
        for _, group in _pairs_in_order([self._groups[k] for k in dict.fromkeys(keys) if k in self._groups]):
            if id(group) not in seen:
                seen.add(id(group))
                yield group


def _pairs_in_order(lists: list[list[tuple[int, Any]]]) -> Iterator[tuple[int, Any]]:
    return heapq.merge(*lists, key=lambda pair: pair[0])


def _in_order(lists: list[list[tuple[int, Any]]]) -> Iterator[Any]:
    return (item for _, item in _pairs_in_order(lists))


def instrument_keys(kind: str, words: set[str], joint: bool) -> list[tuple]:
    """Keys an agreement is filed under: its type, and each word of its subject. Outside joint
    statements (compared on their meeting), two reports are one instrument only when one subject's
    words hold the other's: they share a word, or one subject has none."""
    if joint:
        return [(kind, "joint")]
    return [(kind, "any"), *((kind, "word", w) for w in words), *([(kind, "empty")] if not words else [])]


def instrument_probe(kind: str, words: set[str], joint: bool) -> list[tuple]:
    """Keys of the agreements a report could be one instrument with."""
    if joint:
        return [(kind, "joint")]
    if not words:
        return [(kind, "any")]
    return [*((kind, "word", w) for w in words), (kind, "empty")]
