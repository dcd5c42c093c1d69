"""The one declaration of every record kind (``site_config.yml``'s is in
``config_schema.py``).

Each field is declared once, with its type, whether it is translated, whether
it is required and its help text. Validation (``validate.py``), the JSON
Schema for editors and the field reference in ``docs/records.md``
(``reference.py``) all come from here.
"""

from __future__ import annotations

import json

import yaml

from .fields import Field, ListOf, MapOf, Moved, Obj
from .types import Bool, Choice, Country, Date, Email, FilePath, Float, Gtin, Id, Int, Phone, Ref, Text, Url

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


#: The kinds of protected origin a product can carry (their names are interface strings).
ORIGIN_KINDS = (
    "geographical-indication",
    "collective-trademark",
    "certification-trademark",
    "eu-pdo",
    "eu-pgi",
)
MEASURE = Text(max_length=40)


def _quantity(what: str, example: str) -> Obj:
    """A whole quantity with its unit (``unit`` is required: a number alone means nothing)."""
    return Obj(
        {
            "quantity": Field(Int(1, 10**9), f"{what}, a whole number, e.g. {example}.", required=True),
            "unit": Field(
                MEASURE,
                "What the quantity counts, e.g. {vi: chai, en: bottles}, thùng (cartons), kg; "
                "a quantity without its unit means nothing to a buyer.",
                required=True,
                translated=True,
            ),
        }
    )


TRADE = Obj(
    {
        "moq": Field(
            _quantity("The smallest order taken", "500"), "Minimum order quantity, e.g. {quantity: 500, unit: chai}."
        ),
        "capacity": Field(
            _quantity("How much can be made and delivered in a month", "20000"),
            "Production capacity per month: the steady supply a distributor can count on.",
        ),
        "wholesale": Field(
            Obj(
                {
                    "unit": Field(
                        MEASURE, "What one price is for, e.g. {vi: chai, en: bottle}.", required=True, translated=True
                    ),
                    "currency": Field(Choice(choices=("VND",)), "Currency code.", required=True),
                    "tiers": Field(
                        ListOf(
                            Obj(
                                {
                                    "from": Field(
                                        Int(1, 10**9), "The order quantity the price starts at.", required=True
                                    ),
                                    "price": Field(Int(0, 10**10), "The price of one unit.", required=True),
                                }
                            ),
                            max_items=10,
                            min_items=1,
                        ),
                        "Price tiers, the smallest order first, e.g. [{from: 100, price: 80000}, "
                        "{from: 500, price: 72000}].",
                        required=True,
                    ),
                }
            ),
            "Wholesale prices by order quantity.",
        ),
        "gtin": Field(
            Gtin(),
            'The barcode number (GS1 GTIN-13, 893… for Vietnam, or GTIN-8), in quotes, e.g. "8935049500012"; '
            "its check digit is verified.",
        ),
        "certificates": Field(
            ListOf(
                Obj(
                    {
                        "kind": Field(
                            Ref(target="config:certificate_kinds"),
                            "Certificate kind id from site_config.yml (certificate_kinds), e.g. haccp.",
                            required=True,
                        ),
                        "number": Field(Text(max_length=60), "The certificate's number.", required=True),
                        "issuer": Field(SHORT, "Who issued it.", translated=True),
                        "expires": Field(
                            Date(),
                            "The last day it is valid, if it ends: after it the product page marks it ended "
                            "and showroom check lists it.",
                        ),
                    }
                ),
                max_items=20,
            ),
            "Certificates buyers ask for: food safety, HACCP, ISO 22000, VietGAP, FDA registration…",
        ),
        "origin_protection": Field(
            ListOf(
                Obj(
                    {
                        "kind": Field(
                            Choice(choices=ORIGIN_KINDS),
                            "geographical-indication, collective-trademark, certification-trademark, "
                            "eu-pdo (EU Protected Designation of Origin) or eu-pgi (EU Protected Geographical "
                            "Indication).",
                            required=True,
                        ),
                        "name": Field(NAME, "The protected name, e.g. Phú Quốc.", translated=True),
                        "registration": Field(
                            Text(max_length=60), "The registration or certificate number.", required=True
                        ),
                    }
                ),
                max_items=5,
            ),
            "The product's protected origin: a geographical indication, a collective or certification "
            "trademark, an EU protected designation.",
        ),
        "export_markets": Field(
            ListOf(Country(), max_items=60),
            "Countries it is already sold to, as ISO 3166-1 two-letter codes, e.g. [JP, KR, US].",
        ),
        "lead_time_days": Field(Int(0, 365), "Days from a confirmed order to delivery."),
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
                        "net_content": Field(
                            Text(max_length=60),
                            "Net content, e.g. 500 ml; per language when it holds words.",
                            translated=True,
                            shared=True,
                        ),
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
                    "net_content": Field(
                        Text(max_length=60),
                        "Net content, or size or power, e.g. 500 ml, 40 × 32 × 14 cm; per language when it holds"
                        " words, e.g. {vi: Công suất 15 HP, en: 15 HP engine}.",
                        translated=True,
                        shared=True,
                    ),
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
        "trade": Field(
            TRADE,
            "Facts for distributors and importers: minimum order, capacity, wholesale prices, barcode, "
            "certificates, protected origin, export markets, lead time.",
            detail=True,
        ),
        "tags": Field(
            ListOf(Text(max_length=40), max_items=12),
            "Search words, per language: what a buyer types to find it, e.g. {vi: [giỏ xách], en: [bag, handbag]}.",
            translated=True,
            detail=True,
        ),
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
    "config:certificate_kinds": "certificate kind",
}


#: The fields of each record kind that only its own pages show (see ``Field.detail``).
DETAIL_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, decl in obj.fields.items() if decl.detail) for kind, obj in RECORD_SCHEMAS.items()
}
