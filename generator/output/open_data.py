"""Open data rows: each product, certification and facility as flat columns in every language.

``products.json``, ``products.csv``, ``certifications.csv`` and ``facilities.csv``
(written by ``exports``) carry every language and the page URLs; the CSV files start
with a BOM so spreadsheet software shows Vietnamese correctly. A product's flat
columns describe its newest certification and the main trade facts;
``products.json`` also carries the list of every certification and every trade
fact, and ``certifications.csv`` has one row per certification.
Nothing here is given the build date, so nothing says whether a certification is
current (its ``expires`` says when it ends).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import operator
import pickle
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ..incremental.digests import code_digest, digest
from ..records.certifications import Cert, certifications, history
from ..records.links import Links, public_url
from ..records.model import Catalogue, Record
from ..records.trade import longest_food_safety, trade
from .files import write_whole

#: programme -> its names, (programme, level) -> the level's names, in the site's languages
CertificationNames = tuple[dict[str, tuple[str, ...]], dict[tuple[str, str], tuple[str, ...]]]


def _text(value: dict[str, str] | None, lang: str) -> str:
    return (value or {}).get(lang, "")


def product_row(catalogue: Catalogue, product: Record) -> dict[str, Any]:
    """One flat row of a product with every language and its page URLs.

    Its certification columns are those of the newest certification (the latest
    decision): exports do not know the build date, so not which ones are current.
    ``products.json`` adds the list of every one, ``certifications.csv`` a row each.
    """
    facility = catalogue.facilities[product.data["facility"]]
    cert = history(product)[0]
    row: dict[str, Any] = {"id": product.id, "kind": product.data["kind"], "group": product.data["group"]}
    for lang in catalogue.languages:
        row[f"name_{lang}"] = _text(product.data["name"], lang)
        row[f"summary_{lang}"] = _text(product.data["summary"], lang)
    row |= {
        "facility": facility.id,
        "facility_name": _text(facility.data["name"], catalogue.languages[0]),
        "unit": facility.get("unit", ""),
        "district": facility.get("district", ""),
        "programme": cert["programme"],
        "level": cert["level"],
        "round": cert["round"],
        "year": cert["year"],
        "decision": cert["decision"],
        "decision_date": cert["date"].isoformat(),
        "expires": cert["expires"].isoformat() if cert.get("expires") else "",
        "first_entry": bool(product.get("first_entry")),
        "price_min": (product.get("price") or {}).get("min", ""),
        "price_max": (product.get("price") or {}).get("max", ""),
        "phone": facility.data["phone"],
    }
    row |= trade_columns(catalogue, product)
    for lang in catalogue.languages:
        row[f"url_{lang}"] = public_url(catalogue, "product", product.id, lang)
    return row


def trade_columns(catalogue: Catalogue, product: Record) -> dict[str, Any]:
    """A product's trade facts as flat columns (empty when it has none): minimum order and monthly
    capacity with their units per language, barcode, the food-safety certificate that runs longest
    and its end, export markets (codes separated by spaces) and lead time.

    ``products.json`` carries every trade fact (``trade_item``).
    """
    facts = trade(product)
    moq, capacity = facts.get("moq") or {}, facts.get("capacity") or {}
    row: dict[str, Any] = {"moq": moq.get("quantity", "")}
    row |= {f"moq_unit_{lang}": _text(moq.get("unit"), lang) for lang in catalogue.languages}
    row["capacity"] = capacity.get("quantity", "")
    row |= {f"capacity_unit_{lang}": _text(capacity.get("unit"), lang) for lang in catalogue.languages}
    food_safety = longest_food_safety(product, catalogue.config)
    expires = food_safety.get("expires") if food_safety else None
    row |= {
        "gtin": facts.get("gtin", ""),
        "food_safety_certificate": f"{food_safety['kind']} {food_safety['number']}" if food_safety else "",
        "food_safety_expires": expires.isoformat() if expires else "",
        "export_markets": " ".join(facts.get("export_markets", [])),
        "lead_time_days": facts.get("lead_time_days", ""),
    }
    return row


def trade_item(product: Record) -> dict[str, Any]:
    """A product's trade facts as the object ``trade`` of ``products.json`` ({} when it has none)."""
    facts = dict(trade(product))
    if "certificates" in facts:
        facts["certificates"] = [
            cert | {"expires": cert["expires"].isoformat()} if cert.get("expires") else cert
            for cert in facts["certificates"]
        ]
    return facts


def with_rounds(links: Links, product: Record) -> list[tuple[Cert, str]]:
    """A product's certifications, newest decision first, each with its round's id."""
    rounds = dict(zip(map(id, certifications(product)), links.product_rounds[product.id], strict=True))
    return [(cert, rounds[id(cert)]) for cert in history(product)]


