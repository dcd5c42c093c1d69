"""The staff workflow: check report, new records, import of the council's list."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from generator.build import build, check
from generator.records.diagnostics import UserError
from generator.staff.importer import parse_date, parse_phone


def run(root: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "-C", str(root), *args], capture_output=True, text=True, input=stdin
    )


def test_check_report_as_text_and_json(mini: Path) -> None:
    text = run(mini, "check", "--expiring-days", "5000")
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert "Translation en: 26/30 texts (86.7%)" in lines
    assert "  products/bo-nuoc-mam-phu-quoc.yml: no en for description" in lines
    assert "  products/nuoc-mam-ca-com-40-do-dam.yml: no en for tags" in lines  # search words are per language
    assert (
        "  products/bo-nuoc-mam-phu-quoc.yml: certifications[0] (2479/QĐ-UBND): expired on 2025-11-20 (product shown marked 'expired')"
        in lines
    )
    assert "Records without photos: 5" in lines
    assert "  content/facilities/htx-co-bang-phu-my.yml" in lines
    data = json.loads(run(mini, "check", "--format", "json").stdout)
    assert data["ok"] is True and data["counts"]["products"] == 3
    assert data["translation"]["en"]["missing"]["content/facilities/htx-co-bang-phu-my.yml"] == ["name", "address"]
    assert data["phone_only"] == ["content/facilities/htx-co-bang-phu-my.yml"]
    assert data["orphan_districts"] == [] and data["orphan_facilities"] == []


def test_check_json_reports_errors_too(mini: Path) -> None:
    (mini / "products/x.yml").write_text("name: {vi: X}\n", encoding="utf-8")
    result = run(mini, "check", "--format", "json")
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["ok"] is False
    kind = next(p for p in data["problems"] if p["field"] == "kind")
    assert kind["message"] == "missing required field" and kind["mark"] == {
        "path": "products/x.yml",
        "line": 1,
        "col": 1,
    }


def test_expired_products_can_be_hidden(mini: Path) -> None:
    config = mini / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "expired: hide\n", encoding="utf-8")
    build(mini)
    assert not (mini / "site/san-pham/bo-nuoc-mam-phu-quoc").exists()
    assert (mini / "site/san-pham/nuoc-mam-ca-com-40-do-dam/index.html").is_file()


def _fill(path: Path, field: str, text: str) -> None:
    """Write what a new record left empty, as staff would."""
    record = path.read_text(encoding="utf-8")
    assert f'{field}: {{vi: ""}}' in record
    path.write_text(record.replace(f'{field}: {{vi: ""}}', f'{field}: {{vi: "{text}"}}'), encoding="utf-8")


def test_new_writes_records_that_wait_for_what_only_staff_know(mini: Path) -> None:
    """A new record carries no placeholder that could be published as fact: the certification is
    the latest round's own decision, and what only staff know is left empty, which a check refuses."""
    made = run(mini, "new", "product", "Tiêu đỏ Đông Hồ", "--facility", "nuoc-mam-hung-thinh", "--group", "food")
    assert made.returncode == 0, made.stderr
    assert made.stdout == "Wrote products/tieu-do-dong-ho.yml; fill in summary.vi, then run `showroom check`.\n"
    record = (mini / "products/tieu-do-dong-ho.yml").read_text(encoding="utf-8")
    rnd = (mini / "content/rounds/cnnt-2023.yml").read_text(encoding="utf-8")  # the fixture's latest round
    assert 'decision: "2479/QĐ-UBND"' in record and 'decision: "2479/QĐ-UBND"' in rnd
    assert "date: 2023-11-20" in record and "date: 2023-11-20" in rnd
    again = run(mini, "new", "product", "Tiêu Đỏ đông hồ", "--facility", "nuoc-mam-hung-thinh", "--group", "food")
    assert again.returncode == 1
    assert again.stderr.splitlines() == [
        "products/tieu-do-dong-ho.yml:16:15: error: summary.vi: is empty (hint: the first language's text is required: write it)",
        "1 error(s), 0 warning(s); nothing was written: mend these first.",
    ]
    with pytest.raises(UserError):
        check(mini, strict=True)
    _fill(mini / "products/tieu-do-dong-ho.yml", "summary", "Tiêu đỏ chín cây.")
    again = run(mini, "new", "product", "Tiêu Đỏ đông hồ", "--facility", "nuoc-mam-hung-thinh", "--group", "food")
    assert again.returncode == 1
    assert (
        again.stderr
        == "error: products/tieu-do-dong-ho.yml: the id 'tieu-do-dong-ho' is already used; choose another name\n"
    )
    made = run(mini, "new", "unit", "Xã Giang Thành", "--type", "commune")
    assert made.returncode == 0, made.stderr + made.stdout
    facility = (
        "--unit",
        "xa-giang-thanh",
        "--district",
        "giang-thanh",
        "--type",
        "household",
        "--phone",
        "0912 000 111",
    )
    made = run(mini, "new", "facility", "Cơ sở Ánh Dương", *facility)
    assert made.returncode == 0, made.stderr + made.stdout
    _fill(mini / "content/facilities/co-so-anh-duong.yml", "address", "Ấp 1, xã Giang Thành")
    assert run(mini, "new", "district", "Phú Quốc", "--type", "city").returncode == 1
    wrong = run(mini, "new", "district", "Vĩnh Thuận", "--type", "tinh")
    assert (wrong.returncode, wrong.stderr) == (2, "error: --type: unknown type 'tinh'; known: city, town, district\n")
    catalogue, _ = check(mini, strict=True)
    assert catalogue.products["tieu-do-dong-ho"].data["summary"] == {"vi": "Tiêu đỏ chín cây."}
    assert catalogue.facilities["co-so-anh-duong"].data["unit"] == "xa-giang-thanh"
    assert catalogue.units["xa-giang-thanh"].data["province"] == "an-giang"


