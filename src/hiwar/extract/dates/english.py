"""English dates: the temporal expressions of a Latin-script text and their values (DATES.md).

The Arabic scanner reads Arabic words; English writes dates with other words and orders
("February 23, 2023", "Nov. 9-24", "the 5th of January", "earlier this month"), so it has
its own patterns here, over the same normalized text (lower case, one dash) and with the same
values and conventions. Lexicon: data/en/dates.yaml.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from ...datafiles import read_yaml
from ...text.doc import Doc
from ..types import DateValue, Mention
from .lines import fills_its_line
from .values import (add_months, bounds, canonical, counted_year, day_interval, format_day, format_month, format_year, interval,
                     last_day, shift_value)

_DATA = Path(__file__).resolve().parents[2] / "data" / "en" / "dates.yaml"


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    days: dict[str, int]
    shifts: dict[str, int]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    year_cues: tuple[str, ...]
    weekend: tuple[int, int]
    publication_labels: tuple[str, ...]
    future: re.Pattern
    past: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = read_yaml(_DATA)

    def flat(table: dict) -> dict[str, int]:
        return {w: int(k) for k, words in table.items() for w in words}

    return _Words(flat(data["months"]), flat(data["weekdays"]), data["days"], data["shifts"],
                  {k: tuple(v) for k, v in data["month_parts"].items()},
                  {k: tuple(v) for k, v in data["year_parts"].items()},
                  data["numbers"], data["ordinals"], tuple(data["year_cues"]), tuple(data["weekend"]),
                  tuple(data["publication_labels"]),
                  re.compile(rf"\b(?:{_alt(data['future_cues'])})\b"), re.compile(rf"\b(?:{_alt(data['past_cues'])})\b"))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# One handler per pattern: (match, anchor) → value, or None when the anchor is needed and missing.
Handler = Callable[[re.Match, date | None], DateValue | None]


@dataclass(frozen=True)
class _Pattern:
    rule: str
    regex: re.Pattern
    handler: Handler
    relative: bool  # the value depends on the anchor


@lru_cache(maxsize=1)
def _patterns() -> list[_Pattern]:
    w = _words()
    full_months = [m for m in w.months if len(m) > 3 or m == "may"]
    month = rf"(?:{_alt(w.months)})\.?"
    full_month = rf"(?:{_alt(full_months)})"
    weekday = rf"(?:{_alt([d for d in w.weekdays if len(d) > 4])})"
    any_weekday = rf"(?:{_alt(w.weekdays)})\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    ordinal = rf"(?:{_alt(w.ordinals)})"
    year = r"(?:1[6-9]\d\d|20\d\d)"
    to = r"\s*(?:-|to|and|through|until|till)\s*"
    part = rf"(?:{_alt(w.month_parts)})"
    ypart = rf"(?:{_alt(w.year_parts)})"
    shift = rf"(?:{_alt(w.shifts)})"
    number = rf"(?:\d+|{_alt(w.numbers)})"
    cue = rf"(?:{_alt(w.year_cues)})"
    wd_prefix = rf"(?:{any_weekday},?\s+(?:the\s+)?)?"
    P = _Pattern
    return [
        P("en:numeric_ymd", re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"), _numeric, False),
        P("en:numeric_dmy", re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})\b"), _numeric, False),
        P("en:range_two_months", re.compile(
            rf"\b(?:from\s+|between\s+)?(?P<m1>{month})\s+(?P<d1>{day}){to}(?P<m2>{month})\s+(?P<d2>{day})"
            rf"(?:,?\s+(?P<y>{year}))?\b"), _range_months, True),
        P("en:range_two_months_dm", re.compile(
            rf"\b(?:from\s+|between\s+)?(?:the\s+)?(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month}){to}(?:the\s+)?(?P<d2>{day})"
            rf"\s+(?:of\s+)?(?P<m2>{month})(?:,?\s+(?P<y>{year}))?\b"), _range_months, True),
        P("en:range_whole_months", re.compile(  # "between June and July 2023", "from March to May" (DATES.md 10)
            rf"\b(?:from|between)\s+(?P<m1>{full_month})\s+(?:-|to|and|through|until|till)\s+(?P<m2>{full_month})\b"
            rf"(?:,?\s+(?P<y>{year})\b)?"), _range_whole_months, True),
        P("en:range_month_days", re.compile(
            rf"\b(?:from\s+|between\s+)?(?P<m1>{month})\s+(?P<d1>{day}){to}(?P<d2>{day})\b(?:,?\s+(?P<y>{year}))?"),
          _range_days, True),
        P("en:range_days_month", re.compile(
            rf"\b(?:from\s+|between\s+)?(?:the\s+)?(?P<d1>{day}){to}(?:the\s+)?(?P<d2>{day})\s+(?:of\s+)?(?P<m1>{month})"
            rf"(?:,?\s+(?P<y>{year}))?\b"), _range_days, True),
        P("en:month_day", re.compile(rf"\b{wd_prefix}(?P<m1>{month})\s+(?P<d1>{day})\b(?:,?\s+(?P<y>{year})\b)?"),
          _day, True),
        P("en:day_month", re.compile(
            rf"\b{wd_prefix}(?:the\s+)?(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month})(?:,?\s+(?P<y>{year})\b)?"),
          _day, True),
        P("en:ordinal_day_month", re.compile(
            rf"\bthe\s+(?P<o>{ordinal})\s+of\s+(?P<m1>{full_month})(?:,?\s+(?P<y>{year})\b)?"), _day, True),
        P("en:month_part", re.compile(
            rf"\b(?:in\s+)?(?:the\s+)?(?P<p>{part})(?:\s+of|-)?\s*(?P<m1>{full_month})(?:,?\s+(?P<y>{year}))?\b"),
          _month_part, True),
        P("en:month_year", re.compile(rf"\b(?P<m1>{full_month}),?\s+(?:of\s+)?(?P<y>{year})\b"), _month, False),
        P("en:shifted_month", re.compile(rf"\b(?P<s>{shift})\s+(?P<m1>{full_month})\b"), _shifted_month, True),
        P("en:cued_month", re.compile(rf"\b{cue}\s+(?P<m1>{full_month})\b(?!,?\s+(?:of\s+)?\d)"), _month, True),
        P("en:year_part", re.compile(
            rf"\b(?:in\s+)?(?:the\s+)?(?P<p>{ypart})(?:\s+of|-)?\s*(?:(?P<y>{year})\b|(?P<s>{shift})\s+year\b)"),
          _year_part, True),
        P("en:relative_part", re.compile(
            rf"\b(?:(?:earlier|later)\s+)?(?:in\s+)?(?:the\s+)?(?P<p>{part})(?:\s+of)?\s+(?P<s>{shift})\s+month\b"),
          _month_part_shifted, True),
        P("en:year_range", re.compile(rf"\b(?:between|from)\s+(?P<y1>{year}){to}(?P<y2>{year})\b|"
                                      rf"\b(?P<y3>{year})\s*-\s*(?P<y4>(?:{year}|\d\d))\b"), _year_range, False),
        P("en:year_after_year", re.compile(rf"(?:(?<=\d\d\d\d and )|(?<=\d\d\d\d or ))(?P<y>{year})\b(?!\s*-\s*\d)"),
          _year, False),  # "in 2016 and 2017": the second year, joined to the one just written
        P("en:cued_year", re.compile(rf"\b{cue}\s+(?:the\s+year\s+)?(?P<y>{year})\b(?!\s*-\s*\d)"), _year, False),
        P("en:ago", re.compile(rf"\b(?P<n>{number})\s+(?P<u>year|month|day)s?\s+ago\b"), _ago, True),
        P("en:shifted_unit", re.compile(
            rf"\b(?:(?:earlier|later)\s+)?(?P<s>{shift})\s+(?P<u>week|month|year)\b(?!'s\s+(?:meeting|session|summit))"),
          _shifted_unit, True),
        P("en:weekend", re.compile(rf"\b(?:(?P<s>{shift})\s+|(?:over|during|at|on)\s+the\s+)weekend\b(?!'s\s)"),
          _weekend, True),
        P("en:relative_day", re.compile(rf"\b(?P<r>{_alt(w.days)})\b"), _relative_day, True),
        P("en:weekday", re.compile(rf"\b(?:(?P<s>last|next|this|this\s+coming|on|earlier\s+on)\s+)?(?P<wd>{weekday})"
                                   r"(?:\s+(?:morning|afternoon|evening|night))?\b"), _weekday, True),
    ]


def _number(text: str) -> int:
    text = text.strip()
    return int(text) if text.isdigit() else _words().numbers[text]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_of(text: str) -> int:
    return _words().months[text.rstrip(".")]


def _nearest_year(month: int, day: int | None, anchor: date) -> int:
    """The year that puts a yearless month (or day) nearest the anchor (DATES.md 3)."""
    def distance(y: int) -> int:
        d = min(day or 15, last_day(y, month))
        return abs((date(y, month, d) - anchor).days)
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=distance)


def _year_for(m: re.Match, month: int, day: int | None, anchor: date | None) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    return _nearest_year(month, day, anchor) if anchor else None


def _safe_day(y: int, month: int, d: int) -> str | None:
    return format_day(date(y, month, d)) if 1 <= d <= last_day(y, month) else None


def _numeric(m: re.Match, anchor: date | None) -> DateValue | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    return _safe_day(y, mo, d) if 1 <= mo <= 12 else None


def _day(m: re.Match, anchor: date | None) -> DateValue | None:
    month = _month_of(m.group("m1"))
    d = _words().ordinals[m.group("o")] if "o" in m.re.groupindex else _day_number(m.group("d1"))
    y = _year_for(m, month, d, anchor)
    return None if y is None else _safe_day(y, month, d)


def _range_days(m: re.Match, anchor: date | None) -> DateValue | None:
    month = _month_of(m.group("m1"))
    d1, d2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
    y = _year_for(m, month, d1, anchor)
    if y is None or d1 >= d2:
        return None
    first, last = _safe_day(y, month, d1), _safe_day(y, month, d2)
    return interval(first, last) if first and last else None


def _range_months(m: re.Match, anchor: date | None) -> DateValue | None:
    m1, m2 = _month_of(m.group("m1")), _month_of(m.group("m2"))
    d1, d2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
    y2 = _year_for(m, m2, d2, anchor)
    if y2 is None:
        return None
    y1 = y2 if m1 <= m2 else y2 - 1
    first, last = _safe_day(y1, m1, d1), _safe_day(y2, m2, d2)
    return interval(first, last) if first and last and first < last else None


def _range_whole_months(m: re.Match, anchor: date | None) -> DateValue | None:
    m1, m2 = _month_of(m.group("m1")), _month_of(m.group("m2"))
    y2 = _year_for(m, m2, None, anchor)
    if y2 is None or m1 == m2:
        return None
    return interval(format_month(y2 if m1 < m2 else y2 - 1, m1), format_month(y2, m2))


def _month(m: re.Match, anchor: date | None) -> DateValue | None:
    month = _month_of(m.group("m1"))
    y = _year_for(m, month, None, anchor) if "y" in m.re.groupindex else (
        _nearest_year(month, None, anchor) if anchor else None)
    return None if y is None else format_month(y, month)


def _shifted_month(m: re.Match, anchor: date | None) -> DateValue | None:
    """"last May": the latest May before the anchor's month; "next May": the first after; "this May": nearest."""
    if anchor is None:
        return None
    month, step = _month_of(m.group("m1")), _words().shifts[m.group("s")]
    if step < 0:
        y = anchor.year if month < anchor.month else anchor.year - 1
    elif step > 0:
        y = anchor.year if month > anchor.month else anchor.year + 1
    else:
        y = _nearest_year(month, None, anchor)
    return format_month(y, month)


