"""Curating in a real headless Chromium: corrections that survive a re-ingest, merges in the audit log,
refused writes, and hostile text shown as text."""
from __future__ import annotations

import json

from conftest import SEEDS, log_in, seed_files

from hiwar.export.record import record_to_json
from hiwar.ingest.engine import ingest
from hiwar.store import open_store


def _round(record_json: dict, number: int) -> dict:
    return next(r for r in record_json["rounds"] if r["dialogue"] == "KW-US" and r["number"] == number)


def test_a_correction_made_in_the_browser_survives_a_reingest_and_is_exported(seeded_db, serve, page):
    db = seeded_db(4)  # the fifth seed comes later, and makes the ingest rebuild the record
    base = serve(db)
    log_in(page, base, "editor")
    page.goto(f"{base}/round/KW-US/4")
    page.select_option("#correct-form select[name=field]", "venue")
    page.fill("#correct-form input[name=value]", "واشنطن العاصمة")
    page.click("#correct-form button")
    assert page.inner_text("#f-venue").strip() == "واشنطن العاصمة"

    with open_store(db) as store:
        report = ingest(seed_files(), None, store)
        assert report.added == [SEEDS.glob("004_*.txt").__next__().stem]
        exported = record_to_json(store.load_record())
    assert _round(exported, 4)["venue"] == "واشنطن العاصمة"
    assert len(exported["documents"]) == 5
    page.reload()
    assert page.inner_text("#f-venue").strip() == "واشنطن العاصمة"
    api = json.loads(page.request.get(f"{base}/api/record").text())
    assert api == exported


def test_merging_two_persons_works_and_is_in_the_audit_log(seeded_db, serve, page):
    base = serve(seeded_db())
    log_in(page, base, "editor")
    record = json.loads(page.request.get(f"{base}/api/record").text())
    first, second = record["persons"][0], record["persons"][1]
    page.goto(f"{base}/person/{first['id']}")
    page.fill("#merge-form input[name=value]", second["id"])
    page.click("#merge-form button")
    assert page.url.endswith(f"/person/{second['id']}")
    forms = page.inner_text("#name-forms")
    assert first["name"] in forms and second["name"] in forms
    assert page.request.get(f"{base}/person/{first['id']}").status == 404
    page.goto(f"{base}/audit")
    row = page.locator("tr.curation[data-action=merge]")
    assert row.count() == 1 and "editor" in row.inner_text() and first["id"] in row.inner_text()
    after = json.loads(page.request.get(f"{base}/api/record").text())
    assert first["id"] not in {p["id"] for p in after["persons"]}
    assert all(first["id"] not in e["participants"] for e in after["events"])


def test_a_search_for_an_unnormalized_spelling_finds_the_normalized_one(seeded_db, serve, page):
    base = serve(seeded_db(), public_read=True)
    page.goto(f"{base}/")
    page.fill("form.search input", "احمد الناصر")
    page.press("form.search input", "Enter")
    page.wait_for_load_state()
    assert "أحمد" in page.inner_text("#hits li.person")
    page.goto(f"{base}/search?q=الامريكية")
    assert "الأميركية" in page.inner_text("#hits")


def test_writes_without_login_or_by_a_viewer_are_refused(seeded_db, serve, page):
    base = serve(seeded_db(), public_read=True)
    page.goto(f"{base}/round/KW-US/4")
    assert page.locator("#correct-form").count() == 0
    form = {"action": "correct", "field": "venue", "value": "x"}
    assert page.request.post(f"{base}/curate/round/KW-US:4", form=form).status == 401
    log_in(page, base, "viewer")
    page.goto(f"{base}/round/KW-US/4")
    assert page.locator("#correct-form").count() == 0
    assert page.request.post(f"{base}/curate/round/KW-US:4", form=form).status == 403
    log_in(page, base, "editor")
    assert page.request.post(f"{base}/curate/round/KW-US:4", form={**form, "csrf": "forged"}).status == 403
    assert json.loads(page.request.get(f"{base}/api/audit").text()) == []


def test_reading_needs_an_account_unless_public_read(seeded_db, serve, page):
    base = serve(seeded_db())
    page.goto(f"{base}/dialogue/KW-US")
    assert "/login" in page.url
    assert page.request.get(f"{base}/api/record").status == 401
    log_in(page, base, "viewer")
    page.goto(f"{base}/dialogue/KW-US")
    assert page.locator("#timeline").count() == 1


HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> \u202eفخ\u202c"


def test_hostile_text_in_a_document_or_a_curated_field_is_shown_escaped(seeded_db, serve, page, tmp_path):
    db = seeded_db()
    article = tmp_path / "hostile.txt"
    article.write_text(f"وصل وزير الخارجية إلى الكويت. {HOSTILE} انتهى الخبر.", encoding="utf-8")
    with open_store(db) as store:
        ingest([str(article)], None, store)
    base = serve(db)
    log_in(page, base, "editor")
    page.goto(f"{base}/document/hostile")
    text = page.inner_text("#doc-text")
    assert "<script>window.pwned = 1</script>" in text and "[U+202E]" in text and "\u202e" not in text
    page.goto(f"{base}/person/p001")
    page.select_option("#correct-form select[name=field]", "name")
    page.fill("#correct-form input[name=value]", HOSTILE)
    page.click("#correct-form button")
    assert "<script>" in page.inner_text("#entity-name")
    assert [c.inner_text() for c in page.locator("#entity-name .ctl").all()] == ["[U+202E]", "[U+202C]"]
    assert page.evaluate("window.pwned") is None
    assert page.locator("main script, main img").count() == 0
