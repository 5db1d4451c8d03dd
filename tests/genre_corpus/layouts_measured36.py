"""The twenty-first blind set's part HC (two layouts per role, `HC1` and `HC2`), written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.694 over
126 files when first measured at 5da7b17, 2026-12-05), then moved to the tuning layouts to be studied.

Theme: construction and building materials. Kazakhstan: a cement plant with its limestone quarry and clinker kilns, the
mobile asphalt-concrete plant of a road builder moved from site to site, a brick factory, a ready-mix concrete and
precast plant, the reconstruction of a road with its temporary camp, borrow pits and crushing unit, a gypsum and drywall
plant (a notification of relocation, a programme's list of title documents, an inventory with groups of identical
sources, an ОВОС's construction emissions, a quarry's wastes in two units, a precast plant's wastes by place of
accumulation, a kiln's norms beside the BAT range, a season's boundary air month by month, a programme with continuous
and periodic control side by side, a construction programme with ditto marks, checks grouped by the person answerable,
checks counted a month and a year, a plan with each measure on a row of its own above its particulars, a plan whose
place of work is merged down the last column). Vietnam: a cement plant co-processing wastes, tunnel brick kilns, a
stone quarry with its crushing, an expressway and its asphalt plant, a ceramic tile and sanitary ware plant, a steel
structure fabricator (a notice moving an asphalt plant, the legal papers of a GPMT application, an ĐTM's loads from
factors, loads by workshop in kg a year, a quarry's report in two units, a GPMT's wastes by storage area, QCVN 23 with
Kp and Kv, an expressway's baseline air, automatic and periodic monitoring side by side, a construction monitoring plan
with `nt`, self-checks by the person answerable, counts of checks, a quarry's rehabilitation plan, a plan by place).

Facility: a notification that a mobile asphalt plant moves: the operator's card and, inside the same table, a section of
the plant's places season by season, the new place the last (HC1); a programme's list of title and permitting documents
whose last column quotes what each document says — the BIN in the registration, the KATO in the land act, the OKED in
the statistical card, the category in the decision, the coordinates in the survey (VI: the legal papers of a tunnel
brick plant) (HC2).

Emissions: a cement plant's inventory whose rows stand for groups of identical sources written as a range or a list of
numbers (`0003–0005`, `0006, 0007`), the count of sources, the emission of one source and of the group (VI: a stone
quarry's loads worked out from emission factors, t/year before g/s) (HC1); a road's construction emissions by site
(camp, crushing unit, borrow pit, asphalt plant) with the hazard class in Roman figures and tiny figures in E-notation
(VI: a steel structure plant's loads under workshop rows, kilograms a year) (HC2).

Wastes: each waste of a limestone quarry on two rows, one per unit (m3 or pieces, then tonnes), the code and name merged
down over both (VI: a stone quarry's annual report, the same) (HC1); a precast plant's wastes under a row per place of
accumulation that describes the place (VI: a ceramic plant's GPMT by storage area) (HC2).

Limits: a kiln's emissions against both the BAT range and the КЭР's norm, a stack merged down (VI: a cement plant's
stacks against QCVN 23:2009 column B with Kp, Kv and Cmax) (HC1); a concrete plant's boundary air in the season, the
months as columns in Roman figures, points as rows spanning the table, `н/о` for none found (VI: an expressway's
baseline air and noise at two rounds against QCVN 05:2023, µg/m3) (HC2).

Monitoring: control at a cement plant's sources with what the automated system measures continuously in one column and
what is sampled periodically in the next, with its frequency (HC1); a road's construction programme with frequencies
repeated as `-//-` and `то же` (VI `nt`), a noise row with no substance (HC2).

Inspections: checks grouped under a row per person answerable (HC1); checks counted a month and a year, no frequency
word (HC2). Tasks: each measure's text on a row spanning the table, its particulars on the row under it (HC1); a
road's measures with the place of work merged down the last column (VI: a ceramic plant's measures by workshop) (HC2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import AIR_PDK, add, cell, limit
from .obligations_data import words
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _e(x: float) -> str:
    """A small figure as a spreadsheet exports it: `4,6E-05`."""
    mant, exp = f"{x:.2E}".split("E")
    mant = mant.rstrip("0").rstrip(".").replace(".", ",")
    return f"{mant}E{exp}"


def _fig(x: float, lang: str) -> str:
    """Figures below 0,001 in E-notation, the rest as the language writes them."""
    return _e(x) if x < 0.001 else num(x, lang)


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    word = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[lang][0 if lat else 1]
    sec = f"{s:04.1f}".replace(".", ",")
    sep = "" if lang == "vi" else " "
    return f"{d}°{m:02d}′{sec}″{sep}{word}", d + m / 60 + s / 3600


def _kato(r, region: str) -> str:
    """A KATO code of a settlement of the region (`35` Karaganda, `19` Almaty, `61` Turkestan, `11` Akmola)."""
    return f"{region}{r.randint(2, 8)}{r.randint(20, 69)}{r.choice(('1000', '3100', '5000', '7100'))}"


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _nv(item: dict | None) -> dict | None:
    """An expected limit whose measured value is left open."""
    if item is not None:
        item.pop("value", None)
    return item


DAILY = {"ru": ("ежедневно", "1 раз в сутки"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _freq(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


def _L(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


# ---------------------------------------------------------------- facility

# (RU, KK) operator, plant, what the expectation looks for in the plant's name
ROAD_BUILDERS = (
    (("ТОО «Жолдар Курылыс Сервис»", "«Жолдар Құрылыс Сервис» ЖШС"),
     ("Передвижной асфальтобетонный завод № 2", "№ 2 жылжымалы асфальтбетон зауыты"),
     ("асфальтобетонный завод № 2", "асфальтбетон зауыты")),
    (("ТОО «Сарыарка Автожол»", "«Сарыарқа Автожол» ЖШС"),
     ("Мобильный асфальтобетонный завод АБЗ-3", "АБЗ-3 мобильді асфальтбетон зауыты"),
     ("асфальтобетонный завод абз-3", "абз-3")),
)  # fmt: skip
# (RU, KK) place of the plant on a road: district, chainage, road
ABZ_PLACES = (
    ("Карагандинская область, Шетский район, км {km}+{m} автодороги «Караганда – Балхаш», {side}",
     "Қарағанды облысы, Шет ауданы, «Қарағанды – Балқаш» автожолының {km}+{m} км, {side}"),
    ("Карагандинская область, Шетский район, км {km}+{m} автодороги «Караганда – Балхаш», {side}, у с. Акшатау",
     "Қарағанды облысы, Шет ауданы, «Қарағанды – Балқаш» автожолының {km}+{m} км, {side}, Ақшатау а. маңы"),
    ("Карагандинская область, Актогайский район, км {km}+{m} автодороги «Караганда – Балхаш», {side}, у с. Сарышаган",
     "Қарағанды облысы, Ақтоғай ауданы, «Қарағанды – Балқаш» автожолының {km}+{m} км, {side}, Сарышаған а. маңы"),
)  # fmt: skip
VN_ROAD_BUILDERS = (
    ("Công ty Cổ phần Đầu tư và Xây dựng Giao thông Trung Việt", "Trạm trộn bê tông nhựa nóng Trung Việt 2", "120 tấn/giờ", "Trung Việt"),
    ("Tổng công ty Xây dựng Công trình giao thông Sông Trà", "Trạm trộn bê tông nhựa Sông Trà 3", "160 tấn/giờ", "Sông Trà"),
)
VN_ABZ_PLACES = (
    "Km {km}+{m}, xã Bình Nguyên, huyện Bình Sơn, tỉnh Quảng Ngãi (bên {side} tuyến)",
    "Km {km}+{m}, xã Đức Phong, huyện Mộ Đức, tỉnh Quảng Ngãi (bên {side} tuyến)",
    "Km {km}+{m}, xã Phổ Cường, huyện Đức Phổ, tỉnh Quảng Ngãi (bên {side} tuyến)",
)


def facility_hc1(doc: Doc) -> None:
    """A road builder's notification that its mobile asphalt plant moves to a new section of the road: one table whose
    top is the card (operator, BIN, the plant with its mixer and output, category) with the value merged over three
    cells, then a section row and a sub-header of its own (`Период | Местоположение | КАТО | Координаты`) over the
    plant's places season by season — the past ones first, the new place the last and said to be new; only the new
    place's KATO and coordinates belong to the plant now (VI: a contractor's notice moving its asphalt batching plant
    along an expressway, old places marked as cleared, coordinates in degrees, minutes and seconds)."""
    r = doc.rng
    L = _L(doc)
    if doc.lang == "vi":
        operator, plant, power, key = doc.pick(VN_ROAD_BUILDERS)
        msdn = make_msdn(r)
        doc.h(f"THÔNG BÁO VỀ VIỆC DI CHUYỂN {plant.upper()}")
        doc.p(f"Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi. {operator} thông báo việc di chuyển trạm trộn bê "
              "tông nhựa phục vụ thi công Gói thầu XL-04 Dự án đường bộ cao tốc Bắc – Nam phía Đông, đoạn Quảng Ngãi – "
              "Hoài Nhơn, sau khi hoàn thành thảm bê tông nhựa đoạn Km 40 – Km 62.")
        rows = [["TT", "Nội dung", "Thông tin", None, None],
                ["1", "Chủ cơ sở", operator, None, None],
                ["2", "Mã số doanh nghiệp", msdn, None, None],
                ["3", "Tên cơ sở", f"{plant} (trạm trộn di động, công suất {power})", None, None],
                ["4", "Người đại diện theo pháp luật", doc.pick(("Ông Nguyễn Văn Thành – Tổng Giám đốc", "Ông Lê Quang Vinh – Giám đốc")), None, None],
                ["5", "Vị trí đặt trạm theo tiến độ thi công", None, None, None],
                ["", "Thời gian", "Vị trí", "Tọa độ tâm trạm (WGS-84)", "Tình trạng"]]  # fmt: skip
        merges = [(k, 2, k, 4) for k in range(5)] + [(5, 1, 5, 4)]
        stops = [(r.randint(40, 48), "03/2025 – 12/2025", "Đã tháo dỡ, hoàn trả mặt bằng"),
                 (r.randint(55, 61), "01/2026 – 05/2026", "Đã tháo dỡ, hoàn trả mặt bằng"),
                 (r.randint(76, 84), "Từ 06/2026", "Vị trí mới")]  # fmt: skip
        if r.random() < 0.4:
            stops = stops[1:]
        lat0, lon0 = r.uniform(14.6, 15.0), r.uniform(108.72, 108.9)
        for k, (km, when, state) in enumerate(stops, 1):
            lat_t, lat_v = _dms(lat0 - 0.05 * k + r.uniform(-0.01, 0.01), True, "vi")
            lon_t, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02), False, "vi")
            place = VN_ABZ_PLACES[k - 1].format(km=km, m=f"{r.randint(0, 9)}00", side=doc.pick(("trái", "phải")))
            rows.append([f"5.{k}", when, place, f"{lat_t}; {lon_t}", state])
        doc.table("Bảng 1. Thông tin về trạm trộn và vị trí đặt trạm", rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": key, "lat": lat_v, "lon": lon_v})
        doc.p("Công ty cam kết thực hiện đầy đủ các biện pháp giảm thiểu bụi, khí thải tại vị trí mới như đã nêu trong báo "
              "cáo ĐTM của dự án đã được phê duyệt.")
        return
    (op, plant, key) = [x[L] for x in doc.pick(ROAD_BUILDERS)]
    bin_ = make_bin(r)
    doc.h(doc.v("Уведомление о перебазировании передвижного асфальтобетонного завода",
                "Жылжымалы асфальтбетон зауытын қайта орналастыру туралы хабарлама", ""))
    doc.p(doc.v(f"Руководителю Департамента экологии по Карагандинской области. {op} уведомляет о перебазировании "
                "асфальтобетонного завода на новый участок работ по реконструкции автодороги в связи с завершением "
                "устройства покрытия на предыдущем участке. Экологическое разрешение на воздействие переоформлено.",
                f"Қарағанды облысы бойынша Экология департаментінің басшысына. {op} алдыңғы учаскеде жабынды төсеу "
                "аяқталуына байланысты асфальтбетон зауытын автожолды реконструкциялаудың жаңа учаскесіне қайта "
                "орналастыру туралы хабарлайды. Әсер етуге экологиялық рұқсат қайта ресімделді.", ""))
    cap = doc.pick((120, 160, 200))
    rows = [doc.v(["№", "Сведения", "Значение", None, None], ["№", "Мәліметтер", "Мәні", None, None], []),
            ["1", doc.v("Оператор", "Оператор", ""), op, None, None],
            ["2", doc.v("БИН", "БСН", ""), bin_, None, None],
            ["3", doc.v("Объект", "Объект", ""),
             doc.v(f"{plant} (асфальтосмесительная установка ДС-{doc.pick(('168', '185', '1683'))}, производительность {cap} т/ч)",
                   f"{plant} (ДС-{doc.pick(('168', '185', '1683'))} асфальт араластырғыш қондырғысы, өнімділігі {cap} т/сағ)", ""),
             None, None],
            ["4", doc.v("Категория объекта", "Объектінің санаты", ""),
             doc.v("II категория (разрешение на воздействие переоформлено на новое место размещения)",
                   "II санат (әсер етуге рұқсат жаңа орналасу орнына қайта ресімделді)", ""), None, None],
            ["5", doc.v("Места размещения завода", "Зауыттың орналасқан жерлері", ""), None, None, None],
            doc.v(["", "Период работы", "Местоположение площадки", "Код КАТО", "Координаты центра площадки"],
                  ["", "Жұмыс кезеңі", "Алаңның орналасқан жері", "ҚАТО коды", "Алаң орталығының координаттары"], [])]
    merges = [(k, 2, k, 4) for k in range(5)] + [(5, 1, 5, 4)]
    periods = doc.v(("май – октябрь 2024 г.", "апрель – октябрь 2025 г.", "с 15.04.2026 г. (новое место размещения)"),
                    ("2024 ж. мамыр – қазан", "2025 ж. сәуір – қазан", "2026 ж. 15.04 бастап (жаңа орналасу орны)"), ())
    sides = doc.v(("300 м справа от дороги", "250 м слева от дороги"), ("жолдан оңға қарай 300 м", "жолдан солға қарай 250 м"), ())
    lat0, lon0 = r.uniform(47.2, 49.4), r.uniform(72.2, 74.4)
    km = r.randint(60, 120)
    for k in range(3):
        km += r.randint(45, 70)
        kato = _kato(r, "35")
        lat, lon = round(lat0 - 0.3 * k + r.uniform(-0.05, 0.05), 5), round(lon0 + 0.35 * k + r.uniform(-0.05, 0.05), 5)
        place = ABZ_PLACES[k][L].format(km=km, m=f"{r.randint(0, 9)}00", side=doc.pick(sides))
        hemi = doc.v(("с.ш.", "в.д."), ("с.е.", "ш.б."), ())
        coords = f"{num(lat, doc.lang)}° {hemi[0]}, {num(lon, doc.lang)}° {hemi[1]}"
        rows.append([f"5.{k + 1}", periods[k], place, kato, coords])
    doc.table(doc.v("Сведения об объекте и местах его размещения", "Объект және оның орналасқан жерлері туралы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "category": "II", "kato": kato, "lat": lat, "lon": lon})
    if r.random() < 0.5:
        doc.table(doc.v("Основное оборудование АБЗ", "АБЗ негізгі жабдығы", ""),
                  [doc.v(["Оборудование", "Кол-во", "Примечание"], ["Жабдық", "Саны", "Ескертпе"], []),
                   doc.v(["Сушильный барабан с топкой на дизельном топливе", "1", "циклон + рукавный фильтр"],
                         ["Дизель отынындағы оттығы бар кептіру барабаны", "1", "циклон + жеңді сүзгі"], []),
                   doc.v(["Битумоплавильная установка", "2", "по 30 м3"], ["Битум балқыту қондырғысы", "2", "әрқайсысы 30 м3"], []),
                   doc.v(["Склады щебня и песка (открытые)", "3", "пылеподавление орошением"],
                         ["Қиыршық тас пен құм қоймалары (ашық)", "3", "суару арқылы шаң басу"], [])], role="other")


BRICK_KZ = (
    (("Кирпичный завод «Кайнар»", "«Қайнар» кірпіш зауыты"), ("ТОО «Кайнар Кирпич»", "«Қайнар Кірпіш» ЖШС"), ("Кайнар", "Қайнар"),
     ("Алматинская область, Илийский район, с. Боралдай, ул. Промышленная, 7", "Алматы облысы, Іле ауданы, Боралдай а., Өнеркәсіп к-сі, 7"),
     (43.2, 43.45, 76.7, 77.0), "19"),
    (("Кирпичный завод «Ордабасы Керамик»", "«Ордабасы Керамик» кірпіш зауыты"), ("ТОО «Ордабасы Керамик»", "«Ордабасы Керамик» ЖШС"),
     ("Ордабасы", "Ордабасы"), ("Туркестанская область, Ордабасинский район, с. Темирлан, промзона", "Түркістан облысы, Ордабасы ауданы, Темірлан а., өнеркәсіптік аймақ"),
     (42.5, 42.7, 69.1, 69.4), "61"),
    (("Завод керамического кирпича «Кокше»", "«Көкше» керамикалық кірпіш зауыты"), ("ТОО «Кокше Керамика»", "«Көкше Керамика» ЖШС"),
     ("Кокше", "Көкше"), ("Акмолинская область, Зерендинский район, с. Зеренда, ул. Заводская, 2", "Ақмола облысы, Зеренді ауданы, Зеренді а., Зауыт к-сі, 2"),
     (52.8, 52.95, 69.05, 69.3), "11"),
)  # fmt: skip
VN_BRICK = (
    ("Nhà máy gạch tuynel Hợp Thành", "Công ty TNHH Gạch tuynel Hợp Thành", "xã Quang Minh, huyện Gia Bình, tỉnh Bắc Ninh",
     "Sở Tài chính tỉnh Bắc Ninh", "Hợp Thành"),
    ("Nhà máy gạch tuynel Đồng Tâm Phát", "Công ty Cổ phần Vật liệu xây dựng Đồng Tâm Phát", "xã Yên Trung, huyện Yên Phong, tỉnh Bắc Ninh",
     "Sở Tài chính tỉnh Bắc Ninh", "Đồng Tâm Phát"),
    ("Nhà máy gạch tuynel Thanh Hà 2", "Công ty Cổ phần Gạch ngói Thanh Hà", "xã Thanh Hồng, huyện Thanh Hà, thành phố Hải Phòng",
     "Sở Tài chính thành phố Hải Phòng", "Thanh Hà"),
)  # fmt: skip


def facility_hc2(doc: Doc) -> None:
    """A brick factory's ПЭК programme, section `Правоустанавливающие и разрешительные документы`: a row per document
    (the registration of the legal entity, the land act, the statistical card, the decision on the category, the
    topographic survey, the licence for the clay pit), its number and date, who issued it, and a last column quoting
    what the document says — the BIN, the KATO, the OKED with its words, the category and the coordinates each sit in
    the quotation of another document, no field has a label of its own (VI: the list of legal papers in a tunnel brick
    plant's application for a GPMT, the enterprise number inside the registration's quotation)."""
    r = doc.rng
    L = _L(doc)
    if doc.lang == "vi":
        name, operator, place, office, key = doc.pick(VN_BRICK)
        msdn = make_msdn(r)
        cap = doc.pick((40, 60, 80))
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
        doc.h("1.2. Các văn bản pháp lý của cơ sở")
        doc.p(f"{name} của {operator} có địa chỉ tại {place}. Các văn bản pháp lý của cơ sở được liệt kê tại Bảng 1.2.")
        rows = [["TT", "Tên văn bản", "Số, ngày ban hành", "Cơ quan cấp", "Nội dung chính"],
                ["1", "Giấy chứng nhận đăng ký doanh nghiệp", f"Đăng ký lần đầu ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2009, "
                 f"đăng ký thay đổi lần thứ {r.randint(3, 9)} ngày {r.randint(1, 28):02d}/{r.randint(10, 12)}/2024", office,
                 f"{operator}; mã số doanh nghiệp: {msdn}; ngành nghề chính: sản xuất vật liệu xây dựng từ đất sét (2392)"],
                ["2", "Giấy chứng nhận quyền sử dụng đất", f"Số CS {r.randint(10000, 99999)}, ngày {r.randint(1, 28):02d}/05/2016",
                 "Sở Tài nguyên và Môi trường", f"Thửa đất số {r.randint(10, 300)}, tờ bản đồ số {r.randint(1, 40)}, {place}; diện tích "
                 f"{num(r.randint(28000, 62000), 'vi')} m2; mục đích sử dụng: đất cơ sở sản xuất phi nông nghiệp"],
                ["3", "Quyết định phê duyệt báo cáo đánh giá tác động môi trường", f"Số {r.randint(100, 2900)}/QĐ-UBND ngày "
                 f"{r.randint(1, 28):02d}/08/2015", "Ủy ban nhân dân tỉnh", f"Dự án Nhà máy sản xuất gạch tuynel công suất {cap} "
                 "triệu viên QTC/năm"],
                ["4", "Giấy phép khai thác khoáng sản (sét gạch ngói)", f"Số {r.randint(10, 90)}/GP-UBND ngày {r.randint(1, 28):02d}/03/2018",
                 "Ủy ban nhân dân tỉnh", "Mỏ sét gạch ngói cách nhà máy 2,5 km; trữ lượng 1,2 triệu m3; thời hạn 15 năm"],
                ["5", "Giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy", f"Số {r.randint(10, 400)}/TD-PCCC ngày "
                 f"{r.randint(1, 28):02d}/11/2015", "Phòng Cảnh sát PCCC và CNCH – Công an tỉnh", "Hạng mục: nhà lò nung tuynel, nhà phơi, kho than"]]  # fmt: skip
        doc.table("Bảng 1.2. Danh mục văn bản pháp lý của cơ sở", rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": key})
        doc.table("Bảng 1.3. Sản phẩm và công suất", [["TT", "Sản phẩm", "Đơn vị", "Công suất thiết kế", "Sản lượng năm 2025"],
                                                      ["1", "Gạch đặc 2 lỗ", "triệu viên/năm", num(cap * 0.6, "vi"), num(round(cap * 0.45, 1), "vi")],
                                                      ["2", "Gạch rỗng 6 lỗ", "triệu viên/năm", num(cap * 0.4, "vi"), num(round(cap * 0.33, 1), "vi")]],
                  role="other")
        return
    (name, operator, key, address, box, region) = doc.pick(BRICK_KZ)
    name, operator, address, key = name[L], operator[L], address[L], key[L]
    bin_, kato, oked = make_bin(r), _kato(r, region), "23321"
    lat_t, lat_v = _dms(r.uniform(box[0], box[1]), True, doc.lang)
    lon_t, lon_v = _dms(r.uniform(box[2], box[3]), False, doc.lang)
    reg = f"KZ{r.randint(10, 99)}VCY{r.randint(0, 99999999):08d}"
    doc.h(doc.v(f"Программа производственного экологического контроля {operator} ({name}) на 2026–2028 годы",
                f"{operator} ({name}) 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("1.2. Правоустанавливающие и разрешительные документы", "1.2. Құқық белгілейтін және рұқсат беру құжаттары", ""))
    doc.p(doc.v("Сведения об операторе и объекте приводятся по следующим документам:",
                "Оператор және объект туралы мәліметтер мына құжаттар бойынша келтіріледі:", ""))
    gk = doc.v("НАО «Государственная корпорация «Правительство для граждан»»", "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ", "")
    rows = [doc.v(["№", "Наименование документа", "Номер и дата", "Кем выдан", "Содержание (сведения из документа)"],
                  ["№", "Құжаттың атауы", "Нөмірі және күні", "Кім берді", "Мазмұны (құжаттағы мәліметтер)"], []),
            ["1", doc.v("Справка о государственной перерегистрации юридического лица", "Заңды тұлғаны мемлекеттік қайта тіркеу туралы анықтама", ""),
             f"№ 10100{r.randint(100000000, 999999999)}, {r.randint(1, 28):02d}.0{r.randint(1, 9)}.2019", gk,
             doc.v(f"{operator}, БИН {bin_}; вид деятельности – производство кирпича; руководитель – директор",
                   f"{operator}, БСН {bin_}; қызмет түрі – кірпіш өндірісі; басшысы – директор", "")],
            ["2", doc.v("Акт на право частной собственности на земельный участок", "Жер учаскесіне жеке меншік құқығы актісі", ""),
             doc.v(f"кадастровый № 03-047-{r.randint(100, 999)}-{r.randint(100, 999)}", f"кадастрлық № 03-047-{r.randint(100, 999)}-{r.randint(100, 999)}", ""), gk,
             doc.v(f"Местоположение: {address} (КАТО {kato}); площадь {num(round(r.uniform(3, 9), 2), 'ru')} га; целевое назначение – "
                   "размещение и обслуживание кирпичного завода",
                   f"Орналасқан жері: {address} (ҚАТО {kato}); ауданы {num(round(r.uniform(3, 9), 2), 'kk')} га; нысаналы мақсаты – "
                   "кірпіш зауытын орналастыру және оған қызмет көрсету", "")],
            ["3", doc.v("Статистическая карточка", "Статистикалық карточка", ""), f"{r.randint(1, 28):02d}.01.2026",
             doc.v("Бюро национальной статистики АСПиР РК", "ҚР СЖРА Ұлттық статистика бюросы", ""),
             doc.v(f"ОКЭД {oked} – Производство кирпича, черепицы и прочих строительных изделий из обожженной глины; КРП 160",
                   f"ЭҚЖЖ {oked} – Кірпіш, черепица және күйдірілген балшықтан жасалған басқа да құрылыс бұйымдарын өндіру; КРП 160", "")],
            ["4", doc.v("Решение об определении категории объекта", "Объектінің санатын айқындау туралы шешім", ""),
             f"№ {reg}", doc.v("Департамент экологии по области", "Облыс бойынша экология департаменті", ""),
             doc.v("Объект отнесен ко II категории (производство керамических изделий путем обжига, п. 3.4 раздела 2 приложения 2 "
                   "к Экологическому кодексу РК)",
                   "Объект II санатқа жатқызылды (күйдіру арқылы керамикалық бұйымдар өндіру, ҚР Экология кодексінің 2-қосымшасы "
                   "2-бөлімінің 3.4-тармағы)", "")],
            ["5", doc.v("Топографический план промплощадки М 1:500", "Өнеркәсіптік алаңның топографиялық жоспары М 1:500", ""),
             doc.v(f"инв. № {r.randint(100, 999)}-ТП, 2023 г.", f"түгенд. № {r.randint(100, 999)}-ТП, 2023 ж.", ""),
             doc.v("ТОО «ГеоИзыскания»", "«ГеоІздестіру» ЖШС", ""),
             doc.v(f"Координаты центра промплощадки (WGS-84): {lat_t}, {lon_t}",
                   f"Өнеркәсіптік алаң орталығының координаттары (WGS-84): {lat_t}, {lon_t}", "")],
            ["6", doc.v("Разрешение на добычу общераспространенных полезных ископаемых (суглинки)",
                        "Кең таралған пайдалы қазбаларды (саздақтар) өндіруге рұқсат", ""),
             f"№ {r.randint(10, 99)}-ОПИ, {r.randint(1, 28):02d}.06.2020", doc.v("Акимат области", "Облыс әкімдігі", ""),
             doc.v("Карьер суглинков в 3,2 км к северу от завода; срок добычи – до 2030 г.",
                   "Зауыттан солтүстікке қарай 3,2 км жердегі саздақ карьері; өндіру мерзімі – 2030 жылға дейін", "")]]
    doc.table(doc.v("Таблица 1.2", "1.2-кесте", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "oked": oked, "category": "II",
                           "lat": lat_v, "lon": lon_v})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# code: share of a source's base rate the substance is emitted at
SHARE = {"0301": 1.0, "0304": 0.16, "0330": 0.45, "0337": 1.4, "2908": 0.6, "2902": 0.6, "0328": 0.08, "1325": 0.02,
         "2754": 0.3, "0703": 0.000004, "0123": 1.0, "0143": 0.08, "0616": 1.0, "0621": 0.5}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# (numbers, RU name, KK name, codes, (low, high) g/s of one source, hours a year)
CEMENT_GROUPS = (
    (("0001",), "Вращающаяся печь обжига клинкера № 1 (электрофильтр)", "№ 1 клинкер күйдіретін айналмалы пеш (электрсүзгі)",
     ("0301", "0304", "0330", "0337", "2908"), (8, 30), 7800),
    (("0002",), "Вращающаяся печь обжига клинкера № 2 (рукавный фильтр)", "№ 2 клинкер күйдіретін айналмалы пеш (жеңді сүзгі)",
     ("0301", "0304", "0330", "0337", "2908"), (8, 30), 7800),
    (("0003",), "Колосниковый холодильник клинкера (электрофильтр)", "Клинкердің колосникті тоңазытқышы (электрсүзгі)",
     ("2908",), (0.8, 4), 7800),
    (("0004", "0005", "0006"), "Аспирационные системы цементных мельниц № 1–3 (рукавные фильтры), на каждый источник",
     "№ 1–3 цемент диірмендерінің аспирациялық жүйелері (жеңді сүзгілер), әр көзге", ("2908",), (0.15, 0.9), 7200),
    (("0007", "0008"), "Силосы цемента № 1, 2 (фильтры на кровле), на каждый источник",
     "№ 1, 2 цемент силостары (шатырдағы сүзгілер), әр көзге", ("2908",), (0.03, 0.2), 6200),
    (("0009", "0010", "0011", "0012"), "Узлы отгрузки цемента в автоцементовозы № 1–4, на каждый источник",
     "Цементті автоцементтасығыштарға тиеу тораптары № 1–4, әр көзге", ("2908",), (0.02, 0.12), 3500),
    (("6001", "6002", "6003"), "Узлы пересыпки известняка на ленточных конвейерах, на каждый источник",
     "Таспалы конвейерлердегі әктас төгу тораптары, әр көзге", ("2908",), (0.02, 0.3), 5000),
    (("6004",), "Открытый склад известняка", "Ашық әктас қоймасы", ("2908",), (0.3, 2.5), 8760),
    (("6005", "6006"), "Склады угля № 1, 2 (полузакрытые), на каждый источник", "№ 1, 2 көмір қоймалары (жартылай жабық), әр көзге",
     ("2908",), (0.05, 0.5), 8760),
)  # fmt: skip


def _numbers(doc: Doc, numbers: tuple[str, ...]) -> str:
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 2:
        return doc.pick((f"{numbers[0]}, {numbers[1]}", f"{numbers[0]}–{numbers[1]}"))
    return doc.pick((f"{numbers[0]}–{numbers[-1]}", f"{numbers[0]}-{numbers[-1]}", ", ".join(numbers)))


# (activity, [(code, factor, factor unit)], amount a year, amount's unit, hours a year)
QUARRY_LOADS = (
    ("Khoan lỗ mìn", [("2902", 0.59, "kg/lỗ khoan")], (9000, 16000), "lỗ khoan/năm", 2400),
    ("Nổ mìn", [("2902", 0.08, "kg/tấn đá"), ("0301", 8, "kg/tấn thuốc nổ"), ("0337", 34, "kg/tấn thuốc nổ")],
     None, None, 300),
    ("Bốc xúc đá nguyên khai lên ô tô", [("2902", 0.17, "kg/tấn đá")], (350000, 650000), "tấn đá/năm", 2400),
    ("Nghiền, sàng đá (có phun sương)", [("2902", 0.0135, "kg/tấn đá")], (350000, 650000), "tấn đá/năm", 2400),
    ("Hoạt động của ô tô vận chuyển nội mỏ (sử dụng dầu DO)",
     [("2902", 0.94, "kg/tấn DO"), ("0330", 2.8, "kg/tấn DO"), ("0301", 12.3, "kg/tấn DO"), ("0337", 15.7, "kg/tấn DO")],
     (180, 420), "tấn DO/năm", 2400),
)  # fmt: skip


def emissions_hc1(doc: Doc) -> None:
    """A cement plant's inventory in which sources of the same design stand in one row: the number cell holds a range or
    a list (`0004–0006`, `0007, 0008`, `6001, 6002, 6003`), the name ends `на каждый источник`, a column gives the count
    of sources; the emission of one source (`г/с | т/год` under a merged header) comes before the group's tonnes, and
    a total of the group column closes the table — every source of a group emits what one source does (VI: a stone
    quarry's ĐTM, loads worked out from emission factors — the factor with its unit in the cell, the amount a year —
    tonnes a year before grams a second, the activity merged down over its pollutants)."""
    r = doc.rng
    if doc.lang == "vi":
        quarry = doc.pick(("Mỏ đá vôi làm vật liệu xây dựng thông thường Núi Voi", "Mỏ đá xây dựng Hố Lang 2",
                           "Mỏ đá bazan Tân Phước"))
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN KHAI THÁC VÀ CHẾ BIẾN ĐÁ – {quarry.upper()}")
        doc.h("3.1.2. Tác động do bụi và khí thải trong giai đoạn vận hành")
        doc.p("Tải lượng được tính theo hệ số phát thải của WHO và US EPA (AP-42). Thời gian hoạt động 300 ngày/năm, "
              "8 giờ/ngày; nổ mìn 1 lần/ngày.")
        explosive = r.randint(90, 220)
        rock = r.randint(350, 650) * 1000
        rows = [["TT", "Hoạt động", "Chất ô nhiễm", "Hệ số phát thải", "Khối lượng tính toán", "Tải lượng (tấn/năm)", "Tải lượng (g/s)"]]
        merges = []
        for k, (what, factors, amount, unit, hours) in enumerate(QUARRY_LOADS, 1):
            start = len(rows)
            base = r.randint(*amount) if amount else None
            if amount and unit == "tấn đá/năm":
                base = rock
            for code, f, f_unit in factors:
                q = base if base is not None else (rock if "đá" in f_unit else explosive)
                q_unit = unit or ("tấn đá/năm" if "đá" in f_unit else "tấn thuốc nổ/năm")
                t = _sig(f * q / 1000, 3)
                g = _sig(t * 1e6 / (hours * 3600), 3)
                name = vocab.air(code, "vi", 0 if code == "2902" else 1)
                rows.append([str(k) if len(rows) == start else None, what if len(rows) == start else None, name,
                             f"{num(f, 'vi')} {f_unit}", f"{num(q, 'vi')} {q_unit}", num(t, "vi"), num(g, "vi")])
                doc.add("emissions", emission(code, g, t))
            if len(rows) - start > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table("Bảng 3.6. Tải lượng bụi, khí thải từ các hoạt động khai thác, chế biến đá", rows, merges, role="emissions")
        doc.p("Ghi chú: tải lượng do nổ mìn tính trung bình cho thời gian nổ mìn trong năm (300 lần × 1 giờ).")
        maybe_distractor(doc)
        return
    L = _L(doc)
    plant = doc.pick(doc.v(("Цементный завод «Тасты»", "Цементный завод «Мынарал»"), ("«Тасты» цемент зауыты", "«Мыңарал» цемент зауыты"), ()))
    doc.h(doc.v(f"Инвентаризация источников выбросов загрязняющих веществ. {plant}",
                f"Ластаушы заттар шығарындылары көздерін түгендеу. {plant}", ""))
    doc.p(doc.v("Источники одной конструкции с одинаковыми параметрами и режимом работы объединены в группы; выбросы "
                "приведены на один источник группы, валовый выброс группы – в последней графе.",
                "Құрылымы, параметрлері мен жұмыс режимі бірдей көздер топтарға біріктірілген; шығарындылар топтың бір "
                "көзіне келтірілген, топтың жалпы шығарындысы – соңғы бағанда.", ""))
    rows = [doc.v(["№ ИЗА", "Наименование источника выброса", "Кол-во ИЗА, шт.", "Код ЗВ", "Наименование ЗВ", "Класс опасности",
                   "Выброс от одного источника", None, "Выброс группы источников, т/год"],
                  ["ЛШК №", "Шығарынды көзінің атауы", "ЛШК саны, дана", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы",
                   "Бір көздің шығарындысы", None, "Көздер тобының шығарындысы, т/жыл"], []),
            [None] * 6 + doc.v(["г/с", "т/год"], ["г/с", "т/жыл"], []) + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 8)] + [(0, 6, 0, 7)]
    groups = [g for g in CEMENT_GROUPS if g[0][0] not in ("0002", "6005") or r.random() < 0.6]
    sources, group_t = [], []
    for numbers, n_ru, n_kk, codes, (lo, hi), hours in groups:
        start = len(rows)
        base = r.uniform(lo, hi)
        for c in codes:
            g = _sig(base * SHARE[c] * r.uniform(0.85, 1.15), 4)
            t = _sig(g * 3600 * hours * r.uniform(0.9, 1.0) / 1e6, 4)
            gt = _sig(t * len(numbers), 4)
            group_t.append(gt)
            hz = vocab.hazard(c)
            first = len(rows) == start
            rows.append([_numbers(doc, numbers) if first else None, (n_ru, n_kk)[L] if first else None,
                         str(len(numbers)) if first else None, c, vocab.air(c, doc.lang), str(hz),
                         num(g, doc.lang), num(t, doc.lang), num(gt, doc.lang)])
            for n in numbers:
                doc.add("emissions", emission(c, g, t, n, hz))
        if len(rows) - start > 1:
            merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 2)]
        sources.extend(numbers)
    rows.append([doc.v("Всего по заводу", "Зауыт бойынша барлығы", ""), None, str(len(sources)), "", "", "", "", "",
                 num(round(sum(group_t), 4), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(doc.v("Таблица 2.3 – Характеристика выбросов загрязняющих веществ по источникам",
                    "2.3-кесте – Көздер бойынша ластаушы заттар шығарындыларының сипаттамасы", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in sources))
    maybe_distractor(doc)


# (site RU, KK), [(number, RU, KK, codes, (low, high) g/s, hours of the construction period)]
ROAD_SITES = (
    (("Временный городок строителей (км 182)", "Құрылысшылардың уақытша қалашығы (182 км)"), [
        ("0001", "Котел КВр-0,4 бани и столовой (уголь)", "Монша мен асхананың КВр-0,4 қазандығы (көмір)",
         ("0301", "0304", "0330", "0337", "0328", "2908"), (0.02, 0.3), 4200),
        ("0002", "Дизельная электростанция АД-100", "АД-100 дизельдік электр станциясы",
         ("0301", "0304", "0337", "0328", "0330", "1325", "2754", "0703"), (0.01, 0.25), 3000),
        ("6001", "Склад угля", "Көмір қоймасы", ("2908",), (0.005, 0.05), 4200)]),
    (("Дробильно-сортировочная установка (карьер № 3)", "Ұсату-сұрыптау қондырғысы (№ 3 карьер)"), [
        ("6002", "Щековая дробилка СМД-110", "СМД-110 жақты ұсатқышы", ("2908",), (0.2, 1.2), 1800),
        ("6003", "Грохот инерционный ГИЛ-52", "ГИЛ-52 инерциялық електегіші", ("2908",), (0.1, 0.8), 1800),
        ("6004", "Склады щебня фракций 5–20 и 20–40 мм", "5–20 және 20–40 мм фракциялы қиыршық тас қоймалары",
         ("2908",), (0.05, 0.6), 4380)]),
    (("Карьер грунта № 1 (км 167+400)", "№ 1 топырақ карьері (167+400 км)"), [
        ("6005", "Разработка грунта экскаватором ЭО-5126", "ЭО-5126 экскаваторымен топырақ қазу", ("2908",), (0.1, 0.9), 1600),
        ("6006", "Работа бульдозера Т-170", "Т-170 бульдозерінің жұмысы", ("2908",), (0.05, 0.5), 1600),
        ("6007", "Двигатели дорожной техники", "Жол техникасының қозғалтқыштары", ("0301", "0304", "0337", "0328", "0330", "2754"),
         (0.01, 0.2), 1600)]),
    (("Асфальтобетонный завод (км 176)", "Асфальтбетон зауыты (176 км)"), [
        ("0003", "Сушильный барабан (циклон, рукавный фильтр)", "Кептіру барабаны (циклон, жеңді сүзгі)",
         ("0301", "0304", "0330", "0337", "0328", "2908"), (0.2, 2.0), 1500),
        ("0004", "Битумоплавильная установка", "Битум балқыту қондырғысы", ("0301", "0337", "0330", "0328", "2754", "0703"),
         (0.005, 0.1), 1500)]),
)  # fmt: skip
# (group, [(source, codes)]) — a steel structure plant
STEEL_WORKS = (
    ("A. XƯỞNG CẮT, HÀN KẾT CẤU", [("Máy cắt plasma CNC (02 máy, chụp hút – lọc bụi túi vải)", ("2902", "0301")),
                                   ("Khu vực hàn hồ quang, hàn CO2 (48 máy hàn)", ("0123", "0143", "0337"))]),
    ("B. XƯỞNG LÀM SẠCH BỀ MẶT", [("Buồng phun bi làm sạch thép (lọc bụi cartridge)", ("2902",))]),
    ("C. XƯỞNG SƠN", [("Buồng sơn (màng nước + than hoạt tính)", ("0616", "0621", "2902")),
                      ("Buồng sấy sơn (đầu đốt dầu DO)", ("0301", "0330", "0337"))]),
    ("D. CÔNG TRÌNH PHỤ TRỢ", [("Máy phát điện dự phòng 750 kVA", ("0301", "0330", "0337", "2902"))]),
)  # fmt: skip


def emissions_hc2(doc: Doc) -> None:
    """An ОВОС of a road's reconstruction, emissions of the construction period by site: the site (the workers' camp,
    the crushing unit at the quarry, a borrow pit, the asphalt plant) merged down the first column, each source's
    number and name merged down over its substances, the hazard class in Roman figures (`II`, `III`, `IV`, `I` for
    benzo(a)pyrene), grams a second and tonnes for the period, figures below 0,001 in E-notation as the calculation
    program printed them (`4,6E-05`), a total for the period; the period only in the lead-in and the caption, a list of
    the road machinery (no role) after it (VI: a steel structure fabricator's loads under a row per workshop spanning the
    table, the source merged over its pollutants, g/s and kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        plant = doc.pick(("Nhà máy kết cấu thép Đông Á", "Nhà máy chế tạo kết cấu thép Phú Mỹ Steel", "Nhà máy kết cấu thép Hòa Khánh"))
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
        doc.p("Công suất: 36.000 tấn kết cấu thép/năm; thời gian làm việc 2 ca/ngày, 300 ngày/năm. Tải lượng các chất ô nhiễm "
              "sau hệ thống xử lý được xác định theo kết quả quan trắc năm 2025 và hệ số phát thải.")
        rows = [["TT", "Nguồn phát sinh", "Thông số ô nhiễm", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
        merges = []
        for title, items in STEEL_WORKS:
            rows.append([title, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for k, (src, codes) in enumerate(items, 1):
                start = len(rows)
                base = r.uniform(0.02, 0.6)
                hours = r.choice((4800, 4200, 3600)) if "dự phòng" not in src else r.randint(100, 250)
                for c in codes:
                    g = _sig(base * SHARE[c] * r.uniform(0.8, 1.2), 3)
                    kg = _sig(g * 3600 * hours / 1000, 3)
                    rows.append([str(k) if len(rows) == start else None, src if len(rows) == start else None,
                                 vocab.air(c, "vi", 0 if c in ("2902", "0123", "0143", "0616", "0621") else 1),
                                 num(g, "vi"), num(kg, "vi")])
                    doc.add("emissions", emission(c, g, kg / 1000))
                if len(rows) - start > 1:
                    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table("Bảng 1.9. Tải lượng bụi, khí thải sau xử lý của nhà máy", rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Раздел 4. Оценка воздействия на атмосферный воздух", "4-бөлім. Атмосфералық ауаға әсерді бағалау", ""))
    doc.p(doc.v("Реконструкция автомобильной дороги «Кызылорда – Жезказган», участок км 150–230. На период строительства "
                "(два строительных сезона) выявлено 11 источников выбросов, из них 4 организованных. Выбросы рассчитаны "
                "программным комплексом «ЭРА», значения менее 0,001 приведены в экспоненциальной форме.",
                "«Қызылорда – Жезқазған» автожолын реконструкциялау, 150–230 км учаскесі. Құрылыс кезеңінде (екі құрылыс "
                "маусымы) шығарындылардың 11 көзі анықталды, оның 4-еуі ұйымдастырылған. Шығарындылар «ЭРА» бағдарламалық "
                "кешенімен есептелді, 0,001-ден кіші мәндер экспоненциалдық түрде келтірілген.", ""))
    rows = [doc.v(["Площадка", "№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества",
                   "Класс опасности", "Выброс, г/с", "Выброс, т/период"],
                  ["Алаң", "ЛШК №", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
                   "Шығарынды, г/с", "Шығарынды, т/кезең"], [])]
    merges, all_t, sources = [], [], []
    for (s_ru, s_kk), items in ROAD_SITES:
        site_start = len(rows)
        for number, n_ru, n_kk, codes, (lo, hi), hours in items:
            start = len(rows)
            base = r.uniform(lo, hi)
            for c in codes:
                g = _sig(base * SHARE[c] * r.uniform(0.85, 1.15), 3)
                t = _sig(g * 3600 * hours / 1e6, 3)
                hz = vocab.hazard(c)
                all_t.append(t)
                rows.append([(s_ru, s_kk)[L] if len(rows) == site_start else None, number if len(rows) == start else None,
                             (n_ru, n_kk)[L] if len(rows) == start else None, c, vocab.air(c, doc.lang),
                             ROMAN[hz] if hz else "–", _fig(g, doc.lang), _fig(t, doc.lang)])
                doc.add("emissions", emission(c, g, t, number, hz))
            if len(rows) - start > 1:
                merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
            sources.append(number)
        merges.append((site_start, 0, len(rows) - 1, 0))
    rows.append([doc.v("Итого на период строительства", "Құрылыс кезеңіне барлығы", ""), None, None, None, None, None, "",
                 num(round(sum(all_t), 4), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(doc.v("Таблица 4.2 – Выбросы загрязняющих веществ на период строительства",
                    "4.2-кесте – Құрылыс кезеңіндегі ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in sources))
    doc.table(doc.v("Таблица 4.3 – Дорожно-строительная техника", "4.3-кесте – Жол-құрылыс техникасы", ""),
              [doc.v(["Техника", "Марка", "Кол-во", "Часов работы за период"], ["Техника", "Маркасы", "Саны", "Кезеңдегі жұмыс сағаты"], []),
               doc.v(["Экскаватор", "ЭО-5126", "2", "1 600"], ["Экскаватор", "ЭО-5126", "2", "1 600"], []),
               doc.v(["Бульдозер", "Т-170", "3", "1 600"], ["Бульдозер", "Т-170", "3", "1 600"], []),
               doc.v(["Автогрейдер", "ДЗ-98", "2", "1 200"], ["Автогрейдер", "ДЗ-98", "2", "1 200"], []),
               doc.v(["Асфальтоукладчик", "Vögele Super 1800", "1", "900"], ["Асфальт төсегіш", "Vögele Super 1800", "1", "900"], [])],
              role="other")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, first unit RU, KK, tonnes per unit or None (tonnes only), (low, high) in the first unit, place RU, KK)
QUARRY_WASTES = (
    ("01 01 02", "Вскрышные породы (суглинки, выветрелый известняк)", "Аршылған жыныстар (саздақтар, мүжілген әктас)",
     "м3", "м3", 1.9, (80000, 240000), "Внешний отвал вскрышных пород № 1", "№ 1 аршылған жыныстардың сыртқы үйіндісі"),
    ("01 04 08", "Отсев дробления известняка (фракция 0–5 мм)", "Әктасты ұсату елеуіштің қалдығы (0–5 мм фракция)",
     "м3", "м3", 1.5, (3000, 12000), "Склад отсева у ДСУ", "ҰСҚ жанындағы елеуіш қалдығы қоймасы"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "м3", "м3", 0.25, (40, 160),
     "Контейнерная площадка вахтового поселка", "Вахталық кенттің контейнерлік алаңы"),
    ("16 01 03", "Изношенные шины карьерных самосвалов", "Карьерлік өздігінен аударғыштардың тозған шиналары", "шт.", "дана",
     0.45, (12, 40), "Площадка хранения шин", "Шиналарды сақтау алаңы"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "л", "л", 0.00088, (2000, 9000),
     "Склад ГСМ, металлические бочки", "ЖЖМ қоймасы, металл бөшкелер"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", "шт.", "дана", 0.0012, (150, 600),
     "Склад опасных отходов", "Қауіпті қалдықтар қоймасы"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "шт.", "дана", 0.06, (10, 40),
     "Склад опасных отходов", "Қауіпті қалдықтар қоймасы"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "т", "т", None, (0.3, 2.5), "Склад опасных отходов",
     "Қауіпті қалдықтар қоймасы"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "т", "т", None, (5, 40), "Площадка металлолома",
     "Металл сынықтары алаңы"),
)  # fmt: skip
# (name, code or None, first unit, tonnes per unit or None (kg only), (low, high) in the first unit, handling)
VN_QUARRY_WASTES = (
    ("Đất đá thải (đất phủ, đá kẹp)", None, "m3", 1.8, (20000, 90000), "Đổ thải tại bãi thải trong ranh giới mỏ"),
    ("Bùn thải nạo vét hố lắng nước mưa chảy tràn", None, "m3", 1.4, (300, 1500), "Phơi khô, sử dụng san lấp mặt bằng"),
    ("Lốp xe ô tô tải thải", None, "chiếc", 0.055, (20, 80), "Bán cho đơn vị thu mua phế liệu"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "lít", 0.00088, (800, 4000),
     "Chuyển giao cho Công ty TNHH Môi trường Xanh Miền Bắc"),
    ("Pin, ắc quy chì thải", "19 06 01", "chiếc", 0.045, (8, 30), "Chuyển giao cho Công ty TNHH Môi trường Xanh Miền Bắc"),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "chiếc", 0.00025, (20, 120),
     "Chuyển giao cho Công ty TNHH Môi trường Xanh Miền Bắc"),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "kg", None, (60, 400),
     "Chuyển giao cho Công ty TNHH Môi trường Xanh Miền Bắc"),
)  # fmt: skip


def wastes_hc1(doc: Doc) -> None:
    """A limestone quarry's wastes for the year, each waste on two rows — first in the unit it is counted in (m3 of
    overburden, pieces of tyres and batteries, litres of oil), then in tonnes — with its number, code, name and place
    merged down over both; wastes weighed in tonnes take one row; the unit in a column of its own (VI: a stone quarry's
    annual report, m3 of overburden and sludge then tonnes, pieces or litres of the hazardous ones then kilograms)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        quarry = doc.pick(("Mỏ đá vôi Núi Voi", "Mỏ đá xây dựng Hố Lang 2", "Mỏ đá bazan Tân Phước"))
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {quarry.upper()}")
        doc.h("2.3. Kết quả quản lý chất thải rắn và chất thải nguy hại")
        rows.append(["TT", "Tên chất thải", "Mã chất thải", "Đơn vị tính", "Khối lượng năm 2025", "Biện pháp quản lý, xử lý"])
        for k, (name, code, unit, factor, (lo, hi), how) in enumerate(VN_QUARRY_WASTES, 1):
            start = len(rows)
            q = r.randint(lo, hi)
            shown = "—" if code is None else code
            if factor is None:
                rows.append([str(k), name, shown, unit, num(q, "vi"), how])
                t = q / 1000
            else:
                mass_unit = "tấn" if code is None else "kg"
                mass = round(q * factor * (1 if code is None else 1000), 2)
                rows.append([str(k), name, shown, unit, num(q, "vi"), how])
                rows.append([None, None, None, mass_unit, num(mass, "vi"), None])
                merges += [(start, c, start + 1, c) for c in (0, 1, 2, 5)]
                t = mass if code is None else mass / 1000
            doc.add("wastes", {"code": None if code is None else code + "*", "code_system": None if code is None else "VN-CTNH",
                               "hazardous": code is not None, "amount_t": t, "name_contains": name})
        doc.table("Bảng 2.4. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
        doc.p("Ghi chú: khối lượng đất đá thải quy đổi theo dung trọng 1,8 tấn/m3; “—”: chất thải không thuộc danh mục chất thải nguy hại.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    quarry = doc.pick(doc.v(("Карьер известняка «Тасты» цементного завода", "Карьер известняка «Мынарал-2»"),
                            ("Цемент зауытының «Тасты» әктас карьері", "«Мыңарал-2» әктас карьері"), ()))
    doc.h(doc.v(f"Программа управления отходами. {quarry}", f"Қалдықтарды басқару бағдарламасы. {quarry}", ""))
    doc.p(doc.v("Объемы образования отходов на 2026 год определены по плану горных работ; вскрышные породы размещаются на "
                "собственном отвале. Количество приведено в единицах учета и в пересчете на тонны.",
                "2026 жылға қалдықтардың түзілу көлемдері тау-кен жұмыстарының жоспары бойынша анықталды; аршылған жыныстар "
                "меншікті үйіндіге орналастырылады. Саны есепке алу бірліктерінде және тоннаға шаққанда келтірілген.", ""))
    rows.append(doc.v(["№", "Код отхода", "Наименование отхода", "Ед. изм.", "Количество на 2026 г.", "Место накопления (размещения)"],
                      ["№", "Қалдық коды", "Қалдықтың атауы", "Өлш. бірл.", "2026 ж. саны", "Жинақтау (орналастыру) орны"], []))
    picked = [QUARRY_WASTES[0], *r.sample(QUARRY_WASTES[1:], 6)]
    picked[1:] = sorted(picked[1:], key=QUARRY_WASTES.index)
    for k, (code, n_ru, n_kk, u_ru, u_kk, factor, (lo, hi), p_ru, p_kk) in enumerate(picked, 1):
        name = (n_ru, n_kk)[L]
        start = len(rows)
        if factor is None:
            t = round(r.uniform(lo, hi), 2)
            rows.append([str(k), code, name, (u_ru, u_kk)[L], num(t, doc.lang), (p_ru, p_kk)[L]])
        else:
            q = r.randint(lo, hi)
            if lo > 1000:
                q = q // 100 * 100
            t = round(q * factor, 3)
            rows.append([str(k), code, name, (u_ru, u_kk)[L], num(q, doc.lang), (p_ru, p_kk)[L]])
            rows.append([None, None, None, "т", num(t, doc.lang), None])
            merges += [(start, c, start + 1, c) for c in (0, 1, 2, 5)]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    doc.table(doc.v("Таблица 3 – Объемы образования и размещения отходов", "3-кесте – Қалдықтардың түзілу және орналастыру көлемдері", ""),
              rows, merges, role="wastes")
    doc.p(doc.v("Пересчет в тонны: вскрыша – 1,9 т/м3; отсев – 1,5 т/м3; ТБО – 0,25 т/м3; масла – 0,88 кг/л.",
                "Тоннаға шаққанда: аршылған жыныс – 1,9 т/м3; елеуіш қалдығы – 1,5 т/м3; ҚТҚ – 0,25 т/м3; майлар – 0,88 кг/л.", ""))
    maybe_distractor(doc)


# (place RU, KK), [(code, RU, KK, (low, high) t, term RU, KK, handling RU, KK)]
PRECAST_PLACES = (
    (("Площадка № 1 – контейнерная площадка с твердым покрытием, 4 контейнера по 1,1 м3",
      "№ 1 алаң – қатты жабыны бар контейнерлік алаң, әрқайсысы 1,1 м3 4 контейнер"), [
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (18, 60), "3 суток (в теплый период – 1 сутки)",
         "3 тәулік (жылы кезеңде – 1 тәулік)", "вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
        ("15 01 01", "Бумажная и картонная упаковка (мешки из-под цемента)", "Қағаз және картон орамасы (цемент қаптары)", (3, 14),
         "до 6 месяцев", "6 айға дейін", "передача на переработку", "қайта өңдеуге беру"),
        ("15 01 02", "Пластиковая упаковка (пленка, канистры из-под добавок)", "Пластик орама (үлдір, қоспалар канистрлері)", (0.5, 4),
         "до 6 месяцев", "6 айға дейін", "передача на переработку", "қайта өңдеуге беру")]),
    (("Площадка № 2 – помещение для опасных отходов в здании РМЦ (18 м2, металлические контейнеры с крышками)",
      "№ 2 алаң – ЖМЦ ғимаратындағы қауіпті қалдықтарға арналған үй-жай (18 м2, қақпағы бар металл контейнерлер)"), [
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.2, 1.5), "до 6 месяцев", "6 айға дейін",
         "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.02, 0.15), "до 6 месяцев",
         "6 айға дейін", "демеркуризация по договору", "шарт бойынша демеркуризациялау"),
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.4, 3), "до 6 месяцев", "6 айға дейін",
         "передача на регенерацию", "регенерацияға беру"),
        ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.05, 0.4), "до 6 месяцев", "6 айға дейін",
         "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("08 01 11*", "Тара из-под лакокрасочных материалов и смазки форм", "Лак-бояу материалдары мен қалып майлауыштарының ыдысы",
         (0.1, 0.9), "до 6 месяцев", "6 айға дейін", "передача специализированной организации", "мамандандырылған ұйымға беру")]),
    (("Площадка № 3 – открытая площадка с бетонным покрытием для бетонного лома (450 м2)",
      "№ 3 алаң – бетон сынықтарына арналған бетон жабынды ашық алаң (450 м2)"), [
        ("17 01 01", "Бетонный лом (брак изделий ЖБИ)", "Бетон сынықтары (ТБК бұйымдарының ақауы)", (120, 900), "до 12 месяцев",
         "12 айға дейін", "дробление, использование в подсыпке дорог", "ұсату, жол төсемінде пайдалану"),
        ("10 13 14", "Отходы бетона и бетонный шлам (промывка автобетоносмесителей)",
         "Бетон қалдықтары және бетон шламы (автобетонараластырғыштарды жуу)", (40, 300), "до 12 месяцев", "12 айға дейін",
         "возврат в производство после рециклинга", "рециклингтен кейін өндіріске қайтару")]),
    (("Площадка № 4 – площадка металлолома (120 м2)", "№ 4 алаң – металл сынықтары алаңы (120 м2)"), [
        ("17 04 05", "Лом черных металлов (обрезки арматуры)", "Қара металл сынықтары (арматура кесінділері)", (15, 90),
         "до 6 месяцев", "6 айға дейін", "реализация", "сату"),
        ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", (0.05, 0.4), "до 6 месяцев",
         "6 айға дейін", "вместе с ломом черных металлов", "қара металл сынықтарымен бірге")]),
)  # fmt: skip
# (area), [(name, code or None, (low, high) kg/year)]
VN_CERAMIC_AREAS = (
    ("1. Kho lưu giữ chất thải nguy hại (diện tích 45 m2, có mái che, gờ chống tràn, biển cảnh báo)", None),
    ("2. Khu lưu giữ chất thải rắn công nghiệp thông thường (diện tích 320 m2)", [
        ("Phế phẩm gạch men, mảnh vỡ sứ vệ sinh", (250000, 900000)),
        ("Khuôn thạch cao thải", (40000, 160000)),
        ("Bao bì giấy, carton thải", (5000, 30000)),
        ("Pallet gỗ hư hỏng", (3000, 20000)),
        ("Bùn thải từ hệ thống xử lý nước thải mài men (không chứa thành phần nguy hại)", (20000, 90000))]),
    ("3. Khu tập kết chất thải rắn sinh hoạt (thùng 240 lít, nhà chứa 20 m2)", [("Chất thải rắn sinh hoạt", (30000, 90000))]),
)  # fmt: skip


def wastes_hc2(doc: Doc) -> None:
    """A ready-mix concrete and precast plant's wastes under a row per place of accumulation spanning the table, the row
    describing the place (its surface, containers, area), the wastes under it numbered straight through, then the name,
    code, tonnes a year, the longest term of accumulation (`до 6 месяцев`, `3 суток`) and what becomes of the waste
    (VI: a ceramic tile and sanitary ware plant's GPMT, the wastes under a row per storage area, kilograms a year, a
    dash for the code of ordinary wastes)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        plant = doc.pick(("Nhà máy gạch ốp lát và sứ vệ sinh Phú Lâm", "Nhà máy sứ vệ sinh Bình Xuyên 2", "Nhà máy gạch men Tiên Sơn"))
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
        doc.h("Phụ lục III. Yêu cầu về quản lý chất thải, phòng ngừa và ứng phó sự cố môi trường")
        doc.p("A. Quản lý chất thải. 1. Chủng loại, khối lượng chất thải phát sinh được phép lưu giữ tại các khu vực lưu giữ của cơ sở:")
        rows.append(["TT", "Tên chất thải", "Mã chất thải", "Khối lượng phát sinh (kg/năm)"])
        n = 0
        for area, items in VN_CERAMIC_AREAS:
            rows.append([area, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            if items is None:
                for code, name, _ in r.sample(vocab.VN_CTNH, 5):
                    n += 1
                    kg = r.randint(2, 120) * 10
                    rows.append([str(n), name, code, num(kg, "vi")])
                    doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                                       "name_contains": name})
                continue
            for name, (lo, hi) in items:
                n += 1
                kg = r.randint(lo // 100, hi // 100) * 100
                rows.append([str(n), name, "—", num(kg, "vi")])
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
        doc.table(None, rows, merges, role="wastes")
        doc.p("2. Chủ cơ sở có trách nhiệm phân định, phân loại, lưu giữ chất thải theo đúng quy định tại Thông tư số "
              "02/2022/TT-BTNMT.")
        return
    L = _L(doc)
    plant = doc.pick(doc.v(("Завод товарного бетона и ЖБИ ТОО «Темирбетон Астана»", "Завод ЖБИ «Каспий Бетон»"),
                           ("«Темірбетон Астана» ЖШС тауарлық бетон және ТБК зауыты", "«Каспий Бетон» ТБК зауыты"), ()))
    doc.h(doc.v(f"Раздел 5. Управление отходами. {plant}", f"5-бөлім. Қалдықтарды басқару. {plant}", ""))
    doc.p(doc.v("Отходы накапливаются раздельно на четырех площадках; сроки накопления не превышают установленных статьей 320 "
                "Экологического кодекса РК.",
                "Қалдықтар төрт алаңда бөлек жинақталады; жинақтау мерзімдері ҚР Экология кодексінің 320-бабында белгіленген "
                "мерзімдерден аспайды.", ""))
    rows.append(doc.v(["№", "Наименование отхода", "Код", "Образование, т/год", "Срок накопления", "Дальнейшее обращение"],
                      ["№", "Қалдықтың атауы", "Коды", "Түзілуі, т/жыл", "Жинақтау мерзімі", "Одан әрі жұмыс істеу"], []))
    n = 0
    for (p_ru, p_kk), items in PRECAST_PLACES:
        rows.append([(p_ru, p_kk)[L], None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for code, n_ru, n_kk, (lo, hi), t_ru, t_kk, h_ru, h_kk in items:
            if code in ("08 01 11*", "12 01 13", "15 01 02") and r.random() < 0.4:
                continue
            n += 1
            name = (n_ru, n_kk)[L]
            t = _sig(r.uniform(lo, hi), 3)
            rows.append([str(n), name, code, num(t, doc.lang), (t_ru, t_kk)[L], (h_ru, h_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": name})
    doc.table(doc.v("Таблица 5.1 – Отходы по местам накопления", "5.1-кесте – Жинақтау орындары бойынша қалдықтар", ""),
              rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: (BAT range or single value, options of the КЭР norm), mg/Nm3 — a dry-process kiln with a preheater
KILN_NORMS = {"2908": ((10, 20), (20, 30, 50)), "0301": ((200, 450), (450, 500, 800)), "0330": ((50, 400), (400, 500)),
              "0316": (10, (10, 15))}
# code: column B's C, mg/Nm3 — QCVN 23:2009/BTNMT, cement industry
QCVN23_B = {"2902": 100, "0337": 500, "0301": 1000, "0330": 500}


def limits_hc1(doc: Doc) -> None:
    """A cement plant's report comparing its kilns with the BAT conclusions: the stack (`0001 – печь № 1`) merged down the
    first column, the substance and its code, then the BAT-associated range (`10–20`, a single figure for hydrogen
    chloride), the КЭР's technological norm and the year's mean from the automated system, all in mg/Nm3 — two limits
    per substance, the measured mean left to either; a note on the reference conditions (VI: a cement plant's quarterly
    stack results at three stacks as sub-columns, then QCVN 23:2009/BTNMT column B's C, Kp, Kv and Cmax — Cmax the
    limit — with the gas flow, temperature and O2 rows carrying none)."""
    r = doc.rng
    if doc.lang == "vi":
        plant = doc.pick(("Nhà máy xi măng Tân Sơn Hà", "Nhà máy xi măng Thạch Sơn 2", "Nhà máy xi măng Long Thành Bắc"))
        kp, kv = doc.pick((0.8, 0.9)), doc.pick((0.8, 1.0))
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ III/2025 – {plant.upper()}")
        doc.p(f"Quy chuẩn so sánh: QCVN 23:2009/BTNMT, cột B; Cmax = C × Kp × Kv với Kp = {num(kp, 'vi')} (công suất thiết kế "
              f"trên 1,2 triệu tấn xi măng/năm) và Kv = {num(kv, 'vi')}. Nhà máy có đồng xử lý chất thải trong lò nung clinker.")
        stacks = (("K1", "Ống khói lò nung clinker"), ("K2", "Ống thải làm nguội clinker"), ("K3", "Ống thải nghiền xi măng số 1"))
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả quan trắc", None, None, "QCVN 23:2009/BTNMT", None, None, None],
                [None, None, None, *(f"{c} – {n}" for c, n in stacks), "C (cột B)", "Kp", "Kv", "Cmax"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 9)]
        rows.append(["1", "Lưu lượng", "Nm3/h", num(r.randint(380, 520) * 1000, "vi"), num(r.randint(180, 300) * 1000, "vi"),
                     num(r.randint(60, 140) * 1000, "vi"), "-", "-", "-", "-"])
        rows.append(["2", "Nhiệt độ", "°C", str(r.randint(110, 160)), str(r.randint(180, 260)), str(r.randint(75, 110)), "-", "-", "-", "-"])
        rows.append(["3", "O2", "%", num(round(r.uniform(8, 12), 1), "vi"), "-", "-", "-", "-", "-", "-"])
        names = {"2902": "Bụi tổng", "0337": "CO", "0301": "NOx (tính theo NO2)", "0330": "SO2"}
        for k, (code, c) in enumerate(QCVN23_B.items(), 4):
            cmax = round(c * kp * kv, 2)
            vals = []
            for j, (point, _) in enumerate(stacks):
                if code != "2902" and j > 0:
                    vals.append("-")
                    continue
                v = _sig(cmax * r.uniform(0.1, 0.8), 3)
                vals.append(num(v, "vi"))
                add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", point, v))
            rows.append([str(k), names[code], "mg/Nm3", *vals, num(c, "vi"), num(kp, "vi"), num(kv, "vi"), num(cmax, "vi")])
        doc.table("Bảng 2. Kết quả quan trắc khí thải tại các ống khói, ống thải", rows, merges, role="limits")
        doc.p("Ghi chú: “-”: không quan trắc hoặc không quy định.")
        maybe_distractor(doc)
        return
    plant = doc.pick(doc.v(("Цементный завод «Тасты»", "Цементный завод «Мынарал»"), ("«Тасты» цемент зауыты", "«Мыңарал» цемент зауыты"), ()))
    doc.h(doc.v(f"Отчет о соответствии технологическим показателям НДТ за 2025 год. {plant}",
                f"2025 жылғы ЕҚТ технологиялық көрсеткіштеріне сәйкестігі туралы есеп. {plant}", ""))
    doc.p(doc.v("Технологические показатели приняты по справочнику по наилучшим доступным техникам «Производство цемента и "
                "извести»; нормативы – по комплексному экологическому разрешению. Концентрации приведены к нормальным "
                "условиям, сухому газу и 10 % O2.",
                "Технологиялық көрсеткіштер «Цемент және әк өндірісі» ең үздік қолжетімді техникалар жөніндегі анықтамалық "
                "бойынша қабылданды; нормативтер – кешенді экологиялық рұқсат бойынша. Концентрациялар қалыпты жағдайларға, "
                "құрғақ газға және 10 % O2-ге келтірілген.", ""))
    rows = [doc.v(["Источник", "Загрязняющее вещество", "Код ЗВ", "Технологический показатель НДТ, мг/Нм3",
                   "Технологический норматив по КЭР, мг/Нм3", "Фактическая концентрация (среднегодовая по АСМ), мг/Нм3"],
                  ["Көз", "Ластаушы зат", "ЛЗ коды", "ЕҚТ технологиялық көрсеткіші, мг/Нм3",
                   "КЭР бойынша технологиялық норматив, мг/Нм3", "Нақты концентрация (АМЖ бойынша орташа жылдық), мг/Нм3"], [])]
    merges = []
    kilns = doc.v(("0001 – вращающаяся печь № 1", "0002 – вращающаяся печь № 2"), ("0001 – № 1 айналмалы пеш", "0002 – № 2 айналмалы пеш"), ())
    for kiln in kilns[: r.choice((1, 2, 2))]:
        point = kiln.split(" ")[0]
        start = len(rows)
        for code, (bat, options) in KILN_NORMS.items():
            norm = float(r.choice(options))
            fact = _sig(norm * r.uniform(0.3, 0.95), 3)
            rows.append([kiln if len(rows) == start else None, vocab.air(code, doc.lang), code, cell(doc, bat), num(norm, doc.lang),
                         num(fact, doc.lang)])
            add(doc, _nv(limit(("code", code), "flue_gas", bat, "mg/Nm3", None, point)),
                _nv(limit(("code", code), "flue_gas", norm, "mg/Nm3", None, point)))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 1 – Сравнение выбросов вращающихся печей с технологическими показателями НДТ",
                    "1-кесте – Айналмалы пештер шығарындыларын ЕҚТ технологиялық көрсеткіштерімен салыстыру", ""), rows, merges, role="limits")
    doc.p(doc.v("Примечание: для гидрохлорида технологический показатель установлен в виде верхнего значения.",
                "Ескертпе: гидрохлорид үшін технологиялық көрсеткіш жоғарғы мән түрінде белгіленген.", ""))
    maybe_distractor(doc)


MONTHS_ROMAN = ("IV", "V", "VI", "VII", "VIII", "IX", "X")
# code: (low, high) share of the ПДК м.р. found at the boundary
BOUNDARY = {"2908": (0.2, 0.9), "0301": (0.1, 0.6), "0337": (0.05, 0.5), "0330": (0.02, 0.2)}
# code: 1-hour limit, µg/m3 — QCVN 05:2023/BTNMT
QCVN05_1H = {"2902": 300, "0301": 200, "0330": 350, "0337": 30000}


def limits_hc2(doc: Doc) -> None:
    """A ready-mix concrete plant's report on ПЭК: the air at the boundary of the protection zone through the working
    season, the months as sub-columns in Roman figures (`IV` … `X`) under a merged header giving the unit, each point a
    row spanning the table (`Т-1 – граница СЗЗ, север, 300 м`), the substances under it with their codes and the ПДК м.р.
    last; `н/о` where nothing was found (the limit stands, no value) (VI: an expressway's ĐTM baseline: air and noise at
    points by chainage, two rounds per point merged down, µg/m3, QCVN 05:2023 one-hour values as the last row, noise
    against QCVN 26 with no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN ĐƯỜNG BỘ CAO TỐC BẮC – NAM PHÍA ĐÔNG, ĐOẠN QUẢNG NGÃI – HOÀI NHƠN")
        doc.h("2.2.1. Hiện trạng chất lượng môi trường không khí")
        npoints = r.choice((3, 4))
        doc.p(f"Đơn vị tư vấn đã lấy mẫu không khí xung quanh và đo tiếng ồn tại {npoints} vị trí dọc tuyến trong 2 đợt: đợt 1 "
              "(mùa khô, tháng 4/2025) và đợt 2 (mùa mưa, tháng 10/2025); mỗi đợt lấy mẫu trung bình 1 giờ.")
        points = (("KK1", "Km 12+300, khu dân cư thôn An Hội"), ("KK2", "Km 27+850, nút giao với QL24B"),
                  ("KK3", "Km 41+100, gần trường tiểu học xã Phổ Thạnh"), ("KK4", "Km 58+400, khu vực dự kiến đặt trạm trộn"))
        rows = [["Vị trí", "Đợt quan trắc", "Kết quả (µg/m3)", None, None, None, "Tiếng ồn Leq (dBA)"],
                [None, None, "TSP", "NO2", "SO2", "CO", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
        for code_p, place in points[:npoints]:
            start = len(rows)
            for rnd in ("Đợt 1 (04/2025)", "Đợt 2 (10/2025)"):
                vals = []
                for code, lim in QCVN05_1H.items():
                    v = _sig(lim * r.uniform(0.05, 0.55), 3) if code != "0337" else float(r.randint(1500, 7800))
                    vals.append(num(v, "vi"))
                    add(doc, limit(("code", code), "air", lim, "ug/m3", None, code_p, v))
                rows.append([f"{code_p} – {place}" if len(rows) == start else None, rnd, *vals, num(round(r.uniform(52, 71), 1), "vi")])
            merges.append((start, 0, start + 1, 0))
        rows.append(["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, *(num(v, "vi") for v in QCVN05_1H.values()), "70*"])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        doc.table("Bảng 2.5. Kết quả phân tích chất lượng không khí xung quanh khu vực dự án", rows, merges, role="limits")
        doc.p("Ghi chú: (*) QCVN 26:2010/BTNMT – khu vực thông thường, từ 6 giờ đến 21 giờ.")
        maybe_distractor(doc)
        return
    plant = doc.pick(doc.v(("ТОО «Темирбетон Астана»", "ТОО «Каспий Бетон»"), ("«Темірбетон Астана» ЖШС", "«Каспий Бетон» ЖШС"), ()))
    doc.h(doc.v(f"Отчет по программе производственного экологического контроля за 2025 год. {plant}",
                f"{plant} 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(doc.v("3.2. Мониторинг воздействия на атмосферный воздух", "3.2. Атмосфералық ауаға әсер мониторингі", ""))
    doc.p(doc.v("Замеры выполнялись ежемесячно в строительный сезон (апрель – октябрь) аккредитованной лабораторией.",
                "Өлшеулер құрылыс маусымында (сәуір – қазан) аккредиттелген зертханамен ай сайын жүргізілді.", ""))
    rows = [doc.v(["Точка, загрязняющее вещество", "Код ЗВ", "Концентрация по месяцам 2025 г., мг/м3", *[None] * 6, "ПДК м.р., мг/м3"],
                  ["Нүкте, ластаушы зат", "ЛЗ коды", "2025 ж. айлар бойынша концентрация, мг/м3", *[None] * 6, "ШЖК б.м., мг/м3"], []),
            [None, None, *MONTHS_ROMAN, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 8), (0, 9, 1, 9)]
    points = doc.v(("Т-1 – граница СЗЗ, север, 300 м", "Т-2 – граница СЗЗ, юго-восток, 300 м", "Т-3 – жилая зона, ул. Промышленная, 12"),
                   ("Т-1 – СҚА шекарасы, солтүстік, 300 м", "Т-2 – СҚА шекарасы, оңтүстік-шығыс, 300 м", "Т-3 – тұрғын аймақ, Өнеркәсіп к-сі, 12"), ())
    codes = ["2908", "0301", "0337", *(["0330"] if r.random() < 0.5 else [])]
    for label in points[: r.choice((2, 3))]:
        point = label.split(" ")[0]
        rows.append([label, *[None] * 9])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 9))
        for code in codes:
            pdk = AIR_PDK[code][0]
            lo, hi = BOUNDARY[code]
            cells = []
            for _ in MONTHS_ROMAN:
                item = limit(("code", code), "air", pdk, "mg/m3", None, point)
                if r.random() < (0.35 if code == "0330" else 0.08):
                    cells.append("н/о")
                    add(doc, _nv(item))
                    continue
                v = _sig(pdk * r.uniform(lo, hi), 2)
                item["value"] = v
                cells.append(num(v, doc.lang))
                add(doc, item)
            rows.append([vocab.air(code, doc.lang), code, *cells, num(pdk, doc.lang)])
    doc.table(doc.v("Таблица 3.3 – Концентрации загрязняющих веществ на границе СЗЗ и в жилой зоне",
                    "3.3-кесте – СҚА шекарасындағы және тұрғын аймақтағы ластаушы заттардың концентрациялары", ""), rows, merges, role="limits")
    doc.p(doc.v("н/о – не обнаружено (ниже предела обнаружения методики).", "н/о – анықталмады (әдістеменің анықтау шегінен төмен).", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (numbers, RU, KK, continuous codes, periodic codes, frequency of the periodic ones)
CEMENT_CONTROL = (
    ("0001", "Вращающаяся печь № 1", "№ 1 айналмалы пеш", ("0301", "0330", "0337", "2908"), ("0304", "0316"), "quarterly"),
    ("0002", "Вращающаяся печь № 2", "№ 2 айналмалы пеш", ("0301", "0330", "0337", "2908"), ("0304", "0316"), "quarterly"),
    ("0003", "Колосниковый холодильник клинкера", "Клинкердің колосникті тоңазытқышы", ("2908",), (), None),
    ("0004", "Угольная мельница", "Көмір диірмені", (), ("2908", "0337"), "quarterly"),
    ("0005", "Цементная мельница № 1", "№ 1 цемент диірмені", (), ("2908",), "semiannual"),
    ("0006", "Цементная мельница № 2", "№ 2 цемент диірмені", (), ("2908",), "semiannual"),
    ("0007", "Сушильный барабан шлака", "Қож кептіру барабаны", (), ("0301", "0337", "2908"), "quarterly"),
    ("6001", "Открытый склад известняка (расчетным методом)", "Ашық әктас қоймасы (есептік әдіспен)", (), ("2908",), "yearly"),
)  # fmt: skip
VN_CEMENT_CONTROL = (
    ("K1", "Ống khói lò nung clinker (có đồng xử lý chất thải)", ("2902", "0330", "0301", "0337"), ("0316", "0184"), "quarterly"),
    ("K2", "Ống thải làm nguội clinker", ("2902",), (), None),
    ("K3", "Ống thải máy nghiền than", (), ("2902", "0337"), "quarterly"),
    ("K4", "Ống thải nghiền xi măng số 1", (), ("2902",), "semiannual"),
    ("K5", "Ống thải nghiền xi măng số 2", (), ("2902",), "semiannual"),
)


def _vi_gas(code: str) -> str:
    return {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0316": "HCl",
            "0184": "Chì và hợp chất"}[code]


def monitoring_hc1(doc: Doc) -> None:
    """A cement plant's plan of control at sources with two columns of substances side by side: what the automated
    monitoring system measures continuously (the frequency only in that column's header) and what is sampled by the
    laboratory, followed by its own frequency column — a kiln takes both, a mill only the second, the cooler only the
    first, a dash where a column does not apply; the boundary points of the protection zone in a second, simple table
    (VI: a co-processing cement plant's GPMT annex, automatic parameters beside periodic ones at each stack)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        plant = doc.pick(("Nhà máy xi măng Tân Sơn Hà", "Nhà máy xi măng Thạch Sơn 2", "Nhà máy xi măng Long Thành Bắc"))
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
        doc.h("Phụ lục II. Yêu cầu về quan trắc khí thải")
        rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc tự động, liên tục", "Thông số quan trắc định kỳ",
                 "Tần suất quan trắc định kỳ"]]
        for k, (point, place, auto, periodic, word) in enumerate(VN_CEMENT_CONTROL, 1):
            auto_cell = ", ".join(["Lưu lượng", "nhiệt độ", "O2 dư", *(_vi_gas(c) for c in auto)]) if auto else "-"
            rows.append([str(k), point, place, auto_cell, ", ".join(_vi_gas(c) for c in periodic) or "-",
                         freq(doc, word) if word else "-"])
            doc.add("monitoring", *(_mon({"point_contains": point}, ("code", c), "continuous") for c in auto))
            doc.add("monitoring", *(_mon({"point_contains": point}, ("code", c), word) for c in periodic))
        doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc khí thải", rows, role="monitoring")
        doc.p("Hệ thống quan trắc tự động, liên tục phải được kiểm định, hiệu chuẩn và truyền số liệu trực tiếp về Sở Nông nghiệp "
              "và Môi trường.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Программа производственного экологического контроля. Раздел 4. Мониторинг эмиссий",
                "Өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Эмиссиялар мониторингі", ""))
    rows = [doc.v(["№ ИЗА", "Источник выброса", "Контролируется АСМ непрерывно", "Периодический инструментальный контроль", None],
                  ["ЛШК №", "Шығарынды көзі", "АМЖ үздіксіз бақылайды", "Мерзімді аспаптық бақылау", None], []),
            doc.v([None, None, None, "вещества", "периодичность"], [None, None, None, "заттар", "кезеңділігі"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]

    def names(codes):
        return ", ".join(f"{vocab.air(c, doc.lang)} ({c})" for c in codes) if codes else "–"

    for number, n_ru, n_kk, auto, periodic, word in CEMENT_CONTROL:
        if number in ("0002", "0006") and r.random() < 0.4:
            continue
        rows.append([number, (n_ru, n_kk)[L], names(auto), names(periodic), _freq(doc, word) if word else "–"])
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), "continuous") for c in auto))
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in periodic))
    doc.table(doc.v("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(doc.v("АСМ – автоматизированная система мониторинга эмиссий, данные передаются в информационную систему уполномоченного органа.",
                "АМЖ – эмиссиялар мониторингінің автоматтандырылған жүйесі, деректер уәкілетті органның ақпараттық жүйесіне беріледі.", ""))
    rows = [doc.v(["Точка", "Местоположение", "Показатели", "Периодичность"], ["Нүкте", "Орналасқан жері", "Көрсеткіштер", "Кезеңділігі"], [])]
    places = doc.v(("граница СЗЗ, север, 1000 м", "граница СЗЗ, восток, 1000 м", "граница СЗЗ, юг, 1000 м", "с. Тасты, ближайшая жилая застройка"),
                   ("СҚА шекарасы, солтүстік, 1000 м", "СҚА шекарасы, шығыс, 1000 м", "СҚА шекарасы, оңтүстік, 1000 м", "Тасты а., ең жақын тұрғын үйлер"), ())
    codes = ("2908", "0301", "0330", "0337")
    word = doc.pick(("quarterly", "monthly"))
    for k, place in enumerate(places, 1):
        rows.append([f"Т-{k}", place, ", ".join(vocab.air(c, doc.lang, 1) for c in codes), _freq(doc, word)])
        doc.add("monitoring", *(_mon({"point_contains": f"Т-{k}"}, ("code", c), word) for c in codes))
    doc.table(doc.v("Таблица 4.2 – Мониторинг воздействия на границе СЗЗ", "4.2-кесте – СҚА шекарасындағы әсер мониторингі", ""),
              rows, role="monitoring")


def monitoring_hc2(doc: Doc) -> None:
    """A road reconstruction's programme of monitoring for the construction period: a row per point (`Т-1` … by chainage,
    the camp, the crushing unit, the asphalt plant, the river above and below the bridge, soil plots), the medium, the
    parameters in one cell and the frequency, where the medium, the parameters and the frequency repeat the row above
    as `-//-` or `то же` (KK `сол сияқты`); a noise point with no substance among them (VI: an expressway's
    construction-phase monitoring plan with `nt` for the cell above)."""
    r = doc.rng
    vi = doc.lang == "vi"
    ditto = {"ru": ("-//-", "то же", "-//-"), "kk": ("-//-", "сол сияқты", "-//-"), "vi": ("nt", "nt", "-nt-")}[doc.lang]
    # (point, place, medium, kind, keys, frequency word, or None for noise)
    if vi:
        doc.h("BÁO CÁO ĐTM DỰ ÁN ĐƯỜNG BỘ CAO TỐC BẮC – NAM PHÍA ĐÔNG, ĐOẠN QUẢNG NGÃI – HOÀI NHƠN")
        doc.h("5.2.1. Chương trình giám sát môi trường trong giai đoạn thi công")
        air = ("Không khí xung quanh", "code", ("2902", "0301", "0330", "0337"))
        plan = [("KK1", "Km 12+300, khu dân cư thôn An Hội", *air, "quarterly"),
                ("KK2", "Trạm trộn bê tông nhựa Km 78+500, cuối hướng gió", *air, "quarterly"),
                ("KK3", "Mỏ đất đắp Núi Dâu, ranh giới mỏ", *air, "quarterly"),
                ("ON1", "Km 12+300, khu dân cư thôn An Hội", "Tiếng ồn, độ rung", None, (), "quarterly"),
                ("NM1", "Sông Trà Khúc, 200 m thượng lưu cầu", "Nước mặt", "symbol", ("pH", "TSS", "BOD5", "TPH"), "monthly"),
                ("NM2", "Sông Trà Khúc, 200 m hạ lưu cầu", "Nước mặt", "symbol", ("pH", "TSS", "BOD5", "TPH"), "monthly"),
                ("NT1", "Đầu ra bể tự hoại lán trại công nhân Km 40", "Nước thải sinh hoạt", "symbol", ("pH", "BOD5", "TSS", "NH4+", "Coliform"),
                 "quarterly")]  # fmt: skip
        head = ["Ký hiệu", "Vị trí giám sát", "Thành phần môi trường", "Thông số giám sát", "Tần suất"]
    else:
        doc.h(doc.v("Программа производственного экологического контроля на период строительства",
                    "Құрылыс кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(doc.v("Реконструкция автомобильной дороги «Кызылорда – Жезказган», участок км 150–230. Мониторинг ведется в период "
                    "производства работ (апрель – октябрь) силами аккредитованной лаборатории подрядчика.",
                    "«Қызылорда – Жезқазған» автожолын реконструкциялау, 150–230 км учаскесі. Мониторинг жұмыстар жүргізілетін "
                    "кезеңде (сәуір – қазан) мердігердің аккредиттелген зертханасымен жүргізіледі.", ""))
        air = (doc.v("Атмосферный воздух", "Атмосфералық ауа", ""), "code", ("2908", "0301", "0337"))
        plan = [("Т-1", doc.v("ПК 1520+00, жилая зона с. Кызылжар, 200 м от оси", "ПК 1520+00, Қызылжар а. тұрғын аймағы, осьтен 200 м", ""), *air, "monthly"),
                ("Т-2", doc.v("временный городок строителей (км 182), граница площадки", "құрылысшылардың уақытша қалашығы (182 км), алаң шекарасы", ""),
                 *air, "monthly"),
                ("Т-3", doc.v("ДСУ в карьере № 3, граница СЗЗ 500 м", "№ 3 карьердегі ҰСҚ, СҚА шекарасы 500 м", ""), air[0], "code", ("2908",), "monthly"),
                ("Т-4", doc.v("АБЗ (км 176), граница СЗЗ 500 м", "АБЗ (176 км), СҚА шекарасы 500 м", ""), air[0], "code",
                 ("2908", "0301", "0330", "0337", "0703"), "quarterly"),
                ("Ш-1", doc.v("жилая зона с. Кызылжар", "Қызылжар а. тұрғын аймағы", ""), doc.v("Шум", "Шу", ""), None, (), "quarterly"),
                ("В-1", doc.v("р. Сарысу, 500 м выше мостового перехода (км 205)", "Сарысу өз., көпір өткелінен 500 м жоғары (205 км)", ""),
                 doc.v("Поверхностные воды", "Жерүсті сулары", ""), "symbol", ("TSS", "TPH", "BOD5"), "monthly"),
                ("В-2", doc.v("р. Сарысу, 500 м ниже мостового перехода", "Сарысу өз., көпір өткелінен 500 м төмен", ""),
                 doc.v("Поверхностные воды", "Жерүсті сулары", ""), "symbol", ("TSS", "TPH", "BOD5"), "monthly"),
                ("П-1", doc.v("площадка АБЗ у битумохранилища", "АБЗ алаңы, битум қоймасы маңы", ""), doc.v("Почва", "Топырақ", ""), "soil",
                 ("TPH", "Pb"), "yearly"),
                ("П-2", doc.v("карьер грунта № 1, рекультивированный участок", "№ 1 топырақ карьері, рекультивацияланған учаске", ""),
                 doc.v("Почва", "Топырақ", ""), "soil", ("TPH", "Pb"), "yearly")]  # fmt: skip
        head = doc.v(["№ точки", "Местоположение", "Компонент среды", "Контролируемые показатели", "Периодичность"],
                     ["Нүкте №", "Орналасқан жері", "Орта компоненті", "Бақыланатын көрсеткіштер", "Кезеңділігі"], [])
    rows = [head]
    prev = (None, None, None)
    for point, place, medium, kind, keys, word in plan:
        if kind == "code":
            params = ", ".join(vocab.air(c, doc.lang, 0 if c == "2902" else 1) for c in keys) if vi else \
                ", ".join(vocab.air(c, doc.lang) for c in keys)
        elif kind == "soil":
            params = ", ".join(vocab.soil(s, doc.lang) for s in keys)
        elif kind == "symbol":
            params = ", ".join(vocab.water(s, doc.lang) for s in keys)
        else:
            params = doc.v("эквивалентный и максимальный уровни звука, дБА", "баламалы және ең жоғары дыбыс деңгейлері, дБА",
                           "Leq, Lmax, gia tốc rung")
        said = _freq(doc, word)
        shown = []
        for k, value in enumerate((medium, params, word)):
            if prev[k] == value and r.random() < 0.8:
                shown.append(doc.pick(ditto))
            else:
                shown.append(said if k == 2 else value)
        prev = (medium, params, word)
        rows.append([point, place, *shown])
        if kind:
            key = "code" if kind == "code" else "symbol"
            doc.add("monitoring", *(_mon({"point_contains": point}, (key, x), word) for x in keys))
    if vi:
        doc.table("Bảng 5.3. Vị trí, thông số và tần suất giám sát môi trường giai đoạn thi công", rows, role="monitoring")
        doc.p("Ghi chú: “nt” – như trên. Kết quả giám sát được so sánh với QCVN 05:2023/BTNMT, QCVN 26:2010/BTNMT, QCVN 08:2023/BTNMT "
              "và QCVN 14:2008/BTNMT.")
    else:
        doc.table(doc.v("Таблица 6.1 – Пункты и периодичность мониторинга на период строительства",
                        "6.1-кесте – Құрылыс кезеңіндегі мониторинг пункттері мен кезеңділігі", ""), rows, role="monitoring")
        doc.p(doc.v("«-//-», «то же» – то же, что в строке выше.", "«-//-», «сол сияқты» – жоғарыдағы жолдағыдай.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# person answerable (RU, KK, VI), [(unit RU, KK, VI, what is checked RU, KK, VI, frequency)]
PRECAST_CHECKS = (
    (("начальник бетоносмесительного цеха", "бетон араластыру цехының бастығы"), [
        ("Бетоносмесительный узел № 1", "№ 1 бетон араластыру торабы", "герметичность укрытий, работа фильтров дозаторов",
         "жабындардың саңылаусыздығы, мөлшерлегіш сүзгілерінің жұмысы", "daily"),
        ("Силосы цемента", "Цемент силостары", "состояние фильтров на кровле, отсутствие пыления при загрузке",
         "шатырдағы сүзгілердің жай-күйі, тиеу кезінде шаңның болмауы", "weekly"),
        ("Установка рециклинга бетона", "Бетон рециклингі қондырғысы", "работа отстойника и насосов оборотной воды",
         "тұндырғыш пен айналмалы су сорғыларының жұмысы", "weekly")]),
    (("главный механик", "бас механик"), [
        ("Котельная", "Қазандық", "режим горения, состояние газохода", "жану режимі, газ жүретін жолдың жай-күйі", "monthly"),
        ("Пропарочные камеры цеха ЖБИ", "ТБК цехының бу камералары", "утечки пара и конденсата", "бу мен конденсаттың ағуы", "monthly"),
        ("Автобетоносмесители", "Автобетонараластырғыштар", "дымность и токсичность отработавших газов",
         "пайдаланылған газдардың түтінділігі мен уыттылығы", "quarterly")]),
    (("инженер-эколог", "инженер-эколог"), [
        ("Площадки накопления отходов", "Қалдықтарды жинақтау алаңдары", "раздельный сбор, маркировка, сроки накопления",
         "бөлек жинау, таңбалау, жинақтау мерзімдері", "weekly"),
        ("Отстойник ливневых и промывочных вод", "Нөсер және жуу суларының тұндырғышы", "уровень осадка, целостность обвалования",
         "тұнба деңгейі, қоршау үйіндісінің бүтіндігі", "monthly"),
        ("Склад инертных материалов", "Инертті материалдар қоймасы", "работа системы орошения, высота штабелей",
         "суару жүйесінің жұмысы, қатарлар биіктігі", "daily")]),
)  # fmt: skip
VN_CERAMIC_CHECKS = (
    ("Quản đốc Phân xưởng Lò nung", [
        ("Lò nung con lăn số 1, số 2", "chế độ đốt, áp suất khí, tình trạng ống khói", "daily"),
        ("Hệ thống xử lý khí thải lò sấy phun", "lưu lượng dung dịch hấp thụ, pH, tình trạng quạt hút", "daily"),
        ("Kho than và trạm khí hóa than", "rò rỉ khí than, nước thải dầu hắc ín", "weekly")]),
    ("Quản đốc Phân xưởng Men – Nguyên liệu", [
        ("Khu vực nghiền men và nguyên liệu", "tình trạng lọc bụi túi vải, rò rỉ bùn men", "weekly"),
        ("Hệ thống xử lý nước thải mài men", "hóa chất, bùn thải, lưu lượng tuần hoàn", "weekly")]),
    ("Trưởng phòng An toàn – Môi trường", [
        ("Kho lưu giữ chất thải nguy hại", "nhãn, biển cảnh báo, sổ theo dõi, thời hạn lưu giữ", "monthly"),
        ("Khu lưu giữ chất thải rắn công nghiệp thông thường", "phân loại, che chắn, vận chuyển đi xử lý", "monthly"),
        ("Hệ thống quan trắc khí thải tự động", "truyền dữ liệu, hiệu chuẩn thiết bị", "quarterly")]),
)  # fmt: skip


def inspections_hc1(doc: Doc) -> None:
    """A precast concrete plant's schedule of internal environmental checks grouped under a row per person answerable
    (`Ответственный: начальник бетоносмесительного цеха`) spanning the table, no checker column, the items numbered
    straight through, each with what is checked, its frequency and an empty column for the mark (VI: a ceramic plant's
    self-inspection plan, `Người chịu trách nhiệm: …` rows)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        plant = doc.pick(("Nhà máy gạch ốp lát và sứ vệ sinh Phú Lâm", "Nhà máy gạch men Tiên Sơn"))
        doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p("Ban hành kèm theo Quyết định số 06/QĐ-GĐ ngày 05/01/2026 của Giám đốc nhà máy.")
        rows.append(["TT", "Công trình, khu vực kiểm tra", "Nội dung kiểm tra", "Tần suất", "Ghi chú"])
        n = 0
        for person, items in VN_CERAMIC_CHECKS:
            rows.append([f"Người chịu trách nhiệm: {person}", None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for unit, what, word in items:
                n += 1
                rows.append([str(n), unit, what, _freq(doc, word), ""])
                doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Приказ № 14-П от 08.01.2026 «Об организации производственного экологического контроля»",
                "2026 жылғы 08.01. № 14-Б «Өндірістік экологиялық бақылауды ұйымдастыру туралы» бұйрық", ""))
    doc.p(doc.v("Приложение 2. График внутренних проверок соблюдения экологических требований на заводе ЖБИ.",
                "2-қосымша. ТБК зауытында экологиялық талаптардың сақталуын ішкі тексеру кестесі.", ""))
    rows.append(doc.v(["№", "Объект проверки", "Что проверяется", "Периодичность", "Отметка о выполнении"],
                      ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі", "Орындалғаны туралы белгі"], []))
    n = 0
    for person, items in PRECAST_CHECKS:
        rows.append([doc.v(f"Ответственный: {person[0]}", f"Жауапты: {person[1]}", ""), None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for u_ru, u_kk, w_ru, w_kk, word in items:
            if r.random() < 0.15:
                continue
            n += 1
            unit = (u_ru, u_kk)[L]
            rows.append([str(n), unit, (w_ru, w_kk)[L], _freq(doc, word), ""])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# (unit RU, KK, VI, what RU, KK, VI, frequency)
GYPSUM_CHECKS = (
    ("Сушильный барабан гипсового камня", "Гипс тасын кептіру барабаны", "циклон и рукавный фильтр, перепад давления",
     "циклон мен жеңді сүзгі, қысым айырымы", "daily"),
    ("Гипсоварочные котлы", "Гипс қайнату қазандары", "герметичность, работа аспирации", "саңылаусыздық, аспирация жұмысы", "weekly"),
    ("Линия ГКЛ (сушилка листов)", "ГКП желісі (парақтар кептіргіші)", "режим горелок, выбросы сушилки", "жанарғылар режимі, кептіргіш шығарындылары",
     "weekly"),
    ("Склад гипсового камня", "Гипс тасы қоймасы", "укрытие, пылеподавление", "жабын, шаң басу", "monthly"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "маркировка, сроки накопления, журнал", "таңбалау, жинақтау мерзімдері, журнал",
     "monthly"),
    ("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары", "работа песколовки и нефтеловушки", "құм ұстағыш пен мұнай ұстағыштың жұмысы",
     "quarterly"),
    ("Котельная", "Қазандық", "режимная карта, состояние дымовой трубы", "режимдік карта, түтін мұржасының жай-күйі", "semiannual"),
    ("Санитарно-защитная зона", "Санитариялық-қорғау аймағы", "озеленение, отсутствие несанкционированных свалок",
     "көгалдандыру, рұқсатсыз үйінділердің болмауы", "yearly"),
)  # fmt: skip
VN_STEEL_CHECKS = (
    ("Hệ thống lọc bụi túi vải buồng phun bi", "chênh áp, tình trạng túi lọc", "daily"),
    ("Buồng sơn và tháp hấp phụ than hoạt tính", "màng nước, thời gian thay than", "weekly"),
    ("Khu vực hàn, cắt plasma", "chụp hút, quạt hút cục bộ", "weekly"),
    ("Kho lưu giữ chất thải nguy hại", "nhãn, sổ theo dõi, thời hạn lưu giữ", "monthly"),
    ("Hệ thống xử lý nước thải sinh hoạt 50 m3/ngày", "vận hành bơm, hóa chất khử trùng", "monthly"),
    ("Hệ thống thu gom nước mưa chảy tràn", "nạo vét hố ga, song chắn rác", "quarterly"),
    ("Máy phát điện dự phòng", "ống xả, bồn dầu DO", "semiannual"),
)
COUNTS = {"daily": ("30", "365"), "weekly": ("4", "52"), "monthly": ("1", "12"), "quarterly": ("–", "4"),
          "semiannual": ("–", "2"), "yearly": ("–", "1")}


def inspections_hc2(doc: Doc) -> None:
    """A gypsum and drywall plant's schedule of internal checks with no frequency word: the number of checks a month and
    a year as two sub-columns under a merged `Количество проверок` (`30 | 365`, `4 | 52`, `1 | 12`, `– | 4`, `– | 2`,
    `– | 1`), the checker last (VI: a steel structure plant's self-checks, `Số lần kiểm tra` over `/tháng | /năm`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        plant = doc.pick(("Nhà máy kết cấu thép Đông Á", "Nhà máy chế tạo kết cấu thép Phú Mỹ Steel"))
        doc.h(f"QUY CHẾ TỰ KIỂM TRA, GIÁM SÁT CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
        doc.p("Điều 5. Các công trình bảo vệ môi trường được kiểm tra theo số lần quy định tại bảng dưới đây.")
        rows = [["TT", "Công trình, thiết bị", "Nội dung kiểm tra", "Số lần kiểm tra", None, "Người kiểm tra"],
                [None, None, None, "/tháng", "/năm", None]]
        items = [(u, w, f) for u, w, f in VN_STEEL_CHECKS]
        who = {"daily": "Tổ trưởng ca", "weekly": "Cán bộ môi trường", "monthly": "Trưởng phòng HSE", "quarterly": "Trưởng phòng HSE",
               "semiannual": "Phó Giám đốc kỹ thuật"}
    else:
        L = _L(doc)
        plant = doc.pick(doc.v(("ТОО «Ак Гипс Индастри»", "ТОО «Тараз Гипс»"), ("«Ақ Гипс Индастри» ЖШС", "«Тараз Гипс» ЖШС"), ()))
        doc.h(doc.v(f"График производственного экологического контроля {plant} на 2026 год",
                    f"{plant} 2026 жылға арналған өндірістік экологиялық бақылау кестесі", ""))
        doc.p(doc.v("Гипсовый завод и линия гипсокартонных листов. Количество проверок установлено на каждый объект.",
                    "Гипс зауыты және гипскартон парақтары желісі. Тексеру саны әр объектіге белгіленген.", ""))
        rows = [doc.v(["№", "Объект контроля", "Что проверяется", "Количество проверок", None, "Проверяющий"],
                      ["№", "Бақылау объектісі", "Не тексеріледі", "Тексерулер саны", None, "Тексеруші"], []),
                doc.v([None, None, None, "в месяц", "в год", None], [None, None, None, "айына", "жылына", None], [])]
        items = [((u_ru, u_kk)[L], (w_ru, w_kk)[L], f) for u_ru, u_kk, w_ru, w_kk, f in GYPSUM_CHECKS]
        who = {"daily": doc.v("мастер смены", "ауысым шебері", ""), "weekly": doc.v("инженер-эколог", "инженер-эколог", ""),
               "monthly": doc.v("инженер-эколог", "инженер-эколог", ""), "quarterly": doc.v("главный инженер", "бас инженер", ""),
               "semiannual": doc.v("главный инженер", "бас инженер", ""), "yearly": doc.v("комиссия завода", "зауыт комиссиясы", "")}
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    n = 0
    for unit, what, word in items:
        if r.random() < 0.15 and n > 3:
            continue
        n += 1
        month, year = COUNTS[word]
        rows.append([str(n), unit, what, month, year, who[word]])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None if vi else doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="inspections")
    if not vi:
        doc.p(doc.v("Результаты проверок заносятся в журнал производственного экологического контроля.",
                    "Тексеру нәтижелері өндірістік экологиялық бақылау журналына енгізіледі.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (measure RU, KK, executor RU, KK, effect RU, KK)
CEMENT_MEASURES = (
    ("Замена электрофильтра вращающейся печи № 1 на рукавный фильтр с доведением концентрации пыли до 20 мг/Нм3",
     "№ 1 айналмалы пештің электрсүзгісін шаң концентрациясын 20 мг/Нм3-ге дейін жеткізе отырып жеңді сүзгіге ауыстыру",
     "главный механик", "бас механик", "снижение выбросов пыли на 180 т/год", "шаң шығарындыларын жылына 180 т-ға азайту"),
    ("Внедрение системы селективного некаталитического восстановления (SNCR) оксидов азота на печи № 2",
     "№ 2 пеште азот оксидтерін селективті каталитикалық емес тотықсыздандыру (SNCR) жүйесін енгізу",
     "технический директор", "техникалық директор", "снижение выбросов NOx на 35 %", "NOx шығарындыларын 35 %-ға азайту"),
    ("Устройство крытого склада угля с аспирацией узлов пересыпки",
     "Төгу тораптарын аспирациялай отырып жабық көмір қоймасын салу",
     "управление капитального строительства", "күрделі құрылыс басқармасы", "исключение пыления склада", "қойманың шаңдануын болдырмау"),
    ("Рекультивация отработанного уступа карьера известняка площадью 12 га",
     "Ауданы 12 га әктас карьерінің пайдаланылған кертпешін рекультивациялау",
     "начальник карьера", "карьер бастығы", "восстановление 12 га земель", "12 га жерді қалпына келтіру"),
    ("Использование отработанных шин и RDF-топлива в качестве альтернативного топлива печи",
     "Пайдаланылған шиналар мен RDF-отынды пештің балама отыны ретінде пайдалану",
     "главный технолог", "бас технолог", "замещение 8 % угля", "көмірдің 8 %-ын алмастыру"),
    ("Строительство системы оборотного водоснабжения цементных мельниц",
     "Цемент диірмендерінің айналмалы сумен жабдықтау жүйесін салу",
     "главный энергетик", "бас энергетик", "сокращение забора воды на 40 тыс. м3/год", "су алуды жылына 40 мың м3-ге қысқарту"),
)  # fmt: skip
VN_REHAB = (
    ("Tháo dỡ các công trình phụ trợ (nhà điều hành, trạm nghiền sàng, kho vật liệu nổ)", "Đội thi công cơ giới", "1 lần"),
    ("Bạt, cắt tầng kết thúc khai thác, tạo mặt tầng rộng 5 m ở các cao độ +40, +55, +70 m", "Xí nghiệp khai thác đá", "12.500 m3"),
    ("San gạt mặt bằng đáy moong và khu vực sân công nghiệp", "Đội thi công cơ giới", "4,8 ha"),
    ("Đắp đê bao quanh moong khai thác, cao 1,5 m", "Xí nghiệp khai thác đá", "1.250 m"),
    ("Trồng cây keo lá tràm trên mặt tầng và đáy moong, mật độ 1.600 cây/ha", "Đơn vị thuê ngoài (hợp đồng trồng rừng)", "6,3 ha"),
    ("Chăm sóc cây trồng trong 3 năm đầu", "Đơn vị thuê ngoài (hợp đồng trồng rừng)", "3 năm"),
    ("Lắp đặt biển báo nguy hiểm và hàng rào thép gai quanh moong", "Phòng Kỹ thuật – An toàn", "24 biển, 1.250 m"),
)


def tasks_hc1(doc: Doc) -> None:
    """A cement plant's plan of nature-protection measures in which each measure takes two rows: its number and text on a
    row whose text is merged across the table, then a row of its particulars — term, executor, cost in million tenge,
    source of money, expected effect — under a two-row header that mirrors the pair (VI: a stone quarry's plan of
    environmental rehabilitation, each work on a spanning row, its volume, the unit carrying it out, the time and the
    cost on the row under it)."""
    r = doc.rng
    if doc.lang == "vi":
        quarry = doc.pick(("Mỏ đá vôi Núi Voi", "Mỏ đá xây dựng Hố Lang 2", "Mỏ đá bazan Tân Phước"))
        doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {quarry.upper()}")
        doc.h("Chương 4. Kế hoạch thực hiện cải tạo, phục hồi môi trường")
        rows = [["TT", "Hạng mục công việc", None, None, None],
                [None, "Khối lượng", "Đơn vị thực hiện", "Thời gian thực hiện", "Kinh phí (triệu đồng)"]]
        merges = [(0, 0, 1, 0), (0, 1, 0, 4)]
        for k, (text, who, volume) in enumerate(VN_REHAB, 1):
            rows.append([f"{k}.", text, None, None, None])
            merges += [(len(rows) - 1, 1, len(rows) - 1, 4), (len(rows) - 1, 0, len(rows), 0)]
            year = 2036 + (k > 4) + (k > 5)
            rows.append([None, volume, who, f"Quý {doc.pick(('I', 'II', 'III', 'IV'))}/{year}", num(round(r.uniform(40, 2400), 1), "vi")])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(text), "actor_contains": who})
        doc.table("Bảng 4.1. Kế hoạch thực hiện các hạng mục cải tạo, phục hồi môi trường", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    plant = doc.pick(doc.v(("Цементный завод «Тасты»", "Цементный завод «Мынарал»"), ("«Тасты» цемент зауыты", "«Мыңарал» цемент зауыты"), ()))
    doc.h(doc.v(f"План мероприятий по охране окружающей среды на 2026–2028 годы. {plant}",
                f"Қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары. {plant}", ""))
    doc.p(doc.v("Приложение 4 к комплексному экологическому разрешению.", "Кешенді экологиялық рұқсатқа 4-қосымша.", ""))
    rows = [doc.v(["№ п/п", "Наименование мероприятия", None, None, None, None],
                  ["№", "Іс-шараның атауы", None, None, None, None], []),
            doc.v([None, "Срок выполнения", "Исполнитель", "Стоимость, млн тенге", "Источник финансирования", "Ожидаемый эффект"],
                  [None, "Орындау мерзімі", "Орындаушы", "Құны, млн теңге", "Қаржыландыру көзі", "Күтілетін әсер"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 0, 5)]
    own = doc.v("собственные средства", "меншікті қаражат", "")
    for k, m in enumerate(r.sample(CEMENT_MEASURES, 5), 1):
        text, who, effect = m[L], m[2 + L], m[4 + L]
        rows.append([f"{k}.", text, None, None, None, None])
        merges += [(len(rows) - 1, 1, len(rows) - 1, 5), (len(rows) - 1, 0, len(rows), 0)]
        y = r.choice((2026, 2027, 2028))
        term = doc.v(f"{doc.pick(('I', 'II', 'III', 'IV'))} кв. {y} г.", f"{y} ж. {doc.pick(('I', 'II', 'III', 'IV'))} тоқсан", "")
        rows.append([None, term, who, num(round(r.uniform(15, 4800), 1), doc.lang), own, effect])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(text), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    distractor(doc, "approval")


# (place RU, KK), [(measure RU, KK, executor RU, KK, term RU, KK)]
ROAD_MEASURES = (
    (("Временный городок строителей (км 182)", "Құрылысшылардың уақытша қалашығы (182 км)"), [
        ("Установить биотуалеты и водонепроницаемый выгреб с вывозом стоков по договору", "Биодәретханалар мен су өткізбейтін шұңқыр "
         "орнатып, ағындарды шарт бойынша шығару", "начальник городка", "қалашық бастығы", "до начала сезона", "маусым басталғанға дейін"),
        ("Оборудовать контейнерную площадку с твердым покрытием для ТБО", "ҚТҚ үшін қатты жабыны бар контейнерлік алаң жабдықтау",
         "начальник городка", "қалашық бастығы", "апрель 2026 г.", "2026 ж. сәуір")]),
    (("Асфальтобетонный завод (км 176)", "Асфальтбетон зауыты (176 км)"), [
        ("Заменить рукава фильтра сушильного барабана и провести замер эффективности пылеочистки", "Кептіру барабаны сүзгісінің "
         "жеңдерін ауыстырып, шаң тазарту тиімділігін өлшеу", "главный механик ПТБ", "ӨТБ бас механигі", "май 2026 г.", "2026 ж. мамыр"),
        ("Обваловать битумохранилище и уложить противофильтрационный экран", "Битум қоймасын үйіндімен қоршап, сүзуге қарсы экран төсеу",
         "мастер АБЗ", "АБЗ шебері", "до 1 мая 2026 г.", "2026 ж. 1 мамырға дейін")]),
    (("ДСУ и карьер № 3", "ҰСҚ және № 3 карьер"), [
        ("Установить систему орошения на узлах дробления и грохочения", "Ұсату және електен өткізу тораптарына суару жүйесін орнату",
         "начальник карьера", "карьер бастығы", "июнь 2026 г.", "2026 ж. маусым"),
        ("Снять и складировать плодородный слой почвы в бурты для последующей рекультивации", "Құнарлы топырақ қабатын алып, кейінгі "
         "рекультивация үшін үйінділерге жинау", "начальник карьера", "карьер бастығы", "по мере вскрышных работ", "аршу жұмыстарына қарай")]),
    (("Мостовой переход через р. Сарысу (км 205)", "Сарысу өз. арқылы көпір өткелі (205 км)"), [
        ("Устроить временные отстойники для воды от мойки колес и бетонирования опор", "Дөңгелектерді жуу және тіректерді бетондау "
         "суына уақытша тұндырғыштар орнату", "начальник мостового отряда", "көпір жасағының бастығы", "до начала работ в русле",
         "арнадағы жұмыстар басталғанға дейін"),
        ("Исключить заправку техники в водоохранной полосе реки", "Өзеннің су қорғау белдеуінде техниканы жанармаймен толтыруға жол бермеу",
         "механик участка", "учаске механигі", "весь период работ", "жұмыстардың бүкіл кезеңінде")]),
    (("Весь участок км 150–230", "150–230 км бүкіл учаске"), [
        ("Поливать технологические проезды и объезды в сухую погоду", "Құрғақ ауа райында технологиялық өтпелер мен айналма жолдарды суару",
         "служба главного инженера", "бас инженер қызметі", "ежедневно в сухую погоду", "құрғақ ауа райында күн сайын"),
        ("Провести рекультивацию временно занимаемых земель после демонтажа баз", "Базалар бөлшектелгеннен кейін уақытша алынатын жерлерді "
         "рекультивациялау", "служба главного инженера", "бас инженер қызметі", "октябрь 2027 г.", "2027 ж. қазан")]),
)  # fmt: skip
VN_CERAMIC_PLAN = (
    ("Phân xưởng Lò nung", [
        ("Thay thế vật liệu hấp thụ tháp xử lý khí thải lò sấy phun số 2", "Phòng Kỹ thuật – Cơ điện", "Quý II/2026"),
        ("Chuyển đổi nhiên liệu lò nung từ than khí hóa sang khí thiên nhiên nén (CNG)", "Ban Dự án", "Quý IV/2026")]),
    ("Phân xưởng Men – Nguyên liệu", [
        ("Lắp bổ sung 02 bộ lọc bụi túi vải tại khu vực nghiền khô nguyên liệu", "Phòng Kỹ thuật – Cơ điện", "Tháng 6/2026"),
        ("Cải tạo bể lắng bùn men, tuần hoàn 100 % nước thải mài", "Phân xưởng Men – Nguyên liệu", "Quý III/2026")]),
    ("Toàn nhà máy", [
        ("Trồng bổ sung cây xanh dọc hàng rào phía Bắc, đảm bảo diện tích cây xanh 20 %", "Phòng Hành chính – Nhân sự", "Tháng 3–4/2026"),
        ("Tổ chức diễn tập ứng phó sự cố tràn đổ hóa chất", "Phòng An toàn – Môi trường", "Tháng 9/2026"),
        ("Thuê đơn vị tái chế phế phẩm gạch, sứ làm vật liệu san lấp", "Phòng Kế hoạch – Vật tư", "Tháng 01/2026")]),
)  # fmt: skip


def tasks_hc2(doc: Doc) -> None:
    """A road reconstruction's plan of measures for the construction period, the place of work (the camp, the asphalt
    plant, the crushing unit, the bridge, the whole section) merged down the last column over its measures, the measures
    numbered straight through, the executor and a term that is often a condition (`до начала работ в русле`) (VI: a
    ceramic plant's plan of environmental works for 2026, the workshop merged down the last column)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        plant = doc.pick(("Nhà máy gạch ốp lát và sứ vệ sinh Phú Lâm", "Nhà máy gạch men Tiên Sơn", "Nhà máy sứ vệ sinh Bình Xuyên 2"))
        doc.h(f"KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        rows.append(["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành", "Khu vực thực hiện"])
        n = 0
        for place, items in VN_CERAMIC_PLAN:
            start = len(rows)
            for text, who, when in items:
                n += 1
                rows.append([str(n), text, who, when, place if len(rows) == start else None])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": words(text), "actor_contains": who})
            if len(rows) - start > 1:
                merges.append((start, 4, len(rows) - 1, 4))
        doc.table("Bảng 1. Các công trình, biện pháp bảo vệ môi trường thực hiện năm 2026", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("План природоохранных мероприятий на период строительства", "Құрылыс кезеңіне арналған табиғат қорғау іс-шараларының жоспары", ""))
    doc.p(doc.v("Реконструкция автомобильной дороги «Кызылорда – Жезказган», участок км 150–230. Генеральный подрядчик – "
                "ТОО «Дорстрой Сарыарка».",
                "«Қызылорда – Жезқазған» автожолын реконструкциялау, 150–230 км учаскесі. Бас мердігер – «Дорстрой Сарыарқа» ЖШС.", ""))
    rows.append(doc.v(["№", "Мероприятие", "Ответственный", "Срок", "Место выполнения"],
                      ["№", "Іс-шара", "Жауапты", "Мерзімі", "Орындалатын орны"], []))
    n = 0
    for (p_ru, p_kk), items in ROAD_MEASURES:
        start = len(rows)
        for m in items:
            if r.random() < 0.15 and len(rows) > start:
                continue
            n += 1
            text, who, term = m[L], m[2 + L], m[4 + L]
            rows.append([str(n), text, who, term, (p_ru, p_kk)[L] if len(rows) == start else None])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": words(text), "actor_contains": who})
        if len(rows) - start > 1:
            merges.append((start, 4, len(rows) - 1, 4))
    doc.table(doc.v("Таблица 7.1", "7.1-кесте", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HC{k}", globals()[f"{role}_hc{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_hc1` … `tasks_hc2`, in the order of the roles."""
