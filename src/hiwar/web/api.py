"""The JSON API: the export's objects, lists of each kind, explanations, search and the audit log."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from ..export.common import for_dialogue
from ..export.record import record_to_json
from ..views.explain import explanation
from . import queries
from .accounts import User
from .context import reader, store

router = APIRouter(prefix="/api", tags=["record"])
Reader = Annotated[User | None, Depends(reader)]


class Kind(str, Enum):
    documents = "documents"
    persons = "persons"
    organizations = "organizations"
    events = "events"
    rounds = "rounds"
    agreements = "agreements"


class Page(BaseModel):
    kind: Kind
    total: int
    offset: int
    limit: int
    items: list[dict[str, Any]]


class SearchHit(BaseModel):
    kind: str
    id: str
    label: str


class Evidence(BaseModel):
    document: str
    start: int
    end: int
    text: str
    rule: str
    sentence: str


class FieldExplanation(BaseModel):
    field: str
    value: Any = None
    evidence: list[Evidence]


class Explanation(BaseModel):
    kind: str
    id: str
    fields: list[FieldExplanation]
    conflicts: list[dict[str, Any]]


class AuditEntry(BaseModel):
    id: int
    kind: str
    object: str
    action: str
    field: str | None
    value: Any = None
    before: Any = None
    after: Any = None
    user: str
    at: str


@router.get("/record", summary="The record as `hiwar export --format record` writes it (hiwar-record/1)")
def record(request: Request, _user: Reader, dialogue: str | None = Query(None, description="e.g. KW-US")) -> dict[str, Any]:
    whole = store(request).load_record()
    return record_to_json(for_dialogue(whole, dialogue), store(request).confirmations())


@router.get("/list/{kind}", summary="One kind of record object, a page at a time, in the export's form")
def listing(request: Request, kind: Kind, _user: Reader, offset: int = Query(0, ge=0),
            limit: int = Query(50, ge=1, le=500)) -> Page:
    items = record_to_json(store(request).load_record(), store(request).confirmations())[kind.value]
    return Page(kind=kind, total=len(items), offset=offset, limit=limit, items=items[offset:offset + limit])


@router.get("/why/{ident}", summary="Each field of an event, agreement or round with the spans and rules behind it")
def why(request: Request, ident: str, _user: Reader) -> Explanation:
    found = explanation(queries.Explained(store(request), ident), ident)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event, agreement or round {ident!r}")
    return Explanation(
        kind=found["kind"], id=ident,
        fields=[FieldExplanation(field=f["field"], value=f["value"], evidence=[
            Evidence(document=x["document"], start=x["start"], end=x["end"], text=x["text"], rule=x["rule"],
                     sentence=x["sentence"] or x["text"])
            for x in f["sources"]]) for f in found["fields"]],
        conflicts=found["conflicts"])


@router.get("/search", summary="Documents and entities holding every word, Arabic spelling variants folded")
def search(request: Request, _user: Reader, q: str = Query(..., min_length=1, max_length=200)) -> list[SearchHit]:
    return [SearchHit(kind=h.kind, id=h.ref, label=h.label) for h in store(request).search(q)]


@router.get("/audit", summary="Every curation: who, when, the object before and after")
def audit(request: Request, _user: Reader) -> list[AuditEntry]:
    return [AuditEntry(id=c.id, kind=c.object_kind, object=c.object_id, action=c.action, field=c.field,
                       value=c.value, before=c.before, after=c.after, user=c.user_name, at=c.at.isoformat())
            for c in store(request).curations()]


