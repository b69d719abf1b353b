"""Ministries' readouts and joint statements of dialogues beyond the Gulf (2+2 ministerials, bilateral
strategic dialogues, consultations, steering groups), and what they tell of sides, postings, bodies and
dates (sentences written for these tests)."""
from datetime import date

from test_english import persons
from test_english import read_english as read
from test_news_mechanisms import rounds_of

from hiwar.extract.english.entities import extract_english_entities
from hiwar.text.normalize import fold


def organizations(text: str) -> dict[str, str | None]:
    entities, _ = extract_english_entities(text, [(0, len(text))])
    return {e.name: e.country for e in entities if e.kind == "organization"}


def test_an_ordinal_numbers_a_dialogue_named_by_three_words_or_a_two_plus_two():
    assert rounds_of("The sixth Annual Japan-U.S. 2+2 Ministerial Dialogue was held in Tokyo on Monday.",
                     date(2024, 7, 30)) == [("JP-US", 6)]
    assert rounds_of("Officials met in Canberra for the 14th Australia-Indonesia Bilateral Strategic Dialogue on "
                     "Friday.", date(2023, 3, 12)) == [("AU-ID", 14)]
    assert rounds_of("The fourth meeting of the Kuwaiti-French Steering Group ended in Paris on Thursday.",
                     date(2022, 6, 10)) == [("FR-KW", 4)]
    assert rounds_of("The third Meeting of the Omani-Turkish Supreme Strategic Committee opened in Muscat today.",
                     date(2021, 11, 3)) == [("OM-TR", 3)]
    assert rounds_of("Chile and Spain held their second consultation in Madrid on Tuesday.",
                     date(2020, 2, 13)) == [("CL-ES", 2)]


def test_a_day_of_a_committee_numbers_no_round():
    assert rounds_of("On the second day of the Jordan-Iraq Joint Committee, experts met in Amman.",
                     date(2022, 5, 4)) == []


def test_those_heading_a_side_named_by_its_country_are_of_that_country():
    def countries(text: str) -> dict[str, str | None]:
        analysis, _ = read(text, date(2020, 2, 13))
        return {e.name: e.country for e in analysis.entities if e.kind == "person"}

    assert countries("Senior Vice Minister Kenta Mori led the Japanese delegation, whilst the Chilean side was "
                     "led by Undersecretary Ana Rojas and Ambassador Pablo Soto.") == {
        "Kenta Mori": "JP", "Ana Rojas": "CL", "Pablo Soto": "CL"}
    assert countries("Spain and Chile held political consultations in Madrid on Tuesday. The Spanish "
                           "delegation was headed by Director General Luis Ortega, while Chile was "
                           "represented by Vice Minister Elena Vidal.") == {"Luis Ortega": "ES", "Elena Vidal": "CL"}
    assert countries("Deputy Minister Lasha Gelashvili and Deputy Minister Tamar Beridze will be the Georgian "
                     "co-chairs.") == {"Lasha Gelashvili": "GE", "Tamar Beridze": "GE"}
    analysis, _ = read("Angola and the United States held the trade working group in Luanda on Monday. The session was "
                       "chaired for the U.S. by Deputy Assistant Secretary Mary Hill and for Angola by Secretary "
                       "of State Jose Neto.", date(2024, 5, 8))
    (session,) = analysis.events
    names = {e.local_id: (e.name, e.country) for e in analysis.entities if e.kind == "person"}
    assert sorted(names[p] for p in session.participants) == [("Jose Neto", "AO"), ("Mary Hill", "US")]


def test_the_country_an_office_is_posted_to_is_not_its_holders():
    found = persons("The delegation included Ambassador to the United States Rakhat Aliyev and Special Envoy "
                    "for Yemen Tomas Ruiz, and met the Adviser to the Omani Minister of Energy, Hamed Said.")
    assert (found["Rakhat Aliyev"].country, found["Tomas Ruiz"].country) == (None, None)
    assert found["Hamed Said"].country == "OM"


