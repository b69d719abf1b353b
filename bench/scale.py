"""Archive scale: fresh ingests of generated corpora, adding 10 documents to them, peak memory, and
time per document against the floor (reading + normalizing + tokenizing the same texts).

    python bench/scale.py [--sizes 2000,20000] [--json FILE]

Every figure is CPU seconds of one process on one core (--jobs 1), measured in a fresh child process
(so its peak memory is its own). PostgreSQL runs beside SQLite when HIWAR_BENCH_PG names a server
(postgresql://user@host/db; the bench creates and drops its own databases there).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hiwar.bench.generate import write_corpus  # noqa: E402

ADDED = 10


def _in_child(func, *args):
    """func(*args) in a forked process: (its result, its CPU seconds, its peak RSS in MiB)."""
    with multiprocessing.get_context("fork").Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(_measured, (func, *args))


def _measured(func, *args):
    cpu = time.process_time()
    result = func(*args)
    return result, time.process_time() - cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ingest(folder: str, meta: str, url: str) -> None:
    from hiwar.ingest.engine import ingest
    from hiwar.store.db import open_store

    ingest([folder], meta, open_store(url))


def _floor(folder: str, meta: str) -> int:
    from hiwar.ingest.readers import ReadProblem, read_paths
    from hiwar.text.doc import Doc

    return sum(len(Doc(s.text, s.id).tokens) for s in read_paths([folder], meta) if not isinstance(s, ReadProblem))


def _database(kind: str, tmp: str, name: str) -> str | None:
    if kind == "sqlite":
        return f"sqlite:///{tmp}/{name}.db"
    server = os.environ.get("HIWAR_BENCH_PG")
    if not server:
        return None
    import psycopg

    admin = server.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return admin.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"


def measure(size: int, kind: str, tmp: str) -> dict | None:
    url = _database(kind, tmp, f"bench_{size}")
    if url is None:
        return None
    corpus, extra = Path(tmp) / f"gen{size}", Path(tmp) / f"add{size}"
    if not corpus.exists():
        write_corpus(size, corpus)
        write_corpus(ADDED, extra, start=size)
    _, fresh, fresh_peak = _in_child(_ingest, str(corpus), str(corpus / "meta.jsonl"), url)
    _, add, add_peak = _in_child(_ingest, str(extra), str(extra / "meta.jsonl"), url)
    _, floor, _ = _in_child(_floor, str(corpus), str(corpus / "meta.jsonl"))
    return {"store": kind, "documents": size, "fresh_s": round(fresh, 1), "docs_per_s": round(size / fresh, 1),
            "ms_per_doc": round(fresh / size * 1000, 1), "floor_ms_per_doc": round(floor / size * 1000, 2),
            "times_floor": round(fresh / floor, 1), f"add_{ADDED}_s": round(add, 1),
            "peak_mib": round(max(fresh_peak, add_peak))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000", help="comma-separated corpus sizes (20000 takes hours today)")
    ap.add_argument("--json", default=str(ROOT / "bench" / "scale.json"), help="where the figures go as JSON")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="hiwar-scale-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            for kind in ("sqlite", "postgresql"):
                row = measure(size, kind, tmp)
                if row is None:
                    print(f"{kind}: skipped (set HIWAR_BENCH_PG=postgresql://user@host/db)")
                    continue
                rows.append(row)
    keys = list(rows[0]) if rows else []
    print("  ".join(f"{k:>14}" for k in keys))
    for row in rows:
        print("  ".join(f"{row[k]!s:>14}" for k in keys))
    Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
