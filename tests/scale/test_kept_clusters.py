"""Events' clusters kept per component between builds: the events a build makes with them are the events
it makes without, whatever was added where, and only the components whose inputs changed are clustered
again."""
from __future__ import annotations

import copy
import random
import pytest

import hiwar.resolve.agreements as agreements_module
import hiwar.resolve.events as events_module
from hiwar.extract.types import LocalAgreement, LocalEvent, Mention
from hiwar.ingest.engine import ingest, remove
from hiwar.resolve.agreements import merge_agreements
from hiwar.resolve.events import Report, merge_events
from hiwar.store.db import open_store

from .helpers import DictMemo as _Memo, canonical, export, mixed_corpus, one_shot

_DATES = [None, "2020", "2021", "2020-05", "2020-05-14", "2020-05-15", {"start": "2020", "end": "2021"}]


def _reports(rng: random.Random, count: int, first_doc: int) -> list[Report]:
    trigger = Mention("event", 0, 1, "x", "type", "trigger:x")
    made = []
    for n in range(count):
        kind = rng.choice(["round_session", "visit", "statement", "bilateral_meeting", "working_group_session"])
        event = LocalEvent(kind, rng.choice(_DATES), status=rng.choice(["happened", "planned"]),
                           dialogue=rng.choice([None, "IQ-US", "KW-US"]), round=rng.choice([None, 1, 2]),
                           working_group=rng.choice([None, "energy"]) if kind == "working_group_session" else None,
                           participants=rng.choice([[], ["p1"], ["p2"], ["p1", "p3"]]),
                           countries=rng.choice([[], ["IQ"], ["US", "IQ"]]), evidence=[trigger],
                           venue=rng.choice([None, None, "بغداد", "واشنطن"]), framed_by=rng.choice([None, 0]))
        doc = f"d{first_doc + n // 3:05d}"
        made.append(Report(doc, 0, event, tuple(event.participants), tuple(rng.choice([[], ["o1"], ["o2"]])),
                           n % 3, event.dialogue or rng.choice([None, "IQ-US"])))
    return made


def _numbered(reports: list[Report]) -> list[Report]:
    """The reports in document order, numbered as the build numbers them."""
    reports = sorted(reports, key=lambda r: (r.doc_id, r.index))
    for n, r in enumerate(reports):
        r.order = n
    return reports


_OFFICES = {"p1": ("IQ", frozenset({"minister"})), "p2": ("US", frozenset({"secretary"})),
            "p3": ("US", frozenset({"secretary"}))}


@pytest.mark.parametrize(("where", "size"), [("after", 10), ("after", 1), ("among", 7), ("before", 25)])
def test_kept_clusters_give_the_events_of_a_clustering_from_nothing(where, size, monkeypatch):
    rng = random.Random(f"{where}{size}")
    builds = _builds(monkeypatch)
    stored = _reports(rng, 600, first_doc=1000)
    memo = _Memo()
    assert merge_events(_numbered(stored), _OFFICES, memo) == merge_events(_numbered(stored), _OFFICES)
    assert memo.hits == 0 and memo.made > 5
    components = memo.made
    for step in range(4):
        first = {"after": 2000 + 100 * step, "among": 1000 + 37 * step, "before": 900 - 100 * step}[where]
        new = _reports(rng, size, first_doc=first)
        if where == "among":  # a document that sorts among the stored ones: its own id, not a stored one
            for r in new:
                r.doc_id += "b"
        stored = _numbered(stored + new)
        assert merge_events(stored, _OFFICES, memo) == merge_events(stored, _OFFICES)
        assert memo.made >= 1 and memo.hits >= 1 and memo.hits + memo.made >= components
        assert memo.made <= len({(r.event.type, r.event.working_group, r.dialogue) for r in new})
        if where == "after":  # only the new reports are compared with clusters
            assert builds[-1][2] == len(new)


def test_a_person_whose_offices_changed_clusters_his_components_again():
    stored = _numbered(_reports(random.Random(4), 600, first_doc=0))
    memo = _Memo()
    merge_events(stored, _OFFICES, memo)
    merge_events(stored, _OFFICES, memo)
    assert memo.made == 0
    offices = {**_OFFICES, "p3": ("IQ", frozenset({"minister"}))}  # another document told p3's office
    assert merge_events(stored, offices, memo) == merge_events(stored, offices)
    assert memo.made == len({(r.event.type, r.event.working_group, r.dialogue) for r in stored
                             if "p3" in r.participants})


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    files, meta = mixed_corpus(folder, generated=30)
    return files, meta, one_shot(files, meta, f"sqlite:///{folder / 'one.db'}")


def _builds(monkeypatch) -> list[list[int]]:
    """For each build with kept clusters: [components, components clustered, reports compared with clusters]."""
    builds: list[list[int]] = []
    open_build: list[list[int]] = []  # the build under way, if it keeps clusters
    clustered = events_module._clustered

    def counting(reports, offices, made=(), start=0):
        for build in open_build:
            build[1] += 1
            build[2] += len(reports) - start
        return clustered(reports, offices, made, start)

    monkeypatch.setattr(events_module, "_clustered", counting)
    components = events_module._clustered_by_component

    def opening(reports, offices, memo):
        builds.append([len({(r.event.type, r.event.working_group, r.dialogue) for r in reports}), 0, 0])
        open_build.append(builds[-1])
        try:
            return components(reports, offices, memo)
        finally:
            open_build.clear()

    monkeypatch.setattr(events_module, "_clustered_by_component", opening)
    return builds


