"""The English path: entities with titles and honorifics, events, rounds and agreements, and one
person across an Arabic and an English report of the same meeting (fixtures in our own words)."""
from datetime import date
from pathlib import Path

from hiwar.extract.english.entities import extract_english_entities
from hiwar.build import build_record
from hiwar.pipeline import SourceDoc, analyze
from hiwar.resolve.crossname import same_body_across, same_name_across, same_subject_across

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def read_english(text: str, anchor: date):
    """The analysis of an English text and its local ids → names."""
    analysis = analyze(SourceDoc("en", text, language="en"), anchor)
    return analysis, {e.local_id: e.name for e in analysis.entities}


def one_day_in_both_languages(suffix: str, day: str, arabic: str, english: str):
    """The record of an Arabic and an English report of one day ("ar" + suffix, "en" + suffix)."""
    return build_record([SourceDoc("ar" + suffix, arabic, published=day, language="ar"),
                         SourceDoc("en" + suffix, english, published=day, language="en")])


def persons(text: str) -> dict[str, object]:
    entities, _ = extract_english_entities(text, [(0, len(text))])
    return {e.name: e for e in entities if e.kind == "person"}


def test_titles_and_honorifics_are_not_part_of_the_name():
    found = persons("His Excellency Sheikh Khalifa bin Ali Al-Harthy, Under Secretary for Diplomatic Affairs, "
                    "received Secretary of State Antony J. Blinken and Sayyid Badr Al Busaidi.")
    assert set(found) == {"Khalifa bin Ali Al-Harthy", "Antony J. Blinken", "Badr Al Busaidi"}
    assert found["Antony J. Blinken"].gazetteer_id == "blinken" and found["Antony J. Blinken"].country == "US"
    assert found["Khalifa bin Ali Al-Harthy"].titles == ["Under Secretary for Diplomatic Affairs"]


def test_a_lone_surname_is_the_person_already_named_and_capitalized_words_are_not_persons():
    found = persons("Iraqi Foreign Minister Fuad Hussein arrived in Washington for talks. Hussein met the Strategic "
                    "Dialogue Committee. Growth and Energy were discussed.")
    assert list(found) == ["Fuad Hussein"] and found["Fuad Hussein"].aliases == ["Hussein"]


def test_names_match_across_scripts_but_never_on_a_first_name_alone():
    assert same_name_across("خليفة بن علي بن عيسى الحارثي", "Khalifa bin Ali bin Issa Al-Harthy")
    assert same_name_across("عبد الله اليحيا", "Abdullah Al-Yahya")
    assert same_name_across("بدر البوسعيدي", "Badr al-Busaidi")
    assert same_name_across("Mathew Miller", "Matthew Miller")
    assert not same_name_across("خليفة بن علي بن عيسى الحارثي", "Abdullah bin Salim Al Harthy")
    assert not same_name_across("محمد بن سلمان", "Mohammed Shia al-Sudani")
    assert not same_name_across("Khalifa", "خليفة")


def test_an_arabic_and_an_english_report_of_one_meeting_give_one_event_and_one_person_each():
    record = build_record([
        SourceDoc("ar1", read("meeting_ar.txt"), published="2023-03-05", language="ar"),
        SourceDoc("en1", read("meeting_en.txt"), published="2023-03-05", language="en")])
    by_en = {p.name_en: p for p in record.persons}
    otaibi, blinken = by_en["Mansour Al-Otaibi"], by_en["Antony Blinken"]
    assert otaibi.name == "منصور العتيبي" and "Mansour Al-Otaibi" in otaibi.aliases
    assert blinken.name == "أنتوني بلينكن" and "Antony Blinken" in blinken.aliases
    assert otaibi.documents == blinken.documents == ["ar1", "en1"]
    [meeting] = [e for e in record.events if e.type == "bilateral_meeting"]
    assert meeting.documents == ["ar1", "en1"] and meeting.date == "2023-03-05"
    assert set(meeting.participants) == {otaibi.id, blinken.id} and meeting.dialogue == "KW-US"


