"""Field types: the parsing context, the base type and every scalar type.

Each type parses a YAML node into a value (reporting every problem with its
line and column to the context) and describes itself as JSON Schema.
``fields.py`` builds records' declarations from them.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import yaml

from . import countries
from .diagnostics import Mark, Report

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_ID_RE = re.compile(ID_PATTERN)
#: Control characters, and the invisible ones that reverse or hide text (a name could read
#: "Nước mắm" and hold other letters); the joiners emoji are made of stay allowed.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
#: How YAML writes "no value" without quotes: a value for PyYAML, taken as text by this loader.
NULLS = {"~", "null", "Null", "NULL"}
_BOOL_WORDS = {"true": True, "yes": True, "false": False, "no": False}
PLAIN_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!"}
INVALID = object()  # returned by parsers for a value that failed; never stored


class PendingRef(NamedTuple):
    """A reference to check once every record is known (a plain tuple: cached by the ten thousand)."""

    target: str  # a record kind ("facilities") or "config:<section>"
    id: str
    rel: str
    line: int
    col: int
    field: str

    @property
    def mark(self) -> Mark:
        """Where the reference is written."""
        return Mark(self.rel, self.line, self.col)


#: The message of an empty text; ``showroom new`` leaves empty what only staff can write.
EMPTY = "is empty"


@dataclass
class Context:
    """What a parser needs: where it is, the languages, and where to report."""

    report: Report
    rel: str
    languages: list[str]
    refs: list[PendingRef] = field(default_factory=list)
    marks: dict[str, Mark] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)

    def mark(self, node: yaml.Node) -> Mark:
        """The 1-based position of a node in the current file."""
        return Mark(self.rel, node.start_mark.line + 1, node.start_mark.column + 1)

    def error(self, node: yaml.Node, name: str, message: str, hint: str = "") -> object:
        """Report an error at a node and return INVALID for the caller to pass on."""
        self.report.error(self.mark(node), name, message, hint)
        return INVALID


def node_kind(node: yaml.Node) -> str:
    """How a node is written, for messages: a map, a list or a single value."""
    if isinstance(node, yaml.MappingNode):
        return "a map of fields"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return "a single value"


class FieldType:
    """Base of every field type: parses a node and describes itself."""

    label = "value"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        """The JSON Schema fragment for this type."""
        return {}

    def parse(self, node: yaml.Node, ctx: Context, name: str) -> Any:
        """Turn a YAML node into a value, or report and return INVALID."""
        raise NotImplementedError


class Scalar(FieldType):
    """A single value written as text in YAML; subclasses convert it."""

    def parse(self, node: yaml.Node, ctx: Context, name: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            return ctx.error(node, name, f"expected {self.label}, found {node_kind(node)}")
        if CONTROL.search(node.value):
            return ctx.error(node, name, "contains an invisible control character", "retype the value")
        if not node.style and node.value in NULLS:  # plain: None, or '' from the C parser
            return ctx.error(node, name, EMPTY, "write a value or remove the field")
        return self.convert(node.value, node, ctx, name)

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        """Convert the scalar's text; the default keeps it as text."""
        return text


@dataclass
class Text(Scalar):
    """Plain text on one line (``markdown=True`` allows Markdown on many lines)."""

    max_length: int = 300
    markdown: bool = False
    pattern: str | None = None
    pattern_hint: str = ""

    @property
    def label(self) -> str:  # type: ignore[override]
        return "Markdown text" if self.markdown else "text"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "maxLength": self.max_length}
        if self.pattern:
            schema["pattern"] = self.pattern
        return schema

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        text = text.strip() if not self.markdown else text.strip("\n")
        if not text.strip():
            return ctx.error(node, name, EMPTY, "write a value or remove the field")
        if not self.markdown and "\n" in text:
            return ctx.error(node, name, "must be on one line")
        if len(text) > self.max_length:
            return ctx.error(node, name, f"is {len(text)} characters long; at most {self.max_length} are allowed")
        if self.pattern and not re.search(self.pattern, text):
            return ctx.error(node, name, f"{text!r} is not well-formed", self.pattern_hint)
        return text


