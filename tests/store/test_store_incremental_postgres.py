"""Ingest in batches on PostgreSQL: the record SQLite gives in one ingest, ids and cache included."""
from __future__ import annotations

from pathlib import Path

from hiwar.ingest.engine import ingest
from hiwar.store import open_store

from scale.helpers import canonical, export, mixed_corpus, one_shot


def test_batches_on_postgres_give_the_one_shot_sqlite_record(postgres_db: str, tmp_path: Path) -> None:
    files, meta = mixed_corpus(tmp_path / "corpus", generated=12)
    sqlite = one_shot(files, meta, f"sqlite:///{tmp_path / 'one.db'}")
    for batch in (files[:9], files[9:], files[4:15]):  # the last batch changes nothing
        ingest([str(f) for f in batch], str(meta), open_store(postgres_db))
    assert canonical(export(postgres_db)) == canonical(sqlite)
