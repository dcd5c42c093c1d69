"""End-to-end builds: pages, languages, escaping, exports and safe publishing."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.build import build
from generator.output.search import is_bundle
from generator.records.diagnostics import UserError

PRODUCT = "san-pham/nuoc-mam-ca-com-40-do-dam/index.html"
PRODUCT_EN = "en/products/nuoc-mam-ca-com-40-do-dam/index.html"


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_every_record_has_a_page_in_both_languages(mini_site: Path) -> None:
    for rel in [
        "index.html",
        "en/index.html",
        PRODUCT,
        PRODUCT_EN,
        "co-so/nuoc-mam-hung-thinh/index.html",
        "en/producers/nuoc-mam-hung-thinh/index.html",
        "dia-phuong/phu-quoc/index.html",
        "en/districts/phu-quoc/index.html",
        "nhom/food/index.html",
        "en/groups/food/index.html",
        "dot-binh-chon/cnnt-2023/index.html",
        "en/rounds/cnnt-2023/index.html",
        "san-pham/index.html",
        "about/index.html",
        "en/about/index.html",
    ]:
        assert (mini_site / rel).is_file(), rel


def test_pages_link_their_twin_in_the_other_language(mini_site: Path) -> None:
    html = (mini_site / PRODUCT).read_text(encoding="utf-8")
    assert '<html lang="vi"' in html
    assert 'hreflang="en" href="https://mini.example.vn/en/products/nuoc-mam-ca-com-40-do-dam/"' in html
    assert 'href="../../en/products/nuoc-mam-ca-com-40-do-dam/" hreflang="en"' in html
    en = (mini_site / PRODUCT_EN).read_text(encoding="utf-8")
    assert '<html lang="en"' in en and 'href="../../../san-pham/nuoc-mam-ca-com-40-do-dam/" hreflang="vi"' in en


def test_missing_english_falls_back_and_is_marked(mini_site: Path) -> None:
    html = (mini_site / "en/products/bo-nuoc-mam-phu-quoc/index.html").read_text(encoding="utf-8")
    assert (
        '<div lang="vi" class="sr-fallback" title="not translated"><p>Bộ sản phẩm gồm hai loại nước mắm.</p></div>'
        in html
    )
    # The notice says which text it means: a tooltip on the dashed line is out of reach on a phone.
    assert "Part of this page is not translated yet: the text marked with a dashed line is in Vietnamese." in html
    vi = (mini_site / "san-pham/bo-nuoc-mam-phu-quoc/index.html").read_text(encoding="utf-8")
    assert "sr-fallback" not in vi


def test_a_measure_is_the_same_in_every_language_and_words_are_translated(mini_site: Path) -> None:
    """Plain ``500 ml`` shows unmarked on English pages; a measure with words is given per language."""
    en = (mini_site / PRODUCT_EN).read_text(encoding="utf-8")
    assert "<dt>Size or content</dt><dd>500 ml</dd>" in en
    bundle = (mini_site / "en/products/bo-nuoc-mam-phu-quoc/index.html").read_text(encoding="utf-8")
    assert '<span class="sr-muted">(500 ml, glass bottle)</span>' in bundle
    assert '<span class="sr-muted">(500 ml)</span>' in bundle
    vi = (mini_site / "san-pham/bo-nuoc-mam-phu-quoc/index.html").read_text(encoding="utf-8")
    assert '<span class="sr-muted">(500 ml, chai thủy tinh)</span>' in vi


def test_the_404_page_a_host_serves_everywhere_speaks_every_language(mini_site: Path) -> None:
    root = (mini_site / "404.html").read_text(encoding="utf-8")
    assert "<h1>404 · Không tìm thấy trang</h1>" in root
    assert (
        '<p lang="en"><strong>Page not found</strong> · <a class="sr-button" href="https://mini.example.vn/en/">Home</a></p>'
        in root
    )
    english = (mini_site / "en/404.html").read_text(encoding="utf-8")
    assert "<h1>404 · Page not found</h1>" in english and "<p lang=" not in english


def test_counts_of_one_are_singular_in_english(mini_site: Path) -> None:
    producers = (mini_site / "en/producers/index.html").read_text(encoding="utf-8")
    assert producers.count('<p class="sr-card__count">1 product</p>') == 1
    assert producers.count('<p class="sr-card__count">2 products</p>') == 1
    district = (mini_site / "en/districts/index.html").read_text(encoding="utf-8")
    assert "<small>1 product · 1 producer</small>" in district
    assert "1 products" not in district and "1 producers" not in district


def test_sample_data_banner_on_every_page(mini_site: Path) -> None:
    for page in mini_site.rglob("index.html"):
        if is_bundle(page.relative_to(mini_site).parts[0]):
            continue
        html = page.read_text(encoding="utf-8")
        assert "Dữ liệu minh họa" in html or "Sample data" in html, page


def test_contact_links(mini_site: Path) -> None:
    html = (mini_site / PRODUCT).read_text(encoding="utf-8")
    assert 'href="tel:+842973846123"' in html
    assert 'href="https://zalo.me/0912345678"' in html
    assert (
        'href="mailto:lienhe@hungthinh.example.vn?subject=N%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20c%C3%A1%20c%C6%A1m%2040%20%C4%91%E1%BB%99%20%C4%91%E1%BA%A1m"'
        in html
    )


def test_photos_have_srcset_and_no_metadata(mini_site: Path) -> None:
    html = (mini_site / PRODUCT).read_text(encoding="utf-8")
    assert re.search(
        r'<source type="image/webp" srcset="\.\./\.\./media/[0-9a-f]{20}-320\.webp 320w, \.\./\.\./media/[0-9a-f]{20}-640\.webp 640w"',
        html,
    )
    assert 'alt="Chai nước mắm"' in html and 'width="640" height="480"' in html
    placeholder = (mini_site / "san-pham/bo-nuoc-mam-phu-quoc/index.html").read_text(encoding="utf-8")
    assert "assets/placeholder.svg" in placeholder


def test_json_ld_and_exports(mini_site: Path) -> None:
    html = (mini_site / PRODUCT).read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "Product" and data["name"] == "Nước mắm cá cơm 40 độ đạm"
    assert data["offers"]["lowPrice"] == 85000 and data["award"] == [
        "Sản phẩm công nghiệp nông thôn tiêu biểu — Cấp tỉnh 2023 (2479/QĐ-UBND)"
    ]
    rows = json.loads((mini_site / "products.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["bo-nuoc-mam-phu-quoc", "gio-xach-co-bang", "nuoc-mam-ca-com-40-do-dam"]
    raw = (mini_site / "products.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[2]["name_vi"] == "Nước mắm cá cơm 40 độ đạm" and table[2]["url_en"].endswith(
        "/en/products/nuoc-mam-ca-com-40-do-dam/"
    )
    sitemap = (mini_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>https://mini.example.vn/san-pham/nuoc-mam-ca-com-40-do-dam/</loc>") == 1
    assert not (mini_site / "en/sitemap.xml").exists()


def test_search_index_has_one_part_per_language(mini_site: Path) -> None:
    for lang in ("vi", "en"):
        entry = json.loads((mini_site / f"pagefind_{lang}/pagefind-entry.json").read_text())
        assert sorted(entry["languages"]) == [lang]
    assert sorted(p.name for p in mini_site.iterdir() if p.name.startswith("pagefind")) == [
        "pagefind_en",
        "pagefind_vi",
    ]
    finder = '<div class="sr-finder" data-finder data-bundle="../../pagefind_en/" data-root="../../"'
    assert finder in (mini_site / "en/search/index.html").read_text(encoding="utf-8")


def test_search_index_holds_what_buyers_type_and_small_page_names(mini_site: Path) -> None:
    """Names of products, producers and places; not badges, prices, groups, photo paths or alt text.

    Words on every product (a round, a year, "media", "jpg") would make each query fetch
    postings of every product; groups, levels and years are filters instead.
    """
    from generator.output.search import _read_cbor

    bundle = mini_site / "pagefind_vi"
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    meta = _read_cbor(bundle / f"pagefind.{entry['languages']['vi']['hash']}.pf_meta")
    words = {w[0] for _, _, chunk in meta[2] for w in _read_cbor(bundle / "index" / f"{chunk}.pf_index")[0]}
    assert {"nuoc", "mam", "hung", "thinh", "phu", "quoc", "gio", "xach", "bang"} <= words
    assert not words & {"lan", "vii", "2023", "tinh", "gia", "thuc", "media", "jpg", "320", "webp", "chai", "thung"}
    assert not words & {"hop", "tac", "xa", "so"}, "legal forms (Hợp tác xã, Cơ sở) are left out"
    thumbs = {w for w in words if len(w) > 20}
    assert len(thumbs) == 2 and all(w.startswith("qz") and w.isalpha() for w in thumbs), "one word, never typed"
    names = [page[0] for page in meta[1]]
    generation = names[0].split("_")[1]
    assert names == [f"vi_{generation}_{n:x}" for n in range(len(names))]
    assert all((bundle / "fragment" / f"{name}.pf_fragment").is_file() for name in names)


TAG_SEARCH = "?q=qu%C3%A0%20bi%E1%BA%BFu%20%26%20t%E1%BA%B7ng"  # "quà biếu & tặng", one of the fixture's tags


def test_tags_are_links_to_their_search_in_both_languages(mini_site: Path) -> None:
    # The fixture's tags are in Vietnamese only: the English page shows them marked as such.
    for page, search, marked in ((PRODUCT, "../../tim-kiem/", ""), (PRODUCT_EN, "../../search/", " sr-fallback")):
        html = (mini_site / page).read_text(encoding="utf-8")
        link = f'<a class="sr-chip sr-chip--link{marked}" href="{search}{TAG_SEARCH}" data-pagefind-weight="0.5">'
        assert link + "quà biếu &amp; tặng</a>" in html, page
    english = (mini_site / PRODUCT_EN).read_text(encoding="utf-8")
    assert '<ul class="sr-chips" lang="vi" title="not translated">' in english
    assert ">Tìm theo từ khóa</span>" in (mini_site / PRODUCT).read_text(encoding="utf-8")
    assert ">Search by tag</span>" in (mini_site / PRODUCT_EN).read_text(encoding="utf-8")
    untagged = (mini_site / "san-pham/gio-xach-co-bang/index.html").read_text(encoding="utf-8")
    assert "sr-tags" not in untagged


def test_tags_per_language_are_each_pages_search_words(mini: Path) -> None:
    """An English buyer types "bag" for a sedge handbag: English tags are the English page's search words."""
    record = mini / "products/gio-xach-co-bang.yml"
    tags = 'tags: {vi: ["giỏ xách", "túi cói"], en: ["bag", "handbag"]}\n'
    record.write_text(record.read_text(encoding="utf-8") + tags, encoding="utf-8")
    build(mini)
    english = (mini / "site/en/products/gio-xach-co-bang/index.html").read_text(encoding="utf-8")
    assert '<a class="sr-chip sr-chip--link" href="../../search/?q=bag" data-pagefind-weight="0.5">bag</a>' in english
    assert "giỏ xách" not in english
    vietnamese = (mini / "site/san-pham/gio-xach-co-bang/index.html").read_text(encoding="utf-8")
    assert ">túi cói</a>" in vietnamese and ">handbag</a>" not in vietnamese
    assert "bag" in _index_words(mini / "site/pagefind_en") and "bag" not in _index_words(mini / "site/pagefind_vi")


