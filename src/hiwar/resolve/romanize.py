"""A readable Arabic → Latin romanization of names (data/ar/romanize.tsv), for names
that the curated gazetteers do not give in English."""
from __future__ import annotations

from functools import lru_cache

from ..extract.places import read_rows
from ..text.normalize import fold


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Whole words, letters, and letters read as vowels inside a word."""
    tables: dict[str, dict[str, str]] = {"word": {}, "letter": {}, "medial": {}}
    for kind, arabic, latin in read_rows("romanize.tsv"):
        tables[kind][fold(arabic) if kind == "word" else arabic] = latin
    return tables["word"], tables["letter"], tables["medial"]


@lru_cache(maxsize=1 << 15)  # [scale] a word recurs in many names: ~80,000 words a 20,000-document build
def romanize_word(word: str) -> str:
    words, letters, medial = _table()
    if word in words:
        return words[word]
    if word.startswith("ال") and len(word) > 3:
        return "Al-" + romanize_word(word[2:])
    latin = "".join((medial if 0 < i else letters).get(ch) or letters.get(ch, ch) for i, ch in enumerate(word))
    return latin[:1].upper() + latin[1:]


def romanize(name: str) -> str:
    """"ناصر سالمين" → "Nasser Salamin": written letters only, long vowels as vowels."""
    out = []
    tokens = fold(name).split()
    for i, tok in enumerate(tokens):
        if tok == "ال" and i + 1 < len(tokens):  # "آل ثاني"
            out.append("Al")
            continue
        out.append(romanize_word(tok))
    return " ".join(out)
