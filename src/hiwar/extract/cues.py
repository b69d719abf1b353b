"""The reading kit shared by the dialogue extractors (events, rounds, agreements).

Cue phrases live in data/ar/events.yaml (events, rounds) and data/ar/agreements.yaml
(instruments), topics in topics.yaml, ordinals in dates/numbers.yaml. `Clause` is one
sentence with what the other layers found in it; `cues_in` finds a cue list's matches.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..datafiles import read_yaml
from ..text.doc import Doc, Sentence
from ..text.matcher import Match, MatchIndex, PhraseMatcher
from ..text.normalize import fold
from .places import PlaceEntry, place_at, read_rows
from .types import LocalEntity, Mention

DATA = Path(__file__).resolve().parents[1] / "data" / "ar"


@dataclass(frozen=True)
class Lexicon:
    raw: dict
    triggers: PhraseMatcher
    topics: PhraseMatcher
    cues: dict[str, PhraseMatcher]
    ordinals: dict[str, int]
    tens: dict[str, int]
    groups: PhraseMatcher
    future_verbs: frozenset[str]  # one-word planned cues ("سيترأس"), to recognise them with a pronoun
    inaugural: frozenset[str]  # adjectives that number a round 1 ("الافتتاحية")

    def cue(self, name: str) -> PhraseMatcher:
        return self.cues[name]


class FrameworkMatcher:
    """Names of standing frameworks: the listed phrases, or a committee or council head followed within
    a few words by a word that makes it a joint or strategic body ("لجنة التخطيط الاستراتيجي المشترك")."""

    def __init__(self, listed: PhraseMatcher, heads: PhraseMatcher, marks: PhraseMatcher,
                 excluded: PhraseMatcher, reach: int) -> None:
        self.listed, self.heads, self.marks, self.excluded, self.reach = listed, heads, marks, excluded, reach

    def index(self, doc: Doc) -> MatchIndex:
        """Every framework named in the doc's text, found once per text."""
        def frameworks() -> MatchIndex:
            candidates = set(self.listed.index(doc).starts) | set(self.heads.index(doc).starts)
            at = {i: m for i in candidates if (m := self._framework_at(doc, i)) is not None}
            return MatchIndex(at, len(doc.tokens))

        return doc.layer.remembered((self, "frameworks"), frameworks)

    def match_at(self, doc: Doc, i: int) -> Match | None:
        return self.index(doc).at_token(i)

    def _framework_at(self, doc: Doc, i: int) -> Match | None:
        best = self.listed.match_at(doc, i)
        head = self.heads.match_at(doc, i)
        if head is None:
            return best
        end = None
        for j in range(head.end_token, min(len(doc.tokens), head.end_token + self.reach + 1)):
            if not doc.tokens[j].is_word or self.excluded.match_at(doc, j, clitics=False):
                break
            if self.marks.match_at(doc, j, clitics=False):
                end = j + 1
        if end is None or (best is not None and best.end_token >= end):
            return best
        stop = doc.tokens[end - 1].end
        return Match(i, end, head.start, stop, doc.text[head.start:stop], "framework")


def _phrases(entries: list) -> list[tuple[str, str]]:
    return [(str(p), str(p)) for p in entries]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = read_yaml(DATA / "events.yaml")
    raw.update(read_yaml(DATA / "agreements.yaml"))
    topics_raw = read_yaml(DATA / "topics.yaml")
    numbers = read_yaml(DATA / "dates" / "numbers.yaml")
    triggers = PhraseMatcher((p, kind) for kind, ps in raw["triggers"].items() for p in ps)
    topics = PhraseMatcher((p, topic) for topic, ps in topics_raw.items() for p in ps)
    # every list of phrases in the data files is a cue list, matched by name
    cues = {name: PhraseMatcher(_phrases(value)) for name, value in raw.items()
            if isinstance(value, list) and all(isinstance(p, str) for p in value)}
    cues["dialogue_nouns"] = FrameworkMatcher(cues["dialogue_nouns"], cues["framework_heads"], cues["framework_marks"],
                                              cues["not_framework_words"], raw["framework_reach"])
    cues["agreement_nouns"] = PhraseMatcher((p, kind) for kind, ps in raw["agreement_nouns"].items() for p in ps)
    ordinals = {fold(w): int(n) for n, ws in numbers["ordinal_units"].items() for w in ws}
    ordinals.update({fold(w): 10 for w in numbers["ordinal_ten"]})
    tens = {fold(w): int(n) for n, ws in numbers["ordinal_tens"].items() for w in ws}
    groups = PhraseMatcher((p, tuple(codes)) for p, codes in raw["country_groups"].items())
    future_verbs = frozenset(fold(w) for w in raw["planned_cues"] if " " not in w and fold(w).startswith("س"))
    inaugural = frozenset(fold(w) for w in raw["inaugural_words"])
    return Lexicon(raw, triggers, topics, cues, ordinals, tens, groups, future_verbs, inaugural)


