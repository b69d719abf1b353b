"""A page's own date on a line of its own, below a heading's furniture (times, offices, blank lines)."""
from __future__ import annotations

from datetime import date

from hiwar.extract.dates import infer_anchor
from hiwar.extract.dates.lines import fills_its_line
from hiwar.text.doc import Doc


def test_a_date_line_below_clock_lines_is_the_page_s_date():
    text = ("الوزيران يبحثان التعاون الزراعي\n٠٩:\n٤٥\nص +03:00\nالخميس ١٤ مارس ٢٠١٩\n"
            "وصل وزير الزراعة إلى عمان اليوم في زيارة تستمر يومين.")
    assert infer_anchor(Doc(text)).date == date(2019, 3, 14)


def test_a_date_inside_a_sentence_below_the_first_lines_is_not_the_page_s_date():
    text = ("عنوان أول\nعنوان ثان\nعنوان ثالث\nعنوان رابع\n"
            "وذكر البيان أن اللجنة اجتمعت في 3 مايو 2018 بالعاصمة.")
    guess = infer_anchor(Doc(text))
    assert guess is None or guess.date != date(2018, 5, 3)


def test_blank_lines_do_not_push_a_dateline_out_of_the_first_lines():
    text = "\n\nوزارة الخارجية\n\n\nالرياض 5 أغسطس 2021 - أعلنت الوزارة اليوم عن برنامج المنح."
    assert infer_anchor(Doc(text)).date == date(2021, 8, 5)


def test_an_english_office_heading_then_its_date_line():
    text = ("Press Release\n\nEmbassy Affairs\nPublic Section\nCity Hall\n\nMay 6, 2019\n\n"
            "The ambassador met the trade minister on Monday to review the fair.")
    assert infer_anchor(Doc(text)).date == date(2019, 5, 6)


def test_a_line_is_the_date_s_own_but_for_punctuation_and_a_clock_time():
    line = "June 3, 2020 | 10:15 am"
    assert fills_its_line(line, 0, 12)
    assert not fills_its_line("Signed on June 3, 2020 in Rome", 10, 22)


def test_a_labelled_publication_date_outranks_the_site_s_header_date():
    text = ("السبت 4 مايو 2024 الرياض 31°\nالوزيران يفتتحان المعرض\n"
            "نشر في: الأحد 12 مارس 2023 - 09:10 ص | آخر تحديث: الأحد 12 مارس 2023\n"
            "افتتح وزيرا التجارة اليوم الأحد معرض الصناعات الغذائية.")
    guess = infer_anchor(Doc(text))
    assert guess.date == date(2023, 3, 12) and guess.reason.startswith("published")


def test_a_numeric_publication_date_under_a_header_date():
    text = ("الخميس: 02/05/2024 بتوقيت مكة\n\nنشر بتاريخ: 18/10/2021 ( آخر تحديث: 18/10/2021 )\n"
            "بحث وزير النقل مع نظيره سبل تطوير الموانئ.")
    assert infer_anchor(Doc(text)).date == date(2021, 10, 18)


def test_an_english_publication_label_outranks_the_header_date():
    text = ("Tuesday, May 7, 2024 | Weather 21C\nMinisters open the fair\nPublished: March 3, 2021\n"
            "The trade ministers opened the fair on Wednesday.")
    assert infer_anchor(Doc(text)).date == date(2021, 3, 3)


def test_a_day_word_with_its_full_date_gives_the_text_s_day():
    guess = infer_anchor(Doc("أعلنت الوزارة أن الوزيرين اجتمعا أمس الأربعاء (14 يونيو 2023) في عمّان."))
    assert guess.date == date(2023, 6, 15) and "so the text is of 2023-06-15" in guess.reason


def test_a_numeric_dateline_written_month_first_is_read_so_when_only_that_gives_the_text_s_weekday():
    text = "08/03/2022\nالرياض\nاستقبل وزير الطاقة اليوم الأربعاء نظيره العراقي."  # 3 August 2022 was a Wednesday
    assert infer_anchor(Doc(text)).date == date(2022, 8, 3)
    text = "08/03/2022\nالرياض\nاستقبل وزير الطاقة اليوم الثلاثاء نظيره العراقي."  # 8 March 2022: a Tuesday
    assert infer_anchor(Doc(text)).date == date(2022, 3, 8)


def test_a_header_date_the_text_s_current_month_rules_out_is_not_the_page_s_date():
    text = ("3 مارس 2024\nيعقد الجانبان جولة المشاورات في العاشر من أكتوبر الجاري بالعاصمة.")
    guess = infer_anchor(Doc(text))
    assert guess.date is None and guess.month == 10
    assert "is not the text's day" in guess.reason


def test_a_header_date_after_the_named_official_left_office_is_not_the_page_s_date():
    text = ("12 فبراير 2026\nاستقبل وزير الخارجية الأمريكي مايك بومبيو نظيره في واشنطن لبحث التعاون.")
    guess = infer_anchor(Doc(text))
    assert guess is None or guess.date is None
    # while he held it, the header is the page's date
    assert infer_anchor(Doc(text.replace("2026", "2019"))).date.isoformat() == "2019-02-12"


def test_a_span_held_this_month_dates_a_text_naming_its_weekday_at_the_first_fitting_day_after():
    text = ("أصدرت الحكومتان اليوم الأربعاء بيانا مشتركا في ختام المحادثات التي عقدت في الفترة من 5 - 7 مارس "
            "الجاري، وهي الثالثة خلال العام الجاري 2023.")
    assert infer_anchor(Doc(text)).date == date(2023, 3, 8)
    # a span still to come, or a single day that may have launched what goes on, leaves the weekdays open
    planned = text.replace("التي عقدت", "التي ستعقد")
    assert infer_anchor(Doc(planned)).date is None
    launched = ("أصدرت الحكومتان اليوم الأربعاء بيانا مشتركا عن المحادثات التي انطلقت في 5 مارس الجاري، "
                "وهي الثالثة خلال العام الجاري 2023.")
    assert infer_anchor(Doc(launched)).date is None
