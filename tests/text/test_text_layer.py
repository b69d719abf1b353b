from hypothesis import given, strategies as st

from hiwar.text.doc import Doc, clitic_readings
from hiwar.text.matcher import PhraseMatcher
from hiwar.text.normalize import _FOLD, _folded, fold, normalize


def test_normalize_folds_letters_digits_and_quotes():
    n = normalize("أُعلِنَ «الاتفاق» في ٢٤ نوفمبر ۲۰۲۰ بالمدرسة الأمريكيّة")
    assert n.text == 'اعلن "الاتفاق" في 24 نوفمبر 2020 بالمدرسه الامريكيه'


def test_urdu_letter_forms_of_pasted_pages_fold_to_the_arabic_letters():
    # "تفاھم", "المصریة": pages pasted through Urdu or Persian keyboards
    assert normalize("مذكرات تفاھم بین البلدین").text == "مذكرات تفاهم بين البلدين"


def test_folding_by_replacements_is_the_table_read_character_by_character():
    # the replacements run one after another: no character the table yields may be one it replaces
    assert not {ord(v) for v in _FOLD.values()} & set(_FOLD)
    every_char = "".join(map(chr, range(0x20, 0x3000)))
    assert _folded(every_char) == every_char.translate(_FOLD)


@given(st.text(alphabet=st.sampled_from("أإآٱىةؤئیکەۀھ٠٣۹«»“”„‘’‹›٬٫\u00a0–—ابتث 12aZ")))
def test_folding_any_text_by_replacements_equals_translating_it(text):
    assert _folded(text) == text.translate(_FOLD)


def test_normalize_drops_tatweel_and_maps_offsets_back():
    original = "الـــكويت والولايات"
    n = normalize(original)
    assert n.text == "الكويت والولايات"
    start = n.text.index("الكويت")
    assert n.original_slice(start, start + len("الكويت")) == "الـــكويت"


def test_fold_collapses_whitespace():
    assert fold("  وزارة   الخارجيّة\n") == "وزاره الخارجيه"


def test_clitic_readings_restore_the_article():
    assert clitic_readings("والولايات")[:2] == ((0, "والولايات"), (1, "الولايات"))
    forms = [form for _, form in clitic_readings("للمشارق")]
    assert "المشارق" in forms
    assert [form for _, form in clitic_readings("بوزاره")][1] == "وزاره"


def test_sentences_split_on_stops_and_lines():
    doc = Doc("العنوان هنا\nقال الوزير. وأضاف أن الحوار مستمر؟ نعم")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts == ["العنوان هنا", "قال الوزير.", "وأضاف أن الحوار مستمر؟", "نعم"]
    assert doc.sentence_of(doc.text.index("وأضاف")).i == 2


def test_matcher_finds_phrase_behind_proclitic_and_prefers_longest():
    matcher = PhraseMatcher([("الولايات المتحدة", "US"), ("الولايات المتحدة الأمريكية", "US-long"),
                             ("وزارة الخارجية", "MFA")])
    doc = Doc("بين الكويت والولايات المتحدة الأمريكية وبوزارة الخارجيّة")
    found = [(m.text, m.payload) for m in matcher.find_all(doc)]
    assert found == [("الولايات المتحدة الأمريكية", "US-long"), ("وزارة الخارجيّة", "MFA")]


@given(st.text())
def test_offsets_always_slice_the_original(text):
    doc = Doc(text)
    for tok in doc.tokens:
        piece = text[tok.start:tok.end]
        assert normalize(piece).text == tok.norm
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)


@given(st.text(alphabet="aب_1é.-\n ", max_size=14), st.integers(min_value=0, max_value=14))
def test_word_before_a_period_is_the_run_a_search_to_the_end_finds(text, stop):
    import re

    from hiwar.text.doc import _word_before

    stop = min(stop, len(text))
    assert _word_before(text, stop) == re.search(r"[\w.]*$", text[:stop]).group()


_BREAK_CHARS = "ةىءاليوتمرإ ب"


@given(st.text(alphabet=_BREAK_CHARS, max_size=60) | st.sampled_from(
    ["المملكةالعربية", "البناءوالتنمية", "البناءالجديد", "الولاياتالمتحدة", "الإماراتالعربية",
     "الاماراتالعربية", "ةالولاياتال", "مستشفىالمدينة"]))
