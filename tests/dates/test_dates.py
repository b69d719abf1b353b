"""The Arabic temporal layer: the case set (DATES.md conventions) and focused behaviour."""
import io
import json
from datetime import date
from pathlib import Path

import pytest

from hiwar.extract.dates import (AnchorClue, anchors_satisfying, bounds, contains, find_dates, infer_anchor,
                                 parse_value, widest)
from hiwar.extract.dates.command import run
from hiwar.text.doc import Doc

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


def values(text, anchor=None):
    return [m.attrs["value"] for m in find_dates(text, date.fromisoformat(anchor) if anchor else None)]


def test_case_set_is_large_and_covers_every_category():
    assert len(CASES) >= 320
    categories = {c["category"] for c in CASES}
    assert {"absolute", "combined_months", "english", "numeric", "hijri", "relative_day", "weekday",
            "relative_month_year", "ago", "month_part", "year_part", "range", "duration", "anniversary",
            "year_words", "yearless", "no_anchor", "negative"} <= categories
    assert sum(c["category"] == "negative" for c in CASES) >= 60


def test_case_set_accuracy_is_at_least_98_percent():
    wrong = [(c["text"], c["expected"], values(c["text"], c["anchor"])) for c in CASES
             if values(c["text"], c["anchor"]) != c["expected"]]
    accuracy = 1 - len(wrong) / len(CASES)
    assert accuracy >= 0.98, wrong[:10]


def test_spans_slice_the_original_text_and_skip_proclitics():
    text = "وأكد الوزير، أمس الأحد، أن الاجتماع سيُعقد في الـ٢٤ من نوفمبر ٢٠٢٠ والعام المقبل."
    for m in find_dates(text, date(2020, 11, 23)):
        assert text[m.start:m.end] == m.text
        assert m.kind == "date" and m.norm == json.dumps(m.attrs["value"], ensure_ascii=False, separators=(",", ":"))
    assert [m.text for m in find_dates(text, date(2020, 11, 23))][-1] == "العام المقبل"


def test_without_anchor_relative_dates_are_found_with_no_value():
    mentions = find_dates("وصل الوفد أمس بعد اجتماع 5 مايو 2021")
    assert [(m.text, m.attrs["value"], m.attrs["relative"]) for m in mentions] == [
        ("أمس", None, True), ("5 مايو 2021", "2021-05-05", False)]


def test_same_day_written_twice_is_one_expression():
    text = "الأحد ١٧ ذي القعدة ١٤٤٢ هـ الموافق ٢٧ يونيو ٢٠٢١ م"
    [mention] = find_dates(text)
    assert mention.attrs["value"] == "2021-06-27" and mention.start == 0


def test_a_hijri_day_with_its_year_gives_the_year_to_its_gregorian_twin():
    # 9 Dhu al-Hijjah 1444 is 27 June 2023 (Umm al-Qura): "27 يونيو" beside it, without a year, is of 2023
    [mention] = find_dates("وصل الوفد الثلاثاء 9 ذي الحجة 1444 هـ الموافق 27 يونيو إلى جدة")
    assert mention.attrs["value"] == "2023-06-27"
    # a day observed one day off Umm al-Qura is still its twin
    assert values("غرة شوال 1445 هـ الموافق 11 أبريل") == ["2024-04-11"]
    # a Gregorian day a month away is not its twin: no year is taken (and none is guessed without an anchor)
    assert values("9 ذي الحجة 1444 هـ الموافق 27 يوليو") == [None]
    assert infer_anchor(Doc("جدة، 9 ذي الحجة 1444 هـ الموافق 27 يونيو (واس) - عقد المجلس اجتماعه.")).date == \
        date(2023, 6, 27)


def test_anniversary_gives_computed_year_then_the_written_base():
    mentions = find_dates("الذكرى الستين لاستقلال البلاد الذي أعلن في 19 يونيو 1961")
    assert [m.attrs["value"] for m in mentions] == ["2021-06-19", "1961-06-19"]
    assert mentions[0].attrs["base"] == "1961-06-19"


def test_anniversary_base_from_the_event_table():
    [m] = find_dates("الذكرى الـ30 لتحرير الكويت")
    assert m.attrs["value"] == "2021" and m.attrs["base_event"] == "kw_liberation"
    assert m.text == "الذكرى الـ30 لتحرير الكويت"


def test_bare_weekday_follows_the_verb_tense():
    monday = "2022-01-31"
    assert values("اختتم الحوار يوم الأربعاء", monday) == ["2022-01-26"]
    assert values("سيعقد الاجتماع يوم الأربعاء", monday) == ["2022-02-02"]


def test_month_direction_words():
    assert values("في يونيو الماضي", "2022-01-27") == ["2021-06"]
    assert values("في يونيو المقبل", "2022-06-15") == ["2023-06"]
    assert values("في يونيو الجاري", "2022-06-15") == ["2022-06"]


