"""Instruments of English text: agreements, memoranda, letters of intent and joint statements."""
from __future__ import annotations

import re

from ..types import LocalAgreement, LocalEvent, Mention
from .words import topics_between, words

# where an instrument's name ends: its verb, its signatories, the next instrument or the clause (an
# acronym in brackets, "(MOU)", is part of it)
_SUBJECT_END = re.compile(r".*?(?=\s+(?:was|were|is|are|has|have|had|by|with|that|which|during)\b"
                          r"|\s+(?:on|at)\s+(?:the\s+)?(?:sidelines|margins|end|close|conclusion)\b"  # where it was signed
                          r"|\s+and\s+(?:a|an|the|two|three|held|met|\w+ed)\b|[;,:]|\((?![A-Z]{2,6}\))|\.(?:\s|$)|$)")
# what may follow a memorandum's or an agreement's noun in its name ("MoU on ...", "agreement to establish ...",
# "(MOU) between ...", "memorandum outlining ..."); any other word is the sentence going on ("The MoU aims at ...":
# the one told again)
_NAME_GOES_ON = re.compile(r"\s*(?:\(|:|$|(?:on|for|to|in|between|with|of|regarding|concerning|related|among|against|"
                           r"under|\w+ing|\w+ed\s+(?:on|at|to|in|for|with))\b)", re.IGNORECASE)  # "MoU focused on"


# "on A, B and C" after a plural instrument, up to where the list ends
_LISTED = re.compile(r"\s+(?P<on>on|in|for)\s+(?P<items>[^.;:()]+?)(?=\s+(?:at|during|in\s+the\s+presence|on\s+the|"
                     r"which|that|was|were|by|with|after|before|between)\b|[.;:(]|$)")


def read_instruments(text: str, lo: int, hi: int, made: list[LocalEvent], known: list[LocalAgreement],
                     persons: list, places: list[Mention], pair: str | None) -> list[LocalAgreement]:
    """The instruments one sentence [lo, hi) names: named ones ("the Abraham Accords"), memoranda,
    letters of intent, joint statements, and a bare "agreement" where it is what was signed.
    `made`: the events the sentence told; `known`: the page's instruments so far; `persons`:
    (mention, entity) pairs of the page."""
    w = words()
    found: list[LocalAgreement] = []
    named = list(w.named_instrument.finditer(text, lo, hi))
    for m in named:
        subject = re.sub(r"^(?:The|the|and|of)\s+", "", m.group())
        if any(a.subject == subject for a in known + found):
            continue
        found.append(LocalAgreement("agreement", subject, topics_between(text, lo, hi)[:2],
                                    evidence=[Mention("agreement", m.start(), m.end(), m.group(), "agreement",
                                                      "en:instrument:named")]))
    nouns = [m for m in w.instruments.finditer(text, lo, hi) if text[m.start() - 1] != "("]  # "(MOU)": the one told
    for k, m in enumerate(nouns):
        kind = w.instrument_types[m.group().lower()]
        if any(n.start() <= m.start() < n.end() for n in named) or kind == "agreement" and not _signed_here(
                text, lo, m.start(), m.end(), hi):
            continue  # a bare "agreement" is an instrument only as the object of a signing
        if kind == "joint_statement" and any(a.type == kind for a in known + found):
            continue  # one joint statement a page
        titled = re.match(r":[ \t]+", text[m.end():hi])  # "Joint Statement: the U.S.-X Strategic Dialogue"
        after = m.end() + (titled.end() if titled else 0)
        rest = (titled.group() if titled else "") + _SUBJECT_END.match(text[after:hi]).group()
        if kind != "joint_statement" and not _NAME_GOES_ON.match(rest):
            rest = ""
        subject = (m.group() + rest).strip()
        told = w.time_phrase.search(subject)  # "a memorandum on energy cooperation on Tuesday": not its subject
        subject = subject[:told.start()] if told else subject
        signing = next((e for e in made if e.type in ("signing", "statement")), None)
        status = "planned" if signing is not None and signing.status == "planned" else "signed"
        each = _each_of_counted(text, lo, m, hi)
        # its own words' fields, up to the next instrument; the sentence's when it names one instrument
        own = topics_between(text, m.start(), nouns[k + 1].start() if k + 1 < len(nouns) else hi)
        topics = own if own or len(nouns) > 1 else topics_between(text, lo, hi)
        for one in each or [subject]:
            found.append(LocalAgreement(kind, one, topics_between(one, 0, len(one)) if each else topics,
                                        _parties(kind, text, lo, hi, persons, places, pair),
                                        signing.date if signing is not None else None, status,
                                        [Mention("agreement", m.start(), m.end(), m.group(), kind, "en:instrument")]))
    return found


def _each_of_counted(text: str, lo: int, m: re.Match, hi: int) -> list[str]:
    """"three agreements on cultural heritage, customs and aviation security": the subject of each, when
    the count before the plural noun is the number of the items listed after it (else none)."""
    w = words()
    singular = w.instrument_singulars.get(m.group().lower())
    count = re.search(r"\b(\w+)\s+$", text[max(lo, m.start() - 12):m.start()])
    word = count.group(1) if count else ""
    number = w.counts.get(word.lower()) or (int(word) if word.isdigit() else 0)
    listed = _LISTED.match(text, m.end(), hi) if singular and number else None
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group("items")) if i] if listed else []
    return [f"{singular} {listed.group('on')} {item}" for item in items] if len(items) == number else []


def _parties(kind: str, text: str, lo: int, hi: int, persons: list, places: list[Mention], pair: str | None
             ) -> list[str]:
    """A joint statement's, and an instrument the sentence's subject signs for both sides ("They signed"), are
    the dialogue's two states; others', the signatories' countries, else the countries the sentence names."""
    if kind == "joint_statement" or words().both_sides.match(text, lo, hi):
        return pair.split("-") if pair else []
    signatories = list(dict.fromkeys(e.country for m, e in persons if lo <= m.start < hi and e.country))
    return signatories or list(dict.fromkeys(p.attrs["country"] for p in places if lo <= p.start < hi
                                             and p.attrs.get("form") == "country"))


def _signed_here(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """"signed an agreement on ...", "two agreements were signed": the noun is what was signed."""
    before = re.search(r"\bsign(?:ed|ing|s)?\s+(?:of\s+)?(?:(?:on|last|this)\s+[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?"
                       r"(?:(?:a|an|the|two|three|four|five|several|new)\s+)?(?:[\w\-]+\s+)?$", text[lo:start],
                       re.IGNORECASE)  # "signed on Tuesday three agreements"
    after = re.match(r"[^.;]{0,60}?\b(?:was|were|been)\s+signed\b", text[end:hi])
    return bool(before or after)
