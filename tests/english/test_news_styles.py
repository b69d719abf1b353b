"""States' long styles, courtesies and ranks inside titles, lists of ministers with their offices before a comma,
and dialogues told as led, as 2+2 talks or as the time of what was said (sentences written for these tests)."""
from datetime import date

from test_english import persons
from test_english import read_english as read
from test_news_mechanisms import rounds_of
from test_news_readouts import organizations


def test_a_state_named_in_its_long_style_closes_the_title_and_opens_no_name():
    found = persons("Talks were held by the Foreign Minister of Oman and the Secretary of State of the U.S. of "
                    "America Marco Rubio. Present was the Rt. Hon David Lammy MP, Foreign Secretary of Great Britain "
                    "and Northern Ireland.")
    assert set(found) == {"Marco Rubio", "David Lammy"}
    assert found["Marco Rubio"].country == "US"
    assert found["Marco Rubio"].titles[0].endswith("Secretary of State of the U.S. of America")
    assert (found["David Lammy"].titles, found["David Lammy"].country) == (
        ["Foreign Secretary of Great Britain and Northern Ireland"], "GB")


def test_ranks_courtesies_and_cities_inside_an_office_are_no_name():
    found = persons("Guests included the Second Minister for Foreign Affairs of Brunei Darussalam Dato Seri Ahmad "
                    "Yusri, and Sheikh Khalid bin Saif Al Falasi, Crown Prince of Sharjah and Supreme Commander of "
                    "the UAE Armed Forces.")
    assert set(found) == {"Ahmad Yusri", "Khalid bin Saif Al Falasi"}
    assert (found["Ahmad Yusri"].titles, found["Ahmad Yusri"].country) == (
        ["Second Minister for Foreign Affairs of Brunei Darussalam"], "BN")
    assert found["Khalid bin Saif Al Falasi"].titles == [
        "Crown Prince of Sharjah and Supreme Commander of the UAE Armed Forces"]


def test_a_weekday_after_a_name_is_no_part_of_it():
    found = persons("Speaking in Dhaka, Prime Minister Sheikh Hasina Wajed Tuesday praised the new corridor.")
    assert set(found) == {"Hasina Wajed"}


def test_offices_listed_before_a_comma_title_the_family_names_in_capitals_after_them():
    found = persons("Those present: Minister for Foreign Affairs of Japan, SATO Kenji, and Minister of Defense of "
                    "Japan, ITO Haruka, then Defence Minister of India, Rajnath Singh.")
    assert (found["SATO Kenji"].titles, found["SATO Kenji"].country) == (["Minister for Foreign Affairs of Japan"], "JP")
    assert found["ITO Haruka"].titles == ["Minister of Defense of Japan"]


def test_a_name_and_its_family_names_alone_are_one_person_but_not_a_father_in_an_arab_nasab():
    found = persons("Premier Shehbaz Sharif Meets Envoy\n\nPakistani Prime Minister Muhammad Shehbaz Sharif received "
                    "the envoy, and Emir Tamim bin Hamad Al Thani later called Sheikh Hamad Al Thani.")
    assert "Shehbaz Sharif" not in found and found["Muhammad Shehbaz Sharif"].country == "PK"
    assert "Hamad Al Thani" in found


def test_heading_the_dialogue_itself_is_a_session_of_it_with_its_heads():
    analysis, names = read("Secretary of State Jane Doyle and Foreign Minister Hassan Ali of Jordan led the U.S.-Jordan "
                           "Strategic Dialogue on June 2-3, 2025, in Washington. The next session will be in Cairo.",
                           date(2025, 6, 10))
    held = [e for e in analysis.events if e.status == "happened"]
    assert [(e.type, e.date, e.venue) for e in held] == [("round_session", {"start": "2025-06-02",
                                                                           "end": "2025-06-03"}, "Washington")]
    assert {names[p] for p in held[0].participants} == {"Jane Doyle", "Hassan Ali"}


