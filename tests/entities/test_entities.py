"""Who is who: name boundaries, honorifics, sides, ministries, variants, merge guards, furniture."""
from __future__ import annotations


import pytest

from hiwar.extract.entities import extract_entities, names_compatible, name_tokens
from hiwar.extract.furniture import content_end
from hiwar.extract.types import LocalEntity
from hiwar.pipeline import DocAnalysis
from hiwar.record import DocumentRec
from hiwar.resolve import resolve_entities
from hiwar.resolve.romanize import romanize
from hiwar.text.doc import Doc



def persons(text: str) -> list[LocalEntity]:
    return [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "person"]


def orgs(text: str) -> list[LocalEntity]:
    return [e for e in extract_entities(Doc(text, "t"))[0] if e.kind == "organization"]


def test_name_stops_at_comma_and_title_drops_honorific():
    [p] = persons("أكد مساعد وزير الخارجية لشؤون الأمريكتين السفير سالم الهاجري، اليوم الأحد، أن اللقاء مهم.")
    assert p.name == "سالم الهاجري"
    assert p.titles == ["مساعد وزير الخارجية لشؤون الأمريكتين"]


def test_coordinated_titles_and_next_person():
    text = ("التقى وزير الخارجية القطري ووزير الدولة لشؤون الدفاع الشيخ خالد العطية "
            "ووزير خارجية الولايات المتحدة جون كيري في الدوحة.")
    first, second = persons(text)
    assert first.name == "خالد العطية" and first.country == "QA"
    assert first.titles == ["وزير الخارجية القطري", "وزير الدولة لشؤون الدفاع"]
    assert second.name == "جون كيري" and second.country == "US"


def test_name_after_title_ends_before_common_nouns_and_verbs():
    [p] = persons("وقال إنه بحث مع الشيخ فهد الصالح المفاوضات الجارية بشأن الملف.")
    assert p.name == "فهد الصالح"


def test_ambassador_lada_means_the_other_side():
    text = ("بحثت الكويت والولايات المتحدة التعاون. وقالت سفيرة العراق لدى الولايات المتحدة "
            "هند الكبيسي إن العراق ملتزم. وأكدت السفيرة الأمريكية لدى الكويت جين رودس.")
    by_name = {p.name: p for p in persons(text)}
    assert by_name["هند الكبيسي"].country == "IQ"
    assert by_name["جين رودس"].country == "US"


def test_side_list_gives_country():
    text = "وشارك من الجانب الأمريكي كل من نائب مساعد وزير الخزانة بيتر ماركس ومنسق الشؤون السيبرانية كارل ديفيس."
    assert {p.name: p.country for p in persons(text)} == {"بيتر ماركس": "US", "كارل ديفيس": "US"}


def test_expert_with_demonym():
    [p] = persons("قال الخبير العسكري العراقي عدنان الزبيدي إن التعاون مستمر.")
    assert (p.name, p.country, p.titles) == ("عدنان الزبيدي", "IQ", ["الخبير العسكري العراقي"])


def test_short_form_links_in_document():
    [p] = persons("أكد وزير الخارجية العراقي فؤاد حسين أهمية الحوار. وقال حسين إن بغداد ملتزمة. وأضاف الوزير بلينكن.")[:1]
    assert p.name == "فؤاد حسين"


def test_a_part_of_the_day_is_no_short_name():
    # "صباح" is also the short name of a person met, but before a day it is a time of that day
    [p] = persons("التقى رئيس الوزراء الشيخ صباح خالد الحمد الصباح وفدا أمريكيا. وغادر الوفد صباح اليوم، "
                  "على أن يعود صباح الأربعاء. وقال صباح إن اللقاء كان مثمرا.")
    spoken = [m.text for m in p.mentions if m.kind == "person"]
    assert spoken == ["صباح خالد الحمد الصباح", "صباح"]


