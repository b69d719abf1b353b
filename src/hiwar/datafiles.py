"""YAML data files parsed by libyaml when PyYAML was built with it: the pure-Python parser takes
about two seconds to read the lexicons, a cost every process (each ingest, each CLI call) paid."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path | Any) -> Any:
    """The data of a YAML file (a Path or an importlib resource), parsed as `yaml.safe_load` would."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 -- a safe loader
