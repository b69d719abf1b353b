"""Find lexicon phrases in a Doc, token by token, proclitics allowed on the first word.

Phrases are folded and tokenized the way documents are, so a lexicon entry
"الولايات المتحدة" is found in "والولايات المتحدة" and reported without the "و".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

from .doc import Doc, _TOKEN, clitic_readings
from .normalize import fold

P = TypeVar("P")


@dataclass(frozen=True)
class Match(Generic[P]):
    first_token: int
    end_token: int  # exclusive
    start: int  # original offsets, proclitic excluded
    end: int
    text: str  # original text of the match
    payload: P


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(fold(phrase)))


class PhraseMatcher(Generic[P]):
    """Longest-match lookup of many phrases at once (a token trie)."""

    def __init__(self, entries: Iterable[tuple[str, P]] = ()) -> None:
        self._trie: dict = {}
        # word → its readings (clitic readings, or the word alone) that begin a phrase: most words begin none
        self._heads: dict[tuple[str, bool], tuple[tuple[int, dict], ...]] = {}
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: P) -> None:
        node = self._trie
        toks = phrase_tokens(phrase)
        if not toks:
            return
        for tok in toks:
            node = node.setdefault(tok, {})
        node.setdefault(None, payload)  # the first payload added for a phrase wins
        self._heads.clear()

    def __bool__(self) -> bool:
        return bool(self._trie)

    def match_at(self, doc: Doc, i: int, clitics: bool = True) -> Match[P] | None:
        """The longest phrase starting at token i, if any."""
        tokens = doc.tokens
        word = tokens[i].norm
        heads = self._heads.get((word, clitics))
        if heads is None:
            readings = clitic_readings(word) if clitics else ((0, word),)
            heads = self._heads[(word, clitics)] = tuple(
                (stripped, self._trie[form]) for stripped, form in readings if form in self._trie)
        best: Match[P] | None = None
        for stripped, node in heads:
            j = i + 1
            while node is not None:
                if None in node and (best is None or j > best.end_token):
                    start = doc.norm.span(tokens[i].nstart + stripped, tokens[i].nend)[0]
                    end = tokens[j - 1].end
                    best = Match(i, j, start, end, doc.text[start:end], node[None])
                if j >= len(tokens):
                    break
                node = node.get(tokens[j].norm)
                j += 1
        return best

    def find_all(self, doc: Doc, clitics: bool = True) -> list[Match[P]]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match[P]] = []
        i = 0
        while i < len(doc.tokens):
            m = self.match_at(doc, i, clitics)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end_token
        return out
