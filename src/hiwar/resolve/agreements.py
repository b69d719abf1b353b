"""Agreements across reports: one instrument per agreement, whatever the reports and languages that
tell it, and the status and date of its signing over those of its plans."""
from __future__ import annotations

from ..extract.cues import find_round_mentions
from ..extract.types import LocalAgreement
from ..record import Agreement
from ..text.doc import Doc
from ..text.normalize import fold
from .blocking import KeyBlocks, dated_keys, dated_probe, instrument_keys, instrument_probe
from .crossname import is_latin, same_subject_across
from .datecache import contains
from .events import ClusterMemo, dates_overlap, digest_of, evidence_of, newly_filed, same_start, sort_date
from .told import Told


def merge_agreements(local: list[tuple[str, int, LocalAgreement, list[str]]],
                     memo: ClusterMemo | None = None, told: Told | None = None) -> list[Agreement]:
    """(doc id, order, agreement, parties as global ids) → agreements, one per instrument.

    Two reports are one instrument when type and parties agree, their dates overlap (or one has none) and
    one subject's words hold the other's ("الأمن السيبراني" in "التعاون في مجال الأمن السيبراني"); joint
    statements, named after the meeting that issued them, when that meeting is the same round. A signing
    outranks a plan or talks: its status and date are kept. With `memo`, the reports a build before began
    with are merged as it merged them, without comparisons (`_instruments`). `told` is told what each
    agreement was made of: its reports (a document's reports come in the order of its analysis).
    """
    out = _instruments(local, memo, told)
    out.sort(key=lambda t: (sort_date(t[1].date), t[0]))
    agreements = [a for _, a in out]
    for n, a in enumerate(agreements, 1):
        a.id = f"a{n:03d}"
        a.documents.sort()
    return agreements


def _instruments(local: list[tuple[str, int, LocalAgreement, list[str]]],
                 memo: ClusterMemo | None = None, told: Told | None = None) -> list[tuple[int, Agreement]]:
    """(order, agreement) for each instrument, every report merged into the first it is one instrument
    with. [scale] The blocks are let go when it returns.

    [scale] With `memo`: which instrument each report was merged into depends only on the reports before
    it, so the build keeps a digest of each report's inputs and the instrument it went to; the next build
    merges the reports the two begin with in common into the same instruments again (no comparison) and
    compares only the reports after the first that differs: new documents that sort after the stored ones."""
    digests = digest_of(map(_agreement_inputs, local)) if memo else b""
    before, went_to = memo.recall([_AGREEMENTS]).get(_AGREEMENTS, (b"", [])) if memo else (b"", [])
    start = same_start(before, digests)
    out: list[tuple[int, Agreement]] = []
    listed: set[tuple[int, str]] = set()  # [scale] (agreement, document) pairs, for lookups
    filed: dict[int, list[str]] = {}  # [scale] the dates each agreement is filed under in the blocks
    blocks = KeyBlocks()  # [scale] only agreements the report could be one instrument with, in the order made
    went: list[int] = []  # the instrument each report went to, by its place in `out`
    place: dict[int, int] = {}  # id of an instrument → its place in `out`
    for n, (doc_id, order, la, parties) in enumerate(local):
        if n < start:  # as the build before merged it: into an instrument made already, or a new one
            found = out[went_to[n]] if went_to[n] < len(out) else None
        else:
            found = next((group for group in blocks.candidates(_agreement_probe(la))
                          if _same_instrument(group[1], la, parties)), None)
        if found is not None:
            group = found
            a = group[1]
            if (id(a), doc_id) not in listed:
                listed.add((id(a), doc_id))
                a.documents.append(doc_id)
            a.evidence.extend(evidence_of(doc_id, m) for m in la.evidence)
            if _STATUS_RANK[la.status] > _STATUS_RANK[a.status]:
                a.status, a.date = la.status, la.date if la.date is not None else a.date
            elif la.status == a.status and (a.date is None or la.date is not None and la.date != a.date
                                            and contains(a.date, la.date)):
                a.date = la.date  # the narrower of two dates that agree
        else:
            out.append((order, Agreement("", la.type, la.subject, list(la.topics), parties, la.date, la.status,
                                         [doc_id], [evidence_of(doc_id, m) for m in la.evidence])))
            group = out[-1]
            listed.add((id(group[1]), doc_id))
            place[id(group)] = len(out) - 1
        went.append(place[id(group)])
        if newly_filed(filed.setdefault(id(group), []), group[1].date):
            blocks.add(group, _agreement_keys(group[1]))  # filed again: a merge may have moved its date
    if memo and before != digests:
        memo.keep({_AGREEMENTS: (digests, went)})
    if told is not None:
        _tell(told, local, went, out)
    return out


