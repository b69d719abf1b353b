"""Which language a text (or each stretch of a mixed page) is written in: Arabic or English.

Script counts are enough here: the two languages Hiwar reads use different alphabets, so the
share of Arabic letters against Latin ones decides, with no model to load and no mistake
between them (a statistical detector would add a dependency to separate what the alphabet
already separates). A page that mixes both is cut at its paragraph breaks.
"""
from __future__ import annotations

import re
from functools import lru_cache

_ARABIC_LETTERS = r"\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_LATIN_LETTERS = r"A-Za-z\u00c0-\u024f"
ARABIC_LETTER = re.compile(f"[{_ARABIC_LETTERS}]")
LATIN_LETTER = re.compile(f"[{_LATIN_LETTERS}]")
# [speed] letters are counted as what is left once every run of other characters is cut out: a
# match per space between words, not one per letter
_NOT_ARABIC = re.compile(f"[^{_ARABIC_LETTERS}]+")
_NOT_LATIN = re.compile(f"[^{_LATIN_LETTERS}]+")
_PARAGRAPH = re.compile(r"[^\n]+")
# a stretch needs this many letters to speak for itself; shorter ones join their neighbours
_MIN_LETTERS = 40


def _letters(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) of a text."""
    return len(_NOT_ARABIC.sub("", text)), len(_NOT_LATIN.sub("", text))


def _language(arabic: int, latin: int) -> str:
    return "ar" if arabic >= latin else "en"


def detect_language(text: str) -> str:
    """"ar" when Arabic letters outnumber Latin ones, else "en"."""
    return _language(*_letters(text))


def language_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) stretches covering the text: paragraphs of one language joined,
    and short lines (bylines, dates, headings) taking the language of the text before them."""
    return list(_language_spans(text))


@lru_cache(maxsize=32)  # the dates and the English reader both ask it of each text
def _language_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    spans: list[list] = []
    arabic_in_all = latin_in_all = 0  # the paragraphs hold every letter of the text
    for m in _PARAGRAPH.finditer(text):
        arabic, latin = _letters(m.group())
        arabic_in_all, latin_in_all = arabic_in_all + arabic, latin_in_all + latin
        lang = _language(arabic, latin) if arabic + latin >= _MIN_LETTERS else None
        if spans and (lang is None or spans[-1][2] in (None, lang)):
            spans[-1][1] = m.end()
            spans[-1][2] = spans[-1][2] or lang
        else:
            spans.append([m.start(), m.end(), lang])
    whole = _language(arabic_in_all, latin_in_all)
    if not spans:
        return ((0, len(text), whole),)
    spans[0][0], spans[-1][1] = 0, len(text)
    return tuple((s, spans[k + 1][0] if k + 1 < len(spans) else e, lang or whole) for k, (s, e, lang) in enumerate(spans))
