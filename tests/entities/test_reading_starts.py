"""The person and body readers are asked only at the tokens where one of them may fit: what they
read so is what asking at every token reads, on every gold text and a generated corpus."""
from __future__ import annotations

from functools import lru_cache

import pytest

from goldsets import SETS
from hiwar.bench.generate import generate
from hiwar.extract.entities import bodies, persons
from hiwar.extract.entities.bodies import find_orgs
from hiwar.extract.entities.persons import PersonReader
from hiwar.extract.entities.words import read_left_to_right
from hiwar.extract.lexicon import lexicon
from hiwar.text.doc import Doc


@lru_cache(maxsize=1)
def texts() -> tuple[str, ...]:
    found = [p.read_text(encoding="utf-8") for s in SETS.values() if s.articles.exists()
             for p in sorted(s.articles.glob("*.txt"))]
    # an unknown name set off by a comma before its office ("غوردن كارتيرا، سفير ...")
    found.append("والتقى الوفد غوردن كارتيرا، سفير المملكة المتحدة لدى البحرين، في المنامة.")
    return tuple(found + [a.text for a in generate(40, seed=7)])


def every_token(limit, readings, out=None, starts=None):
    return read_left_to_right(limit, readings, out)


def test_the_corpus_is_there():
    assert len(texts()) > 60


@pytest.mark.parametrize("module", ["persons", "bodies"])
def test_reading_at_the_starts_reads_what_reading_every_token_reads(module, monkeypatch):
    def read(text: str):
        doc = Doc(text, "t")
        if module == "persons":
            reader = PersonReader(doc, lexicon())
            return reader.persons(), reader.bare_titles
        return find_orgs(doc, lexicon(), len(doc.tokens))

    fast = [read(text) for text in texts()]
    target = persons if module == "persons" else bodies
    monkeypatch.setattr(target, "read_left_to_right", every_token)
    slow = [read(text) for text in texts()]
    assert any(fast)
    assert fast == slow


def test_a_reading_goes_on_after_what_it_read_and_skips_tokens_not_among_the_starts():
    seen: list[int] = []

    def two_wide(i: int):
        seen.append(i)
        return ([i], i + 2) if i % 3 == 0 else None

    assert read_left_to_right(10, [two_wide], starts=[0, 1, 2, 3, 7, 9, 12]) == [0, 3, 9]
    assert seen == [0, 2, 3, 7, 9]