# ---------------------------------------------------------------- sentence view
@dataclass
class Clause:
    """One sentence with what the other layers found in it."""

    sent: Sentence
    part: int
    dates: list[Mention] = field(default_factory=list)
    unplaced_days: list[Mention] = field(default_factory=list)  # days no anchor places ("اليوم السبت", undated)
    persons: list[tuple[int, str]] = field(default_factory=list)  # (token, local id)
    orgs: list[tuple[int, str]] = field(default_factory=list)
    places: list[tuple[int, int, PlaceEntry, str]] = field(default_factory=list)  # (tok, end, entry, text)
    reported: list[int] | None = None  # first tokens of reported clauses ("أكد ... أن ..."), found lazily


def cues_in(lex: Lexicon, name: str, doc: Doc, lo: int, hi: int) -> list:
    """Matches of cue list `name` starting within tokens [lo, hi)."""
    return lex.cues[name].index(doc).within(lo, hi)  # asked hundreds of times per text: no call between


def matches_in(matcher: PhraseMatcher | FrameworkMatcher, doc: Doc, lo: int, hi: int) -> list[Match]:
    """Non-overlapping longest matches of `matcher` starting within tokens [lo, hi), left to right."""
    return matcher.index(doc).within(lo, hi)


def _ordinal_at(lex: Lexicon, doc: Doc, i: int) -> tuple[int, int] | None:
    """(number, end token) of an ordinal at token i: "الرابعة", "الـ4", "الحادي عشر"."""
    toks = doc.tokens
    if i >= len(toks):
        return None
    word = toks[i].norm
    if word in lex.ordinals:
        n, end = lex.ordinals[word], i + 1
        if end < len(toks) and toks[end].norm in ("عشر", "عشره") and n < 10:
            return n + 10, end + 1
        if end < len(toks) and toks[end].norm.startswith("و") and toks[end].norm[1:] in lex.tens and n < 10:
            return n + lex.tens[toks[end].norm[1:]], end + 1  # "السابعة والعشرين"
        return n, end
    if word in lex.tens:  # "الدورة الثلاثين": a round ten, twenty ... alone
        return lex.tens[word], i + 1
    if word in lex.inaugural:  # "الجولة الافتتاحية": the first round
        return 1, i + 1
    if i > 0 and toks[i - 1].norm in ("جوله", "دوره") and "ال" + word in lex.ordinals:
        return lex.ordinals["ال" + word], i + 1  # "جولة ثالثة": an indefinite noun takes an indefinite ordinal
    if word.startswith("ال") and word[2:].isdigit():
        return int(word[2:]), i + 1
    if i > 0 and toks[i - 1].norm in ("الجوله", "الدوره", "النسخه") and word.isdigit() and 0 < int(word) < 300:
        return int(word), i + 1  # "الدورة 18 من اللجنة العليا": the number in figures, no year
    if word in ("ال", "رقم") and i + 1 < len(toks) and toks[i + 1].norm.isdigit():
        return int(toks[i + 1].norm), i + 2
    # "الدورة الـ /14/", "الدورة الـ(14)": the agencies' figure between marks
    if word in ("ال", "رقم") and i + 3 < len(toks) and toks[i + 1].norm in _FIGURE_MARKS \
            and toks[i + 2].norm.isdigit() and toks[i + 3].norm == _FIGURE_MARKS[toks[i + 1].norm]:
        return int(toks[i + 2].norm), i + 4
    return None


_FIGURE_MARKS = {"/": "/", "(": ")"}  # opening mark -> its closing mark


def _numbered_noun_ahead(lex: Lexicon, doc: Doc, i: int, hi: int) -> int | None:
    """End token of the round or dialogue noun an ordinal at token i numbers from before it."""
    if i + 1 >= hi:
        return None
    noun = lex.cue("round_nouns").match_at(doc, i + 1) or lex.cue("dialogue_nouns").match_at(doc, i + 1)
    if noun:
        return noun.end_token
    session = lex.cue("session_nouns").match_at(doc, i + 1)
    framework = lex.cue("dialogue_nouns").match_at(doc, session.end_token) if session else None
    return framework.end_token if framework else None


@dataclass(frozen=True)
class RoundMention:
    number: int
    first: int
    end: int  # exclusive token
    framed: bool


