"""The sample's certification rounds and the products each one certified.

Round VII (2023, provincial) certified every product of the sample. The later
rounds are illustrative: they follow what the programmes did (a southern
regional round in 2024, a national round in 2025, OCOP ratings), but their
decision numbers, dates, round numbers and product lists are the sample's own.
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
    "ocop-2023": {
        "comment": (
            "Đợt đánh giá, phân hạng sản phẩm OCOP (2023). Kết quả minh họa: số quyết định,\n"
            "ngày ký và danh sách sản phẩm không phải số liệu chính thức."
        ),
        "name": (
            "Đánh giá, phân hạng sản phẩm OCOP tỉnh Kiên Giang năm 2023 (đợt 2)",
            "Kien Giang OCOP product rating, 2023 (second batch)",
        ),
        "programme": "ocop",
        "number": 2,
        "year": 2023,
        "decision": "3095/QĐ-UBND",
        "date": dt.date(2023, 11, 29),
        "description": (
            "Đợt đánh giá, phân hạng sản phẩm OCOP thứ hai năm 2023 của tỉnh Kiên Giang. Mỗi\n"
            "sản phẩm được xếp một hạng sao; giấy chứng nhận có hiệu lực 36 tháng kể từ ngày\n"
            "quyết định, nên chứng nhận của đợt này hết hạn ngày 29/11/2026 nếu sản phẩm chưa\n"
            "được đánh giá lại.\n"
            "\n"
            "Kết quả trên trang mẫu là **minh họa**: số quyết định, ngày ký và danh sách sản\n"
            "phẩm không phải số liệu chính thức.",
            "Kien Giang's second OCOP rating of 2023. Each product is rated a number of stars;\n"
            "a certificate is valid for 36 months from the decision, so the certificates of\n"
            "this rating ended on 29 November 2026 unless the product was rated again.\n"
            "\n"
            "The results shown in this sample are **illustrative**: the decision number, its\n"
            "date and the list of products are not official.",
        ),
        "valid_months": 36,
        "products": {
            "banh-nhan-khom-ut-men": "3-star",
            "mam-ca-loc-nguyen-con-bay-huong": "3-star",
        },
    },
    "ocop-2024": {
        "comment": (
            "Đợt đánh giá, phân hạng sản phẩm OCOP (2024). Kết quả minh họa: số quyết định,\n"
            "ngày ký và danh sách sản phẩm không phải số liệu chính thức."
        ),
        "name": (
            "Đánh giá, phân hạng sản phẩm OCOP tỉnh Kiên Giang năm 2024 (đợt 1)",
            "Kien Giang OCOP product rating, 2024 (first batch)",
        ),
        "programme": "ocop",
        "number": 1,
        "year": 2024,
        "decision": "1584/QĐ-UBND",
        "date": dt.date(2024, 6, 27),
        "description": (
            "Đợt đánh giá, phân hạng sản phẩm OCOP đầu tiên năm 2024 của tỉnh Kiên Giang. Nhiều\n"
            "sản phẩm công nghiệp nông thôn tiêu biểu cũng được xếp hạng OCOP: một sản phẩm có\n"
            "thể giữ cùng lúc chứng nhận của nhiều chương trình. Giấy chứng nhận OCOP có hiệu\n"
            "lực 36 tháng kể từ ngày quyết định, tức đến ngày 27/06/2027.\n"
            "\n"
            "Kết quả trên trang mẫu là **minh họa**: số quyết định, ngày ký và danh sách sản\n"
            "phẩm không phải số liệu chính thức.",
            "Kien Giang's first OCOP rating of 2024. Many typical rural industrial products\n"
            "also hold OCOP stars: a product may hold certifications of several programmes at\n"
            "once. An OCOP certificate is valid for 36 months from the decision, that is until\n"
            "27 June 2027.\n"
            "\n"
            "The results shown in this sample are **illustrative**: the decision number, its\n"
            "date and the list of products are not official.",
        ),
        "valid_months": 36,
        "products": {
            "nuoc-mam-hong-phat-40-do-dam": "4-star",
            "tieu-den-khu-tuong": "4-star",
            "bo-san-pham-nuoc-mam-thuan-hai": "4-star",
            "mat-ong-rung-u-minh-thuong": "4-star",
            "gao-st25-tom-lua-phu-dien": "4-star",
            "kho-ca-sac-ran-ut-hanh": "3-star",
            "khom-say-deo-tac-cau-binh-an": "3-star",
            "banh-trang-gao-thanh-phuoc": "3-star",
            "tui-xach-co-bang-tra-phot": "3-star",
            "cua-lot-hon-chong-dong-lanh": "3-star",
        },
    },
    "cnnt-2024-southern-region": {
        "comment": (
            "Vòng bình chọn cấp khu vực phía Nam (2024). Kết quả minh họa: số quyết định, ngày\n"
            "ký, số thứ tự vòng và danh sách sản phẩm không phải số liệu chính thức."
        ),
        "name": (
            "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực phía Nam năm 2024",
            "Southern regional typical rural industrial products, 2024",
        ),
        "programme": "cnnt",
        "number": 6,
        "year": 2024,
        "level": "region",
        "decision": "2285/QĐ-BCT",
        "date": dt.date(2024, 10, 8),
        "description": (
            "Vòng bình chọn cấp khu vực phía Nam năm 2024 xét các sản phẩm đã được công nhận\n"
            "tiêu biểu cấp tỉnh và chọn những sản phẩm tốt nhất để tham gia vòng cấp quốc gia.\n"
            "Tỉnh Kiên Giang có 10 sản phẩm nước mắm Phú Quốc được công nhận; số liệu dưới đây\n"
            "là kết quả của tỉnh.\n"
            "\n"
            "Kết quả trên trang mẫu là **minh họa**: số quyết định, ngày ký và số thứ tự vòng\n"
            "(6) không phải số liệu chính thức. Danh mục mẫu chỉ có bốn sản phẩm nước mắm, của\n"
            "Phú Quốc và Kiên Hải, nên mười sản phẩm ghi ở đây còn gồm mắm ruốc, mực khô, tiêu,\n"
            "rượu sim Phú Quốc và mắm cá cơm Hà Tiên; đây không phải danh sách chính thức.",
            "The 2024 southern regional round reviewed products already certified as typical\n"
            "at provincial level and picked the best of them for the national round. Kien\n"
            "Giang had 10 Phu Quoc fish-sauce products certified; the figures below are the\n"
            "province's results.\n"
            "\n"
            "The results shown in this sample are **illustrative**: the decision number, its\n"
            "date and the round number (6) are not official. The sample catalogue holds only\n"
            "four fish sauces, from Phu Quoc and Kien Hai, so the ten products listed here also\n"
            "include Phu Quoc shrimp paste, dried squid, pepper and rose-myrtle wine and a Ha\n"
            "Tien anchovy paste; this is not the official list.",
        ),
        "figures": {"certified_products": 10},
        "products": (
            "nuoc-mam-hong-phat-40-do-dam",
            "nuoc-mam-hong-phat-43-do-dam",
            "nuoc-mam-bach-dang-30-do-dam",
            "nuoc-mam-an-son-30-do-dam",
            "mam-ruoc-ut-nhan",
            "muc-kho-ut-nhan",
            "tieu-den-khu-tuong",
            "tieu-do-khu-tuong",
            "ruou-sim-rung-ong-lang",
            "mam-ca-com-thuan-yen",
        ),
    },
    "cnnt-2025-national": {
        "comment": (
            "Vòng bình chọn cấp quốc gia (2025). Kết quả minh họa: số quyết định, ngày ký, số\n"
            "thứ tự vòng và danh sách sản phẩm không phải số liệu chính thức."
        ),
        "name": (
            "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2025",
            "National typical rural industrial products, 2025",
        ),
        "programme": "cnnt",
        "number": 5,
        "year": 2025,
        "level": "national",
        "decision": "3126/QĐ-BCT",
        "date": dt.date(2025, 10, 24),
        "description": (
            "Vòng bình chọn cấp quốc gia năm 2025 diễn ra sau khi tỉnh Kiên Giang và tỉnh An\n"
            "Giang hợp nhất thành tỉnh An Giang mới (từ ngày 01/07/2025). Tỉnh An Giang có bốn\n"
            "bộ sản phẩm được công nhận: ba bộ sản phẩm nước mắm Phú Quốc và một bộ sản phẩm đan\n"
            "cỏ bàng Phú Mỹ (Giang Thành); số liệu dưới đây là kết quả của tỉnh.\n"
            "\n"
            "Kết quả trên trang mẫu là **minh họa**: số quyết định, ngày ký và số thứ tự vòng\n"
            "(5) không phải số liệu chính thức. Danh mục mẫu chỉ có hai bộ sản phẩm nước mắm\n"
            "Phú Quốc, nên bộ thứ ba là bộ nước mắm cá cơm Bãi Chướng của Kiên Hải; đây không\n"
            "phải danh sách chính thức.",
            "The 2025 national round came after Kien Giang and An Giang provinces merged into\n"
            "the new An Giang province (from 1 July 2025). An Giang had four product sets\n"
            "certified: three Phu Quoc fish-sauce sets and a Phu My sedge-weaving set (Giang\n"
            "Thanh); the figures below are the province's results.\n"
            "\n"
            "The results shown in this sample are **illustrative**: the decision number, its\n"
            "date and the round number (5) are not official. The sample catalogue holds only\n"
            "two Phu Quoc fish-sauce sets, so the third is the Bai Chuong anchovy fish-sauce\n"
            "set from Kien Hai; this is not the official list.",
        ),
        "figures": {"certified_sets": 4},
        "products": (
            "bo-san-pham-nuoc-mam-nhi-bach-dang",
            "bo-san-pham-nuoc-mam-thuan-hai",
            "bo-san-pham-nuoc-mam-bai-chuong",
            "bo-san-pham-gio-co-bang-tra-phot",
        ),
    },
}
