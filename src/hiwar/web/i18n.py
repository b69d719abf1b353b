"""The interface's words in Arabic (the default) and English, from strings.yaml."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ..datafiles import read_yaml
from ..views.labels import EVENT_LABELS

LANGUAGES = ("ar", "en")
DEFAULT = "ar"


@lru_cache(maxsize=1)
def _strings() -> dict:
    return read_yaml(Path(__file__).parent / "strings.yaml")


def translator(lang: str) -> Callable[[str], str]:
    words = _strings()[lang]
    return lambda key: words.get(key, key)


def event_label(event_type: str, lang: str) -> str:
    if lang == "ar":
        return _strings()["event_types"]["ar"].get(event_type, event_type)
    return EVENT_LABELS.get(event_type, event_type)