def test_new_names_a_product_of_the_same_producer_with_a_name_like_it(mini: Path) -> None:
    made = run(
        mini,
        "new",
        "product",
        "Nước mắm cá cơm Phú Quốc 40 độ đạm",
        "--facility",
        "nuoc-mam-hung-thinh",
        "--group",
        "food",
    )
    assert made.returncode == 0
    assert made.stderr == (
        "note: products/nuoc-mam-ca-com-40-do-dam.yml has a name like it; a product certified again"
        " gets the new certification in its own record\n"
    )
    (mini / "products/nuoc-mam-ca-com-phu-quoc-40-do-dam.yml").unlink()
    other = run(mini, "new", "product", "Tiêu đỏ", "--facility", "nuoc-mam-hung-thinh", "--group", "food")
    assert (other.returncode, other.stderr) == (0, "")


def test_a_round_of_several_levels_leaves_the_level_to_staff(tmp_path: Path) -> None:
    """An OCOP rating gives 3 to 5 stars: the new product's level is theirs to write, among the choices."""
    import datetime as dt

    from generator.staff.new import new_record, product_text

    rnd = {"programme": "ocop", "number": 1, "year": 2024, "decision": "1584/QĐ-UBND", "date": dt.date(2024, 6, 27)}
    text = product_text("Mật ong U Minh", "htx-mat-ong", "food", rnd, None, ["3-star", "4-star", "5-star"])
    assert '    level: ""        # một trong / one of: 3-star, 4-star, 5-star\n' in text
    assert '    decision: "1584/QĐ-UBND"\n    date: 2024-06-27\n' in text
    path, to_fill = new_record(tmp_path, "product", "Mật ong U Minh", text)
    assert path == tmp_path / "products/mat-ong-u-minh.yml"
    assert to_fill == ["certifications[0].level", "summary.vi"]


def test_new_refuses_a_value_with_the_field_and_writes_nothing(mini: Path) -> None:
    """The record was never written: no path or line of it, and not the fields left for staff to fill."""
    before = yml_files(mini)
    result = run(mini, "new", "product", "x" * 300, "--facility", "htx-co-bang-phu-my", "--group", "handicrafts")
    assert (result.returncode, result.stderr) == (
        1,
        "error: name.vi: is 300 characters long; at most 160 are allowed\n",
    )
    result = run(mini, "new", "facility", "B", "--phone", "abc", "--type", "workshop", "--unit", "dac-khu-phu-quoc")
    assert result.returncode == 1
    assert result.stderr.startswith("error: phone: 'abc' is not a Vietnamese phone number (hint: "), result.stderr
    assert yml_files(mini) == before


