"""The record of every document: anchors across documents, each document's analysis, then the
cross-document stage (entities, events, rounds, agreements and their conflicts).

    build_record(sources)     every document's record; the per-document work goes through `map_documents`

Pure (no store): the store caches the per-document work and persists the record. Unlike `pipeline`
(one document's analysis), nothing here is kept between builds, so it is not part of the engine
version that cached analyses are keyed by (store.cache).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from functools import lru_cache
from itertools import chain
from sys import intern
from typing import Any

from .extract.entities.countries import office_key
from .extract.types import Mention
from .packing import Packed, pack
from .pipeline import DocAnalysis, SourceDoc, analyze
from .record import Record
from .resolve.conflicts import add_conflicts
from .resolve.datecache import bounds as date_bounds
from .resolve.entities import resolve_entities
from .resolve.agreements import merge_agreements
from .resolve.events import ClusterMemo, Report, merge_events
from .resolve.facts import told_facts
from .resolve.rounds import merge_rounds
from .resolve.heap import collector_paused
from .resolve.told import Told
from .tagging import Analyses, HeldAnalyses, Kept, RecalledAnalyses, TaggedMentions, entity_tags


def build_record(sources: Sequence[SourceDoc], map_documents: Callable = map, kept: Kept | None = None,
                 clusters: ClusterMemo | None = None, told: Told | None = None) -> Record:
    """Every document: anchors, per-document analysis, entity and event resolution.

    `map_documents(f, items)` runs the per-document stage: the builtin serial map, or the Spark
    engine's map over a cluster; the cross-document stage always runs here. With `kept` (where a
    `map_documents` that keeps its results kept them: `store.cache.memo_map`, which also takes `hold`), the
    stage holds only what it reads of each analysis (`for_resolution`), kept beside the analysis and read
    back instead of it, and the record's mentions are read back one document at a time;
    without it, every whole analysis is held until the record is dropped. With `clusters` (where the
    builds before kept their persons' groups, their events' clusters and their agreements' merges:
    `store.cache.StageMemo`), the persons and reports a build before began with are merged as it merged
    them, and only the others compared. With `told` and `kept`, the stage tells it what each event and
    agreement was made of (resolve.told).
    """
    from .resolve.anchors import resolve_anchors

    if kept is None:
        held, readings = resolve_anchors(sources, analyze, map_documents)
        analyses = _analyses(held, lambda a: a)
    else:  # [scale] a keeping map keeps each reading's compact form beside it and gives that back
        held, readings = resolve_anchors(sources, analyze, _compact_readings(map_documents))
        analyses = _analyses(held, _shared_values)
        recalled = RecalledAnalyses(kept, {a.doc.id: reading for a, reading in zip(analyses, readings)})
        if told is not None:
            told.name_analyses(recalled.key)
    with collector_paused():
        record, ids = _resolved(analyses, clusters, told)
    order = [d.id for d in record.documents]  # the order a save reads the documents in
    if kept is None:
        held: Analyses = HeldAnalyses(analyses)
    else:
        held = recalled
        held.plan(order)
    del analyses  # the stage is over: only what reads each document's mentions again stays
    record.mentions = TaggedMentions(order, held, entity_tags(ids))
    return record


def compact_reading(reading: tuple[Any, DocAnalysis]) -> tuple[Any, list, Packed]:
    """A document's reading (its anchors, its analysis) as the build holds it: its anchors, the facts it tells
    the anchor passes (`told_facts`), and its analysis `for_resolution`, packed apart: [scale] an ingest reads
    every document's anchors and facts, but opens the analyses of those whose anchors may move only."""
    anchors, analysis = reading
    compact = for_resolution(analysis)
    return anchors, told_facts(compact), Packed(pack(compact))


def _compact_readings(map_documents: Callable) -> Callable:
    """The keeping map giving compact readings."""
    def mapped(work: Callable, items: Any) -> Any:
        return map_documents(work, items, hold=compact_reading)
    return mapped


def _analyses(held: list, shared: Callable[[DocAnalysis], DocAnalysis]) -> list[DocAnalysis]:
    """The analyses of the readings `resolve_anchors` held, each let go as it is opened, as `shared` gives it."""
    from .resolve.anchors import opened

    analyses = []
    for n, reading in enumerate(held):
        held[n] = None
        analyses.append(shared(opened(reading)[1]))
    return analyses


