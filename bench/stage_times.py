"""CPU milliseconds per document, stage by stage, of building the record of a folder of texts.

    python bench/stage_times.py FOLDER [--meta FILE] [--repeat N]
    python bench/stage_times.py --generate 200          # a seeded generated corpus
    python bench/stage_times.py --gold                   # every gold set's articles, each on its own

The stages are functions of the engine timed where they are called (inclusive CPU time, a stage
called inside itself counted once); a stage nested in another is counted in both, so the lines do
not add up. `build_record` is the whole thing, store aside. CPU seconds (time.process_time), so
the noise of a shared machine drops out.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

# (label, module, function name): the per-document stages worth watching
STAGES = (
    ("text layer (normalize + tokens)", "hiwar.text.doc", "TextLayer.__init__"),
    ("sentences", "hiwar.text.doc", "TextLayer.sentences"),
    ("phrase matches (one pass per matcher and text)", "hiwar.text.matcher", "PhraseMatcher._scan"),
    ("date expressions of a text (unresolved)", "hiwar.extract.dates.finder", "atoms_of"),
    ("anchors of a document (clues)", "hiwar.resolve.anchors", "initial_anchors"),
    ("  infer_anchor", "hiwar.extract.dates.anchor", "infer_anchor"),
    ("analyze (one document)", "hiwar.pipeline", "analyze"),
    ("  find_dates", "hiwar.extract.dates.finder", "find_dates"),
    ("  extract_entities", "hiwar.extract.entities", "extract_entities"),
    ("  read_dialogue", "hiwar.extract.events", "read_dialogue"),
    ("    find_round_mentions", "hiwar.extract.cues", "find_round_mentions"),
    ("resolve_anchors (all passes)", "hiwar.resolve.anchors", "resolve_anchors"),
    ("build_record", "hiwar.build", "build_record"),
)


class _Clock:
    """Inclusive CPU time of one function, its recursive calls counted once."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self.depth = 0

    def wrap(self, func: Callable) -> Callable:
        def timed(*args, **kwargs):
            self.calls += 1
            if self.depth:
                return func(*args, **kwargs)
            self.depth += 1
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - start
                self.depth -= 1
        timed.__wrapped__ = func
        return timed


def _install(clocks: dict[str, _Clock]) -> None:
    """Replace each stage's function by its timed version everywhere it was imported by name."""
    import importlib

    for label, module_name, name in STAGES:
        module = importlib.import_module(module_name)
        owner_name, _, attr = name.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        original = owner.__dict__[attr]
        clock = clocks[label] = _Clock()
        if isinstance(original, cached_property):
            wrapped = cached_property(clock.wrap(original.func))
            wrapped.__set_name__(owner, attr)
            setattr(owner, attr, wrapped)
            continue
        timed = clock.wrap(original)
        if owner_name:
            setattr(owner, attr, timed)
            continue
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("hiwar"):
                for key, value in list(vars(mod).items()):
                    if value is original:
                        setattr(mod, key, timed)


def _sources(folder: str, meta: str | None) -> list:
    from hiwar.ingest.readers import ReadProblem, read_paths

    return [s for s in read_paths([folder], meta) if not isinstance(s, ReadProblem)]


def measure(folder: str, meta: str | None, repeat: int = 1) -> tuple[int, dict[str, _Clock], float]:
    """(documents, clocks per stage, reading seconds) of building the record of a folder `repeat` times."""
    from hiwar import build  # every engine module loaded before the stages are wrapped
    from hiwar.text.doc import release_layers

    start = time.process_time()
    sources = _sources(folder, meta)
    reading = time.process_time() - start
    clocks: dict[str, _Clock] = {}
    build.build_record(sources[:1])  # lexicons loaded before the clocks run
    _install(clocks)
    for _ in range(repeat):
        release_layers()  # each round starts cold (what is derived from a text is kept with it)
        build.build_record(sources)
    return len(sources) * repeat, clocks, reading * repeat


def report(title: str, docs: int, clocks: dict[str, _Clock], reading: float) -> None:
    print(f"{title}: {docs} documents")
    print(f"  {'reading the files':<48}{1000 * reading / docs:>9.2f} ms/doc")
    for label, clock in clocks.items():
        print(f"  {label:<48}{1000 * clock.seconds / docs:>9.2f} ms/doc  {clock.calls / docs:>7.1f} calls/doc")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--meta")
    ap.add_argument("--generate", type=int, metavar="N", help="a generated corpus of N documents")
    ap.add_argument("--gold", action="store_true", help="every gold set's articles")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    runs: list[tuple[str, str, str | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.folder:
            runs.append((args.folder, args.folder, args.meta))
        if args.generate:
            from hiwar.bench.generate import write_corpus

            meta = write_corpus(args.generate, tmp)
            runs.append((f"generated {args.generate}", tmp, str(meta)))
        if args.gold:
            from goldsets import SETS

            runs += [(s.name, str(s.articles), str(s.meta) if s.meta else None)
                     for s in SETS.values() if s.articles.exists()]
        if not runs:
            ap.error("name a folder, --generate N or --gold")
        if len(runs) > 1:  # each run in its own process: wrapped stages and warm caches stay apart
            import subprocess

            for title, folder, meta in runs:
                cmd = [sys.executable, __file__, folder, "--repeat", str(args.repeat)] + (["--meta", meta] if meta else [])
                print(f"[{title}]", flush=True)
                subprocess.run(cmd, check=True)
            return
        title, folder, meta = runs[0]
        report(title, *measure(folder, meta, args.repeat))


if __name__ == "__main__":
    main()
