"""Bounding clues of a text's own date: terms of office, era names, past dates, counted years."""
from __future__ import annotations

from datetime import date

import yaml

from hiwar.extract.dates import infer_anchor
from hiwar.extract.places import DATA, read_rows
from hiwar.pipeline import SourceDoc
from hiwar.resolve.anchors import from_guess, initial_anchors
from hiwar.text.doc import Doc

# Blinken held the office from 2021-01 to 2025-01; the war in Ukraine began in 2022-02.
MINISTER = "بحث وزير الخارجية الأمريكي أنتوني بلينكن مع نظرائه أسواق الطاقة"
WAR = " في ظل الحرب الروسية الأوكرانية"


def guess(text: str):
    return infer_anchor(Doc(text))


def test_a_yearless_dateline_and_a_term_of_office_leave_a_span_of_years():
    g = guess(f"جدة في 3 مارس / واس / {MINISTER}.")
    assert g.date is None and g.year is None and g.month == 3
    assert (g.lo, g.hi) == (date(2021, 3, 3), date(2024, 3, 3))
    assert "أنتوني بلينكن" in g.reason and "2021-01 to 2025-01" in g.reason


def test_an_era_name_narrows_the_span_further():
    g = guess(f"جدة في 3 مارس / واس / {MINISTER}{WAR}.")
    assert g.candidates == [date(2022, 3, 3), date(2023, 3, 3), date(2024, 3, 3)]
    assert "not older than 2022-02" in g.reason


def test_the_weekday_then_picks_the_one_year_that_fits():
    g = guess(f"جدة في 3 مارس / واس / {MINISTER} اليوم الخميس{WAR}.")
    assert g.date == date(2022, 3, 3)  # 3 March is a Thursday in 2022 only, of 2022-2024


def test_a_former_office_holder_bounds_nothing():
    g = guess("جدة في 3 مارس / واس / التقى الوزير وزير الخارجية الأمريكي الأسبق جون كيري.")
    assert g.lo is None and g.year is None and "كيري" not in g.reason


def test_terms_that_cannot_overlap_are_dropped_rather_than_joined():
    g = guess("جدة في 14 أكتوبر / واس / التقى وزير الخارجية الأمريكي جون كيري، كما التقى وزير الخارجية "
              "الأمريكي أنتوني بلينكن اليوم الأربعاء.")
    assert g.date is None and g.lo is None and g.year is None
    assert "disagree" in g.reason


def test_bounds_alone_that_stay_open_give_no_anchor():
    assert guess("أكد الوزير أهمية التعاون في مواجهة جائحة كوفيد-19.") is None


def test_a_present_range_in_the_sentence_naming_today_holds_today():
    text = ("افتتح وزير الخارجية المصري سامح شكري اليوم الاثنين أعمال اللجنة المشتركة التي تستضيفها "
            "القاهرة يومي 8 و9 نوفمبر الجاري{}.\nوكان آخر اجتماع للجنة في أغسطس 2015.")
    g = guess(text.format(""))
    # Shoukry's term and the 2015 meeting leave 2015-08 .. 2024-07, where 8 or 9 November is a Monday thrice
    assert g.candidates == [date(2015, 11, 9), date(2020, 11, 9), date(2021, 11, 8)]
    assert g.date is None and "falls within" in g.reason
    assert guess(text.format("، في أول اجتماع لها منذ ست سنوات")).date == date(2021, 11, 8)


def test_a_planned_range_does_not_hold_today():
    text = ("أعلن وزير الخارجية المصري سامح شكري اليوم الاثنين أن اللجنة ستعقد يومي 15 و16 نوفمبر "
            "الجاري.\nوكان آخر اجتماع للجنة في أغسطس 2015.")
    g = guess(text)
    assert g.date is None and g.year is None and g.lo < date(2016, 1, 1) < date(2023, 1, 1) < g.hi


def test_a_weekday_and_a_yearless_day_written_after_today():
    g = guess("وصل الوزير اليوم الاثنين 8 نوفمبر الجاري إلى واشنطن حيث يلتقي وزير الخارجية الأمريكي "
              "أنتوني بلينكن.")
    assert g.date == date(2021, 11, 8)


def test_years_since_the_latest_past_date_narrow_closed_bounds():
    text = ("أكد وزير الخارجية المصري سامح شكري اليوم الاثنين أن اللجنة ستجتمع نهاية نوفمبر الجاري "
            "في أول اجتماع لها منذ ست سنوات.\nوكان آخر اجتماع للجنة في أغسطس 2015.")
    g = guess(text)
    assert (g.date, g.year, g.month) == (None, 2021, 11)
    assert '"منذ ست سنوات" counted from "أغسطس 2015"' in g.reason


