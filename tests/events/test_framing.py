"""Rounds held as the sentence says, events framed by a meeting, venues and subjects as written,
and the anchors a text states about itself."""
from __future__ import annotations

from datetime import date

import pytest

from hiwar.extract.dates.anchor import infer_anchor
from hiwar.extract.dates import find_dates
from hiwar.extract.cues import find_round_mentions
from hiwar.extract.entities import extract_entities
from hiwar.extract.events import read_dialogue
from hiwar.extract.places import find_places
from hiwar.text.doc import Doc

ANCHOR = date(2019, 1, 13)

def read(text: str, anchor: date = ANCHOR, persons: bool = False):
    doc = Doc(text, "t")
    entities = extract_entities(doc)[0] if persons else []
    return read_dialogue(doc, len(text), find_dates(doc, anchor), entities, find_places(doc), anchor)

def only(events, kind):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.date) for e in events]
    return found[0]

def test_an_ordinal_before_the_round_noun():
    doc = Doc("أطلقت المملكة والولايات المتحدة أول جولة من الحوار الاستراتيجي بين البلدين")
    assert [r.number for r in find_round_mentions(doc, 0, len(doc.tokens))] == [1]

def test_an_opening_holding_verb_governs_the_round_named_later():
    r = read("عقدت قطر والولايات المتحدة اليوم في الدوحة الجولة الثانية من الحوار الاستراتيجي بين البلدين.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.date, ev.venue) == (2, "happened", "2019-01-13", "الدوحة")

def test_a_round_followed_by_a_past_holding_clause_took_place():
    r = read("وتأتي هذه الجولة استكمالا لما خلصت إليه الجولة الثالثة التي استضافتها واشنطن في سبتمبر 2018.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.date) == (3, "happened", "2018-09")

def test_an_event_at_the_close_of_a_meeting_takes_its_day():
    r = read("عقدت قطر والولايات المتحدة يوم 12 يناير 2019 الجولة الثانية من الحوار الاستراتيجي. "
             "وصدر في ختام الجولة بيان مشترك أشاد بالتقدم خلال العام الجاري.")
    assert only(r.events, "statement").date == "2019-01-12"

def test_a_statement_issued_after_a_meeting_keeps_its_own_date():
    r = read("عقدت قطر والولايات المتحدة يوم 12 يناير 2019 الجولة الثانية من الحوار الاستراتيجي. "
             "وصدر عقب الجولة بيان مشترك أشاد بالتقدم.")
    assert only(r.events, "statement").date != "2019-01-12"

def test_a_signing_witnessed_at_the_close_is_an_event_and_dates_its_instruments():
    r = read("عقدت قطر والولايات المتحدة اليوم الجولة الثانية من الحوار الاستراتيجي. "
             "وشهد الوزيران في ختام الحوار التوقيع على عدد من الوثائق، من بينها مذكرة تفاهم بشأن مكافحة الاتجار بالبشر.")
    assert only(r.events, "signing").date == "2019-01-13"
    assert [(a.subject, a.date, a.status) for a in r.agreements] == [("مكافحة الاتجار بالبشر", "2019-01-13", "signed")]

def test_an_undated_signing_in_reported_speech_is_no_event():
    r = read("وأوضح المتحدث أن قطر وقعت مذكرة تفاهم من أجل التعاون في حماية البيئة البحرية.")
    assert [e for e in r.events if e.type == "signing"] == []

def test_the_city_written_after_host_premises_is_the_venue():
    r = read("عقدت قطر والولايات المتحدة اليوم الجولة الرابعة من الحوار الاستراتيجي في مقر وزارة الخارجية الأمريكية بالعاصمة واشنطن.")
    assert only(r.events, "round_session").venue == "واشنطن"

def test_a_city_after_the_capital_word_is_the_venue():
    r = read("انطلقت في العاصمة الأمريكية واشنطن اليوم أعمال الحوار الاستراتيجي الأول بين قطر والولايات المتحدة.")
    assert only(r.events, "round_session").venue == "واشنطن"

def test_a_purpose_clitic_opens_the_subject_and_a_relative_clause_ends_it():
    r = read("ماضية في الوفاء بالتزاماتها بموجب مذكرة التفاهم لمكافحة تمويل الإرهاب التي وقعها البلدان في الدوحة في يوليو 2017.")
    assert [(a.subject, a.date) for a in r.agreements] == [("مكافحة تمويل الإرهاب", "2017-07")]

def test_an_agreement_to_hold_the_next_round_is_a_plan():
    r = read("واتفق الجانبان على عقد الجولة الثالثة من الحوار الاستراتيجي في واشنطن.")
    assert only(r.events, "round_session").status == "planned"

@pytest.mark.parametrize("text,expected", [
    ("جددت قطر والولايات المتحدة التزامهما خلال الجولة الرابعة التي عقدت اليوم الجمعة 12 نوفمبر 2021 في واشنطن.",
     date(2021, 11, 12)),
    ("الكويت - 10 - 2 (كونا) -- عقدت دولة الكويت والمملكة المتحدة اليوم الأربعاء الاجتماع الثامن "
     "في عام 2021 الذي يشهد الذكرى الـ60 لاستقلال دولة الكويت.", date(2021, 2, 10)),
])
def test_anchors_the_text_states(text, expected):
    assert infer_anchor(Doc(text)).date == expected

def test_a_weekday_in_brackets_after_a_day_word_names_the_weekday():
    guess = infer_anchor(Doc("أطلقت المملكة والولايات المتحدة، أمس (الأربعاء)، أول جولة من الحوار."))
    assert guess.weekday == 3  # the text was written on the Thursday

def test_an_owned_meeting_dated_apart_is_a_meeting_of_its_own():
    r = read("التقى وزراء خارجية دول الخليج اليوم في الرياض نظيرهم الأردني. "
             "واطلع الجانب الأردني على البيان الذي أصدره الوزراء خلال اجتماعهم التشاوري يوم أمس.")
    meetings = sorted(e.date for e in r.events if e.type in ("bilateral_meeting", "multilateral_meeting"))
    assert meetings == ["2019-01-12", "2019-01-13"]
    assert only(r.events, "statement").date == "2019-01-12"


def test_an_owned_meeting_without_a_date_of_its_own_is_the_meeting_told():
    r = read("التقى وزير الخارجية اليوم في الرياض نظيره الأردني. "
             "وبحث الوزيران خلال لقائهما سبل تعزيز التعاون.")
    assert [e.type for e in r.events] == ["bilateral_meeting"]


def test_a_meeting_told_apart_with_a_verb_joining_its_persons_is_its_own_event():
    r = read("وستبدأ الجولة يوم الأحد 20 يناير على مستوى مجموعات العمل، ويتوج ذلك لقاء رفيع المستوى يوم "
             "الاثنين 21 يناير يجمع وزير الخارجية الأمريكي مايك بومبيو ونظيره محمد بن عبدالرحمن آل ثاني.", persons=True)
    groups = only(r.events, "working_group_session")
    meeting = only(r.events, "bilateral_meeting")
    assert (groups.date, meeting.date) == ("2019-01-20", "2019-01-21")


def test_a_bare_meeting_noun_beside_a_session_is_that_session():
    r = read("وعقدت مجموعات العمل اجتماعاتها اليوم في الدوحة، وشهدت لقاء بين الوفدين.")
    assert [e.type for e in r.events] == ["working_group_session"]


def test_a_future_verb_opening_its_stretch_makes_what_it_tells_a_plan():
    r = read("وستنطلق أعمال هذه الجولة من الحوار يوم الأحد 20 يناير على صعيد مجموعات العمل.")
    assert only(r.events, "working_group_session").status == "planned"


def test_a_banner_repeating_the_headline_is_no_event_of_the_body():
    r = read("تابع الآن خبر لقاء كويتي أمريكي في واشنطن حصريا على موقعنا\n"
             "لقاء كويتي أمريكي في واشنطن\n"
             "عقدت الكويت والولايات المتحدة في واشنطن، يوم 10 يناير، الجولة الخامسة من الحوار الاستراتيجي.\n",
             date(2019, 1, 13))
    assert [e.type for e in r.events] == ["round_session"]


def test_a_statement_on_a_meeting_of_an_earlier_month_runs_from_it_to_the_report():
    r = read("عقدت قطر والولايات المتحدة في الدوحة، يومي 29 و30 ديسمبر، الجولة الثانية من الحوار الاستراتيجي. "
             "ووفقا لبيان أصدرته وزارة الخارجية، أكد الجانبان عمق الشراكة.", date(2019, 1, 4))
    assert only(r.events, "statement").date == {"start": "2018-12-30", "end": "2019-01-04"}


def test_a_statement_on_a_meeting_of_the_reports_month_is_of_that_month():
    r = read("عقدت قطر والولايات المتحدة في الدوحة، يوم 2 يناير، الجولة الثانية من الحوار الاستراتيجي. "
             "ووفقا لبيان أصدرته وزارة الخارجية، أكد الجانبان عمق الشراكة.", date(2019, 1, 4))
    assert only(r.events, "statement").date == "2019-01"


def test_an_aside_between_commas_does_not_part_a_verb_of_saying_from_its_clause():
    r = read("وأوضح بيان صادر عن وزارة الخارجية القطرية، مساء اليوم الأحد (13 كانون الثاني 2019)، أن الاجتماع "
             "يهدف إلى تعزيز التعاون بين البلدين.")
    assert [e.type for e in r.events] == ["statement"]


def test_a_round_followed_at_once_by_a_past_verb_of_holding_was_held():
    r = read("ولفت إلى أن الجولة الأولى من الحوار عقدت في الرياض عام 2017.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.date) == (1, "happened", "2017")


def test_a_round_a_place_will_host_is_a_planned_session_there():
    r = read("واتفق الجانبان على أن تستضيف الدوحة الجولة الثالثة من الحوار العام المقبل.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.date) == (3, "planned", "2020")


def test_a_date_is_not_lost_to_an_event_of_another_clause():
    r = read("وأضاف أن التعاون تعزز خلال زيارة رئيس مجلس الوزراء ووزير الخارجية السابق الشيخ حمد بن جاسم بن جبر "
             "إلى واشنطن في مارس 2016، لافتا إلى أن الجولة الأولى من الحوار عقدت في الرياض عام 2017.")
    assert (only(r.events, "visit").date, only(r.events, "round_session").date) == ("2016-03", "2017")


def test_technical_teams_hold_a_group_session_only_when_they_meet():
    r = read("واتفق الوزيران على أن فرقا فنية من البلدين ستجتمع في الدوحة الأسبوع المقبل لمتابعة التنفيذ.")
    ev = only(r.events, "working_group_session")
    assert (ev.status, ev.date) == ("planned", {"start": "2019-01-14", "end": "2019-01-20"})
    r = read("وتواصل فرق فنية من البلدين العمل على تطوير التعاون في مجال الطاقة.")
    assert [e.type for e in r.events] == []


def test_a_round_held_by_the_two_ministers_named_before_and_a_conference_after_the_signing():
    r = read("وقع وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني ووزير الخارجية الأمريكي مايك بومبيو اليوم "
             "الأحد في الدوحة مذكرة تفاهم بشأن التعاون في مجال التعليم. "
             "وجاء التوقيع غداة جولة من الحوار الاستراتيجي القطري الأمريكي عقدها الوزيران أمس السبت في الدوحة. "
             "وقال آل ثاني في مؤتمر صحفي مشترك عقب التوقيع إن العلاقات متينة.", persons=True)
    session = only(r.events, "round_session")
    assert (session.date, session.status, len(session.participants)) == ("2019-01-12", "happened", 2)
    assert only(r.events, "press_conference").date == "2019-01-13"


def test_a_meeting_told_where_the_visit_goes_shares_its_time_and_the_visit_its_place():
    r = read("يزور ولي العهد واشنطن الأسبوع المقبل حيث يلتقي الرئيس الأمريكي.")
    visit, meeting = only(r.events, "visit"), only(r.events, "bilateral_meeting")
    week = {"start": "2019-01-14", "end": "2019-01-20"}
    assert (visit.date, visit.venue, visit.status) == (week, "واشنطن", "planned")
    assert (meeting.date, meeting.status) == (week, "planned")


def test_a_round_followed_after_the_dialogues_name_by_a_future_verb_is_planned():
    r = read("وأعلنت الوزارة أن الجولة الثالثة من الحوار الاستراتيجي القطري الأمريكي ستعقد في الدوحة يومي 5 و6 "
             "مارس المقبل.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.date, ev.venue) == (3, "planned", {"start": "2019-03-05", "end": "2019-03-06"},
                                                         "الدوحة")


def test_a_meeting_the_sentence_places_in_a_city_was_held_there_in_person():
    r = read("بحث وزير الخارجية القطري مع نظيره الأمريكي مطولا اليوم الأحد في الدوحة العلاقات الثنائية.")
    ev = only(r.events, "bilateral_meeting")
    assert (ev.venue, ev.mode) == ("الدوحة", "in_person")


def test_a_city_joined_by_its_preposition_places_the_one_event_of_a_sentence():
    r = read("التقى وزير الخارجية القطري نظيره الأمريكي يوم الأحد الماضي لساعتين كاملتين بالدوحة.")
    assert only(r.events, "bilateral_meeting").venue == "الدوحة"


def test_a_future_verb_said_of_two_makes_a_plan():
    r = read("وقال المتحدث إن الوزيرين سيعقدان مؤتمرا صحفيا مشتركا في ختام الجولة.")
    assert only(r.events, "press_conference").status == "planned"


def test_a_city_hosting_a_round_holds_its_session_and_is_its_venue():
    r = read("استضافت العاصمة القطرية الدوحة يومي 8 و9 يناير الجاري أعمال الجولة الثانية من الحوار الاستراتيجي "
             "بين قطر والولايات المتحدة.")
    ev = only(r.events, "round_session")
    assert [e.type for e in r.events] == ["round_session"]
    assert (ev.round, ev.date, ev.venue) == (2, {"start": "2019-01-08", "end": "2019-01-09"}, "الدوحة")


def test_a_participation_line_attends_the_meeting_told_not_the_rounds_launch_beside_it():
    r = read("عقدت مجموعة عمل الطاقة اليوم اجتماعا افتراضيا ضمن الجولة الثانية من الحوار الاستراتيجي بين قطر "
             "والولايات المتحدة، التي انطلقت يوم الخميس 10 يناير 2019. "
             "وترأس الجانب القطري في الاجتماع وزير الدولة لشؤون الطاقة سعد بن شريدة الكعبي.", persons=True)
    group = only(r.events, "working_group_session")
    assert len(group.participants) == 1


def test_a_launch_told_with_its_day_before_the_round_dates_that_rounds_session():
    r = read("انطلقت اليوم الأحد 13 كانون الثاني/يناير أعمال الجولة الأولى من الحوار الاستراتيجي بين قطر "
             "والولايات المتحدة.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.date) == (1, "2019-01-13")


def test_a_date_in_the_clause_telling_when_a_round_was_held_is_its_sessions():
    r = read("جددت قطر والولايات المتحدة اليوم الأحد تمسكهما بالتعاون. وجاء ذلك في بيان مشترك نشره الجانبان في "
             "ختام الجولة الثانية من الحوار الاستراتيجي القطري الأمريكي، وهي الجولة التي عقدت افتراضيا خلال الفترة "
             "من 7 - 9 يناير الجاري، واستكملت اللقاء الذي جمع الوزيرين في الدوحة في 30 ديسمبر 2018.")
    session, meeting = only(r.events, "round_session"), only(r.events, "bilateral_meeting")
    assert (session.date, session.mode) == ({"start": "2019-01-07", "end": "2019-01-09"}, "virtual")
    assert (meeting.date, meeting.mode) == ("2018-12-30", "in_person")


def test_a_palace_named_like_a_statement_is_no_statement():
    r = read("وعقد الجانبان جلسة مباحثات رسمية في قصر بيان أمس.")
    assert [(e.type, e.date) for e in r.events] == [("bilateral_meeting", "2019-01-12")]


def test_its_round_after_the_dialogue_is_a_session_framing_what_was_done_during_it():
    r = read("وتعد الاتفاقية حصيلة للمشاورات في إطار الحوار الاستراتيجي القطري الأمريكي، الذي استضافت الدوحة "
             "جولته الأخيرة العام الماضي، وقد عقدت فرق العمل المنبثقة عن الحوار خلال تلك الجولة اجتماعات موسعة.")
    assert only(r.events, "round_session").date == "2018"
    assert [e.type for e in r.events if e.type == "visit"] == []


def test_a_meeting_noun_in_construct_with_a_name_is_the_meeting_told():
    r = read("عقدت قطر والولايات المتحدة في الدوحة يوم 10 يناير الجولة الثانية من الحوار الاستراتيجي. "
             "ووصف بيان صدر في 11 يناير محادثات الولايات المتحدة وقطر بالناجحة.")
    assert sorted(e.type for e in r.events) == ["round_session", "statement"]
