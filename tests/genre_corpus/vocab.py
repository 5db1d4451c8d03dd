"""What the generated tables are made of: substances named as the project's reference lists name
them (corpus/*.csv) in each language, wastes with their codes, facilities, units of an enterprise.

Every name here is a name or alias of corpus/air_pollutants.csv, water_parameters.csv or
soil_elements.csv in the language it is used in, so that an expected key is never a guess; the
waste codes of Kazakhstan are entries of corpus/waste_codes.csv. Facilities and people are invented.
"""

from __future__ import annotations

# code: (RU names, KK names, VI names, hazard class) — first name is the usual one
AIR: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int | None]] = {
    "0301": (("Азота диоксид", "Азота (IV) диоксид", "Диоксид азота"), ("Азот диоксиді", "азоттың қостотығы"), ("Nitơ đioxit", "NO2"), 2),
    "0304": (("Азот (II) оксид", "Азота оксид"), ("Азот оксиді",), (), 3),
    "0330": (("Сера диоксид", "Серы диоксид", "Сернистый ангидрид"), ("Күкірт диоксиді",), ("Lưu huỳnh đioxit", "SO2"), 3),
    "0337": (("Углерод оксид", "Оксид углерода"), ("Көміртек оксиді",), ("Cacbon monoxit", "CO"), 4),
    "0333": (("Сероводород",), ("Күкіртсутек",), ("Hydro sunfua", "H2S"), 2),
    "0303": (("Аммиак",), ("Аммиак",), ("Amoniac", "NH3"), 4),
    "0316": (("Гидрохлорид", "Хлористый водород"), ("Тұз қышқылы",), ("Axit clohydric", "HCl"), 2),
    "2908": (("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Пыль неорганическая 70-20% SiO2"),
             ("Бейорганикалық шаң: кремний қостотығы 70-20%",), (), 3),
    "2902": (("Взвешенные частицы",), ("Қалқыма бөлшектер",), ("Bụi tổng", "Tổng bụi lơ lửng (TSP)"), 3),
    "0008": (("Взвешенные частицы РМ10",), ("Қалқыма бөлшектер РМ10",), ("Bụi PM10",), None),
    "0328": (("Углерод (Сажа)", "Сажа"), ("Көміртек (күйе)",), (), 3),
    "0703": (("Бенз/а/пирен",), ("Бенз(а)пирен",), ("Benzo(a)pyren",), 1),
    "2754": (("Алканы С12-19",), ("Алкандар С12-19",), (), 4),
    "0123": (("Железо (II, III) оксиды",), ("Темір оксидтері",), ("Sắt oxit",), 3),
    "0143": (("Марганец и его соединения",), ("Марганец және оның қосылыстары",), ("Mangan và hợp chất",), 2),
    "0602": (("Бензол",), ("Бензол",), ("Benzen",), 2),
    "0621": (("Метилбензол (Толуол)", "Толуол"), ("Метилбензол (толуол)",), ("Toluen",), 3),
    "0616": (("Ксилол",), ("Диметилбензол (ксилол)",), ("Xylen",), 3),
    "1325": (("Формальдегид",), ("Формальдегид",), ("Formaldehyt",), 2),
    "0410": (("Метан",), ("Метан",), ("Metan",), None),
    "2704": (("Бензин",), ("Бензин",), ("Xăng",), 4),
    "0184": (("Свинец и его соединения",), ("Қорғасын және оның бейорганикалық қосылыстары",), ("Chì và hợp chất",), 1),
}

