"""Whole English reports in the styles the record is read from (a joint statement media note, a call
readout, a press release on an MoU signed at a working group, a news agency's dateline story), each
written here in our own words, with what the record should say of it; and the rules they lean on,
one sentence each."""
from datetime import date
from pathlib import Path

from hiwar.pipeline import SourceDoc, analyze

REPORTS = Path(__file__).parent / "reports"


def read(text: str, anchor: date):
    """The analysis of an English text and its local ids → names."""
    analysis = analyze(SourceDoc("en", text, language="en"), anchor)
    return analysis, {e.local_id: e.name for e in analysis.entities}


def sole_event(text: str, anchor: date):
    """The one event a text tells, and the names of those at it."""
    analysis, names = read(text, anchor)
    [event] = analysis.events
    return event, {names[p] for p in event.participants}


def report(name: str, anchor: date):
    return read((REPORTS / f"{name}.txt").read_text(encoding="utf-8"), anchor)


def test_a_joint_statement_media_note_gives_the_round_its_chairs_its_instrument_and_the_next_round():
    analysis, names = report("qatar_us_joint_statement", date(2024, 3, 5))
    sessions = {e.round: e for e in analysis.events if e.type == "round_session"}
    sixth, seventh = sessions[6], sessions[7]
    assert (sixth.dialogue, sixth.date, sixth.status) == ("QA-US", "2024-03-04", "happened")
    assert {names[p] for p in sixth.participants} == {"Antony J. Blinken",
                                                      "Mohammed bin Abdulrahman bin Jassim Al Thani"}
    assert (seventh.status, seventh.venue, seventh.date) == ("planned", "Doha", "2025")
    assert {(a.type, a.date) for a in analysis.agreements} == {("joint_statement", "2024-03-05"),
                                                               ("mou", "2024-03-04")}


def test_a_call_readout_is_a_call_of_the_days_report_in_the_dialogue_it_names():
    analysis, names = report("kuwait_call_readout", date(2024, 10, 14))
    call = next(e for e in analysis.events if e.type == "bilateral_meeting")
    assert (call.date, call.mode, call.dialogue) == ("2024-10-14", "virtual", "KW-US")
    assert {names[p] for p in call.participants} == {"Antony J. Blinken", "Abdullah Ali Al-Yahya"}
    assert analysis.dialogue == "KW-US" and not analysis.rounds  # a round prepared is no round held


def test_an_mou_signed_at_a_working_group_is_one_signing_on_the_groups_day():
    analysis, names = report("bahrain_energy_mou", date(2023, 6, 20))
    [signing] = [e for e in analysis.events if e.type == "signing"]
    [group] = [e for e in analysis.events if e.type == "working_group_session"]
    assert signing.date == group.date == "2023-06-20" and group.working_group == "energy"
    assert {names[p] for p in signing.participants} == {"Jose W. Fernandez", "Abdullatif bin Rashid Al Zayani"}
    assert "Jose W. Fernandez" in {names[p] for p in group.participants}
    assert [(a.type, a.subject) for a in analysis.agreements] == [
        ("mou", "memorandum of understanding on clean energy cooperation")]


def test_a_news_agency_story_dates_the_round_by_its_days_and_names_the_side_that_led():
    analysis, names = report("kuna_round", date(2022, 5, 3))
    [session] = [e for e in analysis.events if e.type == "round_session"]
    assert (session.dialogue, session.round, session.venue) == ("KW-US", 5, "Washington")
    assert session.date == {"start": "2022-05-01", "end": "2022-05-02"}
    assert "Antony Blinken" in {names[p] for p in session.participants}
    [(number, start, end)] = [(r.number, r.start, r.end) for r in analysis.rounds]
    assert (number, start, end) == (5, "2022-05-01", "2022-05-02")


# ---------------------------------------------------------------- the rules, one sentence each
def test_the_pair_a_dialogue_is_named_by_outweighs_the_countries_named_most():
    analysis, _ = read("Foreign Minister Abdullah Al-Yahya of Kuwait met Secretary Antony Blinken to prepare the "
                       "Kuwait–US strategic dialogue. They spoke of Syria, Syria's neighbours and aid to Syria.",
                       date(2024, 5, 1))
    assert analysis.dialogue == "KW-US" and analysis.events[0].dialogue == "KW-US"


def test_a_verb_of_talking_and_its_with_a_few_words_apart_are_a_call():
    analysis, names = read("Secretary of State Antony Blinken spoke on Monday with Omani Foreign Minister "
                           "Badr Albusaidi about shipping in the Red Sea.", date(2024, 1, 10))
    [call] = analysis.events
    assert (call.type, call.mode, call.date) == ("bilateral_meeting", "virtual", "2024-01-08")
    assert {names[p] for p in call.participants} == {"Antony Blinken", "Badr Albusaidi"}


