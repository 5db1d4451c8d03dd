"""The sixteenth blind set's part FA (two layouts per role, `FA1` and `FA2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.608 over 126
files when first measured, 2026-12-04), then studied and moved to the tuning layouts.

Theme: water, rivers and irrigation. Kazakhstan: a vodokanal's surface-water intake and its treatment station on the
Irtysh, an irrigation canal system and its pumping stations in the Kyzylorda region, a rice mill and its husk boiler, a
fish hatchery, a reservoir operator (НДС projects, permits for special water use, a basin inspection's plans and orders,
monitoring of surface and ground water with background and control sections). Vietnam: a water supply plant on the Red
River, an irrigation company, a rice-milling and husk-pellet factory in the Mekong delta, a centralised wastewater
treatment plant of an industrial cluster (a licence to exploit surface water, a GPMT with limits per outlet, a
programme of surface-water monitoring, a Chi cục Thủy lợi's plan of inspections).

Facility: a permit for special water use whose card is one record laid out as columns under a two-level header
(`Водопользователь` over name | BIN | address, `Водозабор` over name | KATO | latitude | longitude), a row of column
numbers, coordinates in degrees, minutes and decimal seconds (FA1); a basin inspection's register of permits, each
water user on two rows, the second a merged line with the object and its coordinates in degrees and decimal minutes
(VI: projected VN-2000 coordinates that give no latitude) (FA2).
Emissions: a calculation sheet of a husk boiler, the inputs and the results as label rows, `M, г/с` and `G, т/год` on
two rows per substance under the substance merged down (FA1); an НДВ table with the tonnes a year before the grams a
second, the code and class joined (`0301 (2)`), the source merged down, a subtotal per source (VI: odours of a
treatment plant's tanks from emission factors and surfaces) (FA2).
Wastes: a digest of waste passports, a label–value table with a row spanning it per waste (FA1); a transposed table,
the wastes as columns and their attributes as rows (FA2).
Limits: an НДС table with the outlets as rows spanning the table, the background concentration before the actual one
and the allowed one, the mass discharge after them (VI: a water plant's outlets against QCVN 40 column B) (FA1);
observation wells as rows grouped by irrigated massif, the parameters as columns with their units on a second header
row and the ПДК as the last row (VI: a GPMT's Cmax per outlet under a three-row header with Kq, Kf) (FA2).
Monitoring: points grouped by water type, the parameters in one cell, the number of samples a year and the months
instead of a frequency word (FA1); one cell per point listing parameter sets each with its own frequency (FA2).
Inspections: checks of the hydraulic structures with a mark under one of five frequency columns (FA1); a basin
inspection's (a Chi cục's) plan of checks of water users, the user with its BIN in one cell, dates per half-year or
per round, no frequency (FA2).
Tasks: a reconstruction programme as a chart of quarters with marks, the responsible beside the measure (FA1); an
order whose every item holds the requirement, the responsible and the term in one cell, the legal ground beside
(FA2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, make_bin, make_kato, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _dms(value: float, lang: str) -> tuple[str, float]:
    """`50°24'31,2"` with a decimal second, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}'{num(s, lang)}\"", d + m / 60 + s / 3600


def _dm(value: float, lang: str) -> tuple[str, float]:
    """`44°51,372′`: degrees and decimal minutes, and the decimal degrees."""
    d = int(value)
    m = round((value - d) * 60, 3)
    text = num(m, lang)
    return f"{d}°{'0' if m < 10 else ''}{text}′", d + m / 60


