"""Signings told as the report's news without a day, instruments whose parties are written with commas,
joint statements issued at the end of a visit or named with the sides between "بيان" and "مشترك", and a
round's or framework's own clauses (held on its day; founded in another year)."""
from __future__ import annotations

from datetime import date

from hiwar.extract.cues import find_round_mentions
from hiwar.extract.dates import find_dates
from hiwar.extract.entities import extract_entities
from hiwar.extract.events import read_dialogue
from hiwar.extract.places import find_places
from hiwar.text.doc import Doc

ANCHOR = date(2019, 3, 12)  # a Tuesday


def read(text: str):
    doc = Doc(text, "t")
    entities, _ = extract_entities(doc)
    return read_dialogue(doc, len(text), find_dates(doc, ANCHOR), entities, find_places(doc), ANCHOR)


def of_type(reading, kind: str) -> list:
    return [e for e in reading.events if e.type == kind]


# -- instruments whose parties are written with commas
def test_the_parties_commas_do_not_end_the_search_for_the_subject():
    found = read("وتم توقيع مذكرة تفاهم بين حكومة دولة الكويت، وحكومة المملكة المغربية، في مجال النقل البحري.")
    assert [(a.type, a.subject, sorted(a.parties)) for a in found.agreements] == \
        [("mou", "النقل البحري", ["KW", "MA"])]


def test_a_comma_after_the_parties_opening_a_new_clause_still_ends_the_instrument():
    found = read("ووقع البلدان اتفاقية مع البنك الدولي، وذلك بحضور الوزير.")
    assert found.agreements == []


# -- signings told as news, with no day
def test_signings_told_in_the_narrative_of_a_meeting_take_its_day():
    found = read("وعقد وزيرا خارجية البلدين اليوم اجتماع اللجنة المشتركة في الرباط. "
                 "وتم توقيع مذكرة تفاهم بين حكومتي البلدين في مجال الطاقة المتجددة. "
                 "كما جرى توقيع برنامج تنفيذي في مجال التعليم العالي.")
    assert [s.date for s in of_type(found, "signing")] == ["2019-03-12", "2019-03-12"]
    assert {a.subject for a in found.agreements} == {"الطاقة المتجددة", "التعليم العالي"}


def test_a_signing_in_a_speakers_words_keeps_the_reports_month():
    found = read("وعقد وزيرا خارجية البلدين اليوم الجولة الثانية من الحوار الاستراتيجي في الرباط. "
                 "وذكر الوزير أنه تم توقيع اتفاقية بين البلدين في مجال الطاقة المتجددة.")
    assert [s.date for s in of_type(found, "signing")] == ["2019-03"]


def test_undated_signings_told_one_after_another_are_one_ceremony():
    # an undated report: no anchor places its days
    text = ("وتم توقيع مذكرة تفاهم بين حكومتي البلدين في مجال الطاقة المتجددة. "
            "كما جرى توقيع برنامج تنفيذي في مجال التعليم العالي.")
    doc = Doc(text, "t")
    entities, _ = extract_entities(doc)
    found = read_dialogue(doc, len(text), find_dates(doc, None), entities, find_places(doc), None)
    assert [s.date for s in of_type(found, "signing")] == [None]


def test_a_signing_recalled_in_the_past_of_to_be_is_no_event():
    found = read("وكان البلدان قد وقعا اتفاقية للتعاون في مجال الطاقة المتجددة.")
    assert of_type(found, "signing") == []


def test_talks_crowned_by_a_signing_of_counted_instruments_is_a_signing_only():
    found = read("وعقد الرئيسان جلسة مباحثات في الرياض أمس، وتوجت المباحثات بتوقيع خمس مذكرات تفاهم بين حكومتي "
                 "البلدين، وذلك بحضور الوزراء.")
    signings = of_type(found, "signing")
    assert len(signings) == 1 and signings[0].date == "2019-03-11"
    assert found.agreements == []


