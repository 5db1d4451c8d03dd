"""A blind held-out set (two layouts per role, `IV1` and `IV2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: liquefied gas and gas distribution. Kazakhstan: LPG bottling stations (газонаполнительные станции, ГНС) and LPG
filling points (ГНП) of Almaty oblast's Ili and Karasai districts with their tank parks, rail unloading racks, cylinder
degassing, steaming, shot-blasting, painting and requalification shops, a city gas distribution company's branches in
Almaty with their gas regulating points (ГРП, ГГРП), cabinet points (ШРП), odorization units and medium- and low-pressure
pipelines, and CNG filling stations for city buses at Shymkent, Astana and Karaganda with their gas-engine compressor
drives and boiler houses (an oblast energy department's list of stations sent to the Department of Ecology, an act
accepting a CNG station into operation, an НДВ list of a gas distribution branch, a cylinder shop's calculation from
specific emissions, a ПЭК report's wastes with `в том числе` rows, a statement of the movement of wastes, a protocol of
air at the protection zone's boundary, a protocol of stack measurements in three runs, a ПЭК programme with source numbers
inside the object's cell, a programme as two matrices of frequency letters, a schedule of inspections by kind of point, a
list of production checks by intervals in days, a plan of cutting methane emissions and an act of investigating a gas
leak). Vietnam: LPG bottling plants (trạm nạp LPG vào chai) of a trader's distribution system in Hải Phòng and the former
Bình Dương, an LPG depot at Đình Vũ, a cylinder requalification plant at Mỹ Phước, LNG satellite and LNG/CNG stations of
gas distribution companies in the Nam Đình Vũ and VSIP II industrial parks (danh sách trạm nạp of a trader's dossier under
Decree 87/2018, biên bản nghiệm thu under Decree 06/2021, báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường,
phiếu kết quả quan trắc, chương trình and kế hoạch quan trắc, kế hoạch kiểm tra, bảo dưỡng, quy trình kiểm tra, kế hoạch
giảm nhẹ phát thải khí nhà kính under Decree 06/2022, biên bản điều tra sự cố). Companies, people and figures are invented.

Facility: an oblast energy department's answer listing the LPG stations and filling points of two districts under a row
per district, the operator with its BIN on a second line of one cell, the place with its KATO on a second line of
another, the coordinates in degrees, minutes and seconds on two lines, the tank park under a merged header, a row of
column numbers, a suspended station still listed (VI: a trader's list of the bottling plants of its system, each owner
with its `MSDN` on a second line, the trader's own number in the letter's heading) (IV1); an act accepting a CNG station
for buses into operation whose card under Roman section rows gives the station with its KATO, decimal coordinates with a
comma, category and a cadastral look-alike, then the customer who runs it with its BIN and then the general contractor,
the designer and the technical supervisor each with a BIN that is no facility's, the main figures in a table of no role
(VI: a record of accepting an LNG station in an industrial park, four parties with enterprise numbers, the centre in
VN-2000 metres, `nhóm III`) (IV2).

Emissions: a gas distribution branch's НДВ list with the substances as columns — codes and names under a merged header
and a `Класс опасности` row giving each column's class — every source on two rows, `г/с` and `т/год`, its number and name
merged down over both, methane and the odorant at purge and relief candles, the cabinet points' leaks and the venting at
tie-ins, a regulating point's heating boiler, dashes, two total rows (VI: an LNG satellite station's named sources on
`g/s` and `tấn/năm` rows) (IV1); a cylinder requalification shop's calculation in which each emission is a specific
emission per cylinder times the cylinders of the year, `г/баллон`, cylinders and hours before `г/с | т/год`, the source,
its operation, the cylinders and the hours merged down over the substances, the welding post counting only the repaired
cylinders, column numbers, a total (VI: a requalification plant's `g/chai`, cylinders, hours, then `kg/năm` before `g/s`,
propane and butane of the degassing) (IV2).

Wastes: an LPG station's wastes of a year `код | наименование | ед. изм. | количество | масса единицы | масса, т |
получатель`, the scrap of rejected cylinders and the empty paint tins each one waste with its total followed by `в том
числе:` rows by size that are no wastes of their own, brass valves and lamps in pieces, the heavy residues in cubic metres
beside their tonnes (VI: an LPG depot's hazardous and ordinary wastes under section rows in kilograms, the scrapped
cylinders of 12 and 45 kg as `+` rows under `Trong đó:`) (IV1); a gas distribution branch's statement of the movement of
its wastes — balance at the start, formed, handed over for recovery and for disposal under a merged header, balance at
the end — only the amount formed being the amount, two wastes under one code, a total row (VI: an LNG and CNG station's
`Tồn đầu kỳ | Phát sinh | Chuyển giao | Tồn cuối kỳ` in kilograms, the ordinary wastes in a plain second table) (IV2).

Limits: a laboratory's protocol of the air at an LPG station's protection-zone boundary, the four boundary points as
columns under a merged header with side and distance on a second line, the ПДК м.р. in a column before them, ethyl
mercaptan often `< 0,00003`, the sampling conditions in a table of no role (VI: an LPG depot's ambient air against QCVN
05:2023/BTNMT in µg/m³, `KK1` … `KK4` described only in a note, temperature, humidity and wind rows with no standard)
(IV1); a protocol of stack measurements at a CNG station — the boiler house and two gas-engine compressor drives — each
stack a row spanning the table, three successive measurements per substance under a merged header, their mean, the norm
and a verdict, only the mean judged, oxygen and gas temperature rows with no norm, a compressor in reserve (VI: an LNG
station's two boilers against QCVN 19:2009/BTNMT column B, `Lần 1 | Lần 2 | Lần 3 | Trung bình`) (IV2).

Monitoring: a gas distribution branch's ПЭК programme whose objects are regulating points by address under a row per
operating section, the source's number only inside the object's cell (`ГРП-12, … (ИЗА № 0013 – дымовая труба …)`), one
point with two sources on two rows, the substances as `name (code)` in one cell, the method before the frequency, then
boundary points of the odorization unit's zone (VI: an LNG station's permit programme naming its points in words with
`(ký hiệu KT1)` under section rows by medium, a waste row with no parameter) (IV1); an LPG station's programme as two
matrices — places as rows, substances or parameters as columns headed by code and name — each cell holding a frequency
letter (`К`, `П`, `Г`; KK `Т`, `ЖЖ`, `Ж`) or a dash, the letters explained only in a legend after the tables (VI: `T`,
`Q`, `S`, `N`) (IV2).

Inspections: a gas distribution branch's schedule in which the kinds of check are the rows and the kinds of point the
columns (ГРП, cabinet points, odorization units) under a merged `Периодичность`, each cell how often that check is done
at that kind of point or a dash, so that a row gives up to three checks, `2 раза в неделю` no frequency of the contract
(VI: pressure-reducing stations, customers' metering stations and pipelines) (IV1); an LPG station's list of production
checks whose frequencies are intervals in days (`1 раз в 7 дней`, `1 раз в 30 дней`, `1 раз в 90 дней`) beside checks of
each cylinder or each unloading with no frequency, a column of clauses of the safety requirements and of the Code whose
numbers are no item's (VI: `7 ngày/lần`, `Mỗi ca`, `Từng chai`, QCVN 10:2012/BCT) (IV2).

Tasks: a gas distribution branch's plan of cutting methane emissions, measures `1.1` under section rows, the objects, the
expected cut as tonnes of methane and of CO2-equivalent under a merged header, dashes, the term and the responsible
service (VI: an LNG and CNG distributor's greenhouse-gas mitigation plan in tCO2tđ with lead and partner units) (IV1); an
act of investigating a gas leak at a cabinet point knocked by a truck, the circumstances in a table of no role, then the
measures with their terms and the responsible written once and then `то же` (KK `-//-`) below it, one measure marked done
(VI: a bottling plant's leak at its filling carousel, `Như trên`) (IV2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
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


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б.")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°24′51,2″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _permit(doc: Doc) -> str:
    r = doc.rng
    return f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"


def _date(doc: Doc, year: int, sep: str = ".") -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}{sep}{r.randint(1, 12):02d}{sep}{year}"


# code: (RU, KK, VI, hazard class as the documents print it) of the pollutants of liquefied and natural gas that the
# vocabulary does not name, by the list of pollutants used in Kazakhstan
GAS = {
    "0402": ("Бутан", "Бутан", "Butan (C4H10)", 4),
    "0415": ("Смесь углеводородов предельных С1-С5", "С1-С5 шекті көмірсутектер қоспасы", "", 4),
    "0418": ("Пропан", "Пропан", "Propan (C3H8)", None),
    "1716": ("Смесь природных меркаптанов (одорант СПМ)", "Табиғи меркаптандар қоспасы (СПМ одоранты)", "", 3),
    "1728": ("Этантиол (Этилмеркаптан)", "Этантиол (этилмеркаптан)", "Etyl mercaptan (C2H5SH)", 3),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "2930": ("Пыль абразивная (Корунд белый)", "Абразивті шаң (ақ корунд)", "", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in GAS:
        return GAS[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return GAS[code][3] if code in GAS else vocab.hazard(code)


# ---------------------------------------------------------------- facility

# (RU district, KK district, RU name, KK name, core, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon,
#  tanks (number, m3 each), category)
LPG_SITES = (
    ("Илийский район", "Іле ауданы", "Газонаполнительная станция «Өтеген батыр»", "«Өтеген батыр» газ толтыру станциясы", "Өтеген батыр",
     "ТОО «Алатау СУГ Терминал»", "«Алатау СУГ Терминал» ЖШС", "с. Өтеген батыр, ул. Транспортная, 4", "Өтеген батыр а., Транспорт к-сі, 4",
     "1968", 43.418, 77.026, (4, 50), "II"),
    ("Илийский район", "Іле ауданы", "Газонаполнительный пункт «Боралдай»", "«Боралдай» газ толтыру пункті", "Боралдай",
     "ТОО «Боралдай Газ Сервис»", "«Боралдай Газ Сервис» ЖШС", "п. Боралдай, 71-й разъезд, уч. 15", "Боралдай к., 71-разъезд, 15-уч.",
     "1968", 43.361, 76.861, (2, 25), "III"),
    ("Илийский район", "Іле ауданы", "Газонаполнительная станция «Жетіген»", "«Жетіген» газ толтыру станциясы", "Жетіген",
     "ТОО «Іле Пропан»", "«Іле Пропан» ЖШС", "с. Жетыген, промышленная зона, уч. 2", "Жетіген а., өнеркәсіптік аймақ, 2-уч.",
     "1968", 43.697, 77.112, (3, 100), "II"),
    ("Карасайский район", "Қарасай ауданы", "Газонаполнительная станция «Қаскелең»", "«Қаскелең» газ толтыру станциясы", "Қаскелең",
     "ТОО «Жетісу Пропан»", "«Жетісу Пропан» ЖШС", "г. Каскелен, промзона «Северная», уч. 8", "Қаскелең қ., «Солтүстік» өнеркәсіп аймағы, 8-уч.",
     "1962", 43.213, 76.632, (6, 100), "II"),
    ("Карасайский район", "Қарасай ауданы", "Газонаполнительный пункт «Шамалған»", "«Шамалған» газ толтыру пункті", "Шамалған",
     "ТОО «Шамалған Газ»", "«Шамалған Газ» ЖШС", "с. Шамалган, ул. Станционная, 21", "Шамалған а., Станция к-сі, 21",
     "1962", 43.376, 76.618, (2, 20), "III"),
    ("Карасайский район", "Қарасай ауданы", "Газонаполнительная станция «Іргелі»", "«Іргелі» газ толтыру станциясы", "Іргелі",
     "ТОО «ҚазГазБаллон»", "«ҚазГазБаллон» ЖШС", "с. Иргели, ул. Садовая, 2а", "Іргелі а., Бақ к-сі, 2а",
     "1962", 43.253, 76.825, (3, 50), "II"),
)  # fmt: skip


def facility_iv1(doc: Doc) -> None:
    """A regional energy department's answer to the Department of Ecology listing the LPG bottling stations and filling
    points of two districts, under a row spanning the table per district: the object, the operator with its BIN on a second
    line of the same cell, the place with its KATO on a second line, the coordinates in degrees, minutes and seconds on two
    lines of one cell, the tank park under a merged header (`кол-во × объем` and `всего`), the category and the permit or
    declaration, and a row of column numbers under the header; a station whose work is suspended stays in the list (VI: an
    LPG trader's list of the bottling plants of its distribution system in Hải Phòng and the former Bình Dương, each owner
    with its enterprise number on a second line, the trader's own number in the letter's heading)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    sites = sorted(r.sample(range(len(LPG_SITES)), 4))
    stopped = r.choice(sites)
    day = f"{r.randint(2, 19):02d}.12.2025"
    doc.p(g(f"Исх. № 03-11/{r.randint(1200, 4800)} от {day}", f"Шығ. № 03-11/{r.randint(1200, 4800)}, {day}", ""))
    doc.h(g("Информация о газонаполнительных станциях и пунктах, расположенных на территории Илийского и Карасайского районов",
            "Іле және Қарасай аудандарының аумағында орналасқан газ толтыру станциялары мен пункттері туралы ақпарат", ""))
    doc.p(g("ГУ «Управление энергетики и жилищно-коммунального хозяйства Алматинской области» на Ваш запрос сообщает сведения о "
            "газонаполнительных станциях (ГНС) и газонаполнительных пунктах (ГНП) сжиженного углеводородного газа, включенных в перечень "
            "объектов газоснабжения области по состоянию на 01.12.2025.",
            "«Алматы облысының энергетика және тұрғын үй-коммуналдық шаруашылығы басқармасы» ММ Сіздің сұрауыңыз бойынша 01.12.2025 "
            "жағдай бойынша облыстың газбен жабдықтау объектілерінің тізбесіне енгізілген сұйытылған көмірсутек газының газ толтыру "
            "станциялары (ГТС) мен газ толтыру пункттері (ГТП) туралы мәліметтерді хабарлайды.", ""))
    head0 = g(["№ п/п", "Наименование объекта", "Оператор, БИН", "Местонахождение, код КАТО", "Географические координаты",
               "Резервуарный парк СУГ", None, "Категория объекта (ст. 12 ЭК РК)", "Разрешительный документ, примечание"],
              ["Р/с №", "Объектінің атауы", "Оператор, БСН", "Орналасқан жері, ҚАТО коды", "Географиялық координаттары",
               "СКГ резервуар паркі", None, "Объект санаты (ҚР ЭК 12-бабы)", "Рұқсат беру құжаты, ескертпе"], [])
    head1 = [None] * 5 + g(["кол-во × объем, м³", "всего, м³"], ["саны × көлемі, м³", "барлығы, м³"], []) + [None, None]
    rows = [head0, head1, [str(k) for k in range(1, 10)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8)] + [(0, 5, 0, 6)]
    region = g("Алматинская область", "Алматы облысы", "")
    district = None
    for n, i in enumerate(sites, 1):
        s = LPG_SITES[i]
        if s[0] != district:
            district = s[0]
            _span(rows, merges, s[L], 9)
        name, core, operator, place, prefix, lat0, lon0, (tanks, vol), cat = s[2 + L], s[4], s[5 + L], s[7 + L], s[9], s[10], s[11], s[12], s[13]
        bin_, kato = make_bin(r), _kato(doc, prefix)
        lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004), True, doc.lang)
        lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004), False, doc.lang)
        if cat == "II":
            paper = g(f"Экологическое разрешение на воздействие № {_permit(doc)} от {_date(doc, r.randint(2022, 2024))}",
                      f"{_date(doc, r.randint(2022, 2024))} № {_permit(doc)} әсер етуге арналған экологиялық рұқсат", "")
        else:
            paper = g(f"Декларация о воздействии на окружающую среду, талон № {r.randint(10000, 99999)} от {_date(doc, 2024)}",
                      f"Қоршаған ортаға әсер ету туралы декларация, {_date(doc, 2024)} № {r.randint(10000, 99999)} талон", "")
        if i == stopped:
            paper += g("; деятельность приостановлена с 01.09.2025, резервуары освобождены и дегазированы",
                       "; қызметі 01.09.2025 бастап тоқтатылды, резервуарлар босатылып, газсыздандырылды", "")
        district_l = s[L]
        rows.append([str(n), name, f"{operator}\n{g('БИН', 'БСН', '')} {bin_}", f"{region}, {district_l}, {place}\n{g('КАТО', 'ҚАТО', '')} {kato}",
                     f"{lat}\n{lon}", f"{tanks} × {vol}", num(tanks * vol, doc.lang), cat, paper])
        doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.table(None, rows, merges, role="facility")
    doc.p(g("Автогазозаправочные станции, отпускающие СУГ только в баллоны транспортных средств, в перечень не включены.",
            "СКГ-ны тек көлік құралдарының баллондарына босататын автогаз құю станциялары тізбеге енгізілмеген.", ""))
    doc.p(g("Руководитель управления                     А. Т. Сейдахметов", "Басқарма басшысы                     А. Т. Сейдахметов", ""))


