"""Commands that read the store (and refuse one that does not exist): timeline, dialogues, why,
conflicts, export, brief."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ..views.terminal import cell
from .common import (
    EXIT_OK,
    DbOption,
    DialogueOption,
    JsonOption,
    UserError,
    VisualOption,
    dialogue_code,
    err,
    load_record,
    open_existing,
    out,
    plain,
    print_json,
)


def register(app: typer.Typer) -> None:
    app.command(help="Rounds and events of a dialogue in date order, with their ids and sources.")(timeline)
    app.command(help="The dialogues in the store, with their rounds and counts.")(dialogues)
    app.command(help="Show the sentences and rules behind each field of an event, agreement or round.")(why)
    app.command(help="List the facts on which sources disagree, and what the record kept.")(conflicts)
    app.command(help="Write the dialogue record: hiwar-record/1 JSON, PLOVER, CSV or iCalendar.")(export)
    app.command(help="Write the briefing note for a dialogue's round, from the record (HTML or PDF).")(brief)


def timeline(
    dialogue: DialogueOption = None,
    anchors: Annotated[bool, typer.Option("--anchors", help="also show how undated documents were dated")] = False,
    sources: Annotated[int, typer.Option("--sources", metavar="N", min=1,
                                         help="sources shown per line before +N more")] = 3,
    lang: Annotated[str, typer.Option("--lang", help="language of the names shown: ar or en")] = "ar",
    as_json: JsonOption = False,
    visual: VisualOption = False,
    db: DbOption = None,
) -> int:
    if lang not in ("ar", "en"):
        raise UserError(f"--lang {lang!r}: expected ar or en")
    record = load_record(db)
    show_timeline(record, dialogue_code(record, dialogue), as_json, visual, anchors, sources, lang)
    return EXIT_OK


def show_timeline(record, dialogue: str | None, as_json: bool, visual: bool, anchors: bool = False,
                  sources: int = 3, language: str = "ar") -> None:
    from ..views.terminal import visual as to_visual
    from ..views.timeline import render, timeline as items

    if as_json:
        print_json({"dialogue": dialogue, "items": [i.to_json() for i in items(record, dialogue, language)]})
        return
    console = out()
    for line in render(record, dialogue, anchors=anchors, max_sources=sources, language=language).split("\n"):
        text = to_visual(line) if visual else line
        console.print(Text(text, style="bold" if "■" in line else ("dim" if "⟨" not in line else "")))


def _told_without_a_table(rows: list, as_json: bool, nothing: str) -> bool:
    """Rows asked for as JSON, or none to show: printed here, and no table is drawn."""
    if as_json:
        print_json(rows)
    elif not rows:
        out().print(nothing, markup=False)
    return as_json or not rows


def dialogues(as_json: JsonOption = False, db: DbOption = None) -> int:
    from ..views.dialogues import summary

    rows = summary(load_record(db))
    if _told_without_a_table(rows, as_json, "no dialogue recorded yet"):
        return EXIT_OK
    table = Table("code", "dialogue", "rounds", "events", "documents", title="Dialogues")
    for row in rows:
        table.add_row(*plain(row["code"], cell(row["name"]), ", ".join(map(str, row["rounds"])) or "-",
                             str(row["events"]), str(row["documents"])))
    out().print(table)
    return EXIT_OK


def why(ident: Annotated[str, typer.Argument(metavar="ID", help="event (e001), agreement (a001) or round (KW-US/4)")],
        as_json: JsonOption = False, db: DbOption = None) -> int:
    from ..views.explain import explain, explanation

    store = open_existing(db)
    if as_json:
        found = explanation(store, ident)
        if found is None:
            raise UserError(f"no event, agreement or round {ident!r} in the store")
        print_json(found)
        return EXIT_OK
    text = explain(store, ident)
    if text is None:
        raise UserError(f"no event, agreement or round {ident!r} in the store")
    out().print(text, markup=False)
    return EXIT_OK


def conflicts(dialogue: DialogueOption = None, as_json: JsonOption = False, visual: VisualOption = False,
              db: DbOption = None) -> int:
    from ..views.explain import conflict_rows

    record = load_record(db)
    rows = conflict_rows(record, dialogue_code(record, dialogue))
    if _told_without_a_table(rows, as_json, "no conflicts between sources"):
        return EXIT_OK
    table = Table("object", "field", "claims (document: value)", "kept, and why", title="Conflicts", show_lines=True)
    for row in rows:
        claims = "\n".join(f"{doc}: {value}" for doc, value in row["claims"])
        table.add_row(*plain(f"{row['kind']} {row['id']}", row["field"], cell(claims, visual),
                             cell(row["resolution"], visual)))
    out().print(table)
    return EXIT_OK


def export(
    format: Annotated[str, typer.Option("--format", help="record (hiwar-record/1 JSON), plover (JSON lines), "
                                                        "csv (a folder or FILE.zip), ics (iCalendar)")] = "record",
    dialogue: DialogueOption = None,
    output: Annotated[str | None, typer.Option("-o", "--output", metavar="FILE",
                                               help="output file (default: stdout); missing folders are made")] = None,
    db: DbOption = None,
) -> int:
    from ..export.formats import ExportError, export as write_export

    store = open_existing(db)
    record = store.load_record()
    code = dialogue_code(record, dialogue)
    confirmed = store.confirmations()
    return _written(output, lambda: write_export(record, format, output, sys.stdout, code, confirmed), ExportError)


def brief(
    dialogue: Annotated[str, typer.Option("--dialogue", "-d", metavar="CODE", help="dialogue code such as KW-US")],
    round: Annotated[int, typer.Option("--round", metavar="N", help="the round's number")],
    lang: Annotated[str, typer.Option("--lang", help="language of the note: ar or en")] = "ar",
    output: Annotated[str | None, typer.Option("-o", "--output", metavar="FILE",
                                               help="FILE.pdf or FILE.html (default: HTML on stdout)")] = None,
    db: DbOption = None,
) -> int:
    from ..export.brief import BriefError, write_brief

    if lang not in ("ar", "en"):
        raise UserError(f"--lang {lang!r}: expected ar or en")
    record = load_record(db)
    code = dialogue_code(record, dialogue)
    return _written(output, lambda: write_brief(record, code, round, lang, output, sys.stdout), BriefError)


def _written(output: str | None, write, refusal: type[Exception]) -> int:
    """Run a writer that makes `output` (missing folders first) or prints to stdout; its refusals and
    the file system's errors become one-line errors."""
    try:
        if output not in (None, "-"):
            Path(output).parent.mkdir(parents=True, exist_ok=True)
        written = write()
    except refusal as exc:
        raise UserError(str(exc)) from exc
    except BrokenPipeError:  # "hiwar export | head": the reader has what it wanted
        return EXIT_OK
    except OSError as exc:
        raise UserError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    if written is not None:
        err().print(f"wrote {written}", markup=False)
    return EXIT_OK