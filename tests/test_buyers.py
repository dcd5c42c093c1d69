"""For buyers and search engines: structured data, sitemap, open data, vCards, charts, print."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from generator.build import check

from .conftest import FIXTURES

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def json_ld(html: str) -> dict[str, dict]:
    items = [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return {item["@type"]: item for item in items}


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_structured_data_per_page_type(mini_site: Path, prefix: str) -> None:
    section = {"": ("san-pham", "co-so", "dia-phuong"), "en/": ("products", "producers", "districts")}[prefix]
    product = json_ld((mini_site / f"{prefix}{section[0]}/nuoc-mam-ca-com-40-do-dam/index.html").read_text("utf-8"))
    assert {"Product", "BreadcrumbList"} <= set(product)
    item = product["Product"]
    assert {"name", "image", "brand", "award", "offers", "url", "manufacturer"} <= set(item)
    assert item["offers"]["priceCurrency"] == "VND" and item["offers"]["highPrice"] == 120000
    assert item["image"][0].startswith("https://mini.example.vn/media/")
    facility = json_ld((mini_site / f"{prefix}{section[1]}/nuoc-mam-hung-thinh/index.html").read_text("utf-8"))
    business = facility["LocalBusiness"]
    assert business["telephone"] == "0297 3846 123" and business["address"]["addressCountry"] == "VN"
    district = json_ld((mini_site / f"{prefix}{section[2]}/phu-quoc/index.html").read_text("utf-8"))
    assert district["Place"]["geo"]["latitude"] == 10.227


def test_sitemap_lists_every_page_once_with_its_twins(mini_site: Path) -> None:
    root = ET.fromstring((mini_site / "sitemap.xml").read_bytes())
    urls = [u.find("s:loc", SITEMAP_NS).text for u in root.findall("s:url", SITEMAP_NS)]
    assert len(urls) == len(set(urls))
    pages = {
        "https://mini.example.vn/" + p.relative_to(mini_site).parent.as_posix().removeprefix(".") + "/"
        for p in mini_site.rglob("index.html")
        if "assets" not in p.parts
        and '<meta name="robots" content="noindex">' not in p.read_text(encoding="utf-8")  # the shortlist
    }
    pages = {p.replace("vn//", "vn/") for p in pages}
    assert set(urls) == pages
    for url in root.findall("s:url", SITEMAP_NS):
        alternates = {link.get("hreflang") for link in url.findall("x:link", SITEMAP_NS)}
        assert alternates == {"vi", "en"}


def test_open_data_round_trips_to_the_records(mini_site: Path) -> None:
    catalogue, _ = check(FIXTURES / "mini")
    rows = json.loads((mini_site / "products.json").read_text("utf-8"))
    table = list(csv.DictReader(io.StringIO((mini_site / "products.csv").read_bytes().decode("utf-8-sig"))))
    assert len(rows) == len(table) == len(catalogue.products)
    for row, line in zip(rows, table, strict=True):
        record = catalogue.products[row["id"]].data
        assert row["name_vi"] == line["name_vi"] == record["name"]["vi"]
        assert row["name_en"] == record["name"].get("en", "")
        assert row["decision_date"] == line["decision_date"] == record["certifications"][0]["date"].isoformat()
        assert row["facility"] == record["facility"] and row["group"] == record["group"]
        assert str(row["price_min"]) == line["price_min"] == str((record.get("price") or {}).get("min", ""))
    facilities = list(csv.DictReader(io.StringIO((mini_site / "facilities.csv").read_bytes().decode("utf-8-sig"))))
    assert {f["id"]: f["phone"] for f in facilities} == {k: r.data["phone"] for k, r in catalogue.facilities.items()}


def test_open_data_page_is_linked_from_every_footer(mini_site: Path) -> None:
    assert 'href="./du-lieu-mo/"' in (mini_site / "index.html").read_text("utf-8")
    page = (mini_site / "du-lieu-mo/index.html").read_text("utf-8")
    assert 'href="../products.csv" download' in page and "id, kind, group, name_vi, summary_vi" in page
    assert 'href="../certifications.csv" download' in page


def test_vcard(mini_site: Path) -> None:
    card = (mini_site / "vcard/nuoc-mam-hung-thinh.vcf").read_bytes().decode("utf-8")
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cơ sở nước mắm Hưng Thịnh\r\n")
    assert "TEL;TYPE=WORK,VOICE:+842973846123\r\n" in card and "EMAIL;TYPE=INTERNET:lienhe@hungthinh.example.vn" in card
    assert "ADR;TYPE=WORK:;;Khu phố 7\\, đặc khu Phú Quốc\\, tỉnh An Giang;Đặc khu Phú Quốc;;;Việt Nam" in card
    facility = (mini_site / "co-so/nuoc-mam-hung-thinh/index.html").read_text("utf-8")
    assert 'href="../../vcard/nuoc-mam-hung-thinh.vcf" download="nuoc-mam-hung-thinh.vcf"' in facility


def test_statistics_are_accessible_svg_charts_with_tables(mini_site: Path) -> None:
    page = (mini_site / "thong-ke/index.html").read_text("utf-8")
    assert page.count('<svg class="sr-chart" role="img"') == 5  # group, unit, former district, level, kind
    assert page.count('<table class="sr-table sr-table--compact">') == 5
    assert "<script" not in page.split('<div class="sr-page sr-statistics">')[1].split("</article>")[0]
    round_page = (mini_site / "dot-binh-chon/cnnt-2023/index.html").read_text("utf-8")
    assert '<svg class="sr-chart" role="img" width="100%" height="12.2em" aria-label="Hồ sơ theo nhóm">' in round_page


def test_product_page_has_a_qr_code_to_its_public_url(mini_site: Path) -> None:
    import segno

    page = (mini_site / "san-pham/nuoc-mam-ca-com-40-do-dam/index.html").read_text("utf-8")
    expected = segno.make("https://mini.example.vn/san-pham/nuoc-mam-ca-com-40-do-dam/", error="m")
    label = 'role="img" aria-label="QR: https://mini.example.vn/san-pham/nuoc-mam-ca-com-40-do-dam/"'
    size = expected.symbol_size(scale=3, border=2)[0]
    assert f'<svg {label} viewBox="0 0 {size} {size}"' in page


def _pdf(browser: object, url: str) -> pypdf.PdfReader:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    context.close()
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.mark.browser
def test_product_page_prints_on_one_a4_sheet(browser: object, site_url: str) -> None:
    pdf = _pdf(browser, site_url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)
    text = re.sub(r"\s+", "", pdf.pages[0].extract_text())
    for needed in (
        "Nước mắm cá cơm 40 độ đạm",
        "0297 3846 123",
        "2479/QĐ-UBND",
        "https://mini.example.vn/san-pham/nuoc-mam-ca-com-40-do-dam/",
    ):
        assert re.sub(r"\s+", "", needed) in text, needed


@pytest.mark.browser
def test_catalogue_prints_cover_contents_and_one_product_per_page(browser: object, site_url: str) -> None:
    pdf = _pdf(browser, site_url + "en/print-catalogue/")
    assert len(pdf.pages) == 2 + 3
    texts = [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())) for p in pdf.pages]
    assert "Kien Giang Typical Rural Industrial Products" in texts[0]
    names = ["Sedge handbag", "Phu Quoc fish sauce set", "Anchovy fish sauce, 40° protein"]
    assert all(name in texts[1] for name in names)
    assert [next(n for n in names if n in t) for t in texts[2:]] == names


def test_atom_feed_per_language_newest_decision_first(mini_site: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for prefix, title in (
        ("", "Nước mắm cá cơm 40 độ đạm — Cấp tỉnh 2023"),
        ("en/", "Anchovy fish sauce, 40° protein — Provincial level 2023"),
    ):
        feed = ET.fromstring((mini_site / prefix / "feed.xml").read_bytes())
        titles = [e.find("a:title", ns).text for e in feed.findall("a:entry", ns)]
        assert len(titles) == 3 and title in titles
        links = [e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)]
        assert all(link.startswith(f"https://mini.example.vn/{prefix}") for link in links)


def test_related_products_are_the_next_in_the_group() -> None:
    """The facility's other products, then the group's products that follow in name order,
    from the group's start after its end: not the group's first four on every page."""
    from generator.records.links import Links, related
    from generator.records.model import Record

    links = Links()
    for n in range(10):
        links.group_place[f"p{n}"] = n
        links.group_products["g"].append(f"p{n}")
        links.facility_products[f"f{n % 5}"].append(f"p{n}")
    assert related(links, Record("products", "p8", "", "", {"facility": "f3", "group": "g"})) == (
        ["p3"],
        ["p9", "p0", "p1", "p2"],
    )
    assert related(links, Record("products", "p1", "", "", {"facility": "f1", "group": "g"})) == (
        ["p6"],
        ["p2", "p3", "p4", "p5"],
    )


def test_names_sort_in_the_vietnamese_alphabet() -> None:
    """Listings and the printable catalogue put Ấm with the A's and Đèn after Dừa."""
    from generator.records.model import name_order

    names = ["Xà phòng", "Đèn tre", "Ấm trà", "An", "Ăn", "Dừa", "Ốc", "Ơn", "Ông", "Bánh"]
    names += ["Ba", "Bạ", "Bá", "Bã", "Bả", "Bà"]
    assert sorted(names, key=name_order) == [
        "An", "Ăn", "Ấm trà", "Ba", "Bà", "Bả", "Bã", "Bá", "Bạ", "Bánh", "Dừa", "Đèn tre", "Ốc", "Ông", "Ơn", "Xà phòng",
    ]  # fmt: skip


