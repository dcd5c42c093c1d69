"""Sample facilities and products of Vĩnh Thuận (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "vinh-thuan"
FACILITIES = [
    {
        "id": "htx-mam-ca-dong-vinh-binh-bac",
        "name": ("Hợp tác xã Mắm cá đồng Vĩnh Bình Bắc", "Vinh Binh Bac Field-Fish Paste Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Vĩnh Hưng, xã Vĩnh Bình Bắc, huyện Vĩnh Thuận, tỉnh Kiên Giang",
            "Vinh Hung Hamlet, Vinh Binh Bac Commune, Vinh Thuan District, Kien Giang Province",
        ),
        "phone": "0297 3855 417",
        "zalo": "0915 326 840",
        "email": "mamcadongvbb@gmail.com",
        "website": "https://mamcadongvinhthuan.vn",
        "representative": "Nguyễn Thị Bích Liên",
        "story": (
            "Hợp tác xã quy tụ 21 hộ làm mắm lâu năm trong xã, cùng dùng chung nhà ủ và nhãn hiệu. "
            "Cá đồng được mua từ bà con đánh bắt trên ruộng và kênh nội đồng vào mùa nước.",
            "The cooperative brings together 21 long-time fish-paste households of the commune, sharing a fermenting house and a brand. "
            "The fish are bought from neighbours who catch them in the rice fields and canals during the flood season.",
        ),
        "geo": (9.5610, 105.2290),
        "photo": True,
        "products": [
            {
                "id": "bo-san-pham-mam-ca-dong-vinh-binh-bac",
                "name": ("Bộ sản phẩm mắm cá đồng Vĩnh Bình Bắc", "Vinh Binh Bac field-fish paste set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Mắm cá lóc", "Snakehead fish paste"), "500 g"),
                    (("Mắm cá sặc", "Gourami fish paste"), "500 g"),
                    (("Mắm cá linh", "Mud carp fish paste"), "500 g"),
                ],
                "summary": (
                    "Ba loại mắm cá đồng ủ thính theo cách truyền thống của vùng U Minh.",
                    "Three field-fish pastes fermented with toasted rice powder in the U Minh tradition.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **mắm cá lóc**, **mắm cá sặc** và **mắm cá linh**, cùng được ướp muối, "
                    "ủ thính gạo rang và đường thốt nốt trong khạp sành ít nhất ba tháng.\n\n"
                    "Mắm cá lóc thịt dày để chưng, mắm cá sặc hợp ăn sống với rau, còn mắm cá linh "
                    "dùng nấu lẩu mắm hoặc kho quẹt.",
                    "The set holds **snakehead**, **gourami** and **mud carp** pastes, all salted and "
                    "fermented with toasted rice powder and palm sugar in earthenware jars for at least three months.\n\n"
                    "The thick snakehead paste is best steamed, the gourami paste is eaten raw with herbs, and the "
                    "mud carp paste goes into fermented-fish hotpot or a thick braised dip.",
                ),
                "specs": {
                    "packaging": ("Hũ nhựa có nắp", "Plastic jar with lid"),
                    "ingredients": (
                        "Cá đồng, muối, thính gạo, đường thốt nốt",
                        "Field fish, salt, toasted rice powder, palm sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 01:2021/VBB",
                },
                "price": (80000, 140000),
                "tags": (
                    ["mắm", "cá đồng", "vĩnh thuận"],
                    [
                        "fish paste",
                        "fermented fish",
                        "freshwater fish",
                        "snakehead",
                        "gourami",
                        "mud carp",
                        "Vinh Thuan",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#8e4b2b",
            },
            {
                "id": "mam-ca-loc-bam-vinh-binh-bac",
                "name": (
                    "Mắm cá lóc bằm sả ớt Vĩnh Bình Bắc",
                    "Vinh Binh Bac minced snakehead paste with lemongrass and chilli",
                ),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá lóc bằm nhuyễn, trộn sả ớt, ăn liền với cơm nóng hoặc rau sống.",
                    "Finely minced snakehead paste with lemongrass and chilli, ready to eat with hot rice or fresh greens.",
                ),
                "description": (
                    "Mắm cá lóc đã ủ đủ ngày được lóc bỏ xương, **bằm nhuyễn** rồi xào với sả, ớt, tỏi "
                    "và một chút đường cho dậy mùi.\n\n"
                    "Sản phẩm đóng hũ thủy tinh nhỏ, tiện mang đi xa và làm quà. Ăn kèm cơm trắng, "
                    "dưa leo, rau thơm hoặc cuốn bánh tráng đều hợp.",
                    "Fully matured snakehead paste is boned, **minced finely** and stir-fried with lemongrass, "
                    "chilli, garlic and a little sugar to bring out its aroma.\n\n"
                    "It comes in small glass jars that travel well and make good gifts. Enjoy it with plain rice, "
                    "cucumber and herbs, or rolled in rice paper.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": (
                        "Mắm cá lóc, sả, ớt, tỏi, đường",
                        "Snakehead fish paste, lemongrass, chilli, garlic, sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 02:2021/VBB",
                },
                "price": (55000, 65000),
                "tags": (
                    ["mắm cá lóc", "mắm", "vĩnh thuận"],
                    [
                        "fermented snakehead",
                        "snakehead",
                        "fish paste",
                        "fermented fish",
                        "lemongrass",
                        "chilli",
                        "chili",
                        "ready to eat",
                        "Vinh Thuan",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#a3522e",
            },
        ],
    },
    {
        "id": "co-so-kho-ca-dong-ut-tam",
        "name": ("Cơ sở sản xuất khô cá đồng Út Tâm", "Ut Tam Dried Field-Fish Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Cạnh Đền, xã Vĩnh Phong, huyện Vĩnh Thuận, tỉnh Kiên Giang",
            "Canh Den Hamlet, Vinh Phong Commune, Vinh Thuan District, Kien Giang Province",
        ),
        "phone": "0918 563 209",
        "zalo": "0918 563 209",
        "email": None,
        "website": None,
        "representative": "Võ Thị Tâm",
        "story": (
            "Cơ sở của chị Tâm bắt đầu bằng vài giàn phơi khô trước nhà vào năm 2015. "
            "Nay cơ sở có nhà phơi lợp tấm nhựa trong và bán khô cá đồng cho các cửa hàng đặc sản ở Rạch Giá và Cần Thơ.",
            "Ms Tam's workshop began in 2015 with a few drying racks in front of her house. "
            "It now has a drying house roofed with clear sheeting and sells dried field fish to speciality shops in Rach Gia and Can Tho.",
        ),
        "geo": (9.5905, 105.2685),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-kho-ca-dong-ut-tam",
                "name": ("Bộ sản phẩm khô cá đồng Út Tâm", "Ut Tam dried field-fish set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá rô đồng", "Dried climbing perch"), "500 g"),
                    (("Khô cá trèn", "Dried sheatfish"), "300 g"),
                    (("Khô cá bổi", "Dried salted small field fish"), "500 g"),
                ],
                "summary": (
                    "Ba loại khô cá đồng phơi nắng, món ăn dân dã của vùng đất U Minh.",
                    "Three kinds of sun-dried field fish, a homely staple of the U Minh country.",
                ),
                "description": (
                    "Cá đồng đánh bắt vào mùa nước rút được làm sạch, ướp muối nhạt và **phơi nắng** trong "
                    "nhà phơi kín để tránh bụi và ruồi.\n\n"
                    "Bộ sản phẩm gồm khô cá rô đồng, khô cá trèn và khô cá bổi. Khô chiên giòn ăn với cháo "
                    "trắng hoặc nướng chấm nước mắm me đều đậm đà.",
                    "Field fish caught as the floodwater recedes are cleaned, lightly salted and **sun-dried** "
                    "inside a closed drying house, away from dust and flies.\n\n"
                    "The set holds dried climbing perch, sheatfish and salted small fish. Fry them crisp with plain "
                    "rice porridge, or grill them and dip in tamarind fish sauce.",
                ),
                "specs": {
                    "packaging": ("Túi hút chân không", "Vacuum bag"),
                    "ingredients": (
                        "Cá rô đồng, cá trèn, cá đồng nhỏ, muối",
                        "Climbing perch, sheatfish, small field fish, salt",
                    ),
                    "shelf_life": ("6 tháng (bảo quản lạnh)", "6 months (refrigerated)"),
                },
                "price": None,
                "tags": (
                    ["khô cá", "cá đồng", "vĩnh thuận"],
                    ["dried fish", "freshwater fish", "climbing perch", "sheatfish", "catfish", "Vinh Thuan"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#b07d4f",
            },
        ],
    },
    {
        "id": "cong-ty-thuy-san-phong-dong",
        "name": ("Công ty TNHH Thủy sản Phong Đông", "Phong Dong Seafood Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Phong Thạnh, xã Phong Đông, huyện Vĩnh Thuận, tỉnh Kiên Giang",
            "Phong Thanh Hamlet, Phong Dong Commune, Vinh Thuan District, Kien Giang Province",
        ),
        "phone": "0297 3856 902",
        "zalo": "0903 418 625",
        "email": "kinhdoanh@thuysanphongdong.com.vn",
        "website": "https://thuysanphongdong.com.vn",
        "representative": "Huỳnh Văn Đông",
        "story": (
            "Công ty nuôi cá chẽm trong ao nước lợ và liên kết với các hộ nuôi xen cá chẽm trên ruộng tôm lúa. "
            "Nhờ tự chế biến, công ty giữ được giá thu mua ổn định cho bà con khi cá tươi rớt giá.",
            "The company farms sea bass in brackish ponds and buys from households that raise them in rice-shrimp fields. "
            "Processing the fish itself lets it keep a steady purchase price for farmers when fresh-fish prices fall.",
        ),
        "geo": (9.4415, 105.2885),
        "photo": False,
        "products": [
            {
                "id": "cha-ca-chem-phong-dong",
                "name": ("Chả cá chẽm Phong Đông", "Phong Dong sea bass fish cake"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Chả cá chẽm dai giòn, làm từ thịt cá tươi quết nhuyễn, không hàn the.",
                    "Springy sea bass fish cake of freshly pounded fish, made without borax.",
                ),
                "description": (
                    "Cá chẽm nuôi nước lợ được phi lê ngay khi thu hoạch, **quết nhuyễn** với tiêu, hành "
                    "và thì là, không dùng hàn the hay chất tạo dai.\n\n"
                    "Chả có màu trắng ngà, dai giòn tự nhiên. Chiên vàng chấm tương ớt, nấu canh "
                    "hoặc ăn với bún đều ngon.",
                    "Brackish-water sea bass are filleted as soon as they are harvested and **pounded smooth** "
                    "with pepper, shallot and dill, with no borax or firming agents.\n\n"
                    "The cakes are ivory white and naturally springy. Fry them golden and dip in chilli sauce, "
                    "add them to soup or serve them with rice noodles.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Khay nhựa, túi hút chân không", "Plastic tray, vacuum bag"),
                    "ingredients": ("Cá chẽm, tiêu, hành, thì là, muối", "Sea bass, pepper, shallot, dill, salt"),
                    "shelf_life": ("6 tháng (bảo quản ở -18 °C)", "6 months (at -18 °C)"),
                    "standards": "TCCS 01:2022/PĐ",
                },
                "price": (120000, 140000),
                "tags": (
                    ["chả cá", "cá chẽm", "vĩnh thuận"],
                    ["fish cake", "sea bass", "barramundi", "fish paste", "seafood", "Vinh Thuan"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": "2027-11-20",
                "shape": "pack",
                "colour": "#e8d6b5",
            },
            {
                "id": "bo-san-pham-ca-chem-phong-dong",
                "name": ("Bộ sản phẩm cá chẽm Phong Đông", "Phong Dong sea bass set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Cá chẽm phi lê cấp đông", "Frozen sea bass fillet"), "500 g"),
                    (("Khô cá chẽm một nắng", "Once-sun-dried sea bass"), "500 g"),
                    (("Cá chẽm làm sạch nguyên con", "Whole cleaned sea bass"), "1 kg"),
                ],
                "summary": (
                    "Cá chẽm nuôi nước lợ chế biến sẵn: phi lê, khô một nắng và nguyên con làm sạch.",
                    "Brackish-water sea bass ready to cook: fillets, once-sun-dried fish and whole cleaned fish.",
                ),
                "description": (
                    "Bộ sản phẩm gồm **cá chẽm phi lê**, **khô cá chẽm một nắng** và cá nguyên con làm sạch, "
                    "cùng từ ao nuôi nước lợ của công ty và hộ liên kết.\n\n"
                    "Thịt cá chẽm trắng, chắc và ít xương, hợp chiên, hấp, nấu canh chua. Cá được cấp đông "
                    "ngay sau khi sơ chế để giữ độ tươi.",
                    "The set holds **sea bass fillets**, **once-sun-dried sea bass** and whole cleaned fish, all "
                    "from the brackish ponds of the company and its partner farms.\n\n"
                    "Sea bass flesh is white, firm and has few bones, ideal for frying, steaming or sour soup. "
                    "The fish are frozen right after preparation to keep them fresh.",
                ),
                "specs": {
                    "packaging": ("Túi hút chân không", "Vacuum bag"),
                    "ingredients": ("Cá chẽm, muối", "Sea bass, salt"),
                    "shelf_life": ("12 tháng (bảo quản ở -18 °C)", "12 months (at -18 °C)"),
                    "standards": "HACCP",
                },
                "price": (150000, 260000),
                "tags": (
                    ["cá chẽm", "hải sản", "vĩnh thuận"],
                    ["sea bass", "barramundi", "fish fillet", "dried fish", "frozen fish", "seafood", "Vinh Thuan"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#8fa3ad",
            },
        ],
    },
    {
        "id": "cong-ty-co-phan-nong-nghiep-vinh-thuan-xanh",
        "name": ("Công ty cổ phần Nông nghiệp Vĩnh Thuận Xanh", "Vinh Thuan Xanh Agriculture Joint Stock Company"),
        "type": "joint-stock-company",
        "address": (
            "Ấp Vĩnh Thạnh, xã Vĩnh Bình Nam, huyện Vĩnh Thuận, tỉnh Kiên Giang",
            "Vinh Thanh Hamlet, Vinh Binh Nam Commune, Vinh Thuan District, Kien Giang Province",
        ),
        "phone": "0297 3855 186",
        "zalo": None,
        "email": "info@vinhthuanxanh.vn",
        "website": None,
        "representative": "Lý Quốc Bảo",
        "story": (
            "Công ty do một nhóm kỹ sư trẻ quê Vĩnh Thuận góp vốn thành lập năm 2020. "
            "Công ty bao tiêu lúa hữu cơ cho hơn 200 ha ruộng tôm lúa và đầu tư máy sấy, nhà máy xay xát tại xã.",
            "The company was founded in 2020 by a group of young engineers from Vinh Thuan. "
            "It buys the organic rice of more than 200 ha of rice-shrimp fields and has built dryers and a mill in the commune.",
        ),
        "geo": (9.4710, 105.2010),
        "photo": False,
        "products": [
            {
                "id": "gao-huu-co-tom-lua-vinh-thuan-xanh",
                "name": ("Gạo hữu cơ tôm lúa Vĩnh Thuận Xanh", "Vinh Thuan Xanh organic rice-shrimp rice"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Gạo thơm trồng hữu cơ xen vụ tôm trên đất nhiễm mặn Vĩnh Thuận.",
                    "Fragrant rice grown organically between shrimp crops on the brackish land of Vinh Thuan.",
                ),
                "description": (
                    "Lúa được gieo sau vụ tôm, không dùng phân bón và thuốc bảo vệ thực vật hóa học, "
                    "canh tác theo **tiêu chuẩn hữu cơ** và được kiểm tra mẫu đất, nước mỗi vụ.\n\n"
                    "Gạo hạt dài, cơm mềm, thơm nhẹ và ngọt. Mỗi túi có mã QR để người mua xem "
                    "nhật ký canh tác của cánh đồng.",
                    "The rice is sown after the shrimp crop with no chemical fertilisers or pesticides, farmed to "
                    "an **organic standard**, with soil and water tested every season.\n\n"
                    "The grains are long and cook soft, lightly fragrant and sweet. Each bag carries a QR code "
                    "that shows buyers the field's farming diary.",
                ),
                "specs": {
                    "net_content": "5 kg",
                    "packaging": ("Túi vải không dệt", "Non-woven fabric bag"),
                    "ingredients": ("Gạo hữu cơ", "Organic rice"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": None,
                "tags": (
                    ["gạo", "gạo hữu cơ", "tôm lúa", "vĩnh thuận"],
                    ["rice", "organic rice", "organic", "fragrant rice", "rice-shrimp", "Vinh Thuan"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#f0e6cf",
            },
        ],
    },
    {
        "id": "hkd-banh-phong-tom-sau-thom",
        "name": ("Hộ kinh doanh bánh phồng tôm Sáu Thơm", "Sau Thom Shrimp Cracker Household Business"),
        "type": "household",
        "address": (
            "Ấp Đập Đá, xã Tân Thuận, huyện Vĩnh Thuận, tỉnh Kiên Giang",
            "Dap Da Hamlet, Tan Thuan Commune, Vinh Thuan District, Kien Giang Province",
        ),
        "phone": "0392 845 163",
        "zalo": "0392 845 163",
        "email": None,
        "website": None,
        "representative": "Lâm Thị Thơm",
        "story": None,
        "geo": (9.5420, 105.1520),
        "photo": False,
        "products": [
            {
                "id": "banh-phong-tom-sau-thom",
                "name": ("Bánh phồng tôm Sáu Thơm", "Sau Thom shrimp crackers"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Bánh phồng tôm làm thủ công từ tôm đất tươi và bột năng, chiên nở giòn xốp.",
                    "Hand-made shrimp crackers of fresh rice-field shrimp and tapioca flour that puff up crisp when fried.",
                ),
                "description": (
                    "Tôm đất tươi được xay nhuyễn, nhồi với bột năng, tỏi và tiêu, hấp thành cây rồi "
                    "**cắt lát mỏng** và phơi khô dưới nắng.\n\n"
                    "Bánh chứa nhiều tôm nên có màu hồng cam tự nhiên và vị ngọt đậm. Khi chiên, bánh nở "
                    "to, giòn xốp, hợp dùng trong mâm cỗ ngày Tết.",
                    "Fresh shrimp are ground and kneaded with tapioca flour, garlic and pepper, steamed into rolls, "
                    "then **sliced thin** and dried in the sun.\n\n"
                    "With a high share of shrimp the crackers are naturally pinkish orange and taste rich and sweet. "
                    "They puff up large and crisp when fried, a fixture of Tet feasts.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi nhựa PE", "PE plastic bag"),
                    "ingredients": (
                        "Tôm đất, bột năng, tỏi, tiêu, muối",
                        "Shrimp, tapioca flour, garlic, pepper, salt",
                    ),
                    "shelf_life": ("12 tháng", "12 months"),
                },
                "price": None,
                "tags": (
                    ["bánh phồng tôm", "vĩnh thuận"],
                    ["shrimp cracker", "prawn cracker", "shrimp chip", "cracker", "snack", "Vinh Thuan"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#f2c9a0",
            },
        ],
    },
    {
        "id": "dntn-duoc-thao-minh-duc",
        "name": ("Doanh nghiệp tư nhân Dược thảo Minh Đức", "Minh Duc Herbal Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Khu phố 1, thị trấn Vĩnh Thuận, huyện Vĩnh Thuận, tỉnh Kiên Giang",
            "Quarter 1, Vinh Thuan Town, Vinh Thuan District, Kien Giang Province",
        ),
        "phone": "0297 3853 274",
        "zalo": "0946 273 815",
        "email": None,
        "website": None,
        "representative": "Trịnh Minh Đức",
        "story": None,
        "geo": (9.5118, 105.2575),
        "photo": False,
        "products": [
            {
                "id": "cao-xoa-thao-duoc-minh-duc",
                "name": ("Cao xoa thảo dược Minh Đức", "Minh Duc herbal balm"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Cao xoa từ tinh dầu tràm, sả và bạc hà, dùng xoa bóp khi cảm lạnh hay côn trùng cắn.",
                    "A balm of cajeput, lemongrass and mint oils, rubbed on for colds or insect bites.",
                ),
                "description": (
                    "Cao xoa được phối từ **tinh dầu tràm** chưng cất tại địa phương cùng tinh dầu sả, "
                    "bạc hà và sáp ong, đun chảy và rót hũ thủ công.\n\n"
                    "Sản phẩm có mùi the mát, thấm nhanh, dùng xoa thái dương khi nhức đầu, xoa ngực khi "
                    "cảm lạnh hoặc bôi lên vết muỗi đốt. Không dùng cho vết thương hở.",
                    "The balm blends locally distilled **cajeput oil** with lemongrass and mint oils and beeswax, "
                    "melted together and poured into jars by hand.\n\n"
                    "It smells cool and fresh and absorbs quickly. Rub it on the temples for a headache, on the "
                    "chest for a cold or on mosquito bites. Do not use on open wounds.",
                ),
                "specs": {
                    "net_content": "20 g",
                    "packaging": ("Hũ thủy tinh nắp thiếc", "Glass jar with tin lid"),
                    "ingredients": (
                        "Tinh dầu tràm, tinh dầu sả, tinh dầu bạc hà, sáp ong, dầu nền",
                        "Cajeput oil, lemongrass oil, mint oil, beeswax, carrier oil",
                    ),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCCS 01:2020/MĐ",
                },
                "price": (25000, 35000),
                "tags": (
                    ["cao xoa", "thảo dược", "tràm"],
                    [
                        "balm",
                        "herbal balm",
                        "ointment",
                        "herbal",
                        "herbal medicine",
                        "cajeput",
                        "melaleuca",
                        "lemongrass",
                        "mint",
                        "insect bite",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#3f8f6b",
            },
        ],
    },
]
