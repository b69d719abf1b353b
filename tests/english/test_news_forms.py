"""Forms of English wire and government news that read right (sentences written for these tests):
offices at a line's start, courtesies after a state's style, royal styles, title-case headlines,
appositions, offices "for" a country, and officials of more countries."""
from datetime import date

from test_english import persons
from test_english import read_english as read


def test_an_office_opening_a_line_is_read_whole_after_a_dateline():
    found = persons("Office of the Spokesperson\nJune 2, 2022\n\nSecretary of State Antony J. Blinken will travel "
                    "to Riyadh.")
    assert found["Antony J. Blinken"].titles == ["Secretary of State"]


def test_a_courtesy_after_a_states_style_begins_the_name_and_the_style_ends_the_title():
    found = persons("The Minister of Foreign Affairs of the Republic of Iraq HE Fuad Hussein received a call from "
                    "the Secretary of State of the United States of America HE Marco Rubio.")
    assert found["Fuad Hussein"].titles == ["Minister of Foreign Affairs of the Republic of Iraq"]
    assert found["Fuad Hussein"].country == "IQ"
    assert found["Marco Rubio"].titles == ["Secretary of State of the United States of America"]


def test_a_royal_style_closing_a_title_is_dropped_unless_it_completes_the_office():
    found = persons("Saudi Foreign Minister Prince Faisal bin Farhan greeted Crown Prince Salman bin Hamad Al "
                    "Khalifa, and Princess Reema bint Bandar joined them.")
    assert found["Faisal bin Farhan"].titles == ["Saudi Foreign Minister"]
    assert found["Salman bin Hamad Al Khalifa"].titles == ["Crown Prince"]
    assert "Reema bint Bandar" in found


def test_the_verbs_and_small_words_of_a_title_case_headline_are_no_name():
    for headline in ("Foreign Minister Receives Phone Call From Egyptian Counterpart",
                     "Deputy Prime Minister Holds Talks With US Envoy",
                     "Ministers Agree On Importance Of Dialogue"):
        assert persons(headline + "\n\nThe two sides met in Doha.") == {}


def test_an_apposition_naming_someone_else_is_no_title_and_a_plural_office_is_shared():
    found = persons("Present were Iraqi Deputy Prime Ministers Ali Allawi and Fuad Hussein, Planning Minister "
                    "Mohammed Tamim, and the governor of the central bank.")
    assert found["Ali Allawi"].titles == ["Iraqi Deputy Prime Ministers"] and found["Ali Allawi"].country == "IQ"
    assert (found["Fuad Hussein"].titles, found["Fuad Hussein"].country) == (["Iraqi Deputy Prime Ministers"], "IQ")


def test_an_office_for_a_country_holds_the_country_and_the_name_follows_it():
    found = persons("US Special Envoy for Yemen Tim Lenderking arrived in Muscat on Sunday.")
    assert set(found) == {"Tim Lenderking"}
    assert (found["Tim Lenderking"].titles, found["Tim Lenderking"].country) == (["US Special Envoy for Yemen"], "US")


def test_officials_of_more_countries_are_told_by_their_adjective():
    found = persons("Turkish Foreign Minister Hakan Fidan and Pakistani Foreign Minister Ishaq Dar met Indonesian "
                    "Foreign Minister Retno Marsudi.")
    assert {n: p.country for n, p in found.items()} == {"Hakan Fidan": "TR", "Ishaq Dar": "PK", "Retno Marsudi": "ID"}


def test_a_call_held_with_its_day_between_the_verb_and_the_noun_is_one_call():
    analysis, names = read("Deputy Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani held yesterday a phone "
                           "call with US Secretary of State Marco Rubio.", date(2025, 4, 2))
    calls = [e for e in analysis.events if e.type == "bilateral_meeting"]
    assert len(calls) == 1 and calls[0].mode == "virtual"
    assert {names[p] for p in calls[0].participants} == {"Mohammed bin Abdulrahman Al Thani", "Marco Rubio"}


def test_persons_who_lead_or_attend_the_meeting_told_are_at_that_meeting():
    analysis, names = read("The two countries will hold the seventh round of their Strategic Dialogue in Manama on "
                           "May 4. Foreign Minister Abdullatif Al Zayani and Secretary of State Marco Rubio will "
                           "co-chair the meeting. Ambassador Steven Bondy will attend the talks.", date(2025, 4, 20))
    assert [(e.type, e.round) for e in analysis.events] == [("round_session", 7)]
    assert {names[p] for p in analysis.events[0].participants} == {"Abdullatif Al Zayani", "Marco Rubio",
                                                                   "Steven Bondy"}


