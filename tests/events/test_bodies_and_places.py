"""Rounds of bilateral bodies named in other ways (a joint group, a steering committee, the talks between
round noun and ordinal), and the place of an event told where the report refers back to it or by the
premises of a ministry named with its country."""
from __future__ import annotations

from datetime import date

from hiwar.pipeline import SourceDoc, analyze


def read(text: str):
    return analyze(SourceDoc("t", text), date(2024, 3, 12))


def sessions(a):
    return [(e.type, e.round) for e in a.events if e.type in ("round_session", "working_group_session")]


def test_a_joint_group_named_by_its_two_sides_is_the_framework_and_its_numbered_meeting_a_round():
    a = read("عقد في باريس اليوم الاجتماع الخامس لمجموعة العمل الفرنسية الأردنية المشتركة برئاسة وزيري الخارجية.")
    assert sessions(a) == [("round_session", 5)]
    assert [(r.number, r.venue) for r in a.rounds] == [(5, "باريس")]
    a = read("ترأس الوزيران في مسقط الاجتماع السابع لفريق العمل المشترك العماني الهندي.")
    assert sessions(a) == [("round_session", 7)]


def test_a_joint_group_named_by_a_field_stays_a_working_group():
    a = read("عقد الاجتماع الثاني لمجموعة العمل المشتركة للتعاون الدفاعي في عمّان اليوم.")
    assert sessions(a) == [("working_group_session", None)]
    assert a.rounds == []


def test_words_of_half_yearly_meetings_stand_between_meeting_and_ordinal():
    a = read("استضافت الرياض اليوم الاجتماع النصف سنوي الثالث للجنة التوجيه المشتركة السعودية الإيطالية.")
    assert [r.number for r in a.rounds] == [3]


def test_the_talks_a_round_is_of_stand_between_round_noun_and_ordinal():
    for text, number in (("انطلقت في الجزائر اليوم جولة المحادثات الثالثة بين الجزائر وإسبانيا.", 3),
                         ("اختتمت في عمّان اليوم جولة المشاورات الرابعة بين الأردن واليونان.", 4)):
        assert [r.number for r in read(text).rounds] == [number]


def test_a_place_told_where_the_report_refers_back_to_the_meeting_is_its_venue():
    a = read("التقى وزير الخارجية الكويتي نظيره الياباني اليوم. وقال الوزير إن الاجتماع الذي عقد في طوكيو بحث "
             "التعاون في الطاقة.")
    assert [(e.type, e.venue) for e in a.events] == [("bilateral_meeting", "طوكيو")]
    a = read("اجتمع وزير الدفاع القطري بنظيره الفرنسي أمس. وجرى خلال اللقاء الذي عقد بالعاصمة باريس بحث التدريب.")
    assert [(e.type, e.venue) for e in a.events] == [("bilateral_meeting", "باريس")]


def test_a_place_of_another_meeting_whose_outcome_is_discussed_is_not_the_venue():
    a = read("يعقد وزيرا الخارجية اجتماعا في الأسبوع المقبل. وسيبحث الاجتماع متابعة مخرجات اجتماع اللجنة "
             "العليا التي عقدت بالقاهرة العام الماضي.")
    assert [e.venue for e in a.events if e.status == "planned"] == [None]


def test_the_premises_of_a_ministry_named_with_its_country_are_in_that_country():
    a = read("عقد فريق العمل المغربي الإسباني المشترك اجتماعا اليوم بمقر وزارة الخارجية الإسبانية.")
    assert [e.venue for e in a.events] == ["إسبانيا"]


def test_a_round_opening_the_report_is_told_in_the_one_meeting_it_reports_held():
    a = read("أكدت الجولة الثالثة من المشاورات السياسية الإيطالية الليبية، الثلاثاء، الرغبة في تعزيز التعاون.\n"
             "واجتمع الوفدان، الإيطالي برئاسة وزير الخارجية أنطونيو تاياني، والليبي برئاسة وزير الخارجية "
             "نجلاء المنقوش، في العاصمة الإيطالية روما يومي 4 و5 مارس.")
    assert [(e.type, e.round, e.venue) for e in a.events] == [("round_session", 3, "روما")]
    assert [(r.number, r.status, r.venue) for r in a.rounds] == [(3, "happened", "روما")]


def test_a_round_prepared_in_a_meeting_is_not_told_in_it():
    a = read("التقى وزير الخارجية العراقي نظيره الياباني اليوم في بغداد وبحثا التحضير للجولة الثالثة من الحوار.")
    assert [(e.type, e.round) for e in a.events] == [("bilateral_meeting", None)]


def test_instruments_counted_and_not_named_are_a_signing_and_no_agreement():
    a = read("وقع البلدان أمس 17 اتفاقية ومذكرة تفاهم في ختام أعمال اللجنة العليا المشتركة.")
    assert [(e.type, e.date) for e in a.events if e.type == "signing"] == [("signing", "2024-03-11")]
    assert a.agreements == []
    a = read("وقع البلدان اليوم أربع مذكرات تفاهم في مجالات الصحة والتعليم والزراعة والنقل.")
    assert len(a.agreements) == 4


def test_the_day_just_before_the_signing_verb_dates_the_instruments_and_those_added_to_them():
    a = read("وتم أمس التوقيع على اتفاقية في مجال الطاقة، بالإضافة إلى مذكرة تفاهم بشأن التعاون الجمركي.")
    assert [(g.type, g.date) for g in a.agreements] == [("agreement", "2024-03-11"), ("mou", "2024-03-11")]


