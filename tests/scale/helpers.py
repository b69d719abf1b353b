"""A mixed corpus in one folder (seeds, samples with their metadata, generated reports), records
compared up to the numbering of their ids, the stage's kept work held in a dict, and a store's derived
tables as they stand and as a rebuild writing every part afresh leaves them."""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from hiwar.bench.generate import write_corpus
from hiwar.export.record import record_to_json
from sqlalchemy import select

from hiwar.ingest.engine import ingest, remove
from hiwar.store.db import open_store
from hiwar.store.models import DERIVED_TABLES, RecordStateRow, SavedPartRow

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLES = ROOT / "src" / "hiwar" / "samples"
_KINDS = ("persons", "organizations", "events", "agreements")


def mixed_corpus(folder: Path, generated: int = 24) -> tuple[list[Path], Path]:
    """Every file of the corpus, and its metadata file."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in [*SEEDS.glob("*.txt"), *SAMPLES.glob("*.txt")]:
        shutil.copy(path, folder / path.name)
    meta = write_corpus(generated, folder, seed=7)
    with open(meta, "a", encoding="utf-8") as out:
        out.write((SAMPLES / "meta.jsonl").read_text(encoding="utf-8"))
    return sorted(folder.glob("*.txt")), meta


def export(db: str) -> dict:
    return record_to_json(open_store(db).load_record())


def one_shot(files: list[Path], meta: Path, db: str) -> dict:
    ingest([str(f) for f in files], str(meta), open_store(db))
    return export(db)


def canonical(record: dict) -> str:
    """The record's JSON with each object's id replaced by its kind and position in the record."""
    names = {obj["id"]: f"{kind}#{n}" for kind in _KINDS for n, obj in enumerate(record.get(kind, []))}
    text = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return re.sub(r'"([poea]\d+)"', lambda m: f'"{names.get(m.group(1), m.group(1))}"', text)


class DictMemo:
    """What the cross-document stage keeps between builds (`store.cache.StageMemo`) in a dict, with how
    many names the last build found (`hits`) and kept anew (`made`)."""

    def __init__(self) -> None:
        self.kept: dict[bytes, Any] = {}
        self.hits = self.made = 0

    def recall(self, names: list[bytes]) -> dict[bytes, Any]:
        found = {s: self.kept[s] for s in names if s in self.kept}
        self.hits, self.made = len(found), 0
        return found

    def keep(self, results: dict[bytes, Any]) -> None:
        self.made = len(results)
        self.kept.update(results)


def derived_tables(db: Path) -> dict[str, list[tuple]]:
    """Every derived table of a SQLite store and its record state, rows in key order."""
    with open_store(f"sqlite:///{db}").engine.connect() as connection:
        return {model.__tablename__: [tuple(r) for r in connection.execute(
            select(model.__table__).order_by(*model.__table__.primary_key.columns))]
            for model in (*DERIVED_TABLES, RecordStateRow)}


def rewritten_whole(db: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    """The tables a rebuild of the same store leaves when it writes every part afresh."""
    copy = tmp_path / "whole.db"
    copy.unlink(missing_ok=True)
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    store = open_store(f"sqlite:///{copy}")
    with store.engine.begin() as connection:
        connection.execute(SavedPartRow.__table__.delete())
    remove([], store)
    return derived_tables(copy)
