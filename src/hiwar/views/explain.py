"""`hiwar why` and `hiwar conflicts`: where each field of the record came from."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..record import Evidence, Record
from ..text.doc import Doc


def _find(record: Record, ident: str) -> tuple[str, Any] | None:
    for e in record.events:
        if e.id == ident:
            return "event", e
    for a in record.agreements:
        if a.id == ident:
            return "agreement", a
    for r in record.rounds:
        if ident in (f"{r.dialogue}/{r.number}", f"{r.dialogue}:{r.number}"):
            return "round", r
    return None


def _value(v: Any) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def explain(store, ident: str) -> str | None:
    record = store.load_record()
    found = _find(record, ident)
    if found is None:
        return None
    kind, obj = found
    texts = {s.id: s.text for s in store.sources()}
    docs: dict[str, Doc] = {}

    def sentence(ev: Evidence) -> str:
        text = texts.get(ev.doc_id)
        if text is None:
            return ev.text
        doc = docs.setdefault(ev.doc_id, Doc(text, ev.doc_id))
        s = doc.sentence_of(ev.start)
        return " ".join(text[s.start:s.end].split())

    by_field: dict[str, list[Evidence]] = defaultdict(list)
    for ev in obj.evidence:
        by_field[ev.field or "(general)"].append(ev)

    head = f"{kind} {ident}"
    lines = [head, "=" * len(head)]
    fields = [f for f in obj.__dataclass_fields__ if f not in ("evidence", "conflicts", "id")]
    for name in fields:
        value = getattr(obj, name)
        if value in (None, [], ""):
            continue
        lines.append(f"{name}: {_value(value)}")
        for ev in by_field.pop(name, []):
            lines.append(f"    ← [{ev.doc_id} {ev.start}-{ev.end}] rule {ev.rule or '?'}: «{ev.text}»")
            lines.append(f"      in: {sentence(ev)}")
    for name, evs in sorted(by_field.items()):
        lines.append(f"{name}:")
        for ev in evs:
            lines.append(f"    ← [{ev.doc_id} {ev.start}-{ev.end}] rule {ev.rule or '?'}: «{ev.text}»")
    for c in getattr(obj, "conflicts", []):
        lines.append(f"conflict on {c.field}: " + "; ".join(f"{d} says {v}" for d, v in c.claims)
                     + f" → {c.resolution}")
    return "\n".join(lines)


def conflicts(record: Record) -> str:
    lines = []
    for e in record.events:
        for c in e.conflicts:
            claims = "; ".join(f"{d} says {v}" for d, v in c.claims)
            lines.append(f"{e.id} ({e.type}) {c.field}: {claims} → {c.resolution}")
    return "\n".join(lines) if lines else "no conflicts between sources"