def test_two_plus_two_talks_and_their_editions_are_rounds():
    assert rounds_of("The maiden India-Australia Foreign and Defence Ministerial Dialogue was held in New Delhi on "
                     "Friday.", date(2021, 9, 12)) == [("AU-IN", 1)]
    assert rounds_of("Australia and Japan agreed on a drill during the third edition of 2+2 Ministerial Level talks "
                     "in Canberra.", date(2023, 5, 2)) == [("AU-JP", 3)]


def test_a_dialogue_told_as_the_time_of_what_was_said_is_a_session_held_that_day():
    analysis, names = read("India and Australia took stock of their naval ties during their 2+2 Ministerial "
                           "Dialogue in Canberra today. Defence Minister Rajnath Singh and Foreign Minister Penny Wong took part "
                           "in the meeting.", date(2023, 11, 20))
    (session,) = analysis.events
    assert (session.type, session.date, session.venue) == ("round_session", "2023-11-20", "Canberra")
    assert {names[p] for p in session.participants} == {"Rajnath Singh", "Penny Wong"}


def test_a_word_sharing_an_officials_consonants_only_across_vowels_is_no_one():
    found = persons("Moroccan Foreign Minister Nasser Bourita spoke of the plan for the Sahara.")
    assert set(found) == {"Nasser Bourita"}


def test_an_office_after_a_countrys_possessive_and_before_a_body_is_of_that_country():
    found = persons("It was signed by Oman's Secretary General of the National Security Council Said Al Harthi.")
    assert (found["Said Al Harthi"].titles, found["Said Al Harthi"].country) == (
        ["Secretary General of the National Security Council"], "OM")


def test_a_headline_above_an_office_is_no_part_of_it():
    found = persons("Allies Align On Maritime Security\nUS Secretary of State Marco Rubio met Slovak Foreign Minister "
                    "Juraj Blanar in Bratislava.")
    assert found["Marco Rubio"].titles == ["US Secretary of State"]
    assert found["Juraj Blanar"].country == "SK"


def test_in_a_list_of_offices_and_names_each_office_before_a_name_is_its_own():
    found = persons("Attending were: Minister for Foreign Affairs of Japan, SATO Kenji, Minister of Defense of "
                    "Japan, Minister of State for Defense, and Defence Minister of India, Rajnath Singh.")
    assert found["SATO Kenji"].titles == ["Minister for Foreign Affairs of Japan"]


def test_the_first_session_since_a_year_and_an_instrument_before_a_committee_number_no_round():
    assert rounds_of("Jordan and the United States held in Amman the first Strategic Dialogue between them since "
                     "2011.", date(2016, 3, 3)) == []
    assert rounds_of("Oman and India signed three MoUs; a second agreement set up a Joint Committee on fisheries.",
                     date(2022, 4, 4)) == []


def test_a_dialogue_that_will_kick_off_is_planned_and_a_meeting_beside_a_groups_summit_is_bilateral():
    analysis, _ = read("The third annual strategic dialogue between Kuwait and the United States will kick off "
                       "Monday in Kuwait City.", date(2019, 9, 6))
    assert [(e.type, e.status) for e in analysis.events] == [("round_session", "planned")]
    analysis, _ = read("Secretary of State Marco Rubio met Slovak Foreign Minister Juraj Blanar in Brussels on the "
                       "margins of a NATO ministerial.", date(2025, 4, 4))
    assert [(e.type, e.dialogue) for e in analysis.events] == [("bilateral_meeting", "SK-US")]


def test_a_long_office_of_two_posts_before_a_comma_titles_the_name():
    found = persons("He received the Deputy Premier and Minister for Foreign and Expatriate Affairs of the "
                    "Hashemite Kingdom of Jordan, Ayman Safadi, in Kuwait.")
    assert found["Ayman Safadi"].titles == [
        "Deputy Premier and Minister for Foreign and Expatriate Affairs of the Hashemite Kingdom of Jordan"]


def test_a_given_name_that_is_an_office_word_before_an_al_name_and_a_lower_case_posting():
    found = persons("Sultan Al-Mansoori signed for Bahrain while the British ambassador to Bahrain Alastair Long "
                    "signed for his country.")
    assert set(found) == {"Sultan Al-Mansoori", "Alastair Long"}
    assert (found["Alastair Long"].titles, found["Alastair Long"].country) == (["British ambassador to Bahrain"], "GB")


