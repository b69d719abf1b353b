"""Name shapes of officials: military ranks with their staff qualifier, a father's name that is
also an office word, a woman's name after a woman's office, a name closed by a verb of saying,
places named after a king, and the side of an office posted to, or dealing with, many states."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {e.name: (e.country, e.titles) for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"}


@pytest.mark.parametrize("text, name", [
    ("وشارك في التمرين قائد القوات الجوية الفريق ركن طلال المنصور.", "طلال المنصور"),
    ("واستقبل الوزير اللواء ركن سامر بن فهد القحطاني في مكتبه.", "سامر بن فهد القحطاني"),
    ("وألقى رئيس الأركان الفريق الأول الركن ماجد بن سعد الزهراني كلمة.", "ماجد بن سعد الزهراني"),
    ("وحضر الحفل العميد ركن ناصر الشمري وعدد من الضباط.", "ناصر الشمري"),
])
def test_a_rank_with_its_staff_qualifier_is_no_part_of_the_name(text, name):
    assert name in people(text)


def test_a_baroness_is_a_rank_before_the_name():
    got = people("وناقش الوزير مع البارونة هيلين كارتر ملف الهجرة.")
    assert "هيلين كارتر" in got


@pytest.mark.parametrize("text, name", [
    ("وحضر مدير المراسم السفير فهد بن مساعد العتيبي اللقاء.", "فهد بن مساعد العتيبي"),
    ("وكان في وداعه وكيل الوزارة علي بن نائب الحربي.", "علي بن نائب الحربي"),
])
def test_after_bin_an_office_word_is_the_fathers_name(text, name):
    assert name in people(text)


def test_an_unknown_first_name_before_bint_is_a_name_not_a_noun():
    got = people("وشاركت في الاجتماع السيدة تكيبرة بنت محمود، المديرة العامة للتخطيط.")
    assert "تكيبرة بنت محمود" in got


@pytest.mark.parametrize("text, name", [
    ("واستقبلت وزيرة الصحة ريمة حداد، أمس، وفدا من المنظمة.", "ريمة حداد"),
    ("وقالت نائبة رئيس الوزراء وزيرة المالية غادة ضاهر إن الموازنة جاهزة.", "غادة ضاهر"),
    ("واجتمع الوفد مع السيدة رحمة عواد رئيسة الجمعية.", "رحمة عواد"),
])
def test_after_a_womans_office_a_first_name_in_ta_marbuta_is_a_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "وأكدت الوزيرة زيارة الرئيس المقبلة إلى العاصمة.",
    "وعرضت وزيرة التخطيط خطة عمل للسنوات المقبلة.",
])
def test_a_feminine_noun_after_a_womans_office_is_still_no_name(text):
    assert people(text) == {}


@pytest.mark.parametrize("text", [
    "وكان وزير التجارة الكندي مارك ديفيس قال في مؤتمر إن الاتفاق قريب.",
    "وكان وزير التجارة الكندي مارك ديفيس أكد أمس أن الاتفاق قريب.",
])
def test_a_verb_of_saying_after_a_name_is_no_part_of_it(text):
    assert list(people(text)) == ["مارك ديفيس"]


@pytest.mark.parametrize("text", [
    "وهبطت طائرة الوفد في مطار الملك فهد الدولي صباح اليوم.",
    "وأقيم المعرض في قاعة الملك عبدالله بن عبدالعزيز للمؤتمرات.",
    "ويدرس الطلاب في جامعة الملك سعود منذ سنوات.",
])
def test_a_place_named_after_a_king_names_no_person(text):
    assert people(text) == {}


def test_a_person_after_a_place_named_after_a_king_is_read():
    got = people("وكان في استقباله آمر قاعدة الأمير سلطان العميد راشد الدوسري.")
    assert "راشد الدوسري" in got and not any("سلطان" in name for name in got)


def test_a_short_surname_does_not_take_a_word_of_the_same_consonants():
    got = people("ووصل قائد الحرس اللواء سالم عسيري عصر اليوم إلى المطار.")
    assert got["سالم عسيري"] is not None
    persons = [e for e in extract_entities(Doc("ووصل قائد الحرس اللواء سالم عسيري عصر اليوم إلى المطار.", "t"))[0]
               if e.kind == "person"]
    assert [e.aliases for e in persons] == [[]]


def test_a_permanent_representative_to_a_body_of_states_is_of_his_country():
    got = people("وشارك في الاجتماع مندوب سلطنة عمان الدائم لدى الأمم المتحدة سالم الحارثي.")
    assert got["سالم الحارثي"][0] == "OM"


def test_an_office_dealing_with_many_states_is_of_its_country():
    got = people("وحضر مساعد وزير الخارجية الكويتي لشؤون الدول الآسيوية السفير حمد الهاجري.")
    assert got["حمد الهاجري"][0] == "KW"


def test_an_office_in_a_body_of_many_states_is_still_of_none():
    got = people("وقال الأمين العام لجامعة الدول العربية محمود الراشد إن القمة ستعقد في موعدها.")
    assert got["محمود الراشد"][0] is None
