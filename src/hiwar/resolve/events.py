"""One event, many reports: merge the documents' events (their rounds: rounds.py; their
agreements: agreements.py).

Two reports are the same event when type, dialogue, round and working group agree,
their dates overlap (or one has none), and venue and participants do not contradict.
Dates: a happened claim outranks a plan and a weak (defaulted) date; among equals,
disagreeing sources give the widest value they all allow, and the claims are kept as a
Conflict. Ids are deterministic: by date, then by document order.
"""
from __future__ import annotations

import json
from hashlib import blake2b
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from ..extract.dates.values import widest
from ..extract.types import LocalEvent, Mention
from ..record import Conflict, Event, Evidence
from ..text.normalize import fold
from .blocking import KeyBlocks, dated_keys, dated_probe
from .conflicts import distinct
from .venues import one_place, venue_place
from .datecache import bounds, contains, value_key
from .told import Told

WEAK_DATE_RULES = ("date:anchor_month",)


@dataclass(slots=True)
class Report:
    """A LocalEvent as one document reports it, with global participant ids."""

    doc_id: str
    order: int  # document order, then position in the document
    event: LocalEvent
    participants: tuple[str, ...]
    organizations: tuple[str, ...]
    index: int = 0  # position among its document's events (what LocalEvent.framed_by points to)
    dialogue: str | None = None  # the event's dialogue, else its document's: reports merge only within one


_NO_ONE: frozenset[str] = frozenset()


class _Cluster:
    """A merged event's reports, with what a new report is compared on kept up to date as reports join
    (a cluster is compared many times, a report joins once): the span every dated report allows, the
    venues and the participants named so far."""

    __slots__ = ("reports", "_latest_start", "_earliest_end", "venues", "participants", "issuers", "signed_in",
                 "filed")

    def __init__(self, first: Report):
        self.reports: list[Report] = []
        self._latest_start: date | None = None  # the dates of every report overlap this span, if any
        self._earliest_end: date | None = None
        # [scale] most clusters hold one report: containers are made when something joins them
        self.venues: list[str] = []  # each folded venue once
        self.participants: set[str] | frozenset[str] = _NO_ONE
        self.issuers: dict[str, set[str]] | None = None  # a statement's bodies, by the document that tells them
        self.signed_in: dict[str, set[str]] | None = None  # a signing's bodies, by the document that tells them
        self.filed: list[str] = []  # [scale] the dates it is filed under in the blocks
        self.join(first)

    def join(self, r: Report) -> None:
        self.reports.append(r)
        value = _comparable_date(r)
        if value is not None:
            first, last = bounds(value)
            self._latest_start = first if self._latest_start is None else max(self._latest_start, first)
            self._earliest_end = last if self._earliest_end is None else min(self._earliest_end, last)
        if r.event.venue and (venue := fold(r.event.venue)) not in self.venues:
            self.venues.append(venue)
        if r.participants:
            if not self.participants:
                self.participants = set()
            self.participants.update(r.participants)
        if r.event.type == "statement" and r.organizations:
            if self.issuers is None:
                self.issuers = {}
            self.issuers.setdefault(r.doc_id, set()).update(r.organizations)
        if r.event.type == "signing":
            if self.signed_in is None:
                self.signed_in = {}
            self.signed_in.setdefault(r.doc_id, set()).update(r.organizations)

    def issued_apart(self, r: Report) -> bool:
        """One document telling two statements of bodies apart ("... من جهته، أفاد المكتب الإعلامي ...,
        في بيان"): two statements, however alike their dates and persons."""
        mine = self.issuers.get(r.doc_id) if self.issuers else None
        return bool(mine and r.organizations and not mine & set(r.organizations))

    def signed_apart(self, r: Report) -> bool:
        """"وشهدت الجلسة توقيع الوزيرين مذكرة ..." then "كما وقع الصندوق والوكالة مذكرة ...": one report
        telling signings by other bodies tells two signings ("كما جرى التوقيع على ..." names none: the same)."""
        mine = self.signed_in.get(r.doc_id) if self.signed_in else None
        return mine is not None and mine != set(r.organizations)

    def first(self) -> LocalEvent:
        return self.reports[0].event

    def overlaps_all(self, value) -> bool:
        """Does a date overlap every dated report's date? (the one span they share need not exist)"""
        if value is None or self._latest_start is None:
            return True
        first, last = bounds(value)
        return self._latest_start <= last and first <= self._earliest_end


