"""Step one of the finder: every pattern match becomes an `Atom`, a span plus
what it says (kind + params), not yet resolved against an anchor."""
from __future__ import annotations

import re
from datetime import date

from .anniversary import scan_anniversaries
from .atom import Atom
from .lexicon import cardinal_value, lexicon, lookup
from .patterns import patterns

# prepositions that make an ambiguous month name ("مارس", "آب") a month
_MONTH_CONTEXT = {"في", "خلال", "منذ", "حتى", "بحلول", "قبل", "بعد", "من", "الي", "بين", "اواخر", "مطلع", "منتصف", "نهايه", "بدايه"}


def _month(text: str) -> int:
    """Month number of "نوفمبر" or "تشرين الثاني/نوفمبر" (the first name decides)."""
    first = patterns().month_split.split(text.strip())[0]
    return lookup(lexicon().gregorian, first)


def _day(m: re.Match, num: str = "day", word: str = "oday") -> int | None:
    if m.group(num):
        return int(m.group(num))
    if m.group(word):
        return lookup(lexicon().ordinals, m.group(word))
    return None


def _direction(text: str | None) -> int | None:
    return None if text is None else lookup(lexicon().directions, text)


def _year_spec(m: re.Match) -> dict:
    """A year reference from patterns._year_ref: {"year": 2023} or {"ydir": -1/0/+1}."""
    if m.group("year") or m.group("year2"):
        return {"y": int(m.group("year") or m.group("year2"))}
    if m.group("dir"):
        return {"ydir": _direction(m.group("dir"))}
    return {"ydir": 0}  # "هذا العام", or bare "العام" after a part


def _previous_word(ntext: str, pos: int) -> str:
    words = ntext[max(0, pos - 20):pos].split()
    return words[-1] if words else ""


def _next_word(ntext: str, pos: int) -> str:
    words = ntext[pos:pos + 25].split()
    return words[0] if words else ""


def _gregorian_tail(m: re.Match, p: dict) -> dict:
    if m.group("year"):
        p["y"] = int(m.group("year"))
    elif m.group("dir"):
        p["dir"] = _direction(m.group("dir"))
    elif m.group("ydir"):
        p["ydir"] = _direction(m.group("ydir"))
    elif m.group("ythis") is not None:
        p["ydir"] = 0
    return p


# [speed] "إبريل 12, 2023" is looked for only in a text with a number, a comma and a year
_DAY_COMMA_YEAR = re.compile(r"\d\s*[،,]\s*[12]\d\d\d")


