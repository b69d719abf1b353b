"""A confirmation made in curation travels with the record: in the export and in the API."""
from __future__ import annotations

import json
import warnings
from datetime import datetime, timezone

from hiwar.cli import main
from hiwar.store import open_store
from hiwar.store.curation import CurationRow
from hiwar.web.app import create_app

warnings.filterwarnings("ignore", message=".*httpx.*")
from fastapi.testclient import TestClient  # noqa: E402  (after the filter: it warns on import)


def _confirm(store, kind: str, ident: str, who: str) -> None:
    store.curate(CurationRow(object_kind=kind, object_id=ident, action="confirm", user_name=who,
                             at=datetime(2026, 12, 7, 3, 0, tzinfo=timezone.utc)))


def test_confirmed_objects_carry_who_confirmed_them_in_the_export_and_the_api(seeded_db, tmp_path):
    db = seeded_db()
    with open_store(db) as store:
        event = store.load_record().events[0].id
        _confirm(store, "event", event, "editor")
        _confirm(store, "round", "KW-US:4", "admin")
        client = TestClient(create_app(store, public_read=True), base_url="https://testserver")
        served = client.get("/api/record").json()
        listed = client.get("/api/list/events", params={"limit": 500}).json()["items"]
        one = client.get("/api/record", params={"dialogue": "KW-US"}).json()
    out = tmp_path / "record.json"
    assert main(["export", "--format", "record", "--db", db, "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert served == exported
    confirmed = [e for e in exported["events"] if "confirmed" in e]
    assert [e["id"] for e in confirmed] == [event] and confirmed[0]["confirmed"]["by"] == "editor"
    assert confirmed[0]["confirmed"]["at"].startswith("2026-12-07T03:00")
    round4, = [r for r in exported["rounds"] if (r["dialogue"], r["number"]) == ("KW-US", 4)]
    assert round4["confirmed"]["by"] == "admin"
    assert [r for r in exported["rounds"] if "confirmed" in r] == [round4]
    assert [e for e in listed if "confirmed" in e] == confirmed
    assert next(r for r in one["rounds"] if r["number"] == 4)["confirmed"]["by"] == "admin"
