"""Load stage: read the project's YAML records and Markdown pages.

Files are walked in sorted order, decoded strictly as UTF-8 (a BOM and CRLF
line ends are accepted), normalised to Unicode NFC and parsed into YAML nodes
that keep their line marks. No value is typed here: the YAML 1.1 resolvers of
PyYAML would turn a phone number ``0243765432`` into an integer and ``no`` into
``False``, so every scalar stays text until the schema says what it is.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..incremental.stamps import Stamps
from .cache import RecordCache
from .diagnostics import Mark, Report

# The C parser is several times faster on large catalogues; both keep marks.
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

#: The folders that hold records, with the kind of record each holds.
RECORD_FOLDERS: dict[str, str] = {
    "products": "products",
    "facilities": "content/facilities",
    "districts": "content/districts",
    "units": "content/units",
    "rounds": "content/rounds",
}
PAGES_FOLDER = "content/pages"
PHOTOS_FOLDER = "photos"  # beside the records of each folder
RECORD_SUFFIXES = (".yml", ".yaml")
CONFIG_FILE = "site_config.yml"

_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n?", re.S)


@dataclass
class Source:
    """One record file: where it is and its YAML node tree (None if unreadable or ``cached``)."""

    kind: str
    id: str
    path: str  # a string: tens of thousands of Path objects cost a noticeable part of a second
    rel: str
    node: yaml.Node | None
    digest: str = ""  # of the file's bytes
    cached: bool = False  # the record cache holds this file's record: it was not parsed


@dataclass
class PageSource:
    """One Markdown page of ``content/pages``: ``<slug>.<lang>.md``."""

    slug: str
    lang: str
    path: Path
    rel: str
    meta: yaml.Node | None
    body: str
    body_line: int


@dataclass
class Project:
    """Everything read from disk, before validation."""

    root: Path
    config: Source | None
    records: dict[str, list[Source]] = field(default_factory=dict)
    pages: list[PageSource] = field(default_factory=list)


def read_text(path: Path, rel: str, report: Report) -> str | None:
    """Read a file as NFC text with LF line ends; report encoding trouble."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.error(Mark(rel), "", f"cannot read file: {exc.strerror}")
        return None
    return decode_text(data, rel, report)


