"""Facts across documents: each document's dates of round events that hang on no guess, and the
index (`Facts`) the anchor passes ask of them (resolve/anchors.py)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..extract.dates.values import precision
from .datecache import bounds, value_key


@dataclass(frozen=True)
class Fact:
    """A dated event as one document reports it, at a precision that does not hang on any guess."""

    key: tuple  # (type, dialogue, round, boundary)
    value: object
    doc_id: str
    quote: str
    settled: bool  # the value does not hang on a span of possible anchors
    news: bool = False  # within a year of its document's own year: news of then, not history it recalls
    held: bool = True  # told as held, not planned


def _boundary(event) -> str:
    rules = {m.rule for m in event.evidence}
    if "round:end_cue" in rules or "trigger:round_session" in rules:
        return "end"
    if "round:start_cue" in rules:
        return "start"
    return ""


def date_mention(analysis, event):
    for ev in event.evidence:
        if ev.norm == "date":
            for m in analysis.dates:
                if (m.start, m.end) == (ev.start, ev.end):
                    return m
    return None


def dialogue_of(event, analysis) -> str | None:
    """The event's dialogue, else the document's (its two most named countries): as the record
    merges it (build._resolved)."""
    return event.dialogue or analysis.dialogue


def fact_key(event, analysis) -> tuple:
    return (event.type, dialogue_of(event, analysis), event.round, _boundary(event))


@dataclass
class _Told:
    """One value a group of facts gives, with the facts giving it (and their places among all
    facts), in the documents' order: a pass compares values, and thousands of documents may
    give the same one."""

    value: object
    round: int | None
    facts: list[tuple[int, Fact]] = field(default_factory=list)

    def first_not_of(self, doc_id: str) -> tuple[int, Fact] | None:
        return next((pair for pair in self.facts if pair[1].doc_id != doc_id), None)

    def last_not_of(self, doc_id: str) -> tuple[int, Fact] | None:
        return next((pair for pair in reversed(self.facts) if pair[1].doc_id != doc_id), None)


class Facts:
    """Every document's facts, found by what a pass asks of them: the settled days of the same
    event (its key), the values given for a round of a dialogue, or for any round of the dialogue,
    and a dialogue's single days by month and day (`on_day`, in the order of `by_dialogue`), and the
    years a dialogue is known active in (`active`: per year, the first news facts of two documents), and the
    earliest days a round's session is dated (`sessions`: those of two documents)."""

    def __init__(self, facts: list[Fact]):
        self.days: dict[tuple, dict[str, _Told]] = defaultdict(dict)
        # [scale] a round's values filed by their year (only values inside one year can date a part)
        self.by_round: dict[tuple, dict[int, dict[str, _Told]]] = defaultdict(lambda: defaultdict(dict))
        self.by_dialogue: dict[str, dict[tuple, _Told]] = defaultdict(dict)
        self.on_day: dict[tuple[str, int, int], list[_Told]] = defaultdict(list)
        self.active: dict[str, dict[int, list[Fact]]] = defaultdict(dict)
        self.sessions: dict[tuple, list[tuple[date, Fact]]] = defaultdict(list)
        for n, f in enumerate(facts):
            told = value_key(f.value)
            first, last = bounds(f.value)
            if f.settled and f.key[0] == "round_session":
                _keep_earliest(self.sessions[f.key[1:3]], first, f)
            if f.settled and f.news and first.year == last.year:
                of_year = self.active[f.key[1]].setdefault(first.year, [])
                if len(of_year) < 2 and all(g.doc_id != f.doc_id for g in of_year):
                    of_year.append(f)
            a_day = not isinstance(f.value, dict) and precision(f.value) == "day"
            if f.settled and a_day:
                self.days[f.key].setdefault(told, _Told(f.value, f.key[2])).facts.append((n, f))
            if first.year == last.year:
                of_year = self.by_round[f.key[1:3]][first.year]
                of_year.setdefault(told, _Told(f.value, f.key[2])).facts.append((n, f))
            of_dialogue = self.by_dialogue[f.key[1]]
            if (f.key[2], told) not in of_dialogue:
                of_dialogue[f.key[2], told] = _Told(f.value, f.key[2])
                if a_day:
                    day = bounds(f.value)[0]
                    self.on_day[f.key[1], day.month, day.day].append(of_dialogue[f.key[2], told])
            of_dialogue[f.key[2], told].facts.append((n, f))


def _keep_earliest(days: list[tuple[date, Fact]], day: date, fact: Fact) -> None:
    """`days` keeps the two earliest (day, fact) of two documents, earliest first."""
    days.append((day, fact))
    days.sort(key=lambda p: p[0])
    kept = [p for k, p in enumerate(days) if all(q[1].doc_id != p[1].doc_id for q in days[:k])]
    days[:] = kept[:2]


def told_facts(analysis) -> list[Fact]:
    """A document's dates of round events that do not depend on an unsettled anchor."""
    out = []
    year = _own_year(analysis)
    for ev in analysis.events:
        m = date_mention(analysis, ev)
        if not dialogue_of(ev, analysis) or m is None or m.attrs.get("value") is None:
            continue
        first = bounds(m.attrs["value"])[0]
        out.append(Fact(fact_key(ev, analysis), m.attrs["value"], analysis.doc.id, m.text, m.attrs.get("settled", True),
                        year is not None and abs(first.year - year) <= 1, ev.status == "happened"))
    return out


def _own_year(analysis) -> int | None:
    """The year of the document's own date, when its anchor (a day, a month, a span) lies in one year."""
    anchor = analysis.doc.anchor
    if not anchor:
        return None
    first, last = anchor.split("/")[0], anchor.split("/")[-1]
    return int(first[:4]) if first[:4] == last[:4] else None
