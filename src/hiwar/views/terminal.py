"""Arabic in a terminal.

Text is written in logical order, which terminals with bidi support (and every
pager, editor and browser) show correctly. Each Arabic value is closed with a
left-to-right mark so the Latin text after it keeps its place in the line.
`visual()` reorders and shapes lines for terminals that have no bidi support.
"""
from __future__ import annotations

import unicodedata

LRM = "\u200e"


def isolate(value: str) -> str:
    """An Arabic value inside a left-to-right line."""
    return value + LRM


def visual(text: str) -> str:
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line), base_dir="L") for line in text.split("\n"))


def cell(value: str, visual_order: bool = False) -> str:
    """A table cell: Arabic isolated from its neighbours, or laid out for a terminal without bidi."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value):
        return value
    return visual(value) if visual_order else isolate(value)