def _tell(told: Told, local: list[tuple[str, int, LocalAgreement, list[str]]], went: list[int],
          out: list[tuple[int, Agreement]]) -> None:
    """Each instrument's reports, in the order they were merged: (document, place among its reports)."""
    made: list[list[tuple[str, int]]] = [[] for _ in out]
    places: dict[str, int] = {}
    for (doc_id, *_), place in zip(local, went):
        places[doc_id] = places.get(doc_id, -1) + 1
        made[place].append((doc_id, places[doc_id]))
    for (_, agreement), reports in zip(out, made):
        told.made(agreement, reports)


_AGREEMENTS = b"agreements"  # the name the agreements' merges are kept under (beside the events' components)


def _agreement_inputs(item: tuple[str, int, LocalAgreement, list[str]]) -> bytes:
    """Everything the merge of a report compares or carries into later comparisons: its document, type,
    subject, parties, date and status."""
    doc_id, _, la, parties = item
    return repr((doc_id, la.type, la.subject, la.date, la.status, tuple(parties))).encode()


def _agreement_keys(a: Agreement | LocalAgreement) -> list[tuple]:
    """The blocks an agreement is filed under: its type, subject words and script, in each month of its date."""
    script = "latin" if is_latin(a.subject) else "arabic"
    return dated_keys(instrument_keys(a.type, set(fold(a.subject).split()), a.type == "joint_statement")
                      + [(a.type, "script", script)], a.date)


def _agreement_probe(la: LocalAgreement) -> list[tuple]:
    """The blocks of the agreements a report could be one instrument with."""
    joint = la.type == "joint_statement"
    # an instrument reported in the other language shares no word: it is compared whatever its words
    across = [] if joint else [(la.type, "script", "arabic" if is_latin(la.subject) else "latin")]
    return dated_probe(instrument_probe(la.type, set(fold(la.subject).split()), joint) + across, la.date)


_STATUS_RANK = {"discussed": 0, "planned": 1, "signed": 2}


def _same_instrument(a: Agreement, la: LocalAgreement, parties: list[str]) -> bool:
    if a.type != la.type or not dates_overlap(a.date, la.date):
        return False
    orgs = {p for p in a.parties if not _is_country(p)}, {p for p in parties if not _is_country(p)}
    if all(orgs) and orgs[0] != orgs[1]:  # "مذكرتي تفاهم مع شركتي X وY": one instrument per company
        return False
    states = {p for p in a.parties if _is_country(p)}, {p for p in parties if _is_country(p)}
    if len(states[0]) > 1 and len(states[1]) > 1 and states[0] != states[1]:
        return False  # a media MoU of Iran and Turkey is not one of Egypt and Oman
    if fold(a.subject) == fold(la.subject):
        return True
    if a.type == "joint_statement":
        rounds = _round_named(a.subject), _round_named(la.subject)
        return set(a.parties) == set(parties) and (rounds[0] == rounds[1] is not None or (
            None in rounds and a.date is not None and la.date is not None))  # a subject may not name its round
    if is_latin(a.subject) != is_latin(la.subject):  # one instrument reported in both languages
        latin, arabic = (a.subject, la.subject) if is_latin(a.subject) else (la.subject, a.subject)
        return same_subject_across(latin, arabic)
    words = set(fold(a.subject).split()), set(fold(la.subject).split())
    return words[0] <= words[1] or words[1] <= words[0]


def _is_country(party: str) -> bool:
    return len(party) == 2 and party.isupper()


def _round_named(subject: str) -> int | None:
    """The round a meeting's name gives ("الجولة الخامسة من الحوار ..." → 5)."""
    doc = Doc(subject)
    found = find_round_mentions(doc, 0, len(doc.tokens))
    return found[0].number if found else None
