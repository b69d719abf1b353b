"""What a text says about its own date (the anchor), when no metadata gives it.

A dateline near the top ("31 January 2022") settles it. Otherwise weaker clues
are combined: "الذكرى الـ30 لتحرير الكويت" with "العام المقبل" puts the text in
1991 + 30 - 1; "نوفمبر الجاري" gives the month; "اليوم الاثنين" the weekday.
Bounding clues (bounding.py) only narrow the span of possible days: an official named with an
office he held (tenures.tsv), a name that did not exist before some month
(eras.tsv), the latest date the text reports as past, and "منذ ست سنوات" counted
from it. A single day is chosen only when the clues leave one, and bounds that
disagree are not used: a wrong day is worse than a span. `anchors_satisfying`
lists the days that fit a set of clues, so a cross-document resolver can pick
among them.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from ...datafiles import read_yaml
from ...text.doc import Doc, clitic_readings
from ...text.language import detect_language
from ...text.matcher import phrase_tokens
from ...text.normalize import normalize
from ..places import DATA, read_list
from .atom import Atom
from .bounding import closed, english_office_terms, era_clue, office_terms, past_clues, years_after
from .clues import AnchorClue, Span, quoted, tense_of, value_alone
from .english import english_dateline
from .finder import atoms_of
from .lines import fills_its_line

_DATELINE_REACH = 400  # normalized characters at the top where a date may be the text's own
_DATELINE_LINES = 4  # ... within the first lines
_DATELINE_INDENT = 40  # ... and near the start of its line ("الكويت - 11 نوفمبر (كونا) -")
_SHIFT_REACH = 40  # "العام المقبل" this close before an anniversary shifts the text's year
_AHEAD_REACH = 20  # "قرب حلول" this close before an anniversary tells it is still to come
# "العام المقبل 2023", "العام الماضي (2022)": a relative year with the year it names, written right after it.
_YEAR_NAMED = re.compile(r"\s*[(،,-]?\s*(?:اي\s+)?((?:19|20)\d\d)\b")
# "بطولة ... 2022 التي استضافتها أواخر العام الماضي": a year, then a relative clause that says when it was.
_YEAR_THEN_CLAUSE = re.compile(r"\b((?:19|20)\d\d) (?:التي|الذي|اللتين|الذين) (?:\S+ ){0,3}$")
_TODAY_REACH = 8  # "اليوم" this close before a full date makes that date the text's own
_TODAY_WORDS = ("اليوم", "اليوم،")
_AFTER_DAYWORD = 4  # "أمس (الأربعاء)": a weekday this close after a day word names that day
# Agency datelines with a numeric day and month ("الكويت - 10 - 2 (كونا)").
# The place may be run together with a repeated headline above it ("...البلدينواشنطن – 15 – 4 (كونا)").
_NUMERIC_DATELINE = re.compile(r"(?:^|\s|\w)[^\d\s]{2,30} ?-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*[(/]", re.M)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A text seldom comes more than a few years after the latest date it writes: a yearless day with its
# weekday is searched in those years (one in about seven fits).
_YEARS_AFTER_LATEST = 4
_SEARCH_DAYS = 40 * 366  # a span of possible days wider than this is not searched day by day
_ANYTIME = (date.min, date.max)
# A title is written a little before a term begins (the nominee) or after it ends: a header date rules out
# an official's office only farther than this from his term.
_TERM_EDGE = timedelta(days=183)
_NEWS_WEEK = 7  # a text naming its weekday tells news of this month's last days held within the week before


@dataclass
class AnchorGuess:
    date: date | None  # the anchor when the clues fix a single day
    clues: list[AnchorClue] = field(default_factory=list)
    reason: str = ""
    year: int | None = None
    month: int | None = None
    weekday: int | None = None
    candidates: list[date] = field(default_factory=list)  # days fitting the combined clues
    lo: date | None = None  # first and last of the candidates
    hi: date | None = None
    day: int | None = None  # the day of the month, when the clues give it without a year
    header: tuple[int, int] | None = None  # the page's top date the guess was read from ...
    furniture: tuple[int, int] | None = None  # ... or set aside as not the text's day (the day it was read)


def anchors_satisfying(clues: list[AnchorClue], start: date, end: date) -> list[date]:
    """Every day from start to end (inclusive) that fits all the clues."""
    out, d = [], start
    while d <= end:
        if all(c.matches(d) for c in clues):
            out.append(d)
        d += timedelta(days=1)
    return out


def _stated_today(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """A date the text calls today ("عقدت اليوم الجمعة 12 نوفمبر 2021", "اليوم 8 نوفمبر الجاري")."""
    ntext = doc.norm.text
    for atom in atoms:
        p = atom.p
        if atom.kind != "date" or not (p.get("m") and p.get("d")):
            continue
        before = ntext[max(0, atom.nstart - _TODAY_REACH):atom.nstart].split()
        if not before or before[-1] not in _TODAY_WORDS:
            continue
        value, relative = value_alone(atom)
        if not relative and isinstance(value, str) and len(value) == 10:
            d = date.fromisoformat(value)
            return AnchorClue(d.year, d.month, d.day, d.weekday(), (f'"اليوم {quoted(atom, doc)}"',))
        if relative and p.get("dir") in (None, 0) and p.get("ydir") is None:
            return AnchorClue(month=p["m"], day=p["d"], weekday=p.get("weekday"),
                              reasons=(f'"اليوم {quoted(atom, doc)}" (no year)',))
    return None


def _relative_day_stated(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """A relative day given with its date ("يوم أمس الثلاثاء الموافق 8 نوفمبر 2022",
    "غدا الأحد (12 مارس)"): the text's day is that date minus the offset."""
    for atom in atoms:  # joined when the date has its year
        if atom.kind == "date" and "offset" in atom.p:
            value, _ = value_alone(atom)
            d = date.fromisoformat(value) - timedelta(days=atom.p["offset"])
            return AnchorClue(d.year, d.month, d.day, d.weekday(),
                              (f'"{quoted(atom, doc)}" is {value}, so the text is of {d}',))
    ntext = doc.norm.text
    for day_word, atom in zip(atoms, atoms[1:]):
        if day_word.kind != "days" or atom.kind != "date" or not (atom.p.get("m") and atom.p.get("d")):
            continue
        between = ntext[day_word.nend:atom.nstart].strip(" ،,(-")
        if between not in ("", "الموافق", "الموافق ل", "الموافق لـ"):
            continue
        value, relative = value_alone(atom)
        quote = f'"{quoted(day_word, doc)} … {quoted(atom, doc)}"'
        if not relative and isinstance(value, str) and len(value) == 10:
            d = date.fromisoformat(value) - timedelta(days=day_word.p["offset"])
            return AnchorClue(d.year, d.month, d.day, d.weekday(), (f"{quote} is {value}, so the text is of {d}",))
    return None


