"""Sample facilities and products of Châu Thành (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "chau-thanh"
FACILITIES = [
    {
        "id": "htx-khom-binh-an",
        "name": ("Hợp tác xã Nông nghiệp Khóm Bình An", "Binh An Pineapple Agricultural Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Bình Lạc, xã Bình An, huyện Châu Thành, tỉnh Kiên Giang",
            "Binh Lac Hamlet, Binh An Commune, Chau Thanh District, Kien Giang Province",
        ),
        "phone": "0297 3616 842",
        "zalo": "0918 652 473",
        "email": "htxkhombinhan@gmail.com",
        "website": "https://khombinhan.vn",
        "representative": "Nguyễn Văn Khởi",
        "story": (
            "Khóm Tắc Cậu được trồng trên vùng đất phèn của xã Bình An từ nhiều thập kỷ. Hợp tác xã được thành lập năm "
            "2015 với khoảng 150 ha khóm và tự đầu tư lò sấy để giữ giá trái khóm khi vào vụ rộ.",
            "Tac Cau pineapples have been grown on Binh An's acid soils for decades. The cooperative was founded in 2015 "
            "with about 150 hectares of pineapple and invested in its own dryers to protect prices when the harvest peaks.",
        ),
        "geo": (9.8750, 105.1200),
        "photo": True,
        "products": [
            {
                "id": "khom-say-deo-tac-cau-binh-an",
                "name": ("Khóm sấy dẻo Tắc Cậu Bình An", "Binh An soft-dried Tac Cau pineapple"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khóm Tắc Cậu chín cây sấy dẻo, ít đường, giữ vị chua ngọt tự nhiên.",
                    "Tree-ripened Tac Cau pineapple, soft-dried with little sugar to keep its natural sweet-sour taste.",
                ),
                "description": (
                    "Trái khóm chín cây được gọt vỏ, bỏ mắt, cắt khoanh rồi sấy ở nhiệt độ thấp khoảng 18 giờ. Hợp tác "
                    "xã dùng rất ít đường và không dùng chất bảo quản, nên miếng khóm dẻo, thơm và giữ màu vàng tự "
                    "nhiên.\n\n"
                    "Khóm sấy dùng ăn vặt, pha trà hoặc làm quà biếu. Túi zip tiện mang theo và đóng lại sau khi mở.",
                    "Tree-ripened pineapples are peeled, their eyes cut out, sliced into rings and dried at low temperature "
                    "for about 18 hours. The cooperative uses very little sugar and no preservatives, so the slices stay "
                    "soft, fragrant and naturally golden.\n\n"
                    "Enjoy them as a snack, in tea or as a gift. The zip bag is easy to carry and reseal.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Túi zip", "Zip bag"),
                    "ingredients": ("Khóm, đường", "Pineapple, sugar"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 01:2020/BA",
                },
                "price": (55000, 65000),
                "tags": (
                    ["khóm sấy", "khóm tắc cậu", "đặc sản"],
                    [
                        "dried pineapple",
                        "pineapple",
                        "Tac Cau pineapple",
                        "dried fruit",
                        "snack",
                        "speciality",
                        "specialty",
                    ],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "bag",
                "colour": "#f2c12e",
            },
            {
                "id": "bo-san-pham-khom-say-binh-an",
                "name": ("Bộ sản phẩm khóm sấy Bình An", "Binh An dried pineapple set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Khóm sấy giòn", "Crispy dried pineapple"), "100 g"),
                    (("Khóm sấy muối ớt", "Chilli-salt dried pineapple"), "200 g"),
                    (("Lõi khóm sấy", "Dried pineapple core"), "150 g"),
                ],
                "summary": (
                    "Khóm sấy giòn, khóm sấy muối ớt và lõi khóm sấy từ cùng vùng nguyên liệu Tắc Cậu.",
                    "Crispy dried pineapple, chilli-salt pineapple and dried pineapple core from the same Tac Cau fields.",
                ),
                "description": (
                    "Từ trái khóm của các thành viên, hợp tác xã làm ba sản phẩm sấy: khóm sấy thăng hoa giòn xốp, khóm "
                    "sấy dẻo tẩm muối ớt và lõi khóm sấy dùng nấu nước uống. Tận dụng cả phần lõi giúp giảm phụ phẩm bỏ "
                    "đi.\n\n"
                    "Bộ sản phẩm đóng hộp giấy in hình cánh đồng khóm, hợp làm quà của vùng đất Tắc Cậu.",
                    "From its members' fruit the cooperative makes three dried products: freeze-dried crispy pineapple, "
                    "soft pineapple coated with chilli salt, and dried pineapple core for brewing a drink. Using the core "
                    "as well means less goes to waste.\n\n"
                    "The set comes in a paper box printed with the pineapple fields, a fitting gift from Tac Cau.",
                ),
                "specs": {
                    "packaging": ("Hộp giấy, túi zip bên trong", "Paper box with zip bags inside"),
                    "ingredients": ("Khóm, đường, muối, ớt", "Pineapple, sugar, salt, chilli"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 02:2021/BA",
                },
                "price": (150000, 180000),
                "tags": (
                    ["khóm sấy", "quà tặng"],
                    ["dried pineapple", "pineapple", "dried fruit", "snack", "gift", "gift set"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#e5a823",
            },
        ],
    },
    {
        "id": "thuc-pham-minh-luong",
        "name": ("Công ty TNHH Thực phẩm Minh Lương", "Minh Luong Foods Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Khu phố Minh Long, thị trấn Minh Lương, huyện Châu Thành, tỉnh Kiên Giang",
            "Minh Long Quarter, Minh Luong Town, Chau Thanh District, Kien Giang Province",
        ),
        "phone": "0297 3618 205",
        "zalo": None,
        "email": "sales@minhluongfood.com.vn",
        "website": "https://minhluongfood.com.vn",
        "representative": "Lê Thị Minh Châu",
        "story": None,
        "geo": (9.9300, 105.1650),
        "photo": False,
        "products": [
            {
                "id": "mut-khom-minh-luong",
                "name": ("Mứt khóm Minh Lương", "Minh Luong pineapple jam"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mứt khóm nấu từ khóm Tắc Cậu và đường mía, sánh mịn, dùng phết bánh mì.",
                    "A smooth jam of Tac Cau pineapple and cane sugar for spreading on bread.",
                ),
                "description": (
                    "Khóm tươi được xay thô, nấu trong nồi hai vỏ cùng đường mía và nước cốt chanh đến khi sánh lại, "
                    "còn giữ những sợi khóm nhỏ. Mứt không dùng phẩm màu, có màu vàng óng tự nhiên.\n\n"
                    "Mứt dùng phết bánh mì, làm nhân bánh, ăn kèm sữa chua hoặc pha nước uống. Sau khi mở nắp nên giữ "
                    "trong tủ lạnh và dùng trong một tháng.",
                    "Fresh pineapple is coarsely ground and cooked in a double-jacketed kettle with cane sugar and lime "
                    "juice until thick, keeping small pieces of fruit. No colouring is added; the golden colour is "
                    "natural.\n\n"
                    "Spread it on bread, use it as a pastry filling, stir it into yoghurt or dilute it as a drink. Once "
                    "opened, keep it in the fridge and finish within a month.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Hũ thủy tinh nắp thiếc", "Glass jar with tin lid"),
                    "ingredients": ("Khóm, đường mía, nước cốt chanh", "Pineapple, cane sugar, lime juice"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 01:2021/ML",
                },
                "price": (45000, 55000),
                "tags": (
                    ["mứt khóm", "khóm tắc cậu"],
                    ["pineapple jam", "jam", "pineapple", "Tac Cau pineapple", "spread", "preserve"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#f4b400",
            },
        ],
    },
    {
        "id": "ruou-khom-ba-thuan",
        "name": ("Cơ sở rượu khóm Ba Thuận", "Ba Thuan Pineapple Wine Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Phước Lợi, xã Giục Tượng, huyện Châu Thành, tỉnh Kiên Giang",
            "Phuoc Loi Hamlet, Giuc Tuong Commune, Chau Thanh District, Kien Giang Province",
        ),
        "phone": "0913 285 746",
        "zalo": "0913 285 746",
        "email": None,
        "website": None,
        "representative": "Trương Văn Thuận",
        "story": (
            "Ông Ba Thuận thử làm rượu từ khóm dư thừa vào năm 2010, khi giá khóm xuống thấp. Từ vài chum rượu đầu tiên, "
            "nay cơ sở tiêu thụ khoảng 40 tấn khóm mỗi năm.",
            "Mr Ba Thuan first tried making wine from surplus pineapples in 2010, when prices collapsed. From those first "
            "few jars, the workshop now uses about 40 tonnes of pineapple a year.",
        ),
        "geo": (9.9750, 105.1900),
        "photo": False,
        "products": [
            {
                "id": "ruou-vang-khom-ba-thuan",
                "name": ("Rượu vang khóm Ba Thuận", "Ba Thuan pineapple wine"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Rượu vang khóm lên men tự nhiên, màu vàng nhạt, vị chua ngọt, thơm mùi khóm chín.",
                    "Naturally fermented pineapple wine, pale gold, sweet-sour and fragrant with ripe pineapple.",
                ),
                "description": (
                    "Khóm chín được ép lấy nước, thêm đường và lên men chậm trong chum sành khoảng 45 ngày, sau đó lắng "
                    "trong, lọc và ủ thêm ba tháng. Rượu có độ cồn khoảng 12 độ, màu vàng nhạt trong suốt.\n\n"
                    "Vị chua ngọt hài hòa, hậu thơm mùi khóm. Nên uống lạnh, dùng khai vị hoặc ăn kèm hải sản nướng.",
                    "Ripe pineapples are pressed, the juice sweetened and slowly fermented in earthenware jars for about "
                    "45 days, then settled, filtered and aged for three more months. The wine is about 12% alcohol and a "
                    "clear pale gold.\n\n"
                    "Sweet and sour in balance with a pineapple finish, it is best chilled, as an aperitif or with "
                    "grilled seafood.",
                ),
                "specs": {
                    "net_content": "750 ml",
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": ("Nước ép khóm, đường, men rượu vang", "Pineapple juice, sugar, wine yeast"),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCVN 7045:2009",
                },
                "price": (120000, 150000),
                "tags": (
                    ["rượu khóm", "rượu vang trái cây"],
                    ["pineapple wine", "wine", "fruit wine", "pineapple", "alcohol"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#e8c547",
            },
        ],
    },
    {
        "id": "nong-san-tac-cau-xanh",
        "name": ("Công ty cổ phần Nông sản Tắc Cậu Xanh", "Tac Cau Xanh Agricultural Products Joint Stock Company"),
        "type": "joint-stock-company",
        "address": (
            "Ấp Vĩnh Thành, xã Vĩnh Hòa Hiệp, huyện Châu Thành, tỉnh Kiên Giang",
            "Vinh Thanh Hamlet, Vinh Hoa Hiep Commune, Chau Thanh District, Kien Giang Province",
        ),
        "phone": "0297 3619 537",
        "zalo": "0765 294 318",
        "email": None,
        "website": None,
        "representative": "Phạm Quốc Toàn",
        "story": (
            "Công ty được thành lập năm 2019 bởi một nhóm kỹ sư thực phẩm quê Châu Thành. Nhà máy ký hợp đồng bao tiêu "
            "khóm với nông dân và dùng công nghệ thanh trùng để giữ hương vị trái tươi.",
            "The company was founded in 2019 by a group of food engineers from Chau Thanh. Its plant buys pineapples "
            "from farmers under guaranteed-purchase contracts and uses pasteurisation to keep the taste of fresh fruit.",
        ),
        "geo": (9.9450, 105.1300),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-nuoc-ep-khom-tac-cau-xanh",
                "name": ("Bộ sản phẩm nước ép khóm Tắc Cậu Xanh", "Tac Cau Xanh pineapple juice set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Nước ép khóm nguyên chất", "Pure pineapple juice"), "330 ml"),
                    (("Nước khóm mật ong", "Pineapple juice with honey"), "330 ml"),
                    (("Nước khóm sả gừng", "Pineapple juice with lemongrass and ginger"), "330 ml"),
                ],
                "summary": (
                    "Nước ép khóm nguyên chất và hai vị pha mật ong, sả gừng, đóng chai thanh trùng.",
                    "Pure pineapple juice and two blends with honey or lemongrass and ginger, in pasteurised bottles.",
                ),
                "description": (
                    "Khóm tươi được ép nguội, lọc bỏ xơ và thanh trùng nhanh ở nhiệt độ vừa phải để giữ vitamin C và "
                    "mùi thơm. Hai vị pha thêm mật ong hoặc sả, gừng dễ uống, không dùng đường hóa học.\n\n"
                    "Uống lạnh ngon hơn, lắc đều trước khi dùng. Chai chưa mở để nơi khô mát; sau khi mở giữ ngăn mát "
                    "và dùng trong ba ngày.",
                    "Fresh pineapples are cold-pressed, strained of fibre and flash-pasteurised at a moderate temperature "
                    "to keep vitamin C and aroma. The two blends add honey or lemongrass and ginger for an easy-drinking "
                    "flavour, with no artificial sweeteners.\n\n"
                    "Serve chilled and shake well. Store unopened bottles somewhere cool and dry; once opened, "
                    "refrigerate and drink within three days.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": ("Khóm, mật ong, sả, gừng", "Pineapple, honey, lemongrass, ginger"),
                    "shelf_life": ("9 tháng", "9 months"),
                    "standards": "TCCS 01:2022/TCX",
                },
                "price": None,
                "tags": (
                    ["nước ép khóm", "nước trái cây"],
                    ["pineapple juice", "juice", "fruit juice", "pineapple", "drink", "beverage"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#f9d342",
            },
        ],
    },
    {
        "id": "banh-khom-ut-men",
        "name": ("Hộ kinh doanh Bánh khóm Út Mến", "Ut Men Pineapple Cake Household Business"),
        "type": "household",
        "address": (
            "Ấp Minh Phong, xã Minh Hòa, huyện Châu Thành, tỉnh Kiên Giang",
            "Minh Phong Hamlet, Minh Hoa Commune, Chau Thanh District, Kien Giang Province",
        ),
        "phone": "0398 517 264",
        "zalo": "0398 517 264",
        "email": None,
        "website": None,
        "representative": "Đỗ Thị Mến",
        "story": None,
        "geo": (9.9000, 105.1850),
        "photo": False,
        "products": [
            {
                "id": "banh-nhan-khom-ut-men",
                "name": ("Bánh nhân khóm Út Mến", "Ut Men pineapple tarts"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Bánh nướng vỏ bơ giòn với nhân mứt khóm Tắc Cậu sên thủ công.",
                    "Buttery baked tarts filled with hand-cooked Tac Cau pineapple jam.",
                ),
                "description": (
                    "Nhân bánh được sên từ khóm tươi với đường phèn trên bếp nhỏ lửa đến khi dẻo và thơm. Vỏ bánh làm "
                    "từ bột mì, bơ và trứng gà, nướng vàng giòn, tan trong miệng.\n\n"
                    "Mỗi hộp có 12 chiếc bánh đóng túi riêng, hợp dùng với trà, làm quà cho du khách ghé Châu Thành "
                    "hoặc đãi khách ngày Tết.",
                    "The filling is fresh pineapple slowly cooked down with rock sugar until thick and fragrant. The "
                    "pastry of flour, butter and eggs is baked golden and melts in the mouth.\n\n"
                    "Each box holds 12 individually wrapped tarts, good with tea, as a souvenir of Chau Thanh or for "
                    "guests at Tet.",
                ),
                "specs": {
                    "net_content": ("360 g (12 bánh)", "360 g (12 cakes)"),
                    "packaging": ("Hộp giấy, túi riêng từng bánh", "Paper box, individually wrapped"),
                    "ingredients": (
                        "Khóm, đường phèn, bột mì, bơ, trứng",
                        "Pineapple, rock sugar, wheat flour, butter, eggs",
                    ),
                    "shelf_life": ("3 tháng", "3 months"),
                    "standards": "TCCS 01:2022/UM",
                },
                "price": None,
                "tags": (
                    ["bánh khóm", "bánh nướng"],
                    ["pineapple tart", "pineapple cake", "tart", "pastry", "baked goods", "snack", "gift"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#d99a3d",
            },
        ],
    },
]
