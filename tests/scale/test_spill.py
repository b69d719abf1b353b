"""An ingest holds the texts it reads in a temporary file until they are stored: each document handed to
the store reads its text back when asked, keeps none of it, and the store gets the texts as read."""
from __future__ import annotations

import json

from hiwar.ingest.engine import ingest
from hiwar.ingest.readers import read_paths
from hiwar.store.db import open_store
from hiwar.store.store import Store


def test_the_texts_wait_in_a_file_and_are_stored_as_read(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("التقى وزير الخارجية نظيره في الرياض يوم الأحد.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Both ministers met in Cairo on Monday to open the third round.\n",
                                  encoding="utf-8")
    lines = ["وقع الجانبان مذكرة تفاهم في مجال الطاقة.", "عقدت الجولة الثانية من الحوار."]
    with open(folder / "more.jsonl", "w", encoding="utf-8") as out:
        for n, text in enumerate(lines):
            out.write(json.dumps({"id": f"line-{n}", "text": text}, ensure_ascii=False) + "\n")
    handed = []
    add = Store.add_documents

    def watching(store, items):
        handed.extend(items)
        return add(store, items)

    monkeypatch.setattr(Store, "add_documents", watching)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest([str(folder)], None, store)
    read = {s.id: s.text for s in read_paths([str(folder)])}
    assert {s.id: s.text for s in store.sources()} == read and len(read) == 4
    held = [value for item in handed for value in vars(item.source).values() if isinstance(value, str)]
    assert len(handed) == 4 and not any(text in held for text in read.values())  # read back, none held
