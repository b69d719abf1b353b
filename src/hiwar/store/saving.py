"""Saving a record: only the parts that changed since the last save are written.

The record is cut into parts: a document (its `document_records` row and its mentions) and each
record object (its row, its evidence and its conflicts). `saved_parts` keeps, per part, a fingerprint
of the objects it was written from and a digest of its rows. A save rewrites the parts whose
rows changed, deletes the parts that are gone and moves the positions of the others, so the tables
end up exactly as a full rewrite would leave them, at a cost that follows the change, not the store.
"""
from __future__ import annotations

import hashlib
import io
import json
import marshal
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from operator import attrgetter
from typing import Any

from sqlalchemy import Integer, bindparam, case, delete, insert, literal_column, select
from sqlalchemy.orm import Session

from ..extract.types import Mention
from ..record import Record
from ..resolve.told import Told, later_fields
from ..tagging import TaggedMentions
from .models import (
    DERIVED_TABLES,
    AgreementRow,
    ConflictRow,
    DocumentRecordRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    OrganizationRow,
    PersonRow,
    RoundRow,
    SavedPartRow,
    round_key,
)

_BATCH = 500  # keys per statement: well under every backend's limit on bound parameters
_INSERT_BATCH = 5000  # rows held before they are sent, so that a fresh store's millions never sit in memory

# part name -> the table of its main row and that table's key column
_MAIN = {"document": (DocumentRecordRow, DocumentRecordRow.doc_id), "person": (PersonRow, PersonRow.id),
         "organization": (OrganizationRow, OrganizationRow.id), "event": (EventRow, EventRow.id),
         "round": (RoundRow, RoundRow.id), "agreement": (AgreementRow, AgreementRow.id)}


class Part:
    """A part of the record: its name (a key of _MAIN, or "search-<kind>" for search entries, see
    store.search), its key and the position of its main row (None: it has none); what it is written from
    (`content`, whose fingerprint is taken) and its rows (positions of the main row left out), both made
    when asked. Slotted, and without closures: a large record has a few hundred thousand parts."""

    __slots__ = ("name", "key", "position", "digest")

    def __init__(self, name: str, key: str, position: int | None):
        self.name, self.key, self.position = name, key, position
        self.digest = b""  # of its rows, once a save has seen them (see Ledger)

    def content(self) -> Any:
        raise NotImplementedError

    def rows(self) -> dict[Any, list[dict[str, Any]]]:
        raise NotImplementedError


class MadePart(Part):
    """A part whose content is a given value and whose rows a given call makes."""

    __slots__ = ("_content", "_rows")

    def __init__(self, name: str, key: str, content: Any, position: int | None,
                 rows: Callable[[], dict[Any, list[dict[str, Any]]]]):
        super().__init__(name, key, position)
        self._content, self._rows = content, rows

    def content(self) -> Any:
        return self._content

    def rows(self) -> dict[Any, list[dict[str, Any]]]:
        return self._rows()


class ObjectPart(Part):
    """A record object: its row, its evidence and its conflicts. [scale] One the stage told what it was
    made of (resolve.told) is fingerprinted by that and its later fields, not by its evidence."""

    __slots__ = ("obj", "made_of")

    def __init__(self, name: str, key: str, position: int, obj: Any, made_of: bytes | None = None):
        super().__init__(name, key, position)
        self.obj, self.made_of = obj, made_of

    def content(self) -> Any:
        if self.made_of is not None:
            return ("made of", self.made_of, later_fields(self.obj))
        return _fields(self.obj)

    def rows(self) -> dict[Any, list[dict[str, Any]]]:
        return _object_rows(self.name, self.key, self.obj)


class DocumentPart(Part):
    """A document: its `document_records` row (none once it is gone from the record) and its mentions."""

    __slots__ = ("doc", "_mentions")

    def __init__(self, key: str, position: int | None, doc: Any, mentions: Mapping[str, list[Mention]]):
        super().__init__("document", key, position)
        self.doc, self._mentions = doc, mentions

    def mentions(self) -> list[Mention]:
        return self._mentions.get(self.key, [])

    def content(self) -> Any:
        """Fingerprinted by what its mentions are made of when that is known without making them (see
        tagging.TaggedMentions), else by its mentions."""
        known = self._mentions
        signed = known.signature(self.key) if isinstance(known, TaggedMentions) and self.key in known else None
        return (None if self.doc is None else vars(self.doc),
                [plain(m) for m in self.mentions()] if signed is None else ("made of", signed))

    def rows(self) -> dict[Any, list[dict[str, Any]]]:
        return _document_rows(self.key, self.doc, self.mentions())