def test_a_renamed_product_changes_two_parts_of_the_printable_catalogue() -> None:
    """Parts end where a product's id says: a product moved from the start of the order to
    its end leaves every part between as it was (cuts every 200 would shift them all)."""
    from generator.records.links import cut_catalogue

    order = [f"p-{n:04d}" for n in range(2000)]
    parts = cut_catalogue(order, 200)
    assert [i for part in parts for i in part] == order
    assert max(map(len, parts)) <= 200 and 10 <= len(parts) <= 40
    moved = next(part[1] for part in parts if len(part) > 2)  # ends no part
    after = cut_catalogue([i for i in order if i != moved] + [moved], 200)
    assert len(after) == len(parts)
    assert [n for n, (old, new) in enumerate(zip(parts, after, strict=True)) if old != new] == [
        next(n for n, part in enumerate(parts) if moved in part),
        len(parts) - 1,
    ]


def test_a_long_catalogue_prints_in_parts_by_group(tmp_path: Path) -> None:
    """More products than a listing shows: the cover links parts of at most that many, by group."""
    from generator.build import build

    from .conftest import copy_fixture

    root = copy_fixture("mini", tmp_path / "mini")
    with open(root / "site_config.yml", "a", encoding="utf-8") as config:
        config.write("listing_cards: 12\n")
    template = (root / "products/gio-xach-co-bang.yml").read_text(encoding="utf-8")
    for n in range(14):
        (root / f"products/mau-{n:02d}.yml").write_text(template.replace('vi: "', f'vi: "Mẫu {n:02d} ', 1), "utf-8")
    build(root, strict=True)
    site = root / "site/catalo-in"
    cover = (site / "index.html").read_text(encoding="utf-8")
    parts = re.findall(r'<a href="([a-z0-9-]+)/">', cover)
    assert parts == ["handicrafts-1", "handicrafts-2", "food-1"]
    listed = []
    for part in parts:
        page = (site / part / "index.html").read_text(encoding="utf-8")
        listed += re.findall(r'<article class="sr-cat-item" id="([^"]+)"', page)
        assert "data-print" in page
    catalogue, _ = check(root)
    assert sorted(listed) == sorted(catalogue.products)  # each product in exactly one part
    assert len(re.findall(r'<article class="sr-cat-item"', cover)) == 0
    second = (site / "handicrafts-2/index.html").read_text(encoding="utf-8")
    assert "Thủ công mỹ nghệ · Phần 2/2" in second
