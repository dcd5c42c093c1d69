"""Incremental builds: after any edit, the kept-and-rebuilt site equals a full build, byte for byte."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image

import generator.build as build_module
from generator.build import CACHE_DIR, build
from generator.incremental import spare
from generator.incremental.keys import PageKeys
from generator.incremental.state import read_state, state_file
from generator.media import cards
from generator.profiles import WEB
from generator.records.diagnostics import UserError
from generator.records.schema import DETAIL_FIELDS
from tests.conftest import REPO, copy_fixture


def tree(site: Path) -> dict[str, bytes]:
    """Every file of a built site and its bytes, and every folder (a folder left empty is a difference)."""
    return {
        p.relative_to(site).as_posix() + ("" if p.is_file() else "/"): p.read_bytes() if p.is_file() else b""
        for p in sorted(site.rglob("*"))
    }


def saved_keys(root: Path, out: Path) -> dict[str, str]:
    """The page keys a build saved for the site in ``out``."""
    state = read_state(state_file(root / CACHE_DIR, out, WEB))
    assert state is not None
    return {name: entry[0] for name, entry in state.pages.items()}


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    """The files that are missing from one side or differ, for a readable failure."""
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def rename_record(root: Path, folder: str, old: str, new: str, field: str) -> None:
    """Give a record a new id (file name) with its old id as an alias; point references at it."""
    source = root / folder / f"{old}.yml"
    source.rename(root / folder / f"{new}.yml")
    with open(root / folder / f"{new}.yml", "a", encoding="utf-8") as handle:
        handle.write(f"aliases: [{old}]\n")
    for path in list(root.glob("products/*.yml")) + list(root.glob("content/*/*.yml")):
        text = path.read_text(encoding="utf-8")
        if f"{field}: {old}\n" in text:
            path.write_text(text.replace(f"{field}: {old}\n", f"{field}: {new}\n"), encoding="utf-8")


PRODUCT = """name: {{vi: "{vi}", en: "{en}"}}
kind: product
group: {group}
facility: {facility}
certifications:
  - {{programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}}
