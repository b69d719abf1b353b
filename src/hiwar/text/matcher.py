"""Find lexicon phrases in a Doc, token by token, proclitics allowed on the first word.

Phrases are folded and tokenized the way documents are, so a lexicon entry
"الولايات المتحدة" is found in "والولايات المتحدة" and reported without the "و".
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from operator import itemgetter
from typing import Any, Generic, Iterable, NamedTuple, TypeVar
from weakref import WeakKeyDictionary

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


# A phrase of one matcher found in a text: (first token, rank of the reading of its word, chars of
# proclitic stripped, end token (exclusive), payload)
_Reach = tuple[int, int, int, int, Any]


class _Overlay:
    """Every matcher's phrases laid over one another in one token trie, whose phrase ends name the matcher
    (its slot) and payload: one walk of a text finds what every matcher finds in it.
    [speed] A text is asked of ~100 matchers, whose first words overlap (~600 walks for ~200 heads)."""

    def __init__(self) -> None:
        self.trie: dict = {}  # token → node; node[None] = [(slot, payload)] of the phrases ending there
        self.slots: WeakKeyDictionary[PhraseMatcher, int] = WeakKeyDictionary()
        self.laid = 0  # slots given out: those of matchers gone stay in the trie until it is laid again
        self.version = 0  # reaches kept for a text are those of this version of the trie
        # (layer, version, reaches) of the texts last asked about, newest first: an analysis goes between
        # its text and its title
        self._recent: list[tuple[TextLayer, int, dict[int, list[_Reach]]]] = []

    def slot(self, matcher: PhraseMatcher) -> int:
        """The matcher's slot, its phrases laid over the others' when first asked (a copy made by pickle
        is a matcher of its own)."""
        slot = self.slots.get(matcher)
        if slot is None:
            if self.laid >= 2 * len(self.slots) + 64:  # mostly matchers that are gone: lay the living again
                living = list(self.slots)
                self.trie, self.slots, self.laid = {}, WeakKeyDictionary(), 0
                for other in living:
                    self._lay(other)
            slot = self._lay(matcher)
        return slot

    def _lay(self, matcher: PhraseMatcher) -> int:
        slot = self.slots[matcher] = self.laid
        self.laid += 1
        self.version += 1
        stack = [(matcher._trie, self.trie)]
        while stack:
            own, laid = stack.pop()
            for word, child in own.items():
                if word is None:
                    laid.setdefault(None, []).append((slot, child))
                else:
                    stack.append((child, laid.setdefault(word, {})))
        return slot

    def add(self, matcher: PhraseMatcher, words: tuple[str, ...], payload: Any) -> None:
        """A phrase added to a matcher already laid (unless the matcher had it: its first payload stays)."""
        slot = self.slots.get(matcher)
        if slot is None:
            return
        node = self.trie
        for word in words:
            node = node.setdefault(word, {})
        ends = node.setdefault(None, [])
        if all(s != slot for s, _ in ends):
            ends.append((slot, payload))
            self.version += 1

    def reaches(self, doc: Doc) -> dict[int, list[_Reach]]:
        """Slot → every phrase of the matcher that starts at a reading of a word of the text, by first
        token, then rank of the reading, then end: found once per text for every matcher.
        [scale] Kept for the last few texts asked about, not with the text (~80 KB): each matcher keeps
        its own matches of a text, and a text is read again mostly by the matchers that read it first."""
        layer = doc.layer
        for known in self._recent:
            if known[0] is layer and known[1] == self.version:
                return known[2]
        found = self._walk(doc)
        self._recent = [(layer, self.version, found), *self._recent[:_RECENT_TEXTS - 1]]
        return found

    def _walk(self, doc: Doc) -> dict[int, list[_Reach]]:
        trie = self.trie
        heads = []  # ((token, rank of the reading, chars stripped), trie node after the first word)
        for word, positions in word_positions(doc).items():
            for rank, (stripped, form) in enumerate(clitic_readings(word)):
                node = trie.get(form)
                if node is not None:
                    heads.extend(((i, rank, stripped), node) for i in positions)
        heads.sort(key=itemgetter(0))  # by token, then by the rank of the reading (one head per pair)
        tokens, size, found = doc.tokens, len(doc.tokens), {}
        for (i, rank, stripped), node in heads:
            j = i + 1
            while node is not None:
                ends = node.get(None)
                if ends is not None:
                    for slot, payload in ends:
                        if slot in found:
                            found[slot].append((i, rank, stripped, j, payload))
                        else:
                            found[slot] = [(i, rank, stripped, j, payload)]
                if j >= size:
                    break
                node = node.get(tokens[j].norm)
                j += 1
        return found


_RECENT_TEXTS = 4


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
        _OVERLAY.slot(self)  # laid with the others at once: one laid later has the text then read walked again

    def add(self, phrase: str, payload: P) -> None:
        node = self._trie
        toks = phrase_tokens(phrase)
        if not toks:
            return
        for tok in toks:
            node = node.setdefault(tok, {})
        node.setdefault(None, payload)  # the first payload added for a phrase wins
        _OVERLAY.add(self, toks, payload)
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
        """The longest match at each token; of equally long ones, that of the token's first reading (the
        word itself, all a scan without clitics reads)."""
        out: dict[int, Match[P]] = {}
        offsets, tokens, text = doc.norm.offsets, doc.tokens, doc.text
        new = tuple.__new__  # the named tuple built as a plain one: no Python-level call per match
        for i, rank, stripped, end, payload in _OVERLAY.reaches(doc).get(_OVERLAY.slot(self), ()):
            if (clitics or not rank) and (i not in out or end > out[i].end_token):
                start = offsets[tokens[i].nstart + stripped]  # a stripped proclitic leaves a stem of 2+ chars
                stop = tokens[end - 1].end
                out[i] = new(Match, (i, end, start, stop, text[start:stop], payload))
        return out

    def match_at(self, doc: Doc, i: int, clitics: bool = True) -> Match[P] | None:
        """The longest phrase starting at token i, if any (i is a list index: negative counts from the end)."""
        recent = self._recent[clitics]  # callers walk one text token by token: the index asked for last
        index = recent[1] if recent is not None and recent[0] is doc.layer else self.index(doc, clitics)
        if 0 <= i < index.size:  # [speed] asked ~900 times a text: `at_token` only for the rest
            return index.at.get(i)
        return index.at_token(i)

    def find_all(self, doc: Doc, clitics: bool = True) -> list[Match[P]]:
        """Non-overlapping longest matches, left to right."""
        return self.index(doc, clitics).within(0, len(doc.tokens))


_OVERLAY = _Overlay()
