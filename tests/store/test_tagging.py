"""Tagged mentions: ids moved on the tags give the mentions that moving the tagged mentions gives, and a
document's signature changes exactly when its mentions can."""
from __future__ import annotations

from pathlib import Path

import pytest

from hiwar.pipeline import SourceDoc, analyze
from hiwar.tagging import HeldAnalyses, TaggedMentions, moved_ids

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


class _Named(HeldAnalyses):
    """Held analyses named by a key, as kept ones are."""

    def key(self, doc_id: str) -> str:
        return f"kept-{doc_id}"


@pytest.fixture(scope="module")
def mentions() -> TaggedMentions:
    analyses = [analyze(SourceDoc(path.stem, path.read_text(encoding="utf-8"))) for path in sorted(SEEDS.glob("*.txt"))[:3]]
    # each document's entities numbered on their own; the first entity of each shares one id
    tags = {a.doc.id: {e.local_id: (f"p-{a.doc.id}-{n}" if n else "p-shared") for n, e in enumerate(a.entities)}
            for a in analyses}
    return TaggedMentions([a.doc.id for a in analyses], _Named(analyses), tags)


def _plain(mentions) -> dict:
    return {doc_id: list(mentions[doc_id]) for doc_id in mentions}


@pytest.mark.parametrize("steps", [
    [{"p-shared": "p-9"}],
    [{"p-shared": None}],
    [{"p-shared": "p-9"}, {"p-9": "p-7"}],
    [{"p-shared": "p-9"}, {"p-shared": "p-8"}],  # the second no longer meets anything
    [{"p-shared": None}, {"p-shared": "p-8"}],
])
def test_ids_moved_on_the_tags_give_the_mentions_moved_one_by_one(mentions, steps):
    tagged, plain = mentions, _plain(mentions)
    for moves in steps:
        tagged, plain = moved_ids(tagged, moves), moved_ids(plain, moves)
    assert isinstance(tagged, TaggedMentions)
    assert _plain(tagged) == _plain(plain)
    assert _plain(tagged) != _plain(mentions)


def test_a_signature_changes_when_an_id_of_its_document_moves_and_only_then(mentions):
    doc_ids = list(mentions)
    first = doc_ids[0]
    own = next(record_id for record_id in mentions.tags(first).values() if record_id != "p-shared")
    moved = mentions.moved({own: "p-elsewhere"})
    assert moved.signature(first) != mentions.signature(first)
    assert [moved.signature(d) for d in doc_ids[1:]] == [mentions.signature(d) for d in doc_ids[1:]]
    assert mentions.moved({"p-none-of-them": "p-1"}).signature(first) == mentions.signature(first)
    shared = mentions.moved({"p-shared": "p-1"})
    assert all(shared.signature(d) != mentions.signature(d) for d in doc_ids)


def test_without_keys_there_is_no_signature_and_membership_reads_nothing(mentions):
    doc_id = next(iter(mentions))
    unnamed = TaggedMentions(list(mentions), HeldAnalyses([]), {})
    assert unnamed.signature(doc_id) is None
    assert doc_id in unnamed and "elsewhere" not in unnamed  # the analyses are not even there to read
