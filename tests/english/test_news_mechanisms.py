"""Dialogues run by a committee, commission, council or steering group, and the persons and offices of
wire and ministry readouts on them (sentences written for these tests)."""
from datetime import date

from test_english import persons
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


def test_offices_of_other_foreign_services_vouch_for_the_name_after_them():
    found = persons("External Affairs Minister Dr S. Jaishankar met Minister of Foreign Affairs and Expatriates "
                    "Ayman Safadi, and DFA Undersecretary for Policy Enrique A. Manalo joined them.")
    assert (found["S. Jaishankar"].titles, found["S. Jaishankar"].country) == (["External Affairs Minister"], "IN")
    assert found["Ayman Safadi"].titles == ["Minister of Foreign Affairs and Expatriates"]
    assert found["Enrique A. Manalo"].titles == ["Undersecretary for Policy"]


def test_an_office_of_a_body_named_before_the_name_is_its_title():
    found = persons("Vice-President of the European Commission Maros Sefcovic met the President of the European "
                    "Council Antonio Costa in Brussels.")
    assert found["Maros Sefcovic"].titles == ["Vice-President of the European Commission"]
    assert found["Antonio Costa"].titles == ["President of the European Council"]


def test_an_office_and_a_comma_before_a_name_is_its_title_and_its_owners_country_its_side():
    found = persons("The talks were co-chaired by the UK's Minister for the Gulf, Anne Marsh, and by UK Minister "
                    "of State for Trade, Paul Green. It was signed by the Minister of Energy, Prince Abdulaziz "
                    "bin Salman, on Sunday.")
    assert (found["Anne Marsh"].titles, found["Anne Marsh"].country) == (["Minister for the Gulf"], "GB")
    assert (found["Paul Green"].titles, found["Paul Green"].country) == (["UK Minister of State for Trade"], "GB")
    assert found["Abdulaziz bin Salman"].titles == ["Minister of Energy"]


def test_an_office_of_a_country_named_after_of_gives_the_side_and_letters_after_a_name_are_dropped():
    found = persons("He will meet the Foreign Minister of Saudi Arabia Faisal bin Farhan in Jeddah. The group was "
                    "co-chaired by Ian Lord MP, Under-Secretary of State for Africa.")
    assert (found["Faisal bin Farhan"].titles, found["Faisal bin Farhan"].country) == (
        ["Foreign Minister of Saudi Arabia"], "SA")
    assert found["Ian Lord"].titles == ["Under-Secretary of State for Africa"]


def test_a_given_name_after_a_personal_courtesy_is_no_office():
    found = persons("Dr Sultan Saeed Al Badi attended, and His Majesty Sultan Haitham bin Tarik received him.")
    assert "Sultan Saeed Al Badi" in found and found["Sultan Saeed Al Badi"].titles == []
    assert found["Haitham bin Tarik"].titles == ["Sultan"]


def test_a_head_of_a_department_set_after_a_name_is_its_title():
    found = persons("The Omani side was led by Salim Rashid al Harrasi, head of the Asia Department, and the "
                    "other by Pedro Nunes, Director General of Foreign Policy.")
    assert found["Salim Rashid al Harrasi"].titles == ["head of the Asia Department"]
    assert found["Pedro Nunes"].titles == ["Director General of Foreign Policy"]