def certification_item(cert: Cert, round_id: str) -> dict[str, Any]:
    """One certification as an object of a product's ``certifications`` in ``products.json``."""
    return {
        "programme": cert["programme"],
        "level": cert["level"],
        "round": cert["round"],
        "round_id": round_id,
        "year": cert["year"],
        "decision": cert["decision"],
        "date": cert["date"].isoformat(),
        "expires": cert["expires"].isoformat() if cert.get("expires") else None,
    }


def certification_columns(languages: list[str]) -> list[str]:
    """The columns of ``certifications.csv``."""
    return [
        "product_id",
        *(f"name_{lang}" for lang in languages),
        "programme",
        *(f"programme_name_{lang}" for lang in languages),
        "level",
        *(f"level_name_{lang}" for lang in languages),
        "round",
        "round_id",
        "year",
        "decision",
        "date",
        "expires",
        *(f"url_{lang}" for lang in languages),
    ]


def certification_names(catalogue: Catalogue) -> CertificationNames:
    """The names of every programme and of each of its levels in every language, as columns
    of ``certifications.csv``."""
    languages = catalogue.languages
    programmes = catalogue.config["programmes"]
    programme_names = {
        pid: tuple(_text(programme["name"], lang) for lang in languages) for pid, programme in programmes.items()
    }
    level_names = {
        (pid, lid): tuple(_text(level["name"], lang) for lang in languages)
        for pid, programme in programmes.items()
        for lid, level in programme["levels"].items()
    }
    return programme_names, level_names


def certification_rows(
    languages: list[str], product: dict[str, Any], items: list[dict[str, Any]], names: CertificationNames
) -> tuple[tuple[Any, ...], ...]:
    """A product's rows of ``certifications.csv`` (``certification_columns``), by decision date:
    its name, each programme's and level's names in every language, its page's URLs.

    Made of the product's row (``product_row``) and certifications (``certification_item``).
    """
    product_names = tuple(product[f"name_{lang}"] for lang in languages)
    urls = tuple(product[f"url_{lang}"] for lang in languages)
    programme_names, level_names = names
    return tuple(
        (
            product["id"],
            *product_names,
            cert["programme"],
            *programme_names[cert["programme"]],
            cert["level"],
            *level_names[cert["programme"], cert["level"]],
            cert["round"],
            cert["round_id"],
            cert["year"],
            cert["decision"],
            cert["date"],
            cert["expires"] or "",
            *urls,
        )
        for cert in sorted(items, key=operator.itemgetter("date", "programme", "year", "round"))
    )


def facility_row(catalogue: Catalogue, links: Links, facility: Record) -> dict[str, Any]:
    """One flat row of a facility with contact and page URLs."""
    row: dict[str, Any] = {"id": facility.id, "type": facility.data["type"]}
    row |= {"unit": facility.get("unit", ""), "district": facility.get("district", "")}
    for lang in catalogue.languages:
        row[f"name_{lang}"] = _text(facility.data["name"], lang)
        row[f"address_{lang}"] = _text(facility.data["address"], lang)
        row[f"former_address_{lang}"] = _text(facility.get("former_address"), lang)
    for key in ("phone", "zalo", "email", "website", "representative"):
        row[key] = facility.get(key, "")
    row["products"] = len(links.facility_products.get(facility.id, []))
    for lang in catalogue.languages:
        row[f"url_{lang}"] = public_url(catalogue, "facility", facility.id, lang)
    return row


def open_data_columns(catalogue: Catalogue, links: Links, kind: str) -> list[str]:
    """The column names of ``products.csv``, ``certifications.csv`` or ``facilities.csv``.

    Every row has the same columns, so one row says them: the open data page is
    rebuilt on every edit, and making every row took seconds at 20,000 products.
    """
    if kind == "certifications":
        return certification_columns(catalogue.languages)
    if kind == "products":
        first = next(iter(catalogue.products.values()), None)
        return list(product_row(catalogue, first)) if first else []
    first = next(iter(catalogue.facilities.values()), None)
    return list(facility_row(catalogue, links, first)) if first else []


def json_array(lines: list[str]) -> str:
    """A JSON array of objects already encoded, one per line (``product_exports``)."""
    return "[\n" + ",\n".join(lines) + "\n]\n"


def csv_lines(rows: Iterable[Sequence[Any]]) -> str:
    """Rows as CSV text, each line ended by CRLF: what one product adds to a CSV file is
    the same text on its own as among all the others."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def csv_text(columns: list[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV with a header row, each row's values in column order; a BOM first, so spreadsheet
    software reads the text as UTF-8."""
    return csv_file(columns, [csv_lines(rows)])