summary: {{vi: "Sản phẩm mới của cơ sở.", en: "A new product."}}
"""


def add_product(root: Path, ident: str, facility: str, group: str = "handicrafts") -> None:
    text = PRODUCT.format(vi=f"Chiếu {ident}", en=f"Mat {ident}", group=group, facility=facility)
    (root / "products" / f"{ident}.yml").write_text(text, encoding="utf-8")


def add_district_and_facility(root: Path) -> None:
    (root / "content/districts/an-bien.yml").write_text(
        'name: {vi: "An Biên", en: "An Bien"}\ntype: district\n', encoding="utf-8"
    )
    (root / "content/facilities/co-so-dan-lac.yml").write_text(
        'name: {vi: "Cơ sở đan lác An Biên"}\ntype: household\ndistrict: an-bien\n'
        'address: {vi: "Ấp Xẻo Nhàu, xã Tây Yên, huyện An Biên"}\nphone: "0297.3812.345"\n',
        encoding="utf-8",
    )
    add_product(root, "chieu-lac", "co-so-dan-lac")


def new_photo(root: Path) -> None:
    Image.new("RGB", (640, 480), (30, 120, 60)).save(root / "products/photos/gio-xach-1.jpg", quality=90)


STEPS: list[tuple[str, Callable[[Path], None]]] = [
    ("edit a product", lambda r: replace(r / "products/gio-xach-co-bang.yml", "Giỏ đan tay", "Giỏ đan tay khéo")),
    (
        "edit a facility",
        lambda r: replace(r / "content/facilities/nuoc-mam-hung-thinh.yml", "Hưng Thịnh", "Hưng Thạnh"),
    ),
    ("edit a district", lambda r: replace(r / "content/districts/giang-thanh.yml", "nghề đan", "nghề đan lâu đời")),
    ("add a product", lambda r: add_product(r, "chieu-co-bang", "htx-co-bang-phu-my")),
    ("add a facility and a district", add_district_and_facility),
    ("rename a product", lambda r: rename_record(r, "products", "chieu-co-bang", "chieu-co-bang-phu-my", "facility")),
    ("rename a facility", lambda r: rename_record(r, "content/facilities", "co-so-dan-lac", "co-so-lac", "facility")),
    ("rename a district", lambda r: rename_record(r, "content/districts", "an-bien", "huyen-an-bien", "district")),
    ("replace a photo", new_photo),
    ("delete a product", lambda r: (r / "products/chieu-co-bang-phu-my.yml").unlink()),
    (
        "delete a facility and a district",
        lambda r: (
            (r / "products/chieu-lac.yml").unlink(),
            (r / "content/facilities/co-so-lac.yml").unlink(),
            (r / "content/districts/huyen-an-bien.yml").unlink(),
        ),
    ),
    (
        "edit a page",
        lambda r: replace(r / "content/pages/about.en.md", "The **about** page.", "The **about** page, longer."),
    ),
    (
        "edit the site configuration",
        lambda r: replace(r / "site_config.yml", "certified as typical", "certified as typical and promoted"),
    ),
]


@pytest.mark.parametrize("step", range(len(STEPS)), ids=[name for name, _ in STEPS])
def test_incremental_build_equals_full_build(tmp_path: Path, step: int) -> None:
    # Each step runs alone: the steps before it are made first, as a day of edits would
    # have made them, and published by one build; then the step's edit is built both ways.
    name, edit = STEPS[step]
    project = copy_fixture("mini", tmp_path / "mini")
    for _, earlier in STEPS[:step]:
        earlier(project)
    build(project)
    edit(project)
    result = build(project)
    full = build(project, out=tmp_path / "full", full=True)
    assert full.rendered == sum(full.pages.values())
    assert result.report.lines() == full.report.lines()
    assert result.fallbacks == full.fallbacks
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []
    if name.startswith(("edit a product", "edit a district")):
        assert result.rendered < sum(result.pages.values()), "an edit of one record rebuilt every page"
    if name in ("edit a product", "edit a page"):  # a summary and a page are not searched
        assert not result.indexed, "the search index was made again though nothing searchable changed"
    if name.startswith(("edit a facility", "add", "rename", "delete")):
        assert result.indexed
    if name == "edit a page":
        assert result.rendered == 2  # the page in both languages (the English one falls back)


#: A new value for every detail field (``Field.detail``), and the record that gets it.
DETAIL_EDITS: dict[tuple[str, str], tuple[str, Any]] = {
    ("products", "summary"): ("products/gio-xach-co-bang.yml", {"vi": "Giỏ lác mới.", "en": "A new bag."}),
    ("products", "description"): ("products/gio-xach-co-bang.yml", {"vi": "Đan **tay** ở Phú Mỹ."}),
    ("products", "items"): ("products/bo-nuoc-mam-phu-quoc.yml", [{"name": "Chai 500 ml"}, {"name": "Chai 1 lít"}]),
    ("products", "first_entry"): ("products/gio-xach-co-bang.yml", "true"),
    ("products", "specs"): ("products/gio-xach-co-bang.yml", {"net_content": "1 cái", "standards": "TCCS 01:2023"}),
    ("products", "price"): ("products/gio-xach-co-bang.yml", {"min": "150000", "max": "220000", "currency": "VND"}),
    ("products", "tags"): ("products/gio-xach-co-bang.yml", ["quà tặng", "thủ công"]),
    ("products", "trade"): (
        "products/gio-xach-co-bang.yml",
        {"moq": {"quantity": "50", "unit": {"vi": "cái", "en": "bags"}}, "export_markets": ["JP", "DE"]},
    ),
    ("facilities", "address"): ("content/facilities/nuoc-mam-hung-thinh.yml", {"vi": "Khu phố 8, Dương Đông"}),
    ("facilities", "phone"): ("content/facilities/nuoc-mam-hung-thinh.yml", "0297 3846 999"),
    ("facilities", "zalo"): ("content/facilities/nuoc-mam-hung-thinh.yml", "0912 345 999"),
    ("facilities", "email"): ("content/facilities/nuoc-mam-hung-thinh.yml", "ban-hang@hungthinh.example.vn"),
    ("facilities", "website"): ("content/facilities/nuoc-mam-hung-thinh.yml", "https://hungthinh.example.vn/shop"),
    ("facilities", "representative"): ("content/facilities/nuoc-mam-hung-thinh.yml", "Trần Thị Thịnh"),
    ("facilities", "story"): ("content/facilities/nuoc-mam-hung-thinh.yml", {"vi": "Bốn thế hệ làm nước mắm."}),
    ("facilities", "former_address"): ("content/facilities/nuoc-mam-hung-thinh.yml", {"vi": "Tổ 3, khu phố 7"}),
    ("facilities", "geo"): ("content/facilities/nuoc-mam-hung-thinh.yml", {"lat": "10.2200", "lon": "103.9600"}),
    ("districts", "description"): ("content/districts/phu-quoc.yml", {"vi": "Đảo ngọc, nghề nước mắm."}),
    ("districts", "geo"): ("content/districts/phu-quoc.yml", {"lat": "10.2890", "lon": "103.9840"}),
    ("units", "description"): ("content/units/dac-khu-phu-quoc.yml", {"vi": "Đặc khu biển đảo."}),
    ("units", "geo"): ("content/units/dac-khu-phu-quoc.yml", {"lat": "10.2271", "lon": "103.9670"}),
}
DETAILS = sorted((kind, name) for kind, names in DETAIL_FIELDS.items() for name in names)


def set_field(path: Path, name: str, value: Any) -> None:
    """Give one field of a record file a new value (every scalar stays text, as the loader reads it)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    data[name] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def detail_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_fixture("mini", tmp_path_factory.mktemp("details") / "mini")
    build(root)
    return root


