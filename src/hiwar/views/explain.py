"""`hiwar why` and `hiwar conflicts`: where each field of the record came from."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
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


@dataclass
class FieldWhy:
    """One field of a record object, its value, and the spans (with their sentences) it was read from."""

    name: str
    value: Any  # None for evidence filed under a field the object does not have
    evidence: list[tuple[Evidence, str]] = field(default_factory=list)


@dataclass
class Why:
    kind: str
    obj: Any
    fields: list[FieldWhy]


def explanation(store, ident: str) -> Why | None:
    """Each field of an event, agreement or round with the sentences and rules behind it."""
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
    out = []
    for name in (f for f in obj.__dataclass_fields__ if f not in ("evidence", "conflicts", "id")):
        value = getattr(obj, name)
        if value in (None, [], ""):
            continue
        out.append(FieldWhy(name, value, [(ev, sentence(ev)) for ev in by_field.pop(name, [])]))
    out += [FieldWhy(name, None, [(ev, sentence(ev)) for ev in evs]) for name, evs in sorted(by_field.items())]
    return Why(kind, obj, out)


def explain(store, ident: str) -> str | None:
    why = explanation(store, ident)
    if why is None:
        return None
    head = f"{why.kind} {ident}"
    lines = [head, "=" * len(head)]
    for f in why.fields:
        lines.append(f"{f.name}: {_value(f.value)}" if f.value is not None else f"{f.name}:")
        for ev, sentence in f.evidence:
            lines.append(f"    ← [{ev.doc_id} {ev.start}-{ev.end}] rule {ev.rule or '?'}: «{ev.text}»")
            if f.value is not None:
                lines.append(f"      in: {sentence}")
    for c in getattr(why.obj, "conflicts", []):
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
