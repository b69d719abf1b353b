"""Where and how an event was held, and how many signings a report tells: rules of news writing, each
tested on sentences written for the test."""
from __future__ import annotations

from datetime import date

from hiwar.pipeline import SourceDoc, analyze
from hiwar.resolve.events import Report, merge_events

ANCHOR = date(2022, 5, 4)


def analyzed(text: str):
    return analyze(SourceDoc("t", text), ANCHOR)


def of_type(text: str, kind: str) -> list:
    return [e for e in analyzed(text).events if e.type == kind]


def test_a_signing_at_a_session_is_where_and_as_the_session_sat():
    signing, = of_type("عقدت الأردن والولايات المتحدة اليوم في عمان الجولة الثانية من الحوار الاستراتيجي. وشهدت "
                       "الجلسة توقيع مذكرة تفاهم بشأن التعاون في مجال المياه.", "signing")
    assert (signing.venue, signing.mode) == ("عمّان", "in_person")


def test_a_press_conference_after_the_session_is_in_its_city():
    conference, = of_type("اختتمت اليوم في الرباط أعمال الجولة الثالثة من الحوار الاستراتيجي بين المغرب والولايات "
                          "المتحدة. وفي مؤتمر صحفي مشترك عقب الجلسة الختامية، قال الوزير إن البلدين ماضيان في "
                          "تعزيز الشراكة.", "press_conference")
    assert (conference.venue, conference.mode) == ("الرباط", "in_person")


def test_a_signing_at_an_online_meeting_is_online():
    signing, = of_type("عقدت الكويت والصين اليوم عبر الاتصال المرئي الجولة الأولى من الحوار الاستراتيجي. وشهد "
                       "الاجتماع توقيع مذكرة تفاهم بشأن التعاون في مجال التدريب الدبلوماسي.", "signing")
    assert (signing.venue, signing.mode) == (None, "virtual")


def test_talks_told_with_no_word_of_the_screen_are_in_person():
    meeting, = of_type("استقبل وزير الخارجية العماني اليوم نظيره الأمريكي وبحث معه العلاقات الثنائية.",
                       "bilateral_meeting")
    assert meeting.mode == "in_person"


def test_talks_in_a_report_that_says_something_was_held_online_keep_no_mode():
    meetings = of_type("عقدت مجموعة عمل الطاقة اجتماعها أمس عن بعد. والتقى وزير الطاقة اليوم السفير الأمريكي "
                       "وبحث معه سير العمل.", "bilateral_meeting")
    assert [e.mode for e in meetings] == [None]


def test_a_round_launched_in_a_city_stays_there_when_a_later_sentence_names_its_opening_session():
    a = analyzed("انطلقت في المنامة اليوم أعمال الجولة الرابعة من الحوار الاستراتيجي بين البحرين والولايات المتحدة "
                 "برئاسة وزير الخارجية. وفي مؤتمر صحفي عقب الجلسة الافتتاحية، أكد الوزير عمق العلاقات.")
    sessions = [e for e in a.events if e.type == "round_session"]
    assert [(e.round, e.venue, e.mode) for e in sessions] == [(4, "المنامة", "in_person")]


def _signing(orgs: list[str], order: int):
    from hiwar.extract.types import LocalEvent
    ev = LocalEvent("signing", date="2022-05-04", round=2, dialogue="JO-US", organizations=list(orgs))
    return Report("a", order, ev, (), tuple(orgs), index=order, dialogue="JO-US")


def test_one_report_telling_signings_by_other_bodies_tells_two_signings():
    # "وشهدت الجلسة توقيع الوزيرين مذكرة ..." then "كما وقعت الوزارة والوكالة على هامش الجلسة اتفاقية ..."
    assert len(merge_events([_signing([], 0), _signing(["o1", "o2"], 1)])) == 2
    # "... كما جرى التوقيع على مذكرة تفاهم ...": no signer named, the same ceremony
    assert len(merge_events([_signing([], 0), _signing([], 1)])) == 1


def test_a_traveller_s_place_of_departure_is_not_the_venue():
    visit, = of_type("وصل وزير الخارجية الأمريكي إلى مسقط مساء اليوم قادما من العاصمة الأردنية عمّان، في زيارة "
                     "رسمية.", "visit")
    assert visit.venue == "مسقط"


