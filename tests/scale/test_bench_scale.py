"""`make bench`'s scale figures: every line for every store and size, written as JSON too."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCALE = ROOT / "bench" / "scale.py"


def _scale_module(monkeypatch: pytest.MonkeyPatch):
    """bench/scale.py as a module its worker processes can name (its functions go to them by name)."""
    spec = importlib.util.spec_from_file_location("bench_scale", SCALE)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_scale", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def pg_server(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The tests' server, given to the bench the way a user names one."""
    monkeypatch.setenv("HIWAR_BENCH_PG", postgres_url.replace("postgresql+psycopg://", "postgresql://"))
    return postgres_url


def test_the_bench_measures_both_stores_side_by_side_and_writes_json(tmp_path: Path, pg_server: str, capsys,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    scale = _scale_module(monkeypatch)
    out = tmp_path / "scale.json"
    scale.main(["--sizes", "3,5", "--json", str(out)])
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["store"], r["documents"]) for r in figures["rows"]] == [
        ("sqlite", 3), ("postgresql", 3), ("sqlite", 5), ("postgresql", 5)]
    for row in figures["rows"]:
        assert row["fresh_s"] > 0 and row["floor_ms_per_doc"] > 0 and row["peak_mib"] > 0
        assert row["times_floor"] == pytest.approx(row["ms_per_doc"] / row["floor_ms_per_doc"], rel=0.2)
    assert set(figures["growth"]) == {"sqlite_add_10_5_over_3", "postgresql_add_10_5_over_3"}
    printed = capsys.readouterr().out
    assert "3 sqlite" in printed and "5 postgresql" in printed and "times the floor" in printed
