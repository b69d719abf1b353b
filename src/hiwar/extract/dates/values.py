"""DateValue helpers: the "YYYY" / "YYYY-MM" / "YYYY-MM-DD" / {"start","end"} values of RECORD.md."""
from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta

from ..types import DateValue

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def format_day(d: date) -> str:
    return d.isoformat()


def format_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def format_year(year: int) -> str:
    return f"{year:04d}"


def counted_year(year: int) -> DateValue | None:
    """A year counted from the anchor ("قبل ألفي عام", "two years ago"), None beyond the calendar's years 1-9999."""
    return format_year(year) if 1 <= year <= 9999 else None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_day(year: int, month: int, day: int) -> date | None:
    """The day, or None when the month has no such day (31 April)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_value(value: DateValue | str) -> DateValue:
    """Check a value (or its canonical JSON string) and return it as a value; ValueError if malformed."""
    if isinstance(value, str) and value.startswith("{"):
        value = json.loads(value)
    if isinstance(value, dict):
        if set(value) != {"start", "end"}:
            raise ValueError(f"interval needs exactly start and end: {value!r}")
        start, end = parse_value(value["start"]), parse_value(value["end"])
        if precision(start) != precision(end) or bounds(start)[0] > bounds(end)[1]:
            raise ValueError(f"bad interval: {value!r}")
        return {"start": start, "end": end}
    if not isinstance(value, str):
        raise ValueError(f"not a date value: {value!r}")
    m = _VALUE.match(value)
    if not m:
        raise ValueError(f"not a date value: {value!r}")
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"bad month: {value!r}")
    if day is not None:
        date(year, month, day)  # raises ValueError on an impossible day
    return value


def precision(value: DateValue) -> str:
    """"year", "month" or "day" (for an interval, that of its ends)."""
    if isinstance(value, dict):
        value = value["start"]
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def years_open(value: DateValue) -> bool:
    """Does the value leave the year open (wider than a year: an official's term, not a date)?"""
    first, last = bounds(value)
    return (last - first).days > 366


def bounds(value: DateValue) -> tuple[date, date]:
    """The first and last day a value covers."""
    if isinstance(value, dict):
        return bounds(value["start"])[0], bounds(value["end"])[1]
    year = int(value[:4])
    if len(value) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(value[5:7])
    if len(value) == 7:
        return date(year, month, 1), date(year, month, last_day(year, month))
    d = date.fromisoformat(value)
    return d, d


def contains(outer: DateValue, inner: DateValue) -> bool:
    """True when every day of `inner` lies within `outer`."""
    o1, o2 = bounds(outer)
    i1, i2 = bounds(inner)
    return o1 <= i1 and i2 <= o2


def interval(start: DateValue, end: DateValue) -> DateValue:
    """{"start","end"}, or the single value when both ends are the same."""
    return start if start == end else {"start": start, "end": end}


def day_interval(first: date, last: date) -> DateValue:
    return interval(format_day(first), format_day(last))


def widest(values: list[DateValue]) -> DateValue | None:
    """The finest single value that covers every given value.

    For sources that disagree: ["2021-06", "2021-07-29"] → "2021"; values in
    different years give an interval of years.
    """
    if not values:
        return None
    first = min(bounds(v)[0] for v in values)
    last = max(bounds(v)[1] for v in values)
    if first == last:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return format_month(first.year, first.month)
    if first.year == last.year:
        return format_year(first.year)
    return {"start": format_year(first.year), "end": format_year(last.year)}


def shift_value(value: DateValue, years: int) -> DateValue | None:
    """The same value `years` later (29 February falls back to the 28th)."""
    if isinstance(value, dict):
        start, end = shift_value(value["start"], years), shift_value(value["end"], years)
        return interval(start, end) if start and end else None
    year = int(value[:4]) + years
    if not 1 <= year <= 9999:
        return None
    if len(value) < 10:
        return f"{year:04d}{value[4:]}"
    month, day = int(value[5:7]), int(value[8:10])
    return format_day(date(year, month, min(day, last_day(year, month))))


def canonical(value: DateValue | None) -> str:
    """The JSON text of a value ("" for none), as stored in Mention.norm."""
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def value_key(value) -> str:
    """A string standing for a value (a date value, or any JSON value): equal for equal values, so
    that values can be counted, grouped and compared once each."""
    return json.dumps(value, sort_keys=True)


def add_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1
