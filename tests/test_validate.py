"""Validation: every user mistake gives one exact, located message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build, check
from generator.records.diagnostics import UserError

from .conftest import REPO


def problems(root: Path, strict: bool = False) -> list[str]:
    """The formatted problems of ``showroom check`` on a project."""
    with pytest.raises(UserError) as info:
        check(root, strict)
    return info.value.report.lines()


def write(root: Path, rel: str, text: str | bytes) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


GOOD_PRODUCT = """\
name: {vi: "Tiêu đen Phú Quốc", en: "Phu Quoc black pepper"}
kind: product
group: food
facility: nuoc-mam-hung-thinh
certifications:
  - {programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}
summary: {vi: "Tiêu hạt.", en: "Peppercorns."}
"""


def test_fixture_is_valid(mini: Path) -> None:
    catalogue, report = check(mini, strict=True)
    assert len(catalogue.products) == 3 and report.problems == []


def test_a_good_new_record_is_accepted(mini: Path) -> None:
    write(mini, "products/tieu-den.yml", GOOD_PRODUCT)
    catalogue, _ = check(mini, strict=True)
    assert catalogue.products["tieu-den"].data["certifications"][0]["decision"] == "2479/QĐ-UBND"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "group: fod",
            "products/x.yml:3:8: error: group: unknown group 'fod' (hint: did you mean 'food'?)",
        ),
        (
            "facility: khong-co",
            "products/x.yml:4:11: error: facility: unknown facility 'khong-co' (hint: known: htx-co-bang-phu-my, nuoc-mam-hung-thinh)",
        ),
        (
            "colour: red",
            "products/x.yml:8:9: error: colour: unknown field (hint: known fields: name, kind, items, group, facility, certifications, first_entry, featured, summary, description, photos, specs, price, trade, tags, aliases)",
        ),
        (
            "prise: {min: 1, currency: VND}",
            "products/x.yml:8:8: error: prise: unknown field (hint: did you mean 'price'?)",
        ),
        (
            "price: {min: 50.000, currency: VND}",
            "products/x.yml:8:14: error: price.min: expected a whole number, found '50.000' (hint: write digits only, without dots or commas, e.g. 85000)",
        ),
        ("first_entry: maybe", "products/x.yml:8:14: error: first_entry: expected true or false, found 'maybe'"),
        (
            "kind: set",
            "products/x.yml:2:7: error: items: a set lists its member items (hint: add items: with 2 or more entries)",
        ),
    ],
)
def test_product_mistakes(mini: Path, line: str, message: str) -> None:
    key = line.split(":")[0]
    text = "\n".join(ln for ln in GOOD_PRODUCT.splitlines() if not ln.startswith(key + ":")) + "\n"
    lines = text.splitlines()
    if key in ("group", "facility", "kind"):
        index = {"kind": 1, "group": 2, "facility": 3}[key]
        lines.insert(index, line)
    else:
        lines.append(line)
    write(mini, "products/x.yml", "\n".join(lines) + "\n")
    assert message in problems(mini)


def test_missing_required_fields_are_all_reported(mini: Path) -> None:
    write(mini, "products/x.yml", 'name: {vi: "X"}\nkind: product\n')
    found = [p for p in problems(mini) if p.startswith("products/x.yml")]
    assert [p.split(": ")[2] for p in found] == ["certifications", "facility", "group", "summary"]
    assert (
        found[2]
        == "products/x.yml:1:1: error: group: missing required field (hint: Product group id from site_config.yml.)"
    )


def test_every_problem_of_a_run_is_reported_once(mini: Path) -> None:
    write(mini, "products/a.yml", GOOD_PRODUCT.replace("group: food", "group: fod"))
    write(mini, "products/b.yml", GOOD_PRODUCT.replace("kind: product", "kind: thing"))
    write(mini, "content/districts/c.yml", "name: {vi: C}\ntype: village\n")
    assert problems(mini) == [
        "content/districts/c.yml:2:7: error: type: unknown district type 'village' (hint: known: city, town, district)",
        "products/a.yml:3:8: error: group: unknown group 'fod' (hint: did you mean 'food'?)",
        "products/b.yml:2:7: error: kind: 'thing' is not one of: product, set",
    ]


def test_values_are_never_retyped(mini: Path) -> None:
    path = mini / "content/facilities/htx-co-bang-phu-my.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('"0977.123.456"', "0977123456"), encoding="utf-8")
    write(
        mini,
        "products/no.yml",
        GOOD_PRODUCT.replace('{vi: "Tiêu hạt.", en: "Peppercorns."}', "no")
        + "first_entry: no\nspecs: {net_content: 1:30, standards: 010}\n",
    )
    catalogue, _ = check(mini)
    assert catalogue.facilities["htx-co-bang-phu-my"].data["phone"] == "0977123456"
    assert catalogue.products["no"].data["summary"] == {"vi": "no"}
    assert catalogue.products["no"].data["first_entry"] is False
    assert catalogue.products["no"].data["specs"] == {"net_content": "1:30", "standards": "010"}


def test_duplicate_keys_name_both_lines(mini: Path) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT + "kind: set\n")
    assert (
        "products/x.yml:8:1: error: kind: duplicate field; first given on line 2 (hint: keep one of the two)"
        in problems(mini)
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "content/districts/x.yml:1:1: error: the file is empty (hint: write the record's fields here)"),
        (
            b"# only a comment\n",
            "content/districts/x.yml:1:1: error: the file is empty (hint: write the record's fields here)",
        ),
        (b"- a\n- b\n", "content/districts/x.yml:1:1: error: expected a map of fields, found a list"),
        (
            b"name: {vi: A}\n---\nname: {vi: B}\n",
            "content/districts/x.yml:3:1: error: the file holds more than one YAML document (hint: keep one record per file; remove the '---' line)",
        ),
        (
            b'name: {vi: "L\xea"}\ntype: city\n',
            "content/districts/x.yml:1:14: error: the file is not valid UTF-8 (byte 0xea) (hint: open it in an editor and save it with the encoding 'UTF-8')",
        ),
        (
            b"name: {vi: A}\ntype: city\ndescription:\n\t- x\n",
            "content/districts/x.yml:4:1: error: YAML syntax: found character that cannot start any token (hint: indent with spaces, not tabs)",
        ),
        (
            b'name: {vi: "A}\ntype: city\n',
            "content/districts/x.yml:3:1: error: YAML syntax: found unexpected end of stream (hint: check that every quote is closed on the same value)",
        ),
        (
            b"name: {vi: A}\ntype: city\n" + b"x" * 1100 + b": 1\n",
            "content/districts/x.yml:3:1: error: YAML syntax: the field name is 1,100 characters long (hint: a field name is at most 1,024 characters; check that the ':' is where it should be)",
        ),
        (
            b"name: !!python/object/apply:os.system [echo hi]\ntype: city\n",
            "content/districts/x.yml:1:7: error: name: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed (hint: remove the '!\u2026' tag)",
        ),
        (
            b"name: {vi: A}\ntype: city\ngeo: {lat: 99, lon: 1}\n",
            "content/districts/x.yml:3:12: error: geo.lat: 99.0 is outside -90..90",
        ),
    ],
)
def test_broken_files(mini: Path, content: bytes, message: str) -> None:
    write(mini, "content/districts/x.yml", content)
    assert message in problems(mini)


def test_bom_and_crlf_are_accepted(mini: Path) -> None:
    write(mini, "content/districts/x.yml", '\ufeffname: {vi: "Hà Tiên"}\r\ntype: city\r\n'.encode())
    catalogue, _ = check(mini, strict=True)
    assert catalogue.districts["x"].data["name"] == {"vi": "Hà Tiên"}


def test_nfd_text_is_normalised(mini: Path) -> None:
    import unicodedata

    write(mini, "content/districts/x.yml", unicodedata.normalize("NFD", 'name: {vi: "Hà Tiên"}\ntype: city\n'))
    catalogue, _ = check(mini)
    assert catalogue.districts["x"].data["name"]["vi"] == unicodedata.normalize("NFC", "Hà Tiên")


def test_alias_bombs_are_refused_fast(mini: Path) -> None:
    bomb = (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
            for i in range(9)
        )
        + "name: {vi: A}\ntype: city\ndescription: *j\n"
    )
    write(mini, "content/districts/x.yml", bomb)
    assert any("x.yml" in p and "error" in p for p in problems(mini))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "0977123", "phone: '0977123' is not a Vietnamese phone number"),
        ("email", '"a@b.vn\\nBcc: x@y.z"', "email: 'a@b.vn\\nBcc: x@y.z' is not an e-mail address"),
        ("website", '"javascript:alert(1)"', "website: 'javascript:alert(1)' is not a web address"),
        ("website", '"https://[coso.vn/"', "website: 'https://[coso.vn/' is not a web address"),
        ("website", '"https://coso.vn:99999/"', "website: 'https://coso.vn:99999/' is not a web address"),
        ("website", f'"https://{"a" * 600}.vn/"', "website: is 612 characters long; at most 500 are allowed"),
        ("zalo", '"+84 912 345 678 9"', "zalo: '+84 912 345 678 9' is not a Vietnamese phone number"),
    ],
)
def test_contact_fields(mini: Path, field: str, value: str, message: str) -> None:
    path = mini / "content/facilities/htx-co-bang-phu-my.yml"
    text = "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith(field + ":"))
    path.write_text(f"{text}\n{field}: {value}\n", encoding="utf-8")
    assert any(message in p for p in problems(mini))


@pytest.mark.parametrize("phone", ["0297 3846 123", "0297.3846.123", "+84 297 3846 123", "0912 345 678", "1800 1234"])
def test_phone_formats_accepted(mini: Path, phone: str) -> None:
    path = mini / "content/facilities/htx-co-bang-phu-my.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('"0977.123.456"', f'"{phone}"'), encoding="utf-8")
    check(mini, strict=True)


def test_bad_file_names_and_duplicate_ids(mini: Path) -> None:
    write(mini, "products/Tieu Den.yml", GOOD_PRODUCT)
    write(mini, "products/gio-xach-co-bang.yaml", GOOD_PRODUCT)
    found = problems(mini)
    assert (
        "products/Tieu Den.yml:1:1: error: file name 'Tieu Den' is not a valid id (hint: rename the file with lower-case letters a-z, digits and hyphens, e.g. nuoc-mam-phu-quoc.yml)"
        in found
    )
    assert (
        "products/gio-xach-co-bang.yml:1:1: error: id 'gio-xach-co-bang' is already used by products/gio-xach-co-bang.yaml (hint: rename one of them)"
        in found
    )


CERT = '{programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}'


@pytest.mark.parametrize(
    ("certifications", "message"),
    [
        (
            f"  - {CERT}\n  - {CERT.replace('province', 'region')}",
            "products/x.yml:7:70: error: certifications[1].decision: decision '2479/QĐ-UBND' of programme 'cnnt' is also certifications[0] (hint: keep one of the two)",
        ),
        (
            f"  - {CERT.replace('province', 'county')}",
            "products/x.yml:6:30: error: certifications[0].level: unknown level 'county' of programme 'cnnt' (hint: known: commune, district, province, region, national)",
        ),
        (
            f"  - {CERT.replace('province', '4-star')}",
            "products/x.yml:6:30: error: certifications[0].level: unknown level '4-star' of programme 'cnnt' (hint: known: commune, district, province, region, national)",
        ),
        (
            f"  - {CERT.replace('round: 7', 'round: 8')}",
            "products/x.yml:6:47: error: certifications[0].round: no round 8 of programme 'cnnt' in 2023 (hint: add a record for it in content/rounds/)",
        ),
        (
            f"  - {CERT.replace('2023-11-20}', '2023-11-20, expires: 2023-01-01}')}",
            "products/x.yml:6:115: error: certifications[0].expires: is before the decision date",
        ),
        (
            f"  - {CERT.replace('2023-11-20', '2024-01-05')}",
            "products/x.yml:6:94: error: certifications[0].date: is in 2024, not in 2023",
        ),
        ("  []", "products/x.yml:6:3: error: certifications: is empty; at least 1 needed"),
    ],
    ids=[
        "decision twice",
        "unknown level",
        "another programme's level",
        "no such round",
        "expires first",
        "year",
        "empty",
    ],
)
def test_certification_mistakes(mini: Path, certifications: str, message: str) -> None:
    text = GOOD_PRODUCT.replace(f"certifications:\n  - {CERT}", f"certifications:\n{certifications}")
    write(mini, "products/x.yml", text)
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [message]


def test_a_year_has_rounds_of_several_programmes_and_numbers(mini: Path) -> None:
    write(
        mini,
        "content/rounds/ocop-2024.yml",
        'name: {vi: "OCOP 2024"}\nprogramme: ocop\nnumber: 1\nyear: 2024\ndecision: "12/QĐ-UBND"\ndate: 2024-06-01\n',
    )
    ocop = CERT.replace("cnnt", "ocop").replace("province", "4-star").replace("round: 7", "round: 1")
    ocop = ocop.replace("2023", "2024").replace("2479/QĐ-UBND", "12/QĐ-UBND").replace("2024-11-20", "2024-06-01")
    write(mini, "products/x.yml", GOOD_PRODUCT.replace(f"  - {CERT}", f"  - {CERT}\n  - {ocop}"))
    catalogue, _ = check(mini, strict=True)
    assert [c["level"] for c in catalogue.products["x"].data["certifications"]] == ["province", "4-star"]
    write(mini, "products/y.yml", GOOD_PRODUCT.replace(f"  - {CERT}", f"  - {ocop.replace('round: 1', 'round: 2')}"))
    assert [p for p in problems(mini) if p.startswith("products/y.yml")] == [
        "products/y.yml:6:45: error: certifications[0].round: no round 2 of programme 'ocop' in 2024 (hint: add a record for it in content/rounds/)"
    ]


def test_the_single_certification_map_is_refused_with_its_replacement(mini: Path) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT.replace(f"certifications:\n  - {CERT}", f"certification: {CERT}"))
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [
        'products/x.yml:5:16: error: certification: one certification became a list, certifications: (hint: replace it with: certifications: [{programme: cnnt, level: province, round: 7, year: 2023, decision: "2479/QĐ-UBND", date: 2023-11-20}])'
    ]


def test_broken_site_config(mini: Path) -> None:
    path = mini / "site_config.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("sample_data: true", "sample_data: maybe"), encoding="utf-8"
    )
    assert problems(mini) == ["site_config.yml:12:14: error: sample_data: expected true or false, found 'maybe'"]


def test_no_photo_widths_is_an_error_not_a_crash(mini: Path) -> None:
    path = mini / "site_config.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("widths: [320, 640, 960]", "widths: []"), encoding="utf-8")
    assert problems(mini) == ["site_config.yml:136:11: error: images.widths: is empty; at least 1 needed"]


def test_a_record_that_is_a_link_in_a_loop_is_an_error(mini: Path) -> None:
    (mini / "products/loop.yml").symlink_to("loop.yml")
    assert problems(mini) == ["products/loop.yml:1:1: error: cannot read file: Too many levels of symbolic links"]


def test_two_sections_in_one_folder_are_reported_at_the_second(mini: Path) -> None:
    path = mini / "site_config.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("facilities: {vi: co-so,", "facilities: {vi: san-pham,"), encoding="utf-8")
    line = text[: text.index("facilities: {vi: co-so,")].count("\n") + 1
    assert problems(mini) == [
        f"site_config.yml:{line}:20: error: sections.facilities.vi: 'san-pham' is the folder of the products "
        "section already (hint: give each section a folder of its own)"
    ]


def test_pages_whose_urls_collide_are_errors_naming_both(mini: Path) -> None:
    write(mini, "content/pages/san-pham.vi.md", "---\ntitle: Sản phẩm\n---\nx\n")
    assert problems(mini) == [
        "content/pages/san-pham.vi.md:1:1: error: its page /san-pham/ would overwrite the page of the products listing (hint: rename one)"
    ]


def test_pages_in_the_folders_of_the_site_are_errors(mini: Path) -> None:
    """The photos' folder, or the English pages' folder, named as a section or a page would lose pages."""
    path = mini / "site_config.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("facilities: {vi: co-so, en: producers}", "facilities: {vi: media, en: producers}"))
    write(mini, "content/pages/en.vi.md", "---\ntitle: Tiếng Anh\n---\nx\n")
    found = problems(mini)
    in_media = [line for line in found if "/media/" in line]  # once for the section, not once per producer
    assert in_media == [
        "site_config.yml:1:1: error: its page /media/ would be in /media/, a folder of the site (hint: rename it)"
    ]
    assert (
        "content/pages/en.vi.md:1:1: error: its page /en/ would be in /en/, the folder of the en pages (hint: rename it)"
        in found
    )


def test_every_top_folder_of_a_site_holds_pages_or_is_reserved(mini_site: Path) -> None:
    from generator.media.cards import CARDS_DIR
    from generator.media.photos import MEDIA_DIR
    from generator.output.search import is_bundle
    from generator.pages.urls import RESERVED_FOLDERS

    assert {CARDS_DIR, MEDIA_DIR} <= set(RESERVED_FOLDERS)
    other = [
        p.name
        for p in mini_site.iterdir()
        if p.is_dir() and not (p / "index.html").is_file() and not is_bundle(p.name) and p.name != "en"
    ]
    assert sorted(other) == sorted(RESERVED_FOLDERS)


def test_over_long_names_are_refused(mini: Path) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT.replace("Tiêu đen Phú Quốc", "Tiêu " * 40))
    assert "products/x.yml:1:12: error: name.vi: is 199 characters long; at most 160 are allowed" in problems(mini)
    write(mini, "products/" + "a" * 81 + ".yml", GOOD_PRODUCT)
    assert any("is not a valid id" in line for line in problems(mini))


def test_a_record_file_that_would_not_be_read_is_warned_about(mini: Path) -> None:
    """A product saved as x.YML, x.yml.txt or in a subfolder would be missing from the site without a word."""
    record = (mini / "products/bo-nuoc-mam-phu-quoc.yml").read_text(encoding="utf-8")
    (mini / "products/2026").mkdir()
    for name in ("2026/tieu.yml", "muoi.YML", "nuoc-mam.yml.txt"):
        (mini / "products" / name).write_text(record, encoding="utf-8")
    for ignored in ("notes.txt", ".muoi.yml.swp", "muoi.yml~"):
        (mini / "products" / ignored).write_text("x", encoding="utf-8")
    catalogue, report = check(mini)
    assert len(catalogue.products) == 3
    assert report.lines() == [
        "products/2026/tieu.yml:1:1: warning: not read: a record is a file <id>.yml directly in its folder"
        " (hint: move it into products/)",
        "products/muoi.YML:1:1: warning: not read: a record is a file <id>.yml directly in its folder"
        " (hint: rename it muoi.yml)",
        "products/nuoc-mam.yml.txt:1:1: warning: not read: a record is a file <id>.yml directly in its folder"
        " (hint: rename it nuoc-mam.yml)",
    ]
    with pytest.raises(UserError):
        check(mini, strict=True)


def test_a_page_file_that_would_not_be_read_is_warned_about(mini: Path) -> None:
    """A page saved as .MD or .markdown, or in a subfolder, would be missing from the site without a word."""
    pages = mini / "content/pages"
    text = (pages / "about.vi.md").read_text(encoding="utf-8")
    (pages / "2026").mkdir()
    for name in ("2026/gioi-thieu.vi.md", "lien-he.vi.MD", "hoi-cho.vi.markdown"):
        (pages / name).write_text(text, encoding="utf-8")
    (pages / "gone.vi.md").symlink_to("nothing-here.md")
    for ignored in ("notes.txt", ".about.vi.md.swp", "about.vi.md~"):
        (pages / ignored).write_text("x", encoding="utf-8")
    catalogue, report = check(mini)
    assert sorted({page.slug for page in catalogue.pages}) == ["about"]
    assert report.lines() == [
        "content/pages/2026/gioi-thieu.vi.md:1:1: warning: not read: a page is a file <name>.<language>.md"
        " directly in its folder (hint: move it into content/pages/)",
        "content/pages/gone.vi.md:1:1: warning: not read: a page is a file <name>.<language>.md"
        " directly in its folder (hint: it is not a file: a link to a file that is gone, or a device)",
        "content/pages/hoi-cho.vi.markdown:1:1: warning: not read: a page is a file <name>.<language>.md"
        " directly in its folder (hint: rename it hoi-cho.vi.md)",
        "content/pages/lien-he.vi.MD:1:1: warning: not read: a page is a file <name>.<language>.md"
        " directly in its folder (hint: rename it lien-he.vi.md)",
    ]


def test_expiring_days_on_the_command_line_is_bounded(mini: Path) -> None:
    from click.testing import CliRunner

    from generator.staff.cli import main

    for days in ("3000000", "-1", "99999999999999"):
        result = CliRunner().invoke(main, ["-C", str(mini), "check", "--expiring-days", days])
        assert result.exit_code == 2
        assert f"Invalid value for '--expiring-days': {days} is not in the range 0<=x<=36500." in result.output


def test_front_matter_problems_name_the_lines_of_the_file(mini: Path) -> None:
    write(mini, "content/pages/x.en.md", '---\ntitle: "About"\norder: 1\ntitle: again\ncolour: red\n---\nText\n')
    assert [p for p in problems(mini) if p.startswith("content/pages/x.en.md")] == [
        "content/pages/x.en.md:4:1: error: title: duplicate field; first given on line 2 (hint: keep one of the two)",
        "content/pages/x.en.md:5:9: error: colour: unknown field (hint: known fields: title, description, order)",
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        # Required: removing it is no way out, as the hint of an optional field says.
        ("~", "products/x.yml:1:7: error: name: is empty (hint: the field is required: write its value)"),
        (
            "{vi: null, en: Pepper}",
            "products/x.yml:1:12: error: name.vi: is empty (hint: the first language's text is required: write it)",
        ),
        (
            '{vi: "Tiêu đen", en: ""}',
            "products/x.yml:1:28: error: name.en: is empty (hint: write a value or remove the field)",
        ),
        (
            '{vi: "Tiêu \\u202eđen", en: "Pepper"}',
            "products/x.yml:1:12: error: name.vi: contains an invisible control character (hint: retype the value)",
        ),
        (
            '{vi: "Tiêu\\u200bđen", en: "Pepper"}',
            "products/x.yml:1:12: error: name.vi: contains an invisible control character (hint: retype the value)",
        ),
    ],
    ids=["tilde", "null", "empty-optional-language", "right-to-left-override", "zero-width-space"],
)
def test_no_value_and_hidden_characters_are_refused(mini: Path, name: str, message: str) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT.replace('{vi: "Tiêu đen Phú Quốc", en: "Phu Quoc black pepper"}', name))
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [message]


def set_languages(root: Path, line: str) -> int:
    """Replace the ``languages:`` line of the project's configuration; return its index (0-based)."""
    path = root / "site_config.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, text in enumerate(lines) if text.startswith("languages:"))
    lines[at] = line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return at


