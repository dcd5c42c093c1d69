"""Open data with several certifications per product: products.json, certifications.csv, the Atom feed."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.build import CACHE_DIR, build, check
from generator.incremental.state import read_state, state_file
from generator.output import exports
from generator.profiles import WEB

from .conftest import copy_fixture

ATOM = {"a": "http://www.w3.org/2005/Atom"}
BASE = "https://mini.example.vn/"
ANCHOVY = "nuoc-mam-ca-com-40-do-dam"
REGION = '  - {programme: cnnt, level: region, round: 1, year: 2024, decision: "15/QĐ-BCT", date: 2024-10-01}\n'
OCOP = (
    "  - {programme: ocop, level: 4-star, round: 2, year: 2024, decision: '20/QĐ-UBND', date: 2024-10-01, "
    "expires: 2027-10-01}\n"
)
PROVINCE = '  - {programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}\n'


def add_certification(root: Path, product: str, line: str) -> None:
    path = root / "products" / f"{product}.yml"
    text = path.read_text(encoding="utf-8")
    assert PROVINCE in text
    path.write_text(text.replace(PROVINCE, PROVINCE + line), encoding="utf-8")


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini catalogue where the anchovy fish sauce also won the regional round of 2024 and
    the sedge handbag four OCOP stars the same day."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("open-data") / "mini")
    (root / "content/rounds/cnnt-2024.yml").write_text(
        'name: {vi: "Bình chọn sản phẩm CNNT tiêu biểu cấp khu vực năm 2024", '
        'en: "Regional typical rural industrial products, 2024"}\n'
        'programme: cnnt\nnumber: 1\nyear: 2024\nlevel: region\ndecision: "15/QĐ-BCT"\ndate: 2024-10-01\n',
        encoding="utf-8",
    )
    (root / "content/rounds/ocop-2024.yml").write_text(
        'name: {vi: "Đánh giá, phân hạng sản phẩm OCOP năm 2024", en: "OCOP rating, 2024"}\n'
        'programme: ocop\nnumber: 2\nyear: 2024\ndecision: "20/QĐ-UBND"\ndate: 2024-10-01\n',
        encoding="utf-8",
    )
    add_certification(root, ANCHOVY, REGION)
    add_certification(root, "gio-xach-co-bang", OCOP)
    build(root, strict=True)
    return root


def product_url(product: str, lang: str) -> str:
    return BASE + (f"san-pham/{product}/" if lang == "vi" else f"en/products/{product}/")


def test_products_json_carries_every_certification_newest_first(root: Path) -> None:
    rows = {row["id"]: row for row in json.loads((root / "site/products.json").read_text("utf-8"))}
    assert rows[ANCHOVY]["certifications"] == [
        {
            "programme": "cnnt",
            "level": "region",
            "round": 1,
            "round_id": "cnnt-2024",
            "year": 2024,
            "decision": "15/QĐ-BCT",
            "date": "2024-10-01",
            "expires": None,
        },
        {
            "programme": "cnnt",
            "level": "province",
            "round": 7,
            "round_id": "cnnt-2023",
            "year": 2023,
            "decision": "2479/QĐ-UBND",
            "date": "2023-11-20",
            "expires": None,
        },
    ]
    assert [c["round_id"] for c in rows["gio-xach-co-bang"]["certifications"]] == ["ocop-2024", "cnnt-2023"]
    assert rows["gio-xach-co-bang"]["certifications"][0]["expires"] == "2027-10-01"
    assert rows["bo-nuoc-mam-phu-quoc"]["certifications"][0]["expires"] == "2025-11-20"
    assert sum(len(row["certifications"]) for row in rows.values()) == 5
    # The flat columns are the newest certification's, in the JSON and the CSV alike.
    flat = {k: rows[ANCHOVY][k] for k in ("programme", "level", "round", "year", "decision", "decision_date")}
    assert flat == {
        "programme": "cnnt",
        "level": "region",
        "round": 1,
        "year": 2024,
        "decision": "15/QĐ-BCT",
        "decision_date": "2024-10-01",
    }
    table = list(csv.DictReader(io.StringIO((root / "site/products.csv").read_bytes().decode("utf-8-sig"))))
    assert "certifications" not in table[0]
    line = next(t for t in table if t["id"] == ANCHOVY)
    assert (line["level"], line["round"], line["decision_date"], line["expires"]) == ("region", "1", "2024-10-01", "")


def test_certifications_csv_has_a_row_per_certification(root: Path) -> None:
    raw = (root / "site/certifications.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    reader = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
    assert next(reader) == [
        "product_id",
        "name_vi",
        "name_en",
        "programme",
        "programme_name_vi",
        "programme_name_en",
        "level",
        "level_name_vi",
        "level_name_en",
        "round",
        "round_id",
        "year",
        "decision",
        "date",
        "expires",
        "url_vi",
        "url_en",
    ]
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["product_id"], r["round_id"], r["date"]) for r in rows] == [
        ("bo-nuoc-mam-phu-quoc", "cnnt-2023", "2023-11-20"),
        ("gio-xach-co-bang", "cnnt-2023", "2023-11-20"),
        ("gio-xach-co-bang", "ocop-2024", "2024-10-01"),
        (ANCHOVY, "cnnt-2023", "2023-11-20"),
        (ANCHOVY, "cnnt-2024", "2024-10-01"),
    ]
    assert rows[4] == {
        "product_id": ANCHOVY,
        "name_vi": "Nước mắm cá cơm 40 độ đạm",
        "name_en": "Anchovy fish sauce, 40° protein",
        "programme": "cnnt",
        "programme_name_vi": "Sản phẩm công nghiệp nông thôn tiêu biểu",
        "programme_name_en": "Typical rural industrial products",
        "level": "region",
        "level_name_vi": "Cấp khu vực",
        "level_name_en": "Regional level",
        "round": "1",
        "round_id": "cnnt-2024",
        "year": "2024",
        "decision": "15/QĐ-BCT",
        "date": "2024-10-01",
        "expires": "",
        "url_vi": product_url(ANCHOVY, "vi"),
        "url_en": product_url(ANCHOVY, "en"),
    }
    ocop = rows[2]
    assert (ocop["programme_name_en"], ocop["level_name_vi"], ocop["level_name_en"], ocop["expires"]) == (
        "One Commune One Product (OCOP)",
        "OCOP 4 sao",
        "4-star OCOP",
        "2027-10-01",
    )
    assert rows[0]["expires"] == "2025-11-20"
    assert all(r["url_vi"] == product_url(r["product_id"], "vi") for r in rows)
    assert all(r["url_en"] == product_url(r["product_id"], "en") for r in rows)


def test_certifications_csv_is_one_of_the_files_the_build_keeps_track_of(root: Path) -> None:
    state = read_state(state_file(root / CACHE_DIR, root / "site", WEB))
    assert state is not None
    assert {"products.csv", "certifications.csv", "facilities.csv"} <= state.files.keys()


@pytest.mark.parametrize(
    ("page", "href"),
    [("du-lieu-mo/index.html", "../certifications.csv"), ("en/open-data/index.html", "../../certifications.csv")],
)
def test_open_data_page_links_certifications_csv_and_lists_its_columns(root: Path, page: str, href: str) -> None:
    html = (root / "site" / page).read_text("utf-8")
    assert f'<a href="{href}" download>certifications.csv</a>' in html
    assert "product_id, name_vi, name_en, programme, programme_name_vi, programme_name_en, level" in html
    assert "round, round_id, year, decision, date, expires, url_vi, url_en" in html
    newest = "chứng nhận mới nhất" if page.startswith("du-lieu-mo") else "the product&#39;s newest certification"
    assert newest in html


@pytest.mark.parametrize(
    ("prefix", "titles"),
    [
        (
            "",
            [
                "Giỏ xách cỏ bàng — OCOP 4 sao 2024",
                "Nước mắm cá cơm 40 độ đạm — Cấp khu vực 2024",
                "Bộ sản phẩm nước mắm Phú Quốc — Cấp tỉnh 2023",
                "Giỏ xách cỏ bàng — Cấp tỉnh 2023",
                "Nước mắm cá cơm 40 độ đạm — Cấp tỉnh 2023",
            ],
        ),
        (
            "en/",
            [
                "Sedge handbag — 4-star OCOP 2024",
                "Anchovy fish sauce, 40° protein — Regional level 2024",
                "Phu Quoc fish sauce set — Provincial level 2023",
                "Sedge handbag — Provincial level 2023",
                "Anchovy fish sauce, 40° protein — Provincial level 2023",
            ],
        ),
    ],
)
def test_atom_feed_has_an_entry_per_certification_newest_decision_first(
    root: Path, prefix: str, titles: list[str]
) -> None:
    feed = ET.fromstring((root / "site" / prefix / "feed.xml").read_bytes())
    assert feed.find("a:updated", ATOM).text == "2024-10-01T00:00:00Z"
    entries = feed.findall("a:entry", ATOM)
    assert [e.find("a:title", ATOM).text for e in entries] == titles
    assert [e.find("a:updated", ATOM).text[:10] for e in entries] == ["2024-10-01"] * 2 + ["2023-11-20"] * 3
    lang = "en" if prefix else "vi"
    products = ["gio-xach-co-bang", ANCHOVY, "bo-nuoc-mam-phu-quoc", "gio-xach-co-bang", ANCHOVY]
    assert [e.find("a:link", ATOM).get("href") for e in entries] == [product_url(p, lang) for p in products]
    ids = [e.find("a:id", ATOM).text for e in entries]
    assert ids == [
        product_url("gio-xach-co-bang", lang) + "#ocop-2024-2",
        product_url(ANCHOVY, lang) + "#cnnt-2024-1",
        product_url("bo-nuoc-mam-phu-quoc", lang) + "#cnnt-2023-7",
        product_url("gio-xach-co-bang", lang) + "#cnnt-2023-7",
        product_url(ANCHOVY, lang) + "#cnnt-2023-7",
    ]
    summary = entries[1].find("a:summary", ATOM).text
    assert "15/QĐ-BCT" in summary


def test_atom_feed_is_capped_newest_first(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue, _ = check(root)
    monkeypatch.setattr(exports, "FEED_ENTRIES", 2)
    feed = ET.fromstring(exports.atom_feed(catalogue, catalogue.links, "vi", "T"))
    ids = [e.find("a:id", ATOM).text for e in feed.findall("a:entry", ATOM)]
    assert ids == [product_url("gio-xach-co-bang", "vi") + "#ocop-2024-2", product_url(ANCHOVY, "vi") + "#cnnt-2024-1"]


def _open_data(catalogue: object, site: Path, cache: Path) -> dict[str, bytes]:
    exports.write_exports(catalogue, catalogue.links, site, cache)  # type: ignore[attr-defined]
    return {name: (site / name).read_bytes() for name in ("products.json", "products.csv", "certifications.csv")}


def _rename_round(root: Path) -> None:
    rounds = root / "content/rounds"
    (rounds / "cnnt-2023.yml").rename(rounds / "cnnt-vii-2023.yml")


@pytest.mark.parametrize(
    "edit",
    [
        lambda r: replace_in(r / "content/facilities/htx-co-bang-phu-my.yml", "cỏ bàng Phú Mỹ", "cỏ bàng Phú Mỹ Mới"),
        lambda r: replace_in(r / "products/gio-xach-co-bang.yml", "Sedge handbag", "Sedge tote"),
        lambda r: replace_in(r / "site_config.yml", BASE, "https://other.example.vn/"),
        _rename_round,
    ],
    ids=["facility renamed", "product renamed", "base URL", "round record renamed"],
)
def test_kept_product_rows_follow_what_they_are_made_of(mini: Path, tmp_path: Path, edit: object) -> None:
    """Each product's open data is kept between builds; after any change to what it is made
    of, the files equal those made from nothing."""
    cache = tmp_path / "cache"
    before = _open_data(check(mini)[0], tmp_path / "kept", cache)
    edit(mini)  # type: ignore[operator]
    catalogue = check(mini)[0]
    kept = _open_data(catalogue, tmp_path / "kept", cache)
    assert kept["products.json"] != before["products.json"]
    assert kept == _open_data(catalogue, tmp_path / "fresh", tmp_path / "empty")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    "url",
    [
        "https://mini.example.vn/san-pham/nuoc-mam/",
        "https://a.example/?q=1&r=<2>",
        "https://a.example/it's",
        'https://a.example/"quoted"',
        "https://a.example/both'\"",
        "https://a.example/tab\there\nline\r",
    ],
)
def test_sitemap_escapes_a_url_as_the_standard_library_does(url: str) -> None:
    """The sitemap skips the escaping call where nothing needs it: the text is the same."""
    from xml.sax.saxutils import escape, quoteattr

    assert exports._xml_text(url) == escape(url)
    assert exports._xml_attribute(url) == quoteattr(url)