def _date_rule(ev: LocalEvent) -> str:
    for m in ev.evidence:
        if m.norm == "date":
            return m.rule
    return ""


def _strong_dates(reports: list[Report]) -> list[tuple[str, object]]:
    """The dates an event is given by: those of the reports telling it held, else (a meeting announced for
    "يوم غد الخميس (9 أبريل)", then told as held with no day) those of its plans, but for a visit (it spans
    days: the day planned for its summit is not its date); a date stated outright before one taken from a
    report's own month."""
    happened = [r for r in reports if r.event.status == "happened"] or reports
    for told in (happened, happened if reports[0].event.type == "visit" else reports):
        strong = [(r.doc_id, r.event.date) for r in told
                  if r.event.date is not None and _date_rule(r.event) not in WEAK_DATE_RULES]
        if strong:
            return strong
    return [(r.doc_id, r.event.date) for r in happened if r.event.date is not None]


def dates_overlap(a, b) -> bool:
    if a is None or b is None:
        return True
    a1, a2 = bounds(a)
    b1, b2 = bounds(b)
    return a1 <= b2 and b1 <= a2


Offices = Mapping[str, tuple[str, frozenset[str]]]  # person id -> (country, the keys of the offices held)
_NO_OFFICES: Offices = {}


def _compatible(c: _Cluster, r: Report, offices: Offices = _NO_OFFICES) -> bool:
    a, b = c.first(), r.event
    if a.type != b.type or a.working_group != b.working_group:
        return False
    if a.round is not None and b.round is not None and a.round != b.round:
        return False
    if c.reports[0].dialogue != r.dialogue:
        return False
    # a group named by its track is one group: its plan and its meeting on a day of the plan are one session
    if a.type == "working_group_session" and (a.round is None or b.round is None) and not a.working_group:
        return False
    if not c.overlaps_all(_comparable_date(r)):
        return False
    if b.venue and any(not one_place(v, b.venue) for v in c.venues):  # "الكويت", "دولة الكويت", "القاهرة", "مصر"
        return False
    if a.type == "round_session" and (a.round is None or b.round is None):
        # sessions of a dialogue that goes unnumbered are one when their days meet; one numbered and one
        # not are one session when both are told of the same single day
        same_day = _single_day(a.date) and a.date == b.date
        return (a.round is None and b.round is None or same_day) and bool(a.dialogue) and a.dialogue == b.dialogue
    if a.type == "statement" and c.issued_apart(r):
        return False
    if a.type == "signing" and c.signed_apart(r):
        return False
    if a.type not in ("round_session", "working_group_session"):
        mine = c.participants
        if mine and r.participants and not mine & set(r.participants):
            return False
        if offices and mine and r.participants and b.status == a.status == "happened" \
                and _successive_holders(mine, r.participants, offices):
            return False
        if not mine and not r.participants and a.type in ("statement", "signing", "briefing", "visit"):
            return a.round is not None and a.round == b.round
        if a.type == "bilateral_meeting" and _other_pair(c, r, offices):
            return False
    return True


def _other_pair(c: _Cluster, r: Report, offices: Offices) -> bool:
    """A minister's call with his Russian counterpart and his call with the Omani one: two reports of a meeting
    of two states, each telling another pair of states, tell two encounters ("نظيره العماني" with no name
    still tells his state)."""
    theirs = _pair(r, offices)
    return len(theirs) == 2 and any(len(mine) == 2 and mine != theirs for mine in (_pair(x, offices) for x in c.reports))


