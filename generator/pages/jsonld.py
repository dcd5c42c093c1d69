"""schema.org JSON-LD for each page kind, as plain dicts (pure functions)."""

from __future__ import annotations

import json
from typing import Any

from ..records.model import Record
from ..records.trade import trade
from .urls import absolute_url
from .view import View


def script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` become escapes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _url(v: View, kind: str, ident: str = "") -> str:
    return v.absolute(kind, ident)


def _image(v: View, record: Record) -> list[str]:
    path = v.image_url(record)
    return [absolute_url(v.config["base_url"], path)] if path else []


def _address(v: View, facility: Record) -> dict[str, Any]:
    """The current address: the locality is the current unit, else the former district."""
    _, place = v.place_of(facility)
    return {
        "@type": "PostalAddress",
        "streetAddress": v.plain(facility.data["address"]),
        "addressLocality": v.plain(place.data["name"]),
        "addressRegion": v.plain(v.config["province"]["name"]),
        "addressCountry": "VN",
    }


def organization(v: View, facility: Record) -> dict[str, Any]:
    """A facility as schema.org LocalBusiness."""
    data: dict[str, Any] = {
        "@type": "LocalBusiness",
        "@id": _url(v, "facility", facility.id),
        "name": v.plain(facility.data["name"]),
        "url": _url(v, "facility", facility.id),
        "telephone": facility.data["phone"],
        "address": _address(v, facility),
    }
    for key, prop in (("email", "email"), ("website", "sameAs")):
        if facility.get(key):
            data[prop] = facility.data[key]
    if facility.get("geo"):
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": facility.data["geo"]["lat"],
            "longitude": facility.data["geo"]["lon"],
        }
    if _image(v, facility):
        data["image"] = _image(v, facility)
    return data


def certificate(v: View, cert: dict[str, Any], ended: bool) -> dict[str, Any]:
    """A trade certificate (HACCP, food safety…) as schema.org Certification."""
    data: dict[str, Any] = {
        "@type": "Certification",
        "name": v.plain(v.config["certificate_kinds"][cert["kind"]]["name"]),
        "certificationIdentification": cert["number"],
        "certificationStatus": f"https://schema.org/{'CertificationInactive' if ended else 'CertificationActive'}",
    }
    if cert.get("issuer"):
        data["issuedBy"] = {"@type": "Organization", "name": v.plain(cert["issuer"])}
    if cert.get("expires"):
        data["expires"] = cert["expires"].isoformat()
    return data


def product(v: View, record: Record) -> dict[str, Any]:
    """A product as schema.org Product, each certification an ``award`` (newest first), its
    barcode (``gtin13``/``gtin8``) and certificates (``hasCertification``) from its trade facts."""
    facility = v.facility_of(record)
    awards = [
        f"{v.plain(v.config['programmes'][c['programme']]['name'])} — {v.level_label(c)} {c['year']} ({c['decision']})"
        for c, _, _ in v.history(record)
    ]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "@id": _url(v, "product", record.id),
        "name": v.plain(record.data["name"]),
        "description": v.summary(record.data["summary"]),
        "url": _url(v, "product", record.id),
        "brand": {"@type": "Brand", "name": v.plain(facility.data["name"])},
        "manufacturer": organization(v, facility),
        "award": awards,
        "category": v.plain(v.config["groups"][record.data["group"]]["name"]),
        "countryOfOrigin": {"@type": "Country", "name": "VN"},
    }
    gtin = trade(record).get("gtin")
    if gtin:
        data[f"gtin{len(gtin)}"] = gtin
    certificates = [certificate(v, cert, ended) for cert, ended in v.trade_certificates(record)]
    if certificates:
        data["hasCertification"] = certificates
    if _image(v, record):
        data["image"] = _image(v, record)
    price = record.get("price")
    if price:
        data["offers"] = {
            "@type": "AggregateOffer",
            "priceCurrency": price["currency"],
            "lowPrice": price["min"],
            "highPrice": price.get("max", price["min"]),
            "offerCount": 1,
        }
    return data


def facility(v: View, record: Record) -> dict[str, Any]:
    """A facility page's JSON-LD."""
    return {"@context": "https://schema.org", **organization(v, record)}


def place(v: View, record: Record, kind: str) -> dict[str, Any]:
    """A former district or a current unit as schema.org Place."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Place",
        "name": v.plain(record.data["name"]),
        "url": _url(v, kind, record.id),
    }
    if record.get("geo"):
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": record.data["geo"]["lat"],
            "longitude": record.data["geo"]["lon"],
        }
    return data


def breadcrumb(v: View, trail: list[tuple[str, str, str]]) -> dict[str, Any]:
    """A BreadcrumbList from (name, kind, id) steps."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": name, "item": _url(v, kind, ident)}
            for i, (name, kind, ident) in enumerate(trail)
        ],
    }
