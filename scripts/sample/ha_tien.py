"""Sample facilities and products of Hà Tiên (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "ha-tien"
FACILITIES = [
    {
        "id": "cha-ca-muoi-huong",
        "name": ("Cơ sở sản xuất chả cá Mười Hương", "Muoi Huong Fish Cake Workshop"),
        "type": "workshop",
        "address": (
            "Khu phố 2, phường Tô Châu, thành phố Hà Tiên, tỉnh Kiên Giang",
            "Quarter 2, To Chau Ward, Ha Tien City, Kien Giang Province",
        ),
        "phone": "0297 3852 614",
        "zalo": "0917 428 503",
        "email": "chacamuoihuong@gmail.com",
        "website": None,
        "representative": "Lý Thị Hương",
        "story": (
            "Bà Mười Hương bán chả cá ở chợ Hà Tiên hơn 20 năm trước khi mở xưởng riêng năm 2016. Xưởng nhận cá "
            "thu, cá nhồng tươi từ ghe cập bến Tô Châu mỗi sáng và quết chả bằng máy có làm lạnh.",
            "Mrs Muoi Huong sold fish cakes at the Ha Tien market for over 20 years before opening her own "
            "workshop in 2016. Every morning it takes fresh mackerel and barracuda from the boats landing at To "
            "Chau and grinds the paste in chilled machines.",
        ),
        "geo": (10.3905, 104.5012),
        "photo": True,
        "products": [
            {
                "id": "cha-ca-thu-muoi-huong",
                "name": ("Chả cá thu Mười Hương", "Muoi Huong mackerel fish cake"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Chả cá thu quết tay, dai giòn, đóng khay hút chân không.",
                    "Springy mackerel fish cake, vacuum-packed on a tray.",
                ),
                "description": (
                    "Thịt cá thu tươi được lọc bỏ da xương, quết cùng muối, tiêu và hành tím đến khi dẻo rồi chiên "
                    "vàng. Chả không dùng hàn the, không pha bột.\n\n"
                    "Chả dai giòn, ngọt thịt cá, dùng ăn với bánh mì, nấu bún cá hoặc **canh chua**. Bảo quản ngăn "
                    "đông, rã đông rồi chiên lại là dùng được.",
                    "Fresh mackerel is skinned and boned, then pounded with salt, pepper and shallots until elastic "
                    "and fried golden. No borax or starch filler is used.\n\n"
                    "The cake is springy and sweet with fish; eat it in a baguette, in fish noodle soup or in **sour "
                    "soup**. Keep frozen, thaw and pan-fry to serve.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Khay nhựa hút chân không", "Vacuum-packed tray"),
                    "ingredients": (
                        "Thịt cá thu, muối, đường, tiêu, hành tím",
                        "Mackerel, salt, sugar, pepper, shallots",
                    ),
                    "shelf_life": ("6 tháng ở -18 °C", "6 months at -18 °C"),
                    "standards": "TCCS 01:2022/MH",
                },
                "price": (95000, 120000),
                "tags": (
                    ["chả cá", "cá thu", "hà tiên"],
                    ["fish cake", "mackerel", "fish paste", "seafood", "Ha Tien"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e0b46e",
            },
            {
                "id": "bo-san-pham-cha-ca-muoi-huong",
                "name": ("Bộ sản phẩm chả cá Mười Hương", "Muoi Huong fish cake set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Chả cá chiên", "Fried fish cake"), "500 g"),
                    (("Chả cá hấp", "Steamed fish cake"), "500 g"),
                    (("Chả cá viên", "Fish balls"), "500 g"),
                ],
                "summary": (
                    "Chả cá chiên, chả cá hấp và cá viên từ cùng một mẻ chả cá biển.",
                    "Fried fish cake, steamed fish cake and fish balls from the same batch of sea fish paste.",
                ),
                "description": (
                    "Ba sản phẩm cùng làm từ chả cá thu và cá nhồng quết sẵn, chỉ khác cách chế biến: chiên vàng, "
                    "hấp lá chuối hoặc vo viên luộc.\n\n"
                    "Bộ sản phẩm tiện cho bếp gia đình và quán ăn, nấu được **bún cá Hà Tiên**, lẩu hoặc món chiên "
                    "ăn kèm cơm.",
                    "All three are made from the same mackerel and barracuda paste and differ only in cooking: fried "
                    "golden, steamed in banana leaf, or rolled into balls and boiled.\n\n"
                    "The set suits home kitchens and eateries alike, for **Ha Tien fish noodle soup**, hotpot or "
                    "fried dishes with rice.",
                ),
                "specs": {
                    "packaging": ("Khay nhựa hút chân không", "Vacuum-packed trays"),
                    "ingredients": (
                        "Thịt cá thu, cá nhồng, muối, đường, tiêu",
                        "Mackerel, barracuda, salt, sugar, pepper",
                    ),
                    "shelf_life": ("6 tháng ở -18 °C", "6 months at -18 °C"),
                    "standards": "TCCS 01:2022/MH",
                },
                "price": (85000, 120000),
                "tags": (
                    ["chả cá", "cá viên", "hà tiên"],
                    ["fish cake", "fish ball", "fishball", "seafood", "Ha Tien"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#d9a35a",
            },
        ],
    },
    {
        "id": "hai-san-kho-hai-tac",
        "name": ("Hộ kinh doanh Hải sản khô Hải Tặc", "Hai Tac Dried Seafood Household Business"),
        "type": "household",
        "address": (
            "Ấp Hòn Đước, xã Tiên Hải, thành phố Hà Tiên, tỉnh Kiên Giang",
            "Hon Duoc Hamlet, Tien Hai Commune, Ha Tien City, Kien Giang Province",
        ),
        "phone": "0962 741 385",
        "zalo": "0962 741 385",
        "email": None,
        "website": None,
        "representative": "Trương Văn Hải",
        "story": (
            "Gia đình ông Hải sống bằng nghề lưới ở quần đảo Hải Tặc đã ba đời. Cá đánh bắt gần bờ được làm khô "
            "ngay trên đảo, nơi gió biển và nắng giúp khô cá nhanh, thơm.",
            "Mr Hai's family has fished with nets around the Hai Tac islands for three generations. Fish caught "
            "near the shore is dried right on the island, where sea breeze and sun dry it fast and sweet-smelling.",
        ),
        "geo": (10.2955, 104.3397),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-kho-ca-hai-tac",
                "name": ("Bộ sản phẩm khô cá biển Hải Tặc", "Hai Tac dried sea fish set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá đù", "Dried croaker"), "500 g"),
                    (("Khô cá chỉ vàng", "Dried yellowstripe scad"), "500 g"),
                    (("Khô cá nhồng", "Dried barracuda"), "500 g"),
                ],
                "summary": (
                    "Ba loại khô cá biển phơi một nắng ở quần đảo Hải Tặc.",
                    "Three sea fish, lightly sun-dried on the Hai Tac islands.",
                ),
                "description": (
                    "Cá đù, cá chỉ vàng và cá nhồng được làm sạch, ướp muối nhạt rồi phơi trên giàn lưới giữa "
                    "biển. Khô vừa tới, **ít mặn**, thịt còn mềm.\n\n"
                    "Chỉ cần chiên hoặc nướng sơ, ăn với cơm trắng, cháo hay làm mồi nhắm. Mỗi loại đóng túi hút "
                    "chân không riêng.",
                    "Croaker, yellowstripe scad and barracuda are cleaned, lightly salted and dried on net racks out "
                    "at sea. They are dried just enough, **mildly salted** and still tender.\n\n"
                    "Simply fry or grill them briefly and serve with rice, rice porridge or drinks. Each fish is "
                    "vacuum-packed separately.",
                ),
                "specs": {
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bags"),
                    "ingredients": ("Cá biển, muối", "Sea fish, salt"),
                    "shelf_life": ("6 tháng ở ngăn mát", "6 months refrigerated"),
                },
                "price": (120000, 180000),
                "tags": (
                    ["khô cá", "hải sản khô", "hải tặc"],
                    [
                        "dried fish",
                        "dried seafood",
                        "sea fish",
                        "croaker",
                        "scad",
                        "barracuda",
                        "Hai Tac",
                        "Hai Tac Islands",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#c8a063",
            },
        ],
    },
    {
        "id": "thuy-san-thuan-yen",
        "name": ("Hợp tác xã Thủy sản Thuận Yên", "Thuan Yen Fisheries Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Ngã Tư, xã Thuận Yên, thành phố Hà Tiên, tỉnh Kiên Giang",
            "Nga Tu Hamlet, Thuan Yen Commune, Ha Tien City, Kien Giang Province",
        ),
        "phone": "0358 162 947",
        "zalo": "0358 162 947",
        "email": None,
        "website": None,
        "representative": "Tô Văn Đức",
        "story": None,
        "geo": (10.3688, 104.5386),
        "photo": False,
        "products": [
            {
                "id": "mam-ca-com-thuan-yen",
                "name": ("Mắm cá cơm Thuận Yên", "Thuan Yen fermented anchovy paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá cơm ủ chượp theo lối làng biển Hà Tiên.",
                    "Anchovies fermented the way Ha Tien's fishing villages do it.",
                ),
                "description": (
                    "Cá cơm tươi được trộn muối, nén chặt trong khạp sành và ủ khoảng **sáu tháng** cho đến khi "
                    "thịt cá mềm, có màu nâu đỏ và mùi thơm đặc trưng.\n\n"
                    "Mắm cá cơm dùng để chưng thịt, kho quẹt, làm mắm chưng trứng hoặc ăn kèm rau sống, dưa leo. "
                    "Đóng hũ thủy tinh, giữ lạnh sau khi mở nắp.",
                    None,
                ),
                "specs": {
                    "net_content": "400 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("12 tháng", "12 months"),
                },
                "price": None,
                "tags": (
                    ["mắm", "cá cơm", "hà tiên"],
                    ["fish paste", "fermented fish", "anchovy", "anchovy paste", "fermented anchovy", "Ha Tien"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#8a5a3c",
            },
        ],
    },
    {
        "id": "hai-san-dong-ho",
        "name": ("Doanh nghiệp tư nhân Hải sản Đông Hồ", "Dong Ho Seafood Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Khu phố 3, phường Đông Hồ, thành phố Hà Tiên, tỉnh Kiên Giang",
            "Quarter 3, Dong Ho Ward, Ha Tien City, Kien Giang Province",
        ),
        "phone": "0297 3955 287",
        "zalo": "0903 518 274",
        "email": "haisandongho@gmail.com",
        "website": "https://haisandongho.vn",
        "representative": "Quách Minh Trí",
        "story": (
            "Doanh nghiệp mở năm 2014 bên đầm Đông Hồ, thu mua tôm từ các ghe cào nhỏ trong vùng. Lò sấy dùng "
            "nhiệt gián tiếp giúp tôm khô đều màu ngay cả trong mùa mưa.",
            "The enterprise opened in 2014 beside the Dong Ho lagoon and buys shrimp from the area's small trawl "
            "boats. Its indirect-heat dryer keeps the colour of the shrimp even throughout the rainy season.",
        ),
        "geo": (10.3801, 104.4905),
        "photo": False,
        "products": [
            {
                "id": "tom-kho-dong-ho",
                "name": ("Tôm khô Đông Hồ", "Dong Ho dried shrimp"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Tôm biển luộc muối nhạt, sấy khô, bóc vỏ, màu đỏ cam tự nhiên.",
                    "Sea shrimp boiled in light brine, dried and peeled, naturally orange-red.",
                ),
                "description": (
                    "Tôm tươi được luộc với nước muối nhạt, phơi nắng rồi sấy bổ sung, sau đó **bóc vỏ bằng máy** "
                    "và lựa tay từng con. Không dùng phẩm màu.\n\n"
                    "Tôm khô ngọt, thơm, dùng nấu canh, xào, trộn gỏi hoặc ăn với củ kiệu ngày Tết. Đóng túi zip "
                    "có cửa sổ để thấy hàng.",
                    "Fresh shrimp are boiled in light brine, sun-dried and finished in a dryer, then **peeled by "
                    "machine** and sorted by hand. No colouring is used.\n\n"
                    "The shrimp are sweet and fragrant for soups, stir-fries, salads or with pickled shallots at "
                    "Tet. They come in a zip bag with a window.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Túi zip có cửa sổ", "Zip bag with window"),
                    "ingredients": ("Tôm biển, muối", "Sea shrimp, salt"),
                    "shelf_life": ("9 tháng", "9 months"),
                    "standards": "TCCS 01:2021/DH",
                },
                "price": (250000, 320000),
                "tags": (["tôm khô", "hải sản khô", "hà tiên"], ["dried shrimp", "shrimp", "dried seafood", "Ha Tien"]),
                "first_entry": True,
                "featured": False,
                "expires": "2025-11-20",
                "shape": "pack",
                "colour": "#e07a4a",
            },
        ],
    },
    {
        "id": "thuc-pham-phao-dai",
        "name": ("Công ty TNHH Thực phẩm Pháo Đài", "Phao Dai Food Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Khu phố 1, phường Pháo Đài, thành phố Hà Tiên, tỉnh Kiên Giang",
            "Quarter 1, Phao Dai Ward, Ha Tien City, Kien Giang Province",
        ),
        "phone": "0297 3959 612",
        "zalo": None,
        "email": "info@thucphamphaodai.com.vn",
        "website": "https://thucphamphaodai.com.vn",
        "representative": "Võ Thị Kim Loan",
        "story": None,
        "geo": (10.3716, 104.4752),
        "photo": False,
        "products": [
            {
                "id": "muc-mot-nang-phao-dai",
                "name": ("Mực một nắng Pháo Đài", "Phao Dai one-sun dried squid"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mực ống phơi đúng một nắng, thịt mềm ngọt, trữ đông.",
                    "Squid dried for a single day in the sun, tender and sweet, kept frozen.",
                ),
                "description": (
                    "Mực ống tươi được xẻ, rửa nước biển sạch và phơi trọn **một nắng** để se mặt mà thịt bên "
                    "trong vẫn mềm. Sau đó mực được cấp đông ngay.\n\n"
                    "Nướng than hoặc chiên sơ, chấm tương ớt hay muối tiêu chanh. Rã đông trong ngăn mát trước khi "
                    "chế biến để giữ độ ngọt.",
                    "Fresh squid are split, rinsed in clean seawater and dried for a single **day in the sun**, "
                    "firming the surface while the flesh stays tender. They are then frozen at once.\n\n"
                    "Grill over charcoal or pan-fry briefly and dip in chilli sauce or pepper, salt and lime. Thaw "
                    "in the fridge before cooking to keep the sweetness.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
                    "ingredients": ("Mực ống, muối", "Squid, salt"),
                    "shelf_life": ("6 tháng ở -18 °C", "6 months at -18 °C"),
                },
                "price": None,
                "tags": (
                    ["mực một nắng", "hà tiên"],
                    ["squid", "dried squid", "one-sun dried squid", "sun-dried squid", "seafood", "Ha Tien"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e9cfa8",
            },
        ],
    },
]
