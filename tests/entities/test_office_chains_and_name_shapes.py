"""Offices and names as Arabic news writes them about officials nobody listed: offices held in a
body or posted to one, honorifics inside an office's complement, regions an office governs,
family names shaped like offices or nisbas, and words that end a name (an office with its
complement, a verb)."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def entities(text: str):
    return extract_entities(Doc(text, "t"))[0]


def people(text: str) -> dict[str, list[str]]:
    return {e.name: e.titles for e in entities(text) if e.kind == "person"}


def bodies(text: str) -> list[str]:
    return [e.name for e in entities(text) if e.kind == "organization"]


@pytest.mark.parametrize("text, name, title", [
    ("وشارك المندوب الدائم للمملكة لدى منظمة الصحة العالمية نواف سعيد البدري في الجلسة.",
     "نواف سعيد البدري", "المندوب الدائم للمملكة لدى منظمة الصحة العالمية"),
    ("وقادت الوفد مديرة قطاع التمويل الدولي بوزارة المالية هند الشمري.",
     "هند الشمري", "مديرة قطاع التمويل الدولي بوزارة المالية"),
    ("ووقع الاتفاق رئيس صندوق الاستثمارات العامة ماجد الرميح.",
     "ماجد الرميح", "رئيس صندوق الاستثمارات العامة"),
])
def test_an_office_held_in_a_body_keeps_the_body_in_its_title(text, name, title):
    assert people(text)[name] == [title]


def test_a_charge_d_affaires_in_construct_with_the_state():
    got = people("وأكد القائم بأعمال السفارة الكندية في الدوحة مارك توماس أهمية الزيارة.")
    assert got["مارك توماس"] == ["القائم بأعمال السفارة الكندية في الدوحة"]


@pytest.mark.parametrize("text, name, title", [
    ("وحضر اللقاء مستشار سمو وزير الخارجية الدكتور فهد العتيبي.", "فهد العتيبي", "مستشار سمو وزير الخارجية"),
    ("وحضر مدير مكتب صاحب السمو ولي العهد بدر الساعدي المأدبة.", "بدر الساعدي", "مدير مكتب صاحب السمو ولي العهد"),
])
def test_an_honorific_in_an_office_s_complement_belongs_to_the_office(text, name, title):
    assert people(text) == {name: [title]}


def test_a_coordinated_office_after_an_honorific_is_a_new_person():
    got = people("واستقبل سمو ولي العهد الأمير سالم الجابر ووزير المالية حمد الراشد.")
    assert got["حمد الراشد"] == ["وزير المالية"]


@pytest.mark.parametrize("text, name, title", [
    ("واستقبل أمير منطقة القصيم الأمير فيصل بن مشعل في مكتبه أمس السفير.", "فيصل بن مشعل", "أمير منطقة القصيم"),
    ("وشارك محافظ محافظة جدة سعود الزهراني في الافتتاح.", "سعود الزهراني", "محافظ محافظة جدة"),
])
def test_a_city_after_a_region_noun_names_the_region_an_office_governs(text, name, title):
    assert people(text)[name] == [title]


def test_an_office_does_not_take_the_room_where_it_receives():
    got = people("واستقبل أمير المنطقة الشمالية في مكتبه أمس رئيس الغرفة التجارية خالد المري.")
    assert "أمير المنطقة الشمالية" not in " ".join(t for ts in got.values() for t in ts if "مكتب" in t)
    assert got["خالد المري"] == ["رئيس الغرفة التجارية"]


def test_a_posting_to_a_country_that_is_also_a_given_name():
    got = people("وودع وزير الخارجية أمس السفير المعين لدى تشاد ناصر الهاجري.")
    assert got["ناصر الهاجري"] == ["السفير المعين لدى تشاد"]


@pytest.mark.parametrize("text", [
    "وزير الدفاع يبحث التعاون مع نظيره الإيطالي\nبحث نائب رئيس الوزراء وزير الدفاع خالد المطيري اليوم التعاون.",
    "وفي الجلسة الثانية ألقى نائب وزير الخارجية كلمة الوفد.",
])
def test_an_office_with_its_complement_is_no_second_word_of_a_name(text):
    assert all(len(name.split()) >= 2 and "نائب" not in name for name in people(text))


def test_a_verb_in_the_future_ends_a_foreign_name():
    assert list(people("وقال الوزير بيتر هولمز سيزور المنطقة الشهر المقبل.")) == ["بيتر هولمز"]


@pytest.mark.parametrize("text, name", [
    ("وأوضح رئيس اتحاد المصارف العربية محمود الوكيل في بيان أن الاجتماع تأجل.", "محمود الوكيل"),
    ("وقال المتحدث باسم الشركة سامي الوزير، إن العقد وقع.", "سامي الوزير"),
])
def test_an_office_word_alone_closing_a_name_is_its_family_name(text, name):
    assert name in people(text)


def test_a_second_nisba_family_name():
    got = people("وحضر المأدبة وكيل الوزارة الدكتور علي الغامدي القحطاني.")
    assert list(got) == ["علي الغامدي القحطاني"]


def test_a_demonym_after_a_family_name_is_no_second_family_name():
    got = people("والتقى وزير الطاقة سلمان العبدالله الكويتي نظيره.")
    assert "سلمان العبدالله" in got


def test_a_woman_s_foreign_name_ending_in_alef_after_her_honorific():
    got = people("واستقبلت وزيرة الخارجية السيدة ماريا فرنانديز الوفد.")
    assert "ماريا فرنانديز" in got


def test_a_union_is_a_body_and_no_person():
    text = "وقال رئيس اتحاد الغرف الخليجية سمير ناس إن المنتدى ينعقد في مايو."
    assert "اتحاد الغرف الخليجية" in bodies(text)
    assert "اتحاد الغرف" not in people(text)


@pytest.mark.parametrize("text, name", [
    ("وحضر اللقاء م. عادل الزامل مدير المشاريع.", "عادل الزامل"),
    ("وبعث حضرة صاحب السمو أمير البلاد برقية.", None),
])
def test_honorifics_of_engineers_and_rulers(text, name):
    got = people(text)
    assert (name in got) if name else all("حضرة" not in n for n in got)


def test_an_honorific_after_an_unlisted_state_is_not_its_name():
    got = people("ووقع الاتفاق رئيس وزراء جمهورية فانواتو السيد بوب لوغمان.")
    assert list(got.values()) == [["رئيس وزراء جمهورية فانواتو"]]


def test_a_coordinated_rank_then_the_office_after_the_name():
    got = people("وترأس الجانبين السفير سامي عمر نائب وزير الخارجية، والسفير كمال أوزتورك نائب وزير الخارجية التركي.")
    assert got["كمال أوزتورك"] == ["نائب وزير الخارجية التركي"]


def test_a_third_word_between_a_rank_and_an_office_is_the_name_s():
    got = people("وبدأت المشاورات برئاسة السفير رامي سند كوستا نائب وزير الخارجية.")
    assert got == {"رامي سند كوستا": ["نائب وزير الخارجية"]}


@pytest.mark.parametrize("text, body", [
    ("وحضر وكيل وزارة الشؤون البلدية والقروية لشؤون التخطيط سعد الدوسري.", "وزارة الشؤون البلدية والقروية"),
    ("وترأس الجانب وكيل محافظ الهيئة العامة للاستثمار للعلاقات الخارجية بندر العنزي.", "الهيئة العامة للاستثمار"),
])
def test_the_field_of_an_office_is_not_part_of_the_body_it_is_held_in(text, body):
    assert bodies(text) == [body]


def test_a_body_keeps_its_own_field_outside_an_office():
    assert bodies("وأصدر المجلس الأعلى لشؤون الأسرة تقريره.") == ["المجلس الأعلى لشؤون الأسرة"]


def test_a_two_word_short_form_after_the_full_name_is_the_same_body():
    text = "وقدم المصرف العربي للتنمية قرضا للمشروع، وقال المصرف العربي إن القرض يسدد على عشرين عاما."
    found = [e for e in entities(text) if e.kind == "organization"]
    assert len(found) == 1 and found[0].name == "المصرف العربي للتنمية"


def test_a_foreign_family_name_under_a_hamza_is_no_article():
    got = people("والتقى وزير خارجية البرتغال باولو مانويل ألميدا، على هامش الاجتماع.")
    assert "باولو مانويل ألميدا" in got


def test_an_honorific_behind_a_preposition_opens_no_name():
    got = people("ووقعت المذكرة شركة النخيل ممثلة برجل الأعمال فهد السبيعي رئيس مجلس الإدارة.")
    assert all("رجل" not in name for name in got)


def test_and_madam_ends_the_office_before_it():
    got = people("بحضور السيد بيتر لانغ، الممثل المقيم للأمم المتحدة والسيدة سلوى حداد مديرة المكتب.")
    assert got["بيتر لانغ"] == ["الممثل المقيم للأمم المتحدة"]
    assert "سلوى حداد" in got


def test_a_city_right_before_the_name_is_where_the_office_sits():
    got = people("والتقى وزير العمل أمس المدير الإقليمي لمنظمة العمل الدولية ببيروت رامي خليل لمناقشة البرامج.")
    assert got["رامي خليل"] == ["المدير الإقليمي لمنظمة العمل الدولية ببيروت"]


def test_ould_links_a_name_as_bin_does():
    assert "سيدي ولد محمد الأمين" in people("وأكد السفير سيدي ولد محمد الأمين أهمية الزيارة.")


def test_a_whole_head_then_a_second_office_are_two_titles():
    got = people("واستقبل الأمير نايف بن سعد ولي العهد وزير الداخلية، الوفد.")
    assert got["نايف بن سعد"] == ["ولي العهد", "وزير الداخلية"]


@pytest.mark.parametrize("text, name, title", [
    ("وحضر الافتتاح كاتب الدولة الفرنسي للتجارة جان بيير لوران.", "جان بيير لوران", "كاتب الدولة الفرنسي للتجارة"),
    ("وقالت مديرة برنامج الأغذية العالمي سارة مور إن المساعدات وصلت.", "سارة مور", "مديرة برنامج الأغذية العالمي"),
])
def test_offices_of_secretaries_of_state_and_programmes(text, name, title):
    assert people(text)[name] == [title]


def test_a_name_in_quotation_marks_after_an_office():
    got = people('واستقبل الرئيس وزير الطاقة الكندي «مارك ديلون» والوفد المرافق له.')
    assert got["مارك ديلون"] == ["وزير الطاقة الكندي"]


def test_a_foreign_body_name_in_an_office():
    got = people("ووقع الاتفاقية رئيس جامعة كوبنهاغن، الدكتور هانز نيلسن، في الرياض.")
    assert got["هانز نيلسن"] == ["رئيس جامعة كوبنهاغن"]


def test_a_body_without_the_country_adjective_that_named_it_is_the_same_body():
    text = "ووقعت شركة ستاتكرافت النرويجية عقدا جديدا، وقالت شركة ستاتكرافت إن المشروع يبدأ العام المقبل."
    found = [e for e in entities(text) if e.kind == "organization"]
    assert len(found) == 1 and found[0].country == "NO"


def test_a_country_adjective_of_a_smaller_state_gives_the_side():
    found = {e.name: e.country for e in entities("وأكد وزير الخارجية الأوغندي جون موليمبا أهمية الشراكة.")}
    assert found["جون موليمبا"] == "UG"


@pytest.mark.parametrize("text, name", [
    ("وقدمت الممثلة المقيمة لمنظمة اليونيسف في الأردن رزان الحمود أوراق اعتمادها.", "رزان الحمود"),
    ("والتقى الوزير أمس فدوى كريم، مديرة الإدارة الأوروبية، لبحث الملف.", "فدوى كريم"),
])
def test_women_s_given_names_that_end_in_ta_marbuta_or_not(text, name):
    assert name in people(text)


def test_an_office_that_is_also_a_rank_inside_a_coordination_of_offices():
    got = people("ورأس الاجتماع نائب رئيس الوزراء المستشار والمبعوث الخاص للرئيس الدكتور سليم العمري أمس.")
    assert got["سليم العمري"] == ["نائب رئيس الوزراء", "المستشار", "المبعوث الخاص للرئيس"]


def test_a_diplomatic_rank_between_the_office_and_the_name():
    got = people("وحضر اللقاء مدير إدارة الشؤون الآسيوية الوزير المفوض بدر الهاجري.")
    assert got["بدر الهاجري"] == ["مدير إدارة الشؤون الآسيوية"]


@pytest.mark.parametrize("text, name, title", [
    ("وحضر وزير قطاع الأعمال العام د. سامي الجمال الاجتماع.", "سامي الجمال", "وزير قطاع الأعمال العام"),
    ("وشارك المدير العام للأمن العام اللواء ماهر الزين في اللقاء.", "ماهر الزين", "المدير العام للأمن العام"),
])
def test_general_after_a_noun_in_an_office_is_its_adjective(text, name, title):
    assert people(text)[name] == [title]


def test_the_year_after_an_office_is_not_part_of_it():
    got = people("وكان وزير الخارجية العام الماضي حسن الكعبي قد زار واشنطن.")
    assert all("العام" not in t for ts in got.values() for t in ts)


def test_a_given_name_shaped_like_an_office_before_bin():
    got = people("وحضر الاستقبال وزير الدولة الدكتور مساعد بن فهد القحطاني.")
    assert got == {"مساعد بن فهد القحطاني": ["وزير الدولة"]}


def test_a_compound_given_name_with_al_din_then_the_family_name():
    assert "نور الدين حمدان" in people("وقال وزير الزراعة نور الدين حمدان إن الموسم جيد.")


def test_an_initial_inside_a_foreign_name_after_an_office():
    assert "تيبور ر. كولنز" in people("واستضاف القنصل العام تيبور ر. كولنز، عددا من المسؤولين.")


def test_a_branch_of_a_ministry_in_an_office():
    got = people("وحضر مدير فرع وزارة الخارجية بالمنطقة الشرقية السفير سعد العتيبي.")
    assert got["سعد العتيبي"] == ["مدير فرع وزارة الخارجية بالمنطقة الشرقية"]


def test_a_lebanese_general_s_rank_is_no_part_of_the_office():
    got = people("واستقبل رئيس الجمهورية العماد جوزيف سلامة الوفد.")
    assert got["جوزيف سلامة"] == ["رئيس الجمهورية"]
