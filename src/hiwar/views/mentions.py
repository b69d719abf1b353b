"""`hiwar extract`: every mention in some documents and the entity it resolved to."""
from __future__ import annotations

import json
import sys
from typing import TextIO

from ..ingest.readers import ReadProblem, read_paths
from ..pipeline import analyze
from ..resolve.entities import resolve_entities


def extract_report(paths: list[str], as_json: bool, out: TextIO) -> int:
    sources, skipped = [], 0
    for item in read_paths(paths, None):
        if isinstance(item, ReadProblem):
            print(f"hiwar: skipped {item.path}: {item.message}", file=sys.stderr)
            skipped += 1
        else:
            sources.append(item)
    analyses = [analyze(s) for s in sources]
    persons, organizations, entity_ids = resolve_entities(analyses)
    names = {e.id: e.name for e in [*persons, *organizations]}

    for analysis in analyses:
        doc_id = analysis.doc.id
        resolved: dict[tuple[int, int], str] = {}
        for entity in analysis.entities:
            global_id = entity_ids.get((doc_id, entity.local_id))
            for m in entity.mentions:
                if global_id:
                    resolved[(m.start, m.end)] = global_id
        rows = []
        for m in sorted(analysis.mentions, key=lambda m: (m.start, m.end, m.kind)):
            entity = resolved.get((m.start, m.end))
            rows.append({"kind": m.kind, "start": m.start, "end": m.end, "text": m.text,
                         "norm": m.norm, "rule": m.rule, "entity": entity,
                         "entity_name": names.get(entity) if entity else None})
        if as_json:
            out.write(json.dumps({"document": doc_id, "anchor": analysis.doc.anchor,
                                  "mentions": rows}, ensure_ascii=False) + "\n")
            continue
        out.write(f"# {doc_id}" + (f"  (anchor {analysis.doc.anchor})" if analysis.doc.anchor else "") + "\n")
        for r in rows:
            target = f" → {r['entity']} {r['entity_name']}" if r["entity"] else ""
            norm = f" [{r['norm']}]" if r["norm"] and r["norm"] != r["text"] else ""
            out.write(f"{r['start']:>6}-{r['end']:<6} {r['kind']:<8} {r['text']}{norm}{target}\n")
        out.write("\n")
    return 1 if skipped else 0
