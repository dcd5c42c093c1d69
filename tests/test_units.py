"""Unit tests of the pure functions: slugs, URLs, geometry, formats, rich text."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.media.geometry import derivative_widths, exceeds_pixels, scaled_size, srcset
from generator.pages.formats import date_text, money, roman, tel_href
from generator.pages.jsonld import script_json
from generator.pages.richtext import markdown_html, plain_text
from generator.pages.urls import page_path, relative_url, slugify

SECTIONS = {"products": {"vi": "san-pham", "en": "products"}, "search": {"vi": "tim-kiem", "en": "search"}}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Nước mắm cá cơm 40 độ đạm", "nuoc-mam-ca-com-40-do-dam"),
        ("Đặc sản Đông Hồ", "dac-san-dong-ho"),
        ("  Khô cá sặc — U Minh!  ", "kho-ca-sac-u-minh"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_cuts_long_names_at_a_word() -> None:
    assert slugify("một " * 40, max_length=20) == "mot-mot-mot-mot-mot"


def test_page_paths_per_language() -> None:
    assert page_path("product", "x", "vi", SECTIONS) == "san-pham/x/"
    assert page_path("product", "x", "en", SECTIONS) == "products/x/"
    assert page_path("index:products", "", "en", SECTIONS) == "products/"
    assert page_path("home", "", "vi", SECTIONS) == ""


@pytest.mark.parametrize(
    ("src", "dst", "rel"),
    [
        ("san-pham/x/", "en/products/x/", "../../en/products/x/"),
        ("en/products/x/", "san-pham/x/", "../../../san-pham/x/"),
        ("", "san-pham/", "san-pham/"),
        ("san-pham/", "", "../"),
        ("san-pham/x/", "media/a.jpg", "../../media/a.jpg"),
        ("", "", "./"),
    ],
)
def test_relative_url(src: str, dst: str, rel: str) -> None:
    assert relative_url(src, dst) == rel


def test_geometry() -> None:
    assert scaled_size(4000, 3000, 640) == (640, 480)
    assert derivative_widths(1000, [320, 640, 960, 1280]) == [320, 640, 960]
    assert derivative_widths(200, [320, 640]) == [200]
    assert exceeds_pixels(10_000, 10_000, 50_000_000)
    assert srcset([("a.jpg", 320), ("b.jpg", 640)]) == "a.jpg 320w, b.jpg 640w"
    with pytest.raises(ValueError):
        scaled_size(0, 10, 5)


def test_formats() -> None:
    assert money(85000, "vi") == "85.000 ₫"
    assert money(85000, "en") == "VND 85,000"
    assert date_text(dt.date(2023, 9, 5), "vi") == "05/09/2023"
    assert date_text(dt.date(2023, 9, 5), "en") == "5 Sep 2023"
    assert roman(7) == "VII" and roman(14) == "XIV"
    assert tel_href("0297 3846 123") == "tel:+842973846123"
    assert tel_href("+84 912 345 678") == "tel:+84912345678"


def test_markdown_is_sanitised() -> None:
    html = markdown_html("Hi <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> **b**")
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "<strong>b</strong>" in html


def test_markdown_headings_shift_below_the_page_title() -> None:
    assert "<h3>" in markdown_html("# Title") and "<h1>" not in markdown_html("# Title")


def test_plain_text_shortens_on_a_word() -> None:
    assert plain_text("**một** hai ba bốn năm", limit=12) == "một hai ba…"


def test_plain_text_skips_markdown_only_where_markdown_would_change_nothing() -> None:
    """Text with no Markdown marks skips Python-Markdown; the result is what Markdown gives."""
    import html
    import random

    import nh3

    from generator.pages import richtext

    def through_markdown(text: str) -> str:
        flat = html.unescape(" ".join(nh3.clean(richtext._md.reset().convert(text), tags=set()).split()))
        return flat if len(flat) <= 300 else flat[:299].rsplit(" ", 1)[0] + "…"

    pieces = [*"aăâbđêôơưáàảãạ ", " ", "\n", "\n\n", "  \n", "\t", "    ", "1.", "2)", "'", '"', ".", ","]
    pieces += [
        ":",
        "/",
        "(",
        ")",
        "%",
        "@",
        "0",
        "9",
        "₫",
        "\u3000",
        "**",
        "_",
        "#",
        "&amp;",
        "<b>",
        "-",
        "\u00a0",
        "`",
    ]
    rng = random.Random(7)
    texts = ["Nước mắm  cá cơm\n\nhai   lần", "1. một\n2. hai", "    thụt lề", "a\n===", "x &amp; y", "a\u00a0b"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    richtext.plain_text.cache_clear()
    assert [plain_text(t) for t in texts] == [through_markdown(t) for t in texts]
    assert richtext._NO_MARKDOWN.fullmatch(texts[0]) and not richtext._NO_MARKDOWN.fullmatch("**b**")


def test_json_for_script_tags_cannot_close_the_tag() -> None:
    text = script_json({"name": "</script><script>alert(1)</script>&"})
    assert "</script>" not in text and "<" not in text and "&" not in text


def test_relative_url_equals_posixpath_relpath_on_site_paths() -> None:
    """The segment-based relative_url gives what posixpath.relpath gives, for every pair."""
    import posixpath

    def reference(from_path: str, to_path: str) -> str:
        from_dir = from_path if from_path.endswith("/") or not from_path else posixpath.dirname(from_path) + "/"
        rel = posixpath.relpath("/" + to_path, "/" + from_dir)
        if to_path.endswith("/") or not to_path:
            rel = "./" if rel == "." else rel + "/"
        return rel

    paths = ["", "en/", "san-pham/", "san-pham/x/", "en/products/x/", "media/a.jpg", "en/assets/x.css", "nhom/a/"]
    paths += ["nhom/", "san-pham/x/index.html", "a/b/c/", "a/b/d.txt", "a/", "a/bc/", "ab/", "x.json", "qr/p/x.vi.png"]
    assert [(a, b, relative_url(a, b)) for a in paths for b in paths] == [
        (a, b, reference(a, b)) for a in paths for b in paths
    ]


def test_the_filter_panel_starts_open_only_while_the_facet_files_are_small() -> None:
    from types import SimpleNamespace

    from generator.pages.view import FACETS_OPEN_UP_TO, View

    def view(products: int) -> View:
        catalogue = SimpleNamespace(config={}, languages=["vi", "en"], products=dict.fromkeys(range(products)))
        return View(SimpleNamespace(catalogue=catalogue), "vi", "tim-kiem/")

    assert view(FACETS_OPEN_UP_TO).facets_open()
    assert not view(FACETS_OPEN_UP_TO + 1).facets_open()


def test_a_thumbnail_is_one_search_word_of_letters() -> None:
    """Pagefind splits words where letters meet digits; the finder spells the word back."""
    from types import SimpleNamespace

    from generator.media.photos import Photo
    from generator.pages.view import View

    photo = Photo(key="2f8d06b4a4625971e603abcdef", sizes=((320, 240), (640, 480)))
    record = SimpleNamespace(
        rel="products/x.yml",
        get=lambda name, default=None: [{"file": "x.jpg", "alt": {}}] if name == "photos" else default,
        data={},
    )
    site = SimpleNamespace(
        catalogue=SimpleNamespace(config={}, languages=["vi"]), photos={("products/x.yml", "x.jpg"): photo}
    )
    word = View(site, "vi", "").thumb_word(record)
    assert word == "qzifodgmbkakmilpnhemgjzjig" and word.isalpha()
    unspelt = "".join("-" if c == "z" else str(ord(c) - ord("g")) if "g" <= c <= "p" else c for c in word[2:])
    assert f"media/{unspelt}.jpg" == photo.file(320, "jpg")


def test_a_producer_name_keeps_its_legal_form_out_of_the_search_index() -> None:
    from types import SimpleNamespace

    from generator.pages.view import View

    forms = {"vi": ["Cơ sở sản xuất", "Cơ sở"], "en": ["Workshop"]}
    config = {"facility_types": {"workshop": {"name": {"vi": "Cơ sở"}, "legal_forms": forms}}}
    catalogue = SimpleNamespace(config=config, languages=["vi", "en"])
    strings = {"not_translated": {"vi": "chưa dịch", "en": "not translated"}}

    def names(name: dict[str, str], lang: str = "vi") -> tuple[str, str]:
        view = View(SimpleNamespace(catalogue=catalogue, strings=strings), lang, "")
        facility = SimpleNamespace(data={"name": name, "type": "workshop"})
        return str(view.maker_name(facility)), view.search_name(facility)

    ignored = "<span data-pagefind-ignore>{}</span>"
    assert names({"vi": "Cơ sở sản xuất Nước mắm Hưng Thịnh"}) == (
        ignored.format("Cơ sở sản xuất") + " Nước mắm Hưng Thịnh",
        "Nước mắm Hưng Thịnh",
    )  # the longest form that fits
    assert names({"vi": "cơ sở nước mắm"}) == (ignored.format("cơ sở") + " nước mắm", "nước mắm")
    assert names({"vi": "Cơ sởi Tâm"}) == ("Cơ sởi Tâm", "Cơ sởi Tâm"), "whole words only"
    assert names({"vi": "Cơ sở"}) == ("Cơ sở", "Cơ sở"), "a name that is only a form keeps it"
    assert names({"vi": "Cơ sở sản xuất"}) == ("Cơ sở sản xuất", "Cơ sở sản xuất"), "even with a shorter form in it"
    assert names({"vi": "Cơ sở X", "en": "Hung Thinh Workshop"}, "en") == (
        "Hung Thinh " + ignored.format("Workshop"),
        "Hung Thinh",
    )
    fallback, _ = names({"vi": "Cơ sở X"}, "en")  # Vietnamese text on an English page: Vietnamese forms
    assert (
        fallback
        == '<span lang="vi" class="sr-fallback" title="not translated">' + ignored.format("Cơ sở") + " X</span>"
    )
