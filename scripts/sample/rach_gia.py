"""Sample facilities and products of Rạch Giá (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "rach-gia"
FACILITIES = [
    {
        "id": "gao-sach-phu-dien",
        "name": ("Công ty TNHH Gạo sạch Phú Điền", "Phu Dien Clean Rice Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Khu phố 3, phường Vĩnh Lạc, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 3, Vinh Lac Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0297 3912 486",
        "zalo": "0918 274 365",
        "email": "kinhdoanh@gaophudien.com.vn",
        "website": "https://gaophudien.com.vn",
        "representative": "Trần Minh Phú",
        "story": (
            "Công ty được thành lập năm 2012, liên kết với hơn 300 hộ nông dân canh tác mô hình tôm – lúa ở An Biên và An Minh. "
            "Lúa được thu mua tận ruộng, sấy và xay xát tại nhà máy của công ty ở Rạch Giá để giữ hương thơm của gạo.",
            "Founded in 2012, the company works with more than 300 farming households that grow rice in rotation with shrimp "
            "in An Bien and An Minh. Paddy is bought at the field, then dried and milled at the company's mill in Rach Gia "
            "to keep the rice fragrant.",
        ),
        "geo": (9.9990, 105.0950),
        "photo": True,
        "products": [
            {
                "id": "gao-st25-tom-lua-phu-dien",
                "name": ("Gạo ST25 tôm lúa Phú Điền", "Phu Dien ST25 rice from rice–shrimp fields"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Gạo ST25 trồng trên đất luân canh tôm – lúa, hạt dài, cơm dẻo và thơm mùi lá dứa.",
                    "ST25 rice grown on rice–shrimp rotation land, with long grains and soft, pandan-scented cooked rice.",
                ),
                "description": (
                    "Giống lúa **ST25** được trồng một vụ mỗi năm trên ruộng nuôi tôm sau mùa mặn, hầu như không dùng "
                    "phân hóa học và thuốc bảo vệ thực vật. Đất phù sa nhiễm mặn nhẹ cho hạt gạo trong, dài và ngọt.\n\n"
                    "Gạo được xay xát, tách màu và đóng túi hút chân không ngay trong ngày. Cơm mềm dẻo, không cứng "
                    "khi để nguội, hợp với bữa cơm gia đình và làm quà biếu.",
                    "The **ST25** variety is grown once a year on shrimp ponds after the salty season, with almost no "
                    "chemical fertiliser or pesticide. The lightly saline alluvial soil gives clear, long grains with a "
                    "sweetness of their own.\n\n"
                    "The rice is milled, colour-sorted and vacuum-packed on the same day. It cooks soft and sticky, stays "
                    "tender when cool, and suits family meals as well as gifts.",
                ),
                "specs": {
                    "net_content": "5 kg",
                    "packaging": ("Túi PA hút chân không", "Vacuum-sealed PA bag"),
                    "ingredients": ("Gạo ST25", "ST25 rice"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": (175000, 210000),
                "tags": (
                    ["gạo st25", "tôm lúa", "gạo thơm"],
                    ["ST25 rice", "ST25", "rice", "fragrant rice", "long-grain rice", "rice-shrimp"],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "sack",
                "colour": "#e8dcc0",
            },
            {
                "id": "bo-san-pham-gao-thom-phu-dien",
                "name": ("Bộ sản phẩm gạo thơm Phú Điền", "Phu Dien fragrant rice set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Gạo ST24", "ST24 rice"), "5 kg"),
                    (("Gạo Đài Thơm 8", "Dai Thom 8 rice"), "5 kg"),
                    (("Gạo Jasmine 85", "Jasmine 85 rice"), "5 kg"),
                ],
                "summary": (
                    "Ba loại gạo thơm cùng vùng trồng, được chứng nhận chung thành một bộ sản phẩm.",
                    "Three fragrant rice varieties from the same growing area, certified together as one set.",
                ),
                "description": (
                    "Bộ sản phẩm gồm gạo **ST24**, **Đài Thơm 8** và **Jasmine 85**, đều được trồng theo quy trình của "
                    "công ty trên đồng ruộng ven biển Kiên Giang. Mỗi loại có độ dẻo và mùi thơm riêng để người dùng "
                    "dễ lựa chọn.\n\n"
                    "Gạo được xay mới theo từng lô, kiểm tra độ ẩm và tạp chất trước khi đóng túi. Bao bì ghi rõ giống "
                    "lúa, vùng trồng và ngày xay.",
                    "The set brings together **ST24**, **Dai Thom 8** and **Jasmine 85** rice, all grown under the "
                    "company's own procedure on Kien Giang's coastal fields. Each variety has its own softness and aroma, "
                    "so buyers can choose what suits their table.\n\n"
                    "Every batch is freshly milled and checked for moisture and impurities before packing. The bag states "
                    "the variety, the growing area and the milling date.",
                ),
                "specs": {
                    "packaging": ("Túi PA 5 kg", "5 kg PA bag"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCVN 11888:2017",
                },
                "price": (150000, 185000),
                "tags": (
                    ["gạo thơm", "st24", "rạch giá"],
                    ["fragrant rice", "rice", "ST24", "jasmine rice", "Rach Gia"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "sack",
                "colour": "#efe6cf",
            },
        ],
    },
    {
        "id": "htx-huu-co-phi-thong",
        "name": ("Hợp tác xã Nông nghiệp hữu cơ Phi Thông", "Phi Thong Organic Agriculture Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Tân Điền, xã Phi Thông, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Tan Dien Hamlet, Phi Thong Commune, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0939 615 284",
        "zalo": "0939 615 284",
        "email": "htxhuucophithong@gmail.com",
        "website": None,
        "representative": "Lê Văn Sáng",
        "story": (
            "Hợp tác xã được thành lập năm 2018 với 27 thành viên, chuyển dần ruộng lúa sang canh tác hữu cơ, không dùng "
            "phân bón và thuốc hóa học. Trấu và rơm rạ được ủ làm phân bón quay lại đồng ruộng.",
            "The cooperative was set up in 2018 by 27 members who gradually converted their paddy fields to organic "
            "farming, without chemical fertilisers or pesticides. Husks and straw are composted and returned to the fields.",
        ),
        "geo": (10.0345, 105.1203),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-gao-lut-huu-co-phi-thong",
                "name": ("Bộ sản phẩm gạo lứt hữu cơ Phi Thông", "Phi Thong organic brown rice set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Gạo lứt đỏ huyết rồng", "Huyet rong red brown rice"), "2 kg"),
                    (("Gạo lứt ST25", "ST25 brown rice"), "2 kg"),
                    (("Gạo lứt tím than", "Purple-black brown rice"), "1 kg"),
                ],
                "summary": (
                    "Gạo lứt đỏ, gạo lứt ST25 và gạo lứt tím than trồng theo phương pháp hữu cơ.",
                    "Red, ST25 and purple-black brown rice grown by organic methods.",
                ),
                "description": (
                    "Ba loại gạo lứt được trồng trên cánh đồng hữu cơ của hợp tác xã, chỉ bóc vỏ trấu nên còn nguyên lớp "
                    "cám giàu chất xơ, vitamin nhóm B và khoáng chất. Gạo lứt đỏ **huyết rồng** là giống lúa mùa "
                    "truyền thống của vùng.\n\n"
                    "Sản phẩm hợp với người ăn kiêng, người cao tuổi và gia đình muốn bữa ăn lành mạnh. Nên ngâm gạo "
                    "khoảng hai giờ trước khi nấu.",
                    "The three brown rices come from the cooperative's organic fields. Only the husk is removed, so the "
                    "bran layer, rich in fibre, B vitamins and minerals, stays on the grain. The red **huyet rong** rice "
                    "is a traditional long-season variety of the area.\n\n"
                    "The set suits people on a diet, older people and families looking for healthier meals. Soak the rice "
                    "for about two hours before cooking.",
                ),
                "specs": {
                    "packaging": ("Túi giấy kraft lót màng, hút chân không", "Lined kraft paper bag, vacuum-sealed"),
                    "ingredients": ("Gạo lứt hữu cơ", "Organic brown rice"),
                    "shelf_life": ("9 tháng", "9 months"),
                    "standards": "TCVN 11041-5:2018",
                },
                "price": (95000, 160000),
                "tags": (
                    ["gạo lứt", "hữu cơ", "gạo huyết rồng"],
                    [
                        "brown rice",
                        "organic",
                        "organic rice",
                        "red rice",
                        "huyet rong rice",
                        "black rice",
                        "purple rice",
                        "rice",
                        "ST25",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bag",
                "colour": "#8b3a2e",
            },
        ],
    },
    {
        "id": "cha-ca-ngoc-lan",
        "name": ("Cơ sở chả cá Ngọc Lan", "Ngoc Lan Fish Cake Workshop"),
        "type": "workshop",
        "address": (
            "Khu phố 2, phường An Hòa, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 2, An Hoa Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0297 3877 209",
        "zalo": "0977 318 642",
        "email": None,
        "website": None,
        "representative": "Phạm Thị Ngọc Lan",
        "story": (
            "Bà Ngọc Lan làm chả cá từ năm 1998, ban đầu bán cho các quán bánh canh ở chợ Rạch Giá. "
            "Đến nay cơ sở có 12 lao động, phần lớn là phụ nữ trong khu phố.",
            "Ms Ngoc Lan has been making fish cakes since 1998, first for the noodle-soup stalls at Rach Gia market. "
            "Today the workshop employs 12 people, most of them women from the neighbourhood.",
        ),
        "geo": (9.9915, 105.1010),
        "photo": False,
        "products": [
            {
                "id": "cha-ca-thu-ngoc-lan",
                "name": ("Chả cá thu Ngọc Lan", "Ngoc Lan mackerel fish cake"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Chả cá thu quết tay, dai giòn, dùng chiên, nấu bánh canh hoặc ăn lẩu.",
                    "Hand-pounded mackerel fish cake, firm and springy, for frying, noodle soup or hot pot.",
                ),
                "description": (
                    "Cá thu tươi mua tại cảng cá Rạch Giá được lọc lấy phần thịt trắng, quết nhuyễn với muối, tiêu và "
                    "hành tím theo công thức gia truyền. Không dùng hàn the hay chất tạo dai, chả vẫn giòn và giữ vị "
                    "ngọt tự nhiên của cá.\n\n"
                    "Chả được hấp chín, làm nguội nhanh, đóng khay hút chân không và bảo quản dưới -18 °C.",
                    "Fresh mackerel from Rach Gia fishing port is filleted and the white flesh pounded with salt, pepper "
                    "and shallots to a family recipe. No borax or firming agents are used, yet the cake stays springy and "
                    "keeps the natural sweetness of the fish.\n\n"
                    "The cakes are steamed, quickly cooled, vacuum-packed on trays and stored below -18 °C.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Khay nhựa hút chân không", "Vacuum-sealed plastic tray"),
                    "ingredients": ("Cá thu, muối, tiêu, hành tím, đường", "Mackerel, salt, pepper, shallots, sugar"),
                    "shelf_life": ("6 tháng ở -18 °C", "6 months at -18 °C"),
                    "standards": "TCCS 01:2022/NL",
                },
                "price": (120000, 140000),
                "tags": (
                    ["chả cá", "cá thu", "rạch giá"],
                    ["fish cake", "mackerel", "fish paste", "seafood", "Rach Gia"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#d9b98a",
            },
        ],
    },
    {
        "id": "thuy-san-hai-van",
        "name": ("Công ty cổ phần Chế biến thủy sản Hải Vân", "Hai Van Seafood Processing Joint Stock Company"),
        "type": "joint-stock-company",
        "address": (
            "Khu phố 6, phường Rạch Sỏi, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 6, Rach Soi Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0297 3910 355",
        "zalo": "0909 427 813",
        "email": "info@haivanseafood.com.vn",
        "website": "https://haivanseafood.com.vn",
        "representative": "Huỳnh Quốc Vinh",
        "story": None,
        "geo": (9.9700, 105.1180),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-kho-hai-san-hai-van",
                "name": ("Bộ sản phẩm khô hải sản Hải Vân", "Hai Van dried seafood set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khô cá chỉ vàng", "Dried yellowstripe scad"), "250 g"),
                    (("Khô cá đuối", "Dried stingray"), "250 g"),
                    (("Mực khô", "Dried squid"), "200 g"),
                ],
                "summary": (
                    "Khô cá chỉ vàng, khô cá đuối và mực khô phơi nắng, đóng gói cùng quy cách.",
                    "Sun-dried yellowstripe scad, stingray and squid packed to the same standard.",
                ),
                "description": (
                    "Cá và mực được thu mua từ tàu đánh bắt vùng biển Tây, sơ chế trong ngày, tẩm ướp vừa ăn rồi phơi "
                    "trên giàn lưới kết hợp sấy lạnh để giữ màu và độ ngọt.\n\n"
                    "Ba sản phẩm có cùng nguồn nguyên liệu, quy trình chế biến và bao bì, thuận tiện cho cửa hàng đặc "
                    "sản và khách mua làm quà. Chỉ cần nướng hoặc chiên sơ trước khi dùng.",
                    "Fish and squid are bought from boats fishing the Gulf of Thailand, cleaned the same day, lightly "
                    "seasoned, then dried on mesh racks and finished in a cold dryer to keep their colour and sweetness.\n\n"
                    "The three products share their source, processing and packaging, which makes them easy to stock for "
                    "speciality shops and gift buyers. Simply grill or briefly fry before eating.",
                ),
                "specs": {
                    "packaging": ("Túi zip và hộp giấy", "Zip bag and paper box"),
                    "shelf_life": ("6 tháng", "6 months"),
                    "standards": "TCCS 02:2021/HV",
                },
                "price": None,
                "tags": (
                    ["khô cá", "mực khô", "hải sản"],
                    ["dried fish", "dried squid", "dried seafood", "seafood", "scad", "stingray", "squid"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#c98b4a",
            },
            {
                "id": "banh-phong-tom-hai-van",
                "name": ("Bánh phồng tôm Hải Vân", "Hai Van prawn crackers"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Bánh phồng tôm làm từ tôm biển tươi và bột năng, chiên nở giòn xốp.",
                    "Prawn crackers of fresh sea prawns and tapioca starch that puff up light and crisp when fried.",
                ),
                "description": (
                    "Bánh chứa khoảng **40 % tôm tươi**, xay nhuyễn cùng bột năng, tỏi và tiêu, hấp chín thành cây rồi "
                    "cắt lát mỏng và sấy khô. Không dùng phẩm màu, bánh có màu hồng nhạt tự nhiên của tôm.\n\n"
                    "Khi chiên trong dầu nóng, bánh nở đều, giòn và thơm vị tôm. Bánh dùng làm món khai vị, ăn kèm gỏi "
                    "hoặc đãi khách dịp lễ Tết.",
                    "The crackers contain about **40% fresh prawn**, ground with tapioca starch, garlic and pepper, "
                    "steamed into logs, then thinly sliced and dried. No colouring is added; the pale pink comes from "
                    "the prawns.\n\n"
                    "Dropped into hot oil, they puff evenly into crisp, fragrant crackers. Serve them as a starter, with "
                    "salads or for guests at Tet.",
                ),
                "specs": {
                    "net_content": "200 g",
                    "packaging": ("Hộp giấy có túi PE bên trong", "Paper box with inner PE bag"),
                    "ingredients": (
                        "Tôm, bột năng, tỏi, tiêu, muối, đường",
                        "Prawns, tapioca starch, garlic, pepper, salt, sugar",
                    ),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 03:2021/HV",
                },
                "price": (45000, 55000),
                "tags": (
                    ["bánh phồng tôm", "hải sản"],
                    ["prawn cracker", "shrimp cracker", "shrimp chip", "cracker", "snack", "seafood"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#f2b8a0",
            },
        ],
    },
    {
        "id": "thuc-pham-thanh-binh",
        "name": ("Doanh nghiệp tư nhân Thực phẩm Thanh Bình", "Thanh Binh Foods Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Khu phố 1, phường Vĩnh Hiệp, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 1, Vinh Hiep Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0297 3868 742",
        "zalo": None,
        "email": "thanhbinhfood@gmail.com",
        "website": None,
        "representative": "Võ Thanh Bình",
        "story": None,
        "geo": (10.0060, 105.0880),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-cha-ca-thanh-binh",
                "name": ("Bộ sản phẩm chả cá Thanh Bình", "Thanh Binh fish cake set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Chả cá chiên", "Fried fish cake"), "500 g"),
                    (("Chả cá hấp", "Steamed fish cake"), "500 g"),
                    (("Chả cá viên", "Fish balls"), "500 g"),
                ],
                "summary": (
                    "Chả cá chiên, chả cá hấp và cá viên làm từ cá biển tươi, đóng gói cấp đông.",
                    "Fried and steamed fish cakes and fish balls made from fresh sea fish, packed frozen.",
                ),
                "description": (
                    "Doanh nghiệp dùng cá mối, cá nhám và cá rựa đánh bắt ven biển Rạch Giá, xay nhuyễn rồi quết với "
                    "gia vị trên máy quết có làm lạnh để giữ độ dai. Từ cùng một mẻ chả sống, sản phẩm được chiên, hấp "
                    "hoặc viên tròn.\n\n"
                    "Bộ sản phẩm phục vụ quán bún cá, bánh canh và bếp gia đình, bảo quản đông lạnh và dùng ngay sau "
                    "khi rã đông.",
                    "The enterprise uses lizardfish, small sharks and wolf herring caught off the Rach Gia coast, minced "
                    "and pounded with seasoning in a chilled mixer to keep the texture springy. Each batch of raw paste "
                    "is fried, steamed or rolled into balls.\n\n"
                    "The set supplies fish-noodle and noodle-soup stalls as well as home kitchens. It is kept frozen and "
                    "ready to use once thawed.",
                ),
                "specs": {
                    "packaging": ("Túi PE hút chân không", "Vacuum-sealed PE bag"),
                    "ingredients": ("Cá biển, muối, đường, tiêu, hành", "Sea fish, salt, sugar, pepper, shallots"),
                    "shelf_life": ("6 tháng ở -18 °C", "6 months at -18 °C"),
                    "standards": "TCCS 01:2020/TB",
                },
                "price": None,
                "tags": (
                    ["chả cá", "cá viên", "đông lạnh"],
                    ["fish cake", "fish ball", "fishball", "frozen", "frozen food", "seafood"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#e3c27d",
            },
        ],
    },
    {
        "id": "co-khi-tu-hoa",
        "name": ("Cơ sở cơ khí Tư Hòa", "Tu Hoa Mechanical Workshop"),
        "type": "workshop",
        "address": (
            "Khu phố 3, phường Vĩnh Thông, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 3, Vinh Thong Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0918 536 274",
        "zalo": "0918 536 274",
        "email": None,
        "website": None,
        "representative": "Nguyễn Văn Hòa",
        "story": (
            "Ông Tư Hòa mở xưởng sửa máy nông nghiệp từ năm 2005. Sau nhiều năm sửa máy xay cho bà con, ông tự thiết kế "
            "dòng máy xay xát nhỏ gọn cho hộ gia đình và quán cơm.",
            "Mr Tu Hoa opened a farm-machinery repair shop in 2005. After years of fixing mills for local farmers, he "
            "designed his own compact rice mill for households and small eateries.",
        ),
        "geo": (10.0280, 105.0960),
        "photo": False,
        "products": [
            {
                "id": "may-xay-xat-lua-mini-tu-hoa",
                "name": ("Máy xay xát lúa mini Tư Hòa", "Tu Hoa mini rice mill"),
                "kind": "product",
                "group": "machinery",
                "items": [],
                "summary": (
                    "Máy xay xát lúa cỡ nhỏ, một lần chạy ra gạo trắng, dùng điện sinh hoạt.",
                    "A small rice mill that turns paddy into white rice in one pass on household power.",
                ),
                "description": (
                    "Máy gồm bộ bóc vỏ bằng ru lô cao su và buồng xát trắng bằng đá nhám, tách trấu và cám riêng. "
                    "Công suất khoảng **150 kg lúa mỗi giờ**, chạy bằng mô tơ điện một pha nên dùng được ở gia đình.\n\n"
                    "Thân máy làm bằng thép sơn tĩnh điện, dễ tháo lắp vệ sinh. Cơ sở bảo hành 12 tháng và sửa chữa "
                    "tận nơi trong tỉnh.",
                    "The machine has a rubber-roller husker and an abrasive whitening chamber, separating husk and bran "
                    "into different outlets. It handles about **150 kg of paddy an hour** on a single-phase electric "
                    "motor, so it can run at home.\n\n"
                    "The frame is powder-coated steel and easy to take apart for cleaning. The workshop gives a 12-month "
                    "warranty and on-site repairs within the province.",
                ),
                "specs": {
                    "net_content": ("Công suất 3 HP", "3 HP motor"),
                    "ingredients": (
                        "Thép sơn tĩnh điện, ru lô cao su, đá nhám",
                        "Powder-coated steel, rubber rollers, abrasive stone",
                    ),
                    "standards": "TCCS 01:2021/TH",
                },
                "price": (14500000, 18000000),
                "tags": (
                    ["máy xay lúa", "cơ khí", "máy nông nghiệp"],
                    [
                        "rice mill",
                        "rice milling machine",
                        "rice huller",
                        "paddy",
                        "machine",
                        "machinery",
                        "mechanical engineering",
                        "agricultural machinery",
                        "farm machinery",
                        "farm equipment",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "machine",
                "colour": "#3b6e8f",
            },
        ],
    },
    {
        "id": "my-pham-thao-moc-bao-ngoc",
        "name": ("Hộ kinh doanh Mỹ phẩm thảo mộc Bảo Ngọc", "Bao Ngoc Herbal Cosmetics Household Business"),
        "type": "household",
        "address": (
            "Khu phố 7, phường An Bình, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 7, An Binh Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0947 285 163",
        "zalo": "0947 285 163",
        "email": "baongocherbal@gmail.com",
        "website": "https://baongocherbal.vn",
        "representative": "Đặng Thị Bảo Ngọc",
        "story": (
            "Chị Bảo Ngọc học nấu dầu gội từ bà ngoại, người từng hái bồ kết và vỏ bưởi quanh vườn nhà. "
            "Năm 2019 chị đăng ký hộ kinh doanh, đóng chai sản phẩm và bán qua mạng.",
            "Ms Bao Ngoc learned to brew herbal shampoo from her grandmother, who picked honey locust pods and pomelo "
            "peel around the garden. In 2019 she registered a household business, bottled the shampoo and began "
            "selling online.",
        ),
        "geo": (9.9800, 105.1090),
        "photo": True,
        "products": [
            {
                "id": "dau-goi-bo-ket-bao-ngoc",
                "name": ("Dầu gội bồ kết thảo mộc Bảo Ngọc", "Bao Ngoc honey locust herbal shampoo"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Dầu gội nấu từ bồ kết, vỏ bưởi, hương nhu và sả, giúp tóc sạch và mềm.",
                    "Shampoo brewed from honey locust pods, pomelo peel, holy basil and lemongrass for clean, soft hair.",
                ),
                "description": (
                    "Trái bồ kết được nướng thơm rồi nấu cùng vỏ bưởi, lá hương nhu, sả và cỏ mần trầu trong nhiều giờ, "
                    "lọc lấy nước cốt cô đặc. Sản phẩm ít chất tạo bọt, không chứa paraben và hương liệu tổng hợp.\n\n"
                    "Dầu gội giúp làm sạch da đầu, giảm gàu và hạn chế gãy rụng, dùng được cho da đầu nhạy cảm và "
                    "cả nhà.",
                    "Honey locust pods are roasted, then simmered for hours with pomelo peel, holy basil, lemongrass and "
                    "goosegrass, and the concentrate is filtered off. The shampoo contains only mild foaming agents and "
                    "no parabens or synthetic fragrance.\n\n"
                    "It cleans the scalp, reduces dandruff and helps prevent hair breakage. It is gentle enough for "
                    "sensitive scalps and for the whole family.",
                ),
                "specs": {
                    "net_content": "300 ml",
                    "packaging": ("Chai nhựa PET có vòi nhấn", "PET bottle with pump"),
                    "ingredients": (
                        "Bồ kết, vỏ bưởi, hương nhu, sả, cỏ mần trầu",
                        "Honey locust, pomelo peel, holy basil, lemongrass, goosegrass",
                    ),
                    "shelf_life": ("18 tháng", "18 months"),
                    "standards": "TCCS 01:2021/BN",
                },
                "price": (75000, 95000),
                "tags": (
                    ["dầu gội", "bồ kết", "thảo mộc"],
                    ["shampoo", "herbal shampoo", "honey locust", "herbal", "herb", "natural", "hair care"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#5b7f3a",
            },
        ],
    },
    {
        "id": "nhang-phuoc-thien",
        "name": ("Cơ sở nhang Phước Thiện", "Phuoc Thien Incense Workshop"),
        "type": "workshop",
        "address": (
            "Khu phố 5, phường Vĩnh Lợi, thành phố Rạch Giá, tỉnh Kiên Giang",
            "Quarter 5, Vinh Loi Ward, Rach Gia City, Kien Giang Province",
        ),
        "phone": "0297 3924 681",
        "zalo": "0388 614 927",
        "email": None,
        "website": None,
        "representative": "Lâm Văn Thiện",
        "story": None,
        "geo": (9.9790, 105.0990),
        "photo": False,
        "products": [
            {
                "id": "nhang-thao-moc-phuoc-thien",
                "name": ("Nhang thảo mộc Phước Thiện", "Phuoc Thien herbal incense"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Nhang se tay từ bột quế, trầm, vỏ bưởi trên tăm tre, không dùng hóa chất tạo mùi.",
                    "Hand-rolled incense of cinnamon, agarwood and pomelo-peel powder on bamboo sticks, with no chemical scent.",
                ),
                "description": (
                    "Bột nhang được phối từ bột bời lời, bột quế, vỏ bưởi và một phần bột trầm, se tay trên tăm tre rồi "
                    "phơi nắng. Cơ sở không dùng phẩm màu và chất tạo mùi tổng hợp nên khói nhẹ, mùi thơm dịu.\n\n"
                    "Nhang được bó thành từng bó 100 cây và đóng hộp giấy, dùng thờ cúng trong gia đình, đình chùa và "
                    "nơi buôn bán.",
                    "The incense paste blends litsea bark powder, cinnamon, pomelo peel and some agarwood, rolled by hand "
                    "onto bamboo sticks and dried in the sun. No dyes or synthetic scents are used, so the smoke is light "
                    "and the fragrance gentle.\n\n"
                    "Sticks are tied in bundles of 100 and boxed in paper, for worship at home, in temples and pagodas, "
                    "and at shops.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Hộp giấy", "Paper box"),
                    "ingredients": (
                        "Bột bời lời, bột quế, vỏ bưởi, bột trầm, tăm tre",
                        "Litsea powder, cinnamon, pomelo peel, agarwood, bamboo sticks",
                    ),
                    "standards": "TCCS 01:2022/PT",
                },
                "price": None,
                "tags": (
                    ["nhang", "thảo mộc", "nhang sạch"],
                    [
                        "incense",
                        "incense stick",
                        "joss stick",
                        "herbal incense",
                        "herbal",
                        "natural incense",
                        "agarwood",
                        "cinnamon",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#8a4b2a",
            },
        ],
    },
]