def _part_of(y: int, month: int, part: str) -> DateValue:
    first, last = _words().month_parts[part]
    return day_interval(date(y, month, first), date(y, month, min(last, last_day(y, month))))


def _month_part(m: re.Match, anchor: date | None) -> DateValue | None:
    month = _month_of(m.group("m1"))
    y = _year_for(m, month, None, anchor)
    return None if y is None else _part_of(y, month, m.group("p"))


def _month_part_shifted(m: re.Match, anchor: date | None) -> DateValue | None:
    if anchor is None:
        return None
    y, month = add_months(anchor.year, anchor.month, _words().shifts[m.group("s")])
    return _part_of(y, month, m.group("p"))


def _year_part(m: re.Match, anchor: date | None) -> DateValue | None:
    if m.group("y"):
        y = int(m.group("y"))
    elif anchor is None:
        return None
    else:
        y = anchor.year + _words().shifts[m.group("s")]
    first, last = _words().year_parts[m.group("p")]
    return interval(format_month(y, first), format_month(y, last))


def _year(m: re.Match, anchor: date | None) -> DateValue | None:
    return format_year(int(m.group("y")))


def _year_range(m: re.Match, anchor: date | None) -> DateValue | None:
    first = int(m.group("y1") or m.group("y3"))
    second = m.group("y2") or m.group("y4")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return interval(format_year(first), format_year(last)) if first < last else None


