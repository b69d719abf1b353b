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
                           "visiting Bahrain.", date(2024, 9, 12))
    visit = next(e for e in analysis.events if e.type == "visit")
    assert [names[p] for p in visit.participants] == ["Jose W. Fernandez"]


def test_co_chairing_the_dialogue_in_lower_case_is_the_session_of_its_round():
    analysis, _ = read("The fourth round of the Saudi-US strategic dialogue opened on Monday. Foreign Minister "
                       "Prince Faisal bin Farhan and Secretary Antony Blinken co-chaired the dialogue in Riyadh.",
                       date(2024, 3, 5))
    assert [(e.type, e.round) for e in analysis.events] == [("round_session", 4)]
