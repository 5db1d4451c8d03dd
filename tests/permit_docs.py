"""Environmental permits written for the tests, in the parts form of `genre_docs` (rendered to DOCX, PDF, text).

A Vietnamese Giấy phép môi trường issued by a provincial People's Committee, with its
annexes (waste-water limits as a standard's column C with Kq and Kf, stack-gas limits of the
permit's own, hazardous wastes, the monitoring programme) and a discharge point in VN-2000;
a Kazakh emission permit in Russian and a complex environmental permit in Kazakh. Facilities,
numbers, people and coordinates are invented.
"""

from __future__ import annotations

VI_POINT = (2310456.0, 550123.0, 106.0)
"""The discharge point: X (northing), Y (easting) in VN-2000 metres, the zone's central meridian (3° zone)."""

VI_PERMIT = [
    ("p", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"),
    ("p", "Số: 125/GPMT-UBND"),
    ("p", "Hòa Bình, ngày 15 tháng 3 năm 2024"),
    ("h", "GIẤY PHÉP MÔI TRƯỜNG"),
    ("p", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"),
    ("p", "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;"),
    ("p", "Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;"),
    ("p", "QUYẾT ĐỊNH:"),
    ("h", "Điều 1. Cấp phép cho Công ty TNHH Giấy Hòa Bình được thực hiện các hoạt động bảo vệ môi trường của cơ sở Nhà máy giấy Hòa Bình với các nội dung sau:"),
    ("p", "1. Tên chủ cơ sở: Công ty TNHH Giấy Hòa Bình."),
    ("p", "2. Địa chỉ trụ sở chính: Khu công nghiệp Lương Sơn, huyện Lương Sơn, tỉnh Hòa Bình."),
    ("p", "3. Mã số doanh nghiệp: 5400123456 do Sở Kế hoạch và Đầu tư tỉnh Hòa Bình cấp lần đầu ngày 12 tháng 5 năm 2015."),
    ("p", "4. Tên cơ sở: Nhà máy giấy Hòa Bình."),
    ("p", "5. Địa điểm hoạt động: Lô C2, Khu công nghiệp Lương Sơn, huyện Lương Sơn, tỉnh Hòa Bình."),
    ("h", "Điều 2. Nội dung cấp phép môi trường và yêu cầu về bảo vệ môi trường kèm theo"),
    ("p", "1. Được phép xả nước thải ra môi trường và thực hiện yêu cầu về bảo vệ môi trường quy định tại Phụ lục 1 ban hành kèm theo Giấy phép này."),
    ("p", "2. Được phép xả khí thải ra môi trường và thực hiện yêu cầu về bảo vệ môi trường quy định tại Phụ lục 2 ban hành kèm theo Giấy phép này."),
    ("h", "Điều 3. Trách nhiệm của chủ cơ sở"),
    ("p", "1. Chủ cơ sở phải vận hành thường xuyên, đúng quy trình hệ thống xử lý nước thải và khí thải."),
    ("p", "2. Chủ cơ sở phải quan trắc nước thải định kỳ 03 tháng/lần và khí thải định kỳ 06 tháng/lần theo chương trình tại Phụ lục 3."),
    ("p", "3. Chủ cơ sở có trách nhiệm báo cáo công tác bảo vệ môi trường định kỳ hằng năm trước ngày 31 tháng 01 của năm tiếp theo."),
    ("h", "Điều 4. Thời hạn của giấy phép"),
    ("p", "Thời hạn của giấy phép: 07 năm, từ ngày 15 tháng 3 năm 2024 đến ngày 14 tháng 3 năm 2031."),
    ("h", "PHỤ LỤC 1. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC"),
    ("p", "1. Nguồn tiếp nhận nước thải: suối Cái, xã Hòa Sơn, huyện Lương Sơn."),
    (
        "p",
        f"2. Vị trí xả nước thải: cửa xả sau hệ thống xử lý nước thải, tọa độ X = {VI_POINT[0]:.0f}; Y = {VI_POINT[1]:.0f} "
        "(hệ tọa độ VN-2000, kinh tuyến trục 106°00', múi chiếu 3°).",
    ),
    ("p", "3. Lưu lượng xả nước thải lớn nhất: 500 m3/ngày đêm."),
    (
        "p",
        "4. Chất lượng nước thải trước khi xả vào nguồn tiếp nhận phải bảo đảm đáp ứng QCVN 40:2011/BTNMT, cột B "
        "với hệ số Kq = 0,9; Kf = 1,0, cụ thể như sau:",
    ),
    (
        "t",
        None,
        [
            ["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị C (cột B)", "Tần suất quan trắc định kỳ"],
            ["1", "pH", "-", "5,5 - 9", "03 tháng/lần"],
            ["2", "BOD5 (20°C)", "mg/l", "50", "03 tháng/lần"],
            ["3", "COD", "mg/l", "150", "03 tháng/lần"],
            ["4", "Chất rắn lơ lửng", "mg/l", "100", "03 tháng/lần"],
            ["5", "Amoni (tính theo N)", "mg/l", "10", "03 tháng/lần"],
            ["6", "Coliform", "vi khuẩn/100ml", "5.000", "03 tháng/lần"],
        ],
        [],
    ),
    ("h", "PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI"),
    ("p", "1. Nguồn phát sinh khí thải: lò hơi đốt than công suất 10 tấn hơi/giờ."),
    ("p", "2. Chất lượng khí thải trước khi xả ra môi trường không vượt quá các giá trị giới hạn cho phép sau:"),
    (
        "t",
        None,
        [
            ["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Tần suất quan trắc định kỳ"],
            ["1", "Bụi tổng", "mg/Nm3", "180", "06 tháng/lần"],
            ["2", "Lưu huỳnh đioxit (SO2)", "mg/Nm3", "450", "06 tháng/lần"],
            ["3", "Nitơ oxit NOx (tính theo NO2)", "mg/Nm3", "765", "06 tháng/lần"],
            ["4", "Cacbon oxit (CO)", "mg/Nm3", "900", "06 tháng/lần"],
        ],
        [],
    ),
    ("h", "PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI"),
    ("p", "Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên:"),
    (
        "t",
        None,
        [
            ["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Khối lượng (kg/năm)"],
            ["1", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", "1.200"],
            ["2", "Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", "50"],
            ["3", "Giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "Rắn", "300"],
            ["", "Tổng cộng", "", "", "1.550"],
        ],
        [],
    ),
]

VI_EXPECTED = {
    "kind": "permit",
    "issuer": "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
    "number": "125/GPMT-UBND",
    "valid": ("2024-03-15", "2031-03-14"),
    "facility": {"bin": "5400123456", "name": "Nhà máy giấy Hòa Bình", "operator": "Công ty TNHH Giấy Hòa Bình"},
    # the standard's C (column B) × Kq 0,9 × Kf 1,0; pH and coliform are not multiplied (QCVN 40:2011, 2.1.2)
    "water_limits": {"BOD5": 45.0, "COD": 135.0, "TSS": 90.0, "NH4+": 9.0, "Coliform": 5000.0},
    "flue_gas_limits": {"0330": 450.0, "0301": 765.0, "0337": 900.0},
    "wastes": [("17 02 03*", 1.2), ("16 01 06*", 0.05), ("18 02 01*", 0.3)],
}

RU_PERMIT = [
    ("p", "Министерство экологии и природных ресурсов Республики Казахстан"),
    ("p", "Департамент экологии по Абайской области"),
    ("h", "РАЗРЕШЕНИЕ НА ЭМИССИИ В ОКРУЖАЮЩУЮ СРЕДУ № KZ12VCZ00012345"),
    ("p", "Дата выдачи: 10.02.2024"),
    ("p", "Наименование природопользователя: ТОО «Шыгыс Цемент»"),
    ("p", "БИН: 050140000656"),
    ("p", "Наименование объекта: Цементный завод «Шыгыс»"),
    ("p", "Местонахождение объекта: Абайская область, г. Семей, промышленная зона, участок 5"),
    ("p", "Категория объекта: I"),
    ("p", "Срок действия разрешения: с 10.02.2024 г. по 31.12.2033 г."),
    ("h", "1. Нормативы допустимых выбросов загрязняющих веществ"),
    (
        "t",
        "Таблица 1",
        [
            ["№ источника", "Наименование вещества", "г/с", "т/год"],
            ["0001", "Азота (IV) диоксид", "0,512", "12,4"],
            ["0001", "Сера диоксид", "0,231", "5,6"],
            ["0002", "Пыль неорганическая: 70-20% двуокиси кремния", "0,845", "20,1"],
        ],
        [],
    ),
    ("h", "2. Лимиты накопления отходов"),
    (
        "t",
        "Таблица 2",
        [
            ["Наименование отхода", "Код отхода", "Лимит накопления, т/год"],
            ["Отработанные масла", "13 02 08*", "1,5"],
            ["Отходы цемента", "10 13 14", "120"],
        ],
        [],
    ),
    ("h", "3. Производственный экологический контроль"),
    (
        "t",
        "Таблица 3. План-график контроля на источниках выбросов",
        [
            ["№ источника", "Контролируемые вещества", "Периодичность контроля"],
            ["0001", "Азота (IV) диоксид, сера диоксид", "1 раз в квартал"],
            ["0002", "Пыль неорганическая: 70-20% двуокиси кремния", "1 раз в полугодие"],
        ],
        [],
    ),
    ("h", "3.1. Нормативы допустимых сбросов"),
    (
        "t",
        "Таблица 4. Допустимые концентрации загрязняющих веществ в сточных водах на выпуске № 1",
        [
            ["№", "Показатель", "Ед. изм.", "Допустимая концентрация"],
            ["1", "Водородный показатель (pH)", "ед. pH", "6,5–8,5"],
            ["2", "Взвешенные вещества", "мг/дм3", "15"],
            ["3", "Нефтепродукты", "мг/дм3", "0,3"],
        ],
        [],
    ),
    ("h", "4. Условия природопользования"),
    ("p", "1. Природопользователь обязан соблюдать нормативы допустимых выбросов, установленные настоящим разрешением."),
    ("p", "2. Природопользователь обязан проводить производственный экологический контроль на источниках 0001 и 0002 ежеквартально."),
    ("p", "3. Природопользователь обязан представлять отчет по программе производственного экологического контроля ежеквартально до 10 числа месяца, следующего за отчетным кварталом."),
]

RU_EXPECTED = {
    "kind": "permit",
    "number": "KZ12VCZ00012345",
    "issuer": "Департамент экологии по Абайской области",
    "valid": ("2024-02-10", "2033-12-31"),
    "facility": {"bin": "050140000656", "name": "Цементный завод «Шыгыс»", "operator": "ТОО «Шыгыс Цемент»"},
    "emissions": {("0001", "0301"): (0.512, 12.4), ("0001", "0330"): (0.231, 5.6), ("0002", "2908"): (0.845, 20.1)},
    "wastes": [("13 02 08*", "LoW", True, 1.5), ("10 13 14", "LoW", False, 120.0)],
    "monitoring": {("0001", "0301", "quarterly"), ("0001", "0330", "quarterly"), ("0002", "2908", "semiannual")},
    # the permit's own values, as written: no standard's column, no coefficients, so no basis
    "limits": {("pH", None, 6.5, 8.5, None), ("TSS", 15.0, None, None, "mg/l"), ("TPH", 0.3, None, None, "mg/l")},
}

KK_PERMIT = [
    ("p", "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі"),
    ("p", "Экологиялық реттеу және бақылау комитеті"),
    ("h", "КЕШЕНДІ ЭКОЛОГИЯЛЫҚ РҰҚСАТ № KZ45VCZ00067890"),
    ("p", "Берілген күні: 01.03.2024"),
    ("p", "Табиғат пайдаланушының атауы: «Қаратау Фосфор» ЖШС"),
    ("p", "БСН: 150840009874"),
    ("p", "Объектінің атауы: Фосфор зауыты"),
    ("p", "Санаты: I"),
    ("p", "Рұқсаттың қолданылу мерзімі: 01.03.2024 бастап 28.02.2034 дейін"),
    ("h", "1. Ластаушы заттар шығарындыларының нормативтері"),
    (
        "t",
        "1-кесте",
        [
            ["Көз нөмірі", "Заттың атауы", "г/с", "т/жыл"],
            ["0001", "Азот диоксиді", "0,310", "8,2"],
            ["0001", "Күкірт диоксиді", "0,120", "3,1"],
        ],
        [],
    ),
    ("h", "2. Қалдықтарды жинақтау лимиттері"),
    (
        "t",
        "2-кесте",
        [
            ["Қалдықтың атауы", "Қалдық коды", "Жинақтау лимиті, т/жыл"],
            ["Пайдаланылған майлар", "13 02 08*", "0,8"],
        ],
        [],
    ),
    ("h", "3. Өндірістік экологиялық бақылау"),
    (
        "t",
        "3-кесте. Шығарынды көздеріндегі бақылау кестесі",
        [
            ["Көз нөмірі", "Бақыланатын заттар", "Бақылау кезеңділігі"],
            ["0001", "Азот диоксиді, күкірт диоксиді", "тоқсанына 1 рет"],
        ],
        [],
    ),
    ("h", "4. Табиғат пайдалану шарттары"),
    ("p", "1. Табиғат пайдаланушы шығарындылар нормативтерін сақтауға міндетті."),
    ("p", "2. Табиғат пайдаланушы өндірістік экологиялық бақылау бағдарламасын орындауға міндетті."),
]

KK_EXPECTED = {
    "kind": "permit",
    "number": "KZ45VCZ00067890",
    "issuer": "Экологиялық реттеу және бақылау комитеті",
    "valid": ("2024-03-01", "2034-02-28"),
    "facility": {"bin": "150840009874", "name": "Фосфор зауыты", "operator": "«Қаратау Фосфор» ЖШС"},
    "emissions": {("0001", "0301"): (0.31, 8.2), ("0001", "0330"): (0.12, 3.1)},
    "wastes": [("13 02 08*", "LoW", True, 0.8)],
    "monitoring": {("0001", "0301", "quarterly"), ("0001", "0330", "quarterly")},
}
