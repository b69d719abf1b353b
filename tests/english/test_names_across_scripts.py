"""One person written in Arabic letters in one report and in Latin letters in another (or in two
Latin spellings) is one person; two people who share a first name are not."""
from __future__ import annotations

import pytest

from hiwar.build import build_record
from hiwar.extract.english.entities import extract_english_entities
from hiwar.extract.types import LocalEntity
from hiwar.pipeline import SourceDoc
from hiwar.resolve.blocking import KeyBlocks
from hiwar.resolve.crossname import same_body_across, same_name_across
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
    # foreign names: the nearest Arabic letter for a sound Arabic lacks
    ("فلاديمير بوتين", "Vladimir Putin"),      # v as ف, p as ب
    ("بيوش غويال", "Piyush Goyal"),            # g as غ
    ("سيرجي لافروف", "Sergei Lavrov"),         # g as ج
    ("إيمانويل ماكرون", "Emmanuel Macron"),    # a hard c as ك
    ("ديفيد سيسيلين", "David Cicilline"),      # a soft c as س
    ("فيليب لازاريني", "Philippe Lazzarini"),  # ph as ف
    ("كاترين كولونا", "Catherine Colonna"),    # th as ت
    ("جيمز كليفرلي", "James Cleverly"),        # a final s as ز
    ("ريكس تيلرسون", "Rex Tillerson"),         # x as كس
    ("تشارلز ميشيل", "Charles Michel"),        # ch as تش
    ("عزيز أخنوش", "Aziz Akhannouch"),         # a final French ch as ش
    ("محمد ولد الغزواني", "Mohamed Ould Ghazouani"),  # "ولد" (son of) a link, like "بن"
    # the family left out after the fathers' names
    ("هيثم بن طارق", "Haitham bin Tariq Al Said"),
    ("فهد بن محمود آل سعيد", "Fahd bin Mahmoud"),
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
    ("محمد بن زايد", "Mohammed bin Salman Al Saud"),  # a family left out, another father
    ("عبد الله بن زايد", "Abdullah Al Nahyan"),        # no chain of fathers' names: the family differs
    ("بيوش غويال", "Piyush Patel"),
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


def _english_persons(text: str) -> dict[str, LocalEntity]:
    entities, _ = extract_english_entities(text, [(0, len(text))])
    return {e.name: e for e in entities if e.kind == "person"}


def test_a_fathers_name_alone_names_no_official():
    """"Haitham bin Tarik" ends on his father's name: a titled "Tarik" alone is someone else."""
    found = _english_persons("The Omani delegation was led by Deputy Minister Tarik, who spoke to reporters in Muscat.")
    assert all(e.gazetteer_id != "haitham" for e in found.values())
    found = _english_persons("Sultan Haitham bin Tarik received the visiting delegation in Muscat on Monday.")
    assert [e.gazetteer_id for e in found.values()] == ["haitham"]


def test_turkey_is_a_country_not_a_person():
    found = _english_persons("Ministers of the six Gulf states and Turkey met in Doha, where Turkey announced a fund.")
    assert not found


def test_one_meeting_in_both_languages_with_a_british_minister():
    """The Arabic report gives the United Kingdom's full style (with Northern Ireland: no Irish side)
    and the minister's name in Arabic letters; the English one his courtesy "Rt Hon": one person, one
    session of one dialogue."""
    arabic = ("الكويت - 4 - 2 (كونا) -- عقدت في الكويت اليوم الجولة الثالثة للحوار الاستراتيجي بين دولة الكويت "
              "والمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية برئاسة وزير الخارجية الشيخ سالم عبدالله الجابر "
              "الصباح ووزير الخارجية البريطاني جيمز كليفرلي.")
    english = ("The Rt Hon James Cleverly MP, the UK Foreign Secretary, and Sheikh Salem Abdullah Al-Jaber Al-Sabah, "
               "Kuwait's top diplomat, held the third round of the Kuwait-UK Strategic Dialogue in Kuwait on "
               "4 February 2024.")
    record = build_record([SourceDoc("ar1", arabic, published="2024-02-04", language="ar"),
                           SourceDoc("en1", english, published="2024-02-04", language="en")])
    cleverly = [p for p in record.persons if "James Cleverly" in [p.name, *p.aliases]]
    assert len(cleverly) == 1 and "جيمز كليفرلي" in [cleverly[0].name, *cleverly[0].aliases]
    sessions = [e for e in record.events if e.type == "round_session"]
    assert len(sessions) == 1 and sessions[0].dialogue == "GB-KW" and set(sessions[0].documents) == {"ar1", "en1"}


def test_an_initial_alone_is_no_name():
    """"X." (the platform) reads like an initial: a run of initials and particles alone names no one."""
    found = _english_persons('"Both sides agreed to meet again," Foreign Ministry Spokesman Esmail Baghaei wrote '
                             "in a message on X.")
    assert list(found) == ["Esmail Baghaei"]


@pytest.mark.parametrize("latin, arabic", [
    ("Reserve Bank of India", "بنك الاحتياطي الهندي"),        # two words: one country's body
    ("Central Bank of the UAE", "مصرف الإمارات العربية المتحدة المركزي"),  # "bank" as مصرف, "UAE" a country
    ("Oman News Agency", "وكالة الأنباء العمانية"),
])
def test_one_countrys_body_across_scripts(latin: str, arabic: str):
    assert same_body_across(latin, arabic, one_country=True)


def test_two_words_name_no_body_of_unknown_country():
    assert not same_body_across("Reserve Bank of India", "بنك الاحتياطي الهندي")
    assert not same_body_across("Central Bank of Oman", "بنك التنمية العماني", one_country=True)


def test_central_banks_in_both_languages_are_one_body_each():
    arabic = ("أبوظبي في 5 مايو - وقع بنك الاحتياطي الهندي اليوم مع مصرف الإمارات العربية المتحدة المركزي مذكرة "
              "تفاهم لربط نظامي الدفع في البلدين.")
    english = ("ABU DHABI, May 5: The Central Bank of the UAE and the Reserve Bank of India today signed a memorandum "
               "of understanding to link the payment systems of the two countries.")
    record = build_record([SourceDoc("ar2", arabic, published="2025-05-05", language="ar"),
                           SourceDoc("en2", english, published="2025-05-05", language="en")])
    banks = {o.country: o for o in record.organizations if "بنك" in o.name or "مصرف" in o.name}
    assert set(banks) == {"AE", "IN"} and all(o.documents == ["ar2", "en2"] for o in banks.values())


def test_the_cooperation_council_alone_is_the_gcc_in_both_languages():
    arabic = ("الرياض في 2 مارس - بحث الأمين العام لمجلس التعاون مع وزير الخارجية التركي العلاقات بين مجلس "
              "التعاون وتركيا.")
    english = ("RIYADH, March 2: The Cooperation Council and Turkey reviewed their joint action plan when the "
               "Secretary General met the Turkish foreign minister.")
    record = build_record([SourceDoc("ar3", arabic, published="2025-03-02", language="ar"),
                           SourceDoc("en3", english, published="2025-03-02", language="en")])
    councils = [o for o in record.organizations if "Cooperation Council" in [o.name, *o.aliases]]
    assert len(councils) == 1 and councils[0].documents == ["ar3", "en3"]
