"""A blind held-out set (two layouts per role, `IP1` and `IP2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: paints, varnishes, adhesives and coatings, and the laundries and dry cleaners that use solvents. Kazakhstan: a
paint-and-varnish plant at Otegen Batyr in the Ili district of Almaty oblast with its bead mills, mixing and filling
shops, solvent tanks and a regenerative thermal oxidiser, a powder-coating line with its pretreatment tunnel at a
metal-structures plant at Kaskelen, a road-marking paint and thermoplastic producer in the Talgar district, an industrial
laundry for hotels and hospitals at Konaev, a dry-cleaning network working on perchloroethylene with one workshop at
Kaskelen and reception points in Almaty's malls, and the car-body and paint shop of a car dealer on the Kuldzha road (a
declaration of impact listing the network's points, an accredited laboratory's act of sampling, an НДВ table with the
substances as columns and two rows per source, a solvent balance of the dry-cleaning machines, a waste section worked out
from specific norms per tonne of product, a declaration's wastes by place of formation with their hazardous properties
and operations, a protocol of perchloroethylene in the flats above a dry cleaner, a test of the oxidiser's efficiency, a
month-by-month plan of control, a laundry's programme with the points as columns and abbreviated frequencies, the
machines' control schedule with several checks in one cell, a powder line's regulation of maintenance, a plan of
nature-protection measures in the official form, a network's plan of passing from perchloroethylene to wet cleaning).
Vietnam: paint and ink factories in the Mỹ Phước 3 and Nhơn Trạch 2 industrial parks (Bình Dương, now Hồ Chí Minh City,
and Đồng Nai), a furniture-lacquering plant in the Nam Tân Uyên park, an adhesive and resin plant in the Long Thành park,
an industrial laundry washing for garment exporters, hotels and hospitals in the Tam Phước park and a denim-washing plant
in the Tân Đông Hiệp cluster (báo cáo công tác bảo vệ môi trường, biên bản lấy mẫu hiện trường, báo cáo đề xuất cấp giấy
phép môi trường, ĐTM, kết quả quan trắc, kế hoạch quan trắc, nội dung quan trắc of a GPMT, kế hoạch tự kiểm tra, bảng
kiểm tra, kế hoạch giảm phát thải, kế hoạch khắc phục after a kết luận kiểm tra).

Facility: a dry-cleaning network's declaration of impact whose table lists all the operator's points — the one workshop
with its machines, the object declared, under a section row of its own with its KATO, decimal coordinates and category
`III`, then four reception points — three in Almaty's malls with KATO codes of their own, one in a Kaskelen supermarket
sharing the workshop's — with their coordinates and dashes for equipment and category — the operator's BIN and OKED only in the sentence before, the machines in a table of no role (VI: an annual
report's list of the laundry's places, the factory under its permit and the collection points that wash nothing, the
enterprise number in the sentence) (IP1); an accredited laboratory's act of sampling at a car dealer's body and paint shop,
no header, numbered lines under four section rows — the customer who runs the object, the object with its KATO,
coordinates in degrees, minutes and seconds and category, the laboratory with a BIN and an accreditation of its own, the
weather — the instruments in a table of no role (VI: a biên bản lấy mẫu hiện trường at a furniture-lacquering plant, the
monitoring firm's tax number and VIMCERTS code beside the owner's enterprise number) (IP2).

Emissions: a paint plant's НДВ table turned on its side, the substances as columns over a row of their codes and a row of
their classes (`ОБУВ` where there is none), each source on two rows — `г/с` and `т/год` in a unit column — merged down
its number and name, dashes where a source does not emit, a column of the source's total and two rows of the plant's
totals (VI: a paint factory's loads by stack, flow and concentration before g/s and tonnes, the stack merged down) (IP1);
a dry cleaner's balance of perchloroethylene by machine — bought, returned as still residue, left in the tanks — whose
losses are the tonnes a year, the grams a second last, the substance and its class told only in the caption, then the
workshop's steam generator, lint extraction and spotting table in an ordinary table (VI: a garment laundry's boiler and standby
generator worked out from emission factors, the fuel and factor columns before kg/h, g/s and tonnes) (IP2).

Wastes: a paint plant's wastes worked out from specific norms per tonne of product, the production line and its output
merged down over its wastes, the plant's common wastes under a row of their own with dashes for the norm (VI: a paint
factory's hazardous wastes under rows naming the area where they form, the same code in two areas with two amounts, then
its ordinary wastes) (IP1); a dry-cleaning network's declared wastes under rows for the workshop and for the reception
points, hazardous properties `HP 6, HP 14` and operations `R2`, `D10` beside the amount (VI: a garment laundry's wastes
with the mean a month before the kilograms a year, which alone are the amount) (IP2).

Limits: a protocol of perchloroethylene in a residential building over a dry cleaner, four 20-minute samples and four
day's samples per point, the greatest single value judged against the ПДК м.р. and the day's mean against the ПДК с.с.,
whether the daily norm is exceeded told only in the sentence after the table (VI: a garment laundry's treated waste water in two rounds against QCVN 40:2011/BTNMT column B with Kq and Kf, the raw
water of no limit) (IP1); a test of a paint plant's regenerative thermal oxidiser and of the pigment shop's bag filter,
a row spanning the table per source, the concentrations at the inlet of no norm beside the outlet's, the cleaning
efficiency and the norm of the permit last (VI: an ink factory's stacks against QCVN 20:2009/BTNMT and QCVN
19:2009/BTNMT column B in one table, a column naming the standard of each row) (IP2).

Monitoring: a car dealer's paint shop's plan of control for 2026 with the twelve months as columns and `+` in the months
of sampling, the frequency only in those marks and a count a year (VI: a furniture plant's plan with the months of
sampling written out, `Tháng 3, 6, 9, 12`) (IP1); an industrial laundry's programme with the components as rows and the
places — the boiler's stack and two sewer wells — as columns, each cell an abbreviated frequency (`1/кв`) explained in a
legend under the table, dashes where not measured (VI: an adhesive and resin plant's GPMT monitoring whose frequency
stands in a cell merged down over several points) (IP2).

Inspections: a dry cleaner's schedule of checking its machines, still and adsorber, several checks in one cell, one to a
line, beside a frequency cell whose lines answer them, checks before each cycle with no frequency of the contract (VI: a
garment laundry's treatment plant, `Nội dung kiểm tra` and `Tần suất` as paired lines) (IP1); a powder-coating line's
regulation of maintenance and environmental checks under rows naming its units, items `1.1`, checks every shift, every
500 running hours or at each change of colour without a frequency (VI: a furniture plant's spray booths, carbon towers
and bag filters) (IP2).

Tasks: a road-marking paint producer's plan of nature-protection measures for 2026–2028 in the official form, start and
end as two sub-columns, money by year, a measure struck out as done in 2025 written across its row, the responsible last
(VI: a paint factory's plan of cutting VOC with the quarters of 2026 marked `x`, lead and partner units) (IP1); a
dry-cleaning network's plan of passing from perchloroethylene to wet cleaning, the deadline only in the stage rows that
span the table, the responsible with initials and position, a column for the mark of completion left empty (VI: an
adhesive plant's plan of remedying the findings of an inspection, the finding merged down over its measures, only the
measures being tasks) (IP2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _bin(doc: Doc) -> str:
    from .common import make_bin

    return make_bin(doc.rng)


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province (`36` Đồng Nai, `37` Bình Dương, `03` Hồ Chí Minh City)."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°19′04,2″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


# code: (RU, KK, VI, hazard class as the list gives it, None where only an ОБУВ is set) of pollutants the vocabulary does not name
EXTRA = {
    "0118": ("Титан диоксид", "Титан диоксиді", "", None),
    "0627": ("Этилбензол", "Этилбензол", "Etylbenzen", 3),
    "0882": ("Тетрахлорэтилен (Перхлорэтилен)", "Тетрахлорэтилен (перхлорэтилен)", "Tetracloetylen (PCE)", 2),
    "1042": ("Бутан-1-ол (Спирт н-бутиловый)", "Бутан-1-ол (н-бутил спирті)", "n-Butanol", 3),
    "1052": ("Метанол (Метиловый спирт)", "Метанол (метил спирті)", "Metanol", 3),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol", 2),
    "1210": ("Бутилацетат", "Бутилацетат", "n-Butyl axetat", 4),
    "1240": ("Этилацетат", "Этилацетат", "Etyl axetat", 4),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "2917": ("Пыль хлопковая", "Мақта шаңы", "", 3),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _water(doc: Doc, symbol: str) -> str:
    return vocab.water(symbol, doc.lang)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- the enterprises

# the dry-cleaning network: (RU, KK)
AKZHUU = {
    "operator": ("ТОО «Ақ Жуу Сервис»", "«Ақ Жуу Сервис» ЖШС"),
    "workshop": ("Цех химической чистки и аквачистки «Ақ Жуу»", "«Ақ Жуу» химиялық тазалау және аквачистка цехы"),
    "place": ("Алматинская область, Карасайский район, г. Каскелен, ул. Абылай хана, 112",
              "Алматы облысы, Қарасай ауданы, Қаскелең қ., Абылай хан к-сі, 112"),
}  # fmt: skip
# reception points: (RU, KK, RU address, KK address, lat, lon)
AKZHUU_POINTS = (
    ("Пункт приема № 1 (ТРЦ «Mega Alma-Ata»)", "№ 1 қабылдау пункті («Mega Alma-Ata» СОО)",
     "г. Алматы, Бостандыкский район, ул. Розыбакиева, 247А", "Алматы қ., Бостандық ауданы, Розыбакиев к-сі, 247А", 43.2018, 76.8923),
    ("Пункт приема № 2 (ТРЦ «Dostyk Plaza»)", "№ 2 қабылдау пункті («Dostyk Plaza» СОО)",
     "г. Алматы, Медеуский район, мкр. Самал-2, 111", "Алматы қ., Медеу ауданы, Самал-2 ш/а, 111", 43.2334, 76.9567),
    ("Пункт приема № 3 (ТРЦ «Aport East»)", "№ 3 қабылдау пункті («Aport East» СОО)",
     "г. Алматы, Турксибский район, ул. Бекмаханова, 96", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 96", 43.3451, 77.0133),
    ("Пункт приема № 4 (супермаркет «Magnum», Каскелен)", "№ 4 қабылдау пункті («Magnum» супермаркеті, Қаскелең)",
     "Алматинская область, Карасайский район, г. Каскелен, ул. Наурызбай батыра, 7", "Алматы облысы, Қарасай ауданы, Қаскелең қ., Наурызбай батыр к-сі, 7",
     43.1998, 76.6254),
)  # fmt: skip
MACHINES = (("Firbimatic Smart 40", 40, 2016, 180), ("Union XL 8040", 40, 2018, 200), ("Renzacci Progress HS 25", 25, 2021, 120))


def facility_ip1(doc: Doc) -> None:
    """A dry-cleaning network's declaration of impact for its one workshop, the object of category III, whose table lists
    every point the operator has: a section row for the object declared — the workshop at Kaskelen with its KATO, decimal
    coordinates with the hemisphere words, its machines and the category — and a section row for the reception points, three
    in Almaty's malls and one in a Kaskelen supermarket with the workshop's own KATO, each with its address, KATO and
    coordinates but dashes for equipment and category, so that the facility is the workshop alone; the operator and its BIN and OKED only in the sentence before the table; the machines
    with their loads and perchloroethylene charges in a table of no role after it (VI: the general part of an industrial
    laundry's annual report on environmental protection listing its places — the factory with its permit and the collection
    points that wash nothing — the enterprise number in the sentence)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, workshop, place = AKZHUU["operator"][L], AKZHUU["workshop"][L], AKZHUU["place"][L]
    bin_ = _bin(doc)
    kato = _kato(doc, "1956")
    lat, lon = round(43.2047 + r.uniform(-0.002, 0.002), 5), round(76.6178 + r.uniform(-0.002, 0.002), 5)
    n, e = HEMI[doc.lang]
    doc.h(g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация", ""))
    doc.p(g(f"Объект III категории: {workshop}. Декларация представлена в соответствии со статьей 110 Экологического кодекса "
            "Республики Казахстан на 2026–2035 годы.",
            f"III санаттағы объект: {workshop}. Декларация Қазақстан Республикасы Экология кодексінің 110-бабына сәйкес 2026–2035 "
            "жылдарға ұсынылды.", ""))
    doc.p(g(f"Оператор: {operator}, БИН {bin_}, юридический адрес: г. Алматы, ул. Розыбакиева, 247А, офис 3. Основной вид деятельности "
            "по ОКЭД – 96012 (химическая чистка текстильных и меховых изделий). Прием и выдача заказов ведутся в пунктах приема; "
            "чистка, стирка и глажение выполняются только в цехе.",
            f"Оператор: {operator}, БСН {bin_}, заңды мекенжайы: Алматы қ., Розыбакиев к-сі, 247А, 3-кеңсе. ЭҚЖЖ бойынша негізгі "
            "қызмет түрі – 96012 (тоқыма және мех бұйымдарын химиялық тазалау). Тапсырыстар қабылдау пункттерінде қабылданып, "
            "беріледі; тазалау, жуу және үтіктеу тек цехта орындалады.", ""))
    rows = [g(["№", "Наименование", "Адрес", "КАТО", "Координаты (WGS-84)", "Технологическое оборудование", "Категория объекта"],
              ["№", "Атауы", "Мекенжайы", "ҚАТО", "Координаттары (WGS-84)", "Технологиялық жабдық", "Объект санаты"], [])]
    merges = []
    _span(rows, merges, g("I. Объект, в отношении которого представляется декларация", "I. Декларация ұсынылатын объект", ""), 7)
    equip = g(f"машины химической чистки на перхлорэтилене – {len(MACHINES)} шт.; стиральные машины – 4 шт.; сушильные барабаны – 3 шт.; "
              "гладильные прессы – 5 шт.; парогенератор на природном газе – 1 шт.",
              f"перхлорэтиленмен жұмыс істейтін химиялық тазалау машиналары – {len(MACHINES)} дана; кір жуу машиналары – 4 дана; кептіру "
              "барабандары – 3 дана; үтіктеу престері – 5 дана; табиғи газбен жұмыс істейтін бу генераторы – 1 дана", "")
    rows.append(["1", workshop, place, kato, f"{num(lat, doc.lang)}° {n}, {num(lon, doc.lang)}° {e}", equip, "III"])
    _span(rows, merges, g("II. Пункты приема и выдачи заказов (производственная деятельность не ведется)",
                          "II. Тапсырыстарды қабылдау және беру пункттері (өндірістік қызмет жүргізілмейді)", ""), 7)
    for k, (n_ru, n_kk, a_ru, a_kk, la, lo) in enumerate(AKZHUU_POINTS, 2):
        pk = kato if "Каскелен" in a_ru else _kato(doc, "7519")
        la, lo = round(la + r.uniform(-0.001, 0.001), 5), round(lo + r.uniform(-0.001, 0.001), 5)
        rows.append([str(k), (n_ru, n_kk)[L], (a_ru, a_kk)[L], pk, f"{num(la, doc.lang)}° {n}, {num(lo, doc.lang)}° {e}", "–", "–"])
    doc.table(g("Таблица 1 – Сведения об объекте и пунктах приема заказов оператора", "1-кесте – Оператордың объектісі және тапсырыс қабылдау пункттері туралы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Ақ Жуу", "kato": kato, "oked": "96012", "category": "III", "lat": lat, "lon": lon})
    mrows = [g(["Марка машины", "Загрузка, кг", "Год выпуска", "Заправка перхлорэтиленом, л", "Система рекуперации"],
               ["Машина маркасы", "Жүктемесі, кг", "Шығарылған жылы", "Перхлорэтилен құйылымы, л", "Рекуперация жүйесі"], [])]
    for model, load, year, litres in MACHINES:
        mrows.append([model, str(load), str(year), num(litres, doc.lang),
                      g("дистиллятор, холодильный агрегат, угольный адсорбер", "дистиллятор, тоңазытқыш агрегат, көмір адсорбері", "")])
    doc.table(g("Таблица 2 – Машины химической чистки", "2-кесте – Химиялық тазалау машиналары", ""), mrows, role="other")
    doc.p(g("Машины работают по замкнутому циклу; регенерированный растворитель возвращается в рабочий бак, кубовые остатки "
            "передаются специализированной организации.",
            "Машиналар тұйық цикл бойынша жұмыс істейді; регенерацияланған еріткіш жұмыс багына қайтарылады, текше қалдықтары "
            "мамандандырылған ұйымға беріледі.", ""))


VN_LAUNDRY = ("Nhà máy giặt công nghiệp Hưng Thịnh", "Công ty TNHH Giặt là Công nghiệp Hưng Thịnh",
              "Lô C-12, đường số 5, KCN Tam Phước, phường Tam Phước, tỉnh Đồng Nai", 10.8563, 106.9282)
# (collection point, address, lat, lon)
VN_LAUNDRY_POINTS = (
    ("Điểm giao nhận Biên Hòa", "Số 48 đường Phạm Văn Thuận, phường Tam Hiệp, tỉnh Đồng Nai", 10.9465, 106.8591),
    ("Điểm giao nhận KCN Amata", "Nhà xưởng dịch vụ số 3, KCN Amata, phường Long Bình, tỉnh Đồng Nai", 10.9512, 106.8723),
    ("Điểm giao nhận Thủ Đức", "Số 215 đường Võ Văn Ngân, phường Thủ Đức, Thành phố Hồ Chí Minh", 10.8502, 106.7623),
)  # fmt: skip


def _facility_ip1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, lat0, lon0 = VN_LAUNDRY
    msdn = _msdn(doc, "36")
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    permit = f"{r.randint(120, 480)}/GPMT-UBND"
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA {company.upper()}")
    doc.h("1. Thông tin chung về cơ sở")
    doc.p(f"Chủ cơ sở: {company}; mã số doanh nghiệp {msdn} do Phòng Đăng ký kinh doanh – Sở Kế hoạch và Đầu tư tỉnh Đồng Nai cấp "
          f"đăng ký lần đầu ngày {r.randint(1, 28):02d}/05/2014. Ngành nghề: giặt, sấy, là đồ vải cho khách sạn, bệnh viện và giặt hoàn "
          "tất hàng may mặc xuất khẩu. Toàn bộ hoạt động giặt chỉ thực hiện tại nhà máy; các điểm giao nhận chỉ tiếp nhận và trả đồ.")
    rows = [["TT", "Tên địa điểm", "Địa chỉ", "Tọa độ (hệ WGS-84)", "Hoạt động", "Ghi chú"]]
    rows.append(["1", name, place, f"Vĩ độ {num(lat, 'vi')}; Kinh độ {num(lon, 'vi')}",
                 f"Giặt, sấy, là; công suất {r.randint(10, 16)} tấn đồ vải/ngày",
                 f"Giấy phép môi trường số {permit} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023 của UBND tỉnh Đồng Nai"])
    for k, (pname, paddr, la, lo) in enumerate(VN_LAUNDRY_POINTS, 2):
        la, lo = round(la + r.uniform(-0.001, 0.001), 5), round(lo + r.uniform(-0.001, 0.001), 5)
        rows.append([str(k), pname, paddr, f"Vĩ độ {num(la, 'vi')}; Kinh độ {num(lo, 'vi')}", "Tiếp nhận, trả đồ; không giặt tại chỗ",
                     "Không phát sinh nước thải sản xuất"])
    doc.table("Bảng 1.1. Danh sách các địa điểm hoạt động của Công ty", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Hưng Thịnh", "lat": lat, "lon": lon})
    doc.p("Nước thải của nhà máy được xử lý sơ bộ tại hệ thống xử lý công suất 600 m³/ngày đêm trước khi đấu nối vào hệ thống thu gom "
          "của KCN Tam Phước.")
    maybe_distractor(doc)


# the car dealer's body and paint shop: (RU, KK)
DEALER = {
    "customer": ("ТОО «Жетісу Моторс»", "«Жетісу Моторс» ЖШС"),
    "legal": ("г. Алматы, Медеуский район, пр. Достык, 240, офис 12", "Алматы қ., Медеу ауданы, Достық даңғ., 240, 12-кеңсе"),
    "object": ("Кузовной и окрасочный участок дилерского центра «Жетісу Моторс»", "«Жетісу Моторс» дилерлік орталығының шанақ және бояу учаскесі"),
    "place": ("Алматинская область, Талгарский район, с. Бесагаш, Кульджинский тракт, 21",
              "Алматы облысы, Талғар ауданы, Бесағаш а., Құлжа тас жолы, 21"),
    "lab": ("ТОО «ЭкоАналитика Жетісу»", "«ЭкоАналитика Жетісу» ЖШС"),
}  # fmt: skip


def facility_ip2(doc: Doc) -> None:
    """An accredited laboratory's act of sampling industrial emissions at a car dealer's body and paint shop, with no header
    row: numbered lines `1.1` … `4.4` under four section rows spanning the table — the customer, who runs the object, with its
    BIN, legal address in Almaty and contract; the object with its place in the Talgar district, KATO, the centre of the site
    in degrees, minutes and seconds and its category written `III (третья)`; the laboratory with a BIN and an accreditation
    certificate of its own, which are no facts of the facility; the weather of the day — the instruments used in a table of no
    role after it (VI: a field sampling record at a furniture-lacquering plant of the Nam Tân Uyên park, the owner's
    enterprise number beside the monitoring firm's tax number and VIMCERTS code, decimal coordinates)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    customer, legal, obj, place, lab = (DEALER[k][L] for k in ("customer", "legal", "object", "place", "lab"))
    bin_, lab_bin = _bin(doc), _bin(doc)
    kato = _kato(doc, "1962")
    lat, lat_v = _dms(43.3178 + r.uniform(-0.003, 0.003), True, doc.lang)
    lon, lon_v = _dms(77.0531 + r.uniform(-0.003, 0.003), False, doc.lang)
    act = f"{r.randint(100, 899)}-В/26"
    day = r.randint(3, 27)
    doc.h(g(f"АКТ № {act} отбора проб промышленных выбросов", f"Өнеркәсіптік шығарындылардың сынамаларын алу туралы № {act} АКТ", ""))
    doc.p(g(f"Дата отбора: {day:02d}.03.2026. Отбор проб выполнен в рамках производственного экологического контроля на источниках "
            "выбросов окрасочно-сушильной камеры и участка подготовки поверхности.",
            f"Сынама алу күні: {day:02d}.03.2026. Сынамалар бояу-кептіру камерасы мен бетті дайындау учаскесінің шығарынды көздерінде "
            "өндірістік экологиялық бақылау шеңберінде алынды.", ""))
    rows, merges = [], []
    _span(rows, merges, g("1. Заказчик (оператор объекта)", "1. Тапсырыс беруші (объект операторы)", ""), 3)
    rows += [["1.1", g("Наименование", "Атауы", ""), customer],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal],
             ["1.4", g("Основание", "Негіздеме", ""), g(f"договор № {r.randint(11, 95)}/26-ПЭК от 15.01.2026", f"2026 жылғы 15 қаңтардағы № {r.randint(11, 95)}/26-ӨЭБ шарт", "")]]
    _span(rows, merges, g("2. Объект", "2. Объект", ""), 3)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), obj],
             ["2.2", g("Место нахождения", "Орналасқан жері", ""), place],
             ["2.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["2.4", g("Координаты центра площадки", "Алаң орталығының координаттары", ""), f"{lat}, {lon}"],
             ["2.5", g("Категория объекта", "Объект санаты", ""), g("III (третья)", "III (үшінші)", "")],
             ["2.6", g("Источники, на которых отобраны пробы", "Сынама алынған көздер", ""),
              g("окрасочно-сушильная камера, камера подготовки поверхности (2 ед.)", "бояу-кептіру камерасы, бетті дайындау камерасы (2 бірл.)", "")]]
    _span(rows, merges, g("3. Исполнитель", "3. Орындаушы", ""), 3)
    rows += [["3.1", g("Испытательная лаборатория", "Сынақ зертханасы", ""), lab],
             ["3.2", g("БИН лаборатории", "Зертхананың БСН", ""), lab_bin],
             ["3.3", g("Аттестат аккредитации", "Аккредиттеу аттестаты", ""), f"KZ.T.02.E{r.randint(1000, 1999)}"],
             ["3.4", g("Пробу отобрал", "Сынаманы алған", ""), g("инженер-химик Тулегенов А.С.", "инженер-химик Төлегенов А.С.", "")]]
    _span(rows, merges, g("4. Условия отбора", "4. Сынама алу жағдайлары", ""), 3)
    rows += [["4.1", g("Температура воздуха, °С", "Ауа температурасы, °С", ""), num(round(r.uniform(4, 14), 1), doc.lang)],
             ["4.2", g("Атмосферное давление, кПа", "Атмосфералық қысым, кПа", ""), num(round(r.uniform(91.5, 93.5), 1), doc.lang)],
             ["4.3", g("Скорость ветра, м/с", "Жел жылдамдығы, м/с", ""), num(round(r.uniform(0.5, 3.5), 1), doc.lang)],
             ["4.4", g("Режим работы камеры", "Камераның жұмыс режимі", ""), g("окраска, номинальный", "бояу, номиналды", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Жетісу Моторс", "kato": kato, "category": "III", "lat": lat_v, "lon": lon_v})
    inst = [g(["Средство измерения", "Заводской №", "Свидетельство о поверке действительно до"],
              ["Өлшеу құралы", "Зауыттық №", "Салыстырып тексеру туралы куәлік мерзімі"], []),
            [g("Аспиратор ПУ-4Э", "ПУ-4Э аспираторы", ""), str(r.randint(1000, 9999)), f"{r.randint(1, 28):02d}.11.2026"],
            [g("Газоанализатор ДАГ-500", "ДАГ-500 газоанализаторы", ""), str(r.randint(100, 999)), f"{r.randint(1, 28):02d}.08.2026"],
            [g("Трубка напорная Пито", "Пито қысым түтігі", ""), str(r.randint(10, 99)), f"{r.randint(1, 28):02d}.05.2026"],
            [g("Метеометр МЭС-200А", "МЭС-200А метеометрі", ""), str(r.randint(1000, 9999)), f"{r.randint(1, 28):02d}.12.2026"]]
    doc.table(g("Средства измерений, применявшиеся при отборе", "Сынама алу кезінде қолданылған өлшеу құралдары", ""), inst, role="other")
    doc.p(g("Пробы доставлены в лабораторию в день отбора; результаты будут оформлены протоколом испытаний.",
            "Сынамалар алынған күні зертханаға жеткізілді; нәтижелер сынақ хаттамасымен ресімделеді.", ""))


def _facility_ip2_vi(doc: Doc) -> None:
    r = doc.rng
    company = "Công ty TNHH Nội thất Gỗ Tân Uyên"
    msdn, firm_mst = _msdn(doc, "37"), _msdn(doc, "03")
    lat, lon = round(11.0512 + r.uniform(-0.003, 0.003), 5), round(106.7754 + r.uniform(-0.003, 0.003), 5)
    day = r.randint(3, 27)
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN LẤY MẪU HIỆN TRƯỜNG")
    doc.p(f"Hôm nay, ngày {day:02d}/03/2026, đoàn lấy mẫu tiến hành lấy mẫu khí thải định kỳ quý I năm 2026 tại cơ sở theo hợp đồng số "
          f"{r.randint(10, 90)}/2026/HĐ-QT.")
    rows, merges = [], []
    _span(rows, merges, "I. THÔNG TIN CƠ SỞ ĐƯỢC QUAN TRẮC", 3)
    rows += [["1", "Tên cơ sở", "Nhà máy sản xuất đồ gỗ nội thất xuất khẩu"],
             ["2", "Chủ cơ sở", company],
             ["3", "Mã số doanh nghiệp", msdn],
             ["4", "Địa chỉ", "Lô F-3, KCN Nam Tân Uyên mở rộng, Thành phố Hồ Chí Minh (trước đây thuộc tỉnh Bình Dương)"],
             ["5", "Tọa độ cơ sở (WGS-84)", f"Vĩ độ: {num(lat, 'vi')} B; Kinh độ: {num(lon, 'vi')} Đ"],
             ["6", "Giấy phép môi trường", f"Số {r.randint(200, 900)}/GPMT-UBND ngày {r.randint(1, 28):02d}/09/2024"]]
    _span(rows, merges, "II. ĐƠN VỊ QUAN TRẮC", 3)
    rows += [["7", "Tên đơn vị", "Công ty TNHH Dịch vụ Quan trắc Môi trường Sài Gòn Xanh"],
             ["8", "Mã số thuế", firm_mst],
             ["9", "Mã số VIMCERTS", f"VIMCERTS {r.randint(100, 320):03d}"],
             ["10", "Người lấy mẫu", "Nguyễn Thành Đạt, Lê Hoàng Phúc"]]
    _span(rows, merges, "III. ĐIỀU KIỆN LẤY MẪU", 3)
    rows += [["11", "Thời tiết", "Nắng nhẹ, không mưa"],
             ["12", "Nhiệt độ không khí (°C)", num(round(r.uniform(29, 34), 1), "vi")],
             ["13", "Tình trạng hoạt động", "Các buồng sơn hoạt động bình thường, đạt khoảng 85 % công suất"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Gỗ Tân Uyên", "lat": lat, "lon": lon})
    doc.table("Thiết bị lấy mẫu sử dụng", [["Tên thiết bị", "Số hiệu", "Hạn hiệu chuẩn"],
                                           ["Bộ lấy mẫu bụi isokinetic Apex XC-572", f"XC-{r.randint(1000, 9999)}", f"{r.randint(1, 28):02d}/10/2026"],
                                           ["Máy đo khí thải Testo 350", f"T-{r.randint(100, 999)}", f"{r.randint(1, 28):02d}/07/2026"],
                                           ["Bơm lấy mẫu khí SKC 224", f"S-{r.randint(100, 999)}", f"{r.randint(1, 28):02d}/12/2026"]],
              role="other")
    doc.p("Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản; mẫu được bảo quản và vận chuyển về phòng thí nghiệm trong ngày.")


# ---------------------------------------------------------------- emissions

PAINT = {
    "plant": ("Лакокрасочный завод «Алатау Бояу»", "«Алатау Бояу» лак-бояу зауыты"),
    "operator": ("ТОО «Алатау Бояу Зауыты»", "«Алатау Бояу Зауыты» ЖШС"),
    "place": ("Алматинская область, Илийский район, пос. Отеген батыр, промзона «Северная»",
              "Алматы облысы, Іле ауданы, Өтеген батыр к., «Солтүстік» өнеркәсіптік аймағы"),
}  # fmt: skip
PAINT_CODES = ("2902", "0118", "0616", "0621", "1210", "1401", "1042", "2752")
# (number, RU, KK, hours a year, {code: (low, high) g/s})
PAINT_SOURCES = (
    ("0001", "Аспирация участка загрузки пигментов и наполнителей (рукавный фильтр)",
     "Пигменттер мен толтырғыштарды тиеу учаскесінің аспирациясы (жеңді сүзгі)", 3960, {"2902": (0.01, 0.04), "0118": (0.002, 0.008)}),
    ("0002", "Вытяжная вентиляция участка диспергирования (бисерные мельницы)",
     "Диспергирлеу учаскесінің сорып шығару желдеткіші (моншақты диірмендер)", 5280,
     {"0616": (0.05, 0.15), "1042": (0.005, 0.02), "2752": (0.04, 0.12)}),
    ("0003", "Вытяжная вентиляция участка смешения и колеровки", "Араластыру және түстеу учаскесінің сорып шығару желдеткіші", 5280,
     {"0616": (0.06, 0.18), "0621": (0.02, 0.07), "1210": (0.02, 0.06), "1401": (0.01, 0.04), "2752": (0.03, 0.09)}),
    ("0004", "Вытяжная вентиляция участка фасовки", "Өлшеп-орау учаскесінің сорып шығару желдеткіші", 3960,
     {"0616": (0.02, 0.06), "0621": (0.008, 0.025), "1210": (0.006, 0.02), "2752": (0.01, 0.04)}),
    ("0005", "Дыхательные клапаны резервуаров растворителей (4 × 25 м³)", "Еріткіш резервуарларының тыныс алу клапандары (4 × 25 м³)", 8760,
     {"0616": (0.003, 0.01), "0621": (0.002, 0.008), "2752": (0.004, 0.012)}),
    ("6001", "Склад сырья и готовой продукции (бочки, IBC-контейнеры)", "Шикізат пен дайын өнім қоймасы (бөшкелер, IBC-контейнерлер)", 8760,
     {"0616": (0.001, 0.004), "2752": (0.001, 0.005)}),
)  # fmt: skip


def emissions_ip1(doc: Doc) -> None:
    """A paint plant's НДВ table turned on its side: the substances as columns, headed by their names over a row of their
    codes and a row of their classes (`ОБУВ`, `ҚӘБД` where only a safe level is set), the rows' labels (`Вещество`, `Код`,
    `Класс опасности`) standing in the unit column of the data rows; each source on two rows — `г/с` and then `т/год` in that
    unit column — its number and name merged down over both, dashes where a source does not emit a substance, a column of
    the source's total and two rows of the plant's totals at the foot, which are no emissions of a source (VI: a paint
    factory's loads by stack, the stack and its flow merged down, the concentration before g/s and tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, plant = PAINT["operator"][L], PAINT["plant"][L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}", f"{operator}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.4. Нормативы выбросов по источникам", "3.4. Көздер бойынша шығарындылар нормативтері", ""))
    doc.p(g(f"{plant} выпускает алкидные эмали и грунтовки на органических растворителях и водно-дисперсионные краски. Нормативы "
            "установлены на уровне фактических выбросов при проектной производительности; источники пронумерованы по карте-схеме "
            "(приложение 2).",
            f"{plant} органикалық еріткіштердегі алкидті эмальдар мен грунтовкаларды және су-дисперсиялық бояуларды шығарады. "
            "Нормативтер жобалық өнімділік кезіндегі нақты шығарындылар деңгейінде белгіленді; көздер карта-сызба бойынша "
            "нөмірленген (2-қосымша).", ""))
    unit_g, unit_t = "г/с", g("т/год", "т/жыл", "")
    obuv = g("ОБУВ", "ҚӘБД", "")
    width = 3 + len(PAINT_CODES) + 1
    rows = [[g("№ ИЗА", "ЛШК №", ""), g("Наименование источника выброса", "Шығарынды көзінің атауы", ""), g("Вещество", "Зат", ""),
             *(_air(doc, c) for c in PAINT_CODES), g("Всего по источнику", "Көз бойынша барлығы", "")],
            [None, None, g("Код", "Коды", ""), *PAINT_CODES, None],
            [None, None, g("Класс опасности", "Қауіптілік сыныбы", ""), *(str(_hazard(c)) if _hazard(c) else obuv for c in PAINT_CODES), None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, width - 1, 2, width - 1)]
    sums_g = dict.fromkeys(PAINT_CODES, 0.0)
    sums_t = dict.fromkeys(PAINT_CODES, 0.0)
    for number, n_ru, n_kk, hours, codes in PAINT_SOURCES:
        gs_row, ty_row = [], []
        for c in PAINT_CODES:
            if c not in codes:
                gs_row.append("–")
                ty_row.append("–")
                continue
            lo, hi = codes[c]
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.45, 0.7), 3)
            gs_row.append(num(gs, doc.lang))
            ty_row.append(num(ty, doc.lang))
            sums_g[c] += gs
            sums_t[c] += ty
            doc.add("emissions", emission(c, gs, ty, number, _hazard(c)))
        tot_g = round(sum(float(x.replace(",", ".")) for x in gs_row if x != "–"), 6)
        tot_t = round(sum(float(x.replace(",", ".")) for x in ty_row if x != "–"), 6)
        start = len(rows)
        rows.append([number, (n_ru, n_kk)[L], unit_g, *gs_row, num(tot_g, doc.lang)])
        rows.append([None, None, unit_t, *ty_row, num(tot_t, doc.lang)])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
    start = len(rows)
    rows.append([g("Итого по предприятию", "Кәсіпорын бойынша барлығы", ""), None, unit_g, *(num(round(sums_g[c], 6), doc.lang) for c in PAINT_CODES),
                 num(round(sum(sums_g.values()), 6), doc.lang)])
    rows.append([None, None, unit_t, *(num(round(sums_t[c], 6), doc.lang) for c in PAINT_CODES), num(round(sum(sums_t.values()), 6), doc.lang)])
    merges.append((start, 0, start + 1, 1))
    doc.table(g("Таблица 3.4 – Нормативы допустимых выбросов на 2026–2035 годы по источникам и веществам",
                "3.4-кесте – 2026–2035 жылдарға арналған көздер мен заттар бойынша жол берілетін шығарындылар нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in PAINT_SOURCES))
    doc.p(g("Для титана диоксида и уайт-спирита класс опасности не установлен, нормирование выполнено по ОБУВ.",
            "Титан диоксиді мен уайт-спирит үшін қауіптілік сыныбы белгіленбеген, нормалау ҚӘБД бойынша орындалды.", ""))
    maybe_distractor(doc)


# (stack, flow Nm3/h, {code: (low, high) mg/Nm3})
VN_PAINT_STACKS = (
    ("Ống thải số 1 – hệ thống lọc bụi túi vải khu nạp bột màu, bột độn", 8000, {"2902": (8, 25)}),
    ("Ống thải số 2 – tháp hấp phụ than hoạt tính khu phân tán, pha màu", 18000, {"0621": (15, 60), "0616": (20, 80), "1210": (10, 40)}),
    ("Ống thải số 3 – tháp hấp phụ than hoạt tính khu chiết rót, đóng thùng", 9000, {"0621": (8, 30), "0616": (10, 40)}),
    ("Ống thải số 4 – lò hơi đốt dầu DO 2 tấn hơi/giờ", 4500, {"2902": (20, 60), "0330": (80, 250), "0301": (90, 220), "0337": (40, 160)}),
)
VN_LABELS = {"2902": "Bụi tổng", "0621": "Toluen", "0616": "Xylen", "1210": "n-Butyl axetat", "0330": "SO2", "0301": "NOx (tính theo NO2)",
             "0337": "CO"}


def _emissions_ip1_vi(doc: Doc) -> None:
    r = doc.rng
    hours = 16 * 300
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SƠN PHƯƠNG NAM")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Chủ cơ sở: Công ty TNHH Sơn Phương Nam, KCN Mỹ Phước 3, Thành phố Hồ Chí Minh (trước đây thuộc thị xã Bến Cát, tỉnh Bình Dương). "
          f"Nhà máy hoạt động 16 giờ/ngày, 300 ngày/năm ({num(hours, 'vi')} giờ/năm). Tải lượng được tính từ lưu lượng và nồng độ trung bình "
          "đo được trong 03 đợt quan trắc năm 2025.")
    rows = [["TT", "Nguồn thải", "Lưu lượng (Nm³/giờ)", "Thông số", "Nồng độ (mg/Nm³)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (name, flow, codes) in enumerate(VN_PAINT_STACKS, 1):
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            conc = _sig(r.uniform(lo, hi), 3)
            gs = _sig(conc * flow / 3.6e6, 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, num(flow, "vi") if j == 0 else None, VN_LABELS[c],
                         num(conc, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    doc.table("Bảng 3.3. Lưu lượng, nồng độ và tải lượng khí thải tại các ống thải", rows, merges, role="emissions")
    doc.p("Ghi chú: than hoạt tính tại các tháp hấp phụ được thay định kỳ 03 tháng/lần; than thải được quản lý như chất thải nguy hại.")
    maybe_distractor(doc)


# (number, RU, KK, code, hours a year, (low, high) g/s, (low, high) t/year)
LAUNDRY_OTHER = (
    ("0004", "Дымовая труба парогенератора (природный газ, 0,5 т пара/ч)", "Бу генераторының түтін мұржасы (табиғи газ, 0,5 т бу/сағ)",
     (("0301", (0.012, 0.03), (0.15, 0.4)), ("0304", (0.002, 0.005), (0.025, 0.065)), ("0337", (0.02, 0.06), (0.3, 0.8)))),
    ("0005", "Вытяжка сушильных барабанов (после ворсоуловителей)", "Кептіру барабандарының сорғышы (түк ұстағыштардан кейін)",
     (("2917", (0.004, 0.012), (0.03, 0.09)),)),
    ("6001", "Участок пятновыводки (общеобменная вентиляция, дефлекторы)", "Дақ кетіру учаскесі (жалпы алмасу желдеткіші, дефлекторлар)",
     (("0882", (0.001, 0.004), (0.005, 0.02)),)),
)  # fmt: skip


def emissions_ip2(doc: Doc) -> None:
    """A dry cleaner's calculation of perchloroethylene by the balance of the solvent in each of its three machines — articles
    cleaned, the solvent received (the stock at the start and the purchases), the solvent returned as still residue to the
    recycler, the stock left in the tank at the year's end — whose loss is the tonnes a year the machine's vent emits, the
    hours and the greatest grams a second last; the substance and its class are told only in the caption, the kilograms of the
    balance are no emissions; then the workshop's other sources — the steam generator, the dryers' lint extraction with cotton
    dust, the spotting table — in an ordinary table with code, name and class (VI: a garment laundry's biomass boiler and
    standby generator worked out from the fuel and emission factors, section rows per source with the fuel and hours, kg/h
    before g/s and tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, workshop = AKZHUU["operator"][L], AKZHUU["workshop"][L]
    doc.h(g(f"Расчет выбросов загрязняющих веществ. {workshop}", f"{workshop}. Ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g(f"Оператор – {operator}. Выбросы перхлорэтилена определены балансовым методом по фактическим данным учета растворителя "
            "за 2025 год: потери растворителя, не возвращенные с кубовыми остатками и не оставшиеся в баках машин, принимаются "
            "равными выбросу в атмосферу через вентиляционный патрубок каждой машины.",
            f"Оператор – {operator}. Перхлорэтилен шығарындылары 2025 жылғы еріткішті есепке алудың нақты деректері бойынша баланстық "
            "әдіспен анықталды: текше қалдықтарымен қайтарылмаған және машиналардың бактарында қалмаған еріткіш шығыны әр машинаның "
            "желдету келте құбыры арқылы атмосфераға шығарындыға тең деп қабылданады.", ""))
    head = g(["№ ИЗА", "Машина (загрузка)", "Обработано изделий, т", "Поступило ПХЭ (остаток на 01.01 + закуп), кг",
              "Возвращено с кубовыми остатками, кг", "Остаток в баке на 31.12, кг", "Выброс, т/год", "Время работы, ч/год", "Максимальный выброс, г/с"],
             ["ЛШК №", "Машина (жүктемесі)", "Өңделген бұйымдар, т", "Түскен ПХЭ (01.01 қалдығы + сатып алу), кг",
              "Текше қалдықтарымен қайтарылды, кг", "31.12 бактағы қалдық, кг", "Шығарынды, т/жыл", "Жұмыс уақыты, сағ/жыл", "Ең жоғары шығарынды, г/с"], [])
    rows = [head]
    numbers = []
    for k, (model, load, _, litres) in enumerate(MACHINES, 1):
        number = f"{k:04d}"
        numbers.append(number)
        articles = round(load * r.randint(5, 7) * r.randint(280, 300) / 1000, 1)
        received = r.randint(70, 110) * 10
        residue = int(received * r.uniform(0.3, 0.42))
        tank = int(litres * 1.62 * r.uniform(0.6, 0.85))
        loss = received - residue - tank
        ty = loss / 1000
        hours = r.randint(1700, 2100)
        gs = _sig(loss * 1000 / (hours * 3600) * 3.0, 3)
        rows.append([number, f"{model} ({load} {g('кг', 'кг', '')})", num(articles, doc.lang), num(received, doc.lang), num(residue, doc.lang),
                     num(tank, doc.lang), num(ty, doc.lang), num(hours, doc.lang), num(gs, doc.lang)])
        doc.add("emissions", emission("0882", gs, ty, number, 2))
    doc.table(g(f"Таблица 3.1 – Баланс растворителя и выбросы вещества 0882 {_air(doc, '0882')} (класс опасности 2) от машин химической чистки",
                f"3.1-кесте – Химиялық тазалау машиналарынан еріткіш балансы және 0882 {_air(doc, '0882')} затының шығарындылары (2-қауіптілік сыныбы)", ""),
              rows, role="emissions")
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    for number, s_ru, s_kk, items in LAUNDRY_OTHER:
        start = len(rows)
        for j, (c, (glo, ghi), (tlo, thi)) in enumerate(items):
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), str(_hazard(c)), num(gs, doc.lang),
                         num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, _hazard(c)))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        numbers.append(number)
    doc.table(g("Таблица 3.2 – Выбросы прочих источников цеха", "3.2-кесте – Цехтың басқа көздерінің шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Максимальный разовый выброс машин принят с коэффициентом 3,0 к среднему, учитывающим стадию проветривания барабана после сушки.",
            "Машиналардың ең жоғары бір реттік шығарындысы кептіруден кейін барабанды желдету сатысын ескеретін орташаға 3,0 коэффициентімен қабылданды.", ""))
    maybe_distractor(doc)


# (section, fuel t/h, hours a year, [(code, label, factor kg/t, factor written)])
VN_FUEL_SOURCES = (
    ("1. Lò hơi đốt viên nén sinh khối 6 tấn hơi/giờ (tiêu thụ 1,2 tấn viên nén/giờ; 20 giờ/ngày, 300 ngày/năm)", 1.2, 6000,
     (("2902", "Bụi tổng", 4.4), ("0330", "SO2", 0.075), ("0301", "NOx (tính theo NO2)", 1.36), ("0337", "CO", 6.9))),
    ("2. Máy phát điện dự phòng 1.250 kVA (tiêu thụ 0,25 tấn dầu DO/giờ; 150 giờ/năm)", 0.25, 150,
     (("2902", "Bụi tổng", 0.71), ("0330", "SO2", 1.0), ("0301", "NOx (tính theo NO2)", 9.62), ("0337", "CO", 2.19))),
)


def _emissions_ip2_vi(doc: Doc) -> None:
    _, company, _, _, _ = VN_LAUNDRY
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY GIẶT CÔNG NGHIỆP HƯNG THỊNH")
    doc.h("3.1.2. Đánh giá tác động do bụi, khí thải từ lò hơi và máy phát điện")
    doc.p(f"Chủ dự án: {company}. Tải lượng ô nhiễm được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993) nhân với lượng "
          "nhiên liệu tiêu thụ; hàm lượng lưu huỳnh trong dầu DO là 0,05 %.")
    rows = [["TT", "Chất ô nhiễm", "Hệ số phát thải (kg/tấn nhiên liệu)", "Tải lượng (kg/giờ)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for section, fuel, hours, items in VN_FUEL_SOURCES:
        _span(rows, merges, section, 6)
        for k, (c, label, factor) in enumerate(items, 1):
            kgh = round(factor * fuel, 4)
            gs = _sig(kgh / 3.6, 3)
            ty = _sig(kgh * hours / 1000, 3)
            rows.append([str(k), label, num(factor, "vi"), num(kgh, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 3.6. Tải lượng ô nhiễm khí thải từ lò hơi và máy phát điện dự phòng", rows, merges, role="emissions")
    doc.p("Khí thải lò hơi được xử lý bằng hệ thống cyclon kết hợp tháp hấp thụ trước khi thải ra ống khói cao 20 m.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ((RU line, KK line), output choices t/year, [(code, RU, KK, norm kg per tonne of product)])
PAINT_LINES = (
    (("Линия ЛКМ на органических растворителях (эмали ПФ-115, грунтовки ГФ-021, лаки ПФ-283)",
      "Органикалық еріткіштердегі ЛБМ желісі (ПФ-115 эмальдары, ГФ-021 грунтовкалары, ПФ-283 лактары)"), (10500, 12000, 13500), (
        ("08 01 11*", "Отходы лакокрасочных материалов, содержащие органические растворители (брак, остатки при смене цвета)",
         "Құрамында органикалық еріткіштер бар лак-бояу материалдарының қалдықтары (ақау, түс ауыстырғандағы қалдықтар)", 1.8),
        ("14 06 03*", "Отработанные растворители от промывки мельниц и смесителей", "Диірмендер мен араластырғыштарды жуудан шыққан пайдаланылған еріткіштер", 2.4),
        ("08 01 13*", "Шламы от зачистки емкостей и бисерных мельниц", "Сыйымдылықтар мен моншақты диірмендерді тазалаудан шыққан шламдар", 0.9),
        ("15 01 10*", "Тара из-под сырья, загрязненная опасными веществами (бочки, мешки из-под пигментов)",
         "Қауіпті заттармен ластанған шикізат ыдысы (бөшкелер, пигмент қаптары)", 3.5),
        ("15 02 02*", "Отработанные фильтрующие мешки и сетки фильтров", "Пайдаланылған сүзгі қаптары мен торлары", 0.25))),
    (("Линия водно-дисперсионных красок (ВД-АК-111, ВД-АК-1180)", "Су-дисперсиялық бояулар желісі (ВД-АК-111, ВД-АК-1180)"), (5500, 6500, 7200), (
        ("08 01 12", "Отходы водно-дисперсионных красок (брак)", "Су-дисперсиялық бояулардың қалдықтары (ақау)", 1.2),
        ("08 01 20", "Водные суспензии, содержащие краски (промывные воды оборудования)", "Құрамында бояу бар су суспензиялары (жабдықты жуу сулары)", 6.0),
        ("15 01 02", "Пластиковая упаковка из-под сырья (канистры, ведра)", "Шикізаттан босаған пластик орама (канистрлер, шелектер)", 1.1))),
)  # fmt: skip
PAINT_COMMON = (
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (9.0, 14.0)),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", (6.0, 15.0)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.15)),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (3.0, 9.0)),
)


def wastes_ip1(doc: Doc) -> None:
    """A paint plant's calculation of the wastes it forms, each worked out from a specific norm per tonne of product: the
    production line and its output in tonnes a year merged down over the line's wastes, the norm in kilograms a tonne, and
    only then the amount in tonnes a year; the plant's common wastes under a row of their own with dashes for line, output
    and norm, their amounts taken from other methods; a total row (VI: a paint factory's hazardous wastes under rows naming
    the area where they form, the same code — metal drums, rags and spent carbon — in two areas with two amounts, then the
    ordinary wastes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = PAINT["operator"][L]
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {operator}", f"{operator}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("4.2. Расчет объемов образования отходов", "4.2. Қалдықтардың түзілу көлемдерін есептеу", ""))
    doc.p(g("Объемы образования производственных отходов определены по удельным нормативам образования на тонну выпускаемой продукции, "
            "установленным по данным материального баланса за 2023–2025 годы; объемы общезаводских отходов – по нормам накопления и "
            "фактическим данным.",
            "Өндірістік қалдықтардың түзілу көлемдері 2023–2025 жылдардағы материалдық баланс деректері бойынша белгіленген шығарылатын "
            "өнімнің бір тоннасына түзілудің үлестік нормативтері бойынша анықталды; жалпы зауыттық қалдықтардың көлемдері – жинақталу "
            "нормалары мен нақты деректер бойынша.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Производство", "Выпуск продукции, т/год", "Удельный норматив образования, кг/т продукции",
               "Количество, т/год"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Өндіріс", "Өнім шығару, т/жыл", "Түзілудің үлестік нормативі, кг/т өнім", "Мөлшері, т/жыл"], [])]
    merges = []
    k, total = 0, 0.0
    for (line_ru, line_kk), outputs, wastes in PAINT_LINES:
        output = doc.pick(outputs)
        start = len(rows)
        for j, (code, n_ru, n_kk, norm) in enumerate(wastes):
            k += 1
            amount = round(output * norm / 1000, 2)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), code, name, (line_ru, line_kk)[L] if j == 0 else None, num(output, doc.lang) if j == 0 else None,
                         num(norm, doc.lang), num(amount, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                               "name_contains": _words(name.split(" (")[0], 3)})
            total += amount
        merges += [(start, 3, len(rows) - 1, 3), (start, 4, len(rows) - 1, 4)]
    _span(rows, merges, g("Общезаводские отходы", "Жалпы зауыттық қалдықтар", ""), 7)
    for code, n_ru, n_kk, (lo, hi) in PAINT_COMMON:
        k += 1
        amount = round(r.uniform(lo, hi), 2 if hi >= 1 else 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, "–", "–", "–", num(amount, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name, 3)})
        total += amount
    rows.append(["", "", g("Итого", "Барлығы", ""), "", "", "", num(round(total, 3), doc.lang)])
    doc.table(g("Таблица 4.2 – Образование отходов", "4.2-кесте – Қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    doc.p(g("Отработанные растворители передаются на регенерацию; водные суспензии после отстаивания используются повторно в производстве "
            "грунтовок, избыток передается по договору.",
            "Пайдаланылған еріткіштер регенерацияға беріледі; су суспензиялары тұндырудан кейін грунтовкалар өндірісінде қайта "
            "пайдаланылады, артығы шарт бойынша беріледі.", ""))
    maybe_distractor(doc)


# (area, [(code, name, state, (low, high) kg/year)])
VN_PAINT_CTNH = (
    ("A. Xưởng sản xuất sơn gốc dung môi", (
        ("08 01 01", "Sơn và vecni thải có dung môi hữu cơ hoặc các thành phần nguy hại khác (sơn lỗi, cặn pha màu)", "Lỏng", (1800, 3200)),
        ("17 08 03", "Các loại dung môi và hỗn hợp dung môi thải khác (dung môi rửa bồn khuấy, máy nghiền)", "Lỏng", (2500, 4800)),
        ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng đựng dung môi, nhựa alkyd)", "Rắn", (3000, 6000)),
        ("18 02 01", "Giẻ lau, găng tay, vải lọc nhiễm sơn và dung môi", "Rắn", (400, 900)))),
    ("B. Xưởng sản xuất sơn gốc nước", (
        ("08 01 02", "Bùn thải có sơn hoặc vecni có dung môi hữu cơ hoặc các thành phần nguy hại khác (cặn bể lắng nước rửa thiết bị)", "Bùn",
         (1200, 2400)),
        ("18 01 03", "Bao bì cứng thải bằng nhựa (can, thùng đựng phụ gia)", "Rắn", (800, 1600)),
        ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng đựng chất tạo màng)", "Rắn", (600, 1500)))),
    ("C. Hệ thống xử lý khí thải và nước thải", (
        ("18 02 01", "Than hoạt tính thải từ tháp hấp phụ khí thải", "Rắn", (2400, 4000)),
        ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "Bùn", (3000, 7000)))),
    ("D. Văn phòng, kho và xưởng bảo dưỡng", (
        ("16 01 06", "Bóng đèn huỳnh quang thải", "Rắn", (20, 60)),
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (80, 200)))),
)  # fmt: skip
VN_PAINT_ORDINARY = (("Bao bì giấy, carton thải", (4000, 9000)), ("Pallet gỗ hư hỏng", (2000, 5000)), ("Màng PE quấn pallet", (600, 1500)),
                     ("Phế liệu kim loại từ bảo dưỡng thiết bị", (300, 900)))


def _wastes_ip1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SƠN PHƯƠNG NAM")
    doc.h("3.4. Công trình, biện pháp lưu giữ, xử lý chất thải nguy hại")
    doc.p("Khối lượng chất thải nguy hại được tổng hợp theo từng khu vực phát sinh trên cơ sở số liệu thực tế năm 2025; một số loại chất thải "
          "phát sinh ở nhiều khu vực và được thống kê riêng theo khu vực.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    merges = []
    k = 0
    for area, items in VN_PAINT_CTNH:
        _span(rows, merges, area, 5)
        for code, name, state, (lo, hi) in items:
            k += 1
            kg = r.randint(lo // 10, hi // 10) * 10
            rows.append([str(k), name, state, code, num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": _words(name.split(" (")[0], 5)})
    doc.table("Bảng 3.8. Khối lượng chất thải nguy hại phát sinh theo khu vực", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (kg/năm)"]]
    for k, (name, (lo, hi)) in enumerate(VN_PAINT_ORDINARY, 1):
        kg = r.randint(lo // 100, hi // 100) * 100
        rows.append([str(k), name, num(kg, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.9. Khối lượng chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


OPS = {
    "R2": ("R2 – регенерация растворителя", "R2 – еріткішті регенерациялау"),
    "R3": ("R3 – переработка", "R3 – қайта өңдеу"),
    "R4": ("R4 – переработка металлов", "R4 – металдарды қайта өңдеу"),
    "D9": ("D9 – демеркуризация", "D9 – демеркуризациялау"),
    "D10": ("D10 – сжигание", "D10 – жағу"),
    "D1": ("D1 – захоронение на полигоне", "D1 – полигонда көму"),
}
# (place RU, place KK, [(code, RU, KK, hazardous properties, (low, high) t/year, operation, recipient)])
AKZHUU_WASTES = (
    ("Цех химической чистки и аквачистки (г. Каскелен)", "Химиялық тазалау және аквачистка цехы (Қаскелең қ.)", (
        ("14 06 04*", "Кубовые остатки регенерации перхлорэтилена", "Перхлорэтиленді регенерациялаудың текше қалдықтары", "HP 6, HP 14",
         (1.2, 2.4), "D10", 0),
        ("14 06 02*", "Некондиционный перхлорэтилен", "Кондицияға сай емес перхлорэтилен", "HP 6, HP 14", (0.1, 0.3), "R2", 0),
        ("15 02 02*", "Отработанные фильтрующие патроны машин химической чистки", "Химиялық тазалау машиналарының пайдаланылған сүзгі патрондары",
         "HP 6, HP 14", (0.15, 0.4), "D10", 0),
        ("15 01 10*", "Тара из-под перхлорэтилена и пятновыводных средств", "Перхлорэтилен мен дақ кетіргіш заттардан босаған ыдыс", "HP 6",
         (0.05, 0.15), "R4", 0),
        ("04 02 22", "Ворс и текстильные волокна из ворсоуловителей", "Түк ұстағыштардан шыққан түк пен тоқыма талшықтары", "–", (0.3, 0.8), "D1", 1),
        ("20 01 11", "Невостребованные и испорченные текстильные изделия", "Талап етілмеген және бүлінген тоқыма бұйымдары", "–", (0.2, 0.6), "R3", 2),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "HP 6, HP 14", (0.01, 0.03), "D9", 0))),
    ("Пункты приема и выдачи заказов (4 ед.)", "Тапсырыстарды қабылдау және беру пункттері (4 бірл.)", (
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "–", (1.5, 3.0), "D1", 1),
        ("15 01 02", "Пластиковая упаковка (чехлы и пакеты для выдачи изделий)", "Пластик орама (бұйымдарды беруге арналған қаптар мен пакеттер)", "–",
         (0.4, 0.9), "R3", 2))),
)  # fmt: skip
RECIPIENTS = (("ТОО «Эко Утилизация Алматы»", "«Эко Утилизация Алматы» ЖШС"), ("ТОО «Каскелен Тазалық»", "«Қаскелең Тазалық» ЖШС"),
              ("ТОО «Текстиль Ресайклинг»", "«Текстиль Ресайклинг» ЖШС"))


def wastes_ip2(doc: Doc) -> None:
    """A dry-cleaning network's declared wastes in its declaration of impact, under rows spanning the table that name where
    they form — the workshop and, together, the four reception points — with the hazardous properties `HP 6, HP 14` (a dash
    for the others), the amount declared in tonnes a year, the operation with its code (`R2 – регенерация растворителя`,
    `D10 – сжигание`) and the recipient after it; the still residues of perchloroethylene, spent solvent, the machines'
    cartridges and the lint (VI: a garment laundry's hazardous wastes with the mean kilograms a month before the kilograms of
    the year, which alone are the amount, a class mark `NH` or `KS`, and the ordinary wastes — pumice stones, lint, boiler
    ash — in the same two units)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    workshop = AKZHUU["workshop"][L]
    doc.h(g(f"Декларация о воздействии на окружающую среду. {workshop}", f"{workshop}. Қоршаған ортаға әсер ету туралы декларация", ""))
    doc.h(g("Раздел 4. Декларируемое количество отходов", "4-бөлім. Қалдықтардың декларацияланатын мөлшері", ""))
    doc.p(g("Отходы накапливаются раздельно в местах временного хранения не более шести месяцев и передаются организациям, имеющим "
            "разрешительные документы на обращение с ними.",
            "Қалдықтар уақытша сақтау орындарында алты айдан аспайтын мерзімде бөлек жинақталады және олармен жұмыс істеуге рұқсат беру "
            "құжаттары бар ұйымдарға беріледі.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Опасные свойства", "Декларируемое количество, т/год", "Операция", "Получатель"],
              ["№", "Коды", "Қалдықтың атауы", "Қауіпті қасиеттері", "Декларацияланатын мөлшері, т/жыл", "Операция", "Алушы"], [])]
    merges = []
    k = 0
    for p_ru, p_kk, items in AKZHUU_WASTES:
        _span(rows, merges, (p_ru, p_kk)[L], 7)
        for code, n_ru, n_kk, hp, (lo, hi), op, who in items:
            k += 1
            amount = round(r.uniform(lo, hi), 2 if lo >= 0.1 else 3)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), code, name, hp, num(amount, doc.lang), OPS[op][L], RECIPIENTS[who][L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                               "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 4 – Декларируемое количество отходов на 2026 год", "4-кесте – 2026 жылға декларацияланатын қалдықтар мөлшері", ""),
              rows, merges, role="wastes")
    doc.p(g("HP 6 – острая токсичность; HP 14 – экотоксичность (по классификатору отходов).",
            "HP 6 – жіті уыттылық; HP 14 – экоуыттылық (қалдықтар сыныптауышы бойынша).", ""))
    maybe_distractor(doc)


# (name, code or None, class mark, (low, high) kg/year)
VN_WASH_WASTES = (
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải giặt tẩy", "10 02 03", "NH", (30000, 55000)),
    ("Bao bì cứng thải bằng nhựa (can đựng hóa chất giặt, tẩy, enzyme)", "18 01 03", "KS", (1500, 3500)),
    ("Bao bì cứng thải bằng kim loại (thùng phuy đựng thuốc tẩy)", "18 01 02", "KS", (400, 1200)),
    ("Giẻ lau, găng tay dính dầu, hóa chất thải", "18 02 01", "KS", (200, 600)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "NH", (20, 60)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "NH", (100, 300)),
)
VN_WASH_ORDINARY = (("Đá bọt (đá mài) thải từ công đoạn giặt mài", (60000, 120000)), ("Xơ vải, bụi vải thu từ máy sấy", (3000, 8000)),
                    ("Tro, xỉ lò hơi đốt viên nén sinh khối", (40000, 90000)), ("Bao bì giấy, carton, bao nylon thải", (5000, 12000)))


def _wastes_ip2_vi(doc: Doc) -> None:
    r = doc.rng
    _, company, _, _, _ = VN_LAUNDRY
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("2.4. Kết quả quản lý chất thải")
    doc.p("Khối lượng chất thải được tổng hợp từ chứng từ chất thải nguy hại và biên bản bàn giao với đơn vị thu gom trong năm 2025; cột "
          "trung bình tháng chỉ để theo dõi, khối lượng báo cáo là khối lượng cả năm.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Ký hiệu phân loại", "Khối lượng trung bình (kg/tháng)", "Khối lượng năm 2025 (kg/năm)"]]
    for k, (name, code, mark, (lo, hi)) in enumerate(VN_WASH_WASTES, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, code, mark, num(round(kg / 12), "vi"), num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                           "name_contains": _words(name.split(" (")[0], 5)})
    doc.table("Bảng 2.5. Chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng trung bình (kg/tháng)", "Khối lượng năm 2025 (kg/năm)", "Đơn vị tiếp nhận"]]
    for k, (name, (lo, hi)) in enumerate(VN_WASH_ORDINARY, 1):
        kg = r.randint(lo // 100, hi // 100) * 100
        rows.append([str(k), name, num(round(kg / 12), "vi"), num(kg, "vi"), "Công ty TNHH Môi trường Xanh Đồng Nai"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 2.6. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (point, RU place, KK place, (low, high) base mg/m3)
FLAT_POINTS = (
    ("Т-1", "кв. 4, 2 этаж (над цехом), жилая комната", "4-пәтер, 2-қабат (цехтың үстінде), тұрғын бөлме", (0.03, 0.08)),
    ("Т-2", "кв. 8, 3 этаж, кухня", "8-пәтер, 3-қабат, ас үй", (0.015, 0.04)),
    ("Т-3", "лестничная клетка подъезда № 1, 1 этаж", "№ 1 кіреберістің баспалдақ алаңы, 1-қабат", (0.02, 0.05)),
    ("Т-4", "детская площадка во дворе, 12 м от вентиляционного выброса", "аулалағы балалар алаңы, желдету шығарындысынан 12 м", (0.005, 0.02)),
)
PCE_MR, PCE_SS = 0.5, 0.06


def limits_ip1(doc: Doc) -> None:
    """A laboratory's protocol of perchloroethylene in a five-storey residential building whose ground floor holds a dry
    cleaner, made on the residents' complaint: a row per point — the flat over the workshop, a kitchen, the staircase, the
    children's playground — four 20-minute samples at 07:00, 13:00, 19:00 and 01:00 under a merged header, then the greatest
    of them beside the ПДК м.р. and the mean of the four, the day's concentration, beside the ПДК с.с., so that each point
    gives two limits with two different measured values; whether the daily norm is exceeded told only in the sentence after
    the table (VI: a garment laundry's waste water in two rounds, the raw water `NT1` and the treated water `NT2` under each
    round, QCVN 40:2011/BTNMT column B worked out with Kq and Kf, the raw water of no limit as a note says)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    workshop, place, lab = AKZHUU["workshop"][L], AKZHUU["place"][L], DEALER["lab"][L]
    n = r.randint(100, 399)
    day = r.randint(10, 20)
    doc.h(g(f"Протокол испытаний № {n}/А-26. Атмосферный воздух и воздух жилых помещений", f"№ {n}/А-26 сынақ хаттамасы. Атмосфералық ауа және тұрғын үй-жайлардың ауасы", ""))
    doc.p(g(f"Испытательная лаборатория: {lab}. Заказчик: {AKZHUU['operator'][0]}. Объект: {workshop}, встроенное помещение первого этажа "
            f"жилого дома ({place}). Основание: обращение жителей дома; отбор проб {day}–{day + 1}.03.2026 при работе трех машин "
            "химической чистки. Определяемое вещество: 0882 тетрахлорэтилен (перхлорэтилен), метод – газовая хроматография.",
            f"Сынақ зертханасы: {lab}. Тапсырыс беруші: {AKZHUU['operator'][1]}. Объект: {workshop}, тұрғын үйдің бірінші қабатына "
            f"кіріктірілген үй-жай ({place}). Негіздеме: үй тұрғындарының өтініші; сынамалар {day}–{day + 1}.03.2026 үш химиялық тазалау "
            "машинасы жұмыс істеп тұрған кезде алынды. Анықталатын зат: 0882 тетрахлорэтилен (перхлорэтилен), әдісі – газ хроматографиясы.", ""))
    rows = [g(["Точка отбора", "Концентрация в разовых пробах (20 мин), мг/м³", None, None, None, "Максимальная разовая, мг/м³", "ПДК м.р., мг/м³",
               "Среднесуточная (среднее из 4 проб), мг/м³", "ПДК с.с., мг/м³"],
              ["Сынама алу нүктесі", "Бір реттік сынамалардағы концентрация (20 мин), мг/м³", None, None, None, "Ең жоғары бір реттік, мг/м³",
               "ШЖК м.р., мг/м³", "Орташа тәуліктік (4 сынаманың орташасы), мг/м³", "ШЖК с.с., мг/м³"], []),
            [None, "07:00", "13:00", "19:00", "01:00", None, None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
    over = []
    for pid, p_ru, p_kk, (lo, hi) in FLAT_POINTS:
        base = r.uniform(lo, hi)
        samples = [max(0.002, round(base * r.uniform(0.6, 1.6), 3)) for _ in range(4)]
        top = max(samples)
        mean = round(sum(samples) / 4, 3)
        rows.append([f"{pid} – {(p_ru, p_kk)[L]}", *(num(s, doc.lang) for s in samples), num(top, doc.lang), num(PCE_MR, doc.lang),
                     num(mean, doc.lang), num(PCE_SS, doc.lang)])
        add(doc, limit(("code", "0882"), "air", PCE_MR, "mg/m3", "м.р.", pid, top),
            limit(("code", "0882"), "air", PCE_SS, "mg/m3", "с.с.", pid, mean))
        if mean > PCE_SS:
            over.append(pid)
    doc.table(g("Таблица 1 – Результаты определения перхлорэтилена", "1-кесте – Перхлорэтиленді анықтау нәтижелері", ""), rows, merges, role="limits")
    if over:
        doc.p(g(f"Превышение ПДК с.с. установлено в точке(ах): {', '.join(over)}. Максимальные разовые концентрации не превышают ПДК м.р.",
                f"ШЖК с.с. асып кетуі мына нүкте(лер)де анықталды: {', '.join(over)}. Ең жоғары бір реттік концентрациялар ШЖК м.р. аспайды.", ""))
    else:
        doc.p(g("Концентрации перхлорэтилена во всех точках не превышают ПДК м.р. и ПДК с.с.",
                "Барлық нүктелерде перхлорэтилен концентрациялары ШЖК м.р. және ШЖК с.с. аспайды.", ""))
    maybe_distractor(doc)


KQ, KF = 0.9, 1.0
# symbol: (unit, column B, (low, high) raw, share of Cmax treated)
WASH_QCVN40 = {"pH": (None, (5.5, 9), (9.5, 11.0), None), "BOD5": ("mg/l", 50, (250, 550), (0.3, 0.85)), "COD": ("mg/l", 150, (500, 1100), (0.3, 0.85)),
               "TSS": ("mg/l", 100, (200, 600), (0.2, 0.8)), "NH4+": ("mg/l", 10, (15, 35), (0.2, 0.8)), "TN": ("mg/l", 40, (30, 70), (0.3, 0.8)),
               "TP": ("mg/l", 6, (4, 12), (0.2, 0.8)), "Coliform": ("MPN/100ml", 5000, (20000, 90000), (0.05, 0.5))}


def _cmax40(symbol: str):
    v = WASH_QCVN40[symbol][1]
    return v if symbol in ("pH", "Coliform") else _sig(v * KQ * KF, 6)


def _limits_ip1_vi(doc: Doc) -> None:
    r = doc.rng
    d1, d2 = r.randint(3, 27), r.randint(3, 27)
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – NHÀ MÁY GIẶT TẨY HOÀN MỸ")
    doc.p("Chủ cơ sở: Công ty TNHH Giặt tẩy Hoàn Mỹ; cơ sở giặt mài, giặt tẩy hàng jean xuất khẩu tại Cụm công nghiệp Tân Đông Hiệp, Thành phố "
          "Hồ Chí Minh (trước đây thuộc tỉnh Bình Dương). Nước thải sau xử lý xả ra kênh Ba Bò; quy chuẩn áp dụng QCVN 40:2011/BTNMT cột B "
          f"với Kq = {f'{KQ:.1f}'.replace('.', ',')} và Kf = {f'{KF:.1f}'.replace('.', ',')}.")
    rows = [["TT", "Thông số", "Đơn vị", f"Đợt 1 (ngày {d1:02d}/03/2025)", None, f"Đợt 2 (ngày {d2:02d}/09/2025)", None,
             "QCVN 40:2011/BTNMT, cột B (Cmax = C × Kq × Kf)"],
            [None, None, None, "NT1", "NT2", "NT1", "NT2", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]
    for k, (s, (unit, _, (rlo, rhi), share)) in enumerate(WASH_QCVN40.items(), 1):
        cmax = _cmax40(s)
        line = [str(k), _water(doc, s), unit or "-"]
        for _ in range(2):
            if s == "pH":
                raw, treated = round(r.uniform(rlo, rhi), 1), round(r.uniform(6.8, 8.2), 1)
            elif s == "Coliform":
                raw, treated = float(r.choice((24000, 46000, 93000))), float(r.choice((430, 930, 1500, 2400)))
            else:
                raw, treated = _sig(r.uniform(rlo, rhi), 3), _sig(cmax * r.uniform(*share), 3)
            line += [num(raw, "vi"), num(treated, "vi")]
            add(doc, limit(("symbol", s), "waste_water", cmax, unit, "B", "NT2", treated))
        line.append(f"{num(cmax[0], 'vi')} – {num(cmax[1], 'vi')}" if isinstance(cmax, tuple) else num(cmax, "vi"))
        rows.append(line)
    doc.table("Bảng 3. Kết quả phân tích nước thải trước và sau hệ thống xử lý", rows, merges, role="limits")
    doc.p("Ghi chú: NT1 – hố thu nước thải trước hệ thống xử lý; NT2 – hố ga sau bể khử trùng, trước khi xả ra kênh Ba Bò. Giá trị tại NT1 chỉ "
          "dùng để đánh giá hiệu suất xử lý, không so sánh với quy chuẩn.")
    maybe_distractor(doc)


# (code, (low, high) inlet mg/Nm3 or None, norm mg/Nm3)
RTO_ROWS = (("0616", (400, 1200), 20), ("0621", (150, 500), 20), ("1210", (100, 400), 20), ("2752", (300, 900), 50), ("0337", None, 100),
            ("0301", None, 150))
FILTER_ROWS = (("2902", (800, 2500), 10), ("0118", (150, 500), 5))


def limits_ip2(doc: Doc) -> None:
    """A protocol testing the efficiency of a paint plant's gas cleaning: a row spanning the table per source — the
    regenerative thermal oxidiser that the mixing, milling and filling shops vent to, then the pigment shop's bag filter —
    under it a row per substance with its code, the concentration at the inlet of the cleaning unit, which no norm judges,
    the concentration at the outlet, the efficiency in per cent and the norm of the permit last; the products of burning the
    natural gas with dashes for inlet and efficiency, a row of the gas flow with no substance and no norm (VI: an ink
    factory's stacks in one table under QCVN 20:2009/BTNMT for the solvents and QCVN 19:2009/BTNMT column B for the boiler,
    a column naming the standard of each row)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, lab = PAINT["operator"][L], DEALER["lab"][L]
    n = r.randint(100, 399)
    doc.h(g(f"Протокол испытаний № {n}/В-26. Определение эффективности работы газоочистного оборудования",
            f"№ {n}/В-26 сынақ хаттамасы. Газ тазарту жабдығының жұмыс тиімділігін анықтау", ""))
    doc.p(g(f"Заказчик: {operator}. Исполнитель: {lab}. Замеры выполнены на входе и выходе газоочистных установок при номинальной загрузке "
            "производства; концентрации приведены к нормальным условиям. Нормативы – по экологическому разрешению на воздействие.",
            f"Тапсырыс беруші: {operator}. Орындаушы: {lab}. Өлшеулер өндірістің номиналды жүктемесі кезінде газ тазарту қондырғыларының "
            "кірісі мен шығысында орындалды; концентрациялар қалыпты жағдайларға келтірілген. Нормативтер – әсер етуге арналған экологиялық "
            "рұқсат бойынша.", ""))
    rows = [g(["Загрязняющее вещество", "Код", "Концентрация на входе, мг/нм³", "Концентрация на выходе, мг/нм³", "Степень очистки, %",
               "Норматив, мг/нм³"],
              ["Ластаушы зат", "Коды", "Кірістегі концентрация, мг/нм³", "Шығыстағы концентрация, мг/нм³", "Тазарту дәрежесі, %",
               "Норматив, мг/нм³"], [])]
    merges = []
    for number, (s_ru, s_kk), items, flow in (
        ("0007", ("ИЗА 0007 – регенеративный термический окислитель (вентсистемы В-2, В-3, В-4)",
                  "0007 ЛШК – регенеративті термиялық тотықтырғыш (В-2, В-3, В-4 желдету жүйелері)"), RTO_ROWS, (21000, 26000)),
        ("0001", ("ИЗА 0001 – рукавный фильтр участка загрузки пигментов", "0001 ЛШК – пигменттерді тиеу учаскесінің жеңді сүзгісі"), FILTER_ROWS,
         (7000, 9000)),
    ):
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        q_in = r.randint(flow[0] // 100, flow[1] // 100) * 100
        rows.append([g("Расход газовоздушной смеси, нм³/ч", "Газ-ауа қоспасының шығыны, нм³/сағ", ""), "–", num(q_in, doc.lang),
                     num(q_in + r.randint(2, 9) * 100, doc.lang), "–", "–"])
        for code, inlet, norm in items:
            out = _sig(norm * r.uniform(0.2, 0.8), 3)
            if inlet:
                cin = _sig(r.uniform(*inlet), 3)
                eff = round((1 - out / cin) * 100, 1)
                rows.append([_air(doc, code), code, num(cin, doc.lang), num(out, doc.lang), num(eff, doc.lang), num(norm, doc.lang)])
            else:
                rows.append([_air(doc, code), code, "–", num(out, doc.lang), "–", num(norm, doc.lang)])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, out))
    doc.table(g("Таблица 2 – Результаты измерений на входе и выходе газоочистных установок", "2-кесте – Газ тазарту қондырғыларының кірісі мен шығысындағы өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", {"number": "0007", "type": "organized"}, {"number": "0001", "type": "organized"})
    doc.p(g("Концентрации на выходе установок не превышают нормативов; степень очистки РТО по летучим органическим соединениям не ниже 95 %.",
            "Қондырғылар шығысындағы концентрациялар нормативтерден аспайды; РТО-ның ұшпа органикалық қосылыстар бойынша тазарту дәрежесі 95 %-дан кем емес.", ""))
    maybe_distractor(doc)


# (point, place, [(code, label, (low, high) mg/Nm3)], standard, column, factor)
VN_INK_STACKS = (
    ("KT1", "Ống thải tháp hấp phụ than hoạt tính xưởng pha mực in ống đồng",
     (("0621", "Toluen", 750, (12, 90)), ("1240", "Etyl axetat", 1400, (20, 160)), ("0616", "Xylen", 870, (5, 60)), ("1052", "Metanol", 260, (3, 30))),
     "QCVN 20:2009/BTNMT", None),
    ("KT2", "Ống khói lò dầu truyền nhiệt đốt viên nén sinh khối",
     (("2902", "Bụi tổng", 200, (30, 120)), ("0330", "SO2", 500, (20, 150)), ("0301", "NOx (tính theo NO2)", 850, (80, 300)),
      ("0337", "CO", 1000, (100, 500))),
     "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)", "B"),
)  # fmt: skip


def _limits_ip2_vi(doc: Doc) -> None:
    r = doc.rng
    q = doc.pick(("I", "II", "III", "IV"))
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {q} NĂM 2025 – CÔNG TY TNHH MỰC IN ĐÔNG Á VIỆT NAM")
    doc.p("Địa điểm: KCN Nhơn Trạch 2, tỉnh Đồng Nai. Các thông số dung môi hữu cơ được so sánh với QCVN 20:2009/BTNMT (khí thải công nghiệp "
          "đối với một số chất hữu cơ), các thông số của lò dầu truyền nhiệt với QCVN 19:2009/BTNMT cột B.")
    rows = [["Vị trí lấy mẫu", "Thông số", "Đơn vị", "Kết quả", "Quy chuẩn áp dụng", "Giá trị giới hạn"]]
    merges = []
    for pid, place, items, std, col in VN_INK_STACKS:
        start = len(rows)
        for j, (code, label, lim, (lo, hi)) in enumerate(items):
            v = _sig(r.uniform(lo, hi), 3)
            rows.append([f"{pid} – {place}" if j == 0 else None, label, "mg/Nm³", num(v, "vi"), std, num(lim, "vi")])
            add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", col, pid, v))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép của quy chuẩn tương ứng.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (number or point, RU, KK, [(kind, key)], months, frequency)
DEALER_PLAN = (
    ("0001", "Окрасочно-сушильная камера (вытяжная труба)", "Бояу-кептіру камерасы (сорғыш құбыр)",
     (("code", "0616"), ("code", "0621"), ("code", "1210"), ("code", "1401")), (3, 6, 9, 12), "quarterly"),
    ("0002", "Камера подготовки поверхности (шлифование)", "Бетті дайындау камерасы (ажарлау)", (("code", "2902"),), (4, 10), "semiannual"),
    ("0003", "Теплогенератор окрасочной камеры (природный газ)", "Бояу камерасының жылу генераторы (табиғи газ)",
     (("code", "0301"), ("code", "0337")), (7,), "yearly"),
    ("Т-1", "Граница СЗЗ – жилой дом по ул. Әлмерек, 5", "СҚА шекарасы – Әлмерек к-сі, 5 тұрғын үй", (("code", "0616"), ("code", "0621")),
     (5, 9), "semiannual"),
    ("В-1", "Выпуск сточных вод автомойки в городскую канализацию", "Автожуу ағынды суларының қалалық кәрізге шығарылымы",
     (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "Surfactants")), tuple(range(1, 13)), "monthly"),
)  # fmt: skip


def _key_label(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return f"{key} – {_air(doc, key)}" if doc.lang != "vi" else (VN_LABELS.get(key) or _air(doc, key))
    return _water(doc, key)


def monitoring_ip1(doc: Doc) -> None:
    """A car dealer's body and paint shop's plan-schedule of control for 2026 whose twelve months stand as columns in Roman
    figures under a merged header, a `+` in each month when samples are taken — four marks a quarterly duty, two a
    half-yearly one, one a yearly one, all twelve a monthly one — the frequency written nowhere else but in a count a year
    after the months; the paint booth, the sanding booth and the booth's gas heater as sources with `код – наименование`,
    a point at the protection zone's boundary and the car wash's outlet to the sewer (VI: a furniture plant's plan whose
    months of sampling are written out, `Tháng 3, 6, 9 và 12/2026`, `Tháng 6 và tháng 12/2026`)."""
    if doc.lang == "vi":
        _monitoring_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    customer, obj = DEALER["customer"][L], DEALER["object"][L]
    doc.h(g(f"План-график производственного экологического контроля на 2026 год. {obj}", f"{obj}. 2026 жылға арналған өндірістік экологиялық бақылау жоспар-кестесі", ""))
    doc.p(g(f"Оператор – {customer}. Отбор проб и анализ выполняются аккредитованной лабораторией по договору; «+» – месяц отбора проб.",
            f"Оператор – {customer}. Сынама алу мен талдауды шарт бойынша аккредиттелген зертхана орындайды; «+» – сынама алынатын ай.", ""))
    rows = [[g("№ ИЗА, точки", "ЛШК, нүкте №", ""), g("Место отбора", "Сынама алу орны", ""), g("Контролируемые вещества", "Бақыланатын заттар", ""),
             g("Месяцы 2026 года", "2026 жылдың айлары", ""), *[None] * 11, g("Всего проб в год", "Жылына барлық сынама", "")],
            [None, None, None, *ROMAN, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    pairs = []
    for number, p_ru, p_kk, keys, months, word in DEALER_PLAN:
        rows.append([number, (p_ru, p_kk)[L], "; ".join(_key_label(doc, k, v) for k, v in keys), *("+" if m in months else "" for m in range(1, 13)),
                     str(len(months))])
        where = "source_number" if number[0].isdigit() else "point"
        for kind, key in keys:
            doc.add("monitoring", {where: number, kind: key, "frequency": word})
            if where == "source_number":
                pairs.append((number, key))
    doc.table(g("Таблица 3 – План-график контроля", "3-кесте – Бақылау жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    distractor(doc, "contacts")


# (point, place, [(kind, key)], months written, frequency, standard)
VN_FURN_PLAN = (
    ("KT1", "Ống thải buồng sơn lót (sau màng nước và tháp than hoạt tính)", (("code", "2902"), ("code", "0621"), ("code", "0616")),
     "Tháng 3, 6, 9 và 12/2026", "quarterly", "QCVN 19:2009/BTNMT cột B; QCVN 20:2009/BTNMT"),
    ("KT2", "Ống thải buồng sơn phủ AC", (("code", "2902"), ("code", "0621"), ("code", "0616"), ("code", "1325")),
     "Tháng 3, 6, 9 và 12/2026", "quarterly", "QCVN 19:2009/BTNMT cột B; QCVN 20:2009/BTNMT"),
    ("KT3", "Ống thải hệ thống lọc bụi túi vải khu chà nhám, cắt", (("code", "2902"),), "Tháng 6 và tháng 12/2026", "semiannual",
     "QCVN 19:2009/BTNMT cột B"),
    ("KT4", "Ống khói lò hơi đốt viên nén mùn cưa", (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")),
     "Tháng 6 và tháng 12/2026", "semiannual", "QCVN 19:2009/BTNMT cột B"),
    ("NT1", "Nước thải sau hệ thống xử lý, trước điểm đấu nối KCN", (("symbol", "pH"), ("symbol", "COD"), ("symbol", "BOD5"), ("symbol", "TSS"),
                                                                   ("symbol", "Coliform")),
     "Tháng 3, 6, 9 và 12/2026", "quarterly", "Giới hạn tiếp nhận nước thải của KCN Nam Tân Uyên"),
)  # fmt: skip


def _monitoring_ip1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – CÔNG TY TNHH NỘI THẤT GỖ TÂN UYÊN")
    doc.p("Kế hoạch được lập theo nội dung Giấy phép môi trường của cơ sở; thời gian lấy mẫu dự kiến vào tuần thứ hai của tháng ghi trong bảng.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc", "Thời gian thực hiện", "Quy chuẩn so sánh"]]
    for k, (pid, place, keys, when, word, std) in enumerate(VN_FURN_PLAN, 1):
        rows.append([str(k), pid, place, ", ".join(_key_label(doc, kd, key) for kd, key in keys), when, std])
        doc.add("monitoring", *({"point": pid, kd: key, "frequency": word} for kd, key in keys))
    doc.table("Bảng 1. Vị trí, thông số và thời gian quan trắc", rows, role="monitoring")
    maybe_distractor(doc)


LAUNDRY_KZ = {
    "operator": ("ТОО «Таза Мата Сервис»", "«Таза Мата Сервис» ЖШС"),
    "object": ("Промышленная прачечная «Таза Мата» (г. Конаев)", "«Таза Мата» өнеркәсіптік кір жуу орны (Қонаев қ.)"),
}
# (place id, RU header, KK header)
LAUNDRY_PLACES = (
    ("0001", "ИЗА 0001 – дымовая труба котельной", "0001 ЛШК – қазандықтың түтін мұржасы"),
    ("КК-1", "КК-1 – колодец после ворсоуловителя и жироуловителя", "КК-1 – түк ұстағыш пен май ұстағыштан кейінгі құдық"),
    ("КК-2", "КК-2 – контрольный колодец перед врезкой в городскую канализацию", "КК-2 – қалалық кәрізге қосылар алдындағы бақылау құдығы"),
)
ABBR = {"monthly": ("1/мес", "1/ай"), "quarterly": ("1/кв", "1/тоқ"), "semiannual": ("1/пг", "1/жж"), "yearly": ("1/год", "1/жыл")}
# ((RU section, KK section), [(kind, key, (frequency at each place or None))])
LAUNDRY_MATRIX = (
    (("Выбросы в атмосферу", "Атмосфераға шығарындылар"), (
        ("code", "0301", ("quarterly", None, None)), ("code", "0304", ("quarterly", None, None)), ("code", "0337", ("quarterly", None, None)))),
    (("Сточные воды", "Ағынды сулар"), (
        ("symbol", "pH", (None, "monthly", "monthly")), ("symbol", "TSS", (None, "monthly", "monthly")),
        ("symbol", "Surfactants", (None, "monthly", "monthly")), ("symbol", "COD", (None, None, "monthly")),
        ("symbol", "BOD5", (None, None, "quarterly")), ("symbol", "TP", (None, None, "quarterly")), ("symbol", "TPH", (None, None, "semiannual")))),
)  # fmt: skip


def monitoring_ip2(doc: Doc) -> None:
    """An industrial laundry's ПЭК programme laid out as a matrix: the components as rows under two section rows (emissions,
    waste water), the three places — the boiler house's stack and two sewer wells, after the lint and grease traps and before
    the city sewer — as columns under a merged header, each cell an abbreviated frequency (`1/мес`, `1/кв`, `1/пг`; KK `1/ай`,
    `1/тоқ`, `1/жж`) explained in a legend under the table, a dash where the component is not measured at that place (VI: an
    adhesive and resin plant's GPMT monitoring, a row per point with its parameters in one cell, the frequency written once
    in a cell merged down over the points of each kind)."""
    if doc.lang == "vi":
        _monitoring_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, obj = LAUNDRY_KZ["operator"][L], LAUNDRY_KZ["object"][L]
    doc.h(g(f"Программа производственного экологического контроля. {obj}", f"{obj}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор – {operator}. Прачечная обрабатывает белье гостиниц и медицинских организаций (до 6 т в сутки); сточные воды после "
            "ворсоуловителя и жироуловителя отводятся в городскую канализацию по договору с водоканалом, котельная работает на природном газе.",
            f"Оператор – {operator}. Кір жуу орны қонақүйлер мен медициналық ұйымдардың кір-қоңын өңдейді (тәулігіне 6 т дейін); ағынды сулар "
            "түк ұстағыш пен май ұстағыштан кейін су құбыры-кәріз кәсіпорнымен жасалған шарт бойынша қалалық кәрізге бұрылады, қазандық табиғи газбен жұмыс істейді.", ""))
    rows = [[g("№", "№", ""), g("Контролируемый показатель", "Бақыланатын көрсеткіш", ""), g("Место контроля и периодичность", "Бақылау орны және кезеңділігі", ""),
             None, None],
            [None, None, *((p_ru, p_kk)[L] for _, p_ru, p_kk in LAUNDRY_PLACES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    k = 0
    for (s_ru, s_kk), items in LAUNDRY_MATRIX:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for kind, key, words in items:
            k += 1
            rows.append([str(k), _key_label(doc, kind, key), *(ABBR[w][L] if w else "–" for w in words)])
            for (place, _, _), w in zip(LAUNDRY_PLACES, words, strict=True):
                if w:
                    doc.add("monitoring", {("source_number" if place[0].isdigit() else "point"): place, kind: key, "frequency": w})
    doc.table(g("Таблица 2 – Мониторинг эмиссий", "2-кесте – Эмиссиялар мониторингі", ""), rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: 1/мес – один раз в месяц; 1/кв – один раз в квартал; 1/пг – один раз в полугодие; «–» – не контролируется.",
            "Шартты белгілер: 1/ай – айына бір рет; 1/тоқ – тоқсанына бір рет; 1/жж – жарты жылда бір рет; «–» – бақыланбайды.", ""))
    doc.add("sources", {"number": "0001", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, "0001") for c in ("0301", "0304", "0337")))
    maybe_distractor(doc)


# ((section, frequency said, frequency), [(point, place, [(kind, key)], standard)])
VN_GLUE_PLAN = (
    (("A. Khí thải", "06 tháng/lần", "semiannual"), (
        ("KT1", "Ống khói lò dầu truyền nhiệt đốt viên nén sinh khối", (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")),
         "QCVN 19:2009/BTNMT cột B"),
        ("KT2", "Ống thải tháp hấp thụ khu phản ứng nhựa UF, PF", (("code", "1325"), ("code", "1071"), ("code", "1052")), "QCVN 20:2009/BTNMT"),
        ("KT3", "Ống thải tháp hấp phụ than hoạt tính khu pha keo PU", (("code", "0621"), ("code", "0616"), ("code", "1240")), "QCVN 20:2009/BTNMT"))),
    (("B. Nước thải", "03 tháng/lần", "quarterly"), (
        ("NT1", "Nước thải sau bể tách phenol khu sản xuất nhựa PF", (("symbol", "pH"), ("symbol", "COD"), ("symbol", "Phenols")),
         "Giới hạn tiếp nhận của KCN Long Thành"),
        ("NT2", "Nước thải sau hệ thống xử lý cục bộ, trước điểm đấu nối KCN",
         (("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "Phenols")),
         "Giới hạn tiếp nhận của KCN Long Thành"))),
)  # fmt: skip


def _monitoring_ip2_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ")
    doc.p("Cơ sở: Nhà máy sản xuất keo dán và nhựa tổng hợp Long Thành của Công ty Cổ phần Keo dán và Nhựa Long Thành, KCN Long Thành, tỉnh "
          "Đồng Nai. Cơ sở không thuộc đối tượng quan trắc tự động, liên tục.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    k = 0
    for (section, said, word), points in VN_GLUE_PLAN:
        _span(rows, merges, section, 6)
        start = len(rows)
        for j, (pid, place, keys, std) in enumerate(points):
            k += 1
            rows.append([str(k), pid, place, ", ".join(_key_label(doc, kd, key) for kd, key in keys), said if j == 0 else None, std])
            doc.add("monitoring", *({"point": pid, kd: key, "frequency": word} for kd, key in keys))
        merges.append((start, 4, len(rows) - 1, 4))
    doc.table("Bảng 4.1. Vị trí, thông số và tần suất quan trắc định kỳ", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU object, KK object), [(RU check, KK check, frequency or None, RU said, KK said)], (RU responsible, KK responsible))
DRY_CHECKS = (
    (("Машины химической чистки (3 шт.)", "Химиялық тазалау машиналары (3 дана)"), (
        ("герметичность загрузочного люка, фильтров и соединений (галогенный течеискатель)",
         "тиеу люгінің, сүзгілер мен қосылыстардың саңылаусыздығы (галоген ағып кету іздегіші)", "weekly", "еженедельно", "апта сайын"),
        ("чистка ворсовой ловушки и кнопочного фильтра", "түк ұстағыш пен түймелі сүзгіні тазалау", "daily", "ежедневно, в конце смены",
         "күн сайын, ауысым соңында"),
        ("температура на выходе холодильного агрегата (не выше +30 °С)", "тоңазытқыш агрегаттың шығысындағы температура (+30 °С жоғары емес)", None,
         "перед каждым циклом", "әр цикл алдында")), ("оператор машины", "машина операторы")),
    (("Дистиллятор и водоотделитель", "Дистиллятор және су бөлгіш"), (
        ("уровень кубового остатка, выгрузка в герметичную тару", "текше қалдығының деңгейі, саңылаусыз ыдысқа түсіру", None,
         "после каждой дистилляции", "әр айдаудан кейін"),
        ("отсутствие растворителя в сепарационной воде", "сепарациялық суда еріткіштің болмауы", "daily", "ежедневно", "күн сайын")),
     ("мастер цеха", "цех шебері")),
    (("Угольный адсорбер", "Көмір адсорбері"), (
        ("регенерация активированного угля", "белсендірілген көмірді регенерациялау", "monthly", "1 раз в месяц", "айына 1 рет"),
        ("замена угольного картриджа", "көмір картриджін ауыстыру", "yearly", "1 раз в год", "жылына 1 рет")),
     ("сервисный инженер (по договору)", "сервистік инженер (шарт бойынша)")),
    (("Склад перхлорэтилена", "Перхлорэтилен қоймасы"), (
        ("состояние бочек и поддонов, наличие сорбента", "бөшкелер мен табандықтардың жай-күйі, сорбенттің болуы", "weekly", "еженедельно", "апта сайын"),
        ("сверка прихода и расхода растворителя по журналу", "еріткіштің кірісі мен шығысын журнал бойынша салыстыру", "monthly", "ежемесячно", "ай сайын")),
     ("заведующий складом", "қойма меңгерушісі")),
    (("Место накопления опасных отходов", "Қауіпті қалдықтарды жинақтау орны"), (
        ("маркировка и герметичность тары, срок накопления (не более 6 месяцев)", "ыдыстың таңбалануы мен саңылаусыздығы, жинақтау мерзімі (6 айдан аспайды)",
         "monthly", "1 раз в месяц", "айына 1 рет"),), ("инженер-эколог", "инженер-эколог")),
    (("Вентиляция цеха", "Цехтың желдеткіші"), (
        ("работа местных отсосов у машин и пятновыводного стола", "машиналар мен дақ кетіру үстелі жанындағы жергілікті сорғыштардың жұмысы", "daily",
         "ежедневно", "күн сайын"),
        ("инструментальная проверка эффективности вентиляции", "желдету тиімділігін аспаптық тексеру", "yearly", "1 раз в год", "жылына 1 рет")),
     ("главный инженер", "бас инженер")),
)  # fmt: skip


def inspections_ip1(doc: Doc) -> None:
    """A dry cleaner's schedule of checking its machines, still, carbon adsorber, solvent store, waste store and ventilation,
    a row per object with several checks in one cell, one to a line and numbered `1)`, `2)`, beside a frequency cell whose
    lines answer them in the same order, the responsible once for the object; checks before each cycle and after each
    distillation that are no frequency of the contract (VI: a garment laundry's treatment plant, `Nội dung kiểm tra` and `Tần
    suất` as paired lines, checks every shift and after each press batch without a frequency)."""
    if doc.lang == "vi":
        _inspections_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    workshop = AKZHUU["workshop"][L]
    doc.h(g(f"График производственного контроля оборудования, работающего с перхлорэтиленом. {workshop}",
            f"{workshop}. Перхлорэтиленмен жұмыс істейтін жабдықты өндірістік бақылау кестесі", ""))
    doc.p(g("Утвержден директором. Результаты проверок заносятся в журнал контроля оборудования; при обнаружении утечки машина "
            "останавливается до устранения неисправности.",
            "Директор бекітті. Тексеру нәтижелері жабдықты бақылау журналына енгізіледі; ағып кету анықталған кезде машина ақау жойылғанға "
            "дейін тоқтатылады.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", "Ответственный"],
              ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    for k, ((o_ru, o_kk), checks, (w_ru, w_kk)) in enumerate(DRY_CHECKS, 1):
        who = (w_ru, w_kk)[L]
        what = [(c_ru, c_kk)[L] for c_ru, c_kk, *_ in checks]
        said = [(s_ru, s_kk)[L] for *_, s_ru, s_kk in checks]
        if len(checks) > 1:
            what = [f"{i}) {t}" for i, t in enumerate(what, 1)]
            said = [f"{i}) {t}" for i, t in enumerate(said, 1)]
        rows.append([str(k), (o_ru, o_kk)[L], "\n".join(what), "\n".join(said), who])
        for (c_ru, c_kk, word, _, _) in checks:
            item = {"kind": "inspection", "text_contains": _words((c_ru, c_kk)[L], 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Приложение 1. График контроля", "1-қосымша. Бақылау кестесі", ""), rows, role="inspections")
    distractor(doc, "approval")


# (object, [(check, frequency or None, said)], responsible)
VN_WWTP_CHECKS = (
    ("Song chắn rác, bể lắng cát và bể điều hòa", (
        ("Vớt rác, xơ vải tại song chắn rác", "daily", "Hằng ngày"),
        ("Kiểm tra bơm chìm và máy thổi khí bể điều hòa", "daily", "Hằng ngày"),
        ("Nạo vét cặn đá bọt tại bể lắng cát", "weekly", "Hằng tuần")), "Nhân viên vận hành HTXLNT"),
    ("Cụm xử lý hóa lý (keo tụ, tạo bông)", (
        ("Kiểm tra liều lượng PAC, polymer và pH phản ứng", None, "Mỗi ca"),
        ("Hiệu chuẩn đầu đo pH", "monthly", "01 tháng/lần")), "Tổ trưởng tổ vận hành"),
    ("Bể sinh học hiếu khí", (
        ("Đo oxy hòa tan và SV30 bể hiếu khí", "daily", "Hằng ngày"),
        ("Kiểm tra đĩa phân phối khí", "quarterly", "03 tháng/lần")), "Tổ trưởng tổ vận hành"),
    ("Máy ép bùn và kho chứa bùn", (
        ("Cân khối lượng bùn ép, ghi sổ theo dõi", None, "Sau mỗi mẻ ép"),
        ("Tình trạng kho chứa bùn, biển cảnh báo", "weekly", "Hằng tuần")), "Phòng An toàn – Môi trường"),
    ("Đồng hồ đo lưu lượng nước thải đầu ra", (
        ("Ghi chỉ số lưu lượng vào sổ nhật ký vận hành", "daily", "Hằng ngày"),
        ("Kiểm định đồng hồ đo lưu lượng", "yearly", "12 tháng/lần")), "Phòng An toàn – Môi trường"),
)


def _inspections_ip1_vi(doc: Doc) -> None:
    _, company, _, _, _ = VN_LAUNDRY
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA HỆ THỐNG XỬ LÝ NƯỚC THẢI NĂM 2026 – {company.upper()}")
    doc.p("Hệ thống xử lý nước thải công suất 600 m³/ngày đêm; kết quả kiểm tra được ghi vào sổ nhật ký vận hành và báo cáo Phòng An toàn – "
          "Môi trường hằng tháng.")
    rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    for k, (obj, checks, who) in enumerate(VN_WWTP_CHECKS, 1):
        rows.append([str(k), obj, "\n".join(f"- {c}" for c, _, _ in checks), "\n".join(f"- {s}" for _, _, s in checks), who])
        for check, word, _ in checks:
            item = {"kind": "inspection", "text_contains": _words(check, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung và tần suất tự kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


METAL = {
    "operator": ("ТОО «Каскелен Металл Конструкция»", "«Қаскелең Металл Конструкция» ЖШС"),
}
# ((RU unit, KK unit), [(RU check, KK check, frequency or None, RU said, KK said, RU who, KK who)])
POWDER_UNITS = (
    (("Агрегат химической подготовки поверхности (обезжиривание, фосфатирование, промывки)",
      "Бетті химиялық дайындау агрегаты (майсыздандыру, фосфаттау, шаю)"), (
        ("Концентрация и pH ванн обезжиривания и фосфатирования", "Майсыздандыру және фосфаттау ванналарының концентрациясы мен pH", None,
         "ежесменно", "әр ауысым сайын", "оператор линии", "желі операторы"),
        ("Уровень промывных ванн, отсутствие протечек в поддон", "Шаю ванналарының деңгейі, табандыққа ағып кетудің болмауы", "daily",
         "ежедневно", "күн сайын", "оператор линии", "желі операторы"),
        ("Очистка форсунок и замена фильтров ванн", "Шашыратқыштарды тазалау және ванна сүзгілерін ауыстыру", "weekly", "еженедельно", "апта сайын",
         "механик участка", "учаске механигі"),
        ("Удаление шлама фосфатирования, маркировка тары", "Фосфаттау шламын жою, ыдысты таңбалау", "monthly", "1 раз в месяц", "айына 1 рет",
         "мастер участка окраски", "бояу учаскесінің шебері"))),
    (("Камера напыления с системой рекуперации порошка", "Ұнтақты рекуперациялау жүйесі бар бүрку камерасы"), (
        ("Перепад давления на картриджных фильтрах", "Картриджді сүзгілердегі қысым айырмасы", None, "ежесменно", "әр ауысым сайын",
         "оператор линии", "желі операторы"),
        ("Продувка и очистка картриджей", "Картридждерді үрлеу және тазалау", None, "каждые 500 моточасов", "әр 500 мотосағат сайын",
         "механик участка", "учаске механигі"),
        ("Полная очистка камеры и циклона", "Камера мен циклонды толық тазалау", None, "при смене цвета", "түс ауыстырған кезде",
         "оператор линии", "желі операторы"),
        ("Целостность фильтров тонкой очистки на выбросе", "Шығарындыдағы жұқа тазарту сүзгілерінің бүтіндігі", "weekly", "еженедельно",
         "апта сайын", "инженер-эколог", "инженер-эколог"))),
    (("Печь полимеризации и сушильная камера (газовые горелки)", "Полимерлеу пеші және кептіру камерасы (газ жанарғылары)"), (
        ("Настройка горелок, содержание CO в дымовых газах", "Жанарғыларды баптау, түтін газдарындағы CO мөлшері", "quarterly",
         "1 раз в квартал", "тоқсанына 1 рет", "энергетик", "энергетик"),
        ("Температурный режим печи по регистратору", "Тіркегіш бойынша пештің температуралық режимі", "daily", "ежедневно", "күн сайын",
         "мастер участка окраски", "бояу учаскесінің шебері"))),
    (("Локальные очистные сооружения промывных вод", "Шаю суларының жергілікті тазарту құрылыстары"), (
        ("pH и прозрачность очищенной воды", "Тазартылған судың pH және мөлдірлігі", "daily", "ежедневно", "күн сайын", "оператор ЛОС",
         "ЖТҚ операторы"),
        ("Выгрузка осадка с фильтр-пресса", "Сүзгі-престен тұнбаны түсіру", None, "по мере накопления", "жиналуына қарай", "оператор ЛОС",
         "ЖТҚ операторы"),
        ("Состояние площадки накопления отходов", "Қалдықтарды жинақтау алаңының жай-күйі", "monthly", "ежемесячно", "ай сайын", "инженер-эколог",
         "инженер-эколог"))),
)  # fmt: skip


def inspections_ip2(doc: Doc) -> None:
    """A metal-structures plant's regulation of maintenance and environmental checks on its powder-coating line, items `1.1`
    under rows spanning the table that name the line's units — pretreatment tunnel, spray booth with powder recovery, curing
    oven, the local treatment of rinse water — the check, how often and who; checks every shift, every 500 running hours, at
    each change of colour or as the sludge builds up, which are no frequency of the contract, beside daily, weekly,
    monthly and quarterly ones (VI: a furniture plant's table of checks on its water-curtain spray booths, carbon towers,
    bag filters, chemical store and hazardous-waste store, items `A.1`, `Mỗi ca` and `Sau mỗi 300 giờ vận hành` without a
    frequency)."""
    if doc.lang == "vi":
        _inspections_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = METAL["operator"][L]
    doc.h(g(f"Регламент технического обслуживания и экологического контроля линии порошковой окраски. {operator}",
            f"{operator}. Ұнтақты бояу желісіне техникалық қызмет көрсету және экологиялық бақылау регламенті", ""))
    doc.p(g("Линия предназначена для окраски металлоконструкций полиэфирными порошковыми красками производительностью до 120 тыс. м² в год. "
            "Отметки о выполнении проверок вносятся в вахтенный журнал линии.",
            "Желі металл конструкцияларды жылына 120 мың м²-ге дейінгі өнімділікпен полиэфирлі ұнтақ бояулармен бояуға арналған. "
            "Тексерулердің орындалғаны туралы белгілер желінің вахта журналына енгізіледі.", ""))
    rows = [g(["№", "Что проверяется", "Периодичность", "Исполнитель"], ["№", "Не тексеріледі", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    for u, ((u_ru, u_kk), checks) in enumerate(POWDER_UNITS, 1):
        _span(rows, merges, f"{u}. {(u_ru, u_kk)[L]}", 4)
        for k, (c_ru, c_kk, word, s_ru, s_kk, w_ru, w_kk) in enumerate(checks, 1):
            what, who = (c_ru, c_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{u}.{k}", what, (s_ru, s_kk)[L], who])
            item = {"kind": "inspection", "number": f"{u}.{k}", "text_contains": _words(what, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – Перечень проверок", "1-кесте – Тексерулер тізбесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# (section, [(check, frequency or None, said, who)])
VN_BOOTH_CHECKS = (
    ("A. Buồng sơn màng nước (06 buồng)", (
        ("Mực nước và độ đều của màng nước", None, "Mỗi ca", "Tổ trưởng tổ sơn"),
        ("Vớt cặn sơn trong bể nước tuần hoàn", "daily", "Hằng ngày", "Tổ trưởng tổ sơn"),
        ("Thay nước bể tuần hoàn, chuyển cặn sơn về kho CTNH", "monthly", "01 tháng/lần", "Nhân viên bảo trì"))),
    ("B. Tháp hấp phụ than hoạt tính", (
        ("Chênh áp qua lớp than hoạt tính", "weekly", "Hằng tuần", "Nhân viên bảo trì"),
        ("Thay than hoạt tính", None, "Sau mỗi 300 giờ vận hành", "Nhân viên bảo trì"))),
    ("C. Hệ thống lọc bụi túi vải khu chà nhám", (
        ("Rũ bụi túi lọc và xả bụi từ phễu thu", "daily", "Hằng ngày", "Công nhân vận hành"),
        ("Kiểm tra túi lọc rách, thủng", "monthly", "01 tháng/lần", "Nhân viên bảo trì"))),
    ("D. Kho hóa chất, sơn và dung môi", (
        ("Sắp xếp, dán nhãn, phiếu an toàn hóa chất", "weekly", "Hằng tuần", "Thủ kho"),
        ("Thiết bị chữa cháy và vật liệu thấm hút tràn đổ", "monthly", "01 tháng/lần", "Thủ kho"))),
    ("E. Khu lưu giữ chất thải nguy hại", (
        ("Mã CTNH trên thiết bị lưu chứa, gờ chống tràn", "quarterly", "03 tháng/lần", "Cán bộ môi trường"),)),
)


def _inspections_ip2_vi(doc: Doc) -> None:
    doc.h("BẢNG KIỂM TRA ĐỊNH KỲ CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – CÔNG TY TNHH NỘI THẤT GỖ TÂN UYÊN")
    doc.p("Ban hành kèm theo Quy trình vận hành các công trình xử lý khí thải xưởng sơn; người kiểm tra ký xác nhận vào sổ theo dõi.")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"]]
    merges = []
    for section, checks in VN_BOOTH_CHECKS:
        _span(rows, merges, section, 4)
        letter = section[0]
        for k, (what, word, said, who) in enumerate(checks, 1):
            rows.append([f"{letter}.{k}", what, said, who])
            item = {"kind": "inspection", "number": f"{letter}.{k}", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

ROADPAINT = {"operator": ("ТОО «Жол Белгі Пэйнт»", "«Жол Белгі Пэйнт» ЖШС")}
# ((RU section, KK section), [(RU, KK, RU volume, KK volume, (start, end) quarters, sums thousand tenge by year, (RU who, KK who)) or None])
ROAD_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), (
        ("Установка рукавного фильтра на участке приготовления термопластика", "Термопластик дайындау учаскесіне жеңді сүзгі орнату",
         "1 комплект", "1 жиынтық", ("II кв. 2026", "IV кв. 2026"), (18400, None, None), ("главный механик", "бас механик")),
        ("Перевод производства разметочной краски АК-511 на водно-дисперсионную рецептуру",
         "АК-511 таңбалау бояуының өндірісін су-дисперсиялық рецептураға көшіру", "2 рецептуры", "2 рецептура", ("I кв. 2026", "IV кв. 2027"),
         (6500, 9200, None), ("главный технолог", "бас технолог")),
        None,
        ("Инвентаризация источников выбросов и корректировка нормативов допустимых выбросов",
         "Шығарынды көздерін түгендеу және жол берілетін шығарындылар нормативтерін түзету", "1 отчет", "1 есеп", ("I кв. 2028", "II кв. 2028"),
         (None, None, 3200), ("инженер-эколог", "инженер-эколог")))),
    (("2. Охрана водных ресурсов", "2. Су ресурстарын қорғау"), (
        ("Устройство локальных очистных сооружений ливневых стоков с площадки хранения сырья",
         "Шикізат сақтау алаңынан нөсер ағындарының жергілікті тазарту құрылыстарын салу", "1 объект", "1 объект", ("II кв. 2027", "III кв. 2028"),
         (None, 24600, 11800), ("заместитель директора по строительству", "құрылыс жөніндегі директордың орынбасары")),)),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс істеу"), (
        ("Оборудование площадки накопления опасных отходов навесом и бетонным поддоном",
         "Қауіпті қалдықтарды жинақтау алаңын қалқамен және бетон табандықпен жабдықтау", "60 м²", "60 м²", ("II кв. 2026", "III кв. 2026"),
         (4300, None, None), ("начальник производства", "өндіріс бастығы")),
        ("Передача отходов ЛКМ и тары специализированной организации на утилизацию",
         "ЛБМ қалдықтары мен ыдысты кәдеге жарату үшін мамандандырылған ұйымға беру", "ежегодно", "жыл сайын", ("I кв. 2026", "IV кв. 2028"),
         (1200, 1300, 1400), ("инженер-эколог", "инженер-эколог")))),
    (("4. Озеленение", "4. Көгалдандыру"), (
        ("Озеленение территории и санитарно-защитной зоны (посадка 250 саженцев карагача и тополя)",
         "Аумақты және санитариялық-қорғаныш аймағын көгалдандыру (250 шегіршін мен терек көшетін отырғызу)", "250 шт.", "250 дана",
         ("II кв. 2026", "II кв. 2027"), (2100, 1900, None), ("заведующий хозяйством", "шаруашылық меңгерушісі")),)),
)  # fmt: skip


def tasks_ip1(doc: Doc) -> None:
    """A road-marking paint producer's plan of nature-protection measures for 2026–2028 in the official form: items `1.1`
    under rows spanning the table per direction, the volume, the whole cost, the source of money, the term as two
    sub-columns `начало | окончание` under a merged header, the money by year as three more, the responsible last; one item
    kept only by its number and struck out — `Исключено …` written across the rest of its row because the measure was done in
    2025 — which is no task (VI: a paint factory's plan of cutting VOC in 2026 with the four quarters as columns marked `x`,
    the lead and the partner units, the money last)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ip1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = ROADPAINT["operator"][L]
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Предприятие (Алматинская область, Талгарский район) выпускает краски для дорожной разметки (АК-511, ЭП-5155) и термопластик; "
            "план составлен к экологическому разрешению на воздействие и утвержден директором.",
            "Кәсіпорын (Алматы облысы, Талғар ауданы) жол таңбалауға арналған бояулар (АК-511, ЭП-5155) мен термопластик шығарады; жоспар "
            "әсер етуге арналған экологиялық рұқсатқа жасалып, директор бекіткен.", ""))
    years = ("2026", "2027", "2028")
    head0 = g(["№ п/п", "Наименование мероприятия", "Объем работ", "Общая стоимость, тыс. тенге", "Источник финансирования", "Срок выполнения", None,
               "В том числе по годам, тыс. тенге", None, None, "Ответственный"],
              ["Р/с №", "Іс-шараның атауы", "Жұмыс көлемі", "Жалпы құны, мың теңге", "Қаржыландыру көзі", "Орындау мерзімі", None,
               "Оның ішінде жылдар бойынша, мың теңге", None, None, "Жауапты"], [])
    head1 = [None] * 5 + g(["начало", "окончание"], ["басталуы", "аяқталуы"], []) + list(years) + [None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 0, 9), (0, 10, 1, 10)]
    own = g("собственные средства", "меншікті қаражат", "")
    for s, ((s_ru, s_kk), items) in enumerate(ROAD_PLAN, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 11)
        for k, item in enumerate(items, 1):
            number = f"{s}.{k}"
            if item is None:
                rows.append([number, g(f"Исключено: мероприятие выполнено в 2025 году (акт ввода в эксплуатацию № {r.randint(3, 19)} от 18.11.2025)",
                                       f"Алып тасталды: іс-шара 2025 жылы орындалды (2025 жылғы 18 қарашадағы № {r.randint(3, 19)} пайдалануға беру актісі)", ""),
                             *[None] * 9])
                merges.append((len(rows) - 1, 1, len(rows) - 1, 10))
                continue
            t_ru, t_kk, v_ru, v_kk, (start, end), sums, (w_ru, w_kk) = item
            text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
            if L:
                start, end = start.replace("кв.", "тоқ."), end.replace("кв.", "тоқ.")
            rows.append([number, text, (v_ru, v_kk)[L], num(sum(x or 0 for x in sums), doc.lang), own, start, end,
                         *(num(x, doc.lang) if x else "–" for x in sums), who])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Приложение 3. План мероприятий по охране окружающей среды", "3-қосымша. Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""),
              rows, merges, role="tasks")
    maybe_distractor(doc)


# (task, lead, partner, quarters, million đồng)
VN_VOC_PLAN = (
    ("Thay thế toluen bằng dung môi gốc este trong công thức sơn alkyd", "Phòng Nghiên cứu – Phát triển", "Xưởng sơn gốc dung môi", (1, 2), "350"),
    ("Lắp nắp kín và hệ thống hút cục bộ cho 08 bồn khuấy phân tán", "Phòng Kỹ thuật – Bảo trì", "Xưởng sơn gốc dung môi", (2, 3), "1.250"),
    ("Bổ sung tầng than hoạt tính thứ hai cho tháp hấp phụ ống thải số 2", "Phòng Kỹ thuật – Bảo trì", "Phòng An toàn – Môi trường", (3,), "780"),
    ("Lắp đặt hệ thống thu hồi hơi dung môi tại bồn chứa ngầm", "Ban Quản lý dự án", "Phòng Kỹ thuật – Bảo trì", (3, 4), "2.100"),
    ("Kiểm kê phát thải VOC và lập báo cáo cân bằng dung môi năm 2026", "Phòng An toàn – Môi trường", "Phòng Kế hoạch – Vật tư", (4,), "120"),
    ("Đào tạo công nhân về thao tác pha màu hạn chế bay hơi dung môi", "Phòng Hành chính – Nhân sự", "Phòng An toàn – Môi trường", (1,), "45"),
)


def _tasks_ip1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH GIẢM PHÁT THẢI HỢP CHẤT HỮU CƠ BAY HƠI (VOC) NĂM 2026 – NHÀ MÁY SƠN PHƯƠNG NAM")
    doc.p("Kế hoạch được Giám đốc nhà máy phê duyệt; dấu (x) thể hiện quý thực hiện.")
    rows = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ thực hiện năm 2026", None, None, None,
             "Kinh phí dự kiến (triệu đồng)"],
            [None, None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7), (0, 8, 1, 8)]
    for k, (text, lead, partner, quarters, money) in enumerate(VN_VOC_PLAN, 1):
        rows.append([str(k), text, lead, partner, *("x" if q in quarters else "" for q in range(1, 5)), money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Các nội dung thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU stage, KK stage), [(RU task, KK task, responsible key)])
WET_STAGES = (
    (("Этап 1. Подготовительный (срок – до 30 июня 2026 г.)", "1-кезең. Дайындық (мерзімі – 2026 жылғы 30 маусымға дейін)"), (
        ("Провести обследование вентиляции цеха и электрических сетей под новое оборудование",
         "Жаңа жабдық үшін цехтың желдеткіші мен электр желілерін зерттеп-қарау", "eng"),
        ("Разработать технологический регламент аквачистки для основных видов изделий",
         "Бұйымдардың негізгі түрлері үшін аквачистканың технологиялық регламентін әзірлеу", "tech"),
        ("Обучить операторов работе на оборудовании аквачистки", "Операторларды аквачистка жабдығында жұмыс істеуге оқыту", "hr"))),
    (("Этап 2. Замена оборудования (срок – III–IV кварталы 2026 г.)", "2-кезең. Жабдықты ауыстыру (мерзімі – 2026 жылғы III–IV тоқсандар)"), (
        ("Заменить машину Firbimatic Smart 40 установкой аквачистки на 40 кг",
         "Firbimatic Smart 40 машинасын 40 кг-ға арналған аквачистка қондырғысымен ауыстыру", "eng"),
        ("Вывести из эксплуатации машину Union XL 8040 и передать ее на утилизацию",
         "Union XL 8040 машинасын пайдаланудан шығарып, кәдеге жаратуға беру", "eng"),
        ("Передать остатки перхлорэтилена и кубовые остатки специализированной организации",
         "Перхлорэтилен қалдықтары мен текше қалдықтарын мамандандырылған ұйымға беру", "eco"))),
    (("Этап 3. Завершение (срок – I квартал 2027 г.)", "3-кезең. Аяқтау (мерзімі – 2027 жылғы I тоқсан)"), (
        ("Внести изменения в декларацию о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларацияға өзгерістер енгізу", "eco"),
        ("Провести замеры перхлорэтилена в квартирах над цехом после перехода",
         "Көшуден кейін цехтың үстіндегі пәтерлерде перхлорэтиленді өлшеу", "eco"))),
)  # fmt: skip
WET_PEOPLE = {
    "eng": ("Нурланов Е.К., главный инженер", "Нұрланов Е.Қ., бас инженер", "Нурланов"),
    "tech": ("Сейткали А.Б., технолог", "Сейітқали А.Б., технолог", "Сейткали"),
    "hr": ("Ким Н.В., менеджер по персоналу", "Ким Н.В., персонал жөніндегі менеджер", "Ким"),
    "eco": ("Абенова Д.С., инженер-эколог", "Әбенова Д.С., инженер-эколог", "Абенова"),
}


def tasks_ip2(doc: Doc) -> None:
    """A dry-cleaning network's plan of passing its workshop from perchloroethylene to wet cleaning, the measures numbered
    straight through under three stage rows spanning the table, each stage row carrying the only deadline of its measures,
    the responsible written with initials and position (`Нурланов Е.К., главный инженер`) and a column for the mark of
    completion left empty (VI: an adhesive plant's plan of remedying the findings of the provincial Department's inspection,
    the finding merged down over its one or two measures, only the measures — items `1.1`, `2.2` — being tasks, the term and
    the responsible unit per measure)."""
    if doc.lang == "vi":
        _tasks_ip2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, workshop = AKZHUU["operator"][L], AKZHUU["workshop"][L]
    doc.h(g(f"План перехода на технологию аквачистки. {workshop}", f"{workshop}. Аквачистка технологиясына көшу жоспары", ""))
    doc.p(g(f"Утвержден решением участников {operator} в связи с обращением жителей жилого дома и для отказа от использования перхлорэтилена.",
            f"Тұрғын үй тұрғындарының өтінішіне байланысты және перхлорэтилен пайдаланудан бас тарту үшін {operator} қатысушыларының шешімімен бекітілді.", ""))
    rows = [g(["№", "Мероприятие", "Ответственный (Ф.И.О., должность)", "Отметка о выполнении"],
              ["№", "Іс-шара", "Жауапты (Т.А.Ә., лауазымы)", "Орындалғаны туралы белгі"], [])]
    merges = []
    n = 0
    for (st_ru, st_kk), items in WET_STAGES:
        _span(rows, merges, (st_ru, st_kk)[L], 4)
        for t_ru, t_kk, key in items:
            n += 1
            text = (t_ru, t_kk)[L]
            person = WET_PEOPLE[key]
            rows.append([str(n), text, person[L], ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": person[2] if L == 0 else person[1].split()[0]})
    doc.table(g("Таблица 1 – Мероприятия по этапам", "1-кесте – Кезеңдер бойынша іс-шаралар", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (finding, [(measure, term, unit)])
VN_FINDINGS = (
    ("Chưa thực hiện quan trắc khí thải định kỳ tại ống thải KT2 trong 06 tháng đầu năm 2025", (
        ("Ký hợp đồng với đơn vị có chứng nhận VIMCERTS để quan trắc bổ sung tại ống thải KT2", "Tháng 01/2026", "Phòng An toàn – Môi trường"),
        ("Lập kế hoạch quan trắc năm 2026 và theo dõi việc thực hiện hằng quý", "Tháng 01/2026", "Phòng An toàn – Môi trường"))),
    ("Khu vực lưu giữ chất thải nguy hại chưa có gờ chống tràn, chưa có biển cảnh báo theo TCVN 6707:2009", (
        ("Xây gờ chống tràn cao 15 cm và rãnh thu chất lỏng rò rỉ tại kho CTNH", "Quý I/2026", "Phòng Kỹ thuật"),
        ("Lắp biển cảnh báo, dán mã CTNH trên các thiết bị lưu chứa", "Tháng 01/2026", "Phòng An toàn – Môi trường"))),
    ("Nước thải sau bể tách phenol có thông số Tổng phenol vượt giới hạn tiếp nhận của KCN 1,3 lần", (
        ("Bổ sung bậc oxy hóa Fenton sau bể tách phenol khu sản xuất nhựa PF", "Quý II/2026", "Ban Quản lý dự án"),)),
    ("Chưa ghi chép sổ theo dõi vận hành tháp hấp thụ khí thải KT2", (
        ("Ban hành mẫu sổ theo dõi và hướng dẫn công nhân ghi chép hằng ca", "Tháng 02/2026", "Xưởng Nhựa tổng hợp"),)),
)


def _tasks_ip2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA – CÔNG TY CỔ PHẦN KEO DÁN VÀ NHỰA LONG THÀNH")
    doc.p(f"Căn cứ Kết luận kiểm tra số {r.randint(100, 900)}/KL-SNNMT ngày {r.randint(1, 28):02d}/11/2025 của Sở Nông nghiệp và Môi trường tỉnh "
          "Đồng Nai về việc chấp hành pháp luật bảo vệ môi trường, Công ty xây dựng kế hoạch khắc phục như sau:")
    rows = [["TT", "Nội dung tồn tại theo Kết luận kiểm tra", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận chịu trách nhiệm", "Ghi chú"]]
    merges = []
    for f, (finding, measures) in enumerate(VN_FINDINGS, 1):
        start = len(rows)
        for m, (measure, term, unit) in enumerate(measures, 1):
            rows.append([f"{f}.{m}", finding if m == 1 else None, measure, term, unit, ""])
            doc.add("obligations", {"kind": "task", "number": f"{f}.{m}", "text_contains": _words(measure, 5), "actor_contains": unit})
        if len(measures) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Phụ lục. Kế hoạch khắc phục", rows, merges, role="tasks")
    doc.p("Công ty sẽ báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 30/6/2026.")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IP{k}", globals()[f"{role}_ip{k}"]) for role in ROLES for k in (1, 2)]
