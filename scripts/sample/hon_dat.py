"""Sample facilities and products of Hòn Đất (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "hon-dat"
FACILITIES = [
    {
        "id": "htx-nong-nghiep-my-lam",
        "name": ("Hợp tác xã Nông nghiệp Mỹ Lâm", "My Lam Agricultural Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Tân Hưng, xã Mỹ Lâm, huyện Hòn Đất, tỉnh Kiên Giang",
            "Tan Hung Hamlet, My Lam Commune, Hon Dat District, Kien Giang Province",
        ),
        "phone": "0297 3735 218",
        "zalo": "0913 742 685",
        "email": "htxmylam@gmail.com",
        "website": None,
        "representative": "Nguyễn Văn Tài",
        "story": (
            "Hợp tác xã có 64 thành viên với hơn 420 ha lúa, áp dụng quy trình “một phải, năm giảm” và liên kết tiêu thụ "
            "với doanh nghiệp trong tỉnh. Năm 2021 hợp tác xã đầu tư lò sấy và máy đóng gói để tự đưa gạo ra thị trường.",
            "The cooperative's 64 members farm more than 420 hectares of rice under the “one must, five reductions” "
            "method and sell through contracts with companies in the province. In 2021 it invested in a dryer and a "
            "packing machine to bring its own rice to market.",
        ),
        "geo": (10.1150, 105.0320),
        "photo": True,
        "products": [
            {
                "id": "gao-thom-my-lam",
                "name": ("Gạo thơm Mỹ Lâm", "My Lam fragrant rice"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Gạo thơm hạt dài trồng theo quy trình “một phải, năm giảm” trên đồng ruộng Hòn Đất.",
                    "Long-grain fragrant rice grown on Hon Dat's fields under the “one must, five reductions” method.",
                ),
                "description": (
                    "Gạo được xay từ giống lúa thơm **OM 18** trồng trên cánh đồng lớn của hợp tác xã, giảm lượng giống, "
                    "phân đạm, thuốc bảo vệ thực vật, nước tưới và thất thoát sau thu hoạch. Lúa được sấy ngay sau khi gặt.\n\n"
                    "Hạt gạo thon dài, cơm mềm, thơm nhẹ và không khô khi nguội, hợp với bữa ăn hằng ngày của gia đình "
                    "và bếp ăn tập thể.",
                    "The rice is milled from the fragrant **OM 18** variety grown on the cooperative's large field, using "
                    "less seed, nitrogen, pesticide and water and losing less after harvest. Paddy is dried straight after "
                    "cutting to keep its quality.\n\n"
                    "The grains are slender and long; the cooked rice is soft, lightly fragrant and does not dry out when "
                    "cool, suiting everyday family meals and canteens.",
                ),
                "specs": {
                    "net_content": "5 kg",
                    "packaging": ("Túi PA", "PA bag"),
                    "ingredients": ("Gạo OM 18", "OM 18 rice"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": (95000, 110000),
                "tags": (
                    ["gạo thơm", "hòn đất"],
                    ["fragrant rice", "rice", "long-grain rice", "jasmine rice", "Hon Dat"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "sack",
                "colour": "#efe4c8",
            },
            {
                "id": "bo-san-pham-gao-sach-my-lam",
                "name": ("Bộ sản phẩm gạo sạch Mỹ Lâm", "My Lam clean rice set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Gạo thơm OM 18", "OM 18 fragrant rice"), "2 kg"),
                    (("Gạo Đài Thơm 8", "Dai Thom 8 rice"), "2 kg"),
                    (("Gạo nếp sáp", "Waxy glutinous rice"), "1 kg"),
                ],
                "summary": (
                    "Gạo thơm OM 18, gạo Đài Thơm 8 và nếp sáp đóng túi nhỏ tiện dùng.",
                    "OM 18 and Dai Thom 8 fragrant rice and waxy glutinous rice in handy small bags.",
                ),
                "description": (
                    "Bộ sản phẩm gồm hai loại gạo thơm và một loại nếp cùng trồng trên cánh đồng lớn của hợp tác xã, "
                    "theo chung một quy trình canh tác, sấy và xay xát. Túi nhỏ giúp gạo luôn mới và dễ bảo quản.\n\n"
                    "Nếp sáp dẻo thơm, dùng nấu xôi, gói bánh tét; hai loại gạo thơm dùng cho bữa cơm hằng ngày. "
                    "Bộ sản phẩm thường được chọn làm quà dịp Tết.",
                    "The set holds two fragrant rices and one glutinous rice, all grown on the cooperative's large field "
                    "under the same farming, drying and milling procedure. Small bags keep the rice fresh and easy to "
                    "store.\n\n"
                    "The waxy glutinous rice is sticky and fragrant, for sticky-rice dishes and Tet cakes; the two "
                    "fragrant rices are for everyday meals. The set is a popular Tet gift.",
                ),
                "specs": {
                    "packaging": ("Túi PA hút chân không trong hộp giấy", "Vacuum-sealed PA bags in a paper box"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": (160000, 190000),
                "tags": (
                    ["gạo sạch", "nếp", "quà tết"],
                    [
                        "clean rice",
                        "rice",
                        "fragrant rice",
                        "glutinous rice",
                        "sticky rice",
                        "gift",
                        "Tet gift",
                        "Lunar New Year",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#d8c08c",
            },
        ],
    },
    {
        "id": "kho-ca-ut-lien",
        "name": ("Hộ kinh doanh Khô cá Út Liên", "Ut Lien Dried Fish Household Business"),
        "type": "household",
        "address": (
            "Ấp Vạn Thanh, xã Bình Sơn, huyện Hòn Đất, tỉnh Kiên Giang",
            "Van Thanh Hamlet, Binh Son Commune, Hon Dat District, Kien Giang Province",
        ),
        "phone": "0336 912 574",
        "zalo": "0336 912 574",
        "email": None,
        "website": None,
        "representative": "Trần Thị Liên",
        "story": (
            "Gia đình chị Út Liên sống bằng nghề đánh bắt ven biển Bình Sơn đã ba đời. Chị dùng cá tươi từ ghe nhà để "
            "làm khô, tạo việc làm cho năm phụ nữ trong xóm.",
            "Ms Ut Lien's family has fished the Binh Son coast for three generations. She turns the catch from the "
            "family boat into dried fish, giving work to five women of the hamlet.",
        ),
        "geo": (10.1500, 104.9300),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-kho-ca-bien-ut-lien",
                "name": ("Bộ sản phẩm khô cá biển Út Liên", "Ut Lien dried sea fish set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá đù", "Dried croaker"), "500 g"),
                    (("Khô cá lìm kìm", "Dried halfbeak"), "500 g"),
                    (("Khô cá bò", "Dried leatherjacket"), "500 g"),
                ],
                "summary": (
                    "Khô cá đù, cá lìm kìm và cá bò phơi nắng tự nhiên, vừa ăn, không chất bảo quản.",
                    "Naturally sun-dried croaker, halfbeak and leatherjacket, lightly salted and preservative-free.",
                ),
                "description": (
                    "Cá được lựa từ ghe đánh bắt gần bờ, làm sạch, ướp muối nhạt và phơi trên giàn tre hai đến ba nắng "
                    "tùy loại. Không dùng chất bảo quản, khô giữ vị ngọt và mùi thơm của cá biển.\n\n"
                    "Khô cá đù và cá bò hợp để nướng, chiên ăn với cơm; khô cá lìm kìm chiên giòn làm món nhậu hay "
                    "món ăn vặt.",
                    "Fish are chosen from inshore boats, cleaned, lightly salted and dried on bamboo racks for two or "
                    "three days of sun depending on the kind. No preservatives are used, so the fish keep the sweetness "
                    "and aroma of the sea.\n\n"
                    "The croaker and leatherjacket are best grilled or fried and eaten with rice; the halfbeak fries "
                    "crisp as a snack with drinks.",
                ),
                "specs": {
                    "packaging": ("Túi PE hút chân không", "Vacuum-sealed PE bag"),
                    "ingredients": ("Cá biển, muối", "Sea fish, salt"),
                    "shelf_life": ("6 tháng ở ngăn mát", "6 months refrigerated"),
                    "standards": "TCCS 01:2022/UL",
                },
                "price": (120000, 220000),
                "tags": (
                    ["khô cá", "cá biển", "bình sơn"],
                    ["dried fish", "sea fish", "dried seafood", "croaker", "halfbeak", "leatherjacket", "Binh Son"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#b88a4f",
            },
        ],
    },
    {
        "id": "mam-nam-hien",
        "name": ("Cơ sở mắm Năm Hiền", "Nam Hien Fermented Fish Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Mỹ Thới, xã Mỹ Thái, huyện Hòn Đất, tỉnh Kiên Giang",
            "My Thoi Hamlet, My Thai Commune, Hon Dat District, Kien Giang Province",
        ),
        "phone": "0297 3741 936",
        "zalo": "0706 284 519",
        "email": "mamnamhien@gmail.com",
        "website": "https://mamnamhien.vn",
        "representative": "Lý Thị Hiền",
        "story": None,
        "geo": (10.1650, 105.0400),
        "photo": False,
        "products": [
            {
                "id": "mam-ca-sac-nam-hien",
                "name": ("Mắm cá sặc Năm Hiền", "Nam Hien fermented snakeskin gourami"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm cá sặc ủ từ cá đồng, thịt đỏ au, thơm béo, dùng chưng hoặc ăn sống với rau.",
                    "Fermented snakeskin gourami from field fish, rosy and rich, for steaming or eating raw with vegetables.",
                ),
                "description": (
                    "Cá sặc đồng được đánh vảy, bỏ ruột, ướp muối rồi ủ trong khạp sành khoảng ba tháng, sau đó trộn "
                    "thính gạo rang và đường thốt nốt. Thịt mắm chuyển màu đỏ au, mềm mà không nát.\n\n"
                    "Mắm dùng chưng thịt, kho, nấu lẩu mắm hoặc trộn tỏi, ớt, đường ăn với rau sống. Mỗi hũ ghi rõ "
                    "ngày sản xuất và hạn dùng.",
                    "Field gourami are scaled, gutted, salted and fermented in earthenware jars for about three months, "
                    "then mixed with roasted rice powder and palm sugar. The flesh turns rosy red and tender without "
                    "falling apart.\n\n"
                    "Steam it with pork, braise it or make fermented-fish hot pot, or mix it with garlic, chilli and "
                    "sugar to eat with fresh herbs. Every jar carries its production and expiry dates.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ nhựa PET", "PET jar"),
                    "ingredients": (
                        "Cá sặc, muối, thính gạo, đường thốt nốt",
                        "Snakeskin gourami, salt, roasted rice powder, palm sugar",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 01:2021/NH",
                },
                "price": (85000, 100000),
                "tags": (
                    ["mắm", "cá sặc", "mắm cá đồng"],
                    [
                        "fish paste",
                        "fermented fish",
                        "gourami",
                        "snakeskin gourami",
                        "fermented gourami",
                        "freshwater fish",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#a4502f",
            },
            {
                "id": "mam-tom-cha-nam-hien",
                "name": ("Mắm tôm chà Năm Hiền", "Nam Hien pounded shrimp paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm tôm chà làm từ tép biển tươi, chà mịn, màu tím hồng, thơm đặc trưng.",
                    "Pounded shrimp paste from fresh sea krill, finely ground, purplish pink and aromatic.",
                ),
                "description": (
                    "Tép biển tươi được rửa sạch, trộn muối theo tỷ lệ gia truyền, phơi nắng và chà nhiều lần cho đến "
                    "khi mắm mịn, có màu tím hồng và dậy mùi thơm. Cơ sở không dùng phẩm màu và chất bảo quản.\n\n"
                    "Mắm tôm chà dùng làm nước chấm cho thịt luộc, xoài chua, bún đậu hoặc nêm canh chua, bún riêu.",
                    None,
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": ("Tép biển, muối", "Sea krill, salt"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 02:2021/NH",
                },
                "price": None,
                "tags": (["mắm tôm", "mắm ruốc"], ["shrimp paste", "krill paste", "fermented shrimp", "condiment"]),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#9c5b7a",
            },
        ],
    },
    {
        "id": "htx-tre-truc-son-kien",
        "name": ("Hợp tác xã Tre trúc Sơn Kiên", "Son Kien Bamboo Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Kiên Bình, xã Sơn Kiên, huyện Hòn Đất, tỉnh Kiên Giang",
            "Kien Binh Hamlet, Son Kien Commune, Hon Dat District, Kien Giang Province",
        ),
        "phone": "0919 457 326",
        "zalo": "0919 457 326",
        "email": None,
        "website": None,
        "representative": "Danh Thị Phương",
        "story": (
            "Hợp tác xã tập hợp 35 hộ đồng bào Khmer có nghề đan tre truyền thống ở xã Sơn Kiên. Nhờ hợp tác xã, "
            "chị em có việc làm tại nhà và sản phẩm được bán ra ngoài tỉnh.",
            "The cooperative brings together 35 Khmer households in Son Kien with a tradition of bamboo weaving. "
            "Through it, women can work from home and their baskets now sell beyond the province.",
        ),
        "geo": (10.1200, 104.9650),
        "photo": False,
        "products": [
            {
                "id": "gio-tre-dan-son-kien",
                "name": ("Giỏ tre đan Sơn Kiên", "Son Kien woven bamboo basket"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Giỏ tre đan tay có quai, dùng đựng trái cây, đi chợ hoặc làm giỏ quà.",
                    "A handwoven bamboo basket with a handle, for fruit, shopping or gift hampers.",
                ),
                "description": (
                    "Tre gai được chọn cây già, chẻ nan mỏng, ngâm nước và hun khói để chống mối mọt trước khi đan. "
                    "Người thợ đan hoàn toàn bằng tay theo kiểu truyền thống, viền miệng giỏ bằng mây cho chắc và bền.\n\n"
                    "Giỏ nhẹ, thoáng, có ba cỡ, dùng đựng trái cây, đi chợ thay túi ni lông hoặc làm giỏ quà.",
                    "Mature thorny bamboo is split into thin strips, soaked and smoked against woodworm before weaving. "
                    "The weavers work entirely by hand in a traditional pattern and bind the rim with rattan for "
                    "strength.\n\n"
                    "The baskets are light, airy and come in three sizes, for fruit, for shopping instead of plastic "
                    "bags, or as gift hampers.",
                ),
                "specs": {
                    "net_content": ("3 cỡ: 25, 30, 35 cm", "3 sizes: 25, 30, 35 cm"),
                    "packaging": ("Bọc giấy kraft", "Wrapped in kraft paper"),
                    "ingredients": ("Tre gai, mây", "Thorny bamboo, rattan"),
                },
                "price": (60000, 120000),
                "tags": (
                    ["đan tre", "giỏ tre", "thủ công"],
                    [
                        "bamboo",
                        "bamboo weaving",
                        "basket",
                        "bamboo basket",
                        "woven basket",
                        "hamper",
                        "gift hamper",
                        "handicraft",
                        "handmade",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "basket",
                "colour": "#c9a86a",
            },
        ],
    },
    {
        "id": "may-tre-dan-bay-lanh",
        "name": ("Hộ kinh doanh Mây tre đan Bảy Lành", "Bay Lanh Rattan and Bamboo Household Business"),
        "type": "household",
        "address": (
            "Khu phố Sơn Hòa, thị trấn Sóc Sơn, huyện Hòn Đất, tỉnh Kiên Giang",
            "Son Hoa Quarter, Soc Son Town, Hon Dat District, Kien Giang Province",
        ),
        "phone": "0972 618 453",
        "zalo": None,
        "email": None,
        "website": None,
        "representative": "Phạm Văn Lành",
        "story": None,
        "geo": (10.2150, 104.9850),
        "photo": False,
        "products": [
            {
                "id": "khay-may-dan-bay-lanh",
                "name": ("Khay mây đan Bảy Lành", "Bay Lanh woven rattan tray"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Khay mây đan tay trên khung gỗ, dùng bày trái cây, trà bánh hoặc trang trí.",
                    "A handwoven rattan tray on a wooden frame, for serving fruit, cakes and tea or for display.",
                ),
                "description": (
                    "Sợi mây được chuốt đều, phơi khô và đan quanh khung gỗ tràm theo hoa văn mắt cáo. Sau khi đan, khay "
                    "được phủ dầu bóng gốc nước để chống ẩm mốc và giữ màu mây tự nhiên.\n\n"
                    "Khay có dạng tròn và chữ nhật, được nhà hàng, homestay và gia đình dùng bày trái cây, trà bánh. "
                    "Cơ sở nhận đan theo kích thước đặt hàng.",
                    "Rattan strands are evenly planed, dried and woven around a melaleuca-wood frame in a lattice "
                    "pattern. The finished trays get a water-based varnish against damp and mould that keeps the "
                    "natural rattan colour.\n\n"
                    "Round and rectangular trays are used by restaurants, homestays and families for fruit, tea and "
                    "cakes. The household also weaves to order in custom sizes.",
                ),
                "specs": {
                    "net_content": ("Đường kính 30–40 cm", "30–40 cm across"),
                    "packaging": ("Bọc màng co", "Shrink-wrapped"),
                    "ingredients": ("Mây, gỗ tràm, dầu bóng gốc nước", "Rattan, melaleuca wood, water-based varnish"),
                },
                "price": None,
                "tags": (
                    ["mây đan", "khay mây", "thủ công"],
                    [
                        "rattan",
                        "woven rattan",
                        "tray",
                        "rattan tray",
                        "serving tray",
                        "handicraft",
                        "handmade",
                        "home decor",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bowl",
                "colour": "#b07d3c",
            },
        ],
    },
]
