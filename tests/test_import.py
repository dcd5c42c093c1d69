"""`showroom import` of a later round: matching products, refusing what is ambiguous or conflicting."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

from generator.build import check
from generator.staff.importer import append_certification, normalise_name

from .conftest import REPO
from .test_workflow import CNNT_2023, HEADER, REGION_2024, add_second_round, run, yml_files

ERRORS_HINT = "(hint: correct the sheet, or the record if the council replaced its decision)"


def write_sheet(path: Path, rows: list[list[str]]) -> Path:
    """A council list as CSV (UTF-8 with a BOM, as spreadsheets save it), with the default headers."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow(row + [""] * (len(HEADER) - len(row)))
    return path


def row(
    name: str, facility: str, level: str, decision: str, date: str, ident: str = "", group: str = "food"
) -> list[str]:
    """A row of a known facility (its own four cells left empty)."""
    return [ident, name, "", "", group, facility, "", "", "", "", level, decision, date]


def test_normalise_name() -> None:
    assert normalise_name("  Nước MẮM  cá cơm\t40 độ đạm ") == "nuoc mam ca com 40 do dam"
    assert normalise_name("ĐẶC SẢN Đông Hồ") == normalise_name("dac san dong ho")
    assert normalise_name("Giỏ xách") != normalise_name("Giỏ-xách")


def test_an_ambiguous_match_names_the_candidates_and_writes_nothing(mini: Path, tmp_path: Path) -> None:
    add_second_round(mini)
    twin = (mini / "products/gio-xach-co-bang.yml").read_text(encoding="utf-8")
    twin = twin.replace('name: {vi: "Giỏ xách cỏ bàng"', 'name: {vi: "Giỏ xách  cỏ BÀNG"')
    (mini / "products/gio-xach-co-bang-2.yml").write_text(twin, encoding="utf-8")
    sheet = write_sheet(
        tmp_path / "council.csv",
        [
            row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024", "nuoc-mam-ca-com-40-do-dam"),
            row("Gio xach co bang", "htx-co-bang-phu-my", "", "15/QĐ-BCT", "01/10/2024", group="handicrafts"),
        ],
    )
    before = yml_files(mini)
    result = run(mini, "import", str(sheet), "--dry-run")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "council.csv:3:2: error: name_vi: 'Gio xach co bang' of 'htx-co-bang-phu-my' matches 2 products: "
        "gio-xach-co-bang, gio-xach-co-bang-2 (hint: write the product's id in the 'Mã' column)",
        "1 error(s) in council.csv; nothing was written.",
    ]
    assert run(mini, "import", str(sheet)).returncode == 1
    assert yml_files(mini) == before
    # With the id the row is no longer ambiguous.
    write_sheet(
        sheet,
        [row("Gio xach co bang", "htx-co-bang-phu-my", "", "15/QĐ-BCT", "01/10/2024", "gio-xach-co-bang-2")],
    )
    result = run(mini, "import", str(sheet))
    assert result.stdout.splitlines()[0] == "row 2: adds region 2024 to gio-xach-co-bang-2", result.stderr


