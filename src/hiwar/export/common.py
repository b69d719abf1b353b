"""What every export writer shares: the dialogue subset, places as countries, data files, safe writing."""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from ..datafiles import read_yaml
from ..record import Record

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=None)
def data_file(relative: str) -> Any:
    """A YAML data file under src/hiwar/data/, parsed once."""
    return read_yaml(DATA / relative)


def for_dialogue(record: Record, dialogue: str | None) -> Record:
    """The part of the record about one dialogue (the whole record when None).

    Its events and rounds; the agreements, persons and organizations those name or that share
    their documents; and the documents all of these cite.
    """
    if dialogue is None:
        return record
    events = [e for e in record.events if e.dialogue == dialogue]
    rounds = [r for r in record.rounds if r.dialogue == dialogue]
    docs = {d for obj in [*events, *rounds] for d in obj.documents}
    agreements = [a for a in record.agreements if docs & set(a.documents)]
    person_ids = {p for e in events for p in e.participants}
    org_ids = {o for e in events for o in e.organizations} | {p for a in agreements for p in a.parties}
    persons = [p for p in record.persons if p.id in person_ids]
    orgs = [o for o in record.organizations if o.id in org_ids]
    cited = docs | {d for obj in [*agreements, *persons, *orgs] for d in obj.documents}
    return replace(record, documents=[d for d in record.documents if d.id in cited], persons=persons,
                   organizations=orgs, events=events, rounds=rounds, agreements=agreements, mentions={})


@lru_cache(maxsize=512)
def place_country(place: str | None) -> str | None:
    """The ISO alpha-2 country a venue as written lies in ("واشنطن" → "US"), if the gazetteer knows it."""
    if not place:
        return None
    from ..extract.places import place_matcher
    from ..text.doc import Doc

    found = place_matcher().find_all(Doc(place, "venue"))
    return found[0].payload.country if found else None


def iso3(code: str | None) -> str | None:
    """ISO alpha-2 → alpha-3 ("KW" → "KWT"); None for codes that are not countries (forums)."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else None


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it only once the writer has finished."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.is_dir():
            shutil.rmtree(tmp)
        elif tmp.exists():
            tmp.unlink()


def write_text_file(target: Path, write: Callable[[Any], None], newline: str | None = None) -> None:
    """Write a UTF-8 text file through `write(out)`, never leaving a half-written file."""
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as out:
        write(out)
