"""A news site's own lines around a story (masthead and staff, widgets and buttons, a ticker of other
headlines, related links and comments under it) name no one of the story, date nothing in it, and
leave the story's own lines as they were."""
from __future__ import annotations

from hiwar.extract.page_noise import noise_lines, quiet_page
from hiwar.pipeline import SourceDoc, analyze
from hiwar.resolve.anchors import initial_anchors


def read(text: str, language: str = "ar"):
    source = SourceDoc(id="t", text=text, title=None, published=None, url=None, source=None,
                       language=language, path="t.txt")
    anchors = initial_anchors(source)
    return anchors, analyze(source, anchors)


def persons(analysis) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "person"}


def test_the_masthead_staff_above_a_story_are_no_persons():
    text = ("رئيس التحرير\n\nمنصور حمدي الشريف\n\n"
            "وزير الخارجية يبحث مع نظيره البحريني ملفات التعاون\n\n"
            "بحث وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح مع نظيره البحريني "
            "عبداللطيف الزياني سبل تطوير التعاون بين البلدين.\n")
    found = persons(read(text)[1])
    assert "منصور حمدي الشريف" not in found
    assert "سالم عبدالله الجابر الصباح" in found


def test_a_ticker_of_other_headlines_above_the_story_reports_nothing():
    ticker = ("ارتفاع أسعار الذهب في السوق المحلية مع بداية التعاملات\n"
              "رئيس وزراء ماليزيا يزور اليابان الأسبوع المقبل\n"
              "منتخب الشباب يواجه نظيره التونسي وديا مساء الجمعة\n"
              "موجة حارة تضرب المحافظات الجنوبية خلال الأيام المقبلة\n")
    story = ("\nالكويت والعراق يعقدان اجتماع اللجنة المشتركة\n\n"
             "عقدت اللجنة الكويتية العراقية المشتركة اجتماعها السابع في بغداد برئاسة وزيري خارجية البلدين.\n")
    _, analysis = read(ticker + story)
    start = len(ticker)
    assert analysis.events
    assert all(m.start >= start for ev in analysis.events for m in ev.evidence)
    assert not any("ماليزيا" in m.text or "اليابان" in m.text for m in analysis.places)


def test_the_day_a_site_shows_beside_its_widgets_is_not_the_story_s():
    text = ("الاثنين 14 يوليو 2025\nمواقيت الصلاة\nحالة الطقس\nعدد اليوم\n\n"
            "الإمارات وفرنسا تعقدان جولة جديدة من الحوار الاستراتيجي\n"
            "3 مارس 2016\n"
            "عقدت لجنة الحوار الاستراتيجي الإماراتي الفرنسي أمس اجتماعها في باريس لبحث التعاون في الطاقة.\n")
    anchors, _ = read(text)
    assert anchors[0] is not None and anchors[0].day is not None
    assert anchors[0].day.isoformat() == "2016-03-03"


def test_a_date_line_in_a_block_of_the_story_s_own_header_stays():
    text = ("Readout\nOffice of the Press Secretary\nMuscat\nFebruary 11, 2019\n\n"
            "The Omani and American delegations met in Muscat on Monday to review the work of the joint "
            "committee on trade.\n")
    anchors, _ = read(text, "en")
    assert anchors[0] is not None and anchors[0].day is not None
    assert anchors[0].day.isoformat() == "2019-02-11"


def test_share_buttons_and_related_links_name_no_one():
    text = ("Share\n\n"
            "Minister of State for Foreign Affairs Khalifa Shaheen Almarar held talks in Abu Dhabi with the "
            "visiting Deputy Foreign Minister of Japan, the UAE news agency said.\n\n"
            "Related Articles\n"
            "Carlos Mendes Almeida wins the regional chess title\n")
    _, analysis = read(text, "en")
    found = persons(analysis)
    assert "Share" not in found
    assert not any("Almeida" in name for name in found)
    assert any("Almarar" in name for name in found)


