"""A body read in running text (OrgSpan), before the bodies of a document are joined into its
organizations, and what every reader of bodies shares: the written name, a proclitic's offset, the key."""
from __future__ import annotations

from dataclasses import dataclass

from ...text.doc import Doc, clitic_readings
from ..lexicon import Body, spelled_variants


@dataclass
class OrgSpan:
    body: Body
    key: tuple
    start: int
    end: int
    text: str
    name: str
    first_token: int
    country: str | None
    rule: str
    en_hint: str | None = None  # US department name for ministries
    alias: str | None = None  # another name the words give: the foreign name of "شركة شيفرون"


def written_name(doc: Doc, first_token: int, start: int, end: int) -> str:
    """The written name without a proclitic; "للمشارق" gives back "المشارق"."""
    text = doc.text[start:end]
    if doc.tokens[first_token].norm.startswith("لل") and start == doc.tokens[first_token].start:
        return "ال" + text[2:]
    return text


def clitic_start(doc: Doc, i: int, form: str) -> int | None:
    tok = doc.tokens[i]
    for stripped, f in clitic_readings(tok.norm):
        if f == form:
            return doc.norm.span(tok.nstart + stripped, tok.nend)[0]
    return None


Read = tuple[list[OrgSpan], int] | None  # the bodies read at a token and the token after them


def body_key(name: str) -> str:
    """A named body's key: its words in any order, "و" dropped, and one spelling of each (spelling.tsv),
    so that "صندوق التنمية والإعمار" and "صندوق الإعمار والتنمية" are one fund, and "الوكالة الأميركية
    ..." and "الوكالة الأمريكية ..." one agency."""
    words = [w[1:] if w.startswith("وال") else w for w in min(spelled_variants(name)).split()]
    return " ".join(words[:1] + sorted(words[1:]))
