"""The web app's tables: accounts, login sessions, curations (the audit log), the search index, and an
index on events.dialogue for a dialogue's page.

The search index is an FTS5 table on SQLite and a plain table with a GIN text-search index on
PostgreSQL; both hold the folded text (text/normalize.fold plus spelling alternations).

Revision ID: 0004
Revises: 0001 (on this branch; the lead re-chains it after 0002 and 0003)
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_name", sa.String(64), sa.ForeignKey("users.name", ondelete="CASCADE"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "curations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("object_kind", sa.String(16), nullable=False),
        sa.Column("object_id", sa.String(255), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.String(64)),
        sa.Column("value", sa.JSON),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_events_dialogue", "events", ["dialogue"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE search_entries USING fts5("
                   "kind UNINDEXED, ref UNINDEXED, label UNINDEXED, body, tokenize='unicode61')")
    else:
        op.create_table(
            "search_entries",
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("ref", sa.String(255), nullable=False),
            sa.Column("label", sa.Text, nullable=False),
            sa.Column("body", sa.Text, nullable=False),
        )
        op.execute("CREATE INDEX search_entries_body ON search_entries USING gin (to_tsvector('simple', body))")


def downgrade() -> None:
    op.execute("DROP TABLE search_entries")
    op.drop_table("curations")
    op.drop_table("web_sessions")
    op.drop_table("users")
    op.drop_index("ix_events_dialogue", "events")
