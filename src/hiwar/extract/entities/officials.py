"""Known officials found by a name written in full or in part ("أنتوني بلينكن", "أنتوني جون بلينكن").

The officials' names are keyed once (`names.name_keys`) and grouped by their first key, so that a
name is compared only with the names whose first word it may be, not with every official."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Official, lexicon
from .names import FUZZY_KEY_CHARS, keys_equal, name_keys, name_tokens, names_compatible, rest_in_order


@dataclass(frozen=True)
class OfficialNames:
    """The names of the lexicon's officials (of two words or more), by the key of their first word."""

    by_first: dict[str, list[tuple[int, tuple[str, ...]]]]  # first key → (official's rank, name's keys)
    loose_firsts: tuple[str, ...]  # first keys long enough to match a key that differs by a letter

    def candidates(self, first: str) -> list[tuple[int, tuple[str, ...]]]:
        """Names whose first key equals `first`, closely or exactly."""
        firsts = [first] if len(first) < FUZZY_KEY_CHARS else [k for k in self.loose_firsts if keys_equal(first, k)]
        return [name for k in firsts for name in self.by_first.get(k, ())]


@lru_cache(maxsize=1)
def official_names() -> OfficialNames:
    by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, official in enumerate(lexicon().officials):
        for name in official.names:
            forms = name_tokens(name)
            if len(forms) >= 2:
                keys = name_keys(forms)
                by_first.setdefault(keys[0], []).append((rank, keys))
    loose = tuple(k for k in by_first if len(k) >= FUZZY_KEY_CHARS)
    return OfficialNames(by_first, loose)


@lru_cache(maxsize=1)
def _written() -> dict[tuple[str, ...], int]:
    """Each official's names as written (folded words) → the first official with that name."""
    written: dict[tuple[str, ...], int] = {}
    for rank, official in enumerate(lexicon().officials):
        for name in official.names:
            written.setdefault(name_tokens(name), rank)
    return written


@lru_cache(maxsize=1 << 12)
def official_named(forms: tuple[str, ...]) -> Official | None:
    """The official one of whose names is written so, else the first of the lexicon with a name
    compatible with `forms` (`names_compatible`): "خالد بن سلمان" is the prince before it is a fit
    for "خالد سليمان الجارالله"."""
    if len(forms) < 2:
        return None
    if forms in _written():
        return lexicon().officials[_written()[forms]]
    keys = name_keys(forms)
    ranks = [rank for rank, theirs in official_names().candidates(keys[0]) if rest_in_order(keys, theirs)]
    return lexicon().officials[min(ranks)] if ranks else None


def fits_official(forms: tuple[str, ...], official: Official) -> bool:
    """Whether a name (folded words) is compatible with one of the official's names."""
    return any(names_compatible(forms, name_tokens(name)) for name in official.names)