# -- joint statements
def test_a_statement_with_the_sides_between_its_noun_and_joint_is_a_joint_statement():
    found = read("وصدر أمس بيان كويتي بريطاني مشترك عن زيارة رئيس الوزراء إلى لندن.")
    assert [(a.type, a.subject) for a in found.agreements] == [("joint_statement", "زيارة")]


def test_a_visit_issues_the_joint_statement_told_at_its_end():
    found = read("وصدر اليوم بيان مشترك في ختام زيارة الرئيس الفرنسي للمملكة.")
    assert [a.type for a in found.agreements] == ["joint_statement"]


def test_one_sided_statement_is_no_joint_statement():
    found = read("وصدر أمس بيان كويتي عن زيارة رئيس الوزراء إلى لندن.")
    assert found.agreements == []


# -- a round's and a framework's own clauses
def test_a_round_told_held_in_its_own_clause_after_its_outcomes_is_a_session():
    found = read("وراجع الوفدان ما تحقق في ضوء نتائج الجولة الأولى من الحوار، التي عقدت في مدريد يوم 14 يناير 2018.")
    sessions = of_type(found, "round_session")
    assert [(s.round, s.date, s.status) for s in sessions] == [(1, "2018-01-14", "happened")]


def test_outcomes_of_a_round_not_told_held_are_no_session():
    found = read("وبحث الجانبان متابعة التوصيات الصادرة عن اجتماعات الدورة السابعة للجنة المشتركة.")
    assert of_type(found, "round_session") == []


def test_the_year_a_framework_was_founded_does_not_date_its_session():
    found = read("ويترأس الوزيران اليوم اجتماعات الدورة الثالثة للجنة العليا الكويتية المغربية المشتركة التي أطلقها "
                 "البلدان في العام 1987.")
    assert [s.date for s in of_type(found, "round_session")] == ["2019-03-12"]


# -- one event told twice in a page
def test_a_session_told_again_without_its_number_is_the_numbered_session():
    found = read("عقدت الجولة الثالثة من الحوار الاستراتيجي بين البلدين في واشنطن أمس. وبينما تتواصل في الدوحة "
                 "محادثات أخرى، جاء انعقاد الحوار الاستراتيجي بين البلدين ليعزز التعاون.")
    assert [(s.round, s.venue) for s in of_type(found, "round_session")] == [(3, "واشنطن")]


def test_a_statement_named_by_its_issuer_is_the_statement_told_before():
    found = read("وأصدرت وزارة الخارجية بيانا حول المحادثات بين البلدين. واختتمت اليوم المحادثات التي عقدت في "
                 "الرباط. وأشار بيان الخارجية إلى أن المناقشات كانت صريحة.")
    assert len(of_type(found, "statement")) == 1


# -- launches, plans and tours of a round
def test_a_dialogue_launched_years_ago_is_no_session():
    found = read("وأشاد الوزير بالحوار الاستراتيجي الرابع بين البلدين، والذي انطلق منذ خمس سنوات.")
    assert of_type(found, "round_session") == []


def test_a_round_launched_a_moment_ago_is_a_session():
    found = read("انطلقت منذ قليل أعمال الدورة الـ 12 من اللجنة العليا الكويتية المغربية المشتركة.")
    assert [(s.round, s.status) for s in of_type(found, "round_session")] == [(12, "happened")]


def test_the_plan_told_of_a_launched_round_is_its_session():
    found = read("انطلقت اليوم أعمال الدورة الـ 12 من اللجنة العليا الكويتية المغربية المشتركة. وكان الوزير قد وصل "
                 "أمس لرئاسة أعمال الدورة الثانية عشرة للجنة المقرر عقدها غدا الأربعاء.")
    assert [(s.round, s.status) for s in of_type(found, "round_session")] == [(12, "happened")]


def test_a_numbered_tour_of_an_official_is_no_round():
    found = read("ويقوم الوزير بجولة في إفريقيا، حيث تعد ثاني جولة لوزير الخارجية في القارة.")
    assert found.rounds == []


