"""Step two of the finder: choose non-overlapping atoms, then join neighbours that
form one expression: a Hijri date with its Gregorian equivalent, the two ends of
a range, a start with a duration ("على مدى ثلاثة أيام بدءا من ...")."""
from __future__ import annotations

from collections.abc import Callable

from .atom import Atom
from .hijri import to_gregorian
from .lexicon import cardinal_value, lexicon
from .patterns import patterns
from .values import safe_day

_LOOK_BEHIND = 60
_DATED = {"date", "hdate"}
_DAYS_PER = {"day": 1, "week": 7}
_HIJRI_TOLERANCE_DAYS = 2  # a Hijri day as observed may differ from Umm al-Qura's


def select(candidates: list[Atom]) -> list[Atom]:
    """Longest first, then leftmost; the survivors in document order."""
    taken: list[Atom] = []
    for atom in sorted(candidates, key=lambda a: (-a.length, a.nstart)):
        if atom.length > 0 and all(atom.nend <= t.nstart or atom.nstart >= t.nend for t in taken):
            taken.append(atom)
    return sorted(taken, key=lambda a: a.nstart)


def _is_day(atom: Atom) -> bool:
    return (atom.kind == "date" and atom.p.get("d") is not None) or (atom.kind == "hdate" and atom.p.get("hd") is not None)


def _same_day(a: Atom, b: Atom, gap: str) -> Atom | None:
    """"الأحد 17 ذي القعدة 1442 هـ الموافق 27 يونيو 2021 م": one expression, the Gregorian value."""
    if not patterns().same_day_join.match(gap):
        return None
    pair = {a.kind, b.kind}
    if pair == {"date", "hdate"} and _is_day(a) and _is_day(b) or (a.kind == "weekday" and _is_day(b)):
        gregorian = a if a.kind == "date" else b
        hijri = b if gregorian is a else a
        p = gregorian.p
        if hijri.kind == "hdate" and not p.get("y") and (year := _year_of_hijri_twin(hijri.p, p)):
            p = {**p, "y": year}
        return Atom(a.nstart, b.nend, gregorian.rule, gregorian.kind, p)
    return None


def _day_word_with_date(a: Atom, b: Atom, gap: str) -> Atom | None:
    """"يوم أمس الثلاثاء الموافق 8 نوفمبر 2022", "اليوم الجمعة (27 يناير 2017)": a day word and the full date
    of that day are one expression, the date's value; the day word's offset stays with it (the text's own
    day is the date less the offset)."""
    if a.kind != "days" or b.kind != "date" or not (b.p.get("d") and b.p.get("y")) \
            or not patterns().same_day_join.match(gap):
        return None
    p = {**b.p, "offset": a.p["offset"]}
    if a.p.get("weekday") is not None:
        p["weekday"] = a.p["weekday"]
    return Atom(a.nstart, b.nend, "day_word_with_date", "date", p)


def _year_of_hijri_twin(hijri: dict, gregorian: dict) -> int | None:
    """"17 ذي القعدة 1442 هـ الموافق 27 يونيو": the Hijri day's year gives the Gregorian day its own,
    when that day falls within a day or two of it (a day observed may differ from Umm al-Qura)."""
    if not hijri.get("hy"):
        return None
    day = to_gregorian(hijri["hy"], hijri["hm"], hijri["hd"])
    if day is None:
        return None
    for year in (day.year - 1, day.year, day.year + 1):  # "1 محرم" may fall in the year before its twin's
        twin = safe_day(year, gregorian["m"], gregorian["d"])
        if twin is not None and abs((twin - day).days) <= _HIJRI_TOLERANCE_DAYS:
            return year
    return None


def _range(a: Atom, b: Atom, gap: str, ntext: str) -> Atom | None:
    P = patterns()
    if a.kind not in _DATED or b.kind not in _DATED or not P.range_join.match(gap):
        return None
    opener = P.range_open.search(ntext, max(0, a.nstart - 30), a.nstart)
    if opener is None or opener.end() != a.nstart:
        if gap.strip() != "-" or not (_is_day(a) and _is_day(b)):
            return None
    elif gap.strip() == "و" and "بين" not in opener.group():
        return None
    return Atom(a.nstart, b.nend, "range", "range", {"start_atom": a, "end_atom": b})


def _bare_day_range(b: Atom, ntext: str, floor: int) -> Atom | None:
    """"من 9 إلى 24 نوفمبر", "بين 26 و28 يناير", "يومي 26 و27 يناير", "في 9 و10 ديسمبر", "18-19 نوفمبر"."""
    if b.kind != "date" or b.p.get("d") is None:
        return None
    m = patterns().bare_day_range.search(ntext, max(floor, b.nstart - _LOOK_BEHIND), b.nstart)
    if m is None:
        return None
    dashed = m.group("join") == "-"
    if not (m.group("open") or m.group("listed")) and not (dashed and int(m.group("d1")) < b.p["d"]):
        return None  # "17 و18 نوفمبر" with nothing before it may list two days of a sentence
    if m.group("listed") and not dashed and (m.group("join") != "و" or int(m.group("d1")) + 1 != b.p["d"]):
        return None  # "في 9 و12 ديسمبر" lists two days; "في 9 و10 ديسمبر" is a two-day span
    return Atom(m.start(), b.nend, "range", "range", {"end_atom": b, "start_day": int(m.group("d1"))})


