"""Cached per-document results (analyses, anchor clues) and the ids record objects keep.

Revision ID: 0003
Revises: 0001 (0002 once the document-identity revision lands; see the branch notes)
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cached_results",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("payload", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "kept_ids",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("span", sa.String(64), primary_key=True),
        sa.Column("object_id", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("kept_ids")
    op.drop_table("cached_results")