def test_conflicts_with_the_records_are_errors(mini: Path, tmp_path: Path) -> None:
    """Another decision for a round already recorded, the same decision at another level, a date
    outside the round's year, a name whose id another facility's product holds, a bad id."""
    sheet = write_sheet(
        tmp_path / "council.csv",
        [
            row("Nước mắm", "nuoc-mam-hung-thinh", "province", "99/QĐ-UBND", "20/11/2023", "nuoc-mam-ca-com-40-do-dam"),
            row("bộ sản phẩm nước mắm phú quốc", "Cơ sở nước mắm Hưng Thịnh", "region", "2479/QĐ-UBND", "20/11/2023"),
            row("Tiêu đỏ", "nuoc-mam-hung-thinh", "province", "2479/QĐ-UBND", "20/11/2024"),
            row("Giỏ xách cỏ bàng", "nuoc-mam-hung-thinh", "province", "2479/QĐ-UBND", "20/11/2023"),
            row("Tiêu đen", "nuoc-mam-hung-thinh", "province", "2479/QĐ-UBND", "20/11/2023", "Tieu_Den"),
            row("Nước mắm cá cơm 40 độ đạm", "nuoc-mam-hung-thinh", "", "2479/QĐ-UBND", "20/11/2023"),
        ],
    )
    before = yml_files(mini)
    result = run(mini, "import", str(sheet))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "council.csv:2:12: error: decision: 'nuoc-mam-ca-com-40-do-dam' holds round 7 of 'cnnt' in 2023 "
        f"by decision '2479/QĐ-UBND', not '99/QĐ-UBND' {ERRORS_HINT}",
        "council.csv:3:12: error: decision: 'bo-nuoc-mam-phu-quoc' holds decision '2479/QĐ-UBND' at level 'province'"
        " of round 7 in 2023, not at level 'region' of round 7 in 2023 (hint: check --round and the level column)",
        "council.csv:4:13: error: date: 20/11/2024 is not in 2023, the year of round 'cnnt-2023' "
        "(hint: import the sheet with --round ROUND-ID for the round it lists)",
        "council.csv:5:2: error: name_vi: the id 'gio-xach-co-bang' is taken by products/gio-xach-co-bang.yml, "
        "a product of 'htx-co-bang-phu-my' (hint: write its id in the 'Mã' column if it is that product, else a new id)",
        "council.csv:6:1: error: id: 'Tieu_Den' is not an id "
        "(hint: use lower-case letters a-z, digits and hyphens, e.g. nuoc-mam-phu-quoc)",
        "council.csv:7:2: error: name_vi: the product 'nuoc-mam-ca-com-40-do-dam' is already on row 2",
        "6 error(s) in council.csv; nothing was written.",
    ]
    assert yml_files(mini) == before


def test_the_round_is_chosen_with_its_record_id(mini: Path, tmp_path: Path) -> None:
    """--round names a record of content/rounds/; a round of another programme gives its levels,
    and a round without a level needs the level column."""
    (mini / "content/rounds/ocop-2024.yml").write_text(
        'name: {vi: "Đánh giá, phân hạng sản phẩm OCOP năm 2024"}\n'
        'programme: ocop\nnumber: 1\nyear: 2024\ndecision: "812/QĐ-UBND"\ndate: 2024-06-10\n',
        encoding="utf-8",
    )
    sheet = write_sheet(
        tmp_path / "ocop.csv",
        [
            row("NƯỚC MẮM CÁ CƠM 40 ĐỘ ĐẠM", "Cơ sở nước mắm Hưng Thịnh", "OCOP 4 sao", "812/QĐ-UBND", "10/06/2024"),
            row("Bộ sản phẩm nước mắm Phú Quốc", "nuoc-mam-hung-thinh", "", "812/QĐ-UBND", "10/06/2024"),
        ],
    )
    unknown = run(mini, "import", str(sheet), "--round", "ocop-2030")
    assert (unknown.returncode, unknown.stdout) == (2, "")  # a usage error, as a missing value is
    assert unknown.stderr == "error: --round: no round 'ocop-2030' in content/rounds/; known: cnnt-2023, ocop-2024\n"
    empty = run(mini, "import", str(sheet), "--round", "ocop-2024")
    assert empty.returncode == 1
    assert empty.stderr.splitlines() == [
        "ocop.csv:3:11: error: level: is empty (hint: round 'ocop-2024' has no level: write each product's level)",
        "1 error(s) in ocop.csv; nothing was written.",
    ]
    rows = [
        row("NƯỚC MẮM CÁ CƠM 40 ĐỘ ĐẠM", "Cơ sở nước mắm Hưng Thịnh", "OCOP 4 sao", "812/QĐ-UBND", "10/06/2024"),
        row("Bộ sản phẩm nước mắm Phú Quốc", "nuoc-mam-hung-thinh", "3-star", "812/QĐ-UBND", "10/06/2024"),
    ]
    write_sheet(sheet, rows)
    done = run(mini, "import", str(sheet), "--round", "ocop-2024")
    assert done.stdout.splitlines() == [
        "row 2: adds 4-star 2024 to nuoc-mam-ca-com-40-do-dam",
        "row 3: adds 3-star 2024 to bo-nuoc-mam-phu-quoc",
        "Done: 0 created, 2 updated. Run `showroom check`, then commit.",
    ], done.stderr
    catalogue, _ = check(mini, strict=True)
    assert catalogue.products["nuoc-mam-ca-com-40-do-dam"].data["certifications"][-1] == {
        "programme": "ocop",
        "level": "4-star",
        "round": 1,
        "year": 2024,
        "decision": "812/QĐ-UBND",
        "date": dt.date(2024, 6, 10),
    }
    # Without --round, the sheet is for the latest round by date: ocop-2024 (2024-06-10).
    again = run(mini, "import", str(sheet))
    assert again.stdout.splitlines()[-1] == "Nothing to change: the records already match the sheet."


