"""A document's reading runs with the cyclic garbage collector paused (it builds thousands of small
objects and no cycle), and gives the collector back as it found it."""
from __future__ import annotations

import gc

from hiwar import pipeline
from hiwar.extract.entities import extract_entities
from hiwar.resolve.anchors import initial_anchors
from hiwar.text.doc import Doc

TEXT = "المنامة - عقدت البحرين والولايات المتحدة اليوم الجولة الثانية من الحوار الاستراتيجي في واشنطن.\n"


def test_reading_a_document_pauses_the_collector_and_restores_it(monkeypatch):
    seen: list[bool] = []

    def entities(doc: Doc):
        seen.append(gc.isenabled())
        return extract_entities(doc)

    monkeypatch.setattr(pipeline, "extract_entities", entities)
    source = pipeline.SourceDoc("d1", TEXT)
    assert gc.isenabled()
    analysis = pipeline.analyze(source, initial_anchors(source))
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        pipeline.analyze(source, None)
        assert not gc.isenabled()  # a caller's paused collector stays paused
    finally:
        gc.enable()
    assert analysis.events


def test_a_reading_leaves_no_cyclic_garbage():
    gc.collect()
    gc.disable()
    try:
        source = pipeline.SourceDoc("d2", TEXT + "وقال وزير الخارجية إن الجولة المقبلة ستعقد في المنامة.\n")
        pipeline.analyze(source, initial_anchors(source))
        assert gc.collect() == 0
    finally:
        gc.enable()