def _ago(m: re.Match, anchor: date | None) -> DateValue | None:
    if anchor is None:
        return None
    n, unit = _number(m.group("n")), m.group("u")
    if unit == "year":
        return counted_year(anchor.year - n)
    if unit == "month":
        return format_month(*add_months(anchor.year, anchor.month, -n))
    return format_day(anchor - timedelta(days=n))


def _shifted_unit(m: re.Match, anchor: date | None) -> DateValue | None:
    if anchor is None:
        return None
    step, unit = _words().shifts[m.group("s")], m.group("u")
    if unit == "year":
        return counted_year(anchor.year + step)
    if unit == "month":
        return format_month(*add_months(anchor.year, anchor.month, step))
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    return day_interval(monday, monday + timedelta(days=6))


def _weekend(m: re.Match, anchor: date | None) -> DateValue | None:
    """"last weekend" / "this past weekend": the latest weekend ended before the anchor; "next weekend":
    the first begun after it; "this weekend": the one of the anchor's week; "over the weekend": the
    nearest, the one just past early in the week (the verb's tense moves it: `_weekend_by_tense`)."""
    if anchor is None:
        return None
    first, last = _words().weekend
    this = anchor - timedelta(days=anchor.weekday() - first)  # the weekend of the anchor's (ISO) week
    step = _words().shifts[" ".join(m.group("s").split())] if m.group("s") else None
    if step is None:
        start = this if anchor.weekday() >= _NEAR_COMING_WEEKEND else this - timedelta(weeks=1)
    elif step < 0:
        start = this - timedelta(weeks=1)
    elif step > 0:
        start = this if anchor < this else this + timedelta(weeks=1)
    else:
        start = this
    return day_interval(start, start + timedelta(days=last - first))