def test_an_english_joint_statement_gives_its_statement_event_its_round_and_its_agreements():
    analysis, names = read_english(read("joint_statement_en.txt"), date(2023, 6, 12))
    kinds = {e.type: e for e in analysis.events}
    assert kinds["statement"].date == "2023-06-11" and kinds["statement"].round == 7
    assert kinds["round_session"].venue == "Washington" and kinds["round_session"].dialogue == "QA-US"
    assert [(r.dialogue, r.number, r.start) for r in analysis.rounds] == [("QA-US", 7, "2023-06-11")]
    agreements = {a.type: a for a in analysis.agreements}
    assert set(agreements) == {"joint_statement", "mou", "letter_of_intent"}
    assert agreements["joint_statement"].parties == ["QA", "US"] and agreements["joint_statement"].status == "signed"
    assert agreements["mou"].subject == "Memorandum of Understanding on trade and investment cooperation"
    assert agreements["mou"].date == "2023-06-11" and "trade_investment" in agreements["mou"].topics
    signing = kinds["signing"]
    assert {names[p] for p in signing.participants} == {"Jose W. Fernandez", "Faisal bin Thani Al Thani"}


def test_an_english_page_without_metadata_is_dated_by_its_header_and_reads_its_weekdays_against_it():
    text = ("14/12/2024\nKUWAIT CITY, Dec 14: Kuwait's Foreign Minister Abdullah Al-Yahya received "
            "US Secretary of State Antony Blinken on Friday in Kuwait City.")
    record = build_record([SourceDoc("en3", text, language="en")])
    assert record.documents[0].published == "2024-12-14"
    [meeting] = [e for e in record.events if e.type == "bilateral_meeting"]
    assert meeting.date == "2024-12-13" and meeting.venue == "Kuwait City"


def test_an_instrument_named_in_both_languages_is_one_by_its_words():
    assert same_subject_across("Treaty of Amity and Commerce", "الصداقة والتجارة")
    assert not same_subject_across("Treaty of Amity and Commerce", "اتفاقية التجارة الحرة")
    assert not same_subject_across("Abraham Accords", "اتفاقيات إبراهيم للسلام")  # one word says too little


def test_a_bare_agreement_is_an_instrument_only_where_it_is_signed():
    text = ("The two sides signed an agreement on customs cooperation. A treaty that laid the ground for trade "
            "was recalled, and the agreement reached last year was praised.")
    analysis, _ = read_english(text, date(2023, 5, 1))
    assert [(a.type, a.subject) for a in analysis.agreements] == [("agreement", "agreement on customs cooperation")]


def test_a_call_about_a_round_is_no_session_of_it_and_the_round_is_the_one_held():
    text = ("Secretary of State Antony J. Blinken spoke with Omani Foreign Minister Sayyid Badr Albusaidi today "
            "to discuss the outcomes of the inaugural U.S.-Oman Strategic Dialogue held in Muscat last month. "
            "The Secretary thanked the Foreign Minister for the warm welcome.")
    analysis, names = read_english(text, date(2023, 3, 3))
    call, session = analysis.events
    assert (call.type, call.date, call.mode, call.round) == ("bilateral_meeting", "2023-03-03", "virtual", None)
    assert {names[p] for p in call.participants} == {"Antony J. Blinken", "Badr Albusaidi"}
    assert (session.type, session.round, session.date, session.venue) == ("round_session", 1, "2023-02", "Muscat")
    blinken = next(e for e in analysis.entities if e.name == "Antony J. Blinken")
    assert [m.text for m in blinken.mentions] == ["Antony J. Blinken", "Secretary"]


def test_a_round_told_without_a_meeting_verb_and_a_call_told_by_two_words_are_one_event_each():
    text = ("Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah will head the Kuwaiti delegation to the "
            "sixth round of the Kuwait-US strategic dialogue in Washington tomorrow. The working groups on defense "
            "and trade concluded their meetings online. The Amir received a phone call from US President Joe Biden.")
    analysis, names = read_english(text, date(2024, 12, 8))
    session, group, call = analysis.events
    assert (session.type, session.round, session.date, session.status, session.venue) == (
        "round_session", 6, "2024-12-09", "planned", "Washington")
    assert [names[p] for p in session.participants] == ["Salem Abdullah Al-Jaber Al-Sabah"]
    assert (group.type, group.working_group, group.mode) == ("working_group_session", "defense", "virtual")
    assert (call.type, call.mode) == ("bilateral_meeting", "virtual") and [names[p] for p in call.participants] == [
        "Joe Biden"]


