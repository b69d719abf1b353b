"""The whole path through the CLI: ingest → store → export, on the seeds and on bad input."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hiwar.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

def export(db: str, out: Path) -> dict:
    assert main(["export", "--format", "record", "--db", db, "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def dump_tables(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("select name from sqlite_master where type='table' order by name")]
    return {n: sorted(map(repr, con.execute(f'select * from "{n}"'))) for n in names}


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> tuple[str, Path]:
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    db = f"sqlite:///{path}"
    assert main(["ingest", str(SEEDS), "--db", db]) == 0
    return db, path


def test_export_follows_the_record_contract(seeds_db, tmp_path):
    record = export(seeds_db[0], tmp_path / "r.json")
    assert record["schema"] == "hiwar-record/1"
    assert sorted(d["id"] for d in record["documents"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    doc_ids = {d["id"] for d in record["documents"]}
    person_ids = {p["id"] for p in record["persons"]}
    for event in record["events"]:
        assert set(event["documents"]) <= doc_ids
        assert set(event["participants"]) <= person_ids


def test_ingesting_twice_changes_nothing(seeds_db, tmp_path):
    db, path = seeds_db
    before_tables, before_export = dump_tables(path), export(db, tmp_path / "a.json")
    assert main(["ingest", str(SEEDS), "--db", db]) == 0
    assert dump_tables(path) == before_tables
    assert export(db, tmp_path / "b.json") == before_export


def test_unreadable_files_are_skipped_by_name_and_the_rest_ingested(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((SEEDS / "000_6a43a169a22b2e85.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["ingest", str(folder), "--db", db]) == 1
    err = capsys.readouterr().err.splitlines()
    skipped = [line for line in err if line.startswith("hiwar: skipped")]
    assert len(skipped) == 2
    assert any("empty.txt" in line for line in skipped) and any("binary.txt" in line for line in skipped)
    assert [d["id"] for d in export(db, tmp_path / "r.json")["documents"]] == ["good"]


def test_missing_path_is_one_line_error(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nope"), "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope" in err[0]


def test_timeline_lists_rounds_in_order(seeds_db, capsys):
    assert main(["timeline", "--dialogue", "KW-US", "--json", "--db", seeds_db[0]]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    rounds = [i["round"] for i in items if i["kind"] == "round"]
    assert rounds == sorted(rounds) and {4, 5} <= set(rounds)
