"""The search index in parts: an edit indexes its product's part again, and no other; a full
build makes the same bytes; the browser searches every part as one index."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pagefind_bin import get_executable

import generator.build as build_module
import generator.output.search as search_module
from generator.build import build
from generator.output.search import indexed_copy, indexing, is_bundle, language_of, spelled_with_d

from .conftest import copy_fixture, serve
from .test_incremental import differences, replace, tree

BASKET = "products/gio-xach-co-bang.yml"  # in the part 2 (a hash of its id decides)
#: With one product per part the fixture's three products fall into parts 0 and 2 (part 1 holds
#: none); each part is one language's.
PARTS = ["pagefind-2_en", "pagefind-2_vi", "pagefind_en", "pagefind_vi"]


def parted(root: Path) -> Path:
    """The fixture catalogue with one product per search index part."""
    with open(root / "site_config.yml", "a", encoding="utf-8") as handle:
        handle.write("search_part_size: 1\n")
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = parted(copy_fixture("mini", tmp_path / "mini"))
    build(root)
    return root


@pytest.fixture
def indexed_parts(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The parts each build gave Pagefind to index."""
    calls: list[list[str]] = []
    real = build_module.indexing

    def spy(site: Path, parts: dict[str, list[str]], *args: object, **kwargs: object) -> object:
        calls.append(sorted(parts))
        return real(site, parts, *args, **kwargs)

    monkeypatch.setattr(build_module, "indexing", spy)
    return calls


def bundles(site: Path) -> list[str]:
    return sorted(p.name for p in site.iterdir() if is_bundle(p.name))


def test_each_product_is_in_one_part_and_the_finder_names_them(project: Path) -> None:
    site = project / "site"
    assert bundles(site) == PARTS
    pages = {lang: 0 for lang in ("vi", "en")}
    for bundle in PARTS:
        languages = json.loads((site / bundle / "pagefind-entry.json").read_text())["languages"]
        assert list(languages) == [language_of(bundle)], "a part holds one language"
        pages[language_of(bundle)] += languages[language_of(bundle)]["page_count"]
    assert pages == {"vi": 3, "en": 3}, "every product page in exactly one part"
    search = (site / "tim-kiem/index.html").read_text(encoding="utf-8")
    assert """data-bundle="../pagefind_vi/" data-parts='["../pagefind-2_vi/"]'""" in search
    search = (site / "en/search/index.html").read_text(encoding="utf-8")
    assert """data-bundle="../../pagefind_en/" data-parts='["../../pagefind-2_en/"]'""" in search


def test_a_rename_indexes_its_part_alone_and_equals_a_full_build(
    project: Path, tmp_path: Path, indexed_parts: list[list[str]]
) -> None:
    replace(project / BASKET, '"Giỏ xách cỏ bàng"', '"Giỏ xách cỏ bàng Hòn Đất"')
    result = build(project)
    assert result.indexed and indexed_parts == [["pagefind-2_vi"]], "the Vietnamese name: that part alone"
    build(project, out=tmp_path / "full", full=True)
    assert indexed_parts[-1] == PARTS, "a full build makes every part"
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


def test_a_part_gone_from_the_published_site_is_made_again(project: Path, indexed_parts: list[list[str]]) -> None:
    before = tree(project / "site")
    shutil.rmtree(project / "site/pagefind-2_en")
    build(project)
    assert indexed_parts == [["pagefind-2_en"]]
    assert differences(tree(project / "site"), before) == []
    shutil.rmtree(project / "site/pagefind_vi")  # the spare still holds it: linked from there, not made
    build(project)
    assert indexed_parts == [["pagefind-2_en"]]
    assert differences(tree(project / "site"), before) == []


def test_a_new_number_of_parts_leaves_no_older_part(project: Path, tmp_path: Path) -> None:
    replace(project / "site_config.yml", "search_part_size: 1\n", "search_part_size: 2\n")
    build(project)
    assert bundles(project / "site") == ["pagefind-1_en", "pagefind-1_vi", "pagefind_en", "pagefind_vi"]
    build(project, out=tmp_path / "full", full=True)
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


def test_the_preview_indexes_the_changed_part_later(project: Path, tmp_path: Path) -> None:
    replace(project / BASKET, '"Giỏ xách cỏ bàng"', '"Giỏ xách cỏ bàng Hòn Đất"')
    result = build(project, search_later=True)
    assert result.index_later is not None and sorted(result.index_later.parts) == ["pagefind-2_vi"]
    assert result.index_later.run() is True
    build(project, out=tmp_path / "full", full=True)
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


def _pagefind_running() -> bool:
    executable = str(get_executable())
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if executable.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                return True
        except OSError:
            continue
    return False


