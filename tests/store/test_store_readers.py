"""Readers: encodings, HTML boilerplate, JSON lines, metadata, and the files that are skipped."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from hiwar.ingest.readers import (
    ReadProblem,
    UnreadableText,
    decode_text,
    detect_language,
    read_documents,
    read_paths,
)
from hiwar.pipeline import SourceDoc

ARABIC = "عقدت الكويت والولايات المتحدة الجولة الخامسة من الحوار الاستراتيجي في واشنطن.\nوبحث الجانبان التعاون الدفاعي."


def read(*paths: Path, meta: Path | None = None) -> tuple[list[SourceDoc], list[ReadProblem]]:
    items = list(read_paths([str(p) for p in paths], str(meta) if meta else None))
    return [i for i in items if isinstance(i, SourceDoc)], [i for i in items if isinstance(i, ReadProblem)]


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("cp1256", b""),
])
def test_text_files_decode_to_the_same_text(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    file = tmp_path / "article.txt"
    file.write_bytes(prefix + ARABIC.encode(encoding))
    docs, problems = read(file)
    assert problems == []
    assert [d.text for d in docs] == [ARABIC]
    assert docs[0].id == "article" and docs[0].language == "ar" and docs[0].path == str(file)


def test_cp1256_is_not_mistaken_for_utf8() -> None:
    raw = ARABIC.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert decode_text(raw) == ARABIC


def test_latin1_text_is_not_read_as_cp1256() -> None:
    with pytest.raises(UnreadableText):
        decode_text("Le ministre a réuni les délégués à Genève, où l'été était chaud.".encode("latin-1"))


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"  \n\t \r\n", "empty"),
    (codecs.BOM_UTF8 + b"   ", "empty"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 10, "binary"),
    ("\x85\x9f\x7fabc".encode() * 10, "binary"),  # C1 controls and DEL are control characters too
])
def test_empty_and_binary_files_are_problems(tmp_path: Path, content: bytes, reason: str) -> None:
    file = tmp_path / "bad.txt"
    file.write_bytes(content)
    docs, problems = read(file)
    assert docs == []
    assert len(problems) == 1 and problems[0].path == str(file) and reason in problems[0].message
    assert str(problems[0]).startswith(f"hiwar: skipped {file}: ")


def test_whitespace_controls_do_not_make_a_file_binary(tmp_path: Path) -> None:
    file = tmp_path / "tabs.txt"
    file.write_text("\t\v\f\r\n".join(["عقد الوزيران اجتماعا في الكويت."] * 3) + "\t" * 200, encoding="utf-8")
    docs, problems = read(file)
    assert problems == [] and len(docs) == 1


def test_html_keeps_the_article_and_drops_the_page_furniture(tmp_path: Path) -> None:
    body = "".join(f"<p>{line} وأكد الوزير أهمية الشراكة بين البلدين في المجالات كافة.</p>" for line in ARABIC.split("\n"))
    page = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>الحوار الاستراتيجي الكويتي الأمريكي</title>
<meta property="og:title" content="الحوار الاستراتيجي الكويتي الأمريكي"></head>
<body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav>
<article><h1>الحوار الاستراتيجي الكويتي الأمريكي</h1>{body}</article>
<div class="share-buttons"><a href="https://twitter.com/share">شارك على تويتر</a><a href="https://facebook.com/sharer">فيسبوك</a></div>
<aside class="related"><h3>اقرأ أيضا</h3><ul><li><a href="/x">خبر رياضي عن مباراة كرة القدم</a></li></ul></aside>
<section id="comments" class="comments"><h3>التعليقات</h3><div class="comment">تعليق من قارئ غاضب جدا على المقال</div></section>
<footer>جميع الحقوق محفوظة</footer></body></html>"""
    file = tmp_path / "page.html"
    file.write_text(page, encoding="utf-8")
    docs, problems = read(file)
    assert problems == []
    (doc,) = docs
    assert doc.id == "page" and doc.title == "الحوار الاستراتيجي الكويتي الأمريكي"
    assert "الجولة الخامسة" in doc.text and "التعاون الدفاعي" in doc.text
    for furniture in ("الرئيسية", "شارك على تويتر", "خبر رياضي", "تعليق من قارئ", "جميع الحقوق"):
        assert furniture not in doc.text


def test_html_in_windows_1256_with_declared_charset(tmp_path: Path) -> None:
    body = "".join(f"<p>{line} وأكد الوزير أهمية الشراكة بين البلدين في المجالات كافة.</p>" for line in ARABIC.split("\n"))
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر</title></head><body><article>{body}</article></body></html>'
    file = tmp_path / "old.htm"
    file.write_bytes(page.encode("cp1256"))
    docs, problems = read(file)
    assert problems == [] and "الجولة الخامسة" in docs[0].text


def test_html_without_main_text_is_a_problem(tmp_path: Path) -> None:
    file = tmp_path / "empty.html"
    file.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    docs, problems = read(file)
    assert docs == [] and "no main text" in problems[0].message


