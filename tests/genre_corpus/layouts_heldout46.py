"""A blind held-out set (two layouts per role, `HA1` and `HA2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: transport and logistics. Kazakhstan: a main gas pipeline's compressor station, a city bus fleet's garage, a
railway locomotive depot with its washing and steaming station for tank wagons, a sea port on the Caspian with its
bulk-cargo berths, an international airport with its fuel farm and de-icing apron, a river port on the Irtysh, a chain
of filling stations (a КЭР application's object passport, the title page of a report on ПЭК, an НДВ table printed in
two parts, a calculation of dust at bulk-cargo operations, a waste section worked out from norms, two waste tables of
one depot, an airport's storm-water outlets in the de-icing season, the measurements at gas-compressor units, ПЭК
programmes, check-lists, a port's programme of audits and plans of measures). Vietnam: a logistics centre with cold
stores, a petroleum depot and its filling stations, a railway rolling-stock workshop, a general seaport and a
container terminal, an airport, an inland waterway shipyard (a GPMT application's general card, the cover of a báo
cáo công tác bảo vệ môi trường, ĐTM loads from emission factors, CTNH lists, QCVN 14:2008 and QCVN 06:2009 tables,
chương trình quan trắc, kế hoạch tự kiểm tra, kế hoạch thực hiện).

Facility: an object passport without a header row under two section rows spanning it, the BIN among the bank details,
the head's personal number (ИИН, VI: CCCD) beside the name as a twelve-digit distractor, the KATO in brackets after the
place, the OKED in brackets after the activity, coordinates as `φ = …; λ = …` in degrees, minutes and seconds, a
sanitary class beside the category, the gas-compressor units in a table of no role (VI: the same card of a logistics
centre, the enterprise number with its registration) (HA1); a form's title page where every value stands on a line
of its own with the form's hint in brackets on the line under it, two such fields side by side, a table of the rolling
stock (VI: of the tanks) of no role after it (HA2).

Emissions: an НДВ table printed in two parts, the first with the source's parameters and the grams a second, the
second repeating the source's number and the code with the tonnes a year and the year the norm is reached, tiny
figures in powers of ten (VI: a rolling-stock workshop's loads from emission factors under named-source rows, kg a
day before g/s, no tonnes) (HA1); the calculation of dust at a port's bulk-cargo operations by the coefficients of the
method, the coefficients, throughputs and height of fall as columns before `M, г/с` and `П, т/год`, a table of the
cargoes' moisture and size of no role before it (VI: a general seaport's loads from factors per tonne of cargo) (HA2).

Wastes: an airport's wastes worked out from a norm and a base of calculation written with their units in the cells,
a table of the airport's traffic of no role before it (VI: an airport's CTNH with the code first, then its ordinary
wastes in tonnes) (HA1); a locomotive depot's wastes in two tables of other column orders, the depot's and the washing
station's, the same rags in both (VI: a shipyard's CTNH with the amount before the code, ordinary wastes apart) (HA2).

Limits: storm water at two outlets of an airport in the de-icing season, the date merged over the two outlets, the
allowed concentrations as the first row under a row of units, a sampling missed for want of flow, below detection
written `< 0,02` (VI: domestic waste water of an airport against QCVN 14:2008 column B) (HA1); measurements at a
compressor station's gas-turbine units under a group row per substance, the technological norm merged down over the
units, a unit in reserve not measured (VI: a petroleum depot's air against QCVN 06:2009 and QCVN 05:2023 one-hour
values, the standard as a second header row) (HA2).

Monitoring: a depot's programme whose default frequency is overridden for single substances by footnote marks
explained under the table (VI: a rolling-stock workshop's GPMT, `(*)` marks) (HA1); frequencies as rows and the media
as columns, each cell listing points or sources with their substances (VI: a container terminal) (HA2).

Inspections: check-lists of a bus garage in four tables whose captions alone give the frequency (VI: a petroleum
company's filling stations) (HA1); a river port's programme of checks with codes, some frequencies that are none of
the contract's (`ежесменно`, `1 раз в 2 недели`, `в начале и в конце навигации`) (VI: a shipyard) (HA2).

Tasks: a sea port's plan whose measure is split into the kind of work and the object it is done on, an expected
effect in tonnes (VI: a container terminal) (HA1); a chain of filling stations' plan with a column per station holding
the date of the work there (VI: a logistics company's warehouses) (HA2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers

SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes and whole seconds of an angle, and the decimal degrees they stand for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600)
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    return d, m, s, d + m / 60 + s / 3600


def _check_digit(first11: str) -> int | None:
    """The twelfth digit of a Kazakh BIN or IIN (the two weight rounds), None where the number cannot be completed."""
    digits = [int(c) for c in first11]
    s = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    return None if s == 10 else s


def _iin(doc: Doc) -> str:
    """A person's IIN (born 1968–1989): twelve digits like a BIN, a distractor beside a head's name."""
    r = doc.rng
    while True:
        head = f"{r.randint(68, 89):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice((3, 4))}{r.randint(0, 9999):04d}"
        d = _check_digit(head)
        if d is not None:
            return head + str(d)


def _kato(doc: Doc, region: str) -> str:
    r = doc.rng
    return f"{region}{r.randint(20, 60):02d}{r.randint(10, 99)}{r.choice(('000', '100'))}"


def _pow10(x: float, lang: str) -> tuple[str, float]:
    """A tiny figure as documents print it, `2,4·10⁻⁷`, and the value it stands for."""
    mant, exp = f"{x:.1e}".split("e")
    value = float(f"{mant}e{int(exp)}")
    return f"{num(float(mant), lang)}·10{str(int(exp)).translate(SUP)}", value


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _key(doc: Doc, x: str) -> tuple[str, str]:
    return ("code", x) if x[0].isdigit() else ("symbol", x)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}
MONTHLY = {"ru": "ежемесячно", "kk": "ай сайын", "vi": "hằng tháng"}
QUARTERLY = {"ru": "ежеквартально", "kk": "тоқсан сайын", "vi": "hằng quý"}


# ---------------------------------------------------------------- facility

# RU name, KK name, RU operator, KK operator, RU place, KK place, KATO region, lat, lon, RU line, KK line
KZ_CS = (
    ("Компрессорная станция КС-3 «Бозой»", "«Бозой» КС-3 компрессорлық станциясы", "ТОО «ТрансГаз Арал»", "«ТрансГаз Арал» ЖШС",
     "Актюбинская область, Байганинский район, 38 км юго-западнее с. Копа",
     "Ақтөбе облысы, Байғанин ауданы, Қопа ауылынан оңтүстік-батысқа қарай 38 км", "15", 46.95, 57.95,
     "магистрального газопровода «Бейнеу – Бозой – Шымкент»", "«Бейнеу – Бозой – Шымкент» магистральдық газ құбырының"),
    ("Компрессорная станция КС-11 «Шалкар»", "«Шалқар» КС-11 компрессорлық станциясы", "ТОО «Интергаз Батыс Транзит»",
     "«Интергаз Батыс Транзит» ЖШС", "Актюбинская область, Шалкарский район, 12 км восточнее г. Шалкар",
     "Ақтөбе облысы, Шалқар ауданы, Шалқар қаласынан шығысқа қарай 12 км", "15", 47.83, 59.75,
     "магистрального газопровода «Средняя Азия – Центр»", "«Орта Азия – Орталық» магистральдық газ құбырының"),
    ("Компрессорная станция КС-14 «Жанакорган»", "«Жаңақорған» КС-14 компрессорлық станциясы", "ТОО «Сырдария Газ Тасымал»",
     "«Сырдария Газ Тасымал» ЖШС", "Кызылординская область, Жанакорганский район, 9 км севернее пос. Шалкия",
     "Қызылорда облысы, Жаңақорған ауданы, Шалқия кентінен солтүстікке қарай 9 км", "43", 44.02, 67.41,
     "магистрального газопровода «Казахстан – Китай»", "«Қазақстан – Қытай» магистральдық газ құбырының"),
)  # fmt: skip
# name, operator, place, province for the registration, lat, lon, scale
VN_LOGISTICS = (
    ("Trung tâm Logistics và Kho lạnh Mỹ Phước Bắc", "Công ty Cổ phần Logistics Lạnh Mỹ Phước",
     "Lô C5-C8, đường NE8, KCN Mỹ Phước 3, phường Thới Hòa, thành phố Hồ Chí Minh", "Bình Dương", 11.07, 106.60,
     "Kho lạnh 28.000 tấn; kho mát 6.500 m2; bãi container 7,5 ha"),
    ("Trung tâm Phân phối và Kho lạnh Đình Vũ Nam", "Công ty TNHH Chuỗi Lạnh Đình Vũ Nam",
     "Lô CN4.2, KCN Đình Vũ, phường Đông Hải 2, thành phố Hải Phòng", "Hải Phòng", 20.84, 106.76,
     "Kho lạnh 18.000 tấn; kho ngoại quan 12.000 m2; 240 lượt xe/ngày"),
    ("Trung tâm Logistics Hàng không – Kho lạnh Long Thành", "Công ty Cổ phần Kho vận Hàng không Long Thành",
     "Khu công nghiệp Long Đức, xã Long Đức, tỉnh Đồng Nai", "Đồng Nai", 10.80, 106.95,
     "Kho lạnh 9.000 tấn; nhà kho hàng khô 22.000 m2"),
)  # fmt: skip
GPA_TYPES = ("ГТК-10-4", "ГПА-Ц-16", "ГТН-16М", "Siemens SGT-400")


def facility_ha1(doc: Doc) -> None:
    """A КЭР application's object passport with no header row: two section rows spanning it (the operator, the object),
    the BIN inside the bank details, the head's ИИН beside the name (twelve digits that are no BIN), the KATO in brackets
    after the place and the OKED after the activity, the coordinates as `φ = …; λ = …`, a sanitary-protection class beside
    the category, the gas-compressor units in a table of no role (VI: a logistics centre's GPMT application card, the
    enterprise number with its registration, the representative's twelve-digit CCCD, the cold-store equipment after)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, place, prov, lat0, lon0, scale = doc.pick(VN_LOGISTICS)
        msdn = make_msdn(r)
        la, lo = _dms(lat0 + r.uniform(-0.02, 0.02)), _dms(lon0 + r.uniform(-0.02, 0.02))
        cccd = f"0{r.choice(('01', '31', '74', '79'))}{r.randint(0, 10**9 - 1):09d}"
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG")
        doc.p(f"của cơ sở {name}")
        doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
        rows = [["1. Thông tin về chủ cơ sở", None],
                ["Tên chủ cơ sở", operator],
                ["Mã số doanh nghiệp", f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2015 tại Sở Kế hoạch "
                                       f"và Đầu tư tỉnh {prov}, đăng ký thay đổi lần thứ {r.randint(3, 9)} ngày 18/7/2024"],
                ["Người đại diện theo pháp luật", f"Ông Phạm Minh Khoa – Tổng Giám đốc; CCCD số {cccd}"],
                ["Điện thoại", f"0{r.choice((274, 225, 251))} {r.randint(100, 999)} {r.randint(1000, 9999)}"],
                ["2. Thông tin về cơ sở", None],
                ["Tên cơ sở", name],
                ["Địa điểm", place],
                ["Tọa độ tâm khu đất (WGS-84)",
                 f"φ = {la[0]}°{la[1]:02d}′{la[2]:02d}″ vĩ độ Bắc; λ = {lo[0]}°{lo[1]:02d}′{lo[2]:02d}″ kinh độ Đông"],
                ["Quy mô, công suất", scale],
                ["Môi chất lạnh sử dụng", "NH3 (hệ thống trung tâm), R-404A (kho mát)"],
                ["Phân loại", "Cơ sở thuộc nhóm II (số thứ tự 2, mục I Phụ lục IV Nghị định số 08/2022/NĐ-CP)"]]  # fmt: skip
        doc.table(None, rows, [(0, 0, 0, 1), (5, 0, 5, 1)], role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": la[3], "lon": lo[3]})
        eq = [["TT", "Thiết bị", "Số lượng", "Công suất / dung tích"],
              ["1", "Máy nén lạnh trục vít NH3", str(r.randint(3, 6)), f"{r.choice((250, 315, 400))} kW/máy"],
              ["2", "Tháp giải nhiệt", str(r.randint(2, 4)), f"{r.choice((300, 500))} m3/h"],
              ["3", "Máy phát điện dự phòng", "2", "1.250 kVA"],
              ["4", "Bể chứa NH3 dự trữ", "1", "6 m3"]]
        doc.table("Bảng 1.2. Danh mục máy móc, thiết bị chính", eq, role="other")
        return
    ru, kk, op_ru, op_kk, pl_ru, pl_kk, region, lat0, lon0, line_ru, line_kk = doc.pick(KZ_CS)
    name, operator, place = doc.v(ru, kk, ""), doc.v(op_ru, op_kk, ""), doc.v(pl_ru, pl_kk, "")
    bin_, iin, kato, oked = make_bin(r), _iin(doc), _kato(doc, region), "49500"
    la, lo = _dms(lat0 + r.uniform(-0.03, 0.03)), _dms(lon0 + r.uniform(-0.03, 0.03))
    ns, ew = doc.v(("с.ш.", "в.д."), ("с.е.", "ш.б."), ("", ""))
    iik = f"KZ{r.randint(10, 99)}601A{r.randint(10**11, 10**12 - 1)}"
    units, mw = r.randint(3, 5), r.choice((10, 16))
    doc.h(doc.v("Заявление на получение комплексного экологического разрешения. Приложение 1. Паспорт объекта",
                "Кешенді экологиялық рұқсат алуға өтініш. 1-қосымша. Объектінің паспорты", ""))
    doc.p(doc.v(f"Объект: {ru} {line_ru}.", f"Объект: {line_kk} {kk}.", ""))
    rows = [[doc.v("1. Сведения об операторе", "1. Оператор туралы мәліметтер", ""), None],
            [doc.v("Оператор объекта", "Объект операторы", ""), operator],
            [doc.v("Реквизиты оператора", "Оператордың деректемелері", ""),
             doc.v(f"БИН {bin_}; ИИК {iik} в АО «Народный Банк Казахстана»; БИК HSBKKZKX; Кбе 17",
                   f"БСН {bin_}; ЖСК {iik} «Қазақстан Халық Банкі» АҚ; БСК HSBKKZKX; Бек 17", "")],
            [doc.v("Первый руководитель", "Бірінші басшы", ""),
             doc.v(f"Генеральный директор Абдрахманов Серик Маратович (ИИН {iin})",
                   f"Бас директор Әбдірахманов Серік Маратұлы (ЖСН {iin})", "")],
            [doc.v("Юридический адрес", "Заңды мекенжайы", ""),
             doc.v("г. Астана, район Есиль, ул. Сыганак, 17/2, офис 704", "Астана қ., Есіл ауданы, Сығанақ к-сі, 17/2, 704-кеңсе", "")],
            [doc.v("2. Сведения об объекте", "2. Объект туралы мәліметтер", ""), None],
            [doc.v("Наименование объекта", "Объектінің атауы", ""), doc.v(f"{ru} {line_ru}", f"{line_kk} {kk}", "")],
            [doc.v("Местонахождение", "Орналасқан жері", ""), doc.v(f"{place} (КАТО {kato})", f"{place} (ҚАТО {kato})", "")],
            [doc.v("Вид деятельности", "Қызмет түрі", ""),
             doc.v(f"Транспортирование газа по магистральным трубопроводам (ОКЭД {oked})",
                   f"Газды магистральдық құбырлармен тасымалдау (ЭҚЖЖ {oked})", "")],
            [doc.v("Координаты центра промплощадки (WGS-84)", "Өнеркәсіптік алаң орталығының координаттары (WGS-84)", ""),
             f"φ = {la[0]}°{la[1]:02d}′{la[2]:02d}″ {ns}; λ = {lo[0]}°{lo[1]:02d}′{lo[2]:02d}″ {ew}"],
            [doc.v("Производственная мощность", "Өндірістік қуаты", ""),
             doc.v(f"{units} ГПА по {mw} МВт; проектная производительность {num(r.choice((12, 15, 25)), 'ru')} млрд м3 газа в год",
                   f"әрқайсысы {mw} МВт {units} ГАА; жобалық өнімділігі жылына {num(r.choice((12, 15, 25)), 'kk')} млрд м3 газ", "")],
            [doc.v("Санитарная классификация", "Санитариялық жіктелімі", ""),
             doc.v("II класс, СЗЗ 500 м", "II сынып, СҚА 500 м", "")],
            [doc.v("Категория объекта", "Объект санаты", ""),
             doc.v("I категория (раздел 1 приложения 2 к Экологическому кодексу РК)",
                   "I санат (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі)", "")]]  # fmt: skip
    doc.table(None, rows, [(0, 0, 0, 1), (5, 0, 5, 1)], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": oked, "category": "I",
                           "lat": la[3], "lon": lo[3]})
    kind = doc.pick(GPA_TYPES)
    eq = [doc.v(["Ст. №", "Тип ГПА", "Мощность, МВт", "Год ввода", "Наработка на 01.01.2026, ч"],
                ["Ст. №", "ГАА түрі", "Қуаты, МВт", "Іске қосылған жылы", "01.01.2026 жағдай бойынша жұмыс уақыты, сағ"], [])]
    for k in range(1, units + 1):
        eq.append([str(k), kind, str(mw), str(r.randint(1988, 2019)), num(r.randint(40, 190) * 1000 + r.randint(0, 999), doc.lang)])
    doc.table(doc.v("Таблица 1.2 – Газоперекачивающие агрегаты", "1.2-кесте – Газ айдау агрегаттары", ""), eq, role="other")


# RU, KK names and operators, RU/KK address, lat, lon, KATO region
KZ_BUS = (
    ("Автобусный парк № 2", "№ 2 автобус паркі", "ТОО «Ақтөбе Автобус Паркі»", "«Ақтөбе Автобус Паркі» ЖШС",
     "г. Актобе, район Астана, ул. Тургенева, 112", "Ақтөбе қ., Астана ауданы, Тургенев к-сі, 112", 50.29, 57.17, "15"),
    ("Автобусный парк «Орал Транзит»", "«Орал Транзит» автобус паркі", "ТОО «Орал Қалалық Көлік»", "«Орал Қалалық Көлік» ЖШС",
     "г. Уральск, ул. Даумова, 40", "Орал қ., Даумов к-сі, 40", 51.21, 51.38, "27"),
    ("Автобусный парк № 5", "№ 5 автобус паркі", "ТОО «Павлодар Автобус Паркі-5»", "«Павлодар Автобус Паркі-5» ЖШС",
     "г. Павлодар, Северная промзона, 18", "Павлодар қ., Солтүстік өнеркәсіптік аймақ, 18", 52.32, 76.98, "55"),
)  # fmt: skip
VN_DEPOT = (
    ("Kho xăng dầu Đình Vũ Bắc", "Công ty TNHH MTV Xăng dầu Đình Vũ Bắc", "phường Đông Hải 2, thành phố Hải Phòng", 20.85, 106.75,
     "Sức chứa 120.000 m3; 02 cầu cảng 10.000 DWT; 12 cửa hàng xăng dầu trực thuộc"),
    ("Kho xăng dầu Vũng Áng Nam", "Công ty Cổ phần Xăng dầu Vũng Áng Nam", "xã Kỳ Lợi, tỉnh Hà Tĩnh", 18.10, 106.39,
     "Sức chứa 85.000 m3; cầu cảng 30.000 DWT; 8 cửa hàng xăng dầu trực thuộc"),
    ("Kho xăng dầu Trà Nóc Mới", "Công ty TNHH Xăng dầu Tây Nam Bộ Trà Nóc", "phường Trà Nóc, thành phố Cần Thơ", 10.10, 105.73,
     "Sức chứa 60.000 m3; cầu cảng 5.000 DWT; 21 cửa hàng xăng dầu trực thuộc"),
)  # fmt: skip


def facility_ha2(doc: Doc) -> None:
    """The title page of a report on ПЭК by the form of the Rules: each value on a line of its own with the form's hint in
    brackets on the line under it, two fields side by side in a row — the operator beside the BIN, the object beside the
    KATO, the place beside its coordinates, the category beside the OKED, the period beside the count of sources — then
    the rolling stock in a table of no role (VI: the cover of a petroleum depot's báo cáo công tác bảo vệ môi trường with
    the same value-over-hint lines, the permit's number beside the name, the tanks after it)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, place, lat0, lon0, scale = doc.pick(VN_DEPOT)
        msdn = make_msdn(r)
        la, lo = _dms(lat0 + r.uniform(-0.01, 0.01)), _dms(lon0 + r.uniform(-0.01, 0.01))
        group = doc.pick(("I", "II"))
        doc.h("Mẫu số 05.A – BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
        doc.p("(Kèm theo Thông tư số 02/2022/TT-BTNMT)")
        rows = [[operator, msdn], ["(Tên chủ cơ sở)", "(Mã số doanh nghiệp)"],
                [name, f"{r.randint(100, 420)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2023"],
                ["(Tên cơ sở)", "(Số, ngày cấp giấy phép môi trường)"],
                [place, f"{la[0]}°{la[1]:02d}′{la[2]:02d}″N – {lo[0]}°{lo[1]:02d}′{lo[2]:02d}″E"],
                ["(Địa chỉ)", "(Tọa độ)"],
                [f"Nhóm {group}", scale], ["(Phân loại theo tiêu chí về môi trường)", "(Quy mô, công suất)"],
                ["Từ 01/01/2025 đến 31/12/2025", "Ông Trần Quốc Bảo – Phó Giám đốc; ĐT: 0225 3979 668"],
                ["(Kỳ báo cáo)", "(Người phụ trách công tác bảo vệ môi trường)"]]
        doc.table(None, rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": la[3], "lon": lo[3]})
        tanks = [["Bồn số", "Loại bồn", "Dung tích (m3)", "Sản phẩm"]]
        for k in range(1, r.randint(5, 8)):
            tanks.append([f"T{k:02d}", doc.pick(("Mái nổi", "Mái cố định")), num(r.choice((5000, 10000, 15000, 20000)), "vi"),
                          doc.pick(("Xăng RON 95", "Xăng E5 RON 92", "Dầu DO 0,05S", "Nhiên liệu bay Jet A-1"))])
        doc.table("Bảng 1. Danh mục bồn chứa", tanks, role="other")
        return
    ru, kk, op_ru, op_kk, a_ru, a_kk, lat0, lon0, region = doc.pick(KZ_BUS)
    name, operator, address = doc.v(ru, kk, ""), doc.v(op_ru, op_kk, ""), doc.v(a_ru, a_kk, "")
    bin_, kato, oked = make_bin(r), _kato(doc, region), "49311"
    la, lo = _dms(lat0 + r.uniform(-0.02, 0.02)), _dms(lon0 + r.uniform(-0.02, 0.02))
    ns, ew = doc.v(("с.ш.", "в.д."), ("с.е.", "ш.б."), ("", ""))
    org, unorg = r.randint(3, 6), r.randint(8, 14)
    doc.h(doc.v("ОТЧЕТ ПО ПРОГРАММЕ ПРОИЗВОДСТВЕННОГО ЭКОЛОГИЧЕСКОГО КОНТРОЛЯ",
                "ӨНДІРІСТІК ЭКОЛОГИЯЛЫҚ БАҚЫЛАУ БАҒДАРЛАМАСЫ БОЙЫНША ЕСЕП", ""))
    doc.p(doc.v("Титульный лист", "Титулдық парақ", ""))
    rows = [[operator, bin_],
            doc.v(["(полное наименование оператора)", "(бизнес-идентификационный номер)"],
                  ["(оператордың толық атауы)", "(бизнес-сәйкестендіру нөмірі)"], []),
            [name, kato],
            doc.v(["(наименование объекта)", "(код КАТО места нахождения объекта)"], ["(объектінің атауы)", "(объект орналасқан жердің ҚАТО коды)"], []),
            [address, f"{la[0]}°{la[1]:02d}′{la[2]:02d}″ {ns}, {lo[0]}°{lo[1]:02d}′{lo[2]:02d}″ {ew}"],
            doc.v(["(местонахождение объекта)", "(географические координаты)"], ["(объектінің орналасқан жері)", "(географиялық координаттары)"], []),
            ["II", oked],
            doc.v(["(категория объекта)", "(код основного вида деятельности по ОКЭД)"],
                  ["(объектінің санаты)", "(ЭҚЖЖ бойынша негізгі қызмет түрінің коды)"], []),
            [doc.v("2025 год", "2025 жыл", ""), f"{org} / {unorg}"],
            doc.v(["(отчетный период)", "(количество источников выбросов: организованных / неорганизованных)"],
                  ["(есепті кезең)", "(шығарынды көздерінің саны: ұйымдастырылған / ұйымдастырылмаған)"], []),
            [doc.v("Нуржанов Ержан Болатович, главный инженер", "Нұржанов Ержан Болатұлы, бас инженер", ""),
             f"+7 7{r.randint(100, 199)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"],
            doc.v(["(ф.и.о., должность ответственного за ПЭК)", "(контактный телефон)"],
                  ["(ӨЭБ үшін жауапты адамның аты-жөні, лауазымы)", "(байланыс телефоны)"], [])]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": oked, "category": "II",
                           "lat": la[3], "lon": lo[3]})
    fleet = [doc.v(["Марка, модель", "Количество, ед.", "Вид топлива", "Экологический класс"],
                   ["Маркасы, моделі", "Саны, бірлік", "Отын түрі", "Экологиялық сыныбы"], [])]
    for model, fuel_ru, fuel_kk, eco in (("МАЗ-203", "дизельное топливо", "дизель отыны", "Евро-3"),
                                         ("Yutong ZK6118HGA", "компримированный газ", "сығылған газ", "Евро-5"),
                                         ("Golden Dragon XML6125", "дизельное топливо", "дизель отыны", "Евро-4"),
                                         ("ПАЗ-3205", "бензин", "бензин", "Евро-3")):
        fleet.append([model, str(r.randint(6, 70)), doc.v(fuel_ru, fuel_kk, ""), eco])
    doc.table(doc.v("Сведения о подвижном составе", "Жылжымалы құрам туралы мәліметтер", ""), fleet, role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# number, RU, KK, height, diameter, codes, (low, high) g/s of the base substance
DEPOT_SOURCES = (
    ("0001", "Котельная депо (котлы КВ-Г-1,0 – 2 ед.)", "Депо қазандығы (КВ-Г-1,0 қазандықтары – 2 бірл.)", "24", "0,6",
     ("0301", "0304", "0337"), (0.03, 0.25)),
    ("0002", "Стенд реостатных испытаний тепловозов", "Тепловоздарды реостаттық сынау стенді", "12", "0,8",
     ("0301", "0304", "0328", "0330", "0337", "0703", "1325"), (0.4, 2.6)),
    ("0003", "Пескосушильная печь пескосушилки", "Құм кептіргіштің құм кептіру пеші", "15", "0,4", ("2908", "0301", "0337"), (0.05, 0.6)),
    ("0004", "Вытяжная вентиляция сварочного участка колесного цеха", "Дөңгелек цехының дәнекерлеу учаскесінің сорғыш желдеткіші", "9",
     "0,5", ("0123", "0143"), (0.002, 0.03)),
    ("6001", "Эстакада пропарки котлов цистерн", "Цистерна қазандарын буландыру эстакадасы", "–", "–", ("0333", "2754"), (0.001, 0.08)),
    ("6002", "Резервуары дизельного топлива пункта экипировки", "Жабдықтау пунктінің дизель отыны резервуарлары", "–", "–",
     ("0333", "2754"), (0.0005, 0.02)),
    ("6003", "Открытый склад песка", "Ашық құм қоймасы", "–", "–", ("2908",), (0.02, 0.4)),
)  # fmt: skip
# code: share of the base rate
SHARE = {"0301": 1.0, "0304": 0.16, "0337": 1.4, "0328": 0.09, "0330": 0.12, "0703": 2e-7, "1325": 0.01, "2908": 1.0,
         "0123": 1.0, "0143": 0.08, "0333": 0.004, "2754": 1.0}


def emissions_ha1(doc: Doc) -> None:
    """A locomotive depot's НДВ table printed in two parts on portrait pages: the first gives the source's number, name,
    height and diameter merged down over its substances, code and name, and the maximum grams a second; the second,
    `Таблица 3.1 (окончание)`, repeats the source's number and the code beside the tonnes a year, the year the norm is
    reached and the method, with the depot's total; benzo(a)pyrene and formaldehyde in powers of ten (`2,4·10⁻⁷`) (VI: a
    rolling-stock workshop's loads from emission factors under a row per named source, kg a day before g/s)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ha1_vi(doc)
        return
    doc.h(doc.v("Проект нормативов допустимых выбросов. Эксплуатационное локомотивное депо «Кандыагаш» с промывочно-пропарочной станцией",
                "Жол берілетін шығарындылар нормативтерінің жобасы. Буландыру-жуу станциясы бар «Қандыағаш» пайдалану локомотив депосы", ""))
    doc.p(doc.v("Нормативы допустимых выбросов устанавливаются на 2026–2035 годы. Таблица 3.1 из-за ширины разделена на две части.",
                "Жол берілетін шығарындылар нормативтері 2026–2035 жылдарға белгіленеді. 3.1-кесте енінің үлкендігіне байланысты екі бөлікке бөлінді.", ""))
    chosen = [s for s in DEPOT_SOURCES if s[0] in ("0001", "0002", "6001") or r.random() < 0.7]
    one = [doc.v(["№ ИЗА", "Наименование источника выброса", "Высота, м", "Диаметр устья, м", "Загрязняющее вещество", None,
                  "Максимальный разовый выброс, г/с"],
                 ["ЛШК №", "Шығарынды көзінің атауы", "Биіктігі, м", "Сағасының диаметрі, м", "Ластаушы зат", None,
                  "Ең жоғары бір реттік шығарынды, г/с"], []),
           [None, None, None, None, doc.v("код", "коды", ""), doc.v("наименование", "атауы", ""), None]]
    m1 = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    two = [doc.v(["№ ИЗА", "Код ЗВ", "Валовый выброс, т/год", "Год достижения НДВ", "Метод определения"],
                 ["ЛШК №", "ЛЗ коды", "Жалпы шығарынды, т/жыл", "ЖШН қол жеткізу жылы", "Анықтау әдісі"], [])]
    m2 = []
    method = {True: doc.v("инструментальный", "аспаптық", ""), False: doc.v("расчетный", "есептік", "")}
    all_t = []
    for number, n_ru, n_kk, height, diam, codes, (lo, hi) in chosen:
        base = r.uniform(lo, hi)
        s1, s2 = len(one), len(two)
        hours = r.randint(1500, 3000) if number == "0002" else r.randint(2500, 8000)
        for c in codes:
            share = SHARE[c] * (0.15 if number == "0003" and c != "2908" else 1.0)
            g = _sig(base * share * r.uniform(0.85, 1.15), 4)
            t = _sig(g * 3600 * hours / 1e6, 4)
            if c in ("0703", "1325") and g < 0.001:
                g_cell, g = _pow10(g, doc.lang)
                t_cell, t = _pow10(t, doc.lang)
            else:
                g_cell, t_cell = num(g, doc.lang), num(t, doc.lang)
            first = len(one) == s1
            one.append([number if first else None, doc.v(n_ru, n_kk, "") if first else None, height if first else None,
                        diam if first else None, c, vocab.air(c, doc.lang), g_cell])
            two.append([number if first else None, c, t_cell, "2026", method[number in ("0001", "0002")]])
            all_t.append(t)
            doc.add("emissions", emission(c, g, t, number))
        if len(codes) > 1:
            m1 += [(s1, k, len(one) - 1, k) for k in (0, 1, 2, 3)]
            m2.append((s2, 0, len(two) - 1, 0))
    two.append([doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, num(round(sum(all_t), 3), doc.lang), "", ""])
    m2.append((len(two) - 1, 0, len(two) - 1, 1))
    doc.table(doc.v("Таблица 3.1 – Нормативы выбросов загрязняющих веществ по источникам", "3.1-кесте – Көздер бойынша ластаушы заттар шығарындыларының нормативтері", ""),
              one, m1, role="emissions")
    doc.table(doc.v("Таблица 3.1 (окончание)", "3.1-кесте (соңы)", ""), two, m2, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc, 0.3)


# named source, hours a day, [(code, factor, factor unit)], fuel or material a day and its unit
VI_WORKSHOP = (
    ("Khu vực thử tải đầu máy diesel sau sửa chữa (thử biến trở)", 6,
     (("2902", 0.94), ("0330", 0.8), ("0301", 12.0), ("0337", 2.9)), "kg/tấn DO", (0.6, 1.8), "tấn DO/ngày"),
    ("Lò sấy cát cấp cho đầu máy", 10, (("2902", 1.6), ("0330", 1.0), ("0301", 2.84), ("0337", 0.71)), "kg/tấn DO", (0.15, 0.5), "tấn DO/ngày"),
    ("Buồng sơn toa xe", 8, (("0621", 118.0), ("0616", 96.0)), "kg/tấn sơn", (0.05, 0.2), "tấn sơn/ngày"),
    ("Khu vực hàn, sửa chữa giá chuyển hướng", 8, (("0123", 7.8), ("0143", 0.67)), "g/kg que hàn", (20, 60), "kg que hàn/ngày"),
)  # fmt: skip


def _emissions_ha1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG NHÀ MÁY SỬA CHỮA ĐẦU MÁY, TOA XE DĨ AN BẮC")
    doc.p("Tải lượng các chất ô nhiễm trong giai đoạn vận hành được tính theo hệ số ô nhiễm của Tổ chức Y tế Thế giới (WHO, "
          "1993) và US EPA AP-42, trên cơ sở khối lượng nhiên liệu, sơn và que hàn sử dụng trung bình một ngày.")
    rows = [["TT", "Chất ô nhiễm", "Hệ số ô nhiễm", "Khối lượng sử dụng", "Tải lượng (kg/ngày)", "Tải lượng (g/s)"]]
    merges = []
    for k, (src, hours, factors, f_unit, (lo, hi), q_unit) in enumerate(VI_WORKSHOP, 1):
        rows.append([f"{k}. {src} (hoạt động {hours} giờ/ngày)", None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        q = round(r.uniform(lo, hi), 2 if hi < 10 else 0)
        for j, (c, f) in enumerate(factors, 1):
            kg_day = f * q / (1000 if f_unit.startswith("g/") else 1)
            g = _sig(kg_day * 1000 / (hours * 3600), 3)
            kg_day = _sig(kg_day, 3)
            rows.append([f"{k}.{j}", vocab.air(c, "vi", 1 if c in ("0301", "0330", "0337") else 0), f"{num(f, 'vi')} {f_unit}",
                         f"{num(q, 'vi')} {q_unit}", num(kg_day, "vi"), num(g, "vi")])
            doc.add("emissions", emission(c, g, None))
    doc.table("Bảng 3.14. Tải lượng bụi, khí thải phát sinh từ các công đoạn sản xuất", rows, merges, role="emissions")
    doc.p("Ghi chú: khối lượng sử dụng lấy theo số liệu vận hành năm 2025 của nhà máy hiện hữu, quy đổi theo công suất mở rộng.")
    maybe_distractor(doc, 0.3)


# number, RU, KK operation, cargo key, k4 (shelter), B′, Gч range t/h, Gгод range t/y
PORT_OPS = (
    ("6001", "Выгрузка из полувагонов вагоноопрокидывателем", "Жартылай вагондардан вагон аударғышпен түсіру", 0.5, 0.7, (600, 1200), (900_000, 2_400_000)),
    ("6002", "Формирование штабеля на открытом складе (штабелер)", "Ашық қоймада қатар түзу (штабелер)", 1.0, 0.6, (800, 1500), (900_000, 2_400_000)),
    ("6003", "Перегрузка грейфером портального крана", "Портал кранның грейферімен қайта тиеу", 1.0, 0.5, (150, 400), (200_000, 600_000)),
    ("6004", "Погрузка в трюм судна судопогрузочной машиной", "Кеме трюміне кеме тиегіш машинамен тиеу", 0.5, 0.4, (800, 1500), (900_000, 2_400_000)),
    ("6005", "Ссыпка в бункер портального крана", "Портал кранның бункеріне төгу", 0.5, 0.5, (150, 400), (200_000, 600_000)),
)  # fmt: skip
# RU, KK cargo, k1, k2, k5 (moisture), k7 (size), moisture %, size mm
CARGO = (
    ("Уголь каменный", "Тас көмір", 0.03, 0.02, 0.1, 0.5, "8–10", "0–50"),
    ("Щебень", "Қиыршық тас", 0.02, 0.01, 0.2, 0.5, "3–5", "5–20"),
    ("Клинкер цементный", "Цемент клинкері", 0.01, 0.003, 0.8, 0.6, "до 1", "0–30"),
)  # fmt: skip


def emissions_ha2(doc: Doc) -> None:
    """A sea port's calculation of dust at bulk-cargo operations by the method's formula: every operation a row with its
    source number, the cargo, the coefficients k1 … k7, the height-of-fall factor B′ and the hourly and yearly throughputs
    as columns before `M, г/с` and `П, т/год`, the code of the dust in its own column; the cargoes' moisture and size in a
    table of no role before it and the formula in the text (VI: a general seaport's dust from factors per tonne of cargo
    and the trucks' exhaust, named operations, the tonnes a year before the grams a second)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ha2_vi(doc)
        return
    doc.h(doc.v("Отчет о возможных воздействиях. Реконструкция угольного и навалочного терминала морского порта «Курык-Батыс»",
                "Ықтимал әсерлер туралы есеп. «Құрық-Батыс» теңіз портының көмір және үйме жүк терминалын реконструкциялау", ""))
    doc.h(doc.v("4.2.3. Расчет выбросов пыли при перегрузке навалочных грузов", "4.2.3. Үйме жүктерді қайта тиеу кезіндегі шаң шығарындыларын есептеу", ""))
    cargoes = r.sample(CARGO, 2)
    info = [doc.v(["Груз", "Влажность, %", "Крупность, мм", "Грузооборот, тыс. т/год"], ["Жүк", "Ылғалдылығы, %", "Ірілігі, мм", "Жүк айналымы, мың т/жыл"], [])]
    for c in cargoes:
        info.append([doc.v(c[0], c[1], ""), c[6], c[7], num(r.randint(300, 2500), doc.lang)])
    doc.table(doc.v("Таблица 4.5 – Характеристика грузов", "4.5-кесте – Жүктердің сипаттамасы", ""), info, role="other")
    doc.p(doc.v("Выбросы рассчитаны по формулам: M = k1·k2·k3·k4·k5·k7·B′·Gч·10⁶/3600, г/с; П = k1·k2·k3·k4·k5·k7·B′·Gгод, т/год; "
                "k3 = 1,2 (скорость ветра до 5 м/с).",
                "Шығарындылар мына формулалар бойынша есептелді: M = k1·k2·k3·k4·k5·k7·B′·Gч·10⁶/3600, г/с; "
                "П = k1·k2·k3·k4·k5·k7·B′·Gжыл, т/жыл; k3 = 1,2 (жел жылдамдығы 5 м/с дейін).", ""))
    rows = [doc.v(["№ ИЗА", "Технологическая операция", "Груз", "k1", "k2", "k4", "k5", "k7", "B′", "Gч, т/ч", "Gгод, т/год",
                   "Код ЗВ", "M, г/с", "П, т/год"],
                  ["ЛШК №", "Технологиялық операция", "Жүк", "k1", "k2", "k4", "k5", "k7", "B′", "Gсағ, т/сағ", "Gжыл, т/жыл",
                   "ЛЗ коды", "M, г/с", "П, т/жыл"], [])]
    numbers = []
    k3 = 1.2
    ops = [o for o in PORT_OPS if o[0] in ("6001", "6002", "6004") or r.random() < 0.6]
    for number, op_ru, op_kk, k4, b, (h_lo, h_hi), (y_lo, y_hi) in ops:
        c_ru, c_kk, k1, k2, k5, k7, _, _ = cargoes[0] if number in ("6001", "6002", "6004") else cargoes[1]
        gh = r.randint(h_lo // 50, h_hi // 50) * 50
        gy = r.randint(y_lo // 10000, y_hi // 10000) * 10000
        base = k1 * k2 * k3 * k4 * k5 * k7 * b
        g = _sig(base * gh * 1e6 / 3600, 4)
        t = _sig(base * gy, 4)
        rows.append([number, doc.v(op_ru, op_kk, ""), doc.v(c_ru, c_kk, ""), *(num(x, doc.lang) for x in (k1, k2, k4, k5, k7, b)),
                     num(gh, doc.lang), num(gy, doc.lang), "2908", num(g, doc.lang), num(t, doc.lang)])
        doc.add("emissions", emission("2908", g, t, number))
        numbers.append(number)
    doc.table(doc.v("Таблица 4.6 – Расчет выбросов пыли неорганической (код 2908) при перегрузке навалочных грузов",
                    "4.6-кесте – Үйме жүктерді қайта тиеу кезіндегі бейорганикалық шаң (2908 код) шығарындыларын есептеу", ""),
              rows, role="emissions")
    doc.p(doc.v("Все источники – неорганизованные. Пыль неорганическая, содержащая двуокись кремния в %: 70-20.",
                "Барлық көздер – ұйымдастырылмаған. Бейорганикалық шаң: кремний қостотығы 70-20%.", ""))
    doc.add("sources", *({"number": n, "type": "unorganized"} for n in numbers))
    maybe_distractor(doc, 0.3)


# operation, factor kg/t, yearly tonnes range, hours a year
VI_PORT_OPS = (
    ("Bốc dỡ than từ sà lan bằng cẩu gầu ngoạm", 0.0048, (400_000, 900_000), 6000),
    ("Vận chuyển than bằng băng tải hở về bãi", 0.0021, (400_000, 900_000), 6000),
    ("Đổ đống, lưu chứa clinker tại bãi hở", 0.0062, (150_000, 350_000), 5000),
    ("Xuất hàng rời lên ô tô tại bãi", 0.0035, (200_000, 500_000), 4500),
)  # fmt: skip


def _emissions_ha2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – CẢNG TỔNG HỢP HÒN LA NAM")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Bụi phát sinh từ quá trình bốc xếp hàng rời được ước tính theo hệ số phát thải (kg bụi/tấn hàng) của US EPA AP-42, "
          "mục 13.2.4, với độ ẩm hàng 6–8 %.")
    rows = [["TT", "Hoạt động", "Thông số", "Hệ số phát thải (kg/tấn)", "Khối lượng hàng (tấn/năm)", "Tải lượng (tấn/năm)",
             "Tải lượng (g/s)"]]
    for k, (op, f, (lo, hi), hours) in enumerate(VI_PORT_OPS, 1):
        q = r.randint(lo // 10000, hi // 10000) * 10000
        t = _sig(f * q / 1000, 3)
        g = _sig(t * 1e6 / (hours * 3600), 3)
        rows.append([str(k), op, "Bụi tổng", num(f, "vi"), num(q, "vi"), num(t, "vi"), num(g, "vi")])
        doc.add("emissions", emission("2902", g, t))
    trucks = r.randint(120, 260)
    start = len(rows)
    for c, share in (("2902", 0.08), ("0330", 0.03), ("0301", 1.0), ("0337", 0.55)):
        g = _sig(trucks * share * r.uniform(0.0009, 0.0012), 3)
        t = _sig(g * 3600 * 6000 / 1e6, 3)
        name = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NO2", "0337": "CO"}[c]
        first = len(rows) == start
        rows.append([str(start) if first else None, f"Xe tải vận chuyển hàng ra vào cảng ({trucks} lượt/ngày)" if first else None,
                     name, "-", "-", num(t, "vi"), num(g, "vi")])
        doc.add("emissions", emission(c, g, t))
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải từ hoạt động khai thác cảng", rows,
              [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)], role="emissions")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# code, RU, KK, RU place, KK place, norm (value, RU unit, KK unit), base key, RU operation, KK operation
AIRPORT_WASTES = (
    ("20 03 01", "Твердые бытовые отходы аэровокзального комплекса", "Әуежай кешенінің қатты тұрмыстық қалдықтары",
     "аэровокзал", "әуевокзал", (0.2, "кг/пасс.", "кг/жолаушы"), "pax", "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
    ("20 01 08", "Пищевые отходы бортового питания международных рейсов", "Халықаралық рейстердің борттық тамақ қалдықтары",
     "цех бортпитания", "борттық тамақтану цехы", (0.15, "кг/пасс.", "кг/жолаушы"), "intl", "сжигание (санитарный контроль)",
     "өртеу (санитариялық бақылау)"),
    ("13 07 03*", "Отстой авиатоплива при контроле качества и зачистке резервуаров", "Сапаны бақылау және резервуарларды тазалау кезіндегі авиаотын тұнбасы",
     "склад ГСМ", "ЖЖМ қоймасы", (0.04, "% от приема", "% (қабылдаудан)"), "fuel", "передача на регенерацию", "регенерацияға беру"),
    ("16 01 14*", "Отработанная противообледенительная жидкость", "Пайдаланылған мұзға қарсы сұйықтық",
     "площадка ПОЖ (деайсинг)", "МҚС алаңы (деайсинг)", (32, "% от расхода", "% (шығыннан)"), "pog", "передача на утилизацию",
     "кәдеге жаратуға беру"),
    ("13 05 02*", "Шлам нефтеловушек очистных сооружений ливневых стоков", "Нөсер ағындарын тазарту құрылыстарының мұнай ұстағыш шламы",
     "ЛОС перрона", "перрон НТҚ", (0.6, "т/1000 м3 стока", "т/1000 м3 ағын"), "storm", "передача специализированной организации",
     "мамандандырылған ұйымға беру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы спецтехники", "Арнайы техниканың пайдаланылған қорғасын аккумуляторлары",
     "служба спецтранспорта", "арнайы көлік қызметі", (0.032, "т/ед. в год", "т/бірл. жылына"), "units", "передача на переработку",
     "қайта өңдеуге беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "все подразделения",
     "барлық бөлімшелер", (0.25, "кг/шт.", "кг/дана"), "lamps", "демеркуризация", "демеркуризациялау"),
    ("16 01 03", "Изношенные шины воздушных судов и спецтехники", "Әуе кемелері мен арнайы техниканың тозған шиналары",
     "авиатехническая база", "авиатехникалық база", (0.09, "т/шину", "т/шина"), "tyres", "передача на переработку", "қайта өңдеуге беру"),
)  # fmt: skip


def wastes_ha1(doc: Doc) -> None:
    """An airport's waste section worked out from norms: the norm and the base of calculation as text with their units
    in the cells (`0,2 кг/пасс.`, `1 850 000 пасс.`), then `Объем образования, т/год` — the amount — and the handling,
    the traffic of the airport in a table of no role before it (VI: an airport's CTNH with the code in the first column
    and kilograms, then the terminal's ordinary wastes in tonnes in a table of their own)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CẢNG HÀNG KHÔNG QUỐC TẾ PHÙ CÁT MỚI")
        doc.h("2.3. Kết quả quản lý chất thải rắn và chất thải nguy hại")
        picked = r.sample(vocab.VN_CTNH, 6)
        rows = [["Mã CTNH", "Tên chất thải", "Trạng thái tồn tại", "Số lượng (kg)", "Tổ chức tiếp nhận"]]
        for code, w, state in picked:
            kg = r.randint(2, 400) * 5
            rows.append([code, w, state, num(kg, "vi"), "Công ty TNHH Môi trường Miền Trung Xanh"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": w})
        doc.table("Bảng 2.4. Chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
        ordinary = (("Chất thải rắn sinh hoạt tại nhà ga hành khách", 180, 650), ("Chất thải thực phẩm từ suất ăn hàng không", 25, 120),
                    ("Bao bì giấy, nhựa từ kho hàng hóa", 8, 40), ("Bùn thải từ hệ thống xử lý nước thải", 3, 25))
        rows = [["TT", "Loại chất thải", "Khối lượng (tấn)", "Đơn vị thu gom"]]
        for k, (w, lo, hi) in enumerate(ordinary, 1):
            t = round(r.uniform(lo, hi), 1)
            rows.append([str(k), w, num(t, "vi"), "Công ty Cổ phần Môi trường Đô thị Bình Định"])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": w})
        doc.table("Bảng 2.5. Chất thải rắn sinh hoạt và chất thải rắn công nghiệp thông thường năm 2025", rows, role="wastes")
        maybe_distractor(doc, 0.3)
        return
    pax = r.randint(40, 260) * 10_000
    base = {"pax": pax, "intl": int(pax * r.uniform(0.25, 0.4) / 1000) * 1000, "fuel": r.randint(40, 120) * 1000,
            "pog": r.randint(180, 600), "storm": r.randint(60, 180) * 1000, "units": r.randint(35, 90), "lamps": r.randint(15, 60) * 100,
            "tyres": r.randint(40, 160)}
    base_text = {"pax": doc.v("{} пасс./год", "{} жолаушы/жыл", ""), "intl": doc.v("{} пасс. межд. рейсов", "{} халықаралық рейс жолаушысы", ""),
                 "fuel": doc.v("прием {} т авиатоплива", "{} т авиаотын қабылдау", ""), "pog": doc.v("расход ПОЖ {} т", "МҚС шығыны {} т", ""),
                 "storm": doc.v("{} м3 стока", "{} м3 ағын", ""), "units": doc.v("{} ед. техники", "{} бірлік техника", ""),
                 "lamps": doc.v("{} шт.", "{} дана", ""), "tyres": doc.v("{} шин", "{} шина", "")}
    doc.h(doc.v("Программа производственного экологического контроля. Международный аэропорт «Сарыарка-Жезказган»",
                "«Сарыарқа-Жезқазған» халықаралық әуежайының өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("Раздел 7. Отходы производства и потребления", "7-бөлім. Өндіріс және тұтыну қалдықтары", ""))
    doc.table(doc.v("Таблица 7.1 – Показатели производственной деятельности аэропорта в 2025 году",
                    "7.1-кесте – Әуежайдың 2025 жылғы өндірістік қызмет көрсеткіштері", ""),
              [doc.v(["Показатель", "Единица", "Значение"], ["Көрсеткіш", "Өлшем бірлігі", "Мәні"], []),
               doc.v(["Пассажиропоток", "пасс.", num(pax, "ru")], ["Жолаушылар ағыны", "жолаушы", num(pax, "kk")], []),
               doc.v(["Взлетно-посадочные операции", "ед.", num(r.randint(9, 30) * 1000, "ru")],
                     ["Ұшу-қону операциялары", "бірлік", num(r.randint(9, 30) * 1000, "kk")], []),
               doc.v(["Обработано грузов и почты", "т", num(r.randint(2, 40) * 1000, "ru")],
                     ["Өңделген жүк пен пошта", "т", num(r.randint(2, 40) * 1000, "kk")], [])], role="other")
    rows = [doc.v(["№", "Наименование отхода", "Код", "Место образования", "Норматив образования", "Расчетная база",
                   "Объем образования, т/год", "Способ обращения"],
                  ["№", "Қалдықтың атауы", "Коды", "Түзілу орны", "Түзілу нормативі", "Есептік база", "Түзілу көлемі, т/жыл",
                   "Жұмыс тәсілі"], [])]
    L = 0 if doc.lang == "ru" else 1
    chosen = [w for w in AIRPORT_WASTES if w[0] in ("20 03 01", "16 01 14*", "13 05 02*") or r.random() < 0.7]
    for k, (code, n_ru, n_kk, p_ru, p_kk, (norm, u_ru, u_kk), key, o_ru, o_kk) in enumerate(chosen, 1):
        b = base[key]
        if key in ("pax", "intl", "lamps"):
            t = norm * b / 1000
        elif key in ("fuel", "pog"):
            t = norm * b / 100
        elif key == "storm":
            t = norm * b / 1000
        else:
            t = norm * b
        t = round(t, 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, code, (p_ru, p_kk)[L], f"{num(norm, doc.lang)} {(u_ru, u_kk)[L]}",
                     base_text[key].format(num(b, doc.lang)), num(t, doc.lang), (o_ru, o_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name.split(" (")[0]})
    doc.table(doc.v("Таблица 7.2 – Расчет объемов образования отходов", "7.2-кесте – Қалдықтардың түзілу көлемдерін есептеу", ""),
              rows, role="wastes")
    doc.p(doc.v("Примечание: код со знаком «*» – опасный отход; нормативы приняты по РНД 03.1.0.3.01-96 и данным предприятия.",
                "Ескертпе: «*» белгісі бар код – қауіпті қалдық; нормативтер РНД 03.1.0.3.01-96 және кәсіпорын деректері бойынша қабылданды.", ""))
    maybe_distractor(doc, 0.3)


# code, RU, KK, (low, high) t, RU place, KK place
DEPOT_WASTES = (
    ("13 02 05*", "Отработанные моторные масла дизелей", "Дизельдердің пайдаланылған мотор майлары", (8, 40), "склад масел", "май қоймасы"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.8, 4), "металлические контейнеры", "металл контейнерлер"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторные батареи", "Пайдаланылған қорғасын аккумулятор батареялары", (2, 9), "аккумуляторное отделение", "аккумулятор бөлімшесі"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (1, 5), "металлические ящики с крышкой", "қақпағы бар металл жәшіктер"),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Құрамында сынап бар пайдаланылған шамдар", (0.1, 0.6), "склад ламп", "шамдар қоймасы"),
    ("16 01 12", "Изношенные тормозные колодки", "Тозған тежегіш қалыптары", (12, 60), "площадка металлолома", "металл сынықтары алаңы"),
    ("12 01 01", "Стружка черных металлов", "Қара металл жоңқасы", (6, 30), "площадка металлолома", "металл сынықтары алаңы"),
    ("17 04 05", "Лом черных металлов (колесные пары, детали тележек)", "Қара металл сынықтары (дөңгелек жұптары, арба бөлшектері)", (40, 220),
     "площадка металлолома", "металл сынықтары алаңы"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (20, 90), "контейнерная площадка", "контейнерлік алаң"),
)  # fmt: skip
# code, RU, KK, (low, high) t, RU operation, KK operation
WASH_WASTES = (
    ("16 07 08*", "Остатки нефтепродуктов из котлов цистерн", "Цистерна қазандарынан мұнай өнімдерінің қалдықтары", (60, 380),
     "передача на переработку ТОО «Ойл Регенерация»", "«Ойл Регенерация» ЖШС-не қайта өңдеуге беру"),
    ("13 05 02*", "Шлам нефтеловушек очистных сооружений", "Тазарту құрылыстарының мұнай ұстағыш шламы", (15, 90),
     "передача на термическое обезвреживание", "термиялық залалсыздандыруға беру"),
    ("13 05 07*", "Нефтесодержащая вода из нефтеловушек", "Мұнай ұстағыштардан мұнайлы су", (40, 200), "передача на переработку",
     "қайта өңдеуге беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 2), "сжигание по договору", "шарт бойынша өртеу"),
    ("15 01 10*", "Тара из-под моющих средств", "Жуғыш заттардың ыдысы", (0.2, 1.5), "возврат поставщику", "жеткізушіге қайтару"),
)  # fmt: skip


def wastes_ha2(doc: Doc) -> None:
    """A locomotive depot's waste section in two tables of other column orders: the depot's wastes with the code before
    the name and the place of accumulation last, then the washing and steaming station's with the amount before the code
    and the operation last; greasy rags under both with their own amounts (VI: a shipyard's CTNH with the amount before
    the code and its ordinary wastes apart in tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – CÔNG TY CỔ PHẦN ĐÓNG TÀU SÔNG HẬU")
        doc.h("Phụ lục III. Quản lý chất thải")
        doc.p("A. Chủng loại, khối lượng chất thải nguy hại phát sinh thường xuyên:")
        rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Khối lượng (kg/năm)", "Mã CTNH"]]
        for k, (code, w, state) in enumerate(r.sample(vocab.VN_CTNH, 6), 1):
            kg = r.randint(5, 600) * 10
            rows.append([str(k), w, state, num(kg, "vi"), code])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": w})
        doc.table(None, rows, role="wastes")
        doc.p("B. Chủng loại, khối lượng chất thải rắn công nghiệp thông thường:")
        ordinary = (("Phế liệu sắt thép từ cắt tôn vỏ tàu", 40, 260), ("Cát thải từ phun làm sạch bề mặt", 60, 300),
                    ("Que hàn thừa, xỉ hàn", 2, 12), ("Gỗ kê, pallet hư hỏng", 5, 30))
        rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp quản lý"]]
        for k, (w, lo, hi) in enumerate(ordinary, 1):
            t = round(r.uniform(lo, hi), 1)
            rows.append([str(k), w, num(t, "vi"), doc.pick(("Bán phế liệu", "Chuyển giao đơn vị có chức năng"))])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": w})
        doc.table(None, rows, role="wastes")
        maybe_distractor(doc, 0.3)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Отчет по программе ПЭК за 2025 год. Эксплуатационное локомотивное депо «Кандыагаш». Раздел 5. Отходы",
                "«Қандыағаш» пайдалану локомотив депосының 2025 жылғы ӨЭБ бағдарламасы бойынша есебі. 5-бөлім. Қалдықтар", ""))
    doc.p(doc.v("5.1. Отходы, образовавшиеся при техническом обслуживании и ремонте локомотивов:",
                "5.1. Локомотивтерге техникалық қызмет көрсету және жөндеу кезінде түзілген қалдықтар:", ""))
    rows = [doc.v(["№", "Код отхода", "Наименование отхода", "Образовано за 2025 г., т", "Место накопления"],
                  ["№", "Қалдық коды", "Қалдықтың атауы", "2025 ж. түзілді, т", "Жинақтау орны"], [])]
    depot = [w for w in DEPOT_WASTES if w[0] in ("13 02 05*", "15 02 02*", "17 04 05") or r.random() < 0.65]
    for k, (code, n_ru, n_kk, (lo, hi), p_ru, p_kk) in enumerate(depot, 1):
        t = rate(r, lo, hi, 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(t, doc.lang), (p_ru, p_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name.split(" (")[0]})
    doc.table(doc.v("Таблица 5.1", "5.1-кесте", ""), rows, role="wastes")
    doc.p(doc.v("5.2. Отходы промывочно-пропарочной станции (подготовка цистерн под налив):",
                "5.2. Буландыру-жуу станциясының қалдықтары (цистерналарды құюға дайындау):", ""))
    rows = [doc.v(["Наименование", "Количество, т", "Код", "Операция по обращению"], ["Атауы", "Саны, т", "Коды", "Жұмыс операциясы"], [])]
    amounts = []
    for code, n_ru, n_kk, (lo, hi), o_ru, o_kk in WASH_WASTES:
        t = rate(r, lo, hi, 3)
        amounts.append(t)
        name = (n_ru, n_kk)[L]
        rows.append([name, num(t, doc.lang), code, (o_ru, o_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name.split(" (")[0]})
    rows.append([doc.v("Итого по ППС", "БЖС бойынша барлығы", ""), num(round(sum(amounts), 3), doc.lang), "", ""])
    doc.table(doc.v("Таблица 5.2", "5.2-кесте", ""), rows, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# symbol: allowed concentration at the storm-water outlets (mg/l; pH a range)
STORM = {"pH": (6.5, 8.5), "TSS": 20, "TPH": 0.3, "COD": 30, "BOD5": 6, "Cl-": 350, "NH4+": 2, "Surfactants": 0.5}
# symbol: QCVN 14:2008/BTNMT column B (domestic waste water); Coliform in MPN/100ml
QCVN14B = {"pH": (5, 9), "BOD5": 50, "TSS": 100, "TDS": 1000, "S2-": 4, "NH4+": 10, "NO3-": 50, "Surfactants": 10, "Coliform": 5000}


def limits_ha1(doc: Doc) -> None:
    """An airport's storm water in the de-icing season at two outlets: the parameters as columns over a row of units,
    the allowed concentrations (ДК) as the first row under it, then the sampling dates each merged down over its two
    outlets `К-1`, `К-2`; a month without flow as a row spanning the table, oil products below detection written
    `< 0,02` (VI: an airport's domestic waste water at two treatment plants against QCVN 14:2008/BTNMT column B, the
    rounds merged down over the points, Coliform in MPN/100ml, `KPH`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        table = QCVN14B
        keys = ["pH", *sorted(r.sample(["BOD5", "TSS", "TDS", "S2-", "NH4+", "NO3-", "Surfactants"], 5), key=list(QCVN14B).index), "Coliform"]
        doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – CẢNG HÀNG KHÔNG QUỐC TẾ PHÙ CÁT MỚI")
        doc.p("Nước thải sinh hoạt của nhà ga hành khách và khu điều hành bay được xử lý tại hai trạm xử lý: NT1 – sau trạm xử "
              "lý nước thải nhà ga (công suất 450 m3/ngày); NT2 – sau trạm xử lý khu điều hành, suất ăn (120 m3/ngày). "
              "Giới hạn so sánh: QCVN 14:2008/BTNMT, cột B (K = 1,0).")
        head = ["Đợt quan trắc", "Vị trí", *(vocab.water(s, "vi") for s in keys)]
        units = [None, None, *("-" if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/l" for s in keys)]
        norm = ["QCVN 14:2008/BTNMT, cột B", None, *(cell(doc, table[s]) for s in keys)]
        rows, merges = [head, units, norm], [(0, 0, 1, 0), (0, 1, 1, 1), (2, 0, 2, 1)]
        dates = ("Đợt 1 (12/3/2025)", "Đợt 2 (10/6/2025)", "Đợt 3 (16/9/2025)", "Đợt 4 (09/12/2025)")
        points = ("NT1", "NT2")
        column = "B"
    else:
        table = STORM
        keys = ["pH", "TSS", "TPH", *sorted(r.sample(["COD", "BOD5", "Cl-", "NH4+", "Surfactants"], 3), key=list(STORM).index)]
        doc.h(doc.v("Отчет по программе производственного экологического контроля за 2025 год. Международный аэропорт «Сарыарка-Жезказган»",
                    "«Сарыарқа-Жезқазған» халықаралық әуежайының 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есебі", ""))
        doc.h(doc.v("3.4. Контроль качества поверхностных (ливневых) сточных вод в период противообледенительной обработки",
                    "3.4. Мұзға қарсы өңдеу кезеңіндегі жер беті (нөсер) ағынды суларының сапасын бақылау", ""))
        doc.p(doc.v("Стоки с перрона и площадки обработки воздушных судов ПОЖ после локальных очистных сооружений сбрасываются в "
                    "пруд-накопитель через выпуск К-1, стоки привокзальной площади и автостоянки – через выпуск К-2.",
                    "Перрон мен әуе кемелерін МҚС-пен өңдеу алаңының ағындары жергілікті тазарту құрылыстарынан кейін К-1 шығарылымы "
                    "арқылы жинақтағыш тоғанға, әуевокзал алаңы мен автотұрақ ағындары К-2 шығарылымы арқылы ағызылады.", ""))
        head = [doc.v("Дата отбора", "Сынама алу күні", ""), doc.v("Выпуск", "Шығарылым", ""), *(vocab.water(s, doc.lang) for s in keys)]
        units = [None, None, *(doc.v("ед. pH", "pH бірл.", "") if s == "pH" else doc.v("мг/дм3", "мг/дм3", "") for s in keys)]
        norm = [doc.v("Допустимая концентрация (ДК)", "Рұқсат етілген концентрация (РЕК)", ""), None, *(cell(doc, table[s]) for s in keys)]
        rows, merges = [head, units, norm], [(0, 0, 1, 0), (0, 1, 1, 1), (2, 0, 2, 1)]
        months = ("{}.12.2025", "{}.01.2026", "{}.02.2026", "{}.03.2026")
        dates = tuple(m.format(f"{r.randint(3, 26):02d}") for m in months)
        points = ("К-1", "К-2")
        column = None
    dry = None if vi else r.choice((1, 2))
    for j, date in enumerate(dates):
        if j == dry:
            rows.append([date, doc.v("сток отсутствовал, отбор проб не проводился", "ағын болмады, сынама алынбады", ""),
                         *([None] * len(keys))])
            merges.append((len(rows) - 1, 1, len(rows) - 1, len(keys) + 1))
            continue
        start = len(rows)
        for p in points:
            line = [date if len(rows) == start else None, p]
            for s in keys:
                lim = table[s]
                unit = "MPN/100ml" if s == "Coliform" else "mg/l"
                if s == "pH":
                    v = round(r.uniform(6.6, 8.2), 1)
                elif s in ("TPH", "S2-") and r.random() < 0.3:
                    line.append("KPH" if vi else "< 0,02")
                    add(doc, {k: x for k, x in limit(("symbol", s), "waste_water", lim, unit, column, p).items()
                              if k != "value"})
                    continue
                elif s == "Coliform":
                    v = float(r.randint(4, 46) * 100)
                else:
                    v = _sig(lim * r.uniform(0.1, 0.95 if vi else 1.2), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "waste_water", lim, unit, column, p, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    caption = doc.v("Таблица 3.6 – Результаты анализа ливневых сточных вод, мг/дм3", "3.6-кесте – Нөсер ағынды суларын талдау нәтижелері, мг/дм3",
                    "Bảng 2.2. Kết quả quan trắc nước thải sau xử lý năm 2025")
    doc.table(caption, rows, merges, role="limits")
    doc.p(doc.v("«< 0,02» – ниже предела обнаружения методики (ПНД Ф 14.1:2:4.128-98).",
                "«< 0,02» – әдістеменің анықтау шегінен төмен (ПНД Ф 14.1:2:4.128-98).",
                "Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp)."))
    maybe_distractor(doc, 0.3)


# code: the technological norms a gas-turbine unit may be given, mg/Nm3 at 15 % O2
GTU_NORM = {"0301": (250, 300, 200), "0337": (300, 250)}
# code: µg/m3 — QCVN 06:2009/BTNMT (BTEX, H2S) and QCVN 05:2023/BTNMT (TSP), one-hour averages
DEPOT_AIR = {"0602": 22, "0621": 500, "0616": 1000, "0333": 42, "2902": 300}


def limits_ha2(doc: Doc) -> None:
    """Measurements at a compressor station's gas-turbine units: a group row per substance spanning the table, under it
    a row per unit with the source's number, the unit, its load and O2, and the concentration reduced to 15 % O2, the
    technological norm merged down over the units in the last column, a unit in reserve not measured (VI: a petroleum
    depot's ambient air, the points as rows and BTEX, H2S and dust as columns, the one-hour values of QCVN 06:2009 and QCVN
    05:2023 as a second header row, the unit in the caption)."""
    r = doc.rng
    if doc.lang == "vi":
        name, _, _, _, _, _ = doc.pick(VN_DEPOT)
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỢT 2 NĂM 2025 – {name.upper()}")
        doc.p("Thời gian lấy mẫu: 14/8/2025, từ 8h00 đến 16h00, trời nắng, gió Đông Nam 1,5–2,5 m/s. Mẫu khí được lấy trung bình 1 giờ.")
        codes = list(DEPOT_AIR)
        label = {"0602": "Benzen", "0621": "Toluen", "0616": "Xylen", "0333": "H2S", "2902": "Bụi tổng (TSP)"}
        rows = [["Ký hiệu", "Vị trí quan trắc", *(label[c] for c in codes)],
                ["QCVN 06:2009/BTNMT; QCVN 05:2023/BTNMT", None, *(num(DEPOT_AIR[c], "vi") for c in codes)]]
        merges = [(1, 0, 1, 1)]
        places = (("KK1", "Cổng kho, giáp đường Đình Vũ"), ("KK2", "Khu bể chứa xăng, cuối hướng gió"),
                  ("KK3", "Khu vực xuất xăng dầu bằng ô tô xitéc"), ("KK4", "Cầu cảng xuất nhập"))
        for code, place in places:
            line = [code, place]
            for c in codes:
                lim = DEPOT_AIR[c]
                if c == "0333" and r.random() < 0.5:
                    line.append("KPH")
                    add(doc, {k: x for k, x in limit(("code", c), "air", lim, "ug/m3", None, code).items() if k != "value"})
                    continue
                v = _sig(lim * r.uniform(0.05, 0.7 if c != "0602" else 1.05), 2)
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "ug/m3", None, code, v))
            rows.append(line)
        doc.table("Bảng 3. Kết quả quan trắc không khí xung quanh (đơn vị: µg/m3)", rows, merges, role="limits")
        doc.p("Ghi chú: KPH – không phát hiện; giá trị so sánh là giá trị trung bình 1 giờ.")
        maybe_distractor(doc, 0.3)
        return
    ru, kk = doc.pick(KZ_CS)[:2]
    doc.h(doc.v(f"Протокол инструментальных измерений выбросов газоперекачивающих агрегатов. {ru}",
                f"Газ айдау агрегаттарының шығарындыларын аспаптық өлшеу хаттамасы. {kk}", ""))
    doc.p(doc.v(f"Дата измерений: {r.randint(3, 27):02d}.0{r.choice((5, 6, 9))}.2025. Прибор: газоанализатор Testo 350, зав. № 02481. "
                "Концентрации приведены к нормальным условиям и содержанию кислорода 15 %.",
                f"Өлшеу күні: {r.randint(3, 27):02d}.0{r.choice((5, 6, 9))}.2025. Аспап: Testo 350 газталдағышы, зауыт № 02481. "
                "Концентрациялар қалыпты жағдайларға және 15 % оттегі құрамына келтірілген.", ""))
    n_units = r.randint(3, 4)
    reserve = r.randint(1, n_units) if r.random() < 0.6 else None
    kind = doc.pick(GPA_TYPES)
    rows = [doc.v(["№ ИЗА", "Агрегат", "Нагрузка, %", "O2, %", "Концентрация, мг/Нм3", "Технологический норматив, мг/Нм3"],
                  ["ЛШК №", "Агрегат", "Жүктеме, %", "O2, %", "Концентрация, мг/Нм3", "Технологиялық норматив, мг/Нм3"], [])]
    merges = []
    loads = {k: (r.randint(62, 95), round(r.uniform(14.2, 17.8), 1)) for k in range(1, n_units + 1)}
    for code, options in GTU_NORM.items():
        lim = float(r.choice(options))
        rows.append([f"{code} – {vocab.air(code, doc.lang)}", None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        start = len(rows)
        for k in range(1, n_units + 1):
            number = f"{k:04d}"
            if k == reserve:
                rows.append([number, f"{doc.v('ГПА', 'ГАА', '')} ст. № {k} ({kind})",
                             doc.v("в резерве, измерения не проводились", "резервте, өлшеу жүргізілмеді", ""), None, None,
                             num(lim, doc.lang) if k == 1 else None])
                merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
                add(doc, {x: y for x, y in limit(("code", code), "flue_gas", lim, "mg/Nm3", None, number).items() if x != "value"})
                continue
            load, o2 = loads[k]
            v = _sig(lim * r.uniform(0.35, 1.05), 3)
            rows.append([number, f"{doc.v('ГПА', 'ГАА', '')} ст. № {k} ({kind})", str(load), num(o2, doc.lang), num(v, doc.lang),
                         num(lim, doc.lang) if k == 1 else None])
            add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", None, number, v))
        merges.append((start, 5, len(rows) - 1, 5))
    doc.table(doc.v("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.p(doc.v("Технологические нормативы – по комплексному экологическому разрешению, приложение 3.",
                "Технологиялық нормативтер – кешенді экологиялық рұқсат бойынша, 3-қосымша.", ""))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

EXCEPT = {"ru": ("¹ – 1 раз в год (в III квартале)", "² – ежеквартально"),
          "kk": ("¹ – жылына 1 рет (III тоқсанда)", "² – тоқсан сайын")}


def monitoring_ha1(doc: Doc) -> None:
    """A depot's ПЭК programme whose frequency column gives a default for the row, overridden for single substances by
    footnote marks (`Бенз/а/пирен¹`, `СПАВ²`) explained under the table; sources written `ИЗА 0002`, points by their codes
    in brackets; the method and who samples after the frequency (VI: a rolling-stock workshop's GPMT programme, `(*)`
    marks on substances sampled at another frequency, explained in a note)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SỬA CHỮA ĐẦU MÁY, TOA XE DĨ AN BẮC")
        doc.h("Phụ lục IV. Chương trình quan trắc môi trường định kỳ")
        rows = [["Loại quan trắc", "Vị trí (ký hiệu)", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
        plan = (("Khí thải", "KT1", "Ống thải lò sấy cát", ["2902", "0330", "0301", "0337"], "0330", "semiannual", "yearly",
                 "QCVN 19:2009/BTNMT, cột B"),
                ("Khí thải", "KT2", "Ống thải buồng sơn toa xe", ["2902", "0621", "0616"], "2902", "semiannual", "yearly",
                 "QCVN 19:2009/BTNMT, cột B; QCVN 20:2009/BTNMT"),
                ("Nước thải", "NT1", "Nước thải sau hệ thống xử lý tập trung, trước khi đấu nối vào cống chung",
                 ["pH", "BOD5", "COD", "TSS", "TPH", "Pb", "Zn"], "Pb", "quarterly", "semiannual", "QCVN 40:2011/BTNMT, cột B"))
        words = {"quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "01 lần/năm"}
        for kind, code, place, keys, marked, word, other, std in plan:
            names = []
            for x in keys:
                n = vocab.air(x, "vi", 1 if x in ("0301", "0330", "0337") else 0) if x[0].isdigit() else vocab.water(x, "vi")
                names.append(n + (" (*)" if x == marked else ""))
                doc.add("monitoring", _mon({"point_contains": code}, _key(doc, x), other if x == marked else word))
            rows.append([kind if code != "KT2" else None, f"{place} ({code})", ", ".join(names), words[word], std])
        doc.table("Bảng 4.1. Vị trí, thông số và tần suất quan trắc", rows, [(1, 0, 2, 0)], role="monitoring")
        doc.p("(*) Thông số được quan trắc với tần suất thấp hơn: SO2 tại KT1 và bụi tổng tại KT2 – 01 lần/năm; chì (Pb) tại NT1 – "
              "06 tháng/lần.")
        maybe_distractor(doc, 0.3)
        return
    doc.h(doc.v("Программа производственного экологического контроля. Эксплуатационное локомотивное депо «Кандыагаш»",
                "«Қандыағаш» пайдалану локомотив депосының өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("Таблица 4. План-график контроля", "4-кесте. Бақылау кестесі", ""))
    rows = [doc.v(["№", "Объект контроля", "Контролируемые показатели", "Периодичность", "Метод", "Исполнитель"],
                  ["№", "Бақылау объектісі", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Әдісі", "Орындаушы"], [])]
    lab = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    eco = doc.v("инженер-эколог депо", "депо инженер-экологы", "")
    sup = {"yearly": "¹", "quarterly": "²"}
    plan = [
        (doc.v("ИЗА 0002 – стенд реостатных испытаний тепловозов", "ЛШК 0002 – тепловоздарды реостаттық сынау стенді", ""),
         {"source_number": "0002"}, ["0301", "0304", "0337", "0328", "0703"], {"0703": "yearly"}, "quarterly",
         doc.v("инструментальный", "аспаптық", ""), lab),
        (doc.v("ИЗА 0001 – котельная депо", "ЛШК 0001 – депо қазандығы", ""), {"source_number": "0001"}, ["0301", "0337"], {},
         "semiannual", doc.v("инструментальный", "аспаптық", ""), lab),
        (doc.v("ИЗА 0003 – пескосушильная печь", "ЛШК 0003 – құм кептіру пеші", ""), {"source_number": "0003"}, ["2908", "0301", "0337"],
         {"0301": "yearly", "0337": "yearly"}, "quarterly", doc.v("инструментальный", "аспаптық", ""), lab),
        (doc.v("Выпуск промывочно-пропарочной станции в городскую канализацию (колодец КК-1)",
               "Буландыру-жуу станциясының қалалық кәрізге шығарылымы (КҚ-1 құдығы)", ""),
         {"point_contains": doc.v("КК-1", "КҚ-1", "")}, ["pH", "TSS", "TPH", "COD", "Surfactants"], {"Surfactants": "quarterly"},
         "monthly", doc.v("лабораторный", "зертханалық", ""), lab),
        (doc.v("Граница СЗЗ (точки Т-1, Т-2)", "СҚА шекарасы (Т-1, Т-2 нүктелері)", ""), None, ["0301", "0337", "2908"], {},
         "quarterly", doc.v("инструментальный", "аспаптық", ""), lab),
        (doc.v("Почва у пункта экипировки (П-1)", "Жабдықтау пункті маңындағы топырақ (П-1)", ""), {"point_contains": "П-1"},
         ["TPH", "Pb"], {}, "yearly", doc.v("лабораторный", "зертханалық", ""), lab),
    ]
    plan = [p for j, p in enumerate(plan) if j in (0, 3, 4) or r.random() < 0.75]
    for k, (what, loc, keys, marks, word, method, who) in enumerate(plan, 1):
        names = []
        for x in keys:
            if x[0].isdigit():
                n = vocab.air(x, doc.lang, 1 if x == "2908" else 0)
            elif loc and "П-1" in loc.get("point_contains", ""):
                n = vocab.soil(x, doc.lang)
            else:
                n = vocab.water(x, doc.lang)
            names.append(n + sup.get(marks.get(x), ""))
            w = marks.get(x, word)
            locs = [loc] if loc else [{"point_contains": "Т-1"}, {"point_contains": "Т-2"}]
            for one in locs:
                doc.add("monitoring", _mon(one, _key(doc, x), w))
        said = {"quarterly": QUARTERLY, "monthly": MONTHLY}.get(word)
        rows.append([str(k), what, ", ".join(names), said[doc.lang] if said else doc.v(
            {"semiannual": "2 раза в год", "yearly": "1 раз в год"}[word], {"semiannual": "жылына 2 рет", "yearly": "жылына 1 рет"}[word], ""),
            method, eco if loc and "П-1" in loc.get("point_contains", "") else who])
    doc.table(None, rows, role="monitoring")
    for line in EXCEPT[doc.lang]:
        doc.p(line)
    maybe_distractor(doc, 0.3)


def monitoring_ha2(doc: Doc) -> None:
    """An airport's programme turned round: the frequencies as rows and the media as columns (air, storm water, soil),
    each cell listing its points or sources with their substances after a colon, entries split by semicolons, a dash where
    a medium has nothing at that frequency; a frequency with a qualifier (`ежемесячно (ноябрь – март)`) (VI: a container
    terminal's programme, continuous automatic monitoring of its outlet as the first row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – BẾN CẢNG CONTAINER NAM ĐÌNH VŨ 3")
        doc.h("Phụ lục V. Chương trình quan trắc môi trường")
        cols = ["Tần suất", "Nước thải", "Không khí xung quanh", "Nước biển ven bờ"]
        air = ["2902", "0301", "0330", "0337"]
        ww = ["pH", "BOD5", "COD", "TSS", "NH4+", "TPH", "Coliform"]
        sea = ["pH", "DO", "TSS", "TPH", *r.sample(["NH4+", "Fe", "Zn"], 1)]
        auto = ["pH", "COD", "TSS"]
        plan = [("continuous", "Liên tục (trạm quan trắc tự động)", [("NT1", auto)], [], []),
                ("quarterly", "03 tháng/lần", [("NT1", ww)], [], []),
                ("semiannual", "06 tháng/lần", [], [("KK1", air), ("KK2", air)], [("NB1", sea), ("NB2", sea)])]
        rows = [cols]

        def name(x: str) -> str:
            return vocab.air(x, "vi", 1 if x in ("0301", "0330", "0337") else 0) if x[0].isdigit() else vocab.water(x, "vi")

        for word, said, *media in plan:
            line = [said]
            for entries in media:
                if not entries:
                    line.append("–")
                    continue
                parts = []
                for code, keys in entries:
                    extra = "Lưu lượng, " if word == "continuous" else ""
                    parts.append(f"{code}: {extra}{', '.join(name(x) for x in keys)}")
                    doc.add("monitoring", *(_mon({"point_contains": code}, _key(doc, x), word) for x in keys))
                line.append("; ".join(parts))
            rows.append(line)
        doc.table("Bảng 5.1. Tần suất và thông số quan trắc", rows, role="monitoring")
        doc.p("Vị trí: NT1 – hố ga sau trạm xử lý nước thải tập trung; KK1 – cổng cảng; KK2 – bãi container lạnh; NB1, NB2 – vùng "
              "nước trước bến, cách bến 100 m về phía thượng và hạ lưu.")
        maybe_distractor(doc, 0.3)
        return
    doc.h(doc.v("Программа производственного экологического контроля на 2026–2028 годы. Международный аэропорт «Сарыарка-Жезказган»",
                "«Сарыарқа-Жезқазған» халықаралық әуежайының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("6. График производственного мониторинга", "6. Өндірістік мониторинг кестесі", ""))
    cols = doc.v(["Периодичность", "Атмосферный воздух и выбросы", "Поверхностные (ливневые) сточные воды", "Почва"],
                 ["Кезеңділігі", "Атмосфералық ауа және шығарындылар", "Жер беті (нөсер) ағынды сулары", "Топырақ"], [])
    air = ["0301", "0337", "2754"]
    boiler = ["0301", "0304", "0337"]
    storm = ["TSS", "TPH", "COD", *r.sample(["BOD5", "Surfactants", "Cl-"], 1)]
    soil = ["TPH", "Pb", *r.sample(["Zn", "Cu"], 1)]
    k1, k2 = doc.v(("К-1", "К-2"), ("К-1", "К-2"), ())
    src = doc.v("источник 0001 (котельная аэровокзала)", "0001 көз (әуевокзал қазандығы)", "")
    szz = doc.v("Т-1, Т-2 (граница СЗЗ, торцы ВПП)", "Т-1, Т-2 (СҚА шекарасы, ҰҚЖ шеттері)", "")
    soil_pts = doc.v("П-1, П-2 (склад ГСМ, площадка ПОЖ)", "П-1, П-2 (ЖЖМ қоймасы, МҚС алаңы)", "")
    plan = [
        ("monthly", doc.v("Ежемесячно (ноябрь – март, период противообледенительной обработки)",
                          "Ай сайын (қараша – наурыз, мұзға қарсы өңдеу кезеңі)", ""),
         [], [((k1,), k1, storm)], []),
        ("quarterly", QUARTERLY[doc.lang].capitalize(), [(("Т-1", "Т-2"), szz, air)], [((k2,), k2, storm)], []),
        ("semiannual", doc.v("2 раза в год", "Жылына 2 рет", ""), [(("0001",), src, boiler)], [], []),
        ("yearly", doc.v("1 раз в год", "Жылына 1 рет", ""), [], [], [(("П-1", "П-2"), soil_pts, soil)]),
    ]
    rows = [cols]
    for word, said, air_e, water_e, soil_e in plan:
        line = [said]
        for j, entries in enumerate((air_e, water_e, soil_e)):
            if not entries:
                line.append("—")
                continue
            parts = []
            for ids, label, keys in entries:
                if j == 0:
                    names = [vocab.air(x, doc.lang) for x in keys]
                elif j == 1:
                    names = [vocab.water(x, doc.lang) for x in keys]
                else:
                    names = [vocab.soil(x, doc.lang) for x in keys]
                parts.append(f"{label}: {', '.join(names)}")
                for i in ids:
                    loc = {"source_number": i} if i == "0001" else {"point_contains": i}
                    doc.add("monitoring", *(_mon(loc, _key(doc, x), word) for x in keys))
            line.append("; ".join(parts))
        rows.append(line)
    doc.table(doc.v("Таблица 6.1", "6.1-кесте", ""), rows, role="monitoring")
    doc.p(doc.v("К-1 – выпуск ЛОС перрона и площадки ПОЖ; К-2 – выпуск ЛОС привокзальной площади.",
                "К-1 – перрон мен МҚС алаңының ЖТҚ шығарылымы; К-2 – әуевокзал алаңының ЖТҚ шығарылымы.", ""))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# frequency: [(RU unit, KK unit, RU what, KK what)]
GARAGE_CHECKS = {
    "daily": [("Контрольно-технический пункт", "Бақылау-техникалық пункті",
               "дымность и подтекания масла и топлива у автобусов при выпуске на линию", "желіге шығар алдында автобустардың түтіндігі, май мен отынның ағуы"),
              ("Мойка автобусов с оборотным водоснабжением", "Айналмалы сумен жабдықталған автобус жуу орны",
               "работа очистных сооружений, уровень осадка, наличие пленки нефтепродуктов", "тазарту құрылыстарының жұмысы, тұнба деңгейі, мұнай қабыршағы")],
    "weekly": [("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы",
                "маркировка контейнеров, раздельное накопление, журнал учета", "контейнерлердің таңбалануы, бөлек жинақтау, есепке алу журналы"),
               ("Топливозаправочный пункт парка", "Парктің жанармай құю пункті",
                "герметичность ТРК и резервуаров, наличие сорбента", "ЖТК мен резервуарлардың саңылаусыздығы, сорбенттің болуы")],
    "monthly": [("Аккумуляторный участок", "Аккумулятор учаскесі",
                 "вентиляция, хранение электролита и отработанных батарей", "желдету, электролит пен пайдаланылған батареяларды сақтау"),
                ("Газовая котельная парка", "Парктің газ қазандығы", "режимные карты, показания газоанализатора",
                 "режимдік карталар, газталдағыш көрсеткіштері")],
    "quarterly": [("Зона технического обслуживания и ремонта", "Техникалық қызмет көрсету және жөндеу аймағы",
                   "сбор отработанных масел и фильтров, состояние поддонов", "пайдаланылған майлар мен сүзгілерді жинау, табандықтардың жай-күйі"),
                  ("Шиномонтажный участок", "Шина монтаждау учаскесі", "накопление изношенных шин, вывоз по договору",
                   "тозған шиналарды жинау, шарт бойынша шығару")],
}  # fmt: skip
VN_STATION_CHECKS = {
    "daily": [("Khu vực trụ bơm, đảo bơm", "rò rỉ xăng dầu, vật liệu thấm hút, cát chữa cháy"),
              ("Bể tách dầu nước mưa", "váng dầu, mức bùn, van xả")],
    "weekly": [("Kho chứa chất thải nguy hại", "nhãn, biển cảnh báo, sổ theo dõi, khay chống tràn"),
               ("Hệ thống thu hồi hơi xăng tại bồn ngầm", "tình trạng van thở, ống thu hồi hơi")],
    "monthly": [("Khu bồn chứa ngầm", "số liệu đo tồn chứa, kiểm tra rò rỉ giếng quan trắc"),
                ("Hệ thống xử lý nước thải sinh hoạt", "vận hành bể tự hoại, bể lọc")],
    "quarterly": [("Toàn bộ cửa hàng (đoàn kiểm tra của công ty)", "việc thực hiện giấy phép môi trường, hồ sơ CTNH"),
                  ("Máy phát điện dự phòng", "khói thải, nhiên liệu tồn, khay hứng dầu")],
}  # fmt: skip


def inspections_ha1(doc: Doc) -> None:
    """A bus garage's check-lists in four small tables, one per frequency, the frequency only in each table's caption
    (`Таблица 2.1 – Ежедневный контроль`), the rows the unit, what is checked, who checks and an empty column for the mark
    (VI: a petroleum company's check-lists at its filling stations)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Инструкция по внутреннему экологическому контролю. ТОО «Ақтөбе Автобус Паркі», автобусный парк № 2",
                "Ішкі экологиялық бақылау жөніндегі нұсқаулық. «Ақтөбе Автобус Паркі» ЖШС, № 2 автобус паркі",
                "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC CỬA HÀNG XĂNG DẦU NĂM 2026"))
    doc.p(doc.v("Результаты проверок заносятся в журнал внутреннего контроля; выявленные нарушения устраняются в течение 3 рабочих дней.",
                "Тексеру нәтижелері ішкі бақылау журналына енгізіледі; анықталған бұзушылықтар 3 жұмыс күні ішінде жойылады.",
                "Áp dụng cho 21 cửa hàng xăng dầu trực thuộc Kho xăng dầu Trà Nóc Mới. Kết quả kiểm tra ghi vào sổ nhật ký của cửa hàng."))
    titles = {"daily": doc.v("Ежедневный контроль", "Күнделікті бақылау", "Kiểm tra hằng ngày"),
              "weekly": doc.v("Еженедельный контроль", "Апта сайынғы бақылау", "Kiểm tra hằng tuần"),
              "monthly": doc.v("Ежемесячный контроль", "Ай сайынғы бақылау", "Kiểm tra hằng tháng"),
              "quarterly": doc.v("Ежеквартальная проверка комиссией", "Тоқсан сайынғы комиссиялық тексеру", "Kiểm tra hằng quý")}
    who = {"daily": doc.v("механик ОТК", "ТБ механигі", "Cửa hàng trưởng"), "weekly": doc.v("инженер-эколог", "инженер-эколог", "Cán bộ môi trường của kho"),
           "monthly": doc.v("главный инженер", "бас инженер", "Phòng Kỹ thuật – An toàn"),
           "quarterly": doc.v("комиссия, назначенная приказом", "бұйрықпен тағайындалған комиссия", "Đoàn kiểm tra của công ty")}
    for j, word in enumerate(("daily", "weekly", "monthly", "quarterly"), 1):
        rows = [doc.v(["№", "Объект контроля", "Что проверяется", "Ответственный", "Отметка о выполнении"],
                      ["№", "Бақылау объектісі", "Не тексеріледі", "Жауапты", "Орындалғаны туралы белгі"],
                      ["TT", "Hạng mục", "Nội dung kiểm tra", "Người thực hiện", "Ghi chú"])]
        items = VN_STATION_CHECKS[word] if vi else GARAGE_CHECKS[word]
        for k, it in enumerate(items, 1):
            unit, what = (it[0], it[1]) if vi else (it[0], it[2]) if doc.lang == "ru" else (it[1], it[3])
            rows.append([str(k), unit, what, who[word], ""])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        cap = doc.v(f"Таблица 2.{j} – {titles[word]}", f"2.{j}-кесте – {titles[word]}", f"Bảng {j}. {titles[word]}")
        doc.table(cap, rows, role="inspections")
    if r.random() < 0.5:
        distractor(doc, "approval")


# code, RU unit, KK unit, RU subject, KK subject, RU frequency, KK frequency, frequency or None
PORT_AUDITS = (
    ("ВП-01", "Причал № 1 (навалочные грузы)", "№ 1 айлақ (үйме жүктер)", "работа системы пылеподавления, зачистка причала",
     "шаң басу жүйесінің жұмысы, айлақты тазалау", "ежесменно", "әр ауысымда", None),
    ("ВП-02", "Склад ГСМ и бункеровочная станция", "ЖЖМ қоймасы және бункерлеу станциясы", "герметичность резервуаров, обвалование, запас сорбентов",
     "резервуарлардың саңылаусыздығы, қоршау үйіндісі, сорбент қоры", "еженедельно", "апта сайын", "weekly"),
    ("ВП-03", "Пункт приема судовых отходов", "Кеме қалдықтарын қабылдау пункті", "журнал приема нефтесодержащих вод и мусора с судов",
     "кемелерден мұнайлы сулар мен қоқысты қабылдау журналы", "1 раз в 2 недели", "2 аптада 1 рет", None),
    ("ВП-04", "Очистные сооружения ливневых стоков", "Нөсер ағындарын тазарту құрылыстары", "работа нефтеловушки, вынос взвеси",
     "мұнай ұстағыштың жұмысы, қалқыма заттардың шығуы", "ежемесячно", "ай сайын", "monthly"),
    ("ВП-05", "Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "сроки накопления, маркировка, паспорта опасных отходов",
     "жинақтау мерзімдері, таңбалау, қауіпті қалдықтар паспорттары", "ежеквартально", "тоқсан сайын", "quarterly"),
    ("ВП-06", "Плавсредства портового флота", "Порт флотының жүзу құралдары", "наличие судовых журналов нефтяных операций, исправность сепараторов",
     "мұнай операциялары кеме журналдарының болуы, сепараторлардың ақаусыздығы", "в начале и в конце навигации",
     "навигацияның басында және соңында", None),
    ("ВП-07", "Береговая полоса и акватория порта", "Порттың жағалау белдеуі мен акваториясы", "отсутствие пленок нефтепродуктов, мусора",
     "мұнай өнімдері қабыршығының, қоқыстың болмауы", "1 раз в год (перед открытием навигации)", "жылына 1 рет (навигация ашылар алдында)", "yearly"),
)  # fmt: skip
VN_YARD_AUDITS = (
    ("KT-01", "Xưởng vỏ tàu (cắt, hàn tôn)", "bụi, khói hàn, thu gom que hàn thừa", "Mỗi ca làm việc", None),
    ("KT-02", "Khu vực phun cát, sơn vỏ tàu", "màn che chắn, thu hồi cát thải, thùng chứa sơn thải", "Hằng tuần", "weekly"),
    ("KT-03", "Triền đà, ụ nổi", "váng dầu, rác thải rơi xuống sông", "02 tuần/lần", None),
    ("KT-04", "Kho chứa chất thải nguy hại", "nhãn, sổ theo dõi, thời hạn lưu giữ", "Hằng tháng", "monthly"),
    ("KT-05", "Hệ thống xử lý nước thải", "vận hành, nhật ký hóa chất, lưu lượng xả", "03 tháng/lần", "quarterly"),
    ("KT-06", "Tàu hạ thủy, bàn giao", "xả cặn dầu, rác thải trước khi hạ thủy", "Trước mỗi lần hạ thủy tàu", None),
    ("KT-07", "Toàn bộ nhà máy", "việc thực hiện giấy phép môi trường", "01 lần/năm", "yearly"),
)  # fmt: skip


def inspections_ha2(doc: Doc) -> None:
    """A river port's programme of production checks with codes `ВП-01`, the unit, the subject, the frequency, the
    checker and the criterion; some frequencies are none of the contract's words (`ежесменно`, `1 раз в 2 недели`, `в
    начале и в конце навигации`) and give no frequency (VI: a shipyard's self-inspection programme, `Mỗi ca làm việc`,
    `02 tuần/lần`, `Trước mỗi lần hạ thủy tàu`)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("QUY CHẾ TỰ KIỂM TRA, GIÁM SÁT CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – CÔNG TY CỔ PHẦN ĐÓNG TÀU SÔNG HẬU")
        doc.p("Phụ lục: Chương trình tự kiểm tra năm 2026 (ban hành kèm theo Quyết định số 18/QĐ-ĐTSH ngày 06/01/2026).")
        rows = [["Mã", "Khu vực kiểm tra", "Nội dung", "Tần suất", "Người kiểm tra", "Căn cứ"]]
        for code, unit, what, said, word in [a for a in VN_YARD_AUDITS if a[4] is None or r.random() < 0.85]:
            rows.append([code, unit, what, said, doc.pick(("Tổ trưởng sản xuất", "Cán bộ môi trường", "Phó Giám đốc kỹ thuật")),
                         doc.pick(("Giấy phép môi trường số 92/GPMT-UBND", "Nội quy an toàn xưởng", "Thông tư 02/2022/TT-BTNMT"))])
            item = {"kind": "inspection", "text_contains": unit}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table(None, rows, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Программа производственных проверок на 2026 год. АО «Семей Өзен Порты» (речной порт на р. Иртыш)",
                "2026 жылға арналған өндірістік тексерулер бағдарламасы. «Семей Өзен Порты» АҚ (Ертіс өзеніндегі өзен порты)", ""))
    doc.p(doc.v("Навигационный период: с 15 апреля по 10 ноября. Результаты проверок оформляются записью в журнале или актом.",
                "Навигация кезеңі: 15 сәуірден 10 қарашаға дейін. Тексеру нәтижелері журналға жазбамен немесе актімен ресімделеді.", ""))
    rows = [doc.v(["Код", "Подразделение / объект", "Предмет проверки", "Периодичность", "Проверяющий", "Критерий"],
                  ["Коды", "Бөлімше / объект", "Тексеру пәні", "Кезеңділігі", "Тексеруші", "Өлшемшарт"], [])]
    checkers = doc.v(("начальник смены", "инженер-эколог", "главный инженер порта"), ("ауысым бастығы", "инженер-эколог", "порттың бас инженері"), ())
    crit = doc.v(("ПЭК порта", "КЭР, приложение 4", "Водный кодекс РК, ст. 120"), ("Порттың ӨЭБ", "КЭР, 4-қосымша", "ҚР Су кодексі, 120-бап"), ())
    for code, u_ru, u_kk, s_ru, s_kk, f_ru, f_kk, word in [a for a in PORT_AUDITS if a[7] is None or r.random() < 0.85]:
        unit = (u_ru, u_kk)[L]
        rows.append([code, unit, (s_ru, s_kk)[L], (f_ru, f_kk)[L], doc.pick(checkers), doc.pick(crit)])
        item = {"kind": "inspection", "text_contains": unit}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (RU work, KK work, RU object, KK object, effect t/y or None, RU actor, KK actor)
PORT_MEASURES = (
    ("Монтаж системы аспирации и пылеподавления", "Аспирация және шаң басу жүйесін монтаждау",
     "узел пересыпки угля с конвейера К-3 на К-4, причал № 3", "К-3 конвейерінен К-4-ке көмір төгу торабы, № 3 айлақ", (4, 25),
     "Служба главного механика", "Бас механик қызметі"),
    ("Устройство ветрозащитного ограждения высотой 12 м", "Биіктігі 12 м желден қорғайтын қоршау орнату",
     "открытый угольный склад, северная и западная стороны", "ашық көмір қоймасы, солтүстік және батыс жақтары", (10, 60),
     "Отдел капитального строительства", "Күрделі құрылыс бөлімі"),
    ("Замена грейферов на закрытые", "Грейферлерді жабық түріне ауыстыру", "портальные краны «Альбатрос» № 5, 6, 7",
     "№ 5, 6, 7 «Альбатрос» портал крандары", (2, 12), "Механизационный участок", "Механизация учаскесі"),
    ("Строительство очистных сооружений ливневых стоков", "Нөсер ағындарын тазарту құрылыстарын салу",
     "территория угольного терминала, выпуск в море", "көмір терминалының аумағы, теңізге шығарылым", None,
     "Отдел капитального строительства", "Күрделі құрылыс бөлімі"),
    ("Приобретение боновых заграждений 400 м и нефтесборщика", "400 м бонды қоршау мен мұнай жинағыш сатып алу",
     "нефтеналивной причал № 1", "№ 1 мұнай құю айлағы", None, "Служба ЛАРН", "МТЖ қызметі"),
    ("Установка станции автоматического мониторинга пыли PM10", "PM10 шаңының автоматты мониторинг станциясын орнату",
     "граница СЗЗ со стороны пос. Курык", "Құрық кенті жағынан СҚА шекарасы", None, "Отдел охраны окружающей среды",
     "Қоршаған ортаны қорғау бөлімі"),
)  # fmt: skip
VN_PORT_WORKS = (
    ("Lắp đặt hệ thống phun sương dập bụi", "bãi container rỗng và đường nội bộ cảng", "Phòng Kỹ thuật – Vật tư"),
    ("Cải tạo, nâng công suất trạm xử lý nước thải", "khu nhà điều hành và xưởng sửa chữa phương tiện", "Ban Quản lý dự án"),
    ("Thay thế xe nâng dầu diesel bằng xe nâng điện", "khu khai thác bãi (15 xe)", "Phòng Khai thác"),
    ("Xây dựng kho chứa chất thải nguy hại 60 m2", "khu xưởng sửa chữa", "Ban Quản lý dự án"),
    ("Trồng cây xanh cách ly dọc hàng rào", "phía giáp khu dân cư phường Đông Hải", "Phòng Hành chính – Tổng hợp"),
    ("Lắp đặt trạm cấp điện bờ cho tàu cập cảng", "bến số 2 và số 3", "Phòng Kỹ thuật – Vật tư"),
)  # fmt: skip


def tasks_ha1(doc: Doc) -> None:
    """A sea port's plan of measures whose measure is written in two cells — the kind of work, then the object it is done
    on — with the expected cut of dust in t/year (a dash where none), the cost, the term and the responsible service (VI:
    a container terminal's plan, the work and the place apart, the unit that carries it out last)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH THỰC HIỆN CÁC BIỆN PHÁP BẢO VỆ MÔI TRƯỜNG NĂM 2026 – BẾN CẢNG CONTAINER NAM ĐÌNH VŨ 3")
        rows = [["TT", "Hạng mục công việc", "Vị trí thực hiện", "Kinh phí dự kiến (triệu đồng)", "Thời gian hoàn thành",
                 "Đơn vị thực hiện"]]
        for k, (work, where, who) in enumerate(r.sample(VN_PORT_WORKS, 5), 1):
            rows.append([str(k), work, where, num(r.randint(12, 900) * 10, "vi"), doc.pick(("Quý II/2026", "Tháng 9/2026", "Quý IV/2026")), who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(work), "actor_contains": who})
        doc.table("Bảng 1. Danh mục công việc", rows, role="tasks")
        maybe_distractor(doc, 0.3)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("План мероприятий по охране окружающей среды морского порта «Курык-Батыс» на 2026–2027 годы",
                "«Құрық-Батыс» теңіз портының 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(doc.v("Приложение 5 к заявлению на получение экологического разрешения.", "Экологиялық рұқсат алуға өтінішке 5-қосымша.", ""))
    rows = [doc.v(["№", "Вид работ", "Объект (место выполнения)", "Снижение выбросов пыли, т/год", "Стоимость, млн тенге",
                   "Срок", "Ответственный"],
                  ["№", "Жұмыс түрі", "Объект (орындау орны)", "Шаң шығарындыларының азаюы, т/жыл", "Құны, млн теңге",
                   "Мерзімі", "Жауапты"], [])]
    terms = doc.v(("II квартал 2026 г.", "IV квартал 2026 г.", "до 1 июля 2027 г.", "2027 г."),
                  ("2026 ж. II тоқсан", "2026 ж. IV тоқсан", "2027 ж. 1 шілдеге дейін", "2027 ж."), ())
    for k, (w_ru, w_kk, o_ru, o_kk, effect, a_ru, a_kk) in enumerate(r.sample(PORT_MEASURES, 5), 1):
        work, actor = (w_ru, w_kk)[L], (a_ru, a_kk)[L]
        cut = num(rate(r, effect[0], effect[1], 3), doc.lang) if effect else "–"
        rows.append([str(k), work, (o_ru, o_kk)[L], cut, num(round(r.uniform(15, 950), 1), doc.lang), doc.pick(terms), actor])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(work, 4), "actor_contains": actor})
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc, 0.3)


# (RU task, KK task, RU actor, KK actor)
STATION_TASKS = (
    ("Замена сорбента и очистка колодцев локальных очистных сооружений", "Жергілікті тазарту құрылыстарының сорбентін ауыстыру және құдықтарын тазалау",
     "Технический отдел", "Техникалық бөлім"),
    ("Установка системы улавливания паров бензина при сливе из бензовоза", "Бензовоздан құю кезінде бензин буын ұстау жүйесін орнату",
     "Служба главного инженера", "Бас инженер қызметі"),
    ("Гидравлические испытания и диагностика подземных резервуаров", "Жерасты резервуарларын гидравликалық сынау және диагностикалау",
     "Подрядная организация", "Мердігер ұйым"),
    ("Оборудование площадки накопления отходов с навесом", "Қалқаны бар қалдықтарды жинақтау алаңын жабдықтау",
     "Начальники АЗС", "ЖҚС бастықтары"),
    ("Замер выбросов от дыхательных клапанов резервуаров", "Резервуарлардың тыныс алу клапандарынан шығарындыларды өлшеу",
     "Эколог сети", "Желі экологы"),
    ("Озеленение санитарно-защитной зоны", "Санитариялық-қорғау аймағын көгалдандыру", "Начальники АЗС", "ЖҚС бастықтары"),
)  # fmt: skip
VN_WAREHOUSE_TASKS = (
    ("Bảo dưỡng, nạp bổ sung môi chất lạnh và kiểm tra rò rỉ NH3", "Phòng Cơ điện lạnh"),
    ("Nạo vét hố ga, hệ thống thoát nước mưa", "Tổ Vệ sinh công nghiệp"),
    ("Thuê đơn vị quan trắc môi trường định kỳ", "Phòng An toàn – Môi trường"),
    ("Diễn tập ứng phó sự cố rò rỉ amoniac", "Ban Chỉ huy ứng phó sự cố"),
    ("Kiểm định bình chịu áp lực của hệ thống lạnh", "Phòng Cơ điện lạnh"),
    ("Thay dầu máy phát điện dự phòng và thu gom dầu thải", "Tổ Bảo trì"),
)  # fmt: skip


def tasks_ha2(doc: Doc) -> None:
    """A chain of filling stations' plan of works: a row per work with the responsible, then a column per station holding
    the date the work is done there, `–` where it is not, the station's number in the header (VI: a logistics company's
    works at its warehouses, a column per warehouse with the month)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA HỆ THỐNG KHO – CÔNG TY CỔ PHẦN LOGISTICS LẠNH MỸ PHƯỚC")
        houses = ["Kho lạnh A (Mỹ Phước)", "Kho lạnh B (Tân Uyên)", "Kho mát C (Thủ Đức)", "Kho ngoại quan D (Cái Mép)"]
        rows = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện tại các kho", None, None, None],
                [None, None, None, *houses]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
        for k, (text, who) in enumerate(r.sample(VN_WAREHOUSE_TASKS, 5), 1):
            cells = [f"Tháng {r.randint(1, 12)}/2026" if r.random() < 0.8 else "–" for _ in houses]
            rows.append([str(k), text, who, *cells])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 2. Tiến độ thực hiện", rows, merges, role="tasks")
        maybe_distractor(doc, 0.3)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("ТОО «Дала Ойл Ритейл». План природоохранных работ на АЗС сети в 2026 году",
                "«Дала Ойл Ритейл» ЖШС. Желінің ЖҚС-да 2026 жылы табиғат қорғау жұмыстарының жоспары", ""))
    doc.p(doc.v("Даты проведения работ на каждой АЗС согласуются с начальником АЗС не позднее чем за 10 дней.",
                "Әр ЖҚС-дағы жұмыстардың күндері ЖҚС бастығымен кемінде 10 күн бұрын келісіледі.", ""))
    stations = sorted(r.sample(range(1, 19), 5))
    rows = [doc.v(["№", "Наименование работ", "Ответственный", "Сроки проведения по АЗС", None, None, None, None],
                  ["№", "Жұмыстардың атауы", "Жауапты", "ЖҚС бойынша өткізу мерзімдері", None, None, None, None], []),
            [None, None, None, *(doc.v(f"АЗС № {s}", f"№ {s} ЖҚС", "") for s in stations)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7)]
    for k, (t_ru, t_kk, a_ru, a_kk) in enumerate(r.sample(STATION_TASKS, 5), 1):
        text, actor = (t_ru, t_kk)[L], (a_ru, a_kk)[L]
        cells = [f"{r.randint(1, 28):02d}.{r.randint(3, 11):02d}.2026" if r.random() < 0.75 else "–" for _ in stations]
        rows.append([str(k), text, actor, *cells])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": actor})
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"HA{k}", globals()[f"{role}_ha{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ha1` … `tasks_ha2`, in the order of the roles."""
