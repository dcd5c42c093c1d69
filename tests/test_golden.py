"""Golden test: the small fixture catalogue builds to exactly the stored files.

Regenerate the golden files after an intended change with ``make golden``
(``SHOWROOM_UPDATE_GOLDEN=1 pytest tests/test_golden.py``) and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.output.search import is_bundle

GOLDEN = Path(__file__).parent / "golden" / "mini"
TEXT_SUFFIXES = {".html", ".xml", ".json", ".csv", ".txt", ".vcf"}


def site_files(site: Path) -> dict[str, bytes]:
    """The files the generator writes itself (theme assets and the index are not compared)."""
    files = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site)
        if path.is_dir() or "assets" in rel.parts or is_bundle(rel.parts[0]):
            continue
        if path.suffix in TEXT_SUFFIXES:
            files[rel.as_posix()] = path.read_bytes()
    files["media.txt"] = "\n".join(sorted(p.name for p in (site / "media").iterdir())).encode() + b"\n"
    return files


def test_fixture_site_matches_golden_files(mini_site: Path) -> None:
    built = site_files(mini_site)
    if os.environ.get("SHOWROOM_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in built.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert sorted(built) == sorted(golden), "pages added or missing; run `make golden` if intended"
    changed = [rel for rel in golden if built[rel] != golden[rel]]
    assert changed == [], f"pages differ from tests/golden/mini: {changed[:10]}; run `make golden` if intended"
