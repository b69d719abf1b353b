"""Each document's anchor: the span of days its relative dates are read against.

Order of evidence, per part of a page (a stitched page gets one anchor per part):
  1. the metadata `published` date (first part), or a dateline in the text (but a date at the top of the
     page that dates a round the text tells ten months or more after other reports date it held is the
     day the page was read: set aside, the page is read again on its other clues);
  2. the text's own clues (`infer_anchor`: an anniversary gives the year, "نوفمبر الجاري"
     the month, "اليوم الاثنين" the weekday; officials' terms, era names and past dates
     bound the span of possible days);
  3. facts other documents state (an event without a dialogue of its own is of its document's):
     a part that reports a round another document dates takes that round's year (and month,
     when it has none of its own); a yearless day and weekday take the one year that fits
     between the rounds before and after, or on a day the dialogue is dated, or in which the
     dialogue is known active; a part that dates an event relatively ("يوم غد الثلاثاء سيشهد
     اختتام ...") is fixed by a document that dates the same event absolutely; a part telling
     a session as held is not older than the day another document gives it.
An anchor is a span [lo, hi] of days (one day when fully known) with its reasoning.
"""
from __future__ import annotations

import calendar
import copy
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..extract.dates import AnchorGuess, infer_anchor, written_the_day_before
from ..extract.dates.values import precision, widest
from ..extract.events import document_parts
from ..extract.furniture import content_end
from ..extract.page_noise import quiet_page
from ..packing import Packed
from ..text.doc import Doc, keep_part, release_layers
from .datecache import bounds
from .facts import Fact, Facts, date_mention, dialogue_of, fact_key, told_facts
from .heap import collector_paused

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ROUNDS_PASSES = 3  # each pass may date a part that dates another
_ROUND_GAP_DAYS = 2 * 366  # a dialogue's next round comes within about two years of the one before
_ROUND_APART_DAYS = 300  # one round told this far after where other reports date it held: a later day misread


@dataclass
class Anchor:
    lo: date | None
    hi: date | None
    reason: str
    year: int | None = None
    month: int | None = None
    weekday: int | None = None  # Monday = 0; a clue that narrows the span without fixing it
    own_reasons: list[str] = field(default_factory=list)
    day_of_month: int | None = None  # a yearless dateline's day ("14 أكتوبر")
    header: tuple[int, int] | None = None  # the page's top date the anchor was read from (offsets in the page) ...
    furniture: tuple[int, int] | None = None  # ... or set aside as the day the page was read: it dates nothing

    @property
    def day(self) -> date | None:
        return self.lo if self.lo is not None and self.lo == self.hi else None

    @property
    def value(self):
        """The anchor as a record date value: a day, or the widest value the span allows."""
        if self.lo is None:
            return None
        return widest([self.lo.isoformat(), self.hi.isoformat()])

    def fits(self, d: date) -> bool:
        return ((self.year is None or d.year == self.year) and (self.month is None or d.month == self.month)
                and (self.weekday is None or d.weekday() == self.weekday)
                and (self.day_of_month is None or d.day == self.day_of_month))


def _span(year: int | None, month: int | None) -> tuple[date | None, date | None]:
    if year is None:
        return None, None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _narrowed(anchor: Anchor) -> Anchor:
    """The span of the anchor's year/month, within its bounds when they overlap, cut to the first
    and last day fitting its weekday and day of the month."""
    lo, hi = _span(anchor.year, anchor.month)
    if lo is not None and anchor.lo is not None and anchor.lo <= hi and lo <= anchor.hi:
        lo, hi = max(lo, anchor.lo), min(hi, anchor.hi)
    if lo is not None and anchor.month is not None and (anchor.weekday is not None or anchor.day_of_month):
        fitting = [d for d in (lo + timedelta(n) for n in range((hi - lo).days + 1)) if anchor.fits(d)]
        if fitting:
            lo, hi = fitting[0], fitting[-1]
    anchor.lo, anchor.hi = lo, hi
    return anchor


