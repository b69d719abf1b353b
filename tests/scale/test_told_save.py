"""The save told what the stage made each object of (resolve.told): an object made of what it was made
of before is passed on from its digest and later fields, and nothing that changed is lost: a later
field moved, an object the stage or a curation forgot, another stage's code, an ingest's adds after,
among and before the stored documents, each leaving the tables a whole rewrite leaves."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from hiwar.ingest.engine import ingest
from hiwar.pipeline import SourceDoc
from hiwar.record import Agreement, Conflict, DocumentRec, Event, Evidence, Record
from hiwar.resolve.told import Told
from hiwar.store import saving
from hiwar.store.curation import CurationRow
from hiwar.store.db import open_store

from .helpers import derived_tables, mixed_corpus, rewritten_whole


def _record(venue: str = "الرياض", participants: tuple[str, ...] = ("p001",), rule: str = "trigger") -> Record:
    docs = [DocumentRec("d1", None, "ar", "2024-03-02"), DocumentRec("d2", None, "ar", "2024-03-05")]
    events = [Event("e001", "visit", "2024-03-01", venue=venue, participants=list(participants), documents=["d1"],
                    evidence=[Evidence("d1", 0, 5, "زيارة", "type", rule)]),
              Event("e002", "statement", "2024-03-05", documents=["d2"],
                    evidence=[Evidence("d2", 3, 9, "بيان", "type", "trigger")])]
    agreements = [Agreement("a001", "mou", "التعاون الثقافي", parties=["KW", "QA"], documents=["d2"],
                            evidence=[Evidence("d2", 10, 20, "مذكرة تفاهم", "type", "mou")])]
    return Record(docs, events=events, agreements=agreements)


def _told(record: Record, keys: dict[str, str] | None = None, version: str = "stage 1") -> Told:
    """Each event and agreement told as made of its documents' first report."""
    told = Told(version)
    told.name_analyses(lambda doc_id: (keys or {}).get(doc_id, f"key of {doc_id}"))
    for obj in (*record.events, *record.agreements):
        told.made(obj, [(obj.documents[0], 0)])
    return told


@pytest.fixture
def rebuilt(monkeypatch) -> list[str]:
    """The keys of the object parts whose rows a save makes."""
    made: list[str] = []
    rows = saving.ObjectPart.rows

    def counting(self):
        made.append(self.key)
        return rows(self)

    monkeypatch.setattr(saving.ObjectPart, "rows", counting)
    return made


def _store(tmp_path: Path):
    store = open_store(f"sqlite:///{tmp_path / 'told.db'}")
    store.add_documents([SourceDoc("d1", "زيارة رسمية للوزير"), SourceDoc("d2", "بيان مشترك ومذكرة تفاهم")])
    return store


def _saved(store, record: Record, told: Told | None) -> Record:
    store.save_record(record, {}, told)
    return store.load_record()


def test_an_object_made_of_what_it_was_made_of_is_passed_on_without_its_rows(tmp_path, rebuilt):
    store = _store(tmp_path)
    record = _record()
    _saved(store, record, _told(record))
    rebuilt.clear()
    again = _record()
    assert _saved(store, again, _told(again)).events == _record().events
    assert rebuilt == []
    other = _record()  # another document's analysis: its rows are made again, and found the same
    _saved(store, other, _told(other, {"d1": "another key"}))
    assert rebuilt == ["e001"]


def test_a_later_field_that_moved_is_written_though_the_object_is_made_of_the_same(tmp_path):
    store = _store(tmp_path)
    first = _record()
    _saved(store, first, _told(first))
    moved = _record(participants=("p007",))
    moved.events[1].conflicts.append(Conflict("venue", (("d2", "x"), ("d3", "y")), "kept x"))
    moved.agreements[0].parties = ["KW", "o002"]
    moved.events[0].date = "2024-03"
    loaded = _saved(store, moved, _told(moved))
    assert loaded.events[0].participants == ["p007"] and loaded.events[0].date == "2024-03"
    assert loaded.events[1].conflicts == moved.events[1].conflicts
    assert loaded.agreements[0].parties == ["KW", "o002"]


def test_an_object_forgotten_or_not_told_is_compared_in_full(tmp_path):
    store = _store(tmp_path)
    first = _record()
    _saved(store, first, _told(first))
    changed = _record(venue="جدة", rule="framed")  # the fields a told digest would vouch for
    told = _told(changed)
    told.forget(changed.events[0])
    loaded = _saved(store, changed, told)
    assert loaded.events[0].venue == "جدة" and loaded.events[0].evidence[0].rule == "framed"
    plain = _record(venue="مكة")
    assert _saved(store, plain, None).events[0].venue == "مكة"


def test_another_stage_code_compares_every_object_again(tmp_path, rebuilt):
    store = _store(tmp_path)
    first = _record()
    _saved(store, first, _told(first))
    rebuilt.clear()
    again = _record()
    _saved(store, again, _told(again, version="stage 2"))
    assert sorted(rebuilt) == ["a001", "e001", "e002"]


def test_a_curation_made_since_the_last_save_is_written_over_a_told_object(tmp_path):
    store = _store(tmp_path)
    first = _record()
    _saved(store, first, _told(first))
    with store._session_scope() as session:
        session.add(CurationRow(object_kind="event", object_id="e001", action="correct", field="venue",
                                value="الدوحة", user_name="tester", at=datetime.now(timezone.utc)))
    again = _record()
    assert _saved(store, again, _told(again)).events[0].venue == "الدوحة"


@pytest.mark.parametrize("where", ["after", "among", "before"])
def test_ingests_told_leave_the_tables_a_whole_rewrite_leaves(tmp_path, where, rebuilt, monkeypatch):
    files, meta = mixed_corpus(tmp_path / "corpus", generated=10)
    generated = [f for f in files if f.name.startswith("gen-")]
    others = [f for f in files if not f.name.startswith("gen-")]
    stored, added = {"after": (others, generated), "before": (generated, others),
                     "among": (files[::2], files[1::2])}[where]
    db = tmp_path / "store.db"
    store = open_store(f"sqlite:///{db}")
    ingest([str(f) for f in stored], str(meta), store)
    in_full: list[type] = []
    fields = saving._fields
    monkeypatch.setattr(saving, "_fields", lambda obj: in_full.append(type(obj)) or fields(obj))
    for n in range(0, len(added), 4):
        in_full.clear()
        rebuilt.clear()
        ingest([str(f) for f in added[n:n + 4]], str(meta), store)
        record = store.load_record()
        told = len(record.events) + len(record.agreements)
        assert in_full.count(Event) + in_full.count(Agreement) < told // 4  # but those of frames and curations
        assert len([key for key in rebuilt if key[0] in "ea"]) < told // 2
        assert derived_tables(db) == rewritten_whole(db, tmp_path)
