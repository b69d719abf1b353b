"""Document identity and history, metadata as its own layer, conflicts on every kind of record object.

documents: `origin` (where the text was read: an absolute path, `#line` for a JSON Lines document),
`meta` (the metadata given for it, unknown fields included) and `version`; `document_versions` keeps
every text a document had before its current one. `conflicts` are filed by object kind and id.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("origin", sa.Text))
        batch.add_column(sa.Column("meta", sa.JSON))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_index("ix_documents_origin", "documents", ["origin"])
    op.create_table(
        "document_versions",
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=False),
    )
    # A new primary key: copy the (derived) rows into a table of the new shape.
    op.create_table(
        "object_conflicts",
        sa.Column("object_kind", sa.String(16), primary_key=True),
        sa.Column("object_id", sa.String(255), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("resolution", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO object_conflicts (object_kind, object_id, position, field, claims, resolution) "
               "SELECT 'event', event_id, position, field, claims, resolution FROM conflicts")
    op.drop_table("conflicts")
    op.rename_table("object_conflicts", "conflicts")


def downgrade() -> None:
    op.create_table(
        "event_conflicts",
        sa.Column("event_id", sa.String(255), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("resolution", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO event_conflicts (event_id, position, field, claims, resolution) "
               "SELECT object_id, position, field, claims, resolution FROM conflicts WHERE object_kind = 'event'")
    op.drop_table("conflicts")
    op.rename_table("event_conflicts", "conflicts")
    op.drop_table("document_versions")
    op.drop_index("ix_documents_origin", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("version")
        batch.drop_column("meta")
        batch.drop_column("origin")
