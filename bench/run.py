"""`make bench`: speed and memory of the pipeline, quality on the gold sets, dates against dateparser.

Prints figures; asserts nothing. Run from the repository root.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from hiwar.ingest.engine import ingest  # noqa: E402
from hiwar.ingest.readers import ReadProblem, read_paths  # noqa: E402
from hiwar.pipeline import SourceDoc, analyze, build_record  # noqa: E402
from hiwar.store.db import open_store  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "seeds", ROOT / "src" / "hiwar" / "samples", ROOT / "tests" / "corpus" / "articles"]


def _sources() -> list[SourceDoc]:
    paths = [str(p) for p in CORPORA if p.exists()]
    return [s for s in read_paths(paths, None) if not isinstance(s, ReadProblem)]


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    sources = _sources()
    chars = sum(len(s.text) for s in sources)
    print(f"corpus: {len(sources)} documents, {chars} characters")

    analyze(sources[0])  # load lexicons once, outside the timings
    t0 = time.perf_counter()
    for s in sources:
        analyze(s)
    per_doc = (time.perf_counter() - t0) / len(sources)
    print(f"analyze (one document, no cross-document work): {per_doc * 1000:.1f} ms/doc, "
          f"{chars / len(sources) / per_doc / 1000:.0f} k chars/s")

    # A larger archive: every document repeated under new ids.
    copies = 20
    big = [SourceDoc(id=f"{s.id}~{k}", text=s.text, title=s.title, published=s.published)
           for k in range(copies) for s in sources]
    t0 = time.perf_counter()
    record = build_record(big)
    took = time.perf_counter() - t0
    print(f"build_record on {len(big)} documents: {took:.2f} s ({took / len(big) * 1000:.1f} ms/doc), "
          f"{len(record.events)} events, {len(record.persons)} persons")

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        paths = [str(p) for p in CORPORA if p.exists()]
        t0 = time.perf_counter()
        ingest(paths, None, store)
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        ingest(paths, None, store)
        again = time.perf_counter() - t0
    print(f"ingest into SQLite: {first:.2f} s first time, {again:.2f} s re-ingest (no change)")
    print(f"peak memory (RSS): {_peak_mib():.0f} MiB")

    print()
    import quality

    quality.main([])

    print()
    import bench_dates

    bench_dates.main()


if __name__ == "__main__":
    main()
