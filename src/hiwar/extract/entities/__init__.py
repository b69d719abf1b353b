"""Who is who in one document: persons (through offices, honorifics and known officials),
organizations (ministries, national bodies, named bodies) and places.

The stages, each in its own module: page sections that are not the story (sections),
person mentions in running text (persons, reading offices in titles and names in name_runs),
organization mentions (bodies, asking the readers of ministries and named_bodies for org_spans),
the organizations they make (body_entities), bodies named
in quotes, bylines and credits (outlets), persons as
clusters of mentions with titles and countries (people), known officials found by their
names (officials), the sides of the document and the country of a title (countries), name
comparison keys (names), word shapes and the reading loop they share (words).
"""
from __future__ import annotations

from collections.abc import Callable

from ...text.doc import Doc
from ..furniture import content_end, header_lines
from ..lexicon import Lexicon, lexicon
from ..places import find_places
from ..types import LocalEntity, Mention
from .bodies import find_orgs
from .body_entities import org_entities
from .countries import COUNTRY_RULES, doc_parties, office_key
from .outlets import byline_outlets, dateline_credits, quoted_bodies
from .names import keys_equal, name_tokens, names_compatible, token_key
from .people import cluster_persons, known_officials, office_title_text, person_entities, span_forms, span_official
from .org_spans import OrgSpan
from .persons import PersonReader, PersonSpan
from .sections import aside_lines, another_story, stitched_sections, within
from .words import is_definite

__all__ = ["COUNTRY_RULES", "extract_entities", "is_definite", "keys_equal", "name_tokens", "names_compatible",
           "office_holders", "office_key", "token_key"]


def extract_entities(doc: Doc) -> tuple[list[LocalEntity], list[Mention]]:
    """Persons and organizations of one document (LocalEntity "p1".., "o1"..) and its place mentions.

    Read once per text, on the caller's Doc (whose sentences the other stages share): every
    analysis of the same text shares the result, which callers only read (a document analysed again,
    its anchor moved, reads its entities back)."""
    return doc.layer.remembered(("entities", doc.id), lambda: _read_entities(doc))


def office_holders(doc: Doc, held: Callable[[str, str], bool]) -> list[tuple[str, str, list[str]]]:
    """(gazetteer id, name, offices) of the persons of `extract_entities` that are known officials,
    in its order, read without the organizations, places and countries; nothing when no mention
    of a known official and no office written with a mention make a pair that `held(id, office)`
    accepts (the person mentions alone tell so)."""
    lex = lexicon()
    reader = PersonReader(doc, lex)
    spans = reader.persons()
    ids, offices = _officials_and_offices(doc, spans, lex)
    if not any(held(official, office) for official in ids for office in offices):
        return []
    end_offset = content_end(doc)
    spans, _ = _story(doc, spans, end_offset, doc.token_at(end_offset), with_orgs=False)
    return [(official.id, name, titles)
            for official, name, titles in known_officials(doc, reader, cluster_persons(doc, spans, lex))]


def _officials_and_offices(doc: Doc, spans: list[PersonSpan], lex: Lexicon) -> tuple[set[str], list[str]]:
    """The ids of the known officials that person mentions name, and the offices written with them."""
    ids: set[str] = set()
    offices: list[str] = []
    for span in spans:
        official = span_official(span, span_forms(doc, span), lex)
        if official is not None:
            ids.add(official.id)
        offices += [office_title_text(doc, title) for title in span.titles if title[2]]
    return ids, offices


def _story(doc: Doc, spans: list[PersonSpan], end_offset: int, body_end: int, with_orgs: bool
           ) -> tuple[list[PersonSpan], list[OrgSpan]]:
    """The person spans (and body spans, `with_orgs`) of the story itself: not on pointer lines or
    page chrome, nor in another story stitched under its own headline (bodies are read to tell
    one only when the page has headed sections)."""
    aside = aside_lines(doc) + header_lines(doc)
    spans = [s for s in spans if not within(doc.tokens[s.name[0]].start, aside)]
    sections = stitched_sections(doc, end_offset)
    found = ([o for o in organization_spans(doc, body_end) if not within(o.start, aside)]
             if with_orgs or sections else [])
    aside = [s for s in sections if another_story(doc, s, spans, found)]
    spans = [s for s in spans if not within(doc.tokens[s.name[0]].start, aside)]
    found = [o for o in found if not within(o.start, aside)]
    return spans, found


def organization_spans(doc: Doc, limit: int) -> list[OrgSpan]:
    """Bodies named by their heads and gazetteers, then those named in quotes, bylines and
    datelines where nothing else was read."""
    lex = lexicon()
    found = find_orgs(doc, lex, limit)
    for extra in quoted_bodies(doc, lex, limit) + byline_outlets(doc, lex, limit) + dateline_credits(doc, lex, limit):
        if not any(o.start < extra.end and extra.start < o.end for o in found):
            found.append(extra)
    return sorted(found, key=lambda o: o.start)


def _read_entities(doc: Doc) -> tuple[list[LocalEntity], list[Mention]]:
    lex = lexicon()
    reader = PersonReader(doc, lex)
    end_offset = content_end(doc)
    body_end = doc.token_at(end_offset)  # bodies are read to the end; persons stop before a cut word
    places = find_places(doc, end_offset)
    parties = doc_parties(places)

    spans, found = _story(doc, reader.persons(), end_offset, body_end, with_orgs=True)

    clusters = cluster_persons(doc, spans, lex)
    persons, title_owner = person_entities(doc, reader, clusters, parties, lex)
    orgs = org_entities(doc, lex, found, title_owner, parties, body_end)
    mentions = [m for e in persons + orgs for m in e.mentions]
    return persons + orgs, mentions + places
