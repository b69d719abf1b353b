"""Anchors per part and across documents, and the rules that feed them."""
from __future__ import annotations

from datetime import date

from hiwar.extract.events import document_parts
from hiwar.build import build_record
from hiwar.pipeline import SourceDoc, analyze
from hiwar.resolve.anchors import from_value, initial_anchors
from hiwar.resolve.events import Report, merge_events
from hiwar.extract.types import LocalEvent, Mention
from hiwar.text.doc import Doc

CLOSED = ("اختتمت في واشنطن جلسات الحوار الاستراتيجي الرابع بين قطر والولايات المتحدة في 24 نوفمبر "
          "بعد انطلاقها في 9 نوفمبر.")

def test_a_break_phrase_opens_a_second_part():
    text = "عقد الوزيران اجتماعا اليوم. وفي سياق متصل، بحث الجانبان التعاون."
    assert document_parts(Doc(text), len(text)) == [0, text.index("وفي سياق")]

def test_each_part_is_anchored_by_its_own_clues():
    text = ("تتزامن الزيارة مع الذكرى الـ50 لاستقلال قطر. "
            "وفي سياق متصل، تعقد الجولة الرابعة نهاية نوفمبر الجاري.")
    first, second = initial_anchors(SourceDoc("t", text))
    assert (first.year, first.month) == (2021, None)
    assert (second.year, second.month) == (None, 11) and "part 2" in second.reason

def test_a_closing_verb_names_the_boundary_of_its_own_session_only():
    a = analyze(SourceDoc("t", CLOSED), from_value("2020-11-30", "given"))
    assert [(r.number, r.start, r.end, r.venue) for r in a.rounds] == [(4, "2020-11-09", "2020-11-24", "واشنطن")]

def test_a_framed_round_with_a_planned_holding_is_a_planned_session():
    text = ("جاء ذلك خلال جلسة عمل افتراضية حول الأمن ضمن الجولة الرابعة للحوار الاستراتيجي بين قطر "
            "والولايات المتحدة، المقرر عقده نهاية نوفمبر الجاري في العاصمة الأمريكية (واشنطن).")
    a = analyze(SourceDoc("t", text), from_value("2020-11-16", "given"))
    planned = [e for e in a.events if e.type == "round_session"]
    assert [(e.round, e.status, e.venue, e.date) for e in planned] == [  # venue as written: the city
        (4, "planned", "واشنطن", {"start": "2020-11-21", "end": "2020-11-30"})]
    wg = [e for e in a.events if e.type == "working_group_session"][0]
    assert wg.date == "2020-11"  # the closing's date is not the working group's

def test_a_span_anchor_keeps_only_what_all_its_days_agree_on():
    text = "زار الوزير الكويت في يونيو الماضي، ويعقد اليوم اجتماعا."
    a = analyze(SourceDoc("t", text), from_value("2022-01", "given"))
    values = {m.text: m.attrs["value"] for m in a.dates}
    assert values["يونيو الماضي"] == "2021-06"
    assert values["اليوم"] == "2022-01"

def test_an_undated_document_takes_the_month_of_a_round_it_shares():
    dated = SourceDoc("a", "انطلقت اليوم أعمال الجولة الرابعة من الحوار الاستراتيجي بين قطر والولايات المتحدة.",
                      published="2020-11-09")
    undated = SourceDoc("b", CLOSED)
    record = build_record([dated, undated])
    doc_b = next(d for d in record.documents if d.id == "b")
    assert doc_b.anchor == "2020-11" and "round 4 of QA-US" in doc_b.anchor_reason
    assert next(r for r in record.rounds if r.number == 4).end == "2020-11-24"

def test_a_relative_date_and_another_documents_absolute_date_fix_the_anchor():
    dated = SourceDoc("a", CLOSED, published="2020-11-25")
    relative = SourceDoc("b", "اجتمعت اليوم الاثنين مجموعة عمل الدفاع ضمن الجولة الرابعة من الحوار الاستراتيجي "
                              "بين قطر والولايات المتحدة التي انطلقت في التاسع من نوفمبر الجاري، "
                              "ويشهد يوم غد الثلاثاء اختتام أعمالها في واشنطن. "
                              "ويصادف العام المقبل الذكرى الـ 50 لاستقلال قطر.")
    record = build_record([dated, relative])
    doc_b = next(d for d in record.documents if d.id == "b")
    assert doc_b.anchor == "2020-11-23"
    assert "يوم غد الثلاثاء" in doc_b.anchor_reason and "a dates" in doc_b.anchor_reason

