"""East Asian given names written with a spaced hyphen ("بان كي - مون"), and a country's adjective
that is also a known official's surname ("السوداني") inside an office."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def persons(text: str):
    return [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"]


@pytest.mark.parametrize("text, name", [
    ("وقال الأمين العام السابق للأمم المتحدة بان كي - مون إن الحوار هو السبيل.", "بان كي - مون"),
    ("واستقبل الرئيس الزائر كيم جونغ - أون في قاعة الشعب.", "كيم جونغ - أون"),
    ("وأكد وزير الخارجية الفرنسي جان - إيف لودريان دعم بلاده للحوار.", "جان - إيف لودريان"),
    ("وبدعوة من الأمين العام للأمم المتحدة، بان كي - مون، شارك الوزير في القمة.", "بان كي - مون"),
])
def test_a_spaced_hyphen_between_syllables_joins_one_name(text, name):
    assert name in {p.name for p in persons(text)}


def test_a_spaced_dash_between_words_opens_an_aside_not_a_name():
    names = {p.name for p in persons("وقال وزير الخارجية سامح شكري - في تصريحات للصحفيين - إن اللقاء كان مثمرا.")}
    assert names == {"سامح شكري"}


@pytest.mark.parametrize("text, name, country", [
    ("وأعلن رئيس اللجنة السياسية بالمجلس العسكري السوداني، الفريق ركن خالد عمر، أن المجلس اجتمع.",
     "خالد عمر", "SD"),
    ("وقال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن القوات تقدمت.", "نبيل عبد الله", "SD"),
])
def test_a_country_adjective_in_an_office_names_no_official(text, name, country):
    found = persons(text)
    assert [(p.name, p.country) for p in found] == [(name, country)]


@pytest.mark.parametrize("text, name", [
    ("والتقى رئيس مجلس النواب المستشار عطية صالح، المبعوث الأممي في مدينة القبة.", "عطية صالح"),
    ("وحضر اللقاء وكيل الوزارة الدكتور رفاعة محمد، والوفد المرافق له.", "رفاعة محمد"),
])
def test_a_given_name_second_after_an_office_vouches_for_a_first_word_shaped_like_a_noun(text, name):
    assert name in {p.name for p in persons(text)}


def test_a_feminine_noun_and_a_given_name_without_an_office_stay_no_person():
    assert persons("وأكدت رئاسة محمد للجلسة أهمية الحوار.") == []


def test_a_foreign_name_after_an_honorific_may_open_with_a_verb_shaped_word():
    text = "واستقبل رئيس الوزراء السيد يانيس كارلسون المبعوث الخاص للأمين العام للأمم المتحدة."
    assert "يانيس كارلسون" in {p.name for p in persons(text)}
    assert persons("وكان الوزير يلتقي نظيره في العاصمة.") == []


def test_a_month_in_brackets_after_the_other_calendars_month_is_no_agency():
    text = "أربيل - استقبل المحافظ، اليوم الخميس 17 تشرين الثاني (نوفمبر) 2022، وفدا تجاريا."
    orgs = [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "organization"]
    assert orgs == []


def test_what_a_company_does_closes_its_foreign_name_inside_an_office():
    text = "وأكد رئيس شركة ساتورب ميتاكو للتكرير والبتروكيماويات، عبدالله السويلم، أن المشروع يتقدم."
    assert [p.name for p in persons(text)] == ["عبدالله السويلم"]


@pytest.mark.parametrize("text", [
    "وصل المبعوث الأممي إلى السودان فولكر بيرتس إلى الخرطوم، والتقى موظفي الأمم المتحدة هناك.",
    "واستقبل الوزير المنسق الأممي للشؤون الإنسانية مارتن ريدل في مكتبه، بحضور ممثلي الأمم المتحدة.",
])
def test_an_office_of_the_united_nations_named_by_its_adjective_is_of_no_country(text):
    envoy = next(p for p in persons(text) if p.titles)
    assert envoy.country is None


def test_the_delegation_joined_after_an_office_is_no_part_of_it():
    text = "واستقبل رئيس الحكومة صباح اليوم السيد يانيس كوبيس المبعوث الخاص للأمين العام للأمم المتحدة والوفد المرافق له."
    envoy = next(p for p in persons(text) if p.name == "يانيس كوبيس")
    assert envoy.titles == ["المبعوث الخاص للأمين العام للأمم المتحدة"]
