"""From the bodies read in a document to its organizations: acronyms, agencies' credits, short
forms of names met in full, the country of a body that names none, and the English name."""
from __future__ import annotations

from ...text.doc import Doc, clitic_readings
from ...text.normalize import fold
from ..lexicon import Lexicon
from ..places import country_name_en, place_at
from ..types import LocalEntity, Mention
from .countries import side_in_sentence
from .named_bodies import opens_other_name
from .names import name_tokens
from .org_spans import OrgSpan


def acronym_mentions(doc: Doc, lex: Lexicon, found: list[OrgSpan], limit: int) -> list[OrgSpan]:
    """A body named in full and then by its acronym in brackets ("وكالة التعاون والتنسيق
    التركية (تيكا)"): the acronym there and wherever it is written later is the same body, and so
    is an agency's credit of that name in the dateline above ("الكويت - 8 نوفمبر (كونا)")."""
    toks = doc.tokens
    known = {o.start for o in found}
    credits = {fold(o.name): o for o in found if o.rule == "dateline"}
    out: list[OrgSpan] = []
    for o in found:
        k = doc.token_at(o.end - 1) + 1
        if not (k + 2 < limit and toks[k].norm == "(" and toks[k + 2].norm == ")" and toks[k + 1].is_word):
            continue
        form = toks[k + 1].norm
        if (credit := credits.get(form)) is not None:
            credit.body, credit.key, credit.country = o.body, o.key, o.country
        if toks[k + 1].start in known or form in lex.stopwords or form.isdigit() or len(form) < 2 \
                or place_at(doc, k + 1) is not None or opens_other_name(doc, lex, k + 1):
            continue
        for i in range(k + 1, limit):
            for stripped, reading in clitic_readings(toks[i].norm):
                if reading == form and toks[i].start not in known:
                    start = doc.norm.span(toks[i].nstart + stripped, toks[i].nend)[0]
                    text = doc.text[start:toks[i].end]
                    out.append(OrgSpan(o.body, o.key, start, toks[i].end, text, text, i, o.country,
                                        "acronym", o.en_hint))
                    known.add(toks[i].start)
                    break
    return out


def _portfolio_office_country(doc: Doc, lex: Lexicon, o: OrgSpan, title_owner: dict[int, tuple[str, str | None]]
                              ) -> str | None:
    """The country of the nearest office of the ministry's portfolio before it in its sentence: "لويد
    أوستن وزير الدفاع الأمريكي، في مقر وزارة الدفاع" is the US ministry."""
    if o.body.family != "ministry":
        return None
    sentence = doc.sentence_of(doc.tokens[o.first_token].start)
    for k in range(o.first_token - 1, max(sentence.first_token, 1) - 1, -1):
        head = lex.heads.match_at(doc, k - 1)
        portfolio = lex.portfolios.match_at(doc, k, clitics=False) if head is not None and head.end_token == k else None
        if portfolio is not None and portfolio.payload[0].id == o.body.id:
            place = place_at(doc, portfolio.end_token) if portfolio.end_token < len(doc.tokens) else None
            owner = title_owner.get(k)
            return place[0].country if place is not None else owner[1] if owner else None  # the office's own country first
    return None


def _credit_to_named_agency(found: list[OrgSpan]) -> None:
    """An agency's story names the agency itself when it quotes what someone told it ("وقال ...
    لوكالة أنباء البحرين"): a credit of the dateline that nothing else names is the one news
    agency the story names in full, if it names one."""
    credits = [o for o in found if o.rule == "dateline" and o.body.id == fold(o.name)]  # not linked by an acronym
    agencies = {o.key: o for o in found if o.body.kind == "news_agency" and o.rule != "dateline"}
    if len(agencies) != 1:
        return
    agency = next(iter(agencies.values()))
    for credit in credits:
        credit.body, credit.key, credit.country = agency.body, agency.key, agency.country


MIN_SHORT_FORM_WORDS = 3  # "الصندوق الكويتي للتنمية"; "مجلس الأمن" may be another body than "مجلس الأمن الوطني"