def from_value(value, reason: str) -> Anchor:
    lo, hi = bounds(value)
    year = lo.year if lo.year == hi.year else None
    month = lo.month if year and precision(value) != "year" else None
    return Anchor(lo, hi, reason, year, month, lo.weekday() if lo == hi else None, [reason])


def from_guess(guess: AnchorGuess | None, offset: int = 0) -> Anchor | None:
    """The anchor of a part's own clues; `offset`: where the part starts in the page."""
    if guess is None:
        return None
    header, furniture = (None if span is None else (span[0] + offset, span[1] + offset)
                         for span in (guess.header, guess.furniture))
    if guess.date is not None:
        return Anchor(guess.date, guess.date, guess.reason, guess.date.year, guess.date.month,
                      guess.date.weekday(), [guess.reason], header=header, furniture=furniture)
    anchor = Anchor(guess.lo, guess.hi, guess.reason, guess.year, guess.month, guess.weekday, [guess.reason],
                    guess.day, furniture=furniture)
    return anchor if anchor.lo is not None else _narrowed(anchor)  # clues that leave no day: their year/month


@collector_paused()  # a document's reading builds thousands of small objects and no cycle: see heap
def initial_anchors(source, set_aside: dict[int, str] | None = None) -> list[Anchor | None]:
    """One anchor per part, from metadata and the part's own clues; `set_aside`: the parts whose top date
    other documents rule out, with why."""
    text = quiet_page(source.text)  # as the document is read (pipeline.analyze)
    doc = Doc(text, source.id)
    end = content_end(doc)
    starts = document_parts(doc, end)
    out: list[Anchor | None] = []
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else end
        if k == 0 and source.published:  # metadata settles the first part: no clues to read but its weekday
            out.append(_published(source, Doc(text[start:stop], source.id)))
            continue
        own = from_guess(infer_anchor(Doc(text[start:stop], source.id), (set_aside or {}).get(k)), start)
        if own is not None:
            if k > 0:
                own.reason = f"part {k + 1} has its own date clues: {own.reason}"
                own.own_reasons = [own.reason]
            out.append(own)
        else:  # a part without clues of its own continues the previous one
            out.append(out[-1] if out else None)
    return out


def _published(source, doc: Doc) -> Anchor:
    """The metadata's date, or the day before it when the text names that day's weekday for its own (a print
    edition, dated the day after it was written)."""
    given = from_value(source.published, "published date from metadata")
    before = written_the_day_before(given.day, doc) if given.day is not None else None
    if before is None:
        return given
    return from_value(before.isoformat(), f"published {given.day} (metadata), but the text names the weekday of "
                                          f"the day before, {_WEEKDAYS[before.weekday()]}, for its own day: "
                                          "written the day before, as a print edition is")


def _part_of(analysis, offset: int) -> int:
    return sum(1 for s in analysis.parts[1:] if s <= offset)


def _within(value, anchor: Anchor) -> bool:
    """A value inside one year (the anchor's year, when known), not outside the anchor's span."""
    first, last = bounds(value)
    return (first.year == last.year and (anchor.year is None or first.year == anchor.year)
            and (anchor.lo is None or (anchor.lo <= last and first <= anchor.hi)))


def _rounds_reported(analysis, part: int):
    """The events of a part in a numbered round of a known dialogue, but of rounds it dates outright, and of
    rounds before the latest it tells as held ("انطلقت الجولة الثانية أمس ... بعد الأولى المنعقدة في
    يناير الماضي"): recalled."""
    told = [ev for ev in analysis.events if ev.round is not None and dialogue_of(ev, analysis) and (first := next(
        (m for m in ev.evidence if m.norm == "type"), None)) is not None and _part_of(analysis, first.start) == part]
    recalled = {ev.round for ev in told if (own := date_mention(analysis, ev)) and not own.attrs.get("relative", 1)}
    latest: dict[str, int] = {}
    for ev in told:
        if ev.status == "happened" and ev.round not in recalled:
            dialogue = dialogue_of(ev, analysis)
            latest[dialogue] = max(ev.round, latest.get(dialogue, ev.round))
    yield from (ev for ev in told if ev.round not in recalled and ev.round >= latest.get(dialogue_of(ev, analysis), 0))