def test_a_meeting_told_and_then_said_to_be_led_by_persons_takes_them():
    analysis, names = read("The third round of the Iraq-US Higher Coordinating Committee opened in Baghdad on "
                           "Sunday. The Iraqi delegation was headed by Foreign Minister Fuad Hussein.",
                           date(2024, 2, 12))
    [session] = analysis.events
    assert session.round == 3 and [names[p] for p in session.participants] == ["Fuad Hussein"]
    analysis, names = read("Foreign Minister Fuad Hussein met Secretary Antony Blinken on Sunday. A panel led by "
                           "Under Secretary Jose W. Fernandez will follow.", date(2024, 2, 12))
    assert {names[p] for p in analysis.events[0].participants} == {"Fuad Hussein", "Antony Blinken"}  # a new body's


def test_an_event_framing_another_of_its_sentence_shares_its_day():
    analysis, _ = read("The envoys signed a letter of intent on water on Wednesday at a session of the "
                       "Water Working Group of the Jordan-US Strategic Dialogue.", date(2024, 4, 12))
    group = next(e for e in analysis.events if e.type == "working_group_session")
    assert group.date == "2024-04-10"


def test_a_day_told_after_an_instrument_is_not_its_subject_and_its_bare_noun_is_it_told_again():
    analysis, _ = read("Oman, U.S. Sign Trade MoU\nThe two governments signed a memorandum of understanding on "
                       "trade facilitation yesterday in Muscat.", date(2024, 4, 12))
    assert [a.subject for a in analysis.agreements] == ["memorandum of understanding on trade facilitation"]


def test_who_before_a_visit_makes_the_person_named_the_visitor():
    analysis, names = read("Crown Prince Salman bin Hamad received today Under Secretary Jose W. Fernandez, who is "
                           "visiting the Kingdom of Bahrain.", date(2024, 9, 12))
    visit = next(e for e in analysis.events if e.type == "visit")
    assert [names[p] for p in visit.participants] == ["Jose W. Fernandez"] and visit.venue == "Bahrain"


def test_co_chairing_the_dialogue_in_lower_case_is_the_session_of_its_round():
    analysis, _ = read("The fourth round of the Saudi-US strategic dialogue opened on Monday. Foreign Minister "
                       "Prince Faisal bin Farhan and Secretary Antony Blinken co-chaired the dialogue in Riyadh.",
                       date(2024, 3, 5))
    assert [(e.type, e.round) for e in analysis.events] == [("round_session", 4)]


def test_a_meeting_held_online_has_no_venue_even_beside_a_place():
    analysis, _ = read("The U.S. Embassy in Oman welcomed the second round of the Oman-US strategic dialogue, "
                       "held virtually on June 3.", date(2024, 6, 5))
    [session] = [e for e in analysis.events if e.type == "round_session"]
    assert (session.mode, session.venue, session.date) == ("virtual", None, "2024-06-03")


def test_groups_that_met_during_the_dialogue_are_of_its_round_and_days():
    analysis, _ = read("The third round of the Jordan-US strategic dialogue was held in Amman on April 2-3. "
                       "Working groups on water and trade met during the dialogue.", date(2024, 4, 5))
    group = next(e for e in analysis.events if e.type == "working_group_session")
    assert (group.round, group.date) == (3, {"start": "2024-04-02", "end": "2024-04-03"})


def test_a_headline_told_again_with_its_day_takes_the_days_status_and_the_bodys_city():
    analysis, _ = read("Deputy Secretary Kurt Campbell's Travel to Oman\nDeputy Secretary of State Kurt Campbell "
                       "will travel to Muscat, Oman, on May 20.", date(2024, 5, 15))
    [visit] = analysis.events
    assert (visit.status, visit.venue, visit.date) == ("planned", "Muscat", "2024-05-20")


def test_talks_after_the_one_round_session_told_without_persons_are_that_session():
    session, present = sole_event("Oman and the United States concluded the second round of their strategic "
                                  "dialogue in Muscat on Sunday. The Omani delegation, headed by Foreign Minister Badr "
                                  "Albusaidi, held talks with Under Secretary Jose W. Fernandez.", date(2024, 3, 4))
    assert session.round == 2 and present == {"Badr Albusaidi", "Jose W. Fernandez"}
    analysis, _ = read("Oman and the United States concluded the second round of their strategic dialogue in "
                       "Muscat on Sunday. On the sidelines, Foreign Minister Badr Albusaidi held talks with Under "
                       "Secretary Jose W. Fernandez.", date(2024, 3, 4))
    assert [e.type for e in analysis.events] == ["round_session", "bilateral_meeting"]


