"""Persistence: documents and the derived record in SQLite (default) or PostgreSQL."""
from .db import StoreError, open_store
from .documents import AddResult
from .store import Store

__all__ = ["AddResult", "Store", "StoreError", "open_store"]
