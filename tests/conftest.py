"""Fixtures for every test folder: a throwaway PostgreSQL server (hiwar.store.pgserver, shared with `make bench`)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from hiwar.store.pgserver import PostgresFailed, PostgresUnavailable, fresh_database, throwaway_server

# No clock in a test: a Hypothesis deadline would fail a property on a loaded machine; speed is measured
# by `make bench`.
settings.register_profile("hiwar", deadline=None)
settings.load_profile("hiwar")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server of our own for this test session; skipped only when it is not installed."""
    try:
        with throwaway_server() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    except PostgresFailed as exc:
        pytest.fail(str(exc))


@pytest.fixture()
def postgres_db(postgres_url: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on the session's server, for one test."""
    name = "t_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50]
    return fresh_database(postgres_url, name)