def _year_from_rounds(anchor: Anchor, analysis, part: int, facts: Facts) -> bool:
    """A part with no year (or no month) takes them from a round it reports and another document dates."""
    for ev in _rounds_reported(analysis, part):
        of_round = facts.by_round.get((dialogue_of(ev, analysis), ev.round), {})
        years = [anchor.year] if anchor.year is not None else \
            [y for y in of_round if anchor.lo is None or anchor.lo.year <= y <= anchor.hi.year]
        dated = [pair for year in years for told in of_round.get(year, {}).values()
                 if _within(told.value, anchor) and (pair := told.first_not_of(analysis.doc.id))]
        if not dated:
            continue
        # the finest date, then the latest: a closing outranks a launch, a day a "2020"; then the first told
        latest = min(dated, key=lambda p: ((bounds(p[1].value)[1] - bounds(p[1].value)[0]).days,
                                           -bounds(p[1].value)[1].toordinal(), p[0]))[1]
        first, last = bounds(latest.value)
        learned = []
        if anchor.year is None:
            anchor.year = last.year
            learned.append("year")
        if anchor.month is None and (first.year, first.month) == (last.year, last.month):
            anchor.month = last.month
            learned.append("month")
        if not learned:
            return False
        return _learned(anchor, f"{' and '.join(learned)} of round {ev.round} of {dialogue_of(ev, analysis)}, which it reports and "
                                f"{latest.doc_id} dates \"{latest.quote}\" ({latest.value})")
    return False


def _year_between_rounds(anchor: Anchor, analysis, part: int, facts: Facts) -> bool:
    """A part with a month and a day or weekday but no year, reporting round N of a dialogue whose
    round N-1 (or earlier) or N+1 (or later) another document dates: its year is the one, in the two
    years after the round before and before the round after, whose days fit ("2 - 10" and a Wednesday
    after round 3 of July 2023: 2 October 2024; a Sunday "14 مايو" before round 3 of March 2024: 2023)."""
    if anchor.year is not None or anchor.month is None or (anchor.weekday is None and anchor.day_of_month is None):
        return False
    for ev in _rounds_reported(analysis, part):
        told = [(t.round, pair) for t in facts.by_dialogue.get(dialogue_of(ev, analysis), {}).values()
                if t.round is not None and t.round != ev.round and (pair := t.first_not_of(analysis.doc.id))]
        earlier = [pair for r, pair in told if r < ev.round]
        later = [pair for r, pair in told if r > ev.round]
        if not earlier and not later:
            continue
        said = []
        lo = hi = None
        if earlier:  # the latest, then the first told
            before = max(earlier, key=lambda p: (bounds(p[1].value)[1], -p[0]))[1]
            lo = bounds(before.value)[1] + timedelta(1)
            said.append(f"after round {before.key[2]} ({before.doc_id} dates it \"{before.quote}\", {before.value})")
        if later:  # the earliest, then the first told
            after = min(later, key=lambda p: (bounds(p[1].value)[0], p[0]))[1]
            hi = bounds(after.value)[0] - timedelta(1)
            said.append(f"before round {after.key[2]} ({after.doc_id} dates it \"{after.quote}\", {after.value})")
        lo = lo or hi - timedelta(_ROUND_GAP_DAYS - 1)
        hi = min(hi or date.max, lo + timedelta(_ROUND_GAP_DAYS - 1))
        days = [lo + timedelta(n) for n in range((hi - lo).days + 1)]
        years = {d.year for d in days if d.month == anchor.month and anchor.fits(d)}
        if len(years) != 1:
            continue
        anchor.year = years.pop()
        return _learned(anchor, f"{anchor.year}: the one year {' and '.join(said)} of {dialogue_of(ev, analysis)} "
                                f"whose days fit, for round {ev.round} which it reports")
    return False


