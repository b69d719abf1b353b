"""The `hiwar` command. Each subcommand is a thin shell over a library function."""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Callable

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2


class UserError(Exception):
    """A problem the user can fix; printed as one line, never as a traceback."""


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL",
                   help="store URL (sqlite:///file.db, postgresql://...) or a SQLite file path; "
                        "default: $HIWAR_DB, else ./hiwar.db")


def _open(url: str | None):
    from .store.db import open_store

    return open_store(url)


def _print_ingest(report, out=sys.stdout) -> int:
    for problem in report.skipped:
        print(f"hiwar: skipped {problem.path}: {problem.message}", file=sys.stderr)
    print(f"ingested: {len(report.added)} new, {len(report.replaced)} replaced, "
          f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped", file=out)
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest.engine import ingest
    from .ingest.local import default_jobs, local_map
    from .ingest.progress import Progress

    for path in [*args.paths, *([args.meta] if args.meta else [])]:
        if not Path(path).exists():
            raise UserError(f"{path}: no such file or folder")
    if args.engine == "local":
        if args.spark_master:
            raise UserError("--spark-master needs --engine spark")
        if args.jobs is not None and args.jobs < 1:
            raise UserError("--jobs must be at least 1")
        with Progress(quiet=args.quiet) as progress:
            report = ingest(args.paths, args.meta, _open(args.db), map_documents=local_map(args.jobs or default_jobs(), progress))
        if not args.quiet:
            print(progress.summary(), file=sys.stderr)
        return _print_ingest(report, io.StringIO() if args.quiet else sys.stdout)
    from .ingest.spark import SparkUnavailable, check_spark, spark_engine

    try:
        check_spark()
    except SparkUnavailable as exc:
        raise UserError(f"the spark engine needs pyspark and Java: {exc}") from exc
    with spark_engine(args.spark_master) as map_documents:
        return _print_ingest(ingest(args.paths, args.meta, _open(args.db), map_documents=map_documents))


def cmd_export(args: argparse.Namespace) -> int:
    from .export.record import write_record

    record = _open(args.db).load_record()
    if args.output in (None, "-"):
        write_record(record, sys.stdout)
        return EXIT_OK
    target = Path(args.output)
    tmp = target.with_name(f".{target.name}.tmp")  # write then rename: never a half-written file
    with open(tmp, "w", encoding="utf-8") as out:
        write_record(record, out)
    os.replace(tmp, target)
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def _show_timeline(record, dialogue: str | None, as_json: bool, visual: bool) -> None:
    from .views.terminal import visual as to_visual
    from .views.timeline import render, timeline

    if as_json:
        items = [i.to_json() for i in timeline(record, dialogue)]
        json.dump({"dialogue": dialogue, "items": items}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        text = render(record, dialogue)
        print(to_visual(text) if visual else text)


def cmd_timeline(args: argparse.Namespace) -> int:
    _show_timeline(_open(args.db).load_record(), args.dialogue, args.json, args.visual)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .ingest.engine import ingest

    samples = resources.files("hiwar") / "samples"
    with resources.as_file(samples) as folder:
        db = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='hiwar-demo-')}/demo.db"
        store = _open(db)
        status = _print_ingest(ingest([str(folder)], str(folder / "meta.jsonl"), store), sys.stderr)
        print(f"store: {db}\n", file=sys.stderr)
        _show_timeline(store.load_record(), args.dialogue, args.json, args.visual)
    return status


def cmd_dates(args: argparse.Namespace) -> int:
    from .extract.dates import command

    text = args.text
    if text is None and args.input is None:
        text = sys.stdin.read()
    return command.run(text, args.anchor, args.input, sys.stdout)


def cmd_extract(args: argparse.Namespace) -> int:
    from .views.mentions import extract_report

    return extract_report(args.files, args.json, sys.stdout)


def cmd_why(args: argparse.Namespace) -> int:
    from .views.explain import explain

    text = explain(_open(args.db), args.id)
    if text is None:
        raise UserError(f"no event, agreement or round {args.id!r} in the store")
    print(text)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from .views.explain import conflicts

    print(conflicts(_open(args.db).load_record()))
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench.generate import write_corpus

    count, folder = args.generate
    if not count.isdigit():
        raise UserError(f"--generate: {count!r} is not a number of documents")
    meta = write_corpus(int(count), folder, args.seed)
    print(f"wrote {count} articles and {meta}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hiwar", description="Hiwar (حوار): the record of strategic dialogues, from the news.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p

    p = command("ingest", cmd_ingest, "Read documents (files or folders) into the store.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .jsonl files or folders")
    p.add_argument("--meta", metavar="FILE.jsonl", help="per-document metadata, one JSON object a line")
    p.add_argument("--engine", choices=["local", "spark"], default="local",
                   help="where the per-document stage runs: this process, or Spark for archives that "
                        "outgrow one machine (default: %(default)s)")
    p.add_argument("--spark-master", metavar="URL",
                   help="Spark master for --engine spark (default: $HIWAR_SPARK_MASTER, else local[*])")
    p.add_argument("--jobs", type=int, metavar="N", help="processes for the local engine (default: all cores)")
    p.add_argument("--quiet", action="store_true", help="print nothing but problems")
    _db_arg(p)

    p = command("export", cmd_export, "Write the dialogue record.")
    p.add_argument("--format", choices=["record"], default="record", help="hiwar-record/1 JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    _db_arg(p)

    for name, func, help in (("timeline", cmd_timeline, "Rounds and events of a dialogue in date order."),
                             ("demo", cmd_demo, "Ingest the bundled samples into a fresh SQLite file "
                                                "and print the Kuwait–US timeline.")):
        p = command(name, func, help)
        p.add_argument("--dialogue", metavar="CODE", default="KW-US" if name == "demo" else None,
                       help="dialogue code such as KW-US (default: %(default)s)")
        p.add_argument("--json", action="store_true", help="print JSON instead of text")
        p.add_argument("--visual", action="store_true",
                       help="reorder and shape Arabic for terminals without bidi support")
        _db_arg(p)

    p = command("dates", cmd_dates, "Find and normalize the dates in Arabic text (JSON lines).")
    p.add_argument("text", nargs="?", help="the text (default: stdin)")
    p.add_argument("--anchor", metavar="YYYY-MM-DD", help="publication date relative dates refer to")
    p.add_argument("--input", metavar="FILE.jsonl", help='lines {"id", "text", "anchor"}')

    p = command("extract", cmd_extract, "Show every mention found in documents and what it resolved to.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = command("why", cmd_why, "Show the sentences and rules behind each field of an event.")
    p.add_argument("id", metavar="ID", help="event id (e001), agreement id (a001) or round (KW-US/4)")
    _db_arg(p)

    p = command("bench", cmd_bench, "Write a generated corpus for benchmarks and load tests.")
    p.add_argument("--generate", nargs=2, metavar=("N", "DIR"), required=True, help="write N articles into DIR")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same articles (default: 0)")

    p = command("conflicts", cmd_conflicts, "List the facts on which sources disagree.")
    _db_arg(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"hiwar: {exc}", file=sys.stderr)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("hiwar: interrupted", file=sys.stderr)
    except Exception as exc:  # never a traceback for the user; HIWAR_DEBUG=1 shows it
        if os.environ.get("HIWAR_DEBUG"):
            raise
        print(f"hiwar: error: {type(exc).__name__}: {exc} (HIWAR_DEBUG=1 shows details)", file=sys.stderr)
    return EXIT_ERROR