def test_an_arabic_page_with_an_english_paragraph_reads_each_in_its_language():
    text = (read("meeting_ar.txt").strip() + "\n"
            + "Separately, Iraqi Foreign Minister Fuad Hussein met US Secretary of State Antony Blinken "
              "on Monday at the State Department ahead of the Higher Coordinating Committee.\n")
    record = build_record([SourceDoc("mix", text, published="2023-03-05", language="ar")])
    names = {p.name_en for p in record.persons}
    assert {"Antony Blinken", "Fuad Hussein"} <= names and "منصور العتيبي" in {p.name for p in record.persons}
    assert len([p for p in record.persons if p.name_en == "Antony Blinken"]) == 1
    hussein = next(p for p in record.persons if p.name_en == "Fuad Hussein")
    # "met ... on Monday" on a Sunday's page: the Monday before (the past tense; DATES.md 4)
    assert any(hussein.id in e.participants and e.date == "2023-02-27" for e in record.events)


def test_bodies_places_and_possessives_around_a_name_are_not_part_of_it():
    found = persons("Kurdistan Region Prime Minister Masrour Barzani met Minister of State Sultan bin Saad "
                    "Al-Muraikhi. President Biden backed Prime Minister Mohammed Shia al-Sudani's government. "
                    "Assistant Secretary of Defense for the Middle East Dana Stroul attended.")
    assert set(found) == {"Masrour Barzani", "Sultan bin Saad Al-Muraikhi", "Biden", "Mohammed Shia al-Sudani",
                          "Dana Stroul"}
    assert found["Mohammed Shia al-Sudani"].gazetteer_id == "sudani" and found["Biden"].gazetteer_id == "biden"


def test_a_countrys_own_bodies_and_ministries_are_keyed_like_the_arabic_ones():
    text = ("The Kuwaiti National Assembly and the U.S. Embassy welcomed it. Kuwait's Ministry of Foreign Affairs "
            "and the State Department agreed.")
    entities, _ = extract_english_entities(text, [(0, len(text))])
    assert [(e.name, e.country, e.org_kind) for e in entities] == [
        ("Kuwaiti National Assembly", "KW", "legislature"), ("U.S. Embassy", "US", "other"),
        ("Kuwait's Ministry of Foreign Affairs", "KW", "ministry"), ("State Department", "US", "ministry")]
    assert entities[2].gazetteer_id == entities[3].gazetteer_id  # one portfolio, two countries


def test_a_meeting_on_the_sidelines_of_a_round_is_its_own_event_on_the_rounds_day():
    text = ("DOHA, January 30 (QNA) - Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and US Secretary of "
            "State Antony Blinken co-chaired on Monday the fifth session of the Qatar-US Strategic Dialogue in Doha. "
            "On the sidelines of the dialogue, Minister of State Sultan bin Saad Al-Muraikhi and US Assistant "
            "Secretary of State Barbara Leaf held a meeting.")
    analysis, names = read_english(text, date(2023, 1, 30))
    session, sideline = analysis.events
    assert (session.type, session.round, session.date, session.venue) == ("round_session", 5, "2023-01-30", "Doha")
    assert (sideline.type, sideline.date) == ("bilateral_meeting", "2023-01-30")
    assert {names[p] for p in sideline.participants} == {"Sultan bin Saad Al-Muraikhi", "Barbara Leaf"}


def test_an_english_page_with_an_arabic_paragraph_reads_each_in_its_language():
    text = (read("meeting_en.txt").strip() + "\n" + read("meeting_ar.txt").splitlines()[0] + "\n")
    analysis = analyze(SourceDoc("mix2", text, language="en"), date(2023, 3, 5))
    names = {e.name for e in analysis.entities if e.kind == "person"}
    assert {"Mansour Al-Otaibi", "Antony Blinken", "منصور العتيبي", "أنتوني بلينكن"} <= names
    ids = [e.local_id for e in analysis.entities]
    assert len(ids) == len(set(ids))
    record = build_record([SourceDoc("mix2", text, published="2023-03-05", language="en")])
    assert len([p for p in record.persons if p.name_en == "Antony Blinken"]) == 1


def test_an_instruments_acronym_is_part_of_its_name_not_another_instrument():
    analysis, _ = read_english("The two ministers signed a Memorandum of Understanding (MOU) on energy cooperation "
                               "and held a joint press availability.", date(2024, 1, 1))
    assert [(a.type, a.subject) for a in analysis.agreements] == [
        ("mou", "Memorandum of Understanding (MOU) on energy cooperation")]
    assert [e.type for e in analysis.events] == ["signing", "press_conference"]


