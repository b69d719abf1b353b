"""Per-document work kept in the store, so that an ingest redoes only what changed.

A result is stored under a key naming everything it was computed from: the function, its input
(the source document with its metadata, and the anchors it was read against) and the version of
the engine and its language data. A new ingest finds the results of unchanged documents under the
same keys; a changed text, metadata field, anchor, lexicon or engine gives a new key, hence new work.
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import LargeBinary, String, delete, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from ..datafiles import overlay_files
from ..packing import pack, unpack
from ..resolve.heap import collector_paused
from .models import Base
from .store import Store

_PACKAGE = Path(__file__).resolve().parents[1]
# What a document's own work depends on: the text layer, the extractors, the language data, and the
# anchors it is read against (cross-document resolution runs on every build and is not kept).
_ENGINE_PARTS = ("text", "extract", "data", "pipeline.py", "record.py", "resolve/anchors.py", "resolve/facts.py",
                 "resolve/datecache.py")
_LOOKUP_BATCH = 500  # keys per SELECT: well under every backend's limit on bound parameters
_MAP_BATCH = 500  # items a cached map takes at a time: their texts and results are held together


class CachedResultRow(Base):
    __tablename__ = "cached_results"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


@lru_cache(maxsize=1)
def engine_version() -> str:
    """A digest of every engine source file and language data file a document's analysis reads."""
    digest = hashlib.sha256()
    for part in _ENGINE_PARTS:
        root = _PACKAGE / part
        for path in sorted(root.rglob("*") if root.is_dir() else [root]):
            if path.is_file() and path.suffix in (".py", ".yaml", ".tsv", ".txt"):
                digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes())
    for relative, path in overlay_files():
        digest.update(b"overlay\0" + relative.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def work_key(work: Callable, item: Any) -> str:
    """The key of `work(item)`: the function's name, the item's full repr, the engine version."""
    name = f"{work.__module__}.{work.__qualname__}"
    return hashlib.sha256(f"{engine_version()}\0{name}\0{item!r}".encode()).hexdigest()


class ResultCache:
    """Results of per-document work in the store's `cached_results` table, inside its transaction."""

    def __init__(self, store: Store):
        self.store = store
        self.used: set[str] = set()  # keys asked for since this cache was opened

    def get(self, keys: Iterable[str]) -> dict[str, Any]:
        """The results kept under `keys` (those found)."""
        keys = list(dict.fromkeys(keys))
        self.used.update(keys)
        found: dict[str, Any] = {}
        with self.store._session_scope() as session, collector_paused():
            for n in range(0, len(keys), _LOOKUP_BATCH):
                batch = keys[n:n + _LOOKUP_BATCH]
                for key, payload in session.execute(select(CachedResultRow.key, CachedResultRow.payload)
                                                    .where(CachedResultRow.key.in_(batch))):
                    found[key] = unpack(payload)
        return found

    key = staticmethod(work_key)  # what `recall` reads a result under

    def recall(self, readings: list[tuple[Callable, Any]]) -> list[Any]:
        """The results of `work(item)` for each (work, item), kept earlier by a `memo_map` of this cache,
        in one lookup: a build reads its documents' whole analyses again when it saves their mentions."""
        keys = [work_key(work, item) for work, item in readings]
        found = self.get(keys)
        for (work, item), key in zip(readings, keys):
            if key not in found:
                raise LookupError(f"no result kept for {work.__qualname__} of {item!r:.200}")
        return [found[key] for key in keys]

    def put(self, results: dict[str, Any]) -> None:
        """Kept in batches: a fresh store's thousands of pickled analyses never sit in memory together."""
        items = list(results.items())
        with self.store._session_scope() as session:
            for n in range(0, len(items), _LOOKUP_BATCH):
                session.execute(insert(CachedResultRow.__table__), [
                    dict(key=key, payload=pack(value))
                    for key, value in items[n:n + _LOOKUP_BATCH]])

    def forget(self, keys: list[str]) -> None:
        with self.store._session_scope() as session:
            for n in range(0, len(keys), _LOOKUP_BATCH):
                session.execute(delete(CachedResultRow).where(CachedResultRow.key.in_(keys[n:n + _LOOKUP_BATCH])))

    def prune(self) -> None:
        """Forget every result not asked for since the cache was opened: after a full build, what
        no document needs any more (old anchors, replaced texts, an older engine)."""
        with self.store._session_scope() as session:
            stale = [key for key in session.scalars(select(CachedResultRow.key)) if key not in self.used]
        self.forget(stale)


class StageMemo:
    """[scale] What the cross-document stage keeps for the next build, in `cached_results` like the
    per-document work: under a digest of a name, of what it is (`kind`), of the engine and of the stage's
    own code (`resolve/`, `build.py`), so that no other code reads it. Asked-for names count as used: a
    prune after the build forgets those no build asked for."""

    def __init__(self, cache: ResultCache, kind: str):
        self.cache, self.kind = cache, kind

    def _key(self, name: bytes) -> str:
        return hashlib.sha256(f"{stage_version()}\0{self.kind}\0".encode() + name).hexdigest()

    def recall(self, names: list[bytes]) -> dict[bytes, Any]:
        keys = {name: self._key(name) for name in names}
        found = self.cache.get(keys.values())
        return {name: found[key] for name, key in keys.items() if key in found}

    def keep(self, results: dict[bytes, Any]) -> None:
        """Kept under each name in place of what was kept there."""
        results = {self._key(name): value for name, value in results.items()}
        self.cache.forget(list(results))
        self.cache.put(results)


@lru_cache(maxsize=1)
def stage_version() -> str:
    """The engine's version and a digest of the cross-document stage's sources."""
    digest = hashlib.sha256(engine_version().encode())
    for path in sorted((_PACKAGE / "resolve").rglob("*.py")) + [_PACKAGE / "build.py"]:
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def memo_map(cache: ResultCache, inner: Callable = map) -> Callable[..., Iterator]:
    """A `map_documents` that looks each item's result up in the cache, runs `inner` on the rest
    only, and keeps what it computed. Results are stored before anyone can modify them.

    Items are taken and results given a batch at a time: a large collection's texts and analyses
    are never all in memory (a caller that holds less than a whole result keeps memory flat).

    With `hold`, each result is given as `hold(result)`, and that form is kept too, beside the result,
    under a key that also names `hold` and the source of its module: [scale] a build that reads only a
    small part of every document's analysis reads back that part, not the whole analysis to cut it down
    again (the whole result is still kept, and still counts as asked for)."""
    def map_documents(work: Callable, items: Iterable, hold: Callable | None = None) -> Iterator:
        items = iter(items)
        while batch := list(islice(items, _MAP_BATCH)):
            keys = [work_key(work, item) for item in batch]
            held_keys = [_held_key(key, hold) for key in keys] if hold else keys
            found = cache.get(held_keys)
            if hold:
                cache.used.update(keys)  # the whole results stay kept for those who read them
                whole = cache.get(keys[n] for n, key in enumerate(held_keys) if key not in found)
            else:
                whole = {}
            todo = [n for n, key in enumerate(held_keys) if key not in found and keys[n] not in whole]
            computed = dict(zip((keys[n] for n in todo), inner(work, [batch[n] for n in todo])))
            if hold:
                cache.put(computed)
                whole.update(computed)
                made = {held_keys[n]: hold(whole[key]) for n, key in enumerate(keys) if key in whole}
            else:
                made = computed
            cache.put(made)
            found.update(made)
            results = [found[key] for key in reversed(held_keys)]
            del batch, computed, found, whole
            while results:  # each result let go once given: the caller may keep less of it
                yield results.pop()

    return map_documents


def _held_key(key: str, hold: Callable) -> str:
    """The key of a result's held form: the result's key, the holding function and its module's source."""
    return hashlib.sha256(f"{key}\0{hold.__module__}.{hold.__qualname__}\0{_module_digest(hold.__module__)}"
                          .encode()).hexdigest()


@lru_cache(maxsize=None)
def _module_digest(module: str) -> str:
    return hashlib.sha256(Path(sys.modules[module].__file__ or "").read_bytes()).hexdigest()
