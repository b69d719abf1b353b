"""CSV tables: reopened, they give the record's rows; the data dictionary covers every column."""
from __future__ import annotations

import csv
import io
import zipfile

import pytest

from hiwar.cli import main
from hiwar.export.csv_tables import DICTIONARY_FILE, LIST_SEPARATOR, csv_files, dictionary
from hiwar.record import Record

from .conftest import LINKED, URL

KINDS = ("documents", "events", "persons", "organizations", "rounds", "agreements", "evidence")


def read_tables(raw: dict[str, bytes]) -> dict[str, list[dict[str, str]]]:
    tables = {}
    for name, data in raw.items():
        assert data.startswith(b"\xef\xbb\xbf"), f"{name} has no byte order mark"
        tables[name.removesuffix(".csv")] = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    return tables


@pytest.fixture(scope="module")
def zipped(seeds_db, tmp_path_factory) -> dict[str, list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("csv") / "record.zip"
    assert main(["export", "--format", "csv", "--db", seeds_db, "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        return read_tables({name: archive.read(name) for name in archive.namelist()})


def test_one_table_per_kind_and_the_same_rows(zipped, seeds_record: Record):
    assert set(zipped) == {*KINDS, DICTIONARY_FILE.removesuffix(".csv")}
    assert [r["id"] for r in zipped["events"]] == [e.id for e in seeds_record.events]
    assert [r["id"] for r in zipped["persons"]] == [p.id for p in seeds_record.persons]
    assert [r["name"] for r in zipped["organizations"]] == [o.name for o in seeds_record.organizations]
    assert [(r["dialogue"], int(r["number"])) for r in zipped["rounds"]] == [
        (r.dialogue, r.number) for r in seeds_record.rounds]
    assert [r["subject"] for r in zipped["agreements"]] == [a.subject for a in seeds_record.agreements]
    assert len(zipped["evidence"]) == sum(
        len(o.evidence) for kind in ("persons", "organizations", "events", "rounds", "agreements")
        for o in getattr(seeds_record, kind))
    by_id = {e.id: e for e in seeds_record.events}
    for row in zipped["events"]:
        event = by_id[row["id"]]
        assert row["participant_ids"].split(LIST_SEPARATOR) == (event.participants or [""])
        assert row["documents"].split(LIST_SEPARATOR) == event.documents


def test_interval_dates_and_sources(zipped):
    round4 = next(r for r in zipped["events"] if r["type"] == "working_group_session" and r["date"].count("/"))
    assert (round4["date"], round4["date_first"], round4["date_last"]) == (
        "2020-11-09/2020-11-24", "2020-11-09", "2020-11-24")
    documents = {d["id"]: d for d in zipped["documents"]}
    assert documents[LINKED]["url"] == URL
    assert documents["000_6a43a169a22b2e85"]["published_basis"].startswith("inferred: ")


def test_the_dictionary_covers_every_column(zipped):
    described = {(r["table"], r["column"]) for r in zipped["data_dictionary"]}
    for kind in KINDS:
        columns = list(zipped[kind][0])
        assert {(kind, c) for c in columns} <= described
        assert all(r["meaning"] and r["type"] for r in zipped["data_dictionary"] if r["table"] == kind)
    assert len(described) == sum(len(columns) for columns in dictionary().values())


def test_a_folder_holds_the_same_files(seeds_db, seeds_record, tmp_path):
    folder = tmp_path / "tables"
    for _ in range(2):  # rewriting replaces the folder
        assert main(["export", "--format", "csv", "--db", seeds_db, "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(name for name, _ in csv_files(seeds_record))


def test_csv_needs_a_target(seeds_db, capsys):
    assert main(["export", "--format", "csv", "--db", seeds_db]) == 2
    assert "give -o" in capsys.readouterr().err


def test_one_dialogue_keeps_its_events_and_what_they_cite(seeds_db, seeds_record, tmp_path):
    out = tmp_path / "kwus.zip"
    assert main(["export", "--format", "csv", "--dialogue", "KW-US", "--db", seeds_db, "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        tables = read_tables({name: archive.read(name) for name in archive.namelist()})
    assert {r["dialogue"] for r in tables["events"]} == {"KW-US"}
    assert len(tables["events"]) == sum(e.dialogue == "KW-US" for e in seeds_record.events)
    cited = {d for table in ("events", "rounds", "agreements", "persons", "organizations")
             for r in tables[table]
             for d in r["documents"].split(LIST_SEPARATOR)}
    assert {d["id"] for d in tables["documents"]} == cited
    participants = {p for r in tables["events"] for p in r["participant_ids"].split(LIST_SEPARATOR) if p}
    assert {p["id"] for p in tables["persons"]} == participants
