"""Sample facilities and products of Tân Hiệp (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "tan-hiep"
FACILITIES = [
    {
        "id": "co-khi-sau-phuoc",
        "name": ("Cơ sở cơ khí Sáu Phước", "Sau Phuoc Mechanical Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Tân Bình, xã Tân Hội, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Tan Binh Hamlet, Tan Hoi Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0297 3835 642",
        "zalo": "0917 264 831",
        "email": "cokhisauphuoc@gmail.com",
        "website": "https://cokhisauphuoc.vn",
        "representative": "Lê Văn Phước",
        "story": (
            "Ông Sáu Phước là nông dân tự học nghề cơ khí, bắt đầu chế tạo máy từ năm 2008 khi thiếu nhân công khuân "
            "lúa mùa thu hoạch. Máy của ông từng đoạt giải hội thi sáng tạo kỹ thuật của tỉnh và được nông dân nhiều "
            "tỉnh miền Tây đặt mua.",
            "Mr Sau Phuoc is a farmer who taught himself engineering and began building machines in 2008, when there "
            "were not enough hands to carry paddy at harvest. His machines have won prizes at the province's technical "
            "innovation contest and are ordered by farmers across the Mekong Delta.",
        ),
        "geo": (10.0860, 105.2140),
        "photo": True,
        "products": [
            {
                "id": "may-van-chuyen-lua-sau-phuoc",
                "name": ("Máy vận chuyển lúa Sáu Phước", "Sau Phuoc paddy transport machine"),
                "kind": "product",
                "group": "machinery",
                "items": [],
                "summary": (
                    "Máy bánh xích chở lúa từ ruộng lên bờ, chạy được trên nền ruộng lún sâu.",
                    "A tracked carrier that moves paddy from the field to the bank, even on deep, soft ground.",
                ),
                "description": (
                    "Máy chạy bằng động cơ diesel trên bánh xích cao su nên không bị lún và không làm hư mặt ruộng. "
                    "Thùng chứa có cơ cấu nâng đổ thủy lực, chở khoảng **1,2 tấn lúa** mỗi chuyến và đổ thẳng lên ghe "
                    "hoặc xe tải.\n\n"
                    "Một máy thay được 15–20 lao động khuân vác, giúp giảm chi phí và rút ngắn thời gian thu hoạch.",
                    "Driven by a diesel engine on rubber tracks, the machine neither sinks nor damages the field surface. "
                    "Its hydraulic tipping bin carries about **1.2 tonnes of paddy** per trip and unloads straight onto a "
                    "boat or truck.\n\n"
                    "One machine replaces 15 to 20 labourers carrying sacks, cutting costs and shortening the harvest.",
                ),
                "specs": {
                    "net_content": ("Công suất 24 HP", "24 HP engine"),
                    "ingredients": (
                        "Khung thép, bánh xích cao su, động cơ diesel",
                        "Steel frame, rubber tracks, diesel engine",
                    ),
                    "standards": "TCCS 01:2020/SP",
                },
                "price": (145000000, 175000000),
                "tags": (
                    ["máy nông nghiệp", "vận chuyển lúa", "nhà nông sáng chế"],
                    [
                        "agricultural machinery",
                        "farm machinery",
                        "machine",
                        "paddy transport",
                        "paddy carrier",
                        "tracked carrier",
                        "crawler",
                        "farmer invention",
                        "rice",
                    ],
                ),
                "first_entry": False,
                "featured": True,
                "expires": None,
                "shape": "machine",
                "colour": "#c0392b",
            },
            {
                "id": "may-gieo-sa-lua-theo-hang-sau-phuoc",
                "name": ("Máy gieo sạ lúa theo hàng Sáu Phước", "Sau Phuoc row seeder for rice"),
                "kind": "product",
                "group": "machinery",
                "items": [],
                "summary": (
                    "Máy sạ hàng kéo tay hoặc gắn sau máy cày, giảm lượng giống và giúp lúa thông thoáng.",
                    "A row seeder, hand-pulled or tractor-drawn, that saves seed and gives well-spaced rice.",
                ),
                "description": (
                    "Máy có từ 8 đến 12 hàng gieo, rải hạt lúa đã ngâm ủ thành hàng thẳng, cách đều trên mặt ruộng đã "
                    "san phẳng. Lượng giống chỉ còn khoảng **60–80 kg mỗi ha**, bằng một nửa so với sạ tay.\n\n"
                    "Lúa mọc thành hàng thông thoáng, ít sâu bệnh và dễ chăm sóc. Máy nhẹ, dễ tháo lắp và có thể gắn "
                    "sau máy cày tay.",
                    "With 8 to 12 seed rows, the machine drops pre-germinated seed in straight, evenly spaced lines on a "
                    "levelled field. It needs only about **60–80 kg of seed per hectare**, half the amount of hand "
                    "broadcasting.\n\n"
                    "Rice grows in airy rows with fewer pests and is easier to tend. The seeder is light, easy to "
                    "assemble and can be hitched behind a two-wheel tractor.",
                ),
                "specs": {
                    "net_content": ("8–12 hàng gieo", "8–12 sowing rows"),
                    "ingredients": ("Khung thép mạ kẽm, hộc nhựa", "Galvanised steel frame, plastic hoppers"),
                    "standards": "TCCS 02:2020/SP",
                },
                "price": (6500000, 9500000),
                "tags": (
                    ["máy sạ hàng", "máy nông nghiệp"],
                    [
                        "seeder",
                        "row seeder",
                        "rice seeder",
                        "seeding machine",
                        "agricultural machinery",
                        "farm machinery",
                        "machine",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "machine",
                "colour": "#2e7d4f",
            },
        ],
    },
    {
        "id": "co-khi-thanh-dong",
        "name": ("Doanh nghiệp tư nhân Cơ khí Thạnh Đông", "Thanh Dong Engineering Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Đông Thành, xã Thạnh Đông A, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Dong Thanh Hamlet, Thanh Dong A Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0297 3836 915",
        "zalo": "0986 451 273",
        "email": "cokhithanhdong@gmail.com",
        "website": None,
        "representative": "Đoàn Văn Thắng",
        "story": (
            "Doanh nghiệp khởi đầu từ một tiệm hàn nhỏ ven kênh. Hiện xưởng có 18 thợ, chuyên chế tạo máy làm đất và "
            "máy phục vụ sản xuất lúa theo đặt hàng của nông dân.",
            "The enterprise began as a small welding shop on the canal bank. Today its 18 mechanics build tillage and "
            "rice-growing machines to farmers' orders.",
        ),
        "geo": (10.1500, 105.3300),
        "photo": False,
        "products": [
            {
                "id": "may-lam-dat-da-nang-thanh-dong",
                "name": ("Máy làm đất đa năng Thạnh Đông", "Thanh Dong multipurpose field machine"),
                "kind": "product",
                "group": "machinery",
                "items": [],
                "summary": (
                    "Máy xới, trục và san phẳng ruộng trong một lần chạy, thay nông cụ nhanh.",
                    "A machine that tills, puddles and levels a field in one pass, with quick-change implements.",
                ),
                "description": (
                    "Máy dùng động cơ diesel, lắp được dàn xới, trục lăn, trang san phẳng và bơm nước, chuyển đổi nông "
                    "cụ trong vài phút. Bánh lồng lớn giúp máy đi tốt trên ruộng ngập nước và đất phèn.\n\n"
                    "Mỗi ngày máy làm được khoảng **3–4 ha**, giúp nông dân chuẩn bị đất kịp lịch xuống giống tập trung "
                    "và giảm chi phí thuê máy.",
                    "The diesel machine takes a rotary tiller, puddling roller, levelling board and water pump, and "
                    "implements change in minutes. Large cage wheels keep it moving on flooded and acid-sulphate soils.\n\n"
                    "It prepares about **3–4 hectares a day**, helping farmers keep to the district's common sowing "
                    "calendar while paying less for hired machinery.",
                ),
                "specs": {
                    "net_content": ("Công suất 15 HP", "15 HP engine"),
                    "ingredients": ("Khung thép, bánh lồng, động cơ diesel", "Steel frame, cage wheels, diesel engine"),
                    "standards": "TCCS 01:2021/TD",
                },
                "price": None,
                "tags": (
                    ["máy làm đất", "máy nông nghiệp", "đa năng"],
                    [
                        "tillage machine",
                        "tiller",
                        "cultivator",
                        "puddler",
                        "land leveller",
                        "land leveler",
                        "machine",
                        "agricultural machinery",
                        "farm machinery",
                        "multipurpose",
                        "multi-purpose",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "machine",
                "colour": "#d68910",
            },
        ],
    },
    {
        "id": "tinh-dau-thanh-tam",
        "name": ("Cơ sở tinh dầu Thanh Tâm", "Thanh Tam Essential Oil Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Tân Lợi, xã Tân Thành, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Tan Loi Hamlet, Tan Thanh Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0939 184 562",
        "zalo": "0939 184 562",
        "email": "tinhdauthanhtam@gmail.com",
        "website": "https://tinhdauthanhtam.vn",
        "representative": "Nguyễn Thị Thanh Tâm",
        "story": (
            "Gia đình chị Thanh Tâm trồng khuynh diệp trên đất phèn ven kênh từ những năm 1990. Năm 2017 chị đầu tư nồi "
            "chưng cất bằng hơi nước để lấy tinh dầu từ lá thay vì chỉ bán cây lấy gỗ.",
            "Ms Thanh Tam's family has grown eucalyptus on the acid canal-side land since the 1990s. In 2017 she "
            "invested in a steam still to extract oil from the leaves instead of selling the trees only for timber.",
        ),
        "geo": (10.1300, 105.2600),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-tinh-dau-khuynh-diep-thanh-tam",
                "name": ("Bộ sản phẩm tinh dầu khuynh diệp Thanh Tâm", "Thanh Tam eucalyptus oil set"),
                "kind": "set",
                "group": "other",
                "items": [
                    (("Tinh dầu khuynh diệp nguyên chất", "Pure eucalyptus essential oil"), "10 ml"),
                    (("Dầu xoa bóp khuynh diệp", "Eucalyptus massage oil"), "30 ml"),
                    (("Tinh dầu khuynh diệp xông phòng", "Eucalyptus room diffuser oil"), "50 ml"),
                ],
                "summary": (
                    "Tinh dầu khuynh diệp chưng cất hơi nước từ lá tươi, đóng ba quy cách cho các cách dùng khác nhau.",
                    "Steam-distilled eucalyptus oil from fresh leaves in three forms for different uses.",
                ),
                "description": (
                    "Lá khuynh diệp tươi thu hái trên vườn nhà được chưng cất bằng hơi nước trong nồi inox, lắng tách "
                    "lấy tinh dầu nguyên chất. Từ cùng nguồn tinh dầu đó, cơ sở pha dầu xoa bóp với dầu dừa và dầu "
                    "xông phòng.\n\n"
                    "Sản phẩm giúp giữ ấm, giảm nghẹt mũi, xua muỗi và khử mùi. Không dùng cho trẻ dưới hai tuổi, "
                    "không uống.",
                    "Fresh eucalyptus leaves from the family's plantation are steam-distilled in stainless-steel stills, "
                    "and the pure oil is separated off. From the same oil the workshop blends a massage oil with coconut "
                    "oil and a room diffuser oil.\n\n"
                    "The products help keep the body warm, ease a blocked nose, repel mosquitoes and freshen rooms. Not "
                    "for children under two; do not swallow.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh màu hổ phách", "Amber glass bottles"),
                    "ingredients": ("Tinh dầu khuynh diệp, dầu dừa", "Eucalyptus oil, coconut oil"),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCCS 01:2019/TT",
                },
                "price": (45000, 120000),
                "tags": (
                    ["tinh dầu", "khuynh diệp", "tân hiệp"],
                    [
                        "essential oil",
                        "eucalyptus",
                        "eucalyptus oil",
                        "massage oil",
                        "diffuser oil",
                        "aromatherapy",
                        "Tan Hiep",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "drop",
                "colour": "#4f8a5b",
            },
        ],
    },
    {
        "id": "xa-bong-moc-lan",
        "name": ("Hộ kinh doanh Xà bông thiên nhiên Mộc Lan", "Moc Lan Natural Soap Household Business"),
        "type": "household",
        "address": (
            "Ấp Tân Long, xã Tân Hòa, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Tan Long Hamlet, Tan Hoa Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0856 327 419",
        "zalo": "0856 327 419",
        "email": None,
        "website": None,
        "representative": "Trương Thị Lan",
        "story": None,
        "geo": (10.1900, 105.2400),
        "photo": False,
        "products": [
            {
                "id": "xa-bong-sa-chanh-moc-lan",
                "name": ("Xà bông sả chanh Mộc Lan", "Moc Lan lemongrass soap"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Xà bông nấu lạnh từ dầu dừa, tinh dầu sả chanh và than tre, dịu nhẹ cho da.",
                    "Cold-process soap with coconut oil, lemongrass oil and bamboo charcoal, gentle on the skin.",
                ),
                "description": (
                    "Xà bông được làm theo phương pháp nấu lạnh từ dầu dừa, dầu gạo và tinh dầu sả chanh, để khô tự nhiên "
                    "bốn đến sáu tuần cho bánh cứng và dịu. Một số bánh có thêm than tre hoặc bột nghệ.\n\n"
                    "Sản phẩm không chứa chất tạo bọt tổng hợp, dùng rửa tay, tắm hằng ngày và hợp với da nhạy cảm.",
                    "The soap is made by cold process from coconut oil, rice bran oil and lemongrass essential oil, then "
                    "cured naturally for four to six weeks until hard and mild. Some bars also contain bamboo charcoal "
                    "or turmeric powder.\n\n"
                    "With no synthetic foaming agents, it suits daily hand washing and bathing, including for sensitive "
                    "skin.",
                ),
                "specs": {
                    "net_content": "100 g",
                    "packaging": ("Hộp giấy kraft", "Kraft paper box"),
                    "ingredients": (
                        "Dầu dừa, dầu gạo, tinh dầu sả chanh, than tre",
                        "Coconut oil, rice bran oil, lemongrass oil, bamboo charcoal",
                    ),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCCS 01:2022/ML",
                },
                "price": (35000, 45000),
                "tags": (
                    ["xà bông", "sả chanh", "thiên nhiên"],
                    [
                        "soap",
                        "lemongrass soap",
                        "lemongrass",
                        "natural soap",
                        "handmade soap",
                        "charcoal soap",
                        "natural",
                        "skin care",
                        "skincare",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#c7d36f",
            },
        ],
    },
    {
        "id": "cha-lua-ut-hanh",
        "name": ("Hộ kinh doanh Chả lụa Út Hạnh", "Ut Hanh Pork Roll Household Business"),
        "type": "household",
        "address": (
            "Khu phố Đông An, thị trấn Tân Hiệp, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Dong An Quarter, Tan Hiep Town, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0297 3837 458",
        "zalo": "0915 732 684",
        "email": None,
        "website": None,
        "representative": "Phan Thị Hạnh",
        "story": (
            "Chả lụa Út Hạnh bắt đầu từ một sạp hàng ở chợ Tân Hiệp năm 1995. Nay cơ sở có phòng chế biến riêng, "
            "sáng nào cũng giao chả cho các chợ và quán ăn trong huyện.",
            "Ut Hanh's pork rolls started at a market stall in Tan Hiep in 1995. The household now has its own "
            "processing room and delivers to markets and eateries across the district every morning.",
        ),
        "geo": (10.1100, 105.2850),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-cha-lua-ut-hanh",
                "name": ("Bộ sản phẩm chả lụa Út Hạnh", "Ut Hanh pork roll set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Chả lụa", "Steamed pork roll"), "500 g"),
                    (("Chả chiên", "Fried pork roll"), "500 g"),
                    (("Chả quế", "Cinnamon pork roll"), "500 g"),
                ],
                "summary": (
                    "Chả lụa, chả chiên và chả quế làm từ thịt heo nóng trong ngày, gói lá chuối.",
                    "Steamed, fried and cinnamon pork rolls made from same-day pork and wrapped in banana leaves.",
                ),
                "description": (
                    "Thịt heo nóng mua lúc sáng sớm được quết nhuyễn với nước mắm ngon và tiêu, gói lá chuối rồi luộc "
                    "chín. Cùng phần thịt quết đó, cơ sở chiên vàng thành chả chiên hoặc thêm bột quế rồi nướng thành "
                    "chả quế.\n\n"
                    "Chả dai, giòn, thơm mùi lá chuối, không dùng hàn the. Sản phẩm bảo quản ngăn mát và dùng trong "
                    "năm ngày.",
                    "Warm pork bought before dawn is pounded with good fish sauce and pepper, wrapped in banana leaves "
                    "and boiled. The same paste is also fried golden, or flavoured with cinnamon and grilled.\n\n"
                    "The rolls are springy and fragrant with banana leaf, made without borax. Keep them refrigerated "
                    "and eat within five days.",
                ),
                "specs": {
                    "packaging": ("Lá chuối, túi PE hút chân không", "Banana leaves, vacuum-sealed PE bag"),
                    "ingredients": ("Thịt heo, nước mắm, tiêu, bột quế", "Pork, fish sauce, pepper, cinnamon"),
                    "shelf_life": ("5 ngày ở 0–4 °C", "5 days at 0–4 °C"),
                    "standards": "TCCS 01:2021/UH",
                },
                "price": (110000, 140000),
                "tags": (
                    ["chả lụa", "chả quế", "tân hiệp"],
                    ["pork roll", "Vietnamese ham", "pork sausage", "cha lua", "cinnamon pork roll", "Tan Hiep"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#7a9a4a",
            },
        ],
    },
    {
        "id": "co-so-nem-nuong-co-ba",
        "name": ("Cơ sở nem nướng Cô Ba", "Co Ba Grilled Pork Sausage Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Thạnh An, xã Thạnh Trị, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Thanh An Hamlet, Thanh Tri Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0979 548 216",
        "zalo": "0979 548 216",
        "email": "nemnuongcoba@gmail.com",
        "website": None,
        "representative": "Lê Thị Ba",
        "story": None,
        "geo": (10.1700, 105.2900),
        "photo": False,
        "products": [
            {
                "id": "nem-nuong-co-ba",
                "name": ("Nem nướng Cô Ba", "Co Ba grilled pork sausage"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Nem nướng than hoa làm từ thịt heo nạc và mỡ thăn, ăn kèm bánh tráng, rau sống.",
                    "Charcoal-grilled pork sausage of lean pork and back fat, eaten with rice paper and fresh herbs.",
                ),
                "description": (
                    "Thịt heo nạc được quết dẻo với mỡ thăn thái hạt lựu, tỏi, đường và nước mắm, nắn thành cây rồi "
                    "nướng trên than hoa đến khi vàng đều. Nem ngọt vị thịt, thơm mùi khói và không dùng phẩm màu.\n\n"
                    "Mỗi gói kèm nước chấm đậu phộng. Chỉ cần hâm nóng trong chảo hoặc lò, cuốn với bánh tráng, bún "
                    "và rau sống.",
                    "Lean pork is pounded to a firm paste with diced back fat, garlic, sugar and fish sauce, shaped onto "
                    "skewers and grilled over charcoal until evenly golden. The sausages taste of sweet pork and smoke, "
                    "with no colouring.\n\n"
                    "Each pack comes with a peanut dipping sauce. Just reheat in a pan or oven and roll with rice paper, "
                    "noodles and fresh herbs.",
                ),
                "specs": {
                    "net_content": ("500 g (10 cây)", "500 g (10 skewers)"),
                    "packaging": ("Khay nhựa hút chân không", "Vacuum-sealed plastic tray"),
                    "ingredients": (
                        "Thịt heo, mỡ heo, tỏi, đường, nước mắm",
                        "Pork, pork fat, garlic, sugar, fish sauce",
                    ),
                    "shelf_life": ("3 tháng ở -18 °C", "3 months at -18 °C"),
                    "standards": "TCCS 01:2022/CB",
                },
                "price": (95000, 115000),
                "tags": (
                    ["nem nướng", "tân hiệp"],
                    ["grilled pork sausage", "pork sausage", "grilled pork", "sausage", "nem nuong", "Tan Hiep"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#b5532f",
            },
            {
                "id": "bo-san-pham-nem-co-ba",
                "name": ("Bộ sản phẩm nem Cô Ba", "Co Ba fermented pork roll set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Nem chua", "Fermented pork roll"), "300 g"),
                    (("Nem bì", "Fermented pork-skin roll"), "300 g"),
                ],
                "summary": (
                    "Nem chua và nem bì lên men tự nhiên trong lá chuối, vị chua dịu, bì giòn.",
                    "Fermented pork and pork-skin rolls, naturally soured in banana leaves, mildly tangy and crunchy.",
                ),
                "description": (
                    "Thịt heo nạc và bì heo thái sợi được trộn thính gạo, tỏi, ớt, gói trong lá chuối và lá chùm ruột "
                    "rồi để lên men tự nhiên hai đến ba ngày. Nem có vị chua dịu, thịt chắc, bì giòn.\n\n"
                    "Hai sản phẩm dùng chung nguyên liệu và quy trình lên men nên được chứng nhận chung. Nem dùng ăn "
                    "chơi, nhắm rượu hoặc làm quà.",
                    "Lean pork and shredded pork skin are mixed with roasted rice powder, garlic and chilli, wrapped in "
                    "banana and star-gooseberry leaves, then left to ferment naturally for two to three days. The rolls "
                    "are gently sour, with firm meat and crunchy skin.\n\n"
                    "Sharing ingredients and fermentation, the two were certified together. Eat them as a snack, with "
                    "drinks, or take them as a gift.",
                ),
                "specs": {
                    "packaging": ("Lá chuối, túi PE", "Banana leaves, PE bag"),
                    "ingredients": (
                        "Thịt heo, bì heo, thính gạo, tỏi, ớt",
                        "Pork, pork skin, roasted rice powder, garlic, chilli",
                    ),
                    "shelf_life": ("7 ngày ở 0–4 °C", "7 days at 0–4 °C"),
                    "standards": "TCCS 02:2022/CB",
                },
                "price": None,
                "tags": (
                    ["nem chua", "nem bì"],
                    ["fermented pork", "fermented pork roll", "sour pork", "pork skin", "pork sausage", "nem chua"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#d35f5f",
            },
        ],
    },
    {
        "id": "htx-ruou-nep-tan-an",
        "name": ("Hợp tác xã Rượu nếp Tân An", "Tan An Rice Spirit Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Tân Lộc, xã Tân An, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Tan Loc Hamlet, Tan An Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0297 3839 274",
        "zalo": "0944 715 328",
        "email": "htxtanan@gmail.com",
        "website": None,
        "representative": "Võ Văn Lộc",
        "story": (
            "Nghề nấu rượu nếp ở Tân An có từ thời người dân đào kênh lập ấp. Hợp tác xã ra đời năm 2016 để thống nhất "
            "men, quy trình và nhãn hiệu cho 12 hộ nấu rượu.",
            "Rice-spirit making in Tan An goes back to the days when settlers dug the canals and founded the hamlets. "
            "The cooperative was formed in 2016 to give 12 distilling households one yeast, one process and one label.",
        ),
        "geo": (10.0950, 105.3150),
        "photo": True,
        "products": [
            {
                "id": "bo-san-pham-ruou-nep-tan-an",
                "name": ("Bộ sản phẩm rượu nếp Tân An", "Tan An glutinous rice spirit set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Rượu nếp cái", "Glutinous rice spirit"), "500 ml"),
                    (("Rượu nếp than", "Black glutinous rice spirit"), "500 ml"),
                    (("Rượu nếp ủ chum", "Jar-aged glutinous rice spirit"), "750 ml"),
                ],
                "summary": (
                    "Rượu nếp cái, nếp than và rượu ủ chum chưng cất thủ công bằng men lá truyền thống.",
                    "Glutinous, black glutinous and jar-aged rice spirits distilled by hand with traditional leaf yeast.",
                ),
                "description": (
                    "Nếp được nấu chín, rắc men lá tự làm từ thảo mộc, ủ khoảng bảy ngày rồi chưng cất bằng nồi đồng trên "
                    "bếp củi. Rượu được lọc, hạ độ còn khoảng 35 độ, một phần ủ trong chum sành từ sáu tháng trở lên.\n\n"
                    "Rượu trong, thơm mùi nếp, uống êm. Mỗi mẻ đều được kiểm nghiệm methanol và andehyt theo quy định.",
                    "Glutinous rice is cooked, sprinkled with a home-made herbal leaf yeast, fermented for about a week and "
                    "distilled in copper pots over a wood fire. The spirit is filtered and brought down to about 35% "
                    "alcohol, and part of it is aged in earthenware jars for six months or more.\n\n"
                    "It is clear, smells of sticky rice and drinks smoothly. Every batch is tested for methanol and "
                    "aldehydes as required.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": ("Nếp, men lá, nước", "Glutinous rice, leaf yeast, water"),
                    "shelf_life": ("Không giới hạn nếu đậy kín", "Unlimited if kept sealed"),
                    "standards": "TCVN 7043:2013",
                },
                "price": (70000, 160000),
                "tags": (
                    ["rượu nếp", "rượu truyền thống", "tân hiệp"],
                    [
                        "rice wine",
                        "rice spirit",
                        "glutinous rice wine",
                        "sticky rice wine",
                        "spirit",
                        "liquor",
                        "traditional liquor",
                        "alcohol",
                        "Tan Hiep",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#f3e9d2",
            },
            {
                "id": "com-ruou-nep-tan-an",
                "name": ("Cơm rượu nếp Tân An", "Tan An fermented sticky rice balls"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Cơm rượu nếp viên tròn ngâm trong nước rượu ngọt, thơm nồng, ăn mát.",
                    "Sticky rice balls fermented in their own sweet rice wine, fragrant, light and refreshing.",
                ),
                "description": (
                    "Nếp trắng được nấu chín, vo thành viên nhỏ, trộn men rượu và ủ ba đến bốn ngày cho đến khi tiết ra "
                    "nước rượu ngọt. Cơm rượu ngọt dịu, hơi nồng, độ cồn thấp.\n\n"
                    "Đây là món quen thuộc dịp Tết Đoan Ngọ, ăn trực tiếp hoặc để lạnh. Hũ thủy tinh đậy kín, bảo quản "
                    "trong ngăn mát.",
                    "White glutinous rice is cooked, rolled into small balls, mixed with wine yeast and fermented for three "
                    "to four days until sweet rice wine seeps out. The result is mildly sweet with a gentle warmth and "
                    "little alcohol.\n\n"
                    "It is a favourite for the Doan Ngo festival, eaten as it is or chilled. Sealed in glass jars; keep "
                    "refrigerated.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": ("Nếp, men rượu", "Glutinous rice, wine yeast"),
                    "shelf_life": ("30 ngày ở 0–4 °C", "30 days at 0–4 °C"),
                    "standards": "TCCS 02:2021/TA",
                },
                "price": None,
                "tags": (
                    ["cơm rượu", "nếp"],
                    [
                        "fermented rice",
                        "fermented sticky rice",
                        "sweet rice wine",
                        "rice wine",
                        "sticky rice",
                        "glutinous rice",
                        "dessert",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#f7f0de",
            },
        ],
    },
    {
        "id": "ruou-oi-hung-phat",
        "name": ("Công ty TNHH Rượu ổi Hưng Phát", "Hung Phat Guava Wine Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Tân Phú, xã Tân Hiệp B, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Tan Phu Hamlet, Tan Hiep B Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0297 3838 615",
        "zalo": "0903 526 148",
        "email": "lienhe@ruouoihungphat.com.vn",
        "website": "https://ruouoihungphat.com.vn",
        "representative": "Trần Quốc Hưng",
        "story": None,
        "geo": (10.0750, 105.2900),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-ruou-oi-hung-phat",
                "name": ("Bộ sản phẩm rượu ổi Hưng Phát", "Hung Phat guava wine set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Rượu ổi ruột đỏ", "Red guava wine"), "500 ml"),
                    (("Rượu ổi xá lị", "Xa li guava wine"), "500 ml"),
                    (("Rượu ổi nữ hoàng", "Queen guava wine"), "750 ml"),
                ],
                "summary": (
                    "Rượu vang lên men từ ổi ruột đỏ, ổi xá lị và ổi nữ hoàng trồng tại Tân Hiệp.",
                    "Fruit wines fermented from red, xa li and queen guavas grown in Tan Hiep.",
                ),
                "description": (
                    "Ổi chín được rửa sạch, cắt miếng, lên men với men rượu vang trong thùng inox khoảng 30 ngày, sau đó "
                    "lắng lọc và ủ thêm ba tháng. Rượu có độ cồn khoảng 13 độ, màu hồng hoặc vàng nhạt tùy giống ổi.\n\n"
                    "Vị chua ngọt hài hòa, thơm mùi ổi chín. Nên uống lạnh, dùng trong tiệc hoặc làm quà dịp lễ Tết.",
                    "Ripe guavas are washed, cut and fermented with wine yeast in stainless-steel tanks for about 30 days, "
                    "then racked, filtered and aged for another three months. The wines are about 13% alcohol, pink or "
                    "pale gold depending on the variety.\n\n"
                    "They balance sweetness and acidity with the scent of ripe guava. Serve chilled at parties or give "
                    "them as a holiday gift.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh, hộp giấy", "Glass bottles, paper box"),
                    "ingredients": ("Ổi, đường, men rượu vang", "Guava, sugar, wine yeast"),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCVN 7045:2009",
                },
                "price": (130000, 220000),
                "tags": (
                    ["rượu ổi", "rượu vang trái cây", "tân hiệp"],
                    ["guava wine", "fruit wine", "wine", "guava", "Tan Hiep"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": "2027-11-20",
                "shape": "bottle",
                "colour": "#c2185b",
            },
        ],
    },
    {
        "id": "cha-ca-muoi-cuc",
        "name": ("Hộ kinh doanh Chả cá Mười Cúc", "Muoi Cuc Fish Paste Household Business"),
        "type": "household",
        "address": (
            "Ấp Đông Phước, xã Thạnh Đông, huyện Tân Hiệp, tỉnh Kiên Giang",
            "Dong Phuoc Hamlet, Thanh Dong Commune, Tan Hiep District, Kien Giang Province",
        ),
        "phone": "0827 463 195",
        "zalo": "0827 463 195",
        "email": None,
        "website": None,
        "representative": "Nguyễn Thị Cúc",
        "story": (
            "Bà Mười Cúc làm chả từ cá thác lác nuôi trong mương vườn của các hộ trong ấp. Sản phẩm bán ở chợ Thạnh "
            "Đông trước, nay đã có mặt ở các cửa hàng thực phẩm tại Rạch Giá.",
            "Mrs Muoi Cuc makes fish paste from featherback raised in the garden ditches of her hamlet's households. "
            "Sold first at Thanh Dong market, it is now stocked by food shops in Rach Gia.",
        ),
        "geo": (10.1350, 105.3500),
        "photo": False,
        "products": [
            {
                "id": "cha-ca-thac-lac-muoi-cuc",
                "name": ("Chả cá thác lác Mười Cúc", "Muoi Cuc featherback fish paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Chả cá thác lác tươi quết tay, dai và ngọt, dùng chiên, nấu canh hoặc làm lẩu.",
                    "Hand-pounded fresh featherback paste, springy and sweet, for frying, soups or hot pot.",
                ),
                "description": (
                    "Cá thác lác được làm sạch, lạng lấy thịt, nạo bỏ da rồi quết tay với chút muối, tiêu và hành lá "
                    "đến khi dẻo quánh. Chả không pha bột, giữ vị ngọt tự nhiên và độ dai của cá.\n\n"
                    "Chả được đóng túi và cấp đông ngay. Dùng viên thả canh khổ qua, chiên vàng chấm tương ớt hoặc làm "
                    "nhân cho các món nhồi.",
                    "Featherback are cleaned, filleted and scraped from the skin, then pounded by hand with a little salt, "
                    "pepper and spring onion until thick and sticky. No starch is added, so the paste keeps the fish's "
                    "natural sweetness and bounce.\n\n"
                    "It is bagged and frozen at once. Drop spoonfuls into bitter-melon soup, fry until golden with chilli "
                    "sauce, or use it as a stuffing.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi PE hút chân không", "Vacuum-sealed PE bag"),
                    "ingredients": ("Cá thác lác, muối, tiêu, hành lá", "Featherback, salt, pepper, spring onion"),
                    "shelf_life": ("3 tháng ở -18 °C", "3 months at -18 °C"),
                    "standards": "TCCS 01:2022/MC",
                },
                "price": None,
                "tags": (
                    ["chả cá", "cá thác lác"],
                    ["fish cake", "fish paste", "fish ball", "featherback", "clown knifefish", "knifefish"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e8d5a9",
            },
        ],
    },
]