def test_a_list_inside_the_story_is_the_story_s():
    text = ("عقدت اللجنة المشتركة اجتماعها الثالث في الرياض، وضم الوفد العماني كلا من:\n"
            "سعيد بن حمد الحارثي\n"
            "ناصر بن خالد البوسعيدي\n"
            "هلال بن سيف المعمري\n"
            "مروان بن علي الرواحي\n"
            "واختتمت اللجنة أعمالها بالتوقيع على محضر الاجتماع.\n")
    assert noise_lines(text) == []


def test_blanking_keeps_the_page_s_offsets():
    text = "رئيس التحرير\nمنصور حمدي الشريف\n\nعقد الجانبان جولة المباحثات الثانية في مسقط أمس بحضور الوفدين.\n"
    quiet = quiet_page(text)
    assert len(quiet) == len(text) and quiet.count("\n") == text.count("\n")
    assert "منصور" not in quiet
    assert quiet.endswith("عقد الجانبان جولة المباحثات الثانية في مسقط أمس بحضور الوفدين.\n")


def test_a_crawl_stamp_over_the_page_s_date_line_is_not_its_date():
    text = ("2025/02/17 - 09:41\n\n12 May 2022\n\n"
            "Bahrain's Foreign Minister met his Japanese counterpart in Manama on Wednesday to open the third "
            "round of their political consultations.\n")
    anchors, _ = read(text, "en")
    assert anchors[0] is not None and anchors[0].day is not None
    assert anchors[0].day.isoformat() == "2022-05-12"


def test_a_line_of_trending_links_above_the_story_names_no_one():
    text = ("Trending: Ellen Marsh Wedding Photos Lucas Brandt Transfer Election Polls\n"
            "Qatar and Turkey hold strategic committee talks\n\n"
            "Qatar's Minister of State for Foreign Affairs Mohammed Al-Khulaifi met Turkish officials in Ankara "
            "on Tuesday ahead of the strategic committee's tenth meeting.\n")
    found = persons(read(text, "en")[1])
    assert not any("Marsh" in name or "Brandt" in name for name in found)


def test_a_second_item_stitched_under_the_story_is_not_the_story_s():
    first = ("Kuwait and Japan review their partnership\n\n"
             "Kuwait's Foreign Minister received the Japanese ambassador in Kuwait City on Sunday to review the "
             "partnership between the two countries.\n\n")
    second = ("Iraqi President Receives Jordanian Envoy\n\n"
              "Iraqi President Latif Rashid receives the Jordanian envoy Omar Haddad in Baghdad. (INA)\n"
              "Iraqi President Latif Rashid receives the Jordanian envoy Omar Haddad in Baghdad. (INA)\n")
    spans = noise_lines(first + second)
    assert spans and spans[0][0] == len(first)
    found = persons(read(first + second, "en")[1])
    assert not any("Haddad" in name or "Rashid" in name for name in found)


def test_an_excerpt_cut_before_its_first_full_stop_still_loses_the_ticker_above_it():
    ticker = ("انخفاض أسعار النفط في التعاملات الآسيوية المبكرة\n"
              "وزير الصحة يفتتح مستشفى جديدا في المنطقة الشرقية\n"
              "الأرصاد تتوقع أمطارا غزيرة على السواحل الشمالية\n"
              "نادي الهلال يجدد عقد مدربه لموسمين\n\n")
    spans = noise_lines(ticker + "وزيرا خارجية عمان والأردن يعقدان جلسة مباحثات في")
    assert len(spans) == 4 and spans[-1][1] < len(ticker)


def test_a_paragraph_repeated_by_the_crawl_does_not_end_the_story():
    text = ("Oman and India held the eleventh round of their joint commission in Muscat on Monday.\n"
            "The two sides signed a memorandum on maritime cooperation and another on culture.\n"
            "The two sides signed a memorandum on maritime cooperation and another on culture.\n"
            "The Indian minister later met the Sultan at Al Alam Palace.\n")
    assert noise_lines(text) == []


def test_a_header_day_the_text_rules_out_gives_way_to_the_date_line_under_the_headline():
    text = ("الخميس 4 ديسمبر 2025\n\n"
            "وزير الخارجية يتلقى اتصالا من نظيره الأردني\n\n"
            "  • 14-3-2019 | 10:20\n\n"
            "تلقى وزير الخارجية سامح شكري اتصالا هاتفيا من نظيره الأردني أيمن الصفدي تناول التنسيق بين البلدين.\n")
    anchors, _ = read(text)
    assert anchors[0] is not None and anchors[0].day is not None
    assert anchors[0].day.isoformat() == "2019-03-14"


