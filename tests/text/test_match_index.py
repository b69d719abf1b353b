"""A matcher finds every match of a text in one pass: exactly what trying each token in turn finds."""
from hypothesis import given, settings, strategies as st

from hiwar.extract.cues import lexicon, matches_in
from hiwar.text.doc import Doc, clitic_readings
from hiwar.text.matcher import PhraseMatcher

# words that take proclitics and articles, so that readings of one token start several phrases
WORDS = ["الولايات", "المتحده", "وزير", "الخارجيه", "حوار", "الحوار", "استراتيجي", "جوله", "الرابعه", "لل", "بال"]
PREFIXES = ["", "و", "ب", "وال", "لل", "فب", "ال"]

token = st.builds(lambda p, w: p + w, st.sampled_from(PREFIXES), st.sampled_from(WORDS))
phrase = st.lists(token, min_size=1, max_size=3).map(" ".join)


def _longest_at(matcher: PhraseMatcher, doc: Doc, i: int, clitics: bool):
    """The longest phrase at token i, tried reading by reading (the first of equal length wins)."""
    trie, tokens, best = matcher._trie, doc.tokens, None
    readings = clitic_readings(tokens[i].norm) if clitics else ((0, tokens[i].norm),)
    for stripped, form in readings:
        node, j = trie.get(form), i + 1
        while node is not None:
            if None in node and (best is None or j > best[1]):
                best = (i, j, stripped, node[None])
            node = node.get(tokens[j].norm) if j < len(tokens) else None
            j += 1
    return best


@settings(max_examples=300)
@given(st.lists(phrase, min_size=1, max_size=12), st.lists(token, max_size=40), st.booleans())
def test_index_equals_matching_token_by_token(phrases, words, clitics):
    matcher = PhraseMatcher((p, n) for n, p in enumerate(phrases))
    doc = Doc(" ".join(words) + " .")
    expected = {i: m for i in range(len(doc.tokens)) if (m := _longest_at(matcher, doc, i, clitics))}
    index = matcher.index(doc, clitics)
    assert {i: (m.first_token, m.end_token, m.payload) for i, m in index.at.items()} == \
        {i: (a, b, p) for i, (a, b, _, p) in expected.items()}
    for i, (_, _, stripped, _) in expected.items():  # reported without the proclitic it stripped
        tok = doc.tokens[i]
        assert index.at[i].start == doc.norm.span(tok.nstart + stripped, tok.nend)[0]
    n = len(doc.tokens)
    by_token = [matcher.match_at(doc, i, clitics) for i in range(-n, n)]  # negative: counted from the end
    assert [m and (m.first_token, m.end_token) for m in by_token] == \
        [(expected[i % n][0], expected[i % n][1]) if i % n in expected else None for i in range(-n, n)]
    for lo, hi in ((0, len(doc.tokens)), (2, 7), (-3, 4)):
        walked, k = [], max(lo, 0)
        while k < min(hi, len(doc.tokens)):
            if k in expected:
                walked.append(k)
                k = expected[k][1]
            else:
                k += 1
        assert [m.first_token for m in index.within(lo, hi)] == walked


def test_phrases_added_later_are_found_in_a_text_already_matched():
    matcher = PhraseMatcher([("الحوار", 1)])
    doc = Doc("عقد الحوار الاستراتيجي")
    assert [m.payload for m in matcher.find_all(doc)] == [1]
    matcher.add("الحوار الاستراتيجي", 2)
    assert [m.payload for m in matcher.find_all(Doc(doc.text))] == [2]


def test_frameworks_found_in_one_pass_match_token_by_token():
    frameworks = lexicon().cue("dialogue_nouns")
    doc = Doc("عقدت لجنة التخطيط الاستراتيجي المشترك اجتماعها، ضمن الحوار الاستراتيجي بين البلدين، "
              "وحضر مجلس التنسيق المشترك ولجنة الشؤون المالية.")
    expected = [frameworks._framework_at(doc, i) for i in range(len(doc.tokens))]
    assert [frameworks.match_at(doc, i) for i in range(len(doc.tokens))] == expected
    found = matches_in(frameworks, doc, 0, len(doc.tokens))
    assert [m.text for m in found] == ["لجنة التخطيط الاستراتيجي المشترك", "الحوار الاستراتيجي", "مجلس التنسيق المشترك"]


def test_matchers_sharing_words_each_find_their_own_phrases():
    """Every matcher's phrases are walked together in a text (one overlay): each still finds only its own,
    the longest of them, with its own payload."""
    short = PhraseMatcher([("وزير", "short"), ("وزير الخارجيه", "office")])
    long = PhraseMatcher([("وزير الخارجيه الامريكي", "long"), ("الخارجيه", "ministry")])
    doc = Doc("قال وزير الخارجية الأمريكي ووزير الخارجية")
    assert [(m.text, m.payload) for m in short.find_all(doc)] == [("وزير الخارجية", "office"), ("وزير الخارجية", "office")]
    assert [(m.text, m.payload) for m in long.find_all(doc)] == [("وزير الخارجية الأمريكي", "long"), ("الخارجية", "ministry")]
    assert [m.text for m in long.find_all(doc, clitics=False)] == ["وزير الخارجية الأمريكي", "الخارجية"]
    assert [m.text for m in short.find_all(doc, clitics=False)] == ["وزير الخارجية"]
