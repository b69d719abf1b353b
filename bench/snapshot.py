"""Write the exported record of every gold set (and a generated corpus) to a folder, one JSON file each.

    python bench/snapshot.py OUT_DIR [--generated N]

Two snapshots compared byte for byte (`diff -r`) show whether a change to the engine moved the record.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from goldsets import SETS, predict  # noqa: E402
from hiwar.bench.generate import write_corpus  # noqa: E402
from hiwar.export.record import record_to_json  # noqa: E402
from hiwar.ingest.engine import ingest  # noqa: E402
from hiwar.store.db import open_store  # noqa: E402


def _dump(record: dict, path: Path) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--generated", type=int, default=200, help="size of the generated corpus (0: none)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for gold_set in SETS.values():
        if gold_set.articles.exists():
            _dump(predict(gold_set), out / f"{gold_set.name}.json")
    if args.generated:
        with tempfile.TemporaryDirectory() as tmp:
            meta = write_corpus(args.generated, tmp)
            store = open_store(f"sqlite:///{tmp}/gen.db")
            ingest([tmp], str(meta), store)
            _dump(record_to_json(store.load_record()), out / "generated.json")


if __name__ == "__main__":
    main()
