"""`make bench`: speed and memory of the pipeline, quality on the gold sets, dates against dateparser,
and the web pages' latency.

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

from hiwar.build import build_record  # noqa: E402
from hiwar.ingest.engine import ingest  # noqa: E402
from hiwar.ingest.readers import ReadProblem, read_paths  # noqa: E402
from hiwar.pipeline import SourceDoc, analyze  # noqa: E402
from hiwar.store.db import open_store  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "seeds", ROOT / "src" / "hiwar" / "samples", ROOT / "tests" / "corpus" / "articles"]


def _sources() -> list[SourceDoc]:
    paths = [str(p) for p in CORPORA if p.exists()]
    return [s for s in read_paths(paths, None) if not isinstance(s, ReadProblem)]


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _spark_engine(sources: list[SourceDoc], big: list[SourceDoc], local_record, local_took: float) -> None:
    """The same archive through the Spark engine ($HIWAR_SPARK_MASTER, else local[*] on this machine)."""
    from hiwar.export.record import record_to_json
    from hiwar.ingest.spark import SparkUnavailable, build_record_on, start_session

    t0 = time.perf_counter()
    try:
        session = start_session()
    except SparkUnavailable as exc:
        print(f"spark engine: skipped ({exc})")
        return
    started = time.perf_counter() - t0
    context = session.sparkContext
    t0 = time.perf_counter()
    build_record_on(context, sources)  # each Python worker loads the lexicons once
    warm_up = time.perf_counter() - t0
    t0 = time.perf_counter()
    record = build_record_on(context, big)
    took = time.perf_counter() - t0
    same = record_to_json(record) == record_to_json(local_record)
    cores = context.defaultParallelism
    session.stop()
    print(f"spark engine ({context.master}, {cores} cores) on {len(big)} documents: "
          f"{took:.2f} s ({len(big) / took:.0f} docs/s; local engine {len(big) / local_took:.0f} docs/s), "
          f"same record: {'yes' if same else 'NO'}; session start {started:.1f} s, workers' warm-up {warm_up:.1f} s")


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
    _spark_engine(sources, big, record, took)

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

    print()
    import web

    web.main()


if __name__ == "__main__":
    main()