# -- instruments described, not named
def test_new_instruments_named_by_no_field_are_no_instruments():
    found = read("وينتظر أن يتم توقيع اتفاقيات جديدة، وتنظيم زيارات متبادلة بين الوزراء.")
    assert found.agreements == []


# -- who took part
def test_an_earlier_call_told_in_a_relative_clause_is_a_call_of_its_own():
    found = read("تلقى وزير الخارجية أحمد عطاف اليوم مكالمة هاتفية من نظيره الأردني أيمن الصفدي. وتأتي هذه المكالمة "
                 "إثر المكالمة الهاتفية التي جمعت الرئيس عبد المجيد تبون والملك عبد الله الثاني، في 3 مارس.")
    calls = of_type(found, "bilateral_meeting")
    assert len(calls) == 2 and calls[1].date == "2019-03-03"
    assert not set(calls[0].participants) & set(calls[1].participants)


def test_a_reception_named_again_by_its_noun_is_the_reception_told():
    found = read("واستقبل رئيس الوزراء أمس نظيره الأردني بشر الخصاونة لدى وصوله إلى مطار القاهرة. ورافق رئيس "
                 "الوزراء خلال استقبال نظيره الأردني وزير العمل حسن شحاتة.")
    assert len(of_type(found, "bilateral_meeting")) == 1


def test_greetings_entrusted_to_a_guest_are_for_one_who_is_away():
    found = read("واستقبل الرئيس الأمريكي دونالد ترامب ولي العهد في البيت الأبيض، فيما حمل الرئيس ضيفه نقل تحياته "
                 "إلى الملك سلمان بن عبدالعزيز.")
    meeting = of_type(found, "bilateral_meeting")[0]
    assert len(meeting.participants) == 1


# -- summits
def test_a_summit_of_three_sides_is_a_multilateral_meeting():
    found = read("واختتمت في عمان مساء اليوم القمة الثلاثية التي جمعت قادة الدول الثلاث.")
    assert [(e.type, e.venue) for e in found.events] == [("multilateral_meeting", "عمان")]


def test_a_summit_of_two_sides_is_a_bilateral_meeting():
    found = read("وعقد الجانبان القمة الكويتية الأمريكية في البيت الأبيض أمس.")
    assert [(e.type, sorted(e.countries)) for e in found.events] == [("bilateral_meeting", ["KW", "US"])]


# -- rounds told by the agencies' figures, by taking part, and signings dated by their own clause
def test_a_round_numbered_by_a_figure_between_slashes():
    found = read("وترأس الوزير أعمال الدورة الـ /9/ من اللجنة المشتركة بين الكويت والمغرب التي عقدت اليوم.")
    assert [s.round for s in of_type(found, "round_session")] == [9]


def test_taking_part_in_a_round_ahead_is_its_planned_session():
    found = read("ويصل الوزير إلى الرباط الأسبوع المقبل للمشاركة في الجولة الثالثة من الحوار الاستراتيجي بين البلدين.")
    assert [(s.round, s.status) for s in of_type(found, "round_session")] == [(3, "planned")]


def test_a_signing_joined_by_and_takes_the_date_after_it_not_before():
    found = read("وأشاد الوزير بإطلاق الشراكة الاستراتيجية عام 2015 وتوقيع اتفاقية التجارة الحرة عام 2018 بين البلدين.")
    assert [(a.subject, a.date) for a in found.agreements] == [("التجارة الحرة", "2018")]


# -- second probe batch: meetings in a ministry's words, plans after a framework's name, signings with no subject
def test_a_meeting_told_in_a_ministrys_words_is_the_meeting():
    found = read("وقالت وزارة الخارجية إن الوزير ناصر بوريطة تباحث اليوم مع نظيرته البريطانية ليز تروس في لندن.")
    meetings = of_type(found, "bilateral_meeting")
    assert len(meetings) == 1 and len(meetings[0].participants) == 2


