"""Commands about the stored documents: ingest, docs (list, versions, rm), demo."""
from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Column, Table

from .common import (
    EXIT_OK,
    EXIT_SKIPPED,
    DbOption,
    DialogueOption,
    JsonOption,
    QuietOption,
    UserError,
    VisualOption,
    err,
    open_existing,
    open_or_create,
    out,
    plain,
    print_json,
    warn,
)
from .progress import progress_map
from ..views.terminal import cell


def register(app: typer.Typer) -> None:
    app.command(help="Read documents (files or folders) and metadata into the store.")(ingest)
    docs = typer.Typer(help="List the stored documents, show one's versions, or remove one.",
                       invoke_without_command=True)
    docs.callback()(docs_list)
    docs.command("versions", help="Every text a document has had, oldest first: a changed source is a new "
                                  "version, the older texts are kept.")(docs_versions)
    docs.command("rm", help="Remove documents and their facts from the record.")(docs_rm)
    app.add_typer(docs, name="docs")
    app.command(help="Ingest the bundled samples into a fresh SQLite file and print the Kuwait–US timeline.")(demo)


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(metavar="[PATH]...", show_default=False,
                                                      help=".txt, .html, .jsonl files or folders")] = None,
    meta: Annotated[str | None, typer.Option("--meta", metavar="FILE.jsonl",
                                             help="metadata, one JSON object a line naming its \"file\"; "
                                                  "may come later, alone, for documents already stored")] = None,
    engine: Annotated[str, typer.Option("--engine", help="where the per-document stage runs: local or spark")] = "local",
    spark_master: Annotated[str | None, typer.Option("--spark-master", metavar="URL",
                                                     help="Spark master for --engine spark")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N",
                                             help="processes for the local engine (default: every core)")] = None,
    db: DbOption = None,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> int:
    from ..ingest.engine import ingest as run_ingest

    if not paths and not meta:
        raise UserError("nothing to ingest: give files or folders, or --meta FILE.jsonl")
    for path in [*(paths or []), *([meta] if meta else [])]:
        if not Path(path).exists():
            raise UserError(f"{path}: no such file or folder")
    if engine not in ("local", "spark"):
        raise UserError(f"--engine {engine!r}: expected local or spark")
    if jobs is not None and jobs < 1:
        raise UserError(f"--jobs {jobs}: expected 1 or more")
    if engine == "local":
        if spark_master:
            raise UserError("--spark-master needs --engine spark")
        with progress_map(quiet or as_json, jobs) as documents:
            report = run_ingest(paths or [], meta, open_or_create(db), map_documents=documents)
        return _report(report, quiet, as_json)
    from ..ingest.spark import SparkUnavailable, check_spark, spark_engine

    try:
        check_spark()
    except SparkUnavailable as exc:
        raise UserError(f"the spark engine needs pyspark and Java: {exc}") from exc
    with spark_engine(spark_master) as documents:
        return _report(run_ingest(paths or [], meta, open_or_create(db), map_documents=documents), quiet, as_json)


def _report(report, quiet: bool, as_json: bool, to_stderr: bool = False) -> int:
    for problem in report.skipped:
        warn(f"skipped {problem.path}: {problem.message}")
    if not quiet:
        for note in report.notes:
            err().print(str(note), markup=False)
        for where, stored in report.duplicates:
            err().print(f"hiwar: note: {where}: same text as stored document {stored!r}, not stored twice",
                        markup=False)
        for old, new in report.renamed:
            err().print(f"hiwar: note: document {old!r} is now {new!r} (its metadata id)", markup=False)
    status = EXIT_SKIPPED if report.skipped else EXIT_OK
    if as_json:
        print_json({"added": report.added, "new_versions": report.versioned, "metadata_updated": report.updated,
                    "renamed": [list(r) for r in report.renamed], "unchanged": report.unchanged,
                    "already_stored": [list(d) for d in report.duplicates],
                    "skipped": [{"path": p.path, "message": p.message} for p in report.skipped]})
    elif not quiet:
        counts = ((report.added, "new"), (report.versioned, "new versions"), (report.updated, "metadata updated"),
                  (report.renamed, "renamed"), (report.unchanged, "unchanged"),
                  (report.duplicates, "already stored"), (report.skipped, "skipped"))
        line = "ingested: " + (", ".join(f"{len(items)} {what}" for items, what in counts if items) or "nothing")
        (err() if to_stderr else out()).print(line, markup=False)
    return status


