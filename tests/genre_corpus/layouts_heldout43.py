"""A blind held-out set (two layouts per role, `GD1` and `GD2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: tables exported from software and spreadsheets. Kazakhstan: the output of the emission-calculation programs
(ЭРА, Эколог), Excel workbooks pasted into Word (many narrow columns, codes and numbers with many decimals, a row of
column numbers, a header repeated on each page, totals per source and per enterprise) and the forms of the
e-licensing portal, for a glass factory, a battery-recycling plant, a tyre factory, a steel rolling mill and a shipyard
on the Caspian. Vietnam: annexes of periodic monitoring reports and of the annual environmental report pasted from
Excel, forms of the national environmental database, for a furniture factory, a textile dyeing plant, a steel plant, a
paper mill and an electronics plant in an industrial park.

Facility: a portal's printout of an application with a column saying where each value came from (VI: the national
database's card, longitude before latitude) (GD1); a holding's workbook of its objects, one row each, under a row of
column numbers (VI: an industrial park's workbook of its enterprises) (GD2).

Emissions: a calculation program's norms by source, a group row per source, fixed decimals, a total per source and for
the enterprise, the header printed again after a page break (GD1); a pivot table with the sources as column pairs
(VI: the sources as rows and the pollutants as columns, tonnes only) (GD2).

Wastes: a workbook's balance of wastes (stock, formed, passed on, stock) with codes typed without spaces (VI: a
database's quarterly amounts and the year) (GD1); a list whose unit differs from row to row, the code in brackets after
the name (VI: registered and actual amounts side by side) (GD2).

Limits: ambient air at the protection-zone points as columns, a maximum column and a unit row (VI: three measurements
per stack against a coefficient-adjusted QCVN column) (GD1); a laboratory system's long export, one row per point and
parameter (VI: an automatic station's daily means with the adjusted QCVN as the last row) (GD2).

Monitoring: a calculation program's plan-graph of control at the sources, the header printed again (VI: a database's
flat export, the point repeated on every row) (GD1); a matrix of marks, places against substances (GD2).

Inspections: a year's chart of months with marks beside a frequency column (GD1); a maintenance system's export with
the interval in months (GD2).

Tasks: a plan of measures with the Code's item numbers and costs by year (GD1); a project-planning export with the
outline numbers inside the task's name and summary rows (GD2).
"""

from __future__ import annotations

from datetime import date, timedelta

from . import vocab
from .common import Doc, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, DISCHARGE, QCVN19, QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _fx(x: float, digits: int, lang: str) -> str:
    """A figure with a fixed number of decimals, as programs print them: `0,0124500`."""
    return f"{x:.{digits}f}".replace(".", ",")


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _numbers(n: int) -> list[str]:
    return [str(k) for k in range(1, n + 1)]


def _L(doc: Doc) -> int:
    return 0 if doc.lang == "ru" else 1


FREQ_WORDS = {
    "ru": {"monthly": "1 раз в месяц", "quarterly": "1 раз в квартал", "semiannual": "2 раза в год", "yearly": "1 раз в год",
           "continuous": "непрерывно"},
    "kk": {"monthly": "айына 1 рет", "quarterly": "тоқсанына 1 рет", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет",
           "continuous": "үздіксіз"},
    "vi": {"monthly": "01 tháng/lần", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "12 tháng/lần",
           "continuous": "Liên tục"},
}  # fmt: skip


def _fr(doc: Doc, word: str) -> str:
    return FREQ_WORDS[doc.lang][word]


# (RU name, KK name, RU operator, KK operator, OKED, RU activity, KK activity, RU address, KK address, lat, lon, category)
KZ_PLANTS = {
    "glass": ("Стекольный завод «Кайнар»", "«Қайнар» шыны зауыты", "ТОО «Кайнар Шыны»", "«Қайнар Шыны» ЖШС", "23130",
              "Производство полых стеклянных изделий", "Қуыс шыны бұйымдарын өндіру",
              "Кызылординская область, г. Кызылорда, промзона «Тасбогет», участок 14",
              "Қызылорда облысы, Қызылорда қ., «Тасбөгет» өнеркәсіптік аймағы, 14 учаске", (44.78, 44.86), (65.42, 65.58), "I"),
    "battery": ("Завод по переработке свинцовых аккумуляторов «Экобат»", "«Экобат» қорғасын аккумуляторларын қайта өңдеу зауыты",
                "ТОО «Экобат Рисайклинг»", "«Экобат Рисайклинг» ЖШС", "38320", "Переработка отсортированных материалов",
                "Сұрыпталған материалдарды қайта өңдеу", "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Промышленная, 7",
                "Шығыс Қазақстан облысы, Өскемен қ., Өнеркәсіптік көшесі, 7", (49.93, 49.99), (82.55, 82.70), "I"),
    "tyre": ("Шинный завод «Сарань»", "«Саран» шина зауыты", "ТОО «Сарань Тайр»", "«Саран Тайр» ЖШС", "22110",
             "Производство резиновых шин, покрышек и камер", "Резеңке шиналар, сыртқы дөңгелектер мен камералар өндіру",
             "Карагандинская область, г. Сарань, ул. Индустриальная, 1", "Қарағанды облысы, Саран қ., Индустриялық көшесі, 1",
             (49.76, 49.82), (72.80, 72.90), "II"),
    "rolling": ("Сортопрокатный стан «Темиртау»", "«Теміртау» сорттық прокат орнағы", "АО «Темиртау Прокат»", "«Теміртау Прокат» АҚ",
                "24100", "Производство чугуна, стали и ферросплавов", "Шойын, болат және ферроқорытпалар өндірісі",
                "Карагандинская область, г. Темиртау, Республиканский проспект, 1/2",
                "Қарағанды облысы, Теміртау қ., Республика даңғылы, 1/2", (50.03, 50.08), (72.93, 73.02), "I"),
    "shipyard": ("Судостроительная верфь «Курык»", "«Құрық» кеме жасау зауыты", "ТОО «Каспиан Шипъярд»", "«Каспиан Шипъярд» ЖШС",
                 "30110", "Строительство кораблей, судов и плавучих конструкций", "Кемелер мен жүзбелі құрылымдар жасау",
                 "Мангистауская область, Каракиянский район, с. Курык, порт Курык",
                 "Маңғыстау облысы, Қарақия ауданы, Құрық а., Құрық порты", (43.15, 43.21), (51.63, 51.70), "II"),
}  # fmt: skip

# (name, operator, address, activity, lat, lon, group)
VN_PLANTS = {
    "furniture": ("Nhà máy sản xuất đồ gỗ nội thất Phú Tân", "Công ty TNHH Nội thất Phú Tân",
                  "Khu công nghiệp Mỹ Phước 3, phường Thới Hòa, Thành phố Hồ Chí Minh", "Sản xuất giường, tủ, bàn ghế bằng gỗ",
                  (11.05, 11.12), (106.58, 106.64), "II"),
    "dyeing": ("Nhà máy dệt nhuộm Hòa Xá", "Công ty Cổ phần Dệt nhuộm Hòa Xá", "Khu công nghiệp Hòa Xá, tỉnh Ninh Bình",
               "Tẩy, nhuộm, hoàn tất vải", (20.38, 20.42), (106.13, 106.18), "I"),
    "steel": ("Nhà máy luyện cán thép Nghi Sơn Bắc", "Công ty Cổ phần Thép Nghi Sơn Bắc", "Khu kinh tế Nghi Sơn, tỉnh Thanh Hóa",
              "Luyện thép lò điện hồ quang, cán thép xây dựng", (19.30, 19.36), (105.78, 105.84), "I"),
    "paper": ("Nhà máy giấy Việt Trì Xanh", "Công ty Cổ phần Giấy Việt Trì Xanh", "phường Bạch Hạc, tỉnh Phú Thọ",
              "Sản xuất bột giấy và giấy bao bì", (21.28, 21.32), (105.40, 105.45), "I"),
    "electronics": ("Nhà máy linh kiện điện tử Yên Phong Tech", "Công ty TNHH Yên Phong Tech Việt Nam",
                    "Khu công nghiệp Yên Phong II-C, tỉnh Bắc Ninh", "Sản xuất linh kiện điện tử, bảng mạch in",
                    (21.20, 21.25), (105.98, 106.04), "II"),
}  # fmt: skip


def _kz(doc: Doc, key: str) -> tuple[str, str]:
    """The plant's name and operator in the document's language (RU or KK)."""
    p = KZ_PLANTS[key]
    return p[_L(doc)], p[2 + _L(doc)]


# ---------------------------------------------------------------- facility


