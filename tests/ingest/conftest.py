"""One local Spark session for the Spark engine's tests (a JVM start costs seconds, so it is shared)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from hiwar.ingest.spark import java_found, start_session


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """local[2]: two executor threads, so documents really are split across Python workers.

    pyspark is installed by `make test`; only a missing Java runtime (scripts/system-deps.sh installs
    one as root on Debian) skips these tests.
    """
    if not java_found():
        pytest.skip("no Java runtime for Spark (apt-get install default-jre-headless, or set JAVA_HOME)")
    session = start_session("local[2]")
    yield session
    session.stop()