# (province row, [(core, station, owner, place, tonnes, form)])
VN_LPG_PLANTS = (
    ("Thành phố Hải Phòng", (
        ("Đình Vũ", "Trạm nạp LPG vào chai Đình Vũ", "Công ty TNHH Gas Đình Vũ", "Lô CN4.2, Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng", 120, "Sở hữu"),
        ("An Dương", "Trạm nạp LPG vào chai An Dương", "Công ty TNHH Khí hóa lỏng An Dương", "Km 8, Quốc lộ 5, phường An Dương, thành phố Hải Phòng", 60, "Thuê"),
        ("Bạch Đằng", "Trạm nạp LPG vào chai Bạch Đằng", "Công ty Cổ phần Năng lượng Bạch Đằng", "Cụm công nghiệp Gia Minh, phường Thủy Nguyên, thành phố Hải Phòng", 40, "Đồng sở hữu"))),
    ("Tỉnh Bình Dương cũ (nay thuộc Thành phố Hồ Chí Minh)", (
        ("Mỹ Phước", "Trạm nạp LPG vào chai Mỹ Phước", "Công ty TNHH Gas Mỹ Phước", "Đường NA3, Khu công nghiệp Mỹ Phước 2, phường Chánh Phú Hòa, Thành phố Hồ Chí Minh", 80, "Thuê"),
        ("Tân Uyên", "Trạm nạp LPG vào chai Tân Uyên", "Công ty Cổ phần Khí đốt Tân Uyên", "Khu công nghiệp Nam Tân Uyên, phường Tân Uyên, Thành phố Hồ Chí Minh", 50, "Sở hữu"))),
)  # fmt: skip


