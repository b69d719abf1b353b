"""Events of real reports: rules of news writing that keep what a reader sees as one event one, and
what is no event out (each sentence written for the test)."""
from __future__ import annotations

from datetime import date

from hiwar.extract.dates import find_dates
from hiwar.extract.dates.anchor import infer_anchor
from hiwar.extract.events import read_dialogue
from hiwar.extract.places import find_places
from hiwar.extract.types import LocalEvent, Mention
from hiwar.pipeline import SourceDoc, analyze
from hiwar.resolve.events import Report, merge_events
from hiwar.text.doc import Doc

ANCHOR = date(2022, 5, 4)


def read(text: str):
    doc = Doc(text, "t")
    return read_dialogue(doc, len(text), find_dates(doc, ANCHOR), [], find_places(doc), ANCHOR)


def kinds(text: str) -> list[str]:
    return [e.type for e in read(text).events]


def test_a_group_named_doing_other_work_is_no_session():
    assert kinds("وقال الوزير إن فرق العمل المشتركة ستواصل متابعة الملفات الاقتصادية بين البلدين.") == []
    assert kinds("وأكد السفير أن مجموعات العمل أنجزت خلال الشهور الماضية خطوات ملموسة.") == []


def test_a_group_named_beside_a_word_of_meeting_is_its_session():
    assert kinds("وعقدت مجموعة عمل الطاقة التابعة للحوار بين الأردن والولايات المتحدة اجتماعها الأول اليوم.") \
        == ["working_group_session"]
    assert kinds("وشارك الخبراء في اجتماع افتراضي لمجموعة عمل التعليم.") == ["working_group_session"]


def test_the_speaker_s_day_before_inna_dates_the_saying_not_the_plan_reported():
    r = read("تبدأ غدا أعمال الجولة الثالثة من الحوار الاستراتيجي بين الأردن والولايات المتحدة. وقال متحدث باسم "
             "الوزارة لوكالة الأنباء الأردنية (بترا) اليوم الأربعاء إن الجلسة الختامية سيترأسها وزيرا خارجية البلدين.")
    planned = [e for e in r.events if e.status == "planned"]  # the launch of tomorrow, then the closing
    assert [(e.type, e.date) for e in planned] == [("round_session", "2022-05-05"), ("round_session", None)]


def analyzed(text: str):
    return analyze(SourceDoc("t", text), ANCHOR)


def test_a_meeting_noun_joining_two_persons_on_a_session_s_day_is_the_session_when_it_names_no_sitters():
    a = analyzed("دشنت الأردن والولايات المتحدة في عمان، الأربعاء، حوارهما الاستراتيجي المشترك. وقد تحدث عن ذلك "
                 "وزير الخارجية الأمريكي، أنتوني بلينكن، بعيد اجتماع ضمه إلى وزير الخارجية الأردني أيمن الصفدي.")
    assert [(e.type, len(e.participants)) for e in a.events] == [("round_session", 2)]


def test_an_audience_on_a_session_s_day_stays_a_meeting_of_its_own():
    a = analyzed("دشنت الأردن والولايات المتحدة في عمان، الأربعاء، حوارهما الاستراتيجي المشترك. واستقبل العاهل "
                 "الأردني الملك عبدالله الثاني وزير الخارجية الأمريكي أنتوني بلينكن في قصر الحسينية.")
    assert [e.type for e in a.events] == ["round_session", "bilateral_meeting"]


def test_a_launch_announced_is_the_announcement_not_a_session():
    a = analyzed("أعلن وزير الخارجية الأردني أيمن الصفدي ونظيره الأمريكي أنتوني بلينكن، في بيان مشترك، عن انطلاق "
                 "الحوار الاستراتيجي الأول بين عمان وواشنطن، الذي جرى خلاله تناول قضايا المنطقة.")
    assert [e.type for e in a.events] == ["statement"]


