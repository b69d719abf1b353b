"""The store on SQLite: migrations, documents, and the record's round trip."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.script import ScriptDirectory
from sqlalchemy import event, inspect

from hiwar.extract.types import Mention
from hiwar.pipeline import SourceDoc
from hiwar.store import Store, StoreError, open_store
from hiwar.store.db import MIGRATIONS, make_engine, migrate, store_url

from hiwar.store.models import Base
from hiwar.store.search import is_index_table

from .fakes import fake_record, models_only

DOCS = [
    SourceDoc(id="d2", text="وصل وزير الخارجية إلى واشنطن", title="زيارة", published="2021-11-09", source="كونا"),
    SourceDoc(id="d1", text="انطلقت الجولة الرابعة من الحوار الاستراتيجي", language="ar", path="/x/d1.txt"),
]


@pytest.fixture()
def store(tmp_path: Path):
    with open_store(str(tmp_path / "hiwar.db")) as opened:
        yield opened


def test_migration_builds_the_models_schema_from_empty(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'fresh.db'}") as store, store.engine.connect() as connection:
        tables = {name for name in inspect(connection).get_table_names() if not is_index_table(name)}
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        assert compare_metadata(models_only(connection), Base.metadata) == []
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert version == ScriptDirectory(str(MIGRATIONS)).get_current_head()


def test_a_migration_cut_short_leaves_no_half_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cut.db'}"
    engine = make_engine(url)
    created = []

    @event.listens_for(engine, "after_cursor_execute")
    def cut_after_the_third_table(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created.append(statement)
            if len(created) == 3:
                raise RuntimeError("the process died here")

    with pytest.raises(RuntimeError):
        migrate(engine)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []  # not two tables and a version row
    engine.dispose()
    with open_store(url) as store:  # the next run migrates from the start
        store.add_documents(DOCS)
        assert len(store.sources()) == 2


def test_opening_twice_keeps_the_data(tmp_path: Path) -> None:
    path = str(tmp_path / "again.db")
    with open_store(path) as store:
        store.add_documents(DOCS)
    with open_store(path) as store:
        assert [s.id for s in store.sources()] == ["d1", "d2"]


def test_store_url_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HIWAR_DB", raising=False)
    assert store_url(None) == "sqlite:///hiwar.db"
    assert store_url("data/x.db") == "sqlite:///data/x.db"
    assert store_url("/abs/x.db") == "sqlite:////abs/x.db"
    assert store_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("HIWAR_DB", "sqlite:///env.db")
    assert store_url(None) == "sqlite:///env.db"
    assert store_url("given.db") == "sqlite:///given.db"


def test_an_unopenable_store_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        open_store(str(tmp_path / "no" / "such" / "dir" / "x.db"))
    assert "\n" not in str(info.value) and "cannot open store" in str(info.value)
    with pytest.raises(StoreError):
        open_store("nosuchdialect://x")


def test_documents_added_unchanged_replaced_updated(store: Store) -> None:
    assert store.add_documents(DOCS).added == ["d2", "d1"]
    again = store.add_documents(DOCS)
    assert (again.added, again.unchanged, again.versioned, again.updated) == ([], ["d2", "d1"], [], [])
    assert store.sources() == sorted(DOCS, key=lambda d: d.id)

    changed = SourceDoc(id="d1", text="نص جديد للوثيقة", language="ar")
    retitled = SourceDoc(**{**DOCS[0].__dict__, "title": "عنوان آخر"})
    result = store.add_documents([changed, retitled])
    assert (result.versioned, result.updated) == (["d1"], ["d2"])
    by_id = {s.id: s for s in store.sources()}
    assert by_id["d1"].text == "نص جديد للوثيقة" and by_id["d2"].title == "عنوان آخر"
    assert {d.id: d.version for d in store.documents()} == {"d1": 2, "d2": 1}
    with store.engine.connect() as connection:  # the first text is kept as the document's history
        assert connection.exec_driver_sql("SELECT doc_id, version, text FROM document_versions").all() == [
            ("d1", 1, DOCS[1].text)]


def test_the_same_text_under_another_id_is_a_duplicate(store: Store) -> None:
    store.add_documents(DOCS)
    result = store.add_documents([SourceDoc(id="copy", text=DOCS[0].text)])
    assert result.duplicates == [("copy", "d2")] and not result.changed
    assert [s.id for s in store.sources()] == ["d1", "d2"]


def test_ingested_at_is_set_once(store: Store) -> None:
    store.add_documents(DOCS)
    with store.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT id, ingested_at FROM documents ORDER BY id").all()
    store.add_documents([SourceDoc(id="d1", text="نص آخر تماما")])
    with store.engine.connect() as connection:
        after = connection.exec_driver_sql("SELECT id, ingested_at FROM documents ORDER BY id").all()
    assert before == after


def test_record_round_trip(store: Store) -> None:
    store.add_documents(DOCS)
    record = fake_record(store.sources())
    mentions = {"d1": [Mention("person", 0, 5, "انطلقت", norm="انطلقت", rule="r", attrs={"entity_id": "p0", "n": [1, 2]})],
                "d2": [Mention("place", 22, 28, "واشنطن"), Mention("org", 4, 17, "وزير الخارجية", attrs={"x": None})]}
    store.save_record(record, mentions)
    assert store.load_record() == record
    assert store.mentions("d1") == mentions["d1"] and store.mentions("d2") == mentions["d2"]
    assert store.mentions("unknown") == []


def test_save_record_replaces_the_previous_one(store: Store) -> None:
    store.add_documents(DOCS)
    store.save_record(fake_record(store.sources()), {"d1": [Mention("x", 0, 1, "ا")]})
    smaller = fake_record(store.sources()[:1])
    store.save_record(smaller, {})
    assert store.load_record() == smaller
    assert store.mentions("d1") == []


def test_a_failing_save_leaves_the_previous_record(store: Store) -> None:
    store.add_documents(DOCS)
    record = fake_record(store.sources())
    store.save_record(record, {})
    broken = fake_record(store.sources())
    broken.persons[1].id = broken.persons[0].id  # duplicate primary key: the insert fails half-way
    with pytest.raises(Exception):
        store.save_record(broken, {})
    assert store.load_record() == record


def test_a_store_of_the_first_schema_keeps_its_documents_and_conflicts_when_migrated(tmp_path: Path) -> None:
    from hiwar.store.db import make_engine, migrate

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO documents (id, content_hash, language, text, ingested_at) "
            "VALUES ('d1', 'h1', 'ar', 'نص', '2024-01-01 00:00:00')")
        connection.exec_driver_sql(
            "INSERT INTO conflicts (event_id, position, field, claims, resolution) "
            """VALUES ('e001', 0, 'date', '[["d1", "\\"2021\\""]]', 'kept 2021')""")
    engine.dispose()
    with open_store(url) as store:
        assert [(d.id, d.version, d.meta) for d in store.documents()] == [("d1", 1, {})]
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT object_kind, object_id, field FROM conflicts").all() == [
                ("event", "e001", "date")]


def test_read_only_opening_refuses_a_missing_store_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at .*missing.db; run hiwar ingest first"):
        open_store(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()


def test_a_listed_document_reads_its_text_only_when_asked_and_stands_for_the_document(store: Store,
                                                                                      monkeypatch) -> None:
    store.add_documents(DOCS)
    read: list[list[str]] = []
    texts = store._texts
    monkeypatch.setattr(store, "_texts", lambda doc_ids: read.append(doc_ids) or texts(doc_ids))
    expected = min(DOCS, key=lambda d: d.id)
    first = store.listed_sources()[0]
    assert repr(first) == repr(expected) and read == []  # a cache key is made of it without its text
    assert first.text == expected.text and first.text == expected.text and read == [["d1"]]
    assert first == expected and expected == first and hash(first) == hash(expected)
    copied = pickle.loads(pickle.dumps(first))  # what a pool of processes is sent: the document itself
    assert type(copied) is SourceDoc and copied == expected
