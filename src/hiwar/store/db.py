"""Opening a store: URL resolution, engine setup, and the schema migrations.

`open_store()` brings the database to the latest Alembic revision shipped in
`migrations/` before handing it out; no alembic.ini is needed.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .saving import dump_json
from .store import Store

DEFAULT_URL = "sqlite:///hiwar.db"
URL_ENV = "HIWAR_DB"
MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened or migrated; the message is fit for one line of CLI output."""


def store_url(url: str | None = None) -> str:
    """The argument, else $HIWAR_DB, else ./hiwar.db; a plain path means a SQLite file."""
    url = url or os.environ.get(URL_ENV) or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return f"postgresql+psycopg://{rest}"  # psycopg 3 is the driver we install, not psycopg2
    return url


def open_store(url: str | None = None, create: bool = True) -> Store:
    """The store at `url`, migrated to the latest schema; with create=False a store that does not
    exist yet is refused (StoreError) and nothing is created."""
    resolved = store_url(url)
    try:
        engine = make_engine(resolved)
        if not create and not _exists(engine):
            engine.dispose()
            raise StoreError(f"no store at {_where(resolved)}; run hiwar ingest first")
        migrate(engine)
    except (ArgumentError, SQLAlchemyError, ImportError, OSError) as exc:
        raise StoreError(f"cannot open store {_safe(resolved)}: {_first_line(exc)}") from exc
    return Store(engine)


def _exists(engine: Engine) -> bool:
    """A store is a database holding Hiwar's tables (a SQLite file is never created to find out)."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database in (None, "", ":memory:") or not Path(database).is_file():
            return False
    return "documents" in inspect(engine).get_table_names()


def _where(url: str) -> str:
    parsed = make_url(url)
    return parsed.database if parsed.get_backend_name() == "sqlite" and parsed.database else _safe(url)


def make_engine(url: str) -> Engine:
    # Arabic stays readable in JSON columns; values the pipeline left as dates/tuples become text/lists.
    engine = create_engine(url, json_serializer=dump_json, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction: a migration cut short (an error, a SIGKILL)
    leaves the schema it started from, never half of the next one."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection, _ddl_in_the_transaction(connection), connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@contextmanager
def _ddl_in_the_transaction(connection: Connection) -> Iterator[None]:
    """pysqlite opens a transaction only before a row is written, so CREATE TABLE would commit on its
    own: on SQLite, hand the transaction to SQLite itself (an explicit BEGIN) while migrating."""
    if connection.dialect.name != "sqlite":
        yield  # PostgreSQL's DDL is transactional already
        return
    dbapi_connection = connection.connection.dbapi_connection
    legacy = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None
    event.listen(connection, "begin", _begin_explicitly)
    try:
        yield
    finally:
        event.remove(connection, "begin", _begin_explicitly)
        dbapi_connection.isolation_level = legacy  # the pooled connection goes back as it came


def _begin_explicitly(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Foreign keys on; write-ahead logging, so readers see the last committed record while an
    ingest writes; and a wait, not an error, when another writer holds the file."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":  # :memory: databases keep theirs
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _safe(url: str) -> str:
    """The URL without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
