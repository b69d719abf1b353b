"""Hiwar's Arabic temporal layer: find dates, normalize them (DATES.md), infer a text's own date."""
from .anchor import AnchorGuess, anchors_satisfying, infer_anchor, written_the_day_before
from .clues import AnchorClue
from .finder import find_dates
from .values import bounds, canonical, contains, format_day, interval, parse_value, precision, widest

__all__ = [
    "AnchorClue", "AnchorGuess", "anchors_satisfying", "bounds", "canonical", "contains", "find_dates",
    "format_day", "infer_anchor", "interval", "parse_value", "precision", "widest", "written_the_day_before",
]
