"""Committees or working groups named by their fields, the subject of a verb of discussing, sat in
session: a rule of news writing, tested on sentences written for the test."""
from __future__ import annotations

from hiwar.pipeline import SourceDoc, analyze


def sessions(text: str) -> list:
    return [e for e in analyze(SourceDoc("t", text)).events if e.type == "working_group_session"]


def test_committees_named_by_their_fields_discussing_sat_together():
    found = sessions("انطلقت في عمان أمس جولة الحوار بين الأردن وكندا، فيما ناقشت لجان المناخ والتكنولوجيا والتعليم "
                     "مشاريع التعاون المقترحة.")
    assert len(found) == 1 and found[0].working_group is None
    assert {"climate", "technology", "education"} <= set(found[0].topics)


def test_one_group_named_by_its_field_is_that_group_session():
    found = sessions("وعلى هامش المباحثات، بحثت مجموعة الطاقة سبل زيادة الاستثمار في مشاريع الطاقة المتجددة.")
    assert [e.working_group for e in found] == ["energy"]


def test_a_group_not_named_by_a_field_is_no_session():
    assert sessions("وناقشت لجنة من الخبراء القانونيين مسودة الاتفاق قبل عرضها على الوزيرين.") == []


def test_the_meetings_of_a_committee_named_by_its_field_are_its_session():
    found = sessions("وترأس اجتماعات لجنة الصحة عن الجانب الأردني وكيل وزارة الصحة، وعن الجانب الكندي مديرة "
                     "برامج الصحة العامة.")
    assert [e.working_group for e in found] == ["health"]


def test_meetings_of_no_group_open_no_session():
    assert sessions("وأكد الوزير أن اجتماعات الأسبوع المقبل ستتناول قضايا المنطقة.") == []