def _numeric_dateline(doc: Doc) -> AnchorClue | None:
    """An agency dateline with day and month in digits in the first lines."""
    ntext = doc.norm.text
    top = "\n".join(ntext[:_DATELINE_REACH].split("\n")[:_DATELINE_LINES])
    m = _NUMERIC_DATELINE.search(top)
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return AnchorClue(month=month, day=day, reasons=(f'dateline "{ntext[m.start(1):m.end(2)]}" (day - month)',))


def _datelines(atoms: list[Atom], doc: Doc) -> Iterator[AnchorClue]:
    """Days written at the start of one of the first lines ("الكويت - 11 نوفمبر (كونا) -", "31 January 2022"),
    in order: the first the text does not rule out is its dateline (a site's header may show the day
    the page was read above the story's own date line)."""
    ntext = doc.norm.text
    for atom in atoms:
        line_start = ntext.rfind("\n", 0, atom.nstart) + 1
        if atom.nstart > _DATELINE_REACH:
            break
        line_end = ntext.find("\n", atom.nend)
        if not _first_lines(ntext, line_start) and not fills_its_line(ntext, atom.nstart, atom.nend):
            continue
        closes_headline = line_start == 0 and not ntext[atom.nend:line_end if line_end >= 0 else None].strip()
        if atom.kind not in ("date", "hdate") or (atom.nstart - line_start > _DATELINE_INDENT and not closes_headline):
            continue  # (a crawled page may end its headline with the day: "الحوار ... في دورته الثانية 15 يونيو 2019")
        value, relative = value_alone(atom)
        if not relative and isinstance(value, str) and len(value) == 10:
            d = date.fromisoformat(value)
            if swapped := _month_first(d, atom, atoms):
                yield AnchorClue(swapped.year, swapped.month, swapped.day, swapped.weekday(),
                                 (f'dateline "{quoted(atom, doc)}", month first: the text\'s weekday is a '
                                  f'{_WEEKDAY_NAMES[swapped.weekday()]}',))
            else:
                yield AnchorClue(d.year, d.month, d.day, d.weekday(), (f'dateline "{quoted(atom, doc)}"',),
                                 at=doc.norm.span(atom.nstart, atom.nend))
            continue
        p = atom.p
        if relative and atom.kind == "date" and p.get("d") and p.get("dir") is None and p.get("ydir") is None:
            yield AnchorClue(month=p["m"], day=p["d"], weekday=p.get("weekday"),
                             reasons=(f'dateline "{quoted(atom, doc)}" (no year)',))