def test_a_part_of_the_day_after_an_office_and_a_verb_is_no_name():
    assert persons("وأفاد الديوان بأن ولي العهد غادر صباح اليوم متوجها إلى باريس.") == []
    [p] = persons("وغادر الأمير الشيخ صباح الأحمد الجابر الصباح صباح الأحد إلى نيويورك.")
    assert p.name == "صباح الأحمد الجابر الصباح"


def test_surname_alias():
    [p] = persons("قال الخبير الاستراتيجي خالد المطيري إن التعاون مثمر. وأكد المطيري أهمية ذلك.")
    assert p.aliases == ["المطيري"]
    assert len([m for m in p.mentions if m.kind == "person"]) == 2


def test_dual_ministries_split_with_context_country():
    text = "كما حضرها من الجانب القطري كل من ممثلي الوزارات القطرية، من بينها وزارتا الداخلية والعدل."
    names = {(o.name, o.country) for o in orgs(text)}
    assert names == {("وزارة الداخلية", "QA"), ("وزارة العدل", "QA")}


def test_office_alone_names_no_ministry_and_generic_forces_are_no_org():
    assert orgs("وقال وزير الدفاع إن القوات الأمريكية باقية.") == []


def test_bare_ministry_in_title_takes_the_person_country():
    text = "ترأس الجانب الأمريكي نائب مساعد وزير الخارجية لشؤون الخليج بوزارة الخارجية بيتر هول."
    [o] = orgs(text)
    assert (o.name, o.country, o.org_kind) == ("وزارة الخارجية", "US", "ministry")


def test_news_site_written_as_source():
    [o] = orgs("وقال للمشارق إن التعاون مستمر.")
    assert o.name == "المشارق" and o.org_kind == "news_agency"


def test_mentions_are_spans_of_the_original():
    text = "وأكد وزير الخارجية الأمريكي أنطوني بلينكين، أن وزارة الخارجية الأميركية ملتزمة بأمن قطر."
    ents, mentions = extract_entities(Doc(text, "t"))
    assert mentions and all(text[m.start:m.end] == m.text for m in mentions)
    assert {m.attrs["country"] for m in mentions if m.kind == "place"} >= {"US", "QA"}


@pytest.mark.parametrize("a,b", [
    ("أحمد ناصر المحمد الصباح", "أحمد ناصر محمد الصباح"),
    ("أحمد ناصر المحمد الصباح", "أحمد الناصر"),
    ("أنتوني بلينكن", "آنثوني بلينكين"),
    ("ألينا رومانوسكي", "الينا رومانوفسكي"),
])
def test_name_variants_are_compatible(a, b):
    assert names_compatible(name_tokens(a), name_tokens(b))


@pytest.mark.parametrize("a,b", [("ناصر الصبيح", "ناصر سالمين"), ("حمد المشعان", "أحمد المشعان"),
                                 ("ناصر الصبيح", "ناصر الصباح")])
def test_different_people_do_not_merge(a, b):
    assert not names_compatible(name_tokens(a), name_tokens(b))


def _analysis(doc_id: str, text: str) -> DocAnalysis:
    ents, mentions = extract_entities(Doc(text, doc_id))
    return DocAnalysis(DocumentRec(doc_id, None, "ar", None), entities=ents, mentions=mentions)


def test_same_ministry_of_two_countries_never_merges_and_order_does_not_matter():
    a = _analysis("a", "وقالت وزارة الخارجية الأمريكية في بيان إن وزارة الخارجية القطرية شريك.")
    b = _analysis("b", "وأكد وزير الخارجية الأميركي مايك بومبيو أهمية الحوار. وقال بومبيو إن الحوار مثمر.")
    persons1, orgs1, map1 = resolve_entities([a, b])
    persons2, orgs2, map2 = resolve_entities([b, a])
    assert {(o.name, o.country) for o in orgs1} == {("وزارة الخارجية الأمريكية", "US"), ("وزارة الخارجية القطرية", "QA")}
    assert (persons1, orgs1, map1) == (persons2, orgs2, map2)
    assert persons1[0].name == "مايك بومبيو" and persons1[0].name_en == "Mike Pompeo"


