"""Rounds of a dialogue across reports: every report's mention of a round, its start, end and venue
taken from the round's sessions in the merged events."""
from __future__ import annotations

from ..extract.dates.values import precision
from ..extract.types import LocalRound
from ..record import Event, Round
from .datecache import bounds, contains
from .events import evidence_of


def merge_rounds(local: list[tuple[str, LocalRound]], events: list[Event]) -> list[Round]:
    """Rounds from every mention; start, end and venue from their happened sessions."""
    rounds: dict[tuple[str, int], Round] = {}
    listed: dict[tuple[str, int], set[str]] = {}  # [scale] each round's documents as a set, for lookups
    for doc_id, lr in local:
        if not lr.dialogue:
            continue
        key = (lr.dialogue, lr.number)
        r = rounds.setdefault(key, Round(lr.dialogue, lr.number, status="planned"))
        if doc_id not in listed.setdefault(key, set()):
            listed[key].add(doc_id)
            r.documents.append(doc_id)
        if lr.status == "happened":
            r.status = "happened"
        if r.venue is None:
            r.venue = lr.venue
        r.start = _boundary([r.start, lr.start], earliest=True)
        r.end = _boundary([r.end, lr.end], earliest=False)
        r.working_groups.extend(w for w in lr.working_groups if w not in r.working_groups)
        r.evidence.extend(evidence_of(doc_id, m) for m in lr.evidence)
    events_of: dict[tuple, list[Event]] = {}  # [scale] each round's events, in record order, found once
    for e in events:
        events_of.setdefault((e.dialogue, e.round), []).append(e)
    for key, r in rounds.items():
        if r.start is not None and r.end is not None and bounds(r.end)[1] < bounds(r.start)[0]:
            r.end = None  # a closing dated before the launch is a misread plan, not a span
        sessions = [e for e in events_of.get(key, []) if e.type == "round_session"]
        done = [e for e in sessions if e.status == "happened" and e.date]
        if done:
            r.status = "happened"
            first, last = min(bounds(e.date)[0] for e in done), max(bounds(e.date)[1] for e in done)
            earliest = min((e.date for e in done), key=lambda v: bounds(v)[0])
            latest = max((e.date for e in done), key=lambda v: bounds(v)[1])
            if r.start is None or _session_finer(r.start, earliest, sessions):
                r.start = earliest  # "2023" from a report whose session another dates "19 يوليو 2023"
            if r.end is None and len(done) > 1 or (r.end is None and r.start is not None and
                                                   bounds(r.start)[0] < last):
                r.end = latest
            elif r.end is None and r.start is not None and first == last and bounds(r.start) == (first, last):
                r.end = r.start
            elif r.end is not None and _session_finer(r.end, latest, sessions):
                r.end = latest  # "اختتمت اليوم الجمعة" in a month of Fridays, of the session another dates
        r.start, r.end = _end_of_span(r.start, first=True), _end_of_span(r.end, first=False)
        if r.venue is None:
            venues = [e.venue for e in sessions if e.venue] or \
                     [e.venue for e in events_of.get(key, []) if e.venue and e.type != "visit"]
            r.venue = venues[0] if venues else None
        r.documents = sorted(set(r.documents).union(*(e.documents for e in events_of.get(key, []))))
    return [rounds[k] for k in sorted(rounds)]


_SESSION_SPAN_DAYS = 31  # days a round's sessions run at most ("يومي 29 و30 تموز", two weeks online)
_UNKNOWN_SPAN_DAYS = 366  # a boundary still years wide is not known


def _session_finer(told, session, sessions: list[Event]) -> bool:
    """A round's boundary told coarser than the day of the session it holds ("2014-04" and the 4th), when no
    session of the round is dated by that coarser value itself (a launch told only by its year stays)."""
    return contains(told, session) and told != session and all(e.date != told for e in sessions)


def _end_of_span(value, first: bool):
    """A round's start (end) as one date: the first (last) day of the days its sessions ran; a span
    of years, left by reports that could not date it, is unknown."""
    if not isinstance(value, dict):
        return value
    lo, hi = bounds(value)
    if (hi - lo).days > _UNKNOWN_SPAN_DAYS:
        return None
    if (hi - lo).days <= _SESSION_SPAN_DAYS and precision(value) == "day":
        return value["start"] if first else value["end"]
    return value


def _boundary(values: list, earliest: bool):
    """The earliest start (latest end) the reports give; "2020-11" yields to a day inside it."""
    values = [v for v in values if v is not None]
    precise = [v for v in values if not any(w != v and contains(v, w) for w in values)]
    if not precise:
        return None
    return min(precise, key=lambda v: bounds(v)[0]) if earliest else max(precise, key=lambda v: bounds(v)[1])