def test_a_speaker_recounting_the_meeting_told_adds_no_meeting():
    found = read("واستقبل الوزير اليوم نظيره العماني بدر البوسعيدي. وقال الوزير إنه بحث مع ضيفه سبل تعزيز التعاون.")
    assert len(of_type(found, "bilateral_meeting")) == 1


def test_a_plan_told_after_a_framework_named_with_a_dash_is_the_planned_session():
    found = read("وأوضح الوزير أن الدورة السابعة للجنة العليا المشتركة الكويتية–العمانية ستنعقد في مسقط قبل نهاية "
                 "السنة.")
    assert [(s.round, s.status, s.venue) for s in of_type(found, "round_session")] == [(7, "planned", "مسقط")]


def test_an_instrument_signed_with_no_subject_told_is_a_signing_only():
    found = read("أعلن وزير الخارجية، مساء أمس الاثنين، توقيع مذكرة تفاهم مع الاتحاد الأوروبي، تمنح خلالها بروكسل "
                 "منحا للمملكة.")
    assert [s.date for s in of_type(found, "signing")] == ["2019-03-11"] and found.agreements == []


def test_the_new_instrument_named_by_no_field_is_no_instrument():
    found = read("وسيناقش الجانبان مذكرة التفاهم الجديدة التي يعمل الطرفان على صياغتها.")
    assert found.agreements == []


def test_a_session_told_again_without_its_number_gives_its_host():
    found = read("استضافت دولة الكويت اليوم عبر تقنية الاتصال المرئي أعمال الدورة السادسة لاجتماع اللجنة العليا "
                 "المشتركة الكويتية البحرينية.")
    assert [(s.round, s.venue) for s in of_type(found, "round_session")] == [(6, "دولة الكويت")]


def test_a_round_told_ahead_right_after_its_name_is_planned():
    found = read("وترأس الوكيل أمس اجتماعا تنسيقيا للجهات المشاركة في الجولة الثالثة للحوار الاستراتيجي بين الكويت "
                 "وكندا، المقرر عقده في أوتاوا الشهر المقبل.")
    assert [(s.round, s.status) for s in of_type(found, "round_session")] == [(3, "planned")]


def test_the_leaders_who_sponsor_the_relations_are_not_at_the_meeting():
    found = read("واستقبل وزير الخارجية اليوم نظيره العراقي فؤاد حسين، وبحثا العلاقات التي يرعاها الملك عبدالله الثاني "
                 "وأخوه الرئيس عبد اللطيف رشيد.")
    assert [len(m.participants) for m in of_type(found, "bilateral_meeting")] == [1]


def test_a_visit_to_a_capital_the_gazetteer_knows_is_held_there():
    found = read("وبحث وزير الخارجية خلال زيارته الحالية لكيغالي مع رئيس الوزراء الرواندي التعاون بين البلدين.")
    assert [e.venue for e in of_type(found, "visit")] == ["كيغالي"]


# -- talks held within a round
def test_talks_held_within_a_round_tell_the_round_held():
    found = read("وتباحث وزير الخارجية المغربي اليوم في لندن مع نظيرته البريطانية في إطار الدورة الثالثة للحوار "
                 "الاستراتيجي بين المغرب والمملكة المتحدة.")
    assert [(e.type, e.round) for e in found.events] == [("bilateral_meeting", 3)]
    assert [(r.number, r.status) for r in found.rounds] == [(3, "happened")]


def test_talks_preparing_a_round_do_not_tell_it_held():
    found = read("وعقد الوفدان اجتماعا اليوم في تونس في إطار الإعداد للدورة السادسة عشرة للجنة العليا المشتركة بين "
                 "البلدين المقرر عقدها الشهر المقبل.")
    assert all(r.status == "planned" for r in found.rounds)