def _report(doc: str, order: int, value, rule: str) -> Report:
    ev = LocalEvent("visit", date=value)
    ev.evidence.append(Mention("evidence", 0, 1, "x", "date", rule))
    return Report(doc, order, ev, ["p1"], [])

def test_a_defaulted_date_still_keeps_reports_of_other_years_apart():
    events = merge_events([_report("a", 0, "2022-01", "date:nearest_in_sentence"),
                           _report("b", 1, "2021-07", "date:anchor_month")])
    assert len(events) == 2

def test_a_defaulted_date_joins_a_dated_report_of_its_year():
    events = merge_events([_report("a", 0, "2021-07-29", "date:nearest_in_sentence"),
                           _report("b", 1, "2021-09", "date:anchor_month")])
    assert len(events) == 1 and events[0].date == "2021-07-29"
    assert date(2021, 7, 29).isoformat() == events[0].date


def _session(doc: str, order: int, value, number: int | None) -> Report:
    ev = LocalEvent("round_session", date=value, round=number, dialogue="IQ-US")
    ev.evidence.append(Mention("evidence", 0, 1, "x", "date", "date:nearest_in_sentence"))
    return Report(doc, order, ev, [], [], dialogue="IQ-US")


def test_a_session_announced_without_its_number_and_one_held_with_it_on_that_day_are_one():
    assert len(merge_events([_session("a", 0, "2024-04-15", None), _session("b", 1, "2024-04-15", 2)])) == 1
    assert len(merge_events([_session("a", 0, "2024-04", None), _session("b", 1, "2024-04-15", 2)])) == 2


def _statement(doc: str, order: int, participants: list[str], bodies: list[str]) -> Report:
    ev = LocalEvent("statement", date="2024-03-22", participants=participants, organizations=bodies)
    ev.evidence.append(Mention("evidence", 0, 1, "x", "date", "date:nearest_in_sentence"))
    return Report(doc, order, ev, participants, bodies)


def test_one_report_telling_two_bodies_statements_keeps_them_two():
    # "أفاد البيت الأبيض في بيان ... من جهته، أفاد المكتب الإعلامي لرئاسة الحكومة، في بيان ..."
    assert len(merge_events([_statement("a", 0, [], ["o1"]), _statement("a", 1, ["p1", "p2"], ["o2"])])) == 2
    # two reports of one statement may each name another body beside it
    assert len(merge_events([_statement("a", 0, [], ["o1"]), _statement("b", 1, ["p1", "p2"], ["o2"])])) == 1


def test_a_yearless_dateline_takes_the_year_another_document_dates_its_dialogue_on_that_day():
    # "15 - 4" and a Monday fit 2019 and 2024; the announcement dates a meeting of the dialogue
    # (no round) to 15 April 2024
    announced = SourceDoc("a", "أعلن البيت الأبيض اليوم أن رئيس الوزراء العراقي سيجري مباحثات مع الرئيس "
                               "الأمريكي في واشنطن يوم 15 نيسان المقبل في إطار الحوار الاستراتيجي بين العراق "
                               "والولايات المتحدة.",
                          published="2024-03-22")
    held = ("واشنطن – 15 – 4 (كونا) — عقدت لجنة التنسيق العليا الأمريكية العراقية اليوم {} "
            "اجتماعها الثاني في واشنطن بين العراق والولايات المتحدة.")
    record = build_record([announced, SourceDoc("b", held.format("الإثنين"))])
    doc_b = next(d for d in record.documents if d.id == "b")
    assert doc_b.anchor == "2024-04-15" and "2024: a dates" in doc_b.anchor_reason
    # 15 April 2024 is no Tuesday: that day is not the text's
    record = build_record([announced, SourceDoc("b", held.format("الثلاثاء"))])
    assert next(d for d in record.documents if d.id == "b").anchor is None


def test_an_event_without_a_dialogue_of_its_own_dates_the_dialogue_its_document_is_about():
    # the announcement's meeting names no dialogue, but the page is about Egypt and the US (as the
    # record merges it): its 10 May 2023 gives the year of a yearless "10 - 5" Wednesday of that dialogue
    announced = SourceDoc("a", "قالت الرئاسة المصرية اليوم إن الرئيس المصري سيجري مباحثات مع وزير الخارجية "
                               "الأمريكي في القاهرة يوم 10 أيار المقبل، لبحث العلاقات بين مصر والولايات المتحدة.",
                          published="2023-04-20")
    held = SourceDoc("b", "القاهرة – 10 – 5 (أ ش أ) — انطلقت اليوم الأربعاء في القاهرة جولة الحوار الاستراتيجي "
                          "بين مصر والولايات المتحدة بمشاركة وزير الخارجية الأمريكي.")
    assert [(e.type, e.dialogue) for e in analyze(announced, date(2023, 4, 20)).events] == [("bilateral_meeting", None)]
    doc_b = _document("b", announced, held)
    assert doc_b.anchor == "2023-05-10" and "of EG-US" in doc_b.anchor_reason


