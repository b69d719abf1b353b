"""A dialogue's timeline laid out for an SVG: in Arabic time runs right to left (earliest at the right
edge, undated items in their own column at the far left); in English it is mirrored.

One row per item (rounds as headings, their events under them), each placed on a shared time axis.
The template draws what this computes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..extract.dates.values import bounds
from ..views.timeline import TimelineItem

WIDTH = 960
ROW = 26
TOP = 40  # room for the year labels
RIGHT_PAD = 20
UNDATED_WIDTH = 110  # the column for undated items, at the left
MIN_BAR = 8


@dataclass(frozen=True)
class Mark:
    item: TimelineItem
    x: float  # the left edge of the mark (the later end of its span)
    width: float
    y: float
    dated: bool


@dataclass(frozen=True)
class Tick:
    x: float
    year: int


@dataclass(frozen=True)
class Layout:
    width: int
    height: int
    axis: tuple[float, float]  # the x span of dated time
    undated_x: float  # the middle of the undated column
    marks: list[Mark]
    ticks: list[Tick]


def layout(items: list[TimelineItem], right_to_left: bool = True) -> Layout:
    spans = [bounds(i.date) if i.date is not None else None for i in items]
    dated = [s for s in spans if s]
    axis_left, axis_right = UNDATED_WIDTH + 20.0, WIDTH - RIGHT_PAD
    first = min((s[0] for s in dated), default=date.today())
    last = max((s[1] for s in dated), default=first)
    first, last = date(first.year, 1, 1), date(last.year + 1, 1, 1)  # whole years on the axis
    days = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return axis_right - (day - first).days / days * (axis_right - axis_left)

    marks = []
    for row, (item, span) in enumerate(zip(items, spans)):
        y = TOP + row * ROW
        if span is None:
            marks.append(Mark(item, UNDATED_WIDTH / 2, MIN_BAR, y, False))
            continue
        early, late = x_of(span[0]), x_of(span[1])
        width = max(early - late, MIN_BAR)
        marks.append(Mark(item, round(early - width, 1), round(width, 1), y, True))
    ticks = [Tick(round(x_of(date(year, 1, 1)), 1), year) for year in range(first.year, last.year + 1)]
    if right_to_left:
        return Layout(WIDTH, TOP + len(items) * ROW + 10, (axis_left, axis_right), UNDATED_WIDTH / 2, marks, ticks)

    def mirror(x: float, width: float = 0) -> float:
        return round(WIDTH - x - width, 1)

    return Layout(WIDTH, TOP + len(items) * ROW + 10, (mirror(axis_right), mirror(axis_left)),
                  mirror(UNDATED_WIDTH / 2), [Mark(m.item, mirror(m.x, m.width), m.width, m.y, m.dated) for m in marks],
                  [Tick(mirror(t.x), t.year) for t in ticks])
