"""``showroom new``: write a valid, commented record for staff to complete.

The id is made from the Vietnamese name (``Đ``→``d``, diacritics dropped); an
id already used by a record or kept as an alias is refused, so a printed QR
code never changes meaning.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..pages.urls import slugify
from ..records.diagnostics import Report
from ..records.load import RECORD_FOLDERS, parse_yaml
from ..records.schema import RECORD_SCHEMAS
from ..records.types import EMPTY, Context

KINDS = {"product": "products", "facility": "facilities", "unit": "units", "district": "districts"}


class ScaffoldError(Exception):
    """The record cannot be created; the message says why."""


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def product_text(
    name: str, facility: str, group: str, round_data: dict[str, Any], level: str | None, levels: list[str]
) -> str:
    """A new product record, commented for staff: certified in the round ``round_data``.

    The certification is the round's own decision and date. What only staff know is left
    empty (the summary, and the level when the round gave several): ``showroom check``
    refuses the record until it is written, so no placeholder is ever published as fact.
    """
    r = round_data
    level_line = f"level: {level}" if level else f'level: ""        # một trong / one of: {", ".join(levels)}'
    return f"""\
# {name}
# Điền các mục còn trống rồi chạy `showroom check`. / Fill in the empty fields, then run `showroom check`.
name: {{vi: {_q(name)}}}   # thêm bản tiếng Anh: en: "…" / add the English name
kind: product            # product (sản phẩm) | set (bộ sản phẩm: thêm items:)
group: {group}
facility: {facility}
certifications:           # mỗi quyết định một mục / one entry per decision; later rounds add entries
  - programme: {r["programme"]}
    {level_line}
    round: {r["number"]}
    year: {r["year"]}
    decision: {_q(r["decision"])}
    date: {r["date"].isoformat()}
    # expires: YYYY-MM-DD   # ngày hết hiệu lực, nếu có / the date it ends, if it does
first_entry: true
summary: {{vi: ""}}   # một câu giới thiệu sản phẩm / one sentence for cards and search: {{vi: "…", en: "…"}}
# description: {{vi: "…", en: "…"}}
# photos:
#   - {{file: photos/ten-anh.jpg, alt: {{vi: "…", en: "…"}}}}
# price: {{min: 85000, max: 120000, currency: VND}}
"""


def facility_text(name: str, unit: str | None, district: str | None, kind: str, phone: str) -> str:
    """A new facility record, commented for staff: its current unit and, if it had one, its former district."""
    places = (f"unit: {unit}\n" if unit else "") + (f"district: {district}\n" if district else "")
    return f"""\
# {name}
name: {{vi: {_q(name)}}}
type: {kind}
{places}address: {{vi: ""}}   # địa chỉ hiện nay / current address: "Ấp …, xã …, tỉnh …"
phone: {_q(phone)}
# former_address: {{vi: "…"}}   # địa chỉ trên giấy chứng nhận, nhãn cũ / address on older labels
# zalo: "09xx xxx xxx"
# email: "ten@ten-mien.vn"
# website: "https://…"
# representative: "Họ và tên"
"""


def unit_text(name: str, kind: str, province: str) -> str:
    """A new unit record (commune, ward or special zone), commented for staff."""
    return f"""\
# {name}
name: {{vi: {_q(name)}}}
type: {kind}
province: {province}
# former_names: ["xã …", "thị trấn …"]   # xã, phường cũ nay thuộc đơn vị này / former communes it took in
# description: {{vi: "…", en: "…"}}
"""


def district_text(name: str, kind: str) -> str:
    """A new district record, commented for staff."""
    return f"""\
# {name}
name: {{vi: {_q(name)}}}
type: {kind}
# description: {{vi: "…", en: "…"}}
"""


def new_record(root: Path, kind: str, name: str, text: str) -> tuple[Path, list[str]]:
    """Write a new record of ``kind`` named ``name``; refuse collisions and invalid text.

    Returns its path and the fields left empty for staff to write (each an error of
    ``showroom check`` until it is written).
    """
    folder = root / RECORD_FOLDERS[KINDS[kind]]
    ident = slugify(name)
    if not ident:
        raise ScaffoldError(f"cannot make an id from {name!r}: use letters or digits")
    existing = {p.stem for p in folder.glob("*.y*ml")} if folder.is_dir() else set()
    aliases = set()
    for path in folder.glob("*.y*ml") if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("aliases:"):
                aliases |= {a.strip(" []\"'") for a in line.split(":", 1)[1].split(",")}
    if ident in existing or ident in aliases:
        raise ScaffoldError(
            f"{RECORD_FOLDERS[KINDS[kind]]}/{ident}.yml: the id {ident!r} is already used; choose another name"
        )
    report = Report(root)
    rel = f"{RECORD_FOLDERS[KINDS[kind]]}/{ident}.yml"
    node = parse_yaml(text, rel, report)
    if node is not None:
        RECORD_SCHEMAS[KINDS[kind]].parse(node, Context(report, rel, ["vi", "en"]), "")
    to_fill = [problem.field for problem in report.errors if problem.message == EMPTY]
    refused = [problem for problem in report.errors if problem.message != EMPTY]
    if refused:  # said of the values given, not of a file that was never written
        raise ScaffoldError(
            "\n".join(f"{p.field}: {p.message}" + (f" (hint: {p.hint})" if p.hint else "") for p in refused)
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{ident}.yml"
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
        handle.write(text)
    return path, to_fill
