"""Dialogues run by a committee, commission, council or steering group, and the persons and offices of
wire and ministry readouts on them (sentences written for these tests)."""
from datetime import date

from test_english import read_english as read


def rounds_of(text: str, anchor: date) -> list[tuple[str, int]]:
    analysis, _ = read(text, anchor)
    return sorted((r.dialogue, r.number) for r in analysis.rounds)


def test_the_numbered_meetings_of_a_commission_council_or_steering_group_are_its_rounds():
    assert rounds_of("The 9th India-Oman Joint Commission meeting was held in Muscat on Monday.",
                     date(2023, 5, 9)) == [("IN-OM", 9)]
    assert rounds_of("The eleventh meeting of the UK-Qatar Joint Steering Group took place in London on 4 March.",
                     date(2024, 3, 6)) == [("GB-QA", 11)]
    assert rounds_of("Ministers of Kuwait and Egypt held the sixth session of the Kuwaiti-Egyptian joint higher "
                     "committee in Cairo on Sunday.", date(2022, 2, 14)) == [("EG-KW", 6)]
    assert rounds_of("The first round of political consultations between Oman and Brazil was held in Brasilia "
                     "on Tuesday.", date(2021, 6, 2)) == [("BR-OM", 1)]
