"""Build a persons+organizations record for a folder of articles, through our functions only."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from hiwar.extract.entities import extract_entities
from hiwar.pipeline import DocAnalysis
from hiwar.record import DocumentRec
from hiwar.resolve import resolve_entities
from hiwar.text.doc import Doc


def entity_record(paths: list[Path]) -> dict:
    analyses = []
    for path in paths:
        doc = Doc(path.read_text(encoding="utf-8"), path.stem)
        ents, mentions = extract_entities(doc)
        analyses.append(DocAnalysis(DocumentRec(doc.id, None, "ar", None), entities=ents, mentions=mentions))
    persons, orgs, _ = resolve_entities(analyses)

    def plain(obj) -> dict:
        d = dataclasses.asdict(obj)
        d.pop("evidence", None)
        return d
    return {"schema": "hiwar-record/1", "persons": [plain(p) for p in persons],
            "organizations": [plain(o) for o in orgs]}
