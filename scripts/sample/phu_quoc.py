"""Sample facilities and products of Phú Quốc (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "phu-quoc"
FACILITIES = [
    {
        "id": "nuoc-mam-hong-phat",
        "name": ("Cơ sở sản xuất nước mắm Hồng Phát", "Hong Phat Fish Sauce Workshop"),
        "type": "workshop",
        "address": (
            "Tổ 5, khu phố 7, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Group 5, Quarter 7, Duong Dong Ward, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3846 572",
        "zalo": "0913 742 186",
        "email": "nuocmamhongphat@gmail.com",
        "website": None,
        "representative": "Trần Văn Phát",
        "story": (
            "Nhà thùng Hồng Phát được ông Trần Văn Phát dựng năm 1988 bên bờ sông Dương Đông, nay có 46 thùng gỗ "
            "bời lời ủ chượp. Cá cơm được mua ngay trên ghe và trộn muối tại chỗ, nhờ vậy nước mắm giữ được màu "
            "cánh gián và vị ngọt hậu.",
            "Mr Tran Van Phat built the Hong Phat barrel house on the Duong Dong river in 1988; today 46 wooden "
            "barrels hold fermenting fish. Anchovies are bought straight off the boats and salted on the spot, so "
            "the sauce keeps its amber colour and sweet finish.",
        ),
        "geo": (10.2189, 103.9612),
        "photo": False,
        "products": [
            {
                "id": "nuoc-mam-hong-phat-40-do-dam",
                "name": ("Nước mắm cá cơm Hồng Phát 40 độ đạm", "Hong Phat anchovy fish sauce, 40° protein"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Nước mắm cá cơm ủ chượp 12 tháng trong thùng gỗ, độ đạm 40.",
                    "Anchovy fish sauce aged 12 months in wooden barrels, 40° protein.",
                ),
                "description": (
                    "Nước mắm được kéo rút từ thùng chượp cá cơm than và muối hạt, ủ **12 tháng** trong thùng gỗ "
                    "bời lời theo cách làm truyền thống của Phú Quốc. Sản phẩm không dùng chất bảo quản, không "
                    "pha màu.\n\n"
                    "Nước mắm có màu cánh gián, mùi thơm dịu, vị mặn đầu lưỡi rồi ngọt hậu. Thích hợp để chấm "
                    "hải sản, rau luộc hoặc pha nước mắm chua ngọt.",
                    "The sauce is drawn from barrels of black anchovies and sea salt, aged for **12 months** in "
                    "wooden barrels the traditional Phu Quoc way. No preservatives or colouring are added.\n\n"
                    "It has an amber colour, a gentle aroma and a salty first taste that turns sweet. Use it as a "
                    "dip for seafood and boiled greens or in a sweet-and-sour dressing.",
                ),
                "specs": {
                    "net_content": "500 ml",
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": ("Cá cơm than, muối", "Black anchovies, salt"),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": (95000, 130000),
                "tags": (
                    ["nước mắm", "phú quốc", "cá cơm"],
                    ["fish sauce", "Phu Quoc fish sauce", "anchovy fish sauce", "anchovy", "condiment", "Phu Quoc"],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "bottle",
                "colour": "#8f4e22",
            },
            {
                "id": "nuoc-mam-hong-phat-43-do-dam",
                "name": ("Nước mắm nhĩ Hồng Phát 43 độ đạm", "Hong Phat first-press fish sauce, 43° protein"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Nước mắm nhĩ giọt đầu tiên, độ đạm 43, đóng chai nhỏ làm quà.",
                    "The first drops of the barrel at 43° protein, in a small gift bottle.",
                ),
                "description": (
                    "Nước mắm nhĩ là những giọt đầu tiên chảy ra khi mở lù thùng chượp đã ủ đủ **15 tháng**. Mỗi "
                    "thùng chỉ rút được một lượng nhỏ nên sản phẩm được đóng chai 250 ml.\n\n"
                    "Nước mắm sánh, màu nâu đỏ, hương thơm đậm và vị ngọt sâu của đạm cá. Nên dùng chấm trực "
                    "tiếp để cảm nhận trọn vị.",
                    "First-press sauce is the first liquid that runs from a barrel after a full **15 months** of "
                    "fermentation. Each barrel yields only a little, so it is bottled in 250 ml.\n\n"
                    "The sauce is thick and reddish brown, with a rich aroma and the deep sweetness of fish "
                    "protein. Best used neat as a dipping sauce.",
                ),
                "specs": {
                    "net_content": "250 ml",
                    "packaging": ("Chai thủy tinh trong hộp giấy", "Glass bottle in a paper box"),
                    "ingredients": ("Cá cơm than, muối", "Black anchovies, salt"),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": None,
                "tags": (
                    ["nước mắm", "nước mắm nhĩ", "phú quốc"],
                    [
                        "fish sauce",
                        "first-press fish sauce",
                        "premium fish sauce",
                        "Phu Quoc fish sauce",
                        "gift",
                        "Phu Quoc",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#7a3b1c",
            },
        ],
    },
    {
        "id": "nuoc-mam-thuan-hai",
        "name": ("Công ty TNHH Nước mắm Thuận Hải Phú Quốc", "Thuan Hai Phu Quoc Fish Sauce Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Khu phố 2, phường An Thới, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Quarter 2, An Thoi Ward, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3990 418",
        "zalo": "0939 216 804",
        "email": "kinhdoanh@nuocmamthuanhai.com.vn",
        "website": "https://nuocmamthuanhai.com.vn",
        "representative": "Lê Thị Thu Hà",
        "story": (
            "Công ty được thành lập năm 2009 trên nền nhà thùng của gia đình ở cảng cá An Thới. Hiện công ty có "
            "120 thùng gỗ và xưởng đóng chai đạt chứng nhận an toàn thực phẩm, cung cấp nước mắm cho nhà hàng và "
            "khách du lịch trên đảo.",
            "The company was founded in 2009 on the family's barrel house at the An Thoi fishing port. It now runs "
            "120 wooden barrels and a food-safety certified bottling room, supplying the island's restaurants and "
            "visitors.",
        ),
        "geo": (10.0241, 104.0112),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-nuoc-mam-thuan-hai",
                "name": ("Bộ sản phẩm nước mắm cá cơm Thuận Hải", "Thuan Hai anchovy fish sauce set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Nước mắm cá cơm 30 độ đạm", "Anchovy fish sauce, 30° protein"), "750 ml"),
                    (("Nước mắm cá cơm 35 độ đạm", "Anchovy fish sauce, 35° protein"), "500 ml"),
                    (("Nước mắm cá cơm 40 độ đạm", "Anchovy fish sauce, 40° protein"), "500 ml"),
                ],
                "summary": (
                    "Ba loại nước mắm cá cơm 30, 35 và 40 độ đạm cho nấu ăn và chấm.",
                    "Three anchovy fish sauces at 30, 35 and 40° protein for cooking and dipping.",
                ),
                "description": (
                    "Bộ sản phẩm gồm ba loại nước mắm cùng được ủ từ cá cơm và muối trong thùng gỗ, phân loại "
                    "theo độ đạm. Loại **30 độ đạm** dùng nêm nếm hằng ngày, loại 35 và 40 độ đạm dùng để chấm.\n\n"
                    "Cả ba đều được lọc nhiều lần, đóng chai tại xưởng và ghi rõ độ đạm trên nhãn để người mua dễ "
                    "chọn.",
                    "The set holds three sauces fermented from the same anchovies and salt in wooden barrels, "
                    "graded by protein strength. The **30°** sauce is for everyday cooking; the 35° and 40° ones "
                    "are for dipping.\n\n"
                    "All three are filtered several times, bottled at the workshop and labelled with their "
                    "protein strength so buyers can choose easily.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh và chai PET", "Glass and PET bottles"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": (60000, 140000),
                "tags": (
                    ["nước mắm", "phú quốc", "độ đạm"],
                    ["fish sauce", "Phu Quoc fish sauce", "anchovy fish sauce", "protein", "condiment", "Phu Quoc"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#9a5b2e",
            },
        ],
    },
    {
        "id": "nuoc-mam-bach-dang",
        "name": ("Hợp tác xã Nước mắm Bạch Đằng", "Bach Dang Fish Sauce Cooperative"),
        "type": "cooperative",
        "address": (
            "Tổ 2, khu phố 1, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Group 2, Quarter 1, Duong Dong Ward, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3847 930",
        "zalo": "0918 305 627",
        "email": None,
        "website": None,
        "representative": "Phạm Văn Lợi",
        "story": None,
        "geo": (10.2142, 103.9575),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-nuoc-mam-nhi-bach-dang",
                "name": ("Bộ sản phẩm nước mắm nhĩ Bạch Đằng", "Bach Dang first-press fish sauce set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Nước mắm nhĩ 43 độ đạm", "First-press fish sauce, 43° protein"), "200 ml"),
                    (("Nước mắm nhĩ 40 độ đạm", "First-press fish sauce, 40° protein"), "500 ml"),
                ],
                "summary": (
                    "Hai chai nước mắm nhĩ 43 và 40 độ đạm của các nhà thùng xã viên.",
                    "Two first-press fish sauces at 43° and 40° protein from the members' barrel houses.",
                ),
                "description": (
                    "Các xã viên hợp tác xã cùng theo một quy trình: cá cơm tươi trộn muối theo tỷ lệ 3 cá 1 "
                    "muối, ủ trong thùng gỗ từ **12 đến 15 tháng**, chỉ lấy nước nhĩ.\n\n"
                    "Bộ sản phẩm gồm chai 43 độ đạm làm quà và chai 40 độ đạm dùng trong gia đình, đóng trong "
                    "hộp giấy in hình nhà thùng.",
                    "All members of the cooperative follow one method: fresh anchovies mixed with salt at three "
                    "parts fish to one part salt, fermented in wooden barrels for **12 to 15 months**, first press "
                    "only.\n\n"
                    "The set pairs a 43° bottle for gifts with a 40° bottle for the family table, packed in a "
                    "paper box printed with a barrel house.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh trong hộp giấy", "Glass bottles in a paper box"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": (150000, 190000),
                "tags": (
                    ["nước mắm", "nước mắm nhĩ", "quà tặng"],
                    [
                        "fish sauce",
                        "first-press fish sauce",
                        "premium fish sauce",
                        "Phu Quoc fish sauce",
                        "gift",
                        "gift set",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#843f1d",
            },
            {
                "id": "nuoc-mam-bach-dang-30-do-dam",
                "name": ("Nước mắm cá cơm Bạch Đằng 30 độ đạm", "Bach Dang anchovy fish sauce, 30° protein"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Nước mắm 30 độ đạm đóng can 2 lít cho bếp gia đình và quán ăn.",
                    "Fish sauce at 30° protein in a 2-litre jerrycan for home kitchens and eateries.",
                ),
                "description": (
                    "Nước mắm được pha từ nước nhĩ và nước mắm rút lần hai, giữ độ đạm ổn định ở **30 độ**. "
                    "Giá vừa phải, phù hợp để nấu canh, kho cá, ướp thịt.\n\n"
                    "Sản phẩm đóng can nhựa 2 lít có nắp chống tràn, được nhiều quán ăn trên đảo dùng hằng ngày.",
                    "This sauce blends first-press liquid with the second draw, keeping a steady **30°** protein. "
                    "It is modestly priced and suited to soups, braised fish and marinades.\n\n"
                    "It comes in a 2-litre plastic jerrycan with a drip-proof cap and is used daily by many "
                    "eateries on the island.",
                ),
                "specs": {
                    "net_content": "2 lít",
                    "packaging": ("Can nhựa", "Plastic jerrycan"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("18 tháng", "18 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": None,
                "tags": (
                    ["nước mắm", "phú quốc"],
                    ["fish sauce", "Phu Quoc fish sauce", "anchovy fish sauce", "condiment", "bulk", "Phu Quoc"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#a8683a",
            },
        ],
    },
    {
        "id": "ho-tieu-khu-tuong",
        "name": ("Hợp tác xã Hồ tiêu Khu Tượng", "Khu Tuong Pepper Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Khu Tượng, xã Cửa Dương, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Khu Tuong Hamlet, Cua Duong Commune, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0919 547 302",
        "zalo": "0919 547 302",
        "email": "htxhotieukhutuong@gmail.com",
        "website": "https://tieukhutuong.vn",
        "representative": "Võ Minh Khoa",
        "story": (
            "Hợp tác xã gồm 38 hộ trồng tiêu ở vùng đồi Khu Tượng, canh tác theo hướng hữu cơ, không dùng thuốc "
            "diệt cỏ. Tiêu được thu hái, phơi và phân loại tại nhà sơ chế chung rồi đóng gói dưới nhãn hiệu tập thể "
            "của hợp tác xã.",
            "The cooperative brings together 38 pepper-growing families in the Khu Tuong hills, who farm "
            "organically without herbicides. Pepper is picked, sun-dried and graded in a shared shed, then packed "
            "under the cooperative's collective brand.",
        ),
        "geo": (10.2668, 104.0051),
        "photo": True,
        "products": [
            {
                "id": "tieu-den-khu-tuong",
                "name": ("Tiêu đen Khu Tượng", "Khu Tuong black pepper"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Tiêu đen hạt chắc, cay nồng, trồng trên đất đồi Phú Quốc.",
                    "Dense, pungent black peppercorns grown in the hills of Phu Quoc.",
                ),
                "description": (
                    "Tiêu được hái khi chùm có vài hạt chín đỏ, tuốt hạt, phơi nắng từ **4 đến 5 ngày** rồi sàng "
                    "loại hạt lép. Hạt tiêu đạt dung trọng trên 550 g/l.\n\n"
                    "Tiêu có vị cay nồng, thơm lâu, dùng xay rắc món ăn, ướp thịt cá hoặc pha muối tiêu chanh.",
                    "The clusters are picked once a few berries turn red, then stripped, sun-dried for **4 to 5 "
                    "days** and sieved to remove light grains. The peppercorns weigh over 550 g per litre.\n\n"
                    "The pepper is sharp and long-lasting in aroma; grind it over dishes, use it in marinades or mix "
                    "it with salt and lime for a dip.",
                ),
                "specs": {
                    "net_content": "200 g",
                    "packaging": ("Túi giấy kraft có khóa zip", "Kraft paper zip bag"),
                    "ingredients": ("Hạt tiêu đen Phú Quốc", "Phu Quoc black peppercorns"),
                    "shelf_life": ("18 tháng", "18 months"),
                    "standards": "TCVN 7036:2008",
                },
                "price": (55000, 75000),
                "tags": (
                    ["hồ tiêu", "tiêu đen", "phú quốc"],
                    ["pepper", "black pepper", "peppercorn", "spice", "Phu Quoc pepper", "Phu Quoc"],
                ),
                "first_entry": True,
                "featured": True,
                "expires": None,
                "shape": "bag",
                "colour": "#2e2723",
            },
            {
                "id": "tieu-do-khu-tuong",
                "name": ("Tiêu đỏ Khu Tượng", "Khu Tuong ripe red pepper"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Tiêu chín đỏ được hái chọn từng hạt, phơi khô giữ màu tự nhiên.",
                    "Ripe red peppercorns picked one by one and dried to keep their natural colour.",
                ),
                "description": (
                    "Chỉ những hạt tiêu chín đỏ trên cây mới được hái, nên mỗi vụ hợp tác xã chỉ làm được vài "
                    "trăm ký tiêu đỏ. Hạt được phơi trong nhà màng để giữ **màu đỏ sẫm**.\n\n"
                    "Tiêu đỏ thơm ngọt, ít hăng hơn tiêu đen, hợp với bò bít tết, hải sản nướng và món Âu.",
                    "Only berries that have ripened red on the vine are picked, so the cooperative makes just a few "
                    "hundred kilos a season. They are dried under plastic-roofed sheds to keep a **deep red** "
                    "colour.\n\n"
                    "Red pepper is sweeter and milder than black pepper and goes well with steak, grilled seafood "
                    "and Western dishes.",
                ),
                "specs": {
                    "net_content": "100 g",
                    "packaging": ("Hũ thủy tinh", "Glass jar"),
                    "ingredients": ("Hạt tiêu chín đỏ Phú Quốc", "Phu Quoc ripe red peppercorns"),
                    "shelf_life": ("18 tháng", "18 months"),
                },
                "price": (120000, 150000),
                "tags": (
                    ["hồ tiêu", "tiêu đỏ", "phú quốc"],
                    [
                        "pepper",
                        "red pepper",
                        "red peppercorn",
                        "ripe pepper",
                        "peppercorn",
                        "spice",
                        "Phu Quoc pepper",
                        "Phu Quoc",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#9e2a2b",
            },
        ],
    },
    {
        "id": "ho-tieu-ba-nhan",
        "name": ("Hộ kinh doanh Hồ tiêu Ba Nhân", "Ba Nhan Pepper Household Business"),
        "type": "household",
        "address": (
            "Ấp Suối Đá, xã Dương Tơ, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Suoi Da Hamlet, Duong To Commune, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0376 418 925",
        "zalo": "0376 418 925",
        "email": None,
        "website": None,
        "representative": "Đặng Văn Nhân",
        "story": None,
        "geo": (10.1623, 104.0012),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-ho-tieu-ba-nhan",
                "name": ("Bộ sản phẩm hồ tiêu Ba Nhân", "Ba Nhan pepper set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Tiêu đen", "Black pepper"), "100 g"),
                    (("Tiêu đỏ", "Ripe red pepper"), "100 g"),
                    (("Tiêu sọ", "White pepper"), "100 g"),
                ],
                "summary": (
                    "Ba loại tiêu đen, tiêu đỏ và tiêu sọ từ cùng một vườn ở Suối Đá.",
                    "Black, red and white pepper from the same garden in Suoi Da.",
                ),
                "description": (
                    "Cả ba loại tiêu đều lấy từ vườn tiêu 2 ha của gia đình ông Nhân. Tiêu đen phơi nguyên vỏ, "
                    "tiêu đỏ hái hạt chín, còn **tiêu sọ** được ngâm bóc vỏ rồi phơi trắng.\n\n"
                    "Ba hũ thủy tinh xếp chung trong hộp giấy, tiện làm quà cho người thích nấu ăn.",
                    "All three peppers come from Mr Nhan's family garden of 2 hectares. Black pepper is dried whole, "
                    "red pepper is picked ripe, and **white pepper** is soaked, skinned and dried pale.\n\n"
                    "The three glass jars sit together in a paper box, a handy gift for anyone who likes to "
                    "cook.",
                ),
                "specs": {
                    "packaging": ("Hũ thủy tinh trong hộp giấy", "Glass jars in a paper gift box"),
                    "ingredients": ("Hạt tiêu Phú Quốc", "Phu Quoc peppercorns"),
                    "shelf_life": ("18 tháng", "18 months"),
                    "standards": "TCVN 7036:2008",
                },
                "price": (180000, 220000),
                "tags": (
                    ["hồ tiêu", "quà tặng", "phú quốc"],
                    [
                        "pepper",
                        "black pepper",
                        "red pepper",
                        "white pepper",
                        "peppercorn",
                        "spice",
                        "gift",
                        "gift set",
                        "Phu Quoc",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#5a3a2a",
            },
        ],
    },
    {
        "id": "muoi-tieu-huong-bien",
        "name": ("Cơ sở sản xuất muối tiêu Hương Biển", "Huong Bien Pepper Salt Workshop"),
        "type": "workshop",
        "address": (
            "Tổ 4, khu phố 3, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Group 4, Quarter 3, Duong Dong Ward, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3982 647",
        "zalo": "0789 216 473",
        "email": None,
        "website": None,
        "representative": "Huỳnh Thị Bích Hương",
        "story": None,
        "geo": (10.2226, 103.9671),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-muoi-tieu-huong-bien",
                "name": ("Bộ sản phẩm muối tiêu Hương Biển", "Huong Bien pepper salt set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Muối tiêu chanh", "Pepper salt with lime leaf"), "100 g"),
                    (("Muối tiêu xanh", "Green pepper salt"), "100 g"),
                    (("Muối tiêu đỏ", "Red pepper salt"), "100 g"),
                ],
                "summary": (
                    "Ba hũ muối tiêu chấm hải sản làm từ muối biển và tiêu Phú Quốc.",
                    "Three jars of seafood dipping salt made from sea salt and Phu Quoc pepper.",
                ),
                "description": (
                    "Muối hạt được rang khô rồi giã cùng tiêu Phú Quốc theo ba công thức: thêm lá chanh, thêm tiêu "
                    "xanh sấy lạnh hoặc thêm tiêu đỏ. Không dùng bột ngọt.\n\n"
                    "Chỉ cần vắt **chanh** vào là có chén muối chấm hải sản, gà luộc hay trái cây.",
                    "Sea salt is dry-roasted and pounded with Phu Quoc pepper in three recipes: with lime leaf, with "
                    "freeze-dried green pepper, or with red pepper. No MSG is added.\n\n"
                    "Just squeeze in some **lime** for a dip for seafood, boiled chicken or fruit.",
                ),
                "specs": {
                    "packaging": ("Hũ nhựa PET", "PET jars"),
                    "ingredients": ("Muối biển, hạt tiêu, lá chanh, đường", "Sea salt, pepper, lime leaf, sugar"),
                    "shelf_life": ("12 tháng", "12 months"),
                    "standards": "TCCS 01:2022/HB",
                },
                "price": (75000, 95000),
                "tags": (
                    ["muối tiêu", "gia vị", "phú quốc"],
                    [
                        "pepper salt",
                        "salt and pepper",
                        "dipping salt",
                        "sea salt",
                        "seasoning",
                        "spice",
                        "condiment",
                        "Phu Quoc",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#7f8c6a",
            },
        ],
    },
    {
        "id": "ruou-sim-ong-lang",
        "name": ("Doanh nghiệp tư nhân Rượu sim Ông Lang", "Ong Lang Rose-myrtle Wine Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Ông Lang, xã Cửa Dương, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Ong Lang Hamlet, Cua Duong Commune, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3985 164",
        "zalo": "0908 631 274",
        "email": "lienhe@ruousimonglang.vn",
        "website": "https://ruousimonglang.vn",
        "representative": "Lâm Quốc Bảo",
        "story": (
            "Từ năm 2012, doanh nghiệp thu mua trái sim chín từ bà con hái sim trên các đồi phía bắc đảo. Xưởng "
            "ngâm ủ có phòng tham quan để du khách xem cách làm và nếm thử rượu.",
            "Since 2012 the enterprise has bought ripe rose-myrtle berries from villagers who pick them on the hills "
            "of the north of the island. Its cellar has a visitor room where guests watch the process and taste "
            "the wine.",
        ),
        "geo": (10.2915, 103.9406),
        "photo": False,
        "products": [
            {
                "id": "ruou-sim-rung-ong-lang",
                "name": ("Rượu sim rừng Ông Lang", "Ong Lang wild rose-myrtle wine"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Rượu ngâm trái sim rừng chín, màu tím đỏ, vị chát nhẹ.",
                    "Rice spirit steeped with ripe wild rose-myrtle berries: purple-red and gently tart.",
                ),
                "description": (
                    "Trái sim rừng chín được rửa sạch, ngâm với rượu gạo và đường phèn trong chum sành ít nhất "
                    "**6 tháng** rồi lọc và đóng chai.\n\n"
                    "Rượu có màu tím đỏ, vị ngọt chát hài hòa, nồng độ 29%. Dùng lạnh sẽ ngon hơn; là món quà "
                    "quen thuộc của du khách đến Phú Quốc.",
                    "Ripe wild rose-myrtle berries are washed and steeped with rice spirit and rock sugar in "
                    "earthenware jars for at least **6 months**, then filtered and bottled.\n\n"
                    "The wine is purple-red with a balance of sweetness and tannin, at 29% alcohol. It is best "
                    "served chilled and is a favourite souvenir of Phu Quoc.",
                ),
                "specs": {
                    "net_content": "500 ml",
                    "packaging": ("Chai thủy tinh", "Glass bottle"),
                    "ingredients": (
                        "Trái sim rừng, rượu gạo, đường phèn",
                        "Wild rose-myrtle berries, rice spirit, rock sugar",
                    ),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCCS 01:2021/OL",
                },
                "price": (150000, 190000),
                "tags": (
                    ["rượu sim", "đặc sản", "phú quốc"],
                    [
                        "sim wine",
                        "rose myrtle wine",
                        "rose myrtle",
                        "wine",
                        "fruit wine",
                        "liquor",
                        "speciality",
                        "specialty",
                        "souvenir",
                        "Phu Quoc",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#5a1836",
            },
        ],
    },
    {
        "id": "hai-san-kho-ut-nhan",
        "name": ("Hộ kinh doanh Hải sản khô Út Nhàn", "Ut Nhan Dried Seafood Household Business"),
        "type": "household",
        "address": (
            "Ấp Rạch Hàm, xã Hàm Ninh, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Rach Ham Hamlet, Ham Ninh Commune, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0945 317 206",
        "zalo": "0945 317 206",
        "email": None,
        "website": None,
        "representative": "Nguyễn Thị Nhàn",
        "story": (
            "Bà Nhàn lớn lên ở làng chài Hàm Ninh và làm khô mực, mắm ruốc theo cách mẹ truyền lại. Mỗi sáng bà "
            "chọn hàng ngay tại bến khi ghe về, phơi trên giàn tre cạnh biển.",
            "Mrs Nhan grew up in the Ham Ninh fishing village and dries squid and makes shrimp paste the way her "
            "mother taught her. Each morning she picks the catch at the jetty as the boats come in and dries it on "
            "bamboo racks by the sea.",
        ),
        "geo": (10.1820, 104.0496),
        "photo": False,
        "products": [
            {
                "id": "mam-ruoc-ut-nhan",
                "name": ("Mắm ruốc Út Nhàn", "Ut Nhan shrimp paste"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mắm ruốc biển Hàm Ninh, màu hồng tím, thơm đậm.",
                    "Ham Ninh shrimp paste, pinkish purple and richly aromatic.",
                ),
                "description": (
                    "Ruốc biển tươi được trộn muối, phơi nắng và đảo đều mỗi ngày trong khoảng **một tháng** cho "
                    "đến khi mịn và dậy mùi.\n\n"
                    "Mắm ruốc dùng kho quẹt, xào sả ớt, nêm bún bò hoặc chấm xoài, cóc. Bảo quản nơi khô mát, "
                    "dùng muỗng khô khi lấy.",
                    "Fresh krill is mixed with salt, sun-dried and stirred every day for about **a month** until it "
                    "turns smooth and fragrant.\n\n"
                    "Use the paste in caramelised dips, stir-fried with lemongrass and chilli, to season beef noodle "
                    "soup, or as a dip for green mango. Keep cool and dry and use a dry spoon.",
                ),
                "specs": {
                    "net_content": "250 g",
                    "packaging": ("Hũ nhựa PET", "PET jar"),
                    "ingredients": ("Ruốc biển, muối", "Krill, salt"),
                    "shelf_life": ("12 tháng", "12 months"),
                },
                "price": (45000, 60000),
                "tags": (
                    ["mắm ruốc", "hàm ninh"],
                    ["shrimp paste", "krill paste", "fermented shrimp", "condiment", "Ham Ninh"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "jar",
                "colour": "#a4545e",
            },
            {
                "id": "muc-kho-ut-nhan",
                "name": ("Mực khô Út Nhàn", "Ut Nhan dried squid"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mực ống câu đêm, phơi khô trên giàn tre ở Hàm Ninh.",
                    "Night-caught squid dried on bamboo racks in Ham Ninh.",
                ),
                "description": (
                    "Mực được câu đêm, làm sạch ngay khi ghe cập bến rồi phơi từ **2 đến 3 nắng** trên giàn tre. "
                    "Không tẩm hóa chất, không tẩy trắng.\n\n"
                    "Mực khô thịt dày, ngọt, chỉ cần nướng than rồi xé sợi chấm tương ớt hoặc làm gỏi xoài.",
                    "The squid are caught at night, cleaned as soon as the boats land and dried in the sun for **2 "
                    "to 3 days** on bamboo racks. Nothing is added and nothing is bleached.\n\n"
                    "The flesh is thick and sweet: grill it over charcoal, tear it into strips and dip it in chilli "
                    "sauce, or toss it in a green mango salad.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
                    "ingredients": ("Mực ống", "Squid"),
                    "shelf_life": ("6 tháng ở nơi khô mát", "6 months in a cool, dry place"),
                },
                "price": (650000, 850000),
                "tags": (["mực khô", "hải sản khô", "hàm ninh"], ["dried squid", "squid", "dried seafood", "Ham Ninh"]),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#d9b380",
            },
        ],
    },
    {
        "id": "ngoc-trai-bien-xanh",
        "name": ("Công ty cổ phần Ngọc trai Biển Xanh Phú Quốc", "Bien Xanh Phu Quoc Pearl Joint Stock Company"),
        "type": "joint-stock-company",
        "address": (
            "Ấp Cửa Lấp, xã Dương Tơ, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Cua Lap Hamlet, Duong To Commune, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3994 381",
        "zalo": "0827 415 936",
        "email": "info@ngoctraibienxanh.com.vn",
        "website": "https://ngoctraibienxanh.com.vn",
        "representative": "Hồ Thanh Tùng",
        "story": (
            "Công ty nuôi trai lấy ngọc ở vùng biển phía nam đảo và tự chế tác trang sức tại xưởng ở Dương Tơ. Du "
            "khách có thể xem thợ cấy nhân, mở trai và xâu chuỗi ngọc ngay tại phòng trưng bày.",
            "The company farms pearl oysters off the south of the island and makes its jewellery in its own "
            "workshop in Duong To. In the showroom visitors can watch craftsmen seed, open oysters and string "
            "pearls.",
        ),
        "geo": (10.1569, 103.9721),
        "photo": True,
        "products": [
            {
                "id": "day-chuyen-ngoc-trai-bien-xanh",
                "name": ("Dây chuyền ngọc trai nuôi Biển Xanh", "Bien Xanh cultured pearl necklace"),
                "kind": "product",
                "group": "handicrafts",
                "items": [],
                "summary": (
                    "Chuỗi ngọc trai nuôi Phú Quốc cỡ 7–8 mm, khóa bạc 925.",
                    "A strand of 7–8 mm Phu Quoc cultured pearls with a 925 silver clasp.",
                ),
                "description": (
                    "Ngọc trai được nuôi từ **2 đến 3 năm** ở vùng biển Phú Quốc, tuyển chọn những viên tròn đều, "
                    "ánh sáng và cùng tông màu để xâu thành chuỗi.\n\n"
                    "Mỗi hạt được thắt nút lụa riêng để không cọ vào nhau. Sản phẩm có phiếu ghi kích cỡ, màu ngọc "
                    "và hướng dẫn bảo quản.",
                    "The pearls grow for **2 to 3 years** in Phu Quoc waters; round, lustrous pearls of matching "
                    "tone are selected and strung together.\n\n"
                    "Each pearl is separated by a silk knot so they do not rub. The necklace comes with a card "
                    "stating pearl size and colour, and care instructions.",
                ),
                "specs": {
                    "net_content": ("Chuỗi dài 45 cm", "45 cm strand"),
                    "packaging": ("Hộp nhung", "Velvet box"),
                    "ingredients": (
                        "Ngọc trai nuôi, chỉ lụa, khóa bạc 925",
                        "Cultured pearls, silk thread, 925 silver clasp",
                    ),
                },
                "price": (1500000, 4500000),
                "tags": (
                    ["ngọc trai", "trang sức", "phú quốc"],
                    [
                        "pearl",
                        "cultured pearl",
                        "jewelry",
                        "jewellery",
                        "necklace",
                        "pearl necklace",
                        "silver",
                        "gift",
                        "souvenir",
                        "Phu Quoc pearl",
                        "Phu Quoc",
                    ],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#ede6da",
            },
            {
                "id": "bo-san-pham-trang-suc-ngoc-trai-bien-xanh",
                "name": ("Bộ sản phẩm trang sức ngọc trai Biển Xanh", "Bien Xanh pearl jewellery set"),
                "kind": "set",
                "group": "handicrafts",
                "items": [
                    (("Bông tai ngọc trai", "Pearl earrings"), None),
                    (("Mặt dây chuyền ngọc trai", "Pearl pendant"), None),
                    (("Nhẫn ngọc trai", "Pearl ring"), None),
                ],
                "summary": (
                    "Bông tai, mặt dây chuyền và nhẫn ngọc trai nuôi, gắn trên bạc 925.",
                    "Cultured pearl earrings, pendant and ring, set in 925 silver.",
                ),
                "description": (
                    "Ba món trang sức dùng ngọc trai nuôi cùng lứa, đường kính **8–9 mm**, gắn trên khung bạc 925 "
                    "do thợ của công ty tự chế tác.\n\n"
                    "Bộ trang sức đựng trong hộp gỗ có lót nhung, phù hợp làm quà cưới hoặc quà lưu niệm khi đến "
                    "Phú Quốc.",
                    "All three pieces use pearls from the same harvest, **8–9 mm** across, mounted on 925 silver "
                    "settings made by the company's own craftsmen.\n\n"
                    "The set comes in a velvet-lined wooden box and makes a fine wedding gift or keepsake of a trip "
                    "to Phu Quoc.",
                ),
                "specs": {
                    "packaging": ("Hộp gỗ lót nhung", "Velvet-lined wooden box"),
                    "ingredients": ("Ngọc trai nuôi, bạc 925", "Cultured pearls, 925 silver"),
                },
                "price": None,
                "tags": (
                    ["ngọc trai", "trang sức", "quà tặng"],
                    [
                        "pearl",
                        "cultured pearl",
                        "jewelry",
                        "jewellery",
                        "earring",
                        "pendant",
                        "ring",
                        "silver",
                        "gift",
                        "gift set",
                        "souvenir",
                        "Phu Quoc pearl",
                    ],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#e4dccf",
            },
        ],
    },
    {
        "id": "tinh-dau-tram-bai-thom",
        "name": ("Công ty TNHH Tinh dầu Tràm Bãi Thơm", "Bai Thom Cajeput Oil Co., Ltd."),
        "type": "limited-company",
        "address": (
            "Ấp Rạch Tràm, xã Bãi Thơm, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Rach Tram Hamlet, Bai Thom Commune, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0297 3981 756",
        "zalo": "0857 203 419",
        "email": None,
        "website": None,
        "representative": "Dương Văn Sang",
        "story": None,
        "geo": (10.3946, 103.9968),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-tinh-dau-tram-bai-thom",
                "name": ("Bộ sản phẩm tinh dầu tràm Bãi Thơm", "Bai Thom cajeput essential oil set"),
                "kind": "set",
                "group": "other",
                "items": [
                    (("Tinh dầu tràm", "Cajeput essential oil"), "10 ml"),
                    (("Tinh dầu tràm", "Cajeput essential oil"), "50 ml"),
                    (("Tinh dầu tràm", "Cajeput essential oil"), "100 ml"),
                ],
                "summary": (
                    "Tinh dầu tràm nguyên chất chưng cất từ lá tràm ở Bãi Thơm, ba cỡ chai.",
                    "Pure cajeput oil distilled from tràm leaves in Bai Thom, in three bottle sizes.",
                ),
                "description": (
                    "Lá và cành non cây tràm được thu hái theo lứa, chưng cất bằng hơi nước trong nồi inox. Mỗi "
                    "mẻ khoảng **1 tấn lá** cho ra 8–10 lít tinh dầu.\n\n"
                    "Tinh dầu tràm giữ ấm, xoa bóp và đuổi muỗi; chai 10 ml có nắp nhỏ giọt tiện mang theo, chai lớn "
                    "dùng cho gia đình.",
                    "Leaves and young twigs of the tràm (cajeput) tree are harvested in rotation and steam-distilled "
                    "in stainless-steel stills. Each batch of about **one tonne of leaves** gives 8 to 10 litres of "
                    "oil.\n\n"
                    "Cajeput oil is used to keep warm, for massage and against mosquitoes; the 10 ml dropper bottle "
                    "travels well, the larger ones serve the family.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh màu hổ phách", "Amber glass bottles"),
                    "ingredients": ("Tinh dầu tràm nguyên chất", "Pure cajeput oil"),
                    "shelf_life": ("36 tháng", "36 months"),
                    "standards": "TCCS 02:2022/BT",
                },
                "price": None,
                "tags": (
                    ["tinh dầu", "tràm", "bãi thơm"],
                    ["essential oil", "cajeput oil", "cajuput oil", "cajeput", "melaleuca", "Bai Thom"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "drop",
                "colour": "#c9c26a",
            },
        ],
    },
    {
        "id": "xa-bong-thao-moc-moc-an",
        "name": ("Hộ kinh doanh Xà bông thảo mộc Mộc An", "Moc An Herbal Soap Household Business"),
        "type": "household",
        "address": (
            "Tổ 6, khu phố 10, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang",
            "Group 6, Quarter 10, Duong Dong Ward, Phu Quoc City, Kien Giang Province",
        ),
        "phone": "0706 358 142",
        "zalo": "0706 358 142",
        "email": "mocan.phuquoc@gmail.com",
        "website": None,
        "representative": "Trịnh Ngọc Ánh",
        "story": (
            "Chị Ánh bắt đầu nấu xà bông thủ công năm 2019 để tận dụng trái sim dập, không đủ chuẩn ngâm rượu. Nay "
            "cơ sở tạo việc làm cho năm phụ nữ trong khu phố.",
            "Ms Anh began making soap by hand in 2019 to use bruised rose-myrtle berries too poor for wine. The "
            "business now employs five women from the neighbourhood.",
        ),
        "geo": (10.2304, 103.9729),
        "photo": False,
        "products": [
            {
                "id": "xa-bong-trai-sim-moc-an",
                "name": ("Xà bông trái sim Mộc An", "Moc An rose-myrtle soap"),
                "kind": "product",
                "group": "other",
                "items": [],
                "summary": (
                    "Xà bông thủ công nấu lạnh từ dầu dừa và nước cốt trái sim.",
                    "Handmade cold-process soap from coconut oil and rose-myrtle berry extract.",
                ),
                "description": (
                    "Xà bông được nấu theo phương pháp lạnh, ủ **4 tuần** cho bánh cứng và dịu da. Màu tím nhạt "
                    "hoàn toàn từ nước cốt trái sim, không dùng phẩm màu.\n\n"
                    "Bọt mịn, mùi thơm nhẹ, phù hợp với da thường và da khô. Mỗi bánh được gói trong hộp giấy "
                    "kraft có dây buộc.",
                    "The soap is made by the cold process and cured for **4 weeks** so each bar is hard and "
                    "gentle. Its pale purple comes entirely from rose-myrtle juice, with no dyes.\n\n"
                    "It gives a fine lather and a light scent and suits normal and dry skin. Each bar is wrapped "
                    "in a kraft paper box tied with string.",
                ),
                "specs": {
                    "net_content": "100 g",
                    "packaging": ("Hộp giấy kraft", "Kraft paper box"),
                    "ingredients": (
                        "Dầu dừa, dầu ô liu, bơ ca cao, nước cốt trái sim",
                        "Coconut oil, olive oil, cocoa butter, rose-myrtle berry juice",
                    ),
                    "shelf_life": ("12 tháng", "12 months"),
                },
                "price": (45000, 55000),
                "tags": (
                    ["xà bông", "trái sim", "thủ công"],
                    ["soap", "handmade soap", "natural soap", "rose myrtle", "coconut oil", "handmade", "souvenir"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "box",
                "colour": "#7b3f6b",
            },
        ],
    },
]
