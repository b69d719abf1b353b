"""Persons as real reports write them: foreign names that fold like the article, surnames
alone after an office, a country name as a surname, common nouns after an office, and the
side a delegation's name gives."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {e.name: (e.country, e.titles) for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"}


def test_a_hamza_under_alef_is_no_article_so_the_name_is_foreign():
    got = people("وترأس الجلسة مساعد وزير الخارجية لشؤون الطاقة إلدون غرينبرغ رئاسة مشتركة.")
    assert list(got) == ["إلدون غرينبرغ"]
    assert got["إلدون غرينبرغ"][1] == ["مساعد وزير الخارجية لشؤون الطاقة"]


def test_foreign_name_set_off_by_commas_after_an_office():
    got = people("ورافقه نائب مساعد وزير الخارجية لشؤون الخليج، إلينا ألفاريز، في جولته.")
    assert list(got) == ["إلينا ألفاريز"]


def test_a_country_name_closing_a_foreign_name_is_its_surname():
    got = people("وحضر اللقاء المبعوث الخاص لشؤون السلام، توماس مالي.")
    assert list(got) == ["توماس مالي"]


def test_a_foreign_surname_alone_after_an_office():
    got = people("وأشاد البيان بجهود وزير الخزانة بيسنت.")
    assert got == {"بيسنت": (None, ["وزير الخزانة"])}


@pytest.mark.parametrize("text", [
    "وتولى نائب وزير الخارجية رئاسة الجلسة في الجولة الثانية.",
    "وأبدى الأمين العام للمنظمة استعداد الأمانة لدعم الحوار.",
    "وشهد ولي العهد ورئيسة الوزراء توقيع مذكرة تفاهم في الرياض.",
])
def test_common_nouns_after_an_office_are_no_name(text):
    assert people(text) == {}


def test_a_delegation_named_by_its_country_gives_the_side():
    got = people("وترأس وفد الأردن مساعد الأمين العام السفير ماجد القطارنة، فيما ترأس وفد فرنسا مدير الإدارة.")
    assert got["ماجد القطارنة"][0] == "JO"


def test_office_introduced_after_the_name():
    got = people("وقاد الوفد الأمريكي مسعود برادلي، الذي يشغل منصب كبير مستشاري وزير الخارجية.")
    assert got["مسعود برادلي"][1] == ["كبير مستشاري وزير الخارجية"]


def test_writer_alone_on_a_line_before_where_he_writes_from():
    text = "الحوار يدخل جولته الرابعة\nجيمس كارتر\nيكتب من لندن\nعقد البلدان الجولة الرابعة أمس."
    assert list(people(text)) == ["جيمس كارتر"]
    assert list(people("بقلم: سلمى الراشد\nعقد البلدان الجولة الرابعة أمس.")) == ["سلمى الراشد"]


def test_a_name_alone_on_a_line_with_no_byline_cue_is_left():
    assert people("الحوار يدخل جولته الرابعة\nجيمس كارتر\nعقد البلدان الجولة الرابعة أمس.") == {}


def test_a_name_starting_with_hamza_alef_lam_is_foreign_so_of_the_other_side():
    text = "وصل وزير الخارجية الأمريكي إلى قطر. ورافقه مساعد الوزير للشؤون الاقتصادية، إلدون غرينبرغ."
    assert people(text)["إلدون غرينبرغ"][0] == "US"


def test_a_writer_is_of_no_side():
    text = "جيمس كارتر\nيكتب من لندن\nوصل وزير الخارجية الأمريكي إلى قطر."
    assert people(text)["جيمس كارتر"][0] is None


def test_a_second_bism_after_a_spokesman_office_is_his_given_name():
    got = people("وقال الناطق باسم الحكومة الأردنية باسم الطويسي إن الحوار مستمر.")
    assert got == {"باسم الطويسي": ("JO", ["الناطق باسم الحكومة الأردنية"])}
    got = people("وقال المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري إن الجولة انتهت.")
    assert got["ماجد الأنصاري"][1] == ["المتحدث الرسمي باسم وزارة الخارجية القطرية"]


def test_a_spokeswoman_of_the_white_house_is_american():
    got = people("وقالت المتحدثة باسم البيت الأبيض كارين جان بيير إن القمة ناجحة.")
    assert got == {"كارين جان بيير": ("US", ["المتحدثة باسم البيت الأبيض"])}


def test_an_envoy_keeps_where_he_is_sent_in_his_office():
    got = people("وقال المبعوث البريطاني الخاص إلى ليبيا جوناثان باول إن الحوار مفيد.")
    assert got == {"جوناثان باول": ("GB", ["المبعوث البريطاني الخاص إلى ليبيا"])}
    assert people("ووصل المبعوث البريطاني إلى طرابلس أمس.") == {}


@pytest.mark.parametrize("text", ["وصرح وزير الإعلام لاحقاً.", "وحضر سفير الدولة حاليا، ثم غادر."])
def test_an_adverb_after_an_office_is_no_surname(text):
    assert people(text) == {}


@pytest.mark.parametrize("text", [
    "أكد المندوب الدائم لدى الأمم المتحدة عزم القمة على دعم القضية.",
    "وأكد السفير حرص الحكومة على تعزيز العلاقات.",
    "وثمن وزير الخارجية جهد اللجنة في إعداد الاتفاق.",
])
def test_a_noun_and_its_feminine_complement_after_an_office_is_no_name(text):
    assert people(text) == {}
