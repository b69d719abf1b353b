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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..pipeline import SourceDoc
from ..store.documents import DocumentInput, free_id
from ..text.language import ARABIC_LETTER, LATIN_LETTER, detect_language

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# Metadata fields a meta line or a .jsonl line may carry, beside `file` / `text`.
META_FIELDS = ("id", "url", "title", "published", "source", "language")

_HTML_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_METADATA_DATE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?$")
_PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")

# Above this share of control characters a "text" is taken to be binary data.
_MAX_CONTROL_SHARE = 0.05
# Unicode's control characters (category Cc) but the whitespace ones \t \n \v \f \r
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
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


@dataclass(frozen=True)
class ReadNote:
    """Something the user should know about a run that is not a problem (nothing was skipped)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"hiwar: note: {self.path}: {self.message}"


@dataclass(frozen=True)
class MetaLine:
    """One line of a metadata file: the file it names and its fields (unknown ones kept)."""

    where: str  # "meta.jsonl:3"
    file: str
    fields: dict[str, Any]


def read_paths(paths: list[str], meta_path: str | None = None) -> Iterator[SourceDoc | ReadProblem]:
    """Every document under `paths`, in a deterministic order, with `--meta` applied (no store involved:
    ids are given ids, else file names, else the path from the ingest root's parent)."""
    problems: list[ReadProblem] = []
    lines: list[MetaLine] = []
    if meta_path:
        lines, problems = read_meta(meta_path)
    inputs: list[DocumentInput] = []
    for item in read_documents(paths, meta_path):
        if isinstance(item, DocumentInput):
            inputs.append(item)
        elif isinstance(item, ReadProblem):
            problems.append(item)
    inputs, unmatched, more = apply_meta(lines, inputs)
    yield from problems + more
    yield from (ReadProblem(line.where, f"no file {line.file!r} was read") for line in unmatched)
    taken: set[str] = set()
    for item in inputs:
        doc_id = free_id(item, taken)  # ids as the store gives them
        taken.add(doc_id)
        yield replace(effective(item), id=doc_id)


def read_documents(paths: list[str], meta_path: str | None = None) -> Iterator[DocumentInput | ReadProblem | ReadNote]:
    """Every document under `paths` as the reader sees it, with where it came from; a metadata file
    met in a folder is not a document; the same given id twice is a problem."""
    skip = Path(meta_path).resolve() if meta_path else None
    seen: dict[str, str] = {}  # given id → path that first claimed it
    for file, explicit, root in _walk(paths):
        if skip is not None and file.resolve() == skip:
            continue
        if file.suffix.lower() in JSONL_SUFFIXES and _is_metadata(file):
            if explicit:
                yield ReadProblem(str(file), "a metadata file, not documents: give it with --meta")
            elif meta_path is None:
                yield ReadNote(str(file), "metadata, not documents: give it with --meta to apply it")
            continue
        label = (Path(os.path.abspath(file)).relative_to(root.parent) if root is not None
                 else Path(file.name)).as_posix()
        for item in _read_file(file, explicit):
            if isinstance(item, ReadProblem):
                yield item
                continue
            fields = dict(item[1])
            given = fields.get("id")
            line = item[0].path.rsplit(":", 1)[1] if item[0].path != str(file) else None
            origin = str(file.resolve()) + (f"#{line}" if line else "")
            doc = DocumentInput(item[0], origin, label, given, fields)
            if given is not None:
                first = seen.setdefault(given, item[0].path or str(file))
                if first != (item[0].path or str(file)):
                    yield ReadProblem(item[0].path or str(file), f"duplicate document id {given!r} (first read from {first})")
                    continue
            yield doc


def read_meta(meta_path: str) -> tuple[list[MetaLine], list[ReadProblem]]:
    """`--meta FILE.jsonl`: its lines; a line that is not JSON, names no file or has a date that is
    not YYYY[-MM[-DD]] is a problem naming the line (the other lines still apply)."""
    lines: list[MetaLine] = []
    problems: list[ReadProblem] = []
    try:
        text = decode_text(Path(meta_path).read_bytes())
    except (OSError, UnreadableText) as exc:
        return lines, [ReadProblem(meta_path, _reason(exc))]
    for lineno, obj in _json_lines(text, meta_path, problems):
        where = f"{meta_path}:{lineno}"
        name = obj.get("file")
        if not isinstance(name, str) or not name.strip():
            problems.append(ReadProblem(where, 'metadata line has no "file" name'))
            continue
        fields = {k: v for k, v in obj.items() if k != "file" and v not in (None, "")}
        try:
            fields = _checked_fields(fields)
        except ValueError as exc:
            problems.append(ReadProblem(where, str(exc)))
            continue
        lines.append(MetaLine(where, name.strip(), fields))
    return lines, problems


def apply_meta(lines: list[MetaLine], inputs: list[DocumentInput]) -> tuple[list[DocumentInput], list[MetaLine], list[ReadProblem]]:
    """Each metadata line applied to the one document read from the file it names (the end of its path):
    (the documents, the lines that named no file read, lines naming several files as problems)."""
    by_position = list(inputs)
    unmatched: list[MetaLine] = []
    problems: list[ReadProblem] = []
    files = FileIndex([item.source.path or "" if item.label and "#" not in (item.origin or "") else ""
                       for item in by_position])
    for line in lines:
        found = files.named(line.file)
        if len(found) > 1:
            problems.append(ReadProblem(line.where, f"{line.file!r} names {len(found)} files read; give more of its path"))
        elif found:
            item = by_position[found[0]]
            meta = {**item.meta, **line.fields}
            by_position[found[0]] = replace(item, meta=meta, given_id=_as_text(meta.get("id")) or item.given_id)
        else:
            unmatched.append(line)
    return by_position, unmatched, problems


class FileIndex:
    """Paths by their last part, so that each metadata line is tried only on the paths that end like it
    (not every line on every file: a 20,000-file corpus with its metadata would take an hour)."""

    def __init__(self, paths: list[str]):
        self.paths = paths
        self._by_name: dict[str, list[int]] = {}
        for k, path in enumerate(paths):
            parts = Path(path.split("#")[0]).parts
            if parts:
                self._by_name.setdefault(parts[-1], []).append(k)

    def named(self, name: str) -> list[int]:
        """The positions of the paths the metadata line's `file` names, in order."""
        wanted = Path(name).parts
        return [k for k in self._by_name.get(wanted[-1], []) if names_file(name, self.paths[k])] if wanted else []


def names_file(name: str, path: str) -> bool:
    """Does a metadata line's `file` name this path ("c001.txt", or "2021/c001.txt" for the deeper one)?"""
    wanted = Path(name).parts
    return bool(wanted) and Path(path.split("#")[0]).parts[-len(wanted):] == wanted


def effective(item: DocumentInput) -> SourceDoc:
    """The document with its metadata over what the reader found."""
    given = {k: _clean(_as_text(item.meta.get(k))) for k in META_FIELDS if k != "id"}
    return replace(item.source, **{k: v for k, v in given.items() if v})




def _checked_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Known fields as text; a date must be YYYY[-MM[-DD]] (a time after it is dropped)."""
    out = dict(fields)
    for name in META_FIELDS:
        if name in out:
            out[name] = str(out[name]).strip()
    if "published" in out:
        value = _strict_date(out["published"])
        if value is None:
            raise ValueError(f"published {out['published']!r} is not a date (YYYY-MM-DD)")
        out["published"] = value
    return out


def _strict_date(value: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD (a time after it is dropped) naming a real day, else None."""
    match = _METADATA_DATE.match(value)
    if not match:
        return None
    day = match.group(1)
    try:
        date.fromisoformat((day + "-01-01")[:10] if len(day) < 10 else day)
    except ValueError:
        return None
    return day


def _is_metadata(file: Path) -> bool:
    """A JSON Lines file whose first object names a file and carries no text."""
    try:
        with open(file, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.strip():
                    obj = json.loads(line)
                    return isinstance(obj, dict) and "file" in obj and "text" not in obj
    except (OSError, json.JSONDecodeError):
        return False
    return False


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


def _walk(paths: Iterable[str]) -> Iterator[tuple[Path, bool, Path | None]]:
    """(file, given explicitly, the folder it was found under) for every path; folders recursively,
    sorted, known suffixes only."""
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
                yield file, False, Path(os.path.abspath(path))
        else:
            yield path, True, None


def _read_file(file: Path, explicit: bool) -> Iterator[tuple[SourceDoc, dict[str, Any]] | ReadProblem]:
    """(the document as read, the metadata its file carries: a JSON line's fields) or a problem."""
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
            page = _read_html(file, data)
            yield page if isinstance(page, ReadProblem) else (page, {})
        else:
            yield _source(file, file.stem, decode_text(data)), {}
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


def _read_jsonl(file: Path, text: str) -> Iterator[tuple[SourceDoc, dict[str, Any]] | ReadProblem]:
    problems: list[ReadProblem] = []
    for lineno, obj in _json_lines(text, str(file), problems):
        yield from problems
        problems.clear()
        where = f"{file}:{lineno}"
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadProblem(where, 'no "text" (or it is empty)')
            continue
        try:
            fields = _checked_fields({k: v for k, v in obj.items() if k != "text" and v not in (None, "")})
        except ValueError as exc:
            yield ReadProblem(where, str(exc))
            continue
        doc_id = fields.get("id") or f"{file.stem}-{lineno}"
        yield _source(file, doc_id, body, path=where), fields
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


def _published(value: str | None) -> str | None:
    """The YYYY[-MM[-DD]] prefix of a metadata date ("2023-05-10T08:00:00Z" → "2023-05-10")."""
    match = _PUBLISHED.match(value.strip()) if value else None
    return match.group(0) if match else None


def _checked(text: str) -> str:
    if not text.strip():
        raise UnreadableText("empty file")
    controls = len(_CONTROL.findall(text))
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
