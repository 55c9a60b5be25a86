"""Fixtures of the serve tests: one real database per session, the app over it, a live server
on loopback, and Debian's headless Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import warnings
from pathlib import Path

import pytest

from .dbbuild import build

CORPUS_ARTICLES = int(os.environ.get("COMMUNIQUE_SERVE_TEST_ARTICLES", "20"))
CHROMIUM = os.environ.get("COMMUNIQUE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def shared_or_none() -> Path | None:
    """../shared/ if present (as the root conftest finds it), else None."""
    root = Path(os.environ.get("COMMUNIQUE_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
    return root if (root / "spec" / "RECORD.md").exists() else None


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """samples/ + ../shared/examples + CORPUS_ARTICLES corpus articles via `communique ingest`,
    plus the written.py records (built once per session, in a temporary folder). Without
    ../shared (a bare CI machine) the database holds samples/ and the written records only."""
    return build(tmp_path_factory.mktemp("serve") / "serve.duckdb", shared_or_none(), CORPUS_ARTICLES)


@pytest.fixture(scope="session")
def app(serve_db: Path):
    from communique.serve import create_app

    app = create_app(serve_db)
    yield app
    app.state.db.close()


@pytest.fixture(scope="session")
def client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_server(app) -> str:
    """The app behind a real uvicorn server on 127.0.0.1 (a free port), for the browser."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium from the system (Debian package `chromium`); skip if it is absent."""
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if not path:
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; or set COMMUNIQUE_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh tab; console errors are collected and must stay empty."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server)
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda err: tab.errors.append(str(err)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
