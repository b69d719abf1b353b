"""Page latency of `hiwar serve` on a store of generated documents (p50 and p95 per page kind).

The store is written directly (documents, then a generated record with its mentions and evidence):
ingesting 20,000 texts through the pipeline would measure the pipeline, not the pages. Requests go
through the whole ASGI app in-process, so the figures are the server's time without the network.
The timelines are measured twice: first views (each drawn from the store), then the same pages again
(drawn once per state of the record, so served from what the first view drew).
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hiwar.extract.places import read_list, read_rows  # noqa: E402
from hiwar.extract.types import Mention  # noqa: E402
from hiwar.pipeline import SourceDoc  # noqa: E402
from hiwar.record import DocumentRec, Event, Evidence, Person, Record, Round  # noqa: E402
from hiwar.store.db import open_store  # noqa: E402
from hiwar.store.store import Store  # noqa: E402

COUNTRIES = ["KW", "US", "QA", "SA", "AE", "OM", "BH", "JO", "EG", "IQ", "GB", "FR", "DE", "JP", "CN", "IN"]


def generate(store: Store, documents: int, seed: int = 7) -> tuple[list[str], list[str], list[str]]:
    """Fill the store; returns the dialogue codes, person ids and document ids, for picking pages."""
    rng = random.Random(seed)
    given = [n for n in read_list("given_names.txt") if len(n) > 2]
    cities = [row[0] for row in read_rows("cities.tsv")]
    codes = sorted({f"{a}-{b}" for a in COUNTRIES for b in COUNTRIES if a < b})[:max(1, documents // 100)]
    persons = [Person(id=f"p{k:05d}", name=f"{rng.choice(given)} {rng.choice(given)} {rng.choice(given)}",
                      country=rng.choice(COUNTRIES)) for k in range(max(2, documents // 5))]
    rounds = {(code, n): Round(code, n, f"{2010 + n}-0{rng.randint(1, 9)}", None, rng.choice(cities))
              for code in codes for n in range(1, 9)}
    sources, docs, events, mentions = [], [], [], {}
    for k in range(documents):
        doc_id, code, number = f"g{k:06d}", rng.choice(codes), rng.randint(1, 8)
        people = rng.sample(persons, 3)
        city, day = rng.choice(cities), f"{2010 + number}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lead = f"عقد الجانبان في {city} الجولة {number} من الحوار الاستراتيجي بحضور "
        text, spans = lead, []
        for person in people:
            spans.append((len(text), person))
            text += person.name + " و"
        text += " وبحثا سبل التعاون في مجالات الدفاع والتجارة والطاقة والتعليم. " * 3
        sources.append(SourceDoc(id=doc_id, text=text, published=day))
        docs.append(DocumentRec(doc_id, None, "ar", day, day))
        mentions[doc_id] = [Mention("person", start, start + len(p.name), p.name, p.name, "bench",
                                    {"entity_id": p.id}) for start, p in spans]
        for start, p in spans:
            p.documents.append(doc_id)
            p.evidence.append(Evidence(doc_id, start, start + len(p.name), p.name, "name", "bench"))
        events.append(Event(f"e{k:06d}", "round_session", day, dialogue=code, round=number, venue=city,
                            participants=[p.id for p in people], countries=code.split("-"), documents=[doc_id],
                            evidence=[Evidence(doc_id, 0, 3, text[:3], "type", "bench")]))
        rounds[code, number].documents.append(doc_id)
    store.add_documents(sources)
    record = Record(docs, persons, [], events, list(rounds.values()), [])
    store.save_record(record, mentions)
    return codes, [p.id for p in persons], [d.id for d in docs]


def _percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


def _measure(client, name: str, paths: list[str]) -> None:
    times = []
    for path in paths:
        t0 = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - t0)
        assert response.status_code == 200, (path, response.status_code)
    p50, p95 = _percentiles(times)
    print(f"web page {name:<21} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({len(paths)} requests)")


def main(documents: int = 20000, requests: int = 100) -> None:
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from hiwar.web.app import create_app

    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/web.db")
        t0 = time.perf_counter()
        codes, persons, docs = generate(store, documents)
        print(f"web: generated store of {documents} documents, {len(persons)} persons, {len(codes)} dialogues "
              f"in {time.perf_counter() - t0:.1f} s")
        client = TestClient(create_app(store, public_read=True), base_url="https://bench")
        names = [n for n in read_list("given_names.txt") if len(n) > 2]
        pages = {
            "timeline": lambda: f"/dialogue/{rng.choice(codes)}",
            "search": lambda: f"/search?q={rng.choice(names)}",
            "document": lambda: f"/document/{rng.choice(docs)}",
            "person": lambda: f"/person/{rng.choice(persons)}",
        }
        for name, pick in pages.items():
            client.get(pick())  # warm the caches once
            paths = [pick() for _ in range(requests)]
            _measure(client, name, paths)
            if name == "timeline":  # the same pages again: each timeline is drawn once per state of the record
                _measure(client, "timeline, seen before", paths)
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
