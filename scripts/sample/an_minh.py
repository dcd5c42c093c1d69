"""Sample facilities and products of An Minh (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "an-minh"
FACILITIES = [
    {
        "id": "htx-tom-lua-dong-hung",
        "name": ("Hợp tác xã Nông nghiệp Tôm lúa Đông Hưng", "Dong Hung Rice-Shrimp Agricultural Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Xẻo Lá, xã Đông Hưng A, huyện An Minh, tỉnh Kiên Giang",
            "Xeo La Hamlet, Dong Hung A Commune, An Minh District, Kien Giang Province",
        ),
        "phone": "0297 3868 352",
        "zalo": "0912 704 836",
        "email": "tomluadonghung@gmail.com",
        "website": "https://gaotomluadonghung.vn",
        "representative": "Danh Sơn",
        "story": (
            "Các thành viên hợp tác xã luân canh một vụ tôm, một vụ lúa trên cùng mảnh ruộng nhiễm mặn. "
            "Vì tôm cần nước sạch nên ruộng lúa không dùng thuốc diệt cỏ và thuốc trừ sâu hóa học.",
            "Members of the cooperative rotate one shrimp crop and one rice crop on the same brackish fields. "
            "Because the shrimp need clean water, the rice is grown without chemical herbicides or insecticides.",
        ),
        "geo": (9.6050, 105.0010),
        "photo": True,
        "products": [
            {
                "id": "gao-tom-lua-st25-dong-hung",
                "name": ("Gạo tôm lúa ST25 Đông Hưng", "Dong Hung rice-shrimp ST25 rice"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Gạo ST25 trồng luân canh với tôm trên đất nhiễm mặn, không dùng thuốc hóa học.",
                    "ST25 rice grown in rotation with shrimp on brackish land, without chemical sprays.",
                ),
                "description": (
                    "**Gạo tôm lúa ST25 Đông Hưng** được trồng sau vụ tôm, khi mưa đã rửa mặn ruộng. "
                    "Chất thải của tôm trở thành phân bón tự nhiên nên cây lúa hầu như không cần phân hóa học.\n\n"
                    "Hạt gạo dài, cơm dẻo, thơm lá dứa và có vị ngọt hậu. Hợp tác xã truy xuất được "
                    "nguồn gốc từng lô đến ruộng của thành viên.",
                    "**Dong Hung rice-shrimp ST25** is sown after the shrimp crop, once the rains have washed "
                    "the salt from the field. Shrimp waste acts as natural fertiliser, so the rice needs almost no chemical fertiliser.\n\n"
                    "The grains are long, cook soft and fragrant with pandan, and leave a sweet aftertaste. "
                    "Every lot can be traced back to a member's field.",
                ),
                "specs": {
                    "net_content": "5 kg",
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "ingredients": ("Gạo ST25", "ST25 rice"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": (175000, 200000),
                "tags": (
                    ["gạo", "tôm lúa", "st25", "an minh"],
                    ["rice", "ST25", "ST25 rice", "fragrant rice", "rice-shrimp", "An Minh"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#efe3c8",
            },
            {
                "id": "bo-san-pham-gao-sach-tom-lua-dong-hung",
                "name": ("Bộ sản phẩm gạo sạch tôm lúa Đông Hưng", "Dong Hung clean rice-shrimp rice set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Gạo ST24 tôm lúa", "Rice-shrimp ST24 rice"), "5 kg"),
                    (("Gạo lứt ST25", "ST25 brown rice"), "2 kg"),
                    (("Gạo thơm Đài Thơm 8", "Dai Thom 8 fragrant rice"), "5 kg"),
                ],
                "summary": (
                    "Ba loại gạo sạch trồng trên ruộng tôm lúa, đóng gói cùng quy cách của hợp tác xã.",
                    "Three clean rices grown on rice-shrimp fields and packed to the cooperative's standard.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **gạo ST24**, **gạo lứt ST25** và **gạo Đài Thơm 8**, đều được trồng "
                    "theo mô hình tôm lúa và đạt chứng nhận VietGAP.\n\n"
                    "Gạo trắng mềm, thơm, phù hợp bữa cơm gia đình; gạo lứt giữ lớp cám giàu dinh dưỡng, "
                    "thích hợp nấu cơm lứt hoặc rang làm trà gạo lứt.",
                    "The set holds **ST24 rice**, **ST25 brown rice** and **Dai Thom 8 rice**, all grown in the "
                    "rice-shrimp system and VietGAP-certified.\n\n"
                    "The white rices are soft and fragrant for family meals; the brown rice keeps its nutritious "
                    "bran layer and can be cooked as it is or roasted for brown-rice tea.",
                ),
                "specs": {
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017; VietGAP",
                },
                "price": None,
                "tags": (
                    ["gạo", "gạo lứt", "tôm lúa"],
                    ["rice", "brown rice", "fragrant rice", "rice-shrimp", "ST24", "ST25", "gift set"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#b98c5a",
            },
        ],
    },
    {
        "id": "co-so-tom-kho-chin-nhan",
        "name": ("Cơ sở sản xuất tôm khô Chín Nhàn", "Chin Nhan Dried Shrimp Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Bảy Ghe, xã Thuận Hòa, huyện An Minh, tỉnh Kiên Giang",
            "Bay Ghe Hamlet, Thuan Hoa Commune, An Minh District, Kien Giang Province",
        ),
        "phone": "0939 284 671",
        "zalo": "0939 284 671",
        "email": None,
        "website": None,
        "representative": "Lê Văn Nhàn",
        "story": None,
        "geo": (9.7020, 104.9380),
        "photo": False,
        "products": [
            {
                "id": "tom-kho-dat-chin-nhan",
                "name": ("Tôm khô đất Chín Nhàn", "Chin Nhan dried rice-field shrimp"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Tôm đất phơi nắng tự nhiên, con đều, màu đỏ cam, vị ngọt đậm.",
                    "Sun-dried rice-field shrimp, even in size, orange-red and richly sweet.",
                ),
                "description": (
                    "Tôm đất được mua tận vuông vào sáng sớm, luộc ngay khi còn tươi rồi **phơi nắng trên giàn lưới** "
                    "cao ráo từ hai đến ba ngày.\n\n"
                    "Sau khi phơi, tôm được đập cho tróc vỏ, sàng lọc và phân cỡ bằng tay. Tôm khô đất có thịt "
                    "chắc, ngọt, thích hợp làm gỏi, nấu canh bí hoặc ăn với củ kiệu ngày Tết.",
                    "Shrimp are bought at the ponds early in the morning, boiled while fresh and **sun-dried on "
                    "raised mesh racks** for two to three days.\n\n"
                    "They are then threshed to remove the shells, sieved and graded by hand. The dried shrimp are "
                    "firm and sweet, good in salads, gourd soup or with pickled shallots at Tet.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi zip hút chân không", "Vacuum-sealed zip bag"),
                    "ingredients": ("Tôm đất, muối", "Rice-field shrimp, salt"),
                    "shelf_life": ("6 tháng", "6 months"),
                },
                "price": (650000, 800000),
                "tags": (["tôm khô", "an minh"], ["dried shrimp", "shrimp", "dried seafood", "An Minh"]),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e5734a",
            },
        ],
    },
    {
        "id": "hkd-kho-ca-loc-nam-hien",
        "name": ("Hộ kinh doanh khô cá lóc Năm Hiền", "Nam Hien Dried Snakehead Household Business"),
        "type": "household",
        "address": (
            "Ấp Kinh 14, xã Vân Khánh Đông, huyện An Minh, tỉnh Kiên Giang",
            "Kinh 14 Hamlet, Van Khanh Dong Commune, An Minh District, Kien Giang Province",
        ),
        "phone": "0367 518 294",
        "zalo": "0367 518 294",
        "email": None,
        "website": None,
        "representative": "Trần Thị Hiền",
        "story": None,
        "geo": (9.5530, 104.9120),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-kho-ca-loc-nam-hien",
                "name": ("Bộ sản phẩm khô cá lóc Năm Hiền", "Nam Hien dried snakehead set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá lóc nguyên con", "Whole dried snakehead"), "500 g"),
                    (("Khô cá lóc phi lê", "Dried snakehead fillet"), "500 g"),
                    (("Khô cá lóc tẩm gia vị", "Seasoned dried snakehead"), "300 g"),
                ],
                "summary": (
                    "Ba kiểu khô cá lóc đồng phơi nắng: nguyên con, phi lê và tẩm gia vị.",
                    "Sun-dried field snakehead in three styles: whole, filleted and seasoned.",
                ),
                "description": (
                    "Cá lóc đồng được làm sạch, xẻ bướm hoặc lạng phi lê, ướp muối vừa ăn rồi **phơi nắng hai ngày** "
                    "trên giàn tre.\n\n"
                    "Bộ sản phẩm gồm khô nguyên con để nướng, khô phi lê để chiên và khô tẩm ớt, tỏi, "
                    "đường để ăn liền. Thịt khô dày, dai mềm và thơm mùi cá đồng.",
                    "Field snakehead are cleaned, butterflied or filleted, lightly salted and **dried in the sun "
                    "for two days** on bamboo racks.\n\n"
                    "The set offers whole fish for grilling, fillets for frying and a version seasoned with "
                    "chilli, garlic and sugar to eat as a snack. The flesh is thick, chewy and full of flavour.",
                ),
                "specs": {
                    "packaging": ("Túi hút chân không", "Vacuum bag"),
                    "ingredients": ("Cá lóc, muối, đường, tỏi, ớt", "Snakehead, salt, sugar, garlic, chilli"),
                    "shelf_life": ("6 tháng (bảo quản lạnh)", "6 months (refrigerated)"),
                    "standards": "TCCS 01:2021/NH",
                },
                "price": (140000, 220000),
                "tags": (
                    ["khô cá lóc", "khô cá", "an minh"],
                    ["dried snakehead", "snakehead", "snakehead fish", "dried fish", "An Minh"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#a8744a",
            },
        ],
    },
    {
        "id": "cong-ty-cua-bien-van-khanh",
        "name": ("Công ty TNHH Cua biển Vân Khánh", "Van Khanh Mud Crab Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Rạch Mới, xã Vân Khánh Tây, huyện An Minh, tỉnh Kiên Giang",
            "Rach Moi Hamlet, Van Khanh Tay Commune, An Minh District, Kien Giang Province",
        ),
        "phone": "0297 3869 615",
        "zalo": "0986 147 352",
        "email": "lienhe@cuabienvankhanh.com.vn",
        "website": "https://cuabienvankhanh.com.vn",
        "representative": "Phan Minh Khánh",
        "story": (
            "Công ty ra đời năm 2019, thu mua cua biển nuôi quảng canh dưới tán rừng đước của các hộ ở Vân Khánh. "
            "Xưởng cấp đông giúp đưa con cua An Minh vào siêu thị ở Thành phố Hồ Chí Minh và Hà Nội.",
            "The company was set up in 2019 to buy mud crabs raised extensively under the mangroves by Van Khanh households. "
            "Its freezing plant has taken An Minh crab to supermarkets in Ho Chi Minh City and Hanoi.",
        ),
        "geo": (9.5260, 104.8580),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-cua-bien-van-khanh",
                "name": ("Bộ sản phẩm cua biển cấp đông Vân Khánh", "Van Khanh frozen mud crab set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Cua biển nguyên con hấp cấp đông", "Whole steamed frozen mud crab"), "1 kg"),
                    (("Càng cua hấp cấp đông", "Steamed frozen crab claws"), "500 g"),
                    (("Thịt cua tách sẵn", "Picked crab meat"), "250 g"),
                ],
                "summary": (
                    "Cua biển rừng đước An Minh hấp chín, cấp đông nhanh, giữ trọn vị ngọt.",
                    "Mangrove mud crab from An Minh, steamed and quick-frozen to keep its sweetness.",
                ),
                "description": (
                    "Cua biển được nuôi quảng canh dưới tán rừng đước, thu hoạch khi chắc thịt, hấp chín rồi "
                    "**cấp đông nhanh** ở âm 40 độ C.\n\n"
                    "Bộ sản phẩm gồm cua nguyên con, càng cua và thịt cua tách sẵn. Chỉ cần rã đông và hấp lại "
                    "là có món cua thơm ngọt như vừa bắt lên.",
                    "The crabs are raised extensively under the mangroves, harvested when full of meat, steamed and "
                    "**quick-frozen** at minus 40 °C.\n\n"
                    "The set holds whole crabs, claws and picked crab meat. Just thaw and steam again for crab "
                    "that tastes as sweet as the day it was caught.",
                ),
                "specs": {
                    "packaging": ("Hộp giấy tráng PE, túi hút chân không", "PE-coated carton, vacuum bag"),
                    "ingredients": ("Cua biển", "Mud crab"),
                    "shelf_life": ("12 tháng (bảo quản ở -18 °C)", "12 months (at -18 °C)"),
                    "standards": "HACCP; TCCS 01:2020/VK",
                },
                "price": (180000, 650000),
                "tags": (
                    ["cua biển", "hải sản", "an minh"],
                    ["mud crab", "crab", "frozen crab", "crab claw", "crab meat", "seafood", "An Minh"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#c0392b",
            },
            {
                "id": "cha-cua-bien-van-khanh",
                "name": ("Chả cua biển Vân Khánh", "Van Khanh mud crab cake"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Chả cua làm từ thịt cua biển tươi và thịt heo, chiên hoặc hấp đều ngon.",
                    "Crab cakes of fresh mud crab meat and pork, good fried or steamed.",
                ),
                "description": (
                    "Thịt cua biển được tách bằng tay, trộn với thịt heo xay, trứng và hành tím theo tỉ lệ "
                    "**hơn 40% là thịt cua**.\n\n"
                    "Chả được nặn thành miếng, hấp sơ rồi cấp đông. Khi dùng chỉ cần chiên vàng hoặc hấp lại, "
                    "ăn kèm cơm, bún hay làm nhân bánh mì.",
                    "Crab meat is picked by hand and mixed with minced pork, egg and shallots, so that "
                    "**more than 40% is crab**.\n\n"
                    "The cakes are shaped, lightly steamed and frozen. Fry them golden or steam them again, "
                    "and serve with rice, noodles or in a banh mi.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Khay nhựa, túi hút chân không", "Plastic tray, vacuum bag"),
                    "ingredients": (
                        "Thịt cua biển, thịt heo, trứng, hành tím, gia vị",
                        "Mud crab meat, pork, egg, shallot, seasoning",
                    ),
                    "shelf_life": ("6 tháng (bảo quản ở -18 °C)", "6 months (at -18 °C)"),
                    "standards": "TCCS 02:2020/VK",
                },
                "price": (150000, 180000),
                "tags": (["chả cua", "cua biển", "an minh"], ["crab cake", "mud crab", "crab", "seafood", "An Minh"]),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e59866",
            },
        ],
    },
    {
        "id": "dntn-kho-ca-kim-ngoc",
        "name": ("Doanh nghiệp tư nhân Khô cá Kim Ngọc", "Kim Ngoc Dried Fish Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Khu phố 3, thị trấn Thứ Mười Một, huyện An Minh, tỉnh Kiên Giang",
            "Quarter 3, Thu Muoi Mot Town, An Minh District, Kien Giang Province",
        ),
        "phone": "0297 3866 208",
        "zalo": "0907 235 418",
        "email": "khocakimngoc@gmail.com",
        "website": None,
        "representative": "Thái Thị Kim Ngọc",
        "story": (
            "Từ sạp khô nhỏ ở chợ Thứ Mười Một, bà Kim Ngọc đăng ký doanh nghiệp năm 2017 và xây xưởng sấy khép kín. "
            "Doanh nghiệp chuyên khô cá lóc rút xương, món được khách du lịch ưa chuộng.",
            "Starting from a small dried-fish stall at Thu Muoi Mot market, Ms Kim Ngoc registered her enterprise in 2017 "
            "and built an enclosed drying house. It specialises in boneless dried snakehead, a favourite with visitors.",
        ),
        "geo": (9.6480, 104.9320),
        "photo": False,
        "products": [
            {
                "id": "kho-ca-loc-rut-xuong-kim-ngoc",
                "name": ("Khô cá lóc rút xương Kim Ngọc", "Kim Ngoc boneless dried snakehead"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khô cá lóc đã rút hết xương, sấy trong nhà kính, tiện chế biến cho cả gia đình.",
                    "Dried snakehead with every bone removed, dried in a greenhouse, easy to cook for the family.",
                ),
                "description": (
                    "Cá lóc đồng loại lớn được xẻ, **rút xương bằng tay** từng con rồi ướp muối, đường và tiêu. "
                    "Khô được sấy trong nhà kính năng lượng mặt trời nên sạch bụi, không ruồi nhặng.\n\n"
                    "Miếng khô dày, thịt ngọt, không còn xương dăm nên trẻ nhỏ và người già đều ăn được. "
                    "Chiên vàng, nướng hoặc xé trộn gỏi xoài đều ngon.",
                    None,
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum bag"),
                    "ingredients": ("Cá lóc, muối, đường, tiêu", "Snakehead, salt, sugar, pepper"),
                    "shelf_life": ("6 tháng (bảo quản lạnh)", "6 months (refrigerated)"),
                    "standards": "TCCS 01:2019/KN",
                },
                "price": None,
                "tags": (
                    ["khô cá lóc", "khô cá", "an minh"],
                    ["dried snakehead", "snakehead", "boneless fish", "dried fish", "An Minh"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#b5835a",
            },
        ],
    },
    {
        "id": "hkd-dan-la-dua-nuoc-ut-men",
        "name": ("Hộ kinh doanh đan lá dừa nước Út Mến", "Ut Men Nipa Leaf Weaving Household Business"),
        "type": "household",
        "address": (
            "Ấp Thạnh An, xã Đông Thạnh, huyện An Minh, tỉnh Kiên Giang",
            "Thanh An Hamlet, Dong Thanh Commune, An Minh District, Kien Giang Province",
        ),
        "phone": "0825 603 417",
        "zalo": None,
        "email": None,
        "website": None,
        "representative": "Danh Thị Mến",
        "story": None,
        "geo": (9.6620, 104.9780),
        "photo": False,
        "products": [
            {
                "id": "gio-dan-la-dua-nuoc-ut-men",
                "name": ("Giỏ đan lá dừa nước Út Mến", "Ut Men woven nipa leaf basket"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Giỏ đan tay từ lá dừa nước non phơi khô, nhẹ, thân thiện với môi trường.",
                    "A hand-woven basket of dried young nipa palm leaves, light and environmentally friendly.",
                ),
                "description": (
                    "Dừa nước mọc dọc các kênh rạch An Minh. Lá non được tước sợi, luộc với muối cho bền màu "
                    "rồi phơi khô và **đan tay thành giỏ** nhiều kích cỡ.\n\n"
                    "Giỏ dùng đựng trái cây, đồ khô hoặc làm giỏ quà Tết thay cho túi nilon. "
                    "Mỗi tháng hộ làm được khoảng ba trăm chiếc cùng các chị em trong ấp.",
                    "Nipa palms line the canals of An Minh. Young leaves are stripped, boiled with salt to "
                    "fix their colour, dried and **woven by hand into baskets** of several sizes.\n\n"
                    "The baskets hold fruit or dry goods, or serve as Tet gift hampers in place of plastic bags. "
                    "Together with neighbours, the household makes about three hundred a month.",
                ),
                "specs": {
                    "ingredients": ("Lá dừa nước non phơi khô", "Dried young nipa palm leaves"),
                },
                "price": (35000, 90000),
                "tags": (
                    ["dừa nước", "đan lát", "giỏ"],
                    [
                        "nipa palm",
                        "weaving",
                        "basket",
                        "woven basket",
                        "handmade",
                        "handicraft",
                        "eco-friendly",
                        "souvenir",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "basket",
                "colour": "#9c8a4a",
            },
        ],
    },
]
