"""The live preview: a save publishes its pages before the search index is made again; the
index follows, equal to a full build's, and a page that searches says so meanwhile."""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

import generator.build as build_module
from generator.build import CACHE_DIR, build
from generator.engine import preview
from generator.incremental import resident
from generator.incremental.index_later import NEXT, IndexLater
from generator.incremental.state import read_state, state_file
from generator.output.files import write_whole
from generator.profiles import WEB

from .conftest import REPO, copy_fixture
from .test_incremental import differences, replace, tree

FISH = "products/nuoc-mam-ca-com-40-do-dam.yml"
OLD_NAME = 'vi: "Nước mắm cá cơm 40 độ đạm"'
NEW_NAME = 'vi: "Nước mắm nhĩ cá cơm Hòn Thơm"'
NOTE = yaml.safe_load((REPO / "theme/locales/strings.yml").read_text(encoding="utf-8"))["search_updating"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_fixture("mini", tmp_path / "mini")
    build(root)
    return root


def renamed(root: Path) -> None:
    """A name edit: search holds names, so the index must be made again."""
    replace(root / FISH, OLD_NAME, NEW_NAME)


def saved_inputs(root: Path) -> str:
    state = read_state(state_file(root / CACHE_DIR, (root / "site").resolve(), WEB))
    assert state is not None
    return state.inputs


def test_the_pages_come_first_then_the_index_equal_to_a_full_build(project: Path, tmp_path: Path) -> None:
    index_before = tree(project / "site/pagefind_vi")
    renamed(project)
    result = build(project, search_later=True)
    assert result.index_later is not None and not result.indexed
    page = (project / "site/san-pham/nuoc-mam-ca-com-40-do-dam/index.html").read_text(encoding="utf-8")
    assert "Nước mắm nhĩ cá cơm Hòn Thơm" in page, "the page is published at once"
    assert tree(project / "site/pagefind_vi") == index_before, "with the index published before"
    assert saved_inputs(project) == "", "a site whose index is behind is never up to date"
    assert result.index_later.run() is True
    assert not (project / "site" / NEXT).exists()
    full = build(project, out=tmp_path / "full", full=True)
    assert full.index_later is None
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []
    again = build(project)
    assert (again.rendered, again.indexed) == (0, False), "once the index is in, nothing is left to do"


def test_nothing_for_search_changed_nothing_left_for_later(project: Path) -> None:
    replace(project / FISH, "ủ chượp 12 tháng trong thùng gỗ.", "ủ chượp 14 tháng trong thùng gỗ.")  # not searched
    result = build(project, search_later=True)
    assert result.index_later is None


def test_a_save_while_indexing_stops_it_and_the_next_build_indexes(project: Path, tmp_path: Path) -> None:
    renamed(project)
    later = build(project, search_later=True).index_later
    assert later is not None
    stop = threading.Event()
    stop.set()
    assert later.run(stop) is False
    assert not (project / "site" / NEXT).exists(), "an unfinished index is not left in the site"
    replace(project / FISH, NEW_NAME, 'vi: "Nước mắm cá cơm Hòn Thơm"')
    result = build(project)
    assert result.indexed and result.index_later is None
    build(project, out=tmp_path / "full", full=True)
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


def test_an_index_left_for_later_gives_way_to_a_build_that_ran_meanwhile(project: Path, tmp_path: Path) -> None:
    renamed(project)
    later = build(project, search_later=True).index_later
    assert later is not None
    replace(project / FISH, NEW_NAME, 'vi: "Nước mắm cá cơm Hòn Thơm"')
    build(project)  # a build from another terminal indexes what it needs
    published = tree(project / "site")
    assert later.run() is False, "the older build's index is not swapped over the newer one"
    assert tree(project / "site") == published
    build(project, out=tmp_path / "full", full=True)
    assert differences(published, tree(tmp_path / "full")) == []


def test_an_index_a_killed_preview_left_unfinished_is_never_published(project: Path, tmp_path: Path) -> None:
    (project / "site" / NEXT).mkdir()
    (project / "site" / NEXT / "pagefind-entry.json").write_text("{}", encoding="utf-8")
    for summary in ("14", "16"):  # the published site becomes the spare, then the next build's site
        replace(project / FISH, "ủ chượp 1", f"ủ chượp {summary}")
        build(project)
        assert not (project / "site" / NEXT).exists()
    build(project, out=tmp_path / "full", full=True)
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


@pytest.fixture
def kept_in_memory() -> Iterator[None]:
    """What the preview keeps in memory between builds, forgotten after the test."""
    resident.keep_in_memory()
    try:
        yield
    finally:
        resident.keep_in_memory(False)


def test_the_preview_keeps_in_memory_what_the_cache_files_hold(
    project: Path, tmp_path: Path, kept_in_memory: None
) -> None:
    edits = [
        lambda: replace(project / FISH, "ủ chượp 12 tháng", "ủ chượp 14 tháng"),  # a summary
        lambda: renamed(project),  # a name: the index follows
        lambda: replace(project / "content/facilities/nuoc-mam-hung-thinh.yml", "Hưng Thịnh", "Hưng Thạnh"),
        lambda: (project / "products/gio-xach-co-bang.yml").unlink(),  # a product deleted
        lambda: replace(project / FISH, NEW_NAME, OLD_NAME),
    ]
    build(project)  # the builds before kept nothing: this one reads the files, keeps what it read
    for edit in edits:
        edit()
        later = build(project, search_later=True).index_later
        if later is not None:
            assert later.run() is True
        kept = dict(resident._kept)
        root = project.resolve()
        assert str(root / CACHE_DIR / "stamps.pickle") in kept
        assert str(state_file(root / CACHE_DIR, root / "site", WEB)) in kept
        assert str(root / ".site.spare.pickle") in kept
        assert any("/records-" in name for name in kept), "the record cache"
        for name, (_, value) in kept.items():
            assert pickle.loads(Path(name).read_bytes()) == value, f"{name} differs from what is kept"
            assert resident.load(Path(name)) is value, "given back from memory, not read again"
    resident.keep_in_memory(False)
    build(project, out=tmp_path / "full", full=True)
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


def test_a_cache_file_written_by_another_build_is_read_again(tmp_path: Path, kept_in_memory: None) -> None:
    path = tmp_path / "state.pickle"
    resident.dump(path, {"pages": 1})
    assert resident.load(path) == {"pages": 1}
    write_whole(path, pickle.dumps({"pages": 2}))  # another build replaces it whole, as long as before
    assert resident.load(path) == {"pages": 2}
    resident.forget(path)
    assert not path.exists()
    with pytest.raises(FileNotFoundError):
        resident.load(path)


class Gated:
    """An ``IndexLater`` that waits for the test before it starts."""

    def __init__(self, later: IndexLater) -> None:
        self.later = later
        self.gate = threading.Event()

    def run(self, stop: threading.Event) -> bool:
        self.gate.wait(30)
        return self.later.run(stop)


@pytest.fixture
def live(project: Path, tmp_path: Path) -> Iterator[tuple[preview.Preview, list[Gated], str]]:
    """The preview server over the fixture site, its rebuilds made by the test."""
    made: list[Gated] = []

    def build_once(published: Callable[[bool], None]) -> Gated | None:
        later = build(project, search_later=True, published=published).index_later
        if later is None:
            return None
        made.append(Gated(later))
        return made[-1]

    quiet = tmp_path / "watched"  # a watched folder, so pages get the reload script
    quiet.mkdir()
    live = preview.Preview(build_once, lambda text: None)
    server = preview.serve(live, project / "site", [quiet], "127.0.0.1", 0, NOTE)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    while not server.serve_thread.is_alive():
        pass
    yield live, made, f"http://127.0.0.1:{server.server_port}/"
    for gated in made:
        gated.gate.set()
    server.shutdown()
    live.stop_indexing()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.browser
def test_search_says_it_is_updating_until_the_new_index_is_in(
    project: Path, live: tuple[preview.Preview, list[Gated], str], page: object
) -> None:
    preview_of, made, url = live
    renamed(project)
    preview_of.rebuild()
    assert len(made) == 1
    page.goto(url + "tim-kiem/?q=hon%20thom")
    note = page.locator(".sr-search-updating")
    assert note.inner_text() == NOTE["vi"]
    page.wait_for_selector(".sr-finder__results[data-query='hon thom']", state="attached")
    assert page.locator(".sr-finder__results .sr-card").count() == 0, "the older index does not know the name"
    product = page.context.new_page()
    product.goto(url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    assert product.locator("h1").inner_text().startswith("Nước mắm nhĩ cá cơm Hòn Thơm"), "the page itself is new"
    assert product.locator(".sr-search-updating").count() == 0, "only pages that search carry the note"
    english = page.context.new_page()
    english.goto(url + "en/search/")
    assert english.locator(".sr-search-updating").inner_text() == NOTE["en"]
    made[0].gate.set()  # the index is made, swapped in, and the browsers reload
    page.wait_for_selector(".sr-search-updating", state="detached", timeout=30_000)
    page.wait_for_selector(".sr-finder__results[data-query='hon thom'] .sr-card", timeout=10_000)
    assert "Hòn Thơm" in page.locator(".sr-finder__results .sr-card").first.inner_text()


@pytest.mark.browser
def test_the_browsers_reload_as_soon_as_the_site_is_published_before_the_build_ends(
    project: Path, tmp_path: Path, live: tuple[preview.Preview, list[Gated], str], page: object
) -> None:
    preview_of, made, url = live
    build_once, held, release = preview_of.build_once, threading.Event(), threading.Event()

    def holding(published: Callable[[bool], None]) -> Gated | None:
        def then_hold(search_later: bool) -> None:
            published(search_later)
            held.set()
            release.wait(30)  # the build goes on to save its state only when the test says so

        return build_once(then_hold)

    preview_of.build_once = holding
    page.goto(url + "san-pham/nuoc-mam-ca-com-40-do-dam/")
    page.wait_for_load_state("load")
    renamed(project)
    with page.expect_event("load", timeout=30_000):
        (tmp_path / "watched/saved.txt").write_text("a save", encoding="utf-8")  # the server builds
    assert held.is_set() and not release.is_set(), "the page reloaded only when the build ended"
    assert page.locator("h1").inner_text().startswith("Nước mắm nhĩ cá cơm Hòn Thơm")
    finder = page.context.new_page()
    finder.goto(url + "tim-kiem/")
    assert finder.locator(".sr-search-updating").inner_text() == NOTE["vi"], "search is still to make"
    page.evaluate("window.sameDocument = true")  # gone if the page loads again
    release.set()
    page.wait_for_timeout(1500)  # the build ends, and MkDocs tells the browsers so
    assert len(made) == 1
    assert page.evaluate("window.sameDocument === true"), "the end of the build reloaded the page a second time"


def test_a_save_starts_one_build_and_a_build_reading_the_records_none(tmp_path: Path) -> None:
    """The server hears saves from the system; opening and reading a file (every build reads
    the records and the theme) is not a save, or each build would start the next."""
    records, site = tmp_path / "products", tmp_path / "site"
    records.mkdir()
    site.mkdir()
    record = records / "a.yml"
    record.write_text("name: a\n", encoding="utf-8")
    builds: list[str] = []

    def build_once(published: Callable[[bool], None]) -> None:
        builds.append(record.read_text(encoding="utf-8"))  # as a build reads the records

    server = preview.serve(preview.Preview(build_once, lambda text: None), site, [records], "127.0.0.1", 0, {})
    threading.Thread(target=server.serve, daemon=True).start()
    try:
        while not server.serve_thread.is_alive():
            time.sleep(0.01)
        record.write_text("name: b\n", encoding="utf-8")
        deadline = time.monotonic() + 10
        while not builds and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(1.5)  # MkDocs' polling took up to 0.5 s to see a change; a read-triggered build would follow
        assert builds == ["name: b\n"]
    finally:
        server.shutdown()


def test_the_spare_sites_older_index_stands_in_until_the_new_one_is_in(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace(project / FISH, "ủ chượp 12 tháng trong thùng gỗ.", "ủ chượp 14 tháng trong thùng gỗ.")
    build(project)  # the first site published becomes the spare, with its index
    linked: list[str] = []
    monkeypatch.setattr(build_module, "link_published_index", lambda plan, site, bundle: linked.append(bundle))
    renamed(project)
    result = build(project, search_later=True)
    assert result.index_later is not None and not result.indexed
    assert linked == [], "the spare's part stays; the published one is not linked in its place"
    entry = project / "site/pagefind_vi/pagefind-entry.json"
    assert entry.is_file(), "the older index is in place: search works meanwhile"
    assert not saved_inputs(project), "the state says the site is not the one its inputs make"
    assert result.index_later.run() is True
    build(project, out=tmp_path / "full", full=True)
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []
    again = build(project)
    assert (again.rendered, again.indexed) == (0, False)


def test_a_port_taken_or_out_of_range_is_refused_before_the_first_build(mini: Path) -> None:
    import socket

    from click.testing import CliRunner

    from generator.staff.cli import main

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["-C", str(mini), "serve", "--port", str(port)])
    assert (result.exit_code, result.stderr) == (
        1,
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use\n",
    )
    assert not (mini / "site").exists(), "the port is tried before the build, not after it"
    result = CliRunner().invoke(main, ["-C", str(mini), "serve", "--port", "99999"])
    assert result.exit_code == 2
    assert "Invalid value for '--port': 99999 is not in the range 1<=x<=65535." in result.stderr