def fingerprint(value: Any) -> bytes:
    """A digest of a value's content, the same whatever objects it shares: marshal's format 2 (no
    references, twice as fast as pickle) for plain values, else pickle without its memo."""
    try:
        data = marshal.dumps(value, 2)
    except ValueError:  # a value marshal does not know (a date, an object)
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        pickler.fast = True
        pickler.dump(value)
        data = buffer.getvalue()
    return hashlib.blake2b(data, digest_size=20).digest()


def _fields(obj: Any) -> dict[str, Any]:
    """A record object's fields as plain values, its evidence and conflicts included (what its rows are
    made of), each piece as the tuple of its fields: half the time of a dict, for a million pieces."""
    fields = dict(vars(obj))
    fields["evidence"] = [_values(ev) for ev in obj.evidence]
    if "conflicts" in fields:
        fields["conflicts"] = [_values(c) for c in obj.conflicts]
    return fields


def _values(obj: Any) -> tuple:
    return _field_getter(type(obj))[1](obj)


def plain(obj: Any) -> dict[str, Any]:
    """A dataclass's fields by name, as `vars` gives them for one without slots (the fingerprints stay)."""
    names, values = _field_getter(type(obj))
    return dict(zip(names, values(obj)))


@lru_cache(maxsize=None)
def _field_getter(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple]]:
    """A dataclass's field names and one call that reads them all."""
    names = tuple(f.name for f in dataclass_fields(cls))
    many = attrgetter(*names)
    return names, (many if len(names) > 1 else lambda obj: (many(obj),))


# The JSON the store writes (JSON columns, digests): one encoder for every value, not one made per call
dump_json: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False, default=str).encode


def rows_digest(rows: dict[Any, list[dict[str, Any]]]) -> bytes:
    """A digest of rows as the store writes them (JSON columns included), table by table."""
    content = hashlib.blake2b(digest_size=20)
    for table in sorted(rows, key=_table_name):
        content.update(_table_name(table).encode())
        content.update(dump_json(rows[table]).encode())
    return content.digest()


def _table_name(table: Any) -> str:
    return getattr(table, "__tablename__", table)


