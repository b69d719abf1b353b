"""Persistence: documents and the derived record in SQLite (default) or PostgreSQL."""
from . import cache, identities  # noqa: F401 -- their tables belong to the schema the migrations build
from .db import StoreError, open_store
from .documents import AddResult
from .store import Store

__all__ = ["AddResult", "Store", "StoreError", "open_store"]