def test_a_city_among_the_subjects_talked_about_is_not_where_the_talks_were():
    meeting, = of_type("وعقد الوزيران جلسة مباحثات في مقر الوزارة، تطرقت إلى الأوضاع في المنطقة والمفاوضات الجارية في "
                       "جنيف بشأن الأزمة.", "bilateral_meeting")
    assert meeting.venue != "جنيف"


def test_a_verb_of_meeting_in_the_present_with_a_word_of_habit_tells_a_practice():
    for text in ("وتجتمع اللجنة المشتركة مرة كل عام بالتناوب بين العاصمتين.",
                 "وتعقد مجموعات العمل المنبثقة عن الحوار بين البلدين اجتماعاتها بشكل دوري.",
                 "وتلتقي فرق العمل الفنية من الجانبين بصورة منتظمة لمتابعة تنفيذ المشاريع."):
        assert analyzed(text).events == []
    # a practice named beside a round held: the round stays
    a = analyzed("وجاءت الجولة الثالثة التي استضافتها واشنطن في آذار الماضي، حيث بات الحوار إطارا يجتمع في ظله "
                 "المسؤولون بانتظام.")
    assert [e.type for e in a.events] == ["round_session"]
    # "تعقد اليوم": a day named makes it a session
    assert [e.status for e in of_type("تعقد اليوم في الدوحة الجولة الثالثة من الحوار الاستراتيجي السنوي بين قطر "
                                      "والولايات المتحدة.", "round_session")] == ["happened"]


def test_a_verb_of_meeting_in_the_present_with_time_still_running_tells_a_plan():
    session, = of_type("وتعقد الجولة الرابعة من الحوار الاستراتيجي بين الكويت والولايات المتحدة خلال العام الجاري "
                       "في واشنطن.", "round_session")
    assert (session.status, session.round) == ("planned", 4)
    group, = of_type("وتعقد مجموعات العمل اجتماعاتها هذا العام في واشنطن.", "working_group_session")
    assert group.status == "planned"


def test_an_event_dated_after_the_report_has_not_happened():
    a = analyzed("وصل وزير الخارجية البحريني إلى واشنطن اليوم في زيارة رسمية. وتأتي الزيارة قبيل انعقاد الجولة "
                 "الثالثة من الحوار الاستراتيجي بين البحرين والولايات المتحدة غدا.")
    assert [(e.type, e.status) for e in a.events] == [("visit", "happened"), ("round_session", "planned")]
    assert [(r.number, r.status) for r in a.rounds] == [(3, "planned")]


def test_talks_held_on_the_round_s_day_are_of_the_round_and_talks_planned_are_not():
    a = analyzed("عقدت سلطنة عمان والمملكة المتحدة اليوم في مسقط الجولة الثانية من الحوار الاستراتيجي. واستقبل "
                 "وزير الخارجية العماني اليوم الوفد البريطاني. واتفق الجانبان على عقد لقاء ثنائي في لندن لاحقا.")
    assert [(e.type, e.status, e.round) for e in a.events if e.type == "bilateral_meeting"] == [
        ("bilateral_meeting", "happened", 2), ("bilateral_meeting", "planned", None)]


def test_a_statement_told_after_a_meeting_dated_in_its_sentence_shares_its_day():
    a = analyzed("اختتمت اليوم في الرباط أعمال الجولة الرابعة من الحوار الاستراتيجي بين المغرب والولايات المتحدة "
                 "بصدور بيان مشترك.")
    assert sorted((e.type, e.date) for e in a.events) == [("round_session", "2022-05-04"), ("statement", "2022-05-04")]
    # a statement told before a meeting of its sentence keeps the meeting's date to the meeting
    statement, = of_type("وصدر بيان مشترك رحب فيه البلدان بالتقدم المحرز منذ الجولة الثالثة التي عقدت في آذار "
                         "الماضي.", "statement")
    assert statement.date != "2022-03"


def test_a_report_that_names_the_instrument_a_dialogue_is_held_under_is_of_that_dialogue():
    a = analyzed("أعلن البيت الأبيض أن رئيس الوزراء العراقي سيزور واشنطن الشهر المقبل، وأن الزعيمين سيؤكدان "
                 "التزامهما باتفاقية الإطار الاستراتيجي بين العراق والولايات المتحدة.")
    assert {e.dialogue for e in a.events} == {"IQ-US"}


