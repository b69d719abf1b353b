"""[scale] What the cross-document stage tells the save and `keep_ids` about the objects it made.

An object the stage can vouch for is made of named reports: each a place in one document's analysis,
the analysis named by the key it is kept under (which names its text, metadata, anchors and the
engine). The stage tells each such object a digest of those names, in order, and of its own code;
equal digests give equal objects, but for the fields that steps after the object was made may change
(`later_fields`: ids that `keep_ids` and curations move, dates the stage fixes once every event is
merged, conflicts), which are compared as they are. A step that changes anything else of an object
forgets it, and the object is compared in full, as every object is when nothing is told.

So a save fingerprints a small digest and a few fields of each such object, not its evidence: at
20,000 documents plus 10, about a hundred thousand events and forty thousand agreements, of which a
few hundred changed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from hashlib import blake2b
from operator import attrgetter
from typing import Any

from ..record import Agreement, Event

_DIGEST = 16  # bytes of an object's digest

# The fields of an object that steps after its making may change, by its class, its conflicts last:
# compared as they are (dates: build._unknown_years and _aggregate_dates; ids: keep_ids and curations).
_LATER: dict[type, Callable[[Any], tuple]] = {
    Event: attrgetter("id", "date", "participants", "organizations", "conflicts"),
    Agreement: attrgetter("id", "parties", "conflicts"),
}


class Told:
    """Each object the stage vouches for, with the digest of what it was made of. `version` names the
    stage's code (store.cache.stage_version); `key_of(doc_id)` the key its analysis is kept under."""

    def __init__(self, version: str):
        self._version = version.encode()
        self._key_of: Callable[[str], str] | None = None
        self._keys: dict[str, bytes] = {}
        self._made: dict[int, tuple[Any, bytes]] = {}  # id of an object -> (the object, its digest)

    def name_analyses(self, key_of: Callable[[str], str]) -> None:
        """Where the keys of the documents' analyses come from: until then nothing is told."""
        self._key_of = key_of

    def made(self, obj: Any, reports: Iterable[tuple[str, int]]) -> None:
        """`obj` is made of these reports alone, in this order: (document id, place in its analysis)."""
        if self._key_of is None or type(obj) not in _LATER:
            return
        digest = blake2b(self._version, digest_size=_DIGEST)
        for doc_id, place in reports:
            key = self._keys.get(doc_id)
            if key is None:
                key = self._keys[doc_id] = self._key_of(doc_id).encode()
            digest.update(b"%s\0%d\0" % (key, place))
        self._made[id(obj)] = (obj, digest.digest())

    def forget(self, obj: Any) -> None:
        """`obj` was changed beyond its later fields: it is compared in full."""
        self._made.pop(id(obj), None)

    def digest(self, obj: Any) -> bytes | None:
        """The digest of what `obj` was made of, or None when nothing is told of it."""
        found = self._made.get(id(obj))
        return found[1] if found is not None and found[0] is obj else None

    def __len__(self) -> int:
        return len(self._made)


def later_fields(obj: Any) -> tuple:
    """The values of the fields of `obj` that steps after its making may change, as plain values."""
    *values, conflicts = _LATER[type(obj)](obj)
    return (*values, [(c.field, c.claims, c.resolution) for c in conflicts])