def test_append_certification_keeps_every_other_byte() -> None:
    cert = {
        "programme": "cnnt",
        "level": "region",
        "round": 1,
        "year": 2024,
        "decision": "15/QĐ-BCT",
        "date": dt.date(2024, 10, 1),
    }
    first = '  - {programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}'
    head = "# Giỏ\nname: {vi: 'Giỏ'}   # tên\ncertifications:   # mỗi quyết định một mục\n"
    text = head + first + "  # vòng VII\n# the next field\nfirst_entry: true\n"
    assert append_certification(text, cert) == (
        head + first + "  # vòng VII\n" + REGION_2024 + "# the next field\nfirst_entry: true\n"
    )
    crlf = text.replace("\n", "\r\n")
    assert append_certification(crlf, cert) == (
        head + first + "  # vòng VII\n" + REGION_2024 + "# the next field\nfirst_entry: true\n"
    ).replace("\n", "\r\n")
    ending = "name: {vi: X}\ncertifications:\n" + first
    assert append_certification(ending, cert) == ending + "\n" + REGION_2024
    # Written otherwise, the record is written again by ruamel.yaml, keeping its comments.
    block = "name: {vi: X}  # tên\ncertifications:\n  - programme: cnnt\n    level: province\n    round: 7\n"
    block += '    year: 2023\n    decision: "2479/QĐ-UBND"\n    date: 2023-11-20\nfirst_entry: true\n'
    assert append_certification(block, cert) == block.replace(
        "first_entry",
        "  - programme: cnnt\n    level: region\n    round: 1\n    year: 2024\n"
        '    decision: "15/QĐ-BCT"\n    date: 2024-10-01\nfirst_entry',
    )
    flow = '[{programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}]'
    assert append_certification(f"name: {{vi: X}}\ncertifications: {flow}\n", cert) == (
        f"name: {{vi: X}}\ncertifications: {flow[:-1]}, "
        '{programme: cnnt, level: region, round: 1, year: 2024, decision: "15/QĐ-BCT", date: 2024-10-01}]\n'
    )


def sample_copy(target: Path) -> Path:
    """The sample project's records (not its theme or build output) in ``target``."""
    target.mkdir()
    for name in ("site_config.yml", "products", "content"):
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, target / name)
    return target


