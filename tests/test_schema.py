"""The one declaration: JSON Schema and docs come from it and agree with validation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.records.config_schema import SITE_CONFIG
from generator.records.fields import ListOf, MapOf, Obj
from generator.records.reference import markdown_reference
from generator.records.schema import PAGE, RECORD_SCHEMAS, REF_NAMES
from generator.records.types import FieldType, Ref

from .conftest import FIXTURES, REPO


class Yaml12Loader(yaml.SafeLoader):
    """Reads YAML as editors do (YAML 1.2 core): dates stay text, only true/false are booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))

FOLDERS = {
    "products": "products",
    "facilities": "content/facilities",
    "districts": "content/districts",
    "rounds": "content/rounds",
}


def schema(kind: str) -> dict:
    return json.loads((REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))


def records(root: Path) -> list[tuple[str, Path]]:
    return [(kind, p) for kind, folder in FOLDERS.items() for p in sorted((root / folder).glob("*.yml"))]


@pytest.mark.parametrize("root", [FIXTURES / "mini", REPO], ids=["fixture", "sample"])
def test_schema_files_accept_the_catalogues(root: Path) -> None:
    for kind, path in records(root):
        jsonschema.validate(yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader), schema(kind))
    config = yaml.load((root / "site_config.yml").read_text(encoding="utf-8"), Loader=Yaml12Loader)
    jsonschema.validate(config, schema("config"))


def test_schema_files_reject_a_bad_record() -> None:
    record = yaml.load(
        (FIXTURES / "mini/products/gio-xach-co-bang.yml").read_text(encoding="utf-8"), Loader=Yaml12Loader
    )
    record["colour"] = "red"
    del record["facility"]
    errors = sorted(e.message for e in jsonschema.Draft202012Validator(schema("products")).iter_errors(record))
    assert errors == [
        "'facility' is a required property",
        "Additional properties are not allowed ('colour' was unexpected)",
    ]


def test_committed_schema_and_docs_are_current(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from generator.staff.cli import main

    result = CliRunner().invoke(main, ["-C", str(tmp_path), "schema"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "docs/records.md").read_text(encoding="utf-8") == markdown_reference()
    assert markdown_reference() == (REPO / "docs/records.md").read_text(encoding="utf-8"), "run `showroom schema`"
    for kind in ("config", "products", "facilities", "districts", "units", "rounds"):
        fresh = (tmp_path / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
        assert fresh == (REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"), "run `showroom schema`"


def test_schema_refuses_a_file_in_the_way_and_writes_nothing(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from generator.staff.cli import main

    (tmp_path / "docs").write_text("notes\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(tmp_path), "schema"])
    assert (result.exit_code, result.output) == (1, "error: docs: a file, where the folder is to be written\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]
    (tmp_path / "docs").unlink()
    (tmp_path / "notes.txt").write_text("notes\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(tmp_path), "schema", "--out", "notes.txt"])
    assert (result.exit_code, result.output) == (1, "error: notes.txt: a file, where the folder is to be written\n")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "notes\n"


def _ref_targets(kind: FieldType) -> set[str]:
    if isinstance(kind, Ref):
        return {kind.target}
    if isinstance(kind, Obj):
        return set().union(*(_ref_targets(field.type) for field in kind.fields.values()))
    if isinstance(kind, ListOf):
        return _ref_targets(kind.item)
    if isinstance(kind, MapOf):
        return _ref_targets(kind.key) | _ref_targets(kind.value)
    return set()


def test_every_reference_kind_has_its_own_name() -> None:
    targets = set().union(*(_ref_targets(obj) for obj in [SITE_CONFIG, PAGE, *RECORD_SCHEMAS.values()]))
    assert targets and targets <= set(REF_NAMES), targets - set(REF_NAMES)
    reference = markdown_reference()
    assert "| `facility` | id of a facility entry | yes |" in reference
    assert "| `district` | id of a district entry |  |" in reference
    assert "| `unit` | id of a unit entry |  |" in reference
    assert "| `type` | id of a site_config.yml facility type entry | yes |" in reference
    assert "facilitie " not in reference
