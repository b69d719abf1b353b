"""What each part of the saved record was (so that a save writes only the parts that changed), and on
PostgreSQL an index to find a search entry by its object.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_parts",
        sa.Column("part", sa.String(32), primary_key=True),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("digest", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer, nullable=True),
    )
    if op.get_bind().dialect.name != "sqlite":  # SQLite's FTS5 entries are found by rowid instead
        op.create_index("search_entries_object", "search_entries", ["kind", "ref"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_index("search_entries_object", "search_entries")
    op.drop_table("saved_parts")
