"""The kiosk profile: its build, its server, and the touch screen in a real browser."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from generator.build import build
from generator.media import qrcodes
from generator.pages.richtext import markdown_html, offline_links
from generator.profiles import KIOSK
from generator.staff import kiosk_server
from generator.staff.cli import main

from .conftest import copy_fixture

IDLE = 90  # tests/fixtures/mini/site_config.yml kiosk.idle_seconds
SLIDE = 8  # the default slide time
PRODUCT = "san-pham/nuoc-mam-ca-com-40-do-dam/"
FACILITY = "co-so/nuoc-mam-hung-thinh/"
# Every page type, in both languages where it matters.
PAGES = [
    "attract/",
    "",
    PRODUCT,
    FACILITY,
    "dia-phuong/phu-quoc/",
    "nhom/food/",
    "dot-binh-chon/cnnt-2023/",
    "san-pham/",
    "co-so/",
    "dia-phuong/",
    "nhom/",
    "dot-binh-chon/",
    "thong-ke/",
    "about/",
    "tim-kiem/?q=nuoc",
    "danh-sach-chon/?ids=nuoc-mam-ca-com-40-do-dam,gio-xach-co-bang",
    "en/",
    "en/products/nuoc-mam-ca-com-40-do-dam/",
    "no-such-page/",
]


@pytest.fixture(scope="session")
def kiosk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalogue with a kiosk build beside it."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("kiosk") / "mini")
    build(root, profile=KIOSK)
    return root


@pytest.fixture(scope="session")
def kiosk_url(kiosk_root: Path) -> Iterator[str]:
    """The kiosk build served by the kiosk server on a free loopback port."""
    kiosk_server.log.disabled = True
    server = kiosk_server.make_server(kiosk_root / KIOSK.out, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []
        self.downloads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src", "action", "srcset", "poster", "data"):
            if values.get(name):
                self.urls.append((tag, name, values[name] or ""))
        if "download" in values:
            self.downloads.append(tag)


# -- the build ---------------------------------------------------------------


def test_kiosk_build_goes_to_its_own_folder_and_leaves_out_downloads(kiosk_root: Path) -> None:
    site = kiosk_root / "site-kiosk"
    assert (site / "attract" / "index.html").is_file()
    assert not (kiosk_root / "site").exists(), "the kiosk build must not touch the public site's folder"
    for absent in (
        "products.csv",
        "products.json",
        "facilities.csv",
        "feed.xml",
        "sitemap.xml",
        "vcard",
        "qr",
        "cards",
    ):
        assert not (site / absent).exists(), absent
    assert not (site / "du-lieu-mo").exists() and not (site / "en" / "open-data").exists()


def test_no_page_links_or_loads_anything_off_the_machine(kiosk_root: Path) -> None:
    pages = sorted((kiosk_root / "site-kiosk").rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attr, url in parser.urls:
            for part in url.split(","):
                target = part.strip().split(" ")[0]
                assert not re.match(r"^([a-z][a-z0-9+.-]*:|//)", target, re.I), f"{page}: <{tag} {attr}={url!r}>"
        assert parser.downloads == [], f"{page}: a download link"


def test_external_links_are_qr_codes_and_pages_offer_theirs(kiosk_root: Path, tmp_path: Path) -> None:
    site = kiosk_root / "site-kiosk"
    facility = (site / FACILITY / "index.html").read_text(encoding="utf-8")
    # The QR codes on the page encode the facility's website, its Zalo chat and its page.
    for data in (
        "https://hungthinh.example.vn",
        "https://zalo.me/0912345678",
        "https://mini.example.vn/co-so/nuoc-mam-hung-thinh/",
    ):
        svg = qrcodes.svg(data, tmp_path)
        assert svg.split(">", 1)[1] in facility, data
    assert "BEGIN:VCARD" not in facility and 'aria-label="QR: Quét để lưu danh bạ"' in facility
    product = (site / PRODUCT / "index.html").read_text(encoding="utf-8")
    assert qrcodes.svg("https://mini.example.vn/" + PRODUCT, tmp_path).split(">", 1)[1] in product
    assert "Mang trang này theo" in product
    assert "data-print" not in product


def test_links_out_in_record_text_become_text_and_qr_codes() -> None:
    scanned: list[tuple[str, str]] = []

    def scan(url: str, label: str) -> str:
        scanned.append((url, label))
        return f"<qr {url}>"

    html = offline_links(
        markdown_html(
            "See [our shop](https://shop.example.vn/?a=1&b=2), [mail](mailto:a@b.vn) and [about](../about/)."
        ),
        scan,
    )
    assert scanned == [("https://shop.example.vn/?a=1&b=2", "our shop"), ("mailto:a@b.vn", "mail")]
    assert '<span class="sr-offline-link">our shop</span>' in html
    assert 'href="../about/"' in html and "https://" not in html.split('<div class="sr-scan-row">')[0]


def test_the_web_build_keeps_its_links(mini_site: Path) -> None:
    facility = (mini_site / FACILITY / "index.html").read_text(encoding="utf-8")
    assert 'href="https://hungthinh.example.vn"' in facility
    assert not (mini_site / "attract").exists()
    assert "kiosk.js" not in facility


# -- the server ----------------------------------------------------------------


def _request(url: str, method: str, path: str) -> http.client.HTTPResponse:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request(method, path)  # the path is sent as it is, ".." included
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def test_server_serves_pages_and_heads(kiosk_url: str) -> None:
    got = _request(kiosk_url, "GET", "/attract/")
    assert got.status == 200 and b"sr-slide" in got.body
    assert "default-src 'self'" in got.headers["Content-Security-Policy"]
    head = _request(kiosk_url, "HEAD", "/" + PRODUCT)
    assert head.status == 200 and head.body == b"" and int(head.headers["Content-Length"]) > 1000
    moved = _request(kiosk_url, "GET", "/san-pham")
    assert moved.status == 301 and moved.headers["Location"] == "/san-pham/"


def test_a_missing_page_is_said_in_the_language_of_its_folder(kiosk_url: str) -> None:
    english = _request(kiosk_url, "GET", "/en/products/no-such-product/")
    assert english.status == 404
    assert b'<html lang="en"' in english.body and b"<h1>404 \xc2\xb7 Page not found</h1>" in english.body
    assert b'href="/en/">Home</a>' in english.body
    vietnamese = _request(kiosk_url, "GET", "/san-pham/khong-co/")
    assert vietnamese.status == 404 and b'<html lang="vi"' in vietnamese.body
    # The first language's page also says it in the others, each with its own home page.
    assert (
        b'<p lang="en"><strong>Page not found</strong> \xc2\xb7 <a class="sr-button" href="/en/">Home</a></p>'
        in vietnamese.body
    )


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_server_refuses_every_other_method(kiosk_url: str, method: str) -> None:
    got = _request(kiosk_url, method, "/")
    assert got.status == 405 and got.headers["Allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    "path",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/san-pham/..%2f..%2f..%2fetc%2fpasswd",
        "/assets/",
        "/assets",
        "/media/",
        "/.hidden",
        "/outside/secret.txt",
        "/%00",
        "/%ff",
        "/..\\..\\etc\\passwd",
    ],
)
def test_server_never_lists_folders_or_leaves_the_build(kiosk_url: str, kiosk_root: Path, path: str) -> None:
    secret = kiosk_root / "secret.txt"
    secret.write_text("not for visitors", encoding="utf-8")
    link = kiosk_root / "site-kiosk" / "outside"
    if not link.exists():
        link.symlink_to(kiosk_root)
    (kiosk_root / "site-kiosk" / ".hidden").write_text("hidden", encoding="utf-8")
    got = _request(kiosk_url, "GET", path)
    assert got.status in (400, 404), got.status
    assert b"not for visitors" not in got.body and b"root:" not in got.body
    assert b"Directory listing" not in got.body and b"hidden" not in got.body


def test_resolve_is_pure_path_logic(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("x")
    (tmp_path / "b").mkdir()
    assert kiosk_server.resolve(tmp_path, "/a/") == tmp_path / "a" / "index.html"
    assert kiosk_server.resolve(tmp_path, "/a/index.html?q=1") == tmp_path / "a" / "index.html"
    assert kiosk_server.resolve(tmp_path, "/b/") is None  # a folder without a page
    assert kiosk_server.resolve(tmp_path, "/../a/index.html") == tmp_path / "a" / "index.html"  # clamped at the root


def test_server_listens_on_loopback_by_default() -> None:
    assert kiosk_server.DEFAULT_HOST == "127.0.0.1"
    server = kiosk_server.make_server(Path("."), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
        assert kiosk_server.start_url(server).endswith("/attract/")
    finally:
        server.server_close()
    assert "127.0.0.1" in CliRunner().invoke(main, ["kiosk", "--help"]).output


def test_server_restarts_on_the_same_port_at_once(kiosk_root: Path) -> None:
    first = kiosk_server.make_server(kiosk_root / "site-kiosk", port=0)
    port = first.server_address[1]
    thread = threading.Thread(target=first.serve_forever, daemon=True)
    thread.start()
    assert _request(f"http://127.0.0.1:{port}/", "GET", "/").status == 200
    first.shutdown()
    first.server_close()
    second = kiosk_server.make_server(kiosk_root / "site-kiosk", port=port)  # no "address already in use"
    second.server_close()


def test_server_log_stays_bounded(kiosk_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kiosk_server, "LOG_BYTES", 2_000)
    log_file = tmp_path / "kiosk.log"
    kiosk_server.setup_logging(log_file)
    kiosk_server.log.disabled = False
    server = kiosk_server.make_server(kiosk_root / "site-kiosk", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        for _ in range(150):
            _request(url, "HEAD", "/" + PRODUCT)
    finally:
        server.shutdown()
        server.server_close()
        for handler in kiosk_server.log.handlers:
            handler.close()
        kiosk_server.log.disabled = True
    files = sorted(tmp_path.glob("kiosk.log*"))
    assert len(files) == kiosk_server.LOG_BACKUPS + 1
    assert all(f.stat().st_size <= 2_000 for f in files)
    assert "HEAD /" + PRODUCT in log_file.read_text(encoding="utf-8")


def test_kiosk_command_needs_a_kiosk_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["kiosk", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "showroom build --profile kiosk" in result.output


def test_a_log_file_that_cannot_be_written_is_named(kiosk_root: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no/such/folder/kiosk.log"
    result = CliRunner().invoke(main, ["kiosk", "--dir", str(kiosk_root / "site-kiosk"), "--log-file", str(missing)])
    assert (result.exit_code, result.stderr) == (
        1,
        f"error: --log-file: cannot write {missing}: No such file or directory\n",
    )


# -- the touch screen, in Chromium ---------------------------------------------------


@pytest.fixture
def screen(browser: object, kiosk_url: str, request: pytest.FixtureRequest) -> Iterator[object]:
    """A touch screen tab (landscape unless the test asks otherwise) that blocks and records any request off the machine."""
    width, height = getattr(request, "param", (1920, 1080))
    context = browser.new_context(viewport={"width": width, "height": height}, has_touch=True)
    page = context.new_page()
    page.outside = []
    page.errors = []

    def route(route: object) -> None:
        if route.request.url.startswith(kiosk_url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


_SMALL_TARGETS = """() => {
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, input, summary, select, textarea, label')) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    if (el.closest('.sr-visually-hidden, [hidden]')) continue;
    if (el.matches('input[type=checkbox], input[type=radio]')) continue;  // their label is the target
    if (el.matches('label') && !el.querySelector('input[type=checkbox], input[type=radio]')) continue;
    if (box.width < 48 || box.height < 48) small.push(el.outerHTML.slice(0, 90) + ` ${box.width}x${box.height}`);
  }
  return small;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("screen", [(1920, 1080), (1080, 1920)], indirect=True, ids=["landscape", "portrait"])
