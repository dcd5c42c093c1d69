"""Sample facilities and products of Giang Thành (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "giang-thanh"
FACILITIES = [
    {
        "id": "dan-dat-co-bang-tra-phot",
        "name": ("Hợp tác xã Phụ nữ đan đát cỏ bàng Trà Phọt", "Tra Phot Women's Sedge Weaving Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Trà Phọt, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang",
            "Tra Phot Hamlet, Phu My Commune, Giang Thanh District, Kien Giang Province",
        ),
        "phone": "0297 3788 152",
        "zalo": "0373 615 820",
        "email": "cobangtraphot@gmail.com",
        "website": "https://cobangtraphot.vn",
        "representative": "Danh Thị Sa Ly",
        "story": (
            "Hợp tác xã quy tụ 42 chị em, phần đông là phụ nữ Khmer, đan cỏ bàng tại nhà vào lúc nông nhàn. Cỏ "
            "được nhổ ở đồng trũng Phú Mỹ, phơi, đập dẹp và nhuộm màu tự nhiên trước khi giao cho các tổ đan.",
            "The cooperative brings together 42 women, most of them Khmer, who weave bang sedge at home between "
            "farming seasons. The sedge is pulled from the Phu My wetlands, dried, pounded flat and dyed with "
            "natural colours before going to the weaving groups.",
        ),
        "geo": (10.4745, 104.6298),
        "photo": True,
        "products": [
            {
                "id": "tui-xach-co-bang-tra-phot",
                "name": ("Túi xách cỏ bàng Trà Phọt", "Tra Phot sedge handbag"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Túi xách đan tay từ cỏ bàng Phú Mỹ, lót vải, quai da.",
                    "A handbag hand-woven from Phu My bang sedge, with fabric lining and leather handles.",
                ),
                "description": (
                    "Mỗi chiếc túi được đan tay trong khoảng **hai ngày** từ sợi cỏ bàng đã đập dẹp, phơi khô. Túi "
                    "được lót vải bố, gắn quai da và khóa nam châm.\n\n"
                    "Túi nhẹ, bền, thoáng, hợp đi chợ, đi biển hay dạo phố. Cỏ bàng là vật liệu tự nhiên nên màu "
                    "sợi có thể khác nhau đôi chút giữa các chiếc túi.",
                    "Each bag takes about **two days** to weave by hand from flattened, sun-dried bang sedge. It is "
                    "lined with canvas and fitted with leather handles and a magnetic clasp.\n\n"
                    "The bag is light, strong and airy, good for the market, the beach or the town. Sedge is a "
                    "natural material, so the colour may vary slightly from bag to bag.",
                ),
                "specs": {
                    "net_content": "35 × 28 × 12 cm",
                    "packaging": ("Túi giấy", "Paper bag"),
                    "ingredients": ("Cỏ bàng, vải bố, quai da", "Bang sedge, canvas lining, leather handles"),
                },
                "price": (180000, 350000),
                "tags": (
                    ["cỏ bàng", "túi xách", "thủ công mỹ nghệ"],
                    [
                        "sedge",
                        "bang sedge",
                        "bag",
                        "handbag",
                        "purse",
                        "woven bag",
                        "straw bag",
                        "handicraft",
                        "handmade",
                        "souvenir",
                    ],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "bag",
                "colour": "#b99a5b",
            },
            {
                "id": "bo-san-pham-gio-co-bang-tra-phot",
                "name": ("Bộ sản phẩm giỏ cỏ bàng Trà Phọt", "Tra Phot sedge basket set"),
                "kind": "set",
                "group": "handicrafts",
                "items": [
                    (("Giỏ tròn nhỏ", "Small round basket"), None),
                    (("Giỏ đi chợ", "Market basket"), None),
                    (("Giỏ đựng đồ có nắp", "Lidded storage basket"), None),
                ],
                "summary": (
                    "Ba kiểu giỏ cỏ bàng đan tay cho việc đi chợ và cất đồ trong nhà.",
                    "Three hand-woven sedge baskets for shopping and storage at home.",
                ),
                "description": (
                    "Các giỏ được đan theo kiểu **lóng mốt** truyền thống, vành giỏ viền bằng cỏ bàng xoắn để giữ "
                    "dáng. Giỏ đi chợ có quai cầm, giỏ đựng đồ có nắp đậy khít.\n\n"
                    "Sản phẩm thay thế túi ni lông, dùng đựng trái cây, đồ khô hoặc quần áo. Lau bằng khăn khô, "
                    "tránh để nơi ẩm.",
                    "The baskets are woven in the traditional **one-over-one** pattern, with rims bound in twisted "
                    "sedge to hold their shape. The market basket has handles; the storage basket has a snug "
                    "lid.\n\n"
                    "They replace plastic bags and hold fruit, dry goods or clothes. Wipe with a dry cloth and keep "
                    "away from damp.",
                ),
                "specs": {
                    "ingredients": ("Cỏ bàng", "Bang sedge"),
                },
                "price": (90000, 280000),
                "tags": (
                    ["cỏ bàng", "giỏ", "thủ công mỹ nghệ"],
                    [
                        "sedge",
                        "bang sedge",
                        "basket",
                        "woven basket",
                        "storage basket",
                        "shopping basket",
                        "market basket",
                        "handicraft",
                        "handmade",
                        "souvenir",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "basket",
                "colour": "#a98c52",
            },
        ],
    },
    {
        "id": "thu-cong-my-nghe-cay-go",
        "name": ("Hợp tác xã Thủ công mỹ nghệ Cây Gõ", "Cay Go Handicraft Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Cây Gõ, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang",
            "Cay Go Hamlet, Phu My Commune, Giang Thanh District, Kien Giang Province",
        ),
        "phone": "0919 263 478",
        "zalo": "0919 263 478",
        "email": None,
        "website": None,
        "representative": "Thạch Thị Sa Rên",
        "story": (
            "Từ một tổ đan 12 người, hợp tác xã nay có gần 60 thành viên và nhận đơn hàng ống hút, hộp đựng cho "
            "các khu nghỉ dưỡng ở Phú Quốc. Thu nhập từ nghề đan giúp nhiều chị em có thêm tiền cho con đến trường.",
            "What began as a weaving group of 12 is now a cooperative of nearly 60 members, taking orders for "
            "straws and boxes from Phu Quoc resorts. The weaving income helps many women keep their children in "
            "school.",
        ),
        "geo": (10.4612, 104.6185),
        "photo": False,
        "products": [
            {
                "id": "ong-hut-co-bang-cay-go",
                "name": ("Ống hút cỏ bàng Cây Gõ", "Cay Go sedge drinking straws"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Ống hút tự nhiên từ thân cỏ bàng rỗng, thay cho ống hút nhựa.",
                    "Natural drinking straws cut from hollow sedge stems, instead of plastic.",
                ),
                "description": (
                    "Thân cỏ bàng rỗng ruột được chọn cây thẳng, cắt dài **20 cm**, rửa sạch, luộc khử trùng rồi "
                    "phơi hoặc sấy khô. Ống hút không dùng hóa chất.\n\n"
                    "Ống hút cứng, không mềm nhũn trong nước, tự phân hủy sau khi dùng. Được nhiều quán cà phê và "
                    "khu nghỉ dưỡng chọn thay cho ống hút nhựa.",
                    "Straight, hollow sedge stems are chosen, cut to **20 cm**, washed, boiled to sterilise and sun- "
                    "or oven-dried. No chemicals are used.\n\n"
                    "The straws stay firm in drinks and break down naturally after use. Many cafés and resorts now "
                    "choose them instead of plastic straws.",
                ),
                "specs": {
                    "net_content": ("100 ống", "100 straws"),
                    "packaging": ("Túi giấy kraft", "Kraft paper bag"),
                    "ingredients": ("Thân cỏ bàng", "Bang sedge stems"),
                    "shelf_life": ("12 tháng ở nơi khô ráo", "12 months in a dry place"),
                },
                "price": (35000, 50000),
                "tags": (
                    ["cỏ bàng", "ống hút", "thân thiện môi trường"],
                    [
                        "sedge",
                        "bang sedge",
                        "straw",
                        "drinking straw",
                        "grass straw",
                        "eco-friendly",
                        "plastic-free",
                        "biodegradable",
                        "zero waste",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#9fae6a",
            },
            {
                "id": "bo-san-pham-hop-co-bang-cay-go",
                "name": ("Bộ sản phẩm hộp cỏ bàng Cây Gõ", "Cay Go sedge box set"),
                "kind": "set",
                "group": "handicrafts",
                "items": [
                    (("Hộp vuông có nắp", "Square lidded box"), None),
                    (("Hộp chữ nhật", "Rectangular box"), None),
                    (("Hộp tròn", "Round box"), None),
                ],
                "summary": (
                    "Ba hộp cỏ bàng đan tay có khung bìa cứng, dùng đựng đồ và làm hộp quà.",
                    "Three hand-woven sedge boxes on card frames, for storage or as gift boxes.",
                ),
                "description": (
                    "Sợi cỏ bàng nhuộm hai màu được đan bọc ngoài khung bìa cứng, tạo thành **ba kiểu hộp** vuông, "
                    "chữ nhật và tròn. Mép hộp được may viền chắc chắn.\n\n"
                    "Hộp dùng đựng trang sức, văn phòng phẩm, trà hoặc làm hộp quà cho đặc sản địa phương. Có thể "
                    "đặt in logo theo yêu cầu.",
                    "Two-tone dyed sedge is woven over card frames into **three boxes**: square, rectangular and "
                    "round. The edges are stitched with a firm binding.\n\n"
                    "The boxes hold jewellery, stationery or tea, or serve as gift boxes for local specialities. A "
                    "logo can be added to order.",
                ),
                "specs": {
                    "ingredients": ("Cỏ bàng, bìa cứng", "Bang sedge, cardboard"),
                },
                "price": None,
                "tags": (
                    ["cỏ bàng", "hộp", "quà tặng"],
                    [
                        "sedge",
                        "bang sedge",
                        "box",
                        "woven box",
                        "storage box",
                        "gift box",
                        "gift",
                        "handicraft",
                        "handmade",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#a88a4f",
            },
        ],
    },
    {
        "id": "chieu-co-bang-ut-thuy",
        "name": ("Hộ kinh doanh Chiếu cỏ bàng Út Thủy", "Ut Thuy Sedge Mat Household Business"),
        "type": "household",
        "address": (
            "Ấp Trà Phô, xã Phú Mỹ, huyện Giang Thành, tỉnh Kiên Giang",
            "Tra Pho Hamlet, Phu My Commune, Giang Thanh District, Kien Giang Province",
        ),
        "phone": "0398 472 610",
        "zalo": "0398 472 610",
        "email": None,
        "website": None,
        "representative": "Sơn Thị Thủy",
        "story": None,
        "geo": (10.4829, 104.6403),
        "photo": False,
        "products": [
            {
                "id": "chieu-co-bang-nhuom-ut-thuy",
                "name": ("Chiếu cỏ bàng nhuộm màu Út Thủy", "Ut Thuy dyed sedge mat"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Chiếu cỏ bàng đan tay, hoa văn nhuộm màu, mát vào mùa nóng.",
                    "A hand-woven sedge mat with dyed patterns, cool in the hot season.",
                ),
                "description": (
                    "Chiếu được đan từ sợi cỏ bàng to bản, xen kẽ sợi nhuộm đỏ và xanh thành **hoa văn ca rô**. Một "
                    "người thợ lành nghề đan xong một chiếc chiếu trong ba ngày.\n\n"
                    "Chiếu mát, êm, dùng trải giường, trải sàn hoặc đi dã ngoại. Cuộn tròn khi cất, phơi nắng nhẹ "
                    "định kỳ để chiếu không ẩm mốc.",
                    "The mat is woven from broad sedge strips, alternating red- and green-dyed strands into a "
                    "**check pattern**. A skilled weaver finishes one mat in three days.\n\n"
                    "It is cool and soft for beds, floors or picnics. Roll it up to store and air it in mild sun "
                    "from time to time to keep it free of mould.",
                ),
                "specs": {
                    "net_content": ("1,6 × 2 m", "1.6 × 2 m"),
                    "ingredients": ("Cỏ bàng, phẩm nhuộm", "Bang sedge, dye"),
                },
                "price": None,
                "tags": (
                    ["cỏ bàng", "chiếu", "thủ công mỹ nghệ"],
                    [
                        "sedge",
                        "bang sedge",
                        "mat",
                        "woven mat",
                        "sleeping mat",
                        "rug",
                        "handicraft",
                        "handmade",
                        "souvenir",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#b8894a",
            },
        ],
    },
    {
        "id": "co-bang-hong-nhung",
        "name": ("Cơ sở sản xuất hàng cỏ bàng Hồng Nhung", "Hong Nhung Sedge Goods Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Giồng Kè, xã Phú Lợi, huyện Giang Thành, tỉnh Kiên Giang",
            "Giong Ke Hamlet, Phu Loi Commune, Giang Thanh District, Kien Giang Province",
        ),
        "phone": "0297 3788 409",
        "zalo": "0822 619 374",
        "email": "cobanghongnhung@gmail.com",
        "website": None,
        "representative": "Lâm Thị Hồng Nhung",
        "story": (
            "Chị Nhung học nghề đan từ bà ngoại ở Phú Mỹ, rồi mở cơ sở riêng chuyên đồ dùng nhà bếp và bàn ăn. Cơ sở "
            "thu mua sợi cỏ đã xử lý của bà con và trả công theo sản phẩm.",
            "Ms Nhung learned to weave from her grandmother in Phu My and then opened her own workshop for kitchen "
            "and table goods. She buys prepared sedge from villagers and pays weavers by the piece.",
        ),
        "geo": (10.4891, 104.6987),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-do-dung-ban-an-co-bang-hong-nhung",
                "name": ("Bộ sản phẩm đồ dùng bàn ăn cỏ bàng Hồng Nhung", "Hong Nhung sedge tableware set"),
                "kind": "set",
                "group": "handicrafts",
                "items": [
                    (("Lót ly", "Coasters"), ("6 cái", "6 pieces")),
                    (("Lót nồi", "Pot mat"), None),
                    (("Khay đựng bánh", "Bread tray"), None),
                ],
                "summary": (
                    "Lót ly, lót nồi và khay đựng bánh đan từ cỏ bàng cho bàn ăn gia đình.",
                    "Coasters, a pot mat and a bread tray woven from sedge for the family table.",
                ),
                "description": (
                    "Bộ sản phẩm dùng sợi cỏ bàng bện đôi để **chịu nhiệt** và giữ phẳng. Lót ly và lót nồi được đan "
                    "xoắn ốc, khay đựng bánh có thành thấp và đáy đan dày.\n\n"
                    "Các món hợp bàn ăn gia đình, quán cà phê và nhà hàng theo phong cách mộc. Lau bằng khăn ẩm, "
                    "phơi khô nơi thoáng.",
                    "The set uses double-twisted sedge so it **stands heat** and lies flat. The coasters and pot mat "
                    "are woven in a spiral; the bread tray has low sides and a thick woven base.\n\n"
                    "The pieces suit family tables, cafés and restaurants with a natural look. Wipe with a damp "
                    "cloth and dry in an airy place.",
                ),
                "specs": {
                    "ingredients": ("Cỏ bàng", "Bang sedge"),
                },
                "price": (80000, 160000),
                "tags": (
                    ["cỏ bàng", "đồ dùng nhà bếp", "thủ công mỹ nghệ"],
                    [
                        "sedge",
                        "bang sedge",
                        "tableware",
                        "kitchenware",
                        "coaster",
                        "pot mat",
                        "trivet",
                        "bread tray",
                        "tray",
                        "handicraft",
                        "handmade",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bowl",
                "colour": "#c2a064",
            },
        ],
    },
    {
        "id": "my-nghe-xanh-phu-my",
        "name": ("Công ty TNHH Mỹ nghệ Xanh Phú Mỹ", "Xanh Phu My Handicrafts Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Rạch Giồng, xã Tân Khánh Hòa, huyện Giang Thành, tỉnh Kiên Giang",
            "Rach Giong Hamlet, Tan Khanh Hoa Commune, Giang Thanh District, Kien Giang Province",
        ),
        "phone": "0297 3788 615",
        "zalo": "0976 304 128",
        "email": "sales@mynghexanhphumy.com.vn",
        "website": "https://mynghexanhphumy.com.vn",
        "representative": "Phạm Ngọc Hân",
        "story": None,
        "geo": (10.5031, 104.7735),
        "photo": False,
        "products": [
            {
                "id": "tui-co-bang-phoi-tho-cam-xanh-phu-my",
                "name": ("Túi cỏ bàng phối thổ cẩm Xanh Phú Mỹ", "Xanh Phu My sedge tote with brocade trim"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Túi tote cỏ bàng viền vải thổ cẩm Khmer, may lót và túi nhỏ bên trong.",
                    "A sedge tote trimmed with Khmer brocade, with a lining and an inner pocket.",
                ),
                "description": (
                    "Thân túi được đan từ cỏ bàng nguyên màu, miệng túi và quai viền vải **thổ cẩm Khmer** dệt tay. "
                    "Bên trong có lót vải và túi nhỏ đựng điện thoại.\n\n"
                    "Công ty thiết kế mẫu, còn phần đan do các tổ phụ nữ ở Phú Mỹ đảm nhận. Túi đạt yêu cầu của "
                    "khách hàng xuất khẩu về độ đều sợi và đường may.",
                    "The body is woven from natural-coloured sedge, and the opening and handles are trimmed with "
                    "hand-woven **Khmer brocade**. Inside is a lining and a small phone pocket.\n\n"
                    "The company designs the bags and women's weaving groups in Phu My weave them. The tote meets "
                    "export buyers' standards for even weaving and stitching.",
                ),
                "specs": {
                    "net_content": "40 × 32 × 14 cm",
                    "packaging": ("Túi vải", "Cloth dust bag"),
                    "ingredients": ("Cỏ bàng, vải thổ cẩm, vải lót", "Bang sedge, brocade, lining fabric"),
                },
                "price": (220000, 320000),
                "tags": (
                    ["cỏ bàng", "túi", "thổ cẩm"],
                    [
                        "sedge",
                        "bang sedge",
                        "bag",
                        "tote",
                        "tote bag",
                        "handbag",
                        "woven bag",
                        "brocade",
                        "Khmer brocade",
                        "handicraft",
                        "handmade",
                        "souvenir",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#7f8a4c",
            },
        ],
    },
    {
        "id": "kho-ca-dong-nam-dieu",
        "name": ("Hộ kinh doanh Khô cá đồng Năm Điều", "Nam Dieu Dried Field Fish Household Business"),
        "type": "household",
        "address": (
            "Ấp Đầm Chít, xã Vĩnh Điều, huyện Giang Thành, tỉnh Kiên Giang",
            "Dam Chit Hamlet, Vinh Dieu Commune, Giang Thanh District, Kien Giang Province",
        ),
        "phone": "0868 295 137",
        "zalo": "0868 295 137",
        "email": None,
        "website": None,
        "representative": "Trần Văn Điều",
        "story": (
            "Vào mùa nước nổi, ông Điều thu mua cá lóc đồng của bà con giăng lưới trên kênh Vĩnh Tế và các cánh "
            "đồng ngập nước. Cá được làm khô trên giàn phơi sau nhà.",
            "In the flood season Mr Dieu buys wild snakehead from villagers who set nets along the Vinh Te canal "
            "and in the flooded fields. The fish are dried on racks behind his house.",
        ),
        "geo": (10.5389, 104.8627),
        "photo": False,
        "products": [
            {
                "id": "kho-ca-loc-nam-dieu",
                "name": ("Khô cá lóc Năm Điều", "Nam Dieu dried snakehead fish"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khô cá lóc đồng mùa nước nổi, ướp nhạt, phơi nắng.",
                    "Wild snakehead from the flood season, lightly salted and sun-dried.",
                ),
                "description": (
                    "Cá lóc đồng được đánh vảy, xẻ bướm, ướp muối và đường theo tỷ lệ nhạt rồi phơi **hai đến ba "
                    "nắng**. Không dùng chất bảo quản.\n\n"
                    "Khô cá lóc thịt dày, thơm, nướng hoặc chiên ăn với cơm, xé trộn gỏi xoài hay nấu canh chua "
                    "đều hợp. Bảo quản ngăn mát tủ lạnh.",
                    "Wild snakehead are scaled, butterflied, lightly cured with salt and sugar, and sun-dried for "
                    "**two to three days**. No preservatives are used.\n\n"
                    "The flesh is thick and fragrant: grill or fry it to eat with rice, shred it into green mango "
                    "salad, or add it to sour soup. Keep refrigerated.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
                    "ingredients": ("Cá lóc, muối, đường", "Snakehead fish, salt, sugar"),
                    "shelf_life": ("6 tháng ở ngăn mát", "6 months refrigerated"),
                },
                "price": (250000, 320000),
                "tags": (
                    ["khô cá lóc", "cá đồng", "giang thành"],
                    ["dried snakehead", "snakehead", "dried fish", "freshwater fish", "wild fish", "Giang Thanh"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#a8794a",
            },
        ],
    },
]
