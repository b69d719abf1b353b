"""The round briefing for KW-US round 5 on the seeds, in Arabic and English, as HTML and PDF."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from hiwar.cli import main
from hiwar.export.brief_content import agreement_round, briefing, rank
from hiwar.export.brief_render import note_context, render_html
from hiwar.record import Agreement, Person, Round

# the names and facts the seeds give for round 5 (Washington, 26 January 2022)
HEADS = {"ar": ["أحمد ناصر المحمد الصباح", "أنطوني بلينكين"], "en": ["Ahmad Nasser Al-Mohammad Al-Sabah", "Antony Blinken"]}
DATE = {"ar": "26 يناير 2022", "en": "26 January 2022"}
VENUE = {"ar": "المكان: \u2068واشنطن\u2069", "en": "Venue: Washington"}
AGREEMENTS = ["التعاون في مكافحة الأسلحة الكيماوية", "الجولة الخامسة من الحوار الاستراتيجي"]  # an MoU; the joint statement
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_note_names_heads_date_venue_and_agreements(seeds_record, lang):
    html = render_html(seeds_record, "KW-US", 5, lang)
    assert f'dir="{"rtl" if lang == "ar" else "ltr"}"' in html
    assert DATE[lang] in plain(html) and VENUE[lang] in html
    for name in HEADS[lang]:
        assert name in plain(html)
    for subject in AGREEMENTS:
        assert subject in plain(html)


def test_both_heads_are_the_ministers(seeds_record):
    heads = {d.country: d.head.name for d in briefing(seeds_record, "KW-US", 5).delegations}
    assert heads == {"KW": HEADS["ar"][0], "US": HEADS["ar"][1]}


def test_every_statement_is_footnoted_to_a_listed_source(seeds_record):
    context = note_context(seeds_record, briefing(seeds_record, "KW-US", 5), "en", date(2026, 1, 1))
    statements = [*context["round"], *context["changes"], *context["working_groups"],
                  *[s for _, items in context["agreements"] for s in items],
                  *[s for d in context["delegations"] for s in [d["head"], *d["members"]]]]
    numbers = {n["number"] for n in context["sources"]}
    assert statements and all(s["notes"] and set(s["notes"]) <= numbers for s in statements)
    assert sorted(numbers) == list(range(1, len(numbers) + 1))


def test_what_changed_since_round_4(seeds_record):
    text = plain(render_html(seeds_record, "KW-US", 5, "en"))
    assert "United States: Mike Pompeo at round 4, Antony Blinken at this round" in text
    assert "Planned for October 2021 to December 2021; held 26 January 2022" in text


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_pdf_keeps_the_arabic_names_in_logical_order(seeds_db, tmp_path, lang):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (scripts/system-deps.sh installs poppler-utils)")
    out = tmp_path / f"brief-{lang}.pdf"
    assert main(["brief", "--dialogue", "KW-US", "--round", "5", "--lang", lang, "--db", seeds_db,
                 "-o", str(out)]) == 0
    text = plain(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    for name in HEADS[lang]:
        assert name in text
    assert "التعليم العالي" in text  # Arabic subjects stay Arabic in the English note


def test_an_unknown_round_is_one_line(seeds_db, capsys):
    assert main(["brief", "--dialogue", "KW-US", "--round", "9", "--db", seeds_db]) == 2
    assert capsys.readouterr().err.strip() == "hiwar: no round 9 of KW-US in the store (rounds: 1, 4, 5, 6)"


def test_seniority_comes_from_the_first_office():
    minister = Person("a", "x", titles=["وزير الخارجية"])
    deputy = Person("b", "y", titles=["نائب مساعد وزير الدفاع"])
    spokesman = Person("c", "z", titles=["المتحدث باسم وزارة الخارجية"])
    assert rank(minister) < rank(deputy) < rank(spokesman)


def test_agreements_belong_to_the_round_their_dates_and_documents_say():
    rounds = [Round("KW-US", 4, "2020-11-09", "2020-11-24", documents=["d1", "d2"]),
              Round("KW-US", 5, "2022-01-26", "2022-01-26", documents=["d2", "d3"]),
              Round("KW-US", 6, status="planned", documents=["d3"])]
    assert agreement_round(Agreement("a", "mou", "x", date="2020-11", documents=["d2"]), rounds) == 4
    assert agreement_round(Agreement("a", "mou", "x", documents=["d3"]), rounds) == 5  # undated: latest held
    assert agreement_round(Agreement("a", "mou", "x", date="2018", documents=["d2"]), rounds) is None


def test_conflicts_between_sources_and_the_next_round_are_told():
    from hiwar.record import Conflict, Event, Record

    conflict = Conflict("date", (("d1", '"2022-01-26"'), ("d2", '"2022-01-27"')), "kept 2022-01-26: a dateline")
    record = Record(
        rounds=[Round("KW-US", 5, "2022-01-26", "2022-01-26", "واشنطن", documents=["d1", "d2"]),
                Round("KW-US", 6, venue="الكويت", status="planned", documents=["d2"])],
        events=[Event("e1", "round_session", "2022-01-26", dialogue="KW-US", round=5, documents=["d1", "d2"],
                      conflicts=[conflict])])
    context = note_context(record, briefing(record, "KW-US", 5), "en", date(2026, 1, 1))
    told, = context["conflicts"]
    assert told["text"] == 'date: d1: "2022-01-26", d2: "2022-01-27"; kept: kept 2022-01-26: a dateline'
    assert told["notes"] == [1, 2]
    assert context["round"][-1]["text"] == "Next round: round 6 (planned), dates not reported, Kuwait"
