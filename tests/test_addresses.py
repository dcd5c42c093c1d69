"""``showroom addresses``: pre-reform addresses of two former provinces converted, never guessed."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.build import check
from generator.staff.addresses import old_form
from generator.staff.cli import main

THU_BA = """\
# Địa chỉ theo giấy chứng nhận năm 2023.
name: {vi: "Cơ sở khô cá Thứ Ba", en: "Thu Ba Dried Fish Workshop"}
type: workshop
district: an-bien   # the former district
address: {vi: "Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang", en: "Quarter 2, Thu Ba Town, An Bien District, Kien Giang Province"}
phone: "0297 3835 111"  # office
"""

FACILITIES = {
    # Kiên Giang, now An Giang: a town (thị trấn) of a district, with an English address.
    "co-so-kho-ca-thu-ba": THU_BA,
    # The former An Giang: a ward of a provincial city.
    "banh-pia-my-long": """\
name: {vi: "Cơ sở bánh pía Mỹ Long"}
type: household
district: long-xuyen
address: {vi: "Số 12, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang", en: "No. 12, My Long Ward, Long Xuyen City, An Giang Province"}
phone: "0296 3841 222"
""",
    # A commune divided between two wards: the tool must ask.
    "mam-vinh-chau": """\
name: {vi: "Cơ sở mắm Vĩnh Châu"}
type: household
district: chau-doc
address: {vi: "Ấp Vĩnh Chánh 1, xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang", en: "Vinh Chanh 1 Hamlet, Vinh Chau Commune, Chau Doc City, An Giang Province"}
phone: "0296 3866 333"
""",
    # Tiền Giang became part of Đồng Tháp, not of An Giang.
    "keo-dua-long-dinh": """\
name: {vi: "Cơ sở kẹo dừa Long Định"}
type: household
district: chau-thanh
address: {vi: "Ấp 3, xã Long Định, huyện Châu Thành, tỉnh Tiền Giang"}
phone: "0273 3855 444"
""",
    # No commune, ward or town: the library cannot place it.
    "ben-pha-hon-dat": """\
name: {vi: "Cơ sở bến phà Hòn Đất"}
type: household
district: hon-dat
address: {vi: "Gần bến phà, huyện Hòn Đất, tỉnh Kiên Giang"}
phone: "0297 3755 555"
""",
}

DISTRICTS = {
    "an-bien": "name: {vi: An Biên, en: An Bien}\ntype: district\nprovince: kien-giang\n",
    "hon-dat": "name: {vi: Hòn Đất, en: Hon Dat}\ntype: district\nprovince: kien-giang\n",
    "long-xuyen": "name: {vi: Long Xuyên, en: Long Xuyen}\ntype: city\nprovince: an-giang-cu\n",
    "chau-doc": "name: {vi: Châu Đốc, en: Chau Doc}\ntype: city\nprovince: an-giang-cu\n",
    "chau-thanh": "name: {vi: Châu Thành, en: Chau Thanh}\ntype: district\n",
}

DRY_RUN = """\
content/facilities/banh-pia-my-long.yml: Số 12, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang
  address:        Số 12, phường Long Xuyên, tỉnh An Giang
  address (en):   No. 12, Long Xuyen Ward, An Giang
  unit:           phuong-long-xuyen (new record content/units/phuong-long-xuyen.yml)
  former_address: the address above
  why:            phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang is now phường Long Xuyên, tỉnh An Giang
content/facilities/ben-pha-hon-dat.yml: Gần bến phà, huyện Hòn Đất, tỉnh Kiên Giang
  unreadable:     cannot read the address: no commune, ward or town found in it
  nothing written: name its commune or ward in the address, then run again
content/facilities/co-so-kho-ca-thu-ba.yml: Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang
  address:        Khu phố 2, xã An Biên, tỉnh An Giang
  address (en):   Quarter 2, An Bien Commune, An Giang
  unit:           xa-an-bien (new record content/units/xa-an-bien.yml)
  former_address: the address above
  why:            thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang is now xã An Biên, tỉnh An Giang
content/facilities/htx-co-bang-phu-my.yml: Ấp Trần Thệ, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang
  address:        Ấp Trần Thệ, xã Giang Thành, tỉnh An Giang
  unit:           xa-giang-thanh (new record content/units/xa-giang-thanh.yml)
  former_address: the address above
  why:            xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang is now xã Giang Thành, tỉnh An Giang
