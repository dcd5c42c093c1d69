"""A synthetic national-scale catalogue: N products with realistic Vietnamese text.

``python benchmarks/synthetic.py N OUT`` writes a complete project folder
(site_config.yml, products, facilities, districts, a round) with N products,
about N/3 facilities over 63 district-level units, bilingual names and text
drawn from a vocabulary of thousands of Vietnamese words, and a few small
photos shared between products. Deterministic for a given N.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent

# Common Vietnamese syllables; pairs of them make thousands of distinct words.
SYLLABLES = [
    "an",
    "bà",
    "bàn",
    "bánh",
    "bát",
    "bảo",
    "bắc",
    "bến",
    "biển",
    "bình",
    "bột",
    "bông",
    "bún",
    "cà",
    "cá",
    "các",
    "cải",
    "cam",
    "canh",
    "cao",
    "cát",
    "cây",
    "chả",
    "chanh",
    "chè",
    "chiếu",
    "chín",
    "chợ",
    "chua",
    "cỏ",
    "cơm",
    "cua",
    "củ",
    "cửu",
    "dân",
    "dầu",
    "dẻo",
    "dừa",
    "đá",
    "đại",
    "đan",
    "đậu",
    "đất",
    "đen",
    "đỏ",
    "đông",
    "đồng",
    "đường",
    "gạo",
    "gà",
    "giang",
    "gió",
    "giỏ",
    "gỗ",
    "hạ",
    "hải",
    "hàng",
    "hạt",
    "hiệp",
    "hoa",
    "hòa",
    "hồng",
    "hương",
    "hưng",
    "khô",
    "khóm",
    "kim",
    "kiên",
    "lá",
    "làng",
    "lạc",
    "lành",
    "lâm",
    "lợi",
    "lúa",
    "lương",
    "mai",
    "mắm",
    "mật",
    "mây",
    "mè",
    "miền",
    "minh",
    "mới",
    "mực",
    "muối",
    "nam",
    "nếp",
    "ngọc",
    "nghệ",
    "ngon",
    "nhà",
    "nhãn",
    "nhỏ",
    "nông",
    "nước",
    "ớt",
    "phát",
    "phong",
    "phú",
    "phước",
    "quế",
    "quê",
    "rau",
    "rừng",
    "rượu",
    "sả",
    "sạch",
    "sản",
    "sen",
    "sim",
    "sóc",
    "sông",
    "sơn",
    "tâm",
    "tân",
    "tây",
    "thanh",
    "thành",
    "thảo",
    "thịnh",
    "thơm",
    "thủ",
    "thuận",
    "thực",
    "tiêu",
    "tím",
    "tôm",
    "trà",
    "tràm",
    "trắng",
    "tre",
    "trung",
    "tươi",
    "uyên",
    "vàng",
    "việt",
    "vinh",
    "vĩnh",
    "vườn",
    "xanh",
    "xoài",
    "yến",
    "ấm",
    "ổi",
    "ốc",
    "ngũ",
    "lục",
    "bảy",
    "tám",
    "chín",
    "mười",
    "thượng",
    "hạ",
    "đông",
    "tây",
    "nội",
    "ngoại",
    "cổ",
    "truyền",
    "thống",
    "đặc",
    "biệt",
    "loại",
    "một",
    "hảo",
    "hạng",
]
PRODUCTS = [
    ("Nước mắm cá cơm", "Anchovy fish sauce", "food"),
    ("Mật ong rừng", "Forest honey", "food"),
    ("Gạo thơm", "Fragrant rice", "food"),
    ("Khô cá sặc", "Dried snakeskin gourami", "food"),
    ("Tiêu đen", "Black pepper", "food"),
    ("Bánh tráng", "Rice paper", "food"),
    ("Tôm khô", "Dried shrimp", "food"),
    ("Rượu nếp", "Glutinous rice wine", "food"),
    ("Khóm sấy", "Dried pineapple", "food"),
    ("Mắm ruốc", "Shrimp paste", "food"),
    ("Chả cá", "Fish cake", "food"),
    ("Trà thảo mộc", "Herbal tea", "food"),
    ("Giỏ cỏ bàng", "Sedge basket", "handicrafts"),
    ("Túi cói", "Rush bag", "handicrafts"),
    ("Chiếu lác", "Sedge mat", "handicrafts"),
    ("Đèn tre", "Bamboo lamp", "handicrafts"),
    ("Máy sạ lúa", "Rice seeder", "machinery"),
    ("Máy cắt cỏ", "Grass cutter", "machinery"),
    ("Tinh dầu tràm", "Cajeput oil", "other"),
    ("Xà phòng thảo mộc", "Herbal soap", "other"),
    ("Nhang trầm", "Agarwood incense", "other"),
]
TYPES = ["household", "workshop", "cooperative", "private-enterprise", "limited-company", "joint-stock-company"]
TYPE_VI = {
    "household": "Hộ kinh doanh",
    "workshop": "Cơ sở",
    "cooperative": "Hợp tác xã",
    "private-enterprise": "Doanh nghiệp tư nhân",
    "limited-company": "Công ty TNHH",
    "joint-stock-company": "Công ty cổ phần",
}
TYPE_EN = {
    "household": "Household Business",
    "workshop": "Workshop",
    "cooperative": "Cooperative",
    "private-enterprise": "Private Enterprise",
    "limited-company": "Co., Ltd.",
    "joint-stock-company": "Joint Stock Company",
}


def slug(text: str) -> str:
    """An ASCII id from Vietnamese text."""
    sys.path.insert(0, str(ROOT))
    from generator.pages.urls import slugify

    return slugify(text)


def words(rng: random.Random, vocabulary: list[str], count: int) -> str:
    """A sentence of ``count`` words."""
    text = " ".join(rng.choice(vocabulary) for _ in range(count))
    return text[0].upper() + text[1:] + "."


def write(out: Path, n: int) -> None:
    """Write a synthetic project with ``n`` products into ``out``."""
    rng = random.Random(n)
    vocabulary = sorted({f"{a} {b}" for a in SYLLABLES for b in SYLLABLES if a != b})
    rng.shuffle(vocabulary)
    vocabulary = vocabulary[:6000] + SYLLABLES
    if out.exists():
        shutil.rmtree(out)
    for folder in ("products/photos", "content/facilities", "content/districts", "content/rounds"):
        (out / folder).mkdir(parents=True)
    config = (
        (ROOT / "site_config.yml")
        .read_text(encoding="utf-8")
        .replace("https://showroom.example.vn/", "https://bench.example.vn/")
    )
    (out / "site_config.yml").write_text(config, encoding="utf-8")
    shutil.copy(ROOT / "content/rounds/cnnt-2023.yml", out / "content/rounds/cnnt-2023.yml")
    for i in range(12):
        img = Image.new("RGB", (320, 240), (200 - i * 9, 170, 120 + i * 8))
        ImageDraw.Draw(img).ellipse((100, 50, 220, 190), fill=(120, 60 + i * 10, 40))
        img.save(out / f"products/photos/p{i}.jpg", quality=70)
    districts = [f"huyen-{i:02d}" for i in range(63)]
    for i, ident in enumerate(districts):
        name = f"{rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()} {i}"
        (out / f"content/districts/{ident}.yml").write_text(
            f'name: {{vi: "{name}", en: "{slug(name).replace("-", " ").title()}"}}\ntype: district\n', encoding="utf-8"
        )
    facilities = []
    for i in range(max(1, n // 3)):
        kind = rng.choice(TYPES)
        proper = f"{rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()} {i}"
        name = f"{TYPE_VI[kind]} {proper}"
        ident = f"f{i}-{slug(name)}"[:60].rstrip("-")
        facilities.append(ident)
        record = {
            "name": {"vi": name, "en": f"{slug(proper).replace('-', ' ').title()} {TYPE_EN[kind]}"},
            "type": kind,
            "district": rng.choice(districts),
            "address": {"vi": f"Ấp {rng.choice(SYLLABLES).title()}, xã {rng.choice(SYLLABLES).title()}"},
            "phone": f"09{rng.randrange(10**7, 10**8)}",
        }
        (out / f"content/facilities/{ident}.yml").write_text(
            json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    for i in range(n):
        vi, en, group = rng.choice(PRODUCTS)
        extra = rng.choice(SYLLABLES)
        name_vi = f"{vi} {extra} {i}"
        record = {
            "name": {"vi": name_vi, "en": f"{en} {i}"},
            "kind": "set" if i % 3 == 0 else "product",
            "group": group,
            "facility": facilities[i % len(facilities)],
            "certifications": [
                {
                    "programme": "cnnt",
                    "level": "province",
                    "round": "7",
                    "year": "2023",
                    "decision": "2479/QĐ-UBND",
                    "date": "2023-11-20",
                }
            ],
            "summary": {"vi": words(rng, vocabulary, 14), "en": f"{en}, certified in 2023."},
            "description": {
                "vi": " ".join(words(rng, vocabulary, rng.randint(12, 22)) for _ in range(6)),
                "en": f"{en} made by a rural workshop.",
            },
            "photos": [{"file": f"photos/p{i % 12}.jpg", "alt": {"vi": vi, "en": en}}],
        }
        if i % 500 == 7:  # one in 500 expires on the build benchmark's first day (its "new day" row)
            record["certifications"][0]["expires"] = "2026-05-28"
        if record["kind"] == "set":
            record["items"] = [{"name": {"vi": f"{vi} loại {k}", "en": f"{en}, type {k}"}} for k in (1, 2)]
        (out / f"products/p{i}-{slug(vi)}.yml").write_text(
            json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write(Path(sys.argv[2]), int(sys.argv[1]))
