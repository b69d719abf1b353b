"""Full-text search over documents and the record's entities, in the database's own index.

Text is indexed in its folded form (text/normalize: hamza and alef variants, ta marbuta, diacritics,
digits) with the spelling alternations of data/ar/spelling.tsv brought to one side, and queries are
folded the same way: "احمد" finds "أحمد", "الامريكية" finds "الأميركية". The index is SQLite's FTS5
or PostgreSQL's text search (migration 0004); `refresh_search` brings it in line with every saved record,
rewriting only the entries that changed.
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
from .saving import Ledger, MadePart, Part

_LABEL_CHARS = 90
_INSERT_BATCH = 500  # entries held before they are sent: a fresh store's texts never sit in memory at once
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
    """Bring the index in line with this record and the stored documents, rewriting only the entries
    whose text or label changed (see store.saving)."""
    titles = {d.id: d.title for d in record.documents}
    parts: list[Part] = [MadePart("search-document", doc_id, (titles.get(doc_id), title, content_hash), None,
                  lambda doc_id=doc_id: _document_entry(session, doc_id, titles.get(doc_id)))
             for doc_id, title, content_hash in session.execute(
                 select(DocumentRow.id, DocumentRow.title, DocumentRow.content_hash))]
    entries = [("person", p.id, p.name, [p.name, *p.aliases, p.name_en or "", *p.titles]) for p in record.persons]
    entries += [("organization", o.id, o.name, [o.name, *o.aliases, o.name_en or ""]) for o in record.organizations]
    entries += [("agreement", a.id, a.subject, [a.subject]) for a in record.agreements]
    parts += [MadePart(f"search-{kind}", ref, (label, words), None,
                   lambda kind=kind, ref=ref, label=label, words=words: _entry(kind, ref, label, " ".join(words)))
              for kind, ref, label, words in entries]
    ledger = Ledger(session, [f"search-{kind}" for kind in _KINDS])
    if not ledger.stored:  # an index written before its entries were kept, or a cleared record
        session.execute(text(f"DELETE FROM {INDEX_TABLE}"))
    gone = ledger.gone(parts)
    old, new = gone[:], []
    for part, rows, had_rows in ledger.to_write(parts):
        if had_rows:
            old.append((part.name, part.key))
        new += rows[INDEX_TABLE]
        if len(new) >= _INSERT_BATCH:
            _write_entries(session, old, new)
    _write_entries(session, old, new)
    ledger.remember(session, gone)


_KINDS = ("document", "person", "organization", "agreement")


def _document_entry(session: Session, doc_id: str, record_title: str | None) -> dict[str, list[dict[str, str]]]:
    title, body = session.execute(select(DocumentRow.title, DocumentRow.text).where(DocumentRow.id == doc_id)).one()
    label = record_title or title or " ".join(body[:_LABEL_CHARS].split())
    return _entry("document", doc_id, label, f"{title or ''} {body}")


def _entry(kind: str, ref: str, label: str, body: str) -> dict[str, list[dict[str, str]]]:
    return {INDEX_TABLE: [dict(kind=kind, ref=ref, label=label, body=search_form(body))]}


def _write_entries(session: Session, old: list[tuple[str, str]], new: list[dict[str, str]]) -> None:
    """The old entries deleted, then the new ones inserted (both lists emptied): an entry may be in both."""
    _delete_entries(session, old)
    if new:
        session.execute(text(f"INSERT INTO {INDEX_TABLE} (kind, ref, label, body) VALUES (:kind, :ref, :label, :body)"),
                        new)
    old.clear()
    new.clear()


def _delete_entries(session: Session, entries: list[tuple[str, str]]) -> None:
    """Entries by (part, ref): SQLite's FTS5 finds them by rowid, PostgreSQL by its (kind, ref) index."""
    if not entries:
        return
    wanted = [dict(kind=part.removeprefix("search-"), ref=ref) for part, ref in entries]
    if session.get_bind().dialect.name == "sqlite":
        pairs = {(w["kind"], w["ref"]) for w in wanted}
        refs = sorted({ref for _, ref in pairs})
        found = []
        for n in range(0, len(refs), _INSERT_BATCH):  # [scale] the rows of these refs, not every row's rowid
            batch = refs[n:n + _INSERT_BATCH]
            marks = ", ".join(f":r{k}" for k in range(len(batch)))
            found += [dict(r=rowid) for rowid, kind, ref in session.execute(
                text(f"SELECT rowid, kind, ref FROM {INDEX_TABLE} WHERE ref IN ({marks})"),
                {f"r{k}": ref for k, ref in enumerate(batch)}) if (kind, ref) in pairs]
        if found:
            session.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE rowid = :r"), found)
    else:
        session.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE kind = :kind AND ref = :ref"), wanted)


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
