"""Word shapes the person and body readers share: the article, proclitics, transliteration."""
from __future__ import annotations

import re

from ...text.doc import Doc, Token, clitic_readings
from ..lexicon import Lexicon
from ..places import place_at

MAX_NAME_TOKENS = 5
WORD = re.compile(r"[^\W\d_]+")
NAME_CONNECTORS = {"بن", "بنت", "ابن", "ابو", "ال", "عبد"}  # "ال" is the folded "آل"
ARABIC_NOUN_ENDINGS = ("ة", "ه", "ها", "هم", "هما", "ات", "ين")  # feminine, pronouns, plurals


def is_definite(form: str) -> bool:
    return form.startswith("ال") and len(form) > 3


def readings(tok: Token) -> list[str]:
    return [form for _, form in clitic_readings(tok.norm)]


def starts_with_waw(tok: Token) -> bool:
    return tok.norm.startswith("و") and len(tok.norm) > 2


def looks_transliterated(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Token k is shaped like a foreign word written in Arabic: long vowels spelled out, none of
    the endings of Arabic nouns ("دعم بلاده", "لقاءات ثنائية"), no article, no place."""
    t = doc.tokens[k]
    form = t.norm
    return (t.is_word and len(form) >= 3 and not is_definite(form) and form not in lex.stopwords
            and any(c in "اوي" for c in form[1:]) and not form.endswith(ARABIC_NOUN_ENDINGS)
            and place_at(doc, k) is None)

