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
