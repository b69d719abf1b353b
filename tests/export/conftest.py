"""The seeds ingested once for the export tests, with a url and a source given for one of them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiwar.ingest.engine import ingest
from hiwar.record import Record
from hiwar.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
URL = "https://example.org/kwus-round-5"
LINKED = "004_25e8a5953bb0be91"  # the seed that reports round 5's joint statement


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("export-seeds")
    meta = folder / "meta.jsonl"
    meta.write_text(json.dumps({"file": f"{LINKED}.txt", "url": URL, "source": "KUNA"}) + "\n", encoding="utf-8")
    db = f"sqlite:///{folder / 'seeds.db'}"
    ingest([str(SEEDS)], str(meta), open_store(db))
    return db


@pytest.fixture(scope="session")
def seeds_record(seeds_db) -> Record:
    return open_store(seeds_db).load_record()
