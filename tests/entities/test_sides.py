"""Whose is an official whose title names no country: news writing names the page's own
officials bare and foreign ones with their country, so a known official written bare gives
the page's country, even where another Arab country is named more often."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def countries(text: str) -> dict[str, str | None]:
    return {e.name: e.country for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"}


@pytest.mark.parametrize("text, person, country", [
    ("استقبل وزير الخارجية أيمن الصفدي اليوم وزير الخارجية المصري سامح شكري، وبحث الجانبان دعم مصر "
     "للتهدئة ودور مصر في المنطقة وصادرات مصر. وحضر اللقاء أمين عام الوزارة سليم الحياري.", "سليم الحياري", "JO"),
    ("أكد وزير الخارجية أحمد ناصر المحمد الصباح خلال لقائه السفير العماني لدى البلاد حمد الراشدي عمق "
     "العلاقات مع سلطنة عمان، مشيدا بمواقف عمان. وحضر اللقاء مساعد وزير الخارجية فهد العتيبي.", "فهد العتيبي", "KW"),
    ("استقبل رئيس الوزراء مصطفى مدبولي وفدا من البحرين برئاسة وزير المالية البحريني سلمان بن خليفة، وبحث "
     "معه الاستثمار في البحرين وشركات البحرين. وحضر وزير المالية محمد معيط.", "محمد معيط", "EG"),
])
def test_an_official_written_bare_is_of_the_page_of_a_known_official_written_bare(text, person, country):
    got = countries(text)
    assert got[person] == country


@pytest.mark.parametrize("text, person, country", [
    ("التقى وزير الخارجية الكويتي في الكويت نائب وزير الخارجية الأمريكي، وحضر اللقاء السفير المعين لدى "
     "المغرب حمد الفلاح.", "حمد الفلاح", "KW"),
    ("استقبل رئيس الوزراء القطري في الدوحة وفدا من الولايات المتحدة الأمريكية، وأدى السفير الجديد لدى "
     "تونس جاسم المري اليمين أمام الأمير.", "جاسم المري", "QA"),
    ("بحث وزير الخارجية الأردني في عمان مع السفيرة الأمريكية لدى الأردن العلاقات، ثم استقبل السفير "
     "المعين لدى ليبيا ماجد الزعبي.", "ماجد الزعبي", "JO"),
])
def test_an_envoy_posted_to_a_third_country_is_of_the_page_not_of_the_other_party(text, person, country):
    assert countries(text)[person] == country


@pytest.mark.parametrize("text, person", [
    ("التقى وزير التخطيط محمد السعدي اليوم المدير القطري لبرنامج الأغذية العالمي سامر عبد الجابر.", "محمد السعدي"),
    ("وبحث وزير الصحة خالد المطيري أمس مع المديرة القطرية لمنظمة اليونيسف برامج المنظمة.", "خالد المطيري"),
])
def test_an_agency_s_country_director_names_no_qatari_side(text, person):
    assert countries(text)[person] != "QA"
