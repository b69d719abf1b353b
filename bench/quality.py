"""Score the record on every gold set we have (seeds, samples, corpus, held-out).

    python bench/quality.py [--explain SET] [--lang en]

--lang scores one language alone: the set's documents in that language (by its meta.jsonl)
against the gold restricted to them (see goldsets.language_subset).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "bench")]

from causes import explain  # noqa: E402
from goldsets import SETS, language_subset, predict, scorer  # noqa: E402

KINDS = ("persons", "organizations", "events", "rounds", "agreements")


def _measure(gold_set) -> tuple[dict, dict]:
    """The gold record of a set and the record Hiwar makes of its articles."""
    return json.loads(gold_set.gold.read_text(encoding="utf-8")), predict(gold_set)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--explain", metavar="SET", help="list attribute accuracy and unmatched objects of one set")
    ap.add_argument("--lang", help="score only the documents in this language (sets with a meta.jsonl)")
    args = ap.parse_args(argv)
    print(f"{'set':<9}" + "".join(f"{k[:6]:>8}" for k in KINDS) + f"{'overall':>9}{'attrs':>7}")
    for gold_set in SETS.values():
        if not gold_set.gold.exists():
            continue
        if args.lang:
            if gold_set.meta is None:
                continue
            with language_subset(gold_set, args.lang) as subset:
                if subset is None:
                    continue
                gold, pred = _measure(subset)
        else:
            gold, pred = _measure(gold_set)
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
