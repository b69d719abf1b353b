"""A document's text layer: normalized text, tokens and sentences over the original.

`Doc` is what every extractor receives. Tokens and sentences carry both their
original offsets (`start`, `end`: what we report) and their normalized offsets
(`nstart`, `nend`: where we match).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import attrgetter
from pathlib import Path
from sys import intern
from collections.abc import Callable, Hashable, Iterator
from typing import Any, NamedTuple, TypeVar

from . import kept
from .normalize import NormalizedText, normalize

V = TypeVar("V")

# Words are runs of letters and digits; every other visible character is a token of its own.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
# A sentence ends at . ! ? ؟ ; or ؛ followed by space, or at a line break; crawled pages also run
# sentences together ("في البيت الأبيض.وأفاد"), so an end mark right before an Arabic letter ends one too.
_SENTENCE_END = re.compile(r"(?<=[.!?؟;؛])\s+|(?<=[.!?؟؛])(?=[\u0621-\u064a])|\s*\n\s*")

# Proclitics that attach to a word: conjunctions, prepositions, and the article.
# "لل" is ل + ال with the alef elided, so its remainder takes the article back.
_PROCLITICS: tuple[tuple[str, str], ...] = (
    ("وبال", "ال"), ("وكال", "ال"), ("فبال", "ال"), ("ولل", "ال"), ("فلل", "ال"),
    ("وال", "ال"), ("فال", "ال"), ("بال", "ال"), ("كال", "ال"), ("لل", "ال"),
    ("وب", ""), ("ول", ""), ("وك", ""), ("فب", ""), ("فل", ""),
    ("و", ""), ("ف", ""), ("ب", ""), ("ل", ""), ("ك", ""),
)
_MIN_STEM = 2


@lru_cache(maxsize=1 << 17)  # every matcher asks this of every token: words repeat, so ask once per word
def clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """The ways to read a normalized word: (chars of proclitic stripped, remaining form).

    The word itself comes first. "والولايات" → ((0, "والولايات"), (1, "الولايات"));
    "للمشارق" → ((0, "للمشارق"), (1, "المشارق")).
    """
    readings = [(0, word)]
    for prefix, restore in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            stripped = len(prefix) - len(restore)  # "لل" strips nothing visible: ل + (ا)ل
            form = restore + word[len(prefix):]
            if all(form != f for _, f in readings):
                readings.append((stripped, form))
    return tuple(readings)


def _after_abbreviation(ntext: str, end: int) -> bool:
    """A period closing an English abbreviation or initial ("U.S.", "Dr.", "Antony J.") ends no sentence."""
    if end == 0 or ntext[end - 1] != "." or end < len(ntext) and ntext[end] == "\n":
        return False
    word = _word_before(ntext, end - 1)
    return len(word) == 1 and word.isascii() and word.isalpha() or word in english_abbreviations()


_WORD_OR_PERIOD = re.compile(r"[\w.]")


def _word_before(text: str, stop: int) -> str:
    """The run of word characters and periods that ends at `stop` (or at a line break just before it,
    as a search for `[\\w.]*$` in text[:stop] finds it), read backwards: no copy of the text before it."""
    if stop > 0 and text[stop - 1] == "\n":
        stop -= 1
    start = stop
    while start > 0 and _WORD_OR_PERIOD.match(text, start - 1):
        start -= 1
    return text[start:stop]


@lru_cache(maxsize=1)
def english_abbreviations() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "data" / "en" / "abbreviations.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class Token(NamedTuple):  # a named tuple: made by the thousand per text, so built cheaply
    i: int
    norm: str  # normalized form
    nstart: int
    nend: int
    start: int  # original offsets
    end: int

    @property
    def is_word(self) -> bool:
        return self.norm[0].isalnum()


@dataclass(frozen=True)
class Sentence:
    i: int
    start: int  # original offsets
    end: int
    nstart: int
    nend: int
    first_token: int
    end_token: int  # exclusive


_UNKNOWN = object()  # no value remembered under a key


class TextLayer:
    """What a text yields whatever Doc is made of it: its normalized form, tokens and sentences, and
    `memo`, where later layers keep what they derive from the text alone (a matcher's matches), and
    what an earlier layer of the text kept of it (`keep_part`), taken back when asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = normalize(text)
        offsets = self.norm.offsets
        new = tuple.__new__  # the named tuple built as a plain one: no Python-level call per token
        # [scale] a word's forms are one string (interned): a text repeats its words, and so do texts;
        # where normalizing kept every character, original and normalized offsets are the same ints
        words = enumerate(_TOKEN.finditer(self.norm.text))
        if isinstance(offsets, range):
            self.tokens = [new(Token, (i, intern(m.group()), s := m.start(), e := m.end(), s, e)) for i, m in words]
        else:
            self.tokens = [new(Token, (i, intern(m.group()), m.start(), m.end(), offsets[m.start()],
                                       offsets[m.end() - 1] + 1)) for i, m in words]
        self._memo: dict[Hashable, Any] = {}
        self._kept = kept.kept(text)
        self._rebuilt: set[Hashable] = set()  # keys the tokens give back sooner than a kept part would

    def remembered(self, key: Hashable, compute: Callable[[], V], keep: bool = True) -> V:
        """What `compute` derives from this text alone (under `key`), computed once per text; callers
        share the value and only read it. `keep=False`: a value derived from the tokens more cheaply than
        it is kept, left out of `kept_values`."""
        value = self._memo.get(key, _UNKNOWN)  # [speed] a miss raises no exception
        if value is not _UNKNOWN:
            return value
        if not keep:
            self._rebuilt.add(key)
        if key in self._kept:
            value = self._memo[key] = kept.unpacked(self._kept.pop(key), self)
            return value
        value = self._memo[key] = compute()
        return value

    def kept_values(self) -> Iterator[tuple[Hashable, Any]]:
        """What a later reading of the text against other anchors takes back (`keep_part`): every value
        derived so far, packed small, and those kept before that nobody asked for this time."""
        for key, value in self._memo.items():
            if key not in self._rebuilt:
                yield key, kept.packed(value)
        yield from self._kept.items()

    @cached_property
    def sentences(self) -> list[Sentence]:
        ntext = self.norm.text
        bounds: list[tuple[int, int]] = []
        pos = 0
        for m in _SENTENCE_END.finditer(ntext):
            if _after_abbreviation(ntext, m.start()):
                continue
            if m.start() > pos:
                bounds.append((pos, m.start()))
            pos = m.end()
        if pos < len(ntext) and ntext[pos:].strip():
            bounds.append((pos, len(ntext)))
        out: list[Sentence] = []
        tokens = self.tokens
        t = 0
        for i, (ns, ne) in enumerate(bounds):
            while t < len(tokens) and tokens[t].nstart < ns:
                t += 1
            first = t
            while t < len(tokens) and tokens[t].nend <= ne:
                t += 1
            start, end = self.norm.span(ns, ne)
            out.append(Sentence(i, start, end, ns, ne, first, t))
        return out


@lru_cache(maxsize=32)  # one analysis builds a Doc of the same text several times, in several modules
def text_layer(text: str) -> TextLayer:
    """The layer of a text: a recent one, else a new one (taking back what `keep_part` kept of the text)."""
    return TextLayer(text)


def keep_part(text: str) -> None:
    """Keep what the text's layer derived that no anchor changes (`TextLayer.kept_values`, a few KB
    against ~280 KB for the whole layer) until `release_layers`: each new layer of the text takes it back."""
    kept.keep(text, text_layer(text).kept_values())


def release_layers() -> None:
    """Let go of every kept part and recent layer."""
    kept.release()
    text_layer.cache_clear()


@dataclass
class Doc:
    text: str
    id: str = ""
    norm: NormalizedText = field(init=False)
    tokens: list[Token] = field(init=False)
    layer: TextLayer = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.layer = text_layer(self.text)
        self.norm, self.tokens = self.layer.norm, self.layer.tokens

    @property
    def sentences(self) -> list[Sentence]:
        return self.layer.sentences

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence containing an original offset (the last one before it otherwise)."""
        sentences = self.sentences
        return sentences[max(0, bisect_right(sentences, offset, key=_START) - 1)]

    def token_at(self, offset: int) -> int:
        """Index of the first token ending after an original offset."""
        return bisect_right(self.tokens, offset, key=_END)


_START, _END = attrgetter("start"), attrgetter("end")  # sentences and tokens are in text order
