"""The documents layer: identity, versions and metadata of the texts in the store.

A document is found, in order, by the metadata id it is given, by where it was read (`origin`: the
absolute path, `#line` inside JSON Lines), and — with an id given for a document already stored from
that place — renamed to that id. A new text at the same place is a new version (the old one is kept
in `document_versions`); a text already stored under another identity is reported, not stored twice.
Metadata is a layer of its own: what a run gives is merged over what is stored, never erased by a run
that gives none.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, defer

from ..pipeline import SourceDoc
from .models import DERIVED_TABLES, DocumentRow, DocumentVersionRow, RecordStateRow, SavedPartRow

# Metadata fields that are columns of their own (and SourceDoc fields); any other field stays in `meta`.
KNOWN_FIELDS = ("title", "url", "source", "language", "published")
_TEXTS_BATCH = 500  # texts read by one SELECT while sources are walked


@dataclass(frozen=True)
class DocumentInput:
    """A document as a run read it: the reader's view, where it came from and the metadata given."""

    source: SourceDoc  # id: the id to use when new (metadata id, else a name from the path)
    origin: str | None = None
    label: str | None = None  # path from the ingest root's parent, e.g. "y/article.txt": a fallback id
    given_id: str | None = None  # an id from metadata: the document's identity
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredDocument:
    id: str
    title: str | None
    published: str | None
    language: str
    path: str | None
    origin: str | None
    version: int
    meta: dict[str, Any]


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    versioned: list[str] = field(default_factory=list)  # same document, new text: the old one kept as history
    updated: list[str] = field(default_factory=list)  # same text, new metadata
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old id, metadata id)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (where read, stored id) of a stored text

    @property
    def changed(self) -> bool:
        return bool(self.added or self.versioned or self.updated or self.renamed)


class StoredSources(Sequence[SourceDoc]):
    """Every stored document, its metadata held and its text read from the store only when the
    document is taken: a build over a large store holds a batch of texts at a time, not all of them."""

    def __init__(self, listed: list[SourceDoc], texts: Callable[[list[str]], dict[str, str]]):
        self._listed = listed  # stand-ins: metadata and digest, no text
        self._texts = texts  # doc ids -> their texts

    def __len__(self) -> int:
        return len(self._listed)

    def __getitem__(self, n: int) -> SourceDoc:  # type: ignore[override]  # no slices: one document
        listed = self._listed[n]
        return UnreadSource(listed, lambda: self._texts([listed.id])[listed.id])

    def __iter__(self) -> Iterator[SourceDoc]:
        for n in range(0, len(self._listed), _TEXTS_BATCH):
            batch = self._listed[n:n + _TEXTS_BATCH]
            texts = self._texts([s.id for s in batch])
            yield from (replace(s, text=texts[s.id]) for s in batch)


class UnreadSource(SourceDoc):
    """A document whose text is read (`read()`) when asked for: a stored one, read from the store the first
    time and then remembered (a build that finds the document's work kept, its cache keys naming the text
    by its digest, never reads it), or one an ingest has read, [scale] read back each time from where it
    waits to be stored (`remember=False`). Shown, compared and pickled as the SourceDoc it stands for."""

    def __init__(self, listed: SourceDoc, read: Callable[[], str], remember: bool = True):
        for name in _SOURCE_FIELDS:
            if name != "text":
                object.__setattr__(self, name, getattr(listed, name))
        object.__setattr__(self, "_listed", listed)
        object.__setattr__(self, "_read", read)
        object.__setattr__(self, "_remember", remember)

    @property  # type: ignore[misc]  # a field of SourceDoc, read when asked for
    def text(self) -> str:
        read = self.__dict__.get("_text")
        if read is None:
            read = self._read()
            if self._remember:
                object.__setattr__(self, "_text", read)
        return read

    def stand_in(self) -> SourceDoc:
        return self._listed

    def read(self) -> SourceDoc:
        return replace(self._listed, text=self.text)

    def __repr__(self) -> str:
        return repr(self._listed)

    def __eq__(self, other: object) -> bool:
        return self.read() == other

    def __hash__(self) -> int:
        return hash(self.read())

    def __reduce__(self) -> tuple:
        return SourceDoc, tuple(getattr(self, name) for name in _SOURCE_FIELDS)


_SOURCE_FIELDS = tuple(f.name for f in fields(SourceDoc))


def stored_sources(session: Session) -> list[SourceDoc]:
    """Every stored document's stand-in (its metadata and the digest of its text), in id order."""
    table = DocumentRow.__table__
    columns = [table.c[name] for name in ("id", "title", "published", "url", "source", "language", "path",
                                          "content_hash")]
    return [SourceDoc(doc_id, "", title, published, url, source, language, path, digest)
            for doc_id, title, published, url, source, language, path, digest
            in session.execute(select(*columns).order_by(table.c.id))]


def stored_texts(session: Session, doc_ids: list[str]) -> dict[str, str]:
    table = DocumentRow.__table__
    return dict(session.execute(select(table.c.id, table.c.text).where(table.c.id.in_(doc_ids))).all())


