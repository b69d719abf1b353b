"""Conflicts across fields: a visit's date, an event's and a round's venue, a round's span, offices, weekdays."""
from __future__ import annotations

from hiwar.extract.types import LocalEntity, LocalEvent, LocalRound, Mention
from hiwar.pipeline import DocAnalysis
from hiwar.record import DocumentRec, Evidence, Person, Record
from hiwar.resolve.conflicts import add_conflicts
from hiwar.resolve.events import Report, merge_events
from hiwar.resolve.rounds import merge_rounds


def _report(doc: str, date: str, venue: str, date_rule: str, at: int) -> Report:
    event = LocalEvent("visit", date=date, dialogue="KW-US", venue=venue, participants=["p1"], countries=["KW", "US"],
                       evidence=[Mention("event", at, at + 5, "زيارة", "type", "trigger:visit"),
                                 Mention("event", at + 10, at + 15, "الشهر", "date", date_rule)])
    return Report(doc, at, event, ["p001"], [], 0)


def _fields(record: Record, obj) -> dict[str, tuple]:
    return {c.field: (c.claims, c.resolution) for c in obj.conflicts}


def test_a_visit_dated_june_by_one_report_and_28_july_by_another_is_a_conflict() -> None:
    reports = [_report("a", "2021-06", "واشنطن", "date:anchor_month", 0),
               _report("b", "2021-07-28", "واشنطن", "date:explicit", 100),
               _report("c", "2021-07-28", "واشنطن", "date:explicit", 200)]
    events = merge_events(reports)
    assert len(events) == 1
    record = Record([DocumentRec(d, None, "ar", None) for d in "abc"], events=events)
    add_conflicts(record, reports, [], [], [], {})
    found = _fields(record, events[0])
    assert found["date"][0] == (("a", '"2021-06"'), ("b", '"2021-07-28"'), ("c", '"2021-07-28"'))
    assert found["date"][1].startswith('kept "2021-07-28"') and "venue" not in found


def test_a_round_whose_venue_and_span_two_reports_give_differently() -> None:
    local = [("a", LocalRound("KW-US", 4, start="2020-11-09", end="2020-11-24", venue="واشنطن",
                              evidence=[Mention("round", 0, 5, "الجولة", "type", "r")])),
             ("b", LocalRound("KW-US", 4, start="2020-10-01", end="2020-11-24", venue="الكويت",
                              evidence=[Mention("round", 0, 5, "الجولة", "type", "r")])),
             ("c", LocalRound("KW-US", 4, venue="العاصمة الأمريكية واشنطن",
                              evidence=[Mention("round", 0, 5, "الجولة", "type", "r")]))]
    rounds = merge_rounds(local, [])
    record = Record([DocumentRec(d, None, "ar", None) for d in "abc"], rounds=rounds)
    add_conflicts(record, [], local, [], [], {})
    found = _fields(record, rounds[0])
    assert set(found) == {"venue", "start"}  # both give the same end
    # "واشنطن" and "العاصمة الأمريكية واشنطن" are one place; Kuwait is another
    assert found["venue"] == ((("a", "واشنطن"), ("b", "الكويت"), ("c", "العاصمة الأمريكية واشنطن")),
                              "kept واشنطن: the first source that names the place")
    assert found["start"] == ((("a", '"2020-11-09"'), ("b", '"2020-10-01"')),
                              'kept "2020-10-01": the earliest start a source gives')


def test_offices_that_share_nothing_are_a_conflict_and_spellings_of_one_office_are_not() -> None:
    def analysis(doc: str, *titles: str) -> DocAnalysis:
        return DocAnalysis(DocumentRec(doc, None, "ar", None), [LocalEntity("p1", "person", "س", titles=list(titles))])

    record = Record(persons=[Person("p001", "س"), Person("p002", "ص")])
    analyses = [analysis("a", "وزير الخارجية"), analysis("b", "وزيرة خارجية الولايات المتحدة"), analysis("c", "وزير الدفاع")]
    ids = {("a", "p1"): "p001", ("b", "p1"): "p001", ("c", "p1"): "p002"}
    add_conflicts(record, [], [], [], analyses, ids)
    assert record.persons[0].conflicts == []
    ids[("c", "p1")] = "p001"
    add_conflicts(record, [], [], [], analyses, ids)
    assert [c.field for c in record.persons[0].conflicts] == ["titles"]
    ranks = Record(persons=[Person("p001", "س")])
    add_conflicts(ranks, [], [], [], [analysis("a", "وزير الخارجية بدولة الكويت"),
                                      analysis("b", "سفير دولة الكويت لدى الولايات المتحدة")],
                  {("a", "p1"): "p001", ("b", "p1"): "p001"})
    assert [c.field for c in ranks.persons[0].conflicts] == ["titles"]
    spellings = Record(persons=[Person("p001", "س")])
    add_conflicts(spellings, [], [], [], [analysis("a", "الرئيس الأمريكي"), analysis("b", "الرئيس الأميركي"),
                                          analysis("c", "الرئيس")],
                  {(d, "p1"): "p001" for d in "abc"})
    assert spellings.persons[0].conflicts == []


def test_a_weekday_that_is_not_the_dates_weekday_is_a_conflict() -> None:
    from hiwar.record import Event

    event = Event("e001", "visit", "2020-11-24", documents=["a"],
                  evidence=[Evidence("a", 0, 13, "اليوم الاثنين", "date", "date:day_word")])
    record = Record(events=[event])
    add_conflicts(record, [], [], [], [], {})
    (conflict,) = event.conflicts
    assert conflict.field == "weekday" and "Monday" in conflict.claims[0][1] and "Tuesday" in conflict.claims[1][1]


def test_one_days_session_numbered_as_two_rounds_is_a_conflict_on_both() -> None:
    from hiwar.record import Event

    events = [Event("e001", "round_session", "2020-11-24", dialogue="KW-US", round=4, documents=["a"]),
              Event("e002", "round_session", "2020-11-24", dialogue="KW-US", round=5, documents=["b"]),
              Event("e003", "round_session", "2020-11-24", dialogue="QA-US", round=2, documents=["c"])]
    record = Record(events=events)
    add_conflicts(record, [], [], [], [], {})
    assert [c.claims for c in events[0].conflicts] == [(("a", "4"), ("b", "5"))]
    assert "e002 (round 5)" in events[0].conflicts[0].resolution and events[2].conflicts == []
