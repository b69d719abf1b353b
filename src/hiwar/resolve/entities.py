"""Who is who across documents: merge the per-document persons and organizations.

Persons merge when they are the same curated official, or when their names are
compatible (same first name, the shorter's other names in order in the longer's, spelling
variants of foreign names folded) and their countries do not disagree. Organizations merge
on their lexicon key and country: the US and the Kuwaiti "وزارة الخارجية" never merge.
Documents are taken in id order, so the result does not depend on the input order.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..extract.entities import COUNTRY_RULES, is_definite, keys_equal, name_tokens, office_key, token_key
from ..extract.entities.names import name_keys, rest_in_order
from ..extract.types import LocalEntity
from ..record import Evidence, Organization, Person
from ..text.normalize import fold
from .crossname import arabic_body_words, body_words, first_skeleton, is_latin, same_body_across, same_name_across
from .blocking import KeyBlocks
from .events import ClusterMemo, digest_of, same_start
from .romanize import romanize

if TYPE_CHECKING:  # build imports the resolvers
    from ..pipeline import DocAnalysis


class _Group:
    """A person's members, with what they are compared on kept up to date as members join (a group
    is compared many times, a member joins once): each distinct name once, its name forms filed by
    their first word's key, the father's names of its full forms."""

    def __init__(self, doc_id: str, ent: LocalEntity):
        self.members: list[tuple[str, LocalEntity]] = []
        self.officials: set[str] = set()
        self.countries: set[str] = set()
        self.names: dict[str, None] = {}
        self.latin = False  # has a name in Latin letters
        self.forms: dict[str, dict[tuple[str, ...], None]] = {}  # first key → keys of the forms of 2+ words
        self.fathers: dict[str, set[str]] = {}  # first key → father's name keys of its full forms
        self.firsts: dict[str, None] = {}  # [scale] the first-word skeletons of its names (crossname)
        self.grew = True  # [scale] has it gained a name, country or official since it was last filed?
        self.join(doc_id, ent)

    def join(self, doc_id: str, ent: LocalEntity) -> None:
        self.members.append((doc_id, ent))
        if (ent.gazetteer_id and ent.gazetteer_id not in self.officials) or (
                ent.country and ent.country not in self.countries):
            self.grew = True
        self.officials.update([ent.gazetteer_id] if ent.gazetteer_id else [])
        self.countries.update([ent.country] if ent.country else [])
        for name in (ent.name, *ent.aliases):
            if name in self.names:
                continue
            self.grew = True
            self.names[name] = None
            self.latin = self.latin or is_latin(name)
            if (first := first_skeleton(name)) is not None:
                self.firsts[first] = None
            form = name_tokens(name)
            keys = name_keys(form)
            if len(form) >= 2 and keys:
                self.forms.setdefault(keys[0], {})[keys] = None
            full = tuple(t for t in form if t not in _LINKS)
            # "أحمد ناصر ..." and "أحمد نواف ...": a father's name read as such only when it is no "ال..." word
            if len(full) >= 3 and not (is_definite(full[1]) or full[1] == "ال"):
                self.fathers.setdefault(token_key(full[0]), set()).add(token_key(full[1]))

    def blocks(self) -> list[tuple]:
        """[scale] The blocks the group is filed under: its officials, its first-word skeletons and name keys
        (`_form_blocks`), each in each of its countries (or as of no country) and whatever the country,
        for a person of unknown country."""
        names = [("first", s) for s in self.firsts] + [
            key for forms in self.forms.values() for form in forms for key in _form_blocks(form)]
        countries = [_ANY_COUNTRY, *(sorted(self.countries) or [None])]
        return [("official", o) for o in sorted(self.officials)] + [(*key, c) for key in names for c in countries]


_LINKS = ("بن", "بنت", "ابن")


def _fathers_differ(a: _Group, b: _Group) -> bool:
    """Two full names with the same first name and different second (father's) names are two
    people, though both fit "أحمد الصباح": "أحمد ناصر المحمد الصباح", "أحمد نواف الأحمد الصباح"."""
    return any(not keys_equal(x, y) for first in a.fathers.keys() & b.fathers.keys()
               for x in a.fathers[first] for y in b.fathers[first])


def _names_compatible(a: _Group, b: _Group) -> bool:
    """Some name of each is the same person's (`names_compatible`), compared first word by first word."""
    return any(keys_equal(i, j) and any(rest_in_order(x, y) for x in xs for y in ys)
               for i, xs in a.forms.items() for j, ys in b.forms.items())


def _same_person(a: _Group, b: _Group) -> bool:
    if a.officials and b.officials:
        return bool(a.officials & b.officials)
    if a.countries and b.countries and not a.countries & b.countries:
        return False
    if a.latin or b.latin:  # a name in Latin letters: compared across scripts
        return any(same_name_across(x, y) for x in a.names for y in b.names if is_latin(x) or is_latin(y))
    return not _fathers_differ(a, b) and _names_compatible(a, b)


# [scale] blocking keys: _same_person needs a shared official, or countries that do not disagree and
# compatible names: same first key, and the shorter name's second key among the longer's other keys
_ANY_COUNTRY = "any country"


def _form_blocks(keys: tuple[str, ...]) -> list[tuple]:
    """The blocks of a name form (its word keys): under its first key (for one-word probes), with each
    other key, or as short (one key: compatible with any name of the same first key)."""
    rest = [("name", keys[0], "rest", k) for k in keys[1:]] or [("name", keys[0], "short")]
    return [("name", keys[0], "all"), *rest]


def _form_probe(keys: tuple[str, ...], known: "_Keys") -> list[tuple]:
    """The blocks of the forms a form may be compatible with (`names_compatible`): if the shorter of two
    has other keys, its second is one of the longer's other keys."""
    firsts = known.like(keys[0])
    if len(keys) == 1:
        return [("name", f, "all") for f in firsts]
    return [("name", f, "short") for f in firsts] + [
        ("name", f, "rest", like) for f in firsts for k in keys[1:] for like in known.like(k)]


class _Keys:
    """The name keys filed so far, each with those it may be another spelling of: keys_equal is
    fuzzy, so each pair of keys is compared once, not once per person."""

    def __init__(self) -> None:
        self._like: dict[str, list[str]] = {}

    def add(self, key: str) -> None:
        if key not in self._like:
            like = self.like(key)
            for other in like:
                self._like[other].append(key)
            self._like[key] = [*like, key]

    def like(self, key: str) -> list[str]:
        known = self._like.get(key)
        return known if known is not None else [k for k in self._like if keys_equal(k, key)]


def _person_blocks(ent: LocalEntity, person: _Group, known: _Keys) -> list[tuple]:
    """The blocks of the groups a person (`person`, the group of the one entity `ent`) could join."""
    # names are compared across scripts (بلينكن / Blinken) and Latin spellings (Mekdad / Mikdad) by their
    # skeletons, whatever their first word's key: only names whose first skeletons agree can match
    across = [("first", s) for s in person.firsts]
    names = across + list(dict.fromkeys(
        key for forms in person.forms.values() for form in forms for key in _form_probe(form, known)))
    countries = [ent.country, None] if ent.country else [_ANY_COUNTRY]
    officials = [("official", ent.gazetteer_id)] if ent.gazetteer_id else []
    return officials + [(*key, c) for key in names for c in countries]


def _ordered(analyses: list["DocAnalysis"], kind: str) -> list[tuple[str, LocalEntity]]:
    out = []
    for a in sorted(analyses, key=lambda a: a.doc.id):
        ents = [e for e in a.entities if e.kind == kind]
        ents.sort(key=lambda e: min((m.start for m in e.mentions), default=0))
        out.extend((a.doc.id, e) for e in ents)
    return out


def _evidence(doc_id: str, ent: LocalEntity) -> list[Evidence]:
    out = []
    for m in ent.mentions:
        field = "title" if m.kind == "title" else "name"
        out.append(Evidence(doc_id, m.start, m.end, m.text, field, m.rule))
        if m.attrs.get("country_rule"):
            out.append(Evidence(doc_id, m.start, m.end, m.text, "country", m.attrs["country_rule"]))
    return out


def _fullest(names: list[str]) -> str:
    """Arabic script first (RECORD.md: the name as Arabic sources write it), then most tokens,
    then most characters, then the most frequent, then the first met."""
    counts = Counter(names)
    return max(dict.fromkeys(names), key=lambda n: (not is_latin(n), len(name_tokens(n)), len(n), counts[n]))


def _titles(titles: list[str]) -> list[str]:
    """Distinct offices, each in its most explicit written form."""
    best: dict[str, str] = {}
    for t in titles:
        key = office_key(t)
        cur = best.get(key)
        score = ("البلاد" not in t, len(t))
        if cur is None or score > ("البلاد" not in cur, len(cur)):
            best[key] = t
    return list(best.values())


def _country(members: list[tuple[str, LocalEntity]]) -> str | None:
    votes: Counter[str] = Counter()  # "": of no country (an office in a body of many states)
    for _, e in members:
        rule = next((m.attrs["country_rule"] for m in e.mentions if m.attrs.get("country_rule")), "origin")
        if e.country or rule == "international":
            votes[e.country or ""] += COUNTRY_RULES.get(rule, 1)
    return max(sorted(votes), key=lambda c: votes[c]) or None if votes else None


def _join_across_scripts(groups: dict[tuple, list[tuple[str, LocalEntity]]]) -> None:
    """A body named in English joins the group of its Arabic name ("Export-Import Bank of the United
    States", "بنك التصدير والاستيراد الأمريكي") when their countries agree or one is unknown."""
    latin = [key for key, members in groups.items() if is_latin(members[0][1].name)]
    if not latin:
        return
    by_word: dict[str, list[tuple]] = {}  # Arabic groups by each word of their name
    for key, members in groups.items():
        if not is_latin(members[0][1].name):
            for word in arabic_body_words(members[0][1].name):
                by_word.setdefault(word, []).append(key)
    for key in latin:
        name, words = groups[key][0][1].name, body_words(groups[key][0][1].name)
        heads = sorted(words[0]) if words and words[0] else []
        candidates = dict.fromkeys(k for f in heads for k in by_word.get(f, []))
        target = next((k for k in candidates if (k[1] == key[1] or not k[1] or not key[1])
                       and same_body_across(name, groups[k][0][1].name, one_country=bool(k[1] and k[1] == key[1]))),
                      None)
        if target is not None:
            groups[target].extend(groups.pop(key))


def _join_by_short_name(groups: dict[tuple, list[tuple[str, LocalEntity]]]) -> None:
    """A body named only by a short name in one report ("كونا" in a dateline) joins the body another
    report spells out with that name beside it ("وكالة الأنباء الكويتية (كونا)"), when their
    countries agree or one is unknown."""
    by_alias: dict[str, tuple] = {}
    for key, members in groups.items():
        for _, e in members:
            for alias in e.aliases:
                by_alias.setdefault(fold(alias), key)
    if not by_alias:
        return
    for key in list(groups):
        members = groups[key]
        if any(e.aliases for _, e in members):
            continue  # named in more than one way: the others join it
        target = next((by_alias[n] for n in sorted({fold(e.name) for _, e in members}) if n in by_alias), None)
        if target is not None and target in groups and (not key[1] or not target[1] or key[1] == target[1]):
            groups[target].extend(groups.pop(key))


def _person_groups(analyses: list["DocAnalysis"], memo: ClusterMemo | None = None) -> list[list[tuple[str, LocalEntity]]]:
    """Each person's members (document id, entity): every person joins the first group it is the same
    person as, else makes a new one. [scale] Only the members outlive the clustering: what groups are
    compared on, and their blocks, are let go before the persons are made.

    [scale] With `memo`: the group a person joins depends only on the persons before it, so the build
    keeps a digest of what the clustering reads of each person (`_person_inputs`) and the group it went
    to; the next build joins the persons the two begin with in common to the same groups again (no
    comparison: their state, blocks and name keys made as the clustering made them) and compares only
    the persons after the first that differs: those of new documents that sort after the stored ones."""
    persons = _ordered(analyses, "person")
    digests = digest_of(map(_person_inputs, persons)) if memo else b""
    before, went_to = memo.recall([_PERSONS]).get(_PERSONS, (b"", [])) if memo else (b"", [])
    start = same_start(before, digests)
    groups: list[_Group] = []
    blocks = KeyBlocks()  # [scale] only groups sharing an official, or a country and compatible names
    known = _Keys()
    went: list[int] = []  # the group each person went to, by its place in `groups`
    place: dict[int, int] = {}  # id of a group → its place in `groups`
    for n, (doc_id, ent) in enumerate(persons):
        if n < start and went_to[n] < len(groups):  # joins the group the build before found
            target = groups[went_to[n]]
            target.join(doc_id, ent)
            forms = _form_keys(ent)
        else:
            new = _Group(doc_id, ent)
            target = None if n < start else next(
                (g for g in blocks.candidates(_person_blocks(ent, new, known)) if _same_person(g, new)), None)
            if target is None:
                place[id(new)] = len(groups)
                groups.append(new)
                target = new
            else:
                target.join(doc_id, ent)
            forms = [form for forms in new.forms.values() for form in forms]
        went.append(place[id(target)])
        if target.grew:
            blocks.add(target, target.blocks())
            target.grew = False
        for form in forms:
            for key in form:
                known.add(key)
    if memo and before != digests:
        memo.keep({_PERSONS: (digests, went)})
    return [g.members for g in groups]


_PERSONS = b"persons"  # the name the persons' clustering is kept under (beside the events' components)


def _person_inputs(item: tuple[str, LocalEntity]) -> bytes:
    """Everything the clustering reads of a person: its document, names, official and country."""
    doc_id, ent = item
    return repr((doc_id, ent.name, tuple(ent.aliases), ent.gazetteer_id, ent.country)).encode()


def _form_keys(ent: LocalEntity) -> list[tuple[str, ...]]:
    """The word keys of an entity's names of two words or more (the forms a group of it files)."""
    return [keys for name in (ent.name, *ent.aliases)
            if len(form := name_tokens(name)) >= 2 and (keys := name_keys(form))]


def resolve_entities(analyses: list["DocAnalysis"], memo: ClusterMemo | None = None
                     ) -> tuple[list[Person], list[Organization], dict[tuple[str, str], str]]:
    """Global persons ("p001"..) and organizations ("o001"..), and (doc id, local id) → global id. With
    `memo`, the persons' clustering continues the one a build before kept (`_person_groups`)."""
    mapping: dict[tuple[str, str], str] = {}

    persons = []
    for n, members in enumerate(_person_groups(analyses, memo), start=1):
        pid = f"p{n:03d}"
        names = [x for _, e in members for x in [e.name, *e.aliases]]
        name = _fullest(names)
        en = next((e.name_en for _, e in members if e.name_en and e.gazetteer_id), None) or next(
            (e.name_en for _, e in members if e.name_en), None) or next(
            (n for n in names if is_latin(n) and len(n.split()) > 1), None) or romanize(name)
        persons.append(Person(
            id=pid, name=name, aliases=[x for x in dict.fromkeys(names) if x != name], name_en=en,
            country=_country(members), titles=_titles([t for _, e in members for t in e.titles]),
            documents=sorted({d for d, _ in members}),
            evidence=[ev for d, e in members for ev in _evidence(d, e)]))
        for d, e in members:
            mapping[(d, e.local_id)] = pid

    org_groups: dict[tuple, list[tuple[str, LocalEntity]]] = {}
    for doc_id, ent in _ordered(analyses, "organization"):
        key = (ent.gazetteer_id or fold(ent.name), ent.country)
        org_groups.setdefault(key, []).append((doc_id, ent))
    _join_across_scripts(org_groups)
    _join_by_short_name(org_groups)
    orgs = []
    for n, members in enumerate(org_groups.values(), start=1):
        oid = f"o{n:03d}"
        names = [x for _, e in members for x in [e.name, *e.aliases]]
        name = _fullest(names)
        first = members[0][1]
        orgs.append(Organization(
            id=oid, name=name, aliases=[x for x in dict.fromkeys(names) if x != name],
            name_en=first.name_en or romanize(name), country=first.country, kind=first.org_kind or "other",
            documents=sorted({d for d, _ in members}),
            evidence=[ev for d, e in members for ev in _evidence(d, e)]))
        for d, e in members:
            mapping[(d, e.local_id)] = oid
    return persons, orgs, mapping
