"""Trade facts (``trade:``): their mistakes, the "For distributors" block in both languages,
search facets, JSON-LD, open data, the check report's ended certificates, and incremental
builds equal to full ones when trade facts change or a certificate ends."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import build, check
from generator.records.expiry import same_status_days
from generator.records.types import gtin_check_digit
from generator.staff.cli import main
from tests.conftest import copy_fixture, serve
from tests.test_incremental import differences, replace, tree
from tests.test_incremental_reports import epoch, same_as_full
from tests.test_validate import GOOD_PRODUCT, problems, write

ANCHOVY = "products/nuoc-mam-ca-com-40-do-dam.yml"
TRADE = """\
trade:
  moq: {quantity: 500, unit: {vi: chai, en: bottles}}
  capacity: {quantity: 20000, unit: {vi: chai, en: bottles}}
  wholesale:
    unit: {vi: chai, en: bottle}
    currency: VND
    tiers:
      - {from: 100, price: 80000}
      - {from: 1000, price: 72000}
  gtin: "8935049500018"
  certificates:
    - {kind: attp, number: "123/2024/ATTP-CNĐK", issuer: {vi: "Chi cục ATVSTP", en: "Food Safety Office"}, expires: 2027-03-31}
    - {kind: haccp, number: "HC-2022-017", issuer: {vi: "Quacert", en: "Quacert"}, expires: 2025-06-30}
  origin_protection:
    - {kind: geographical-indication, name: {vi: "Phú Quốc", en: "Phu Quoc"}, registration: "00001"}
    - {kind: eu-pdo, name: {vi: "Phú Quốc", en: "Phu Quoc"}, registration: "PDO-VN-0001"}
  export_markets: [JP, KR, US]
  lead_time_days: 14