def test_what_follows_a_verb_of_sequence_tells_of_the_thing_followed():
    a = analyzed("وأوضح البيان أن انعقاد الجولة الثانية من الحوار الاستراتيجي بين الأردن والولايات المتحدة يلي "
                 "إعلانا أصدره في عمان الوزيران في آذار 2022.")
    session = a.events[0]
    assert (session.type, session.date, session.venue) == ("round_session", "2022-05", None)


def test_an_event_that_a_verb_of_sequence_takes_as_object_leaves_the_date_to_its_subject():
    a = analyzed("اختتمت اليوم الأربعاء في عمان أعمال الجولة الثالثة من الحوار الاستراتيجي بين الأردن والولايات "
                 "المتحدة. وسبقت الجلسة الختامية أمس الثلاثاء اجتماعات مجموعات العمل المعنية بالطاقة والتعليم.")
    assert sorted({(e.type, e.date) for e in a.events}) == [("round_session", "2022-05-04"),
                                                            ("working_group_session", "2022-05-03")]


def test_an_event_a_verb_of_sequence_takes_as_object_keeps_its_own_date_when_nothing_follows():
    a = analyzed("وقال الوزير إن زيارته لعمان جاءت لتعزيز العلاقات، وقد أعقبت زيارة الوزير الصفدي لواشنطن في آذار الماضي.")
    assert [(e.type, e.date) for e in a.events][-1] == ("visit", "2022-03")


def test_the_session_named_as_a_frame_in_a_report_of_a_round_is_its_plenary():
    a = analyzed("انطلقت اليوم الأربعاء في عمان أعمال الجولة الثالثة من الحوار الاستراتيجي بين الأردن والولايات المتحدة. "
                 "وكانت مجموعة عمل الطاقة قد عقدت اجتماعها أمس الثلاثاء. وفي مؤتمر صحفي مشترك عقب الجلسة، قال الوزير "
                 "إن الحوار مثمر.")
    assert [(e.type, e.date) for e in a.events][-1] == ("press_conference", "2022-05-04")


def test_an_undated_event_after_while_happened_when_the_event_before_it_did():
    a = analyzed("وعقدت مجموعة عمل الطاقة اجتماعها يوم الأحد الماضي في عمان، فيما عقد فريق عمل التعليم اجتماعه "
                 "برئاسة مسؤولين من البلدين.")
    assert [(e.working_group, e.date) for e in a.events] == [("energy", "2022-05-01"), ("education", "2022-05-01")]


def test_the_definite_team_of_a_sector_meeting_is_that_group_s_session():
    assert [(e.type, e.working_group, e.status) for e in read(
        "وأوضح السفير أن فريق العمل المعني بالطاقة سيعقد اجتماعه الأول الأسبوع المقبل.").events] \
        == [("working_group_session", "energy", "planned")]


def test_a_date_after_since_with_no_event_between_dates_no_event():
    a = analyzed("استقبل الرئيس الأمريكي جو بايدن، الأربعاء، العاهل الأردني الملك عبدالله الثاني في البيت الأبيض، في "
                 "أول لقاء يجمعهما منذ تولي الأول منصبه في كانون الثاني الماضي، وذلك غداة انعقاد الجولة الثالثة من "
                 "الحوار الاستراتيجي بين عمان وواشنطن.")
    assert "2022-01" not in [e.date for e in a.events]


def test_a_date_after_since_and_an_event_dates_that_event():
    a = analyzed("وهذه أول جولة تعقد منذ انطلاق الحوار الاستراتيجي بين الأردن والولايات المتحدة في آذار 2019.")
    assert ("round_session", "2019-03") in [(e.type, e.date) for e in a.events]


def test_an_english_dateline_run_into_the_first_sentence_is_no_venue():
    a = analyzed("Washington, D.C. Secretary of State Antony Blinken met today with Jordanian Foreign Minister "
                 "Ayman Safadi.\nThe two discussed regional security.")
    assert [(e.type, e.venue) for e in a.events] == [("bilateral_meeting", None)]


def test_an_english_city_told_in_the_sentence_is_the_venue():
    a = analyzed("Secretary of State Antony Blinken met today with Jordanian Foreign Minister Ayman Safadi in "
                 "Washington.")
    assert [(e.type, e.venue) for e in a.events] == [("bilateral_meeting", "Washington")]


