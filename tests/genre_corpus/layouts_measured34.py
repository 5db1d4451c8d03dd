"""The nineteenth blind set's part GF (two layouts per role, `GF1` and `GF2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.794 over 126
files when first measured, 2026-12-05), then moved to the tuning layouts to be studied.

Theme: documents the regulators write. Kazakhstan: the Department of Ecology's acts of inspection with their
prescriptions, its conclusions on screening and on the scope of the assessment, the permits it issues with their
annexes of emission norms and of waste limits, its letters answering an operator, the public register of permits; for a
cement plant, a copper smelter, a grain terminal, a poultry farm and an oil depot. Vietnam: a provincial Department of
Agriculture and Environment's (Sở Nông nghiệp và Môi trường) inspection conclusions (kết luận thanh tra), decisions on
administrative sanctions with remedial measures, appraisal reports of an ĐTM, the environmental permits the province
issues with their annexes; for a seafood processor, a brick kiln, a rubber processing plant, a livestock farm and a
hospital.

Facility: an extract of the public register of permits, a row per permit, the nature user and its BIN on two lines of
one cell, the object and its KATO before the address in the next, an abbreviated category column (VI: the province's
list of the permits it issued in a quarter, the enterprise number under the company's name) (GF1); a screening
conclusion's requisites as two field–value pairs per row without a header, the centre of the site in degrees, minutes
and seconds with a decimal comma (VI: an ĐTM appraisal report's project data in the same shape, decimal degrees) (GF2).

Emissions: a permit's annex of emission norms grouped by substance, a spanning row with the code, the name and the
hazard class over the sources, a total per substance (VI: an ĐTM appraisal report, construction and operation as group
rows) (GF1); a scoping conclusion quoting the initiator's estimate, construction and operation as column groups, dashes
(VI: an inspection conclusion, the stack and its gas flow merged down over its pollutants) (GF2).

Wastes: a permit's annex of the limits of accumulation, the grand total first, hazardous and non-hazardous group rows
carrying subtotals, the code in brackets after the name (VI: a sanction decision, the wastes stored beyond the term, the
CTNH code in brackets, kilograms) (GF1); a screening conclusion, the quantity in the first column, the periods as group
rows, the level of hazard in words (VI: an ĐTM appraisal report, the unit inside each quantity's cell) (GF2).

Limits: an inspection act's measurements of ambient air at the protection zone, points as rows, substances as columns
headed by code and name, the ПДК on a row between the header and the points, `н/о` (VI: an inspection conclusion, waste
water at two points as sub-columns, QCVN 62-MT:2016/BTNMT column B, times of exceedance) (GF1); a laboratory protocol of
soils, a spanning row per point over the elements, the unit only in the caption (VI: a permit's annex, QCVN
28:2010/BTNMT column B with K = 1,0, bacteria `Không có`) (GF2).

Monitoring: a КЭР annex with group rows for emissions, the protection zone and ground water, substances as `name
(code)` separated by semicolons, an automated system on a row of two sources (VI: an ĐTM decision's supervision
programme, the same point periodic and continuous) (GF1); a prescription listing observations to add, the frequency
first and the substances by their codes only (VI: an inspection conclusion, the permit's frequency beside the rounds
done) (GF2).

Inspections: a prescription requiring internal checks, the least frequency in words (`не реже одного раза в месяц`)
(VI: an inspection conclusion, `Tối thiểu 01 lần/tháng`) (GF1); a letter agreeing a schedule, the areas as rows and the
frequencies as columns, the objects listed in the cells, one a line (VI: a record of a working visit) (GF2).

Tasks: a prescription, the violation, the article, the measure prescribed and the term, no executor (VI: a sanction
decision's remedial measures lettered `a)`) (GF1); a letter answering a plan of measures, group rows, items 1.1, 2.1,
the executor, the term and the Department's position (VI: an inspection conclusion's assignments, the unit in charge
and the unit cooperating) (GF2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, make_bin, make_kato, make_msdn, maybe_distractor, num
from .limits_data import AIR_PDK, SOIL_PDK, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _span(rows: list, merges: list, text: str, first: int = 0) -> None:
    """A row whose text spans the table from column `first`."""
    width = len(rows[0])
    rows.append([""] * first + [text] + [None] * (width - first - 1))
    merges.append((len(rows) - 1, first, len(rows) - 1, width - 1))


def _date(doc: Doc, day: int, month: int, year: int = 2026) -> str:
    return f"{day:02d}/{month:02d}/{year}" if doc.lang == "vi" else f"{day:02d}.{month:02d}.{year}"


def _dms(doc: Doc, x: float) -> tuple[str, float]:
    """Degrees, minutes and seconds with a decimal comma, and the value they mean."""
    d = int(x)
    m = int((x - d) * 60)
    s = min(round(((x - d) * 60 - m) * 60, 1), 59.9)
    return f"{d}°{m:02d}'{num(s, doc.lang)}\"", round(d + m / 60 + s / 3600, 6)


DEPT = {
    "ru": "РГУ «Департамент экологии по {region} Комитета экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан»",
    "kk": "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің {region} бойынша экология департаменті» РММ",
}  # fmt: skip

# key: (RU name, KK name, RU operator, KK operator, OKED, RU address, KK address, RU region, KK region, lat, lon, category)
KZ_PLANTS = {
    "cement": ("Цементный завод «Састобе»", "«Састөбе» цемент зауыты", "ТОО «Састобе Цемент»", "«Састөбе Цемент» ЖШС", "23510",
               "Туркестанская область, Тюлькубасский район, п. Састобе, промзона, 1",
               "Түркістан облысы, Түлкібас ауданы, Састөбе кенті, өнеркәсіптік аймақ, 1",
               "Туркестанской области", "Түркістан облысы", (42.52, 42.58), (70.08, 70.16), "I"),
    "smelter": ("Медеплавильный завод «Коунрад»", "«Қоңырат» мыс балқыту зауыты", "ТОО «Коунрад Коппер»", "«Қоңырат Коппер» ЖШС", "24440",
                "Карагандинская область, г. Балхаш, Промышленная зона, строение 12",
                "Қарағанды облысы, Балқаш қ., Өнеркәсіптік аймақ, 12 құрылыс",
                "Карагандинской области", "Қарағанды облысы", (46.82, 46.88), (74.95, 75.05), "I"),
    "grain": ("Зерновой терминал «Карабалык»", "«Қарабалық» астық терминалы", "ТОО «Карабалык Астык Терминал»",
              "«Қарабалық Астық Терминал» ЖШС", "52101", "Костанайская область, Карабалыкский район, п. Карабалык, ул. Элеваторная, 2",
              "Қостанай облысы, Қарабалық ауданы, Қарабалық кенті, Элеватор көшесі, 2",
              "Костанайской области", "Қостанай облысы", (53.83, 53.88), (61.98, 62.08), "II"),
    "poultry": ("Птицефабрика «Нуресиль»", "«Нұресіл» құс фабрикасы", "ТОО «Нуресиль Кус»", "«Нұресіл Құс» ЖШС", "01470",
                "Акмолинская область, Целиноградский район, с. Нуресиль, 1",
                "Ақмола облысы, Целиноград ауданы, Нұресіл а., 1",
                "Акмолинской области", "Ақмола облысы", (51.05, 51.12), (71.25, 71.35), "II"),
    "oil": ("Нефтебаза «Кызылжар»", "«Қызылжар» мұнай базасы", "ТОО «Кызылжар Мунай Онимдери»", "«Қызылжар Мұнай Өнімдері» ЖШС",
            "52102", "Северо-Казахстанская область, г. Петропавловск, ул. Нефтебазовая, 3",
            "Солтүстік Қазақстан облысы, Петропавл қ., Мұнай базасы көшесі, 3",
            "Северо-Казахстанской области", "Солтүстік Қазақстан облысы", (54.85, 54.90), (69.10, 69.20), "II"),
}  # fmt: skip

# key: (name, operator, address, province, lat, lon)
VN_PLANTS = {
    "seafood": ("Nhà máy chế biến thủy sản xuất khẩu Cái Khế", "Công ty Cổ phần Thủy sản Cái Khế",
                "Khu công nghiệp Trà Nóc 2, phường Phước Thới, thành phố Cần Thơ", "thành phố Cần Thơ", (10.08, 10.12), (105.70, 105.75)),
    "brick": ("Cơ sở sản xuất gạch tuynel Đông Sơn", "Công ty TNHH Gạch tuynel Đông Sơn", "xã Đông Hòa, tỉnh Thanh Hóa",
              "tỉnh Thanh Hóa", (19.78, 19.82), (105.70, 105.76)),
    "rubber": ("Nhà máy chế biến mủ cao su Lộc Ninh", "Công ty Cổ phần Cao su Lộc Ninh", "xã Lộc Thái, tỉnh Đồng Nai",
               "tỉnh Đồng Nai", (11.80, 11.86), (106.58, 106.64)),
    "livestock": ("Trang trại chăn nuôi heo nái Hòa Phú", "Công ty TNHH Chăn nuôi Hòa Phú", "xã Hòa Phú, tỉnh Gia Lai",
                  "tỉnh Gia Lai", (14.05, 14.12), (107.95, 108.02)),
    "hospital": ("Bệnh viện Đa khoa khu vực Hồng Lĩnh", "Bệnh viện Đa khoa khu vực Hồng Lĩnh", "phường Bắc Hồng Lĩnh, tỉnh Hà Tĩnh",
                 "tỉnh Hà Tĩnh", (18.52, 18.56), (105.70, 105.74)),
}  # fmt: skip


def _kz(doc: Doc, key: str) -> tuple[str, str]:
    p = KZ_PLANTS[key]
    return p[_L(doc)], p[2 + _L(doc)]


def _dept(doc: Doc, key: str) -> str:
    return DEPT[doc.lang].format(region=KZ_PLANTS[key][7 + _L(doc)])


def _so(key: str) -> str:
    return f"Sở Nông nghiệp và Môi trường {VN_PLANTS[key][3]}"


def _kz_number(doc: Doc, letters: str = "VWF") -> str:
    return f"KZ{doc.rng.randint(10, 99)}{letters}{doc.rng.randint(0, 99999999):08d}"


def _hz(code: str) -> int | None:
    return vocab.hazard(code)


# ---------------------------------------------------------------- facility

VN_REGISTER = (
    ("Nhà máy chế biến mủ cao su Lộc Ninh", "Công ty Cổ phần Cao su Lộc Ninh", "xã Lộc Thái", "Chế biến mủ cao su cốm, công suất 12.000 tấn/năm"),
    ("Trang trại chăn nuôi heo thịt Phú Riềng Xanh", "Công ty TNHH Nông nghiệp Phú Riềng Xanh", "xã Phú Riềng", "Chăn nuôi heo thịt, quy mô 24.000 con/lứa"),
    ("Cơ sở sản xuất gạch tuynel Tân Lợi", "Công ty TNHH Vật liệu xây dựng Tân Lợi", "xã Tân Lợi", "Sản xuất gạch nung tuynel 30 triệu viên/năm"),
    ("Bệnh viện Đa khoa tư nhân An Bình", "Công ty Cổ phần Y tế An Bình", "phường Bình Phước", "Khám, chữa bệnh quy mô 200 giường"),
    ("Nhà máy chế biến hạt điều Đồng Xoài", "Công ty TNHH Điều Đồng Xoài", "phường Đồng Xoài", "Chế biến hạt điều xuất khẩu 8.000 tấn/năm"),
)  # fmt: skip


def facility_gf1(doc: Doc) -> None:
    """An extract of the Department of Ecology's public register of the permits it issued: a row per permit, the
    registration number and the date in one cell, the nature user and its BIN on two lines of one cell, the object and its
    KATO before its address in the next, an abbreviated category column `Кат.`, the kind of permit and its term (VI: the
    province's list of the environmental permits it issued in a quarter, the company and its enterprise number in one
    cell, the project in the next, the term and a note)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("UBND TỈNH ĐỒNG NAI – SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
        doc.h("DANH SÁCH GIẤY PHÉP MÔI TRƯỜNG DO ỦY BAN NHÂN DÂN TỈNH CẤP TRONG QUÝ I NĂM 2026")
        doc.p("(Công khai trên Cổng thông tin điện tử của Sở theo quy định tại khoản 8 Điều 49 Luật Bảo vệ môi trường năm 2020)")
        rows = [["STT", "Số, ngày giấy phép", "Chủ dự án, cơ sở", "Tên dự án, cơ sở", "Địa điểm thực hiện", "Thời hạn giấy phép", "Ghi chú"]]
        for k, (name, operator, place, activity) in enumerate(r.sample(VN_REGISTER, 4), 1):
            msdn = make_msdn(r)
            rows.append([str(k), f"{r.randint(10, 99)}/GPMT-UBND\nngày {r.randint(1, 28):02d}/0{r.randint(1, 3)}/2026",
                         f"{operator}\nMã số doanh nghiệp: {msdn}", f"{name}\n({activity})", f"{place}, tỉnh Đồng Nai",
                         f"{doc.pick((7, 10))} năm", doc.pick(("Cấp mới", "Cấp lại", "Cấp điều chỉnh"))])
            doc.add("facilities", {"bin": msdn, "name_contains": name})
        doc.table(None, rows, role="facility")
        doc.p("Ghi chú: danh sách không bao gồm các giấy phép môi trường thuộc thẩm quyền cấp của Bộ Nông nghiệp và Môi trường.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Государственный реестр экологических разрешений (выписка)", "Экологиялық рұқсаттардың мемлекеттік тізілімі (үзінді көшірме)", ""))
    doc.p(doc.v("Сведения о разрешениях, выданных департаментами экологии Комитета экологического регулирования и контроля, "
                "по состоянию на 01.03.2026. Выписка сформирована для размещения на интернет-ресурсе.",
                "Экологиялық реттеу және бақылау комитетінің экология департаменттері берген рұқсаттар туралы мәліметтер, "
                "01.03.2026 жағдай бойынша. Үзінді көшірме интернет-ресурсқа орналастыру үшін қалыптастырылды.", ""))
    rows = [doc.v(["№", "Рег. номер и дата выдачи", "Природопользователь", "Объект, место нахождения", "Кат.", "Вид разрешения", "Срок действия"],
                  ["№", "Тірк. нөмірі және берілген күні", "Табиғат пайдаланушы", "Объект, орналасқан жері", "Сан.", "Рұқсат түрі", "Қолданылу мерзімі"], [])]
    for k, key in enumerate(r.sample(sorted(KZ_PLANTS), 4), 1):
        p = KZ_PLANTS[key]
        name, operator = p[L], p[2 + L]
        bin_, kato = make_bin(r), make_kato(r)
        cat = p[11]
        kind = doc.v("КЭР" if cat == "I" else "разрешение на воздействие (II кат.)", "КЭР" if cat == "I" else "әсер етуге рұқсат (II сан.)", "")
        y0 = r.randint(2023, 2025)
        rows.append([str(k), f"{_kz_number(doc)}\n{_date(doc, r.randint(1, 28), r.randint(1, 12), y0)}",
                     f"{operator}\n{doc.v('БИН', 'БСН', '')} {bin_}",
                     f"{name}\n{doc.v('КАТО', 'ҚАТО', '')} {kato}, {p[5 + L]}", cat, kind,
                     doc.v(f"до 31.12.{y0 + 10}", f"31.12.{y0 + 10} дейін", "")])
        doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": cat})
    doc.table(None, rows, role="facility")
    doc.p(doc.v("Примечание: КЭР – комплексное экологическое разрешение; Кат. – категория объекта, оказывающего негативное воздействие на окружающую среду.",
                "Ескерту: КЭР – кешенді экологиялық рұқсат; Сан. – қоршаған ортаға теріс әсер ететін объектінің санаты.", ""))
    maybe_distractor(doc)


