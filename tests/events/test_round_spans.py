"""A round's start, end and date as its sessions and plans tell them across reports."""
from __future__ import annotations

from hiwar.extract.types import LocalEvent, LocalRound, Mention
from hiwar.record import Event
from hiwar.resolve.events import Report, merge_events
from hiwar.resolve.rounds import merge_rounds


def _session(value, status: str = "happened") -> Event:
    return Event("", "round_session", date=value, status=status, dialogue="JO-US", round=2, documents=["a"])


def test_a_round_held_over_two_days_starts_on_the_first_and_ends_on_the_last():
    (r,) = merge_rounds([("a", LocalRound("JO-US", 2))], [_session({"start": "2022-05-10", "end": "2022-05-11"})])
    assert (r.start, r.end) == ("2022-05-10", "2022-05-11")


def test_a_start_only_known_as_a_span_of_years_is_unknown():
    (r,) = merge_rounds([("a", LocalRound("JO-US", 2, start={"start": "2019", "end": "2022"}))], [])
    assert r.start is None


def test_a_year_told_by_one_report_yields_to_the_day_another_gives_its_session():
    (r,) = merge_rounds([("a", LocalRound("JO-US", 2, start="2021")), ("b", LocalRound("JO-US", 2))],
                        [_session("2021-03-14")])
    assert r.start == "2021-03-14"
    # a session of its own dated by that year keeps it: the round began that year, before the day told
    (r,) = merge_rounds([("a", LocalRound("JO-US", 2, start="2021"))], [_session("2021"), _session("2021-03-14")])
    assert r.start == "2021"


def _report(doc: str, order: int, value, status: str, rule: str = "date:nearest_in_sentence") -> Report:
    ev = LocalEvent("round_session", date=value, status=status, round=2, dialogue="JO-US")
    ev.evidence.append(Mention("evidence", 0, 1, "x", "date", rule))
    return Report(doc, order, ev, (), (), dialogue="JO-US")


def test_a_meeting_announced_for_a_day_and_told_as_held_without_one_keeps_that_day():
    (e,) = merge_events([_report("a", 0, "2019-10-17", "planned"), _report("b", 1, None, "happened")])
    assert (e.date, e.status) == ("2019-10-17", "happened")


def test_a_planned_day_outranks_the_month_a_held_report_only_takes_from_its_page():
    (e,) = merge_events([_report("a", 0, "2019-10", "happened", "date:anchor_month"),
                         _report("b", 1, "2019-10-17", "planned")])
    assert e.date == "2019-10-17"
    # but a day the held report states outranks the plan's
    (e,) = merge_events([_report("a", 0, "2019-10-18", "happened"),
                         _report("b", 1, {"start": "2019-10-17", "end": "2019-10-19"}, "planned")])
    assert e.date == "2019-10-18"


def test_a_closing_told_only_by_its_month_ends_on_the_day_of_the_session_it_closes():
    told = [("a", LocalRound("JO-US", 2, start="2014-04-04")), ("b", LocalRound("JO-US", 2, end="2014-04"))]
    (r,) = merge_rounds(told, [_session("2014-04-04")])
    assert (r.start, r.end) == ("2014-04-04", "2014-04-04")


def test_a_visit_told_as_held_keeps_its_month_over_the_day_planned_for_its_talks():
    plan, held = _report("a", 0, "2019-10-17", "planned"), _report("b", 1, "2019-10", "happened", "date:anchor_month")
    for r in (plan, held):
        r.event.type = "visit"
    (e,) = merge_events([plan, held])
    assert e.date == "2019-10"
