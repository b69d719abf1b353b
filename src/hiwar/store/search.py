"""Full-text search over documents and the record's entities, in the database's own index.

Text is indexed in its folded form (text/normalize: hamza and alef variants, ta marbuta, diacritics,
digits) with the spelling alternations of data/ar/spelling.tsv brought to one side, and queries are
folded the same way: "احمد" finds "أحمد", "الامريكية" finds "الأميركية". The index is SQLite's FTS5
or PostgreSQL's text search (migration 0004); `refresh_search` rewrites it with every saved record.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..extract.places import read_rows
from ..record import Record
from ..text.normalize import normalize
from .models import DocumentRow

_LABEL_CHARS = 90
INDEX_TABLE = "search_entries"  # made by migration 0004 in each database's own way, so not a model


def is_index_table(name: str) -> bool:
    """The index table, or one of the tables SQLite's FTS5 keeps behind it."""
    return name == INDEX_TABLE or name.startswith(INDEX_TABLE + "_")


@dataclass(frozen=True)
class Hit:
    kind: str  # document | person | organization | agreement
    ref: str  # the object's id
    label: str


@lru_cache(maxsize=1)
def _alternations() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in read_rows("spelling.tsv"))


def search_form(value: str) -> str:
    """The folded form both the index and the queries use."""
    folded = " ".join(normalize(value).text.split())
    for kept, other in _alternations():
        folded = folded.replace(other, kept)
    return folded


def refresh_search(session: Session, record: Record) -> None:
    """Rewrite the index from this record and the stored documents' texts."""
    rows = []
    titles = {d.id: d.title for d in record.documents}
    for doc_id, title, body in session.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.text)):
        label = titles.get(doc_id) or title or " ".join(body[:_LABEL_CHARS].split())
        rows.append(("document", doc_id, label, f"{title or ''} {body}"))
    for p in record.persons:
        rows.append(("person", p.id, p.name, " ".join([p.name, *p.aliases, p.name_en or "", *p.titles])))
    for o in record.organizations:
        rows.append(("organization", o.id, o.name, " ".join([o.name, *o.aliases, o.name_en or ""])))
    for a in record.agreements:
        rows.append(("agreement", a.id, a.subject, a.subject))
    session.execute(text("DELETE FROM search_entries"))
    if rows:
        session.execute(text("INSERT INTO search_entries (kind, ref, label, body) VALUES (:kind, :ref, :label, :body)"),
                        [dict(kind=k, ref=r, label=lbl, body=search_form(body)) for k, r, lbl, body in rows])


def search(session: Session, query: str, limit: int = 50) -> list[Hit]:
    """Entries holding every word of the query, best first; entities before documents on a tie."""
    words = search_form(query).split()
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        sql = ("SELECT kind, ref, label FROM search_entries WHERE search_entries MATCH :q "
               "ORDER BY rank, kind = 'document', ref LIMIT :n")
        found = session.execute(text(sql), {"q": match, "n": limit})
    else:
        sql = ("SELECT kind, ref, label FROM search_entries "
               "WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', :q) "
               "ORDER BY ts_rank(to_tsvector('simple', body), plainto_tsquery('simple', :q)) DESC, "
               "kind = 'document', ref LIMIT :n")
        found = session.execute(text(sql), {"q": " ".join(words), "n": limit})
    return [Hit(kind, ref, label) for kind, ref, label in found]
