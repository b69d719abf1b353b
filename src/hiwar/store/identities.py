"""Ids that stay: a person, organization, event or agreement keeps its id across ingests.

The resolvers number objects afresh on every build ("p001".. in record order), so adding an
unrelated document could shift every id after it. The store remembers, for each object, the spans
that made it (one key per document: the evidence the document gave it); on the next build
an object takes the id its spans had before (the one most of them had), and only objects made of
new spans get new numbers: the resolver's number shifted past every number already given, so a
fresh store numbers exactly as the resolvers do. Rounds are named by dialogue and number and need nothing.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import String, bindparam, delete, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..record import Record
from ..tagging import moved_ids
from .models import Base
from .store import Store

_KINDS = ("persons", "organizations", "events", "agreements")
_NUMBER = re.compile(r"^([a-z]+)(\d+)$")
_ID_IN_TEXT = re.compile(r"\b[a-z]+\d+\b")  # an object named in a conflict's text ("kept round 6 for e012 and ...")


class KeptIdRow(Base):
    __tablename__ = "kept_ids"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    span: Mapped[str] = mapped_column(String(64), primary_key=True)  # see _spans
    object_id: Mapped[str] = mapped_column(String(64))


def _spans(obj: Any) -> list[str]:
    """One key per document the object draws on: a digest of the document's id and every span of
    evidence it gave the object (instruments listed in one sentence share their first span)."""
    spans: dict[str, list[str]] = {}
    for ev in obj.evidence:  # [scale] a list made only for a document met first: a million spans at 20,000 documents
        found = spans.get(ev.doc_id)
        if found is None:
            found = spans[ev.doc_id] = []
        found.append(f"{ev.start}-{ev.end}-{ev.field}")
    return [_digest(f"{doc}\0{','.join(found)}") for doc, found in spans.items()]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:40]


def _distinct(spans: list[list[str]]) -> list[list[str]]:
    """Each object's span keys, a key another object met first made its own by its rank among them.

    Two objects can draw the same evidence from one document (a meeting's date lent to the two
    signings it framed): one key for both would keep one id and hand the other a fresh number on
    every build. Objects come in record order, which a rebuild of the same documents repeats."""
    seen: dict[str, int] = {}
    out = []
    for keys in spans:
        distinct = []
        for key in keys:
            n = seen.get(key, 0)
            seen[key] = n + 1
            distinct.append(key if n == 0 else _digest(f"{key}#{n}"))
        out.append(distinct)
    return out


def _renumber(objects: list, spans: list[list[str]], kept: dict[str, str], highest: int) -> dict[str, str]:
    """New id → kept id for each object (its spans beside it); objects made only of unseen spans get
    numbers above `highest`."""
    renamed: dict[str, str] = {}
    taken: set[str] = set()
    fresh = []
    for obj, its_spans in zip(objects, spans):
        olds = [old for old in map(kept.get, its_spans) if old is not None]
        if not olds:
            fresh.append(obj)
            continue
        first = olds[0]
        if olds.count(first) < len(olds):  # spans that had several ids: most votes first, then the smallest id
            olds = [old for old, _ in sorted(Counter(olds).items(), key=lambda kv: (-kv[1], kv[0]))]
        if olds[0] == first and first not in taken:
            best: str | None = first
        else:
            best = next((old for old in olds if old not in taken), None)
        if best is None:
            fresh.append(obj)
        else:
            renamed[obj.id] = best
            taken.add(best)
    for obj in fresh:  # the resolver's number, shifted past every number given before
        prefix, digits = _NUMBER.match(obj.id).groups()
        number = highest + int(digits)
        while f"{prefix}{number:0{len(digits)}d}" in taken:  # numbered from 0, it would meet the highest
            number += 1
        renamed[obj.id] = f"{prefix}{number:0{len(digits)}d}"
        taken.add(renamed[obj.id])
    return renamed


def keep_ids(store: Store, record: Record) -> Record:
    """The record with the ids its objects had in the store, and the store told the new ones."""
    with store._session_scope() as session:
        kept = _kept(session)
        highest = {kind: max((int(_NUMBER.match(object_id).group(2)) for object_id in set(kept[kind].values())),
                             default=0) for kind in _KINDS}
        names: dict[str, str] = {}
        spans = {kind: _distinct([_spans(obj) for obj in getattr(record, kind)]) for kind in _KINDS}
        for kind in _KINDS:
            names.update(_renumber(getattr(record, kind), spans[kind], kept[kind], highest[kind]))
        _rename(record, {new: old for new, old in names.items() if new != old})
        gone: list[dict[str, str]] = []
        new: list[dict[str, str]] = []
        for kind in _KINDS:  # [scale] one pass: each span now taken out of those kept, what is left is gone
            left = kept[kind]
            for obj, its_spans in zip(getattr(record, kind), spans.pop(kind)):
                for span in its_spans:
                    before = left.pop(span, None)
                    if before != obj.id:
                        if before is not None:
                            gone.append(dict(k=kind, s=span))
                        new.append(dict(kind=kind, span=span, object_id=obj.id))
            gone.extend(dict(k=kind, s=span) for span in left)
        table = KeptIdRow.__table__
        if gone:
            session.execute(delete(table).where(table.c.kind == bindparam("k"), table.c.span == bindparam("s")), gone)
        if new:
            session.execute(insert(table), new)
    return record


def _kept(session: Session) -> dict[str, dict[str, str]]:
    """span → object id, by kind, as stored: plain rows, one per object and document, each id held once."""
    kept: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    ids: dict[str, str] = {}
    table = KeptIdRow.__table__
    for kind, span, object_id in session.execute(select(table.c.kind, table.c.span, table.c.object_id)).all():
        one = ids.get(object_id)
        if one is None:
            one = ids[object_id] = object_id
        kept.setdefault(kind, {})[span] = one
    return kept


def _rename(record: Record, names: dict[str, str]) -> None:
    """Every id and every reference to one renamed, in place: the record is the build's own, and once
    an early object is added most of its hundred thousand events take back their kept numbers."""
    if not names:
        return

    def renamed(ids: list[str]) -> list[str]:  # [scale] the same list when none of its ids moved (most of them)
        return ids if names.keys().isdisjoint(ids) else [names.get(x, x) for x in ids]

    for obj in (*record.persons, *record.organizations, *record.events, *record.agreements):
        obj.id = names.get(obj.id, obj.id)
    for obj in (*record.persons, *record.events, *record.agreements):  # (organizations have no conflicts)
        if obj.conflicts:
            obj.conflicts = [_renamed_text(c, names) for c in obj.conflicts]
    for event in record.events:
        event.participants, event.organizations = renamed(event.participants), renamed(event.organizations)
    for agreement in record.agreements:
        agreement.parties = renamed(agreement.parties)
    record.mentions = moved_ids(record.mentions, names)  # each document's, changed only when the save reads it


def _renamed_text(conflict, names: dict[str, str]):
    """The conflict with the objects its text names by their kept ids, not the build's numbers."""
    text = _ID_IN_TEXT.sub(lambda m: names.get(m[0], m[0]), conflict.resolution)
    return conflict if text == conflict.resolution else replace(conflict, resolution=text)