def _index_words(bundle: Path) -> set[str]:
    """Every word of a search index (stemmed as Pagefind stems it)."""
    from generator.output.search import _read_cbor

    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    words = set()
    for language in entry["languages"].values():
        for _, _, chunk in _read_cbor(bundle / f"pagefind.{language['hash']}.pf_meta")[2]:
            words |= {word[0] for word in _read_cbor(bundle / "index" / f"{chunk}.pf_index")[0]}
    return words


def test_tags_are_in_the_indexed_part_below_the_name(mini_site: Path) -> None:
    from generator.output.search import indexed_part

    part = indexed_part((mini_site / PRODUCT).read_text(encoding="utf-8"))
    assert '<h1 data-pagefind-meta="title">Nước mắm cá cơm 40 độ đạm</h1>' in part
    assert 'data-pagefind-weight="0.5">nước mắm</a>' in part
    assert 'data-pagefind-weight="0.5">quà biếu &amp; tặng</a>' in part
    assert "Tìm theo từ khóa" not in part, "the label is on every tagged product: not a search word"


def _postings(bundle: Path, lang: str) -> tuple[list[str], dict[str, list[tuple[int, list[float]]]]]:
    """The page URLs of a language's index, and each word's pages with the weights of its places.

    Pagefind 1.5 numbers a word's pages by difference from the previous one, and marks
    a change of weight among the places as -(weight × 24 + 1).
    """
    from generator.output.search import _read_cbor

    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    meta = _read_cbor(bundle / f"pagefind.{entry['languages'][lang]['hash']}.pf_meta")
    urls = []
    for name, _ in meta[1]:
        data = gzip.decompress((bundle / "fragment" / f"{name}.pf_fragment").read_bytes())
        urls.append(json.loads(data[len(b"pagefind_dcd") :])["url"])
    words: dict[str, list[tuple[int, list[float]]]] = {}
    for _, _, chunk in meta[2]:
        for word, _, variants in _read_cbor(bundle / "index" / f"{chunk}.pf_index")[0]:
            for _, pages in variants:
                number = 0
                for delta, places, _ in pages:
                    number += delta
                    weights = [(-place - 1) / 24 for place in places if place < 0]
                    words.setdefault(word, []).append((number, weights))
    return urls, words