class Ledger:
    """The parts of some kinds as last saved, and what a save of new parts has to write over them.

    A part whose fingerprint is the one kept is unchanged; one whose rows come out the same (the
    same record read back from the store: lists where there were tuples) only gets its new fingerprint.
    What is kept of each part is compact (a few hundred thousand of them): its fingerprint and digest as
    one run of bytes, and its position, under its key in its name's table."""

    def __init__(self, session: Session, names: Iterable[str]):
        table = SavedPartRow.__table__
        query = select(table.c.part, table.c.key, table.c.fingerprint, table.c.digest, table.c.position).where(
            table.c.part.in_(list(names)))
        self.stored: dict[str, dict[str, tuple[bytes, int | None]]] = {}
        for part, key, fp, digest, position in session.execute(query):
            of_name = self.stored.get(part)
            if of_name is None:
                of_name = self.stored[part] = {}
            of_name[key] = (bytes.fromhex(fp + digest), position)
        self.moved: list[Part] = []  # parts not rewritten whose main row changes position, one by one
        self.shifts: dict[str, list[Shift]] = {}  # the same, when they move in a few runs (see `_shifts`)
        self._new: list[tuple[Part, bytes]] = []  # parts given a new fingerprint (or position): the fingerprint
        self._session = session

    def _before(self, part: Part) -> tuple[bytes, int | None] | None:
        return self.stored.get(part.name, {}).get(part.key)

    def gone(self, parts: list[Part]) -> list[tuple[str, str]]:
        """The parts kept that these parts no longer have; two parts under one key are an error."""
        now: dict[str, set[str]] = {}
        for part in parts:
            keys = now.setdefault(part.name, set())
            if part.key in keys:
                raise ValueError(f"two {part.name}s of the record have the id {part.key}")
            keys.add(part.key)
        return [(name, key) for name, kept in self.stored.items() for key in kept if key not in now.get(name, ())]

    def to_write(self, parts: Iterable[Part], ahead: Callable[[list[Part]], None] = lambda parts: None,
                 ) -> Iterator[tuple[Part, dict[Any, list[dict[str, Any]]], bool]]:
        """Each part whose rows changed: the part, its rows, and whether it had rows before; every part
        is given its rows' digest. Every fingerprint is taken first, then `ahead` is told the parts whose
        rows will be made, in order."""
        unsure = []
        moving: list[tuple[Part, bytes, int | None]] = []  # unchanged parts whose main row moves, and from where
        for part in parts:
            fp = fingerprint(part.content())
            before = self._before(part)
            if before is not None and before[0][:20] == fp:
                part.digest = before[0][20:]
                if before[1] != part.position:
                    moving.append((part, fp, before[1]))
            else:
                unsure.append((part, fp))
        self._move(moving)
        ahead([part for part, _ in unsure])
        for part, fp in unsure:
            before = self._before(part)
            rows = part.rows()
            part.digest = rows_digest(rows)
            self._new.append((part, fp))
            if before is not None and before[0][20:] == part.digest:  # the same rows: at most moved
                if before[1] != part.position:
                    self.moved.append(part)
                continue
            yield part, rows, before is not None

    def _move(self, moving: list[tuple[Part, bytes, int | None]]) -> None:
        """Unchanged parts whose main row moves: [scale] an event added early in the record moves every
        event after it (a hundred thousand at 20,000 documents), by one same step over long runs of them,
        so their rows are moved a run at a time, here, before any row is written; else one by one."""
        by_name: dict[str, list[tuple[Part, bytes, int | None]]] = {}
        for item in moving:
            by_name.setdefault(item[0].name, []).append(item)
        for name, items in by_name.items():
            runs = _shifts(name, [(old, part.position) for part, _, old in items],
                           [position for _, position in self.stored.get(name, {}).values()])
            if runs is None:
                for part, fp, _ in items:
                    self.moved.append(part)
                    self._new.append((part, fp))
            else:
                self.shifts[name] = runs
                model, _ = _MAIN[name]
                _shift_rows(self._session, model.__table__, runs)

    def remember(self, session: Session, gone: list[tuple[str, str]]) -> None:
        """saved_parts after the save: the parts gone forgotten, the new fingerprints and positions kept
        (each row found by its key: a new event early in the record moves a hundred thousand)."""
        table = SavedPartRow.__table__
        for name, runs in self.shifts.items():  # first: the rows written next take their positions as given
            _shift_rows(session, table, runs, table.c.part == name)
        this_row = (table.c.part == bindparam("p")) & (table.c.key == bindparam("k"))
        for batch in batched(gone, _INSERT_BATCH):
            session.execute(delete(table).where(this_row), [dict(p=part, k=key) for part, key in batch])
        kept = [new for new in self._new if self._before(new[0]) is not None]
        for batch in batched(kept, _INSERT_BATCH):
            session.execute(table.update().where(this_row).values(fingerprint=bindparam("f"), digest=bindparam("d"),
                                                                   position=bindparam("n")),
                            [dict(p=part.name, k=part.key, f=fp.hex(), d=part.digest.hex(), n=part.position)
                             for part, fp in batch])
        added = [new for new in self._new if self._before(new[0]) is None]
        for batch in batched(added, _INSERT_BATCH):  # rows made a batch at a time: a fresh store has millions
            session.execute(insert(table), [dict(part=part.name, key=part.key, fingerprint=fp.hex(),
                                                 digest=part.digest.hex(), position=part.position)
                                            for part, fp in batch])


Shift = tuple[int, int, int]  # the main rows at positions first..last (as saved) move by a step
_SHIFT_RUNS = 5000  # runs moved in one statement; more, and the rows are moved one by one


def _shifts(name: str, moves: list[tuple[int | None, int | None]], saved: list[int | None]) -> list[Shift] | None:
    """The runs that the moves (old position -> new) make over the positions saved: positions next to
    each other among those saved, moved by one same step. None when they cannot be moved a run at a time
    (a part without a position, two parts saved at one position, too many runs)."""
    steps = {old: new - old for old, new in moves if old is not None and new is not None}
    known = [position for position in saved if position is not None]
    if name not in _MAIN or len(steps) < len(moves) or len(set(known)) < len(known):
        return None
    runs: list[list[int]] = []
    previous_moved = False
    for position in sorted(known):
        step = steps.get(position)
        if step is None:
            previous_moved = False
            continue
        if previous_moved and runs[-1][2] == step:
            runs[-1][1] = position
        else:
            runs.append([position, position, step])
        previous_moved = True
    return [(first, last, step) for first, last, step in runs] if len(runs) <= _SHIFT_RUNS else None