def test_a_report_of_a_session_held_is_not_older_than_the_day_another_document_gives_it():
    # a Wednesday of June 2021 (the round's year and month) not before the session of Monday 28 June: the 30th
    dated = SourceDoc("a", "عقدت في الرياض يوم 28 يونيو 2021 الجولة الثالثة من الحوار الاستراتيجي بين السعودية "
                           "والمملكة المتحدة.", published="2021-07-02")
    told = ("أعلنت وزارة الخارجية اليوم {} أن الرياض استضافت الجولة الثالثة من الحوار الاستراتيجي بين السعودية "
            "والمملكة المتحدة.")
    doc_b = _document("b", dated, SourceDoc("b", told.format("الأربعاء")))
    assert doc_b.anchor == "2021-06-30" and "not before 2021-06-28" in doc_b.anchor_reason
    # no Sunday of that June comes after the session: nothing is chosen
    doc_b = _document("b", dated, SourceDoc("b", told.format("الأحد")))
    assert doc_b.anchor == "2021-06" and "not before" not in doc_b.anchor_reason


def test_a_yearless_day_and_weekday_take_the_one_fitting_year_the_dialogue_is_known_active_in():
    # 2 October is a Wednesday in 2013, 2019, 2024 and 2030; the dialogue is known only in 2024
    met = ("استقبل وزير الخارجية البحريني اليوم في المنامة السفير الأمريكي، وبحث الجانبان التحضيرات للجولة "
           "الرابعة من الحوار الاستراتيجي بين البحرين والولايات المتحدة.")
    held = ("واشنطن – 2 – 10 (بنا) — انطلقت اليوم {} في واشنطن أعمال الجولة الرابعة من الحوار الاستراتيجي "
            "بين البحرين والولايات المتحدة.")
    in_2024 = SourceDoc("a", met, published="2024-05-14")
    doc_b = _document("b", in_2024, SourceDoc("b", held.format("الأربعاء")))
    assert doc_b.anchor == "2024-10-02" and "known active" in doc_b.anchor_reason
    # no Thursday: no year fits
    assert _document("b", in_2024, SourceDoc("b", held.format("الخميس"))).anchor is None
    # known active in 2019 too: two years fit, none is chosen
    assert _document("b", in_2024, SourceDoc("c", met, published="2019-03-05"),
                     SourceDoc("b", held.format("الأربعاء"))).anchor is None
    # a report of 2024 recalling a meeting of 2019 tells history, not when the dialogue was in the news
    recalls = SourceDoc("c", met + " وكان وزير الخارجية البحريني قد التقى نظيره الأمريكي في واشنطن يوم 5 مارس 2019.",
                        published="2024-05-20")
    assert _document("b", in_2024, recalls, SourceDoc("b", held.format("الأربعاء"))).anchor == "2024-10-02"


def test_a_yearless_report_of_a_round_takes_the_one_year_its_days_fit_before_the_round_after():
    # 14 May fell on a Sunday in 2017, 2023 and 2028: only 2023 lies in the two years before round 3
    after = SourceDoc("r3", "انطلقت في عمّان يوم 12 مارس 2024 أعمال الجولة الثالثة من الحوار الاستراتيجي بين "
                            "الأردن والولايات المتحدة.", published="2024-03-12")
    told = ("عمان – 14 – 5 (بترا) — عقدت اليوم {} في واشنطن الجولة الثانية من الحوار الاستراتيجي بين الأردن "
            "والولايات المتحدة.")
    doc = _document("r2", after, SourceDoc("r2", told.format("الأحد")))
    assert doc.anchor == "2023-05-14" and "before round 3" in doc.anchor_reason
    # 14 May is a Monday in 2018 and 2029, neither in those two years: no year
    assert _document("r2", after, SourceDoc("r2", told.format("الاثنين"))).anchor is None


def _document(doc_id: str, *sources: SourceDoc):
    """The record's document `doc_id`, once the record of `sources` is built."""
    return next(d for d in build_record(list(sources)).documents if d.id == doc_id)

def _statement_dates(text: str, published: str) -> list:
    a = analyze(SourceDoc("t", text), from_value(published, "given"))
    return [(e.date, next(m.rule for m in e.evidence if m.norm == "date")) for e in a.events if e.type == "statement"]

