"""A reproducible corpus of invented dialogue reports for benchmarks and load tests.

`generate(n, seed)` yields n articles of about 4 KB, each built from the sentence templates in
data/ar/generator.yaml: a headline, a lead with a dateline, statements, working groups, an
agreement, background paragraphs and unrelated noise, about one of many country pairs, with
consistent dates (the weekday named is the weekday of the day told). The same n and seed always
give the same texts, whatever the platform.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..datafiles import read_yaml

TARGET_BYTES = 4000  # UTF-8 size an article grows to
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    published: str | None


@lru_cache(maxsize=1)
def _blocks() -> dict:
    path = resources.files("hiwar") / "data" / "ar" / "generator.yaml"
    return read_yaml(path)


def _fill(template: str, slots: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


def _person(rng: random.Random, b: dict, country: str) -> str:
    if country in ("US", "GB", "FR", "CN", "IN", "JP"):
        return rng.choice(b["foreign"])
    return f"{rng.choice(b['given'])} {rng.choice(b['given'])} {rng.choice(b['family'])}"


def _slots(rng: random.Random, b: dict, day: date) -> dict[str, str]:
    a, other = rng.sample(b["countries"], 2)
    city = rng.choice([a["capital"], other["capital"]])
    topics = rng.sample(b["topics"], 2)
    earlier = day - timedelta(days=rng.randint(200, 2000))
    when = rng.choice(["اليوم", "أمس", f"اليوم {b['weekdays'][day.weekday()]}"])
    slots = {
        "a_name": a["name"], "b_name": other["name"], "a_short": a["short"], "b_short": other["short"],
        "a_adj": a["adj"], "b_adj": other["adj"], "a_adj_plain": a["adj"], "b_adj_plain": other["adj"],
        "a_capital": a["capital"], "city": city,
        "other_city": other["capital"] if city == a["capital"] else a["capital"],
        "agency": a["agency"], "ordinal": rng.choice(b["ordinals"]),
        "a_office": rng.choice(b["offices"]), "b_office": rng.choice(b["offices"]),
        "a_person": _person(rng, b, a["code"]), "b_person": _person(rng, b, other["code"]),
        "a_person2": _person(rng, b, a["code"]), "b_person2": _person(rng, b, other["code"]),
        "topic": topics[0], "topic2": topics[1], "when": when,
        "when_group": rng.choice(["أمس", "الأسبوع الماضي", f"يوم {b['weekdays'][(day - timedelta(days=1)).weekday()]}"]),
        "day": str(day.day), "month": b["months"][day.month - 1], "year": str(day.year),
        "month2": b["months"][earlier.month - 1], "year2": str(earlier.year),
    }
    slots["dateline"] = _fill(rng.choice(b["datelines"]), slots)
    return slots


def _article(rng: random.Random, n: int) -> Article:
    b = _blocks()
    day = date(2012, 1, 1) + timedelta(days=rng.randint(0, 14 * 365))
    slots = _slots(rng, b, day)
    paragraphs = [_fill(rng.choice(b["leads"]), slots)]
    sections = ["statements", "groups", "agreements", "background", "background", "statements", "noise"]
    size = len(paragraphs[0].encode())
    while size < TARGET_BYTES:
        section = sections[rng.randrange(len(sections))]
        paragraph = _fill(rng.choice(b[section]), slots)
        if paragraph in paragraphs:
            slots["topic"], slots["topic2"] = rng.sample(b["topics"], 2)  # vary the next ones
            continue
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    title = _fill(rng.choice(b["titles"]), slots)
    published = day.isoformat() if rng.random() < 0.5 else None  # half are dated only by their text
    return Article(f"gen-{n:06d}", title, title + "\n\n" + "\n\n".join(paragraphs) + "\n", published)


def generate(count: int, seed: int = 0, start: int = 0):
    """Articles start .. start+count-1 of the corpus of this seed (each from its own stream)."""
    for n in range(start, start + count):
        yield _article(random.Random(f"{seed}:{n}"), n)


def write_corpus(count: int, folder: str | Path, seed: int = 0, start: int = 0) -> Path:
    """Write the articles as .txt files with a meta.jsonl beside them; returns the metadata file."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    meta = folder / "meta.jsonl"
    with open(meta, "a" if start else "w", encoding="utf-8") as out:
        for article in generate(count, seed, start):
            name = f"{article.id}.txt"
            (folder / name).write_text(article.text, encoding="utf-8")
            row = {"file": name, "id": article.id, "title": article.title, "published": article.published,
                   "source": "Hiwar generated corpus", "language": "ar"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return meta
