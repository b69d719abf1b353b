"""Curations: the corrections people make to the record, kept beside it and re-applied to every rebuild.

Every ingest rebuilds the record from all documents, so a correction cannot live in the record's own
rows. Each one is a row of `curations`, keyed by the record object's kind and id, holding who made it,
when, and the object before and after: that table is the audit log. `Store.save_record` calls
`apply_curations` on each record it writes, in the order the curations were made. Applying is
idempotent (a merged or deleted object is gone, a split one already has its new part), so a record
that already carries them is unchanged.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..extract.types import Mention
from ..record import Agreement, DocumentMentions, Event, Organization, Person, Record, Round
from ..resolve.told import Told
from ..tagging import moved_ids
from .models import Base, round_key

# record object kind -> the Record list holding it
LISTS = {"person": "persons", "organization": "organizations", "event": "events", "round": "rounds",
         "agreement": "agreements"}
ACTIONS = ("confirm", "correct", "merge", "split", "delete")
MERGEABLE = ("person", "organization", "event", "agreement")
SPLITTABLE = ("person", "organization")
_NOT_EDITABLE = {"id", "evidence", "conflicts", "documents", "dialogue", "number"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class CurationError(Exception):
    """A curation that cannot be made; the message says why in one line."""


class CurationRow(Base):
    __tablename__ = "curations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    object_kind: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[str] = mapped_column(String(255), index=True)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)  # correct: the value; merge: {"into"}; split: {"name", "new_id"}
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    user_name: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def object_key(kind: str, obj: Any) -> str:
    return round_key(obj.dialogue, obj.number) if kind == "round" else obj.id


def find(record: Record, kind: str, ident: str) -> Any | None:
    for obj in getattr(record, LISTS[kind]):
        if object_key(kind, obj) == ident:
            return obj
    return None


def snapshot(obj: Any | None) -> dict[str, Any] | None:
    """The object's own fields, as the audit log keeps them."""
    if obj is None:
        return None
    return {k: v for k, v in asdict(obj).items() if k not in ("evidence", "conflicts")}


def editable_fields(kind: str) -> list[str]:
    model = {"person": Person, "organization": Organization, "event": Event, "round": Round,
             "agreement": Agreement}[kind]
    return [f.name for f in fields(model) if f.name not in _NOT_EDITABLE]


def parse_value(kind: str, field_name: str, text: str) -> Any:
    """A field's new value from what was typed: lists split on commas, dates checked, empty is null."""
    if field_name not in editable_fields(kind):
        raise CurationError(f"{kind} field {field_name!r} cannot be corrected")
    model = {"person": Person, "organization": Organization, "event": Event, "round": Round,
             "agreement": Agreement}[kind]
    annotation = str(next(f.type for f in fields(model) if f.name == field_name))
    text = text.strip()
    if annotation.startswith("list"):
        return [part.strip() for part in re.split(r"[,،\n]", text) if part.strip()]
    if not text:
        if "None" not in annotation:
            raise CurationError(f"{field_name} cannot be empty")
        return None
    if annotation.startswith("int"):
        if not text.isdigit():
            raise CurationError(f"{field_name} must be a number")
        return int(text)
    if annotation.startswith("DateValue"):
        start, _, end = text.partition("/")
        if not _DATE.fullmatch(start) or (end and not _DATE.fullmatch(end)):
            raise CurationError(f"{field_name} must be YYYY, YYYY-MM, YYYY-MM-DD or START/END")
        return {"start": start, "end": end} if end else start
    return text


def apply_curations(session: Session, record: Record, mentions: Mapping[str, list[Mention]],
                    told: Told | None = None) -> Mapping[str, list[Mention]]:
    """Apply every curation to `record` (in place); the mentions come back re-pointed where entities moved.
    `told` forgets the objects a curation changes (the links it re-points are among their later fields)."""
    for row in session.scalars(select(CurationRow).order_by(CurationRow.id)):
        if told is not None:
            for ident in (row.object_id, row.value.get("into") if row.action == "merge" else None):
                obj = find(record, row.object_kind, ident) if ident is not None else None
                if obj is not None:
                    told.forget(obj)
        mentions = apply_one(record, mentions, row)
    return mentions


def apply_one(record: Record, mentions: Mapping[str, list[Mention]], row: CurationRow) -> Mapping[str, list[Mention]]:
    kind, ident = row.object_kind, row.object_id
    obj = find(record, kind, ident)
    if obj is None:
        return mentions  # merged, deleted, or not in this record
    if row.action == "correct" and row.field:
        setattr(obj, row.field, copy.deepcopy(row.value))
    elif row.action == "delete":
        getattr(record, LISTS[kind]).remove(obj)
        return _repoint(record, mentions, kind, ident, None)
    elif row.action == "merge":
        target = find(record, kind, row.value["into"])
        if target is None or target is obj:
            return mentions
        _absorb(target, obj)
        getattr(record, LISTS[kind]).remove(obj)
        return _repoint(record, mentions, kind, ident, target.id)
    elif row.action == "split":
        return _split(record, mentions, kind, obj, row.value["name"], row.value["new_id"])
    return mentions