def docs_list(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False,
              visual: VisualOption = False) -> None:
    if ctx.invoked_subcommand is not None:
        return
    documents = open_existing(db).documents()
    if as_json:
        print_json([{"id": d.id, "title": d.title, "published": d.published, "language": d.language,
                     "path": d.path, "version": d.version, "meta": d.meta} for d in documents])
        return
    table = Table("title", "published", "lang", "version", "source path", title="Documents")
    table.columns.insert(0, Column("id", no_wrap=True))
    for d in documents:
        table.add_row(*plain(cell(d.id, visual), cell(d.title or "", visual), d.published or "", d.language,
                             str(d.version), cell(d.path or "", visual)))
    out().print(table)


def docs_versions(
    ident: Annotated[str, typer.Argument(metavar="ID", help="a document id, as hiwar docs lists it")],
    db: DbOption = None,
    as_json: JsonOption = False,
    visual: VisualOption = False,
) -> int:
    versions = open_existing(db).document_history(ident)
    if versions is None:
        raise UserError(f"no document {ident!r} in the store (see hiwar docs)")
    if as_json:
        print_json([{"version": v.version, "current": v.superseded_at is None,
                     "superseded_at": v.superseded_at.isoformat() if v.superseded_at else None,
                     "sha256": v.content_hash, "origin": v.origin, "text": v.text} for v in versions])
        return EXIT_OK
    table = Table("version", "until", "characters", "sha256", "read from", "opening", title=f"Versions of {ident}")
    for v in versions:
        until = f"{v.superseded_at:%Y-%m-%d %H:%M}" if v.superseded_at else "current"
        opening = " ".join(v.text.split())[:60]
        table.add_row(*plain(str(v.version), until, str(len(v.text)), v.content_hash[:12],
                             cell(v.origin or "", visual), cell(opening, visual)))
    out().print(table)
    return EXIT_OK


def docs_rm(
    ids: Annotated[list[str], typer.Argument(metavar="ID...", help="document ids, as hiwar docs lists them")],
    db: DbOption = None,
    quiet: QuietOption = False,
) -> int:
    from ..ingest.engine import remove

    store = open_existing(db)
    known = {d.id for d in store.documents()}
    missing = [i for i in ids if i not in known]
    if missing:
        raise UserError(f"no document {missing[0]!r} in the store (see hiwar docs)")
    with progress_map(quiet, None) as documents:
        remove(list(dict.fromkeys(ids)), store, map_documents=documents)
    if not quiet:
        out().print(f"removed: {', '.join(dict.fromkeys(ids))}; the record was rebuilt from "
                    f"{len(known) - len(set(ids))} documents", markup=False)
    return EXIT_OK


def demo(dialogue: DialogueOption = "KW-US", as_json: JsonOption = False, visual: VisualOption = False,
         db: DbOption = None) -> int:
    from ..ingest.engine import ingest as run_ingest
    from .reading import show_timeline

    samples = resources.files("hiwar") / "samples"
    with resources.as_file(samples) as folder:
        db = db or f"sqlite:///{tempfile.mkdtemp(prefix='hiwar-demo-')}/demo.db"
        store = open_or_create(db)
        status = _report(run_ingest([str(folder)], str(folder / "meta.jsonl"), store), False, False, True)
        err().print(f"store: {db}\n", markup=False)
        show_timeline(store.load_record(), dialogue, as_json, visual, anchors=True)
    return status
