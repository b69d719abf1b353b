"""Persons and bodies as reports on other dialogues write them (Bahrain–UK, Oman–US, Jordan–EU,
Kuwait–China, Saudi–France, Qatar–Turkey): names no lexicon lists, offices after the name,
bodies named by a country or by an acronym, and lines that point at other stories."""
from __future__ import annotations

import pytest

from hiwar.extract.entities import extract_entities, name_tokens, names_compatible
from hiwar.extract.places import find_places
from hiwar.text.doc import Doc


def people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {e.name: (e.country, e.titles) for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"}


def bodies(text: str) -> dict[str, tuple[str | None, str]]:
    return {e.name: (e.country, e.org_kind) for e in extract_entities(Doc(text, "t"))[0]
            if e.kind == "organization"}


# ---------------------------------------------------------------- persons
def test_unknown_foreign_name_after_an_office_ends_where_the_speech_starts():
    got = people("وقال السفير البريطاني لدى البحرين روديريك دراموند إن بلاده تدعم الحوار.")
    assert got == {"روديريك دراموند": ("GB", ["السفير البريطاني لدى البحرين"])}


def test_unknown_name_vouched_for_by_a_comma_and_an_office():
    got = people("وأوضح ستيفن هيكي، المدير السياسي في وزارة الخارجية البريطانية، أن الجولة تناولت الأمن.")
    assert got["ستيفن هيكي"][0] == "GB"
    got = people("وقال لوران بيلي، سفير فرنسا لدى المملكة، إن الزيارة ناجحة.")
    assert got == {"لوران بيلي": ("FR", ["سفير فرنسا لدى المملكة"])}


@pytest.mark.parametrize("text", [
    "وأكد السفير الأمريكي دعم بلاده في مواجهة التحديات.",
    "وأجرى وزير الخارجية اتصالا هاتفيا اليوم مع نظيره البريطاني.",
    "وعقد الوزير لقاءات ثنائية خلال الزيارة.",
    "وسلم السفير أوراق اعتماده إلى أمير البلاد.",
    "وفي ختام الزيارة، وزير الخارجية الكويتي يعود إلى البلاد.",
    "وقدم الوزير شكره، مؤكدا أن العلاقات متينة.",
])
def test_words_after_an_office_that_are_no_name(text):
    assert people(text) == {}


def test_office_after_the_name_stops_before_the_next_persons_side():
    got = people("والتقت السيدة كاترين كولونا وزيرة أوروبا والشؤون الخارجية الفرنسية نظيرها السعودي.")
    assert got == {"كاترين كولونا": ("FR", ["وزيرة أوروبا والشؤون الخارجية الفرنسية"])}


def test_special_envoy_keeps_its_qualifier():
    got = people("وصرح المبعوث الأمريكي الخاص تيموثي ليندركينغ بأن المباحثات بناءة.")
    assert got == {"تيموثي ليندركينغ": ("US", ["المبعوث الأمريكي الخاص"])}


@pytest.mark.parametrize("text, name", [
    ("وقال هاكان فيدان وزير الخارجية التركي إن أنقرة والدوحة تعملان معا.", "هاكان فيدان"),
    ("وأعلن وانغ يي عضو المكتب السياسي ووزير الخارجية الصيني أن الجانبين اتفقا.", "وانغ يي"),
    ("وقالت أورسولا فون دير لاين رئيسة المفوضية الأوروبية إن الشراكة مع الأردن مهمة.", "أورسولا فون دير لاين"),
    ("وأوضح البيان أن الوزير جان نويل بارو سيزور الرياض.", "جان نويل بارو"),
    ("والتقى الرئيس رجب طيب أردوغان وصاحب السمو الشيخ تميم بن حمد آل ثاني.", "رجب طيب أردوغان"),
])
def test_foreign_given_names_family_first_names_and_particles(text, name):
    assert name in people(text)


def test_unknown_first_name_before_known_names_and_the_first_name_after_an_honorific():
    text = ("استقبل نائب وزير الخارجية الكويتي الشيخ جراح جابر الأحمد الصباح نائب وزير الخارجية الصيني "
            "دنغ لي. وقال الشيخ جراح إن الكويت تتطلع إلى تعزيز الشراكة.")
    [jarrah] = [e for e in extract_entities(Doc(text, "t"))[0] if e.name == "جراح جابر الأحمد الصباح"]
    assert jarrah.country == "KW" and "جراح" in jarrah.aliases


def test_particles_do_not_link_to_a_surname_once_vowels_are_dropped():
    text = ("وشارك المستشار الدبلوماسي إيمانويل بون. وعقد لقاء بين الجانبين، حيث التقى "
            "مدير إدارة آسيا السفير سميح حيات.")
    assert all(not aliases for aliases in
               (e.aliases for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"))


# ---------------------------------------------------------------- organizations
@pytest.mark.parametrize("text, name, country, kind", [
    ("ووقعت غرفة تجارة وصناعة البحرين مذكرة تفاهم.", "غرفة تجارة وصناعة البحرين", "BH", "other"),
    ("وشارك ممثلون عن هيئة البحرين للثقافة والآثار.", "هيئة البحرين للثقافة والآثار", "BH", "agency"),
    ("وشارك بنك قطر الوطني في المنتدى.", "بنك قطر الوطني", "QA", "other"),
    ("وحضر ممثلو البنك المركزي العماني.", "البنك المركزي العماني", "OM", "other"),
    ("ووقعت الوزارة اتفاقا مع الوكالة الفرنسية لتطوير العلا.", "الوكالة الفرنسية لتطوير العلا", "FR", "agency"),
    ("وأعلنت شراكة مع شركة توتال إنرجيز الفرنسية.", "شركة توتال إنرجيز الفرنسية", "FR", "company"),
    ("وزارت الوفود جامعة السلطان قابوس في مسقط.", "جامعة السلطان قابوس", "OM", "other"),
    ("وتعمل الشركة السعودية للصناعات الأساسية مع شركاء.", "الشركة السعودية للصناعات الأساسية", "SA", "company"),
])
def test_bodies_named_by_their_country(text, name, country, kind):
    assert bodies(text).get(name) == (country, kind)


def test_joint_and_international_bodies_take_no_one_country():
    got = bodies("وأعلن تأسيس مجلس الأعمال العماني الأمريكي بدعم من مؤسسة التمويل الدولية في مسقط.")
    assert got == {"مجلس الأعمال العماني الأمريكي": (None, "other"), "مؤسسة التمويل الدولية": (None, "other")}


def test_ministries_of_joined_or_unlisted_portfolios():
    got = bodies("واجتمع وفد وزارة الصناعة والتجارة البحرينية مع ممثلي وزارة الأعمال والتجارة البريطانية "
                 "ووزارة الطاقة والمعادن العمانية.")
    assert got == {"وزارة الصناعة والتجارة البحرينية": ("BH", "ministry"),
                   "وزارة الأعمال والتجارة البريطانية": ("GB", "ministry"),
                   "وزارة الطاقة والمعادن العمانية": ("OM", "ministry")}


def test_parliament_is_the_house_of_the_same_country():
    text = ("وقال رئيس مجلس النواب الأردني أحمد الصفدي إن البرلمان الأردني يدعم الشراكة مع "
            "الاتحاد الأوروبي، فيما رحب البرلمان الأوروبي بالاتفاق.")
    ents = [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "organization"]
    [house] = [e for e in ents if e.country == "JO"]
    assert house.name == "مجلس النواب الأردني" and "البرلمان الأردني" in house.aliases
    assert {e.name for e in ents} == {"مجلس النواب الأردني", "الاتحاد الأوروبي", "البرلمان الأوروبي"}


def test_acronym_in_brackets_names_the_body_later():
    text = ("وقالت وكالة التعاون والتنسيق التركية (تيكا) إنها ستفتتح مكتبا في الدوحة، "
            "وأوضح مدير تيكا أن المشاريع ستشمل التعليم. وزار الوفد هيئة الطاقة الذرية (IAEC) "
            "والتقى مسؤولين في IAEC. وقالت وزارة الخارجية (الخميس) إن الحوار سيعقد في الرياض.")
    ents, mentions = extract_entities(Doc(text, "t"))
    acronyms = [m.text for m in mentions if m.rule == "acronym"]
    assert acronyms == ["تيكا", "تيكا", "IAEC", "IAEC"]
    assert len([e for e in ents if e.kind == "organization"]) == 3


def test_line_pointing_at_another_story_adds_nobody():
    text = ("وبحث وزير الخارجية الأردني أيمن الصفدي مع الاتحاد الأوروبي الشراكة.\n"
            "اقرأ أيضا: وزارة الصحة المصرية تعلن حملة ووزير الصحة خالد عبدالغفار يتابع\n"
            "وأكد الجانبان أهمية الحوار.")
    ents = extract_entities(Doc(text, "t"))[0]
    assert {e.name for e in ents} == {"أيمن الصفدي", "الاتحاد الأوروبي"}


# ---------------------------------------------------------------- places
def test_amman_and_oman_are_told_apart():
    def countries(text):
        return [p.attrs["country"] for p in find_places(Doc(text))]
    assert countries("وصل الوفد إلى عمّان") == ["JO"]
    assert countries("عقدت الجولة في عمان بحضور السفير الأردني ووزير الخارجية الأردني") == ["JO", "JO", "JO"]
    assert countries("زار الوزير سلطنة عمان والتقى نظيره العماني") == ["OM", "OM"]
    assert countries("زار الوزير عمان") == ["OM"]


# ---------------------------------------------------------------- more ways to name a person
@pytest.mark.parametrize("text, name, country", [
    ("وقال وزير الخارجية البريطاني، ديفيد لامي، إن بلاده تدعم الحوار.", "ديفيد لامي", "GB"),
    ("وأكدت وزيرة الخارجية الأسترالية بيني وونغ أن بلادها تتابع.", "بيني وونغ", "AU"),
    ("وأوضح وزير الخارجية الفرنسي السابق جان-إيف لودريان أن فرنسا ملتزمة.", "جان-إيف لودريان", "FR"),
    ("والتقى نائب الرئيس الأمريكي جي. دي. فانس ولي العهد.", "جي. دي. فانس", "US"),
    ("وقال مسؤول آخر هو السفير بيير-كريستوف شاتزيسافاس سفير الاتحاد الأوروبي لدى الأردن.",
     "بيير-كريستوف شاتزيسافاس", "EU"),
    ("وتحدث السيد محمد أوغوز تشاغلار نائب وزير الخارجية التركي.", "محمد أوغوز تشاغلار", "TR"),
    ("وأشاد السيناتور الجمهوري ليندسي غراهام بالعلاقات مع الرياض.", "ليندسي غراهام", None),
    ("وقالت المتحدثة باسم الخارجية الأمريكية تامي بروس للصحفيين إن واشنطن تدعم الحوار.", "تامي بروس", "US"),
])
def test_names_set_off_hyphenated_initialled_or_foreign_shaped(text, name, country):
    got = people(text)
    assert name in got and got[name][0] == country


def test_offices_with_general_and_of_a_named_thing():
    got = people("وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف يرحب، فيما ترأس الجانب البريطاني "
                 "المدير العام لشؤون الشرق الأوسط ستيفن هيكي.")
    assert got["ينس ستولتنبرغ"][1] == ["الأمين العام لحلف الناتو"]
    assert got["ستيفن هيكي"] == ("GB", ["المدير العام لشؤون الشرق الأوسط"])


def test_speaker_and_listed_names_without_an_office():
    got = people("وقال أنور قرقاش إن الإمارات تدعم الحوار مع واشنطن.")
    assert "أنور قرقاش" in got
    got = people("وضم الوفد العماني كلا من: فيصل المرهون، وسالم القطيطي مدير عام التخطيط، ومنى الجردانية.")
    assert set(got) == {"فيصل المرهون", "سالم القطيطي", "منى الجردانية"}
    assert got["سالم القطيطي"][1] == ["مدير عام التخطيط"]


def test_regnal_number_is_no_surname():
    text = "ووقع جلالة الملك عبدالله الثاني الشراكة في كانون الثاني الماضي."
    [king] = [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"]
    assert king.name == "عبدالله الثاني" and king.aliases == []


def test_stitched_story_under_its_own_headline_adds_nobody():
    text = ("وترأس وزير الخارجية العراقي فؤاد حسين الجولة مع نظيره الأمريكي مايك بومبيو.\n\n"
            "أسعار النفط ترتفع مع تراجع المخزونات\n"
            "ارتفعت أسعار النفط اليوم، ويترقب المتعاملون اجتماع منظمة أوبك الأسبوع المقبل.\n\n"
            "تعاون دفاعي\n"
            "وأكد فؤاد حسين أن وزارة الدفاع العراقية ستواصل التدريب.")
    names = {e.name for e in extract_entities(Doc(text, "t"))[0]}
    assert "أوبك" not in names and "منظمة أوبك" not in names
    assert "وزارة الدفاع العراقية" in names  # a headed part of the story itself


def test_a_label_line_under_a_headline_is_no_stitched_story():
    # the headline ends with a question mark and a short label line follows: the lead is the story's own
    text = ("هل يفتح لقاء عمّان صفحة جديدة؟\n\n"
            "تقرير\n"
            "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم المبعوث الأممي الخاص إلى ليبيا في عمّان.\n\n"
            "الشرق الأوسط - الأردن\n\n"
            "وتناول اللقاء جهود التهدئة والمسار السياسي.")
    names = {e.name for e in extract_entities(Doc(text, "t"))[0]}
    assert "أيمن الصفدي" in names


# ---------------------------------------------------------------- across documents
def _analysis(doc_id: str, text: str):
    from hiwar.pipeline import DocAnalysis
    from hiwar.record import DocumentRec
    ents, mentions = extract_entities(Doc(text, doc_id))
    return DocAnalysis(DocumentRec(doc_id, None, "ar", None), entities=ents, mentions=mentions)


def test_two_full_names_with_different_fathers_stay_two_people():
    from hiwar.resolve import resolve_entities
    a = _analysis("a", "وقال وزير الخارجية الكويتي الشيخ أحمد الصباح إن الحوار مثمر.")
    b = _analysis("b", "التقى الشيخ أحمد ناصر المحمد الصباح بنظيره.")
    c = _analysis("c", "واستقبل سمو الشيخ أحمد نواف الأحمد الصباح الوفد.")
    persons, _, _ = resolve_entities([a, b, c])
    assert sorted(p.name for p in persons) == ["أحمد ناصر المحمد الصباح", "أحمد نواف الأحمد الصباح"]


def test_parliament_and_house_merge_across_documents():
    from hiwar.resolve import resolve_entities
    a = _analysis("a", "وصادق مجلس النواب العراقي على الاتفاق.")
    b = _analysis("b", "وطالب البرلمان العراقي بانسحاب القوات.")
    _, orgs, _ = resolve_entities([a, b])
    [house] = orgs
    assert house.country == "IQ" and house.documents == ["a", "b"]


def test_portfolio_with_a_country_adjective_stands_for_its_ministry():
    assert bodies("وقالت الخارجية الأمريكية في بيان إن الحوار مثمر.") == {"الخارجية الأمريكية": ("US", "ministry")}
    assert bodies("وقال المتحدث باسم الداخلية السعودية إن الأمن مستتب.") == {
        "الداخلية السعودية": ("SA", "ministry")}
    for text in ("وأكد ثوابت السياسة الخارجية الأمريكية في المنطقة.",
                 "وقالت مساعدة وزيرة الخارجية الأمريكية إن الحوار مثمر.",
                 "وتعمل شركات الطاقة الأمريكية في الخليج."):
        assert bodies(text) == {}


def test_royal_court_and_air_arm():
    got = bodies("وأصدر الديوان الملكي السعودي بيانا، فيما تدرب سلاح الجو السلطاني العماني مع شركائه.")
    assert got == {"الديوان الملكي السعودي": ("SA", "other"), "سلاح الجو السلطاني العماني": ("OM", "armed_forces")}


def test_the_outlet_an_official_speaks_to_is_not_part_of_the_office():
    text = ("وأكد وزير الخارجية الأمريكي أنتوني بلينكن أهمية الحوار. وقال وزير الخارجية الأمريكي "
            "لوكالة الأنباء الكويتية إن الشراكة متينة.")
    _, mentions = extract_entities(Doc(text, "t"))
    assert [m.text for m in mentions if m.rule == "title:back"] == ["وزير الخارجية الأمريكي"]
    assert people("وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف يرحب.")["ينس ستولتنبرغ"][1] == [
        "الأمين العام لحلف الناتو"]


def test_capital_after_lada_and_affairs_of_a_region():
    got = people("وشارك السفير التركي لدى الدوحة مصطفى كوكصو، ومدير إدارة الشؤون الأوروبية بوزارة الخارجية "
                 "القطرية السيد خالد بن إبراهيم السليطي.")
    assert got["مصطفى كوكصو"] == ("TR", ["السفير التركي لدى الدوحة"])
    assert got["خالد بن إبراهيم السليطي"][0] == "QA"


def test_a_name_written_as_an_officials_is_that_official_before_a_name_it_merely_fits():
    # "خالد بن سلمان" also fits "خالد سليمان الجارالله" once "سلمان" and "سليمان" are compared loosely
    [prince] = [e for e in extract_entities(Doc("التقى وزير الدفاع الأمير خالد بن سلمان نظيره الأمريكي.", "t"))[0]
                if e.kind == "person"]
    assert (prince.gazetteer_id, prince.country) == ("khalid-bin-salman", "SA")


def test_a_short_form_that_fits_an_official_does_not_make_a_namesake_that_official():
    # "مشعل الجابر" alone would fit the emir's full name; the full name written first is someone else's
    text = ("ترأس الشيخ مشعل جابر الأحمد الصباح فريق الاستثمار الكويتي، وقال مشعل الجابر إن الفرص كثيرة.")
    found = {e.name: (e.aliases, e.gazetteer_id) for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"}
    assert found == {"مشعل جابر الأحمد الصباح": (["مشعل الجابر"], None)}


def test_a_country_joined_by_waw_is_not_part_of_a_bodys_name():
    got = bodies("وبحث الوزير المصري في القاهرة سبل التعاون بين هيئة تنمية الصادرات والولايات المتحدة.")
    assert got == {"هيئة تنمية الصادرات": ("EG", "agency")}


def test_a_body_of_many_states_is_international_whatever_country_its_context_or_name_holds():
    got = bodies("وزار الوزير المصري القاهرة والتقى مسؤولي هيئة التنسيق لدول الساحل الأفريقي، وممثلي جامعة الأمم المتحدة.")
    assert got == {"هيئة التنسيق لدول الساحل الأفريقي": (None, "agency"), "جامعة الأمم المتحدة": (None, "other")}


def test_an_office_in_construct_with_a_state_or_the_ministers_keeps_them():
    got = people("والتقى الوفد رئيس وزراء جمهورية فنلندا كاريتا هولمستروم.")
    assert got == {"كاريتا هولمستروم": ("FI", ["رئيس وزراء جمهورية فنلندا"])}
    got = people("وحضر الاجتماع سفير سلطنة بروناي لدى البلاد داتو نوردين، وعدد من المسؤولين.")
    assert "داتو نوردين" in got


def test_a_surname_with_waw_after_an_office_closes_the_name():
    got = people("وحضر المحادثات وزير التجارة الكندي ماريوس وايتفيلد.")
    assert got == {"ماريوس وايتفيلد": ("CA", ["وزير التجارة الكندي"])}


def test_a_particle_closing_a_foreign_name_after_an_office_is_its_last_word():
    got = people("وترأس الجانب الآخر المدير العام للشؤون الآسيوية تشانغ دي، بحضور عدد من الدبلوماسيين.")
    assert "تشانغ دي" in got


def test_an_officer_of_a_body_of_many_states_is_of_no_country():
    got = people("وزار وزير الخارجية العماني القاهرة والتقى الأمين العام لجامعة الدول الأفريقية سالم المري.")
    assert got["سالم المري"] == (None, ["الأمين العام لجامعة الدول الأفريقية"])


def test_a_surname_met_before_ends_the_name_before_the_verbs_object():
    text = ("وقال وزير الخارجية الأمريكي ماركوس كوبرفيلد إن الحوار مثمر. ووصف الوزير كوبرفيلد الاجتماع بأنه مثمر، "
            "وأكد السيد كوبرفيلد التزام بلاده.")
    persons = [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"]
    assert [(e.name, [m.text for m in e.mentions if m.kind == "person"]) for e in persons] == [
        ("ماركوس كوبرفيلد", ["ماركوس كوبرفيلد", "كوبرفيلد", "كوبرفيلد"])]


def test_a_foreign_name_takes_no_family_name_with_the_article():
    got = people("ومنذ دخول الرئيس دونالد هاربر السباق الانتخابي تغيرت السياسة. وقالت المبعوثة ستيفاني الخوري إن الحل ممكن.")
    assert set(got) == {"دونالد هاربر", "ستيفاني الخوري"}


def test_alliances_assemblies_and_commands_are_read_by_their_head_noun():
    got = bodies("وألقى الوزير البحريني كلمة أمام الجمعية الوطنية لحقوق الإنسان، ثم التقى قادة حلف شمال المتوسط "
                 "وضباطا من القيادة الجنوبية الأمريكية.")
    assert got == {"الجمعية الوطنية لحقوق الإنسان": ("BH", "other"), "حلف شمال المتوسط": (None, "international"),
                   "القيادة الجنوبية الأمريكية": ("US", "armed_forces")}


def test_foreign_names_after_a_dual_or_plural_head_are_bodies_each_and_end_before_their_purpose():
    got = bodies("ووقعت وزارة النفط العراقية مذكرتي تفاهم مع شركتي ماكسويل إلكتريك وبيلينغز فارما لتطوير قطاع الطاقة، "
                 "واتفاقا مع شركة هاركورت لتطوير الموانئ، كما التقى الوزير ممثلي شركات دورمان وكيسلر.")
    # A foreign name after "شركة" is of no side of the report, as after "شركتي"/"شركات".
    assert got == {"وزارة النفط العراقية": ("IQ", "ministry"), "ماكسويل إلكتريك": (None, "company"),
                   "بيلينغز فارما": (None, "company"), "شركة هاركورت": (None, "company"),
                   "دورمان": (None, "company"), "كيسلر": (None, "company")}


def test_an_ambassador_in_a_capital_is_posted_there_not_of_it():
    got = people("وحضر التوقيع سفير الأردن في واشنطن هشام الرفاعي، وعدد من المسؤولين الأمريكيين.")
    assert got == {"هشام الرفاعي": ("JO", ["سفير الأردن في واشنطن"])}
    got = people("ووقع الوزير الأردني ونظيره الأمريكي المذكرة بحضور سفيرة المملكة في واشنطن رنا الحسيني.")
    assert got["رنا الحسيني"] == ("JO", ["سفيرة المملكة في واشنطن"])


def test_a_short_given_name_is_the_full_one():
    assert names_compatible(name_tokens("مايك هارتلي"), name_tokens("مايكل هارتلي"))
    assert names_compatible(name_tokens("جو ماركهام"), name_tokens("جوزيف ماركهام"))
    assert not names_compatible(name_tokens("جو ماركهام"), name_tokens("جيمس ماركهام"))


def test_the_blessing_after_a_rulers_name_is_no_name():
    glued = "وحمل الوفد رسالة من أمير البلاد الشيخ تميم بن حمد آل ثاني -حفظه الله- إلى الرئيس."
    assert [e.name for e in extract_entities(Doc(glued, "t"))[0] if e.kind == "person"] == ["تميم بن حمد آل ثاني"]
    after_office = "وبتوجيه من الشيخ محمد بن راشد نائب رئيس الدولة رعاه الله، افتتح الوزير المعرض."
    assert "رعاه الله" not in {e.name for e in extract_entities(Doc(after_office, "t"))[0]}


def test_a_portfolio_with_its_owners_pronoun_closes_the_office():
    text = "ووقع عن الجانب العماني وزير خارجيتها السيد بدر البوسعيدي، وعن الجانب الياباني نظيره."
    [minister] = [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"]
    assert minister.name == "بدر البوسعيدي" and minister.titles == ["وزير خارجيتها"]
