from hypothesis import given, strategies as st

from hiwar.text.doc import Doc, clitic_readings
from hiwar.text.matcher import PhraseMatcher
from hiwar.text.normalize import fold, normalize


def test_normalize_folds_letters_digits_and_quotes():
    n = normalize("أُعلِنَ «الاتفاق» في ٢٤ نوفمبر ۲۰۲۰ بالمدرسة الأمريكيّة")
    assert n.text == 'اعلن "الاتفاق" في 24 نوفمبر 2020 بالمدرسه الامريكيه'


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


def test_a_held_layer_is_found_again_after_many_other_texts_until_released():
    from hiwar.text.doc import hold_layer, release_layers

    text = "عقد الحوار الاستراتيجي جولته الرابعة"
    first = Doc(text).layer
    hold_layer(text)
    for n in range(100):  # more texts than the recent layers kept
        Doc(f"نص رقم {n}")
    assert Doc(text).layer is first
    release_layers()
    assert Doc(text).layer is not first


def test_held_layers_are_bounded_oldest_let_go_first(monkeypatch):
    from hiwar.text import doc as layers

    monkeypatch.setattr(layers, "_HELD_AT_MOST", 2)
    texts = [f"الجولة رقم {n}" for n in range(3)]
    kept = []
    for text in texts:
        kept.append(Doc(text).layer)
        layers.hold_layer(text)
    assert list(layers._HELD) == texts[1:]
    layers.release_layers()
    assert not layers._HELD