def test_run_together_words_break_where_the_letters_before_and_after_say(text):
    import re

    from hiwar.text.normalize import _LETTER, _RUN_TOGETHER

    looked_behind = re.compile(f"(?<=[ةى])(?={_LETTER})|(?<=ء)(?=و?ال)|(?<=الولايات)(?=ال)"
                               f"|(?<=الإمارات)(?=ال)|(?<=الامارات)(?=ال)")
    assert [m.end() for m in _RUN_TOGETHER.finditer(text)] == [m.start() for m in looked_behind.finditer(text)]


@given(st.text(alphabet="ابت ة.\n؟،x1", max_size=80), st.integers(min_value=-2, max_value=90))
def test_token_and_sentence_at_an_offset_are_the_first_ending_after_it_and_the_last_starting_before(text, offset):
    doc = Doc(text)
    assert doc.token_at(offset) == next((t.i for t in doc.tokens if t.end > offset), len(doc.tokens))
    if doc.sentences:
        before = [s for s in doc.sentences if s.start <= offset]
        assert doc.sentence_of(offset) == (before[-1] if before else doc.sentences[0])


def test_normalize_maps_offsets_one_to_one_when_it_keeps_every_character():
    plain, marked = normalize("الحوار الاستراتيجي"), normalize("الحوَار")
    assert list(plain.offsets) == list(range(len("الحوار الاستراتيجي") + 1))
    assert list(marked.offsets) == [0, 1, 2, 3, 5, 6, 7]  # the fatha dropped: its position skipped
    assert plain.span(0, 6) == (0, 6) and marked.span(3, 5) == (3, 6)


def _evicting_recent_layers() -> None:
    for n in range(100):  # more texts than the recent layers kept
        Doc(f"نص رقم {n}")


def test_a_kept_part_gives_a_new_layer_of_the_text_what_the_first_derived_until_released():
    from hiwar.text.doc import keep_part, release_layers

    text = "عقد الحوار الاستراتيجي جولته الرابعة والحوار الاستراتيجي مستمر"
    matcher = PhraseMatcher([("الحوار الاستراتيجي", "dialogue")])
    first = Doc(text)
    matches = matcher.find_all(first)
    computed = []
    first.layer.remembered("derived", lambda: computed.append(1) or ["value"])
    keep_part(text)
    _evicting_recent_layers()
    again = Doc(text)
    assert again.layer is not first.layer
    assert matcher.find_all(again) == matches and len(matches) == 2
    assert "word positions" not in again.layer._memo  # the matches taken back, not found again
    assert again.layer.remembered("derived", lambda: computed.append(1) or ["other"]) == ["value"]
    assert computed == [1]
    release_layers()
    _evicting_recent_layers()
    assert Doc(text).layer.remembered("derived", lambda: computed.append(1) or ["value"]) == ["value"]
    assert computed == [1, 1]


def test_a_value_not_worth_keeping_is_derived_again_by_the_next_layer():
    from hiwar.text.doc import keep_part, release_layers

    text = "الجولة الخامسة من الحوار"
    computed = []
    Doc(text).layer.remembered("cheap", lambda: computed.append(1) or 1, keep=False)
    keep_part(text)
    _evicting_recent_layers()
    assert Doc(text).layer.remembered("cheap", lambda: computed.append(1) or 1, keep=False) == 1
    assert computed == [1, 1]
    release_layers()


def test_packed_matches_give_back_the_same_matches_at_every_token():
    text = "وزيرا خارجية مصر والولايات المتحدة في القاهرة ومصر"
    doc = Doc(text)
    index = PhraseMatcher([("مصر", "eg"), ("الولايات المتحدة", "us"), ("القاهرة", "city")]).index(doc)
    back = index.packed().unpacked(doc.layer)
    assert back.starts == index.starts and len(back.starts) == 4
    assert [back.at_token(i) for i in range(len(doc.tokens))] == [index.at_token(i) for i in range(len(doc.tokens))]
    assert back.within(0, len(doc.tokens)) == index.within(0, len(doc.tokens))


@given(st.text(alphabet=st.sampled_from("ابتثیﻻﭐ٠a Zéɏ\n.-،1")))
def test_letters_counted_by_cutting_out_the_rest_are_the_letters_matched_one_by_one(text):
    from hiwar.text.language import ARABIC_LETTER, LATIN_LETTER, _letters
    assert _letters(text) == (len(ARABIC_LETTER.findall(text)), len(LATIN_LETTER.findall(text)))
