"""One person written in Arabic letters in one report and in Latin letters in another (or in two
Latin spellings) is one person; two people who share a first name are not."""
from __future__ import annotations

import pytest

from hiwar.extract.types import LocalEntity
from hiwar.resolve.blocking import KeyBlocks
from hiwar.resolve.crossname import same_name_across
from hiwar.resolve.entities import _Group, _Keys, _person_blocks, _same_person


@pytest.mark.parametrize("arabic, latin", [
    ("نعيم قاسم", "Naim Qassem"),              # ق as q
    ("نعيم قاسم", "Naim Kassem"),              # ق as k, a doubled s
    ("فيصل المقداد", "Faisal Mekdad"),         # ق as k, the article unsaid
    ("فيصل المقداد", "Faisal Al-Miqdad"),
    ("سامح شكري", "Sameh Shoukry"),
    ("سامح شكري", "Sameh Shukri"),
    ("أيمن الصفدي", "Ayman Safadi"),
    ("ناصر بوريطة", "Nasser Bourita"),
    ("حسين أمير عبد اللهيان", "Hossein Amir-Abdollahian"),  # a hyphen joins two names
    ("حسين أمير عبد اللهيان", "Hossein Amir Abdollahian"),
    ("مصطفى الكاظمي", "Mustafa al-Kadhimi"),  # ظ as dh
    ("جمال نجيب", "Gamal Naguib"),              # ج as g
    ("وليد الخريجي", "Waleed Elkhereiji"),      # the article glued to the name
    ("عبد الفتاح البرهان", "Abdel Fattah al-Burhan"),  # a compound cut in two
    ("يوسف الشاهد", "Youssef Chahed"),         # French spelling: ش as ch
    ("عبد المجيد تبون", "Abdelmadjid Tebboune"),  # ج as dj
    ("عبد اللطيف وهبي", "Abdellatif Ouahbi"),  # و opening a word as ou
])
def test_one_person_across_scripts(arabic: str, latin: str):
    assert same_name_across(arabic, latin)


@pytest.mark.parametrize("x, y", [
    ("Faisal Mekdad", "Faisal Mikdad"),
    ("Qassem Soleimani", "Kasem Soleimani"),
    ("Abdullah Bou Habib", "Abdallah Bou Habib"),
])
def test_one_person_in_two_latin_spellings(x: str, y: str):
    assert same_name_across(x, y)


@pytest.mark.parametrize("x, y", [
    ("فيصل بن فرحان", "Farhan bin Faisal"),      # father and son
    ("فيصل بن فرحان", "Faisal Mekdad"),          # a first name shared
    ("محمد بن زايد", "Mohammed bin Salman"),
    ("عبد الله بن زايد آل نهيان", "Abdullah bin Hamad Al Nahyan"),  # same family, another father
    ("نعيم قاسم", "Naim Kassab"),
    ("جمال نجيب", "Gamal Nasser"),
])
def test_two_people_stay_two(x: str, y: str):
    assert not same_name_across(x, y)


def test_two_latin_spellings_of_one_name_meet_in_resolution():
    """A Latin name is compared with every Latin name, not only those whose first word's key agrees."""
    first = _Group("a", LocalEntity("p1", "person", "فيصل المقداد", ["Faisal Mekdad"], country="SY"))
    other = LocalEntity("p2", "person", "Faisal Mikdad", [], country="SY")
    blocks, known = KeyBlocks(), _Keys()
    blocks.add(first, first.blocks())
    new = _Group("b", other)
    candidates = list(blocks.candidates(_person_blocks(other, new, known)))
    assert any(c is first for c in candidates) and _same_person(first, new)