# symbol: (RU, KK, VI) — water and waste-water parameters
WATER: dict[str, tuple[str, str, str]] = {
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", "pH"),
    "BOD5": ("БПК5", "ОБТ5", "BOD5 (20°C)"),
    "COD": ("ХПК", "ОХТ", "COD"),
    "TSS": ("Взвешенные вещества", "Қалқыма заттар", "Tổng chất rắn lơ lửng (TSS)"),
    "TDS": ("Сухой остаток", "Құрғақ қалдық", "Tổng chất rắn hòa tan (TDS)"),
    "NH4+": ("Аммоний-ион", "Аммоний-ион", "Amoni (tính theo N)"),
    "NO2-": ("Нитриты", "Нитриттер", "Nitrit (NO2- tính theo N)"),
    "NO3-": ("Нитраты", "Нитраттар", "Nitrat (NO3- tính theo N)"),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", "Tổng dầu mỡ khoáng"),
    "Cl-": ("Хлориды", "Хлоридтер", "Clorua (Cl-)"),
    "SO4": ("Сульфаты", "Сульфаттар", "Sunfat (SO4 2-)"),
    "Fe": ("Железо общее", "Темір", "Sắt (Fe)"),
    "Cu": ("Медь", "Мыс", "Đồng (Cu)"),
    "Zn": ("Цинк", "Мырыш", "Kẽm (Zn)"),
    "Pb": ("Свинец", "Қорғасын", "Chì (Pb)"),
    "Cd": ("Кадмий", "Кадмий", "Cadimi (Cd)"),
    "Hg": ("Ртуть", "Сынап", "Thủy ngân (Hg)"),
    "As": ("Мышьяк", "Күшән", "Asen (As)"),
    "Coliform": ("Общие колиформные бактерии", "Жалпы колиформды бактериялар", "Tổng Coliforms"),
    "TN": ("Азот общий", "Жалпы азот", "Tổng nitơ (tính theo N)"),
    "TP": ("Фосфор общий", "Жалпы фосфор", "Tổng phốt pho (tính theo P)"),
    "Surfactants": ("СПАВ", "БАЗ (беттік-белсенді заттар)", "Chất hoạt động bề mặt"),
    "Phenols": ("Фенолы", "Фенолдар", "Tổng phenol"),
    "DO": ("Растворенный кислород", "Еріген оттегі", "Oxy hòa tan (DO)"),
    "S2-": ("Сульфиды", "Сульфидтер", "Sunfua (tính theo H2S)"),
    "CN-": ("Цианиды", "Цианидтер", "Xyanua (CN-)"),
    "Ni": ("Никель", "Никель", "Niken (Ni)"),
    "Mn": ("Марганец", "Марганец", "Mangan (Mn)"),
    "F-": ("Фториды", "Фторидтер", "Florua (F-)"),
    "Cr6+": ("Хром (VI)", "Хром (VI)", "Crom (VI)"),
}

# symbol: (RU, KK, VI) — soil elements
SOIL: dict[str, tuple[str, str, str]] = {
    "Pb": ("Свинец", "Қорғасын", "Chì (Pb)"),
    "Cd": ("Кадмий", "Кадмий", "Cadimi (Cd)"),
    "Zn": ("Цинк", "Мырыш", "Kẽm (Zn)"),
    "Cu": ("Медь", "Мыс", "Đồng (Cu)"),
    "As": ("Мышьяк", "Күшән", "Asen (As)"),
    "Hg": ("Ртуть", "Сынап", "Thủy ngân (Hg)"),
    "Ni": ("Никель", "Никель", "Niken (Ni)"),
    "Cr": ("Хром", "Хром", "Crom"),
    "Co": ("Кобальт", "Кобальт", "Coban (Co)"),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", "Tổng hydrocacbon dầu mỏ"),
}

LANGS = ("ru", "kk", "vi")


def air(code: str, lang: str, variant: int = 0) -> str:
    names = AIR[code][LANGS.index(lang)]
    return names[variant % len(names)]


def hazard(code: str) -> int | None:
    return AIR[code][3]


def water(symbol: str, lang: str) -> str:
    return WATER[symbol][LANGS.index(lang)]


def soil(symbol: str, lang: str) -> str:
    return SOIL[symbol][LANGS.index(lang)]


def air_codes(lang: str) -> list[str]:
    """Codes with a name in the language (Vietnamese documents name fewer of them)."""
    return [k for k, v in AIR.items() if v[LANGS.index(lang)]]


# List-of-Waste entries (corpus/waste_codes.csv) with RU and KK names
LOW: tuple[tuple[str, str, str], ...] = (
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері"),
    ("08 01 11*", "Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы"),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары"),
    ("16 01 03", "Изношенные шины", "Тозған шиналар"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы"),
    ("01 01 02", "Вскрышные породы", "Аршылған жыныстар"),
    ("17 09 04", "Смешанные строительные отходы", "Аралас құрылыс қалдықтары"),
    ("19 08 14", "Осадок очистных сооружений", "Тазарту құрылыстарының тұнбасы"),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама"),
)

# Vietnam's hazardous wastes (Thông tư 02/2022/TT-BTNMT) as permits list them: (code, name, state)
VN_CTNH: tuple[tuple[str, str, str], ...] = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng"),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn"),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn"),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", "Rắn"),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", "Rắn"),
    ("19 06 01", "Pin, ắc quy chì thải", "Rắn"),
    ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", "Rắn"),
    ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải", "Rắn"),
)

