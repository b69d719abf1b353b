"""bench/unseen.py: the gazetteer without the entries naming a gold set's persons and bodies."""
from __future__ import annotations

from pathlib import Path

import pytest

from goldsets import SHARED, scorer, unseen
from hiwar.datafiles import read_yaml


def test_entries_naming_gold_objects_in_any_script_are_held_out(tmp_path: Path):
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("the scorer is not available")
    gold = {"persons": [{"name": "Antony J. Blinken", "aliases": ["بلينكن"]}],
            "organizations": [{"name": "League of Arab States", "aliases": []},
                              {"name": "وكالة الانباء الكويتية", "aliases": []}]}
    withheld = unseen().withhold(gold, tmp_path, scorer())
    assert withheld.officials == ("blinken",)
    officials = {e["id"] for e in read_yaml(tmp_path / "ar" / "officials.yaml")}
    assert "blinken" not in officials and "pompeo" in officials
    tenures = (tmp_path / "ar" / "tenures.tsv").read_text(encoding="utf-8")
    assert "blinken\t" not in tenures and "pompeo\t" in tenures
    # an Arabic body named in English, and its English entry with it
    ar_bodies = {e["names"][0] for e in read_yaml(tmp_path / "ar" / "organizations.yaml")["bodies"]}
    assert "الجامعة العربية" not in ar_bodies and "وكالة الأنباء الكويتية" not in ar_bodies
    assert "وكالة الأنباء القطرية" in ar_bodies
    en_bodies = [e["names"][0] for e in read_yaml(tmp_path / "en" / "organizations.yaml")["bodies"]]
    assert "Arab League" not in en_bodies and "Rudaw" in en_bodies


def test_seats_of_government_are_a_closed_class_and_stay(tmp_path: Path):
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("the scorer is not available")
    gold = {"persons": [], "organizations": [{"name": "البيت الأبيض", "aliases": []}]}
    unseen().withhold(gold, tmp_path, scorer())
    seats = {e["names"][0] for e in read_yaml(tmp_path / "ar" / "organizations.yaml")["agents_only"]}
    assert "البيت الأبيض" in seats and "الكرملين" in seats
