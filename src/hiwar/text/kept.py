"""The part of a text's layer kept for reading the text again in the same build: what the layer
derived that no anchor changes (phrase matches, entity readings, date expressions before their
values), without its tokens, offsets or sentences, as a few KB of compressed bytes.

A document whose anchor the anchor passes may move is read again once it moves (resolve.anchors):
its new layer takes these values back instead of deriving them (`text.doc.TextLayer`).
"""
from __future__ import annotations

import hashlib
import io
import pickle
import zlib
from collections.abc import Hashable, Iterable
from typing import Any

# Objects compared by identity (a matcher in a key, a lexicon entry a match carries) are kept by
# reference, as these ids, for as long as the parts: copies would be other objects, and large ones.
_SHARED: list[Any] = []
_SHARED_IDS: dict[int, int] = {}
_BY_VALUE = frozenset({str, int, float, bool, type(None), tuple, list, dict, set, frozenset, bytes})

_PARTS: dict[bytes, bytes] = {}  # the text's digest -> its kept part


def packed(value: Any) -> Any:
    """A derived value as a kept part holds it: its `packed()` form where it has one (a smaller form of
    itself: a matcher's matches as spans, without their texts), whose `unpacked(layer)` gives it back."""
    return value.packed() if hasattr(value, "packed") else value


def unpacked(value: Any, layer: Any) -> Any:
    return value.unpacked(layer) if hasattr(value, "unpacked") else value


def keep(text: str, values: Iterable[tuple[Hashable, Any]]) -> None:
    """Keep the text's derived values (key, packed value) until `release`."""
    out = io.BytesIO()
    _Keeper(out, pickle.HIGHEST_PROTOCOL).dump(list(values))
    _PARTS[_digest(text)] = zlib.compress(out.getvalue(), 1)


def kept(text: str) -> dict[Hashable, Any]:
    """The values kept of the text (packed), none when it was not kept."""
    if not _PARTS:
        return {}
    part = _PARTS.get(_digest(text))
    return dict(_Taker(io.BytesIO(zlib.decompress(part))).load()) if part is not None else {}


def release() -> None:
    """Let go of every kept part and of the objects they refer to."""
    _PARTS.clear()
    _SHARED.clear()
    _SHARED_IDS.clear()


def _digest(text: str) -> bytes:
    """What a text's part is kept under, without holding the text itself."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class _Keeper(pickle.Pickler):
    def persistent_id(self, obj: Any) -> int | None:
        kind = type(obj)
        if kind in _BY_VALUE or kind.__eq__ is not object.__eq__:
            return None
        n = _SHARED_IDS.get(id(obj))
        if n is None:
            n = _SHARED_IDS[id(obj)] = len(_SHARED)
            _SHARED.append(obj)  # held: its id stays its own
        return n


class _Taker(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        return _SHARED[pid]