def test_an_added_official_is_one_person_across_his_arabic_and_english_spellings():
    record = one_day_in_both_languages(
        "2", "2025-05-05",
        "واشنطن في 5 مايو / كونا / بحث وزير الدفاع الأمريكي بيت هيجسيث مع نظيره الكويتي التعاون العسكري بين البلدين.",
        "WASHINGTON, May 5: Secretary of Defense Pete Hegseth received his Kuwaiti counterpart at the Pentagon on Monday.")
    [hegseth] = [p for p in record.persons if p.name_en == "Pete Hegseth"]
    assert hegseth.name == "بيت هيجسيث" and "Pete Hegseth" in hegseth.aliases
    assert hegseth.documents == ["ar2", "en2"] and hegseth.country == "US"


def test_officials_sharing_first_name_and_family_are_told_apart_by_the_names_between():
    found = persons("Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah received Sheikh Ahmad Nasser "
                    "Al-Mohammad Al-Sabah, and President Saied called.")
    assert found["Ahmad Nawaf Al-Ahmad Al-Sabah"].gazetteer_id == "ahmad-nawaf"
    assert found["Ahmad Nasser Al-Mohammad Al-Sabah"].gazetteer_id == "ahmad-nasser"
    assert found["Saied"].gazetteer_id == "saied"  # spelled as Tunisia's president, not as "Al Saud"


def test_a_royal_named_without_the_family_is_still_the_known_official():
    found = persons("Foreign Minister Prince Faisal bin Farhan hosted Crown Prince Salman bin Hamad and "
                    "Iraqi President Abdul Latif Rashid, and Mohammed bin Hamad, whom no one lists, spoke.")
    assert {name: e.gazetteer_id for name, e in found.items()} == {
        "Faisal bin Farhan": "faisal-farhan", "Salman bin Hamad": "salman-hamad",
        "Abdul Latif Rashid": "rashid-abdullatif", "Mohammed bin Hamad": None}


def test_words_addressed_to_a_visitor_tell_that_the_two_met_on_the_visit():
    text = ("Kuwaiti Foreign Minister Abdullah Al-Yahya traveled to Washington on September 30. "
            "US Secretary of State Antony Blinken thanked Al-Yahya, while he was visiting Washington, "
            "for his country's help in the region.")
    analysis, names = read_english(text, date(2024, 10, 2))
    visit = next(e for e in analysis.events if e.type == "visit")
    meeting = next(e for e in analysis.events if e.type == "bilateral_meeting")
    assert [names[p] for p in visit.participants] == ["Abdullah Al-Yahya"]
    assert {names[p] for p in meeting.participants} == {"Abdullah Al-Yahya", "Antony Blinken"}
    assert (meeting.date, meeting.venue) == (visit.date, "Washington") and visit.date == "2024-09-30"


def test_a_speaker_on_a_visit_who_addresses_his_host_met_him():
    text = ("Secretary of State Antony Blinken, visiting Riyadh, thanked Foreign Minister Faisal bin Farhan "
            "for the kingdom's help.")
    analysis, names = read_english(text, date(2024, 10, 2))
    visit = next(e for e in analysis.events if e.type == "visit")
    meeting = next(e for e in analysis.events if e.type == "bilateral_meeting")
    assert [names[p] for p in visit.participants] == ["Antony Blinken"]
    assert len(meeting.participants) == 2


def test_instruments_of_common_fields_are_known_in_both_languages():
    assert same_subject_across("Memorandum of Understanding on Water and Agriculture",
                               "مذكرة تفاهم في مجال المياه والزراعة")
    assert same_subject_across("Memorandum of Understanding on Renewable Energy and Green Hydrogen",
                               "مذكرة تفاهم للتعاون في مجال الطاقة المتجددة والهيدروجين الأخضر")
    assert not same_subject_across("Memorandum of Understanding on Water and Agriculture",
                                   "مذكرة تفاهم في مجال المياه والطاقة")


def test_a_meeting_a_visit_is_for_takes_its_time_place_and_visitor():
    text = ("Deputy Secretary of State Wendy Sherman will travel to Kuwait next week to co-chair the "
            "defense working group.")
    analysis, names = read_english(text, date(2024, 3, 7))
    visit = next(e for e in analysis.events if e.type == "visit")
    group = next(e for e in analysis.events if e.type == "working_group_session")
    week = {"start": "2024-03-11", "end": "2024-03-17"}
    assert (visit.status, visit.date, visit.venue) == ("planned", week, "Kuwait")
    assert (group.status, group.date, group.venue) == ("planned", week, "Kuwait")
    assert [names[p] for p in group.participants] == ["Wendy Sherman"]


