"""Hiwar's date finder against dateparser's search_dates on the same case set.

    PYTHONPATH=src .venv/bin/python bench/bench_dates.py [tests/dates/cases.jsonl]

Both are scored the same way: a case is right when the list of values found
equals the expected one (dateparser's datetimes become day values).
"""
from __future__ import annotations

import json
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from hiwar.extract.dates import find_dates

DEFAULT_CASES = Path(__file__).resolve().parent.parent / "tests" / "dates" / "cases.jsonl"


def hiwar_values(text: str, anchor: date | None) -> list:
    return [m.attrs["value"] for m in find_dates(text, anchor)]


def dateparser_values(text: str, anchor: date | None) -> list:
    settings = {"RELATIVE_BASE": datetime.combine(anchor, datetime.min.time())} if anchor else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    return [moment.date().isoformat() for _, moment in found]


def measure(finder, cases: list[dict]) -> tuple[int, float]:
    finder(cases[0]["text"], None)  # warm-up: lazy lexicons and compiled patterns
    right, elapsed = 0, 0.0
    for case in cases:
        anchor = date.fromisoformat(case["anchor"]) if case["anchor"] else None
        start = time.perf_counter()
        got = finder(case["text"], anchor)
        elapsed += time.perf_counter() - start
        right += got == case["expected"]
    return right, elapsed / len(cases)


def main(path: str | None = None) -> None:
    cases = [json.loads(line) for line in Path(path or DEFAULT_CASES).read_text(encoding="utf-8").splitlines() if line]
    warnings.filterwarnings("ignore")  # dateparser warns about its own configuration
    rows = [("hiwar", *measure(hiwar_values, cases)), ("dateparser", *measure(dateparser_values, cases))]
    print(f"{len(cases)} cases")
    print(f"{'finder':<12}{'exact':>8}{'accuracy':>10}{'ms/case':>10}")
    for name, right, seconds in rows:
        print(f"{name:<12}{right:>8}{right / len(cases):>10.1%}{seconds * 1000:>10.3f}")
    print(f"speed ratio (dateparser / hiwar): {rows[1][2] / rows[0][2]:.1f}x")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
