"""The shortlist: picked on cards and product pages, named by its address, printed, exported,
mailed to each producer, and taken home from the kiosk as a QR code."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pypdf
import pytest
import yaml

from generator.build import build
from generator.profiles import KIOSK
from generator.staff import kiosk_server

from .conftest import REPO, copy_fixture, serve
from .test_incremental import replace
from .test_kiosk import _SMALL_TARGETS
from .test_trade import add_trade

PAGE = "danh-sach-chon/"
BASE = "https://mini.example.vn/"
FISH = "nuoc-mam-ca-com-40-do-dam"
SET = "bo-nuoc-mam-phu-quoc"
BAG = "gio-xach-co-bang"
#: A producer with Zalo and no e-mail (the fixture's two others: one with e-mail, one with a phone only).
HONEY = "co-so-mat-ong-rung-tram"
MAKERS = ["nuoc-mam-hung-thinh", "htx-co-bang-phu-my", HONEY]
#: The 30 longest ids of the sample catalogue: its longest shortlist address.
LONG_IDS = sorted((p.stem for p in (REPO / "products").glob("*.yml")), key=lambda i: (-len(i), i))[:30]
WORDS = yaml.safe_load((REPO / "theme/locales/strings.yml").read_text(encoding="utf-8"))


def word(key: str, lang: str = "vi", **values: object) -> str:
    text = WORDS[key][lang]
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def sample_name(n: int) -> str:
    return f"Mẫu {n:02d}"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalogue with 30 more products under the sample's longest ids, made by
    three producers in turn, built for the web and for the kiosk."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("shortlist") / "mini")
    (root / f"content/facilities/{HONEY}.yml").write_text(
        'name: {vi: "Cơ sở mật ong rừng tràm", en: "Melaleuca Honey Workshop"}\n'
        "type: workshop\nunit: dac-khu-phu-quoc\ndistrict: phu-quoc\n"
        'address: {vi: "Ấp 3, đặc khu Phú Quốc, tỉnh An Giang"}\nphone: "0297 3999 111"\nzalo: "0909 111 222"\n',
        encoding="utf-8",
    )
    template = (root / f"products/{BAG}.yml").read_text(encoding="utf-8")
    for n, ident in enumerate(LONG_IDS):
        text = template.replace('{vi: "Giỏ xách cỏ bàng", en: "Sedge handbag"}', f'{{vi: "{sample_name(n)}"}}', 1)
        text = text.replace("facility: htx-co-bang-phu-my", f"facility: {MAKERS[n % 3]}")
        if n == 0:
            text += "aliases: [mau-cu]\n"  # renamed: its old address sends on to it
        (root / f"products/{ident}.yml").write_text(text, encoding="utf-8")
    add_trade(root, f"products/{FISH}.yml")
    # An OCOP certificate beside its CNNT one: the shortlist names both.
    (root / "content/rounds/ocop-2024.yml").write_text(
        'name: {vi: "Đánh giá OCOP năm 2024", en: "OCOP rating 2024"}\n'
        'programme: ocop\nnumber: 1\nyear: 2024\nlevel: 4-star\ndecision: "1584/QĐ-UBND"\ndate: 2024-06-27\n',
        encoding="utf-8",
    )
    replace(
        root / f"products/{FISH}.yml",
        "date: 2023-11-20}\n",
        'date: 2023-11-20}\n  - {programme: ocop, level: 4-star, round: 1, year: 2024, decision: "1584/QĐ-UBND",'
        " date: 2024-06-27, expires: 2030-06-27}\n",
    )
    build(root, strict=True)
    build(root, profile=KIOSK, strict=True)
    return root


@pytest.fixture(scope="module")
def url(root: Path) -> Iterator[str]:
    server, address = serve(root / "site")
    yield address
    server.shutdown()


@pytest.fixture(scope="module")
def kiosk_url(root: Path) -> Iterator[str]:
    """The kiosk build behind the kiosk server (its Content-Security-Policy included)."""
    kiosk_server.log.disabled = True
    server = kiosk_server.make_server(root / KIOSK.out, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser (an empty shortlist) that records script errors and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.dialogs = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def open_list(page: object, base: str, ids: list[str] | str, prefix: str = "") -> None:
    query = ids if isinstance(ids, str) else ",".join(ids)
    page.goto(f"{base}{prefix or PAGE}?ids={query}")
    page.wait_for_selector("[data-shortlist-page][aria-busy=false]", state="attached")


def names(page: object) -> list[str]:
    return page.locator(".sr-shortlist__name").all_inner_texts()


def stored(page: object) -> list[str]:
    return page.evaluate("JSON.parse(localStorage.getItem('sr-shortlist') || '[]')")


# -- the build ---------------------------------------------------------------


def test_product_pages_carry_what_the_shortlist_reads(root: Path) -> None:
    html = (root / f"site/san-pham/{FISH}/index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" data-shortlist-entry>(.*?)</script>', html).group(1)
    entry = json.loads(block)
    assert entry["id"] == FISH and entry["name"] == "Nước mắm cá cơm 40 độ đạm"
    assert entry["url"] == f"{BASE}san-pham/{FISH}/"
    assert entry["producer"] == {
        "id": "nuoc-mam-hung-thinh",
        "name": "Cơ sở nước mắm Hưng Thịnh",
        "href": "../../co-so/nuoc-mam-hung-thinh/",
        "phone": "0297 3846 123",
        "tel": "tel:+842973846123",
        "zalo": "0912 345 678",
        "zalo_href": "https://zalo.me/0912345678",
        "email": "lienhe@hungthinh.example.vn",
        "address": "Khu phố 7, đặc khu Phú Quốc, tỉnh An Giang",
    }
    assert entry["price"] == "85.000 ₫ – 120.000 ₫"
    assert entry["specs"][0] == ["net_content", "Quy cách", "500 ml"]
    assert entry["badge"] == "Tỉnh · lần VII · 2023" and entry["marks"] == ["OCOP ★★★★"]
    assert entry["photo"]["src"].startswith("../../media/") and entry["photo"]["width"] == 320
    # Trade facts as the CSV names them; the ended HACCP certificate is left out.
    assert entry["trade"] == [
        ["moq", "Đơn hàng tối thiểu", "500 chai"],
        ["capacity_per_month", "Năng lực cung ứng", "20.000 chai mỗi tháng"],
        ["wholesale", "Giá sỉ", "100+: 80.000 ₫/chai; 1.000+: 72.000 ₫/chai"],
        ["gtin", "Mã vạch", "8935049500018"],
        ["certificates", "Giấy chứng nhận", "ATTP 123/2024/ATTP-CNĐK (Hiệu lực đến 31/03/2027)"],
        [
            "origin_protection",
            "Bảo hộ xuất xứ",
            "Chỉ dẫn địa lý: Phú Quốc (00001); Tên gọi xuất xứ được bảo hộ tại EU (PDO): Phú Quốc (PDO-VN-0001)",
        ],
        ["export_markets", "Đã xuất khẩu sang", "Nhật Bản, Hàn Quốc, Hoa Kỳ"],
        ["lead_time", "Thời gian giao hàng", "14 ngày sau khi chốt đơn"],
    ]
    english = (root / f"site/en/products/{FISH}/index.html").read_text(encoding="utf-8")
    trade = json.loads(re.search(r"data-shortlist-entry>(.*?)</script>", english).group(1))["trade"]
    assert trade[2] == ["wholesale", "Wholesale prices", "100+: VND 80,000/bottle; 1,000+: VND 72,000/bottle"]
    assert 'data-shortlist-toggle="nuoc-mam-ca-com-40-do-dam" aria-pressed="false"' in html
    # The kiosk's entry links nothing off the machine.
    kiosk = (root / f"site-kiosk/san-pham/{FISH}/index.html").read_text(encoding="utf-8")
    entry = json.loads(re.search(r"data-shortlist-entry>(.*?)</script>", kiosk).group(1))
    assert not {"tel", "zalo_href"} & set(entry["producer"])


def test_the_shortlist_page_without_script_says_what_it_is(root: Path) -> None:
    for lang, path, products in (("vi", "danh-sach-chon", "san-pham"), ("en", "en/shortlist", "products")):
        html = (root / "site" / path / "index.html").read_text(encoding="utf-8").replace("&#39;", "'")
        assert word("shortlist_intro", lang) in html
        noscript = f'<noscript><p>{word("shortlist_noscript", lang)} <a href="../{products}/">'
        assert noscript in html
        assert "data-shortlist-page hidden" in html, "the list's controls show only with script"
    home = (root / "site/index.html").read_text(encoding="utf-8")
    assert '<a href="./danh-sach-chon/" data-shortlist-link>Danh sách chọn' in home
    # Nothing for a search engine: its products are in its address.
    assert '<meta name="robots" content="noindex">' in html and "noindex" not in home
    sitemap = (root / "site/sitemap.xml").read_text(encoding="utf-8")
    assert "/san-pham/" in sitemap and "danh-sach-chon" not in sitemap and "en/shortlist" not in sitemap


# -- picking and opening -------------------------------------------------------


@pytest.mark.browser
def test_add_from_cards_and_a_product_page_then_open_the_list(page: object, url: str) -> None:
    page.goto(url + "nhom/handicrafts/")
    stars = page.locator(".sr-card__pick")
    ids = [stars.nth(0).get_attribute("data-shortlist-toggle"), stars.nth(1).get_attribute("data-shortlist-toggle")]
    # Held by product: a locator by position is looked up again at each use, and the finder may
    # draw its result cards, with stars of their own, meanwhile (every star of one product agrees).
    first, second = (page.locator(f'[data-shortlist-toggle="{ident}"]').first for ident in ids)
    first.click()
    second.click()
    assert first.get_attribute("aria-pressed") == "true" and second.get_attribute("aria-pressed") == "true"
    assert first.get_attribute("aria-label").startswith(word("shortlist_add_named", name=""))
    assert page.locator(".sr-nav [data-shortlist-count]").inner_text() == "2"
    second.click()  # and off again
    assert second.get_attribute("aria-pressed") == "false"
    # Leaving while the listing's search still loads would abort its fetches (console errors).
    page.wait_for_load_state("networkidle")
    page.goto(url + f"san-pham/{FISH}/")
    control = page.locator(".sr-shortlist-control button")
    assert control.is_visible() and control.get_attribute("aria-pressed") == "false"
    assert control.inner_text() == "Thêm vào danh sách chọn"
    control.click()
    assert control.get_attribute("aria-pressed") == "true"
    # What it says changes with its state; its name, for screen readers, does not.
    assert control.inner_text() == "Đã có trong danh sách chọn (chạm để bỏ)"
    assert control.get_attribute("aria-label") == "Thêm vào danh sách chọn"
    assert page.locator(".sr-shortlist-control [data-shortlist-count]").inner_text() == "2"
    assert stored(page) == [ids[0], FISH]
    page.locator(".sr-nav [data-shortlist-link]").click()
    page.wait_for_url(f"**/{PAGE}?ids={ids[0]},{FISH}")
    page.wait_for_selector(".sr-shortlist__item")
    page.wait_for_function("document.querySelectorAll('.sr-shortlist__item').length === 2")
    assert names(page)[1] == "Nước mắm cá cơm 40 độ đạm"
    assert page.errors == []


@pytest.mark.browser
def test_search_results_get_their_star(page: object, url: str) -> None:
    page.goto(url + "tim-kiem/?q=nuoc mam")
    page.wait_for_selector(".sr-finder__results .sr-card .sr-card__pick")
    star = page.locator(".sr-finder__results .sr-card__pick").first
    star.click()
    assert stored(page) == [star.get_attribute("data-shortlist-toggle")]


@pytest.mark.browser
def test_a_link_opens_exactly_its_products_in_a_fresh_browser(page: object, url: str) -> None:
    ids = [LONG_IDS[3], SET, LONG_IDS[7], FISH]
    open_list(page, url, ids)
    assert names(page) == [sample_name(3), "Bộ sản phẩm nước mắm Phú Quốc", sample_name(7), "Nước mắm cá cơm 40 độ đạm"]
    assert page.locator(".sr-shortlist__status").inner_text() == word("shortlist_count", count=4)
    assert page.locator(".sr-shortlist__ignored li").count() == 0
    assert stored(page) == ids, "the list opened is this browser's shortlist now"
    assert page.locator(".sr-nav [data-shortlist-count]").inner_text() == "4"
    # English: the same list, in English.
    open_list(page, url, ids, "en/shortlist/")
    assert names(page)[1] == "Phu Quoc fish sauce set"
    assert page.locator(".sr-shortlist__status").inner_text() == "4 products"
    open_list(page, url, [FISH], "en/shortlist/")
    assert page.locator(".sr-shortlist__status").inner_text() == "1 product"
    assert page.errors == []


@pytest.mark.browser
def test_a_renamed_product_is_found_under_its_new_id(page: object, url: str) -> None:
    open_list(page, url, ["mau-cu", FISH])
    assert names(page) == [sample_name(0), "Nước mắm cá cơm 40 độ đạm"]
    assert page.url.endswith(f"?ids={LONG_IDS[0]},{FISH}")


@pytest.mark.browser
def test_unknown_repeated_and_hostile_ids_are_ignored_and_said(page: object, url: str) -> None:
    hostile = [
        "<script>window.__pwned=1</script>",
        '"><img src=x onerror="window.__pwned=2">',
        "x' onmouseover='window.__pwned=3",
        "../../etc/passwd",
        "Nuoc-Mam",
    ]
    given = [FISH, "khong-co-san-pham-nay", FISH, *hostile, BAG]
    open_list(page, url, ",".join(quote(i, safe="") for i in given))
    page.mouse.move(300, 400)
    assert names(page) == ["Nước mắm cá cơm 40 độ đạm", "Giỏ xách cỏ bàng"]
    said = page.locator(".sr-shortlist__ignored li").all_inner_texts()
    assert said == [  # in the address's order; an unknown id once its page was not found
        f"{word('shortlist_repeated')}: {FISH}",
        *(f"{word('shortlist_invalid')}: {i}" for i in hostile),
        f"{word('shortlist_unknown')}: khong-co-san-pham-nay",
    ]
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    assert page.locator(".sr-content img[src='x'], .sr-content script:not([src]):not([type])").count() == 0
    assert page.url.endswith(f"?ids={FISH},{BAG}"), "the address keeps the list, not what was ignored"
    # Past 60 products, the rest is left out (and not fetched).
    many = [*LONG_IDS, FISH, SET, BAG, *(f"khong-co-{n}" for n in range(28))]
    open_list(page, url, many)
    said = page.locator(".sr-shortlist__ignored li").all_inner_texts()
    assert len(names(page)) == 33 and len(said) == 28
    assert said[0] == f"{word('shortlist_over', max=60)}: khong-co-27"
    assert all(line.startswith(word("shortlist_unknown")) for line in said[1:])
    # The unknown ids were looked for, and not found: the browser logs each 404.
    assert [e for e in page.errors if "404" not in e] == []


# -- from the list -------------------------------------------------------------


@pytest.mark.browser
def test_nine_products_print_on_two_a4_sheets(page: object, url: str) -> None:
    ids = LONG_IDS[:9]
    open_list(page, url, ids)
    page.wait_for_function("[...document.images].every(i => i.complete)")
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True, prefer_css_page_size=True)))
    assert len(pdf.pages) == 2
    box = pdf.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)
    texts = [re.sub(r"\s+", "", unicodedata.normalize("NFC", p.extract_text())) for p in pdf.pages]
    for n in range(9):
        assert (sample_name(n).replace(" ", "") in texts[0]) == (n < 8), n
    assert sample_name(8).replace(" ", "") in texts[1]
    for needed in ("0297 3846 123", "lienhe@hungthinh.example.vn", "0909 111 222"):
        assert re.sub(r"\s+", "", needed) in texts[0], needed
    assert f"{BASE}{PAGE}?ids={','.join(ids)}" in texts[1], "the list's address, after its products"
    assert word("shortlist_write").replace(" ", "") not in texts[0], "the mail links are not printed"
    # Each product with its photo and the QR code of its page.
    assert page.locator(".sr-shortlist__item .sr-print-only .sr-qr").count() == 9


@pytest.mark.browser
def test_trade_facts_print_inside_the_box_after_the_contact(page: object, url: str) -> None:
    page.set_viewport_size({"width": 703, "height": 1000})  # A4's width inside its margins, as printed
    open_list(page, url, [FISH, *LONG_IDS[:7]])
    page.emulate_media(media="print")
    fish = page.locator(f'.sr-shortlist__item[data-id="{FISH}"]')
    box = fish.bounding_box()
    for part in (".sr-shortlist__contact", ".sr-shortlist__where", ".sr-shortlist__trade"):
        inner = fish.locator(part).bounding_box()
        assert inner["y"] + inner["height"] <= box["y"] + box["height"], f"{part} is cut off on paper"
    assert fish.locator(".sr-shortlist__trade dd").first.inner_text() == "500 chai"
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True, prefer_css_page_size=True)))
    assert len(pdf.pages) == 1
    text = re.sub(r"\s+", "", unicodedata.normalize("NFC", pdf.pages[0].extract_text()))
    printed = "Năng lực cung ứng: 20.000 chai mỗi tháng · Giá sỉ: 100+: 80.000 ₫/chai; 1.000+: 72.000 ₫/chai · Giấy"
    for needed in ("0297 3846 123", printed, "Đã xuất khẩu sang: Nhật Bản, Hàn Quốc, Hoa Kỳ · Thời gian"):
        assert re.sub(r"\s+", "", needed) in text, needed
    assert "8935049500018" not in text, "the barcode stays off paper"


def expected_mailto(email: str, producer: str, products: list[tuple[str, str]]) -> str:
    site = "Sản phẩm CNNT tiêu biểu Kiên Giang"
    lines = [word("shortlist_mail_hello", producer=producer), "", word("shortlist_mail_intro", site=site)]
    lines += [f"- {name}: {BASE}san-pham/{ident}/" for name, ident in products]
    lines += ["", word("shortlist_mail_ask")]
    subject = quote(word("shortlist_mail_subject", site=site), safe="")
    body = quote("\r\n".join(lines), safe="")  # RFC 6068: lines end with CRLF
    return f"mailto:{quote(email, safe='@')}?subject={subject}&body={body}"


@pytest.mark.browser
def test_one_message_per_producer(page: object, url: str) -> None:
    ids = [LONG_IDS[0], LONG_IDS[1], LONG_IDS[2], FISH, LONG_IDS[3], LONG_IDS[5]]
    open_list(page, url, ids)
    links = page.locator(".sr-shortlist__producer a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert links == [
        expected_mailto(
            "lienhe@hungthinh.example.vn",
            "Cơ sở nước mắm Hưng Thịnh",
            [(sample_name(0), LONG_IDS[0]), ("Nước mắm cá cơm 40 độ đạm", FISH), (sample_name(3), LONG_IDS[3])],
        ),
        "tel:+84977123456",  # no e-mail, no Zalo: a call
        "https://zalo.me/0909111222",  # no e-mail: a Zalo chat
    ]
    texts = page.locator(".sr-shortlist__producer").all_inner_texts()
    assert f"{sample_name(2)}; {sample_name(5)}" in texts[2]


@pytest.mark.browser
def test_a_search_result_shows_the_other_programmes_marks(page: object, url: str) -> None:
    # As the product's card in a listing does: the badge, then "OCOP ★★★★".
    page.goto(url + "tim-kiem/?q=nuoc+mam")
    card = page.locator(".sr-finder__results .sr-card").filter(has_text="Nước mắm cá cơm 40 độ đạm")
    card.wait_for()
    assert card.locator(".sr-badge").all_inner_texts() == ["Tỉnh · lần VII · 2023", "OCOP ★★★★"]
    listed = page.locator(f".sr-card:has(a[href$='{FISH}/'])")
    page.goto(url + "san-pham/")
    assert [t.strip() for t in listed.first.locator(".sr-badge").all_inner_texts()] == [
        "Tỉnh · lần VII · 2023",
        "OCOP ★★★★",
    ]


@pytest.mark.browser
def test_csv_download(page: object, url: str) -> None:
    ids = [FISH, LONG_IDS[2]]
    open_list(page, url, ids)
    with page.expect_download() as info:
        page.locator("[data-shortlist-csv]").click()
    download = info.value
    assert download.suggested_filename == "danh-sach-chon.csv"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    # Headed in the page's language: what a buyer compares, whom to call, then the trade facts.
    heads = ["shortlist_csv_id", "product", "certification", "price", "net_content", "packaging", "shelf_life"]
    heads += ["producer", "shortlist_csv_phone", "email", "zalo", "address", "shortlist_csv_page"]
    heads += ["moq", "capacity", "wholesale", "barcode", "certificates", "origin_protection", "export_markets"]
    assert rows[0] == [WORDS[key]["vi"] for key in [*heads, "lead_time"]]
    assert rows[0][:4] == ["Mã sản phẩm", "Sản phẩm", "Chứng nhận", "Giá tham khảo"]
    assert rows[1] == [
        FISH,
        "Nước mắm cá cơm 40 độ đạm",
        # Each certification in full: its decision and, where it ends, until when it is valid.
        "CNNT tiêu biểu · Tỉnh · lần VII · 2023 (Quyết định 2479/QĐ-UBND);"
        " OCOP · ★★★★ · lần I · 2024 (Quyết định 1584/QĐ-UBND, Hiệu lực đến 27/06/2030)",
        "85.000 ₫ – 120.000 ₫",
        "500 ml",
        "Chai thủy tinh",
        "24 tháng",
        "Cơ sở nước mắm Hưng Thịnh",
        "0297 3846 123",
        "lienhe@hungthinh.example.vn",
        "0912 345 678",
        "Khu phố 7, đặc khu Phú Quốc, tỉnh An Giang",
        f"{BASE}san-pham/{FISH}/",
        "500 chai",
        "20.000 chai mỗi tháng",
        "100+: 80.000 ₫/chai; 1.000+: 72.000 ₫/chai",
        "8935049500018",
        "ATTP 123/2024/ATTP-CNĐK (Hiệu lực đến 31/03/2027)",
        "Chỉ dẫn địa lý: Phú Quốc (00001); Tên gọi xuất xứ được bảo hộ tại EU (PDO): Phú Quốc (PDO-VN-0001)",
        "Nhật Bản, Hàn Quốc, Hoa Kỳ",
        "14 ngày sau khi chốt đơn",
    ]
    assert rows[2][:13] == [
        LONG_IDS[2],
        sample_name(2),
        "CNNT tiêu biểu · Tỉnh · lần VII · 2023 (Quyết định 2479/QĐ-UBND)",
        "",
        "",
        "",
        "",
        "Cơ sở mật ong rừng tràm",
        "0297 3999 111",
        "",
        "0909 111 222",
        "Ấp 3, đặc khu Phú Quốc, tỉnh An Giang",
        f"{BASE}san-pham/{LONG_IDS[2]}/",
    ]
    assert rows[2][13:] == [""] * 8, "a product without trade facts leaves them empty"


@pytest.mark.browser
def test_by_keyboard(page: object, url: str) -> None:
    page.goto(url + "nhom/handicrafts/")
    page.locator(".sr-card__link").first.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('data-shortlist-toggle')")
    assert focused, "the star follows its card in the tab order"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the next card
    page.keyboard.press("Tab")  # its star
    second = page.evaluate("document.activeElement.getAttribute('data-shortlist-toggle')")
    page.keyboard.press("Enter")
    assert stored(page) == [focused, second]
    page.goto(url + f"san-pham/{FISH}/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-shortlist-toggle')"):
            break
    page.keyboard.press("Enter")
    assert stored(page) == [focused, second, FISH]
    open_list(page, url, stored(page))
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-remove')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('data-remove')") == focused
    page.keyboard.press("Enter")
    assert stored(page) == [second, FISH] and len(names(page)) == 2
    assert page.evaluate("document.activeElement.getAttribute('data-remove')") == second, "focus stays in the list"
    assert page.url.endswith(f"?ids={second},{FISH}")


def hold_products(page: object, url: str) -> Callable[[], None]:
    """Make the products' pages the shortlist fetches wait; return what lets them through
    (once one was asked for)."""
    held: list[object] = []

    def hold(route: object) -> None:
        held.append(route)

    page.route(f"{url}san-pham/**", hold)

    def release() -> None:
        for _ in range(50):
            if held:
                break
            page.wait_for_timeout(100)
        for route in held:
            route.continue_()
        page.unroute(f"{url}san-pham/**", hold)

    return release


@pytest.mark.browser
def test_stars_add_up_when_the_browser_refuses_to_store_the_list(page: object, url: str) -> None:
    """Storage that can be read but not written (full, or an old private mode): each star
    started again from the stored list, so the list held one product at a time."""
    page.add_init_script("Storage.prototype.setItem = function () { throw new Error('QuotaExceededError'); };")
    page.goto(url + "nhom/handicrafts/")
    stars = page.locator(".sr-card__pick")
    stars.nth(0).click()
    stars.nth(1).click()
    assert stars.nth(0).get_attribute("aria-pressed") == "true" and stars.nth(1).get_attribute("aria-pressed") == "true"
    assert page.locator(".sr-nav [data-shortlist-count]").inner_text() == "2"


@pytest.mark.browser
def test_changes_made_in_another_tab_while_products_load_are_kept(page: object, url: str) -> None:
    """The shortlist tab ignored a change made elsewhere while it fetched products, then saved
    its older list over it: a product starred meanwhile lost its star."""
    open_list(page, url, [FISH])
    release = hold_products(page, url)
    other = page.context.new_page()
    other.goto(url)
    other.evaluate(f"ShowroomShortlist.save(['{FISH}', '{BAG}'])")  # this tab fetches the bag
    page.wait_for_function("document.querySelector('[data-shortlist-page]').getAttribute('aria-busy') === 'true'")
    other.evaluate(f"ShowroomShortlist.save(['{FISH}', '{BAG}', '{SET}'])")  # starred while it loads
    release()
    page.wait_for_function("document.querySelectorAll('.sr-shortlist__item').length === 3")
    page.wait_for_selector("[data-shortlist-page][aria-busy=false]", state="attached")
    assert stored(page) == [FISH, BAG, SET]
    assert page.locator(".sr-shortlist__status").inner_text() == word("shortlist_count", count=3)
    assert page.errors == []


@pytest.mark.browser
def test_a_product_removed_while_others_load_leaves_no_loading_note(page: object, url: str) -> None:
    open_list(page, url, [FISH, BAG])
    release = hold_products(page, url)
    other = page.context.new_page()
    other.goto(url)
    other.evaluate(f"ShowroomShortlist.save(['{FISH}', '{BAG}', '{SET}'])")  # this tab fetches the set
    page.wait_for_function("document.querySelector('[data-shortlist-page]').getAttribute('aria-busy') === 'true'")
    page.locator(f"[data-remove='{FISH}']").click()  # removed meanwhile
    release()
    page.wait_for_selector("[data-shortlist-page][aria-busy=false]", state="attached")
    page.wait_for_function("document.querySelectorAll('.sr-shortlist__item').length === 2")
    assert page.locator(".sr-shortlist__status").inner_text() == word("shortlist_count", count=2)
    assert stored(page) == [BAG, SET]
    assert page.errors == []


@pytest.mark.browser
def test_products_that_cannot_be_reached_are_not_an_empty_list(page: object, url: str) -> None:
    """Offline, every product's page failed to load, and the page said the list was empty."""
    page.route(f"{url}san-pham/**", lambda route: route.abort())
    page.goto(f"{url}{PAGE}?ids={FISH},{BAG}")
    page.wait_for_selector("[data-shortlist-page][aria-busy=false]", state="attached")
    assert word("shortlist_unreachable") in page.locator(".sr-shortlist__status").inner_text()
    assert page.locator(".sr-shortlist__empty").is_hidden()
    assert stored(page) == [FISH, BAG]  # kept, to be shown when the pages can be reached