def test_every_page_type_stays_on_the_machine_and_fits_the_screen(
    screen: object, kiosk_url: str, tmp_path: Path
) -> None:
    page = screen
    width = page.viewport_size["width"]
    for path in PAGES:
        page.goto(kiosk_url + path)
        if path.startswith("tim-kiem"):
            page.wait_for_selector(".sr-finder__results .sr-card")
        if path.startswith("danh-sach-chon"):
            page.wait_for_selector(".sr-shortlist__take:not([hidden]) .sr-qr")
        shot = page.screenshot(path=tmp_path / f"{re.sub(r'[^a-z0-9]+', '-', path) or 'home'}.png")
        assert shot[16:24] == page.viewport_size["width"].to_bytes(4, "big") + page.viewport_size["height"].to_bytes(
            4, "big"
        ), "the screenshot is not of the whole screen"
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{path} scrolls sideways"
        assert page.evaluate(_SMALL_TARGETS) == [], f"{path}: touch targets under 48 px"
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        assert all(h.startswith(kiosk_url) for h in hrefs), [h for h in hrefs if not h.startswith(kiosk_url)]
        broken = page.eval_on_selector_all(
            "img", "imgs => imgs.filter(i => i.getAttribute('src') && i.complete && !i.naturalWidth).length"
        )
        assert broken == 0, f"{path}: missing images"
        if path not in ("attract/", "no-such-page/"):
            bar = page.locator(".sr-kiosk-bar")
            assert bar.locator(".sr-kiosk-bar__home").bounding_box()["height"] >= 48
            assert bar.locator("[hreflang]").count() == 1, f"{path}: no language toggle"
    assert page.outside == [] and page.errors == []


