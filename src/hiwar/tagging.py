"""A record's mentions: each document's, those of a person or organization tagged with its record id,
made from the document's analysis only when they are asked for.

A document's mentions are a function of its analysis and of the record id each of its entities has
(given by the build, then changed by kept ids and curations). `TaggedMentions` holds the ids and
reads the analysis only when the mentions are asked for; its `signature` of a document names what
the mentions are made of without making them (the key the analysis is kept under, the ids), so that
a save reads back only the analyses of the documents whose mentions may have changed.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from .extract.types import Mention
from .pipeline import DocAnalysis
from .record import changed_mentions

# The rules that make mentions of an analysis and its ids live in this file: signatures name its version.
_RULES = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=10).hexdigest()
_RECALLED_TOGETHER = 100  # analyses read back in one lookup, in the order a save asks for them

Moves = Mapping[str, str | None]  # a record id -> the id it becomes (None: the object is gone)
Tags = dict[str, str | None]  # an entity's local id in its document -> its record id


class Analyses(Protocol):
    """Where a build's analyses are read from."""

    def analysis(self, doc_id: str) -> DocAnalysis: ...

    def key(self, doc_id: str) -> str | None:
        """What names the analysis without reading it (None: nothing does; its mentions are compared)."""

    def plan(self, doc_ids: list[str]) -> None:
        """The documents whose analyses are about to be read, in that order."""


class Kept(Protocol):
    """Results kept by a caching `map_documents` (store.cache.ResultCache): read back, or only named."""

    def recall(self, readings: list[tuple[Callable, Any]]) -> list[Any]: ...

    def key(self, work: Callable, item: Any) -> str: ...


class HeldAnalyses:
    """Whole analyses held in memory."""

    def __init__(self, analyses: list[DocAnalysis]):
        self._by_id = {a.doc.id: a for a in analyses}

    def analysis(self, doc_id: str) -> DocAnalysis:
        return self._by_id[doc_id]

    def key(self, doc_id: str) -> str | None:
        return None

    def plan(self, doc_ids: list[str]) -> None:
        pass


class RecalledAnalyses:
    """Analyses read back from where the build's `map_documents` kept them, a batch of the documents
    planned at a time (one lookup for many); each reading gives (anchors, analysis)."""

    def __init__(self, kept: Kept, readings: dict[str, tuple[Callable, Any]], order: list[str] = ()):
        self._kept = kept
        self._readings = readings  # doc id -> the (work, item) its analysis came from
        self._keys: dict[str, str] = {}  # asked by the stage's `Told`, then by the save
        self._held: dict[str, DocAnalysis] = {}
        self.plan(list(order))

    def plan(self, doc_ids: list[str]) -> None:
        self._order = doc_ids
        self._place = {doc_id: n for n, doc_id in enumerate(doc_ids)}

    def key(self, doc_id: str) -> str:
        key = self._keys.get(doc_id)
        if key is None:
            key = self._keys[doc_id] = self._kept.key(*self._readings[doc_id])
        return key

    def analysis(self, doc_id: str) -> DocAnalysis:
        if doc_id not in self._held:
            n = self._place.get(doc_id)
            ahead = [doc_id] if n is None else self._order[n:n + _RECALLED_TOGETHER]
            self._held.clear()
            results = self._kept.recall([self._readings[d] for d in ahead])
            self._held.update(zip(ahead, (result[1] for result in results)))
        return self._held[doc_id]


def entity_tags(ids: Mapping[tuple[str, str], str]) -> dict[str, Tags]:
    """(doc id, local id) -> record id, as doc id -> local id -> record id."""
    tags: dict[str, Tags] = {}
    for (doc_id, local_id), record_id in ids.items():
        tags.setdefault(doc_id, {})[local_id] = record_id
    return tags


def tagged(a: DocAnalysis, tags: Mapping[str, str | None]) -> list[Mention]:
    """The document's mentions in text order, those of an entity with a record id tagged with it."""
    entity_of = {(m.kind, m.start, m.end): tags[e.local_id] for e in a.entities if e.local_id in tags
                 for m in e.mentions}
    return [replace(m, attrs={**m.attrs, "entity_id": entity_of[(m.kind, m.start, m.end)]})
            if entity_of.get((m.kind, m.start, m.end)) is not None else m
            for m in sorted(a.mentions, key=lambda m: (m.start, m.end, m.kind))]


class TaggedMentions(Mapping[str, list[Mention]]):
    """Each document's mentions, made when asked for and not held (a large record's mentions never sit
    in memory together); the last document's are kept, as a save asks for them twice in a row."""

    def __init__(self, doc_ids: list[str], analyses: Analyses, tags: Mapping[str, Tags], moves: Moves | None = None):
        self._ids = dict.fromkeys(doc_ids)
        self._analyses = analyses
        self._tags = tags  # as the build gave them
        self._moves = dict(moves or {})  # every id change since, composed into one
        self._last: tuple[str, list[Mention]] | None = None

    def tags(self, doc_id: str) -> Tags:
        moves = self._moves
        return {local: moves.get(record_id, record_id) if record_id is not None else None
                for local, record_id in self._tags.get(doc_id, {}).items()}

    def signature(self, doc_id: str) -> Hashable | None:
        """A value that names the document's mentions (equal values, equal mentions), or None."""
        key = self._analyses.key(doc_id)
        return None if key is None else (_RULES, key, sorted(self.tags(doc_id).items()))

    def plan(self, doc_ids: list[str]) -> None:
        self._analyses.plan(doc_ids)

    def moved(self, moves: Moves) -> TaggedMentions:
        """The mentions once the ids in `moves` are changed (a mention of a gone one loses its id)."""
        if not moves:
            return self
        composed = {old: moves.get(new, new) if new is not None else None for old, new in self._moves.items()}
        composed.update((old, new) for old, new in moves.items() if old not in composed)
        return TaggedMentions(list(self._ids), self._analyses, self._tags, composed)

    def __getitem__(self, doc_id: str) -> list[Mention]:
        if doc_id not in self._ids:
            raise KeyError(doc_id)
        if self._last is None or self._last[0] != doc_id:
            self._last = (doc_id, tagged(self._analyses.analysis(doc_id), self.tags(doc_id)))
        return self._last[1]

    def __contains__(self, doc_id: object) -> bool:  # Mapping's would make the mentions
        return doc_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def moved_ids(mentions: Mapping[str, list[Mention]], moves: Moves) -> Mapping[str, list[Mention]]:
    """Every document's mentions once the record ids in `moves` are changed: a mention tagged with
    one takes the new id, or loses its tag when the object is gone (None)."""
    if isinstance(mentions, TaggedMentions):
        return mentions.moved(moves)

    def move(ms: list[Mention]) -> list[Mention]:
        if not any(m.attrs.get("entity_id") in moves for m in ms):
            return ms
        return [_retagged(m, moves[m.attrs["entity_id"]]) if m.attrs.get("entity_id") in moves else m for m in ms]

    return changed_mentions(mentions, move)


def _retagged(m: Mention, record_id: str | None) -> Mention:
    attrs = {k: v for k, v in m.attrs.items() if k != "entity_id"}
    return replace(m, attrs=attrs if record_id is None else {**attrs, "entity_id": record_id})
