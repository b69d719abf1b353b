"""Curations on the record: each kind of change, kept in the audit log, re-applied to every rebuild."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest
from hiwar.build import build_record
from hiwar.store import open_store
from hiwar.store.curation import CurationError, CurationRow, parse_value

from conftest import seed_files


def _row(kind: str, ident: str, action: str, field: str | None = None, value=None) -> CurationRow:
    return CurationRow(object_kind=kind, object_id=ident, action=action, field=field, value=value,
                       user_name="tester", at=datetime.now(timezone.utc))


def _rebuild(store) -> dict:
    """What every ingest does: build the record from all stored documents, then save it."""
    record = build_record(store.sources())
    store.save_record(record, record.mentions)
    return record_to_json(store.load_record())


def test_split_delete_and_correct_are_reapplied_to_a_rebuilt_record(seeded_db):
    with open_store(seeded_db()) as store:
        before = record_to_json(store.load_record())
        person = next(p for p in before["persons"] if p["aliases"])
        alias = person["aliases"][0]
        agreement = before["agreements"][0]["id"]
        store.curate(_row("person", person["id"], "split", value={"name": alias, "new_id": "p-split"}))
        store.curate(_row("agreement", agreement, "delete"))
        store.curate(_row("event", "e001", "correct", "date", parse_value("event", "date", "2016-05")))
        for record in (record_to_json(store.load_record()), _rebuild(store)):
            split = next(p for p in record["persons"] if p["id"] == "p-split")
            assert split["name"] == alias and split["documents"]
            assert alias not in next(p for p in record["persons"] if p["id"] == person["id"])["aliases"]
            assert agreement not in {a["id"] for a in record["agreements"]}
            assert next(e for e in record["events"] if e["id"] == "e001")["date"] == "2016-05"
        log = store.curations()
        assert [c.action for c in log] == ["split", "delete", "correct"]
        assert log[2].before == {"date": "2016"} and log[2].after == {"date": "2016-05"}
        assert log[1].before["id"] == agreement and log[1].after is None


def test_a_mention_of_a_merged_person_points_at_the_one_it_was_merged_into(seeded_db):
    with open_store(seeded_db()) as store:
        record = store.load_record()
        source, target = record.persons[0], record.persons[1]
        doc = source.documents[0]
        store.curate(_row("person", source.id, "merge", value={"into": target.id}))
        ids = {m.attrs.get("entity_id") for m in store.mentions(doc)}
        assert source.id not in ids and target.id in ids


def test_curations_that_cannot_be_made_say_why(seeded_db):
    with open_store(seeded_db()) as store:
        with pytest.raises(CurationError, match="no person"):
            store.curate(_row("person", "p999", "delete"))
        with pytest.raises(CurationError, match="no such other"):
            store.curate(_row("person", "p001", "merge", value={"into": "p999"}))
        assert store.curations() == []
    with pytest.raises(CurationError, match="YYYY"):
        parse_value("event", "date", "next week")
    with pytest.raises(CurationError, match="cannot be corrected"):
        parse_value("event", "evidence", "x")
    assert parse_value("event", "topics", "defense، trade, ") == ["defense", "trade"]


def test_curations_and_search_on_postgresql(postgres_db):
    with open_store(postgres_db) as store:
        ingest(seed_files(4), None, store)
        store.curate(_row("round", "KW-US:4", "correct", "venue", "واشنطن العاصمة"))
        ingest(seed_files(), None, store)  # a new document: the record is rebuilt
        record = record_to_json(store.load_record())
        assert len(record["documents"]) == 5
        assert next(r for r in record["rounds"] if r["number"] == 4)["venue"] == "واشنطن العاصمة"
        assert any(h.kind == "person" and "أحمد" in h.label for h in store.search("احمد الناصر"))
        assert any("الأميركية" in h.label for h in store.search("الامريكية"))