def _dialogues_of_part(analysis, part: int) -> list[str]:
    """The dialogues of the events a part tells, in order."""
    return sorted({d for ev in analysis.events if ev.evidence and _part_of(analysis, ev.evidence[0].start) == part
                   and (d := dialogue_of(ev, analysis))})


def _year_from_same_day(anchor: Anchor, analysis, part: int, facts: Facts) -> bool:
    """A part with a month and day but no year ("15 - 4", a Monday) whose dialogue another document
    dates an event of on that very month and day: the year is that one, when the days fit
    (its weekday) and only one year does."""
    if anchor.year is not None or anchor.month is None or anchor.day_of_month is None:
        return False
    found: dict[date, Fact] = {}
    for dialogue in _dialogues_of_part(analysis, part):  # [scale] only the dialogue's facts of that month and day
        for told in facts.on_day.get((dialogue, anchor.month, anchor.day_of_month), ()):
            pair = told.first_not_of(analysis.doc.id)
            day = bounds(told.value)[0]
            if pair is not None and anchor.fits(day):
                found.setdefault(day, pair[1])
    if len({d.year for d in found}) != 1:
        return False
    day, fact = min(found.items())
    anchor.year = day.year
    return _learned(anchor, f"{day.year}: {fact.doc_id} dates a {fact.key[0]} of {fact.key[1]} "
                            f"\"{fact.quote}\" ({fact.value}), on the text's month and day")


def _year_the_dialogue_is_active(anchor: Anchor, analysis, part: int, facts: Facts) -> bool:
    """A part with a month, a day and a weekday but no year ("2 - 10", a Wednesday: 2013, 2019, 2024,
    2030 ...) about a dialogue other documents date: the year is the one of those that fit in which
    the dialogue is known active, when exactly one is."""
    if anchor.year is not None or anchor.month is None or anchor.day_of_month is None or anchor.weekday is None:
        return False
    found: dict[int, Fact] = {}
    for dialogue in _dialogues_of_part(analysis, part):
        for year, told in facts.active.get(dialogue, {}).items():
            other = next((f for f in told if f.doc_id != analysis.doc.id), None)
            if other is not None and anchor.day_of_month <= calendar.monthrange(year, anchor.month)[1] \
                    and anchor.fits(date(year, anchor.month, anchor.day_of_month)):
                found.setdefault(year, other)
    if len(found) != 1:
        return False
    (year, fact), = found.items()
    anchor.year = year
    return _learned(anchor, f"{year}: the one year whose {anchor.day_of_month}/{anchor.month} is a "
                            f"{_WEEKDAYS[anchor.weekday]} in which {fact.key[1]} is known active "
                            f"({fact.doc_id} dates a {fact.key[0]} \"{fact.quote}\", {fact.value})")


def _not_before_session_held(anchor: Anchor, analysis, part: int, facts: Facts) -> bool:
    """A part telling a round's session as held was written on or after that session's first day as
    other documents date it ("اليوم الخميس ... أن الجلسة الافتتاحية قد عقدت" in a month of Thursdays,
    the session on the 23rd: the 23rd). Only within a known year, and only when a day still fits."""
    if anchor.year is None or anchor.lo is None:
        return False
    for ev in _rounds_reported(analysis, part):
        if ev.type != "round_session" or ev.status != "happened":
            continue
        held = [p for p in facts.sessions.get((dialogue_of(ev, analysis), ev.round), ()) if p[1].doc_id != analysis.doc.id]
        if not held:
            continue
        first, fact = held[0]
        if not anchor.lo < first <= anchor.hi or not any(
                anchor.fits(first + timedelta(n)) for n in range((anchor.hi - first).days + 1)):
            continue
        anchor.lo = first
        _narrowed(anchor)  # the reasons learned before stay: this only narrows them
        anchor.reason += (f"; not before {first.isoformat()}: {fact.doc_id} dates round {ev.round} of "
                          f"{fact.key[1]} \"{fact.quote}\" ({fact.value}), which it tells as held")
        return True
    return False