def test_the_talks_led_by_two_ministers_told_after_the_talks_name_their_participants():
    analysis, names = read("Oman and Kuwait wrapped up their political consultations in Muscat on Monday.\n\nThe talks "
                           "led by Omani Foreign Minister Badr Albusaidi and his Kuwaiti counterpart, Abdullah Al-Yahya, "
                           "were the first this year. On the Omani side, the session was led by Under Secretary "
                           "Khalifa Al Harthy.", date(2025, 2, 5))
    (session,) = analysis.events
    assert {names[p] for p in session.participants} == {"Badr Albusaidi", "Abdullah Al-Yahya", "Khalifa Al Harthy"}


def test_talks_told_again_as_held_in_a_city_give_the_session_its_venue():
    analysis, _ = read("On 5th May, Jordan and Canada conducted their strategic dialogue. During these long talks, "
                       "held in Ottawa, the two sides spoke of trade.", date(2016, 5, 9))
    assert [(e.type, e.date, e.venue) for e in analysis.events] == [("round_session", "2016-05-05", "Ottawa")]


def test_a_page_of_a_group_of_states_and_another_keeps_the_group_as_a_party():
    analysis, _ = read("The foreign ministers of the Gulf Cooperation Council, among them Kuwaiti Foreign Minister "
                       "Abdullah Al-Yahya and Omani Foreign Minister Badr Albusaidi, met Japanese Foreign Minister "
                       "Takeshi Iwaya in Tokyo on 3 March.", date(2025, 3, 4))
    assert [e.dialogue for e in analysis.events] == ["GCC-JP"]


def test_a_lone_surname_qualifying_an_administration_is_no_mention_of_the_person():
    analysis, names = read("Jordan and the United States wrapped up the strategic dialogue in Amman on Monday. The "
                           "talks led by Secretary of State Antony Blinken and Foreign Minister Ayman Safadi came "
                           "early in the Biden administration.", date(2021, 3, 10))
    (session,) = analysis.events
    assert {names[p] for p in session.participants} == {"Antony Blinken", "Ayman Safadi"}


def test_a_memorandum_told_again_with_its_verb_is_no_new_one():
    analysis, _ = read("The two ministries signed a memorandum of understanding on development aid. The MoU seeks "
                       "to build a base for joint projects in Africa.", date(2020, 10, 26))
    assert [a.subject for a in analysis.agreements] == ["memorandum of understanding on development aid"]
    analysis, _ = read("Joint Statement: U.S.-Oman Strategic Dialogue at the Ministerial Level\n\nThe two sides signed "
                       "several MoUs. An MoU focused on heritage was signed by the ministries.", date(2024, 2, 2))
    assert sorted(a.subject for a in analysis.agreements) == [
        "Joint Statement: U.S.-Oman Strategic Dialogue at the Ministerial Level", "MoU focused on heritage"]


def test_a_dialogues_own_council_or_commission_after_its_states_is_no_organization():
    assert organizations("Oman and Qatar held the second Omani-Qatari Coordination Council meeting, and the Joint "
                         "Commission met later. The Oman-Qatar Joint Business Council was set up.") == {
        "Oman-Qatar Joint Business Council": None}


def test_a_numbered_two_plus_two_meeting_and_an_annual_meeting_of_a_dialogue_are_rounds():
    assert rounds_of("Ministers of New Zealand and Japan met for the Third 2+2 Meeting on 4 May in Wellington.",
                     date(2024, 5, 5)) == [("JP-NZ", 3)]
    assert rounds_of("The two ministers met in Rabat at the close of the second annual meeting of the U.S.-Morocco "
                     "Strategic Dialogue.", date(2013, 4, 4)) == [("MA-US", 2)]
    assert rounds_of("Officials of Chile and Peru said the 2+2 meeting is useful.", date(2024, 5, 5)) == []