def _two_days(a: Atom, b: Atom, gap: str, ntext: str, day: Atom | None) -> Atom | None:
    """"يومي الثلاثاء 7 والأربعاء 8 مارس", "يومي الخميس والجمعة", "يومي الأحد والاثنين المقبلين": two named days
    are the span they bound. The span is counted from one end by the weekdays, so its two ends cannot fall in
    different weeks; a date written after the second day ("13 من الشهر الجاري") is that day."""
    P = patterns()
    if a.kind != "weekday" or a.p.get("dir") is not None \
            or P.two_days_open.search(ntext, max(0, a.nstart - 12), a.nstart) is None:
        return None
    join = P.two_days_join.match(gap)
    if join is None:
        return None
    if b.kind == "date" and b.p.get("d") is not None and join.group("d1"):  # the weekday went into the date
        return Atom(a.nstart, b.nend, "range", "range", {"end_atom": b, "start_day": int(join.group("d1"))})
    lead = (b.p["weekday"] - a.p["weekday"]) % 7 if b.kind == "weekday" else 0
    if not lead:
        return None
    if day is not None:
        return Atom(a.nstart, day.nend, "range", "range", {"end_atom": day, "lead_days": lead})
    if b.p.get("dir") is not None:  # "المقبلين" tells which week the first day is in
        return Atom(a.nstart, b.nend, "duration", "span", {"atom": Atom(a.nstart, a.nend, a.rule, a.kind,
                                                                        {**a.p, "dir": b.p["dir"]}), "days": lead + 1})
    return Atom(a.nstart, b.nend, "range", "range", {"end_atom": b, "lead_days": lead})


def _joined_in_order(atoms: list[Atom], join: Callable[[int], tuple[Atom, int] | None]) -> list[Atom]:
    """The atoms left to right, where `join(i)` makes one atom of atoms[i] and the next ones (and says how
    many it took) that atom instead of them."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        joined = join(i) if i + 1 < len(atoms) else None
        if joined is None:
            out.append(atoms[i])
            i += 1
        else:
            out.append(joined[0])
            i += joined[1]
    return out


def _two_named_days(atoms: list[Atom], i: int, ntext: str) -> tuple[Atom, int] | None:
    """"يومي الثلاثاء والأربعاء", with the second day's date or both days' numbers right after."""
    a, b = atoms[i], atoms[i + 1]
    after = atoms[i + 2] if i + 2 < len(atoms) else None
    day = after if after is not None and _is_day_of_month(after) and _the_days_numbered(ntext[b.nend:after.nstart]) \
        else None
    joined = _two_days(a, b, ntext[a.nend:b.nstart], ntext, day)
    if joined is None:
        return None
    return joined, 3 if day is not None and joined.nend == day.nend else 2


def _the_days_numbered(gap: str) -> bool:
    """After "يومي الثلاثاء والأربعاء": the second day's date right away, or both days' numbers ("7 و8 مارس")."""
    joined = patterns().two_days_join.match(gap)
    return not gap.strip() or (joined is not None and joined.group("d1") is not None)


def _is_day_of_month(atom: Atom) -> bool:
    return atom.kind in ("date", "dom_unit") and atom.p.get("d") is not None


def _duration_days(m) -> int | None:
    unit, dual = lexicon().duration_units[" ".join(m.group("unit").split())]
    if unit not in _DAYS_PER:
        return None
    n = dual or (cardinal_value(m.group("n")) if m.group("n") else 1)
    return n * _DAYS_PER[unit] if n else None


def _duration(a: Atom, ntext: str, floor: int, ceiling: int) -> Atom | None:
    """A start day with a length: {start, start + N - 1}."""
    if not _is_day(a):
        return None
    P = patterns()
    before = P.duration_before.search(ntext, max(floor, a.nstart - _LOOK_BEHIND), a.nstart)
    if before:
        days = _duration_days(before)
        if days:
            return Atom(before.start(), a.nend, "duration", "span", {"atom": a, "days": days})
    after = P.duration_after.match(ntext, a.nend, ceiling)
    if after:
        days = _duration_days(after)
        if days:
            return Atom(a.nstart, after.end(), "duration", "span", {"atom": a, "days": days})
    return None


def _adjacent_pair(atoms: list[Atom], i: int, ntext: str) -> tuple[Atom, int] | None:
    """Two atoms in a row that tell one date: one day twice, a day word with its date, a range."""
    a, b = atoms[i], atoms[i + 1]
    gap = ntext[a.nend:b.nstart]
    joined = _same_day(a, b, gap) or _day_word_with_date(a, b, gap) or _range(a, b, gap, ntext)
    return (joined, 2) if joined else None


def combine(atoms: list[Atom], ntext: str) -> list[Atom]:
    paired = _joined_in_order(atoms, lambda i: _adjacent_pair(atoms, i, ntext))
    out = _joined_in_order(paired, lambda i: _two_named_days(paired, i, ntext))
    final: list[Atom] = []
    for k, a in enumerate(out):
        floor = final[-1].nend if final else 0
        ceiling = out[k + 1].nstart if k + 1 < len(out) else len(ntext)
        final.append(_bare_day_range(a, ntext, floor) or _duration(a, ntext, floor, ceiling) or a)
    return final
