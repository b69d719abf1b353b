"""A dialogue's calendar on the web: linked from its page, the same file as the export, the seeds' rounds on their days."""
from __future__ import annotations

import re
import warnings
from datetime import date

from icalendar import Calendar

from hiwar.cli import main
from hiwar.store import open_store
from hiwar.web.app import create_app

warnings.filterwarnings("ignore", message=".*httpx.*")
from fastapi.testclient import TestClient  # noqa: E402  (after the filter: it warns on import)


def test_the_dialogue_page_links_its_calendar_which_holds_the_seeds_rounds(seeded_db, tmp_path):
    db = seeded_db()
    with open_store(db) as store:
        client = TestClient(create_app(store, public_read=True), base_url="https://testserver")
        link = re.search(r'<a id="calendar" href="([^"]+)"', client.get("/dialogue/KW-US").text)[1]
        response = client.get(link)
        assert link == "/dialogues/KW-US.ics" and response.headers["content-type"].startswith("text/calendar")
        assert client.get("/dialogues/XX-YY.ics").status_code == 404
    rounds = {str(e["SUMMARY"]): (e.decoded("DTSTART"), e.decoded("DTEND"))
              for e in Calendar.from_ical(response.content).walk("VEVENT") if "round" in str(e["SUMMARY"])}
    assert rounds["KW-US strategic dialogue, round 4"] == (date(2020, 11, 9), date(2020, 11, 25))
    assert rounds["KW-US strategic dialogue, round 5"] == (date(2022, 1, 26), date(2022, 1, 27))
    exported = tmp_path / "kwus.ics"
    assert main(["export", "--format", "ics", "--dialogue", "KW-US", "--db", db, "-o", str(exported)]) == 0
    assert response.content == exported.read_bytes()
