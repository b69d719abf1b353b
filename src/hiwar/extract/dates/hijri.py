"""Hijri (Umm al-Qura) to Gregorian, through hijridate."""
from __future__ import annotations

from datetime import date

from hijridate import Gregorian, Hijri


def _plain(day: Hijri) -> date:
    g = day.to_gregorian()  # a datetime.date subclass; keep plain dates downstream
    return date(g.year, g.month, g.day)


def to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return _plain(Hijri(year, month, day))
    except (ValueError, OverflowError):
        return None


def month_span(year: int, month: int) -> tuple[date, date] | None:
    try:
        first = Hijri(year, month, 1)
        return _plain(first), _plain(Hijri(year, month, first.month_length()))
    except (ValueError, OverflowError):
        return None


def year_span(year: int) -> tuple[date, date] | None:
    first, last = month_span(year, 1), month_span(year, 12)
    return (first[0], last[1]) if first and last else None


def hijri_year_of(d: date) -> int | None:
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
