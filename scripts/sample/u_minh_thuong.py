"""Sample facilities and products of U Minh Thượng (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "u-minh-thuong"
FACILITIES = [
    {
        "id": "htx-mat-ong-rung-u-minh-thuong",
        "name": ("Hợp tác xã Mật ong rừng U Minh Thượng", "U Minh Thuong Forest Honey Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Công Sự, xã An Minh Bắc, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Cong Su Hamlet, An Minh Bac Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0297 3871 526",
        "zalo": "0914 268 375",
        "email": "matongrungumt@gmail.com",
        "website": "https://matongrunguminh.vn",
        "representative": "Lê Văn Mười",
        "story": (
            "Các thành viên hợp tác xã là những người gác kèo ong lâu năm ở vùng đệm Vườn quốc gia U Minh Thượng. "
            "Họ dựng kèo dưới tán tràm cho ong rừng đến làm tổ và chỉ cắt phần tổ chứa mật để ong tiếp tục ở lại.",
            "The members are experienced rafter beekeepers in the buffer zone of U Minh Thuong National Park. "
            "They set rafters under the melaleuca canopy for wild bees to nest on, and cut only the honey part of each comb so the colony stays.",
        ),
        "geo": (9.6180, 105.0320),
        "photo": True,
        "products": [
            {
                "id": "mat-ong-rung-u-minh-thuong",
                "name": ("Mật ong rừng U Minh Thượng", "U Minh Thuong forest honey"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mật ong rừng tràm khai thác bằng nghề gác kèo truyền thống, thơm hoa tràm, vị ngọt sâu.",
                    "Melaleuca forest honey gathered by traditional rafter beekeeping, fragrant and deeply sweet.",
                ),
                "description": (
                    "**Mật ong rừng U Minh Thượng** do đàn ong khoái tự nhiên làm từ hoa tràm và hoa rừng. "
                    "Người gác kèo chỉ cắt phần bầu mật, vắt bằng tay và lọc qua vải mịn, không pha đường.\n\n"
                    "Mật có màu vàng sậm, sánh đặc, thơm mùi hoa tràm, vị ngọt đậm và hơi chát nhẹ ở hậu vị. "
                    "Pha nước ấm uống buổi sáng hoặc dùng ngâm chanh, gừng đều tốt.",
                    "**U Minh Thuong forest honey** is made by wild giant honeybees from melaleuca and other forest "
                    "blossoms. The keepers cut only the honey part of the comb, press it by hand and strain it through "
                    "fine cloth, with no added sugar.\n\n"
                    "It is dark gold and thick, smells of melaleuca flowers and tastes rich with a faintly astringent finish. "
                    "Take it in warm water in the morning or steep lemon and ginger in it.",
                ),
                "specs": {
                    "net_content": "500 ml",
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": ("Mật ong rừng tràm nguyên chất", "Pure melaleuca forest honey"),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCVN 5267-1:2008",
                },
                "price": (250000, 350000),
                "tags": (
                    ["mật ong", "mật ong rừng", "u minh thượng"],
                    ["honey", "forest honey", "wild honey", "melaleuca honey", "raw honey", "U Minh Thuong"],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "bottle",
                "colour": "#d9a021",
            },
            {
                "id": "bo-san-pham-mat-ong-u-minh-thuong",
                "name": ("Bộ sản phẩm mật ong rừng tràm U Minh Thượng", "U Minh Thuong melaleuca honey set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Mật ong rừng tràm", "Melaleuca forest honey"), "500 ml"),
                    (("Mật ong rừng non", "Young forest honey"), "250 ml"),
                    (("Mật ong tổ nguyên sáp", "Forest honey in the comb"), "300 g"),
                ],
                "summary": (
                    "Ba dạng mật ong rừng tràm: mật vắt, mật non và mật còn nguyên trong tổ sáp.",
                    "Melaleuca forest honey in three forms: pressed, young, and still in the comb.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **mật ong rừng tràm** đã vắt lọc, **mật ong non** lấy từ tổ mới có vị "
                    "chua thanh, và **mật ong tổ nguyên sáp** cắt miếng đóng hộp.\n\n"
                    "Tất cả đều khai thác bằng nghề gác kèo trong vùng đệm rừng tràm U Minh Thượng, "
                    "không qua gia nhiệt, giữ nguyên hương vị tự nhiên.",
                    "The set holds strained **melaleuca forest honey**, tangy **young honey** taken from newly built "
                    "combs, and **honey in the comb** cut into pieces and boxed.\n\n"
                    "All of it comes from rafter beekeeping in the melaleuca buffer zone of U Minh Thuong and is never "
                    "heated, so its natural flavour is kept whole.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh, hộp nhựa", "Glass bottle, plastic box"),
                    "ingredients": ("Mật ong rừng tràm nguyên chất", "Pure melaleuca forest honey"),
                    "shelf_life": ("12 đến 24 tháng", "12 to 24 months"),
                    "standards": "TCVN 5267-1:2008",
                },
                "price": None,
                "tags": (
                    ["mật ong", "mật ong rừng", "u minh thượng"],
                    [
                        "honey",
                        "forest honey",
                        "wild honey",
                        "melaleuca honey",
                        "honeycomb",
                        "comb honey",
                        "gift set",
                        "U Minh Thuong",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#c98a12",
            },
        ],
    },
    {
        "id": "co-so-kho-ca-sac-ran-ut-hanh",
        "name": ("Cơ sở sản xuất khô cá sặc rằn Út Hạnh", "Ut Hanh Dried Snakeskin Gourami Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Minh Hòa, xã Minh Thuận, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Minh Hoa Hamlet, Minh Thuan Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0943 528 617",
        "zalo": "0943 528 617",
        "email": "khosacuthanh@gmail.com",
        "website": "https://khocasacuminh.com",
        "representative": "Nguyễn Thị Hạnh",
        "story": (
            "Chị Hạnh theo mẹ làm khô cá sặc từ nhỏ và mở cơ sở riêng năm 2014. "
            "Mùa cao điểm cuối năm, cơ sở phơi gần một tấn cá mỗi ngày và tạo việc làm cho 15 lao động trong ấp.",
            "Ms Hanh helped her mother dry gourami as a child and opened her own workshop in 2014. "
            "In the year-end peak it dries almost a tonne of fish a day and employs 15 people from the hamlet.",
        ),
        "geo": (9.5620, 105.1310),
        "photo": True,
        "products": [
            {
                "id": "kho-ca-sac-ran-ut-hanh",
                "name": ("Khô cá sặc rằn Út Hạnh", "Ut Hanh dried snakeskin gourami"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khô cá sặc rằn U Minh Thượng, thịt dày, béo, vị mặn ngọt vừa phải.",
                    "Dried snakeskin gourami from U Minh Thuong, thick, rich and mildly salted.",
                ),
                "description": (
                    "Cá sặc rằn nuôi trong ao và ruộng ven rừng tràm được đánh vảy, bỏ ruột, ướp muối "
                    "và đường rồi **phơi nắng hai ngày** trên giàn lưới.\n\n"
                    "Con khô vàng óng, thịt dày và béo. Chiên giòn ăn với cơm trắng, nướng than xé trộn "
                    "gỏi xoài hoặc làm quà cho người đi xa đều được ưa chuộng.",
                    "Snakeskin gourami raised in ponds and fields beside the melaleuca forest are scaled, gutted, "
                    "salted and lightly sugared, then **sun-dried for two days** on mesh racks.\n\n"
                    "The fish turn golden, thick and rich. Fry them crisp with plain rice, grill and shred them into "
                    "green mango salad, or take them home as a gift.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum bag"),
                    "ingredients": ("Cá sặc rằn, muối, đường", "Snakeskin gourami, salt, sugar"),
                    "shelf_life": ("6 tháng (bảo quản lạnh)", "6 months (refrigerated)"),
                    "standards": "TCCS 01:2020/UH",
                },
                "price": (140000, 180000),
                "tags": (
                    ["khô cá sặc", "khô cá", "u minh thượng"],
                    ["dried gourami", "snakeskin gourami", "gourami", "dried fish", "U Minh Thuong"],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "fish",
                "colour": "#9c6b3c",
            },
            {
                "id": "bo-san-pham-kho-ca-sac-ran-ut-hanh",
                "name": ("Bộ sản phẩm khô cá sặc rằn Út Hạnh", "Ut Hanh dried snakeskin gourami set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá sặc rằn loại lớn", "Large dried snakeskin gourami"), "500 g"),
                    (("Khô cá sặc rằn rút xương", "Boneless dried snakeskin gourami"), "300 g"),
                    (("Khô cá sặc rằn tẩm ớt", "Chilli-seasoned dried snakeskin gourami"), "300 g"),
                ],
                "summary": (
                    "Ba kiểu khô cá sặc rằn cho bữa cơm gia đình, món nhậu và quà biếu.",
                    "Dried snakeskin gourami in three styles for family meals, snacks and gifts.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **khô sặc loại lớn**, **khô sặc rút xương** và **khô sặc tẩm ớt**, "
                    "cùng làm từ cá sặc rằn tươi và phơi trong ngày.\n\n"
                    "Khô rút xương tiện cho trẻ nhỏ, khô tẩm ớt ăn liền sau khi nướng, còn khô loại lớn "
                    "đóng hộp đẹp để làm quà.",
                    "The set holds **large dried gourami**, **boneless dried gourami** and **chilli-seasoned "
                    "dried gourami**, all from fresh fish dried on the day.\n\n"
                    "The boneless fish suit children, the chilli ones are eaten straight after grilling, and the "
                    "large fish come in a handsome box for gifts.",
                ),
                "specs": {
                    "packaging": ("Túi hút chân không, hộp giấy", "Vacuum bag, paper box"),
                    "ingredients": ("Cá sặc rằn, muối, đường, ớt", "Snakeskin gourami, salt, sugar, chilli"),
                    "shelf_life": ("6 tháng (bảo quản lạnh)", "6 months (refrigerated)"),
                    "standards": "TCCS 02:2020/UH",
                },
                "price": (120000, 200000),
                "tags": (
                    ["khô cá sặc", "quà biếu", "u minh thượng"],
                    [
                        "dried gourami",
                        "snakeskin gourami",
                        "gourami",
                        "dried fish",
                        "gift",
                        "gift set",
                        "U Minh Thuong",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#b8864b",
            },
        ],
    },
    {
        "id": "hkd-mam-ca-luoi-trau-ba-tu",
        "name": ("Hộ kinh doanh mắm cá lưỡi trâu Bà Tư", "Ba Tu Tongue Sole Fish Paste Household Business"),
        "type": "household",
        "address": (
            "Ấp Vĩnh Thành, xã Vĩnh Hòa, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Vinh Thanh Hamlet, Vinh Hoa Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0376 914 205",
        "zalo": "0376 914 205",
        "email": None,
        "website": None,
        "representative": "Phạm Thị Tư",
        "story": (
            "Bà Tư làm mắm cá lưỡi trâu hơn ba mươi năm, trước chỉ bán cho hàng xóm, nay có khách đặt từ khắp nơi. "
            "Con gái bà lo đóng gói, dán nhãn và bán hàng qua mạng.",
            "Ms Tu has made tongue sole fish paste for over thirty years, once only for neighbours, now for customers everywhere. "
            "Her daughter handles packing, labelling and online sales.",
        ),
        "geo": (9.6350, 105.1710),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-mam-ca-luoi-trau-ba-tu",
                "name": ("Bộ sản phẩm mắm cá lưỡi trâu Bà Tư", "Ba Tu tongue sole fish paste set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Mắm cá lưỡi trâu nguyên con", "Whole tongue sole fish paste"), "500 g"),
                    (("Mắm cá lưỡi trâu phi lê", "Filleted tongue sole fish paste"), "300 g"),
                    (("Mắm cá lưỡi trâu trộn đu đủ", "Tongue sole fish paste with green papaya"), "300 g"),
                ],
                "summary": (
                    "Mắm cá lưỡi trâu ủ thính, thịt mềm, thơm, có ba dạng dùng cho nhiều món.",
                    "Tongue sole fermented with toasted rice powder, tender and fragrant, in three forms.",
                ),
                "description": (
                    "Cá lưỡi trâu được làm sạch, ướp muối rồi **ủ thính** với đường thốt nốt khoảng hai tháng "
                    "cho thịt cá chín mềm và có màu vàng đỏ.\n\n"
                    "Bộ sản phẩm gồm mắm nguyên con để chưng hoặc chiên, mắm phi lê để ăn sống với rau, "
                    "và mắm trộn đu đủ bào sợi ăn liền.",
                    "The sole are cleaned, salted and **fermented with toasted rice powder** and palm sugar for "
                    "about two months, until the flesh is soft and reddish gold.\n\n"
                    "The set holds whole fish for steaming or frying, fillets to eat raw with herbs, and a "
                    "ready-to-eat mix with shredded green papaya.",
                ),
                "specs": {
                    "packaging": ("Hũ nhựa có nắp", "Plastic jar with lid"),
                    "ingredients": (
                        "Cá lưỡi trâu, muối, thính gạo, đường thốt nốt, đu đủ",
                        "Tongue sole, salt, toasted rice powder, palm sugar, papaya",
                    ),
                    "shelf_life": ("3 đến 6 tháng", "3 to 6 months"),
                },
                "price": (70000, 130000),
                "tags": (
                    ["mắm", "cá lưỡi trâu", "u minh thượng"],
                    ["fish paste", "fermented fish", "tongue sole", "sole", "fermented sole", "U Minh Thuong"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#b0683a",
            },
        ],
    },
    {
        "id": "htx-thuy-san-thanh-yen-a",
        "name": ("Hợp tác xã Thủy sản Thạnh Yên A", "Thanh Yen A Fisheries Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Tân Bình, xã Thạnh Yên A, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Tan Binh Hamlet, Thanh Yen A Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0297 3872 604",
        "zalo": "0962 145 738",
        "email": None,
        "website": None,
        "representative": "Danh Hoàng",
        "story": (
            "Hợp tác xã được thành lập năm 2020 để thu mua và chế biến vọp do bà con bắt dọc các kênh rạch ven rừng. "
            "Thành viên cam kết chỉ bắt vọp đủ lớn để giữ nguồn lợi lâu dài.",
            "The cooperative was formed in 2020 to buy and process the mangrove clams that villagers gather along the forest canals. "
            "Members agree to take only full-grown clams so the stock lasts.",
        ),
        "geo": (9.6760, 105.1040),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-vop-thanh-yen-a",
                "name": ("Bộ sản phẩm vọp Thạnh Yên A", "Thanh Yen A mangrove clam set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Vọp ngâm nước mắm", "Mangrove clams in fish sauce"), "500 g"),
                    (("Vọp sấy khô", "Dried mangrove clams"), "200 g"),
                    (("Thịt vọp làm sạch cấp đông", "Frozen cleaned clam meat"), "500 g"),
                ],
                "summary": (
                    "Vọp bắt tự nhiên ven rừng U Minh, chế biến thành vọp ngâm mắm, vọp khô và thịt vọp cấp đông.",
                    "Wild mangrove clams from the U Minh forest edge, in fish sauce, dried or as frozen meat.",
                ),
                "description": (
                    "Vọp sống vùi trong bùn dọc bờ kênh ven rừng, được bắt bằng tay rồi nuôi lưu cho sạch cát "
                    "trước khi luộc và tách thịt.\n\n"
                    "Bộ sản phẩm gồm **vọp ngâm nước mắm** ăn liền, **vọp sấy khô** để xào, nấu cháo và "
                    "thịt vọp cấp đông để nấu canh chua hoặc xào sả ớt.",
                    "The clams live buried in the mud of canal banks beside the forest. They are gathered by hand "
                    "and kept in clean water to purge sand before being boiled and shelled.\n\n"
                    "The set holds ready-to-eat **clams in fish sauce**, **dried clams** for stir-fries and porridge, "
                    "and frozen clam meat for sour soup or lemongrass-chilli stir-fry.",
                ),
                "specs": {
                    "packaging": ("Hũ nhựa, túi hút chân không", "Plastic jar, vacuum bag"),
                    "ingredients": (
                        "Vọp, nước mắm, muối, đường, tỏi, ớt",
                        "Mangrove clams, fish sauce, salt, sugar, garlic, chilli",
                    ),
                    "shelf_life": ("3 đến 12 tháng", "3 to 12 months"),
                    "standards": "TCCS 01:2022/TYA",
                },
                "price": (90000, 220000),
                "tags": (
                    ["vọp", "hải sản", "u minh thượng"],
                    ["mangrove clam", "clam", "dried clam", "shellfish", "seafood", "U Minh Thuong"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bowl",
                "colour": "#8a7560",
            },
        ],
    },
    {
        "id": "cong-ty-lua-gao-mot-bui-hoa-chanh",
        "name": ("Công ty TNHH Lúa gạo Một Bụi Hòa Chánh", "Hoa Chanh Mot Bui Rice Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Bào Sen, xã Hòa Chánh, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Bao Sen Hamlet, Hoa Chanh Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0297 3873 915",
        "zalo": "0909 537 142",
        "email": "info@gaomotbui.vn",
        "website": None,
        "representative": "Trương Thanh Tùng",
        "story": (
            "Giống lúa Một Bụi Đỏ từng gần như biến mất khi nông dân chuyển sang giống ngắn ngày. "
            "Công ty phục tráng giống cùng nông dân Hòa Chánh và bao tiêu toàn bộ lúa trồng trên ruộng tôm lúa.",
            "The Mot Bui Do rice variety had almost disappeared as farmers switched to short-season rice. "
            "The company restored it with Hoa Chanh farmers and buys the whole crop grown on their rice-shrimp fields.",
        ),
        "geo": (9.7215, 105.1580),
        "photo": False,
        "products": [
            {
                "id": "gao-mot-bui-do-hoa-chanh",
                "name": ("Gạo Một Bụi Đỏ Hòa Chánh", "Hoa Chanh Mot Bui Do red rice"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Gạo lứt đỏ từ giống lúa mùa Một Bụi Đỏ, mỗi năm chỉ trồng một vụ trên ruộng tôm lúa.",
                    "Red brown rice from the traditional Mot Bui Do variety, grown once a year on rice-shrimp fields.",
                ),
                "description": (
                    "**Một Bụi Đỏ** là giống lúa mùa cổ truyền, cao cây, chịu mặn, mỗi năm chỉ cấy một vụ "
                    "sau khi thu hoạch tôm. Ruộng hầu như không bón phân và không phun thuốc.\n\n"
                    "Gạo được xay dối giữ lớp cám đỏ, cơm mềm, thơm bùi và giàu chất xơ. Thích hợp cho "
                    "người ăn kiêng và bữa cơm gia đình.",
                    "**Mot Bui Do** is a tall, salt-tolerant traditional wet-season rice, transplanted only once a "
                    "year after the shrimp harvest. The fields get almost no fertiliser and no sprays.\n\n"
                    "The rice is lightly milled to keep its red bran, cooks soft with a nutty taste and is rich "
                    "in fibre, good for dieters and family meals alike.",
                ),
                "specs": {
                    "net_content": "2 kg",
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "ingredients": ("Gạo lứt Một Bụi Đỏ", "Mot Bui Do red brown rice"),
                    "shelf_life": ("9 tháng", "9 months"),
                    "standards": "TCCS 01:2021/HC",
                },
                "price": (70000, 90000),
                "tags": (
                    ["gạo", "một bụi đỏ", "gạo lứt", "u minh thượng"],
                    [
                        "rice",
                        "Mot Bui Do",
                        "red rice",
                        "brown rice",
                        "red brown rice",
                        "traditional rice",
                        "U Minh Thuong",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#a0413c",
            },
        ],
    },
    {
        "id": "dntn-dac-san-rung-tram",
        "name": ("Doanh nghiệp tư nhân Đặc sản Rừng Tràm", "Rung Tram Specialities Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Kinh Năm, xã Thạnh Yên, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Kinh Nam Hamlet, Thanh Yen Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0297 3872 318",
        "zalo": "0933 706 284",
        "email": None,
        "website": None,
        "representative": "Mai Văn Tiến",
        "story": None,
        "geo": (9.7080, 105.0710),
        "photo": False,
        "products": [
            {
                "id": "dua-bon-bon-rung-tram",
                "name": ("Dưa bồn bồn Rừng Tràm", "Rung Tram pickled cattail shoots"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Dưa chua làm từ củ hũ bồn bồn mọc hoang ven rừng tràm, giòn và chua dịu.",
                    "Pickled hearts of wild cattail from the melaleuca forest, crunchy and mildly sour.",
                ),
                "description": (
                    "**Bồn bồn** mọc hoang trên đất ngập nước ven rừng tràm. Người dân nhổ cây, lột bỏ bẹ già "
                    "lấy phần lõi trắng non rồi muối chua với tỏi, ớt và đường.\n\n"
                    "Dưa bồn bồn giòn sần sật, chua dịu, ăn kèm thịt kho, cá kho hoặc làm gỏi tôm thịt. "
                    "Sản phẩm không dùng chất bảo quản.",
                    "**Cattails** grow wild in the wetlands beside the melaleuca forest. Villagers pull the plants, "
                    "strip the old sheaths and keep the tender white hearts, which are pickled with garlic, chilli and sugar.\n\n"
                    "The pickle is crunchy and gently sour, served with braised pork or fish, or in a shrimp and pork salad. "
                    "It contains no preservatives.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": (
                        "Củ hũ bồn bồn, tỏi, ớt, đường, muối",
                        "Cattail hearts, garlic, chilli, sugar, salt",
                    ),
                    "shelf_life": ("3 tháng", "3 months"),
                },
                "price": None,
                "tags": (
                    ["bồn bồn", "dưa chua", "u minh thượng"],
                    ["cattail", "bon bon", "cattail shoot", "pickle", "pickled vegetable", "U Minh Thuong"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#c9d08a",
            },
        ],
    },
    {
        "id": "hkd-mam-ca-sac-hai-dong",
        "name": ("Hộ kinh doanh mắm cá sặc Hai Đông", "Hai Dong Gourami Fish Paste Household Business"),
        "type": "household",
        "address": (
            "Ấp Minh Thành, xã Minh Thuận, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Minh Thanh Hamlet, Minh Thuan Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0327 640 519",
        "zalo": None,
        "email": None,
        "website": None,
        "representative": "Lý Văn Đông",
        "story": None,
        "geo": (9.5480, 105.1180),
        "photo": False,
        "products": [
            {
                "id": "mam-ca-sac-ran-hai-dong",
                "name": ("Mắm cá sặc rằn Hai Đông", "Hai Dong snakeskin gourami fish paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá sặc rằn ủ thính, thịt chắc, thơm, đậm vị miền rừng tràm.",
                    "Snakeskin gourami paste fermented with toasted rice powder, firm and fragrant.",
                ),
                "description": (
                    "Cá sặc rằn cỡ vừa được làm sạch, ướp muối trong ba ngày rồi rửa lại, trộn **thính gạo rang** "
                    "và đường thốt nốt, ủ trong khạp kín khoảng hai tháng.\n\n"
                    "Mắm sặc có thịt chắc, màu vàng nâu, mùi thơm đặc trưng. Dùng để kho, chưng trứng, "
                    "nấu lẩu mắm hoặc trộn đu đủ bào.",
                    "Medium snakeskin gourami are cleaned and salted for three days, rinsed, mixed with "
                    "**toasted rice powder** and palm sugar and sealed in jars for about two months.\n\n"
                    "The paste is firm and golden brown with a distinctive aroma. Braise it, steam it with eggs, "
                    "cook it into fermented-fish hotpot or toss it with shredded papaya.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ nhựa có nắp", "Plastic jar with lid"),
                    "ingredients": (
                        "Cá sặc rằn, muối, thính gạo, đường thốt nốt",
                        "Snakeskin gourami, salt, toasted rice powder, palm sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                },
                "price": None,
                "tags": (
                    ["mắm", "cá sặc", "u minh thượng"],
                    ["fish paste", "fermented fish", "gourami", "snakeskin gourami", "U Minh Thuong"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#8a5a33",
            },
        ],
    },
    {
        "id": "co-so-sap-ong-ba-lua",
        "name": ("Cơ sở sản xuất sản phẩm sáp ong Ba Lụa", "Ba Lua Beeswax Products Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Minh Tân, xã An Minh Bắc, huyện U Minh Thượng, tỉnh Kiên Giang",
            "Minh Tan Hamlet, An Minh Bac Commune, U Minh Thuong District, Kien Giang Province",
        ),
        "phone": "0707 318 462",
        "zalo": "0707 318 462",
        "email": "sapongbalua@gmail.com",
        "website": None,
        "representative": "Trần Thị Lụa",
        "story": None,
        "geo": (9.6420, 105.0210),
        "photo": False,
        "products": [
            {
                "id": "son-duong-sap-ong-ba-lua",
                "name": ("Son dưỡng môi sáp ong keo ong Ba Lụa", "Ba Lua beeswax and propolis lip balm"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Son dưỡng môi từ sáp ong và keo ong rừng tràm, giữ ẩm và làm dịu môi khô nẻ.",
                    "A lip balm of melaleuca-forest beeswax and propolis that moisturises and soothes chapped lips.",
                ),
                "description": (
                    "Sáp ong và **keo ong** được thu từ tổ ong rừng sau khi vắt mật, nấu lọc nhiều lần cho sạch "
                    "rồi phối với dầu dừa và vitamin E.\n\n"
                    "Son không màu, không hương liệu tổng hợp, dùng được cho cả nam và nữ. Thoa nhiều lần "
                    "trong ngày giúp môi mềm, hạn chế nứt nẻ khi trời hanh khô.",
                    "Beeswax and **propolis** are collected from wild combs after the honey is pressed, melted and "
                    "filtered several times, then blended with coconut oil and vitamin E.\n\n"
                    "The balm is colourless and free of synthetic fragrance, for men and women alike. Apply it "
                    "several times a day to keep lips soft and prevent cracking in dry weather.",
                ),
                "specs": {
                    "net_content": "5 g",
                    "packaging": ("Thỏi nhựa có nắp", "Plastic twist tube"),
                    "ingredients": (
                        "Sáp ong, keo ong, dầu dừa, vitamin E",
                        "Beeswax, propolis, coconut oil, vitamin E",
                    ),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCCS 01:2022/BL",
                },
                "price": (45000, 55000),
                "tags": (
                    ["sáp ong", "keo ong", "son dưỡng"],
                    ["beeswax", "propolis", "lip balm", "lip care", "natural cosmetics", "skin care", "skincare"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "drop",
                "colour": "#e3b04b",
            },
        ],
    },
]
