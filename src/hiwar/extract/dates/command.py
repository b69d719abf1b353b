"""`hiwar dates [--anchor YYYY-MM-DD] [--input FILE.jsonl] [TEXT]`: print the dates of a text as JSON lines."""
from __future__ import annotations

import json
import sys
from datetime import date
from typing import TextIO

from .finder import find_dates

EXIT_BAD_INPUT = 2


class BadInput(ValueError):
    pass


def _anchor(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput(f"{where}: anchor must be a YYYY-MM-DD string, not {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{where}: anchor {value!r} is not a YYYY-MM-DD date") from None


def _dates(text: str, anchor: date | None) -> list[dict]:
    return [{"text": m.text, "start": m.start, "end": m.end, "value": m.attrs["value"]}
            for m in find_dates(text, anchor)]


def _read_jsonl(path: str, default_anchor: date | None) -> list[tuple[object, str, date | None]]:
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise BadInput(f"{path}: cannot read: {e}") from None
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadInput(f"{where}: not JSON ({e.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise BadInput(f'{where}: expected an object with a "text" string')
        anchor = _anchor(item.get("anchor"), where) if "anchor" in item else default_anchor
        items.append((item.get("id"), item["text"], anchor))
    return items


def run(text: str | None, anchor: str | None, input_path: str | None, out: TextIO) -> int:
    """Print one JSON line per date (or per input line with --input); 2 and a one-line error on bad input."""
    try:
        default_anchor = _anchor(anchor, "--anchor")
        if input_path is not None:
            for item_id, item_text, item_anchor in _read_jsonl(input_path, default_anchor):
                out.write(json.dumps({"id": item_id, "dates": _dates(item_text, item_anchor)}, ensure_ascii=False) + "\n")
            return 0
        if text is None:
            text = sys.stdin.read()
        for found in _dates(text, default_anchor):
            out.write(json.dumps(found, ensure_ascii=False) + "\n")
        return 0
    except BadInput as e:
        print(f"hiwar dates: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
