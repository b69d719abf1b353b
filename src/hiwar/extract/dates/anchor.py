"""What a text says about its own date (the anchor), when no metadata gives it.

A dateline near the top ("31 January 2022") settles it. Otherwise weaker clues
are combined: "الذكرى الـ30 لتحرير الكويت" with "العام المقبل" puts the text in
1991 + 30 - 1; "نوفمبر الجاري" gives the month; "اليوم الاثنين" the weekday.
`anchors_satisfying` lists the days that fit a set of clues, so a cross-document
resolver can pick among them.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...text.doc import Doc
from .atom import Atom
from .finder import atoms_of
from .resolve import resolve

_DATELINE_REACH = 400  # normalized characters at the top where a date may be the text's own
_DATELINE_LINES = 4  # ... within the first lines
_DATELINE_INDENT = 40  # ... and near the start of its line ("الكويت - 11 نوفمبر (كونا) -")
_SHIFT_REACH = 40  # "العام المقبل" this close before an anniversary shifts the text's year
_TODAY_REACH = 8  # "اليوم" this close before a full date makes that date the text's own
_TODAY_WORDS = ("اليوم", "اليوم،")
_AFTER_DAYWORD = 4  # "أمس (الأربعاء)": a weekday this close after a day word names that day
# Agency datelines with a numeric day and month ("الكويت - 10 - 2 (كونا)").
_NUMERIC_DATELINE = re.compile(r"^[^\d\n]{2,30}?-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*[(/]")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class AnchorClue:
    """Partial knowledge of the anchor; None where the clue says nothing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    reasons: tuple[str, ...] = ()

    def matches(self, d: date) -> bool:
        return ((self.year is None or d.year == self.year) and (self.month is None or d.month == self.month)
                and (self.day is None or d.day == self.day) and (self.weekday is None or d.weekday() == self.weekday))


@dataclass
class AnchorGuess:
    date: date | None  # the anchor when the clues fix a single day
    clues: list[AnchorClue] = field(default_factory=list)
    reason: str = ""
    year: int | None = None
    month: int | None = None
    weekday: int | None = None
    candidates: list[date] = field(default_factory=list)  # days fitting the combined clues (within one month)

    @property
    def combined(self) -> AnchorClue:
        return AnchorClue(self.year, self.month, self.date.day if self.date else None, self.weekday)


def anchors_satisfying(clues: list[AnchorClue], start: date, end: date) -> list[date]:
    """Every day from start to end (inclusive) that fits all the clues."""
    out, d = [], start
    while d <= end:
        if all(c.matches(d) for c in clues):
            out.append(d)
        d += timedelta(days=1)
    return out


def _never() -> None:
    return None


def _quote(atom: Atom, doc: Doc) -> str:
    return doc.text[slice(*doc.norm.span(atom.nstart, atom.nend))]


