"""Any input: no exception, and every reported span slices the input to the reported text."""
from datetime import date

from hypothesis import given, settings, strategies as st

from hiwar.extract.dates import find_dates, parse_value

FRAGMENTS = ["اليوم", "أمس", "غدا", "الاثنين", "الماضي", "المقبل", "من", "إلى", "بين", "و", "نوفمبر",
             "تشرين الثاني", "/", "2020", "٢٠٢١", "24", "٩", "هـ", "رمضان", "غرة", "شوال", "1442", "الذكرى",
             "الـ30", "لتحرير الكويت", "مرور", "عاما", "على", "منتصف", "الربع الأخير", "العام", "الشهر",
             "قبل", "أربع سنوات", "على مدى", "أسبوعين", "بدءا من", "26/1/2022", "January", "31", ".", "،",
             "\u0651", "\u0640", "ـ", "(", ")", "-", "يوم", "ألفين", "وعشرين", "الحادي", "عشر", "سن", "الستين"]

texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=25).map("".join),
)
anchors = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=300)
@given(texts, anchors)
def test_any_text_gives_valid_slices_and_values(text, anchor):
    previous_end = 0
    for m in find_dates(text, anchor):
        assert text[m.start:m.end] == m.text
        assert previous_end <= m.start < m.end <= len(text)
        previous_end = m.end
        if m.attrs["value"] is not None:
            assert parse_value(m.attrs["value"]) == m.attrs["value"]
        else:
            assert anchor is None and m.attrs["relative"]


def test_a_count_of_years_reaching_before_the_calendar_is_no_date():
    assert [m.attrs["value"] for m in find_dates("قبل ألفين عام", date(1990, 1, 1))] == []
    assert [m.attrs["value"] for m in find_dates("قبل 3000 عام", date(2020, 1, 1))] == []
    assert [m.attrs["value"] for m in find_dates("قبل عامين", date(2020, 1, 1))] == ["2018"]