def test_a_statement_without_a_date_in_a_report_told_as_of_today_is_of_that_day():
    for text in ("أفادت وزارة الخارجية الكويتية، اليوم الأحد، بأن الجولة الثالثة من الحوار الاستراتيجي بين الكويت "
                 "والولايات المتحدة قد اختتمت في واشنطن. وأصدر الجانبان بيانا مشتركا أكدا فيه تعزيز التعاون في مجال الطاقة.",
                 "قالت الخارجية القطرية اليوم الأحد إن الدورة الخامسة من الحوار الاستراتيجي القطري الأمريكي انعقدت "
                 "في الدوحة. ووزعت الوزارة نص البيان المشترك الصادر عن الجانبين."):
        assert _statement_dates(text, "2023-04-16") == [("2023-04-16", "date:told_today")]

def test_a_statement_in_a_report_that_never_says_today_keeps_the_month():
    text = ("أفادت وزارة الخارجية الكويتية بأن الجولة الثالثة من الحوار الاستراتيجي بين الكويت والولايات المتحدة "
            "قد اختتمت في واشنطن. وأصدر الجانبان بيانا مشتركا أكدا فيه تعزيز التعاون في مجال الطاقة.")
    assert _statement_dates(text, "2023-04-16") == [("2023-04", "date:anchor_month")]

def test_an_anniversary_and_the_year_written_for_it_do_not_date_the_statement_that_mentions_it():
    text = ("عقد وزيرا خارجية الأردن والمغرب الجولة الثانية من الحوار الاستراتيجي في الرباط يوم 4 مايو. "
            "وأشار بيان مشترك إلى قرب حلول الذكرى الخمسين لإقامة العلاقات بين البلدين التي أقيمت عام 1974، في عام 2024.")
    dates = [value for value, _ in _statement_dates(text, "2023-05-06")]
    assert dates and "2024" not in dates

def test_a_round_the_text_dates_itself_is_recalled_and_lends_it_no_year():
    dated = SourceDoc("a", "انطلقت اليوم أعمال الجولة الأولى من الحوار الاستراتيجي بين قطر والولايات المتحدة.",
                      published="2016-03-07")
    recalled = SourceDoc("b", "يتوجه الوزير غدا الأحد إلى الدوحة. يذكر أن الجولة الأولى من الحوار الاستراتيجي بين قطر "
                              "والولايات المتحدة انطلقت في مارس 2016.")
    record = build_record([dated, recalled])
    doc_b = next(d for d in record.documents if d.id == "b")
    assert doc_b.anchor is None
    # told without its year, the round is news the other document dates
    told = SourceDoc("b", recalled.text.replace("مارس 2016", "السابع من مارس"))
    doc_b = next(d for d in build_record([dated, told]).documents if d.id == "b")
    assert doc_b.anchor is not None and "round 1 of QA-US" in doc_b.anchor_reason

def test_a_yearless_text_naming_its_weekday_takes_the_day_another_report_gives_the_round():
    arrival = SourceDoc("a", "حل وزير الخارجية الأمريكي بالرباط الجمعة في زيارة يرأس خلالها وفد بلاده إلى اجتماعات "
                             "الدورة الثانية للحوار الاستراتيجي بين الولايات المتحدة والمغرب.", published="2014-04-04")
    opening = SourceDoc("b", "افتتح وزيرا خارجية البلدين اليوم الجمعة بالرباط أشغال الدورة الثانية للحوار "
                             "الاستراتيجي بين الولايات المتحدة والمغرب.")
    day_after = SourceDoc("c", "قال وزير الخارجية الأمريكي أمس خلال افتتاح الدورة الثانية للحوار الاستراتيجي بين "
                               "الولايات المتحدة والمغرب إن البلدين شريكان في الأمن الإقليمي.")
    record = build_record([arrival, opening, day_after])
    anchors = {d.id: d.anchor for d in record.documents}
    assert anchors["b"] == "2014-04-04" and anchors["c"] == "2014-04-05"  # c: from b's opening, once b is dated
    assert "dates a visit (round 2)" in next(d for d in record.documents if d.id == "b").anchor_reason


def test_a_top_date_the_texts_own_clues_rule_out_dates_none_of_its_events():
    page = SourceDoc("c", "21 سبتمبر 2025\nانعقدت الجولة الثالثة من الحوار الاستراتيجي بين الولايات المتحدة وقطر "
                          "برئاسة مايك بومبيو وزير الخارجية الأمريكي.")
    own = initial_anchors(page)
    assert own[0].furniture == (0, 14) and "is not the text's day" in own[0].reason
    sessions = [e for e in analyze(page, own).events if e.type == "round_session"]
    assert sessions and all(e.date is None for e in sessions)