def test_a_date_since_which_time_is_counted_is_not_the_day_of_the_event():
    analysis, _ = read("Minister Lina Haddad met Secretary of State Marco Rubio today in Washington. The talks "
                       "were the two countries' first strategic dialogue since their partnership "
                       "accord in 2012.", date(2025, 4, 8))
    assert {e.date for e in analysis.events} == {"2025-04-08"}
    analysis, _ = read("The 23rd session of the Kuwait-UK Joint Steering Group opened in London on Tuesday, the "
                       "first held in person since 2019.", date(2024, 5, 8))
    assert [(e.type, e.date) for e in analysis.events] == [("round_session", "2024-05-07")]
    assert rounds_of("The ministers met in Oslo on Monday and reviewed the progress made since the fourth Norway-Qatar "
                     "Strategic Dialogue in 2022.", date(2024, 5, 8)) == []


def test_a_body_after_a_countrys_possessive_is_that_countrys():
    assert organizations("He signed the memorandum with Bahrain's Public Authority for Trade Promotion.") == {
        "Public Authority for Trade Promotion": "BH"}
    assert organizations("Oman’s Tourism Development Council hosted the delegation.") == {
        "Tourism Development Council": "OM"}


def test_more_offices_of_foreign_services_vouch_for_a_name_and_are_never_one():
    found = persons("Principal Deputy Assistant Secretary Maria Lopez and Deputy Assistant Secretary of State "
                    "for Political-Military Affairs John K. Reed met the Director of Global Issues, Samir Alaoui, "
                    "and Undersecretary for Bilateral Relations Rosa Cruz.")
    assert set(found) == {"Maria Lopez", "John K. Reed", "Samir Alaoui", "Rosa Cruz"}
    assert found["John K. Reed"].titles == ["Deputy Assistant Secretary of State for Political-Military Affairs"]


def test_an_ambassador_posted_to_a_country_named_short_is_of_the_possessive_before_the_office():
    found = persons("Bahrain's Ambassador to the US Sheikh Ali Al Khalifa and Oman's Envoy to the UK Sayyid Badr "
                    "Al Said joined the talks.")
    assert (found["Ali Al Khalifa"].country, found["Badr Al Said"].country) == ("BH", "OM")


def test_a_ministers_office_on_a_page_between_the_us_and_one_country_is_that_countrys():
    found = persons("Secretary of State Marco Rubio hosted Defence Minister Ravi Menon and Foreign Secretary "
                    "Vikram Rao in Washington. India and the United States agreed to meet again in New Delhi; "
                    "India will host the next round.")
    assert (found["Ravi Menon"].country, found["Vikram Rao"].country, found["Marco Rubio"].country) == (
        "IN", "IN", "US")
    found = persons("Secretary for Foreign Affairs Ana Reyes and Secretary of State Marco Rubio met in Manila; the "
                    "Philippines and the United States will meet again in Washington, the Philippines said.")
    assert (found["Ana Reyes"].country, found["Marco Rubio"].country) == ("PH", "US")


def test_a_western_given_name_tells_no_side_on_a_page_without_an_arab_side():
    found = persons("President Joseph Carter met officials of India and Indonesia in Jakarta; India and Indonesia "
                    "signed a pact.")
    assert found["Joseph Carter"].country is None


def test_more_capitals_and_venues_are_where_a_round_is_held():
    analysis, _ = read("China and Brazil held a new round of strategic consultations on March 3 in Brasilia.",
                       date(2024, 3, 5))
    assert [(e.type, e.date, e.venue) for e in analysis.events] == [("round_session", "2024-03-03", "Brasilia")]


def test_a_generation_ending_a_sentence_keeps_no_period_and_ranks_and_meetings_are_no_names():
    found = persons("The US side was led by Secretary of Defense Lloyd J. Austin III. Lt. Gen. Tran Van Binh "
                    "attended the Foreign and Defence Vice-Ministerial Consultation and the Gas Forum.")
    assert set(found) == {"Lloyd J. Austin III", "Tran Van Binh"}


