"""Agreements: where a subject starts and ends, what is an instrument of the dialogue, its status and
date, joint statements named after their meeting, and one instrument across reports."""
from __future__ import annotations

from datetime import date

import pytest

from hiwar.extract.dates import find_dates
from hiwar.extract.entities import extract_entities
from hiwar.extract.events import read_dialogue
from hiwar.extract.places import find_places
from hiwar.extract.types import LocalAgreement
from hiwar.resolve.agreements import merge_agreements
from hiwar.text.doc import Doc

ANCHOR = date(2019, 3, 12)  # a Tuesday


def read(text: str):
    doc = Doc(text, "t")
    entities, _ = extract_entities(doc)
    return read_dialogue(doc, len(text), find_dates(doc, ANCHOR), entities, find_places(doc), ANCHOR)


def instruments(text: str) -> list[tuple]:
    return [(a.type, a.subject, a.status, a.date) for a in read(text).agreements]


# -- subject boundaries
@pytest.mark.parametrize("text,subject", [
    ("وقال السفير إن الجانبين يبنيان على خطاب النوايا الذي وقعاه عام 2016 في مجال الأمن الغذائي، "
     "لافتا إلى أن الجفاف جعل الملف أولوية.", "الأمن الغذائي"),
    ("وناقش الوزيران سبل الاستفادة من اتفاقية التجارة الحرة الموقعة بين البلدين سنة 2006.", "التجارة الحرة"),
    ("ويستند التعاون إلى اتفاقية الإطار الاستراتيجي التي وقعها البلدان عام 2010، والتي تنظم التعاون في "
     "المجالات الأمنية والثقافية.", "الإطار الاستراتيجي"),
    ("ووقع الجانبان اليوم مذكرة تفاهم بشأن التعاون في مجال النقل البحري، تشمل تبادل الخبرات وتدريب الكوادر.",
     "التعاون في مجال النقل البحري"),
    ("ووقعت وزارة النفط اتفاقية مبدئية مع شركة أرامكو لتطوير حقول الغاز في المنطقة الشرقية، بقيمة مليار دولار.",
     "تطوير حقول الغاز في المنطقة الشرقية"),
    ("وشهد الوزيران التوقيع على اتفاقية تتولى بموجبها دولة قطر رعاية المصالح الكندية في كابل بصفتها القوة الحامية.",
     "رعاية المصالح الكندية في كابل"),
    ("وناقش الجانبان مسودة مذكرة تفاهم للتعاون في المجال الصحي (كوفيد - 19) تمهيدا لتوقيعها.", "المجال الصحي"),
])
def test_the_subject_runs_from_its_marker_to_the_first_stop(text, subject):
    assert [a.subject for a in read(text).agreements] == [subject]


def test_a_subject_goes_on_after_a_comma_only_into_a_range():
    found = instruments("وذكر أنه تم توقيع اتفاقية ستشمل التنمية في كل المجالات، من الزراعة إلى الطاقة.")
    assert [subject for _, subject, _, _ in found] == ["التنمية في كل المجالات، من الزراعة إلى الطاقة"]


def test_a_date_after_the_subject_is_not_part_of_it():
    found = instruments("وذكّر بتوقيع خطاب نوايا بشأن التعاون في مجال الطاقة المتجددة في عام 2017.")
    assert found == [("letter_of_intent", "التعاون في مجال الطاقة المتجددة", "signed", "2017")]


# -- what is an instrument of the dialogue
@pytest.mark.parametrize("text", [
    "في ضوء استضافة البلاد مؤتمر الأطراف في اتفاقية الأمم المتحدة الإطارية بشأن التنوع البيولوجي في أكتوبر المقبل.",
    "وأكد الوزير التزام بلاده بمعاهدة عدم انتشار الأسلحة النووية.",
    "ودعا إلى العودة إلى اتفاق الرياض بين الأطراف اليمنية.",
    "وأكد التزام البلدين باتفاقية باريس للمناخ.",
    "وتم الاتفاق بين الجانبين على تشكيل لجنة فنية مشتركة.",
])
def test_an_instrument_named_in_passing_is_not_the_dialogues(text):
    assert read(text).agreements == []


def test_a_treaty_signed_on_a_day_is_kept_with_that_day():
    found = instruments("مشيرا إلى أن معاهدة الصداقة بين البلدين، التي وقعت في الرياض في العاشر من سبتمبر الماضي، "
                        "تفتح آفاقا جديدة.")
    assert found == [("agreement", "الصداقة", "signed", "2018-09-10")]


