"""The one declaration of ``site_config.yml``: names, languages, programmes and
their levels, vocabularies that records refer to by id, the province covered,
URL sections, and the settings of photos, import and the kiosk.

Like the records' declarations (``schema.py``), validation, the JSON Schema and
the field reference all come from here.
"""

from __future__ import annotations

from ..pages.urls import RESERVED_FOLDERS
from .fields import Field, ListOf, MapOf, Obj
from .schema import LABELLED, NAME, SHORT
from .types import Bool, Choice, Date, Email, Id, Int, Phone, Text, Url

FACILITY_TYPE = Obj(
    LABELLED.fields
    | {
        "legal_forms": Field(
            ListOf(Text(max_length=60), max_items=20),
            "Words that names of this kind of facility begin or end with, e.g. {vi: [Cơ sở sản xuất, Cơ sở], "
            "en: [Workshop]}. Left out of the search index: nearly every producer has one, so it would match "
            "most products.",
            translated=True,
        ),
    }
)
PROGRAMME = Obj(
    LABELLED.fields
    | {
        "levels": Field(
            MapOf(LABELLED),
            "The programme's levels by id, lowest first, e.g. province, region, national; or 3-star, 4-star, "
            "5-star. The short form shows on badges.",
            required=True,
        ),
    }
)
CERTIFICATE_KIND = Obj(
    LABELLED.fields
    | {
        "food_safety": Field(
            Bool(),
            "true when a certificate of this kind attests food safety (the food-safety certificate, HACCP, "
            "ISO 22000…): a product holding a current one is found under the search filter "
            "'food-safety certificate'.",
        ),
    }
)
SECTIONS = ("products", "facilities", "districts", "units", "groups", "rounds", "search")
OPTIONAL_SECTIONS = ("statistics", "open_data", "catalogue", "shortlist")

#: The columns `showroom import` understands: field -> (default header, help).
IMPORT_COLUMNS: dict[str, tuple[str, str]] = {
    "id": (
        "Mã",
        "Product id: the row adds its certification to that product (a new product gets this id). When empty, "
        "the product with the same Vietnamese name (ignoring case, diacritics and spacing) at the same facility, "
        "else a new product with an id made from the name.",
    ),
    "name_vi": ("Tên sản phẩm", "Product name in Vietnamese (required)."),
    "name_en": ("Tên tiếng Anh", "Product name in English."),
    "kind": ("Loại", "'Sản phẩm' or 'Bộ sản phẩm' (product or set)."),
    "group": (
        "Nhóm",
        "Group id or name from site_config.yml, with or without diacritics (required).",
    ),
    "facility": ("Cơ sở", "Facility name or id (required)."),
    "district": (
        "Địa phương",
        "The commune, ward or special zone (since 1 July 2025), or the former district: name or id "
        "(needed for a new facility).",
    ),
    "facility_type": ("Loại hình", "Facility type name or id (needed for a new facility)."),
    "address": ("Địa chỉ", "Facility address (needed for a new facility)."),
    "phone": ("Điện thoại", "Facility phone (needed for a new facility)."),
    "email": ("E-mail", "Facility e-mail."),
    "level": (
        "Cấp",
        "Level name or id, of the round's programme (required unless the round has a level; empty: the round's).",
    ),
    "decision": ("Số quyết định", "Decision number (required)."),
    "date": (
        "Ngày quyết định",
        "Decision date: dd/mm/yyyy, yyyy-mm-dd, 'ngày dd tháng mm năm yyyy' or a spreadsheet date (required).",
    ),
    "summary_vi": ("Mô tả ngắn", "One-sentence summary in Vietnamese."),
}

