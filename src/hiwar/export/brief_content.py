"""What a round briefing says, read from the record: each statement with the documents behind it.

The facts are chosen here once; `brief_render` words them in Arabic or English. Rules:
- the round's events are those the record files under the round's number;
- a delegation is the round's participants of one country; its head is the member whose first
  office ranks highest in data/ar/ranks.yaml;
- an agreement belongs to the round whose dates it falls in and that one of its documents reports;
  an undated one to the latest held round its documents report;
- "between the rounds" are the dialogue's events dated after the previous round and before this one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..extract.dates.values import bounds
from ..record import Agreement, Conflict, Event, Person, Record, Round
from .common import data_file


class BriefError(Exception):
    """The record cannot give this briefing (no such dialogue or round); one line for the user."""


@dataclass
class Fact:
    """One statement of the note: a kind, its values, and the documents it rests on."""

    kind: str
    values: dict[str, Any] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)


@dataclass
class Delegation:
    country: str
    head: Person | None
    members: list[tuple[Person, list[str]]]  # (person, documents naming them at this round)


@dataclass
class Briefing:
    dialogue: str
    round: Round
    mode: Fact | None
    delegations: list[Delegation]
    working_groups: list[Fact]
    agreements_now: list[Fact]
    agreements_signed_before: list[Fact]
    agreements_pending: list[Fact]
    changes: list[Fact]
    conflicts: list[Fact]
    previous: Round | None
    next: Round | None


def _span(value: Any) -> tuple[date, date] | None:
    return bounds(value) if value is not None else None


def round_span(r: Round) -> tuple[date, date] | None:
    first = _span(r.start) or _span(r.end)
    last = _span(r.end) or _span(r.start)
    return (first[0], last[1]) if first and last else None


def rank(person: Person) -> int:
    """0 for the most senior office in data/ar/ranks.yaml; len(ranks) for an office it does not list."""
    ranks: list[list[str]] = data_file("ar/ranks.yaml")
    title = person.titles[0] if person.titles else ""
    best = len(ranks)
    for level, beginnings in enumerate(ranks):
        if any(title == b or title.startswith(b + " ") for b in beginnings):
            best = level  # later, longer beginnings ("وزير الدولة") refine a shorter one ("وزير")
    return best


def _delegations(dialogue: str, events: list[Event], persons: dict[str, Person]) -> list[Delegation]:
    seen: dict[str, list[str]] = {}
    for e in events:
        for p in e.participants:
            if p in persons:
                seen.setdefault(p, [])
                seen[p].extend(d for d in e.documents if d not in seen[p])
    sides = dialogue.split("-")
    by_country: dict[str, list[tuple[Person, list[str]]]] = {}
    for pid, docs in seen.items():
        person = persons[pid]
        by_country.setdefault(person.country or "", []).append((person, docs))
    order = sides + sorted(c for c in by_country if c not in sides)
    out = []
    for country in order:
        members = sorted(by_country.get(country, []), key=lambda m: rank(m[0]))
        if not members:
            continue
        ranked = rank(members[0][0]) < len(data_file("ar/ranks.yaml"))
        out.append(Delegation(country, members[0][0] if ranked else None, members))
    return out


def agreement_round(a: Agreement, rounds: list[Round]) -> int | None:
    """The round an agreement belongs to (see the module's rules), or None."""
    reporting = [r for r in rounds if set(a.documents) & set(r.documents)]
    if a.date is not None:
        first, last = bounds(a.date)
        for r in reporting:
            span = round_span(r)
            if span and first <= span[1] and span[0] <= last:
                return r.number
        return None
    held = [r.number for r in reporting if r.status == "happened"]
    return max(held) if held else None


def _agreement_fact(a: Agreement) -> Fact:
    return Fact("agreement", {"type": a.type, "subject": a.subject, "status": a.status, "date": a.date,
                              "topics": a.topics}, a.documents)


def _before(value: Any, day: date) -> bool:
    span = _span(value)
    return span is not None and span[1] < day


def _changes(current: Round, previous: Round | None, heads_now: dict[str, Person | None],
             heads_before: dict[str, Person | None], events: list[Event], round_events: list[Event]) -> list[Fact]:
    if previous is None:
        return []
    facts = [Fact("previous", {"number": previous.number, "dates": (previous.start, previous.end),
                               "venue": previous.venue}, previous.documents)]
    if current.venue and previous.venue:
        if current.venue == previous.venue:
            facts.append(Fact("same_venue", {"number": previous.number}, current.documents))
        else:
            facts.append(Fact("moved", {"before": previous.venue, "after": current.venue},
                              previous.documents + [d for d in current.documents if d not in previous.documents]))
    for country, head in heads_now.items():
        before = heads_before.get(country)
        if head is None or before is None:
            continue
        kind = "head_same" if head.id == before.id else "head_changed"
        facts.append(Fact(kind, {"country": country, "before": before, "after": head, "number": previous.number},
                          sorted(set(head.documents) & set(current.documents + previous.documents))))
    held = round_span(current)
    for e in round_events:
        if e.type == "round_session" and e.status == "planned" and e.date is not None and held \
                and current.status == "happened" and not (bounds(e.date)[0] <= held[0] <= bounds(e.date)[1]):
            facts.append(Fact("replanned", {"planned": e.date, "held": (current.start, current.end)},
                              e.documents + [d for d in current.documents if d not in e.documents]))
    after, before = round_span(previous), held
    if after and before:
        for e in events:
            span = _span(e.date)
            if e.round not in (current.number, previous.number) and span and after[1] < span[0] and span[1] < before[0]:
                facts.append(Fact("between", {"event": e}, e.documents))
    return facts


def _conflicts(items: list[tuple[str, list[Conflict]]]) -> list[Fact]:
    return [Fact("conflict", {"about": about, "field": c.field, "claims": c.claims, "resolution": c.resolution},
                 list(dict.fromkeys(d for d, _ in c.claims)))
            for about, conflicts in items for c in conflicts]


def _mode(events: list[Event]) -> Fact | None:
    """How the round was held: as its sessions say, else as its other held events say."""
    held = [e for e in events if e.status == "happened" and e.mode]
    sessions = [e for e in held if e.type == "round_session"] or held
    if not sessions:
        return None
    modes = list(dict.fromkeys(e.mode for e in sessions))
    return Fact("mode", {"modes": modes}, list(dict.fromkeys(d for e in sessions for d in e.documents)))


def briefing(record: Record, dialogue: str, number: int) -> Briefing:
    rounds = sorted((r for r in record.rounds if r.dialogue == dialogue), key=lambda r: r.number)
    if not rounds:
        raise BriefError(f"no dialogue {dialogue!r} in the store")
    current = next((r for r in rounds if r.number == number), None)
    if current is None:
        known = ", ".join(str(r.number) for r in rounds)
        raise BriefError(f"no round {number} of {dialogue} in the store (rounds: {known})")
    persons = {p.id: p for p in record.persons}
    events = [e for e in record.events if e.dialogue == dialogue]
    round_events = [e for e in events if e.round == number]
    previous = next((r for r in reversed(rounds) if r.number < number), None)
    following = next((r for r in rounds if r.number > number), None)
    delegations = _delegations(dialogue, round_events, persons)
    before = _delegations(dialogue, [e for e in events if previous and e.round == previous.number], persons)
    heads_now = {d.country: d.head for d in delegations}
    heads_before = {d.country: d.head for d in before}

    groups = [Fact("working_group", {"group": e.working_group, "date": e.date, "mode": e.mode, "topics": e.topics,
                                     "participants": [persons[p] for p in e.participants if p in persons]},
                   e.documents)
              for e in round_events if e.type == "working_group_session"]

    dialogue_docs = {d for obj in [*events, *rounds] for d in obj.documents}
    agreements = [a for a in record.agreements if dialogue_docs & set(a.documents)]
    now, signed, pending = [], [], []
    start = (round_span(current) or (date.max, date.max))[0]
    for a in agreements:
        belongs = agreement_round(a, rounds)
        if belongs == number:
            now.append(_agreement_fact(a))
        elif (belongs is not None and belongs < number) or (belongs is None and _before(a.date, start)):
            (signed if a.status == "signed" else pending).append(_agreement_fact(a))

    conflicts = _conflicts([(e.id, e.conflicts) for e in round_events])
    return Briefing(dialogue, current, _mode(round_events), delegations, groups, now, signed, pending,
                    _changes(current, previous, heads_now, heads_before, events, round_events), conflicts, previous,
                    following)
