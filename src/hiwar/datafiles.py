"""Reading the language data files (data/ar, data/en).

YAML is parsed by libyaml when PyYAML was built with it: the pure-Python parser takes about two
seconds to read the lexicons, a cost every process (each ingest, each CLI call) paid.

A folder named by HIWAR_DATA may replace some of those files: a file there at the same path
(`ar/officials.yaml`) is read instead of the package's. A desk can so keep its own who-is-who,
and `bench/quality.py --unseen` reads the gold sets without the officials and bodies they name.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
OVERLAY_VARIABLE = "HIWAR_DATA"


def _overlay() -> Path | None:
    folder = os.environ.get(OVERLAY_VARIABLE)
    return Path(folder) if folder else None


def data_path(path: Path | Any) -> Path | Any:
    """The file to read for a data file of the package: its replacement under HIWAR_DATA, if any."""
    overlay = _overlay()
    if overlay is None or not isinstance(path, Path):
        return path
    try:
        replacement = overlay / path.resolve().relative_to(PACKAGE_DATA)
    except ValueError:
        return path
    return replacement if replacement.is_file() else path


def overlay_files() -> list[tuple[str, Path]]:
    """The replacing files under HIWAR_DATA, by their path relative to it, sorted (none without it)."""
    overlay = _overlay()
    if overlay is None:
        return []
    return sorted((str(p.relative_to(overlay)), p) for p in overlay.rglob("*") if p.is_file())


def read_yaml(path: Path | Any) -> Any:
    """The data of a YAML file (a Path or an importlib resource), parsed as `yaml.safe_load` would."""
    return yaml.load(data_path(path).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 -- a safe loader
