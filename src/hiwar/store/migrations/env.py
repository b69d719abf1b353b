"""Alembic environment: runs on the connection `hiwar.store.db` hands over in
`config.attributes["connection"]`, or on `sqlalchemy.url` when run from the alembic CLI."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hiwar.store.models import Base

config = context.config


def run_migrations(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as fresh:
        run_migrations(fresh)