_TEXT_SIZES = """() => [...document.querySelectorAll('.sr-content *')].filter(el =>
  [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && el.getClientRects().length
  && !el.closest('[hidden], .sr-visually-hidden')).map(el => parseFloat(getComputedStyle(el).fontSize))"""


@pytest.mark.browser
@pytest.mark.parametrize("screen", [(1920, 1080), (1080, 1920)], indirect=True, ids=["landscape", "portrait"])
def test_text_reads_from_a_step_away(screen: object, kiosk_url: str) -> None:
    """A kiosk is read standing, at arm's length or more: running text is 20 px, nothing under 15 px."""
    page = screen
    for path in (PRODUCT, "co-so/nuoc-mam-hung-thinh/", ""):
        page.goto(kiosk_url + path)
        if path:
            prose = page.locator(".sr-prose p").first.evaluate("p => parseFloat(getComputedStyle(p).fontSize)")
            assert prose >= 20, f"{path}: running text of {prose} px"
        sizes = page.evaluate(_TEXT_SIZES)
        assert sizes and min(sizes) >= 15, f"{path}: text of {min(sizes)} px"


_LINKS_IN_TEXT = """() => [...document.querySelectorAll('.sr-content p a[href], .sr-content dd a[href]')].map(a => ({
  text: a.innerText,
  width: a.getBoundingClientRect().width,
  paragraph: a.parentElement.closest('p, dd').getBoundingClientRect().width,
  lines: a.getClientRects().length,
}))"""

