"""Where sources disagree, beyond an event's date and mode (read as events are merged): an event's
venue, round and status, a round's venue and span, an agreement's date and status, a person's
offices, and a weekday that contradicts the date it is told with. Each conflict gives every
document's value and what the record kept, and why.

Computed after resolution from the per-document readings and the record they were merged into:
a report belongs to the record object whose evidence holds its spans.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rapidfuzz import fuzz

from ..record import Conflict, Evidence, Record
from ..text.normalize import fold
from ..views.weekdays import WEEKDAY_NAMES, named_weekday
from .datecache import bounds, contains, value_key
from .venues import same_place

Claims = list[tuple[str, Any]]  # (document id, value)

# Two words of an office are one spelled two ways ("الأمريكي", "الأميركي") from this similarity (0-100).
_SAME_WORD = 80


def add_conflicts(record: Record, reports: list, local_rounds: list, local_agreements: list,
                  analyses: list, entity_ids: dict[tuple[str, str], str]) -> None:
    anchors = {d.id: d.published or d.anchor for d in record.documents}
    _event_conflicts(record, reports, anchors)
    _round_number_conflicts(record)
    _round_conflicts(record, local_rounds)
    _agreement_conflicts(record, local_agreements, anchors)
    _office_conflicts(record, analyses, entity_ids)
    _weekday_conflicts(record)


def _owned(objects: list[Any], told: Iterable[tuple[str, Sequence[Any], Any]]) -> dict[int, tuple[Any, list[Any]]]:
    """Each record object holding a document's evidence spans, with the items told in them: told gives
    (document id, spans, item); an item belongs to the last object in record order whose evidence
    holds its first span. [scale] Every span of an item is in the evidence of the object it was merged
    into, so its first span always finds one: only first spans are indexed, not every evidence span."""
    told = [(doc_id, spans, item) for doc_id, spans, item in told if spans]
    owner_of: dict[tuple, Any] = dict.fromkeys((doc_id, spans[0].start, spans[0].end, spans[0].rule)
                                               for doc_id, spans, _ in told)
    for obj in objects:
        for ev in obj.evidence:
            key = (ev.doc_id, ev.start, ev.end, ev.rule)
            if key in owner_of:
                owner_of[key] = obj
    owned: dict[int, tuple[Any, list[Any]]] = {}
    for doc_id, spans, item in told:
        obj = owner_of[doc_id, spans[0].start, spans[0].end, spans[0].rule]
        if obj is not None:
            owned.setdefault(id(obj), (obj, []))[1].append(item)
    return owned


def _event_conflicts(record: Record, reports: list, anchors: dict[str, Any]) -> None:
    for event, told in _owned(record.events, ((r.doc_id, r.event.evidence, r) for r in reports)).values():
        fields = {name: [(r.doc_id, getattr(r.event, name)) for r in told]
                  for name in ("date", "venue", "round", "status")}
        if not any(c.field == "date" for c in event.conflicts):  # merging compared the dates stated outright
            _add(event, "date", fields["date"], event.date, _overlap,
                 "the date of the reports that tell it as held and state it outright outranks a plan's "
                 "date or one taken from the report's own month")
        _add(event, "venue", fields["venue"], event.venue, same_place, "the first source that names the place")
        _add(event, "round", fields["round"], event.round, _equal, "the first source that numbers it")
        if event.status == "happened":
            _late_status(event, fields["status"], "happened", event.date, anchors, "kept happened: a report "
                         "that it was held outranks one, written after its date, that still plans it")


def _round_number_conflicts(record: Record) -> None:
    """Sessions of one dialogue held the same day that sources number as different rounds: merging
    keeps them apart, so each is told of the other."""
    sessions: dict[tuple[str, str], list] = defaultdict(list)
    for e in record.events:
        if e.type == "round_session" and e.dialogue and e.round is not None and isinstance(e.date, str) \
                and len(e.date) == 10 and e.status == "happened":
            sessions[e.dialogue, e.date].append(e)
    for same_day in sessions.values():
        same_day = [e for e in same_day if any(e.round != x.round and set(e.documents) - set(x.documents)
                                               and set(x.documents) - set(e.documents) for x in same_day)]
        if len({e.round for e in same_day}) < 2:
            continue
        claims = _encode([(d, str(e.round)) for e in same_day for d in e.documents])
        for e in same_day:
            others = ", ".join(f"{x.id} (round {x.round})" for x in same_day if x is not e)
            e.conflicts.append(Conflict("round", claims, f"kept round {e.round} for {e.id} and {others} "
                                        "apart: the sources number the same day's session differently"))


def _round_conflicts(record: Record, local_rounds: list) -> None:
    by_key = {(r.dialogue, r.number): r for r in record.rounds}
    claims: dict[tuple[str, int], dict[str, Claims]] = defaultdict(lambda: defaultdict(list))
    for doc_id, lr in local_rounds:
        if (lr.dialogue, lr.number) in by_key:
            for name in ("venue", "start", "end"):
                claims[lr.dialogue, lr.number][name].append((doc_id, getattr(lr, name)))
    for key, fields in claims.items():
        r = by_key[key]
        _add(r, "venue", fields["venue"], r.venue, same_place, "the first source that names the place")
        _add(r, "start", fields["start"], r.start, _overlap, "the earliest start a source gives")
        _add(r, "end", fields["end"], r.end, _overlap, "the latest end a source gives")


def _late_status(obj: Any, claims: Claims, done: str, when: Any, anchors: dict[str, Any], why: str) -> None:
    """A report written after the date a thing was done that still tells it as planned or discussed."""
    late = [(d, v) for d, v in claims if v != done and when is not None and _after(anchors.get(d), when)]
    if late:
        obj.conflicts.append(Conflict("status", _encode([(d, v) for d, v in claims if v == done] + late), why))


def _agreement_conflicts(record: Record, local_agreements: list, anchors: dict[str, Any]) -> None:
    told = ((doc_id, la.evidence, (doc_id, la)) for doc_id, _order, la, _parties in local_agreements)
    for a, claims in _owned(record.agreements, told).values():
        fields = {"date": [(doc_id, la.date) for doc_id, la in claims],
                  "status": [(doc_id, la.status) for doc_id, la in claims]}
        _add(a, "date", fields["date"], a.date, _overlap, "the date of the report with the furthest status")
        if a.status == "signed":
            _late_status(a, fields["status"], "signed", a.date, anchors, "kept signed: a report of the signing "
                         "outranks one, written after it, that still tells it as planned or discussed")


def _office_conflicts(record: Record, analyses: list, entity_ids: dict[tuple[str, str], str]) -> None:
    """Two documents giving a person offices that have nothing in common."""
    persons = {p.id: p for p in record.persons}
    offices: dict[str, Claims] = defaultdict(list)
    for a in analyses:
        for e in a.entities:
            pid = entity_ids.get((a.doc.id, e.local_id))
            if pid in persons and e.titles:
                offices[pid].append((a.doc.id, "، ".join(sorted(set(e.titles)))))
    for pid, claims in offices.items():
        sets = [[_office_words(t) for t in v.split("، ")] for v in distinct(v for _, v in claims)]
        if any(not _same_office(x, y) for x in sets for y in sets):
            persons[pid].conflicts.append(Conflict("titles", _encode(claims), "kept every office: a person may "
                                                   "hold several, or change office between reports"))


def _office_words(title: str) -> list[str]:
    """The words of an office as written, the rank first, without the article or a feminine ending."""
    words = (fold(w) for w in title.split())
    words = (w[2:] if w.startswith(("ال", "لل")) and len(w) > 4 else w for w in words)
    return list(dict.fromkeys(w[:-1] if w.endswith(("ة", "ه")) else w for w in words))  # "وزيرة" is "وزير"


def _same_office(titles: list[list[str]], others: list[list[str]]) -> bool:
    """Offices as written agree when they have one rank and share two words, or all the words of the
    shorter one ("وزير الخارجية" and "وزير خارجية الولايات المتحدة"; "الرئيس" and "الرئيس الأميركي"),
    a word matching its other spellings ("الأمريكي", "الأميركي"); "وزير الدفاع" and "وزير الخارجية"
    share only the rank, "وزير الخارجية بدولة الكويت" and "سفير دولة الكويت" not even that."""
    for x in titles:
        for y in others:
            if not x or not y or fuzz.ratio(x[0], y[0]) < _SAME_WORD:
                continue
            shared = sum(1 for w in x if any(fuzz.ratio(w, v) >= _SAME_WORD for v in y))
            if shared >= 2 or shared == min(len(x), len(y)):
                return True
    return False


def _weekday_conflicts(record: Record) -> None:
    """A date told with a weekday that is not its weekday ("اليوم الاثنين" on a Tuesday)."""
    for event in record.events:
        if not isinstance(event.date, str) or len(event.date) != 10:
            continue
        day = bounds(event.date)[0].weekday()
        for ev in event.evidence:
            weekday = named_weekday(ev.text) if ev.field == "date" else None
            if weekday is not None and weekday != day:
                event.conflicts.append(Conflict(
                    "weekday", ((ev.doc_id, json.dumps(f"«{ev.text}»: {WEEKDAY_NAMES[weekday]}", ensure_ascii=False)),
                                (ev.doc_id, json.dumps(f"{event.date}: {WEEKDAY_NAMES[day]}"))),
                    f"kept {event.date}: the date the sources give; the weekday named is not its weekday"))


def _add(obj: Any, name: str, claims: Claims, kept: Any, agree: Callable[[Any, Any], bool], why: str) -> None:
    """A conflict when two stated values disagree; dates are written as JSON, like merging writes them."""
    stated = [(d, v) for d, v in claims if v not in (None, "")]
    if len(stated) < 2:  # [scale] one value agrees with itself: most objects are told once
        return
    values = distinct(v for _, v in stated)
    if any(not agree(x, y) for x in values for y in values):
        as_json = agree is _overlap
        shown = kept if isinstance(kept, str) and not as_json else json.dumps(kept, ensure_ascii=False)
        obj.conflicts.append(Conflict(name, _encode(stated, as_json), f"kept {shown}: {why}"))


def distinct(values: Iterable[Any]) -> list[Any]:
    """Each value once, in order: sources are compared pairwise, and thousands may tell the same value."""
    first: dict[str, Any] = {}
    for v in values:
        first.setdefault(value_key(v), v)
    return list(first.values())


def _encode(claims: Claims, as_json: bool = False) -> tuple[tuple[str, str], ...]:
    def text(v: Any) -> str:
        return v if isinstance(v, str) and not as_json else json.dumps(v, ensure_ascii=False)
    return tuple(dict.fromkeys((d, text(v)) for d, v in claims))


def _equal(x: Any, y: Any) -> bool:
    return x == y


def _overlap(x: Any, y: Any) -> bool:
    """Two dates agree when one holds the other ("نوفمبر 2020" and "24 نوفمبر 2020")."""
    try:
        return contains(x, y) or contains(y, x)
    except (TypeError, ValueError):
        return x == y


def _after(published: Any, when: Any) -> bool:
    """Was the document written after the event's last day?"""
    if published is None:
        return False
    try:
        return bounds(published)[0] > bounds(when)[1]
    except (TypeError, ValueError):
        return False