"""


def add_trade(root: Path, path: str = ANCHOVY, text: str = TRADE) -> None:
    with open(root / path, "a", encoding="utf-8") as handle:
        handle.write(text)


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# -- mistakes --------------------------------------------------------------------------------
def test_gtin_check_digits() -> None:
    assert gtin_check_digit("893504950001") == 8
    assert gtin_check_digit("4006381333931"[:-1]) == 1  # a published EAN-13
    assert gtin_check_digit("9638507") == 4  # GS1's GTIN-8 example, 96385074


@pytest.mark.parametrize(
    ("trade", "message"),
    [
        (
            'trade: {gtin: "8935049500013"}',
            "products/x.yml:8:15: error: trade.gtin: wrong check digit in 8935049500013: the last digit should be 8, "
            "not 3 (hint: copy the number under the barcode again; a mistyped digit gives a code no till can read)",
        ),
        (
            'trade: {gtin: "893504950001"}',
            "products/x.yml:8:15: error: trade.gtin: '893504950001' is not a GTIN-13 or GTIN-8 number (hint: the 13 "
            "digits under the barcode (GTIN-13, EAN; 893… for Vietnam), or 8 for a small pack (GTIN-8))",
        ),
        (
            'trade: {certificates: [{kind: gmp, number: "G-1"}]}',
            "products/x.yml:8:31: error: trade.certificates[0].kind: unknown certificate kind 'gmp' "
            "(hint: known: attp, haccp, iso-22000, vietgap, fda)",
        ),
        (
            "trade: {wholesale: {unit: chai, currency: VND, tiers: [{from: 500, price: 80000}, {from: 100, price: 72000}]}}",
            "products/x.yml:8:90: error: trade.wholesale.tiers[1].from: 100 is not above the tier before it (500) "
            "(hint: list the tiers from the smallest order up)",
        ),
        (
            "trade: {moq: {quantity: 500}}",
            "products/x.yml:8:14: error: trade.moq.unit: missing required field (hint: What the quantity counts, "
            "e.g. {vi: chai, en: bottles}, thùng (cartons), kg; a quantity without its unit means nothing to a buyer.)",
        ),
        (
            "trade: {export_markets: [JP, XX]}",
            "products/x.yml:8:30: error: trade.export_markets[1]: unknown country code 'XX' "
            "(hint: use ISO 3166-1 two-letter codes, e.g. JP, KR, US, DE)",
        ),
        (
            "trade: {export_markets: [Japan]}",
            "products/x.yml:8:26: error: trade.export_markets[0]: unknown country code 'Japan' (hint: write JP)",
        ),
        (
            "trade: {export_markets: [JP, KR, JP]}",
            "products/x.yml:8:25: error: trade.export_markets: JP is listed twice",
        ),
        (
            "trade: {origin_protection: [{kind: pdo, registration: PDO-VN-0001}]}",
            "products/x.yml:8:36: error: trade.origin_protection[0].kind: 'pdo' is not one of: "
            "geographical-indication, collective-trademark, certification-trademark, eu-pdo, eu-pgi",
        ),
    ],
    ids=[
        "check digit",
        "length",
        "certificate kind",
        "tiers not ascending",
        "moq without unit",
        "country code",
        "country name",
        "country twice",
        "origin kind",
    ],
)
def test_trade_mistakes(mini: Path, trade: str, message: str) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT + trade + "\n")
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [message]


def test_good_trade_facts_are_read_as_written(mini: Path) -> None:
    add_trade(mini)
    catalogue, report = check(mini, strict=True)
    facts = catalogue.products["nuoc-mam-ca-com-40-do-dam"].data["trade"]
    assert facts["gtin"] == "8935049500018" and facts["export_markets"] == ["JP", "KR", "US"]
    assert facts["certificates"][1]["expires"] == dt.date(2025, 6, 30)
    assert report.problems == []


def test_certificate_kinds_may_be_left_out_of_site_config(mini: Path) -> None:
    config = mini / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"# Certificates a product's.*?\n\n", "", text, flags=re.S), encoding="utf-8")
    catalogue, _ = check(mini, strict=True)
    assert catalogue.config["certificate_kinds"] == {}
    write(mini, "products/x.yml", GOOD_PRODUCT + 'trade: {certificates: [{kind: haccp, number: "H-1"}]}\n')
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [
        "products/x.yml:8:31: error: trade.certificates[0].kind: unknown certificate kind 'haccp'"
    ]


# -- the site ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def trade_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture with trade facts for the anchovy sauce (its HACCP certificate ended in 2025)."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("trade") / "mini")
    add_trade(root)
    build(root, strict=True)
    return root / "site"


def facts(html: str) -> list[str]:
    block = html.split('<section class="sr-section sr-trade">')[1].split("</section>")[0]
    return [text_of(item) for item in re.findall(r"<div[^>]*><dt>(.*?)</dd></div>", block, flags=re.S)]


def test_the_product_page_has_a_block_for_distributors_in_both_languages(trade_site: Path) -> None:
    vi = page(trade_site, "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "<h2>Dành cho nhà phân phối</h2>" in vi
    assert facts(vi) == [
        "Đơn hàng tối thiểu 500 chai",
        "Năng lực cung ứng 20.000 chai mỗi tháng",
        "Giá sỉ Đơn hàng từ Giá mỗi chai 100 80.000 ₫ 1.000 72.000 ₫",
        "Mã vạch 8935049500018 (GTIN-13)",
        "Giấy chứng nhận Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm · số 123/2024/ATTP-CNĐK · "
        "Chi cục ATVSTP · Hiệu lực đến 31/03/2027 Chứng nhận HACCP · số HC-2022-017 · Quacert · "
        "Hiệu lực đến 30/06/2025 đã hết hiệu lực",
        "Bảo hộ xuất xứ Chỉ dẫn địa lý : Phú Quốc · số đăng ký 00001 "
        "Tên gọi xuất xứ được bảo hộ tại EU (PDO) : Phú Quốc · số đăng ký PDO-VN-0001",
        "Đã xuất khẩu sang Nhật Bản, Hàn Quốc, Hoa Kỳ",
        "Thời gian giao hàng 14 ngày sau khi chốt đơn",
    ]
    en = page(trade_site, "en/products/nuoc-mam-ca-com-40-do-dam")
    assert "<h2>For distributors</h2>" in en
    assert facts(en) == [
        "Minimum order 500 bottles",
        "Supply capacity 20,000 bottles a month",
        "Wholesale prices Orders from Price per bottle 100 VND 80,000 1,000 VND 72,000",
        "Barcode 8935049500018 (GTIN-13)",
        "Certificates Food safety certificate of the premises · no. 123/2024/ATTP-CNĐK · Food Safety Office · "
        "Valid until 31 Mar 2027 HACCP certification · no. HC-2022-017 · Quacert · Valid until 30 Jun 2025 ended",
        "Protected origin Geographical indication : Phu Quoc · registration 00001 "
        "EU Protected Designation of Origin (PDO) : Phu Quoc · registration PDO-VN-0001",
        "Exported to Japan, South Korea, United States",
        "Lead time 14 days from a confirmed order",
    ]
    # The ended certificate is marked, never left out; a product without trade facts has no block.
    assert '<li class="sr-trade__ended"><strong>Chứng nhận HACCP</strong>' in vi
    assert "sr-trade" not in page(trade_site, "san-pham/gio-xach-co-bang")


def test_facets_say_food_safety_exports_and_barcode(trade_site: Path) -> None:
    def filters(path: str) -> list[str]:
        return re.findall(r'data-pagefind-filter="([^"_][^"]*)"', page(trade_site, path))

    assert filters("san-pham/nuoc-mam-ca-com-40-do-dam")[-3:] == ["Chứng nhận ATTP:Có", "Xuất khẩu:Có", "Mã vạch:Có"]
    assert filters("en/products/nuoc-mam-ca-com-40-do-dam")[-3:] == [
        "Food-safety certificate:Yes",
        "Exports:Yes",
        "Barcode:Yes",
    ]
    assert not any("ATTP" in f or "Mã vạch" in f for f in filters("san-pham/gio-xach-co-bang"))
    # The finder orders the panel by name, and reads a result card's facets by position: the
    # trade filters come after the seven it reads.
    order = json.loads(re.search(r"data-order='([^']+)'", page(trade_site, "tim-kiem")).group(1))
    seven = ["Nhóm", "Xã/phường", "Huyện cũ", "Chương trình", "Cấp cao nhất", "Năm", "Loại"]
    assert order == [*seven, "Chứng nhận ATTP", "Xuất khẩu", "Mã vạch"]
    assert not any("," in name for name in order)


def test_json_ld_has_the_barcode_certificates_and_country_of_origin(trade_site: Path) -> None:
    html = page(trade_site, "en/products/nuoc-mam-ca-com-40-do-dam")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["gtin13"] == "8935049500018"
    assert data["countryOfOrigin"] == {"@type": "Country", "name": "VN"}
    assert data["hasCertification"] == [
        {
            "@type": "Certification",
            "name": "Food safety certificate of the premises",
            "certificationIdentification": "123/2024/ATTP-CNĐK",
            "certificationStatus": "https://schema.org/CertificationActive",
            "issuedBy": {"@type": "Organization", "name": "Food Safety Office"},
            "expires": "2027-03-31",
        },
        {
            "@type": "Certification",
            "name": "HACCP certification",
            "certificationIdentification": "HC-2022-017",
            "certificationStatus": "https://schema.org/CertificationInactive",
            "issuedBy": {"@type": "Organization", "name": "Quacert"},
            "expires": "2025-06-30",
        },
    ]
    bag = page(trade_site, "en/products/gio-xach-co-bang")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', bag).group(1))
    assert "gtin13" not in data and "hasCertification" not in data


def test_open_data_carries_every_trade_fact(trade_site: Path) -> None:
    products = {p["id"]: p for p in json.loads((trade_site / "products.json").read_text(encoding="utf-8"))}
    trade = products["nuoc-mam-ca-com-40-do-dam"]["trade"]
    assert trade["wholesale"] == {
        "unit": {"vi": "chai", "en": "bottle"},
        "currency": "VND",
        "tiers": [{"from": 100, "price": 80000}, {"from": 1000, "price": 72000}],
    }
    assert trade["certificates"][1] == {
        "kind": "haccp",
        "number": "HC-2022-017",
        "issuer": {"vi": "Quacert", "en": "Quacert"},
        "expires": "2025-06-30",
    }
    assert trade["origin_protection"][1]["kind"] == "eu-pdo" and trade["lead_time_days"] == 14
    assert products["gio-xach-co-bang"]["trade"] == {}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((trade_site / "products.csv").read_text("utf-8-sig")))}
    row = rows["nuoc-mam-ca-com-40-do-dam"]
    assert {k: row[k] for k in list(row)[list(row).index("moq") : list(row).index("url_vi")]} == {
        "moq": "500",
        "moq_unit_vi": "chai",
        "moq_unit_en": "bottles",
        "capacity": "20000",
        "capacity_unit_vi": "chai",
        "capacity_unit_en": "bottles",
        "gtin": "8935049500018",
        "food_safety_certificate": "attp 123/2024/ATTP-CNĐK",
        "food_safety_expires": "2027-03-31",
        "export_markets": "JP KR US",
        "lead_time_days": "14",
    }
    assert rows["gio-xach-co-bang"]["gtin"] == "" and rows["gio-xach-co-bang"]["moq"] == ""
    opendata = text_of(page(trade_site, "en/open-data"))
    assert "capacity_unit_en, gtin, food_safety_certificate, food_safety_expires, export_markets" in opendata
    assert "products.json also carries the object trade" in opendata


def test_check_counts_ended_certificates(mini: Path) -> None:
    add_trade(mini)
    result = CliRunner().invoke(main, ["-C", str(mini), "check", "--strict"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("Trade certificates expired: 1")
    assert lines[start + 1 : start + 3] == [
        "  products/nuoc-mam-ca-com-40-do-dam.yml:43:93: warning: trade.certificates[1].expires: haccp certificate "
        "'HC-2022-017' ended on 2025-06-30 (hint: the product page marks it ended; write the renewed certificate's "
        "number and end date)",
        "Trade certificates expiring within 90 days: 0",
    ]
    report = json.loads(CliRunner().invoke(main, ["-C", str(mini), "check", "--format", "json"]).output)
    assert [(e["field"], e["expires"]) for e in report["certificates_expired"]] == [
        ("trade.certificates[1].expires", "2025-06-30")
    ]


@pytest.mark.browser
def test_filters_find_products_by_barcode_and_the_page_prints_on_one_sheet(trade_site: Path, browser: object) -> None:
    import pypdf

    server, url = serve(trade_site)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(url + "tim-kiem/?M%C3%A3%20v%E1%BA%A1ch=C%C3%B3")  # Mã vạch=Có
        tab.wait_for_function("document.querySelectorAll('.sr-finder__results .sr-card').length === 1")
        assert tab.locator(".sr-finder__results .sr-card__title").all_inner_texts() == ["Nước mắm cá cơm 40 độ đạm"]
        legends = tab.locator(".sr-facet legend").all_inner_texts()
        assert legends[-3:] == ["Chứng nhận ATTP", "Xuất khẩu", "Mã vạch"]
        tab.goto(url + "en/search/?q=8935049500018")  # the number on the pack finds it
        tab.wait_for_function("document.querySelectorAll('.sr-finder__results .sr-card').length === 1")
        assert tab.locator(".sr-finder__results .sr-card__title").all_inner_texts() == [
            "Anchovy fish sauce, 40° protein"
        ]
        tab.goto(url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
        tab.wait_for_load_state("networkidle")
        pdf = pypdf.PdfReader(io.BytesIO(tab.pdf(format="A4", prefer_css_page_size=True)))
        assert len(pdf.pages) == 1
        assert "8935049500018" in pdf.pages[0].extract_text()
    finally:
        context.close()
        server.shutdown()


@pytest.mark.browser
def test_trade_facts_and_a_long_address_fit_a_phone_screen(tmp_path: Path, browser: object) -> None:
    # Side by side with their labels, a price table and an e-mail address pushed product and
    # producer pages wider than the screen (up to 453 pixels on a 390-pixel phone).
    root = copy_fixture("mini", tmp_path / "mini")
    add_trade(root)
    replace(root / "content/facilities/nuoc-mam-hung-thinh.yml", "lienhe@", "kinhdoanh.xuatkhau.nuocmam@")
    build(root, strict=True)
    server, url = serve(root / "site")
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        tab = context.new_page()
        for path in (
            "san-pham/nuoc-mam-ca-com-40-do-dam/",
            "en/products/nuoc-mam-ca-com-40-do-dam/",
            "co-so/nuoc-mam-hung-thinh/",
        ):
            tab.goto(url + path)
            assert tab.locator("body").inner_text().count("kinhdoanh.xuatkhau") >= 1
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width} pixels wide on a 390-pixel phone"
    finally:
        context.close()
        server.shutdown()


# -- incremental builds ----------------------------------------------------------------------
def test_trade_edits_build_as_a_full_build_does(tmp_path: Path) -> None:
    root = copy_fixture("mini", tmp_path / "mini")
    build(root)
    add_trade(root)
    added = same_as_full(root, tmp_path / "added")
    assert 0 < added.rendered < len(tree(root / "site")) / 4, "trade facts show on the product's own pages"
    replace(root / ANCHOVY, "moq: {quantity: 500", "moq: {quantity: 800")
    replace(root / ANCHOVY, "export_markets: [JP, KR, US]", "export_markets: [JP]")
    same_as_full(root, tmp_path / "edited")
    assert "Nhật Bản</dd>" in page(root / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")


def test_a_certificate_crossing_its_expiry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_fixture("mini", tmp_path / "mini")
    add_trade(root, text=TRADE.replace("2027-03-31", "2026-03-01"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2026, 2, 28)))
    build(root)
    before = page(root / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "Chứng nhận ATTP:Có" in before
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2026, 3, 2)))
    result = same_as_full(root, tmp_path / "after")
    after = page(root / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "Chứng nhận ATTP:Có" not in after
    assert after.count('<li class="sr-trade__ended">') == 2
    assert 0 < result.rendered < len(tree(root / "site")) / 4, "only the product's own pages are rebuilt"
    assert differences(tree(root / "site"), tree(tmp_path / "after" / "full")) == []


def test_the_site_stays_the_same_only_until_a_certificate_ends(mini: Path) -> None:
    add_trade(mini, text=TRADE.replace("2027-03-31", "2026-03-01"))
    catalogue, _ = check(mini)
    # The fixture's own certification ended on 2025-11-20; the ATTP certificate is valid to 2026-03-01.
    assert same_status_days(catalogue, dt.date(2026, 1, 1)) == (dt.date(2025, 11, 21), dt.date(2026, 3, 2))
