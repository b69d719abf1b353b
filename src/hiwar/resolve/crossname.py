"""One name across scripts (persons, and instruments by their words): "خليفة بن علي بن عيسى الحارثي" and "Khalifa bin Ali bin Issa Al-Harthy",
"Mathew Miller" and "Matthew Miller".

Arabic names are romanized (romanize.py) and both sides reduced to consonant skeletons: Latin
spellings of one Arabic name differ mostly in their vowels ("Busaidi", "Bous'idi"), doubled
letters, the article ("al-", "Al ", "Al-", "Elkhereiji"), the letters chosen for one Arabic sound
(ق: "Miqdad", "Mekdad"; French spellings: "Chaker", "Ouahbi") and how compounds are cut ("Abdel Fattah", "Amir-Abdollahian"); the
rules are in data/en/name_spelling.tsv. Two forms name one person when their first and last
names agree and the shorter's middle names are all in the longer: a shared first name alone
never suffices.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.english.lexicon import DATA as ENGLISH_DATA
from ..extract.english.lexicon import english_lexicon, latin_key, skeleton
from ..extract.places import read_rows
from ..extract.entities import name_tokens
from ..text.doc import clitic_readings
from ..text.language import ARABIC_LETTER
from ..text.normalize import fold
from .romanize import romanize_word

@lru_cache(maxsize=1)
def _spelling() -> tuple[frozenset[str], frozenset[str], dict[str, str], tuple[tuple[str, str], ...]]:
    """Particles, compound heads, French word heads, and (letters, folded letters) of one sound:
    data/en/name_spelling.tsv."""
    rows = read_rows("name_spelling.tsv", ENGLISH_DATA)
    words = {kind: frozenset(row[1] for row in rows if row[0] == kind) for kind in ("particle", "compound")}
    heads = {row[1]: row[2] for row in rows if row[0] == "head"}
    sounds = tuple((row[1], row[2]) for row in rows if row[0] == "sound")
    return words["particle"], words["compound"], heads, sounds


@lru_cache(maxsize=1)
def _letters() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """(Latin letters, the letters they are read as) before a skeleton is taken, and a skeleton's last
    letter folded: data/en/name_spelling.tsv, kinds "spelling" and "final"."""
    rows = read_rows("name_spelling.tsv", ENGLISH_DATA)
    return (tuple((row[1], row[2]) for row in rows if row[0] == "spelling"),
            {row[1]: row[2] for row in rows if row[0] == "final"})


def is_latin(name: str) -> bool:
    return not ARABIC_LETTER.search(name)


def _latin_words(name: str) -> list[str]:
    """A Latin name's words: hyphens cut ("Amir-Abdollahian"), initials dropped, a compound head
    kept with the word it opens ("Abdel Fattah"), a glued article dropped ("Elkhereiji" = "الخريجي")."""
    _, compounds, heads, _ = _spelling()
    words = [w for w in re.split(r"[\s\-]+", name) if w and not re.fullmatch(r"[A-Za-z]\.", w)]
    out: list[str] = []
    for w in words:
        if out and latin_key(out[-1]) in compounds:
            out[-1] += w
            continue
        head = next((h for h in heads if re.match(h + "[aeiy]", w, re.I)), None)
        w = heads[head] + w[len(head):] if head else w
        out.append(w[2:] if re.match(r"[Ee]l[^aeiouyAEIOUY\W]\w{3}", w) else w)
    return out


def _fold_sounds(skel: str) -> str:
    for letters, folded in _spelling()[3]:
        skel = skel.replace(letters, folded)
    skel = skel[:-1] + _letters()[1].get(skel[-1:], skel[-1:])
    return re.sub(r"(.)\1+", r"\1", skel)


@lru_cache(maxsize=4096)
def _skeletons(name: str) -> list[str]:
    if is_latin(name):
        skeletons = map(_word_skeleton, _latin_words(name))
    else:
        skeletons = map(_arabic_word_skeleton, name_tokens(name))
    return [s for s in skeletons if s is not None]


@lru_cache(maxsize=1 << 15)
def _word_skeleton(word: str) -> str | None:
    """A Latin word's skeleton, sounds folded; None for a particle or a word of no consonant. [scale]
    Kept per word: names are many, their words recur (~30,000 names a 20,000-document build)."""
    if latin_key(word) in _spelling()[0]:
        return None
    spelled = word.lower()
    for letters, read in _letters()[0]:
        spelled = spelled.replace(letters, read)
    if not (skel := skeleton(spelled)):
        return None
    return _fold_sounds(skel)


@lru_cache(maxsize=1 << 15)
def _arabic_word_skeleton(token: str) -> str | None:
    return _word_skeleton(romanize_word(token))


def first_skeleton(name: str) -> str | None:
    """[scale] The skeleton of a name's first word, that any name `same_name_across` it shares; None
    for a name that can match none."""
    skel = _skeletons(name)
    return skel[0] if len(skel) >= 2 and len(skel[-1]) >= 2 else None


_LINKS = frozenset({"bin", "ibn", "bint", "بن", "ابن", "بنت"})


def same_name_across(x: str, y: str) -> bool:
    """Whether two written forms, at least one of them in Latin letters, name one person."""
    a, b = _skeletons(x), _skeletons(y)
    if first_skeleton(x) is None or first_skeleton(y) is None or a[0] != b[0]:
        return False
    (short, short_name), (long_, _) = sorted(((a, x), (b, y)), key=lambda pair: len(pair[0]))
    if a[-1] != b[-1]:
        return _family_left_out(short, short_name, long_)
    return set(short[1:-1]) <= set(long_[1:-1])


def _family_left_out(short: list[str], name: str, long_: list[str]) -> bool:
    """"هيثم بن طارق" is "Haitham bin Tariq Al Said": a chain of fathers' names ("X bin Y") is the
    longer name without its last word, the family's."""
    words = {w.lower() for w in re.split(r"[\s\-]+", fold(name) if not is_latin(name) else name)}
    return bool(words & _LINKS) and len(long_) == len(short) + 1 and long_[:len(short)] == short


