"""Word shapes the person and body readers share: the article, proclitics, transliteration."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

from ...text.doc import Doc, Token, clitic_readings
from ...text.normalize import fold
from ..lexicon import Lexicon
from ..places import place_at

MAX_NAME_TOKENS = 5
WORD = re.compile(r"[^\W\d_]+")
FATHER_CONNECTORS = {"بن", "بنت", "ابن", "ولد"}  # "son/daughter of": the word after them is a name
NAME_CONNECTORS = {"بن", "بنت", "ابن", "ابو", "ال", "عبد", "ولد"}  # "ال" is the folded "آل"; "ولد": "son of" in Mauritania
ARABIC_NOUN_ENDINGS = ("ة", "ه", "ها", "هم", "هما", "ات", "ين")  # feminine, pronouns, plurals


def is_definite(form: str) -> bool:
    return form.startswith("ال") and len(form) > 3


def has_article(doc: Doc, k: int) -> bool:
    """Token k opens with the article as written: "إلدون" and "ألفاريز" fold like "ال..." but the
    article is never written with a hamza, so they are foreign names."""
    tok = doc.tokens[k]
    return is_definite(tok.norm) and doc.text[tok.start:tok.start + 2] not in ("إل", "أل")


def verbal_noun_shape(form: str) -> bool:
    """A folded word on a verbal-noun pattern: taf'il ("توقيع"), istif'al ("استعداد"), ifti'al ("اجتماع")."""
    return (len(form) == 5 and form[0] == "ت" and form[3] == "ي"
            or len(form) >= 6 and form.startswith("است")
            or len(form) == 6 and form[0] == "ا" and form[2] == "ت" and form[4] == "ا")


def purpose_shape(form: str) -> bool:
    """"ل" + a verbal noun, with or without the article: what a body does ("لتطوير", "للتكرير")."""
    return form.startswith("ل") and (verbal_noun_shape(form[1:]) or form.startswith("لل") and verbal_noun_shape(form[2:]))


def common_noun_shape(doc: Doc, k: int) -> bool:
    """Token k is shaped like a common noun, not a first name: a feminine noun ("رئاسة الجلسة"),
    a verbal noun ("استعداد الأمانة") or a feminine plural ("تطورات الأوضاع")."""
    tok = doc.tokens[k]
    written = doc.text[tok.start:tok.end]
    return written.endswith("ة") or verbal_noun_shape(tok.norm) or len(tok.norm) >= 6 and tok.norm.endswith("ات")


def readings(tok: Token) -> tuple[str, ...]:
    """The forms a token may be read as: itself, and without each proclitic it may carry."""
    return _forms(tok.norm)


@lru_cache(maxsize=1 << 16)  # asked of every token by every reader: words repeat
def _forms(word: str) -> tuple[str, ...]:
    return tuple(form for _, form in clitic_readings(word))


def starts_with_waw(tok: Token) -> bool:
    return tok.norm.startswith("و") and len(tok.norm) > 2


def looks_transliterated(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Token k is shaped like a foreign word written in Arabic: long vowels spelled out, none of
    the endings of Arabic nouns ("دعم بلاده", "لقاءات ثنائية"), no article, no place."""
    t = doc.tokens[k]
    form = t.norm
    return (t.is_word and len(form) >= 3 and not has_article(doc, k) and form not in lex.stopwords
            and any(c in "اوي" for c in form[1:]) and not form.endswith(ARABIC_NOUN_ENDINGS)
            and not verbal_noun_shape(form)
            and place_at(doc, k) is None)



def line_tokens(doc: Doc, limit: int) -> list[list[int]]:
    """Token indices of each line of the text before token `limit` (callers only read them): the
    writers' and the outlets' bylines read the same lines."""
    return doc.layer.remembered(("lines", limit), lambda: _line_tokens(doc, limit))


def _line_tokens(doc: Doc, limit: int) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    for t in doc.tokens[:limit]:
        if rows[-1] and doc.text.find("\n", doc.tokens[rows[-1][-1]].end, t.start) >= 0:
            rows.append([])
        rows[-1].append(t.i)
    return [row for row in rows if row]


T = TypeVar("T")
# A way of reading at a token: what it reads and the token after, or None.
Reading = Callable[[int], "tuple[list[T], int] | None"]


def read_left_to_right(limit: int, readings_in_order: Sequence[Reading], out: list[T] | None = None,
                       starts: Iterable[int] | None = None) -> list[T]:
    """Mentions read from token 0 to `limit` into `out` (which readings may look at: what was read
    before); at each token the first reading that fits wins and reading goes on after what it read.

    `starts`: the tokens, in order, where some reading may fit (every reading returns None at the
    others, so they are passed over); every token when not given."""
    out = [] if out is None else out
    i = 0
    for k in range(limit) if starts is None else starts:
        if k < i:
            continue  # inside what was read
        if k >= limit:
            break
        for reading in readings_in_order:
            read = reading(k)
            if read is not None:
                found, i = read
                out.extend(found)
                break
        else:
            i = k + 1
    return out


def opens_a_day(doc: Doc, i: int) -> bool:
    """The word is a part of the day before the day it names ("صباح اليوم", "مساء أمس", "صباح
    الأحد"): a time, not the given name "صباح" nor its short form."""
    if i + 1 >= len(doc.tokens):
        return False
    days, openers = _days()
    word = fold(doc.tokens[i].norm)
    if word not in openers:  # [speed] asked of every word of every name run
        return False
    after = fold(doc.tokens[i + 1].norm)
    return f"{word} {after}" in days.day_words or word in days.day_parts and after in days.weekdays


@lru_cache(maxsize=1)
def _days():
    """The dates lexicon, and the words that open a day of it (a phrase's first word, a part of the day)."""
    # imported here: the dates package reads the entities' office holders when it loads
    from ..dates.lexicon import lexicon as date_lexicon
    days = date_lexicon()
    return days, frozenset(phrase.split()[0] for phrase in days.day_words if " " in phrase) | days.day_parts
