"""Cross-document resolution."""
from .entities import resolve_entities

__all__ = ["resolve_entities"]