def test_a_later_round_of_the_sample_adds_to_every_product_without_duplicates(tmp_path: Path) -> None:
    root = sample_copy(tmp_path / "sample")
    (root / "content/rounds/cnnt-2025.yml").write_text(
        'name: {vi: "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh lần thứ VIII năm 2025", '
        'en: "Provincial typical rural industrial products, round VIII, 2025"}\n'
        'programme: cnnt\nnumber: 8\nyear: 2025\nlevel: province\ndecision: "1850/QĐ-UBND"\ndate: 2025-11-14\n',
        encoding="utf-8",
    )
    catalogue, _ = check(root)
    products = sorted(catalogue.products.values(), key=lambda p: p.id)
    # Every product, named as a council's clerk may type it: upper case, without diacritics, spaced out;
    # every fifth by its id. Then a new product of a known facility.
    spellings = [str.upper, normalise_name, lambda s: "  ".join(s.split())]
    rows = [
        row(
            spellings[n % 3](p.data["name"]["vi"]),
            catalogue.facilities[p.data["facility"]].data["name"]["vi"],
            "",
            "1850/QĐ-UBND",
            "14/11/2025",
            p.id if n % 5 == 0 else "",
            p.data["group"],
        )
        for n, p in enumerate(products)
    ]
    rows.append(row("Mắm ba khía Tư Hậu", "co-so-ba-khia-tu-hau", "", "1850/QĐ-UBND", "14/11/2025"))
    sheet = write_sheet(tmp_path / "vong-8.csv", rows)
    before = yml_files(root)
    dry = run(root, "import", str(sheet), "--dry-run")
    assert (dry.returncode, dry.stderr) == (0, "")
    lines = dry.stdout.splitlines()
    assert lines[:3] == [
        "row 2: adds province 2025 to ba-khia-muoi-tu-hau",
        "row 3: adds province 2025 to banh-nhan-khom-ut-men",
        "row 4: adds province 2025 to banh-phong-tom-hai-van",
    ]
    assert lines[-2:] == [f"row {len(products) + 2}: new product mam-ba-khia-tu-hau", "Dry run: nothing was written."]
    assert lines[:-2] == [f"row {n}: adds province 2025 to {p.id}" for n, p in enumerate(products, 2)]
    assert yml_files(root) == before
    done = run(root, "import", str(sheet))
    assert (
        done.stdout.splitlines()[-1] == f"Done: 1 created, {len(products)} updated. Run `showroom check`, then commit."
    )
    after = yml_files(root)
    assert sorted(after) == sorted([*before, "products/mam-ba-khia-tu-hau.yml"]), "no duplicate was created"
    line = '  - {programme: cnnt, level: province, round: 8, year: 2025, decision: "1850/QĐ-UBND", date: 2025-11-14}\n'
    for name, text in before.items():
        if name.startswith("products/"):
            assert after[name].decode().count(line) == 1, name
            assert after[name].decode().replace(line, "") == text.decode(), name
    catalogue, report = check(root, strict=True)
    assert report.problems == []
    assert [len(catalogue.products[p.id].data["certifications"]) for p in products] == [
        len(p.data["certifications"]) + 1 for p in products
    ]
    again = run(root, "import", str(sheet))
    assert again.stdout.splitlines()[0] == "row 2: already recorded (ba-khia-muoi-tu-hau)"
    assert again.stdout.splitlines()[-2:] == [
        f"row {len(products) + 2}: already recorded (mam-ba-khia-tu-hau)",
        "Nothing to change: the records already match the sheet.",
    ]
    assert yml_files(root) == after


