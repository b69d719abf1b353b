"""Results kept for the last few texts read: the stages of one analysis (and a document analysed
again when its anchor moves) ask the same questions of the same text."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Recent(Generic[V]):
    """The results for the `keep` keys asked about last; the key first kept goes first."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self._kept: dict[Hashable, V] = {}

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        if key in self._kept:
            return self._kept[key]
        value = self._kept[key] = compute()
        if len(self._kept) > self.keep:
            self._kept.pop(next(iter(self._kept)), None)  # (another thread may have dropped it already)
        return value

    def clear(self) -> None:
        self._kept.clear()
