"""PLOVER JSON lines: every line validates against the schema, every event type maps."""
from __future__ import annotations

import json

import jsonschema
import pytest

from hiwar.cli import main
from hiwar.export.common import DATA
from hiwar.export.plover import mapping, plover_code
from hiwar.record import Event

from .conftest import LINKED, URL

SCHEMA = json.loads((DATA / "export" / "plover.schema.json").read_text(encoding="utf-8"))
EVENT_TYPES = SCHEMA["properties"]["text_info"]["properties"]["hiwar_type"]["enum"]


@pytest.fixture(scope="module")
def lines(seeds_db, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("plover") / "events.jsonl"
    assert main(["export", "--format", "plover", "--db", seeds_db, "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_every_line_validates(lines, seeds_record):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert len(lines) == len(seeds_record.events)
    for line in lines:
        errors = [e.message for e in validator.iter_errors(line)]
        assert not errors, (line["id"], errors)


def test_the_schema_rejects_a_line_without_sources(lines):
    broken = {**lines[0], "text_info": {**lines[0]["text_info"], "documents": []}}
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(broken)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_event_type_maps(event_type):
    assert event_type in mapping()["types"]
    happened, mode = plover_code(Event("x", event_type, countries=["KW", "US"]))
    assert happened in SCHEMA["properties"]["event"]["enum"] and mode in SCHEMA["properties"]["mode"]["enum"]
    assert plover_code(Event("x", event_type, status="planned"))[0] == "AGREE"


def test_a_visit_goes_from_the_visitor_to_the_host(lines):
    # Blinken's visit to Kuwait in June 2021
    visit = next(x for x in lines if x["text_info"]["hiwar_type"] == "visit" and x["date"] == "2021-06")
    assert (visit["event"], visit["mode"], visit["actor"], visit["recipient"]) == ("CONSULT", "visit", "USA", "KWT")
    assert visit["event_loc"] == {"name": "الكويت", "country": "KWT"}


def test_sources_and_link_travel_with_each_line(lines):
    statement = next(x for x in lines if LINKED in [d["id"] for d in x["text_info"]["documents"]])
    assert statement["link"] == URL
    session = next(x for x in lines if x["text_info"]["round"] == 4 and x["text_info"]["hiwar_type"] == "round_session")
    assert (session["date"], session["enddate"], session["context"]) == ("2020-11-24", None, ["security"])
    online = next(x for x in lines if x["text_info"]["working_group"] == "defense")
    assert online["mode"] == "phone"  # held online: PLOVER's remote contact
