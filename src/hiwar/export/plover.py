"""PLOVER event data: one JSON line per event, in PLOVER's field set (docs/exports.md has the mapping).

Countries are ISO alpha-3 as PLOVER datasets write them; dates keep the precision the sources
support ("2021-06" stays a month). Every line carries its documents with url, source and
publication date in `text_info`, and `link` points at the first source that has a url.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

from ..extract.dates.values import precision
from ..record import Event, Record
from .common import data_file, iso3, place_country
from .sources import citations, cite


def mapping() -> dict[str, Any]:
    return data_file("export/plover.yaml")


def plover_code(event: Event) -> tuple[str, str | None]:
    """(PLOVER event, mode) for one of Hiwar's events."""
    table = mapping()
    entry = table["types"][event.type]
    mode = entry["mode"]
    if event.mode == "virtual" and mode in ("meet", "visit"):
        mode = table["virtual_mode"]
    if len(event.countries) > 2 and mode == "meet":
        mode = "multilateral"
    return (table["planned_event"] if event.status == "planned" else entry["event"]), mode


def actor_and_recipient(event: Event) -> tuple[str | None, str | None]:
    """The side that acts and the side acted upon: a visitor and its host; else the record's order."""
    countries = list(dict.fromkeys(event.countries))
    host = place_country(event.venue)
    if event.type == "visit" and host in countries and len(countries) > 1:
        countries.remove(host)
        countries.append(host)
    actor = iso3(countries[0]) if countries else None
    recipient = iso3(countries[1]) if len(countries) > 1 else None
    return actor, recipient


def _dates(event: Event) -> tuple[str | None, str | None]:
    if event.date is None:
        return None, None
    if isinstance(event.date, dict):
        return event.date["start"], event.date["end"]
    return event.date, None


def plover_event(event: Event, record: Record, sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    code, mode = plover_code(event)
    actor, recipient = actor_and_recipient(event)
    date, enddate = _dates(event)
    names = {p.id: p for p in record.persons}
    documents = cite(sources, event.documents)
    contexts = mapping()["contexts"]
    quotes = list(dict.fromkeys(" ".join(ev.text.split()) for ev in event.evidence if ev.text.strip()))
    return {
        "id": event.id,
        "date": date,
        "actor": actor,
        "recipient": recipient,
        "event": code,
        "mode": mode,
        "context": list(dict.fromkeys(contexts[t] for t in event.topics if t in contexts)),
        "event_loc": {"name": event.venue, "country": iso3(place_country(event.venue))} if event.venue else None,
        "event_text": " … ".join(quotes),
        "enddate": enddate,
        "link": next((d["url"] for d in documents if d.get("url")), None),
        "text_info": {
            "hiwar_type": event.type,
            "status": event.status,
            "dialogue": event.dialogue,
            "round": event.round,
            "working_group": event.working_group,
            "date_precision": precision(event.date) if event.date is not None else None,
            "participants": [{"id": p, "name": names[p].name, "name_en": names[p].name_en,
                              "country": names[p].country} for p in event.participants if p in names],
            "documents": documents,
        },
    }


def write_plover(record: Record, out: TextIO) -> None:
    sources = citations(record)
    for event in record.events:
        out.write(json.dumps(plover_event(event, record, sources), ensure_ascii=False) + "\n")
