"""The officials gazetteer as data: each written name and each short form points at one official,
since a later entry would silently take a form from an earlier one."""
from __future__ import annotations

from collections import defaultdict

import yaml

from hiwar.extract.places import DATA
from hiwar.text.normalize import fold


def _owners(field: str) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in yaml.safe_load((DATA / "officials.yaml").read_text(encoding="utf-8")):
        for form in entry.get(field) or ():
            owners[fold(form)].add(entry["id"])
    return owners


def test_every_written_name_and_short_form_names_one_official():
    for field in ("names", "short"):
        shared = {form: ids for form, ids in _owners(field).items() if len(ids) > 1}
        assert not shared, (field, shared)


def test_short_forms_are_single_words():
    assert not [form for form in _owners("short") if " " in form]
