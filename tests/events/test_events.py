"""The dialogue layer: one test per reading rule, then the seeds end to end."""
from __future__ import annotations

from datetime import date

import pytest

from hiwar.extract.cues import find_round_mentions
from hiwar.extract.events import read_dialogue
from hiwar.extract.places import find_places
from hiwar.text.doc import Doc

ANCHOR = date(2021, 3, 10)

def read(text: str):
    doc = Doc(text, "t")
    return read_dialogue(doc, len(text), [], [], find_places(doc), ANCHOR)

def only(events, kind):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [e.type for e in events]
    return found[0]

@pytest.mark.parametrize("phrase,number", [
    ("انطلقت الجولة الرابعة من الحوار الاستراتيجي", 4),
    ("عقد الحوار الاستراتيجي الأمريكي القطري الخامس", 5),
    ("اجتماعات الجولة الـ3 من الحوار", 3),
    ("الجولة الحادية عشرة من الحوار الاستراتيجي", 11),
])
def test_round_numbers_from_ordinals_and_digits(phrase, number):
    doc = Doc(phrase)
    assert [r.number for r in find_round_mentions(doc, 0, len(doc.tokens))] == [number]

def test_cardinal_count_is_not_a_round():
    doc = Doc("حصيلة لاجتماعات الحوار الاستراتيجي الأربعة السابقة")
    assert find_round_mentions(doc, 0, len(doc.tokens)) == []

def test_working_group_takes_the_topic_after_its_trigger_and_virtual_mode():
    r = read("شارك السفير في اجتماع مجموعة عمل التعاون الدفاعي ضمن الجولة الثالثة من الحوار الاستراتيجي بين قطر والولايات المتحدة المنعقد عن بعد.")
    wg = only(r.events, "working_group_session")
    assert (wg.working_group, wg.round, wg.mode, wg.dialogue) == ("defense", 3, "virtual", "QA-US")

def test_planned_round_with_venue_as_written():
    r = read("وأعرب الوزير عن تطلعه، متطلعا لإجراء الحوار الاستراتيجي السادس بين قطر والولايات المتحدة في الدوحة.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.venue, ev.mode) == (6, "planned", "الدوحة", None)
    assert [(x.number, x.status, x.venue) for x in r.rounds] == [(6, "planned", "الدوحة")]

def test_closing_in_a_city_is_a_happened_round_session():
    r = read("اختتمت في واشنطن أعمال الحوار الاستراتيجي الثاني بين العراق والولايات المتحدة.")
    ev = only(r.events, "round_session")
    assert (ev.round, ev.status, ev.venue, ev.dialogue) == (2, "happened", "واشنطن", "IQ-US")
    assert any(m.rule == "round:end_cue" for m in ev.evidence)

def test_a_round_mentioned_only_as_a_frame_is_not_a_session():
    r = read("وتحدث الوزير عن نتائج الجولة الرابعة من الحوار الاستراتيجي بين قطر والولايات المتحدة.")
    assert [e.type for e in r.events] == []
    assert [x.number for x in r.rounds] == [4]

def test_definite_trigger_refers_back_instead_of_making_a_new_event():
    r = read("جاء ذلك خلال جلسة عمل افتراضية حول الأمن بين قطر والولايات المتحدة. "
             "وشارك في جلسة العمل الافتراضية عدد من المسؤولين.")
    assert [e.type for e in r.events] == ["working_group_session"]

def test_visit_venue_from_the_preposition_and_in_person_mode():
    r = read("ولفت إلى أن زيارته للولايات المتحدة جاءت بدعوة من قطر.")
    visit = only(r.events, "visit")
    assert (visit.venue, visit.mode) == ("الولايات المتحدة", "in_person")

def test_meeting_of_many_states_is_multilateral():
    r = read("استضافت قطر اجتماعا لوزراء دفاع دول مجلس التعاون الخليجي ومصر والأردن والولايات المتحدة.")
    ev = only(r.events, "multilateral_meeting")
    assert ev.venue == "قطر" and ev.dialogue is None

def test_earlier_instruments_listed_one_per_item():
    r = read("واستعرض الجانبان أطر التعاون القائمة، بما فيها اتفاقيات ومذكرات التفاهم السابقة في شأن الطاقة "
             "والتعليم العالي ومكافحة المخدرات.")
    assert [(a.type, a.subject, a.status) for a in r.agreements] == [
        ("mou", "الطاقة", "signed"), ("mou", "التعليم العالي", "signed"), ("mou", "مكافحة المخدرات", "signed")]
    assert r.agreements[2].topics == ["narcotics"]

def test_agreement_on_holding_is_a_decision_not_an_instrument():
    r = read("وجرى الاتفاق على عقد الجولة المقبلة في الدوحة.")
    assert r.agreements == []

def test_joint_statement_and_proposal_types():
    r = read("جاء ذلك في بيان مشترك عقب الجولة الثانية من الحوار الاستراتيجي بين العراق والولايات المتحدة. "
             "وناقش الجانبان اقتراح التعاون لدعم الإنعاش الاقتصادي في العراق.")
    kinds = {a.type: a for a in r.agreements}
    assert kinds["joint_statement"].status == "signed"
    assert kinds["other"].status == "discussed"
    assert only(r.events, "statement").round == 2

def test_a_plan_does_not_borrow_the_previous_sentences_date():
    r = read("وتحل في 2021 الذكرى الخمسين لاستقلال قطر. وأعرب الوزير عن أمله، متطلعا لإجراء الجولة السادسة في الدوحة.")
    ev = only(r.events, "round_session")
    assert (ev.status, ev.date) == ("planned", None)


def test_the_numbered_session_of_another_body_just_named_is_no_round():
    def numbers(text):
        doc = Doc(text, "t")
        return [r.number for r in find_round_mentions(doc, 0, len(doc.tokens))]
    assert numbers("والتقى الوزيران على هامش أعمال الجمعية العامة للأمم المتحدة في دورتها الـ80.") == []
    assert numbers("وشارك الوزير في القمة العربية في دورتها الرابعة والثلاثين ببغداد.") == []
    # a committee's own session is its round
    assert numbers("وعقدت اللجنة المشتركة بين البلدين في دورتها الخامسة اجتماعاتها في الرياض.") == [5]


def test_a_round_numbered_by_a_ten_alone():
    for text, number in (("أسفرت اجتماعات الدورة الثلاثين للجنة العليا المشتركة عن توقيع مذكرتين.", 30),
                         ("وانطلقت في الكويت أعمال الدورة العشرين للجنة المشتركة.", 20),
                         ("وتستضيف عمان الدورة الأربعين للجنة التعاون المشتركة.", 40),
                         # the nominative forms, and a compound in them
                         ("واختتمت الدورة العشرون للجنة الوزارية المشتركة أعمالها أمس.", 20),
                         ("وتنعقد الدورة الحادية والثلاثون للجنة العليا المشتركة في الرباط.", 31)):
        doc = Doc(text, "t")
        assert [r.number for r in find_round_mentions(doc, 0, len(doc.tokens))] == [number], text