def test_a_build_killed_while_writing_a_part_leaves_the_site_and_its_search(project: Path) -> None:
    before = tree(project / "site")
    replace(project / BASKET, '"Giỏ xách cỏ bàng"', '"Giỏ xách cỏ bàng Hòn Đất"')
    command = [sys.executable, "-m", "generator", "-C", str(project), "build"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while not _pagefind_running() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, "the build ended before it indexed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert tree(project / "site") == before, "the published site and every part of its index are as they were"
    build(project)
    assert "Hòn Đất" in (project / "site/san-pham/gio-xach-co-bang/index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parted_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = parted(copy_fixture("mini", tmp_path_factory.mktemp("parted") / "mini"))
    build(root)
    server, url = serve(root / "site")
    yield url
    server.shutdown()


def test_the_browser_searches_every_part_as_one(browser: object, parted_url: str) -> None:
    page = browser.new_page()
    try:
        page.goto(parted_url + "tim-kiem/?q=nuoc+mam")
        page.wait_for_function("document.querySelectorAll('.sr-finder__results .sr-card').length === 2")
        titles = page.locator(".sr-finder__results .sr-card__title").all_inner_texts()
        assert sorted(titles) == ["Bộ sản phẩm nước mắm Phú Quốc", "Nước mắm cá cơm 40 độ đạm"], "one from each part"
        if not page.evaluate("document.querySelector('.sr-finder__panel').open"):
            page.get_by_text("Lọc", exact=True).click()
        facet = page.locator("fieldset").filter(has_text="Huyện cũ").locator("label").filter(has_text="Phú Quốc")
        facet.wait_for()
        assert facet.locator(".sr-facet__count").inner_text() == "2", "counts summed over the parts"
    finally:
        page.close()


def test_pagefind_given_each_pages_indexed_element_writes_the_index_of_the_whole_pages(
    sample_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample's index (Pagefind given ``indexed_copy`` of each page) against the one
    Pagefind makes given each page whole: the same files, byte for byte."""
    monkeypatch.setattr(search_module, "indexed_copy", lambda page: page)
    with indexing(sample_site, {"pagefind_vi": ["san-pham/"], "pagefind_en": ["en/products/"]}, tmp_path) as finish:
        finish()
    for bundle in ("pagefind_vi", "pagefind_en"):
        assert tree(tmp_path / bundle) == tree(sample_site / bundle)
    page = (sample_site / "san-pham/ba-khia-muoi-tu-hau/index.html").read_text(encoding="utf-8")
    assert len(indexed_copy(page)) * 4 < len(page), "Pagefind was given a small part of each page"


def test_the_whole_page_is_given_where_pagefind_reads_outside_the_element() -> None:
    image = '<span data-pagefind-meta="image:/a.jpg"></span>'
    element = f'<div data-pagefind-body><h1 data-pagefind-meta="title">Cá</h1><div>a</div>{image}</div>'
    page = '<!doctype html><html lang="vi"><head><title>T</title></head><body><nav data-pagefind-ignore>menu</nav>'
    page += element
    assert indexed_copy(page + "<footer>f</footer></body></html>") == (
        f'<!doctype html><html lang="vi"><head><title>T</title></head><body>{element}</body></html>'
    )
    outside = page + '<span data-pagefind-filter="Nhóm:x"></span></body></html>'
    assert indexed_copy(outside) == outside
    headed = page.replace("<title>", '<meta data-pagefind-meta="image[content]" content="/a.jpg"><title>')
    assert indexed_copy(headed) == headed
    imageless = page.replace(image, "") + '<img src="/logo.png"></body></html>'
    assert indexed_copy(imageless) == imageless, "Pagefind takes the first image of the page"
    assert indexed_copy("<html><body><p>no element</p></body></html>") == "<html><body><p>no element</p></body></html>"


def test_a_pagefind_that_stops_while_given_pages_fails_the_index_with_its_part_named(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services: list[search_module.PagefindService] = []
    real_service, real_pages = search_module.PagefindService, search_module.page_texts

    def spy(*args: object) -> search_module.PagefindService:
        services.append(real_service(*args))
        return services[-1]

    def pages_then_kill(site: Path, folders: list[str]) -> Iterator[tuple[str, str]]:
        yield from real_pages(site, folders)
        while not services:  # the service gives pages from its thread before it is handed back
            time.sleep(0.01)
        services[0]._process.kill()
        services[0]._process.wait()
        yield "san-pham/late/index.html", "<html><body>late</body></html>"

    monkeypatch.setattr(search_module, "PagefindService", spy)
    monkeypatch.setattr(search_module, "page_texts", pages_then_kill)
    stopped = r"^Pagefind failed on part: Pagefind stopped \(-9\)"
    with (
        pytest.raises(search_module.PagefindError, match=stopped),
        indexing(project / "site", {"part": ["san-pham/"]}, tmp_path) as finish,
    ):
        finish()


def test_words_with_d_are_given_spelled_with_d_once() -> None:
    assert spelled_with_d(["Giỏ đan Hòn Đất", None, "giỏ đan", "Nước mắm"]) == "dan Dất"
    assert spelled_with_d(["Nước mắm"]) == ""


def test_a_part_made_again_links_the_files_the_published_part_holds(tmp_path: Path) -> None:
    root = copy_fixture("mini", tmp_path / "mini")  # one part per language: three product pages
    build(root)
    before = {path.name: path.stat().st_ino for path in (root / "site/pagefind_vi").rglob("*") if path.is_file()}
    replace(root / BASKET, '"Giỏ xách cỏ bàng"', '"Giỏ xách cỏ bàng Hòn Đất"')
    build(root)
    fragments = sorted((root / "site/pagefind_vi/fragment").iterdir())
    linked = [path.stat().st_ino in before.values() for path in fragments]
    assert len(fragments) == 3 and linked.count(True) == 2, "the two products not renamed: linked"
    assert all(path.stat().st_nlink == 1 for path, same in zip(fragments, linked, strict=True) if not same)
    build(root, out=tmp_path / "full", full=True)
    assert differences(tree(root / "site"), tree(tmp_path / "full")) == []
