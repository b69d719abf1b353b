"""Reports across documents: a meeting of another pair of states is another meeting; a city and its country,
or one city in two scripts, are one venue. Rules of news writing, each tested on sentences written for the test."""
from __future__ import annotations

from hiwar.build import build_record
from hiwar.pipeline import SourceDoc
from hiwar.resolve.venues import one_place


def events(kind: str, *texts: str, published: str = "2022-10-04") -> list[list[str]]:
    record = build_record([SourceDoc(f"d{k}", t, published=published) for k, t in enumerate(texts)])
    return sorted(e.documents for e in record.events if e.type == kind)


def test_calls_with_counterparts_of_two_states_are_two_calls():
    # the first call is told without a day of its own: only its counterpart's state tells it apart
    record = build_record([
        SourceDoc("d0", "بحث أيمن الصفدي وزير الخارجية هاتفيا مع نظيره الإيطالي أنطونيو تاياني العلاقات الثنائية. "
                        "وقال الناطق باسم الوزارة في بيان صدر اليوم الخميس إن الوزيرين أكدا أهمية مواصلة التنسيق.",
                  published="2023-12-07"),
        SourceDoc("d1", "أجرى أيمن الصفدي وزير الخارجية، اليوم الاثنين، اتصالا هاتفيا مع نظيره الكويتي الشيخ سالم "
                        "عبدالله الجابر الصباح، بحثا خلاله العلاقات الثنائية.", published="2023-06-12")])
    assert sorted(e.documents for e in record.events if e.type == "bilateral_meeting") == [["d0"], ["d1"]]


def test_calls_with_an_unnamed_and_a_named_counterpart_of_two_states_are_two_calls():
    assert events("bilateral_meeting",
                  "أجرى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اتصالا هاتفيا مع نظيره العماني، "
                  "بحثا خلاله العلاقات الثنائية.",
                  "أجرى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اتصالا هاتفيا مع نظيره الأردني "
                  "أيمن الصفدي، تناولا خلاله التطورات في المنطقة.") == [["d0"], ["d1"]]


def test_a_call_whose_counterpart_is_unnamed_may_be_either():
    assert events("bilateral_meeting",
                  "أجرى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اتصالا هاتفيا مع نظيره الأردني "
                  "أيمن الصفدي اليوم.",
                  "تلقى وزير الخارجية الأردني أيمن الصفدي اليوم اتصالا هاتفيا من وزير الخارجية الكويتي الشيخ "
                  "سالم عبدالله الجابر الصباح.") == [["d0", "d1"]]


def test_a_visit_to_a_city_and_to_its_country_is_one_visit():
    assert events("visit",
                  "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى القاهرة اليوم الثلاثاء في زيارة رسمية.",
                  "بدأ وزير الخارجية الموريتاني محمد سالم ولد مرزوك اليوم الثلاثاء زيارة رسمية إلى مصر.") \
        == [["d0", "d1"]]


def test_venues_in_two_scripts_and_at_two_precisions():
    assert one_place("دمشق", "Damascus") and one_place("Syria", "دمشق") and one_place("مصر", "القاهره")
    assert not one_place("جدة", "الرياض") and not one_place("Jeddah", "الجزائر")
    assert one_place("العاصمة الأمريكية واشنطن", "الولايات المتحدة")


def test_a_merged_visit_is_placed_in_the_city_a_later_report_names():
    record = build_record([
        SourceDoc("d0", "بدأ وزير الخارجية الموريتاني محمد سالم ولد مرزوك اليوم الثلاثاء زيارة رسمية إلى مصر.",
                  published="2022-10-04"),
        SourceDoc("d1", "وصل وزير الخارجية الموريتاني محمد سالم ولد مرزوك إلى القاهرة اليوم الثلاثاء في زيارة رسمية.",
                  published="2022-10-04")])
    assert [(e.documents, e.venue) for e in record.events if e.type == "visit"] == [(["d0", "d1"], "القاهرة")]
