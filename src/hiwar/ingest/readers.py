"""Readers: files, folders and metadata on disk → `SourceDoc`s (or the reason one was skipped).

Folders are walked recursively in sorted order so that two runs over the same tree
read the same documents in the same order. Nothing here raises on bad input: every
file that cannot be read becomes a `ReadProblem` and the others still count.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..pipeline import SourceDoc
from ..text.language import ARABIC_LETTER, LATIN_LETTER, detect_language

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# Metadata fields a meta line or a .jsonl line may carry, beside `file` / `text`.
META_FIELDS = ("id", "url", "title", "published", "source", "language")

_HTML_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")

# Above this share of control characters a "text" is taken to be binary data.
_MAX_CONTROL_SHARE = 0.05
# Replacement characters tolerated when reading damaged UTF-8 (real cp1256 Arabic gives one per letter).
_MAX_BROKEN_UTF8_SHARE = 0.01
# A Windows-1256 reading is accepted only when Arabic letters are most of its letters.
_MIN_ARABIC_SHARE_CP1256 = 0.5
# UTF-16 without a BOM: NUL bytes concentrated on one byte parity.
_MIN_NUL_PARITY_SHARE = 0.9
# ... and decoded, its letters must be Arabic or Latin (else it is binary data that happened to decode).
_MIN_KNOWN_SCRIPT_SHARE = 0.9
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class ReadProblem:
    """A file (or `file:line`) that was not read, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"hiwar: skipped {self.path}: {self.message}"


class UnreadableText(ValueError):
    """Bytes that are not a text document in any encoding we accept."""


def read_paths(paths: list[str], meta_path: str | None = None) -> Iterator[SourceDoc | ReadProblem]:
    """Every document under `paths`, in a deterministic order, with `--meta` applied."""
    meta: dict[str, dict[str, Any]] = {}
    if meta_path:
        meta, problems = read_meta(meta_path)
        yield from problems
    skip = Path(meta_path).resolve() if meta_path else None
    seen: dict[str, str] = {}  # document id → path that first claimed it
    for file, explicit in _walk(paths):
        if skip is not None and file.resolve() == skip:
            continue
        for item in _read_file(file, explicit):
            if isinstance(item, SourceDoc):
                if file.suffix.lower() not in JSONL_SUFFIXES:  # a JSON line carries its own metadata
                    item = _apply_meta(item, meta.get(file.name))
                first = seen.setdefault(item.id, item.path or str(file))
                if first != (item.path or str(file)):
                    item = ReadProblem(item.path or str(file), f"duplicate document id {item.id!r} (first read from {first})")
            yield item


def read_meta(meta_path: str) -> tuple[dict[str, dict[str, Any]], list[ReadProblem]]:
    """`--meta FILE.jsonl`: file name → its metadata fields; bad lines become problems."""
    meta: dict[str, dict[str, Any]] = {}
    problems: list[ReadProblem] = []
    try:
        raw = Path(meta_path).read_bytes()
        text = decode_text(raw)
    except (OSError, UnreadableText) as exc:
        return meta, [ReadProblem(meta_path, _reason(exc))]
    for lineno, obj in _json_lines(text, meta_path, problems):
        name = obj.get("file")
        if not isinstance(name, str) or not name.strip():
            problems.append(ReadProblem(f"{meta_path}:{lineno}", 'metadata line has no "file" name'))
            continue
        meta[Path(name.strip()).name] = {k: obj[k] for k in META_FIELDS if obj.get(k) not in (None, "")}
    return meta, problems


def decode_text(data: bytes) -> str:
    """Decode a text file: BOM, then strict UTF-8, then BOM-less UTF-16, then Windows-1256."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom):], encoding))
    if b"\0" in data:
        encoding = _utf16_without_bom(data)
        try:
            text = data.decode(encoding) if encoding else ""
        except UnicodeDecodeError:
            text = ""
        if not _mostly_arabic_or_latin(text):
            raise UnreadableText("binary file (NUL bytes)")
        return _checked(text)
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a truncated download): keep it, or it would pass as cp1256 mojibake.
    lossy = data.decode("utf-8", errors="replace")
    if lossy.count("\ufffd") <= _MAX_BROKEN_UTF8_SHARE * len(lossy):
        return _checked(lossy)
    text = _checked(data.decode("cp1256", errors="replace"))
    letters = sum(1 for ch in text if ch.isalpha())
    arabic = len(ARABIC_LETTER.findall(text))
    if "\ufffd" in text or not letters or arabic / letters < _MIN_ARABIC_SHARE_CP1256:
        raise UnreadableText("not UTF-8, UTF-16 or Windows-1256 Arabic text")
    return text


def _walk(paths: Iterable[str]) -> Iterator[tuple[Path, bool]]:
    """(file, given explicitly) for every path; folders recursively, sorted, known suffixes only."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = (
                Path(root) / name
                for root, _dirs, names in os.walk(path)
                for name in names
                if name.lower().endswith(KNOWN_SUFFIXES)
            )
            found = (file for file in found if file.is_file())  # no FIFOs or sockets: reading them blocks
            for file in sorted(found, key=lambda p: p.as_posix()):
                yield file, False
        else:
            yield path, True


