"""What the dialogue reader holds and hands back: an event while it is read (Draft), the kinds
of meeting, the span of days a part may be dated (DaySpan) and the reading of a document."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..dates.values import bounds
from ..types import LocalAgreement, LocalEvent, LocalRound, Mention

MEETING_TYPES = {"round_session", "working_group_session", "bilateral_meeting", "multilateral_meeting",
                 "press_conference", "briefing"}


@dataclass
class Draft:
    """An event while its document is read: a LocalEvent plus reading state."""

    event: LocalEvent
    first: int
    end: int
    clause: int
    date_rule: str = ""
    aggregate: bool = False
    boundary: str = ""  # "start" | "end" for round launches and closings
    explicit_round: bool = False
    unnumbered: bool = False  # a session of the dialogue named without a round number
    generic: bool = False  # opened by a bare meeting noun ("اجتماع", "مباحثات")


@dataclass
class DialogueReading:
    events: list[LocalEvent]
    rounds: list[LocalRound]
    agreements: list[LocalAgreement]
    mentions: list[Mention]
    dialogue: str | None = None  # the pair of countries the document names most


@dataclass(frozen=True)
class DaySpan:
    """The days a text may be dated: a single day when lo == hi."""

    lo: date
    hi: date


def token_gap(d: Draft, tok: int) -> int:
    """Tokens between an event's trigger and token `tok` (0 inside the trigger)."""
    return max(d.first - tok, tok - d.end + 1, 0)


def owns_token(d: Draft, tok: int, drafts: list[Draft]) -> bool:
    """True when no other event of the sentence is nearer to token `tok` than `d`."""
    return all(token_gap(d, tok) <= token_gap(o, tok) for o in drafts if o is not d)


def days_meet(a, b) -> bool:
    """Two dates share a day, or one of them is not known."""
    if a is None or b is None:
        return True
    (a_lo, a_hi), (b_lo, b_hi) = bounds(a), bounds(b)
    return a_lo <= b_hi and b_lo <= a_hi
