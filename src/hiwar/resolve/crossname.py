"""One name across scripts: "خليفة بن علي بن عيسى الحارثي" and "Khalifa bin Ali bin Issa Al-Harthy",
"Mathew Miller" and "Matthew Miller".

Arabic names are romanized (romanize.py) and both sides reduced to consonant skeletons: Latin
spellings of one Arabic name differ mostly in their vowels ("Busaidi", "Bous'idi"), doubled
letters and the article ("al-", "Al ", "Al-"). Two forms name one person when their first
and last names agree and the shorter's middle names are all in the longer: a shared first
name alone never suffices.
"""
from __future__ import annotations

import re

from ..extract.english.lexicon import latin_key, skeleton
from ..extract.entities import name_tokens
from ..text.language import ARABIC_LETTER
from .romanize import romanize_word

_PARTICLES = {"bin", "bint", "ibn", "ben", "al", "el", "abu"}


def is_latin(name: str) -> bool:
    return not ARABIC_LETTER.search(name)


def _skeletons(name: str) -> list[str]:
    if is_latin(name):
        words = [w for w in re.split(r"\s+", name) if w and not re.fullmatch(r"[A-Za-z]\.", w)]
    else:
        words = [romanize_word(t) for t in name_tokens(name)]
    return [s for w in words if latin_key(w) not in _PARTICLES and (s := skeleton(w))]


def same_name_across(x: str, y: str) -> bool:
    """Whether two written forms, at least one of them in Latin letters, name one person."""
    a, b = _skeletons(x), _skeletons(y)
    if min(len(a), len(b)) < 2 or a[0] != b[0] or a[-1] != b[-1] or len(a[-1]) < 2:
        return False
    short, long_ = sorted((a, b), key=len)
    return set(short[1:-1]) <= set(long_[1:-1])
