"""The gold sets and the scorer, shared by the quality tests and `make bench`.

Each set is ingested into a fresh SQLite store through the real path (readers →
pipeline → store → export) and compared with its gold by ../shared/eval/score.py.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest
from hiwar.store.db import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class GoldSet:
    name: str
    articles: Path
    gold: Path
    meta: Path | None = None


SETS = {
    "seeds": GoldSet("seeds", SHARED / "seeds", SHARED / "eval" / "seeds.gold.json"),
    "samples": GoldSet("samples", ROOT / "src" / "hiwar" / "samples", ROOT / "tests" / "samples.gold.json",
                       ROOT / "src" / "hiwar" / "samples" / "meta.jsonl"),
    "corpus": GoldSet("corpus", ROOT / "tests" / "corpus" / "articles", ROOT / "tests" / "corpus" / "gold.json"),
    "heldout": GoldSet("heldout", ROOT / "tests" / "heldout" / "articles", ROOT / "tests" / "heldout" / "gold.json"),
    # real reports rewritten by a third hand: read from ../shared, never copied into the project
    "dev": GoldSet("dev", SHARED / "eval" / "dev" / "docs", SHARED / "eval" / "dev" / "gold.json",
                   SHARED / "eval" / "dev" / "meta.jsonl"),
}


@lru_cache(maxsize=None)
def scorer():
    spec = importlib.util.spec_from_file_location("hiwar_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=None)
def unseen():
    """bench/unseen.py as a module: its `withhold` writes the gazetteer without a gold record's entries."""
    spec = importlib.util.spec_from_file_location("bench_unseen", ROOT / "bench" / "unseen.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def predict(gold_set: GoldSet) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/gold.db")
        ingest([str(gold_set.articles)], str(gold_set.meta) if gold_set.meta else None, store)
        return record_to_json(store.load_record())


def evaluate(gold_set: GoldSet) -> dict:
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    return scorer().score(gold, predict(gold_set))


@contextmanager
def language_subset(gold_set: GoldSet, language: str) -> Iterator[GoldSet | None]:
    """The set cut to its documents in one language (per its meta.jsonl), in a temporary folder:
    those articles, their metadata, and the gold objects any of them reports, each listing only
    those documents. None when the set has no document in that language."""
    rows = [json.loads(line) for line in gold_set.meta.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("language") == language]
    if not rows:
        yield None
        return
    keep = {r["id"] for r in rows}
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    for kind in ("persons", "organizations", "events", "rounds", "agreements"):
        objects = [dict(o, documents=sorted(keep & set(o.get("documents") or [])))
                   for o in gold.get(kind) or [] if keep & set(o.get("documents") or [])]
        gold[kind] = objects
    gold["documents"] = [d for d in gold.get("documents") or [] if d["id"] in keep]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for r in rows:
            shutil.copy(gold_set.articles / r["file"], folder / r["file"])
        meta = Path(tmp) / "meta.jsonl"
        meta.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        subset = Path(tmp) / "gold.json"
        subset.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        yield GoldSet(f"{gold_set.name}:{language}", folder, subset, meta)
