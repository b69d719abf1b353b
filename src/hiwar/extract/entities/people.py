"""One person per cluster of mentions: names grouped by compatibility and known officials,
surnames and later bare offices linked back, and the entity with its titles and country."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...text.doc import Doc, clitic_readings
from ...text.matcher import word_positions
from ...text.normalize import fold
from ..lexicon import Lexicon, Official, lexicon
from ..places import is_arab, place_at
from ..types import LocalEntity, Mention
from .countries import COUNTRY_RULES, in_body_of_states, name_origin, office_key, side_in_sentence, title_country
from .names import name_tokens, names_compatible, token_key
from .officials import fits_official, official_named
from .persons import PersonReader, PersonSpan
from .words import is_definite, opens_a_day

@dataclass
class _Person:
    spans: list[PersonSpan] = field(default_factory=list)
    forms: list[tuple[str, ...]] = field(default_factory=list)  # folded token tuples of names
    official: Official | None = None


def _link_bare_titles(doc: Doc, reader: PersonReader, persons: list[LocalEntity], parties) -> None:
    """A later bare office ("وزير الخارجية الأميركي") refers back to the one person holding it."""
    for a, b in reader.bare_titles:
        start, end = _clitic_start_any(doc, a), doc.tokens[b - 1].end
        text = doc.text[start:end]
        key, country = office_key(text), title_country(doc, (a, b, True), parties)
        holders = [p for p in persons if any(office_key(t) == key for t in p.titles)
                   and (country is None or p.country == country)
                   and min(m.start for m in p.mentions) < start]
        if len(holders) == 1:
            m = Mention("title", start, end, text, fold(text), "title:back",
                        {"local_id": holders[0].local_id, "country": country, "office": True})
            holders[0].mentions.append(m)


def _link_short_forms(doc: Doc, reader: PersonReader, clusters: list[_Person]) -> None:
    """Surnames alone ("بلينكن", "المشعان", "الناصر") link to the person already met, and so
    does a first name after an honorific ("الشيخ جراح"), where no name or title was read."""
    lex = reader.lex
    covered = {t for c in clusters for s in c.spans for t in range(s.name[0], s.name[1])}
    covered |= {t for c in clusters for s in c.spans for a, b, _ in s.titles for t in range(a, b)}
    keys: dict[str, list[_Person]] = {}
    exact: set[str] = set()
    first_names: dict[str, set[int]] = {}
    for n, c in enumerate(clusters):
        surnames = set(c.official.short) if c.official else set()
        for forms in c.forms:
            if len(forms) >= 2 and forms[-1] not in lex.given and forms[-2] != "ال":
                surnames.add(forms[-1])
            if len(forms) >= 2 and is_definite(forms[1]):
                surnames.add(forms[1])
            if len(forms) >= 2:
                first_names.setdefault(forms[0], set()).add(n)
        for s in surnames - lex.regnal_numbers:
            keys.setdefault(token_key(fold(s)), []).append(c)
            exact.add(fold(s))
    honorific_ends: set[int] | None = None  # found when first asked: most texts never ask

    def after_honorific(i: int) -> bool:
        nonlocal honorific_ends
        if honorific_ends is None:
            honorific_ends = {m.end_token for k, m in lex.honorifics.index(doc).at.items() if k < reader.limit}
        return i in honorific_ends

    # a word links only when a reading of it has the key of a surname met or of a known official's
    # short name (the persons the loop adds are such officials), or is a first name met: the others
    # are passed over, each word asked once
    short_keys = {token_key(form) for form in lex.official_short}
    may_link: dict[str, bool] = {}  # also False for the words no reading passes (punctuation, stopwords)
    for i, tok in enumerate(doc.tokens[:reader.limit]):
        word = tok.norm
        link = may_link.get(word)
        if link is None:
            link = may_link[word] = tok.is_word and word not in lex.stopwords and any(
                key in keys or key in short_keys or form in first_names for form, key in _reading_keys(word))
        if not link or i in covered or opens_a_day(doc, i):
            continue
        for stripped, form in clitic_readings(word):
            key = token_key(form)
            owners = keys.get(key)
            if owners and len(key) < 4 and form not in exact:
                continue  # "بين" is not "بون", nor "عصر" "عسيري", once the vowels are gone
            if not owners and len(first_names.get(form, ())) == 1 and after_honorific(i):
                owners = [clusters[next(iter(first_names[form]))]]
            official = None
            if not owners:
                official = lex.official_short.get(form)
                if official is None or not official.alone:
                    continue
                person = _Person(official=official)
                clusters.append(person)
                keys.setdefault(token_key(form), []).append(person)
                owners = [person]
            if len({id(o) for o in owners}) != 1:
                break
            start = doc.norm.span(tok.nstart + stripped, tok.nend)[0]
            owners[0].spans.append(PersonSpan([], (i, i + 1), f"short:{form}", owners[0].official, start=start))
            owners[0].forms.append((form,))
            break


@lru_cache(maxsize=1 << 16)  # [speed] asked of every word of every text: words repeat across texts
def _reading_keys(word: str) -> tuple[tuple[str, str], ...]:
    """(form, comparison key) of each reading of a word, the word itself first."""
    return tuple((form, token_key(form)) for _, form in clitic_readings(word))


def _person_entity(doc: Doc, c: _Person, local_id: str, parties, lex: Lexicon) -> LocalEntity:
    mentions: list[Mention] = []
    names: list[str] = []
    titles: list[str] = []
    country, country_rule, country_mention = None, "", None
    for s in sorted(c.spans, key=lambda s: s.name[0]):
        a = s.name[0]
        start, end = _name_bounds(doc, s)
        text = doc.text[start:end]
        names.append(text)
        person_mention = Mention("person", start, end, text, fold(text), s.rule, {"local_id": local_id})
        mentions.append(person_mention)
        for ta, tb, office in s.titles:
            tstart = _clitic_start_any(doc, ta)
            tend = doc.tokens[tb - 1].end
            ttext = doc.text[tstart:tend]
            tc = title_country(doc, (ta, tb, office), parties)
            mentions.append(Mention("title", tstart, tend, ttext, fold(ttext), "title" if office else "side",
                                    {"local_id": local_id, "country": tc, "office": office}))
            if office:
                titles.append(ttext)
            if office and in_body_of_states(doc, (ta, tb, office), lex):
                country, country_rule, country_mention = None, "international", mentions[-1]
            if tc and COUNTRY_RULES["title"] > COUNTRY_RULES.get(country_rule, 0):
                country, country_rule, country_mention = tc, "title", mentions[-1]
        if country_rule not in ("title",) and c.official and c.official.country:
            if COUNTRY_RULES["gazetteer"] > COUNTRY_RULES.get(country_rule, 0):
                country, country_rule, country_mention = c.official.country, "gazetteer", person_mention
        if not country_rule or COUNTRY_RULES.get(country_rule, 0) < COUNTRY_RULES["side"]:
            side = side_in_sentence(doc, a, lex)
            if side:
                country, country_rule, country_mention = side, "side", person_mention
    rules = {s.rule for s in c.spans}
    if country is None and not country_rule and rules != {"byline"}:  # a writer is of no side
        origin = "foreign" if "title:surname" in rules else name_origin(max(names, key=len), lex)
        country = parties[0] if origin == "arab" else parties[1] if origin == "foreign" else None
        if country:
            country_rule, country_mention = "origin", mentions[0]
    if country_mention is not None:
        country_mention.attrs["country_rule"] = country_rule
        country_mention.attrs["country"] = country
    full = _full_name(names)
    aliases = []
    for n in names:
        if n != full and n not in aliases:
            aliases.append(n)
    official = c.official
    return LocalEntity(local_id, "person", full, aliases, official.en if official else None, country,
                       _distinct(titles), None, official.id if official else None, mentions)


def _name_bounds(doc: Doc, span: PersonSpan) -> tuple[int, int]:
    """Original start and end of the name a span reads (without a proclitic left out of it)."""
    start = span.start if span.start is not None else doc.tokens[span.name[0]].start
    return start, doc.tokens[span.name[1] - 1].end


def _name_text(doc: Doc, span: PersonSpan) -> str:
    start, end = _name_bounds(doc, span)
    return doc.text[start:end]


def _full_name(names: list[str]) -> str:
    """The name a person goes by: the one of most words, then the longest."""
    return max(names, key=lambda n: (len(name_tokens(n)), len(n)))


def _clitic_start_any(doc: Doc, i: int) -> int:
    m = lexicon().heads.match_at(doc, i)
    return m.start if m else doc.tokens[i].start


def _distinct(items: list[str]) -> list[str]:
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out




def span_forms(doc: Doc, span: PersonSpan) -> tuple[str, ...]:
    """The folded words of the name a span reads."""
    return name_tokens(_name_text(doc, span))


def span_official(span: PersonSpan, forms: tuple[str, ...], lex: Lexicon) -> Official | None:
    """The known official a span names: read as such, by a surname alone, or by a name in full or in part."""
    if span.official is not None:
        return span.official
    return lex.official_short.get(forms[0]) if len(forms) == 1 else official_named(forms)


def office_title_text(doc: Doc, title: tuple[int, int, bool]) -> str:
    """The written title of a person mention, without a proclitic before its head."""
    return doc.text[_clitic_start_any(doc, title[0]):doc.tokens[title[1] - 1].end]


def cluster_persons(doc: Doc, spans: list[PersonSpan], lex: Lexicon) -> list[_Person]:
    """Spans grouped into persons: the same known official, a surname of a person met, or
    compatible names."""
    clusters: list[_Person] = []
    for span in spans:
        forms = span_forms(doc, span)
        official = span.official = span_official(span, forms, lex)
        target = None
        for c in clusters:
            if official is not None and c.official is official:
                target = c
                break
            if len(forms) == 1 and any(token_key(forms[0]) == token_key(f[-1]) for f in c.forms):
                target = c
                break
            if any(names_compatible(forms, f) for f in c.forms) and (
                    official is None or c.official is None or c.official is official):
                target = c
                break
        if target is None:
            if len(forms) < 2 and official is None and span.rule != "title:surname":
                continue
            target = _Person()
            clusters.append(target)
        target.spans.append(span)
        target.forms.append(forms)
        target.official = target.official or official
    for c in clusters:
        if c.official and any(len(f) >= 2 and not fits_official(f, c.official) for f in c.forms):
            c.official = None  # "مشعل الجابر" fits the emir's name, "مشعل جابر الأحمد الصباح" does not
    return clusters


def person_entities(doc: Doc, reader: PersonReader, clusters: list[_Person], parties, lex: Lexicon
                    ) -> tuple[list[LocalEntity], dict[int, tuple[str, str | None]]]:
    """The persons of the document, with short forms and bare offices linked back, and the
    owner (local id, country) of each title token."""
    _link_short_forms(doc, reader, clusters)
    entities, title_owner = _entities(doc, clusters, parties, lex)
    home = home_country(clusters, entities)
    if home is not None and home != parties[0]:  # read again with the page's own country first
        parties = (home, parties[1])
        entities, title_owner = _entities(doc, clusters, parties, lex)
    _link_bare_titles(doc, reader, entities, parties)
    _companions_sides(doc, entities, lex)
    _hosts_sides(doc, entities, lex)
    return entities, title_owner


def _companions_sides(doc: Doc, entities: list[LocalEntity], lex: Lexicon) -> None:
    """Persons named after "يرافقه" in a sentence, of no side or only of their name's origin,
    take the side of the person named last before it ("السفيرة الكندية، يرافقها الملحق العسكري")."""
    positions = word_positions(doc)
    cues = sorted(t for word in lex.companion_cues for t in positions.get(word, ()))
    if not cues:
        return
    named = sorted(((m.start, m, e) for e in entities for m in e.mentions if m.kind == "person"),
                   key=lambda row: row[0])
    for cue in cues:
        at = doc.tokens[cue].start
        sent = doc.sentence_of(at)
        hosts = [e for start, _, e in named if sent.start <= start < at]
        if not hosts or hosts[-1].country is None:
            continue
        for start, mention, e in named:
            if at < start < sent.end and _side_rule(e) in ("", "origin"):
                e.country = hosts[-1].country
                mention.attrs["country_rule"], mention.attrs["country"] = "side", e.country


def _hosts_sides(doc: Doc, entities: list[LocalEntity], lex: Lexicon) -> None:
    """Persons named after "في استقباله" in a sentence, of no side or only of their name's origin, are
    of the country the visitor arrived in, named after "إلى" in that sentence or the one before ("وصل
    الوزير إلى الرياض ... وكان في استقباله نائب وزير الخارجية X": X is Saudi)."""
    positions = word_positions(doc)
    cues = sorted(t for word in lex.reception_cues for t in positions.get(word, ())
                  if t > 0 and doc.tokens[t - 1].norm == "في")
    if not cues:
        return
    named = [(m.start, m, e) for e in entities for m in e.mentions if m.kind == "person"]
    for cue in cues:
        at = doc.tokens[cue].start
        sent = doc.sentence_of(at)
        destination = _arrived_in(doc, cue, sent)
        if destination is None:
            continue
        for start, mention, e in named:
            if at < start < sent.end and _side_rule(e) in ("", "origin"):
                e.country = destination
                mention.attrs["country_rule"], mention.attrs["country"] = "side", e.country


def _arrived_in(doc: Doc, cue: int, sent) -> str | None:
    """The country of the last place named after "إلى" before token `cue`, in its sentence or the one before."""
    first = sent.first_token
    if first > 0:
        first = doc.sentence_of(doc.tokens[first - 1].start).first_token
    found = None
    for k in range(first, cue):
        if doc.tokens[k].norm in ("الي", "إلى") and k + 1 < cue:
            place = place_at(doc, k + 1)
            if place is not None and place[0].form != "demonym":
                found = place[0].country
    return found


def _side_rule(e: LocalEntity) -> str:
    """How a person's country was found ("" when it was not)."""
    return next((m.attrs["country_rule"] for m in e.mentions if m.attrs.get("country_rule")), "")


def home_country(clusters: list[_Person], entities: list[LocalEntity]) -> str | None:
    """The country of the page: news writing names its own officials without their country
    ("وزير الخارجية فلان", against "وزير الخارجية العماني فلان"), so the first known official
    read with no country word in his title is of it, when that country is an Arab one."""
    for c, e in zip(sorted(clusters, key=lambda c: c.spans[0].name[0]), entities):
        if _side_rule(e) == "gazetteer" and e.country and is_arab(e.country) and c.official \
                and _named_in_full_words(e, c.official):
            return e.country
    return None


def _named_in_full_words(e: LocalEntity, official: Official) -> bool:
    """Every word of the name is a word of one of the official's names ("صباح الأحمد" of
    "صباح الأحمد الجابر الصباح"): not a namesake fitting only loosely ("عبدالله الثاني" is not
    "عبدالله بن حمد آل ثاني")."""
    listed = [set(name_tokens(n)) for n in official.names]
    return any(set(name_tokens(n)) <= words for n in [e.name, *e.aliases] for words in listed)


def _entities(doc: Doc, clusters: list[_Person], parties, lex: Lexicon
              ) -> tuple[list[LocalEntity], dict[int, tuple[str, str | None]]]:
    entities: list[LocalEntity] = []
    title_owner: dict[int, tuple[str, str | None]] = {}  # token → (local id, country)
    for n, c in enumerate(sorted(clusters, key=lambda c: c.spans[0].name[0]), start=1):
        ent = _person_entity(doc, c, f"p{n}", parties, lex)
        entities.append(ent)
        for s in c.spans:
            for a, b, _ in s.titles:
                for t in range(a, b):
                    title_owner[t] = (ent.local_id, ent.country)
    return entities, title_owner


def known_officials(doc: Doc, reader: PersonReader, clusters: list[_Person]) -> list[tuple[Official, str, list[str]]]:
    """The persons that are known officials, in the order of `person_entities`, with the name each
    goes by and the offices written with it: what the persons' entities say of them, without their
    countries or mentions."""
    _link_short_forms(doc, reader, clusters)
    out = []
    for c in sorted(clusters, key=lambda c: c.spans[0].name[0]):
        if c.official is not None:
            spans = sorted(c.spans, key=lambda s: s.name[0])
            names = [_name_text(doc, s) for s in spans]
            offices = [office_title_text(doc, title) for s in spans for title in s.titles if title[2]]
            out.append((c.official, _full_name(names), _distinct(offices)))
    return out
