"""Readable names for codes: event types and dialogues."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

EVENT_LABELS = {
    "round_session": "round session",
    "working_group_session": "working group session",
    "bilateral_meeting": "bilateral meeting",
    "visit": "visit",
    "signing": "signing",
    "statement": "statement",
    "press_conference": "press conference",
    "briefing": "briefing",
    "military_exercise": "military exercise",
    "multilateral_meeting": "multilateral meeting",
}


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).territories)


def dialogue_label(code: str) -> str:
    """"KW-US" → "Kuwait – United States strategic dialogue (الكويت – الولايات المتحدة)"."""
    parts = code.split("-")
    en = " – ".join(_territories("en").get(p, p) for p in parts)
    ar = " – ".join(_territories("ar").get(p, p) for p in parts)
    return f"{en} strategic dialogue ({ar}) [{code}]"
