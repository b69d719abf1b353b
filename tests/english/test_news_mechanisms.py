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
    assert rounds_of("The ministers closed the fourth annual meeting of the U.S.-Jordan Strategic Dialogue in "
                     "Amman on Wednesday.", date(2022, 5, 19)) == [("JO-US", 4)]


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
    posted = persons("The dinner was attended by Omani Ambassador to the African Union Salim Al Kindi, and the "
                     "Director of the U.S. Department of State spoke.")
    assert (posted["Salim Al Kindi"].titles, posted["Salim Al Kindi"].country) == (
        ["Omani Ambassador to the African Union"], "OM")


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


def test_the_names_after_chaired_by_are_persons_without_a_title():
    found = persons("The meeting was co-chaired by Ana Ferreira and Hamad Al Rawahi, and led by Saudi Aramco.")
    assert set(found) == {"Ana Ferreira", "Hamad Al Rawahi"}


def test_portfolios_joined_by_and_name_one_ministry():
    analysis, _ = read("The Ministry of Energy and Industry of Qatar and the Ministry of Commerce, Trade and "
                       "Investment of Oman signed an MoU.", date(2023, 5, 2))
    bodies = {e.name_en for e in analysis.entities if e.kind == "organization"}
    assert {"Qatar Ministry of Energy and Industry", "Oman Ministry of Commerce, Trade and Investment"} <= bodies


def test_a_royal_or_european_office_set_after_a_name_is_its_title():
    found = persons("His Royal Highness Prince Faisal bin Nasser, the Crown Prince and Prime Minister of the Kingdom "
                    "of Bahrain, met H.E. Lena Holm, High Representative of the European Union for Trade, in Manama.")
    assert found["Faisal bin Nasser"].titles == ["Crown Prince and Prime Minister of the Kingdom of Bahrain"]
    assert found["Faisal bin Nasser"].country == "BH"
    assert found["Lena Holm"].titles == ["High Representative of the European Union for Trade"]


def test_no_body_runs_over_an_office_held_besides_a_credit_prefix_or_a_states_style():
    analysis, _ = read("(WIRE- Oman News Agency) Sayyid Taimur, Deputy Chairman of the Council of Ministers and "
                       "Minister of Culture, signed an MoU between the Government of the Sultanate of Oman and the "
                       "Government of the Republic of Chile.", date(2024, 2, 1))
    bodies = {e.name for e in analysis.entities if e.kind == "organization"}
    assert "Council of Ministers" in bodies
    assert not any(b.startswith(("WIRE", "Government of")) or b.endswith("Minister") for b in bodies)


def test_the_heads_of_the_sides_told_after_the_session_are_at_it_and_of_their_sides():
    analysis, names = read("The second round of political consultations between Qatar and Chile was held in Doha on "
                           "Monday.\n\nDuring the session, the Qatari side was headed by Ali Saad Al Kuwari, while the "
                           "Chilean side was headed by Rosa Medina.", date(2023, 3, 14))
    [session] = [e for e in analysis.events if e.type == "round_session"]
    assert {names[p] for p in session.participants} == {"Ali Saad Al Kuwari", "Rosa Medina"}
    sides = {e.name: e.country for e in analysis.entities if e.kind == "person"}
    assert sides == {"Ali Saad Al Kuwari": "QA", "Rosa Medina": "CL"}


def test_in_a_report_between_two_arab_states_an_arab_name_alone_tells_no_side():
    analysis, _ = read("The fourth session of the Qatar-Oman joint committee was held in Doha. Qatar and Oman signed "
                       "six agreements. The meeting was attended by Hamad bin Nasser Al Malki, Minister of Commerce, "
                       "and other officials of Qatar and Oman.", date(2023, 3, 14))
    sides = {e.name: e.country for e in analysis.entities if e.kind == "person"}
    assert sides["Hamad bin Nasser Al Malki"] is None


def test_a_body_that_is_one_party_names_the_dialogue_beside_a_country_or_another_body():
    assert rounds_of("The 29th EU-GCC Joint Council will meet in Kuwait on 3 June, co-chaired by the Kuwaiti "
                     "Foreign Minister; Kuwait and Oman will attend.", date(2024, 5, 20)) == [("EU-GCC", 29)]
    assert rounds_of("The third GCC-Japan Joint Commission was held in Tokyo on Monday; Oman and Qatar and Oman "
                     "attended.", date(2024, 5, 21)) == [("GCC-JP", 3)]


def test_a_family_name_in_capitals_after_an_office_begins_the_name():
    found = persons("On March 3, Foreign Minister KAMIKAWA Yoko held the dialogue with her guest.")
    assert found["KAMIKAWA Yoko"].titles == ["Foreign Minister"]


def test_a_department_of_foreign_affairs_is_not_the_united_states():
    analysis, _ = read("The Department of Foreign Affairs said its envoy met the Department of the Treasury.",
                       date(2017, 1, 12))
    bodies = {e.name: e.country for e in analysis.entities if e.kind == "organization"}
    assert bodies == {"Department of the Treasury": "US"}
