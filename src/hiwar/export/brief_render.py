"""A round briefing worded in Arabic or English, as HTML (Jinja2) or PDF (WeasyPrint).

Both languages come from the same `Briefing`; the words live in data/{ar,en}/brief.yaml. Every
statement ends with footnote numbers; the notes name each document's source, title, url and
publication date with how it is known. Arabic pages run right to left; WeasyPrint shapes the
Arabic with the system's Noto Naskh Arabic / Amiri fonts (scripts/system-deps.sh installs them).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from babel import Locale
from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..extract.dates.values import bounds, precision
from ..extract.places import read_rows
from ..record import Event, Person, Record
from ..resolve.romanize import romanize
from .brief_content import Briefing, Fact, briefing
from .common import DATA, data_file, place_country
from .sources import citations

LANGUAGES = ("ar", "en")
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def isolate(value: str) -> str:
    """A value as written (Arabic in an English line, Latin in an Arabic one) keeps its own direction."""
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}"


class Notes:
    """Footnote numbers for documents, in the order they are first cited."""

    def __init__(self, record: Record) -> None:
        self.citations = citations(record)
        self.order: list[str] = []

    def cite(self, documents: list[str]) -> list[int]:
        for d in documents:
            if d not in self.order:
                self.order.append(d)
        return sorted({self.order.index(d) + 1 for d in documents})


class Words:
    """One language's wording of record values: dates, places, names, offices, codes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.text = data_file(f"{lang}/brief.yaml")
        self.territories = dict(Locale.parse(lang).territories)

    def __getitem__(self, key: str) -> Any:
        return self.text[key]

    def field(self, key: str, **values: Any) -> str:
        return self.text["fields"][key].format(**values)

    def country(self, code: str | None) -> str:
        return self.territories.get(code or "", code or "")

    def date(self, value: Any) -> str:
        if value is None:
            return self.text["none"]["dates"]
        if isinstance(value, dict):
            return self.span(value["start"], value["end"])
        day = bounds(value)[0]
        pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}[precision(value)]
        return format_date(day, pattern, locale=self.lang)

    def span(self, start: Any, end: Any) -> str:
        if start is None or end is None or start == end:
            return self.date(start if start is not None else end)
        return f"{self.date(start)}{self.text['range_separator']}{self.date(end)}"

    def place(self, venue: str | None) -> str:
        if not venue:
            return self.text["none"]["venue"]
        if self.lang == "ar":
            return isolate(venue)
        cities = {ar: en for ar, en in read_rows_en("city_names.tsv")}
        if venue in cities:
            return cities[venue]
        code = place_country(venue)
        arabic = {v: k for k, v in Locale("ar").territories.items()}
        if code and arabic.get(venue) == code:
            return self.country(code)
        return f"{isolate(venue)} ({self.country(code)})" if code else isolate(venue)

    def person(self, p: Person) -> str:
        if self.lang == "ar" or not p.name_en:
            return isolate(p.name)
        if p.name_en == romanize(p.name):  # a letter-by-letter reading, not a known spelling: show both
            return f"{isolate(p.name_en)} ({isolate(p.name)})"
        return isolate(p.name_en)

    def office(self, p: Person) -> str:
        if not p.titles:
            return ""
        title = p.titles[0]
        if self.lang == "ar":
            return isolate(title)
        for beginning, english in sorted(read_rows_en("offices.tsv"), key=lambda row: -len(row[0])):
            if title == beginning:
                return english
            if title.startswith(beginning + " "):
                return f"{english} ({isolate(title)})"
        return isolate(title)

    def topic(self, code: str) -> str:
        if self.lang == "ar":
            return data_file("ar/topics.yaml")[code][0]
        return self.text["topics"].get(code, code.replace("_", " "))

    def join(self, items: list[str]) -> str:
        return self.text["list_separator"].join(items)

    def event(self, e: Event, names: dict[str, Person]) -> str:
        parts = [self.date(e.date), self.text["event_types"][e.type]]
        if e.venue:
            parts.append(self.place(e.venue))
        people = [self.person(names[p]) for p in e.participants if p in names]
        if people:
            parts.append(self.join(people))
        return " — ".join(parts)


def read_rows_en(name: str) -> list[list[str]]:
    return read_rows(name, DATA / "en")


def _statement(text: str, notes: Notes, documents: list[str]) -> dict[str, Any]:
    return {"text": text, "notes": notes.cite(documents)}