def _shared_values(a: DocAnalysis) -> DocAnalysis:
    """The compact analysis as the stage holds it, in place: its strings, offsets, attributes and tuples of
    values one copy each across documents (an equal value for a value: none changes, whoever else holds
    it; a form read back from the store shares them within its own document only), its lists tuples, and
    without its dates, which only the anchor passes read (~12.6 KB per document as read back, ~9.3 KB so)."""
    for m in chain((m for e in a.entities for m in e.mentions),
                   (m for facts in (a.events, a.rounds, a.agreements) for x in facts for m in x.evidence)):
        m.kind, m.text, m.norm, m.rule = intern(m.kind), intern(m.text), intern(m.norm), intern(m.rule)
        m.start, m.end = _one_int(m.start), _one_int(m.end)
        m.attrs = _one_attrs(m.attrs)
    for fact in chain((a.doc,), a.entities, a.events, a.rounds, a.agreements):
        _values_shared(fact)
    return DocAnalysis(a.doc, tuple(a.entities), (), (), tuple(a.events), tuple(a.rounds), tuple(a.agreements),
                       (), _one_copy(tuple(a.parts)), a.dialogue and intern(a.dialogue))


def _values_shared(fact: Any) -> None:
    """The fact's strings interned and its tuples of strings (names, local ids, countries) one copy each, in place."""
    for name in _field_names(type(fact)):
        value = getattr(fact, name)
        if type(value) is str:
            setattr(fact, name, intern(value))
        elif type(value) is tuple and value and all(type(v) is str for v in value):
            setattr(fact, name, _one_copy(tuple(map(intern, value))))


_INTS: dict[int, int] = {}
_MANY_INTS = 1 << 16  # offsets beyond the first this many distinct ones are held as they come


def _one_int(n: int) -> int:
    """The first int met equal to `n` ([scale] an unpickled int is an object of its own, 28 bytes)."""
    if len(_INTS) < _MANY_INTS:
        return _INTS.setdefault(n, n)
    return _INTS.get(n, n)


def _one_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """The shared dict for a compact mention's attributes: none, or the rule that gave an entity its country."""
    return _read_by_resolvers(attrs) if attrs else _NO_ATTRS


def for_resolution(a: DocAnalysis) -> DocAnalysis:
    """What the cross-document stage reads of an analysis: its entities (their mentions without the
    attributes no resolver reads), events, rounds, agreements, parts and dialogue, and the dates its
    events rest on; not its places nor the list of every mention (the save reads them again).
    Strings are interned: names, rules and sentences recur across thousands of documents. [scale] The
    facts' lists become tuples, those of values (countries, topics, local ids, offices) one copy of
    each that recurs: the stage only reads them, and an empty list costs as much as a short tuple."""
    dated = {(m.start, m.end) for items in (a.events, a.rounds, a.agreements) for x in items
             for m in x.evidence if m.norm == "date"}
    entities = [_copy_with(e, aliases=_one_copy(tuple(e.aliases)), titles=_one_copy(tuple(e.titles)),
                        mentions=tuple(_shared(m, _read_by_resolvers(m.attrs)) for m in e.mentions))
                for e in a.entities]
    events = [_copy_with(ev, participants=_one_copy(tuple(ev.participants)),
                      organizations=_one_copy(tuple(ev.organizations)), countries=_one_copy(tuple(ev.countries)),
                      topics=_one_copy(tuple(ev.topics)), evidence=_evidence(ev)) for ev in a.events]
    rounds = [_copy_with(r, working_groups=_one_copy(tuple(r.working_groups)), evidence=_evidence(r)) for r in a.rounds]
    agreements = [_copy_with(ag, topics=_one_copy(tuple(ag.topics)), parties=_one_copy(tuple(ag.parties)),
                          evidence=_evidence(ag)) for ag in a.agreements]
    return DocAnalysis(a.doc, entities, [], [m for m in a.dates if (m.start, m.end) in dated],
                       events, rounds, agreements, [], a.parts, a.dialogue)


