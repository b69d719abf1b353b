"""A progress bar with rate and ETA for the per-document stage, only on a terminal and never with --quiet."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from .common import err


@contextmanager
def document_map(quiet: bool) -> Iterator[Callable[[Callable, Iterable], Any] | None]:
    """A `map` for pipeline.build_record that advances a bar per document; None when no bar is shown."""
    console = err()
    if quiet or not console.is_terminal:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        def tracked(func: Callable, items: Iterable) -> list:
            items = list(items)
            task = progress.add_task("reading documents", total=len(items), rate="")
            out = []
            for item in items:
                out.append(func(item))
                speed = progress.tasks[task].speed
                progress.update(task, advance=1, rate=f"{speed:.1f} docs/s" if speed else "")
            progress.remove_task(task)
            return out
        yield tracked
