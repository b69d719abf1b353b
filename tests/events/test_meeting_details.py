"""Where a meeting sat, who sat in it and which round it was, as news reports on joint committees and
ministerial dialogues write them: rules of the language, each tested on sentences written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from hiwar.pipeline import SourceDoc, analyze

ANCHOR = date(2022, 5, 4)


def analyzed(text: str):
    return analyze(SourceDoc("t", text), ANCHOR)


def names(a, event) -> list[str]:
    by_id = {e.local_id: e.name for e in a.entities}
    return [by_id[p] for p in event.participants]


# ------------------------------------------------------------------ venue
def test_a_city_whose_name_begins_with_ba_takes_the_preposition_ba_too():
    for text, city in [
        ("عقدت لجنة الحوار الاستراتيجي بين البلدين اجتماعها الرابع للتعاون الاقتصادي والثقافي بباريس يوم الاثنين.",
         "باريس"),
        ("التقى وزير الخارجية الأردني اليوم ببغداد نظيره العراقي وبحث معه العلاقات الثنائية.", "بغداد"),
        ("اجتمع وزير الخارجية القطري أمس ببيروت مع رئيس الحكومة اللبنانية.", "بيروت"),
    ]:
        event, = analyzed(text).events
        assert event.venue == city, text


def test_a_city_whose_name_begins_with_ba_written_bare_is_no_preposition():
    visit, = [e for e in analyzed("زار وزير الخارجية العماني اليوم برلين والتقى نظيره الألماني.").events
              if e.type == "visit"]
    assert visit.venue == "برلين"


def test_a_country_s_name_marked_as_its_city_is_where_the_meeting_sat():
    for text in ("انعقدت الجولة الثانية من المشاورات السياسية بين تونس والأردن حول القضايا الإقليمية، "
                 "يوم الأحد بالجزائر العاصمة.",
                 "شارك الوزير في الاجتماع الوزاري المشترك الثاني للحوار الاستراتيجي، والذي عقد يوم الثلاثاء في "
                 "مدينة الكويت."):
        event, = analyzed(text).events
        assert event.venue in ("الجزائر", "الكويت"), text


def test_a_country_named_for_what_was_discussed_is_no_city():
    event, = analyzed("بحث وزير الخارجية المصري اليوم في القاهرة مع نظيره الأردني الأوضاع في الكويت.").events
    assert event.venue == "القاهرة"


# ------------------------------------------------------------------ rounds
def test_a_ministerial_meeting_numbered_with_describing_words_between_is_the_dialogue_s_round():
    a = analyzed("ترأس الوزيران أمس في الرباط الاجتماع الوزاري المشترك الثالث للحوار الاستراتيجي "
                 "بين المغرب والأردن.")
    assert [e.round for e in a.events] == [3]
    assert [(r.number, r.status) for r in a.rounds] == [(3, "happened")]


def test_a_session_numbered_in_figures_is_its_round():
    a = analyzed("اختتمت اليوم في تونس أعمال الدورة 21 من اللجنة العليا المشتركة التونسية الليبية.")
    assert [r.number for r in a.rounds] == [21]


def test_a_year_after_a_session_noun_is_no_round():
    a = analyzed("اختتمت اليوم في تونس أعمال الدورة 2022 من معرض الكتاب بمشاركة ليبية.")
    assert [r.number for r in a.rounds] == []


def test_a_regional_council_s_numbered_session_is_not_the_dialogue_s_round():
    for text in ("وتأتي الزيارة تنفيذا لقرار المجلس الوزاري لمجلس التعاون في دورته ال 150 بتعزيز العلاقات مع الهند.",
                 "يشارك الأمين العام غدا في جلسة الحوار الاستراتيجي مع اليابان، تنفيذا لقرار المجلس الأعلى في "
                 "دورته ال 40."):
        assert [r.number for r in analyzed(text).rounds] == [], text


# ------------------------------------------------------------------ participants
def test_a_head_of_delegation_told_in_the_present_sits_in_the_meeting_ahead():
    a = analyzed("تبدأ يوم غد الخميس في الرباط اجتماعات الدورة الخامسة للجنة المغربية الأردنية المشتركة. ويرأس وفد "
                 "الأردن في الاجتماعات وزير الصناعة والتجارة يوسف الشمالي الذي وصل مساء اليوم إلى الرباط.")
    session, = [e for e in a.events if e.type == "round_session"]
    assert session.status == "planned" and "يوسف الشمالي" in names(a, session)


def test_a_chair_named_beside_his_visit_still_sits_in_the_session():
    a = analyzed("افتتحت أمس في عمان أشغال الدورة الثالثة للحوار العسكري بين الأردن وفرنسا. ويترأس أشغال هذه الدورة "
                 "عن الجانب الأردني اللواء يوسف الحنيطي وعن الجانب الفرنسي الجنرال تييري بوركهارد الذي يقوم بزيارة "
                 "إلى الأردن.")
    session, = [e for e in a.events if e.type == "round_session"]
    assert "يوسف الحنيطي" in names(a, session)


def test_a_past_chair_line_does_not_reach_a_session_still_ahead():
    a = analyzed("عقدت مجموعة العمل الاقتصادية اجتماعها أمس في الدوحة، على أن تعقد الجولة الثالثة من الحوار الشهر "
                 "المقبل. وترأس الجانب القطري وكيل وزارة التجارة سلطان الخاطر.")
    ahead = [e for e in a.events if e.status == "planned"]
    assert all("سلطان الخاطر" not in names(a, e) for e in ahead)


def test_leaders_whose_guidance_a_meeting_carries_out_are_not_in_it():
    a = analyzed("عقدت اللجنة المشتركة بين الكويت وفرنسا اجتماعها الرابع في باريس أمس، تنفيذا لتوجيهات سمو الأمير "
                 "الشيخ نواف الأحمد الجابر الصباح والرئيس إيمانويل ماكرون.")
    session, = a.events
    assert names(a, session) == []


def test_chairs_named_after_the_guidance_still_sit_in_the_meeting():
    a = analyzed("عقدت اللجنة المشتركة بين الكويت وفرنسا اجتماعها الرابع في باريس أمس تنفيذا لتوجيهات القيادتين، "
                 "برئاسة وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح ونظيره الفرنسي جان إيف لودريان.")
    session, = a.events
    assert len(names(a, session)) == 2


@pytest.mark.parametrize("text, away, present", [
    # the leader whose greetings a guest conveys stays home; the one greeted is at the meeting
    ("استقبل الملك عبدالله الثاني في عمان وزير الخارجية الإيطالي أنطونيو تاياني. ونقل الوزير في مستهل اللقاء "
     "تحيات الرئيس سيرجيو ماتاريلا إلى الملك عبدالله الثاني وتمنياته للأردن بالتقدم.",
     "سيرجيو ماتاريلا", {"أنطونيو تاياني"}),
    ("استقبل الرئيس قيس سعيد في قرطاج وزير الخارجية الجزائري أحمد عطاف الذي نقل إليه تحيات الرئيس "
     "عبد المجيد تبون، وتناول اللقاء العلاقات الثنائية.", "عبد المجيد تبون", {"قيس سعيد", "أحمد عطاف"}),
    # greetings a guest is asked to carry go to one who is away
    ("التقى رئيس الوزراء الياباني فوميو كيشيدا في طوكيو وزير الخارجية الكويتي سالم عبدالله الجابر الصباح، "
     "وحمّله تحياته إلى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، وبحث الجانبان التعاون.",
     "مشعل الأحمد الجابر الصباح", {"فوميو كيشيدا"}),
])
def test_leaders_named_in_greetings_are_not_at_the_meeting(text, away, present):
    a = analyzed(text)
    meeting, = [e for e in a.events if e.type == "bilateral_meeting"]
    told = set(names(a, meeting))
    assert away not in told and present <= told


def test_one_who_speaks_of_a_meeting_ahead_only_comments_on_it():
    a = analyzed("قال سفير المغرب لدى اليابان رشيد الطالبي اليوم إن اجتماعات اللجنة المشتركة التي ستعقد في طوكيو "
                 "الأسبوع المقبل تمثل فرصة لتعزيز التعاون.")
    session, = [e for e in a.events if e.type == "round_session"]
    assert "رشيد الطالبي" not in names(a, session)


def test_one_who_tells_who_will_chair_is_not_in_the_line():
    a = analyzed("تعقد اللجنة العليا المشتركة بين تونس وإيطاليا دورتها الخامسة غدا في روما. وأضاف السفير مراد "
                 "بورحلة أن الوفد التونسي سيترأسه وزير الخارجية نبيل عمار.")
    session, = [e for e in a.events if e.type == "round_session"]
    told = names(a, session)
    assert "نبيل عمار" in told and "مراد بورحلة" not in told


def test_one_who_announces_his_own_visit_ahead_makes_it():
    a = analyzed("أعلن وزير الخارجية الإسباني خوسيه مانويل ألباريس أنه سيزور الرباط الأسبوع المقبل لبحث التعاون.")
    visit, = [e for e in a.events if e.type == "visit"]
    assert "خوسيه مانويل ألباريس" in names(a, visit)


def test_the_visitor_of_a_visit_years_ago_is_not_at_todays_meeting():
    a = analyzed("عقدت اللجنة المشتركة بين سلطنة عمان واليابان اجتماعها الثالث أمس في مسقط، وذلك استكمالا لنتائج زيارة "
                 "السلطان قابوس بن سعيد إلى طوكيو في أبريل 2016، وترأسه وكيل وزارة الخارجية خليفة الحارثي.")
    session, = [e for e in a.events if e.type == "round_session"]
    told = names(a, session)
    assert "قابوس بن سعيد" not in told and "خليفة الحارثي" in told


def test_a_visit_made_to_attend_the_meeting_keeps_its_visitor_in_it():
    a = analyzed("وتأتي الزيارة بعد الزيارة التي قام بها الرئيس الأوزبكي شوكت ميرضيائيف إلى الرياض في مارس 2021 "
                 "للمشاركة في الاجتماع الأول لمجلس التنسيق السعودي الأوزبكي.")
    session = next(e for e in a.events if e.type == "round_session" and e.date == "2021-03")
    assert "شوكت ميرضيائيف" in names(a, session)


def test_those_who_met_a_minister_on_arrival_sit_in_no_meeting_for_it():
    a = analyzed("تبدأ غدا في سيول اجتماعات الدورة الخامسة للجنة الكويتية الكورية المشتركة. ويرأس وفد الكويت وزير "
                 "المالية أنور المضف الذي وصل اليوم إلى سيول حيث كان في استقباله سفير الكويت لدى كوريا الجنوبية "
                 "عيسى العيسى.")
    session, = [e for e in a.events if e.type == "round_session"]
    told = names(a, session)
    assert "عيسى العيسى" not in told and "أنور المضف" in told


def test_a_venue_in_arabic_and_one_in_english_are_one_place_when_in_one_country():
    from hiwar.resolve.venues import same_place
    assert same_place("مدينة الكويت", "Kuwait City") and same_place("بغداد", "Baghdad")
    assert not same_place("الرياض", "Washington")


# ------------------------------------------------------------------ sessions told by their meetings
def test_meetings_of_a_committee_that_open_on_a_day_are_its_session():
    a = analyzed("تبدأ الأحد المقبل في عمان اجتماعات اللجنة العليا الأردنية العراقية برئاسة رئيسي وزراء البلدين.")
    assert [(e.type, e.status, e.venue) for e in a.events] == [("round_session", "planned", "عمّان")]


def test_a_committee_s_meetings_in_general_are_no_session():
    assert analyzed("وتعقد اجتماعات اللجنة المشتركة بين البلدين بالتناوب كل عامين.").events == []


# ------------------------------------------------------------------ agreements ahead
def test_instruments_expected_or_ready_to_be_signed_are_planned():
    for text in ("يعقد الرئيسان غدا في الدوحة اجتماع الدورة الخامسة للجنة العليا. ومن المتوقع أن يشهد الاجتماع "
                 "توقيع اتفاقيات تعاون في مجالات الصحة والتعليم.",
                 "وتشمل الوثائق الجاهزة للتوقيع في ختام الاجتماعات مذكرة تفاهم في مجال النقل البحري."):
        a = analyzed(text)
        assert a.agreements and {g.status for g in a.agreements} == {"planned"}, text
        assert [e for e in a.events if e.type == "signing"] == [], text


def test_an_instrument_listed_after_a_planned_one_is_planned_too():
    a = analyzed("وتشمل الاتفاقيات الجاهزة للتوقيع في ختام الاجتماعات برنامجا تنفيذيا للتعاون الثقافي ومذكرة تفاهم "
                 "في مجال النقل ومذكرة تفاهم بشأن الطاقة.")
    assert len(a.agreements) == 3 and {g.status for g in a.agreements} == {"planned"}


def test_an_instrument_listed_after_a_signed_one_stays_signed():
    a = analyzed("وقعت الجزائر وتونس اليوم برنامجا تنفيذيا في مجال السياحة ومذكرة تفاهم في مجال الصحة.")
    assert [(g.type, g.status) for g in a.agreements] == [("other", "signed"), ("mou", "signed")]


def test_what_an_instrument_is_expected_to_do_is_no_plan_to_sign_it():
    a = analyzed("ووقع الوزيران اليوم مذكرة تفاهم في مجال الطاقة. ومن المتوقع أن تسهم اتفاقية أخرى في تطوير التعاون "
                 "الزراعي بين البلدين.")
    assert "planned" not in {g.status for g in a.agreements}


# ------------------------------------------------------------------ meetings that are not new sessions
def test_a_working_group_closing_its_meeting_closes_no_round():
    a = analyzed("اختتم فريق العمل المعني بمتابعة التوصيات الصادرة عن اجتماعات الدورة العاشرة للجنة الكويتية الأردنية "
                 "المشتركة، في عمان اليوم، أعمال اجتماعه.")
    assert [(e.type, e.round) for e in a.events] == [("working_group_session", 10)]


def test_the_meeting_of_this_session_is_the_session_told():
    a = analyzed("بدأ الأمير أمس زيارة إلى الأردن يترأس خلالها اجتماع الدورة الثالثة للجنة العليا. ومن المنتظر أن "
                 "يسهم اجتماع هذه الدورة في تعزيز العلاقات.")
    assert sorted(e.type for e in a.events) == ["round_session", "visit"]


def test_the_numbered_meeting_of_a_bilateral_council_is_its_session():
    a = analyzed("ترأس ولي العهد السعودي وولي عهد أبوظبي في جدة أمس الاجتماع الأول لمجلس التنسيق السعودي الإماراتي.")
    assert [(e.type, e.round) for e in a.events] == [("round_session", 1)]


# ------------------------------------------------------------------ who signed
def test_signers_named_in_the_sentence_after_the_signing_signed_it():
    for text in ("وقع الأردن ومصر اليوم مذكرة تفاهم للتعاون في مجال الطاقة. ووقع المذكرة عن الجانب الأردني وزير "
                 "الطاقة صالح الخرابشة وعن الجانب المصري وزير البترول طارق الملا.",
                 "وقع الأردن ومصر اليوم مذكرة تفاهم للتعاون في مجال الطاقة. ورعى رئيس الوزراء بشر الخصاونة توقيع "
                 "المذكرة بين وزير الطاقة صالح الخرابشة ووزير البترول طارق الملا."):
        a = analyzed(text)
        signing, = [e for e in a.events if e.type == "signing"]
        assert {"صالح الخرابشة", "طارق الملا"} <= set(names(a, signing)), text


def test_a_signing_of_another_year_told_after_adds_no_signers():
    a = analyzed("وقع الوزيران اليوم مذكرة تفاهم للتعاون في مجال الطاقة. وكان البلدان قد وقعا العام الماضي اتفاقية "
                 "للربط الكهربائي بحضور رئيس الوزراء بشر الخصاونة.")
    today = [e for e in a.events if e.type == "signing" and e.date == "2022-05-04"]
    assert len(today) == 1 and names(a, today[0]) == []


def test_a_signing_is_where_its_sentence_says_it_was_signed():
    for text, city in [("وقع الأردن والعراق، اليوم الأحد ببغداد، مذكرتي تفاهم في مجال التدريب "
                        "القنصلي.", "بغداد"),
                       ("وقع البلدان أمس في العاصمة السعودية الرياض على محضر إنشاء لجنة مشتركة.", "الرياض")]:
        signing, = [e for e in analyzed(text).events if e.type == "signing"]
        assert signing.venue == city, text


def test_a_city_in_the_instrument_s_subject_is_not_where_it_was_signed():
    signing, = [e for e in analyzed("وقع الوزيران اليوم مذكرة تفاهم لإنشاء مركز للتدريب في الدوحة.").events
                if e.type == "signing"]
    assert signing.venue is None
