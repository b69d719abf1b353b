"""Where a date stands on a page: a line of its own near the top is the page's own date."""
from __future__ import annotations

import re

# What may stand beside a page's date on its own line: spaces, punctuation, a clock time.
_LINE_REST = re.compile(r"[\s\W_]+|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:am|pm|ص|م)\b")


def fills_its_line(ntext: str, start: int, end: int) -> bool:
    """The date is the whole of its line, but for punctuation and a clock time ("الاربعاء 26 يوليو 2017",
    "October 22, 2010 | 14:50"): a page's own date line, however much page furniture (a time, an
    office's name) stands above it."""
    line_start = ntext.rfind("\n", 0, start) + 1
    line_end = ntext.find("\n", end)
    rest = ntext[line_start:start] + " " + ntext[end:line_end if line_end >= 0 else None]
    return not _LINE_REST.sub("", rest)
