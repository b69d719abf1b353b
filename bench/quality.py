"""Score the record on every gold set we have (seeds, samples, corpus, held-out).

    python bench/quality.py [--explain SET]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "bench")]

from causes import explain  # noqa: E402
from goldsets import SETS, predict, scorer  # noqa: E402

KINDS = ("persons", "organizations", "events", "rounds", "agreements")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--explain", metavar="SET", help="list attribute accuracy and unmatched objects of one set")
    args = ap.parse_args(argv)
    print(f"{'set':<9}" + "".join(f"{k[:6]:>8}" for k in KINDS) + f"{'overall':>9}{'attrs':>7}")
    for gold_set in SETS.values():
        if not gold_set.gold.exists():
            continue
        gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
        pred = predict(gold_set)
        r = scorer().score(gold, pred)
        print(f"{gold_set.name:<9}" + "".join(f"{r['kinds'][k]['f1']:>8.3f}" for k in KINDS)
              + f"{r['overall_f1']:>9.3f}{r['attribute_accuracy']:>7.3f}")
        if args.explain == gold_set.name:
            for name, (ok, n) in r["attributes"].items():
                print(f"    {name:<28}{ok / n:>7.3f}  ({ok}/{n})")
            for side in ("unmatched_gold", "unmatched_pred"):
                for kind, items in r[side].items():
                    for item in items:
                        print(f"    {side[10:]} {kind}: {item}")
            for group, counts in explain(scorer(), gold, pred).items():
                print(f"  {group}: {sum(counts.values())}")
                for cause, n in counts.most_common():
                    print(f"    {n:>3}  {cause}")


if __name__ == "__main__":
    main()