def _pair(r: Report, offices: Offices) -> frozenset[str]:
    """The states a report's meeting is between, as far as it tells: the event's countries (often only the
    other side's, the page's own being understood) and its officials' countries. More than two (the places
    discussed, "الأوضاع في اليمن") tell no pair."""
    return frozenset(r.event.countries) | {offices[p][0] for p in r.participants if p in offices}


def _successive_holders(mine: set[str] | frozenset[str], theirs: tuple[str, ...], offices: Offices) -> bool:
    """One report of a meeting held names the American secretary of state Kerry, the other Pompeo: an office
    of a country has one holder at a time, so two reports each naming another holder of it (and not the
    other's) tell two encounters, however loosely dated. (A plan names whom it expects, and is not asked.)"""
    only_mine = [offices[p] for p in mine if p not in theirs and p in offices]
    for p in theirs:
        if p not in mine and p in offices:
            country, keys = offices[p]
            if any(c == country and keys & k for c, k in only_mine):
                return True
    return False


def _single_day(value) -> bool:
    return isinstance(value, str) and len(value) == 10


def _comparable_date(r: Report):
    """The date two reports are compared on: a weak (defaulted) date only rules out other years."""
    if _date_rule(r.event) in WEAK_DATE_RULES and r.event.date is not None:
        first, last = bounds(r.event.date)
        return {"start": f"{first.year:04d}", "end": f"{last.year:04d}"} if first.year != last.year \
            else f"{first.year:04d}"
    return r.event.date


def _event_keys(r: Report) -> list[tuple]:
    """A cluster's blocks, from its first report: type, working group, dialogue, round or any round."""
    ev = r.event
    return [(ev.type, ev.working_group, r.dialogue, ev.round), (ev.type, ev.working_group, r.dialogue, "any round")]


def _event_probe(r: Report) -> list[tuple]:
    """The blocks of the clusters a report could join: its own round or an unnumbered one, or any
    round when it has none (a report never joins another dialogue, type or working group)."""
    ev = r.event
    if ev.round is None:
        return [(ev.type, ev.working_group, r.dialogue, "any round")]
    return [(ev.type, ev.working_group, r.dialogue, ev.round), (ev.type, ev.working_group, r.dialogue, None)]


class ClusterMemo(Protocol):
    """What a build keeps of each component's clustering for the next, by the component's name
    (store.cache.StageMemo)."""

    def recall(self, names: list[bytes]) -> dict[bytes, Any]: ...

    def keep(self, results: dict[bytes, Any]) -> None:
        """Kept under each name in place of what was kept there."""


def merge_events(reports: list[Report], offices: Offices = _NO_OFFICES, memo: ClusterMemo | None = None,
                 told: Told | None = None) -> list[Event]:
    """The events the reports tell, each report in the first event it fits; `offices` gives the persons'
    country and offices (a person with neither is left out). With `memo`, each component's clustering
    continues the one a build before kept (`_clustered_by_component`). `told` is told what each event
    was made of: its reports (but one whose date a framing meeting moved)."""
    clusters = [c.reports for c in _clustered(reports, offices)] if memo is None \
        else _clustered_by_component(reports, offices, memo)
    events = [_event(reps) for reps in clusters]
    if told is not None:
        for reps, e in zip(clusters, events):
            told.made(e, [(r.doc_id, r.index) for r in reps])
    _frame_dates(clusters, events, told)
    order = {id(e): min(r.order for r in reps) for e, reps in zip(events, clusters)}
    events.sort(key=lambda e: (sort_date(e.date), order[id(e)]))
    for n, e in enumerate(events, 1):
        e.id = f"e{n:03d}"
    return events