def _fact_text(fact: Fact, w: Words, names: dict[str, Person]) -> str:
    v = fact.values
    if fact.kind == "agreement":
        parts = [f"{w['agreement_types'][v['type']]}: {isolate(v['subject'])}", w["statuses"][v["status"]]]
        if v["date"] is not None:
            parts.append(w.date(v["date"]))
        if v["topics"]:
            parts.append(w.join([w.topic(t) for t in v["topics"]]))
        return " — ".join(parts)
    if fact.kind == "working_group":
        head = w.topic(v["group"]) if v["group"] else w["general_group"]
        parts = [head, w.date(v["date"])]
        if v["mode"]:
            parts.append(w["modes"][v["mode"]])
        if v["topics"]:
            parts.append(f"{w.field('discussed')}: {w.join([w.topic(t) for t in v['topics']])}")
        if v["participants"]:
            parts.append(f"{w.field('participants')}: {w.join([w.person(p) for p in v['participants']])}")
        return " — ".join(parts)
    if fact.kind == "previous":
        return w.field("previous", number=v["number"], dates=w.span(*v["dates"]), venue=w.place(v["venue"]))
    if fact.kind == "same_venue":
        return w.field("same_venue", number=v["number"])
    if fact.kind == "moved":
        return w.field("moved", before=w.place(v["before"]), after=w.place(v["after"]))
    if fact.kind == "head_same":
        return w.field("head_same", country=w.country(v["country"]), name=w.person(v["after"]))
    if fact.kind == "head_changed":
        return w.field("head_changed", country=w.country(v["country"]), before=w.person(v["before"]),
                       after=w.person(v["after"]), number=v["number"])
    if fact.kind == "replanned":
        return w.field("replanned", planned=w.date(v["planned"]), held=w.span(*v["held"]))
    if fact.kind == "between":
        return w.field("between", what=w.event(v["event"], names))
    if fact.kind == "conflict":
        claims = w.join([f"{doc}: {value}" for doc, value in v["claims"]])
        return w.field("conflict", field=v["field"], claims=claims, resolution=v["resolution"])
    raise ValueError(f"no wording for a {fact.kind} statement")


def _source_note(number: int, citation: dict[str, Any], w: Words) -> dict[str, Any]:
    parts = [citation.get("source") or w.field("no_source")]
    if citation.get("title"):
        parts.append(citation["title"])
    if citation.get("published") is not None:
        basis = (citation.get("published_basis") or "").split(":", 1)[0]
        parts.append(f"{w.field('published', date=w.date(citation['published']))} "
                     f"({w['fields']['basis'].get(basis, basis)})")
    return {"number": number, "text": w.join(parts), "url": citation.get("url"),
            "document_label": w.field("document"), "document": citation["id"]}


def note_context(record: Record, b: Briefing, lang: str, today: date | None = None) -> dict[str, Any]:
    """Everything the template shows, worded in one language, with footnote numbers."""
    if lang not in LANGUAGES:
        raise ValueError(f"no wording for language {lang!r} (one of {', '.join(LANGUAGES)})")
    w = Words(lang)
    notes = Notes(record)
    names = {p.id: p for p in record.persons}
    r = b.round
    dialogue = " – ".join(w.country(c) for c in b.dialogue.split("-"))
    dates_docs = [e.doc_id for e in r.evidence if e.field in ("start", "end", "date")] or r.documents
    venue_docs = [e.doc_id for e in r.evidence if e.field == "venue"] or r.documents
    facts_round = [
        _statement(f"{w.field('dates')}: {w.span(r.start, r.end)}", notes, dates_docs),
        _statement(f"{w.field('venue')}: {w.place(r.venue)}", notes, venue_docs if r.venue else []),
        _statement(f"{w.field('mode')}: " + (w.join([w['modes'][m] for m in b.mode.values['modes']])
                                              if b.mode else w["none"]["mode"]), notes,
                   b.mode.documents if b.mode else []),
        _statement(f"{w.field('status')}: {w['statuses'][r.status]}", notes, r.documents),
    ]
    if b.next is not None:
        n = b.next
        facts_round.append(_statement(w.field("next", number=n.number, status=w["statuses"][n.status],
                                              dates=w.span(n.start, n.end), venue=w.place(n.venue)),
                                      notes, n.documents))
    delegations = []
    for d in b.delegations:
        head = d.head
        members = [_statement(w.join([x for x in (w.person(p), w.office(p)) if x]), notes, docs)
                   for p, docs in d.members if head is None or p.id != head.id]
        head_docs = next((docs for p, docs in d.members if head is not None and p.id == head.id), [])
        delegations.append({
            "title": w.field("delegation", country=w.country(d.country)),
            "head": _statement(f"{w.field('head')}: " + (w.join([x for x in (w.person(head), w.office(head)) if x])
                                                          if head else w["none"]["head"]), notes, head_docs),
            "members": members,
        })

    def statements(facts: list[Fact]) -> list[dict[str, Any]]:
        return [_statement(_fact_text(f, w, names), notes, f.documents) for f in facts]

    agreements = [(w.field(key), statements(facts)) for key, facts in (
        ("at_round", b.agreements_now), ("earlier_signed", b.agreements_signed_before),
        ("pending", b.agreements_pending)) if facts]
    context = {
        "lang": lang,
        "dir": "rtl" if lang == "ar" else "ltr",
        "title": w["title"].format(number=r.number, dialogue=dialogue),
        "subtitle": w["subtitle"].format(today=format_date(today or date.today(), "d MMMM y", locale=lang)),
        "sections": w["sections"],
        "missing": w["none"],
        "round": facts_round,
        "delegations": delegations,
        "working_groups": statements(b.working_groups),
        "agreements": agreements,
        "changes": statements(b.changes),
        "conflicts": statements(b.conflicts),
    }
    context["sources"] = [_source_note(i + 1, notes.citations.get(d) or {"id": d}, w)
                          for i, d in enumerate(notes.order)]
    return context


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(DATA / "export"), autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(record: Record, dialogue: str, number: int, lang: str, today: date | None = None) -> str:
    context = note_context(record, briefing(record, dialogue, number), lang, today)
    return _environment().get_template("brief.html.j2").render(**context)


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()
