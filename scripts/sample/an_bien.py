"""Sample facilities and products of An Biên (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "an-bien"
FACILITIES = [
    {
        "id": "htx-thuy-san-nam-yen",
        "name": ("Hợp tác xã Thủy sản Nam Yên", "Nam Yen Fisheries Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Xẻo Đước 1, xã Nam Yên, huyện An Biên, tỉnh Kiên Giang",
            "Xeo Duoc 1 Hamlet, Nam Yen Commune, An Bien District, Kien Giang Province",
        ),
        "phone": "0297 3879 264",
        "zalo": "0913 825 407",
        "email": "htxthuysannamyen@gmail.com",
        "website": "https://tomkhonamyen.vn",
        "representative": "Võ Văn Tám",
        "story": (
            "Hợp tác xã gom tôm đất từ các vuông tôm lúa của 58 thành viên dọc bờ biển Nam Yên. "
            "Nhờ lò sấy năng lượng mặt trời đầu tư năm 2021, tôm khô của hợp tác xã sạch bụi và đều màu hơn phơi sân.",
            "The cooperative collects wild-type shrimp from the rice-shrimp ponds of its 58 members along the Nam Yen coast. "
            "A solar dryer installed in 2021 gives cleaner, more evenly coloured dried shrimp than drying in the yard.",
        ),
        "geo": (9.8432, 105.0315),
        "photo": True,
        "products": [
            {
                "id": "tom-kho-nam-yen",
                "name": ("Tôm khô Nam Yên", "Nam Yen dried shrimp"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Tôm đất nuôi trong vuông tôm lúa, luộc và sấy khô, thịt chắc, ngọt tự nhiên.",
                    "Shrimp raised in rice-shrimp ponds, boiled and dried, firm and naturally sweet.",
                ),
                "description": (
                    "**Tôm khô Nam Yên** làm từ tôm đất thu hoạch trong vuông tôm lúa ven biển An Biên. "
                    "Tôm được luộc với muối hột, sấy bằng lò năng lượng mặt trời rồi lột vỏ bằng máy.\n\n"
                    "Con tôm đỏ tươi, khô đều, không dùng phẩm màu hay chất bảo quản. Dùng ăn với củ kiệu, "
                    "nấu canh hoặc làm gỏi đều ngon.",
                    "**Nam Yen dried shrimp** is made from shrimp harvested in the coastal rice-shrimp ponds of "
                    "An Bien. The shrimp are boiled with sea salt, dried in a solar dryer and shelled by machine.\n\n"
                    "They are bright red and evenly dried, with no colourings or preservatives. Eat them with "
                    "pickled shallots, in soups or in salads.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Túi zip hút chân không", "Vacuum-sealed zip bag"),
                    "ingredients": ("Tôm đất, muối", "Shrimp, salt"),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 01:2021/NY",
                },
                "price": (320000, 450000),
                "tags": (["tôm khô", "an biên"], ["dried shrimp", "shrimp", "dried seafood", "An Bien"]),
                "first_entry": True,
                "featured": False,
                "expires": "2025-11-20",
                "shape": "pack",
                "colour": "#e07a4f",
            },
            {
                "id": "bo-san-pham-tom-kho-nam-yen",
                "name": ("Bộ sản phẩm tôm khô Nam Yên", "Nam Yen dried shrimp set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Tôm khô loại 1", "Grade 1 dried shrimp"), "250 g"),
                    (("Tôm khô loại 2", "Grade 2 dried shrimp"), "250 g"),
                    (("Tôm khô nguyên vỏ", "Unshelled dried shrimp"), "500 g"),
                ],
                "summary": (
                    "Ba loại tôm khô phân theo cỡ và cách sơ chế, từ tôm lớn làm quà đến tôm nguyên vỏ nấu ăn.",
                    "Three dried shrimp grades by size and preparation, from large gift shrimp to unshelled cooking shrimp.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **tôm khô loại 1** con lớn, **tôm khô loại 2** con vừa và **tôm khô nguyên vỏ**, "
                    "cùng nguồn tôm đất và cùng quy trình luộc, sấy của hợp tác xã.\n\n"
                    "Tôm loại 1 thường dùng làm quà biếu, loại 2 hợp nấu canh, xào rau, còn tôm nguyên vỏ "
                    "giữ vị ngọt đậm khi kho hoặc rang.",
                    "The set holds large **grade 1 dried shrimp**, medium **grade 2 dried shrimp** and "
                    "**unshelled dried shrimp**, all from the same ponds and the same boiling and drying process.\n\n"
                    "Grade 1 is usually given as a gift, grade 2 suits soups and stir-fries, and the unshelled "
                    "shrimp keep a rich sweetness when braised or pan-roasted.",
                ),
                "specs": {
                    "packaging": ("Túi zip hút chân không", "Vacuum-sealed zip bag"),
                    "ingredients": ("Tôm đất, muối", "Shrimp, salt"),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 01:2021/NY",
                },
                "price": None,
                "tags": (
                    ["tôm khô", "quà biếu", "an biên"],
                    ["dried shrimp", "shrimp", "dried seafood", "gift", "gift set", "An Bien"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#d9653b",
            },
        ],
    },
    {
        "id": "co-so-ba-khia-tu-hau",
        "name": ("Cơ sở sản xuất ba khía muối Tư Hậu", "Tu Hau Salted Crab Workshop"),
        "type": "workshop",
        "address": (
            "Khu phố 2, thị trấn Thứ Ba, huyện An Biên, tỉnh Kiên Giang",
            "Quarter 2, Thu Ba Town, An Bien District, Kien Giang Province",
        ),
        "phone": "0919 436 852",
        "zalo": "0919 436 852",
        "email": "bakhiatuhau@gmail.com",
        "website": None,
        "representative": "Lâm Thị Hậu",
        "story": (
            "Bà Hậu bắt đầu muối ba khía bán ở chợ Thứ Ba từ năm 1998. "
            "Đến nay cơ sở thu mua ba khía của hơn 30 hộ đánh bắt ven rừng phòng hộ và giao hàng đi nhiều tỉnh.",
            "Ms Hau began salting ba khia crabs for Thu Ba market in 1998. "
            "Today the workshop buys crabs from more than 30 households who catch them along the protective mangrove forest, and ships to many provinces.",
        ),
        "geo": (9.8118, 105.0607),
        "photo": False,
        "products": [
            {
                "id": "ba-khia-muoi-tu-hau",
                "name": ("Ba khía muối Tư Hậu", "Tu Hau salted ba khia crab"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Ba khía bắt ven rừng ngập mặn, muối nguyên con theo cách truyền thống của vùng biển An Biên.",
                    "Small mangrove crabs caught along the coast and salted whole, the traditional An Bien way.",
                ),
                "description": (
                    "Ba khía được bắt vào mùa nước rong, rửa sạch bùn rồi ngâm trong **nước muối hột** "
                    "đun sôi để nguội từ ba đến năm ngày cho thấm đều.\n\n"
                    "Thịt càng chắc, gạch béo, vị mặn mòi đặc trưng. Trước khi ăn chỉ cần trộn thêm tỏi, "
                    "ớt, đường và chanh, dùng kèm cơm trắng hoặc cháo.",
                    "The crabs are caught at spring tide, washed of mud and soaked in boiled and cooled "
                    "**sea-salt brine** for three to five days until evenly salted.\n\n"
                    "The claws are firm, the roe rich, and the taste pleasantly salty. Before eating, toss "
                    "them with garlic, chilli, sugar and lime, and serve with plain rice or rice porridge.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ nhựa có nắp", "Plastic jar with lid"),
                    "ingredients": ("Ba khía, muối hột", "Ba khia crab, sea salt"),
                    "shelf_life": ("3 tháng", "3 months"),
                    "standards": "TCCS 01:2020/TH",
                },
                "price": (60000, 80000),
                "tags": (
                    ["ba khía", "mắm", "an biên"],
                    ["ba khia", "salted crab", "crab", "mangrove crab", "fermented seafood", "An Bien"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#7a3b2e",
            },
            {
                "id": "bo-san-pham-ba-khia-tron-tu-hau",
                "name": ("Bộ sản phẩm ba khía trộn Tư Hậu", "Tu Hau seasoned ba khia crab set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Ba khía trộn tỏi ớt", "Ba khia crab with garlic and chilli"), "300 g"),
                    (("Ba khía trộn sả tắc", "Ba khia crab with lemongrass and kumquat"), "300 g"),
                    (("Ba khía trộn me", "Ba khia crab with tamarind"), "300 g"),
                ],
                "summary": (
                    "Ba khía muối trộn sẵn ba vị, mở nắp là ăn được ngay.",
                    "Salted ba khia crab ready-seasoned in three flavours, to eat straight from the jar.",
                ),
                "description": (
                    "Từ ba khía muối của cơ sở, bộ sản phẩm được trộn sẵn theo ba công thức: **tỏi ớt**, "
                    "**sả tắc** và **me chua ngọt**.\n\n"
                    "Ba khía được tách mai, bẻ đôi cho dễ ăn và đựng trong hũ thủy tinh kín. "
                    "Sản phẩm cần bảo quản ngăn mát tủ lạnh và dùng hết trong một tháng sau khi mở nắp.",
                    "Made from the workshop's salted crabs, the set comes ready-mixed in three recipes: "
                    "**garlic and chilli**, **lemongrass and kumquat**, and **sweet-sour tamarind**.\n\n"
                    "The crabs are opened and halved for easy eating and packed in sealed glass jars. "
                    "Keep them refrigerated and finish within a month of opening.",
                ),
                "specs": {
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": (
                        "Ba khía, muối, tỏi, ớt, sả, tắc, me, đường",
                        "Ba khia crab, salt, garlic, chilli, lemongrass, kumquat, tamarind, sugar",
                    ),
                    "shelf_life": ("2 tháng (bảo quản lạnh)", "2 months (refrigerated)"),
                    "standards": "TCCS 02:2020/TH",
                },
                "price": (55000, 90000),
                "tags": (
                    ["ba khía", "ba khía trộn", "an biên"],
                    ["ba khia", "seasoned ba khia", "salted crab", "crab", "ready to eat", "An Bien"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#b5462f",
            },
        ],
    },
    {
        "id": "hkd-mam-tom-cha-bay-le",
        "name": ("Hộ kinh doanh mắm tôm chà Bảy Lệ", "Bay Le Shrimp Paste Household Business"),
        "type": "household",
        "address": (
            "Ấp Xẻo Quao, xã Tây Yên, huyện An Biên, tỉnh Kiên Giang",
            "Xeo Quao Hamlet, Tay Yen Commune, An Bien District, Kien Giang Province",
        ),
        "phone": "0386 219 547",
        "zalo": "0386 219 547",
        "email": None,
        "website": None,
        "representative": "Huỳnh Thị Lệ",
        "story": (
            "Công thức mắm tôm chà được bà Lệ giữ từ thời bà ngoại, mỗi mẻ vẫn chà tôm bằng tay trong thau gỗ. "
            "Hộ kinh doanh làm khoảng hai tấn mắm mỗi năm, chủ yếu bán qua Zalo và các chợ quê.",
            "Ms Le keeps her grandmother's recipe for shrimp paste, and every batch is still rubbed by hand in a wooden basin. "
            "The household makes about two tonnes a year, sold mostly through Zalo and village markets.",
        ),
        "geo": (9.8806, 105.0712),
        "photo": False,
        "products": [
            {
                "id": "mam-tom-cha-bay-le",
                "name": ("Mắm tôm chà Bảy Lệ", "Bay Le rubbed shrimp paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm tôm chà màu đỏ cam, vị mặn ngọt hài hòa, làm từ tôm đất tươi của vùng tôm lúa.",
                    "Orange-red rubbed shrimp paste, balanced salty and sweet, made from fresh rice-field shrimp.",
                ),
                "description": (
                    "Tôm đất tươi được lặt đầu, trộn muối và **chà nhuyễn bằng tay**, sau đó trộn tỏi, ớt, "
                    "đường và một ít rượu nếp rồi ủ nắng khoảng hai tuần.\n\n"
                    "Mắm có màu đỏ cam tự nhiên, sánh mịn, thơm mùi tôm. Ăn kèm thịt luộc, "
                    "dưa leo hoặc chấm xoài xanh đều hợp.",
                    "Fresh shrimp are headed, salted and **rubbed smooth by hand**, then mixed with garlic, "
                    "chilli, sugar and a little glutinous rice wine and left to mature in the sun for about two weeks.\n\n"
                    "The paste is naturally orange-red, thick and smooth, with a strong shrimp aroma. It goes "
                    "well with boiled pork, cucumber or green mango.",
                ),
                "specs": {
                    "net_content": "400 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": (
                        "Tôm đất, muối, tỏi, ớt, đường, rượu nếp",
                        "Shrimp, salt, garlic, chilli, sugar, glutinous rice wine",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                },
                "price": (70000, 90000),
                "tags": (
                    ["mắm tôm chà", "mắm", "an biên"],
                    [
                        "shrimp paste",
                        "rubbed shrimp paste",
                        "fermented shrimp",
                        "fermented seafood",
                        "condiment",
                        "An Bien",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#d2593a",
            },
        ],
    },
    {
        "id": "cong-ty-thuy-san-bien-tay-an-bien",
        "name": ("Công ty TNHH Thủy sản Biển Tây An Biên", "Bien Tay An Bien Seafood Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Kênh Mới, xã Nam Thái A, huyện An Biên, tỉnh Kiên Giang",
            "Kenh Moi Hamlet, Nam Thai A Commune, An Bien District, Kien Giang Province",
        ),
        "phone": "0297 3877 590",
        "zalo": "0908 514 263",
        "email": "info@bientayanbien.com.vn",
        "website": "https://bientayanbien.com.vn",
        "representative": "Nguyễn Quốc Thái",
        "story": (
            "Công ty liên kết với hơn 120 hộ nuôi sò huyết trên bãi bồi ven biển Nam Thái A. "
            "Xưởng chế biến đạt chứng nhận HACCP năm 2022, giúp sò huyết của bà con có đầu ra ổn định quanh năm.",
            "The company works with more than 120 households farming blood cockles on the Nam Thai A mudflats. "
            "Its processing plant gained HACCP certification in 2022, giving the farmers a steady market all year.",
        ),
        "geo": (9.7608, 104.9935),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-so-huyet-bien-tay",
                "name": ("Bộ sản phẩm sò huyết Biển Tây", "Bien Tay blood cockle set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Sò huyết ngâm nước mắm", "Blood cockles in fish sauce"), "500 g"),
                    (("Sò huyết sấy khô", "Dried blood cockles"), "200 g"),
                ],
                "summary": (
                    "Sò huyết nuôi trên bãi bồi An Biên, chế biến thành sò ngâm nước mắm và sò sấy khô.",
                    "Blood cockles farmed on the An Bien mudflats, prepared in fish sauce or dried.",
                ),
                "description": (
                    "Sò huyết được thu hoạch khi đạt cỡ, nuôi lưu trong nước sạch cho nhả hết cát rồi mới đưa vào chế biến. "
                    "Bộ sản phẩm gồm **sò ngâm nước mắm** và **sò sấy khô**.\n\n"
                    "Sò ngâm mắm ăn liền với rau răm, còn sò sấy dùng để xào, nấu cháo hoặc làm quà. "
                    "Mọi công đoạn đều theo quy trình HACCP.",
                    "The cockles are harvested at market size and kept in clean water until they release all "
                    "their sand before processing. The set holds **cockles in fish sauce** and **dried cockles**.\n\n"
                    "The cockles in fish sauce are eaten as they are with Vietnamese coriander; the dried ones are "
                    "stir-fried, cooked in porridge or given as gifts. Every step follows HACCP procedures.",
                ),
                "specs": {
                    "packaging": ("Hũ nhựa, túi hút chân không", "Plastic jar, vacuum bag"),
                    "ingredients": (
                        "Sò huyết, nước mắm, muối, đường, tỏi, ớt",
                        "Blood cockles, fish sauce, salt, sugar, garlic, chilli",
                    ),
                    "shelf_life": ("3 tháng (bảo quản lạnh)", "3 months (refrigerated)"),
                    "standards": "HACCP; TCCS 01:2022/BT",
                },
                "price": (120000, 250000),
                "tags": (
                    ["sò huyết", "hải sản", "an biên"],
                    ["blood cockle", "cockle", "dried cockle", "shellfish", "seafood", "An Bien"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#8b2f3a",
            },
        ],
    },
    {
        "id": "dntn-hai-san-sau-vui",
        "name": ("Doanh nghiệp tư nhân Hải sản Sáu Vui", "Sau Vui Seafood Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Bảy Biển, xã Nam Thái, huyện An Biên, tỉnh Kiên Giang",
            "Bay Bien Hamlet, Nam Thai Commune, An Bien District, Kien Giang Province",
        ),
        "phone": "0297 3878 143",
        "zalo": "0977 630 158",
        "email": None,
        "website": None,
        "representative": "Trương Văn Vui",
        "story": None,
        "geo": (9.7820, 105.0050),
        "photo": False,
        "products": [
            {
                "id": "kho-ca-keo-sau-vui",
                "name": ("Khô cá kèo Sáu Vui", "Sau Vui dried mudskipper goby"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khô cá kèo một nắng, thịt ngọt, nướng than hay chiên giòn đều ngon.",
                    "Once-sun-dried goby with sweet flesh, excellent grilled over charcoal or fried crisp.",
                ),
                "description": (
                    "Cá kèo được bắt trên các bãi bùn ven biển An Biên, làm sạch, ướp muối, đường và tỏi "
                    "rồi phơi đúng **một nắng** cho thịt còn mềm.\n\n"
                    "Khô được xếp khay và đóng túi hút chân không ngay sau khi phơi. Nướng trên than hồng, "
                    "chấm nước mắm me là món nhậu quen thuộc của người miệt biển.",
                    "Gobies are caught on the coastal mudflats of An Bien, cleaned, marinated with salt, sugar "
                    "and garlic and dried for **a single day in the sun** so the flesh stays tender.\n\n"
                    "They are laid on trays and vacuum-packed straight after drying. Grilled over embers and "
                    "dipped in tamarind fish sauce, they are a favourite coastal snack.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum bag"),
                    "ingredients": ("Cá kèo, muối, đường, tỏi", "Goby, salt, sugar, garlic"),
                    "shelf_life": ("6 tháng (bảo quản đông)", "6 months (frozen)"),
                },
                "price": None,
                "tags": (
                    ["khô cá", "cá kèo", "an biên"],
                    ["dried fish", "goby", "dried goby", "mudskipper", "An Bien"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#b98b4e",
            },
        ],
    },
    {
        "id": "co-so-tinh-dau-tram-hung-yen",
        "name": ("Cơ sở sản xuất tinh dầu tràm Hưng Yên", "Hung Yen Cajeput Oil Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Hòa Thạnh, xã Hưng Yên, huyện An Biên, tỉnh Kiên Giang",
            "Hoa Thanh Hamlet, Hung Yen Commune, An Bien District, Kien Giang Province",
        ),
        "phone": "0855 372 614",
        "zalo": "0855 372 614",
        "email": None,
        "website": None,
        "representative": "Đỗ Thanh Hải",
        "story": None,
        "geo": (9.8341, 105.1195),
        "photo": False,
        "products": [
            {
                "id": "tinh-dau-tram-hung-yen",
                "name": ("Tinh dầu tràm Hưng Yên", "Hung Yen cajeput oil"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Tinh dầu tràm chưng cất từ lá tràm gió, dùng giữ ấm và xua muỗi.",
                    "Cajeput oil distilled from melaleuca leaves, used to keep warm and ward off mosquitoes.",
                ),
                "description": (
                    "Lá và cành non của cây **tràm gió** được thu hái từ rừng tràm trồng, chưng cất bằng hơi nước "
                    "trong nồi inox để giữ mùi thơm tự nhiên.\n\n"
                    "Tinh dầu có màu vàng nhạt, mùi the mát. Người dân thường xoa lên ngực, lòng bàn chân "
                    "cho trẻ nhỏ để giữ ấm, hoặc nhỏ vài giọt vào đèn xông đuổi muỗi.",
                    "Leaves and young shoots of the **cajeput tree** are picked from planted melaleuca forest "
                    "and steam-distilled in stainless-steel stills to keep their natural scent.\n\n"
                    "The oil is pale yellow with a cool, minty smell. Families rub it on children's chests "
                    "and feet to keep them warm, or add a few drops to a diffuser to keep mosquitoes away.",
                ),
                "specs": {
                    "net_content": "50 ml",
                    "packaging": ("Chai thủy tinh nâu", "Amber glass bottle"),
                    "ingredients": ("Tinh dầu lá tràm gió", "Cajeput leaf oil"),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCCS 01:2021/HY",
                },
                "price": (60000, 120000),
                "tags": (
                    ["tinh dầu", "tràm", "an biên"],
                    [
                        "essential oil",
                        "cajeput oil",
                        "cajuput oil",
                        "cajeput",
                        "melaleuca",
                        "mosquito repellent",
                        "An Bien",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "drop",
                "colour": "#7fae6b",
            },
        ],
    },
]
