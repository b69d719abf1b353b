"""Rounds and meetings as real reports name them: multilateral bodies as a dialogue's party, ordinals
before session nouns, a framework's own numbered meeting, holding verbs after a dateline, and years
that name a thing rather than date an event."""
from __future__ import annotations

from datetime import date

from hiwar.pipeline import SourceDoc, analyze


def read(text: str):
    return analyze(SourceDoc("t", text), date(2023, 5, 10))


def test_a_multilateral_body_is_a_party_of_the_dialogue():
    a = read("اجتمع وزراء خارجية مجلس التعاون الخليجي مع وزير الخارجية الأمريكي في الرياض اليوم ضمن "
             "الحوار الاستراتيجي بين مجلس التعاون الخليجي والولايات المتحدة، وأكد مجلس التعاون أهمية الشراكة.")
    assert a.dialogue == "GCC-US"


def test_an_ordinal_before_a_session_noun_numbers_the_dialogue():
    a = read("شهدت الرباط أولى جلسات الحوار الاستراتيجي بين المغرب والولايات المتحدة.")
    assert [r.number for r in a.rounds] == [1]


def test_iraqi_spelling_of_the_strategic_dialogue_names_it_too():
    a = read("يتوجه الوفد العراقي إلى واشنطن لحضور جولة الحوار الستراتيجي الخامسة مع الولايات المتحدة "
             "المقرر عقدها في 20 مايو الجاري.")
    assert [(e.type, e.round, e.status, e.date) for e in a.events if e.type == "round_session"] == [
        ("round_session", 5, "planned", "2023-05-20")]


def test_a_framework_s_own_numbered_meeting_is_its_round():
    a = read("عقدت اللجنة المشتركة بين الأردن والولايات المتحدة اليوم في عمّان اجتماعها الرابع.")
    assert [(r.number, r.dialogue) for r in a.rounds] == [(4, "JO-US")]
    assert [(e.type, e.round, e.date) for e in a.events if e.type == "round_session"] == [
        ("round_session", 4, "2023-05-10")]


def test_a_holding_verb_after_a_dateline_run_into_a_headline_opens_the_body():
    a = read("الأردن وأمريكا يعززان التعاون في الطاقة والمياه والتعليم والسياحة والاستثمار بين البلدينعمان – 10 – 5 "
             "(بترا) — التأمت اللجنة المشتركة الأردنية الأمريكية اليوم في اجتماعها الثالث.")
    assert [(e.type, e.round) for e in a.events if e.type == "round_session"] == [("round_session", 3)]


def test_a_year_joined_to_a_noun_names_it_and_does_not_date_the_meeting():
    a = read("وعقد الجانبان اجتماعا في إطار اتفاقية التعاون الدفاعي لعام 2008 بين البلدين.")
    assert all(e.date != "2008" for e in a.events)


def test_a_committee_named_joint_or_strategic_is_a_framework_whose_meeting_is_a_session():
    a = read("ترأس وزير الطاقة وفد بلاده إلى اجتماع لجنة التخطيط الدفاعي الاستراتيجي التي تجمع الأردن والولايات المتحدة.")
    assert [e.type for e in a.events] == ["round_session"]


def test_a_working_group_is_not_the_framework_itself():
    a = read("ترأس وزير الطاقة وفد بلاده إلى اجتماع لجنة العمل المشتركة التي تجمع الأردن والولايات المتحدة.")
    assert "round_session" not in [e.type for e in a.events]


def test_a_meeting_verb_opens_an_encounter_with_a_far_counterpart():
    a = read("اجتمع وزير الخارجية الأردني أيمن الصفدي اليوم، في العاصمة الأمريكية واشنطن، مع وزير الخارجية "
             "الأمريكي أنتوني بلينكن.")
    assert [(e.type, len(e.participants)) for e in a.events] == [("bilateral_meeting", 2)]


def test_a_statement_at_the_close_of_the_round_takes_the_round_s_day_not_a_side_meeting_s():
    a = read("عقدت الأردن والولايات المتحدة يوم 9 مايو 2023 الجولة الثالثة من الحوار الاستراتيجي في عمّان. "
             "وعلى هامش الحوار، بحث وزير الدفاع مع نظيره الأمريكي أمس الأربعاء التعاون العسكري. "
             "وصدر في ختام الجولة بيان مشترك.")
    assert [e.date for e in a.events if e.type == "statement"] == ["2023-05-09"]


