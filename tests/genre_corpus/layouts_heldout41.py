"""A blind held-out set (two layouts per role, `GB1` and `GB2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: food and agro-processing with seasonal operation. Kazakhstan: a dairy plant, a meat-packing plant with its own
rendering unit, a fish-processing plant on the Ili and Lake Balkhash, a winery and brandy distillery, a flour mill and
grain elevator, a greenhouse complex with its gas boiler house (ПЭК programmes with seasonal monitoring, declarations of
impact, КЭР, plans of measures, inspection results). Vietnam: a seafood processing plant in the Mekong delta, a tea
factory in the highlands, a cassava starch factory, a sugar mill with bagasse boilers, a pig farm with biogas (ĐTM,
giấy phép môi trường, quan trắc định kỳ reports, kế hoạch quản lý môi trường).

Facility: a fish plant's card whose coordinates are given for three parts of the site (the processing shop, the fish
receiving point on the shore, the evaporation ponds) under one label merged down, the BIN inside a registration line,
the seasonal regime, a monthly regime table of no role after it (VI: a shrimp plant's card, the factory in degrees and
the outfall in VN-2000 metres); a register of seasonal processors whose category is a cross in one of four sub-columns.

Emissions: an elevator's and flour mill's inventory in long form whose source cells are left blank (not merged) on the
rows after a source's first, the hours of work with the season in words, totals and `в том числе` rows at the end
(VI: a sugar mill's bagasse boilers with kg/h beside g/s and tonnes per crushing season); the ЭРА table of norms of a
meat plant ordered by substance, a group row per substance and sub-group rows for organised and unorganised sources,
the existing position beside the norm, tiny figures in E-notation (VI: a pig farm's biogas engine, flare and barns under
group rows, a computed concentration beside the loads).

Wastes: a meat plant with a rendering shop, where the blood and the bristle are by-products (no wastes) among the
wastes, codes typed with and without spaces, the amount formed before what the plant processes itself (VI: a tea
factory, the tea dust sold as a by-product); a dairy's wastes split into the milk season and the rest of the year with
the year's total (VI: a cassava starch factory's crushing season and off-season).

Limits: a fish plant's discharge to its evaporation ponds sampled in the spring and the autumn fishing seasons, a unit
column, fats without a code (VI: a shrimp plant's water before treatment, which no standard judges, beside the treated
water against QCVN 11-MT:2015 column A); greenhouse soil in three blocks against ПДК, mercury below detection (VI: a
sugar mill's two bagasse boiler stacks against the QCVN 19 column B value already multiplied by Kp and Kv).

Monitoring: a matrix of parameters by points whose frequency stands in a second header row under each point (VI: the
same at a shrimp plant); a meat plant's programme under group rows for the slaughter season and the rest of the year,
a source under both with other frequencies (VI: a pig farm's rainy and dry seasons).

Inspections: a meat plant's units merged down over their items, each item its own frequency (VI: a sugar mill's plan
for the crushing season); a greenhouse complex's plan giving dates under four quarter columns and no frequency word
(VI: a cassava starch factory).

Tasks: a winery's plan by impact, the impact merged down over its measures, terms counted from the season (VI: a
sugar mill's plan of works for the off-season); a chart of the off-season months marked where a work is done, the
responsible last (VI: a tea factory's repairs between harvests).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import QCVN19, SOIL_PDK, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """An angle as `46°51′12,4″ с.ш.` (VI `9°36′12,4″N`) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    if lang == "vi":
        return f"{d}°{m:02d}′{sec}″{'N' if lat else 'E'}", d + m / 60 + s / 3600
    word = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б.")}[lang][0 if lat else 1]
    return f"{d}°{m:02d}′{sec}″ {word}", d + m / 60 + s / 3600


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _some(doc: Doc, items, k: int, keep=()) -> list:
    """k of the items (all those whose first field is in `keep` among them), in their order."""
    must = [i for i, it in enumerate(items) if it[0] in keep]
    rest = doc.rng.sample([i for i in range(len(items)) if i not in must], max(0, k - len(must)))
    return [items[i] for i in sorted(must + rest)]


