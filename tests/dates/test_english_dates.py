"""English dates (DATES.md conventions): the case set and the language dispatch of find_dates."""
import json
from datetime import date
from pathlib import Path

from hiwar.extract.dates import find_dates
from hiwar.text.language import detect_language, language_spans

CASES = [json.loads(line) for line in (Path(__file__).parent / "en_cases.jsonl").read_text(encoding="utf-8").splitlines()]


def values(text, anchor=None):
    return [m.attrs["value"] for m in find_dates(text, date.fromisoformat(anchor) if anchor else None)]


def test_english_case_set_is_large_and_covers_every_category():
    assert len(CASES) >= 100
    assert {"absolute", "range", "yearless", "dateline", "numeric", "relative_day", "weekday",
            "relative_month_year", "month_part", "year_part", "ago", "no_anchor", "negative"} <= {
        c["category"] for c in CASES}


def test_every_english_case_reads_as_expected():
    wrong = [(c["text"], c["expected"], values(c["text"], c["anchor"])) for c in CASES
             if values(c["text"], c["anchor"]) != c["expected"]]
    assert not wrong, wrong[:10]


def test_english_spans_slice_the_original_text():
    text = "WASHINGTON, Nov. 9 (Reuters) - The envoys met on Tuesday, from Nov. 9-24, 2020."
    mentions = find_dates(text, date(2020, 11, 10))
    assert [m.text for m in mentions] == ["Nov. 9", "on Tuesday", "from Nov. 9-24, 2020"]
    for m in mentions:
        assert text[m.start:m.end] == m.text and m.rule.startswith("en:")


def test_a_mixed_page_reads_each_stretch_in_its_own_language():
    arabic = "وصل الوزير إلى واشنطن اليوم الاثنين لبدء جولة جديدة من الحوار الاستراتيجي بين البلدين."
    english = "The minister arrived in Washington on Monday for a new round of the strategic dialogue."
    text = arabic + "\n" + english
    assert [lang for _, _, lang in language_spans(text)] == ["ar", "en"]
    assert detect_language(english) == "en" and detect_language(arabic) == "ar"
    mentions = find_dates(text, date(2020, 11, 23))
    assert [(m.text, m.attrs["value"]) for m in mentions] == [("اليوم الاثنين", "2020-11-23"),
                                                              ("on Monday", "2020-11-23")]