def facility_gd1(doc: Doc) -> None:
    """The e-licensing portal's printout of an application for a permit: fields under section rows spanning the table,
    a third column saying where each value came from (`ГБД ЮЛ`, `введено заявителем`, `карта портала`), the coordinates
    as picked on the portal's map with a dot and six decimals, a stamp of the portal's signature after the table (VI:
    the national environmental database's card of a facility, longitude on the line before latitude, the group by
    Decree 08 in words)."""
    r = doc.rng
    if doc.lang == "vi":
        key = doc.pick(("furniture", "dyeing", "electronics"))
        name, operator, address, activity, (la0, la1), (lo0, lo1), group = VN_PLANTS[key]
        msdn = make_msdn(r)
        lat, lon = round(r.uniform(la0, la1), 5), round(r.uniform(lo0, lo1), 5)
        doc.h("HỆ THỐNG THÔNG TIN, CƠ SỞ DỮ LIỆU MÔI TRƯỜNG QUỐC GIA")
        doc.p(f"Phiếu thông tin cơ sở (trích xuất ngày {r.randint(2, 27):02d}/03/2026, người trích xuất: cán bộ Sở Nông nghiệp và Môi trường).")
        rows = [["Mã trường", "Trường thông tin", "Giá trị", "Ghi chú"],
                ["A", "THÔNG TIN CHỦ CƠ SỞ", None, None],
                ["A.1", "Tên tổ chức", operator, "Theo Giấy chứng nhận đăng ký doanh nghiệp"],
                ["A.2", "Mã số doanh nghiệp (mã số thuế)", msdn, "Đồng bộ từ Cổng thông tin quốc gia về đăng ký doanh nghiệp"],
                ["A.3", "Người đại diện theo pháp luật", doc.pick(("Ông Lê Văn Thành – Tổng Giám đốc", "Bà Nguyễn Thị Lan – Giám đốc")), ""],
                ["B", "THÔNG TIN CƠ SỞ", None, None],
                ["B.1", "Tên cơ sở", name, ""],
                ["B.2", "Địa chỉ", address, ""],
                ["B.3", "Loại hình sản xuất", activity, ""],
                ["B.4", "Kinh độ (WGS-84)", num(lon, "vi"), "Độ thập phân"],
                ["B.5", "Vĩ độ (WGS-84)", num(lat, "vi"), "Độ thập phân"],
                ["B.6", "Phân nhóm theo Nghị định 08/2022/NĐ-CP", f"Nhóm {group}", "Phụ lục III" if group == "I" else "Phụ lục IV"],
                ["B.7", "Giấy phép môi trường", f"Số {r.randint(100, 999)}/GPMT-BNNMT ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2025", ""]]  # fmt: skip
        merges = [(1, 1, 1, 3), (5, 1, 5, 3)]
        doc.table(None, rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        maybe_distractor(doc)
        return
    key = doc.pick(("glass", "tyre", "shipyard"))
    p = KZ_PLANTS[key]
    name, operator = _kz(doc, key)
    oked, activity, address = p[4], p[5 + _L(doc)], p[7 + _L(doc)]
    (la0, la1), (lo0, lo1), cat = p[9], p[10], p[11]
    bin_, kato = make_bin(r), make_kato(r)
    lat, lon = round(r.uniform(la0, la1), 6), round(r.uniform(lo0, lo1), 6)
    number = f"KZ{r.randint(10, 99)}RYS{r.randint(0, 99999999):08d}"
    doc.h(doc.v("Заявление на получение экологического разрешения на воздействие",
                "Әсер етуге арналған экологиялық рұқсат алуға өтініш", ""))
    doc.p(doc.v(f"Номер заявления: {number}. Дата подачи: {r.randint(1, 28):02d}.02.2026. Статус: принято в работу.",
                f"Өтініш нөмірі: {number}. Берілген күні: {r.randint(1, 28):02d}.02.2026. Мәртебесі: жұмысқа қабылданды.", ""))
    gbd = doc.v("ГБД ЮЛ", "ЗТ МДҚ", "")
    own = doc.v("введено заявителем", "өтініш беруші енгізді", "")
    rows = [doc.v(["Наименование поля", "Значение", "Источник данных"], ["Өрістің атауы", "Мәні", "Деректер көзі"], []),
            [doc.v("Сведения о заявителе", "Өтініш беруші туралы мәліметтер", ""), None, None],
            [doc.v("БИН/ИИН", "БСН/ЖСН", ""), bin_, gbd],
            [doc.v("Наименование юридического лица", "Заңды тұлғаның атауы", ""), operator, gbd],
            [doc.v("Юридический адрес", "Заңды мекенжайы", ""), address, gbd],
            [doc.v("Руководитель", "Басшы", ""), doc.v("Директор Байжанов Е.К.", "Директор Байжанов Е.Қ.", ""), gbd],
            [doc.v("Сведения об объекте", "Объект туралы мәліметтер", ""), None, None],
            [doc.v("Наименование объекта", "Объектінің атауы", ""), name, own],
            [doc.v("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі", ""), f"{oked} {activity}", gbd],
            [doc.v("Код КАТО места расположения", "Орналасқан жерінің ҚАТО коды", ""), kato, own],
            [doc.v("Широта", "Ендік", ""), f"{lat:.6f}", doc.v("карта портала", "портал картасы", "")],
            [doc.v("Долгота", "Бойлық", ""), f"{lon:.6f}", doc.v("карта портала", "портал картасы", "")],
            [doc.v("Категория объекта", "Объектінің санаты", ""),
             doc.v(f"{cat} категория", f"{cat} санат", ""), doc.v("по заключению о категорировании", "санатқа жатқызу қорытындысы бойынша", "")],
            [doc.v("Срок действия разрешения", "Рұқсаттың қолданылу мерзімі", ""), doc.v("10 лет", "10 жыл", ""), own]]  # fmt: skip
    merges = [(1, 0, 1, 2), (6, 0, 6, 2)]
    doc.table(None, rows, merges, role="facility")
    doc.p(doc.v(f"Документ подписан ЭЦП. Владелец сертификата: {operator}. Сформировано порталом elicense.kz.",
                f"Құжатқа ЭЦҚ қойылды. Сертификат иесі: {operator}. elicense.kz порталы қалыптастырды.", ""))
    doc.add("facilities", {"bin": bin_, "name_contains": name, "oked": oked, "kato": kato, "category": cat,
                           "lat": lat, "lon": lon})
    maybe_distractor(doc)


ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def facility_gd2(doc: Doc) -> None:
    """A holding's workbook of its production objects pasted into Word: one row per object under a two-row header
    (`Координаты (WGS-84)` over latitude and longitude), a row of column numbers, the category as the figure the
    workbook holds (`2`), coordinates with a dot and seven decimals (VI: an industrial park's management board's workbook
    of its enterprises, the coordinates in one cell `vĩ độ; kinh độ`, the group in its own column)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("DANH SÁCH CÁC DOANH NGHIỆP ĐANG HOẠT ĐỘNG SẢN XUẤT TRONG KHU CÔNG NGHIỆP THUỘC ĐỐI TƯỢNG PHẢI CÓ GIẤY PHÉP MÔI TRƯỜNG")
        doc.p("(Kèm theo Báo cáo số 215/BC-BQL ngày 12/01/2026 của Ban Quản lý các khu công nghiệp)")
        rows = [["STT", "Tên doanh nghiệp", "Mã số doanh nghiệp", "Tên cơ sở", "Ngành nghề", "Nhóm (NĐ 08)",
                 "Tọa độ (vĩ độ; kinh độ)", "Tình trạng GPMT"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]]
        keys = r.sample(sorted(VN_PLANTS), 4)
        for k, key in enumerate(keys, 1):
            name, operator, _, activity, (la0, la1), (lo0, lo1), group = VN_PLANTS[key]
            msdn = make_msdn(r)
            lat, lon = round(r.uniform(la0, la1), 5), round(r.uniform(lo0, lo1), 5)
            rows.append([str(k), operator, msdn, name, activity, group, f"{num(lat, 'vi')}; {num(lon, 'vi')}",
                         doc.pick(("Đã cấp", "Đang thẩm định hồ sơ"))])
            doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        doc.table(None, rows, role="facility")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Реестр производственных объектов АО «Казахстанская индустриальная группа» (по состоянию на 01.01.2026)",
                "«Қазақстан индустриялық тобы» АҚ өндірістік объектілерінің тізілімі (01.01.2026 жағдай бойынша)", ""))
    doc.p(doc.v("Выгрузка из рабочей книги «Объекты_ООС_2026.xlsx», лист «Реестр».",
                "«Объекты_ООС_2026.xlsx» жұмыс кітабынан, «Тізілім» парағынан алынды.", ""))
    rows = [doc.v(["№", "Объект", "Оператор объекта", "БИН", "ОКЭД", "КАТО", "Категория", "Координаты (WGS-84)", None],
                  ["№", "Объект", "Объект операторы", "БСН", "ЭҚЖЖ", "ҚАТО", "Санаты", "Координаттар (WGS-84)", None], []),
            [None] * 7 + doc.v(["широта", "долгота"], ["ендік", "бойлық"], []),
            _numbers(9)]
    merges = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 8)]
    for k, key in enumerate(r.sample(sorted(KZ_PLANTS), 4), 1):
        p = KZ_PLANTS[key]
        name, operator = _kz(doc, key)
        bin_, kato = make_bin(r), make_kato(r)
        lat, lon = round(r.uniform(*p[9]), 7), round(r.uniform(*p[10]), 7)
        figure = {"I": "1", "II": "2"}[p[11]]
        rows.append([str(k), name, operator, bin_, p[4], kato, figure, f"{lat:.7f}", f"{lon:.7f}"])
        doc.add("facilities", {"bin": bin_, "name_contains": name, "oked": p[4], "kato": kato, "category": ROMAN[figure],
                               "lat": lat, "lon": lon})
    doc.table(doc.v("Таблица 1. Объекты", "1-кесте. Объектілер", ""), rows, merges, role="facility")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (number, workshop RU, KK, source RU, KK, codes, (low, high) g/s)
GLASS_SOURCES = (
    ("0001", "Составной цех", "Шихта цехы", "Аспирация дозировочно-смесительного отделения", "Мөлшерлеу-араластыру бөлімшесінің аспирациясы",
     ("2908",), (0.02, 0.6)),
    ("0002", "Составной цех", "Шихта цехы", "Аспирация узла дробления стеклобоя", "Шыны сынықтарын ұсату торабының аспирациясы",
     ("2908",), (0.01, 0.3)),
    ("0003", "Стекловаренный цех", "Шыны балқыту цехы", "Дымовая труба стекловаренной печи № 1 (после регенераторов)",
     "№ 1 шыны балқыту пешінің түтін мұржасы (регенераторлардан кейін)", ("0301", "0304", "0330", "0337", "2908"), (0.3, 4.5)),
    ("0004", "Стекловаренный цех", "Шыны балқыту цехы", "Дымовая труба стекловаренной печи № 2", "№ 2 шыны балқыту пешінің түтін мұржасы",
     ("0301", "0304", "0330", "0337", "2908"), (0.3, 4.5)),
    ("0005", "Цех выработки", "Қалыптау цехы", "Вытяжка лер отжига", "Күйдіру лерінің сорғышы", ("0301", "0337"), (0.005, 0.09)),
    ("6001", "Склад сырья", "Шикізат қоймасы", "Открытый склад песка и доломита", "Құм мен доломиттің ашық қоймасы",
     ("2908",), (0.05, 0.9)),
    ("6002", "Ремонтно-механический цех", "Жөндеу-механикалық цех", "Сварочный пост", "Дәнекерлеу посты", ("0123", "0143"), (0.002, 0.03)),
)  # fmt: skip
SHARE = {"0301": 1.0, "0304": 0.16, "0330": 0.6, "0337": 0.45, "2908": 0.2, "0123": 1.0, "0143": 0.08, "0328": 0.1,
         "2754": 0.3, "0333": 0.02, "0616": 1.0, "0621": 0.6, "2902": 0.4, "0303": 0.05}


def _share(doc: Doc, code: str, base: float) -> float:
    return base * SHARE.get(code, 1.0) * doc.rng.uniform(0.8, 1.2)


# (VI source, codes, (low, high) g/s)
VN_WOOD_SOURCES = (
    ("Ống thải hệ thống xử lý bụi gỗ xưởng cắt, bào, chà nhám", ("2902",), (0.3, 2.5)),
    ("Ống thải buồng sơn lót và sơn phủ", ("2902", "0621", "0616"), (0.05, 0.8)),
    ("Ống khói lò hơi đốt viên nén mùn cưa 4 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), (0.2, 1.8)),
    ("Ống thải khu vực sấy gỗ", ("2902", "0337"), (0.02, 0.3)),
)  # fmt: skip


def emissions_gd1(doc: Doc) -> None:
    """A calculation program's `Нормативы выбросов по источникам` pasted into Word: under the header `Код | Вещество |
    г/с | т/год` and a row of column numbers, a row spanning the table per source (`Площадка: 1 Цех: … Источник: 0003 …`),
    its substances with seven and six fixed decimals, then `Итого по источнику`; the header and column numbers printed
    again inside the table after a page break; `Итого по предприятию` at the end (VI: the annual report's loads by stack
    pasted from Excel, a row per stack, a subtotal per stack, no numbers)."""
    r = doc.rng
    rows: list[list] = []
    merges: list[tuple] = []
    if doc.lang == "vi":
        name, operator = VN_PLANTS["furniture"][:2]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.p("Phụ lục 2. Tải lượng bụi, khí thải phát sinh từ các nguồn thải của cơ sở (tính toán theo kết quả quan trắc "
              "định kỳ và thời gian vận hành thực tế 6.240 giờ/năm).")
        head = ["TT", "Thông số", "Tải lượng (g/s)", "Tổng tải lượng (tấn/năm)"]
        rows += [head, ["1", "2", "3", "4"]]
        all_t = []
        for k, (src, codes, (lo, hi)) in enumerate(VN_WOOD_SOURCES, 1):
            if k == 3:
                rows += [head, ["1", "2", "3", "4"]]
            rows.append([f"Nguồn số {k}: {src}", None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            base = r.uniform(lo, hi)
            gs, ts = [], []
            for j, c in enumerate(codes, 1):
                g = round(_sig(_share(doc, c, base) if len(codes) > 1 else base, 4), 6)
                t = round(_sig(g * 3600 * 6240 / 1e6, 4), 6)
                gs.append(g)
                ts.append(t)
                rows.append([f"{k}.{j}", vocab.air(c, "vi", 0 if c == "2902" else 1 if c in ("0301", "0330", "0337") else 0),
                             _fx(g, 6, "vi"), _fx(t, 6, "vi")])
                doc.add("emissions", emission(c, g, t))
            all_t += ts
            rows.append(["", "Cộng nguồn", _fx(sum(gs), 6, "vi"), _fx(sum(ts), 6, "vi")])
        rows.append(["", "Tổng cộng toàn nhà máy", "", _fx(sum(all_t), 6, "vi")])
        doc.table("Bảng PL2.1. Tải lượng các chất ô nhiễm trong khí thải", rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "glass")
    doc.h(doc.v(f"Проект нормативов допустимых выбросов. Объект: {name}", f"{name} үшін жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Расчет выполнен по программе «Эколог» (версия 4.70). Таблица сформирована программой и приведена без изменений.",
                "Есеп «Эколог» бағдарламасымен (4.70 нұсқасы) орындалды. Кесте бағдарламамен қалыптастырылып, өзгеріссіз келтірілді.", ""))
    head = doc.v(["Код", "Наименование вещества", "Выброс, г/с", "Выброс, т/год"],
                 ["Коды", "Заттың атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])
    rows += [head, ["1", "2", "3", "4"]]
    chosen = [s for s in GLASS_SOURCES if s[0] in ("0001", "0003", "0004", "6001") or r.random() < 0.6]
    all_g, all_t = [], []
    for k, (number, ws_ru, ws_kk, s_ru, s_kk, codes, (lo, hi)) in enumerate(chosen):
        if k == max(2, len(chosen) // 2):
            rows += [head, ["1", "2", "3", "4"]]
        ws, src = doc.v(ws_ru, ws_kk, ""), doc.v(s_ru, s_kk, "")
        site = doc.v("Площадка: 1", "Алаң: 1", "")
        rows.append([doc.v(f"{site}  Цех: {k + 1} «{ws}»  Источник: {number} «{src}»",
                           f"{site}  Цех: {k + 1} «{ws}»  Көз: {number} «{src}»", ""), None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        base = r.uniform(lo, hi)
        gs, ts = [], []
        for c in codes:
            g = round(_sig(_share(doc, c, base) if len(codes) > 1 else base, 4), 7)
            t = round(_sig(g * 3600 * r.randint(6000, 8600) / 1e6, 4), 6)
            gs.append(g)
            ts.append(t)
            rows.append([c, vocab.air(c, doc.lang), _fx(g, 7, doc.lang), _fx(t, 6, doc.lang)])
            doc.add("emissions", emission(c, g, t, number))
        all_g += gs
        all_t += ts
        rows.append(["", doc.v("Итого по источнику:", "Көз бойынша барлығы:", ""), _fx(sum(gs), 7, doc.lang), _fx(sum(ts), 6, doc.lang)])
    rows.append(["", doc.v("Итого по предприятию:", "Кәсіпорын бойынша барлығы:", ""), _fx(sum(all_g), 7, doc.lang),
                 _fx(sum(all_t), 6, doc.lang)])
    doc.table(doc.v("Таблица 3.5. Нормативы выбросов загрязняющих веществ (по источникам)",
                    "3.5-кесте. Ластаушы заттар шығарындыларының нормативтері (көздер бойынша)", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# (number, RU, KK, codes, (low, high) g/s)
TYRE_SOURCES = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ("0301", "0304", "0330", "0337", "0328"), (0.2, 2.4)),
    ("0002", "Вентсистема В-4 резиносмесительного цеха", "Резеңке араластыру цехының В-4 желдету жүйесі", ("0328", "2754"), (0.01, 0.2)),
    ("0003", "Вентсистема В-9 цеха вулканизации", "Вулкандау цехының В-9 желдету жүйесі", ("0333", "0330", "2754"), (0.02, 0.35)),
    ("6001", "Склад технического углерода", "Техникалық көміртек қоймасы", ("0328",), (0.005, 0.08)),
    ("6002", "Сварочный пост РМЦ", "ЖМЦ дәнекерлеу посты", ("0123", "0143"), (0.002, 0.02)),
)  # fmt: skip
PAPER_SOURCES = (
    ("Ống khói lò hơi đốt than 20 tấn hơi/giờ", ("2902", "0330", "0301", "0337")),
    ("Ống khói lò thu hồi hóa chất", ("2902", "0330", "0301", "0333")),
    ("Ống thải lò nung vôi", ("2902", "0301", "0337")),
    ("Hệ thống xử lý nước thải (bể kỵ khí)", ("0333", "0303")),
)


def emissions_gd2(doc: Doc) -> None:
    """A pivot table pasted from Excel: the substances as rows (code, name), the sources as column pairs `г/с | т/год`
    under `Источник 0001` …, `Всего по предприятию` as the last pair, empty cells where a source gives no substance, a
    row of column numbers (VI: the sources as rows and the pollutants as columns, `tấn/năm` in a unit row, a total
    row)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["paper"][0]
        doc.h(f"BÁO CÁO KẾT QUẢ KIỂM KÊ KHÍ THẢI NĂM 2025 – {name.upper()}")
        doc.p("Bảng dưới đây được tổng hợp từ bảng tính kiểm kê (sheet “Tong hop”), đơn vị tấn/năm.")
        cols = ["2902", "0330", "0301", "0337", "0333", "0303"]
        names = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NO2", "0337": "CO", "0333": "H2S", "0303": "NH3"}
        rows = [["TT", "Nguồn thải", *(names[c] for c in cols)], ["", "", *(["tấn/năm"] * len(cols))]]
        totals = dict.fromkeys(cols, 0.0)
        for k, (src, codes) in enumerate(PAPER_SOURCES, 1):
            base = r.uniform(5, 90) if k < 4 else r.uniform(0.2, 3)
            line = []
            for c in cols:
                if c not in codes:
                    line.append("-")
                    continue
                t = _sig(_share(doc, c, base), 3)
                totals[c] += t
                line.append(num(t, "vi"))
                doc.add("emissions", emission(c, None, t))
            rows.append([str(k), src, *line])
        rows.append(["", "Tổng cộng", *(num(round(totals[c], 4), "vi") for c in cols)])
        doc.table("Bảng 2. Tổng lượng phát thải các chất ô nhiễm không khí năm 2025", rows, role="emissions")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "tyre")
    doc.h(doc.v(f"Отчет по инвентаризации выбросов загрязняющих веществ. {name}",
                f"{name}. Ластаушы заттар шығарындыларын түгендеу жөніндегі есеп", ""))
    doc.p(doc.v("Сводная таблица сформирована в Excel (лист «Свод») по результатам расчетов; пустая ячейка – выброс вещества "
                "источником отсутствует.",
                "Жиынтық кесте есептеу нәтижелері бойынша Excel-де («Жиынтық» парағы) қалыптастырылды; бос ұяшық – көз затты "
                "шығармайды.", ""))
    chosen = [s for s in TYRE_SOURCES if s[0] != "6002" or r.random() < 0.5]
    codes = []
    for s in chosen:
        codes += [c for c in s[3] if c not in codes]
    codes.sort()
    g_of: dict[tuple[str, str], tuple[float, float]] = {}
    for number, _, _, cs, (lo, hi) in chosen:
        base = r.uniform(lo, hi)
        for c in cs:
            g = _sig(_share(doc, c, base) if len(cs) > 1 else base, 4)
            t = _sig(g * 3600 * r.randint(4200, 7800) / 1e6, 4)
            g_of[(number, c)] = (g, t)
            doc.add("emissions", emission(c, g, t, number))
    src_word = doc.v("Источник", "Көз", "")
    head = [doc.v("Код ЗВ", "ЛЗ коды", ""), doc.v("Наименование ЗВ", "ЛЗ атауы", "")]
    sub = [None, None]
    for number, *_ in chosen:
        head += [f"{src_word} {number}", None]
        sub += [doc.v("г/с", "г/с", ""), doc.v("т/год", "т/жыл", "")]
    head += [doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None]
    sub += [doc.v("г/с", "г/с", ""), doc.v("т/год", "т/жыл", "")]
    width = len(head)
    rows = [head, sub, _numbers(width)]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, c, 0, c + 1) for c in range(2, width, 2)]
    for c in codes:
        line = [c, vocab.air(c, doc.lang)]
        sg = st = 0.0
        for number, *_ in chosen:
            if (number, c) in g_of:
                g, t = g_of[(number, c)]
                sg, st = sg + g, st + t
                line += [num(g, doc.lang), num(t, doc.lang)]
            else:
                line += ["", ""]
        line += [num(round(sg, 6), doc.lang), num(round(st, 6), doc.lang)]
        rows.append(line)
    doc.table(doc.v("Таблица 2.3 – Выбросы по источникам и веществам", "2.3-кесте – Көздер мен заттар бойынша шығарындылар", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    names = doc.v("Расшифровка источников: ", "Көздердің атаулары: ", "") + "; ".join(f"{s[0]} – {doc.v(s[1], s[2], '')}" for s in chosen)
    doc.p(names + ".")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t)
BATTERY_WASTES = (
    ("10 04 01*", "Шлак плавильный свинецсодержащий", "Құрамында қорғасын бар балқыту қожы", (800, 4200)),
    ("10 04 04*", "Пыль газоочистки плавильных печей", "Балқыту пештерінің газ тазарту шаңы", (40, 260)),
    ("16 06 06*", "Электролит отработанный (раствор серной кислоты)", "Пайдаланылған электролит (күкірт қышқылының ерітіндісі)",
     (300, 1500)),
    ("19 02 05*", "Осадок станции нейтрализации кислых стоков", "Қышқыл ағындарды бейтараптандыру станциясының тұнбасы", (90, 600)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.4, 3)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.4)),
    ("19 12 04", "Полипропилен дробленый (корпуса аккумуляторов)", "Ұсатылған полипропилен (аккумулятор корпустары)", (500, 2600)),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", (0.1, 0.9)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (12, 60)),
)  # fmt: skip
VN_DYE_WASTES = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", (3000, 18000)),
    *((c, n, (20, 900)) for c, n, _ in vocab.VN_CTNH if c in ("18 01 03", "18 02 01", "16 01 06", "17 02 03", "18 01 02")),
)


def _low(doc: Doc, code: str, name: str, t: float) -> dict:
    return {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name}


def _ctnh(code: str, name: str, t: float) -> dict:
    return {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": name}


def wastes_gd1(doc: Doc) -> None:
    """A workbook's balance of wastes for the year: `Движение отходов за 2025 год, т` merged over the stock on 1 January,
    formed, passed to other organisations and the stock on 31 December, the code typed without spaces (`100401*`), the
    kind in a column of its own, a row of column numbers, the header printed again after a page break; the amount is
    the formed one (VI: the national database's CTNH form, the kilograms of each quarter and of the year, the year's
    figure the amount)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["dyeing"][:2]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.p("Biểu 4. Tình hình phát sinh chất thải nguy hại (số liệu nhập trên Hệ thống cơ sở dữ liệu môi trường quốc gia).")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, None, None, "Tổ chức tiếp nhận"],
                [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
        total = 0
        for k, (code, w, (lo, hi)) in enumerate(VN_DYE_WASTES, 1):
            qs = [r.randint(lo, hi) if r.random() < 0.85 else 0 for _ in range(4)]
            if not sum(qs):
                qs[1] = lo
            total += sum(qs)
            rows.append([str(k), w, code, *(num(q, "vi") if q else "0" for q in qs), num(sum(qs), "vi"),
                         "Công ty TNHH Môi trường Đông Bắc"])
            doc.add("wastes", _ctnh(code, w, sum(qs) / 1000))
        rows.append(["", "Tổng cộng", "", "", "", "", "", num(total, "vi"), ""])
        doc.table(None, rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "battery")
    doc.h(doc.v(f"Отчет о движении отходов за 2025 год. {name}", f"{name}. Қалдықтардың 2025 жылғы қозғалысы туралы есеп", ""))
    doc.p(doc.v("Данные перенесены из рабочей книги учета отходов (лист «Баланс_2025»).",
                "Деректер қалдықтарды есепке алу жұмыс кітабынан («Баланс_2025» парағы) көшірілді.", ""))
    head = [doc.v(["№ п/п", "Код отхода", "Наименование отхода", "Вид отхода", "Движение отходов за 2025 год, т", None, None, None],
                  ["№", "Қалдық коды", "Қалдықтың атауы", "Қалдық түрі", "Қалдықтардың 2025 жылғы қозғалысы, т", None, None, None], []),
            doc.v([None] * 4 + ["наличие на 01.01.2025", "образовано", "передано сторонним организациям", "наличие на 31.12.2025"],
                  [None] * 4 + ["01.01.2025 жағдай бойынша бар", "түзілді", "басқа ұйымдарға берілді", "31.12.2025 жағдай бойынша бар"], []),
            _numbers(8)]
    rows = [list(x) for x in head]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    picked = sorted(r.sample(BATTERY_WASTES, 7), key=lambda w: not w[0].endswith("*"))
    kinds = doc.v(("опасный", "неопасный"), ("қауіпті", "қауіпті емес"), ())
    for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(picked, 1):
        if k == 5:
            rows += [list(x) for x in head]
            merges += [(len(rows) - 3, c, len(rows) - 2, c) for c in range(4)] + [(len(rows) - 3, 4, len(rows) - 3, 7)]
        formed = round(rate(r, lo, hi, 4), 3)
        stock0 = round(formed * r.uniform(0, 0.3), 3)
        passed = round(min(stock0 + formed, (stock0 + formed) * r.uniform(0.7, 1.0)), 3)
        stock1 = round(stock0 + formed - passed, 3)
        name_w = doc.v(n_ru, n_kk, "")
        rows.append([str(k), code.replace(" ", ""), name_w, kinds[0 if code.endswith("*") else 1],
                     *(_fx(x, 3, doc.lang) for x in (stock0, formed, passed, stock1))])
        doc.add("wastes", _low(doc, code, name_w, formed))
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# (code, RU, KK, unit, (low, high) in that unit)
SHIP_WASTES = (
    ("12 01 16*", "Отработанный абразив дробеструйной обработки корпусов", "Корпустарды бытыралы өңдеудің пайдаланылған абразиві",
     "т", (40, 260)),
    ("13 04 03*", "Льяльные воды судов, принятые на ремонт", "Жөндеуге қабылданған кемелердің льял сулары", "т", (15, 120)),
    ("08 01 11*", "Отходы лакокрасочных материалов", "Лак-бояу материалдарының қалдықтары", "кг", (300, 2500)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "кг", (400, 3000)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "кг", (150, 900)),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", "кг", (200, 1600)),
    ("12 01 01", "Стружка и обрезь черных металлов", "Қара металдардың жоңқасы мен кесінділері", "т", (30, 400)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "т", (15, 80)),
)  # fmt: skip
VN_ELEC_ORDINARY = (("Bao bì carton, giấy thải", (8000, 40000)), ("Pallet gỗ hư hỏng", (3000, 15000)),
                    ("Nhựa phế liệu (khay, cuộn băng dính)", (1000, 9000)))
VN_ELEC_CTNH = ("16 01 13", "08 02 04", "18 01 03", "18 02 01", "16 01 06", "19 06 01")


def wastes_gd2(doc: Doc) -> None:
    """A shipyard's list of wastes copied from a workbook: the code in brackets after the name in one cell, a unit
    column whose unit differs from row to row (`т`, `кг`), the quantity, where it forms and what is done with it, group
    rows for hazardous and non-hazardous wastes (VI: an electronics plant's wastes under a two-row header, the kilograms
    registered in its permit beside those actually formed in 2025, a classification mark `NH`/`KS`)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["electronics"][0]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.p("Bảng 3. Khối lượng chất thải rắn công nghiệp thông thường và chất thải nguy hại (dán từ bảng tính “CT_2025.xlsx”).")
        rows = [["STT", "Tên chất thải", "Mã chất thải", "Ký hiệu phân loại", "Khối lượng (kg/năm)", None],
                [None, None, None, None, "Theo GPMT", "Thực tế năm 2025"]]
        merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
        rows.append(["A", "Chất thải rắn công nghiệp thông thường", None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        for k, (w, (lo, hi)) in enumerate(VN_ELEC_ORDINARY, 1):
            reg = r.randint(lo // 1000, hi // 1000) * 1000
            real = r.randint(int(reg * 0.5), reg)
            rows.append([str(k), w, "-", "TT", num(reg, "vi"), num(real, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": real / 1000, "name_contains": w})
        rows.append(["B", "Chất thải nguy hại", None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        ctnh = {c: (n, s) for c, n, s in vocab.VN_CTNH}
        for k, code in enumerate(r.sample(VN_ELEC_CTNH, 5), 1):
            w = ctnh[code][0]
            reg = r.randint(2, 80) * 100
            real = r.randint(int(reg * 0.3), reg)
            rows.append([str(k), w, code, doc.pick(("NH", "KS")) if code in ("18 01 03", "18 02 01") else "NH",
                         num(reg, "vi"), num(real, "vi")])
            doc.add("wastes", _ctnh(code, w, real / 1000))
        doc.table(None, rows, merges, role="wastes")
        doc.p("Ghi chú: TT – chất thải rắn công nghiệp thông thường; NH – chất thải nguy hại; KS – chất thải cần kiểm soát.")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "shipyard")
    doc.h(doc.v(f"Программа управления отходами. {name}", f"{name}. Қалдықтарды басқару бағдарламасы", ""))
    doc.p(doc.v("Таблица 4.2 – Объемы образования отходов (из рабочей книги «Отходы_верфь.xlsx»)",
                "4.2-кесте – Қалдықтардың түзілу көлемдері («Отходы_верфь.xlsx» жұмыс кітабынан)", ""))
    rows = [doc.v(["№", "Наименование отхода (код)", "Ед. изм.", "Кол-во в год", "Место образования", "Операция"],
                  ["№", "Қалдықтың атауы (коды)", "Өлш. бірл.", "Жылдық саны", "Түзілу орны", "Операция"], [])]
    merges = []
    picked = r.sample(SHIP_WASTES, 6)
    places = doc.v(("корпусный цех", "стапель", "достроечная набережная", "механический цех"),
                   ("корпус цехы", "стапель", "жасауды аяқтау жағалауы", "механикалық цех"), ())
    ops = doc.v(("передача специализированной организации", "накопление, передача на утилизацию", "вывоз на полигон"),
                ("мамандандырылған ұйымға беру", "жинақтау, кәдеге жаратуға беру", "полигонға шығару"), ())
    n = 0
    for hazardous in (True, False):
        group = [w for w in picked if w[0].endswith("*") == hazardous]
        if not group:
            continue
        rows.append(["", doc.v("Опасные отходы", "Қауіпті қалдықтар", "") if hazardous else doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""),
                     None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        for code, n_ru, n_kk, unit, (lo, hi) in group:
            n += 1
            q = rate(r, lo, hi, 3) if unit == "т" else r.randint(lo, hi)
            name_w = doc.v(n_ru, n_kk, "")
            u = doc.v(unit, "т" if unit == "т" else "кг", "")
            rows.append([str(n), f"{name_w} ({code})", u, num(q, doc.lang), doc.pick(places),
                         ops[2] if code == "20 03 01" else doc.pick(ops[:2])])
            doc.add("wastes", _low(doc, code, name_w, q if unit == "т" else q / 1000))
    doc.table(None, rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def limits_gd1(doc: Doc) -> None:
    """Ambient air at the points of the protection zone pasted from a workbook: the substances as rows (number, code,
    name), the ПДК м.р. column, then the points Т-1 … Т-4 as columns, a `Макс.` column and the share of the ПДК after
    them, the unit on a row of its own, a row of column numbers (VI: a steel plant's stacks, three measurements per
    stack as sub-columns, the limit the QCVN 19 column B value times Kp and Kv, rows of flow and temperature with no
    limit)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["steel"][0]
        kp = doc.pick((0.8, 0.9))
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 2 NĂM 2025 – {name.upper()}")
        doc.p(f"Giá trị giới hạn: QCVN 19:2009/BTNMT, cột B, Cmax = C × Kp × Kv với Kp = {num(kp, 'vi')}, Kv = 1,0. "
              "KT1: ống khói lò điện hồ quang; KT2: ống khói lò nung phôi xưởng cán.")
        stacks = ("KT1", "KT2")
        head = ["TT", "Thông số", "Đơn vị"]
        sub = [None, None, None]
        for s in stacks:
            head += [s, None, None]
            sub += ["Lần 1", "Lần 2", "Lần 3"]
        head.append("QCVN 19:2009/BTNMT, cột B (Cmax)")
        sub.append(None)
        rows = [head, sub]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8), (0, 9, 1, 9)]
        rows.append(["1", "Lưu lượng", "m3/h", *(num(r.randint(40, 220) * 1000, "vi") for _ in range(6)), "-"])
        rows.append(["2", "Nhiệt độ", "°C", *(num(r.randint(60, 140), "vi") for _ in range(6)), "-"])
        names = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}
        for k, code in enumerate(("2902", "0330", "0301", "0337"), 3):
            cmax = round(QCVN19[code][1] * kp, 3)
            vals = [[_sig(cmax * r.uniform(0.05, 0.7), 3) for _ in range(3)] for _ in stacks]
            rows.append([str(k), names[code], "mg/Nm3", *(num(v, "vi") for vs in vals for v in vs), num(cmax, "vi")])
            for s, vs in zip(stacks, vals, strict=True):
                for v in vs:
                    add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", s, v))
        doc.table("Bảng 3. Kết quả quan trắc khí thải", rows, merges, role="limits")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "rolling")
    doc.h(doc.v(f"Отчет по производственному экологическому контролю за III квартал 2025 года. {name}",
                f"{name}. 2025 жылғы III тоқсандағы өндірістік экологиялық бақылау жөніндегі есеп", ""))
    doc.p(doc.v("Результаты измерений на границе санитарно-защитной зоны (выгрузка из журнала лаборатории, файл «СЗЗ_3кв.xlsx»).",
                "Санитариялық-қорғау аймағының шекарасындағы өлшеу нәтижелері (зертхана журналынан, «СЗЗ_3кв.xlsx» файлы).", ""))
    points = doc.v(("Т-1\n(север)", "Т-2\n(восток)", "Т-3\n(юг)", "Т-4\n(запад)"),
                   ("Т-1\n(солтүстік)", "Т-2\n(шығыс)", "Т-3\n(оңтүстік)", "Т-4\n(батыс)"), ())
    rows = [[doc.v("№", "№", ""), doc.v("Код", "Коды", ""), doc.v("Вещество", "Зат", ""), doc.v("ПДК м.р.", "ШЖК б.м.", ""),
             *points, doc.v("Макс.", "Ең көп", ""), doc.v("Доля ПДК", "ШЖК үлесі", "")],
            ["", "", "", doc.v("мг/м3", "мг/м3", ""), *(["мг/м3"] * 5), doc.v("доли ед.", "бірл. үлесі", "")],
            _numbers(10)]
    codes = ["0301", "0330", "0337", "2908", *r.sample(["0304", "0143", "0328"], 1)]
    for k, code in enumerate(codes, 1):
        pdk = AIR_PDK[code][0]
        vals = [_sig(pdk * r.uniform(0.05, 0.6), 2) for _ in points]
        mx = max(vals)
        rows.append([str(k), code, vocab.air(code, doc.lang), num(pdk, doc.lang), *(_fx(v, 4, doc.lang) if v < 1 else num(v, doc.lang) for v in vals),
                     _fx(mx, 4, doc.lang) if mx < 1 else num(mx, doc.lang), _fx(round(mx / pdk, 2), 2, doc.lang)])
        for p, v in zip(points, vals, strict=True):
            add(doc, limit(("code", code), "air", pdk, "mg/m3", None, p.split("\n")[0], v))
    doc.table(doc.v("Таблица 2 – Концентрации загрязняющих веществ в атмосферном воздухе на границе СЗЗ",
                    "2-кесте – СҚА шекарасындағы атмосфералық ауадағы ластаушы заттардың концентрациялары", ""), rows, role="limits")
    maybe_distractor(doc)


# (symbol, RU method, unit RU, unit KK)
LIMS = (("pH", "СТ РК ИСО 10523-2013"), ("TSS", "ПНД Ф 14.1:2.110-97"), ("COD", "ПНД Ф 14.1:2.100-97"),
        ("BOD5", "ПНД Ф 14.1:2:3:4.123-97"), ("TPH", "ПНД Ф 14.1:2:4.128-98"), ("Fe", "ПНД Ф 14.1:2.50-96"),
        ("SO4", "ПНД Ф 14.1:2.159-2000"), ("Cl-", "ПНД Ф 14.1:2.96-97"), ("Surfactants", "ПНД Ф 14.1:2:4.158-2000"))


def limits_gd2(doc: Doc) -> None:
    """A laboratory information system's export of test results: one row per point and parameter, the point repeated on
    every row, the method, the unit per row (`ед. pH`, `мг/дм3`), the result (some `<0,05`, below the range), the norm
    and a conclusion (VI: an automatic waste-water station's daily means pasted from Excel, dates as rows, parameters as
    columns with their units on a row of their own, the QCVN 40 column B value times Kq and Kf as the last row)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["paper"][0]
        kq, kf = doc.pick((0.9, 1.0)), doc.pick((0.9, 1.0))
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI TỰ ĐỘNG, LIÊN TỤC THÁNG 10/2025 – {name.upper()}")
        doc.p(f"Số liệu trung bình ngày trích xuất từ phần mềm thu nhận dữ liệu của trạm quan trắc tự động. Giới hạn: QCVN 40:2011/BTNMT "
              f"cột B với Kq = {num(kq, 'vi')}, Kf = {num(kf, 'vi')}.")
        keys = ["pH", "COD", "TSS", *r.sample(["BOD5", "NH4+", "TN"], 1)]
        short = {"pH": "pH", "COD": "COD", "TSS": "TSS", "BOD5": "BOD5", "NH4+": "Amoni (N-NH4+)", "TN": "Tổng Nitơ"}
        rows = [["Ngày", "Lưu lượng", "Nhiệt độ", *(short[s] for s in keys)],
                ["", "m3/ngày", "°C", *("-" if s == "pH" else "mg/l" for s in keys)]]
        lims = {s: QCVN40[s][1] if s == "pH" else round(QCVN40[s][1] * kq * kf, 3) for s in keys}
        for day in range(1, r.randint(6, 9)):
            vals = []
            for s in keys:
                v = round(r.uniform(6.8, 7.9), 2) if s == "pH" else _sig(lims[s] * r.uniform(0.2, 0.85), 3)
                vals.append(v)
                add(doc, limit(("symbol", s), "waste_water", lims[s], "mg/l", "B", None, v))
            rows.append([f"{day:02d}/10/2025", num(r.randint(5200, 9800), "vi"), num(round(r.uniform(31, 38), 1), "vi"),
                         *(num(v, "vi") for v in vals)])
        rows.append(["QCVN 40:2011/BTNMT (cột B) × Kq × Kf", "-", "40", *(cell(doc, lims[s]) for s in keys)])
        doc.table("Bảng 1. Kết quả quan trắc tự động nước thải sau hệ thống xử lý (giá trị trung bình ngày)", rows, role="limits")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "glass")
    doc.h(doc.v(f"Протокол испытаний № {r.randint(100, 999)}-СВ/25 (сточная вода). Заказчик: {operator}",
                f"№ {r.randint(100, 999)}-СВ/25 сынақ хаттамасы (сарқынды су). Тапсырыс беруші: {operator}", ""))
    doc.p(doc.v("Сформировано ЛИМС «Лаб-Контроль». Норматив – допустимая концентрация по договору приема сточных вод в городскую канализацию.",
                "«Лаб-Контроль» ЗАЖ қалыптастырды. Норматив – сарқынды суларды қалалық кәрізге қабылдау шарты бойынша рұқсат етілген концентрация.", ""))
    rows = [doc.v(["Точка отбора", "Показатель", "НД на метод испытаний", "Ед. изм.", "Результат", "Норматив", "Вывод"],
                  ["Сынама алу нүктесі", "Көрсеткіш", "Сынау әдісіне НҚ", "Өлш. бірл.", "Нәтиже", "Норматив", "Қорытынды"], [])]
    points = doc.v(("ВК-1 (выпуск в городской коллектор)", "ВК-2 (после локальных очистных)"),
                   ("ВК-1 (қалалық коллекторға шығару)", "ВК-2 (жергілікті тазарту құрылыстарынан кейін)"), ())
    picked = [LIMS[0], *sorted(r.sample(LIMS[1:], 5), key=LIMS.index)]
    ok = doc.v("соответствует", "сәйкес", "")
    for p in points:
        for s, method in picked:
            lim = DISCHARGE[s]
            unit = doc.v("ед. pH", "pH бірл.", "") if s == "pH" else doc.v("мг/дм3", "мг/дм3", "")
            item = limit(("symbol", s), "waste_water", lim, "mg/l", None, p.split(" ")[0])
            if s == "pH":
                v = round(r.uniform(6.9, 8.2), 2)
                shown = num(v, doc.lang)
                item["value"] = v
            elif s in ("TPH", "Fe", "Surfactants") and r.random() < 0.4:
                shown = "<" + num({"TPH": 0.02, "Fe": 0.05, "Surfactants": 0.025}[s], doc.lang)
                del item["value"]
            else:
                v = _sig(lim * r.uniform(0.1, 0.9), 3)
                shown = num(v, doc.lang)
                item["value"] = v
            rows.append([p, vocab.water(s, doc.lang), method, unit, shown, cell(doc, lim), ok])
            add(doc, item)
    doc.table(None, rows, role="limits")
    doc.p(doc.v("Ответственный за оформление протокола: инженер-химик Ким А.В.", "Хаттаманы рәсімдеуге жауапты: инженер-химик Ким А.В.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (number, RU workshop, KK workshop, codes, frequency)
TYRE_CONTROL = (
    ("0001", "Котельная, дымовая труба", "Қазандық, түтін мұржасы", ("0301", "0304", "0330", "0337", "0328"), "quarterly"),
    ("0002", "Резиносмесительный цех, вентсистема В-4", "Резеңке араластыру цехы, В-4 желдету жүйесі", ("0328", "2754"), "quarterly"),
    ("0003", "Цех вулканизации, вентсистема В-9", "Вулкандау цехы, В-9 желдету жүйесі", ("0333", "0330", "2754"), "semiannual"),
    ("0004", "Подготовительный цех, вентсистема В-2", "Дайындау цехы, В-2 желдету жүйесі", ("2908", "0328"), "semiannual"),
    ("6001", "Склад технического углерода", "Техникалық көміртек қоймасы", ("0328",), "yearly"),
)  # fmt: skip


def monitoring_gd1(doc: Doc) -> None:
    """A calculation program's `План-график контроля на источниках выбросов`: the source's number and its workshop
    merged down over its substances, code and name joined in one cell (`0301 Азота диоксид`), the frequency on every
    substance's row, who controls and by which method; a row of column numbers, the header printed again after a page
    break (VI: a national database's flat export of the monitoring points, one row per parameter with the point's code,
    name and VN-2000 coordinates repeated on every row)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["furniture"][0]
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – {name.upper()}")
        doc.p("Dữ liệu xuất từ Hệ thống cơ sở dữ liệu môi trường quốc gia (mục “Điểm quan trắc”), định dạng bảng tính.")
        rows = [["STT", "Mã điểm", "Tên điểm quan trắc", "Tọa độ X (VN-2000)", "Tọa độ Y (VN-2000)", "Thông số", "Tần suất"]]
        plan = (("KT1", "Ống thải hệ thống xử lý bụi gỗ", ("code", ["2902"]), "quarterly"),
                ("KT2", "Ống thải buồng sơn", ("code", ["2902", "0621", "0616"]), "quarterly"),
                ("KT3", "Ống khói lò hơi", ("code", ["2902", "0330", "0301", "0337"]), "semiannual"),
                ("NT1", "Hố ga đấu nối nước thải vào hệ thống thu gom của KCN", ("symbol", ["pH", "BOD5", "COD", "TSS", "NH4+", "Coliform"]),
                 "quarterly"))  # fmt: skip
        vi_names = {"2902": "Bụi tổng", "0621": "Toluen", "0616": "Xylen", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}
        for code, place, (kind, keys), word in plan:
            if code == "KT3" and r.random() < 0.4:
                continue
            x, y = r.randint(1_220_000, 1_240_000), r.randint(590_000, 610_000)
            for key in keys:
                label = vi_names[key] if kind == "code" else vocab.water(key, "vi")
                rows.append([str(len(rows)), code, place, num(x, "vi"), num(y, "vi"), label, _fr(doc, word)])
                doc.add("monitoring", _mon({"point_contains": code}, (kind, key), word))
        doc.table(None, rows, role="monitoring")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "tyre")
    doc.h(doc.v(f"Программа производственного экологического контроля. {name}", f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Таблица сформирована программным комплексом «ЭРА» (версия 3.0) по данным проекта нормативов допустимых выбросов.",
                "Кесте жол берілетін шығарындылар нормативтерінің жобасы деректері бойынша «ЭРА» бағдарламалық кешенімен (3.0 нұсқасы) қалыптастырылды.", ""))
    head = doc.v(["N источника", "Производство, цех, участок", "Контролируемое вещество", "Периодичность контроля",
                  "Кем осуществляется контроль", "Методика проведения контроля"],
                 ["Көз N", "Өндіріс, цех, учаске", "Бақыланатын зат", "Бақылау кезеңділігі", "Бақылауды кім жүзеге асырады",
                  "Бақылау жүргізу әдістемесі"], [])
    rows = [head, _numbers(6)]
    merges = []
    lab = doc.v("Аккредитованная лаборатория", "Аккредиттелген зертхана", "")
    own = doc.v("Эколог предприятия", "Кәсіпорын экологы", "")
    chosen = [c for c in TYRE_CONTROL if c[0] != "0004" or r.random() < 0.6]
    for k, (number, ws_ru, ws_kk, codes, word) in enumerate(chosen):
        if k == 3:
            rows += [list(head), _numbers(6)]
        start = len(rows)
        calc = number.startswith("6")
        for c in codes:
            first = len(rows) == start
            rows.append([number if first else None, doc.v(ws_ru, ws_kk, "") if first else None, f"{c} {vocab.air(c, doc.lang)}",
                         _fr(doc, word), own if calc else lab,
                         doc.v("Расчетный метод", "Есептік әдіс", "") if calc else doc.v("Инструментальный", "Аспаптық", "")])
            doc.add("monitoring", _mon({"source_number": number}, ("code", c), word))
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(doc.v("Таблица 5. План-график контроля на источниках выбросов", "5-кесте. Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    maybe_distractor(doc)


def monitoring_gd2(doc: Doc) -> None:
    """A matrix of marks pasted from a workbook: the places of control as rows (sources by number, points of the
    protection zone, sea water at the outfall), the substances as columns headed by their codes over their names, `+`
    where a substance is measured, the frequency in the last column (VI: an electronics plant's stacks and outfalls
    against gas and water parameters, `x` marks)."""
    if doc.lang == "vi":
        name = VN_PLANTS["electronics"][0]
        doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
        doc.p("Ma trận điểm quan trắc – thông số (đánh dấu “x” vào thông số phải quan trắc tại từng vị trí).")
        cols = [("code", "2902", "Bụi tổng"), ("code", "0316", "HCl"), ("code", "0303", "NH3"), ("code", "0621", "Toluen"),
                ("symbol", "pH", "pH"), ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS"), ("symbol", "Cu", "Cu"),
                ("symbol", "Ni", "Ni"), ("symbol", "F-", "Florua")]
        places = (("KT1 – Ống thải tháp hấp thụ khí axit xưởng mạ", ["0316", "0303"], "quarterly"),
                  ("KT2 – Ống thải hệ thống than hoạt tính xưởng SMT", ["2902", "0621"], "semiannual"),
                  ("NT1 – Nước thải sau hệ thống xử lý nước thải sản xuất", ["pH", "COD", "TSS", "Cu", "Ni", "F-"], "quarterly"),
                  ("NT2 – Nước thải sinh hoạt sau bể tự hoại", ["pH", "COD", "TSS"], "semiannual"))
        rows = [["Vị trí quan trắc", *(c[2] for c in cols), "Tần suất"]]
        for place, keys, word in places:
            rows.append([place, *("x" if c[1] in keys else "" for c in cols), _fr(doc, word)])
            pid = place.split(" ")[0]
            doc.add("monitoring", *(_mon({"point_contains": pid}, (c[0], c[1]), word) for c in cols if c[1] in keys))
        doc.table("Bảng 2. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "shipyard")
    doc.h(doc.v(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
                f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Матрица контроля: знак «+» означает, что вещество контролируется в данном месте.",
                "Бақылау матрицасы: «+» белгісі заттың осы жерде бақыланатынын білдіреді.", ""))
    codes = ["0123", "0143", "0301", "0337", "0616", "0621", "2908"]
    sea = ["TPH", "TSS", "pH"]
    places = [("src", "0001", doc.v("0001 – Дымовая труба котельной", "0001 – Қазандықтың түтін мұржасы", ""), ["0301", "0337"], "quarterly"),
              ("src", "0002", doc.v("0002 – Окрасочная камера корпусного цеха", "0002 – Корпус цехының бояу камерасы", ""),
               ["0616", "0621"], "quarterly"),
              ("src", "6001", doc.v("6001 – Участок дробеструйной обработки", "6001 – Бытыралы өңдеу учаскесі", ""), ["2908"], "semiannual"),
              ("src", "6002", doc.v("6002 – Сварочные посты стапеля", "6002 – Стапельдің дәнекерлеу посттары", ""), ["0123", "0143"],
               "semiannual"),
              ("pt", "Т-1", doc.v("Т-1 граница СЗЗ (север)", "Т-1 СҚА шекарасы (солтүстік)", ""), ["0301", "2908", "0616"], "quarterly"),
              ("pt", "Т-2", doc.v("Т-2 граница СЗЗ (восток)", "Т-2 СҚА шекарасы (шығыс)", ""), ["0301", "2908", "0616"], "quarterly")]
    head = [doc.v("Место контроля", "Бақылау орны", ""), *(f"{c}\n{vocab.air(c, doc.lang)}" for c in codes),
            *(vocab.water(s, doc.lang) for s in sea), doc.v("Периодичность", "Кезеңділігі", "")]
    rows = [head, _numbers(len(head))]
    for kind, ident, label, keys, word in places:
        rows.append([label, *("+" if c in keys else "" for c in codes), *("" for _ in sea), _fr(doc, word)])
        loc = {"source_number": ident} if kind == "src" else {"point_contains": ident}
        doc.add("monitoring", *(_mon(loc, ("code", c), word) for c in codes if c in keys))
    word = doc.pick(("monthly", "quarterly"))
    rows.append([doc.v("М-1 морская вода у выпуска ливневых стоков", "М-1 нөсер ағындары шығарылымы маңындағы теңіз суы", ""),
                 *("" for _ in codes), *("+" for _ in sea), _fr(doc, word)])
    doc.add("monitoring", *(_mon({"point_contains": "М-1"}, ("symbol", s), word) for s in sea))
    doc.table(doc.v("Таблица 3.1 – Матрица производственного мониторинга", "3.1-кесте – Өндірістік мониторинг матрицасы", ""),
              rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTH_MARKS = {"monthly": list(range(1, 13)), "quarterly": [3, 6, 9, 12], "semiannual": [5, 11], "yearly": [9]}
# (RU, KK, VI) objects checked
CHECKED = (
    ("Рукавные фильтры стекловаренных печей", "Шыны балқыту пештерінің жеңді сүзгілері", "Hệ thống lọc bụi túi vải lò điện hồ quang"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Kho lưu giữ chất thải nguy hại"),
    ("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары", "Hệ thống xử lý nước thải sản xuất"),
    ("Склад ГСМ и мазутное хозяйство", "ЖЖМ қоймасы және мазут шаруашылығы", "Kho dầu và khu vực bồn chứa nhiên liệu"),
    ("Открытый склад песка и доломита", "Құм мен доломиттің ашық қоймасы", "Bãi chứa xỉ thép và phế liệu"),
    ("Система оборотного водоснабжения", "Айналмалы сумен жабдықтау жүйесі", "Hệ thống nước làm mát tuần hoàn"),
    ("Журналы учета ПЭК и отходов", "ӨЭБ және қалдықтарды есепке алу журналдары", "Sổ theo dõi vận hành hệ thống xử lý chất thải"),
)


def inspections_gd1(doc: Doc) -> None:
    """A year's chart of internal checks from a workbook: the object, the frequency, then twelve narrow month columns
    under `2026 год` with an `х` in the months of a check, the responsible last (VI: a steel plant's chart, `Tháng 1 …
    12`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    if doc.lang == "vi":
        name = VN_PLANTS["steel"][0]
        doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    else:
        name, _ = _kz(doc, "glass")
        doc.h(doc.v(f"График внутренних проверок соблюдения экологических требований на 2026 год. {name}",
                    f"{name}. Экологиялық талаптардың сақталуын ішкі тексерудің 2026 жылға арналған кестесі", ""))
    months = doc.v([str(m) for m in range(1, 13)], [str(m) for m in range(1, 13)], [f"T{m}" for m in range(1, 13)])
    rows = [[doc.v("№", "№", "TT"), doc.v("Объект проверки", "Тексеру объектісі", "Đối tượng kiểm tra"),
             doc.v("Периодичность", "Кезеңділігі", "Tần suất"), doc.v("2026 год (месяцы)", "2026 жыл (айлар)", "Năm 2026 (tháng)"),
             *([None] * 11), doc.v("Ответственный", "Жауапты", "Người phụ trách")],
            [None, None, None, *months, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    who = doc.v(("главный инженер", "инженер-эколог", "начальник цеха"), ("бас инженер", "инженер-эколог", "цех бастығы"),
                ("Phó Giám đốc kỹ thuật", "Cán bộ môi trường", "Quản đốc phân xưởng"))
    for k, obj in enumerate(r.sample(CHECKED, 6), 1):
        word = doc.pick(("monthly", "quarterly", "quarterly", "semiannual", "yearly"))
        text = obj[L]
        marks = MONTH_MARKS[word]
        rows.append([str(k), text, _fr(doc, word), *(("x" if doc.lang == "vi" else "х") if m in marks else "" for m in range(1, 13)),
                     doc.pick(who)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": text})
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU, KK, VI) objects of an equipment-maintenance system
EAM_OBJECTS = (
    ("Газоочистная установка ГОУ-1 котельной", "Қазандықтың ГТҚ-1 газ тазарту қондырғысы", "Hệ thống xử lý khí thải lò hơi"),
    ("Циклоны вентсистемы В-4", "В-4 желдету жүйесінің циклондары", "Hệ thống xử lý bụi khu nghiền bột"),
    ("Скрубберы цеха вулканизации", "Вулкандау цехының скрубберлері", "Tháp hấp thụ khí lò thu hồi hóa chất"),
    ("Нефтеловушка ливневой канализации", "Нөсер кәрізінің мұнай ұстағышы", "Hệ thống xử lý nước thải tập trung"),
    ("Площадка накопления опасных отходов", "Қауіпті қалдықтарды жинақтау алаңы", "Kho chứa chất thải nguy hại"),
    ("Узел учета сточных вод", "Сарқынды суларды есепке алу торабы", "Trạm quan trắc nước thải tự động"),
    ("Склад технического углерода", "Техникалық көміртек қоймасы", "Bãi chứa bùn thải"),
)
INTERVAL = {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "yearly"}


def inspections_gd2(doc: Doc) -> None:
    """An export of the maintenance and inspection system: an object code, the object, the kind of check, the interval
    in months (`1`, `3`, `6`, `12`), the date of the last and the next check and the status (VI: a paper mill's
    system, `Chu kỳ (tháng)`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    if doc.lang == "vi":
        doc.h(f"DANH MỤC KIỂM TRA ĐỊNH KỲ CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – {VN_PLANTS['paper'][0].upper()}")
        doc.p("Trích xuất từ phần mềm quản lý bảo trì thiết bị (CMMS) ngày 05/01/2026.")
    else:
        name, _ = _kz(doc, "tyre")
        doc.h(doc.v(f"Перечень плановых осмотров природоохранного оборудования. {name}",
                    f"{name}. Табиғат қорғау жабдықтарын жоспарлы қарап-тексеру тізбесі", ""))
        doc.p(doc.v("Выгрузка из системы управления техническим обслуживанием (ТОиР) от 05.01.2026.",
                    "Техникалық қызмет көрсетуді басқару жүйесінен (ТҚКЖ) 05.01.2026 алынған.", ""))
    rows = [doc.v(["Код объекта", "Объект", "Вид осмотра", "Интервал, мес.", "Последний", "Следующий", "Статус"],
                  ["Объект коды", "Объект", "Қарау түрі", "Аралығы, ай", "Соңғысы", "Келесісі", "Мәртебесі"],
                  ["Mã thiết bị", "Công trình, thiết bị", "Nội dung kiểm tra", "Chu kỳ (tháng)", "Lần gần nhất", "Lần kế tiếp", "Trạng thái"])]
    kinds = doc.v(("визуальный осмотр", "проверка эффективности", "осмотр и опись"), ("көзбен шолу", "тиімділігін тексеру", "қарау және тізімдеу"),
                  ("Kiểm tra trực quan", "Kiểm tra hiệu suất xử lý", "Kiểm tra, lập biên bản"))
    status = doc.v(("запланирован", "выполнен"), ("жоспарланды", "орындалды"), ("Đã lên kế hoạch", "Đã thực hiện"))
    for k, obj in enumerate(r.sample(EAM_OBJECTS, 6), 1):
        months = doc.pick((1, 3, 3, 6, 12))
        text = obj[L]
        last_m = r.randint(1, 12)
        nxt = last_m + months
        yl, yn = 2025, 2025 + (nxt - 1) // 12
        nxt = (nxt - 1) % 12 + 1
        sep = "/" if doc.lang == "vi" else "."
        rows.append([f"EQ-{r.randint(100, 999)}-{k:02d}", text, doc.pick(kinds), str(months),
                     f"{r.randint(1, 28):02d}{sep}{last_m:02d}{sep}{yl}", f"{r.randint(1, 28):02d}{sep}{nxt:02d}{sep}{yn}", doc.pick(status)])
        doc.add("obligations", {"kind": "inspection", "frequency": INTERVAL[months], "text_contains": text})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK, item of annex 4, RU actor, KK actor)
MILL_MEASURES = (
    ("Замена рукавных фильтров аспирационной системы нагревательной печи № 2", "№ 2 қыздыру пешінің аспирациялық жүйесінің жеңді сүзгілерін ауыстыру",
     "1.3", "Энергомеханический цех", "Энергомеханикалық цех"),
    ("Перевод нагревательной печи № 1 на природный газ", "№ 1 қыздыру пешін табиғи газға ауыстыру", "1.5", "Управление капитального строительства",
     "Күрделі құрылыс басқармасы"),
    ("Строительство установки очистки окалиносодержащих стоков", "Құрамында қабыршық бар ағындарды тазарту қондырғысын салу", "2.4",
     "Управление капитального строительства", "Күрделі құрылыс басқармасы"),
    ("Реконструкция системы оборотного водоснабжения прокатного стана", "Прокат орнағының айналмалы сумен жабдықтау жүйесін реконструкциялау",
     "2.7", "Цех водоснабжения", "Сумен жабдықтау цехы"),
    ("Передача замасленной окалины на переработку", "Майланған қабыршықты қайта өңдеуге беру", "4.1", "Отдел охраны окружающей среды",
     "Қоршаған ортаны қорғау бөлімі"),
    ("Озеленение санитарно-защитной зоны (посадка 1 200 деревьев)", "Санитариялық-қорғау аймағын көгалдандыру (1 200 ағаш отырғызу)", "7.1",
     "Административно-хозяйственный отдел", "Әкімшілік-шаруашылық бөлімі"),
    ("Установка автоматизированной системы мониторинга выбросов на трубе № 3", "№ 3 мұржаға шығарындылар мониторингінің автоматтандырылған жүйесін орнату",
     "9.2", "Служба КИПиА", "БӨАжА қызметі"),
)  # fmt: skip
VN_DYE_MEASURES = (
    ("Nâng cấp hệ thống xử lý nước thải tập trung lên 3.000 m3/ngày đêm", "Ban Quản lý dự án"),
    ("Lắp đặt thiết bị thu hồi nhiệt nước thải nhuộm", "Phòng Kỹ thuật"),
    ("Thay thế lò hơi đốt than bằng lò hơi đốt biomass", "Ban Quản lý dự án"),
    ("Xây dựng hồ sự cố nước thải dung tích 2.500 m3", "Ban Quản lý dự án"),
    ("Tập huấn sử dụng hóa chất nhuộm an toàn cho công nhân", "Phòng Nhân sự"),
    ("Thuê đơn vị tư vấn kiểm toán sản xuất sạch hơn", "Phòng An toàn – Môi trường"),
)


def tasks_gd1(doc: Doc) -> None:
    """A plan of nature-protection measures kept as a workbook: the number, the measure, the item of annex 4 of the
    Code it falls under (`1.3`, `7.1`), the executor, then the cost by year `2026 | 2027 | 2028` under a merged
    `Затраты, тыс. тенге` and a total column, a total row (VI: a dyeing plant's plan with the cost by quarter in
    millions of đồng and a column for the unit in charge)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["dyeing"][0]
        doc.h(f"KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
        rows = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Kinh phí (triệu đồng)", None, None, None, "Tổng"],
                [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
        grand = 0
        for k, (text, who) in enumerate(r.sample(VN_DYE_MEASURES, 5), 1):
            qs = [r.randint(0, 40) * 50 if r.random() < 0.6 else 0 for _ in range(4)]
            qs[r.randrange(4)] += 100
            grand += sum(qs)
            rows.append([str(k), text, who, *(num(q, "vi") if q else "-" for q in qs), num(sum(qs), "vi")])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        rows.append(["", "Tổng cộng", "", "", "", "", "", num(grand, "vi")])
        doc.table("Bảng 1. Kế hoạch và kinh phí thực hiện", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "rolling")
    L = _L(doc)
    doc.h(doc.v(f"План мероприятий по охране окружающей среды на 2026–2028 годы. {name}",
                f"{name}. Қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары", ""))
    doc.p(doc.v("Графа 3 – пункт Типового перечня мероприятий по охране окружающей среды (приложение 4 к Экологическому кодексу).",
                "3-баған – Қоршаған ортаны қорғау жөніндегі іс-шаралардың үлгілік тізбесінің тармағы (Экология кодексіне 4-қосымша).", ""))
    rows = [doc.v(["№", "Наименование мероприятия", "Пункт прил. 4", "Исполнитель", "Затраты, тыс. тенге", None, None, "Всего"],
                  ["№", "Іс-шараның атауы", "4-қос. тармағы", "Орындаушы", "Шығындар, мың теңге", None, None, "Барлығы"], []),
            [None, None, None, None, "2026", "2027", "2028", None],
            _numbers(8)]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
    grand = 0
    for k, m in enumerate(sorted(r.sample(MILL_MEASURES, 5), key=MILL_MEASURES.index), 1):
        text, item, who = m[L], m[2], m[3 + L]
        years = [r.randint(5, 900) * 100 if r.random() < 0.6 else 0 for _ in range(3)]
        years[r.randrange(3)] += 12000
        grand += sum(years)
        rows.append([str(k), text, item, who, *(num(y, doc.lang) if y else "–" for y in years), num(sum(years), doc.lang)])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    rows.append(["", doc.v("Итого", "Барлығы", ""), "", "", "", "", "", num(grand, doc.lang)])
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU group, KK group, VI group), [(RU, KK, VI task, RU, KK, VI resource, days)]
SHIP_PLAN = (
    (("Корпусный цех", "Корпус цехы", "Xưởng SMT"), [
        ("Монтаж фильтровентиляционной установки окрасочной камеры", "Бояу камерасының сүзгі-желдету қондырғысын монтаждау",
         "Lắp đặt hệ thống xử lý khí thải bằng than hoạt tính", "ООО «Вентмонтаж»", "«Вентмонтаж» ЖШҚ", "Nhà thầu Cơ điện Hưng Thịnh", 45),
        ("Устройство укрытия участка дробеструйной обработки", "Бытыралы өңдеу учаскесінің жабындысын орнату",
         "Thay thế vật liệu lọc tháp hấp thụ khí axit", "Корпусный цех", "Корпус цехы", "Tổ Bảo trì", 30)]),
    (("Акватория и причалы", "Акватория және айлақтар", "Hệ thống nước thải"), [
        ("Приобретение бонового заграждения 300 м", "300 м бондық қоршау сатып алу", "Nâng cấp bể điều hòa hệ thống xử lý nước thải",
         "Служба снабжения", "Жабдықтау қызметі", "Phòng Mua hàng", 20),
        ("Строительство локальных очистных ливневых стоков причала № 2", "№ 2 айлақтың нөсер ағындарын жергілікті тазарту құрылыстарын салу",
         "Lắp đặt đồng hồ đo lưu lượng nước thải đầu vào", "ТОО «КаспийСтройСервис»", "«КаспийСтройСервис» ЖШС", "Phòng Kỹ thuật", 90),
        ("Оборудование пункта приема льяльных вод с судов", "Кемелерден льял суларын қабылдау пунктін жабдықтау",
         "Hiệu chuẩn thiết bị quan trắc tự động", "Служба главного механика", "Бас механик қызметі", "Phòng An toàn – Môi trường", 35)]),
    (("Обращение с отходами", "Қалдықтармен жұмыс", "Quản lý chất thải"), [
        ("Обустройство площадки накопления опасных отходов с навесом", "Қауіпті қалдықтарды жинақтауға арналған шатырлы алаңды жайластыру",
         "Mở rộng kho chất thải nguy hại thêm 80 m2", "Служба главного механика", "Бас механик қызметі", "Phòng Hành chính", 40),
        ("Заключение договора на вывоз отработанного абразива", "Пайдаланылған абразивті шығаруға шарт жасасу",
         "Ký hợp đồng xử lý chất thải điện tử", "Отдел ООС", "ҚОҚ бөлімі", "Phòng An toàn – Môi trường", 10)]),
)  # fmt: skip


def tasks_gd2(doc: Doc) -> None:
    """A project-planning program's export: the outline number inside the task's name (`1.2 Устройство укрытия …`),
    summary rows per area with their own duration and dates, the duration in days (`45 дн.`), start and finish with the
    weekday (`Пн 02.03.26`), the resources' names and the percentage complete (VI: an electronics plant's plan of
    environmental works, `45 ngày`, `T2 02/03/26`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    if doc.lang == "vi":
        doc.h(f"TIẾN ĐỘ THỰC HIỆN CÁC HẠNG MỤC CẢI TẠO CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {VN_PLANTS['electronics'][0].upper()}")
        doc.p("Xuất từ phần mềm lập tiến độ (Microsoft Project), chế độ xem Gantt, cột biểu đồ đã lược bỏ.")
    else:
        name, _ = _kz(doc, "shipyard")
        doc.h(doc.v(f"Календарный план природоохранных работ на 2026 год. {name}",
                    f"{name}. 2026 жылға арналған табиғат қорғау жұмыстарының күнтізбелік жоспары", ""))
        doc.p(doc.v("Экспорт из MS Project (представление «Диаграмма Ганта», столбец диаграммы не выводится).",
                    "MS Project-тен экспорт («Гант диаграммасы» көрінісі, диаграмма бағаны шығарылмайды).", ""))
    days = doc.v(["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"], ["Дс", "Сс", "Ср", "Бс", "Жм", "Сн", "Жс"], ["T2", "T3", "T4", "T5", "T6", "T7", "CN"])
    unit = doc.v("дн.", "күн", "ngày")

    def when(d: date) -> str:
        sep = "/" if doc.lang == "vi" else "."
        return f"{days[d.weekday()]} {d.day:02d}{sep}{d.month:02d}{sep}{d.year % 100:02d}"

    rows = [doc.v(["Название задачи", "Длительность", "Начало", "Окончание", "Названия ресурсов", "% завершения"],
                  ["Тапсырма атауы", "Ұзақтығы", "Басталуы", "Аяқталуы", "Ресурстар атаулары", "% аяқталуы"],
                  ["Tên công việc", "Thời gian", "Bắt đầu", "Kết thúc", "Tên nguồn lực", "% hoàn thành"])]
    start0 = date(2026, r.randint(2, 4), r.randint(1, 20))
    for g, (group, items) in enumerate(SHIP_PLAN, 1):
        base = start0 + timedelta(days=r.randint(0, 30))
        lines, starts, ends = [], [], []
        for j, it in enumerate(items, 1):
            text, who, n = it[L], it[3 + L], it[6]
            s = base + timedelta(days=r.randint(0, 20))
            while s.weekday() > 4:
                s += timedelta(days=1)
            e = s + timedelta(days=n - 1)
            starts.append(s)
            ends.append(e)
            lines.append([f"{g}.{j} {text}", f"{n} {unit}", when(s), when(e), who, f"{doc.pick((0, 0, 10, 25, 50))}%"])
            doc.add("obligations", {"kind": "task", "number": f"{g}.{j}", "text_contains": _words(text), "actor_contains": who})
        g_start, g_end = min(starts), max(ends)
        span = (g_end - g_start).days + 1
        rows.append([f"{g} {group[L]}", f"{span} {unit}", when(g_start), when(g_end), "", "0%"])
        rows += lines
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"GD{k}", globals()[f"{role}_gd{k}"]) for role in ROLES for k in (1, 2)]
