"""World and regional bodies that reports name without a head noun, or by an acronym (the
gazetteer knows them in Arabic and English), and heads of government of the great powers."""
from __future__ import annotations

import pytest

from hiwar.extract.english.entities import extract_english_entities
from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def arabic_bodies(text: str) -> dict[str, str | None]:
    return {e.name: e.country for e in extract_entities(Doc(text, "t"))[0] if e.kind == "organization"}


def english_bodies(text: str) -> dict[str, str | None]:
    entities, _ = extract_english_entities(text, [(0, len(text))])
    return {e.name: e.country for e in entities if e.kind == "organization"}


@pytest.mark.parametrize("text, expected", [
    ("ودعت اليونيسف والأونروا إلى زيادة التمويل.", {"اليونيسف": None, "الأونروا": None}),
    ("وانضمت الدولتان إلى مجموعة بريكس قبل قمة رابطة دول جنوب شرق آسيا.",
     {"مجموعة بريكس": None, "رابطة دول جنوب شرق آسيا": None}),
    ("وأقر مجلس الشيوخ الأمريكي صفقة السلاح.", {"مجلس الشيوخ الأمريكي": "US"}),
    ("ويستثمر جهاز الاستثمار العماني مع شركة مبادلة للاستثمار في المشروع.",
     {"جهاز الاستثمار العماني": "OM", "شركة مبادلة للاستثمار": "AE"}),
    ("وناقش الوزيران قرارات تحالف أوبك بلس.", {"تحالف أوبك بلس": None}),
    ("وشارك الأسطول الخامس الأمريكي وقوات درع الجزيرة في المناورات.",
     {"الأسطول الخامس الأمريكي": "US", "قوات درع الجزيرة": None}),
    ("وأعلنت وزارة الخارجية والكومنولث والتنمية البريطانية دعمها للحوار.",
     {"وزارة الخارجية والكومنولث والتنمية البريطانية": "GB"}),
    ("وقال الوزير لوكالة شينخوا إن الحوار مستمر.", {"وكالة شينخوا": "CN"}),
])
def test_arabic_world_bodies(text, expected):
    assert arabic_bodies(text) == expected


@pytest.mark.parametrize("text, english", [
    ("ورحبت منظمة المؤتمر الإسلامي بالبيان.", "Organisation of Islamic Cooperation"),  # its former name
    ("وأكد الحلف الأطلسي التزامه.", "NATO"),
    ("وتوقع صندوق النقد نمو الاقتصاد.", "International Monetary Fund"),
])
def test_a_short_or_former_name_is_the_same_body(text, english):
    found = extract_entities(Doc(text, "t"))[0]
    assert [e.name_en for e in found if e.kind == "organization"] == [english]


def test_english_acronyms_of_world_bodies():
    assert english_bodies("The UN, the EU and the IMF welcomed the talks, and the IAEA and the OIC "
                          "sent observers.") == {"UN": None, "EU": None, "IMF": None, "IAEA": None, "OIC": None}


def test_an_english_acronym_is_the_body_of_its_arabic_name():
    english, _ = extract_english_entities("The UN Security Council met.", [(0, 28)])
    arabic = extract_entities(Doc("واجتمع مجلس الأمن الدولي.", "t"))[0]
    assert {e.name_en for e in english if e.kind == "organization"} == {
        e.name_en for e in arabic if e.kind == "organization"}


def test_heads_of_government_of_the_great_powers_are_known_with_their_country():
    found = extract_entities(Doc("واتصل الرئيس الروسي فلاديمير بوتين برئيس مجلس الدولة الصيني لي كه تشيانغ، "
                                 "وقال ميشوستين إن الحكومة تدعم الاتفاق.", "t"))[0]
    assert {(e.name_en, e.country) for e in found if e.kind == "person"} == {
        ("Vladimir Putin", "RU"), ("Li Keqiang", "CN"), ("Mikhail Mishustin", "RU")}


def test_a_common_word_is_no_short_name():
    # "رئيسي" ("main", "heads of") is no short form of Ebrahim Raisi; "عراقجي" is one of Abbas Araghchi
    found = extract_entities(Doc("والتقى وزير الخارجية الإيراني عباس عراقجي نظيره، وقال عراقجي إن رئيسي "
                                 "الوفدين اتفقا على الهدف الرئيسي.", "t"))[0]
    assert {e.name_en for e in found if e.kind == "person"} == {"Abbas Araghchi"}


@pytest.mark.parametrize("english, arabic", [
    ("The Houthis attacked ships.", "وهاجمت جماعة الحوثي السفن."),
    ("The Fifth Fleet joined the drill.", "وشارك الأسطول الخامس الأمريكي في التمرين."),
    ("Mubadala signed the deal.", "ووقعت شركة مبادلة للاستثمار الاتفاق."),
])
def test_an_english_name_is_the_body_of_its_arabic_name(english, arabic):
    found, _ = extract_english_entities(english, [(0, len(english))])
    in_arabic = [e.name_en for e in extract_entities(Doc(arabic, "t"))[0] if e.kind == "organization"]
    assert len(in_arabic) == 1
    assert [e.name_en for e in found if e.kind == "organization"] == in_arabic


def test_the_department_of_war_is_the_department_of_defense():
    arabic = extract_entities(Doc("وأعلنت وزارة الحرب الأمريكية نشر قوات إضافية.", "t"))[0]
    text = "The Department of War announced more troops."
    english, _ = extract_english_entities(text, [(0, len(text))])
    assert [(e.name_en, e.country) for e in arabic if e.kind == "organization"] == [
        (e.name_en, e.country) for e in english if e.kind == "organization"] == [
        ("United States Department of Defense", "US")]