_INSTRUMENT_NOUNS = {"treaty", "agreement", "accords", "accord", "memorandum", "understanding", "letter", "intent"}
_LINKING = {"of", "and", "the", "on", "for", "in", "between", "to", "a", "an", "with", "u.s", "us"}


@lru_cache(maxsize=None)
def _name_words(table: str) -> dict[str, frozenset[str]]:
    """English word → its folded Arabic words (a row each: "bank" is "بنك" or "مصرف"), from a
    two-column table of data/en."""
    out: dict[str, set[str]] = {}
    for en, ar in read_rows(table, ENGLISH_DATA):
        out.setdefault(en, set()).add(fold(ar))
    return {en: frozenset(forms) for en, forms in out.items()}


def _instrument_words() -> dict[str, frozenset[str]]:
    return _name_words("instrument_words.tsv")


def same_subject_across(latin: str, arabic: str) -> bool:
    """Whether an instrument named in English is the one an Arabic subject names: every word that
    describes it (two at least; "treaty", "memorandum" may go unsaid) is in the Arabic subject."""
    table = _instrument_words()
    words = [w for w in re.findall(r"[a-z.]+", latin.lower()) if w.strip(".") not in _LINKING | _INSTRUMENT_NOUNS]
    forms = _arabic_forms(arabic)
    return len(words) >= 2 and all(table.get(w, frozenset()) & forms for w in words)


def _arabic_forms(arabic: str) -> set[str]:
    return {form for token in fold(arabic).split() for _, form in clitic_readings(token)}


@lru_cache(maxsize=1)
def _country_names() -> re.Pattern[str]:
    """English country names and adjectives, and the countries' abbreviations ("UAE"), longest
    first: "Central" alone is no country, "Central African Republic" is."""
    lex = english_lexicon()
    names = sorted({n.lower() for n in [*lex.countries, *lex.demonyms]} | _COUNTRY_ABBREVIATIONS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


_COUNTRY_ABBREVIATIONS = {"uae", "uk", "usa"}


@lru_cache(maxsize=4096)
def body_words(latin: str) -> tuple[frozenset[str] | None, ...]:
    """The words of an English body's name that its Arabic name must hold, each as its Arabic words
    without the article (None for a word the table lacks); its country's name is left out."""
    table = _name_words("body_words.tsv")
    words = [w for w in re.findall(r"[a-z]+", _country_names().sub(" ", latin.lower())) if w not in _LINKING]
    return tuple(frozenset(_bare(f) for f in table[w]) if w in table else None for w in words)


def _bare(form: str) -> str:
    """"الصندوق" and "صندوق" alike."""
    return form[2:] if form.startswith("ال") else form


def arabic_body_words(arabic: str) -> set[str]:
    return {_bare(f) for f in _arabic_forms(arabic)}


def same_body_across(latin: str, arabic: str, one_country: bool = False) -> bool:
    """Whether a body named in English is the one an Arabic name gives: every word of the English
    name but its linking and country words ("of the United States") has an Arabic word of its in the
    Arabic name; three words at least ("Export-Import Bank" = "بنك التصدير والاستيراد"), or two for
    bodies of one known country ("Reserve Bank of India" = "بنك الاحتياطي الهندي")."""
    words, held = body_words(latin), arabic_body_words(arabic)
    return len(words) >= (2 if one_country else 3) and all(w and w & held for w in words)
