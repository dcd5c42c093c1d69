"""A product or facility edited as cards show it (a name, a level, its group, facility or place):
only the pages showing its card or standing near it in a name order are keyed again, and every
key is the one a full build gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import build
from generator.incremental.keys import PageKeys
from tests.conftest import copy_fixture
from tests.test_incremental import PRODUCT, differences, replace, saved_keys, tree

FACILITY = (
    'name: {{vi: "Cơ sở đan chiếu {n}"}}\ntype: household\ndistrict: giang-thanh\nphone: "0977.123.45{n}"\n'
    'address: {{vi: "Ấp {n}, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang"}}\n'
)


def product(root: Path, n: int) -> Path:
    return root / "products" / f"chieu-{n:02d}.yml"


def facility(root: Path, n: int) -> Path:
    return root / "content/facilities" / f"dan-chieu-{n}.yml"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 products in name order made by 6 facilities, each making 4 that follow each other
    (so a product's related products skip its own facility's), 20 in one group and 4 in the other."""
    root = copy_fixture("mini", tmp_path_factory.mktemp("cards") / "mini")
    with open(root / "site_config.yml", "a", encoding="utf-8") as config:
        config.write("listing_cards: 12\n")
    for n in range(6):
        (root / f"content/facilities/dan-chieu-{n}.yml").write_text(FACILITY.format(n=n), encoding="utf-8")
    for n in range(24):
        text = PRODUCT.format(
            vi=f"Chiếu {n:02d}",
            en=f"Mat {n:02d}",
            group="food" if n >= 20 else "handicrafts",
            facility=f"dan-chieu-{n // 4}",
        )
        product(root, n).write_text(text, encoding="utf-8")
    build(root)
    return root


EDITS: list[tuple[str, Callable[[Path], None]]] = [
    ("renamed to the head of its group", lambda r: replace(product(r, 10), "Chiếu 10", "Áo 10")),
    ("renamed to the end of its group", lambda r: replace(product(r, 3), "Chiếu 03", "Võng 03")),
    ("renamed in its place", lambda r: replace(product(r, 7), "Chiếu 07", "Chiếu 07 đẹp")),
    ("its level raised", lambda r: replace(product(r, 5), "level: province", "level: region")),
    ("moved to the other group", lambda r: replace(product(r, 8), "group: handicrafts", "group: food")),
    ("made by another facility", lambda r: replace(product(r, 9), "facility: dan-chieu-2", "facility: dan-chieu-5")),
    ("a facility renamed", lambda r: replace(facility(r, 1), "Cơ sở đan chiếu 1", "Cơ sở đan chiếu Phú Mỹ")),
    (
        "a facility moved to another district and unit",
        lambda r: replace(facility(r, 3), "district: giang-thanh", "district: phu-quoc\nunit: dac-khu-phu-quoc"),
    ),
    (
        "a facility renamed and one of its products renamed",
        lambda r: (
            replace(facility(r, 4), "Cơ sở đan chiếu 4", "Cơ sở đan chiếu Tây Yên"),
            replace(product(r, 17), "Chiếu 17", "Ao 17"),
        ),
    ),
    (
        "two renamed at once, across the end of the order",
        lambda r: (replace(product(r, 1), "Chiếu 01", "Xoài 01"), replace(product(r, 20), "Chiếu 20", "Bánh 20")),
    ),
]


@pytest.mark.parametrize("name,edit", EDITS, ids=[name for name, _ in EDITS])
def test_a_card_edit_keys_again_what_a_full_build_would_change(
    project: Path, monkeypatch: pytest.MonkeyPatch, name: str, edit: Callable[[Path], None]
) -> None:
    edit(project)
    keyed: list[tuple[str, str]] = []
    page = PageKeys.page
    monkeypatch.setattr(
        PageKeys, "page", lambda self, kind, ident: keyed.append((kind, ident)) or page(self, kind, ident)
    )
    result = build(project)
    monkeypatch.undo()
    assert result.report.problems == [], result.report.lines()
    products = {ident for kind, ident in keyed if kind == "product"}
    assert 0 < len(products) < len(list(project.glob("products/*.yml"))), "every page was keyed again"
    assert ("home", "") in keyed, "the home page counts levels and groups"
    site, keys = tree(project / "site"), saved_keys(project, project / "site")
    build(project, full=True)  # into the same folder: its path is in every key
    assert keys == saved_keys(project, project / "site")
    assert differences(site, tree(project / "site")) == []