def test_an_upcoming_meeting_talked_about_is_not_of_those_who_talk():
    analysis, names = read("Secretary Antony Blinken met today with Iraqi Foreign Minister Fuad Hussein. They "
                           "reviewed the upcoming Joint Coordinating Committee meeting, set for June 4.",
                           date(2024, 5, 20))
    meeting, session = analysis.events
    assert {names[p] for p in meeting.participants} == {"Antony Blinken", "Fuad Hussein"}
    assert (session.type, session.date, session.status, session.participants) == (
        "round_session", "2024-06-04", "planned", [])


def test_an_office_is_read_whole_before_a_name_with_its_portfolios_and_its_posting():
    found = {e.name: (e.country, e.titles) for e in persons_of(
        "Minister of Foreign Affairs of the State of Qatar Sheikh Mohammed bin Abdulrahman Al Thani, Deputy "
        "Assistant Secretary of State for Arabian Gulf Affairs Daniel Benaim, Bahrain's Minister of Oil and "
        "Environment Mohammed bin Mubarak bin Daina, U.S. Ambassador to Bahrain Steven Bondy and Oman's Ambassador "
        "to the United States Sayyida Hunaina Al Mughairy met.")}
    assert found["Mohammed bin Abdulrahman Al Thani"] == ("QA", ["Minister of Foreign Affairs of the State of Qatar"])
    assert found["Daniel Benaim"][1] == ["Deputy Assistant Secretary of State for Arabian Gulf Affairs"]
    assert found["Mohammed bin Mubarak bin Daina"][0] == "BH"
    assert found["Steven Bondy"] == ("US", ["U.S. Ambassador to Bahrain"])
    assert found["Hunaina Al Mughairy"] == ("OM", ["Ambassador to the United States"])


def persons_of(text: str):
    from hiwar.extract.english.entities import extract_english_entities
    entities, _ = extract_english_entities(text, [(0, len(text))])
    return [e for e in entities if e.kind == "person"]


def test_a_person_named_again_by_his_first_names_or_his_first_office_is_the_same():
    analysis, names = read("Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah and HE the Prime Minister and Minister of "
                           "Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani co-chaired the third round of the "
                           "Kuwait-Qatar strategic dialogue in Doha on Monday. Sheikh Dr. Ahmad Nasser thanked his "
                           "host. HE the Prime Minister also met Under Secretary Jose W. Fernandez on the sidelines of "
                           "the dialogue.", date(2022, 5, 3))
    assert len([e for e in analysis.entities if e.kind == "person"]) == 3
    session, aside = analysis.events
    assert (session.type, session.round, len(session.participants)) == ("round_session", 3, 2)
    assert (aside.type, aside.date) == ("bilateral_meeting", "2022-05-02")
    assert {names[p] for p in aside.participants} == {"Mohammed bin Abdulrahman Al Thani", "Jose W. Fernandez"}


def test_a_round_numbered_in_figures_or_by_how_many_times_the_dialogue_met():
    for text, number in [("Oman and the US held Round 3 of their strategic dialogue in Muscat on Monday.", 3),
                         ("The Egypt-US Strategic Dialogue met for the fourth time in Cairo on Monday.", 4)]:
        analysis, _ = read(text, date(2024, 5, 8))
        assert [(e.type, e.round, e.date) for e in analysis.events] == [("round_session", number, "2024-05-06")]
        assert [r.number for r in analysis.rounds] == [number]


def test_a_meeting_of_a_groups_partnership_with_a_state_is_a_session_of_their_dialogue():
    analysis, _ = read("The GCC and the United States held the U.S.-GCC Strategic Partnership Ministerial in New "
                       "York on Monday.", date(2024, 9, 25))
    [session] = analysis.events
    assert (session.type, session.dialogue, session.venue) == ("round_session", "GCC-US", "New York")


def test_groups_met_ahead_of_a_round_held_are_of_that_round_and_past_though_told_with_ahead():
    analysis, _ = report("kuwait_us_media_note", date(2022, 1, 27))
    group = next(e for e in analysis.events if e.type == "working_group_session")
    assert (group.round, group.status, group.date) == (5, "happened", {"start": "2022-01-18", "end": "2022-01-20"})
    session = next(e for e in analysis.events if e.type == "round_session" and e.round == 5)
    assert len(session.participants) == 2 and session.date == "2022-01-26"
    assert {(a.type, a.subject) for a in analysis.agreements} >= {
        ("mou", "Memorandum of Understanding on Education Cooperation"), ("letter_of_intent", "Letter of Intent on Health")}


def test_a_side_said_to_be_headed_by_an_official_before_a_verb_of_saying_joins_the_session():
    analysis, names = read("KUWAIT CITY, Dec 10 (KUNA) -- The sixth round of the Kuwaiti-US strategic dialogue "
                           "kicked off on Monday via video conference. The US delegation is headed by Under Secretary "
                           "of State for Political Affairs John Bass, the Foreign Ministry said.", date(2024, 12, 10))
    [session] = analysis.events
    assert (session.round, session.mode, session.date) == (6, "virtual", "2024-12-09")
    assert [names[p] for p in session.participants] == ["John Bass"]


