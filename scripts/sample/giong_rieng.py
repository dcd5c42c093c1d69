"""Sample facilities and products of Giồng Riềng (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "giong-rieng"
FACILITIES = [
    {
        "id": "htx-banh-trang-thanh-phuoc",
        "name": ("Hợp tác xã Bánh tráng Thạnh Phước", "Thanh Phuoc Rice Paper Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Phước Hưng, xã Thạnh Phước, huyện Giồng Riềng, tỉnh Kiên Giang",
            "Phuoc Hung Hamlet, Thanh Phuoc Commune, Giong Rieng District, Kien Giang Province",
        ),
        "phone": "0297 3646 281",
        "zalo": "0949 368 152",
        "email": "htxbanhtrangthanhphuoc@gmail.com",
        "website": None,
        "representative": "Lê Thị Phước",
        "story": (
            "Nghề tráng bánh ở Thạnh Phước truyền qua nhiều thế hệ, sáng nào khói lò bánh cũng bốc lên dọc các con kênh. "
            "Hợp tác xã ra đời năm 2017, giúp 40 hộ làm bánh mua chung gạo, dùng chung lò sấy và nhãn hiệu.",
            "Rice-paper making in Thanh Phuoc has been handed down for generations, and every morning smoke rises from "
            "the kilns along the canals. Formed in 2017, the cooperative lets 40 families buy rice together and share "
            "dryers and a label.",
        ),
        "geo": (9.9650, 105.3500),
        "photo": False,
        "products": [
            {
                "id": "banh-trang-gao-thanh-phuoc",
                "name": ("Bánh tráng gạo Thạnh Phước", "Thanh Phuoc rice paper"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Bánh tráng gạo mỏng, dẻo, dùng cuốn gỏi cuốn, chả giò mà chỉ cần nhúng nước nhanh.",
                    "Thin, pliable rice paper for fresh and fried spring rolls that needs only a quick dip.",
                ),
                "description": (
                    "Gạo được ngâm qua đêm, xay thành bột nước rồi tráng mỏng trên nồi hơi, phơi trên vỉ tre dưới nắng "
                    "sớm. Bánh dẻo vừa phải, không rách khi cuốn và giữ mùi thơm của gạo.\n\n"
                    "Bánh dùng cuốn gỏi cuốn, chả giò, cá lóc nướng hoặc nướng ăn trực tiếp. Mỗi xấp được đóng túi kín "
                    "để giữ khô.",
                    "Rice is soaked overnight, ground into a batter, spread thin over a steamer and dried on bamboo racks "
                    "in the morning sun. The sheets are pliable enough not to tear when rolling and keep the aroma of "
                    "rice.\n\n"
                    "Use them for fresh and fried spring rolls and grilled snakehead, or toast them to eat on their own. "
                    "Each stack is sealed to keep it dry.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi PE", "PE bag"),
                    "ingredients": ("Gạo, muối, nước", "Rice, salt, water"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 01:2020/TP",
                },
                "price": (30000, 38000),
                "tags": (
                    ["bánh tráng", "giồng riềng"],
                    ["rice paper", "rice paper wrapper", "spring roll wrapper", "spring roll", "Giong Rieng"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#f5efe0",
            },
            {
                "id": "bo-san-pham-banh-trang-thanh-phuoc",
                "name": ("Bộ sản phẩm bánh tráng Thạnh Phước", "Thanh Phuoc rice paper set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Bánh tráng mè đen", "Black sesame rice paper"), "300 g"),
                    (("Bánh tráng nước dừa", "Coconut milk rice paper"), "300 g"),
                    (("Bánh tráng dẻo tôm", "Soft shrimp rice paper"), "250 g"),
                ],
                "summary": (
                    "Bánh tráng mè đen, bánh tráng nước dừa và bánh tráng dẻo tôm làm từ cùng loại bột gạo.",
                    "Black sesame, coconut milk and soft shrimp rice papers made from the same rice batter.",
                ),
                "description": (
                    "Từ bột gạo xay mới, các hộ thành viên pha thêm mè đen, nước cốt dừa hoặc tôm khô giã nhỏ rồi tráng "
                    "và phơi theo cùng quy trình. Mỗi loại có hương vị riêng, giòn khi nướng và dẻo khi để nguyên.\n\n"
                    "Bánh tráng mè và bánh tráng dừa nướng trên than để ăn chơi; bánh dẻo tôm ăn liền hoặc cuốn rau.",
                    "Member families add black sesame, coconut milk or pounded dried shrimp to freshly milled rice "
                    "batter, then spread and dry the sheets the same way. Each has its own flavour; all turn crisp when "
                    "toasted and stay chewy when not.\n\n"
                    "Toast the sesame and coconut sheets over charcoal as a snack; eat the shrimp sheets as they are or "
                    "wrap them around herbs.",
                ),
                "specs": {
                    "packaging": ("Túi PE có khóa zip", "Zip-lock PE bag"),
                    "ingredients": (
                        "Gạo, mè đen, nước cốt dừa, tôm khô",
                        "Rice, black sesame, coconut milk, dried shrimp",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 02:2021/TP",
                },
                "price": (90000, 120000),
                "tags": (
                    ["bánh tráng", "bánh tráng nướng", "quà quê"],
                    [
                        "rice paper",
                        "grilled rice paper",
                        "rice cracker",
                        "sesame rice paper",
                        "coconut rice paper",
                        "snack",
                        "gift",
                        "local speciality",
                        "local specialty",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#d7b98e",
            },
        ],
    },
    {
        "id": "mam-ca-loc-bay-huong",
        "name": ("Hộ kinh doanh Mắm cá lóc Bảy Hương", "Bay Huong Snakehead Fish Paste Household Business"),
        "type": "household",
        "address": (
            "Ấp Vĩnh Lợi, xã Hòa Lợi, huyện Giồng Riềng, tỉnh Kiên Giang",
            "Vinh Loi Hamlet, Hoa Loi Commune, Giong Rieng District, Kien Giang Province",
        ),
        "phone": "0919 826 473",
        "zalo": "0919 826 473",
        "email": None,
        "website": None,
        "representative": "Ngô Thị Hương",
        "story": (
            "Bà Bảy Hương làm mắm theo cách mẹ chồng truyền lại, mỗi mùa nước nổi lại mua cá lóc đồng của bà con trong "
            "xã. Mắm của bà có tiếng trong vùng nhờ vị đậm mà không quá mặn.",
            "Mrs Bay Huong makes fish paste the way her mother-in-law taught her, buying wild snakehead from neighbours "
            "every flood season. Her paste is known locally for its rich, not-too-salty taste.",
        ),
        "geo": (9.8800, 105.3000),
        "photo": False,
        "products": [
            {
                "id": "mam-ca-loc-nguyen-con-bay-huong",
                "name": ("Mắm cá lóc nguyên con Bảy Hương", "Bay Huong whole fermented snakehead"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá lóc đồng nguyên con ủ với muối hột và thính, thịt đỏ, thơm.",
                    "Whole wild snakehead fermented with coarse salt and roasted rice powder, rosy and fragrant.",
                ),
                "description": (
                    "Cá lóc đồng được làm sạch, ướp muối hột trong khạp khoảng một tháng, sau đó rửa lại, trộn thính gạo "
                    "rang và đường thốt nốt rồi ủ tiếp hai tháng. Thịt mắm săn chắc, màu đỏ hồng, thơm đặc trưng.\n\n"
                    "Mắm dùng chưng thịt trứng, nấu lẩu mắm, kho quẹt hoặc chiên ăn với cơm trắng.",
                    "Wild snakehead are cleaned and salted in jars for about a month, then rinsed, mixed with roasted rice "
                    "powder and palm sugar and fermented for two more months. The flesh is firm and rosy with a "
                    "distinctive aroma.\n\n"
                    "Steam it with pork and egg, make fermented-fish hot pot or a thick dip, or fry it to eat with plain "
                    "rice.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ nhựa PET", "PET jar"),
                    "ingredients": (
                        "Cá lóc, muối, thính gạo, đường thốt nốt",
                        "Snakehead, salt, roasted rice powder, palm sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 01:2021/BH",
                },
                "price": (90000, 110000),
                "tags": (
                    ["mắm cá lóc", "mắm", "giồng riềng"],
                    ["fermented snakehead", "fermented fish", "fish paste", "snakehead", "Giong Rieng"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#a34a2b",
            },
            {
                "id": "mam-ca-loc-chung-sa-ot-bay-huong",
                "name": (
                    "Mắm cá lóc chưng sả ớt Bảy Hương",
                    "Bay Huong snakehead paste cooked with lemongrass and chilli",
                ),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá lóc chưng sẵn với thịt, sả và ớt, đóng hũ ăn liền.",
                    "Ready-to-eat snakehead paste cooked with pork, lemongrass and chilli, in jars.",
                ),
                "description": (
                    "Mắm cá lóc ủ đủ ngày được lóc xương, bằm nhuyễn rồi xào cùng thịt ba rọi, sả, tỏi, ớt và đường thốt "
                    "nốt trên lửa nhỏ đến khi sệt lại. Hũ mắm được thanh trùng để giữ lâu mà không cần chất bảo quản.\n\n"
                    "Mắm chưng ăn ngay với cơm nóng, bún hoặc rau luộc, tiện cho người đi làm và con em xa quê.",
                    None,
                ),
                "specs": {
                    "net_content": "200 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": (
                        "Mắm cá lóc, thịt heo, sả, tỏi, ớt, đường thốt nốt",
                        "Snakehead paste, pork, lemongrass, garlic, chilli, palm sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 02:2022/BH",
                },
                "price": (55000, 65000),
                "tags": (
                    ["mắm chưng", "mắm cá lóc"],
                    [
                        "steamed fish paste",
                        "fish paste",
                        "fermented snakehead",
                        "fermented fish",
                        "snakehead",
                        "lemongrass",
                        "chilli",
                        "chili",
                        "ready to eat",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#8e3b22",
            },
        ],
    },
    {
        "id": "kho-ca-loc-ngoc-chuc",
        "name": ("Cơ sở khô cá lóc Ngọc Chúc", "Ngoc Chuc Dried Snakehead Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Ngọc Bình, xã Ngọc Chúc, huyện Giồng Riềng, tỉnh Kiên Giang",
            "Ngoc Binh Hamlet, Ngoc Chuc Commune, Giong Rieng District, Kien Giang Province",
        ),
        "phone": "0297 3647 915",
        "zalo": "0868 241 537",
        "email": "khocalocngocchuc@gmail.com",
        "website": "https://khocalocngocchuc.vn",
        "representative": "Châu Văn Trí",
        "story": None,
        "geo": (9.8700, 105.3700),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-ca-loc-say-ngoc-chuc",
                "name": ("Bộ sản phẩm cá lóc sấy Ngọc Chúc", "Ngoc Chuc dried snakehead set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá lóc một nắng", "Sun-dried snakehead"), "500 g"),
                    (("Khô cá lóc tẩm gia vị", "Seasoned dried snakehead"), "300 g"),
                    (("Chà bông cá lóc", "Snakehead floss"), "200 g"),
                ],
                "summary": (
                    "Khô cá lóc một nắng, khô tẩm gia vị và chà bông cá lóc từ cá nuôi ao đất.",
                    "Sun-dried and seasoned dried snakehead and snakehead floss from pond-raised fish.",
                ),
                "description": (
                    "Cá lóc nuôi trong ao đất của các hộ trong xã được xẻ bướm, rửa sạch nhớt và ướp nhạt. Một phần phơi "
                    "một nắng, một phần tẩm sả, ớt, đường rồi sấy, phần còn lại hấp chín, xé sợi và sên thành chà bông.\n\n"
                    "Ba sản phẩm dùng chung nguồn cá và quy trình vệ sinh, đóng gói hút chân không, hợp làm quà.",
                    "Snakehead raised in earthen ponds around the commune are butterflied, cleaned of slime and lightly "
                    "salted. Some are dried for a day in the sun, some seasoned with lemongrass, chilli and sugar and "
                    "oven-dried, and the rest steamed, shredded and stir-dried into floss.\n\n"
                    "Sharing one fish source and one hygiene plan, all three are vacuum-packed and make good gifts.",
                ),
                "specs": {
                    "packaging": ("Túi PA hút chân không, hộp giấy", "Vacuum-sealed PA bags, paper box"),
                    "ingredients": ("Cá lóc, muối, đường, sả, ớt", "Snakehead, salt, sugar, lemongrass, chilli"),
                    "shelf_life": ("6 tháng ở ngăn mát", "6 months refrigerated"),
                    "standards": "TCCS 01:2021/NC",
                },
                "price": (180000, 320000),
                "tags": (
                    ["khô cá lóc", "chà bông", "giồng riềng"],
                    ["dried snakehead", "snakehead", "dried fish", "fish floss", "snakehead floss", "Giong Rieng"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#9c6b3c",
            },
        ],
    },
    {
        "id": "thuc-pham-hoa-hung",
        "name": ("Doanh nghiệp tư nhân Thực phẩm Hòa Hưng", "Hoa Hung Foods Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Hòa Thạnh, xã Hòa Hưng, huyện Giồng Riềng, tỉnh Kiên Giang",
            "Hoa Thanh Hamlet, Hoa Hung Commune, Giong Rieng District, Kien Giang Province",
        ),
        "phone": "0297 3649 382",
        "zalo": None,
        "email": None,
        "website": None,
        "representative": "Trần Văn Hưng",
        "story": (
            "Doanh nghiệp bắt đầu từ việc thu mua cá đồng mùa nước nổi cho các chợ đầu mối. Từ năm 2020, doanh nghiệp "
            "tự làm khô cá lóc để giữ giá cho bà con đánh bắt khi cá vào mùa rộ.",
            "The enterprise started out buying field fish in the flood season for wholesale markets. Since 2020 it has "
            "made its own dried snakehead to keep prices up for local fishers when the catch peaks.",
        ),
        "geo": (9.8300, 105.3600),
        "photo": False,
        "products": [
            {
                "id": "kho-ca-loc-dong-hoa-hung",
                "name": ("Khô cá lóc đồng Hòa Hưng", "Hoa Hung dried wild snakehead"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khô cá lóc đồng mùa nước nổi, thịt chắc, ngọt, phơi nắng tự nhiên.",
                    "Sun-dried wild snakehead caught in the flood season, firm and sweet.",
                ),
                "description": (
                    "Cá lóc đồng đánh bắt mùa nước nổi được xẻ dọc lưng, ướp muối nhạt và phơi trên giàn tre hai đến ba "
                    "nắng. Cá đồng ít mỡ nên khô có thớ thịt chắc, vị ngọt đậm.\n\n"
                    "Khô dùng nướng than, chiên giòn, xé trộn gỏi xoài hoặc nấu canh chua. Sản phẩm đóng túi hút chân "
                    "không, bảo quản ngăn mát.",
                    "Wild snakehead caught in the flood season are split along the back, lightly salted and dried on "
                    "bamboo racks for two or three days of sun. Field fish are lean, so the dried flesh is firm and rich "
                    "in flavour.\n\n"
                    "Grill it over charcoal, fry it crisp, shred it into green-mango salad or cook it into sour soup. "
                    "Vacuum-packed; keep refrigerated.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "ingredients": ("Cá lóc đồng, muối", "Wild snakehead, salt"),
                    "shelf_life": ("6 tháng ở ngăn mát", "6 months refrigerated"),
                    "standards": "TCCS 01:2022/HH",
                },
                "price": None,
                "tags": (
                    ["khô cá lóc", "cá đồng"],
                    ["dried snakehead", "snakehead", "dried fish", "wild fish", "freshwater fish"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#8a5a2b",
            },
        ],
    },
]
