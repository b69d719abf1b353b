"""A value as the store keeps it: its pickle, compressed. [scale] A build holds thousands of them (a
fifth of their size as objects) and unpickles one only when it reads it."""
from __future__ import annotations

import pickle
import zlib
from typing import Any


class Packed:
    """A value packed (`pack`), unpickled each time it is read."""

    __slots__ = ("payload",)

    def __init__(self, payload: bytes) -> None:
        self.payload = payload

    def __reduce__(self) -> tuple:
        return Packed, (self.payload,)

    def unpacked(self) -> Any:
        return unpack(self.payload)


def pack(value: Any) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=5), 1)


def unpack(payload: bytes) -> Any:
    return pickle.loads(zlib.decompress(payload))
