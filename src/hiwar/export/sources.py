"""Where each fact can be checked: every export names its documents' url, source and publication date.

A publication date is either given (ingest metadata), read from the text's own dateline, or
inferred from the text's date clues (the anchor its relative dates were read against); an
inferred date travels with its basis so that a reader can judge it.
"""
from __future__ import annotations

from typing import Any

from ..extract.dates.values import years_open
from ..record import DocumentRec, Record


def published(doc: DocumentRec) -> tuple[Any, str | None]:
    """(the publication date as a DATE value or None, how it is known). Clues that leave years open (an
    official's term, a weekday) fix no date: null, as an event's date is, with the span they leave in the basis."""
    if doc.published is not None:
        stated = (doc.anchor_reason or "").startswith("dateline")
        return doc.published, "stated: the text's dateline" if stated else "given: metadata"
    if doc.anchor:
        start, _, end = doc.anchor.partition("/")
        value = {"start": start, "end": end} if end else start
        if years_open(value):
            return None, f"unknown: its clues leave {start} to {end}: {doc.anchor_reason or 'from the text'}"
        return value, f"inferred: {doc.anchor_reason or 'from the text'}"
    return None, None


def document_source(doc: DocumentRec) -> dict[str, Any]:
    """A document's citation: id, title, url, source, language, publication date and its basis."""
    date, basis = published(doc)
    return {"id": doc.id, "title": doc.title, "url": doc.url, "source": doc.source, "language": doc.language,
            "published": date, "published_basis": basis}


def citations(record: Record) -> dict[str, dict[str, Any]]:
    """Every document's citation by id."""
    return {d.id: document_source(d) for d in record.documents}


def cite(citations_by_id: dict[str, dict[str, Any]], doc_ids: list[str]) -> list[dict[str, Any]]:
    """The citations of these documents, in order; an id the record does not hold is still named."""
    return [citations_by_id.get(i) or {"id": i} for i in doc_ids]
