"""Mentions streamed to the save: an ingest holds only what the cross-document stage reads of each
analysis and reads each document's mentions back from the result cache when it writes them. What it
stores must be what the whole analyses, held in memory, give: no mention lost, each person and
organization mention tagged with the id of the record object whose evidence it is."""
from __future__ import annotations

from dataclasses import replace

import pytest

from hiwar.ingest.engine import ingest
from hiwar.build import build_record
from hiwar.store import cache, documents
from hiwar.store.db import open_store

from .helpers import mixed_corpus


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Batches of a few documents, so that a small corpus crosses many of them."""
    monkeypatch.setattr(cache, "_MAP_BATCH", 5)
    monkeypatch.setattr(documents, "_TEXTS_BATCH", 3)


def _untagged(mentions: list) -> list:
    return [replace(m, attrs={k: v for k, v in m.attrs.items() if k != "entity_id"}) for m in mentions]


def _assert_tags_follow_evidence(store) -> None:
    """Every mention at a span a person or organization has as evidence carries that object's id."""
    record = store.load_record()
    owner = {(ev.doc_id, ev.start, ev.end): obj.id for obj in [*record.persons, *record.organizations]
             for ev in obj.evidence}
    tagged = 0
    for doc in record.documents:
        for m in store.mentions(doc.id):
            if m.kind in ("person", "org", "organization") and (doc.id, m.start, m.end) in owner:
                assert m.attrs.get("entity_id") == owner[doc.id, m.start, m.end], (doc.id, m)
                tagged += 1
    assert tagged > 100


def test_a_fresh_ingest_stores_the_mentions_of_the_whole_analyses(tmp_path):
    files, meta = mixed_corpus(tmp_path / "corpus")
    store = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    ingest([str(f) for f in files], str(meta), store)
    whole = build_record(store.sources())  # every analysis held: the mentions tagged in memory
    assert len(whole.mentions) == len(files)
    for doc_id, mentions in whole.mentions.items():
        assert mentions and store.mentions(doc_id) == mentions, doc_id
    _assert_tags_follow_evidence(store)


def test_documents_added_later_keep_every_mention_and_tag(tmp_path):
    files, meta = mixed_corpus(tmp_path / "corpus")
    store = open_store(f"sqlite:///{tmp_path / 'two.db'}")
    ingest([str(f) for f in files[::2]], str(meta), store)
    ingest([str(f) for f in files[1::2]], str(meta), store)  # the first half's analyses read from the cache
    whole = build_record(store.sources())
    for doc_id, mentions in whole.mentions.items():
        assert _untagged(store.mentions(doc_id)) == _untagged(mentions), doc_id
    _assert_tags_follow_evidence(store)
