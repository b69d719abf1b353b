"""Comparison keys of names: the same person written "بلينكن" and "بلنكن", or in full and in part."""
from __future__ import annotations

from ...text.normalize import fold
from ..lexicon import Lexicon, lexicon
from .words import WORD

_PHONETIC = str.maketrans({"ط": "ت", "ث": "ت", "ظ": "ز", "ذ": "ز", "ض": "د", "ص": "س", "ى": "ي"})


def token_key(form: str, lex: Lexicon | None = None) -> str:
    """Comparison key of a folded name token: article dropped; foreign names lose their matres."""
    lex = lex or lexicon()
    if form in ("ال", "بن", "بنت", "ابن"):
        return form
    arabic = form in lex.given or form.startswith("ال") or form.startswith("عبد")
    base = form[2:] if form.startswith("ال") and len(form) > 3 else form
    if arabic:
        return base
    base = base.translate(_PHONETIC)
    return base[:1] + "".join(c for c in base[1:] if c not in "اوي")


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name; hyphens and initials' dots ("جان-إيف"، "جي. دي.") separate words."""
    return tuple(WORD.findall(fold(name).replace("عبد ", "عبد")))


def keys_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 5:
        from rapidfuzz.fuzz import ratio
        return ratio(a, b) >= 85
    return False


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person by name: same first name, and the shorter's rest is in order in the longer's."""
    if len(a) < 2 or len(b) < 2:
        return False
    lex = lexicon()
    wa = [t for t in a if t not in ("بن", "بنت", "ابن")]
    wb = [t for t in b if t not in ("بن", "بنت", "ابن")]
    if not keys_equal(token_key(wa[0], lex), token_key(wb[0], lex)):
        return False  # most pairs differ at the first name: the other keys are not needed
    ka, kb = [token_key(t, lex) for t in wa], [token_key(t, lex) for t in wb]
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    pos = 1
    for key in short[1:]:
        while pos < len(long_) and not keys_equal(key, long_[pos]):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return True

