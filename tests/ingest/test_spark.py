"""The Spark engine: the per-document stage on Spark, the cross-document stage on the driver, and
the same record as the local engine."""
from __future__ import annotations

import sys
from pathlib import Path

from hiwar.cli import main
from hiwar.export.record import record_to_json
from hiwar.ingest.readers import ReadProblem, read_paths
from hiwar.ingest.spark import build_record_on
from hiwar.build import build_record

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLES = ROOT / "src" / "hiwar" / "samples"


def _sources(path: Path, meta: Path | None = None) -> list:
    return [s for s in read_paths([str(path)], str(meta) if meta else None) if not isinstance(s, ReadProblem)]


def _assert_same_record(spark_record, local_record) -> None:
    assert record_to_json(spark_record) == record_to_json(local_record)
    assert spark_record == local_record  # also each document's anchor and its reasoning
    assert spark_record.mentions == local_record.mentions


def test_spark_engine_gives_the_local_record_on_the_seeds(spark):
    sources = _sources(SEEDS)
    record = build_record_on(spark.sparkContext, sources)
    _assert_same_record(record, build_record(sources))
    # 000 is dated only through 002's closing day: the cross-document re-analysis ran on Spark too
    first = next(d for d in record.documents if d.id.startswith("000"))
    assert first.anchor == "2020-11-23" and "002" in first.anchor_reason


def test_spark_engine_gives_the_local_record_on_the_samples_with_metadata(spark):
    sources = _sources(SAMPLES, SAMPLES / "meta.jsonl")
    _assert_same_record(build_record_on(spark.sparkContext, sources), build_record(sources))


def test_ingest_command_with_the_spark_engine_stores_the_local_record(spark, tmp_path):
    jobs_before = len(spark.sparkContext.statusTracker().getJobIdsForGroup())
    exports = {}
    for engine in ("local", "spark"):
        db = f"sqlite:///{tmp_path / engine}.db"
        assert main(["ingest", str(SEEDS), "--engine", engine, "--db", db]) == 0
        assert main(["export", "--db", db, "-o", str(tmp_path / f"{engine}.json")]) == 0
        exports[engine] = (tmp_path / f"{engine}.json").read_text(encoding="utf-8")
    assert exports["spark"] == exports["local"]
    assert len(spark.sparkContext.statusTracker().getJobIdsForGroup()) > jobs_before
    assert not spark.sparkContext._jsc.sc().isStopped()  # a session it did not start is left running


def test_every_per_document_step_goes_through_map_documents():
    sources = _sources(SEEDS)
    calls: list[list[str]] = []

    def recording_map(work, items):
        items = list(items)  # an iterable, as the builtin map takes: the build hands texts over lazily
        calls.append([(item[0] if isinstance(item, tuple) else item).id for item in items])
        return list(map(work, items))

    record = build_record(sources, recording_map)
    _assert_same_record(record, build_record(sources))
    everyone = [s.id for s in sources]
    assert calls[0] == everyone  # each text's own anchor clues and its analysis against them
    # then only the documents another one re-anchored, read again together
    assert calls[1:] and all(0 < len(ids) < len(everyone) for ids in calls[1:])
    assert any(doc_id.startswith("000") for ids in calls[1:] for doc_id in ids)


def test_spark_engine_without_pyspark_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now fails
    db = tmp_path / "x.db"
    assert main(["ingest", str(SEEDS), "--engine", "spark", "--db", f"sqlite:///{db}"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "hiwar: the spark engine needs pyspark and Java: pyspark is not installed (pip install 'hiwar[spark]')"]
    assert not db.exists()


def test_spark_engine_without_java_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    db = tmp_path / "x.db"
    assert main(["ingest", str(SEEDS), "--engine", "spark", "--db", f"sqlite:///{db}"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("hiwar: the spark engine needs pyspark and Java: no Java runtime")
    assert not db.exists()


def test_spark_master_needs_the_spark_engine(tmp_path, capsys):
    assert main(["ingest", str(SEEDS), "--spark-master", "local[2]", "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
    assert capsys.readouterr().err.strip() == "hiwar: --spark-master needs --engine spark"
