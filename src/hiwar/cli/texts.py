"""Commands on texts, without a store: dates, extract."""
from __future__ import annotations

import io
import json
import sys
from typing import Annotated

import typer

from .common import JsonOption, warn


def register(app: typer.Typer) -> None:
    app.command(help="Find and normalize the dates in Arabic or English text (JSON lines); a weekday that "
                     "contradicts its date is a warning.")(dates)
    app.command(help="Show every mention found in documents and what it resolved to.")(extract)


def dates(
    text: Annotated[str | None, typer.Argument(help="the text (default: stdin)")] = None,
    anchor: Annotated[str | None, typer.Option("--anchor", metavar="YYYY-MM-DD",
                                               help="publication date relative dates refer to")] = None,
    input_path: Annotated[str | None, typer.Option("--input", metavar="FILE.jsonl",
                                                   help='lines {"id", "text", "anchor"}')] = None,
) -> int:
    from ..extract.dates import command
    from ..views.weekdays import disagreement

    if text is None and input_path is None:
        text = sys.stdin.read()
    buffer = io.StringIO()
    status = command.run(text, anchor, input_path, buffer)
    for line in buffer.getvalue().splitlines():
        item = json.loads(line)
        for found in item.get("dates", [item]):
            problem = disagreement(found["text"], found["value"])
            if problem:
                found["warning"] = problem
                warn(f"warning: {problem}")
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    return status


def extract(files: Annotated[list[str], typer.Argument(metavar="FILE...")], as_json: JsonOption = False) -> int:
    from ..views.mentions import extract_report

    return extract_report(files, as_json, sys.stdout)