def test_a_count_of_years_never_fixes_a_year_alone():
    text = ("أكد الوزير اليوم الاثنين أن اللجنة ستجتمع نهاية نوفمبر الجاري في أول اجتماع لها منذ ست "
            "سنوات.\nوكان آخر اجتماع للجنة في أغسطس 2015.")
    g = guess(text)
    # nor may the latest written year (2015) be guessed against it
    assert g.year is None and g.lo is None


def test_a_year_written_as_a_target_is_no_lower_bound():
    g = guess("جدة في 14 أكتوبر / واس / أكد الوزير أن الخطة تكتمل بحلول عام 2030.")
    assert g.year is None and g.lo is None


def test_the_latest_past_date_is_a_lower_bound():
    g = guess(f"جدة في 3 مارس / واس / {MINISTER}، بعد اجتماعهم الأخير الذي عقد في ديسمبر 2023.")
    assert g.date == date(2024, 3, 3)


def test_an_egypt_us_centenary_dates_the_text():
    g = guess("وأكد الوزير أن الحوار يسبق الاحتفال بالذكرى المئوية لإقامة العلاقات الدبلوماسية بين مصر "
              "والولايات المتحدة العام المقبل.")
    assert g.year == 2021


def test_a_yearless_dateline_keeps_its_day_when_another_document_gives_the_year():
    anchor = from_guess(guess("جدة في 14 أكتوبر / واس / انطلقت أعمال الحوار."))
    assert (anchor.lo, anchor.day_of_month, anchor.month) == (None, 14, 10)
    assert [anchor.fits(date(2020, 10, d)) for d in (13, 14)] == [False, True]


def test_a_part_with_bounds_keeps_them_as_its_span():
    first, = initial_anchors(SourceDoc("t", f"جدة في 3 مارس / واس / {MINISTER}{WAR}."))
    assert (first.lo, first.hi, first.day_of_month) == (date(2022, 3, 3), date(2024, 3, 3), 3)


def test_the_tenures_table_names_known_officials_with_ordered_terms():
    known = {o["id"] for o in yaml.safe_load((DATA / "officials.yaml").read_text(encoding="utf-8"))}
    rows = read_rows("tenures.tsv")
    assert rows and all(len(row) in (3, 4, 5) for row in rows)
    for row in rows:
        assert row[0] in known, row
        start, end = row[2], row[3] if len(row) >= 4 else ""
        assert len(start) == 7 and (not end or start <= end), row


def test_clues_that_leave_no_day_keep_their_month_rather_than_a_wrong_day():
    # 14 October 2021 is a Thursday, not a Tuesday
    g = guess("الكويت في 14 أكتوبر / كونا / أكد الوزير اليوم الثلاثاء أن هذا العام يشهد الذكرى الـ60 "
              "لاستقلال الكويت.")
    assert (g.date, g.year, g.month, g.candidates) == (None, 2021, 10, [])
    anchor = from_guess(g)
    assert (anchor.lo, anchor.hi) == (date(2021, 10, 1), date(2021, 10, 31))


def test_a_count_of_years_is_counted_from_the_date_written_beside_it():
    # Blinken's term (2021-01 to 2025-01) closes the span; the count narrows it to one year
    g = guess(f"{MINISTER} اليوم الأربعاء، احتفاء بمعاهدة وقعت في 20 ديسمبر 1958، وبأخرى أبرمت "
              "منذ 189 عاما في 21 سبتمبر 1833.")
    assert g.lo >= date(2022, 9, 1) and g.hi <= date(2023, 10, 1)


def test_a_count_of_years_after_a_dated_event_gives_the_text_s_year():
    g = guess("عمان في 14 مايو /بترا/ عقدت اليوم الأحد الجولة الثانية من الحوار، وذلك بعد أربع سنوات من "
              "انعقاد الجولة الأولى في واشنطن عام 2019.")
    assert g.date == date(2023, 5, 14)


def test_a_term_of_a_few_months_from_the_added_officials_dates_a_text_that_gives_no_date():
    # Mike Waltz advised the US president on national security from 2025-01 to 2025-05
    g = guess("ناقش مستشار الأمن القومي الأمريكي مايك والتز مع وزير الخارجية العماني ملفات المنطقة.")
    assert (g.lo, g.hi) == (date(2025, 1, 1), date(2025, 5, 31))
    assert "مايك والتز" in g.reason and "2025-01 to 2025-05" in g.reason


