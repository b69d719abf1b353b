"""The fast YAML reader gives every data file exactly what the pure-Python safe loader gives."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hiwar.datafiles import read_yaml

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "hiwar"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.yaml")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_data_file_reads_as_the_safe_loader_reads_it(path):
    assert read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_folder_named_by_hiwar_data_replaces_the_files_it_holds(tmp_path, monkeypatch):
    from hiwar.datafiles import PACKAGE_DATA, data_path, overlay_files
    from hiwar.extract.places import read_rows
    from hiwar.store.cache import engine_version

    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "officials.yaml").write_text("- {id: someone, en: Some One, names: [فلان الفلاني]}\n",
                                                    encoding="utf-8")
    (tmp_path / "ar" / "tenures.tsv").write_text("# none\nsomeone\tوزير الخارجية\t2020-01\t\n", encoding="utf-8")
    before = engine_version()
    monkeypatch.setenv("HIWAR_DATA", str(tmp_path))
    engine_version.cache_clear()
    try:
        assert read_yaml(PACKAGE_DATA / "ar" / "officials.yaml")[0]["id"] == "someone"
        assert read_rows("tenures.tsv") == [["someone", "وزير الخارجية", "2020-01", ""]]
        # a file the folder does not hold is read from the package
        assert data_path(PACKAGE_DATA / "ar" / "titles.yaml") == PACKAGE_DATA / "ar" / "titles.yaml"
        assert [name for name, _ in overlay_files()] == ["ar/officials.yaml", "ar/tenures.tsv"]
        # kept analyses are keyed by the data read, so replaced files make new keys
        assert engine_version() != before
    finally:
        engine_version.cache_clear()
