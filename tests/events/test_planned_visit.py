"""What a planned visit is told to include is planned too: rules of news writing, each tested on
sentences written for the test."""
from __future__ import annotations

from hiwar.pipeline import SourceDoc, analyze


def statuses(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in analyze(SourceDoc("t", text)).events]


def test_whom_a_planned_visitor_meets_during_it_is_a_plan():
    assert ("bilateral_meeting", "happened") not in statuses(
        "سيتوجه وزير الخارجية الكويتي إلى الرباط يوم غد في زيارة رسمية تستمر يومين. وقال مصدر إن الوزير "
        "يلتقي خلالها رئيس الحكومة المغربية وعددا من الوزراء.")


def test_what_a_planned_visit_will_witness_is_a_plan():
    found = statuses("يتوجه وزير الخارجية الأردني غدا الأحد إلى العاصمة اليونانية أثينا. وتشهد الزيارة عقد "
                     "جلسة مباحثات بين الوزيرين يعقبها مؤتمر صحفي مشترك.")
    assert ("visit", "planned") in found and all(status == "planned" for _, status in found)


def test_a_visit_made_keeps_its_meetings_made():
    assert ("bilateral_meeting", "happened") in statuses(
        "زار وزير الخارجية الكويتي الرباط أمس في زيارة رسمية استمرت يومين، والتقى خلالها رئيس الحكومة "
        "المغربية وعددا من الوزراء.")