def test_unreadable_sheets_are_reported_and_the_template_never_overwrites(mini: Path, tmp_path: Path) -> None:
    add_second_round(mini)
    good = row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024", "nuoc-mam-ca-com-40-do-dam")
    text = write_sheet(tmp_path / "good.csv", [good]).read_text(encoding="utf-8-sig")
    (tmp_path / "utf16.csv").write_text(text.replace(",", ";"), encoding="utf-16")  # with a byte-order mark, and ";"
    (tmp_path / "legacy.csv").write_bytes(b"M\xe3,T\xean\r\n")  # a Windows code page, not UTF-8
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 half a workbook")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # Excel 97-2003
    before = yml_files(mini)
    result = run(mini, "import", str(tmp_path / "utf16.csv"), "--dry-run")
    assert (result.returncode, result.stdout.splitlines()[0]) == (
        0,
        "row 2: adds region 2024 to nuoc-mam-ca-com-40-do-dam",
    )
    result = run(mini, "import", str(tmp_path / "legacy.csv"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "legacy.csv:1:2: error: the file is not UTF-8 text (hint: in Excel, save it as 'CSV UTF-8 (Comma delimited)', "
        "or import the .xlsx workbook itself)"
    )
    result = run(mini, "import", str(tmp_path / "broken.xlsx"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "broken.xlsx:1:1: error: not a workbook that can be read (BadZipFile) "
        "(hint: open it in Excel and save it again as .xlsx, or save it as 'CSV UTF-8')"
    )
    result = run(mini, "import", str(tmp_path / "old.xls"))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "old.xls:1:1: error: only .xlsx and .csv files can be imported (hint: open it in Excel or LibreOffice and save"
        " it as 'Excel Workbook (.xlsx)' or 'CSV UTF-8')",
    )
    assert yml_files(mini) == before
    result = run(mini, "import", "--template", str(tmp_path / "good.csv"))
    assert (result.returncode, result.stderr) == (
        1,
        f"error: {tmp_path / 'good.csv'}: the file exists; the template is only written to a new file\n",
    )
    assert (tmp_path / "good.csv").read_text(encoding="utf-8-sig") == text
    result = run(mini, "import", "--template", str(tmp_path / "no/such/folder/list.xlsx"))
    assert (result.returncode, result.stderr) == (
        1,
        f"error: {tmp_path / 'no/such/folder/list.xlsx'}: cannot write it: No such file or directory\n",
    )


def test_a_formula_saved_without_its_value_is_named_not_read_as_empty(mini: Path, tmp_path: Path) -> None:
    """A workbook written by a program, not saved by a spreadsheet, holds formulas without values."""
    from openpyxl import Workbook

    add_second_round(mini)
    book = Workbook()
    book.active.append(HEADER)
    cells = row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "", "nuoc-mam-ca-com-40-do-dam")
    book.active.append([*cells[:-1], "=DATE(2024,10,1)"])
    book.save(tmp_path / "council.xlsx")
    before = yml_files(mini)
    result = run(mini, "import", str(tmp_path / "council.xlsx"))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "council.xlsx:2:13: error: the cell holds the formula '=DATE(2024,10,1)' without its value "
        "(hint: open the workbook in Excel or LibreOffice and save it: that saves every formula's value)",
    )
    assert yml_files(mini) == before


def test_cells_a_record_would_refuse_are_errors_and_nothing_is_written(mini: Path, tmp_path: Path) -> None:
    add_second_round(mini)
    hidden = row("Nước mắm\u202e", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024")
    long = row("Chiếu " * 40, "htx-co-bang-phu-my", "region", "15/QĐ-BCT", "01/10/2024", group="handicrafts")
    sheet = write_sheet(tmp_path / "council.csv", [hidden, long])
    before = yml_files(mini)
    result = run(mini, "import", str(sheet))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:2] == [
        "council.csv:2:2: error: name_vi: contains an invisible control character (hint: retype the cell)",
        "council.csv:3:2: error: name_vi: is 239 characters long; at most 160 are allowed",
    ]
    assert yml_files(mini) == before