def test_talks_toward_an_agreement_are_a_discussed_instrument():
    found = instruments("وشدد الوزير على ضرورة التوصل إلى اتفاق ملزم بشأن تقاسم مياه النهر.")
    assert found == [("agreement", "تقاسم مياه النهر", "discussed", None)]


# -- status
@pytest.mark.parametrize("text,status", [
    ("ومن المنتظر أن يشهد اليوم الثاني للحوار التوقيع على اتفاقية لدعم قطاع الصحة.", "planned"),
    ("واتفق الجانبان على مواصلة العمل على مسودة مذكرة تفاهم في مجال النقل البحري تمهيدا لتوقيعها لاحقا.", "planned"),
    ("وقال إن الجانبين يعملان على إعداد مذكرة تفاهم بشأن الطاقة النظيفة، يتوقع أن توقع خلال الجولة المقبلة.",
     "planned"),
    ("وناقش الجانبان مسودة مذكرة تفاهم في مجال النقل البحري تمهيدا لتوقيعها.", "discussed"),
    ("وشهد الوزيران التوقيع على مذكرة تفاهم بشأن النقل البحري.", "signed"),
])
def test_status_from_the_cues_around_the_noun(text, status):
    assert [a.status for a in read(text).agreements] == [status]


# -- dates
def test_instruments_signed_at_a_meeting_take_its_day_and_continue_each_other():
    r = read("عقدت عمان والولايات المتحدة أمس الجولة الثالثة من الحوار الاستراتيجي. "
             "ووقع الجانبان في ختام الجلسة مذكرة تفاهم بشأن الأمن البحري، كما جرى التوقيع على مذكرة تفاهم "
             "للتعاون في مجال التعليم العالي.")
    assert [(a.subject, a.date) for a in r.agreements] == [("الأمن البحري", "2019-03-11"),
                                                           ("التعليم العالي", "2019-03-11")]


def test_an_instrument_named_but_not_signed_here_has_no_date_of_the_meeting():
    r = read("عقدت عمان والولايات المتحدة اليوم الجولة الثالثة من الحوار الاستراتيجي. "
             "وصدر في ختام الجولة بيان مشترك أكد فيه البلدان المضي في التعاون وفق اتفاقية الإطار الاستراتيجي.")
    framework = [a for a in r.agreements if a.type == "agreement"]
    assert [(a.subject, a.date) for a in framework] == [("الإطار الاستراتيجي", None)]


def test_each_counterpart_of_a_dual_noun_has_its_own_instrument():
    r = read("ووقعت وزارة الطاقة أمس مذكرتي تفاهم مع شركتي ستيلار إنرجي وجنرال إلكتريك لبناء محطات شمسية.")
    assert [(a.subject, a.date) for a in r.agreements] == [("بناء محطات شمسية", "2019-03-11")] * 2
    assert r.agreements[0].parties != r.agreements[1].parties


# -- joint statements
def test_a_joint_statement_is_named_after_the_meeting_that_issued_it():
    r = read("انطلقت اليوم أعمال الجولة الثالثة من الحوار الاستراتيجي بين سلطنة عمان والولايات المتحدة الأمريكية، "
             "في مقر وزارة الخارجية. وصدر في ختام الجولة بيان مشترك أكد فيه البلدان التزامهما بأمن المنطقة.")
    statement = [a for a in r.agreements if a.type == "joint_statement"]
    assert [(a.subject, a.status, a.date) for a in statement] == [
        ("الجولة الثالثة من الحوار الاستراتيجي بين سلطنة عمان والولايات المتحدة الأمريكية", "signed", "2019-03-12")]


def test_a_statement_issued_after_the_meeting_is_dated_to_its_month():
    r = read("عقدت عمان والولايات المتحدة اليوم الجولة الثالثة من الحوار الاستراتيجي. "
             "وجاء ذلك في بيان مشترك عقب الجولة الثالثة من الحوار الاستراتيجي العماني الأمريكي.")
    assert [(a.subject, a.date) for a in r.agreements] == [
        ("الجولة الثالثة من الحوار الاستراتيجي العماني الأمريكي", "2019-03")]


