"""Find lexicon phrases in a Doc, token by token, proclitics allowed on the first word.

Phrases are folded and tokenized the way documents are, so a lexicon entry
"الولايات المتحدة" is found in "والولايات المتحدة" and reported without the "و".
"""
from __future__ import annotations

from bisect import bisect_left
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


class MatchIndex(Generic[P]):
    """Every match a matcher finds in one text: the longest at each token where one starts."""

    def __init__(self, at: dict[int, Match[P]]) -> None:
        self.at = at
        self.starts = sorted(at)

    def within(self, lo: int, hi: int) -> list[Match[P]]:
        """Non-overlapping longest matches starting within tokens [lo, hi), left to right."""
        starts, out = self.starts, []
        k = bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            m = self.at[starts[k]]
            out.append(m)
            k = bisect_left(starts, m.end_token, k + 1)
        return out


def _readings_index(doc: Doc, clitics: bool) -> dict[str, list[tuple[int, int, int]]]:
    """Each form the text's tokens can be read as (with their proclitics stripped, or as written)
    → its (token, rank of the reading among the token's, chars stripped), in token order."""
    key = ("readings", clitics)
    found = doc.layer.memo.get(key)
    if found is None:
        found = doc.layer.memo[key] = {}
        for i, tok in enumerate(doc.tokens):
            for rank, (stripped, form) in enumerate(clitic_readings(tok.norm) if clitics else ((0, tok.norm),)):
                found.setdefault(form, []).append((i, rank, stripped))
    return found


class PhraseMatcher(Generic[P]):
    """Longest-match lookup of many phrases at once (a token trie), all the matches in a text found in
    one pass and kept with the text."""

    def __init__(self, entries: Iterable[tuple[str, P]] = ()) -> None:
        self._trie: dict = {}
        self._version = 0  # matches kept for a text are those of this version of the phrases
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
        self._version += 1

    def __bool__(self) -> bool:
        return bool(self._trie)

    def index(self, doc: Doc, clitics: bool = True) -> MatchIndex[P]:
        """Every match in the doc's text, found once per text (proclitics allowed on the first word)."""
        key = (self, clitics, self._version)
        found = doc.layer.memo.get(key)
        if found is None:
            found = doc.layer.memo[key] = MatchIndex(self._scan(doc, clitics))
        return found

    def _scan(self, doc: Doc, clitics: bool) -> dict[int, Match[P]]:
        """The longest match at each token; of equally long ones, that of the token's first reading."""
        readings = _readings_index(doc, clitics)
        trie = self._trie
        if len(trie) < len(readings):
            heads = [(at, trie[form]) for form in trie if form in readings for at in readings[form]]
        else:
            heads = [(at, trie[form]) for form, ats in readings.items() if form in trie for at in ats]
        heads.sort(key=lambda h: h[0][:2])
        tokens, out = doc.tokens, {}
        for (i, _, stripped), node in heads:
            best = out.get(i)
            j = i + 1
            while node is not None:
                if None in node and (best is None or j > best.end_token):
                    start = doc.norm.span(tokens[i].nstart + stripped, tokens[i].nend)[0]
                    end = tokens[j - 1].end
                    best = out[i] = Match(i, j, start, end, doc.text[start:end], node[None])
                if j >= len(tokens):
                    break
                node = node.get(tokens[j].norm)
                j += 1
        return out

    def match_at(self, doc: Doc, i: int, clitics: bool = True) -> Match[P] | None:
        """The longest phrase starting at token i, if any."""
        if i < 0:  # as a list index: counted from the end
            i += len(doc.tokens)
        return self.index(doc, clitics).at.get(i)

    def find_all(self, doc: Doc, clitics: bool = True) -> list[Match[P]]:
        """Non-overlapping longest matches, left to right."""
        return self.index(doc, clitics).within(0, len(doc.tokens))
