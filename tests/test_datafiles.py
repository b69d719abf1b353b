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
