"""find_dates: the temporal expressions of a text and their values (DATES.md)."""
from __future__ import annotations

from bisect import bisect_right
from datetime import date

from ...text.doc import Doc
from ...text.language import language_spans
from ..types import DateValue, Mention
from .anniversary import attach_bases
from .atom import Atom
from .combine import combine, select
from .english import find_english_dates
from .resolve import resolve
from .scan import scan
from .tense import tense_near
from .values import canonical


def _never() -> None:
    return None


def atoms_of(doc: Doc) -> list[Atom]:
    """The date expressions of a document, joined and with anniversary bases attached, unresolved:
    found once per text, whatever anchors it is read against (shared: read them, never change them)."""
    def atoms() -> list[Atom]:
        ntext = doc.norm.text
        items = combine(select(scan(ntext)), ntext)
        attach_bases(items, doc, lambda atom: resolve(atom, None, _never)[0])
        return items

    return doc.layer.remembered("date atoms", atoms)


def find_dates(text: str | Doc, anchor: date | None = None) -> list[Mention]:
    """Every date expression of `text`, in document order, with its value against `anchor`.

    Mention.attrs: "value" (DateValue or None), "relative" (the value depends on
    the anchor; without one such mentions are kept with value None).
    """
    doc = text if isinstance(text, Doc) else Doc(text)
    spans = language_spans(doc.text)
    english = [(s, e) for s, e, lang in spans if lang == "en"]
    if not english:
        return _arabic_dates(doc, anchor)
    found = find_english_dates(doc, anchor)
    if len(english) < len(spans):  # a page mixing both: each stretch read in its own language
        found = [m for m in found if any(s <= m.start < e for s, e in english)]
        found += [m for m in _arabic_dates(doc, anchor) if not any(s <= m.start < e for s, e in english)]
    return sorted(found, key=lambda m: m.start)


def _arabic_dates(doc: Doc, anchor: date | None) -> list[Mention]:
    ntext = doc.norm.text
    sentence_starts = [s.nstart for s in doc.sentences]
    out: list[Mention] = []
    for atom in atoms_of(doc):
        def tense(atom: Atom = atom) -> str | None:
            k = bisect_right(sentence_starts, atom.nstart) - 1
            lo, hi = (doc.sentences[k].nstart, doc.sentences[k].nend) if k >= 0 else (0, len(ntext))
            return tense_near(ntext, atom.nstart, atom.nend, lo, hi)

        value, relative = resolve(atom, anchor, tense)
        if value is None and not (relative and anchor is None):
            continue
        out.append(_mention(doc, atom, value, relative))
    return out


def _mention(doc: Doc, atom: Atom, value: DateValue | None, relative: bool) -> Mention:
    start, end = doc.norm.span(atom.nstart, atom.nend)
    attrs: dict = {"value": value, "relative": relative}
    if atom.kind == "date" and atom.p.get("weekday") is not None and atom.p.get("d") and atom.p.get("y") is None:
        attrs["weekday"] = atom.p["weekday"]  # "الاثنين 15 يوليو": the weekday settles the year
    if atom.kind == "anniversary" and "base" in atom.p:
        attrs["base"] = atom.p["base"]
        if "base_event" in atom.p:
            attrs["base_event"] = atom.p["base_event"]
    return Mention("date", start, end, doc.text[start:end], canonical(value), atom.rule, attrs)