def test_a_record_with_an_error_is_not_also_unknown_to_those_naming_it(mini: Path) -> None:
    """A typo in a producer's phone is one error, not one more "unknown facility" per product;
    a misspelt id is told the nearest one."""
    facility = mini / "content/facilities/nuoc-mam-hung-thinh.yml"
    text = facility.read_text(encoding="utf-8")
    facility.write_text(re.sub(r"(?m)^phone: .*$", 'phone: "0297 3846 57"', text), encoding="utf-8")
    product = mini / "products/bo-nuoc-mam-phu-quoc.yml"
    product.write_text(
        product.read_text(encoding="utf-8").replace("facility: nuoc-mam-hung-thinh", "facility: nuoc-mam-hung-thin"),
        encoding="utf-8",
    )
    with pytest.raises(UserError) as failed:
        check(mini)
    lines = failed.value.report.lines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("content/facilities/nuoc-mam-hung-thinh.yml:7:8: error: phone: '0297 3846 57' is not")
    assert lines[1] == (
        "products/bo-nuoc-mam-phu-quoc.yml:8:11: error: facility: unknown facility 'nuoc-mam-hung-thin'"
        " (hint: did you mean 'nuoc-mam-hung-thinh'?)"
    )


FACILITY_CHOICES = "choices: htx-co-bang-phu-my, nuoc-mam-hung-thinh"
GROUP_CHOICES = "choices: handicrafts, food, machinery, other"
TYPE_CHOICES = "choices: household, workshop, cooperative, private-enterprise, limited-company, joint-stock-company"