def _stated_today(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """A full date the text calls today ("عقدت اليوم الجمعة 12 نوفمبر 2021")."""
    ntext = doc.norm.text
    for atom in atoms:
        if atom.kind != "date" or not (atom.p.get("y") and atom.p.get("m") and atom.p.get("d")):
            continue
        before = ntext[max(0, atom.nstart - _TODAY_REACH):atom.nstart].split()
        if before and before[-1] in _TODAY_WORDS:
            value, relative = resolve(atom, None, _never)
            if not relative and isinstance(value, str) and len(value) == 10:
                d = date.fromisoformat(value)
                return AnchorClue(d.year, d.month, d.day, d.weekday(), (f'"اليوم {_quote(atom, doc)}"',))
    return None


def _numeric_dateline(doc: Doc) -> AnchorClue | None:
    """An agency dateline with day and month in digits on the first line."""
    ntext = doc.norm.text
    m = _NUMERIC_DATELINE.match(ntext[:ntext.find("\n") if "\n" in ntext else len(ntext)])
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return AnchorClue(month=month, day=day, reasons=(f'dateline "{ntext[m.start(1):m.end(2)]}" (day - month)',))


def _dateline(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """A day written at the start of one of the first lines ("الكويت - 11 نوفمبر (كونا) -", "31 January 2022")."""
    ntext = doc.norm.text
    for atom in atoms:
        line_start = ntext.rfind("\n", 0, atom.nstart) + 1
        if ntext[:line_start].count("\n") >= _DATELINE_LINES or atom.nstart > _DATELINE_REACH:
            break
        if atom.kind not in ("date", "hdate") or atom.nstart - line_start > _DATELINE_INDENT:
            continue
        value, relative = resolve(atom, None, _never)
        if not relative and isinstance(value, str) and len(value) == 10:
            d = date.fromisoformat(value)
            return AnchorClue(d.year, d.month, d.day, d.weekday(), (f'dateline "{_quote(atom, doc)}"',))
        p = atom.p
        if relative and atom.kind == "date" and p.get("d") and p.get("dir") is None and p.get("ydir") is None:
            return AnchorClue(month=p["m"], day=p["d"], weekday=p.get("weekday"),
                              reasons=(f'dateline "{_quote(atom, doc)}" (no year)',))
    return None


def _clues(atoms: list[Atom], doc: Doc) -> list[AnchorClue]:
    out: list[AnchorClue] = []
    for k, atom in enumerate(atoms):
        p = atom.p
        if atom.kind == "days" and p.get("weekday") is not None:
            out.append(AnchorClue(weekday=(p["weekday"] - p["offset"]) % 7,
                                  reasons=(f'"{_quote(atom, doc)}" names the weekday',)))
        elif (atom.kind == "days" and k + 1 < len(atoms) and atoms[k + 1].kind == "weekday"
              and atoms[k + 1].nstart - atom.nend <= _AFTER_DAYWORD):
            out.append(AnchorClue(weekday=(atoms[k + 1].p["weekday"] - p["offset"]) % 7,
                                  reasons=(f'"{_quote(atom, doc)} {_quote(atoms[k + 1], doc)}" names the weekday',)))
        elif atom.kind in ("date", "month_part") and p.get("dir") == 0 and p.get("m"):
            out.append(AnchorClue(month=p["m"], reasons=(f'"{_quote(atom, doc)}" is in the current month',)))
        elif atom.kind == "anniversary" and isinstance(p.get("value"), str):
            shift = 0
            for other in atoms[max(0, k - 3):k + 3]:  # "العام المقبل سيشهد الذكرى ...", "الذكرى ... العام المقبل"
                gap = atom.nstart - other.nend if other.nend <= atom.nstart else other.nstart - atom.nend
                if other.kind == "unit" and other.p["unit"] == "year" and 0 <= gap < _SHIFT_REACH:
                    shift = other.p["offset"]
            year = int(p["value"][:4]) - shift
            out.append(AnchorClue(year=year, reasons=(f'"{_quote(atom, doc)}" is {p["value"][:4]}'
                                                      + (f", {shift:+d} year(s) from the text's year" if shift else ""),)))
    return out


def _latest_written_year(atoms: list[Atom]) -> int | None:
    """The latest year of a written date: a text is seldom older than the dates it reports."""
    years = [a.p["y"] for a in atoms if a.kind == "date" and a.p.get("y") and a.p.get("m")]
    return max(years) if years else None


def _vote(values: list[int | None]) -> int | None:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def infer_anchor(doc: Doc) -> AnchorGuess | None:
    """The text's own date, or the best partial knowledge of it; None when the text says nothing."""
    atoms = atoms_of(doc)
    dateline = _dateline(atoms, doc) or _stated_today(atoms, doc) or _numeric_dateline(doc)
    if dateline and dateline.year:
        d = date(dateline.year, dateline.month, dateline.day)
        return AnchorGuess(d, [dateline], dateline.reasons[0], d.year, d.month, d.weekday(), [d])
    clues = ([dateline] if dateline else []) + _clues(atoms, doc)
    if not clues:
        return None
    year, month = _vote([c.year for c in clues]), dateline.month if dateline else _vote([c.month for c in clues])
    weekday, day = _vote([c.weekday for c in clues]), dateline.day if dateline else None
    reasons = [r for c in clues for r in c.reasons]
    if year is None and month and (day or weekday is not None):
        latest = _latest_written_year(atoms)
        fitting = [y for y in ((latest, latest + 1) if latest else ()) if _fits(y, month, day, weekday)]
        if fitting:
            year = fitting[0]
            reasons.append(f"{year}: the latest year written in the text that fits")
    candidates: list[date] = []
    if year and month:
        last = calendar.monthrange(year, month)[1]
        candidates = anchors_satisfying([AnchorClue(year, month, day, weekday)], date(year, month, 1),
                                        date(year, month, last))
    chosen = candidates[0] if len(candidates) == 1 else None
    reason = "; ".join(reasons) + (f" (weekday {_WEEKDAY_NAMES[weekday]})" if weekday is not None else "")
    return AnchorGuess(chosen, clues, reason, year, month, weekday, candidates)


def _fits(year: int, month: int, day: int | None, weekday: int | None) -> bool:
    if day is None:
        return True
    try:
        d = date(year, month, day)
    except ValueError:
        return False
    return weekday is None or d.weekday() == weekday