# ordinary industrial solid wastes of Vietnamese permits (no code)
VN_ORDINARY: tuple[str, ...] = (
    "Bao bì giấy, carton thải",
    "Phế liệu kim loại",
    "Vải vụn, chỉ thừa",
    "Pallet gỗ hư hỏng",
    "Bùn thải từ hệ thống xử lý nước thải",
    "Xỉ than lò hơi",
)

FACILITIES = {
    "ru": (
        ("Рудник «Караобинский»", "ТОО «Караоба Майнинг»", "Карагандинская область, Шетский район"),
        ("Цементный завод «Береке»", "АО «Береке Цемент»", "Жамбылская область, Жуалынский район"),
        ("Нефтебаза «Жайык»", "ТОО «Жайык Ойл Терминал»", "Западно-Казахстанская область, г. Уральск"),
        ("Котельная № 3", "ГКП «Кокшетау Жылу»", "Акмолинская область, г. Кокшетау"),
        ("Обогатительная фабрика «Майкаин»", "ТОО «Майкаин Алтын»", "Павлодарская область, Баянаульский район"),
        ("Птицефабрика «Ак Кус»", "ТОО «Ак Кус Агро»", "Алматинская область, Илийский район"),
    ),
    "kk": (
        ("«Қарабұлақ» кеніші", "«Қарабұлақ Майнинг» ЖШС", "Қарағанды облысы, Шет ауданы"),
        ("«Шалқар» цемент зауыты", "«Шалқар Цемент» АҚ", "Ақтөбе облысы, Шалқар ауданы"),
        ("«Жайық» мұнай базасы", "«Жайық Ойл» ЖШС", "Батыс Қазақстан облысы, Орал қаласы"),
        ("№ 2 қазандық", "«Талдықорған Жылу» МКК", "Жетісу облысы, Талдықорған қаласы"),
        ("«Ақсу» байыту фабрикасы", "«Ақсу Металл» ЖШС", "Павлодар облысы, Ақсу қаласы"),
        ("«Сарыарқа» құс фабрикасы", "«Сарыарқа Агро» ЖШС", "Қарағанды облысы, Абай ауданы"),
    ),
    "vi": (
        ("Nhà máy sản xuất bao bì Tân Phú", "Công ty TNHH Bao bì Tân Phú", "Khu công nghiệp Tân Phú Trung, huyện Củ Chi, TP. Hồ Chí Minh"),
        ("Nhà máy chế biến thủy sản Hải Long", "Công ty Cổ phần Thủy sản Hải Long", "Khu công nghiệp Sa Đéc, tỉnh Đồng Tháp"),
        ("Nhà máy gạch ốp lát Thạch Bàn Bắc", "Công ty Cổ phần Gạch men Thạch Bàn Bắc", "Khu công nghiệp Quế Võ, tỉnh Bắc Ninh"),
        ("Nhà máy dệt nhuộm Phước Long", "Công ty TNHH Dệt nhuộm Phước Long", "Khu công nghiệp Nhơn Trạch 3, tỉnh Đồng Nai"),
        ("Nhà máy giấy An Hòa Mới", "Công ty TNHH Giấy An Hòa Mới", "xã Vĩnh Lợi, huyện Sơn Dương, tỉnh Tuyên Quang"),
        ("Trang trại chăn nuôi heo Minh Phát", "Công ty TNHH Chăn nuôi Minh Phát", "xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước"),
    ),
}

# units of an enterprise that are inspected, with the words the expectation looks for
UNITS = {
    "ru": ("Котельная", "Склад ГСМ", "Цех дробления", "Автотранспортный цех", "Очистные сооружения", "Площадка временного хранения отходов", "Ремонтно-механический цех", "Аккумуляторная"),
    "kk": ("Қазандық", "Жанар-жағармай қоймасы", "Ұсату цехы", "Автокөлік цехы", "Тазарту құрылыстары", "Қалдықтарды уақытша сақтау алаңы", "Жөндеу-механикалық цех", "Зертхана"),
    "vi": ("Khu vực lò hơi", "Kho hóa chất", "Xưởng sản xuất số 1", "Hệ thống xử lý nước thải", "Kho chứa chất thải nguy hại", "Khu vực xưởng cơ khí", "Trạm xử lý khí thải", "Nhà ăn"),
}