def _union(a: list, b: list) -> list:
    return list(dict.fromkeys([*a, *b]))


def _absorb(target: Any, source: Any) -> None:
    """`target` takes on what `source` knew: its names, documents, evidence and links."""
    if isinstance(target, (Person, Organization)):
        target.aliases = [n for n in _union(target.aliases, [source.name, *source.aliases]) if n != target.name]
        target.name_en = target.name_en or source.name_en
        target.country = target.country or source.country
    if isinstance(target, Person):
        target.titles = _union(target.titles, source.titles)
    if isinstance(target, Event):
        for name in ("participants", "organizations", "countries", "topics"):
            setattr(target, name, _union(getattr(target, name), getattr(source, name)))
        target.conflicts = [*target.conflicts, *source.conflicts]
    if isinstance(target, Agreement):
        target.parties, target.topics = _union(target.parties, source.parties), _union(target.topics, source.topics)
    target.documents = sorted(_union(target.documents, source.documents))
    target.evidence = [*target.evidence, *source.evidence]


def _split(record: Record, mentions: Mapping[str, list[Mention]], kind: str, obj: Any, name: str,
           new_id: str) -> Mapping[str, list[Mention]]:
    """A name form of `obj` becomes an entity of its own, with the documents and mentions that use it."""
    if kind not in SPLITTABLE or find(record, kind, new_id) is not None or name not in obj.aliases:
        return mentions
    moved = {(doc, m.start) for doc, ms in mentions.items() for m in ms
             if m.attrs.get("entity_id") == obj.id and m.text == name}
    documents = sorted({doc for doc, _ in moved})
    model = Person if kind == "person" else Organization
    part = model(id=new_id, name=name, country=obj.country, documents=documents,
                 evidence=[ev for ev in obj.evidence if ev.text == name])
    obj.aliases = [a for a in obj.aliases if a != name]
    obj.evidence = [ev for ev in obj.evidence if ev.text != name]
    still = {doc for doc, ms in mentions.items() for m in ms
             if m.attrs.get("entity_id") == obj.id and (doc, m.start) not in moved}
    obj.documents = [d for d in obj.documents if d in still or d not in documents]
    getattr(record, LISTS[kind]).append(part)
    return DocumentMentions(mentions, lambda doc: [replace(m, attrs={**m.attrs, "entity_id": new_id})
                                                   if (doc, m.start) in moved else m for m in mentions[doc]])


def _repoint(record: Record, mentions: Mapping[str, list[Mention]], kind: str, old: str,
             new: str | None) -> Mapping[str, list[Mention]]:
    """Links to `old` now go to `new`, or disappear when it was deleted."""
    def swap(ids: list[str]) -> list[str]:
        return _union([], [new if i == old else i for i in ids if i != old or new is not None])

    if kind == "person":
        for e in record.events:
            e.participants = swap(e.participants)
    if kind == "organization":
        for e in record.events:
            e.organizations = swap(e.organizations)
        for a in record.agreements:
            a.parties = swap(a.parties)
    if kind not in SPLITTABLE:
        return mentions

    return moved_ids(mentions, {old: new})


def preview(record: Record, row: CurationRow) -> tuple[Any, Any]:
    """(before, after) of a curation on this record, for the audit log; the record is not changed."""
    trial = copy.deepcopy(record)
    kind, ident = row.object_kind, row.object_id
    obj = find(trial, kind, ident)
    if obj is None:
        raise CurationError(f"no {kind} {ident!r} in the record")
    if row.action == "merge":
        target = find(trial, kind, row.value["into"])
        if target is None or target is obj:
            raise CurationError(f"cannot merge {ident} into {row.value['into']!r}: no such other {kind}")
        before = {"merged": snapshot(obj), "into": snapshot(target)}
        apply_one(trial, {}, row)
        return before, snapshot(target)
    if row.action == "split":
        if kind not in SPLITTABLE or row.value["name"] not in obj.aliases:
            raise CurationError(f"{row.value['name']!r} is not another name form of {ident}")
    before = snapshot(obj)
    apply_one(trial, {}, row)
    if row.action == "split":
        return before, [snapshot(obj), snapshot(find(trial, kind, row.value["new_id"]))]
    if row.action == "correct":
        return {row.field: before[row.field]}, {row.field: row.value}
    return before, snapshot(find(trial, kind, ident))
