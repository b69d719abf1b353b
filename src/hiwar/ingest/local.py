"""The local engine's per-document map: this process, or a pool of N worker processes.

Workers are forked after the first item ran here, so they inherit the loaded lexicons and the
work function (which may be a closure); results come back in input order, so the record is the same whatever N.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from typing import Any

from .progress import Progress

_CHUNKS_PER_WORKER = 8  # enough to even out long and short documents, few enough to keep overhead small
_work: Callable | None = None  # the function the forked workers run (set before the pool forks)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def local_map(jobs: int = 1, progress: Progress | None = None) -> Callable[[Callable, list], list]:
    """A `map_documents` running on `jobs` processes, telling `progress` of each document done."""
    def map_documents(work: Callable, items: list) -> list:
        items = list(items)
        if progress is not None:
            progress.start(len(items))
        out = []
        for result in _results(work, items, jobs):
            out.append(result)
            if progress is not None:
                progress.advance()
        return out

    return map_documents


def _results(work: Callable, items: list, jobs: int) -> Iterator[Any]:
    if jobs <= 1 or len(items) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(work, items)
        return
    global _work
    _work = work
    # The first item here: it loads the lexicons once, and the forked workers inherit them.
    yield work(items[0])
    items = items[1:]
    workers = min(jobs, len(items))
    chunk = max(1, len(items) // (workers * _CHUNKS_PER_WORKER))
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_run, items, chunksize=chunk)


def _run(item: Any) -> Any:
    assert _work is not None
    return _work(item)
