"""Sample facilities and products of Kiên Hải (illustrative, not the official list)."""

from __future__ import annotations

DISTRICT = "kien-hai"
FACILITIES = [
    {
        "id": "hai-san-lai-son",
        "name": ("Hợp tác xã Hải sản Lại Sơn", "Lai Son Seafood Cooperative"),
        "type": "cooperative",
        "address": (
            "Ấp Bãi Nhà A, xã Lại Sơn, huyện Kiên Hải, tỉnh Kiên Giang",
            "Bai Nha A Hamlet, Lai Son Commune, Kien Hai District, Kien Giang Province",
        ),
        "phone": "0297 3830 247",
        "zalo": "0942 618 305",
        "email": "htxhaisanlaison@gmail.com",
        "website": None,
        "representative": "Huỳnh Văn Sơn",
        "story": (
            "Hợp tác xã được 24 hộ ngư dân trên đảo Hòn Sơn lập năm 2018 để cùng làm khô và giữ giá cho con mực, "
            "con cá cơm. Sân phơi chung có mái che di động, tránh được mưa bất chợt giữa mùa gió.",
            "Twenty-four fishing families on Hon Son island set up the cooperative in 2018 to dry squid and "
            "anchovies together and hold their prices. The shared drying yard has a movable roof against sudden "
            "showers in the windy season.",
        ),
        "geo": (9.8012, 104.6335),
        "photo": True,
        "products": [
            {
                "id": "muc-kho-lai-son",
                "name": ("Mực khô Lại Sơn", "Lai Son dried squid"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Mực ống câu ở vùng biển Hòn Sơn, phơi nắng trên đảo.",
                    "Squid line-caught off Hon Son and sun-dried on the island.",
                ),
                "description": (
                    "Mực được câu bằng đèn vào ban đêm, về bến là xẻ, rửa nước biển và phơi ngay trên sân phơi "
                    "của hợp tác xã từ **hai đến ba nắng**.\n\n"
                    "Mực khô dày mình, màu vàng ngà, thơm ngọt khi nướng. Mỗi túi được phân cỡ theo số con trên "
                    "ký để người mua dễ chọn.",
                    "The squid are caught at night under lamps, split and rinsed in seawater as soon as they land, "
                    "then dried on the cooperative's yard for **two to three days**.\n\n"
                    "The dried squid are thick, ivory-yellow and sweet-smelling when grilled. Each bag is graded by "
                    "the number of squid per kilo so buyers can choose.",
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
                    "ingredients": ("Mực ống", "Squid"),
                    "shelf_life": ("6 tháng ở nơi khô mát", "6 months in a cool, dry place"),
                    "standards": "TCCS 01:2020/LS",
                },
                "price": (600000, 800000),
                "tags": (
                    ["mực khô", "hòn sơn", "kiên hải"],
                    ["dried squid", "squid", "dried seafood", "Hon Son", "Kien Hai"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "pack",
                "colour": "#dcb98a",
            },
            {
                "id": "bo-san-pham-ca-com-kho-lai-son",
                "name": ("Bộ sản phẩm cá cơm khô Lại Sơn", "Lai Son dried anchovy set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Cá cơm than khô", "Dried black anchovies"), "500 g"),
                    (("Cá cơm sọc tiêu khô", "Dried striped anchovies"), "500 g"),
                ],
                "summary": (
                    "Hai loại cá cơm luộc nước muối rồi phơi khô ngay trên đảo.",
                    "Two kinds of anchovy boiled in brine and dried on the island.",
                ),
                "description": (
                    "Cá cơm vừa lên ghe được luộc chín trong nước muối loãng rồi đem phơi ngay, nhờ vậy cá giữ "
                    "màu trắng bạc và không bị gãy. Cá được sàng theo cỡ trước khi đóng gói.\n\n"
                    "Cá cơm khô dùng rim mặn ngọt, chiên giòn, nấu canh chua hoặc **kho tiêu**.",
                    "Anchovies are boiled in light brine straight off the boat and dried at once, so they stay "
                    "silvery and whole. They are sieved by size before packing.\n\n"
                    "Use them caramelised with sugar and fish sauce, fried crisp, in sour soup or **braised with "
                    "pepper**.",
                ),
                "specs": {
                    "packaging": ("Túi zip", "Zip bags"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("6 tháng", "6 months"),
                },
                "price": (90000, 130000),
                "tags": (
                    ["cá cơm", "khô cá", "kiên hải"],
                    ["anchovy", "dried anchovy", "dried fish", "dried seafood", "Kien Hai"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#b9a27a",
            },
        ],
    },
    {
        "id": "kho-ca-tam-loi",
        "name": ("Hộ kinh doanh Khô cá Tám Lợi", "Tam Loi Dried Fish Household Business"),
        "type": "household",
        "address": (
            "Ấp Hòn Mấu, xã Nam Du, huyện Kiên Hải, tỉnh Kiên Giang",
            "Hon Mau Hamlet, Nam Du Commune, Kien Hai District, Kien Giang Province",
        ),
        "phone": "0387 205 641",
        "zalo": "0387 205 641",
        "email": None,
        "website": None,
        "representative": "Đoàn Văn Lợi",
        "story": None,
        "geo": (9.6801, 104.3512),
        "photo": False,
        "products": [
            {
                "id": "kho-ca-bo-tam-loi",
                "name": ("Khô cá bò da Tám Lợi", "Tam Loi dried leatherjacket"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Khô cá bò da lột da, tẩm gia vị nhẹ, phơi nắng ở Nam Du.",
                    "Skinned leatherjacket, lightly seasoned and sun-dried in Nam Du.",
                ),
                "description": (
                    "Cá bò da đánh bắt quanh quần đảo Nam Du được lột da, xẻ bướm, ướp chút muối, đường và tỏi rồi "
                    "phơi **hai nắng** trên giàn lưới.\n\n"
                    "Khô cá bò thịt trắng, dai nhẹ, nướng lên thơm ngọt; xé nhỏ chấm tương ớt hoặc chiên giòn ăn "
                    "với cơm. Đóng túi hút chân không 500 g.",
                    None,
                ),
                "specs": {
                    "net_content": "500 g",
                    "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
                    "ingredients": ("Cá bò da, muối, đường, tỏi", "Leatherjacket, salt, sugar, garlic"),
                    "shelf_life": ("6 tháng ở ngăn mát", "6 months refrigerated"),
                },
                "price": (160000, 200000),
                "tags": (
                    ["khô cá", "cá bò", "nam du"],
                    ["dried fish", "leatherjacket", "dried leatherjacket", "filefish", "dried seafood", "Nam Du"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "fish",
                "colour": "#c79b62",
            },
        ],
    },
    {
        "id": "nuoc-mam-bai-chuong",
        "name": ("Cơ sở sản xuất nước mắm Bãi Chướng", "Bai Chuong Fish Sauce Workshop"),
        "type": "workshop",
        "address": (
            "Ấp Bãi Chướng, xã Hòn Tre, huyện Kiên Hải, tỉnh Kiên Giang",
            "Bai Chuong Hamlet, Hon Tre Commune, Kien Hai District, Kien Giang Province",
        ),
        "phone": "0297 3830 519",
        "zalo": "0911 274 863",
        "email": "nuocmambaichuong@gmail.com",
        "website": "https://nuocmambaichuong.vn",
        "representative": "Mai Thị Thanh Thủy",
        "story": (
            "Cơ sở ủ nước mắm trong 30 thùng gỗ trên đảo Hòn Tre, dùng cá cơm do chính ghe của gia đình đánh bắt. "
            "Chị Thủy tiếp quản nhà thùng từ cha năm 2015 và đưa nước mắm vào đất liền bằng tàu khách.",
            "The workshop ferments fish sauce in 30 wooden barrels on Hon Tre island, using anchovies from the "
            "family's own boat. Ms Thuy took over the barrel house from her father in 2015 and ships the sauce to "
            "the mainland on the passenger ferry.",
        ),
        "geo": (9.9640, 104.8398),
        "photo": False,
        "products": [
            {
                "id": "bo-san-pham-nuoc-mam-bai-chuong",
                "name": ("Bộ sản phẩm nước mắm cá cơm Bãi Chướng", "Bai Chuong anchovy fish sauce set"),
                "kind": "set",
                "group": "food",
                "items": [
                    (("Nước mắm cá cơm 35 độ đạm", "Anchovy fish sauce, 35° protein"), "500 ml"),
                    (("Nước mắm cá cơm 40 độ đạm", "Anchovy fish sauce, 40° protein"), "500 ml"),
                ],
                "summary": (
                    "Nước mắm cá cơm Hòn Tre 35 và 40 độ đạm, ủ thùng gỗ.",
                    "Hon Tre anchovy fish sauce at 35° and 40° protein, aged in wooden barrels.",
                ),
                "description": (
                    "Cá cơm được ướp muối ngay trên ghe rồi đưa vào thùng gỗ ủ từ **12 tháng** trở lên. Nước mắm "
                    "rút ra được lọc qua vải và để lắng trước khi đóng chai.\n\n"
                    "Chai 35 độ đạm hợp để nấu nướng, chai 40 độ đạm để chấm; cả hai có màu nâu cánh gián, vị ngọt "
                    "hậu.",
                    "The anchovies are salted on the boat and go into wooden barrels for at least **12 months**. "
                    "The sauce drawn off is filtered through cloth and left to settle before bottling.\n\n"
                    "The 35° bottle is for cooking and the 40° bottle for dipping; both are amber brown with a sweet "
                    "finish.",
                ),
                "specs": {
                    "packaging": ("Chai thủy tinh", "Glass bottles"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("24 tháng", "24 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": (80000, 120000),
                "tags": (
                    ["nước mắm", "hòn tre", "kiên hải"],
                    ["fish sauce", "anchovy fish sauce", "anchovy", "condiment", "Hon Tre", "Kien Hai"],
                ),
                "first_entry": True,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#94532a",
            },
        ],
    },
    {
        "id": "hai-san-an-son",
        "name": ("Doanh nghiệp tư nhân Hải sản An Sơn", "An Son Seafood Private Enterprise"),
        "type": "private-enterprise",
        "address": (
            "Ấp Củ Tron, xã An Sơn, huyện Kiên Hải, tỉnh Kiên Giang",
            "Cu Tron Hamlet, An Son Commune, Kien Hai District, Kien Giang Province",
        ),
        "phone": "0826 953 104",
        "zalo": "0826 953 104",
        "email": None,
        "website": None,
        "representative": "Phan Thanh Bình",
        "story": None,
        "geo": (9.6812, 104.3705),
        "photo": False,
        "products": [
            {
                "id": "nuoc-mam-an-son-30-do-dam",
                "name": ("Nước mắm cá cơm An Sơn 30 độ đạm", "An Son anchovy fish sauce, 30° protein"),
                "kind": "product",
                "group": "food",
                "items": [],
                "summary": (
                    "Nước mắm cá cơm 30 độ đạm của làng chài Nam Du, giá bình dân.",
                    "Everyday 30° protein anchovy fish sauce from a Nam Du fishing village.",
                ),
                "description": (
                    "Nước mắm được ủ từ cá cơm đánh bắt quanh quần đảo Nam Du với muối hạt, trong thùng gỗ khoảng "
                    "**10 tháng**, sau đó kéo rút và lọc lắng.\n\n"
                    "Độ đạm 30, vị mặn vừa, dùng nêm nếm, kho, xào hằng ngày. Chai nhựa PET 1 lít nhẹ, tiện chở "
                    "bằng tàu từ đảo vào đất liền.",
                    "The sauce is fermented from anchovies caught around the Nam Du islands with coarse salt in "
                    "wooden barrels for about **10 months**, then drawn off and left to settle.\n\n"
                    "At 30° protein and moderately salty, it suits everyday seasoning, braising and stir-frying. The "
                    "light 1-litre PET bottle travels easily by boat to the mainland.",
                ),
                "specs": {
                    "net_content": "1 lít",
                    "packaging": ("Chai nhựa PET", "PET bottle"),
                    "ingredients": ("Cá cơm, muối", "Anchovies, salt"),
                    "shelf_life": ("18 tháng", "18 months"),
                    "standards": "TCVN 5107:2018",
                },
                "price": None,
                "tags": (
                    ["nước mắm", "nam du", "kiên hải"],
                    ["fish sauce", "anchovy fish sauce", "anchovy", "condiment", "Nam Du", "Kien Hai"],
                ),
                "first_entry": False,
                "featured": False,
                "expires": None,
                "shape": "bottle",
                "colour": "#a86a3a",
            },
        ],
    },
]