def _facility_iv1_vi(doc: Doc) -> None:
    r = doc.rng
    trader, abbr = doc.pick((("Công ty Cổ phần Gas Hải Minh", "HM"), ("Công ty Cổ phần Khí hóa lỏng Miền Bắc Việt", "MBV")))
    doc.p(f"{trader.upper()} – Mã số doanh nghiệp: {make_msdn(r)}. Số: {r.randint(12, 180)}/2025/CV-{abbr}")
    doc.h("DANH SÁCH TRẠM NẠP LPG VÀO CHAI THUỘC HỆ THỐNG PHÂN PHỐI CỦA THƯƠNG NHÂN")
    doc.p("(Kèm theo hồ sơ đề nghị cấp điều chỉnh Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LPG theo Nghị định số "
          "87/2018/NĐ-CP ngày 15 tháng 6 năm 2018 của Chính phủ về kinh doanh khí)")
    rows = [["TT", "Tên trạm nạp", "Địa chỉ trạm nạp", "Chủ sở hữu trạm nạp", "Sức chứa bồn (tấn)",
             "Giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai (số, ngày cấp)", "Hình thức"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    merges = []
    n = 0
    for province, plants in VN_LPG_PLANTS:
        _span(rows, merges, province, 7)
        for core, station, owner, place, tonnes, form in plants:
            n += 1
            msdn = make_msdn(r)
            rows.append([str(n), station, place, f"{owner}\nMSDN: {msdn}", num(tonnes, "vi"),
                         f"Số {r.randint(10, 99)}/GCN-SCT ngày {_date(doc, r.randint(2021, 2024), '/')}", form])
            doc.add("facilities", {"bin": msdn, "name_contains": core})
    doc.table("Phụ lục 02. Hệ thống trạm nạp LPG vào chai", rows, merges, role="facility")
    doc.p("Thương nhân cam kết các trạm nạp nêu trên đáp ứng đầy đủ điều kiện theo quy định tại Điều 24 Nghị định số 87/2018/NĐ-CP.")
    maybe_distractor(doc, 0.5)


# (RU city, KK city, KATO prefix, lat, lon, RU street, KK street, core)
CNG_CITIES = (
    ("г. Шымкент", "Шымкент қ.", "7910", 42.318, 69.598, "Каратауский район, ул. Жибек жолы, 120 (автобусный парк № 3)",
     "Қаратау ауданы, Жібек жолы к-сі, 120 (№ 3 автобус паркі)", "Самал"),
    ("г. Астана", "Астана қ.", "7114", 51.108, 71.392, "район Нұра, ул. Е 802, 9 (территория автобусного парка № 4)",
     "Нұра ауданы, Е 802 к-сі, 9 (№ 4 автобус паркінің аумағы)", "Тұран"),
    ("г. Караганда", "Қарағанды қ.", "3510", 49.812, 73.095, "район имени Казыбек би, ул. Ермекова, 116/2",
     "Қазыбек би атындағы аудан, Ермеков к-сі, 116/2", "Орталық"),
)  # fmt: skip
CNG_PARTIES = (
    (("Генеральный подрядчик", "Бас мердігер"), ("ТОО «СтройГазМонтаж-KZ»", "«СтройГазМонтаж-KZ» ЖШС"),
     ("Государственная лицензия на строительно-монтажные работы", "Құрылыс-монтаждау жұмыстарына мемлекеттік лицензия"), "ГСЛ № {n}"),
    (("Проектная организация (авторский надзор)", "Жобалау ұйымы (авторлық қадағалау)"), ("ТОО «ГазПроект Инжиниринг»", "«ГазПроект Инжиниринг» ЖШС"),
     ("Положительное заключение комплексной вневедомственной экспертизы", "Кешенді ведомстводан тыс сараптаманың оң қорытындысы"), "№ 01-0{n}/25"),
    (("Технический надзор", "Техникалық қадағалау"), ("ТОО «Инжиниринг Сарапшы»", "«Инжиниринг Сарапшы» ЖШС"),
     ("Аттестат эксперта технического надзора", "Техникалық қадағалау сарапшысының аттестаты"), "KZ{n}"),
)  # fmt: skip


def facility_iv2(doc: Doc) -> None:
    """An act accepting a newly built CNG filling station for city buses into operation, its card `№ | показатель | сведения`
    under Roman section rows: the object with its place, KATO, the centre in decimal degrees with a comma and the hemisphere
    words, capacity, category and a cadastral number as look-alike, then the customer who runs the station with its BIN,
    and then the general contractor, the designer and the technical supervisor, each with a BIN of its own that is no
    facility's; the main figures of the station in a table of no role after it (VI: a record of accepting an LNG satellite
    station in an industrial park, the investor, the EPC contractor, the supervising consultant and the designer each with
    an enterprise number, the centre given in VN-2000 metres, not degrees)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CNG_CITIES)
    city, prefix, lat0, lon0, street, core = c[L], c[2], c[3], c[4], c[5 + L], c[7]
    operator = g("ТОО «ҚазМетан Сервис»", "«ҚазМетан Сервис» ЖШС", "")
    name = g(f"Автомобильная газонаполнительная компрессорная станция (АГНКС) «{core}»",
             f"«{core}» автомобильдік газ толтыру компрессорлық станциясы (АГТКС)", "")
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 5), round(lon0 + r.uniform(-0.01, 0.01), 5)
    doc.h(g("Акт приемки построенного объекта в эксплуатацию", "Салынған объектіні пайдалануға қабылдау актісі", ""))
    doc.p(g(f"{city}, {r.randint(2, 27)} ноября 2025 г. Приемочная комиссия, назначенная приказом заказчика, рассмотрев исполнительную "
            "документацию и осмотрев объект в натуре, установила следующее.",
            f"{city}, 2025 жылғы {r.randint(2, 27)} қараша. Тапсырыс берушінің бұйрығымен тағайындалған қабылдау комиссиясы атқарушылық "
            "құжаттаманы қарап, объектіні орнында тексеріп, мыналарды анықтады.", ""))
    rows = [g(["№", "Показатель", "Сведения"], ["№", "Көрсеткіш", "Мәліметтер"], [])]
    merges = []
    _span(rows, merges, g("I. Объект", "I. Объект", ""), 3)
    cad = f"{r.randint(1, 22):02d}-{r.randint(100, 399)}-{r.randint(10, 99):03d}-{r.randint(1000, 9999)}"
    rows += [["1.1", g("Наименование объекта", "Объектінің атауы", ""), name],
             ["1.2", g("Адрес", "Мекенжайы", ""), f"{city}, {street}"],
             ["1.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["1.4", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""), cad],
             ["1.5", g("Координаты центра площадки (WGS-84)", "Алаң орталығының координаттары (WGS-84)", ""),
              f"{num(lat, doc.lang)}° {HEMI[doc.lang][0]}; {num(lon, doc.lang)}° {HEMI[doc.lang][1]}"],
             ["1.6", g("Проектная мощность", "Жобалық қуаты", ""),
              g(f"{num(r.choice((18000, 24000, 30000)), doc.lang)} нм³ КПГ в сутки, до 250 заправок автобусов",
                f"тәулігіне {num(r.choice((18000, 24000, 30000)), doc.lang)} нм³ СТГ, 250 автобусқа дейін толтыру", "")],
             ["1.7", g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""),
              g("III (декларация о воздействии подана)", "III (әсер ету туралы декларация берілді)", "")]]
    _span(rows, merges, g("II. Заказчик (застройщик), эксплуатирующая организация", "II. Тапсырыс беруші (құрылыс салушы), пайдаланушы ұйым", ""), 3)
    rows += [["2.1", g("Наименование", "Атауы", ""), operator],
             ["2.2", g("БИН", "БСН", ""), bin_],
             ["2.3", g("Юридический адрес", "Заңды мекенжайы", ""), g(f"{city}, пр. Республики, {r.randint(2, 90)}", f"{city}, Республика даңғ., {r.randint(2, 90)}", "")]]
    for k, ((t_ru, t_kk), (n_ru, n_kk), (d_ru, d_kk), pattern) in enumerate(CNG_PARTIES, 3):
        roman = ("III", "IV", "V")[k - 3]
        _span(rows, merges, f"{roman}. {(t_ru, t_kk)[L]}", 3)
        rows += [[f"{k}.1", g("Наименование", "Атауы", ""), (n_ru, n_kk)[L]],
                 [f"{k}.2", g("БИН", "БСН", ""), make_bin(r)],
                 [f"{k}.3", (d_ru, d_kk)[L], pattern.format(n=r.randint(10000, 99999))]]
    doc.table(g("1. Сведения об объекте и участниках строительства", "1. Объект және құрылысқа қатысушылар туралы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": "III", "lat": lat, "lon": lon})
    figures = [g(["Показатель", "Ед. изм.", "По проекту", "Фактически"], ["Көрсеткіш", "Өлш. бірл.", "Жоба бойынша", "Іс жүзінде"], [])]
    for (p_ru, p_kk), (u_ru, u_kk), v in ((("Компрессорные установки", "Компрессорлық қондырғылар"), ("шт.", "дана"), 2),
                                          (("Аккумуляторы газа (водяной объем)", "Газ аккумуляторлары (су көлемі)"), ("м³", "м³"), 12),
                                          (("Газозаправочные колонки (двухрукавные)", "Газ құю бағандары (екі жеңді)"), ("шт.", "дана"), 4),
                                          (("Рабочее давление заправки", "Толтырудың жұмыс қысымы"), ("МПа", "МПа"), 20)):
        figures.append([(p_ru, p_kk)[L], (u_ru, u_kk)[L], num(v, doc.lang), num(v, doc.lang)])
    doc.table(g("2. Основные технико-экономические показатели", "2. Негізгі техникалық-экономикалық көрсеткіштер", ""), figures, role="other")
    doc.p(g("Решение комиссии: объект выполнен в соответствии с проектом и принимается в эксплуатацию.",
            "Комиссия шешімі: объект жобаға сәйкес орындалған және пайдалануға қабылданады.", ""))


# (core, station, investor, place, X, Y)
VN_LNG = (
    ("Nam Đình Vũ", "Trạm cấp khí LNG vệ tinh Khu công nghiệp Nam Đình Vũ", "Công ty Cổ phần Năng lượng Khí Duyên Hải",
     "Lô CN-5, Khu công nghiệp Nam Đình Vũ (Khu 1), phường Đông Hải, thành phố Hải Phòng", 2303512, 602815),
    ("VSIP II", "Trạm LNG/CNG cấp khí Khu công nghiệp VSIP II", "Công ty Cổ phần Khí Thiên nhiên Bình Dương Xanh",
     "Đường số 6, Khu công nghiệp VSIP II, phường Vĩnh Tân, Thành phố Hồ Chí Minh (tỉnh Bình Dương cũ)", 1227480, 604318),
)
VN_PARTIES = (("3. Nhà thầu thi công (tổng thầu EPC)", "Công ty TNHH Kỹ thuật Khí Phương Nam"),
              ("4. Tư vấn giám sát", "Công ty Cổ phần Tư vấn Xây dựng Dầu khí Sao Mai"),
              ("5. Tư vấn thiết kế", "Công ty Cổ phần Thiết kế Công nghiệp Hóa chất Hưng Long"))


def _facility_iv2_vi(doc: Doc) -> None:
    r = doc.rng
    core, station, investor, place, x, y = doc.pick(VN_LNG)
    msdn = make_msdn(r)
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN NGHIỆM THU HOÀN THÀNH CÔNG TRÌNH XÂY DỰNG ĐỂ ĐƯA VÀO SỬ DỤNG")
    doc.p(f"Công trình: {station}. Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ quy định chi tiết một số nội dung về quản "
          f"lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng. Thời gian nghiệm thu: ngày {r.randint(3, 27)} tháng 10 năm 2025.")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges = []
    _span(rows, merges, "1. Công trình", 3)
    rows += [["1.1", "Tên công trình", station],
             ["1.2", "Địa điểm xây dựng", place],
             ["1.3", "Tọa độ tâm khu đất (hệ VN-2000, kinh tuyến trục 105°45′, múi chiếu 3°)", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m"],
             ["1.4", "Quy mô", f"02 bồn LNG {doc.pick(('60', '80'))} m³, thiết bị hóa hơi {num(r.choice((3000, 4500)), 'vi')} Nm³/h"],
             ["1.5", "Phân loại dự án theo tiêu chí về môi trường", "Dự án đầu tư nhóm III"]]
    _span(rows, merges, "2. Chủ đầu tư", 3)
    rows += [["2.1", "Tên doanh nghiệp", investor], ["2.2", "Mã số doanh nghiệp", msdn]]
    for k, (title, name) in enumerate(VN_PARTIES, 3):
        _span(rows, merges, title, 3)
        rows += [[f"{k}.1", "Tên đơn vị", name], [f"{k}.2", "Mã số doanh nghiệp", make_msdn(r)]]
    doc.table("I. THÔNG TIN CÔNG TRÌNH VÀ CÁC BÊN THAM GIA NGHIỆM THU", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "III"})
    doc.p("II. KẾT LUẬN: Chấp thuận nghiệm thu hoàn thành công trình để đưa vào sử dụng. Chủ đầu tư có trách nhiệm vận hành công trình theo "
          "đúng giấy phép môi trường và các quy định về an toàn khí.")
    maybe_distractor(doc, 0.5)


# ---------------------------------------------------------------- emissions

# (number, RU, KK, kind, (g/s low, high), (t/year low, high)) — a gas source's figures are the methane's
GRP_SOURCES = (
    ("0001", "ГРП-1 (ул. Рыскулова, 92), продувочная свеча", "ГРП-1 (Рысқұлов к-сі, 92), үрлеу шырағы", "gas", (0.8, 2.6), (0.02, 0.09)),
    ("0002", "ГРП-1, сбросная свеча ПСК", "ГРП-1, ПСК лақтыру шырағы", "gas", (0.3, 1.2), (0.004, 0.03)),
    ("0003", "ГРП-2 (мкр. Шаңырақ-1), продувочная свеча", "ГРП-2 (Шаңырақ-1 ы.а.), үрлеу шырағы", "gas", (0.6, 2.2), (0.01, 0.07)),
    ("0004", "ГРП-2, дымовая труба отопительного котла АОГВ-23", "ГРП-2, АОГВ-23 жылыту қазандығының түтін мұржасы", "boiler", (), ()),
    ("0005", "ГГРП «Алатау», дыхательная свеча емкости одоранта", "«Алатау» ГГРП, одорант сыйымдылығының тыныс алу шырағы", "odorant", (), ()),
    ("6001", "Шкафные ГРП (ШРП), неплотности оборудования, 48 ед.", "Шкафты ГРП (ШРП), жабдықтың тығыз еместігі, 48 бірл.", "gas",
     (0.05, 0.2), (0.8, 2.4)),
    ("6002", "Газопроводы: стравливание газа при врезках и ремонтах", "Газ құбырлары: қиып қосу және жөндеу кезінде газды шығару", "gas",
     (1.5, 4.0), (0.1, 0.6)),
)  # fmt: skip
GRP_CODES = ("0301", "0304", "0337", "0410", "1716")
ODOR = 2.2e-5  # odorant to methane by mass at 16 g of odorant per 1000 m3 of gas


def _grp_rates(doc: Doc, kind: str, gs_range, ty_range) -> dict[str, tuple[float, float]]:
    r = doc.rng
    if kind == "gas":
        gs, ty = _sig(r.uniform(*gs_range), 3), _sig(r.uniform(*ty_range), 3)
        f = ODOR * r.uniform(0.9, 1.1)
        return {"0410": (gs, ty), "1716": (_sig(gs * f, 3), _sig(ty * f, 3))}
    if kind == "boiler":
        no2 = (_sig(r.uniform(0.002, 0.006), 3), _sig(r.uniform(0.03, 0.1), 3))
        return {"0301": no2, "0304": (_sig(no2[0] * 0.13, 3), _sig(no2[1] * 0.13, 3)),
                "0337": (_sig(r.uniform(0.006, 0.02), 3), _sig(r.uniform(0.08, 0.3), 3))}
    return {"1716": (_sig(r.uniform(0.00002, 0.0001), 3), _sig(r.uniform(0.0001, 0.0006), 3))}


def emissions_iv1(doc: Doc) -> None:
    """A city gas distribution branch's list of emissions by source whose substances are the columns — a row of codes and
    names under a merged header and a row `Класс опасности` under it that gives each column's class — while every source
    takes two rows, `г/с` and `т/год` in a unit column, its number and name merged down over both: the purge and relief
    candles of the gas regulating points, a point's heating boiler, the odorant tank's breathing candle, the leaks of the
    cabinet points and the venting at tie-ins, methane and the odorant beside the boiler's gases, dashes where a source
    gives none, two total rows (VI: an LNG satellite station in an industrial park, the sources named only, `g/s` and
    `tấn/năm` rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("Алматинский городской филиал АО «Газ Аймақ Тарату»", "«Газ Аймақ Тарату» АҚ Алматы қалалық филиалы", "")
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}", f"{operator}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.4. Перечень выбросов загрязняющих веществ по источникам", "3.4. Көздер бойынша ластаушы заттар шығарындыларының тізбесі", ""))
    doc.p(g("Филиал эксплуатирует газорегуляторные пункты (ГРП), шкафные регуляторные пункты (ШРП) и газопроводы среднего и низкого "
            "давления. Выбросы метана при продувках и срабатывании ПСК определены по объему стравливаемого газа; содержание одоранта "
            "принято по норме одоризации 16 г на 1000 м³ газа.",
            "Филиал газ реттеу пункттерін (ГРП), шкафты реттеу пункттерін (ШРП) және орташа және төмен қысымды газ құбырларын пайдаланады. "
            "Үрлеу және ПСК іске қосылған кездегі метан шығарындылары шығарылатын газ көлемі бойынша анықталды; одорант мөлшері 1000 м³ "
            "газға 16 г одорацияның нормасы бойынша қабылданды.", ""))
    head0 = g(["№ ИЗА", "Наименование источника выброса", "Ед. изм.", "Загрязняющие вещества", None, None, None, None],
              ["ЛШК №", "Шығарынды көзінің атауы", "Өлш. бірл.", "Ластаушы заттар", None, None, None, None], [])
    head1 = [None, None, None, *(f"{c}\n{_air(doc, c)}" for c in GRP_CODES)]
    head2 = [g("Класс опасности", "Қауіптілік сыныбы", ""), None, None, *(str(_hazard(c)) if _hazard(c) else "–" for c in GRP_CODES)]
    rows = [head0, head1, head2]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (2, 0, 2, 2)]
    unit_g, unit_t = g("г/с", "г/с", ""), g("т/год", "т/жыл", "")
    sources = [s for s in GRP_SOURCES if s[0] in ("0001", "0004", "0005", "6001") or r.random() < 0.7]
    sums = {c: [0.0, 0.0] for c in GRP_CODES}
    for number, s_ru, s_kk, kind, gs_range, ty_range in sources:
        rates = _grp_rates(doc, kind, gs_range, ty_range)
        row_g, row_t = [number, (s_ru, s_kk)[L], unit_g], [None, None, unit_t]
        for c in GRP_CODES:
            if c in rates:
                gs, ty = rates[c]
                row_g.append(num(gs, doc.lang))
                row_t.append(num(ty, doc.lang))
                doc.add("emissions", emission(c, gs, ty, number, _hazard(c)))
                sums[c][0] += gs
                sums[c][1] += ty
            else:
                row_g.append("–")
                row_t.append("–")
        rows += [row_g, row_t]
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    rows.append([g("Всего по филиалу", "Филиал бойынша барлығы", ""), None, unit_g, *(num(_sig(sums[c][0], 6), doc.lang) for c in GRP_CODES)])
    rows.append([None, None, unit_t, *(num(_sig(sums[c][1], 6), doc.lang) for c in GRP_CODES)])
    merges.append((len(rows) - 2, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 3.4", "3.4-кесте", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Примечание: выбросы от продувочных свечей носят залповый характер; в графе «г/с» приведен максимальный разовый выброс.",
            "Ескертпе: үрлеу шырақтарынан шығатын шығарындылар қопарылыс сипатында болады; «г/с» бағанында ең жоғары бір реттік шығарынды "
            "келтірілген.", ""))
    maybe_distractor(doc)


# (VI source, {code: ((g/s low, high), (t/year low, high))})
VN_LNG_SOURCES = (
    ("Van an toàn và ống xả hơi BOG của 02 bồn chứa LNG", {"0410": ((0.05, 0.3), (0.4, 2.5))}),
    ("Ống khói nồi hơi cấp nhiệt cho thiết bị hóa hơi (đốt khí thiên nhiên)",
     {"2902": ((0.005, 0.02), (0.1, 0.5)), "0301": ((0.08, 0.25), (2.0, 6.5)), "0330": ((0.001, 0.005), (0.02, 0.12)),
      "0337": ((0.04, 0.15), (1.0, 3.8))}),
    ("Ống xả máy phát điện dự phòng 500 kVA (dầu DO)",
     {"2902": ((0.02, 0.06), (0.005, 0.02)), "0301": ((0.3, 0.8), (0.08, 0.2)), "0330": ((0.02, 0.08), (0.005, 0.02)),
      "0337": ((0.1, 0.3), (0.03, 0.08))}),
    ("Khu vực nhập LNG từ xe bồn (thất thoát khi ngắt khớp nối)", {"0410": ((0.01, 0.06), (0.05, 0.3))}),
)  # fmt: skip
VN_LNG_CODES = (("2902", "Bụi tổng"), ("0301", "NO2"), ("0330", "SO2"), ("0337", "CO"), ("0410", "Metan (CH4)"))


def _emissions_iv1_vi(doc: Doc) -> None:
    r = doc.rng
    core, station, investor, *_ = doc.pick(VN_LNG)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {station.upper()}")
    doc.h("3.2.1. Nguồn phát sinh và tải lượng bụi, khí thải")
    doc.p(f"Chủ cơ sở: {investor}. Trạm tiếp nhận LNG bằng xe bồn, lưu chứa và hóa hơi cấp khí cho các nhà máy trong khu công nghiệp. Tải "
          "lượng được tính theo hệ số phát thải của US EPA AP-42 và lượng nhiên liệu tiêu thụ năm 2025.")
    rows = [["TT", "Nguồn phát sinh", "Đơn vị", "Thông số ô nhiễm", None, None, None, None],
            [None, None, None, *(label for _, label in VN_LNG_CODES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7)]
    for k, (name, codes) in enumerate(VN_LNG_SOURCES, 1):
        row_g, row_t = [str(k), name, "g/s"], [None, None, "tấn/năm"]
        for c, _ in VN_LNG_CODES:
            if c in codes:
                (glo, ghi), (tlo, thi) = codes[c]
                gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
                if "máy phát" in name:
                    ty = _sig(gs * 3600 * 250 / 1e6, 3)
                row_g.append(num(gs, "vi"))
                row_t.append(num(ty, "vi"))
                doc.add("emissions", emission(c, gs, ty))
            else:
                row_g.append("-")
                row_t.append("-")
        rows += [row_g, row_t]
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.5. Tải lượng các chất ô nhiễm không khí phát sinh tại trạm", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện dự phòng chỉ vận hành khi mất điện lưới, ước tính 250 giờ/năm; “-”: không phát sinh.")
    maybe_distractor(doc)


# (number, RU source, KK source, RU operation, KK operation, repaired only, hours a year, {code: (low, high) g a cylinder})
CYL_SOURCES = (
    ("0001", "Свеча рассеивания участка дегазации", "Газсыздандыру учаскесінің шашырату шырағы",
     "Дегазация баллонов (сброс паровой фазы СУГ)", "Баллондарды газсыздандыру (СКГ бу фазасын шығару)", False, 1800,
     {"0415": (6, 14), "1728": (0.00012, 0.0003)}),
    ("0002", "Труба пропарочной камеры", "Бумен өңдеу камерасының құбыры", "Пропарка баллонов острым паром",
     "Баллондарды өткір бумен өңдеу", False, 1200, {"0415": (0.8, 2.2), "1728": (0.00003, 0.00008)}),
    ("0003", "Труба дробеструйной камеры (после циклона ЦН-15)", "Бытыра ату камерасының құбыры (ЦН-15 циклонынан кейін)",
     "Дробеструйная очистка наружной поверхности", "Сыртқы бетті бытырамен тазалау", False, 1500, {"2930": (1.5, 4.0), "0123": (0.8, 2.0)}),
    ("0004", "Вытяжная труба окрасочно-сушильной камеры", "Бояу-кептіру камерасының сору құбыры", "Окраска эмалью ПФ-115 и сушка",
     "ПФ-115 эмалімен бояу және кептіру", False, 1600, {"0616": (18, 35), "2752": (15, 30), "2902": (2, 6)}),
    ("6001", "Сварочный пост участка ремонта", "Жөндеу учаскесінің дәнекерлеу посты",
     "Приварка опорных башмаков (электроды АНО-4)", "Тірек башмақтарын дәнекерлеу (АНО-4 электродтары)", True, 400,
     {"0123": (3, 6), "0143": (0.3, 0.7)}),
)  # fmt: skip


def emissions_iv2(doc: Doc) -> None:
    """The calculation of a cylinder requalification shop at an LPG bottling station in which each emission is the specific
    emission per cylinder times the cylinders of the year: `удельный выброс, г/баллон`, `количество баллонов, шт./год` and
    the hours of work stand before `г/с | т/год` under a merged header, a row of column numbers under the header, the source
    and its operation merged down over the substances, the number of cylinders and the hours merged down too, and the welding
    post counting only the repaired cylinders; a total (VI: a cylinder requalification plant in the former Bình Dương, the
    factor in g/chai, the cylinders, the hours and the load in kg/năm before g/s, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = LPG_SITES[doc.pick((0, 2, 3, 5))]
    name, operator = site[2 + L], site[5 + L]
    total = r.randrange(18000, 32000, 500)
    repaired = r.randrange(600, 1400, 50)
    doc.h(g(f"Раздел 3. Расчет выбросов участка освидетельствования баллонов. {name} ({operator})",
            f"3-бөлім. Баллондарды куәландыру учаскесінің шығарындыларын есептеу. {name} ({operator})", ""))
    doc.p(g(f"На участке ежегодно проходят освидетельствование {num(total, doc.lang)} бытовых баллонов (5, 27 и 50 л); из них "
            f"{num(repaired, doc.lang)} баллонов ремонтируются с заменой опорных башмаков. Выбросы определены по удельным показателям на "
            "один баллон, полученным по результатам инструментальных замеров 2025 года.",
            f"Учаскеде жыл сайын {num(total, doc.lang)} тұрмыстық баллон (5, 27 және 50 л) куәландырудан өтеді; оның ішінде "
            f"{num(repaired, doc.lang)} баллон тірек башмақтарын ауыстыра отырып жөнделеді. Шығарындылар 2025 жылғы аспаптық өлшеулер "
            "нәтижелері бойынша алынған бір баллонға шаққандағы үлестік көрсеткіштер бойынша анықталды.", ""))
    head0 = g(["№ ИЗА", "Источник выброса", "Источник выделения (операция)", "Код ЗВ", "Наименование ЗВ", "Удельный выброс, г/баллон",
               "Количество баллонов, шт./год", "Время работы, ч/год", "Выброс ЗВ", None],
              ["ЛШК №", "Шығарынды көзі", "Бөліну көзі (операция)", "ЛЗ коды", "ЛЗ атауы", "Үлестік шығарынды, г/баллон",
               "Баллондар саны, дана/жыл", "Жұмыс уақыты, сағ/жыл", "ЛЗ шығарындысы", None], [])
    rows = [head0, [None] * 8 + g(["г/с", "т/год"], ["г/с", "т/жыл"], []), [str(k) for k in range(1, 11)]]
    merges = [(0, c, 1, c) for c in range(8)] + [(0, 8, 0, 9)]
    sum_g = sum_t = 0.0
    for number, s_ru, s_kk, o_ru, o_kk, only_repaired, hours, codes in CYL_SOURCES:
        n = repaired if only_repaired else total
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            q = _sig(r.uniform(lo, hi), 3)
            ty = _sig(q * n / 1e6, 4)
            gs = _sig(q * n / (hours * 3600), 4)
            first = j == 0
            rows.append([number if first else None, (s_ru, s_kk)[L] if first else None, (o_ru, o_kk)[L] if first else None, c, _air(doc, c),
                         num(q, doc.lang), num(n, doc.lang) if first else None, num(hours, doc.lang) if first else None,
                         num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
            sum_g += gs
            sum_t += ty
        if len(codes) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2, 6, 7)]
    rows.append([g("Итого по участку", "Учаске бойынша барлығы", ""), None, None, None, None, None, None, None,
                 num(_sig(sum_g, 6), doc.lang), num(_sig(sum_t, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table(g("Таблица 3.1 – Расчет выбросов загрязняющих веществ", "3.1-кесте – Ластаушы заттар шығарындыларын есептеу", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in CYL_SOURCES))
    doc.p(g("Т/год = удельный выброс × количество баллонов × 10⁻⁶; г/с = т/год × 10⁶ / (время работы × 3600).",
            "Т/жыл = үлестік шығарынды × баллондар саны × 10⁻⁶; г/с = т/жыл × 10⁶ / (жұмыс уақыты × 3600).", ""))
    maybe_distractor(doc)


# (stage, repaired only, hours, {code: (VI label, (low, high) g a cylinder)})
VN_CYL = (
    ("Xả khí tồn dư, hút chân không chai", False, 2000, {"0418": ("Propan (C3H8)", (4, 9)), "0402": ("Butan (C4H10)", (3, 7))}),
    ("Phun bi làm sạch bề mặt chai", False, 2400, {"2902": ("Bụi tổng", (2, 5)), "0123": ("Sắt oxit", (0.8, 2.0))}),
    ("Sơn phủ và sấy chai", False, 2400, {"0616": ("Xylen", (15, 30)), "0621": ("Toluen", (8, 16))}),
    ("Hàn thay chân đế, quai xách chai", True, 600, {"0123": ("Sắt oxit", (3, 6)), "0143": ("Mangan và hợp chất", (0.3, 0.7))}),
)


def _emissions_iv2_vi(doc: Doc) -> None:
    r = doc.rng
    total = r.randrange(60000, 120000, 1000)
    repaired = r.randrange(2000, 5000, 100)
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY KIỂM ĐỊNH, SỬA CHỮA CHAI CHỨA LPG TÂN ĐỊNH")
    doc.p("Địa chỉ: Khu công nghiệp Mỹ Phước 3, phường Thới Hòa, Thành phố Hồ Chí Minh (tỉnh Bình Dương cũ). Công suất: kiểm định "
          f"{num(total, 'vi')} chai/năm (chai 12 kg và 45 kg), trong đó sửa chữa thay chân đế, quai xách khoảng {num(repaired, 'vi')} chai/năm.")
    rows = [["TT", "Công đoạn", "Thông số", "Hệ số phát thải (g/chai)", "Số chai (chai/năm)", "Thời gian hoạt động (giờ/năm)",
             "Tải lượng (kg/năm)", "Tải lượng (g/s)"]]
    merges = []
    for k, (stage, only_repaired, hours, codes) in enumerate(VN_CYL, 1):
        n = repaired if only_repaired else total
        start = len(rows)
        for j, (c, (label, (lo, hi))) in enumerate(codes.items()):
            q = _sig(r.uniform(lo, hi), 3)
            kg = _sig(q * n / 1000, 4)
            gs = _sig(q * n / (hours * 3600), 4)
            first = j == 0
            rows.append([str(k) if first else None, stage if first else None, label, num(q, "vi"), num(n, "vi") if first else None,
                         num(hours, "vi") if first else None, num(kg, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(c, gs, kg / 1000))
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 4, 5)]
    doc.table("Bảng 1.4. Tải lượng bụi, khí thải phát sinh từ các công đoạn kiểm định, sửa chữa chai", rows, merges, role="emissions")
    doc.p("Ghi chú: hệ số phát thải lấy theo kết quả đo đạc thực tế tại nhà máy năm 2025; khí LPG tồn dư được thu hồi về bồn, phần "
          "còn lại xả qua ống thoát cao 8 m.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, how counted, [(RU part, KK part, kg a piece, (low, high) pieces)] or (low, high) tonnes, receiver key)
GNS_WASTES = (
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "parts",
     [("баллоны 50 л, выбракованные и дегазированные", "50 л баллондар, жарамсыз деп танылған және газсыздандырылған", 22.0, (150, 420)),
      ("баллоны 27 л, выбракованные и дегазированные", "27 л баллондар, жарамсыз деп танылған және газсыздандырылған", 14.5, (60, 200)),
      ("баллоны 5 л, выбракованные и дегазированные", "5 л баллондар, жарамсыз деп танылған және газсыздандырылған", 4.0, (40, 160))], "metal"),
    ("17 04 01", "Лом цветных металлов (латунные вентили ВБ-2)", "Түсті металл сынықтары (ВБ-2 жез вентильдері)", "pieces",
     [("", "", 0.35, (800, 2500))], "metal"),
    ("13 07 03*", "Тяжелые остатки сжиженного газа (конденсат из баллонов и резервуаров)",
     "Сұйытылған газдың ауыр қалдықтары (баллондар мен резервуарлардан шыққан конденсат)", "m3", (4.0, 11.0), "hazard"),
    ("12 01 17", "Отработанная дробь и пыль из циклона дробеструйной камеры", "Бытыра ату камерасының пайдаланылған бытырасы және циклон шаңы",
     "t", (1.2, 3.5), "metal"),
    ("08 01 11*", "Отходы лакокрасочных материалов (шлам окрасочной камеры)", "Лак-бояу материалдарының қалдықтары (бояу камерасының шламы)",
     "t", (0.2, 0.8), "hazard"),
    ("15 01 10*", "Тара из-под эмали и растворителя", "Эмаль мен еріткіш ыдысы", "parts",
     [("банки металлические 20 кг (эмаль ПФ-115)", "20 кг металл банкалар (ПФ-115 эмалі)", 1.1, (60, 140)),
      ("банки металлические 10 л (растворитель)", "10 л металл банкалар (еріткіш)", 0.6, (30, 80))], "hazard"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "t", (0.05, 0.2), "hazard"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "pieces", [("", "", 0.2, (40, 160))], "hazard"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "t", (3.0, 9.0), "tbo"),
)  # fmt: skip
GNS_RECEIVERS = {
    "metal": ("ТОО «Вторчермет-Жетісу», договор № 14/25", "«Вторчермет-Жетісу» ЖШС, № 14/25 шарт"),
    "hazard": ("ТОО «Экоресурс-Алатау» (лицензия на опасные отходы), договор № 7-ОО", "«Экоресурс-Алатау» ЖШС (қауіпті қалдықтарға лицензия), № 7-ОО шарт"),
    "tbo": ("ТОО «Тазалық-Қаскелең», договор № 112", "«Тазалық-Қаскелең» ЖШС, № 112 шарт"),
}  # fmt: skip


def wastes_iv1(doc: Doc) -> None:
    """An LPG bottling station's wastes of a year in a table `код | наименование | ед. изм. | количество | масса единицы, кг | масса,
    т | получатель` where the scrap of rejected cylinders and the empty paint tins are each one waste row with its total and
    then `в том числе:` rows breaking it down by the size of cylinder or tin, each with its pieces, mass of one and tonnes,
    which are no wastes of their own; brass valves and lamps counted in pieces, the heavy residues of the gas in cubic metres
    with their tonnes beside them (VI: an LPG depot in Hải Phòng, the scrapped cylinders of 12 and 45 kg as `trong đó` rows
    under the ordinary wastes, kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = LPG_SITES[doc.pick((0, 2, 3, 5))]
    name, operator = site[2 + L], site[5 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {operator}, {name}",
            f"{operator}, {name}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4. Сведения об образовании и передаче отходов", "4. Қалдықтардың түзілуі және берілуі туралы мәліметтер", ""))
    doc.p(g("Баллоны, не прошедшие освидетельствование, дегазируются, пропариваются и приводятся в негодность (просверливание корпуса), "
            "после чего передаются как лом черных металлов; масса определена по паспортной массе порожнего баллона.",
            "Куәландырудан өтпеген баллондар газсыздандырылады, бумен өңделеді және жарамсыз күйге келтіріледі (корпусын тесу), содан кейін "
            "қара металл сынығы ретінде беріледі; массасы бос баллонның паспорттық массасы бойынша анықталды.", ""))
    pcs, m3, t_ = g("шт.", "дана", ""), g("м³", "м³", ""), g("т", "т", "")
    rows = [g(["№", "Код", "Наименование отхода", "Ед. изм.", "Количество", "Масса единицы, кг", "Масса, т", "Получатель (договор)"],
              ["№", "Коды", "Қалдықтың атауы", "Өлш. бірл.", "Саны", "Бірлігінің массасы, кг", "Массасы, т", "Алушы (шарт)"], [])]
    merges = []
    for k, (code, n_ru, n_kk, how, spec, rec) in enumerate(GNS_WASTES, 1):
        wname, receiver = (n_ru, n_kk)[L], GNS_RECEIVERS[rec][L]
        if how == "parts":
            parts = [(p[L], p[2], r.randint(*p[3])) for p in spec]
            tons = [round(n * kg / 1000, 3) for _, kg, n in parts]
            amount = round(sum(tons), 3)
            rows.append([str(k), code, wname, pcs, num(sum(n for *_, n in parts), doc.lang), "–", num(amount, doc.lang), receiver])
            rows.append(["", "", g("в том числе:", "оның ішінде:", ""), "", "", "", "", ""])
            for (part, kg, n), t in zip(parts, tons, strict=True):
                rows.append(["", "", f"– {part}", pcs, num(n, doc.lang), num(kg, doc.lang), num(t, doc.lang), ""])
        elif how == "pieces":
            kg, span = spec[0][2], spec[0][3]
            n = r.randint(*span)
            amount = round(n * kg / 1000, 3)
            rows.append([str(k), code, wname, pcs, num(n, doc.lang), num(kg, doc.lang), num(amount, doc.lang), receiver])
        elif how == "m3":
            v = round(r.uniform(*spec), 1)
            amount = round(v * 0.58, 2)
            rows.append([str(k), code, wname, m3, num(v, doc.lang), "–", num(amount, doc.lang), receiver])
        else:
            amount = round(r.uniform(*spec), 3 if spec[1] < 1 else 2)
            rows.append([str(k), code, wname, t_, num(amount, doc.lang), "–", num(amount, doc.lang), receiver])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": _words(wname.split(" (")[0], 3)})
    doc.table(g("Таблица 4.1 – Отходы, образованные в 2025 году", "4.1-кесте – 2025 жылы түзілген қалдықтар", ""), rows, merges, role="wastes")
    doc.p(g("Плотность тяжелых остатков СУГ принята 0,58 т/м³.", "СКГ ауыр қалдықтарының тығыздығы 0,58 т/м³ деп қабылданды.", ""))
    maybe_distractor(doc)


# (section, [(name, code or None, unit, [(part, kg a piece, (low, high) pieces)] or kg a piece or None, (low, high))])
VN_DEPOT_WASTES = (
    ("A. CHẤT THẢI NGUY HẠI", [
        ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải (từ máy nén, bơm LPG)", "17 02 03", "kg", None, (60, 240)),
        ("Giẻ lau, găng tay dính dầu thải", "18 02 01", "kg", None, (40, 150)),
        ("Bao bì cứng thải bằng kim loại (thùng chứa chất tạo mùi, sơn)", "18 01 02", "cái", 1.5, (20, 80)),
        ("Bóng đèn huỳnh quang thải", "16 01 06", "cái", 0.2, (30, 120))]),
    ("B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", [
        ("Vỏ chai LPG hỏng không sửa chữa được (đã xả khí, đục thủng)", None, "chai",
         [("chai 12 kg", 14.0, (200, 700)), ("chai 45 kg", 34.5, (30, 120))], None),
        ("Van chai hỏng (đồng thau)", None, "cái", 0.3, (400, 1500)),
        ("Bùn thải từ bể lắng nước rửa chai", None, "kg", None, (300, 1200))]),
)  # fmt: skip


def _wastes_iv1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – KHO VÀ TRẠM NẠP LPG ĐÌNH VŨ")
    doc.p("Chủ cơ sở: Công ty TNHH Gas Đình Vũ. Địa chỉ: Lô CN4.2, Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng.")
    doc.h("3. Kết quả quản lý chất thải rắn")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị tính", "Số lượng", "Khối lượng đơn vị (kg)", "Khối lượng (kg)"]]
    merges = []
    n = 0
    for section, items in VN_DEPOT_WASTES:
        _span(rows, merges, section, 7)
        for name, code, unit, spec, span in items:
            n += 1
            if isinstance(spec, list):
                parts = [(part, kg, r.randint(*rng_)) for part, kg, rng_ in spec]
                kgs = [round(c * kg, 1) for _, kg, c in parts]
                total = round(sum(kgs), 1)
                rows.append([str(n), name, "", unit, num(sum(c for *_, c in parts), "vi"), "-", num(total, "vi")])
                rows.append(["", "Trong đó:", "", "", "", "", ""])
                for (part, kg, c), k_ in zip(parts, kgs, strict=True):
                    rows.append(["", f"+ {part}", "", unit, num(c, "vi"), num(kg, "vi"), num(k_, "vi")])
            elif spec:
                c = r.randint(*span)
                total = round(c * spec, 1)
                rows.append([str(n), name, code or "", unit, num(c, "vi"), num(spec, "vi"), num(total, "vi")])
            else:
                total = float(r.randint(*span))
                rows.append([str(n), name, code or "", unit, num(total, "vi"), "-", num(total, "vi")])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(total / 1000, 4),
                                   "name_contains": _words(name.split(" (")[0], 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": round(total / 1000, 4),
                                   "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 3.1. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    doc.p("Chất thải nguy hại được chuyển giao cho Công ty TNHH Môi trường Xanh Hải Phòng; vỏ chai, van hỏng bán cho đơn vị thu mua phế liệu.")
    maybe_distractor(doc)


# (code, RU, KK, (low, high) t formed, route)
GDC_WASTES = (
    ("15 02 02*", "Отработанные фильтрующие кассеты газовых фильтров ГРП и ШРП", "ГРП және ШРП газ сүзгілерінің пайдаланылған сүзгі кассеталары",
     (0.3, 1.2), "dis"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.1, 0.5), "dis"),
    ("15 01 10*", "Тара из-под одоранта (металлические бочки)", "Одорант ыдысы (металл бөшкелер)", (0.2, 0.9), "rec"),
    ("16 05 08*", "Отработанный одорант и осадок из емкостей одоризационных установок",
     "Одорация қондырғылары сыйымдылықтарының пайдаланылған одоранты мен тұнбасы", (0.01, 0.08), "dis"),
    ("17 04 05", "Лом стальных газопроводов и запорной арматуры", "Болат газ құбырлары мен бекіту арматурасының сынықтары", (12, 60), "rec"),
    ("17 02 03", "Обрезки полиэтиленовых труб", "Полиэтилен құбырлардың кесінділері", (0.5, 3.0), "rec"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 1.0), "rec"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.5, 2.5), "rec"),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (1.0, 5.0), "rec"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.06), "dis"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (20, 60), "dis"),
)  # fmt: skip


def _milli(x: float) -> int:
    return int(round(x * 1000))


def wastes_iv2(doc: Doc) -> None:
    """A gas distribution branch's statement of the movement of its wastes over a year, in tonnes: the balance at the start of
    the year, the amount formed, the amount handed over under a merged header split into recovery and disposal, and the
    balance at the end — only the amount formed is the waste's amount, the other three columns its look-alikes — two wastes
    under one code (filter cassettes and oily rags), a total row (VI: a CNG and LNG station in an industrial park, `Tồn đầu
    kỳ | Phát sinh | Chuyển giao | Tồn cuối kỳ` in kilograms for its hazardous wastes, the ordinary wastes in a plain second
    table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("Филиал АО «Газ Аймақ Тарату» по Алматинской области", "«Газ Аймақ Тарату» АҚ Алматы облысы бойынша филиалы", "")
    doc.h(g(f"Отчет о движении отходов за 2025 год. {operator}", f"{operator}. 2025 жылғы қалдықтардың қозғалысы туралы есеп", ""))
    doc.p(g("Образование отходов учитывается по журналам учета эксплуатационных служб, передача – по актам приема-передачи; отходы "
            "накапливаются на площадках производственных баз не более шести месяцев.",
            "Қалдықтардың түзілуі пайдалану қызметтерінің есепке алу журналдары бойынша, берілуі қабылдау-тапсыру актілері бойынша "
            "есепке алынады; қалдықтар өндірістік базалардың алаңдарында алты айдан аспайтын мерзімде жинақталады.", ""))
    head0 = g(["№", "Код", "Наименование отхода", "Остаток на 01.01.2025, т", "Образовано за 2025 год, т", "Передано сторонним организациям, т",
               None, "Остаток на 31.12.2025, т"],
              ["№", "Коды", "Қалдықтың атауы", "01.01.2025 қалдығы, т", "2025 жылы түзілді, т", "Бөгде ұйымдарға берілді, т", None,
               "31.12.2025 қалдығы, т"], [])
    head1 = [None] * 5 + g(["на восстановление", "на удаление"], ["қалпына келтіруге", "жоюға"], []) + [None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    chosen = [w for w in GDC_WASTES if w[0] == "15 02 02*" or r.random() < 0.75]
    totals = [0, 0, 0, 0, 0]

    def cell(v: int) -> str:
        return num(v / 1000, doc.lang) if v else "–"

    for k, (code, n_ru, n_kk, (lo, hi), route) in enumerate(chosen, 1):
        formed = _milli(_sig(r.uniform(lo, hi), 3))
        start = _milli(_sig(r.uniform(lo, hi) * r.uniform(0.1, 0.4), 2)) if r.random() < 0.6 else 0
        out = start + formed - (_milli(_sig((start + formed) / 1000 * r.uniform(0.05, 0.3), 2)) if r.random() < 0.6 else 0)
        rec, dis = (out, 0) if route == "rec" else (0, out)
        end = start + formed - rec - dis
        for i, v in enumerate((start, formed, rec, dis, end)):
            totals[i] += v
        wname = (n_ru, n_kk)[L]
        rows.append([str(k), code, wname, cell(start), cell(formed), cell(rec), cell(dis), cell(end)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed / 1000,
                           "name_contains": _words(wname, 3)})
    rows.append(["", "", g("Всего", "Барлығы", ""), *(cell(v) for v in totals)])
    doc.table(g("Таблица 1 – Движение отходов", "1-кесте – Қалдықтардың қозғалысы", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# (name, code, (low, high) kg formed)
VN_GDC_CTNH = (
    ("Dầu máy nén khí thải", "17 02 03", (80, 300)),
    ("Lõi lọc khí, giẻ lau dính dầu thải", "18 02 01", (50, 200)),
    ("Bao bì cứng thải bằng kim loại (thùng chứa chất tạo mùi THT)", "18 01 02", (40, 160)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (5, 25)),
    ("Ắc quy chì thải (bộ lưu điện UPS)", "19 06 01", (30, 120)),
)
VN_GDC_ORDINARY = (("Phế liệu kim loại (ống thép, van, mặt bích hỏng)", (300, 1500)), ("Bao bì giấy, nhựa thải", (120, 500)),
                   ("Chất thải rắn sinh hoạt của nhân viên vận hành", (800, 2400)))


def _wastes_iv2_vi(doc: Doc) -> None:
    r = doc.rng
    core, station, investor, *_ = doc.pick(VN_LNG)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {station.upper()}")
    doc.p(f"Chủ cơ sở: {investor}. Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Tồn đầu kỳ (kg)", "Phát sinh trong kỳ (kg)", "Chuyển giao trong kỳ (kg)", "Tồn cuối kỳ (kg)",
             "Tổ chức tiếp nhận"]]
    for k, (name, code, span) in enumerate(VN_GDC_CTNH, 1):
        formed = r.randint(*span)
        start = r.randint(0, span[0]) if r.random() < 0.5 else 0
        moved = start + formed - (r.randint(0, formed // 3) if r.random() < 0.5 else 0)
        end = start + formed - moved
        rows.append([str(k), name, code, num(start, "vi") if start else "0", num(formed, "vi"), num(moved, "vi"), num(end, "vi") if end else "0",
                     "Công ty TNHH Môi trường Đông Nam Bộ"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": formed / 1000,
                           "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 4. Tình hình phát sinh và chuyển giao chất thải nguy hại", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng phát sinh (kg)", "Hình thức xử lý"]]
    for k, (name, span) in enumerate(VN_GDC_ORDINARY, 1):
        kg = r.randrange(span[0], span[1], 10)
        rows.append([str(k), name, num(kg, "vi"), "Chuyển giao đơn vị thu gom" if k > 1 else "Bán phế liệu"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 5. Chất thải rắn công nghiệp thông thường và chất thải rắn sinh hoạt", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (code, ПДК м.р. mg/m3, (low, high) share of the ПДК)
SZZ_AIR = (("0301", 0.2, (0.1, 0.6)), ("0337", 5, (0.15, 0.6)), ("0415", 200, (0.005, 0.06)), ("1728", 0.00005, (0.6, 0.9)),
           ("2902", 0.5, (0.2, 0.7)))
SZZ_POINTS = (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))


def limits_iv1(doc: Doc) -> None:
    """An accredited laboratory's protocol of the air at the boundary of an LPG bottling station's protection zone, the four
    boundary points as columns under a merged `Результаты испытаний, мг/м³` — each point's code with its side and distance on
    a second line of the sub-header — the substances as rows with their code and the ПДК м.р. in a column before the results,
    the method last; ethyl mercaptan often below the method's limit (`< 0,00003`); the sampling conditions in a table of no role
    before it (VI: an LPG depot's ambient air against QCVN 05:2023/BTNMT in µg/m³, the points `KK1` … `KK4` described only
    in a note under the table, temperature, humidity and wind rows with no standard)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = LPG_SITES[doc.pick((0, 2, 3, 5))]
    name, operator = site[2 + L], site[5 + L]
    day = f"{r.randint(3, 26):02d}.{r.choice(('04', '07', '10'))}.2025"
    doc.h(g(f"Протокол испытаний атмосферного воздуха № {r.randint(100, 999)}-АВ/25", f"№ {r.randint(100, 999)}-АВ/25 атмосфералық ауаны сынау хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}. Объект: {name}. Место отбора проб: граница санитарно-защитной зоны (300 м). Дата отбора: {day}. "
            "Испытания выполнены испытательной лабораторией ТОО «ЭкоАналитика» (аттестат аккредитации KZ.T.02.0873).",
            f"Тапсырыс беруші: {operator}. Объект: {name}. Сынама алу орны: санитариялық-қорғаныш аймағының шекарасы (300 м). Сынама алу "
            f"күні: {day}. Сынақтарды «ЭкоАналитика» ЖШС сынақ зертханасы орындады (аккредиттеу аттестаты KZ.T.02.0873).", ""))
    doc.table(g("Условия отбора проб", "Сынама алу жағдайлары", ""), [
        g(["Температура воздуха, °С", "Атмосферное давление, мм рт. ст.", "Направление ветра", "Скорость ветра, м/с", "Погода"],
          ["Ауа температурасы, °С", "Атмосфералық қысым, сын. бағ. мм", "Жел бағыты", "Жел жылдамдығы, м/с", "Ауа райы"], []),
        [num(round(r.uniform(8, 28), 1), doc.lang), str(r.randint(690, 712)), g("северо-восточное", "солтүстік-шығыс", ""),
         num(round(r.uniform(1.2, 4.5), 1), doc.lang), g("ясно, без осадков", "ашық, жауын-шашынсыз", "")]], role="other")
    head0 = g(["№", "Определяемый показатель", "Код ЗВ", "ПДК м.р., мг/м³", "Результаты испытаний, мг/м³", None, None, None, "НД на метод испытаний"],
              ["№", "Анықталатын көрсеткіш", "ЛЗ коды", "ШЖК б.р., мг/м³", "Сынау нәтижелері, мг/м³", None, None, None, "Сынау әдісіне НҚ"], [])
    head1 = [None] * 4 + [f"{pid}\n({(s_ru, s_kk)[L]}, 300 м)" for pid, s_ru, s_kk in SZZ_POINTS] + [None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    below = False
    for k, (c, pdk, (lo, hi)) in enumerate(SZZ_AIR, 1):
        line = [str(k), _air(doc, c), c, num(pdk, doc.lang)]
        for pid, *_ in SZZ_POINTS:
            if c == "1728" and r.random() < 0.6:
                line.append(f"< {num(0.00003, doc.lang)}")
                below = True
                add(doc, {kk: vv for kk, vv in limit(("code", c), "air", pdk, "mg/m3", None, pid).items() if kk != "value"})
                continue
            v = _sig(pdk * r.uniform(lo, hi), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
        line.append("РД 52.04.186-89")
        rows.append(line)
    doc.table(g("Результаты испытаний", "Сынау нәтижелері", ""), rows, merges, role="limits")
    if below:
        doc.p(g("«<» – ниже нижней границы диапазона измерений методики.", "«<» – әдістеменің өлшеу ауқымының төменгі шегінен төмен.", ""))
    doc.p(g("Превышений ПДК м.р. на границе СЗЗ не установлено.", "СҚА шекарасында ШЖК б.р. асып кетуі анықталған жоқ.", ""))


# code: (VI label, QCVN 05:2023/BTNMT 1-hour average, µg/m3, (low, high) share)
VN_AMBIENT = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, (0.2, 0.7)), "0330": ("SO2", 350, (0.05, 0.3)), "0301": ("NO2", 200, (0.1, 0.5)),
              "0337": ("CO", 30000, (0.05, 0.25))}
VN_AMB_POINTS = ("KK1: Cổng trạm nạp, giáp đường nội bộ khu công nghiệp", "KK2: Khu vực bãi xuất nhập chai",
                 "KK3: Cuối hướng gió, cách hàng rào 50 m về phía Tây Nam", "KK4: Khu dân cư gần nhất, cách trạm 300 m")


def _limits_iv1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHIẾU KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH")
    doc.p(f"Khách hàng: Công ty TNHH Gas Đình Vũ – Kho và trạm nạp LPG Đình Vũ, thành phố Hải Phòng. Ngày lấy mẫu: {r.randint(3, 27):02d}/"
          f"{r.choice(('03', '06', '09', '12'))}/2025. Đơn vị quan trắc: Trung tâm Quan trắc Môi trường Duyên Hải (VIMCERTS 214).")
    pids = [p.split(":")[0] for p in VN_AMB_POINTS]
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, None, None, "QCVN 05:2023/BTNMT (trung bình 1 giờ)"], [None, None, None, *pids, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    meteo = (("Nhiệt độ", "°C", (26, 34), 1), ("Độ ẩm", "%", (62, 85), 0), ("Tốc độ gió", "m/s", (0.8, 3.2), 1))
    k = 0
    for label, unit, (lo, hi), d in meteo:
        k += 1
        rows.append([str(k), label, unit, *(num(round(r.uniform(lo, hi), d), "vi") for _ in pids), "-"])
    for c, (label, lim, (lo, hi)) in VN_AMBIENT.items():
        k += 1
        line = [str(k), label, "µg/m³"]
        for pid in pids:
            v = float(round(lim * r.uniform(lo, hi) / 10) * 10) if c == "0337" else float(round(lim * r.uniform(lo, hi)))
            line.append(num(v, "vi"))
            add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        line.append(num(lim, "vi"))
        rows.append(line)
    doc.table("Bảng kết quả", rows, merges, role="limits")
    doc.p("Vị trí lấy mẫu: " + "; ".join(VN_AMB_POINTS) + ".")
    doc.p("Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép của QCVN 05:2023/BTNMT.")
    maybe_distractor(doc)


# (number, RU, KK, norms key)
CNG_STACKS = (
    ("0001", "Дымовая труба котельной (котлы RS-A 250, 2 шт.)", "Қазандықтың түтін мұржасы (RS-A 250 қазандары, 2 дана)", "boiler"),
    ("0002", "Выхлопная труба газопоршневого привода компрессора К-1", "К-1 компрессорының газ-поршеньді жетегінің шығару құбыры", "engine"),
    ("0003", "Выхлопная труба газопоршневого привода компрессора К-2", "К-2 компрессорының газ-поршеньді жетегінің шығару құбыры", "engine"),
)  # fmt: skip
CNG_NORMS = {"boiler": {"0301": 150, "0304": 25, "0337": 100}, "engine": {"0301": 250, "0304": 40, "0337": 300}}


def _replicates(doc: Doc, mean: float, spread: float = 0.08, digits: int = 1) -> tuple[list[float], float]:
    """Three measurements around a mean and the mean of the three as the protocol rounds it."""
    r = doc.rng
    xs = [round(mean * (1 + r.uniform(-spread, spread)), digits) for _ in range(3)]
    return xs, round(sum(xs) / 3, digits)


def limits_iv2(doc: Doc) -> None:
    """A protocol of instrumental measurements at the stacks of a CNG filling station — the boiler house and the gas-engine
    drives of two compressors — each stack a row spanning the table, under it a row per substance with three successive
    measurements under a merged header, their mean, the norm and a verdict; only the mean is judged against the norm, the
    three measurements are look-alikes; the oxygen and the gas temperature rows carry no norm; a compressor in reserve
    written across its rows (VI: an LNG station's two heating boilers against QCVN 19:2009/BTNMT column B, `Lần 1 | Lần 2 |
    Lần 3 | Trung bình`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CNG_CITIES)
    core, city = c[7], c[L]
    reserve = doc.pick(("0002", "0003"))
    doc.h(g(f"Протокол инструментальных замеров на источниках выбросов № {r.randint(20, 240)}/25",
            f"Шығарынды көздеріндегі аспаптық өлшеулер хаттамасы № {r.randint(20, 240)}/25", ""))
    doc.p(g(f"Объект: АГНКС «{core}» ({city}). Оператор: ТОО «ҚазМетан Сервис». Измерения выполнены газоанализатором Testo 350 "
            "(свидетельство о поверке действительно до 12.2026); концентрации приведены к нормальным условиям. Нормативы – по "
            "проекту НДВ, согласованному с декларацией о воздействии.",
            f"Объект: «{core}» АГТКС ({city}). Оператор: «ҚазМетан Сервис» ЖШС. Өлшеулер Testo 350 газоанализаторымен орындалды (салыстырып "
            "тексеру туралы куәлік 12.2026 дейін жарамды); концентрациялар қалыпты жағдайларға келтірілген. Нормативтер – әсер ету "
            "туралы декларациямен келісілген ЖШН жобасы бойынша.", ""))
    rows = [g(["Определяемый компонент", "Результаты измерений, мг/Нм³", None, None, "Среднее значение, мг/Нм³", "Норматив, мг/Нм³", "Вывод"],
              ["Анықталатын компонент", "Өлшеу нәтижелері, мг/Нм³", None, None, "Орташа мәні, мг/Нм³", "Норматив, мг/Нм³", "Қорытынды"], []),
            [None, "1", "2", "3", None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    ok = g("соответствует", "сәйкес келеді", "")
    for number, s_ru, s_kk, kind in CNG_STACKS:
        _span(rows, merges, g(f"ИЗА {number} – {s_ru}", f"{number} ЛШК – {s_kk}", ""), 7)
        if number == reserve:
            _span(rows, merges, g("Компрессор в резерве, замеры не проводились", "Компрессор резервте, өлшеулер жүргізілген жоқ", ""), 7)
            continue
        for code, norm in CNG_NORMS[kind].items():
            xs, mean = _replicates(doc, norm * r.uniform(0.3, 0.85))
            rows.append([f"{_air(doc, code)} ({code})", *(num(x, doc.lang) for x in xs), num(mean, doc.lang), num(norm, doc.lang), ok])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, mean))
        xs, mean = _replicates(doc, r.uniform(6, 12) if kind == "engine" else r.uniform(3, 6), 0.05)
        rows.append([g("Кислород (O2), %", "Оттегі (O2), %", ""), *(num(x, doc.lang) for x in xs), num(mean, doc.lang), "–", "–"])
        xs, mean = _replicates(doc, r.uniform(380, 460) if kind == "engine" else r.uniform(120, 160), 0.03, 0)
        rows.append([g("Температура газов, °С", "Газдардың температурасы, °С", ""), *(num(x, doc.lang) for x in xs), num(mean, doc.lang), "–", "–"])
    doc.table(g("Результаты измерений", "Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in CNG_STACKS))
    maybe_distractor(doc)


# code: (VI label, C of QCVN 19:2009/BTNMT column B, mg/Nm3, (low, high) share)
VN_BOILER = {"2902": ("Bụi tổng", 200, (0.05, 0.2)), "0330": ("SO2", 500, (0.01, 0.05)), "0301": ("NOx (tính theo NO2)", 850, (0.1, 0.3)),
             "0337": ("CO", 1000, (0.02, 0.12))}


def _limits_iv2_vi(doc: Doc) -> None:
    r = doc.rng
    core, station, investor, *_ = doc.pick(VN_LNG)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – {station.upper()}")
    doc.p(f"Chủ cơ sở: {investor}. Nồi hơi đốt khí thiên nhiên cấp nhiệt cho thiết bị hóa hơi. Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B, "
          "Kp = 1,0 (lưu lượng dưới 20.000 m³/h), Kv = 1,0 (khu công nghiệp), Cmax = C × Kp × Kv. Mỗi thông số đo 03 lần liên tiếp, "
          "giá trị so sánh là giá trị trung bình.")
    rows = [["Vị trí / Thông số", "Đơn vị", "Lần 1", "Lần 2", "Lần 3", "Trung bình", "QCVN 19:2009/BTNMT cột B (Cmax)"]]
    merges = []
    for pid, label in (("KT1", "Ống khói nồi hơi số 1"), ("KT2", "Ống khói nồi hơi số 2")):
        _span(rows, merges, f"{pid} – {label}", 7)
        for c, (name, lim, (lo, hi)) in VN_BOILER.items():
            xs, mean = _replicates(doc, lim * r.uniform(lo, hi))
            rows.append([name, "mg/Nm³", *(num(x, "vi") for x in xs), num(mean, "vi"), num(lim, "vi")])
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", pid, mean))
        xs, mean = _replicates(doc, r.uniform(3, 6), 0.05)
        rows.append(["O2", "%", *(num(x, "vi") for x in xs), num(mean, "vi"), "-"])
    doc.table("Bảng 2. Kết quả phân tích khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: giá trị trung bình của các thông số đều thấp hơn giới hạn cho phép.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# ((RU section, KK section), [(number, RU object, KK object, kind)])
GDC_PLAN = (
    (("Эксплуатационный участок № 1 (Алмалинский и Ауэзовский районы)", "№ 1 пайдалану учаскесі (Алмалы және Әуезов аудандары)"), [
        ("0011", "ГРП-11, ул. Толе би, 285", "ГРП-11, Төле би к-сі, 285", "candle"),
        ("0012", "ГРП-12, мкр. Аксай-4, 20а", "ГРП-12, Ақсай-4 ы.а., 20а", "candle"),
        ("0013", "ГРП-12, мкр. Аксай-4, 20а", "ГРП-12, Ақсай-4 ы.а., 20а", "boiler")]),
    (("Эксплуатационный участок № 2 (Алатауский и Наурызбайский районы)", "№ 2 пайдалану учаскесі (Алатау және Наурызбай аудандары)"), [
        ("0021", "ГРП-21, мкр. Шаңырақ-1, ул. Жанкожа батыра, 5", "ГРП-21, Шаңырақ-1 ы.а., Жанқожа батыр к-сі, 5", "candle"),
        ("0022", "ГРП-22, мкр. Калкаман, ул. Ашимова, 1", "ГРП-22, Қалқаман ы.а., Әшімов к-сі, 1", "candle")]),
    (("Головной газорегуляторный пункт «Алатау»", "«Алатау» бас газ реттеу пункті"), [
        ("0030", "ГГРП «Алатау», одоризационная установка УОГ-1", "«Алатау» ГГРП, УОГ-1 одорация қондырғысы", "odorant")]),
)  # fmt: skip
# kind: ((RU source, KK source), codes, (RU method, KK method), frequency)
GDC_KINDS = {
    "candle": (("продувочная свеча", "үрлеу шырағы"), ("0410", "1716"),
               ("расчетный (по журналу продувок и срабатываний ПСК)", "есептік (үрлеу және ПСК іске қосылу журналы бойынша)"), "quarterly"),
    "boiler": (("дымовая труба отопительного котла", "жылыту қазандығының түтін мұржасы"), ("0301", "0337"),
               ("инструментальный (газоанализатор)", "аспаптық (газоанализатор)"), "yearly"),
    "odorant": (("дыхательная свеча емкости одоранта", "одорант сыйымдылығының тыныс алу шырағы"), ("1716",),
                ("инструментальный (газоанализатор)", "аспаптық (газоанализатор)"), "monthly"),
}  # fmt: skip


def _names(doc: Doc, codes) -> str:
    return ", ".join(f"{_air(doc, c)} ({c})" for c in codes)


def monitoring_iv1(doc: Doc) -> None:
    """A city gas distribution branch's programme of emission monitoring whose objects are its gas regulating points by address
    under a row spanning the table per operating section, the source's number only inside the object's cell — `ГРП-12, мкр.
    Аксай-4, 20а (ИЗА № 0013 – дымовая труба отопительного котла)` — one point with two sources on two rows, the substances
    as `name (code)` in one cell, the method before the frequency, then a section of impact monitoring at the boundary of the
    odorization unit's protection zone (VI: an LNG station's programme in its permit, the points named in words with their
    codes in brackets — `(ký hiệu KT1)` — under section rows by medium)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_iv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("Алматинский городской филиал АО «Газ Аймақ Тарату»", "«Газ Аймақ Тарату» АҚ Алматы қалалық филиалы", "")
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 4. Операционный мониторинг и мониторинг эмиссий", "4-бөлім. Операциялық мониторинг және эмиссиялар мониторингі", ""))
    lab = g("Испытательная лаборатория ТОО «ЭкоАналитика»", "«ЭкоАналитика» ЖШС сынақ зертханасы", "")
    own = g("Служба охраны окружающей среды филиала", "Филиалдың қоршаған ортаны қорғау қызметі", "")
    rows = [g(["№ п/п", "Объект контроля", "Контролируемые вещества (код)", "Метод контроля", "Периодичность", "Исполнитель"],
              ["Р/с №", "Бақылау объектісі", "Бақыланатын заттар (коды)", "Бақылау әдісі", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    numbers, pairs, n = [], [], 0
    for (s_ru, s_kk), items in GDC_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for number, o_ru, o_kk, kind in items:
            n += 1
            (k_ru, k_kk), codes, method, word = GDC_KINDS[kind]
            obj = g(f"{o_ru} (ИЗА № {number} – {k_ru})", f"{o_kk} ({number} ЛШК – {k_kk})", "")
            rows.append([str(n), obj, _names(doc, codes), method[L], freq(doc, word), lab if kind != "candle" else own])
            numbers.append(number)
            for c in codes:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
                pairs.append((number, c))
    _span(rows, merges, g("Мониторинг воздействия: граница СЗЗ ГГРП «Алатау» (50 м)", "Әсер ету мониторингі: «Алатау» ГГРП СҚА шекарасы (50 м)", ""), 6)
    sides = r.sample(g(["север", "восток", "юг", "запад"], ["солтүстік", "шығыс", "оңтүстік", "батыс"], []), 2)
    for pid, side in zip(("Т-1", "Т-2"), sides, strict=True):
        n += 1
        rows.append([str(n), g(f"{pid} – граница СЗЗ ({side})", f"{pid} – СҚА шекарасы ({side})", ""), _names(doc, ("0410", "1716")),
                     g("инструментальный", "аспаптық", ""), freq(doc, "quarterly"), lab])
        for c in ("0410", "1716"):
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылау жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": x, "type": "organized"} for x in numbers))
    doc.add("emissions", *(emission(c, None, None, x) for x, c in pairs))
    maybe_distractor(doc)


# (section, [(where, code, [(kind, key)], said, frequency)])
VN_LNG_PLAN = (
    ("1. Quan trắc khí thải định kỳ", [
        ("Ống khói nồi hơi gia nhiệt số 1 (ký hiệu KT1)", "KT1", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
         "Lưu lượng, Bụi tổng, SO2, NOx (tính theo NO2), CO", "semiannual"),
        ("Ống khói nồi hơi gia nhiệt số 2 (ký hiệu KT2)", "KT2", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
         "Lưu lượng, Bụi tổng, SO2, NOx (tính theo NO2), CO", "semiannual")]),
    ("2. Quan trắc nước thải định kỳ", [
        ("Hố ga sau bể tách dầu và bể tự hoại, trước khi đấu nối vào hệ thống thu gom nước thải của khu công nghiệp (ký hiệu NT1)", "NT1",
         [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+", "TPH", "Coliform")],
         "Lưu lượng, pH, BOD5, COD, TSS, Amoni, Tổng dầu mỡ khoáng, Tổng Coliforms", "quarterly")]),
    ("3. Quan trắc môi trường không khí xung quanh", [
        ("Khu vực bồn chứa LNG, cuối hướng gió (ký hiệu KK1)", "KK1", [("code", "0410"), ("code", "0337"), ("code", "2902")],
         "CH4, CO, Bụi tổng", "semiannual")]),
)  # fmt: skip


def _monitoring_iv1_vi(doc: Doc) -> None:
    core, station, investor, *_ = doc.pick(VN_LNG)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {station.upper()}")
    doc.p(f"(Phụ lục kèm theo Giấy phép môi trường cấp cho {investor})")
    rows = [["TT", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    std = {"1": "QCVN 19:2009/BTNMT cột B", "2": "Tiêu chuẩn tiếp nhận của khu công nghiệp", "3": "QCVN 05:2023/BTNMT"}
    n = 0
    for section, points in VN_LNG_PLAN:
        _span(rows, merges, section, 5)
        for where, pid, keys, said, word in points:
            n += 1
            rows.append([str(n), where, said, freq(doc, word), std[section[0]]])
            doc.add("monitoring", *({"point_contains": pid, kind: key, "frequency": word} for kind, key in keys))
    n += 1
    _span(rows, merges, "4. Giám sát chất thải rắn, chất thải nguy hại", 5)
    rows.append([str(n), "Kho lưu giữ chất thải nguy hại", "Khối lượng, chủng loại, chứng từ chuyển giao", "Thường xuyên", "-"])
    doc.table("Bảng 1. Chương trình quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (point, RU, KK, is a source, {code: frequency})
GNS_AIR_PLAN = (
    ("0001", "Свеча рассеивания участка дегазации", "Газсыздандыру учаскесінің шашырату шырағы", True, {"0415": "quarterly", "1728": "quarterly"}),
    ("0003", "Труба дробеструйной камеры", "Бытыра ату камерасының құбыры", True, {"2930": "semiannual", "0123": "semiannual"}),
    ("0004", "Вытяжная труба окрасочно-сушильной камеры", "Бояу-кептіру камерасының сору құбыры", True, {"0616": "quarterly", "2752": "quarterly"}),
    ("0005", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", True, {"0301": "yearly", "0337": "yearly"}),
    ("Т-1", "Граница СЗЗ, север", "СҚА шекарасы, солтүстік", False, {"0415": "quarterly", "1728": "quarterly", "0301": "semiannual", "0337": "semiannual"}),
    ("Т-2", "Граница СЗЗ, юг", "СҚА шекарасы, оңтүстік", False, {"0415": "quarterly", "1728": "quarterly", "0301": "semiannual", "0337": "semiannual"}),
)  # fmt: skip
GNS_AIR_CODES = ("0415", "1728", "2930", "0123", "0616", "2752", "0301", "0337")
GNS_WATER_PLAN = (
    ("КК-1", "Выпуск сточных вод участка гидроиспытаний и мойки баллонов в городскую канализацию",
     "Баллондарды гидросынау және жуу учаскесінің ағынды суларын қалалық кәрізге шығару", {"pH": "quarterly", "TSS": "quarterly",
     "TPH": "quarterly", "Surfactants": "quarterly", "COD": "semiannual"}),
    ("П-1", "Почва у сливной железнодорожной эстакады", "Темір жол құю эстакадасы маңындағы топырақ", {"TPH": "yearly"}),
    ("П-2", "Почва у площадки накопления тяжелых остатков", "Ауыр қалдықтарды жинақтау алаңы маңындағы топырақ", {"TPH": "yearly"}),
)  # fmt: skip
GNS_WATER_KEYS = ("pH", "TSS", "TPH", "Surfactants", "COD")
LETTERS = {
    "ru": {"monthly": "М", "quarterly": "К", "semiannual": "П", "yearly": "Г"},
    "kk": {"monthly": "А", "quarterly": "Т", "semiannual": "ЖЖ", "yearly": "Ж"},
    "vi": {"monthly": "T", "quarterly": "Q", "semiannual": "S", "yearly": "N"},
}
LEGEND = {
    "ru": "Обозначения: М – ежемесячно; К – ежеквартально; П – 1 раз в полугодие; Г – 1 раз в год; «–» – не контролируется.",
    "kk": "Белгілер: А – ай сайын; Т – тоқсанына 1 рет; ЖЖ – жарты жылда 1 рет; Ж – жылына 1 рет; «–» – бақыланбайды.",
    "vi": "Ký hiệu: T – hằng tháng; Q – 03 tháng/lần; S – 06 tháng/lần; N – 01 lần/năm; “-” – không quan trắc.",
}


def monitoring_iv2(doc: Doc) -> None:
    """An LPG bottling station's programme laid out as two matrices, places as rows and what is measured as columns, each
    cell holding a letter of the frequency (`К`, `П`, `Г`; KK `Т`, `ЖЖ`, `Ж`) or a dash, the letters explained only in a
    legend under the tables: the first matrix the stacks by source number and two boundary points against the gases and dusts
    headed by code and name, the second the sewer outlet and two soil points against water parameters (VI: an LPG depot's
    `T`, `Q`, `S`, `N` in the cells of its air and water matrices)."""
    r = doc.rng
    L = _L(doc) if doc.lang != "vi" else 2
    g = doc.v
    letters = LETTERS[doc.lang]
    if doc.lang == "vi":
        air_plan = (("KK1", "Khu vực bồn chứa LPG", {"2902": "semiannual", "0337": "semiannual", "0301": "semiannual"}),
                    ("KK2", "Khu vực nạp chai", {"2902": "quarterly", "0337": "quarterly", "0301": "quarterly", "0330": "quarterly"}),
                    ("KK3", "Cổng trạm, giáp đường khu công nghiệp", {"2902": "semiannual", "0337": "semiannual", "0301": "semiannual",
                                                                      "0330": "semiannual"}))
        codes = (("2902", "Bụi tổng"), ("0337", "CO"), ("0301", "NO2"), ("0330", "SO2"))
        doc.h("KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – KHO VÀ TRẠM NẠP LPG ĐÌNH VŨ")
        doc.p("Chủ cơ sở: Công ty TNHH Gas Đình Vũ. Tần suất quan trắc được ghi bằng ký hiệu tại ô giao giữa vị trí và thông số.")
        rows = [["Vị trí", "Mô tả", *(label for _, label in codes)]]
        for pid, where, plan in air_plan:
            rows.append([pid, where, *(letters[plan[c]] if c in plan else "-" for c, _ in codes)])
            doc.add("monitoring", *({"point": pid, "code": c, "frequency": w} for c, w in plan.items()))
        doc.table("Bảng 1. Không khí xung quanh", rows, role="monitoring")
        water = (("NT1", "Nước thải sau hệ thống xử lý nước rửa chai", {"pH": "quarterly", "TSS": "quarterly", "COD": "quarterly",
                                                                       "TPH": "quarterly", "Coliform": "semiannual"}),
                 ("NM1", "Nước mưa chảy tràn tại hố ga cuối trước khi ra cống khu công nghiệp", {"TSS": "semiannual", "TPH": "semiannual"}))
        keys = (("pH", "pH"), ("TSS", "TSS"), ("COD", "COD"), ("TPH", "Tổng dầu mỡ khoáng"), ("Coliform", "Tổng Coliforms"))
        rows = [["Vị trí", "Mô tả", *(label for _, label in keys)]]
        for pid, where, plan in water:
            rows.append([pid, where, *(letters[plan[s]] if s in plan else "-" for s, _ in keys)])
            doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": w} for s, w in plan.items()))
        doc.table("Bảng 2. Nước thải, nước mưa", rows, role="monitoring")
        doc.p(LEGEND["vi"])
        maybe_distractor(doc)
        return
    site = LPG_SITES[doc.pick((0, 2, 3, 5))]
    name, operator = site[2 + L], site[5 + L]
    doc.h(g(f"Программа производственного экологического контроля. {name} ({operator})",
            f"Өндірістік экологиялық бақылау бағдарламасы. {name} ({operator})", ""))
    doc.p(g("Периодичность контроля указана буквенным обозначением на пересечении места контроля и контролируемого показателя.",
            "Бақылау кезеңділігі бақылау орны мен бақыланатын көрсеткіштің қиылысында әріптік белгімен көрсетілген.", ""))
    head0 = [g("Место контроля", "Бақылау орны", ""), None, *(_air(doc, c) for c in GNS_AIR_CODES)]
    head1 = [g("№ ИЗА, точки", "ЛШК, нүкте №", ""), g("Наименование", "Атауы", ""), *GNS_AIR_CODES]
    rows = [head0, head1]
    merges = [(0, 0, 0, 1)]
    sources, pairs = [], []
    plan = [p for p in GNS_AIR_PLAN if p[0] != "0003" or r.random() < 0.7]
    for pid, p_ru, p_kk, is_source, cells in plan:
        if pid == "0001" and r.random() < 0.5:
            cells = dict.fromkeys(cells, "monthly")
        rows.append([pid, (p_ru, p_kk)[L], *(letters[cells[c]] if c in cells else "–" for c in GNS_AIR_CODES)])
        key = "source_number" if is_source else "point"
        doc.add("monitoring", *({key: pid, "code": c, "frequency": w} for c, w in cells.items()))
        if is_source:
            sources.append(pid)
            pairs += [(pid, c) for c in cells]
    doc.table(g("Таблица 5.1 – Атмосферный воздух", "5.1-кесте – Атмосфералық ауа", ""), rows, merges, role="monitoring")
    rows = [[g("Точка", "Нүкте", ""), g("Место отбора проб", "Сынама алу орны", ""), *(vocab.water(s, doc.lang) for s in GNS_WATER_KEYS)]]
    for pid, p_ru, p_kk, cells in GNS_WATER_PLAN:
        rows.append([pid, (p_ru, p_kk)[L], *(letters[cells[s]] if s in cells else "–" for s in GNS_WATER_KEYS)])
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": w} for s, w in cells.items()))
    doc.table(g("Таблица 5.2 – Сточные воды и почва", "5.2-кесте – Ағынды сулар және топырақ", ""), rows, role="monitoring")
    doc.p(LEGEND[doc.lang])
    doc.add("sources", *({"number": x, "type": "organized"} for x in sources))
    doc.add("emissions", *(emission(c, None, None, x) for x, c in pairs))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

SAID = {
    "ru": {"daily": "ежедневно", "2pw": "2 раза в неделю", "weekly": "1 раз в неделю", "monthly": "1 раз в месяц",
           "quarterly": "1 раз в 3 месяца", "semiannual": "1 раз в 6 месяцев", "yearly": "1 раз в 12 месяцев"},
    "kk": {"daily": "күн сайын", "2pw": "аптасына 2 рет", "weekly": "аптасына 1 рет", "monthly": "айына 1 рет",
           "quarterly": "3 айда 1 рет", "semiannual": "6 айда 1 рет", "yearly": "12 айда 1 рет"},
    "vi": {"daily": "Hằng ngày", "2pw": "2 lần/tuần", "weekly": "Hằng tuần", "monthly": "01 tháng/lần",
           "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "12 tháng/lần"},
}  # fmt: skip
# (RU work, KK work, (ГРП, ШРП, odorization unit), RU who, KK who)
GRP_WORKS = (
    ("Осмотр технического состояния (обход) с проверкой загазованности", "Газдануын тексере отырып техникалық жай-күйін қарап шығу (айналып шығу)",
     ("daily", "2pw", "daily"), "слесарь по эксплуатации газового оборудования", "газ жабдығын пайдалану жөніндегі слесарь"),
    ("Проверка герметичности соединений течеискателем", "Қосылыстардың саңылаусыздығын ағып кету іздегішпен тексеру",
     ("monthly", "quarterly", "monthly"), "мастер службы ГРП", "ГРП қызметінің шебері"),
    ("Проверка параметров настройки и срабатывания ПЗК и ПСК", "ПЗК мен ПСК баптау және іске қосылу параметрлерін тексеру",
     ("quarterly", "quarterly", None), "мастер службы ГРП", "ГРП қызметінің шебері"),
    ("Проверка перепада давления на газовых фильтрах", "Газ сүзгілеріндегі қысым айырмасын тексеру",
     ("semiannual", "yearly", "semiannual"), "бригада службы ГРП", "ГРП қызметінің бригадасы"),
    ("Контроль степени одоризации газа (интенсивность запаха)", "Газдың одорациялану дәрежесін бақылау (иістің қарқындылығы)",
     (None, None, "weekly"), "лаборант химической лаборатории", "химиялық зертхана зертханашысы"),
    ("Проверка журнала учета отходов и мест накопления (фильтрующие кассеты, тара из-под одоранта)",
     "Қалдықтарды есепке алу журналын және жинақтау орындарын тексеру (сүзгі кассеталары, одорант ыдысы)",
     ("quarterly", None, "monthly"), "инженер-эколог филиала", "филиалдың инженер-экологы"),
)  # fmt: skip
# (VI work, (PRS, MS, pipeline), who)
VN_GRP_WORKS = (
    ("Kiểm tra bên ngoài, phát hiện rò rỉ khí bằng máy dò khí cầm tay", ("daily", "weekly", "2pw"), "Tổ vận hành trạm"),
    ("Kiểm tra áp suất cài đặt van an toàn, van ngắt khẩn cấp", ("quarterly", "semiannual", None), "Phòng Kỹ thuật"),
    ("Kiểm tra chênh áp qua bộ lọc khí", ("monthly", "quarterly", None), "Tổ vận hành trạm"),
    ("Kiểm tra nồng độ chất tạo mùi trong khí cấp cho khách hàng", (None, "monthly", None), "Phòng An toàn – Môi trường"),
    ("Kiểm tra hành lang an toàn tuyến ống, biển báo, cột mốc", (None, None, "weekly"), "Đội tuần tuyến"),
    ("Kiểm tra kho lưu giữ chất thải nguy hại và sổ theo dõi chất thải", ("monthly", None, None), "Phòng An toàn – Môi trường"),
)


def inspections_iv1(doc: Doc) -> None:
    """A gas distribution branch's schedule of inspections and maintenance of its regulating points in which the kinds of work
    are the rows and the kinds of point the columns — ГРП, cabinet points, odorization units — under a merged `Периодичность`,
    each cell holding how often that work is done at that kind of point (`1 раз в 3 месяца`, `1 раз в 6 месяцев`) or a dash, so
    that a row gives up to three checks; `2 раза в неделю` at the cabinet points is no frequency of the contract; the one who
    does the work last (VI: a gas distribution company's checks of its pressure-reducing stations, customers' metering stations
    and pipelines)."""
    vi = doc.lang == "vi"
    g = doc.v
    said = SAID[doc.lang]
    if vi:
        doc.h("KẾ HOẠCH KIỂM TRA, BẢO DƯỠNG ĐỊNH KỲ HỆ THỐNG PHÂN PHỐI KHÍ THẤP ÁP NĂM 2026")
        doc.p("Công ty Cổ phần Khí Thiên nhiên Bình Dương Xanh – các khu công nghiệp VSIP II, Mỹ Phước 3 và Nam Tân Uyên. Kết quả kiểm tra được "
              "ghi vào sổ vận hành của từng trạm.")
        rows = [["TT", "Nội dung kiểm tra", "Tần suất", None, None, "Bộ phận thực hiện"],
                [None, None, "Trạm giảm áp (PRS)", "Trạm đo đếm khách hàng (MS)", "Tuyến ống phân phối", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
        for k, (what, cells, who) in enumerate(VN_GRP_WORKS, 1):
            rows.append([str(k), what, *(said[c] if c else "-" for c in cells), who])
            for c in cells:
                if c:
                    item = {"kind": "inspection", "text_contains": _words(what, 6), "actor_contains": who}
                    if c != "2pw":
                        item["frequency"] = c
                    doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung và tần suất kiểm tra", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    operator = g("Алматинский городской филиал АО «Газ Аймақ Тарату»", "«Газ Аймақ Тарату» АҚ Алматы қалалық филиалы", "")
    doc.p(g("Приложение 2 к приказу директора филиала от 26.12.2025 № 412-П", "Филиал директорының 26.12.2025 № 412-Б бұйрығына 2-қосымша", ""))
    doc.h(g(f"График осмотров и технического обслуживания газорегуляторных пунктов на 2026 год. {operator}",
            f"{operator}. Газ реттеу пункттерін 2026 жылы қарап шығу және техникалық қызмет көрсету кестесі", ""))
    rows = [g(["№", "Вид работ", "Периодичность", None, None, "Исполнитель"], ["№", "Жұмыс түрі", "Кезеңділігі", None, None, "Орындаушы"], []),
            g([None, None, "ГРП", "ШРП, ГРПШ", "Одоризационные установки", None], [None, None, "ГРП", "ШРП, ГРПШ", "Одорация қондырғылары", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    for k, w in enumerate(GRP_WORKS, 1):
        what, cells, who = w[L], w[2], w[3 + L]
        rows.append([str(k), what, *(said[c] if c else "–" for c in cells), who])
        for c in cells:
            if c:
                item = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
                if c != "2pw":
                    item["frequency"] = c
                doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Результаты осмотров заносятся в эксплуатационный журнал ГРП; выявленные утечки устраняются немедленно.",
            "Қарап шығу нәтижелері ГРП пайдалану журналына енгізіледі; анықталған ағып кетулер дереу жойылады.", ""))
    distractor(doc, "approval")


# (RU, KK, RU said, KK said, frequency, (RU basis, KK basis), RU who, KK who)
GNS_CHECKS = (
    ("Наружный осмотр резервуаров СУГ, арматуры и КИП", "СКГ резервуарларын, арматураны және БӨА сыртқы қарау", "ежедневно", "күн сайын",
     "daily", ("п. 1086", "1086-т."), "начальник смены ГНС", "ГТС ауысым бастығы"),
    ("Проверка исправности сигнализаторов загазованности", "Газдану сигнализаторларының жарамдылығын тексеру", "1 раз в 7 дней", "7 күнде 1 рет",
     "weekly", ("п. 1091", "1091-т."), "мастер по КИПиА", "БӨА және А жөніндегі шебер"),
    ("Проверка предохранительных клапанов резервуаров на срабатывание", "Резервуарлардың сақтандырғыш клапандарын іске қосылуға тексеру",
     "1 раз в 30 дней", "30 күнде 1 рет", "monthly", ("п. 1094", "1094-т."), "механик ГНС", "ГТС механигі"),
    ("Контрольное взвешивание наполненных баллонов", "Толтырылған баллондарды бақылап өлшеу", "каждый баллон", "әр баллон",
     None, ("п. 1121", "1121-т."), "наполнитель баллонов", "баллон толтырушы"),
    ("Проверка герметичности сливных рукавов и соединений", "Құю жеңдері мен қосылыстардың саңылаусыздығын тексеру",
     "перед каждым сливом цистерны", "цистернаны әр құю алдында", None, ("п. 1102", "1102-т."), "оператор сливной эстакады", "құю эстакадасының операторы"),
    ("Осмотр площадки накопления тяжелых остатков и тары, журнал учета отходов",
     "Ауыр қалдықтар мен ыдысты жинақтау алаңын, қалдықтарды есепке алу журналын қарау", "1 раз в 7 дней", "7 күнде 1 рет",
     "weekly", ("ст. 320 ЭК РК", "ҚР ЭК 320-бабы"), "инженер-эколог", "инженер-эколог"),
    ("Экспресс-контроль сточных вод на выпуске КК-1 (pH, нефтепродукты)", "КК-1 шығарындысындағы ағынды суларды экспресс-бақылау (pH, мұнай өнімдері)",
     "1 раз в 90 дней", "90 күнде 1 рет", "quarterly", ("Программа ПЭК, табл. 5.2", "ӨЭБ бағдарламасы, 5.2-кесте"), "лаборант ГНС", "ГТС зертханашысы"),
    ("Измерение сопротивления заземляющих устройств и молниезащиты", "Жерге тұйықтау құрылғылары мен найзағайдан қорғаудың кедергісін өлшеу",
     "1 раз в год", "жылына 1 рет", "yearly", ("п. 1139", "1139-т."), "энергетик ГНС", "ГТС энергетигі"),
)  # fmt: skip
VN_GNS_CHECKS = (
    ("Kiểm tra bồn chứa LPG, van, đồng hồ áp suất, mức chất lỏng", "Mỗi ca", None, "QCVN 10:2012/BCT", "Trưởng ca"),
    ("Kiểm tra hệ thống đầu dò và báo động rò rỉ khí", "7 ngày/lần", "weekly", "QCVN 10:2012/BCT", "Nhân viên kỹ thuật"),
    ("Kiểm tra van an toàn bồn chứa", "30 ngày/lần", "monthly", "QCVN 10:2012/BCT", "Nhân viên kỹ thuật"),
    ("Kiểm tra khối lượng chai sau khi nạp (cân kiểm tra)", "Từng chai", None, "TCVN 6304:1997", "Công nhân nạp chai"),
    ("Kiểm tra khu lưu giữ chai hỏng, cặn LPG và chất thải nguy hại", "Hằng ngày", "daily", "Thông tư 02/2022/TT-BTNMT", "Cán bộ môi trường"),
    ("Kiểm tra hố ga, bể lắng nước rửa chai", "90 ngày/lần", "quarterly", "Giấy phép môi trường", "Cán bộ môi trường"),
    ("Đo điện trở nối đất, chống sét", "12 tháng/lần", "yearly", "QCVN 10:2012/BCT", "Đơn vị kiểm định thuê ngoài"),
)


def inspections_iv2(doc: Doc) -> None:
    """An LPG bottling station's list of production checks in which the frequency is an interval in days — `1 раз в 7 дней`,
    `1 раз в 30 дней`, `1 раз в 90 дней` — beside `ежедневно`, `1 раз в год` and checks tied to each cylinder or each unloading
    that have no frequency, a column of the clauses of the safety requirements and of the Code (`п. 1094`, `ст. 320 ЭК РК`)
    whose numbers are no item's, the responsible last (VI: an LPG station's `7 ngày/lần`, `30 ngày/lần`, `90 ngày/lần`, `Mỗi
    ca`, `Từng chai`, the QCVN and TCVN a check rests on)."""
    g = doc.v
    if doc.lang == "vi":
        doc.h("QUY TRÌNH KIỂM TRA AN TOÀN VÀ BẢO VỆ MÔI TRƯỜNG – TRẠM NẠP LPG VÀO CHAI MỸ PHƯỚC")
        doc.p("Ban hành kèm theo Quyết định số 05/QĐ-GMP của Giám đốc Công ty TNHH Gas Mỹ Phước. Mọi bất thường phải báo ngay cho Trưởng trạm.")
        rows = [["TT", "Hạng mục kiểm tra", "Chu kỳ", "Căn cứ", "Người thực hiện"]]
        for k, (what, said, word, basis, who) in enumerate(VN_GNS_CHECKS, 1):
            rows.append([str(k), what, said, basis, who])
            item = {"kind": "inspection", "number": str(k), "text_contains": _words(what, 6), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Phụ lục. Danh mục kiểm tra định kỳ", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    site = LPG_SITES[doc.pick((0, 2, 3, 5))]
    name, operator = site[2 + L], site[5 + L]
    doc.h(g(f"Положение о производственном контроле. {name}", f"Өндірістік бақылау туралы ереже. {name}", ""))
    doc.p(g(f"Приложение 4. Перечень проверок, выполняемых персоналом {operator}. Ссылки на пункты даны по Правилам обеспечения промышленной "
            "безопасности для опасных производственных объектов, использующих сжиженные углеводородные газы.",
            f"4-қосымша. {operator} персоналы орындайтын тексерулер тізбесі. Тармақтарға сілтемелер сұйытылған көмірсутек газдарын пайдаланатын "
            "қауіпті өндірістік объектілер үшін өнеркәсіптік қауіпсіздікті қамтамасыз ету қағидалары бойынша берілген.", ""))
    rows = [g(["№ п/п", "Объект и содержание проверки", "Периодичность", "Основание", "Ответственный"],
              ["Р/с №", "Тексеру объектісі және мазмұны", "Кезеңділігі", "Негіздеме", "Жауапты"], [])]
    for k, c in enumerate(GNS_CHECKS, 1):
        what, said, word, basis, who = c[L], c[2 + L], c[4], c[5][L], c[6 + L]
        rows.append([str(k), what, said, basis, who])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(what, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU, KK, (RU objects, KK objects), t of methane a year or None, (RU term, KK term), (RU who, KK who))])
LDAR_PLAN = (
    (("Выявление и устранение утечек газа (программа LDAR)", "Газдың ағып кетуін анықтау және жою (LDAR бағдарламасы)"), [
        ("Провести обследование ГРП и ШРП оптической газовизуализационной камерой", "ГРП мен ШРП-ны оптикалық газ визуализациялау камерасымен тексеру",
         ("все ГРП и ШРП (312 ед.)", "барлық ГРП және ШРП (312 бірл.)"), 18.5, ("II–III кв. 2026 г.", "2026 ж. II–III тоқсан"),
         ("Служба ГРП", "ГРП қызметі")),
        ("Устранить утечки на резьбовых и фланцевых соединениях по результатам обследования",
         "Тексеру нәтижелері бойынша бұрандалы және фланецті қосылыстардағы ағып кетулерді жою",
         ("выявленные места утечек", "анықталған ағып кету орындары"), 42.0, ("в течение 30 дней после выявления", "анықталғаннан кейін 30 күн ішінде"),
         ("Служба ГРП", "ГРП қызметі"))]),
    (("Модернизация оборудования", "Жабдықты жаңғырту"), [
        ("Заменить пневматические регуляторы с постоянной стравкой газа на регуляторы без стравки",
         "Газды тұрақты шығаратын пневматикалық реттегіштерді шығарусыз реттегіштерге ауыстыру",
         ("ГРП-11, ГРП-21, ГРП-22", "ГРП-11, ГРП-21, ГРП-22"), 9.6, ("до 31.10.2026", "31.10.2026 дейін"),
         ("Служба главного инженера", "Бас инженер қызметі")),
        ("Установить на одоризационной установке УОГ-1 адсорбер паров одоранта", "УОГ-1 одорация қондырғысына одорант буларының адсорберін орнату",
         ("ГГРП «Алатау»", "«Алатау» ГГРП"), None, ("III кв. 2026 г.", "2026 ж. III тоқсан"), ("Служба главного инженера", "Бас инженер қызметі"))]),
    (("Сокращение стравливания газа при ремонтах", "Жөндеу кезінде газ шығаруды қысқарту"), [
        ("Перекачивать газ из отключаемого участка в соседний газопровод передвижной компрессорной установкой",
         "Ажыратылатын учаскеден газды жылжымалы компрессорлық қондырғымен көршілес газ құбырына айдау",
         ("газопроводы среднего давления", "орташа қысымды газ құбырлары"), 25.0, ("с 01.04.2026, постоянно", "01.04.2026 бастап, тұрақты"),
         ("Аварийно-диспетчерская служба", "Апаттық-диспетчерлік қызмет")),
        ("Вести учет объема стравленного газа по каждой продувке в журнале продувок", "Үрлеу журналында әр үрлеу бойынша шығарылған газ көлемін есепке алу",
         ("все эксплуатационные участки", "барлық пайдалану учаскелері"), None, ("с I кв. 2026 г.", "2026 ж. I тоқсанынан бастап"),
         ("Производственно-технический отдел", "Өндірістік-техникалық бөлім"))]),
)  # fmt: skip
GWP = 28


def tasks_iv1(doc: Doc) -> None:
    """A gas distribution branch's plan of cutting methane emissions (leak detection and repair, equipment without venting,
    recompression instead of venting at repairs), measures `1.1` under section rows, the objects, the expected cut under a
    merged header as tonnes of methane and tonnes of CO2-equivalent — figures that look like anything but are no item's — a
    dash where a measure cuts nothing measurable, the term and the responsible service last (VI: an LNG and CNG distributor's
    plan of mitigating greenhouse gases by Decree 06/2022, the cut in tCO2tđ, the lead and partner units)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("Алматинский городской филиал АО «Газ Аймақ Тарату»", "«Газ Аймақ Тарату» АҚ Алматы қалалық филиалы", "")
    doc.h(g(f"План мероприятий по сокращению выбросов метана на 2026–2027 годы. {operator}",
            f"{operator}. 2026–2027 жылдарға арналған метан шығарындыларын қысқарту жөніндегі іс-шаралар жоспары", ""))
    doc.p(g(f"Утвержден главным инженером филиала {r.randint(10, 28)}.01.2026. Фактические выбросы метана филиала за 2025 год по данным "
            f"инвентаризации парниковых газов составили {num(round(r.uniform(380, 520), 1), doc.lang)} т.",
            f"Филиалдың бас инженері {r.randint(10, 28)}.01.2026 бекітті. Парниктік газдарды түгендеу деректері бойынша филиалдың 2025 жылғы "
            f"метанның нақты шығарындылары {num(round(r.uniform(380, 520), 1), doc.lang)} т құрады.", ""))
    rows = [g(["№", "Мероприятие", "Объекты", "Ожидаемое сокращение выбросов", None, "Срок", "Ответственный"],
              ["№", "Іс-шара", "Объектілер", "Шығарындылардың күтілетін қысқаруы", None, "Мерзімі", "Жауапты"], []),
            g([None, None, None, "метан, т/год", "т CO2-экв./год", None, None], [None, None, None, "метан, т/жыл", "т CO2-экв./жыл", None, None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6)] + [(0, 3, 0, 4)]
    for s, ((s_ru, s_kk), items) in enumerate(LDAR_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 7)
        for k, (m_ru, m_kk, objects, tons, term, who) in enumerate(items, 1):
            text = (m_ru, m_kk)[L]
            t = round(tons * r.uniform(0.85, 1.15), 1) if tons else None
            rows.append([f"{s}.{k}", text, objects[L], num(t, doc.lang) if t else "–", num(round(t * GWP, 1), doc.lang) if t else "–", term[L], who[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    doc.p(g(f"Потенциал глобального потепления метана принят равным {GWP}.", f"Метанның жаһандық жылыну әлеуеті {GWP}-ге тең деп қабылданды.", ""))
    maybe_distractor(doc)


VN_GHG = (
    ("Lắp đặt hệ thống thu hồi hơi BOG từ bồn LNG về đường ống cấp khí thay cho xả ra môi trường", "Trạm LNG VSIP II", 620,
     "Quý III/2026", "Phòng Kỹ thuật", "Ban Quản lý dự án"),
    ("Thực hiện chương trình phát hiện và sửa chữa rò rỉ (LDAR) trên các trạm PRS, MS", "Toàn bộ 46 trạm", 410,
     "Hằng năm, bắt đầu từ tháng 3/2026", "Phòng An toàn – Môi trường", "Tổ vận hành trạm"),
    ("Thay thế bơm, quạt công suất lớn bằng động cơ có biến tần", "Trạm CNG mẹ", 85, "Năm 2026", "Xưởng Cơ điện", "Phòng Kỹ thuật"),
    ("Lắp đặt hệ thống điện mặt trời mái nhà 300 kWp", "Nhà điều hành, nhà xưởng bảo dưỡng", 260, "Quý IV/2026", "Ban Quản lý dự án",
     "Phòng Tài chính – Kế toán"),
    ("Chuyển đổi xe bồn vận chuyển CNG sang sử dụng nhiên liệu CNG", "Đội xe 12 chiếc", 140, "2026–2027", "Đội Vận tải", "Phòng Kỹ thuật"),
)


def _tasks_iv1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH GIẢM NHẸ PHÁT THẢI KHÍ NHÀ KÍNH GIAI ĐOẠN 2026 – 2030")
    doc.p("Công ty Cổ phần Khí Thiên nhiên Bình Dương Xanh – cơ sở thuộc danh mục phải thực hiện kiểm kê khí nhà kính theo Nghị định số "
          f"06/2022/NĐ-CP. Tổng phát thải năm cơ sở 2024: {num(r.randint(14000, 19000), 'vi')} tCO2tđ.")
    rows = [["TT", "Biện pháp giảm nhẹ", "Phạm vi áp dụng", "Lượng giảm phát thải dự kiến (tCO2tđ/năm)", "Thời gian thực hiện",
             "Đơn vị chủ trì", "Đơn vị phối hợp"]]
    for k, (what, scope, cut, term, lead, partner) in enumerate(VN_GHG, 1):
        rows.append([str(k), what, scope, num(round(cut * r.uniform(0.9, 1.1)), "vi"), term, lead, partner])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what, 5), "actor_contains": lead})
    doc.table("Bảng 3. Các biện pháp giảm nhẹ phát thải khí nhà kính", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK, RU term, KK term, RU who or None for `то же`, KK who, (RU, KK) surname of the one who acts)
INCIDENT_MEASURES = (
    ("Заменить поврежденный регулятор давления РДНК-400 на ШРП № 47 и проверить настройку ПСК",
     "№ 47 ШРП-дағы зақымдалған РДНК-400 қысым реттегішін ауыстыру және ПСК баптауын тексеру",
     "до 20.02.2026", "20.02.2026 дейін", "Начальник службы ГРП Бекенов А. С.", "ГРП қызметінің бастығы Бекенов А. С.", ("Бекенов", "Бекенов")),
    ("Провести внеочередной осмотр всех ШРП участка № 2 с проверкой герметичности", "№ 2 учаскенің барлық ШРП-ын саңылаусыздығын тексере отырып кезектен тыс қарау",
     "до 01.03.2026", "01.03.2026 дейін", None, None, ("Бекенов", "Бекенов")),
    ("Установить металлическое ограждение ШРП № 47 для защиты от наезда транспорта", "Көліктің соғылуынан қорғау үшін № 47 ШРП-ға металл қоршау орнату",
     "до 15.04.2026", "15.04.2026 дейін", "Начальник эксплуатационного участка № 2 Оспанов Е. К.", "№ 2 пайдалану учаскесінің бастығы Оспанов Е. К.", ("Оспанов", "Оспанов")),
    ("Провести внеплановый инструктаж слесарей по действиям при утечках газа", "Слесарьларға газ ағып кеткен кездегі әрекеттер бойынша жоспардан тыс нұсқама өткізу",
     "до 25.02.2026", "25.02.2026 дейін", None, None, ("Оспанов", "Оспанов")),
    ("Рассчитать объем выброса метана и одоранта при инциденте и включить его в отчет по ПЭК за I квартал 2026 года",
     "Инцидент кезіндегі метан мен одорант шығарындысының көлемін есептеу және оны 2026 жылғы I тоқсандағы ӨЭБ есебіне енгізу",
     "до 10.04.2026", "10.04.2026 дейін", "Инженер-эколог Жумабаева Г. Т.", "Инженер-эколог Жұмабаева Г. Т.", ("Жумабаева", "Жұмабаева")),
    ("Направить информацию о сверхнормативном выбросе в Департамент экологии по городу Алматы", "Нормадан тыс шығарынды туралы ақпаратты Алматы қаласы бойынша экология департаментіне жіберу",
     "в течение 3 рабочих дней", "3 жұмыс күні ішінде", None, None, ("Жумабаева", "Жұмабаева")),
)  # fmt: skip


def tasks_iv2(doc: Doc) -> None:
    """An act of investigating a gas leak at a cabinet regulating point knocked by a truck, the circumstances in a table of no
    role, then the measures to remove the causes `№ | мероприятие | срок | ответственный | отметка о выполнении` in which the
    responsible is written out once and then `то же` (KK `-//-`) on the rows below, one measure already marked done (VI: a
    record of investigating an LPG leak at a bottling plant's filling carousel, `Như trên` for the same unit)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("Алматинский городской филиал АО «Газ Аймақ Тарату»", "«Газ Аймақ Тарату» АҚ Алматы қалалық филиалы", "")
    volume = r.randint(180, 900)
    doc.h(g("Акт расследования инцидента", "Инцидентті тергеп-тексеру актісі", ""))
    doc.p(g(f"{operator}. Комиссия, назначенная приказом директора филиала от 09.02.2026 № 58-П, провела расследование инцидента на шкафном "
            "регуляторном пункте ШРП № 47 и установила следующее.",
            f"{operator}. Филиал директорының 09.02.2026 № 58-Б бұйрығымен тағайындалған комиссия № 47 шкафты реттеу пунктіндегі (ШРП) "
            "инцидентті тергеп-тексеріп, мыналарды анықтады.", ""))
    doc.table(g("1. Сведения об инциденте", "1. Инцидент туралы мәліметтер", ""), [
        [g("Дата и время", "Күні мен уақыты", ""), g("07.02.2026 (суббота), 07:40–09:15", "07.02.2026 (сенбі), 07:40–09:15", "")],
        [g("Место", "Орны", ""), g("ШРП № 47, мкр. Калкаман, ул. Ашимова, 14", "№ 47 ШРП, Қалқаман ы.а., Әшімов к-сі, 14", "")],
        [g("Характер инцидента", "Инциденттің сипаты", ""),
         g("наезд грузового автомобиля на ШРП, разрушение импульсной трубки регулятора, выход газа",
           "жүк автомобилінің ШРП-ға соғылуы, реттегіштің импульстік түтігінің бұзылуы, газдың шығуы", "")],
        [g("Объем вышедшего газа, м³", "Шыққан газдың көлемі, м³", ""), num(volume, doc.lang)],
        [g("Пострадавшие", "Зардап шеккендер", ""), g("нет", "жоқ", "")]], role="other")
    doc.p(g("Причины: отсутствие ограждения ШРП со стороны проезда; несвоевременное обнаружение утечки из-за отсутствия обхода в выходной день.",
            "Себептері: ШРП-ның өтпе жол жағынан қоршауының болмауы; демалыс күні айналып шығудың болмауынан ағып кетуді уақтылы анықтамау.", ""))
    rows = [g(["№ п/п", "Мероприятие", "Срок выполнения", "Ответственный исполнитель", "Отметка о выполнении"],
              ["Р/с №", "Іс-шара", "Орындау мерзімі", "Жауапты орындаушы", "Орындалғаны туралы белгі"], [])]
    done = doc.pick((0, 1, 5))
    for k, (m_ru, m_kk, t_ru, t_kk, w_ru, w_kk, key) in enumerate(INCIDENT_MEASURES, 1):
        who = (w_ru, w_kk)[L] or g("то же", "-//-", "")
        mark = g("выполнено 17.02.2026", "17.02.2026 орындалды", "") if k - 1 == done else ""
        text = (m_ru, m_kk)[L]
        rows.append([str(k), text, (t_ru, t_kk)[L], who, mark])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": key[L]})
    doc.table(g("2. Мероприятия по устранению причин инцидента", "2. Инцидент себептерін жою жөніндегі іс-шаралар", ""), rows, role="tasks")
    distractor(doc, "approval")


VN_INCIDENT = (
    ("Thay thế toàn bộ ống mềm và đầu nạp của bàn nạp số 3", "Trước 15/3/2026", "Tổ bảo trì cơ điện"),
    ("Kiểm tra độ kín của tất cả các bàn nạp trên dây chuyền nạp chai", "Trước 20/3/2026", "Như trên"),
    ("Bổ sung đầu dò khí gas tại khu vực dây chuyền nạp, kết nối với hệ thống ngắt khẩn cấp", "Quý II/2026", "Phòng Kỹ thuật"),
    ("Huấn luyện lại quy trình xử lý sự cố rò rỉ khí cho công nhân nạp chai", "Tháng 3/2026", "Bộ phận An toàn – Môi trường"),
    ("Tính toán lượng LPG thất thoát và báo cáo Sở Công Thương", "Trong 05 ngày làm việc", "Như trên"),
)


def _tasks_iv2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BIÊN BẢN ĐIỀU TRA SỰ CỐ RÒ RỈ KHÍ LPG – TRẠM NẠP LPG VÀO CHAI MỸ PHƯỚC")
    doc.p(f"Vào lúc 14 giờ 20 phút ngày {r.randint(2, 27):02d}/02/2026, tại bàn nạp số 3 của dây chuyền nạp chai xảy ra rò rỉ khí do nứt ống mềm nạp; "
          f"lượng LPG thất thoát ước tính {r.randint(8, 40)} kg, không có người bị thương. Đoàn điều tra thống nhất các biện pháp sau.")
    rows = [["TT", "Biện pháp khắc phục, phòng ngừa", "Thời hạn", "Bộ phận thực hiện"]]
    prev = ""
    for k, (what, term, who) in enumerate(VN_INCIDENT, 1):
        actor = prev if who == "Như trên" else who
        prev = actor
        rows.append([str(k), what, term, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what, 5), "actor_contains": actor})
    doc.table("Biện pháp khắc phục sau sự cố", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IV{k}", globals()[f"{role}_iv{k}"]) for role in ROLES for k in (1, 2)]
