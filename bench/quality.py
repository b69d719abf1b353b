"""Score the record on every gold set we have (seeds, samples, corpus, held-out, dev).

    python bench/quality.py [--explain SET] [--lang en] [--unseen]

--lang scores one language alone: the set's documents in that language (by its meta.jsonl)
against the gold restricted to them (see goldsets.language_subset).
--unseen adds, under each set (and each language of a set in several), its scores when the
gazetteer entries naming its gold persons and organizations are held out (bench/unseen.py):
how the record would look on reports whose people and bodies we never listed.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "bench")]

from causes import explain  # noqa: E402
from goldsets import SETS, GoldSet, language_subset, predict, scorer  # noqa: E402
from hiwar.datafiles import OVERLAY_VARIABLE  # noqa: E402
from unseen import withhold  # noqa: E402

KINDS = ("persons", "organizations", "events", "rounds", "agreements")


def _languages(gold_set: GoldSet) -> list[str]:
    rows = [json.loads(line) for line in gold_set.meta.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted({r["language"] for r in rows if r.get("language")})


def _targets(only: str | None, lang: str | None, by_language: bool) -> Iterator[GoldSet]:
    """The gold sets to score (one when `only` is "dev" or "dev:ar"), cut to `lang` when given,
    followed by each of their languages when `by_language` and they have several."""
    only_name, _, only_lang = (only or "").partition(":")
    lang = only_lang or lang
    for gold_set in SETS.values():
        if not gold_set.gold.exists() or (only_name and gold_set.name != only_name):
            continue
        if lang:
            languages = [lang] if gold_set.meta else []
        else:
            yield gold_set
            languages = _languages(gold_set) if by_language and gold_set.meta else []
            languages = languages if len(languages) > 1 else []
        for language in languages:
            with language_subset(gold_set, language) as subset:
                if subset is not None:
                    yield subset


def _score(gold_set: GoldSet) -> tuple[dict, dict, dict]:
    """The gold record of a set, the record Hiwar makes of its articles, and the scorer's report."""
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    pred = predict(gold_set)
    return gold, pred, scorer().score(gold, pred)


def _row(name: str, r: dict) -> str:
    return (f"{name:<16}" + "".join(f"{r['kinds'][k]['f1']:>8.3f}" for k in KINDS)
            + f"{r['overall_f1']:>9.3f}{r['attribute_accuracy']:>7.3f}")


def _explain(gold: dict, pred: dict, r: dict) -> None:
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


def _unseen(gold_set: GoldSet, explain_it: bool) -> tuple[dict | None, str]:
    """The set scored by a fresh process reading the data without the entries naming its gold
    (HIWAR_DATA); with `explain_it` that process prints its explanation and None is returned."""
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        withheld = withhold(gold, Path(tmp), scorer())
        note = f"held out: {len(withheld.officials)} officials, {len(withheld.bodies)} bodies"
        command = [sys.executable, __file__, "--set", gold_set.name]
        command += ["--explain", gold_set.name] if explain_it else ["--json"]
        env = dict(os.environ, **{OVERLAY_VARIABLE: tmp})
        if explain_it:
            print(f"  {note}", flush=True)
            subprocess.run(command, env=env, check=True)
            return None, note
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        return json.loads(done.stdout), note


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--explain", metavar="SET", help="list attribute accuracy and unmatched objects of one set")
    ap.add_argument("--lang", help="score only the documents in this language (sets with a meta.jsonl)")
    ap.add_argument("--unseen", action="store_true",
                    help="also score each set with the gazetteer entries naming its gold held out")
    ap.add_argument("--set", help="score only this set (dev, or dev:ar for its Arabic documents)")
    ap.add_argument("--json", action="store_true", help="print the scorer's report of the one --set as JSON")
    args = ap.parse_args(argv)
    if args.json:
        for target in _targets(args.set, args.lang, False):  # scored inside: a subset's folder lives while it runs
            print(json.dumps(_score(target)[2], ensure_ascii=False))
        return
    print(f"{'set':<16}" + "".join(f"{k[:6]:>8}" for k in KINDS) + f"{'overall':>9}{'attrs':>7}")
    for target in _targets(args.set, args.lang, args.unseen):
        gold, pred, r = _score(target)
        print(_row(target.name, r), flush=True)
        if args.explain == target.name and not args.unseen:
            _explain(gold, pred, r)
        if args.unseen:
            unseen, note = _unseen(target, args.explain == target.name)
            if unseen is not None:
                print(_row("  unseen", unseen) + f"   ({note})", flush=True)


if __name__ == "__main__":
    main()
