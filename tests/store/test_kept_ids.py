"""Ids kept across builds when two objects draw the same evidence from one document."""
from __future__ import annotations

from hiwar.record import Event, Evidence, Record
from hiwar.store.db import open_store
from hiwar.store.identities import keep_ids


def _signings() -> Record:
    """Two signings a meeting framed, as a resolver numbers them afresh: each has its own type span in
    the report that tells it, and both carry the meeting's date spans, lent by two other reports (so
    the lent spans outvote a signing's own)."""
    lent = [Evidence("meeting-report", 40, 52, "الجلسة الختامية", "date"),
            Evidence("round-report", 7, 18, "فبراير 2021", "date")]
    return Record(events=[
        Event("e001", "signing", evidence=[Evidence("signings", 10, 30, "مذكرة تفاهم", "type"), *lent]),
        Event("e002", "signing", evidence=[Evidence("signings", 60, 80, "اتفاقية", "type"), *lent]),
    ])


def _with_an_earlier_visit() -> Record:
    """The two signings after a visit told earlier, numbered afresh: the resolver numbers them after it."""
    grown = _signings()
    for n, event in enumerate(grown.events, 2):
        event.id = f"e{n:03d}"
    grown.events.insert(0, Event("e001", "visit", evidence=[Evidence("visit-report", 5, 9, "زيارة", "type")]))
    return grown


def test_objects_sharing_one_documents_evidence_keep_their_ids_build_after_build(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'ids.db'}")
    with store.transaction():
        first = [e.id for e in keep_ids(store, _signings()).events]
    for _ in range(3):  # the same documents built again: nothing may move
        with store.transaction():
            assert [e.id for e in keep_ids(store, _signings()).events] == first == ["e001", "e002"]


def test_the_kept_ids_follow_the_objects_when_an_earlier_object_is_added(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'ids.db'}")
    with store.transaction():
        keep_ids(store, _signings())
    with store.transaction():
        ids = {e.type + str(e.evidence[0].start): e.id for e in keep_ids(store, _with_an_earlier_visit()).events}
    assert ids == {"signing10": "e001", "signing60": "e002", "visit5": "e003"}


def test_a_conflict_names_the_objects_it_sets_apart_by_their_kept_ids(tmp_path):
    from hiwar.record import Conflict

    store = open_store(f"sqlite:///{tmp_path / 'ids.db'}")
    with store.transaction():
        keep_ids(store, _signings())
    grown = _with_an_earlier_visit()
    _, first, second = grown.events
    first.conflicts = [Conflict("round", (), f"kept round 2 for {first.id} and {second.id} (round 3) apart")]
    with store.transaction():
        kept = keep_ids(store, grown)
    [signing] = [e for e in kept.events if e.conflicts]
    assert signing.id == "e001" and signing.conflicts[0].resolution == "kept round 2 for e001 and e002 (round 3) apart"