def _clustered(reports: list[Report], offices: Offices, made: list[list[int]] = (), start: int = 0) -> list[_Cluster]:
    """Each report in the first cluster it is compatible with, else in a new one. [scale] The blocks
    are let go when the clusters are made, before the events are.

    `made`: the clusters of `reports[:start]` (positions, in the order they were made), as this function
    made them: the clustering goes on from there (each report joins its cluster again, no comparison)."""
    clusters: list[_Cluster] = []
    blocks = KeyBlocks()  # [scale] only the clusters r could join, in the order they were made
    for part in made:
        c = _Cluster(reports[part[0]])
        clusters.append(c)
        for n in part:
            if n != part[0]:
                c.join(reports[n])
            if newly_filed(c.filed, date := _comparable_date(reports[n])):
                blocks.add(c, dated_keys(_event_keys(c.reports[0]), date))
    for r in reports[start:]:
        date = _comparable_date(r)
        for c in blocks.candidates(dated_probe(_event_probe(r), date)):
            if _compatible(c, r, offices):
                c.join(r)
                break
        else:
            clusters.append(_Cluster(r))
            c = clusters[-1]
        if newly_filed(c.filed, date):
            blocks.add(c, dated_keys(_event_keys(c.reports[0]), date))
    return clusters


_DIGEST = 16  # bytes of a report's digest


def _clustered_by_component(reports: list[Report], offices: Offices, memo: ClusterMemo) -> list[list[Report]]:
    """The clusters `_clustered` makes, in the order it makes them. [scale] A report is only compared with
    clusters of its own component (type × working group × dialogue: `_compatible` never crosses one, nor
    do the blocks), and the clusters of a component's first reports do not depend on the reports after
    them. So each component keeps a digest of each of its reports (`_inputs`) and its clusters; the next
    build takes the clusters of the reports the two builds begin with in common and clusters the rest
    only: new documents, which sort after the stored ones as a rule, in the few components they reach.
    A document among the stored ones, one read again or gone, a person's ids or offices moved: the
    component goes on from the first report that differs."""
    components: dict[tuple, list[int]] = {}
    for n, r in enumerate(reports):
        components.setdefault((r.event.type, r.event.working_group, r.dialogue), []).append(n)
    names = {key: repr(key).encode() for key in components}
    kept = memo.recall(list(names.values()))
    changed: dict[bytes, tuple[bytes, list[list[int]]]] = {}
    clusters: list[list[int]] = []
    for key, members in components.items():
        mine = [reports[n] for n in members]
        digests = digest_of(_inputs(r, offices) for r in mine)
        before, partition = kept.get(names[key], (b"", []))
        if before != digests:
            start = same_start(before, digests)
            made = [[n for n in part if n < start] for part in partition if part[0] < start]
            at = {id(r): k for k, r in enumerate(mine)}
            partition = [[at[id(r)] for r in c.reports] for c in _clustered(mine, offices, made, start)]
            changed[names[key]] = (digests, partition)
        clusters.extend([members[k] for k in part] for part in partition)
    memo.keep(changed)
    clusters.sort(key=lambda c: c[0])  # made in the order of their first reports
    return [[reports[n] for n in c] for c in clusters]


def _inputs(r: Report, offices: Offices) -> bytes:
    """Everything the clustering reads of a report (beside its component): the fields `_compatible`,
    `join` and the blocks compare, with its participants' offices."""
    def office(person: str) -> tuple | None:
        held = offices.get(person)
        return None if held is None else (held[0], sorted(held[1]))

    ev = r.event
    return repr((r.doc_id, ev.dialogue, ev.round, ev.date, _date_rule(ev), ev.venue, ev.status, tuple(ev.countries),
                 r.participants, r.organizations, [office(p) for p in r.participants] if offices else None)).encode()


def digest_of(inputs: Iterable[bytes]) -> bytes:
    """A digest of each of the reports' inputs, one after the other: what `same_start` compares."""
    return b"".join(blake2b(one, digest_size=_DIGEST).digest() for one in inputs)


def same_start(before: bytes, now: bytes) -> int:
    """How many reports two components' digests begin with in common (a bisection over their prefixes)."""
    low, high = 0, min(len(before), len(now)) // _DIGEST
    while low < high:
        middle = (low + high + 1) // 2
        if before[:middle * _DIGEST] == now[:middle * _DIGEST]:
            low = middle
        else:
            high = middle - 1
    return low


def newly_filed(filed: list[str], value) -> bool:
    """[scale] Is a group filed under this date for the first time? (its other keys never change)"""
    key = value_key(value)
    if key in filed:
        return False
    filed.append(key)
    return True