@lru_cache(maxsize=1)
def _round_words() -> tuple[frozenset[str], dict[str, int]]:
    """Fillers between a round noun and its ordinal; ordinals that come before their noun."""
    lex = lexicon()
    return (frozenset(fold(w) for w in lex.raw["dialogue_fillers"]),
            {fold(w): n for w, n in lex.raw["ordinals_before_noun"].items()})


@lru_cache(maxsize=1)
def _meeting_adjectives() -> frozenset[str]:
    """Words that may stand between a meeting noun and its ordinal ("الاجتماع الوزاري الثاني")."""
    return frozenset(fold(w) for w in lexicon().raw["meeting_adjectives"])


def _joint_body_after(lex: Lexicon, doc: Doc, k: int, hi: int) -> bool:
    """"الاجتماع العاشر لمجموعة العمل البريطانية البحرينية المشتركة": a group called joint and named by no
    field, after a numbered meeting, is the two sides' framework itself, not one of its sector groups."""
    end = min(hi, k + lex.raw["joint_body_reach"])
    return bool(cues_in(lex, "joint_body_words", doc, k, end)) and not topics_in(doc, k, end)


def _round_openers(doc: Doc) -> list[int]:
    """Tokens where a numbered round may start: a round, dialogue or meeting noun, or an ordinal
    that comes before its noun (found once per text)."""
    def openers() -> list[int]:
        lex = lexicon()
        nouns = ("round_nouns", "dialogue_nouns", "meeting_round_nouns", "possessive_meeting_nouns", "session_round_nouns")
        starts = {i for name in nouns for i in lex.cue(name).index(doc).starts}
        before_noun = _round_words()[1]
        starts.update(i for i, tok in enumerate(doc.tokens) if tok.norm in before_noun)
        return sorted(starts)

    return doc.layer.remembered("round openers", openers)


def find_round_mentions(doc: Doc, lo: int, hi: int, numbered_meetings: bool = False) -> list[RoundMention]:
    """Numbered rounds in tokens [lo, hi): "الجولة الرابعة", "الحوار الاستراتيجي الخامس",
    "الاجتماع الثامن لمجموعة التوجيه المشتركة" (a meeting of the framework). With
    `numbered_meetings` (the document numbers its framework's meetings) a bare "الاجتماع السابع"
    is a round too, unless a working group or committee follows. Read once per text and stretch."""
    return list(doc.layer.remembered(("round mentions", lo, hi, numbered_meetings),
                                     lambda: _read_round_mentions(doc, lo, hi, numbered_meetings)))


def _read_round_mentions(doc: Doc, lo: int, hi: int, numbered_meetings: bool) -> list[RoundMention]:
    lex = lexicon()
    fillers, before_noun = _round_words()
    out: list[RoundMention] = []
    openers = _round_openers(doc)
    k = bisect_left(openers, lo)
    while k < len(openers) and openers[k] < hi:
        i = openers[k]
        found = _round_at(lex, doc, i, lo, hi, numbered_meetings, fillers, before_noun)
        # "ثاني جولة لوزير الخارجية في إفريقيا": a numbered tour of an official, not a round
        if found and found[2] < hi and lex.cue("tour_owner_words").match_at(doc, found[2], clitics=False):
            found = None
        if found:
            out.append(RoundMention(*found, bool(cues_in(lex, "frame_words", doc, i - 3, i))))
            k = bisect_left(openers, found[2], k + 1)
        else:
            k += 1
    return out


