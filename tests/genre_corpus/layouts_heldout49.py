"""A blind held-out set (two layouts per role, `HD1` and `HD2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: livestock, aquaculture and agricultural processing at scale, and the periodic reports operators file.
Kazakhstan: a poultry factory, a pig-breeding complex, a cattle feedlot with its manure storage, a grain elevator with
its dryers, a greenhouse complex with its own gas boiler house, a fish hatchery (ПЭК programmes, quarterly and annual
reports on ПЭК and their tables of measured values, the title page of the statistical form 2-ТП (воздух), an
environmental passport, НДВ parameter forms, КЭР annexes, plans of nature-protection measures and reports on them).
Vietnam: pig and layer farms, shrimp farms and hatcheries, a rubber latex processing plant, a cassava starch plant, a
sugar mill, a coffee processing plant (tờ khai phí bảo vệ môi trường, báo cáo công tác bảo vệ môi trường hằng năm in
the forms of Thông tư 02/2022/TT-BTNMT, giấy phép môi trường, kết quả quan trắc tables, kế hoạch vận hành thử nghiệm and
the report on its result).

Facility: the title page of a statistical form whose BIN, KATO and OKED are written one digit to a box, a small table
of who files the form before it (VI: a fee declaration with the tax number in boxes and numbered field labels) (HD1);
an environmental passport's general part numbered three levels deep, group rows without values, latitude and longitude
on rows of their own, a sanitary class in Roman figures beside the category, a herd table of no role (VI: the annual
report's general part, decimal degrees) (HD2).

Emissions: the parameter form of an НДВ project — shop, source of release, hours, stack height and diameter, gas
parameters, coordinates — merged down over the substances, a row of column numbers, and `г/с | мг/нм3 | т/год` under
one merged header (VI: a rubber plant's stacks with the concentration between flow and loads) (HD1); a
poultry factory's calculation from specific emissions per thousand birds and per square metre of the litter store,
the source's number only inside its name, the unit of the specific emission in a column of its own and the hours
between the grams and the tonnes (VI: a pig farm's loads from factors per head and day) (HD2).

Wastes: a feedlot's wastes with `в том числе` rows by site under the manure and the domestic waste (VI: a layer farm,
`trong đó` rows by barn block, kilograms) (HD1); a poultry factory's inventory laid out as the classifier's tree,
chapter and sub-chapter rows carrying two- and four-digit codes, the R/D operation last (VI: a coffee plant's CTNH
under the groups of the list, ordinary wastes apart) (HD2).

Limits: a fish hatchery's river water as one row per sampling date and point, the parameters as columns whose header
cells carry the fishery ПДК, below detection as `< …` (VI: a coffee plant's rounds against QCVN 40 column B written in
the header cells, a unit row) (HD1); the air at a pig complex's protection-zone boundary, the points as column pairs of
concentration and share of the ПДК (VI: a pig farm against QCVN 05:2023 and QCVN 06:2009, µg/m3) (HD2).

Monitoring: a greenhouse complex's control at sources with three method columns (automated, instrumental, by
calculation) whose cells hold the frequency (VI: a sugar mill's automatic and periodic monitoring) (HD1); a feedlot's
wells and air points referring to lettered sets of parameters defined in a table of no role before it (VI: a shrimp
farm's parameter groups) (HD2).

Inspections: a matrix of objects and the persons who check them, the number of checks a year in the cells (VI: a
rubber plant) (HD1); a hatchery's plan of production control whose frequency stands inside each item's sentence (VI:
a cassava starch plant's self-inspection plan) (HD2).

Tasks: a report on the plan of measures of an elevator, each measure on a `план` and a `факт` row (VI: the report on a
cassava plant's trial operation, `Kế hoạch` and `Thực tế` rows) (HD1); a pig complex's plan grouped under rows naming
the responsible (VI: a shrimp company's plan grouped by the department in charge) (HD2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import QCVN40, SURFACE, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Жас Қыран` of `Птицефабрика «Жас Қыран»`), as the development set's gold keeps it."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`51°12′34,5″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


# code: (RU, KK) of air pollutants the vocabulary does not name
EXTRA = {
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)"),
    "2920": ("Пыль меховая (шерстяная, пуховая)", "Жүн шаңы (жүн, мамық)"),
    "2937": ("Пыль зерновая", "Астық шаңы"),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_L(doc)]
    return vocab.air(code, doc.lang, variant)


def _freq_word(doc: Doc, word: str) -> str:
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU address, KK address, KATO prefix, OKED, RU activity, KK activity)
KZ_FORM = (
    ("Птицефабрика «Жас Қыран»", "«Жас Қыран» құс фабрикасы", "ТОО «Жас Қыран Құс»", "«Жас Қыран Құс» ЖШС",
     "Акмолинская область, Целиноградский район, с. Талапкер, промзона, 4", "Ақмола облысы, Целиноград ауданы, Талапкер а., өнеркәсіп аймағы, 4",
     "11", "01470", "Разведение сельскохозяйственной птицы", "Ауыл шаруашылығы құсын өсіру"),
    ("Свиноводческий комплекс «Ертіс Бекон»", "«Ертіс Бекон» шошқа өсіру кешені", "ТОО «Ертіс Бекон»", "«Ертіс Бекон» ЖШС",
     "Павлодарская область, Павлодарский район, с. Мичурино, ул. Центральная, 1", "Павлодар облысы, Павлодар ауданы, Мичурин а., Орталық к., 1",
     "55", "01460", "Разведение свиней", "Шошқа өсіру"),
    ("Рыбопитомник «Қапшағай Балық»", "«Қапшағай Балық» балық питомнигі", "ТОО «Қапшағай Балық Өсіру»", "«Қапшағай Балық Өсіру» ЖШС",
     "Алматинская область, г. Конаев, с. Заречное, ул. Рыбхозовская, 12", "Алматы облысы, Қонаев қ., Заречный а., Балық шаруашылығы к., 12",
     "19", "03220", "Пресноводное рыбоводство", "Тұщы су балық өсіру"),
    ("Тепличный комплекс «Көктем Агро» с газовой котельной", "Газ қазандығы бар «Көктем Агро» жылыжай кешені", "ТОО «Көктем Агро»",
     "«Көктем Агро» ЖШС", "Алматинская область, Карасайский район, с. Жамбыл, ул. Тепличная, 2",
     "Алматы облысы, Қарасай ауданы, Жамбыл а., Жылыжай к., 2", "19", "01130", "Выращивание овощей в защищенном грунте",
     "Жабық топырақта көкөніс өсіру"),
    ("Элеватор «Торғай Астық» с зерносушилками", "Астық кептіргіштері бар «Торғай Астық» элеваторы", "АО «Торғай Астық»",
     "«Торғай Астық» АҚ", "Костанайская область, Аулиекольский район, с. Аулиеколь, ул. Элеваторная, 1",
     "Қостанай облысы, Әулиекөл ауданы, Әулиекөл а., Элеватор к., 1", "39", "52102", "Складирование и хранение зерна",
     "Астықты қоймалау және сақтау"),
)  # fmt: skip
# (object, operator, place, activity)
VN_FEE = (
    ("Nhà máy chế biến tinh bột sắn Phước Bình", "Công ty Cổ phần Tinh bột sắn Phước Bình",
     "xã Phước Minh, huyện Dương Minh Châu, tỉnh Tây Ninh", "Chế biến tinh bột sắn"),
    ("Nhà máy chế biến mủ cao su Lộc Ninh", "Công ty TNHH MTV Cao su Lộc Ninh Xanh",
     "xã Lộc Hiệp, huyện Lộc Ninh, tỉnh Bình Phước", "Sơ chế mủ cao su thiên nhiên (mủ cốm SVR)"),
    ("Trại sản xuất tôm giống Ninh Phước", "Công ty TNHH Tôm giống Ninh Phước",
     "xã An Hải, huyện Ninh Phước, tỉnh Ninh Thuận", "Sản xuất giống tôm thẻ chân trắng"),
    ("Nhà máy đường Tây Sơn Mới", "Công ty Cổ phần Mía đường Tây Sơn Mới", "xã Tây Xuân, huyện Tây Sơn, tỉnh Bình Định",
     "Sản xuất đường từ mía"),
    ("Nhà máy chế biến cà phê nhân Ea Tân", "Công ty TNHH Cà phê Ea Tân", "xã Ea Tân, huyện Krông Năng, tỉnh Đắk Lắk",
     "Chế biến cà phê ướt, cà phê nhân xuất khẩu"),
)  # fmt: skip


def _boxes(label: str, digits: str, width: int) -> list:
    """A label and its digits one to a box, the boxes left over blank."""
    row = [label, *digits]
    if len(digits) < width:
        row += [""] + [None] * (width - len(digits) - 1)
    return row


def facility_hd1(doc: Doc) -> None:
    """The title page of the statistical form 2-ТП (воздух): a small table of who files the form and when (no role),
    then the respondent's block, the BIN, the KATO and the OKED written one digit to a box, text rows merged over the
    boxes (VI: the fee declaration for industrial waste water, numbered field labels `[05] Mã số thuế:` and the tax
    number in ten boxes)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, place, activity = doc.pick(VN_FEE)
        msdn = make_msdn(r)
        doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
        doc.h("TỜ KHAI PHÍ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI NƯỚC THẢI CÔNG NGHIỆP")
        doc.p("(Ban hành kèm theo Nghị định số 53/2020/NĐ-CP ngày 05 tháng 5 năm 2020 của Chính phủ)")
        q = r.choice(("I", "II", "III", "IV"))
        doc.table(None, [["[01] Kỳ tính phí:", f"Quý {q} năm 2025", "[02] Lần đầu:", "x", "[03] Bổ sung lần thứ:", ""]], role="other")
        w = 10
        rows = [["[04] Tên người nộp phí:", operator, *[None] * (w - 1)],
                _boxes("[05] Mã số thuế:", msdn, w),
                ["[06] Địa chỉ trụ sở chính:", f"{doc.pick(('Số 12', 'Số 45', 'Lô B3'))}, {place}", *[None] * (w - 1)],
                ["[07] Điện thoại:", f"0{r.randint(200, 299)} {r.randint(3000000, 3999999)}", *[None] * (w - 1)],
                ["[08] Tên cơ sở xả nước thải:", name, *[None] * (w - 1)],
                ["[09] Địa chỉ cơ sở xả nước thải:", place, *[None] * (w - 1)],
                ["[10] Ngành nghề sản xuất, chế biến:", activity, *[None] * (w - 1)],
                ["[11] Tổng lượng nước thải thải ra trong kỳ (m3):", num(r.randint(40, 160) * 1000, "vi"), *[None] * (w - 1)],
                ["[12] Tài khoản nộp phí số:", f"{r.randint(10**11, 10**12 - 1)} tại Kho bạc Nhà nước tỉnh", *[None] * (w - 1)]]  # fmt: skip
        merges = [(k, 1, k, w) for k in range(len(rows)) if k != 1]
        doc.table(None, rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name})
        doc.p("Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước pháp luật về số liệu đã khai.")
        return
    L = _L(doc)
    (o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, prefix, oked, act_ru, act_kk) = doc.pick(KZ_FORM)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    doc.h(doc.v("Статистическая форма общегосударственного статистического наблюдения 2-ТП (воздух)",
                "2-ТП (ауа) жалпымемлекеттік статистикалық байқаудың статистикалық нысаны", ""))
    doc.p(doc.v("Отчет об охране атмосферного воздуха за 2025 год. Индекс 2-ТП (воздух), периодичность годовая.",
                "2025 жылғы атмосфералық ауаны қорғау туралы есеп. Индексі 2-ТП (ауа), кезеңділігі жылдық.", ""))
    doc.table(None, [doc.v(["Представляют", "Куда", "Срок представления"], ["Ұсынады", "Қайда", "Ұсыну мерзімі"], []),
                     doc.v(["юридические лица, имеющие стационарные источники выбросов загрязняющих веществ",
                            "территориальному органу статистики по месту нахождения объекта", "не позднее 1 марта 2026 года"],
                           ["ластаушы заттар шығарындыларының стационарлық көздері бар заңды тұлғалар",
                            "объект орналасқан жердегі статистиканың аумақтық органына", "2026 жылғы 1 наурыздан кешіктірмей"], [])],
              role="other")
    w = 12
    rows = [[doc.v("Наименование юридического лица", "Заңды тұлғаның атауы", ""), operator, *[None] * (w - 1)],
            _boxes(doc.v("БИН", "БСН", ""), bin_, w),
            [doc.v("Наименование объекта (производственной площадки)", "Объектінің (өндірістік алаңның) атауы", ""), name, *[None] * (w - 1)],
            _boxes(doc.v("Код КАТО места нахождения объекта", "Объект орналасқан жердің ҚАТО коды", ""), kato, w),
            [doc.v("Фактический адрес объекта", "Объектінің нақты мекенжайы", ""), (a_ru, a_kk)[L], *[None] * (w - 1)],
            _boxes(doc.v("Код основного вида деятельности по ОКЭД", "ЭҚЖЖ бойынша негізгі қызмет түрінің коды", ""), oked, w),
            [doc.v("Наименование вида деятельности", "Қызмет түрінің атауы", ""), (act_ru, act_kk)[L], *[None] * (w - 1)],
            [doc.v("Телефон, e-mail исполнителя", "Орындаушының телефоны, e-mail", ""),
             f"+7 7{r.randint(10, 29)} {r.randint(200, 599)} {r.randint(10, 99)} {r.randint(10, 99)}, eco@{doc.pick(('agro', 'kz-farm', 'zhasqyran'))}.kz",
             *[None] * (w - 1)]]  # fmt: skip
    merges = [(k, 1, k, w) for k in (0, 2, 4, 6, 7)] + [(3, 10, 3, w), (5, 6, 5, w)]
    doc.table(doc.v("Сведения о респонденте", "Респондент туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked})
    doc.p(doc.v("Раздел 1. Выбросы загрязняющих веществ в атмосферу и их очистка – см. следующие страницы.",
                "1-бөлім. Атмосфераға ластаушы заттардың шығарындылары және оларды тазарту – келесі беттерді қараңыз.", ""))


# (RU object, KK object, RU operator, KK operator, RU place, KK place, KATO prefix, OKED, RU activity, KK activity,
#  category, RU capacity, KK capacity, RU sanitary, KK sanitary, lat, lon, herd)
KZ_PASSPORT = (
    ("Откормочная площадка КРС «Тобыл Бұқа»", "«Тобыл Бұқа» ІҚМ бордақылау алаңы", "ТОО «Тобыл Бұқа»", "«Тобыл Бұқа» ЖШС",
     "Костанайская область, Костанайский район, с. Заречное, 3 км западнее села", "Қостанай облысы, Қостанай ауданы, Заречный а., ауылдан батысқа қарай 3 км",
     "39", "01420", "Разведение прочих пород крупного рогатого скота", "Ірі қара малдың басқа тұқымдарын өсіру", "II",
     "5 000 голов единовременного содержания", "бір мезгілде ұстайтын 5 000 бас", "III класс, СЗЗ 300 м", "III сынып, СҚА 300 м",
     53.2, 63.5, "cattle"),
    ("Свиноводческий комплекс «Ертіс Бекон» на 2 500 свиноматок", "2 500 аналық шошқаға арналған «Ертіс Бекон» шошқа кешені",
     "ТОО «Ертіс Бекон»", "«Ертіс Бекон» ЖШС", "Павлодарская область, Павлодарский район, 6 км юго-восточнее с. Мичурино",
     "Павлодар облысы, Павлодар ауданы, Мичурин а. оңтүстік-шығысқа қарай 6 км", "55", "01460", "Разведение свиней", "Шошқа өсіру", "I",
     "2 500 свиноматок, 54 000 голов на откорме в год", "2 500 аналық шошқа, жылына бордақылауда 54 000 бас", "I класс, СЗЗ 1000 м",
     "I сынып, СҚА 1000 м", 52.2, 77.1, "pigs"),
    ("Бройлерная птицефабрика «Жас Қыран»", "«Жас Қыран» бройлер құс фабрикасы", "ТОО «Жас Қыран Құс»", "«Жас Қыран Құс» ЖШС",
     "Акмолинская область, Целиноградский район, 4 км северо-восточнее с. Талапкер",
     "Ақмола облысы, Целиноград ауданы, Талапкер а. солтүстік-шығысқа қарай 4 км", "11", "01470", "Разведение сельскохозяйственной птицы",
     "Ауыл шаруашылығы құсын өсіру", "I", "24 000 т мяса птицы в год (1 200 000 бройлеров единовременно)",
     "жылына 24 000 т құс еті (бір мезгілде 1 200 000 бройлер)", "II класс, СЗЗ 500 м", "II сынып, СҚА 500 м", 51.3, 71.6, "poultry"),
)  # fmt: skip
HERDS = {
    "cattle": (("Бычки на откорме 250–350 кг", "Бордақылаудағы 250–350 кг бұқашықтар", (1800, 2600), (250, 350)),
               ("Бычки на откорме 350–500 кг", "Бордақылаудағы 350–500 кг бұқашықтар", (1500, 2300), (350, 500)),
               ("Телки на доращивании", "Өсірудегі құнажындар", (200, 500), (220, 320))),
    "pigs": (("Свиноматки основные", "Негізгі аналық шошқалар", (2300, 2500), (200, 240)),
             ("Поросята-сосуны", "Еміздегі торайлар", (5000, 6500), (2, 7)),
             ("Молодняк на доращивании", "Өсірудегі төлдер", (9000, 12000), (8, 30)),
             ("Свиньи на откорме", "Бордақылаудағы шошқалар", (18000, 24000), (30, 115))),
    "poultry": (("Бройлеры (0–42 сут.)", "Бройлерлер (0–42 тәулік)", (1000000, 1200000), (0.04, 2.6)),
                ("Родительское стадо", "Ата-аналық топ", (60000, 90000), (2.8, 4.2)),
                ("Ремонтный молодняк", "Жөндеу төлі", (20000, 35000), (0.5, 2.4))),
}  # fmt: skip
# (object, owner, place, activity, scale, group, lat, lon)
VN_REPORT = (
    ("Trang trại chăn nuôi heo nái Tân Lợi", "Công ty TNHH Chăn nuôi Tân Lợi", "ấp 4, xã Tân Lợi, huyện Đồng Phú, tỉnh Bình Phước",
     "Chăn nuôi heo nái sinh sản, heo con cai sữa", "2.400 heo nái; 60.000 heo con cai sữa/năm", "II", 11.52, 106.93),
    ("Trại gà đẻ trứng công nghệ cao Hòa Phú", "Công ty Cổ phần Nông nghiệp Hòa Phú", "xã Hòa Phú, huyện Chư Păh, tỉnh Gia Lai",
     "Chăn nuôi gà đẻ trứng thương phẩm (chuồng kín, lồng tầng)", "300.000 gà đẻ; 80 triệu quả trứng/năm", "II", 14.11, 107.96),
    ("Khu nuôi tôm thương phẩm công nghệ cao Bạc Liêu Xanh", "Công ty Cổ phần Thủy sản Bạc Liêu Xanh",
     "xã Vĩnh Hậu A, huyện Hòa Bình, tỉnh Bạc Liêu", "Nuôi tôm thẻ chân trắng siêu thâm canh", "120 ha mặt nước; 3.600 tấn tôm/năm", "II", 9.21, 105.62),
)  # fmt: skip


def facility_hd2(doc: Doc) -> None:
    """An environmental passport's general part: `№ | показатель | значение` numbered three levels deep (`1.3.2`), group
    rows (`1.3 Реквизиты`) whose label is merged over the empty value, the BIN, the OKED with its words and the KATO on
    rows of their own, the latitude and the longitude on two rows in degrees, minutes and seconds, the capacity in
    heads, the category beside a sanitary class in Roman figures; the herd by groups in a table of no role after it
    (VI: the general part of a farm's annual environmental report, the tax number under the owner, decimal degrees on
    two rows)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner, place, activity, scale, group, lat0, lon0 = doc.pick(VN_REPORT)
        msdn = make_msdn(r)
        lat, lon = round(lat0 + r.uniform(-0.03, 0.03), 6), round(lon0 + r.uniform(-0.03, 0.03), 6)
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
        doc.p(f"(Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025) – {name}")
        doc.h("I. THÔNG TIN CHUNG VỀ CƠ SỞ")
        rows = [["TT", "Nội dung", "Thông tin"],
                ["1", "Thông tin về chủ cơ sở", None],
                ["1.1", "Tên chủ cơ sở", owner],
                ["1.2", "Mã số doanh nghiệp (mã số thuế)", msdn],
                ["1.3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Nguyễn Hữu Phước', 'Trần Đình Khoa', 'Phạm Quang Vinh'))} – Giám đốc"],
                ["2", "Thông tin về cơ sở", None],
                ["2.1", "Tên cơ sở", name],
                ["2.2", "Địa điểm thực hiện", place],
                ["2.3", "Tọa độ trung tâm (hệ WGS-84)", None],
                ["2.3.1", "Vĩ độ Bắc", f"{num(lat, 'vi')}°"],
                ["2.3.2", "Kinh độ Đông", f"{num(lon, 'vi')}°"],
                ["2.4", "Loại hình sản xuất", activity],
                ["2.5", "Quy mô, công suất", scale],
                ["2.6", "Giấy phép môi trường", f"Số {r.randint(10, 480)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
                ["2.7", "Phân loại theo tiêu chí về môi trường", f"Nhóm {group} (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"]]  # fmt: skip
        merges = [(k, 1, k, 2) for k in (1, 5, 8)]
        doc.table("Bảng 1. Thông tin chung", rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        doc.table("Bảng 2. Sản lượng sản phẩm năm 2025",
                  [["Sản phẩm", "Đơn vị", "Kế hoạch", "Thực hiện"],
                   ["Sản phẩm chính", "tấn", num(r.randint(30, 90) * 100, "vi"), num(r.randint(25, 85) * 100, "vi")],
                   ["Nguyên liệu, thức ăn tiêu thụ", "tấn", num(r.randint(100, 300) * 100, "vi"), num(r.randint(100, 300) * 100, "vi")],
                   ["Điện năng tiêu thụ", "kWh", num(r.randint(800, 2400) * 1000, "vi"), num(r.randint(800, 2400) * 1000, "vi")]],
                  role="other")
        return
    L = _L(doc)
    item = doc.pick(KZ_PASSPORT)
    (o_ru, o_kk, op_ru, op_kk, p_ru, p_kk, prefix, oked, act_ru, act_kk, cat, c_ru, c_kk, s_ru, s_kk, lat0, lon0, herd) = item
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.05, 0.05), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.05, 0.05), False, doc.lang)
    doc.h(doc.v(f"Экологический паспорт предприятия. {name}", f"Кәсіпорынның экологиялық паспорты. {name}", ""))
    doc.p(doc.v("Паспорт составлен по состоянию на 01.01.2026 и подлежит корректировке при изменении технологии.",
                "Паспорт 01.01.2026 жағдай бойынша жасалды және технология өзгерген кезде түзетілуге жатады.", ""))
    g = doc.v
    rows = [g(["№", "Наименование показателя", "Значение"], ["№", "Көрсеткіштің атауы", "Мәні"], []),
            ["1.", g("Общие сведения", "Жалпы мәліметтер", ""), None],
            ["1.1", g("Полное наименование оператора", "Оператордың толық атауы", ""), operator],
            ["1.2", g("Наименование объекта", "Объектінің атауы", ""), name],
            ["1.3", g("Реквизиты", "Деректемелер", ""), None],
            ["1.3.1", g("БИН", "БСН", ""), bin_],
            ["1.3.2", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), f"{oked} – {(act_ru, act_kk)[L]}"],
            ["1.3.3", g("Код КАТО", "ҚАТО коды", ""), kato],
            ["1.4", g("Местоположение", "Орналасқан жері", ""), None],
            ["1.4.1", g("Адрес (местоположение)", "Мекенжайы (орналасқан жері)", ""), (p_ru, p_kk)[L]],
            ["1.4.2", g("Северная широта центра площадки", "Алаң орталығының солтүстік ендігі", ""), lat],
            ["1.4.3", g("Восточная долгота центра площадки", "Алаң орталығының шығыс бойлығы", ""), lon],
            ["1.4.4", g("Расстояние до ближайшей жилой застройки", "Ең жақын тұрғын үйлерге дейінгі қашықтық", ""),
             g(f"{num(round(r.uniform(1.2, 6.5), 1), 'ru')} км", f"{num(round(r.uniform(1.2, 6.5), 1), 'kk')} км", "")],
            ["2.", g("Характеристика производства", "Өндіріс сипаттамасы", ""), None],
            ["2.1", g("Проектная мощность", "Жобалық қуаты", ""), (c_ru, c_kk)[L]],
            ["2.2", g("Класс санитарной опасности, размер СЗЗ", "Санитариялық қауіптілік сыныбы, СҚА өлшемі", ""), (s_ru, s_kk)[L]],
            ["2.3", g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""), cat],
            ["2.4", g("Режим работы", "Жұмыс режимі", ""), g("круглогодичный, 365 дней, 3 смены", "жыл бойы, 365 күн, 3 ауысым", "")]]  # fmt: skip
    merges = [(k, 1, k, 2) for k in (1, 4, 8, 13)]
    doc.table(g("Таблица 1.1 – Общие сведения о предприятии", "1.1-кесте – Кәсіпорын туралы жалпы мәліметтер", ""), rows, merges,
              role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked, "category": cat, "lat": lat_v,
                           "lon": lon_v})
    herd_rows = [g(["Половозрастная группа", "Поголовье, гол.", "Живая масса, кг"],
                   ["Жыныстық-жастық топ", "Мал басы, бас", "Тірі салмағы, кг"], [])]
    for ru, kk, (lo, hi), (wlo, whi) in HERDS[herd]:
        weight = f"{num(wlo, doc.lang)}–{num(whi, doc.lang)}"
        herd_rows.append([(ru, kk)[L], num(r.randint(lo // 100, hi // 100) * 100, doc.lang), weight])
    doc.table(g("Таблица 1.2 – Поголовье по половозрастным группам на 01.01.2026", "1.2-кесте – 01.01.2026 жағдай бойынша жыныстық-жастық топтар бойынша мал басы", ""),
              herd_rows, role="other")


# ---------------------------------------------------------------- emissions

# share of a source's base rate at which a substance goes out
SHARE = {"0303": 1.0, "0333": 0.06, "1715": 0.0012, "2920": 0.35, "0410": 4.0, "0301": 1.0, "0304": 0.16, "0337": 2.2,
         "0330": 1.6, "2902": 1.0}
# (number, RU production, KK production, RU shop, KK shop, RU release, KK release, count, hours, RU source, KK source,
#  height, diameter, speed, volume, temperature, codes, (low, high) base g/s)
PIG_PARAMS = (
    ("0001", "Свиноводство", "Шошқа шаруашылығы", "Свинарник-маточник № 1", "№ 1 аналық шошқа қорасы", "вытяжные вентиляторы",
     "сору желдеткіштері", 6, 8760, "Вытяжные шахты (объединены)", "Сору шахталары (біріктірілген)", 9, 0.8, 6.2, 3.12, 22,
     ("0303", "0333", "1715", "2920"), (0.08, 0.2)),
    ("0002", "Свиноводство", "Шошқа шаруашылығы", "Свинарник-откормочник № 1", "№ 1 бордақылау қорасы", "вытяжные вентиляторы",
     "сору желдеткіштері", 8, 8760, "Вытяжные шахты (объединены)", "Сору шахталары (біріктірілген)", 9, 0.8, 7.5, 3.77, 21,
     ("0303", "0333", "1715", "2920"), (0.15, 0.35)),
    ("0003", "Свиноводство", "Шошқа шаруашылығы", "Свинарник-откормочник № 2", "№ 2 бордақылау қорасы", "вытяжные вентиляторы",
     "сору желдеткіштері", 8, 8760, "Вытяжные шахты (объединены)", "Сору шахталары (біріктірілген)", 9, 0.8, 7.1, 3.57, 21,
     ("0303", "0333", "1715", "2920"), (0.15, 0.35)),
    ("0004", "Вспомогательное производство", "Қосалқы өндіріс", "Котельная", "Қазандық", "котлы КВа-1,0 (природный газ)",
     "КВа-1,0 қазандықтары (табиғи газ)", 2, 5064, "Дымовая труба", "Түтін мұржасы", 18, 0.5, 5.4, 1.06, 140,
     ("0301", "0304", "0337"), (0.03, 0.09)),
    ("6001", "Навозоудаление", "Көң шығару", "Лагуна-накопитель жидкой фракции", "Сұйық фракцияның лагуна-жинақтағышы",
     "поверхность лагуны 12 000 м2", "лагуна беті 12 000 м2", 1, 8760, "Неорганизованный (площадной)", "Ұйымдастырылмаған (алаңдық)",
     2, None, None, None, None, ("0303", "0333", "0410", "1715"), (0.2, 0.6)),
    ("6002", "Навозоудаление", "Көң шығару", "Площадка компостирования твердой фракции", "Қатты фракцияны компосттау алаңы",
     "буртовое компостирование", "үйінділік компосттау", 1, 8760, "Неорганизованный (площадной)", "Ұйымдастырылмаған (алаңдық)",
     2, None, None, None, None, ("0303", "0333"), (0.05, 0.15)),
)  # fmt: skip


def emissions_hd1(doc: Doc) -> None:
    """The parameter form of an НДВ project for a pig complex (shop, source of release with its count in brackets, hours,
    source of emission, number on the map, height, diameter, gas speed, volume and temperature, X1 and Y1), the source's
    cells merged down over its substances, a row of column numbers, `г/с | мг/нм3 | т/год` under a merged `Выбросы
    загрязняющего вещества`, dashes for the lagoon's gas parameters, a total (VI: a rubber plant's stacks, height and
    flow merged down, the concentration between the parameter and the loads)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Проект нормативов допустимых выбросов для ТОО «Ертіс Бекон» (свиноводческий комплекс)",
            "«Ертіс Бекон» ЖШС (шошқа кешені) үшін жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Параметры источников приняты по данным инвентаризации 2025 года; выбросы от животноводческих помещений и лагуны "
            "рассчитаны по удельным показателям на голову и на площадь поверхности. Нормативы устанавливаются с 2026 года.",
            "Көздердің параметрлері 2025 жылғы түгендеу деректері бойынша қабылданды; мал қоралары мен лагунадан шығарындылар бір "
            "басқа және бет ауданына шаққандағы үлестік көрсеткіштер бойынша есептелді. Нормативтер 2026 жылдан белгіленеді.", ""))
    head0 = g(["Цех, участок", "Источник выделения загрязняющих веществ", "Число часов работы в году",
               "Наименование источника выброса", "Номер источника на карте-схеме", "Высота источника, м", "Диаметр устья трубы, м",
               "Параметры газовоздушной смеси на выходе из источника", None, None, "Координаты на карте-схеме, м", None,
               "Код вещества", "Наименование вещества", "Выбросы загрязняющего вещества", None, None],
              ["Цех, учаске", "Ластаушы заттар бөлінетін көз", "Жылына жұмыс сағаттарының саны",
               "Шығарынды көзінің атауы", "Карта-схемадағы көз нөмірі", "Көздің биіктігі, м", "Құбыр сағасының диаметрі, м",
               "Көзден шығатын газ-ауа қоспасының параметрлері", None, None, "Карта-схемадағы координаттар, м", None,
               "Зат коды", "Заттың атауы", "Ластаушы заттың шығарындылары", None, None], [])
    head1 = g([None] * 7 + ["скорость, м/с", "объем, м3/с", "температура, °С", "X1", "Y1", None, None, "г/с", "мг/нм3", "т/год"],
              [None] * 7 + ["жылдамдығы, м/с", "көлемі, м3/с", "температурасы, °С", "X1", "Y1", None, None, "г/с", "мг/нм3", "т/жыл"], [])
    rows = [head0, head1, [str(k) for k in range(1, 18)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 6, 12, 13)] + [(0, 7, 0, 9), (0, 10, 0, 11), (0, 14, 0, 16)]
    chosen = [s for s in PIG_PARAMS if s[0] not in ("0003", "6002") or r.random() < 0.6]
    all_g, all_t = [], []
    pcs = g("шт.", "дана", "")
    for (number, _, _, sh_ru, sh_kk, re_ru, re_kk, count, hours, so_ru, so_kk, h, d, speed, vol, temp, codes, (lo, hi)) in chosen:
        base = r.uniform(lo, hi)
        start = len(rows)
        x1, y1 = r.randint(120, 980), r.randint(80, 760)
        dash = "–"
        for j, c in enumerate(codes):
            gs = _sig(base * SHARE[c] * r.uniform(0.85, 1.15), 4)
            ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.85, 1.0), 4)
            conc = num(_sig(gs * 1000 / vol, 3), doc.lang) if vol else dash
            if j == 0:
                release = (re_ru, re_kk)[L] + (f" ({count} {pcs})" if count > 1 else "")
                lead = [(sh_ru, sh_kk)[L], release, num(hours, doc.lang), (so_ru, so_kk)[L], number, num(h, doc.lang),
                        num(d, doc.lang) if d else dash, num(speed, doc.lang) if speed else dash,
                        num(vol, doc.lang) if vol else dash, str(temp) if temp else dash, str(x1), str(y1)]
            else:
                lead = [None] * 12
            rows.append([*lead, c, _air(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
            all_g.append(gs)
            all_t.append(ty)
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(12)]
    rows.append([g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:", ""), *[None] * 13, total(doc, all_g), "", total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 13))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    doc.p(g("Примечание: для неорганизованных источников параметры газовоздушной смеси не определяются.",
            "Ескертпе: ұйымдастырылмаған көздер үшін газ-ауа қоспасының параметрлері анықталмайды.", ""))
    maybe_distractor(doc)


# (VI source, height m, flow m3/h, hours a year, codes, (low, high) base g/s)
RUBBER_STACKS = (
    ("Ống khói lò sấy mủ cốm số 1 (đốt dầu DO)", 12, 9000, 6000, ("2902", "0330", "0301", "0337"), (0.15, 0.45)),
    ("Ống khói lò sấy mủ cốm số 2 (đốt dầu DO)", 12, 8500, 6000, ("2902", "0330", "0301", "0337"), (0.12, 0.4)),
    ("Ống thải tháp hấp thụ xử lý mùi khu cán, băm, ép bành", 15, 36000, 6000, ("0303", "0333"), (0.05, 0.2)),
    ("Ống xả máy phát điện dự phòng 500 kVA", 6, 3200, 200, ("0301", "0330", "0337"), (0.1, 0.35)),
)


def _emissions_hd1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY CHẾ BIẾN MỦ CAO SU LỘC NINH")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Nhà máy chế biến mủ cốm SVR 3L, SVR 10, SVR 20 công suất 12.000 tấn sản phẩm/năm, làm việc 20 giờ/ngày, 300 ngày/năm. "
          "Tải lượng được tính từ kết quả đo nồng độ và lưu lượng khí thải trong 03 đợt quan trắc năm 2025.")
    rows = [["TT", "Nguồn thải", "Chiều cao ống thải (m)", "Lưu lượng khí thải (m3/h)", "Thông số", "Nồng độ (mg/Nm3)",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    stacks = [s for s in RUBBER_STACKS if not s[0].startswith("Ống xả") or r.random() < 0.7]
    for k, (name, h, flow, hours, codes, (lo, hi)) in enumerate(stacks, 1):
        base = r.uniform(lo, hi)
        start = len(rows)
        for j, c in enumerate(codes):
            gs = _sig(base * SHARE[c] * r.uniform(0.8, 1.2), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            conc = _sig(gs * 1000 / (flow / 3600), 3)
            lead = [str(k), name, str(h), num(flow, "vi")] if j == 0 else [None] * 4
            rows.append([*lead, vocab.air(c, "vi", 1), num(conc, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        merges += [(start, col, len(rows) - 1, col) for col in range(4)]
    doc.table("Bảng 3.5. Nồng độ và tải lượng bụi, khí thải tại các ống thải của nhà máy", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện dự phòng chỉ vận hành khi mất điện lưới (ước tính 200 giờ/năm).")
    maybe_distractor(doc)


# (factor's (low, high), g/s per thousand birds) for a broiler house; (low, high) mg/(s·m2) for the litter store
HOUSE_FACTOR = {"0303": (0.018, 0.032), "0333": (0.0015, 0.003), "1715": (0.00004, 0.00009), "2920": (0.008, 0.015)}
STORE_FACTOR = {"0303": (0.08, 0.15), "0333": (0.004, 0.008), "1715": (0.0002, 0.0005)}


def emissions_hd2(doc: Doc) -> None:
    """A poultry factory's calculation of emissions from specific values: the broiler houses and the litter store, the
    source's number only inside its name (`Птичник № 3 (ИЗА 0003)`), the unit of account (thousand heads, square metres)
    and its quantity, the specific emission with its unit in a column of its own, `г/с`, then the hours a year and
    `т/год`; the source's cells merged down, a total at the end; the rearing cycle in a table of no role before it (VI:
    a pig farm's ĐTM, the barns with their heads, factors in grams per head and day, kg a day before g/s and tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hd2_vi(doc)
        return
    g = doc.v
    doc.h(g("Раздел 4. Расчет выбросов загрязняющих веществ от птичников и пометохранилища. ТОО «Жас Қыран Құс»",
            "4-бөлім. Құс қоралары мен саңғырық қоймасынан ластаушы заттар шығарындыларын есептеу. «Жас Қыран Құс» ЖШС", ""))
    cycles = r.choice((6, 7))
    doc.table(g("Таблица 4.1 – Технологические параметры выращивания бройлеров", "4.1-кесте – Бройлерлерді өсірудің технологиялық параметрлері", ""),
              [g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"], []),
               [g("Продолжительность цикла выращивания, сут.", "Өсіру циклінің ұзақтығы, тәул.", ""), "42"],
               [g("Санитарный разрыв, сут.", "Санитариялық үзіліс, тәул.", ""), str(r.randint(7, 10))],
               [g("Количество циклов в год", "Жылына циклдар саны", ""), str(cycles)],
               [g("Плотность посадки, гол./м2", "Отырғызу тығыздығы, бас/м2", ""), num(round(r.uniform(16, 20), 1), doc.lang)]],
              role="other")
    rows = [g(["Источник выброса", "Расчетная единица", "Количество", "Код ЗВ", "Наименование загрязняющего вещества",
               "Удельный выброс", "Единица удельного выброса", "Выброс, г/с", "Время работы, ч/год", "Выброс, т/год"],
              ["Шығарынды көзі", "Есептік бірлік", "Саны", "ЛЗ коды", "Ластаушы заттың атауы", "Үлестік шығарынды",
               "Үлестік шығарынды бірлігі", "Шығарынды, г/с", "Жұмыс уақыты, сағ/жыл", "Шығарынды, т/жыл"], [])]
    merges = []
    hf = {c: _sig(r.uniform(*v), 3) for c, v in HOUSE_FACTOR.items()}
    sf = {c: _sig(r.uniform(*v), 3) for c, v in STORE_FACTOR.items()}
    n = r.randint(4, 6)
    house_hours = cycles * 42 * 24
    sources = [(f"{k:04d}", g(f"Птичник № {k}", f"№ {k} құс қорасы", ""), g("тыс. голов", "мың бас", ""),
                round(r.uniform(32, 46), 1), g("г/с на 1 тыс. голов", "1 мың басқа г/с", ""), hf, house_hours, 1.0)
               for k in range(1, n + 1)]
    area = r.randint(24, 48) * 100
    sources.append(("6001", g("Пометохранилище", "Саңғырық қоймасы", ""), g("м2 поверхности", "бет ауданы, м2", ""), area,
                    g("мг/(с·м2)", "мг/(с·м2)", ""), sf, 8760, 0.001))
    all_g, all_t = [], []
    for number, label, unit, qty, f_unit, factors, hours, scale in sources:
        start = len(rows)
        for j, (c, f) in enumerate(factors.items()):
            gs = _sig(f * qty * scale, 4)
            ty = _sig(gs * 3600 * hours / 1e6, 4)
            lead = [f"{label} ({g('ИЗА', 'ЛШК', '')} {number})", unit, num(qty, doc.lang)] if j == 0 else [None] * 3
            rows.append([*lead, c, _air(doc, c), num(f, doc.lang), f_unit, num(gs, doc.lang),
                         num(hours, doc.lang) if j == 0 else None, num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
            all_g.append(gs)
            all_t.append(ty)
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2, 8)]
    rows.append([g("Всего по птичникам и пометохранилищу", "Құс қоралары мен саңғырық қоймасы бойынша барлығы", ""), *[None] * 6,
                 total(doc, all_g), "", total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    doc.table(g("Таблица 4.2 – Расчет выбросов по удельным показателям", "4.2-кесте – Үлестік көрсеткіштер бойынша шығарындыларды есептеу", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in sources))
    doc.p(g("Птичники оборудованы крышными вытяжными вентиляторами, выбросы от каждого корпуса учтены как один организованный "
            "источник; пометохранилище – неорганизованный источник.",
            "Құс қоралары шатырдағы сору желдеткіштерімен жабдықталған, әр корпустан шығарындылар бір ұйымдастырылған көз ретінде "
            "ескерілді; саңғырық қоймасы – ұйымдастырылмаған көз.", ""))
    maybe_distractor(doc)


# (VI area, (low, high) heads, {code: (low, high) g/head/day})
PIG_AREAS = (
    ("Khu chuồng heo nái mang thai", (1600, 2400), {"0303": (11, 16), "0333": (0.6, 1.0), "0410": (25, 40)}),
    ("Khu chuồng heo nái đẻ và heo con theo mẹ", (380, 600), {"0303": (14, 20), "0333": (0.8, 1.3), "0410": (30, 45)}),
    ("Khu chuồng heo cai sữa", (5000, 9000), {"0303": (2.5, 4.5), "0333": (0.15, 0.3), "0410": (4, 8)}),
    ("Khu chuồng heo hậu bị", (300, 700), {"0303": (7, 11), "0333": (0.4, 0.7), "0410": (15, 25)}),
)


def _emissions_hd2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRANG TRẠI CHĂN NUÔI HEO NÁI TÂN LỢI")
    doc.h("3.2.1.2. Tác động do mùi hôi, khí thải từ khu chuồng nuôi")
    doc.p("Tải lượng khí thải từ chuồng nuôi được tính theo hệ số phát thải trên đầu con (g/con/ngày) nhân với số lượng heo "
          "thường xuyên có mặt tại trại; trại hoạt động liên tục 365 ngày/năm.")
    rows = [["TT", "Khu vực phát sinh", "Số lượng (con)", "Thông số", "Hệ số phát thải (g/con/ngày)", "Tải lượng (kg/ngày)",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    areas = [a for a in PIG_AREAS if not a[0].endswith("hậu bị") or r.random() < 0.6]
    for k, (name, (lo, hi), factors) in enumerate(areas, 1):
        heads = r.randint(lo // 10, hi // 10) * 10
        start = len(rows)
        for j, (c, (flo, fhi)) in enumerate(factors.items()):
            f = _sig(r.uniform(flo, fhi), 3)
            kg = _sig(f * heads / 1000, 3)
            gs = _sig(kg * 1000 / 86400, 3)
            ty = _sig(kg * 365 / 1000, 3)
            lead = [str(k), name, num(heads, "vi")] if j == 0 else [None] * 3
            rows.append([*lead, vocab.air(c, "vi", 1 if c != "0410" else 0), num(f, "vi"), num(kg, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table("Bảng 3.14. Tải lượng khí thải phát sinh từ các khu chuồng nuôi", rows, merges, role="emissions")
    doc.p("Nguồn hệ số: tổng hợp từ tài liệu của FAO và kết quả khảo sát các trại chăn nuôi heo có quy mô tương tự.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, (low, high) t/year, RU handling, KK handling, split into sites?)
FEEDLOT_WASTES = (
    ("02 01 06", "Навоз КРС с подстилкой", "Төсеніші бар ІҚМ көңі", "откормочные площадки", "бордақылау алаңдары", (14000, 26000),
     "компостирование на буртовой площадке, внесение на поля", "үйінді алаңында компосттау, егістікке енгізу", "sites"),
    ("02 01 02", "Отходы тканей животных (павшие животные)", "Жануар ұлпаларының қалдықтары (өлген жануарлар)", "санитарный блок",
     "санитариялық блок", (3, 15), "сжигание в инсинераторе", "инсинераторда жағу", None),
    ("02 01 03", "Отходы тканей растений (остатки кормов, испорченный силос)", "Өсімдік ұлпаларының қалдықтары (жем қалдықтары, бұзылған сүрлем)",
     "кормовой двор", "жем ауласы", (40, 180), "компостирование совместно с навозом", "көңмен бірге компосттау", None),
    ("18 02 02*", "Ветеринарные отходы (шприцы, иглы, флаконы из-под вакцин)", "Ветеринариялық қалдықтар (шприцтер, инелер, вакцина құтылары)",
     "ветеринарный пункт", "ветеринариялық пункт", (0.05, 0.4), "передача специализированной организации", "мамандандырылған ұйымға беру", None),
    ("15 01 10*", "Тара из-под дезинфицирующих средств", "Дезинфекциялық құралдар ыдысы", "дезбарьеры", "дезбарьерлер", (0.1, 0.9),
     "передача специализированной организации", "мамандандырылған ұйымға беру", None),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "гараж, кормораздатчики", "гараж, жем таратқыштар", (0.4, 2.5),
     "передача на регенерацию", "регенерацияға беру", None),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", "гараж", "гараж", (0.5, 3), "передача на переработку", "қайта өңдеуге беру", None),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "все подразделения", "барлық бөлімшелер",
     (0.01, 0.08), "демеркуризация по договору", "шарт бойынша демеркуризациялау", None),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административно-бытовые помещения", "әкімшілік-тұрмыстық үй-жайлар",
     (8, 25), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару", "tbo"),
)  # fmt: skip
SITES = {
    "sites": (("откормочная площадка № 1 (2 000 гол.)", "№ 1 бордақылау алаңы (2 000 бас)"),
              ("откормочная площадка № 2 (2 000 гол.)", "№ 2 бордақылау алаңы (2 000 бас)"),
              ("карантинный блок и родильное отделение", "карантин блогы және төлдету бөлімі")),
    "tbo": (("административно-бытовой корпус", "әкімшілік-тұрмыстық корпус"), ("столовая", "асхана"), ("КПП и весовая", "ӨБП және таразы")),
}  # fmt: skip


def wastes_hd1(doc: Doc) -> None:
    """A feedlot's wastes in its ПЭК programme: `№ | код | наименование | место образования | количество, т/год | способ
    обращения`, the manure and the domestic waste each followed by `в т.ч.` rows giving the amount of each site (no code),
    a total row (VI: a layer farm's annual report, the manure followed by `trong đó` rows for the barn blocks, ordinary
    wastes with `-` for the code, CTNH with theirs, kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля ТОО «Тобыл Бұқа» (откормочная площадка КРС). Раздел 6. Отходы",
            "«Тобыл Бұқа» ЖШС (ІҚМ бордақылау алаңы) өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Қалдықтар", ""))
    doc.p(g("Навоз с откормочных площадок вывозится на буртовую площадку и после компостирования используется как удобрение "
            "на полях хозяйства; объемы образования определены по нормативам выхода навоза на голову.",
            "Бордақылау алаңдарынан көң үйінді алаңына шығарылады және компосттаудан кейін шаруашылық егістігінде тыңайтқыш ретінде "
            "пайдаланылады; түзілу көлемдері бір басқа шаққандағы көң шығу нормативтері бойынша анықталды.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Количество, т/год", "Способ обращения"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу орны", "Саны, т/жыл", "Жұмыс істеу тәсілі"], [])]
    picked = [w for w in FEEDLOT_WASTES if w[8] or w[0] in ("02 01 02", "18 02 02*") or r.random() < 0.75]
    amounts = []
    for k, (code, n_ru, n_kk, p_ru, p_kk, (lo, hi), h_ru, h_kk, split) in enumerate(picked, 1):
        name = (n_ru, n_kk)[L]
        if split:
            parts = []
            for j, (s_ru, s_kk) in enumerate(SITES[split]):
                weight = 0.45 if j < 2 else 0.1
                if split == "sites":
                    parts.append(((s_ru, s_kk)[L], float(r.randint(int(lo * weight / 10), int(hi * weight / 10)) * 10)))
                else:
                    parts.append(((s_ru, s_kk)[L], _sig(r.uniform(lo * weight, hi * weight), 3)))
            t = round(sum(p for _, p in parts), 3)
        else:
            t = rate(r, lo, hi, 3)
        amounts.append(t)
        rows.append([str(k), code, name, (p_ru, p_kk)[L], num(t, doc.lang), (h_ru, h_kk)[L]])
        if split:
            for j, (site, part) in enumerate(parts):
                rows.append(["", "", g("в т.ч.:", "оның ішінде:", "") if j == 0 else "", site, num(part, doc.lang), ""])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", "", g("Итого", "Жиыны", ""), "", total(doc, amounts), ""])
    doc.table(g("Таблица 6.1 – Виды и объемы образования отходов", "6.1-кесте – Қалдықтардың түрлері және түзілу көлемдері", ""), rows,
              role="wastes")
    maybe_distractor(doc)


# (VI name, (low, high) kg/year, handling, split into blocks?)
LAYER_ORDINARY = (
    ("Phân gà (đã qua sấy khô)", (2_400_000, 4_800_000), "Bán cho cơ sở sản xuất phân bón hữu cơ", True),
    ("Vỏ trứng, trứng vỡ hỏng", (30_000, 90_000), "Ủ làm phân vi sinh", False),
    ("Bao bì đựng thức ăn chăn nuôi", (8_000, 20_000), "Bán phế liệu", False),
    ("Bùn thải từ hệ thống xử lý nước thải", (5_000, 25_000), "Thuê đơn vị có chức năng thu gom, xử lý", False),
)
BLOCKS = ("Khu chuồng A (dãy 1–4)", "Khu chuồng B (dãy 5–8)", "Khu gà hậu bị")


def _wastes_hd1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – TRẠI GÀ ĐẺ TRỨNG CÔNG NGHỆ CAO HÒA PHÚ")
    doc.h("2.2. Kết quả quản lý chất thải rắn")
    doc.p("Phân gà được băng tải thu gom về nhà sấy phân, sấy khô đến độ ẩm dưới 20% và đóng bao.")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng phát sinh (kg/năm)", "Biện pháp xử lý"]]
    k = 0
    for name, (lo, hi), how, split in LAYER_ORDINARY:
        k += 1
        if split:
            parts = [r.randint(lo // 3000, hi // 3000) * 1000 for _ in BLOCKS]
            kg = sum(parts)
        else:
            kg = r.randint(lo // 100, hi // 100) * 100
        rows.append([str(k), name, "-", num(kg, "vi"), how])
        if split:
            rows.append(["", "trong đó:", "", "", ""])
            for block, part in zip(BLOCKS, parts, strict=True):
                rows.append(["", f"- {block}", "", num(part, "vi"), ""])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
    for code, name, _ in r.sample(vocab.VN_CTNH, 4):
        k += 1
        kg = r.randint(3, 80) * 5
        rows.append([str(k), name, code, num(kg, "vi"), "Chuyển giao cho Công ty TNHH Môi trường Tây Nguyên Xanh"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng 2. Khối lượng chất thải rắn phát sinh năm 2025", rows, role="wastes")
    maybe_distractor(doc)


# chapter or sub-chapter code: (RU, KK) — the classifier's headings
LOW_TREE = {
    "02": ("Отходы сельского хозяйства, садоводства, аквакультуры, лесоводства, охоты и рыболовства, приготовления и переработки пищи",
           "Ауыл шаруашылығы, бағбандық, аквамәдениет, орман шаруашылығы, аңшылық пен балық аулау, тамақ әзірлеу және өңдеу қалдықтары"),
    "02 01": ("Отходы сельского хозяйства, садоводства, аквакультуры, лесоводства, охоты и рыболовства",
              "Ауыл шаруашылығы, бағбандық, аквамәдениет, орман шаруашылығы, аңшылық пен балық аулау қалдықтары"),
    "02 02": ("Отходы приготовления и переработки мяса, рыбы и других пищевых продуктов животного происхождения",
              "Ет, балық және жануарлардан алынатын басқа да тағам өнімдерін әзірлеу және өңдеу қалдықтары"),
    "13": ("Отходы масел и отходы жидкого топлива", "Май қалдықтары және сұйық отын қалдықтары"),
    "13 02": ("Отработанные моторные, трансмиссионные и смазочные масла", "Пайдаланылған мотор, трансмиссиялық және жағармай майлары"),
    "15": ("Отходы упаковки; абсорбенты, ткани для вытирания, фильтровальные материалы и защитная одежда",
           "Орама қалдықтары; абсорбенттер, сүрту маталары, сүзгі материалдары және қорғаныш киім"),
    "15 01": ("Упаковка (включая раздельно собранные коммунальные отходы упаковки)", "Орама (бөлек жиналған коммуналдық орама қалдықтарын қоса)"),
    "15 02": ("Абсорбенты, фильтровальные материалы, ткани для вытирания и защитная одежда",
              "Абсорбенттер, сүзгі материалдары, сүрту маталары және қорғаныш киім"),
    "16": ("Отходы, не указанные иначе в перечне", "Тізбеде басқаша көрсетілмеген қалдықтар"),
    "16 01": ("Отработанные транспортные средства и отходы их разборки и технического обслуживания",
              "Пайдаланылған көлік құралдары және оларды бөлшектеу мен техникалық қызмет көрсету қалдықтары"),
    "16 06": ("Батареи и аккумуляторы", "Батареялар мен аккумуляторлар"),
    "18": ("Отходы медицинского или ветеринарного обслуживания и связанных с ними исследований",
           "Медициналық немесе ветеринариялық қызмет көрсету және соған байланысты зерттеулер қалдықтары"),
    "18 02": ("Отходы исследований, диагностики, лечения и профилактики заболеваний животных",
              "Жануарлар ауруларын зерттеу, диагностикалау, емдеу және алдын алу қалдықтары"),
    "20": ("Коммунальные отходы, включая раздельно собранные фракции", "Коммуналдық қалдықтар, бөлек жиналған фракцияларды қоса"),
    "20 01": ("Раздельно собранные фракции", "Бөлек жиналған фракциялар"),
    "20 03": ("Прочие коммунальные отходы", "Басқа коммуналдық қалдықтар"),
}  # fmt: skip
# (code, RU, KK, (low, high) t/year, operation)
POULTRY_WASTES = (
    ("02 01 06", "Помет птичий с подстилкой", "Төсеніші бар құс саңғырығы", (18000, 36000), "R3"),
    ("02 01 02", "Отходы тканей животных (падеж птицы)", "Жануар ұлпаларының қалдықтары (құстың өлексесі)", (80, 300), "D10"),
    ("02 02 02", "Отходы убойного цеха (перо, кишечное сырье)", "Сою цехының қалдықтары (қауырсын, ішек шикізаты)", (400, 1500), "R3"),
    ("02 02 04", "Осадок локальных очистных сооружений убойного цеха", "Сою цехының жергілікті тазарту құрылыстарының тұнбасы", (30, 160), "D1"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 2.0), "R9"),
    ("15 01 01", "Бумажная и картонная упаковка (из-под яиц, комбикорма)", "Қағаз және картон орама (жұмыртқа, құрама жем ыдысы)", (3, 20), "R3"),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама", (2, 12), "R3"),
    ("15 01 10*", "Тара из-под дезинфицирующих средств и ветпрепаратов", "Дезинфекциялық құралдар мен ветпрепараттар ыдысы", (0.1, 0.8), "D10"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.1, 0.6), "D10"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.05, 0.3), "D10"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 1.2), "R4"),
    ("18 02 02*", "Ветеринарные отходы (шприцы, флаконы из-под вакцин)", "Ветеринариялық қалдықтар (шприцтер, вакцина құтылары)", (0.05, 0.4), "D10"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.02, 0.12), "R4"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (15, 50), "D1"),
)  # fmt: skip


def wastes_hd2(doc: Doc) -> None:
    """A poultry factory's waste inventory laid out as the classifier's tree: a chapter row (`02 | Отходы сельского
    хозяйства…`) and a sub-chapter row (`02 01 | …`) with their two- and four-digit codes above the six-digit entries,
    the kind in words (`опасный`, `неопасный`), tonnes a year, the R/D operation last, a total (VI: a coffee plant's
    ordinary wastes in a small table, then its CTNH under the group and sub-group rows of the list with their codes,
    kilograms, the treatment code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет по инвентаризации отходов за 2025 год. ТОО «Жас Қыран Құс» (бройлерная птицефабрика)",
            "2025 жылғы қалдықтарды түгендеу жөніндегі есеп. «Жас Қыран Құс» ЖШС (бройлер құс фабрикасы)", ""))
    doc.p(g("Отходы сгруппированы по разделам и подразделам Классификатора отходов; коды операций – по приложению к "
            "Экологическому кодексу (R – восстановление, D – удаление).",
            "Қалдықтар Қалдықтар сыныптауышының бөлімдері мен бөлімшелері бойынша топтастырылды; операция кодтары – Экология "
            "кодексіне қосымша бойынша (R – қалпына келтіру, D – жою).", ""))
    rows = [g(["Код", "Наименование", "Вид отхода", "Образовано, т/год", "Операция"],
              ["Коды", "Атауы", "Қалдық түрі", "Түзілді, т/жыл", "Операция"], [])]
    merges = []
    picked = [w for w in POULTRY_WASTES if w[0] in ("02 01 06", "20 03 01") or r.random() < 0.7]
    seen: set[str] = set()
    amounts = []
    for code, n_ru, n_kk, (lo, hi), op in picked:
        for head in (code[:2], code[:5]):
            if head not in seen:
                seen.add(head)
                rows.append([head, LOW_TREE[head][L], None, None, None])
                merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        t = rate(r, lo, hi, 3)
        amounts.append(t)
        name = (n_ru, n_kk)[L]
        kind = g("опасный", "қауіпті", "") if code.endswith("*") else g("неопасный", "қауіпті емес", "")
        rows.append([code, name, kind, num(t, doc.lang), op])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", g("Всего отходов", "Қалдықтардың барлығы", ""), "", total(doc, amounts), ""])
    doc.table(g("Таблица 2 – Перечень и объемы образования отходов", "2-кесте – Қалдықтардың тізбесі және түзілу көлемдері", ""), rows,
              merges, role="wastes")
    maybe_distractor(doc)


VN_TREE = {
    "08": "Chất thải từ quá trình sản xuất, điều chế, cung ứng, sử dụng các sản phẩm tạo màng sơn, véc ni, mực in",
    "08 02": "Chất thải từ quá trình sản xuất, điều chế, cung ứng, sử dụng mực in",
    "16": "Chất thải từ hộ gia đình và chất thải sinh hoạt từ các nguồn khác",
    "16 01": "Các thành phần nguy hại được phân loại riêng",
    "17": "Dầu thải, chất thải từ nhiên liệu lỏng, chất thải dung môi hữu cơ, môi chất lạnh và chất đẩy",
    "17 02": "Dầu động cơ, hộp số và bôi trơn thải",
    "18": "Các loại chất thải bao bì, chất hấp thụ, giẻ lau, vật liệu lọc và vải bảo vệ",
    "18 01": "Bao bì thải",
    "18 02": "Chất hấp thụ, vật liệu lọc, giẻ lau và vải bảo vệ thải",
    "19": "Các loại chất thải khác",
    "19 06": "Pin, ắc quy thải",
}
COFFEE_ORDINARY = (
    ("Vỏ quả cà phê tươi (vỏ thịt) từ công đoạn xát tươi", (800, 2400), "Ủ phân hữu cơ vi sinh bón cho vườn cà phê"),
    ("Vỏ trấu cà phê từ công đoạn xát khô", (150, 600), "Làm nhiên liệu cho lò sấy"),
    ("Bùn thải từ hệ thống xử lý nước thải", (20, 90), "Phơi khô, ủ cùng vỏ cà phê"),
    ("Bao đay, bao PP rách hỏng", (2, 8), "Bán phế liệu"),
)
VN_METHOD = {"17 02 03": "TC", "16 01 06": "HR", "18 02 01": "TĐ", "18 01 02": "TC", "18 01 03": "TC", "19 06 01": "TC",
             "08 02 04": "TĐ", "16 01 13": "TC"}


def _wastes_hd2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY CHẾ BIẾN CÀ PHÊ NHÂN EA TÂN")
    doc.p("Vụ chế biến từ tháng 10/2025 đến tháng 02/2026 (cà phê ướt); ngoài vụ nhà máy xát khô cà phê quả khô tồn kho.")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp quản lý, xử lý"]]
    for k, (name, (lo, hi), how) in enumerate(COFFEE_ORDINARY, 1):
        t = rate(r, lo, hi, 3)
        rows.append([str(k), name, num(t, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
    doc.table("Bảng 2.1. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    rows = [["Mã CTNH", "Tên chất thải", "Trạng thái tồn tại", "Khối lượng (kg/năm)", "Phương pháp xử lý"]]
    merges = []
    picked = sorted(r.sample(vocab.VN_CTNH, 5))
    seen: set[str] = set()
    for code, name, state in picked:
        for head in (code[:2], code[:5]):
            if head not in seen:
                seen.add(head)
                rows.append([head, VN_TREE[head], None, None, None])
                merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        kg = r.randint(2, 120) * 5
        rows.append([code, name, state, num(kg, "vi"), VN_METHOD[code]])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng 2.2. Chất thải nguy hại phát sinh (phân loại theo Phụ lục III Thông tư số 02/2022/TT-BTNMT)", rows, merges,
              role="wastes")
    doc.p("Ký hiệu phương pháp xử lý: TC – tận thu/tái chế; TĐ – thiêu đốt; HR – hóa rắn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (id, RU place, KK place) of a hatchery's river sections
RIVER_POINTS = (
    ("В-1", "р. Или, водозабор питомника (фон)", "Іле өз., питомник су алу орны (фон)"),
    ("К-1", "р. Или, 500 м ниже сброса прудов", "Іле өз., тоғандар ағызуынан 500 м төмен"),
    ("К-2", "р. Или, 1 000 м ниже сброса прудов", "Іле өз., тоғандар ағызуынан 1 000 м төмен"),
)
RIVER_POOL = ("BOD5", "NH4+", "NO2-", "NO3-", "Fe", "SO4", "Cl-", "TPH")


def limits_hd1(doc: Doc) -> None:
    """A fish hatchery's report on ПЭК: the river water as one row per sampling date and section, the date merged down
    over the sections, the parameters as columns whose header cells carry the unit and the fishery ПДК (`Аммоний-ион,
    мг/дм3 (ПДК 0,5)`), below detection written `< 0,02` (VI: a coffee plant's waste water in four rounds at two points,
    each parameter's header cell carrying the QCVN 40 column B value, the units in a second header row)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет о выполнении программы производственного экологического контроля за 2025 год. Рыбопитомник «Қапшағай Балық»",
            "«Қапшағай Балық» балық питомнигі. Өндірістік экологиялық бақылау бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.h(g("3.2. Мониторинг воздействия на поверхностные воды", "3.2. Жерүсті суларына әсер мониторингі", ""))
    doc.p(g("Пробы воды отбирались в период выращивания молоди (апрель – октябрь) аккредитованной лабораторией. Результаты "
            "сравнивались с ПДК для водоемов рыбохозяйственного значения.",
            "Су сынамаларын шабақ өсіру кезеңінде (сәуір – қазан) аккредиттелген зертхана алды. Нәтижелер балық шаруашылығы "
            "маңызы бар су айдындары үшін ШЖК-мен салыстырылды.", ""))
    keys = ["pH", *sorted(r.sample(RIVER_POOL, r.randint(5, 6)), key=RIVER_POOL.index)]
    pdk = g("ПДК", "ШЖК", "")
    unit = g("мг/дм3", "мг/дм3", "")
    heads = []
    for s in keys:
        label = vocab.water(s, doc.lang)
        heads.append(f"{label}\n({pdk} {cell(doc, SURFACE[s])})" if s == "pH" else f"{label}, {unit}\n({pdk} {cell(doc, SURFACE[s])})")
    rows = [[g("Дата отбора", "Алу күні", ""), g("Створ", "Тұстама", ""), *heads]]
    merges = []
    dates = [f"{r.randint(10, 25)}.{m:02d}.2025" for m in (4, 7, 10)]
    for date in dates:
        start = len(rows)
        for pid, p_ru, p_kk in RIVER_POINTS:
            line = [date if len(rows) == start else None, f"{pid} – {(p_ru, p_kk)[L]}"]
            for s in keys:
                lim = SURFACE[s]
                if s == "pH":
                    v = round(r.uniform(7.1, 8.4), 1)
                elif s in ("TPH", "Fe") and r.random() < 0.3:
                    floor = 0.02 if s == "TPH" else 0.05
                    line.append(f"< {num(floor, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, "mg/l", None, pid).items() if k != "value"})
                    continue
                else:
                    v = _sig(lim * r.uniform(0.15, 1.35), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, "mg/l", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 3.2 – Результаты анализов проб речной воды", "3.2-кесте – Өзен суы сынамаларын талдау нәтижелері", ""), rows,
              merges, role="limits")
    doc.p(g("«<» – ниже нижней границы диапазона измерений методики.", "«<» – әдістеменің өлшеу ауқымының төменгі шегінен төмен.", ""))
    maybe_distractor(doc)


# symbol: (QCVN 40 column B, unit)
COFFEE_B = {"pH": (QCVN40["pH"][1], None), "BOD5": (50, "mg/l"), "COD": (150, "mg/l"), "TSS": (100, "mg/l"), "TN": (40, "mg/l"),
            "TP": (6, "mg/l"), "Coliform": (5000, "MPN/100ml")}
COFFEE_POINTS = (("NT1", "Sau bể lắng thứ cấp"), ("NT2", "Cửa xả ra suối Ea Tân"))


def _limits_hd1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – NHÀ MÁY CHẾ BIẾN CÀ PHÊ NHÂN EA TÂN")
    doc.p("Nước thải chế biến cà phê ướt được xử lý bằng bể kỵ khí UASB kết hợp hồ sinh học; giá trị giới hạn theo QCVN "
          "40:2011/BTNMT cột B với Kq = 1,0 và Kf = 1,0.")
    keys = ["pH", "BOD5", "COD", "TSS", *r.sample(["TN", "TP"], r.randint(1, 2)), "Coliform"]
    heads = [f"{vocab.water(s, 'vi')}\n(cột B: {cell(doc, COFFEE_B[s][0])})" for s in keys]
    rows = [["Đợt quan trắc", "Ngày lấy mẫu", "Vị trí", *heads],
            [None, None, None, *(COFFEE_B[s][1] or "-" for s in keys)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    days = [(r.randint(5, 25), m) for m in (3, 6, 9, 12)]
    over = False
    for k, (d, m) in enumerate(days, 1):
        start = len(rows)
        for pid, place in COFFEE_POINTS:
            first = len(rows) == start
            line = [f"Đợt {k}" if first else None, f"{d:02d}/{m:02d}/2025" if first else None, f"{pid} – {place}"]
            for s in keys:
                lim, unit = COFFEE_B[s]
                if s == "pH":
                    v = round(r.uniform(6.4, 8.2), 1)
                elif s == "Coliform":
                    v = float(r.choice((430, 930, 1500, 2400, 4300, 4600)))
                else:
                    v = _sig(lim * r.uniform(0.2, 1.15 if m == 12 else 0.9), 3)
                    over = over or v > lim
                line.append(num(v, "vi"))
                add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", pid, v))
            rows.append(line)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    if over:
        doc.p("Nhận xét: đợt 4 (vào vụ chế biến) một số thông số vượt giới hạn cho phép do lượng nước thải tăng đột biến.")
    else:
        doc.p("Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép của QCVN 40:2011/BTNMT cột B.")
    maybe_distractor(doc)


SZZ_POINTS = (("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс"),
              ("Т-3", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік"), ("Т-4", "граница СЗЗ, запад", "СҚА шекарасы, батыс"))
SZZ_PDK = {"0303": 0.2, "0333": 0.008, "1715": 0.006, "0301": 0.2, "0337": 5, "2902": 0.5}


def limits_hd2(doc: Doc) -> None:
    """The air at the boundary of a pig complex's protection zone in a quarterly report on ПЭК: code, substance and ПДК
    м.р., then each point as a pair of sub-columns `C, мг/м3 | C/ПДК` under its merged name, hydrogen sulphide below
    detection written `< 0,004` with a dash for the share (VI: a pig farm's air at three points against QCVN 05:2023 and
    QCVN 06:2009 in µg/m3, result and times of the limit per point, microclimate rows without a limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет по производственному экологическому контролю за III квартал 2025 года. ТОО «Ертіс Бекон»",
            "«Ертіс Бекон» ЖШС. 2025 жылғы III тоқсандағы өндірістік экологиялық бақылау бойынша есеп", ""))
    day = r.randint(5, 28)
    doc.p(g(f"Замеры атмосферного воздуха выполнены {day:02d}.08.2025 на границе санитарно-защитной зоны (1000 м) при "
            f"северо-западном ветре {r.randint(2, 5)} м/с.",
            f"Атмосфералық ауаны өлшеу {day:02d}.08.2025 санитариялық-қорғаныш аймағының шекарасында (1000 м) солтүстік-батыс "
            f"желі {r.randint(2, 5)} м/с болғанда жүргізілді.", ""))
    codes = ["0303", "0333", *sorted(r.sample(["1715", "0301", "0337", "2902"], 3))]
    head0 = [g("Код", "Коды", ""), g("Загрязняющее вещество", "Ластаушы зат", ""), g("ПДК м.р., мг/м3", "ШЖК м.б., мг/м3", "")]
    head1 = [None, None, None]
    for pid, p_ru, p_kk in SZZ_POINTS:
        head0 += [f"{pid} ({(p_ru, p_kk)[L]})", None]
        head1 += [g("C, мг/м3", "C, мг/м3", ""), g("C/ПДК", "C/ШЖК", "")]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, c, 0, c + 1) for c in range(3, 11, 2)]
    for c in codes:
        pdk = SZZ_PDK[c]
        line = [c, _air(doc, c), num(pdk, doc.lang)]
        for pid, _, _ in SZZ_POINTS:
            if c == "0333" and r.random() < 0.35:
                line += [f"< {num(0.004, doc.lang)}", "–"]
                add(doc, {k: x for k, x in limit(("code", c), "air", pdk, "mg/m3", None, pid).items() if k != "value"})
                continue
            v = _sig(pdk * r.uniform(0.5 if c == "0333" else 0.08, 0.95), 2)
            line += [num(v, doc.lang), num(round(v / pdk, 2), doc.lang)]
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 2 – Результаты контроля атмосферного воздуха на границе СЗЗ", "2-кесте – СҚА шекарасындағы атмосфералық ауаны бақылау нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(g("Превышений ПДК не выявлено.", "ШЖК асу анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (VI label, limit µg/m3, standard)
PIG_AIR = (("2902", "Tổng bụi lơ lửng (TSP)", 300, "QCVN 05:2023/BTNMT", 0.7), ("0330", "SO2", 350, "QCVN 05:2023/BTNMT", 0.3),
           ("0301", "NO2", 200, "QCVN 05:2023/BTNMT", 0.4), ("0337", "CO", 30000, "QCVN 05:2023/BTNMT", 0.15),
           ("0303", "NH3", 200, "QCVN 06:2009/BTNMT", 0.9), ("0333", "H2S", 42, "QCVN 06:2009/BTNMT", 0.8))
PIG_AIR_POINTS = (("KK1", "Cuối hướng gió khu chuồng, cách 50 m"), ("KK2", "Cổng trại"), ("KK3", "Khu dân cư ấp 4, cách trại 500 m"))


def _limits_hd2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH ĐỢT 2 NĂM 2025 – TRANG TRẠI CHĂN NUÔI HEO NÁI TÂN LỢI")
    doc.p(f"Thời gian lấy mẫu: ngày {r.randint(5, 28):02d}/06/2025, trời nắng, gió Tây Nam. Giá trị giới hạn: trung bình 1 giờ.")
    head0 = ["TT", "Thông số", "Đơn vị"]
    head1 = [None, None, None]
    for pid, place in PIG_AIR_POINTS:
        head0 += [f"{pid} – {place}", None]
        head1 += ["Kết quả", "So với QCVN (lần)"]
    head0 += ["Giới hạn cho phép", "Quy chuẩn áp dụng"]
    head1 += [None, None]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 9, 1, 9), (0, 10, 1, 10)] + [(0, c, 0, c + 1) for c in (3, 5, 7)]
    rows.append(["1", "Nhiệt độ", "°C", num(round(r.uniform(29, 34), 1), "vi"), "-", num(round(r.uniform(29, 34), 1), "vi"), "-",
                 num(round(r.uniform(29, 34), 1), "vi"), "-", "-", "-"])
    rows.append(["2", "Độ ẩm", "%", str(r.randint(60, 80)), "-", str(r.randint(60, 80)), "-", str(r.randint(60, 80)), "-", "-", "-"])
    for k, (c, label, lim, std, most) in enumerate(PIG_AIR, 3):
        line = [str(k), label, "µg/m3"]
        for pid, _ in PIG_AIR_POINTS:
            top = most if pid != "KK3" else most / 2
            v = float(round(lim * r.uniform(0.05, top))) if lim >= 100 else _sig(lim * r.uniform(0.05, top), 2)
            line += [num(v, "vi"), num(round(v / lim, 2), "vi")]
            add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        rows.append(line + [num(lim, "vi"), std])
    doc.table("Bảng 4. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (number, RU, KK, [(code, (automated, instrumental, calculation))])
GREEN_SOURCES = (
    ("0001", "Дымовая труба котельной (3 водогрейных котла по 7 МВт, природный газ)",
     "Қазандықтың түтін мұржасы (әрқайсысы 7 МВт 3 су жылыту қазандығы, табиғи газ)",
     [("0301", ("continuous", "quarterly", None)), ("0304", (None, "quarterly", None)), ("0337", ("continuous", "quarterly", None)),
      ("0703", (None, "yearly", None))]),
    ("0002", "Выхлопная труба когенерационной газопоршневой установки (подача CO2 в теплицы)",
     "Когенерациялық газ-поршеньді қондырғының шығару құбыры (жылыжайларға CO2 беру)",
     [("0301", (None, "monthly", None)), ("0304", (None, "quarterly", None)), ("0337", (None, "monthly", None)),
      ("1325", (None, "quarterly", None))]),
    ("0003", "Резервный дизель-генератор 400 кВт", "400 кВт резервтік дизель-генератор",
     [("0301", (None, None, "yearly")), ("0337", (None, None, "yearly")), ("0328", (None, None, "yearly"))]),
    ("6001", "Склад минеральных удобрений (пересыпка)", "Минералды тыңайтқыштар қоймасы (төгу)", [("2902", (None, None, "yearly"))]),
    ("6002", "Площадка компостирования растительных остатков", "Өсімдік қалдықтарын компосттау алаңы",
     [("0303", (None, None, "semiannual")), ("0333", (None, None, "semiannual"))]),
)  # fmt: skip


def monitoring_hd1(doc: Doc) -> None:
    """A greenhouse complex's control at its sources: `№ ИЗА | источник | код | вещество`, then three method columns under
    a merged `Метод контроля и периодичность` — automated system, instrumental measurements, calculation — whose cells
    hold the frequency or a dash, a substance measured both continuously and quarterly, the source merged down and the
    performer last (VI: a sugar mill's GPMT, the stacks and the outlet merged down, automatic and periodic monitoring as
    two columns of frequencies, flow, temperature and O2 without a substance, the standard last)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля ТОО «Көктем Агро» (тепличный комплекс с газовой котельной)",
            "«Көктем Агро» ЖШС (газ қазандығы бар жылыжай кешені) өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4.1. Операционный мониторинг и мониторинг эмиссий в атмосферный воздух",
            "4.1. Операциялық мониторинг және атмосфералық ауаға эмиссиялар мониторингі", ""))
    doc.p(g("Котельная оснащена автоматизированной системой мониторинга выбросов (АСМ) с передачей данных в информационную систему "
            "уполномоченного органа; инструментальные замеры служат для верификации АСМ.",
            "Қазандық деректерді уәкілетті органның ақпараттық жүйесіне беретін шығарындылар мониторингінің автоматтандырылған "
            "жүйесімен (АМЖ) жабдықталған; аспаптық өлшеулер АМЖ-ны верификациялау үшін қызмет етеді.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Контролируемое вещество", "Метод контроля и периодичность", None, None, "Исполнитель"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "Бақыланатын зат", "Бақылау әдісі және кезеңділігі", None, None, "Орындаушы"], []),
            g([None, None, None, None, "АСМ", "инструментальный", "расчетный", None],
              [None, None, None, None, "АМЖ", "аспаптық", "есептік", None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
    chosen = [s for s in GREEN_SOURCES if s[0] != "6001" or r.random() < 0.6]
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    own = g("инженер-эколог предприятия", "кәсіпорын инженер-экологы", "")
    for number, s_ru, s_kk, items in chosen:
        start = len(rows)
        for j, (c, methods) in enumerate(items):
            cells = [freq(doc, w) if w else "–" for w in methods]
            who = own if methods[2] else lab
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), *cells,
                         who if j == 0 else None])
            for w in methods:
                if w:
                    doc.add("monitoring", {"source_number": number, "code": c, "frequency": w})
            doc.add("emissions", emission(c, None, None, number))
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 7)]
    doc.table(g("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# (point, place, standard, [(kind, key, label, automatic, periodic word)])
SUGAR_POINTS = (
    ("KT1", "Ống khói lò hơi số 1 (đốt bã mía, 75 tấn hơi/giờ)", "QCVN 19:2009/BTNMT cột B (Kp = 0,9; Kv = 1,0)", [
        (None, None, "Lưu lượng", True, None), (None, None, "Nhiệt độ", True, None), (None, None, "O2 dư", True, None),
        ("code", "2902", "Bụi tổng", True, None), ("code", "0330", "SO2", True, None), ("code", "0301", "NOx (tính theo NO2)", True, None),
        ("code", "0337", "CO", False, "quarterly")]),
    ("KT2", "Ống khói lò hơi số 2 (đốt bã mía, 45 tấn hơi/giờ)", "QCVN 19:2009/BTNMT cột B (Kp = 0,9; Kv = 1,0)", [
        (None, None, "Lưu lượng", True, None), (None, None, "Nhiệt độ", True, None), (None, None, "O2 dư", True, None),
        ("code", "2902", "Bụi tổng", True, None), ("code", "0330", "SO2", False, "quarterly"), ("code", "0301", "NOx (tính theo NO2)", False, "quarterly"),
        ("code", "0337", "CO", False, "quarterly")]),
    ("NT1", "Nước thải sau hệ thống xử lý, trước khi xả ra sông Kôn", "QCVN 40:2011/BTNMT cột B (Kq = 0,9; Kf = 1,0)", [
        (None, None, "Lưu lượng (đầu vào và đầu ra)", True, None), (None, None, "Nhiệt độ", True, None), ("symbol", "pH", "pH", True, None),
        ("symbol", "COD", "COD", True, None), ("symbol", "TSS", "TSS", True, None), ("symbol", "BOD5", "BOD5 (20°C)", False, "quarterly"),
        ("symbol", "NH4+", "Amoni (tính theo N)", False, "quarterly"), ("symbol", "TN", "Tổng nitơ", False, "quarterly"),
        ("symbol", "TP", "Tổng phốt pho", False, "quarterly"), ("symbol", "Coliform", "Tổng Coliforms", False, "quarterly")]),
)  # fmt: skip


def _monitoring_hd1_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐƯỜNG TÂY SƠN MỚI")
    doc.h("Phụ lục 4. Chương trình quan trắc chất thải tự động, liên tục và định kỳ")
    doc.p("Chương trình áp dụng trong thời gian vụ ép (tháng 12 năm trước đến tháng 5 năm sau); dữ liệu quan trắc tự động được "
          "truyền trực tiếp về Sở Nông nghiệp và Môi trường tỉnh Bình Định.")
    rows = [["Vị trí quan trắc", "Thông số", "Quan trắc tự động, liên tục", "Quan trắc định kỳ", "Quy chuẩn so sánh"]]
    merges = []
    for pid, place, std, params in SUGAR_POINTS:
        start = len(rows)
        for kind, key, label, auto, word in params:
            first = len(rows) == start
            rows.append([f"{pid} – {place}" if first else None, label, "liên tục" if auto else "-", freq(doc, word) if word else "-",
                         std if first else None])
            if kind:
                if auto:
                    doc.add("monitoring", {"point_contains": pid, kind: key, "frequency": "continuous"})
                if word:
                    doc.add("monitoring", {"point_contains": pid, kind: key, "frequency": word})
        merges += [(start, 0, len(rows) - 1, 0), (start, 4, len(rows) - 1, 4)]
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p(f"Thiết bị quan trắc tự động được kiểm định, hiệu chuẩn {doc.pick(('12 tháng/lần', 'hằng năm'))} theo quy định.")
    maybe_distractor(doc, 0.5)


# set: (RU name, KK name, [(kind, key)])
WELL_SETS = {
    "С": ("сокращенный (подземные воды)", "қысқартылған (жерасты сулары)", [("symbol", s) for s in ("pH", "NH4+", "NO3-", "Cl-")]),
    "П": ("полный (подземные воды)", "толық (жерасты сулары)",
          [("symbol", s) for s in ("pH", "NH4+", "NO2-", "NO3-", "Cl-", "SO4", "TDS", "Fe", "Coliform")]),
    "А": ("атмосферный воздух", "атмосфералық ауа", [("code", c) for c in ("0303", "0333", "1715")]),
}
# (point, RU place, KK place, [(set, frequency)])
WELL_POINTS = (
    ("Н-1", "наблюдательная скважина выше навозохранилища по потоку (фон)", "көң қоймасынан ағыс бойынша жоғары бақылау ұңғымасы (фон)",
     [("П", "yearly")]),
    ("Н-2", "наблюдательная скважина ниже навозохранилища, 50 м", "көң қоймасынан төмен бақылау ұңғымасы, 50 м",
     [("С", "quarterly"), ("П", "yearly")]),
    ("Н-3", "наблюдательная скважина ниже буртовой площадки, 80 м", "үйінді алаңынан төмен бақылау ұңғымасы, 80 м",
     [("С", "quarterly"), ("П", "yearly")]),
    ("Т-1", "граница СЗЗ с подветренной стороны", "ық жағындағы СҚА шекарасы", [("А", "quarterly")]),
    ("Т-2", "жилая зона с. Заречное", "Заречный а. тұрғын аймағы", [("А", "semiannual")]),
)  # fmt: skip


def _set_names(doc: Doc, items) -> str:
    out = []
    for kind, key in items:
        name = vocab.water(key, doc.lang) if kind == "symbol" else _air(doc, key)
        out.append(name)
    return "; ".join(out)


def monitoring_hd2(doc: Doc) -> None:
    """A feedlot's monitoring of ground water at the manure storage and of air at the protection zone: the sets of
    parameters are defined once in a table of no role (`С` short, `П` full, `А` air), and the plan-graph gives each point
    and the letter of the set with its frequency, a well taking the short set quarterly and the full set yearly on two
    rows under its merged name (VI: a shrimp farm's parameter groups and points, the effluent's reduced group monthly and
    its full group quarterly)."""
    if doc.lang == "vi":
        _monitoring_hd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля ТОО «Тобыл Бұқа». Раздел 5. Мониторинг воздействия",
            "«Тобыл Бұқа» ЖШС өндірістік экологиялық бақылау бағдарламасы. 5-бөлім. Әсер мониторингі", ""))
    doc.p(g("Для сокращения объема таблицы определяемые показатели сведены в перечни, обозначенные буквами (таблица 5.1); в "
            "плане-графике (таблица 5.2) указаны обозначения перечней.",
            "Кестенің көлемін қысқарту үшін анықталатын көрсеткіштер әріптермен белгіленген тізбелерге біріктірілді (5.1-кесте); "
            "жоспар-кестеде (5.2-кесте) тізбелердің белгілері көрсетілген.", ""))
    rows = [g(["Обозначение", "Перечень", "Определяемые показатели"], ["Белгісі", "Тізбе", "Анықталатын көрсеткіштер"], [])]
    for letter, (n_ru, n_kk, items) in WELL_SETS.items():
        rows.append([letter, (n_ru, n_kk)[L], _set_names(doc, items)])
    doc.table(g("Таблица 5.1 – Перечни определяемых показателей", "5.1-кесте – Анықталатын көрсеткіштер тізбелері", ""), rows, role="other")
    rows = [g(["№", "Пункт наблюдения", "Местоположение", "Перечень показателей", "Периодичность"],
              ["№", "Бақылау пункті", "Орналасқан жері", "Көрсеткіштер тізбесі", "Кезеңділігі"], [])]
    merges = []
    for k, (pid, p_ru, p_kk, plan) in enumerate(WELL_POINTS, 1):
        start = len(rows)
        for j, (letter, word) in enumerate(plan):
            lead = [str(k), pid, (p_ru, p_kk)[L]] if j == 0 else [None] * 3
            rows.append([*lead, letter, freq(doc, word)])
            for kind, key in WELL_SETS[letter][2]:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
        if len(plan) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table(g("Таблица 5.2 – План-график мониторинга подземных вод и атмосферного воздуха",
                "5.2-кесте – Жерасты сулары мен атмосфералық ауа мониторингінің жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.p(g("Отбор проб подземных вод выполняется после прокачки скважины объемом не менее трех объемов ствола.",
            "Жерасты суларының сынамалары ұңғыма оқпанының кемінде үш көлемін айдағаннан кейін алынады.", ""))
    maybe_distractor(doc)


VI_SETS = {
    "A": ("Nước cấp cho ao nuôi", ("pH", "DO", "TSS", "NH4+", "NO2-")),
    "B1": ("Nước thải (rút gọn)", ("pH", "COD", "TSS", "NH4+")),
    "B": ("Nước thải (đầy đủ)", ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")),
    "C": ("Nước mặt tiếp nhận", ("pH", "DO", "BOD5", "COD", "NH4+", "Coliform")),
}
VI_POINTS = (
    ("NC1", "Kênh cấp nước chung trước khi vào ao lắng", [("A", "quarterly")]),
    ("NT1", "Cống xả ao xử lý nước thải ra kênh Ba Mun", [("B1", "monthly"), ("B", "quarterly")]),
    ("NM1", "Kênh Ba Mun, thượng nguồn điểm xả 100 m", [("C", "semiannual")]),
    ("NM2", "Kênh Ba Mun, hạ nguồn điểm xả 100 m", [("C", "semiannual")]),
)


def _monitoring_hd2_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – KHU NUÔI TÔM THƯƠNG PHẨM CÔNG NGHỆ CAO BẠC LIÊU XANH")
    doc.p("Các thông số quan trắc được gộp thành các nhóm ký hiệu theo Bảng 5.1; Bảng 5.2 quy định vị trí, nhóm thông số và tần suất.")
    rows = [["Ký hiệu nhóm", "Tên nhóm", "Thông số"]]
    for letter, (name, keys) in VI_SETS.items():
        rows.append([letter, name, ", ".join(vocab.water(s, "vi") for s in keys)])
    doc.table("Bảng 5.1. Các nhóm thông số quan trắc", rows, role="other")
    rows = [["TT", "Ký hiệu điểm", "Vị trí quan trắc", "Nhóm thông số", "Tần suất"]]
    merges = []
    for k, (pid, place, plan) in enumerate(VI_POINTS, 1):
        start = len(rows)
        for j, (letter, word) in enumerate(plan):
            lead = [str(k), pid, place] if j == 0 else [None] * 3
            rows.append([*lead, letter, freq(doc, word)])
            for s in VI_SETS[letter][1]:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
        if len(plan) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table("Bảng 5.2. Vị trí, nhóm thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 02-19:2014/BNNPTNT (nước cấp), QCVN 08:2023/BTNMT (nước mặt), QCVN 40:2011/BTNMT cột B (nước thải).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

COUNTS = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
# (RU, KK, {checker: checks a year})
POULTRY_OBJECTS = (
    ("Системы вентиляции птичников", "Құс қораларының желдету жүйелері", {0: 12, 3: 4}),
    ("Пометохранилище и площадка компостирования", "Саңғырық қоймасы және компосттау алаңы", {0: 12, 2: 4}),
    ("Локальные очистные сооружения убойного цеха", "Сою цехының жергілікті тазарту құрылыстары", {0: 12, 2: 4, 3: 1}),
    ("Котельная и газораспределительный пункт", "Қазандық және газ тарату пункті", {3: 4, 2: 2}),
    ("Инсинератор для утилизации падежа", "Өлекселерді жоюға арналған инсинератор", {1: 12, 2: 4}),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", {2: 4, 3: 1}),
    ("Склад ГСМ и автогараж", "ЖЖМ қоймасы және автогараж", {0: 12, 2: 2}),
    ("Водозаборные скважины и узлы учета воды", "Су алатын ұңғымалар және суды есепке алу тораптары", {2: 4, 3: 1}),
)
POULTRY_CHECKERS = (("Начальник цеха", "Цех бастығы"), ("Главный ветеринарный врач", "Бас ветеринариялық дәрігер"),
                    ("Инженер-эколог", "Инженер-эколог"), ("Главный инженер", "Бас инженер"))
RUBBER_OBJECTS = (
    ("Hệ thống xử lý nước thải (bể gạn mủ, bể kỵ khí, hồ sinh học)", {3: 12, 1: 4, 0: 1}),
    ("Lò sấy mủ cốm và ống khói", {2: 12, 1: 4}),
    ("Tháp hấp thụ xử lý mùi khu cán, băm", {3: 12, 1: 4}),
    ("Kho chứa chất thải nguy hại", {1: 4, 0: 1}),
    ("Khu tiếp nhận và bể chứa mủ nước", {2: 12, 1: 2}),
    ("Hệ thống thu gom, thoát nước mưa", {3: 4, 1: 2}),
    ("Bãi chứa mủ tạp, mủ đông", {2: 12, 1: 4}),
)
RUBBER_CHECKERS = ("Giám đốc nhà máy", "Phòng Kỹ thuật – Môi trường", "Quản đốc phân xưởng", "Tổ trưởng vận hành")


def inspections_hd1(doc: Doc) -> None:
    """A poultry factory's matrix of internal checks: the objects as rows, the persons who check them as columns under a
    merged `Количество проверок в год`, the number of checks a year in the cells (12, 4, 2, 1) and blank where a person
    does not check the object, no frequency word anywhere (VI: a rubber plant's matrix, `Số lần kiểm tra/năm`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        objects, checkers = list(RUBBER_OBJECTS), list(RUBBER_CHECKERS)
        doc.h("QUY CHẾ TỰ KIỂM TRA VỀ BẢO VỆ MÔI TRƯỜNG – NHÀ MÁY CHẾ BIẾN MỦ CAO SU LỘC NINH")
        doc.p("Phụ lục 1. Phân công tự kiểm tra các công trình bảo vệ môi trường (áp dụng từ ngày 01/01/2026).")
    else:
        L = _L(doc)
        objects = [(o[L], o[2]) for o in POULTRY_OBJECTS]
        checkers = [c[L] for c in POULTRY_CHECKERS]
        doc.h(doc.v("Положение о производственном экологическом контроле ТОО «Жас Қыран Құс»",
                    "«Жас Қыран Құс» ЖШС өндірістік экологиялық бақылау туралы ереже", ""))
        doc.p(doc.v("Приложение 3. Распределение обязанностей по внутренним проверкам природоохранных объектов.",
                    "3-қосымша. Табиғат қорғау объектілерін ішкі тексеру жөніндегі міндеттерді бөлу.", ""))
    head = doc.v("Количество проверок в год", "Жылына тексерулер саны", "Số lần kiểm tra/năm")
    rows = [[doc.v("№", "№", "TT"), doc.v("Объект проверки", "Тексеру объектісі", "Công trình, khu vực kiểm tra"), head, None, None, None],
            [None, None, *checkers]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    objects = [o for o in objects if r.random() < 0.85]
    for k, (obj, plan) in enumerate(objects, 1):
        cells = [""] * 4
        for j, c in sorted(plan.items()):
            if c == 4 and r.random() < 0.25:
                c = 2
            cells[j] = str(c)
            doc.add("obligations", {"kind": "inspection", "frequency": COUNTS[c], "text_contains": _words(obj, 3),
                                    "actor_contains": checkers[j]})
        rows.append([str(k), obj, *cells])
    doc.table(doc.v("Таблица П3.1", "П3.1-кесте", "Bảng PL1.1"), rows, merges, role="inspections")
    doc.p(doc.v("Результаты проверок заносятся в журнал производственного экологического контроля.",
                "Тексеру нәтижелері өндірістік экологиялық бақылау журналына енгізіледі.",
                "Kết quả kiểm tra được ghi vào sổ theo dõi tự kiểm tra môi trường."))
    maybe_distractor(doc)


# (RU, KK, frequency or None, RU responsible, KK responsible)
HATCHERY_CHECKS = (
    ("Осмотр водозаборного сооружения и рыбозащитного устройства на р. Или – ежемесячно в период водозабора (апрель – октябрь)",
     "Іле өзеніндегі су алу ғимараты мен балық қорғау құрылғысын қарау – су алу кезеңінде (сәуір – қазан) ай сайын",
     "monthly", "гидротехник", "гидротехник"),
    ("Проверка состояния дамб и водосбросных сооружений выростных прудов – не реже одного раза в квартал, а также после паводка",
     "Өсіру тоғандарының бөгеттері мен су ағызу құрылыстарының жай-күйін тексеру – тоқсанына кемінде бір рет, сондай-ақ су тасқынынан кейін",
     "quarterly", "главный рыбовод", "бас балық өсіруші"),
    ("Проверка соблюдения лимитов водопользования и показаний водоизмерительных приборов – ежеквартально",
     "Су пайдалану лимиттерінің сақталуын және су өлшеу аспаптарының көрсеткіштерін тексеру – тоқсан сайын",
     "quarterly", "инженер-эколог", "инженер-эколог"),
    ("Осмотр инкубационного цеха и сбора отходов инкубации (погибшей икры) – еженедельно в период инкубации",
     "Инкубациялық цехты және инкубация қалдықтарын (өлі уылдырықты) жинауды қарау – инкубация кезеңінде апта сайын",
     "weekly", "начальник инкубационного цеха", "инкубациялық цех бастығы"),
    ("Проверка площадки временного хранения отходов и сроков накопления – 1 раз в полугодие",
     "Қалдықтарды уақытша сақтау алаңын және жинақтау мерзімдерін тексеру – жарты жылда 1 рет",
     "semiannual", "инженер-эколог", "инженер-эколог"),
    ("Проверка выполнения условий экологического разрешения и программы ПЭК – один раз в год, до 1 марта",
     "Экологиялық рұқсат шарттары мен ӨЭБ бағдарламасының орындалуын тексеру – жылына бір рет, 1 наурызға дейін",
     "yearly", "директор", "директор"),
    ("Внеплановый осмотр прудов при заморах рыбы и аварийных сбросах – по мере необходимости",
     "Балық қырылған және авариялық ағызу кезінде тоғандарды жоспардан тыс қарау – қажеттілігіне қарай",
     None, "главный рыбовод", "бас балық өсіруші"),
)  # fmt: skip
CASSAVA_CHECKS = (
    ("Kiểm tra tình trạng vận hành hệ thống xử lý nước thải (hầm biogas, hồ hiếu khí), ghi nhật ký vận hành: hằng ngày",
     "daily", "Tổ vận hành hệ thống xử lý nước thải"),
    ("Kiểm tra bạt phủ hầm biogas, đường ống dẫn khí và đuốc đốt khí dư: 01 tháng/lần", "monthly", "Phân xưởng Cơ điện"),
    ("Kiểm tra kho chứa chất thải nguy hại, nhãn, thời gian lưu giữ và sổ theo dõi: 03 tháng/lần", "quarterly", "Cán bộ môi trường"),
    ("Kiểm tra hệ thống xử lý bụi lò sấy tinh bột (cyclone, tháp rửa khí): 06 tháng/lần", "semiannual", "Phân xưởng Cơ điện"),
    ("Rà soát việc thực hiện các nội dung của giấy phép môi trường: 1 lần/năm, trước ngày 15/01", "yearly", "Phó Giám đốc kỹ thuật"),
    ("Kiểm tra đột xuất khi có phản ánh của người dân về mùi hôi, nước thải", None, "Cán bộ môi trường"),
)


def inspections_hd2(doc: Doc) -> None:
    """A fish hatchery's plan of production control: `№ | содержание контроля | ответственный | форма учета`, each item one
    sentence whose frequency stands at its end after a dash (`– не реже одного раза в квартал, а также после паводка`,
    `– еженедельно в период инкубации`), an item `по мере необходимости` without one (VI: a cassava starch plant's
    self-inspection plan, the frequency after a colon, `hằng ngày` and an unscheduled check)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH TỰ KIỂM TRA, GIÁM SÁT VIỆC THỰC HIỆN CÁC YÊU CẦU VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026")
        doc.p("Nhà máy chế biến tinh bột sắn Phước Bình – Công ty Cổ phần Tinh bột sắn Phước Bình")
        rows = [["TT", "Nội dung tự kiểm tra và tần suất", "Bộ phận thực hiện", "Hồ sơ ghi nhận"]]
        for k, (text, word, who) in enumerate(CASSAVA_CHECKS, 1):
            rows.append([str(k), text, who, "Nhật ký vận hành" if word in ("daily", "monthly") else "Biên bản kiểm tra"])
            item = {"kind": "inspection", "text_contains": _words(text, 5)}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung tự kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План производственного контроля на 2026 год. Рыбопитомник «Қапшағай Балық»",
            "«Қапшағай Балық» балық питомнигі. 2026 жылға арналған өндірістік бақылау жоспары", ""))
    doc.p(g("Утверждаю: директор ТОО «Қапшағай Балық Өсіру». Питомник выращивает молодь карпа, толстолобика и сазана; "
            "водозабор из р. Или осуществляется с апреля по октябрь.",
            "Бекітемін: «Қапшағай Балық Өсіру» ЖШС директоры. Питомник тұқы, дөңмаңдай және сазан шабақтарын өсіреді; Іле "
            "өзенінен су алу сәуірден қазанға дейін жүзеге асырылады.", ""))
    rows = [g(["№ п/п", "Содержание контроля и периодичность", "Ответственный", "Форма учета"],
              ["Р/с №", "Бақылау мазмұны және кезеңділігі", "Жауапты", "Есепке алу нысаны"], [])]
    records = g(("журнал осмотров", "акт осмотра", "журнал учета водопотребления"), ("қарау журналы", "қарау актісі", "су тұтынуды есепке алу журналы"), ())
    record_of = {"monthly": 0, "quarterly": 0, "weekly": 0, "semiannual": 1, "yearly": 1, None: 1}
    items = [c for c in HATCHERY_CHECKS if c[2] in ("quarterly", "yearly", None) or r.random() < 0.8]
    for k, (t_ru, t_kk, word, w_ru, w_kk) in enumerate(items, 1):
        text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
        rows.append([f"{k}.", text, who, records[2 if "лимит" in text else record_of[word]]])
        item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK, RU responsible, KK responsible, RU plan term, KK plan term, plan cost, RU fact, KK fact, fact share or None)
ELEVATOR_MEASURES = (
    ("Замена циклонов аспирационной системы надсилосного корпуса на батарейные циклоны ЦН-15",
     "Силос үсті корпусы аспирациялық жүйесінің циклондарын ЦН-15 батареялық циклондарына ауыстыру",
     "главный механик", "бас механик", "II квартал 2025 г.", "2025 ж. II тоқсаны", 14800, "июнь 2025 г.", "2025 ж. маусым", 0.94),
    ("Режимно-наладочные испытания горелок зерносушилок ДСП-32 № 1 и № 2",
     "№ 1 және № 2 ДСП-32 астық кептіргіштері оттықтарының режимдік-баптау сынақтары",
     "главный энергетик", "бас энергетик", "июль 2025 г.", "2025 ж. шілде", 1900, "июль 2025 г.", "2025 ж. шілде", 1.0),
    ("Установка рукавного фильтра на приемное устройство автомобильного транспорта",
     "Автокөлік қабылдау құрылғысына жеңді сүзгі орнату",
     "заместитель директора по производству", "директордың өндіріс жөніндегі орынбасары", "III квартал 2025 г.", "2025 ж. III тоқсаны",
     22500, "перенесено на II квартал 2026 г. (поставка оборудования)", "2026 ж. II тоқсанына ауыстырылды (жабдық жеткізу)", None),
    ("Инструментальные замеры выбросов на организованных источниках 0001–0006",
     "0001–0006 ұйымдастырылған көздерде шығарындыларды аспаптық өлшеу",
     "инженер-эколог", "инженер-эколог", "I–IV кварталы 2025 г.", "2025 ж. I–IV тоқсандары", 2400,
     "выполнено, 4 протокола", "орындалды, 4 хаттама", 1.0),
    ("Вывоз и передача отходов зерноочистки на корм скоту по договору",
     "Астық тазалау қалдықтарын шарт бойынша мал азығына шығару және беру",
     "начальник элеватора", "элеватор бастығы", "сентябрь – ноябрь 2025 г.", "2025 ж. қыркүйек – қараша", 0,
     "октябрь 2025 г., передано 310 т", "2025 ж. қазан, 310 т берілді", None),
    ("Озеленение санитарно-защитной зоны: посадка 300 саженцев вяза мелколистного",
     "Санитариялық-қорғаныш аймағын көгалдандыру: ұсақ жапырақты қарағаштың 300 көшетін отырғызу",
     "заместитель директора по АХЧ", "директордың ӘШБ жөніндегі орынбасары", "апрель – май 2025 г.", "2025 ж. сәуір – мамыр", 1350,
     "май 2025 г., высажено 280 шт.", "2025 ж. мамыр, 280 дана отырғызылды", 0.88),
)  # fmt: skip


def tasks_hd1(doc: Doc) -> None:
    """An elevator's report on its plan of nature-protection measures for 2025: each measure on two rows, `план` and
    `факт`, the number, the measure and the responsible merged down over both, the term and the cost given for each row,
    a postponed measure whose fact row says so (VI: the report on the result of a cassava plant's trial operation, each
    work on a `Kế hoạch` and a `Thực tế` row with its start and end dates)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет о выполнении плана мероприятий по охране окружающей среды за 2025 год. АО «Торғай Астық»",
            "«Торғай Астық» АҚ. Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарының 2025 жылғы орындалуы туралы есеп", ""))
    doc.p(g("Элеватор емкостью 120 тыс. т с двумя зерносушилками ДСП-32; план утвержден приказом от 20.12.2024 № 214.",
            "Сыйымдылығы 120 мың т, екі ДСП-32 астық кептіргіші бар элеватор; жоспар 20.12.2024 № 214 бұйрықпен бекітілді.", ""))
    rows = [g(["№", "Наименование мероприятия", "Показатель", "Срок выполнения", "Затраты, тыс. тенге", "Ответственный"],
              ["№", "Іс-шараның атауы", "Көрсеткіш", "Орындау мерзімі", "Шығындар, мың теңге", "Жауапты"], [])]
    merges = []
    items = [m for m in ELEVATOR_MEASURES if r.random() < 0.85 or m[9] is None]
    for k, (m_ru, m_kk, w_ru, w_kk, p_ru, p_kk, cost, f_ru, f_kk, share) in enumerate(items, 1):
        text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
        start = len(rows)
        plan_cost = num(cost, doc.lang) if cost else "–"
        fact_cost = num(round(cost * share), doc.lang) if cost and share else "–"
        rows.append([str(k), text, g("план", "жоспар", ""), (p_ru, p_kk)[L], plan_cost, who])
        rows.append([None, None, g("факт", "нақты", ""), (f_ru, f_kk)[L], fact_cost, None])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1), (start, 5, start + 1, 5)]
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица 1 – Выполнение плана мероприятий", "1-кесте – Іс-шаралар жоспарының орындалуы", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (VI work, plan start, plan end, actual start, actual end, performer)
CASSAVA_TRIAL = (
    ("Vận hành thử nghiệm hệ thống xử lý nước thải (hầm biogas, hồ hiếu khí) công suất 2.400 m3/ngày.đêm",
     "01/10/2025", "31/12/2025", "05/10/2025", "31/12/2025", "Tổ vận hành hệ thống xử lý nước thải"),
    ("Vận hành thử nghiệm hệ thống thu hồi khí biogas và lò đốt biogas cấp nhiệt cho máy sấy",
     "01/10/2025", "31/12/2025", "15/10/2025", "15/01/2026", "Phân xưởng Cơ điện"),
    ("Vận hành thử nghiệm hệ thống xử lý bụi lò sấy tinh bột (cyclone kết hợp tháp rửa khí)",
     "15/10/2025", "15/12/2025", "15/10/2025", "15/12/2025", "Phân xưởng Sản xuất"),
    ("Lấy mẫu đánh giá hiệu quả xử lý trong giai đoạn điều chỉnh (05 đợt, 15 ngày/đợt)",
     "01/11/2025", "15/12/2025", "03/11/2025", "20/12/2025", "Trung tâm Quan trắc Tài nguyên và Môi trường Tây Ninh"),
    ("Lấy mẫu đánh giá sự phù hợp của công trình trong giai đoạn vận hành ổn định (07 ngày liên tiếp)",
     "16/12/2025", "22/12/2025", "05/01/2026", "11/01/2026", "Trung tâm Quan trắc Tài nguyên và Môi trường Tây Ninh"),
)


def _tasks_hd1_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO KẾT QUẢ VẬN HÀNH THỬ NGHIỆM CÁC CÔNG TRÌNH XỬ LÝ CHẤT THẢI – NHÀ MÁY CHẾ BIẾN TINH BỘT SẮN PHƯỚC BÌNH")
    doc.p("Kế hoạch vận hành thử nghiệm theo Giấy phép môi trường số 152/GPMT-UBND; bảng dưới so sánh thời gian theo kế hoạch và "
          "thời gian thực hiện thực tế.")
    rows = [["TT", "Hạng mục công việc", "Kế hoạch / Thực tế", "Thời gian bắt đầu", "Thời gian kết thúc", "Đơn vị thực hiện"]]
    merges = []
    for k, (text, ps, pe, fs, fe, who) in enumerate(CASSAVA_TRIAL, 1):
        start = len(rows)
        rows.append([str(k), text, "Kế hoạch", ps, pe, who])
        rows.append([None, None, "Thực tế", fs, fe, None])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1), (start, 5, start + 1, 5)]
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 6), "actor_contains": _words(who, 3)})
    doc.table("Bảng 2. Tiến độ vận hành thử nghiệm", rows, merges, role="tasks")
    doc.p("Nguyên nhân chậm tiến độ: vụ sắn 2025–2026 bắt đầu muộn do mưa kéo dài, lượng nước thải chưa đủ để đánh giá giai đoạn ổn định.")
    maybe_distractor(doc)


# (RU responsible, KK responsible, [(RU measure, KK measure, RU term, KK term, cost thousand tenge)])
PIG_PLAN = (
    (("главный зоотехник", "бас зоотехник"), [
        ("Перевести свинарники-откормочники № 3, 4 на кормление с пониженным содержанием сырого протеина для снижения выбросов аммиака",
         "Аммиак шығарындыларын азайту үшін № 3, 4 бордақылау қораларын шикі протеин мөлшері төмен азықтандыруға көшіру",
         "II квартал 2026 г.", "2026 ж. II тоқсаны", 3200),
        ("Внедрить ежедневный учет поголовья по корпусам для расчета выбросов", "Шығарындыларды есептеу үшін корпустар бойынша мал басын күнделікті есепке алуды енгізу",
         "январь 2026 г.", "2026 ж. қаңтар", 0)]),
    (("главный инженер", "бас инженер"), [
        ("Устроить плавающее покрытие (керамзит) лагуны-накопителя № 2", "№ 2 лагуна-жинақтағышқа қалқымалы жабын (керамзит) орнату",
         "до 30.09.2026", "30.09.2026 дейін", 18500),
        ("Отремонтировать гидроизоляцию навозного канала корпуса № 1", "№ 1 корпустың көң арнасының гидрооқшаулауын жөндеу",
         "III квартал 2026 г.", "2026 ж. III тоқсаны", 4700),
        ("Установить расходомер на выпуске жидкой фракции на поля орошения", "Суару алқаптарына сұйық фракцияны шығаруға шығын өлшегіш орнату",
         "до 01.07.2026", "01.07.2026 дейін", 950)]),
    (("инженер-эколог", "инженер-эколог"), [
        ("Разработать программу ПЭК на 2027–2029 годы", "2027–2029 жылдарға арналған ӨЭБ бағдарламасын әзірлеу", "до 01.12.2026", "01.12.2026 дейін", 1800),
        ("Провести агрохимическое обследование полей, удобряемых жидкой фракцией", "Сұйық фракциямен тыңайтылатын егістіктерге агрохимиялық зерттеу жүргізу",
         "май – июнь 2026 г.", "2026 ж. мамыр – маусым", 2100)]),
    (("заместитель директора по общим вопросам", "директордың жалпы мәселелер жөніндегі орынбасары"), [
        ("Высадить лесозащитную полосу по северной границе СЗЗ (1,2 км)", "СҚА солтүстік шекарасы бойынша орман қорғау белдеуін отырғызу (1,2 км)",
         "апрель 2026 г.", "2026 ж. сәуір", 2600)]),
)  # fmt: skip
# (department, [(measure, term, cost million đồng)])
SHRIMP_PLAN = (
    ("Phòng Kỹ thuật nuôi", [
        ("Giảm mật độ thả nuôi tại các ao khu B xuống 250 con/m2 để giảm tải lượng chất thải", "Vụ 1/2026", "-"),
        ("Áp dụng chế phẩm vi sinh xử lý đáy ao định kỳ cho toàn bộ ao nuôi", "Cả năm 2026", "420")]),
    ("Ban Môi trường", [
        ("Nạo vét bùn đáy ao lắng, ao xử lý số 1 và số 2", "Tháng 4/2026 (giữa hai vụ)", "380"),
        ("Lắp đặt đồng hồ đo lưu lượng nước thải tại cống xả NT1", "Quý II/2026", "150"),
        ("Ký hợp đồng quan trắc môi trường định kỳ năm 2026", "Tháng 01/2026", "96")]),
    ("Ban Quản lý dự án", [
        ("Xây dựng bổ sung ao sinh học 1,5 ha trước cống xả", "Tháng 5–9/2026", "2.800"),
        ("Trồng cây bần, mắm dọc bờ kênh Ba Mun (2 km)", "Tháng 7/2026", "85")]),
)


def tasks_hd2(doc: Doc) -> None:
    """A pig complex's plan of measures for 2026 grouped under rows spanning the table that name the responsible
    (`Ответственный: главный инженер`), the measures numbered straight through under them, term, cost and source of
    financing, no responsible column (VI: a shrimp company's plan grouped under the department in charge)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CÔNG TY CỔ PHẦN THỦY SẢN BẠC LIÊU XANH")
        doc.p("Kế hoạch được xây dựng trên cơ sở kết quả quan trắc năm 2025 và ý kiến của UBND xã Vĩnh Hậu A.")
        rows = [["TT", "Nội dung công việc", "Thời gian thực hiện", "Kinh phí (triệu đồng)"]]
        merges = []
        n = 0
        for dept, items in SHRIMP_PLAN:
            rows.append([f"Bộ phận chủ trì: {dept}", None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            for text, when, cost in items:
                n += 1
                rows.append([str(n), text, when, cost])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": dept})
        doc.table("Bảng 3. Kế hoạch thực hiện", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План мероприятий по охране окружающей среды ТОО «Ертіс Бекон» на 2026 год",
            "«Ертіс Бекон» ЖШС қоршаған ортаны қорғау жөніндегі 2026 жылға арналған іс-шаралар жоспары", ""))
    doc.p(g("Мероприятия сгруппированы по ответственным исполнителям; финансирование – собственные средства предприятия.",
            "Іс-шаралар жауапты орындаушылар бойынша топтастырылған; қаржыландыру – кәсіпорынның өз қаражаты.", ""))
    rows = [g(["№", "Наименование мероприятия", "Срок выполнения", "Стоимость, тыс. тенге", "Источник финансирования"],
              ["№", "Іс-шараның атауы", "Орындау мерзімі", "Құны, мың теңге", "Қаржыландыру көзі"], [])]
    merges = []
    n = 0
    own = g("собственные средства", "өз қаражаты", "")
    for (w_ru, w_kk), items in PIG_PLAN:
        who = (w_ru, w_kk)[L]
        rows.append([g(f"Ответственный: {who}", f"Жауапты: {who}", ""), None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for m_ru, m_kk, t_ru, t_kk, cost in items:
            n += 1
            text = (m_ru, m_kk)[L]
            rows.append([str(n), text, (t_ru, t_kk)[L], num(cost, doc.lang) if cost else g("не требуется", "қажет емес", ""),
                         own if cost else "–"])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    distractor(doc, "approval")


LAYOUTS = [Layout(role, f"HD{k}", globals()[f"{role}_hd{k}"]) for role in ROLES for k in (1, 2)]
