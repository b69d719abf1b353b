"""Sources travel with the record: url, source, publication date given or inferred with its basis."""
from __future__ import annotations

import json

from hiwar.cli import main
from hiwar.export.sources import document_source
from hiwar.record import DocumentRec

from .conftest import LINKED, URL


def test_the_record_names_each_documents_url_source_and_date(seeds_db, tmp_path):
    out = tmp_path / "record.json"
    assert main(["export", "--db", seeds_db, "-o", str(out)]) == 0
    documents = {d["id"]: d for d in json.loads(out.read_text(encoding="utf-8"))["documents"]}
    assert documents[LINKED]["url"] == URL and documents[LINKED]["source"] == "KUNA"
    assert documents[LINKED]["published"] == "2022-01-31"
    assert documents[LINKED]["published_basis"] == "stated: the text's dateline"
    # the seed the timeline dates 2020-11-23 from its clues: its date is exported, with the clues
    first = documents["000_6a43a169a22b2e85"]
    assert first["published"] == "2020-11-23"
    assert first["published_basis"].startswith("inferred: ") and "اليوم الاثنين" in first["published_basis"]


def test_metadata_dates_and_interval_anchors_keep_their_basis():
    given = DocumentRec("a", None, "ar", "2021-06-14", "2021-06-14", "published date from metadata")
    assert document_source(given)["published_basis"] == "given: metadata"
    interval = DocumentRec("b", None, "ar", None, "2021-06-01/2021-06-30", "a weekday in June")
    assert document_source(interval)["published"] == {"start": "2021-06-01", "end": "2021-06-30"}
    assert document_source(DocumentRec("c", None, "ar", None))["published_basis"] is None
    # a term of office and a weekday leave years open: no date, and the span it leaves in the basis
    years = document_source(DocumentRec("d", None, "ar", None, "2021/2024", "a Friday in Blinken's term"))
    assert years["published"] is None and years["published_basis"].startswith("unknown: its clues leave 2021 to 2024")
