"""Parts of pages drawn once per state of the record: a long dialogue's timeline costs far more to draw than
to read, and it only changes when the record is saved again (by this server or by an ingest elsewhere)."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import TypeVar

from ..store.store import Store

T = TypeVar("T")


class DrawnParts:
    """The last `size` parts drawn, each kept under the record digest it was drawn from."""

    def __init__(self, size: int = 256) -> None:
        self._parts: OrderedDict[tuple[str, Hashable], object] = OrderedDict()
        self._size = size
        self._lock = Lock()

    def get(self, store: Store, key: Hashable, draw: Callable[[], T]) -> T:
        digest = store.record_digest()
        if not digest:  # a store saved before digests were kept: nothing to key on
            return draw()
        full = (digest, key)
        with self._lock:
            if full in self._parts:
                self._parts.move_to_end(full)
                return self._parts[full]  # type: ignore[return-value]
        part = draw()
        with self._lock:
            self._parts[full] = part
            while len(self._parts) > self._size:
                self._parts.popitem(last=False)
        return part
