"""The embedded sample showroom: complete, true to its numbers, and strict-clean."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from generator.build import check

from .conftest import REPO


def test_sample_catalogue_numbers() -> None:
    catalogue, report = check(REPO, strict=True)
    kinds = Counter(p.data["kind"] for p in catalogue.products.values())
    assert kinds == {"product": 77, "set": 46}
    assert len(catalogue.facilities) >= 90
    assert len(catalogue.districts) == 15
    districts = Counter(f.data["district"] for f in catalogue.facilities.values())
    assert set(districts) == set(catalogue.districts)
    assert set(Counter(p.data["group"] for p in catalogue.products.values())) == set(catalogue.config["groups"])
    made = {p.data["facility"] for p in catalogue.products.values()}
    assert made == set(catalogue.facilities), "every facility has a product"
    assert report.problems == []


def test_sample_media_stay_small() -> None:
    media = [p for p in (REPO / "products").rglob("*.jpg")] + [p for p in (REPO / "content").rglob("*.jpg")]
    assert sum(p.stat().st_size for p in media) < 20 * 1024 * 1024


def test_sample_builds_strict_with_the_notice_on_every_page(sample_site: Path) -> None:
    pages = [p for p in sample_site.rglob("index.html") if "assets" not in p.parts]
    assert len(pages) > 2 * (123 + 90 + 15)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert re.search("Dữ liệu minh họa|Sample data", html), page


def test_longest_sample_product_prints_on_one_sheet(sample_site: Path, browser: object) -> None:
    import io

    import pypdf

    from .conftest import serve

    catalogue, _ = check(REPO)
    longest = max(catalogue.products.values(), key=lambda p: len(p.data.get("description", {}).get("vi", "")))
    server, url = serve(sample_site)
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}san-pham/{longest.id}/")
        page.wait_for_load_state("networkidle")
        pdf = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
        context.close()
    finally:
        server.shutdown()
    assert len(pdf.pages) == 1, longest.id
