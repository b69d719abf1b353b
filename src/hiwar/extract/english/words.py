"""The words English reports tell events, rounds and instruments with (data/en/events.yaml,
topics.yaml, the ordinals of dates.yaml), compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load


@dataclass(frozen=True)
class _Words:
    triggers: list[tuple[re.Pattern, str]]
    speech: re.Pattern
    leading: re.Pattern
    receiving: re.Pattern
    addressing: re.Pattern
    state_groups: re.Pattern
    launching: frozenset[str]
    both_sides: re.Pattern  # "They signed", "The two sides signed": a signing by the dialogue's two states
    announcing: frozenset[str]
    during_round: re.Pattern
    aside: re.Pattern
    heading_side: re.Pattern
    side_headed: re.Pattern
    discussing: re.Pattern
    domestic: re.Pattern
    the_officials: re.Pattern
    welcomed_thing: re.Pattern
    counted_from: re.Pattern
    heading_a_side: re.Pattern
    attribution: re.Pattern
    within: re.Pattern
    time_phrase: re.Pattern
    session: re.Pattern
    definite_meeting: re.Pattern
    setting: re.Pattern  # before a group of states: its meeting is where another was held ("on the sidelines of the")
    told_before: re.Pattern  # just before a verb: "the", or a meeting already told ("these important talks, held")
    future: re.Pattern
    virtual: re.Pattern
    rounds: re.Pattern
    dialogue_noun: re.Pattern
    named_dialogue: re.Pattern
    dialogue_after: re.Pattern  # just after a verb of meeting: the dialogue itself is what was held ("led the ...")
    during_dialogue: re.Pattern
    round_reference: re.Pattern
    talked_about: re.Pattern
    working_group: re.Pattern
    instruments: re.Pattern
    instrument_types: dict[str, str]
    instrument_singulars: dict[str, str]
    counts: dict[str, int]
    named_instrument: re.Pattern
    topics: list[tuple[re.Pattern, str]]
    ordinals: dict[str, int]


def _phrases(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def words() -> _Words:
    data = load("events.yaml")
    calendar = load("dates.yaml")
    ordinals = dict(calendar["ordinals"])
    # the full names of months and weekdays (capitalized, as written) and the days told from today
    names = [forms[0].capitalize() for part in ("months", "weekdays") for forms in calendar[part].values()]
    ordinals.update({w: 1 for w in data["first_words"]})
    ords = _phrases(ordinals)
    # "the third annual meeting of ...": words that may qualify a round's noun
    nouns = rf"(?:(?:{_phrases(data['round_qualifiers'])})\s+)?(?:{_phrases(data['round_nouns'])})"
    dialogue = _phrases(data["dialogue_nouns"])
    numbered = _phrases(data["numbered_dialogue_nouns"])
    # "a third agreement established a Joint Committee" numbers no round
    instruments = _phrases(data["instruments"])
    rounds = re.compile(
        rf"\b(?P<ord>{ords}|\d+(?:st|nd|rd|th))\s+(?:(?:{nouns})\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?)?"
        rf"(?:(?!(?:{ords}|of|{instruments})\b)[\w.+\-]+\s+){{0,3}}?(?P<noun>{dialogue}|{numbered})\b"  # no other ordinal, "of" or instrument
        rf"|\b(?P<ord2>{ords})\s+(?:round|session)\b(?!\s+of\s+(?!the\s+|their\s+|its\s+)(?:[\w.\-]+\s+){{0,2}}?(?:{dialogue}))"
        rf"|\b(?:round|session)\s+(?P<num>\d{{1,2}})\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w.\-]+\s+){{0,2}}?(?:{dialogue})\b"
        rf"|\b(?:{dialogue})\b[^.;]{{0,60}}?\bfor\s+the\s+(?P<ord3>{ords})\s+time\b"  # "convened for the second time"
        rf"|\b(?:{dialogue})\b[^.;]{{0,60}}?\b(?:its|their)\s+(?P<ord4>{ords})\s+(?:{nouns})\b",  # "... will hold its second meeting"
        re.IGNORECASE)
    sides = _phrases(data["side_nouns"])
    being = r"(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)"
    calls = rf"\b(?:{_phrases(data['calls'])})\s+(?:[\w,]+\s+){{0,4}}?with\b"
    # "led the U.S.-Egypt Strategic Dialogue", "co-chaired the Ministerial 2+2 Dialogue": no "of" before the name
    the_dialogue = rf"\s+(?:the|their|its|a|an)\s+(?:(?!of\b)[\w.\-+’']+\s+){{0,3}}?(?:{dialogue})\b"
    triggers = [(re.compile(calls, re.IGNORECASE), "meeting"),
                (re.compile(rf"\b(?:{_phrases(data['heading_dialogue'])})(?={the_dialogue})", re.IGNORECASE), "meeting")]
    triggers += [(re.compile(rf"\b(?:{_phrases(ws)})\b", re.IGNORECASE), kind) for kind, ws in data["triggers"].items()]
    topics = [(re.compile(rf"\b{re.escape(p)}\b", re.IGNORECASE), t)
              for t, ps in load("topics.yaml").items() for p in ps]
    heads = _phrases(data["named_instrument_heads"])
    return _Words(
        triggers=triggers,
        # "chaired on the Kuwaiti side by", "chaired for the U.S. by": the side between the verb and its "by"
        leading=re.compile(rf"\b(?:{_phrases(w.removesuffix(' by') for w in data['leading'])})"
                           rf"(?:\s+on\s+the\s+[\w.\-]+\s+side|\s+for\s+(?:the\s+)?[A-Z][\w.\-]*)?\s+by\b",
                           re.IGNORECASE),
        speech=re.compile(rf"\b(?:{_phrases(data['speech'])})\b", re.IGNORECASE),
        launching=frozenset(data["launching"]),
        both_sides=re.compile(rf"\s*(?:{_phrases(data['both_sides'])})\s+(?:[\w\-]+\s+){{0,2}}?sign", re.IGNORECASE),
        announcing=frozenset(data["announcing"]),
        attribution=re.compile(rf"\b(?:{_phrases(data['attribution'])})\b", re.IGNORECASE),
        heading_side=re.compile(rf"\b(?:{_phrases(data['heading_verbs'])})\s+(?:the\s+|its\s+|their\s+)?"
                                rf"(?:[\w.\-]+\s+){{0,2}}?(?:{_phrases(data['side_nouns'])})\b", re.IGNORECASE),
        # "the Indian side was led by", "Japan was represented by": a side named by its country, its heads after
        # ("chaired for the U.S. by X and for Angola by Y")
        side_headed=re.compile(rf"\b(?P<adj>[A-Z][\w.\-]*)\s+(?:(?:{sides})\s+(?:{being}\s+)?|{being}\s+)"
                               rf"(?:{_phrases(data['side_heading_verbs'])})\s+by\b"
                               rf"|\bfor\s+(?:the\s+)?(?P<for>[A-Z][\w.\-]*)\s+by\b"),
        # "X led the Pakistani delegation", "X and Y will be the Georgian co-chairs": the heads before their side
        heading_a_side=re.compile(rf"\b(?:{_phrases(data['heading_verbs'])}|{being})\s+(?:the|its|their)\s+"
                                  rf"(?:[a-z]+\s+)?(?P<adj>[A-Z][\w.\-]*)\s+(?:{sides}|co-chairs?)\b"),
        # the last "since" before a date with no comma or semicolon after it (searched up to the date)
        counted_from=re.compile(rf"\b(?:{_phrases(data['counted_from'])})\b(?=[^,;]*$)", re.IGNORECASE),
        discussing=re.compile(rf"\b(?:{_phrases(data['discussing'])})\b", re.IGNORECASE),
        # "the weekly Cabinet meeting", "the Cabinet's session": a government's own sitting
        domestic=re.compile(rf"\b(?:{_phrases(data['domestic_meetings'])})(?:\s+[\w’']+)?\s+(?:meeting|session|sitting)\b",
                            re.IGNORECASE),
        welcomed_thing=re.compile(rf"\s+(?:the\s+)?(?:{_phrases(data['welcomed_things'])})\b", re.IGNORECASE),
        # a sentence opening on its subject, the officials told before ("The two ministers also co-chaired ")
        the_officials=re.compile(rf"\s*(?:{_phrases(data['the_officials'])})\s+(?:also\s+|then\s+|later\s+)?",
                                 re.IGNORECASE),
        aside=re.compile(rf"\b(?:{_phrases(data['aside'])})\b", re.IGNORECASE),
        within=re.compile(rf"\b(?:{_phrases(data['within'])})\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){{0,3}}$",
                          re.IGNORECASE),
        time_phrase=re.compile(rf"\s+(?:(?:on|in|last|this|next|earlier|later)\s+)?"
                               rf"(?:{_phrases(names)}|{_phrases(calendar['days'])})\b"),
        session=re.compile(rf"\b(?:{_phrases(data['session_words'])})\b", re.IGNORECASE),
        definite_meeting=re.compile(rf"\b(?:the|this|that|these|their)\s+(?:{_phrases(data['told_meeting_nouns'])})\b",
                                    re.IGNORECASE),
        told_before=re.compile(rf"\b(?:the|this|that|these|their)\s+(?:(?:[\w\-]+\s+)?"
                               rf"(?:{_phrases(data['told_meeting_nouns'])}),?\s+)?$", re.IGNORECASE),
        setting=re.compile(r"\b(?:sidelines|margins|margin|fringes|fringe)\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$",
                           re.IGNORECASE),
        during_round=re.compile(rf"\b(?:{_phrases(data['during_round'])})\b", re.IGNORECASE),
        receiving=re.compile(rf"\b(?:{_phrases(data['receiving'])})\b", re.IGNORECASE),
        state_groups=re.compile(rf"\b(?:{_phrases(data['state_groups'])})\b"),
        addressing=re.compile(rf"\b(?:{_phrases(data['addressing'])})\s+", re.IGNORECASE),
        future=re.compile(rf"\b(?:{_phrases(data['future'])})\b", re.IGNORECASE),
        virtual=re.compile(rf"\b(?:{_phrases(data['virtual'])})\b|{calls}", re.IGNORECASE),
        rounds=rounds,
        round_reference=re.compile(rf"\b(?:{_phrases(data['round_references'])})\s+(?:the\s+|their\s+|its\s+)?$",
                                   re.IGNORECASE),
        talked_about=re.compile(rf"\b(?:{_phrases(data['round_references'])})\s+(?:the|their|its|an?)\s+"
                                rf"(?:{_phrases(data['coming'])})\s+(?:[\w.\-]+\s+){{0,4}}$", re.IGNORECASE),
        dialogue_noun=re.compile(rf"\b(?:{dialogue})\b", re.IGNORECASE),
        # the name of a dialogue after the pair that holds it ("Kuwait-US [annual] strategic dialogue")
        named_dialogue=re.compile(rf"\s+(?:[\w.\-]+\s+){{0,2}}?(?:{dialogue})\b", re.IGNORECASE),
        dialogue_after=re.compile(the_dialogue, re.IGNORECASE),
        during_dialogue=re.compile(rf"\b(?:{_phrases(data['during_dialogue'])})(?={the_dialogue})", re.IGNORECASE),
        working_group=re.compile(rf"\b(?:{_phrases(data['working_group_nouns'])})\b", re.IGNORECASE),
        instruments=re.compile(rf"\b(?:{_phrases(data['instruments'])})\b", re.IGNORECASE),
        instrument_types={k.lower(): v for k, v in data["instruments"].items()},
        instrument_singulars=dict(data["instrument_singulars"]),
        counts={k: v for k, v in calendar["numbers"].items() if v > 1},
        named_instrument=re.compile(rf"\b(?:(?:[A-Z][\w\-]*|of|and|the)\s+)*?[A-Z][\w\-]*\s+(?:{heads})\b"
                                    rf"|\b(?:{heads})\s+of\s+[A-Z][\w\-]*(?:\s+(?:and|of)\s+[A-Z][\w\-]*)*"),
        topics=sorted(topics, key=lambda tp: -len(tp[0].pattern)),
        ordinals={k.lower(): v for k, v in ordinals.items()},
    )


def round_number(m: re.Match) -> int | None:
    word = (m.group("ord") or m.group("ord2") or m.group("num") or m.group("ord3") or m.group("ord4")).lower()
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else words().ordinals.get(word)


def topics_between(text: str, lo: int, hi: int) -> list[str]:
    found: list[tuple[int, str]] = []
    taken: list[Span] = []
    for pattern, topic in words().topics:
        for m in pattern.finditer(text, lo, hi):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), topic))
    return list(dict.fromkeys(t for _, t in sorted(found)))