def _e(x: float) -> str:
    """A tiny figure as the calculation program exports it: `2,3E-07`."""
    mant, exp = f"{x:.1E}".split("E")
    return f"{mant.replace('.', ',')}E-{abs(int(exp)):02d}"


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU address, KK address, RU legal, KK legal, KATO prefix, lat, lon,
#  RU receiving point, KK receiving point)
KZ_FISH = (
    ("Рыбоперерабатывающий завод «Балқаш Балық»", "«Балқаш Балық» балық өңдеу зауыты", "ТОО «Балқаш Балық Өнімдері»",
     "«Балқаш Балық Өнімдері» ЖШС", "Карагандинская область, г. Балхаш, ул. Рыбозаводская, 3",
     "Қарағанды облысы, Балқаш қ., Балық зауыты көшесі, 3", "г. Караганда, пр. Бухар-Жырау, 49, офис 304",
     "Қарағанды қ., Бұқар жырау даңғылы, 49, 304-кеңсе", "35", 46.84, 74.98,
     "рыбоприемный пункт на берегу оз. Балхаш (зал. Торангалык)", "Балқаш к. жағасындағы балық қабылдау пункті (Торғалық шығанағы)"),
    ("Рыбный цех с холодильником «Іле Балық»", "Тоңазытқышы бар «Іле Балық» балық цехы", "ТОО «Іле Балық»", "«Іле Балық» ЖШС",
     "Алматинская область, Балхашский район, с. Баканас, ул. Жамбыла, 54",
     "Алматы облысы, Балқаш ауданы, Бақанас а., Жамбыл көшесі, 54", "г. Алматы, пр. Райымбека, 348/1, офис 12",
     "Алматы қ., Райымбек даңғылы, 348/1, 12-кеңсе", "19", 44.81, 76.27,
     "рыбоприемный пункт в дельте р. Или (с. Карой)", "Іле өзенінің сағасындағы балық қабылдау пункті (Қарой а.)"),
)  # fmt: skip
# (name, operator, place, lat, lon, outfall river)
VN_SEAFOOD = (
    ("Nhà máy chế biến tôm đông lạnh Hòa Thịnh", "Công ty Cổ phần Thủy sản Hòa Thịnh",
     "Khu công nghiệp An Nghiệp, xã An Hiệp, huyện Châu Thành, tỉnh Sóc Trăng", 9.62, 105.93, "sông Hậu"),
    ("Nhà máy chế biến cá tra phi lê Tân Long Phát", "Công ty TNHH Thực phẩm Tân Long Phát",
     "Khu công nghiệp Trần Đề, thị trấn Trần Đề, tỉnh Sóc Trăng", 9.52, 106.18, "sông Hậu"),
    ("Nhà máy chế biến thủy sản xuất khẩu Năm Căn", "Công ty Cổ phần Chế biến Thủy sản Năm Căn",
     "Khu công nghiệp Hòa Trung, xã Lương Thế Trân, huyện Cái Nước, tỉnh Cà Mau", 9.08, 105.05, "sông Gành Hào"),
)  # fmt: skip
MONTHS_RO = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def facility_gb1(doc: Doc) -> None:
    """A fish plant's card in its ПЭК programme: `№ | показатель | | данные`, labels merged over the two label columns,
    except the coordinates, whose label is merged down over three sub-rows (the processing shop as the site's centre,
    the fish receiving point on the shore, the evaporation ponds), the BIN inside a registration line with a date, the
    KATO in brackets after the place, the OKED with its words, the seasonal regime in words; a monthly regime table of no
    role after it (VI: a shrimp or pangasius plant's card, the enterprise number inside its registration sentence, the
    factory in DMS and the outfall in VN-2000 metres, a monthly output table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, place, lat0, lon0, river = doc.pick(VN_SEAFOOD)
        msdn = make_msdn(r)
        lat, lat_v = _dms(lat0 + r.uniform(-0.03, 0.03), True, "vi")
        lon, lon_v = _dms(lon0 + r.uniform(-0.03, 0.03), False, "vi")
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name.upper()}")
        doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
        cap_t = r.choice((8000, 12000, 15000, 20000))
        cap = num(cap_t, "vi")
        rows = [["TT", "Nội dung", None, "Thông tin"],
                ["1", "Tên chủ cơ sở", None, operator],
                ["2", "Đăng ký doanh nghiệp", None,
                 f"Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày "
                 f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(2, 9):02d}, đăng ký thay đổi lần thứ "
                 f"{r.randint(3, 12)} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
                ["3", "Người đại diện theo pháp luật", None, f"Ông {doc.pick(('Trần Quốc Bảo', 'Lý Văn Thành', 'Huỳnh Minh Tâm'))} – Tổng Giám đốc"],
                ["4", "Tên cơ sở", None, name],
                ["5", "Địa điểm cơ sở", None, place],
                ["6", "Tọa độ", "Trung tâm nhà máy (hệ WGS-84)", f"{lat}; {lon}"],
                [None, None, f"Điểm xả nước thải vào {river} (hệ VN-2000, KTT 105°00′, múi chiếu 3°)",
                 f"X = {num(r.randint(990_000, 1_070_000), 'vi')}; Y = {num(r.randint(560_000, 610_000), 'vi')}"],
                ["7", "Loại hình sản xuất", None, "Chế biến thủy sản đông lạnh xuất khẩu"],
                ["8", "Công suất", None, f"{cap} tấn thành phẩm/năm"],
                ["9", "Thời gian hoạt động", None,
                 "Quanh năm, 2 ca/ngày; cao điểm từ tháng 8 đến tháng 12 (mùa thu hoạch nguyên liệu), thấp điểm tháng 2–4"],
                ["10", "Phân loại", None, "Cơ sở thuộc nhóm II theo quy định tại Phụ lục IV Nghị định số 08/2022/NĐ-CP"]]  # fmt: skip
        merges = [(0, 1, 0, 2)] + [(k, 1, k, 2) for k in (1, 2, 3, 4, 5, 8, 9, 10, 11)] + [(6, 0, 7, 0), (6, 1, 7, 1)]
        doc.table("Bảng 1.1. Thông tin chung về cơ sở", rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat_v, "lon": lon_v})
        monthly = [["Tháng", *map(str, range(1, 13)), "Cả năm"]]
        shares = [4, 3, 3, 3, 6, 7, 8, 11, 13, 14, 15, 13]
        out = [cap_t * s // 100 for s in shares]
        monthly.append(["Sản lượng (tấn)", *(num(x, "vi") for x in out), num(sum(out), "vi")])
        monthly.append(["Số ngày làm việc", *(str(r.randint(22, 27)) for _ in range(12)), str(r.randint(290, 310))])
        doc.table("Bảng 1.2. Sản lượng sản phẩm theo tháng năm 2025", monthly, role="other")
        return
    L = _L(doc)
    (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, j_ru, j_kk, prefix, lat0, lon0, p_ru, p_kk) = doc.pick(KZ_FISH)
    name, operator = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    pts = [_dms(lat0 + r.uniform(-0.02, 0.02), True, doc.lang), _dms(lon0 + r.uniform(-0.02, 0.02), False, doc.lang)]
    recv = [_dms(lat0 + r.uniform(0.03, 0.08), True, doc.lang)[0], _dms(lon0 + r.uniform(-0.1, 0.1), False, doc.lang)[0]]
    pond = [_dms(lat0 + r.uniform(-0.03, -0.01), True, doc.lang)[0], _dms(lon0 + r.uniform(0.01, 0.03), False, doc.lang)[0]]
    cap = r.choice((2500, 3500, 4200))
    doc.h(doc.v(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
                f"{name} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("1. Общие сведения об объекте", "1. Объект туралы жалпы мәліметтер", ""))
    date = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{r.randint(10, 21)}"
    rows = [doc.v(["№ п/п", "Наименование показателя", None, "Данные"], ["Р/с №", "Көрсеткіштің атауы", None, "Деректер"], []),
            ["1", doc.v("Оператор объекта", "Объект операторы", ""), None, operator],
            ["2", doc.v("Регистрационные данные", "Тіркеу деректері", ""), None,
             doc.v(f"БИН {bin_}; справка о государственной перерегистрации юридического лица от {date}",
                   f"БСН {bin_}; заңды тұлғаны мемлекеттік қайта тіркеу туралы {date} анықтама", "")],
            ["3", doc.v("Юридический адрес", "Заңды мекенжайы", ""), None, (j_ru, j_kk)[L]],
            ["4", doc.v("Наименование объекта", "Объектінің атауы", ""), None, name],
            ["5", doc.v("Местонахождение объекта", "Объектінің орналасқан жері", ""), None,
             f"{(a_ru, a_kk)[L]} ({doc.v('КАТО', 'ҚАТО', '')} {kato})"],
            ["6", doc.v("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)", ""), None,
             doc.v("10200 – Переработка и консервирование рыбы, ракообразных и моллюсков",
                   "10200 – Балықты, шаян тәрізділерді және моллюскаларды өңдеу және консервілеу", "")],
            ["7", doc.v("Категория объекта", "Объект санаты", ""), None, doc.v("II категория", "II санат", "")],
            ["8", doc.v("Режим работы", "Жұмыс режимі", ""), None,
             doc.v("сезонный: весенняя путина (март – май) и осенняя путина (сентябрь – ноябрь), 2 смены по 8 ч; "
                   "холодильник работает круглогодично",
                   "маусымдық: көктемгі кәсіпшілік (наурыз – мамыр) және күзгі кәсіпшілік (қыркүйек – қараша), 8 сағаттан "
                   "2 ауысым; тоңазытқыш жыл бойы жұмыс істейді", "")],
            ["9", doc.v("Географические координаты", "Географиялық координаттары", ""),
             doc.v("цех переработки (центр промплощадки)", "өңдеу цехы (өнеркәсіптік алаң орталығы)", ""), f"{pts[0][0]}, {pts[1][0]}"],
            [None, None, (p_ru, p_kk)[L], f"{recv[0]}, {recv[1]}"],
            [None, None, doc.v("пруды-испарители сточных вод", "ағынды суларды буландыру тоғандары", ""), f"{pond[0]}, {pond[1]}"],
            ["10", doc.v("Производственная мощность", "Өндірістік қуаты", ""), None,
             doc.v(f"переработка рыбы-сырца – {num(cap, 'ru')} т/год; единовременное хранение мороженой рыбы – 600 т",
                   f"шикі балықты өңдеу – {num(cap, 'kk')} т/жыл; мұздатылған балықты бір мезгілде сақтау – 600 т", "")],
            ["11", doc.v("Численность персонала", "Персонал саны", ""), None,
             doc.v(f"в путину – {r.randint(110, 180)} чел., в межсезонье – {r.randint(18, 35)} чел.",
                   f"кәсіпшілік кезінде – {r.randint(110, 180)} адам, маусымаралық кезеңде – {r.randint(18, 35)} адам", "")]]  # fmt: skip
    merges = [(0, 1, 0, 2)] + [(k, 1, k, 2) for k in (1, 2, 3, 4, 5, 6, 7, 8, 12, 13)] + [(9, 0, 11, 0), (9, 1, 11, 1)]
    doc.table(doc.v("Таблица 1.1", "1.1-кесте", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": "10200", "category": "II",
                           "lat": pts[0][1], "lon": pts[1][1]})
    doc.p(doc.v("Режим работы по месяцам приведен в таблице 1.2.", "Айлар бойынша жұмыс режимі 1.2-кестеде келтірілген.", ""))
    work = [0, 0, 18, 26, 24, 4, 0, 0, 22, 26, 20, 0]
    rows = [[doc.v("Показатель", "Көрсеткіш", ""), *MONTHS_RO],
            [doc.v("Рабочих дней", "Жұмыс күндері", ""), *(str(w) if w else "–" for w in work)],
            [doc.v("Переработка, т", "Өңдеу, т", ""), *(num(round(cap * w / sum(work)), doc.lang) if w else "–" for w in work)]]
    doc.table(doc.v("Таблица 1.2 – Режим работы цеха переработки", "1.2-кесте – Өңдеу цехының жұмыс режимі", ""), rows, role="other")


# (RU object, KK object, RU operator, KK operator, KATO prefix, RU place, KK place, RU season, KK season, category)
KZ_AGRO = (
    ("Молочный завод «Сүтті Өлке»", "«Сүтті Өлке» сүт зауыты", "ТОО «Сүтті Өлке»", "«Сүтті Өлке» ЖШС", "59",
     "Северо-Казахстанская обл., г. Петропавловск, ул. Универсальная, 11", "Солтүстік Қазақстан обл., Петропавл қ., Универсальная к., 11",
     "круглогодично, пик приемки молока – май – август", "жыл бойы, сүт қабылдаудың шыңы – мамыр – тамыз", "II"),
    ("Мясокомбинат с утилизационным цехом", "Утильдеу цехы бар ет комбинаты", "ТОО «Ет Өнім Қостанай»", "«Ет Өнім Қостанай» ЖШС", "39",
     "Костанайская обл., Костанайский р-н, п. Затобольск", "Қостанай обл., Қостанай ауданы, Затобол к.",
     "убойный сезон – сентябрь – декабрь", "сою маусымы – қыркүйек – желтоқсан", "II"),
    ("Винзавод и коньячный цех «Іле Жүзім»", "«Іле Жүзім» шарап зауыты және коньяк цехы", "ТОО «Іле Жүзім»", "«Іле Жүзім» ЖШС", "19",
     "Алматинская обл., Енбекшиказахский р-н, с. Каракемер", "Алматы обл., Еңбекшіқазақ ауданы, Қаракемер а.",
     "переработка винограда – сентябрь – октябрь, выдержка коньячных спиртов – круглогодично",
     "жүзімді өңдеу – қыркүйек – қазан, коньяк спирттерін ұстау – жыл бойы", "III"),
    ("Мукомольный комбинат и элеватор «Алтын Дән»", "«Алтын Дән» ұн тарту комбинаты және элеваторы", "АО «Алтын Дән»", "«Алтын Дән» АҚ", "11",
     "Акмолинская обл., Целиноградский р-н, с. Акмол", "Ақмола обл., Целиноград ауданы, Ақмол а.",
     "приемка и сушка зерна – август – октябрь, мельница – круглогодично", "астықты қабылдау және кептіру – тамыз – қазан, диірмен – жыл бойы", "II"),
    ("Тепличный комплекс «Жасыл Алқап» с газовой котельной", "Газ қазандығы бар «Жасыл Алқап» жылыжай кешені", "ТОО «Жасыл Алқап»",
     "«Жасыл Алқап» ЖШС", "51", "Туркестанская обл., Сайрамский р-н, с. Карабулак", "Түркістан обл., Сайрам ауданы, Қарабұлақ а.",
     "котельная – октябрь – апрель (отопительный сезон)", "қазандық – қазан – сәуір (жылыту маусымы)", "II"),
    ("Рыбоперерабатывающий цех «Алакөл Балық»", "«Алакөл Балық» балық өңдеу цехы", "ТОО «Алакөл Балық»", "«Алакөл Балық» ЖШС", "10",
     "Абайская обл., Урджарский р-н, с. Камыскала", "Абай обл., Үржар ауданы, Қамысқала а.",
     "весенняя и осенняя путина (март – май, сентябрь – ноябрь)", "көктемгі және күзгі кәсіпшілік (наурыз – мамыр, қыркүйек – қараша)", "III"),
)  # fmt: skip
# (object, owner, place, season, group)
VN_AGRO = (
    ("Nhà máy chế biến thủy sản Hòa Thịnh", "Công ty Cổ phần Thủy sản Hòa Thịnh", "KCN An Nghiệp, tỉnh Sóc Trăng",
     "Quanh năm, cao điểm tháng 8–12", "II"),
    ("Nhà máy chè Cầu Đất Mới", "Công ty TNHH Chè Cầu Đất Mới", "xã Xuân Trường, thành phố Đà Lạt, tỉnh Lâm Đồng",
     "Vụ chè tháng 3–11, nghỉ vụ tháng 12–2", "III"),
    ("Nhà máy tinh bột sắn Tân Châu Phát", "Công ty Cổ phần Tinh bột sắn Tân Châu Phát", "xã Tân Hòa, huyện Tân Châu, tỉnh Tây Ninh",
     "Vụ sắn tháng 10 – tháng 4 năm sau", "II"),
    ("Nhà máy đường Sông Lam", "Công ty Cổ phần Mía đường Sông Lam", "xã Nghĩa Xuân, huyện Quỳ Hợp, tỉnh Nghệ An",
     "Vụ ép tháng 11 – tháng 4 năm sau (khoảng 150 ngày)", "I"),
    ("Trang trại chăn nuôi heo Phú Gia (quy mô 12.000 con)", "Công ty TNHH Chăn nuôi Phú Gia", "xã Đồng Tâm, huyện Đồng Phú, tỉnh Bình Phước",
     "Quanh năm", "II"),
    ("Nhà máy chế biến điều xuất khẩu Bình Long", "Công ty TNHH Chế biến Nông sản Bình Long", "phường An Lộc, thị xã Bình Long, tỉnh Bình Phước",
     "Vụ điều tháng 2 – tháng 8", "III"),
)  # fmt: skip
CAT_COLS = ("I", "II", "III", "IV")


def facility_gb2(doc: Doc) -> None:
    """A regional department's register of seasonal agro-processing objects that report on ПЭК: the operator and its
    BIN in columns of their own, the object with its place and `КАТО …` on lines of one cell, the season in words, and
    the category as a cross in one of four sub-columns `I | II | III | IV` under a merged `Категория объекта` (VI: a
    province's list of agro-processing establishments, the enterprise number in its own column, the environmental group
    as a cross under `Nhóm I … Nhóm IV`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    mark = "x" if vi else "х"
    if vi:
        doc.h("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
        doc.p("Phụ lục 2. Danh sách các cơ sở chế biến nông sản, thủy sản hoạt động theo mùa vụ thuộc diện quan trắc môi trường "
              "định kỳ năm 2026 (kèm theo Công văn số 1187/SNNMT-BVMT ngày 20/01/2026).")
        rows = [["TT", "Tên cơ sở", "Chủ cơ sở", "Mã số doanh nghiệp", "Địa điểm", "Thời gian hoạt động trong năm",
                 "Phân loại theo tiêu chí môi trường", None, None, None],
                [None] * 6 + ["Nhóm I", "Nhóm II", "Nhóm III", "Nhóm IV"]]
        merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 9)]
        for k, (obj, owner, place, season, group) in enumerate(r.sample(VN_AGRO, 5), 1):
            msdn = make_msdn(r)
            rows.append([str(k), obj, owner, msdn, place, season, *(mark if g == group else "" for g in CAT_COLS)])
            doc.add("facilities", {"bin": msdn, "name_contains": obj.split(" (")[0], "category": group})
        doc.table(None, rows, merges, role="facility")
        doc.p("Ghi chú: phân loại theo Phụ lục III, IV, V Nghị định số 08/2022/NĐ-CP (đã được sửa đổi, bổ sung).")
        maybe_distractor(doc, 0.5)
        return
    L = _L(doc)
    doc.h(doc.v("Перечень объектов агропромышленного комплекса с сезонным режимом работы, представляющих отчеты по ПЭК",
                "ӨЭБ бойынша есеп беретін маусымдық жұмыс режимі бар агроөнеркәсіптік кешен объектілерінің тізбесі", ""))
    doc.p(doc.v("Приложение к письму департамента экологии от 15.01.2026 № 03-12/148. Сведения по состоянию на 01.01.2026.",
                "Экология департаментінің 15.01.2026 № 03-12/148 хатына қосымша. Мәліметтер 01.01.2026 жағдай бойынша.", ""))
    rows = [doc.v(["№", "Оператор", "БИН", "Объект, местонахождение", "Период работы", "Категория объекта", None, None, None],
                  ["№", "Оператор", "БСН", "Объект, орналасқан жері", "Жұмыс кезеңі", "Объект санаты", None, None, None], []),
            [None] * 5 + list(CAT_COLS)]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 8)]
    picked = r.sample(KZ_AGRO, 5)
    for k, it in enumerate(picked, 1):
        obj, op, place, season, cat = it[L], it[2 + L], it[5 + L], it[7 + L], it[9]
        bin_, kato = make_bin(r), _kato(doc, it[4])
        rows.append([str(k), op, bin_, f"{obj}\n{place}\n{doc.v('КАТО', 'ҚАТО', '')} {kato}", season,
                     *(mark if c == cat else "" for c in CAT_COLS)])
        doc.add("facilities", {"bin": bin_, "name_contains": obj, "kato": kato, "category": cat})
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="facility")
    doc.p(doc.v("Категория определена в соответствии с приложением 2 к Экологическому кодексу Республики Казахстан.",
                "Санат Қазақстан Республикасы Экология кодексінің 2-қосымшасына сәйкес айқындалған.", ""))
    maybe_distractor(doc, 0.5)


# ---------------------------------------------------------------- emissions