def test_searching_a_tag_finds_its_product_below_a_name_match(mini_site: Path) -> None:
    urls, words = _postings(mini_site / "pagefind_vi", "vi")
    for word in ("qua", "bieu", "tang"):
        assert [(urls[n], w) for n, w in words[word]] == [("/san-pham/nuoc-mam-ca-com-40-do-dam/", [0.5])], word
    name_weights = dict((urls[n], w) for n, w in words["com"])
    assert name_weights["/san-pham/nuoc-mam-ca-com-40-do-dam/"][0] == 7, "the name is an h1"
    assert not words.keys() & {"theo", "khoa"}, "the tags' label is not indexed"
    urls, words = _postings(mini_site / "pagefind_en", "en")
    assert [urls[n] for n, _ in words["bieu"]] == ["/en/products/nuoc-mam-ca-com-40-do-dam/"]


class _Audit(HTMLParser):
    """Collects markup that could run script: handlers, script URLs, stray scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.script_type: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src") and value and value.strip().lower().startswith(("javascript:", "data:text")):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "script":
            self.script_type = dict(attrs).get("type") or "js"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.script_type = None

    def handle_data(self, data: str) -> None:
        if self.script_type == "js" and "alert" in data:
            self.found.append(f"script: {data[:60]}")
        if self.script_type in ("application/ld+json", "application/json"):
            json.loads(data)  # still valid JSON, and the tag was not closed early


def unsafe_markup(html: str) -> list[str]:
    """Everything in a page that could run record text as script."""
    audit = _Audit()
    audit.feed(html)
    return audit.found


HOSTILE = '"</title><script>alert(1)</script><img src=x onerror=alert(2)>'


def test_record_text_is_escaped_everywhere(mini: Path) -> None:
    path = mini / "products/gio-xach-co-bang.yml"
    text = path.read_text(encoding="utf-8").replace('"Giỏ xách cỏ bàng", en', f"'{HOSTILE}', en")
    text = text.replace('summary: {vi: "Giỏ đan tay từ cỏ bàng Phú Mỹ."', f"summary: {{vi: '{HOSTILE}'")
    text += 'description: {vi: "[click](javascript:alert(3)) <script>alert(4)</script> <b onclick=alert(5)>x</b>"}\n'
    path.write_text(text, encoding="utf-8")
    build(mini)
    for page in (mini / "site").rglob("*.html"):
        assert unsafe_markup(page.read_text(encoding="utf-8")) == [], page
    html = (mini / "site/san-pham/gio-xach-co-bang/index.html").read_text(encoding="utf-8")
    assert "<title>&#34;&lt;/title&gt;&lt;script&gt;" in html
    assert (
        'content="&#34;&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"' in html
    )


def test_failed_build_leaves_the_published_site_untouched(mini: Path) -> None:
    build(mini)
    before = tree_digest(mini / "site")
    (mini / "products/broken.yml").write_text("name: {vi: X}\nkind: product\n", encoding="utf-8")
    with pytest.raises(UserError):
        build(mini)
    assert tree_digest(mini / "site") == before
    assert not (mini / ".site.staging").exists() and not (mini / ".site.old").exists()


def test_strict_turns_warnings_into_errors(mini: Path) -> None:
    (mini / "products/photos/gio-xach-1.jpg").unlink()
    result = build(mini)
    assert [p.format() for p in result.report.warnings] == [
        "products/gio-xach-co-bang.yml:9:12: warning: photos[0].file: photo 'photos/gio-xach-1.jpg' not found; a placeholder is shown (hint: check the file name)"
    ]
    with pytest.raises(UserError):
        build(mini, strict=True)


def test_cli_prints_errors_without_traceback(mini: Path) -> None:
    (mini / "products/broken.yml").write_text("name: {vi: X}\nkind: product\ngroup: fod\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "generator", "-C", str(mini), "check"], capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [
        "products/broken.yml:1:1: error: certifications: missing required field (hint: Every certification the product won, one per decision: a later round or another programme adds an entry, nothing is overwritten.)",
        "products/broken.yml:1:1: error: facility: missing required field (hint: Id of the producing facility.)",
        "products/broken.yml:1:1: error: summary: missing required field (hint: One sentence for cards and search results.)",
        "products/broken.yml:3:8: error: group: unknown group 'fod' (hint: did you mean 'food'?)",
        "4 error(s), 0 warning(s).",
    ]


def test_cli_build_and_help(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "generator", "-C", str(mini), "build", "--out", str(out)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert f"into {out}" in run.stdout and (out / "index.html").is_file()
    for command in ("build", "check", "serve"):
        help_text = subprocess.run(
            [sys.executable, "-m", "generator", command, "--help"], capture_output=True, text=True
        ).stdout
        assert "Usage:" in help_text and "--help" in help_text


def test_serve_rebuilds_after_an_edit(mini: Path) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/san-pham/gio-xach-co-bang/"
    command = [sys.executable, "-m", "generator", "-C", str(mini), "serve", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def heading() -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                html = urllib.request.urlopen(url, timeout=2).read().decode()
                return re.search(r"<h1[^>]*>([^<]*)", html).group(1)
            except OSError:
                time.sleep(0.3)
        raise AssertionError("the preview server did not answer")

    try:
        assert heading() == "Giỏ xách cỏ bàng"
        record = mini / "products/gio-xach-co-bang.yml"
        record.write_text(
            record.read_text(encoding="utf-8").replace('"Giỏ xách cỏ bàng", en', '"Giỏ cói", en'), encoding="utf-8"
        )
        deadline = time.monotonic() + 30
        while heading() != "Giỏ cói" and time.monotonic() < deadline:
            time.sleep(0.5)
        assert heading() == "Giỏ cói"
    finally:
        server.terminate()
        server.wait(10)


def test_a_third_language_needs_only_configuration(mini: Path) -> None:
    config = mini / "site_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("languages: [vi, en]", "languages: [vi, en, fr]"), "utf-8"
    )
    result = build(mini)
    assert result.pages["fr"] == result.pages["vi"] and result.fallbacks["fr"] > 0
    html = (mini / "site/fr/san-pham/nuoc-mam-ca-com-40-do-dam/index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in html and 'hreflang="en" href="https://mini.example.vn/en/products/' in html


def test_builds_are_byte_identical_across_checkouts(tmp_path: Path) -> None:
    from .conftest import copy_fixture

    first = copy_fixture("mini", tmp_path / "a" / "mini")
    second = copy_fixture("mini", tmp_path / "elsewhere" / "deeper" / "mini")
    build(first)
    build(second)
    assert tree_digest(first / "site") == tree_digest(second / "site")


def test_invalid_source_date_epoch_is_an_error(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UserError) as info:
        build(mini)
    assert info.value.report.lines() == [
        "environment:1:1: error: SOURCE_DATE_EPOCH: 'yesterday' is not a whole number of seconds since 1970 (hint: unset it, or set it to e.g. $(git log -1 --format=%ct))"
    ]


@pytest.mark.parametrize("form", ["crlf-bom", "nfd"])
def test_bom_crlf_and_nfd_records_build_the_same_site(tmp_path: Path, form: str) -> None:
    import unicodedata

    from .conftest import copy_fixture

    plain = copy_fixture("mini", tmp_path / "plain" / "mini")
    other = copy_fixture("mini", tmp_path / form / "mini")
    for path in [*other.rglob("*.yml"), *other.rglob("*.md")]:
        text = path.read_text(encoding="utf-8")
        if form == "nfd":
            path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
        else:
            path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    build(plain)
    build(other)
    assert tree_digest(plain / "site") == tree_digest(other / "site")


def test_long_listings_stop_at_listing_cards_and_say_where_the_rest_are(mini: Path) -> None:
    """A national group holds thousands of products: its page shows ``listing_cards`` of them."""
    template = (mini / "products/gio-xach-co-bang.yml").read_text(encoding="utf-8")
    for i in range(14):
        text = template.replace("Giỏ xách cỏ bàng", f"Giỏ xách cỏ bàng {i:02}").replace("photos:", "old_photos:")
        (mini / f"products/gio-xach-{i:02}.yml").write_text(text.split("old_photos:")[0], encoding="utf-8")
    config = mini / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "listing_cards: 12\n", encoding="utf-8")
    build(mini)
    group = (mini / "site/nhom/handicrafts/index.html").read_text(encoding="utf-8")
    fallback = group.split("data-finder-fallback", 1)[1]
    assert fallback.count('class="sr-card"') == 12
    assert "Đang hiện 12 trên 15." in fallback and 'href="../../dia-phuong/"' in fallback
    district = (mini / "site/dia-phuong/giang-thanh/index.html").read_text(encoding="utf-8")
    assert district.count("Giỏ xách cỏ bàng") >= 15  # a district page lists every product
    assert "sr-capped" not in district


def test_mkdocs_copies_the_same_theme_files_with_the_hooks_quicker_listing(tmp_path: Path) -> None:
    """The hooks' loader skips dot-folders (Material's icons) while listing the theme;
    MkDocs copies exactly the static files it copies with Jinja2's own loader."""
    import jinja2
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from generator.engine.mkdocs_hooks import ThemeLoader, on_config

    from .conftest import REPO

    (tmp_path / "docs").mkdir()
    config = load_config(
        config_file=io.StringIO(
            f"site_name: t\ndocs_dir: {tmp_path / 'docs'}\nsite_dir: {tmp_path / 'site'}\n"
            f"theme:\n  name: material\n  custom_dir: {REPO / 'theme'}\n"
        )
    )
    stock = jinja2.FileSystemLoader(config.theme.dirs)
    assert any(path.startswith(".icons/") for path in stock.list_templates()), "what the quicker listing skips"
    copied = {}
    for name, loader in (("jinja2", stock), ("hooks", ThemeLoader(config.theme.dirs))):
        files = Files([])
        files.add_files_from_theme(jinja2.Environment(loader=loader), config)
        copied[name] = sorted((file.src_uri, file.abs_src_path) for file in files)
    assert len(copied["jinja2"]) > 20
    assert copied["hooks"] == copied["jinja2"]
    assert isinstance(on_config(config).theme.get_env().loader, ThemeLoader), "the builds use it"


