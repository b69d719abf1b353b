"""The JSON API and the OpenAPI document, through the app in-process."""
from __future__ import annotations

import json
import warnings

import pytest
from openapi_spec_validator import validate

from hiwar.cli import main
from hiwar.store import open_store
from hiwar.web.app import create_app

warnings.filterwarnings("ignore", message=".*httpx.*")
from fastapi.testclient import TestClient  # noqa: E402  (after the filter: it warns on import)


@pytest.fixture
def client(seeded_db):
    db = seeded_db()
    with open_store(db) as store:
        yield TestClient(create_app(store, public_read=True), base_url="https://testserver"), db


def test_the_openapi_document_is_valid_and_lists_the_api(client):
    app, _ = client
    spec = app.get("/openapi.json").json()
    validate(spec)
    assert {"/api/record", "/api/list/{kind}", "/api/why/{ident}", "/api/search", "/api/audit"} <= set(spec["paths"])


def test_the_api_record_equals_the_export(client, tmp_path, capsys):
    app, db = client
    out = tmp_path / "record.json"
    assert main(["export", "--format", "record", "--db", db, "-o", str(out)]) == 0
    assert app.get("/api/record").json() == json.loads(out.read_text(encoding="utf-8"))


def test_the_record_of_one_dialogue_and_paginated_lists(client):
    app, _ = client
    whole = app.get("/api/record").json()
    one = app.get("/api/record", params={"dialogue": "KW-US"}).json()
    assert one["events"] and all(e["dialogue"] == "KW-US" for e in one["events"])
    assert {d["id"] for d in one["documents"]} <= {d["id"] for d in whole["documents"]}
    page = app.get("/api/list/persons", params={"offset": 2, "limit": 3}).json()
    assert page["total"] == len(whole["persons"]) and page["items"] == whole["persons"][2:5]
    assert app.get("/api/list/nothing").status_code == 422


def test_a_fields_explanation_names_its_sentences_and_rules(client):
    app, _ = client
    why = app.get("/api/why/KW-US:4").json()
    number = next(f for f in why["fields"] if f["field"] == "number")
    assert number["value"] == 4 and number["evidence"]
    assert all(e["text"] in e["sentence"] and e["rule"] for e in number["evidence"])
    assert app.get("/api/why/nothing").status_code == 404


def test_search_folds_arabic_spelling_variants(client):
    app, _ = client
    hits = app.get("/api/search", params={"q": "احمد الناصر"}).json()
    assert any(h["kind"] == "person" and "أحمد" in h["label"] for h in hits)
    assert any("الأميركية" in h["label"] for h in app.get("/api/search", params={"q": "الامريكية"}).json())
    assert app.get("/api/search", params={"q": "كلمةلاتوجد"}).json() == []