def test_countries_named_as_a_place_or_a_matter_do_not_make_a_meeting_multilateral():
    analysis, _ = read("Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan to discuss "
                       "the conflict in Yemen and the talks on Iran.", date(2025, 3, 5))
    assert [e.type for e in analysis.events] == ["bilateral_meeting"]


def test_a_session_told_again_without_its_number_keeps_the_number_told():
    analysis, _ = read("Jordan and the United States held the fourth round of their Strategic Dialogue in Amman on "
                       "June 3. The Strategic Dialogue meeting reviewed defense cooperation.", date(2025, 6, 4))
    assert [(e.type, e.round) for e in analysis.events] == [("round_session", 4)]


def test_a_dialogues_own_count_of_its_meetings_numbers_the_round():
    analysis, _ = read("The Joint Committee for Strategic Dialogue will convene its third meeting in Amman on "
                       "June 8.", date(2025, 6, 4))
    assert [(e.type, e.round, e.status) for e in analysis.events] == [("round_session", 3, "planned")]


def test_a_sentence_giving_the_number_of_the_meeting_told_numbers_that_meeting():
    analysis, names = read("Prime Minister Mohammed Shia al-Sudani and Secretary of State Marco Rubio co-chaired a "
                           "meeting of the Higher Coordinating Committee in Baghdad on May 2. It was the seventh "
                           "meeting of the HCC since 2008.", date(2025, 5, 3))
    assert [(e.type, e.round, e.date) for e in analysis.events] == [("round_session", 7, "2025-05-02")]
    assert len(analysis.events[0].participants) == 2


def test_an_office_joined_by_and_or_wrapped_at_a_lines_end_is_read_whole_with_its_owner():
    found = persons("India’s Minister of Commerce and Industry Piyush Goyal met the Deputy Prime Minister and "
                    "Foreign\nMinister Sheikh Mohammed bin Abdulrahman Al Thani and the Adviser to the Prime Minister "
                    "on Foreign Affairs Sartaj Aziz.")
    assert (found["Piyush Goyal"].titles, found["Piyush Goyal"].country) == (
        ["Minister of Commerce and Industry"], "IN")
    assert found["Mohammed bin Abdulrahman Al Thani"].titles == ["Deputy Prime Minister and Foreign Minister"]
    assert found["Sartaj Aziz"].titles == ["Adviser to the Prime Minister on Foreign Affairs"]


def test_an_official_sharing_first_name_and_family_sound_but_not_the_names_between_is_someone_else():
    found = persons("Minister of State for Energy Affairs Mohammed bin Saleh Al Sada opened the forum.")
    assert found["Mohammed bin Saleh Al Sada"].gazetteer_id is None


def test_a_verb_of_starting_is_no_ordinal_of_the_round_it_starts():
    analysis, _ = read("The two governments will launch their fifth Strategic Dialogue on March 3 in Kuwait.",
                       date(2025, 2, 20))
    assert [(e.type, e.round) for e in analysis.events] == [("round_session", 5)]


def test_an_office_or_a_counterpart_set_before_a_name_with_a_comma_vouches_for_it():
    found = persons("Secretary of State Marco Rubio and his Omani counterpart, Badr Albusaidi, met the Adviser to "
                    "the Saudi Minister of Energy, Fahad Alajlan, in Muscat.")
    assert found["Badr Albusaidi"].country == "OM"
    assert (found["Fahad Alajlan"].titles, found["Fahad Alajlan"].country) == (
        ["Adviser to the Saudi Minister of Energy"], "SA")


def test_an_office_written_in_lower_case_before_a_name_is_its_title():
    found = persons("The talks were opened by Foreign minister Ayman Safadi, and defence ministry spokesman Turki "
                    "Al-Maliki said more meetings would follow.")
    assert found["Ayman Safadi"].titles == ["Foreign minister"]
    assert found["Turki Al-Maliki"].titles == ["defence ministry spokesman"]


def test_the_meeting_told_again_in_a_sentence_naming_no_dialogue_gives_its_day_and_place():
    analysis, _ = read("Oman and the United States concluded the second round of their Strategic Dialogue. The "
                       "statement was issued after the meeting held in Muscat on Monday.", date(2025, 3, 5))
    session = next(e for e in analysis.events if e.type == "round_session")
    assert (session.round, session.date, session.venue) == (2, "2025-03-03", "Muscat")


def test_an_office_opening_a_quotation_or_shortened_in_a_headline_is_read_whole():
    found = persons('US Sec. of State Rubio in Doha\n\n"Secretary of State Marco Rubio met today with the Emir," '
                    'the release said.')
    assert found["Marco Rubio"].titles == ["US Sec. of State", "Secretary of State"]