def test_a_session_held_within_the_framework_is_its_session():
    a = read("وأدلى الوزير بتصريحاته في الجلسة التي عقدت في إطار الحوار الاستراتيجي بين الأردن والولايات المتحدة "
             "حول المياه.")
    assert [(e.type, e.round, e.dialogue) for e in a.events] == [("round_session", None, "JO-US")]


def test_a_headline_names_the_kind_of_the_meeting_its_body_tells():
    a = read("مجموعة العمل الخاصة بالحوار الاقتصادي الأردني-الأمريكي تبحث الاستثمار\n\n"
             "في يوم 9 مايو 2023، جمعت السفارة الأمريكية خبراء من الأردن والولايات المتحدة في اجتماع لبحث "
             "فرص الاستثمار في الأردن.")
    assert [(e.type, e.date) for e in a.events] == [("working_group_session", "2023-05-09")]


def test_working_groups_a_framework_will_comprise_are_no_meeting():
    a = read("وسيضم الحوار الاستراتيجي بين الأردن والولايات المتحدة ثلاث مجموعات عمل للطاقة والمياه والتعليم.")
    assert "working_group_session" not in [e.type for e in a.events]


def test_a_joint_statement_covers_the_fields_its_report_tells_after_it():
    a = read("وأفاد بيان مشترك صدر في ختام الجولة الثالثة من الحوار الاستراتيجي بين الأردن والولايات المتحدة "
             "بأن البلدين بحثا العلاقات. وتناول البيان التعاون في مجال الطاقة والتعليم.")
    statement = next(x for x in a.agreements if x.type == "joint_statement")
    assert {"energy", "education"} <= set(statement.topics)


def test_an_instrument_whose_subject_names_no_field_takes_its_sentence_s():
    a = read("ورحب الجانبان بقرب توقيع مذكرة تفاهم مع بنك التصدير الأمريكي لتعزيز التعاون في الطاقة المتجددة.")
    assert [x.topics for x in a.agreements if x.type == "mou"] == [["energy"]]


def test_launching_the_dialogue_is_its_first_round():
    a = read("دشنت الأردن والولايات المتحدة في عمّان، الأربعاء، حوارهما الاستراتيجي المشترك.")
    assert [(e.type, e.round) for e in a.events] == [("round_session", 1)]


def test_a_verbal_noun_of_convening_holds_the_session_it_names():
    a = read("يحمل التئام أولى جلسات الحوار الاستراتيجي بين الأردن والولايات المتحدة في عمّان 9 مايو 2023 دلالات كثيرة.")
    assert [(e.type, e.round, e.date) for e in a.events] == [("round_session", 1, "2023-05-09")]


def test_a_guest_welcomed_by_name_is_a_visit():
    a = read("رحب وزير الخارجية الأردني أيمن الصفدي، بوزير الخارجية الأمريكي أنتوني بلينكن في عمّان اليوم.")
    assert [(e.type, e.venue, len(e.participants)) for e in a.events] == [("visit", "عمّان", 2)]


def test_welcoming_a_thing_is_no_visit():
    a = read("رحب وزير الخارجية الأردني أيمن الصفدي بالاتفاق الذي وقعه أنتوني بلينكن في عمّان اليوم.")
    assert "visit" not in [e.type for e in a.events]


def test_a_phone_call_is_talks_held_at_a_distance():
    a = read("تلقى وزير الخارجية الأردني أيمن الصفدي اليوم اتصالا هاتفيا من وزير الخارجية الأمريكي أنتوني بلينكن.")
    assert [(e.type, e.mode, len(e.participants)) for e in a.events] == [("bilateral_meeting", "virtual", 2)]


def test_the_head_of_a_delegation_attends_the_session_told_before():
    a = read("عقدت الأردن والولايات المتحدة في عمّان اليوم الجولة الثالثة من الحوار الاستراتيجي. "
             "وتولى وزير الخارجية أيمن الصفدي رئاسة الوفد الأردني، في حين رأس الوفد الأمريكي أنتوني بلينكن.")
    assert [len(e.participants) for e in a.events if e.type == "round_session"] == [2]


def test_a_headline_meeting_over_a_body_telling_the_session_adds_nothing():
    a = read("اجتماع دفاعي أردني أمريكي في عمّان\n"
             "عقدت الأردن والولايات المتحدة في عمّان اليوم الاجتماع الرابع للجنة الدفاعية المشتركة.")
    assert [e.type for e in a.events] == ["round_session"]


