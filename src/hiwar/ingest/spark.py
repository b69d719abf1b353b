"""The Spark engine, for archives that outgrow one machine.

The per-document stage (each text's own anchor clues, then `analyze`) runs on Spark executors; the
cross-document stage (anchors across documents, entity, event and round resolution) runs on the
driver. Both go through the same `build.build_record` as the local engine, which only swaps its
serial map for a Spark one, so the record is the same; documents the store already analyzed
(ingest/engine.py keeps every result) are not sent to Spark again.

Executors must import hiwar: a local master runs them on the driver's own Python; on a cluster,
install hiwar into the Python the executors run (PYSPARK_PYTHON on the driver names it).
"""
from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import build
from ..pipeline import SourceDoc
from ..record import Record
from .engine import MapDocuments

DEFAULT_MASTER = "local[*]"
MASTER_ENV = "HIWAR_SPARK_MASTER"
# Tasks per core: enough to even out long and short documents, few enough to keep task overhead small.
TASKS_PER_CORE = 4
LOG_CONFIG = Path(__file__).resolve().parents[1] / "data" / "spark" / "log4j2.properties"
# A quiet, quick driver: errors-only logging, no web UI, no progress bar.
QUIET_CONF = {
    "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile={LOG_CONFIG}",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
}


class SparkUnavailable(Exception):
    """pyspark or Java is missing, or Spark did not start; the message says which."""


def check_spark() -> None:
    """Raise SparkUnavailable unless pyspark imports and a Java runtime is there to start it."""
    try:
        import pyspark  # noqa: F401 -- only whether it is installed
    except ImportError as exc:
        raise SparkUnavailable("pyspark is not installed (pip install 'hiwar[spark]')") from exc
    if not java_found():
        raise SparkUnavailable("no Java runtime found (apt-get install default-jre-headless, or set JAVA_HOME)")


def java_found() -> bool:
    """A `java` where pyspark looks for one: $JAVA_HOME/bin, else the PATH."""
    java_home = os.environ.get("JAVA_HOME")
    return bool(java_home and os.access(Path(java_home) / "bin" / "java", os.X_OK)) or bool(shutil.which("java"))


def start_session(master: str | None = None) -> Any:
    """A SparkSession on `master` (else $HIWAR_SPARK_MASTER, else local[*])."""
    check_spark()
    from pyspark.sql import SparkSession

    master = master or os.environ.get(MASTER_ENV) or DEFAULT_MASTER
    builder = SparkSession.builder.master(master).appName("hiwar")
    if master.startswith("local"):  # local workers: the Python hiwar is installed in (pyspark reads the env)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for key, value in QUIET_CONF.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 -- py4j and pyspark raise many kinds; all mean "did not start"
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SparkUnavailable(f"Spark did not start on {master}: {first}") from exc
    return session


def spark_map(context: Any) -> Callable[[Callable, list], list]:
    """`map_documents` for `build.build_record`: one Spark job per call, results in input order."""
    def map_documents(work: Callable, items: Iterable) -> list:
        items = list(items)
        if not items:
            return []
        slices = min(len(items), context.defaultParallelism * TASKS_PER_CORE)
        return context.parallelize(items, slices).map(work).collect()

    return map_documents


def build_record_on(context: Any, sources: list[SourceDoc]) -> Record:
    """`build.build_record` with its per-document stage on the Spark cluster behind `context`."""
    return build.build_record(sources, spark_map(context))


@contextmanager
def spark_engine(master: str | None = None) -> Iterator[MapDocuments]:
    """A `map_documents` for `ingest` that runs on Spark. The session starts when there is work for it
    (an ingest whose documents the store already analyzed never starts Spark) and stops when the
    block ends; a session already running in this process (a notebook's, a test's) is used as it is
    and left running."""
    sessions: list[tuple[Any, bool]] = []  # (session, started here)

    def map_documents(work: Callable, items: list) -> list:
        items = list(items)
        if not items:
            return []
        if not sessions:
            from pyspark.sql import SparkSession

            running = SparkSession.getActiveSession()
            sessions.append((running, False) if running is not None else (start_session(master), True))
        return spark_map(sessions[0][0].sparkContext)(work, items)

    try:
        yield map_documents
    finally:
        for session, started_here in sessions:
            if started_here:
                session.stop()
