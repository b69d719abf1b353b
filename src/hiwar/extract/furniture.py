"""Where the article body ends and the page furniture (related links, comments, tags) begins.

A short line that opens with a marker from data/ar/furniture.txt ("شاهد أيضاً",
"اترك رد", "العلامات", ...) starts the tail; short lines without any letter just before
it (": 205") belong to the tail too. Every extractor stops at `content_end(doc)`. Above the
text, short lines that open with a marker from data/ar/page_header.txt ("تسجيل الدخول",
"آخر تحديث") or hold no letter are page chrome (`header_lines`).
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
# A line this long, or ending a sentence, is the text itself (headlines seldom run so long or end in a
# stop); the stop of an abbreviation ("د.ب.أ") is followed by a letter.
_PROSE_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?؟](?=\s|\)|$)")


@lru_cache(maxsize=2)
def _markers(source: str = "furniture.txt") -> dict[str, tuple[tuple[str, ...], ...]]:
    """The markers of a list as folded words, by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for m in read_list(source):
        words = tuple(_WORD.findall(fold(m)))
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(markers) for first, markers in by_first.items()}


def _is_marker_line(words: list[str], source: str = "furniture.txt") -> bool:
    for marker in _markers(source).get(words[0], ()):
        n = len(marker)
        if tuple(words[:n]) == marker and len(words) - n <= _MAX_EXTRA_WORDS:
            return True
    return False


def content_end(doc: Doc) -> int:
    """Original offset where the article body ends (len(doc.text) when there is no tail); every
    stage of one analysis asks it of the same text."""
    return doc.layer.remembered("content end", lambda: _body_end(doc))


def _body_end(doc: Doc) -> int:
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
        seen_body = seen_body or _is_prose(ntext[ls:le], words)
    return len(doc.text)


def _is_prose(line: str, words: list[str]) -> bool:
    """A line of the article's text, not its headline or the site's menu above it: a marker seen
    before any such line ("الأكثر قراءة" under the headline) is page chrome, not the tail."""
    return len(words) >= _PROSE_WORDS or _SENTENCE_END.search(line) is not None


def header_lines(doc: Doc) -> list[tuple[int, int]]:
    """Original (start, end) of the page-chrome lines above the text: login and menu links,
    crawl and update stamps, lines of digits; the first other line ends them."""
    out = []
    pos = 0
    ntext = doc.norm.text
    for line in ntext.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        words = _WORD.findall(line)
        if not line.strip():
            continue
        if words and not _is_marker_line(words, "page_header.txt"):
            break
        out.append(doc.norm.span(start, end))
    return out


CUT_LINE_WORDS = 8  # a last line this long without final punctuation is a sentence cut short


def cut_short(doc: Doc) -> bool:
    """The text is an excerpt cut mid-sentence: its last line is a long run of words with no
    final punctuation, so its last word may be cut too ("... وزير الخارجية أنتوني بلين")."""
    lines = [line for line in doc.text.rstrip().split("\n") if line.strip()]
    if not lines or not doc.tokens or not doc.tokens[-1].is_word:
        return False
    return len(_WORD.findall(lines[-1])) > CUT_LINE_WORDS and content_end(doc) == len(doc.text)
