from hiwar.export.record import record_to_json
from hiwar.record import Conflict, DocumentRec, Event, Evidence, Person, Record, Round
from hiwar.views.explain import conflict_rows
from hiwar.views.timeline import render, timeline


def sample_record() -> Record:
    return Record(
        documents=[DocumentRec("b", None, "ar", None, "2020-11-23", "today Monday, tomorrow Tuesday the close"),
                   DocumentRec("a", "t", "ar", "2022-01-31", "2022-01-31", "published date from metadata")],
        persons=[Person("p001", "مايك بومبيو", name_en="Mike Pompeo", country="US", documents=["b"])],
        events=[
            Event("e002", "round_session", "2022-01-26", round=5, dialogue="KW-US", documents=["a"]),
            Event("e001", "round_session", "2020-11-24", round=4, dialogue="KW-US", venue="واشنطن",
                  participants=["p001"], documents=["b"],
                  evidence=[Evidence("b", 0, 5, "اختتمت", "type", "trigger"),
                            Evidence("b", 0, 5, "اختتمت", "date", "trigger")],
                  conflicts=[Conflict("date", (("a", '"2021-06"'), ("b", '"2021-07-29"')), "2021: widest")]),
            Event("e003", "round_session", None, status="planned", round=6, dialogue="KW-US", documents=["a"]),
            Event("e004", "visit", "2019", dialogue="QA-US", documents=["a"]),
        ],
        rounds=[Round("KW-US", 5, "2022-01-26", "2022-01-26", documents=["a"]),
                Round("KW-US", 4, "2020-11-09", "2020-11-24", documents=["b"])],
    )


def test_timeline_orders_by_date_rounds_first_undated_last_and_filters_dialogue():
    items = timeline(sample_record(), "KW-US")
    assert [(i.kind, i.round) for i in items] == [
        ("round", 4), ("event", 4), ("round", 5), ("event", 5), ("event", 6)]


def test_rendered_timeline_marks_planned_and_shows_ids_sources_and_anchor_reasons_on_request():
    text = render(sample_record(), "KW-US", anchors=True)
    assert "[planned]" in text and "⟨b⟩" in text and "مايك بومبيو" in text and "e001" in text
    assert "today Monday, tomorrow Tuesday the close" in text
    assert "from metadata" not in text
    assert "today Monday" not in render(sample_record(), "KW-US")


def test_the_timeline_shows_a_few_sources_and_only_the_anchors_of_the_dialogue_shown():
    record = sample_record()
    record.events[0].documents = [f"d{n:03d}" for n in range(40)]
    line = next(x for x in render(record, "KW-US").split("\n") if "e002" in x)
    assert "⟨d000, d001, d002 +37 more⟩" in line and len(line) < 120
    record.documents.append(DocumentRec("q", None, "ar", None, "2019-01-01", "only a QA-US report"))
    record.events[3].documents = ["q"]
    assert "only a QA-US report" not in render(record, "KW-US", anchors=True)
    assert "only a QA-US report" in render(record, "QA-US", anchors=True)


def test_clues_that_leave_years_open_show_the_year_unknown():
    record = sample_record()
    record.documents[0].anchor = "2021/2024"
    assert "  b: year unknown (2021/2024) — today Monday" in render(record, "KW-US", anchors=True)
    record.documents[0].anchor = "2021-06-01/2021-06-30"
    assert "  b: 2021-06-01/2021-06-30 — today Monday" in render(record, "KW-US", anchors=True)


def test_timeline_names_persons_in_the_readers_language():
    assert "Mike Pompeo" in render(sample_record(), "KW-US", language="en") and "مايك بومبيو" not in render(
        sample_record(), "KW-US", language="en")
    [session] = [i for i in timeline(sample_record(), "KW-US", "en") if i.round == 4 and i.kind == "event"]
    assert session.to_json()["people"] == ["Mike Pompeo"]


def test_export_writes_contract_fields_only_and_sorted_documents():
    out = record_to_json(sample_record())
    assert [d["id"] for d in out["documents"]] == ["a", "b"]
    event = next(e for e in out["events"] if e["id"] == "e001")
    assert event["evidence"] == ["اختتمت"]
    assert "conflicts" not in event


def test_conflict_rows_name_the_object_field_claims_and_resolution():
    record = sample_record()
    record.rounds[0].conflicts = [Conflict("venue", (("a", "واشنطن"), ("b", "الكويت")), "kept واشنطن: first source")]
    rows = conflict_rows(record, "KW-US")
    assert [(r["kind"], r["id"], r["field"]) for r in rows] == [("event", "e001", "date"), ("round", "KW-US/5", "venue")]
    assert rows[1]["claims"] == [["a", "واشنطن"], ["b", "الكويت"]] and rows[1]["resolution"].startswith("kept")
    assert conflict_rows(record, "QA-US") == []
