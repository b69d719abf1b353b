"""Dates and merges as real reports write them: relative days given with their date, datelines run
into a repeated headline, sentences run together, and events kept within their own dialogue."""
from __future__ import annotations

from datetime import date

from hiwar.extract.dates import infer_anchor
from hiwar.extract.types import LocalEvent
from hiwar.build import build_record
from hiwar.pipeline import SourceDoc, analyze
from hiwar.resolve.anchors import Anchor
from hiwar.resolve.events import Report, merge_events
from hiwar.text.doc import Doc


def test_a_relative_day_given_with_its_date_fixes_the_text_s_day():
    g = infer_anchor(Doc("ووقع الجانبان يوم أمس الأربعاء الموافق 6 مارس 2024 على مذكرة للتعاون في الزراعة."))
    assert g.date == date(2024, 3, 7)


def test_a_date_not_tied_to_a_day_word_does_not_fix_it():
    g = infer_anchor(Doc("وصل الوزير اليوم. وكانت الاتفاقية قد وقعت في 6 مارس 2019 في الرياض."))
    assert g is None or g.date is None


def test_a_numeric_dateline_run_into_the_headline_above_it():
    text = ("الوزيران يبحثان التعاون الدفاعي\nالوزيران يبحثان التعاون الدفاعيالرياض – 12 – 5 (واس) — "
            "استقبل وزير الدفاع اليوم الأحد نظيره الأمريكي.")
    g = infer_anchor(Doc(text))
    assert (g.month, g.day, g.weekday) == (5, 12, 6)


def test_a_full_stop_run_into_the_next_word_ends_the_sentence():
    doc = Doc("وصل الوفد إلى الدوحة.وأفاد بيان بأن المحادثات بدأت. ثم غادر")
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "وصل الوفد إلى الدوحة.", "وأفاد بيان بأن المحادثات بدأت.", "ثم غادر"]


def test_a_decimal_point_is_no_sentence_end():
    doc = Doc("بلغت القيمة 3.5 مليار دولار.")
    assert len(doc.sentences) == 1


def _visit(doc: str, order: int, dialogue: str | None) -> Report:
    return Report(doc, order, LocalEvent("visit", date="2024-03-22"), ["p1"], [], 0, dialogue)


def test_events_of_two_dialogues_are_not_merged():
    # the same person's visits on one day, told by a report on Qatar and one on Iraq
    assert len(merge_events([_visit("q", 0, "QA-US"), _visit("i", 1, "IQ-US")])) == 2


def test_an_event_without_a_dialogue_merges_only_within_its_document_s_dialogue():
    assert len(merge_events([_visit("q", 0, "QA-US"), _visit("i", 1, None)])) == 2
    assert len(merge_events([_visit("q", 0, "QA-US"), _visit("r", 1, "QA-US")])) == 1


def test_a_weekday_settles_the_year_of_a_yearless_date_when_the_anchor_spans_years():
    # the text is of 2019 or 2020 (a term of office); 15 July fell on a Monday in 2019 only
    a = analyze(SourceDoc("t", "يصل الوزير إلى الرباط الاثنين 15 يوليو في زيارة رسمية."),
                [Anchor(date(2019, 6, 1), date(2020, 12, 31), "a term of office")])
    assert [m.attrs["value"] for m in a.dates] == ["2019-07-15"]


def test_a_date_whose_year_cannot_be_known_is_null_not_an_interval_of_years():
    a = analyze(SourceDoc("t", "يصل الوزير إلى الرباط يوم 15 يوليو في زيارة رسمية."),
                [Anchor(date(2019, 6, 1), date(2021, 12, 31), "a term of office")])
    assert [m.attrs["value"] for m in a.dates] == [None]
    assert all(not isinstance(e.date, dict) for e in a.events)


def test_an_event_after_which_another_is_dated_does_not_take_its_date():
    a = analyze(SourceDoc("t", "وجاء ذلك في بيان مشترك نشره الجانبان مساء أمس الثلاثاء، عقب الزيارة التي قام بها الوزير إلى عمّان."),
                date(2023, 5, 10))
    dates = {e.type: e.date for e in a.events}
    assert dates["statement"] == "2023-05-09" and dates["visit"] != "2023-05-09"


