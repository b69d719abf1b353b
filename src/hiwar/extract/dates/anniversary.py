"""Anniversaries and ages: "الذكرى الـ30 لتحرير الكويت", "مرور 60 عاما على ...", "بلوغه سن الستين".

The value is the base date + N years, at the base's precision. The base is a
date written in the same sentence, or an event of anniversaries.tsv named
right after the anniversary (then only the year is known).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...text.doc import Doc
from ...text.matcher import PhraseMatcher
from .atom import Atom
from .lexicon import BaseEvent, cardinal_value, lexicon, lookup
from .patterns import patterns
from .values import format_year, shift_value

_BASE_REACH = 120  # characters after an anniversary in which its base date may be written
_PASSAGE_CUE = "مرور"
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True)
class Base:
    """Where an anniversary's base came from: a written date (an atom) or a table event."""

    value: str
    event: BaseEvent | None = None


def scan_anniversaries(ntext: str) -> list[Atom]:
    P, lx = patterns(), lexicon()
    out = []
    for m in P.finditer("anniversary", ntext):
        if m.group("jub"):
            n = lookup(lx.jubilees, m.group("jub"))
        elif m.group("hundred"):
            n = 100
        elif m.group("n"):
            n = int(m.group("n"))
        else:
            n = lookup(lx.ordinals, m.group("ord"))
        out.append(Atom(m.end("cl"), m.end(), "anniversary", "anniversary", {"n": n, "sort": "event"}))
    # a passage is kept only with "مرور" in its sentence: a text without the word has none
    for m in P.finditer("passage", ntext) if _PASSAGE_CUE in ntext else ():
        sentence_start = _sentence_start(ntext, m.start())
        if _PASSAGE_CUE not in ntext[sentence_start:m.end()]:
            continue
        n = cardinal_value(m.group("n"))
        if n:
            out.append(Atom(m.end("cl"), m.end(), "anniversary_passage", "anniversary", {"n": n, "sort": "event"}))
    for m in P.finditer("age", ntext):
        n = int(m.group("n")) if m.group("n") else lookup(lx.ordinals, m.group("ord") or m.group("ord2"))
        out.append(Atom(m.end("cl"), m.end(), "age", "anniversary", {"n": n, "sort": "age"}))
    return out


def _sentence_start(ntext: str, pos: int) -> int:
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(ntext, max(0, pos - 400), pos)]
    return breaks[-1] if breaks else max(0, pos - 400)


def _sentence_end(ntext: str, pos: int) -> int:
    m = _SENTENCE_BREAK.search(ntext, pos)
    return m.start() if m else len(ntext)


@lru_cache(maxsize=1)
def _base_matcher() -> PhraseMatcher[tuple[BaseEvent, ...]]:
    by_phrase: dict[str, list[BaseEvent]] = {}
    for event in lexicon().base_events:
        for phrase in event.phrases:
            by_phrase.setdefault(phrase, []).append(event)
    return PhraseMatcher((phrase, tuple(events)) for phrase, events in by_phrase.items())


def _requirements_met(event: BaseEvent, text: str) -> bool:
    return all(any(word in text for word in group) for group in event.requires)


def _table_base(atom: Atom, doc: Doc) -> tuple[Base, int] | None:
    """The table event named right after the anniversary, and the normalized end of its name."""
    original_end = doc.norm.span(atom.nstart, atom.nend)[1]
    i = doc.token_at(original_end)
    if i < len(doc.tokens) and doc.tokens[i].norm in ("علي", "من"):
        i += 1
    if i >= len(doc.tokens):
        return None
    match = _base_matcher().match_at(doc, i)
    if match is None:
        return None
    ntext = doc.norm.text
    sentence = ntext[_sentence_start(ntext, atom.nstart):_sentence_end(ntext, atom.nend)]
    for scope in (sentence, ntext):
        for event in match.payload:
            if _requirements_met(event, scope):
                return Base(event.value, event), doc.tokens[match.end_token - 1].nend
    return None


def attach_bases(items: list[Atom], doc: Doc, absolute_value) -> None:
    """Give every anniversary atom its value (p["value"]); `absolute_value(atom)` resolves a written base."""
    ntext = doc.norm.text
    for k, atom in enumerate(items):
        if atom.kind != "anniversary":
            continue
        n = atom.p["n"]
        lo, hi = _sentence_start(ntext, atom.nstart), _sentence_end(ntext, atom.nend)
        after = [b for b in items[k + 1:] if b.nstart < min(hi, atom.nend + _BASE_REACH) and b.kind != "anniversary"]
        before = [b for b in items[:k] if b.nstart >= lo and b.kind != "anniversary"]
        table = _table_base(atom, doc) if atom.p["sort"] == "event" else None
        written = next((v for v in (absolute_value(b) for b in after) if isinstance(v, str)), None)
        if table and written and written[:4] != table[0].value[:4]:
            written = None  # a date of the celebration itself, not of the event it recalls
        if table and not written:
            base, name_end = table
            atom.p.update(value=format_year(int(base.value[:4]) + n), base=base.value, base_event=base.event.id)
            atom.nend = name_end
        elif written or atom.p["sort"] == "age":
            written = written or next((v for v in (absolute_value(b) for b in reversed(before)) if isinstance(v, str)), None)
            if written:
                atom.p.update(value=shift_value(written, n), base=written)
