"""Ingest in batches: the same record as one ingest, ids that stay, and only new work done."""
from __future__ import annotations

import random

import pytest

from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest
from hiwar.ingest.local import local_map
from hiwar.build import build_record
from hiwar.store.db import open_store

from .helpers import canonical, export, mixed_corpus, one_shot


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    files, meta = mixed_corpus(folder)
    reference = one_shot(files, meta, f"sqlite:///{folder / 'one.db'}")
    return files, meta, reference


def _batches(files: list, order: str, size: int) -> list[list]:
    files = list(files)
    if order == "reversed":
        files.reverse()
    elif order == "shuffled":
        random.Random(3).shuffle(files)
    return [files[n:n + size] for n in range(0, len(files), size)]


@pytest.mark.parametrize(("order", "size"), [("sorted", 10), ("reversed", 7), ("shuffled", 13)])
def test_batches_in_any_order_give_the_one_shot_record(corpus, tmp_path, order, size):
    files, meta, reference = corpus
    db = f"sqlite:///{tmp_path / 'batches.db'}"
    for batch in _batches(files, order, size):
        ingest([str(f) for f in batch], str(meta), open_store(db))
    assert canonical(export(db)) == canonical(reference)


def test_unrelated_documents_leave_every_id_where_it_was(corpus, tmp_path):
    files, meta, _ = corpus
    seeds_and_samples = [f for f in files if not f.name.startswith("gen-")]
    store = open_store(f"sqlite:///{tmp_path / 'ids.db'}")
    ingest([str(f) for f in seeds_and_samples], str(meta), store)
    before = store.load_record()
    ingest([str(f) for f in files if f.name.startswith("gen-")], str(meta), store)
    after = store.load_record()
    fresh = open_store(f"sqlite:///{tmp_path / 'fresh.db'}")
    ingest([str(f) for f in files], str(meta), fresh)

    def spans(obj, doc: str) -> tuple:
        return doc, tuple((ev.start, ev.end, ev.field) for ev in obj.evidence if ev.doc_id == doc)

    def first_spans(record, kind: str) -> dict:
        return {spans(o, o.evidence[0].doc_id): o.id for o in getattr(record, kind)}

    def all_spans(record, kind: str) -> dict:
        return {spans(o, doc): o.id for o in getattr(record, kind) for doc in o.documents}

    moved_in_fresh = 0
    for kind in ("persons", "organizations", "events", "agreements"):
        old = first_spans(before, kind)
        new, renumbered = all_spans(after, kind), all_spans(fresh.load_record(), kind)
        assert old and all(new[span] == old[span] for span in old), kind
        moved_in_fresh += sum(renumbered[span] != old[span] for span in old)
    assert moved_in_fresh  # numbering everything afresh would have moved some: the store kept them


def test_an_ingest_with_nothing_new_analyzes_nothing(corpus, tmp_path):
    files, meta, _ = corpus
    db = f"sqlite:///{tmp_path / 'again.db'}"
    one_shot(files[:-1], meta, db)
    calls = []

    def counting_map(work, items):
        calls.extend(items)
        return list(map(work, items))

    ingest([str(f) for f in files], str(meta), open_store(db), map_documents=counting_map)
    assert {getattr(item, "id", None) or item[0].id for item in calls} <= {files[-1].stem} | {
        f.stem for f in files if f.name.startswith("00")}  # the new one, and old ones it may re-anchor


def test_two_processes_give_the_record_of_one(corpus):
    from hiwar.ingest.readers import read_paths

    files, meta, _ = corpus
    sources = list(read_paths([str(f) for f in files], str(meta)))
    assert record_to_json(build_record(sources, local_map(2))) == record_to_json(build_record(sources))
