"""The `hiwar` command: typer commands over library functions, rich output on a terminal.

Exit codes: 0 ok, 1 some input was skipped (each named on one line), 2 a usage, input or store
error (one line, never a traceback; HIWAR_DEBUG=1 shows it).
"""
from __future__ import annotations

import os
from typing import Annotated

import typer
from typer.exceptions import TyperException

from .. import __version__
from ..ingest.engine import IngestError
from ..store.db import StoreError
from . import bench, documents, reading, texts, web
from .common import EXIT_ERROR, EXIT_OK, UserError, err

app = typer.Typer(name="hiwar", add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="Hiwar (حوار): the record of strategic dialogues, from the news.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"hiwar {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="print the version and exit")] = False) -> None:
    """Hiwar (حوار): the record of strategic dialogues, from the news."""


documents.register(app)
reading.register(app)
texts.register(app)
web.register(app)
bench.register(app)


def main(argv: list[str] | None = None) -> int:
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="hiwar", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except TyperException as exc:  # usage errors: one line and a pointer to --help
        if type(exc).__name__ == "NoArgsIsHelpError":
            command.main(args=["--help"], prog_name="hiwar", standalone_mode=False)
            return EXIT_OK
        _error(f"{exc.format_message()} (see hiwar --help)")
    except (UserError, StoreError, IngestError) as exc:
        _error(str(exc))
    except BrokenPipeError:
        return EXIT_OK
    except (KeyboardInterrupt, typer.Abort):
        _error("interrupted")
    except Exception as exc:  # never a traceback for the user; HIWAR_DEBUG=1 shows it
        if os.environ.get("HIWAR_DEBUG"):
            raise
        _error(f"error: {type(exc).__name__}: {exc} (HIWAR_DEBUG=1 shows details)")
    else:
        return result if isinstance(result, int) else EXIT_OK
    return EXIT_ERROR


def _error(message: str) -> None:
    err().print(f"hiwar: {' '.join(message.split())}", markup=False, style="red")
