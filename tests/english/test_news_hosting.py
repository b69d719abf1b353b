"""A visit announced by its host (sentences written for these tests)."""
from datetime import date

from hiwar.pipeline import SourceDoc, analyze


def test_a_host_who_will_welcome_a_minister_tells_a_planned_meeting_and_the_ministers_visit():
    text = ("Secretary of State Marco Rubio will welcome Bahraini Foreign Minister Abdullatif Al Zayani to "
            "Washington on July 9 and 10 for the U.S.-Bahrain Strategic Dialogue.")
    analysis = analyze(SourceDoc("en", text, language="en"), date(2025, 7, 1))
    names = {e.local_id: e.name for e in analysis.entities}
    kinds = {e.type: e for e in analysis.events}
    assert set(kinds) >= {"bilateral_meeting", "visit"}
    meeting = kinds["bilateral_meeting"]
    assert (meeting.status, meeting.date, meeting.venue) == (
        "planned", {"start": "2025-07-09", "end": "2025-07-10"}, "Washington")
    assert [names[p] for p in kinds["visit"].participants][:1] == ["Abdullatif Al Zayani"]