def facility_gf2(doc: Doc) -> None:
    """The requisites of a conclusion on the screening of a planned activity laid out as two field–value pairs per row (four
    columns, no header), the centre of the site in degrees, minutes and seconds with a decimal comma, the category in the
    conclusion's words; what was considered and concluded in paragraphs (VI: the appraisal council's report on an ĐTM,
    two field–value pairs per row, the centre of the site in decimal degrees with a comma, the project group as `Nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        key = doc.pick(("seafood", "brick", "livestock"))
        name, operator, address, province, la, lo = VN_PLANTS[key]
        msdn = make_msdn(r)
        lat, lon = round(r.uniform(*la), 5), round(r.uniform(*lo), 5)
        group = doc.pick(("I", "II"))
        doc.h(f"{_so(key).upper()}")
        doc.h("BÁO CÁO KẾT QUẢ THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG")
        doc.p(f"Hội đồng thẩm định được thành lập theo Quyết định số {r.randint(100, 999)}/QĐ-SNNMT ngày {r.randint(1, 28):02d}/01/2026 "
              f"của Giám đốc {_so(key)}.")
        doc.p("I. THÔNG TIN VỀ DỰ ÁN")
        rows = [["Tên dự án", f"Mở rộng {name[0].lower()}{name[1:]}", "Chủ dự án", operator],
                ["Mã số doanh nghiệp", msdn, "Nhóm dự án (theo Luật BVMT 2020)", f"Nhóm {group}"],
                ["Địa điểm thực hiện", address, "Tọa độ tâm khu đất (WGS-84)", f"{num(lat, 'vi')}° N; {num(lon, 'vi')}° E"],
                ["Diện tích khu đất", f"{num(round(r.uniform(1.5, 12), 2), 'vi')} ha", "Tổng vốn đầu tư", f"{num(r.randint(40, 900), 'vi')} tỷ đồng"]]
        doc.table(None, rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        doc.p("II. KẾT QUẢ THẨM ĐỊNH: Hội đồng thống nhất thông qua báo cáo với điều kiện phải chỉnh sửa, bổ sung theo ý kiến của các thành viên.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    key = doc.pick(("grain", "poultry", "oil"))
    p = KZ_PLANTS[key]
    name, operator = _kz(doc, key)
    bin_, kato = make_bin(r), make_kato(r)
    lat_s, lat = _dms(doc, r.uniform(*p[9]))
    lon_s, lon = _dms(doc, r.uniform(*p[10]))
    cat = p[11]
    number = _kz_number(doc)
    doc.h(_dept(doc, key))
    doc.h(doc.v("Заключение о результатах скрининга воздействий намечаемой деятельности",
                "Белгіленіп отырған қызмет әсерлерін скринингтеу нәтижелері туралы қорытынды", ""))
    doc.p(doc.v(f"№ {number} от {_date(doc, r.randint(1, 28), 2)}", f"№ {number}, {_date(doc, r.randint(1, 28), 2)}", ""))
    rows = [[doc.v("Инициатор", "Бастамашы", ""), operator, doc.v("БИН", "БСН", ""), bin_],
            [doc.v("Намечаемая деятельность", "Белгіленіп отырған қызмет", ""),
             doc.v(f"Реконструкция объекта «{name}»", f"«{name}» объектісін реконструкциялау", ""), doc.v("ОКЭД", "ЭҚЖЖ", ""), p[4]],
            [doc.v("Место осуществления", "Жүзеге асырылатын орны", ""), p[5 + L], doc.v("Код КАТО", "ҚАТО коды", ""), kato],
            [doc.v("Координаты центра площадки", "Алаң ортасының координаттары", ""),
             doc.v(f"{lat_s} с.ш., {lon_s} в.д.", f"{lat_s} с.е., {lon_s} ш.б.", ""),
             doc.v("Категория", "Санаты", ""), doc.v(f"объект {cat} категории", f"{cat} санаттағы объект", "")],
            [doc.v("Вх. № заявления", "Өтініштің кіріс №", ""), _kz_number(doc, "RYS"), doc.v("Дата поступления", "Түскен күні", ""),
             _date(doc, r.randint(1, 28), 1)]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "oked": p[4], "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.p(doc.v("Выводы: по результатам скрининга воздействий намечаемой деятельности проведение обязательной оценки воздействия на "
                "окружающую среду не требуется (пункт 26 Инструкции по организации и проведению экологической оценки).",
                "Қорытынды: белгіленіп отырған қызмет әсерлерін скринингтеу нәтижелері бойынша қоршаған ортаға әсерге міндетті бағалау "
                "жүргізу талап етілмейді (Экологиялық бағалауды ұйымдастыру және жүргізу жөніндегі нұсқаулықтың 26-тармағы).", ""))
    doc.p(doc.v("Руководитель департамента ____________ Сарсенбаев Е.К.", "Департамент басшысы ____________ Сәрсенбаев Е.Қ.", ""))


# ---------------------------------------------------------------- emissions

# (number, RU, KK, codes, (low, high) g/s of the main substance)
CEMENT_SOURCES = (
    ("0001", "Вращающаяся печь № 1, дымовая труба", "№ 1 айналмалы пеш, түтін мұржасы", ("0301", "0304", "0330", "0337", "2908"), (2.0, 9.0)),
    ("0002", "Вращающаяся печь № 2, дымовая труба", "№ 2 айналмалы пеш, түтін мұржасы", ("0301", "0304", "0330", "0337", "2908"), (2.0, 9.0)),
    ("0003", "Цементная мельница № 1, рукавный фильтр", "№ 1 цемент диірмені, жеңді сүзгі", ("2908",), (0.2, 1.2)),
    ("0004", "Сырьевая мельница, электрофильтр", "Шикізат диірмені, электрсүзгі", ("2908",), (0.3, 1.5)),
    ("0005", "Котельная административного корпуса", "Әкімшілік ғимарат қазандығы", ("0301", "0304", "0328", "0330", "0337"), (0.02, 0.3)),
    ("6001", "Склад клинкера (открытый)", "Клинкер қоймасы (ашық)", ("2908",), (0.05, 0.6)),
    ("6002", "Узел пересыпки добавок", "Қоспаларды төгу торабы", ("2908",), (0.02, 0.3)),
)  # fmt: skip
SHARE = {"0301": 1.0, "0304": 0.16, "0330": 0.35, "0337": 0.8, "2908": 0.5, "0328": 0.12}


def emissions_gf1(doc: Doc) -> None:
    """Annex 1 of a permit the Department issued: the norms of permissible emissions grouped by substance — a row spanning
    the table names the code, the substance and its hazard class, the sources under it with their number and name, then
    `Итого по веществу`; the norms under a merged `Норматив на 2026–2035 годы` over `г/с | т/год`; `Всего по
    предприятию` last (VI: an appraisal report of a brick kiln's ĐTM, the loads under group rows of the construction
    and operation phases, `g/s | tấn/năm` under a merged `Tải lượng`)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["brick"][:2]
        doc.h(_so("brick").upper())
        doc.h(f"BÁO CÁO THẨM ĐỊNH BÁO CÁO ĐTM DỰ ÁN ĐẦU TƯ XÂY DỰNG DÂY CHUYỀN LÒ NUNG TUYNEL SỐ 2 – {name.upper()}")
        doc.p("Mục 3.2. Nhận xét về kết quả đánh giá tác động đến môi trường không khí. Chủ dự án đã tính toán tải lượng các chất ô "
              "nhiễm như bảng dưới đây; Hội đồng nhận thấy phương pháp tính toán phù hợp với hệ số ô nhiễm của WHO.")
        rows = [["TT", "Chất ô nhiễm", "Tải lượng", None], [None, None, "g/s", "tấn/năm"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
        for period, title, codes, (lo, hi) in (
                ("construction", "A. Giai đoạn thi công xây dựng (san nền, vận chuyển vật liệu, 10 tháng)", ("2902", "0330", "0301", "0337"), (0.01, 0.4)),
                ("operation", "B. Giai đoạn vận hành (lò nung tuynel 40 triệu viên/năm, đốt than cám)", ("2902", "0330", "0301", "0337"), (0.3, 6.0))):
            _span(rows, merges, title)
            for k, c in enumerate(codes, 1):
                g = _sig(r.uniform(lo, hi), 3)
                t = _sig(g * 3600 * (2400 if period == "construction" else 7200) / 1e6, 3)
                rows.append([str(k), vocab.air(c, "vi", 0 if c == "2902" else 1), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t, period=period))
        doc.table("Bảng 3. Tải lượng chất ô nhiễm không khí theo báo cáo ĐTM", rows, merges, role="emissions")
        doc.p("Ghi chú: tải lượng giai đoạn vận hành tính cho ống khói lò nung sau hệ thống xử lý bằng dung dịch sữa vôi.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "cement")
    doc.h(_dept(doc, "cement"))
    doc.h(doc.v(f"Приложение 1 к экологическому разрешению на воздействие № {_kz_number(doc)}",
                f"№ {_kz_number(doc)} әсер етуге арналған экологиялық рұқсатқа 1-қосымша", ""))
    doc.p(doc.v(f"Нормативы допустимых выбросов загрязняющих веществ в атмосферный воздух. Оператор: {operator}. Объект: {name}.",
                f"Атмосфералық ауаға ластаушы заттар шығарындыларының жол берілетін нормативтері. Оператор: {operator}. Объект: {name}.", ""))
    rows = [doc.v(["№ источника", "Наименование источника", "Норматив на 2026–2035 годы", None],
                  ["Көз №", "Көздің атауы", "2026–2035 жылдарға арналған норматив", None], []),
            [None, None, doc.v("г/с", "г/с", ""), doc.v("т/год", "т/жыл", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    chosen = [s for s in CEMENT_SOURCES if s[0] in ("0001", "0003", "6001") or r.random() < 0.65]
    base = {s[0]: r.uniform(*s[4]) for s in chosen}
    codes = sorted({c for s in chosen for c in s[3]})
    all_g, all_t = 0.0, 0.0
    for c in codes:
        cls = _hz(c)
        _span(rows, merges, doc.v(f"{c} – {vocab.air(c, 'ru')} (класс опасности {cls})", f"{c} – {vocab.air(c, 'kk')} ({cls} қауіптілік класы)", ""))
        sg, st = 0.0, 0.0
        for number, s_ru, s_kk, s_codes, _ in chosen:
            if c not in s_codes:
                continue
            g = round(_sig(base[number] * (SHARE[c] if len(s_codes) > 1 else 1.0) * r.uniform(0.85, 1.15), 4), 6)
            t = round(_sig(g * 3600 * r.randint(6500, 8400) / 1e6, 4), 5)
            sg, st = sg + g, st + t
            rows.append([number, doc.v(s_ru, s_kk, ""), num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number, cls))
        rows.append(["", doc.v("Итого по веществу", "Зат бойынша барлығы", ""), num(round(sg, 6), doc.lang), num(round(st, 5), doc.lang)])
        all_g, all_t = all_g + sg, all_t + st
    rows.append(["", doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), num(round(all_g, 6), doc.lang), num(round(all_t, 5), doc.lang)])
    doc.table(None, rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    doc.p(doc.v("Руководитель департамента ____________ (подписано ЭЦП)", "Департамент басшысы ____________ (ЭЦҚ-мен қол қойылды)", ""))
    maybe_distractor(doc)


# code: (construction g/s range or None, operation g/s range or None)
SMELTER_RATES = {
    "0123": ((0.002, 0.02), None), "0143": ((0.0002, 0.002), None), "0184": (None, (0.002, 0.03)),
    "0301": ((0.02, 0.3), (1.5, 9.0)), "0304": ((0.003, 0.05), (0.2, 1.4)), "0328": ((0.005, 0.05), None),
    "0330": ((0.003, 0.04), (8.0, 60.0)), "0337": ((0.02, 0.25), (0.5, 4.0)), "2754": ((0.005, 0.06), None),
    "2908": ((0.1, 1.2), (0.4, 3.5)), "0703": ((0.0000001, 0.0000009), None),
}  # fmt: skip
RUBBER_SOURCES = (
    ("Ống khói lò sấy mủ cốm số 1 (đốt dầu DO)", ("2902", "0330", "0301", "0337"), (0.05, 0.6), (6000, 9000)),
    ("Ống thải tháp hấp thụ mùi khu đánh đông, cán crếp", ("0333", "0303"), (0.002, 0.05), (12000, 20000)),
    ("Ống khói lò hơi 2 tấn hơi/giờ (đốt củi)", ("2902", "0330", "0301", "0337"), (0.1, 1.2), (3000, 5000)),
)


def emissions_gf2(doc: Doc) -> None:
    """A conclusion on the scope of the impact assessment quoting the initiator's estimate: the substances as rows (code,
    name, hazard class), the construction and the operation periods as column groups `г/с | т/период` and `г/с |
    т/год`, a dash where a period has no such emission, a total row (VI: an inspection conclusion's summary of a rubber
    plant's loads by stack, the stack and its gas flow merged down over its pollutants, `g/s` and `tấn/năm`)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["rubber"][:2]
        doc.h(_so("rubber").upper())
        doc.h(f"KẾT LUẬN THANH TRA việc chấp hành pháp luật về bảo vệ môi trường đối với {operator}")
        doc.p(f"Thực hiện Quyết định thanh tra số {r.randint(10, 99)}/QĐ-TTr ngày {r.randint(1, 28):02d}/02/2026 của Chánh Thanh tra Sở, "
              f"Đoàn thanh tra đã tiến hành thanh tra tại {name}. Căn cứ báo cáo kết quả thanh tra, Giám đốc Sở kết luận như sau:")
        doc.p("2.3. Về khí thải: Công ty có 03 nguồn thải khí thải; tải lượng tính theo kết quả quan trắc định kỳ năm 2025 như sau.")
        rows = [["Nguồn thải", "Lưu lượng khí thải (m3/h)", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        merges = []
        for src, codes, (lo, hi), (q0, q1) in RUBBER_SOURCES:
            start = len(rows)
            base = r.uniform(lo, hi)
            hours = r.randint(4800, 6600)
            for j, c in enumerate(codes):
                g = round(_sig(base * (1.0 if j == 0 else r.uniform(0.2, 1.5)), 3), 6)
                t = round(_sig(g * 3600 * hours / 1e6, 3), 6)
                rows.append([src if j == 0 else None, num(r.randint(q0, q1), "vi") if j == 0 else None,
                             vocab.air(c, "vi", 1 if c != "2902" else 0), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table(None, rows, merges, role="emissions")
        doc.p("Kết quả tính toán tải lượng là cơ sở để Công ty kê khai phí bảo vệ môi trường đối với khí thải theo quy định.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "smelter")
    doc.h(_dept(doc, "smelter"))
    doc.h(doc.v("Заключение об определении сферы охвата оценки воздействия на окружающую среду",
                "Қоршаған ортаға әсерді бағалаудың қамту саласын айқындау туралы қорытынды", ""))
    doc.p(doc.v(f"Рассмотрено заявление о намечаемой деятельности {operator}: «Строительство второй очереди сернокислотного цеха. {name}».",
                f"{operator} белгіленіп отырған қызмет туралы өтініші қаралды: «Күкірт қышқылы цехының екінші кезегін салу. {name}».", ""))
    doc.p(doc.v("Согласно заявлению, ожидаемые выбросы загрязняющих веществ составят:", "Өтінішке сәйкес ластаушы заттардың күтілетін шығарындылары:", ""))
    rows = [doc.v(["Код ЗВ", "Наименование вещества", "Класс опасности", "Период строительства (2026–2027 гг.)", None, "Период эксплуатации", None],
                  ["ЛЗ коды", "Заттың атауы", "Қауіптілік класы", "Құрылыс кезеңі (2026–2027 жж.)", None, "Пайдалану кезеңі", None], []),
            [None, None, None, "г/с", doc.v("т/период", "т/кезең", ""), "г/с", doc.v("т/год", "т/жыл", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    codes = [c for c in SMELTER_RATES if c in ("0301", "0330", "2908", "0337", "0184") or r.random() < 0.7]
    totals = [0.0, 0.0, 0.0, 0.0]
    for c in codes:
        cls = _hz(c)
        cells = []
        for i, (period, rng_) in enumerate(zip(("construction", "operation"), SMELTER_RATES[c], strict=True)):
            if rng_ is None:
                cells += ["–", "–"]
                continue
            g = _sig(r.uniform(*rng_), 3)
            t = _sig(g * 3600 * (r.randint(1500, 3000) if period == "construction" else r.randint(7600, 8600)) / 1e6, 3)
            totals[2 * i] += g
            totals[2 * i + 1] += t
            cells += [num(g, doc.lang), num(t, doc.lang)]
            doc.add("emissions", emission(c, g, t, None, cls, period))
        rows.append([c, vocab.air(c, doc.lang), str(cls) if cls else "–", *cells])
    rows.append(["", doc.v("Всего", "Барлығы", ""), "", *(num(round(x, 6), doc.lang) for x in totals)])
    doc.table(None, rows, merges, role="emissions")
    doc.p(doc.v("В отчете о возможных воздействиях необходимо уточнить перечень источников выбросов периода строительства.",
                "Ықтимал әсерлер туралы есепте құрылыс кезеңіндегі шығарынды көздерінің тізбесін нақтылау қажет.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t)
POULTRY_WASTES = (
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.4)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 2.5)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.6)),
    ("15 01 10*", "Тара из-под дезинфицирующих средств", "Дезинфекциялық құралдардың ыдысы", (0.1, 1.5)),
    ("02 01 06", "Помет птичий", "Құс саңғырығы", (8000, 26000)),
    ("02 01 02", "Падеж птицы", "Өлген құс", (40, 300)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (12, 60)),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (0.5, 4)),
)  # fmt: skip
# (code, name, (low, high) kg)
SEAFOOD_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (120, 900)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (15, 120)),
    ("18 02 01", "Giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (40, 400)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất tẩy rửa, chlorine)", (150, 1200)),
    ("19 06 01", "Pin, ắc quy chì thải", (30, 300)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", (50, 500)),
)


def _low(code: str, name: str, t: float) -> dict:
    return {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name}


def _ctnh(code: str, name: str, t: float) -> dict:
    return {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": name}


def wastes_gf1(doc: Doc) -> None:
    """Annex 3 of a permit: the limits of accumulation of wastes in tonnes a year, the grand total on the first row under
    the header, `в том числе` rows, then group rows for hazardous and non-hazardous wastes carrying their own subtotal
    in the figure column, the items numbered under them with the code after the name (VI: a decision on an
    administrative sanction against a seafood processor, the hazardous wastes found stored beyond the term, the CTNH
    code in brackets after the name in one cell, kilograms, the date storage began)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["seafood"][:2]
        doc.h("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
        doc.h(f"QUYẾT ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH trong lĩnh vực bảo vệ môi trường đối với {operator}")
        doc.p("Căn cứ Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ quy định về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường; "
              f"căn cứ Biên bản vi phạm hành chính số {r.randint(10, 99)}/BB-VPHC do Thanh tra {_so('seafood')} lập;")
        doc.p("Điều 1. Xử phạt vi phạm hành chính đối với Công ty: không chuyển giao chất thải nguy hại cho đơn vị có chức năng xử lý "
              "trong thời hạn lưu giữ theo quy định (điểm a khoản 2 Điều 35 Nghị định số 45/2022/NĐ-CP). Khối lượng chất thải lưu giữ quá hạn "
              "tại thời điểm kiểm tra như sau:")
        rows = [["TT", "Loại chất thải nguy hại (mã CTNH)", "Khối lượng lưu giữ tại thời điểm kiểm tra (kg)", "Lưu giữ từ ngày", "Vị trí lưu giữ"]]
        for k, (code, w, (lo, hi)) in enumerate(r.sample(SEAFOOD_CTNH, 5), 1):
            kg = r.randint(lo, hi)
            rows.append([str(k), f"{w} (mã {code})", num(kg, "vi"), f"{r.randint(1, 28):02d}/{r.randint(1, 6):02d}/2025",
                         doc.pick(("Kho CTNH", "Khu vực xưởng cơ điện", "Sân sau nhà máy"))])
            doc.add("wastes", _ctnh(code, w, kg / 1000))
        doc.table(None, rows, role="wastes")
        doc.p(f"Mức phạt: {num(r.randint(6, 9) * 10_000_000, 'vi')} đồng. Hình thức xử phạt bổ sung: không.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    name, operator = _kz(doc, "poultry")
    doc.h(_dept(doc, "poultry"))
    doc.h(doc.v(f"Приложение 3 к экологическому разрешению на воздействие для объектов II категории № {_kz_number(doc)}",
                f"II санаттағы объектілерге арналған № {_kz_number(doc)} әсер етуге экологиялық рұқсатқа 3-қосымша", ""))
    doc.p(doc.v(f"Лимиты накопления отходов на 2026–2035 годы. Оператор: {operator}. Объект: {name}.",
                f"2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері. Оператор: {operator}. Объект: {name}.", ""))
    rows = [doc.v(["№", "Наименование отходов", "Лимит накопления, тонн/год"], ["№", "Қалдықтардың атауы", "Жинақтау лимиті, тонна/жыл"], [])]
    merges = []
    picked = [w for w in POULTRY_WASTES if w[0] in ("02 01 06", "20 03 01", "20 01 21*") or r.random() < 0.7]
    amounts = {w[0]: _sig(r.uniform(*w[3]), 3) for w in picked}
    haz = [w for w in picked if w[0].endswith("*")]
    non = [w for w in picked if not w[0].endswith("*")]
    rows.append(["", doc.v("Всего", "Барлығы", ""), num(round(sum(amounts.values()), 3), doc.lang)])
    rows.append(["", doc.v("в том числе:", "оның ішінде:", ""), ""])
    n = 0
    for title, group in ((doc.v("Опасные отходы", "Қауіпті қалдықтар", ""), haz), (doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""), non)):
        rows.append(["", title, num(round(sum(amounts[w[0]] for w in group), 3), doc.lang)])
        for code, n_ru, n_kk, _ in group:
            n += 1
            w_name = (n_ru, n_kk)[L]
            rows.append([str(n), f"{w_name} ({code})", num(amounts[code], doc.lang)])
            doc.add("wastes", _low(code, w_name, amounts[code]))
    doc.table(None, rows, merges, role="wastes")
    doc.p(doc.v("Лимиты захоронения отходов не устанавливаются: захоронение отходов на объекте не осуществляется.",
                "Қалдықтарды көму лимиттері белгіленбейді: объектіде қалдықтар көмілмейді.", ""))
    maybe_distractor(doc)


# (period, code, RU, KK, (low, high) t)
GRAIN_WASTES = (
    ("construction", "17 09 04", "Смешанные строительные отходы", "Аралас құрылыс қалдықтары", (20, 160)),
    ("construction", "12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", (0.02, 0.3)),
    ("construction", "08 01 11*", "Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы", (0.05, 0.6)),
    ("construction", "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (1.0, 6.0)),
    ("operation", "02 03 04", "Отходы очистки зерна (зерновая пыль, сорная примесь)", "Астықты тазарту қалдықтары (астық шаңы, арам қоспа)", (60, 400)),
    ("operation", "20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.02, 0.2)),
    ("operation", "15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.5)),
    ("operation", "13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.2, 1.6)),
    ("operation", "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (3.0, 15.0)),
)  # fmt: skip
# (name, code or None, unit, (low, high) in that unit, measure)
FARM_WASTES = (
    ("Phân heo sau tách ép", None, "tấn/năm", (900, 3500), "Ủ làm phân compost, bán cho hộ trồng cây"),
    ("Bao bì đựng thức ăn chăn nuôi", None, "kg/năm", (2000, 9000), "Bán phế liệu"),
    ("Bùn thải từ hầm biogas và hồ lắng", None, "tấn/năm", (40, 300), "Phơi khô, ủ làm phân bón"),
    ("Chất thải lây nhiễm (kim tiêm, lọ vắc xin, bao bì thuốc thú y)", "13 01 01", "kg/năm", (60, 400), "Chuyển giao đơn vị có chức năng"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "kg/năm", (10, 60), "Chuyển giao đơn vị có chức năng"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "kg/năm", (50, 300), "Chuyển giao đơn vị có chức năng"),
    ("Pin, ắc quy chì thải", "19 06 01", "tấn/năm", (0.05, 0.4), "Chuyển giao đơn vị có chức năng"),
)  # fmt: skip


def wastes_gf2(doc: Doc) -> None:
    """A conclusion on the screening of a grain terminal's reconstruction quoting the wastes the initiator declared: the
    quantity first, then the code, the kind and the level of hazard in words, the way of handling; the construction and
    the operation periods as group rows (VI: an appraisal report of a livestock farm's ĐTM, the quantity with its unit
    in the cell — `1.250 kg/năm`, `3,6 tấn/năm` — ordinary wastes without code, hazardous ones with their CTNH code)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["livestock"][:2]
        doc.h(_so("livestock").upper())
        doc.h(f"BÁO CÁO KẾT QUẢ THẨM ĐỊNH BÁO CÁO ĐTM DỰ ÁN “{name.upper()}, QUY MÔ 2.400 HEO NÁI”")
        doc.p("Mục 4. Về chất thải rắn: báo cáo đã nhận dạng, dự báo khối lượng chất thải phát sinh trong giai đoạn vận hành như sau:")
        rows = [["TT", "Loại chất thải", "Mã CTNH", "Khối lượng phát sinh", "Biện pháp quản lý"]]
        merges = []
        _span(rows, merges, "I. Chất thải rắn thông thường", 1)
        k = 0
        for hazardous in (False, True):
            if hazardous:
                _span(rows, merges, "II. Chất thải nguy hại", 1)
            for w, code, unit, (lo, hi), how in FARM_WASTES:
                if (code is not None) != hazardous:
                    continue
                k += 1
                q = _sig(r.uniform(lo, hi), 3) if unit == "tấn/năm" else r.randint(int(lo), int(hi))
                rows.append([str(k), w, code or "-", f"{num(q, 'vi')} {unit}", how])
                t = q if unit == "tấn/năm" else q / 1000
                if code:
                    doc.add("wastes", _ctnh(code, w, t))
                else:
                    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": w})
        doc.table("Bảng 4. Khối lượng chất thải rắn phát sinh", rows, merges, role="wastes")
        doc.p("Hội đồng đề nghị chủ dự án làm rõ phương án xử lý xác heo chết do dịch bệnh theo hướng dẫn của cơ quan thú y.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    name, operator = _kz(doc, "grain")
    doc.h(_dept(doc, "grain"))
    doc.h(doc.v("Заключение о результатах скрининга воздействий намечаемой деятельности",
                "Белгіленіп отырған қызмет әсерлерін скринингтеу нәтижелері туралы қорытынды", ""))
    doc.p(doc.v(f"Инициатор: {operator}. Намечаемая деятельность: реконструкция объекта «{name}» с устройством силосов на 40 тыс. тонн.",
                f"Бастамашы: {operator}. Белгіленіп отырған қызмет: 40 мың тонналық силостар орнату арқылы «{name}» объектісін реконструкциялау.", ""))
    doc.p(doc.v("Согласно заявлению, при реализации намечаемой деятельности ожидается образование следующих отходов:",
                "Өтінішке сәйкес белгіленіп отырған қызметті іске асыру кезінде мынадай қалдықтардың түзілуі күтіледі:", ""))
    rows = [doc.v(["Количество, т", "Код", "Вид отходов", "Уровень опасности", "Способ обращения"],
                  ["Саны, т", "Коды", "Қалдықтар түрі", "Қауіптілік деңгейі", "Жұмыс істеу тәсілі"], [])]
    merges = []
    titles = {"construction": doc.v("Период строительства (на весь период)", "Құрылыс кезеңі (бүкіл кезеңге)", ""),
              "operation": doc.v("Период эксплуатации (в год)", "Пайдалану кезеңі (жылына)", "")}
    ways = doc.v(("передача специализированной организации по договору", "вывоз на полигон ТБО", "реализация на корм скоту"),
                 ("шарт бойынша мамандандырылған ұйымға беру", "ҚТҚ полигонына шығару", "мал азығына өткізу"), ())
    for period in ("construction", "operation"):
        _span(rows, merges, titles[period])
        for p_, code, n_ru, n_kk, (lo, hi) in GRAIN_WASTES:
            if p_ != period or (r.random() < 0.2 and code not in ("20 03 01", "02 03 04", "17 09 04")):
                continue
            q = _sig(r.uniform(lo, hi), 3)
            w_name = (n_ru, n_kk)[L]
            level = doc.v("опасные", "қауіпті", "") if code.endswith("*") else doc.v("неопасные", "қауіпті емес", "")
            way = ways[1] if code in ("20 03 01", "17 09 04") else ways[2] if code == "02 03 04" else ways[0]
            rows.append([num(q, doc.lang), code, w_name, level, way])
            item = _low(code, w_name, q)
            doc.add("wastes", item)
    doc.table(None, rows, merges, role="wastes")
    doc.p(doc.v("Накопление отходов предусмотрено на срок не более шести месяцев (пункт 2 статьи 320 Экологического кодекса).",
                "Қалдықтарды жинақтау алты айдан аспайтын мерзімге көзделген (Экология кодексінің 320-бабының 2-тармағы).", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (A, B) — QCVN 62-MT:2016/BTNMT, waste water of livestock farming
QCVN62 = {"pH": ((6, 9), (5.5, 9)), "BOD5": (40, 100), "COD": (100, 300), "TSS": (50, 150), "TN": (50, 150), "Coliform": (3000, 5000)}
# symbol: (A, B) — QCVN 28:2010/BTNMT, medical waste water (K = 1,0)
QCVN28 = {"pH": ((6.5, 8.5), (6.5, 8.5)), "BOD5": (30, 50), "COD": (50, 100), "TSS": (50, 100), "S2-": (1.0, 4.0),
          "NH4+": (5, 10), "NO3-": (30, 50), "Coliform": (3000, 5000)}
VI62 = {"pH": "pH", "BOD5": "BOD5 (20°C)", "COD": "COD", "TSS": "Tổng chất rắn lơ lửng (TSS)", "TN": "Tổng Nitơ (theo N)", "Coliform": "Tổng Coliforms"}


def limits_gf1(doc: Doc) -> None:
    """An inspection act of an oil depot: the Department's instrumental measurements of ambient air at the boundary of
    the protection zone, the points as rows (the point, its bearing and distance, the time of sampling), the substances
    as columns headed by their code over their name, the ПДК м.р. on a row of its own between the header and the
    points, `н/о` where nothing was found (VI: an inspection conclusion on a livestock farm, waste water at two points as
    sub-columns of `Kết quả`, QCVN 62-MT:2016/BTNMT column B and the times of exceedance)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["livestock"][:2]
        doc.h(_so("livestock").upper())
        doc.h(f"KẾT LUẬN THANH TRA đối với {operator} ({name})")
        doc.p("Đoàn thanh tra đã phối hợp với Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu nước thải để phân tích đối chứng. "
              "NT1: nước thải sau hồ sinh học cuối cùng của hệ thống xử lý; NT2: nước thải tại điểm xả ra suối Ia Ly.")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 62-MT:2016/BTNMT (cột B)", "Số lần vượt"],
                [None, None, None, "NT1", "NT2", None, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
        for k, s in enumerate(("pH", "BOD5", "COD", "TSS", "TN", "Coliform"), 1):
            lim = QCVN62[s][1]
            unit = "-" if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/l"
            vals = []
            for p in ("NT1", "NT2"):
                if s == "pH":
                    v = round(r.uniform(6.8, 8.4), 1)
                elif s == "Coliform":
                    v = float(r.randint(9, 120) * 100)
                else:
                    v = _sig(lim * r.uniform(0.4, 1.9), 3)
                vals.append(v)
                add(doc, limit(("symbol", s), "waste_water", lim, "MPN/100ml" if s == "Coliform" else "mg/l", "B", p, v))
            over = "-" if s == "pH" or max(vals) <= lim else num(round(max(vals) / lim, 1), "vi")
            rows.append([str(k), VI62[s], unit, *(num(v, "vi") for v in vals), cell(doc, lim), over])
        doc.table("Bảng 2. Kết quả phân tích mẫu nước thải đối chứng", rows, merges, role="limits")
        doc.p("Kết luận: đối với các thông số vượt quy chuẩn cho phép (cột Số lần vượt), Đoàn thanh tra đã lập biên bản vi phạm hành chính.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "oil")
    doc.h(_dept(doc, "oil"))
    doc.h(doc.v("Акт о результатах проверки", "Тексеру нәтижелері туралы акт", ""))
    doc.p(doc.v(f"Проверяемый субъект: {operator}, объект: {name}. Вид проверки: внеплановая, по обращению физических лиц о запахе нефтепродуктов.",
                f"Тексерілетін субъект: {operator}, объект: {name}. Тексеру түрі: жеке тұлғалардың мұнай өнімдерінің иісі туралы өтініші бойынша жоспардан тыс.", ""))
    doc.p(doc.v(f"Отбор проб выполнен специалистами филиала РГП «Казгидромет» (протокол № {r.randint(10, 99)}-А от {_date(doc, r.randint(1, 28), 3)}).",
                f"Сынамаларды «Қазгидромет» РМК филиалының мамандары іріктеді (№ {r.randint(10, 99)}-А хаттама, {_date(doc, r.randint(1, 28), 3)}).", ""))
    codes = ["0333", "2754", "0602", "0621", "0616", "0301"]
    if r.random() < 0.5:
        codes.remove("0616")
    rows = [[doc.v("Точка отбора", "Сынама алу нүктесі", ""), doc.v("Время отбора", "Алу уақыты", ""),
             *(f"{c}\n{vocab.air(c, doc.lang)}" for c in codes)],
            [doc.v("ПДК м.р., мг/м3", "ШЖК б.м., мг/м3", ""), None, *(num(AIR_PDK[c][0], doc.lang) for c in codes)]]
    merges = [(1, 0, 1, 1)]
    points = doc.v(("Т-1 (С, 500 м)", "Т-2 (В, 500 м)", "Т-3 (Ю, 500 м)", "Т-4 (З, 500 м)"),
                   ("Т-1 (Сол., 500 м)", "Т-2 (Шығ., 500 м)", "Т-3 (Оң., 500 м)", "Т-4 (Бат., 500 м)"), ())
    for p in points:
        line = [p, f"{r.randint(10, 16)}:{doc.pick(('00', '20', '40'))}"]
        for c in codes:
            pdk = AIR_PDK[c][0]
            item = limit(("code", c), "air", pdk, "mg/m3", None, p.split(" ")[0])
            if c in ("0602", "0616") and r.random() < 0.4:
                line.append(doc.v("н/о", "а/ж", ""))
                del item["value"]
            else:
                v = _sig(pdk * r.uniform(0.05, 1.3), 2)
                line.append(num(v, doc.lang))
                item["value"] = v
            add(doc, item)
        rows.append(line)
    doc.table(doc.v("Результаты измерений концентраций загрязняющих веществ на границе СЗЗ, мг/м3",
                    "СҚА шекарасындағы ластаушы заттар концентрацияларын өлшеу нәтижелері, мг/м3", ""), rows, merges, role="limits")
    doc.p(doc.v("Примечание: н/о – ниже предела обнаружения методики. Метеоусловия: ветер 3–5 м/с, температура +14 °С.",
                "Ескерту: а/ж – әдістеменің анықтау шегінен төмен. Метеожағдай: жел 3–5 м/с, температура +14 °С.", ""))
    doc.p(doc.v("Выявленные превышения ПДК являются нарушением требований статьи 208 Экологического кодекса Республики Казахстан.",
                "Анықталған ШЖК асып кетуі Қазақстан Республикасы Экология кодексінің 208-бабы талаптарын бұзу болып табылады.", ""))
    maybe_distractor(doc)


SOIL_POINTS = {
    "ru": ("П-1 – граница СЗЗ, 1000 м к северо-востоку от трубы ПГ-2", "П-2 – жилая зона, ул. Ленина (микрорайон «Сабитовой»)",
           "П-3 – промплощадка, у склада шихты", "П-4 – 3 км к юго-западу (сельхозугодья)"),
    "kk": ("П-1 – СҚА шекарасы, ПГ-2 мұржасынан солтүстік-шығысқа қарай 1000 м", "П-2 – тұрғын аймақ, Ленин к. («Сабитова» шағын ауданы)",
           "П-3 – өндірістік алаң, шихта қоймасының жанында", "П-4 – оңтүстік-батысқа қарай 3 км (ауыл шаруашылығы алқаптары)"),
}  # fmt: skip


def limits_gf2(doc: Doc) -> None:
    """A protocol of the Department's laboratory on soils around a copper smelter, attached to an inspection act: a row
    spanning the table for each point (its id, place and the depth of sampling), the elements under it with the result,
    the ПДК and the multiple of exceedance (`–` when below), the unit only in the caption (VI: an environmental permit a
    province issued to a hospital, its annex of the limits of the waste-water stream after treatment, QCVN 28:2010/BTNMT
    column B with K = 1,0, the microbiological parameters written `Không có`)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, address = VN_PLANTS["hospital"][:3]
        doc.h("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
        doc.h("Phụ lục 1. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ NƯỚC THẢI")
        doc.p(f"(Kèm theo Giấy phép môi trường số {r.randint(10, 99)}/GPMT-UBND ngày {r.randint(1, 28):02d}/02/2026 của UBND tỉnh Hà Tĩnh cấp cho {name})")
        doc.p("A. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI")
        doc.p(f"1. Nguồn phát sinh nước thải: nước thải từ các khoa điều trị, khoa xét nghiệm, nhà giặt và nhà ăn. 2. Lưu lượng xả nước thải "
              f"tối đa: {num(r.randint(3, 6) * 100, 'vi')} m3/ngày đêm. 3. Dòng nước thải: 01 dòng nước thải sau hệ thống xử lý nước thải tập trung, "
              f"xả vào mương thoát nước chung của phường Bắc Hồng Lĩnh.")
        doc.p("4. Chất lượng nước thải trước khi xả vào nguồn nước tiếp nhận phải bảo đảm đáp ứng yêu cầu về bảo vệ môi trường và QCVN "
              "28:2010/BTNMT (cột B, hệ số K = 1,0), cụ thể như sau:")
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép"]]
        names = {"pH": "pH", "BOD5": "BOD5 (20°C)", "COD": "COD", "TSS": "Tổng chất rắn lơ lửng (TSS)", "S2-": "Sunfua (tính theo H2S)",
                 "NH4+": "Amoni (tính theo N)", "NO3-": "Nitrat (tính theo N)", "Coliform": "Tổng Coliforms"}
        k = 0
        for s, (_, lim) in QCVN28.items():
            k += 1
            unit = "-" if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/l"
            rows.append([str(k), names[s], unit, cell(doc, lim)])
            add(doc, limit(("symbol", s), "waste_water", lim, "MPN/100ml" if s == "Coliform" else "mg/l", "B"))
        for bug in ("Salmonella", "Shigella", "Vibrio cholerae"):
            k += 1
            rows.append([str(k), bug, "Vi khuẩn/100ml", "Không có"])
        doc.table(None, rows, role="limits")
        doc.p("5. Vị trí, phương thức xả nước thải: tọa độ vị trí xả (VN-2000, kinh tuyến trục 105°30', múi chiếu 3°): X = 2.050.314; "
              "Y = 560.871; phương thức xả: tự chảy; chế độ xả: liên tục 24 giờ/ngày.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "smelter")
    doc.h(doc.v("Испытательная лаборатория РГП «Казгидромет» по Карагандинской области", "«Қазгидромет» РМК Қарағанды облысы бойынша сынақ зертханасы", ""))
    doc.h(doc.v(f"Протокол испытаний почвы № {r.randint(100, 999)}-П (приложение к акту о результатах проверки {operator})",
                f"№ {r.randint(100, 999)}-П топырақ сынау хаттамасы ({operator} тексеру нәтижелері туралы актіге қосымша)", ""))
    doc.p(doc.v(f"Объект: {name}. Дата отбора: {_date(doc, r.randint(1, 28), 4)}. НД на метод: МВИ 2-2011 (атомно-абсорбционный метод).",
                f"Объект: {name}. Алынған күні: {_date(doc, r.randint(1, 28), 4)}. Әдіске НҚ: МВИ 2-2011 (атомдық-абсорбциялық әдіс).", ""))
    rows = [doc.v(["Определяемый показатель", "Результат испытаний", "ПДК", "Кратность превышения"],
                  ["Анықталатын көрсеткіш", "Сынақ нәтижесі", "ШЖК", "Асып кету еселігі"], [])]
    merges = []
    elements = ("Pb", "Cu", "Zn", "As", *r.sample(("Ni", "Co", "Cr", "Hg"), 1))
    ranges = {"Pb": (15, 260), "Cu": (2, 90), "Zn": (10, 120), "As": (0.8, 9), "Ni": (1, 9), "Co": (1, 8), "Cr": (2, 12), "Hg": (0.05, 1.5)}
    depth = doc.v("глубина 0–5 см", "тереңдігі 0–5 см", "")
    for p in SOIL_POINTS[doc.lang][: r.randint(3, 4)]:
        _span(rows, merges, f"{p}, {depth}")
        for s in elements:
            pdk = SOIL_PDK[s]
            v = _sig(r.uniform(*ranges[s]), 3)
            rows.append([vocab.soil(s, doc.lang), num(v, doc.lang), num(pdk, doc.lang), num(round(v / pdk, 1), doc.lang) if v > pdk else "–"])
            add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", None, p.split(" ")[0], v))
    doc.table(doc.v("Результаты испытаний проб почвы, мг/кг", "Топырақ сынамаларын сынау нәтижелері, мг/кг", ""), rows, merges, role="limits")
    doc.p(doc.v("Испытания проведены в аккредитованной лаборатории (аттестат аккредитации KZ.T.09.0475). Результаты относятся только к испытанным образцам.",
                "Сынақтар аккредиттелген зертханада жүргізілді (аккредиттеу аттестаты KZ.T.09.0475). Нәтижелер тек сыналған үлгілерге қатысты.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

FR = {
    "ru": {"continuous": "непрерывно", "monthly": "ежемесячно", "quarterly": "ежеквартально", "semiannual": "1 раз в полугодие",
           "yearly": "1 раз в год"},
    "kk": {"continuous": "үздіксіз", "monthly": "ай сайын", "quarterly": "тоқсан сайын", "semiannual": "жарты жылда 1 рет",
           "yearly": "жылына 1 рет"},
    "vi": {"continuous": "Liên tục, tự động", "monthly": "01 tháng/lần", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần",
           "yearly": "01 năm/lần"},
}  # fmt: skip


def _fr(doc: Doc, word: str) -> str:
    return FR[doc.lang][word]


def _named(doc: Doc, codes) -> str:
    """Substances in one cell as `name (code)`, separated by semicolons, the names in lower case as a permit writes them."""
    return "; ".join(f"{vocab.air(c, doc.lang)[0].lower()}{vocab.air(c, doc.lang)[1:]} ({c})" for c in codes)


def monitoring_gf1(doc: Doc) -> None:
    """Annex 4 of a cement plant's КЭР, the requirements to monitoring: group rows for emissions, the protection zone
    and ground water, the place in the second column (`Источник № 0001 (…)`, `Т-1 …`, `Скв-1 …`), the parameters in one
    cell as `name (code)` separated by semicolons, the frequency and the method, the automated system of the kiln
    stacks as a row of its own (VI: the decision approving a seafood processor's ĐTM, its programme of environmental
    monitoring in operation, the component, the point with its code, the parameters in one cell, the frequency and the
    standard)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["seafood"][:2]
        doc.h("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
        doc.h(f"QUYẾT ĐỊNH phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án “Nâng công suất {name}”")
        doc.p("Điều 2. Chủ dự án có trách nhiệm thực hiện chương trình quản lý và giám sát môi trường giai đoạn vận hành như sau:")
        wp = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"]
        plan = (("Nước thải", "NT01 – Hố ga sau hệ thống xử lý nước thải tập trung, công suất 1.500 m3/ngày đêm", "NT01",
                 ("symbol", wp), "quarterly", "QCVN 11-MT:2015/BTNMT, cột A"),
                ("Nước thải (tự động)", "NT01 – Trạm quan trắc tự động sau hệ thống xử lý", "NT01",
                 ("symbol", ["pH", "COD", "TSS", "NH4+"]), "continuous", "QCVN 11-MT:2015/BTNMT, cột A"),
                ("Khí thải", "KT01 – Ống khói lò hơi đốt dầu FO 5 tấn hơi/giờ", "KT01",
                 ("code", ["2902", "0330", "0301", "0337"]), "semiannual", "QCVN 19:2009/BTNMT, cột B"))
        vi_air = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}
        rows = [["TT", "Thành phần", "Vị trí giám sát", "Thông số giám sát", "Tần suất", "Quy chuẩn so sánh"]]
        for k, (comp, place, pid, (kind, keys), word, std) in enumerate(plan, 1):
            extra = "Lưu lượng, nhiệt độ, " if word == "continuous" else "Lưu lượng, " if kind == "code" else ""
            label = ", ".join(vi_air[x] if kind == "code" else vocab.water(x, "vi") for x in keys)
            rows.append([str(k), comp, place, extra + label, _fr(doc, word), std])
            doc.add("monitoring", *(_mon({"point_contains": pid}, (kind, x), word) for x in keys))
        rows.append([str(len(plan) + 1), "Chất thải rắn, CTNH", "Kho chứa chất thải của nhà máy",
                     "Khối lượng, chủng loại, hồ sơ chuyển giao", "Thường xuyên", "Nghị định số 08/2022/NĐ-CP"])
        doc.table(None, rows, role="monitoring")
        doc.p("Kết quả quan trắc được tổng hợp trong báo cáo công tác bảo vệ môi trường định kỳ hằng năm gửi Sở Nông nghiệp và Môi trường.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "cement")
    doc.h(_dept(doc, "cement"))
    doc.h(doc.v(f"Приложение 4 к комплексному экологическому разрешению № {_kz_number(doc)}. Требования к мониторингу эмиссий и воздействия",
                f"№ {_kz_number(doc)} кешенді экологиялық рұқсатқа 4-қосымша. Эмиссиялар мен әсер мониторингіне қойылатын талаптар", ""))
    doc.p(doc.v(f"Оператор: {operator}. Объект: {name}.", f"Оператор: {operator}. Объект: {name}.", ""))
    rows = [doc.v(["№", "Место контроля", "Контролируемые параметры", "Периодичность", "Метод"],
                  ["№", "Бақылау орны", "Бақыланатын параметрлер", "Кезеңділігі", "Әдісі"], [])]
    merges = []
    instr, calc, asm = doc.v(("инструментальный", "расчетный", "АСМ"), ("аспаптық", "есептік", "АМЖ"), ())
    kiln = ["0301", "0304", "0330", "0337", "2908"]
    src = (("0001", doc.v("вращающаяся печь № 1", "№ 1 айналмалы пеш", ""), kiln, "quarterly", instr),
           ("0002", doc.v("вращающаяся печь № 2", "№ 2 айналмалы пеш", ""), kiln, "quarterly", instr),
           ("0003", doc.v("цементная мельница № 1", "№ 1 цемент диірмені", ""), ["2908"], "quarterly", instr),
           ("6001", doc.v("склад клинкера", "клинкер қоймасы", ""), ["2908"], "yearly", calc))
    n = 0
    _span(rows, merges, doc.v("1. Мониторинг эмиссий в атмосферный воздух", "1. Атмосфералық ауаға эмиссиялар мониторингі", ""))
    for number, what, codes, word, method in src:
        n += 1
        rows.append([f"1.{n}", doc.v(f"Источник № {number} ({what})", f"№ {number} көз ({what})", ""), _named(doc, codes), _fr(doc, word), method])
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in codes))
    n += 1
    rows.append([f"1.{n}", doc.v("Источники № 0001, 0002 (дымовые трубы печей)", "№ 0001, 0002 көздер (пештердің түтін мұржалары)", ""),
                 _named(doc, ["0301", "0330", "0337", "2908"]), _fr(doc, "continuous"), asm])
    for number in ("0001", "0002"):
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), "continuous") for c in ("0301", "0330", "0337", "2908")))
    _span(rows, merges, doc.v("2. Мониторинг воздействия на границе СЗЗ", "2. СҚА шекарасындағы әсер мониторингі", ""))
    sides = doc.v(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"), ())
    zone = ["0301", "0330", "2908"]
    for k in range(1, r.randint(3, 4) + 1):
        rows.append([f"2.{k}", doc.v(f"Т-{k} (граница СЗЗ, {sides[k - 1]}, 1000 м)", f"Т-{k} (СҚА шекарасы, {sides[k - 1]}, 1000 м)", ""),
                     _named(doc, zone), _fr(doc, "quarterly"), instr])
        doc.add("monitoring", *(_mon({"point_contains": f"Т-{k}"}, ("code", c), "quarterly") for c in zone))
    _span(rows, merges, doc.v("3. Мониторинг подземных вод", "3. Жерасты сулары мониторингі", ""))
    gw = ["TDS", "Cl-", "SO4", "TPH"]
    for k in range(1, 3):
        rows.append([f"3.{k}", doc.v(f"Скв-{k} (наблюдательная скважина у шламонакопителя)", f"Скв-{k} (шлам жинағыш маңындағы бақылау ұңғымасы)", ""),
                     "; ".join(vocab.water(s, doc.lang).lower() for s in gw), _fr(doc, "semiannual"), instr])
        doc.add("monitoring", *(_mon({"point_contains": f"Скв-{k}"}, ("symbol", s), "semiannual") for s in gw))
    doc.table(None, rows, merges, role="monitoring")
    doc.p(doc.v("Отчеты по производственному экологическому контролю представляются в департамент ежеквартально, до 10 числа месяца, следующего за отчетным кварталом.",
                "Өндірістік экологиялық бақылау жөніндегі есептер департаментке тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-күніне дейін ұсынылады.", ""))
    maybe_distractor(doc)


def monitoring_gf2(doc: Doc) -> None:
    """A prescription to an oil depot listing the observations to be added to its ПЭК programme: the frequency in the first
    column, the substances by their codes only (`0333, 2754, 0602`) — water parameters by name —, the place of sampling
    (`Источник № 0001 – …`, `Т-1 …`, `К-1 …`), the term of inclusion (VI: an inspection conclusion on a rubber plant
    checking its monitoring against the permit, the point, the parameters, the frequency set by the permit, the rounds
    done in 2025 as `3/4` and a remark)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["rubber"][:2]
        doc.h(_so("rubber").upper())
        doc.h(f"KẾT LUẬN KIỂM TRA việc thực hiện giấy phép môi trường của {name}")
        doc.p("3. Về thực hiện chương trình quan trắc môi trường định kỳ, tự động theo Giấy phép môi trường:")
        vi_air = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0333": "H2S", "0303": "NH3"}
        plan = (("NT1 – Nước thải sau hệ thống xử lý (trước khi xả ra suối Cần Lê)", "NT1", ("symbol", ["pH", "BOD5", "COD", "TSS", "NH4+", "TN"]), "quarterly", "3/4"),
                ("NT1 – Trạm quan trắc nước thải tự động, liên tục", "NT1", ("symbol", ["pH", "COD", "TSS", "NH4+"]), "continuous", "-"),
                ("KT1 – Ống khói lò sấy mủ cốm số 1", "KT1", ("code", ["2902", "0330", "0301", "0337"]), "semiannual", "2/2"),
                ("KT2 – Ống thải tháp hấp thụ mùi", "KT2", ("code", ["0333", "0303"]), "semiannual", "1/2"))
        rows = [["TT", "Vị trí quan trắc", "Thông số", "Tần suất theo GPMT", "Số đợt đã thực hiện năm 2025", "Nhận xét"]]
        for k, (place, pid, (kind, keys), word, done) in enumerate(plan, 1):
            label = ", ".join(vi_air[x] if kind == "code" else vocab.water(x, "vi") for x in keys)
            remark = ("Chưa đầy đủ số đợt" if done in ("3/4", "1/2") else "Đã kết nối dữ liệu về Sở" if done == "-" else "Đạt")
            rows.append([str(k), place, ("Lưu lượng, " if word == "continuous" else "") + label, _fr(doc, word), done, remark])
            doc.add("monitoring", *(_mon({"point_contains": pid}, (kind, x), word) for x in keys))
        doc.table(None, rows, role="monitoring")
        doc.p("Công ty chưa thực hiện đầy đủ tần suất quan trắc định kỳ nước thải và khí thải theo Giấy phép môi trường đã được cấp.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "oil")
    doc.h(_dept(doc, "oil"))
    doc.h(doc.v(f"Предписание об устранении нарушений требований экологического законодательства № {r.randint(10, 99)}-П",
                f"Экология заңнамасы талаптарының бұзылуын жою туралы № {r.randint(10, 99)}-Н нұсқама", ""))
    doc.p(doc.v(f"Кому: {operator} (объект: {name}). По результатам внеплановой проверки установлено, что программа производственного "
                "экологического контроля не охватывает все источники выбросов и точки воздействия.",
                f"Кімге: {operator} (объект: {name}). Жоспардан тыс тексеру нәтижелері бойынша өндірістік экологиялық бақылау бағдарламасы "
                "барлық шығарынды көздері мен әсер ету нүктелерін қамтымайтыны анықталды.", ""))
    doc.p(doc.v("Включить в программу производственного экологического контроля следующие наблюдения:",
                "Өндірістік экологиялық бақылау бағдарламасына мынадай байқауларды енгізу:", ""))
    rows = [doc.v(["Периодичность", "Вещества (коды по перечню ЗВ)", "Место отбора проб", "Срок включения в программу"],
                  ["Кезеңділігі", "Заттар (ЛЗ тізбесі бойынша кодтары)", "Сынама алу орны", "Бағдарламаға енгізу мерзімі"], [])]
    obs = [("quarterly", ("code", ["0333", "2754", "0602"]), ("src", "0001"),
            doc.v("Источник № 0001 – дыхательные клапаны резервуаров РВС-5000 № 1–4", "№ 0001 көз – № 1–4 РВС-5000 резервуарларының тыныс алу клапандары", "")),
           ("quarterly", ("code", ["0333", "2754"]), ("src", "0002"),
            doc.v("Источник № 0002 – железнодорожная сливо-наливная эстакада", "№ 0002 көз – темір жол құю-төгу эстакадасы", "")),
           ("semiannual", ("code", ["0301", "0304", "0337", "0328"]), ("src", "0004"),
            doc.v("Источник № 0004 – дымовая труба котельной", "№ 0004 көз – қазандықтың түтін мұржасы", "")),
           ("quarterly", ("code", ["0333", "2754", "0602", "0621"]), ("pt", "Т-1"),
            doc.v("Т-1 – граница СЗЗ с подветренной стороны (жилой массив «Бишкуль»)", "Т-1 – жел жақ емес беттегі СҚА шекарасы («Бішкөл» тұрғын алабы)", "")),
           ("monthly", ("symbol", ["TPH", "TSS"]), ("pt", "К-1"),
            doc.v("К-1 – выпуск ливневых стоков после нефтеловушки", "К-1 – мұнай ұстағыштан кейінгі нөсер ағындарының шығарылымы", ""))]
    if r.random() < 0.5:
        obs.pop(1)
    for word, (kind, keys), (loc, ident), place in obs:
        shown = ", ".join(keys) if kind == "code" else ", ".join(vocab.water(s, doc.lang).lower() for s in keys)
        rows.append([_fr(doc, word), shown, place, doc.v(f"до {_date(doc, 1, r.randint(5, 7))}", f"{_date(doc, 1, r.randint(5, 7))} дейін", "")])
        where = {"source_number": ident} if loc == "src" else {"point_contains": ident}
        doc.add("monitoring", *(_mon(where, (kind, k), word) for k in keys))
    doc.table(None, rows, role="monitoring")
    doc.p(doc.v("О выполнении настоящего предписания сообщить в департамент в письменной форме в течение десяти рабочих дней после истечения срока.",
                "Осы нұсқаманың орындалуы туралы мерзім өткеннен кейін он жұмыс күні ішінде департаментке жазбаша хабарлау.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

AT_LEAST = {
    "ru": {"weekly": "не реже 1 раза в неделю", "monthly": "не реже одного раза в месяц", "quarterly": "не реже 1 раза в квартал",
           "semiannual": "не реже одного раза в полугодие", "yearly": "не реже 1 раза в год"},
    "kk": {"weekly": "аптасына кемінде 1 рет", "monthly": "айына кемінде бір рет", "quarterly": "тоқсанына кемінде 1 рет",
           "semiannual": "жарты жылда кемінде бір рет", "yearly": "жылына кемінде 1 рет"},
    "vi": {"weekly": "Tối thiểu 01 lần/tuần", "monthly": "Tối thiểu 01 lần/tháng", "quarterly": "Tối thiểu 03 tháng/lần",
           "semiannual": "Tối thiểu 06 tháng/lần", "yearly": "Tối thiểu 01 lần/năm"},
}  # fmt: skip
# (RU, KK, VI) objects of internal checks
GRAIN_CHECKS = (
    ("Аспирационные установки элеватора (циклоны, рукавные фильтры)", "Элеватордың аспирациялық қондырғылары (циклондар, жеңді сүзгілер)",
     "Hệ thống xử lý nước thải y tế công suất 400 m3/ngày đêm"),
    ("Зерносушилка ДСП-32 и ее топочный агрегат", "ДСП-32 астық кептіргіші және оның оттық агрегаты", "Bể khử trùng bằng clo và thiết bị châm hóa chất"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Kho lưu giữ chất thải y tế nguy hại"),
    ("Склад ГСМ и топливораздаточная колонка", "ЖЖМ қоймасы және отын құю бағанасы", "Khu vực lưu giữ chất thải lây nhiễm (buồng lạnh)"),
    ("Локальные очистные сооружения ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстары", "Máy phát điện dự phòng và ống khói"),
    ("Журналы учета работы ПГОУ и образования отходов", "ШГТҚ жұмысын және қалдықтардың түзілуін есепке алу журналдары",
     "Sổ nhật ký vận hành hệ thống xử lý nước thải"),
)  # fmt: skip


def inspections_gf1(doc: Doc) -> None:
    """A prescription after an inspection of a grain terminal requiring the operator to organise internal checks: the object,
    the least frequency in words (`не реже одного раза в месяц`), how the results are recorded and the clause of the
    Rules it rests on (VI: an inspection conclusion on a hospital requiring its self-checks, `Tối thiểu 01 lần/tháng`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    words = ("weekly", "monthly", "monthly", "quarterly", "semiannual", "yearly")
    if doc.lang == "vi":
        name = VN_PLANTS["hospital"][0]
        doc.h(_so("hospital").upper())
        doc.h(f"KẾT LUẬN THANH TRA việc chấp hành pháp luật về bảo vệ môi trường tại {name}")
        doc.p("III. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ. Yêu cầu Bệnh viện tổ chức tự kiểm tra định kỳ các công trình bảo vệ môi trường theo danh mục sau "
              "và lưu giữ hồ sơ để phục vụ công tác kiểm tra:")
        rows = [["TT", "Công trình, thiết bị", "Nội dung tự kiểm tra", "Chu kỳ tối thiểu", "Hồ sơ ghi nhận"]]
        what = ("Tình trạng vận hành, rò rỉ, hiệu quả xử lý", "Thời gian lưu giữ, phân loại, dán nhãn", "Tình trạng thiết bị, nhật ký vận hành")
        rec = ("Sổ nhật ký vận hành", "Biên bản tự kiểm tra", "Phiếu kiểm tra")
    else:
        name, operator = _kz(doc, "grain")
        doc.h(_dept(doc, "grain"))
        doc.h(doc.v(f"Предписание № {r.randint(10, 99)} об устранении нарушений", f"Бұзушылықтарды жою туралы № {r.randint(10, 99)} нұсқама", ""))
        doc.p(doc.v(f"Выдано: {operator}, объект: {name}. В ходе проверки установлено отсутствие внутренних проверок соблюдения экологического "
                    "законодательства. Оператору надлежит организовать внутренние проверки в следующем порядке:",
                    f"Берілді: {operator}, объект: {name}. Тексеру барысында экология заңнамасының сақталуын ішкі тексерулердің жоқтығы анықталды. "
                    "Операторға ішкі тексерулерді мынадай тәртіппен ұйымдастыру қажет:", ""))
        rows = [doc.v(["№", "Объект внутренней проверки", "Кратность", "Форма фиксации результатов", "Основание"],
                      ["№", "Ішкі тексеру объектісі", "Еселігі", "Нәтижелерді тіркеу нысаны", "Негіздеме"], [])]
        what = ()
        rec = doc.v(("запись в журнале внутренних проверок", "акт внутренней проверки", "отметка в журнале ПГОУ"),
                    ("ішкі тексерулер журналына жазба", "ішкі тексеру актісі", "ШГТҚ журналындағы белгі"), ())
    for k, obj in enumerate(r.sample(GRAIN_CHECKS, 5), 1):
        word = doc.pick(words)
        text = obj[L]
        if doc.lang == "vi":
            rows.append([str(k), text, doc.pick(what), AT_LEAST["vi"][word], doc.pick(rec)])
        else:
            rows.append([str(k), text, AT_LEAST[doc.lang][word], doc.pick(rec),
                         doc.v(f"п. {r.randint(5, 14)} Правил ПЭК, ст. 187 ЭК РК", f"ӨЭБ қағидаларының {r.randint(5, 14)}-т., ЭК 187-б.", "")])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": text})
    doc.table(None, rows, role="inspections")
    doc.p(doc.v("Срок исполнения предписания – 30 календарных дней со дня вручения.", "Нұсқаманы орындау мерзімі – тапсырылған күннен бастап 30 күнтізбелік күн.",
                "Thời hạn báo cáo kết quả thực hiện: trước ngày 30/6/2026."))
    maybe_distractor(doc)


# (RU area, KK area, VI area, [(word, RU, KK, VI)])
SMELTER_ROUNDS = (
    ("Металлургический цех", "Металлургия цехы", "Khu chế biến", [
        ("daily", "Газоходы конвертеров (подсосы, целостность)", "Конвертерлердің газ жүрістері (сорылу, тұтастығы)", "Hệ thống xử lý nước thải"),
        ("weekly", "Электрофильтры отражательной печи", "Шағылыстыру пешінің электрсүзгілері", "Bể tách mỡ khu sơ chế"),
        ("monthly", "Рукавный фильтр участка шихтоподготовки", "Шихта дайындау учаскесінің жеңді сүзгісі", "Khu tập kết phế phẩm thủy sản")]),
    ("Сернокислотный цех", "Күкірт қышқылы цехы", "Khu máy lạnh", [
        ("daily", "Абсорбционное отделение (утечки)", "Абсорбция бөлімшесі (ағып кетулер)", "Hệ thống lạnh NH3 (kiểm tra rò rỉ)"),
        ("quarterly", "Склад серной кислоты", "Күкірт қышқылы қоймасы", "Tháp giải nhiệt")]),
    ("Хвостовое и шламовое хозяйство", "Қалдық және шлам шаруашылығы", "Khu phụ trợ", [
        ("weekly", "Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Kho chứa chất thải nguy hại"),
        ("monthly", "Дамба шламонакопителя", "Шлам жинағыштың бөгеті", "Lò hơi và ống khói"),
        ("quarterly", "Наблюдательные скважины", "Бақылау ұңғымалары", "Máy phát điện dự phòng")]),
)  # fmt: skip


def inspections_gf2(doc: Doc) -> None:
    """The Department's letter answering a copper smelter on its schedule of internal checks, the schedule as agreed: the
    areas as rows and the frequencies as columns (`Ежедневно | Еженедельно | Ежемесячно | Ежеквартально`), the objects
    listed in the cells, one a line, `–` where none (VI: the record of a working visit to a seafood processor with its
    self-inspection schedule in the same shape, `Hằng ngày | Hằng tuần | Hằng tháng | Hằng quý`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    cols = ("daily", "weekly", "monthly", "quarterly")
    heads = doc.v(("Ежедневно", "Еженедельно", "Ежемесячно", "Ежеквартально"), ("Күн сайын", "Апта сайын", "Ай сайын", "Тоқсан сайын"),
                  ("Hằng ngày", "Hằng tuần", "Hằng tháng", "Hằng quý"))
    if doc.lang == "vi":
        name, operator = VN_PLANTS["seafood"][:2]
        doc.h(_so("seafood").upper())
        doc.h(f"BIÊN BẢN LÀM VIỆC với {operator} về việc khắc phục tồn tại sau kiểm tra")
        doc.p("Công ty đã ban hành lịch tự kiểm tra các công trình bảo vệ môi trường; Đoàn công tác thống nhất với nội dung lịch như sau:")
        rows = [["Khu vực", *heads]]
    else:
        name, operator = _kz(doc, "smelter")
        doc.h(_dept(doc, "smelter"))
        doc.p(doc.v(f"Исх. № {r.randint(1000, 9999)} от {_date(doc, r.randint(1, 28), 2)}. Руководителю {operator}",
                    f"Шығ. № {r.randint(1000, 9999)}, {_date(doc, r.randint(1, 28), 2)}. {operator} басшысына", ""))
        doc.p(doc.v(f"На Ваше письмо о согласовании графика внутренних проверок объекта «{name}» сообщаем, что департамент не возражает против "
                    "представленного графика при условии следующей периодичности осмотров:",
                    f"«{name}» объектісінің ішкі тексерулер кестесін келісу туралы хатыңызға департамент ұсынылған кестеге мынадай қарау "
                    "кезеңділігі сақталған жағдайда қарсылық білдірмейтінін хабарлаймыз:", ""))
        rows = [[doc.v("Подразделение", "Бөлімше", ""), *heads]]
    for *area, items in SMELTER_ROUNDS:
        picked = [it for it in items if r.random() < 0.85] or items[:1]
        line = [area[L]]
        for word in cols:
            here = [it[1 + L] for it in picked if it[0] == word]
            line.append("\n".join(here) if here else "–")
            doc.add("obligations", *({"kind": "inspection", "frequency": word, "text_contains": t} for t in here))
        rows.append(line)
    doc.table(None, rows, role="inspections")
    doc.p(doc.v("Результаты внутренних проверок отражаются в отчете по производственному экологическому контролю.",
                "Ішкі тексерулердің нәтижелері өндірістік экологиялық бақылау жөніндегі есепте көрсетіледі.",
                "Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU violation, KK violation, RU measure, KK measure, article)
OIL_ORDERS = (
    ("Не обеспечена герметизация дыхательной арматуры резервуаров РВС-5000 № 2, 3", "№ 2, 3 РВС-5000 резервуарларының тыныс алу арматурасы саңылаусыздандырылмаған",
     "Провести ревизию и замену дыхательных клапанов резервуаров РВС-5000 № 2, 3", "№ 2, 3 РВС-5000 резервуарларының тыныс алу клапандарына тексеру жүргізіп, ауыстыру", "ст. 207"),
    ("Отсутствует понтон на резервуаре для бензина РВС-2000 № 6", "РВС-2000 № 6 бензин резервуарында понтон жоқ",
     "Установить понтон на резервуаре РВС-2000 № 6", "РВС-2000 № 6 резервуарына понтон орнату", "ст. 207"),
    ("Нефтеловушка ливневых стоков не очищается, допущен перелив", "Нөсер ағындарының мұнай ұстағышы тазартылмайды, асып төгілуге жол берілген",
     "Очистить нефтеловушку и восстановить ее гидроизоляцию", "Мұнай ұстағышты тазартып, оның гидрооқшаулауын қалпына келтіру", "ст. 222"),
    ("Замазученный грунт у эстакады не вывезен", "Эстакада маңындағы мазутталған топырақ шығарылмаған",
     "Вывезти замазученный грунт на рекультивацию специализированной организации", "Мазутталған топырақты рекультивациялау үшін мамандандырылған ұйымға шығару", "ст. 238"),
    ("Не ведется учет отходов по формам, утвержденным уполномоченным органом", "Уәкілетті орган бекіткен нысандар бойынша қалдықтар есебі жүргізілмейді",
     "Организовать учет отходов и представить отчет по инвентаризации отходов", "Қалдықтар есебін ұйымдастырып, қалдықтарды түгендеу жөніндегі есепті ұсыну", "ст. 384"),
    ("Площадка временного хранения отходов не имеет твердого покрытия", "Қалдықтарды уақытша сақтау алаңының қатты жабыны жоқ",
     "Обустроить площадку временного хранения отходов с твердым покрытием и навесом", "Қалдықтарды уақытша сақтау алаңын қатты жабынмен және шатырмен жайластыру", "ст. 320"),
)  # fmt: skip
BRICK_MEASURES = (
    ("Buộc vận hành thường xuyên, đúng quy trình hệ thống xử lý khí thải lò nung", "điểm a khoản 9 Điều 25", "Ngay sau khi nhận Quyết định"),
    ("Buộc lắp đặt thiết bị đo lưu lượng khí thải tại ống khói lò nung tuynel số 1", "điểm b khoản 9 Điều 25", "30 ngày"),
    ("Buộc chuyển giao toàn bộ chất thải nguy hại đang lưu giữ cho đơn vị có chức năng xử lý", "khoản 8 Điều 35", "15 ngày"),
    ("Buộc cải tạo khu lưu giữ than cám có mái che và tường bao", "khoản 10 Điều 25", "60 ngày"),
    ("Buộc chi trả kinh phí trưng cầu giám định, kiểm định, đo đạc và phân tích mẫu môi trường", "khoản 5 Điều 4", "10 ngày"),
)  # fmt: skip


def tasks_gf1(doc: Doc) -> None:
    """The prescription attached to an inspection act of an oil depot: the number, the violation found, the article of the
    Code it breaks, what is prescribed and the term; the addressee named only in the preamble (VI: a decision on an
    administrative sanction against a brick kiln, its remedial measures lettered `a)`, `b)`, the clause of Decree 45,
    the term in days)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["brick"][:2]
        doc.h("ỦY BAN NHÂN DÂN TỈNH THANH HÓA")
        doc.h(f"QUYẾT ĐỊNH xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường đối với {operator}")
        doc.p(f"Điều 1. Xử phạt vi phạm hành chính đối với {operator} (địa chỉ: {VN_PLANTS['brick'][2]}) với tổng số tiền phạt "
              f"{num(r.randint(12, 30) * 10_000_000, 'vi')} đồng.")
        doc.p("Biện pháp khắc phục hậu quả (theo Nghị định số 45/2022/NĐ-CP):")
        rows = [["TT", "Biện pháp khắc phục hậu quả", "Căn cứ", "Thời hạn thực hiện"]]
        for k, (text, basis, term) in enumerate(r.sample(BRICK_MEASURES, 4)):
            rows.append([f"{'abcd'[k]})", text, basis, term if term.startswith("Ngay") else f"{term} kể từ ngày nhận Quyết định"])
            doc.add("obligations", {"kind": "task", "text_contains": _words(text, 6)})
        doc.table(None, rows, role="tasks")
        doc.p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Mọi chi phí tổ chức thực hiện biện pháp khắc phục hậu quả do cá nhân, tổ chức vi phạm chi trả.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    name, operator = _kz(doc, "oil")
    doc.h(_dept(doc, "oil"))
    doc.h(doc.v(f"Предписание об устранении нарушений № {r.randint(10, 99)}", f"Бұзушылықтарды жою туралы № {r.randint(10, 99)} нұсқама", ""))
    doc.p(doc.v(f"Кому: {operator}, объект: {name}. На основании акта о результатах проверки от {_date(doc, r.randint(1, 28), 3)} ПРЕДПИСЫВАЕТСЯ:",
                f"Кімге: {operator}, объект: {name}. {_date(doc, r.randint(1, 28), 3)} тексеру нәтижелері туралы акт негізінде НҰСҚАЛАДЫ:", ""))
    rows = [doc.v(["№ п/п", "Выявленное нарушение", "Нарушенная норма ЭК РК", "Предписываемое мероприятие", "Срок устранения"],
                  ["№ р/с", "Анықталған бұзушылық", "ЭК бұзылған нормасы", "Нұсқалатын іс-шара", "Жою мерзімі"], [])]
    months = doc.v(("мая", "июня", "июля", "августа"), ("мамырға", "маусымға", "шілдеге", "тамызға"), ())
    for k, it in enumerate(r.sample(OIL_ORDERS, 5), 1):
        text = it[2 + L]
        art = it[4] if L == 0 else it[4].replace("ст. ", "") + "-бап"
        when = doc.v(f"до {r.randint(1, 30)} {doc.pick(months)} 2026 г.", f"2026 жылғы {r.randint(1, 30)} {doc.pick(months)} дейін", "")
        rows.append([str(k), it[L], art, text, when])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text)})
    doc.table(None, rows, role="tasks")
    doc.p(doc.v("Неисполнение предписания влечет ответственность, предусмотренную Кодексом Республики Казахстан об административных правонарушениях.",
                "Нұсқаманы орындамау Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінде көзделген жауапкершілікке әкеп соғады.", ""))
    doc.p(doc.v("Главный специалист-государственный экологический инспектор ____________ Абенова Ж.С.",
                "Бас маман-мемлекеттік экологиялық инспектор ____________ Әбенова Ж.С.", ""))
    maybe_distractor(doc)


# (group RU, KK), [(RU, KK measure, RU, KK executor, term RU, KK, remark RU, KK)]
POULTRY_PLAN = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Замена циклонов комбикормового цеха на рукавные фильтры", "Құрама жем цехының циклондарын жеңді сүзгілерге ауыстыру",
         "Главный инженер", "Бас инженер", "III квартал", "III тоқсан", "принято", "қабылданды"),
        ("Перевод котельной птичников с угля на газ", "Құс қораларының қазандығын көмірден газға ауыстыру",
         "Энергетическая служба", "Энергетика қызметі", "IV квартал", "IV тоқсан", "принято, указать объем затрат", "қабылданды, шығын көлемін көрсету")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Строительство площадки компостирования помета", "Саңғырықты компосттау алаңын салу",
         "Отдел капитального строительства", "Күрделі құрылыс бөлімі", "II–III квартал", "II–III тоқсан", "принято", "қабылданды"),
        ("Приобретение инсинератора для утилизации падежа", "Өлген құсты кәдеге жаратуға арналған инсинератор сатып алу",
         "Ветеринарная служба", "Ветеринария қызметі", "II квартал", "II тоқсан", "принято", "қабылданды"),
        ("Заключение договора на вывоз отработанных ламп", "Пайдаланылған шамдарды шығаруға шарт жасасу",
         "Эколог предприятия", "Кәсіпорын экологы", "I квартал", "I тоқсан", "принято", "қабылданды")]),
    (("Охрана земельных ресурсов", "Жер ресурстарын қорғау"), [
        ("Рекультивация старой пометохранилищной площадки 2,4 га", "Ескі саңғырық сақтау алаңын (2,4 га) рекультивациялау",
         "Агрономическая служба", "Агрономия қызметі", "2026–2027 гг.", "2026–2027 жж.", "принято", "қабылданды")]),
)  # fmt: skip
VI_ASSIGN = (
    ("Khắc phục ngay tình trạng nước thải vượt quy chuẩn tại điểm xả NT1", "Công ty Cổ phần Thủy sản Cái Khế", "Chi cục Bảo vệ môi trường", "Trước 30/4/2026"),
    ("Nạo vét bùn thải và cải tạo bể tuyển nổi của hệ thống xử lý nước thải", "Công ty Cổ phần Thủy sản Cái Khế", "Trung tâm Quan trắc", "Quý II/2026"),
    ("Giám sát việc khắc phục các tồn tại của Công ty tại địa phương", "UBND phường Phước Thới", "Phòng Kinh tế, Hạ tầng và Đô thị", "Thường xuyên"),
    ("Kiểm tra việc đấu nối nước thải của Công ty vào hệ thống thu gom của KCN", "Ban Quản lý các khu chế xuất và công nghiệp", "Công ty Phát triển hạ tầng KCN", "Quý II/2026"),
    ("Theo dõi, đôn đốc việc thực hiện Kết luận thanh tra", "Chi cục Bảo vệ môi trường", "Thanh tra Sở", "Đến khi hoàn thành"),
    ("Lập hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường", "Công ty Cổ phần Thủy sản Cái Khế", "Chi cục Bảo vệ môi trường", "Trước 30/6/2026"),
)  # fmt: skip


def tasks_gf2(doc: Doc) -> None:
    """The Department's letter answering a poultry farm on its plan of nature-protection measures: the plan as the
    Department read it, group rows by direction, the items numbered 1.1, 2.1 …, the executor and the term, and the
    Department's position on each in the last column (VI: an inspection conclusion's organisation of its execution, each
    task with the unit in charge, the unit cooperating and the term, the units being the company, a ward's People's
    Committee, the sub-department)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator = VN_PLANTS["seafood"][:2]
        doc.h(_so("seafood").upper())
        doc.h(f"KẾT LUẬN THANH TRA đối với {operator}")
        doc.p("V. TỔ CHỨC THỰC HIỆN. Giám đốc Sở giao các cơ quan, đơn vị thực hiện các nội dung sau:")
        rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]]
        for k, (text, who, partner, term) in enumerate(r.sample(VI_ASSIGN, 5), 1):
            rows.append([str(k), text, who, partner, term])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        doc.table(None, rows, role="tasks")
        doc.p("Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường (qua Thanh tra Sở) trước ngày 15/7/2026.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    name, operator = _kz(doc, "poultry")
    doc.h(_dept(doc, "poultry"))
    doc.p(doc.v(f"Исх. № {r.randint(1000, 9999)} от {_date(doc, r.randint(1, 28), 1)}. Директору {operator}",
                f"Шығ. № {r.randint(1000, 9999)}, {_date(doc, r.randint(1, 28), 1)}. {operator} директорына", ""))
    doc.p(doc.v(f"Рассмотрев представленный план мероприятий по охране окружающей среды объекта «{name}» на 2026 год, департамент сообщает следующее.",
                f"«{name}» объектісінің 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарын қарап, департамент мынаны хабарлайды.", ""))
    rows = [doc.v(["№", "Мероприятие", "Исполнитель", "Срок", "Позиция департамента"],
                  ["№", "Іс-шара", "Орындаушы", "Мерзімі", "Департаменттің ұстанымы"], [])]
    merges = []
    for g, (group, items) in enumerate(POULTRY_PLAN, 1):
        _span(rows, merges, f"{g}. {group[L]}")
        for j, it in enumerate(items, 1):
            text, who = it[L], it[2 + L]
            rows.append([f"{g}.{j}", text, who, it[4 + L], it[6 + L]])
            doc.add("obligations", {"kind": "task", "number": f"{g}.{j}", "text_contains": _words(text), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    doc.p(doc.v("Скорректированный план просим представить в департамент в срок до 1 марта 2026 года.",
                "Түзетілген жоспарды 2026 жылғы 1 наурызға дейін департаментке ұсынуыңызды сұраймыз.", ""))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"GF{k}", globals()[f"{role}_gf{k}"]) for role in ROLES for k in (1, 2)]
