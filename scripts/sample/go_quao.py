"""Sample facilities and products of Gò Quao (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "go-quao"
FACILITIES = [
    {
        "id": "htx-nong-nghiep-phuoc-hung",
        "name": ("Hợp tác xã Nông nghiệp Phước Hưng", "Phuoc Hung Agricultural Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Phước Hưng, xã Vĩnh Phước A, huyện Gò Quao, tỉnh Kiên Giang",
            "Phuoc Hung Hamlet, Vinh Phuoc A Commune, Go Quao District, Kien Giang Province",
        ),
        "phone": "0297 3829 415",
        "zalo": "0918 472 306",
        "email": "htxphuochung@gmail.com",
        "website": "https://gaophuochung.com.vn",
        "representative": "Trần Văn Phước",
        "story": (
            "Hợp tác xã được thành lập năm 2016 từ một tổ hợp tác trồng lúa của 32 hộ dân ven sông Cái Lớn. "
            "Nay hợp tác xã canh tác hơn 400 ha lúa thơm theo quy trình VietGAP, tự sấy, xay xát và đóng gói tại chỗ.",
            "The cooperative was founded in 2016 from a rice-growing group of 32 households on the Cai Lon river. "
            "It now farms over 400 ha of fragrant rice to VietGAP practice and dries, mills and packs the grain on site.",
        ),
        "geo": (9.7652, 105.3184),
        "photo": True,
        "products": [
            {
                "id": "gao-st25-phuoc-hung",
                "name": ("Gạo ST25 Phước Hưng", "Phuoc Hung ST25 rice"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Gạo ST25 hạt dài, thơm mùi lá dứa, trồng theo quy trình VietGAP tại Gò Quao.",
                    "Long-grain ST25 rice with a pandan aroma, grown to VietGAP practice in Go Quao.",
                ),
                "description": (
                    "**Gạo ST25 Phước Hưng** được trồng trên cánh đồng lớn của hợp tác xã, bón phân hữu cơ "
                    "và giảm thuốc bảo vệ thực vật theo quy trình VietGAP.\n\n"
                    "Hạt gạo dài, trắng trong, nấu chín mềm dẻo và vẫn giữ mùi thơm lá dứa khi để nguội. "
                    "Lúa được sấy bằng máy, xay xát trong ngày và đóng túi hút chân không để giữ độ tươi.",
                    "**Phuoc Hung ST25 rice** is grown on the cooperative's large shared field with organic "
                    "fertiliser and reduced pesticide use, following VietGAP practice.\n\n"
                    "The grains are long and translucent, cook soft and slightly sticky, and keep their pandan "
                    "scent even when cool. The paddy is machine-dried, milled on the day and vacuum-packed to stay fresh.",
                ),
                "specs": {
                    "net_content": "5 kg",
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "ingredients": ("Gạo ST25", "ST25 rice"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": (165000, 190000),
                "tags": (
                    ["gạo", "st25", "gò quao"],
                    ["rice", "ST25", "ST25 rice", "fragrant rice", "long-grain rice", "VietGAP", "Go Quao"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#e8dcc0",
            },
            {
                "id": "bo-san-pham-gao-dac-san-phuoc-hung",
                "name": ("Bộ sản phẩm gạo đặc sản Phước Hưng", "Phuoc Hung speciality rice set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Gạo ST24", "ST24 rice"), "5 kg"),
                    (("Gạo thơm Jasmine 85", "Jasmine 85 fragrant rice"), "5 kg"),
                    (("Gạo lứt huyết rồng", "Huyet rong red brown rice"), "2 kg"),
                ],
                "summary": (
                    "Ba loại gạo đặc sản của hợp tác xã, từ gạo trắng thơm đến gạo lứt huyết rồng.",
                    "Three speciality rices from the cooperative, from fragrant white rice to red brown rice.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **gạo ST24**, **gạo thơm Jasmine 85** và **gạo lứt huyết rồng**, "
                    "cùng được trồng trên đất phù sa ven sông Cái Lớn và xay xát tại hợp tác xã.\n\n"
                    "Gạo trắng dùng cho bữa cơm hằng ngày, còn gạo lứt huyết rồng giàu chất xơ, "
                    "phù hợp người ăn kiêng. Mỗi túi đều ghi rõ ngày xay và vùng trồng.",
                    "The set brings together **ST24 rice**, **Jasmine 85 fragrant rice** and **huyet rong red "
                    "brown rice**, all grown on the alluvial soil of the Cai Lon river and milled at the cooperative.\n\n"
                    "The white rices suit everyday meals, while the red brown rice is rich in fibre and popular "
                    "with people on a diet. Every bag shows its milling date and growing area.",
                ),
                "specs": {
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": None,
                "tags": (
                    ["gạo", "gạo lứt", "gò quao"],
                    [
                        "rice",
                        "brown rice",
                        "red rice",
                        "fragrant rice",
                        "jasmine rice",
                        "ST24",
                        "speciality rice",
                        "specialty rice",
                        "Go Quao",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#c9a46a",
            },
        ],
    },
    {
        "id": "co-so-dua-ut-hien",
        "name": ("Cơ sở sản xuất sản phẩm dừa Út Hiền", "Ut Hien Coconut Products Workshop"),
        "type": "workshop",
        "address": (
            "Ấp An Thới, xã Định An, huyện Gò Quao, tỉnh Kiên Giang",
            "An Thoi Hamlet, Dinh An Commune, Go Quao District, Kien Giang Province",
        ),
        "phone": "0939 615 284",
        "zalo": "0939 615 284",
        "email": "dauduauthien@gmail.com",
        "website": None,
        "representative": "Lê Thị Hiền",
        "story": (
            "Bà Hiền học nấu dầu dừa từ mẹ và mở cơ sở năm 2018 để bán dừa khô của bà con trong ấp với giá tốt hơn. "
            "Cơ sở hiện tạo việc làm cho 9 lao động nữ địa phương.",
            "Ms Hien learnt to make coconut oil from her mother and opened the workshop in 2018 so that "
            "neighbours could sell their dry coconuts at a better price. It now employs nine local women.",
        ),
        "geo": (9.8015, 105.2630),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-dau-dua-ut-hien",
                "name": ("Bộ sản phẩm dầu dừa Út Hiền", "Ut Hien coconut oil set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Dầu dừa ép lạnh", "Cold-pressed coconut oil"), "250 ml"),
                    (("Dầu dừa nấu thủ công", "Traditionally cooked coconut oil"), "500 ml"),
                ],
                "summary": (
                    "Dầu dừa ép lạnh và dầu dừa nấu thủ công từ dừa khô trồng tại Gò Quao.",
                    "Cold-pressed and traditionally cooked coconut oil from coconuts grown in Go Quao.",
                ),
                "description": (
                    "Bộ sản phẩm gồm hai loại dầu làm từ cơm dừa khô tuyển chọn. **Dầu dừa ép lạnh** trong, "
                    "mùi nhẹ, dùng trộn salad hoặc dưỡng da.\n\n"
                    "**Dầu dừa nấu thủ công** được nấu trên bếp củi theo cách truyền thống, có màu vàng nhạt "
                    "và mùi thơm đậm, thích hợp để chiên xào. Dầu được lọc nhiều lần và không dùng chất bảo quản.",
                    "The set holds two oils made from selected dried coconut meat. The **cold-pressed oil** is "
                    "clear and mild, good for salads or skin care.\n\n"
                    "The **traditionally cooked oil** is simmered over a wood fire, pale gold and strongly "
                    "fragrant, and suits frying. Both are filtered several times and contain no preservatives.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": ("Cơm dừa khô", "Dried coconut meat"),
                    "shelf_life": ("18 tháng", "18 months"),
                    "standards": "TCCS 01:2021/UH",
                },
                "price": (70000, 150000),
                "tags": (
                    ["dầu dừa", "dừa", "gò quao"],
                    [
                        "coconut oil",
                        "coconut",
                        "cold-pressed coconut oil",
                        "cooking oil",
                        "Go Quao",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#efe6c4",
            },
            {
                "id": "mut-dua-non-ut-hien",
                "name": ("Mứt dừa non Út Hiền", "Ut Hien young coconut jam"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mứt dừa non dẻo mềm, vị ngọt thanh, tạo màu tự nhiên từ lá dứa.",
                    "Soft young-coconut jam, lightly sweet and coloured naturally with pandan.",
                ),
                "description": (
                    "**Mứt dừa non Út Hiền** được làm từ cơm dừa non bào sợi, sên với đường trên lửa nhỏ "
                    "cho đến khi sợi dừa trong và dẻo.\n\n"
                    "Màu xanh lấy từ nước lá dứa, màu tím từ lá cẩm, không dùng phẩm màu tổng hợp. "
                    "Sản phẩm được bán nhiều vào dịp Tết và làm quà biếu.",
                    "**Ut Hien young coconut jam** is made from shredded young coconut, cooked slowly with "
                    "sugar until the strands turn translucent and chewy.\n\n"
                    "The green colour comes from pandan juice and the purple from magenta plant leaves; no "
                    "synthetic dyes are used. It sells best at Tet and as a gift.",
                ),
                "specs": {
                    "net_content": "300 g",
                    "packaging": ("Hộp nhựa trong", "Clear plastic box"),
                    "ingredients": (
                        "Cơm dừa non, đường, lá dứa, lá cẩm",
                        "Young coconut, sugar, pandan, magenta plant leaves",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 02:2021/UH",
                },
                "price": (45000, 55000),
                "tags": (
                    ["mứt dừa", "dừa", "quà tết"],
                    [
                        "coconut jam",
                        "candied coconut",
                        "coconut candy",
                        "coconut",
                        "jam",
                        "gift",
                        "Tet gift",
                        "Lunar New Year",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#8fbf6a",
            },
        ],
    },
    {
        "id": "hkd-mam-ca-dong-ba-sau",
        "name": ("Hộ kinh doanh mắm cá đồng Bà Sáu", "Ba Sau Field-Fish Paste Household Business"),
        "type": "household",
        "address": (
            "Ấp Hòa Lợi, xã Thủy Liễu, huyện Gò Quao, tỉnh Kiên Giang",
            "Hoa Loi Hamlet, Thuy Lieu Commune, Go Quao District, Kien Giang Province",
        ),
        "phone": "0977 204 518",
        "zalo": "0977 204 518",
        "email": None,
        "website": None,
        "representative": "Nguyễn Thị Sáu",
        "story": None,
        "geo": (9.7803, 105.2245),
        "photo": False,
        "products": [
            {
                "id": "mam-ca-dong-ba-sau",
                "name": ("Mắm cá đồng Bà Sáu", "Ba Sau field-fish paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá lóc, cá sặc, cá rô đồng ủ với thính gạo rang theo cách làm lâu đời.",
                    "Snakehead, gourami and climbing perch fermented with toasted rice powder the old way.",
                ),
                "description": (
                    "Cá đồng được mua vào mùa nước nổi, làm sạch, ướp muối rồi ủ với **thính gạo rang** "
                    "và đường thốt nốt trong khạp sành từ ba đến bốn tháng.\n\n"
                    "Mắm có màu đỏ nâu, thịt cá mềm, thơm mùi thính. Có thể chưng thịt, kho hoặc nấu "
                    "lẩu mắm, món quen thuộc của người miền Tây.",
                    "Field fish are bought in the flood season, cleaned, salted and then fermented with "
                    "**toasted rice powder** and palm sugar in earthenware jars for three to four months.\n\n"
                    "The paste is reddish brown, the flesh tender and fragrant. It is steamed with pork, "
                    "braised or cooked into a fermented-fish hotpot, a Mekong Delta favourite.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ nhựa có nắp", "Plastic jar with lid"),
                    "ingredients": (
                        "Cá lóc, cá sặc, cá rô đồng, muối, thính gạo, đường thốt nốt",
                        "Snakehead, gourami, climbing perch, salt, toasted rice powder, palm sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                },
                "price": (90000, 120000),
                "tags": (
                    ["mắm", "cá đồng", "gò quao"],
                    [
                        "fish paste",
                        "fermented fish",
                        "freshwater fish",
                        "snakehead",
                        "gourami",
                        "climbing perch",
                        "Go Quao",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#9c4f2a",
            },
        ],
    },
    {
        "id": "htx-luc-binh-vinh-tuy",
        "name": ("Hợp tác xã Thủ công mỹ nghệ lục bình Vĩnh Tuy", "Vinh Tuy Water-Hyacinth Handicraft Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Vĩnh Tiến, xã Vĩnh Tuy, huyện Gò Quao, tỉnh Kiên Giang",
            "Vinh Tien Hamlet, Vinh Tuy Commune, Go Quao District, Kien Giang Province",
        ),
        "phone": "0297 3826 731",
        "zalo": "0945 318 672",
        "email": "lucbinhvinhtuy@gmail.com",
        "website": "https://lucbinhvinhtuy.vn",
        "representative": "Phạm Thị Ngọc Lan",
        "story": (
            "Lục bình mọc dày trên kênh rạch từng gây cản trở ghe xuồng, nay trở thành nguyên liệu cho hơn 40 thợ đan "
            "của hợp tác xã. Chị em làm tại nhà trong lúc nông nhàn và giao hàng cho hợp tác xã hoàn thiện.",
            "Water hyacinth once choked the canals and blocked boats; today it is raw material for more than "
            "40 weavers in the cooperative. The women weave at home between farm seasons and the cooperative finishes the pieces.",
        ),
        "geo": (9.6605, 105.2580),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-gio-luc-binh-vinh-tuy",
                "name": ("Bộ sản phẩm giỏ lục bình Vĩnh Tuy", "Vinh Tuy water-hyacinth basket set"),
                "kind": "set",
                "group": "handicrafts",
                "items": [
                    (("Giỏ tròn có nắp", "Round basket with lid"), None),
                    (("Giỏ chữ nhật có quai", "Rectangular basket with handles"), None),
                    (("Khay đan đựng đồ", "Woven storage tray"), None),
                ],
                "summary": (
                    "Ba mẫu giỏ và khay đan tay từ thân lục bình phơi khô, dùng để đựng đồ trong nhà.",
                    "Three hand-woven baskets and trays of dried water-hyacinth stems for storage at home.",
                ),
                "description": (
                    "Thân lục bình được vớt từ kênh rạch, phơi khô hai tuần rồi se thành sợi và **đan tay** "
                    "trên khung sắt sơn tĩnh điện.\n\n"
                    "Bộ sản phẩm gồm giỏ tròn có nắp, giỏ chữ nhật có quai và khay đựng đồ, cùng một kiểu "
                    "đan và màu tự nhiên. Sản phẩm được xử lý chống mốc, bền và nhẹ.",
                    "Water-hyacinth stems are gathered from the canals, sun-dried for two weeks, twisted into "
                    "cords and **woven by hand** over powder-coated iron frames.\n\n"
                    "The set holds a round lidded basket, a rectangular basket with handles and a storage tray, "
                    "all in the same weave and natural colour. They are treated against mould, light and durable.",
                ),
                "specs": {
                    "packaging": ("Thùng carton", "Carton box"),
                    "ingredients": (
                        "Thân lục bình phơi khô, khung sắt sơn tĩnh điện",
                        "Dried water-hyacinth stems, powder-coated iron frame",
                    ),
                },
                "price": (180000, 450000),
                "tags": (
                    ["lục bình", "đan lát", "giỏ"],
                    [
                        "water hyacinth",
                        "weaving",
                        "basket",
                        "woven basket",
                        "storage basket",
                        "tray",
                        "handicraft",
                        "handmade",
                        "home decor",
                        "eco-friendly",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "basket",
                "colour": "#b08a55",
            },
        ],
    },
    {
        "id": "hkd-dan-tre-hai-lanh",
        "name": ("Hộ kinh doanh đan tre Hai Lành", "Hai Lanh Bamboo Weaving Household Business"),
        "type": "household",
        "address": (
            "Ấp Thới Hòa, xã Thới Quản, huyện Gò Quao, tỉnh Kiên Giang",
            "Thoi Hoa Hamlet, Thoi Quan Commune, Go Quao District, Kien Giang Province",
        ),
        "phone": "0368 742 915",
        "zalo": None,
        "email": None,
        "website": None,
        "representative": "Đặng Văn Lành",
        "story": None,
        "geo": (9.8230, 105.2950),
        "photo": False,
        "products": [
            {
                "id": "gio-xach-tre-dan-hai-lanh",
                "name": ("Giỏ xách tre đan Hai Lành", "Hai Lanh woven bamboo handbag"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Giỏ xách đan từ nan tre gai chẻ mỏng, quai bọc vải, dùng đi chợ hoặc làm túi thời trang.",
                    "A handbag woven from thin strips of thorny bamboo with cloth-wrapped handles, for market or fashion.",
                ),
                "description": (
                    "Tre gai được chọn cây già, chẻ nan mỏng, luộc và phơi để chống mọt trước khi đan theo "
                    "**kiểu nong mốt** truyền thống.\n\n"
                    "Giỏ được phủ một lớp sơn PU gốc nước cho bóng nhẹ, quai bọc vải bố chắc chắn. "
                    "Mỗi chiếc giỏ mất khoảng một ngày công và có thể đặt theo kích thước.",
                    "Mature thorny bamboo is split into thin strips, boiled and sun-dried against borers, then "
                    "woven in the traditional **one-over-one pattern**.\n\n"
                    "A coat of water-based PU lacquer gives a soft sheen and the handles are wrapped in sturdy "
                    "canvas. Each bag takes about a day's work and can be ordered to size.",
                ),
                "specs": {
                    "ingredients": (
                        "Tre gai, vải bố, sơn PU gốc nước",
                        "Thorny bamboo, canvas, water-based PU lacquer",
                    ),
                },
                "price": None,
                "tags": (
                    ["tre", "đan lát", "giỏ xách"],
                    [
                        "bamboo",
                        "weaving",
                        "bag",
                        "handbag",
                        "purse",
                        "bamboo bag",
                        "basket bag",
                        "woven bag",
                        "handicraft",
                        "handmade",
                        "souvenir",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "basket",
                "colour": "#c8a165",
            },
        ],
    },
]