def test_the_one_joint_meeting_of_a_part_naming_a_round_is_its_session():
    found = read("التأم في الرياض أمس الاجتماع الوزاري المشترك لوزراء خارجية دول مجلس التعاون الخليجي مع وزير "
                 "الخارجية الصيني. وأشاد الوزير الصيني في كلمته بالحوار الاستراتيجي الثالث بين الجانبين.")
    assert [(e.type, e.round) for e in found.events] == [("round_session", 3)]


def test_a_round_planned_months_ahead_takes_the_day_place_and_chairs_told_of_the_plan():
    found = read("وترأس الوكيل أمس اجتماعا تنسيقيا للجهات المشاركة في الجولة الثالثة للحوار الاستراتيجي بين الكويت "
                 "وكندا، المقرر عقده في أوتاوا في 20 سبتمبر المقبل. وسيترأس الجانب الكويتي في الحوار وزير الخارجية "
                 "الشيخ سالم عبدالله الجابر الصباح.")
    session = of_type(found, "round_session")[0]
    assert (session.date, session.venue, session.status) == ("2019-09-20", "أوتاوا", "planned")
    assert len(session.participants) == 1  # the chair named in the line ahead


def test_an_arrival_told_after_the_travellers_titles_and_day_is_his_visit():
    found = read("وصل نائب رئيس الوزراء وزير الخارجية العراقي فؤاد حسين، اليوم الجمعة، إلى الرباط لحضور منتدى الاستثمار.")
    visits = of_type(found, "visit")
    assert [(v.venue, len(v.participants)) for v in visits] == [("الرباط", 1)]


def test_the_saudi_adjective_after_a_preposition_is_the_country_visited():
    found = read("ووصل الرئيس العراقي اليوم إلى السعودية في زيارة رسمية تستغرق يومين.")
    assert [v.venue for v in of_type(found, "visit")] == ["السعودية"]
    assert [(m.text, m.attrs["form"]) for m in find_places(Doc("الحكومة السعودية وزيارته للسعودية", "t"))] == \
        [("السعودية", "demonym"), ("للسعودية", "country")]


def test_a_meeting_crowned_by_a_signing_told_far_after_the_verb():
    # an undated report: the signing is news only by the verb of crowning, ten words before it
    text = "وتوجت أعمال الاجتماع الأول للجنة التنسيق العليا الكويتية – العمانية بالتوقيع على 4 اتفاقيات."
    doc = Doc(text, "t")
    entities, _ = extract_entities(doc)
    found = read_dialogue(doc, len(text), find_dates(doc, None), entities, find_places(doc), None)
    assert len(of_type(found, "signing")) == 1


def test_an_earlier_visit_told_with_its_own_verb_and_day_is_a_visit_of_its_own():
    found = read("وزار رئيس الوزراء الهندي الرياض أمس. وتأتي الزيارة بعد زيارة أجراها ولي العهد إلى الهند في سبتمبر "
                 "2017، للمشاركة في القمة.")
    assert sorted((v.date, v.venue) for v in of_type(found, "visit")) == [("2017-09", "الهند"), ("2019-03-11", "الرياض")]


def test_an_arrival_on_a_day_named_next_is_a_planned_visit():
    # an undated report: "next Thursday" is ahead of whatever day it was written
    text = "ويصل وزير الخارجية العماني إلى الرباط الخميس المقبل في زيارة رسمية."
    doc = Doc(text, "t")
    entities, _ = extract_entities(doc)
    found = read_dialogue(doc, len(text), find_dates(doc, None), entities, find_places(doc), None)
    assert [v.status for v in of_type(found, "visit")] == ["planned"]


def test_a_meeting_numbered_in_quotes_is_a_round_of_the_framework_named_after_it():
    found = find_round_mentions(Doc("ووقع الوزيران محضر الاجتماع «الثالث» لـ«مجلس التنسيق» بين البلدين.", "t"), 0, 14)
    assert [r.number for r in found] == [3]