def test_the_country_of_the_guest_received_does_not_place_the_host_s_premises():
    for text in ("استقبل وزير الخارجية الأردني أيمن الصفدي نظيره الياباني يوشيماسا هاياشي بمقر وزارة الخارجية.",
                 "واستقبل وزير الخارجية أيمن الصفدي، الأحد، يوشيماسا هاياشي، وزير خارجية اليابان، في مقر وزارة "
                 "الخارجية."):
        assert [(e.type, e.venue) for e in read(text).events] == [("bilateral_meeting", None)]


def test_talks_of_one_sentence_between_the_same_persons_are_one_meeting():
    a = read("يستقبل وزير الخارجية أيمن الصفدي اليوم نظيره الياباني يوشيماسا هاياشي، حيث يجري الطرفان جلسة "
             "مباحثات ثنائية.")
    assert [e.type for e in a.events] == ["bilateral_meeting"]


def test_a_capital_named_by_its_country_s_adjective_alone_is_a_venue_as_written():
    a = read("عقد وزيرا الخارجية اجتماعا في العاصمة الفيدرالية الألمانية اليوم.")
    assert [e.venue for e in a.events] == ["العاصمة الفيدرالية الألمانية"]
    a = read("التقى الوزير نظيره بالعاصمة الألمانية برلين اليوم.")
    assert [e.venue for e in a.events] == ["برلين"]
    a = read("استقبل الوزير اليوم سفير العاصمة الألمانية.")
    assert [e.venue for e in a.events] == [None]


def test_a_city_word_before_a_name_no_gazetteer_knows_gives_that_name_as_the_venue():
    a = read("عقدت في مدينة تشنغدو الصينية أمس الدورة الخامسة للمشاورات الاستراتيجية بين الكويت والصين.")
    assert [(e.type, e.venue) for e in a.events] == [("round_session", "تشنغدو")]
    a = read("التقى الوزير نظيره في مدينة جدة السعودية اليوم.")
    assert [e.venue for e in a.events] == ["جدة"]


def test_talks_summed_up_then_told_as_a_call_between_the_same_persons_are_the_call():
    a = read("بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الياباني يوشيماسا هاياشي الأوضاع في السودان.\n"
             "وذكر بيان للوزارة أن الصفدي تلقى اليوم اتصالا هاتفيا من هاياشي.")
    assert [(e.type, e.mode) for e in a.events if e.type != "statement"] == [("bilateral_meeting", "virtual")]


def test_what_is_held_on_the_day_of_a_visit_is_held_where_the_visit_went():
    a = read("وصل رئيس الوزراء الياباني إلى عمّان أمس في زيارة رسمية. ووقع البلدان أمس مذكرة تفاهم في مجال "
             "الطاقة المتجددة.")
    assert [(e.type, e.venue) for e in a.events if e.type == "signing"] == [("signing", "عمّان")]


def test_a_report_filed_from_a_city_tells_what_was_held_there_today_though_its_day_is_not_known():
    text = ("الأردن واليابان يبحثان التعاون\n\nعمّان - بترا\n\nعقدت بوزارة الخارجية اليوم جلسة مباحثات بين "
            "وزير الخارجية أيمن الصفدي ونظيره الياباني يوشيماسا هاياشي.")
    a = analyze(SourceDoc("t", text), None)
    assert [(e.type, e.venue) for e in a.events] == [("bilateral_meeting", "عمّان")]


def test_a_session_of_the_framework_a_speaker_tells_to_be_held_is_a_planned_session_with_its_chairs():
    a = read("قال السفير إن اجتماعات لجنة التوجيه المشتركة الأردنية الإيطالية التي ستعقد في روما الأحد المقبل "
             "فرصة مهمة. وأضاف أن الوفد الأردني سيترأسه وزير الخارجية أيمن الصفدي.")
    sessions = [e for e in a.events if e.type == "round_session"]
    assert [(e.status, e.venue) for e in sessions] == [("planned", "روما")]
    assert "أيمن الصفدي" in {p.name for p in a.entities if p.local_id in sessions[0].participants}


def test_a_speaker_telling_of_the_framework_s_meetings_in_general_tells_no_session():
    a = read("قال السفير إن اجتماعات لجنة التوجيه المشتركة الأردنية الإيطالية مهمة للبلدين.")
    assert [e for e in a.events if e.type == "round_session"] == []


def test_a_reception_named_by_its_noun_is_a_meeting():
    for text in ("أكد ولي العهد أهمية العلاقات. جاء ذلك لدى استقباله اليوم وزير الخارجية الياباني يوشيماسا هاياشي.",
                 "جاء ذلك خلال استقبال سموه، أمس، وزير الخارجية الياباني يوشيماسا هاياشي."):
        assert [e.type for e in read(text).events] == ["bilateral_meeting"]
    assert read("أقيمت مراسم استقبال رسمية للرئيس في قصر الحكومة.").events == []


def test_a_session_noun_numbers_a_round_only_with_the_framework_named_after_its_ordinal():
    a = read("عقدت الجلسة الرابعة للحوار الاستراتيجي بين الكويت واليابان في طوكيو.")
    assert [(r.number, r.venue) for r in a.rounds] == [(4, "طوكيو")]
    assert read("وبدأت الجلسة الثانية برئاسة الوزيرين.").rounds == []


def test_a_visit_told_again_by_the_same_visitor_to_the_same_place_is_one_visit():
    a = read("عاد رئيس الوزراء إلى البلاد أمس بعد زيارة رسمية لليابان التقى خلالها رئيس الوزراء الياباني فوميو "
             "كيشيدا. ورحب رئيس الوزراء الياباني فوميو كيشيدا بزيارة رئيس الوزراء إلى اليابان.")
    assert [e.venue for e in a.events if e.type == "visit"] == ["اليابان"]
