"""A weekday that contradicts the date it is told with ("اليوم الاثنين" on a Tuesday)."""
from __future__ import annotations

from datetime import date
from typing import Any

from ..extract.dates.lexicon import lexicon
from ..text.normalize import fold

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def named_weekday(text: str) -> int | None:
    """The weekday (Monday = 0) a date expression names, if it names exactly one."""
    days = lexicon().weekdays
    found = {days[word] for word in (fold(w) for w in text.split()) if word in days}
    found |= {days[word[2:]] for word in (fold(w) for w in text.split()) if word.startswith("ال") and word[2:] in days}
    return found.pop() if len(found) == 1 else None


def disagreement(text: str, value: Any) -> str | None:
    """"«اليوم الاثنين» names a Monday, but 2020-11-24 is a Tuesday", or None when they agree."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    weekday = named_weekday(text)
    day = date.fromisoformat(value)
    if weekday is None or weekday == day.weekday():
        return None
    return f"«{text}» names a {WEEKDAY_NAMES[weekday]}, but {value} is a {WEEKDAY_NAMES[day.weekday()]}"
