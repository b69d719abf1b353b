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