def test_a_top_date_that_puts_a_round_years_from_where_other_reports_date_it_is_set_aside():
    dated = SourceDoc("a", "انطلقت اليوم في واشنطن الجولة الثالثة من الحوار الاستراتيجي بين الولايات المتحدة وقطر.",
                      published="2020-09-14")
    crawled = SourceDoc("b", "23 سبتمبر 2025\nانطلقت أمس في واشنطن الجولة الثالثة من الحوار الاستراتيجي بين "
                             "الولايات المتحدة وقطر وسط آمال بتوسيع التعاون.")
    record = build_record([dated, crawled])
    page = next(d for d in record.documents if d.id == "b")
    assert page.anchor == "2020-09-15" and "is not the text's day" in page.anchor_reason
    assert [(r.number, r.start, r.end) for r in record.rounds] == [(3, "2020-09-14", "2020-09-14")]


def test_a_top_date_agreeing_with_the_other_reports_stands():
    dated = SourceDoc("a", "انطلقت اليوم في واشنطن الجولة الثالثة من الحوار الاستراتيجي بين الولايات المتحدة وقطر.",
                      published="2020-09-14")
    headed = SourceDoc("b", "15 سبتمبر 2020\nانطلقت أمس في واشنطن الجولة الثالثة من الحوار الاستراتيجي بين "
                            "الولايات المتحدة وقطر وسط آمال بتوسيع التعاون.")
    page = next(d for d in build_record([dated, headed]).documents if d.id == "b")
    assert page.anchor == "2020-09-15" and page.anchor_reason.startswith("dateline")


def test_a_report_of_a_round_takes_no_year_from_the_earlier_round_it_recalls():
    first = SourceDoc("a", "عقدت قطر والولايات المتحدة في واشنطن يوم 30 يناير 2018 أولى جولات حوارهما "
                           "الاستراتيجي.")
    second = SourceDoc("b", "انطلقت أمس في الدوحة الجولة الثانية من الحوار الاستراتيجي بين الولايات المتحدة وقطر، "
                            "وذلك بعد الجولة الأولى التي انعقدت في يناير الماضي بواشنطن.")
    page = next(d for d in build_record([first, second]).documents if d.id == "b")
    assert page.anchor is None


def test_a_launch_without_its_weekday_takes_no_day_from_a_later_session_of_the_round():
    closing = SourceDoc("a", "التقى وزير الخارجية البحريني اليوم في واشنطن نظيره الأمريكي في ختام الحوار "
                             "الاستراتيجي الثالث بين الولايات المتحدة والبحرين.", published="2023-07-20")
    launch = SourceDoc("b", "بدأت اليوم عبر الاتصال المرئي أولى جلسات الحوار الاستراتيجي الثالث بين الولايات "
                            "المتحدة والبحرين بمشاركة مجموعات العمل.")
    record = build_record([closing, launch])
    assert [r.number for r in record.rounds] == [3]
    assert next(d for d in record.documents if d.id == "b").anchor != "2023-07-20"


def test_an_english_listing_date_other_reports_rule_out_dates_nothing():
    dated = SourceDoc("a", "Secretary Blinken hosted the Bahraini Foreign Minister in Washington today to close the "
                           "third round of the U.S.-Bahrain Strategic Dialogue.", published="2023-07-20", language="en")
    listed = SourceDoc("b", "July 19, 2024\n\nThe two ministers met on July 20 to conclude the third annual session "
                            "of the U.S.-Bahrain Strategic Dialogue, held at the State Department.", language="en")
    record = build_record([dated, listed])
    page = next(d for d in record.documents if d.id == "b")
    assert "is not the text's day" in page.anchor_reason and not (page.anchor or "").startswith("2024")
    assert [(r.number, r.start, r.end) for r in record.rounds] == [(3, "2023-07-20", "2023-07-20")]


def test_a_top_date_earlier_than_other_reports_of_the_round_stands():
    """Two frameworks of one pair may number their meetings alike: a page's own date is set aside only when
    it comes after the round as others tell it held (a crawl or listing date), never before."""
    later = SourceDoc("a", "عقدت في المنامة اليوم الدورة الخامسة من الحوار الاستراتيجي بين البحرين وقطر.",
                      published="2024-04-10")
    headed = SourceDoc("b", "22 يوليو 2021\nاختتمت أمس في الدوحة أعمال الدورة الخامسة من الحوار الاستراتيجي بين "
                            "البحرين وقطر بتوقيع مذكرتين.")
    page = next(d for d in build_record([later, headed]).documents if d.id == "b")
    assert page.anchor == "2021-07-22" and page.anchor_reason.startswith("dateline")
