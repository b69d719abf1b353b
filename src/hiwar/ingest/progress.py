"""How a long ingest tells its progress: a live bar with rate and ETA on a terminal, nothing while
it runs otherwise (logs, pipes), and a one-line summary at the end unless quiet."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO = sys.stderr, quiet: bool = False):
        self.stream, self.quiet = stream, quiet
        self.done = 0
        self.started = time.perf_counter()
        self._bar = None
        self._task = None

    def __enter__(self) -> Progress:
        if not self.quiet and self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"),
                            TimeRemainingColumn(), console=Console(file=self.stream), transient=True)
            self._bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def start(self, total: int) -> None:
        """A new batch of `total` documents to analyze (the anchor pass, the analyses, re-analyses)."""
        if self._bar is not None and total:
            self._task = self._bar.add_task("analyzing", total=total, rate="")

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None and self._task is not None:
            elapsed = time.perf_counter() - self.started
            self._bar.update(self._task, advance=1, rate=f"{self.done / elapsed:.0f} docs/s" if elapsed else "")

    def summary(self) -> str:
        took = time.perf_counter() - self.started
        rate = f", {self.done / took:.0f} per second" if self.done and took else ""
        return f"per-document work: {self.done} steps in {took:.1f} s{rate}"
