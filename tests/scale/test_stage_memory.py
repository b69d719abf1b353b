"""The leaner indexes of the cross-document stage give what the fuller ones gave: the record never moves."""
from __future__ import annotations

import random

import hiwar.build as build
from hiwar.bench.generate import generate
from hiwar.build import build_record
from hiwar.pipeline import SourceDoc
from hiwar.resolve.blocking import KeyBlocks
from hiwar.resolve.conflicts import _owned

from .helpers import SEEDS


def test_key_blocks_give_each_group_once_in_the_order_made_however_filed():
    rng = random.Random(11)
    groups = [object() for _ in range(60)]
    keys = [f"k{n}" for n in range(8)]
    blocks, filed = KeyBlocks(), {k: set() for k in keys}
    made: list[object] = []
    for _ in range(400):  # new groups, and older ones filed again under old and new keys, in any order
        group = rng.choice(groups[:len(made) + 1])
        if group not in made:
            made.append(group)
        chosen = rng.sample(keys, rng.randint(1, 3))
        blocks.add(group, chosen)
        for k in chosen:
            filed[k].add(made.index(group))
    assert len(made) > 20
    for _ in range(100):
        probe = rng.sample(keys, rng.randint(1, 4))
        expected = sorted(set().union(*(filed[k] for k in probe)))
        assert [made.index(g) for g in blocks.candidates(probe)] == expected


def _owner_by_every_span(objects: list, doc_id: str, spans) -> object | None:
    index = {(ev.doc_id, ev.start, ev.end, ev.rule): obj for obj in objects for ev in obj.evidence}
    return next((index[key] for m in spans if (key := (doc_id, m.start, m.end, m.rule)) in index), None)


def test_owners_found_by_first_spans_are_those_every_span_gives(monkeypatch):
    seen: dict = {}
    stage_conflicts = build.add_conflicts

    def kept(record, reports, local_rounds, local_agreements, analyses, ids):
        seen.update(record=record, reports=reports, agreements=local_agreements)
        stage_conflicts(record, reports, local_rounds, local_agreements, analyses, ids)

    monkeypatch.setattr(build, "add_conflicts", kept)
    sources = [SourceDoc(a.id, a.text, a.title, a.published) for a in generate(40, seed=3)]
    sources += [SourceDoc(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    build_record(sources)
    record = seen["record"]
    cases = [(record.events, [(r.doc_id, r.event.evidence, r) for r in seen["reports"]]),
             (record.agreements, [(d, la.evidence, la) for d, _, la, _ in seen["agreements"]])]
    for objects, told in cases:
        owned = {id(item): obj for obj, items in _owned(objects, told).values() for item in items}
        expected = {id(item): owner for doc_id, spans, item in told
                    if (owner := _owner_by_every_span(objects, doc_id, spans)) is not None}
        assert owned == expected
        assert len(set(map(id, owned.values()))) < len(owned)  # some objects are told by several reports
