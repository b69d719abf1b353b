"""A date pattern is looked for only in texts that hold one of its gate phrases: every match of
every gated pattern holds one, in the date cases, every gold text and a generated corpus."""
from __future__ import annotations

import json
import re
from pathlib import Path

from goldsets import SETS
from hiwar.bench.generate import generate
from hiwar.extract.dates.patterns import GATE_REACH, gate_places, gate, patterns
from hiwar.text.doc import Doc


def texts() -> list[str]:
    cases = [json.loads(line)["text"] for name in ("cases.jsonl", "en_cases.jsonl")
             for line in (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()]
    gold = [p.read_text(encoding="utf-8") for s in SETS.values() if s.articles.exists()
            for p in sorted(s.articles.glob("*.txt"))]
    return cases + gold + [a.text for a in generate(30, seed=11)]


def test_every_match_of_a_gated_pattern_holds_a_gate_phrase():
    P = patterns()
    matched = set()
    for text in texts():
        ntext = Doc(text).norm.text
        for name, phrases in P.gates.items():
            for m in getattr(P, name).finditer(ntext):
                matched.add(name)
                assert (any(all(word in m.group() for word in phrase) for phrase in phrases)
                        or name in P.digit_gated and re.search(r"\d", m.group())), (name, m.group())
        for name in P.digit_gated - set(P.gates):
            for m in getattr(P, name).finditer(ntext):
                matched.add(name)
                assert re.search(r"\d", m.group()), (name, m.group())
    assert set(P.gates) | P.digit_gated <= matched, (set(P.gates) | P.digit_gated) - matched


def test_a_pattern_looked_for_near_its_gate_places_finds_what_a_search_of_the_whole_text_finds():
    P = patterns()
    for text in texts():
        ntext = Doc(text).norm.text
        for name in set(P.gates) | P.digit_gated:
            whole = [(m.span(), m.groupdict()) for m in getattr(P, name).finditer(ntext)]
            assert [(m.span(), m.groupdict()) for m in P.finditer(name, ntext)] == whole, name


def test_every_match_lies_well_within_the_reach_of_a_gate_place_it_holds():
    """The windows are GATE_REACH characters each side of a place; the matches seen keep to half of it."""
    P = patterns()
    farthest = 0
    for text in texts():
        ntext = Doc(text).norm.text
        for name in set(P.gates) | P.digit_gated:
            places = gate_places(ntext, P.gates.get(name, ()), name in P.digit_gated)
            for m in getattr(P, name).finditer(ntext):
                inside = [p for p in places if m.start() <= p < m.end()]
                assert inside, (name, m.group())
                farthest = max(farthest, min(max(p - m.start(), m.end() - p) for p in inside))
    assert 0 < farthest <= GATE_REACH // 2, farthest


def test_a_text_without_a_gate_phrase_is_not_searched_and_one_with_it_is():
    P = patterns()

    def months(text: str) -> list[str]:
        return [m.group("hmon") for m in P.finditer("hijri_month", Doc(text).norm.text)]

    assert months("في منتصف شهر ذي الحجة 1445 هـ") == ["ذي الحجه"]
    assert months("في منتصف الشهر المقبل") == []
    assert P.gates["hijri_month"] and "hijri_month" in P.gates and "numeric" not in P.gates


def test_a_gate_keeps_the_shortest_phrases_a_longer_one_needs():
    assert gate(["اليوم", "صباح اليوم", "غدا", "بعد غد", "  "]) == (("اليوم",), ("غدا",), ("بعد", "غد"))