def decode_text(data: bytes, rel: str, report: Report) -> str | None:
    """Decode a file's bytes as NFC text with LF line ends; report encoding trouble."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        report.error(
            Mark(rel, line, col),
            "",
            f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            "open it in an editor and save it with the encoding 'UTF-8'",
        )
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:  # YAML refuses it, but says only how far into the file it is
        at = text.index("\x00")
        line, col = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        report.error(
            Mark(rel, line, col), "", "the file holds a NUL character", "often a damaged copy: retype the line"
        )
        return None
    return unicodedata.normalize("NFC", text)


def parse_yaml(text: str, rel: str, report: Report) -> yaml.Node | None:
    """Parse one YAML document into a node tree; report syntax errors with marks."""
    try:
        docs = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        hint = ""
        lines = text.split("\n")
        bad_line = lines[line - 1] if 0 < line <= len(lines) else ""
        if "\t" in bad_line or "\\t" in problem or "tab" in problem:
            hint = "indent with spaces, not tabs"
        elif "special characters" in problem:
            hint = "remove the invisible control character (often pasted from another program)"
        elif "end of stream" in problem or "end of the stream" in problem or "closing quote" in problem:
            hint = "check that every quote is closed on the same value"
        elif problem == "could not find expected ':'" and col > 1024 and bad_line[col - 1 : col] == ":":
            # YAML gives up on a field name longer than 1,024 characters and names the ':' after it
            key = bad_line[: col - 1].strip()
            col, problem = len(bad_line) - len(bad_line.lstrip()) + 1, f"the field name is {len(key):,} characters long"
            hint = "a field name is at most 1,024 characters; check that the ':' is where it should be"
        report.error(Mark(rel, line, col), "", f"YAML syntax: {problem}", hint)
        return None
    except yaml.YAMLError as exc:  # reader errors carry no problem_mark
        report.error(Mark(rel), "", f"YAML: {exc}")
        return None
    docs = [d for d in docs if d is not None]
    if not docs:
        report.error(Mark(rel), "", "the file is empty", "write the record's fields here")
        return None
    if len(docs) > 1:
        m = docs[1].start_mark
        report.error(
            Mark(rel, m.line + 1, m.column + 1),
            "",
            "the file holds more than one YAML document",
            "keep one record per file; remove the '---' line",
        )
        return None
    return docs[0]


def load_yaml_file(path: Path, root: Path, report: Report) -> yaml.Node | None:
    """Read and parse one YAML file, reporting problems against its relative path."""
    rel = path.relative_to(root).as_posix()
    text = read_text(path, rel, report)
    return None if text is None else parse_yaml(text, rel, report)


def _record_files(folder: Path, rel: str, report: Report) -> list[str]:
    """The names of the record files of ``folder`` (``rel`` in the project), sorted.

    A file that looks meant as a record but would not be read (``x.YML``, ``x.yml.txt``,
    one in a subfolder) is warned about: a record left out without a word is a product
    missing from the site.
    """
    if not folder.is_dir():
        if folder.exists():  # a file where the folder goes: its records would be missing without a word
            report.error(Mark(rel), "", "is a file; the records go in a folder of that name")
        return []
    # Names, not paths: Path comparisons cost seconds at tens of thousands of files.
    names = []
    for entry in os.scandir(folder):
        name = entry.name
        try:
            is_file = entry.is_file()
        except OSError as exc:  # a link that leads round in a loop
            report.error(Mark(f"{rel}/{name}"), "", f"cannot read file: {exc.strerror}")
            continue
        named_as_record = os.path.splitext(name)[1] in RECORD_SUFFIXES
        if named_as_record and is_file:
            names.append(name)
        elif named_as_record and not entry.is_dir():
            _not_read(report, f"{rel}/{name}", "it is not a file: a link to a file that is gone, or a device")
        elif name.startswith(".") or name.endswith("~") or name == PHOTOS_FOLDER:
            continue  # hidden files, editors' backups, the photos
        elif entry.is_dir():
            for inner in os.scandir(entry.path):
                if _looks_like_record(inner.name):
                    _not_read(report, f"{rel}/{name}/{inner.name}", f"move it into {rel}/")
        elif _looks_like_record(name):
            stem = name.lower().split(".y", 1)[0]
            _not_read(report, f"{rel}/{name}", f"rename it {stem}.yml")
    return sorted(names)


def _looks_like_record(name: str) -> bool:
    lower = name.lower()
    return not name.startswith(".") and any(lower.endswith(s) or f"{s}." in lower for s in RECORD_SUFFIXES)


def _not_read(report: Report, rel: str, hint: str) -> None:
    report.warning(Mark(rel), "", "not read: a record is a file <id>.yml directly in its folder", hint)


def load_page(path: Path, root: Path, report: Report) -> PageSource | None:
    """Read one Markdown page with optional YAML front matter."""
    rel = path.relative_to(root).as_posix()
    stem, _, lang = path.stem.rpartition(".")
    if not stem:
        report.error(Mark(rel), "", "page file names are <name>.<language>.md, e.g. about.en.md")
        return None
    text = read_text(path, rel, report)
    if text is None:
        return None
    meta = None
    body, body_line = text, 1
    match = _FRONT_MATTER.match(text)
    if match:
        # A blank line in place of the opening "---", so that marks count the file's lines.
        meta = parse_yaml("\n" + match.group(1), rel, report)
        if meta is None:
            return None  # reported: the page is not also "missing front matter"
        body = text[match.end() :]
        body_line = text.count("\n", 0, match.end()) + 1
    return PageSource(stem, lang, path, rel, meta, body, body_line)


def _load_record(
    kind: str, base: Path, folder: str, name: str, report: Report, stamps: Stamps, cache: RecordCache
) -> Source:
    """Read the record file ``name`` of ``base``, the project's ``folder``, unless the record
    cache holds the record of these very bytes."""
    # Strings, not pathlib: 27,000 files at national scale, and a Path costs about 15 µs here.
    path, rel, stem = f"{base}/{name}", f"{folder}/{name}", name.rpartition(".")[0]
    try:
        digest, data = stamps.read(path)
    except OSError as exc:
        report.error(Mark(rel), "", f"cannot read file: {exc.strerror}")
        return Source(kind, stem, path, rel, None)
    if cache.has(rel, digest):
        return Source(kind, stem, path, rel, None, digest, cached=True)
    if data is None:
        digest, data = stamps.read_again(path)
    text = decode_text(data, rel, report)
    node = None if text is None else parse_yaml(text, rel, report)
    return Source(kind, stem, path, rel, node, digest)


def load_project(root: Path, report: Report, stamps: Stamps | None = None, cache: RecordCache | None = None) -> Project:
    """Read ``site_config.yml``, every record and every page below ``root``.

    With a record ``cache``, files whose record it holds are not parsed;
    ``stamps`` saves reading the files that did not change.
    """
    stamps = stamps or Stamps(None)
    cache = cache or RecordCache(None, root)
    config_path = root / CONFIG_FILE
    config = None
    if config_path.is_file():
        node = load_yaml_file(config_path, root, report)
        config = Source("config", "site_config", str(config_path), CONFIG_FILE, node)
    else:
        report.error(
            Mark(CONFIG_FILE), "", "no site_config.yml here", "run showroom in the project folder or pass -C DIR"
        )
    project = Project(root=root, config=config)
    for kind, folder in RECORD_FOLDERS.items():
        base = root / folder
        project.records[kind] = [
            _load_record(kind, str(base), folder, name, report, stamps, cache)
            for name in _record_files(base, folder, report)
        ]
    for path in _page_files(root / PAGES_FOLDER, report):
        page = load_page(path, root, report)
        if page:
            project.pages.append(page)
    return project


def _page_files(folder: Path, report: Report) -> list[Path]:
    """The Markdown pages of ``folder``, sorted; a file meant as a page that would not be read
    (``about.vi.MD``, ``about.vi.markdown``, one in a subfolder) is warned about, as records are."""
    if not folder.is_dir():
        return []
    pages = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name.endswith("~"):
            continue
        if path.suffix == ".md" and path.is_file():
            pages.append(path)
        elif path.suffix == ".md" and not path.is_dir():
            _page_not_read(
                report, f"{PAGES_FOLDER}/{path.name}", "it is not a file: a link to a file that is gone, or a device"
            )
        elif path.is_dir():
            for inner in sorted(path.iterdir()):
                if _looks_like_page(inner.name):
                    _page_not_read(report, f"{PAGES_FOLDER}/{path.name}/{inner.name}", f"move it into {PAGES_FOLDER}/")
        elif _looks_like_page(path.name):
            _page_not_read(report, f"{PAGES_FOLDER}/{path.name}", f"rename it {path.name.rsplit('.', 1)[0]}.md")
    return pages


def _looks_like_page(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith((".md", ".markdown", ".mdown", ".mkd"))


def _page_not_read(report: Report, rel: str, hint: str) -> None:
    report.warning(Mark(rel), "", "not read: a page is a file <name>.<language>.md directly in its folder", hint)