def test_a_quoted_null_is_text_and_no_languages_is_an_error(mini: Path) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT.replace("Tiêu đen Phú Quốc", "null"))
    catalogue, _ = check(mini)
    assert catalogue.products["x"].data["name"]["vi"] == "null"
    at = set_languages(mini, "languages: []")
    assert f"site_config.yml:{at + 1}:12: error: languages: is empty; at least 1 needed" in problems(mini)


def test_a_mistake_in_the_configuration_is_reported_alone(mini: Path) -> None:
    """Records are read against the configuration: with it wrong they would draw false errors."""
    at = set_languages(mini, 'languages: ["../x", en]')
    found = problems(mini)
    assert len(found) == 1 and found[0].startswith(f"site_config.yml:{at + 1}:13: error: languages[0]: "), found


def test_a_nul_character_is_reported_where_it_is(mini: Path) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT.replace("group: food", "group: fo\x00od").encode())
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [
        "products/x.yml:3:10: error: the file holds a NUL character (hint: often a damaged copy: retype the line)"
    ]


def test_a_record_name_that_is_no_file_is_warned_about_as_such(mini: Path) -> None:
    (mini / "products/gone.yml").symlink_to("nothing-here.yml")
    _, report = check(mini)
    assert report.lines() == [
        "products/gone.yml:1:1: warning: not read: a record is a file <id>.yml directly in its folder"
        " (hint: it is not a file: a link to a file that is gone, or a device)"
    ]


