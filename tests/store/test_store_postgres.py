"""The same store on a real PostgreSQL server (started by the `postgres_url` fixture)."""
from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata

from hiwar.extract.types import Mention
from hiwar.ingest.engine import ingest
from hiwar.pipeline import SourceDoc
from hiwar.store import open_store
from hiwar.store.models import Base

from .fakes import CountingBuild, dump, fake_record, models_only


def test_migration_and_round_trip_on_postgres(postgres_db: str) -> None:
    with open_store(postgres_db) as store:
        with store.engine.connect() as connection:
            assert compare_metadata(models_only(connection), Base.metadata) == []
        store.add_documents([SourceDoc(id="d1", text="انطلقت الجولة الرابعة", published="2021-11-10"),
                             SourceDoc(id="d2", text="وقع الجانبان مذكرة تفاهم")])
        record = fake_record(store.sources())
        mentions = {"d1": [Mention("round", 7, 13, "الجولة", attrs={"number": 4, "entity_id": "KW-US:4"})]}
        store.save_record(record, mentions)
    with open_store(postgres_db) as reopened:
        assert reopened.load_record() == record
        assert reopened.mentions("d1") == mentions["d1"]


def test_reingest_is_idempotent_on_postgres(postgres_db: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("عقدت الكويت والولايات المتحدة الجولة الرابعة", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وقع الجانبان مذكرة تفاهم", encoding="utf-8")
    with open_store(postgres_db) as store:
        build = CountingBuild()
        assert ingest([str(tmp_path)], None, store, build).added == ["a", "b"]
        before = dump(store)
        assert ingest([str(tmp_path)], None, store, build).unchanged == ["a", "b"]
        assert dump(store) == before and len(build.calls) == 1