@dataclass
class Id(Text):
    """A record id: lower-case ASCII letters, digits and single hyphens."""

    max_length: int = 80
    pattern: str | None = ID_PATTERN
    pattern_hint: str = "use lower-case letters a-z, digits and hyphens, e.g. nuoc-mam-phu-quoc"


@dataclass
class Ref(Id):
    """The id of another record, or of an entry of ``site_config.yml``."""

    target: str = ""

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        value = super().convert(text, node, ctx, name)
        if value is not INVALID:
            ctx.refs.append(
                PendingRef(self.target, value, ctx.rel, node.start_mark.line + 1, node.start_mark.column + 1, name)
            )
        return value


@dataclass
class Choice(Scalar):
    """One of a fixed set of words."""

    choices: tuple[str, ...] = ()

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"enum": list(self.choices)}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        if text not in self.choices:
            return ctx.error(node, name, f"{text!r} is not one of: {', '.join(self.choices)}")
        return text


class Bool(Scalar):
    """true or false (yes/no are accepted here, and only here)."""

    label = "true or false"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "boolean"}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        value = _BOOL_WORDS.get(text.strip().lower())
        if value is None:
            return ctx.error(node, name, f"expected true or false, found {text!r}")
        return value


@dataclass
class Int(Scalar):
    """A whole number, written with digits only."""

    minimum: int = 0
    maximum: int = 10**12
    label = "a whole number"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        text = text.strip()
        if not re.fullmatch(r"-?\d+", text):
            hint = "write digits only, without dots or commas, e.g. 85000" if re.fullmatch(r"[\d.,]+", text) else ""
            return ctx.error(node, name, f"expected a whole number, found {text!r}", hint)
        value = int(text)
        if not self.minimum <= value <= self.maximum:
            return ctx.error(node, name, f"{value} is outside {self.minimum}..{self.maximum}")
        return value


@dataclass
class Float(Scalar):
    """A decimal number (a dot before the decimals), e.g. a coordinate."""

    minimum: float = -1e9
    maximum: float = 1e9
    label = "a number"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        if not re.fullmatch(r"-?\d+(\.\d+)?", text.strip()):
            return ctx.error(node, name, f"expected a number like 10.2171, found {text!r}")
        value = float(text)
        if not self.minimum <= value <= self.maximum:
            return ctx.error(node, name, f"{value} is outside {self.minimum}..{self.maximum}")
        return value


class Date(Scalar):
    """A calendar date written YYYY-MM-DD."""

    label = "a date YYYY-MM-DD"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        text = text.strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return ctx.error(node, name, f"expected a date YYYY-MM-DD, found {text!r}", "e.g. 2023-11-20")
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return ctx.error(node, name, f"{text} is not a real date")


_MOBILE = re.compile(r"0[35789]\d{8}")
_LANDLINE = re.compile(r"02\d{9}")
_HOTLINE = re.compile(r"1[89]00\d{4,6}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
PHONE_HINT = "mobiles have 10 digits (09x xxx xxxx), landlines 11 (0297 3xxx xxx); spaces and dots are fine"
EMAIL_HINT = "write one address, like ten@ten-mien.vn"


def is_phone(text: str) -> bool:
    """True for a Vietnamese phone number: 10-digit mobile, 11-digit landline, 1800/1900."""
    digits = re.sub(r"[ .()-]", "", text.strip())
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    return bool(_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits) or _HOTLINE.fullmatch(digits))


def is_email(text: str) -> bool:
    """True for one plain e-mail address (no names, no extra headers)."""
    return len(text) <= 254 and bool(_EMAIL.fullmatch(text))


class Phone(Scalar):
    """A Vietnamese phone number: 10-digit mobile, 11-digit landline or 1800/1900."""

    label = "a phone number"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[+0-9 .()-]{8,20}$"}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        text = text.strip()
        if not is_phone(text):
            return ctx.error(node, name, f"{text!r} is not a Vietnamese phone number", PHONE_HINT)
        return text


class Email(Scalar):
    """An e-mail address."""

    label = "an e-mail address"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "string", "format": "email", "maxLength": 254}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        text = text.strip()
        if not is_email(text):
            return ctx.error(node, name, f"{text!r} is not an e-mail address", EMAIL_HINT)
        return text