def _weekend_by_tense(value: DateValue, anchor: date, before: str) -> DateValue:
    """"will meet over the weekend" said on a Monday is the coming one; "met over the weekend" said on a
    Friday the one before."""
    clause = re.split(r"[.;!?]", before)[-1]
    first, last = bounds(value)
    if _words().future.search(clause) and last < anchor:
        return day_interval(first + timedelta(weeks=1), last + timedelta(weeks=1))
    if _words().past.search(clause) and first > anchor:
        return day_interval(first - timedelta(weeks=1), last - timedelta(weeks=1))
    return value


def _weekday_by_tense(value: DateValue, anchor: date, before: str, after: str, earlier: bool) -> DateValue:
    """A bare weekday agrees with its sentence's tense (DATES.md 4): "met on Thursday" said on a Monday is
    the Thursday before, "will meet on Sunday" said on a Friday the one after; the verb may come on
    either side ("On Thursday, the ministers met"), but not in the words reported after "that" ("said after meeting
    X on Monday that ties would grow": the saying's tense)."""
    sentence = re.split(r"[.;!?]", before)[-1] + " " + re.split(r"[.;!?]|\bthat\b", after)[0]
    day = date.fromisoformat(value)
    future, past = _words().future.search(sentence), _words().past.search(sentence)
    if day > anchor and (earlier or past and not future):
        return format_day(day - timedelta(weeks=1))
    if day < anchor and future and not (earlier or past):  # "said on Saturday that talks will resume": the nearest
        return format_day(day + timedelta(weeks=1))
    return value


def _relative_day(m: re.Match, anchor: date | None) -> DateValue | None:
    return None if anchor is None else format_day(anchor + timedelta(days=_words().days[m.group("r")]))


def _weekday(m: re.Match, anchor: date | None) -> DateValue | None:
    """"last Tuesday" strictly before the anchor, "next Tuesday" strictly after, a bare one the
    nearest such day within three days either side (DATES.md 4)."""
    if anchor is None:
        return None
    target = _words().weekdays[m.group("wd")]
    ahead = (target - anchor.weekday()) % 7
    shift = (m.group("s") or "").split()[:1]
    if shift == ["last"]:
        return format_day(anchor - timedelta(days=(7 - ahead) % 7 or 7))
    if shift == ["next"] or m.group("s") and "coming" in m.group("s"):
        return format_day(anchor + timedelta(days=ahead or 7))
    return format_day(anchor + timedelta(days=ahead if ahead <= 3 else ahead - 7))


_NEAR_COMING_WEEKEND = 3  # from Thursday (Monday = 0), "the weekend" is the coming one, before it the one past
_TENSE_REACH = 90  # days: nearer than this, the nearest reading of a yearless date stands