def csv_file(columns: list[str], lines: Iterable[str]) -> str:
    """``csv_text`` of rows already written as CSV text (``csv_lines``)."""
    return "\ufeff" + csv_lines([columns]) + "".join(lines)


def dict_values(rows: list[dict[str, Any]], columns: list[str]) -> Iterator[Sequence[Any]]:
    """The values of each row in column order."""
    # One itemgetter in C for every row: DictWriter checks each row's keys in Python
    # (0.4 s at 20,000 products).
    if len(columns) == 1:
        return ([row[columns[0]]] for row in rows)
    return map(operator.itemgetter(*columns), rows)


class ProductExport(NamedTuple):
    """A product's share of the open data."""

    json_line: str  # its object in products.json
    csv_line: str  # its row of products.csv, as CSV text
    certification_lines: str  # its rows of certifications.csv, as CSV text


ROWS_FOLDER = "open-data-rows"
#: The kept rows are spread over this many files by product id: an edit rewrites one
#: file of 0.7 MB, not one of 47 MB (0.33 s to pickle at 20,000 products, in the
#: process that writes the exports, the last stage to finish after a summary edit).
ROWS_SHARDS = 64


def _rows_shard(product_id: str) -> int:
    return hashlib.blake2b(product_id.encode(), digest_size=2).digest()[0] % ROWS_SHARDS


def product_exports(catalogue: Catalogue, links: Links, cache: Path | None) -> tuple[list[str], list[ProductExport]]:
    """The columns of ``products.csv`` and each product's open data, in catalogue order.

    A product's share is kept in ``cache`` (None: nothing kept) with what it is made of: its record's and
    its facility's files (their digests), the rounds its certifications name and its
    page paths; the generator and the site's configuration hold for all. Why: making
    them took 2.5 s at 20,000 products, in the process that writes the exports beside
    the pages, and after an edit it was the last stage to finish. The cost: this
    function and its files (47 MB in all at 20,000 products), which a key that missed an
    input would make stale; the incremental tests compare these files with a full build's.
    """
    columns = open_data_columns(catalogue, links, "products") or ["id"]
    context = digest([code_digest(), catalogue.config, catalogue.languages])
    folder = cache / ROWS_FOLDER if cache else None
    shards: dict[int, dict[str, tuple[Any, ProductExport]]] = {}
    for number in range(ROWS_SHARDS) if folder else ():
        with contextlib.suppress(Exception):  # missing, damaged or of another version: made again
            saved_context, saved = pickle.loads((folder / f"{number:02d}.pickle").read_bytes())
            if saved_context == context:
                shards[number] = saved
    kept = {ident: entry for saved in shards.values() for ident, entry in saved.items()}
    names = certification_names(catalogue)
    made: dict[str, tuple[Any, ProductExport]] = {}
    for product in catalogue.products.values():
        facility = catalogue.facilities[product.data["facility"]]
        key = (
            product.digest,
            facility.digest,
            tuple(links.product_rounds[product.id]),
            tuple(links.paths["product", product.id].values()),
        )
        entry = kept.get(product.id)
        if entry is None or entry[0] != key or not product.digest or not facility.digest:
            entry = key, _product_export(catalogue, links, product, columns, names)
        made[product.id] = entry
    if folder:
        _keep_rows(folder, context, made, shards)
    return columns, [export for _, export in made.values()]


def _keep_rows(folder: Path, context: str, made: dict[str, Any], shards: dict[int, dict[str, Any]]) -> None:
    """Write the files of the rows that changed; a read-only cache only makes the next build slower."""
    new: dict[int, dict[str, Any]] = {number: {} for number in range(ROWS_SHARDS)}
    for ident, entry in made.items():
        new[_rows_shard(ident)][ident] = entry
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        (folder.parent / "open-data-rows.pickle").unlink(missing_ok=True)  # the one file of earlier versions
        for number, entries in new.items():
            if entries != shards.get(number, {}):
                data = pickle.dumps((context, entries), protocol=pickle.HIGHEST_PROTOCOL)
                write_whole(folder / f"{number:02d}.pickle", data)


def _product_export(
    catalogue: Catalogue, links: Links, product: Record, columns: list[str], names: CertificationNames
) -> ProductExport:
    row = product_row(catalogue, product)
    items = [certification_item(*pair) for pair in with_rounds(links, product)]
    line = json.dumps(row | {"certifications": items, "trade": trade_item(product)}, ensure_ascii=False, sort_keys=True)
    # Kept as text: writing 20,000 rows of values as CSV took 0.6 s of every build.
    return ProductExport(
        line,
        csv_lines([tuple(row[c] for c in columns)]),
        csv_lines(certification_rows(catalogue.languages, row, items, names)),
    )