def _read_file(file: Path, explicit: bool) -> Iterator[SourceDoc | ReadProblem]:
    suffix = file.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        if explicit:
            yield ReadProblem(str(file), f"unsupported file type {suffix or '(none)'!r} (expected .txt, .html, .htm or .jsonl)")
        return
    if file.exists() and not file.is_file():
        yield ReadProblem(str(file), "not a regular file")
        return
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        yield ReadProblem(str(file), "no such file")
        return
    except OSError as exc:
        yield ReadProblem(str(file), _reason(exc))
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(file, decode_text(data))
        elif suffix in HTML_SUFFIXES:
            yield _read_html(file, data)
        else:
            yield _source(file, file.stem, decode_text(data))
    except UnreadableText as exc:
        yield ReadProblem(str(file), str(exc))


def _read_html(file: Path, data: bytes) -> SourceDoc | ReadProblem:
    import trafilatura  # heavy import, only when HTML is met

    html = _decode_html(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return ReadProblem(str(file), "no main text found in the page")
    metadata = trafilatura.extract_metadata(html, extensive=False)
    title = (metadata.title or None) if metadata else None
    published = (metadata.date or None) if metadata else None
    return _source(file, file.stem, text, title=title, published=published, url=metadata.url if metadata else None)


def _decode_html(data: bytes) -> str:
    """A page's text: BOM, then its declared charset (old Arabic sites say windows-1256), then UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _HTML_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass  # an unknown charset name: fall through to UTF-8
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1256", errors="replace")


def _read_jsonl(file: Path, text: str) -> Iterator[SourceDoc | ReadProblem]:
    problems: list[ReadProblem] = []
    for lineno, obj in _json_lines(text, str(file), problems):
        yield from problems
        problems.clear()
        where = f"{file}:{lineno}"
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadProblem(where, 'no "text" (or it is empty)')
            continue
        doc_id = obj.get("id")
        if doc_id is None or str(doc_id).strip() == "":
            doc_id = f"{file.stem}-{lineno}"
        fields = {k: _as_text(obj.get(k)) for k in META_FIELDS if k != "id"}
        yield _source(file, str(doc_id).strip(), body, path=where, **fields)
    yield from problems


def _json_lines(text: str, where: str, problems: list[ReadProblem]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line; the others go to `problems`."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(ReadProblem(f"{where}:{lineno}", f"invalid JSON ({exc.msg}, column {exc.colno})"))
            continue
        if not isinstance(obj, dict):
            problems.append(ReadProblem(f"{where}:{lineno}", "a line must be a JSON object"))
            continue
        yield lineno, obj


def _source(file: Path, doc_id: str, text: str, path: str | None = None, **fields: str | None) -> SourceDoc:
    return SourceDoc(
        id=doc_id,
        text=text,
        title=_clean(fields.get("title")),
        published=_published(fields.get("published")),
        url=_clean(fields.get("url")),
        source=_clean(fields.get("source")),
        language=_clean(fields.get("language")) or detect_language(text),
        path=path or str(file),
    )


def _apply_meta(doc: SourceDoc, fields: dict[str, Any] | None) -> SourceDoc:
    """Metadata given with --meta wins over what the reader found in the file."""
    if not fields:
        return doc
    given = {k: _as_text(v) for k, v in fields.items()}
    if "published" in given:
        given["published"] = _published(given["published"])
    return replace(doc, **{k: v for k, v in given.items() if v})


def _published(value: str | None) -> str | None:
    """The YYYY[-MM[-DD]] prefix of a metadata date ("2023-05-10T08:00:00Z" → "2023-05-10")."""
    match = _PUBLISHED.match(value.strip()) if value else None
    return match.group(0) if match else None


def _checked(text: str) -> str:
    if not text.strip():
        raise UnreadableText("empty file")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\v\f")
    if "\0" in text or controls / len(text) > _MAX_CONTROL_SHARE:
        raise UnreadableText("binary file (control characters)")
    return text


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableText(f"invalid {encoding.upper()} text at byte {exc.start}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NULs sit on one byte parity (ASCII in UTF-16), else None."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd >= _MIN_NUL_PARITY_SHARE * (even + odd):
        return "utf-16-le"
    if even >= _MIN_NUL_PARITY_SHARE * (even + odd):
        return "utf-16-be"
    return None


def _mostly_arabic_or_latin(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha())
    known = len(ARABIC_LETTER.findall(text)) + len(LATIN_LETTER.findall(text))
    return letters > 0 and known >= _MIN_KNOWN_SCRIPT_SHARE * letters


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _clean(value: str | None) -> str | None:
    value = value.strip() if value else None
    return value or None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