# A long link in running text, as a record's Markdown description may hold one.
_LONG_LINK = """() => {
  const a = document.createElement('a');
  a.id = 'long-link';
  a.href = '../../co-so/nuoc-mam-hung-thinh/';
  a.textContent = 'quy trình ủ chượp truyền thống trong thùng gỗ của cơ sở nước mắm Hưng Thịnh '
    + 'tại thành phố Phú Quốc, tỉnh Kiên Giang, từ năm 1985 đến nay';
  document.querySelector('.sr-prose p').append(' Xem thêm ', a, ' và các sản phẩm khác.');
}"""


@pytest.mark.browser
@pytest.mark.parametrize("screen", [(1080, 1920), (1920, 1080)], indirect=True, ids=["portrait", "landscape"])
def test_names_keep_their_spaces_and_links_in_text_wrap_like_text(screen: object, kiosk_url: str) -> None:
    page = screen
    page.goto(kiosk_url + PRODUCT)
    maker = page.locator(".sr-maker a").first
    assert maker.locator("[data-pagefind-ignore]").inner_text() == "Cơ sở", "the producer's name has a legal form"
    assert maker.inner_text() == "Cơ sở nước mắm Hưng Thịnh"
    page.evaluate(_LONG_LINK)
    links = page.evaluate(_LINKS_IN_TEXT)
    assert len(links) >= 4  # the producer, the district, the round in the facts, the long link
    wider = [link for link in links if link["width"] > link["paragraph"] + 0.5]
    assert wider == [], "links wider than their paragraph"
    long = next(link for link in links if link["text"].startswith("quy trình"))
    assert long["lines"] > 1, "a long link in running text does not wrap across lines"
    assert page.evaluate(_SMALL_TARGETS) == [], "touch targets under 48 px"
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_idle_closes_dialogs_clears_search_and_returns_to_the_attract_loop(screen: object, kiosk_url: str) -> None:
    page = screen
    page.clock.install()
    page.goto(kiosk_url + PRODUCT)
    page.locator("a.sr-gallery__open").first.tap()
    assert page.locator("dialog.sr-lightbox").evaluate("d => d.open")
    page.locator(".sr-lightbox__close").tap()
    page.locator("#sr-q").tap()
    page.locator(".sr-keyboard [data-key=n]").tap()
    page.locator(".sr-keyboard [data-key=u]").tap()
    assert page.locator("#sr-q").input_value() == "nu"
    page.locator("a.sr-gallery__open").first.tap()

    page.clock.run_for((IDLE - 5) * 1000)  # a visitor still reading: nothing happens
    assert page.url == kiosk_url + PRODUCT and page.locator("dialog.sr-lightbox").evaluate("d => d.open")
    page.clock.run_for(5_000 + 100)  # idle: the page is reset first…
    assert not page.locator("dialog.sr-lightbox").evaluate("d => d.open")
    assert page.locator("#sr-q").input_value() == ""
    with page.expect_navigation():
        page.clock.run_for(1_000)  # …then the attract loop opens
    assert page.url == kiosk_url + "attract/"

    slides = page.locator(".sr-slide")
    assert slides.count() >= 2
    first = slides.nth(0)
    assert first.is_visible() and not slides.nth(1).is_visible()
    assert "Nước mắm cá cơm 40 độ đạm" in first.inner_text()
    assert "Anchovy fish sauce, 40° protein" in first.inner_text()  # every language on the slide
    assert "Cơ sở nước mắm Hưng Thịnh" in first.inner_text() and "Phú Quốc" in first.inner_text()
    assert first.locator(".sr-badge").count() == 2
    page.clock.run_for(SLIDE * 1000)
    assert slides.nth(1).is_visible() and not first.is_visible()

    with page.expect_navigation():
        page.touchscreen.tap(300, 300)
    assert page.url == kiosk_url
    assert page.locator(".sr-kiosk-bar").is_visible()
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_back_never_opens_the_previous_visitors_pages(screen: object, kiosk_url: str) -> None:
    page = screen
    page.clock.install()
    page.goto(kiosk_url + "attract/")
    with page.expect_navigation():
        page.touchscreen.tap(300, 300)
    assert page.url == kiosk_url
    page.locator(f'a[href$="{PRODUCT}"]').first.tap()
    page.wait_for_url(kiosk_url + PRODUCT)
    page.locator(".sr-kiosk-bar [data-kiosk-back]").tap()  # within a visit, Back goes back
    page.wait_for_url(kiosk_url)
    page.locator(f'a[href$="{PRODUCT}"]').first.tap()
    page.wait_for_url(kiosk_url + PRODUCT)
    page.locator(f'.sr-content a[href$="{FACILITY.split("/", 1)[1]}"]').first.tap()  # on to its producer
    page.wait_for_url(kiosk_url + FACILITY)
    with page.expect_navigation():
        page.clock.run_for((IDLE + 1) * 1000)  # the visitor walks away
    assert page.url == kiosk_url + "attract/"
    with page.expect_navigation():
        page.touchscreen.tap(300, 300)  # the next visitor
    assert page.url == kiosk_url
    with page.expect_navigation():
        page.locator(".sr-kiosk-bar [data-kiosk-back]").tap()
    assert page.url == kiosk_url, "Back opened the previous visitor's page"
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_no_way_off_the_showroom(screen: object, kiosk_url: str) -> None:
    page = screen
    page.goto(kiosk_url + FACILITY)
    # Even a link that slipped into a page (say, from a later template change) is not followed.
    page.evaluate(
        """() => {
        for (const [id, href, extra] of [["out", "https://example.com/", ""], ["file", "../../media/x.jpg", ""],
                                         ["dl", "./", "download"], ["tab", "./", "target=_blank"]]) {
          const a = document.createElement('a'); a.id = id; a.href = href; a.textContent = id;
          if (extra === 'download') a.setAttribute('download', '');
          document.querySelector('h1').after(a);
        }
        }"""
    )
    for link in ("#out", "#file", "#dl"):
        page.locator(link).tap()
        page.wait_for_timeout(200)
        assert page.url == kiosk_url + FACILITY, link
    assert page.evaluate("window.open('https://example.com/') === null")
    prevented = page.evaluate(
        "() => !document.querySelector('h1').dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, cancelable: true}))"
    )
    assert prevented, "the context menu opens"
    assert page.evaluate("getComputedStyle(document.body).userSelect") == "none"
    assert page.locator(".sr-scan").count() >= 3  # website, Zalo and map as QR codes
    assert page.outside == []