def test_cells_that_are_not_what_was_typed_are_named_and_nothing_is_written(mini: Path, tmp_path: Path) -> None:
    """A failed look-up's #N/A, a decision a spreadsheet took for a date, a name or facility no id
    can be made from, an unknown kind: each named by its cell, none a product."""
    from openpyxl import Workbook

    add_second_round(mini)
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(row("#N/A", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024"))
    sheet.append([*row("Mắm ruốc", "nuoc-mam-hung-thinh", "region", "", "01/10/2024")[:-2], dt.datetime(2024, 10, 15)])
    sheet.append(row("蜂蜜", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024"))
    odd = row("Mắm tôm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024")
    sheet.append([*odd[:3], "Quà tặng", *odd[4:]])
    new = row("Mật ong", "合作社", "region", "15/QĐ-BCT", "01/10/2024")
    sheet.append([*new[:6], "phu-quoc", "household", "Ấp 1, xã Dương Tơ", "0297 3846 111", *new[10:]])
    sheet["XFD1048576"] = "a stray cell at the sheet's last cell"
    book.save(tmp_path / "council.xlsx")
    before = yml_files(mini)
    result = run(mini, "import", str(tmp_path / "council.xlsx"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "council.xlsx:2:2: error: name_vi: the cell shows the error #N/A instead of a value "
        "(hint: correct its formula)",
        "council.xlsx:3:12: error: decision: is a date cell (15/10/2024), not text (hint: the spreadsheet read "
        "what was typed as a date: format the column as Text and type it again)",
        "council.xlsx:4:2: error: name_vi: cannot make an id from '蜂蜜': use letters or digits "
        "(hint: write the product's id in the 'Mã' column)",
        "council.xlsx:5:4: error: kind: unknown kind 'Quà tặng' "
        "(hint: write 'Sản phẩm' (a product) or 'Bộ sản phẩm' (a set))",
        "council.xlsx:6:6: error: facility: cannot make an id from '合作社': use letters or digits",
        "5 error(s) in council.xlsx; nothing was written.",
    ]
    assert yml_files(mini) == before


def test_headers_saved_decomposed_are_found_and_a_header_twice_is_an_error(mini: Path, tmp_path: Path) -> None:
    """A Mac saves "Tên" as "Te" + a combining circumflex; a column copied beside itself is named."""
    import unicodedata

    add_second_round(mini)
    good = row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024", "nuoc-mam-ca-com-40-do-dam")
    text = write_sheet(tmp_path / "council.csv", [good]).read_text(encoding="utf-8-sig")
    header, rest = text.split("\n", 1)
    (tmp_path / "nfd.csv").write_text(unicodedata.normalize("NFD", header) + "\n" + rest, encoding="utf-8")
    result = run(mini, "import", str(tmp_path / "nfd.csv"), "--dry-run")
    assert (result.returncode, result.stdout.splitlines()[0]) == (
        0,
        "row 2: adds region 2024 to nuoc-mam-ca-com-40-do-dam",
    )
    (tmp_path / "twice.csv").write_text(header + ",Nhóm \n" + rest.replace("\r\n", ",food\r\n"), encoding="utf-8")
    result = run(mini, "import", str(tmp_path / "twice.csv"), "--dry-run")
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "twice.csv:1:14: error: group: the column 'Nhóm' is there twice (columns 5 and 14) "
        "(hint: delete or rename one of them)",
    )


def test_a_record_saved_with_windows_line_endings_keeps_them(mini: Path, tmp_path: Path) -> None:
    """Only the appended certification is new in the file's diff: CRLF stays on every line."""
    add_second_round(mini)
    record = mini / "products/nuoc-mam-ca-com-40-do-dam.yml"
    crlf = record.read_bytes().replace(b"\n", b"\r\n")
    record.write_bytes(crlf)
    good = row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024", "nuoc-mam-ca-com-40-do-dam")
    result = run(mini, "import", str(write_sheet(tmp_path / "council.csv", [good])))
    assert result.returncode == 0, result.stderr
    added = (CNNT_2023 + "\r\n" + REGION_2024.replace("\n", "\r\n")).encode()
    assert record.read_bytes() == crlf.replace((CNNT_2023 + "\r\n").encode(), added)


def test_a_councils_form_with_title_rows_and_column_numbers_is_read(mini: Path, tmp_path: Path) -> None:
    """Title rows above the header (one in a merged cell, one in its first cell only), the
    columns numbered under it, a section title merged across a row: the other rows are the products."""
    from openpyxl import Workbook

    add_second_round(mini)
    book = Workbook()
    sheet = book.active
    sheet.append(["ỦY BAN NHÂN DÂN TỈNH AN GIANG"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(["DANH SÁCH SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.append([f"({n})" for n in range(1, len(HEADER) + 1)])
    sheet.append(["I. Nhóm chế biến nông sản"])  # a section title merged across the row
    sheet.merge_cells(start_row=6, start_column=1, end_row=6, end_column=len(HEADER))
    sheet.append(
        row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024", "nuoc-mam-ca-com-40-do-dam")
    )
    book.save(tmp_path / "council.xlsx")
    result = run(mini, "import", str(tmp_path / "council.xlsx"), "--dry-run")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "row 6: a heading, no product: 'I. Nhóm chế biến nông sản'",
        "row 7: adds region 2024 to nuoc-mam-ca-com-40-do-dam",
        "Dry run: nothing was written.",
    ]


def test_names_typed_without_diacritics_and_a_date_written_out_are_read(mini: Path, tmp_path: Path) -> None:
    """A sheet typed on a keyboard without Vietnamese input; the date as a decision writes it."""
    add_second_round(mini)
    typed = row("Gio xach co bang", "htx-co-bang-phu-my", "cap khu vuc", "15/QĐ-BCT", "ngày 01 tháng 10 năm 2024")
    typed[4] = "Thu cong my nghe"
    result = run(mini, "import", str(write_sheet(tmp_path / "council.csv", [typed])))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == "row 2: adds region 2024 to gio-xach-co-bang"
    assert REGION_2024 in (mini / "products/gio-xach-co-bang.yml").read_text(encoding="utf-8")


def test_a_new_facility_is_placed_in_its_current_unit_or_former_district(mini: Path, tmp_path: Path) -> None:
    """Since 1 July 2025 a council names the commune, ward or special zone; an older list, the district."""
    add_second_round(mini)

    def new(product: str, facility: str, place: str) -> list[str]:
        cells = row(product, facility, "region", "15/QĐ-BCT", "01/10/2024")
        return [*cells[:6], place, "household", "Ấp 1", "0297 3846 111", *cells[10:]]

    rows = [
        new("Mật ong rừng", "Cơ sở mật ong Cửa Cạn", "Đặc khu Phú Quốc"),
        new("Rượu sim", "Cơ sở rượu sim Hàm Ninh", "Phú Quốc"),
        new("Ngọc trai", "Cơ sở ngọc trai Hòn Thơm", "Xã Hòn Thơm"),
    ]
    result = run(mini, "import", str(write_sheet(tmp_path / "council.csv", rows)))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "council.csv:4:7: error: district: unknown commune, ward or district 'Xã Hòn Thơm' (hint: write the name of"
        " a unit of content/units/ (e.g. 'Xã An Biên') or of a district of content/districts/)",
    )
    result = run(mini, "import", str(write_sheet(tmp_path / "council.csv", rows[:2])))
    assert result.returncode == 0, result.stderr
    facilities = mini / "content/facilities"
    assert "\nunit: dac-khu-phu-quoc\n" in (facilities / "co-so-mat-ong-cua-can.yml").read_text(encoding="utf-8")
    assert "\ndistrict: phu-quoc\n" in (facilities / "co-so-ruou-sim-ham-ninh.yml").read_text(encoding="utf-8")
    check(mini, strict=True)


def test_an_unknown_facility_names_the_one_most_like_it(mini: Path, tmp_path: Path) -> None:
    """A council spells the name another way ("Mĩ" for "Mỹ", as older texts write it)."""
    add_second_round(mini)
    sheet = write_sheet(
        tmp_path / "council.csv",
        [
            row(
                "Túi cỏ bàng",
                "Hợp tác xã cỏ bàng Phú Mĩ",
                "region",
                "15/QĐ-BCT",
                "01/10/2024",
                group="handicrafts",
            )
        ],
    )
    result = run(mini, "import", str(sheet))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "council.csv:2:6: error: facility: unknown facility 'Hợp tác xã cỏ bàng Phú Mĩ' (hint: is it 'Hợp tác xã cỏ bàng"
        " Phú Mỹ' (htx-co-bang-phu-my)? write an existing facility's name or id, or fill district, facility_type,"
        " address, phone to create it)",
    )


def test_a_new_product_named_like_one_of_its_facility_is_pointed_out(mini: Path, tmp_path: Path) -> None:
    """A name typed another way would make a second record of a product certified again."""
    add_second_round(mini)
    typo = row("Giỏ sách cỏ bàng", "htx-co-bang-phu-my", "region", "15/QĐ-BCT", "01/10/2024", group="handicrafts")
    result = run(mini, "import", str(write_sheet(tmp_path / "council.csv", [typo])), "--dry-run")
    assert (result.returncode, result.stdout.splitlines()[0]) == (
        0,
        "row 2: new product gio-sach-co-bang (like products/gio-xach-co-bang.yml: if it is that product,"
        " write its id in the 'Mã' column)",
    )


def test_a_facility_name_two_producers_share_is_never_picked(mini: Path, tmp_path: Path) -> None:
    """Two producers trade under one name in different places: the row must say which by id."""
    add_second_round(mini)
    twin = (mini / "content/facilities/nuoc-mam-hung-thinh.yml").read_text(encoding="utf-8")
    (mini / "content/facilities/nuoc-mam-hung-thinh-2.yml").write_text(twin, encoding="utf-8")
    name = check(mini)[0].facilities["nuoc-mam-hung-thinh"].data["name"]["vi"]
    sheet = write_sheet(tmp_path / "council.csv", [row("Nước mắm", name, "region", "15/QĐ-BCT", "01/10/2024")])
    result = run(mini, "import", str(sheet))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        f"council.csv:2:6: error: facility: {name!r} is the name of 2 facilities: nuoc-mam-hung-thinh,"
        " nuoc-mam-hung-thinh-2 (hint: write the id of one)",
    )
    made = run(mini, "new", "product", "Mắm cá", "--facility", name, "--group", "food")
    assert (made.returncode, made.stderr) == (
        2,
        f"error: --facility: {name!r} is the name of nuoc-mam-hung-thinh, nuoc-mam-hung-thinh-2; write the id of one\n",
    )


def test_two_producers_products_of_one_name_are_told_apart_by_id(mini: Path, tmp_path: Path) -> None:
    """Two new producers each certified for "Mắm cá lóc": the id made from the name cannot be both."""
    add_second_round(mini)

    def new(facility: str) -> list[str]:
        cells = row("Mắm cá lóc", facility, "region", "15/QĐ-BCT", "01/10/2024")
        return [*cells[:6], "Phú Quốc", "household", "Ấp 1", "0297 3846 111", *cells[10:]]

    sheet = write_sheet(tmp_path / "council.csv", [new("Cơ sở mắm Ba Hòn"), new("Cơ sở mắm Bảy Núi")])
    result = run(mini, "import", str(sheet))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "council.csv:3:2: error: name_vi: row 2 has a product of this name too, of 'Cơ sở mắm Ba Hòn': both would"
        " have the id 'mam-ca-loc' (hint: write an id for each in the 'Mã' column, e.g. mam-ca-loc-co-so-mam-bay-nui)",
    )


def test_an_id_of_another_producers_product_is_refused(mini: Path, tmp_path: Path) -> None:
    """A mistyped id in the Mã column would add the certification to another producer's product."""
    add_second_round(mini)
    wrong = row("Nước mắm", "nuoc-mam-hung-thinh", "region", "15/QĐ-BCT", "01/10/2024", "gio-xach-co-bang")
    result = run(mini, "import", str(write_sheet(tmp_path / "council.csv", [wrong])))
    assert (result.returncode, result.stderr.splitlines()[0]) == (
        1,
        "council.csv:2:1: error: id: 'gio-xach-co-bang' is a product of 'htx-co-bang-phu-my', not of"
        " 'nuoc-mam-hung-thinh' (hint: check the 'Mã' column)",
    )