def test_hijri_month_without_year_is_the_nearest_occurrence():
    assert values("خلال شهر رمضان", "2021-04-08") == [{"start": "2021-04-13", "end": "2021-05-12"}]


def test_not_dates():
    for text in ["القرار رقم 2254", "2023 طلبا", "+965 2245 2021", "الجولة الرابعة", "الأمين العام",
                 "الاجتماع المقبل", "الساعة الثالثة عصرا", "سنويا", "تمتد لخمس سنوات", "10 آلاف طالب"]:
        assert values(text, "2022-01-31") == [], text


def test_value_helpers():
    assert parse_value("2021-02") == "2021-02"
    assert parse_value('{"start":"2021-10","end":"2021-12"}') == {"start": "2021-10", "end": "2021-12"}
    for bad in ["2021-13", "2021-02-30", "21", {"start": "2021", "end": "2021-02"}]:
        with pytest.raises(ValueError):
            parse_value(bad)
    assert bounds("2020-02") == (date(2020, 2, 1), date(2020, 2, 29))
    assert contains({"start": "2020-11-09", "end": "2020-11-24"}, "2020-11-23")
    assert not contains("2020-11", "2020-12-01")
    assert widest(["2021-06", "2021-07-29"]) == "2021"
    assert widest(["2021-07-29", "2021-07-29"]) == "2021-07-29"
    assert widest(["2020-11", "2021-01"]) == {"start": "2020", "end": "2021"}
    assert widest([]) is None


def test_infer_anchor_from_a_dateline():
    guess = infer_anchor(Doc("عنوان الخبر\n\n31 January 2022 الدولية\n\nجددت الكويت التزامها في 26 يناير."))
    assert guess.date == date(2022, 1, 31) and "31 January 2022" in guess.reason


def test_infer_anchor_combines_weaker_clues_into_candidates():
    text = ("قال السفير اليوم الاثنين إن العام المقبل يحمل الذكرى الـ 30 لتحرير الكويت، "
            "وإن الحوار بدأ في التاسع من نوفمبر الجاري.")
    guess = infer_anchor(Doc(text))
    assert (guess.date, guess.year, guess.month, guess.weekday) == (None, 2020, 11, 0)
    assert guess.candidates == [date(2020, 11, d) for d in (2, 9, 16, 23, 30)]
    # a cross-document resolver narrows them with what it knows ("tomorrow Tuesday" = 24 Nov)
    tomorrow_is_24th = [d for d in guess.candidates if d.day + 1 == 24]
    assert tomorrow_is_24th == [date(2020, 11, 23)]


def test_anchors_satisfying_lists_days_that_fit_every_clue():
    clues = [AnchorClue(year=2022), AnchorClue(month=1), AnchorClue(weekday=0)]
    assert anchors_satisfying(clues, date(2022, 1, 1), date(2022, 2, 28)) == [
        date(2022, 1, d) for d in (3, 10, 17, 24, 31)]


def test_infer_anchor_returns_none_without_clues():
    assert infer_anchor(Doc("لا تاريخ في هذا النص.")) is None


def test_command_prints_json_lines(capsys):
    out = io.StringIO()
    assert run("وصل الوفد أمس", "2020-11-23", None, out) == 0
    assert json.loads(out.getvalue()) == {"text": "أمس", "start": 10, "end": 13, "value": "2020-11-22"}


def test_command_input_file_and_bad_lines(tmp_path, capsys):
    good = tmp_path / "in.jsonl"
    good.write_text('{"id": "a", "text": "في 2019", "anchor": null}\n{"id": "b", "text": "اليوم", "anchor": "2021-01-02"}\n',
                    encoding="utf-8")
    out = io.StringIO()
    assert run(None, None, str(good), out) == 0
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [
        {"id": "a", "dates": [{"text": "2019", "start": 3, "end": 7, "value": "2019"}]},
        {"id": "b", "dates": [{"text": "اليوم", "start": 0, "end": 5, "value": "2021-01-02"}]}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x"}\nnot json\n', encoding="utf-8")
    assert run(None, None, str(bad), io.StringIO()) == 2
    err = capsys.readouterr().err.strip()
    assert f"{bad}:2" in err and "\n" not in err
    assert run("x", "2020-02-30", None, io.StringIO()) == 2
    assert run(None, None, str(tmp_path / "missing.jsonl"), io.StringIO()) == 2


def test_two_days_joined_by_a_dash_are_a_span_with_or_without_an_opener():
    span = {"start": "2024-03-11", "end": "2024-03-12"}
    assert values("تعقد اللجنة اجتماعاتها 11-12 مارس 2024 في عمّان.") == [span]
    assert values("وذلك خلال الفترة 11 – 12 مارس 2024.") == [span]
    assert values("تنطلق أعمال المنتدى في 11-12 مارس 2024.") == [span]
    # a dash only: "11 و12" with nothing before it may be two days the sentence lists
    assert values("ناقش الجانبان ما جرى 11 و12 مارس 2024.") == ["2024-03-12"]
