"""Progress of the per-document work on a terminal: a bar with rate and ETA (ingest/progress.py), and a
one-line summary at the end unless quiet or not on a terminal."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .common import err


@contextmanager
def progress_map(quiet: bool, jobs: int | None) -> Iterator[Callable[[Callable, list], list]]:
    """The local engine's `map_documents` on `jobs` processes (default: every core), telling its progress."""
    from ..ingest.local import default_jobs, local_map
    from ..ingest.progress import Progress

    console = err()
    with Progress(console.file, quiet=quiet) as progress:
        yield local_map(jobs or default_jobs(), progress)
    if not quiet and console.is_terminal and progress.done:
        console.print(progress.summary(), markup=False)
