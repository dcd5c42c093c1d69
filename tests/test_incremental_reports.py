"""An incremental build reports what a full build reports, and fails ``--strict`` the same way.

Each test starts from its own freshly built copy of the fixture, makes one
change, then builds incrementally and fully and compares the two: report lines,
outcome, and (when both publish) every file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

import generator.build as build_module
from generator.build import build
from generator.records.diagnostics import UserError
from tests.conftest import copy_fixture
from tests.test_incremental import differences, rename_record, replace, tree

PRODUCT_LINK = "Trang **giới thiệu**. Xem [nước mắm](../san-pham/nuoc-mam-ca-com-40-do-dam/)."


@dataclass
class Outcome:
    published: bool
    lines: list[str]
    rendered: int = 0
    fallbacks: dict[str, int] | None = None


def outcome(root: Path, out: Path | None = None, strict: bool = False, full: bool = False) -> Outcome:
    try:
        result = build(root, out=out, strict=strict, full=full)
    except UserError as exc:
        return Outcome(False, exc.report.lines())
    return Outcome(True, result.report.lines(), result.rendered, result.fallbacks)


def same_as_full(root: Path, tmp_path: Path, strict: bool = False) -> Outcome:
    """Build incrementally, then fully into another folder; assert both say and make the same."""
    incremental = outcome(root, strict=strict)
    full = outcome(root, out=tmp_path / "full", strict=strict, full=True)
    assert incremental.lines == full.lines
    assert incremental.published == full.published
    assert incremental.fallbacks == full.fallbacks
    if full.published:
        assert differences(tree(root / "site"), tree(tmp_path / "full")) == []
    return incremental


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_fixture("mini", tmp_path / "mini")
    build(root)
    return root


CATALOGUE_LINK = "Trang **giới thiệu**. Xem [nước mắm](../catalo-in/#nuoc-mam-ca-com-40-do-dam) trong catalô."


def test_a_kept_page_linking_to_an_element_that_goes_is_read_again_alone(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace(project / "content/pages/about.vi.md", "Trang **giới thiệu**.", CATALOGUE_LINK)
    assert same_as_full(project, tmp_path).lines == []
    # Another edit between: the about page is kept, and what it links to is carried to the next state.
    replace(project / "products/gio-xach-co-bang.yml", "Giỏ đan tay", "Giỏ xách đan tay")
    assert same_as_full(project, tmp_path / "between").lines == []
    # A new id (the old one kept as an alias): the catalogue's element of the product takes the new id.
    rename_record(project, "products", "nuoc-mam-ca-com-40-do-dam", "nuoc-mam-hon-thom", "product")
    asked: list[tuple[frozenset[str], list[str] | None]] = []
    real = build_module.check_links

    def spy(site: Path, unchanged: frozenset[str], only: list[str] | None, deep: dict) -> list:
        asked.append((unchanged, only))
        return real(site, unchanged, only, deep)

    monkeypatch.setattr(build_module, "check_links", spy)
    incremental = outcome(project)
    [(unchanged, only)] = asked
    assert only is not None and "about/index.html" in only, "the page linking to the element is read again"
    assert "en/about/index.html" in unchanged, "a kept page linking nowhere near it is not"
    monkeypatch.undo()
    full = outcome(project, out=tmp_path / "full", full=True)
    assert incremental.lines == full.lines
    assert len(full.lines) == 1 and "site/about/index.html" in full.lines[0]
    assert "no element with id 'nuoc-mam-ca-com-40-do-dam'" in full.lines[0]
    assert differences(tree(project / "site"), tree(tmp_path / "full")) == []


def test_a_deleted_product_that_a_kept_page_links_to_is_reported(project: Path, tmp_path: Path) -> None:
    replace(project / "content/pages/about.vi.md", "Trang **giới thiệu**.", PRODUCT_LINK)
    assert same_as_full(project, tmp_path).lines == []
    (project / "products/nuoc-mam-ca-com-40-do-dam.yml").unlink()
    lines = [
        "site/about/index.html:",
        "warning: link: '../san-pham/nuoc-mam-ca-com-40-do-dam/' points to a file that does not exist",
    ]
    found = same_as_full(project, tmp_path / "warn")
    assert len(found.lines) == 1 and all(part in found.lines[0] for part in lines)
    strict = same_as_full(project, tmp_path / "strict", strict=True)
    assert not strict.published
    assert "error: link: '../san-pham/nuoc-mam-ca-com-40-do-dam/'" in strict.lines[0]
    # Nothing changed since: the warning is told again, and --strict still fails.
    assert outcome(project).lines == found.lines
    assert not outcome(project, strict=True).published


def test_a_broken_link_mended_by_a_new_product_is_no_longer_reported(project: Path, tmp_path: Path) -> None:
    replace(project / "content/pages/about.vi.md", "Trang **giới thiệu**.", PRODUCT_LINK)
    source = project / "products/nuoc-mam-ca-com-40-do-dam.yml"
    text = source.read_text(encoding="utf-8")
    source.unlink()
    assert len(same_as_full(project, tmp_path / "broken").lines) == 1
    source.write_text(text, encoding="utf-8")  # the kept about page is fine again
    assert same_as_full(project, tmp_path / "mended", strict=True).lines == []


def test_a_facility_moved_to_another_district(project: Path, tmp_path: Path) -> None:
    replace(project / "content/facilities/htx-co-bang-phu-my.yml", "district: giang-thanh", "district: phu-quoc")
    same_as_full(project, tmp_path)


def test_an_alias_removed_alone(project: Path, tmp_path: Path) -> None:
    record = project / "products/gio-xach-co-bang.yml"
    with open(record, "a", encoding="utf-8") as handle:
        handle.write("aliases: [gio-xach-cu]\n")
    same_as_full(project, tmp_path / "added")
    assert (project / "site/san-pham/gio-xach-cu/index.html").is_file()
    replace(record, "aliases: [gio-xach-cu]\n", "")
    same_as_full(project, tmp_path / "removed")
    assert not (project / "site/san-pham/gio-xach-cu").exists()


def test_a_translation_added_then_removed(project: Path, tmp_path: Path) -> None:
    record = project / "content/facilities/htx-co-bang-phu-my.yml"
    before = record.read_text(encoding="utf-8")
    replace(
        record,
        'name: {vi: "Hợp tác xã cỏ bàng Phú Mỹ"}',
        'name: {vi: "Hợp tác xã cỏ bàng Phú Mỹ", en: "Phu My Sedge Co-op"}',
    )
    assert same_as_full(project, tmp_path / "added").published
    record.write_text(before, encoding="utf-8")
    same_as_full(project, tmp_path / "removed")


def epoch(day: dt.date) -> str:
    return str(int(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp()))


def test_the_date_moving_past_an_expiry(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # bo-nuoc-mam-phu-quoc's certification expires on 2025-11-20.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2025, 11, 19)))
    same_as_full(project, tmp_path / "before")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2025, 11, 20)))
    assert outcome(project).rendered == 0, "a new day with no expiry is not a new site"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(dt.date(2025, 11, 21)))
    expired = same_as_full(project, tmp_path / "after")
    total = len(tree(project / "site"))
    assert 0 < expired.rendered < total / 4, "only the pages showing the expired product are rebuilt"
    assert "sr-badge--expired" in (project / "site/san-pham/bo-nuoc-mam-phu-quoc/index.html").read_text("utf-8")


def test_a_record_file_that_is_not_read_and_tags_per_language(project: Path, tmp_path: Path) -> None:
    """The warning about a file that is not read is the full build's, with and without --strict,
    and a build with nothing to do says it again; search words per language rebuild as a full build does."""
    record = project / "products/gio-xach-co-bang.yml"
    (project / "products/muoi.YML").write_text(record.read_text(encoding="utf-8"), encoding="utf-8")
    page = project / "content/pages/about.vi.md"
    (project / "content/pages/hoi-cho.vi.MD").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    told = same_as_full(project, tmp_path / "warned")
    assert told.lines == [
        "content/pages/hoi-cho.vi.MD:1:1: warning: not read: a page is a file <name>.<language>.md directly in its"
        " folder (hint: rename it hoi-cho.vi.md)",
        "products/muoi.YML:1:1: warning: not read: a record is a file <id>.yml directly in its folder"
        " (hint: rename it muoi.yml)",
    ]
    assert outcome(project).lines == told.lines, "a build with nothing to do tells the same"
    assert not same_as_full(project, tmp_path / "strict", strict=True).published
    (project / "products/muoi.YML").unlink()
    (project / "content/pages/hoi-cho.vi.MD").unlink()
    with open(record, "a", encoding="utf-8") as handle:
        handle.write('tags: {vi: ["giỏ xách"], en: ["bag", "handbag"]}\n')
    assert same_as_full(project, tmp_path / "tags").lines == []