def test_a_report_filed_from_a_city_tells_what_was_held_there_that_day():
    session, = of_type("المنامة في 4 مايو /بنا/ عقدت اليوم بمقر وزارة الخارجية الجولة الثالثة من الحوار الاستراتيجي "
                       "بين البحرين والمملكة المتحدة.", "round_session")
    assert session.venue == "المنامة"
    # a place told for the event wins; what was held online has no place; another day is not the dateline's
    a = analyzed("المنامة - 4 مايو (بنا) - عقدت مجموعة عمل الطاقة اجتماعها اليوم عبر الاتصال المرئي. وكان "
                 "الوزير قد التقى نظيره البريطاني في لندن أمس.")
    assert sorted((e.type, e.venue) for e in a.events) == [("bilateral_meeting", "لندن"),
                                                           ("working_group_session", None)]


def test_a_report_filed_from_a_city_with_no_day_known_gives_no_place_by_its_dateline():
    from hiwar.resolve.anchors import Anchor
    a = analyze(SourceDoc("t", "المنامة - (بنا) - عقد وزير الخارجية اجتماعا مع السفير البريطاني."),
                Anchor(None, None, "no clue", weekday=2))
    assert [(e.type, e.venue) for e in a.events] == [("bilateral_meeting", None)]


def test_the_host_s_premises_are_in_the_city_the_report_is_filed_from():
    session, = of_type("عمّان - عقدت الأردن والولايات المتحدة أمس الثلاثاء الجولة الثانية من الحوار الاستراتيجي في "
                       "مقر وزارة الخارجية الأردنية.", "round_session")
    assert session.venue == "عمّان"


def test_a_session_of_an_unnumbered_sitting_is_not_absorbed_by_a_round_of_other_years():
    a = analyzed("الرباط - استقبل وزير الخارجية المغربي ناصر بوريطة اليوم نظيره الأمريكي أنتوني بلينكن. وترأس المسؤولان بهذه المناسبة جلسة "
                 "للحوار الاستراتيجي بين المغرب والولايات المتحدة. وأكد الوزير أن هذا الحوار، الذي انعقدت دورته "
                 "الأولى بواشنطن في سبتمبر 2012، أصبح آلية للتشاور.")
    sessions = [(e.date, len(e.participants)) for e in a.events if e.type == "round_session" and e.round is None]
    assert sessions == [("2022-05-04", 2)]


def test_a_visit_told_the_day_of_a_report_filed_from_a_city_is_there_unless_it_says_where():
    a = analyzed("الرباط - 4 مايو (ومع) - استقبل وزير الخارجية المغربي اليوم بالرباط نظيره الأمريكي الذي يقوم "
                 "بزيارة رسمية للمملكة.")
    assert [e.venue for e in a.events if e.type == "visit"] == ["الرباط"]
    a = analyzed("الكويت - 4 مايو (كونا) - غادر وزير الخارجية البلاد اليوم متوجها إلى واشنطن في زيارة رسمية.")
    assert [e.venue for e in a.events if e.type == "visit"] == ["واشنطن"]


def test_a_page_titled_by_the_dialogue_is_of_it_though_its_text_never_names_it():
    text = ("وصل وزير الخارجية البحريني إلى واشنطن اليوم في زيارة رسمية يلتقي خلالها نظيره الأمريكي لبحث "
            "العلاقات بين البحرين والولايات المتحدة.")
    titled = analyze(SourceDoc("t", text, title="انطلاق الحوار الاستراتيجي البحريني الأمريكي"), ANCHOR)
    assert {e.dialogue for e in titled.events} == {"BH-US"}
    assert {e.dialogue for e in analyzed(text).events} == {None}


def test_a_signing_told_of_an_instrument_celebrated_is_history_even_in_an_undated_report():
    text = "وأصدر الوزيران بيانا مشتركا احتفاء بمعاهدة الصداقة والتجارة التي جرى توقيعها في 20 ديسمبر 1958."
    assert [e.type for e in analyze(SourceDoc("t", text), None).events] == ["statement"]
    told = "ووقع الوزيران في 20 ديسمبر 1958 معاهدة الصداقة والتجارة بين البلدين."
    assert "signing" in [e.type for e in analyze(SourceDoc("t", told), None).events]


def statuses_undated(text: str) -> list[tuple[str, str]]:
    """(type, status) of the events of a report with no publication date."""
    return [(e.type, e.status) for e in analyze(SourceDoc("t", text), None).events]