content/facilities/keo-dua-long-dinh.yml: Ấp 3, xã Long Định, huyện Châu Thành, tỉnh Tiền Giang
  elsewhere:      xã Long Định, huyện Châu Thành, tỉnh Tiền Giang is now xã Long Định, tỉnh Đồng Tháp, outside tỉnh An Giang
  nothing written: correct the address if it is wrong; a producer of another province belongs in its showroom
content/facilities/mam-vinh-chau.yml: Ấp Vĩnh Chánh 1, xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang
  split:          xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang was divided among:
    phuong-chau-doc  phường Châu Đốc
    phuong-vinh-te   phường Vĩnh Tế
  nothing written: choose with --choose mam-vinh-chau=<unit-id>
content/facilities/nuoc-mam-hung-thinh.yml: already current
3 to convert, 1 already current, 3 not converted.
Nothing written: run with --write to write them.
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test here runs without a network: a lookup or a connection fails loudly."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("showroom addresses must not use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def project(mini: Path) -> Path:
    """The small fixture with facilities whose addresses are in the pre-reform form."""
    for ident, text in FACILITIES.items():
        (mini / "content/facilities" / f"{ident}.yml").write_text(text, encoding="utf-8")
    for ident, text in DISTRICTS.items():
        (mini / "content/districts" / f"{ident}.yml").write_text(text, encoding="utf-8")
    return mini