@pytest.mark.browser
def test_clearing_the_list_keeps_it_one_link_away(page: object, url: str) -> None:
    open_list(page, url, [FISH, BAG])
    page.locator("[data-shortlist-clear]").click()
    assert stored(page) == [] and names(page) == []
    assert page.locator(".sr-shortlist__empty").is_visible()
    previous = page.locator(".sr-shortlist__previous a")
    assert previous.inner_text() == word("shortlist_previous", count=2)
    previous.click()
    page.wait_for_selector(".sr-shortlist__item")
    page.wait_for_function("document.querySelectorAll('.sr-shortlist__item').length === 2")
    assert stored(page) == [FISH, BAG]


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1440])
def test_no_axe_violations(browser: object, url: str, width: int) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    found = {}
    for path in (PAGE, "en/shortlist/"):
        for ids in ([FISH, SET, LONG_IDS[1], LONG_IDS[2]], []):
            open_list(page, url, ids, path)
            if ids:
                page.wait_for_selector(".sr-shortlist__item")
            results = axe.run(page)
            if results.violations_count:
                found[f"{path} {len(ids)}"] = sorted(
                    {f"{v['id']}: {v['nodes'][0]['target']}" for v in results.response["violations"]}
                )
    page.goto(url + "nhom/handicrafts/")
    page.locator(".sr-card__pick").first.click()
    results = axe.run(page)
    if results.violations_count:
        found["cards"] = sorted({v["id"] for v in results.response["violations"]})
    context.close()
    assert found == {}


