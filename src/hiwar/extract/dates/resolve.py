"""Step three of the finder: an Atom's value, given the anchor (publication date) and the clause's tense.

`resolve` returns (value, relative): `relative` is True when the value depends
on the anchor; without an anchor such atoms get the value None.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from . import hijri
from .atom import Atom
from .values import (add_months, bounds, counted_year, day_interval, format_day, format_month, format_year, interval,
                     last_day, precision, safe_day)
from ..types import DateValue

Tense = Callable[[], "str | None"]
_TENSE_REACH = 270  # days: how far the verb tense may move a yearless date from the nearest year
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 3), "late": (10, 12)}


class NeedsAnchor(Exception):
    """Raised while resolving a relative atom without an anchor."""


def resolve(atom: Atom, anchor: date | None, tense: Tense) -> tuple[DateValue | None, bool]:
    fn = _RESOLVERS[atom.kind]
    try:
        return fn(atom.p, None, tense), False
    except NeedsAnchor:
        if anchor is None:
            return None, True
    try:
        return fn(atom.p, anchor, tense), True
    except NeedsAnchor:
        return None, True


def _need(anchor: date | None) -> date:
    if anchor is None:
        raise NeedsAnchor
    return anchor


def _signed_distance(lo: date, hi: date, anchor: date) -> int:
    if lo > anchor:
        return (lo - anchor).days
    if hi < anchor:
        return -(anchor - hi).days
    return 0


def _pick(candidates: list[tuple[date, date, object]], anchor: date, tense: Tense) -> object | None:
    """The candidate nearest the anchor, moved to the tense's side when that is not too far."""
    if not candidates:
        return None
    scored = sorted(((abs(_signed_distance(lo, hi, anchor)), _signed_distance(lo, hi, anchor), item)
                     for lo, hi, item in candidates), key=lambda t: t[0])
    best = scored[0]
    if best[1] != 0:
        wanted = tense()
        side = [s for s in scored if (s[1] <= 0 if wanted == "past" else s[1] >= 0)] if wanted else []
        if side and (best[1] > 0) == (wanted == "past") and side[0][0] <= _TENSE_REACH:
            best = side[0]
    return best[2]


def _month_year(p: dict, anchor: date | None, tense: Tense) -> int:
    """The year of a Gregorian month (and day) written with no year."""
    if p.get("y") is not None:
        return p["y"]
    a = _need(anchor)
    if p.get("ydir") is not None:
        return a.year + p["ydir"]
    m, d, direction = p["m"], p.get("d"), p.get("dir")
    if direction == 0:
        return a.year
    if direction is not None and d is not None:
        for y in (range(a.year, a.year - 3, -1) if direction < 0 else range(a.year, a.year + 3)):
            day = safe_day(y, m, d)
            if day and (day < a if direction < 0 else day > a):
                return y
    if direction is not None:
        return (a.year if m < a.month else a.year - 1) if direction < 0 else (a.year if m > a.month else a.year + 1)
    candidates = []
    for y in (a.year - 1, a.year, a.year + 1):
        if d is None:
            lo, hi = date(y, m, 1), date(y, m, last_day(y, m))
        else:
            lo = hi = safe_day(y, m, d)
            if lo is None:
                continue
        candidates.append((lo, hi, y))
    year = _pick(candidates, a, tense)
    if year is None:
        raise NeedsAnchor
    return year