def search_on_the_keyboard(page: object, kiosk_url: str, text: str) -> None:
    """Type ``text`` into the search page's field on the on-screen keyboard; wait for its results."""
    page.goto(kiosk_url + "tim-kiem/")
    page.locator("#sr-finder-q").tap()
    for key in text:
        page.locator(f".sr-keyboard [data-key='{key}']").tap()
    # The cards of the whole query, not of a prefix typed on the way (those are redrawn).
    page.wait_for_selector(f".sr-finder__results[data-query='{text}'] .sr-card")


@pytest.mark.browser
def test_on_screen_keyboard_searches_without_diacritics(screen: object, kiosk_url: str) -> None:
    page = screen
    search_on_the_keyboard(page, kiosk_url, "nuoc mam")
    assert "Nước mắm cá cơm 40 độ đạm" in page.locator(".sr-finder__results").inner_text()
    page.locator(".sr-keyboard [data-key=clear]").tap()
    assert page.locator("#sr-finder-q").input_value() == ""
    page.locator("h1").tap()
    assert page.locator(".sr-keyboard").is_hidden()
    assert page.outside == []


@pytest.mark.browser
@pytest.mark.parametrize("screen", [(1920, 1080), (1080, 1920)], indirect=True, ids=["landscape", "portrait"])
def test_results_typed_live_show_above_the_keyboard(screen: object, kiosk_url: str) -> None:
    """At 1920x1080 the keyboard covered the results (the filters pushed them below it)."""
    page = screen
    search_on_the_keyboard(page, kiosk_url, "nuoc")
    box = page.evaluate(
        """() => ({keyboard: document.querySelector('.sr-keyboard').getBoundingClientRect().top,
                  header: document.querySelector('.sr-header').getBoundingClientRect().bottom,
                  field: document.querySelector('#sr-finder-q').getBoundingClientRect().top,
                  card: document.querySelector('.sr-finder__results .sr-card').getBoundingClientRect().top})"""
    )
    assert box["header"] <= box["field"], "the field is under the header"
    assert box["card"] + 250 <= box["keyboard"], box  # the first card's photo and name, at least
    page.locator(".sr-keyboard [data-key=enter]").tap()
    assert page.locator(".sr-finder__panel").is_visible(), "the filters are back once the keyboard is away"


@pytest.mark.browser
def test_language_toggle_and_home_button(screen: object, kiosk_url: str) -> None:
    page = screen
    page.goto(kiosk_url + PRODUCT)
    page.locator(".sr-kiosk-bar [hreflang=en]").tap()
    page.wait_for_url(kiosk_url + "en/products/nuoc-mam-ca-com-40-do-dam/")
    page.locator(".sr-kiosk-bar__home").tap()
    page.wait_for_url(kiosk_url + "en/")
    page.locator(".sr-kiosk-bar [data-kiosk-back]").tap()
    page.wait_for_url(kiosk_url + "en/products/nuoc-mam-ca-com-40-do-dam/")
