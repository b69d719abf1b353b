"""A dialogue's chronology: rounds and events in date order, each with its sources."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..extract.dates.values import bounds, years_open
from ..record import Event, Record, Round
from .labels import EVENT_LABELS, dialogue_label
from .terminal import isolate

_FAR_FUTURE = date.max


@dataclass
class TimelineItem:
    kind: str  # "round" | "event"
    date: Any  # DateValue or None
    label: str
    status: str
    venue: str | None
    round: int | None
    people: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "date": self.date, "label": self.label,
                "status": self.status, "round": self.round, "venue": self.venue,
                "people": self.people, "documents": self.documents}


def _sort_key(value: Any) -> tuple[date, date]:
    span = bounds(value) if value is not None else None
    return span if span else (_FAR_FUTURE, _FAR_FUTURE)


def _round_item(r: Round) -> TimelineItem:
    when = r.start if r.end in (None, r.start) else {"start": r.start, "end": r.end}
    if r.start is None and r.end is not None:
        when = r.end
    return TimelineItem("round", when, f"Round {r.number}", r.status, r.venue, r.number,
                        documents=r.documents, id=f"{r.dialogue}/{r.number}")


def _event_item(e: Event, names: dict[str, str]) -> TimelineItem:
    label = EVENT_LABELS.get(e.type, e.type)
    if e.working_group:
        label += f" ({e.working_group.replace('_', ' ')})"
    if e.mode == "virtual":
        label += ", online"
    return TimelineItem("event", e.date, label, e.status, e.venue, e.round,
                        [names[p] for p in e.participants if p in names], e.documents, e.id)


def timeline(record: Record, dialogue: str | None = None, language: str = "ar") -> list[TimelineItem]:
    """Rounds and events of one dialogue (all when None), earliest first; undated last.

    A round comes just before its own events, so each round reads as a heading. Persons are
    named in the reader's language: `name_en` for "en" where the record has it.
    """
    names = {p.id: (p.name_en if language == "en" and p.name_en else p.name) for p in record.persons}
    rounds = [r for r in record.rounds if dialogue in (None, r.dialogue)]
    events = [e for e in record.events if dialogue in (None, e.dialogue)]
    items = [_round_item(r) for r in rounds] + [_event_item(e, names) for e in events]

    def key(item: TimelineItem) -> tuple:
        start, end = _sort_key(item.date)
        return (start, 0 if item.kind == "round" else 1, end, item.round or 0, item.id or "")

    return sorted(items, key=key)


def _sources(documents: list[str], limit: int) -> str:
    shown = ", ".join(documents[:limit])
    return f"{shown} +{len(documents) - limit} more" if len(documents) > limit else shown


def format_date(value: Any) -> str:
    if value is None:
        return "undated"
    if isinstance(value, dict):
        return f"{value.get('start')} → {value.get('end')}"
    return str(value)


def render(record: Record, dialogue: str | None, anchors: bool = False, max_sources: int = 3,
           language: str = "ar") -> str:
    """The timeline as text, names in `language`: ids to give `hiwar why`, at most `max_sources` sources
    a line; with `anchors`, how the undated documents of the items shown were dated."""
    items = timeline(record, dialogue, language)
    lines = [dialogue_label(dialogue) if dialogue else "All dialogues", ""]
    if not items:
        lines.append("  (nothing recorded)")
    for item in items:
        when = format_date(item.date)
        planned = "  [planned]" if item.status == "planned" else ""
        venue = f" — {isolate(item.venue)}" if item.venue else ""
        sources = _sources(item.documents, max_sources)
        if item.kind == "round":
            lines.append(f"{when:<25} ■ {item.label}{venue}{planned}   ⟨{sources}⟩")
        else:
            lines.append(f"{when:<25}   • {item.id}  {item.label}{venue}{planned}   ⟨{sources}⟩")
            if item.people:
                lines.append(f"{'':<25}     {isolate((', ' if language == 'en' else '، ').join(item.people))}")
    shown = {d for item in items for d in item.documents}
    inferred = [d for d in record.documents if d.anchor and not d.published and d.id in shown]
    if anchors and inferred:
        lines += ["", "Inferred publication dates:"]
        for d in sorted(inferred, key=lambda d: d.id):  # clues that leave years open date nothing (DATES.md 1)
            start, _, end = d.anchor.partition("/")
            shown = f"year unknown ({d.anchor})" if years_open({"start": start, "end": end or start}) else d.anchor
            lines.append(f"  {d.id}: {shown} — {d.anchor_reason}")
    elif inferred:
        lines += ["", f"{len(inferred)} undated documents were dated from their text (--anchors shows how)"]
    return "\n".join(lines)