def add_documents(session: Session, inputs: list[DocumentInput]) -> AddResult:
    result = AddResult()
    # the texts stay in the database unless a new version needs the old one: a large store's texts are not
    # all held by the session for the whole ingest
    rows = list(session.scalars(select(DocumentRow).options(defer(DocumentRow.text))))
    by_id = {row.id: row for row in rows}
    by_origin = {row.origin: row for row in rows if row.origin}
    by_hash = {row.content_hash: row for row in rows}
    now = datetime.now(timezone.utc)
    for item in inputs:
        digest = item.source.digest
        row = by_id.get(item.given_id) if item.given_id else None
        if row is None and item.origin:
            row = by_origin.get(item.origin)
            if row is not None and item.given_id and row.id != item.given_id and _given_id(row):
                row = None  # this place now holds a document of another identity
            elif row is not None and item.given_id and row.id != item.given_id:
                result.renamed.append((row.id, item.given_id))
                del by_id[row.id]
                by_id[item.given_id] = row
                row = _rename(session, row, item.given_id, [by_id, by_origin, by_hash])
        holder = by_hash.get(digest)
        if holder is not None and holder is not row:
            result.duplicates.append((item.label or item.source.path or item.source.id, holder.id))
            continue
        if row is None:
            row = DocumentRow(id=free_id(item, by_id), content_hash=digest, text=item.source.text,
                              ingested_at=now, version=1, meta={})
            _apply(row, item)
            session.add(row)
            by_id[row.id] = row
            result.added.append(row.id)
        elif row.content_hash != digest:
            session.add(DocumentVersionRow(doc_id=row.id, version=row.version, content_hash=row.content_hash,
                                           text=row.text, origin=row.origin, superseded_at=now))
            del by_hash[row.content_hash]
            row.content_hash, row.text, row.version = digest, item.source.text, row.version + 1
            _apply(row, item)
            result.versioned.append(row.id)
        elif _apply(row, item):
            result.updated.append(row.id)
        elif row.id not in dict(result.renamed).values():
            result.unchanged.append(row.id)
        if row.origin:
            by_origin[row.origin] = row
        by_hash[digest] = row
        session.flush()  # the old hash is free before the next document may claim it
        session.expire(row, ["text"])  # [scale] written: read again if asked for, not held for every document
    return result


def remove_documents(session: Session, doc_ids: list[str]) -> None:
    """These documents and their history; the record is cleared, to be rebuilt from what remains."""
    _clear_record(session)
    session.execute(delete(DocumentVersionRow).where(DocumentVersionRow.doc_id.in_(doc_ids)))
    session.execute(delete(DocumentRow).where(DocumentRow.id.in_(doc_ids)))


def stored_documents(session: Session) -> list[StoredDocument]:
    return [StoredDocument(row.id, row.title, row.published, row.language, row.path, row.origin, row.version,
                           dict(row.meta or {}))
            for row in session.scalars(select(DocumentRow).order_by(DocumentRow.id))]


@dataclass(frozen=True)
class DocumentVersion:
    """One text a document has had: the current one has no `superseded_at`."""

    version: int
    content_hash: str
    text: str
    origin: str | None
    superseded_at: datetime | None


def document_history(session: Session, doc_id: str) -> list[DocumentVersion] | None:
    """Every text of the document, oldest first, the current one last; None when there is no such document."""
    current = session.get(DocumentRow, doc_id)
    if current is None:
        return None
    older = session.scalars(select(DocumentVersionRow).where(DocumentVersionRow.doc_id == doc_id)
                            .order_by(DocumentVersionRow.version))
    return [*(DocumentVersion(v.version, v.content_hash, v.text, v.origin, v.superseded_at) for v in older),
            DocumentVersion(current.version, current.content_hash, current.text, current.origin, None)]


def _apply(row: DocumentRow, item: DocumentInput) -> bool:
    """The reader's fields under the merged metadata; True if the row changed."""
    meta = {**(row.meta or {}), **item.meta}
    values = {name: getattr(item.source, name) for name in KNOWN_FIELDS}
    values.update({name: meta[name] for name in KNOWN_FIELDS if meta.get(name) not in (None, "")})
    values["origin"] = item.origin or row.origin
    changed = meta != (row.meta or {}) or any(getattr(row, name) != value for name, value in values.items())
    values["path"] = item.source.path or row.path  # where it was read from this time: not a change
    row.meta = meta
    for name, value in values.items():
        setattr(row, name, value)
    return changed


def _given_id(row: DocumentRow) -> bool:
    return bool((row.meta or {}).get("id"))


def free_id(item: DocumentInput, taken: Container[str]) -> str:
    """The given id, else the file's name; a name taken by another document gets its folders, then a number."""
    if item.given_id:
        return item.given_id
    candidates = [item.source.id]
    if item.label:
        candidates.append(str(PurePosixPath(item.label).with_suffix("")))
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    n = 2
    while f"{candidates[-1]}~{n}" in taken:
        n += 1
    return f"{candidates[-1]}~{n}"


def _rename(session: Session, row: DocumentRow, new_id: str, maps: list[dict[str, DocumentRow]]) -> DocumentRow:
    """A document stored before its metadata id was known takes that id (the record is rebuilt after)."""
    _clear_record(session)
    moved = DocumentRow(**{c.key: getattr(row, c.key) for c in DocumentRow.__table__.columns})
    moved.id = new_id
    versions = list(session.scalars(select(DocumentVersionRow).where(DocumentVersionRow.doc_id == row.id)))
    history = [{c.key: getattr(v, c.key) for c in DocumentVersionRow.__table__.columns} for v in versions]
    for version in versions:
        session.delete(version)
    session.delete(row)
    session.flush()  # the old row's unique hash is free for the moved one
    session.add(moved)
    session.add_all(DocumentVersionRow(**{**v, "doc_id": new_id}) for v in history)
    for mapping in maps:
        for key in [k for k, v in mapping.items() if v is row]:
            mapping[key] = moved
    return moved


def _clear_record(session: Session) -> None:
    for model in (*DERIVED_TABLES, RecordStateRow, SavedPartRow):  # no record, no digest of it or its parts
        session.execute(delete(model))