def test_jsonl_bad_lines_are_problems_and_the_others_count(tmp_path: Path) -> None:
    file = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARABIC, "title": "عنوان", "published": "2021-11-10T09:00:00Z",
                    "url": "https://example.org/a1", "source": "كونا"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a2", "text": "   "}),
        json.dumps({"text": "The two sides met in Washington.", "language": None}),
    ]
    file.write_text("\n".join(lines), encoding="utf-8")
    docs, problems = read(file)
    assert [(d.id, d.language) for d in docs] == [("a1", "ar"), ("batch-6", "en")]
    a1 = docs[0]
    assert (a1.title, a1.published, a1.url, a1.source, a1.path) == (
        "عنوان", "2021-11-10", "https://example.org/a1", "كونا", f"{file}:1")
    assert [p.path for p in problems] == [f"{file}:2", f"{file}:4", f"{file}:5"]
    assert "invalid JSON" in problems[0].message


def test_meta_overrides_what_the_reader_found(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "docs" / "y.txt").write_text(ARABIC + " ", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text("\n".join([
        json.dumps({"file": "x.txt", "id": "kuna-1", "title": "T", "published": "2021-11-10", "language": "ar",
                    "url": "u", "source": "KUNA"}),
        "oops",
        json.dumps({"title": "no file"}),
    ]), encoding="utf-8")
    docs, problems = read(tmp_path / "docs", meta=meta)
    assert [(d.id, d.title, d.published, d.url, d.source) for d in docs] == [
        ("kuna-1", "T", "2021-11-10", "u", "KUNA"), ("y", None, None, None, None)]
    assert [p.path for p in problems] == [f"{meta}:2", f"{meta}:3"]


def test_meta_file_inside_the_folder_is_not_read_as_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"file": "a.txt", "id": "A"}), encoding="utf-8")
    docs, problems = read(tmp_path, meta=meta)
    assert [d.id for d in docs] == ["A"] and problems == []


def test_folders_are_recursive_sorted_and_ignore_unknown_files(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a/z.txt", "a/sub/1.txt", "c.txt", "notes.md", "a/image.png"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARABIC + name, encoding="utf-8")
    docs, problems = read(tmp_path)
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in docs] == ["a/sub/1.txt", "a/z.txt", "b/2.txt", "c.txt"]
    assert problems == []


def test_explicit_unknown_or_missing_files_are_problems(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    docs, problems = read(tmp_path / "notes.md", tmp_path / "missing.txt")
    assert docs == []
    assert ["unsupported file type" in problems[0].message, problems[1].message] == [True, "no such file"]


def test_the_same_file_name_in_two_folders_is_two_documents(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text(ARABIC + ".", encoding="utf-8")
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["same", f"{tmp_path.name}/b/same"] and problems == []


def test_the_same_given_id_twice_is_a_problem(tmp_path: Path) -> None:
    file = tmp_path / "docs.jsonl"
    file.write_text("\n".join(json.dumps({"id": "x", "text": ARABIC + str(n)}) for n in range(2)), encoding="utf-8")
    docs, problems = read(file)
    assert len(docs) == 1 and "duplicate document id 'x'" in problems[0].message


def test_a_bad_metadata_date_or_a_line_naming_no_file_is_a_problem_naming_the_line(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "docs" / "y.txt").write_text(ARABIC + ".", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text("\n".join(json.dumps(line) for line in [
        {"file": "x.txt", "published": "28/01/2022"},
        {"file": "gone.txt", "title": "T"},
        {"file": "y.txt", "title": "Y", "desk": "Gulf"},
    ]), encoding="utf-8")
    docs, problems = read(tmp_path / "docs", meta=meta)
    assert [(p.path, p.message) for p in problems] == [
        (f"{meta}:1", "published '28/01/2022' is not a date (YYYY-MM-DD)"),
        (f"{meta}:2", "no file 'gone.txt' was read")]
    assert [(d.id, d.title) for d in docs] == [("x", None), ("y", "Y")]


def test_a_metadata_file_in_a_folder_is_not_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "id": "A"}), encoding="utf-8")
    items = list(read_documents([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["DocumentInput", "ReadNote"]
    assert "give it with --meta" in str(items[1])


def test_language_follows_the_dominant_script() -> None:
    assert detect_language(ARABIC + " US Department of State") == "ar"
    assert detect_language("The Kuwait-US Strategic Dialogue (الحوار الاستراتيجي) met today.") == "en"


def test_utf8_with_a_broken_byte_is_not_read_as_cp1256() -> None:
    damaged = ARABIC.encode("utf-8") * 3 + b"\xd8"  # cut in the middle of a letter
    assert decode_text(damaged).startswith(ARABIC)


def test_fifos_in_a_folder_are_ignored_and_named_ones_are_problems(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["a"] and problems == []
    docs, problems = read(tmp_path / "pipe.txt")
    assert docs == [] and problems[0].message == "not a regular file"
