"""`hiwar why` and `hiwar conflicts`: where each field of the record came from, and where sources disagree."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..record import Evidence, Record
from ..text.doc import Doc

# Fields that hold record ids, shown with the names they stand for.
_ID_FIELDS = ("participants", "organizations", "parties")


def _find(record: Record, ident: str) -> tuple[str, Any] | None:
    for e in record.events:
        if e.id == ident:
            return "event", e
    for a in record.agreements:
        if a.id == ident:
            return "agreement", a
    for r in record.rounds:
        if ident.upper() in (f"{r.dialogue}/{r.number}", f"{r.dialogue}:{r.number}"):
            return "round", r
    return None


def _value(v: Any) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def explanation(store, ident: str) -> dict[str, Any] | None:
    """Each field of an event, agreement or round: its value (ids with their names), and the spans,
    sentences and rules it came from; the conflicts between sources."""
    record = store.load_record()
    found = _find(record, ident)
    if found is None:
        return None
    kind, obj = found
    names = {x.id: x.name for x in [*record.persons, *record.organizations]}
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
    fields = []
    for name in (f for f in obj.__dataclass_fields__ if f not in ("evidence", "conflicts", "id")):
        value = getattr(obj, name)
        if value in (None, [], "") and name not in by_field:
            continue
        if name in _ID_FIELDS:
            value = [{"id": v, "name": names.get(v, v)} for v in value]
        fields.append({"field": name, "value": value, "sources": [
            {"document": ev.doc_id, "start": ev.start, "end": ev.end, "text": ev.text, "rule": ev.rule or "?",
             "sentence": sentence(ev)} for ev in by_field.pop(name, [])]})
    for name, evs in sorted(by_field.items()):
        fields.append({"field": name, "value": None, "sources": [
            {"document": ev.doc_id, "start": ev.start, "end": ev.end, "text": ev.text, "rule": ev.rule or "?",
             "sentence": None} for ev in evs]})
    return {"kind": kind, "id": ident, "fields": fields,
            "conflicts": [_conflict(c) for c in getattr(obj, "conflicts", [])]}


def explain(store, ident: str) -> str | None:
    found = explanation(store, ident)
    if found is None:
        return None
    head = f"{found['kind']} {ident}"
    lines = [head, "=" * len(head)]
    for f in found["fields"]:
        value = f["value"]
        if f["field"] in _ID_FIELDS:
            value = "، ".join(f"{v['name']} ({v['id']})" for v in value)
        lines.append(f"{f['field']}:" + (f" {_value(value)}" if value is not None else ""))
        for s in f["sources"]:
            lines.append(f"    ← [{s['document']} {s['start']}-{s['end']}] rule {s['rule']}: «{s['text']}»")
            if s["sentence"]:
                lines.append(f"      in: {s['sentence']}")
    for c in found["conflicts"]:
        lines.append(f"conflict on {c['field']}: " + "; ".join(f"{d} says {v}" for d, v in c["claims"])
                     + f" → {c['resolution']}")
    return "\n".join(lines)


def _conflict(c) -> dict[str, Any]:
    return {"field": c.field, "claims": [list(claim) for claim in c.claims], "resolution": c.resolution}


def conflict_rows(record: Record, dialogue: str | None = None) -> list[dict[str, Any]]:
    """Every conflict of the record: the object, the field, each document's value, what was kept and why."""
    objects: list[tuple[str, str, Any, str | None]] = []
    objects += [("event", e.id, e, e.dialogue) for e in record.events]
    objects += [("round", f"{r.dialogue}/{r.number}", r, r.dialogue) for r in record.rounds]
    objects += [("agreement", a.id, a, None) for a in record.agreements]
    objects += [("person", p.id, p, None) for p in record.persons]
    return [{"kind": kind, "id": ident, **_conflict(c)}
            for kind, ident, obj, code in objects if dialogue in (None, code)
            for c in obj.conflicts]