def test_countries_talked_about_make_no_multilateral_meeting():
    analysis, _ = read("Deputy Foreign Minister Igor Petrov and his Japanese counterpart Kenji Ota met in Moscow "
                       "on Tuesday to discuss North Korea, Syria and Iran.", date(2024, 5, 8))
    assert [e.type for e in analysis.events] == ["bilateral_meeting"]


def test_a_cabinets_own_sitting_and_a_welcomed_outcome_are_no_talks():
    analysis, _ = read("Prime Minister Ahmad Al-Sabah chaired the weekly Cabinet meeting on Monday, which welcomed "
                       "the outcome of the Kuwait-US strategic dialogue.", date(2024, 5, 8))
    assert analysis.events == []


def test_a_seat_standing_for_a_ministry_or_an_office_is_that_body():
    entities, _ = extract_english_entities(
        "The Pentagon said the Department of Defense would host the talks; Foggy Bottom and the State Department "
        "agreed.", [(0, 105)])
    bodies = [(e.name_en, sorted([e.name] + e.aliases)) for e in entities if e.kind == "organization"]
    assert sorted(bodies) == [("United States Department of Defense", ["Department of Defense", "Pentagon"]),
                              ("United States Department of State", ["Foggy Bottom", "State Department"])]
    entities, _ = extract_english_entities("The White House and the Kremlin welcomed the talks.", [(0, 51)])
    assert sorted((e.name_en, e.country) for e in entities) == [("The Kremlin", "RU"), ("The White House", "US")]
    # the Arabic seat of the same name, so that reports in both languages give one body
    assert sorted(e.gazetteer_id for e in entities) == sorted([fold("الكرملين"), fold("البيت الأبيض")])


def test_a_family_name_in_capitals_after_a_courtesy_begins_a_japanese_name():
    found = persons("The Japanese side will be represented by Mr. KATO Hiroshi, Senior Deputy Minister.")
    assert list(found) == ["KATO Hiroshi"]


def test_the_ministers_told_as_a_subject_are_those_at_the_meeting_told_before():
    analysis, names = read("Foreign Minister Ravi Menon met Saudi Foreign Minister Prince Turki bin Saad in Riyadh "
                           "on Monday. The ministers co-chaired the second meeting of the Political Committee under "
                           "the Strategic Partnership Council.", date(2024, 5, 8))
    assert [(e.date, sorted(names[p] for p in e.participants)) for e in analysis.events] == [
        ("2024-05-06", ["Ravi Menon", "Turki bin Saad"])]


def test_each_side_represented_or_led_after_another_is_at_the_meeting_told():
    for text, day in [("Japan and Chile will hold the third Strategic Dialogue in Santiago on Monday. The Japanese "
                       "side will be represented by Senior Deputy Minister Kenta Mori, while the Chilean side will be "
                       "represented by Undersecretary Ana Rojas.", "2024-05-13"),
                      ("Nepal and Pakistan held the first round of political consultations in Islamabad on "
                       "Tuesday. Foreign Secretary Asad Khan led the Pakistani delegation whilst the Nepali side was "
                       "led by Foreign Secretary Ram Thapa.", "2024-05-07"),
                      ("Kenya and Peru held the second round of political consultations in Nairobi on Tuesday. "
                       "Principal Secretary Joy Wanjiru led the Kenyan delegation whilst Peruvian side was led by "
                       "Vice Minister Luis Paredes.", "2024-05-07")]:
        analysis, names = read(text, date(2024, 5, 8))
        (session,) = analysis.events
        assert (session.type, session.date, len(session.participants)) == ("round_session", day, 2)


def test_ministers_who_hold_dialogue_with_counterparts_meet():
    analysis, _ = read("Foreign Minister Ama Owusu and Trade Minister Kofi Mensah hold dialogue in Accra on Thursday "
                       "with their Chilean counterparts Foreign Minister Ana Rojas and Trade Minister Luis Vera.",
                       date(2024, 5, 8))
    (meeting,) = analysis.events
    assert (meeting.type, meeting.date, len(meeting.participants)) == ("bilateral_meeting", "2024-05-09", 4)
