"""A product's certifications across rounds and programmes: badge, history, round pages,
facets, counts, expiry per certification, and incremental builds equal to full ones."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from generator.build import build
from tests.conftest import copy_fixture
from tests.test_incremental import differences, replace, tree
from tests.test_incremental_reports import epoch, same_as_full

ANCHOVY = "products/nuoc-mam-ca-com-40-do-dam.yml"
PROVINCE = '{programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}'
REGION = '{programme: cnnt, level: region, round: 1, year: 2024, decision: "15/QĐ-BCT", date: 2024-10-01}'
OCOP = '{programme: ocop, level: 4-star, round: 1, year: 2024, decision: "88/QĐ-UBND", date: 2024-06-12, expires: 2027-06-12}'
OCOP_ENDED = (
    '{programme: ocop, level: 5-star, round: 1, year: 2024, decision: "89/QĐ-UBND", date: 2024-06-12, '
    "expires: 2025-12-01}"
)
ROUNDS = {
    "cnnt-2024-mien-nam.yml": (
        'name: {vi: "Bình chọn khu vực phía Nam 2024", en: "Southern regional round 2024"}\n'
        'programme: cnnt\nnumber: 1\nyear: 2024\nlevel: region\ndecision: "15/QĐ-BCT"\ndate: 2024-10-01\n'
    ),
    "ocop-2024.yml": (
        'name: {vi: "Đánh giá, phân hạng OCOP 2024", en: "OCOP rating 2024"}\n'
        'programme: ocop\nnumber: 1\nyear: 2024\ndecision: "88/QĐ-UBND"\ndate: 2024-06-12\n'
    ),
}


def certify(root: Path, path: str, *items: str) -> None:
    """Give a product exactly these certifications, in this order."""
    record = root / path
    text = record.read_text(encoding="utf-8")
    listed = "certifications:\n" + "".join(f"  - {item}\n" for item in items)
    record.write_text(re.sub(r"certifications:\n(  - .*\n)+", listed, text), encoding="utf-8")


def add_rounds(root: Path) -> None:
    for name, text in ROUNDS.items():
        (root / "content/rounds" / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture with a regional win and OCOP stars for the anchovy sauce, and an ended
    OCOP rating beside a current CNNT one for the sedge bag."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("rounds") / "mini")
    add_rounds(root)
    certify(root, ANCHOVY, PROVINCE, REGION, OCOP)
    certify(root, "products/gio-xach-co-bang.yml", PROVINCE, OCOP_ENDED.replace("89/", "90/"))
    build(root, strict=True)
    return root / "site"


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def badges(html: str) -> list[str]:
    found = re.findall(r'<span class="sr-badge sr-badge--([\w-]+)"[^>]*>(.*?)</span>', html, flags=re.S)
    return [f"{kind}: {text_of(words).strip()}" for kind, words in found]


def test_the_badge_shows_the_highest_current_certification_and_other_programmes(site: Path) -> None:
    html = page(site, "san-pham/nuoc-mam-ca-com-40-do-dam")
    top = html.split('<div class="sr-product__facts">')[1].split("</p>", 3)[2]
    assert badges(top) == ["region: Khu vực · lần I · 2024", "other: OCOP ★★★★"]
    # An ended OCOP rating leaves no mark; the CNNT certification stays the badge.
    bag = page(site, "san-pham/gio-xach-co-bang").split('<div class="sr-product__facts">')[1].split("</p>", 3)[2]
    assert badges(bag) == ["province: Tỉnh · lần VII · 2023"]


def test_the_product_page_shows_the_whole_history_newest_first(site: Path) -> None:
    html = page(site, "en/products/nuoc-mam-ca-com-40-do-dam")
    history = html.split("Certification history</h2>")[1].split("</section>")[0]
    items = [text_of(item).strip() for item in re.findall(r"<li[^>]*>(.*?)</li>", history, flags=re.S)]
    assert items == [
        "Regional level · Typical rural industrial products Round I (2024) · Decision 15/QĐ-BCT, 1 Oct 2024",
        "4-star OCOP · One Commune One Product (OCOP) Round I (2024) · Decision 88/QĐ-UBND, 12 Jun 2024 · Valid until 12 Jun 2027",
        "Provincial level · Typical rural industrial products Round VII (2023) · Decision 2479/QĐ-UBND, 20 Nov 2023",
    ]
    links = re.findall(r'<a href="([^"]+)">Round', history)
    assert links == ["../../rounds/cnnt-2024-mien-nam/", "../../rounds/ocop-2024/", "../../rounds/cnnt-2023/"]
    bag = page(site, "en/products/gio-xach-co-bang").split("Certification history</h2>")[1].split("</section>")[0]
    assert "sr-timeline__item--ended" in bag and "5-star OCOP" in bag and "ended" in text_of(bag)


def test_round_pages_list_exactly_their_products(site: Path) -> None:
    def listed(path: str) -> list[str]:
        grid = page(site, path).split('<div class="sr-grid">')[1].split("</div>\n</div>")[0]
        return re.findall(r'href="\.\./\.\./san-pham/([\w-]+)/"', grid)

    assert listed("dot-binh-chon/cnnt-2024-mien-nam") == ["nuoc-mam-ca-com-40-do-dam"]
    assert listed("dot-binh-chon/ocop-2024") == ["gio-xach-co-bang", "nuoc-mam-ca-com-40-do-dam"]
    assert len(listed("dot-binh-chon/cnnt-2023")) == 3


def test_facets_hold_every_programme_and_year_and_the_highest_level(site: Path) -> None:
    html = page(site, "san-pham/nuoc-mam-ca-com-40-do-dam")
    filters = re.findall(r'data-pagefind-filter="([^"]+)"', html)
    assert [f for f in filters if not f.startswith(("Nhóm:", "Xã/phường:", "Huyện cũ:", "Loại:"))] == [
        "Chương trình:CNNT tiêu biểu",
        "Chương trình:OCOP",
        "Cấp cao nhất:Cấp khu vực",
        "Năm:2023",
        "Năm:2024",
        "_badge:Khu vực · lần I · 2024",
        "_marks:OCOP ★★★★",
        "_round:cnnt-2023",
        "_round:cnnt-2024-mien-nam",
        "_round:ocop-2024",
    ]


def test_statistics_count_each_products_highest_level(site: Path) -> None:
    html = page(site, "en/statistics")
    chart = re.search(r"<title>By highest certification level</title><desc>(.*?)</desc>", html)
    assert chart.group(1).strip() == "Regional level: 1; Provincial level: 2"


def test_json_ld_has_an_award_per_certification(site: Path) -> None:
    html = page(site, "en/products/nuoc-mam-ca-com-40-do-dam")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["award"] == [
        "Typical rural industrial products — Regional level 2024 (15/QĐ-BCT)",
        "One Commune One Product (OCOP) — 4-star OCOP 2024 (88/QĐ-UBND)",
        "Typical rural industrial products — Provincial level 2023 (2479/QĐ-UBND)",
    ]


@pytest.mark.parametrize("policy", ["mark", "hide"])
def test_a_product_is_expired_only_when_every_certification_has_ended(mini: Path, policy: str) -> None:
    add_rounds(mini)
    replace(mini / "site_config.yml", "sample_data: true", f"sample_data: true\nexpired: {policy}")
    ended = PROVINCE.replace("2023-11-20}", "2023-11-20, expires: 2025-06-30}")
    certify(mini, ANCHOVY, ended, OCOP)  # one ended, one current
    build(mini, strict=True)
    html = page(mini / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "sr-badge--expired" not in html.split("sr-product__facts")[1].split("</p>", 3)[2]
    certify(mini, ANCHOVY, ended, OCOP_ENDED.replace("5-star", "4-star"))  # both ended
    build(mini, strict=True)
    shown = (mini / "site/san-pham/nuoc-mam-ca-com-40-do-dam/index.html").exists()
    assert shown == (policy == "mark")


def test_a_certification_expiring_on_the_calendars_last_day_never_ends(mini: Path) -> None:
    """9999-12-31, as some registers write "no end": a build, not a crash on the day after it."""
    add_rounds(mini)
    certify(mini, ANCHOVY, PROVINCE.replace("2023-11-20}", "2023-11-20, expires: 9999-12-31}"))
    result = build(mini, strict=True)
    assert result.report.errors == []
    html = page(mini / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "sr-badge--expired" not in html.split("sr-product__facts")[1].split("</p>", 3)[2]


STEPS = {
    "a certification added": lambda r: certify(r, ANCHOVY, PROVINCE, REGION),
    "a certification removed": lambda r: certify(r, ANCHOVY, REGION),
    "certifications reordered": lambda r: certify(r, ANCHOVY, REGION, PROVINCE),
}


@pytest.mark.parametrize("step", list(STEPS))
def test_certification_edits_build_as_a_full_build_does(tmp_path: Path, step: str) -> None:
    root = copy_fixture("mini", tmp_path / "mini")
    add_rounds(root)
    if step != "a certification added":
        certify(root, ANCHOVY, PROVINCE, REGION)
    build(root)
    STEPS[step](root)
    result = same_as_full(root, tmp_path)
    assert result.published and result.rendered > 0


def test_one_certification_crossing_its_expiry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_fixture("mini", tmp_path / "mini")
    add_rounds(root)
    certify(root, ANCHOVY, PROVINCE, OCOP.replace("2027-06-12", "2026-03-01"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2026, 2, 28)))
    build(root)
    before = page(root / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "OCOP ★★★★" in before
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2026, 3, 2)))
    result = same_as_full(root, tmp_path / "after")
    after = page(root / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")
    assert "OCOP ★★★★" not in after.split("sr-product__facts")[1].split("</p>", 3)[2]
    assert "sr-timeline__item--ended" in after
    assert 0 < result.rendered < len(tree(root / "site")) / 4
    assert differences(tree(root / "site"), tree(tmp_path / "after" / "full")) == []


def test_search_finds_a_product_under_every_year_it_was_certified(site: Path, browser: object) -> None:
    from tests.conftest import serve

    server, url = serve(site)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(url + "tim-kiem/?N%C4%83m=2024")  # Năm=2024
        page.wait_for_function("document.querySelectorAll('.sr-finder__results .sr-card').length === 2")
        cards = page.locator(".sr-finder__results .sr-card")
        assert sorted(cards.locator(".sr-card__title").all_inner_texts()) == [
            "Giỏ xách cỏ bàng",
            "Nước mắm cá cơm 40 độ đạm",
        ]
        anchovy = cards.filter(has_text="Nước mắm cá cơm").locator(".sr-badge").all_inner_texts()
        assert anchovy == ["Khu vực · lần I · 2024", "OCOP ★★★★"]  # the badge, then the other programmes' marks
        page.goto(url + "tim-kiem/?N%C4%83m=2023")
        page.wait_for_function("document.querySelectorAll('.sr-finder__results .sr-card').length === 3")
        legends = page.locator(".sr-facet legend").all_inner_texts()
        assert legends == ["Nhóm", "Xã/phường", "Huyện cũ", "Chương trình", "Cấp cao nhất", "Năm", "Loại"]
        programme = page.locator("label").filter(has_text="OCOP")
        assert programme.locator(".sr-facet__count").inner_text() == "2"
        assert errors == []
    finally:
        context.close()
        server.shutdown()
