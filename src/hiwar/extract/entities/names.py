"""Comparison keys of names: the same person written "بلينكن" and "بلنكن", or in full and in part."""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz.fuzz import ratio

from ...text.normalize import fold
from ..lexicon import lexicon
from ..places import read_rows
from .words import WORD

_PHONETIC = str.maketrans({"ط": "ت", "ث": "ت", "ظ": "ز", "ذ": "ز", "ض": "د", "ص": "س", "ى": "ي"})
_LINKS = ("بن", "بنت", "ابن")  # "son of", "daughter of": no part of a comparison key
FUZZY_KEY_CHARS = 5  # keys this long or longer may differ by a letter or two
FUZZY_KEY_RATIO = 85


@lru_cache(maxsize=1)
def _full_given_names() -> dict[str, str]:
    """Folded short forms of foreign given names → their full forms ("مايك" → "مايكل")."""
    return {fold(short): fold(full) for short, full in read_rows("given_name_forms.tsv")}


@lru_cache(maxsize=1 << 16)  # names repeat within and across documents: a key is computed once per word
def token_key(form: str) -> str:
    """Comparison key of a folded name token: article dropped; foreign names lose their matres; a short
    given name ("مايك") keys as its full form."""
    form = _full_given_names().get(form, form)
    if form in ("ال", *_LINKS):
        return form
    arabic = form in lexicon().given or form.startswith("ال") or form.startswith("عبد")
    base = form[2:] if form.startswith("ال") and len(form) > 3 else form
    if arabic:
        return base
    base = base.translate(_PHONETIC)
    return base[:1] + "".join(c for c in base[1:] if c not in "اوي")


@lru_cache(maxsize=1 << 14)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name; hyphens and initials' dots ("جان-إيف"، "جي. دي.") separate words."""
    return tuple(WORD.findall(fold(name).replace("عبد ", "عبد")))


@lru_cache(maxsize=1 << 14)
def name_keys(name: tuple[str, ...]) -> tuple[str, ...]:
    """The comparison keys of a name's words (from `name_tokens`), links ("بن") left out."""
    return tuple(token_key(t) for t in name if t not in _LINKS)


def keys_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= FUZZY_KEY_CHARS and ratio(a, b) >= FUZZY_KEY_RATIO


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person by name: same first name, and the shorter's rest is in order in the longer's."""
    if len(a) < 2 or len(b) < 2:
        return False
    ka, kb = name_keys(a), name_keys(b)
    return keys_equal(ka[0], kb[0]) and rest_in_order(ka, kb)


def rest_in_order(ka: tuple[str, ...], kb: tuple[str, ...]) -> bool:
    """The shorter key list's words after the first come, in order, among the longer's."""
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    pos = 1
    for key in short[1:]:
        while pos < len(long_) and not keys_equal(key, long_[pos]):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return True
