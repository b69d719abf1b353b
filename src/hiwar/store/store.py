"""The store: ingested documents, and the record derived from all of them.

Each public method runs in its own transaction, unless it is called inside
`with store.transaction():`, in which case it joins that one — the ingest engine
adds documents and saves the rebuilt record as a single unit of work.
"""
from __future__ import annotations

import hashlib
import json
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
    DocumentRec,
    Event,
    Evidence,
    Organization,
    Person,
    Record,
    Round,
)
from .documents import (
    AddResult,
    DocumentInput,
    DocumentVersion,
    StoredDocument,
    add_documents,
    document_history,
    remove_documents,
    stored_documents,
)
from .curation import CurationRow, apply_curations, preview
from .models import (
    DERIVED_TABLES,
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
    round_key,
)
from .search import Hit, refresh_search, search

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
        with self._session_scope() as session:
            return add_documents(session, inputs)

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
        with self._session_scope() as session:
            return [
                SourceDoc(
                    id=row.id,
                    text=row.text,
                    title=row.title,
                    published=row.published,
                    url=row.url,
                    source=row.source,
                    language=row.language,
                    path=row.path,
                )
                for row in session.scalars(select(DocumentRow).order_by(DocumentRow.id))
            ]

    # -- the derived record ------------------------------------------------

    def save_record(self, record: Record, mentions_by_doc: dict[str, list[Mention]]) -> None:
        """Replace every derived table by this record and these mentions.

        The curations are applied to the record first (in place), and the search index follows it.
        """
        with self._session_scope() as session:
            mentions_by_doc = apply_curations(session, record, mentions_by_doc)
            for model in DERIVED_TABLES:
                session.execute(delete(model))
            rows = _record_rows(record)
            rows[MentionRow] = [
                _mention_row(doc_id, position, mention)
                for doc_id in sorted(mentions_by_doc)
                for position, mention in enumerate(mentions_by_doc[doc_id])
            ]
            # parents first: evidence and mentions point at documents, not at each other
            for model in reversed(DERIVED_TABLES):
                if rows.get(model):
                    session.execute(insert(model), rows[model])
            refresh_search(session, record)
            session.execute(delete(RecordStateRow))
            session.execute(insert(RecordStateRow), [{"id": 1, "digest": _digest(rows)}])

    def record_digest(self) -> str:
        """The digest of the record as last saved ("" before the first save): equal digests, equal records."""
        with self._session_scope() as session:
            return session.scalar(select(RecordStateRow.digest)) or ""

    def curate(self, curation: CurationRow) -> Record:
        """Keep a curation and rewrite the record with it; the curated record is returned."""
        with self._session_scope() as session:
            record = self.load_record()
            mentions = {d.id: self.mentions(d.id) for d in record.documents}
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


# object_kind values of the evidence table
PERSON, ORGANIZATION, EVENT, ROUND, AGREEMENT = "person", "organization", "event", "round", "agreement"


def record_objects(record: Record) -> Iterator[tuple[str, str, Any]]:
    """(object kind, object id, object) for every record object that carries evidence."""
    for person in record.persons:
        yield PERSON, person.id, person
    for org in record.organizations:
        yield ORGANIZATION, org.id, org
    for event in record.events:
        yield EVENT, event.id, event
    for round_ in record.rounds:
        yield ROUND, round_key(round_.dialogue, round_.number), round_
    for agreement in record.agreements:
        yield AGREEMENT, agreement.id, agreement


def _digest(rows: dict[Any, list[dict[str, Any]]]) -> str:
    content = hashlib.sha256()
    for model in DERIVED_TABLES:
        content.update(json.dumps(rows.get(model, []), ensure_ascii=False, sort_keys=True, default=str).encode())
    return content.hexdigest()


def _record_rows(record: Record) -> dict[Any, list[dict[str, Any]]]:
    return {
        DocumentRecordRow: [
            dict(doc_id=d.id, position=i, title=d.title, language=d.language, published=d.published,
                 anchor=d.anchor, anchor_reason=d.anchor_reason)
            for i, d in enumerate(record.documents)
        ],
        PersonRow: [
            dict(id=p.id, position=i, name=p.name, aliases=list(p.aliases), name_en=p.name_en, country=p.country,
                 titles=list(p.titles), documents=list(p.documents))
            for i, p in enumerate(record.persons)
        ],
        OrganizationRow: [
            dict(id=o.id, position=i, name=o.name, aliases=list(o.aliases), name_en=o.name_en, country=o.country,
                 kind=o.kind, documents=list(o.documents))
            for i, o in enumerate(record.organizations)
        ],
        EventRow: [
            dict(id=e.id, position=i, type=e.type, date=e.date, status=e.status, dialogue=e.dialogue, round=e.round,
                 working_group=e.working_group, venue=e.venue, mode=e.mode, participants=list(e.participants),
                 organizations=list(e.organizations), countries=list(e.countries), topics=list(e.topics),
                 documents=list(e.documents))
            for i, e in enumerate(record.events)
        ],
        RoundRow: [
            dict(id=round_key(r.dialogue, r.number), position=i, dialogue=r.dialogue, number=r.number, start=r.start,
                 end=r.end, venue=r.venue, status=r.status, working_groups=list(r.working_groups),
                 documents=list(r.documents))
            for i, r in enumerate(record.rounds)
        ],
        AgreementRow: [
            dict(id=a.id, position=i, type=a.type, subject=a.subject, topics=list(a.topics), parties=list(a.parties),
                 date=a.date, status=a.status, documents=list(a.documents))
            for i, a in enumerate(record.agreements)
        ],
        ConflictRow: [
            dict(object_kind=kind, object_id=object_id, position=i, field=c.field,
                 claims=[list(claim) for claim in c.claims], resolution=c.resolution)
            for kind, object_id, obj in record_objects(record)
            for i, c in enumerate(getattr(obj, "conflicts", []))
        ],
        EvidenceRow: [
            dict(object_kind=kind, object_id=object_id, position=i, field=ev.field, doc_id=ev.doc_id, start=ev.start,
                 end=ev.end, text=ev.text, rule=ev.rule)
            for kind, object_id, obj in record_objects(record)
            for i, ev in enumerate(obj.evidence)
        ],
    }


def _mention_row(doc_id: str, position: int, mention: Mention) -> dict[str, Any]:
    entity_id = mention.attrs.get("entity_id")
    return dict(doc_id=doc_id, position=position, kind=mention.kind, start=mention.start, end=mention.end,
                text=mention.text, norm=mention.norm, rule=mention.rule,
                entity_id=None if entity_id is None else str(entity_id), attrs=dict(mention.attrs))
