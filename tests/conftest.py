"""Shared fixtures: copies of the fixture catalogues, a built site, a browser."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build import build

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
REPO = TESTS.parent
CHROMIUM = os.environ.get("SHOWROOM_CHROMIUM", "/usr/bin/chromium")
# Builds are dated by SOURCE_DATE_EPOCH (2026-01-01): golden files do not age, and the
# fixture's certification that ended on 2025-11-20 is always shown as expired.
os.environ["SOURCE_DATE_EPOCH"] = "1767225600"


def copy_fixture(name: str, target: Path) -> Path:
    """Copy a fixture catalogue (without build output) into ``target``."""
    shutil.copytree(FIXTURES / name, target, ignore=shutil.ignore_patterns("site", ".showroom-cache", ".site*"))
    return target


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A fresh, writable copy of the small fixture catalogue."""
    return copy_fixture("mini", tmp_path / "mini")


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small fixture catalogue, built once for the session."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("built") / "mini")
    build(root)
    return root / "site"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embedded sample showroom, built once with --strict."""
    root = tmp_path_factory.mktemp("sample")
    for name in ("site_config.yml", "products", "content", "theme"):
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    build(root, strict=True)
    return root / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``folder`` on a free loopback port; return the server and its URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_url(mini_site: Path) -> Iterator[str]:
    """The built fixture site, served on a loopback port."""
    server, url = serve(mini_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()