@pytest.mark.parametrize(
    "args,expected",
    [
        (
            ["product", "Tiêu đỏ"],
            ["error: --facility is required", FACILITY_CHOICES, "error: --group is required", GROUP_CHOICES],
        ),
        (["product", "Tiêu đỏ", "--group", "food"], ["error: --facility is required", FACILITY_CHOICES]),
        (["product", "Tiêu đỏ", "--facility", "nuoc-mam-hung-thinh"], ["error: --group is required", GROUP_CHOICES]),
        (
            ["facility", "Cơ sở Ánh Dương", "--phone", "0912 000 111"],
            [
                "error: --unit is required",
                "choices: dac-khu-phu-quoc",
                "error: --type is required",
                TYPE_CHOICES,
            ],
        ),
        (
            ["facility", "Cơ sở Ánh Dương", "--unit", "dac-khu-phu-quoc", "--type", "household"],
            ["error: --phone is required"],
        ),
        (["unit", "Xã Vĩnh Thuận"], ["error: --type is required", "choices: commune, ward, special-zone"]),
        (["district", "Vĩnh Thuận"], ["error: --type is required", "choices: city, town, district"]),
        (
            ["unit", "Xã \u202eVĩnh Thuận", "--type", "commune"],
            ["error: NAME: contains an invisible control character (hint: retype it)"],
        ),
        (["unit", "Xã Vĩnh\nformer_names: x", "--type", "commune"], ["error: NAME: must be on one line, without tabs"]),
    ],
    ids=[
        "product",
        "product-facility",
        "product-group",
        "facility",
        "facility-phone",
        "unit",
        "district",
        "hidden",
        "lines",
    ],
)
def test_new_without_a_terminal_names_what_is_missing(mini: Path, args: list[str], expected: list[str]) -> None:
    """Nobody can answer a prompt on a pipe: each missing option and all its choices, status 2."""
    before = sorted(p.relative_to(mini) for p in mini.rglob("*.yml"))
    result = run(mini, "new", *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == expected
    assert sorted(p.relative_to(mini) for p in mini.rglob("*.yml")) == before, "a record was written"


def test_new_without_a_terminal_lists_every_choice(mini: Path) -> None:
    source = (mini / "content/facilities/nuoc-mam-hung-thinh.yml").read_text(encoding="utf-8")
    for n in range(20):
        (mini / f"content/facilities/co-so-{n:02}.yml").write_text(source, encoding="utf-8")
    result = run(mini, "new", "product", "Tiêu đỏ", "--group", "food")
    assert result.returncode == 2
    listed = [f"co-so-{n:02}" for n in range(20)] + ["htx-co-bang-phu-my", "nuoc-mam-hung-thinh"]
    assert result.stderr.splitlines() == ["error: --facility is required", "choices: " + ", ".join(listed)]


def test_new_asks_on_a_terminal(mini: Path) -> None:
    import os
    import pty

    terminal, stdin = pty.openpty()
    try:
        os.write(terminal, b"dac-khu-phu-quoc\nhousehold\n0912 000 111\n")
        asked = subprocess.run(
            [sys.executable, "-m", "generator", "-C", str(mini), "new", "facility", "Cơ sở Ánh Dương"],
            stdin=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        os.close(stdin)
        os.close(terminal)
    assert asked.returncode == 0, asked.stderr + asked.stdout
    assert asked.stdout.startswith("unit (dac-khu-phu-quoc): type (household, workshop,")
    assert asked.stdout.endswith(
        "Wrote content/facilities/co-so-anh-duong.yml; fill in address.vi, then run `showroom check`.\n"
    )
    _fill(mini / "content/facilities/co-so-anh-duong.yml", "address", "Ấp 1, đặc khu Phú Quốc")
    catalogue, _ = check(mini, strict=True)
    assert catalogue.facilities["co-so-anh-duong"].data["phone"] == "0912 000 111"


HEADER = [
    "Mã",
    "Tên sản phẩm",
    "Tên tiếng Anh",
    "Loại",
    "Nhóm",
    "Cơ sở",
    "Địa phương",
    "Loại hình",
    "Địa chỉ",
    "Điện thoại",
    "Cấp",
    "Số quyết định",
    "Ngày quyết định",
]


SECOND_ROUND = """\
name: {vi: "Bình chọn sản phẩm CNNT tiêu biểu cấp khu vực năm 2024", en: "Regional typical rural industrial products, 2024"}
programme: cnnt
number: 1
year: 2024
level: region
decision: "15/QĐ-BCT"
date: 2024-10-01
"""

#: The line the second round adds to a record of the fixture.
REGION_2024 = '  - {programme: cnnt, level: region, round: 1, year: 2024, decision: "15/QĐ-BCT", date: 2024-10-01}\n'
CNNT_2023 = '  - {programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}'


def add_second_round(root: Path) -> None:
    """The regional round of 2024 (the latest), and the fixture's set already holding its decision."""
    (root / "content/rounds/cnnt-2024-khu-vuc.yml").write_text(SECOND_ROUND, encoding="utf-8")
    record = root / "products/bo-nuoc-mam-phu-quoc.yml"
    text = record.read_text(encoding="utf-8")
    record.write_text(
        text.replace(", expires: 2025-11-20}\n", ", expires: 2025-11-20}\n" + REGION_2024), encoding="utf-8"
    )


def council_sheet(path: Path) -> None:
    """The council's list of the second round: existing products by id, by a name written
    otherwise, and already recorded; new rows (one facility in merged cells); typed cells."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    known = ["Thực phẩm", "Cơ sở nước mắm Hưng Thịnh", "", "", "", ""]
    sheet.append(["nuoc-mam-ca-com-40-do-dam", "Nước mắm", "", "", *known, "Cấp khu vực", "15/QĐ-BCT", "01/10/2024"])
    bag = ["handicrafts", "hợp tác xã cỏ bàng phú mỹ", "", "", "", "", "", "15/QĐ-BCT", 45566]  # the level: the round's
    sheet.append(["", "  GIO XACH   co bang ", "", "", *bag])
    new = ["Giang Thành", "Hợp tác xã", "Ấp Phú Hòa, xã Phú Mỹ", 977123456, "", "15/QĐ-BCT", dt.datetime(2024, 10, 1)]
    sheet.append(["", "Chiếu cỏ bàng", "Sedge mat", "Sản phẩm", "handicrafts", "HTX Đan đát Phú Mỹ", *new])
    sheet.append(["", "Hộp cỏ bàng", "", "", "handicrafts", None, *new])
    sheet.merge_cells("F4:F5")
    known = ["food", "nuoc-mam-hung-thinh", "", "", "", "", "region", "15/QĐ-BCT", "2024-10-01"]
    sheet.append(["", "Bộ sản phẩm nước mắm Phú Quốc", "", "Bộ sản phẩm", *known])
    book.save(path)


def yml_files(root: Path) -> dict[str, bytes]:
    """The bytes of every record and of site_config.yml, by path."""
    files = [root / "site_config.yml", *(root / "products").glob("*.yml"), *(root / "content").rglob("*.yml")]
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(files)}


def test_import_creates_and_updates_keeping_comments(mini: Path, tmp_path: Path) -> None:
    """A later round: its certification is appended to the products it names, once."""
    add_second_round(mini)
    sheet = tmp_path / "council.xlsx"
    council_sheet(sheet)
    record = mini / "products/nuoc-mam-ca-com-40-do-dam.yml"
    before = yml_files(mini)
    dry = run(mini, "import", str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = [
        "row 2: adds region 2024 to nuoc-mam-ca-com-40-do-dam",
        "row 3: adds region 2024 to gio-xach-co-bang",
        "row 4: new product chieu-co-bang",
        "row 4: new facility htx-dan-dat-phu-my",
        "row 5: new product hop-co-bang",
        "row 6: already recorded (bo-nuoc-mam-phu-quoc)",
    ]
    assert (dry.stdout.splitlines(), dry.stderr) == ([*lines, "Dry run: nothing was written."], "")
    assert yml_files(mini) == before
    done = run(mini, "import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        *lines,
        "Done: 3 created, 2 updated. Run `showroom check`, then commit.",
    ]
    after = record.read_text(encoding="utf-8")
    assert "# Nước mắm cá cơm 40 độ đạm" in after and "- Không chất bảo quản" in after
    old = before["products/nuoc-mam-ca-com-40-do-dam.yml"].decode()
    assert after == old.replace(CNNT_2023 + "\n", CNNT_2023 + "\n" + REGION_2024)
    bag = before["products/gio-xach-co-bang.yml"].decode()
    assert (mini / "products/gio-xach-co-bang.yml").read_text(encoding="utf-8") == bag.replace(
        CNNT_2023 + "\n", CNNT_2023 + "\n" + REGION_2024
    )
    assert (mini / "products/chieu-co-bang.yml").read_text(encoding="utf-8") == (
        "# imported from council.xlsx, row 4\n"
        'name: {vi: "Chiếu cỏ bàng", en: "Sedge mat"}\n'
        "kind: product\n"
        "group: handicrafts\n"
        "facility: htx-dan-dat-phu-my\n"
        "certifications:\n" + REGION_2024 + "first_entry: true\n"
        'summary: {vi: "Chiếu cỏ bàng"}\n'
    )
    catalogue, _ = check(mini, strict=True)
    assert [c["decision"] for c in catalogue.products["nuoc-mam-ca-com-40-do-dam"].data["certifications"]] == [
        "2479/QĐ-UBND",
        "15/QĐ-BCT",
    ]
    assert len(catalogue.products["gio-xach-co-bang"].data["certifications"]) == 2
    assert len(catalogue.products["bo-nuoc-mam-phu-quoc"].data["certifications"]) == 2
    assert catalogue.facilities["htx-dan-dat-phu-my"].data["phone"] == "0977123456"
    assert catalogue.products["hop-co-bang"].data["certifications"][0]["date"] == dt.date(2024, 10, 1)
    assert catalogue.products["hop-co-bang"].data["facility"] == "htx-dan-dat-phu-my"
    build(mini, strict=True)
    assert (mini / "site/san-pham/chieu-co-bang/index.html").is_file()
    imported = yml_files(mini)
    again = run(mini, "import", str(sheet))
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout.splitlines() == [
        "row 2: already recorded (nuoc-mam-ca-com-40-do-dam)",
        "row 3: already recorded (gio-xach-co-bang)",
        "row 4: already recorded (chieu-co-bang)",
        "row 5: already recorded (hop-co-bang)",
        "row 6: already recorded (bo-nuoc-mam-phu-quoc)",
        "Nothing to change: the records already match the sheet.",
    ]
    assert yml_files(mini) == imported


def test_import_with_bad_rows_writes_nothing(mini: Path, tmp_path: Path) -> None:
    path = tmp_path / "council.csv"
    rows = [
        ",".join(HEADER),
        ",Tiêu sọ,,,Gia vị,Cơ sở nước mắm Hưng Thịnh,,,,,Cấp tỉnh,1/QĐ,31/02/2023",
        ",Tiêu đen,,,food,Cơ sở Mới,Phú Quốc,Hộ,Ấp 1,12345,province,1/QĐ,20/11/2023",
        ",Muối tiêu,,,food,Cơ sở nước mắm Hưng Thịnh,,,,,province,1/QĐ,20/11/2023",
    ]
    path.write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    before = sorted(p.name for p in (mini / "products").glob("*.yml"))
    result = run(mini, "import", str(path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "council.csv:2:5: error: group: unknown group 'Gia vị' (hint: use one of: handicrafts, food, machinery, other)",
        "council.csv:2:13: error: date: '31/02/2023' is not a date (hint: write it as dd/mm/yyyy, e.g. 20/11/2023)",
        "council.csv:3:8: error: facility_type: unknown facility type 'Hộ' (hint: use one of: household, workshop, cooperative, private-enterprise, limited-company, joint-stock-company)",
        "council.csv:3:10: error: phone: '12345' is not a Vietnamese phone number (hint: mobiles have 10 digits (09x xxx xxxx), landlines 11 (0297 3xxx xxx); spaces and dots are fine)",
        "4 error(s) in council.csv; nothing was written.",
    ]
    assert sorted(p.name for p in (mini / "products").glob("*.yml")) == before


def test_import_template(mini: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    result = run(mini, "import", str(tmp_path / "mau.xlsx"), "--template")
    assert result.returncode == 0
    header = [c.value for c in load_workbook(tmp_path / "mau.xlsx").active[1]]
    assert header[:3] == ["Mã", "Tên sản phẩm", "Tên tiếng Anh"] and "Ngày quyết định" in header


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("20/11/2023", dt.date(2023, 11, 20)),
        ("2023-11-20", dt.date(2023, 11, 20)),
        (45250, dt.date(2023, 11, 20)),
        (dt.datetime(2023, 11, 20, 0, 0), dt.date(2023, 11, 20)),
        ("31/02/2023", None),
        ("hôm qua", None),
    ],
)
def test_parse_date(value: object, day: dt.date | None) -> None:
    assert parse_date(value) == day


def test_parse_phone_restores_the_leading_zero() -> None:
    assert parse_phone(912345678) == "0912345678"
    assert parse_phone(2973846123.0) == "02973846123"
    assert parse_phone("0297 3846 123") == "0297 3846 123"


def test_new_takes_names_where_ids_are_asked_for(mini: Path) -> None:
    """Staff know the producer's and the group's names better than their ids."""
    made = run(
        mini, "new", "product", "Túi cỏ bàng", "--facility", "Hợp tác xã cỏ bàng Phú Mỹ", "--group", "Thu cong my nghe"
    )
    assert made.returncode == 0, made.stderr
    text = (mini / "products/tui-co-bang.yml").read_text(encoding="utf-8")
    assert "\nfacility: htx-co-bang-phu-my" in text and "\ngroup: handicrafts" in text
    _fill(mini / "products/tui-co-bang.yml", "summary", "Túi đan tay.")
    made = run(
        mini, "new", "facility", "Cơ sở mật ong Cửa Cạn", "--unit", "Đặc khu Phú Quốc", "--type", "Ho kinh doanh",
        "--phone", "0297 3846 111",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = (mini / "content/facilities/co-so-mat-ong-cua-can.yml").read_text(encoding="utf-8")
    assert "\nunit: dac-khu-phu-quoc" in text and "\ntype: household" in text
    _fill(mini / "content/facilities/co-so-mat-ong-cua-can.yml", "address", "Ấp Cửa Cạn, đặc khu Phú Quốc")
    wrong = run(mini, "new", "product", "Túi", "--facility", "Cơ sở không có", "--group", "food")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("error: --facility: unknown facility 'Cơ sở không có'; known: ")