def test_a_header_day_of_another_weekday_than_the_text_s_own_is_not_its_date():
    text = ("الجمعة 7 مارس 2025\n\n"
            "وزير الخارجية العماني يتوجه إلى طهران\n\n"
            "يتوجه وزير الخارجية العماني مساء اليوم الأحد إلى طهران في زيارة رسمية يبحث خلالها العلاقات الثنائية.\n")
    anchors, _ = read(text)
    assert anchors[0] is None or anchors[0].day is None or anchors[0].day.isoformat() != "2025-03-07"


def test_a_pointer_to_another_story_inside_the_text_reports_nothing():
    story = ("استقبل وزير الخارجية البحريني عبداللطيف الزياني اليوم الثلاثاء سفير كوريا لدى المملكة وبحث معه "
             "العلاقات الثنائية.\n")
    pointer = "اقرأ أيضا: رئيس وزراء باكستان يصل إلى أنقرة في زيارة رسمية تستمر ثلاثة أيام\n"
    more = "وأكد الجانبان أهمية تطوير التعاون في مجالات التعليم والصحة.\n"
    for text in (story + pointer + more, story + pointer.replace(": ", ":\n") + more):
        _, analysis = read(text)
        assert analysis.events
        assert not any("أنقرة" in m.text or "يصل" in m.text for ev in analysis.events for m in ev.evidence)
        assert not any("أنقرة" in m.text for m in analysis.places)


def test_a_sentence_opening_with_a_pointer_s_words_is_the_story_s():
    text = ("The Saudi and Chinese ministers met in Riyadh on Monday for the high-level committee.\n"
            "Related to the committee's work, the two sides signed an agreement on trade statistics.\n"
            "The next session will be held in Beijing.\n")
    assert noise_lines(text) == []


def test_links_at_the_page_s_end_stay_the_tail_though_a_teaser_ends_in_dots():
    text = ("وبحث وزير الخارجية العماني مع نظيره الهندي في مسقط سبل تعزيز التعاون الاقتصادي بين البلدين.\n\n"
            "شاهد أيضاً\n"
            "وزير الداخلية يستقبل سفير سنغافورة ويبحث معه ...\n"
            "افتتاح معرض الكتاب الدولي في العاصمة\n\n"
            "العلامات\n"
            "سلطنة عمان | الهند\n")
    _, analysis = read(text)
    assert not any("سنغافورة" in m.text or "يستقبل" in m.text for ev in analysis.events for m in ev.evidence)


def test_related_stories_listed_over_the_story_are_not_its_own():
    text = ("Oman and Iran hold consular talks\n\n"
            "Related stories\n\n"
            "Egypt's cabinet approves a new budget..\n\n"
            "The finance minister told reporters that the plan...\n\n"
            "The Omani and Iranian delegations met in Tehran on Tuesday for the consular committee's sixth "
            "session, chaired by the two undersecretaries.\n")
    spans = noise_lines(text)
    assert [text[a:b] for a, b in spans] == ["Related stories", "Egypt's cabinet approves a new budget..",
                                              "The finance minister told reporters that the plan..."]


def test_the_day_beside_a_temperature_widget_is_the_site_s():
    text = ("31°C\nMonday, January 6, 2025\n\n"
            "Kuwait and Egypt open their joint committee\n\n"
            "The Kuwaiti-Egyptian joint committee opened its fourteenth session in Cairo yesterday under the "
            "chairmanship of the two foreign ministers.\n")
    spans = noise_lines(text)
    assert [text[a:b] for a, b in spans] == ["31°C", "Monday, January 6, 2025"]


def test_a_date_line_printed_twice_is_no_stamp_over_itself():
    text = "03/02/2021\n03/02/2021\nMUSCAT, Feb 3: The Omani and British delegations met today in Muscat for talks.\n"
    assert noise_lines(text) == []
