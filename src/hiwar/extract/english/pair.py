"""The dialogue an English page is about: the pair its dialogue is named by, else the two parties it
names most."""
from __future__ import annotations

import re
from functools import lru_cache

from ..cues import dominant_pair, forum_codes
from ..types import LocalEntity, Mention
from .lexicon import english_lexicon
from .organizations import word_pattern
from .words import words

_PAIR_JOINER = re.compile(r"\s?[-–—/]\s?")  # "U.S.-Kuwait", "Kuwait – US"


@lru_cache(maxsize=1)
def _forum_names() -> tuple[dict[str, str], re.Pattern]:
    """The written names of the bodies that are one party of a dialogue ("GCC", "European Union") → their
    code, and a pattern finding them, a hyphen between two parties ("EU-GCC") splitting them."""
    forums = forum_codes()
    forms = {form: forums[b.en] for form, b in english_lexicon().bodies.items() if b.en in forums}
    return forms, word_pattern(forms, hyphen_joins=False)


def document_pair(text: str, places: list[Mention], entities: list[LocalEntity] = ()) -> str | None:
    """The dialogue a page is about: the pair its dialogue is named by ("the U.S.-Kuwait Strategic
    Dialogue", "Kuwait-US strategic dialogue"), else the two parties it names most."""
    named: dict[str, int] = {}
    forms, forum_names = _forum_names()  # a body that is one party ("the EU-GCC Joint Council"), as a country is
    parties = [(p.start, p.end, p.attrs["country"]) for p in places if p.attrs.get("country")] + [
        (m.start(), m.end(), forms[m.group()]) for m in forum_names.finditer(text)]
    ordered = sorted(parties)
    for (_, a_end, a), (b_start, b_end, b) in zip(ordered, ordered[1:]):
        if a != b and _PAIR_JOINER.fullmatch(text, a_end, b_start) and words().named_dialogue.match(text, b_end):
            code = "-".join(sorted((a, b)))
            named[code] = named.get(code, 0) + 1
    if named:
        return max(sorted(named), key=lambda c: named[c])
    forums = forum_codes()
    grouped = any(e.kind == "organization" and (e.name_en or "") in forums and not words().setting.search(
        text, max(0, m.start - 40), m.start) for e in entities for m in e.mentions)
    sides = [] if grouped else _sides_of_officials(entities)  # a group's ministers are its states', not sides
    return dominant_pair(places + sides + sides, entities)


def _sides_of_officials(entities: list[LocalEntity]) -> list[Mention]:
    """Each mention of an official of known country, counted as a mention of the country (twice, above a city
    named as the venue): a readout names its officials more than their states ("Secretary Blinken met Foreign
    Minister Fidan in Jakarta on the margins of the ASEAN meeting" is between the US and Turkey)."""
    return [Mention("place", m.start, m.end, m.text, e.country, "en:official", {"country": e.country})
            for e in entities if e.kind == "person" and e.country for m in e.mentions]