def test_a_future_verb_of_visiting_is_a_planned_visit():
    a = read("أفاد الديوان بأن رئيس الوزراء الأردني سيحل ضيفا على الرئيس الأمريكي يوم 20 مايو المقبل.")
    assert [(e.type, e.status, e.date) for e in a.events] == [("visit", "planned", "2023-05-20")]


def test_a_sentence_telling_when_that_happens_dates_the_sentence_before():
    a = read("وسيزور الوزير واشنطن لعقد لقاء قمة. ومن المقرر أن يتم ذلك يوم الاثنين الموافق 22 مايو 2023.")
    assert {e.type: e.date for e in a.events}.get("visit") == "2023-05-22"


def test_a_meeting_verb_meets_a_person_with_ba():
    a = read("وكان رئيس الوزراء الأردني بشر الخصاونة قد اجتمع ظهر اليوم بالرئيس الأمريكي جو بايدن.")
    assert [(e.type, len(e.participants)) for e in a.events] == [("bilateral_meeting", 2)]


def test_a_demonym_that_is_a_family_name_is_no_country_of_the_text():
    a = read("استقبل الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي محمد شياع السوداني في واشنطن اليوم، "
             "وقال السوداني إن العراق والولايات المتحدة شريكان.")
    assert "SD" not in {p.attrs.get("country") for p in a.places}


def test_a_meeting_of_the_framework_named_later_is_its_session():
    a = read("عقدت اللجنة المشتركة بين الأردن والولايات المتحدة اليوم اجتماعها الرابع. "
             "وأفاد بيان بأن الوزيرين ترأسا اجتماع اللجنة المشتركة.")
    assert [e.type for e in a.events if e.type != "statement"] == ["round_session"]


def test_the_statement_a_body_issued_is_a_statement_even_when_named_definite():
    a = read("وأطلع الجانب الأمريكي على البيان الذي أصدره المجلس الوزاري لدول مجلس التعاون يوم أمس.")
    assert [(e.type, e.date) for e in a.events] == [("statement", "2023-05-09")]


def test_a_meeting_of_the_gulf_states_and_another_is_multilateral():
    a = read("عقد اليوم في نيويورك اجتماع وزاري مشترك جمع دول مجلس التعاون والولايات المتحدة.")
    assert [e.type for e in a.events] == ["multilateral_meeting"]


def test_a_signing_verb_opening_the_sentence_governs_an_instrument_named_after_a_long_subject():
    a = read("عمان في 10 مايو /بترا/ وقّع رئيس الوزراء الأردني بشر الخصاونة، اليوم الأربعاء، ووزير الخارجية "
             "الأمريكي أنتوني بلينكن وزير خارجية الولايات المتحدة الأمريكية، اتفاقية التعاون الدفاعي بين البلدين.")
    assert [(e.type, e.date) for e in a.events if e.type == "signing"] == [("signing", "2023-05-10")]


def test_a_statement_at_the_close_of_the_meeting_is_not_dated_by_the_groups_that_met_the_day_before():
    a = read("عقدت اللجنة المشتركة بين الأردن والولايات المتحدة اليوم اجتماعها الأول في عمّان. "
             "وكانت مجموعات العمل قد عقدت أمس اجتماعات تحضيرية. وصدر في ختام الاجتماع بيان مشترك.")
    assert [e.date for e in a.events if e.type == "statement"] == ["2023-05-10"]


def test_a_signing_witnessed_by_the_heads_named_at_length_is_of_the_meeting():
    a = read("عقدت اللجنة المشتركة بين الأردن والولايات المتحدة اليوم اجتماعها الأول في عمّان. "
             "وشهد رئيس الوزراء الأردني ووزير الخارجية الأمريكي توقيع مذكرة تفاهم في مجال المياه.")
    assert [(e.type, e.date) for e in a.events if e.type == "signing"] == [("signing", "2023-05-10")]


def test_a_spokesman_s_daily_briefing_is_a_briefing_not_dated_by_an_instrument_he_names():
    a = read("وقال الناطق الأمريكي ماثيو ميلر للصحفيين في إحاطته الصحافية اليومية إن حوار الأردن "
             "والولايات المتحدة يستند إلى مذكرة التفاهم الموقعة بين البلدين في سنة 2012.")
    assert [(e.type, e.date) for e in a.events if e.type == "briefing"] == [("briefing", "2023-05")]
