"""Sample facilities and products of Kiên Lương (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "kien-luong"
FACILITIES = [
    {
        "id": "cua-lot-hon-chong",
        "name": ("Hợp tác xã Cua lột Hòn Chông", "Hon Chong Soft-shell Crab Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Hòn Chông, xã Bình An, huyện Kiên Lương, tỉnh Kiên Giang",
            "Hon Chong Hamlet, Binh An Commune, Kien Luong District, Kien Giang Province",
        ),
        "phone": "0297 3759 284",
        "zalo": "0914 582 037",
        "email": "htxcualothonchong@gmail.com",
        "website": "https://cualothonchong.vn",
        "representative": "Trần Thị Ngọc Bích",
        "story": (
            "Hợp tác xã gồm 19 hộ nuôi cua lột trong hộp nhựa trên ao nước lợ ven biển Hòn Chông. Người nuôi canh "
            "ca ngày đêm để vớt cua ngay khi vừa lột, giữ cho vỏ mềm và thịt chắc.",
            "The cooperative's 19 families raise soft-shell crabs in plastic boxes floating on brackish ponds along "
            "the Hon Chong coast. They keep watch day and night to lift each crab out as soon as it moults, so the "
            "shell stays soft and the meat firm.",
        ),
        "geo": (10.1538, 104.6251),
        "photo": True,
        "products": [
            {
                "id": "cua-lot-hon-chong-dong-lanh",
                "name": ("Cua lột Hòn Chông đông lạnh", "Hon Chong frozen soft-shell crab"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Cua lột nguyên con, cấp đông ngay sau khi lột vỏ, ăn được cả con.",
                    "Whole soft-shell crabs frozen right after moulting, to be eaten shell and all.",
                ),
                "description": (
                    "Cua biển được nuôi riêng từng con trong hộp nhựa; khi cua vừa lột, người nuôi vớt ra, rửa "
                    "sạch và **cấp đông trong vòng hai giờ** để vỏ không cứng lại.\n\n"
                    "Cua lột chiên giòn, rang me hoặc nấu lẩu đều ngon, ăn được cả vỏ. Mỗi khay khoảng 10 đến 12 "
                    "con cùng cỡ.",
                    "Each mud crab is raised in its own plastic box; as soon as it moults it is lifted out, cleaned "
                    "and **frozen within two hours** so the shell does not harden.\n\n"
                    "Soft-shell crab is delicious fried crisp, tossed in tamarind sauce or in hotpot, and is eaten "
                    "whole. Each tray holds about 10 to 12 crabs of one size.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": (
                        "Khay nhựa hút chân không trong hộp giấy",
                        "Vacuum-sealed tray in a carton",
                    ),
                    "ingredients": ("Cua biển lột", "Soft-shell mud crab"),
                    "shelf_life": ("12 tháng ở -18 °C", "12 months at -18 °C"),
                    "standards": "TCCS 01:2021/HC",
                },
                "price": (220000, 280000),
                "tags": (
                    ["cua lột", "hòn chông", "hải sản"],
                    ["soft-shell crab", "soft shell crab", "crab", "frozen crab", "seafood", "Hon Chong"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#c8643c",
            },
            {
                "id": "bo-san-pham-cua-lot-hon-chong",
                "name": ("Bộ sản phẩm cua lột Hòn Chông", "Hon Chong soft-shell crab set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Cua lột làm sạch", "Cleaned soft-shell crab"), "500 g"),
                    (("Cua lột tẩm bột", "Breaded soft-shell crab"), "500 g"),
                ],
                "summary": (
                    "Cua lột làm sạch và cua lột tẩm bột sẵn, chỉ cần chiên.",
                    "Cleaned soft-shell crab and ready-breaded soft-shell crab, ready to fry.",
                ),
                "description": (
                    "Bộ sản phẩm dành cho nhà hàng và bếp gia đình: một khay cua lột đã cắt yếm, bỏ mang, và một "
                    "khay cua lột **tẩm bột chiên giòn** sẵn.\n\n"
                    "Cả hai đều dùng cua lột cùng cỡ của hợp tác xã, cấp đông riêng từng con nên lấy bao nhiêu dùng "
                    "bấy nhiêu.",
                    "The set is made for restaurants and home kitchens: one tray of soft-shell crabs with apron and "
                    "gills removed, and one tray already **coated in crisp batter**.\n\n"
                    "Both use the cooperative's same-size crabs, individually frozen, so you can take out only as "
                    "many as you need.",
                ),
                "specs": {
                    "packaging": ("Khay nhựa hút chân không", "Vacuum-sealed trays"),
                    "ingredients": (
                        "Cua biển lột, bột chiên giòn",
                        "Soft-shell mud crab, crisp-frying batter",
                    ),
                    "shelf_life": ("12 tháng ở -18 °C", "12 months at -18 °C"),
                    "standards": "TCCS 01:2021/HC",
                },
                "price": None,
                "tags": (
                    ["cua lột", "hòn chông", "hải sản"],
                    ["soft-shell crab", "soft shell crab", "crab", "breaded crab", "seafood", "Hon Chong"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#d2784a",
            },
        ],
    },
    {
        "id": "hai-san-bay-tuoi",
        "name": ("Hộ kinh doanh Hải sản Bảy Tươi", "Bay Tuoi Seafood Household Business"),
        "type": "household",
        "address": (
            "Ấp Bãi Nam, xã Hòn Nghệ, huyện Kiên Lương, tỉnh Kiên Giang",
            "Bai Nam Hamlet, Hon Nghe Commune, Kien Luong District, Kien Giang Province",
        ),
        "phone": "0965 208 417",
        "zalo": "0965 208 417",
        "email": None,
        "website": None,
        "representative": "Lê Thị Tươi",
        "story": None,
        "geo": (10.0309, 104.5612),
        "photo": False,
        "products": [
            {
                "id": "tom-kho-bay-tuoi",
                "name": ("Tôm khô Bảy Tươi", "Bay Tuoi dried shrimp"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Tôm biển Hòn Nghệ luộc, phơi nắng và bóc vỏ thủ công.",
                    "Hon Nghe sea shrimp boiled, sun-dried and peeled by hand.",
                ),
                "description": (
                    "Tôm do ghe cào quanh đảo Hòn Nghệ đánh bắt, được luộc trong nước muối rồi phơi **ba nắng** "
                    "trên giàn tre. Sau đó tôm được chà vỏ và lựa tay.\n\n"
                    "Tôm khô có màu cam tự nhiên, thịt ngọt, dùng nấu canh bí, xào rau hoặc trộn gỏi. Đóng túi "
                    "zip 250 g.",
                    "The shrimp are caught by small trawlers around Hon Nghe island, boiled in brine and dried for "
                    "**three days** on bamboo racks. They are then rubbed out of their shells and sorted by hand.\n\n"
                    "They are naturally orange and sweet, for gourd soup, stir-fried greens or salads. Packed in "
                    "250 g zip bags.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Túi zip", "Zip bag"),
                    "ingredients": ("Tôm biển, muối", "Sea shrimp, salt"),
                    "shelf_life": ("9 tháng", "9 months"),
                },
                "price": (280000, 340000),
                "tags": (
                    ["tôm khô", "hòn nghệ", "hải sản khô"],
                    ["dried shrimp", "shrimp", "dried seafood", "Hon Nghe"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e5834f",
            },
        ],
    },
    {
        "id": "cha-ghe-thanh-tam",
        "name": ("Cơ sở sản xuất chả ghẹ Thanh Tâm", "Thanh Tam Crab Cake Workshop"),
        "type": "workshop",
        "address": (
            "Khu phố Ba Hòn, thị trấn Kiên Lương, huyện Kiên Lương, tỉnh Kiên Giang",
            "Ba Hon Quarter, Kien Luong Town, Kien Luong District, Kien Giang Province",
        ),
        "phone": "0297 3750 618",
        "zalo": "0788 514 209",
        "email": "chaghethanhtam@gmail.com",
        "website": None,
        "representative": "Nguyễn Thanh Tâm",
        "story": (
            "Anh Tâm vốn là đầu bếp ở Rạch Giá, về quê Ba Hòn mở cơ sở năm 2020 để tận dụng nguồn ghẹ dồi dào "
            "của ngư dân Kiên Lương. Cơ sở hiện có tám lao động, phần lớn là phụ nữ địa phương.",
            "Mr Tam was a cook in Rach Gia before coming home to Ba Hon in 2020 to make use of the plentiful blue "
            "swimming crabs landed by Kien Luong's fishermen. The workshop employs eight people, most of them local "
            "women.",
        ),
        "geo": (10.2557, 104.6021),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-cha-ghe-thanh-tam",
                "name": ("Bộ sản phẩm chả ghẹ Thanh Tâm", "Thanh Tam crab cake set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Chả ghẹ chiên", "Fried crab cakes"), "500 g"),
                    (("Chả ghẹ viên", "Crab balls"), "500 g"),
                ],
                "summary": (
                    "Chả ghẹ chiên và chả ghẹ viên làm từ thịt ghẹ và chả cá biển.",
                    "Fried crab cakes and crab balls made from crab meat and sea fish paste.",
                ),
                "description": (
                    "Ghẹ tươi được hấp chín, gỡ lấy thịt rồi trộn với chả cá biển, hành, tiêu theo tỷ lệ **40% "
                    "thịt ghẹ**. Hỗn hợp được nặn miếng để chiên hoặc vo viên.\n\n"
                    "Chả ghẹ chiên ăn với cơm, bánh mì; chả ghẹ viên hợp nấu lẩu, canh. Sản phẩm được cấp đông và "
                    "đóng túi hút chân không.",
                    "Fresh swimming crabs are steamed and picked, and the meat is mixed with sea fish paste, shallots "
                    "and pepper at **40% crab meat**. The mixture is shaped into cakes for frying or rolled into "
                    "balls.\n\n"
                    "Fried crab cakes go with rice or bread; crab balls suit hotpot and soups. Both are frozen and "
                    "vacuum-packed.",
                ),
                "specs": {
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bags"),
                    "ingredients": (
                        "Thịt ghẹ, chả cá biển, hành tím, tiêu, muối",
                        "Crab meat, sea fish paste, shallots, pepper, salt",
                    ),
                    "shelf_life": ("6 tháng ở -18 °C", "6 months at -18 °C"),
                    "standards": "TCCS 02:2022/TT",
                },
                "price": (150000, 190000),
                "tags": (
                    ["chả ghẹ", "kiên lương", "hải sản"],
                    ["crab cake", "crab ball", "crab", "seafood", "Kien Luong"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e8a25c",
            },
        ],
    },
    {
        "id": "thuc-pham-son-hai",
        "name": ("Doanh nghiệp tư nhân Thực phẩm Sơn Hải", "Son Hai Food Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Rạch Đùng, xã Bình Trị, huyện Kiên Lương, tỉnh Kiên Giang",
            "Rach Dung Hamlet, Binh Tri Commune, Kien Luong District, Kien Giang Province",
        ),
        "phone": "0297 3759 046",
        "zalo": None,
        "email": "thucphamsonhai@gmail.com",
        "website": None,
        "representative": "Châu Văn Hậu",
        "story": None,
        "geo": (10.2124, 104.6389),
        "photo": False,
        "products": [
            {
                "id": "ca-com-say-me-son-hai",
                "name": ("Cá cơm sấy mè Sơn Hải", "Son Hai crispy anchovies with sesame"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Cá cơm sấy giòn rim mè, ăn liền như món ăn vặt.",
                    "Crisp dried anchovies glazed with sesame, a ready-to-eat snack.",
                ),
                "description": (
                    "Cá cơm khô được sấy giòn, rim với nước mắm, đường, tỏi ớt rồi **rắc mè rang**. Từng mẻ nhỏ được "
                    "làm nguội và đóng túi ngay để giữ độ giòn.\n\n"
                    "Món ăn vặt mặn ngọt, cay nhẹ, dùng nhắm hoặc ăn kèm cơm, cháo. Túi có khóa zip, nên dùng hết "
                    "trong một tuần sau khi mở.",
                    "Dried anchovies are crisped, glazed with fish sauce, sugar, garlic and chilli, then **sprinkled "
                    "with toasted sesame**. Each small batch is cooled and bagged at once to stay crunchy.\n\n"
                    "This sweet, salty and slightly spicy snack goes with drinks, rice or porridge. The bag has a zip; "
                    "finish it within a week of opening.",
                ),
                "specs": {
                    "net_content": "200 g",
                    "packaging": ("Túi zip tráng bạc", "Foil-lined zip bag"),
                    "ingredients": (
                        "Cá cơm, mè, nước mắm, đường, tỏi, ớt",
                        "Anchovies, sesame, fish sauce, sugar, garlic, chilli",
                    ),
                    "shelf_life": ("6 tháng", "6 months"),
                },
                "price": None,
                "tags": (
                    ["cá cơm", "ăn vặt", "kiên lương"],
                    ["anchovy", "dried anchovy", "crispy anchovy", "sesame", "snack", "Kien Luong"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#d4a24e",
            },
        ],
    },
    {
        "id": "tinh-dau-sa-duong-hoa",
        "name": ("Công ty TNHH Tinh dầu Sả Dương Hòa", "Duong Hoa Lemongrass Oil Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Cống Tre, xã Dương Hòa, huyện Kiên Lương, tỉnh Kiên Giang",
            "Cong Tre Hamlet, Duong Hoa Commune, Kien Luong District, Kien Giang Province",
        ),
        "phone": "0297 3759 833",
        "zalo": "0832 471 605",
        "email": None,
        "website": "https://tinhdausaduonghoa.vn",
        "representative": "Bùi Quốc Hòa",
        "story": (
            "Công ty liên kết với hơn 30 hộ chuyển đất lúa kém hiệu quả sang trồng sả chanh. Nhà chưng cất đặt "
            "ngay giữa vùng nguyên liệu để lá sả được cất trong ngày thu hoạch.",
            "The company works with over 30 families who switched poor rice land to lemongrass. Its distillery "
            "stands in the middle of the fields so the leaves are distilled on the day they are cut.",
        ),
        "geo": (10.3043, 104.6127),
        "photo": False,
        "products": [
            {
                "id": "tinh-dau-sa-chanh-duong-hoa",
                "name": ("Tinh dầu sả chanh Dương Hòa", "Duong Hoa lemongrass essential oil"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Tinh dầu sả chanh nguyên chất, chưng cất hơi nước trong ngày thu hoạch.",
                    "Pure lemongrass oil, steam-distilled on the day of harvest.",
                ),
                "description": (
                    "Lá sả chanh được cắt lúc sáng sớm, phơi héo vài giờ rồi chưng cất bằng hơi nước. Tinh dầu được "
                    "lắng, lọc và đóng chai thủy tinh **màu hổ phách** để tránh ánh sáng.\n\n"
                    "Dùng xông phòng, khử mùi, đuổi muỗi hoặc pha loãng lau sàn. Không thoa trực tiếp lên da, để xa "
                    "tầm tay trẻ em.",
                    "Lemongrass leaves are cut early in the morning, wilted for a few hours and steam-distilled. The "
                    "oil is settled, filtered and bottled in **amber glass** to keep out light.\n\n"
                    "Use it in a diffuser, to freshen rooms, keep mosquitoes away or diluted for mopping floors. Do "
                    "not apply undiluted to skin; keep away from children.",
                ),
                "specs": {
                    "net_content": "50 ml",
                    "packaging": ("Chai thủy tinh màu hổ phách có nắp nhỏ giọt", "Amber glass dropper bottle"),
                    "ingredients": ("Tinh dầu sả chanh nguyên chất", "Pure lemongrass oil"),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCCS 01:2022/DH",
                },
                "price": (60000, 90000),
                "tags": (
                    ["tinh dầu", "sả chanh", "kiên lương"],
                    ["essential oil", "lemongrass", "lemongrass oil", "aromatherapy", "Kien Luong"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": "2027-11-20",
                "shape": "drop",
                "colour": "#d8d35a",
            },
        ],
    },
]
