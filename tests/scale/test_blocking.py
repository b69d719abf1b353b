"""Blocking changes the time, never the record: every cluster a report could join is among its
candidates, in the order the clusters were made."""
from __future__ import annotations

import itertools
import random

from hiwar.extract.types import LocalAgreement, LocalEvent, Mention
from hiwar.record import Agreement
from hiwar.resolve.blocking import KeyBlocks, dated_keys, dated_probe
from hiwar.resolve.events import (Report, _agreement_keys, _agreement_probe, _Cluster, _comparable_date, _compatible,
                                  _event_keys, _event_probe, _same_instrument)

_DATES = [None, "2020", "2021", "2020-05", "2020-06", "2020-05-14", "2020-05-15", "2021-01-02",
          {"start": "2019-12", "end": "2020-02"}, {"start": "2020", "end": "2021"}]
_WORDS = ["التعاون", "في", "الطاقة", "الأمن", "السيبراني", "Energy", "cooperation"]


def _subjects() -> list[str]:
    return [" ".join(c) for n in range(3) for c in itertools.combinations(_WORDS, n)] + [
        "الجولة الخامسة من الحوار الاستراتيجي"]


def _candidates_hold_every_match(clusters: list, probes: list, keys, probe, matches) -> int:
    blocks = KeyBlocks()
    for c in clusters:
        blocks.add(c, keys(c))
    order = {id(c): n for n, c in enumerate(clusters)}
    found = 0
    for p in probes:
        candidates = list(blocks.candidates(probe(p)))
        made = [order[id(c)] for c in candidates]
        assert made == sorted(made)
        matching = [c for c in clusters if matches(c, p)]
        assert all(any(c is m for c in candidates) for m in matching), p
        found += len(matching)
    return found


def test_every_instrument_a_report_could_be_is_a_candidate():
    rng = random.Random(5)
    subjects = _subjects()

    def local() -> LocalAgreement:
        return LocalAgreement(rng.choice(["mou", "agreement", "joint_statement"]), rng.choice(subjects),
                              parties=rng.choice([["IQ", "US"], ["o1"], []]), date=rng.choice(_DATES))

    made = [local() for _ in range(300)]
    agreements = [Agreement("", la.type, la.subject, [], la.parties, la.date, la.status, ["d"], []) for la in made]
    found = _candidates_hold_every_match(agreements, [local() for _ in range(300)], _agreement_keys,
                                         _agreement_probe, lambda a, la: _same_instrument(a, la, la.parties))
    assert found > 300  # the reports do match many: the test compares something


def test_every_cluster_a_report_could_join_is_a_candidate():
    rng = random.Random(6)
    trigger = [Mention("event", 0, 1, "x", "type", "trigger:x")]

    def report(n: int) -> Report:
        event = LocalEvent(rng.choice(["round_session", "visit", "statement"]), rng.choice(_DATES),
                           dialogue=rng.choice([None, "IQ-US"]), round=rng.choice([None, 1, 2]),
                           participants=rng.choice([[], ["p1"], ["p2"]]), evidence=trigger)
        return Report(f"d{n}", n, event, event.participants, [], 0, event.dialogue or rng.choice([None, "IQ-US"]))

    clusters = [_Cluster(report(n)) for n in range(300)]
    found = _candidates_hold_every_match(
        clusters, [report(n) for n in range(300, 600)],
        lambda c: dated_keys(_event_keys(c.reports[0]), _comparable_date(c.reports[0])),
        lambda r: dated_probe(_event_probe(r), _comparable_date(r)), _compatible)
    assert found > 300
