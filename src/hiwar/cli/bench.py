"""`hiwar bench --generate N DIR`: a seeded corpus of generated reports for benchmarks and load tests."""
from __future__ import annotations

from typing import Annotated

import typer

from .common import EXIT_OK, UserError, out


def register(app: typer.Typer) -> None:
    app.command(help="Write a generated corpus of dialogue reports for benchmarks and load tests.")(bench)


def bench(
    generate: Annotated[tuple[int, str], typer.Option("--generate", metavar="N DIR",
                                                      help="write N articles (and meta.jsonl) into DIR")],
    seed: Annotated[int, typer.Option("--seed", help="the same seed gives the same articles")] = 0,
) -> int:
    from ..bench.generate import write_corpus

    count, folder = generate
    if count < 1:
        raise UserError(f"--generate {count}: expected 1 or more articles")
    meta = write_corpus(count, folder, seed)
    out().print(f"wrote {count} articles and {meta}", markup=False)
    return EXIT_OK