def test_every_detail_field_has_an_edit_below() -> None:
    assert sorted(DETAIL_EDITS) == DETAILS


@pytest.mark.parametrize("kind,name", DETAILS, ids=[f"{kind}.{name}" for kind, name in DETAILS])
def test_a_detail_edit_rebuilds_only_the_pages_of_whole_records(
    detail_project: Path, kind: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards and listings leave detail fields out of their keys: if one showed them, this
    build would keep a stale listing and differ from the full build."""
    rel, value = DETAIL_EDITS[(kind, name)]
    set_field(detail_project / rel, name, value)
    keyed: list[str] = []
    page = PageKeys.page
    monkeypatch.setattr(PageKeys, "page", lambda self, kind, ident: keyed.append(kind) or page(self, kind, ident))
    result = build(detail_project)
    monkeypatch.undo()
    assert "home" not in keyed and "index:products" not in keyed, "every page was keyed again"
    assert result.report.problems == [], result.report.lines()
    assert 0 < result.rendered <= 2 * len(keyed), "a page not keyed again was built again"
    if (kind, name) == ("products", "tags"):
        assert result.indexed, "tags are search words: the index is made again"
    # Only the pages showing the record whole were keyed again, the others kept their keys
    # from the published build: every key and every file is what a full build gives.
    site, keys = tree(detail_project / "site"), saved_keys(detail_project, detail_project / "site")
    build(detail_project, full=True)
    assert differences(site, tree(detail_project / "site")) == []
    assert keys == saved_keys(detail_project, detail_project / "site")


def test_nothing_changed_nothing_built(mini: Path) -> None:
    first = build(mini)
    before = tree(mini / "site")
    again = build(mini)
    assert again.rendered == 0
    assert (again.pages, again.fallbacks) == (first.pages, first.fallbacks)
    assert tree(mini / "site") == before


def test_a_search_index_gone_from_the_published_site_is_made_again(mini: Path) -> None:
    build(mini)
    before = tree(mini / "site")
    shutil.rmtree(mini / "site/pagefind_en")  # deleted by hand, or by a tool syncing the site
    again = build(mini)
    assert (again.rendered, again.indexed) == (0, True), "no page is rebuilt, the index is"
    assert tree(mini / "site") == before


def test_a_build_with_nothing_to_do_repeats_its_warnings(mini: Path) -> None:
    (mini / "products/photos/gio-xach-1.jpg").unlink()  # a missing photo is a warning
    first = build(mini)
    assert [p.field for p in first.report.warnings] == ["photos[0].file"]
    again = build(mini)
    assert again.rendered == 0
    assert again.report.lines() == first.report.lines()
    with pytest.raises(UserError):
        build(mini, strict=True)


def test_changed_theme_file_rebuilds_every_page(mini: Path) -> None:
    build(mini)
    theme = mini / "theme"
    shutil.copytree(REPO / "theme", theme)
    (theme / "showroom/product.html").write_text(
        (theme / "showroom/product.html").read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8"
    )
    again = build(mini)
    assert again.rendered == sum(again.pages.values())
    assert "<!-- edited -->" in (mini / "site/san-pham/gio-xach-co-bang/index.html").read_text(encoding="utf-8")


def test_killed_publish_forgets_the_kept_pages(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that dies between dropping its keys and saving new ones is followed by a full build."""
    build(mini)
    replace(mini / "products/gio-xach-co-bang.yml", "Giỏ đan tay", "Giỏ đan")
    import generator.build as build_module

    def die(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "publish", die)
    with pytest.raises(KeyboardInterrupt):
        build(mini)
    monkeypatch.undo()
    again = build(mini)
    assert again.rendered == sum(again.pages.values())


def test_a_spare_site_is_brought_up_to_date_without_touching_the_published_one(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the third build on, the site published before the current one is the new site's
    folder; its files are hard links shared with the published site, which must not change."""
    add_product(mini, "chieu-moi", "htx-co-bang-phu-my")
    build(mini)
    replace(mini / "products/gio-xach-co-bang.yml", "Giỏ đan tay", "Giỏ đan")
    build(mini)
    assert (spare.folder(mini / "site") / "san-pham/chieu-moi/index.html").is_file()
    replace(mini / "products/gio-xach-co-bang.yml", "Giỏ đan", "Giỏ lác")
    (mini / "products/chieu-moi.yml").unlink()  # its pages, QR codes and card go
    published = tree(mini / "site")
    inodes = {p: p.stat().st_ino for p in (mini / "site").rglob("*") if p.is_file()}
    taken, real_take, real_publish = [], spare.take, build_module.publish

    def take(*args: object) -> spare.Spare | None:
        taken.append(real_take(*args))
        return taken[-1]

    def publish(site: Path, out: Path) -> None:
        assert tree(out) == published, "the published site changed before the swap"
        real_publish(site, out)

    monkeypatch.setattr(spare, "take", take)
    monkeypatch.setattr(build_module, "publish", publish)
    result = build(mini)
    assert taken[0] is not None, "the spare site was not used"
    assert result.rendered < sum(result.pages.values())
    old = spare.folder(mini / "site")  # now the site published before this build
    assert tree(old) == published
    assert {p: p.stat().st_ino for p in old.rglob("*") if p.is_file()} == {
        old / p.relative_to(mini / "site"): ino for p, ino in inodes.items()
    }
    monkeypatch.undo()
    full = build(mini, out=mini / "full", full=True)
    assert differences(tree(mini / "site"), tree(mini / "full")) == []
    assert full.rendered == sum(full.pages.values())


def test_a_name_edit_works_out_the_share_cards_of_that_product_only(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(mini)
    replace(mini / "products/gio-xach-co-bang.yml", "Giỏ xách cỏ bàng", "Giỏ xách cỏ bàng Phú Mỹ")
    asked: list[Any] = []
    jobs = cards.card_jobs
    monkeypatch.setattr(cards, "card_jobs", lambda *args: asked.append(args[-1]) or jobs(*args))
    build(mini)
    monkeypatch.undo()
    assert asked == [{("product", "gio-xach-co-bang", "vi"), ("product", "gio-xach-co-bang", "en")}]
    build(mini, out=tmp_path / "full", full=True)
    assert differences(tree(mini / "site"), tree(tmp_path / "full")) == []


def test_a_redirect_in_the_spare_whose_path_is_a_page_now_makes_way_for_it(mini: Path, tmp_path: Path) -> None:
    """The spare is the site of two builds ago: it may hold a redirect at the path of a
    page added since (an alias dropped, a record with that id added)."""
    with open(mini / "products/gio-xach-co-bang.yml", "a", encoding="utf-8") as handle:
        handle.write("aliases: [gio-cu]\n")
    build(mini)
    replace(mini / "products/gio-xach-co-bang.yml", "Giỏ đan tay", "Giỏ đan")
    build(mini)
    assert (spare.folder(mini / "site") / "san-pham/gio-cu/index.html").is_file()
    replace(mini / "products/gio-xach-co-bang.yml", "aliases: [gio-cu]\n", "")
    add_product(mini, "gio-cu", "htx-co-bang-phu-my")
    build(mini)
    build(mini, out=tmp_path / "full", full=True)
    assert differences(tree(mini / "site"), tree(tmp_path / "full")) == []
    assert "Chiếu gio-cu" in (mini / "site/san-pham/gio-cu/index.html").read_text(encoding="utf-8")


def test_a_spare_site_of_another_theme_is_not_used(mini: Path) -> None:
    """A theme file removed since the spare was built must not stay in the site."""
    theme = mini / "theme"
    shutil.copytree(REPO / "theme", theme)
    (theme / "assets/old.css").write_text("/* an older look */\n", encoding="utf-8")
    build(mini)
    replace(mini / "products/gio-xach-co-bang.yml", "Giỏ đan tay", "Giỏ đan")
    build(mini)
    assert (spare.folder(mini / "site") / "assets/old.css").is_file()
    (theme / "assets/old.css").unlink()
    build(mini)
    assert not (mini / "site/assets/old.css").exists()
    build(mini, out=mini / "full", full=True)
    assert differences(tree(mini / "site"), tree(mini / "full")) == []


def test_full_flag_rebuilds_everything(mini: Path) -> None:
    build(mini)
    result = build(mini, full=True)
    assert result.rendered == sum(result.pages.values())
    shutil.rmtree(mini / "site")
    assert build(mini).rendered == sum(result.pages.values())  # no published site: nothing to keep


def many_products(root: Path, count: int) -> None:
    """Enough products that the printable catalogue comes in parts (a listing shows 12 here)."""
    with open(root / "site_config.yml", "a", encoding="utf-8") as config:
        config.write("listing_cards: 12\n")
    for n in range(count):
        add_product(root, f"chieu-{n:02d}", "htx-co-bang-phu-my")


SPLIT_STEPS: list[tuple[str, Callable[[Path], None]]] = [
    ("edit a product of the second part", lambda r: replace(r / "products/chieu-13.yml", "Chiếu", "Chiếu đẹp")),
    ("a summary edited in the second part", lambda r: set_field(r / "products/chieu-13.yml", "summary", "Chiếu mới.")),
    ("a product renamed to the head of its group", lambda r: replace(r / "products/chieu-12.yml", "Chiếu", "Ao")),
    ("add a product", lambda r: add_product(r, "chieu-20", "htx-co-bang-phu-my")),
    (
        "delete products until one page holds them",
        lambda r: [p.unlink() for p in r.glob("products/chieu-*.yml") if p.stem > "chieu-04"],
    ),
]


@pytest.fixture(scope="module")
def split_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_fixture("mini", tmp_path_factory.mktemp("split") / "mini")
    many_products(root, 14)
    build(root)
    return root


@pytest.mark.parametrize("name,edit", SPLIT_STEPS, ids=[name for name, _ in SPLIT_STEPS])
def test_printable_catalogue_parts_rebuild_alone(
    split_project: Path, tmp_path: Path, name: str, edit: Callable
) -> None:
    site = split_project / "site"
    parts = sorted(p.parent.name for p in site.glob("catalo-in/*/index.html"))
    first = (site / "catalo-in/handicrafts-1/index.html").stat().st_ino if parts else None
    listings = {
        p: (site / p / "index.html").stat().st_ino for p in ("co-so", "san-pham", "en/producers", "nhom/handicrafts")
    }
    edit(split_project)
    result = build(split_project)
    build(split_project, out=tmp_path / "full", full=True)
    assert differences(tree(site), tree(tmp_path / "full")) == []
    after = sorted(p.parent.name for p in site.glob("catalo-in/*/index.html"))
    if name.startswith("edit"):
        assert after == parts == ["food-1", "handicrafts-1", "handicrafts-2"]
        assert (site / "catalo-in/handicrafts-1/index.html").stat().st_ino == first, "an unchanged part was rebuilt"
        assert result.rendered < sum(result.pages.values()) // 2
        # The producers listing shows no product; the products listing and a group page show each group's
        # first 12, and the renamed product is 15th of its group before and after.
        for listing, inode in listings.items():
            assert (site / listing / "index.html").stat().st_ino == inode, f"{listing} was rebuilt"
    if name.startswith("a product renamed"):  # now first of the twelve cards a listing shows
        for listing in ("san-pham", "nhom/handicrafts"):
            page = (site / listing / "index.html").read_text(encoding="utf-8")
            assert page.index("chieu-12") < page.index("chieu-00"), listing
    if name.startswith("a summary"):  # keyed again from the record digests: its page and its part
        assert after == parts
        assert result.rendered == 4  # the cover shows the parts' first and last names, not summaries
    if name.startswith("delete"):
        assert after == []
        assert 'id="chieu-04"' in (site / "catalo-in/index.html").read_text(encoding="utf-8")