SITE_CONFIG = Obj(
    {
        "site_name": Field(NAME, "The showroom's name, shown in the header.", required=True, translated=True),
        "tagline": Field(SHORT, "One line under the name on the home page.", required=True, translated=True),
        "languages": Field(
            ListOf(Id(max_length=8), max_items=5, min_items=1),
            "Language codes; the first is the default, at the site root, the others under /<code>/. Each needs "
            "an interface in the theme: one of Material for MkDocs' languages, or theme/partials/languages/<code>.html.",
            required=True,
        ),
        "base_url": Field(Url(site=True), "The public address of the published site, ending with '/'.", required=True),
        "sample_data": Field(Bool(), "true while the records are illustrative: every page says so.", required=True),
        "programmes": Field(
            MapOf(PROGRAMME),
            "Certification programmes by id (e.g. cnnt, ocop), the most important first: a product's badge "
            "shows its highest certification of the first programme it holds.",
            required=True,
        ),
        "groups": Field(MapOf(LABELLED), "Product groups by id.", required=True),
        "facility_types": Field(
            MapOf(FACILITY_TYPE), "Kinds of facility by id (household, cooperative…).", required=True
        ),
        "district_types": Field(
            MapOf(LABELLED), "Kinds of district-level unit by id (city, district…).", required=True
        ),
        "unit_types": Field(
            MapOf(LABELLED),
            "Kinds of commune-level unit by id (commune, ward, special zone): the units directly under the "
            "province since districts ended.",
            required=True,
        ),
        "certificate_kinds": Field(
            MapOf(CERTIFICATE_KIND),
            "Kinds of certificate a product's trade facts may list, by id (e.g. attp, haccp, iso-22000, "
            "vietgap, fda): its name shows on the product page.",
        ),
        "province": Field(
            Obj(
                {
                    "id": Field(Id(), "An id for it, e.g. an-giang: every unit record names it.", required=True),
                    "name": Field(NAME, "Its name, e.g. {vi: tỉnh An Giang, en: An Giang province}.", True, True),
                    "since": Field(
                        Date(),
                        "The day its current units took effect (e.g. 2025-07-01): a facility's former address is "
                        "shown as the address before that day.",
                    ),
                }
            ),
            "The province the showroom covers, as it is today.",
            required=True,
        ),
        "former_provinces": Field(
            MapOf(LABELLED),
            "Provinces merged into it, by id (e.g. kien-giang): a district names the one it was part of, and "
            "their names find their products in search.",
        ),
        "sections": Field(
            Obj(
                {s: Field(Id(max_length=40), f"URL folder of the {s} section.", True, True) for s in SECTIONS}
                | {
                    s: Field(Id(max_length=40), f"URL folder of the {s} page.", translated=True)
                    for s in OPTIONAL_SECTIONS
                }
            ),
            "URL section names per language, e.g. products: {vi: san-pham, en: products}; not a folder of "
            f"the site ({', '.join(RESERVED_FOLDERS)}) nor a language code.",
            required=True,
        ),
        "agency": Field(
            Obj(
                {
                    "name": Field(NAME, "The publishing agency.", required=True, translated=True),
                    "address": Field(SHORT, "Postal address.", translated=True),
                    "phone": Field(Phone(), "Phone number."),
                    "email": Field(Email(), "E-mail address."),
                    "website": Field(Url(), "Website."),
                }
            ),
            "Contact of the agency that publishes the showroom.",
            required=True,
        ),
        "featured_count": Field(Int(0, 48), "How many featured products the home page shows (default 8)."),
        "listing_cards": Field(
            Int(12, 2000),
            "The most product or producer cards one list of a listing page shows (default 200); "
            "a longer list ends with a note: search and filters find every product, district pages list them all. "
            "A printable catalogue of more products comes in parts by group, of at most this many "
            "(about half on average: a part ends where a product's id says, so a renamed product changes two parts).",
        ),
        "search_part_size": Field(
            Int(1, 1_000_000),
            "Products per part of each language's search index (default 4,000). An edit indexes again only "
            "the parts of the pages it changed; a query fetches a few small files from every part of its language.",
        ),
        "expired": Field(
            Choice(choices=("mark", "hide")),
            "Products whose certification has expired: mark them 'expired' (default) or hide them.",
        ),
        "expiry_warning_days": Field(Int(0, 3650), "showroom check lists certifications ending within this many days."),
        "images": Field(
            Obj(
                {
                    "widths": Field(
                        ListOf(Int(64, 4096), max_items=6, min_items=1), "Widths in pixels of the photo sizes made."
                    ),
                    "quality": Field(Int(30, 95), "JPEG and WebP quality, 30-95."),
                    "max_kb": Field(
                        Int(20, 5000),
                        "Largest file, in kB, of any photo size: a very detailed photo over it is saved "
                        "again at lower quality (not below 40).",
                    ),
                }
            ),
            "Photo processing settings.",
        ),
        "import": Field(
            Obj(
                {
                    "columns": Field(
                        Obj(
                            {
                                name: Field(Text(max_length=80), f"{text} Default header: {header}.")
                                for name, (header, text) in IMPORT_COLUMNS.items()
                            }
                        ),
                        "The header of each column in the council's sheet, when it differs from the default.",
                    )
                }
            ),
            "How `showroom import` reads the council's list.",
        ),
        "kiosk": Field(
            Obj(
                {
                    "idle_seconds": Field(
                        Int(10, 3600), "Seconds without a touch before the attract loop starts (default 90)."
                    ),
                    "slide_seconds": Field(Int(3, 120), "Seconds each product stays on the attract loop (default 8)."),
                }
            ),
            "Settings of the exhibition kiosk profile.",
        ),
    }
)