def _li(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


def _wname(s: str, lang: str) -> str:
    return vocab.water(s, lang)


# ---------------------------------------------------------------- facility

# RU name, KK name, RU operator, KK operator, RU address, KK address, (lat range), (lon range), category
KZ_INTAKES = (
    ("Водозабор «Иртыш» и насосно-фильтровальная станция", "«Ертіс» су тартқышы және сорғы-сүзгі станциясы",
     "ГКП на ПХВ «Өскемен Водоканал»", "«Өскемен Водоканал» ШЖҚ МКК", "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Набережная, 2",
     "Шығыс Қазақстан облысы, Өскемен қ., Жағалау к-сі, 2", (49.93, 49.98), (82.58, 82.66), "II"),
    ("Водозаборные сооружения поверхностного водозабора из р. Иртыш", "Ертіс өзенінен жерүсті су тартқыш құрылыстары",
     "ГКП «Павлодар-Водоканал»", "«Павлодар-Водоканал» МКК", "Павлодарская область, г. Павлодар, Северная промзона, строение 12",
     "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 12-құрылыс", (52.30, 52.34), (76.90, 76.97), "II"),
    ("Станция водоподготовки «Семей-Ертіс»", "«Семей-Ертіс» су дайындау станциясы", "ГКП «Семей Водоканал»",
     "«Семей Водоканал» МКК", "область Абай, г. Семей, ул. Джангильдина, 65", "Абай облысы, Семей қ., Жангелдин к-сі, 65",
     (50.40, 50.44), (80.21, 80.28), "II"),
)  # fmt: skip
VN_INTAKES = (
    ("Nhà máy nước mặt sông Hồng – giai đoạn 1", "Công ty Cổ phần Đầu tư nước sạch Sông Hồng",
     "xã Liên Hà, huyện Đan Phượng, thành phố Hà Nội", (21.10, 21.13), (105.66, 105.70), "150.000 m3/ngày.đêm"),
    ("Trạm bơm nước thô và Nhà máy nước Phú Xuyên", "Công ty TNHH Nước sạch Phú Xuyên", "xã Quang Lãng, huyện Phú Xuyên, thành phố Hà Nội",
     (20.72, 20.75), (105.93, 105.97), "60.000 m3/ngày.đêm"),
    ("Nhà máy nước Việt Trì (cải tạo, nâng công suất)", "Công ty Cổ phần Cấp nước Phú Thọ", "phường Bạch Hạc, tỉnh Phú Thọ",
     (21.29, 21.31), (105.41, 105.44), "70.000 m3/ngày.đêm"),
)  # fmt: skip


def facility_fa1(doc: Doc) -> None:
    """A permit for special water use with the water user and the intake as one record laid out in columns under a
    two-level header, a row of column numbers below it, coordinates in DMS with decimal seconds; a table of the water
    quantities allowed (no role) after it (VI: a licence to exploit surface water from the Red River, the same record
    in columns, decimal coordinates, the capacity)."""
    r = doc.rng
    if doc.lang == "vi":
        name, op, place, (a0, a1), (o0, o1), cap = doc.pick(VN_INTAKES)
        msdn = make_msdn(r)
        lat, lon = round(r.uniform(a0, a1), 4), round(r.uniform(o0, o1), 4)
        doc.h("GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT")
        doc.p(f"Số {r.randint(100, 980)}/GP-BNNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025. Cho phép tổ chức dưới đây "
              "được khai thác, sử dụng nước mặt với các nội dung sau:")
        rows = [["Tổ chức được cấp phép", None, None, "Công trình khai thác", None, None, "Nguồn nước", "Lưu lượng khai thác lớn nhất"],
                ["Tên tổ chức", "Mã số doanh nghiệp", "Địa chỉ trụ sở", "Tên công trình", "Vĩ độ (WGS-84)", "Kinh độ (WGS-84)", None, None],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
                [op, msdn, place, name, num(lat, "vi"), num(lon, "vi"), "Sông Hồng", cap]]
        merges = [(0, 0, 0, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
        doc.table("Bảng 1. Thông tin về tổ chức và công trình khai thác", rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "lat": lat, "lon": lon})
        months = [["Tháng", "1–3", "4–6", "7–9", "10–12"],
                  ["Lưu lượng trung bình (m3/ngày.đêm)", *(num(r.randint(40, 140) * 1000, "vi") for _ in range(4))]]
        doc.table("Bảng 2. Chế độ khai thác theo thời kỳ", months, role="other")
        doc.p("Giấy phép có hiệu lực 10 năm kể từ ngày ký.")
        return
    L = _li(doc)
    it = doc.pick(KZ_INTAKES)
    name, op, addr = it[L], it[2 + L], it[4 + L]
    bin_, kato = make_bin(r), make_kato(r)
    lat_s, lat = _dms(r.uniform(*it[6]), doc.lang)
    lon_s, lon = _dms(r.uniform(*it[7]), doc.lang)
    doc.h(doc.v("Разрешение на специальное водопользование № KZ" + str(r.randint(10, 99)) + "VTE" + f"{r.randint(10000, 99999)}",
                "Арнаулы су пайдалануға рұқсат № KZ" + str(r.randint(10, 99)) + "VTE" + f"{r.randint(10000, 99999)}", ""))
    doc.p(doc.v("Выдано Ертисской бассейновой инспекцией по регулированию использования и охране водных ресурсов "
                "на забор поверхностных вод из р. Иртыш для хозяйственно-питьевого водоснабжения.",
                "Ертіс бассейндік су ресурстарын пайдалануды реттеу және қорғау инспекциясы шаруашылық-ауыз сумен жабдықтау "
                "үшін Ертіс өзенінен жерүсті суларын алуға берді.", ""))
    rows = [doc.v(["Водопользователь", None, None, "Водозаборное сооружение", None, None, None, "Категория объекта"],
                  ["Су пайдаланушы", None, None, "Су тартқыш құрылыс", None, None, None, "Объект санаты"], []),
            doc.v(["наименование", "БИН", "юридический адрес", "наименование", "код КАТО", "северная широта", "восточная долгота", None],
                  ["атауы", "БСН", "заңды мекенжайы", "атауы", "ҚАТО коды", "солтүстік ендік", "шығыс бойлық", None], []),
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            [op, bin_, addr, name, kato, lat_s, lon_s, it[8]]]
    merges = [(0, 0, 0, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    doc.table(doc.v("1. Сведения о водопользователе", "1. Су пайдаланушы туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": it[8], "lat": lat, "lon": lon})
    vol = r.randint(18, 60) * 1000
    rows2 = [doc.v(["Вид водопользования", "Лимит, тыс. м3/год", "м3/сут"], ["Су пайдалану түрі", "Лимит, мың м3/жыл", "м3/тәу"], []),
             [doc.v("Забор воды из р. Иртыш", "Ертіс өзенінен су алу", ""), num(vol, doc.lang), num(round(vol * 1000 / 365), doc.lang)],
             [doc.v("в т.ч. на собственные нужды НФС", "оның ішінде СФС өз қажеттілігіне", ""), num(round(vol * 0.06), doc.lang), "–"]]
    doc.table(doc.v("2. Разрешенные объемы забора воды", "2. Су алудың рұқсат етілген көлемдері", ""), rows2, role="other")
    doc.p(doc.v("Срок действия разрешения – до 31.12.2030.", "Рұқсаттың қолданылу мерзімі – 31.12.2030 дейін.", ""))


# RU user, KK user, RU object, KK object, canal / river
KZ_USERS = (
    ("ТОО «Шиели Күріш»", "«Шиелі Күріш» ЖШС", "Насосная станция ПНС-3 на канале Жанадарья", "Жаңадария каналындағы ПНС-3 сорғы станциясы"),
    ("ТОО «Агрофирма Тасбөгет»", "«Тасбөгет» агрофирмасы ЖШС", "Водовыпуск из магистрального канала Кызылорда-Левобережный",
     "Қызылорда-Сол жағалау магистральдық каналынан су шығарғыш"),
    ("КХ «Жалағаш Дәні»", "«Жалағаш Дәні» ШҚ", "Насосная станция на р. Сырдарья у пос. Жалагаш", "Жалағаш к. маңындағы Сырдария өз. сорғы станциясы"),
    ("ТОО «Кармакшы Агро»", "«Қармақшы Агро» ЖШС", "Головной водозабор оросительной системы Акай", "Ақай суару жүйесінің бас су тартқышы"),
    ("РГП «Казводхоз» (Кызылординский филиал)", "«Қазсушар» РМК (Қызылорда филиалы)", "Казалинский гидроузел и насосная станция НС-1",
     "Қазалы гидроторабы және НС-1 сорғы станциясы"),
    ("ТОО «Сырдария Балық Питомнигі»", "«Сырдария Балық Питомнигі» ЖШС", "Водозабор рыбопитомника на протоке Караузяк",
     "Қараөзек сағасындағы балық питомнигінің су тартқышы"),
)  # fmt: skip
VN_USERS = (
    ("Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Đuống", "Trạm bơm tưới Xuân Canh"),
    ("Công ty TNHH MTV Thủy lợi Sông Tích", "Cống lấy nước Phù Sa"),
    ("Công ty Cổ phần Nước sạch Đông Anh", "Trạm bơm nước thô Đông Anh"),
    ("Công ty TNHH Xay xát Lúa gạo Thạnh Hưng", "Công trình lấy nước kênh Xà No"),
    ("Công ty Cổ phần Nuôi trồng thủy sản Cửu Long", "Trạm bơm cấp nước ao nuôi Phong Điền"),
    ("Công ty TNHH MTV Thủy lợi Liễn Sơn", "Cống điều tiết Liễn Sơn"),
)  # fmt: skip


def facility_fa2(doc: Doc) -> None:
    """A basin inspection's register of permits for special water use issued in the Kyzylorda region: each water user on
    two rows, the first with the user, its BIN, the permit and the water body, the second a line merged across them with
    the object and the coordinates of the intake in degrees and decimal minutes; the number merged down over both (VI: a
    province's register of water licences, the second line with VN-2000 coordinates that give no latitude)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Реестр разрешений на специальное водопользование, выданных в 2025 году (Кызылординская область)",
                "2025 жылы берілген арнаулы су пайдалануға рұқсаттардың тізілімі (Қызылорда облысы)",
                "DANH SÁCH GIẤY PHÉP KHAI THÁC, SỬ DỤNG TÀI NGUYÊN NƯỚC ĐƯỢC CẤP NĂM 2025"))
    doc.p(doc.v("Арало-Сырдарьинская бассейновая инспекция по регулированию использования и охране водных ресурсов.",
                "Арал-Сырдария бассейндік су ресурстарын пайдалануды реттеу және қорғау инспекциясы.",
                "Kèm theo Báo cáo số 45/BC-SNNMT của Sở Nông nghiệp và Môi trường."))
    rows = [doc.v(["№", "Водопользователь", "БИН", "№ и дата разрешения", "Водный объект", "Лимит, млн м3/год"],
                  ["№", "Су пайдаланушы", "БСН", "Рұқсаттың № және күні", "Су объектісі", "Лимит, млн м3/жыл"],
                  ["STT", "Tổ chức được cấp phép", "Mã số doanh nghiệp", "Số, ngày giấy phép", "Nguồn nước", "Lưu lượng (m3/ngày.đêm)"])]
    merges = []
    out = []
    L = _li(doc)
    picks = r.sample(VN_USERS if vi else KZ_USERS, 4)
    for k, u in enumerate(picks, 1):
        ident = make_msdn(r) if vi else make_bin(r)
        if vi:
            user, obj = u
            rows.append([str(k), user, ident, f"{r.randint(10, 480)}/GP-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025",
                         doc.pick(("Sông Đuống", "Sông Hồng", "Kênh Xà No", "Sông Tích")), num(r.randint(5, 90) * 1000, "vi")])
            x, y = r.randint(2280000, 2340000), r.randint(560000, 600000)
            rows.append(["", f"Công trình: {obj}; tọa độ cửa lấy nước (VN-2000, KTT 105°00′, múi 3°): X = {num(x, 'vi')}; "
                             f"Y = {num(y, 'vi')}", None, None, None, None])
            out.append({"bin": ident, "name_contains": user})
        else:
            user, obj = u[L], u[2 + L]
            lat_s, lat = _dm(r.uniform(44.6, 45.9), doc.lang)
            lon_s, lon = _dm(r.uniform(61.9, 66.6), doc.lang)
            rows.append([str(k), user, ident, f"KZ{r.randint(10, 99)}VTE{r.randint(10000, 99999)} {doc.v('от', '', '')}"
                                              f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025",
                         doc.v("р. Сырдарья", "Сырдария өз.", ""), num(round(r.uniform(0.8, 45), 2), doc.lang)])
            rows.append(["", doc.v(f"Объект: {obj}; координаты водозабора: {lat_s} с.ш., {lon_s} в.д.",
                                   f"Объект: {obj}; су тартқыштың координаттары: {lat_s} с.е., {lon_s} ш.б.", ""),
                         None, None, None, None])
            out.append({"bin": ident, "name_contains": user.split(" (")[0], "lat": lat, "lon": lon})
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 1, 1, len(rows) - 1, 5)]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", *out)
    doc.p(doc.v("Координаты указаны в системе WGS-84.", "Координаттар WGS-84 жүйесінде көрсетілген.",
                "Tọa độ theo hệ VN-2000."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# number, RU, KK, hours, inputs [(RU, KK, symbol, unit RU, unit KK, (lo, hi))], codes with base shares
KZ_HUSK = (
    ("0001", "Дымовая труба котла КЕ-4-14 на рисовой лузге (H = 25 м)", "Күріш қауызымен жұмыс істейтін КЕ-4-14 қазандығының түтін мұржасы (H = 25 м)",
     (5200, 7200), (("Расход лузги", "Қауыз шығыны", "B", "т/год", "т/жыл", (3800, 6500)),
                    ("Зольность топлива", "Отынның күлділігі", "Ar", "%", "%", (14, 20)),
                    ("Степень очистки (батарейный циклон)", "Тазарту дәрежесі (батареялық циклон)", "η", "%", "%", (82, 90))),
     {"2902": 2.2, "0301": 0.35, "0304": 0.057, "0337": 1.6, "0330": 0.04}),
    ("0002", "Аспирация шелушильного отделения (циклон ЦОЛ-6)", "Қауыздау бөлімшесінің аспирациясы (ЦОЛ-6 циклоны)",
     (4000, 6000), (("Производительность по зерну", "Дән бойынша өнімділік", "Q", "т/ч", "т/сағ", (4, 9)),
                    ("Объем аспирационного воздуха", "Аспирациялық ауаның көлемі", "V", "м3/ч", "м3/сағ", (6000, 12000))),
     {"2902": 0.45}),
)  # fmt: skip
VN_HUSK = (
    ("Lò hơi tầng sôi đốt trấu 6 tấn hơi/giờ", (6000, 7500),
     (("Lượng trấu tiêu thụ", "B", "tấn/năm", (6000, 11000)), ("Độ tro của trấu", "Ar", "%", (15, 20)),
      ("Hiệu suất xử lý (cyclone + tháp hấp thụ)", "η", "%", (90, 96))),
     {"2902": 1.6, "0301": 0.4, "0330": 0.05, "0337": 1.9}),
    ("Máy sấy và máy ép viên nén trấu", (5000, 7000),
     (("Công suất ép viên", "Q", "tấn/giờ", (3, 6)), ("Lưu lượng khí thải", "V", "m3/giờ", (15000, 25000))),
     {"2902": 0.7}),
)  # fmt: skip


def emissions_fa1(doc: Doc) -> None:
    """A rice mill's calculation sheet of emissions: a row spanning the table per source, the input data as rows under
    `Исходные данные` merged down the first column, then each substance merged down over two rows, `максимальный
    разовый выброс | M | г/с` and `валовый выброс | G | т/год`; no hazard class (VI: a husk-pellet factory's loads,
    named sources, the same two rows per substance)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Расчет выбросов загрязняющих веществ в атмосферу. ТОО «Шиели Күріш» (рисозавод с котельной на лузге)",
                "Атмосфераға ластаушы заттар шығарындыларын есептеу. «Шиелі Күріш» ЖШС (қауызбен жұмыс істейтін қазандығы бар күріш зауыты)",
                "TÍNH TOÁN TẢI LƯỢNG KHÍ THẢI – NHÀ MÁY XAY XÁT LÚA GẠO VÀ SẢN XUẤT VIÊN NÉN TRẤU THẠNH HƯNG"))
    doc.p(doc.v("Расчет выполнен по Методике расчета выбросов от котельных установок малой мощности и удельным показателям.",
                "Есептеу шағын қуатты қазандық қондырғыларынан шығарындыларды есептеу әдістемесі бойынша орындалды.",
                "Tải lượng được tính theo hệ số phát thải của WHO (1993) và lượng nhiên liệu tiêu thụ thực tế năm 2025."))
    rows = [doc.v(["Наименование", "Показатель", "Обозначение", "Ед. изм.", "Значение"],
                  ["Атауы", "Көрсеткіш", "Белгіленуі", "Өлш. бірл.", "Мәні"],
                  ["Hạng mục", "Thông số", "Ký hiệu", "Đơn vị", "Giá trị"])]
    merges = []
    numbers = []
    L = _li(doc)
    for src in (VN_HUSK if vi else KZ_HUSK):
        if vi:
            label, (h0, h1), inputs, shares = src
            number = None
            head = label
        else:
            number, n_ru, n_kk, (h0, h1), inputs, shares = src
            numbers.append(number)
            head = doc.v(f"Источник № {number}. {n_ru}", f"№ {number} көз. {n_kk}", "")
        hours = r.randint(h0, h1)
        rows.append([head, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        start = len(rows)
        for inp in inputs:
            if vi:
                p, sym, unit, (lo, hi) = inp
            else:
                p_ru, p_kk, sym, u_ru, u_kk, (lo, hi) = inp
                p, unit = (p_ru, p_kk)[L], (u_ru, u_kk)[L]
            val = r.randint(int(lo), int(hi)) if hi > 50 else round(r.uniform(lo, hi), 1)
            rows.append([doc.v("Исходные данные", "Бастапқы деректер", "Số liệu đầu vào") if len(rows) == start else None,
                         p, sym, unit, num(val, doc.lang)])
        rows.append([doc.v("Время работы", "Жұмыс уақыты", "Thời gian hoạt động"), None, "T",
                     doc.v("ч/год", "сағ/жыл", "giờ/năm"), num(hours, doc.lang)])
        merges.append((start, 0, len(rows) - 2, 0))
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        base = r.uniform(0.6, 1.4)
        for c, share in shares.items():
            g = _sig(base * share * r.uniform(0.85, 1.15), 4)
            t = _sig(g * 3600 * hours / 1e6, 4)
            sname = vocab.air(c, "vi", 0 if c == "2902" else 1) if vi else f"{vocab.air(c, doc.lang)} ({c})"
            rows.append([sname, doc.v("максимальный разовый выброс", "ең жоғары бір реттік шығарынды", "Tải lượng tối đa"),
                         "M", doc.v("г/с", "г/с", "g/s"), num(g, doc.lang)])
            rows.append([None, doc.v("валовый выброс", "жалпы шығарынды", "Tải lượng năm"), "G",
                         doc.v("т/год", "т/жыл", "tấn/năm"), num(t, doc.lang)])
            merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
            doc.add("emissions", emission(c, g, t, number))
    doc.table(doc.v("Таблица 3.2 – Расчет выбросов по источникам", "3.2-кесте – Көздер бойынша шығарындыларды есептеу",
                    "Bảng 3.4. Tính toán tải lượng các chất ô nhiễm không khí"), rows, merges, role="emissions")
    if numbers:
        doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(doc.v("Примечание: M = B·Ar·(1 – η)·k/3,6; G = M·T·3600·10⁻⁶.", "Ескертпе: M = B·Ar·(1 – η)·k/3,6; G = M·T·3600·10⁻⁶.",
                "Ghi chú: tải lượng năm G = M × T × 3.600 × 10⁻⁶."))
    maybe_distractor(doc)


# number, RU, KK, height, codes
KZ_WTP_SOURCES = (
    ("0001", "Труба резервной котельной НФС (газ/дизтопливо)", "СФС резервтік қазандығының мұржасы (газ/дизель отыны)", "18",
     ("0301", "0304", "0330", "0337", "0328")),
    ("0002", "Выхлопная труба ДЭС насосной станции I подъема", "I көтеру сорғы станциясы ДЭС-інің шығару құбыры", "4",
     ("0301", "0304", "0337", "1325", "2754")),
    ("0003", "Вентиляция склада реагентов (коагулянт, известь)", "Реагенттер қоймасының желдетуі (коагулянт, әк)", "9", ("2902",)),
    ("6001", "Иловые площадки (подсушивание осадка)", "Лай алаңдары (тұнбаны кептіру)", "2", ("0303", "0333")),
)  # fmt: skip
SHARE = {"0301": 1.0, "0304": 0.16, "0328": 0.05, "0330": 0.3, "0337": 0.9, "1325": 0.02, "2754": 0.3, "2902": 0.4,
         "0303": 0.02, "0333": 0.004}
VN_TANKS = (("Bể điều hòa", (600, 1200)), ("Bể thiếu khí (Anoxic)", (400, 900)), ("Bể hiếu khí (Aerotank)", (900, 1800)),
            ("Bể nén bùn và máy ép bùn", (80, 200)))
VN_EF = {"0333": (0.0004, 0.0012), "0303": (0.002, 0.006)}  # mg/m2.s


def emissions_fa2(doc: Doc) -> None:
    """A vodokanal's НДВ table of its treatment station: the source's number, name and height merged down over its
    substances, `код (класс)` joined in one cell, the tonnes a year before the grams a second, a subtotal row per source
    (VI: a centralised WWTP's odours, each tank with its surface and emission factor, g/s and t/year computed)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – TRẠM XỬ LÝ NƯỚC THẢI TẬP TRUNG CỤM CÔNG NGHIỆP TÂN HỘI (5.000 m3/ngày.đêm)")
        doc.p("Mùi hôi từ các công trình của trạm xử lý phát sinh chủ yếu là H2S và NH3; tải lượng được tính theo diện tích "
              "mặt thoáng và hệ số phát thải.")
        rows = [["Công trình", "Diện tích mặt thoáng (m2)", "Chất ô nhiễm", "Hệ số phát thải (mg/m2.s)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        merges = []
        for name, (a0, a1) in VN_TANKS:
            area = r.randint(a0, a1)
            start = len(rows)
            for c in ("0333", "0303"):
                ef = _sig(r.uniform(*VN_EF[c]), 2)
                g = _sig(ef * area / 1000, 3)
                t = _sig(g * 3600 * 8760 / 1e6, 3)
                rows.append([name if len(rows) == start else None, num(area, "vi") if len(rows) == start else None,
                             vocab.air(c, "vi"), num(ef, "vi"), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
            merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
        doc.table("Bảng 3.8. Tải lượng mùi phát sinh từ các công trình xử lý", rows, merges, role="emissions")
        doc.p("Trạm vận hành liên tục 24 giờ/ngày, 365 ngày/năm.")
        maybe_distractor(doc)
        return
    L = _li(doc)
    doc.h(doc.v("Проект нормативов допустимых выбросов для насосно-фильтровальной станции ГКП «Павлодар-Водоканал»",
                "«Павлодар-Водоканал» МКК сорғы-сүзгі станциясы үшін жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Нормативы устанавливаются на 2026–2035 годы на уровне фактических выбросов.",
                "Нормативтер 2026–2035 жылдарға нақты шығарындылар деңгейінде белгіленеді.", ""))
    rows = [doc.v(["№ ИЗА", "Наименование источника", "Высота, м", "Загрязняющее вещество", "Код (класс опасности)",
                   "Выброс, т/год", "Выброс, г/с"],
                  ["ШК №", "Көздің атауы", "Биіктігі, м", "Ластаушы зат", "Коды (қауіптілік сыныбы)", "Шығарынды, т/жыл", "Шығарынды, г/с"], [])]
    merges = []
    srcs = [s for s in KZ_WTP_SOURCES if s[0] != "0003" or r.random() < 0.7]
    for number, n_ru, n_kk, h, codes in srcs:
        base = r.uniform(0.05, 1.2) if number != "6001" else r.uniform(0.2, 1.5)
        hours = r.randint(300, 900) if number == "0002" else r.randint(4500, 8760)
        start = len(rows)
        tys, gss = [], []
        for c in codes:
            g = _sig(base * SHARE[c] * r.uniform(0.85, 1.15), 4)
            t = _sig(g * 3600 * hours / 1e6, 4)
            hz = vocab.hazard(c)
            first = len(rows) == start
            rows.append([number if first else None, (n_ru, n_kk)[L] if first else None, h if first else None,
                         vocab.air(c, doc.lang), f"{c} ({hz})" if hz else c, num(t, doc.lang), num(g, doc.lang)])
            tys.append(t)
            gss.append(g)
            doc.add("emissions", emission(c, g, t, number, hz))
        end = len(rows) - 1
        if end > start:
            merges += [(start, 0, end, 0), (start, 1, end, 1), (start, 2, end, 2)]
        rows.append([doc.v("Итого по источнику", "Көз бойынша жиыны", ""), None, None, None, None, total(doc, tys), total(doc, gss)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(doc.v("Таблица 5 – Нормативы выбросов загрязняющих веществ по источникам",
                    "5-кесте – Көздер бойынша ластаушы заттар шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in srcs))
    doc.p(doc.v("В скобках после кода указан класс опасности вещества.", "Кодтан кейін жақшада заттың қауіптілік сыныбы көрсетілген.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# code, RU, KK, (lo, hi) t/y, RU source, KK source
KZ_WTP_WASTES = (
    ("19 09 02", "Осадок осветления воды (шлам отстойников)", "Суды мөлдірлендіру тұнбасы (тұндырғыш шламы)", (180, 900),
     "горизонтальные отстойники НФС", "СФС көлденең тұндырғыштары"),
    ("19 09 04", "Отработанный активированный уголь", "Пайдаланылған белсендірілген көмір", (2, 12), "сорбционные фильтры", "сорбциялық сүзгілер"),
    ("19 09 01", "Отработанная загрузка скорых фильтров (песок, гравий)", "Жылдам сүзгілердің пайдаланылған жүктемесі (құм, қиыршық тас)",
     (10, 60), "скорые фильтры", "жылдам сүзгілер"),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", (0.3, 2.5), "склад реагентов", "реагенттер қоймасы"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.02, 0.15), "освещение", "жарықтандыру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.4, 2.0), "насосные агрегаты", "сорғы агрегаттары"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (4, 15), "административный корпус", "әкімшілік ғимарат"),
)  # fmt: skip
# code or None, name, state, (lo, hi) kg/y
VN_WWTP_WASTES = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "Bùn", (20000, 90000)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", (10, 60)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (50, 300)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất PAC, polymer)", "Rắn", (200, 900)),
    (None, "Rác thải từ song chắn rác", "Rắn", (3000, 12000)),
    (None, "Chất thải rắn sinh hoạt của nhân viên vận hành", "Rắn", (800, 2500)),
)  # fmt: skip


def wastes_fa1(doc: Doc) -> None:
    """A digest of the passports of a water treatment station's wastes: two columns, a row spanning the table per waste
    (`Отход № 1`), under it the name, the code, the kind (hazardous or not), the source, the quantity formed a year and
    the handling as label–value rows (VI: the wastes of an industrial cluster's WWTP, kg a year, `Mã CTNH: –` for the
    ordinary ones)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    doc.h(doc.v("Сведения из паспортов опасных и неопасных отходов НФС ГКП «Өскемен Водоканал»",
                "«Өскемен Водоканал» МКК СФС қауіпті және қауіпті емес қалдықтарының паспорттарынан мәліметтер",
                "THÔNG TIN VỀ CÁC LOẠI CHẤT THẢI PHÁT SINH – TRẠM XỬ LÝ NƯỚC THẢI TẬP TRUNG CỤM CÔNG NGHIỆP TÂN HỘI"))
    doc.p(doc.v("Паспорта отходов составлены по форме, утвержденной приказом Министра экологии, и переданы в уполномоченный орган.",
                "Қалдықтар паспорттары Экология министрінің бұйрығымен бекітілген нысан бойынша жасалды.",
                "Chất thải được phân định theo Thông tư số 02/2022/TT-BTNMT."))
    rows = [doc.v(["Показатель", "Сведения"], ["Көрсеткіш", "Мәліметтер"], ["Nội dung", "Thông tin"])]
    merges = []
    if vi:
        picked = [w for w in VN_WWTP_WASTES if w[0] is None or r.random() < 0.85]
        for k, (code, name, state, (lo, hi)) in enumerate(picked, 1):
            kg = r.randint(lo // 10, hi // 10) * 10
            rows.append([f"Chất thải số {k}", None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
            rows += [["Tên chất thải", name], ["Mã CTNH", code or "–"], ["Trạng thái tồn tại", state],
                     ["Khối lượng phát sinh (kg/năm)", num(kg, "vi")],
                     ["Biện pháp xử lý", "Chuyển giao cho đơn vị có chức năng" if code else "Thu gom, xử lý cùng chất thải thông thường"]]
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                               "hazardous": bool(code), "amount_t": kg / 1000, "name_contains": name})
        doc.table("Bảng 4.1. Chất thải phát sinh", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    picked = [w for w in KZ_WTP_WASTES if r.random() < 0.8 or w[0] == "19 09 02"]
    for k, (code, n_ru, n_kk, (lo, hi), s_ru, s_kk) in enumerate(picked, 1):
        haz = code.endswith("*")
        t = round(r.uniform(lo, hi), 1 if hi > 10 else 3)
        name = (n_ru, n_kk)[L]
        rows.append([doc.v(f"Отход № {k}", f"№ {k} қалдық", ""), None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        rows += [[doc.v("Наименование отхода", "Қалдықтың атауы", ""), name],
                 [doc.v("Код по классификатору отходов", "Қалдықтар сыныптауышы бойынша коды", ""), code],
                 [doc.v("Вид отхода", "Қалдық түрі", ""), doc.v("опасный" if haz else "неопасный", "қауіпті" if haz else "қауіпті емес", "")],
                 [doc.v("Источник образования", "Түзілу көзі", ""), (s_ru, s_kk)[L]],
                 [doc.v("Количество образования, т/год", "Түзілу мөлшері, т/жыл", ""), num(t, doc.lang)],
                 [doc.v("Способ обращения", "Жұмыс тәсілі", ""),
                  doc.v("передача специализированной организации", "мамандандырылған ұйымға беру", "") if haz or code == "20 03 01"
                  else doc.v("размещение на шламонакопителе", "шлам жинағышқа орналастыру", "")]]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": t, "name_contains": name})
    doc.table(doc.v("Таблица 6. Характеристика отходов", "6-кесте. Қалдықтардың сипаттамасы", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# code, RU, KK, (lo, hi) t, RU handling, KK handling
KZ_RICE_WASTES = (
    ("10 01 01", "Зола от сжигания рисовой лузги", "Күріш қауызын жағудан түзілген күл", (150, 600), "передача на производство стройматериалов",
     "құрылыс материалдары өндірісіне беру"),
    ("02 03 04", "Лузга рисовая некондиционная (излишки)", "Кондициялық емес күріш қауызы (артығы)", (300, 1500), "реализация на корм и подстилку",
     "жем мен төсеніш ретінде сату"),
    ("15 01 02", "Мешки полипропиленовые поврежденные", "Зақымдалған полипропилен қаптар", (2, 9), "сдача во вторсырье", "қайталама шикізатқа тапсыру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 1.8), "передача специализированной организации",
     "мамандандырылған ұйымға беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.06), "демеркуризация по договору",
     "шарт бойынша демеркуризациялау"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (3, 10), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip
VN_RICE_WASTES = (
    (None, "Tro trấu từ lò hơi", "Chất thải rắn công nghiệp thông thường", (150000, 400000)),
    (None, "Bụi trấu thu hồi từ cyclone", "Chất thải rắn công nghiệp thông thường", (20000, 60000)),
    (None, "Bao bì PP thải", "Chất thải rắn công nghiệp thông thường", (1500, 6000)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Chất thải nguy hại", (100, 600)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu", "Chất thải nguy hại", (50, 300)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", "Chất thải nguy hại", (10, 50)),
)  # fmt: skip


def wastes_fa2(doc: Doc) -> None:
    """A rice mill's wastes in a transposed table: the wastes are the columns (`1`, `2` …), their name, code, hazard,
    place of formation, tonnes a year and handling are the rows (VI: a husk-pellet factory's wastes, the class of each
    in words, kg a year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    doc.h(doc.v("Программа управления отходами ТОО «Жалағаш Күріш» (рисоперерабатывающий завод)",
                "«Жалағаш Күріш» ЖШС (күріш өңдеу зауыты) қалдықтарды басқару бағдарламасы",
                "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CÔNG TY TNHH XAY XÁT LÚA GẠO THẠNH HƯNG"))
    doc.p(doc.v("Раздел 2. Характеристика образующихся отходов (по состоянию на 01.01.2026).",
                "2-бөлім. Түзілетін қалдықтардың сипаттамасы (01.01.2026 жағдай бойынша).",
                "2. Tình hình phát sinh chất thải rắn và chất thải nguy hại"))
    src = VN_RICE_WASTES if vi else KZ_RICE_WASTES
    picked = [w for w in src if r.random() < 0.85] or list(src[:3])
    n = len(picked)
    rows = [[doc.v("Показатель", "Көрсеткіш", "Nội dung"), *(str(k) for k in range(1, n + 1))]]
    if vi:
        names, codes, classes, amounts = ["Tên chất thải"], ["Mã chất thải"], ["Phân loại"], ["Khối lượng năm 2025 (kg)"]
        ways = ["Đơn vị tiếp nhận"]
        for code, name, cls, (lo, hi) in picked:
            kg = r.randint(lo // 10, hi // 10) * 10
            names.append(name)
            codes.append(code or "–")
            classes.append(cls)
            amounts.append(num(kg, "vi"))
            ways.append("Công ty CP Môi trường Cần Thơ" if code else "Bán cho cơ sở sản xuất gạch, phân bón")
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                               "hazardous": bool(code), "amount_t": kg / 1000, "name_contains": name})
        rows += [names, codes, classes, amounts, ways]
        doc.table("Bảng 2. Khối lượng chất thải phát sinh trong năm", rows, role="wastes")
        maybe_distractor(doc)
        return
    names = [doc.v("Наименование отхода", "Қалдықтың атауы", "")]
    codes = [doc.v("Код отхода", "Қалдық коды", "")]
    kinds = [doc.v("Опасность", "Қауіптілігі", "")]
    amounts = [doc.v("Образование, т/год", "Түзілуі, т/жыл", "")]
    ways = [doc.v("Обращение", "Жұмыс тәсілі", "")]
    for code, n_ru, n_kk, (lo, hi), w_ru, w_kk in picked:
        haz = code.endswith("*")
        t = round(r.uniform(lo, hi), 1 if hi > 10 else 3)
        name = (n_ru, n_kk)[L]
        names.append(name)
        codes.append(code)
        kinds.append(doc.v("опасный" if haz else "неопасный", "қауіпті" if haz else "қауіпті емес", ""))
        amounts.append(num(t, doc.lang))
        ways.append((w_ru, w_kk)[L])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": t, "name_contains": name})
    rows += [names, codes, kinds, amounts, ways]
    doc.table(doc.v("Таблица 2.1", "2.1-кесте", ""), rows, role="wastes")
    doc.p(doc.v("Лузга, сжигаемая в котельной в качестве топлива, отходом не является.",
                "Қазандықта отын ретінде жағылатын қауыз қалдық болып табылмайды.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: ДС (allowed concentration), (background lo, hi)
NDS = {"TSS": (8.5, (3, 9)), "BOD5": (3.0, (0.8, 2.2)), "NH4+": (0.5, (0.05, 0.3)), "NO2-": (0.08, (0.005, 0.04)),
       "NO3-": (40, (0.5, 4)), "Fe": (0.1, (0.02, 0.08)), "SO4": (100, (20, 70)), "Cl-": (300, (8, 40)), "TPH": (0.05, (0.005, 0.03)),
       "pH": ((6.5, 8.5), (7.1, 7.9))}
QCVN40_B = {"pH": (5.5, 9), "TSS": 100, "BOD5": 50, "COD": 150, "Fe": 5, "Mn": 1, "NH4+": 10, "TP": 6, "Coliform": 5000}


def limits_fa1(doc: Doc) -> None:
    """An НДС table of a water treatment station on the Irtysh: a row spanning the table per outlet (`В-1 – …`), then
    the parameter, the unit, the background concentration of the river, the actual concentration in the discharge, the
    allowed concentration (ДС) and the mass discharge (`г/ч`, `т/год`) (VI: a water plant's outlets of backwash and
    sludge water against QCVN 40:2011 column B, the river's background before the result)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Проект нормативов допустимых сбросов загрязняющих веществ со сточными водами НФС в р. Иртыш",
                "СФС сарқынды суларымен Ертіс өзеніне ластаушы заттардың жол берілетін төгінділері нормативтерінің жобасы",
                "BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI – NHÀ MÁY NƯỚC MẶT SÔNG HỒNG"))
    doc.p(doc.v("Сброс промывных вод фильтров и отстойников осуществляется в р. Иртыш через два выпуска.",
                "Сүзгілер мен тұндырғыштардың жуу суларын төгу Ертіс өзеніне екі шығарылым арқылы жүзеге асырылады.",
                "Nước rửa lọc và nước xả cặn bể lắng được xả ra sông Hồng qua 02 cửa xả."))
    if vi:
        head = ["TT", "Thông số", "Đơn vị", "Nước sông Hồng (thượng lưu cửa xả)", "Kết quả", "QCVN 40:2011/BTNMT (cột B)"]
        outlets = [("NT1", "NT1 – Cửa xả nước rửa lọc (Q = 2.400 m3/ngày.đêm)", 100), ("NT2", "NT2 – Cửa xả nước sau bể lắng bùn (Q = 600 m3/ngày.đêm)", 25)]
        keys = ["pH", "TSS", "BOD5", "COD", "Fe", "Mn", "NH4+", "Coliform"]
    else:
        head = doc.v(["№", "Показатель", "Ед. изм.", "Фон (500 м выше выпуска)", "Факт. концентрация", "ДС, мг/дм3", "ПДС, г/ч", "ПДС, т/год"],
                     ["№", "Көрсеткіш", "Өлш. бірл.", "Фон (шығарылымнан 500 м жоғары)", "Нақты концентрация", "ЖТ, мг/дм3", "ЖШТ, г/сағ",
                      "ЖШТ, т/жыл"], [])
        outlets = [("В-1", doc.v("В-1 – выпуск промывных вод скорых фильтров (Q = 95 м3/ч)", "В-1 – жылдам сүзгілердің жуу суларының шығарылымы (Q = 95 м3/сағ)", ""), 95),
                   ("В-2", doc.v("В-2 – выпуск от иловых площадок (Q = 18 м3/ч)", "В-2 – лай алаңдарынан шығарылым (Q = 18 м3/сағ)", ""), 18)]
        keys = ["pH", "TSS", "BOD5", "NH4+", "NO2-", "NO3-", "Fe", "SO4", "Cl-", "TPH"]
    rows = [head]
    merges = []
    width = len(head)
    for pid, label, flow in outlets:
        rows.append([label] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        ks = ["pH", *[k for k in keys[1:] if r.random() < 0.85]]
        for n, s in enumerate(ks, 1):
            if vi:
                lim = QCVN40_B[s]
                unit = {"pH": "-", "Coliform": "MPN/100ml"}.get(s, "mg/l")
                if s == "pH":
                    bg, v = round(r.uniform(7.0, 7.8), 1), round(r.uniform(6.8, 7.9), 1)
                elif s == "Coliform":
                    bg, v = float(r.choice((2400, 4300, 9300))), float(r.choice((930, 1500, 2400, 4300)))
                else:
                    bg, v = _sig(lim * r.uniform(0.05, 0.4), 2), _sig(lim * r.uniform(0.1, 0.9), 2)
                rows.append([str(n), vocab.water(s, "vi"), unit, num(bg, "vi"), num(v, "vi"), cell(doc, lim)])
                add(doc, limit(("symbol", s), "waste_water", lim, None if s == "pH" else unit, "B", pid, v))
                continue
            lim, (b0, b1) = NDS[s]
            if s == "pH":
                bg, v = round(r.uniform(b0, b1), 1), round(r.uniform(7.0, 8.2), 1)
                mass = ("–", "–")
            else:
                bg = _sig(r.uniform(b0, b1), 2)
                v = _sig(lim * r.uniform(0.3, 0.95), 2)
                mass = (num(_sig(v * flow, 3), doc.lang), num(_sig(v * flow * 8760 / 1e6, 3), doc.lang))
            unit = doc.v("ед. pH", "pH бірл.", "") if s == "pH" else doc.v("мг/дм3", "мг/дм3", "")
            rows.append([str(n), vocab.water(s, doc.lang), unit, num(bg, doc.lang), num(v, doc.lang), cell(doc, lim), *mass])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, pid, v))
    doc.table(doc.v("Таблица 4.1 – Нормативы допустимых сбросов по выпускам", "4.1-кесте – Шығарылымдар бойынша жол берілетін төгінділер нормативтері",
                    "Bảng 2. Kết quả phân tích nước thải tại các cửa xả"), rows, merges, role="limits")
    doc.p(doc.v("ДС принят равным ПДК для водоемов рыбохозяйственного назначения, фон – по данным РГП «Казгидромет».",
                "ЖТ балық шаруашылығы су айдындары үшін ШЖК-ға тең қабылданды, фон – «Қазгидромет» РМК деректері бойынша.",
                "Ghi chú: cột B áp dụng cho nước thải xả vào nguồn nước không dùng cho mục đích cấp nước sinh hoạt."))
    maybe_distractor(doc)


# symbol: ПДК of drinking-quality ground water, mg/l; value range
GW = {"TDS": (1000, (600, 2600)), "Cl-": (350, (90, 600)), "SO4": (500, (180, 900)), "NO3-": (45, (2, 38)), "Fe": (0.3, (0.05, 0.6)),
      "Mn": (0.1, (0.01, 0.15))}
KZ_MASSIFS = (("Шиелийский массив орошения", "Шиелі суару алабы", ("Н-1", "Н-2", "Н-3")),
              ("Жалагашский массив орошения", "Жалағаш суару алабы", ("Н-7", "Н-8")),
              ("Кармакшинский массив орошения", "Қармақшы суару алабы", ("Н-12", "Н-14")))
QCVN40_A = {"pH": (6, 9), "BOD5": 30, "COD": 75, "TSS": 50, "NH4+": 5, "TN": 20, "TP": 4, "TPH": 5, "Coliform": 3000}


def limits_fa2(doc: Doc) -> None:
    """Ground water in the observation wells of the Kyzylorda rice massifs: a row spanning the table per massif, the
    wells as rows with the depth to the water table, the parameters as columns with their units on a second header
    row, the ПДК as the last row (VI: a GPMT's limits of an industrial cluster's WWTP, Cmax per outlet under a
    three-row header with Kq and Kf; no measured values)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – TRẠM XỬ LÝ NƯỚC THẢI TẬP TRUNG CỤM CÔNG NGHIỆP TÂN HỘI")
        doc.p("Phụ lục I. Nội dung cấp phép xả nước thải vào nguồn nước và yêu cầu bảo vệ môi trường đối với thu gom, xử lý "
              "nước thải. Chất lượng nước thải trước khi xả ra nguồn tiếp nhận phải bảo đảm đáp ứng yêu cầu sau:")
        outs = [("NT1", "Cửa xả số 1 (kênh Tân Hội)", 0.9, 1.0), ("NT2", "Cửa xả số 2 (sông Cái Côn)", 1.0, 1.1)]
        if r.random() < 0.5:
            outs.append(("NT3", "Cửa xả số 3 (rạch Cái Sơn)", 0.9, 1.1))
        head1 = ["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép (Cmax = C × Kq × Kf)"] + [None] * (len(outs) - 1)
        head2 = [None, None, None, *(f"{p} – {lbl}" for p, lbl, _, _ in outs)]
        head3 = [None, None, None, *(f"Kq = {num(q, 'vi')}; Kf = {num(f, 'vi')}" for _, _, q, f in outs)]
        rows = [head1, head2, head3]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 2 + len(outs))]
        for k, s in enumerate(QCVN40_A, 1):
            base = QCVN40_A[s]
            unit = {"pH": "-", "Coliform": "MPN/100ml"}.get(s, "mg/l")
            line = [str(k), vocab.water(s, "vi"), unit]
            for p, _, q, f in outs:
                val = base if s in ("pH", "Coliform") else round(base * q * f, 3)
                line.append(cell(doc, val))
                add(doc, limit(("symbol", s), "waste_water", val, None if s == "pH" else unit, "A", p))
            rows.append(line)
        doc.table("Bảng 1. Giá trị giới hạn các chất ô nhiễm theo từng cửa xả", rows, merges, role="limits")
        doc.p("Ghi chú: C là giá trị quy định tại cột A, QCVN 40:2011/BTNMT; thông số pH và Coliform không áp dụng hệ số Kq, Kf.")
        maybe_distractor(doc)
        return
    L = _li(doc)
    doc.h(doc.v("Отчет о мониторинге подземных вод на орошаемых массивах Кызылординской области за 2025 год",
                "Қызылорда облысының суармалы алаптарындағы жерасты суларының 2025 жылғы мониторингі туралы есеп", ""))
    doc.p(doc.v("Пробы отобраны из наблюдательных скважин в период вегетации (июль 2025 г.).",
                "Сынамалар бақылау ұңғымаларынан вегетация кезеңінде (2025 ж. шілде) алынды.", ""))
    keys = [k for k in GW if r.random() < 0.85] or ["TDS", "Cl-"]
    head1 = [doc.v("Скважина", "Ұңғыма", ""), doc.v("Глубина залегания УГВ", "ЖСД тереңдігі", ""), *(vocab.water(k, doc.lang) for k in keys)]
    head2 = [None, doc.v("м", "м", ""), *([doc.v("мг/дм3", "мг/дм3", "")] * len(keys))]
    rows = [head1, head2]
    merges = [(0, 0, 1, 0)]
    width = len(head1)
    for m_ru, m_kk, wells in KZ_MASSIFS:
        rows.append([(m_ru, m_kk)[L]] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        for w in wells:
            line = [w, num(round(r.uniform(0.8, 3.5), 1), doc.lang)]
            for k in keys:
                lim, (lo, hi) = GW[k]
                v = _sig(r.uniform(lo, hi), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", k), "water", lim, "mg/l", None, w, v))
            rows.append(line)
    rows.append([doc.v("ПДК", "ШЖК", ""), "–", *(cell(doc, GW[k][0]) for k in keys)])
    doc.table(doc.v("Таблица 2 – Химический состав подземных вод", "2-кесте – Жерасты суларының химиялық құрамы", ""),
              rows, merges, role="limits")
    doc.p(doc.v("ПДК – по Гигиеническим нормативам к безопасности питьевой воды; УГВ – уровень грунтовых вод.",
                "ШЖК – ауыз судың қауіпсіздігіне қойылатын гигиеналық нормативтер бойынша; ЖСД – жерасты суларының деңгейі.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

PER_YEAR = {"monthly": ("12", "январь – декабрь", "қаңтар – желтоқсан", "tháng 1 – tháng 12"),
            "quarterly": ("4", "март, июнь, сентябрь, декабрь", "наурыз, маусым, қыркүйек, желтоқсан", "tháng 3, 6, 9, 12"),
            "semiannual": ("2", "апрель (паводок), октябрь (межень)", "сәуір (су тасу), қазан (сабаса)", "tháng 4 (mùa khô), tháng 10 (mùa mưa)"),
            "yearly": ("1", "июль", "шілде", "tháng 7")}


def monitoring_fa1(doc: Doc) -> None:
    """A vodokanal's programme of water monitoring at its intake: group rows `Поверхностные воды` and `Подземные воды`
    spanning the table, each point's code in its own column, its place, the parameters in one cell, then the number of
    samples a year and the months of sampling instead of a frequency word (VI: a water plant's programme on the Red
    River and its wells, `Số lần/năm`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    doc.h(doc.v("Программа производственного экологического контроля ГКП «Семей Водоканал». Раздел 4. Мониторинг водных ресурсов",
                "«Семей Водоканал» МКК өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Су ресурстарының мониторингі",
                "CHƯƠNG TRÌNH QUAN TRẮC NƯỚC MẶT VÀ NƯỚC DƯỚI ĐẤT – NHÀ MÁY NƯỚC MẶT SÔNG HỒNG"))
    doc.p(doc.v("Наблюдения ведутся в фоновом и контрольном створах р. Иртыш и по наблюдательным скважинам зоны санитарной охраны.",
                "Бақылаулар Ертіс өзенінің фондық және бақылау тұстамаларында және санитариялық қорғау аймағының бақылау ұңғымалары бойынша жүргізіледі.",
                "Quan trắc tại thượng lưu, hạ lưu điểm lấy nước trên sông Hồng và các giếng quan trắc nước dưới đất."))
    rows = [doc.v(["Код", "Место отбора проб", "Контролируемые показатели", "Количество отборов в год", "Сроки отбора"],
                  ["Коды", "Сынама алу орны", "Бақыланатын көрсеткіштер", "Жылына сынама алу саны", "Сынама алу мерзімдері"],
                  ["Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc", "Số lần/năm", "Thời gian lấy mẫu"])]
    merges = []
    if vi:
        plan = [("Nước mặt", [("NM1", "Sông Hồng, thượng lưu cửa thu nước 500 m", ["pH", "DO", "TSS", "BOD5", "COD", "NH4+", "Coliform"], "monthly"),
                              ("NM2", "Sông Hồng, hạ lưu cửa xả nước rửa lọc 500 m", ["pH", "TSS", "BOD5", "COD", "Fe"], "quarterly")]),
                ("Nước dưới đất", [("NN1", "Giếng quan trắc GQ1 trong vùng bảo hộ vệ sinh", ["pH", "NH4+", "NO3-", "Fe", "Mn"], "semiannual"),
                                   ("NN2", "Giếng quan trắc GQ2 hạ lưu hồ lắng bùn", ["pH", "NH4+", "Cl-", "As"], "yearly")])]
    else:
        plan = [(doc.v("Поверхностные воды", "Жерүсті сулары", ""),
                 [("Ф-1", doc.v("р. Иртыш, фоновый створ 1 км выше водозабора", "Ертіс өз., су тартқыштан 1 км жоғары фондық тұстама", ""),
                   ["pH", "TSS", "BOD5", "NH4+", "NO2-", "NO3-", "TPH"], "monthly"),
                  ("К-1", doc.v("р. Иртыш, контрольный створ 500 м ниже выпуска В-1", "Ертіс өз., В-1 шығарылымынан 500 м төмен бақылау тұстамасы", ""),
                   ["pH", "TSS", "BOD5", "NH4+", "Fe", "SO4"], "quarterly")]),
                (doc.v("Подземные воды", "Жерасты сулары", ""),
                 [("Н-1", doc.v("наблюдательная скважина у иловых площадок", "лай алаңдары жанындағы бақылау ұңғымасы", ""),
                   ["pH", "NH4+", "NO3-", "Cl-", "SO4"], "semiannual"),
                  ("Н-2", doc.v("наблюдательная скважина, 2-й пояс ЗСО", "бақылау ұңғымасы, СҚА 2-белдеуі", ""),
                   ["NO3-", "Fe", "Mn"], "yearly")])]
    for title, points in plan:
        rows.append([title, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for code, place, params, word in points:
            params = [p for p in params if r.random() < 0.9] or params[:2]
            n, *months = PER_YEAR[word]
            rows.append([code, place, ", ".join(vocab.water(p, doc.lang) for p in params), n, months[L]])
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", p), word) for p in params))
    doc.table(doc.v("Таблица 4.1 – Пункты и периодичность наблюдений", "4.1-кесте – Бақылау пункттері мен кезеңділігі",
                    "Bảng 5. Vị trí, thông số và tần suất quan trắc"), rows, merges, role="monitoring")
    maybe_distractor(doc)


def monitoring_fa2(doc: Doc) -> None:
    """A fish hatchery's monitoring plan: one row per point with its code and place, then a single cell listing
    parameter sets each followed by its frequency (`… – ежемесячно; … – ежеквартально`), a column for the laboratory;
    temperature measured too but not a substance (VI: an irrigation company's monitoring of canal water, `pH, DO …:
    hàng tháng; …: 03 tháng/lần`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    doc.h(doc.v("Программа производственного экологического контроля ТОО «Сырдария Балық Питомнигі» (рыбопитомник)",
                "«Сырдария Балық Питомнигі» ЖШС (балық питомнигі) өндірістік экологиялық бақылау бағдарламасы",
                "KẾ HOẠCH QUAN TRẮC CHẤT LƯỢNG NƯỚC TRÊN HỆ THỐNG KÊNH TƯỚI NĂM 2026 – CÔNG TY TNHH MTV THỦY LỢI BẮC ĐUỐNG"))
    doc.p(doc.v("Контроль качества воды ведется на водоподаче в пруды, на сбросе и в водотоке-приемнике.",
                "Су сапасын бақылау тоғандарға су беруде, төгуде және қабылдағыш су ағынында жүргізіледі.",
                "Vị trí, thông số và tần suất quan trắc được quy định như sau:"))
    rows = [doc.v(["№", "Точка отбора", "Показатели и периодичность", "Исполнитель"],
                  ["№", "Сынама алу нүктесі", "Көрсеткіштер және кезеңділігі", "Орындаушы"],
                  ["TT", "Vị trí", "Thông số và tần suất", "Đơn vị thực hiện"])]
    if vi:
        temp = "Nhiệt độ"
        points = [("KM1", "KM1 – Cống đầu mối Long Tửu (lấy nước sông Đuống)", [(["pH", "DO", "TSS", "COD"], "monthly"), (["NH4+", "NO3-", "Coliform"], "quarterly")]),
                  ("KM2", "KM2 – Kênh chính Bắc Đuống, cầu Đông Trù", [(["pH", "DO", "TSS", "BOD5"], "monthly"), (["NH4+", "TP", "Coliform"], "quarterly")]),
                  ("KM3", "KM3 – Cuối kênh, trước trạm bơm Xuân Canh", [(["pH", "TSS", "COD"], "quarterly"), (["Pb", "Cd", "As"], "semiannual")])]
    else:
        temp = doc.v("Температура", "Температура", "")
        points = [("П-1", doc.v("П-1 – водоподающий канал на входе в пруды", "П-1 – тоғандарға кірердегі су беретін канал", ""),
                   [(["pH", "DO"], "monthly"), (["NH4+", "NO2-", "BOD5"], "quarterly")]),
                  ("П-2", doc.v("П-2 – сбросной канал из выростных прудов", "П-2 – өсіру тоғандарынан төгу каналы", ""),
                   [(["pH", "DO", "TSS"], "monthly"), (["NH4+", "NO2-", "NO3-", "TP"], "quarterly")]),
                  ("Р-1", doc.v("Р-1 – протока Караузяк, 500 м ниже сброса", "Р-1 – Қараөзек сағасы, төгуден 500 м төмен", ""),
                   [(["TSS", "BOD5", "NH4+"], "quarterly"), (["TPH", "Phenols"], "semiannual")])]
    who = doc.v(("лаборатория питомника", "аккредитованная лаборатория"), ("питомник зертханасы", "аккредиттелген зертхана"),
                ("Trung tâm Quan trắc môi trường", "Phòng Kỹ thuật công ty"))
    for k, (code, label, sets) in enumerate(points, 1):
        parts = []
        for n, (keys, word) in enumerate(sets):
            keys = [x for x in keys if r.random() < 0.9] or keys[:1]
            names = ", ".join(vocab.water(x, doc.lang) for x in keys)
            if n == 0 and not code.startswith("Р"):
                names = f"{temp}, {names}"
            fw = {"ru": {"monthly": "ежемесячно", "quarterly": "ежеквартально", "semiannual": "2 раза в год"},
                  "kk": {"monthly": "ай сайын", "quarterly": "тоқсан сайын", "semiannual": "жылына 2 рет"},
                  "vi": {"monthly": "hàng tháng", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần"}}[doc.lang][word]
            parts.append(f"{names}: {fw}" if vi else f"{names} – {fw}")
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", x), word) for x in keys))
        rows.append([str(k), label, "; ".join(parts), doc.pick(who)])
    doc.table(doc.v("Таблица 3. План-график контроля качества воды", "3-кесте. Су сапасын бақылау жоспар-кестесі",
                    "Bảng 1. Kế hoạch quan trắc"), rows, role="monitoring")
    doc.p(doc.v("В период зимнего содержания рыбы (ноябрь – март) отбор проб на сбросе не производится.",
                "Балықты қыстату кезеңінде (қараша – наурыз) төгуде сынама алынбайды.",
                "Trong thời gian đóng cống bảo dưỡng, không thực hiện lấy mẫu tại vị trí tương ứng."))
    _ = L
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK, VI), (RU what, KK, VI), frequency
WTP_CHECKS = (
    (("Оголовок водозабора и рыбозащитное устройство", "Су тартқыш басы және балық қорғау құрылғысы", "Cửa thu nước và lưới chắn rác"),
     ("заиление, целостность сеток", "лайлануы, торлардың бүтіндігі", "bồi lắng, tình trạng lưới chắn"), "weekly"),
    (("Горизонтальные отстойники", "Көлденең тұндырғыштар", "Bể lắng ngang"),
     ("уровень осадка, работа скребков", "тұнба деңгейі, қырғыштардың жұмысы", "chiều dày lớp bùn, thiết bị cào bùn"), "daily"),
    (("Хлораторная и склад хлора", "Хлорлау бөлмесі және хлор қоймасы", "Nhà châm clo và kho clo"),
     ("герметичность баллонов, газоанализаторы", "баллондардың саңылаусыздығы, газ талдағыштар", "độ kín bình clo, thiết bị cảnh báo rò rỉ"), "daily"),
    (("Иловые площадки", "Лай алаңдары", "Sân phơi bùn"),
     ("состояние дамб и дренажа", "бөгеттер мен дренаждың жай-күйі", "tình trạng bờ bao, hệ thống thu nước rỉ"), "monthly"),
    (("Выпуски В-1, В-2 в р. Иртыш", "Ертіс өз. В-1, В-2 шығарылымдары", "Cửa xả nước rửa lọc ra sông Hồng"),
     ("состояние оголовков, отсутствие размыва берега", "бастарының жай-күйі, жағалаудың шайылмауы", "tình trạng cửa xả, sạt lở bờ"), "quarterly"),
    (("Зона санитарной охраны I пояса", "СҚА I белдеуі", "Vùng bảo hộ vệ sinh khu vực lấy nước"),
     ("ограждение, отсутствие источников загрязнения", "қоршау, ластану көздерінің болмауы", "hàng rào, nguồn gây ô nhiễm"), "monthly"),
    (("Склад реагентов", "Реагенттер қоймасы", "Kho hóa chất PAC, vôi"),
     ("условия хранения, учет расхода", "сақтау жағдайы, шығынды есепке алу", "điều kiện lưu chứa, sổ theo dõi"), "yearly"),
)  # fmt: skip


def inspections_fa1(doc: Doc) -> None:
    """A water treatment station's schedule of inspection rounds of its structures: the object and what is looked at,
    then five frequency columns under a merged `Периодичность осмотра` (daily … yearly) with `Х` under the one that
    applies, and who inspects (VI: the same in a water plant's internal rules, `x`)."""
    r = doc.rng
    Li = _li(doc)
    vi = doc.lang == "vi"
    doc.h(doc.v("График осмотров сооружений насосно-фильтровальной станции на 2026 год",
                "Сорғы-сүзгі станциясы құрылыстарын 2026 жылы қарап-тексеру кестесі",
                "LỊCH KIỂM TRA ĐỊNH KỲ CÁC HẠNG MỤC CÔNG TRÌNH NĂM 2026 – NHÀ MÁY NƯỚC MẶT SÔNG HỒNG"))
    doc.p(doc.v("Утвержден главным инженером ГКП. Результаты осмотров заносятся в журнал технического состояния сооружений.",
                "ГКП бас инженері бекіткен. Қарап-тексеру нәтижелері құрылыстардың техникалық жай-күйі журналына енгізіледі.",
                "Kết quả kiểm tra được ghi vào sổ nhật ký vận hành của từng hạng mục."))
    order = ("daily", "weekly", "monthly", "quarterly", "yearly")
    head = [doc.v("№", "№", "TT"), doc.v("Сооружение", "Құрылыс", "Hạng mục"), doc.v("Что проверяется", "Не тексеріледі", "Nội dung kiểm tra"),
            doc.v("Периодичность осмотра", "Қарап-тексеру кезеңділігі", "Tần suất kiểm tra"), None, None, None, None,
            doc.v("Кто осматривает", "Кім қарайды", "Người thực hiện")]
    sub = [None, None, None, *doc.v(["ежедневно", "еженедельно", "ежемесячно", "ежеквартально", "ежегодно"],
                                    ["күн сайын", "апта сайын", "ай сайын", "тоқсан сайын", "жыл сайын"],
                                    ["Hằng ngày", "Hằng tuần", "Hằng tháng", "Hằng quý", "Hằng năm"]), None]
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    mark = "x" if vi else "Х"
    who = doc.v(("начальник смены", "мастер НФС", "инженер-эколог"), ("ауысым бастығы", "СФС шебері", "инженер-эколог"),
                ("Trưởng ca", "Tổ vận hành", "Cán bộ môi trường"))
    for k, (obj, what, word) in enumerate(r.sample(WTP_CHECKS, 6), 1):
        rows.append([str(k), obj[Li], what[Li], *(mark if w == word else "" for w in order), doc.pick(who)])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": word, "text_contains": obj[Li]})
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# RU user, KK user, RU object, KK object
BASIN_USERS = (
    ("ТОО «Шиели Күріш»", "«Шиелі Күріш» ЖШС", "рисовые чеки и сбросная сеть у пос. Шиели", "Шиелі к. маңындағы күріш алқаптары және төгу желісі"),
    ("ГКП «Кызылорда Су Жүйесі»", "«Қызылорда Су Жүйесі» МКК", "очистные сооружения канализации г. Кызылорды", "Қызылорда қ. кәріз тазарту құрылыстары"),
    ("ТОО «Агрофирма Тасбөгет»", "«Тасбөгет» агрофирмасы ЖШС", "насосная станция и коллектор К-4", "сорғы станциясы және К-4 коллекторы"),
    ("ТОО «Сырдария Балық Питомнигі»", "«Сырдария Балық Питомнигі» ЖШС", "выростные пруды на протоке Караузяк", "Қараөзек сағасындағы өсіру тоғандары"),
    ("РГП «Казводхоз» (Кызылординский филиал)", "«Қазсушар» РМК (Қызылорда филиалы)", "Кызылординский гидроузел", "Қызылорда гидроторабы"),
    ("ТОО «Аральский рыбзавод»", "«Арал балық зауыты» ЖШС", "водозабор и выпуск сточных вод на Малом Арале", "Кіші Аралдағы су тартқыш және сарқынды су шығарылымы"),
)  # fmt: skip
VN_WORKS = (
    ("Công ty TNHH MTV Thủy lợi Bắc Đuống", "Trạm bơm Long Tửu và kênh chính Bắc Đuống"),
    ("Công ty TNHH MTV Thủy lợi Sông Tích", "Hồ chứa nước Đồng Mô và cống lấy nước"),
    ("Công ty Cổ phần Nước sạch Đông Anh", "Công trình khai thác nước mặt sông Đuống"),
    ("Hợp tác xã dịch vụ nông nghiệp Phù Đổng", "Hệ thống kênh mương nội đồng xã Phù Đổng"),
    ("Công ty TNHH MTV Thủy lợi Liễn Sơn", "Cống điều tiết Liễn Sơn và kênh tiêu số 2"),
    ("Công ty Cổ phần Nuôi trồng thủy sản Cửu Long", "Khu ao nuôi thủy sản xả thải ra kênh tiêu"),
)  # fmt: skip


def inspections_fa2(doc: Doc) -> None:
    """A basin inspection's plan of checks of water users: the user with its BIN in brackets in one cell, the object,
    the questions, then the date under `I полугодие` or `II полугодие` (a dash in the other); no frequency (VI: a Chi cục
    Thủy lợi's plan of inspections of irrigation works, `Đợt 1 (trước lũ)` and `Đợt 2 (sau lũ)` with dates)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    doc.h(doc.v("План проверок водопользователей Арало-Сырдарьинской бассейновой инспекции на 2026 год",
                "Арал-Сырдария бассейндік инспекциясының 2026 жылға арналған су пайдаланушыларды тексеру жоспары",
                "KẾ HOẠCH KIỂM TRA CÔNG TÁC QUẢN LÝ, KHAI THÁC VÀ BẢO VỆ CÔNG TRÌNH THỦY LỢI NĂM 2026"))
    doc.p(doc.v("Проверки проводятся в форме профилактического контроля с посещением субъекта контроля.",
                "Тексерулер бақылау субъектісіне бару арқылы профилактикалық бақылау нысанында жүргізіледі.",
                "Ban hành kèm theo Quyết định số 112/QĐ-CCTL ngày 15/01/2026 của Chi cục trưởng Chi cục Thủy lợi."))
    if vi:
        rows = [["TT", "Đơn vị được kiểm tra", "Công trình", "Nội dung kiểm tra", "Thời gian", None],
                [None, None, None, None, "Đợt 1 (trước lũ)", "Đợt 2 (sau lũ)"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
        for k, (org, works) in enumerate(r.sample(VN_WORKS, 5), 1):
            msdn = make_msdn(r)
            d1 = f"{r.randint(1, 28):02d}/{r.randint(4, 5):02d}/2026"
            d2 = f"{r.randint(1, 28):02d}/{r.randint(10, 11):02d}/2026" if r.random() < 0.6 else "–"
            rows.append([str(k), f"{org} (MST {msdn})", works, doc.pick(("Phương án bảo vệ công trình thủy lợi",
                                                                          "Việc cấp phép xả nước thải vào công trình thủy lợi",
                                                                          "Quy trình vận hành, công tác phòng chống thiên tai")), d1, d2])
            doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": works})
        doc.table(None, rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    rows = [doc.v(["№", "Водопользователь (БИН)", "Объект водопользования", "Вопросы проверки", "Срок проверки", None],
                  ["№", "Су пайдаланушы (БСН)", "Су пайдалану объектісі", "Тексеру мәселелері", "Тексеру мерзімі", None], []),
            [None, None, None, None, *doc.v(["I полугодие", "II полугодие"], ["I жартыжылдық", "II жартыжылдық"], [])]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
    questions = doc.v(("соблюдение условий разрешения на спецводопользование", "учет забираемой воды", "сброс коллекторно-дренажных вод"),
                      ("арнаулы су пайдалануға рұқсат шарттарының сақталуы", "алынатын суды есепке алу", "коллекторлық-дренаждық суларды төгу"), ())
    for k, u in enumerate(r.sample(BASIN_USERS, 5), 1):
        user, obj = u[L], u[2 + L]
        first = r.random() < 0.5
        date = f"{r.randint(1, 28):02d}.{r.randint(2, 6) if first else r.randint(8, 11):02d}.2026"
        rows.append([str(k), f"{user} ({doc.v('БИН', 'БСН', '')} {make_bin(r)})", obj, doc.pick(questions),
                     date if first else "–", "–" if first else date])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": obj})
    doc.table(None, rows, merges, role="inspections")
    doc.p(doc.v("Внеплановые проверки проводятся по обращениям физических и юридических лиц.",
                "Жоспардан тыс тексерулер жеке және заңды тұлғалардың өтініштері бойынша жүргізіледі.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK, VI) measure, (RU, KK, VI) responsible, quarters 0..7 (2026 I … 2027 IV)
CANAL_PLAN = (
    (("Реконструкция головного сооружения магистрального канала Кызылорда-Левобережный", "Қызылорда-Сол жағалау магистральдық каналының бас құрылысын қайта жаңарту",
      "Sửa chữa, nâng cấp cống đầu mối Long Tửu"),
     ("Кызылординский филиал РГП «Казводхоз»", "«Қазсушар» РМК Қызылорда филиалы", "Ban Quản lý dự án"), (1, 2, 3, 4, 5)),
    (("Облицовка бетоном участка канала ПК 0 – ПК 120 для снижения фильтрационных потерь", "Сүзілу шығынын азайту үшін ПК 0 – ПК 120 канал учаскесін бетонмен қаптау",
      "Kiên cố hóa 12 km kênh chính bằng bê tông"),
     ("Подрядная организация ТОО «Сырдария Құрылыс»", "«Сырдария Құрылыс» ЖШС мердігер ұйымы", "Nhà thầu thi công"), (2, 3, 6, 7)),
    (("Замена насосных агрегатов ПНС-3 на энергоэффективные", "ПНС-3 сорғы агрегаттарын энергия тиімді агрегаттарға ауыстыру",
      "Thay thế máy bơm trạm bơm Xuân Canh bằng máy bơm tiết kiệm điện"),
     ("Служба эксплуатации насосных станций", "Сорғы станцияларын пайдалану қызметі", "Xí nghiệp Thủy lợi Gia Lâm"), (0, 1)),
    (("Установка автоматизированных водомерных постов на отводах", "Тармақтарға автоматтандырылған су өлшеу бекеттерін орнату",
      "Lắp đặt thiết bị đo mực nước, lưu lượng tự động tại các cống"),
     ("Отдел водоучета", "Су есебі бөлімі", "Phòng Kỹ thuật"), (1, 2)),
    (("Очистка коллекторно-дренажной сети от наносов и растительности", "Коллекторлық-дренаждық желіні шөгінділер мен өсімдіктерден тазарту",
      "Nạo vét kênh tiêu, phát quang bờ kênh"),
     ("Участок эксплуатации гидромелиоративной системы", "Гидромелиоративтік жүйені пайдалану учаскесі", "Các cụm thủy nông"), (0, 3, 4, 7)),
    (("Рекультивация нарушенных земель вдоль трассы канала", "Канал трассасы бойындағы бүлінген жерлерді рекультивациялау",
      "Hoàn trả mặt bằng, trồng cỏ bảo vệ mái kênh"),
     ("Подрядная организация ТОО «Сырдария Құрылыс»", "«Сырдария Құрылыс» ЖШС мердігер ұйымы", "Nhà thầu thi công"), (6, 7)),
)  # fmt: skip


def tasks_fa1(doc: Doc) -> None:
    """A programme of reconstruction of an irrigation canal system as a chart: the measure and the executor, then eight
    quarter columns under merged year headers (`2026`, `2027` over `I … IV`) with `■` in the quarters of the work; the
    term is read from the marks (VI: an irrigation company's plan of repairs)."""
    r = doc.rng
    Li = _li(doc)
    vi = doc.lang == "vi"
    doc.h(doc.v("Программа модернизации Кызылординской левобережной оросительной системы на 2026–2027 годы",
                "Қызылорда сол жағалау суару жүйесін 2026–2027 жылдары жаңғырту бағдарламасы",
                "KẾ HOẠCH SỬA CHỮA, NÂNG CẤP CÔNG TRÌNH THỦY LỢI GIAI ĐOẠN 2026–2027 – CÔNG TY TNHH MTV THỦY LỢI BẮC ĐUỐNG"))
    doc.p(doc.v("Приложение 2. Календарный график выполнения мероприятий.", "2-қосымша. Іс-шараларды орындаудың күнтізбелік кестесі.",
                "Phụ lục 2. Tiến độ thực hiện."))
    q = ("I", "II", "III", "IV")
    head = [doc.v("№", "№", "TT"), doc.v("Мероприятие", "Іс-шара", "Nội dung"), doc.v("Исполнитель", "Орындаушы", "Đơn vị thực hiện"),
            "2026", None, None, None, "2027", None, None, None]
    sub = [None, None, None, *q, *q] if not vi else [None, None, None, *(f"Q{x}" for x in range(1, 5)), *(f"Q{x}" for x in range(1, 5))]
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10)]
    for k, (measure, resp, qs) in enumerate(r.sample(CANAL_PLAN, 5), 1):
        rows.append([str(k), measure[Li], resp[Li], *("■" if i in qs else "" for i in range(8))])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure[Li]), "actor_contains": resp[Li]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(doc.v("■ – период выполнения работ.", "■ – жұмыстарды орындау кезеңі.", "■ – thời gian thực hiện."))
    maybe_distractor(doc)


# (RU, KK, VI) requirement, (RU, KK, VI) responsible, (RU, KK, VI) term, (RU, KK, VI) ground
ORDER_ITEMS = (
    (("Оборудовать водозабор из Шардаринского водохранилища приборами учета воды", "Шардара су қоймасынан су тартқышты су есептеу құралдарымен жабдықтау",
      "Lắp đặt thiết bị đo lưu lượng nước xả qua cống"),
     ("главный инженер Ермеков Б.С.", "бас инженер Ермеков Б.С.", "Phó Giám đốc kỹ thuật Nguyễn Văn Thành"),
     ("до 01.05.2026", "01.05.2026 дейін", "trước ngày 30/4/2026"),
     ("ст. 66 Водного кодекса РК", "ҚР Су кодексінің 66-бабы", "Điều 44 Luật Thủy lợi")),
    (("Разработать и согласовать правила эксплуатации водохранилища", "Су қоймасын пайдалану қағидаларын әзірлеу және келісу",
      "Xây dựng, trình phê duyệt quy trình vận hành hồ chứa"),
     ("начальник гидроузла Абдиров К.Т.", "гидроторап бастығы Әбдіров Қ.Т.", "Trưởng phòng Quản lý nước Trần Văn Bình"),
     ("до 30.06.2026", "30.06.2026 дейін", "trước ngày 30/6/2026"),
     ("ст. 91 Водного кодекса РК", "ҚР Су кодексінің 91-бабы", "Điều 22 Luật Thủy lợi")),
    (("Установить знаки водоохранной полосы на участках берега водохранилища", "Су қоймасы жағалауының учаскелеріне су қорғау белдеуінің белгілерін орнату",
      "Cắm mốc chỉ giới phạm vi bảo vệ công trình thủy lợi"),
     ("инженер-гидротехник Сапаров Н.Е.", "инженер-гидротехник Сапаров Н.Е.", "Xí nghiệp Thủy lợi Gia Lâm"),
     ("до 15.07.2026", "15.07.2026 дейін", "trong quý III/2026"),
     ("ст. 116 Водного кодекса РК", "ҚР Су кодексінің 116-бабы", "Điều 40 Luật Thủy lợi")),
    (("Провести обследование технического состояния плотины и водосброса", "Бөгет пен су ағызғыштың техникалық жай-күйіне зерттеп-қарау жүргізу",
      "Kiểm định an toàn đập và tràn xả lũ hồ chứa"),
     ("главный инженер Ермеков Б.С.", "бас инженер Ермеков Б.С.", "Phó Giám đốc kỹ thuật Nguyễn Văn Thành"),
     ("до 01.09.2026", "01.09.2026 дейін", "trước ngày 31/8/2026"),
     ("ст. 95 Водного кодекса РК", "ҚР Су кодексінің 95-бабы", "Nghị định 114/2018/NĐ-CP")),
    (("Ликвидировать несанкционированный сброс дренажных вод в водохранилище", "Су қоймасына дренаждық суларды рұқсатсыз төгуді жою",
      "Chấm dứt việc xả nước thải chưa qua xử lý vào kênh tiêu"),
     ("начальник участка Жумабаев Т.О.", "учаске бастығы Жұмабаев Т.О.", "Trưởng cụm thủy nông Lê Văn Hải"),
     ("в течение 30 дней", "30 күн ішінде", "ngay sau khi nhận Kết luận"),
     ("ст. 120 Водного кодекса РК", "ҚР Су кодексінің 120-бабы", "Điều 8 Luật Thủy lợi")),
    (("Представить отчет о заборе и использовании воды за 2025 год", "2025 жылғы су алу және пайдалану туралы есепті ұсыну",
      "Báo cáo kết quả khắc phục về Chi cục Thủy lợi"),
     ("экономист Ли О.В.", "экономист Ли О.В.", "Phòng Tổ chức – Hành chính"),
     ("до 10.03.2026", "10.03.2026 дейін", "trước ngày 15/10/2026"),
     ("ст. 72 Водного кодекса РК", "ҚР Су кодексінің 72-бабы", "Điều 23 Nghị định 67/2018/NĐ-CP")),
)  # fmt: skip


def tasks_fa2(doc: Doc) -> None:
    """A basin inspection's order to a reservoir operator: each item one cell holding the requirement, then `(отв.: …;
    срок: …)`, and beside it the article of the Water Code it rests on; no separate responsible or term column (VI: a
    Chi cục Thủy lợi's conclusion of inspection with the requests to an irrigation company, `Đơn vị thực hiện: …;
    thời hạn: …` in the same cell)."""
    r = doc.rng
    Li = _li(doc)
    vi = doc.lang == "vi"
    doc.h(doc.v("Предписание об устранении нарушений водного законодательства № 14-В от 12.02.2026",
                "Су заңнамасының бұзушылықтарын жою туралы 12.02.2026 № 14-В нұсқама",
                "KẾT LUẬN KIỂM TRA SỐ 21/KL-CCTL NGÀY 12/02/2026 CỦA CHI CỤC THỦY LỢI"))
    doc.p(doc.v("Выдано РГП «Казводхоз» (филиал по эксплуатации Шардаринского водохранилища) по результатам проверки. "
                "Предписывается:",
                "«Қазсушар» РМК-ға (Шардара су қоймасын пайдалану филиалы) тексеру нәтижелері бойынша берілді. Мыналар нұсқалады:",
                "Yêu cầu Công ty TNHH MTV Thủy lợi Bắc Đuống thực hiện các nội dung sau:"))
    rows = [doc.v(["№ п/п", "Требование (ответственный, срок исполнения)", "Основание"],
                  ["№", "Талап (жауапты, орындау мерзімі)", "Негіздеме"],
                  ["TT", "Nội dung yêu cầu (đơn vị thực hiện, thời hạn)", "Căn cứ"])]
    for k, (req, resp, term, ground) in enumerate(r.sample(ORDER_ITEMS, 5), 1):
        text = req[Li]
        tail = doc.v(f"(отв.: {resp[0]}; срок: {term[0]})", f"(жауапты: {resp[1]}; мерзімі: {term[1]})",
                     f"(Đơn vị thực hiện: {resp[2]}; thời hạn: {term[2]})")
        rows.append([str(k), f"{text}\n{tail}" if vi or r.random() < 0.5 else f"{text} {tail}", ground[Li]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": resp[Li]})
    doc.table(None, rows, role="tasks")
    doc.p(doc.v("О выполнении предписания сообщить в инспекцию в письменной форме не позднее трех дней после истечения срока.",
                "Нұсқаманың орындалғаны туралы мерзім өткеннен кейін үш күннен кешіктірмей инспекцияға жазбаша хабарлау.",
                "Công ty báo cáo kết quả thực hiện bằng văn bản về Chi cục Thủy lợi."))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"FA{k}", globals()[f"{role}_fa{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_fa1` … `tasks_fa2`, in the order of the roles."""