def test_the_heads_of_talks_told_in_a_sentence_with_a_relative_clause_are_their_participants():
    analysis, names = read("The inaugural Kuwait-Canada Strategic Dialogue opened in Ottawa this week. The talks, "
                           "which opened on Monday, were chaired by Sheikh Salem Al-Sabah, the Kuwaiti foreign "
                           "minister, and Melanie Joly, the Canadian foreign minister.", date(2023, 3, 8))
    (session,) = [e for e in analysis.events if e.type == "round_session"]
    assert {names[p] for p in session.participants} == {"Salem Al-Sabah", "Melanie Joly"}


def test_courtesies_of_australian_ministers_and_an_apposed_office_end_at_the_paragraph():
    found = persons("The Hon Penny Wong MP, Minister for Foreign Affairs\n\nGeneral (retired) Budi Santoso, "
                    "Minister of Defence\n\n  2. Ministers met in Sydney.")
    assert found["Penny Wong"].titles == ["Minister for Foreign Affairs"]
    assert found["Budi Santoso"].titles == ["Minister of Defence"]


def test_those_who_will_lead_a_delegation_at_a_round_are_its_participants():
    analysis, names = read("Defence Minister Rajnath Singh will lead the Indian delegation at the Third India-Canada "
                           "2+2 Ministerial Dialogue on 4 May in Ottawa. Foreign Minister Melanie Joly and Defence "
                           "Minister Bill Blair will lead the Canadian delegation.", date(2024, 4, 20))
    (session,) = analysis.events
    assert {names[p] for p in session.participants} == {"Rajnath Singh", "Melanie Joly", "Bill Blair"}


def test_an_office_before_a_headline_verb_is_no_part_of_the_title_after_it():
    found = persons("Foreign Minister Receives Omani Foreign Minister Badr Albusaidi\n\nThe two met in Amman.")
    assert found["Badr Albusaidi"].titles == ["Omani Foreign Minister"]


def test_an_office_of_three_posts_and_a_ministry_before_a_name_is_read_whole():
    found = persons("Adviser to the Deputy Premier and Minister of State for Foreign Affairs and Spokesman for the "
                    "Ministry of Foreign Affairs Dr Khalid Al Mansour spoke to the press in Doha.")
    assert found["Khalid Al Mansour"].titles == [
        "Adviser to the Deputy Premier and Minister of State for Foreign Affairs and Spokesman for the Ministry of "
        "Foreign Affairs"]


def test_a_counterpart_named_by_its_office_after_a_comma_is_of_the_counterparts_country():
    found = persons("The Emirati minister arrived in Dhaka. His Bangladeshi counterpart, Foreign Adviser Touhid "
                    "Hossain, received him.")
    assert (found["Touhid Hossain"].titles, found["Touhid Hossain"].country) == (["Foreign Adviser"], "BD")


def test_a_country_named_in_a_papers_name_is_no_party_of_the_report():
    analysis, _ = read("JEDDAH, (Kuwait Times / Oman Observer - 3rd May, 2021) The Saudi Foreign Minister spoke by "
                       "phone today with US Secretary of State Antony Blinken.", date(2021, 5, 3))
    assert [(e.type, e.dialogue) for e in analysis.events] == [("bilateral_meeting", "SA-US")]


def test_a_given_names_initial_joins_the_official_it_is_the_initial_of():
    assert persons("External Affairs Minister of India, S. Jaishankar, flew to Muscat.")[
        "S. Jaishankar"].gazetteer_id == "jaishankar"
    assert persons("Foreign Minister A. Jaishankar of Ruritania flew to Muscat.")["A. Jaishankar"].gazetteer_id is None


def test_a_pronoun_opening_a_paragraph_and_a_portfolio_closing_an_office_are_no_names():
    found = persons("Foreign Minister Wang Yi landed in Riyadh on Sunday.\n\nHis talks there were announced by "
                    "the Saudi Press Agency.")
    assert set(found) == {"Wang Yi"}
    found = persons("The letter was handed over by the Minister of State for Higher Education and Research.")
    assert found == {}