def _date(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    if p.get("m") is None:
        return format_year(p["y"])
    y = _month_year(p, anchor, tense)
    if p.get("d") is None:
        return format_month(y, p["m"])
    day = safe_day(y, p["m"], p["d"])
    return format_day(day) if day else None


def _hdate(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    hm, hd = p.get("hm"), p.get("hd")

    def span(hy: int) -> tuple[date, date] | None:
        if hm is None:
            return hijri.year_span(hy)
        if hd is None:
            return hijri.month_span(hy, hm)
        day = hijri.to_gregorian(hy, hm, hd)
        return (day, day) if day else None

    if p.get("hy") is not None:
        found = span(p["hy"])
    else:
        a = _need(anchor)
        year = hijri.hijri_year_of(a)
        if year is None:
            return None
        spans = [s for s in (span(y) for y in (year - 1, year, year + 1)) if s]
        direction = p.get("dir")
        if direction == 1:
            found = next((s for s in spans if s[0] > a), None)
        elif direction == -1:
            found = next((s for s in reversed(spans) if s[1] < a), None)
        else:
            found = _pick([(lo, hi, (lo, hi)) for lo, hi in spans], a, tense)
    return day_interval(*found) if found else None


def _days(p: dict, anchor: date | None, tense: Tense) -> DateValue:
    return format_day(_need(anchor) + timedelta(days=p["offset"]))


def _weekday(p: dict, anchor: date | None, tense: Tense) -> DateValue:
    a = _need(anchor)
    wd, direction = p["weekday"], p.get("dir")
    ahead, behind = (wd - a.weekday()) % 7, (a.weekday() - wd) % 7
    if direction == 1:
        delta = ahead or 7
    elif direction == -1:
        delta = -(behind or 7)
    elif direction == 0:
        delta = ahead if ahead <= 3 else -behind
    else:
        wanted = tense()
        delta = -behind if wanted == "past" else ahead if wanted == "future" else (ahead if ahead <= 3 else -behind)
    return format_day(a + timedelta(days=delta))


def _unit(p: dict, anchor: date | None, tense: Tense) -> DateValue:
    a, offset = _need(anchor), p["offset"]
    if p["unit"] == "year":
        return counted_year(a.year + offset)
    if p["unit"] == "month":
        return format_month(*add_months(a.year, a.month, offset))
    monday = a - timedelta(days=a.weekday()) + timedelta(weeks=offset)
    return day_interval(monday, monday + timedelta(days=6))


def _ago(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    a, n = _need(anchor), p["n"]
    if p["unit"] == "year":
        return counted_year(a.year - n)
    if p["unit"] == "month":
        return format_month(*add_months(a.year, a.month, -n))
    if p["unit"] == "day":
        return format_day(a - timedelta(days=n))
    return None  # "قبل أسبوعين" names no particular day or week


def _dom_unit(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    a = _need(anchor)
    y, m = add_months(a.year, a.month, p["offset"])
    day = safe_day(y, m, p["d"])
    return format_day(day) if day else None


def _month_part(p: dict, anchor: date | None, tense: Tense) -> DateValue:
    if "moffset" in p:
        a = _need(anchor)
        y, m = add_months(a.year, a.month, p["moffset"])
    else:
        y, m = _month_year(p, anchor, tense), p["m"]
    first, last = _MONTH_PARTS[p["part"]]
    return day_interval(date(y, m, first), date(y, m, min(last, last_day(y, m))))


def _year_part(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    y = p["y"] if p.get("y") is not None else _need(anchor).year + p["ydir"]
    part = p["part"]
    if part == "mid":
        return None  # "منتصف العام" has no agreed span
    if isinstance(part, tuple):
        kind, index = part
        size = 3 if kind == "quarter" else 6
        count = 12 // size
        index = count if index == "last" else index
        first, last = (index - 1) * size + 1, index * size
    else:
        first, last = _YEAR_PARTS[part]
    return interval(format_month(y, first), format_month(y, last))


def _range(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    """An interval between two atoms (or a bare first day), a duration from a start, or two years."""
    if "start" in p and isinstance(p["start"], dict):  # fixed years
        return interval(format_year(p["start"]["y"]), format_year(p["end"]["y"]))
    end_atom: Atom = p["end_atom"]
    end = _RESOLVERS[end_atom.kind](end_atom.p, anchor, tense)
    if end is None:
        return None
    if "start_day" in p:  # "من 9 إلى 24 نوفمبر"
        last = date.fromisoformat(end) if isinstance(end, str) and len(end) == 10 else None
        if last is None or p["start_day"] >= last.day:
            return None
        return day_interval(last.replace(day=p["start_day"]), last)
    if "lead_days" in p:  # "يومي الخميس والجمعة": the first day is counted back from the second
        last = date.fromisoformat(end)
        return day_interval(last - timedelta(days=p["lead_days"]), last)
    start_atom: Atom = p["start_atom"]
    sp = dict(start_atom.p)
    if start_atom.kind == "date" and sp.get("m") and sp.get("y") is None and sp.get("dir") is None and sp.get("ydir") is None:
        end_year, end_month = bounds(end)[1].year, bounds(end)[1].month
        sp["y"] = end_year - 1 if sp["m"] > end_month else end_year  # the first end takes the year of the second
    start = _RESOLVERS[start_atom.kind](sp, anchor, tense)
    if start is None:
        return None
    if isinstance(start, str) and isinstance(end, str) and precision(start) == precision(end):
        return interval(start, end) if bounds(start)[0] <= bounds(end)[0] else None
    first, last = bounds(start)[0], bounds(end)[1]
    return day_interval(first, last) if first <= last else None


def _span(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    """"على مدى ثلاثة أيام بدءا من X": X to X + N - 1."""
    atom: Atom = p["atom"]
    start = _RESOLVERS[atom.kind](atom.p, anchor, tense)
    if start is None:
        return None
    first = bounds(start)[0]
    return day_interval(first, first + timedelta(days=p["days"] - 1))


def _fixed(p: dict, anchor: date | None, tense: Tense) -> DateValue | None:
    return p.get("value")


_RESOLVERS: dict[str, Callable[[dict, date | None, Tense], DateValue | None]] = {
    "date": _date, "hdate": _hdate, "days": _days, "weekday": _weekday, "unit": _unit, "ago": _ago,
    "dom_unit": _dom_unit, "month_part": _month_part, "year_part": _year_part, "range": _range,
    "span": _span, "anniversary": _fixed,
}