def _learned(anchor: Anchor, why: str) -> bool:
    """The anchor narrowed to what it now knows, with the reason added to its own."""
    _narrowed(anchor)
    anchor.reason = "; ".join(anchor.own_reasons + [why])
    return True


def _day_from_relative(anchor: Anchor, analysis, part: int, facts: Facts) -> bool:
    """"يوم غد الثلاثاء ... اختتام" + another document's absolute closing day → the part's own day. An event of
    a numbered round no document dates as such takes the days others give any event of that round, when one
    fits the weekday the text names: "اليوم الجمعة ... افتتاح الدورة الثانية" beside a visit dated Friday 4 April."""
    found: dict[date, str] = {}
    for ev in analysis.events:
        m = date_mention(analysis, ev)
        if m is None or m.attrs.get("offset") is None or _part_of(analysis, m.start) != part:
            continue
        key = fact_key(ev, analysis)
        for told in facts.days.get(key, {}).values() or _round_days(facts, key, anchor, analysis.doc.id):
            pair = told.last_not_of(analysis.doc.id)  # the last document to tell a day gives the reason
            if pair is None:
                continue
            f = pair[1]
            day = bounds(f.value)[0] - timedelta(days=m.attrs["offset"])
            if anchor.lo <= day <= anchor.hi and anchor.fits(day):
                found[day] = (f"\"{m.text}\" is {m.attrs['offset']:+d} day(s) from the text's day and "
                              f"{f.doc_id} dates {'the same' if f.key == key else 'a'} {f.key[0]} (round {ev.round}) "
                              f"\"{f.quote}\" "
                              f"({f.value}): the text is of {day.isoformat()} ({_WEEKDAYS[day.weekday()]})")
    if len(found) != 1:
        return False
    day, why = next(iter(found.items()))
    anchor.lo = anchor.hi = day
    anchor.reason = "; ".join(anchor.own_reasons + [why])
    return True


def _round_days(facts: Facts, key: tuple, anchor: Anchor, doc_id: str) -> list:
    """The days other documents give any event of the key's numbered round (settled), about the anchor's years,
    for a text naming its weekday (a round may last weeks: "انطلقت اليوم أولى جلسات ..." alone is not the day
    its closing is dated); a launch takes no closing's day, nor a closing a launch's."""
    if key[1] is None or key[2] is None or anchor.lo is None or anchor.weekday is None:
        return []
    of_round = facts.by_round.get(key[1:3], {})
    return [told for year in range(anchor.lo.year - 1, anchor.hi.year + 2) for told in of_round.get(year, {}).values()
            if isinstance(told.value, str) and precision(told.value) == "day"
            and any(f.settled and f.doc_id != doc_id and (key[3] in ("", f.key[3]) or f.key[3] == "")
                    for _, f in told.facts)]