def test_a_lone_surname_after_a_full_name_does_not_take_an_official_of_another_first_name():
    found = persons("Iraqi Prime Minister Nouri Al-Maliki chaired the meeting. Prime Minister Al-Maliki said it was "
                    "a success.")
    assert found["Nouri Al-Maliki"].country == "IQ" and found["Nouri Al-Maliki"].gazetteer_id is None


def test_names_of_the_arab_world_unlisted_before_take_the_arab_side_of_the_report():
    found = persons("Iraq and the United States met in Baghdad. Deputy Foreign Minister Nizar Khairullah and Defense "
                    "Minister Abdul-Qadir Obeidi received Deputy Secretary of State John Sullivan.")
    assert found["Nizar Khairullah"].country == "IQ" and found["Abdul-Qadir Obeidi"].country == "IQ"


def test_an_office_in_lower_case_after_a_name_and_a_country_adjective_is_its_title():
    found = persons("Talks in Rome brought together Badr Albusaidi, the Omani minister of foreign affairs, and Ahmed "
                    "Ali, the Egyptian ambassador to Italy, while Karim Saleh, the Jordanian minister said on Monday, "
                    "was away. Lena Ford, the Canadian secretary for trade, energy and industry, joined them.")
    assert (found["Badr Albusaidi"].titles, found["Badr Albusaidi"].country) == (
        ["Omani minister of foreign affairs"], "OM")
    assert found["Ahmed Ali"].titles == ["Egyptian ambassador to Italy"]
    assert found["Lena Ford"].titles == ["Canadian secretary for trade, energy and industry"]
    assert found["Karim Saleh"].titles == []


def test_a_dialogue_to_begin_on_a_day_is_a_planned_session_and_one_launched_in_a_year_is_none():
    analysis, _ = read("Manama said on Sunday that the Bahraini-Japanese strategic dialogue will begin on Wednesday, "
                       "May 8, in Tokyo.", date(2024, 5, 5))
    session = next(e for e in analysis.events if e.type == "round_session")
    assert (session.date, session.status, session.venue) == ("2024-05-08", "planned", "Tokyo")
    founded, _ = read("The Jordan-Canada Strategic Dialogue began in 2019 and has grown since.", date(2024, 5, 5))
    assert not any(e.type == "round_session" for e in founded.events)


def test_the_dialogue_named_as_the_subject_after_a_saying_makes_the_session_of_it():
    analysis, _ = read("Ankara announced on Monday that Turkish-Indonesian strategic dialogue will be held on "
                       "Thursday in Jakarta.", date(2024, 6, 3))
    session = next(e for e in analysis.events if e.type == "round_session")
    assert (session.date, session.status, session.venue) == ("2024-06-06", "planned", "Jakarta")


def test_the_day_a_lead_tells_once_dates_the_meeting_of_its_persons_told_next():
    analysis, _ = read("AMMAN, May 9 -- Jordanian Foreign Minister Ayman Safadi and Canadian Foreign Minister "
                       "Melanie Joly discussed on Thursday the situation in the region.\nSafadi and Joly met in "
                       "Amman at the foreign ministry.", date(2024, 5, 9))
    meeting = next(e for e in analysis.events if e.type == "bilateral_meeting")
    assert meeting.date == "2024-05-09"
    later, _ = read("OTTAWA -- Canadian Foreign Minister Melanie Joly said on Monday that trade was growing.\n"
                    "The weather was mild.\nPrices rose.\nJoly met Jordanian Foreign Minister Ayman Safadi in "
                    "Ottawa.", date(2024, 5, 9))
    meetings = [e for e in later.events if e.type == "bilateral_meeting"]
    assert meetings and all(e.date is None for e in meetings)


def test_an_instrument_signed_by_they_or_the_two_sides_is_the_dialogues_two_states():
    for subject in ("They", "The two sides also", "Both countries"):
        analysis, _ = read("The inaugural Oman-Japan Strategic Dialogue was held in Muscat on Monday. " + subject +
                           " signed a memorandum of understanding on fisheries.", date(2024, 5, 9))
        assert [a.parties for a in analysis.agreements] == [["JP", "OM"]]
    other, _ = read("The inaugural Oman-Japan Strategic Dialogue was held in Muscat on Monday. Oman signed a "
                    "memorandum of understanding with France on water.", date(2024, 5, 9))
    assert [a.parties for a in other.agreements] == [["OM", "FR"]]
