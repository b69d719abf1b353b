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


def dialogue_sides(code: str, lang: str) -> str:
    """"KW-US" → "Kuwait – United States" (lang "en") or "الكويت – الولايات المتحدة" (lang "ar")."""
    return " – ".join(country_name(p, lang) for p in code.split("-"))


def country_name(code: str, lang: str) -> str:
    return _territories(lang).get(code, code)


def dialogue_label(code: str) -> str:
    """"KW-US" → "Kuwait – United States strategic dialogue (الكويت – الولايات المتحدة)"."""
    return f"{dialogue_sides(code, 'en')} strategic dialogue ({dialogue_sides(code, 'ar')}) [{code}]"