@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_adds_to_a_store_cluster_only_what_they_reach_and_give_the_one_shot_record(corpus, tmp_path, monkeypatch,
                                                                                  order):
    files, meta, reference = corpus
    files = list(reversed(files)) if order == "reversed" else list(files)
    builds = _builds(monkeypatch)
    db = f"sqlite:///{tmp_path / 'adds.db'}"
    for batch in (files[:-6], files[-6:-3], files[-3:]):
        ingest([str(f) for f in batch], str(meta), open_store(db))
    assert canonical(export(db)) == canonical(reference)
    first, *adds = builds
    assert len(adds) == 2 and first[1] == first[0]
    assert all(0 < add[1] < add[0] for add in adds)  # the components the new reports reach
    if order == "sorted":  # new documents after the stored ones: their reports only are compared
        assert all(0 < add[2] < first[2] / 4 for add in adds)


def test_a_removal_and_a_changed_stage_cluster_again_and_keep_the_record(corpus, tmp_path, monkeypatch):
    import hiwar.store.cache as cache_module

    files, meta, reference = corpus
    builds = _builds(monkeypatch)
    db = f"sqlite:///{tmp_path / 'rm.db'}"
    ingest([str(f) for f in files], str(meta), open_store(db))
    gone = sorted(d.id for d in open_store(db).documents())[5:8]
    remove(gone, open_store(db))
    removal = builds[-1]
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    ingest([str(f) for f in files], str(meta), open_store(fresh))
    remove(gone, open_store(fresh))
    assert canonical(export(db)) == canonical(export(fresh))
    assert 0 < removal[1] < removal[0] and removal[2] < builds[0][2]  # the removed documents' components only
    monkeypatch.setattr(cache_module, "stage_version", lambda: "the stage's code changed")
    ingest([str(f) for f in files], str(meta), open_store(db))  # the removed documents back
    assert canonical(export(db)) == canonical(reference)
    assert builds[-1] == builds[0]  # nothing kept is taken for another code's: all clustered from nothing


def _agreements(rng: random.Random, count: int, first_doc: int) -> list[tuple]:
    subjects = ["التعاون في مجال الطاقة", "الطاقة", "الأمن السيبراني", "التعاون في مجال الأمن السيبراني",
                "Energy cooperation", "البيان المشترك للجولة الخامسة من الحوار الاستراتيجي", ""]
    made = []
    for n in range(count):
        kind = rng.choice(["mou", "agreement", "joint_statement"])
        la = LocalAgreement(kind, rng.choice(subjects), parties=rng.choice([["IQ", "US"], ["o1"], ["IQ", "US", "o2"]]),
                            date=rng.choice(_DATES), status=rng.choice(["signed", "planned", "discussed"]),
                            evidence=[Mention("agreement", n, n + 1, "x", "type", "agreement:x")])
        made.append((f"d{first_doc + n // 2:05d}", 0, la, list(la.parties)))
    return made


def _in_order(local: list[tuple]) -> list[tuple]:
    local = sorted(local, key=lambda x: (x[0], x[2].evidence[0].start))
    return [(doc, n, la, parties) for n, (doc, _, la, parties) in enumerate(local)]


@pytest.mark.parametrize(("where", "size"), [("after", 6), ("among", 5), ("before", 9)])
def test_kept_merges_give_the_agreements_of_a_merge_from_nothing(where, size, monkeypatch):
    rng = random.Random(f"agreements {where}{size}")
    compared: list[int] = []
    same = agreements_module._same_instrument
    monkeypatch.setattr(agreements_module, "_same_instrument", lambda a, la, p: compared.append(1) or same(a, la, p))
    stored = _in_order(_agreements(rng, 400, first_doc=1000))
    memo = _Memo()
    assert merge_agreements(copy.deepcopy(stored), memo) == merge_agreements(copy.deepcopy(stored))
    for step in range(3):
        first = {"after": 2000 + 100 * step, "among": 1000 + 37 * step, "before": 900 - 100 * step}[where]
        new = _agreements(rng, size, first_doc=first)
        if where == "among":
            new = [(doc + "b", order, la, parties) for doc, order, la, parties in new]
        stored = _in_order(stored + new)
        compared.clear()
        expected = merge_agreements(copy.deepcopy(stored))
        from_nothing = len(compared)
        compared.clear()
        assert merge_agreements(copy.deepcopy(stored), memo) == expected
        assert memo.hits == 1 and memo.made == 1
        if where == "after":  # only the new reports are compared
            assert 0 < len(compared) < from_nothing / 20
    merge_agreements(copy.deepcopy(stored), memo)
    assert memo.made == 0  # nothing changed: nothing kept anew
