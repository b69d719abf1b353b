"""Sections of a page that are not the story: pointer lines to other stories and stitched
stories under their own headline."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ...datafiles import read_yaml
from ...text.doc import Doc
from ...text.normalize import fold
from ..places import DATA
from .org_spans import OrgSpan
from .names import name_tokens, names_compatible
from .persons import PersonSpan
from .words import WORD

def _name_text(doc: Doc, span: tuple[int, int]) -> str:
    return doc.text[doc.tokens[span[0]].start:doc.tokens[span[1] - 1].end]


@lru_cache(maxsize=1)
def _stitching() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], int]:
    """Pointer openings (as folded words), the story's own words, the longest headline."""
    data = read_yaml(DATA / "stitching.yaml")
    return (tuple(tuple(WORD.findall(fold(p))) for p in data["pointers"]),
            frozenset(fold(w) for w in data["story_words"]), data["headline_words"])


def _lines(doc: Doc) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in doc.text.split("\n"):
        out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return out


def aside_lines(doc: Doc) -> list[tuple[int, int]]:
    """Lines inside the body that point at other stories ("اقرأ أيضا: وزارة الصحة تعلن ...")."""
    pointers = _stitching()[0]
    reach = max((len(p) for p in pointers), default=0)  # [speed] a line's first words only, not all of them
    out = []
    # the normalized text keeps the lines of the original, each folded as the line alone would be
    for (start, end, _), folded in zip(_lines(doc), doc.norm.text.split("\n")):
        words = tuple(m[0] for m in islice(WORD.finditer(folded), reach))
        if any(words[:len(p)] == p for p in pointers):
            out.append((start, end))
    return out


_SENTENCE_END = re.compile(r"[.!؟?\"”»)]$")
_ANY_END = re.compile(r"[.!؟?:،,\"”»)]$")
_HEADLINE_END = re.compile(r"[!؟?]$")


def stitched_sections(doc: Doc, end: int) -> list[tuple[int, int]]:
    """Sections that open with a short line without final punctuation right after a finished
    sentence ("أسعار النفط ترتفع ..."): a headline, of another story or of a part of this one. The
    page's first line finished by "؟" or "!" is the story's own headline: a label or date line under it
    ("خبر", "الأربعاء 3 مارس") heads nothing."""
    longest = _stitching()[2]
    starts, previous, under_first = [], None, False
    for start, _, line in _lines(doc):
        if start >= end:
            break
        if not line:
            continue
        finished = previous is not None and _SENTENCE_END.search(previous) \
            and not (under_first and _HEADLINE_END.search(previous))
        if finished and not _ANY_END.search(line) and len(line.split()) <= longest:
            starts.append(start)
        under_first = previous is None
        previous = line
    return list(zip(starts, starts[1:] + [end]))


def another_story(doc: Doc, section: tuple[int, int], persons: list[PersonSpan], orgs: list[OrgSpan]) -> bool:
    """A headed section is another story when it names no one and nothing named before it and
    uses none of the story's own words."""
    a, b = section
    if set(WORD.findall(fold(doc.text[a:b]))) & _stitching()[1]:
        return False
    def forms(span: PersonSpan) -> tuple[str, ...]:
        return name_tokens(_name_text(doc, span.name))
    before = [forms(p) for p in persons if doc.tokens[p.name[0]].start < a]
    inside = [forms(p) for p in persons if a <= doc.tokens[p.name[0]].start < b]
    if any(names_compatible(x, y) for x in inside for y in before):
        return False
    return not {o.key for o in orgs if a <= o.start < b} & {o.key for o in orgs if o.start < a}


def within(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in ranges)