def test_a_headline_sums_up_the_instruments_of_its_body():
    r = read("عمان وواشنطن تختتمان الجولة الثالثة بتوقيع مذكرتي تفاهم في الزراعة والنقل\n"
             "وشهد الوزيران توقيع مذكرة تفاهم بشأن الأمن الغذائي ومذكرة تفاهم بشأن النقل البحري.")
    assert [a.subject for a in r.agreements] == ["الأمن الغذائي", "النقل البحري"]


# -- one instrument across reports
def _local(kind, subject, status="signed", when=None, parties=("OM", "US")):
    return LocalAgreement(kind, subject, [], list(parties), when, status)


def test_reports_of_one_instrument_merge_and_a_signing_outranks_a_plan():
    merged = merge_agreements([
        ("d1", 0, _local("letter_of_intent", "التعاون في مجال الأمن السيبراني", when="2018"), ["OM", "US"]),
        ("d2", 10000, _local("letter_of_intent", "الأمن السيبراني", when="2018"), ["OM", "US"]),
        ("d2", 10001, _local("joint_statement", "الجولة الخامسة من الحوار الاستراتيجي", "planned"), ["OM", "US"]),
        ("d3", 20000, _local("joint_statement", "الجولة الخامسة من الحوار الاستراتيجي العماني الأمريكي",
                             when="2019-03"), ["OM", "US"]),
        ("d3", 20001, _local("joint_statement", "الجولة الرابعة من الحوار الاستراتيجي", when="2019-03"), ["OM", "US"]),
    ])
    assert [(a.type, a.status, a.date, a.documents) for a in merged] == [
        ("letter_of_intent", "signed", "2018", ["d1", "d2"]),
        ("joint_statement", "signed", "2019-03", ["d2", "d3"]),
        ("joint_statement", "signed", "2019-03", ["d3"]),
    ]


def test_instruments_with_other_counterparts_stay_apart():
    merged = merge_agreements([
        ("d1", 0, _local("mou", "تطوير شبكات النقل"), ["o1", "o2"]),
        ("d1", 1, _local("mou", "تطوير شبكات النقل"), ["o1", "o3"]),
    ])
    assert len(merged) == 2


def test_a_memorandum_of_intent_is_a_letter_of_intent():
    assert [a.type for a in read("ووقع الجانبان مذكرة نوايا للتعاون في مجال الطاقة المتجددة.").agreements] \
        == ["letter_of_intent"]


def test_an_instrument_described_then_told_signed_in_its_relative_clauses_is_named_by_its_words():
    r = read("ودعا الوزير إلى مواصلة تنفيذ مذكرة النوايا التي تبلغ قيمتها 10 مليارات دولار، والتي وقعها الوزيران "
             "خلال زيارة الرئيس للرياض في العام 2019.")
    assert [(a.type, a.subject, a.status, a.date) for a in r.agreements] == [
        ("letter_of_intent", "مذكرة النوايا التي تبلغ قيمتها 10 مليارات دولار", "signed", "2019")]
    assert [(e.type, e.date) for e in r.events if e.type == "signing"] == [("signing", "2019")]


@pytest.mark.parametrize("text,signing", [
    # an instrument described by a signing over a year before the report (March 2019): background
    ("وناقش الوزيران سبل الاستفادة من اتفاقية التجارة الحرة الموقعة بين البلدين سنة 2006.", []),
    ("ويستند التعاون إلى اتفاقية الإطار الاستراتيجي التي وقعها البلدان عام 2010.", []),
    ("وأشاد بمذكرة التفاهم في مجال المياه التي وقعها الوزيران في عمّان في شباط 2016.", []),
    # described by a signing within the year before it: news the report tells
    ("وأشاد بمذكرة التفاهم في مجال المياه التي وقعها الوزيران في عمّان في تشرين الأول 2018.", [("signing", "2018-10")]),
    # the signing itself told, its verb or noun governing the instrument: an event however long ago
    ("وكان البلدان قد وقعا اتفاقية التجارة الحرة عام 2006.", [("signing", "2006")]),
])
def test_an_instrument_described_by_a_signing_long_before_the_report_is_background(text, signing):
    r = read(text)
    assert [a.status for a in r.agreements] == ["signed"]
    assert [(e.type, e.date) for e in r.events if e.type == "signing"] == signing