def _short_forms_to_full(doc: Doc, found: list[OrgSpan]) -> None:
    """A body named in full and elsewhere without its last words ("الصندوق الكويتي للتنمية
    الاقتصادية العربية", "الصندوق الكويتي للتنمية الاقتصادية") is one body, when their countries agree."""
    named = [(o, fold(o.name).split()) for o in found if o.key[0] in ("named", "body")]
    for short, words in named:
        # two words do when the head has the article and the full name came first ("البنك الإسلامي
        # للتنمية" ... "البنك الإسلامي"): the writer shortens a name met before
        # or when only the country's adjective that named the full one is dropped ("جامعة ماكيريري الأوغندية")
        anaphoric = len(words) == 2 and words[0].startswith("ال")
        if len(words) < MIN_SHORT_FORM_WORDS - 1:
            continue
        full = next((o for o, longer in named if len(longer) > len(words) and longer[:len(words)] == words
                     and (len(words) >= MIN_SHORT_FORM_WORDS or o.start < short.start and (
                         anaphoric or len(longer) == len(words) + 1 and _ends_in_demonym(doc, o)))
                     and (o.country is None or short.country is None or o.country == short.country)), None)
        if full is not None:
            short.body, short.key, short.country = full.body, full.key, short.country or full.country


def _ends_in_demonym(doc: Doc, o: OrgSpan) -> bool:
    place = place_at(doc, doc.token_at(o.end - 1))
    return place is not None and place[0].form == "demonym"


def _org_name_en(o: OrgSpan, country: str | None) -> str | None:
    """The English name where the lexicon gives one; None for a body named only as written
    (resolution romanizes it), never the bare country name."""
    if not o.body.en:
        return None
    if o.body.family == "body":
        return o.body.en
    where = country_name_en(country) if country else ""
    if o.body.family == "ministry":
        if country == "US" and o.en_hint:
            return f"United States Department of {o.en_hint}"
        return f"{where} Ministry of {o.body.en}".strip()
    return f"{where} {o.body.en}".strip()


def org_entities(doc: Doc, lex: Lexicon, found: list[OrgSpan], title_owner: dict[int, tuple[str, str | None]],
                 parties: tuple[str | None, str | None], limit: int) -> list[LocalEntity]:
    """One organization per body and country; a body with no country of its own takes the
    country of the person whose title names it, of the side named in its sentence, or the
    document's Arab party."""
    orgs: dict[tuple, LocalEntity] = {}
    found = sorted(found + acronym_mentions(doc, lex, found, limit), key=lambda o: o.start)
    _credit_to_named_agency(found)
    _short_forms_to_full(doc, found)
    for a, b in zip(found, found[1:]):
        if a.key == b.key and a.country is None and doc.text[a.end:b.start].strip() == "(":
            a.country = b.country  # "وزارة الدفاع (البنتاغون)"
    for o in found:
        country = o.country
        if country is None and o.body.family != "body":
            owner = title_owner.get(o.first_token)
            country = owner[1] if owner else (_portfolio_office_country(doc, lex, o, title_owner)
                                              or side_in_sentence(doc, o.first_token, lex) or parties[0])
        key = (*o.key, country)
        ent = orgs.get(key)
        if ent is None:
            ent = LocalEntity(f"o{len(orgs) + 1}", "organization", o.name, country=country,
                              org_kind=o.body.kind, gazetteer_id=o.body.id,
                              name_en=_org_name_en(o, country))
            orgs[key] = ent
        elif len(name_tokens(o.name)) > len(name_tokens(ent.name)) or (
                len(o.name) > len(ent.name) and len(name_tokens(o.name)) == len(name_tokens(ent.name))):
            ent.aliases.append(ent.name)
            ent.name = o.name
        elif o.name != ent.name and o.name not in ent.aliases:
            ent.aliases.append(o.name)
        if o.name != ent.name and o.name not in ent.aliases:
            ent.aliases.append(o.name)
        if o.alias and o.alias != ent.name and o.alias not in ent.aliases:
            ent.aliases.append(o.alias)
        mention = Mention("org", o.start, o.end, o.text, fold(o.name), o.rule,
                          {"local_id": ent.local_id, "country": country, "name": o.name})
        ent.mentions.append(mention)
    return list(orgs.values())
