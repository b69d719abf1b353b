"""Ingest: read documents, store them, and rebuild the record from every stored document.

The record is a function of all documents together (anchors and resolution cross
documents), so any change rebuilds it; the per-document work (anchor clues, analyses) is
kept in the store under keys naming all it depends on, so only new or changed documents,
and old ones whose anchors moved, are analyzed again. One ingest is one transaction:
a failing or killed build leaves the store exactly as it was before the run.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .. import pipeline
from ..pipeline import SourceDoc
from ..record import Record
from ..store.cache import ResultCache, memo_map
from ..store.identities import keep_ids
from ..store.store import Store
from .readers import ReadProblem, read_paths

BuildRecord = Callable[[list[SourceDoc]], Record]
MapDocuments = Callable[[Callable, list], list]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # same id, new text
    skipped: list[ReadProblem] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # same text, new metadata

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.updated)


class IngestError(Exception):
    """Ingest failed and nothing was written; the message is one line for the CLI."""


def ingest(paths: list[str], meta_path: str | None, store: Store, build_record: BuildRecord | None = None,
           map_documents: MapDocuments = map) -> IngestReport:
    """`map_documents` runs the per-document work that the store has not kept (serial map, a pool of
    processes, Spark); `build_record` replaces the whole build (tests)."""
    report = IngestReport()
    sources: list[SourceDoc] = []
    for item in read_paths(paths, meta_path):
        if isinstance(item, ReadProblem):
            report.skipped.append(item)
        else:
            sources.append(item)
    paths_by_id = {source.id: source.path or source.id for source in sources}
    try:
        with store.transaction():
            added = store.add_documents(sources)
            report.added, report.unchanged = added.added, added.unchanged
            report.replaced, report.updated = added.conflicts, added.updated
            report.skipped += [
                ReadProblem(paths_by_id[new_id], f"same text as stored document {stored_id!r}")
                for new_id, stored_id in added.duplicates
            ]
            if added.changed:
                record = keep_ids(store, (build_record or _cached_build(store, map_documents))(store.sources()))
                store.save_record(record, record.mentions)
    except Exception as exc:  # noqa: BLE001 -- any failure aborts the run as one clean message
        raise IngestError(f"ingest failed, nothing was stored: {_one_line(exc)}") from exc
    return report


def _cached_build(store: Store, map_documents: MapDocuments) -> BuildRecord:
    def build(sources: list[SourceDoc]) -> Record:
        cache = ResultCache(store)
        record = pipeline.build_record(sources, memo_map(cache, map_documents))
        cache.prune()
        return record

    return build


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