def test_an_instrument_named_in_quotes_after_its_noun():
    r = read('وأشار الوزير إلى أن البلدين من الدول الموقعة على اتفاقيات "أبولو" للتعاون العلمي.')
    assert [a.subject for a in r.agreements] == ['اتفاقيات "أبولو"']


def test_joining_an_instrument_is_a_plan():
    r = read('وأعلن الوزير أن بلاده وافقت على الانضمام إلى اتفاقيات "أبولو" للتعاون العلمي.')
    assert [(a.subject, a.status) for a in r.agreements] == [('اتفاقيات "أبولو"', "planned")]


def read_undated(text: str):
    """A report with no publication date: its "today" and weekdays place no day."""
    doc = Doc(text, "t")
    entities, _ = extract_entities(doc)
    return read_dialogue(doc, len(text), find_dates(doc, None), entities, find_places(doc), None)


@pytest.mark.parametrize("text,signings", [
    # a signing told on a day the undated report cannot place is still its news: an event with no date
    ("ووقع البلدان صباح اليوم الأربعاء في الرباط اتفاقية للتعاون في مجال الصيد البحري.", [("signing", None)]),
    ("وقعت وزارتا النقل في البلدين يوم أمس الاثنين مذكرة تفاهم بشأن الربط السككي.", [("signing", None)]),
    ("ووقع الجانبان مساء الأحد مذكرة تفاهم حول تبادل الخبرات في مجال الطاقة المتجددة.", [("signing", None)]),
    # an instrument signed with no day told of it stays background
    ("ووقع البلدان مذكرة تفاهم حول تبادل الخبرات في مجال الطاقة المتجددة.", []),
])
def test_a_signing_on_a_day_the_report_cannot_place_is_an_undated_event(text, signings):
    r = read_undated(text)
    assert [a.status for a in r.agreements] == ["signed"]
    assert [(e.type, e.date) for e in r.events if e.type == "signing"] == signings


@pytest.mark.parametrize("text,found", [
    # a protocol of cooperation is an agreement; signed minutes close a committee's session
    ("ووقع الوزيران اليوم بروتوكول تعاون في مجال النقل البحري.", [("agreement", "النقل البحري")]),
    ("واختتمت اللجنة أعمالها اليوم بتوقيع محضر اجتماعات الدورة العاشرة.",
     [("other", "اجتماعات الدورة العاشرة")]),
    # "المذكورة" refers back to an instrument already named: no second one
    ("ووقع الجانبان اليوم مذكرة تفاهم بشأن الربط الكهربائي. ووقع على المذكرة المذكورة وزيرا الطاقة.",
     [("mou", "الربط الكهربائي")]),
    # a plural noun whose items follow "وهي", each item one instrument; the "و" of "وزير" is no conjunction
    ("ووقع البلدان اليوم مذكرتي تفاهم، وهما تشكيل لجنة مشتركة برئاسة وزيري الخارجية، وتبادل الخبرات الدبلوماسية.",
     [("mou", "تشكيل لجنة مشتركة برئاسة وزيري الخارجية"), ("mou", "تبادل الخبرات الدبلوماسية")]),
    # the ل of "لجنة" is the word's own letter, not a purpose
    ("ووقع الوزيران اليوم اتفاقية لجنة التعاون الاقتصادي بين البلدين.", [("agreement", "لجنة التعاون الاقتصادي")]),
])
def test_instruments_of_protocols_minutes_lists_and_references(text, found):
    assert [(a.type, a.subject) for a in read(text).agreements] == found


def test_instruments_of_two_other_pairs_of_states_stay_apart():
    merged = merge_agreements([
        ("d1", 0, _local("mou", "الإعلام", parties=("IR", "TR")), ["IR", "TR"]),
        ("d2", 10000, _local("mou", "التعاون في مجال الإعلام", parties=("EG", "OM")), ["EG", "OM"]),
        ("d3", 20000, _local("mou", "الإعلام الرقمي", parties=("OM",)), ["OM"]),  # one state named: may be either
    ])
    assert [(a.parties, a.documents) for a in merged] == [(["IR", "TR"], ["d1", "d3"]), (["EG", "OM"], ["d2"])]


def test_a_list_after_a_colon_keeps_no_colon():
    assert [a.subject for a in read("ووقع الوزيران اليوم مذكرتي تفاهم في مجالي: الزراعة والطاقة.").agreements] == [
        "الزراعة", "الطاقة"]
