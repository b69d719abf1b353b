"""The part of the record a page shows, read with the database's own filters instead of the whole record."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Text, and_, cast, false, func, or_, select, true
from sqlalchemy.orm import Session

from ..pipeline import SourceDoc
from ..record import Person, Record
from ..store.curation import CurationRow
from ..store.models import (AgreementRow, ConflictRow, DocumentRecordRow, DocumentRow, EventRow, EvidenceRow,
                            OrganizationRow, PersonRow, RoundRow, round_key)
from ..store.store import Store

_TABLES = {"documents": DocumentRecordRow, "persons": PersonRow, "organizations": OrganizationRow,
           "events": EventRow, "rounds": RoundRow, "agreements": AgreementRow, "evidence": EvidenceRow,
           "conflicts": ConflictRow}


def part(store: Store, **keep: ColumnElement[bool]) -> Record:
    """The rows each named table's clause keeps (`true()` for all of them); tables not named stay empty."""
    return store.load_record({model: keep.get(name, false()) for name, model in _TABLES.items()})


def lists(column, ident: str) -> ColumnElement[bool]:
    """A JSON list column holding this id (the JSON text holds it quoted, on SQLite and PostgreSQL)."""
    return cast(column, Text).contains(f'"{ident}"', autoescape=True)


def with_names(store: Store, record: Record, persons: Iterable[str], organizations: Iterable[str] = ()) -> Record:
    """The record with the persons and organizations it names loaded too."""
    named = part(store, persons=PersonRow.id.in_(set(persons)), organizations=OrganizationRow.id.in_(set(organizations)))
    record.persons, record.organizations = named.persons, named.organizations
    return record


def dialogue(store: Store, code: str) -> Record:
    """A dialogue's rounds and events, and the names (only) of the persons taking part."""
    record = part(store, events=EventRow.dialogue == code, rounds=RoundRow.dialogue == code)
    wanted = {p for e in record.events for p in e.participants}
    with Session(store.engine) as session:
        rows = session.execute(select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(wanted))
                               .order_by(PersonRow.position))
        record.persons = [Person(id=ident, name=name) for ident, name in rows]
    return record


def dialogue_dates(store: Store, code: str) -> Record:
    """A dialogue's rounds and events with the documents they cite: what its calendar shows."""
    record = part(store, events=EventRow.dialogue == code, rounds=RoundRow.dialogue == code)
    cited = {d for x in [*record.events, *record.rounds] for d in x.documents}
    record.documents = part(store, documents=DocumentRecordRow.doc_id.in_(cited)).documents
    return record


def round_(store: Store, code: str, number: int) -> Record:
    record = part(store, rounds=RoundRow.id == round_key(code, number),
                  events=and_(EventRow.dialogue == code, EventRow.round == number))
    docs = {d for r in record.rounds for d in r.documents}
    record.agreements = part(store, agreements=or_(false(), *(lists(AgreementRow.documents, d) for d in docs))).agreements
    return with_names(store, record, (p for e in record.events for p in e.participants))


def single(store: Store, kind: str, ident: str) -> Record:
    """An event or agreement, with the names it points at."""
    record = part(store, events=EventRow.id == ident) if kind == "event" else part(store, agreements=AgreementRow.id == ident)
    return with_names(store, record, (p for e in record.events for p in e.participants),
                      (o for e in record.events for o in e.organizations))


def entity(store: Store, kind: str, ident: str) -> Record:
    """A person or organization with its evidence, its events, and the records of its documents."""
    model, linked = (PersonRow, EventRow.participants) if kind == "person" else (OrganizationRow, EventRow.organizations)
    record = part(store, **{"persons" if kind == "person" else "organizations": model.id == ident},
                  evidence=and_(EvidenceRow.object_kind == kind, EvidenceRow.object_id == ident),
                  events=lists(linked, ident))
    docs = {d for x in [*record.persons, *record.organizations] for d in x.documents}
    record.documents = part(store, documents=DocumentRecordRow.doc_id.in_(docs)).documents
    return record


def document(store: Store, doc_id: str) -> Record:
    """A document's record, and every event, round and agreement with evidence in it."""
    def cited(kind: str):
        return select(EvidenceRow.object_id).where(EvidenceRow.doc_id == doc_id, EvidenceRow.object_kind == kind)

    return part(store, documents=DocumentRecordRow.doc_id == doc_id, evidence=EvidenceRow.doc_id == doc_id,
                events=EventRow.id.in_(cited("event")), rounds=RoundRow.id.in_(cited("round")),
                agreements=AgreementRow.id.in_(cited("agreement")))


def conflicted(store: Store) -> Record:
    return part(store, events=EventRow.id.in_(select(ConflictRow.object_id).where(ConflictRow.object_kind == "event")),
                conflicts=true())


def listing(store: Store, kind: str) -> Record:
    return part(store, **{kind: true()})


def overview(store: Store) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """Rounds and events per dialogue, and how many of each kind the record holds."""
    with Session(store.engine) as session:
        rounds = dict(session.execute(select(RoundRow.dialogue, func.count()).group_by(RoundRow.dialogue)).all())
        events = dict(session.execute(select(EventRow.dialogue, func.count()).where(EventRow.dialogue.is_not(None))
                                      .group_by(EventRow.dialogue)).all())
        totals = {name: session.scalar(select(func.count()).select_from(model))
                  for name, model in _TABLES.items() if name not in ("evidence", "conflicts", "events", "rounds")}
    return {code: (rounds.get(code, 0), events.get(code, 0)) for code in sorted({*rounds, *events})}, totals


def audit_of(store: Store, kind: str, ident: str) -> list[CurationRow]:
    with Session(store.engine) as session:
        rows = list(session.scalars(select(CurationRow).where(CurationRow.object_kind == kind,
                                                              CurationRow.object_id == ident).order_by(CurationRow.id)))
        session.expunge_all()
        return rows



_ROUND_IDENT = re.compile(r"(.+)[/:](\d+)")


@dataclass
class Explained:
    """What `views.explain.explanation` reads of a store, for one object only: the object with its evidence
    and conflicts, the names it points at, and the texts its evidence cites."""

    store: Store
    ident: str

    def _owners(self) -> list[tuple[str, str]]:
        """The (kind, id) pairs the object's evidence may be filed under."""
        owners = [("event", self.ident), ("agreement", self.ident)]
        found = _ROUND_IDENT.fullmatch(self.ident.upper())
        return owners + [("round", round_key(found[1], int(found[2])))] if found else owners

    def _owned(self, model: type[EvidenceRow] | type[ConflictRow]) -> ColumnElement[bool]:
        return or_(*(and_(model.object_kind == kind, model.object_id == ident) for kind, ident in self._owners()))

    def load_record(self) -> Record:
        rounds = [ident for kind, ident in self._owners() if kind == "round"]
        record = part(self.store, events=EventRow.id == self.ident, agreements=AgreementRow.id == self.ident,
                      rounds=RoundRow.id.in_(rounds), evidence=self._owned(EvidenceRow),
                      conflicts=self._owned(ConflictRow))
        pointed = {i for e in record.events for i in [*e.participants, *e.organizations]}
        pointed |= {i for a in record.agreements for i in a.parties}
        return with_names(self.store, record, pointed, pointed)

    def sources(self) -> list[SourceDoc]:
        cited = select(EvidenceRow.doc_id).where(self._owned(EvidenceRow))
        with Session(self.store.engine) as session:
            rows = session.execute(select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(cited)))
            return [SourceDoc(id=ident, text=text) for ident, text in rows]
