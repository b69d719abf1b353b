"""Archive scale: fresh ingests of generated corpora, adding 10 documents to them, peak memory, and
time per document against the floor (reading + normalizing + tokenizing the same texts), on SQLite
and PostgreSQL side by side.

    python bench/scale.py [--sizes 2000,20000] [--stores sqlite,postgresql] [--json FILE]

Every figure is CPU seconds of one process on one core (--jobs 1), measured in a fresh child process
(so its peak memory is its own; the PostgreSQL server's own work is not counted). The bench starts a
throwaway PostgreSQL server of its own (hiwar.store.pgserver, as the tests do), or uses the one
HIWAR_BENCH_PG names (postgresql://user@host/db: it creates and drops its own databases there).
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
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hiwar.bench.generate import write_corpus  # noqa: E402
from hiwar.store.pgserver import PostgresFailed, PostgresUnavailable, fresh_database, throwaway_server  # noqa: E402

ADDED = 10
STORES = ("sqlite", "postgresql")
# (label, JSON key) of the printed table's lines, in order
LINES = (("fresh ingest, CPU s", "fresh_s"), ("docs/s per core", "docs_per_s"), ("ms per doc", "ms_per_doc"),
         ("floor ms per doc", "floor_ms_per_doc"), ("times the floor", "times_floor"),
         (f"add {ADDED}, CPU s", f"add_{ADDED}_s"), ("peak memory, MiB", "peak_mib"))


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

    with open_store(url) as store:
        ingest([folder], meta, store)


def _floor(folder: str, meta: str) -> int:
    from hiwar.ingest.readers import ReadProblem, read_paths
    from hiwar.text.doc import Doc

    return sum(len(Doc(s.text, s.id).tokens) for s in read_paths([folder], meta) if not isinstance(s, ReadProblem))


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """The server's URL: HIWAR_BENCH_PG's, else one started for the bench; None when none can be had."""
    given = os.environ.get("HIWAR_BENCH_PG")
    if given:
        yield given.replace("postgresql://", "postgresql+psycopg://", 1)
        return
    try:
        with throwaway_server() as url:
            yield url
    except (PostgresUnavailable, PostgresFailed) as exc:
        print(f"postgresql: skipped ({exc})")
        yield None


def measure(size: int, url: str, tmp: str, floor: dict[int, float]) -> dict:
    """One store's figures for a corpus of `size` documents (generated once, shared by the stores)."""
    corpus, extra = Path(tmp) / f"gen{size}", Path(tmp) / f"add{size}"
    if not corpus.exists():
        write_corpus(size, corpus)
        write_corpus(ADDED, extra, start=size)
    if size not in floor:
        floor[size] = _in_child(_floor, str(corpus), str(corpus / "meta.jsonl"))[1]
    _, fresh, fresh_peak = _in_child(_ingest, str(corpus), str(corpus / "meta.jsonl"), url)
    _, add, add_peak = _in_child(_ingest, str(extra), str(extra / "meta.jsonl"), url)
    return {"documents": size, "fresh_s": round(fresh, 1), "docs_per_s": round(size / fresh, 1),
            "ms_per_doc": round(fresh / size * 1000, 1), "floor_ms_per_doc": round(floor[size] / size * 1000, 2),
            "times_floor": round(fresh / floor[size], 1), f"add_{ADDED}_s": round(add, 2),
            "peak_mib": round(max(fresh_peak, add_peak))}


def table(rows: list[dict]) -> str:
    """The figures with one column per corpus size and store, side by side."""
    heads = [f"{row['documents']} {row['store']}" for row in rows]
    width = max([14, *map(len, heads)])
    lines = [" " * 20 + "".join(f"{h:>{width + 2}}" for h in heads)]
    lines += [f"{label:<20}" + "".join(f"{row[key]!s:>{width + 2}}" for row in rows) for label, key in LINES]
    return "\n".join(lines)


def growth(rows: list[dict]) -> dict[str, float]:
    """Per store, the time to add 10 documents to the largest store over that to the smallest (< 2: it does not grow)."""
    out = {}
    for store in STORES:
        mine = sorted((r for r in rows if r["store"] == store), key=lambda r: r["documents"])
        if len(mine) > 1 and mine[0][f"add_{ADDED}_s"]:
            key = f"{store}_add_{ADDED}_{mine[-1]['documents']}_over_{mine[0]['documents']}"
            out[key] = round(mine[-1][f"add_{ADDED}_s"] / mine[0][f"add_{ADDED}_s"], 2)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,20000", help="comma-separated corpus sizes")
    ap.add_argument("--stores", default=",".join(STORES), help="comma-separated: sqlite, postgresql")
    ap.add_argument("--json", default=str(ROOT / "bench" / "scale.json"), help="where the figures go as JSON")
    args = ap.parse_args(argv)
    stores = [s for s in args.stores.split(",") if s]
    rows: list[dict] = []
    floor: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="hiwar-scale-") as tmp, \
            (postgres_server() if "postgresql" in stores else nullcontext(None)) as server:
        for size in (int(s) for s in args.sizes.split(",")):
            for store in stores:
                if store == "sqlite":
                    url = f"sqlite:///{tmp}/bench_{size}.db"
                elif server is None:
                    continue
                else:
                    url = fresh_database(server, f"bench_{size}")
                rows.append({"store": store, **measure(size, url, tmp, floor)})
                print(f"{size} documents, {store}: done", file=sys.stderr)
    print(table(rows))
    summary = growth(rows)
    for key, ratio in summary.items():
        print(f"{key}: {ratio}")
    Path(args.json).write_text(json.dumps({"rows": rows, "growth": summary}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