def _round_at(lex: Lexicon, doc: Doc, i: int, lo: int, hi: int, numbered_meetings: bool,
              fillers: frozenset[str], before_noun: dict[str, int]) -> tuple[int, int, int] | None:
    """(number, first token, end token) of a numbered round opening at token i."""
    noun = lex.cue("round_nouns").match_at(doc, i) or lex.cue("dialogue_nouns").match_at(doc, i)
    ahead = _numbered_noun_ahead(lex, doc, i, hi) if doc.tokens[i].norm in before_noun else None
    meeting = lex.cue("meeting_round_nouns").match_at(doc, i) if not noun else None
    # "الجلسة الثالثة للحوار الاستراتيجي": a session noun numbers a round only with the framework named after it
    session = lex.cue("session_round_nouns").match_at(doc, i) if not noun and not meeting else None
    if session:
        ordinal = _ordinal_at(lex, doc, session.end_token)
        after = range(ordinal[1], min(hi, ordinal[1] + 2)) if ordinal else range(0)
        return (ordinal[0], i, ordinal[1]) if any(lex.cue("dialogue_nouns").match_at(doc, k) for k in after) else None
    own_meeting = lex.cue("possessive_meeting_nouns").match_at(doc, i) if not noun else None
    if ahead:  # "أول جولة من الحوار", "أولى جلسات الحوار الاستراتيجي" (of "الحوار الاستراتيجي الثالث": its third)
        own = _ordinal_at(lex, doc, ahead)
        return (own[0], i, own[1]) if own else (before_noun[doc.tokens[i].norm], i, ahead)
    if own_meeting and cues_in(lex, "dialogue_nouns", doc, lo, i):
        ordinal = _ordinal_at(lex, doc, own_meeting.end_token)  # "اللجنة ... في اجتماعها الثاني"
        return (ordinal[0], i, ordinal[1]) if ordinal else None
    if meeting:
        j = meeting.end_token
        while j < hi and j - meeting.end_token < 3 and doc.tokens[j].norm in _meeting_adjectives():
            j += 1  # "الاجتماع الوزاري المشترك الثالث للحوار الاستراتيجي"
        quoted = j < hi and doc.tokens[j].norm == '"'  # "محضر الاجتماع «الثاني» لـ«مجلس الشراكة»"
        ordinal = _ordinal_at(lex, doc, j + quoted)
        if ordinal:
            after = range(ordinal[1], min(hi, ordinal[1] + (5 if quoted else 3)))
            of_framework = any(lex.cue("dialogue_nouns").match_at(doc, k) for k in after) \
                or _joint_body_after(lex, doc, ordinal[1], hi)
            of_group = any(lex.triggers.match_at(doc, k) for k in after)
            if of_framework or (numbered_meetings and not of_group):
                closed = quoted and ordinal[1] < hi and doc.tokens[ordinal[1]].norm == '"'
                return ordinal[0], i, ordinal[1] + closed
        return None
    if noun:
        # "الجمعية العامة للأمم المتحدة في دورتها الـ78": the session of the body just named
        if lex.cue("possessive_round_nouns").match_at(doc, i) and cues_in(lex, "other_bodies", doc, max(lo, i - 8), i):
            return None
        j = noun.end_token
        for _ in range(6):  # skip "للحوار الاستراتيجي", demonyms and fillers up to the ordinal
            if j >= hi:
                break
            ordinal = _ordinal_at(lex, doc, j)
            if ordinal:
                # "الدورة السابعة والعشرين لمؤتمر الأطراف": a session of another body
                if not cues_in(lex, "other_bodies", doc, ordinal[1], ordinal[1] + 2):
                    return ordinal[0], i, ordinal[1]
                break
            if doc.tokens[j].norm in fillers or place_at(doc, j):
                place = place_at(doc, j)
                j = place[1] if place else j + 1
                continue
            break
    return None


# ---------------------------------------------------------------- the extractor
def span_evidence(doc: Doc, first: int, end: int, field_name: str, rule: str) -> Mention:
    start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
    return Mention("evidence", start, stop, doc.text[start:stop], field_name, rule)


def sentence_evidence(doc: Doc, sent: Sentence, field_name: str, rule: str) -> Mention:
    return Mention("evidence", sent.start, sent.end, doc.text[sent.start:sent.end], field_name, rule)


def countries_in(clause: Clause) -> list[str]:
    return list(dict.fromkeys(code for _, _, entry, _ in clause.places for code in [entry.country]))


@lru_cache(maxsize=1)
def forum_codes() -> dict[str, str]:
    """English name of a multilateral body → the code it takes as a party to a dialogue."""
    return {name: code for name, code in read_rows("forums.tsv", DATA.parent)}  # shared by every language


def dominant_pair(places: list[Mention], entities: list[LocalEntity] = ()) -> str | None:
    """The dialogue code of the two parties a document names most: countries, and multilateral
    bodies that hold dialogues as one party ("GCC-US", "AL-US")."""
    counts: dict[str, int] = {}
    for m in places:
        code = m.attrs.get("country")
        if code:
            counts[code] = counts.get(code, 0) + 1
    for e in entities:
        code = forum_codes().get(e.name_en or "") if e.kind == "organization" else None
        if code:
            counts[code] = counts.get(code, 0) + len(e.mentions)
    top = sorted(counts, key=lambda c: (-counts[c], c))[:2]
    return "-".join(sorted(top)) if len(top) == 2 else None


def topics_in(doc: Doc, lo: int, hi: int) -> list[str]:
    return list(dict.fromkeys(m.payload for m in lexicon().topics.index(doc).within(lo, hi)))


def first_topic_after(doc: Doc, i: int, hi: int, window: int = 6) -> str | None:
    topics = topics_in(doc, i, min(hi, i + window))
    return topics[0] if topics else None
