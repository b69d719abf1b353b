"""A date expression found in the text, before it is resolved against an anchor."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Atom:
    nstart: int  # normalized offsets
    nend: int
    rule: str
    kind: str
    p: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.nend - self.nstart
