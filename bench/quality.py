"""Score the record on every gold set we have: the seeds, the samples, the other-dialogue corpus.

    python bench/quality.py [--explain SET]

Each set is ingested into a fresh SQLite store through the real path (readers →
pipeline → store → export) and compared with its gold by ../shared/eval/score.py.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from hiwar.export.record import record_to_json  # noqa: E402
from hiwar.ingest.engine import ingest  # noqa: E402
from hiwar.store.db import open_store  # noqa: E402


@dataclass(frozen=True)
class GoldSet:
    name: str
    articles: Path
    gold: Path
    meta: Path | None = None


SETS = [
    GoldSet("seeds", SHARED / "seeds", SHARED / "eval" / "seeds.gold.json"),
    GoldSet("samples", ROOT / "src" / "hiwar" / "samples", ROOT / "tests" / "samples.gold.json",
            ROOT / "src" / "hiwar" / "samples" / "meta.jsonl"),
    GoldSet("corpus", ROOT / "tests" / "corpus" / "articles", ROOT / "tests" / "corpus" / "gold.json"),
]


def scorer():
    spec = importlib.util.spec_from_file_location("hiwar_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(gold_set: GoldSet) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/q.db")
        ingest([str(gold_set.articles)], str(gold_set.meta) if gold_set.meta else None, store)
        return record_to_json(store.load_record())


def evaluate(gold_set: GoldSet) -> dict:
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    return scorer().score(gold, predict(gold_set))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--explain", metavar="SET", help="list unmatched objects of one set")
    args = ap.parse_args()
    kinds = ("persons", "organizations", "events", "rounds", "agreements")
    print(f"{'set':<9}" + "".join(f"{k[:6]:>8}" for k in kinds) + f"{'overall':>9}{'attrs':>7}")
    for gold_set in SETS:
        if not gold_set.gold.exists():
            continue
        r = evaluate(gold_set)
        print(f"{gold_set.name:<9}" + "".join(f"{r['kinds'][k]['f1']:>8.3f}" for k in kinds)
              + f"{r['overall_f1']:>9.3f}{r['attribute_accuracy']:>7.3f}")
        if args.explain == gold_set.name:
            for name, (ok, n) in r["attributes"].items():
                print(f"    {name:<28}{ok / n:>7.3f}  ({ok}/{n})")
            for side in ("unmatched_gold", "unmatched_pred"):
                for kind, items in r[side].items():
                    for item in items:
                        print(f"    {side[10:]} {kind}: {item}")


if __name__ == "__main__":
    main()
