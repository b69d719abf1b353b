"""What every command shares: exit codes, one-line errors, the store options, output to a terminal."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2  # ok; some input skipped; usage, input or store error


class UserError(Exception):
    """A problem the user can fix; printed as one line, never as a traceback."""


DbOption = Annotated[str | None, typer.Option(
    "--db", metavar="URL", help="store URL (sqlite:///file.db, postgresql://...) or a SQLite file path; "
                                "default: $HIWAR_DB, else ./hiwar.db")]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of text")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="print only errors")]
VisualOption = Annotated[bool, typer.Option(
    "--visual", help="reorder and shape Arabic for terminals without bidi support")]
DialogueOption = Annotated[str | None, typer.Option(
    "--dialogue", "-d", metavar="CODE", help="dialogue code such as KW-US (any case)")]


# Tables written to a pipe or file are laid out this wide (a terminal gives its own width).
_PIPE_WIDTH = 200


def out() -> Console:
    """Standard output; colours only on a terminal, never wrapped (a pipe gets the lines as they are)."""
    return Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else _PIPE_WIDTH)


def err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    err().print(f"hiwar: {message}", markup=False, style="yellow")


def plain(*values: str) -> list[Text]:
    """Table cells as text, never read as rich markup (a title may hold "[...]")."""
    return [Text(value) for value in values]


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def open_existing(url: str | None):
    """The store for a read command: refused (one line, exit 2) if there is none; never created."""
    from ..store.db import open_store

    return open_store(url, create=False)


def open_or_create(url: str | None):
    from ..store.db import open_store

    return open_store(url)


def load_record(url: str | None):
    return open_existing(url).load_record()


def dialogue_code(record, code: str | None) -> str | None:
    """A dialogue the record knows, whatever the case it was typed in; an unknown one is an error."""
    if code is None:
        return None
    known = sorted({x.dialogue for x in [*record.rounds, *record.events] if x.dialogue})
    wanted = code.strip().upper()
    if wanted not in known:
        raise UserError(f"no dialogue {code!r} in the store (known: {', '.join(known) or 'none'}; "
                        "see hiwar dialogues)")
    return wanted
