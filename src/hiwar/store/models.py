"""The store's tables.

`documents` holds the sources as ingested. Every other table is derived: it is
recomputed from all documents (only the parts that changed are rewritten), so its rows
carry a `position` (the order of the record's lists) instead of surrogate ids — the same
record always gives the same rows, on SQLite and on PostgreSQL.
Schema changes go through a new Alembic revision in `migrations/versions/`.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of `text`
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY[-MM[-DD]] from metadata
    text: Mapped[str] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)  # as given on the command line
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # first insert only
    origin: Mapped[str | None] = mapped_column(Text, index=True)  # absolute path (+ "#line" in JSON Lines)
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # metadata given, unknown fields too
    version: Mapped[int] = mapped_column(Integer, default=1)  # 1 + the number of earlier texts


class DocumentVersionRow(Base):
    """A text a document had before its current one: a changed source is a new version, never lost."""

    __tablename__ = "document_versions"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    superseded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # when a newer text came


class DocumentRecordRow(Base):
    """The record's view of a document: published date as resolved, and the date anchor."""

    __tablename__ = "document_records"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    published: Mapped[Any] = mapped_column(JSON, nullable=True)  # DateValue or null
    anchor: Mapped[str | None] = mapped_column(String(10))
    anchor_reason: Mapped[str | None] = mapped_column(Text)


class MentionRow(Base):
    __tablename__ = "mentions"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    norm: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[str | None] = mapped_column(String(255), index=True)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSON)


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(JSON)
    name_en: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8))
    titles: Mapped[list[str]] = mapped_column(JSON)
    documents: Mapped[list[str]] = mapped_column(JSON)


class OrganizationRow(Base):
    __tablename__ = "organizations"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(JSON)
    name_en: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(32))
    documents: Mapped[list[str]] = mapped_column(JSON)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    date: Mapped[Any] = mapped_column(JSON, nullable=True)  # DateValue or null
    status: Mapped[str] = mapped_column(String(16))
    dialogue: Mapped[str | None] = mapped_column(String(32), index=True)  # a dialogue's page reads by it
    round: Mapped[int | None] = mapped_column(Integer)
    working_group: Mapped[str | None] = mapped_column(String(64))
    venue: Mapped[str | None] = mapped_column(Text)
    mode: Mapped[str | None] = mapped_column(String(16))
    participants: Mapped[list[str]] = mapped_column(JSON)
    organizations: Mapped[list[str]] = mapped_column(JSON)
    countries: Mapped[list[str]] = mapped_column(JSON)
    topics: Mapped[list[str]] = mapped_column(JSON)
    documents: Mapped[list[str]] = mapped_column(JSON)


class RoundRow(Base):
    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("dialogue", "number"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "KW-US:3", see round_key()
    position: Mapped[int] = mapped_column(Integer)
    dialogue: Mapped[str] = mapped_column(String(32))
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[Any] = mapped_column(JSON, nullable=True)
    end: Mapped[Any] = mapped_column(JSON, nullable=True)
    venue: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    working_groups: Mapped[list[str]] = mapped_column(JSON)
    documents: Mapped[list[str]] = mapped_column(JSON)


class AgreementRow(Base):
    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text)
    topics: Mapped[list[str]] = mapped_column(JSON)
    parties: Mapped[list[str]] = mapped_column(JSON)
    date: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    documents: Mapped[list[str]] = mapped_column(JSON)


class EvidenceRow(Base):
    """A span supporting one field of a record object (person, organization, event, round, agreement)."""

    __tablename__ = "evidence"

    object_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    object_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(String(64))
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)


class ConflictRow(Base):
    """Sources that disagree on one field of a record object (event, round, agreement, person)."""

    __tablename__ = "conflicts"

    object_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    object_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(String(64))
    claims: Mapped[list[list[str]]] = mapped_column(JSON)  # [[doc id, value as JSON text], ...]
    resolution: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    """An account of the web app (hiwar user add); the password only as its argon2 hash."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSessionRow(Base):
    """A login: the SHA-256 of its cookie's token, never the token."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(ForeignKey("users.name", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RecordStateRow(Base):
    """One row: the SHA-256 of the record last saved, so that a reader can cache what it drew from it.

    A digest of the content, not a counter: saving the same record again changes nothing in the store."""

    __tablename__ = "record_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


class SavedPartRow(Base):
    """One part of the saved record (a document's rows, an object's rows, a search entry) as it was saved.

    `fingerprint` is a digest of the objects the part was written from, so that an unchanged part is
    recognized without building its rows; `digest` is a digest of the rows themselves (positions aside),
    so that the record's digest follows the rows whatever objects they came from (see store.saving)."""

    __tablename__ = "saved_parts"

    part: Mapped[str] = mapped_column(String(32), primary_key=True)  # document | person | ... | search-*
    key: Mapped[str] = mapped_column(String(255), primary_key=True)  # the document's or object's id
    fingerprint: Mapped[str] = mapped_column(String(40))
    digest: Mapped[str] = mapped_column(String(40))
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)  # of its main row in the record's list


# The record's tables: written part by part (store.saving); children before the rows they point to.
DERIVED_TABLES = (
    EvidenceRow,
    ConflictRow,
    MentionRow,
    DocumentRecordRow,
    PersonRow,
    OrganizationRow,
    EventRow,
    RoundRow,
    AgreementRow,
)


def round_key(dialogue: str, number: int) -> str:
    """The id a round's evidence is filed under."""
    return f"{dialogue}:{number}"