def test_cross_document_variants_merge():
    a = _analysis("a", "التقى الشيخ أحمد ناصر المحمد الصباح بنظيره.")
    b = _analysis("b", "وقال وزير الخارجية الكويتي الشيخ أحمد الناصر إن الحوار مثمر. وأضاف الناصر أن البلدين شريكان.")
    [p], _, _ = resolve_entities([a, b])
    assert p.name == "أحمد ناصر المحمد الصباح"
    assert set(p.aliases) == {"أحمد الناصر", "الناصر"}
    assert p.documents == ["a", "b"]


def test_romanizer_is_readable():
    assert romanize("ناصر الشمري") == "Nasser Al-Shamri" or romanize("ناصر الشمري").startswith("Nasser Al-")


def test_furniture_tail_is_cut():
    body = "وأكد وزير الخارجية الكويتي الشيخ أحمد الناصر أهمية الشراكة."
    tail = "\n\nشاهد أيضاً\n\nأهابت وزارة الشؤون الاجتماعية بالمواطنين.\n\nاترك رد\n"
    doc = Doc(body + tail, "t")
    assert content_end(doc) == len(body)
    assert all(m.end <= len(body) for m in extract_entities(doc)[1])
    tags = Doc(body + "\n\n: 205\nالعلامات\n\nتعليقات أضف تعليقا\n", "t")
    assert content_end(tags) == len(body)
    assert content_end(Doc(body, "t")) == len(body)


def test_bad_input_gives_nothing():
    for text in ("", "   ", "،،،", "وزير", "الشيخ", "12345"):
        ents, mentions = extract_entities(Doc(text, "t"))
        assert ents == []


def test_a_name_stops_before_a_body_named_after_it():
    names = [e.name for e in extract_entities(Doc("وتغيرت المواقف بعد دخول الرئيس دونالد ترامب البيت الأبيض مطلع 2017"))[0]]
    assert names == ["دونالد ترامب"]


def test_an_office_goes_on_after_its_country_with_a_complement_of_its_own():
    persons = [(e.name, e.titles) for e in extract_entities(Doc(
        "التقى الشيخ خليفة الحارثي، في مسقط، وكيلة وزارة الخارجية الأمريكية للشؤون السياسية فيكتوريا نولاند والوفد المرافق لها."))[0]
        if e.kind == "person"]
    assert ("فيكتوريا نولاند", ["وكيلة وزارة الخارجية الأمريكية للشؤون السياسية"]) in persons


def test_a_body_named_by_its_short_name_joins_the_report_that_spells_it_out():
    a = _analysis("a", "وقال مسؤول لهيئة الإذاعة الوطنية (هاون) إن الحوار مثمر.")
    b = _analysis("b", "بيروت - 3 أيار (هاون) - اختتمت الجولة الثانية من الحوار اليوم.")
    c = _analysis("c", "وقالت هاون إن الوفد وصل أمس. وقالت الوزارة الكندية إن الحوار مثمر.")
    _, orgs_found, _ = resolve_entities([a, b, c])
    [body] = [o for o in orgs_found if "هاون" in [o.name, *o.aliases]]
    assert body.name == "هيئة الإذاعة الوطنية" and body.documents == ["a", "b"]


def test_a_named_body_spelled_two_ways_is_one_body():
    a = _analysis("a", "وقالت المديرة الإقليمية للهيئة الأميركية للتبادل الثقافي إن البرنامج سيتوسع.")
    b = _analysis("b", "وأعلنت الهيئة الأمريكية للتبادل الثقافي عن منح جديدة للطلاب.")
    _, orgs_found, _ = resolve_entities([a, b])
    assert [(o.documents, o.country) for o in orgs_found] == [(["a", "b"], "US")]
