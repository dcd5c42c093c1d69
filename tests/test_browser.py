"""In a real browser (Debian's Chromium through Playwright): the built site works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_url(mini_site: Path) -> Iterator[str]:
    server, url = serve(mini_site)
    yield url
    server.shutdown()


@pytest.fixture
def page(browser: object, site_url: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    yield page
    context.close()


def test_product_page_loads_cleanly_with_its_photo(page: object, site_url: str) -> None:
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto(site_url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    assert page.locator("h1").inner_text() == "Nước mắm cá cơm 40 độ đạm"
    image = page.locator("img.sr-gallery__main")
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    assert failed == [] and page.errors == []


def test_language_switch_goes_to_the_twin_page(page: object, site_url: str) -> None:
    page.goto(site_url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(site_url + "en/products/nuoc-mam-ca-com-40-do-dam/")
    assert page.locator("h1").inner_text() == "Anchovy fish sauce, 40° protein"
    page.get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(site_url + "san-pham/nuoc-mam-ca-com-40-do-dam/")


def test_search_without_diacritics_finds_the_product(page: object, site_url: str) -> None:
    page.goto(site_url)
    page.locator("#sr-q").fill("nuoc mam")
    page.locator("#sr-q").press("Enter")
    page.wait_for_url("**/tim-kiem/?q=nuoc+mam")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=10_000)
    titles = page.locator(".pagefind-ui__result-link").all_inner_texts()
    assert "Nước mắm cá cơm 40 độ đạm" in titles
    assert page.errors == []


def test_english_search_finds_english_pages(page: object, site_url: str) -> None:
    page.goto(site_url + "en/search/?q=sedge")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    links = page.locator(".pagefind-ui__result-link").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert links and all("/en/" in link for link in links)


def test_gallery_lightbox_by_keyboard_and_swipe(page: object, site_url: str) -> None:
    page.goto(site_url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    page.locator("a.sr-gallery__open").first.click()
    dialog = page.locator("dialog.sr-lightbox")
    assert dialog.evaluate("d => d.open")
    assert dialog.locator("img").get_attribute("alt") == "Chai nước mắm"
    assert dialog.locator("img").evaluate("img => img.complete && img.naturalWidth === 640")
    page.keyboard.press("ArrowRight")
    assert dialog.locator("figcaption").inner_text() == "Thùng gỗ ủ chượp (2/2)"
    box = dialog.bounding_box()
    page.mouse.move(box["width"] * 0.3, box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["width"] * 0.8, box["height"] / 2, steps=5)
    page.mouse.up()  # a swipe to the right shows the previous photo
    assert dialog.locator("figcaption").inner_text() == "Chai nước mắm (1/2)"
    page.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    assert page.url.endswith("/san-pham/nuoc-mam-ca-com-40-do-dam/"), "the photo opened in the page, not as a file"
