"""The caches that spare reading and parsing unchanged files: file stamps and valid records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.build import CACHE_DIR, check
from generator.incremental.digests import content_digest
from generator.incremental.stamps import Stamps
from generator.records.cache import RecordCache, _shard
from generator.records.diagnostics import Report, UserError
from generator.records.load import Source, load_project
from generator.records.model import Record
from generator.records.validate import validate
from tests.test_incremental import add_product, replace

OLD = 1_600_000_000  # a modification time long past: the file's stamp can be trusted


def test_a_file_is_read_again_only_when_its_stamp_changed(tmp_path: Path) -> None:
    path, store = tmp_path / "a.yml", tmp_path / "stamps.pickle"
    path.write_bytes(b"name: one\n")
    os.utime(path, (OLD, OLD))
    first = Stamps(store)
    assert first.digest(path) == content_digest(b"name: one\n")
    first.save()
    again = Stamps(store)
    assert again.digest(path) == content_digest(b"name: one\n")
    assert again.read_count == 0
    # Same size, modification time put back: the change time still tells.
    path.write_bytes(b"name: two\n")
    os.utime(path, (OLD, OLD))
    third = Stamps(store)
    assert third.digest(path) == content_digest(b"name: two\n")
    assert third.read_count == 1


def test_a_file_is_looked_at_once_per_run_and_a_record_follows_the_bytes_it_was_made_of(mini: Path) -> None:
    """A build digests every input, then loads the records: one look per file. A record
    edited in between is made of the bytes read then, keyed by their own digest."""
    path = mini / "products/gio-xach-co-bang.yml"
    stamps = Stamps(None)
    before = stamps.digest(path)
    path.write_text(path.read_text(encoding="utf-8").replace("en: ", "en: New ", 1), encoding="utf-8")
    assert stamps.digest(path) == before  # the first look stands for the whole run
    report = Report(mini)
    project = load_project(mini, report, stamps, RecordCache(None, mini))
    source = next(s for s in project.records["products"] if s.id == "gio-xach-co-bang")
    assert source.digest == content_digest(path.read_bytes()) != before


def test_a_file_modified_just_before_its_stamp_was_taken_is_read_again(tmp_path: Path) -> None:
    path, store = tmp_path / "a.yml", tmp_path / "stamps.pickle"
    path.write_bytes(b"name: one\n")
    first = Stamps(store)
    first.digest(path)
    first.save()
    again = Stamps(store)
    again.digest(path)
    assert again.read_count == 1  # an edit within the same clock tick would not show in the stamp


def test_a_damaged_stamp_file_only_costs_a_read(tmp_path: Path) -> None:
    path, store = tmp_path / "a.yml", tmp_path / "stamps.pickle"
    path.write_bytes(b"x")
    store.write_bytes(b"not a pickle")
    assert Stamps(store).digest(path) == content_digest(b"x")


def _load(root: Path) -> tuple[object, Report, RecordCache]:
    report, cache = Report(root), RecordCache(root / CACHE_DIR, root)
    catalogue = validate(load_project(root, report, Stamps(None), cache), report, cache)
    cache.save()
    return catalogue, report, cache


def test_unchanged_records_come_from_the_cache_and_equal_parsed_ones(mini: Path) -> None:
    parsed, _, cold = _load(mini)
    assert cold.hits == 0
    kept, report, warm = _load(mini)
    records = sum(len(r) for r in parsed.records.values())
    assert warm.hits == records
    assert kept.records == parsed.records
    assert not report.problems


def test_records_from_the_cache_sort_by_name_as_parsed_ones(mini: Path) -> None:
    """Each record's place in name order is made when it is parsed and kept in the cache."""
    for ident, name in (("a-den", "Đèn tre"), ("b-dua", "Dừa"), ("c-am", "Ấm trà")):
        add_product(mini, ident, "htx-co-bang-phu-my")
        replace(mini / f"products/{ident}.yml", f"Chiếu {ident}", name)
    orders = []
    for _ in range(2):  # parsed, then from the cache
        catalogue, _ = check(mini)
        orders.append([i for i in catalogue.links.facility_products["htx-co-bang-phu-my"] if i[1] == "-"])
    assert orders == [["c-am", "b-dua", "a-den"]] * 2


def test_an_edited_record_is_parsed_again(mini: Path) -> None:
    _load(mini)
    path = mini / "products/gio-xach-co-bang.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("en: ", "en: New ", 1), encoding="utf-8")
    catalogue, _, cache = _load(mini)
    assert cache.hits == sum(len(r) for r in catalogue.records.values()) - 1
    assert catalogue.products["gio-xach-co-bang"].data["name"]["en"].startswith("New ")