def test_the_spokesperson_a_readout_is_attributed_to_is_not_at_the_meeting():
    text = ("The following is attributable to Spokesperson Matthew Miller: Secretary Antony Blinken met "
            "Iraqi Prime Minister Mohammed Shia al-Sudani at 10:30 today.")
    analysis, names = read_english(text, date(2024, 3, 7))
    meeting = next(e for e in analysis.events if e.type == "bilateral_meeting")
    assert {names[p] for p in meeting.participants} == {"Antony Blinken", "Mohammed Shia al-Sudani"}


def test_a_meeting_of_a_group_of_states_is_multilateral():
    text = "The GCC foreign ministers met with Secretary of State Antony Blinken in New York on September 18."
    analysis, _ = read_english(text, date(2023, 9, 19))
    assert [(e.type, e.date, e.venue) for e in analysis.events] == [("multilateral_meeting", "2023-09-18", "New York")]


def test_a_round_referred_to_with_a_relative_clause_holding_it_is_its_planned_session():
    text = ("Secretary of State Antony Blinken met today with Kuwaiti Foreign Minister Abdullah Al-Yahya. "
            "They reviewed preparations for the sixth U.S.-Kuwait Strategic Dialogue, which will be held in December.")
    analysis, _ = read_english(text, date(2024, 10, 1))
    session = next(e for e in analysis.events if e.type == "round_session")
    assert (session.round, session.status, session.date) == (6, "planned", "2024-12")


def test_co_chairing_the_dialogue_is_its_session_and_a_later_round_named_is_no_anaphora():
    text = ("On September 14 and 15, the United States and Qatar convened the third U.S.-Qatar Strategic Dialogue "
            "in Washington. Secretary of State Michael R. Pompeo and Deputy Prime Minister Sheikh Mohammed bin "
            "Abdulrahman Al Thani co-chaired the Dialogue. They agreed to hold the fourth Strategic Dialogue in "
            "Doha next year.")
    analysis, names = read_english(text, date(2020, 9, 15))
    third, fourth = [e for e in analysis.events if e.type == "round_session"]
    assert (third.round, len(third.participants)) == (3, 2)
    assert (fourth.round, fourth.status, fourth.date, fourth.venue, fourth.participants) == (
        4, "planned", "2021", "Doha", [])


def test_where_an_instrument_was_signed_is_not_its_subject():
    text = ("The two sides signed a memorandum of understanding on energy cooperation on the sidelines of the "
            "fifth U.S.-Qatar Strategic Dialogue.")
    analysis, _ = read_english(text, date(2023, 1, 30))
    assert [a.subject for a in analysis.agreements] == ["memorandum of understanding on energy cooperation"]


def test_a_press_conference_after_the_talks_is_on_the_day_of_the_session():
    text = ("Kuwait and the United States held on Wednesday the fifth round of their strategic dialogue in "
            "Washington. Blinken told a joint press conference after the talks that the partnership was strong.")
    analysis, _ = read_english(text, date(2022, 1, 26))
    conference = next(e for e in analysis.events if e.type == "press_conference")
    assert (conference.date, conference.round) == ("2022-01-26", 5)


def test_bodies_no_list_names_are_read_by_their_head_noun_complement_and_acronym():
    text = ("The envoy met the chief of the Board of the Development Bank of Jordan (DBJ) and officials of the "
            "Qatari Fund for Green Growth. The DBJ will lend more. The Government of Kuwait and the Supreme Council "
            "of the Maghreb Trade Council were also there.")
    entities, _ = extract_english_entities(text, [(0, len(text))])
    bodies = {e.name: (e.country, e.org_kind, len(e.mentions)) for e in entities if e.kind == "organization"}
    assert bodies == {"Development Bank of Jordan": ("JO", "other", 2),
                      "Qatari Fund for Green Growth": ("QA", "fund", 1),
                      # an organ is read as the body its complement names; a government of a country alone is the state
                      "Maghreb Trade Council": (None, "other", 1)}


def test_a_person_without_a_country_takes_the_side_his_name_or_the_body_before_his_office_points_at():
    text = ("Kuwaiti officials hosted the US delegation. Foreign Minister Khalid Al-Omar met Secretary of State "
            "Mark Dorn, and Treasury Department Spokesperson Harold Bates said the talks went well.")
    got = {name: e.country for name, e in persons(text).items()}
    assert got == {"Khalid Al-Omar": "KW", "Mark Dorn": "US", "Harold Bates": "US"}


