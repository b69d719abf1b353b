"""What each page shows, picked from the record: a round, a person, a document's facts."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..extract.types import Mention
from ..record import Agreement, Event, Organization, Person, Record, Round
from ..store.store import record_objects
from .highlight import Fact

_ENTITY_KINDS = {"person": "person", "org": "organization"}


def href(kind: str, ident: str) -> str:
    if kind == "round":
        dialogue, _, number = ident.partition(":")
        return f"/round/{dialogue}/{number}"
    return f"/{kind}/{ident}"


@dataclass
class Delegation:
    side: str | None  # country code
    head: Person | None
    members: list[Person] = field(default_factory=list)


@dataclass
class RoundView:
    round: Round
    sessions: list[Event]
    delegations: list[Delegation]
    agreements: list[Agreement]


def round_view(record: Record, dialogue: str, number: int) -> RoundView | None:
    found = next((r for r in record.rounds if r.dialogue == dialogue and r.number == number), None)
    if found is None:
        return None
    sessions = [e for e in record.events if e.dialogue == dialogue and e.round == number]
    persons = {p.id: p for p in record.persons}
    # the round's own sessions first: whoever a side names first there leads its delegation
    ordered = sorted(sessions, key=lambda e: e.type != "round_session")
    sides: dict[str | None, Delegation] = {}
    for event in ordered:
        for pid in event.participants:
            person = persons.get(pid)
            if person is None:
                continue
            delegation = sides.setdefault(person.country, Delegation(person.country, None))
            if delegation.head is None:
                delegation.head = person
            elif person is not delegation.head and person not in delegation.members:
                delegation.members.append(person)
    docs = set(found.documents)
    agreements = [a for a in record.agreements if docs.intersection(a.documents)]
    return RoundView(found, sessions, sorted(sides.values(), key=lambda d: d.side or "~"), agreements)


@dataclass
class Office:
    title: str
    documents: list[str]
    dates: list[str]  # when the sources that name it were published (or dated)


def offices(record: Record, person: Person) -> list[Office]:
    """Each title with the documents that give it and their dates, earliest first."""
    when = {d.id: (d.published if isinstance(d.published, str) else None) or d.anchor for d in record.documents}
    out = []
    for title in person.titles:
        docs = sorted({ev.doc_id for ev in person.evidence
                       if ev.field == "title" and (title in ev.text or ev.text in title)}) or list(person.documents)
        out.append(Office(title, docs, sorted({when[d] for d in docs if when.get(d)})))
    return sorted(out, key=lambda o: o.dates[0] if o.dates else "9999")


def events_of(record: Record, kind: str, ident: str) -> list[Event]:
    if kind == "person":
        return [e for e in record.events if ident in e.participants]
    return [e for e in record.events if ident in e.organizations]


def names(record: Record) -> dict[str, str]:
    return {x.id: x.name for x in [*record.persons, *record.organizations]}


def entity(record: Record, kind: str, ident: str) -> Person | Organization | None:
    items = record.persons if kind == "person" else record.organizations
    return next((x for x in items if x.id == ident), None)


def document_facts(record: Record, mentions: list[Mention], doc_id: str) -> list[Fact]:
    """Every mention and every piece of evidence in one document, linked to the object it became."""
    facts = []
    for m in mentions:
        target = m.attrs.get("entity_id")
        kind = _ENTITY_KINDS.get(m.kind, m.kind)
        link = href(kind, str(target)) if target and kind in ("person", "organization") else None
        facts.append(Fact(m.start, m.end, kind, link, f"{m.kind}: {m.norm or m.text}"))
    for kind, ident, obj in record_objects(record):
        for ev in obj.evidence:
            if ev.doc_id == doc_id and kind not in ("person", "organization"):
                facts.append(Fact(ev.start, ev.end, kind, href(kind, ident), f"{kind} {ident}: {ev.field}"))
    return facts
