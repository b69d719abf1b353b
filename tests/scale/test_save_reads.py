"""A save after an ingest reads back only the analyses of the documents whose mentions may have
changed, and leaves the tables exactly as a save that rewrites everything: through new documents,
ids moved by curations, metadata changed and texts replaced."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from hiwar.ingest.engine import ingest, remove
from hiwar.store import cache
from hiwar.store.cache import CachedResultRow, ResultCache
from hiwar.store.curation import CurationRow
from hiwar.store.db import open_store

from .helpers import derived_tables, mixed_corpus, rewritten_whole


@pytest.fixture
def recalled(monkeypatch) -> list[str]:
    """The ids of the documents whose analyses are read back from the result cache."""
    seen: list[str] = []
    recall = ResultCache.recall

    def counting(self, readings):
        seen.extend((item[0] if isinstance(item, tuple) else item).id for _, item in readings)
        return recall(self, readings)

    monkeypatch.setattr(ResultCache, "recall", counting)
    return seen


def _curation(kind: str, ident: str, action: str, value=None) -> CurationRow:
    return CurationRow(object_kind=kind, object_id=ident, action=action, field=None, value=value,
                       user_name="tester", at=datetime.now(timezone.utc))


def test_adding_documents_reads_back_only_the_analyses_of_documents_they_touch(tmp_path, recalled):
    files, meta = mixed_corpus(tmp_path / "corpus", generated=12)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest([str(f) for f in files[:-3]], str(meta), store)
    recalled.clear()
    ingest([str(f) for f in files[-3:]], str(meta), store)
    new = {f.stem for f in files[-3:]}
    assert new <= set(recalled) and len(recalled) < len(files) // 2
    recalled.clear()
    ingest([str(f) for f in files], str(meta), store)  # nothing new: no rebuild, nothing read
    assert recalled == []


def test_every_step_leaves_the_tables_a_whole_rewrite_leaves(tmp_path, recalled):
    files, meta = mixed_corpus(tmp_path / "corpus", generated=6)
    db = tmp_path / "store.db"
    store = open_store(f"sqlite:///{db}")

    def check() -> None:
        assert derived_tables(db) == rewritten_whole(db, tmp_path)

    ingest([str(f) for f in files[::2]], str(meta), store)
    record = store.load_record()
    merged, into = record.persons[0], record.persons[1]
    with store._session_scope() as session:  # kept, not yet applied: the next rebuild applies it
        session.add(_curation("person", merged.id, "merge", {"into": into.id}))
    ingest([str(f) for f in files[1::2]], str(meta), store)  # the merge moves ids of documents not analyzed again
    check()
    tagged = {m.attrs.get("entity_id") for doc in merged.documents for m in store.mentions(doc)}
    assert merged.id not in tagged and into.id in tagged
    organization = store.load_record().organizations[0]
    store.curate(_curation("organization", organization.id, "delete"))
    retitled = files[0]
    (tmp_path / "meta.jsonl").write_text(f'{{"file": "{retitled.name}", "title": "عنوان آخر"}}\n', encoding="utf-8")
    recalled.clear()
    ingest([], str(tmp_path / "meta.jsonl"), store)
    assert retitled.stem in recalled
    check()
    assert organization.id not in {m.attrs.get("entity_id") for doc in organization.documents
                                   for m in store.mentions(doc)}
    person = next(p for p in store.load_record().persons if p.aliases)
    store.curate(_curation("person", person.id, "split", {"name": person.aliases[0], "new_id": "p-split"}))
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\nوعقد الجانبان جولة جديدة من الحوار.",
                        encoding="utf-8")
    ingest([str(files[1])], str(meta), store)  # a new text: the document is analyzed again
    check()
    assert any(m.attrs.get("entity_id") == "p-split" for doc in person.documents for m in store.mentions(doc))


def test_a_rebuild_keeps_exactly_the_results_it_used(tmp_path, monkeypatch):
    files, meta = mixed_corpus(tmp_path / "corpus", generated=6)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest([str(f) for f in files[:-2]], str(meta), store)
    used: list[set[str]] = []
    prune = ResultCache.prune

    def watching(self):
        used.append(set(self.used))
        prune(self)

    monkeypatch.setattr(ResultCache, "prune", watching)
    with store.transaction() as same:  # a result nobody asks for, as an older engine's would be
        with same._session_scope() as session:
            session.add(CachedResultRow(key="0" * 64, payload=b""))
    ingest([str(f) for f in files[-2:]], str(meta), store)
    with store._session_scope() as session:
        assert set(session.scalars(select(CachedResultRow.key))) == used[0]
        assert session.scalar(select(func.count()).select_from(CachedResultRow)) == len(used[0])


def test_a_store_whose_analyses_are_all_used_loses_none(tmp_path):
    files, meta = mixed_corpus(tmp_path / "corpus", generated=3)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest([str(f) for f in files], str(meta), store)
    with store._session_scope() as session:
        before = set(session.scalars(select(CachedResultRow.key)))
    remove([], store)  # a rebuild that asks for every result kept
    with store._session_scope() as session:
        assert set(session.scalars(select(CachedResultRow.key))) == before


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Lookups of a few keys, so that a small corpus crosses many of them."""
    monkeypatch.setattr(cache, "_LOOKUP_BATCH", 7)