def _shift_rows(session: Session, table: Any, runs: list[Shift], where: Any = None) -> None:
    """Every row of `table` in one of the runs takes its position moved by the run's step, in one
    statement (each row moved once, from its position before it); rows between the runs keep theirs."""
    position = table.c.position
    inside = position.between(_number(runs[0][0]), _number(runs[-1][1]))
    session.execute(table.update().where(inside if where is None else where & inside)
                    .values(position=position + _step(position, runs)))


def _step(position: Any, runs: list[Shift]) -> Any:
    """The step of the run a position is in (0 between runs), as a search over the runs in order: [scale]
    a few comparisons per row for hundreds of runs (each new or rewritten event ends one)."""
    if len(runs) == 1:
        first, last, step = runs[0]
        return case((position.between(_number(first), _number(last)), _number(step)), else_=_number(0))
    middle = len(runs) // 2
    return case((position < _number(runs[middle][0]), _step(position, runs[:middle])),
                else_=_step(position, runs[middle:]))


def _number(value: int) -> Any:
    """An integer written into the statement: a statement of thousands of runs stays under every
    backend's limit on bound parameters."""
    return literal_column(str(int(value)), Integer)


# object_kind values of the evidence table
PERSON, ORGANIZATION, EVENT, ROUND, AGREEMENT = "person", "organization", "event", "round", "agreement"


def record_objects(record: Record) -> Iterator[tuple[str, str, Any]]:
    """(object kind, object id, object) for every record object that carries evidence, in record order."""
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


def record_parts(record: Record, mentions_by_doc: Mapping[str, list[Mention]], told: Told | None = None) -> list[Part]:
    """The parts of a record, in the order of its lists (documents first); each document's mentions are
    read one document at a time. `told`: what the stage made the objects of (none changed since)."""
    docs = {d.id: (n, d) for n, d in enumerate(record.documents)}
    parts: list[Part] = []
    for doc_id in sorted(set(docs) | set(mentions_by_doc)):
        position, doc = docs.get(doc_id, (None, None))
        parts.append(DocumentPart(doc_id, position, doc, mentions_by_doc))
    positions: dict[str, int] = {}
    for kind, key, obj in record_objects(record):
        positions[kind] = n = positions.get(kind, -1) + 1
        parts.append(ObjectPart(kind, key, n, obj, None if told is None else told.digest(obj)))
    return parts


def read_ahead(mentions_by_doc: Mapping[str, list[Mention]]) -> Callable[[list[Part]], None]:
    """What a save tells the mentions about the parts it will make rows of: the documents read, in order."""
    if not isinstance(mentions_by_doc, TaggedMentions):
        return lambda parts: None
    return lambda parts: mentions_by_doc.plan([part.key for part in parts if part.name == "document"])


def record_digest(parts: list[Part]) -> str:
    """The record's digest: every part's rows and position, in record order (the parts saved)."""
    content = hashlib.sha256()
    for part in parts:
        content.update(f"{part.name}\0{part.key}\0{part.position}\0{part.digest.hex()}\n".encode())
    return content.hexdigest()


def save_parts(session: Session, parts: list[Part], ahead: Callable[[list[Part]], None] = lambda parts: None) -> None:
    """Bring the record's tables in line with `parts`, each part given its rows' digest, and tell `ahead`
    which parts will be made rows of (see Ledger.to_write)."""
    ledger = Ledger(session, _MAIN)
    if not ledger.stored:  # a record saved before parts were kept, or cleared: written whole
        for model in DERIVED_TABLES:
            session.execute(delete(model))
    gone = ledger.gone(parts)
    _delete_rows(session, gone)
    inserts: dict[Any, list[dict[str, Any]]] = {}
    replaced: list[tuple[str, str]] = []  # their old rows go before the new ones are sent

    def send(model: Any) -> None:
        _delete_rows(session, replaced)
        replaced.clear()
        session.execute(insert(model.__table__), inserts.pop(model))  # Core: the ORM's bulk insert costs ~40% more per row

    for part, rows, had_rows in ledger.to_write(parts, ahead):
        if had_rows:
            replaced.append((part.name, part.key))
        for model, model_rows in rows.items():
            if model is _MAIN[part.name][0]:
                model_rows = [dict(row, position=part.position) for row in model_rows]
            inserts.setdefault(model, []).extend(model_rows)
            if len(inserts[model]) >= _INSERT_BATCH:
                send(model)
    _delete_rows(session, replaced)
    for model in reversed(DERIVED_TABLES):  # parents first
        if inserts.get(model):
            send(model)
    _move_positions(session, ledger.moved)
    ledger.remember(session, gone)