@lru_cache(maxsize=1)
def _publication_labels() -> tuple[str, ...]:
    return tuple(normalize(label).text for label in read_list("dates/publication_labels.txt"))


def _published_date(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """"نشر في: الإثنين 17 أغسطس 2020": a full date near the top that the page labels as its publication
    date outranks a date line above it (a site's header often shows the day the page was read)."""
    ntext = doc.norm.text
    for atom in atoms:
        if atom.nstart > _DATELINE_REACH:
            break
        line_start = ntext.rfind("\n", 0, atom.nstart) + 1
        before = " " + ntext[line_start:atom.nstart].rstrip(" :-|")
        if atom.kind != "date" or not any(before.endswith(" " + label) for label in _publication_labels()):
            continue
        value, relative = value_alone(atom)
        if not relative and isinstance(value, str) and len(value) == 10:
            d = date.fromisoformat(value)
            return AnchorClue(d.year, d.month, d.day, d.weekday(), (f'published "{quoted(atom, doc)}"',))
    return None


def _month_first(d: date, atom: Atom, atoms: list[Atom]) -> date | None:
    """"11/10/2023" above "اليوم الجمعة": a numeric date written month first (as pages made for English
    readers do), when only that order gives the weekday the text names for its own day."""
    if atom.rule != "numeric" or d.day > 12 or d.day == d.month:
        return None
    told = _weekdays_told(atoms)
    if len(told) != 1 or d.weekday() in told:
        return None
    swapped = date(d.year, d.day, d.month)
    return swapped if swapped.weekday() in told else None


def _weekdays_told(atoms: list[Atom]) -> set[int]:
    """The weekdays a text gives its own day by its day words ("غدا السبت" tells a Friday), Monday = 0."""
    return {(a.p["weekday"] - a.p["offset"]) % 7 for a in atoms if a.kind == "days" and a.p.get("weekday") is not None}


def written_the_day_before(published: date, doc: Doc) -> date | None:
    """A print edition: a page dated the day after it was written ("يصل الوزير غدا السبت" in Saturday's paper,
    "اليوم الجمعة" in it). When every day word with a weekday tells the day before the page's date, that day
    is the text's own, as a reader checking the weekday takes it; None otherwise."""
    told = _weekdays_told(atoms_of(doc))
    before = published - timedelta(days=1)
    return before if told == {before.weekday()} else None


def _first_lines(ntext: str, line_start: int) -> bool:
    """The line starting at `line_start` is among the first lines of text (blank lines not counted)."""
    return sum(1 for line in ntext[:line_start].split("\n") if line.strip()) < _DATELINE_LINES


def _relative_year_named(atom: Atom, doc: Doc) -> AnchorClue | None:
    """"تبدأ من العام المقبل 2023": the year the text calls next (last, this) is written beside it, so the
    text's own year is that year less the offset."""
    m = _YEAR_NAMED.match(doc.norm.text, atom.nend)
    if m is None:
        return None
    year = int(m.group(1)) - atom.p["offset"]
    return AnchorClue(year=year, reasons=(f'"{quoted(atom, doc)} {m.group(1)}": the text is of {year}',))


@lru_cache(maxsize=1)
def _plan_nouns() -> frozenset[str]:
    return frozenset(w for word in read_list("dates/plan_nouns.txt") for w in phrase_tokens(word))


def _year_with_relative_clause(atom: Atom, doc: Doc) -> AnchorClue | None:
    """"قطر 2022 التي استضافتها أواخر العام الماضي": the clause says when the year it follows was, as
    seen from the text, so the text's own year is that year less the offset."""
    offset = atom.p.get("offset") if atom.kind == "unit" else atom.p.get("ydir")
    if offset is None:
        return None
    ntext = doc.norm.text
    m = _YEAR_THEN_CLAUSE.search(ntext, max(0, atom.nstart - 60), atom.nstart)
    before = ntext[max(0, m.start() - 20):m.start()].split()[-1:] if m is not None else []
    if m is None or any(form in _plan_nouns() for word in before for _, form in clitic_readings(word)):
        return None  # "برؤية 2030 التي أطلقت العام الماضي": the plan was launched then, not its year
    year = int(m.group(1)) - offset
    return AnchorClue(year=year, reasons=(f'"{m.group(1)}" is "{quoted(atom, doc)}": the text is of {year}',))


def _clues(atoms: list[Atom], doc: Doc) -> list[AnchorClue]:
    out: list[AnchorClue] = []
    for k, atom in enumerate(atoms):
        p = atom.p
        if atom.kind == "unit" and p["unit"] == "year" and (named := _relative_year_named(atom, doc)):
            out.append(named)
        elif (atom.kind == "year_part" or (atom.kind == "unit" and p["unit"] == "year")) and (
                clause := _year_with_relative_clause(atom, doc)):
            out.append(clause)
        elif atom.kind == "days" and p.get("weekday") is not None:
            out.append(AnchorClue(weekday=(p["weekday"] - p["offset"]) % 7,
                                  reasons=(f'"{quoted(atom, doc)}" names the weekday',)))
        elif (atom.kind == "days" and k + 1 < len(atoms) and atoms[k + 1].kind == "weekday"
              and atoms[k + 1].nstart - atom.nend <= _AFTER_DAYWORD):
            out.append(AnchorClue(weekday=(atoms[k + 1].p["weekday"] - p["offset"]) % 7,
                                  reasons=(f'"{quoted(atom, doc)} {quoted(atoms[k + 1], doc)}" names the weekday',)))
        elif atom.kind in ("date", "month_part") and p.get("dir") == 0 and p.get("m"):
            out.append(AnchorClue(month=p["m"], reasons=(f'"{quoted(atom, doc)}" is in the current month',)))
        elif atom.kind == "range" and _current_month_end(atom):
            out.append(AnchorClue(month=p["end_atom"].p["m"],
                                  reasons=(f'"{quoted(atom, doc)}" is in the current month',)))
        elif atom.kind == "anniversary" and isinstance(p.get("value"), str):
            shift = 0
            for other in atoms[max(0, k - 3):k + 3]:  # "العام المقبل سيشهد الذكرى ...", "الذكرى ... العام المقبل"
                gap = atom.nstart - other.nend if other.nend <= atom.nstart else other.nstart - atom.nend
                if other.kind == "unit" and other.p["unit"] == "year" and 0 <= gap < _SHIFT_REACH:
                    shift = other.p["offset"]
            year = int(p["value"][:4]) - shift
            if not shift and _told_ahead(atom, doc):
                out.append(AnchorClue(spans=((date(year - 1, 1, 1), date(year, 12, 31)),),
                                      reasons=(f'"{quoted(atom, doc)}" is {year}, still ahead: the text is of '
                                               f'{year - 1} or {year}',)))
                continue
            out.append(AnchorClue(year=year, reasons=(f'"{quoted(atom, doc)}" is {p["value"][:4]}'
                                                      + (f", {shift:+d} year(s) from the text's year" if shift else ""),)))
    return out


@lru_cache(maxsize=1)
def _ahead_words() -> tuple[str, ...]:
    return tuple(normalize(w).text for w in read_yaml(DATA / "dates" / "relative.yaml")["anniversary_ahead"])


def _told_ahead(atom: Atom, doc: Doc) -> bool:
    """"قرب حلول الذكرى المئوية للعلاقات ... في عام 2022": the anniversary is told as still to come."""
    before = " " + " ".join(doc.norm.text[max(0, atom.nstart - _AHEAD_REACH):atom.nstart].split())
    before = before.removesuffix(" ل")  # "استعدادا لذكرى": the preposition is left before the atom
    return any(before.endswith(" " + w) for w in _ahead_words())


def _current_month_end(atom: Atom) -> bool:
    """A range of days that ends in the current month ("يومي 8 و9 نوفمبر الجاري")."""
    end = atom.p.get("end_atom")
    return end is not None and end.kind == "date" and end.p.get("dir") == 0 and bool(end.p.get("m"))


def _today_within_range(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """"اليوم الاثنين ... الذي تستضيفه على مدى يومي 8 و9 نوفمبر الجاري": today is one of those days.

    Only a range told in the present, in the sentence that names today's weekday: a range
    told as past or planned ("سيعقد يومي 15 و16") need not contain today.
    """
    sentence_starts = [s.nstart for s in doc.sentences]
    for today in atoms:
        if today.kind != "days" or today.p["offset"] != 0 or today.p.get("weekday") is None:
            continue
        k = bisect_right(sentence_starts, today.nstart) - 1
        sentence = doc.sentences[max(k, 0)]
        for atom in atoms:
            if (atom.kind == "range" and "start_day" in atom.p and _current_month_end(atom)
                    and sentence.nstart <= atom.nstart < sentence.nend and tense_of(atom, doc) is None):
                days = tuple(range(atom.p["start_day"], atom.p["end_atom"].p["d"] + 1))
                return AnchorClue(days=days, reasons=(
                    f'"{quoted(today, doc)}" falls within "{quoted(atom, doc)}"',))
    return None


def _window(clues: list[AnchorClue]) -> tuple[tuple[Span, ...], str]:
    """The days every bounding clue allows; no bound at all when they disagree (a wrong day is worse
    than none), with a note saying so."""
    spans: tuple[Span, ...] = (_ANYTIME,)
    for clue in clues:
        spans = tuple((max(a[0], b[0]), min(a[1], b[1])) for a in spans for b in clue.spans
                      if max(a[0], b[0]) <= min(a[1], b[1]))
    if spans:
        return spans, ""
    return (_ANYTIME,), " (these bounds disagree, so none is used)"


def _latest_written_year(atoms: list[Atom]) -> int | None:
    """The latest year of a written date: a text is seldom older than the dates it reports."""
    years = [a.p["y"] for a in atoms if a.kind == "date" and a.p.get("y") and a.p.get("m")]
    return max(years) if years else None


def _vote(values: list[int | None]) -> int | None:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def infer_anchor(doc: Doc, header_set_aside: str | None = None) -> AnchorGuess | None:
    """The text's own date, or the best partial knowledge of it; None when the text says nothing.
    `header_set_aside`: why a date at the top of the page is not the text's day, when other documents tell."""
    in_english = detect_language(doc.text) == "en"
    english = english_dateline(doc) if in_english else None
    if english is not None and header_set_aside is None:
        d, said = english
        clue = AnchorClue(d.year, d.month, d.day, d.weekday(), (f'dateline "{said.text}"',))
        return AnchorGuess(d, [clue], clue.reasons[0], d.year, d.month, d.weekday(), [d], d, d,
                           header=(said.start, said.end))
    english_aside = (english[1].start, english[1].end) if english is not None else None
    atoms = atoms_of(doc)
    # a day word right before a date says whose day that date is, even on the first line
    dateline = _published_date(atoms, doc) or _relative_day_stated(atoms, doc)
    header, furniture = None, english_aside
    not_its_own = header_set_aside if english_aside else None
    for candidate in () if dateline else _datelines(atoms, doc):
        why = _not_the_texts_day(candidate, atoms, doc, in_english) if candidate.year else None
        if why is None and header_set_aside is None:
            header = candidate
            break
        not_its_own = not_its_own or why or header_set_aside
        furniture = furniture or candidate.at
        if why is None:  # the day the text leaves standing, which other reports set aside: read its other clues
            break
    dateline = dateline or header or _stated_today(atoms, doc) or _numeric_dateline(doc)
    if furniture:  # the day the page was read is no clue to the text's own
        atoms = [a for a in atoms if doc.norm.span(a.nstart, a.nend) != furniture]
    if dateline and dateline.year:
        d = date(dateline.year, dateline.month, dateline.day)
        return AnchorGuess(d, [dateline], dateline.reasons[0], d.year, d.month, d.weekday(), [d], d, d,
                           header=dateline.at, furniture=furniture)
    clues = ([dateline] if dateline else []) + _clues(atoms, doc)
    since_past, counted, count_stated = past_clues(atoms, doc)
    terms = english_office_terms(doc) if in_english else office_terms(doc)
    bounding = terms + [c for c in (era_clue(doc), since_past, years_after(atoms, doc)) if c]
    bounding += [c for c in clues if c.spans is not None]  # "قرب حلول الذكرى": two years, a bound
    clues = [c for c in clues if c.spans is None]
    if count_stated:  # "منذ 189 عاماً في 21 سبتمبر 1833": the writer's own count from a date he writes
        bounding.append(counted)
        counted = None
    if not clues and not bounding:
        return AnchorGuess(None, reason=not_its_own, furniture=furniture) if furniture else None
    year, month = _vote([c.year for c in clues]), dateline.month if dateline else _vote([c.month for c in clues])
    weekday, day = _vote([c.weekday for c in clues]), dateline.day if dateline else None
    reasons = ["; ".join(r for c in clues for r in c.reasons)
               + (f" (weekday {_WEEKDAY_NAMES[weekday]})" if weekday is not None else "")] if clues else []
    fixed = AnchorClue(year, month, day, weekday)
    today = None if day else _today_within_range(atoms, doc)
    window, disagree = _window(bounding)
    checked = window  # what a year guessed from the written years must respect
    if counted and not disagree and not _window(bounding + [counted])[1]:
        # the count narrows bounds the other clues close, and checks a guessed year; it closes none alone
        bounding.append(counted)
        checked = _window(bounding)[0]
        window = checked if closed(window) else window
    candidates, used_today, used_window = _fitting(fixed, today, window, drop_window=True)
    if not candidates and year is None and month and (day or weekday is not None):
        latest = _latest_written_year(atoms)
        for guess in (range(latest, latest + _YEARS_AFTER_LATEST) if latest else ()):
            candidates, used_today, used_window = _fitting(replace(fixed, year=guess), today, checked)
            if candidates:
                reasons.append(f"{guess}: the latest year written in the text that fits")
                break
    if used_today:
        reasons += today.reasons
    bounds_said = "; ".join(r for c in bounding for r in c.reasons)
    if used_window or disagree:
        reasons.append(bounds_said + disagree)
    elif candidates and closed(window):
        reasons.append(f"the bounds ({bounds_said}) leave no day that fits the other clues, so they are not used")
    if not_its_own:
        reasons.append(not_its_own)
    if not candidates and not clues:
        return AnchorGuess(None, reason="; ".join(reasons), furniture=furniture) if furniture else None
    if candidates:
        year = candidates[0].year if candidates[0].year == candidates[-1].year else None
        month = candidates[0].month if len({d.month for d in candidates}) == 1 else None
    if year is not None and month is not None and weekday is not None and len(candidates) > 1 and (
            after := _first_after_this_month_s_news(candidates, atoms, doc)):
        candidates = [after[0]]
        reasons.append(after[1])
    chosen = candidates[0] if len(candidates) == 1 else None
    reason = "; ".join(reasons)
    lo, hi = (candidates[0], candidates[-1]) if candidates else (None, None)
    return AnchorGuess(chosen, clues + bounding, reason, year, month, weekday, candidates, lo, hi, day,
                       furniture=furniture)


def _first_after_this_month_s_news(candidates: list[date], atoms: list[Atom], doc: Doc) -> tuple[date, str] | None:
    """"اليوم الجمعة ... في ختام الجولة التي انعقدت من 9 - 11 ديسمبر الجاري": a text naming its weekday
    tells a span of days held and over this month as news: its day is the first of its weekday on or after
    the span's last day, when that comes within the week. (A single day told as past may be the launch of
    what still goes on: "انطلقت في التاسع من نوفمبر الجاري" read on the 23rd.)"""
    latest = None
    for atom in atoms:
        end = atom.p.get("end_atom") if atom.kind == "range" else None
        if end is None or end.kind != "date" or end.p.get("dir") != 0 or not end.p.get("d") \
                or end.p.get("m") != candidates[0].month or tense_of(atom, doc) != "past":
            continue
        if latest is None or end.p["d"] > latest[1]:
            latest = (atom, end.p["d"])
    if latest is None or latest[1] > calendar.monthrange(candidates[0].year, candidates[0].month)[1]:
        return None
    held = candidates[0].replace(day=latest[1])
    after = [d for d in candidates if held <= d < held + timedelta(days=_NEWS_WEEK)]
    if not after:
        return None
    return after[0], (f'"{quoted(latest[0], doc)}" is told as held this month: the text is of the first day '
                      f"fitting its weekday from then, {after[0]}")


def _not_the_texts_day(header: AnchorClue, atoms: list[Atom], doc: Doc, in_english: bool) -> str | None:
    """A day at the top of a page that the text's own clues rule out ("21 سبتمبر 2025" over "يناير الجاري",
    over "العام المقبل ... 2021", over an official out of office by then) is the day the page was read or
    printed, not the text's: why, or None when nothing rules it out."""
    d = date(header.year, header.month, header.day)
    told = _weekdays_told(atoms)  # "اليوم الأحد" under a Friday: the page was read on another day
    if len(told) == 1 and not told & {d.weekday(), (d - timedelta(days=1)).weekday()}:
        return (f"{header.reasons[0]} is not the text's day: the text names its own day a "
                f"{_WEEKDAY_NAMES[next(iter(told))]}")
    for atom in atoms:  # (an anniversary may be last year's, recalled: not a year the text gives its own)
        if atom.kind in ("date", "month_part") and atom.p.get("dir") == 0 and atom.p.get("m") not in (None, d.month):
            return f'{header.reasons[0]} is not the text\'s day: "{quoted(atom, doc)}" is in the current month'
        named = _relative_year_named(atom, doc) if atom.kind == "unit" and atom.p["unit"] == "year" else None
        if named is not None and named.year != d.year:
            return f"{header.reasons[0]} is not the text's day: {named.reasons[0]}"
    terms = english_office_terms(doc) if in_english else office_terms(doc)
    spans, disagree = _window(terms + [c for c in (era_clue(doc),) if c])
    if not disagree and not any(lo <= d + _TERM_EDGE and d - _TERM_EDGE <= hi for lo, hi in spans):
        said = "; ".join(r for c in terms for r in c.reasons)
        return f"{header.reasons[0]} is not the text's day: {said or 'an era it names is later'}"
    return None


def _fitting(fixed: AnchorClue, today: AnchorClue | None, window: tuple[Span, ...],
             drop_window: bool = False) -> tuple[list[date], bool, bool]:
    """The days fitting the clues, and whether today's range and the bounds were kept.

    The weakest clue goes first when they leave no day: today's range, then (when
    `drop_window`) the bounds. Nothing is searched without a year or closed bounds.
    """
    windows = [window] + ([(_ANYTIME,)] if drop_window and window != (_ANYTIME,) else [])
    for spans in windows:
        lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
        if fixed.year is not None:
            lo, hi = max(lo, date(fixed.year, 1, 1)), min(hi, date(fixed.year, 12, 31))
        if lo > hi or not closed(((lo, hi),)) or (hi - lo).days > _SEARCH_DAYS:
            continue
        bound = AnchorClue(spans=spans)
        for extra in ([today] if today else []) + [None]:
            found = anchors_satisfying([fixed, bound] + ([extra] if extra else []), lo, hi)
            if found:
                return found, extra is not None, spans != (_ANYTIME,)
    return [], False, False