def test_a_former_minister_bounds_nothing():
    g = guess("قال وزير الخارجية التونسي السابق عثمان الجرندي إن الحوار مع واشنطن مفيد.")
    assert g is None or "الجرندي" not in g.reason


def test_a_relative_year_with_the_year_it_names_gives_the_text_s_year():
    # no official, no written day with its year: "العام المقبل 2024" alone says the text is of 2023
    g = guess("الرياض في 12 مايو /واس/ أعلن الجانبان اليوم الجمعة برنامجا يبدأ في العام المقبل 2024.")
    assert g.date == date(2023, 5, 12) and '"العام المقبل 2024"' in g.reason


def test_a_relative_year_without_a_year_beside_it_fixes_nothing():
    g = guess("الرياض في 12 مايو /واس/ أعلن الجانبان اليوم الجمعة برنامجا يبدأ في العام المقبل.")
    assert g.year is None and g.date is None


def test_a_year_followed_by_a_clause_saying_it_was_last_year_gives_the_text_s_year():
    g = guess("الدوحة في 7 مارس /قنا/ أشاد الوزير اليوم الخميس بمعرض إكسبو 2023 الذي أقيم أواخر العام الماضي.")
    assert g.date == date(2024, 3, 7) and '"2023" is "أواخر العام الماضي"' in g.reason


def test_a_year_in_another_clause_than_the_relative_year_fixes_nothing():
    g = guess("الدوحة في 7 مارس /قنا/ أشاد الوزير اليوم الخميس برؤية 2030، وكان قد زار البلاد العام الماضي.")
    assert g.year is None and g.date is None


def test_a_plan_s_year_followed_by_a_clause_saying_when_it_was_made_fixes_nothing():
    # "رؤية 2030": the year is the plan's target; the clause tells when the plan was launched
    g = guess("الرياض في 7 مارس /واس/ أشاد الوزير اليوم الخميس برؤية 2030 التي أطلقت العام الماضي.")
    assert g.year is None and g.date is None


def test_a_french_prime_minister_of_the_added_officials_bounds_the_date():
    # Jean Castex was France's prime minister from 2020-07 to 2022-05
    g = guess("واستقبل رئيس الوزراء الفرنسي جان كاستكس وزير الخارجية الكويتي لبحث العلاقات الثنائية.")
    assert (g.lo, g.hi) == (date(2020, 7, 1), date(2022, 5, 31))
    assert "جان كاستكس" in g.reason


def test_a_japanese_prime_minister_of_the_added_officials_bounds_the_date():
    # Fumio Kishida was Japan's prime minister from 2021-10 to 2024-10
    g = guess("وأكد رئيس الوزراء الياباني فوميو كيشيدا أهمية أمن الطاقة في المنطقة.")
    assert (g.lo, g.hi) == (date(2021, 10, 1), date(2024, 10, 31))
    assert "فوميو كيشيدا" in g.reason


def test_a_count_of_years_from_a_date_written_beside_it_bounds_the_text_on_its_own():
    # no official, no era: the writer's own count from 12 March 1972 puts the text 50 years on
    g = guess("أشاد السفير اليوم الخميس بالعلاقات التي أقيمت منذ 50 عاما في 12 مارس 1972.")
    assert date(2022, 3, 1) <= g.lo and g.hi <= date(2023, 3, 31) and g.year is None
    assert all(d.weekday() == 3 for d in g.candidates)
    # "more than fifty years" is no count
    assert guess("أشاد السفير اليوم الخميس بالعلاقات التي أقيمت منذ أكثر من 50 عاما في 12 مارس 1972.").lo is None


def test_an_anniversary_told_as_still_ahead_leaves_its_year_or_the_one_before():
    ahead = guess("عقدت اللجنة اجتماعها في 3 مارس الجاري استعدادا للذكرى الخمسين لاستقلال البلاد الذي أعلن عام 1971.")
    assert ahead.year is None and (ahead.lo, ahead.hi) == (date(2020, 3, 1), date(2021, 3, 31))
    assert "still ahead" in ahead.reason
    held = guess("عقدت اللجنة اجتماعها في 3 مارس الجاري احتفالا بالذكرى الخمسين لاستقلال البلاد الذي أعلن عام 1971.")
    assert held.year == 2021
