"""Which language a text (or each stretch of a mixed page) is written in: Arabic or English.

Script counts are enough here: the two languages Hiwar reads use different alphabets, so the
share of Arabic letters against Latin ones decides, with no model to load and no mistake
between them (a statistical detector would add a dependency to separate what the alphabet
already separates). A page that mixes both is cut at its paragraph breaks.
"""
from __future__ import annotations

import re

ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PARAGRAPH = re.compile(r"[^\n]+")
# a stretch needs this many letters to speak for itself; shorter ones join their neighbours
_MIN_LETTERS = 40


def detect_language(text: str) -> str:
    """"ar" when Arabic letters outnumber Latin ones, else "en"."""
    return "ar" if len(ARABIC_LETTER.findall(text)) >= len(LATIN_LETTER.findall(text)) else "en"


def language_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) stretches covering the text: paragraphs of one language joined,
    and short lines (bylines, dates, headings) taking the language of the text before them."""
    spans: list[list] = []
    for m in _PARAGRAPH.finditer(text):
        letters = len(ARABIC_LETTER.findall(m.group())) + len(LATIN_LETTER.findall(m.group()))
        lang = detect_language(m.group()) if letters >= _MIN_LETTERS else None
        if spans and (lang is None or spans[-1][2] in (None, lang)):
            spans[-1][1] = m.end()
            spans[-1][2] = spans[-1][2] or lang
        else:
            spans.append([m.start(), m.end(), lang])
    if not spans:
        return [(0, len(text), detect_language(text))]
    spans[0][0], spans[-1][1] = 0, len(text)
    whole = detect_language(text)
    return [(s, spans[k + 1][0] if k + 1 < len(spans) else e, lang or whole) for k, (s, e, lang) in enumerate(spans)]
