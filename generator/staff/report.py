"""The staff report of ``showroom check``: what to fix or complete, beyond errors.

Translation coverage per language, certifications and trade certificates
expired or expiring soon, records without photos, facilities reachable by phone only, facilities or
districts that nothing points to, and addresses still in the pre-reform form
(``showroom addresses`` converts them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from ..records.certifications import certifications, is_current, is_expired
from ..records.diagnostics import Mark, Problem
from ..records.expiry import build_date
from ..records.fields import Field, ListOf, Obj
from ..records.model import Catalogue
from ..records.schema import RECORD_SCHEMAS
from ..records.trade import certificates
from .addresses import old_form


@dataclass
class Audit:
    """Everything ``showroom check`` reports beside errors and warnings."""

    translation: dict[str, dict[str, Any]] = field(default_factory=dict)
    expired: list[dict[str, Any]] = field(default_factory=list)
    expiring: list[dict[str, str]] = field(default_factory=list)
    certificates_expired: list[dict[str, Any]] = field(default_factory=list)
    certificates_expiring: list[dict[str, Any]] = field(default_factory=list)
    without_photos: list[str] = field(default_factory=list)
    phone_only: list[str] = field(default_factory=list)
    orphan_facilities: list[str] = field(default_factory=list)
    orphan_districts: list[str] = field(default_factory=list)
    old_addresses: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (for ``--format json``)."""
        return asdict(self)


def _translated_paths(obj: Obj, data: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, str]]]:
    """Every translated value of a record with its dotted field path."""
    found = []
    for key, decl in obj.fields.items():
        if key not in data:
            continue
        value = data[key]
        found += _translated_values(decl, value, f"{prefix}{key}")
    return found


def _translated_values(decl: Field, value: Any, path: str) -> list[tuple[str, dict[str, str]]]:
    if decl.translated:
        # A shared field's plain text (500 ml) is in every language already.
        return [(path, value)] if isinstance(value, dict) else []
    if isinstance(decl.type, Obj):
        return _translated_paths(decl.type, value, f"{path}.")
    if isinstance(decl.type, ListOf) and isinstance(decl.type.item, Obj):
        return [p for i, item in enumerate(value) for p in _translated_paths(decl.type.item, item, f"{path}[{i}].")]
    return []


def audit(catalogue: Catalogue, expiring_days: int, day: dt.date | None = None) -> Audit:
    """Compute the staff report for a validated, linked catalogue."""
    day = day or build_date()
    report = Audit()
    languages = catalogue.languages
    for lang in languages[1:]:
        missing: dict[str, list[str]] = {}
        total = translated = 0
        for kind, records in catalogue.records.items():
            for record in records.values():
                for path, value in _translated_paths(RECORD_SCHEMAS[kind], record.data):
                    total += 1
                    if lang in value:
                        translated += 1
                    else:
                        missing.setdefault(record.rel, []).append(path)
        pages = {p.slug for p in catalogue.pages}
        missing_pages = sorted(
            slug for slug in pages if not any(p.slug == slug and p.lang == lang for p in catalogue.pages)
        )
        report.translation[lang] = {
            "texts": total,
            "translated": translated,
            "percent": round(100 * translated / total, 1) if total else 100.0,
            "missing": missing,
            "pages_missing": missing_pages,
        }
    horizon = day + dt.timedelta(days=expiring_days)
    for product in sorted([*catalogue.products.values(), *catalogue.hidden.values()], key=lambda p: p.rel):
        # What became of the product: hidden, marked expired, or still shown on another certification.
        shown = "hidden" if product.id in catalogue.hidden else "marked" if is_expired(product, day) else "current"
        for i, cert in enumerate(certifications(product)):
            expires = cert.get("expires")
            entry = {"file": product.rel, "field": f"certifications[{i}]", "decision": cert["decision"]}
            if expires and not is_current(cert, day):
                report.expired.append(entry | {"expires": expires.isoformat(), "product": shown})
            elif expires and expires <= horizon:
                report.expiring.append(entry | {"expires": expires.isoformat()})
        for i, cert in enumerate(certificates(product)):
            expires = cert.get("expires")
            if not expires or (is_current(cert, day) and expires > horizon):
                continue
            name = f"trade.certificates[{i}].expires"
            mark = product.mark(name)
            entry = {"file": product.rel, "line": mark.line, "col": mark.col, "field": name}
            entry |= {"kind": cert["kind"], "number": cert["number"], "expires": expires.isoformat()}
            (report.certificates_expiring if is_current(cert, day) else report.certificates_expired).append(entry)
    for records in catalogue.records.values():
        for record in records.values():
            if record.kind in ("products", "facilities") and not record.get("photos"):
                report.without_photos.append(record.rel)
            if record.kind == "districts" and not record.get("photo"):
                report.without_photos.append(record.rel)
    links = catalogue.links
    for facility in catalogue.facilities.values():
        if not any(facility.get(key) for key in ("zalo", "email", "website")):
            report.phone_only.append(facility.rel)
        if not links.facility_products.get(facility.id):
            report.orphan_facilities.append(facility.rel)
    report.orphan_districts = [d.rel for d in catalogue.districts.values() if not links.district_facilities.get(d.id)]
    for facility in sorted(catalogue.facilities.values(), key=lambda r: r.rel):
        reasons = old_form(facility.data, catalogue.config)
        if reasons:
            address = facility.data["address"].get("vi", "")
            report.old_addresses.append({"file": facility.rel, "address": address, "why": ", ".join(reasons)})
    return report


