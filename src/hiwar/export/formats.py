"""`hiwar export`: one record, written in the format asked for, to a file or to standard output."""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..record import Record
from .common import for_dialogue, write_text_file
from .csv_tables import write_csv
from .ics import write_ics
from .plover import write_plover
from .record import Confirmations, write_record

FORMATS = ("record", "plover", "csv", "ics")


class ExportError(Exception):
    """An export that cannot be written as asked; the message fits one line."""


def export(record: Record, fmt: str, output: str | None, stdout: TextIO, dialogue: str | None = None,
           confirmed: Confirmations | None = None) -> Path | None:
    """Write the (dialogue's) record, with the confirmations made in curation; returns the file written, None for
    standard output."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if dialogue is not None and not any(r.dialogue == dialogue for r in [*record.rounds, *record.events]):
        raise ExportError(f"no dialogue {dialogue!r} in the store")
    part = for_dialogue(record, dialogue)
    to_stdout = output in (None, "-")
    if fmt == "csv":
        if to_stdout:
            raise ExportError("--format csv writes several files: give -o FOLDER or -o FILE.zip")
        write_csv(part, Path(output))
        return Path(output)

    def write(out: TextIO) -> None:
        if fmt == "record":
            write_record(part, out, confirmed)
        elif fmt == "plover":
            write_plover(part, out)
        else:
            write_ics(part, out, f"Hiwar: {dialogue}" if dialogue else "Hiwar")

    if to_stdout:
        write(stdout)
        return None
    # iCalendar lines end in CRLF (RFC 5545); the JSON formats keep the platform's newlines
    write_text_file(Path(output), write, newline="" if fmt == "ics" else None)
    return Path(output)