def files(root: Path) -> dict[str, bytes]:
    """Every record file by path (the cache folder aside)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*.yml"))
        if ".showroom-cache" not in p.parts
    }


def showroom(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["-C", str(root), *args])


def test_the_dry_run_proposes_asks_and_reports_exactly(project: Path) -> None:
    before = files(project)
    result = showroom(project, "addresses")
    assert result.stdout == DRY_RUN
    assert result.exit_code == 1  # some facilities need a person
    assert files(project) == before


def test_write_keeps_comments_creates_units_and_changes_nothing_twice(project: Path) -> None:
    before = files(project)
    result = showroom(project, "addresses", "--write")
    assert result.exit_code == 1
    assert result.stdout.endswith(
        "Wrote 3 facility record(s) and 3 new unit record(s); 1 already current, 3 not converted.\n"
        "Run `showroom check`, then commit.\n"
    )
    facilities = project / "content/facilities"
    assert (facilities / "co-so-kho-ca-thu-ba.yml").read_text(encoding="utf-8") == (
        "# Địa chỉ theo giấy chứng nhận năm 2023.\n"
        'name: {vi: "Cơ sở khô cá Thứ Ba", en: "Thu Ba Dried Fish Workshop"}\n'
        "type: workshop\n"
        "unit: xa-an-bien\n"
        "district: an-bien   # the former district\n"
        'address: {vi: "Khu phố 2, xã An Biên, tỉnh An Giang", en: "Quarter 2, An Bien Commune, An Giang"}\n'
        'former_address: {vi: "Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang", '
        'en: "Quarter 2, Thu Ba Town, An Bien District, Kien Giang Province"}\n'
        'phone: "0297 3835 111"  # office\n'
    )
    assert (facilities / "htx-co-bang-phu-my.yml").read_text(encoding="utf-8") == (
        'name: {vi: "Hợp tác xã cỏ bàng Phú Mỹ"}\n'
        "type: cooperative\n"
        "unit: xa-giang-thanh\n"
        "district: giang-thanh\n"
        'address: {vi: "Ấp Trần Thệ, xã Giang Thành, tỉnh An Giang"}\n'
        'former_address: {vi: "Ấp Trần Thệ, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang"}\n'
        'phone: "0977.123.456"\n'
    )
    units = project / "content/units"
    assert (units / "xa-an-bien.yml").read_text(encoding="utf-8") == (
        "# created by showroom addresses\n"
        'name: {vi: "Xã An Biên", en: "An Bien Commune"}\n'
        "type: commune\n"
        "province: an-giang\n"
        'former_names: ["thị trấn Thứ Ba"]\n'  # the town it took in: a search for it finds its products
    )
    assert (units / "phuong-long-xuyen.yml").read_text(encoding="utf-8") == (
        "# created by showroom addresses\n"
        'name: {vi: "Phường Long Xuyên", en: "Long Xuyen Ward"}\n'
        "type: ward\n"
        "province: an-giang\n"
        'former_names: ["phường Mỹ Long"]\n'
    )
    after = files(project)
    changed = {path for path in after if after[path] != before.get(path)}
    assert changed == {
        "content/facilities/banh-pia-my-long.yml",
        "content/facilities/co-so-kho-ca-thu-ba.yml",
        "content/facilities/htx-co-bang-phu-my.yml",
        "content/units/phuong-long-xuyen.yml",
        "content/units/xa-an-bien.yml",
        "content/units/xa-giang-thanh.yml",
    }
    catalogue, report = check(project, strict=True)
    assert not report.problems
    assert catalogue.facilities["co-so-kho-ca-thu-ba"].data["unit"] == "xa-an-bien"

    again = showroom(project, "addresses", "--write")
    assert files(project) == after
    assert again.stdout.splitlines()[-1] == (
        "Wrote 0 facility record(s) and 0 new unit record(s); 4 already current, 3 not converted."
    )
    assert "content/facilities/co-so-kho-ca-thu-ba.yml: already current" in again.stdout.splitlines()


def test_a_choice_resolves_a_divided_commune(project: Path) -> None:
    wrong = showroom(project, "addresses", "--write", "--choose", "mam-vinh-chau=xa-an-bien")
    assert (
        "  nothing written: choose with --choose mam-vinh-chau=xa-an-bien, which is not one of these"
        in wrong.stdout.splitlines()
    )
    assert "former_address" not in (project / "content/facilities/mam-vinh-chau.yml").read_text(encoding="utf-8")

    result = showroom(project, "addresses", "--choose", "mam-vinh-chau=phuong-vinh-te")
    block = result.stdout.split("content/facilities/mam-vinh-chau.yml: ")[1].split("content/facilities/")[0]
    assert block == (
        "Ấp Vĩnh Chánh 1, xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang\n"
        "  address:        Ấp Vĩnh Chánh 1, phường Vĩnh Tế, tỉnh An Giang\n"
        "  address (en):   Vinh Chanh 1 Hamlet, Vinh Te Ward, An Giang\n"
        "  unit:           phuong-vinh-te (new record content/units/phuong-vinh-te.yml)\n"
        "  former_address: the address above\n"
        "  why:            xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang was divided; phường Vĩnh Tế chosen with --choose\n"
    )
    showroom(project, "addresses", "--write", "--choose", "mam-vinh-chau=phuong-vinh-te")
    text = (project / "content/facilities/mam-vinh-chau.yml").read_text(encoding="utf-8")
    assert "unit: phuong-vinh-te\ndistrict: chau-doc\n" in text
    assert (project / "content/units/phuong-vinh-te.yml").is_file()
    check(project, strict=True)


@pytest.mark.parametrize("unit", ["phường Vĩnh Tế", "Vinh Te"])
def test_a_choice_may_name_the_unit_as_listed(project: Path, unit: str) -> None:
    """Staff copy the name the list shows, or type it without accents."""
    showroom(project, "addresses", "--write", "--choose", f"mam-vinh-chau={unit}")
    text = (project / "content/facilities/mam-vinh-chau.yml").read_text(encoding="utf-8")
    assert "unit: phuong-vinh-te\ndistrict: chau-doc\n" in text


def test_a_choice_must_name_a_facility(project: Path) -> None:
    result = showroom(project, "addresses", "--choose", "nobody=phuong-vinh-te")
    assert result.exit_code == 2 and result.stderr == "error: --choose: no facility nobody\n"
    assert showroom(project, "addresses", "--choose", "mam-vinh-chau").exit_code == 2


def test_a_choice_for_a_facility_already_current_is_said_to_be_not_needed(project: Path) -> None:
    result = showroom(project, "addresses", "--choose", "nuoc-mam-hung-thinh=no-such-unit")
    lines = result.stdout.splitlines()
    at = lines.index("content/facilities/nuoc-mam-hung-thinh.yml: already current")
    assert lines[at + 1] == "  --choose nuoc-mam-hung-thinh=no-such-unit not needed: its address is current"


def test_a_facility_in_the_current_form_names_its_unit_only(mini: Path) -> None:
    path = mini / "content/facilities/htx-co-bang-phu-my.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Ấp Trần Thệ, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang", "Ấp Trần Thệ, xã Giang Thành, tỉnh An Giang"
        ),
        encoding="utf-8",
    )
    result = showroom(mini, "addresses")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "content/facilities/htx-co-bang-phu-my.yml: Ấp Trần Thệ, xã Giang Thành, tỉnh An Giang",
        "  unit:           xa-giang-thanh (new record content/units/xa-giang-thanh.yml)",
        "  why:            the address is current already; it names xã Giang Thành",
    ]


def test_a_divided_commune_of_another_province_is_reported_not_asked(project: Path) -> None:
    path = project / "content/facilities/keo-dua-long-dinh.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "Ấp 3, xã Long Định, huyện Châu Thành, tỉnh Tiền Giang",
            "Ấp 1, xã Gáo Giồng, huyện Cao Lãnh, tỉnh Đồng Tháp",
        ),
        encoding="utf-8",
    )
    result = showroom(project, "addresses", "--write")
    block = result.stdout.split("content/facilities/keo-dua-long-dinh.yml: ")[1].split("content/facilities/")[0]
    assert block.splitlines()[1:] == [
        "  elsewhere:      xã Gáo Giồng, huyện Cao Lãnh, tỉnh Đồng Tháp is now in tỉnh Đồng Tháp, outside tỉnh An Giang",
        "  nothing written: correct the address if it is wrong; a producer of another province belongs in its showroom",
    ]
    assert "unit:" not in path.read_text(encoding="utf-8")


def test_a_unit_that_disagrees_with_the_address_is_reported(project: Path) -> None:
    path = project / "content/facilities/co-so-kho-ca-thu-ba.yml"
    path.write_text(THU_BA.replace("district: an-bien", "unit: dac-khu-phu-quoc\ndistrict: an-bien"), encoding="utf-8")
    result = showroom(project, "addresses", "--write")
    block = result.stdout.split("content/facilities/co-so-kho-ca-thu-ba.yml: ")[1].split("content/facilities/")[0]
    assert block.splitlines()[1:] == [
        "  conflict:       the record says unit: dac-khu-phu-quoc, but the address is in xã An Biên (xa-an-bien)",
        "  nothing written: correct unit: or the address by hand",
    ]
    assert "former_address" not in path.read_text(encoding="utf-8")


def test_check_lists_addresses_in_the_pre_reform_form(project: Path) -> None:
    result = showroom(project, "check")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index("Addresses in the pre-reform form: 6 (convert them with `showroom addresses`)")
    assert lines[start + 1 : start + 7] == [
        "  content/facilities/banh-pia-my-long.yml: Số 12, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang"
        " (names thành phố Long Xuyên, has no unit)",
        "  content/facilities/ben-pha-hon-dat.yml: Gần bến phà, huyện Hòn Đất, tỉnh Kiên Giang"
        " (names huyện Hòn Đất, names the former tỉnh Kiên Giang, has no unit)",
        "  content/facilities/co-so-kho-ca-thu-ba.yml: Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang"
        " (names thị trấn Thứ Ba, names huyện An Biên, names the former tỉnh Kiên Giang, has no unit)",
        "  content/facilities/htx-co-bang-phu-my.yml: Ấp Trần Thệ, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang"
        " (names huyện Giang Thành, names the former tỉnh Kiên Giang, has no unit)",
        "  content/facilities/keo-dua-long-dinh.yml: Ấp 3, xã Long Định, huyện Châu Thành, tỉnh Tiền Giang"
        " (names huyện Châu Thành, has no unit)",
        "  content/facilities/mam-vinh-chau.yml: Ấp Vĩnh Chánh 1, xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang"
        " (names thành phố Châu Đốc, has no unit)",
    ]
    showroom(project, "addresses", "--write")
    data = json.loads(showroom(project, "check", "--format", "json").stdout)
    assert [a["file"] for a in data["old_addresses"]] == [
        "content/facilities/ben-pha-hon-dat.yml",
        "content/facilities/keo-dua-long-dinh.yml",
        "content/facilities/mam-vinh-chau.yml",
    ]


CONFIG = {
    "province": {"id": "an-giang", "name": {"vi": "tỉnh An Giang"}},
    "former_provinces": {
        "kien-giang": {"name": {"vi": "tỉnh Kiên Giang"}, "short": {"vi": "Kiên Giang"}},
        "an-giang-cu": {"name": {"vi": "tỉnh An Giang (cũ)"}, "short": {"vi": "An Giang"}},
    },
}


@pytest.mark.parametrize(
    ("address", "reasons"),
    [
        ("Khu phố 7, đặc khu Phú Quốc, tỉnh An Giang", []),
        ("Số 1, phường Rạch Giá, tỉnh An Giang", []),
        ("Số 5, Huyện lộ 12, xã Bình An, tỉnh An Giang", []),  # a district road, not a district
        ("Số 1, phường Cái Khế, thành phố Cần Thơ", []),  # a city of the province level
        ("Ấp Bãi Nam, xã Hòn Nghệ, tỉnh Kiên Giang", ["names the former tỉnh Kiên Giang"]),
        ("Số 3, phường 1, TP. Rạch Giá, Kiên Giang", ["names TP. Rạch Giá", "names the former Kiên Giang"]),
        ("Ấp 1, xã Tân Hội, Thị xã Hà Tiên, tỉnh An Giang", ["names Thị xã Hà Tiên"]),
        # Parts separated by dashes, as many certificates write them; a house number keeps its dash.
        (
            "Số 12-14 - phường Vĩnh Thanh Vân - thành phố Rạch Giá – tỉnh Kiên Giang",
            ["names thành phố Rạch Giá", "names the former tỉnh Kiên Giang"],
        ),
        # Typed without accents: read without them; a part with accents is read as written.
        (
            "Khu pho 2, phuong Vinh Thanh Van, thanh pho Rach Gia, tinh Kien Giang",
            ["names thanh pho Rach Gia", "names the former tinh Kien Giang"],
        ),
        ("Ap 3, xa Dong Hung, huyen An Minh, Kien Giang", ["names huyen An Minh", "names the former Kien Giang"]),
        ("Số 5, Huyen lo 12, xa Binh An, tinh An Giang", []),
        ("Quán Tre, xã Bình An, tỉnh An Giang", []),  # "Quán", not "quận"
    ],
)
def test_old_form(address: str, reasons: list[str]) -> None:
    assert old_form({"address": {"vi": address}, "unit": "x"}, CONFIG) == reasons
    assert old_form({"address": {"vi": address}}, CONFIG) == [*reasons, "has no unit"]


def test_the_library_alone_would_geocode_a_divided_commune() -> None:
    """What the guard prevents: convert_address() looks a divided commune's street up online."""
    from vietnamadminunits import convert_address

    with pytest.raises(Exception, match="must not use the network"):
        convert_address("Ấp Vĩnh Chánh 1, xã Vĩnh Châu, thành phố Châu Đốc, tỉnh An Giang")