def test_the_spokesperson_a_page_is_attributed_to_is_its_statements():
    analysis, names = report("kuwait_call_readout", date(2024, 10, 14))
    [statement] = [e for e in analysis.events if e.type == "statement"]
    assert [names[p] for p in statement.participants] == ["Matthew Miller"] and statement.date == "2024-10-14"
    analysis, names = read("The following is attributable to Spokesperson Karine Jean-Pierre: President Joe Biden met "
                           "today with Amir Tamim bin Hamad Al Thani of Qatar.", date(2024, 1, 9))
    [statement] = [e for e in analysis.events if e.type == "statement"]
    assert (statement.date, [names[p] for p in statement.participants]) == ("2024-01-09", ["Karine Jean-Pierre"])


def test_an_office_only_one_country_holds_gives_its_holder_that_country():
    found = {e.name: e.country for e in persons_of(
        "Assistant Secretary of State for Near Eastern Affairs Barbara Leaf and Deputy Secretary of Defense Kathleen "
        "Hicks met Minister of State Sultan bin Saad Al-Muraikhi.")}
    assert found == {"Barbara Leaf": "US", "Kathleen Hicks": "US", "Sultan bin Saad Al-Muraikhi": "QA"}


def test_a_name_no_list_holds_is_a_person_by_its_given_name_and_takes_that_names_side():
    found = {e.name: e.country for e in persons_of(
        "In Kuwait, Geoffrey Hartman of the U.S. embassy and Talal Al-Mutairi of the ministry met. Hartman spoke.")}
    assert found == {"Geoffrey Hartman": "US", "Talal Al-Mutairi": "KW"}


def test_counted_instruments_with_as_many_fields_are_one_each_and_the_round_they_close_is_of_that_day():
    analysis, _ = read("MUSCAT, March 6 (ONA) -- Oman and the United States signed on Tuesday two memoranda of "
                       "understanding on fisheries and civil aviation at the conclusion of the second round of their "
                       "strategic dialogue.", date(2024, 3, 6))
    assert [(a.type, a.subject, a.date) for a in analysis.agreements] == [
        ("mou", "memorandum of understanding on fisheries", "2024-03-05"),
        ("mou", "memorandum of understanding on civil aviation", "2024-03-05")]
    session = next(e for e in analysis.events if e.type == "round_session")
    assert (session.round, session.date) == (2, "2024-03-05")
    analysis, _ = read("The two sides signed three agreements on trade and investment.", date(2024, 3, 6))
    assert [a.subject for a in analysis.agreements] == ["agreements on trade and investment"]  # two items: one


def test_those_who_led_each_delegation_are_at_the_meeting_told():
    session, present = sole_event("The United States and Libya held the inaugural U.S.-Libya Strategic Dialogue in "
                                  "Tripoli on Monday. Senior Advisor Massad Boulos led the U.S. delegation, and "
                                  "Minister of Foreign Affairs Taher El-Baour headed the Libyan side.", date(2025, 9, 9))
    assert session.round == 1 and present == {"Massad Boulos", "Taher El-Baour"}


def test_a_group_chaired_on_one_side_by_an_assistant_minister_for_a_region_takes_her():
    group, present = sole_event("The Trade Working Group met in Manama on Monday, chaired on the Bahraini side by "
                                "Assistant Foreign Minister for Asian Affairs Noor Al-Sayed.", date(2024, 2, 6))
    assert (group.type, group.date) == ("working_group_session", "2024-02-05") and present == {"Noor Al-Sayed"}


def test_each_instrument_of_a_sentence_takes_the_fields_of_its_own_words():
    analysis, _ = read("The two sides signed a Memorandum of Understanding (MOU) on Dialogue Mechanisms, and the "
                       "ministers of state signed a letter of intent on education.", date(2024, 1, 1))
    assert [(a.subject, a.topics) for a in analysis.agreements] == [
        ("Memorandum of Understanding (MOU) on Dialogue Mechanisms", []), ("letter of intent on education",
                                                                           ["education"])]


def test_a_meeting_told_as_another_is_not_the_session_told_without_persons():
    analysis, names = read("Bahrain and the United States concluded the fourth round of their strategic dialogue in "
                           "Manama on Sunday. Foreign Minister Abdullatif bin Rashid Al Zayani also met Under "
                           "Secretary Jose W. Fernandez.", date(2024, 3, 4))
    assert [(e.type, len(e.participants)) for e in analysis.events] == [("round_session", 0), ("bilateral_meeting", 2)]
