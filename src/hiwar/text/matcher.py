"""Find lexicon phrases in a Doc, token by token, proclitics allowed on the first word.

Phrases are folded and tokenized the way documents are, so a lexicon entry
"الولايات المتحدة" is found in "والولايات المتحدة" and reported without the "و".
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import Generic, Iterable, NamedTuple, TypeVar

from .doc import Doc, TextLayer, _TOKEN, clitic_readings
from .normalize import fold

P = TypeVar("P")


class Match(NamedTuple, Generic[P]):  # a named tuple: made by the hundred per text, so built cheaply
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

    def __init__(self, at: dict[int, Match[P]], size: int) -> None:
        self.at = at
        self.starts = sorted(at)
        self.size = size  # tokens in the text

    def at_token(self, i: int) -> Match[P] | None:
        """The match at token i (None where none starts); i is a list index: negative counts from the end.
        [scale] Looked up in `at`: a list of every token per matcher and text held ~25 % of a text's layer."""
        if 0 <= i < self.size:
            return self.at.get(i)
        if -self.size <= i < 0:
            return self.at.get(i + self.size)
        raise IndexError(f"token {i} of {self.size}")

    def within(self, lo: int, hi: int) -> list[Match[P]]:
        """Non-overlapping longest matches starting within tokens [lo, hi), left to right."""
        starts, out = self.starts, []
        k = bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            m = self.at[starts[k]]
            out.append(m)
            k = bisect_left(starts, m.end_token, k + 1)
        return out

    def packed(self) -> PackedMatches:
        """The matches as a kept part holds them (`text.kept`): their spans and payloads."""
        if not self.at:
            return _NO_MATCHES
        matches = [self.at[i] for i in self.starts]
        return PackedMatches(array("l", [n for m in matches for n in m[:4]]), tuple(m.payload for m in matches))


class PackedMatches(NamedTuple):
    """A text's matches without their texts: (first token, end token, start, end) of each, in a row."""

    spans: array
    payloads: tuple

    def unpacked(self, layer: TextLayer) -> MatchIndex:
        spans, text, new = self.spans, layer.text, tuple.__new__
        at = {spans[k]: new(Match, (spans[k], spans[k + 1], spans[k + 2], spans[k + 3],
                                    text[spans[k + 2]:spans[k + 3]], payload))
              for k, payload in zip(range(0, len(spans), 4), self.payloads)}
        return MatchIndex(at, len(layer.tokens))


_NO_MATCHES = PackedMatches(array("l"), ())


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """Each word of the text → the tokens it is."""
    def positions() -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for tok in doc.tokens:
            found.setdefault(tok.norm, []).append(tok.i)  # the token's own int, not a copy
        return found

    return doc.layer.remembered("word positions", positions, keep=False)


def _clitic_forms(doc: Doc) -> dict[str, list[tuple[str, int, int]]]:
    """Each form a word of the text can be read as, its proclitics stripped → (the word, rank of the
    reading among the word's, chars stripped)."""
    def forms() -> dict[str, list[tuple[str, int, int]]]:
        found: dict[str, list[tuple[str, int, int]]] = {}
        for word in word_positions(doc):
            for form, reading in _form_readings(word):
                found.setdefault(form, []).append(reading)
        return found

    return doc.layer.remembered("clitic forms", forms, keep=False)


@lru_cache(maxsize=1 << 16)  # [scale] words repeat across texts: their readings are made once, shared
def _form_readings(word: str) -> tuple[tuple[str, tuple[str, int, int]], ...]:
    """(form, (the word, rank of the reading among the word's, chars stripped)) for each reading of a word."""
    return tuple((form, (word, rank, stripped)) for rank, (stripped, form) in enumerate(clitic_readings(word)))


class PhraseMatcher(Generic[P]):
    """Longest-match lookup of many phrases at once (a token trie), all the matches in a text found in
    one pass and kept with the text."""

    def __init__(self, entries: Iterable[tuple[str, P]] = ()) -> None:
        self._trie: dict = {}
        self._version = 0  # matches kept for a text are those of this version of the phrases
        # per clitics (False, True): the text last asked about and its matches (callers ask of one text at a time)
        self._recent: list[tuple[TextLayer, MatchIndex[P]] | None] = [None, None]
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
        self._recent = [None, None]

    def __bool__(self) -> bool:
        return bool(self._trie)

    def index(self, doc: Doc, clitics: bool = True) -> MatchIndex[P]:
        """Every match in the doc's text, found once per text (proclitics allowed on the first word)."""
        recent = self._recent[clitics]
        if recent is not None and recent[0] is doc.layer:
            return recent[1]
        found = doc.layer.remembered((self, clitics, self._version),
                                     lambda: MatchIndex(self._scan(doc, clitics), len(doc.tokens)))
        self._recent[clitics] = (doc.layer, found)
        return found

    def _scan(self, doc: Doc, clitics: bool) -> dict[int, Match[P]]:
        """The longest match at each token; of equally long ones, that of the token's first reading."""
        positions = word_positions(doc)
        forms = _clitic_forms(doc) if clitics else positions
        trie = self._trie
        heads = []  # ((token, rank of the reading, chars stripped), trie node after the first word)
        for form in trie.keys() & forms.keys():
            node = trie[form]
            for word, rank, stripped in forms[form] if clitics else ((form, 0, 0),):
                heads.extend(((i, rank, stripped), node) for i in positions[word])
        heads.sort(key=itemgetter(0))  # by token, then by the rank of the reading
        tokens, out, size, offsets = doc.tokens, {}, len(doc.tokens), doc.norm.offsets
        new = tuple.__new__  # the named tuple built as a plain one: no Python-level call per match
        for (i, _, stripped), node in heads:
            longest, payload, j = 0, None, i + 1
            while node is not None:
                if None in node:
                    longest, payload = j, node[None]
                if j >= size:
                    break
                node = node.get(tokens[j].norm)
                j += 1
            if longest and (i not in out or longest > out[i].end_token):
                start = offsets[tokens[i].nstart + stripped]  # a stripped proclitic leaves a stem of 2+ chars
                end = tokens[longest - 1].end
                out[i] = new(Match, (i, longest, start, end, doc.text[start:end], payload))
        return out

    def match_at(self, doc: Doc, i: int, clitics: bool = True) -> Match[P] | None:
        """The longest phrase starting at token i, if any (i is a list index: negative counts from the end)."""
        recent = self._recent[clitics]  # callers walk one text token by token: the index asked for last
        if recent is None or recent[0] is not doc.layer:
            return self.index(doc, clitics).at_token(i)
        return recent[1].at_token(i)

    def find_all(self, doc: Doc, clitics: bool = True) -> list[Match[P]]:
        """Non-overlapping longest matches, left to right."""
        return self.index(doc, clitics).within(0, len(doc.tokens))
