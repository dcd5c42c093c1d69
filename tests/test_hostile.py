"""A catalogue of hostile record text (tests/fixtures/hostile/, one case per file) runs no script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build import build

from .conftest import copy_fixture, serve
from .test_build import unsafe_markup


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_fixture("hostile", tmp_path_factory.mktemp("hostile") / "hostile")
    build(root)  # missing photo: a warning, not strict
    return root / "site"


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if "assets" not in p.parts)


def test_no_page_carries_script_from_records(hostile_site: Path) -> None:
    unsafe = {p.relative_to(hostile_site).as_posix(): unsafe_markup(p.read_text("utf-8")) for p in pages(hostile_site)}
    assert {page: found for page, found in unsafe.items() if found} == {}


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    server, url = serve(hostile_site)
    yield url
    server.shutdown()


@pytest.mark.browser
def test_no_script_from_records_runs_in_a_browser(browser: object, hostile_site: Path, hostile_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    for path in pages(hostile_site):
        url = hostile_url + path.parent.relative_to(hostile_site).as_posix().removeprefix(".") + "/"
        page.goto(url.replace("//", "/").replace("http:/", "http://"))
        page.mouse.move(200, 300)
        for link in page.locator("article a").all()[:5]:
            link.hover()
        assert page.evaluate("window.__pwned === undefined")
    context.close()
    assert ran == []


@pytest.mark.browser
def test_the_shortlist_shows_hostile_products_as_text(browser: object, hostile_url: str) -> None:
    """The shortlist draws each product from the JSON block on its page: names stay text."""
    ids = sorted(p.stem for p in (Path(__file__).parent / "fixtures/hostile/products").glob("*.yml"))
    context = browser.new_context()
    page = context.new_page()
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_url}danh-sach-chon/?ids={','.join(ids)}")
    page.wait_for_selector("[data-shortlist-page][aria-busy=false]", state="attached")
    names = page.locator(".sr-shortlist__name").all_inner_texts()
    assert len(names) == len(ids) and "<script>alert('name')</script>" in names
    page.mouse.move(300, 400)
    for link in page.locator(".sr-shortlist__item a").all()[:10]:
        link.hover()
    assert page.evaluate("window.__pwned === undefined") and ran == []
    assert page.locator(".sr-shortlist__item script, .sr-shortlist__item [onerror]").count() == 0
    context.close()