@pytest.mark.parametrize("languages", ["[vi, vi, en]", "[vi, vi]"])
def test_a_language_listed_twice_is_reported_at_the_list(mini: Path, languages: str) -> None:
    """Alone: with [vi, vi] every English text would otherwise be "unknown language 'en'" too."""
    at = set_languages(mini, f"languages: {languages}")
    assert problems(mini) == [f"site_config.yml:{at + 1}:12: error: languages: a language is listed twice"]


def test_a_language_the_theme_has_no_interface_for_is_refused_in_the_configuration(mini: Path) -> None:
    """Not at build time as a missing template; a project's own theme may add one."""
    at = set_languages(mini, "languages: [vi, en, km]")
    [line] = problems(mini)
    assert line.startswith(
        f"site_config.yml:{at + 1}:21: error: languages: the theme has no interface in 'km' (hint: use one of: af, ar,"
    )
    assert line.endswith(", vi, zh; or add theme/partials/languages/km.html)")
    import material

    shutil.copytree(REPO / "theme", mini / "theme")
    (mini / "theme/partials/languages").mkdir()
    english = Path(material.__file__).parent / "templates/partials/languages/en.html"
    shutil.copy(english, mini / "theme/partials/languages/km.html")
    build(mini, strict=False)
    assert (mini / "site/km/index.html").is_file()


