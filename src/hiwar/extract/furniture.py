"""Where the article body ends and the page furniture (related links, comments, tags) begins.

A short line that opens with a marker from data/ar/furniture.txt ("شاهد أيضاً",
"اترك رد", "العلامات", ...) starts the tail; short lines without any letter just before
it (": 205") belong to the tail too. Every extractor stops at `content_end(doc)`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.doc import Doc
from ..text.normalize import fold
from .places import read_list

# A marker line is the marker plus at most this many words ("تعليقات أضف تعليقا").
_MAX_EXTRA_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_WORD.findall(fold(m))) for m in read_list("furniture.txt"))


def _is_marker_line(words: list[str]) -> bool:
    for marker in _markers():
        n = len(marker)
        if tuple(words[:n]) == marker and len(words) - n <= _MAX_EXTRA_WORDS:
            return True
    return False


def content_end(doc: Doc) -> int:
    """Original offset where the article body ends (len(doc.text) when there is no tail)."""
    ntext = doc.norm.text
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in ntext.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    seen_body = False
    for k, (ls, le) in enumerate(lines):
        words = _WORD.findall(ntext[ls:le])
        if not words:
            continue
        if seen_body and _is_marker_line(words):
            cut = k
            while cut > 0 and not _WORD.search(ntext[lines[cut - 1][0]:lines[cut - 1][1]]):
                cut -= 1  # blank lines and letterless lines (": 205") go with the tail
            return doc.norm.offsets[lines[cut - 1][1]]  # end of the last body line
        seen_body = True
    return len(doc.text)
