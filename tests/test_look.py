"""The showroom on a phone and a desktop: no sideways scrolling, no missing images,
no interface text in the wrong language, and a light first load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .conftest import REPO

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": ("", "en/"),
    "product": ("san-pham/nuoc-mam-ca-com-40-do-dam/", "en/products/nuoc-mam-ca-com-40-do-dam/"),
    "set": ("san-pham/bo-nuoc-mam-phu-quoc/", "en/products/bo-nuoc-mam-phu-quoc/"),
    "facility": ("co-so/nuoc-mam-hung-thinh/", "en/producers/nuoc-mam-hung-thinh/"),
    "district": ("dia-phuong/phu-quoc/", "en/districts/phu-quoc/"),
    "listing": ("san-pham/", "en/products/"),
    "round": ("dot-binh-chon/cnnt-2023/", "en/rounds/cnnt-2023/"),
    "search": ("tim-kiem/?q=nuoc", "en/search/?q=fish"),
    "shortlist": (
        "danh-sach-chon/?ids=nuoc-mam-ca-com-40-do-dam,bo-nuoc-mam-phu-quoc,gio-xach-co-bang",
        "en/shortlist/?ids=nuoc-mam-ca-com-40-do-dam,bo-nuoc-mam-phu-quoc,gio-xach-co-bang",
    ),
}
# Visible text of the page in its own language: leave out record text marked with another lang.
VISIBLE_TEXT = """() => {
  const lang = document.documentElement.lang;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || el.closest('script,style,[hidden]')) continue;
    const marked = el.closest('[lang]');
    if (marked && marked.getAttribute('lang') !== lang) continue;
    parts.push(walker.currentNode.textContent);
  }
  return parts.join(' ');
}"""


def interface_words(lang: str) -> set[str]:
    """Interface strings of one language that read differently in the other."""
    strings = yaml.safe_load((REPO / "theme/locales/strings.yml").read_text(encoding="utf-8"))
    other = "en" if lang == "vi" else "vi"
    return {
        e[lang] for e in strings.values() if e.get(lang) and e.get(other) and e[lang] != e[other] and len(e[lang]) > 8
    }


@pytest.mark.parametrize("size", [(390, 844), (1440, 900)], ids=["phone", "desktop"])
def test_page_types_in_both_languages(browser: object, site_url: str, size: tuple[int, int], tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    problems = []
    for kind, paths in PAGE_TYPES.items():
        for lang, path in zip(("vi", "en"), paths, strict=True):
            page.goto(site_url + path)
            page.wait_for_load_state("networkidle")
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # let lazy images load
            page.wait_for_timeout(150)
            page.screenshot(path=tmp_path / f"{kind}-{lang}-{size[0]}.png", full_page=True)
            if page.evaluate("document.documentElement.scrollWidth") > size[0]:
                problems.append(f"{path}: scrolls sideways at {size[0]} px")
            broken = page.evaluate(
                "[...document.images].filter(i => i.getAttribute('src') && (!i.complete || !i.naturalWidth)).map(i => i.src)"
            )
            if broken:
                problems.append(f"{path}: images missing {broken}")
            text = page.evaluate(VISIBLE_TEXT)
            wrong = sorted(w for w in interface_words("en" if lang == "vi" else "vi") if w in text)
            if wrong:
                problems.append(f"{path}: interface text in the other language: {wrong}")
    context.close()
    assert problems == []


def test_product_page_first_load_is_light(browser: object, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    sizes: dict[str, tuple[str, int]] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, (r.request.resource_type, len(r.body()))) if r.ok else None)
    page.goto(site_url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    page.wait_for_load_state("networkidle")
    shift = page.evaluate("""() => new Promise(resolve => {
      let total = 0;
      new PerformanceObserver(list => { for (const e of list.getEntries()) total += e.value; })
        .observe({type: 'layout-shift', buffered: true});
      setTimeout(() => resolve(total), 300);
    })""")
    context.close()
    other = sum(size for kind, size in sizes.values() if kind != "image")
    images = [size for kind, size in sizes.values() if kind == "image"]
    assert other <= 150 * 1024, f"{other} bytes without photos"
    assert max(images) <= 120 * 1024
    assert shift < 0.01