def _by_tense(value: DateValue, anchor: date, before: str) -> DateValue:
    """A yearless date read the nearest way lies on the side of the anchor its verb tells, when it is
    months away: "will meet on Nov. 9" with anchor March is the coming November; days away, the
    nearest reading stands ("met on the 5th of January" with anchor 29 December)."""
    clause = re.split(r"[.;!?]", before)[-1]
    first, last = bounds(value)
    if _words().future.search(clause) and (anchor - last).days > _TENSE_REACH:
        return shift_value(value, 1) or value
    if _words().past.search(clause) and (first - anchor).days > _TENSE_REACH:
        return shift_value(value, -1) or value
    return value


def _capitalized(doc: Doc, nstart: int, nend: int, m: re.Match) -> bool:
    """Month and weekday names are capitalized in English: "may", "march", "sun" are not dates."""
    for name in ("m1", "m2", "wd"):
        if name in m.re.groupindex and m.group(name):
            start, _ = doc.norm.span(nstart + m.start(name) - m.start(), nstart + m.end(name) - m.start())
            if not doc.text[start].isupper():
                return False
    return True


def find_english_dates(text: str | Doc, anchor: date | None = None) -> list[Mention]:
    """Every English date expression of `text`, in document order, the longest where readings
    overlap; attrs as find_dates: "value" and "relative"."""
    doc = text if isinstance(text, Doc) else Doc(text)
    ntext = doc.norm.text
    found: list[tuple[int, int, _Pattern, re.Match]] = []
    for pattern in _patterns():
        for m in pattern.regex.finditer(ntext):
            if m.end() > m.start() and _capitalized(doc, m.start(), m.end(), m):
                found.append((m.start(), m.end(), pattern, m))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))  # the longest reading of a stretch wins
    kept: list[tuple[int, int, _Pattern, re.Match, DateValue | None]] = []
    for nstart, nend, pattern, m in found:
        if any(nstart < e and s < nend for s, e, *_ in kept):
            continue
        value = pattern.handler(m, anchor)
        if value is None and not (pattern.relative and anchor is None):
            continue
        kept.append((nstart, nend, pattern, m, value))
    out: list[Mention] = []
    for nstart, nend, pattern, m, value in sorted(kept, key=lambda k: k[0]):
        if anchor is not None and value is not None and "m1" in m.re.groupindex and not m.groupdict().get("y"):
            value = _by_tense(value, anchor, ntext[max(0, nstart - 60):nstart])
        elif anchor is not None and value is not None and pattern.rule == "en:weekend" and not m.group("s"):
            value = _weekend_by_tense(value, anchor, ntext[max(0, nstart - 60):nstart])
        elif anchor is not None and value is not None and pattern.rule == "en:weekday" \
                and (m.group("s") or "on") in ("on", "earlier on"):
            value = _weekday_by_tense(value, anchor, ntext[max(0, nstart - 60):nstart], ntext[nend:nend + 60],
                                      m.group("s") == "earlier on")
        start, end = doc.norm.span(nstart, nend)
        out.append(Mention("date", start, end, doc.text[start:end], canonical(value), pattern.rule,
                           {"value": value, "relative": pattern.relative and not m.groupdict().get("y")}))
    return out


_DATELINE_LINES = 4  # a page's own date stands in its first lines (header, dateline)
_DATELINE_REACH = 400  # ... or on a line of its own this near the top, below a heading's furniture


def english_dateline(doc: Doc) -> tuple[date, Mention] | None:
    """The day an English page is dated by: a full date opening one of its first lines ("July 20, 2023",
    "14/12/2024", "date 2022-11-09 ..."), or alone on a line near the top (below "Media Note / Office of
    the Spokesman / Washington, DC"), with the words that say it."""
    limit, lines = 0, 0
    while lines < _DATELINE_LINES:
        limit = doc.text.find("\n", limit + 1)
        if limit < 0:
            limit = len(doc.text)
            break
        lines += bool(doc.text[doc.text.rfind("\n", 0, limit) + 1:limit].strip())  # blank lines do not count
    top = doc.text[:max(limit, _DATELINE_REACH)]
    days = [m for m in find_english_dates(top) if isinstance(m.attrs["value"], str) and len(m.attrs["value"]) == 10]
    for m in days:  # "Published: March 3, 2021" outranks a header's date above it (the day the page was read)
        before = " " + top[top.rfind("\n", 0, m.start) + 1:m.start].rstrip(" :-|").lower()
        if any(before.endswith(" " + label) for label in _words().publication_labels):
            return date.fromisoformat(m.attrs["value"]), m
    for m in days:
        line_start = top.rfind("\n", 0, m.start) + 1
        if m.start < limit and m.start - line_start <= 30 or fills_its_line(top, m.start, m.end):
            return date.fromisoformat(m.attrs["value"]), m
    return None