def test_a_cached_record_still_has_its_references_checked(mini: Path) -> None:
    check(mini)
    (mini / "content/facilities/htx-co-bang-phu-my.yml").unlink()
    with pytest.raises(UserError) as info:
        check(mini)
    lines = info.value.report.lines()
    assert any(
        line.startswith("products/gio-xach-co-bang.yml:") and "facility: unknown facility 'htx-co-bang-phu-my'" in line
        for line in lines
    ), lines


def test_records_are_parsed_again_when_the_languages_change(mini: Path) -> None:
    _load(mini)
    config = mini / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    assert "languages: [vi, en]" in text
    config.write_text(text.replace("languages: [vi, en]", "languages: [vi, en, fr]"), encoding="utf-8")
    catalogue, report, cache = _load(mini)
    assert (catalogue.languages, cache.hits, report.problems) == (["vi", "en", "fr"], 0, [])
    _, _, again = _load(mini)
    assert again.hits == sum(len(r) for r in catalogue.records.values())


def test_an_invalid_record_is_never_cached(mini: Path) -> None:
    path = mini / "products/gio-xach-co-bang.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: product", "kind: basket"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(UserError) as info:
            check(mini)
        assert any("products/gio-xach-co-bang.yml:" in line and "kind:" in line for line in info.value.report.lines())


def test_a_damaged_record_cache_is_ignored(mini: Path) -> None:
    parsed, _, cache = _load(mini)
    assert cache.folder is not None
    for shard in cache.folder.glob("*.pickle"):
        shard.write_bytes(b"\x80\x05damaged")
    kept, _, again = _load(mini)
    assert again.hits == 0
    assert kept.records == parsed.records


def test_an_edit_rewrites_one_file_of_the_record_cache(mini: Path) -> None:
    _, _, cache = _load(mini)
    assert cache.folder is not None
    before = {p.name: p.stat().st_ino for p in cache.folder.glob("*.pickle")}
    assert len(before) > 1  # the fixture's records are spread over several of the 64 files
    path = mini / "products/gio-xach-co-bang.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("en: ", "en: New ", 1), encoding="utf-8")
    _load(mini)
    after = {p.name: p.stat().st_ino for p in cache.folder.glob("*.pickle")}
    assert len([name for name in after if after[name] != before.get(name)]) == 1


def test_cached_records_share_their_field_names(tmp_path: Path) -> None:
    # One string per field name across the records of a cache file: pickled and unpickled once.
    rels = [f"products/p{n}.yml" for n in range(200)]
    rels = [rel for rel in rels if _shard(rel) == _shard(rels[0])][:2]
    cache = RecordCache(tmp_path, tmp_path)
    sources = [Source("products", rel[9:-4], str(tmp_path / rel), rel, None, f"digest-{rel}") for rel in rels]
    for source in sources:
        # Field names as parsed: a string of their own in each record.
        data = {"".join(["na", "me"]): {"".join(["v", "i"]): source.id}}
        record = Record(source.kind, source.id, source.rel, source.path, data, {"".join(["na", "me"]): (1, 1)})
        cache.put(source, ["vi"], record, [])
    cache.save()
    again = RecordCache(tmp_path, tmp_path)
    first, second = (again.get(source, ["vi"]) for source in sources)
    assert first is not None and second is not None
    ((name1, value1),), ((name2, value2),) = first[0].data.items(), second[0].data.items()
    assert name1 is name2
    assert next(iter(value1)) is next(iter(value2))  # nested: the languages
    assert next(iter(first[0].marks)) is next(iter(second[0].marks))


def test_an_edit_makes_one_products_open_data_again_and_rewrites_one_file(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept rows equal rows made afresh; an edit makes its product's again, in one file of 64."""
    from generator.output import open_data

    cache = mini / CACHE_DIR
    made: list[str] = []
    real = open_data._product_export
    monkeypatch.setattr(open_data, "_product_export", lambda c, li, p, *a: made.append(p.id) or real(c, li, p, *a))
    catalogue, _ = check(mini)
    _, fresh = open_data.product_exports(catalogue, catalogue.links, cache)
    assert sorted(made) == sorted(catalogue.products)
    files = {p.name: p.stat().st_ino for p in (cache / open_data.ROWS_FOLDER).glob("*.pickle")}
    assert len(files) == len({open_data._rows_shard(ident) for ident in catalogue.products}) > 1
    made.clear()
    replace(mini / "products/gio-xach-co-bang.yml", 'summary: {vi: "', 'summary: {vi: "Mới: ')
    catalogue, _ = check(mini)
    _, kept = open_data.product_exports(catalogue, catalogue.links, cache)
    assert made == ["gio-xach-co-bang"]
    after = {p.name: p.stat().st_ino for p in (cache / open_data.ROWS_FOLDER).glob("*.pickle")}
    assert [name for name in after if after[name] != files[name]] == [
        f"{open_data._rows_shard('gio-xach-co-bang'):02d}.pickle"
    ]
    assert kept == open_data.product_exports(catalogue, catalogue.links, None)[1]
    assert kept != fresh
