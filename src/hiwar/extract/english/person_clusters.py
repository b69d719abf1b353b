"""The persons of one English document: the names found, gathered by who they name (a lone surname is the
person of the document, or the official, it names), and "the Secretary" read as the one holder of that office.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..types import LocalEntity, Mention
from .lexicon import EnglishLexicon, latin_key, skeleton
from .organizations import in_spans
from .persons import FoundPerson

Span = tuple[int, int]


@dataclass
class _Cluster:
    local: LocalEntity
    first: str = ""  # latin keys
    last: str = ""
    keys: set[str] = field(default_factory=set)


def cluster_persons(found: list[FoundPerson], lex: EnglishLexicon) -> list[LocalEntity]:
    clusters: list[_Cluster] = []
    for p in found:
        words = [w for w in p.tokens if w not in lex.particles and not re.fullmatch(r"[A-Z]\.", w)]
        if not words:
            continue  # initials and particles alone ("a post on X."): no name
        first, last = latin_key(words[0]), latin_key(" ".join(p.tokens[-2:]) if len(p.tokens) > 1 and
                                                     p.tokens[-2] in ("Al", "al", "El") else words[-1])
        keys = {latin_key(w) for w in words}
        target = None
        for c in reversed(clusters):
            same_official = p.official and c.local.gazetteer_id == p.official.id
            if same_official or (c.last == last and (len(words) == 1 or not c.first or c.first == first)
                                 and not (p.official and c.local.gazetteer_id)):
                target = c
                break
            named = [w for w in c.local.name.split() if w not in lex.particles]
            if len(words) == 1 and first in c.keys or 1 < len(words) < len(named) and named[:len(words)] == words:
                target = c  # "Sheikh Dr. Ahmad Nasser" after "Ahmad Nasser Al-Mohammad Al-Sabah": its first names
                break
            if _family_of(words, named, lex) or _family_of(named, words, lex):
                target = c  # "Bhutto Zardari" and "Bilawal Bhutto Zardari"
                break
        if target is None and len(words) == 1 and not p.official and not p.title:
            continue  # a capitalized word that names no one met
        mention = Mention("person", p.start, p.end, " ".join(p.tokens), "", "en:person")
        if target is None:
            target = _Cluster(LocalEntity(f"p{len(clusters) + 1}", "person", mention.text), first if len(words) > 1
                              else "", last, keys)
            clusters.append(target)
        ent = target.local
        ent.mentions.append(mention)
        if mention.text not in (ent.name, *ent.aliases):
            ent.aliases.append(mention.text)
        if len(p.tokens) > len(ent.name.split()):
            ent.aliases = [a for a in [ent.name, *ent.aliases] if a != mention.text]
            ent.name = mention.text
        if len(words) > 1 and not target.first:
            target.first = first
        target.keys |= keys
        named_first = [w for w in ent.name.split() if w not in lex.particles][:1] if len(ent.name.split()) > 1 else []
        if p.official and not ent.gazetteer_id and (len(words) > 1 or not named_first  # "Al-Maliki" after "Nouri
                                                    or skeleton(named_first[0]) == p.official.first  # Al-Maliki"
                                                    or re.fullmatch(r"[A-Z]\.?", named_first[0])  # "S. Jaishankar"
                                                    and p.official.en.startswith(named_first[0][0])):
            ent.gazetteer_id, ent.country = p.official.id, p.official.country
        ent.country = ent.country or p.country
        if p.title and p.title not in ent.titles:
            ent.titles.append(p.title)
    for c in clusters:
        official = next((o for o in lex.officials if o.id == c.local.gazetteer_id), None)
        c.local.name_en = official.en if official else c.local.name
    return [c.local for c in clusters]


def _family_of(short: list[str], full: list[str], lex: EnglishLexicon) -> bool:
    """`short` is the family names `full` ends with, two words at least, in a name of no Arab nasab (where
    "Hamad Al Thani" after "Tamim bin Hamad Al Thani" is his father)."""
    return 1 < len(short) < len(full) and full[-len(short):] == short and short[0] not in lex.arab_given \
        and not any(w in lex.arab_particles or w.startswith(("Al-", "al-", "El-", "el-")) for w in full)


def title_references(text: str, spans: list[Span], persons: list[LocalEntity], lex: EnglishLexicon) -> None:
    """"the Foreign Minister", "the Secretary": the one person of the document holding that office."""
    for m in re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)", text):
        words = m.group(1).split()
        if not in_spans(spans, m.start()) or not all(w in lex.office_words for w in words):
            continue
        office = m.group(1)  # "the Secretary" is the "US Secretary of State" of the page
        holders = [e for e in persons if any(re.search(rf"(?:^|\s){re.escape(office)}(?:$|\s+(?:of|and)\b)", t) for t in e.titles)
                   and all(x.start >= m.end() or x.end <= m.start() for x in e.mentions)]
        if len(holders) == 1 and min(x.start for x in holders[0].mentions) < m.start():
            holders[0].mentions.append(Mention("person", m.start(1), m.end(1), m.group(1), "", "en:person:office"))
