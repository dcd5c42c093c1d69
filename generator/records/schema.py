"""The one declaration of every record and of ``site_config.yml``.

Each field is declared once, with its type, whether it is translated, whether
it is required and its help text. Validation (``validate.py``), the JSON
Schema for editors (``showroom schema``) and the field reference in
``docs/records.md`` all come from here.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from .fields import Field, ListOf, MapOf, Moved, Obj
from .types import Bool, Choice, Date, Email, FilePath, Float, Id, Int, Phone, Ref, Text, Url

NAME = Text(max_length=160)
SHORT = Text(max_length=300)
LONG = Text(max_length=20000, markdown=True)

PHOTO = Obj(
    {
        "file": Field(
            FilePath(), "Photo file, relative to the record's folder, e.g. photos/name-1.jpg.", required=True
        ),
        "alt": Field(SHORT, "What the photo shows, for people who cannot see it.", required=True, translated=True),
    }
)
GEO = Obj(
    {
        "lat": Field(Float(-90, 90), "Latitude in decimal degrees, e.g. 10.2171.", required=True),
        "lon": Field(Float(-180, 180), "Longitude in decimal degrees, e.g. 103.9598.", required=True),
    }
)
LABELLED = Obj(
    {
        "name": Field(NAME, "The name shown on the site.", required=True, translated=True),
        "short": Field(Text(max_length=40), "A short form for badges.", translated=True),
        "description": Field(LONG, "A paragraph about it (Markdown).", translated=True),
    }
)
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
SECTIONS = ("products", "facilities", "districts", "units", "groups", "rounds", "search")
OPTIONAL_SECTIONS = ("statistics", "open_data", "catalogue")

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
    "group": ("Nhóm", "Group id or name from site_config.yml (required)."),
    "facility": ("Cơ sở", "Facility name or id (required)."),
    "district": ("Địa phương", "District name or id (needed for a new facility)."),
    "facility_type": ("Loại hình", "Facility type name or id (needed for a new facility)."),
    "address": ("Địa chỉ", "Facility address (needed for a new facility)."),
    "phone": ("Điện thoại", "Facility phone (needed for a new facility)."),
    "email": ("E-mail", "Facility e-mail."),
    "level": (
        "Cấp",
        "Level name or id, of the round's programme (required unless the round has a level; empty: the round's).",
    ),
    "decision": ("Số quyết định", "Decision number (required)."),
    "date": ("Ngày quyết định", "Decision date: dd/mm/yyyy, yyyy-mm-dd or a spreadsheet date (required)."),
    "summary_vi": ("Mô tả ngắn", "One-sentence summary in Vietnamese."),
}

SITE_CONFIG = Obj(
    {
        "site_name": Field(NAME, "The showroom's name, shown in the header.", required=True, translated=True),
        "tagline": Field(SHORT, "One line under the name on the home page.", required=True, translated=True),
        "languages": Field(
            ListOf(Id(max_length=8), max_items=5),
            "Language codes; the first is the default, at the site root, the others under /<code>/.",
            required=True,
        ),
        "base_url": Field(Url(), "The public address of the published site, ending with '/'.", required=True),
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
            "URL section names per language, e.g. products: {vi: san-pham, en: products}.",
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
            "A printable catalogue of more products comes in parts of at most this many, by group.",
        ),
        "expired": Field(
            Choice(choices=("mark", "hide")),
            "Products whose certification has expired: mark them 'expired' (default) or hide them.",
        ),
        "expiry_warning_days": Field(Int(0, 3650), "showroom check lists certifications ending within this many days."),
        "images": Field(
            Obj(
                {
                    "widths": Field(ListOf(Int(64, 4096), max_items=6), "Widths in pixels of the photo sizes made."),
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

CERTIFICATION = Obj(
    {
        "programme": Field(Ref(target="config:programmes"), "Programme id from site_config.yml.", required=True),
        "level": Field(Id(), "Id of one of the programme's levels in site_config.yml.", required=True),
        "round": Field(Int(1, 1000), "The round number, e.g. 7.", required=True),
        "year": Field(Int(1990, 2100), "The year of the round (and of the decision).", required=True),
        "decision": Field(Text(max_length=60), "Decision number, e.g. 2479/QĐ-UBND.", required=True),
        "date": Field(Date(), "Date the decision was signed.", required=True),
        "expires": Field(Date(), "Date the certification ends, if it does."),
    }
)


def _certification_as_list(node: yaml.Node) -> str:
    """The text that replaces a single ``certification:`` map: the same values in a list."""

    def scalar(value: yaml.Node) -> str:
        if not isinstance(value, yaml.ScalarNode):
            return "…"
        return json.dumps(value.value, ensure_ascii=False) if value.style in ('"', "'") else value.value

    if not isinstance(node, yaml.MappingNode):
        return "certifications: [{programme: …, level: …, round: …, year: …, decision: …, date: …}]"
    pairs = ", ".join(f"{key.value}: {scalar(value)}" for key, value in node.value)
    return f"certifications: [{{{pairs}}}]"


PRODUCT = Obj(
    {
        "name": Field(NAME, "The product's name.", required=True, translated=True),
        "kind": Field(Choice(choices=("product", "set")), "product, or set (certified together).", required=True),
        "items": Field(
            ListOf(
                Obj(
                    {
                        "name": Field(NAME, "Name of the member item.", required=True, translated=True),
                        "net_content": Field(Text(max_length=60), "Net content, e.g. 500 ml."),
                    }
                ),
                max_items=30,
            ),
            "For a set: its member items.",
            detail=True,
        ),
        "group": Field(Ref(target="config:groups"), "Product group id from site_config.yml.", required=True),
        "facility": Field(Ref(target="facilities"), "Id of the producing facility.", required=True),
        "certifications": Field(
            ListOf(CERTIFICATION, max_items=50, min_items=1),
            "Every certification the product won, one per decision: a later round or another programme "
            "adds an entry, nothing is overwritten.",
            required=True,
        ),
        "first_entry": Field(Bool(), "true when the facility entered for the first time.", detail=True),
        "featured": Field(Bool(), "true to show the product on the home page."),
        "summary": Field(
            SHORT, "One sentence for cards and search results.", required=True, translated=True, detail=True
        ),
        "description": Field(LONG, "The full description (Markdown).", translated=True, detail=True),
        "photos": Field(ListOf(PHOTO, max_items=20), "Photos; the first is the main one."),
        "specs": Field(
            Obj(
                {
                    "net_content": Field(Text(max_length=60), "Net content, e.g. 500 ml."),
                    "packaging": Field(SHORT, "Packaging.", translated=True),
                    "ingredients": Field(SHORT, "Ingredients, or materials for crafts.", translated=True),
                    "shelf_life": Field(Text(max_length=60), "Shelf life, e.g. 24 months.", translated=True),
                    "standards": Field(Text(max_length=120), "Standards applied, e.g. TCVN 5107:2018."),
                }
            ),
            "Specifications.",
            detail=True,
        ),
        "price": Field(
            Obj(
                {
                    "min": Field(Int(0, 10**10), "Lowest price, whole number.", required=True),
                    "max": Field(Int(0, 10**10), "Highest price, whole number."),
                    "currency": Field(Choice(choices=("VND",)), "Currency code.", required=True),
                }
            ),
            "Retail price range.",
            detail=True,
        ),
        "tags": Field(ListOf(Text(max_length=40), max_items=12), "Search words.", detail=True),
        "aliases": Field(ListOf(Id(), max_items=20), "Former ids of this record; each gets a redirect."),
    },
    moved={
        "certification": Moved(
            "certifications", "one certification became a list, certifications:", _certification_as_list
        )
    },
)

FACILITY = Obj(
    {
        "name": Field(NAME, "The facility's name.", required=True, translated=True),
        "type": Field(Ref(target="config:facility_types"), "Facility type id from site_config.yml.", required=True),
        "unit": Field(Ref(target="units"), "Id of its current commune, ward or special zone."),
        "district": Field(Ref(target="districts"), "Id of the district it was in before districts ended."),
        "address": Field(
            SHORT,
            "Its current address: hamlet or street, commune/ward/special zone, province.",
            required=True,
            translated=True,
            detail=True,
        ),
        "former_address": Field(
            SHORT,
            "The address on its certificate or label, where it differs (the pre-reform form).",
            translated=True,
            detail=True,
        ),
        "phone": Field(Phone(), "Phone number, e.g. 0297 3846 123.", required=True, detail=True),
        "zalo": Field(Phone(), "Zalo number.", detail=True),
        "email": Field(Email(), "E-mail address.", detail=True),
        "website": Field(Url(), "Website, starting with https://.", detail=True),
        "representative": Field(Text(max_length=100), "Name of the representative.", detail=True),
        "story": Field(LONG, "The facility's story (Markdown).", translated=True, detail=True),
        "photos": Field(ListOf(PHOTO, max_items=20), "Photos of the facility."),
        "geo": Field(GEO, "Location on a map.", detail=True),
        "aliases": Field(ListOf(Id(), max_items=20), "Former ids of this record."),
    }
)

DISTRICT = Obj(
    {
        "name": Field(NAME, "The district's name.", required=True, translated=True),
        "type": Field(Ref(target="config:district_types"), "District type id from site_config.yml.", required=True),
        "province": Field(
            Id(), "Id of the province it was part of: the current one or one of former_provinces in site_config.yml."
        ),
        "ended": Field(Date(), "The day it ceased to exist (districts ended on 2025-07-01)."),
        "successors": Field(
            ListOf(Ref(target="units"), max_items=60), "Ids of the current units that now cover its area."
        ),
        "description": Field(LONG, "What the district is known for (Markdown).", translated=True, detail=True),
        "photo": Field(PHOTO, "A photo of the district."),
        "geo": Field(GEO, "Location on a map.", detail=True),
        "aliases": Field(ListOf(Id(), max_items=20), "Former ids of this record."),
    }
)

UNIT = Obj(
    {
        "name": Field(
            NAME, "The unit's name, e.g. {vi: Xã An Biên, en: An Bien Commune}.", required=True, translated=True
        ),
        "type": Field(Ref(target="config:unit_types"), "Unit type id from site_config.yml.", required=True),
        "province": Field(Id(), "Id of its province: the one in site_config.yml (province.id).", required=True),
        "former_names": Field(
            ListOf(Text(max_length=100), max_items=40),
            "Names of the former communes, wards and towns it took in, e.g. [thị trấn Thứ Ba, xã Đông Thái]: "
            "a search for one finds its products.",
        ),
        "description": Field(LONG, "What the unit is known for (Markdown).", translated=True, detail=True),
        "photo": Field(PHOTO, "A photo of the place."),
        "geo": Field(GEO, "Location on a map.", detail=True),
        "aliases": Field(ListOf(Id(), max_items=20), "Former ids of this record."),
    }
)

ROUND = Obj(
    {
        "name": Field(NAME, "The round's name.", required=True, translated=True),
        "programme": Field(Ref(target="config:programmes"), "Programme id.", required=True),
        "number": Field(Int(1, 1000), "The round number (within the programme and year).", required=True),
        "year": Field(Int(1990, 2100), "The year.", required=True),
        "level": Field(
            Id(), "Id of the programme's level the round was held at (none for a rating that gives several levels)."
        ),
        "decision": Field(Text(max_length=60), "Decision number.", required=True),
        "date": Field(Date(), "Date of the decision.", required=True),
        "description": Field(LONG, "About the round (Markdown).", translated=True),
        "figures": Field(
            Obj(
                {
                    "dossiers": Field(Int(), "Dossiers submitted."),
                    "facilities": Field(Int(), "Facilities that entered."),
                    "first_time_facilities": Field(Int(), "Facilities entering for the first time."),
                    "certified_products": Field(Int(), "Single products certified."),
                    "certified_sets": Field(Int(), "Product sets certified."),
                    "dossiers_by_group": Field(
                        MapOf(Int(), key=Ref(target="config:groups")), "Dossiers per product group id."
                    ),
                }
            ),
            "The council's declared figures.",
        ),
    }
)

PAGE = Obj(
    {
        "title": Field(NAME, "The page title.", required=True),
        "description": Field(SHORT, "One sentence for search engines."),
        "order": Field(Int(0, 1000), "Position in the menu (lower first)."),
    }
)

RECORD_SCHEMAS: dict[str, Obj] = {
    "products": PRODUCT,
    "facilities": FACILITY,
    "districts": DISTRICT,
    "units": UNIT,
    "rounds": ROUND,
}

#: What one entry of each kind a ``Ref`` points to is called, in the field reference and in errors.
REF_NAMES: dict[str, str] = {
    "products": "product",
    "facilities": "facility",
    "districts": "district",
    "units": "unit",
    "rounds": "round",
    "config:groups": "group",
    "config:programmes": "programme",
    "config:facility_types": "facility type",
    "config:district_types": "district type",
    "config:unit_types": "unit type",
}


#: The fields of each record kind that only its own pages show (see ``Field.detail``).
DETAIL_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, decl in obj.fields.items() if decl.detail) for kind, obj in RECORD_SCHEMAS.items()
}


def json_schema(kind: str, languages: list[str]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record kind or of ``config``."""
    decl = SITE_CONFIG if kind == "config" else RECORD_SCHEMAS[kind]
    schema = decl.json_schema(languages)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": kind, **schema}


