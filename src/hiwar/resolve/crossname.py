"""One name across scripts (persons, and instruments by their words): "خليفة بن علي بن عيسى الحارثي" and "Khalifa bin Ali bin Issa Al-Harthy",
"Mathew Miller" and "Matthew Miller".

Arabic names are romanized (romanize.py) and both sides reduced to consonant skeletons: Latin
spellings of one Arabic name differ mostly in their vowels ("Busaidi", "Bous'idi"), doubled
letters and the article ("al-", "Al ", "Al-"). Two forms name one person when their first
and last names agree and the shorter's middle names are all in the longer: a shared first
name alone never suffices.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..extract.english.lexicon import latin_key, skeleton
from ..extract.entities import name_tokens
from ..text.doc import clitic_readings
from ..text.language import ARABIC_LETTER
from ..text.normalize import fold
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


_INSTRUMENT_NOUNS = {"treaty", "agreement", "accords", "accord", "memorandum", "understanding", "letter", "intent"}
_LINKING = {"of", "and", "the", "on", "for", "in", "between", "to", "a", "an", "with", "u.s", "us"}


@lru_cache(maxsize=1)
def _instrument_words() -> dict[str, str]:
    path = Path(__file__).resolve().parents[1] / "data" / "en" / "instrument_words.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {en.strip(): fold(ar.strip()) for en, ar in rows}


def same_subject_across(latin: str, arabic: str) -> bool:
    """Whether an instrument named in English is the one an Arabic subject names: every word that
    describes it (two at least; "treaty", "memorandum" may go unsaid) is in the Arabic subject."""
    table = _instrument_words()
    words = [w for w in re.findall(r"[a-z.]+", latin.lower()) if w.strip(".") not in _LINKING | _INSTRUMENT_NOUNS]
    forms = {form for token in fold(arabic).split() for _, form in clitic_readings(token)}
    return len(words) >= 2 and all(table.get(w) in forms for w in words)
