"""The CLI tells the truth: each failure of issue 13, as a user meets it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiwar import __version__
from hiwar.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
TEXT = "عقدت الكويت والولايات المتحدة الجولة الرابعة من الحوار الاستراتيجي في واشنطن يوم 24 نوفمبر 2020."
OTHER = "وقع الجانبان مذكرة تفاهم في مجال التعليم في الكويت يوم 26 يناير 2022."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def docs(capsys, db: str) -> list[dict]:
    code, out, _ = run(capsys, "docs", "--json", "--db", db)
    assert code == 0
    return json.loads(out)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "store.db")


def test_the_same_file_name_in_two_folders_is_two_documents(tmp_path: Path, db: str, capsys) -> None:
    for folder, text in (("x", TEXT), ("y", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(text, encoding="utf-8")
    assert run(capsys, "ingest", str(tmp_path / "x"), "--db", db)[0] == 0
    code, out, _ = run(capsys, "ingest", str(tmp_path / "y"), "--db", db)
    assert code == 0 and "1 new" in out
    assert [(d["id"], d["path"]) for d in docs(capsys, db)] == [
        ("article", str(tmp_path / "x" / "article.txt")), ("y/article", str(tmp_path / "y" / "article.txt"))]


def test_a_changed_text_at_the_same_path_is_a_new_version_not_a_replacement(tmp_path: Path, db: str, capsys) -> None:
    file = tmp_path / "article.txt"
    file.write_text(TEXT, encoding="utf-8")
    run(capsys, "ingest", str(file), "--db", db)
    file.write_text(OTHER, encoding="utf-8")
    code, out, _ = run(capsys, "ingest", str(file), "--db", db)
    assert code == 0 and "1 new versions" in out
    assert [(d["id"], d["version"]) for d in docs(capsys, db)] == [("article", 2)]


def _meta(path: Path, *lines: dict) -> Path:
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    return path


def test_reingesting_without_meta_keeps_the_metadata(tmp_path: Path, db: str, capsys) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    meta = _meta(tmp_path / "meta.jsonl", {"file": "a.txt", "id": "kuna-1", "title": "العنوان",
                                           "published": "2020-11-24", "desk": "Gulf"})
    assert run(capsys, "ingest", str(tmp_path / "docs"), "--meta", str(meta), "--db", db)[0] == 0
    code, out, _ = run(capsys, "ingest", str(tmp_path / "docs"), "--db", db)
    assert code == 0 and "1 unchanged" in out
    (doc,) = docs(capsys, db)
    assert (doc["id"], doc["title"], doc["published"], doc["meta"]["desk"]) == ("kuna-1", "العنوان", "2020-11-24", "Gulf")


def test_metadata_given_later_applies_with_the_folder_or_alone(tmp_path: Path, db: str, capsys) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(OTHER, encoding="utf-8")
    run(capsys, "ingest", str(tmp_path / "docs"), "--db", db)
    meta = _meta(tmp_path / "m1.jsonl", {"file": "a.txt", "id": "kuna-1", "title": "أ"})
    code, out, err = run(capsys, "ingest", str(tmp_path / "docs"), "--meta", str(meta), "--db", db)
    assert code == 0 and "'a' is now 'kuna-1'" in err and "same text" not in err
    alone = _meta(tmp_path / "m2.jsonl", {"file": "b.txt", "published": "2022-01-26"})
    code, out, _ = run(capsys, "ingest", "--meta", str(alone), "--db", db)
    assert code == 0 and "1 metadata updated" in out
    assert [(d["id"], d["title"], d["published"]) for d in docs(capsys, db)] == [
        ("b", None, "2022-01-26"), ("kuna-1", "أ", None)]
    code, out, _ = run(capsys, "export", "--db", db)
    assert {d["id"]: d["published"] for d in json.loads(out)["documents"]}["b"] == "2022-01-26"


def test_bad_metadata_lines_are_one_line_errors_naming_the_line(tmp_path: Path, db: str, capsys) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(OTHER, encoding="utf-8")
    meta = _meta(tmp_path / "meta.jsonl", {"file": "a.txt", "published": "28/01/2022"},
                 {"file": "missing.txt", "title": "?"}, {"file": "b.txt", "title": "ب"})
    code, _, err = run(capsys, "ingest", str(tmp_path / "docs"), "--meta", str(meta), "--db", db)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines == [f"hiwar: skipped {meta}:1: published '28/01/2022' is not a date (YYYY-MM-DD)",
                     f"hiwar: skipped {meta}:2: 'missing.txt' names no file read or stored"]
    assert [(d["id"], d["title"]) for d in docs(capsys, db)] == [("a", None), ("b", "ب")]


def test_a_metadata_file_in_the_folder_is_not_documents_and_a_copy_is_not_an_error(tmp_path: Path, db: str,
                                                                                   capsys) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(TEXT, encoding="utf-8")
    _meta(tmp_path / "meta.jsonl", {"file": "a.txt", "id": "A"})
    code, out, err = run(capsys, "ingest", str(tmp_path), "--db", db)
    assert code == 0 and "1 new" in out and "1 already stored" in out
    assert "meta.jsonl: metadata, not documents" in err and "same text as stored document 'a'" in err
    assert [d["id"] for d in docs(capsys, db)] == ["a"]


@pytest.mark.parametrize("command", [["timeline"], ["conflicts"], ["export"], ["docs"], ["dialogues"],
                                     ["why", "e001"], ["docs", "rm", "x"]])
def test_read_commands_refuse_a_missing_store_and_create_none(tmp_path: Path, capsys, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    code, out, err = run(capsys, *command, "--db", str(db))
    assert code == 2 and out == ""
    assert err.strip() == f"hiwar: no store at {db}; run hiwar ingest first"
    assert not db.exists()


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    assert main(["ingest", str(SEEDS), "--db", db, "--quiet"]) == 0
    return db


def test_dialogue_codes_are_case_insensitive_and_unknown_ones_are_errors(seeds_db: str, capsys) -> None:
    _, upper, _ = run(capsys, "timeline", "--dialogue", "KW-US", "--db", seeds_db)
    code, lower, _ = run(capsys, "timeline", "--dialogue", "kw-us", "--db", seeds_db)
    assert code == 0 and lower == upper and "Round 4" in lower
    code, _, err = run(capsys, "timeline", "--dialogue", "kw-uk", "--db", seeds_db)
    assert code == 2 and err.strip() == "hiwar: no dialogue 'kw-uk' in the store (known: KW-US; see hiwar dialogues)"


def test_dialogues_lists_rounds_and_counts(seeds_db: str, capsys) -> None:
    code, out, _ = run(capsys, "dialogues", "--json", "--db", seeds_db)
    (row,) = json.loads(out)
    assert code == 0 and row["code"] == "KW-US" and {4, 5} <= set(row["rounds"]) and row["documents"] == 5


def test_timeline_shows_event_ids_and_anchors_only_on_request(seeds_db: str, capsys) -> None:
    _, plain, _ = run(capsys, "timeline", "-d", "KW-US", "--db", seeds_db)
    _, anchored, _ = run(capsys, "timeline", "-d", "KW-US", "--anchors", "--db", seeds_db)
    assert " e0" in plain and "Inferred publication dates" not in plain and "--anchors shows how" in plain
    assert "Inferred publication dates" in anchored


def test_why_shows_participants_by_name(seeds_db: str, capsys) -> None:
    _, out, _ = run(capsys, "timeline", "--json", "--db", seeds_db)
    event = next(i for i in json.loads(out)["items"] if i["kind"] == "event" and i["people"])
    code, text, _ = run(capsys, "why", event["id"], "--db", seeds_db)
    assert code == 0 and f"{event['people'][0]} (p" in text
    code, out, _ = run(capsys, "why", event["id"], "--json", "--db", seeds_db)
    participants = next(f for f in json.loads(out)["fields"] if f["field"] == "participants")["value"]
    assert participants[0]["name"] == event["people"][0]


def test_every_read_command_speaks_json(seeds_db: str, capsys) -> None:
    for command in (["timeline"], ["conflicts"], ["docs"], ["dialogues"], ["why", "KW-US/4"]):
        code, out, _ = run(capsys, *command, "--json", "--db", seeds_db)
        assert code == 0 and json.loads(out) is not None


def test_export_into_a_missing_folder_works_or_fails_in_one_line(seeds_db: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "new" / "folder" / "record.json"
    code, _, _ = run(capsys, "export", "-o", str(target), "--db", seeds_db)
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["schema"] == "hiwar-record/1"
    (tmp_path / "file").write_text("", encoding="utf-8")
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "file" / "record.json"), "--db", seeds_db)
    assert code == 2 and len(err.strip().splitlines()) == 1 and str(tmp_path / "file" / "record.json") in err


def test_docs_rm_removes_a_document_and_its_facts(tmp_path: Path, db: str, capsys) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    run(capsys, "ingest", str(tmp_path), "--db", db)
    code, out, _ = run(capsys, "docs", "rm", "a", "--db", db)
    assert code == 0 and "removed: a" in out
    record = json.loads(run(capsys, "export", "--db", db)[1])
    assert [d["id"] for d in record["documents"]] == ["b"]
    assert all("a" not in x["documents"] for kind in ("events", "rounds", "persons") for x in record[kind])
    code, _, err = run(capsys, "docs", "rm", "a", "--db", db)
    assert code == 2 and "no document 'a'" in err


def test_a_weekday_that_contradicts_its_date_is_a_warning(capsys) -> None:
    code, out, err = run(capsys, "dates", "وصل الوزير اليوم الاثنين", "--anchor", "2020-11-24")
    assert code == 0 and json.loads(out)["value"] == "2020-11-24"
    assert err.strip() == "hiwar: warning: «اليوم الاثنين» names a Monday, but 2020-11-24 is a Tuesday"
    assert "warning" not in run(capsys, "dates", "وصل الوزير اليوم الاثنين", "--anchor", "2020-11-23")[2]


def test_version_quiet_and_usage_errors(tmp_path: Path, capsys) -> None:
    assert run(capsys, "--version")[:2] == (0, f"hiwar {__version__}\n")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "ingest", str(tmp_path), "--quiet", "--db", str(tmp_path / "s.db")) == (0, "", "")
    code, _, err = run(capsys, "timeline", "--no-such-option")
    assert code == 2 and len(err.strip().splitlines()) == 1