def scan(ntext: str) -> list[Atom]:
    """Every candidate atom, overlapping; the finder keeps the longest."""
    P, lx = patterns(), lexicon()
    out: list[Atom] = []

    def add(match: re.Match, rule: str, kind: str, **p) -> None:
        out.append(Atom(match.end("cl"), match.end(), rule, kind, p))

    for m in P.finditer("gregorian_day", ntext):
        p = _gregorian_tail(m, {"m": _month(m.group("mon")), "d": _day(m)})
        if m.group("wd"):
            p["weekday"] = lookup(lx.weekdays, m.group("wd"))
        add(m, "gregorian_day", "date", **p)
    for m in (P.finditer("month_first_day", ntext) if _DAY_COMMA_YEAR.search(ntext) else ()):
        add(m, "month_first_day", "date", m=_month(m.group("mon")), d=int(m.group("day")), y=int(m.group("year")))
    for m in P.finditer("gregorian_month", ntext):
        first = patterns().month_split.split(m.group("mon").strip())[0]
        has_context = (m.group("shahr") or m.group("year") or m.group("dir") or m.group("ydir")
                       or m.group("ythis") is not None or "/" in m.group("mon") or "(" in m.group("mon"))
        if (first in lx.gregorian_needs_context and not has_context
                and _previous_word(ntext, m.start()) not in _MONTH_CONTEXT):
            continue
        add(m, "gregorian_month", "date", **_gregorian_tail(m, {"m": _month(m.group("mon"))}))
    for m in P.finditer("english", ntext):
        name = m.group("emon") or m.group("emon2") or m.group("emon3")
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2") or m.group("year3")
        add(m, "english", "date", y=int(year), m=lx.english[name], d=int(day) if day else None)
    for m in P.finditer("numeric", ntext):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
        y, mo, d = int(y), int(mo), int(d)
        if 1900 <= y <= 2100 and _valid(y, mo, d):
            add(m, "numeric", "date", y=y, m=mo, d=d)
    for m in P.finditer("year", ntext):
        if m.group("words"):
            value = cardinal_value(m.group("words"))
            if value and 1000 <= value <= 2199:
                add(m, "year_words", "date", y=value)
            continue
        if m.group("year3"):
            out.append(Atom(m.start("year3"), m.end(), "year", "date", {"y": int(m.group("year3"))}))
            continue
        add(m, "year", "date", y=int(m.group("year") or m.group("year2")))
    for m in P.finditer("years_listed", ntext):
        out.append(Atom(m.end("cl"), m.end("y1"), "years_listed", "date", {"y": int(m.group("y1"))}))
        out.append(Atom(m.start("y2"), m.end("y2"), "years_listed", "date", {"y": int(m.group("y2"))}))
    for m in P.finditer("year_after_year", ntext):
        out.append(Atom(m.start("year"), m.end("year"), "year_after_year", "date", {"y": int(m.group("year"))}))
    for m in P.finditer("year_range", ntext):
        y1, y2 = int(m.group("y1") or m.group("y3")), int(m.group("y2") or m.group("y4"))
        if y1 < y2:
            add(m, "year_range", "range", start={"y": y1}, end={"y": y2})
    for m in P.finditer("hijri_day", ntext):
        day = 1 if m.group("ghurra") else _day(m)
        add(m, "hijri_day", "hdate", hm=lookup(lx.hijri, m.group("hmon")), hd=day, **_hijri_year(m))
    for m in P.finditer("hijri_month", ntext):
        name = " ".join(m.group("hmon").split())
        if name in lx.hijri_needs_context and not (m.group("shahr") or m.group("hyear") or m.group("dir")):
            continue
        if m.group("hyear") and not (m.group("hsuf") or m.group("shahr") or name not in lx.hijri_needs_context):
            continue
        add(m, "hijri_month", "hdate", hm=lookup(lx.hijri, name), **_hijri_year(m))
    for m in P.finditer("hijri_year", ntext):
        add(m, "hijri_year", "hdate", hy=int(m.group("hyear")))
    for m in P.finditer("day_word", ntext):
        word = " ".join(m.group("dw").split())
        weekday = m.group("wd") or m.group("pwd")
        if word.endswith("اليوم") and not weekday:
            if (_next_word(ntext, m.end()) in lx.today_not_before
                    or _previous_word(ntext, m.end("cl")) in lx.today_not_after):
                continue
        p = {"offset": lx.day_words[word]}
        if weekday:
            p["weekday"] = lookup(lx.weekdays, weekday)
        add(m, "day_word", "days", **p)
    for m in P.finditer("weekday", ntext):
        name = m.group("wd") or m.group("wd1")
        if _next_word(ntext, m.end()) in lx.weekday_not_before:
            continue
        add(m, "weekday", "weekday", weekday=lookup(lx.weekdays, name), dir=_direction(m.group("dir")))
    for m in P.finditer("unit", ntext):
        if not (m.group("this") or m.group("dir") or m.group("bl")):
            continue
        unit_word = m.group("unit")
        unit = lx.units.get(unit_word) or lx.units["ا" + unit_word[1:]]  # "للعام" is ل + العام
        if unit == "year" and m.group("dir") and _previous_word(ntext, m.end("cl")) in lx.general_heads:
            continue
        offset = -2 if m.group("bl") else (0 if m.group("this") else _direction(m.group("dir")))
        if unit_word in lx.units:
            add(m, "relative_unit", "unit", unit=unit, offset=offset)
        else:  # the span leaves out the preposition, as it leaves out other proclitics
            out.append(Atom(m.start("unit") + 1, m.end(), "relative_unit", "unit", {"unit": unit, "offset": offset}))
    for m in P.finditer("ago", ntext):
        unit, dual = lx.duration_units[" ".join(m.group("unit").split())]
        n = dual or (cardinal_value(m.group("n")) if m.group("n") else 1)
        if n:
            add(m, "ago", "ago", unit=unit, n=n)
    for m in P.finditer("day_of_month_unit", ntext):
        add(m, "day_of_relative_month", "dom_unit", d=_day(m),
            offset=0 if m.group("this") is not None else _direction(m.group("dir")))
    for m in P.finditer("month_part", ntext):
        part = lookup(lx.month_parts, m.group("part"))
        if m.group("mon"):
            add(m, "month_part", "month_part", part=part, **_gregorian_tail(m, {"m": _month(m.group("mon"))}))
        else:
            offset = 0 if m.group("rthis") is not None else _direction(m.group("rdir"))
            add(m, "month_part", "month_part", part=part, moffset=offset)
    for m in P.finditer("year_part", ntext):
        add(m, "year_part", "year_part", part=lookup(lx.year_parts, m.group("part")), **_year_spec(m))
    for m in P.finditer("quarter", ntext):
        half = m.group("qh") in lx.half_words
        index = lookup(lx.part_ordinals, m.group("ord"))
        if half and index not in (1, 2, "last"):
            continue
        add(m, "half" if half else "quarter", "year_part", part=("half" if half else "quarter", index), **_year_spec(m))
    for m in P.finditer("named_day", ntext):
        y, mo, d = map(int, lookup(lx.named_days, m.group("name")).split("-"))
        add(m, "named_day", "date", y=y, m=mo, d=d)
    out.extend(scan_anniversaries(ntext))
    return out


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _hijri_year(m: re.Match) -> dict:
    """The Hijri year written after a month, else its direction (الماضي / المقبل), else nothing."""
    if m.group("hyear"):
        return {"hy": int(m.group("hyear"))}
    if m.group("dir"):
        return {"dir": _direction(m.group("dir"))}
    return {}