def test_small_edits_show_their_text_in_a_process_that_imported_the_hooks(mini: Path) -> None:
    """A small edit runs MkDocs in the building process, where MkDocs keeps the hooks file it
    loaded while any later import of it patches ``Page.render`` again: each page still shows
    the body the render stage wrote, edit after edit."""
    import importlib

    import generator.engine.mkdocs_hooks as hooks

    record = mini / "products/nuoc-mam-ca-com-40-do-dam.yml"
    original = record.read_text(encoding="utf-8")
    build(mini)
    for n in range(2):
        record.write_text(original.replace('summary: {vi: "', f'summary: {{vi: "Sửa {n} ', 1), encoding="utf-8")
        result = build(mini)
        assert 0 < result.rendered < 100  # few enough pages for MkDocs to run in this process
        page = (mini / "site" / PRODUCT).read_text(encoding="utf-8")
        assert f'<p class="sr-lead" data-pagefind-ignore>Sửa {n} Nước mắm nhĩ' in page  # the body
        importlib.reload(hooks)  # as a second copy of the module would


def test_an_out_folder_that_cannot_be_written_is_the_users_error(mini: Path) -> None:
    """sysfs takes no new files, even from root: as a folder on a read-only disk or of another user."""
    import os

    out = Path("/sys/showroom-site")
    with pytest.raises(UserError) as info:
        build(mini, out)
    [line] = info.value.report.lines()
    assert line.startswith(f"{os.path.relpath(out)}:1:1: error: --out: cannot write the site here: "), line
    assert line.endswith(" (hint: choose a folder you can write to)"), line
    assert not (mini / ".showroom-cache").exists(), "refused before anything was read or built"
