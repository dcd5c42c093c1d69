"""Kiên Giang's 15 district-level units (2023) as the sample records them."""

from __future__ import annotations

# id: (name vi, name en, type, description vi, description en, (lat, lon), colour)
DISTRICTS = {
    "rach-gia": (
        "Rạch Giá", "Rach Gia", "city",
        "Thành phố tỉnh lỵ bên vịnh Rạch Giá, trung tâm thương mại của tỉnh. Nổi tiếng với gạo thơm ST25 trồng trên đất lúa – tôm, chả cá và hải sản chế biến.",
        "The provincial capital on the Gulf of Rach Gia and the province's trading hub, known for fragrant ST25 rice grown in rice–shrimp fields, fish cakes and processed seafood.",
        (10.0125, 105.0809), "#2f6f8f",
    ),
    "ha-tien": (
        "Hà Tiên", "Ha Tien", "city",
        "Thành phố biên giới giàu di tích và cảnh đẹp, có nghề làm khô, mắm và chế biến hải sản lâu đời.",
        "A border city rich in heritage and landscapes, with long traditions of dried and fermented seafood.",
        (10.3833, 104.4833), "#3b7a57",
    ),
    "phu-quoc": (
        "Phú Quốc", "Phu Quoc", "city",
        "Thành phố đảo với nghề làm nước mắm được công nhận là di sản văn hóa phi vật thể quốc gia. Nơi đây còn nổi tiếng với hồ tiêu, rượu sim và ngọc trai.",
        "The island city whose fish-sauce craft is listed as national intangible cultural heritage, also famous for pepper, rose-myrtle wine and pearls.",
        (10.2270, 103.9670), "#1f6f9f",
    ),
    "kien-luong": (
        "Kiên Lương", "Kien Luong", "district",
        "Huyện ven biển với núi đá vôi và bãi Hòn Chông; đặc sản cua lột và hải sản tươi.",
        "A coastal district of limestone hills and the Hon Chong beaches, known for soft-shell crab and fresh seafood.",
        (10.2500, 104.6333), "#4f7c6b",
    ),
    "hon-dat": (
        "Hòn Đất", "Hon Dat", "district",
        "Vùng lúa rộng lớn ven biển Tây, có nghề đan tre, mây và làm khô cá đồng.",
        "A broad rice-growing district on the western coast, with bamboo and rattan weaving and dried field fish.",
        (10.1833, 104.9333), "#7a8f3b",
    ),
    "tan-hiep": (
        "Tân Hiệp", "Tan Hiep", "district",
        "Vựa lúa của tỉnh, quê hương của những nhà sáng chế nông dân làm máy nông nghiệp; nổi tiếng với chả, nem nướng, rượu nếp và tinh dầu tràm.",
        "The province's rice bowl and home of farmer-inventors who build farm machines; known for pork rolls, rice wine and eucalyptus oil.",
        (10.1167, 105.2833), "#8f6f2f",
    ),
    "chau-thanh": (
        "Châu Thành", "Chau Thanh", "district",
        "Vùng chuyên canh khóm Tắc Cậu, với các sản phẩm khóm sấy, mứt và nước ép.",
        "Home of Tac Cau pineapple, made into dried fruit, jam and juice.",
        (9.9500, 105.1667), "#c08a1e",
    ),
    "giong-rieng": (
        "Giồng Riềng", "Giong Rieng", "district",
        "Huyện nông nghiệp có nghề làm bánh tráng truyền thống và mắm cá lóc.",
        "A farming district with a traditional rice-paper craft and snakehead fish paste.",
        (9.9000, 105.3167), "#9f5f3f",
    ),
    "go-quao": (
        "Gò Quao", "Go Quao", "district",
        "Vùng sông nước với lúa, dừa và cá đồng; nghề đan lục bình và tre trúc.",
        "A land of rivers, rice, coconut and field fish, with water-hyacinth and bamboo weaving.",
        (9.7333, 105.2833), "#5f8f4f",
    ),
    "an-bien": (
        "An Biên", "An Bien", "district",
        "Huyện ven biển vùng U Minh với tôm khô, ba khía muối, mắm ruốc và sò huyết.",
        "A coastal U Minh district known for dried shrimp, salted crab, shrimp paste and blood cockles.",
        (9.8167, 105.0667), "#3f6f8f",
    ),
    "an-minh": (
        "An Minh", "An Minh", "district",
        "Vùng lúa – tôm ven biển với tôm khô, khô cá lóc và gạo sạch.",
        "A coastal rice–shrimp district with dried shrimp, dried snakehead and clean rice.",
        (9.6667, 104.9833), "#4f7f9f",
    ),
    "vinh-thuan": (
        "Vĩnh Thuận", "Vinh Thuan", "district",
        "Huyện vùng U Minh với mắm cá đồng, khô cá và cá chẽm nuôi.",
        "A U Minh district with field-fish paste, dried fish and farmed sea bass.",
        (9.5167, 105.2500), "#6f7f3f",
    ),
    "u-minh-thuong": (
        "U Minh Thượng", "U Minh Thuong", "district",
        "Vùng rừng tràm U Minh Thượng với mật ong rừng, khô cá sặc rằn, mắm cá lưỡi trâu và lúa một bụi.",
        "The U Minh Thuong melaleuca forest, known for forest honey, dried snakeskin gourami, tongue-sole fish paste and 'mot bui' rice.",
        (9.6000, 105.1000), "#8f7f2f",
    ),
    "giang-thanh": (
        "Giang Thành", "Giang Thanh", "district",
        "Huyện biên giới có nghề đan cỏ bàng Phú Mỹ do các hợp tác xã phụ nữ gìn giữ: túi, giỏ, hộp, ống hút và đệm.",
        "A border district where women's cooperatives keep the Phu My sedge-weaving craft alive: bags, baskets, boxes, straws and mats.",
        (10.4167, 104.6667), "#6f8f3f",
    ),
    "kien-hai": (
        "Kiên Hải", "Kien Hai", "district",
        "Huyện đảo gồm các quần đảo Nam Du, Hòn Tre; nổi tiếng với mực khô, cá khô và nước mắm.",
        "An island district (Nam Du, Hon Tre archipelagos) famous for dried squid, dried fish and fish sauce.",
        (9.8167, 104.6333), "#2f5f8f",
    ),
}
