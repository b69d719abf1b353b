"""Page noise around and inside real reports: words run together, crawl lines above the
text, and persons and bodies read through it with offsets into the page as written."""
from __future__ import annotations

from hiwar.extract.entities import extract_entities
from hiwar.extract.furniture import content_end
from hiwar.text.doc import Doc
from hiwar.text.normalize import normalize


def test_words_run_together_after_a_word_final_letter_are_split():
    doc = Doc("وقعت المملكةالعربيةالسعودية مذكرة إلىجانب البناءوالتنمية")
    words = [doc.text[t.start:t.end] for t in doc.tokens]
    assert words == ["وقعت", "المملكة", "العربية", "السعودية", "مذكرة", "إلى", "جانب", "البناء", "والتنمية"]


def test_a_plural_opening_a_name_run_into_it_is_split():
    doc = Doc("أعلنت الولاياتالمتحدة دعمها")
    assert [t.norm for t in doc.tokens] == ["اعلنت", "الولايات", "المتحده", "دعمها"]


def test_splitting_keeps_offsets_into_the_page():
    text = "زار الولاياتالمتحدة"
    norm = normalize(text)
    start = norm.text.index("المتحده")
    assert norm.original_slice(start, start + len("المتحده")) == "المتحدة"
    assert norm.original_slice(0, len(norm.text)) == text


def test_words_inside_a_word_are_not_split():
    assert normalize("الاستقبال والأموال").text == "الاستقبال والاموال"


def test_a_ministry_read_through_run_together_words():
    text = "وقالت وزارة الخارجيةالأمريكية إن الحوار مثمر."
    ents, _ = extract_entities(Doc(text, "t"))
    orgs = [e for e in ents if e.kind == "organization"]
    assert [(o.name, o.country) for o in orgs] == [("وزارة الخارجيةالأمريكية", "US")]  # as written


def entities(text: str) -> set[str]:
    return {e.name for e in extract_entities(Doc(text, "t"))[0]}


def test_menu_and_stamp_lines_above_the_text_name_nobody():
    text = ("تسجيل الدخول\nالرئيسية | محليات | مجلس الأمة\nآخر تحديث: 10:42\n"
            "عقد وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح جولة الحوار.")
    assert "مجلس الأمة" not in entities(text)
    assert "سالم عبدالله الجابر الصباح" in entities(text)


def test_a_first_line_that_is_story_ends_the_page_chrome():
    text = "الرئيسية\nمجلس الأمة يقر الاتفاقية مع الولايات المتحدة في جلسته اليوم بعد نقاش طويل"
    assert "مجلس الأمة" in entities(text)


def test_commenters_below_the_text_are_no_persons():
    text = ("عقد البلدان الجولة الثالثة من الحوار في الكويت.\nأضف تعليقك\n"
            "فهد سالم العتيبي: خطوة ممتازة نحو التعاون")
    assert "فهد سالم العتيبي" not in entities(text)


def test_a_name_cut_at_the_end_of_an_excerpt_is_no_person():
    cut = "وعقد الجانبان جلسة مباحثات موسعة حضرها من الجانب الأمريكي وزير الخارجية أنتوني بلين"
    assert entities(cut) == set()
    assert entities(cut + "كن.") == {"أنتوني بلينكن"}


def test_a_body_at_the_end_of_a_cut_excerpt_is_still_read():
    cut = "وشارك في الجلسة الأولى من الحوار ممثلون عن الوكالة الأمريكية للتنمية الدولية"
    assert "الوكالة الأمريكية للتنمية الدولية" in entities(cut)


def test_the_body_end_of_each_text_holds_across_many_texts():
    """The body end is kept per text (every stage asks for it): many texts in turn, each its own end."""
    body = "وأكد وزير الخارجية أهمية الشراكة بين البلدين."
    texts = [(f"{body} ({n})", f"\n\nشاهد أيضاً\n\nخبر {n}\n") for n in range(100)]
    for _ in range(2):
        for text, tail in texts:
            assert content_end(Doc(text + tail, "t")) == len(text)
            assert content_end(Doc(text, "t")) == len(text)


def test_a_tail_marker_under_the_headline_is_page_chrome_not_the_end_of_the_text():
    body = ("أعلنت وزارة الخارجية اليوم الأحد أن وزير الخارجية سيتوجه إلى عمان للمشاركة في الجولة الثالثة "
            "من المشاورات السياسية بين البلدين.")
    page = f"الجولة الثالثة من المشاورات بين البلدين - موقع الأخبار\n\nالأكثر قراءة\n\n{body}\n"
    assert content_end(Doc(page, "t")) == len(page)
    # after a line of the text, the same marker ends it
    assert content_end(Doc(f"{body}\n\nالأكثر قراءة\n\nخبر آخر\n", "t")) == len(body)