def _copy_with(obj: Any, **changes: Any) -> Any:
    """`dataclasses.replace`, its fields' names found once per class: [scale] it runs on every fact of
    every document at every build."""
    values = {name: getattr(obj, name) for name in _field_names(type(obj))}
    values.update(changes)
    return type(obj)(**values)


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _evidence(fact: Any) -> tuple[Mention, ...]:
    """A fact's evidence spans as the stage reads them (no resolver reads their attributes)."""
    return tuple(_shared(m, _NO_ATTRS) for m in fact.evidence)


@lru_cache(maxsize=4096)
def _one_copy(values: tuple) -> tuple:
    """The first tuple met equal to `values`: one copy of the country pairs, topics and local ids
    that recur across documents (a bounded cache: a missed copy only costs memory)."""
    return values


_NO_ATTRS: dict[str, Any] = {}  # shared by every mention without attributes: the stage never writes them


def _shared(m: Mention, attrs: dict[str, Any]) -> Mention:
    return Mention(intern(m.kind), m.start, m.end, intern(m.text), intern(m.norm), intern(m.rule), attrs or _NO_ATTRS)


@lru_cache(maxsize=None)
def _country_rule(rule: str) -> dict[str, Any]:
    return {"country_rule": rule}  # one dict per rule: the stage never writes them


def _read_by_resolvers(attrs: dict[str, Any]) -> dict[str, Any]:
    rule = attrs.get("country_rule")
    return _country_rule(rule) if rule else _NO_ATTRS


def _resolved(analyses: list[DocAnalysis], clusters: ClusterMemo | None = None,
              told: Told | None = None) -> tuple[Record, dict[tuple[str, str], str]]:
    """The record of the analyses (entities, events, rounds, agreements and the conflicts between
    them, not yet their mentions), and (doc id, local id) → record id of their persons and organizations."""
    persons, orgs, ids = resolve_entities(analyses, clusters)
    reports, local_rounds, local_agreements = [], [], []
    for n, a in enumerate(analyses):
        doc_id = a.doc.id
        for k, ev in enumerate(a.events):
            reports.append(Report(doc_id, n * 10000 + k, ev,  # [scale] most reports name no body: one empty tuple
                                  tuple(ids[(doc_id, p)] for p in ev.participants if (doc_id, p) in ids),
                                  tuple(ids[(doc_id, o)] for o in ev.organizations if (doc_id, o) in ids), k,
                                  ev.dialogue or a.dialogue))
        local_rounds.extend((doc_id, r) for r in a.rounds)
        for k, ag in enumerate(a.agreements):
            parties = [ids.get((doc_id, p), p) for p in ag.parties]
            local_agreements.append((doc_id, n * 10000 + k, ag, parties))
    events = merge_events(reports, _offices(persons), clusters, told)
    _unknown_years(events)
    rounds = merge_rounds(local_rounds, events)
    _aggregate_dates(events, rounds)
    record = Record(sorted((a.doc for a in analyses), key=lambda d: d.id), persons, orgs, events, rounds,
                    merge_agreements(local_agreements, clusters, told))
    add_conflicts(record, reports, local_rounds, local_agreements, analyses, ids)
    return record, ids


def _offices(persons) -> dict[str, tuple[str, frozenset[str]]]:
    """Each person of a known country with an office: the country and the offices' keys."""
    return {p.id: (p.country, frozenset(office_key(t) for t in p.titles)) for p in persons if p.country and p.titles}


def _unknown_years(events) -> None:
    """A date still years wide once every document has had its say is unknown: null, not an interval
    of years (its reading stays in the evidence)."""
    for e in events:
        if isinstance(e.date, dict):
            first, last = date_bounds(e.date)
            if (last - first).days > 366:
                e.date = None


def _aggregate_dates(events, rounds) -> None:
    """Working groups that met "over two weeks" without a date of their own span their round."""
    spans = {(r.dialogue, r.number): (r.start, r.end) for r in rounds}
    for e in events:
        if e.type != "working_group_session" or e.working_group is not None:
            continue
        start, end = spans.get((e.dialogue, e.round), (None, None))
        if start and end and start != end and not any(ev.field == "date" and ev.rule != "date:anchor_month"
                                                       for ev in e.evidence):
            e.date = {"start": start, "end": end}
