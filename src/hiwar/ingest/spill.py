"""[scale] The texts an ingest reads wait in a temporary file until they are stored, not in memory: the
metadata is applied to every document read before any is stored, and a large corpus's texts would all
be held together (a 20,000-document corpus: ~180 MB, each text with its UTF-8 copy the database made)."""
from __future__ import annotations

import tempfile
from dataclasses import replace

from ..store.documents import DocumentInput, UnreadSource


class Spill:
    """A temporary file of texts; each document kept in it reads its text back when asked for."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()

    def close(self) -> None:
        self._file.close()  # a second close does nothing: the ingest closes it once stored, and at its end

    def keep(self, item: DocumentInput) -> DocumentInput:
        """The document with its text written here, read back (again) each time it is asked for."""
        data = item.source.text.encode("utf-8", "surrogatepass")  # a JSON line may hold a lone surrogate
        offset, size = self._file.seek(0, 2), len(data)
        self._file.write(data)
        return replace(item, source=UnreadSource(item.source.stand_in(), lambda: self._text(offset, size), False))

    def _text(self, offset: int, size: int) -> str:
        self._file.seek(offset)
        return self._file.read(size).decode("utf-8", "surrogatepass")
