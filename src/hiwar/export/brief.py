"""`hiwar brief`: the note a desk officer writes before a dialogue's next round, from the record.

brief_content chooses the facts, brief_render words them; this writes the note as HTML or PDF
(by the output's extension), or HTML to standard output.
"""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..record import Record
from .brief_content import BriefError
from .brief_render import LANGUAGES, render_html, render_pdf
from .common import atomic_path


def write_brief(record: Record, dialogue: str, number: int, lang: str, output: str | None,
                stdout: TextIO) -> Path | None:
    """Write the briefing; returns the file written, None for standard output."""
    if lang not in LANGUAGES:
        raise BriefError(f"no briefing language {lang!r} (one of {', '.join(LANGUAGES)})")
    html = render_html(record, dialogue, number, lang)
    if output in (None, "-"):
        stdout.write(html)
        return None
    target = Path(output)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise BriefError(f"{output}: the briefing is written as .pdf or .html")
    data = render_pdf(html) if suffix == ".pdf" else html.encode("utf-8")
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return target
