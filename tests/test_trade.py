"""Trade facts (``trade:``): every mistake in them gives one exact, located message."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.build import check
from generator.records.types import gtin_check_digit
from tests.test_validate import GOOD_PRODUCT, problems, write

ANCHOVY = "products/nuoc-mam-ca-com-40-do-dam.yml"
TRADE = """\
trade:
  moq: {quantity: 500, unit: {vi: chai, en: bottles}}
  capacity: {quantity: 20000, unit: {vi: chai, en: bottles}}
  wholesale:
    unit: {vi: chai, en: bottle}
    currency: VND
    tiers:
      - {from: 100, price: 80000}
      - {from: 1000, price: 72000}
  gtin: "8935049500018"
  certificates:
    - {kind: attp, number: "123/2024/ATTP-CNĐK", issuer: {vi: "Chi cục ATVSTP", en: "Food Safety Office"}, expires: 2027-03-31}
    - {kind: haccp, number: "HC-2022-017", issuer: {vi: "Quacert", en: "Quacert"}, expires: 2025-06-30}
  origin_protection:
    - {kind: geographical-indication, name: {vi: "Phú Quốc", en: "Phu Quoc"}, registration: "00001"}
    - {kind: eu-pdo, name: {vi: "Phú Quốc", en: "Phu Quoc"}, registration: "PDO-VN-0001"}
  export_markets: [JP, KR, US]
  lead_time_days: 14
"""


def add_trade(root: Path, path: str = ANCHOVY, text: str = TRADE) -> None:
    with open(root / path, "a", encoding="utf-8") as handle:
        handle.write(text)


# -- mistakes --------------------------------------------------------------------------------
def test_gtin_check_digits() -> None:
    assert gtin_check_digit("893504950001") == 8
    assert gtin_check_digit("4006381333931"[:-1]) == 1  # a published EAN-13
    assert gtin_check_digit("9638507") == 4  # GS1's GTIN-8 example, 96385074


@pytest.mark.parametrize(
    ("trade", "message"),
    [
        (
            'trade: {gtin: "8935049500013"}',
            "products/x.yml:8:15: error: trade.gtin: wrong check digit in 8935049500013: the last digit should be 8, "
            "not 3 (hint: copy the number under the barcode again; a mistyped digit gives a code no till can read)",
        ),
        (
            'trade: {gtin: "893504950001"}',
            "products/x.yml:8:15: error: trade.gtin: '893504950001' is not a GTIN-13 or GTIN-8 number (hint: the 13 "
            "digits under the barcode (GTIN-13, EAN; 893… for Vietnam), or 8 for a small pack (GTIN-8))",
        ),
        (
            'trade: {certificates: [{kind: gmp, number: "G-1"}]}',
            "products/x.yml:8:31: error: trade.certificates[0].kind: unknown certificate kind 'gmp' "
            "(hint: known: attp, haccp, iso-22000, vietgap, fda)",
        ),
        (
            "trade: {wholesale: {unit: chai, currency: VND, tiers: [{from: 500, price: 80000}, {from: 100, price: 72000}]}}",
            "products/x.yml:8:90: error: trade.wholesale.tiers[1].from: 100 is not above the tier before it (500) "
            "(hint: list the tiers from the smallest order up)",
        ),
        (
            "trade: {moq: {quantity: 500}}",
            "products/x.yml:8:14: error: trade.moq.unit: missing required field (hint: What the quantity counts, "
            "e.g. {vi: chai, en: bottles}, thùng (cartons), kg; a quantity without its unit means nothing to a buyer.)",
        ),
        (
            "trade: {export_markets: [JP, XX]}",
            "products/x.yml:8:30: error: trade.export_markets[1]: unknown country code 'XX' "
            "(hint: use ISO 3166-1 two-letter codes, e.g. JP, KR, US, DE)",
        ),
        (
            "trade: {export_markets: [Japan]}",
            "products/x.yml:8:26: error: trade.export_markets[0]: unknown country code 'Japan' (hint: write JP)",
        ),
        (
            "trade: {export_markets: [JP, KR, JP]}",
            "products/x.yml:8:25: error: trade.export_markets: JP is listed twice",
        ),
        (
            "trade: {origin_protection: [{kind: pdo, registration: PDO-VN-0001}]}",
            "products/x.yml:8:36: error: trade.origin_protection[0].kind: 'pdo' is not one of: "
            "geographical-indication, collective-trademark, certification-trademark, eu-pdo, eu-pgi",
        ),
    ],
    ids=[
        "check digit",
        "length",
        "certificate kind",
        "tiers not ascending",
        "moq without unit",
        "country code",
        "country name",
        "country twice",
        "origin kind",
    ],
)
def test_trade_mistakes(mini: Path, trade: str, message: str) -> None:
    write(mini, "products/x.yml", GOOD_PRODUCT + trade + "\n")
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [message]


def test_good_trade_facts_are_read_as_written(mini: Path) -> None:
    add_trade(mini)
    catalogue, report = check(mini, strict=True)
    facts = catalogue.products["nuoc-mam-ca-com-40-do-dam"].data["trade"]
    assert facts["gtin"] == "8935049500018" and facts["export_markets"] == ["JP", "KR", "US"]
    assert facts["certificates"][1]["expires"] == dt.date(2025, 6, 30)
    assert report.problems == []


def test_certificate_kinds_may_be_left_out_of_site_config(mini: Path) -> None:
    config = mini / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"# Certificates a product's.*?\n\n", "", text, flags=re.S), encoding="utf-8")
    catalogue, _ = check(mini, strict=True)
    assert catalogue.config["certificate_kinds"] == {}
    write(mini, "products/x.yml", GOOD_PRODUCT + 'trade: {certificates: [{kind: haccp, number: "H-1"}]}\n')
    assert [p for p in problems(mini) if p.startswith("products/x.yml")] == [
        "products/x.yml:8:31: error: trade.certificates[0].kind: unknown certificate kind 'haccp'"
    ]
