"""Blocking changes the time, never the record: every cluster a report could join is among its
candidates, in the order the clusters were made."""
from __future__ import annotations

import itertools
import random

from hiwar.extract.entities import is_definite, keys_equal, name_tokens, names_compatible, token_key
from hiwar.extract.types import LocalAgreement, LocalEntity, LocalEvent, Mention
from hiwar.record import Agreement
from hiwar.resolve.blocking import KeyBlocks, dated_keys, dated_probe
from hiwar.resolve.agreements import _agreement_keys, _agreement_probe, _same_instrument
from hiwar.resolve.events import Report, _Cluster, _comparable_date, _compatible, _event_keys, _event_probe, dates_overlap
from hiwar.resolve.venues import same_place
from hiwar.resolve.crossname import is_latin, same_name_across
from hiwar.resolve.entities import _Group, _Keys, _person_blocks, _same_person

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
                           participants=rng.choice([[], ["p1"], ["p2"]]), evidence=trigger,
                           venue=rng.choice([None, None, "بغداد", "واشنطن", "العاصمة واشنطن"]))
        return Report(rng.choice(["d1", "d2", f"d{n}"]), n, event, event.participants, rng.choice([[], ["o1"], ["o2"]]), 0,
                      event.dialogue or rng.choice([None, "IQ-US"]))

    clusters = [_Cluster(report(n)) for n in range(300)]
    for n, c in enumerate(clusters):  # clusters of several reports, as merging makes them
        for k in range(rng.choice([0, 0, 1, 3])):
            c.join(report(1000 * n + k))
    found = _candidates_hold_every_match(
        clusters, [report(n) for n in range(300, 600)],
        lambda c: dated_keys(_event_keys(c.reports[0]), _comparable_date(c.reports[0])),
        lambda r: dated_probe(_event_probe(r), _comparable_date(r)), _compatible)
    assert found > 300
    probes = [report(n) for n in range(600, 900)]
    agreeing = sum(_compatible(c, r) for c in clusters for r in probes)
    assert agreeing and all(_compatible(c, r) == _compatible_report_by_report(c, r) for c in clusters for r in probes)


def _compatible_report_by_report(c: _Cluster, r: Report) -> bool:
    """`_compatible` as it read every report of the cluster (before clusters kept what they are compared on)."""
    a, b = c.first(), r.event
    if a.type != b.type or a.working_group != b.working_group:
        return False
    if a.round is not None and b.round is not None and a.round != b.round:
        return False
    if c.reports[0].dialogue != r.dialogue:
        return False
    if a.type == "working_group_session" and (a.round is None or b.round is None) and not a.working_group:
        return False
    for other in c.reports:
        if not dates_overlap(_comparable_date(other), _comparable_date(r)):
            return False
        if other.event.venue and b.venue and not same_place(other.event.venue, b.venue):
            return False
    if a.type == "round_session" and (a.round is None or b.round is None):
        same_day = isinstance(a.date, str) and len(a.date) == 10 and a.date == b.date
        return (a.round is None and b.round is None or same_day) and bool(a.dialogue) and a.dialogue == b.dialogue
    issuers = {o for x in c.reports if x.doc_id == r.doc_id and x.event.type == "statement" for o in x.organizations}
    if a.type == "statement" and issuers and r.organizations and not issuers & set(r.organizations):
        return False
    if a.type not in ("round_session", "working_group_session"):
        mine = {p for x in c.reports for p in x.participants}
        if mine and r.participants and not mine & set(r.participants):
            return False
        if not mine and not r.participants and a.type in ("statement", "signing", "briefing", "visit"):
            return a.round is not None and a.round == b.round
    return True


# names that share first words, fathers' names, spellings ("بلينكن", "بلنكن"), links and Latin letters
_GIVEN = ["أحمد", "احمد", "محمد", "عبدالله", "خالد", "بلينكن", "بلنكن"]
_OTHER = ["ناصر", "نواف", "الصباح", "المحمد", "بن", "سلمان", "بلينكن", "العلي", "ال"]


def _entity(rng: random.Random, n: int) -> LocalEntity:
    def name() -> str:
        if rng.random() < 0.05:
            return rng.choice(["Antony Blinken", "Blinken", "Ahmad Nasser", "Faisal Mekdad", "Faisal Mikdad",
                               "فيصل المقداد"])
        return " ".join([rng.choice(_GIVEN), *rng.choices(_OTHER, k=rng.choice([0, 1, 1, 2, 3]))])
    return LocalEntity(f"p{n}", "person", name(), [name() for _ in range(rng.choice([0, 0, 1]))],
                       country=rng.choice([None, None, "KW", "SA"]), gazetteer_id=rng.choice([None] * 6 + ["q1", "q2"]))


def _same_person_pairwise(a: _Group, b: _Group) -> bool:
    """What two persons are compared on, name by name (as `_same_person` did before it filed names)."""
    if a.officials and b.officials:
        return bool(a.officials & b.officials)
    if a.countries and b.countries and not a.countries & b.countries:
        return False
    names = [(x, y) for x in a.names for y in b.names]
    if any(is_latin(x) or is_latin(y) for x, y in names):
        return any(same_name_across(x, y) for x, y in names if is_latin(x) or is_latin(y))

    def fathers_differ(x: tuple, y: tuple) -> bool:
        x, y = (tuple(t for t in f if t not in ("بن", "بنت", "ابن")) for f in (x, y))
        if min(len(x), len(y)) < 3 or token_key(x[0]) != token_key(y[0]):
            return False
        return not any(is_definite(f) or f == "ال" for f in (x[1], y[1])) and not keys_equal(
            token_key(x[1]), token_key(y[1]))

    pairs = [(name_tokens(x), name_tokens(y)) for x, y in names]
    return not any(fathers_differ(x, y) for x, y in pairs) and any(names_compatible(x, y) for x, y in pairs)


def test_every_person_a_person_could_be_is_a_candidate():
    rng = random.Random(7)
    groups = []
    for n in range(300):
        group = _Group("d", _entity(rng, n))
        for k in range(rng.choice([0, 0, 1, 2])):
            group.join("d", _entity(rng, 1000 * n + k))
        groups.append(group)
    known = _Keys()
    for group in groups:
        for key in (key for forms in group.forms.values() for form in forms for key in form):
            known.add(key)
    persons = [_entity(rng, n) for n in range(300)]
    alone = {id(ent): _Group("d", ent) for ent in persons}
    for group in groups:
        for ent in persons:
            assert _same_person(group, alone[id(ent)]) == _same_person_pairwise(group, alone[id(ent)])
    found = _candidates_hold_every_match(groups, persons, _Group.blocks,
                                         lambda ent: _person_blocks(ent, alone[id(ent)], known),
                                         lambda group, ent: _same_person(group, alone[id(ent)]))
    assert found > 300
