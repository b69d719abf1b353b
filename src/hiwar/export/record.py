"""`hiwar-record/1`: the interchange JSON defined by RECORD.md.

The contract's fields, and each document's url, source and publication basis; evidence becomes the list of quoted
source spans (offsets, rules and conflicts stay in the store and `hiwar why`).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TextIO

from ..record import SCHEMA, Agreement, DocumentRec, Event, Evidence, Organization, Person, Record, Round
from ..store.models import round_key
from .sources import document_source

# (kind, id) -> who confirmed the object and when
Confirmations = Mapping[tuple[str, str], dict[str, str]]


def _quotes(evidence: list[Evidence]) -> list[str]:
    seen: dict[str, None] = {}
    for ev in evidence:
        text = " ".join(ev.text.split())
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _document(d: DocumentRec) -> dict[str, Any]:
    # beyond RECORD.md's fields: url, source, and how the publication date is known
    return document_source(d)


def _person(p: Person) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "aliases": p.aliases, "name_en": p.name_en,
            "country": p.country, "titles": p.titles, "documents": p.documents}


def _organization(o: Organization) -> dict[str, Any]:
    return {"id": o.id, "name": o.name, "aliases": o.aliases, "name_en": o.name_en,
            "country": o.country, "kind": o.kind, "documents": o.documents}


def _event(e: Event) -> dict[str, Any]:
    return {"id": e.id, "type": e.type, "date": e.date, "status": e.status, "dialogue": e.dialogue,
            "round": e.round, "working_group": e.working_group, "venue": e.venue, "mode": e.mode,
            "participants": e.participants, "organizations": e.organizations,
            "countries": e.countries, "topics": e.topics, "documents": e.documents,
            "evidence": _quotes(e.evidence)}


def _round(r: Round) -> dict[str, Any]:
    return {"dialogue": r.dialogue, "number": r.number, "start": r.start, "end": r.end,
            "venue": r.venue, "status": r.status, "documents": r.documents}


def _agreement(a: Agreement) -> dict[str, Any]:
    return {"id": a.id, "type": a.type, "subject": a.subject, "topics": a.topics,
            "parties": a.parties, "date": a.date, "status": a.status, "documents": a.documents}


def record_to_json(record: Record, confirmed: Confirmations | None = None) -> dict[str, Any]:
    """The record's JSON; beyond RECORD.md's fields, each object a person confirmed in curation carries
    `"confirmed": {"by": NAME, "at": ISO TIME}` (`confirmed` is keyed by kind and id, a round's id "KW-US:4")."""
    confirmed = confirmed or {}

    def marked(kind: str, key: str, fields: dict[str, Any]) -> dict[str, Any]:
        return {**fields, "confirmed": confirmed[kind, key]} if (kind, key) in confirmed else fields

    return {
        "schema": SCHEMA,
        "documents": [_document(d) for d in sorted(record.documents, key=lambda d: d.id)],
        "persons": [marked("person", p.id, _person(p)) for p in record.persons],
        "organizations": [marked("organization", o.id, _organization(o)) for o in record.organizations],
        "events": [marked("event", e.id, _event(e)) for e in record.events],
        "rounds": [marked("round", round_key(r.dialogue, r.number), _round(r)) for r in record.rounds],
        "agreements": [marked("agreement", a.id, _agreement(a)) for a in record.agreements],
    }


def write_record(record: Record, out: TextIO, confirmed: Confirmations | None = None) -> None:
    json.dump(record_to_json(record, confirmed), out, ensure_ascii=False, indent=2)
    out.write("\n")
