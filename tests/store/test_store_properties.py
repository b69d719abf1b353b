"""Nothing lost, nothing duplicated: random add / re-add / change / add-meta / remove sequences.

After every step the store's documents equal a model of them, and the record equals the one a
fresh ingest of the same final documents (with the same metadata) gives.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest, remove
from hiwar.store import open_store

from scale.helpers import canonical

from .fakes import fake_record

FILES = ("x/a.txt", "x/b.txt", "y/c.txt", "y/sub/d.txt")
BASE = {name: f"نص الوثيقة {name} عن الحوار الاستراتيجي" for name in FILES}
OPS = ("add", "re-add", "change", "add-meta", "remove")


class Model:
    """What the store should hold: per file, its current text and title (None: not stored)."""

    def __init__(self) -> None:
        self.disk = dict(BASE)
        self.stored: dict[str, tuple[str, str | None]] = {}
        self.changes = 0


def step(root: Path, store, model: Model, op: str, name: str) -> None:
    path = root / name
    if op == "change":
        model.changes += 1
        model.disk[name] = f"{BASE[name]} نسخة {model.changes}"
        path.write_text(model.disk[name], encoding="utf-8")
    if op in ("add", "re-add", "change"):
        report = ingest([str(path)], None, store, fake_record)
        assert not report.skipped and not report.duplicates
        model.stored[name] = (model.disk[name], model.stored.get(name, ("", None))[1])
    elif op == "add-meta":
        title = f"عنوان {name} {model.changes}"
        meta = root.parent / "late.jsonl"
        meta.write_text(json.dumps({"file": name, "title": title}, ensure_ascii=False), encoding="utf-8")
        report = ingest([], str(meta), store, fake_record)
        if name in model.stored:
            assert not report.skipped
            model.stored[name] = (model.stored[name][0], title)
        else:  # metadata for a document never stored is an error naming the line, and changes nothing
            assert [p.path for p in report.skipped] == [f"{meta}:1"]
    elif op == "remove" and name in model.stored:
        doc_id = next(d.id for d in store.documents() if d.origin == str(path.resolve()))
        remove([doc_id], store, fake_record)
        del model.stored[name]


def same_up_to_ids(a, b) -> bool:
    return canonical(record_to_json(a)) == canonical(record_to_json(b))


def stored_view(store, root: Path) -> dict[str, tuple[str, str | None]]:
    """The store's documents by the file they were read from: (current text, title)."""
    texts = {s.id: s.text for s in store.sources()}
    origins = {d.origin: d for d in store.documents()}
    assert len(origins) == len(texts)  # one document per place: nothing duplicated
    names = {str((root / name).resolve()): name for name in FILES}
    assert set(origins) <= set(names)
    return {names[origin]: (texts[d.id], d.title) for origin, d in origins.items()}


def fresh_record(model: Model, tmp: Path):
    """One ingest of the model's documents, as files in a new tree, with their titles as metadata."""
    root = tmp / "fresh" / "corpus"
    root.mkdir(parents=True)
    for name, (text, _) in model.stored.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    meta = tmp / "fresh" / "meta.jsonl"
    meta.write_text("\n".join(json.dumps({"file": name, "title": title}, ensure_ascii=False)
                              for name, (_, title) in model.stored.items() if title), encoding="utf-8")
    store = open_store(str(tmp / "fresh" / "fresh.db"))
    ingest([str(root / name) for name in sorted(model.stored)], str(meta), store, fake_record)
    return store.load_record()


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(OPS), st.sampled_from(FILES)), min_size=1, max_size=8))
def test_the_store_holds_what_was_ingested_and_the_record_is_a_fresh_ingests(steps) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        root = tmp / "corpus"
        for name, text in BASE.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        store = open_store(str(tmp / "store.db"))
        model = Model()
        for op, name in steps:
            step(root, store, model, op, name)
            assert stored_view(store, root) == model.stored
        # the same record as one fresh ingest, up to the numbering of ids (kept stable across ingests)
        assert same_up_to_ids(store.load_record(), fresh_record(model, tmp))
        store.close()
