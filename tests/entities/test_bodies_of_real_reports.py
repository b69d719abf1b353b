"""Bodies that real reports name with no gazetteer entry: embassies, governments, ministries
named with their country after "في", buildings that speak for a presidency, groups and
outlets named in quotes, outlets of bylines and credits."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def bodies(text: str) -> dict[str, str | None]:
    return {e.name: e.country for e in extract_entities(Doc(text, "t"))[0] if e.kind == "organization"}


# ---------------------------------------------------------------- embassies
def test_embassy_named_by_its_country():
    assert bodies("ونظمت سفارة المملكة المتحدة في عمّان ورشة عن الأمن السيبراني.") == {
        "سفارة المملكة المتحدة": "GB"}


def test_embassy_named_by_an_adjective_is_a_body_where_it_acts():
    assert bodies("وقالت السفارة الفرنسية في بيان إن الزيارة تأجلت.") == {"السفارة الفرنسية": "FR"}


def test_embassy_as_a_building_is_no_body():
    assert bodies("وتجمع المحتجون أمام السفارة البريطانية في المدينة.") == {}
    assert bodies("وبعد تعليق عمل السفارة الكندية في البلاد تولت دولة أخرى رعاية مصالحها.") == {}


def test_embassy_listed_with_another_body_is_a_body():
    assert bodies("وطالب البيان بحماية موظفي البنك الدولي والسفارة الكندية.") == {
        "البنك الدولي": None, "السفارة الكندية": "CA"}


# ---------------------------------------------------------------- governments
def test_government_named_by_two_words_is_a_body():
    assert bodies("والتقى الوفد في ليبيا ممثلين عن حكومة الوحدة الوطنية.") == {"حكومة الوحدة الوطنية": "LY"}


@pytest.mark.parametrize("text", [
    "وأكدت حكومة قطر التزامها بالحوار.",
    "واتفقت حكومة البلدين على مواصلة التشاور.",
    "وسلطة عمان ماضية في تعزيز علاقاتها.",
])
def test_a_country_or_a_common_word_does_not_name_a_government(text):
    assert bodies(text) == {}


# ---------------------------------------------------------------- ministries
def test_ministry_takes_the_country_named_after_fi():
    assert bodies("وأعلنت وزارة الخارجية في المملكة الأردنية الهاشمية ترحيبها بالاتفاق.") == {
        "وزارة الخارجية": "JO"}


def test_a_city_after_fi_is_where_the_ministry_sits():
    found = bodies("وعقد الاجتماع في مقر وزارة الخارجية في الرياض.")
    assert list(found) == ["وزارة الخارجية"]


# ---------------------------------------------------------------- buildings that speak
def test_white_house_acting_is_a_body():
    assert bodies("وجاء في بيان صادر عن البيت الأبيض أن القمة ستعقد الشهر المقبل.") == {"البيت الأبيض": "US"}
    assert bodies("وقال الكرملين إن الرئيس سيشارك.") == {"الكرملين": "RU"}


def test_white_house_as_a_venue_is_no_body():
    assert bodies("واستقبل الرئيس ضيفه في البيت الأبيض يوم الخميس.") == {}


# ---------------------------------------------------------------- quoted names
def test_groups_named_in_quotes_after_their_sort():
    found = bodies('وحذر الوزير من نشاط الحركتين المسلحتين "الشباب" و"بوكو حرام" في المنطقة.')
    assert {"الشباب", "بوكو حرام"} <= set(found)


def test_publication_named_in_quotes_or_latin_letters():
    assert "الوطن" in bodies("ونقلت صحيفة «الوطن» عن مصدر مطلع أن الجولة المقبلة في الكويت.")
    assert "Foreign Policy" in bodies("وكتب الدبلوماسي في مجلة Foreign Policy مقالا عن الحوار.")


# ---------------------------------------------------------------- bylines and credits
def test_outlet_of_a_byline_line():
    text = "صحيفة الغد - متابعات\nعقد الجانبان الجولة الثالثة من الحوار في عمّان."
    assert "صحيفة الغد" in bodies(text)
    text = "> «النهار» غرفة الأخبار:\nعقد الجانبان الجولة الثالثة من الحوار في عمّان."
    assert bodies(text) == {"النهار": None}


def test_site_credit_at_a_line_end():
    text = "وزيرا الخارجية يبحثان التعاون حصريا على أخبار الخليج اليوم\nعقد الوزيران اجتماعا في المنامة."
    assert "أخبار الخليج اليوم" in bodies(text)


def test_a_source_inside_a_sentence_is_no_byline():
    assert bodies("وقال مسؤول إن المعلومات وصلت من وكالات عدة خلال اليوم.") == {}


# ---------------------------------------------------------------- councils and outlets by head
def test_a_construct_after_the_naming_words_is_the_sentence_again():
    assert bodies("وأكد المجلس الأعلى للتخطيط دعم الاتفاق.") == {"المجلس الأعلى للتخطيط": None}


def test_a_national_security_council_is_not_the_un_security_council():
    assert bodies("واجتمع مجلس الأمن الوطني الأردني أمس.") == {"مجلس الأمن الوطني الأردني": "JO"}


def test_a_newspaper_named_by_foreign_words():
    assert "صحيفة واشنطن بوست" in bodies("وذكرت صحيفة واشنطن بوست أن اللقاء سيعقد.")
    assert "صحيفة فايننشال تايمز" in bodies("وكتبت صحيفة فايننشال تايمز أن الاتفاق قريب.")


def test_a_presidency_named_by_its_country():
    assert bodies("ورحبت الرئاسة التونسية بالاتفاق.") == {"الرئاسة التونسية": "TN"}
    assert bodies("وتولى الرئاسة بعد الانتخابات.") == {}


def test_embassy_named_inside_an_office():
    found = bodies("وقال القائم بالأعمال في السفارة الكندية جون سميث إن الزيارة ناجحة.")
    assert found == {"السفارة الكندية": "CA"}


def test_a_party_named_by_its_head_is_a_body_not_a_person():
    text = "وقال زعيم حزب المحافظين البريطاني إن الحكومة تدعم الحوار."
    ents, _ = extract_entities(Doc(text, "t"))
    assert [(e.kind, e.name) for e in ents] == [("organization", "حزب المحافظين البريطاني")]


def test_quoted_adjectives_and_generic_credits_name_no_body():
    assert bodies('وحذر البيان من نشاط الجماعات "المتطرفة" في المنطقة.') == {}
    assert bodies("عقد الوزيران اجتماعا في المنامة.\nالمصدر: وكالات") == {}


def test_foreign_words_after_a_feminine_head_name_a_body():
    assert bodies("وقالت منظمة دولية إن الوضع صعب.") == {}
    assert bodies("ووقعت شركة سيمنس الألمانية العقد.") == {"شركة سيمنس الألمانية": "DE"}
    assert "منظمة أوكسفام" in bodies("وحذرت منظمة أوكسفام من تفاقم الأزمة.")


def test_adjectives_after_a_masculine_head_name_nothing():
    assert bodies("وافتتح مركز تجاري جديد في العاصمة.") == {}


def test_coordinated_naming_words_in_either_order_are_one_body():
    text = "وقدم صندوق التنمية والإعمار الأردني قرضا. وقال صندوق الإعمار والتنمية الأردني إن التمويل جاهز."
    ents, _ = extract_entities(Doc(text, "t"))
    orgs = [e for e in ents if e.kind == "organization"]
    assert len(orgs) == 1 and orgs[0].aliases


def test_a_body_named_only_as_written_has_no_english_name_from_its_country():
    ents, _ = extract_entities(Doc("وقالت سفارة الولايات المتحدة في بيان إن الاجتماع مثمر.", "t"))
    assert [e.name_en for e in ents] == [None]


def test_a_body_named_at_the_end_of_a_headline_ends_with_its_line():
    # a headline has no full stop: the words of the next paragraph are no part of the name
    named = bodies("اتفاق تعاون بين المغرب وهيئة تنمية الصادرات\n\nوقعت المملكة المغربية اليوم اتفاقا.")
    assert set(named) == {"هيئة تنمية الصادرات"}


@pytest.mark.parametrize("text, name", [
    ("وأشاد الجانبان بالتنسيق القائم بين وزارتي الخارجية في البلدين.", "وزارة الخارجية"),
    ("واتفق الطرفان على أن تتولى وزارتا التجارة في البلدين متابعة التنفيذ.", "وزارة التجارة"),
])
def test_the_dual_of_one_portfolio_names_each_sides_ministry_in_the_singular(text, name):
    assert list(bodies(text)) == [name]
