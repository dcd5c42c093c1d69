"""Record files edited by the staff commands with comments and every other field kept:
``showroom import`` appends certifications and writes new records, ``showroom
addresses`` writes addresses and units into facility records.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ..records.certifications import Cert

#: The keys whose text a written map quotes by default: translated text and decisions
#: ("2479/QĐ-UBND" and a name like "Yes" stay text when read back).
QUOTED = ("vi", "en", "decision")


def read_record(path: Path) -> str:
    """A record file's text exactly as it is, line endings included (read_text makes CRLF LF)."""
    return path.read_bytes().decode("utf-8")


def edit_record(text: str, change: Callable[[str], str]) -> str:
    """``text`` after ``change``, in its own line endings: ``change`` sees LF only, and a record
    saved on Windows keeps its CRLF, so its diff shows the lines that changed, not every line."""
    if "\r\n" not in text:
        return change(text)
    return change(text.replace("\r\n", "\n")).replace("\n", "\r\n")


def write_record(path: Path, text: str) -> None:
    """Write a record's text with its line endings as they are."""
    path.write_text(text, encoding="utf-8", newline="")


def round_trip() -> YAML:
    """A ruamel.yaml reader and writer that keeps comments, quotes and long lines as they are."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def dump(data: Any) -> str:
    """``data`` (as ``round_trip`` loaded it, or made of its maps) written as YAML text."""
    buffer = io.StringIO()
    round_trip().dump(data, buffer)
    return buffer.getvalue()


def flow(values: dict[str, Any], quoted: Collection[str] | None = QUOTED) -> CommentedMap:
    """``values`` as a one-line map (``{vi: "…", en: "…"}``), the text of the keys in ``quoted``
    (every key's, when None) in double quotes."""
    data = CommentedMap()
    for key, value in values.items():
        quote = isinstance(value, str) and (quoted is None or key in quoted)
        data[key] = DoubleQuotedScalarString(value) if quote else value
    data.fa.set_flow_style()
    return data


def insert(data: CommentedMap, key: str, value: Any, *, before: str = "", after: str = "") -> None:
    """Put ``key`` in ``data`` before the key ``before``, else after ``after``, else last."""
    keys = list(data)
    if before in data:
        data.insert(keys.index(before), key, value)
    elif after in data:
        data.insert(keys.index(after) + 1, key, value)
    else:
        data[key] = value


def append_certification(text: str, cert: Cert) -> str:
    """A product record's text with ``cert`` appended to its ``certifications:``.

    When the last certification is a one-line flow mapping (as ``showroom new`` and
    the importer write them), the new one is written as a line of the same form just
    below it, and every other byte of the file stays as it was. Otherwise the record
    is written again by ruamel.yaml, which keeps its comments, with the new
    certification in the style of the one before it.
    """
    data = round_trip().load(text)
    certs = data["certifications"]
    item = flow(cert)
    lines = text.splitlines(keepends=True)
    line, col = certs.lc.item(len(certs) - 1)
    lead = lines[line][:col]
    if isinstance(certs[-1], CommentedMap) and certs[-1].fa.flow_style() and re.fullmatch(r" *- +", lead):
        ending = "\r\n" if lines[line].endswith("\r\n") else "\n"
        if not lines[line].endswith("\n"):
            lines[line] += ending
        lines.insert(line + 1, lead + dump(item).strip() + ending)
        written = "".join(lines)
        if _appended(text, written, cert):
            return written
    if isinstance(certs[-1], CommentedMap) and not certs[-1].fa.flow_style():
        item.fa.set_block_style()  # written like the certification before it
    certs.append(item)
    return dump(data)


def _appended(before: str, after: str, cert: Cert) -> bool:
    """True when ``after`` holds the values of ``before`` with ``cert`` appended to its certifications."""
    safe = YAML(typ="safe", pure=True)
    try:
        old, new = safe.load(before), safe.load(after)
    except Exception:  # the line did not fit where it was put: write the record again instead
        return False
    old["certifications"].append(dict(cert))
    return bool(new == old)
