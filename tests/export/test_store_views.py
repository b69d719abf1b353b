"""The store's readable views (migration 0005): events with dates and sources, persons with offices."""
from __future__ import annotations

from sqlalchemy import text

from hiwar.store.db import open_store

from .conftest import LINKED, URL


def rows(db: str, sql: str) -> list[dict]:
    with open_store(db).engine.connect() as connection:
        return [dict(r._mapping) for r in connection.execute(text(sql))]


def test_events_with_their_dates_names_and_sources(seeds_db):
    events = rows(seeds_db, "SELECT * FROM event_list WHERE dialogue = 'KW-US' AND round = 4")
    session = next(e for e in events if e["type"] == "round_session")
    assert (session["date_start"], session["date_end"], session["venue"]) == ("2020-11-24", "2020-11-24", "واشنطن")
    assert "أحمد ناصر المحمد الصباح" in session["participants"].split(" | ")
    online = next(e for e in events if e["date_start"] == "2020-11-09")
    assert online["date_end"] == "2020-11-24"
    linked = rows(seeds_db, f"SELECT * FROM event_list WHERE documents LIKE '%{LINKED}%'")
    assert linked and all(URL in e["urls"] and "KUNA" in e["sources"] for e in linked)


def test_persons_with_their_offices(seeds_db):
    minister, = rows(seeds_db, "SELECT * FROM person_offices WHERE name = 'أحمد ناصر المحمد الصباح'")
    assert minister["offices"].split(" | ")[0] == "وزير الخارجية الكويتي"
    assert minister["document_count"] == len(minister["documents"].split(" | ")) == 5


def test_documents_with_their_publication_dates(seeds_db):
    docs = {d["id"]: d for d in rows(seeds_db, "SELECT * FROM document_sources")}
    assert (docs[LINKED]["published"], docs[LINKED]["url"]) == ("2022-01-31", URL)
    first = docs["000_6a43a169a22b2e85"]
    assert first["published"] is None and first["published_inferred"] == "2020-11-23"
    assert first["published_basis"].startswith("inferred: ")