def _delete_rows(session: Session, gone: list[tuple[str, str]]) -> None:
    by_name: dict[str, list[str]] = {}
    for name, key in gone:
        by_name.setdefault(name, []).append(key)
    for name, keys in by_name.items():
        model, column = _MAIN[name]
        for batch in batched(keys):
            session.execute(delete(model).where(column.in_(batch)))
            if name == "document":
                session.execute(delete(MentionRow).where(MentionRow.doc_id.in_(batch)))
            else:
                for child in (EvidenceRow, ConflictRow):
                    session.execute(delete(child).where(child.object_kind == name, child.object_id.in_(batch)))


def _move_positions(session: Session, moved: list[Part]) -> None:
    """The main rows of parts not rewritten take their new positions (an object added before them moves them)."""
    by_name: dict[str, list[Part]] = {}
    for part in moved:
        if part.position is not None:
            by_name.setdefault(part.name, []).append(part)
    for name, parts in by_name.items():
        model, column = _MAIN[name]
        table = model.__table__  # a Core statement: the ORM's bulk update wants whole rows
        key = table.c[column.key]
        for batch in batched(parts, _INSERT_BATCH):
            session.execute(table.update().where(key == bindparam("k")).values(position=bindparam("p")),
                            [dict(k=part.key, p=part.position) for part in batch])


def _document_rows(doc_id: str, doc: Any, mentions: list[Mention]) -> dict[Any, list[dict[str, Any]]]:
    rows: dict[Any, list[dict[str, Any]]] = {MentionRow: [_mention_row(doc_id, n, m) for n, m in enumerate(mentions)]}
    if doc is not None:
        rows[DocumentRecordRow] = [dict(doc_id=doc.id, title=doc.title, language=doc.language, published=doc.published,
                                        anchor=doc.anchor, anchor_reason=doc.anchor_reason)]
    return rows


def _object_rows(name: str, key: str, obj: Any) -> dict[Any, list[dict[str, Any]]]:
    return {
        _MAIN[name][0]: [_main_row(name, obj)],
        ConflictRow: [dict(object_kind=name, object_id=key, position=n, field=c.field,
                           claims=[list(claim) for claim in c.claims], resolution=c.resolution)
                      for n, c in enumerate(getattr(obj, "conflicts", []))],
        EvidenceRow: [dict(object_kind=name, object_id=key, position=n, field=ev.field, doc_id=ev.doc_id,
                           start=ev.start, end=ev.end, text=ev.text, rule=ev.rule)
                      for n, ev in enumerate(obj.evidence)],
    }


def _main_row(name: str, o: Any) -> dict[str, Any]:
    if name == "person":
        return dict(id=o.id, name=o.name, aliases=list(o.aliases), name_en=o.name_en, country=o.country,
                    titles=list(o.titles), documents=list(o.documents))
    if name == "organization":
        return dict(id=o.id, name=o.name, aliases=list(o.aliases), name_en=o.name_en, country=o.country,
                    kind=o.kind, documents=list(o.documents))
    if name == "event":
        return dict(id=o.id, type=o.type, date=o.date, status=o.status, dialogue=o.dialogue, round=o.round,
                    working_group=o.working_group, venue=o.venue, mode=o.mode, participants=list(o.participants),
                    organizations=list(o.organizations), countries=list(o.countries), topics=list(o.topics),
                    documents=list(o.documents))
    if name == "round":
        return dict(id=round_key(o.dialogue, o.number), dialogue=o.dialogue, number=o.number, start=o.start,
                    end=o.end, venue=o.venue, status=o.status, working_groups=list(o.working_groups),
                    documents=list(o.documents))
    return dict(id=o.id, type=o.type, subject=o.subject, topics=list(o.topics), parties=list(o.parties),
                date=o.date, status=o.status, documents=list(o.documents))


def _mention_row(doc_id: str, position: int, mention: Mention) -> dict[str, Any]:
    entity_id = mention.attrs.get("entity_id")
    return dict(doc_id=doc_id, position=position, kind=mention.kind, start=mention.start, end=mention.end,
                text=mention.text, norm=mention.norm, rule=mention.rule,
                entity_id=None if entity_id is None else str(entity_id), attrs=dict(mention.attrs))


def batched(items: list, size: int = _BATCH) -> Iterator[list]:
    for n in range(0, len(items), size):
        yield items[n:n + size]
