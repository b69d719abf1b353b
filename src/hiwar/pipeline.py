"""The path of the data: source document → Doc → per-document analysis.

    analyze(source, anchor)   one document, no knowledge of the others

Pure (no store): the store caches what it returns, keyed by the engine version this module is part
of; `build.build_record` takes every document's analysis on to the record.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from .extract.dates import canonical, find_dates, precision, widest
from .extract.english import english_stretches, join_readings, read_english
from .extract.entities import extract_entities
from .extract.events import document_parts, read_dialogue
from .extract.furniture import content_end
from .extract.page_noise import quiet_page
from .extract.types import LocalAgreement, LocalEntity, LocalEvent, LocalRound, Mention
from .record import DocumentRec
from .resolve.heap import collector_paused
from .text.doc import Doc


@dataclass(frozen=True)
class SourceDoc:
    """A document as read from disk or metadata, before any analysis.

    Its repr names the text by its digest (the text left out): a cache key made of it is found again
    without the text, from the document's stand-in (`stand_in`)."""

    id: str
    text: str = field(repr=False)
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD (or coarser) from metadata
    url: str | None = None
    source: str | None = None
    language: str = "ar"
    path: str | None = None
    digest: str = ""  # text_digest(text), computed when not given

    def __post_init__(self) -> None:
        if not self.digest:
            object.__setattr__(self, "digest", text_digest(self.text))

    def stand_in(self) -> SourceDoc:
        """The document without its text: the same repr, so the same cache keys, at the size of its metadata."""
        return replace(self, text="")


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DocAnalysis:
    """Everything extracted from one document, every fact tied to its spans."""

    doc: DocumentRec
    entities: list[LocalEntity] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)  # kind "date", attrs["value"], attrs["rule"]
    events: list[LocalEvent] = field(default_factory=list)
    rounds: list[LocalRound] = field(default_factory=list)
    agreements: list[LocalAgreement] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every mention, for `hiwar extract`
    parts: list[int] = field(default_factory=lambda: [0])  # original start offsets of the page's parts
    dialogue: str | None = None  # the dialogue the document is about (its two most named countries)


@collector_paused()  # an analysis builds thousands of small objects and no cycle: see resolve.heap
def analyze(source: SourceDoc, anchors=None) -> DocAnalysis:
    """One document read against its anchors: one per part of the page (see resolve.anchors.Anchor),
    a single anchor or day for the whole page, or None (only absolute dates are read)."""
    from .resolve.anchors import Anchor, from_value

    text = quiet_page(source.text)  # the site's noise blanked: offsets stay those of the stored text
    doc = Doc(text, source.id)
    english, arabic, mostly_english = english_stretches(text)
    end = len(text) if mostly_english else content_end(doc)
    parts = [0] if mostly_english else document_parts(doc, end)
    if anchors is None or isinstance(anchors, (date, Anchor)):
        anchors = [from_value(anchors.isoformat(), "given") if isinstance(anchors, date) else anchors]
    anchors = [anchors[min(k, len(anchors) - 1)] if anchors else None for k in range(len(parts))]
    dates: list[Mention] = []
    for k, start in enumerate(parts):
        stop = parts[k + 1] if k + 1 < len(parts) else end
        aside = anchors[k].furniture if anchors[k] is not None else None  # the day the page was read
        dates.extend(m for m in _dates(doc, anchors[k]) if start <= m.start < stop
                     and not (aside and m.start < aside[1] and aside[0] < m.end))
    # each stretch of the page read in its own language; a page in one language has one stretch
    readings = []
    if english:
        readings.append((read_english(doc, english, dates, anchors[0]), "en"))
    if arabic:
        readings.append((_arabic_reading(doc, end, dates, anchors, arabic if english else None, source.title), "ar"))
    readings.sort(key=lambda r: r[1] != ("en" if mostly_english else "ar"))  # the page's main language first
    entities, places, others, reading = readings[0][0]
    if len(readings) > 1:
        entities, places, others, reading = join_readings(readings[0][0], *readings[1])
    first = anchors[0]
    published = source.published or (first.day.isoformat() if first is not None and first.day is not None
                                      and first.reason.startswith("dateline") else None)
    reason = "; ".join(dict.fromkeys(
        (f"part {k + 1} (from offset {parts[k]}): " if k else "") + a.reason
        for k, a in enumerate(anchors) if a is not None and a.lo is not None)) or None
    rec = DocumentRec(source.id, source.title, source.language, published,
                      _canonical_anchor(first), reason, source.url, source.source)
    mentions = list({(m.kind, m.start, m.end): m for m in [m for e in entities for m in e.mentions] + others
                     + places + dates}.values())
    return DocAnalysis(rec, entities, places, dates, reading.events, reading.rounds, reading.agreements,
                       sorted(mentions, key=lambda m: m.start), parts, reading.dialogue)


