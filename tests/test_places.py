"""Places after the 2025 reform: current units and former districts, addresses today and
before, search by old and new place names, and incremental builds equal to full ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import build, check
from generator.records.diagnostics import UserError
from tests.conftest import copy_fixture, serve
from tests.test_incremental import replace
from tests.test_incremental_reports import same_as_full

HUNG_THINH = "content/facilities/nuoc-mam-hung-thinh.yml"
CO_BANG = "content/facilities/htx-co-bang-phu-my.yml"


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def problems(root: Path) -> list[str]:
    """Every problem ``showroom check`` reports, errors or not."""
    try:
        _, report = check(root)
    except UserError as exc:
        report = exc.report
    return report.lines()


def add_unit(root: Path, ident: str, name_vi: str, name_en: str, kind: str = "commune", extra: str = "") -> None:
    (root / "content/units" / f"{ident}.yml").write_text(
        f'name: {{vi: "{name_vi}", en: "{name_en}"}}\ntype: {kind}\nprovince: an-giang\n{extra}', encoding="utf-8"
    )


def test_a_unit_page_lists_its_producers_and_the_districts_it_was_part_of(mini_site: Path) -> None:
    html = page(mini_site, "xa-phuong/dac-khu-phu-quoc")
    assert "<h1>Đặc khu Phú Quốc</h1>" in html
    assert 'Trước đây thuộc: <a href="../../dia-phuong/phu-quoc/">Phú Quốc</a>' in html
    assert "Gồm địa bàn của: phường Dương Đông, phường An Thới" in html
    assert 'href="../../co-so/nuoc-mam-hung-thinh/"' in html
    listing = text_of(page(mini_site, "en/communes"))
    assert "Special zone Phu Quoc Special Zone 2 products · 1 producer" in listing


def test_a_former_district_shows_its_end_and_successors(mini_site: Path) -> None:
    html = page(mini_site, "en/districts/phu-quoc")
    notice = text_of(html.split('<div class="sr-notice sr-notice--former">')[1].split("</div>")[0])
    assert notice == "A former unit: it ceased to exist on 1 Jul 2025. Its area is now part of: Phu Quoc Special Zone"
    assert 'href="../../communes/dac-khu-phu-quoc/"' in html
    assert "sr-notice--former" not in page(mini_site, "en/districts/giang-thanh")


def test_the_current_address_is_used_and_the_former_one_shown_beside_it(mini_site: Path) -> None:
    html = page(mini_site, "co-so/nuoc-mam-hung-thinh")
    assert "<strong>Địa chỉ:</strong> Khu phố 7, đặc khu Phú Quốc, tỉnh An Giang" in html
    former = text_of(html.split('<p class="sr-address sr-address--former sr-muted">')[1].split("</p>")[0])
    assert former == "trước 01/07/2025: Khu phố 7, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang"
    assert "openstreetmap.org/?mlat=10.2171" in html  # the map link follows the facility's point
    kicker = text_of(html.split('<p class="sr-kicker">')[1].split("</p>")[0])
    assert kicker == "Cơ sở sản xuất · Đặc khu Phú Quốc · Huyện cũ Phú Quốc"
    data = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)[0]
    assert '"addressLocality":"Đặc khu Phú Quốc","addressRegion":"tỉnh An Giang"' in data
    assert '"streetAddress":"Khu phố 7, đặc khu Phú Quốc, tỉnh An Giang"' in data


def test_cards_name_the_current_unit_else_the_former_district(mini_site: Path) -> None:
    html = page(mini_site, "san-pham")
    metas = dict(re.findall(r'<h3 class="sr-card__title">([^<]+)</h3>\s*<p class="sr-card__meta">([^<]+)</p>', html))
    assert metas["Nước mắm cá cơm 40 độ đạm"] == "Cơ sở nước mắm Hưng Thịnh · Đặc khu Phú Quốc"
    assert metas["Giỏ xách cỏ bàng"] == "Hợp tác xã cỏ bàng Phú Mỹ · Giang Thành"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda r: replace(r / CO_BANG, "district: giang-thanh\n", ""),
            "content/facilities/htx-co-bang-phu-my.yml:2:7: error: unit: names neither its current unit nor its former district (hint: write unit: <id of its commune, ward or special zone> (and district: <id> if it had one))",
        ),
        (
            lambda r: replace(r / HUNG_THINH, "unit: dac-khu-phu-quoc", "unit: xa-khong-co"),
            "content/facilities/nuoc-mam-hung-thinh.yml:3:7: error: unit: unknown unit 'xa-khong-co' (hint: known: dac-khu-phu-quoc)",
        ),
        (
            lambda r: replace(r / "content/units/dac-khu-phu-quoc.yml", "province: an-giang", "province: dong-thap"),
            "content/units/dac-khu-phu-quoc.yml:3:11: error: province: 'dong-thap' is not the province this showroom covers ('an-giang') (hint: a unit of another province belongs in that province's showroom)",
        ),
        (
            lambda r: replace(r / "content/districts/giang-thanh.yml", "province: kien-giang", "province: ca-mau"),
            "content/districts/giang-thanh.yml:3:11: error: province: unknown province 'ca-mau' (hint: known: an-giang, kien-giang, an-giang-cu)",
        ),
        (
            lambda r: replace(r / "content/districts/phu-quoc.yml", "successors: [dac-khu-phu-quoc]\n", ""),
            "content/districts/phu-quoc.yml:4:8: warning: successors: an ended district names no successor units (hint: list the ids of the units that now cover it: successors: [...])",
        ),
    ],
    ids=["no place", "unknown unit", "unit of another province", "unknown province", "no successors"],
)
def test_place_mistakes(mini: Path, edit: object, message: str) -> None:
    edit(mini)
    assert problems(mini) == [message]


def test_either_place_alone_is_valid(mini: Path) -> None:
    replace(mini / HUNG_THINH, "district: phu-quoc\n", "")
    assert problems(mini) == []
    build(mini, strict=True)
    assert "Đặc khu Phú Quốc" in page(mini / "site", "san-pham/nuoc-mam-ca-com-40-do-dam")


def test_search_finds_products_by_old_and_new_place_names(mini_site: Path, browser: object) -> None:
    server, url = serve(mini_site)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page_ = context.new_page()

        def found(query: str, count: int) -> list[str]:
            page_.goto(url + "tim-kiem/?q=" + query)
            page_.wait_for_function(
                f"document.querySelectorAll('.sr-finder__results .sr-card').length === {count}", timeout=10_000
            )
            return sorted(page_.locator(".sr-finder__results .sr-card__title").all_inner_texts())

        fish = ["Bộ sản phẩm nước mắm Phú Quốc", "Nước mắm cá cơm 40 độ đạm"]
        everything = ["Bộ sản phẩm nước mắm Phú Quốc", "Giỏ xách cỏ bàng", "Nước mắm cá cơm 40 độ đạm"]
        assert found("dac khu phu quoc", 2) == fish  # the new unit, without diacritics
        assert found("Dương Đông", 2) == fish  # a ward the special zone took in
        assert found("kien giang", 3) == everything  # the former province
        assert found("giang thanh", 1) == ["Giỏ xách cỏ bàng"]  # a former district
        # The former names are search words only: a screen reader does not read the list out.
        english = (mini_site / "en/products/nuoc-mam-ca-com-40-do-dam/index.html").read_text(encoding="utf-8")
        assert '<span class="sr-visually-hidden" aria-hidden="true">phường Dương Đông' in english
    finally:
        context.close()
        server.shutdown()


STEPS = {
    "a facility moves to another unit": lambda r: (
        add_unit(r, "xa-phu-my", "Xã Phú Mỹ", "Phu My Commune"),
        replace(r / CO_BANG, "unit: xa-giang-thanh", "unit: xa-phu-my"),
    ),
    "a district gains its successors": lambda r: (
        add_unit(r, "xa-giang-thanh", "Xã Giang Thành", "Giang Thanh Commune"),
        replace(
            r / "content/districts/giang-thanh.yml",
            "province: kien-giang",
            "province: kien-giang\nended: 2025-07-01\nsuccessors: [xa-giang-thanh]",
        ),
    ),
    "a unit renamed": lambda r: replace(
        r / "content/units/dac-khu-phu-quoc.yml", "Phu Quoc Special Zone", "Phu Quoc SZ"
    ),
}


@pytest.mark.parametrize("step", list(STEPS))
def test_place_edits_build_as_a_full_build_does(tmp_path: Path, step: str) -> None:
    root = copy_fixture("mini", tmp_path / "mini")
    if step == "a facility moves to another unit":
        add_unit(root, "xa-giang-thanh", "Xã Giang Thành", "Giang Thanh Commune")
        replace(root / CO_BANG, "district: giang-thanh", "unit: xa-giang-thanh\ndistrict: giang-thanh")
    build(root)
    STEPS[step](root)
    result = same_as_full(root, tmp_path)
    assert result.published and result.rendered > 0


def test_the_home_page_and_the_menu_lead_to_both_listings(mini_site: Path) -> None:
    home = page(mini_site, "en")
    assert 'href="../en/communes/"' in home and 'href="../en/districts/"' in home  # the menu
    assert '<a href="communes/">Browse by commune, ward or special zone</a>' in home
    assert '<a href="districts/">Browse by former district</a>' in home
