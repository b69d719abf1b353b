"""The ingest engine: idempotent re-ingest, replaced documents, and all-or-nothing runs."""
from __future__ import annotations

from pathlib import Path

import pytest

from hiwar.ingest.engine import IngestError, ingest
from hiwar.pipeline import SourceDoc
from hiwar.record import Record
from hiwar.store import Store, open_store

from .fakes import CountingBuild, dump, fake_record

TEXTS = {
    "a.txt": "عقدت الكويت والولايات المتحدة الجولة الرابعة من الحوار الاستراتيجي في واشنطن.",
    "b.txt": "وقع الجانبان مذكرة تفاهم في مجال التعليم.",
    "sub/c.txt": "بحث وزير الخارجية مع نظيره الأمريكي سبل تعزيز التعاون.",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name, text in TEXTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture()
def store(tmp_path: Path):
    with open_store(str(tmp_path / "hiwar.db")) as opened:
        yield opened


def test_ingest_stores_documents_and_the_record(store: Store, corpus: Path) -> None:
    build = CountingBuild()
    report = ingest([str(corpus)], None, store, build)
    assert report.added == ["a", "b", "c"] and report.skipped == []
    assert build.calls == [["a", "b", "c"]]
    record = store.load_record()
    assert record == fake_record(store.sources())
    assert store.mentions("a") == fake_record(store.sources()).mentions["a"]


def test_reingesting_the_same_input_changes_nothing(store: Store, corpus: Path) -> None:
    build = CountingBuild()
    ingest([str(corpus)], None, store, build)
    before = dump(store)
    report = ingest([str(corpus)], None, store, build)
    assert report.unchanged == ["a", "b", "c"] and not report.changed
    assert len(build.calls) == 1  # nothing changed: the record is not even rebuilt
    assert dump(store) == before


def test_rebuilding_from_the_same_documents_writes_identical_rows(store: Store, corpus: Path) -> None:
    ingest([str(corpus)], None, store, CountingBuild())
    before = dump(store)
    record = fake_record(store.sources())
    store.save_record(record, record.mentions)
    assert dump(store) == before


def test_changed_text_is_a_new_version_and_rebuilds(store: Store, corpus: Path) -> None:
    build = CountingBuild()
    ingest([str(corpus)], None, store, build)
    (corpus / "b.txt").write_text("أعلنت السفارة موعد الجولة الخامسة.", encoding="utf-8")
    report = ingest([str(corpus)], None, store, build)
    assert report.versioned == ["b"] and report.unchanged == ["a", "c"]
    assert build.calls[-1] == ["a", "b", "c"]
    assert {s.id: s.text for s in store.sources()}["b"] == "أعلنت السفارة موعد الجولة الخامسة."
    assert store.load_record().persons[1].name == "أعلنت"


def test_a_failing_build_rolls_back_the_whole_run(store: Store, corpus: Path, tmp_path: Path) -> None:
    ingest([str(corpus / "a.txt")], None, store, CountingBuild())
    before = dump(store)

    def failing(sources: list[SourceDoc]) -> Record:
        raise RuntimeError("extractor exploded\nwith a second line")

    (corpus / "a.txt").write_text("نص معدل", encoding="utf-8")
    with pytest.raises(IngestError) as info:
        ingest([str(corpus)], None, store, failing)
    assert str(info.value) == "ingest failed, nothing was stored: RuntimeError: extractor exploded"
    assert dump(store) == before


def test_a_record_the_store_rejects_rolls_back_too(store: Store, corpus: Path) -> None:
    def dangling(sources: list[SourceDoc]) -> Record:
        record = fake_record(sources)
        record.persons[0].evidence[0] = record.persons[0].evidence[0].__class__("no-such-doc", 0, 1, "x")
        return record

    with pytest.raises(IngestError):
        ingest([str(corpus)], None, store, dangling)
    assert store.sources() == [] and dump(store)["evidence"] == []


def test_problems_are_reported_and_the_rest_is_ingested(store: Store, corpus: Path) -> None:
    (corpus / "empty.txt").write_text("  ", encoding="utf-8")
    (corpus / "copy.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    report = ingest([str(corpus), str(corpus / "nothing.txt")], None, store, CountingBuild())
    assert report.added == ["a", "b", "c"]
    assert report.duplicates == [("corpus/copy.txt", "a")]  # a copy is reported, not skipped, not stored twice
    messages = sorted(str(p) for p in report.skipped)
    assert messages == sorted([
        f"hiwar: skipped {corpus / 'empty.txt'}: empty file",
        f"hiwar: skipped {corpus / 'nothing.txt'}: no such file",
    ])


def test_ingesting_nothing_new_into_an_empty_store(store: Store, tmp_path: Path) -> None:
    build = CountingBuild()
    report = ingest([str(tmp_path / "missing")], None, store, build)
    assert not report.changed and len(report.skipped) == 1 and build.calls == []