#: The longest web address accepted.
MAX_URL = 500


@dataclass
class Url(Scalar):
    """A web address starting with http:// or https://; ``site``: a site's own address, to
    which page paths are added (so no ``?query`` or ``#fragment``)."""

    label = "a web address"
    site: bool = False

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        pattern = "^https?://[^?#]*$" if self.site else "^https?://"
        return {"type": "string", "format": "uri", "pattern": pattern, "maxLength": MAX_URL}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        text = text.strip()
        if len(text) > MAX_URL:  # a QR code holds the address of each page, and no more than 2,953 bytes
            return ctx.error(node, name, f"is {len(text):,} characters long; at most {MAX_URL} are allowed")
        try:
            parts = urlsplit(text) if not re.search(r"[\s\"'<>\\`]", text) else None
            _ = parts and parts.port  # a port over 65535 is refused only when it is read
        except ValueError:  # that, or a "[" that opens no IPv6 address
            parts = None
        if not parts or parts.scheme not in ("http", "https") or not parts.netloc:
            return ctx.error(node, name, f"{text!r} is not a web address", "write it in full, e.g. https://ten-mien.vn")
        if self.site and (parts.query or parts.fragment or text.endswith(("?", "#"))):
            return ctx.error(
                node,
                name,
                f"{text!r} has a '?' or '#' part: every page's address would be cut at it",
                "write the address the site is published at, e.g. https://ten-mien.vn/san-pham/",
            )
        return text


@dataclass
class FilePath(Text):
    """A file beside the record, e.g. ``photos/name.jpg``; checked by the images stage."""

    max_length: int = 200

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        value = super().convert(text, node, ctx, name)
        if value is INVALID:
            return value
        if value.startswith(("/", "~")) or re.match(r"^[A-Za-z]:", value) or "\\" in value:
            return ctx.error(node, name, f"{value!r} must be a relative path with '/'", "e.g. photos/name.jpg")
        if ".." in value.split("/"):
            plain = posixpath.normpath(value)
            if plain == ".." or plain.startswith("../"):
                return ctx.error(node, name, f"{value!r} leaves the catalogue folder", "keep photos beside the record")
            return ctx.error(node, name, f"{value!r} goes up a folder and back", f"write it as {plain!r}")
        ctx.marks[name] = ctx.mark(node)
        return value


def is_id(text: str) -> bool:
    """True when ``text`` is a well-formed record id."""
    return bool(_ID_RE.match(text)) and len(text) <= 80


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit of a GTIN's other digits: weights 3 and 1 alternate from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


GTIN_HINT = "the 13 digits under the barcode (GTIN-13, EAN; 893… for Vietnam), or 8 for a small pack (GTIN-8)"


class Gtin(Scalar):
    """A GS1 barcode number: GTIN-13 (EAN-13) or GTIN-8, its check digit verified."""

    label = "a GTIN-13 or GTIN-8 barcode number"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^(\d{8}|\d{13})$"}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        digits = re.sub(r"[ -]", "", text.strip())
        if not re.fullmatch(r"\d{8}|\d{13}", digits):
            return ctx.error(node, name, f"{text.strip()!r} is not a GTIN-13 or GTIN-8 number", GTIN_HINT)
        expected = gtin_check_digit(digits[:-1])
        if int(digits[-1]) != expected:
            return ctx.error(
                node,
                name,
                f"wrong check digit in {digits}: the last digit should be {expected}, not {digits[-1]}",
                "copy the number under the barcode again; a mistyped digit gives a code no till can read",
            )
        return digits


class Country(Scalar):
    """A country as its ISO 3166-1 alpha-2 code, e.g. JP."""

    label = "an ISO 3166-1 two-letter country code"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {"type": "string", "enum": sorted(countries.codes())}

    def convert(self, text: str, node: yaml.Node, ctx: Context, name: str) -> Any:
        code = text.strip()
        if countries.is_country(code):
            return code
        meant = countries.code_for(code)
        hint = f"write {meant}" if meant else "use ISO 3166-1 two-letter codes, e.g. JP, KR, US, DE"
        return ctx.error(node, name, f"unknown country code {code!r}", hint)