def test_an_arabic_semicolon_ends_a_sentence():
    assert len(Doc("وصل الوزير إلى عمّان؛ وكانت المعاهدة قد وقعت عام 1958").sentences) == 2


def test_a_meeting_takes_the_date_of_its_own_relative_clause():
    a = analyze(SourceDoc("t", "انعقدت الجولة في الفترة من 9 - 11 مايو الجاري، متابعة للاجتماع الذي جمع الوزيرين "
                               "بعمّان في 30 مارس 2023."), date(2023, 5, 12))
    assert [e.date for e in a.events if e.type == "bilateral_meeting"] == ["2023-03-30"]



def test_a_yearless_report_of_the_next_round_takes_the_one_year_its_days_fit_after_the_round_before():
    earlier = SourceDoc("r3", "عقدت الأردن والولايات المتحدة في 20 يوليو 2023 الجولة الثالثة من الحوار الاستراتيجي "
                              "بين الأردن والولايات المتحدة.")
    later = SourceDoc("r4", "عمان – 2 – 10 (بترا) — أصدرت الأردن والولايات المتحدة مساء أمس الثلاثاء بيانا مشتركا "
                            "عقب اختتام جلسات الجولة الرابعة من الحوار الاستراتيجي بين الأردن والولايات المتحدة.")
    record = build_record([earlier, later])
    assert next(d for d in record.documents if d.id == "r4").anchor == "2024-10-02"


def test_a_headline_ending_with_a_full_date_is_dated_by_it():
    g = infer_anchor(Doc("الحوار الاستراتيجي بين الأردن والولايات المتحدة في دورته الثالثة 12 مايو 2021\n"
                         "يصل الوزير إلى واشنطن الاثنين المقبل."))
    assert g.date == date(2021, 5, 12)


def test_an_event_named_as_a_point_in_time_is_the_one_already_told():
    a = analyze(SourceDoc("t", "يصل وزير الخارجية الأردني إلى واشنطن الاثنين 15 مايو في زيارة رسمية. "
                               "وقبل زيارة الوزير، نشرت صحيفة أمريكية مقالا عن العلاقات."), date(2023, 5, 10))
    assert [e.type for e in a.events] == ["visit"]


def test_a_yearless_dateline_and_weekday_fall_in_the_first_fitting_year_after_the_latest_date_written():
    # 15 November fell on a Tuesday in 2022, three years after the latest date the text writes
    g = infer_anchor(Doc("مسقط في 15 نوفمبر /العمانية/ عقدت اليوم الثلاثاء الجولة الثانية من الحوار، "
                         "بعد الجولة الأولى التي عقدت في مارس 2019."))
    assert g.date == date(2022, 11, 15)


def test_a_statement_that_is_the_page_is_of_the_page_s_day():
    a = analyze(SourceDoc("t", "البيان المشترك في ختام المشاورات\n\nصدر عن حكومتي الأردن والولايات المتحدة البيان الآتي: "
                               "أكد البلدان متانة الشراكة بينهما."), date(2023, 5, 12))
    assert [e.date for e in a.events if e.type == "statement"] == ["2023-05-12"]


def test_an_undated_report_whose_relative_day_another_report_dates_takes_that_day_across_years():
    dated = SourceDoc("a", "أصدر وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الأردني يوم 8 نوفمبر 2022 بيانا مشتركا "
                           "بمناسبة الجولة الأولى من الحوار الاستراتيجي بين الأردن والولايات المتحدة.")
    undated = SourceDoc("b", "أصدر وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الأردني مساء أمس الثلاثاء بيانا مشتركا "
                             "بمناسبة الجولة الأولى من الحوار الاستراتيجي بين الأردن والولايات المتحدة.")
    # a later session of the same round, dated too: its month is not the statement's
    session = SourceDoc("c", "عقدت الأردن والولايات المتحدة يوم 23 فبراير 2023 في عمّان الجولة الأولى من الحوار "
                             "الاستراتيجي بين الأردن والولايات المتحدة.")
    record = build_record([dated, undated, session])
    assert next(d for d in record.documents if d.id == "b").anchor == "2022-11-09"