@pytest.mark.parametrize(
    "address", ["https://ten-mien.vn/?lang=vi", "https://ten-mien.vn/#top", "https://ten-mien.vn/?"]
)
def test_a_site_address_with_a_query_or_fragment_is_refused(mini: Path, address: str) -> None:
    """Page paths are added to base_url: 'https://ten-mien.vn/?lang=vi' + 'san-pham/x/' is no page."""
    path = mini / "site_config.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, text in enumerate(lines) if text.startswith("base_url:"))
    lines[at] = f'base_url: "{address}"'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert problems(mini) == [
        f"site_config.yml:{at + 1}:11: error: base_url: {address!r} has a '?' or '#' part: every page's address "
        "would be cut at it (hint: write the address the site is published at, e.g. https://ten-mien.vn/san-pham/)"
    ]


def test_a_file_where_a_record_folder_goes_is_an_error(mini: Path) -> None:
    shutil.rmtree(mini / "content/units")
    (mini / "content/units").write_text("x\n", encoding="utf-8")
    assert "content/units:1:1: error: is a file; the records go in a folder of that name" in problems(mini)


def test_a_configuration_that_is_no_yaml_is_reported_alone(mini: Path) -> None:
    """Its certificate kinds unknown, a product listing one would draw a false error."""
    trade = '\ntrade:\n  certificates:\n    - {kind: haccp, number: "H-1", issuer: {vi: "Tổ chức"}}\n'
    write(mini, "products/x.yml", GOOD_PRODUCT + trade)
    assert check(mini)[0].products["x"].data["trade"]["certificates"][0]["kind"] == "haccp"
    (mini / "site_config.yml").write_text("languages: [vi, en\n", encoding="utf-8")
    found = problems(mini)
    assert len(found) == 1 and found[0].startswith("site_config.yml:2:1: error: YAML syntax:"), found


def test_front_matter_that_is_no_yaml_is_one_error(mini: Path) -> None:
    write(mini, "content/pages/x.en.md", '---\ntitle: "About\norder: 1\n---\nText\n')
    found = [p for p in problems(mini) if p.startswith("content/pages/x.en.md")]
    assert len(found) == 1 and found[0].startswith("content/pages/x.en.md:4:1: error: YAML syntax:"), found


def test_no_product_records_is_a_warning_strict_refuses(mini: Path) -> None:
    """The products folder moved or renamed by mistake: the build would publish an empty showroom."""
    (mini / "products").rename(mini / "products-old")
    _, report = check(mini)
    assert report.lines() == [
        "products:1:1: warning: no product records: the showroom would show no products (hint: the product records"
        " go in products/<id>.yml; run showroom in the project folder or pass -C DIR)"
    ]
    with pytest.raises(UserError):
        build(mini, strict=True)