def _frame_dates(clusters: list[list[Report]], events: list[Event], told: Told | None = None) -> None:
    """An event held at or after a meeting ("مؤتمر صحافي عقب اجتماع الحوار") that its own report
    dates only coarsely takes the meeting's day when another document fixes that day (and is more
    than its reports made it: `told` forgets it)."""
    event_of = {(r.doc_id, r.index): e for reps, e in zip(clusters, events) for r in reps}
    for reps, e in zip(clusters, events):
        for r in reps:
            frame = event_of.get((r.doc_id, r.event.framed_by)) if r.event.framed_by is not None else None
            if frame is None or frame is e or frame.date is None or frame.status != "happened":
                continue
            if e.date is None or (e.date != frame.date and contains(e.date, frame.date)):
                e.date = frame.date
                e.evidence.extend(replace(x, rule=f"date:framing_meeting:{frame.type}")
                                  for x in frame.evidence if x.field == "date")
                if told is not None:
                    told.forget(e)


def sort_date(value) -> date:
    return bounds(value)[0] if value is not None else date.max


def _first(values):
    for v in values:
        if v not in (None, "", []):
            return v
    return None


def _event(reps: list[Report]) -> Event:
    happened = any(r.event.status == "happened" for r in reps)
    conflicts: list[Conflict] = []
    claims = _strong_dates(reps)
    values = distinct(v for _, v in claims)  # [scale] each value once: thousands of reports may tell an event
    narrowest = _narrowest(values)
    if len(values) > 1 and narrowest is not None:  # "يناير 2018" and "30 يناير 2018" agree: keep the day
        kept = narrowest
    elif len(values) > 1:
        kept = widest([v for _, v in claims])
        conflicts.append(Conflict("date", tuple((d, json.dumps(v, ensure_ascii=False)) for d, v in claims),
                                  f"kept {json.dumps(kept, ensure_ascii=False)}: the widest date all sources allow"))
    else:
        kept = claims[0][1] if claims else None
    first = reps[0].event
    modes = [r.event.mode for r in reps if r.event.mode]
    mode = "virtual" if "virtual" in modes else _first(modes)
    if len(set(modes)) > 1:
        conflicts.append(Conflict("mode", tuple((r.doc_id, r.event.mode) for r in reps if r.event.mode),
                                  f"kept {mode}"))
    ev = Event(
        id="", type=first.type, date=kept, status="happened" if happened else "planned",
        dialogue=_first(r.event.dialogue for r in reps), round=_first(r.event.round for r in reps),
        working_group=first.working_group, venue=_venue(reps), mode=mode,
        participants=list(dict.fromkeys(p for r in reps for p in r.participants)),
        organizations=list(dict.fromkeys(o for r in reps for o in r.organizations)),
        countries=list(dict.fromkeys(x for r in reps for x in r.event.countries)),
        topics=list(dict.fromkeys(t for r in reps for t in r.event.topics)),
        documents=sorted({r.doc_id for r in reps}),
        evidence=[evidence_of(r.doc_id, m) for r in reps for m in r.event.evidence],
        conflicts=conflicts,
    )
    return ev


def _venue(reps: list[Report]) -> str | None:
    """The first venue told, unless it is a country and a later report names a city (in it, as the reports
    merged): "سوريا", then "دمشق"."""
    venues = [r.event.venue for r in reps if r.event.venue]
    if not venues:
        return None
    first = venue_place(venues[0])
    if first is None or first[1] is not None:
        return venues[0]
    return next((v for v in venues[1:] if (place := venue_place(v)) is not None and place[1] is not None), venues[0])


def _narrowest(values: list) -> object | None:
    """The claim every other claim contains (they only differ in precision), or None if they conflict."""
    for v in values:
        if all(contains(w, v) for w in values):
            return v
    return None


def evidence_of(doc_id: str, m: Mention) -> Evidence:
    return Evidence(doc_id, m.start, m.end, m.text, m.norm, m.rule)