def test_an_address_in_plain_text_is_converted_like_one_per_language(project: Path) -> None:
    """A plain address (the same in every language) passes the check: it is written as a map."""
    path = project / "content/facilities/co-so-kho-ca-thu-ba.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("address: {")
    end = text.index("\n", start)
    path.write_text(
        text[:start] + 'address: "Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang"' + text[end:],
        encoding="utf-8",
    )
    result = showroom(project, "addresses", "--write")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert path.read_text(encoding="utf-8") == (
        "# Địa chỉ theo giấy chứng nhận năm 2023.\n"
        'name: {vi: "Cơ sở khô cá Thứ Ba", en: "Thu Ba Dried Fish Workshop"}\n'
        "type: workshop\n"
        "unit: xa-an-bien\n"
        "district: an-bien   # the former district\n"
        'address: {vi: "Khu phố 2, xã An Biên, tỉnh An Giang"}\n'
        'former_address: {vi: "Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang"}\n'
        'phone: "0297 3835 111"  # office\n'
    )
    assert "Wrote 3 facility record(s)" in result.stdout


@pytest.mark.parametrize(
    "old",
    [
        "Khu phố 2 - phường Vĩnh Thanh Vân - thành phố Rạch Giá - tỉnh Kiên Giang",
        "Khu phố 2 – phường Vĩnh Thanh Vân – thành phố Rạch Giá – tỉnh Kiên Giang",
        "Khu pho 2, phuong Vinh Thanh Van, thanh pho Rach Gia, tinh Kien Giang",
    ],
)
def test_an_old_address_with_dashes_or_without_accents_is_converted(mini: Path, old: str) -> None:
    """Not "already current" with only unit: added: the old ward and city are read and replaced."""
    path = mini / "content/facilities/htx-co-bang-phu-my.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Ấp Trần Thệ, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang", old),
        encoding="utf-8",
    )
    assert [a["file"] for a in json.loads(showroom(mini, "check", "--format", "json").stdout)["old_addresses"]] == [
        "content/facilities/htx-co-bang-phu-my.yml"
    ]
    result = showroom(mini, "addresses", "--write")
    assert result.exit_code == 0, result.output
    street = old.split(" ", 2)[0] + " " + old.split(" ", 2)[1] + " 2"
    text = path.read_text(encoding="utf-8")
    assert "unit: phuong-rach-gia\n" in text
    assert f'address: {{vi: "{street}, phường Rạch Giá, tỉnh An Giang"}}\n' in text
    assert f'former_address: {{vi: "{old}"}}\n' in text
    assert json.loads(showroom(mini, "check", "--format", "json").stdout)["old_addresses"] == []


def test_a_facility_saved_with_windows_line_endings_keeps_them(project: Path) -> None:
    path = project / "content/facilities/co-so-kho-ca-thu-ba.yml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    showroom(project, "addresses", "--write")
    text = path.read_bytes()
    assert b"unit: xa-an-bien\r\n" in text and b"former_address: {" in text
    assert text.count(b"\n") == text.count(b"\r\n") == 8
