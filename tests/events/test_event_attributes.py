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
