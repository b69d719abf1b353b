"""A print edition: a page dated the day after it was written. The weekday a text names for its own day
settles which day that is; sentences written for these tests."""
from __future__ import annotations

from datetime import date

from hiwar.pipeline import SourceDoc
from hiwar.resolve.anchors import initial_anchors


def text_day(text: str, published: str) -> date:
    anchor, = initial_anchors(SourceDoc("t", text, published=published))
    return anchor.day


def test_tomorrow_named_as_the_papers_own_day_was_written_the_day_before():
    # 2024-03-02 is a Saturday: "غدا السبت" was written on Friday
    assert text_day("يصل وزير الخارجية الأردني إلى الرباط غدا السبت في زيارة رسمية.", "2024-03-02") \
        == date(2024, 3, 1)


def test_today_and_yesterday_told_a_day_early():
    # 2022-06-15 is a Wednesday: "اليوم الثلاثاء" and "أمس الاثنين" both tell Tuesday
    assert text_day("استقبل رئيس الوزراء اليوم الثلاثاء السفير الياباني، بعد أن التقى أمس الاثنين وفدا "
                    "برلمانيا.", "2022-06-15") == date(2022, 6, 14)


def test_a_weekday_that_agrees_with_the_page_keeps_its_date():
    assert text_day("تعقد اللجنة المشتركة اجتماعها غدا الخميس في الدوحة.", "2021-05-19") == date(2021, 5, 19)


def test_a_weekday_two_days_off_is_no_print_edition():
    # 2021-05-19 is a Wednesday; "اليوم الاثنين" is two days off: the page's date stands
    assert text_day("وصل الوفد اليوم الاثنين إلى الدوحة.", "2021-05-19") == date(2021, 5, 19)


def test_day_words_that_disagree_among_themselves_leave_the_page_date():
    assert text_day("وصل الوفد اليوم الثلاثاء، على أن تبدأ المباحثات غدا الخميس.", "2021-05-19") \
        == date(2021, 5, 19)
