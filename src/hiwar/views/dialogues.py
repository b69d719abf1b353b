"""`hiwar dialogues`: each dialogue of the record with its rounds and counts."""
from __future__ import annotations

from typing import Any

from ..record import Record
from .labels import dialogue_label


def summary(record: Record) -> list[dict[str, Any]]:
    codes = sorted({x.dialogue for x in [*record.rounds, *record.events] if x.dialogue})
    rows = []
    for code in codes:
        rounds = sorted(r.number for r in record.rounds if r.dialogue == code)
        events = [e for e in record.events if e.dialogue == code]
        documents = {d for x in [*events, *(r for r in record.rounds if r.dialogue == code)] for d in x.documents}
        rows.append({"code": code, "name": dialogue_label(code).rsplit(" [", 1)[0], "rounds": rounds,
                     "events": len(events), "documents": len(documents)})
    return rows