def test_an_english_round_talked_about_is_no_session():
    a = analyzed("Secretary of State Antony Blinken met today with Jordanian Foreign Minister Ayman Safadi in "
                 "Washington. They discussed the launch of the Strategic Dialogue between the two countries.")
    assert [e.type for e in a.events] == ["bilateral_meeting"]


def test_an_english_text_naming_an_official_in_office_was_written_during_the_term():
    guess = infer_anchor(Doc("Secretary of State Antony J. Blinken met Jordanian Foreign Minister Ayman Safadi to "
                             "discuss the strategic dialogue."))
    assert (min(guess.candidates), max(guess.candidates)) == (date(2021, 1, 1), date(2025, 1, 31))
    assert infer_anchor(Doc("Former Secretary of State Antony J. Blinken met Jordanian Foreign Minister Ayman "
                            "Safadi to discuss the strategic dialogue.")) is None


def _group(doc: str, order: int, value, status: str, number: int | None, track: str | None) -> Report:
    ev = LocalEvent("working_group_session", date=value, status=status, round=number, working_group=track,
                    dialogue="JO-US")
    ev.evidence.append(Mention("evidence", 0, 1, "x", "date", "date:nearest_in_sentence"))
    return Report(doc, order, ev, [], [], dialogue="JO-US")


def test_a_named_group_s_plan_and_its_meeting_on_a_day_of_the_plan_are_one_session():
    week = {"start": "2022-05-09", "end": "2022-05-15"}
    assert len(merge_events([_group("a", 0, week, "planned", None, "energy"),
                             _group("b", 1, "2022-05-10", "happened", 3, "energy")])) == 1
    # unnamed groups of unknown rounds stay apart: they may be any of the tracks
    assert len(merge_events([_group("a", 0, week, "planned", None, None),
                             _group("b", 1, "2022-05-10", "happened", 3, None)])) == 2


def test_an_event_named_in_a_background_sentence_takes_no_day_or_month_of_the_report():
    a = analyzed("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى عمان اليوم الأربعاء في زيارة رسمية. وكانت الجولة "
                 "الثالثة من الحوار الاستراتيجي مقررة أصلا في الربع الأخير من العام الماضي، وفق ما أعلن خلال زيارة "
                 "الصفدي لواشنطن.")
    visits = [(e.venue, e.date) for e in a.events if e.type == "visit"]
    assert ("واشنطن", None) in visits


def test_an_event_told_in_the_past_perfect_of_yesterday_is_recent_news():
    a = analyzed("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى عمان اليوم الأربعاء. وكان بلينكن قد التقى مساء أمس "
                 "في العقبة العاهل الأردني الملك عبدالله الثاني، خلال زيارته.")
    assert all(e.date is not None for e in a.events)


def test_a_meeting_of_a_group_named_by_its_field_is_that_group_s_session():
    a = analyzed("عقدت مجموعة عمل التعليم اجتماعها أمس الثلاثاء عن بعد. وبحث اجتماع مجموعة التعليم أوضاع الطلبة "
                 "الدارسين في الخارج.")
    assert [(e.type, e.working_group) for e in a.events] == [("working_group_session", "education")]
    assert kinds("وشارك في الاجتماع مجموعة من المسؤولين.") == ["bilateral_meeting"]


def test_a_regional_tour_is_a_visit():
    assert kinds("وتأتي محطة عمان ضمن جولة إقليمية يقوم بها وزير الخارجية الأمريكي في الشرق الأوسط.") == ["visit"]


def test_the_first_since_a_list_of_occasions_dates_no_event_by_their_year():
    a = analyzed("وصل وزير الخارجية الليبي إلى تونس في زيارة هي الأولى من نوعها منذ إغلاق القنصلية في العاصمة، "
                 "وتعليق الرحلات الجوية بين البلدين في 2014.")
    assert [e.type for e in a.events] == ["visit"] and a.events[0].date != "2014"

