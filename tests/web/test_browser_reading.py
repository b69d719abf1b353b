"""Reading the record in a real headless Chromium: the timeline, a document's facts, the language switch."""
from __future__ import annotations

from urllib.parse import unquote


def test_timeline_draws_the_seeds_rounds_right_to_left_in_order(seeded_db, serve, page):
    base = serve(seeded_db(), public_read=True)
    page.goto(f"{base}/dialogue/KW-US")
    assert page.get_attribute("html", "dir") == "rtl"
    rounds = page.locator("#timeline a.mark.round")
    numbers = [int(r.get_attribute("data-round")) for r in rounds.all()]
    assert numbers == [1, 4, 5, 6]
    # each later round starts further left; the undated planned round 6 sits in the leftmost column
    rights = [box["x"] + box["width"] for box in (r.locator("rect").bounding_box() for r in rounds.all())]
    assert rights == sorted(rights, reverse=True) and len(set(rights)) == 4
    assert rounds.nth(3).get_attribute("data-status") == "planned"
    years = [float(y.get_attribute("x")) for y in page.locator("#timeline text.year").all()[:-1]]
    assert years == sorted(years, reverse=True)  # the axis's years run from right to left
    page.click("#timeline a.mark.round[data-round='4']")
    assert unquote(page.url).endswith("/round/KW-US/4")
    assert "الكويت" in page.inner_text(".delegation >> nth=0") + page.inner_text(".delegation >> nth=1")


def test_english_switch_persists_across_pages(seeded_db, serve, page):
    base = serve(seeded_db(), public_read=True)
    page.goto(f"{base}/agreements")
    page.click("#lang-switch")
    assert page.get_attribute("html", "lang") == "en" and page.get_attribute("html", "dir") == "ltr"
    page.goto(f"{base}/")
    assert page.get_attribute("html", "dir") == "ltr"
    assert "Kuwait" in page.inner_text("main")
    page.goto(f"{base}/dialogue/KW-US")  # in English the same timeline reads left to right
    lefts = [r.bounding_box()["x"] for r in page.locator("#timeline a.mark.round rect").all()]
    assert lefts == sorted(lefts) and len(set(lefts)) == 4
    page.click("#lang-switch")
    assert page.get_attribute("html", "dir") == "rtl"


def test_a_document_highlights_its_facts_each_linked_to_its_object(seeded_db, serve, page):
    base = serve(seeded_db(), public_read=True)
    page.goto(f"{base}/document/000_6a43a169a22b2e85")
    links = page.locator("#doc-text a.fact")
    kinds = {link.get_attribute("class").split()[1] for link in links.all()}
    assert {"person", "organization", "event", "round"} <= kinds
    person = page.locator("#doc-text a.fact.person", has_text="المشعان").first
    href = person.get_attribute("href")
    assert href.startswith("/person/p")
    targets = {link.get_attribute("href") for link in links.all()}
    for target in targets:
        assert page.request.get(base + target).status == 200, target
    assert page.locator("#doc-text mark.fact.place").count() > 0  # facts with no object of their own are marked too
    person.click()
    assert "المشعان" in page.inner_text("#name-forms")
