"""The embedded sample showroom: complete, true to its numbers, and strict-clean."""

from __future__ import annotations

import datetime as dt
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


def test_sample_rounds_and_later_certifications() -> None:
    catalogue, _ = check(REPO, strict=True)
    products = catalogue.products
    rounds = {(r.data["programme"], r.data["year"], r.data["number"]): r.id for r in catalogue.rounds.values()}
    assert set(rounds.values()) == {
        "cnnt-2023",
        "cnnt-2024-southern-region",
        "cnnt-2025-national",
        "ocop-2023",
        "ocop-2024",
    }
    won: dict[str, dict[str, dict]] = {ident: {} for ident in rounds.values()}  # round id: {product id: cert}
    for product in products.values():
        certs = product.data["certifications"]
        assert certs == sorted(certs, key=lambda c: c["date"]), f"{product.id}: oldest decision first"
        for cert in certs:
            won[rounds[cert["programme"], cert["year"], cert["round"]]][product.id] = cert
    assert Counter(products[i].data["kind"] for i in won["cnnt-2023"]) == {"product": 77, "set": 46}
    region = won["cnnt-2024-southern-region"]
    assert len(region) == 10 and {c["level"] for c in region.values()} == {"region"}
    assert all(products[i].data["kind"] == "product" and products[i].data["group"] == "food" for i in region)
    national = won["cnnt-2025-national"]
    assert len(national) == 4 and {c["level"] for c in national.values()} == {"national"}
    assert all(products[i].data["kind"] == "set" for i in national)
    ocop = won["ocop-2023"] | won["ocop-2024"]
    assert len(ocop) == len(won["ocop-2023"]) + len(won["ocop-2024"]) == 12
    assert all(c.get("expires") and (c["expires"] - c["date"]).days in (1095, 1096) for c in ocop.values()), "36 months"
    day = dt.date(2026, 12, 6)
    ended = [i for i, c in ocop.items() if c["expires"] < day]
    assert 1 <= len(ended) <= 2
    for i in ended:  # an ended OCOP rating leaves the product shown with its current CNNT certification
        certs = products[i].data["certifications"]
        assert any(c["programme"] == "cnnt" and c.get("expires", day) >= day for c in certs)


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