def resolve_anchors(sources: Sequence, analyze: Callable, map_documents: Callable = map
                    ) -> tuple[list, list[tuple[Callable, Any]]]:
    """Readings of every source, each part read against the best anchor the collection allows.

    `map_documents(f, items)` runs the per-document work (the Spark engine spreads it over a cluster);
    a pass reads only the facts found before it, so its re-analyses can run together at its end.
    Sources are read one at a time (`sources` may load each text when asked for it). Each reading
    (anchors, analysis) is held as `map_documents` gives it: as it is, or with the facts it tells and its
    analysis packed ([scale] a keeping map gives each as `build.compact_reading` holds it, so that thousands
    are held through the passes as a fifth of the memory, and their anchors and facts are read without
    unpickling the analyses), read with `heads` and `opened`; a pass opens only the readings of the
    documents whose anchors it may move. Beside each reading comes the work and the item it came from, without the
    text: a caching `map_documents` keeps the reading under the item's repr.
    """
    stand_ins: list = []

    def listed(items: Iterable) -> Iterator:
        for source in items:
            stand_ins.append(source.stand_in())
            yield source

    def first_reading(source) -> tuple[list[Anchor | None], Any]:
        """The document's own anchors and its analysis against them, in one task: the second reads
        the text while the layers the first built of it are still kept."""
        own = initial_anchors(source)
        analysis = analyze(source, own)
        # a document whose anchors the passes may move is read again here: its layer is kept for that
        # (not in a worker process, where the reading again would not find it)
        if os.getpid() == here and any(anchor is None or anchor.day is None for anchor in own):
            keep_part(quiet_page(source.text))  # the text its layers were built of
        return own, analysis

    def reading(pair) -> tuple[list[Anchor | None], Any]:
        return pair[1], analyze(*pair)

    anchors: list = []
    held: list = []
    told: list[list[Fact]] = []  # [scale] each document's facts, found again only when it is read again
    readings: list[tuple[Callable, Any]] = []

    def analyze_all(indices: list[int]) -> list:
        items = [(stand_ins[n], copy.deepcopy(anchors[n])) for n in indices]  # as read: later passes move anchors
        for n, item in zip(indices, items):
            readings[n] = (reading, item)
        texts = ((sources[n], anchor) for n, (_, anchor) in zip(indices, items))
        return list(map_documents(reading, texts))

    here = os.getpid()
    try:
        with collector_paused():  # the readings hold thousands of small objects and make no cycle
            for result in map_documents(first_reading, listed(sources)):
                own, facts_told = heads(result)
                anchors.append(own)
                told.append(facts_told)
                held.append(result)
            readings.extend((first_reading, s) for s in stand_ins)
            facts = _set_aside_headers(held, anchors, told, lambda n, why: initial_anchors(sources[n], why), analyze_all)
            _anchor_passes(held, anchors, told, analyze_all, facts)
    finally:
        release_layers()
    return held, readings


def heads(reading) -> tuple[list[Anchor | None], list[Fact]]:
    """A reading's anchors and the facts it tells, its analysis not opened where the reading holds it packed
    (build.compact_reading: anchors, facts, packed analysis), else read for them (anchors, analysis)."""
    if len(reading) == 3:
        return reading[0], reading[1]
    return reading[0], told_facts(reading[1])


def opened(reading) -> tuple[list[Anchor | None], Any]:
    """A reading held by `resolve_anchors`: (anchors, analysis)."""
    analysis = reading[-1]
    return reading[0], analysis.unpacked() if isinstance(analysis, Packed) else analysis


def _set_aside_headers(held: list, anchors: list, told: list[list[Fact]], own_anchors: Callable,
                       analyze_all: Callable) -> Facts | None:
    """Pages whose top date the other documents rule out (`_header_ruled_out`) read again without it:
    their own clues and the passes date them instead. A page set aside may free another's round: again.
    The index of the facts `told` holds at the end, or None when the last pass changed them."""
    for _ in range(_ROUNDS_PASSES):
        facts = Facts([f for fs in told for f in fs])
        headed = [n for n, parts in enumerate(anchors) if any(a is not None and a.header is not None for a in parts)]
        unsure = {f.doc_id for n in headed for f in told[n]}  # one header does not rule out another
        aside = {}
        for n in headed:
            if not any(_held_before(f.value, f.key[1], f.key[2], facts, unsure) for f in told[n]):
                continue  # [scale] only a page telling a round far from where others date it is opened
            analysis = opened(held[n])[1]
            why = {k: w for k, a in enumerate(anchors[n]) if a is not None and a.header is not None
                   and (w := _header_ruled_out(a, analysis, k, facts, unsure))}
            if why:
                aside[n] = why
        if not aside:
            return facts
        for n, why in aside.items():
            anchors[n] = own_anchors(n, why)
        for n, result in zip(aside, analyze_all(list(aside))):
            held[n] = result
            told[n] = heads(result)[1]
    return None


