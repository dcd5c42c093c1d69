"""Accessibility: axe-core finds no violations on any page type, in either language."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = [
    "",
    "san-pham/",
    "san-pham/nuoc-mam-ca-com-40-do-dam/",
    "san-pham/bo-nuoc-mam-phu-quoc/",
    "co-so/nuoc-mam-hung-thinh/",
    "co-so/",
    "dia-phuong/phu-quoc/",
    "dia-phuong/",
    "nhom/food/",
    "nhom/",
    "dot-binh-chon/cnnt-2023/",
    "dot-binh-chon/",
    "tim-kiem/?q=nuoc",
    "thong-ke/",
    "du-lieu-mo/",
    "catalo-in/",
    "about/",
    "danh-sach-chon/?ids=nuoc-mam-ca-com-40-do-dam,bo-nuoc-mam-phu-quoc,gio-xach-co-bang",
    "en/",
    "en/products/nuoc-mam-ca-com-40-do-dam/",
    "en/products/bo-nuoc-mam-phu-quoc/",
    "en/producers/htx-co-bang-phu-my/",
    "en/districts/giang-thanh/",
    "en/groups/handicrafts/",
    "en/rounds/cnnt-2023/",
    "en/search/?q=sedge",
    "en/statistics/",
    "en/shortlist/?ids=gio-xach-co-bang",
]


@pytest.mark.parametrize("width", [390, 1440])
def test_no_axe_violations(browser: object, site_url: str, width: int) -> None:
    axe = Axe()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    found = {}
    for path in PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        results = axe.run(page)
        if results.violations_count:
            found[path] = sorted({f"{v['id']}: {v['nodes'][0]['target']}" for v in results.response["violations"]})
    context.close()
    assert found == {}
