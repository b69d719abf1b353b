"""The persons' clustering kept between builds: the persons a build makes with it are those it makes
without, whatever was added where or read again, and documents that sort after the stored ones are the
only ones whose persons are compared."""
from __future__ import annotations

import json
import random

import pytest

import hiwar.resolve.entities as entities_module
from hiwar.extract.types import LocalEntity, Mention
from hiwar.pipeline import DocAnalysis
from hiwar.record import DocumentRec
from hiwar.resolve.entities import resolve_entities

from .helpers import DictMemo

# first names shared by several people, fathers' names that tell them apart, family names, Latin spellings
_FIRST = ["أحمد", "محمد", "سامي", "ليلى", "كريم"]
_MIDDLE = ["", "", "علي", "ناصر", "نواف", "عبد الله", "يوسف"]
_LAST = ["", "الصباح", "الحسن", "خليل", "منصور", "الكبيسي"]
_LATIN = ["Ahmed Ali", "Ahmad Ali Hassan", "Sami Khalil", "Layla Youssef", "Karim Mansour"]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(_LATIN)
    return " ".join(w for w in (rng.choice(_FIRST), rng.choice(_MIDDLE), rng.choice(_LAST)) if w)


_OFFICIALS = [None, None, None, "kw-foreign-minister", "us-envoy"]
_COUNTRIES = [None, None, "KW", "US", "IQ"]


def _person(rng: random.Random, local_id: str, start: int) -> LocalEntity:
    name = _name(rng)
    aliases = [_name(rng)] if rng.random() < 0.2 else []
    return LocalEntity(local_id, "person", name, [a for a in aliases if a != name], country=rng.choice(_COUNTRIES),
                       titles=rng.choice([[], ["وزير الخارجية"], ["المبعوث"]]), gazetteer_id=rng.choice(_OFFICIALS),
                       mentions=[Mention("person", start, start + len(name), name, "name", "name:test")])


def _documents(rng: random.Random, count: int, first_doc: int, suffix: str = "") -> list[DocAnalysis]:
    made = []
    for n in range(count):
        doc = DocumentRec(f"d{first_doc + n:05d}{suffix}", None, "ar", None)
        persons = [_person(rng, f"p{k}", 40 * k) for k in range(rng.randint(1, 4))]
        body = LocalEntity("o1", "organization", "وزارة الخارجية", country=rng.choice(_COUNTRIES),
                           mentions=[Mention("organization", 500, 514, "وزارة الخارجية", "name", "name:test")])
        made.append(DocAnalysis(doc, [*persons, body]))
    return made


@pytest.fixture
def compared(monkeypatch) -> list[int]:
    """One item per comparison of a person with a group."""
    counted: list[int] = []
    same = entities_module._same_person
    monkeypatch.setattr(entities_module, "_same_person", lambda a, b: counted.append(1) or same(a, b))
    return counted


@pytest.mark.parametrize(("where", "size"), [("after", 8), ("after", 1), ("among", 5), ("before", 12)])
def test_a_kept_clustering_gives_the_persons_of_a_clustering_from_nothing(where, size, compared):
    rng = random.Random(f"persons {where}{size}")
    stored = _documents(rng, 300, first_doc=1000)
    memo = DictMemo()
    assert resolve_entities(stored, memo) == resolve_entities(stored)
    assert memo.hits == 0 and memo.made == 1
    for step in range(3):
        first = {"after": 2000 + 100 * step, "among": 1000 + 37 * step, "before": 900 - 100 * step}[where]
        stored = stored + _documents(rng, size, first_doc=first, suffix="b" if where == "among" else "")
        compared.clear()
        expected = resolve_entities(stored)
        from_nothing = len(compared)
        compared.clear()
        assert resolve_entities(stored, memo) == expected
        assert memo.hits == 1 and memo.made == 1
        if where == "after":  # only the new documents' persons are compared
            assert 0 < len(compared) < from_nothing / 20
    resolve_entities(stored, memo)
    assert memo.made == 0  # nothing changed: nothing kept anew


def test_a_stored_person_read_again_clusters_again_from_there(compared):
    stored = _documents(random.Random(5), 300, first_doc=0)
    memo = DictMemo()
    resolve_entities(stored, memo)
    compared.clear()
    resolve_entities(stored)
    from_nothing = len(compared)
    changed = next(e for a in stored[150:] for e in a.entities if e.kind == "person" and e.country != "US")
    changed.country = "US"  # another reading of its document: the persons from it on are compared again
    compared.clear()
    continued = resolve_entities(stored, memo)
    assert memo.made == 1 and 0 < len(compared) < from_nothing
    assert continued == resolve_entities(stored)


def test_an_ingest_after_the_stored_documents_compares_only_its_persons(tmp_path, compared):
    from hiwar.ingest.engine import ingest
    from hiwar.store.db import open_store

    from .helpers import canonical, export, mixed_corpus, one_shot

    files, meta = mixed_corpus(tmp_path / "corpus", generated=6)
    ids = {row["file"]: row["id"] for row in map(json.loads, meta.read_text(encoding="utf-8").splitlines())}
    files.sort(key=lambda f: ids.get(f.name, f.stem))  # in the order of their documents' ids
    reference = one_shot(files, meta, f"sqlite:///{tmp_path / 'one.db'}")
    from_nothing = len(compared)
    db = f"sqlite:///{tmp_path / 'adds.db'}"
    ingest([str(f) for f in files[:-4]], str(meta), open_store(db))
    compared.clear()
    ingest([str(f) for f in files[-4:]], str(meta), open_store(db))
    assert 0 < len(compared) < from_nothing / 4
    assert canonical(export(db)) == canonical(reference)
