"""Why the record misses what it misses: unmatched gold and predicted objects grouped by cause.

Used by `bench/quality.py --explain SET`. The causes follow the scorer's own matching rules
(../shared/eval/score.py), so a cause names the first condition that kept two objects apart.
"""
from __future__ import annotations

from collections import Counter, defaultdict


def _event_cause(score, event: dict, others: list[dict], person_map: dict[str, str],
                 dialogue_of_doc: dict[str, set[str]], gold_side: bool) -> str:
    """The first matching condition that fails between `event` and the events of the other side."""
    docs = set(event.get("documents") or [])
    same_docs = [(i, o) for i, o in enumerate(others) if docs & set(o.get("documents") or [])]
    if not same_docs:
        return "no event in its documents" if gold_side else "no gold event in its documents"
    def typed(o):
        a, b = event.get("type"), o.get("type")
        return a == b or (a in score.MEETINGS and b in score.MEETINGS)
    same_type = [(i, o) for i, o in same_docs if typed(o)]
    if not same_type:
        return "wrong type"
    gold_date = (lambda o: event.get("date")) if gold_side else (lambda o: o.get("date"))
    pred_date = (lambda o: o.get("date")) if gold_side else (lambda o: event.get("date"))
    dated = [(i, o) for i, o in same_type if score.date_agrees(gold_date(o), pred_date(o))]
    if not dated:
        values = [pred_date(o) for _, o in same_type]
        if all(v is None for v in values):
            return "date missing"
        bounds = [score._bounds(v) for v in values if v is not None]
        golds = [score._bounds(gold_date(o)) for _, o in same_type]
        if any(b and g and b[0] <= g[0] and g[1] <= b[1] for b in bounds for g in golds):
            return "date wider than gold"
        return "date outside the gold date"
    def shares_person(o):
        g, p = (event, o) if gold_side else (o, event)
        wanted = {person_map.get(x) for x in g.get("participants") or []}
        return not g.get("participants") or bool(wanted & set(p.get("participants") or []))
    if not any(shares_person(o) for _, o in dated):
        return "no shared participant"
    if not gold_side:
        dialogues = set().union(*(dialogue_of_doc.get(d, set()) for d in docs)) if docs else set()
        if len(dialogues) > 1:
            return "merged across dialogues"
    return "its match went to another (duplicate or merged)"


def explain(score, gold: dict, pred: dict) -> dict[str, Counter]:
    """Counters of causes: missed and spurious events; missed persons and organizations by kind."""
    maps = {k: score.match_named(gold[k], pred.get(k) or [], same_country=(k == "organizations"))
            for k in ("persons", "organizations")}
    person_map = {gold["persons"][gi]["id"]: pred["persons"][pi]["id"] for gi, pi in maps["persons"].items()}
    gold_events, pred_events = gold.get("events") or [], pred.get("events") or []
    matched = score.match_events(gold_events, pred_events, person_map)
    dialogue_of_doc: dict[str, set[str]] = defaultdict(set)
    for e in gold_events + (gold.get("rounds") or []):
        for d in e.get("documents") or []:
            if e.get("dialogue"):
                dialogue_of_doc[d].add(e["dialogue"])
    out: dict[str, Counter] = {"missed events": Counter(), "spurious events": Counter(),
                               "missed organizations": Counter(), "spurious organizations": Counter(),
                               "missed persons": Counter()}
    hit = set(matched.values())
    for gi, g in enumerate(gold_events):
        if gi not in matched:
            cause = _event_cause(score, g, pred_events, person_map, dialogue_of_doc, True)
            out["missed events"][f"{cause} ({g.get('type')})"] += 1
    for pi, p in enumerate(pred_events):
        if pi not in hit:
            cause = _event_cause(score, p, gold_events, person_map, dialogue_of_doc, False)
            out["spurious events"][f"{cause} ({p.get('type')})"] += 1
    for gi, o in enumerate(gold.get("organizations") or []):
        if gi not in maps["organizations"]:
            out["missed organizations"][o.get("kind") or "unknown kind"] += 1
    taken = set(maps["organizations"].values())
    for pi, o in enumerate(pred.get("organizations") or []):
        if pi not in taken:
            out["spurious organizations"][o.get("kind") or "unknown kind"] += 1
    for gi, p in enumerate(gold.get("persons") or []):
        if gi not in maps["persons"]:
            out["missed persons"]["with a title in gold" if p.get("titles") else "no title in gold"] += 1
    return out
