"""The sample's certification rounds and the products each one certified.

Round VII (2023, provincial) certified every product of the sample.
"""

from __future__ import annotations

import datetime as dt

#: The round every sample product was certified in (its ``expires`` comes from the product).
FIRST_ROUND = "cnnt-2023"

# id: the round record; ``products`` lists who the round certified (the first round: every product),
# as ids when the round was held at one level, or as {id: level} for a rating that gives several;
# ``valid_months`` is how long its certificates last (none: they do not end).
ROUNDS = {
    "cnnt-2023": {
        "comment": (
            "Vòng bình chọn cấp tỉnh lần thứ VII (2023). Số liệu do Hội đồng công bố;\n"
            "danh sách sản phẩm trên trang mẫu là minh họa."
        ),
        "name": (
            "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh lần thứ VII năm 2023",
            "Provincial typical rural industrial products, round VII, 2023",
        ),
        "programme": "cnnt",
        "number": 7,
        "year": 2023,
        "level": "province",
        "decision": "2479/QĐ-UBND",
        "date": dt.date(2023, 11, 20),
        "description": (
            "Năm 2023, Hội đồng bình chọn cấp tỉnh xét 179 hồ sơ của 102 cơ sở công nghiệp\n"
            "nông thôn, trong đó 72 cơ sở lần đầu tham gia, thuộc bốn nhóm sản phẩm. Hội đồng\n"
            "công nhận 77 sản phẩm và 46 bộ sản phẩm tiêu biểu.",
            "In 2023 the provincial council reviewed 179 dossiers from 102 rural industrial\n"
            "facilities, 72 of them entering for the first time, in four product groups. It\n"
            "certified 77 products and 46 product sets as typical.",
        ),
        "figures": {
            "dossiers": 179,
            "facilities": 102,
            "first_time_facilities": 72,
            "certified_products": 77,
            "certified_sets": 46,
            "dossiers_by_group": {"handicrafts": 24, "food": 140, "machinery": 4, "other": 11},
        },
    },
}