def _type_name(field: Field) -> str:
    kind = field.type
    name = getattr(kind, "label", "value")
    if isinstance(kind, Ref) and kind.target:
        where = "site_config.yml " if kind.target.startswith("config:") else ""
        name = f"id of a {where}{REF_NAMES[kind.target]} entry"
    if isinstance(kind, Choice):
        name = " | ".join(kind.choices)
    if isinstance(kind, ListOf):
        name = "list"
    if isinstance(kind, (Obj, MapOf)):
        name = "map"
    return f"{name}, per language" if field.translated else name


def _rows(obj: Obj, prefix: str = "") -> list[str]:
    rows = []
    for key, field in obj.fields.items():
        required = "yes" if field.required else ""
        rows.append(f"| `{prefix}{key}` | {_type_name(field)} | {required} | {field.help} |")
        inner, path = field.type, f"{prefix}{key}."
        if isinstance(inner, ListOf):
            inner, path = inner.item, f"{prefix}{key}[]."
        if isinstance(inner, MapOf):
            inner, path = inner.value, f"{prefix}{key}.<id>."
        if isinstance(inner, Obj):
            rows += _rows(inner, path)
    return rows


def markdown_reference() -> str:
    """The field reference of every record kind, as Markdown (``docs/records.md``)."""
    parts = [
        "# Record fields",
        "",
        "Generated by `showroom schema` from `generator/schema.py`; do not edit by hand.",
        'A field *per language* is a map such as `{vi: "…", en: "…"}`; plain text counts as the first language.',
    ]
    titles = {
        "config": "`site_config.yml`",
        "products": "`products/<id>.yml`",
        "facilities": "`content/facilities/<id>.yml`",
        "districts": "`content/districts/<id>.yml`",
        "units": "`content/units/<id>.yml`",
        "rounds": "`content/rounds/<id>.yml`",
    }
    for kind, title in titles.items():
        decl = SITE_CONFIG if kind == "config" else RECORD_SCHEMAS[kind]
        parts += ["", f"## {title}", "", "| field | type | required | meaning |", "|---|---|---|---|", *_rows(decl)]
    parts += [
        "",
        "## `content/pages/<name>.<lang>.md` front matter",
        "",
        "| field | type | required | meaning |",
        "|---|---|---|---|",
        *_rows(PAGE),
    ]
    return "\n".join(parts) + "\n"
