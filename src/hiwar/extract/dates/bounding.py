"""Clues that only narrow the span of days a text may be of: an official named with an office he held
(tenures.tsv), a name that did not exist before some month (eras.tsv), the latest date the text tells as
past, and "منذ ست سنوات" or "بعد خمس سنوات من" counted from a year the text writes."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ...datafiles import read_yaml
from ...text.doc import Doc
from ...text.matcher import PhraseMatcher, phrase_tokens
from ..entities import office_holders
from ..places import DATA, read_list, read_rows
from .atom import Atom
from .clues import AnchorClue, Span, quoted, tense_of, value_alone
from .lexicon import cardinal_value
from .values import bounds, last_day

# "بعد ثلاث سنوات من انعقاد ... عام 2019": a count of years after an event the text dates.
_YEARS_AFTER = re.compile(r"بعد (\S+(?: \S+)?) (?:سنوات|اعوام|سنه|عاما|سنين) (?:من|علي)\b")
_YEARS_AFTER_REACH = 80  # characters from the count to the year it counts from
_AGO_REACH = 8  # "منذ 189 عاماً في 21 سبتمبر 1833": this close after a count, a date is its base


def _month_start(text: str) -> date:
    return date(int(text[:4]), int(text[5:7]), 1)


def _month_end(text: str) -> date:
    year, month = int(text[:4]), int(text[5:7])
    return date(year, month, last_day(year, month))


def _span_text(spans: tuple[Span, ...]) -> str:
    return ", ".join(f"{lo:%Y-%m} to " + ("now" if hi == date.max else f"{hi:%Y-%m}") for lo, hi in spans)


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[tuple[tuple[str, ...], Span]]]:
    """Official id → (office as its titles begin, folded tokens; term) from tenures.tsv."""
    out: dict[str, list[tuple[tuple[str, ...], Span]]] = {}
    for row in read_rows("tenures.tsv"):
        official, offices, start = row[0], row[1], row[2]
        term = (_month_start(start), _month_end(row[3]) if len(row) > 3 and row[3] else date.max)
        for office in offices.split("|"):
            out.setdefault(official, []).append((phrase_tokens(office), term))
    return out


@lru_cache(maxsize=1)
def _english_terms() -> list[tuple[re.Pattern[str], str, Span]]:
    """(an English office written before the official's name, the name, the term) from the rows of tenures.tsv
    that give English offices: "Secretary of State Antony J. Blinken", "Secretary Blinken"."""
    names = {e["id"]: e["en"] for e in read_yaml(DATA / "officials.yaml") if e.get("en")}
    out = []
    for row in read_rows("tenures.tsv"):
        if len(row) < 5 or not row[4] or row[0] not in names:
            continue
        term = (_month_start(row[2]), _month_end(row[3]) if row[3] else date.max)
        offices = "|".join(re.escape(o) for o in row[4].split("|"))
        surname = re.escape(names[row[0]].split()[-1])
        pattern = re.compile(rf"\b(?<![-\w])(?:{offices})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}?{surname}\b(?!-elect)")
        out.append((pattern, names[row[0]], term))
    return out


_NOT_HELD_EN = re.compile(r"\b(?:former|late|then|ex|outgoing|previous)[\s-]+(?:U\.?S\.?\s+)?$", re.IGNORECASE)


def english_office_terms(doc: Doc) -> list[AnchorClue]:
    """A known official named in English with an office he held, not as former: the text was written during
    one of his terms."""
    text = doc.text
    spans: dict[str, list[Span]] = {}
    said: dict[str, str] = {}
    for pattern, name, term in _english_terms():
        for m in pattern.finditer(text):
            if _NOT_HELD_EN.search(text, max(0, m.start() - 16), m.start()):
                continue
            if term not in spans.setdefault(name, []):
                spans[name].append(term)
                said.setdefault(name, m.group())
    return [AnchorClue(spans=tuple(sorted(terms)), reasons=(f'"{said[name]}" ({_span_text(tuple(sorted(terms)))})',))
            for name, terms in spans.items()]


@lru_cache(maxsize=1)
def _not_in_office() -> frozenset[str]:
    return frozenset(w for word in read_list("not_in_office.txt") for w in phrase_tokens(word))


def _terms_said(rows: list[tuple[tuple[str, ...], Span]], title: str) -> list[Span]:
    """The terms of the offices (rows of `_terms`) that a title names as held."""
    words = phrase_tokens(title)
    if _not_in_office() & set(words):
        return []
    return [term for office, term in rows if words[:len(office)] == office]


def office_terms(doc: Doc) -> list[AnchorClue]:
    """A known official named with an office he held: the text was written during one of his terms."""
    terms = _terms()

    def held(official: str, title: str) -> bool:
        return bool(_terms_said(terms.get(official, []), title))

    out = []
    for official, name, titles in office_holders(doc, held):
        rows = terms.get(official, [])
        spans: list[Span] = []
        said = ""
        for title in titles:
            for term in _terms_said(rows, title):
                if term not in spans:
                    spans.append(term)
                    said = said or title
        if spans:
            spans.sort()
            out.append(AnchorClue(spans=tuple(spans), reasons=(
                f'{name} is "{said}" ({_span_text(tuple(spans))})',)))
    return out


@lru_cache(maxsize=1)
def _eras() -> PhraseMatcher[date]:
    return PhraseMatcher((phrase, _month_start(since)) for forms, since in read_rows("dates/eras.tsv")
                         for phrase in forms.split("|"))


def era_clue(doc: Doc) -> AnchorClue | None:
    """The most recent name the text uses that did not exist before some month ("كوفيد-19")."""
    found = _eras().find_all(doc)
    if not found:
        return None
    latest = max(found, key=lambda m: m.payload)
    return AnchorClue(spans=((latest.payload, date.max),),
                      reasons=(f'"{latest.text}" is not older than {latest.payload:%Y-%m}',))


def _latest_past_date(atoms: list[Atom], doc: Doc) -> tuple[Atom, date, date] | None:
    """The latest absolute date the text does not tell as planned, and its first and last day."""
    best = None
    for atom in atoms:
        if atom.kind != "date" or not atom.p.get("y") or atom.p.get("ydir") is not None:
            continue
        tense = tense_of(atom, doc)
        if tense == "future" or (not atom.p.get("m") and tense != "past"):
            continue  # a bare year is often a plan or a vision ("رؤية 2030")
        value, relative = value_alone(atom)
        if relative or not isinstance(value, str):
            continue
        first, last = bounds(value)
        if best is None or first > best[1]:
            best = (atom, first, last)
    return best


def past_clues(atoms: list[Atom], doc: Doc) -> tuple[AnchorClue | None, AnchorClue | None, bool]:
    """The text is not older than the latest date it reports as past; and "منذ ست سنوات" counted
    from that date, a guess that may only narrow bounds the other clues close, unless the date it
    counts from is written beside it (then True: a bound of its own, as an anniversary gives a year)."""
    latest = _latest_past_date(atoms, doc)
    if latest is None:
        return None, None, False
    atom, first, last = latest
    since = AnchorClue(spans=((first, date.max),), reasons=(f'"{quoted(atom, doc)}" is told as past',))
    ago = next((a for a in atoms if a.kind == "ago" and a.p["unit"] == "year"), None)
    if ago is None:
        return since, None, False
    # "الموقعة منذ 70 عاماً في 5 مارس 1954": a date written right by the count is what it counts from
    beside = [a for a in atoms if a.kind == "date" and a.p.get("y") and 0 <= a.nstart - ago.nend <= _AGO_REACH]
    if beside:
        atom = beside[0]
        value, _ = value_alone(atom)
        first, last = bounds(value)
    # N whole years have passed, fewer than N + 1
    end_year = last.year + ago.p["n"] + 1
    span = (date(first.year + ago.p["n"], first.month, 1), date(end_year, last.month, last_day(end_year, last.month)))
    counted = AnchorClue(spans=(span,), reasons=(f'"{quoted(ago, doc)}" counted from "{quoted(atom, doc)}"',))
    return since, counted, bool(beside)


def years_after(atoms: list[Atom], doc: Doc) -> AnchorClue | None:
    """"وذلك بعد ثلاث سنوات من انعقاد الجولة الأولى في واشنطن عام 2019": the text's year is the
    year written after the count, plus the count (or the next year: the months are not told)."""
    ntext = doc.norm.text
    for m in _YEARS_AFTER.finditer(ntext):
        n = cardinal_value(m.group(1))
        year_atom = next((a for a in atoms if a.kind == "date" and a.p.get("y")
                          and 0 <= a.nstart - m.end() <= _YEARS_AFTER_REACH), None)
        if n is None or year_atom is None:
            continue
        year = year_atom.p["y"] + n
        return AnchorClue(spans=((date(year, 1, 1), date(year + 1, 12, 31)),), reasons=(
            f'"{ntext[m.start():m.end()]}" counted from "{quoted(year_atom, doc)}"',))
    return None


def closed(spans: tuple[Span, ...]) -> bool:
    return min(s[0] for s in spans) > date.min and max(s[1] for s in spans) < date.max
