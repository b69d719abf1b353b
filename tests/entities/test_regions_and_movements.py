"""Regions of a state named by their noun ("إقليم كوردستان", "ولاية أوهايو"): in offices, in the
names of their governments, never a person. Movements, currents and parties named after "حركة",
"تيار", "الحزب", and two holders of one office in the dual set off by a comma."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def entities(text: str, kind: str):
    return [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == kind]


@pytest.mark.parametrize("text, name, office", [
    ("استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني في أربيل وفدا أوروبيا.",
     "مسرور بارزاني", "رئيس حكومة إقليم كوردستان"),
    ("وشدد رئيس إقليم كوردستان نيجيرفان بارزاني على أهمية الحوار مع بغداد.",
     "نيجيرفان بارزاني", "رئيس إقليم كوردستان"),
    ("والتقى الوزير حاكم ولاية أوهايو مايك ديواين في مدينة كولومبوس.",
     "مايك ديواين", "حاكم ولاية أوهايو"),
])
def test_a_region_named_in_an_office_is_part_of_the_office_and_no_person(text, name, office):
    persons = entities(text, "person")
    assert [p.name for p in persons] == [name]
    assert any(office in t for t in persons[0].titles)


@pytest.mark.parametrize("text, name", [
    ("وقالت حكومة إقليم كوردستان في بيان إنها ترحب بالاتفاق النفطي.", "حكومة إقليم كوردستان"),
    ("وحضر الاجتماع ممثلون عن حكومة إقليم بونتلاند الصومال ووزارة المالية.", "حكومة إقليم بونتلاند الصومال"),
    ("وأعلنت حكومة ولاية تكساس أنها ستوقع الاتفاق مع الجانب المكسيكي.", "حكومة ولاية تكساس"),
])
def test_the_government_of_a_named_region_is_a_body(text, name):
    assert name in {o.name for o in entities(text, "organization")}


def test_a_region_name_stops_the_body_before_the_next_one():
    names = {o.name for o in entities("وحضر ممثلو حكومة ولاية كاليفورنيا وبرلمان الولاية.", "organization")}
    assert "حكومة ولاية كاليفورنيا" in names


def test_the_state_named_after_a_region_is_its_bodys_country():
    text = "وحضر الاجتماع ممثلون عن حكومة إقليم بونتلاند الصومال ووزارة المالية."
    assert ("حكومة إقليم بونتلاند الصومال", "SO") in {(o.name, o.country) for o in entities(text, "organization")}


@pytest.mark.parametrize("text, body, person, office", [
    ("وقال زعيم حركة رجال الكرامة يحيى الحجار إن الحركة ترفض الاتفاق.",
     "حركة رجال الكرامة", "يحيى الحجار", "زعيم حركة رجال الكرامة"),
    ("وأكد رئيس تيار الحكمة عمار الحكيم دعمه للحكومة الجديدة.", "تيار الحكمة", "عمار الحكيم", "رئيس تيار الحكمة"),
])
def test_a_movement_named_in_an_office_is_a_body_and_the_office_runs_to_the_name(text, body, person, office):
    assert body in {o.name for o in entities(text, "organization")}
    persons = entities(text, "person")
    assert [p.name for p in persons] == [person] and office in persons[0].titles[0]


def test_a_movement_acting_is_a_body_but_movement_as_a_common_noun_is_not():
    assert "حركة الوفاق الوطني" in {o.name for o in entities("ورحبت حركة الوفاق الوطني بالمبادرة.", "organization")}
    assert entities("وارتفعت حركة التجارة بين البلدين، وتحسنت حركة الملاحة في الخليج.", "organization") == []
    assert entities("ودعا إلى تشكيل حكومة موحدة تستطيع توفير الخدمات للمواطنين.", "organization") == []


def test_two_parties_joined_by_waw_are_two_bodies():
    names = {o.name for o in entities("وعقد اجتماع بين الحزب الاشتراكي الموحد والاتحاد الشعبي الديمقراطي أمس.",
                                      "organization")}
    assert {"الحزب الاشتراكي الموحد", "الاتحاد الشعبي الديمقراطي"} <= names


def test_the_second_holder_of_an_office_in_the_dual_after_a_comma():
    names = [p.name for p in entities("واستقبل النائبان بالمجلس الرئاسي سالم الكوني، وعبد الرحمن الزوي الوفد.", "person")]
    assert names == ["سالم الكوني", "عبد الرحمن الزوي"]


def test_a_quoted_name_of_common_nouns_after_an_office_is_no_person():
    text = 'وحضر الاجتماع زعيم حركة أبناء "أهل الجنوب" في المدينة.'
    assert entities(text, "person") == []
    assert [p.name for p in entities('وقال وزير الخارجية الأمريكي "مارك روبرتسون" إن اللقاء مثمر.', "person")] \
        == ["مارك روبرتسون"]


def test_a_preposition_or_a_pronoun_ends_a_name_in_construct():
    text = "واستقبل أمير منطقة الجوف الأمير فيصل بن نواف في مكتب سموه بديوان الإمارة سفير اليابان."
    assert "مكتب سموه بديوان الإمارة" not in {o.name for o in entities(text, "organization")}
    prince = next(p for p in entities(text, "person") if p.name.startswith("فيصل"))
    assert not any("بديوان" in t for t in prince.titles)


def test_a_foreign_name_in_quotes_after_an_office_is_a_person():
    text = "واستقبل الرئيس كاتب الدولة الأمريكي للتجارة »دانيال هوبكنز« الذي يزور البلاد."
    assert [p.name for p in entities(text, "person")] == ["دانيال هوبكنز"]
