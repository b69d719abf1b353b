"""Ingest: read documents and metadata, store them, and rebuild the record from every stored document.

The record is a function of all documents together (anchors and resolution cross
documents), so any change rebuilds it; the per-document work (anchor clues, analyses) is
kept in the store under keys naming all it depends on, so only new or changed documents,
and old ones whose anchors moved, are analyzed again. One ingest is one transaction:
a failing or killed build leaves the store exactly as it was before the run.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..build import build_record as build_every_record
from ..pipeline import SourceDoc
from ..record import Record
from ..store.documents import DocumentInput
from ..store.cache import ResultCache, StageMemo, memo_map, stage_version
from ..resolve.heap import collector_paused
from ..resolve.told import Told
from ..store.identities import keep_ids
from ..store.store import Store
from .readers import FileIndex, MetaLine, ReadNote, ReadProblem, apply_meta, read_documents, read_meta
from .spill import Spill

BuildRecord = Callable[[Sequence[SourceDoc]], Record]
MapDocuments = Callable[[Callable, list], list]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    versioned: list[str] = field(default_factory=list)  # same document, new text; the old text kept
    updated: list[str] = field(default_factory=list)  # same text, new metadata
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old id, metadata id)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (where read, stored id): already stored
    skipped: list[ReadProblem] = field(default_factory=list)
    notes: list[ReadNote] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.versioned or self.updated or self.renamed)


class IngestError(Exception):
    """Ingest failed and nothing was written; the message is one line for the CLI."""


def ingest(paths: list[str], meta_path: str | None, store: Store, build_record: BuildRecord | None = None,
           map_documents: MapDocuments = map) -> IngestReport:
    """`map_documents` runs the per-document work that the store has not kept (serial map, a pool of
    processes, Spark); `build_record` replaces the whole build (tests)."""
    report = IngestReport()
    lines, report.skipped = read_meta(meta_path) if meta_path else ([], [])
    spill = Spill()
    inputs: list[DocumentInput] = []
    for item in read_documents(paths, meta_path):
        if isinstance(item, DocumentInput):
            inputs.append(spill.keep(item))
        elif isinstance(item, ReadNote):
            report.notes.append(item)
        else:
            report.skipped.append(item)
    inputs, unmatched, problems = apply_meta(lines, inputs)
    report.skipped += problems
    try:
        with store.transaction():
            inputs += _stored_named_by(unmatched, store, report)
            added = store.add_documents(inputs)
            inputs.clear()
            spill.close()  # the texts read are stored: the build reads them back from the store
            report.added, report.unchanged, report.versioned = added.added, added.unchanged, added.versioned
            report.updated, report.renamed, report.duplicates = added.updated, added.renamed, added.duplicates
            if added.changed:
                _rebuild(store, build_record, map_documents)
    except Exception as exc:  # noqa: BLE001 -- any failure aborts the run as one clean message
        raise IngestError(f"ingest failed, nothing was stored: {_one_line(exc)}") from exc
    finally:
        spill.close()
    return report


def remove(doc_ids: list[str], store: Store, build_record: BuildRecord | None = None,
           map_documents: MapDocuments = map) -> None:
    """Remove documents (and their history) and rebuild the record from the others."""
    try:
        with store.transaction():
            store.remove_documents(doc_ids)
            _rebuild(store, build_record, map_documents)
    except Exception as exc:  # noqa: BLE001
        raise IngestError(f"removal failed, nothing was changed: {_one_line(exc)}") from exc


def _rebuild(store: Store, build_record: BuildRecord | None, map_documents: MapDocuments) -> None:
    """The record of every stored document; ids kept from the record before (stable identities). The
    stage tells the save what it made each object of (resolve.told)."""
    told = Told(stage_version())
    with collector_paused():  # the build's and the record's objects make no cycle: see resolve.heap
        record = (build_record or _cached_build(store, map_documents, told))(store.listed_sources())
        record = keep_ids(store, record)
        store.save_record(record, record.mentions, told)
        del record, told  # freed before the collector runs again: else its first pass walks the whole record


def _stored_named_by(lines: list[MetaLine], store: Store, report: IngestReport) -> list[DocumentInput]:
    """Metadata for documents stored by earlier runs (late --meta); a line naming none is a problem."""
    if not lines:
        return []
    stored = store.documents()
    texts = {source.id: source for source in store.sources()}
    out = []
    files = FileIndex([d.origin or "" for d in stored])
    for line in lines:
        hits = [stored[k] for k in files.named(line.file)]
        if len(hits) != 1:
            what = "no file read or stored" if not hits else f"{len(hits)} stored documents"
            report.skipped.append(ReadProblem(line.where, f"{line.file!r} names {what}"))
            continue
        given = line.fields.get("id")
        out.append(DocumentInput(texts[hits[0].id], hits[0].origin, None, str(given) if given else None, line.fields))
    return out


def _cached_build(store: Store, map_documents: MapDocuments, told: Told) -> BuildRecord:
    def cached_build(sources: Sequence[SourceDoc]) -> Record:
        cache = ResultCache(store)
        record = build_every_record(sources, memo_map(cache, map_documents), cache, StageMemo(cache, "event clusters"),
                                    told)
        cache.prune()
        return record

    return cached_build


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
