"""iCalendar: parsed back with icalendar, the seeds' rounds are on their days, planned ones tentative."""
from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from hiwar.cli import main
from hiwar.export.ics import calendar
from hiwar.record import Event, Record


@pytest.fixture(scope="module")
def entries(seeds_db, tmp_path_factory) -> list:
    out = tmp_path_factory.mktemp("ics") / "kwus.ics"
    assert main(["export", "--format", "ics", "--dialogue", "KW-US", "--db", seeds_db, "-o", str(out)]) == 0
    return list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))


def by_summary(entries, text):
    return [e for e in entries if text in str(e["SUMMARY"])]


def test_the_seeds_rounds_are_on_their_days(entries):
    round4, = by_summary(entries, "dialogue, round 4")
    assert (round4.decoded("DTSTART"), round4.decoded("DTEND")) == (date(2020, 11, 9), date(2020, 11, 25))
    round5, = by_summary(entries, "dialogue, round 5")
    assert (round5.decoded("DTSTART"), round5.decoded("DTEND")) == (date(2022, 1, 26), date(2022, 1, 27))
    assert str(round5["LOCATION"]) == "واشنطن" and str(round5["STATUS"]) == "CONFIRMED"
    assert "004_25e8a5953bb0be91" in str(round5["DESCRIPTION"])


def test_year_only_and_undated_items_stay_off_the_calendar(entries):
    assert not by_summary(entries, "round 1") and not by_summary(entries, "round 6")


def test_month_dates_span_their_month_and_planned_ones_are_tentative():
    record = Record(events=[Event("e1", "round_session", date={"start": "2021-10", "end": "2021-12"},
                                  status="planned", dialogue="KW-US", round=5, documents=["d1"])])
    entry, = calendar(record).walk("VEVENT")
    assert str(entry["STATUS"]) == "TENTATIVE"
    assert (entry.decoded("DTSTART"), entry.decoded("DTEND")) == (date(2021, 10, 1), date(2022, 1, 1))
    assert "d1" in str(entry["DESCRIPTION"])
