"""Offset-preserving normalization of Arabic (and English) news text.

Every later stage matches on `NormalizedText.text` and reports offsets into the
original through `NormalizedText.span`. Normalization deletes characters (diacritics,
tatweel, invisible marks), replaces one character by one, and puts a space between words
that a page ran together ("المملكةالعربية"); so the map from normalized to original
positions is a simple array (an inserted space takes the position of the word after it).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Harakat, Quranic marks, superscript alef, tatweel, and zero-width / direction marks.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

_FOLD = str.maketrans({
    # alef variants, alef maqsura, ta marbuta, hamza carriers
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    # Persian / Urdu letter forms seen in Gulf and Iraqi text
    "ی": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه", "ھ": "ه",
    # Arabic-Indic and Persian digits
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    # both quotation styles, and Arabic punctuation variants
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‹": '"', "›": '"',
    "٬": ",", "٫": ".", "\u00a0": " ", "–": "-", "—": "-",
})
# [speed] str.translate looks every character of a non-ASCII text up in the table (~0.3 µs each, ~1 ms
# a text); a text holds few of the table's characters, each replaced in one scan of the text. No
# character the table yields is one it maps (tests/text/test_normalize.py), so the order of the
# replacements does not matter.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


def _folded(text: str) -> str:
    """`text.translate(_FOLD)`, done by a scan of the text per character of the table it holds."""
    for char, replacement in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return text


# Where a word ends though no space follows: after ta marbuta and alef maqsura, which end
# every word they are in; after a final hamza before "و"/"ال" ("البناءوالتنمية"); after a
# plural that opens a name and runs into its next word ("الولاياتالمتحدة").
_LETTER = "[\u0621-\u063a\u0641-\u064a]"
# Each match ends where a space goes (the letters before it are matched, not looked behind at: the
# search then skips ahead to those letters instead of trying every position).
_RUN_TOGETHER = re.compile(f"[ةى](?={_LETTER})|ء(?=و?ال)|(?:الولايات|الإمارات|الامارات)(?=ال)")


@dataclass(frozen=True)
class NormalizedText:
    """`text` is the normalized form; `offsets[i]` is the original index of `text[i]`."""

    original: str
    text: str
    offsets: Sequence[int]  # len(text) + 1 entries; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized slice text[start:end]."""
        if start >= end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_slice(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def normalize(text: str) -> NormalizedText:
    breaks = {m.end() for m in _RUN_TOGETHER.finditer(text)}
    if breaks:
        return _normalize_with_breaks(text, breaks)
    dropped = {m.start() for m in _DROP.finditer(text)}
    kept = _DROP.sub("", text) if dropped else text
    folded = _folded(kept).lower()
    # Whole-string lowering equals lowering char by char unless a char lowers to two (İ) or by
    # context (final sigma): then go char by char, keeping the map one-to-one.
    if len(folded) != len(kept) or "Σ" in kept:
        folded = "".join(f if len(f := ch.translate(_FOLD).lower()) == 1 else ch for ch in kept)
    if not dropped:  # [scale] one to one: the map is the identity, held as a range, not thousands of ints
        return NormalizedText(text, folded, range(len(text) + 1))
    offsets = [i for i in range(len(text)) if i not in dropped]
    offsets.append(len(text))
    return NormalizedText(text, folded, tuple(offsets))


def _normalize_with_breaks(text: str, breaks: set[int]) -> NormalizedText:
    """Character by character, with a space before each word that a page ran into the one before it
    ("الولاياتالمتحدة"); the space maps to the original character it stands before."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        if i in breaks:
            chars.append(" ")
            offsets.append(i)
        folded = ch.translate(_FOLD).lower()
        chars.append(folded if len(folded) == 1 else ch)  # keep the map one-to-one
        offsets.append(i)
    offsets.append(len(text))
    return NormalizedText(text, "".join(chars), tuple(offsets))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Normalized form of a lexicon entry or name: same rules, whitespace collapsed."""
    return " ".join(normalize(text).text.split())
