"""The vocabulary for declaring record fields once.

A field is declared with its type, whether it is translated, whether it is
required and a help text. From that single declaration come the parser that
turns YAML nodes into values (collecting every problem with its line and
column), the JSON Schema that editors use, and the reference documentation.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

from .types import EMPTY, ID_PATTERN, INVALID, NULLS, PLAIN_TAGS, Context, FieldType, Id, Text, node_kind


@dataclass
class Field:
    """One declared field: its type, whether translated/required, and help text.

    A ``detail`` field shows on its record's own page (and the pages that show
    whole records: the printable catalogue, the product page of a facility's
    product), never on cards, listings or counts: editing it rebuilds those
    pages only. The tests edit every detail field and compare with a full build.

    A ``shared`` translated field takes plain text as the same in every language
    (a measure such as ``500 ml``: shown unmarked on every language's pages), and text
    per language when it holds words (``{vi: Chuỗi dài 45 cm, en: 45 cm strand}``).
    """

    type: FieldType
    help: str
    required: bool = False
    translated: bool = False
    detail: bool = False
    shared: bool = False

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        """The JSON Schema of the field, description included."""
        inner = self.type.json_schema(languages)
        if self.translated:
            per_lang = {
                "type": "object",
                "properties": {lang: inner for lang in languages},
                "additionalProperties": False,
                "required": languages[:1],
            }
            return {"description": self.help, "anyOf": [inner, per_lang]}
        return {"description": self.help, **inner}

    def parse(self, node: yaml.Node, ctx: Context, name: str) -> Any:
        """Parse the node; a translated field gives ``{lang: value}``."""
        if node.tag not in PLAIN_TAGS:
            # Explicit tags (!!python/object, !!binary…) are refused; nothing is constructed.
            return ctx.error(node, name, f"YAML tag {node.tag!r} is not allowed", "remove the '!…' tag")
        if self.required and _blank(node):  # the type's own hint would say "or remove the field"
            return ctx.error(node, name, EMPTY, "the field is required: write its value")
        if not self.translated:
            return self.type.parse(node, ctx, name)
        if isinstance(node, yaml.ScalarNode) and self.shared:
            return self.type.parse(node, ctx, name)
        if isinstance(node, yaml.ScalarNode) or (isinstance(node, yaml.SequenceNode) and isinstance(self.type, ListOf)):
            # Plain text (a plain list) counts as the first language; the others fall back to it.
            value = self.type.parse(node, ctx, name)
            return INVALID if value is INVALID else {ctx.languages[0]: value}
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(node, name, 'expected text per language, e.g. {vi: "…", en: "…"}')
        result: dict[str, Any] = {}
        pairs = _pairs(node, ctx, name)
        for key, value_node in pairs:
            if key not in ctx.languages:
                ctx.error(
                    value_node, f"{name}.{key}", f"unknown language {key!r}; languages: {', '.join(ctx.languages)}"
                )
                continue
            if self.required and key == ctx.languages[0] and _blank(value_node):
                ctx.error(value_node, f"{name}.{key}", EMPTY, "the first language's text is required: write it")
                continue
            value = self.type.parse(value_node, ctx, f"{name}.{key}")
            if value is not INVALID:
                result[key] = value
        if ctx.languages[0] not in result and result:
            if ctx.languages[0] not in dict(pairs):  # given but wrong, it is reported already
                ctx.error(node, name, f"the {ctx.languages[0]!r} text is missing", "the first language is required")
            return INVALID
        return result or INVALID


def _blank(node: yaml.Node) -> bool:
    """Whether a node is an empty value: ``~``, ``null``, nothing, or blank text."""
    return isinstance(node, yaml.ScalarNode) and ((not node.style and node.value in NULLS) or not node.value.strip())


def _pairs(node: yaml.MappingNode, ctx: Context, name: str) -> list[tuple[str, yaml.Node]]:
    """The key/value pairs of a mapping; reports duplicate, non-text and merge keys."""
    seen: dict[str, yaml.Node] = {}
    pairs = []
    for key_node, value_node in node.value:
        if id(value_node) in ctx.seen:
            ctx.error(value_node, name, "YAML aliases (*name) are not allowed", "write the value out in full")
            continue
        ctx.seen.add(id(value_node))
        if not isinstance(key_node, yaml.ScalarNode):
            ctx.error(key_node, name, "a field name must be plain text")
            continue
        key = key_node.value
        if key in seen:
            first = seen[key].start_mark.line + 1
            where = f"{name}.{key}" if name else key
            ctx.error(key_node, where, f"duplicate field; first given on line {first}", "keep one of the two")
            continue
        seen[key] = key_node
        pairs.append((key, value_node))
    return pairs


class Moved(NamedTuple):
    """A field of an earlier form of a record: the field that replaced it, the message, and
    the replacement text written from the old value."""

    to: str
    message: str
    replacement: Callable[[yaml.Node], str]


@dataclass
class Obj(FieldType):
    """A map of declared fields; unknown fields are errors.

    ``moved`` names fields of an earlier form of the record: one is an error that
    shows the text replacing it, and stands in for the field replacing it (which
    is then not also reported missing).
    """

    fields: dict[str, Field] = field(default_factory=dict)
    moved: dict[str, Moved] = field(default_factory=dict)
    label = "a map of fields"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {k: f.json_schema(languages) for k, f in self.fields.items()},
            "required": [k for k, f in self.fields.items() if f.required],
            "additionalProperties": False,
        }

    def parse(self, node: yaml.Node, ctx: Context, name: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(node, name, f"expected a map of fields, found {node_kind(node)}")
        prefix = f"{name}." if name else ""
        result: dict[str, Any] = {}
        pairs = _pairs(node, ctx, name)
        invalid = False
        for key, value_node in pairs:
            decl = self.fields.get(key)
            if key in self.moved:
                moved = self.moved[key]
                ctx.error(
                    value_node, f"{prefix}{key}", moved.message, f"replace it with: {moved.replacement(value_node)}"
                )
                invalid = True
                continue
            if decl is None:
                close = difflib.get_close_matches(key, list(self.fields), n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"known fields: {', '.join(self.fields)}"
                ctx.error(value_node, f"{prefix}{key}", "unknown field", hint)
                invalid = True
                continue
            ctx.marks.setdefault(f"{prefix}{key}", ctx.mark(value_node))
            value = decl.parse(value_node, ctx, f"{prefix}{key}")
            if value is INVALID:
                invalid = True
            else:
                result[key] = value
        present = {key for key, _ in pairs} | {self.moved[key].to for key, _ in pairs if key in self.moved}
        for key, decl in self.fields.items():
            if decl.required and key not in present:
                ctx.error(node, f"{prefix}{key}", "missing required field", decl.help)
                invalid = True
        return INVALID if invalid else result


@dataclass
class ListOf(FieldType):
    """A list of values of one type."""

    item: FieldType = field(default_factory=Text)
    max_items: int = 100
    min_items: int = 0
    label = "a list"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        schema = {"type": "array", "items": self.item.json_schema(languages), "maxItems": self.max_items}
        return schema | ({"minItems": self.min_items} if self.min_items else {})

    def parse(self, node: yaml.Node, ctx: Context, name: str) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            return ctx.error(node, name, f"expected a list (lines starting with '- '), found {node_kind(node)}")
        if len(node.value) > self.max_items:
            return ctx.error(node, name, f"has {len(node.value)} entries; at most {self.max_items} are allowed")
        if len(node.value) < self.min_items:
            found = f"has {len(node.value)} entries" if node.value else "is empty"
            return ctx.error(node, name, f"{found}; at least {self.min_items} needed")
        values = []
        for i, item in enumerate(node.value):
            if id(item) in ctx.seen:
                return ctx.error(item, name, "YAML aliases (*name) are not allowed", "write the value out in full")
            ctx.seen.add(id(item))
            value = self.item.parse(item, ctx, f"{name}[{i}]")
            if value is not INVALID:
                values.append(value)
        return values if len(values) == len(node.value) else INVALID


@dataclass
class MapOf(FieldType):
    """A map from ids (chosen by the author, or refs) to values of one type."""

    value: FieldType = field(default_factory=Text)
    key: Id = field(default_factory=Id)
    label = "a map"

    def json_schema(self, languages: list[str]) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": self.value.json_schema(languages),
        }

    def parse(self, node: yaml.Node, ctx: Context, name: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return ctx.error(node, name, f"expected a map, found {node_kind(node)}")
        result: dict[str, Any] = {}
        invalid = False
        key_nodes = {k.value: k for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
        for key, value_node in _pairs(node, ctx, name):
            if self.key.parse(key_nodes[key], ctx, f"{name}.{key}") is INVALID:
                invalid = True
                continue
            value = self.value.parse(value_node, ctx, f"{name}.{key}")
            if value is INVALID:
                invalid = True
            else:
                result[key] = value
        return INVALID if invalid else result
