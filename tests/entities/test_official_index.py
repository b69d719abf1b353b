"""Known officials looked up through the index of their names' keys: the same answer as comparing
the name with every official's every name (a name written as an official's first, then the
lexicon's order); and the officials of a text with their offices as the whole reading gives them,
read alone for the anchor's clues."""
from __future__ import annotations

import pytest

from goldsets import SETS
from hiwar.extract.entities import extract_entities, office_holders
from hiwar.extract.entities.names import name_tokens, names_compatible
from hiwar.extract.entities.officials import official_named, official_names
from hiwar.extract.lexicon import lexicon
from hiwar.text.doc import Doc


def _by_comparing_all(forms: tuple[str, ...]):
    """The official a name is written as, else the first whose name it fits."""
    officials = lexicon().officials
    written = next((o for o in officials if any(name_tokens(n) == forms for n in o.names)), None)
    return written or next((o for o in officials if any(names_compatible(forms, name_tokens(n)) for n in o.names)),
                           None)


def _probes() -> list[tuple[str, ...]]:
    """Every official's names, their first and last words, their words misspelt by one letter,
    and a first name followed by someone else's surname."""
    out = []
    for official in lexicon().officials:
        for name in official.names:
            forms = name_tokens(name)
            out += [forms, forms[:1] + forms[-1:], forms[:-1] + (forms[-1] + "ي",), ("ال" + forms[0],) + forms[1:]]
            out.append(forms[:1] + ("الصباح",))
    return out


def test_every_probe_finds_the_official_comparing_all_finds():
    probes = _probes()
    assert any(_by_comparing_all(p) is None for p in probes)  # the probes test misses too
    for forms in probes:
        assert official_named(forms) is _by_comparing_all(forms), forms


@pytest.mark.parametrize("name,official", [("أنتوني بلينكين", "blinken"), ("انطوني بلنكن", "blinken"),
                                           ("مايكل بومبيو", "pompeo"), ("أحمد ناصر", "ahmad-nasser"),
                                           ("أحمد الهاجري", None)])
def test_spellings_find_their_official(name, official):
    found = official_named(name_tokens(name))
    assert (found.id if found else None) == official


def test_a_one_word_name_names_no_official_by_full_name():
    assert official_named(("بلينكن",)) is None


def test_names_are_grouped_by_their_first_key():
    index = official_names()
    assert all(keys[0] == first for first, names in index.by_first.items() for _, keys in names)
    assert all(len(k) >= 5 for k in index.loose_firsts)


def _report_texts() -> list[str]:
    folders = [SETS[name].articles for name in ("seeds", "corpus", "dev") if SETS[name].articles.exists()]
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


def test_office_holders_are_the_known_officials_of_the_whole_reading():
    texts = _report_texts()
    seen = 0
    for text in texts:
        holders = office_holders(Doc(text, "t"), lambda official, office: True)
        persons = [(p.gazetteer_id, p.name, p.titles) for p in extract_entities(Doc(text, "t"))[0]
                   if p.kind == "person" and p.gazetteer_id]
        assert holders == persons
        seen += len(persons)
    assert seen >= 10  # the reports name known officials: the test compares something


def test_no_office_held_is_read_no_further():
    text = "قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مثمرة."
    asked = []
    assert office_holders(Doc(text, "t"), lambda official, office: asked.append((official, office)) or False) == []
    assert asked == [("blinken", "وزير الخارجية الأمريكي")]
    assert office_holders(Doc(text, "t"), lambda official, office: True) == [
        ("blinken", "أنتوني بلينكن", ["وزير الخارجية الأمريكي"])]