# -- the kiosk -----------------------------------------------------------------


@pytest.fixture
def screen(browser: object, kiosk_url: str) -> Iterator[object]:
    """The kiosk's touch screen, which loads nothing from off the machine."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, has_touch=True)
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


def decode(png: bytes) -> list[str]:
    import zxingcpp
    from PIL import Image

    return [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))]


@pytest.mark.browser
def test_kiosk_shows_the_list_as_a_qr_code_and_writes_to_no_one(screen: object, kiosk_url: str) -> None:
    page = screen
    page.goto(kiosk_url + "nhom/handicrafts/")
    page.locator(".sr-card__pick").first.tap()
    page.goto(kiosk_url + f"san-pham/{FISH}/")
    page.locator(".sr-shortlist-control button").tap()
    page.locator(".sr-kiosk-bar__home").tap()
    page.locator(".sr-nav [data-shortlist-link]").tap()
    page.wait_for_selector(".sr-shortlist__take:not([hidden]) .sr-qr")
    ids = stored(page)
    assert len(ids) == 2 and ids[1] == FISH
    assert page.locator(".sr-shortlist__write, [data-print], [data-shortlist-csv]").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    assert all(h.startswith(kiosk_url) for h in hrefs), [h for h in hrefs if not h.startswith(kiosk_url)]
    assert page.evaluate(_SMALL_TARGETS) == [], "touch targets under 48 px"
    code = page.locator(".sr-shortlist__code")
    assert decode(code.screenshot()) == [f"{BASE}{PAGE}?ids={','.join(ids)}"]
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_thirty_long_ids_fit_one_code_a_phone_reads_from_the_screen(screen: object, kiosk_url: str) -> None:
    page = screen
    open_list(page, kiosk_url, LONG_IDS)
    assert len(names(page)) == 30
    svg = page.locator(".sr-shortlist__code .sr-qr")
    version = int(svg.get_attribute("data-version"))
    assert version <= 25, version
    box = svg.bounding_box()
    modules = 17 + 4 * version + 8  # with the quiet zone
    assert box["width"] / modules >= 4, "modules under 4 px: too fine for a phone's camera at arm's length"
    assert page.locator("[data-shortlist-qr-note]").is_hidden(), "every product is in the code"
    expected = f"{BASE}{PAGE}?ids={','.join(LONG_IDS)}"
    png = page.locator(".sr-shortlist__code").screenshot()
    assert decode(png) == [expected]
    # A phone sees the screen from further away, with fewer pixels a module.
    from PIL import Image

    small = Image.open(io.BytesIO(png))
    small = small.resize((small.width // 2, small.height // 2), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    small.save(out, "PNG")
    assert decode(out.getvalue()) == [expected]
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_next_visitor_starts_with_an_empty_list(screen: object, kiosk_url: str) -> None:
    page = screen
    page.clock.install()
    open_list(page, kiosk_url, [FISH])
    assert stored(page) == [FISH]
    page.clock.run_for((90 + 2) * 1000)
    page.wait_for_url("**/attract/")
    assert stored(page) == []