def test_an_event_told_for_tomorrow_is_planned_though_no_anchor_dates_it():
    assert ("visit", "planned") in statuses_undated(
        "يتوجه وزير الخارجية العماني، مساء غد الأحد، إلى العاصمة الأردنية عمان في زيارة تستغرق يومين.")
    assert statuses_undated("ويعقد الوزيران صباح غد الثلاثاء جلسة مباحثات موسعة في مقر الوزارة.") == [
        ("bilateral_meeting", "planned")]
    # today's meeting happened; the press conference of tomorrow is ahead
    assert sorted(statuses_undated("التقى الوزير اليوم الاثنين نظيره الكويتي، على أن يعقدا غدا مؤتمرا صحفيا "
                                   "مشتركا.")) == [("bilateral_meeting", "happened"), ("press_conference", "planned")]


def test_a_visit_under_way_is_not_planned_by_the_tomorrow_it_frames():
    assert ("visit", "happened") in statuses_undated(
        "ويلقي الوزير محاضرة غدا الخميس في إطار الزيارة الحالية التي يقوم بها إلى الرباط.")


def test_a_sentence_telling_its_own_unplaced_day_borrows_no_year_from_the_one_before():
    text = ("وتأسست اللجنة العليا المشتركة بين البلدين في العام 1992. وانطلقت اليوم الاثنين في الرياض أعمال "
            "الدورة العاشرة للجنة.")
    sessions = [e for e in analyze(SourceDoc("t", text), None).events if e.type == "round_session"]
    assert [(e.round, e.date) for e in sessions] == [(10, None)]
    # with no day of its own, the sentence still takes the date told just before it
    text = "وعقد الوزيران في 3 آذار 2021 جولة مباحثات. وشهدت الجلسة توقيع مذكرة تفاهم بشأن النقل البحري."
    signing, = [e for e in analyze(SourceDoc("t", text), None).events if e.type == "signing"]
    assert signing.date == "2021-03-03"


def test_a_round_prepared_for_is_still_ahead():
    for text in ("والتقى الوزير أمس نظيره العماني تمهيدا لانعقاد الجولة الرابعة من الحوار الاستراتيجي.",
                 "وزار الوفد الكويتي واشنطن الأسبوع الماضي استعدادا لعقد الجولة السادسة من الحوار الاستراتيجي.",
                 "وتجتمع فرق العمل اليوم تحضيرا لانعقاد الجولة الثالثة من الحوار الاستراتيجي في الرباط."):
        sessions = [e for e in analyze(SourceDoc("t", text), None).events if e.type == "round_session"]
        assert [e.status for e in sessions] == ["planned"], text


def test_consultations_between_foreign_ministries_are_sessions_of_their_dialogue():
    def sessions(text):
        return [(e.status, e.venue) for e in analyze(SourceDoc("t", text), None).events if e.type == "round_session"]
    assert sessions("عقدت السعودية والهند اليوم جولة مشاورات سياسية في الرياض.") == [("happened", "الرياض")]
    assert sessions("ستعقد مشاورات سياسية بين الأردن وقبرص الأسبوع المقبل في عمان.") == [("planned", "عمّان")]
    assert sessions("وبحث الوزيران سبل تعزيز المشاورات السياسية بين الأردن وقبرص.") == []


def test_a_spokesperson_telling_of_a_meeting_is_not_in_it():
    text = ("وصرح المتحدث الرسمي باسم وزارة الخارجية السفير خالد العتيبي بأن الوزير فهد الدوسري التقى اليوم "
            "نظيره الفرنسي جان مارتان في باريس.")
    meeting, = [e for e in analyze(SourceDoc("t", text), ANCHOR).events if e.type == "bilateral_meeting"]
    names = {p.local_id: p.name for p in analyze(SourceDoc("t", text), ANCHOR).entities}
    assert "خالد العتيبي" not in [names[p] for p in meeting.participants]
    assert "فهد الدوسري" in [names[p] for p in meeting.participants]


def test_a_call_made_or_received_is_talks_at_a_distance():
    def calls(text):
        return [(e.type, e.mode) for e in analyze(SourceDoc("t", text), ANCHOR).events]
    assert calls("تلقى وزير الخارجية العماني، مساء أمس الاثنين، اتصالا من نظيره الإيطالي.") == [
        ("bilateral_meeting", "virtual")]
    assert calls("وأجرت الوزيرة اتصالا بنظيرها الياباني تناولا خلاله سبل تعزيز التعاون.") == [
        ("bilateral_meeting", "virtual")]
    # one call, however many words name it; "اتصالا بما" is "in connection with", no call
    assert calls("وأجرى الوزير اتصالين هاتفيين مع نظيريه اتصالا بما شهدته المنطقة.") == [
        ("bilateral_meeting", "virtual")]
    assert calls("وأصدرت الوزارة تعميما اتصالا بما شهدته المنطقة من تطورات.") == []


