"""The store: ingested documents, and the record derived from all of them.

Each public method runs in its own transaction, unless it is called inside
`with store.transaction():`, in which case it joins that one — the ingest engine
adds documents and saves the rebuilt record as a single unit of work.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Engine, delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import False_

from ..extract.types import Mention
from ..pipeline import SourceDoc
from ..record import (
    Agreement,
    Conflict,
    DocumentMentions,
    DocumentRec,
    Event,
    Evidence,
    Organization,
    Person,
    Record,
    Round,
)
from ..resolve.heap import collector_paused
from ..resolve.told import Told
from .documents import (
    AddResult,
    DocumentInput,
    DocumentVersion,
    StoredDocument,
    StoredSources,
    add_documents,
    document_history,
    remove_documents,
    stored_documents,
    stored_sources,
    stored_texts,
)
from .curation import CurationRow, apply_curations, preview
from .models import (
    AgreementRow,
    ConflictRow,
    DocumentRecordRow,
    DocumentRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    OrganizationRow,
    PersonRow,
    RecordStateRow,
    RoundRow,
)
from .saving import (
    AGREEMENT,
    EVENT,
    ORGANIZATION,
    PERSON,
    ROUND,
    read_ahead,
    record_digest,
    record_objects,
    record_parts,
    save_parts,
)
from .search import Hit, refresh_search, search

__all__ = ["Store", "record_objects"]

class Store:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._session: Session | None = None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All store calls inside share one transaction: committed at the end, rolled back on error."""
        if self._session is not None:
            yield self
            return
        with Session(self.engine) as session, session.begin():
            self._session = session
            try:
                yield self
            finally:
                self._session = None

    @contextmanager
    def _session_scope(self) -> Iterator[Session]:
        with self.transaction():
            assert self._session is not None
            yield self._session

    # -- documents ---------------------------------------------------------

    def add_documents(self, items: list[SourceDoc | DocumentInput]) -> AddResult:
        """Documents read by a run (a bare SourceDoc is identified by its id); see store.documents."""
        inputs = [item if isinstance(item, DocumentInput) else DocumentInput(item, given_id=item.id)
                  for item in items]
        with self._session_scope() as session, collector_paused():  # a row per stored document: no cycle
            result = add_documents(session, inputs)
            session.flush()
            session.expunge_all()  # written: the session need not hold every text for the rest of the ingest
            return result

    def remove_documents(self, doc_ids: list[str]) -> None:
        with self._session_scope() as session:
            remove_documents(session, doc_ids)

    def documents(self) -> list[StoredDocument]:
        with self._session_scope() as session:
            return stored_documents(session)

    def document_history(self, doc_id: str) -> list[DocumentVersion] | None:
        """The document's texts, oldest first (see store.documents); None when it is not stored."""
        with self._session_scope() as session:
            return document_history(session, doc_id)

    def sources(self) -> list[SourceDoc]:
        """Every stored document as read (plain rows, not ORM objects the session would hold on to)."""
        table = DocumentRow.__table__
        columns = [table.c[name] for name in ("id", "text", "title", "published", "url", "source", "language", "path")]
        with self._session_scope() as session:
            return [SourceDoc(*row) for row in session.execute(select(*columns).order_by(table.c.id))]

    def listed_sources(self) -> StoredSources:
        """Every stored document in id order, each text read when its document is taken (for a build)."""
        with self._session_scope() as session:
            return StoredSources(stored_sources(session), self._texts)

    def _texts(self, doc_ids: list[str]) -> dict[str, str]:
        with self._session_scope() as session:
            return stored_texts(session, doc_ids)

    # -- the derived record ------------------------------------------------

    def save_record(self, record: Record, mentions_by_doc: Mapping[str, list[Mention]],
                    told: Told | None = None) -> None:
        """Make the derived tables this record and these mentions (writing only what changed, see store.saving;
        `told`: what the build's stage made its objects of, see resolve.told).

        The curations are applied to the record first (in place), and the search index follows it.
        """
        with self._session_scope() as session:
            mentions_by_doc = apply_curations(session, record, mentions_by_doc, told)
            parts = record_parts(record, mentions_by_doc, told)
            save_parts(session, parts, read_ahead(mentions_by_doc))  # only the parts that changed are written
            digest = record_digest(parts)
            del parts  # the search index's parts are made next
            refresh_search(session, record)
            session.execute(delete(RecordStateRow))
            session.execute(insert(RecordStateRow), [{"id": 1, "digest": digest}])

    def record_digest(self) -> str:
        """The digest of the record as last saved ("" before the first save): equal digests, equal records."""
        with self._session_scope() as session:
            return session.scalar(select(RecordStateRow.digest)) or ""

    def curate(self, curation: CurationRow) -> Record:
        """Keep a curation and rewrite the record with it; the curated record is returned."""
        with self._session_scope() as session:
            record = self.load_record()
            mentions = DocumentMentions([d.id for d in record.documents], self.mentions)
            curation.before, curation.after = preview(record, curation)
            session.add(curation)
            session.flush()
            self.save_record(record, mentions)
            session.expunge(curation)  # still readable by the caller once committed
            return record

    def curations(self) -> list[CurationRow]:
        """The audit log, oldest first."""
        with self._session_scope() as session:
            rows = list(session.scalars(select(CurationRow).order_by(CurationRow.id)))
            session.expunge_all()
            return rows

    def confirmations(self) -> dict[tuple[str, str], dict[str, str]]:
        """Who last confirmed each object of the record in curation, and when, by (kind, id)."""
        return {(c.object_kind, c.object_id): {"by": c.user_name, "at": c.at.isoformat()}
                for c in self.curations() if c.action == "confirm"}

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        with self._session_scope() as session:
            return search(session, query, limit)

    def load_record(self, where: Mapping[type, ColumnElement[bool]] | None = None) -> Record:
        """The record; `where` keeps only the rows of a table that match its clause (a page's part of it)."""
        where = where or {}

        def rows(model: Any) -> Any:
            query = select(model.__table__)  # plain rows, not ORM objects: a third of the time for a page's part
            return query.where(where[model]) if model in where else query

        def wanted(model: Any) -> bool:
            """False for a table kept out with `false()`: not even asked for (a page reads a few of nine)."""
            return not isinstance(where.get(model), False_)

        with self._session_scope() as session:
            evidence: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
            for row in (session.execute(rows(EvidenceRow).order_by(EvidenceRow.object_kind, EvidenceRow.object_id,
                                                                     EvidenceRow.position))
                        if wanted(EvidenceRow) else ()):
                evidence[row.object_kind, row.object_id].append(
                    Evidence(doc_id=row.doc_id, start=row.start, end=row.end, text=row.text, field=row.field, rule=row.rule)
                )
            conflicts: dict[tuple[str, str], list[Conflict]] = defaultdict(list)
            for row in (session.execute(rows(ConflictRow).order_by(ConflictRow.object_kind, ConflictRow.object_id,
                                                                    ConflictRow.position))
                        if wanted(ConflictRow) else ()):
                claims = tuple((doc_id, value) for doc_id, value in row.claims)
                conflicts[row.object_kind, row.object_id].append(
                    Conflict(field=row.field, claims=claims, resolution=row.resolution))

            def ordered(model: Any) -> list[Any]:
                return list(session.execute(rows(model).order_by(model.position))) if wanted(model) else []

            # where each document came from lives on the documents row, beside its text: joined, so that a
            # page showing a few documents reads only theirs
            documents = session.execute(rows(DocumentRecordRow).add_columns(DocumentRow.url, DocumentRow.source)
                                        .join(DocumentRow, DocumentRow.id == DocumentRecordRow.doc_id)
                                        .order_by(DocumentRecordRow.position)) if wanted(DocumentRecordRow) else ()
            return Record(
                documents=[
                    DocumentRec(id=r.doc_id, title=r.title, language=r.language, published=r.published,
                                anchor=r.anchor, anchor_reason=r.anchor_reason, url=r.url, source=r.source)
                    for r in documents
                ],
                persons=[
                    Person(id=r.id, name=r.name, aliases=r.aliases, name_en=r.name_en, country=r.country,
                           titles=r.titles, documents=r.documents, evidence=evidence[PERSON, r.id],
                           conflicts=conflicts[PERSON, r.id])
                    for r in ordered(PersonRow)
                ],
                organizations=[
                    Organization(id=r.id, name=r.name, aliases=r.aliases, name_en=r.name_en, country=r.country,
                                 kind=r.kind, documents=r.documents, evidence=evidence[ORGANIZATION, r.id])
                    for r in ordered(OrganizationRow)
                ],
                events=[
                    Event(id=r.id, type=r.type, date=r.date, status=r.status, dialogue=r.dialogue, round=r.round,
                          working_group=r.working_group, venue=r.venue, mode=r.mode, participants=r.participants,
                          organizations=r.organizations, countries=r.countries, topics=r.topics,
                          documents=r.documents, evidence=evidence[EVENT, r.id], conflicts=conflicts[EVENT, r.id])
                    for r in ordered(EventRow)
                ],
                rounds=[
                    Round(dialogue=r.dialogue, number=r.number, start=r.start, end=r.end, venue=r.venue,
                          status=r.status, working_groups=r.working_groups, documents=r.documents,
                          evidence=evidence[ROUND, r.id], conflicts=conflicts[ROUND, r.id])
                    for r in ordered(RoundRow)
                ],
                agreements=[
                    Agreement(id=r.id, type=r.type, subject=r.subject, topics=r.topics, parties=r.parties,
                              date=r.date, status=r.status, documents=r.documents,
                              evidence=evidence[AGREEMENT, r.id], conflicts=conflicts[AGREEMENT, r.id])
                    for r in ordered(AgreementRow)
                ],
            )

    def mentions(self, doc_id: str) -> list[Mention]:
        with self._session_scope() as session:
            rows = session.scalars(select(MentionRow).where(MentionRow.doc_id == doc_id).order_by(MentionRow.position))
            return [
                Mention(kind=r.kind, start=r.start, end=r.end, text=r.text, norm=r.norm, rule=r.rule, attrs=r.attrs)
                for r in rows
            ]