def summary_lines(report: Audit, expiring_days: int) -> list[str]:
    """The report as short lines for a person."""
    lines = []
    for lang, cover in report.translation.items():
        lines.append(f"Translation {lang}: {cover['translated']}/{cover['texts']} texts ({cover['percent']}%)")
        for rel, paths in sorted(cover["missing"].items()):
            lines.append(f"  {rel}: no {lang} for {', '.join(paths)}")
        for slug in cover["pages_missing"]:
            lines.append(f"  content/pages/{slug}.{lang}.md is missing")
    lines.append(f"Certifications expired: {len(report.expired)}")
    product = {
        "hidden": "product hidden from the site",
        "marked": "product shown marked 'expired'",
        "current": "product shown with its other certifications",
    }
    for e in report.expired:
        where = f"{e['file']}: {e['field']} ({e['decision']})"
        lines.append(f"  {where}: expired on {e['expires']} ({product[e['product']]})")
    lines.append(f"Certifications expiring within {expiring_days} days: {len(report.expiring)}")
    lines += [f"  {e['file']}: {e['field']} ({e['decision']}): expires on {e['expires']}" for e in report.expiring]
    lines.append(f"Trade certificates expired: {len(report.certificates_expired)}")
    lines += [f"  {_certificate_line(e, ended=True)}" for e in report.certificates_expired]
    lines.append(f"Trade certificates expiring within {expiring_days} days: {len(report.certificates_expiring)}")
    lines += [f"  {_certificate_line(e, ended=False)}" for e in report.certificates_expiring]
    lines.append(f"Records without photos: {len(report.without_photos)}")
    lines += [f"  {rel}" for rel in report.without_photos]
    lines.append(f"Facilities reachable by phone only (no Zalo, e-mail or website): {len(report.phone_only)}")
    lines += [f"  {rel}" for rel in report.phone_only]
    lines.append(f"Facilities without products: {len(report.orphan_facilities)}")
    lines += [f"  {rel}" for rel in report.orphan_facilities]
    lines.append(f"Districts without facilities: {len(report.orphan_districts)}")
    lines += [f"  {rel}" for rel in report.orphan_districts]
    convert = " (convert them with `showroom addresses`)" if report.old_addresses else ""
    lines.append(f"Addresses in the pre-reform form: {len(report.old_addresses)}{convert}")
    lines += [f"  {a['file']}: {a['address']} ({a['why']})" for a in report.old_addresses]
    return lines


def _certificate_line(entry: dict[str, Any], ended: bool) -> str:
    """A trade certificate that has ended or ends soon, located like a warning about its record."""
    mark = Mark(entry["file"], entry["line"], entry["col"])
    what = f"{entry['kind']} certificate {entry['number']!r}"
    if ended:
        message = f"{what} ended on {entry['expires']}"
        hint = "the product page marks it ended; write the renewed certificate's number and end date"
    else:
        message = f"{what} ends on {entry['expires']}"
        hint = "ask the producer for the renewed certificate"
    return Problem(mark, "warning", entry["field"], message, hint).format()
