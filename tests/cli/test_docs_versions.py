"""hiwar docs versions: every text a document has had, the older ones kept by the store."""
from __future__ import annotations

import json
from pathlib import Path

from hiwar.cli import main

FIRST = "عقدت الكويت والولايات المتحدة الجولة الرابعة من الحوار الاستراتيجي في واشنطن يوم 24 نوفمبر 2020."
SECOND = "أعلنت السفارة موعد الجولة الخامسة من الحوار الاستراتيجي في الكويت يوم 26 يناير 2022."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_changed_source_shows_its_older_text_then_the_current_one(tmp_path: Path, capsys) -> None:
    db, article = str(tmp_path / "store.db"), tmp_path / "article.txt"
    article.write_text(FIRST, encoding="utf-8")
    assert run(capsys, "ingest", str(article), "--db", db)[0] == 0
    article.write_text(SECOND, encoding="utf-8")
    assert run(capsys, "ingest", str(article), "--db", db)[0] == 0
    code, out, _ = run(capsys, "docs", "versions", "article", "--json", "--db", db)
    versions = json.loads(out)
    assert code == 0 and [(v["version"], v["current"], v["text"]) for v in versions] == [(1, False, FIRST),
                                                                                        (2, True, SECOND)]
    assert versions[0]["superseded_at"] and versions[1]["superseded_at"] is None
    assert versions[0]["origin"] == versions[1]["origin"] == str(article.resolve())
    code, out, _ = run(capsys, "docs", "versions", "article", "--db", db)
    assert code == 0 and "current" in out and out.index("1 ") < out.index("2 ")


def test_an_unknown_document_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    db, article = str(tmp_path / "store.db"), tmp_path / "article.txt"
    article.write_text(FIRST, encoding="utf-8")
    run(capsys, "ingest", str(article), "--db", db)
    code, out, err = run(capsys, "docs", "versions", "nothing", "--db", db)
    assert code == 2 and out == "" and err.strip().count("\n") == 0 and "no document 'nothing'" in err
