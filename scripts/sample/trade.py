"""Trade facts of about a third of the sample products: what distributors and importers ask
for (DOMAIN-FACTS.md, "What trade buyers look at").

Illustrative, like the whole sample: quantities, prices, barcodes (GS1 Vietnam's prefix 893,
check digits computed as a till reads them), certificate and registration numbers are made
up. True to the domain: Phú Quốc fish sauce holds a Vietnamese geographical indication and
the EU Protected Designation of Origin; pepper and sim wine from Phú Quốc carry collective
trademarks; food-safety certificates are issued by the province's agencies and run three
years, so some of the 2022-2023 ones have ended; companies add HACCP, ISO 22000 and an
FDA registration when they export.
"""

from __future__ import annotations


def gtin(body: str) -> str:
    """A GTIN-13 from its first 12 digits and the GS1 check digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


FISHERY = (
    "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Kiên Giang",
    "Kien Giang Agro-Forestry-Fishery Quality Assurance Sub-Department",
)
INDUSTRY = ("Sở Công Thương Kiên Giang", "Kien Giang Department of Industry and Trade")
HEALTH = ("Chi cục An toàn vệ sinh thực phẩm Kiên Giang", "Kien Giang Food Safety Sub-Department")
BODY = ("Tổ chức chứng nhận độc lập", "An independent certification body")
FDA = ("Cục Quản lý Thực phẩm và Dược phẩm Hoa Kỳ", "US Food and Drug Administration")

PHU_QUOC_FISH_SAUCE = [
    ("geographical-indication", ("Phú Quốc", "Phu Quoc"), "00001"),
    ("eu-pdo", ("Phú Quốc", "Phú Quốc"), "PDO-VN-0001"),
]
PHU_QUOC_PEPPER = [("collective-trademark", ("Tiêu Phú Quốc", "Phu Quoc pepper"), "4-0201545-000")]
PHU_QUOC_SIM_WINE = [("collective-trademark", ("Rượu sim Phú Quốc", "Phu Quoc sim wine"), "4-0237712-000")]

BOTTLES = ("chai", "bottles")
BOTTLE = ("chai", "bottle")
PACKS = ("gói", "packs")
PACK = ("gói", "pack")
BAGS = ("bao 5 kg", "5 kg bags")
BAG = ("bao 5 kg", "5 kg bag")
KG = ("kg", "kg")
PIECES = ("cái", "pieces")
PIECE = ("cái", "piece")
SETS = ("bộ", "sets")
SET = ("bộ", "set")
JARS = ("hũ", "jars")
JAR = ("hũ", "jar")

#: product id -> trade facts: moq and capacity (quantity, unit), wholesale (unit, [(from, price)]),
#: gtin, certificates [(kind, number, issuer, expires)], origin [(kind, name, registration)],
#: export markets, lead time in days.
TRADE: dict[str, dict] = {
    # -- Rạch Giá
    "gao-st25-tom-lua-phu-dien": {
        "moq": (20, BAGS),
        "capacity": (8000, BAGS),
        "wholesale": (BAG, [(20, 162000), (200, 150000)]),
        "gtin": gtin("893612340001"),
        "certificates": [("attp", "058/2024/NNPTNT-KG", FISHERY, "2027-04-15")],
        "export": ["US", "AU"],
        "lead": 7,
    },
    "banh-phong-tom-hai-van": {
        "moq": (50, ("thùng 40 gói", "cartons of 40 packs")),
        "capacity": (12000, ("thùng 40 gói", "cartons of 40 packs")),
        "wholesale": (PACK, [(2000, 39000), (10000, 35500)]),
        "gtin": gtin("893612350012"),
        "certificates": [
            ("iso-22000", "ISO22000-0417", BODY, "2027-08-31"),
            ("haccp", "HACCP-0932", BODY, "2026-10-15"),
            ("fda", "18427305962", FDA, None),
        ],
        "export": ["US", "AU", "KR", "DE"],
        "lead": 21,
    },
    "cha-ca-thu-ngoc-lan": {
        "moq": (20, PACKS),
        "capacity": (1500, KG),
        "certificates": [("attp", "211/2022/NNPTNT-KG", FISHERY, "2025-09-30")],
        "lead": 3,
    },
    "may-xay-xat-lua-mini-tu-hoa": {
        "moq": (1, ("máy", "machine")),
        "capacity": (25, ("máy", "machines")),
        "lead": 30,
    },
    # -- Hà Tiên
    "tom-kho-dong-ho": {
        "moq": (5, KG),
        "capacity": (400, KG),
        "wholesale": (("kg", "kg"), [(5, 980000), (30, 920000)]),
        "certificates": [("attp", "097/2023/NNPTNT-KG", FISHERY, "2026-06-30")],
        "lead": 5,
    },
    # -- Phú Quốc
    "nuoc-mam-hong-phat-40-do-dam": {
        "moq": (120, BOTTLES),
        "capacity": (6000, BOTTLES),
        "wholesale": (BOTTLE, [(120, 84000), (600, 78000)]),
        "gtin": gtin("893612360015"),
        "certificates": [("attp", "036/2024/NNPTNT-KG", FISHERY, "2027-03-20")],
        "origin": PHU_QUOC_FISH_SAUCE,
        "lead": 7,
    },
    "nuoc-mam-hong-phat-43-do-dam": {
        "moq": (120, BOTTLES),
        "capacity": (2500, BOTTLES),
        "gtin": gtin("893612360022"),
        "certificates": [("attp", "036/2024/NNPTNT-KG", FISHERY, "2027-03-20")],
        "origin": PHU_QUOC_FISH_SAUCE,
        "lead": 7,
    },
    "bo-san-pham-nuoc-mam-thuan-hai": {
        "moq": (50, ("thùng 12 chai", "cartons of 12 bottles")),
        "capacity": (4000, ("thùng 12 chai", "cartons of 12 bottles")),
        "wholesale": (BOTTLE, [(600, 52000), (3000, 47000)]),
        "gtin": gtin("893612370014"),
        "certificates": [
            ("haccp", "HACCP-1105", BODY, "2028-01-10"),
            ("fda", "13390527481", FDA, None),
        ],
        "origin": PHU_QUOC_FISH_SAUCE,
        "export": ["JP", "US", "FR", "AU"],
        "lead": 14,
    },
    "bo-san-pham-nuoc-mam-nhi-bach-dang": {
        "moq": (20, SETS),
        "capacity": (1200, SETS),
        "wholesale": (SET, [(20, 138000), (100, 128000)]),
        "gtin": gtin("893612380013"),
        "certificates": [("attp", "144/2022/NNPTNT-KG", FISHERY, "2025-12-15")],
        "origin": PHU_QUOC_FISH_SAUCE,
        "lead": 10,
    },
    "nuoc-mam-bach-dang-30-do-dam": {
        "moq": (60, ("can 2 lít", "2-litre cans")),
        "capacity": (3000, ("can 2 lít", "2-litre cans")),
        "gtin": gtin("893612380020"),
        "certificates": [("attp", "144/2022/NNPTNT-KG", FISHERY, "2025-12-15")],
        "origin": PHU_QUOC_FISH_SAUCE,
        "lead": 10,
    },
    "tieu-den-khu-tuong": {
        "moq": (100, PACKS),
        "capacity": (3000, KG),
        "wholesale": (PACK, [(100, 48000), (1000, 43000)]),
        "gtin": gtin("893612390012"),
        "certificates": [("vietgap", "VG-KG-0215", BODY, "2027-02-28")],
        "origin": PHU_QUOC_PEPPER,
        "export": ["DE", "JP"],
        "lead": 7,
    },
    "tieu-do-khu-tuong": {
        "moq": (50, PACKS),
        "capacity": (400, KG),
        "gtin": gtin("893612390029"),
        "certificates": [("vietgap", "VG-KG-0215", BODY, "2027-02-28")],
        "origin": PHU_QUOC_PEPPER,
        "lead": 7,
    },
    "ruou-sim-rung-ong-lang": {
        "moq": (24, BOTTLES),
        "capacity": (5000, BOTTLES),
        "wholesale": (BOTTLE, [(24, 132000), (240, 121000)]),
        "gtin": gtin("893612400018"),
        "certificates": [("attp", "21/2024/GCNATTP-SCT", INDUSTRY, "2027-05-31")],
        "origin": PHU_QUOC_SIM_WINE,
        "lead": 5,
    },
    "day-chuyen-ngoc-trai-bien-xanh": {
        "moq": (10, PIECES),
        "capacity": (300, PIECES),
        "gtin": gtin("893612410017"),
        "export": ["KR", "CN"],
        "lead": 21,
    },
    # -- Kiên Lương
    "cua-lot-hon-chong-dong-lanh": {
        "moq": (50, KG),
        "capacity": (2000, KG),
        "wholesale": (("kg", "kg"), [(50, 395000), (500, 370000)]),
        "certificates": [
            ("attp", "072/2023/NNPTNT-KG", FISHERY, "2026-05-18"),
            ("haccp", "HACCP-1288", BODY, "2027-11-30"),
        ],
        "export": ["JP", "US"],
        "lead": 10,
    },
    "tom-kho-bay-tuoi": {
        "moq": (2, KG),
        "capacity": (120, KG),
        "lead": 4,
    },
    # -- Hòn Đất
    "gao-thom-my-lam": {
        "moq": (50, BAGS),
        "capacity": (20000, BAGS),
        "wholesale": (BAG, [(50, 86000), (500, 81000)]),
        "certificates": [("vietgap", "VG-KG-0377", BODY, "2026-09-30")],
        "lead": 5,
    },
    "gio-tre-dan-son-kien": {
        "moq": (100, PIECES),
        "capacity": (3000, PIECES),
        "wholesale": (PIECE, [(100, 52000), (1000, 46000)]),
        "export": ["JP", "NL"],
        "lead": 30,
    },
    # -- Tân Hiệp
    "may-gieo-sa-lua-theo-hang-sau-phuoc": {
        "moq": (1, ("máy", "machine")),
        "capacity": (60, ("máy", "machines")),
        "wholesale": (("máy", "machine"), [(5, 6100000), (20, 5800000)]),
        "export": ["KH"],
        "lead": 20,
    },
    "nem-nuong-co-ba": {
        "moq": (30, PACKS),
        "capacity": (4000, PACKS),
        "certificates": [("attp", "305/2023/ATTP-CNĐK", HEALTH, "2027-01-31")],
        "lead": 2,
    },
    "bo-san-pham-ruou-oi-hung-phat": {
        "moq": (12, BOTTLES),
        "capacity": (8000, BOTTLES),
        "wholesale": (BOTTLE, [(12, 118000), (120, 109000)]),
        "gtin": gtin("893612420016"),
        "certificates": [("attp", "09/2022/GCNATTP-SCT", INDUSTRY, "2025-10-20")],
        "lead": 5,
    },
    # -- Châu Thành
    "khom-say-deo-tac-cau-binh-an": {
        "moq": (100, PACKS),
        "capacity": (9000, PACKS),
        "wholesale": (PACK, [(100, 47000), (1000, 43000)]),
        "gtin": gtin("893612430015"),
        "certificates": [("attp", "118/2024/NNPTNT-KG", FISHERY, "2027-06-30")],
        "export": ["KR", "TW"],
        "lead": 7,
    },
    "mut-khom-minh-luong": {
        "moq": (100, JARS),
        "capacity": (6000, JARS),
        "wholesale": (JAR, [(100, 38000), (1000, 34000)]),
        "gtin": gtin("893612440014"),
        "certificates": [("attp", "17/2024/GCNATTP-SCT", INDUSTRY, "2027-07-31")],
        "lead": 5,
    },
    "bo-san-pham-nuoc-ep-khom-tac-cau-xanh": {
        "moq": (100, ("thùng 24 lon", "cartons of 24 cans")),
        "capacity": (15000, ("thùng 24 lon", "cartons of 24 cans")),
        "gtin": gtin("893612450013"),
        "certificates": [
            ("iso-22000", "ISO22000-0588", BODY, "2028-03-31"),
            ("fda", "16058831204", FDA, None),
        ],
        "export": ["US", "NL", "AE"],
        "lead": 21,
    },
    # -- Giồng Riềng
    "banh-trang-gao-thanh-phuoc": {
        "moq": (200, PACKS),
        "capacity": (20000, PACKS),
        "wholesale": (PACK, [(200, 25000), (2000, 22500)]),
        "certificates": [("attp", "166/2023/NNPTNT-KG", FISHERY, "2026-11-30")],
        "export": ["KR"],
        "lead": 5,
    },
    # -- Gò Quao
    "gao-st25-phuoc-hung": {
        "moq": (50, BAGS),
        "capacity": (15000, BAGS),
        "wholesale": (BAG, [(50, 152000), (500, 144000)]),
        "gtin": gtin("893612460012"),
        "certificates": [("vietgap", "VG-KG-0412", BODY, "2027-09-30")],
        "lead": 5,
    },
    "bo-san-pham-gio-luc-binh-vinh-tuy": {
        "moq": (50, SETS),
        "capacity": (800, SETS),
        "wholesale": (SET, [(50, 160000), (300, 145000)]),
        "export": ["JP", "DE", "US"],
        "lead": 30,
    },
    # -- An Biên
    "tom-kho-nam-yen": {
        "moq": (5, KG),
        "capacity": (600, KG),
        "wholesale": (("kg", "kg"), [(5, 1250000), (50, 1180000)]),
        "certificates": [("attp", "083/2024/NNPTNT-KG", FISHERY, "2027-05-15")],
        "lead": 5,
    },
    "bo-san-pham-so-huyet-bien-tay": {
        "moq": (30, SETS),
        "capacity": (1500, SETS),
        "gtin": gtin("893612470011"),
        "certificates": [("attp", "129/2023/NNPTNT-KG", FISHERY, "2026-08-14")],
        "lead": 3,
    },
    # -- An Minh
    "gao-tom-lua-st25-dong-hung": {
        "moq": (50, BAGS),
        "capacity": (10000, BAGS),
        "wholesale": (BAG, [(50, 160000), (500, 152000)]),
        "certificates": [("vietgap", "VG-KG-0298", BODY, "2027-04-30")],
        "export": ["US"],
        "lead": 7,
    },
    "bo-san-pham-cua-bien-van-khanh": {
        "moq": (100, KG),
        "capacity": (5000, KG),
        "gtin": gtin("893612480010"),
        "certificates": [
            ("haccp", "HACCP-1016", BODY, "2027-12-31"),
            ("iso-22000", "ISO22000-0521", BODY, "2027-12-31"),
            ("fda", "11873305247", FDA, None),
        ],
        "export": ["US", "JP", "KR", "SG"],
        "lead": 14,
    },
    "cha-cua-bien-van-khanh": {
        "moq": (40, PACKS),
        "capacity": (3000, PACKS),
        "wholesale": (PACK, [(40, 132000), (400, 124000)]),
        "gtin": gtin("893612480027"),
        "certificates": [("haccp", "HACCP-1016", BODY, "2027-12-31")],
        "lead": 7,
    },
    # -- Vĩnh Thuận
    "cha-ca-chem-phong-dong": {
        "moq": (40, PACKS),
        "capacity": (2500, PACKS),
        "wholesale": (PACK, [(40, 104000), (400, 97000)]),
        "gtin": gtin("893612490019"),
        "certificates": [("haccp", "HACCP-0876", BODY, "2026-03-31")],
        "lead": 5,
    },
    "gao-huu-co-tom-lua-vinh-thuan-xanh": {
        "moq": (100, BAGS),
        "capacity": (6000, BAGS),
        "gtin": gtin("893612500015"),
        "certificates": [("attp", "047/2024/NNPTNT-KG", FISHERY, "2027-02-15")],
        "export": ["DE", "FR"],
        "lead": 14,
    },
    # -- U Minh Thượng
    "mat-ong-rung-u-minh-thuong": {
        "moq": (24, BOTTLES),
        "capacity": (900, BOTTLES),
        "wholesale": (BOTTLE, [(24, 225000), (120, 210000)]),
        "certificates": [("attp", "061/2023/NNPTNT-KG", FISHERY, "2026-04-30")],
        "lead": 5,
    },
    "gao-mot-bui-do-hoa-chanh": {
        "moq": (100, ("túi 2 kg", "2 kg bags")),
        "capacity": (12000, ("túi 2 kg", "2 kg bags")),
        "gtin": gtin("893612510014"),
        "certificates": [("attp", "102/2024/NNPTNT-KG", FISHERY, "2027-08-20")],
        "lead": 5,
    },
    # -- Giang Thành
    "tui-xach-co-bang-tra-phot": {
        "moq": (50, PIECES),
        "capacity": (1200, PIECES),
        "wholesale": (PIECE, [(50, 160000), (500, 145000)]),
        "export": ["JP", "KR", "DE"],
        "lead": 30,
    },
    "ong-hut-co-bang-cay-go": {
        "moq": (20, ("hộp 100 ống", "boxes of 100 straws")),
        "capacity": (5000, ("hộp 100 ống", "boxes of 100 straws")),
        "wholesale": (("hộp", "box"), [(20, 30000), (200, 26000)]),
        "export": ["JP", "FR", "AU"],
        "lead": 14,
    },
    "tui-co-bang-phoi-tho-cam-xanh-phu-my": {
        "moq": (30, PIECES),
        "capacity": (600, PIECES),
        "gtin": gtin("893612520013"),
        "export": ["NL", "US"],
        "lead": 25,
    },
    # -- Kiên Hải
    "muc-kho-lai-son": {
        "moq": (5, KG),
        "capacity": (300, KG),
        "certificates": [("attp", "155/2023/NNPTNT-KG", FISHERY, "2026-10-31")],
        "lead": 4,
    },
    "nuoc-mam-an-son-30-do-dam": {
        "moq": (60, BOTTLES),
        "capacity": (2000, BOTTLES),
        "lead": 7,
    },
}
