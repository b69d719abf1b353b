"""Fixtures for the web tests: seeded stores, a live server on a free port, Debian's headless Chromium.

The seeds are ingested once into a template SQLite file; each test gets its own copy. The browser is
/usr/bin/chromium driven by Playwright (no browser download); the browser tests skip only when it is
not installed.
"""
from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hiwar.ingest.engine import ingest
from hiwar.store import Store, open_store
from hiwar.web.accounts import add_user

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
PASSWORD = "correct horse battery"


def seed_files(count: int | None = None) -> list[str]:
    return [str(p) for p in sorted(SEEDS.glob("*.txt"))[:count]]


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Callable[[int | None], Path]:
    """A SQLite file holding the first `count` seeds (all of them for None), built once per count."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seeds are not at {SEEDS}")
    built: dict[int | None, Path] = {}

    def template(count: int | None = None) -> Path:
        if count not in built:
            path = tmp_path_factory.mktemp("template") / "seeds.db"
            with open_store(str(path)) as store:
                ingest(seed_files(count), None, store)
                for name, role in (("editor", "editor"), ("viewer", "viewer"), ("admin", "admin")):
                    add_user(store, name, role, PASSWORD)
            built[count] = path
        return built[count]

    return template


@pytest.fixture
def seeded_db(seeded_template, tmp_path) -> Callable[[int | None], str]:
    """A fresh copy of a seeded store for this test: its SQLite URL."""
    def copy(count: int | None = None) -> str:
        target = tmp_path / f"store-{count}.db"
        shutil.copy(seeded_template(count), target)
        return f"sqlite:///{target}"

    return copy


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """Start `hiwar serve`'s app on 127.0.0.1 in a thread; returns its base URL. Stopped after the test."""
    import uvicorn

    from hiwar.web.app import create_app

    running: list[tuple[uvicorn.Server, threading.Thread, Store]] = []

    def start(db_url: str, public_read: bool = False) -> str:
        store = open_store(db_url)
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store, public_read), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the web server did not start")
            threading.Event().wait(0.05)
        running.append((server, thread, store))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread, store in running:
        server.should_exit = True
        thread.join(timeout=30)
        store.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (scripts/system-deps.sh installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="ar")
    opened = context.new_page()
    yield opened
    context.close()


def log_in(page, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-button")
    page.wait_for_load_state()
