"""A dialogue's rounds and events as an iCalendar file, for desk officers' calendars.

Entries are all-day: a day is one day, an interval of days spans them, and a month-precision date
spans its month with the precision said in the title. Year-only and undated items cannot be placed
on a calendar and are left out. Planned items are TENTATIVE. Each entry lists its sources.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from typing import Any

from icalendar import Calendar
from icalendar import Event as CalendarEntry

from ..extract.dates.values import bounds, precision
from ..record import Record
from ..views.labels import EVENT_LABELS
from .sources import citations, cite

PRODUCT = "-//Hiwar//hiwar export//EN"


def _span(value: Any) -> tuple[date, date] | None:
    """(first day, day after the last) when the value can be placed on a calendar."""
    if value is None or precision(value) == "year":
        return None
    first, last = bounds(value)
    return first, last + timedelta(days=1)


def _uid(*parts: Any) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{digest}@hiwar"


def _describe_sources(documents: list[dict[str, Any]]) -> str:
    lines = ["Sources:"]
    for d in documents:
        published = d.get("published")
        if isinstance(published, dict):
            published = f"{published['start']}/{published['end']}"
        basis = (d.get("published_basis") or "").split(":", 1)[0]
        when = f", published {published} ({basis})" if published else ""
        lines.append(f"- {d['id']}: {d.get('source') or 'source not given'}{when}"
                     + (f" {d['url']}" if d.get("url") else ""))
    return "\n".join(lines)


def _entry(uid: str, summary: str, value: Any, status: str, venue: str | None,
           documents: list[dict[str, Any]], stamp: datetime) -> CalendarEntry | None:
    span = _span(value)
    if span is None:
        return None
    entry = CalendarEntry()
    entry.add("uid", uid)
    entry.add("dtstamp", stamp)
    if precision(value) == "month":
        summary += f" (some time in {bounds(value)[0]:%B %Y})"
    entry.add("summary", summary)
    entry.add("dtstart", span[0])
    entry.add("dtend", span[1])
    entry.add("transp", "TRANSPARENT")  # a record of the dialogue, not the reader's own busy time
    entry.add("status", "TENTATIVE" if status == "planned" else "CONFIRMED")
    if venue:
        entry.add("location", venue)
    entry.add("description", _describe_sources(documents))
    url = next((d["url"] for d in documents if d.get("url")), None)
    if url:
        entry.add("url", url)
    return entry


def calendar(record: Record, name: str = "Hiwar") -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    # a fixed stamp: the same record always gives the same file (the record's own dates are in each entry)
    stamp = datetime(2000, 1, 1, tzinfo=timezone.utc)
    sources = citations(record)
    for r in record.rounds:
        value = r.start if r.end in (None, r.start) else {"start": r.start, "end": r.end}
        entry = _entry(_uid(r.dialogue, r.number), f"{r.dialogue} strategic dialogue, round {r.number}",
                       value, r.status, r.venue, cite(sources, r.documents), stamp)
        if entry is not None:
            cal.add_component(entry)
    for e in record.events:
        label = EVENT_LABELS.get(e.type, e.type)
        if e.working_group:
            label += f" ({e.working_group.replace('_', ' ')})"
        head = f"{e.dialogue}: " if e.dialogue else ""
        round_note = f", round {e.round}" if e.round else ""
        entry = _entry(_uid(e.type, e.dialogue, e.round, e.working_group, e.date, e.venue),
                       f"{head}{label}{round_note}", e.date, e.status, e.venue, cite(sources, e.documents), stamp)
        if entry is not None:
            cal.add_component(entry)
    return cal


def write_ics(record: Record, out, name: str = "Hiwar") -> None:
    out.write(calendar(record, name).to_ical().decode("utf-8"))
