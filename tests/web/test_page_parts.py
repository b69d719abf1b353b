"""Pages read only their part of the record: drawn once per state of the record, explained object by object."""
from __future__ import annotations

import warnings
from datetime import datetime, timezone

from hiwar.store import open_store
from hiwar.store.curation import CurationRow
from hiwar.views.explain import explanation
from hiwar.web.app import create_app
from hiwar.web.queries import Explained

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


def test_the_why_of_one_object_read_alone_equals_the_why_read_from_the_whole_record(seeded_db):
    with open_store(seeded_db()) as store:
        record = store.load_record()
        idents = [e.id for e in record.events] + [a.id for a in record.agreements]
        idents += [f"{r.dialogue}/{r.number}" for r in record.rounds] + ["kw-us:4", "nothing", "KW-US/99"]
        for ident in idents:
            assert explanation(Explained(store, ident), ident) == explanation(store, ident), ident
        assert explanation(Explained(store, "KW-US:4"), "KW-US:4")["fields"]
