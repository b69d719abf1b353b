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