def _arabic_reading(doc: Doc, end: int, dates: list[Mention], anchors: list, within: list[tuple[int, int]] | None,
                    title: str | None = None):
    """Entities, places, other spans and dialogue reading of the Arabic path (of its stretches
    `within` on a page that mixes languages); `title` is the document's title from its metadata."""
    def kept(pos: int) -> bool:
        return pos < end and (within is None or any(s <= pos < e for s, e in within))

    entities, found = extract_entities(doc)
    entities = [e for e in entities if any(kept(m.start) for m in e.mentions)]
    named = [(m.start, m.end) for e in entities if e.kind == "person" for m in e.mentions
             if m.text in (e.name, *e.aliases)]
    # "محمد شياع السوداني": a demonym inside a person's name is no place (nor a country of the text)
    places = [p for p in found if p.kind == "place" and kept(p.start)
              and not (p.attrs.get("form") == "demonym" and any(a <= p.start and p.end <= b for a, b in named))]
    others = [m for m in found if m.kind != "place"]  # titles and other spans the entity layer reports
    return entities, places, others, read_dialogue(doc, end, dates, entities, places, anchors, title)


def _canonical_anchor(anchor) -> str | None:
    if anchor is None or anchor.value is None:
        return None
    value = anchor.value
    return value if isinstance(value, str) else f"{value['start']}/{value['end']}"


def _dates(doc: Doc, anchor) -> list[Mention]:
    """Dates read against every day an anchor may be: a relative date keeps what all agree on.

    attrs["offset"]: days from the anchor, for a date that moves with it day for day
    ("يوم غد الثلاثاء" → +1), so another document's absolute date can fix the anchor.
    """
    if anchor is None or anchor.lo is None:
        return find_dates(doc, None)
    early = find_dates(doc, anchor.lo)
    if anchor.hi == anchor.lo:
        return early
    late = {(m.start, m.end): m for m in find_dates(doc, anchor.hi)}
    out = []
    for m in early:
        other = late.get((m.start, m.end))
        values = [m.attrs.get("value"), other.attrs.get("value") if other else None]
        offset = _offset(values, anchor)
        if None in values:
            value = None
        elif values[0] != values[1] and m.attrs.get("weekday") is not None:
            value = _year_of_weekday(values[0], m.attrs["weekday"], anchor) or _within_a_year(values)
        elif values[0] != values[1] and offset is not None:
            value = widest(values)  # kept, years apart, for another document to fix ("أمس الثلاثاء")
        else:
            value = values[0] if values[0] == values[1] else _within_a_year(values)
        attrs = dict(m.attrs, value=value, settled=values[0] == values[1])
        if offset is not None and value is not None:
            attrs["offset"] = offset
        out.append(Mention(m.kind, m.start, m.end, m.text, canonical(value), m.rule, attrs))
    return out


def _offset(values: list, anchor) -> int | None:
    """Days from the anchor of a date that moves with it day for day, read at both ends of its span."""
    if values[0] == values[1] or not all(isinstance(v, str) and precision(v) == "day" for v in values):
        return None
    shift = (date.fromisoformat(values[0]) - anchor.lo).days
    return shift if (date.fromisoformat(values[1]) - anchor.hi).days == shift else None


def _within_a_year(values: list):
    """The widest value all readings allow, or None when they fall in different years: a date whose
    year the text cannot tell is unknown, not an interval of years."""
    value = widest(values)
    return None if isinstance(value, dict) else value


def _year_of_weekday(value: str, weekday: int, anchor) -> str | None:
    """The one year, within a year of the anchor's span, whose day and month fall on the weekday
    the text names; None when there are none or several."""
    month, day = int(value[5:7]), int(value[8:10])
    fits = []
    for year in range(anchor.lo.year - 1, anchor.hi.year + 2):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and (anchor.lo - d).days <= 366 and (d - anchor.hi).days <= 366:
            fits.append(d)
    return fits[0].isoformat() if len(fits) == 1 else None

