"""The first schema: documents, mentions, the record's objects, evidence and conflicts.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _record_object(name: str, *columns: sa.Column) -> None:
    """A table of record objects: string id, list position, the object's fields."""
    op.create_table(
        name,
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        *columns,
        sa.Column("documents", sa.JSON, nullable=False),
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "document_records",
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("published", sa.JSON),
        sa.Column("anchor", sa.String(10)),
        sa.Column("anchor_reason", sa.Text),
    )
    op.create_table(
        "mentions",
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("norm", sa.Text, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
        sa.Column("entity_id", sa.String(255)),
        sa.Column("attrs", sa.JSON, nullable=False),
    )
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])
    _record_object(
        "persons",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("name_en", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("titles", sa.JSON, nullable=False),
    )
    _record_object(
        "organizations",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("name_en", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("kind", sa.String(32), nullable=False),
    )
    _record_object(
        "events",
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date", sa.JSON),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("dialogue", sa.String(32)),
        sa.Column("round", sa.Integer),
        sa.Column("working_group", sa.String(64)),
        sa.Column("venue", sa.Text),
        sa.Column("mode", sa.String(16)),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("organizations", sa.JSON, nullable=False),
        sa.Column("countries", sa.JSON, nullable=False),
        sa.Column("topics", sa.JSON, nullable=False),
    )
    op.create_table(
        "rounds",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("dialogue", sa.String(32), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("start", sa.JSON),
        sa.Column("end", sa.JSON),
        sa.Column("venue", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("working_groups", sa.JSON, nullable=False),
        sa.Column("documents", sa.JSON, nullable=False),
        sa.UniqueConstraint("dialogue", "number"),
    )
    _record_object(
        "agreements",
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("parties", sa.JSON, nullable=False),
        sa.Column("date", sa.JSON),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("object_kind", sa.String(16), primary_key=True),
        sa.Column("object_id", sa.String(255), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_doc_id", "evidence", ["doc_id"])
    op.create_table(
        "conflicts",
        sa.Column("event_id", sa.String(255), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("resolution", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("conflicts", "evidence", "agreements", "rounds", "events", "organizations",
                  "persons", "mentions", "document_records", "documents"):
        op.drop_table(table)
