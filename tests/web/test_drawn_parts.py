"""The dialogue page draws its timeline once per state of the record, and draws it again when the record changes."""
from __future__ import annotations

import warnings
from datetime import datetime, timezone

from hiwar.store import open_store
from hiwar.store.curation import CurationRow
from hiwar.web.app import create_app

warnings.filterwarnings("ignore", message=".*httpx.*")
from fastapi.testclient import TestClient  # noqa: E402  (after the filter: it warns on import)


def test_saving_the_same_record_keeps_its_digest_and_a_change_makes_a_new_one(seeded_db):
    with open_store(seeded_db()) as store:
        first = store.record_digest()
        record = store.load_record()
        store.save_record(record, {d.id: store.mentions(d.id) for d in record.documents})
        assert store.record_digest() == first and len(first) == 64
        store.curate(CurationRow(object_kind="event", object_id=record.events[0].id, action="correct",
                                 field="venue", value="مدينة التجربة", user_name="tester",
                                 at=datetime.now(timezone.utc)))
        assert store.record_digest() != first


def test_a_correction_shows_on_the_dialogue_page_already_drawn(seeded_db):
    with open_store(seeded_db()) as store:
        client = TestClient(create_app(store, public_read=True), base_url="https://testserver")
        event = next(e for e in store.load_record().events if e.dialogue == "KW-US")
        before = client.get("/dialogue/KW-US").text
        assert client.get("/dialogue/KW-US").text == before and "مدينة التجربة" not in before
        store.curate(CurationRow(object_kind="event", object_id=event.id, action="correct", field="venue",
                                 value="مدينة التجربة", user_name="tester", at=datetime.now(timezone.utc)))
        assert "مدينة التجربة" in client.get("/dialogue/KW-US").text
        assert client.get("/dialogue/XX-YY").status_code == 404
