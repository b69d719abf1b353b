"""Where a name ends when a phrase or an adverb follows it, the family name after a father's
name, lists of envoys joined by "و", non-resident ambassadors and the state's noun before the
country they are posted to."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities
from hiwar.text.doc import Doc


def persons(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {e.name: (e.country, e.titles) for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"}


@pytest.mark.parametrize("text, name", [
    ("وزار الوفد رئيس البرلمان نبيل حداد للتباحث في ملف الحدود.", "نبيل حداد"),
    ("وأشاد بالخطوات التي اتخذها الرئيس سليم منصور مؤخرا.", "سليم منصور"),
    ("والتقى الأمين العام عادل كريم حاليا بالمسؤولين في المدينة.", "عادل كريم"),
])
def test_a_phrase_or_an_adverb_after_a_name_is_not_its_family_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, name", [
    ("وحضر اللقاء سفير المملكة لدى الأردن ناصر بن سعد خلفا.", "ناصر بن سعد خلفا"),
    ("وكان في استقباله نائب المحافظ الشيخ حمد بن علي شطا وعضو المجلس البلدي سالم الراشد.", "حمد بن علي شطا"),
])
def test_after_a_father_s_name_a_word_closing_the_name_is_the_family_name(text, name):
    assert name in persons(text)


def test_names_listed_with_waw_after_a_semicolon_leave_the_waw_out():
    got = persons("وتسلم الوزير أوراق اعتماد كل سفير: ميلان دراغو، سفير غير مقيم لجمهورية كرواتيا لدى الكويت؛ "
                  "وأنيتا بوريس، سفيرة غير مقيمة لجمهورية سلوفينيا لدى الكويت.")
    assert got["ميلان دراغو"] == ("HR", ["سفير غير مقيم لجمهورية كرواتيا لدى الكويت"])
    assert "وأنيتا بوريس" not in got


def test_an_ambassador_posted_to_a_republic_is_of_the_page_s_side():
    got = persons("وحضر توقيع المذكرة في الرياض السفير غير المقيم لدى جمهورية بنما سعود بن فهد العتيبي "
                  "ووزير التجارة البنمي كارلوس أوريغو.")
    assert got["سعود بن فهد العتيبي"] == ("SA", ["السفير غير المقيم لدى جمهورية بنما"])


def test_a_preposition_with_the_article_opens_no_name():
    got = persons("ورحب السيد الوزير بالضيوف الكرام في مقر الوزارة.")
    assert got == {}


def test_a_known_body_whose_name_is_a_given_name_stays_in_the_office():
    got = persons("واستقبل الأمين العام لمنظمة بدر سالم الكعبي وفدا من وجهاء العشائر.")
    assert got == {"سالم الكعبي": ("IQ", ["الأمين العام لمنظمة بدر"])}


@pytest.mark.parametrize("text, name, country", [
    ("وقال نائب الأمين العام لحزب الله وليد عساف في كلمة إن المقاومة باقية.", "وليد عساف", "LB"),
    ("وغادر عضو المكتب السياسي لحركة حماس سامر عودة إلى الدوحة.", "سامر عودة", "PS"),
])
def test_an_office_in_a_known_body_takes_the_body_s_country(text, name, country):
    assert persons(text)[name][0] == country


def test_a_charge_d_affaires_in_a_named_state_is_posted_there():
    got = persons("والتقى وزير الخارجية الكويتي سالم عبدالله الجابر الصباح في الرياض القائم بأعمال السفارة "
                  "في مملكة البحرين فهد العنزي.")
    assert got["فهد العنزي"][0] == "KW"


def test_a_palestinian_official_keeps_his_side_on_a_page_about_another_state():
    got = persons("وصل وزير خارجية سلطنة عمان إلى رام الله في زيارة لسلطنة عمان ثم عاد إلى عمان، "
                  "وكان في استقباله وزير الخارجية والمغتربين رياض المالكي ومستشار الرئيس سعيد حمدان.")
    assert got["رياض المالكي"][0] == "PS"


def test_an_envoy_received_right_after_the_host_s_office_is_another_person():
    got = persons("واستقبل مساعد وزير الخارجية سفير جمهورية البرتغال، جواو مارتينز، الذي قدم نسخة من أوراق اعتماده.")
    assert got["جواو مارتينز"] == ("PT", ["سفير جمهورية البرتغال"])


def test_his_country_after_an_office_opens_no_name():
    got = persons("وأكد نائب الوزير ومبعوث بلاده الخاص للسلام، وانغ لي، استعداد الصين للمساعدة.")
    assert not any(name.startswith("بلاده") for name in got)


def test_a_maghreb_given_name_with_the_article_set_off_after_an_office():
    got = persons("واستقبل الرئيس وزير الداخلية التونسي، الهادي بن سالم، بقصر قرطاج.")
    assert got["الهادي بن سالم"] == ("TN", ["وزير الداخلية التونسي"])


def test_members_listed_after_wa_udwiya_with_a_rank():
    got = persons("ويصل غدا وفد برئاسة نائب رئيس الحزب كمال ياسين وعضوية د. سمير الخطيب وعزت النجار.")
    assert {"كمال ياسين", "سمير الخطيب", "عزت النجار"} <= set(got)


def test_a_consul_general_with_his_country_between_head_and_qualifier():
    got = persons("وبحث رئيس البلدية في مكتبه مع القنصل الإيطالي العام في القدس ماركو بيانكي، سبل التعاون.")
    assert got["ماركو بيانكي"] == ("IT", ["القنصل الإيطالي العام في القدس"])


def test_a_relative_pronoun_closes_a_name_of_two_unknown_words():
    got = persons("وتباحث الوزير مع وزيرة خارجية كرواتيا السيدة تاتيانا كوفاتش التي تزور البلاد.")
    assert got["تاتيانا كوفاتش"] == ("HR", ["وزيرة خارجية كرواتيا"])


def bodies(text: str) -> list[str]:
    return [e.name for e in extract_entities(Doc(text, "t"))[0] if e.kind == "organization"]


def test_a_phrase_with_bi_and_the_article_ends_a_body_s_name():
    got = bodies("وجدد الوزير التزام القيادة العراقية بالانفتاح على جيرانها.")
    assert not any("بالانفتاح" in name for name in got)


def test_and_also_is_no_part_of_a_body_s_name():
    got = bodies("وتقرر دمج 12 هيئة وكذلك إلغاء بعض الدوائر الحكومية.")
    assert not any("وكذلك" in name for name in got)


def test_a_kunya_opens_a_name_after_a_rank():
    got = persons("واستقبل الدكتور أبو بكر سالم الشامي وزير الخارجية اليمني وفدا أوروبيا.")
    assert got["أبو بكر سالم الشامي"] == ("YE", ["وزير الخارجية اليمني"])


def test_a_coalition_s_name_stays_in_its_leader_s_office():
    got = persons("وحضر الحفل رئيس ائتلاف النصر الوطني السيد كريم جواد وعدد من النواب.")
    assert got == {"كريم جواد": (None, ["رئيس ائتلاف النصر الوطني"])}


def test_a_feminine_plural_after_an_office_is_the_verb_s_object():
    got = persons("وناقش الوزير مع السفير الياباني مستجدات الأوضاع في المنطقة.")
    assert got == {}


def test_a_personal_envoy_s_office_is_one_title():
    got = persons("واستقبل الوزير السيد كمال منصور، المبعوث الشخصي للأمين العام للأمم المتحدة، بمقر الوزارة.")
    assert got["كمال منصور"] == (None, ["المبعوث الشخصي للأمين العام للأمم المتحدة"])


def test_three_foreign_words_set_off_by_commas_after_an_office():
    got = persons("وتسلم الرئيس أوراق اعتماد سفير البرازيل، ريكاردو بيريرا سانتوس، وسفير تشيلي.")
    assert got == {"ريكاردو بيريرا سانتوس": ("BR", ["سفير البرازيل"])}


def test_the_united_nations_is_no_side_of_a_page():
    got = persons("وجددت الوزارة دعمها لجهود الأمم المتحدة، وقال الباحث ماركوس ديلان إن الحل ممكن.")
    assert got["ماركوس ديلان"][0] is None


def test_a_foreign_surname_shaped_like_a_verbal_noun_is_still_a_name():
    got = persons("والتقت الوزيرة المبعوثة الخاصة للأمين العام للأمم المتحدة، هيلين تيتيه، في مقر الوزارة.")
    assert "هيلين تيتيه" in got


def test_an_office_naming_back_a_movement_by_its_noun_takes_its_country():
    got = persons("وصل وفد من حركة حماس إلى القاهرة المصرية، وترأس الوفد عضو المكتب السياسي للحركة "
                  "ماهر سليم في لقاءاته مع المسؤولين المصريين.")
    assert got["ماهر سليم"] == ("PS", ["عضو المكتب السياسي للحركة"])


def test_an_errand_after_an_office_is_no_part_of_it():
    got = persons("وقال إنها دعوة من صديقه الشيخ خالد بن سعد العمر رئيس مجلس الشيوخ لزيارة البلاد.")
    assert got["خالد بن سعد العمر"][1] == ["رئيس مجلس الشيوخ"]


def test_an_office_after_a_preposition_is_not_the_name_s_own():
    got = persons("ورحب الشيخ خالد بن سلمان آل خليفة، وكيل وزارة الخارجية، بسفير جمهورية كوريا لدى المملكة.")
    assert got["خالد بن سلمان آل خليفة"][1] == ["وكيل وزارة الخارجية"]


def test_a_regnal_number_does_not_make_a_foreign_name_arab():
    got = persons("وأشاد أمير قطر بالزيارة التي أجراها بدعوة من الملك فيليب الثاني إلى المملكة المتحدة.")
    assert got["فيليب الثاني"][0] != "QA"


def test_a_foreign_name_s_third_word_before_a_new_clause():
    got = persons("والتقى الوزير السفير الأمريكي لدى الكويت جون مايكل هارتلي وبحث معه العلاقات.")
    assert "جون مايكل هارتلي" in got


def test_a_posted_office_with_the_article_after_a_bare_rank_is_the_one_received():
    got = persons("والتقى المحافظ القنصل الإيطالي العام في القدس ماركو بيانكي، وبحثا سبل التعاون.")
    assert got == {"ماركو بيانكي": ("IT", ["القنصل الإيطالي العام في القدس"])}


def test_an_unknown_name_after_an_honorific_set_off_before_its_office():
    got = persons("كما التقى الوزير السيد أبشر حاجي نور، وزير الخارجية الصومالي، على هامش الاجتماع.")
    assert got["أبشر حاجي نور"] == ("SO", ["وزير الخارجية الصومالي"])


def test_sudan_is_an_arab_side():
    got = persons("استقبل رئيس الوزراء في الخرطوم وزير الخارجية السفير محي الدين عثمان وبحثا أوضاع السودان "
                  "مع السفير البريطاني لدى السودان روبرت فيرويذر.")
    assert got["محي الدين عثمان"][0] == "SD"


def test_a_senate_s_head_takes_no_country_from_another_state_s_senate():
    got = persons("وصل إلى الرباط المستشار سامي عبد الحليم رئيس مجلس الشيوخ المصري والوفد المرافق له.")
    assert got["سامي عبد الحليم"][0] == "EG"


@pytest.mark.parametrize("text", [
    "تلبية للدعوة التي وجهها السيد كمال زيدان رئيس المجلس لحضور أعمال المؤتمر.",
    "وكان في استقبال رئيس المجلس بمطار مراكش عدد من المسؤولين.",
])
def test_an_errand_or_a_place_with_a_preposition_opens_no_name(text):
    assert not any(name.startswith(("لحضور", "بمطار")) for name in persons(text))


def test_a_given_name_opening_an_office_after_a_full_name_is_the_office():
    got = persons("ويضم الوفد المستشار محمود سالم أمين عام مجلس النواب.")
    assert got["محمود سالم"][1] == ["أمين عام مجلس النواب"]


def test_turki_before_bin_is_a_given_name_not_turkish():
    got = persons("ووقع عن الجانب السعودي الرئيس التنفيذي لدارة الملك عبدالعزيز، تركي بن ناصر الحربي، والوزير.")
    assert got["تركي بن ناصر الحربي"] == ("SA", ["الرئيس التنفيذي لدارة الملك عبدالعزيز"])


def test_two_members_under_an_office_in_the_dual():
    got = persons("واستقبل رئيس البرلمان عضوي مجلس الأمة سالم بن علي الهاجري، وفهد بن سعد المطيري.")
    assert {"سالم بن علي الهاجري", "فهد بن سعد المطيري"} <= set(got)


def test_a_company_s_chief_executive_officer():
    got = persons("ووقع الاتفاقية عن الشركة رئيسها وكبير إدارييها التنفيذيين، م. خالد العمري، في الرياض.")
    assert got["خالد العمري"][1] == ["كبير إدارييها التنفيذيين"]


def test_the_officials_receiving_a_visitor_are_of_the_country_he_arrived_in():
    got = persons("وصل وزير الخارجية العماني إلى الرياض اليوم في زيارة رسمية. وكان في استقباله لدى وصوله "
                  "نائب وزير الخارجية ماجد بن سعد القحطاني.")
    assert got["ماجد بن سعد القحطاني"][0] == "SA"