def test_the_co_chairs_hold_the_round_they_chair():
    text = ("ترأس وزير الخارجية الأردني أيمن الصفدي ونظيره الياباني تارو كونو، اليوم الثلاثاء، الجولة الثانية من "
            "الحوار الاستراتيجي بين البلدين في عمان.")
    session, = [e for e in analyze(SourceDoc("t", text), ANCHOR).events if e.type == "round_session"]
    assert (session.round, session.status, session.venue) == (2, "happened", "عمّان")


def test_a_chaired_unnumbered_dialogue_is_a_session_where_its_capital_is_named():
    text = ("ترأس وزير الخارجية المغربي ناصر بوريطة ونظيره البرازيلي ماورو فييرا، الحوار الاستراتيجي بين المغرب "
            "والبرازيل يوم أمس في العاصمة الرباط.")
    session, = [e for e in analyze(SourceDoc("t", text), ANCHOR).events if e.type == "round_session"]
    assert (session.round, session.status, session.venue, session.date) == (None, "happened", "الرباط", "2022-05-03")


def test_the_preparatory_meetings_of_a_round_are_a_sitting_of_it():
    for text in ("انطلقت اليوم في الرياض الاجتماعات التحضيرية على مستوى الخبراء للدورة العاشرة للجنة السعودية "
                 "الكويتية المشتركة.",
                 "بدأت اليوم في الكويت الأعمال التحضيرية للدورة الخامسة للجنة الكويتية العمانية المشتركة."):
        sessions = [e for e in analyze(SourceDoc("t", text), ANCHOR).events if e.type == "round_session"]
        assert [(e.status, e.date) for e in sessions] == [("happened", "2022-05-04")], text
        assert sessions[0].round in (10, 5)


def test_a_round_put_on_is_held():
    text = "تقام الجولة الرابعة من الحوار الاستراتيجي بين تونس والولايات المتحدة يوم الاثنين 9 مايو الجاري في تونس."
    session, = [e for e in analyze(SourceDoc("t", text), ANCHOR).events if e.type == "round_session"]
    assert (session.round, session.status, session.date) == (4, "planned", "2022-05-09")


def test_arriving_somewhere_is_a_visit_there():
    def visits(text):
        return [(e.type, e.venue) for e in analyze(SourceDoc("t", text), ANCHOR).events]
    assert visits("وصل وزير الخارجية البحريني عبد اللطيف الزياني إلى بكين اليوم.") == [("visit", "بكين")]
    assert visits("ويصل رئيس الوزراء العراقي، مساء اليوم، إلى أنقرة.") == [("visit", "أنقرة")]
    # a sum that reaches a figure is no visit
    assert visits("ووصل حجم التبادل التجاري بين الأردن والعراق إلى ملياري دولار العام الماضي.") == []


def test_a_visit_opened_by_arriving_is_where_the_traveller_arrived():
    for text, city in (("وصل وزير الخارجية العماني، بدر البوسعيدي، الأحد، الرياض، في زيارة رسمية تستغرق يومين.", "الرياض"),
                       ("وصلت وزيرة الخارجية الإسبانية، صباح اليوم، الدوحة في زيارة عمل.", "الدوحة"),
                       ("وصل رئيس الوزراء الأردني إلى بغداد في زيارة رسمية يبحث خلالها التعاون الاقتصادي.", "بغداد")):
        visit, = of_type(text, "visit")
        assert visit.venue == city, text


def test_a_call_told_as_the_occasion_is_not_planned_by_the_round_it_prepared():
    for text in ("ناقش وزير الخارجية القطري التحضير للجولة المقبلة من الحوار المقررة الأربعاء القادم، خلال اتصال "
                 "هاتفي مع نظيره البريطاني.",
                 "استعرض وزير الخارجية المغربي ترتيبات المنتدى المرتقب في الرباط، أثناء اتصال هاتفي مع نظيره "
                 "الإسباني."):
        assert [e.status for e in analyzed(text).events if e.type == "bilateral_meeting"] == ["happened"], text
    assert [e.status for e in analyzed("سيبحث الوزير الملفات الإقليمية، خلال زيارته إلى لندن.").events
            if e.type == "visit"] == ["planned"]
