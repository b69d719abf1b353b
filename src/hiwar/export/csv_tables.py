"""The record as spreadsheet tables: one CSV per kind, with a data dictionary, in a zip or a folder.

UTF-8 with a byte order mark, so that spreadsheet programs open Arabic as Arabic. The columns and
their meanings come from data/export/csv_dictionary.yaml; the writer fails rather than write a
column the dictionary does not describe.
"""
from __future__ import annotations

import csv
import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..extract.dates.values import bounds
from ..record import Record
from ..store.store import record_objects
from .common import atomic_path, data_file
from .sources import citations

DICTIONARY_FILE = "data_dictionary.csv"
LIST_SEPARATOR = " | "


def dictionary() -> dict[str, dict[str, dict[str, str]]]:
    return data_file("export/csv_dictionary.yaml")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dict):  # a date interval
        return f"{value['start']}/{value['end']}"
    return value


def _days(value: Any) -> tuple[str, str]:
    if value is None:
        return "", ""
    first, last = bounds(value)
    return first.isoformat(), last.isoformat()


def _urls(sources: dict[str, dict[str, Any]], doc_ids: list[str]) -> list[str]:
    return [sources[d]["url"] for d in doc_ids if d in sources and sources[d]["url"]]


def tables(record: Record) -> dict[str, list[dict[str, Any]]]:
    """Each table's rows as column → value."""
    sources = citations(record)
    names = {p.id: p.name for p in record.persons}
    events = []
    for e in record.events:
        first, last = _days(e.date)
        events.append(dict(
            id=e.id, type=e.type, status=e.status, date=e.date, date_first=first, date_last=last,
            dialogue=e.dialogue, round=e.round, working_group=e.working_group, venue=e.venue, mode=e.mode,
            participants=[names.get(p, p) for p in e.participants], participant_ids=e.participants,
            organizations=e.organizations, countries=e.countries, topics=e.topics, documents=e.documents,
            urls=_urls(sources, e.documents)))
    return {
        "documents": [sources[d.id] for d in sorted(record.documents, key=lambda d: d.id)],
        "events": events,
        "persons": [dict(id=p.id, name=p.name, name_en=p.name_en, country=p.country, titles=p.titles,
                         aliases=p.aliases, documents=p.documents) for p in record.persons],
        "organizations": [dict(id=o.id, name=o.name, name_en=o.name_en, country=o.country, kind=o.kind,
                               aliases=o.aliases, documents=o.documents) for o in record.organizations],
        "rounds": [dict(dialogue=r.dialogue, number=r.number, status=r.status, start=r.start, end=r.end,
                        venue=r.venue, working_groups=r.working_groups, documents=r.documents,
                        urls=_urls(sources, r.documents)) for r in record.rounds],
        "agreements": [dict(id=a.id, type=a.type, subject=a.subject, status=a.status, date=a.date,
                            parties=a.parties, topics=a.topics, documents=a.documents,
                            urls=_urls(sources, a.documents)) for a in record.agreements],
        "evidence": [dict(object_kind=kind, object_id=ident, field=ev.field, document=ev.doc_id, start=ev.start,
                          end=ev.end, text=ev.text, rule=ev.rule)
                     for kind, ident, obj in record_objects(record) for ev in obj.evidence],
    }


def _csv_text(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        unknown = set(row) - set(columns)
        if unknown:
            raise ValueError(f"columns missing from the data dictionary: {sorted(unknown)}")
        writer.writerow([_cell(row.get(c)) for c in columns])
    return "\ufeff" + buffer.getvalue()


def csv_files(record: Record) -> Iterator[tuple[str, str]]:
    """(file name, text with BOM) for every table, then the data dictionary."""
    described = dictionary()
    for name, rows in tables(record).items():
        yield f"{name}.csv", _csv_text(list(described[name]), rows)
    entries = [dict(table=t, column=c, type=d["type"], meaning=d["meaning"], values=d.get("values", ""))
               for t, columns in described.items() for c, d in columns.items()]
    yield DICTIONARY_FILE, _csv_text(["table", "column", "type", "meaning", "values"], entries)


def write_csv(record: Record, target: Path) -> None:
    """A .zip file when the target's name ends in .zip, else a folder of CSV files."""
    files = list(csv_files(record))  # everything is built before anything is written
    with atomic_path(target) as tmp:
        if target.suffix.lower() == ".zip":
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, text in files:
                    archive.writestr(name, text.encode("utf-8"))
        else:
            tmp.mkdir()
            for name, text in files:
                (tmp / name).write_text(text, encoding="utf-8", newline="")
            if target.is_dir():
                shutil.rmtree(target)