def test_a_body_no_list_names_is_one_across_its_arabic_and_english_names():
    record = one_day_in_both_languages(
        "3", "2025-03-03",
        "عمان في 3 مارس - وقعت الحكومة الأردنية اتفاقية مع بنك التنمية الصناعية والتصدير الأردني لدعم المصانع.",
        "AMMAN, March 3: The government signed an agreement with the Industrial Development and Export Bank of "
        "Jordan to support factories.")
    [bank] = [o for o in record.organizations if "بنك" in o.name]
    assert bank.documents == ["ar3", "en3"] and "Industrial Development and Export Bank of Jordan" in bank.aliases
    assert same_body_across("Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية")
    assert not same_body_across("Gulf Cooperation Council", "مجلس التعاون الاقتصادي")


def test_an_agency_signing_an_english_dateline_is_an_organization():
    def bodies(text: str) -> set[tuple[str, str | None]]:
        entities, _ = extract_english_entities(text, [(0, len(text))])
        return {(e.name, e.country) for e in entities if e.kind == "organization"}
    assert bodies("MANAMA, June 4 (BNA) -- Bahrain and the US opened the third round.") == {("BNA", "BH")}
    assert bodies("LISBON, 3 May 2024 (LUSA) – The minister received the US envoy.") == {("LUSA", None)}
    assert bodies("The talks on 3 May (Tuesday) - officials said - were useful.") == set()


def test_a_sentence_opening_word_is_no_part_of_the_name_it_comes_before():
    found = persons("During Secretary Blinken’s stop in Hanoi, the sides met. Following Minister Priya Raman's "
                    "talks, a statement was issued.")
    assert {"Blinken", "Priya Raman"} <= set(found)
    assert not any(name.startswith(("During", "Following")) for name in found)


def test_an_office_in_lower_case_after_a_name_vouches_for_it_without_a_country():
    found = persons("According to the ministry, Chen Hong, deputy foreign minister, met the press. Talks in Lima "
                    "were led by Luo Zhiwen, assistant foreign minister and director-general of its Asian desk.")
    assert found["Chen Hong"].titles == ["deputy foreign minister"]
    assert found["Luo Zhiwen"].titles == ["assistant foreign minister"]
    assert "Talks" not in found and not persons("Kim Ortez, who met the minister, left.").get("Kim Ortez")


def test_an_office_held_at_a_body_named_just_before_the_name():
    found = persons("The Special Envoy for Counterterrorism within the U.S. Department of State Harold Wyatt spoke, "
                    "and so did Dr Ali Saad and UK Minister for Asia at the Foreign and Commonwealth Office Fiona Marsh.")
    assert found["Harold Wyatt"].country == "US"
    assert found["Harold Wyatt"].titles == ["Special Envoy for Counterterrorism within the U.S. Department of State"]
    assert found["Fiona Marsh"].country == "GB"
    assert found["Fiona Marsh"].titles == ["Minister for Asia at the Foreign and Commonwealth Office"]


def test_a_given_name_an_initial_and_a_family_name_make_a_person():
    assert {"Peter J. Hale", "Nora K. Blum"} <= set(persons("Talks went on, said Peter J. Hale; Nora K. Blum agreed."))


def test_abbreviated_ranks_and_given_names_do_not_end_a_sentence_or_a_name():
    found = persons("The team was led by Deputy Chief of Staff Lieut. Gen. Tran Van Binh, and the delegation "
                    "included Undersecretary Ma. Cristina Reyes.")
    assert "Tran Van Binh" in found and "Ma. Cristina Reyes" in found


def test_the_saudi_kings_style_is_his_title():
    found = persons("The forum was founded by Custodian of the Two Holy Mosques King Salman bin Abdulaziz.")
    assert found["Salman bin Abdulaziz"].country == "SA"


def test_a_lower_case_office_after_a_name_keeps_what_it_is_of():
    found = persons("The talks drew Omar Haddad, under secretary of state for political affairs, and Lena Voss, "
                    "deputy foreign minister of the republic who hosted them.")
    assert found["Omar Haddad"].titles == ["under secretary of state for political affairs"]
    assert found["Lena Voss"].titles == ["deputy foreign minister"]