def _header_ruled_out(anchor: Anchor, analysis, part: int, facts: Facts, unsure: set[str]) -> str | None:
    """Why a page's top date is not its text's day ("21 سبتمبر 2025" over a round of 2019, the day the page
    was read or listed, always later), or None: read from it, a numbered round the part tells falls ten months
    or more after every day other documents (`unsure`: but those dated by a header too) give that round held.
    (Not before them: two frameworks of one pair may share a number. Nor the order of rounds: a report often
    numbers a round it recalls wrong.)"""
    for ev in analysis.events:
        m = date_mention(analysis, ev)
        dialogue = dialogue_of(ev, analysis)
        if ev.round is None or not dialogue or m is None or m.attrs.get("value") is None \
                or not (m.attrs.get("relative") or (m.start, m.end) == anchor.header) or _part_of(analysis, m.start) != part:
            continue  # (a date the text writes whole, but the header's own, tells nothing of the header)
        if same := _held_before(m.attrs["value"], dialogue, ev.round, facts, unsure):
            return (f"{anchor.reason} is not the text's day: by it, round {ev.round} of {dialogue} is {m.attrs['value']}, "
                    f"and {same[0].doc_id} dates it \"{same[0].quote}\" ({same[0].value})")
    return None


def _held_before(value, dialogue: str | None, number: int | None, facts: Facts, unsure: set[str]) -> list[Fact]:
    """The settled facts of sessions held that documents but the `unsure` give round `number` of the dialogue
    (a plan may slip by a year), when every one ends ten months or more before `value` begins; else none."""
    if number is None:
        return []
    same = [f for of_year in facts.by_round.get((dialogue, number), {}).values() for told in of_year.values()
            for _, f in told.facts if f.settled and f.held and f.doc_id not in unsure]
    first = bounds(value)[0]
    return same if all((first - bounds(f.value)[1]).days > _ROUND_APART_DAYS for f in same) else []



def _anchor_passes(held: list, anchors: list, told: list[list[Fact]], analyze_all: Callable,
                   facts: Facts | None = None) -> None:
    """Anchors moved by the facts other documents state (`told`: each document's; `facts`: their index, when
    the caller has it), and their documents read again, pass after pass. A pass asks of every document while
    the facts are new, then of those the pass before moved only: what a document's anchors learn hangs on
    them, its analysis and the facts."""
    asked: Iterable[int] = range(len(anchors))
    for _ in range(_ROUNDS_PASSES):
        if facts is None:
            facts = Facts([f for fs in told for f in fs])
            asked = range(len(anchors))
        moved_docs = []
        for n in asked:
            parts = anchors[n]
            moved = False
            analysis = None  # opened when one of its parts has an anchor to move
            for k, anchor in enumerate(parts):
                if anchor is None:
                    anchor = parts[k] = Anchor(None, None, "no date known")
                    anchor.own_reasons = []
                if anchor.day is not None:
                    continue
                if analysis is None:
                    analysis = opened(held[n])[1]
                # the same event dated by another document fixes the day first; a round's year and
                # month are a coarser guess, taken only when that does not settle it
                if anchor.lo is not None and _day_from_relative(anchor, analysis, k, facts):
                    moved = True
                    continue
                if anchor.year is None or anchor.month is None:
                    moved |= _year_from_rounds(anchor, analysis, k, facts) or \
                        _year_between_rounds(anchor, analysis, k, facts) or \
                        _year_from_same_day(anchor, analysis, k, facts) or \
                        _year_the_dialogue_is_active(anchor, analysis, k, facts)
                if anchor.lo is not None and anchor.day is None:
                    moved |= _day_from_relative(anchor, analysis, k, facts)
                if anchor.lo is not None and anchor.day is None:
                    moved |= _not_before_session_held(anchor, analysis, k, facts)
            if moved:
                moved_docs.append(n)
        if not moved_docs:
            break
        for n, result in zip(moved_docs, analyze_all(moved_docs)):
            held[n] = result
            facts_again = heads(result)[1]
            if facts_again != told[n]:  # [scale] the facts are made again only when a reading changed them
                told[n], facts = facts_again, None
        # [scale] the same facts leave a document's anchors where the pass left them unless it moved them
        asked = moved_docs
