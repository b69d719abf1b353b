"""Saving writes only the parts of the record that changed, and the store ends up exactly as one
full save of the last record leaves a fresh store: random sequences of records prove it."""
from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from hiwar.extract.types import Mention
from hiwar.pipeline import SourceDoc
from hiwar.record import Agreement, Conflict, DocumentRec, Event, Evidence, Person, Record, Round
from hiwar.store import Store, open_store
from hiwar.store.models import DERIVED_TABLES, RecordStateRow, SavedPartRow
from hiwar.store.saving import _shifts

from .fakes import fake_record

DOC_IDS = ("d1", "d2", "d3", "d4")
DOCS = [SourceDoc(id=doc_id, text=f"نص الوثيقة {doc_id} عن الحوار الاستراتيجي بين البلدين") for doc_id in DOC_IDS]
WORDS = ("أحمد", "سالم", "ناصر", "واشنطن")

evidence = st.builds(Evidence, st.sampled_from(DOC_IDS), st.integers(0, 3), st.integers(4, 9), st.sampled_from(WORDS),
                     st.sampled_from(("name", "date")), st.sampled_from(("r1", "r2")))


@st.composite
def records(draw) -> tuple[Record, dict[str, list[Mention]]]:
    person_ids = draw(st.lists(st.sampled_from(("p1", "p2", "p3", "p4", "p5")), unique=True, max_size=4))
    record = Record(
        documents=[DocumentRec(doc_id, draw(st.sampled_from((None, "عنوان", "خبر"))), "ar",
                               draw(st.sampled_from((None, "2021-11-09", {"start": "2021", "end": "2022"}))))
                   for doc_id in draw(st.lists(st.sampled_from(DOC_IDS), unique=True))],
        persons=[Person(pid, draw(st.sampled_from(WORDS)), aliases=draw(st.lists(st.sampled_from(WORDS), max_size=2)),
                        evidence=draw(st.lists(evidence, max_size=2)))
                 for pid in person_ids],
        events=[Event(eid, "round_session", date=draw(st.sampled_from((None, "2021-11-10"))),
                      participants=draw(st.lists(st.sampled_from(person_ids), unique=True)) if person_ids else [],
                      evidence=draw(st.lists(evidence, max_size=2)),
                      conflicts=draw(st.lists(st.builds(Conflict, st.just("date"),
                                                        st.just((("d1", '"2021"'), ("d2", '"2022"'))),
                                                        st.sampled_from(("kept 2021", "kept 2022"))), max_size=1)))
                for eid in draw(st.lists(st.sampled_from(("e1", "e2", "e3")), unique=True, max_size=3))],
        rounds=[Round(dialogue, number, venue=draw(st.sampled_from((None, "واشنطن"))), evidence=draw(st.lists(evidence, max_size=1)))
                for dialogue, number in draw(st.lists(st.sampled_from((("KW-US", 1), ("KW-US", 2), ("QA-US", 1))),
                                                      unique=True))],
        agreements=[Agreement(aid, "mou", draw(st.sampled_from(WORDS)), evidence=draw(st.lists(evidence, max_size=1)))
                    for aid in draw(st.lists(st.sampled_from(("a1", "a2")), unique=True))],
    )
    mentions = {doc_id: [Mention("person", n, n + 3, word, word, "r1",
                                 {"entity_id": draw(st.sampled_from(person_ids))} if person_ids and n % 2 else {})
                         for n, word in enumerate(draw(st.lists(st.sampled_from(WORDS), max_size=3)))]
                for doc_id in draw(st.lists(st.sampled_from(DOC_IDS), unique=True))}
    return record, mentions


def saved_state(store: Store) -> dict[str, list[tuple]]:
    """The record's tables, the parts kept, the digest and the search index, in a fixed order."""
    with store.engine.connect() as connection:
        state = {model.__tablename__: [tuple(r) for r in connection.execute(
            select(model.__table__).order_by(*model.__table__.primary_key.columns))]
            for model in (*DERIVED_TABLES, SavedPartRow, RecordStateRow)}
        state["search"] = sorted(tuple(r) for r in connection.execute(
            text("SELECT kind, ref, label, body FROM search_entries")))
    return state


def new_store(folder: Path, name: str) -> Store:
    store = open_store(str(folder / f"{name}.db"))
    store.add_documents(DOCS)
    return store


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(records(), st.booleans()), min_size=1, max_size=4))
def test_saves_in_sequence_leave_the_store_a_single_save_of_the_last_record_leaves(steps) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = new_store(Path(tmp), "steps")
        for (record, mentions), forget_parts in steps:
            if forget_parts:  # as a store saved before its parts were kept: the next save writes everything
                with store.engine.begin() as connection:
                    connection.execute(SavedPartRow.__table__.delete())
            store.save_record(record, mentions)
        fresh = new_store(Path(tmp), "fresh")
        fresh.save_record(*steps[-1][0])
        assert saved_state(store) == saved_state(fresh)