# code: (RU, KK) of substances the vocabulary does not name
EXTRA = {"2937": ("Пыль зерновая", "Астық шаңы"), "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)")}
HAZARD = {"2937": 3, "1715": 2}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_L(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return HAZARD.get(code) or vocab.hazard(code)


# (number, RU, KK, RU hours, KK hours, hours, codes, (low, high) g/s)
ELEVATOR = (
    ("0001", "Аспирационная установка надсилосной галереи элеватора (циклон 4БЦШ-400)",
     "Элеватордың силос үсті галереясының аспирациялық қондырғысы (4БЦШ-400 циклоны)", "4 380", "4 380", 4380, ("2937",), (0.05, 0.4)),
    ("0002", "Зерносушилка ДСП-32 (топливо – природный газ)", "ДСП-32 астық кептіргіші (отын – табиғи газ)",
     "1 440 (август – октябрь)", "1 440 (тамыз – қазан)", 1440, ("0301", "0304", "0337", "2937"), (0.1, 0.6)),
    ("0003", "Аспирация зерноочистительного отделения мельницы", "Диірменнің астық тазалау бөлімшесінің аспирациясы",
     "6 600", "6 600", 6600, ("2937",), (0.02, 0.2)),
    ("0004", "Дымовая труба котельной (природный газ)", "Қазандықтың түтін мұржасы (табиғи газ)",
     "5 088 (отопительный сезон)", "5 088 (жылыту маусымы)", 5088, ("0301", "0304", "0337"), (0.02, 0.12)),
    ("6001", "Автомобилеразгрузчик (приемка зерна)", "Автокөлік түсіргіші (астық қабылдау)",
     "1 100 (август – октябрь)", "1 100 (тамыз – қазан)", 1100, ("2937",), (0.1, 0.8)),
    ("6002", "Погрузка зерна в железнодорожные вагоны", "Астықты темір жол вагондарына тиеу", "720", "720", 720, ("2937",), (0.05, 0.5)),
)  # fmt: skip
# share of the source's base rate at which a substance goes out
SHARE = {"0301": 1.0, "0304": 0.16, "0337": 1.9, "0330": 1.4, "2937": 0.6, "2902": 2.0, "0328": 0.1, "2908": 1.2,
         "0303": 1.0, "0333": 0.12, "1715": 0.02, "1325": 0.05, "0410": 3.0}


def _g(doc: Doc, code: str, base: float, digits: int = 4) -> float:
    return _sig(base * SHARE.get(code, 1.0) * doc.rng.uniform(0.85, 1.15), digits)


# (VI source, codes, (low, high) base g/s, hours in the season)
SUGAR_SOURCES = (
    ("Lò hơi số 1 (đốt bã mía, 60 tấn hơi/giờ) – ống khói H = 45 m", ("2902", "0330", "0301", "0337"), (2.0, 6.0), 3600),
    ("Lò hơi số 2 (đốt bã mía, 45 tấn hơi/giờ) – ống khói H = 40 m", ("2902", "0330", "0301", "0337"), (1.5, 4.5), 3600),
    ("Băng tải và kho chứa bã mía", ("2902",), (0.05, 0.4), 3600),
    ("Máy phát điện dự phòng 1.250 kVA (dầu DO)", ("0301", "0330", "0337"), (0.2, 0.8), 240),
)


def emissions_gb1(doc: Doc) -> None:
    """An elevator's and flour mill's inventory in long form: the source's number, name and hours of work (with the
    season in words, `1 440 (август – октябрь)`) only on its first row, the cells under them left blank without a
    merge, then code, name, hazard class, `г/с`, `т/год`; `Всего по предприятию` and the `в том числе: твердые`,
    `газообразные и жидкие` rows at the end; the grain received by month in a table of no role before it (VI: a sugar
    mill's ĐTM, the bagasse boilers and the stand-by generator named on their first row, blank below, kg/h beside g/s
    and tonnes per crushing season)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY ĐƯỜNG SÔNG LAM LÊN 6.000 TẤN MÍA/NGÀY")
        doc.p("Tải lượng bụi, khí thải của lò hơi được tính toán từ lượng bã mía đốt (khoảng 28 tấn/giờ) và hiệu suất hệ thống "
              "xử lý khí thải (cyclone chùm kết hợp tháp rửa khí ướt). Vụ ép kéo dài 150 ngày (tháng 11 đến tháng 4 năm sau), "
              "lò hơi vận hành 24 giờ/ngày.")
        rows = [["TT", "Nguồn thải", "Thông số", "Tải lượng (kg/h)", "Tải lượng (g/s)", "Tải lượng (tấn/vụ)"]]
        for k, (src, codes, (lo, hi), hours) in enumerate(SUGAR_SOURCES, 1):
            base = r.uniform(lo, hi)
            for j, c in enumerate(codes):
                g = _g(doc, c, base, 3)
                t = _sig(g * 3600 * hours / 1e6, 3)
                rows.append([str(k) if j == 0 else "", src if j == 0 else "", vocab.air(c, "vi", 0 if c == "2902" else 1),
                             num(_sig(g * 3.6, 3), "vi"), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
        doc.table("Bảng 3.12. Tải lượng bụi và khí thải phát sinh trong vụ ép", rows, role="emissions")
        doc.p("Ghi chú: máy phát điện dự phòng chỉ vận hành khi mất điện lưới, ước tính 240 giờ/vụ.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Отчет по инвентаризации источников выбросов загрязняющих веществ. ТОО «Есіл Астық» (элеватор и мукомольный цех)",
                "Ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп. «Есіл Астық» ЖШС (элеватор және ұн тарту цехы)", ""))
    doc.p(doc.v("Элеватор емкостью 60 тыс. т принимает и сушит зерно нового урожая с августа по октябрь; мукомольный цех "
                "производительностью 150 т/сут работает круглый год.",
                "Сыйымдылығы 60 мың т элеватор жаңа өнім астығын тамыздан қазанға дейін қабылдап, кептіреді; тәулігіне 150 т "
                "ұн тарту цехы жыл бойы жұмыс істейді.", ""))
    months = doc.v(("Август", "Сентябрь", "Октябрь"), ("Тамыз", "Қыркүйек", "Қазан"), ())
    got = [r.randint(8, 25) * 1000 for _ in months]
    doc.table(doc.v("Таблица 3.1 – Приемка и сушка зерна в 2025 году, т", "3.1-кесте – 2025 жылы астықты қабылдау және кептіру, т", ""),
              [[doc.v("Месяц", "Ай", ""), doc.v("Принято зерна", "Қабылданған астық", ""), doc.v("Просушено", "Кептірілген", "")],
               *([m, num(g, doc.lang), num(int(g * r.uniform(0.3, 0.6)), doc.lang)] for m, g in zip(months, got, strict=True))],
              role="other")
    rows = [doc.v(["№ ИЗА", "Наименование источника", "Время работы, ч/год", "Код ЗВ", "Наименование ЗВ", "Класс опасности",
                   "Выброс, г/с", "Выброс, т/год"],
                  ["ЛШК №", "Көздің атауы", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы",
                   "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    chosen = [s for s in ELEVATOR if s[0] not in ("0003", "6002") or r.random() < 0.7]
    solid_g, solid_t, gas_g, gas_t = [], [], [], []
    for number, n_ru, n_kk, h_ru, h_kk, hours, codes, (lo, hi) in chosen:
        base = r.uniform(lo, hi)
        for j, c in enumerate(codes):
            g = _g(doc, c, base)
            t = _sig(g * 3600 * hours / 1e6 * r.uniform(0.7, 1.0), 4)
            (solid_g if c == "2937" else gas_g).append(g)
            (solid_t if c == "2937" else gas_t).append(t)
            hz = _hazard(c)
            rows.append([number if j == 0 else "", (n_ru, n_kk)[L] if j == 0 else "", (h_ru, h_kk)[L] if j == 0 else "",
                         c, _air(doc, c), str(hz), num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number, hz))
    rows.append(["", doc.v("Всего по предприятию:", "Кәсіпорын бойынша барлығы:", ""), "", "", "", "",
                 total(doc, solid_g + gas_g), total(doc, solid_t + gas_t)])
    rows.append(["", doc.v("в том числе: твердые", "оның ішінде: қатты", ""), "", "", "", "", total(doc, solid_g), total(doc, solid_t)])
    rows.append(["", doc.v("газообразные и жидкие", "газ тәрізді және сұйық", ""), "", "", "", "", total(doc, gas_g), total(doc, gas_t)])
    doc.table(doc.v("Таблица 3.2 – Источники выбросов и выбросы загрязняющих веществ по данным инвентаризации",
                    "3.2-кесте – Түгендеу деректері бойынша шығарынды көздері және ластаушы заттар шығарындылары", ""),
              rows, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# (number, RU shop, KK shop, codes, (low, high) base g/s, hours, reduced after the biofilter?)
MEAT_SOURCES = (
    ("0001", "Котельная (уголь), дымовая труба", "Қазандық (көмір), түтін мұржасы",
     ("0301", "0304", "0330", "0337", "0703", "2908"), (0.3, 1.2), 5000, False),
    ("0002", "Утильцех, вытяжная труба после скруббера", "Утильцех, скрубберден кейінгі сору құбыры",
     ("0303", "0333", "1715"), (0.02, 0.09), 2900, True),
    ("0003", "Колбасный цех, коптильная камера", "Шұжық цехы, ыстау камерасы", ("0337", "1325"), (0.01, 0.05), 2400, False),
    ("6001", "Скотобаза предубойного содержания", "Сою алдында ұстайтын мал базасы", ("0303", "0333"), (0.005, 0.03), 2900, False),
    ("6002", "Площадка золошлаковых отходов", "Күл-қож қалдықтары алаңы", ("2908",), (0.002, 0.02), 8760, False),
)  # fmt: skip
BIOGAS_FARM = (
    ("1. Máy phát điện chạy khí biogas (500 kW) – ống thải H = 6 m", ("0301", "0330", "0337"), (0.05, 0.3), True),
    ("2. Đuốc đốt khí biogas dư", ("0301", "0330", "0337"), (0.01, 0.08), True),
    ("3. Khu chuồng nuôi kín (12 dãy chuồng, quạt hút cuối chuồng)", ("0303", "0333"), (0.05, 0.4), False),
    ("4. Khu xử lý chất thải (hầm biogas, hồ sinh học, nhà ép phân)", ("0303", "0333", "0410"), (0.01, 0.1), False),
)


def emissions_gb2(doc: Doc) -> None:
    """The ЭРА table `Нормативы выбросов загрязняющих веществ в атмосферу по объекту` of a meat plant with a rendering
    shop and a coal boiler house: ordered by substance, a row spanning the table per substance (`(0301) Азота диоксид`),
    under it the rows `Организованные источники` and `Неорганизованные источники`, each source with its shop and
    number, the existing position of 2025, the figures of 2026 and the НДВ under a three-row header with a row of column
    numbers, `Итого` and `Всего по веществу` rows, benz(a)pyrene in E-notation; the rendering shop's norm lower than its
    existing position (the biofilter of 2027) (VI: a pig farm's biogas engine, flare, barns and waste area under group
    rows, a computed concentration beside g/s, kg a day and tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRANG TRẠI CHĂN NUÔI HEO PHÚ GIA (QUY MÔ 2.400 HEO NÁI, 9.600 HEO THỊT)")
        doc.p("Lượng khí biogas phát sinh khoảng 2.900 m3/ngày, được sử dụng chạy máy phát điện phục vụ trang trại; phần khí dư "
              "được đốt bỏ tại đuốc đốt.")
        rows = [["TT", "Thông số", "Nồng độ (mg/Nm3)", "Tải lượng (g/s)", "Tải lượng (kg/ngày)", "Tải lượng (tấn/năm)"]]
        merges = []
        for title, codes, (lo, hi), stack in BIOGAS_FARM:
            rows.append([title, None, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
            base = r.uniform(lo, hi)
            for j, c in enumerate(codes, 1):
                g = _g(doc, c, base, 3)
                t = _sig(g * 3600 * 8760 / 1e6, 3)
                conc = num(_sig(g * 1000 / r.uniform(0.4, 1.2), 3), "vi") if stack else "-"
                rows.append([f"{title[0]}.{j}", vocab.air(c, "vi", 1 if c in ("0301", "0330", "0337", "0303", "0333") else 0),
                             conc, num(g, "vi"), num(_sig(g * 86.4, 3), "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
        doc.table("Bảng 3.9. Tải lượng khí thải phát sinh trong giai đoạn vận hành", rows, merges, role="emissions")
        doc.p("Ghi chú: “-”: nguồn thải phân tán, không xác định nồng độ.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Проект нормативов допустимых выбросов ТОО «Ет Өнім Қостанай» (мясокомбинат с утилизационным цехом)",
                "«Ет Өнім Қостанай» ЖШС (утильдеу цехы бар ет комбинаты) жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Убой скота ведется сезонно (сентябрь – декабрь); в 2027 году на утилизационном цехе вводится биофильтр, "
                "после чего достигаются нормативы допустимых выбросов.",
                "Мал сою маусымдық түрде жүргізіледі (қыркүйек – желтоқсан); 2027 жылы утильдеу цехында биосүзгі енгізіледі, "
                "содан кейін жол берілетін шығарындылар нормативтеріне қол жеткізіледі.", ""))
    head = doc.v(["Производство, цех, участок", "Номер источника", "Нормативы выбросов загрязняющих веществ", None, None, None, None, None,
                  "Год достижения НДВ"],
                 ["Өндіріс, цех, учаске", "Көз нөмірі", "Ластаушы заттар шығарындыларының нормативтері", None, None, None, None, None,
                  "ЖШН қол жеткізу жылы"], [])
    sub1 = [None, None, *doc.v(["существующее положение на 2025 год", None, "на 2026 год", None, "Н Д В", None],
                               ["2025 жылғы қазіргі жағдай", None, "2026 жылға", None, "Ж Ш Н", None], []), None]
    sub2 = [None, None, *doc.v(["г/с", "т/год"] * 3, ["г/с", "т/жыл"] * 3, []), None]
    rows = [head, sub1, sub2, [str(k) for k in range(1, 10)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 7), (0, 8, 2, 8), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7)]
    data: dict[str, list[tuple]] = {}
    chosen = [s for s in MEAT_SOURCES if s[0] != "0003" or r.random() < 0.7]
    for number, s_ru, s_kk, codes, (lo, hi), hours, reduced in chosen:
        base = r.uniform(lo, hi)
        for c in codes:
            if c == "0703":
                g = float(f"{base * r.uniform(1e-6, 3e-6):.1E}")
                t = float(f"{g * 3600 * hours / 1e6 * r.uniform(0.7, 1.0):.1E}")
            else:
                g = _g(doc, c, base)
                t = _sig(g * 3600 * hours / 1e6 * r.uniform(0.6, 1.0), 4)
            k = r.uniform(1.4, 2.2) if reduced else 1.0
            old = (g if c == "0703" else _sig(g * k, 4), t if c == "0703" else _sig(t * k, 4))
            data.setdefault(c, []).append((number, (s_ru, s_kk)[L], old, (g, t), "2027" if reduced else "2026"))

    def fmt(x: float, c: str) -> str:
        return _e(x) if c == "0703" else num(x, doc.lang)

    all_g, all_t = [], []
    for c in sorted(data):
        rows.append([f"({c}) {_air(doc, c)}", *[None] * 8])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
        for kind in ("organized", "unorganized"):
            items = [x for x in data[c] if x[0].startswith("6") == (kind == "unorganized")]
            if not items:
                continue
            word = doc.v(("Организованные источники", "Неорганизованные источники"), ("Ұйымдастырылған көздер", "Ұйымдастырылмаған көздер"),
                         ())[kind == "unorganized"]
            rows.append([word, *[None] * 8])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
            for number, shop, old, new, year in items:
                rows.append([shop, number, fmt(old[0], c), fmt(old[1], c), fmt(old[0], c), fmt(old[1], c), fmt(new[0], c),
                             fmt(new[1], c), year])
                doc.add("emissions", emission(c, new[0], new[1], number))
            if c != "0703" and len(data[c]) > 1:
                rows.append([doc.v("Итого:", "Жиыны:", ""), "", total(doc, [x[2][0] for x in items]), total(doc, [x[2][1] for x in items]),
                             total(doc, [x[2][0] for x in items]), total(doc, [x[2][1] for x in items]),
                             total(doc, [x[3][0] for x in items]), total(doc, [x[3][1] for x in items]), ""])
        all_g += [x[3][0] for x in data[c]]
        all_t += [x[3][1] for x in data[c]]
    rows.append([doc.v("Всего по объекту:", "Объект бойынша барлығы:", ""), "", "", "", "", "", total(doc, all_g), total(doc, all_t), ""])
    doc.table(doc.v("Таблица 3.6 – Нормативы выбросов загрязняющих веществ в атмосферу по объекту",
                    "3.6-кесте – Объект бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері", ""), rows, merges,
              role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t/year, processed in the rendering shop?, RU receiver, KK receiver)
MEAT_WASTES = (
    ("02 02 02", "Отходы тканей животных (конфискаты, кость, жир-сырец)", "Жануарлар ұлпаларының қалдықтары (тәркіленген өнім, сүйек, шикі май)",
     (180, 640), True, "переработка в мясокостную муку", "ет-сүйек ұнына өңдеу"),
    ("02 01 06", "Навоз скотобазы и содержимое преджелудков (каныга)", "Мал базасының көңі және қарынның ішіндегісі (қарын қоқысы)",
     (300, 1400), False, "передача крестьянским хозяйствам на удобрение", "тыңайтқышқа шаруа қожалықтарына беру"),
    ("02 02 04", "Осадок жироловок и локальных очистных сооружений", "Май ұстағыштар мен жергілікті тазарту құрылыстарының тұнбасы",
     (25, 140), False, "передача на полигон по договору", "шарт бойынша полигонға беру"),
    ("02 02 03", "Материалы, непригодные для потребления (брак колбасных изделий)", "Тұтынуға жарамсыз материалдар (шұжық өнімдерінің ақауы)",
     (2, 15), True, "переработка в утильцехе", "утильцехта өңдеу"),
    ("10 01 01", "Золошлаковые отходы котельной", "Қазандықтың күл-қож қалдықтары", (90, 420), False,
     "вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.03, 0.3), False,
     "демеркуризация по договору", "шарт бойынша демеркуризациялау"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.2, 1.5), False, "передача специализированной организации",
     "мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 2.5), False, "передача на регенерацию",
     "регенерацияға беру"),
    ("15 01 02", "Пластиковая упаковка (оболочка, пакеты из-под специй)", "Пластик орама (қабық, дәмдеуіш қаптары)", (1, 9), False,
     "передача на переработку", "қайта өңдеуге беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (20, 60), False, "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip
MEAT_BYPRODUCTS = (
    ("Кровь пищевая и техническая", "Тағамдық және техникалық қан", (60, 220),
     "переработка на кровяную муку в утильцехе", "утильцехта қан ұнына өңдеу"),
    ("Щетина, рога, копыта", "Қылшық, мүйіз, тұяқ", (8, 40), "реализация как вторичное сырье", "қайталама шикізат ретінде сату"),
    ("Шкуры крупного рогатого скота", "Ірі қара мал терісі", (90, 300), "реализация кожевенному заводу", "былғары зауытына сату"),
)  # fmt: skip
# (VI name, source, (low, high) kg/year)
TEA_ORDINARY = (
    ("Tro xỉ lò sấy chè (đốt củi)", "Lò sấy", (18000, 60000), "Dùng bón cho vườn chè của công ty"),
    ("Cọng, xơ, lá già loại bỏ khi phân loại", "Xưởng phân loại", (9000, 30000), "Ủ làm phân hữu cơ"),
    ("Bao bì giấy, túi PE rách hỏng", "Kho thành phẩm", (600, 2400), "Bán phế liệu"),
    ("Bùn thải từ hệ thống xử lý nước thải", "Hệ thống xử lý nước thải", (1500, 6000), "Thuê đơn vị có chức năng thu gom"),
)


def wastes_gb1(doc: Doc) -> None:
    """A meat plant's waste section with its rendering shop: `Образование, т/год` before what the rendering shop
    processes and what is handed over, the codes typed with and without spaces (`020202`, `20 01 21*`), a total row, then
    a row spanning the table `Побочные продукты (отходами не являются)` over blood, bristle and hides with their tonnes
    and no code (VI: a tea factory's solid wastes in kg/năm under lettered group rows — ordinary wastes without a code,
    CTNH with theirs, and tea dust sold as a by-product, no waste)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY CHÈ CẦU ĐẤT MỚI")
        doc.p("Nhà máy chế biến chè đen và chè xanh theo vụ (tháng 3 đến tháng 11), công suất 30 tấn búp tươi/ngày. Khối lượng "
              "chất thải dưới đây là khối lượng phát sinh thực tế năm 2025.")
        rows = [["TT", "Loại chất thải", "Nguồn phát sinh", "Mã chất thải", "Khối lượng (kg/năm)", "Biện pháp quản lý"]]
        merges = []

        def group(title: str) -> None:
            rows.append([title, None, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 5))

        group("A. Chất thải rắn công nghiệp thông thường")
        for k, (w, src, (lo, hi), how) in enumerate(TEA_ORDINARY, 1):
            kg = r.randint(lo // 100, hi // 100) * 100
            rows.append([str(k), w, src, "-", num(kg, "vi"), how])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": w})
        group("B. Chất thải nguy hại")
        for k, (code, w, _) in enumerate(r.sample(vocab.VN_CTNH, 4), 1):
            kg = r.randint(2, 90) * 5
            rows.append([str(k), w, doc.pick(("Xưởng cơ khí", "Toàn nhà máy", "Khu văn phòng", "Kho vật tư")), code, num(kg, "vi"),
                         "Hợp đồng với Công ty TNHH Môi trường Lâm Viên thu gom, xử lý"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": w})
        group("C. Sản phẩm phụ (không phải chất thải)")
        rows.append(["1", "Chè vụn, chè cám thu hồi sau sàng", "Xưởng sàng, phân loại", "-", num(r.randint(120, 400) * 100, "vi"),
                     "Bán cho cơ sở sản xuất chè túi lọc"])
        doc.table("Bảng 2. Chất thải rắn phát sinh tại nhà máy", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Раздел 7. Управление отходами производства и потребления. ТОО «Ет Өнім Қостанай»",
                "7-бөлім. Өндіріс және тұтыну қалдықтарын басқару. «Ет Өнім Қостанай» ЖШС", ""))
    doc.p(doc.v("Утилизационный цех перерабатывает отходы убоя в мясокостную муку; объемы приведены для убойного сезона "
                "(сентябрь – декабрь) и работы колбасного цеха в течение года.",
                "Утильдеу цехы сою қалдықтарын ет-сүйек ұнына өңдейді; көлемдер сою маусымы (қыркүйек – желтоқсан) және шұжық "
                "цехының жыл бойғы жұмысы үшін келтірілген.", ""))
    rows = [doc.v(["№ п/п", "Наименование отхода", "Код отхода", "Образование, т/год", "Переработано в утильцехе, т/год",
                   "Передано сторонним организациям, т/год", "Примечание"],
                  ["Р/с №", "Қалдықтың атауы", "Қалдық коды", "Түзілуі, т/жыл", "Утильцехта өңделді, т/жыл",
                   "Бөгде ұйымдарға берілді, т/жыл", "Ескертпе"], [])]
    merges = []
    picked = _some(doc, MEAT_WASTES, r.randint(8, 9), keep=("02 02 02", "20 03 01"))
    amounts = []
    for k, (code, n_ru, n_kk, (lo, hi), own, o_ru, o_kk) in enumerate(picked, 1):
        t = rate(r, lo, hi, 3)
        amounts.append(t)
        typed = code.replace(" ", "") if r.random() < 0.4 else code
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, typed, num(t, doc.lang), num(t, doc.lang) if own else "–", "–" if own else num(t, doc.lang),
                     (o_ru, o_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", doc.v("Итого отходов", "Қалдықтар жиыны", ""), "", total(doc, amounts), "", "", ""])
    rows.append([doc.v("Побочные продукты (отходами не являются, учитываются как сырье)",
                       "Қосалқы өнімдер (қалдық болып табылмайды, шикізат ретінде ескеріледі)", ""), *[None] * 6])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    for k, (n_ru, n_kk, (lo, hi), o_ru, o_kk) in enumerate(MEAT_BYPRODUCTS, 1):
        t = rate(r, lo, hi, 3)
        rows.append([f"П{k}", (n_ru, n_kk)[L], "–", num(t, doc.lang), num(t, doc.lang) if k == 1 else "–",
                     "–" if k == 1 else num(t, doc.lang), (o_ru, o_kk)[L]])
    doc.table(doc.v("Таблица 7.1 – Образование и движение отходов", "7.1-кесте – Қалдықтардың түзілуі және қозғалысы", ""),
              rows, merges, role="wastes")
    doc.p(doc.v("Коды приведены по Классификатору отходов (приказ и.о. Министра экологии, геологии и природных ресурсов РК "
                "от 6 августа 2021 года № 314); знак «*» – опасные отходы.",
                "Кодтар Қалдықтар сыныптауышы бойынша келтірілген (ҚР Экология, геология және табиғи ресурстар министрінің м.а. "
                "2021 жылғы 6 тамыздағы № 314 бұйрығы); «*» белгісі – қауіпті қалдықтар.", ""))
    maybe_distractor(doc)


# (code, RU, KK, (low, high) t/year, share in the milk season, RU handling, KK handling)
DAIRY_WASTES = (
    ("02 05 02", "Осадок флотатора локальных очистных сооружений", "Жергілікті тазарту құрылыстары флотаторының тұнбасы", (40, 220), 0.7,
     "вывоз на поля компостирования", "компосттау алаңдарына шығару"),
    ("02 05 01", "Продукция, непригодная для потребления (возврат, брак)", "Тұтынуға жарамсыз өнім (қайтарым, ақау)", (5, 40), 0.65,
     "передача на корм скоту", "мал азығына беру"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", (6, 30), 0.6, "передача на переработку", "қайта өңдеуге беру"),
    ("15 01 02", "Пластиковая упаковка (пленка, ПЭТ)", "Пластик орама (үлдір, ПЭТ)", (3, 18), 0.6, "передача на переработку",
     "қайта өңдеуге беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.02, 0.2), None, "демеркуризация",
     "демеркуризациялау"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы (молоковозы)", "Пайдаланылған қорғасын аккумуляторлары (сүт тасығыштар)",
     (0.1, 0.9), 0.0, "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.2, 1.6), 0.5, "передача на регенерацию",
     "регенерацияға беру"),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (0.5, 3), 0.0, "передача на переработку", "қайта өңдеуге беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (15, 45), 0.5, "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip
# (VI, receiver, (low, high) t/year, share in the crushing season)
CASSAVA_WASTES = (
    ("Bã sắn sau ép tách nước", "Bán làm thức ăn chăn nuôi", (9000, 26000), 1.0),
    ("Vỏ sắn, đất cát từ công đoạn rửa, bóc vỏ", "Ủ phân vi sinh", (2500, 8000), 1.0),
    ("Bùn thải từ hệ thống xử lý nước thải (hầm biogas, hồ hiếu khí)", "Ủ phân vi sinh", (300, 1500), 0.8),
    ("Tro xỉ lò đốt than cấp nhiệt sấy tinh bột", "Công ty TNHH Vật liệu xây dựng Hòa Thành", (200, 900), 0.9),
    ("Bao bì đựng tinh bột rách hỏng", "Bán phế liệu", (3, 15), 0.8),
)


def wastes_gb2(doc: Doc) -> None:
    """A dairy's wastes with the milk season and the rest of the year as two sub-columns before `всего за год` under a
    merged `Образование отходов, т`, the code before the name, a dash where a waste forms in one part of the year only,
    a total row, the handling last (VI: a cassava starch factory's crushing season and off-season, ordinary wastes with
    `-` for the code, CTNH in tonnes with theirs)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY TINH BỘT SẮN TÂN CHÂU PHÁT")
        doc.p("Nhà máy hoạt động theo vụ sắn từ tháng 10 năm trước đến tháng 4 năm sau; ngoài vụ chỉ vận hành kho và bảo dưỡng "
              "thiết bị.")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh năm 2025 (tấn)", None, None, "Đơn vị tiếp nhận, xử lý"],
                [None, None, None, "Trong vụ (tháng 1–4, 10–12)", "Ngoài vụ (tháng 5–9)", "Cả năm", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        items = [(w, None, rate(r, lo, hi, 3), share, who) for w, who, (lo, hi), share in CASSAVA_WASTES]
        items += [(w, code, _sig(r.uniform(0.02, 0.9), 2), r.choice((0.7, 1.0, 0.0)), "Công ty TNHH Xử lý chất thải Tây Ninh")
                  for code, w, _ in r.sample(vocab.VN_CTNH, 3)]
        whole = []
        for k, (w, code, t, share, who) in enumerate(items, 1):
            a = _sig(t * share, 3) if share else 0.0
            b = _sig(t - a, 3)
            t = _sig(a + b, 4)
            whole.append(t)
            rows.append([str(k), w, code or "-", num(a, "vi") if a else "-", num(b, "vi") if b else "-", num(t, "vi"), who])
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                               "hazardous": bool(code), "amount_t": t, "name_contains": w})
        rows.append(["", "Tổng cộng", "", "", "", total(doc, whole), ""])
        doc.table("Bảng 3. Khối lượng chất thải rắn phát sinh", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Отчет о выполнении программы управления отходами за 2025 год. Молочный завод «Сүтті Өлке»",
                "«Сүтті Өлке» сүт зауыты. Қалдықтарды басқару бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.p(doc.v("Приемка молока в пастбищный сезон (май – сентябрь) в 2,5 раза выше, чем в стойловый период; соответственно "
                "распределяется и образование отходов.",
                "Жайылым маусымында (мамыр – қыркүйек) сүт қабылдау қора кезеңіне қарағанда 2,5 есе жоғары; қалдықтардың түзілуі де "
                "соған сәйкес бөлінеді.", ""))
    rows = [doc.v(["№", "Код", "Наименование отхода", "Образование отходов, т", None, None, "Способ обращения"],
                  ["№", "Коды", "Қалдықтың атауы", "Қалдықтардың түзілуі, т", None, None, "Жұмыс істеу тәсілі"], []),
            doc.v([None, None, None, "май – сентябрь", "октябрь – апрель", "всего за год", None],
                  [None, None, None, "мамыр – қыркүйек", "қазан – сәуір", "жыл бойы барлығы", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    picked = _some(doc, DAIRY_WASTES, r.randint(7, 8), keep=("02 05 02",))
    whole = []
    for k, (code, n_ru, n_kk, (lo, hi), share, h_ru, h_kk) in enumerate(picked, 1):
        t = rate(r, lo, hi, 3)
        if share is None:
            share = r.choice((0.5, 1.0))
        a = _sig(t * share, 3) if share else 0.0
        b = _sig(t - a, 3) if share < 1 else 0.0
        t = _sig(a + b, 4)
        whole.append(t)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(a, doc.lang) if a else "–", num(b, doc.lang) if b else "–", num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", "", doc.v("Итого", "Жиыны", ""), "", "", total(doc, whole), ""])
    doc.table(doc.v("Таблица 2.1 – Фактическое образование отходов по периодам года",
                    "2.1-кесте – Жыл кезеңдері бойынша қалдықтардың нақты түзілуі", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: allowed concentration at the outlet to the evaporation ponds, mg/dm3 (pH a range)
POND_DK = {"pH": (6.5, 8.5), "TSS": 25, "BOD5": 15, "COD": 50, "NH4+": 2.5, "Cl-": 350, "SO4": 500, "TDS": 1000, "Surfactants": 0.5}
FAT = ("Жиры и масла", "Майлар мен тоң майлар")
# symbol: (A, B, unit) — QCVN 11-MT:2015/BTNMT, seafood processing waste water
QCVN11 = {"pH": ((6, 9), (5.5, 9), None), "BOD5": (30, 50, "mg/l"), "COD": (75, 150, "mg/l"), "TSS": (50, 100, "mg/l"),
          "NH4+": (10, 20, "mg/l"), "TN": (30, 60, "mg/l"), "TP": (10, 20, "mg/l"), "Coliform": (3000, 5000, "MPN/100ml")}
VI_FAT = (10, 20)


def limits_gb1(doc: Doc) -> None:
    """A fish plant's water discharged to its evaporation ponds in the report on ПЭК: the outlet only in the caption
    (`выпуск СВ-1`), a unit column (`ед. pH`, `мг/дм3`), the allowed concentration, then the results of the spring and
    the autumn fishing seasons as sub-columns with the sampling date in the header, `н/о` where a sample was not
    analysed, fats without a code (VI: a shrimp plant's water before treatment (NT1), which no standard judges, beside the
    treated water (NT2) and QCVN 11-MT:2015 column A)."""
    r = doc.rng
    if doc.lang == "vi":
        name, _, _, _, _, _ = doc.pick(VN_SEAFOOD)
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 3 NĂM 2025 – {name.upper()}")
        doc.p("Thời gian lấy mẫu: ngày 16/9/2025. Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường (VIMCERTS 112). "
              "Nước thải sau xử lý được so sánh với QCVN 11-MT:2015/BTNMT, cột A (Kq = 1; Kf = 1).")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 11-MT:2015/BTNMT (Cột A)"],
                [None, None, None, "NT1 – Nước thải đầu vào hệ thống xử lý", "NT2 – Nước thải sau xử lý tại hố ga cuối", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
        keys = ["pH", "BOD5", "COD", "TSS", "NH4+", *sorted(r.sample(["TN", "TP"], r.randint(1, 2))), "FAT", "Coliform"]
        for k, s in enumerate(keys, 1):
            if s == "FAT":
                lim, unit, label = VI_FAT[0], "mg/l", "Dầu mỡ động thực vật"
            else:
                lim, unit, label = QCVN11[s][0], QCVN11[s][2], vocab.water(s, "vi")
            if s == "pH":
                raw, v = round(r.uniform(6.2, 7.4), 1), round(r.uniform(6.8, 7.9), 1)
            else:
                top = lim if not isinstance(lim, tuple) else 1
                raw = _sig(top * (r.uniform(1.5, 4) if s in ("TN", "TP", "FAT") else r.uniform(4, 25)), 3)
                v = _sig(top * r.uniform(0.1, 0.9), 3) if s != "Coliform" else float(r.choice((430, 930, 1500, 2400)))
                raw = float(round(raw)) if s == "Coliform" else raw
            rows.append([str(k), label, unit or "-", num(raw, "vi"), num(v, "vi"), cell(doc, lim)])
            if s == "FAT":
                add(doc, {"medium": "waste_water", "unit": "mg/l", "column": "A", "point": "NT2", "limit": float(lim),
                          "limit_min": None, "limit_max": None, "value": v})
            else:
                add(doc, limit(("symbol", s), "waste_water", lim, unit, "A", "NT2", v))
        doc.table("Bảng 2. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
        doc.p("Ghi chú: NT1 là mẫu nước thải chưa xử lý, lấy để đánh giá hiệu suất xử lý, không so sánh với quy chuẩn.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    n_ru, n_kk = doc.pick(KZ_FISH)[:2]
    doc.h(doc.v(f"Отчет по программе производственного экологического контроля за 2025 год. {n_ru}",
                f"{n_kk}. Өндірістік экологиялық бақылау бағдарламасы бойынша 2025 жылғы есеп", ""))
    doc.h(doc.v("5.3. Мониторинг сточных вод", "5.3. Ағынды сулар мониторингі", ""))
    doc.p(doc.v("Производственные сточные воды после жироловки и отстойника отводятся в пруды-испарители. Пробы отбирались "
                "в период работы цеха – в весеннюю и осеннюю путину.",
                "Өндірістік ағынды сулар май ұстағыш пен тұндырғыштан кейін буландыру тоғандарына бұрылады. Сынамалар цех "
                "жұмыс істеген кезеңде – көктемгі және күзгі кәсіпшілікте алынды.", ""))
    spring, autumn = f"{r.randint(14, 28)}.04.2025", f"{r.randint(6, 24)}.10.2025"
    rows = [doc.v(["№", "Показатель", "Ед. изм.", "Допустимая концентрация", "Фактическая концентрация", None],
                  ["№", "Көрсеткіш", "Өлш. бірл.", "Жол берілетін концентрация", "Нақты концентрация", None], []),
            [None, None, None, None, doc.v(f"весенняя путина ({spring})", f"көктемгі кәсіпшілік ({spring})", ""),
             doc.v(f"осенняя путина ({autumn})", f"күзгі кәсіпшілік ({autumn})", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
    pool = ["TSS", "BOD5", "COD", "NH4+", "Cl-", "SO4", "TDS", "Surfactants"]
    keys = ["pH", *sorted(r.sample(pool, 6), key=pool.index), "FAT"]
    skip = r.choice(keys[1:-1])
    for k, s in enumerate(keys, 1):
        lim = 20 if s == "FAT" else POND_DK[s]
        label = FAT[L] if s == "FAT" else vocab.water(s, doc.lang)
        unit = doc.v("ед. pH", "pH бірл.", "") if s == "pH" else doc.v("мг/дм3", "мг/дм3", "")
        cells = []
        for season in (0, 1):
            if s == skip and season == 1:
                cells.append(doc.v("н/о", "а/ж", ""))
                continue
            v = round(r.uniform(6.6, 8.3), 1) if s == "pH" else _sig(lim * r.uniform(0.2, 1.25), 3)
            cells.append(num(v, doc.lang))
            if s == "FAT":
                add(doc, {"medium": "waste_water", "unit": "mg/l", "column": None, "point": "СВ-1", "limit": float(lim),
                          "limit_min": None, "limit_max": None, "value": v})
            else:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, "СВ-1", v))
        rows.append([str(k), label, unit, cell(doc, lim), *cells])
    doc.table(doc.v("Таблица 5.3 – Качество сточных вод на выпуске СВ-1 в пруды-испарители",
                    "5.3-кесте – Буландыру тоғандарына СВ-1 шығарылымындағы ағынды сулардың сапасы", ""), rows, merges, role="limits")
    doc.p(doc.v("н/о – не определялось (проба испорчена при транспортировке).",
                "а/ж – анықталған жоқ (сынама тасымалдау кезінде бүлінген).", ""))
    maybe_distractor(doc)


# (RU, KK plot) of a greenhouse complex's soil
GREEN_PLOTS = (
    ("П-1", "теплица блок № 1 (томаты)", "№ 1 жылыжай блогы (қызанақ)"),
    ("П-2", "теплица блок № 2 (огурцы)", "№ 2 жылыжай блогы (қияр)"),
    ("П-3", "теплица блок № 3 (рассадное отделение)", "№ 3 жылыжай блогы (көшет бөлімі)"),
    ("П-4", "фон, 500 м севернее комплекса", "фон, кешеннен солтүстікке қарай 500 м"),
)
# code: (A, B), mg/Nm3 — QCVN 19:2009/BTNMT as the sugar mills write the multiplied value
KP, KV = 0.9, 1.2


def limits_gb2(doc: Doc) -> None:
    """A greenhouse complex's soil in its report on ПЭК: the ПДК in mg/kg before the plots, each plot a column whose
    header gives the plot's code and its block, a row under the header with the sampling dates, mercury below detection
    written `< 0,05` (no measured value); the samples' description in a table of no role before it (VI: a sugar mill's
    two bagasse boiler stacks in the crushing season, the flow, temperature and O2 without a norm, the norm a single
    column with the QCVN 19 column B value already multiplied by Kp and Kv)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI LÒ HƠI TRONG VỤ ÉP 2025–2026 – NHÀ MÁY ĐƯỜNG SÔNG LAM")
        doc.p("Vị trí quan trắc: KT1 – ống khói lò hơi số 1; KT2 – ống khói lò hơi số 2. Lưu lượng khí thải mỗi lò khoảng "
              "60.000–90.000 m3/h, nhà máy nằm ở khu vực nông thôn.")
        rows = [["TT", "Thông số", "Đơn vị", "KT1", "KT2", f"QCVN 19:2009/BTNMT, cột B (Cmax = C × Kp × Kv; Kp = {num(KP, 'vi')}; "
                                                           f"Kv = {num(KV, 'vi')})"]]
        rows.append(["1", "Lưu lượng", "m3/h", num(r.randint(60, 90) * 1000, "vi"), num(r.randint(55, 85) * 1000, "vi"), "-"])
        rows.append(["2", "Nhiệt độ", "°C", str(r.randint(150, 190)), str(r.randint(150, 190)), "-"])
        rows.append(["3", "O2", "%", num(round(r.uniform(9, 13), 1), "vi"), num(round(r.uniform(9, 13), 1), "vi"), "-"])
        for k, c in enumerate(("2902", "0330", "0301", "0337"), 4):
            cmax = round(QCVN19[c][1] * KP * KV, 1)
            cmax = int(cmax) if cmax == int(cmax) else cmax
            label = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}[c]
            vals = [_sig(cmax * r.uniform(0.2, 0.9), 3) for _ in range(2)]
            rows.append([str(k), label, "mg/Nm3", *(num(v, "vi") for v in vals), num(cmax, "vi")])
            for p, v in zip(("KT1", "KT2"), vals, strict=True):
                add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", p, v))
        doc.table("Bảng 3. Kết quả quan trắc khí thải lò hơi", rows, role="limits")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Отчет по ПЭК ТОО «Жасыл Алқап» за 2025 год. Мониторинг почв", "«Жасыл Алқап» ЖШС 2025 жылғы ӨЭБ есебі. Топырақ мониторингі", ""))
    doc.p(doc.v("Пробы грунта (субстрата) отобраны из слоя 0–20 см методом конверта после уборки урожая.",
                "Топырақ (субстрат) сынамалары өнім жиналғаннан кейін конверт әдісімен 0–20 см қабаттан алынды.", ""))
    plots = GREEN_PLOTS
    doc.table(doc.v("Таблица 6.1 – Характеристика проб", "6.1-кесте – Сынамалардың сипаттамасы", ""),
              [doc.v(["Проба", "Место отбора", "Тип грунта", "Масса пробы, кг"], ["Сынама", "Алу орны", "Топырақ түрі", "Сынама массасы, кг"], []),
               *([p, (ru, kk)[L], doc.v("торфо-песчаный субстрат", "шымтезек-құмды субстрат", "") if p != "П-4"
                  else doc.v("серозем обыкновенный", "кәдімгі сұр топырақ", ""), num(round(r.uniform(0.8, 1.5), 1), doc.lang)]
                 for p, ru, kk in plots)], role="other")
    dates = [f"{r.randint(10, 30)}.0{r.choice((7, 8))}.2025" for _ in plots]
    rows = [[doc.v("Элемент", "Элемент", ""), doc.v("ПДК, мг/кг", "ШЖК, мг/кг", ""), *(f"{p} – {(ru, kk)[L]}" for p, ru, kk in plots)],
            [doc.v("Дата отбора", "Алу күні", ""), "", *dates]]
    keys = ["Pb", "Zn", "Cu", *r.sample(["Ni", "Co", "Cr", "As"], 2), "Hg"]
    for s in keys:
        lim = SOIL_PDK[s]
        line = [vocab.soil(s, doc.lang), num(lim, doc.lang)]
        for p, _, _ in plots:
            if s == "Hg":
                line.append(doc.v("< 0,05", "< 0,05", ""))
                add(doc, {k: v for k, v in limit(("symbol", s), "soil", lim, "mg/kg", None, p).items() if k != "value"})
                continue
            v = _sig(lim * r.uniform(0.05, 0.3 if p == "П-4" else 1.15), 3)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "soil", lim, "mg/kg", None, p, v))
        rows.append(line)
    doc.table(doc.v("Таблица 6.2 – Содержание тяжелых металлов в почве, мг/кг", "6.2-кесте – Топырақтағы ауыр металдардың құрамы, мг/кг", ""),
              rows, role="limits")
    doc.p(doc.v("«< 0,05» – ниже предела обнаружения методики.", "«< 0,05» – әдістеменің анықтау шегінен төмен.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

MONTHLY_SEASON = {"ru": "ежемесячно (март – май, сентябрь – ноябрь)", "kk": "ай сайын (наурыз – мамыр, қыркүйек – қараша)"}


def monitoring_gb1(doc: Doc) -> None:
    """A fish plant's programme of water monitoring as a matrix: the parameters as rows, the points as columns under a
    merged `Точки контроля`, each point's place in the first header row and its frequency in the second (`ежемесячно
    (март – май, сентябрь – ноябрь)` at the outlet), `+` where the point takes the parameter and `–` where not; fats
    and the water level in the wells carry no substance (VI: a shrimp plant's stack, refrigeration area and outlet in
    one matrix, `x` marks)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        name, _, _, _, _, _ = doc.pick(VN_SEAFOOD)
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
        doc.h("Phụ lục 3. Chương trình quan trắc môi trường định kỳ")
        points = [("KT1", "Ống khói lò hơi đốt trấu 6 tấn hơi/giờ", "semiannual"),
                  ("KK1", "Khu vực máy nén lạnh NH3", "semiannual"),
                  ("NT1", "Nước thải sau HTXLNT, trước khi xả ra sông Hậu", "quarterly")]
        params = [("code", "2902", "Bụi tổng", (0,)), ("code", "0330", "SO2", (0,)), ("code", "0301", "NO2", (0,)),
                  ("code", "0337", "CO", (0,)), ("code", "0303", "NH3", (1,))]
        wat = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"]
        params += [("symbol", s, vocab.water(s, "vi"), (2,)) for s in wat if s in ("pH", "COD", "TSS", "NH4+") or r.random() < 0.7]
        params.append((None, None, "Dầu mỡ động thực vật", (2,)))
        rows = [["TT", "Thông số", "Vị trí quan trắc", None, None],
                [None, None, *(f"{c} – {p}" for c, p, _ in points)],
                [None, "Tần suất", *(freq(doc, w) for _, _, w in points)]]
        merges = [(0, 0, 2, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
        for k, (kind, key, label, at) in enumerate(params, 1):
            rows.append([str(k), label, *("x" if j in at else "" for j in range(3))])
            if kind:
                for j in at:
                    doc.add("monitoring", {"point_contains": points[j][0], kind: key, "frequency": points[j][2]})
        doc.table("Bảng 3.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
        doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B (khí thải), QCVN 11-MT:2015/BTNMT cột A (nước thải).")
        maybe_distractor(doc)
        return
    L = _L(doc)
    n_ru, n_kk = doc.pick(KZ_FISH)[:2]
    doc.h(doc.v(f"Программа производственного экологического контроля. {n_ru}", f"{n_kk}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("4.2. Мониторинг воздействия на водные объекты", "4.2. Су объектілеріне әсер мониторингі", ""))
    points = [("СВ-1", doc.v("выпуск в пруды-испарители", "буландыру тоғандарына шығарылым", ""), "monthly", MONTHLY_SEASON[doc.lang]),
              ("ПИ-1", doc.v("пруд-испаритель № 1", "№ 1 буландыру тоғаны", ""), "quarterly", None),
              ("Н-1", doc.v("наблюдательная скважина ниже прудов", "тоғандардан төмен бақылау ұңғымасы", ""), "semiannual", None),
              ("Н-2", doc.v("фоновая скважина", "фондық ұңғыма", ""), "yearly", None)]
    plan = {"pH": (0, 1, 2, 3), "TSS": (0, 1), "BOD5": (0, 1), "COD": (0, 1), "NH4+": (0, 1, 2, 3), "NO3-": (2, 3),
            "Cl-": (0, 1, 2, 3), "SO4": (0, 2, 3), "TDS": (1, 2, 3), "Surfactants": (0,)}
    keys = [s for s in plan if s in ("pH", "BOD5", "NH4+", "Cl-") or r.random() < 0.75]
    rows = [doc.v(["№", "Определяемый показатель", "Точки контроля", None, None, None],
                  ["№", "Анықталатын көрсеткіш", "Бақылау нүктелері", None, None, None], []),
            [None, None, *(f"{c} ({p})" for c, p, _, _ in points)],
            [None, doc.v("Периодичность", "Кезеңділігі", ""), *(said or freq(doc, w) for _, _, w, said in points)]]
    merges = [(0, 0, 2, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    for k, s in enumerate(keys, 1):
        at = plan[s]
        rows.append([str(k), vocab.water(s, doc.lang), *("+" if j in at else "–" for j in range(4))])
        for j in at:
            doc.add("monitoring", {"point_contains": points[j][0], "symbol": s, "frequency": points[j][2]})
    rows.append([str(len(keys) + 1), FAT[L], "+", "+", "–", "–"])
    rows.append([str(len(keys) + 2), doc.v("Уровень воды, м", "Су деңгейі, м", ""), "–", "–", "+", "+"])
    doc.table(doc.v("Таблица 4.2 – План-график мониторинга сточных и подземных вод", "4.2-кесте – Ағынды және жерасты суларының мониторинг кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(doc.v("Отбор проб на выпуске СВ-1 производится только в период работы цеха переработки.",
                "СВ-1 шығарылымында сынама тек өңдеу цехы жұмыс істеген кезеңде алынады.", ""))
    maybe_distractor(doc)


def monitoring_gb2(doc: Doc) -> None:
    """A meat plant's programme under two group rows spanning the table — the slaughter season and the rest of the year —
    each with the same sources and points at other frequencies: the rendering shop's stack and the boiler house as
    `Источник 0002 – …`, two points of the protection zone in one cell, the outlet to the city sewer; the parameters
    named in one cell (VI: a pig farm's rainy and dry seasons, the stream not sampled in the dry season)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG – TRANG TRẠI CHĂN NUÔI HEO PHÚ GIA")
        doc.h("4. Chương trình giám sát môi trường theo mùa")
        rows = [["Hạng mục", "Vị trí giám sát", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
        merges = []
        water = ["pH", "BOD5", "COD", "TSS", "TN", "Coliform"]
        stream = ["pH", "DO", "BOD5", "COD", "NH4+", "Coliform"]
        air = ["0303", "0333"]
        plan = {"rain": [("Nước thải sau xử lý", ("NT1",), "NT1 – Cửa xả sau hồ sinh học", water, "monthly", "QCVN 62-MT:2016/BTNMT cột B"),
                         ("Nước mặt", ("NM1",), "NM1 – Suối Rạt, hạ lưu điểm xả 200 m", stream, "monthly", "QCVN 08:2023/BTNMT"),
                         ("Không khí xung quanh", ("KK1", "KK2"), "KK1 – Cuối hướng gió khu chuồng; KK2 – Khu dân cư ấp 3", air,
                          "quarterly", "QCVN 06:2009/BTNMT")],
                "dry": [("Nước thải sau xử lý", ("NT1",), "NT1 – Cửa xả sau hồ sinh học", water, "quarterly", "QCVN 62-MT:2016/BTNMT cột B"),
                        ("Không khí xung quanh", ("KK1", "KK2"), "KK1 – Cuối hướng gió khu chuồng; KK2 – Khu dân cư ấp 3", air,
                         "monthly", "QCVN 06:2009/BTNMT")]}
        for key, title in (("rain", "I. MÙA MƯA (tháng 5 – tháng 11)"), ("dry", "II. MÙA KHÔ (tháng 12 – tháng 4 năm sau)")):
            rows.append([title, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for what, codes, place, params, w, std in plan[key]:
                kind = "code" if params is air else "symbol"
                names = [vocab.air(c, "vi", 1) for c in params] if kind == "code" else [vocab.water(s, "vi") for s in params]
                rows.append([what, place, ", ".join(names), freq(doc, w), std])
                for c in codes:
                    doc.add("monitoring", *({"point_contains": c, kind: p, "frequency": w} for p in params))
            if key == "dry":
                rows.append(["Nước mặt", "NM1 – Suối Rạt", "Không giám sát (suối cạn, không xả thải)", "-", "-"])
        doc.table("Bảng 4.1. Chương trình giám sát", rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа производственного экологического контроля ТОО «Ет Өнім Қостанай» на 2026–2028 годы",
                "«Ет Өнім Қостанай» ЖШС 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Периодичность контроля установлена отдельно для убойного сезона и межсезонного периода, когда утилизационный "
                "цех работает эпизодически.",
                "Бақылау кезеңділігі сою маусымы мен утильдеу цехы анда-санда жұмыс істейтін маусымаралық кезең үшін бөлек белгіленген.", ""))
    rows = [doc.v(["Объект контроля", "Место отбора проб", "Контролируемые параметры", "Периодичность", "Исполнитель"],
                  ["Бақылау объектісі", "Сынама алу орны", "Бақыланатын параметрлер", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    lab = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    boiler = ["0301", "0330", "0337", "2908"]
    smell = ["0303", "0333", "1715"]
    zone = ["0303", "0333"]
    sewer = ["TSS", "BOD5", "COD", "NH4+", *r.sample(["Cl-", "SO4", "Surfactants"], 1)]
    emis = doc.v("Выбросы", "Шығарындылар", "")
    sz = doc.v("Атмосферный воздух", "Атмосфералық ауа", "")
    ww = doc.v("Сточные воды", "Ағынды сулар", "")
    src2 = doc.v("Источник 0002 – вытяжная труба утильцеха", "0002 көзі – утильцехтың сору құбыры", "")
    src1 = doc.v("Источник 0001 – дымовая труба котельной", "0001 көзі – қазандықтың түтін мұржасы", "")
    zone_pts = doc.v("Т-1 (граница СЗЗ, север), Т-2 (граница СЗЗ, юг)", "Т-1 (СҚА шекарасы, солтүстік), Т-2 (СҚА шекарасы, оңтүстік)", "")
    outlet = doc.v("В-1 – выпуск в городской коллектор", "В-1 – қалалық коллекторға шығарылым", "")
    plan = {"season": [(emis, src2, ("src", "0002"), smell, "monthly"), (emis, src1, ("src", "0001"), boiler, "monthly"),
                       (sz, zone_pts, ("pt", "Т-1", "Т-2"), zone, "monthly"), (ww, outlet, ("pt", "В-1"), sewer, "monthly")],
            "rest": [(emis, src2, ("src", "0002"), smell, "quarterly"), (emis, src1, ("src", "0001"), boiler, "quarterly"),
                     (sz, zone_pts, ("pt", "Т-1", "Т-2"), zone, "quarterly"), (ww, outlet, ("pt", "В-1"), sewer, "quarterly")]}
    titles = {"season": doc.v("I. Убойный сезон (сентябрь – декабрь)", "I. Сою маусымы (қыркүйек – желтоқсан)", ""),
              "rest": doc.v("II. Межсезонный период (январь – август)", "II. Маусымаралық кезең (қаңтар – тамыз)", "")}
    for key in ("season", "rest"):
        rows.append([titles[key], None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for what, where, loc, params, w in plan[key]:
            water = loc[1] == "В-1"
            names = [vocab.water(s, doc.lang) for s in params] if water else [_air(doc, c) for c in params]
            said = freq(doc, w)
            if key == "rest" and loc == ("src", "0002"):
                said += doc.v(" (при работе утильцеха)", " (утильцех жұмыс істегенде)", "")
            if key == "rest" and loc == ("src", "0001"):
                said += doc.v(" (в отопительный период)", " (жылыту кезеңінде)", "")
            rows.append([what, where, ", ".join(names), said, lab])
            for p in params:
                if loc[0] == "src":
                    doc.add("monitoring", {"source_number": loc[1], "code": p, "frequency": w})
                else:
                    for pt in loc[1:]:
                        doc.add("monitoring", {"point_contains": pt, ("symbol" if water else "code"): p, "frequency": w})
    doc.table(doc.v("Таблица 3 – План-график производственного мониторинга", "3-кесте – Өндірістік мониторингтің жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# unit (RU, KK): [(RU item, KK item, frequency)]
MEAT_CHECKS = (
    (("Утилизационный цех", "Утильдеу цехы"), [
        ("Герметичность вакуумных котлов и паропроводов, отсутствие парений", "Вакуумдық қазандар мен бу құбырларының саңылаусыздығы", "daily"),
        ("Работа скруббера: орошение, перепад давления, запах на выходе", "Скруббер жұмысы: суару, қысым айырмасы, шығудағы иіс", "daily"),
        ("Чистота площадки приема сырья, отсутствие россыпи", "Шикізат қабылдау алаңының тазалығы, шашылудың болмауы", "weekly")]),
    (("Скотобаза предубойного содержания", "Сою алдында ұстайтын мал базасы"), [
        ("Уборка навоза и вывоз на площадку компостирования", "Көңді жинау және компосттау алаңына шығару", "daily"),
        ("Состояние навозохранилища: гидроизоляция, степень заполнения", "Көң қоймасының жай-күйі: гидрооқшаулау, толу дәрежесі", "monthly")]),
    (("Котельная", "Қазандық"), [
        ("Работа золоуловителя и дымососа", "Күл ұстағыш пен түтін сорғыштың жұмысы", "weekly"),
        ("Площадка золошлаковых отходов: ограждение, увлажнение", "Күл-қож қалдықтары алаңы: қоршау, ылғалдандыру", "monthly")]),
    (("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары"), [
        ("Очистка жироловок и вывоз жиромассы", "Май ұстағыштарды тазалау және май массасын шығару", "weekly"),
        ("Учет объема сброса по расходомеру", "Шығын өлшегіш бойынша төгінді көлемін есепке алу", "daily"),
        ("Техническое состояние флотатора и реагентного хозяйства", "Флотатор мен реагент шаруашылығының техникалық жай-күйі", "quarterly")]),
    (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"), [
        ("Маркировка тары, сроки накопления (не более 6 месяцев)", "Ыдыстардың таңбалануы, жинақтау мерзімдері (6 айдан аспайды)", "monthly"),
        ("Наличие договоров и актов передачи отходов", "Қалдықтарды беру шарттары мен актілерінің болуы", "quarterly")]),
)  # fmt: skip
SUGAR_CHECKS = (
    ("Lò hơi đốt bã mía", [
        ("Vận hành cyclon chùm và tháp rửa khí, lượng nước tuần hoàn", "daily"),
        ("Số liệu hệ thống quan trắc khí thải tự động, truyền dữ liệu", "daily"),
        ("Vệ sinh buồng đốt, thu gom tro lò", "weekly")]),
    ("Hệ thống xử lý nước thải 3.500 m3/ngày", [
        ("Vận hành bể điều hòa, bể UASB, bể hiếu khí; ghi sổ nhật ký vận hành", "daily"),
        ("Hiệu chuẩn thiết bị quan trắc nước thải tự động", "quarterly")]),
    ("Kho bã mía và bãi chứa bùn lọc", [
        ("Che chắn, phun ẩm chống bụi bã mía", "weekly"),
        ("Rãnh thu nước rỉ bùn lọc về hệ thống xử lý", "monthly")]),
    ("Kho chất thải nguy hại", [
        ("Nhãn, biển cảnh báo, thời gian lưu giữ", "monthly"),
        ("Hợp đồng, chứng từ chất thải nguy hại", "quarterly")]),
)
DAILY = {"ru": ("ежедневно", "ежедневно в период работы"), "kk": ("күн сайын", "жұмыс кезеңінде күн сайын"),
         "vi": ("Hằng ngày", "Hằng ngày trong vụ ép")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("Hằng tuần", "01 lần/tuần")}


def _freq(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


def inspections_gb1(doc: Doc) -> None:
    """A meat plant's schedule of internal environmental control: each unit merged down the first column over the items
    checked there, every item with its own frequency (daily to quarterly), the one responsible and the record; no number
    column (VI: a sugar mill's self-inspection plan for the crushing season, the area merged down)."""
    vi = doc.lang == "vi"
    if vi:
        doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG VỤ ÉP 2025–2026 – NHÀ MÁY ĐƯỜNG SÔNG LAM")
        doc.p("Ban hành kèm theo Quyết định số 46/QĐ-MĐSL ngày 25/10/2025 của Giám đốc nhà máy.")
        rows = [["Khu vực", "Nội dung kiểm tra", "Tần suất", "Người thực hiện", "Hồ sơ"]]
        merges = []
        who = {"daily": "Trưởng ca", "weekly": "Cán bộ môi trường", "monthly": "Trưởng phòng Kỹ thuật", "quarterly": "Phó Giám đốc sản xuất"}
        for area, items in SUGAR_CHECKS:
            start = len(rows)
            for text, w in items:
                rows.append([area if len(rows) == start else None, text, _freq(doc, w), who[w],
                             "Sổ nhật ký" if w in ("daily", "weekly") else "Biên bản kiểm tra"])
                doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": _words(text, 4)})
            merges.append((start, 0, len(rows) - 1, 0))
        doc.table(None, rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Приложение 2 к приказу от 28.08.2025 № 112-п «Об организации внутреннего экологического контроля»",
                "«Ішкі экологиялық бақылауды ұйымдастыру туралы» 28.08.2025 № 112-п бұйрыққа 2-қосымша", ""))
    doc.p(doc.v("ТОО «Ет Өнім Қостанай». График проверок действует в убойный сезон и в межсезонье; в период остановки "
                "утилизационного цеха проверки цеха не проводятся.",
                "«Ет Өнім Қостанай» ЖШС. Тексеру кестесі сою маусымында және маусымаралық кезеңде қолданылады; утильдеу цехы "
                "тоқтаған кезеңде цехты тексеру жүргізілмейді.", ""))
    rows = [doc.v(["Подразделение", "Контролируемый аспект", "Периодичность", "Ответственный", "Форма учета"],
                  ["Бөлімше", "Бақыланатын аспект", "Кезеңділігі", "Жауапты", "Есепке алу нысаны"], [])]
    merges = []
    who = {"daily": doc.v("мастер смены", "ауысым шебері", ""), "weekly": doc.v("инженер-эколог", "инженер-эколог", ""),
           "monthly": doc.v("начальник цеха и эколог", "цех бастығы және эколог", ""),
           "quarterly": doc.v("главный инженер", "бас инженер", "")}
    units = [MEAT_CHECKS[0], *_some(doc, MEAT_CHECKS[1:], 3)]
    for (u_ru, u_kk), items in units:
        start = len(rows)
        for it in items:
            text, w = it[L], it[2]
            rows.append([(u_ru, u_kk)[L] if len(rows) == start else None, text, _freq(doc, w), who[w],
                         doc.v("журнал ПЭК", "ӨЭБ журналы", "") if w in ("daily", "weekly") else doc.v("акт", "акт", "")])
            doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": _words(text, 4)})
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("График внутренних проверок", "Ішкі тексерулер кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU unit, KK unit, VI unit, RU subject, KK subject, VI subject, quarters)
GREEN_CHECKS = (
    ("Газовая котельная (котлы № 1–4)", "Газ қазандығы (№ 1–4 қазандар)", "Lò hơi đốt biogas và lò sấy tinh bột",
     "режим горения, газоанализатор, журнал", "жану режимі, газталдағыш, журнал", "chế độ đốt, thiết bị đo khí, sổ vận hành", (1, 4)),
    ("Система подачи CO2 из дымовых газов в теплицы", "Түтін газдарынан жылыжайларға CO2 беру жүйесі", "Hầm biogas và đuốc đốt khí dư",
     "герметичность, датчики CO", "саңылаусыздық, CO датчиктері", "độ kín, van an toàn, đuốc đốt", (1, 4)),
    ("Склад минеральных удобрений и средств защиты растений", "Минералды тыңайтқыштар мен өсімдіктерді қорғау құралдарының қоймасы",
     "Kho hóa chất (xút, lưu huỳnh, enzyme)", "условия хранения, учет расхода", "сақтау жағдайы, шығынды есепке алу",
     "điều kiện lưu giữ, sổ xuất nhập", (1, 2, 3, 4)),
    ("Дренажные стоки капельного полива", "Тамшылатып суару дренаж ағындары", "Hệ thống xử lý nước thải (biogas, hồ hiếu khí)",
     "объем повторного использования, переливы", "қайта пайдалану көлемі, асып төгілу", "lưu lượng, mực nước hồ, sự cố tràn", (1, 2, 3, 4)),
    ("Площадка растительных отходов (ботва, субстрат)", "Өсімдік қалдықтары алаңы (пәлек, субстрат)", "Bãi chứa bã sắn và vỏ sắn",
     "вывоз после оборота культуры", "дақыл айналымынан кейін шығару", "che phủ, thu gom nước rỉ", (3,)),
    ("Площадка хранения тары из-под пестицидов", "Пестицид ыдыстарын сақтау алаңы", "Kho chất thải nguy hại",
     "маркировка, договор на передачу", "таңбалау, беру шарты", "nhãn, thời gian lưu giữ, chứng từ", (2, 4)),
    ("Водозаборные скважины № 1, 2", "№ 1, 2 су алу ұңғымалары", "Giếng khoan khai thác nước dưới đất",
     "зоны санитарной охраны, учет водоотбора", "санитарлық қорғау аймақтары, су алуды есепке алу",
     "vùng bảo hộ vệ sinh, đồng hồ đo nước", (2,)),
)  # fmt: skip
COUNT = {4: "quarterly", 2: "semiannual", 1: "yearly"}


def inspections_gb2(doc: Doc) -> None:
    """A greenhouse complex's plan of internal checks for 2026 with no frequency word: the date of each check under four
    quarter columns of a merged `Даты проверок`, a dash in a quarter without one, so a unit checked in the first and
    fourth quarters (the heating season) is checked twice a year, one checked once is yearly (VI: a cassava starch
    factory's plan, the checks falling in the crushing season)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = 2 if vi else _L(doc)
    doc.h(doc.v("План внутренних проверок соблюдения экологических требований ТОО «Жасыл Алқап» на 2026 год",
                "«Жасыл Алқап» ЖШС экологиялық талаптардың сақталуын ішкі тексерудің 2026 жылға арналған жоспары",
                "KẾ HOẠCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY TINH BỘT SẮN TÂN CHÂU PHÁT"))
    doc.p(doc.v("Котельная и система подачи CO2 работают в отопительный период (октябрь – апрель) и проверяются в его начале и конце.",
                "Қазандық пен CO2 беру жүйесі жылыту кезеңінде (қазан – сәуір) жұмыс істейді және оның басында және соңында тексеріледі.",
                "Nhà máy sản xuất theo vụ sắn (tháng 10 đến tháng 4 năm sau); các đợt kiểm tra được bố trí chủ yếu trong vụ."))
    head = doc.v(["№", "Объект проверки", "Предмет проверки", "Даты проверок", None, None, None, "Проверяющий"],
                 ["№", "Тексеру объектісі", "Тексеру мәні", "Тексеру күндері", None, None, None, "Тексеруші"],
                 ["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Thời gian kiểm tra", None, None, None, "Người kiểm tra"])
    quarters = doc.v(["I кв.", "II кв.", "III кв.", "IV кв."], ["I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс."],
                     ["Quý I", "Quý II", "Quý III", "Quý IV"])
    rows = [head, [None, None, None, *quarters, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    checkers = doc.v(("главный агроном", "инженер-эколог", "главный энергетик"), ("бас агроном", "инженер-эколог", "бас энергетик"),
                     ("Cán bộ môi trường", "Trưởng phòng Kỹ thuật", "Quản đốc phân xưởng"))
    months = {1: (1, 2, 3), 2: (4, 5, 6), 3: (7, 8, 9), 4: (10, 11, 12)}
    for k, it in enumerate(GREEN_CHECKS, 1):
        unit, subject, qs = it[i], it[3 + i], it[6]
        if vi and len(qs) == 2:
            qs = (1, 4)
        cells = []
        for q in (1, 2, 3, 4):
            if q in qs:
                d, m = r.randint(5, 25), r.choice(months[q])
                cells.append(f"{d:02d}/{m:02d}/2026" if vi else f"{d:02d}.{m:02d}.2026")
            else:
                cells.append("–" if not vi else "-")
        rows.append([str(k), unit, subject, *cells, doc.pick(checkers)])
        doc.add("obligations", {"kind": "inspection", "frequency": COUNT[len(qs)], "text_contains": unit})
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1"), rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# impact (RU, KK): [(RU measure, KK measure, RU term, KK term, RU responsible, KK responsible, effect or None)]
WINERY_PLAN = (
    (("Выбросы в атмосферу (пары этанола при брожении и перегонке)", "Атмосфераға шығарындылар (ашу және айдау кезіндегі этанол булары)"), [
        ("Установить спиртоловушки на бродильные резервуары цеха первичного виноделия",
         "Бастапқы шарап жасау цехының ашыту резервуарларына спирт ұстағыштар орнату",
         "до начала сезона переработки 2026 г. (до 01.09.2026)", "2026 жылғы өңдеу маусымы басталғанға дейін (01.09.2026 дейін)",
         "главный технолог", "бас технолог", "этанол – 0,85 т/год"),
        ("Заменить конденсаторы брагоректификационной установки коньячного цеха",
         "Коньяк цехының бражка-ректификациялық қондырғысының конденсаторларын ауыстыру",
         "в межсезонье 2026–2027 гг.", "2026–2027 жж. маусымаралық кезеңде", "главный механик", "бас механик", "этанол – 0,4 т/год")]),
    (("Сточные воды (мойка тары и оборудования в сезон)", "Ағынды сулар (маусымда ыдыс пен жабдықты жуу)"), [
        ("Построить усреднитель стоков объемом 300 м3 перед выпуском в канализацию",
         "Кәрізге шығару алдында көлемі 300 м3 ағындарды орташаландырғыш салу",
         "до 01.08.2027", "01.08.2027 дейін", "заместитель директора по строительству", "директордың құрылыс жөніндегі орынбасары", None),
        ("Организовать нейтрализацию кислых стоков винного камня", "Шарап тасының қышқыл ағындарын бейтараптандыруды ұйымдастыру",
         "сезон переработки 2026 г.", "2026 жылғы өңдеу маусымы", "начальник цеха первичного виноделия",
         "бастапқы шарап жасау цехының бастығы", None)]),
    (("Отходы (виноградные выжимки, гребни, дрожжевые осадки)", "Қалдықтар (жүзім сығындысы, сабақтары, ашытқы тұнбалары)"), [
        ("Заключить договор на вывоз выжимок и гребней на компостирование", "Сығынды мен сабақтарды компосттауға шығаруға шарт жасасу",
         "до начала сезона переработки (ежегодно, август)", "өңдеу маусымы басталғанға дейін (жыл сайын, тамыз)", "эколог", "эколог", None),
        ("Устроить бетонированную площадку временного хранения выжимок с отводом фильтрата",
         "Сүзіндіні бұра отырып сығындыны уақытша сақтайтын бетондалған алаң жасау",
         "в межсезонье 2026 г. (январь – июнь)", "2026 ж. маусымаралық кезеңде (қаңтар – маусым)", "главный инженер", "бас инженер", None)]),
    (("Почвы и подземные воды", "Топырақ және жерасты сулары"), [
        ("Провести обследование грунтов под площадкой выжимок прошлых лет", "Өткен жылдардағы сығынды алаңы астындағы топырақты зерттеу",
         "после окончания сезона 2026 г. (ноябрь)", "2026 жылғы маусым аяқталғаннан кейін (қараша)", "эколог", "эколог", None)]),
)  # fmt: skip
# impact: [(VI measure, term, unit, cost)]
SUGAR_PLAN = (
    ("Khí thải lò hơi", [
        ("Thay thế toàn bộ ống cyclon chùm lò hơi số 1", "Tháng 5–7/2026 (ngừng vụ)", "Phân xưởng Động lực", "2.400"),
        ("Lắp bổ sung bộ khử bụi ướt (scrubber) cho lò hơi số 2", "Tháng 6–9/2026", "Ban Quản lý dự án", "6.800")]),
    ("Nước thải", [
        ("Nạo vét bùn bể UASB và hồ sinh học số 2", "Tháng 5/2026", "Tổ Môi trường", "350"),
        ("Xây mới bể sự cố 1.500 m3", "Tháng 6–10/2026", "Ban Quản lý dự án", "3.200")]),
    ("Chất thải rắn (bùn lọc, tro lò)", [
        ("Làm mái che bãi chứa bùn lọc, xây rãnh thu nước rỉ", "Tháng 7–8/2026", "Phân xưởng Chế luyện", "900"),
        ("Ký hợp đồng tiêu thụ tro lò làm phân bón vi sinh cho vụ ép 2026–2027", "Trước 30/9/2026", "Phòng Nông vụ", "-")]),
)


def tasks_gb1(doc: Doc) -> None:
    """A winery's and brandy distillery's plan of nature-protection measures grouped by impact: the impact merged down
    the first column, the measures numbered straight through in the next, terms counted from the grape season (`до начала
    сезона переработки 2026 г.`, `в межсезонье`), the responsible and the expected effect in tonnes of ethanol where there
    is one (VI: a sugar mill's plan of works for the off-season, the impact merged down, the cost in million đồng)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH CẢI TẠO, NÂNG CẤP CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG TRONG THỜI GIAN NGỪNG VỤ ÉP NĂM 2026")
        doc.p("Công ty Cổ phần Mía đường Sông Lam. Vụ ép 2025–2026 kết thúc dự kiến ngày 20/4/2026.")
        rows = [["Hạng mục", "TT", "Nội dung công việc", "Thời gian thực hiện", "Bộ phận thực hiện", "Kinh phí (triệu đồng)"]]
        merges = []
        n = 0
        for impact, items in SUGAR_PLAN:
            start = len(rows)
            for text, when, who, cost in items:
                n += 1
                rows.append([impact if len(rows) == start else None, str(n), text, when, who, cost])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": who})
            merges.append((start, 0, len(rows) - 1, 0))
        doc.table("Bảng 1. Danh mục công việc", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("План мероприятий по охране окружающей среды ТОО «Іле Жүзім» на 2026–2027 годы",
                "«Іле Жүзім» ЖШС қоршаған ортаны қорғау жөніндегі 2026–2027 жылдарға арналған іс-шаралар жоспары", ""))
    doc.p(doc.v("Сезон переработки винограда – сентябрь – октябрь; работы, требующие остановки цехов, выполняются в межсезонье.",
                "Жүзімді өңдеу маусымы – қыркүйек – қазан; цехтарды тоқтатуды қажет ететін жұмыстар маусымаралық кезеңде орындалады.", ""))
    rows = [doc.v(["Вид воздействия", "№", "Мероприятие", "Срок выполнения", "Ответственный", "Ожидаемый эффект"],
                  ["Әсер түрі", "№", "Іс-шара", "Орындау мерзімі", "Жауапты", "Күтілетін әсер"], [])]
    merges = []
    n = 0
    for (i_ru, i_kk), items in WINERY_PLAN:
        start = len(rows)
        for m_ru, m_kk, t_ru, t_kk, w_ru, w_kk, effect in items:
            n += 1
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            if effect and doc.lang == "kk":
                effect = effect.replace("этанол", "этанол").replace("т/год", "т/жыл")
            rows.append([(i_ru, i_kk)[L] if len(rows) == start else None, str(n), text, (t_ru, t_kk)[L], who, effect or "–"])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": who})
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU, KK, RU responsible, KK responsible, months)
ELEVATOR_PLAN = (
    ("Ревизия и ремонт циклонов аспирационных установок элеватора", "Элеватордың аспирациялық қондырғыларының циклондарын тексеру және жөндеу",
     "главный механик", "бас механик", (4, 5)),
    ("Замена рукавных фильтров на автомобилеразгрузчике", "Автокөлік түсіргішіндегі жеңді сүзгілерді ауыстыру", "главный механик",
     "бас механик", (5,)),
    ("Режимно-наладочные испытания горелок зерносушилки ДСП-32", "ДСП-32 астық кептіргіші оттықтарын режимдік-баптау сынақтары",
     "главный энергетик", "бас энергетик", (6, 7)),
    ("Очистка территории и складов от отходов зерноочистки прошлого сезона", "Аумақ пен қоймаларды өткен маусымның астық тазалау қалдықтарынан тазарту",
     "начальник элеватора", "элеватор бастығы", (4,)),
    ("Инструментальные замеры выбросов на источниках 0001–0004 после ремонта", "Жөндеуден кейін 0001–0004 көздерінде шығарындыларды аспаптық өлшеу",
     "инженер-эколог", "инженер-эколог", (7,)),
    ("Обучение операторов сушилки и аспирации требованиям ПЭК", "Кептіргіш пен аспирация операторларын ӨЭБ талаптарына оқыту",
     "инженер по охране труда и экологии", "еңбекті қорғау және экология жөніндегі инженер", (6,)),
    ("Озеленение санитарно-защитной зоны вдоль подъездного пути", "Кірме жол бойындағы санитарлық-қорғаныш аймағын көгалдандыру",
     "заместитель директора по АХЧ", "директордың ӘШБ жөніндегі орынбасары", (4, 5)),
)  # fmt: skip
TEA_PLAN = (
    ("Sửa chữa, thay ghi lò và ống khói lò sấy số 1, số 2", "Tổ Cơ điện", (12, 1)),
    ("Lắp đặt bổ sung cyclon lọc bụi cho lò sấy số 3", "Nhà thầu (hợp đồng số 15/2025/HĐ-XL)", (1, 2)),
    ("Nạo vét bể lắng, thay vật liệu lọc hệ thống xử lý nước thải", "Tổ Môi trường", (12,)),
    ("Trồng bổ sung cây xanh cách ly phía giáp khu dân cư", "Phòng Hành chính", (1,)),
    ("Kiểm định, hiệu chuẩn thiết bị đo nhiệt độ, áp suất lò sấy", "Tổ Cơ điện", (2,)),
    ("Tập huấn ứng phó sự cố cháy nổ và môi trường cho công nhân vụ mới", "Phòng Hành chính", (2,)),
)


def tasks_gb2(doc: Doc) -> None:
    """A flour mill's and elevator's plan of preparing for the harvest: each work, then the four months of the off-season
    (April – July) as columns under a merged `Сроки выполнения (2026 г.)` marked `■` in the months of the work, the
    responsible last, numbers written `1.` (VI: a tea factory's repairs between harvests, December – February marked
    `x`, the unit that does it last)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH BẢO DƯỠNG, CẢI TẠO CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG THỜI GIAN NGHỈ VỤ CHÈ 2025–2026")
        doc.p("Nhà máy chè Cầu Đất Mới nghỉ vụ từ ngày 01/12/2025 đến ngày 28/02/2026.")
        months = ["Tháng 12/2025", "Tháng 1/2026", "Tháng 2/2026"]
        rows = [["TT", "Nội dung công việc", "Tiến độ", None, None, "Đơn vị thực hiện"], [None, None, *months, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
        for k, (text, who, when) in enumerate(TEA_PLAN, 1):
            rows.append([str(k), text, *("x" if m in when else "" for m in (12, 1, 2)), who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who.split(" (")[0]})
        doc.table("Bảng tiến độ", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("План мероприятий по подготовке АО «Алтын Дән» к приемке урожая 2026 года (природоохранная часть)",
                "«Алтын Дән» АҚ-ны 2026 жылғы өнімді қабылдауға дайындау жөніндегі іс-шаралар жоспары (табиғат қорғау бөлігі)", ""))
    doc.p(doc.v("Работы выполняются в межсезонье, до начала приемки зерна 1 августа.",
                "Жұмыстар маусымаралық кезеңде, 1 тамызда астық қабылдау басталғанға дейін орындалады.", ""))
    months = doc.v(["апрель", "май", "июнь", "июль"], ["сәуір", "мамыр", "маусым", "шілде"], [])
    rows = [doc.v(["№", "Наименование работ", "Сроки выполнения (2026 г.)", None, None, None, "Ответственный"],
                  ["№", "Жұмыстардың атауы", "Орындау мерзімдері (2026 ж.)", None, None, None, "Жауапты"], []),
            [None, None, *months, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    items = _some(doc, ELEVATOR_PLAN, r.randint(5, 7))
    for k, (m_ru, m_kk, w_ru, w_kk, when) in enumerate(items, 1):
        text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
        rows.append([f"{k}.", text, *("■" if m in when else "" for m in (4, 5, 6, 7)), who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"GB{k}", globals()[f"{role}_gb{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_gb1` … `tasks_gb2`, in the order of the roles."""
