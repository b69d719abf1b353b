"""A keeping map given `hold` keeps each result's held form beside the result and reads that back on the
next run, without the whole result nor the work; the whole results stay kept (a prune keeps them), and
an ingest over held forms gives the record a build from the whole analyses gives."""
from __future__ import annotations

from hiwar import build
from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest
from hiwar.packing import Packed
from hiwar.pipeline import analyze
from hiwar.resolve.anchors import heads, initial_anchors, opened, resolve_anchors
from hiwar.store.cache import ResultCache, memo_map, work_key
from hiwar.store.db import open_store

from .helpers import mixed_corpus


def _square(n: int) -> dict:
    return {"n": n, "square": n * n}


def _held(result: dict) -> int:
    return result["square"]


def test_a_held_form_is_read_back_instead_of_the_whole_result(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'held.db'}")
    worked, held = [], []

    def inner(work, items):
        worked.extend(items)
        return map(work, items)

    def hold(result):
        held.append(result["n"])
        return _held(result)

    hold.__module__, hold.__qualname__ = _held.__module__, _held.__qualname__  # one name for both runs
    with store.transaction():
        first = list(memo_map(ResultCache(store), inner)(_square, [2, 3], hold=hold))
    assert first == [4, 9] and worked == [2, 3] and held == [2, 3]

    worked.clear(), held.clear()
    with store.transaction():
        cache = ResultCache(store)
        again = list(memo_map(cache, inner)(_square, [2, 3, 5], hold=hold))
        assert again == [4, 9, 25] and worked == [5] and held == [5]  # only the new item is worked and held
        cache.prune()
    with store.transaction():
        assert ResultCache(store).get([work_key(_square, n) for n in (2, 3, 5)]) == \
            {work_key(_square, n): _square(n) for n in (2, 3, 5)}  # the whole results survive the prune


def test_an_ingest_over_held_forms_gives_the_record_of_whole_analyses(tmp_path, monkeypatch):
    files, meta = mixed_corpus(tmp_path / "corpus", 30)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest([str(f) for f in files], str(meta), store)  # keeps each analysis and its compact form
    read_whole = []
    compact = build.for_resolution

    def counting(analysis):
        read_whole.append(analysis.doc.id)
        return compact(analysis)

    monkeypatch.setattr(build, "for_resolution", counting)
    cache = ResultCache(store)
    with store.transaction():
        record = record_to_json(build.build_record(store.listed_sources(), memo_map(cache), cache))
    monkeypatch.undo()
    assert read_whole == []  # every compact form was read back, none made again from a whole analysis
    assert record == record_to_json(build.build_record(store.sources()))


def test_the_anchor_passes_read_every_reading_s_facts_but_open_only_those_whose_anchors_may_move(tmp_path, monkeypatch):
    files, meta = mixed_corpus(tmp_path / "corpus", 30)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest([str(f) for f in files], str(meta), store)
    sources = store.sources()
    plain_held, _ = resolve_anchors(sources, analyze)
    opened_ids = []
    unpacked = Packed.unpacked

    def counting(packed):
        analysis = unpacked(packed)
        opened_ids.append(analysis.doc.id)
        return analysis

    monkeypatch.setattr(Packed, "unpacked", counting)
    with store.transaction():
        kept = build._compact_readings(memo_map(ResultCache(store)))
        held, _ = resolve_anchors(store.listed_sources(), analyze, kept)
    monkeypatch.undo()
    # undated parts, and pages dated by a date at their top, which other reports may rule out
    may_move = {s.id for s in sources
                if any(a is None or a.day is None or a.header is not None for a in initial_anchors(s))}
    assert opened_ids and set(opened_ids) <= may_move < {s.id for s in sources}
    for kept, plain in zip(held, plain_held):  # the same anchors, facts and analyses as read whole
        assert heads(kept) == heads(plain) and opened(kept) == (plain[0], build.for_resolution(plain[1]))
