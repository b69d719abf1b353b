"""A mixed corpus in one folder (seeds, samples with their metadata, generated reports), records
compared up to the numbering of their ids, and the stage's kept work held in a dict."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from hiwar.bench.generate import write_corpus
from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest
from hiwar.store.db import open_store

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