def _mention_rowids(store: Store) -> dict[str, list[int]]:
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT doc_id, rowid FROM mentions ORDER BY doc_id, position"))
        out: dict[str, list[int]] = {}
        for doc_id, rowid in rows:
            out.setdefault(doc_id, []).append(rowid)
        return out


def test_a_save_rewrites_only_the_parts_that_changed(tmp_path: Path) -> None:
    store = new_store(tmp_path, "store")
    record = fake_record(store.sources())
    store.save_record(record, record.mentions)
    before = _mention_rowids(store)
    changed = record.mentions["d2"][0]
    record.mentions["d2"] = [replace(changed, norm=changed.norm + "ة")]
    store.save_record(record, record.mentions)
    after = _mention_rowids(store)
    assert {doc: after[doc] == before[doc] for doc in before} == {"d1": True, "d2": False, "d3": True, "d4": True}
    assert store.mentions("d2")[0].norm == changed.norm + "ة"


def test_a_record_with_two_objects_under_one_id_is_refused_and_the_store_keeps_the_last(tmp_path: Path) -> None:
    store = new_store(tmp_path, "store")
    record = fake_record(store.sources())
    store.save_record(record, record.mentions)
    kept = saved_state(store)
    broken = fake_record(store.sources())
    broken.persons[1].id = broken.persons[0].id
    try:
        store.save_record(broken, broken.mentions)
    except ValueError as exc:
        assert "p0" in str(exc)
    else:
        raise AssertionError("a record with a duplicate id was saved")
    assert saved_state(store) == kept


def _events(names: list[str]) -> list[Event]:
    return [Event(name, "round_session", date="2021-11-10",
                  evidence=[Evidence("d1", len(name), sum(map(ord, name)), "أحمد", "name", "r1")]) for name in names]


def _positions(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """Each event's position in its table and in the parts kept."""
    with store.engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, position FROM events")).all())
        parts = dict(connection.execute(text("SELECT key, position FROM saved_parts WHERE part = 'event'")).all())
    return rows, parts


def test_unchanged_objects_moved_by_objects_added_and_gone_take_their_new_positions(tmp_path: Path) -> None:
    store = new_store(tmp_path, "store")
    names = [f"e{n:03d}" for n in range(60)]
    store.save_record(Record(events=_events(names)), {})
    # one added first, one gone at 20, one added at 41, one changed at 50: runs of three steps (+1, 0, +1)
    later = ["e-new1", *names[:20], *names[21:40], "e-new2", *names[40:]]
    record = Record(events=_events(later))
    record.events[later.index("e050")].venue = "واشنطن"
    store.save_record(record, {})
    fresh = new_store(tmp_path, "fresh")
    fresh.save_record(Record(events=_events(later)), {})
    fresh_record = fresh.load_record()
    fresh_record.events[later.index("e050")].venue = "واشنطن"
    fresh.save_record(fresh_record, {})
    assert saved_state(store) == saved_state(fresh)
    rows, parts = _positions(store)
    assert rows == parts == {name: n for n, name in enumerate(later)}


def test_moves_are_made_run_by_run_only_over_positions_saved_once() -> None:
    saved = [0, 1, 2, 3, 4, 5]
    assert _shifts("event", [(0, 1), (1, 2), (3, 2), (4, 6), (5, 7)], saved) == [(0, 1, 1), (3, 3, -1), (4, 5, 2)]
    assert _shifts("event", [(1, 2), (3, 4)], saved) == [(1, 1, 1), (3, 3, 1)]  # 2 stays: two runs
    assert _shifts("event", [(1, 2)], [0, 1, 1, 2]) is None  # two parts saved at one position
    assert _shifts("event", [(None, 2)], saved) is None
    assert _shifts("search-person", [(1, 2)], saved) is None  # no main row to move
    every_other = list(range(0, 20000, 2))
    assert _shifts("event", [(p, p + 1) for p in every_other], list(range(20000))) is None  # too many runs


def test_objects_added_all_along_the_record_move_the_others_in_many_runs(tmp_path: Path) -> None:
    store = new_store(tmp_path, "store")
    names = [f"e{n:03d}" for n in range(200)]
    store.save_record(Record(events=_events(names)), {})
    later = [name for n, old in enumerate(names) for name in ([f"new{n}", old] if n % 9 == 4 else [old])
             if name not in ("e100", "e101")]  # each new one a run further on; two gone make one more
    store.save_record(Record(events=_events(later)), {})
    fresh = new_store(tmp_path, "fresh")
    fresh.save_record(Record(events=_events(later)), {})
    assert saved_state(store) == saved_state(fresh)
    rows, parts = _positions(store)
    assert rows == parts == {name: n for n, name in enumerate(later)}
