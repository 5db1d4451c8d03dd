"""A blind held-out set (two layouts per role, `HF1` and `HF2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: renewable energy, hydropower and the grid. Kazakhstan: wind farms on the Zhungar gate and near Yereymentau, solar
parks in the south, a small and a large hydropower plant with their reservoirs, 220–500 kV transmission lines and
substations under construction, a battery storage site, a gas-piston peaking plant (an application on intended activity,
a declaration of the safety of hydraulic structures, ОВОС and НДВ materials, ПЭК programmes for construction and
operation, reports on ПЭК, a КЭР's annex, a biodiversity action plan, a plan of preparing and filling a reservoir).
Vietnam: solar farms in Ninh Thuận and Bình Thuận, nearshore wind farms in the Mekong delta, hydropower plants and their
reservoirs, 500 kV lines and substations, a biomass power plant (ĐTM, giấy phép môi trường, the dam's and reservoir's
information sheet, chương trình quan trắc and giám sát for construction and operation, báo cáo kết quả quan trắc, kế
hoạch hành động đa dạng sinh học, kế hoạch tích nước lần đầu).

Facility: an application on intended activity laid out as the official form's questions beside prose answers that carry
the BIN, the KATO, the coordinates and the category inside sentences, the turbines' coordinates in a table of no role
after it (VI: an ĐTM's project sheet of a solar farm, the enterprise number inside the registration sentence, VN-2000
corners of no role) (HF1); a declaration of the safety of a hydropower plant's structures under Roman sections merged
down the first column, lettered items, the class of the hydraulic structures and the reservoir's levels beside the
environmental category, the dam axis in degrees, minutes and seconds (VI: a dam and reservoir information sheet, `Cấp
công trình` beside `Nhóm` of the environmental criteria) (HF2).

Emissions: a wind farm's construction emissions where the gross emission is given per turbine foundation and for all
turbines under one merged header, site-wide sources with a dash in the per-turbine column, a hazard-class column and a
total row (VI: a nearshore wind farm's construction fleet, kilograms per turbine beside tonnes for the stage) (HF1); a
gas-piston peaking plant's norms whose identical engines after the first are written `аналогично ИЗА 0001` across the
substance cells, the total counting them all (VI: a biomass power plant's second boiler `tương tự lò hơi số 1`) (HF2).

Wastes: the wastes of wind turbines' maintenance worked out from the oil charge in litres, the number of turbines, the
interval of replacement and the density, the domestic waste from a norm per person (VI: CTNH of a nearshore wind farm,
kilograms a year) (HF1); a battery storage site's and substation's wastes in one table whose header changes half way —
hazardous wastes with their hazardous properties and the amount in the fifth column, then a second header row for the
non-hazardous ones with the amount in the fourth (VI: a biomass plant's permit, CTNH in kilograms under one header and
ordinary wastes in tonnes under another, the table opening with a section row) (HF2).

Limits: a reservoir's water at three sections in spring and autumn as paired sub-columns, the fishery ПДК before them,
rows of no norm, `<` for below detection (VI: a hydropower plant's lake and downstream water in the dry and the rainy
season against QCVN 08-MT:2015 column B1, `KPH`) (HF1); measurements at a peaking plant's gas engines with the
concentration at the actual oxygen beside the one reduced to 15 % O2 that the norm is for, an engine in reserve not
measured (VI: a biomass plant's boilers, the result reduced to 6 % O2 against QCVN 22:2009 column B) (HF2).

Monitoring: a solar park's operation programme where several components carry `не проводится` with the reason and only
some rows are duties, noise and the electromagnetic field without a substance (VI: `Không thuộc đối tượng phải quan
trắc` rows of a solar farm's permit) (HF1); an ОВОС's proposals for a hydropower construction in which one cell per
component holds labelled lines — points separated by semicolons, parameters, frequency, method (VI: a 500 kV line's
supervision programme, `- Vị trí:`, `- Thông số:`, `- Tần suất:` lines, noise among the parameters) (HF2).

Inspections: the rounds of a 500 kV line by section of pylons and of its substation, the section merged down over the
kinds of round, an unscheduled round after storms with no frequency, a daily round (VI: day and night patrols) (HF1); a
hydropower plant's checks whose frequency column is headed `1 раз в` and whose cells hold only the unit of time
(`сутки`, `неделю`, `квартал`) (VI: a biomass plant, `01 lần/…` and `ngày`, `quý`) (HF2).

Tasks: a wind farm's biodiversity action plan under goal rows, with the step of the mitigation hierarchy and an
indicator beside each action (VI: a nearshore wind farm's mangrove and bird actions) (HF1); a plan of preparing and
first filling a reservoir under stage rows whose terms count from the start of filling `Т – 6 мес.`, `Т + 10 сут.` (VI:
`T − 30 ngày`) (HF2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import SURFACE, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Ерейментау-2` of `ВЭС «Ерейментау-2»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float) -> tuple[str, float]:
    """`51°41′18,4″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _mul(x: float, n: float) -> float:
    """x × n without binary noise (0,0123 × 30 is 0,369)."""
    return float(Decimal(repr(x)) * Decimal(repr(n)))


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("hằng ngày", "01 lần/ngày")}


def _often(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    return freq(doc, word)


HPP_NAMES = (("ГЭС «Шарын-2»", "«Шарын-2» СЭС"), ("Малая ГЭС «Ақсу-2»", "«Ақсу-2» шағын СЭС"), ("ГЭС «Тентек»", "«Тентек» СЭС"),
             ("ГЭС «Көксу-3»", "«Көксу-3» СЭС"))
WIND_NAMES = (("ВЭС «Жетісу қақпасы»", "«Жетісу қақпасы» ЖЭС"), ("ВЭС «Ерейментау-2»", "«Ерейментау-2» ЖЭС"), ("ВЭС «Шелек»", "«Шелек» ЖЭС"))


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix,
#  lat, lon, turbines, unit MW, RU nearest village, KK nearest village, RU substation, KK substation)
KZ_WIND = (
    ("Ветровая электростанция «Ерейментау-2» мощностью {mw} МВт", "Қуаты {mw} МВт «Ерейментау-2» жел электр станциясы",
     "ТОО «Ерейментау Wind Energy»", "«Ерейментау Wind Energy» ЖШС",
     "г. Астана, район Есиль, пр. Мангилик Ел, д. 55/20, н.п. 304", "Астана қ., Есіл ауданы, Мәңгілік Ел даңғ., 55/20 үй, 304 т.е.ж.",
     "Акмолинская область, Ерейментауский район, 14 км северо-западнее г. Ерейментау",
     "Ақмола облысы, Ерейментау ауданы, Ерейментау қаласынан солтүстік-батысқа қарай 14 км", "1140", 51.70, 73.02, 30, "5,0",
     "с. Бестогай", "Бестоғай а.", "ПС 220 кВ «Ерейментау»", "«Ерейментау» 220 кВ ҚС"),
    ("Ветровая электростанция «Жетісу қақпасы» мощностью {mw} МВт", "Қуаты {mw} МВт «Жетісу қақпасы» жел электр станциясы",
     "ТОО «Dzhungar Gate Wind»", "«Dzhungar Gate Wind» ЖШС",
     "г. Алматы, Медеуский район, пр. Достык, д. 180, офис 12", "Алматы қ., Медеу ауданы, Достық даңғ., 180 үй, 12 кеңсе",
     "область Жетісу, Алакольский район, Жунгарские ворота, 9 км северо-западнее ст. Достык",
     "Жетісу облысы, Алакөл ауданы, Жетісу қақпасы, Достық бекетінен солтүстік-батысқа қарай 9 км", "3320", 45.31, 82.38, 20, "5,0",
     "ст. Достык", "Достық бекеті", "ПС 220 кВ «Достык»", "«Достық» 220 кВ ҚС"),
    ("Ветровая электростанция «Шелек» мощностью {mw} МВт", "Қуаты {mw} МВт «Шелек» жел электр станциясы",
     "ТОО «Шелек Жел Энергиясы»", "«Шелек Жел Энергиясы» ЖШС",
     "г. Алматы, Бостандыкский район, ул. Тимирязева, д. 42, к. 15", "Алматы қ., Бостандық ауданы, Тимирязев к., 42 үй, 15 к.",
     "Алматинская область, Енбекшиказахский район, Шелекский коридор, 11 км юго-восточнее с. Шелек",
     "Алматы облысы, Еңбекшіқазақ ауданы, Шелек дәлізі, Шелек ауылынан оңтүстік-шығысқа қарай 11 км", "1950", 43.55, 78.36, 12, "5,0",
     "с. Шелек", "Шелек а.", "ПС 220 кВ «Шелек»", "«Шелек» 220 кВ ҚС"),
)  # fmt: skip
HEADS = (("Жумабаев Ерлан Сапарович", "Жұмабаев Ерлан Сапарұлы"), ("Ли Вадим Эдуардович", "Ли Вадим Эдуардұлы"),
         ("Касымова Айгерим Нурлановна", "Қасымова Әйгерім Нұрланқызы"))
# (project, owner, place, lat, lon, MWp, MWac, panels, substation, group, head office)
VN_SOLAR = (
    ("Nhà máy điện mặt trời Phước Hữu 2", "Công ty Cổ phần Năng lượng Phước Hữu Xanh", "xã Phước Hữu, huyện Ninh Phước, tỉnh Ninh Thuận",
     11.56, 108.93, 50, 40, "92.592", "TBA 110 kV Ninh Phước", "II", "đường 16 tháng 4, TP. Phan Rang – Tháp Chàm, tỉnh Ninh Thuận"),
    ("Nhà máy điện mặt trời Hòa Thắng 3", "Công ty TNHH Điện mặt trời Hòa Thắng", "xã Hòa Thắng, huyện Bắc Bình, tỉnh Bình Thuận",
     11.13, 108.45, 100, 80, "185.185", "TBA 220 kV Hòa Thắng", "I", "đường Trần Hưng Đạo, TP. Phan Thiết, tỉnh Bình Thuận"),
    ("Nhà máy điện mặt trời Phước Minh 5", "Công ty Cổ phần Đầu tư Điện mặt trời Thuận Nam", "xã Phước Minh, huyện Thuận Nam, tỉnh Ninh Thuận",
     11.47, 108.87, 75, 60, "138.889", "TBA 220 kV Thuận Nam", "II", "đường Thống Nhất, TP. Phan Rang – Tháp Chàm, tỉnh Ninh Thuận"),
)  # fmt: skip


def facility_hf1(doc: Doc) -> None:
    """An application on intended activity (заявление о намечаемой деятельности) of a wind farm laid out as the form:
    `№ | пункт формы | сведения`, the form's long questions on the left and prose answers on the right — the operator
    with its legal address, BIN and head in one sentence, the place with its KATO and the centre's coordinates in
    degrees, minutes and seconds, technical figures, terms and the category; the turbines' coordinates in a table of
    no role after it (VI: an ĐTM's project sheet of a solar farm, the enterprise number inside the sentence on the
    registration certificate, decimal-comma coordinates in words `vĩ độ Bắc`, VN-2000 corners in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    item = doc.pick(KZ_WIND)
    (o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, s_ru, s_kk, prefix, lat0, lon0, n, unit, v_ru, v_kk, ps_ru, ps_kk) = item
    mw = int(n * 5)
    name = (o_ru, o_kk)[L].format(mw=mw)
    operator = (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.04, 0.04))
    lon, lon_v = _dms(lon0 + r.uniform(-0.04, 0.04))
    head = doc.pick(HEADS)[L]
    phone = f"+7 (7{r.randint(10, 29)}) {r.randint(200, 599)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    dist = num(round(r.uniform(4.5, 9.5), 1), doc.lang)
    area = num(r.randint(90, 160) * 10, doc.lang)
    area2 = num(round(r.uniform(25, 48), 1), doc.lang)
    km = num(round(r.uniform(6, 28), 1), doc.lang)
    gwh = num(int(mw * r.uniform(3.3, 3.9)), doc.lang)
    wind = num(round(r.uniform(7.6, 9.1), 1), doc.lang)
    doc.h(g("Заявление о намечаемой деятельности", "Белгіленіп отырған қызмет туралы өтініш", ""))
    doc.p(g(f"Объект: {name}. Заявление подается для проведения скрининга воздействий намечаемой деятельности в соответствии "
            "со статьей 68 Экологического кодекса Республики Казахстан.",
            f"Объект: {name}. Өтініш Қазақстан Республикасы Экология кодексінің 68-бабына сәйкес белгіленіп отырған қызметтің "
            "әсерлеріне скрининг жүргізу үшін беріледі.", ""))
    rows = [g(["№", "Пункт формы", "Сведения"], ["№", "Нысан тармағы", "Мәліметтер"], [])]
    rows.append(["1", g("Сведения об инициаторе намечаемой деятельности: для юридического лица – наименование, адрес места "
                        "нахождения, бизнес-идентификационный номер, данные о первом руководителе, телефон, адрес электронной почты",
                        "Белгіленіп отырған қызметтің бастамашысы туралы мәліметтер: заңды тұлға үшін – атауы, орналасқан жерінің "
                        "мекенжайы, бизнес-сәйкестендіру нөмірі, бірінші басшысы туралы деректер, телефоны, электрондық поштасының мекенжайы", ""),
                 g(f"{operator}, {a_ru}; БИН {bin_}; первый руководитель – генеральный директор {head}; тел. {phone}, "
                   f"e-mail: office@{doc.pick(('wind', 'greenpower', 'renew'))}.kz",
                   f"{operator}, {a_kk}; БСН {bin_}; бірінші басшысы – бас директор {head}; тел. {phone}, "
                   f"e-mail: office@{doc.pick(('wind', 'greenpower', 'renew'))}.kz", "")])
    rows.append(["2", g("Общее описание видов намечаемой деятельности и их классификация согласно приложению 1 Кодекса",
                        "Белгіленіп отырған қызмет түрлерінің жалпы сипаттамасы және олардың Кодекстің 1-қосымшасына сәйкес жіктелуі", ""),
                 g(f"Строительство и эксплуатация ветровой электростанции установленной мощностью {mw} МВт с повышающей "
                   "подстанцией и линией выдачи мощности. Деятельность входит в перечень видов, для которых проведение "
                   "скрининга воздействий является обязательным (раздел 2 приложения 1 Кодекса).",
                   f"Белгіленген қуаты {mw} МВт жел электр станциясын арттырушы қосалқы станциясымен және қуат беру желісімен салу "
                   "және пайдалану. Қызмет әсерлерге скрининг жүргізу міндетті болып табылатын түрлер тізбесіне кіреді (Кодекстің "
                   "1-қосымшасының 2-бөлімі).", "")])
    rows.append(["3", g("Сведения о предполагаемом месте осуществления намечаемой деятельности, обоснование выбора места и "
                        "возможностях выбора других мест",
                        "Белгіленіп отырған қызметті жүзеге асырудың болжамды орны туралы мәліметтер, орынды таңдаудың негіздемесі "
                        "және басқа орындарды таңдау мүмкіндіктері", ""),
                 g(f"{s_ru} (код КАТО {kato}). Географические координаты центра участка: {lat} с.ш., {lon} в.д. Площадь "
                   f"земельного участка на период строительства – {area} га, на период эксплуатации – {area2} га. Ближайший "
                   f"населенный пункт – {v_ru} ({dist} км). Место выбрано по результатам годовых ветроизмерений "
                   f"(среднегодовая скорость ветра на высоте 100 м – {wind} м/с); другие места не рассматривались.",
                   f"{s_kk} (ҚАТО коды {kato}). Учаске орталығының географиялық координаттары: с.е. {lat}, ш.б. {lon}. Жер "
                   f"учаскесінің ауданы құрылыс кезеңінде – {area} га, пайдалану кезеңінде – {area2} га. Ең жақын елді мекен – "
                   f"{v_kk} ({dist} км). Орын жылдық жел өлшеу нәтижелері бойынша таңдалды (100 м биіктіктегі желдің орташа "
                   f"жылдық жылдамдығы – {wind} м/с); басқа орындар қарастырылған жоқ.", "")])
    rows.append(["4", g("Общие предполагаемые технические характеристики намечаемой деятельности, включая мощность "
                        "(производительность) объекта, его предполагаемые размеры, характеристику продукции",
                        "Белгіленіп отырған қызметтің жалпы болжамды техникалық сипаттамалары, оның ішінде объектінің қуаты "
                        "(өнімділігі), болжамды өлшемдері, өнімнің сипаттамасы", ""),
                 g(f"{n} ветроэнергетических установок (ВЭУ) единичной мощностью {unit} МВт, высота башни 120 м, диаметр ротора "
                   f"171 м; подстанция 35/220 кВ; ВЛ 220 кВ протяженностью {km} км до {ps_ru}. Годовая выработка – {gwh} млн кВт·ч.",
                   f"Бірлік қуаты {unit} МВт {n} жел энергетикалық қондырғысы (ЖЭҚ), мұнара биіктігі 120 м, ротор диаметрі 171 м; "
                   f"35/220 кВ қосалқы станция; {ps_kk} дейін ұзындығы {km} км 220 кВ ӘЖ. Жылдық өндіру – {gwh} млн кВт·сағ.", "")])
    rows.append(["5", g("Предположительные сроки начала реализации намечаемой деятельности и ее завершения",
                        "Белгіленіп отырған қызметті іске асыруды бастаудың және оны аяқтаудың болжамды мерзімдері", ""),
                 g("Строительство – II квартал 2026 г. – IV квартал 2027 г.; срок эксплуатации – 25 лет.",
                   "Құрылыс – 2026 ж. II тоқсаны – 2027 ж. IV тоқсаны; пайдалану мерзімі – 25 жыл.", "")])
    rows.append(["6", g("Описание видов ресурсов, необходимых для осуществления намечаемой деятельности",
                        "Белгіленіп отырған қызметті жүзеге асыру үшін қажетті ресурстар түрлерінің сипаттамасы", ""),
                 g(f"Вода на период строительства – {num(r.randint(60, 140) * 100, 'ru')} м3 (привозная); бетон для фундаментов – "
                   f"{num(n * 650, 'ru')} м3; изъятие природных ресурсов не предусматривается.",
                   f"Құрылыс кезеңіндегі су – {num(r.randint(60, 140) * 100, 'kk')} м3 (тасымалданатын); іргетастарға арналған бетон – "
                   f"{num(n * 650, 'kk')} м3; табиғи ресурстарды алып қою көзделмейді.", "")])
    rows.append(["7", g("Предполагаемая категория объекта согласно приложению 2 Кодекса",
                        "Кодекстің 2-қосымшасына сәйкес объектінің болжамды санаты", ""),
                 g("Объект относится ко II категории (раздел 2 приложения 2 к Экологическому кодексу Республики Казахстан).",
                   "Объект II санатқа жатады (Қазақстан Республикасы Экология кодексінің 2-қосымшасының 2-бөлімі).", "")])
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p(g("Координаты размещения ВЭУ (выборка; полный перечень – в приложении 3):",
            "ЖЭҚ орналасу координаттары (іріктеме; толық тізбе – 3-қосымшада):", ""))
    trows = [g(["№ ВЭУ", "Широта, град.", "Долгота, град.", "Отметка земли, м"], ["ЖЭҚ №", "Ендік, град.", "Бойлық, град.", "Жер белгісі, м"], [])]
    for k in range(1, r.randint(6, 9)):
        trows.append([f"WTG-{k:02d}", num(round(lat_v + r.uniform(-0.03, 0.03), 5), doc.lang), num(round(lon_v + r.uniform(-0.04, 0.04), 5), doc.lang),
                      num(r.randint(380, 720), doc.lang)])
    doc.table(g("Таблица П3.1 – Координаты ВЭУ (WGS-84)", "П3.1-кесте – ЖЭҚ координаттары (WGS-84)", ""), trows, role="other")


def _facility_hf1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, mwp, mwac, panels, sub, group, office = doc.pick(VN_SOLAR)
    msdn = make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.02, 0.02))
    lon, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02))
    area = num(round(mwp * r.uniform(1.15, 1.3), 1), "vi")
    rep = doc.pick(("Ông Nguyễn Thành Trung", "Ông Lê Quốc Bảo", "Bà Trần Thị Ngọc Ánh"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN {name.upper()}")
    doc.h("Chương 1. THÔNG TIN VỀ DỰ ÁN")
    doc.p("Bảng 1.1 tóm tắt các thông tin chính của dự án theo nội dung yêu cầu của mẫu báo cáo ĐTM (Phụ lục II Thông tư số "
          "02/2022/TT-BTNMT).")
    day, month = r.randint(1, 28), r.randint(1, 12)
    rows = [["TT", "Nội dung theo mẫu", "Thông tin của dự án"],
            ["1", "Tên dự án", f"Dự án {name}"],
            ["2", "Chủ dự án: tên, địa chỉ liên hệ, người đại diện theo pháp luật, mã số doanh nghiệp, điện thoại",
             f"{owner}; địa chỉ: {doc.pick(('Số 18', 'Số 206', 'Số 45'))} {office}; người đại "
             f"diện: {rep} – Tổng Giám đốc; Giấy chứng nhận đăng ký doanh nghiệp mã số {msdn} do Sở Kế hoạch và Đầu tư cấp "
             f"lần đầu ngày {day:02d}/{month:02d}/2019; điện thoại: 0259 {r.randint(3800000, 3899999)}."],
            ["3", "Địa điểm thực hiện dự án",
             f"{place}. Tọa độ trung tâm khu đất (hệ WGS-84): {lat} vĩ độ Bắc, {lon} kinh độ Đông. Tổng diện tích sử dụng đất "
             f"khoảng {area} ha (đất trồng cây hằng năm và đất bằng chưa sử dụng)."],
            ["4", "Quy mô, công suất",
             f"Công suất lắp đặt {mwp} MWp ({mwac} MWac); {panels} tấm pin quang điện 540 Wp; {mwac // 2} trạm inverter; trạm biến "
             f"áp nâng áp 22/110 kV; đường dây 110 kV dài {num(round(r.uniform(2, 9), 1), 'vi')} km đấu nối vào {sub}."],
            ["5", "Tiến độ thực hiện", "Thi công xây dựng: Quý II/2026 – Quý I/2027; vận hành thương mại: Quý II/2027; thời gian "
                                      "hoạt động 20 năm."],
            ["6", "Tổng vốn đầu tư", f"{num(mwp * r.randint(17, 21), 'vi')} tỷ đồng"],
            ["7", "Phân loại dự án theo tiêu chí về môi trường",
             f"Dự án đầu tư nhóm {group} theo quy định tại Phụ lục {'III' if group == 'I' else 'IV'} ban hành kèm theo Nghị định "
             "số 08/2022/NĐ-CP."]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung về dự án", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat_v, "lon": lon_v})
    x0, y0 = 1_270_000 + r.randint(0, 9000), 560_000 + r.randint(0, 9000)
    crows = [["Điểm", "X (m)", "Y (m)"]]
    for k in range(1, 7):
        crows.append([f"M{k}", num(round(x0 + r.uniform(-900, 900), 2), "vi"), num(round(y0 + r.uniform(-900, 900), 2), "vi")])
    doc.table("Bảng 1.2. Tọa độ các điểm góc ranh giới khu đất (hệ VN-2000, kinh tuyến trục 108°15′, múi chiếu 3°)", crows, role="other")


# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, KATO prefix, lat, lon,
#  RU river, KK river, RU power, KK power, structures class, НПУ, УМО, volume, area, category, year)
KZ_HYDRO = (
    ("Малая ГЭС «Ақсу-2»", "«Ақсу-2» шағын СЭС", "ТОО «Ақсу Гидро Энерджи»", "«Ақсу Гидро Энерджи» ЖШС",
     "область Жетісу, г. Талдыкорган, ул. Кабанбай батыра, 118", "Жетісу облысы, Талдықорған қ., Қабанбай батыр к., 118",
     "область Жетісу, Аксуский район, р. Аксу, 12 км выше с. Жансугуров", "Жетісу облысы, Ақсу ауданы, Ақсу өз., Жансүгіров а. 12 км жоғары",
     "3330", 45.37, 79.52, "р. Аксу", "Ақсу өзені", "2 × 7,5 МВт", "2 × 7,5 МВт", "III", "1 042,0", "1 036,5", "4,8", "0,62", "II", 2019),
    ("ГЭС «Шарын-2»", "«Шарын-2» СЭС", "АО «Шарын Гидро»", "«Шарын Гидро» АҚ",
     "г. Алматы, Алмалинский район, ул. Толе би, 101, блок Б", "Алматы қ., Алмалы ауданы, Төле би к., 101, Б блогы",
     "Алматинская область, Уйгурский район, р. Чарын, урочище Бестамак", "Алматы облысы, Ұйғыр ауданы, Шарын өзені, Бестамақ шатқалы",
     "1960", 43.41, 79.16, "р. Чарын", "Шарын өзені", "3 × 40 МВт", "3 × 40 МВт", "II", "1 312,0", "1 285,0", "214,6", "11,8", "I", 2024),
    ("ГЭС «Тентек»", "«Тентек» СЭС", "ТОО «Тентек Энерго»", "«Тентек Энерго» ЖШС",
     "г. Алматы, Бостандыкский район, пр. Аль-Фараби, 77/8, офис 41", "Алматы қ., Бостандық ауданы, Әл-Фараби даңғ., 77/8, 41 кеңсе",
     "область Жетісу, Алакольский район, р. Тентек, 8 км выше с. Кайнар", "Жетісу облысы, Алакөл ауданы, Тентек өз., Қайнар а. 8 км жоғары",
     "3320", 45.93, 81.05, "р. Тентек", "Тентек өзені", "2 × 12,5 МВт", "2 × 12,5 МВт", "III", "826,5", "818,0", "9,3", "1,4", "II", 2021),
)  # fmt: skip
VN_HYDRO = (
    ("Nhà máy thủy điện Nậm Pạc 2", "Công ty Cổ phần Thủy điện Nậm Pạc", "xã Phúc Khoa, huyện Tân Uyên, tỉnh Lai Châu", 22.12, 103.78,
     "suối Nậm Pạc", "2 × 9 MW", "III", "512,0", "498,0", "3,26", "0,21", "II"),
    ("Nhà máy thủy điện Đắk Glei 3", "Công ty Cổ phần Năng lượng Đắk Glei", "xã Đắk Choong, huyện Đắk Glei, tỉnh Kon Tum", 15.12, 107.73,
     "sông Đắk Mi", "2 × 21 MW", "II", "735,0", "721,5", "18,4", "1,06", "II"),
    ("Nhà máy thủy điện Sông Bung 7", "Công ty Cổ phần Thủy điện Sông Bung Xanh", "xã Tà Bhing, huyện Nam Giang, tỉnh Quảng Nam", 15.74,
     107.61, "sông Bung", "3 × 32 MW", "II", "224,0", "212,0", "96,5", "5,3", "I"),
)  # fmt: skip


def facility_hf2(doc: Doc) -> None:
    """The general part of a declaration of the safety of a hydropower plant's hydraulic structures: `раздел | показатель
    | сведения`, Roman sections merged down the first column over lettered items, the owner with its BIN, the structures
    with their place and KATO, the dam axis in degrees, minutes and seconds, the class of the structures (II or III)
    beside the reservoir's levels and volume, and the category of the object under the Code in the last section (VI:
    the information sheet of a dam and reservoir, `Cấp công trình` beside `Nhóm` of the environmental criteria)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    item = doc.pick(KZ_HYDRO)
    (o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, p_ru, p_kk, prefix, lat0, lon0, rv_ru, rv_kk, pw_ru, pw_kk, cls, npu, umo, vol, area,
     cat, year) = item
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.02, 0.02))
    lon, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02))
    head = doc.pick(HEADS)[L]
    doc.h(g(f"Декларация безопасности гидротехнических сооружений. {name}", f"Гидротехникалық құрылыстардың қауіпсіздік декларациясы. {name}", ""))
    doc.p(g("Декларация разработана в соответствии с Водным кодексом Республики Казахстан и Правилами декларирования безопасности "
            "гидротехнических сооружений. Раздел 1. Общие сведения.",
            "Декларация Қазақстан Республикасының Су кодексіне және Гидротехникалық құрылыстардың қауіпсіздігін декларациялау "
            "қағидаларына сәйкес әзірленді. 1-бөлім. Жалпы мәліметтер.", ""))
    sections = [
        (g("I. Собственник (эксплуатирующая организация)", "I. Меншік иесі (пайдаланушы ұйым)", ""), [
            (g("а) наименование", "а) атауы", ""), operator),
            (g("б) бизнес-идентификационный номер", "ә) бизнес-сәйкестендіру нөмірі", ""), bin_),
            (g("в) юридический адрес", "б) заңды мекенжайы", ""), (a_ru, a_kk)[L]),
            (g("г) руководитель", "в) басшысы", ""), g(f"генеральный директор {head}", f"бас директор {head}", ""))]),
        (g("II. Гидротехнические сооружения", "II. Гидротехникалық құрылыстар", ""), [
            (g("а) наименование объекта", "а) объектінің атауы", ""),
             g(f"{name} (плотина, водосброс, водоприемник, здание ГЭС)", f"{name} (бөгет, су тастағыш, су қабылдағыш, СЭС ғимараты)", "")),
            (g("б) местоположение", "ә) орналасқан жері", ""), g(f"{p_ru}; код КАТО {kato}", f"{p_kk}; ҚАТО коды {kato}", "")),
            (g("в) координаты створа плотины", "б) бөгет тұстамасының координаттары", ""),
             g(f"{lat} с.ш., {lon} в.д.", f"с.е. {lat}, ш.б. {lon}", "")),
            (g("г) класс гидротехнических сооружений", "в) гидротехникалық құрылыстардың сыныбы", ""), cls),
            (g("д) установленная мощность ГЭС", "г) СЭС-тің белгіленген қуаты", ""), (pw_ru, pw_kk)[L]),
            (g("е) год ввода в эксплуатацию", "ғ) пайдалануға берілген жылы", ""), str(year))]),
        (g("III. Водохранилище", "III. Су қоймасы", ""), [
            (g("а) водоток", "а) су ағыны", ""), (rv_ru, rv_kk)[L]),
            (g("б) нормальный подпорный уровень (НПУ), м БС", "ә) қалыпты тірелу деңгейі (ҚТД), м БЖ", ""), npu),
            (g("в) уровень мертвого объема (УМО), м БС", "б) өлі көлем деңгейі (ӨКД), м БЖ", ""), umo),
            (g("г) полный объем, млн м3", "в) толық көлемі, млн м3", ""), vol),
            (g("д) площадь зеркала при НПУ, км2", "г) ҚТД кезіндегі айна ауданы, км2", ""), area)]),
        (g("IV. Сведения экологического характера", "IV. Экологиялық сипаттағы мәліметтер", ""), [
            (g("а) категория объекта (статья 12 Экологического кодекса)", "а) объектінің санаты (Экология кодексінің 12-бабы)", ""), cat),
            (g("б) минимальный санитарный попуск в нижний бьеф, м3/с", "ә) төменгі бьефке ең аз санитариялық жіберу, м3/с", ""),
             num(round(r.uniform(1.2, 9.5), 1), doc.lang)),
            (g("в) рыбозащитное сооружение", "б) балық қорғау құрылысы", ""),
             g("сетчатый экран на водоприемнике", "су қабылдағыштағы торлы экран", ""))]),
    ]
    rows = [g(["Раздел", "Показатель", "Сведения"], ["Бөлім", "Көрсеткіш", "Мәліметтер"], [])]
    merges = []
    for title, items in sections:
        start = len(rows)
        for j, (label, value) in enumerate(items):
            rows.append([title if j == 0 else None, label, value])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1.1 – Общие сведения о гидротехнических сооружениях", "1.1-кесте – Гидротехникалық құрылыстар туралы жалпы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.p(g(f"Класс сооружений {cls} установлен по СП РК «Гидротехнические сооружения. Основные положения» по высоте плотины и "
            "последствиям возможной аварии.",
            f"Құрылыстардың {cls} сыныбы бөгеттің биіктігі және ықтимал апаттың салдары бойынша «Гидротехникалық құрылыстар. Негізгі "
            "ережелер» ҚР ЕЖ бойынша белгіленді.", ""))


def _facility_hf2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, river, power, cls, mndbt, mnc, vol, area, group = doc.pick(VN_HYDRO)
    msdn = make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.02, 0.02))
    lon, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02))
    doc.h(f"PHƯƠNG ÁN BẢO VỆ ĐẬP, HỒ CHỨA NƯỚC – {name.upper()}")
    doc.h("Phần I. THÔNG TIN CHUNG VỀ ĐẬP, HỒ CHỨA")
    sections = [
        ("I. Chủ sở hữu, tổ chức quản lý vận hành", [
            ("a) Tên tổ chức", owner),
            ("b) Mã số doanh nghiệp", msdn),
            ("c) Địa chỉ trụ sở", f"{doc.pick(('Số 25', 'Số 7', 'Tổ 3'))}, {place.split(', ', 1)[1]}"),
            ("d) Người đại diện", f"{doc.pick(('Ông Hoàng Văn Thắng', 'Ông Đỗ Minh Tuấn', 'Ông Vũ Đức Long'))} – Giám đốc")]),
        ("II. Công trình", [
            ("a) Tên công trình", name),
            ("b) Địa điểm xây dựng", f"{river}, {place}"),
            ("c) Tọa độ tuyến đập (WGS-84)", f"{lat} vĩ độ Bắc; {lon} kinh độ Đông"),
            ("d) Cấp công trình (QCVN 04-05:2022/BNNPTNT)", f"Cấp {cls}"),
            ("đ) Công suất lắp máy", power)]),
        ("III. Hồ chứa", [
            ("a) Mực nước dâng bình thường (MNDBT), m", mndbt),
            ("b) Mực nước chết (MNC), m", mnc),
            ("c) Dung tích toàn bộ, triệu m3", vol),
            ("d) Diện tích mặt hồ ứng với MNDBT, km2", area)]),
        ("IV. Thông tin về môi trường", [
            ("a) Nhóm dự án theo tiêu chí về môi trường", f"Nhóm {group} (Nghị định số 08/2022/NĐ-CP)"),
            ("b) Dòng chảy tối thiểu xả về hạ du, m3/s", num(round(r.uniform(0.4, 3.5), 2), "vi")),
            ("c) Giấy phép môi trường", f"Số {r.randint(10, 420)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024")]),
    ]
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges = []
    for title, items in sections:
        start = len(rows)
        for j, (label, value) in enumerate(items):
            rows.append([title if j == 0 else None, label, value])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 1. Thông tin chung về đập, hồ chứa", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat_v, "lon": lon_v})
    doc.p(f"Ghi chú: cấp công trình (cấp {cls}) xác định theo chiều cao đập và dung tích hồ chứa; phân loại nhóm theo tiêu chí về "
          "môi trường ghi tại mục IV.")


# ---------------------------------------------------------------- emissions

# (number, RU work, KK work, per turbine?, codes)
WF_WORKS = (
    ("6001", "Разработка грунта в котлованах фундаментов ВЭУ (экскаваторы)", "ЖЭҚ іргетастарының қазаншұңқырларында топырақ қазу (экскаваторлар)",
     True, ("2908",)),
    ("6002", "Обратная засыпка пазух фундаментов и планировка монтажных площадок", "Іргетас қуыстарын кері толтыру және монтаж алаңдарын тегістеу",
     True, ("2908",)),
    ("6003", "Работа двигателей строительной техники и автокранов", "Құрылыс техникасы мен автокрандар қозғалтқыштарының жұмысы", True,
     ("0301", "0304", "0328", "0330", "0337", "2754")),
    ("6004", "Сварка анкерных корзин и закладных деталей", "Анкерлік себеттер мен ендірме бөлшектерді дәнекерлеу", True, ("0123", "0143")),
    ("6005", "Антикоррозийная окраска фланцевых соединений башен", "Мұнаралардың фланецтік қосылыстарын коррозияға қарсы бояу", True,
     ("0616", "0621")),
    ("6006", "Растворобетонный узел (приготовление бетона)", "Ерітінді-бетон торабы (бетон дайындау)", False, ("2908",)),
    ("6007", "Топливозаправщик (заправка техники дизельным топливом)", "Жанармай құйғыш (техникаға дизель отынын құю)", False, ("0333", "2754")),
    ("0001", "Дизельная электростанция строительного городка", "Құрылыс қалашығының дизель электр станциясы", False,
     ("0301", "0304", "0328", "0330", "0337", "0703", "1325", "2754")),
)  # fmt: skip
# code: ((g/s), (t per turbine), (t for the site))
WF_RATES = {
    "2908": ((0.05, 0.9), (0.02, 0.25), (0.3, 2.5)), "0301": ((0.02, 0.25), (0.01, 0.08), (0.4, 3.5)),
    "0304": ((0.003, 0.04), (0.002, 0.012), (0.06, 0.55)), "0328": ((0.003, 0.03), (0.001, 0.008), (0.04, 0.3)),
    "0330": ((0.004, 0.04), (0.001, 0.01), (0.05, 0.45)), "0337": ((0.03, 0.4), (0.01, 0.1), (0.3, 3.0)),
    "2754": ((0.01, 0.09), (0.003, 0.03), (0.1, 0.9)), "0123": ((0.002, 0.012), (0.0004, 0.003), (0.01, 0.08)),
    "0143": ((0.0002, 0.0012), (0.00004, 0.0003), (0.001, 0.008)), "0616": ((0.02, 0.12), (0.002, 0.02), (0.05, 0.4)),
    "0621": ((0.01, 0.06), (0.001, 0.01), (0.03, 0.2)), "0333": ((0.00002, 0.00009), None, (0.00005, 0.0004)),
    "0703": ((0.0000001, 0.0000005), None, (0.000001, 0.000006)), "1325": ((0.001, 0.006), None, (0.005, 0.05)),
}


def emissions_hf1(doc: Doc) -> None:
    """A wind farm's ОВОС: emissions of the construction period where the gross emission of the works repeated at each
    turbine is given per turbine foundation and for all turbines (`на 1 ВЭУ, т | всего за период строительства, т`
    under a merged `Валовый выброс`), the site-wide sources (the concrete plant, the fuel truck, the camp's diesel
    station) with a dash per turbine, the source merged down over its substances, a hazard-class column, g/s before the
    tonnes, a total row (VI: a nearshore wind farm's construction fleet, kilograms per turbine beside tonnes for the
    stage, named sources)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    n = r.choice((12, 20, 24, 30))
    place = doc.pick((("Ерейментау-2", "Акмолинская область"), ("Жетісу қақпасы", "область Жетісу"), ("Шелек", "Алматинская область")))
    doc.h(g(f"Отчет о возможных воздействиях. ВЭС «{place[0]}» мощностью {n * 5} МВт. Раздел 4. Атмосферный воздух",
            f"Ықтимал әсерлер туралы есеп. Қуаты {n * 5} МВт «{place[0]}» ЖЭС. 4-бөлім. Атмосфералық ауа", ""))
    doc.p(g(f"В период строительства на площадке одновременно ведутся работы на одной ВЭУ; максимальные разовые выбросы (г/с) "
            f"приняты для этого случая. Валовые выбросы работ, повторяющихся на каждой из {n} ВЭУ, рассчитаны на один фундамент "
            "и умножены на число ВЭУ. Продолжительность строительства – 16 месяцев.",
            f"Құрылыс кезеңінде алаңда бір мезгілде бір ЖЭҚ-да жұмыс жүргізіледі; ең жоғары бір реттік шығарындылар (г/с) осы жағдай "
            f"үшін қабылданды. {n} ЖЭҚ-тың әрқайсысында қайталанатын жұмыстардың жалпы шығарындылары бір іргетасқа есептелді және "
            "ЖЭҚ санына көбейтілді. Құрылыс ұзақтығы – 16 ай.", ""))
    head0 = g(["№ ИЗА", "Источник выделения (вид работ)", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
               "Максимальный разовый выброс, г/с", "Валовый выброс", None],
              ["ЛШК №", "Бөліну көзі (жұмыс түрі)", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
               "Ең жоғары бір реттік шығарынды, г/с", "Жалпы шығарынды", None], [])
    head1 = g([None] * 6 + ["на 1 ВЭУ, т", "всего за период строительства, т"],
              [None] * 6 + ["1 ЖЭҚ-ға, т", "құрылыс кезеңіне барлығы, т"], [])
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    works = [w for w in WF_WORKS if w[0] in ("6001", "6003", "6004", "0001") or r.random() < 0.7]
    all_g, all_t = [], []
    for number, w_ru, w_kk, per_wtg, codes in works:
        start = len(rows)
        for j, c in enumerate(codes):
            (glo, ghi), per_r, site_r = WF_RATES[c]
            gs = rate(r, glo, ghi, 3)
            if per_wtg:
                per = rate(r, *per_r, 3)
                t = _mul(per, n)
                per_cell = num(per, doc.lang)
            else:
                t = rate(r, *site_r, 3)
                per_cell = "–"
            hz = vocab.hazard(c)
            rows.append([number if j == 0 else None, (w_ru, w_kk)[L] if j == 0 else None, c, vocab.air(c, doc.lang),
                         str(hz) if hz else "–", num(gs, doc.lang), per_cell, num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number, hz, "construction"))
            all_g.append(gs)
            all_t.append(t)
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append([g("Итого:", "Барлығы:", ""), None, None, None, None, total(doc, all_g), "", total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 4.3 – Выбросы загрязняющих веществ в период строительства ВЭС",
                "4.3-кесте – ЖЭС құрылысы кезеңіндегі ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": w[0], "type": "unorganized" if w[0].startswith("6") else "organized"} for w in works))
    doc.p(g("Примечание: в период эксплуатации ВЭС стационарные источники выбросов отсутствуют (кроме резервной ДГУ подстанции, "
            "см. раздел 4.5).",
            "Ескертпе: ЖЭС пайдалану кезеңінде шығарындылардың стационарлық көздері жоқ (қосалқы станцияның резервтік ДГҚ-ын "
            "қоспағанда, 4.5-бөлімді қараңыз).", ""))
    maybe_distractor(doc)


# (VI activity, per turbine?, codes)
VN_FLEET = (
    ("Đóng cọc ống thép móng trụ tuabin (sà lan, búa rung thủy lực)", True, ("2902", "0330", "0301", "0337")),
    ("Lắp dựng tháp, nacelle và cánh tuabin (tàu cẩu tự nâng)", True, ("0330", "0301", "0337")),
    ("Hàn nối chân đế và sàn công tác", True, ("0123", "0143")),
    ("Vận chuyển vật liệu, thiết bị bằng sà lan và tàu kéo", False, ("2902", "0330", "0301", "0337")),
    ("Máy phát điện trên sà lan công trình", False, ("2902", "0330", "0301", "0337")),
)
# code: ((g/s), (kg per turbine), (tonnes for the stage))
VN_FLEET_RATES = {
    "2902": ((0.02, 0.3), (5, 60), (0.2, 2.5)), "0330": ((0.01, 0.2), (2, 25), (0.1, 1.8)), "0301": ((0.1, 1.2), (20, 180), (0.8, 9)),
    "0337": ((0.05, 0.6), (10, 90), (0.4, 5)), "0123": ((0.002, 0.015), (0.4, 3), None), "0143": ((0.0002, 0.0015), (0.04, 0.3), None),
}


def _emissions_hf1_vi(doc: Doc) -> None:
    r = doc.rng
    n = r.choice((16, 18, 22))
    site = doc.pick(("Nhà máy điện gió ngoài khơi ven bờ Hòa Bình 5 – giai đoạn 2, tỉnh Bạc Liêu",
                     "Nhà máy điện gió Vĩnh Châu 6, thị xã Vĩnh Châu, tỉnh Sóc Trăng",
                     "Nhà máy điện gió Thạnh Hải 4, huyện Thạnh Phú, tỉnh Bến Tre"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {site.upper()}")
    doc.h("3.1.1.3. Tác động do khí thải trong giai đoạn thi công xây dựng")
    doc.p(f"Dự án gồm {n} trụ tuabin đặt trên bãi bồi ven biển, cách bờ 3–7 km. Tải lượng khí thải của các hoạt động lặp lại tại "
          "mỗi trụ được tính cho 01 trụ rồi nhân với số trụ; tải lượng tối đa (g/s) tính cho trường hợp thi công đồng thời một trụ.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Tải lượng tối đa (g/s)", "Tải lượng phát thải", None],
            [None, None, None, None, "Trên 01 trụ tuabin (kg)", "Cả giai đoạn thi công (tấn)"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    for k, (name, per_wtg, codes) in enumerate(VN_FLEET, 1):
        start = len(rows)
        for j, c in enumerate(codes):
            (glo, ghi), per_r, site_r = VN_FLEET_RATES[c]
            gs = rate(r, glo, ghi, 3)
            if per_wtg:
                per = rate(r, *per_r, 3)
                t = float(Decimal(repr(per)) * n / 1000)
                per_cell = num(per, "vi")
            else:
                t = rate(r, *site_r, 3)
                per_cell = "-"
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, vocab.air(c, "vi", 1), num(gs, "vi"), per_cell,
                         num(t, "vi")])
            doc.add("emissions", emission(c, gs, t, None, None, "construction"))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.9. Tải lượng khí thải từ phương tiện, thiết bị thi công trên biển", rows, merges, role="emissions")
    doc.p("Nguồn hệ số phát thải: AP-42 (US EPA) và WHO (1993) đối với động cơ diesel; hàm lượng lưu huỳnh trong dầu DO 0,05%.")
    maybe_distractor(doc)


# code: (low, high) mg/Nm3 at a gas engine's stack
GPES_CONC = {"0301": (140, 190), "0304": (22, 31), "0337": (180, 290), "0410": (450, 900), "1325": (9, 18)}
# (code, (g/s)) of the emergency diesel generator
DGU_RATES = (("0301", (0.4, 0.9)), ("0304", (0.05, 0.12)), ("0328", (0.02, 0.06)), ("0330", (0.05, 0.15)), ("0337", (0.3, 0.8)),
             ("0703", (0.0000008, 0.000002)), ("1325", (0.006, 0.015)), ("2754", (0.1, 0.3)))


def emissions_hf2(doc: Doc) -> None:
    """A gas-piston peaking plant's table of emission norms: source, height and diameter, code, name, `г/с | мг/Нм3 |
    т/год`; the first engine's stack with all its substances, each further identical engine on one row whose substance
    cells are merged into `аналогично ИЗА 0001`, then the emergency diesel generator, the fuel tank and the car park, a
    total for the plant that counts every engine (VI: a biomass power plant's ĐTM, the second boiler `tương tự lò hơi số
    1` across its pollutant cells, the operation period in the heading)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    n = r.choice((6, 8))
    mw = n * 10
    city = doc.pick((("Туркестанская область, Сайрамский район", "Түркістан облысы, Сайрам ауданы"),
                     ("Кызылординская область, г. Кызылорда", "Қызылорда облысы, Қызылорда қ."),
                     ("Жамбылская область, Байзакский район", "Жамбыл облысы, Байзақ ауданы")))[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. Газопоршневая электростанция мощностью {mw} МВт ({city})",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. Қуаты {mw} МВт газ-поршеньді электр станциясы ({city})", ""))
    doc.p(g(f"Станция работает в пиковом режиме для регулирования графика нагрузки при выдаче мощности ВЭС и СЭС региона; "
            f"установлено {n} однотипных газопоршневых установок (ГПУ) по 10 МВт, каждая с отдельной дымовой трубой. Топливо – "
            "природный газ; аварийное электроснабжение – дизель-генератор.",
            f"Станция аймақтың ЖЭС және КЭС қуатын беру кезінде жүктеме кестесін реттеу үшін шыңдық режимде жұмыс істейді; әрқайсысы "
            f"10 МВт {n} бірдей газ-поршеньді қондырғы (ГПҚ) орнатылған, әрқайсысының жеке түтін мұржасы бар. Отын – табиғи газ; "
            "апаттық электрмен жабдықтау – дизель-генератор.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Высота, м", "Диаметр устья, м", "Код ЗВ", "Наименование ЗВ", "г/с", "мг/Нм3", "т/год"],
              ["ЛШК №", "Шығарынды көзінің атауы", "Биіктігі, м", "Сағасының диаметрі, м", "ЛЗ коды", "ЛЗ атауы", "г/с", "мг/Нм3", "т/жыл"], [])]
    merges = []
    height, diam = num(r.choice((30, 35, 40)), doc.lang), num(r.choice((1.2, 1.4, 1.6)), doc.lang)
    flow = round(r.uniform(8.2, 9.6), 2)
    hours = r.choice((3200, 3800, 4380))
    engine = []
    for c, (lo, hi) in GPES_CONC.items():
        conc = float(r.randint(lo, hi))
        gs = _sig(conc * flow / 1000, 4)
        t = _sig(gs * 3600 * hours / 1e6, 4)
        engine.append((c, conc, gs, t))
    all_g, all_t = [], []
    start = len(rows)
    stack = g("Дымовая труба ГПУ № {k}", "№ {k} ГПҚ түтін мұржасы", "")
    for j, (c, conc, gs, t) in enumerate(engine):
        lead = ["0001", stack.format(k=1), height, diam] if j == 0 else [None] * 4
        rows.append([*lead, c, vocab.air(c, doc.lang), num(gs, doc.lang), num(conc, doc.lang), num(t, doc.lang)])
    merges += [(start, col, len(rows) - 1, col) for col in range(4)]
    same = g("аналогично ИЗА 0001", "0001 ЛШК-ға ұқсас", "")
    for k in range(1, n + 1):
        number = f"{k:04d}"
        if k > 1:
            rows.append([number, stack.format(k=k), height, diam, same, None, None, None, None])
            merges.append((len(rows) - 1, 4, len(rows) - 1, 8))
        for c, _, gs, t in engine:
            doc.add("emissions", emission(c, gs, t, number))
            all_g.append(gs)
            all_t.append(t)
    extra = [
        (f"{n + 1:04d}", g("Аварийный дизель-генератор 1 000 кВт", "1 000 кВт апаттық дизель-генератор", ""), "5", "0,3",
         [(c, rate(r, lo, hi, 3)) for c, (lo, hi) in DGU_RATES], r.choice((50, 72, 100))),
        (f"{n + 2:04d}", g("Резервуар дизельного топлива 50 м3 (дыхательный клапан)", "50 м3 дизель отыны резервуары (тыныс алу клапаны)", ""),
         "3", "0,05", [("0333", rate(r, 0.00001, 0.00005, 3)), ("2754", rate(r, 0.003, 0.012, 3))], 8760),
        ("6001", g("Открытая стоянка автотранспорта", "Автокөліктің ашық тұрағы", ""), "2", "–",
         [(c, rate(r, lo, hi, 3)) for c, (lo, hi) in (("0301", (0.001, 0.006)), ("0330", (0.0002, 0.001)), ("0337", (0.02, 0.09)),
                                                       ("2704", (0.002, 0.01)))], 2920),
    ]
    for number, label, h, d, items, hrs in extra:
        start = len(rows)
        for j, (c, gs) in enumerate(items):
            t = _sig(gs * 3600 * hrs / 1e6, 3)
            lead = [number, label, h, d] if j == 0 else [None] * 4
            rows.append([*lead, c, vocab.air(c, doc.lang), num(gs, doc.lang), "–", num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number))
            all_g.append(gs)
            all_t.append(t)
        merges += [(start, col, len(rows) - 1, col) for col in range(4)]
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, None, None, total(doc, all_g), "",
                 total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g(f"Таблица 3.4 – Нормативы допустимых выбросов на 2026–2035 годы (время работы ГПУ – {num(hours, 'ru')} ч/год)",
                f"3.4-кесте – 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтері (ГПҚ жұмыс уақыты – {num(hours, 'kk')} сағ/жыл)", ""),
              rows, merges, role="emissions")
    numbers = [f"{k:04d}" for k in range(1, n + 3)] + ["6001"]
    doc.add("sources", *({"number": x, "type": "unorganized" if x.startswith("6") else "organized"} for x in numbers))
    doc.p(g(f"ГПУ № 2–{n} однотипны ГПУ № 1 (одинаковые параметры газовоздушной смеси и режим работы), поэтому их выбросы в "
            "таблице не повторяются.",
            f"№ 2–{n} ГПҚ № 1 ГПҚ-мен бірдей (газ-ауа қоспасының параметрлері және жұмыс режимі бірдей), сондықтан олардың "
            "шығарындылары кестеде қайталанбайды.", ""))
    maybe_distractor(doc)


# code: (low, high) mg/Nm3 after the electrostatic precipitator and the VI label
BIO_CONC = {"2902": (40, 120), "0330": (60, 220), "0301": (180, 420), "0337": (150, 600)}
BIO_LABEL = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}


def _emissions_hf2_vi(doc: Doc) -> None:
    r = doc.rng
    fuel, plant = doc.pick((("trấu", "Nhà máy điện sinh khối Hậu Giang Xanh (2 × 20 MW)"),
                            ("bã mía", "Nhà máy điện sinh khối Tân Châu (2 × 25 MW), tỉnh Tây Ninh"),
                            ("dăm gỗ và trấu", "Nhà máy điện sinh khối Cần Đước (2 × 15 MW), tỉnh Long An")))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2.1.1. Tác động do khí thải trong giai đoạn vận hành")
    flow = round(r.uniform(30, 42), 1)
    hours = r.choice((6500, 7000, 7200))
    doc.p(f"Nhà máy có hai lò hơi tầng sôi đốt {fuel} giống nhau, mỗi lò có hệ thống lọc bụi tĩnh điện và ống khói riêng cao 45 m; "
          f"lưu lượng khí thải mỗi lò khoảng {num(flow, 'vi')} Nm3/s, thời gian vận hành {num(hours, 'vi')} giờ/năm.")
    rows = [["TT", "Nguồn thải", "Thông số", "Nồng độ sau xử lý (mg/Nm3)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    boiler = []
    for c, (lo, hi) in BIO_CONC.items():
        conc = float(r.randint(lo, hi))
        gs = _sig(conc * flow / 1000, 3)
        t = _sig(gs * 3600 * hours / 1e6, 3)
        boiler.append((c, conc, gs, t))
    start = len(rows)
    for j, (c, conc, gs, t) in enumerate(boiler):
        rows.append(["1" if j == 0 else None, "Lò hơi số 1 – ống khói K1" if j == 0 else None, BIO_LABEL[c], num(conc, "vi"),
                     num(gs, "vi"), num(t, "vi")])
    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["2", "Lò hơi số 2 – ống khói K2", "Tương tự lò hơi số 1 (cùng công suất, nhiên liệu và hệ thống xử lý)", None, None, None])
    merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
    for _ in range(2):
        for c, _, gs, t in boiler:
            doc.add("emissions", emission(c, gs, t, None, None, "operation"))
    others = [("3", "Máy phát điện dự phòng 1.250 kVA (dầu DO)", [(c, rate(r, lo, hi, 3)) for c, (lo, hi) in
                                                                   (("2902", (0.02, 0.06)), ("0330", (0.01, 0.05)), ("0301", (0.4, 1.1)),
                                                                    ("0337", (0.2, 0.6)))], 100),
              ("4", f"Kho chứa nhiên liệu {fuel} (bốc dỡ, băng tải)", [("2902", rate(r, 0.05, 0.3, 3))], hours)]
    for k, name, items, hrs in others:
        start = len(rows)
        for j, (c, gs) in enumerate(items):
            t = _sig(gs * 3600 * hrs / 1e6, 3)
            rows.append([k if j == 0 else None, name if j == 0 else None, BIO_LABEL[c], "-", num(gs, "vi"), num(t, "vi")])
            doc.add("emissions", emission(c, gs, t, None, None, "operation"))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.21. Nồng độ và tải lượng khí thải của nhà máy", rows, merges, role="emissions")
    doc.p("Ghi chú: “-”: không tính nồng độ (nguồn thải không có ống thải cố định hoặc chỉ hoạt động khi mất điện lưới).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU unit of equipment, KK unit, kind, charge, RU interval, KK interval, replacements a year, density)
WTG_WASTES = (
    ("13 02 08*", "Отработанное трансмиссионное масло мультипликатора", "Мультипликатордың пайдаланылған трансмиссиялық майы",
     "мультипликатор (редуктор) ВЭУ", "ЖЭҚ мультипликаторы (редукторы)", "l", (1100, 1400), "1 раз в 5 лет", "5 жылда 1 рет", 0.2, 0.89),
    ("13 01 10*", "Отработанное гидравлическое масло", "Пайдаланылған гидравликалық май",
     "гидросистема тормоза и поворота лопастей", "тежегіш пен қалақтарды бұру гидрожүйесі", "l", (220, 320), "1 раз в 3 года",
     "3 жылда 1 рет", 1 / 3, 0.87),
    ("12 01 12*", "Отработанные пластичные смазки", "Пайдаланылған пластикалық жағармайлар",
     "подшипники главного вала, поворотные механизмы", "бас біліктің мойынтіректері, бұру механизмдері", "kg", (30, 55),
     "2 раза в год", "жылына 2 рет", 2, None),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері",
     "система фильтрации масла мультипликатора", "мультипликатор майын сүзу жүйесі", "pcs", (4, 8), "1 раз в год", "жылына 1 рет", 1, None),
    ("15 02 02*", "Промасленная ветошь и абсорбенты", "Майланған шүберек және абсорбенттер",
     "техническое обслуживание ВЭУ", "ЖЭҚ-қа техникалық қызмет көрсету", "norm", (0.6, 1.2), "2 ТО в год", "жылына 2 ТҚ", 2, None),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы ИБП", "ҮҚК пайдаланылған қорғасын аккумуляторлары",
     "источник бесперебойного питания контроллера ВЭУ", "ЖЭҚ контроллерінің үздіксіз қоректендіру көзі", "bat", (4, 6),
     "1 раз в 5 лет", "5 жылда 1 рет", 0.2, None),
)  # fmt: skip


def wastes_hf1(doc: Doc) -> None:
    """A wind farm's ПЭК programme, the wastes of the turbines' maintenance worked out row by row: the oil charge of one
    unit in litres (a grease in kilograms, filters and batteries in pieces times a mass, rags by a norm per service), the
    number of turbines, the interval of replacement in words, the density, and the amount in t/year last; the domestic
    waste from a norm per person and the staff; a total (VI: the CTNH of a nearshore wind farm's maintenance, the charge in
    litres with a density in kg per litre, kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    n = r.choice((12, 20, 24, 30))
    doc.h(g(f"Программа производственного экологического контроля ВЭС мощностью {n * 5} МВт. Раздел 6. Управление отходами",
            f"Қуаты {n * 5} МВт ЖЭС өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Қалдықтарды басқару", ""))
    doc.p(g(f"Отходы образуются при плановом техническом обслуживании (ТО) {n} ветроэнергетических установок, которое выполняет "
            "сервисная организация производителя ВЭУ, и в здании эксплуатационного персонала. Объемы рассчитаны по данным "
            "руководства по обслуживанию ВЭУ.",
            f"Қалдықтар {n} жел энергетикалық қондырғысына ЖЭҚ өндірушісінің сервистік ұйымы жүргізетін жоспарлы техникалық қызмет "
            "көрсету (ТҚ) кезінде және пайдалану персоналының ғимаратында түзіледі. Көлемдер ЖЭҚ-қа қызмет көрсету нұсқаулығының "
            "деректері бойынша есептелді.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Место образования", "Заправочный объем (масса) на 1 ед.", "Кол-во ед.",
               "Периодичность замены", "Плотность, т/м3", "Образование, т/год"],
              ["№", "Қалдықтың атауы", "Коды", "Түзілу орны", "1 бірлікке құю көлемі (массасы)", "Бірлік саны",
               "Ауыстыру кезеңділігі", "Тығыздығы, т/м3", "Түзілуі, т/жыл"], [])]
    amounts = []
    picked = [w for w in WTG_WASTES if w[5] in ("l", "norm") or r.random() < 0.75]
    for k, (code, n_ru, n_kk, e_ru, e_kk, kind, (lo, hi), i_ru, i_kk, per_year, dens) in enumerate(picked, 1):
        if kind == "l":
            litres = r.randint(lo // 10, hi // 10) * 10
            charge = g(f"{num(litres, 'ru')} л", f"{num(litres, 'kk')} л", "")
            t = _sig(litres / 1000 * dens * n * per_year, 4)
        elif kind == "kg":
            kg = r.randint(lo, hi)
            charge = f"{kg} " + g("кг", "кг", "")
            t = _sig(kg * n * per_year / 1000, 4)
        elif kind == "pcs":
            pcs, each = r.randint(lo, hi), round(r.uniform(1.5, 3.5), 1)
            charge = g(f"{pcs} шт. × {num(each, 'ru')} кг", f"{pcs} дана × {num(each, 'kk')} кг", "")
            t = _sig(pcs * each * n * per_year / 1000, 4)
        elif kind == "bat":
            pcs, each = r.randint(lo, hi), r.choice((24, 28, 32))
            charge = g(f"{pcs} шт. × {each} кг", f"{pcs} дана × {each} кг", "")
            t = _sig(pcs * each * n * per_year / 1000, 4)
        else:
            kg = round(r.uniform(lo, hi), 1)
            charge = g(f"{num(kg, 'ru')} кг на 1 ТО", f"1 ТҚ-ға {num(kg, 'kk')} кг", "")
            t = _sig(kg * n * per_year / 1000, 4)
        rows.append([str(k), (n_ru, n_kk)[L], code, (e_ru, e_kk)[L], charge, str(n), (i_ru, i_kk)[L],
                     num(dens, doc.lang) if dens else "–", num(t, doc.lang)])
        amounts.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": _words((n_ru, n_kk)[L], 2)})
    staff = r.randint(12, 24)
    t = _sig(0.075 * staff, 4)
    name = g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "")
    rows.append([str(len(picked) + 1), name, "20 03 01", g("здание эксплуатационного персонала", "пайдалану персоналының ғимараты", ""),
                 g("0,075 т на 1 чел. в год", "жылына 1 адамға 0,075 т", ""), g(f"{staff} чел.", f"{staff} адам", ""), "–", "–",
                 num(t, doc.lang)])
    amounts.append(t)
    doc.add("wastes", {"code": "20 03 01", "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": name})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", "", "", total(doc, amounts)])
    doc.table(g("Таблица 6.1 – Расчет объемов образования отходов", "6.1-кесте – Қалдықтардың түзілу көлемдерін есептеу", ""), rows,
              role="wastes")
    doc.p(g("Отработанные масла собираются в герметичные бочки в гондоле ВЭУ, спускаются лебедкой и в течение суток "
            "вывозятся сервисной организацией; накопление на площадке ВЭС не производится.",
            "Пайдаланылған майлар ЖЭҚ гондоласындағы герметикалық бөшкелерге жиналады, шығыржықпен түсіріледі және бір тәулік ішінде "
            "сервистік ұйыммен әкетіледі; ЖЭС алаңында жинақтау жүргізілмейді.", ""))
    maybe_distractor(doc)


# (code, VI name, VI equipment, kind, charge range, interval, replacements a year, density kg/l)
VN_WTG_WASTES = (
    ("17 02 03", "Dầu hộp số, dầu bôi trơn tổng hợp thải", "Hộp số tuabin", "l", (900, 1300), "05 năm/lần", 0.2, 0.89),
    ("16 01 06", "Bóng đèn huỳnh quang thải", "Chiếu sáng tháp và nacelle", "kg", (2, 5), "01 năm/lần", 1, None),
    ("18 02 01", "Giẻ lau, găng tay, vật liệu thấm hút dính dầu", "Bảo dưỡng định kỳ tuabin", "kg", (3, 8), "02 lần/năm", 2, None),
    ("19 06 01", "Ắc quy chì thải (bộ lưu điện UPS)", "Tủ điều khiển tuabin", "kg", (80, 140), "05 năm/lần", 0.2, None),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng phuy đựng dầu)", "Kho vật tư trạm vận hành", "kg", (15, 40), "01 năm/lần", 1, None),
)


def _wastes_hf1_vi(doc: Doc) -> None:
    r = doc.rng
    n = r.choice((16, 18, 22))
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐIỆN GIÓ VĨNH CHÂU 6: PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI")
    doc.p(f"Chất thải nguy hại phát sinh chủ yếu từ hoạt động bảo dưỡng định kỳ {n} tuabin gió; khối lượng được tính theo dung tích "
          "nạp dầu, số lượng thiết bị và chu kỳ thay thế theo khuyến cáo của nhà sản xuất.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Thiết bị phát sinh", "Dung tích/khối lượng trên 01 thiết bị", "Số lượng thiết bị",
             "Chu kỳ thay thế", "Khối lượng riêng (kg/lít)", "Khối lượng (kg/năm)"]]
    for k, (code, name, equip, kind, (lo, hi), interval, per_year, dens) in enumerate(VN_WTG_WASTES, 1):
        if kind == "l":
            litres = r.randint(lo // 10, hi // 10) * 10
            charge = f"{num(litres, 'vi')} lít"
            kg = round(litres * dens * n * per_year)
        else:
            each = r.randint(lo, hi)
            charge = f"{each} kg"
            kg = round(each * n * per_year)
        rows.append([str(k), name, code, equip, charge, str(n), interval, num(dens, "vi") if dens else "-", num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng 3.1. Khối lượng chất thải nguy hại phát sinh thường xuyên", rows, role="wastes")
    doc.p("Chủ dự án ký hợp đồng với đơn vị có giấy phép môi trường về xử lý CTNH để thu gom, vận chuyển bằng tàu về bờ và xử lý.")
    maybe_distractor(doc)


# (code, RU, KK, hazardous properties, (low, high) t/year, RU place, KK place, RU term, KK term)
BESS_HAZ = (
    ("13 03 07*", "Отработанное трансформаторное масло", "Пайдаланылған трансформатор майы", "HP14", (0.4, 2.5),
     "маслосборник ПС", "ҚС май жинағышы", "до 6 мес.", "6 айға дейін"),
    ("16 06 01*", "Отработанные свинцово-кислотные аккумуляторы ОПУ", "ЖБП пайдаланылған қорғасын-қышқыл аккумуляторлары", "HP6, HP8",
     (0.3, 1.2), "аккумуляторная ОПУ", "ЖБП аккумуляторлық бөлмесі", "до 6 мес.", "6 айға дейін"),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынабы бар шамдар", "HP6, HP14", (0.005, 0.03),
     "склад ОПУ, контейнер", "ЖБП қоймасы, контейнер", "до 6 мес.", "6 айға дейін"),
    ("15 02 02*", "Ветошь и абсорбенты, загрязненные маслом", "Маймен ластанған шүберек және абсорбенттер", "HP3, HP14", (0.05, 0.3),
     "площадка накопления отходов", "қалдықтарды жинақтау алаңы", "до 6 мес.", "6 айға дейін"),
    ("16 02 13*", "Вышедшие из строя платы и блоки системы управления батареями (BMS)", "Істен шыққан батареяларды басқару жүйесінің (BMS) платалары мен блоктары",
     "HP14", (0.02, 0.12), "склад ОПУ", "ЖБП қоймасы", "до 6 мес.", "6 айға дейін"),
    ("13 05 07*", "Замасленная вода из маслоуловителя ливневых стоков", "Нөсер ағындарының май ұстағышынан майланған су", "HP14", (1.0, 6.0),
     "маслоуловитель", "май ұстағыш", "до 3 мес.", "3 айға дейін"),
)  # fmt: skip
# (code, RU, KK, (low, high), RU handling, KK handling)
BESS_NON = (
    ("16 06 05", "Отработанные литий-ионные модули системы накопления энергии", "Энергия жинақтау жүйесінің пайдаланылған литий-ионды модульдері",
     (2.0, 9.0), "возврат производителю по гарантийному договору", "кепілдік шарт бойынша өндірушіге қайтару"),
    ("16 02 14", "Вышедшее из строя электрооборудование без опасных компонентов", "Қауіпті компоненттері жоқ істен шыққан электр жабдығы",
     (0.2, 1.0), "передача на переработку", "қайта өңдеуге беру"),
    ("17 04 11", "Обрезки кабеля", "Кабель қиындылары", (0.1, 0.6), "передача на переработку", "қайта өңдеуге беру"),
    ("15 01 01", "Картонная упаковка", "Картон орамасы", (0.2, 0.8), "передача на переработку", "қайта өңдеуге беру"),
    ("20 02 01", "Скошенная трава и растительные остатки с территории", "Аумақтан шабылған шөп және өсімдік қалдықтары", (1.0, 4.0),
     "компостирование на площадке", "алаңда компосттау"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (0.8, 3.0), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_hf2(doc: Doc) -> None:
    """A battery storage site's and substation's ПЭК programme: one table of wastes whose header changes half way — the
    hazardous wastes under `№ | код | наименование | свойства опасности | образование, т/год | место накопления | срок
    накопления` with a subtotal, then a section row and a second header row for the non-hazardous ones, `№ | код |
    наименование | образование, т/год | способ обращения` (the handling merged over the last three columns), so the
    amount moves one column to the left (VI: a biomass plant's permit opening with a section row, CTNH in kilograms a year
    under one header, ordinary wastes without codes in tonnes a year under another)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    mw = r.choice((50, 60, 100))
    doc.h(g(f"Программа производственного экологического контроля. Система накопления электроэнергии {mw} МВт / {mw * 2} МВт·ч и "
            "подстанция 220/35 кВ «Шу»",
            f"Өндірістік экологиялық бақылау бағдарламасы. {mw} МВт / {mw * 2} МВт·сағ электр энергиясын жинақтау жүйесі және "
            "«Шу» 220/35 кВ қосалқы станциясы", ""))
    doc.p(g("Система накопления (СНЭ) состоит из контейнеров с литий-железо-фосфатными батареями, инверторов и повышающих "
            "трансформаторов; отходы образуются при обслуживании и замене оборудования.",
            "Жинақтау жүйесі (ЭЖЖ) литий-темір-фосфат батареялары бар контейнерлерден, инверторлардан және арттырушы "
            "трансформаторлардан тұрады; қалдықтар жабдыққа қызмет көрсету және оны ауыстыру кезінде түзіледі.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Свойства опасности", "Образование, т/год", "Место накопления", "Срок накопления"],
              ["№", "Коды", "Қалдықтың атауы", "Қауіптілік қасиеттері", "Түзілуі, т/жыл", "Жинақтау орны", "Жинақтау мерзімі"], [])]
    merges = []
    _span(rows, merges, g("1. Опасные отходы", "1. Қауіпті қалдықтар", ""), 7)
    haz = [w for w in BESS_HAZ if r.random() < 0.85]
    sub = []
    for k, (code, n_ru, n_kk, hp, (lo, hi), p_ru, p_kk, t_ru, t_kk) in enumerate(haz, 1):
        t = rate(r, lo, hi, 3)
        sub.append(t)
        rows.append([f"1.{k}", code, (n_ru, n_kk)[L], hp, num(t, doc.lang), (p_ru, p_kk)[L], (t_ru, t_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": (n_ru, n_kk)[L]})
    rows.append(["", "", g("Итого опасных", "Қауіптілер барлығы", ""), "", total(doc, sub), "", ""])
    _span(rows, merges, g("2. Неопасные отходы", "2. Қауіпті емес қалдықтар", ""), 7)
    rows.append(g(["№", "Код", "Наименование отхода", "Образование, т/год", "Способ обращения", None, None],
                  ["№", "Коды", "Қалдықтың атауы", "Түзілуі, т/жыл", "Жұмыс істеу тәсілі", None, None], []))
    merges.append((len(rows) - 1, 4, len(rows) - 1, 6))
    sub = []
    non = [w for w in BESS_NON if r.random() < 0.85 or w[0] == "16 06 05"]
    for j, (code, n_ru, n_kk, (lo, hi), h_ru, h_kk) in enumerate(non, 1):
        t = rate(r, lo, hi, 3)
        sub.append(t)
        rows.append([f"2.{j}", code, (n_ru, n_kk)[L], num(t, doc.lang), (h_ru, h_kk)[L], None, None])
        merges.append((len(rows) - 1, 4, len(rows) - 1, 6))
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": (n_ru, n_kk)[L]})
    rows.append(["", "", g("Итого неопасных", "Қауіпті еместер барлығы", ""), total(doc, sub), "", None, None])
    merges.append((len(rows) - 1, 4, len(rows) - 1, 6))
    doc.table(g("Таблица 5.1 – Виды и объемы образования отходов", "5.1-кесте – Қалдықтардың түрлері және түзілу көлемдері", ""), rows,
              merges, role="wastes")
    doc.p(g("HP3 – огнеопасные, HP6 – острая токсичность, HP8 – коррозионные, HP14 – экотоксичные свойства.",
            "HP3 – өрт қауіпті, HP6 – жедел уыттылық, HP8 – коррозиялық, HP14 – экоуытты қасиеттер.", ""))
    maybe_distractor(doc)


# ordinary wastes of a biomass plant: (VI name, (low, high) t/year, handling)
BIO_ORDINARY = (
    ("Tro bay thu hồi từ hệ thống lọc bụi tĩnh điện", (3000, 9000), "Bán cho cơ sở sản xuất gạch không nung, phân bón"),
    ("Xỉ đáy lò hơi", (800, 2500), "Tận dụng san lấp mặt bằng nội bộ, phần còn lại chuyển giao đơn vị có chức năng"),
    ("Bùn thải từ hệ thống xử lý nước thải", (20, 80), "Chuyển giao đơn vị có chức năng thu gom, xử lý"),
    ("Bao bì, pallet gỗ hư hỏng", (5, 20), "Bán phế liệu"),
)


def _wastes_hf2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐIỆN SINH KHỐI HẬU GIANG XANH")
    doc.h("Phụ lục III. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI, PHÒNG NGỪA VÀ ỨNG PHÓ SỰ CỐ MÔI TRƯỜNG")
    doc.p("A. Quản lý chất thải: chủng loại, khối lượng chất thải phát sinh được phép lưu giữ và chuyển giao như sau.")
    rows: list = []
    merges: list = []
    _span(rows, merges, "1. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên", 5)
    rows.append(["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"])
    picks = [c for c in vocab.VN_CTNH if c[0] in ("17 02 03", "18 02 01", "16 01 06", "19 06 01", "18 01 02", "18 01 03")]
    for k, (code, name, state) in enumerate(r.sample(picks, 5), 1):
        kg = r.randint(6, 180) * 5
        rows.append([str(k), name, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    _span(rows, merges, "2. Khối lượng, chủng loại chất thải rắn công nghiệp thông thường", 5)
    rows.append(["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp xử lý", None])
    merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
    for k, (name, (lo, hi), how) in enumerate(BIO_ORDINARY, 1):
        t = float(r.randint(lo // 10, hi // 10) * 10) if lo >= 100 else float(r.randint(lo, hi))
        rows.append([str(k), name, num(t, "vi"), how, None])
        merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
    doc.table("Bảng 1. Chất thải phát sinh", rows, merges, role="wastes")
    doc.p("Chất thải sinh hoạt (khoảng 15 kg/ngày) được thu gom vào thùng chứa có nắp đậy và chuyển giao cho đơn vị dịch vụ công ích địa phương.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (section, RU place, KK place)
RES_POINTS = (
    ("Ств-1", "хвостовая часть водохранилища", "су қоймасының құйрық бөлігі"),
    ("Ств-2", "верхний бьеф, 300 м выше плотины", "жоғарғы бьеф, бөгеттен 300 м жоғары"),
    ("Ств-3", "нижний бьеф, 500 м ниже здания ГЭС", "төменгі бьеф, СЭС ғимаратынан 500 м төмен"),
)
RES_POOL = ("BOD5", "NH4+", "NO2-", "NO3-", "TPH", "Fe", "Cu", "SO4", "Cl-")


def limits_hf1(doc: Doc) -> None:
    """A hydropower plant's report on ПЭК: the reservoir's and the downstream water at three sections, each section a pair
    of sub-columns for the spring and the autumn sampling under its merged name, the parameter, its unit and the fishery
    ПДК before them, temperature and transparency rows without a norm, `< 0,02` where nothing was found (VI: a hydropower
    plant's lake, downstream and bypassed reach in the dry and the rainy season, QCVN 08-MT:2015/BTNMT column B1 last,
    `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(HPP_NAMES[:3])[L]
    seasons = g(("май", "сентябрь"), ("мамыр", "қыркүйек"), ())
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {plant}. Мониторинг поверхностных вод",
            f"{plant}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп. Жерүсті суларының мониторингі", ""))
    doc.p(g("Пробы воды отобраны в период весеннего наполнения и осенней сработки водохранилища. Оценка выполнена по ПДК для "
            "водных объектов рыбохозяйственного значения.",
            "Су сынамалары су қоймасын көктемгі толтыру және күзгі іске қосу кезеңінде алынды. Бағалау балық шаруашылығы маңызы бар "
            "су объектілері үшін ШЖК бойынша жүргізілді.", ""))
    keys = ["pH", *sorted(r.sample(RES_POOL, r.randint(5, 7)), key=RES_POOL.index)]
    head0 = [g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("ПДК р/х", "ШЖК б/ш", "")]
    head1 = [None, None, None]
    for pid, p_ru, p_kk in RES_POINTS:
        head0 += [f"{pid} – {(p_ru, p_kk)[L]}", None]
        head1 += list(seasons)
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, c, 0, c + 1) for c in (3, 5, 7)]
    rows.append([g("Температура воды", "Судың температурасы", ""), "°C", "–",
                 *(num(round(r.uniform(6, 11) if j % 2 == 0 else r.uniform(12, 17), 1), doc.lang) for j in range(6))])
    rows.append([g("Прозрачность (по диску Секки)", "Мөлдірлік (Секки дискісі бойынша)", ""), g("м", "м", ""), "–",
                 *(num(round(r.uniform(0.4, 2.5), 1), doc.lang) for _ in range(6))])
    for s in keys:
        lim = SURFACE[s]
        line = [vocab.water(s, doc.lang), g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм3", "мг/дм3", ""), cell(doc, lim)]
        for pid, _, _ in RES_POINTS:
            for _ in range(2):
                if s == "pH":
                    v = round(r.uniform(7.2, 8.4), 1)
                elif s in ("TPH", "Cu") and r.random() < 0.3:
                    line.append(f"< {num(0.02 if s == 'TPH' else 0.0005, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, "mg/l", None, pid).items() if k != "value"})
                    continue
                elif s in ("TPH", "Cu"):
                    v = _sig(lim * r.uniform(0.5, 1.2), 2)
                else:
                    v = _sig(lim * r.uniform(0.1, 1.2), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, "mg/l", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 3.1 – Качество воды в контрольных створах", "3.1-кесте – Бақылау тұстамаларындағы судың сапасы", ""), rows, merges,
              role="limits")
    doc.p(g("«<» – ниже предела обнаружения методики. Отдельные превышения ПДК связаны с поступлением веществ с водосбора в "
            "период паводка и не обусловлены работой ГЭС.",
            "«<» – әдістеменің анықтау шегінен төмен. ШЖК-ның жекелеген асулары тасқын кезеңінде су жинау алабынан заттардың түсуіне "
            "байланысты және СЭС жұмысына байланысты емес.", ""))
    maybe_distractor(doc)


# symbol: (QCVN 08-MT:2015/BTNMT column B1, unit)
B1 = {"pH": ((5.5, 9), None), "TSS": (50, "mg/l"), "BOD5": (15, "mg/l"), "COD": (30, "mg/l"), "NH4+": (0.9, "mg/l"),
      "NO3-": (10, "mg/l"), "NO2-": (0.05, "mg/l"), "Fe": (1.5, "mg/l"), "Coliform": (7500, "MPN/100ml")}
VN_RES_POINTS = (("NM1", "Lòng hồ, cách tuyến đập 500 m về phía thượng lưu"), ("NM2", "Hạ lưu nhà máy, cách kênh xả 200 m"),
                 ("NM3", "Đoạn sông giảm nước sau đập, cách đập 1 km"))


def _limits_hf1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy thủy điện Nậm Pạc 2", "Nhà máy thủy điện Đắk Glei 3", "Nhà máy thủy điện Sông Bung 7"))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2023 – {plant.upper()}")
    doc.p("Mẫu nước mặt được lấy hai đợt: mùa khô (tháng 3/2023) và mùa mưa (tháng 9/2023). Kết quả được so sánh với QCVN "
          "08-MT:2015/BTNMT, cột B1 (nước dùng cho mục đích tưới tiêu, thủy lợi).")
    keys = ["pH", "TSS", "BOD5", "COD", *r.sample(["NH4+", "NO3-", "NO2-", "Fe"], 3), "Coliform"]
    head0 = ["TT", "Thông số", "Đơn vị"]
    head1 = [None, None, None]
    for pid, place in VN_RES_POINTS:
        head0 += [f"{pid} ({place})", None]
        head1 += ["Mùa khô", "Mùa mưa"]
    head0.append("QCVN 08-MT:2015/BTNMT (cột B1)")
    head1.append(None)
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 9, 1, 9)] + [(0, c, 0, c + 1) for c in (3, 5, 7)]
    rows.append(["1", "Nhiệt độ", "°C", *(num(round(r.uniform(21, 24) if j % 2 == 0 else r.uniform(24, 28), 1), "vi") for j in range(6)), "-"])
    for k, s in enumerate(keys, 2):
        lim, unit = B1[s]
        line = [str(k), vocab.water(s, "vi"), unit or "-"]
        for pid, _ in VN_RES_POINTS:
            for _ in range(2):
                if s == "pH":
                    v = round(r.uniform(6.6, 7.9), 1)
                elif s == "Coliform":
                    v = float(r.choice((230, 460, 930, 1500, 2100, 4300)))
                elif s == "NO2-" and r.random() < 0.35:
                    line.append("KPH")
                    add(doc, {x: y for x, y in limit(("symbol", s), "water", lim, unit, "B1", pid).items() if x != "value"})
                    continue
                else:
                    v = _sig(lim * r.uniform(0.08, 0.9), 2)
                line.append(num(v, "vi"))
                add(doc, limit(("symbol", s), "water", lim, unit, "B1", pid, v))
        rows.append(line + [cell(doc, lim)])
    doc.table("Bảng 3. Kết quả phân tích chất lượng nước mặt", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# code: KЭР norm, mg/Nm3 at 15 % O2, and the (low, high) share of the norm the reduced value takes
GPES_NORM = {"0301": (250, (0.45, 0.95)), "0337": (300, (0.3, 0.9)), "1325": (20, (0.3, 0.85))}


def limits_hf2(doc: Doc) -> None:
    """A gas-piston peaking plant's report on ПЭК, instrumental measurements at the engines' stacks: the source merged
    down over its substances, the actual oxygen merged down likewise, the concentration at the actual oxygen beside the
    one reduced to 15 % O2 that the КЭР's norm is for, methane measured without a norm, one engine in reserve whose row
    says it was not measured (VI: a biomass plant's boiler stacks KT1 and KT2, the result and the result reduced to 6 %
    O2, the QCVN 22:2009/BTNMT column B value with Kp and Kv in the header, CO without a limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hf2_vi(doc)
        return
    g = doc.v
    n = r.choice((4, 5, 6))
    reserve = r.randint(2, n)
    q = r.choice(("II", "III"))
    doc.h(g(f"Отчет по производственному экологическому контролю за {q} квартал 2025 года. Газопоршневая электростанция {n * 10} МВт",
            f"{n * 10} МВт газ-поршеньді электр станциясы. 2025 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.p(g("Замеры выполнены аккредитованной лабораторией при нагрузке ГПУ не менее 90 % номинальной. Концентрации приведены "
            "к нормальным условиям (273 К, 101,3 кПа) и сухому газу; технологические нормативы КЭР установлены при содержании "
            "кислорода 15 %.",
            "Өлшеулерді аккредиттелген зертхана ГПҚ жүктемесі номиналдыдан кемінде 90 % болғанда жүргізді. Концентрациялар қалыпты "
            "жағдайларға (273 К, 101,3 кПа) және құрғақ газға келтірілген; КЭР технологиялық нормативтері оттегі құрамы 15 % болғанда "
            "белгіленген.", ""))
    rows = [g(["№ ИЗА", "Источник", "Загрязняющее вещество", "O2 факт., %", "C при O2 факт., мг/Нм3", "C при O2 = 15 %, мг/Нм3",
               "Норматив КЭР, мг/Нм3", "Соответствие"],
              ["ЛШК №", "Көз", "Ластаушы зат", "O2 нақты, %", "Нақты O2 кезіндегі C, мг/Нм3", "O2 = 15 % кезіндегі C, мг/Нм3",
               "КЭР нормативі, мг/Нм3", "Сәйкестігі"], [])]
    merges = []
    ok = g("соответствует", "сәйкес", "")
    stack = g("Дымовая труба ГПУ № {k}", "№ {k} ГПҚ түтін мұржасы", "")
    for k in range(1, n + 1):
        number = f"{k:04d}"
        if k == reserve:
            rows.append([number, stack.format(k=k), g("ГПУ в резерве (плановый ремонт), замеры не проводились",
                                                      "ГПҚ резервте (жоспарлы жөндеу), өлшеу жүргізілген жоқ", ""), None, None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 7))
            continue
        o2 = round(r.uniform(10.5, 12.6), 1)
        start = len(rows)
        for j, (c, (norm, (lo, hi))) in enumerate(GPES_NORM.items()):
            actual = _sig(norm * r.uniform(lo, hi) * (21 - o2) / 6, 3)
            reduced = _sig(actual * 6 / (21 - o2), 3)
            rows.append([number if j == 0 else None, stack.format(k=k) if j == 0 else None, vocab.air(c, doc.lang),
                         num(o2, doc.lang) if j == 0 else None, num(actual, doc.lang), num(reduced, doc.lang), num(norm, doc.lang),
                         ok if reduced <= norm else g("превышение", "асу", "")])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, reduced))
        methane = float(r.randint(700, 1400))
        rows.append([None, None, vocab.air("0410", doc.lang), None, num(methane, doc.lang),
                     num(_sig(methane * 6 / (21 - o2), 3), doc.lang), "–", "–"])
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 3)]
    doc.table(g("Таблица 2.2 – Результаты инструментальных замеров на источниках выбросов",
                "2.2-кесте – Шығарынды көздеріндегі аспаптық өлшеулердің нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": f"{k:04d}", "type": "organized"} for k in range(1, n + 1)))
    doc.p(g("Пересчет: C15 = Cфакт × (21 – 15) / (21 – O2факт).", "Қайта есептеу: C15 = Cнақты × (21 – 15) / (21 – O2нақты).", ""))
    maybe_distractor(doc)


# code: (QCVN 22:2009/BTNMT column B for solid fuel, (low, high) share)
QCVN22B = {"2902": (200, (0.2, 0.8)), "0330": (500, (0.1, 0.5)), "0301": (650, (0.3, 0.85))}


def _limits_hf2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy điện sinh khối Hậu Giang Xanh", "Nhà máy điện sinh khối Tân Châu", "Nhà máy điện sinh khối Cần Đước"))
    kv = doc.pick((1.0, 1.2))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III'))}/2025 – {plant.upper()}")
    doc.p("Kết quả đo được quy đổi về điều kiện tiêu chuẩn (25°C, 760 mmHg) và hàm lượng oxy chuẩn 6% (nhiên liệu rắn) trước khi "
          f"so sánh với QCVN 22:2009/BTNMT cột B, hệ số công suất Kp = 1 (nhà máy dưới 300 MW), hệ số vùng Kv = {num(kv, 'vi')}.")
    rows = [["Vị trí", "Thông số", "Đơn vị", "O2 thực tế (%)", "Kết quả đo", "Kết quả quy đổi về 6% O2",
             f"QCVN 22:2009/BTNMT cột B (Cmax; Kp = 1; Kv = {num(kv, 'vi')})"]]
    merges = []
    for pid, place in (("KT1", "Ống khói lò hơi số 1"), ("KT2", "Ống khói lò hơi số 2")):
        o2 = round(r.uniform(8.0, 11.0), 1)
        start = len(rows)
        rows.append([f"{pid} – {place}", "Lưu lượng", "Nm3/h", None, num(r.randint(95, 150) * 1000, "vi"), "-", "-"])
        for c, (b, (lo, hi)) in QCVN22B.items():
            cmax = _sig(b * kv, 4)
            measured = _sig(cmax * r.uniform(lo, hi) * (21 - o2) / 15, 3)
            reduced = _sig(measured * 15 / (21 - o2), 3)
            rows.append([None, BIO_LABEL[c], "mg/Nm3", None, num(measured, "vi"), num(reduced, "vi"), num(cmax, "vi")])
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, reduced))
        co = float(r.randint(120, 520))
        rows.append([None, "CO", "mg/Nm3", None, num(co, "vi"), num(_sig(co * 15 / (21 - o2), 3), "vi"), "-"])
        rows[start][3] = num(o2, "vi")
        merges += [(start, 0, len(rows) - 1, 0), (start, 3, len(rows) - 1, 3)]
    doc.table("Bảng 2. Kết quả quan trắc khí thải lò hơi", rows, merges, role="limits")
    doc.p("Ghi chú: “-”: QCVN 22:2009/BTNMT không quy định.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def _names(doc: Doc, items, sep: str = ", ") -> str:
    out = []
    for kind, key in items:
        if kind == "code":
            out.append(vocab.air(key, doc.lang, 1))
        elif kind == "soil":
            out.append(vocab.soil(key, doc.lang))
        else:
            out.append(vocab.water(key, doc.lang))
    return sep.join(out)


def _key(kind: str) -> str:
    return "code" if kind == "code" else "symbol"


# (RU component, KK component, [(point, RU place, KK place, [(kind, key)], word)] or None, RU reason, KK reason)
SOLAR_PLAN = (
    ("Атмосферный воздух: эмиссии на источниках", "Атмосфералық ауа: көздердегі эмиссиялар", None,
     "не проводится: стационарные источники с нормируемыми выбросами отсутствуют; резервная ДГУ работает менее 200 ч/год, "
     "выбросы учитываются расчетом в отчете по ПЭК",
     "жүргізілмейді: нормаланатын шығарындылары бар стационарлық көздер жоқ; резервтік ДГҚ жылына 200 сағаттан аз жұмыс істейді, "
     "шығарындылар ӨЭБ есебінде есептеумен ескеріледі"),
    ("Атмосферный воздух на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа", None,
     "не проводится: СЗЗ для СЭС не устанавливается", "жүргізілмейді: КЭС үшін СҚА белгіленбейді"),
    ("Подземные воды", "Жерасты сулары",
     [("Н-1", "водозаборная скважина здания ОПУ", "ЖБП ғимаратының су алатын ұңғымасы",
       [("water", "pH"), ("water", "TDS"), ("water", "Cl-"), ("water", "SO4"), ("water", "NO3-")], "semiannual")],
     "", ""),
    ("Сточные воды", "Ағынды сулар",
     [("ЛОС-1", "выход локальных очистных сооружений ОПУ (биоблок 5 м3/сут)", "ЖБП жергілікті тазарту құрылыстарының шығысы (биоблок 5 м3/тәул)",
       [("water", "pH"), ("water", "BOD5"), ("water", "TSS"), ("water", "NH4+")], "quarterly")],
     "сброс в пруд-испаритель", "буландырғыш тоғанға ағызу"),
    ("Поверхностные воды", "Жерүсті сулары", None,
     "не проводится: водные объекты в радиусе 2 км отсутствуют, сброс в водные объекты не осуществляется",
     "жүргізілмейді: 2 км радиуста су объектілері жоқ, су объектілеріне ағызу жүзеге асырылмайды"),
    ("Почвы", "Топырақ",
     [("П-1", "у маслоприемника трансформатора ПС 35/220 кВ", "35/220 кВ ҚС трансформаторының май қабылдағышы жанында",
       [("soil", "TPH"), ("soil", "Pb")], "yearly"),
      ("П-2", "площадка ДГУ и склада ГСМ", "ДГҚ және ЖЖМ қоймасы алаңы", [("soil", "TPH")], "yearly")],
     "", ""),
    ("Физические факторы", "Физикалық факторлар",
     [("Ф-1", "граница ПС 35/220 кВ", "35/220 кВ ҚС шекарасы", [], "yearly")],
     "уровень шума, напряженность электрического поля промышленной частоты",
     "шу деңгейі, өнеркәсіптік жиіліктегі электр өрісінің кернеулігі"),
)  # fmt: skip


def monitoring_hf1(doc: Doc) -> None:
    """A solar park's ПЭК programme for operation: `№ | компонент | пункт контроля | показатели | периодичность |
    обоснование`, components for which the programme says `не проводится` with the reason spanning the point, parameter
    and frequency cells, the duties (the well, the local treatment works, two soil points under a component merged down),
    the physical factors without a substance (VI: a solar farm's permit, `Không thuộc đối tượng phải quan trắc` rows
    beside the panel-washing water, the stream and the soil at the substation)."""
    if doc.lang == "vi":
        _monitoring_hf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = doc.pick((("СЭС «Шәуілдір» 100 МВт", "Туркестанская область, Отырарский район", "«Шәуілдір» КЭС, 100 МВт", "Түркістан облысы, Отырар ауданы"),
                     ("СЭС «Қордай-Күн» 50 МВт", "Жамбылская область, Кордайский район", "«Қордай-Күн» КЭС, 50 МВт", "Жамбыл облысы, Қордай ауданы"),
                     ("СЭС «Шиелі» 80 МВт", "Кызылординская область, Шиелийский район", "«Шиелі» КЭС, 80 МВт", "Қызылорда облысы, Шиелі ауданы")))
    name = name[2 * L:2 * L + 2]
    doc.h(g(f"Программа производственного экологического контроля на период эксплуатации. {name[0]}",
            f"{name[0]}. Пайдалану кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Объект: солнечная электростанция ({name[1]}) с подстанцией 35/220 кВ и зданием ОПУ. Программа охватывает "
            "операционный мониторинг, мониторинг эмиссий и мониторинг воздействия.",
            f"Объект: күн электр станциясы ({name[1]}), 35/220 кВ қосалқы станциясымен және ЖБП ғимаратымен. Бағдарлама "
            "операциялық мониторингті, эмиссиялар мониторингін және әсер мониторингін қамтиды.", ""))
    rows = [g(["№", "Компонент окружающей среды", "Пункт (точка) контроля", "Контролируемые показатели", "Периодичность",
               "Обоснование, примечание"],
              ["№", "Қоршаған орта компоненті", "Бақылау пункті (нүктесі)", "Бақыланатын көрсеткіштер", "Кезеңділігі",
               "Негіздеме, ескертпе"], [])]
    merges = []
    for k, (c_ru, c_kk, points, n_ru, n_kk) in enumerate(SOLAR_PLAN, 1):
        comp, note = (c_ru, c_kk)[L], (n_ru, n_kk)[L]
        if points is None:
            rows.append([str(k), comp, note, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
            continue
        start = len(rows)
        for j, (pid, p_ru, p_kk, items, word) in enumerate(points):
            what = _names(doc, items) if items else note
            rows.append([str(k) if j == 0 else None, comp if j == 0 else None, f"{pid} – {(p_ru, p_kk)[L]}", what, freq(doc, word),
                         (note if items else "–") if j == 0 else None])
            for kind, key in items:
                doc.add("monitoring", {"point": pid, _key(kind): key, "frequency": word})
        if len(points) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 5, len(rows) - 1, 5)]
    doc.table(g("Таблица 4.1 – План-график производственного мониторинга", "4.1-кесте – Өндірістік мониторингтің жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Отбор проб выполняет аккредитованная лаборатория по договору; учет образования и передачи отходов ведется постоянно "
            "в журнале.",
            "Сынамаларды шарт бойынша аккредиттелген зертхана алады; қалдықтардың түзілуі мен берілуін есепке алу журналда үнемі "
            "жүргізіледі.", ""))
    maybe_distractor(doc)


# (VI component, [(point, place, [(kind, key)], word)] or None, reason)
VN_SOLAR_PLAN = (
    ("Khí thải", None, "Không thuộc đối tượng phải quan trắc (dự án không có nguồn khí thải công nghiệp; máy phát điện dự phòng "
                       "chỉ vận hành khi mất điện lưới)"),
    ("Nước thải sinh hoạt", None, "Không thuộc đối tượng phải quan trắc định kỳ (lưu lượng dưới 5 m3/ngày, xử lý bằng bể tự hoại "
                                  "và thấm tại chỗ)"),
    ("Nước rửa tấm pin", [("NR1", "Hố ga thu nước rửa tấm pin khu A trước khi thấm", [("water", "pH"), ("water", "TSS"), ("water", "TPH")],
                           "semiannual")], ""),
    ("Nước mặt", [("NM1", "Suối Lu, thượng lưu ranh giới dự án 100 m",
                   [("water", "pH"), ("water", "TSS"), ("water", "BOD5"), ("water", "COD"), ("water", "NH4+"), ("water", "Coliform")], "semiannual"),
                  ("NM2", "Suối Lu, hạ lưu ranh giới dự án 100 m",
                   [("water", "pH"), ("water", "TSS"), ("water", "BOD5"), ("water", "COD"), ("water", "NH4+"), ("water", "Coliform")], "semiannual")],
     "QCVN 08:2023/BTNMT"),
    ("Đất", [("Đ1", "Khu vực máy biến áp và hố thu dầu sự cố trạm 22/110 kV", [("soil", "TPH"), ("soil", "Pb")], "yearly")], ""),
    ("Điện từ trường", [("ĐT1", "Hàng rào trạm biến áp 22/110 kV", [], "yearly")], "Cường độ điện trường, cường độ từ trường"),
)


def _monitoring_hf1_vi(doc: Doc) -> None:
    name = doc.pick(("Nhà máy điện mặt trời Phước Hữu 2", "Nhà máy điện mặt trời Hòa Thắng 3", "Nhà máy điện mặt trời Phước Minh 5"))
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("Phụ lục 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG TRONG GIAI ĐOẠN VẬN HÀNH")
    rows = [["TT", "Thành phần", "Vị trí quan trắc", "Thông số", "Tần suất", "Ghi chú"]]
    merges = []
    for k, (comp, points, note) in enumerate(VN_SOLAR_PLAN, 1):
        if points is None:
            rows.append([str(k), comp, note, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
            continue
        start = len(rows)
        for j, (pid, place, items, word) in enumerate(points):
            what = _names(doc, items) if items else note
            rows.append([str(k) if j == 0 else None, comp if j == 0 else None, f"{pid}: {place}", what, freq(doc, word),
                         (note if items else "-") if j == 0 else None])
            for kind, key in items:
                doc.add("monitoring", {"point": pid, _key(kind): key, "frequency": word})
        if len(points) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 5, len(rows) - 1, 5)]
    doc.table("Bảng 4.1. Chương trình quan trắc môi trường", rows, merges, role="monitoring")
    doc.p("Chất thải rắn sinh hoạt, CTNH: theo dõi, ghi chép khối lượng phát sinh thường xuyên và báo cáo trong báo cáo công tác "
          "bảo vệ môi trường hằng năm.")
    maybe_distractor(doc)


# (RU object, KK object, [(point, RU place, KK place)], [(kind, key)], word, RU method, KK method)
HYDRO_PROGRAM = (
    ("Атмосферный воздух", "Атмосфералық ауа",
     [("Т-1", "граница строительной площадки плотины с подветренной стороны", "бөгет құрылыс алаңының ық жақтағы шекарасы"),
      ("Т-2", "ближайшая жилая застройка (с. Сарыбулак)", "ең жақын тұрғын үйлер (Сарыбұлақ а.)")],
     [("code", "2908"), ("code", "0301"), ("code", "0337")], "quarterly",
     "инструментальный, передвижная лаборатория", "аспаптық, жылжымалы зертхана"),
    ("Поверхностные воды", "Жерүсті сулары",
     [("Ств-1", "500 м выше створа плотины (фон)", "бөгет тұстамасынан 500 м жоғары (фон)"),
      ("Ств-2", "500 м ниже выпуска строительного водоотлива", "құрылыс су төгуі шығарылымынан 500 м төмен")],
     [("water", "TSS"), ("water", "TPH"), ("water", "BOD5"), ("water", "pH"), ("water", "NH4+")], "monthly",
     "отбор проб, аккредитованная лаборатория", "сынама алу, аккредиттелген зертхана"),
    ("Подземные воды", "Жерасты сулары",
     [("Н-1", "наблюдательная скважина у склада ГСМ", "ЖЖМ қоймасы жанындағы бақылау ұңғымасы"),
      ("Н-2", "наблюдательная скважина у бетонного завода", "бетон зауыты жанындағы бақылау ұңғымасы")],
     [("water", "TPH"), ("water", "NO3-"), ("water", "TDS")], "semiannual",
     "отбор проб после прокачки скважины", "ұңғыманы айдағаннан кейін сынама алу"),
    ("Почвы", "Топырақ",
     [("П-1", "площадка ГСМ", "ЖЖМ алаңы"), ("П-2", "строительный городок", "құрылыс қалашығы")],
     [("soil", "TPH"), ("soil", "Pb")], "yearly", "отбор проб методом конверта, слой 0–20 см", "конверт әдісімен сынама алу, 0–20 см қабат"),
)  # fmt: skip


def monitoring_hf2(doc: Doc) -> None:
    """The proposals for environmental monitoring of an ОВОС of a hydropower plant's construction: `№ | объект мониторинга
    | содержание мониторинга`, each content cell holding labelled lines — the points with their places separated by
    semicolons, the parameters, the frequency and the method; a fish and a noise row without a substance (VI: the
    supervision programme of a 500 kV line's ĐTM, `- Vị trí:`, `- Thông số:`, `- Tần suất:`, `- Quy chuẩn so sánh:` lines
    in one cell, noise among the parameters)."""
    if doc.lang == "vi":
        _monitoring_hf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(HPP_NAMES[1:])[L]
    doc.h(g(f"Отчет о возможных воздействиях. {plant} (период строительства). Раздел 9. Предложения по организации мониторинга",
            f"Ықтимал әсерлер туралы есеп. {plant} құрылысы. 9-бөлім. Мониторингті ұйымдастыру жөніндегі ұсыныстар", ""))
    doc.p(g("Мониторинг выполняется в период строительства (2026–2029 гг.) подрядной организацией под контролем заказчика; "
            "результаты включаются в ежеквартальные отчеты по ПЭК.",
            "Мониторинг құрылыс кезеңінде (2026–2029 жж.) мердігер ұйыммен тапсырыс берушінің бақылауымен жүргізіледі; нәтижелер "
            "тоқсан сайынғы ӨЭБ есептеріне енгізіледі.", ""))
    rows = [g(["№", "Объект мониторинга", "Содержание мониторинга"], ["№", "Мониторинг объектісі", "Мониторинг мазмұны"], [])]
    lp, lw, lf, lm = g(("Пункты наблюдения", "Контролируемые показатели", "Периодичность", "Метод"),
                       ("Бақылау пункттері", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Әдісі"), ())
    k = 0
    for o_ru, o_kk, points, items, word, m_ru, m_kk in HYDRO_PROGRAM:
        k += 1
        where = "; ".join(f"{pid} – {(p_ru, p_kk)[L]}" for pid, p_ru, p_kk in points)
        what = _names(doc, items)
        text = f"{lp}: {where}.\n{lw}: {what}.\n{lf}: {freq(doc, word)}.\n{lm}: {(m_ru, m_kk)[L]}."
        rows.append([str(k), (o_ru, o_kk)[L], text])
        for pid, _, _ in points:
            for kind, key in items:
                doc.add("monitoring", {"point": pid, _key(kind): key, "frequency": word})
    k += 1
    rows.append([str(k), g("Ихтиофауна", "Ихтиофауна", ""),
                 g(f"{lp}: зона строительства и нижний бьеф (3 км).\n{lw}: видовой состав, численность молоди, гибель рыбы.\n"
                   f"{lf}: ежегодно в период ската молоди (май – июнь).\n{lm}: контрольные обловы, специализированная организация.",
                   f"{lp}: құрылыс аймағы және төменгі бьеф (3 км).\n{lw}: түрлік құрамы, шабақтардың саны, балықтың өлімі.\n"
                   f"{lf}: жыл сайын шабақтардың төмен жылжуы кезеңінде (мамыр – маусым).\n{lm}: бақылау аулаулары, мамандандырылған ұйым.", "")])
    k += 1
    rows.append([str(k), g("Шум", "Шу", ""),
                 g(f"{lp}: Т-2 – ближайшая жилая застройка.\n{lw}: эквивалентный и максимальный уровни звука.\n{lf}: "
                   f"{freq(doc, 'quarterly')}, а также при буровзрывных работах.\n{lm}: шумомер 1 класса.",
                   f"{lp}: Т-2 – ең жақын тұрғын үйлер.\n{lw}: дыбыстың баламалы және ең жоғары деңгейлері.\n{lf}: "
                   f"{freq(doc, 'quarterly')}, сондай-ақ бұрғылау-жару жұмыстары кезінде.\n{lm}: 1-сыныпты шуөлшегіш.", "")])
    doc.table(g("Таблица 9.1 – Программа экологического мониторинга на период строительства",
                "9.1-кесте – Құрылыс кезеңіне арналған экологиялық мониторинг бағдарламасы", ""), rows, role="monitoring")
    maybe_distractor(doc)


# (VI object, [(point, place)], [(kind, key)] with None for noise, word, standard)
LINE_PROGRAM = (
    ("Giám sát chất lượng không khí",
     [("KK1", "khu vực thi công TBA 500 kV"), ("KK2", "khu dân cư thôn Phú Sơn, cách vị trí móng cột G12 khoảng 150 m")],
     [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337"), None], "quarterly", "QCVN 05:2023/BTNMT; QCVN 26:2010/BTNMT"),
    ("Giám sát chất lượng nước mặt",
     [("NM1", "sông Lam, thượng lưu vị trí cột vượt sông G25–G26 100 m"), ("NM2", "sông Lam, hạ lưu vị trí cột vượt sông 100 m")],
     [("water", "pH"), ("water", "TSS"), ("water", "BOD5"), ("water", "COD"), ("water", "TPH"), ("water", "Coliform")], "quarterly",
     "QCVN 08:2023/BTNMT"),
    ("Giám sát nước thải sinh hoạt lán trại",
     [("NT1", "đầu ra bể tự hoại lán trại thi công TBA")],
     [("water", "pH"), ("water", "BOD5"), ("water", "TSS"), ("water", "NH4+"), ("water", "Coliform")], "semiannual", "QCVN 14:2008/BTNMT, cột B"),
)


def _monitoring_hf2_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN ĐƯỜNG DÂY 500 kV QUẢNG TRẠCH – QUỲNH LƯU VÀ TBA 500 kV QUỲNH LƯU MỞ RỘNG")
    doc.h("5.2. Chương trình giám sát môi trường giai đoạn thi công xây dựng")
    rows = [["TT", "Đối tượng giám sát", "Nội dung giám sát"]]
    for k, (obj, points, items, word, std) in enumerate(LINE_PROGRAM, 1):
        where = "; ".join(f"{pid} – {place}" for pid, place in points)
        names = [_names(doc, [it]) if it else "tiếng ồn" for it in items]
        text = (f"- Vị trí: {where}.\n- Thông số: {', '.join(names)}.\n- Tần suất: {freq(doc, word)}.\n"
                f"- Quy chuẩn so sánh: {std}.")
        rows.append([str(k), obj, text])
        for pid, _ in points:
            for it in items:
                if it:
                    doc.add("monitoring", {"point": pid, _key(it[0]): it[1], "frequency": word})
    rows.append([str(len(LINE_PROGRAM) + 1), "Giám sát sạt lở, xói mòn",
                 "- Vị trí: các vị trí móng cột trên sườn dốc và cột vượt sông G25, G26.\n- Nội dung: hiện tượng sạt lở, xói mòn, bồi lắng.\n"
                 "- Tần suất: hằng tháng trong mùa mưa."])
    rows.append([str(len(LINE_PROGRAM) + 2), "Giám sát chất thải rắn, CTNH",
                 "- Vị trí: khu lưu giữ chất thải tại lán trại và TBA.\n- Nội dung: khối lượng, chủng loại, việc chuyển giao.\n"
                 "- Tần suất: thường xuyên trong suốt thời gian thi công."])
    doc.table("Bảng 5.2. Chương trình giám sát môi trường", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK object, [(RU kind, KK kind, RU what, KK what, word or None, RU who, KK who)])
LINE_ROUNDS = (
    ("ВЛ 500 кВ, участок 1 (опоры № 1–148)", "500 кВ ӘЖ, 1-учаске (№ 1–148 тіректер)", [
        ("Периодический осмотр с земли", "Жерден мерзімді қарау",
         "Состояние охранной зоны: отсутствие несанкционированных свалок, разливов ГСМ, возгораний растительности",
         "Күзет аймағының жай-күйі: рұқсат етілмеген үйінділердің, ЖЖМ төгілуінің, өсімдіктердің жануының болмауы",
         "monthly", "мастер участка ВЛ № 1", "№ 1 ӘЖ учаскесінің шебері"),
        ("Верховой осмотр", "Жоғарыдан қарау",
         "Исправность птицезащитных устройств на траверсах, наличие гнезд на опорах",
         "Траверстердегі құс қорғау құрылғыларының ақаусыздығы, тіректердегі ұялардың болуы",
         "yearly", "бригада верхолазов РЭС", "ЭЖА биіктікте жұмыс істеушілер бригадасы"),
        ("Внеочередной осмотр", "Кезектен тыс қарау",
         "Последствия гололеда, урагана, степного пожара: повреждения опор, нарушение почвенного покрова техникой",
         "Көктайғақ, дауыл, дала өртінің салдары: тіректердің зақымдануы, техникамен топырақ жамылғысының бұзылуы",
         None, "мастер участка ВЛ № 1", "№ 1 ӘЖ учаскесінің шебері")]),
    ("ВЛ 500 кВ, участок 2 (опоры № 149–302)", "500 кВ ӘЖ, 2-учаске (№ 149–302 тіректер)", [
        ("Периодический осмотр с земли", "Жерден мерзімді қарау",
         "Состояние просек и переходов через реки, вырубка кустарника в охранной зоне",
         "Өзендер арқылы өтетін жерлер мен желілік алаңдардың жай-күйі, күзет аймағындағы бұталарды кесу",
         "monthly", "мастер участка ВЛ № 2", "№ 2 ӘЖ учаскесінің шебері"),
        ("Верховой осмотр", "Жоғарыдан қарау",
         "Птицезащитные устройства и маркеры на грозотросе на пролетах через р. Шидерты",
         "Шідерті өзені арқылы аралықтардағы найзағайтростағы құс қорғау құрылғылары мен маркерлер",
         "yearly", "бригада верхолазов РЭС", "ЭЖА биіктікте жұмыс істеушілер бригадасы")]),
    ("ПС 500 кВ «Экибастузская-2»", "«Екібастұз-2» 500 кВ ҚС", [
        ("Обход ОРУ и трансформаторной группы", "АТҚ мен трансформаторлық топты аралау",
         "Отсутствие течей масла из автотрансформаторов и реакторов, состояние гравийной засыпки маслоприемников",
         "Автотрансформаторлар мен реакторлардан май ағуының болмауы, май қабылдағыштардың қиыршық тас төсемінің жай-күйі",
         "daily", "оперативный персонал ПС", "ҚС жедел персоналы"),
        ("Осмотр маслосборника и маслоуловителя", "Май жинағыш пен май ұстағышты қарау",
         "Уровень заполнения маслосборника, работа маслоуловителя ливневой канализации",
         "Май жинағыштың толу деңгейі, нөсер кәрізі май ұстағышының жұмысы",
         "monthly", "инженер-эколог филиала", "филиалдың инженер-экологы"),
        ("Осмотр площадки временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңын қарау",
         "Маркировка тары, сроки накопления, наличие паспортов опасных отходов",
         "Ыдыстың таңбалануы, жинақтау мерзімдері, қауіпті қалдықтар паспорттарының болуы",
         "quarterly", "инженер-эколог филиала", "филиалдың инженер-экологы"),
        ("Проверка учета элегаза (SF6)", "Элегазды (SF6) есепке алуды тексеру",
         "Утечки элегаза из выключателей, журнал дозаправки и учет баллонов",
         "Ажыратқыштардан элегаздың ағуы, қайта толтыру журналы және баллондарды есепке алу",
         "semiannual", "начальник службы подстанций", "қосалқы станциялар қызметінің бастығы")]),
)  # fmt: skip
VN_ROUNDS = (
    ("Đường dây 500 kV, đoạn từ VT1 đến VT152", [
        ("Kiểm tra định kỳ ban ngày", "Hành lang tuyến: cây mọc cao, lấn chiếm, đốt rác, cháy thực bì dưới đường dây", "monthly", "Đội truyền tải điện Quỳnh Lưu"),
        ("Kiểm tra định kỳ ban đêm", "Hiện tượng phóng điện, vầng quang trên chuỗi cách điện và dây dẫn", "quarterly", "Đội truyền tải điện Quỳnh Lưu"),
        ("Kiểm tra sự cố, đột xuất", "Hư hỏng sau bão, lũ, sạt lở móng cột; dầu, chất thải do xe máy thi công sửa chữa", None, "Đội truyền tải điện Quỳnh Lưu")]),
    ("Đường dây 500 kV, đoạn từ VT153 đến VT310", [
        ("Kiểm tra định kỳ ban ngày", "Hành lang tuyến đoạn vượt sông Lam và rừng phòng hộ, thiết bị chống chim làm tổ", "monthly", "Đội truyền tải điện Diễn Châu")]),
    ("TBA 500 kV Quỳnh Lưu", [
        ("Kiểm tra vận hành", "Rò rỉ dầu máy biến áp, kháng điện; mức dầu trong bể chứa dầu sự cố", "daily", "Trực ca trạm biến áp"),
        ("Kiểm tra hệ thống thoát nước mưa", "Bể tách dầu, hố ga, mương thoát nước mưa của trạm", "monthly", "Kỹ thuật viên an toàn – môi trường"),
        ("Kiểm tra kho chứa CTNH", "Dán nhãn, phân loại, thời gian lưu giữ, sổ giao nhận chất thải nguy hại", "quarterly", "Kỹ thuật viên an toàn – môi trường")]),
)


def inspections_hf1(doc: Doc) -> None:
    """The schedule of rounds of a 500 kV line and its substation: `№ | объект | вид осмотра | что проверяется |
    периодичность | исполнитель`, the section of the line (pylons № 1–148) merged down over its kinds of round, an
    unscheduled round after ice, storm or fire with no frequency, a daily round of the substation's transformers (VI: a
    transmission team's day and night patrols of the line corridor and the substation's checks)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH KIỂM TRA ĐỊNH KỲ ĐƯỜNG DÂY VÀ TRẠM BIẾN ÁP 500 kV NĂM 2026 – TRUYỀN TẢI ĐIỆN NGHỆ AN")
        doc.p("Nội dung kiểm tra bao gồm các yêu cầu về bảo vệ môi trường và an toàn hành lang tuyến theo giấy phép môi trường của dự án.")
        rows = [["TT", "Đối tượng", "Hình thức kiểm tra", "Nội dung kiểm tra", "Tần suất", "Đơn vị thực hiện"]]
        merges = []
        k = 0
        for obj, checks in VN_ROUNDS:
            start = len(rows)
            for j, (kind, what, word, who) in enumerate(checks):
                k += 1
                rows.append([str(k), obj if j == 0 else None, kind, what, _often(doc, word) if word else "Khi có sự cố, sau thiên tai", who])
                item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
            if len(checks) > 1:
                merges.append((start, 1, len(rows) - 1, 1))
        doc.table("Bảng 1. Lịch kiểm tra", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("График осмотров ВЛ 500 кВ «Экибастуз – Шидерты» и ПС 500 кВ «Экибастузская-2» на 2026 год (экологические аспекты)",
            "«Екібастұз – Шідерті» 500 кВ ӘЖ және «Екібастұз-2» 500 кВ ҚС 2026 жылға арналған қарау кестесі (экологиялық аспектілер)", ""))
    doc.p(g("Утвержден главным инженером филиала «Северные МЭС». Выявленные нарушения заносятся в журнал дефектов и "
            "сообщаются инженеру-экологу в течение суток.",
            "«Солтүстік МЭЖ» филиалының бас инженері бекіткен. Анықталған бұзушылықтар ақаулар журналына енгізіледі және бір тәулік "
            "ішінде инженер-экологқа хабарланады.", ""))
    rows = [g(["№", "Объект", "Вид осмотра", "Что проверяется", "Периодичность", "Исполнитель"],
              ["№", "Объект", "Қарау түрі", "Не тексеріледі", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    k = 0
    after = g("после гололеда, урагана, пожара", "көктайғақтан, дауылдан, өрттен кейін", "")
    for o_ru, o_kk, checks in LINE_ROUNDS:
        start = len(rows)
        for j, (k_ru, k_kk, w_ru, w_kk, word, h_ru, h_kk) in enumerate(checks):
            k += 1
            what, who = (w_ru, w_kk)[L], (h_ru, h_kk)[L]
            rows.append([str(k), (o_ru, o_kk)[L] if j == 0 else None, (k_ru, k_kk)[L], what, _often(doc, word) if word else after, who])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# unit of time in the cell of a `1 раз в …` column: (RU, KK, VI, frequency)
PER = {"day": ("сутки", "тәулігіне", "ngày", "daily"), "week": ("неделю", "аптасына", "tuần", "weekly"),
       "month": ("месяц", "айына", "tháng", "monthly"), "quarter": ("квартал", "тоқсанына", "quý", "quarterly"),
       "half": ("полугодие", "жарты жылда", "6 tháng", "semiannual"), "year": ("год", "жылына", "năm", "yearly")}
# (RU object, KK object, RU what, KK what, per, RU who, KK who, RU record, KK record)
HPP_CHECKS = (
    ("Сороудерживающие решетки водоприемника и площадка складирования сора", "Су қабылдағыштың қоқыс ұстағыш торлары және қоқыс жинау алаңы",
     "накопление плавника и мусора, своевременный вывоз", "қалқыма ағаш пен қоқыстың жиналуы, уақтылы шығару", "day",
     "дежурный машинист гидроагрегатов", "гидроагрегаттардың кезекші машинисі", "оперативный журнал", "жедел журнал"),
    ("Маслохозяйство ГЭС и маслонапорные установки", "СЭС май шаруашылығы және май қысымды қондырғылар",
     "протечки турбинного масла, исправность поддонов, запас сорбентов", "турбина майының ағуы, табандықтардың ақаусыздығы, сорбенттер қоры",
     "week", "начальник смены ГЭС", "СЭС ауысым бастығы", "журнал обходов", "аралау журналы"),
    ("Локальные очистные сооружения хозяйственно-бытовых стоков", "Шаруашылық-тұрмыстық ағындардың жергілікті тазарту құрылыстары",
     "работа оборудования, переливы, запах", "жабдықтың жұмысы, асып төгілу, иіс", "week",
     "мастер хозяйственного участка", "шаруашылық учаскесінің шебері", "журнал обходов", "аралау журналы"),
    ("Рыбозащитное устройство водоприемника", "Су қабылдағыштың балық қорғау құрылғысы",
     "исправность сетчатого экрана, скопление молоди рыб", "торлы экранның ақаусыздығы, шабақтардың жиналуы", "month",
     "инженер-эколог", "инженер-эколог", "акт осмотра", "қарау актісі"),
    ("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы",
     "тара, маркировка, сроки накопления", "ыдыс, таңбалау, жинақтау мерзімдері", "month",
     "инженер-эколог", "инженер-эколог", "акт осмотра", "қарау актісі"),
    ("Береговая зона водохранилища", "Су қоймасының жағалау аймағы",
     "переработка берегов, оползни, замусоривание водоохранной полосы", "жағалаулардың қайта өңделуі, көшкіндер, су қорғау белдеуінің қоқыстануы",
     "quarter", "гидротехник ГЭС", "СЭС гидротехнигі", "акт обследования", "зерттеп-қарау актісі"),
    ("Водоохранная зона в границах земельного отвода", "Жер бөлу шекарасындағы су қорғау аймағы",
     "соблюдение режима хозяйственной деятельности", "шаруашылық қызмет режимінің сақталуы", "half",
     "инженер-эколог", "инженер-эколог", "акт обследования", "зерттеп-қарау актісі"),
    ("Лесопосадки на откосах и рекультивированные участки", "Беткейлердегі орман екпелері және қалпына келтірілген учаскелер",
     "приживаемость, эрозия откосов", "тамыр жаю, беткейлердің эрозиясы", "year",
     "заместитель директора по общим вопросам", "директордың жалпы мәселелер жөніндегі орынбасары", "акт обследования", "зерттеп-қарау актісі"),
)  # fmt: skip
# (VI object, VI what, per, who, record)
BIO_CHECKS = (
    ("Kho chứa nhiên liệu sinh khối", "Bụi, nguy cơ cháy, hệ thống phun sương dập bụi", "day", "Trưởng ca vận hành", "Sổ giao ca"),
    ("Hệ thống lọc bụi tĩnh điện (ESP)", "Điện áp trường, hệ thống gõ rung, phễu tro", "week", "Tổ bảo dưỡng điện", "Sổ nhật ký vận hành ESP"),
    ("Hệ thống xử lý nước thải", "Hoạt động bơm, sục khí, màu và mùi nước sau xử lý", "week", "Tổ vận hành xử lý nước", "Sổ nhật ký vận hành"),
    ("Bãi chứa tro xỉ", "Che phủ, tưới ẩm chống bụi, nước rỉ bãi tro", "month", "Phòng An toàn – Môi trường", "Biên bản kiểm tra"),
    ("Kho chứa chất thải nguy hại", "Phân loại, dán nhãn, thời gian lưu giữ", "month", "Phòng An toàn – Môi trường", "Biên bản kiểm tra"),
    ("Tháp giải nhiệt và mương xả nước làm mát", "Nhiệt độ nước xả, cặn bám, rò rỉ hóa chất xử lý nước", "quarter", "Phân xưởng Hóa", "Biên bản kiểm tra"),
    ("Hệ thống phòng cháy chữa cháy khu kho nhiên liệu", "Bình chữa cháy, họng nước, lối thoát", "half", "Đội PCCC cơ sở", "Biên bản kiểm tra"),
    ("Dải cây xanh cách ly quanh nhà máy", "Mật độ, tình trạng sinh trưởng, trồng dặm", "year", "Phòng Hành chính", "Biên bản kiểm tra"),
)


def inspections_hf2(doc: Doc) -> None:
    """A hydropower plant's regulation of environmental checks whose frequency column is headed `Периодичность, 1 раз в`
    and whose cells give only the unit of time — `сутки`, `неделю`, `месяц`, `квартал`, `полугодие`, `год` (KK
    `тәулігіне`, `тоқсанына` under `… 1 рет`), the subject of the check, the responsible and the record after it (VI: a
    biomass plant's checks under `Tần suất (01 lần/…)` with `ngày`, `tuần`, `quý`, `6 tháng`)."""
    if doc.lang == "vi":
        doc.h("QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – NHÀ MÁY ĐIỆN SINH KHỐI HẬU GIANG XANH")
        doc.p("Phụ lục kèm theo Quyết định của Giám đốc nhà máy. Kết quả kiểm tra được tổng hợp vào báo cáo công tác bảo vệ môi "
              "trường hằng năm.")
        rows = [["STT", "Hạng mục kiểm tra", "Nội dung", "Tần suất kiểm tra (01 lần/…)", "Người thực hiện", "Hồ sơ ghi nhận"]]
        for k, (obj, what, per, who, rec) in enumerate(BIO_CHECKS, 1):
            rows.append([str(k), obj, what, PER[per][2], who, rec])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 4), "frequency": PER[per][3], "actor_contains": who})
        doc.table("Bảng 1. Nội dung và tần suất tự kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(HPP_NAMES[:3])[L]
    doc.h(g(f"Регламент производственного экологического контроля. {plant}. Приложение 3. Осмотры природоохранных объектов",
            f"{plant}. Өндірістік экологиялық бақылау регламенті. 3-қосымша. Табиғат қорғау объектілерін қарау", ""))
    rows = [g(["№ п/п", "Объект контроля", "Предмет осмотра", "Периодичность, 1 раз в", "Ответственный", "Регистрация результатов"],
              ["Р/с №", "Бақылау объектісі", "Қарау нысанасы", "Кезеңділігі (… 1 рет)", "Жауапты", "Нәтижелерді тіркеу"], [])]
    for k, (o_ru, o_kk, w_ru, w_kk, per, h_ru, h_kk, r_ru, r_kk) in enumerate(HPP_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (h_ru, h_kk)[L]
        rows.append([str(k), obj, (w_ru, w_kk)[L], PER[per][L], who, (r_ru, r_kk)[L]])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 4), "frequency": PER[per][3], "actor_contains": who})
    doc.table(g("Таблица П3.1", "П3.1-кесте", ""), rows, role="inspections")
    doc.p(g("При паводке и сработке водохранилища осмотры береговой зоны проводятся дополнительно по распоряжению главного инженера.",
            "Су тасқыны және су қоймасын іске қосу кезінде жағалау аймағын қарау бас инженердің өкімі бойынша қосымша жүргізіледі.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU goal, KK goal, [(RU action, KK action, hierarchy 0–3, RU indicator, KK indicator, RU term, KK term, RU who, KK who)])
BAP = (
    ("Цель 1. Снижение риска столкновений птиц и летучих мышей с ВЭУ", "1-мақсат. Құстар мен жарқанаттардың ЖЭҚ-пен соқтығысу қаупін азайту", [
        ("Исключить размещение ВЭУ ближе 1 км от гнездовых участков степного орла и балобана",
         "Дала қыраны мен ителгінің ұя салатын учаскелерінен 1 км-ден жақын ЖЭҚ орналастыруды болдырмау", 0,
         "0 ВЭУ в буферных зонах", "буферлік аймақтарда 0 ЖЭҚ", "на стадии рабочего проекта", "жұмыс жобасы сатысында",
         "главный инженер проекта", "жобаның бас инженері"),
        ("Внедрить систему остановки ВЭУ по требованию орнитолога в периоды массового пролета",
         "Жаппай ұшып өту кезеңдерінде орнитологтың талабы бойынша ЖЭҚ-ты тоқтату жүйесін енгізу", 1,
         "регламент утвержден, журнал остановок", "регламент бекітілді, тоқтату журналы", "до ввода в эксплуатацию", "пайдалануға бергенге дейін",
         "начальник ВЭС", "ЖЭС бастығы"),
        ("Окрасить одну лопасть каждой ВЭУ в черный цвет для повышения заметности",
         "Көрінуін арттыру үшін әр ЖЭҚ-тың бір қалағын қара түске бояу", 1,
         "100 % ВЭУ", "ЖЭҚ-тың 100 %", "при монтаже ВЭУ", "ЖЭҚ монтажы кезінде", "генеральный подрядчик (EPC)", "бас мердігер (EPC)")]),
    ("Цель 2. Предотвращение гибели птиц на линиях электропередачи", "2-мақсат. Электр беру желілерінде құстардың өлуін болдырмау", [
        ("Оснастить опоры ВЛ 35 кВ и 220 кВ птицезащитными устройствами",
         "35 кВ және 220 кВ ӘЖ тіректерін құс қорғау құрылғыларымен жабдықтау", 1,
         "100 % опор", "тіректердің 100 %", "до ввода ВЛ", "ӘЖ бергенге дейін", "генеральный подрядчик (EPC)", "бас мердігер (EPC)"),
        ("Установить маркеры на грозотрос на пролетах через пролетный коридор вдоль озера",
         "Көл бойындағы ұшу дәлізі арқылы өтетін аралықтарда найзағайтросқа маркерлер орнату", 1,
         "маркер через каждые 10 м", "әр 10 м сайын маркер", "до ввода ВЛ", "ӘЖ бергенге дейін", "генеральный подрядчик (EPC)", "бас мердігер (EPC)")]),
    ("Цель 3. Восстановление нарушенных земель", "3-мақсат. Бұзылған жерлерді қалпына келтіру", [
        ("Рекультивировать временные монтажные площадки и дороги посевом местных видов трав",
         "Уақытша монтаж алаңдары мен жолдарды жергілікті шөп түрлерін себу арқылы рекультивациялау", 2,
         "не менее 90 % нарушенной площади", "бұзылған алаңның кемінде 90 %", "в течение года после монтажа", "монтаждан кейін бір жыл ішінде",
         "инженер-эколог ВЭС", "ЖЭС инженер-экологы")]),
    ("Цель 4. Компенсация остаточного воздействия", "4-мақсат. Қалдық әсердің орнын толтыру", [
        ("Профинансировать установку искусственных гнездовий для балобана в соседнем заказнике",
         "Көршілес қаумалда ителгіге арналған жасанды ұялар орнатуды қаржыландыру", 3,
         "40 гнездовий, отчет заказника", "40 ұя, қаумал есебі", "2027–2028 гг.", "2027–2028 жж.",
         "менеджер по экологии и социальным вопросам", "экология және әлеуметтік мәселелер жөніндегі менеджер")]),
)  # fmt: skip
HIERARCHY = (("избежание", "болдырмау", "Né tránh"), ("минимизация", "азайту", "Giảm thiểu"), ("восстановление", "қалпына келтіру", "Phục hồi"),
             ("компенсация", "өтемақы", "Bù đắp"))
VN_BAP = (
    ("Mục tiêu 1. Giảm thiểu tác động đến chim di cư và dơi", [
        ("Không đóng cọc móng trụ tuabin trong thời gian cao điểm chim di cư (tháng 10 – tháng 12)", 0, "0 ngày thi công trong mùa cao điểm",
         "Giai đoạn thi công", "Ban Quản lý dự án"),
        ("Lắp đặt đèn báo hiệu hàng không nhấp nháy màu đỏ thay cho đèn sáng liên tục", 1, "100% trụ tuabin", "Trước khi vận hành",
         "Nhà thầu EPC"),
        ("Dừng tuabin theo yêu cầu của chuyên gia quan sát chim khi có đàn chim lớn đi qua", 1, "Quy trình được phê duyệt, sổ theo dõi",
         "Giai đoạn vận hành", "Trưởng nhà máy điện gió")]),
    ("Mục tiêu 2. Bảo vệ và phục hồi rừng ngập mặn ven biển", [
        ("Trồng bù rừng ngập mặn (mắm, đước) tại bãi bồi xã Vĩnh Hải", 3, "12 ha, tỷ lệ sống ≥ 80%", "Năm 2027", "Phòng An toàn – Môi trường"),
        ("Hoàn trả mặt bằng và phục hồi thảm thực vật tại khu vực lán trại, bãi tập kết vật liệu", 2, "100% diện tích tạm chiếm",
         "Trong 6 tháng sau thi công", "Nhà thầu EPC")]),
)


def tasks_hf1(doc: Doc) -> None:
    """A wind farm's biodiversity action plan (required by its lenders): goal rows spanning the table, actions numbered
    straight through under them, the step of the mitigation hierarchy (avoid, minimise, restore, offset) and an
    indicator beside each action, then the term and the responsible (VI: a nearshore wind farm's actions for migratory
    birds and mangroves, `Né tránh`, `Giảm thiểu`, `Phục hồi`, `Bù đắp`)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH HÀNH ĐỘNG ĐA DẠNG SINH HỌC – NHÀ MÁY ĐIỆN GIÓ HÒA BÌNH 5, TỈNH BẠC LIÊU")
        doc.p("Kế hoạch được lập theo yêu cầu của các tổ chức tín dụng (Tiêu chuẩn hoạt động số 6 của IFC) và cam kết trong báo cáo ĐTM.")
        rows = [["TT", "Hành động", "Thứ bậc giảm thiểu", "Chỉ số thực hiện", "Thời gian", "Đơn vị chịu trách nhiệm"]]
        merges = []
        k = 0
        for goal, actions in VN_BAP:
            _span(rows, merges, goal, 6)
            for text, h, ind, when, who in actions:
                k += 1
                rows.append([str(k), text, HIERARCHY[h][2], ind, when, who])
                doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 2. Các hành động bảo tồn đa dạng sinh học", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    farm = doc.pick(WIND_NAMES)[L]
    doc.h(g(f"План действий по сохранению биоразнообразия. {farm}", f"{farm}. Биоәртүрлілікті сақтау жөніндегі іс-қимыл жоспары", ""))
    doc.p(g("План разработан по результатам орнитологических исследований 2024–2025 гг. и требованиям кредиторов проекта "
            "(Стандарт деятельности 6 МФК); выполнение плана отражается в ежегодном отчете.",
            "Жоспар 2024–2025 жж. орнитологиялық зерттеулердің нәтижелері және жоба кредиторларының талаптары (ХҚК-ның 6-қызмет "
            "стандарты) бойынша әзірленді; жоспардың орындалуы жыл сайынғы есепте көрсетіледі.", ""))
    rows = [g(["№", "Мероприятие", "Иерархия смягчения", "Индикатор", "Срок", "Ответственный"],
              ["№", "Іс-шара", "Жұмсарту иерархиясы", "Индикатор", "Мерзімі", "Жауапты"], [])]
    merges = []
    k = 0
    for g_ru, g_kk, actions in BAP:
        _span(rows, merges, (g_ru, g_kk)[L], 6)
        for a_ru, a_kk, h, i_ru, i_kk, t_ru, t_kk, w_ru, w_kk in actions:
            k += 1
            text, who = (a_ru, a_kk)[L], (w_ru, w_kk)[L]
            rows.append([str(k), text, HIERARCHY[h][L], (i_ru, i_kk)[L], (t_ru, t_kk)[L], who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица 3 – Мероприятия плана", "3-кесте – Жоспар іс-шаралары", ""), rows, merges, role="tasks")
    distractor(doc, "approval")


# (RU stage, KK stage, [(RU measure, KK measure, RU term, KK term, RU who, KK who, RU control, KK control)])
FILLING = (
    ("Подготовка ложа водохранилища", "Су қоймасының арнасын дайындау", [
        ("Выполнить лесосводку и лесоочистку ложа ниже отметки НПУ", "ҚТД белгісінен төмен арнада ағаш кесу және орманды тазарту",
         "Т – 6 мес.", "Т – 6 ай", "подрядчик по подготовке ложа", "арнаны дайындау жөніндегі мердігер", "технический надзор", "техникалық қадағалау"),
        ("Провести санитарную очистку зоны затопления: ликвидировать выгреба, свалки и скотомогильник",
         "Су басу аймағын санитариялық тазарту: шұңқырларды, үйінділерді және мал қорымын жою", "Т – 3 мес.", "Т – 3 ай",
         "отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі", "санитарный надзор района", "аудандық санитариялық қадағалау"),
        ("Вынести ВЛ 10 кВ и участок грунтовой дороги из зоны затопления", "10 кВ ӘЖ мен топырақ жол учаскесін су басу аймағынан шығару",
         "Т – 2 мес.", "Т – 2 ай", "служба главного энергетика", "бас энергетик қызметі", "главный инженер", "бас инженер"),
        ("Выполнить фоновый отбор проб воды и донных отложений в створах Ств-1 – Ств-3",
         "Ств-1 – Ств-3 тұстамаларында су мен түптік шөгінділердің фондық сынамаларын алу", "Т – 1 мес.", "Т – 1 ай",
         "аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "инженер-эколог", "инженер-эколог")]),
    ("Наполнение водохранилища", "Су қоймасын толтыру", [
        ("Обеспечить санитарный попуск в нижний бьеф не менее 3,2 м3/с на весь период наполнения",
         "Толтырудың бүкіл кезеңінде төменгі бьефке кемінде 3,2 м3/с санитариялық жіберуді қамтамасыз ету", "с Т до достижения НПУ",
         "Т-дан ҚТД-ға жеткенге дейін", "начальник смены ГЭС", "СЭС ауысым бастығы", "главный инженер", "бас инженер"),
        ("Организовать спасение рыбы из отчлененных водоемов ниже плотины", "Бөгеттен төмен бөлініп қалған су айдындарынан балықты құтқаруды ұйымдастыру",
         "Т + 10 сут.", "Т + 10 тәул.", "инженер-эколог совместно с инспекцией рыбного хозяйства",
         "инженер-эколог балық шаруашылығы инспекциясымен бірлесіп", "директор ГЭС", "СЭС директоры")]),
    ("Первый год эксплуатации", "Пайдаланудың бірінші жылы", [
        ("Провести обследование береговой линии на предмет абразии и оползней", "Жағалау сызығын абразия мен көшкіндерге зерттеп-қарау",
         "Т + 6 мес.", "Т + 6 ай", "гидротехник ГЭС", "СЭС гидротехнигі", "главный инженер", "бас инженер"),
        ("Откорректировать программу ПЭК с учетом режима работы водохранилища", "Су қоймасының жұмыс режимін ескере отырып ӨЭБ бағдарламасын түзету",
         "Т + 3 мес.", "Т + 3 ай", "инженер-эколог", "инженер-эколог", "главный инженер", "бас инженер"),
        ("Выполнить зарыбление водохранилища молодью сазана и судака не менее 500 тыс. шт.",
         "Су қоймасын кемінде 500 мың дана сазан мен көксерке шабақтарымен балықтандыру", "Т + 1 год", "Т + 1 жыл",
         "директор ГЭС", "СЭС директоры", "инспекция рыбного хозяйства", "балық шаруашылығы инспекциясы")]),
)  # fmt: skip
VN_FILLING = (
    ("Trước khi tích nước", [
        ("Thu dọn, phát quang thảm thực vật lòng hồ dưới cao trình MNDBT", "T − 90 ngày", "Nhà thầu thu dọn lòng hồ"),
        ("Vệ sinh môi trường lòng hồ: xử lý hố xí, chuồng trại, bãi rác trong vùng ngập", "T − 60 ngày", "Phòng Kỹ thuật – Môi trường"),
        ("Quan trắc chất lượng nước nền tại lòng hồ và hạ lưu đập", "T − 30 ngày", "Trung tâm Quan trắc môi trường tỉnh"),
        ("Thông báo kế hoạch tích nước cho UBND các xã vùng hạ du và lắp đặt biển cảnh báo", "T − 15 ngày", "Ban Quản lý dự án")]),
    ("Trong thời gian tích nước", [
        ("Duy trì xả dòng chảy tối thiểu về hạ du không nhỏ hơn 1,2 m3/s", "Từ T đến khi đạt MNDBT", "Trưởng ca vận hành"),
        ("Cứu hộ cá mắc cạn tại đoạn sông giảm nước sau đập", "T + 7 ngày", "Phòng Kỹ thuật – Môi trường")]),
    ("Năm đầu vận hành", [
        ("Khảo sát hiện trạng sạt lở bờ hồ và đề xuất biện pháp gia cố", "T + 6 tháng", "Phòng Kỹ thuật – Môi trường"),
        ("Thả cá giống bản địa vào hồ chứa (cá chép, cá trắm, cá mè) tối thiểu 200.000 con", "T + 12 tháng", "Giám đốc nhà máy")]),
)


def tasks_hf2(doc: Doc) -> None:
    """A hydropower plant's plan of preparing the reservoir bed and its first filling under stage rows spanning the
    table, measures numbered straight through, the term counted from the start of filling (`Т – 6 мес.`, `Т + 10 сут.`,
    `с Т до достижения НПУ`), the executor, who controls it and an empty mark column (VI: a plan of first impoundment,
    `T − 30 ngày`)."""
    if doc.lang == "vi":
        plant = doc.pick(("Nhà máy thủy điện Nậm Pạc 2", "Nhà máy thủy điện Đắk Glei 3", "Nhà máy thủy điện Sông Bung 7"))
        doc.h(f"KẾ HOẠCH TÍCH NƯỚC LẦN ĐẦU HỒ CHỨA – {plant.upper()}")
        doc.p("T là ngày bắt đầu đóng cửa van cống dẫn dòng để tích nước hồ chứa, dự kiến trong tháng 9/2026.")
        rows = [["TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Ghi chú"]]
        merges = []
        k = 0
        for stage, items in VN_FILLING:
            _span(rows, merges, stage, 5)
            for text, when, who in items:
                k += 1
                rows.append([str(k), text, when, who, ""])
                doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 1. Các công việc bảo vệ môi trường khi tích nước", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(HPP_NAMES[1:])[L]
    doc.h(g(f"План мероприятий по охране окружающей среды при подготовке ложа и наполнении водохранилища. {plant}",
            f"{plant}. Су қоймасының арнасын дайындау және толтыру кезіндегі қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Т – дата начала наполнения водохранилища (перекрытие строительного туннеля), ориентировочно апрель 2027 г.",
            "Т – су қоймасын толтыруды бастау күні (құрылыс туннелін жабу), болжам бойынша 2027 ж. сәуір.", ""))
    rows = [g(["№", "Мероприятие", "Срок (Т – начало наполнения)", "Исполнитель", "Контроль", "Отметка о выполнении"],
              ["№", "Іс-шара", "Мерзімі (Т – толтырудың басталуы)", "Орындаушы", "Бақылау", "Орындалғаны туралы белгі"], [])]
    merges = []
    k = 0
    for s_ru, s_kk, items in FILLING:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for m_ru, m_kk, t_ru, t_kk, w_ru, w_kk, c_ru, c_kk in items:
            k += 1
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([str(k), text, (t_ru, t_kk)[L], who, (c_ru, c_kk)[L], ""])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HF{k}", globals()[f"{role}_hf{k}"]) for role in ROLES for k in (1, 2)]
