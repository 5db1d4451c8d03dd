"""The twenty-eighth blind set's part HQ (two layouts per role, `HQ1` and `HQ2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.849
over 126 files when first measured after the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: seaports, river ports and shipyards, where places are berths, piers, dredging areas and water-area stations.
Kazakhstan: the Caspian ports of Aktau, Kuryk and Bautino with their oil and product terminals, coal and grain berths,
the port reception facilities for ship-generated wastes, the port's service fleet of tugs, pilot boats, an oil-skimming
vessel and a dredger, a ship-repair yard with its dry dock, the dredging of approach channels and harbour basins (the
passport of a port reception facility in the shape of the IMO database, a harbour master's permit for dredging, НДВ
materials of an oil terminal, an inventory of a multipurpose bulk terminal, the waste section of a dredging project, a
summary of the service fleet's oil record and garbage record books, the hydrochemical journal of a dredging campaign, a
yard's norms of its dock ventilation, a terminal's programme of marine monitoring, a plan-graph of control at the
sources of a bulk terminal, the fleet's safety-management checks, a terminal's checks of the ships calling at it, a port
waste reception and handling plan and the environmental section of a dredging work plan). Vietnam: the ports of Hải
Phòng, Cái Mép – Thị Vải, Đà Nẵng, Quy Nhơn, Dung Quất and Cửa Lò, petroleum berths, a dry-bulk and general port, tug
fleets and shipyards (thông tin cơ sở tiếp nhận chất thải từ tàu thuyền, văn bản chấp thuận of a Cảng vụ Hàng hải for
dredging, ĐTM, báo cáo đề xuất cấp GPMT, tổng hợp nhật ký dầu và nhật ký rác, kết quả quan trắc, giấy phép môi trường,
hệ thống quản lý an toàn of a tug fleet, quy trình kiểm tra tàu vào cảng, kế hoạch tiếp nhận chất thải từ tàu, biện pháp
bảo vệ môi trường khi thi công nạo vét).

Facility: the passport of a port reception facility laid out after the IMO database's fields — the port with its
UN/LOCODE and the facility's GISIS identifier as look-alike codes, the KATO after a semicolon in the address, the place
of reception in degrees and decimal minutes with the hemisphere letter after the figures and the longitude padded to
three digits (`051°12,84′ E`), the category at the end of the permit's line — and, inside the same table, the
reception means and capacities by MARPOL annex in cubic metres, a tariff table of no role after it (VI: a port's
information sheet on its reception facility, `20°50,42′N – 106°46,18′E`, the group after the permit) (HQ1); a harbour
master's permit for dredging, no header row, sections spanning the card: the customer with its BIN, the contractor
with its own BIN and its dredger and hoppers with seven-digit IMO numbers, the area of works bounded by four corners
written on four lines of one cell, the centre of the area on a line of its own (the site's coordinates), the
underwater dump site with a centre of its own, the category in the line of the ОВОС conclusion (VI: a Cảng vụ Hàng
hải's approval of a dredging plan, the investor's and the contractor's enterprise numbers, `Tâm khu vực nạo vét`) (HQ2).

Emissions: an oil terminal's emissions from loading tankers worked out per ship call — the kilograms of one call, the
hours of loading and the calls a year merged down over a source's substances before the grams a second and the
tonnes a year, bunkering among the sources — after a table of cargo turnover and ship calls of no role (VI: a
petroleum berth's ĐTM, loads per tàu call for exporting and importing petrol, named activities) (HQ1); a multipurpose
bulk terminal's inventory under rows spanning the table for each berth and the port-wide objects, a ship loader
serving two berths given under the first with coal dust and grain dust and named again under the second as a row
that only refers back (`учтена в составе источников причала № 4`), coal dust with a dash for its class, subtotals per
berth and a total (VI: a general port's loads under berth rows, a mobile harbour crane shared by two berths `đã tính tại
bến số 1`) (HQ2).

Wastes: the waste section of a dredging project, the spoil by sectors of the channel between pickets, the volume in the
solid body and the density before the tonnes, each sector classed by the laboratory as `17 05 06` or `17 05 05*`,
subtotals per code, then the wastes of the dredging fleet under a row spanning the table with dashes for volume and
density (VI: the dredged material of a maintenance dredging ĐTM by channel section in m3, density and tonnes, the
fleet's CTNH in kilograms in a second table) (HQ1); a summary of the service fleet's oil record and garbage record
books, each vessel merged down over its rows, the operation's code of the record book beside the waste, cubic metres
and tonnes, and rows of ballast water exchanged at sea with a dash for a code and `отходом не является` (VI: a tug
fleet's `Nhật ký dầu` and `Nhật ký rác`, `Nước dằn tàu` rows that are no wastes) (HQ2).

Limits: a dredging campaign's hydrochemical journal, one date per block over a suspended-solids row and an
oil-products row, the background point and three control points down-current as columns, the norm of suspended solids
worked out for each date as the day's background plus 0,25 (`12,4 + 0,25 = 12,65`), oil products against the fishery
ПДК at every point, `< 0,02` below detection, a remark column (VI: a port's treatment of the sewage received from
ships against QCVN 14:2008/BTNMT column B, three months each written `mean (min – max)` of the weekly samples) (HQ1); a
ship-repair yard's dock ventilation under rows for its two operating modes — abrasive blasting and painting — the same
stack under both with suspended particles normed at 20 in one mode and 3 in the other, the КЭР norm beside the
year's greatest measured concentration (VI: a shipyard's stacks by mode against QCVN 19:2009/BTNMT column B and QCVN
20:2009/BTNMT, the standard named on each row) (HQ2).

Monitoring: an oil terminal's marine monitoring whose stations are laid out in a first table of no role as rings
around the pier by rhumb and distance (`кольцо I (250 м)`: `М-1`…`М-4`), the programme's rows naming only the ring,
sea water and bottom sediments at their own frequencies (VI: `vòng 1`, `vòng 2` and the background point) (HQ1); the
plan-graph of control at a bulk terminal's sources, the source merged down over rows of the cargo it handles — coal dust
monthly when coal is handled, grain dust quarterly when grain is — a cargo that gives no emission with dashes, and a
row on the smoke of ships at berth at each call with no number and no frequency of the contract (VI: a port's points
by cargo, `Khi làm hàng than`) (HQ2).

Inspections: the environmental checks of a port's service fleet in its safety-management system, each vessel merged
down over its checks, a ship's officer answering for each, frequencies including `ежевахтенно` and `перед каждой
бункеровкой` that are none of the contract (VI: a tug fleet's SMS, `Mỗi ca trực`) (HQ1); an oil terminal's procedure
for checking the ships calling at it — the object, the document or equipment checked and a criterion full of figures
(`15 ppm`, `12 морских миль`, `не более 85 %`) — frequencies such as `при каждом судозаходе` beside `выборочно, не реже 1
раза в месяц` and `перед каждой грузовой операцией, но не реже 1 раза в неделю` (VI: a port's procedure) (HQ2).

Tasks: the action plan of a port waste reception and handling plan under rows naming the MARPOL annex, the items
numbered `I.1`, `IV.2`, `V.1`, the MARPOL regulation as the ground, the port's services as the responsible, costs in
millions of tenge (VI: a port's plan, million đồng) (HQ1); the environmental section of a dredging work plan whose
terms are milestones of the works (`после извлечения 50 % проектного объема`, `до начала запретного периода`), a column
of the fishery restrictions, the customer or the contractor answering for each item (VI: `Sau khi nạo vét được 50%
khối lượng`) (HQ2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float, comma: bool = True) -> tuple[str, float]:
    """`43°10′31,2″` (or whole seconds, `13°46′05″`) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1 if comma else 0)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",") if comma else f"{int(s):02d}"
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _dm(value: float, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes as a chart writes them, `051°12,84′`, and the decimal degrees."""
    d = int(value)
    m = round((value - d) * 60, 2)
    if m >= 60:
        d, m = d + 1, 0.0
    return f"{d:0{width}d}°{m:05.2f}′".replace(".", ","), d + m / 60


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


OFTEN = {
    "ru": {"daily": ("ежедневно",), "weekly": ("еженедельно", "1 раз в неделю")},
    "kk": {"daily": ("күн сайын",), "weekly": ("апта сайын", "аптасына 1 рет")},
    "vi": {"daily": ("hằng ngày", "01 lần/ngày"), "weekly": ("hằng tuần", "01 lần/tuần")},
}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    return doc.pick(OFTEN[doc.lang][word]) if word in OFTEN[doc.lang] else freq(doc, word)


# code: (RU, KK, hazard class of the list) of air pollutants the vocabulary does not name
EXTRA = {
    "3749": ("Пыль каменного угля", "Көмір шаңы", None),
    "2937": ("Пыль зерновая", "Астық шаңы", 3),
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", 3),
    "1210": ("Бутилацетат", "Бутилацетат", 4),
}
# classes as the list (air-pollutants-kz-2444) prints them, where a table gives a class column
CLASS = {"0301": 3, "0304": 3, "0337": 4, "0123": 3, "0143": 2, "0333": 2, "2754": 4, "0602": 2, "0621": 3, "0616": 3}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_L(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][2] if code in EXTRA else CLASS.get(code, vocab.hazard(code))


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, core, RU address, KK address, KATO prefix, lat, lon, GISIS id, RU head, KK head,
#  e-mail domain)
PRF_KZ = (
    ("Портовое приемное сооружение «Теңіз Таза» (причал № 9)", "«Теңіз Таза» порттық қабылдау құрылысы (№ 9 айлақ)",
     "ТОО «Теңіз Таза Сервис»", "«Теңіз Таза Сервис» ЖШС", "Теңіз Таза",
     "Мангистауская область, г. Актау, промышленная зона морского порта, здание 41",
     "Маңғыстау облысы, Ақтау қ., теңіз портының өнеркәсіптік аймағы, 41-ғимарат", "4710", 43.607, 51.214, "KZAKT-0009",
     "Нуржанов Ерболат Кайратович", "Нұржанов Ерболат Қайратұлы"),
    ("Пункт приема судовых отходов «Каспий Ресепшн» (нефтепирс № 2)", "«Каспий Ресепшн» кеме қалдықтарын қабылдау пункті (№ 2 мұнай пирсі)",
     "ТОО «Каспий Ресепшн Лоджистик»", "«Каспий Ресепшн Лоджистик» ЖШС", "Каспий Ресепшн",
     "Мангистауская область, г. Актау, район нефтегавани, строение 3",
     "Маңғыстау облысы, Ақтау қ., мұнай айлағы ауданы, 3-құрылыс", "4710", 43.622, 51.196, "KZAKT-0012",
     "Ли Андрей Валерьевич", "Ли Андрей Валерийұлы", "caspian-reception"),
)  # fmt: skip
# (RU annex, KK annex, RU means, KK means)
PRF_ANNEXES = (
    ("Приложение I МАРПОЛ – нефтесодержащие льяльные воды, нефтяные остатки (шлам)",
     "МАРПОЛ I қосымшасы – мұнайлы трюм асты (льял) сулары, мұнай қалдықтары (шлам)",
     "нефтемусоросборщик «Тұлпар» – до 150 м³ за операцию; береговые резервуары 2 × 400 м³",
     "«Тұлпар» мұнай-қоқыс жинағышы – бір операцияда 150 м³ дейін; жағалаудағы резервуарлар 2 × 400 м³"),
    ("Приложение IV МАРПОЛ – сточные воды", "МАРПОЛ IV қосымшасы – ағынды сулар",
     "вакуумные автоцистерны 2 × 10 м³, прием у любого причала по заявке", "вакуумды автоцистерналар 2 × 10 м³, өтінім бойынша кез келген айлақта қабылдау"),
    ("Приложение V МАРПОЛ – мусор (категории A–F)", "МАРПОЛ V қосымшасы – қоқыс (A–F санаттары)",
     "контейнеры 8 м³ на причалах № 1–9; раздельный сбор пластика (категория A) и пищевых отходов",
     "№ 1–9 айлақтарда 8 м³ контейнерлер; пластикті (A санаты) және тамақ қалдықтарын бөлек жинау"),
    ("Приложение VI МАРПОЛ – остатки систем очистки выхлопных газов", "МАРПОЛ VI қосымшасы – пайдаланылған газдарды тазарту жүйелерінің қалдықтары",
     "не принимаются", "қабылданбайды"),
)  # fmt: skip
# (name, operator, core, port with UN/LOCODE, address, lat, lon, GISIS id, province for the permit)
PRF_VI = (
    ("Cơ sở tiếp nhận chất thải từ tàu thuyền Hải An Xanh", "Công ty TNHH Dịch vụ Môi trường Hàng hải Hải An Xanh", "Hải An Xanh",
     "Cảng biển Hải Phòng (VNHPH)", "Lô CN5, Khu công nghiệp Đình Vũ, phường Đông Hải 2, quận Hải An, TP. Hải Phòng", 20.840, 106.770,
     "VNHPH-0031", "UBND thành phố Hải Phòng"),
    ("Cơ sở tiếp nhận chất thải từ tàu thuyền Cái Mép Sạch", "Công ty Cổ phần Dịch vụ Cảng Cái Mép Sạch", "Cái Mép Sạch",
     "Cảng biển Vũng Tàu (VNVUT)", "Đường số 5, Khu công nghiệp Cái Mép, phường Tân Phước, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu",
     10.534, 107.028, "VNVUT-0017", "UBND tỉnh Bà Rịa – Vũng Tàu"),
    ("Cơ sở tiếp nhận chất thải từ tàu thuyền Tiên Sa Xanh", "Công ty TNHH Môi trường Cảng Tiên Sa Xanh", "Tiên Sa Xanh",
     "Cảng biển Đà Nẵng (VNDAD)", "Bến cảng Tiên Sa, phường Thọ Quang, quận Sơn Trà, TP. Đà Nẵng", 16.122, 108.214,
     "VNDAD-0008", "UBND thành phố Đà Nẵng"),
)  # fmt: skip
PRF_VI_ANNEXES = (
    ("Phụ lục I MARPOL – nước la canh lẫn dầu, cặn dầu", "tàu thu gom dầu thải 120 m³/chuyến; 02 bồn chứa trên bờ 300 m³"),
    ("Phụ lục IV MARPOL – nước thải sinh hoạt", "xe bồn hút chân không 02 × 8 m³, tiếp nhận tại cầu cảng theo yêu cầu"),
    ("Phụ lục V MARPOL – rác thải (loại A–F)", "thùng chứa 6 m³ tại các cầu cảng; phân loại riêng nhựa và chất thải thực phẩm"),
    ("Phụ lục VI MARPOL – cặn từ hệ thống lọc khí thải", "không tiếp nhận"),
)


def facility_hq1(doc: Doc) -> None:
    """The passport of a port reception facility for ship-generated wastes laid out after the fields of the IMO database
    (GISIS, PRF module): `№ | наименование сведений | сведения`, the port with its UN/LOCODE and the facility's GISIS
    identifier as look-alike codes, the operator and its BIN on rows of their own, the address with `; КАТО …` after it,
    the place of reception in degrees and decimal minutes with the hemisphere letter after the figures and the longitude
    padded to three digits, the category at the end of the permit's line; inside the same table a row spanning it over
    the means and capacities of reception by MARPOL annex, in cubic metres, that are no wastes; the tariffs of reception in
    a table of no role after it (VI: a port's information sheet on its reception facility, the enterprise number, the
    group after the permit)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (n_ru, n_kk, op_ru, op_kk, core, a_ru, a_kk, prefix, lat0, lon0, gisis, h_ru, h_kk, domain) = doc.pick(PRF_KZ)
    name, operator = (n_ru, n_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_t, lat = _dm(lat0 + r.uniform(-0.004, 0.004), 2)
    lon_t, lon = _dm(lon0 + r.uniform(-0.004, 0.004), 3)
    permit = f"KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1)}"
    day = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    doc.h(g("Паспорт портового приемного сооружения для отходов с судов", "Кемелерден түсетін қалдықтарға арналған порттық қабылдау құрылысының паспорты", ""))
    doc.p(g("Паспорт составлен по полям базы данных портовых приемных сооружений ИМО (GISIS, модуль PRF) и представлен капитану "
            "морского порта Актау для размещения сведений в базе.",
            "Паспорт ХТҰ порттық қабылдау құрылыстары дерекқорының (GISIS, PRF модулі) жолдары бойынша жасалды және мәліметтерді "
            "дерекқорға орналастыру үшін Ақтау теңіз портының капитанына ұсынылды.", ""))
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], []),
            ["1", g("Порт (UN/LOCODE)", "Порт (UN/LOCODE)", ""), g("Морской порт Актау (KZAKT)", "Ақтау теңіз порты (KZAKT)", "")],
            ["2", g("Наименование приемного сооружения", "Қабылдау құрылысының атауы", ""), name],
            ["3", g("Идентификатор сооружения в GISIS ИМО", "ХТҰ GISIS жүйесіндегі құрылыс сәйкестендіргіші", ""), gisis],
            ["4", g("Оператор сооружения", "Құрылыс операторы", ""), operator],
            ["5", g("БИН оператора", "Оператордың БСН", ""), bin_],
            ["6", g("Адрес (местонахождение)", "Мекенжайы (орналасқан жері)", ""), f"{(a_ru, a_kk)[L]}; {g('КАТО', 'ҚАТО', '')} {kato}"],
            ["7", g("Координаты места приема (WGS-84)", "Қабылдау орнының координаттары (WGS-84)", ""), f"{lat_t} N; {lon_t} E"],
            ["8", g("Экологическое разрешение, категория объекта", "Экологиялық рұқсат, объект санаты", ""),
             g(f"разрешение на воздействие № {permit} от {day}; объект II категории",
               f"{day} № {permit} әсер етуге рұқсат; II санаттағы объект", "")],
            ["9", g("Режим работы", "Жұмыс режимі", ""),
             g("круглосуточно, круглогодично; заявка капитана (агента) судна – не позднее чем за 24 ч до прихода",
               "тәулік бойы, жыл бойы; кеме капитанының (агентінің) өтінімі – келгенге дейін 24 сағаттан кешіктірмей", "")]]  # fmt: skip
    merges: list = []
    _span(rows, merges, g("10. Принимаемые отходы, средства и мощность приема", "10. Қабылданатын қалдықтар, қабылдау құралдары мен қуаты", ""), 3)
    for k, (x_ru, x_kk, m_ru, m_kk) in enumerate(PRF_ANNEXES, 1):
        rows.append([f"10.{k}", (x_ru, x_kk)[L], (m_ru, m_kk)[L]])
    head = (h_ru, h_kk)[L]
    rows.append(["11", g("Ответственное лицо, связь", "Жауапты тұлға, байланыс", ""),
                 f"{head}, +7 7292 {r.randint(30, 79)}-{r.randint(10, 99)}-{r.randint(10, 99)}, prf@{domain}.kz"])
    doc.table(g("Таблица 1 – Сведения о портовом приемном сооружении", "1-кесте – Порттық қабылдау құрылысы туралы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.table(g("Таблица 2 – Тарифы на прием отходов с судов (без НДС)", "2-кесте – Кемелерден қалдықтарды қабылдау тарифтері (ҚҚС-сыз)", ""),
              [g(["Вид отходов", "Единица", "Тариф, тенге"], ["Қалдық түрі", "Бірлік", "Тариф, теңге"], []),
               [g("Льяльные воды", "Трюм асты (льял) сулары", ""), "м³", num(r.randint(18, 30) * 500, doc.lang)],
               [g("Нефтяные остатки (шлам)", "Мұнай қалдықтары (шлам)", ""), "м³", num(r.randint(40, 70) * 500, doc.lang)],
               [g("Сточные воды", "Ағынды сулар", ""), "м³", num(r.randint(6, 12) * 500, doc.lang)],
               [g("Мусор", "Қоқыс", ""), "м³", num(r.randint(8, 16) * 500, doc.lang)]], role="other")
    doc.p(g("Примечание: координаты указаны для места швартовки нефтемусоросборщика при приеме отходов.",
            "Ескертпе: координаттар қалдықтарды қабылдау кезінде мұнай-қоқыс жинағышының арқандап байланатын орны үшін көрсетілген.", ""))


def _facility_hq1_vi(doc: Doc) -> None:
    r = doc.rng
    name, operator, core, port, address, lat0, lon0, gisis, province = doc.pick(PRF_VI)
    msdn = make_msdn(r)
    lat_t, lat = _dm(lat0 + r.uniform(-0.004, 0.004), 2)
    lon_t, lon = _dm(lon0 + r.uniform(-0.004, 0.004), 3)
    doc.h("THÔNG TIN VỀ CƠ SỞ TIẾP NHẬN CHẤT THẢI TỪ TÀU THUYỀN")
    doc.p(f"(Công bố theo yêu cầu của Cảng vụ Hàng hải và cập nhật lên cơ sở dữ liệu GISIS của Tổ chức Hàng hải quốc tế) – {port}")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Cảng biển (mã UN/LOCODE)", port],
            ["2", "Tên cơ sở tiếp nhận", name],
            ["3", "Mã định danh trên GISIS (IMO)", gisis],
            ["4", "Doanh nghiệp quản lý, vận hành", operator],
            ["5", "Mã số doanh nghiệp", msdn],
            ["6", "Địa chỉ", address],
            ["7", "Tọa độ vị trí tiếp nhận (WGS-84)", f"{lat_t}N – {lon_t}E"],
            ["8", "Giấy phép môi trường; phân loại", f"Giấy phép môi trường số {r.randint(12, 480)}/GPMT-UBND ngày {r.randint(1, 28):02d}/"
                                                     f"{r.randint(1, 12):02d}/2024 của {province}; dự án nhóm II"],
            ["9", "Thời gian tiếp nhận", "24/24 giờ; thông báo trước ít nhất 24 giờ qua đại lý tàu"]]  # fmt: skip
    merges: list = []
    _span(rows, merges, "10. Loại chất thải, phương tiện và năng lực tiếp nhận", 3)
    for k, (annex, means) in enumerate(PRF_VI_ANNEXES, 1):
        rows.append([f"10.{k}", annex, means])
    rows.append(["11", "Người liên hệ", f"{doc.pick(('Ông Nguyễn Văn Thành', 'Bà Trần Thị Hương', 'Ông Lê Quang Minh'))}, "
                                         f"0{r.randint(200, 299)} {r.randint(3000000, 3999999)}"])
    doc.table("Bảng 1. Thông tin cơ sở tiếp nhận chất thải", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "II", "lat": lat, "lon": lon})
    doc.table("Bảng 2. Đơn giá dịch vụ tiếp nhận (chưa bao gồm VAT)",
              [["Loại chất thải", "Đơn vị", "Đơn giá (đồng)"],
               ["Nước la canh lẫn dầu", "m³", num(r.randint(8, 14) * 50000, "vi")],
               ["Cặn dầu", "m³", num(r.randint(20, 30) * 50000, "vi")],
               ["Nước thải sinh hoạt", "m³", num(r.randint(3, 6) * 50000, "vi")],
               ["Rác thải", "m³", num(r.randint(4, 8) * 50000, "vi")]], role="other")


# (RU port word, KK port word, RU object, KK object, RU customer, KK customer, RU place, KK place, KATO prefix, lat, lon,
#  RU port of the harbour master, KK port)
DREDGE_KZ = (
    ("Курык", "Құрық", "Дноуглубление подходного канала и операционной акватории морского порта Курык",
     "Құрық теңіз портының кіреберіс арнасы мен операциялық акваториясының түбін тереңдету",
     "ТОО «Порт Курык Оператор»", "«Порт Курык Оператор» ЖШС",
     "Мангистауская область, Каракиянский район, с. Курык, акватория морского порта Курык",
     "Маңғыстау облысы, Қарақия ауданы, Құрық а., Құрық теңіз портының акваториясы", "4744", 43.178, 51.662, "Курык", "Құрық"),
    ("Баутино", "Баутино", "Ремонтное дноуглубление у причалов № 1–4 морского порта Баутино",
     "Баутино теңіз портының № 1–4 айлақтары жанындағы жөндеу түбін тереңдету",
     "АО «Баутино Теңіз Базасы»", "«Баутино Теңіз Базасы» АҚ",
     "Мангистауская область, Тупкараганский район, пос. Баутино, бухта Баутино",
     "Маңғыстау облысы, Түпқараған ауданы, Баутино кенті, Баутино шығанағы", "4746", 44.546, 50.262, "Баутино", "Баутино"),
    ("Актау", "Ақтау", "Дноуглубление операционной акватории у причалов № 7–9 морского порта Актау",
     "Ақтау теңіз портының № 7–9 айлақтары жанындағы операциялық акваторияның түбін тереңдету",
     "АО «Ақтау Халықаралық Теңіз Порты»", "«Ақтау Халықаралық Теңіз Порты» АҚ",
     "Мангистауская область, г. Актау, акватория морского порта Актау", "Маңғыстау облысы, Ақтау қ., Ақтау теңіз портының акваториясы",
     "4710", 43.612, 51.206, "Актау", "Ақтау"),
)  # fmt: skip
CONTRACTORS_KZ = (("ТОО «Каспий Дредж Сервис»", "«Каспий Дредж Сервис» ЖШС"), ("ТОО «Теңіз Гидрострой»", "«Теңіз Гидрострой» ЖШС"))


def _corners(doc: Doc, lat: float, lon: float, comma: bool) -> tuple[list[str], str, float, float]:
    """Four corners of a rectangle of works around a centre, the centre as written and its decimal degrees."""
    r = doc.rng
    dlat, dlon = r.uniform(0.004, 0.009), r.uniform(0.006, 0.014)
    out = []
    for sa, so in ((1, -1), (1, 1), (-1, 1), (-1, -1)):
        a, _ = _dms(lat + sa * dlat, comma)
        o, _ = _dms(lon + so * dlon, comma)
        out.append((a, o))
    c_lat, c_lat_v = _dms(lat, comma)
    c_lon, c_lon_v = _dms(lon, comma)
    return [f"{a} / {o}" for a, o in out], f"{c_lat} / {c_lon}", c_lat_v, c_lon_v


def facility_hq2(doc: Doc) -> None:
    """A harbour master's permit for dredging with no header row, sections spanning the card: the customer (the port
    operator) with its BIN and address, the contractor with its own BIN, its dredger and hopper barges with seven-digit IMO
    numbers, then the object and the area of works — the place with its KATO in brackets, the area bounded by four corners
    written on four lines of one cell, the centre of the area on a line of its own (the site's coordinates), the
    underwater dump site with a centre of its own, the volume, the category in the line of the ОВОС conclusion — and the
    term and conditions (VI: a Cảng vụ Hàng hải's approval of a maintenance dredging plan, the investor's and the
    contractor's enterprise numbers, `Tâm khu vực nạo vét`, the dump site at sea)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (w_ru, w_kk, o_ru, o_kk, c_ru, c_kk, p_ru, p_kk, prefix, lat0, lon0, hp_ru, hp_kk) = doc.pick(DREDGE_KZ)
    contractor = doc.pick(CONTRACTORS_KZ)[L]
    bin_, bin2, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat = lat0 + r.uniform(-0.003, 0.003)
    lon = lon0 + r.uniform(-0.003, 0.003)
    corners, centre, c_lat, c_lon = _corners(doc, round(lat, 5), round(lon, 5), True)
    d_lat, _ = _dms(lat - r.uniform(0.03, 0.05), True)
    d_lon, _ = _dms(lon - r.uniform(0.04, 0.07), True)
    volume = r.randint(18, 64) * 10000
    n = r.randint(12, 96)
    imo = [str(r.randint(8600000, 9399999)) for _ in range(3)]
    doc.h(g(f"Разрешение на производство дноуглубительных работ № {n}/2026", f"Түбін тереңдету жұмыстарын жүргізуге № {n}/2026 рұқсат", ""))
    doc.p(g(f"РГУ «Капитан морского порта {hp_ru}» Комитета транспорта Министерства транспорта Республики Казахстан, рассмотрев заявку "
            f"заказчика от {r.randint(1, 28):02d}.0{r.randint(3, 6)}.2026 и проект производства работ, разрешает производство "
            "дноуглубительных работ на условиях, указанных ниже.",
            f"Қазақстан Республикасы Көлік министрлігі Көлік комитетінің «{hp_kk} теңіз портының капитаны» РММ тапсырыс берушінің "
            f"2026 жылғы {r.randint(1, 28):02d}.0{r.randint(3, 6)} өтінімін және жұмыстарды жүргізу жобасын қарап, түбін тереңдету "
            "жұмыстарын төменде көрсетілген шарттарда жүргізуге рұқсат береді.", ""))
    rows: list = []
    merges: list = []
    _span(rows, merges, g("1. Заказчик (инициатор) работ", "1. Жұмыстардың тапсырыс берушісі (бастамашысы)", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), (c_ru, c_kk)[L]],
             [g("БИН", "БСН", ""), bin_],
             [g("Юридический адрес", "Заңды мекенжайы", ""), g("Мангистауская область, г. Актау, 14-й микрорайон, здание 5",
                                                             "Маңғыстау облысы, Ақтау қ., 14-шағынаудан, 5-ғимарат", "")]]
    _span(rows, merges, g("2. Исполнитель работ (подрядчик)", "2. Жұмыстарды орындаушы (мердігер)", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), contractor],
             [g("БИН", "БСН", ""), bin2],
             [g("Плавсредства", "Жүзу құралдары", ""),
              g(f"земснаряд «Каспий-5» (ИМО {imo[0]}), грунтовые шаланды «ГШ-11» (ИМО {imo[1]}), «ГШ-12» (ИМО {imo[2]}), буксир «Батыр»",
                f"«Каспий-5» земснаряды (ХТҰ {imo[0]}), «ГШ-11» (ХТҰ {imo[1]}), «ГШ-12» (ХТҰ {imo[2]}) топырақ шаландалары, «Батыр» буксирі", "")]]
    _span(rows, merges, g("3. Объект и район работ", "3. Объект және жұмыс ауданы", ""), 2)
    rows += [[g("Наименование объекта", "Объектінің атауы", ""), (o_ru, o_kk)[L]],
             [g("Местоположение", "Орналасқан жері", ""), f"{(p_ru, p_kk)[L]} ({g('КАТО', 'ҚАТО', '')} {kato})"],
             [g("Границы района работ (WGS-84), с.ш. / в.д.", "Жұмыс ауданының шекаралары (WGS-84), с.е. / ш.б.", ""),
              "\n".join(f"{g('т.', 'н.', '')} {k} – {c}" for k, c in enumerate(corners, 1))],
             [g("Центр района работ (WGS-84), с.ш. / в.д.", "Жұмыс ауданының орталығы (WGS-84), с.е. / ш.б.", ""), centre],
             [g("Место размещения грунта", "Топырақты орналастыру орны", ""),
              g(f"подводный отвал ПО-2, центр {d_lat} / {d_lon}, глубины 12–15 м",
                f"ПО-2 су асты үйіндісі, орталығы {d_lat} / {d_lon}, тереңдігі 12–15 м", "")],
             [g("Объем дноуглубления", "Түбін тереңдету көлемі", ""),
              g(f"{num(volume, 'ru')} м³ в плотном теле", f"тығыз денеде {num(volume, 'kk')} м³", "")],
             [g("Категория объекта", "Объектінің санаты", ""),
              g(f"II – заключение по результатам оценки воздействия на окружающую среду № KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1)}",
                f"II – қоршаған ортаға әсерді бағалау нәтижелері бойынша № KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1)} қорытынды", "")]]
    _span(rows, merges, g("4. Сроки и условия", "4. Мерзімдері мен шарттары", ""), 2)
    rows += [[g("Срок производства работ", "Жұмыстарды жүргізу мерзімі", ""),
              g("с 01.08.2026 по 30.11.2026", "2026 жылғы 01.08 бастап 30.11 дейін", "")],
             [g("Особые условия", "Ерекше шарттар", ""),
              g("работы прекращаются при волнении свыше 3 баллов; суточный рапорт о ходе работ направляется диспетчеру порта",
                "толқын 3 балдан жоғары болғанда жұмыстар тоқтатылады; жұмыс барысы туралы тәуліктік баянат порт диспетчеріне жіберіледі", "")]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": (w_ru, w_kk)[L], "kato": kato, "category": "II", "lat": c_lat, "lon": c_lon})
    doc.p(g(f"Капитан морского порта {hp_ru}                                   М.П.",
            f"{hp_kk} теңіз портының капитаны                                   М.О.", ""))


# (port word, object, investor, place, lat, lon, Cảng vụ, dump site)
DREDGE_VI = (
    ("Quy Nhơn", "Nạo vét duy tu khu nước trước bến số 1 đến bến số 4, cảng Quy Nhơn", "Công ty Cổ phần Cảng Quy Nhơn Mới",
     "phường Hải Cảng, TP. Quy Nhơn, tỉnh Bình Định", 13.772, 109.244, "Cảng vụ Hàng hải Quy Nhơn", "khu vực nhận chìm ngoài khơi Nhơn Hải"),
    ("Dung Quất", "Nạo vét vũng quay tàu và khu nước bến cảng tổng hợp Dung Quất", "Công ty TNHH Cảng Dung Quất Xanh",
     "xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi", 15.405, 108.798, "Cảng vụ Hàng hải Quảng Ngãi", "khu vực đổ thải phía Bắc mũi Ba Làng An"),
    ("Cửa Lò", "Nạo vét luồng và khu nước trước bến số 5, số 6 cảng Cửa Lò", "Công ty Cổ phần Cảng Cửa Lò Nghệ Tĩnh",
     "phường Nghi Tân, thị xã Cửa Lò, tỉnh Nghệ An", 18.819, 105.717, "Cảng vụ Hàng hải Nghệ An", "khu vực đổ thải ngoài khơi đảo Lan Châu"),
)  # fmt: skip


def _facility_hq2_vi(doc: Doc) -> None:
    r = doc.rng
    word, obj, investor, place, lat0, lon0, authority, dump = doc.pick(DREDGE_VI)
    msdn, msdn2 = make_msdn(r), make_msdn(r)
    lat = lat0 + r.uniform(-0.003, 0.003)
    lon = lon0 + r.uniform(-0.003, 0.003)
    corners, centre, c_lat, c_lon = _corners(doc, round(lat, 5), round(lon, 5), False)
    volume = r.randint(6, 48) * 5000
    imo = [str(r.randint(8600000, 9399999)) for _ in range(2)]
    doc.h(f"VĂN BẢN CHẤP THUẬN PHƯƠNG ÁN BẢO ĐẢM AN TOÀN HÀNG HẢI THI CÔNG NẠO VÉT – {authority.upper()}")
    doc.p(f"Xét đề nghị của chủ đầu tư và hồ sơ phương án thi công kèm theo, {authority} chấp thuận phương án bảo đảm an toàn hàng hải "
          "để thi công công trình với các nội dung sau:")
    rows: list = []
    merges: list = []
    _span(rows, merges, "I. Chủ đầu tư", 2)
    rows += [["Tên doanh nghiệp", investor], ["Mã số doanh nghiệp", msdn]]
    _span(rows, merges, "II. Đơn vị thi công", 2)
    rows += [["Tên doanh nghiệp", doc.pick(("Công ty Cổ phần Nạo vét Đường biển Phương Nam", "Công ty TNHH Công trình Thủy Bạch Đằng Mới"))],
             ["Mã số doanh nghiệp", msdn2],
             ["Phương tiện thi công", f"tàu hút bụng tự hành HB-08 (IMO {imo[0]}), sà lan mở đáy SB-21 (IMO {imo[1]}), tàu lai dắt"]]
    _span(rows, merges, "III. Công trình và phạm vi thi công", 2)
    rows += [["Tên công trình", obj],
             ["Địa điểm", place],
             ["Phạm vi nạo vét giới hạn bởi các điểm (WGS-84)", "\n".join(f"Điểm {x}: {c}" for x, c in zip("ABCD", corners, strict=True))],
             ["Tâm khu vực nạo vét (WGS-84)", centre],
             ["Vị trí đổ chất nạo vét", f"{dump}, cách bờ {num(round(r.uniform(6, 12), 1), 'vi')} hải lý"],
             ["Khối lượng nạo vét", f"{num(volume, 'vi')} m³"],
             ["Phân loại dự án theo tiêu chí môi trường", f"Nhóm II (Quyết định phê duyệt kết quả thẩm định ĐTM số {r.randint(100, 2900)}/QĐ-UBND)"]]
    _span(rows, merges, "IV. Thời gian và yêu cầu", 2)
    rows += [["Thời gian thi công", "từ ngày 15/03/2026 đến ngày 30/06/2026"],
             ["Yêu cầu", "bố trí báo hiệu hàng hải tạm thời; báo cáo tiến độ cho Cảng vụ hằng tuần"]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": word, "category": "II", "lat": c_lat, "lon": c_lon})
    doc.p(f"Nơi nhận: Chủ đầu tư; Đơn vị thi công; Lưu VT, PC. – GIÁM ĐỐC {authority.upper()}")


# ---------------------------------------------------------------- emissions

# (RU terminal, KK terminal, RU port, KK port)
TERMINALS_KZ = (
    ("Нефтеналивной терминал ТОО «Ақтау Мұнай Құю»", "«Ақтау Мұнай Құю» ЖШС мұнай құю терминалы", "морской порт Актау", "Ақтау теңіз порты"),
    ("Терминал нефти и нефтепродуктов ТОО «Құрық Ойл Терминал»", "«Құрық Ойл Терминал» ЖШС мұнай және мұнай өнімдері терминалы",
     "морской порт Курык", "Құрық теңіз порты"),
)
# (number, RU source, KK source, RU product, KK product, parcel t, calls a year, hours of loading, {code: kg per call})
LOADING = (
    ("6001", "Налив нефти в танкеры, причал № 1 (стендеры СН-1, СН-2)", "Танкерлерге мұнай құю, № 1 айлақ (СН-1, СН-2 стендерлері)",
     "нефть сырая", "шикі мұнай", (280, 600), (40, 90), (18, 30),
     {"0415": (900, 1800), "0416": (300, 700), "0602": (3, 9), "0621": (2, 6), "0616": (1, 3.5), "0333": (0.4, 1.5)}),
    ("6002", "Налив дизельного топлива в танкеры, причал № 2", "Танкерлерге дизель отынын құю, № 2 айлақ",
     "дизельное топливо", "дизель отыны", (50, 120), (30, 70), (10, 16), {"2754": (40, 120), "0333": (0.05, 0.2)}),
    ("6003", "Бункеровка судов флотским мазутом у причала № 3", "№ 3 айлақта кемелерді флот мазутымен бункерлеу",
     "мазут флотский", "флот мазуты", (3, 12), (90, 200), (3, 6), {"2754": (4, 16), "0333": (0.01, 0.06)}),
)  # fmt: skip


def emissions_hq1(doc: Doc) -> None:
    """An oil terminal's НДВ materials: a table of no role with the turnover, the average parcel and the ship calls a year of
    each product, then the emissions from loading tankers and bunkering worked out per ship call — `№ ИЗА | источник |
    код | вещество | выброс за один судозаход, кг | продолжительность налива, ч | число судозаходов в год | г/с | т/год` —
    the source, its hours and its calls merged down over its substances, a total row (VI: a petroleum berth's ĐTM, the
    loads of exporting and importing petrol per tàu call, the hours of pumping and the calls a year, named activities)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t_ru, t_kk, p_ru, p_kk = doc.pick(TERMINALS_KZ)
    doc.h(g(f"Проект нормативов допустимых выбросов. {t_ru} ({p_ru})", f"Жол берілетін шығарындылар нормативтерінің жобасы. {t_kk} ({p_kk})", ""))
    doc.h(g("3.2. Выбросы при наливе танкеров и бункеровке судов", "3.2. Танкерлерге құю және кемелерді бункерлеу кезіндегі шығарындылар", ""))
    doc.p(g("Выбросы паров из грузовых танков при наливе определены по удельным выбросам на один судозаход (партию груза) с "
            "учетом давления насыщенных паров продукта; годовой выброс – произведение выброса за судозаход на число судозаходов.",
            "Құю кезінде жүк танктерінен шығатын бу шығарындылары өнімнің қаныққан бу қысымын ескере отырып бір кеме келуіне (жүк "
            "партиясына) шаққандағы үлестік шығарындылар бойынша анықталды; жылдық шығарынды – бір кеме келуіндегі шығарындының кеме "
            "келу санына көбейтіндісі.", ""))
    plan = []
    for number, s_ru, s_kk, pr_ru, pr_kk, (plo, phi), (clo, chi), (hlo, hhi), factors in LOADING:
        parcel = r.randint(plo, phi) * 100
        calls = r.randint(clo, chi)
        hours = r.randint(hlo, hhi)
        plan.append((number, (s_ru, s_kk)[L], (pr_ru, pr_kk)[L], parcel, calls, hours, factors))
    rows = [g(["Продукт", "Грузооборот, тыс. т/год", "Средняя партия, т", "Число судозаходов в год"],
              ["Өнім", "Жүк айналымы, мың т/жыл", "Орташа партия, т", "Жылына кеме келу саны"], [])]
    for _, _, product, parcel, calls, _, _ in plan:
        rows.append([product, num(round(parcel * calls / 1000, 1), doc.lang), num(parcel, doc.lang), str(calls)])
    doc.table(g("Таблица 3.1 – Грузооборот терминала и судозаходы", "3.1-кесте – Терминалдың жүк айналымы және кеме келулері", ""),
              rows, role="other")
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Выброс за один судозаход, кг", "Продолжительность налива, ч",
               "Число судозаходов в год", "Максимальный выброс, г/с", "Валовый выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Бір кеме келуіндегі шығарынды, кг", "Құю ұзақтығы, сағ",
               "Жылына кеме келу саны", "Ең жоғары шығарынды, г/с", "Жалпы шығарынды, т/жыл"], [])]
    merges = []
    sum_g, sum_t = 0.0, 0.0
    for number, source, _product, _parcel, calls, hours, factors in plan:
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(factors.items()):
            kg = _sig(r.uniform(lo, hi), 3)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            ty = _sig(kg * calls / 1000, 4)
            sum_g, sum_t = sum_g + gs, sum_t + ty
            first = j == 0
            rows.append([number if first else None, source if first else None, c, _air(doc, c), num(kg, doc.lang),
                         str(hours) if first else None, str(calls) if first else None, num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 5, 6)]
    rows.append([g("Всего по терминалу", "Терминал бойынша барлығы", ""), *[None] * 6, num(_sig(sum_g, 6), doc.lang), num(_sig(sum_t, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ при наливе и бункеровке", "3.2-кесте – Құю және бункерлеу кезіндегі ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": p[0], "type": "unorganized"} for p in plan))
    doc.p(g("Одновременный налив у причалов № 1 и № 2 не производится; максимальный выброс определен для налива одной партии.",
            "№ 1 және № 2 айлақтарда бір мезгілде құю жүргізілмейді; ең жоғары шығарынды бір партияны құю үшін анықталды.", ""))
    maybe_distractor(doc, 0.3)


PETROL_VI = (
    ("BẾN CẢNG XĂNG DẦU ĐÌNH VŨ MỚI", "phường Đông Hải 2, quận Hải An, TP. Hải Phòng"),
    ("BẾN XUẤT NHẬP XĂNG DẦU PHÚ MỸ ĐÔNG", "phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
)
# (activity, product, parcel m3, calls a year, hours of pumping, {code: kg per call})
PETROL_ACTS = (
    ("Xuất xăng RON 95 từ bồn xuống tàu tại cầu cảng số 1", "Xăng RON 95-III", (20, 50), (60, 140), (6, 12),
     {"2704": (150, 400), "0602": (0.5, 1.5), "0621": (1, 3), "0616": (0.5, 2)}),
    ("Nhập xăng E5 RON 92 từ tàu vào bồn chứa (hơi thở lớn của bồn)", "Xăng E5 RON 92-II", (30, 70), (40, 100), (8, 14),
     {"2704": (100, 300), "0602": (0.3, 1.0), "0621": (0.6, 2)}),
)
VI_AIR = {"2704": "Xăng", "0602": "Benzen", "0621": "Toluen", "0616": "Xylen", "2902": "Bụi tổng",
          "0301": "NOx (tính theo NO2)", "0330": "SO2", "0337": "CO", "0008": "Bụi PM10"}


def _emissions_hq1_vi(doc: Doc) -> None:
    r = doc.rng
    berth, place = doc.pick(PETROL_VI)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN {berth}")
    doc.h("3.2.1.2. Tác động do hơi xăng dầu phát sinh khi xuất, nhập hàng cho tàu")
    doc.p(f"Dự án tại {place}. Tải lượng hơi xăng phát sinh được tính theo hệ số trên mỗi lượt tàu làm hàng và số lượt tàu dự kiến "
          "trong năm; tải lượng giờ lớn nhất tính theo thời gian bơm hàng của một lượt.")
    plan = []
    for act, product, (plo, phi), (clo, chi), (hlo, hhi), factors in PETROL_ACTS:
        parcel = r.randint(plo, phi) * 100
        plan.append((act, product, parcel, r.randint(clo, chi), r.randint(hlo, hhi), factors))
    rows = [["Mặt hàng", "Khối lượng mỗi lượt tàu (m³)", "Số lượt tàu/năm", "Sản lượng (m³/năm)"]]
    for _, product, parcel, calls, _, _ in plan:
        rows.append([product, num(parcel, "vi"), str(calls), num(parcel * calls, "vi")])
    doc.table("Bảng 1.3. Sản lượng hàng hóa và số lượt tàu dự kiến", rows, role="other")
    rows = [["TT", "Hoạt động", "Thông số", "Tải lượng mỗi lượt tàu (kg/lượt)", "Thời gian bơm hàng (giờ/lượt)", "Số lượt tàu/năm",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (act, _product, _parcel, calls, hours, factors) in enumerate(plan, 1):
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(factors.items()):
            kg = _sig(r.uniform(lo, hi), 3)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            ty = _sig(kg * calls / 1000, 4)
            first = j == 0
            rows.append([str(k) if first else None, act if first else None, VI_AIR[c], num(kg, "vi"), str(hours) if first else None,
                         str(calls) if first else None, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 4, 5)]
    doc.table("Bảng 3.9. Tải lượng hơi xăng phát sinh khi làm hàng tại cầu cảng", rows, merges, role="emissions")
    doc.p("Biện pháp giảm thiểu: sử dụng cần xuất có hệ thống thu hồi hơi, không làm hàng đồng thời tại hai cầu cảng.")
    maybe_distractor(doc, 0.3)


# (RU terminal, KK terminal, RU port, KK port)
BULK_KZ = (
    ("Универсальный перегрузочный комплекс ТОО «Каспий Балк Терминал»", "«Каспий Балк Терминал» ЖШС әмбебап қайта тиеу кешені",
     "морской порт Актау", "Ақтау теңіз порты"),
    ("Зерновой и угольный терминал ТОО «Құрық Балк»", "«Құрық Балк» ЖШС астық және көмір терминалы", "морской порт Курык", "Құрық теңіз порты"),
)
# (RU berth, KK berth, [(number, RU, KK, hours, {code: (low, high) g/s})]); a source of None refers back to the one above
BERTHS_KZ = (
    ("Причал № 4 – уголь", "№ 4 айлақ – көмір", [
        ("6001", "Вагоноопрокидыватель (выгрузка угля из полувагонов)", "Вагон аударғыш (көмірді жартылай вагондардан түсіру)", 5200,
         {"3749": (0.2, 0.6)}),
        ("6002", "Открытый склад угля, штабели № 1, 2 (сдув, формирование)", "Көмірдің ашық қоймасы, № 1, 2 қатарлар (үрлену, қалыптастыру)", 8760,
         {"3749": (0.3, 0.9)}),
        ("6003", "Судопогрузочная машина СПМ-1 (обслуживает причалы № 4 и № 5)",
         "СПМ-1 кеме тиеу машинасы (№ 4 және № 5 айлақтарға қызмет көрсетеді)", 4300, {"3749": (0.15, 0.5), "2937": (0.05, 0.2)})]),
    ("Причал № 5 – зерно", "№ 5 айлақ – астық", [
        ("0001", "Аспирация надсилосной галереи элеватора (циклоны 4ЦН-15)", "Элеватордың силос үсті галереясының аспирациясы (4ЦН-15 циклондары)",
         6100, {"2937": (0.1, 0.35)}),
        ("0002", "Аспирация приемного устройства с железной дороги", "Темір жолдан қабылдау құрылғысының аспирациясы", 3800, {"2937": (0.08, 0.25)}),
        ("6003", None, None, None, None)]),
    ("Общепортовые объекты", "Жалпы порттық объектілер", [
        ("0003", "Дымовая труба котельной (2 котла, природный газ)", "Қазандықтың түтін мұржасы (2 қазандық, табиғи газ)", 5040,
         {"0301": (0.05, 0.15), "0304": (0.008, 0.025), "0337": (0.1, 0.4)}),
        ("6004", "Сварочный пост ремонтно-механической мастерской", "Жөндеу-механикалық шеберхананың дәнекерлеу посты", 1200,
         {"0123": (0.002, 0.008), "0143": (0.0002, 0.0008)})]),
)  # fmt: skip


def emissions_hq2(doc: Doc) -> None:
    """A multipurpose bulk terminal's inventory of sources under rows spanning the table for each berth and for the port-wide
    objects: `№ ИЗА | источник | код | вещество | класс опасности | г/с | т/год`, the source merged down over its substances;
    the ship loader serving two berths is given under the first with coal dust and grain dust and named again under the
    second as a row that only refers back, merged across the figures; coal dust, which has only an ОБУВ, with a dash for
    its class; a subtotal per berth and a total (VI: a general port's loads under berth rows, a mobile harbour crane
    shared by two berths given under the first and named under the second `đã tính tại bến số 1`)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t_ru, t_kk, p_ru, p_kk = doc.pick(BULK_KZ)
    doc.h(g("Отчет по инвентаризации источников выбросов загрязняющих веществ в атмосферу", "Атмосфераға ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп", ""))
    doc.p(g(f"Объект: {t_ru}, {p_ru}. Комплекс перегружает уголь с железной дороги на суда у причала № 4 и зерно через элеватор у "
            "причала № 5; судопогрузочная машина на рельсовом ходу работает на обоих причалах и учтена как один источник.",
            f"Объект: {t_kk}, {p_kk}. Кешен № 4 айлақта көмірді темір жолдан кемелерге және № 5 айлақта элеватор арқылы астықты қайта "
            "тиейді; рельс жүрісті кеме тиеу машинасы екі айлақта да жұмыс істейді және бір көз ретінде ескерілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []
    all_g, all_t, numbers = [], [], []
    first_berth = None
    for b_ru, b_kk, sources in BERTHS_KZ:
        berth = (b_ru, b_kk)[L]
        first_berth = first_berth or berth
        _span(rows, merges, berth, 7)
        sub_g, sub_t = [], []
        for number, s_ru, s_kk, hours, items in sources:
            if s_ru is None:
                rows.append([number, g("Судопогрузочная машина СПМ-1", "СПМ-1 кеме тиеу машинасы", ""),
                             g(f"учтена в составе источников раздела «{first_berth}» (см. выше)",
                               f"«{first_berth}» бөлімі көздерінің құрамында ескерілген (жоғарыда қараңыз)", ""), None, None, None, None])
                merges.append((len(rows) - 1, 2, len(rows) - 1, 6))
                continue
            if number in ("6002", "6004") and r.random() < 0.3:
                continue
            numbers.append(number)
            start = len(rows)
            for c, (lo, hi) in items.items():
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.55, 0.9), 4)
                hz = _hazard(c)
                rows.append([number if len(rows) == start else None, (s_ru, s_kk)[L] if len(rows) == start else None, c, _air(doc, c),
                             str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                sub_g.append(gs)
                sub_t.append(ty)
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        rows.append(["", g(f"Итого: {berth}", f"Жиыны: {berth}", ""), None, None, None, num(_sig(sum(sub_g), 6), doc.lang),
                     num(_sig(sum(sub_t), 6), doc.lang)])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        all_g += sub_g
        all_t += sub_t
    rows.append(["", g("Всего по комплексу", "Кешен бойынша барлығы", ""), None, None, None, num(_sig(sum(all_g), 6), doc.lang),
                 num(_sig(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
    doc.table(g("Таблица 2.1 – Источники выбросов и их характеристика", "2.1-кесте – Шығарынды көздері және олардың сипаттамасы", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": x, "type": _kind(x)} for x in numbers))
    doc.p(g("Для пыли каменного угля установлен ОБУВ, класс опасности не присвоен.",
            "Көмір шаңы үшін ОБУВ (әсер етудің болжамды қауіпсіз деңгейі) белгіленген, қауіптілік сыныбы берілмеген.", ""))
    maybe_distractor(doc, 0.3)


PORT_VI = (
    ("CẢNG TỔNG HỢP QUY NHƠN ĐÔNG", "phường Hải Cảng, TP. Quy Nhơn, tỉnh Bình Định"),
    ("CẢNG TỔNG HỢP NGHI SƠN NAM", "xã Hải Hà, thị xã Nghi Sơn, tỉnh Thanh Hóa"),
    ("CẢNG TỔNG HỢP CHÂN MÂY TÂY", "xã Lộc Vĩnh, huyện Phú Lộc, tỉnh Thừa Thiên Huế"),
)
# (berth, [(source, hours, {code: (low, high) g/s})]); a source of None refers back to the shared crane
BERTHS_VI = (
    ("Bến số 1 – hàng rời (than, clinker)", [
        ("Gầu ngoạm dỡ hàng từ tàu xuống phễu", 4800, {"2902": (0.3, 0.9)}),
        ("Bãi chứa than hở (gió cuốn bụi)", 8760, {"2902": (0.2, 0.7)}),
        ("Cẩu bờ di động (dùng chung cho bến số 1 và bến số 2)", 3600, {"2902": (0.01, 0.03), "0301": (0.1, 0.3), "0330": (0.01, 0.04),
                                                                      "0337": (0.05, 0.2)})]),
    ("Bến số 2 – hàng tổng hợp, container", [
        ("Xe nâng, đầu kéo container", 5400, {"0301": (0.05, 0.2), "0330": (0.005, 0.02), "0337": (0.03, 0.12)}),
        (None, None, None)]),
    ("Công trình phụ trợ", [
        ("Máy phát điện dự phòng 1.000 kVA", 300, {"2902": (0.02, 0.08), "0301": (0.3, 0.9), "0330": (0.02, 0.06), "0337": (0.1, 0.3)})]),
)  # fmt: skip


def _emissions_hq2_vi(doc: Doc) -> None:
    r = doc.rng
    port, place = doc.pick(PORT_VI)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {port}")
    doc.p(f"Địa điểm: {place}. Cẩu bờ di động hoạt động luân phiên tại bến số 1 và bến số 2, tải lượng được tính một lần tại bến số 1.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges: list = []
    k = 0
    for berth, sources in BERTHS_VI:
        _span(rows, merges, berth, 5)
        for source, hours, items in sources:
            k += 1
            if source is None:
                rows.append([str(k), "Cẩu bờ di động", "đã tính tại bến số 1", None, None])
                merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
                continue
            start = len(rows)
            for c, (lo, hi) in items.items():
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.55, 0.9), 3)
                rows.append([str(k) if len(rows) == start else None, source if len(rows) == start else None, VI_AIR[c], num(gs, "vi"),
                             num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty))
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 2.4. Tải lượng bụi, khí thải phát sinh tại các bến cảng", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng bụi tại bến số 1 đã tính đến hiệu quả phun sương dập bụi (khoảng 60%).")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (RU sector, KK sector, RU soil, KK soil, (low, high) thousand m3, (low, high) density, hazardous?)
SECTORS_KZ = (
    ("Участок I, ПК 0+00 – ПК 12+50", "I учаске, ПК 0+00 – ПК 12+50", "песок мелкий с ракушей", "бақалшақ аралас ұсақ құм", (60, 180), (1.75, 1.95), False),
    ("Участок II, ПК 12+50 – ПК 24+00", "II учаске, ПК 12+50 – ПК 24+00", "песок илистый", "лайлы құм", (50, 160), (1.65, 1.85), False),
    ("Участок III, ПК 24+00 – ПК 31+50", "III учаске, ПК 24+00 – ПК 31+50", "ил с примесью ракуши", "бақалшақ қоспасы бар лай", (30, 90), (1.45, 1.65), None),
    ("Участок IV, операционная акватория у причалов № 1–3", "IV учаске, № 1–3 айлақтар жанындағы операциялық акватория",
     "ил с нефтепродуктами", "мұнай өнімдері бар лай", (8, 30), (1.35, 1.5), True),
)  # fmt: skip
# (code, RU, KK, (low, high) t, RU where, KK where)
FLEET_WASTES_KZ = (
    ("13 04 03*", "Льяльные воды судов каравана", "Керуен кемелерінің трюм асты (льял) сулары", (8, 40), "сдача в портовое приемное сооружение",
     "порттық қабылдау құрылысына тапсыру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.5, 3), "передача на регенерацию", "регенерацияға беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.1, 0.6), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("20 03 01", "Твердые бытовые отходы экипажей", "Экипаждардың қатты тұрмыстық қалдықтары", (1.5, 6), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
    ("20 01 08", "Пищевые отходы камбузов", "Камбуздардың тамақ қалдықтары", (0.5, 3), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_hq1(doc: Doc) -> None:
    """The waste section of a dredging project: `№ | участок | наименование отхода | код | объем, м³ | плотность, т/м³ |
    количество, т | размещение`, the spoil by sectors of the channel between pickets, the volume in the solid body and the
    density before the tonnes, each sector classed by the laboratory as `17 05 06` (to the underwater dump) or `17 05 05*`
    (to a treatment site), a subtotal per code, then a row spanning the table over the wastes of the dredging fleet with
    dashes for volume and density (VI: the dredged material of a maintenance dredging ĐTM by channel section, m3, density
    and tonnes, no code, and the fleet's CTNH in kilograms in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    port = doc.pick((g("морского порта Курык", "Құрық теңіз портының", ""), g("морского порта Баутино", "Баутино теңіз портының", "")))
    doc.h(g(f"Оценка воздействия на окружающую среду. Дноуглубление подходного канала {port}. Раздел 8. Отходы",
            f"Қоршаған ортаға әсерді бағалау. {port} кіреберіс арнасының түбін тереңдету. 8-бөлім. Қалдықтар", ""))
    doc.p(g("Грунт дноуглубления классифицирован по результатам анализа проб донных отложений: на участках, где содержание "
            "нефтепродуктов превышает 1 000 мг/кг, грунт отнесен к опасным отходам и вывозится на берег, остальной грунт "
            "размещается на подводном отвале ПО-2.",
            "Түбін тереңдету топырағы түп шөгінділері сынамаларын талдау нәтижелері бойынша жіктелді: мұнай өнімдерінің мөлшері "
            "1 000 мг/кг-нан асатын учаскелерде топырақ қауіпті қалдықтарға жатқызылып, жағаға шығарылады, қалған топырақ ПО-2 су "
            "асты үйіндісіне орналастырылады.", ""))
    rows = [g(["№", "Участок / источник образования", "Наименование отхода", "Код", "Объем, м³", "Плотность, т/м³", "Количество, т",
               "Размещение / передача"],
              ["№", "Учаске / түзілу көзі", "Қалдықтың атауы", "Коды", "Көлемі, м³", "Тығыздығы, т/м³", "Мөлшері, т",
               "Орналастыру / беру"], [])]
    merges: list = []
    sums: dict[str, float] = {}
    k = 0
    for s_ru, s_kk, so_ru, so_kk, (vlo, vhi), (dlo, dhi), haz in SECTORS_KZ:
        hazardous = haz if haz is not None else r.random() < 0.35
        soil = (so_ru, so_kk)[L]
        k += 1
        volume = r.randint(vlo, vhi) * 1000
        density = round(r.uniform(dlo, dhi), 2)
        mass = float(round(volume * density))
        code = "17 05 05*" if hazardous else "17 05 06"
        if hazardous:
            name = g(f"Грунт дноуглубления, содержащий опасные вещества ({soil})", f"Құрамында қауіпті заттар бар түбін тереңдету топырағы ({soil})", "")
            where = g("вывоз на площадку обезвреживания нефтезагрязненных грунтов", "мұнаймен ластанған топырақты залалсыздандыру алаңына шығару", "")
        else:
            name = g(f"Грунт дноуглубления ({soil})", f"Түбін тереңдету топырағы ({soil})", "")
            where = g("подводный отвал ПО-2", "ПО-2 су асты үйіндісі", "")
        rows.append([str(k), (s_ru, s_kk)[L], name, code, num(volume, doc.lang), num(density, doc.lang), num(mass, doc.lang), where])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": mass,
                           "name_contains": g("Грунт дноуглубления", "түбін тереңдету топырағы", "")})
        sums[code] = sums.get(code, 0.0) + mass
    for code in sorted(sums):
        rows.append(["", g(f"Итого грунта с кодом {code}", f"{code} коды бар топырақ бойынша жиыны", ""), None, None, None, None,
                     num(sums[code], doc.lang), ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
    _span(rows, merges, g("Отходы плавсредств дноуглубительного каравана (за период работ)",
                          "Түбін тереңдету керуені жүзу құралдарының қалдықтары (жұмыс кезеңінде)", ""), 8)
    for code, n_ru, n_kk, (lo, hi), w_ru, w_kk in FLEET_WASTES_KZ:
        if code == "20 01 08" and r.random() < 0.4:
            continue
        k += 1
        t = _sig(r.uniform(lo, hi), 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), g("земснаряд, шаланды, буксир", "земснаряд, шаландалар, буксир", ""), name, code, "–", "–", num(t, doc.lang),
                     (w_ru, w_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    doc.table(g("Таблица 8.1 – Виды и количество отходов при производстве дноуглубительных работ",
                "8.1-кесте – Түбін тереңдету жұмыстарын жүргізу кезіндегі қалдықтардың түрлері мен мөлшері", ""), rows, merges, role="wastes")
    doc.p(g("Объем грунта указан в плотном теле по данным промеров; масса – произведение объема на плотность грунта по результатам "
            "инженерно-геологических изысканий.",
            "Топырақ көлемі өлшеу деректері бойынша тығыз денеде көрсетілген; массасы – көлемнің инженерлік-геологиялық ізденістер "
            "нәтижелері бойынша топырақ тығыздығына көбейтіндісі.", ""))
    maybe_distractor(doc, 0.3)


CHANNELS_VI = ("LUỒNG HÀNG HẢI QUY NHƠN", "LUỒNG VÀO CẢNG CỬA LÒ", "LUỒNG HÀNG HẢI DUNG QUẤT")
# (section, material, (low, high) thousand m3, (low, high) density)
SECTIONS_VI = (
    ("Đoạn 1: Km 0+000 – Km 3+500", "cát mịn lẫn vỏ sò", (40, 120), (1.75, 1.95)),
    ("Đoạn 2: Km 3+500 – Km 7+200", "bùn cát", (30, 100), (1.55, 1.8)),
    ("Đoạn 3: Km 7+200 – Km 9+800", "bùn sét", (15, 60), (1.4, 1.6)),
    ("Vũng quay tàu trước bến số 1 – số 3", "bùn sét lẫn cát", (8, 30), (1.45, 1.65)),
)
FLEET_CTNH_VI = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (200, 900)),
    ("17 04 03", "Dầu đáy tàu (nước la canh lẫn dầu)", "Lỏng", (2000, 12000)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", (50, 300)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", (5, 20)),
)


def _wastes_hq1_vi(doc: Doc) -> None:
    r = doc.rng
    channel = doc.pick(CHANNELS_VI)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NẠO VÉT DUY TU {channel}")
    doc.h("3.1.1.3. Chất thải rắn phát sinh trong giai đoạn thi công nạo vét")
    doc.p("Vật chất nạo vét được phân loại là chất thải rắn thông thường theo kết quả phân tích mẫu trầm tích và được nhận chìm tại "
          "khu vực đã được cấp phép. Khối lượng tính theo khối lượng nạo vét (m³) nhân với khối lượng riêng của từng loại vật chất.")
    rows = [["TT", "Đoạn luồng", "Tên chất thải", "Khối lượng (m³)", "Khối lượng riêng (tấn/m³)", "Khối lượng (tấn)", "Vị trí tiếp nhận"]]
    for k, (section, material, (vlo, vhi), (dlo, dhi)) in enumerate(SECTIONS_VI, 1):
        volume = r.randint(vlo, vhi) * 1000
        density = round(r.uniform(dlo, dhi), 2)
        mass = float(round(volume * density))
        name = f"Vật chất nạo vét ({material})"
        rows.append([str(k), section, name, num(volume, "vi"), num(density, "vi"), num(mass, "vi"), "Khu vực nhận chìm ngoài khơi"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": mass, "name_contains": "Vật chất nạo vét"})
    doc.table("Bảng 3.6. Khối lượng vật chất nạo vét theo từng đoạn luồng", rows, role="wastes")
    doc.p("Chất thải nguy hại phát sinh từ các phương tiện thi công trong toàn bộ thời gian nạo vét (dự kiến 04 tháng):")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg)"]]
    for k, (code, name, state, (lo, hi)) in enumerate(FLEET_CTNH_VI, 1):
        kg = r.randint(lo // 5, hi // 5) * 5
        rows.append([str(k), name, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.7. Chất thải nguy hại phát sinh từ phương tiện thi công", rows, role="wastes")
    maybe_distractor(doc, 0.3)


# (RU vessel, KK vessel, carries ballast?, share of a tug's amounts)
FLEET_KZ = (
    ("Буксир «Теңіз-3»", "«Теңіз-3» буксирі", False, 1.0),
    ("Буксир-кантовщик «Батыр»", "«Батыр» буксир-кантовщигі", False, 0.8),
    ("Лоцманский катер «Лоцман-2»", "«Лоцман-2» лоцмандық катері", False, 0.15),
    ("Нефтемусоросборщик «Тұлпар»", "«Тұлпар» мұнай-қоқыс жинағышы", True, 1.2),
    ("Земснаряд «Каспий-5»", "«Каспий-5» земснаряды", True, 2.0),
)
# (key, RU record, KK record, RU waste, KK waste, code, (low, high) m3, density)
RECORDS_KZ = (
    ("bilge", "ЖНО ч. I, операция D", "МОЖ I б., D операциясы", "Льяльные воды", "Трюм асты (льял) сулары", "13 04 03*", (5, 60), 0.98),
    ("sludge", "ЖНО ч. I, операция C", "МОЖ I б., C операциясы", "Нефтяные остатки (шлам) сепараторов", "Сепараторлардың мұнай қалдықтары (шламы)",
     "13 05 02*", (0.5, 6), 0.95),
    ("garbage", "ЖОМ, категория C", "ҚОЖ, C санаты", "Бытовые отходы (судовой мусор)", "Тұрмыстық қалдықтар (кеме қоқысы)", "20 03 01", (2, 15), 0.2),
)  # fmt: skip


def wastes_hq2(doc: Doc) -> None:
    """A summary of the service fleet's oil record books and garbage record books for a year: `судно | журнал, операция |
    наименование | код отхода | объем, м³ | масса, т | кому сдано`, each vessel merged down over its rows, the record
    book's operation code (`ЖНО ч. I, операция D`) beside the waste, and for the oil skimmer and the dredger a row of
    ballast water exchanged at sea with a dash for the code and the mass and `отходом не является` where the receiver
    stands; a pilot boat without a sludge row; a total of the tonnes handed over (VI: a tug fleet's `Nhật ký dầu` and
    `Nhật ký rác`, `Nước dằn tàu` rows that are no wastes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Сведения о сдаче судовых отходов и водяном балласте судов портового флота за 2025 год",
            "Порт флоты кемелерінің 2025 жылы кеме қалдықтарын тапсыруы және су балласы туралы мәліметтер", ""))
    doc.p(g("Составлено ТОО «Порт Флот Сервис» по судовым журналам нефтяных операций (ЖНО), журналам операций с мусором (ЖОМ) и "
            "журналам операций с балластными водами. Все отходы сданы в портовое приемное сооружение «Теңіз Таза» по квитанциям.",
            "«Порт Флот Сервис» ЖШС кемелердің мұнай операциялары журналдары (МОЖ), қоқыспен жүргізілетін операциялар журналдары "
            "(ҚОЖ) және балласт суларымен жүргізілетін операциялар журналдары бойынша жасады. Барлық қалдықтар түбіртектер бойынша "
            "«Теңіз Таза» порттық қабылдау құрылысына тапсырылды.", ""))
    rows = [g(["Судно", "Журнал, операция", "Наименование", "Код отхода", "Объем, м³", "Масса, т", "Кому сдано"],
              ["Кеме", "Журнал, операция", "Атауы", "Қалдық коды", "Көлемі, м³", "Массасы, т", "Кімге тапсырылды"], [])]
    merges = []
    total = 0.0
    receiver = g("ППС «Теңіз Таза»", "«Теңіз Таза» ПҚҚ", "")
    for v_ru, v_kk, ballast, share in FLEET_KZ:
        start = len(rows)
        for key, rec_ru, rec_kk, w_ru, w_kk, code, (lo, hi), density in RECORDS_KZ:
            if key == "sludge" and "Лоцман" in v_ru:
                continue
            m3 = round(r.uniform(lo, hi) * share, 1)
            t = round(m3 * density, 2)
            total += t
            name = (w_ru, w_kk)[L]
            rows.append([(v_ru, v_kk)[L] if len(rows) == start else None, (rec_ru, rec_kk)[L], name, code, num(m3, doc.lang), num(t, doc.lang),
                         f"{receiver}, {g('квит.', 'түбіртек', '')} № {r.randint(100, 999)}"])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
        if ballast:
            rows.append([None, g("Журнал балластных вод, замена D-1", "Балласт сулары журналы, D-1 ауыстыру", ""),
                         g("Водяной балласт (замена в открытом море)", "Су балласы (ашық теңізде ауыстыру)", ""), "–",
                         num(float(r.randint(15, 90) * 10), doc.lang), "–", g("отходом не является", "қалдық болып табылмайды", "")])
        merges.append((start, 0, len(rows) - 1, 0))
    rows.append([g("Всего сдано отходов", "Барлығы тапсырылған қалдықтар", ""), None, None, None, None, num(round(total, 2), doc.lang), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 1 – Сдача отходов судами портового флота", "1-кесте – Порт флоты кемелерінің қалдықтарды тапсыруы", ""), rows, merges,
              role="wastes")
    doc.p(g("Водяной балласт учитывается по Международной конвенции о контроле судовых балластных вод и осадков и управлении ими "
            "(BWM) и к отходам не относится.",
            "Су балласы Кемелердің балласт сулары мен шөгінділерін бақылау және басқару туралы халықаралық конвенцияға (BWM) сәйкес "
            "есепке алынады және қалдықтарға жатпайды.", ""))
    maybe_distractor(doc, 0.3)


FLEET_VI = (("Tàu lai Hải An 27", False), ("Tàu lai Hải An 31", False), ("Tàu lai Đình Vũ 09", False), ("Tàu dịch vụ, thu gom dầu SV-05", True))
# (key, record, waste, code or None, (low, high) m3, density)
RECORDS_VI = (
    ("bilge", "Nhật ký dầu, mục D", "Dầu đáy tàu (nước la canh lẫn dầu)", "17 04 03", (4, 40), 0.98),
    ("sludge", "Nhật ký dầu, mục C", "Bùn thải từ thiết bị tách dầu/nước", "17 05 02", (0.4, 4), 0.95),
    ("garbage", "Nhật ký rác, loại C", "Rác thải sinh hoạt trên tàu", None, (2, 12), 0.2),
)


def _wastes_hq2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("TỔNG HỢP CHẤT THẢI VÀ NƯỚC DẰN CỦA ĐỘI TÀU LAI DẮT NĂM 2025")
    doc.p("Số liệu tổng hợp từ Nhật ký dầu, Nhật ký rác và Nhật ký nước dằn của từng tàu; chất thải được chuyển giao cho cơ sở "
          "tiếp nhận chất thải từ tàu thuyền của cảng theo biên bản giao nhận.")
    rows = [["Tàu", "Nhật ký, mục", "Tên chất thải", "Mã CTNH", "Thể tích (m³)", "Khối lượng (tấn)", "Đơn vị tiếp nhận"]]
    merges = []
    for vessel, ballast in FLEET_VI:
        start = len(rows)
        for _key, record, name, code, (lo, hi), density in RECORDS_VI:
            m3 = round(r.uniform(lo, hi), 1)
            t = round(m3 * density, 2)
            rows.append([vessel if len(rows) == start else None, record, name, code or "-", num(m3, "vi"), num(t, "vi"),
                         "Cơ sở tiếp nhận chất thải Hải An Xanh"])
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                               "amount_t": t, "name_contains": name})
        if ballast:
            rows.append([None, "Nhật ký nước dằn", "Nước dằn tàu (trao đổi ngoài biển)", "-", num(float(r.randint(10, 60) * 10), "vi"), "-",
                         "Không phải chất thải (Công ước BWM)"])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Chất thải chuyển giao từ đội tàu năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

PLUME_POINTS = (("Ф-1", "фон, 500 м против течения", "фон, ағысқа қарсы 500 м"), ("К-1", "100 м", "100 м"), ("К-2", "250 м", "250 м"),
                ("К-3", "500 м", "500 м"))
TPH_PDK = 0.05


def limits_hq1(doc: Doc) -> None:
    """The hydrochemical journal of a dredging campaign in a report on ПЭК: one block per date of sampling, the date and the
    dredger's position merged down over a suspended-solids row and an oil-products row, the background point and three
    control points down-current as sub-columns under a merged header, the norm of suspended solids worked out for each
    date as the day's background plus 0,25 and written with its arithmetic (`12,4 + 0,25 = 12,65`) — the limit of the
    control points only — oil products against the fishery ПДК at every point, `< 0,02` below detection, a remark column
    telling of an exceedance (VI: a port's treatment of the sewage received from ships, three months each written `mean
    (min – max)` of four weekly samples against QCVN 14:2008/BTNMT column B, the mean the value)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    port = doc.pick((g("Курык", "Құрық", ""), g("Баутино", "Баутино", "")))
    doc.h(g(f"Отчет о производственном экологическом контроле при дноуглублении подходного канала морского порта {port} (III квартал 2025 г.)",
            f"{port} теңіз портының кіреберіс арнасының түбін тереңдету кезіндегі өндірістік экологиялық бақылау туралы есеп (2025 ж. III тоқсан)", ""))
    doc.p(g("Пробы воды отбирались с катера в поверхностном горизонте: фоновая точка Ф-1 – 500 м против течения от земснаряда, "
            "контрольные точки К-1, К-2, К-3 – на расстоянии 100, 250 и 500 м по течению. Содержание взвешенных веществ в "
            "контрольных точках не должно превышать фоновое более чем на 0,25 мг/дм3; нефтепродукты оцениваются по ПДК для "
            "водных объектов рыбохозяйственного значения (0,05 мг/дм3).",
            "Су сынамалары катерден беткі горизонтта алынды: Ф-1 фондық нүктесі – земснарядтан ағысқа қарсы 500 м, К-1, К-2, К-3 "
            "бақылау нүктелері – ағыс бойынша 100, 250 және 500 м қашықтықта. Бақылау нүктелеріндегі қалқыма заттардың мөлшері "
            "фондық мөлшерден 0,25 мг/дм3-ден артық жоғары болмауы тиіс; мұнай өнімдері балық шаруашылығы маңызы бар су объектілеріне "
            "арналған ШЖК (0,05 мг/дм3) бойынша бағаланады.", ""))
    rows = [[g("Дата", "Күні", ""), g("Положение земснаряда", "Земснарядтың орны", ""), g("Показатель, мг/дм3", "Көрсеткіш, мг/дм3", ""),
             g("Точки отбора проб", "Сынама алу нүктелері", ""), None, None, None, g("Норматив, мг/дм3", "Норматив, мг/дм3", ""),
             g("Примечание", "Ескертпе", "")],
            [None, None, None, *(f"{pid} ({(p_ru, p_kk)[L]})" for pid, p_ru, p_kk in PLUME_POINTS), None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
    day, month = r.randint(2, 9), r.choice((7, 8))
    pk = r.randint(2, 6) * 100
    for _ in range(r.randint(4, 5)):
        date = f"{day:02d}.{month:02d}.2025"
        position = f"ПК {pk // 100}+{pk % 100:02d}"
        bg = round(r.uniform(6, 24), 1)
        lim = round(bg + 0.25, 2)
        ks = [round(bg + r.uniform(lo, hi), 2) for lo, hi in ((0.05, 0.45), (0.02, 0.3), (0.0, 0.2))]
        over = ", ".join(pid for (pid, _, _), v in zip(PLUME_POINTS[1:], ks, strict=True) if v > lim)
        remark = g(f"превышение в {over}; работы приостановлены на 2 ч, снижена производительность земснаряда",
                   f"{over} нүктесінде асу; жұмыстар 2 сағатқа тоқтатылды, земснарядтың өнімділігі төмендетілді", "") if over else ""
        start = len(rows)
        rows.append([date, position, g("Взвешенные вещества", "Қалқыма заттар", ""), num(bg, doc.lang), *(num(v, doc.lang) for v in ks),
                     f"{num(bg, doc.lang)} + 0,25 = {num(lim, doc.lang)}", remark])
        for (pid, _, _), v in zip(PLUME_POINTS[1:], ks, strict=True):
            add(doc, limit(("symbol", "TSS"), "water", lim, "mg/l", None, pid, v))
        line = [None, None, g("Нефтепродукты", "Мұнай өнімдері", "")]
        for pid, _, _ in PLUME_POINTS:
            if pid == "Ф-1" and r.random() < 0.45:
                line.append(f"< {num(0.02, doc.lang)}")
                add(doc, {k: x for k, x in limit(("symbol", "TPH"), "water", TPH_PDK, "mg/l", None, pid).items() if k != "value"})
                continue
            v = _sig(r.uniform(0.012, 0.046), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", "TPH"), "water", TPH_PDK, "mg/l", None, pid, v))
        rows.append([*line, num(TPH_PDK, doc.lang), ""])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
        day += 7
        pk += r.randint(3, 8) * 100
        if day > 28:
            day, month = day - 28, month + 1
    doc.table(g("Таблица 4 – Результаты наблюдений в зоне влияния дноуглубительных работ",
                "4-кесте – Түбін тереңдету жұмыстарының әсер ету аймағындағы бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Для точки Ф-1 норматив по взвешенным веществам не устанавливается (фоновое значение); «<» – ниже предела обнаружения.",
            "Ф-1 нүктесі үшін қалқыма заттар бойынша норматив белгіленбейді (фондық мән); «<» – анықтау шегінен төмен.", ""))
    maybe_distractor(doc, 0.3)


# symbol: (QCVN 14:2008/BTNMT column B, unit, (low, high) share of the limit)
QCVN14_B = {"pH": ((5, 9), None, None), "BOD5": (50, "mg/l", (0.3, 0.9)), "TSS": (100, "mg/l", (0.2, 0.8)), "TDS": (1000, "mg/l", (0.3, 0.8)),
            "S2-": (4, "mg/l", (0.1, 0.6)), "NH4+": (10, "mg/l", (0.2, 1.05)), "NO3-": (50, "mg/l", (0.1, 0.5)),
            "Surfactants": (10, "mg/l", (0.05, 0.4)), "Coliform": (5000, "MPN/100ml", None)}
SEWAGE_PORTS = ("CẢNG TỔNG HỢP QUY NHƠN ĐÔNG", "CẢNG CONTAINER CÁI MÉP HẠ", "CẢNG TỔNG HỢP CHÂN MÂY TÂY")


def _limits_hq1_vi(doc: Doc) -> None:
    r = doc.rng
    port = doc.pick(SEWAGE_PORTS)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI QUÝ III NĂM 2025 – {port}")
    doc.p("Hệ thống xử lý nước thải sinh hoạt công suất 60 m³/ngày.đêm tiếp nhận nước thải từ tàu thuyền (Phụ lục IV MARPOL) và "
          "từ khu văn phòng cảng. Mẫu nước thải sau xử lý được lấy hằng tuần; bảng dưới ghi giá trị trung bình tháng và khoảng "
          "dao động (nhỏ nhất – lớn nhất) của 04 mẫu.")
    keys = ["pH", "BOD5", "TSS", *sorted(r.sample(["TDS", "S2-", "NO3-", "Surfactants"], 2), key=list(QCVN14_B).index), "NH4+", "Coliform"]
    months = ("Tháng 7/2025", "Tháng 8/2025", "Tháng 9/2025")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả tại NT1 – nước thải sau xử lý: trung bình (nhỏ nhất – lớn nhất)", None, None,
             "QCVN 14:2008/BTNMT, cột B (K = 1,0)"],
            [None, None, None, *months, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    over: list[str] = []
    for k, s in enumerate(keys, 1):
        lim, unit, share = QCVN14_B[s]
        line = [str(k), vocab.water(s, "vi"), unit or "-"]
        for _ in months:
            if s == "pH":
                vals = [round(r.uniform(6.6, 7.9), 1) for _ in range(4)]
                mean = round(sum(vals) / 4, 1)
            elif s == "Coliform":
                vals = [float(r.choice((430, 930, 1500, 2100, 2400, 3900))) for _ in range(4)]
                mean = float(round(sum(vals) / 4))
            else:
                vals = [_sig(lim * r.uniform(*share), 2) for _ in range(4)]
                mean = _sig(sum(vals) / 4, 3)
            if not isinstance(lim, tuple) and max(vals) > lim:
                over.append(vocab.water(s, "vi"))
            line.append(f"{num(mean, 'vi')} ({num(min(vals), 'vi')} – {num(max(vals), 'vi')})")
            add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT1", mean))
        line.append(cell(doc, lim))
        rows.append(line)
    doc.table("Bảng 3. Kết quả phân tích nước thải sau xử lý", rows, merges, role="limits")
    tail = (f"; một số mẫu đơn lẻ có {', '.join(dict.fromkeys(over))} vượt giới hạn do lượng nước thải từ tàu tiếp nhận tăng đột biến"
            if over else "")
    doc.p(f"Nhận xét: giá trị trung bình các thông số nằm trong giới hạn cho phép{tail}.")
    maybe_distractor(doc, 0.3)


# (RU yard, KK yard, RU place, KK place)
YARDS_KZ = (
    ("Судоремонтный завод ТОО «Баутино Кеме Жөндеу»", "«Баутино Кеме Жөндеу» ЖШС кеме жөндеу зауыты", "Тупкараганский район, пос. Баутино",
     "Түпқараған ауданы, Баутино кенті"),
    ("Судоремонтная верфь ТОО «Каспий Шипъярд»", "«Каспий Шипъярд» ЖШС кеме жөндеу кемежайы", "г. Актау, промышленная зона порта",
     "Ақтау қ., порттың өнеркәсіптік аймағы"),
)
YARD_SOURCES = {
    "0001": ("Фильтровентиляционная установка сухого дока (ФВУ-1)", "Құрғақ доктың сүзгі-желдету қондырғысы (СЖҚ-1)"),
    "0002": ("Вытяжная система камеры абразивоструйной очистки секций", "Секцияларды абразивті-ағынды тазалау камерасының сору жүйесі"),
    "0003": ("Вытяжная система окрасочно-сушильной камеры цеха секций", "Секциялар цехының бояу-кептіру камерасының сору жүйесі"),
}
# (RU mode, KK mode, [(number, {code: norm mg/Nm3})])
YARD_MODES = (
    ("Режим 1 – абразивоструйная очистка корпуса судна в доке (купершлак)", "1-режим – доктағы кеме корпусын абразивті-ағынды тазалау (купершлак)",
     [("0001", {"2902": 20, "0123": 5}), ("0002", {"2902": 20, "0123": 5})]),
    ("Режим 2 – окраска корпуса судна безвоздушным распылением", "2-режим – кеме корпусын ауасыз шашыратумен бояу",
     [("0001", {"2902": 3, "0616": 50, "0621": 50, "1210": 20}), ("0003", {"2902": 3, "0616": 50, "0621": 50, "1210": 20})]),
)  # fmt: skip
PARTICLES = {1: ("Взвешенные частицы (абразивная пыль)", "Қалқыма бөлшектер (абразивті шаң)"),
             2: ("Взвешенные частицы (окрасочный аэрозоль)", "Қалқыма бөлшектер (бояу аэрозолі)")}


def limits_hq2(doc: Doc) -> None:
    """A ship-repair yard's technological norms of its dock ventilation and their control in 2025 under rows spanning the
    table for the two operating modes of the dock — abrasive blasting and hull painting — the dock's stack `0001` under both,
    suspended particles normed at 20 mg/Nm3 when blasting and at 3 when painting, so one stack and one substance carry two
    norms; `№ ИЗА | источник | код | вещество | норматив, мг/Нм3 | факт (максимум за год) | соответствие` (VI: a shipyard's
    stacks by mode, dust against QCVN 19:2009/BTNMT column B and toluene and xylene against QCVN 20:2009/BTNMT, the standard
    named on each row)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    y_ru, y_kk, p_ru, p_kk = doc.pick(YARDS_KZ)
    doc.h(g(f"Отчет о выполнении программы ПЭК за 2025 год. {y_ru} ({p_ru})", f"2025 жылғы ӨЭБ бағдарламасының орындалуы туралы есеп. {y_kk} ({p_kk})", ""))
    doc.p(g("Технологические нормативы выбросов установлены комплексным экологическим разрешением раздельно для режимов работы "
            "сухого дока; в таблице приведена наибольшая концентрация из измерений 2025 года в каждом режиме.",
            "Шығарындылардың технологиялық нормативтері кешенді экологиялық рұқсатпен құрғақ доктың жұмыс режимдері үшін бөлек "
            "белгіленген; кестеде әр режимдегі 2025 жылғы өлшеулердің ең жоғары концентрациясы келтірілген.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Загрязняющее вещество", "Технологический норматив, мг/Нм3",
               "Фактическая концентрация (максимум за 2025 г.), мг/Нм3", "Соответствие"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "Ластаушы зат", "Технологиялық норматив, мг/Нм3",
               "Нақты концентрация (2025 ж. ең жоғарғысы), мг/Нм3", "Сәйкестігі"], [])]
    merges: list = []
    ok, bad = g("соответствует", "сәйкес", ""), g("превышение", "асу", "")
    for m, (m_ru, m_kk, stacks) in enumerate(YARD_MODES, 1):
        _span(rows, merges, (m_ru, m_kk)[L], 7)
        for number, norms in stacks:
            start = len(rows)
            for c, norm in norms.items():
                fact = _sig(norm * r.uniform(0.25, 0.97), 3)
                label = PARTICLES[m][L] if c == "2902" else _air(doc, c)
                rows.append([number if len(rows) == start else None, YARD_SOURCES[number][L] if len(rows) == start else None, c, label,
                             num(norm, doc.lang), num(fact, doc.lang), ok if fact <= norm else bad])
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, fact))
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 3.1 – Соблюдение технологических нормативов по режимам работы дока",
                "3.1-кесте – Доктың жұмыс режимдері бойынша технологиялық нормативтердің сақталуы", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": x, "type": "organized"} for x in YARD_SOURCES))
    doc.p(g("Режимы 1 и 2 одновременно не выполняются; источник 0001 работает в обоих режимах.",
            "1 және 2 режимдер бір мезгілде орындалмайды; 0001 көзі екі режимде де жұмыс істейді.", ""))
    maybe_distractor(doc, 0.3)


YARDS_VI = (
    ("NHÀ MÁY ĐÓNG TÀU PHÀ RỪNG MỚI", "xã Lập Lễ, huyện Thủy Nguyên, TP. Hải Phòng"),
    ("NHÀ MÁY ĐÓNG TÀU DUNG QUẤT XANH", "xã Bình Đông, huyện Bình Sơn, tỉnh Quảng Ngãi"),
    ("NHÀ MÁY SỬA CHỮA TÀU BIỂN CAM RANH MỚI", "phường Cam Phúc Bắc, TP. Cam Ranh, tỉnh Khánh Hòa"),
)
VI_STACKS = {"KT1": "KT1 – Ống thải hệ thống hút, lọc bụi ụ khô", "KT2": "KT2 – Ống thải buồng phun hạt mài phân đoạn",
             "KT3": "KT3 – Ống thải buồng sơn phân đoạn"}
# (mode, [(stack, [(code, label, limit, column, standard)])])
Q19 = "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"
Q20 = "QCVN 20:2009/BTNMT"
VI_MODES = (
    ("Chế độ 1: Phun hạt mài làm sạch vỏ tàu", [("KT1", [("2902", "Bụi tổng", 200, "B", Q19)]), ("KT2", [("2902", "Bụi tổng", 200, "B", Q19)])]),
    ("Chế độ 2: Sơn vỏ tàu", [("KT1", [("2902", "Bụi tổng", 200, "B", Q19), ("0621", "Toluen", 750, None, Q20), ("0616", "Xylen", 870, None, Q20)]),
                            ("KT3", [("2902", "Bụi tổng", 200, "B", Q19), ("0621", "Toluen", 750, None, Q20), ("0616", "Xylen", 870, None, Q20)])]),
)  # fmt: skip


def _limits_hq2_vi(doc: Doc) -> None:
    r = doc.rng
    yard, place = doc.pick(YARDS_VI)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ ĐỢT 2 NĂM 2025 – {yard}")
    doc.p(f"Địa điểm: {place}. Mẫu khí thải được lấy ngày {r.randint(5, 25):02d}/06/2025 khi ụ khô làm việc ở chế độ phun hạt mài và "
          f"ngày {r.randint(5, 25):02d}/07/2025 khi sơn vỏ tàu; lưu lượng các ống thải đều nhỏ hơn 20.000 m³/h.")
    rows = [["TT", "Vị trí", "Thông số", "Đơn vị", "Kết quả", "Giới hạn cho phép", "Quy chuẩn áp dụng"]]
    merges: list = []
    k = 0
    for mode, stacks in VI_MODES:
        _span(rows, merges, mode, 7)
        for pid, items in stacks:
            start = len(rows)
            for c, label, lim, column, std in items:
                k += 1
                v = _sig(lim * r.uniform(0.05, 0.6), 3)
                rows.append([str(k), VI_STACKS[pid] if len(rows) == start else None, label, "mg/Nm³", num(v, "vi"), num(lim, "vi"), std])
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", column, pid, v))
            if len(items) > 1:
                merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 2. Kết quả phân tích khí thải theo chế độ làm việc của ụ khô", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số đều đạt giới hạn cho phép của quy chuẩn tương ứng.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# (ring, RU distance, [(station, RU rhumb, KK rhumb, degrees from north)])
RINGS_KZ = (
    ("I", 250, [("М-1", "С", "солтүстік", 0), ("М-2", "В", "шығыс", 90), ("М-3", "Ю", "оңтүстік", 180), ("М-4", "З", "батыс", 270)]),
    ("II", 1000, [("М-5", "СВ", "солтүстік-шығыс", 45), ("М-6", "ЮВ", "оңтүстік-шығыс", 135), ("М-7", "ЮЗ", "оңтүстік-батыс", 225),
                  ("М-8", "СЗ", "солтүстік-батыс", 315)]),
)
WATER_RING1 = ("TPH", "TSS", "pH", "DO", "Phenols")
SEDIMENT = ("TPH", "Pb", "Cu", "Zn", "Ni")


def _offset(lat: float, lon: float, metres: float, bearing: float) -> tuple[float, float]:
    from math import cos, radians, sin

    return lat + metres * cos(radians(bearing)) / 111000, lon + metres * sin(radians(bearing)) / (111000 * cos(radians(lat)))


def monitoring_hq1(doc: Doc) -> None:
    """An oil terminal's programme of marine monitoring in two tables: the stations laid out as rings around the oil pier by
    rhumb and distance (`кольцо I (250 м)`: `М-1`…`М-4`; `кольцо II (1 000 м)`: `М-5`…`М-8`; the background station)
    with coordinates and depths, a table of no role; then the programme, whose rows name only the ring — sea water at ring
    I monthly, at ring II and the background station quarterly, bottom sediments at ring I once a year — so each station is
    read through the first table (VI: a petroleum berth's `vòng 1`, `vòng 2` and background point, sea water and sediments
    against QCVN 10:2023/BTNMT and QCVN 43:2017/BTNMT)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t_ru, t_kk, p_ru, p_kk = doc.pick(TERMINALS_KZ)
    lat0, lon0 = (43.62, 51.19) if "Актау" in p_ru else (43.17, 51.66)
    doc.h(g(f"Программа производственного экологического контроля. {t_ru}", f"Өндірістік экологиялық бақылау бағдарламасы. {t_kk}", ""))
    doc.h(g("5.3. Мониторинг морской среды в районе нефтепирса", "5.3. Мұнай пирсі ауданындағы теңіз ортасының мониторингі", ""))
    doc.p(g("Станции наблюдений расположены на двух кольцах вокруг нефтепирса по основным румбам (таблица 5.3); в программе "
            "(таблица 5.4) указаны кольца, к которым относятся станции.",
            "Бақылау станциялары мұнай пирсінің айналасындағы екі сақинада негізгі румбтар бойынша орналасқан (5.3-кесте); "
            "бағдарламада (5.4-кесте) станциялар жататын сақиналар көрсетілген.", ""))
    rows = [g(["Район", "Станция", "Румб от нефтепирса", "Расстояние, м", "Координаты (WGS-84)", "Глубина, м"],
              ["Аудан", "Станция", "Мұнай пирсінен румб", "Қашықтығы, м", "Координаттары (WGS-84)", "Тереңдігі, м"], [])]
    merges = []
    stations = {}
    for ring, dist, items in RINGS_KZ:
        start = len(rows)
        stations[ring] = [s[0] for s in items]
        for sid, rh_ru, rh_kk, bearing in items:
            a, o = _offset(lat0, lon0, dist, bearing)
            la, _ = _dms(a)
            lo, _ = _dms(o)
            rows.append([g(f"Кольцо {ring}", f"{ring} сақина", "") if len(rows) == start else None, sid, (rh_ru, rh_kk)[L], num(dist, doc.lang),
                         f"{la} {g('с.ш.', 'с.е.', '')}, {lo} {g('в.д.', 'ш.б.', '')}", num(round(r.uniform(4, 18), 1), doc.lang)])
        merges.append((start, 0, len(rows) - 1, 0))
    a, o = _offset(lat0, lon0, 8000, 0)
    la, _ = _dms(a)
    lo, _ = _dms(o)
    rows.append([g("Фон", "Фон", ""), "Ф-1", g("С", "солтүстік", ""), num(8000, doc.lang), f"{la} {g('с.ш.', 'с.е.', '')}, {lo} {g('в.д.', 'ш.б.', '')}",
                 num(round(r.uniform(6, 20), 1), doc.lang)])
    doc.table(g("Таблица 5.3 – Станции мониторинга морской среды", "5.3-кесте – Теңіз ортасы мониторингінің станциялары", ""), rows, merges, role="other")
    ring1 = list(WATER_RING1[:3]) + [x for x in WATER_RING1[3:] if r.random() < 0.7]
    ring2 = ["TPH", "TSS"] + (["pH"] if r.random() < 0.5 else [])
    bg = ["TPH", "TSS", "pH", "DO"]
    sed = list(SEDIMENT[:4]) + ([SEDIMENT[4]] if r.random() < 0.5 else [])
    water = g("Морская вода", "Теңіз суы", "")
    layers = g("поверхностный (0,5 м) и придонный", "беткі (0,5 м) және түп маңындағы", "")
    plan = [(water, g("кольцо I (250 м)", "I сақина (250 м)", ""), stations["I"], ring1, layers, "monthly", "symbol"),
            (None, g("кольцо II (1 000 м)", "II сақина (1 000 м)", ""), stations["II"], ring2, layers, "quarterly", "symbol"),
            (None, g("фоновая станция", "фондық станция", ""), ["Ф-1"], bg, layers, "quarterly", "symbol"),
            (g("Донные отложения", "Түп шөгінділері", ""), g("кольцо I (250 м)", "I сақина (250 м)", ""), stations["I"], sed,
             g("слой 0–5 см", "0–5 см қабаты", ""), "yearly", "soil")]
    rows = [g(["Среда", "Район наблюдений", "Контролируемые показатели", "Горизонт (слой) отбора", "Периодичность"],
              ["Орта", "Бақылау ауданы", "Бақыланатын көрсеткіштер", "Сынама алу горизонты (қабаты)", "Кезеңділігі"], [])]
    for medium, area, points, keys, layer, word, kind in plan:
        names = [vocab.water(s, doc.lang) if kind == "symbol" else vocab.soil(s, doc.lang) for s in keys]
        rows.append([medium, area, ", ".join(names), layer, _fw(doc, word)])
        for pid in points:
            for s in keys:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    merges = [(1, 0, 3, 0)]
    doc.table(g("Таблица 5.4 – Программа мониторинга морской среды", "5.4-кесте – Теңіз ортасы мониторингінің бағдарламасы", ""), rows, merges,
              role="monitoring")
    doc.p(g("Отбор проб донных отложений выполняется в августе дночерпателем Ван-Вина.",
            "Түп шөгінділерінің сынамалары тамызда Ван-Вин түп қармағышымен алынады.", ""))
    maybe_distractor(doc, 0.3)


VI_RINGS = (("Vòng 1 (cách cầu cảng 200 m)", 200, [("NB1", "Bắc", 0), ("NB2", "Đông", 90), ("NB3", "Nam", 180), ("NB4", "Tây", 270)]),
            ("Vòng 2 (cách cầu cảng 1.000 m)", 1000, [("NB5", "Đông Bắc", 45), ("NB6", "Đông Nam", 135), ("NB7", "Tây Nam", 225)]))


def _monitoring_hq1_vi(doc: Doc) -> None:
    r = doc.rng
    berth, place = doc.pick(PETROL_VI)
    lat0, lon0 = (20.84, 106.77) if "Hải Phòng" in place else (10.58, 107.03)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NƯỚC BIỂN VÀ TRẦM TÍCH – {berth}")
    doc.p("Các điểm quan trắc được bố trí theo hai vòng quanh cầu cảng (Bảng 5.1); Bảng 5.2 chỉ ghi tên vòng, các điểm thuộc mỗi vòng "
          "xem tại Bảng 5.1.")
    rows = [["Vòng", "Ký hiệu điểm", "Hướng", "Khoảng cách (m)", "Tọa độ (WGS-84)"]]
    merges = []
    stations = []
    for ring, dist, items in VI_RINGS:
        start = len(rows)
        stations.append([s[0] for s in items])
        for sid, rh, bearing in items:
            a, o = _offset(lat0, lon0, dist, bearing)
            rows.append([ring if len(rows) == start else None, sid, rh, num(dist, "vi"), f"{a:.5f}° N; {o:.5f}° E".replace(".", ",")])
        merges.append((start, 0, len(rows) - 1, 0))
    a, o = _offset(lat0, lon0, 6000, 0)
    rows.append(["Điểm nền", "NB0", "Bắc", num(6000, "vi"), f"{a:.5f}° N; {o:.5f}° E".replace(".", ",")])
    doc.table("Bảng 5.1. Vị trí các điểm quan trắc", rows, merges, role="other")
    ring1 = ["pH", "TSS", "DO", "TPH"] + (["NH4+"] if r.random() < 0.6 else [])
    ring2 = ["TSS", "TPH"]
    sed = ["TPH", "Pb", "Cu", "Zn"]
    plan = [("Nước biển ven bờ", "Các điểm thuộc vòng 1", stations[0], ring1, "quarterly", "symbol", "QCVN 10:2023/BTNMT"),
            (None, "Các điểm thuộc vòng 2", stations[1], ring2, "semiannual", "symbol", "QCVN 10:2023/BTNMT"),
            (None, "Điểm nền NB0", ["NB0"], ring1, "semiannual", "symbol", "QCVN 10:2023/BTNMT"),
            ("Trầm tích đáy", "Các điểm thuộc vòng 1", stations[0], sed, "yearly", "soil", "QCVN 43:2017/BTNMT")]
    rows = [["Thành phần môi trường", "Vị trí quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    for medium, area, points, keys, word, kind, std in plan:
        names = [vocab.water(s, "vi") if kind == "symbol" else vocab.soil(s, "vi") for s in keys]
        rows.append([medium, area, ", ".join(names), _fw(doc, word), std])
        for pid in points:
            for s in keys:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    doc.table("Bảng 5.2. Chương trình quan trắc môi trường nước biển và trầm tích", rows, [(1, 0, 3, 0)], role="monitoring")
    maybe_distractor(doc, 0.3)


# (number, RU, KK, [(RU cargo, KK cargo, [(code, frequency)] or None)])
CARGO_KZ = (
    ("6003", "Судопогрузочная машина СПМ-1 (причалы № 4, 5)", "СПМ-1 кеме тиеу машинасы (№ 4, 5 айлақтар)",
     [("уголь", "көмір", [("3749", "monthly")]), ("зерно", "астық", [("2937", "quarterly")]),
      ("контейнеры (крупнотоннажные)", "контейнерлер (ірі тоннажды)", None)]),
    ("6001", "Вагоноопрокидыватель причала № 4", "№ 4 айлақтың вагон аударғышы",
     [("уголь", "көмір", [("3749", "monthly")]), ("щебень", "қиыршық тас", [("2908", "quarterly")])]),
    ("0001", "Аспирация надсилосной галереи элеватора", "Элеватордың силос үсті галереясының аспирациясы",
     [("зерно", "астық", [("2937", "quarterly")])]),
    ("0003", "Дымовая труба котельной", "Қазандықтың түтін мұржасы",
     [("не зависит от груза", "жүкке байланысты емес", [("0301", "quarterly"), ("0337", "quarterly"), ("0304", "yearly")])]),
)  # fmt: skip


def monitoring_hq2(doc: Doc) -> None:
    """The plan-graph of control at the sources of a multipurpose bulk terminal whose sources handle several cargoes: `№ ИЗА |
    источник | груз | код | вещество | периодичность | метод`, the source merged down over a row per cargo, coal dust monthly
    while coal is handled and grain dust quarterly while grain is, a cargo that gives no emission with dashes, the boiler
    house's row `не зависит от груза`; a last row on the smoke of ships at berth, with no source number, checked `при
    каждом судозаходе`, which is no frequency of the contract (VI: a port's points by cargo, `Khi làm hàng than` and `Khi
    làm hàng container` under the same point, the ships' smoke `mỗi lượt tàu`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t_ru, t_kk, p_ru, p_kk = doc.pick(BULK_KZ)
    doc.h(g(f"Программа ПЭК. {t_ru} ({p_ru}). Приложение 4. План-график контроля на источниках выбросов",
            f"ӨЭБ бағдарламасы. {t_kk} ({p_kk}). 4-қосымша. Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""))
    doc.p(g("Состав контролируемых веществ на источниках, работающих с разными грузами, определяется грузом, перегружаемым в период "
            "контроля; периодичность установлена для каждого груза отдельно.",
            "Әртүрлі жүктермен жұмыс істейтін көздердегі бақыланатын заттардың құрамы бақылау кезеңінде қайта тиелетін жүкпен "
            "айқындалады; кезеңділік әр жүк үшін бөлек белгіленген.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Груз", "Код ЗВ", "Контролируемое вещество", "Периодичность", "Метод контроля"],
              ["ЛШК №", "Шығарынды көзі", "Жүк", "ЛЗ коды", "Бақыланатын зат", "Кезеңділігі", "Бақылау әдісі"], [])]
    merges = []
    inst = g("инструментальный", "аспаптық", "")
    calc = g("расчетный", "есептік", "")
    numbers = []
    for number, s_ru, s_kk, cargoes in CARGO_KZ:
        if number == "6001" and r.random() < 0.25:
            cargoes = cargoes[:1]
        numbers.append(number)
        start = len(rows)
        for c_ru, c_kk, items in cargoes:
            lead = [number, (s_ru, s_kk)[L]] if len(rows) == start else [None, None]
            if items is None:
                rows.append([*lead, (c_ru, c_kk)[L], "–", g("выбросы отсутствуют", "шығарындылар жоқ", ""), "–", "–"])
                continue
            first = len(rows)
            for c, word in items:
                rows.append([*(lead if len(rows) == start else [None, None]), (c_ru, c_kk)[L] if len(rows) == first else None, c, _air(doc, c),
                             _fw(doc, word), inst if number.startswith("0") else calc])
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            if len(items) > 1:
                merges.append((first, 2, len(rows) - 1, 2))
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["–", g("Суда у причалов № 4, 5 (главные и вспомогательные двигатели)", "№ 4, 5 айлақтардағы кемелер (бас және қосалқы қозғалтқыштар)", ""),
                 g("любой", "кез келген", ""), "0328", _air(doc, "0328"), g("при каждом судозаходе", "әр кеме келген сайын", ""),
                 g("визуально, по шкале Рингельмана", "көзбен, Рингельман шкаласы бойынша", "")])
    doc.table(g("Таблица П4.1 – План-график контроля", "П4.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": x, "type": _kind(x)} for x in numbers))
    doc.p(g("Контроль дымности судов выполняется вахтенным диспетчером причала; результаты передаются капитану порта.",
            "Кемелердің түтінділігін бақылауды айлақтың вахталық диспетчері жүргізеді; нәтижелер порт капитанына беріледі.", ""))
    maybe_distractor(doc, 0.3)


# (point, place, [(cargo, [(code, frequency)] or None)])
CARGO_VI = (
    ("KK1", "Cầu cảng số 1, cuối hướng gió", [("Khi làm hàng than", [("2902", "quarterly"), ("0008", "quarterly")]),
                                              ("Khi làm hàng container", [("0301", "semiannual"), ("0337", "semiannual")])]),
    ("KK2", "Bãi chứa than hở", [("Khi có than lưu bãi", [("2902", "quarterly")]), ("Khi bãi trống", None)]),
    ("KK3", "Cổng cảng, giáp khu dân cư", [("Mọi loại hàng", [("2902", "semiannual"), ("0301", "semiannual"), ("0330", "semiannual"),
                                                            ("0337", "semiannual")])]),
)  # fmt: skip


def _monitoring_hq2_vi(doc: Doc) -> None:
    port, place = doc.pick(PORT_VI)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {port}")
    doc.h("Phụ lục 3. Chương trình quan trắc môi trường không khí trong quá trình khai thác cảng")
    doc.p(f"Địa điểm: {place}. Thông số quan trắc tại mỗi vị trí phụ thuộc loại hàng đang làm tại thời điểm lấy mẫu.")
    rows = [["Ký hiệu", "Vị trí", "Điều kiện khai thác", "Thông số", "Tần suất"]]
    merges = []
    for pid, where, cargoes in CARGO_VI:
        start = len(rows)
        for cargo, items in cargoes:
            lead = [pid, where] if len(rows) == start else [None, None]
            if items is None:
                rows.append([*lead, cargo, "Không quan trắc", "-"])
                continue
            words = {w for _, w in items}
            shown = _fw(doc, next(iter(words)))
            rows.append([*lead, cargo, ", ".join(VI_AIR[c] for c, _ in items), shown])
            for c, w in items:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": w})
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["-", "Tàu neo đậu tại cầu cảng", "Mọi loại hàng", "Khói thải (độ khói)", "Mỗi lượt tàu cập cảng"])
    doc.table("Bảng PL3.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT (trung bình 1 giờ).")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# key: (RU check, KK check, frequency or None, RU words when none, KK words when none, RU actor, KK actor, RU record, KK record)
FLEET_CHECKS_KZ = {
    "ows": ("Проверка работы сепаратора льяльных вод и сигнализатора содержания нефти 15 ppm",
            "Трюм асты суларының сепараторы мен 15 ppm мұнай мөлшері дабылының жұмысын тексеру", "monthly", "", "",
            "старший механик", "аға механик", "машинный журнал", "машина журналы"),
    "level": ("Замер уровня льяльных вод в машинном отделении", "Машина бөлімшесіндегі трюм асты сулары деңгейін өлшеу", None,
              "ежевахтенно", "әр вахтада", "вахтенный механик", "вахталық механик", "машинный журнал", "машина журналы"),
    "orb": ("Проверка записей в Журнале нефтяных операций (часть I)", "Мұнай операциялары журналындағы (I бөлім) жазбаларды тексеру", "weekly",
            "", "", "капитан", "капитан", "подпись в ЖНО", "МОЖ-дағы қолтаңба"),
    "garbage": ("Проверка раздельного сбора мусора и маркировки контейнеров по категориям", "Қоқысты бөлек жинауды және контейнерлердің санаттар "
                "бойынша таңбалануын тексеру", "daily", "", "", "вахтенный помощник капитана", "капитанның вахталық көмекшісі",
                "судовой журнал", "кеме журналы"),
    "sopep": ("Проверка комплектности судового набора для ликвидации разливов нефти (SOPEP)", "Мұнай төгілуін жоюға арналған кеме жиынтығының "
              "(SOPEP) жинақтылығын тексеру", "quarterly", "", "", "старший помощник капитана", "капитанның аға көмекшісі",
              "чек-лист ЧЛ-07", "ЧЛ-07 чек-парағы"),
    "sewage": ("Проверка установки для обработки сточных вод", "Ағынды суларды өңдеу қондырғысын тексеру", "monthly", "", "",
               "старший механик", "аға механик", "машинный журнал", "машина журналы"),
    "bunker": ("Проверка перед бункеровкой: закрытие шпигатов, поддоны под соединениями, связь с бункеровщиком",
               "Бункерлеу алдындағы тексеру: шпигаттарды жабу, қосылыстар астындағы табандықтар, бункерлеушімен байланыс", None,
               "перед каждой бункеровкой", "әр бункерлеу алдында", "старший механик", "аға механик", "чек-лист ЧЛ-03", "ЧЛ-03 чек-парағы"),
    "audit": ("Внутренний аудит выполнения экологических требований СУБ на судне", "Кемеде ҚБЖ экологиялық талаптарының орындалуына ішкі аудит",
              "yearly", "", "", "назначенное лицо компании", "компанияның тағайындалған тұлғасы", "акт аудита", "аудит актісі"),
}
VESSEL_CHECKS_KZ = (
    ("Буксир «Теңіз-3»", "«Теңіз-3» буксирі", ("ows", "level", "orb", "garbage", "sopep", "bunker")),
    ("Нефтемусоросборщик «Тұлпар»", "«Тұлпар» мұнай-қоқыс жинағышы", ("ows", "level", "orb", "garbage", "sopep", "sewage", "audit")),
    ("Лоцманский катер «Лоцман-2»", "«Лоцман-2» лоцмандық катері", ("level", "garbage", "sopep")),
)


def inspections_hq1(doc: Doc) -> None:
    """The environmental checks of a port's service fleet in the annex of its safety-management system (ISM Code): `судно |
    № | проверка | периодичность | ответственный | запись о проверке`, each vessel merged down over its checks numbered
    `1.1`, `2.3`, a ship's officer answering for each (master, chief mate, chief engineer, officer of the watch, the
    company's designated person ashore), frequencies including `ежевахтенно` and `перед каждой бункеровкой`, which are none
    of the contract, beside daily to yearly ones (VI: a tug fleet's SMS, `Mỗi ca trực`, `Trước mỗi lần nhận nhiên liệu`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Система управления безопасностью ТОО «Порт Флот Сервис». Приложение 7. График экологических проверок на судах",
            "«Порт Флот Сервис» ЖШС қауіпсіздікті басқару жүйесі. 7-қосымша. Кемелердегі экологиялық тексерулер кестесі", ""))
    doc.p(g("Проверки выполняются экипажами в соответствии с Международным кодексом по управлению безопасностью (МКУБ) и Конвенцией "
            "МАРПОЛ 73/78; замечания устраняются до выхода судна в рейс.",
            "Тексерулерді экипаждар Қауіпсіздікті басқару жөніндегі халықаралық кодекске (ҚБХК) және МАРПОЛ 73/78 конвенциясына "
            "сәйкес орындайды; ескертулер кеме рейске шыққанға дейін жойылады.", ""))
    rows = [g(["Судно", "№", "Проверка", "Периодичность", "Ответственный", "Запись о проверке"],
              ["Кеме", "№", "Тексеру", "Кезеңділігі", "Жауапты", "Тексеру туралы жазба"], [])]
    merges = []
    for v, (v_ru, v_kk, keys) in enumerate(VESSEL_CHECKS_KZ, 1):
        keys = [k for k in keys if k in ("level", "garbage") or r.random() < 0.85]
        start = len(rows)
        for j, key in enumerate(keys, 1):
            c_ru, c_kk, word, f_ru, f_kk, a_ru, a_kk, rec_ru, rec_kk = FLEET_CHECKS_KZ[key]
            text, actor = (c_ru, c_kk)[L], (a_ru, a_kk)[L]
            shown = _fw(doc, word) if word else (f_ru, f_kk)[L]
            rows.append([(v_ru, v_kk)[L] if j == 1 else None, f"{v}.{j}", text, shown, actor, (rec_ru, rec_kk)[L]])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": actor}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица П7.1 – Экологические проверки на судах портового флота", "П7.1-кесте – Порт флоты кемелеріндегі экологиялық тексерулер", ""),
              rows, merges, role="inspections")
    doc.p(g("ЖНО – журнал нефтяных операций; ЧЛ – чек-лист СУБ.", "МОЖ – мұнай операциялары журналы; ЧЛ – ҚБЖ чек-парағы.", ""))
    maybe_distractor(doc, 0.3)


FLEET_CHECKS_VI = {
    "ows": ("Kiểm tra hoạt động thiết bị phân ly dầu nước và báo động 15 ppm", "monthly", "", "Máy trưởng"),
    "level": ("Đo mức nước la canh buồng máy", None, "Mỗi ca trực", "Thợ máy trực ca"),
    "orb": ("Kiểm tra ghi chép Nhật ký dầu (Phần I)", "weekly", "", "Thuyền trưởng"),
    "garbage": ("Kiểm tra phân loại rác và nhãn thùng chứa rác", "daily", "", "Sĩ quan trực ca"),
    "sopep": ("Kiểm tra trang thiết bị ứng phó sự cố tràn dầu trên tàu (SOPEP)", "quarterly", "", "Đại phó"),
    "sewage": ("Kiểm tra thiết bị xử lý nước thải sinh hoạt trên tàu", "monthly", "", "Máy trưởng"),
    "bunker": ("Kiểm tra trước khi nhận nhiên liệu: bịt lỗ thoát nước mặt boong, khay hứng dầu", None, "Trước mỗi lần nhận nhiên liệu", "Máy trưởng"),
    "audit": ("Đánh giá nội bộ việc thực hiện yêu cầu bảo vệ môi trường của SMS", "yearly", "", "Người phụ trách trên bờ (DPA)"),
}
VESSEL_CHECKS_VI = (("Tàu lai Hải An 27", ("ows", "level", "orb", "garbage", "sopep", "bunker")),
                    ("Tàu dịch vụ, thu gom dầu SV-05", ("ows", "level", "orb", "garbage", "sopep", "sewage", "audit")),
                    ("Ca nô hoa tiêu HT-12", ("level", "garbage", "sopep")))


def _inspections_hq1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("HỆ THỐNG QUẢN LÝ AN TOÀN (SMS) – ĐỘI TÀU LAI DẮT VÀ DỊCH VỤ CẢNG. BIỂU MẪU 7: KẾ HOẠCH KIỂM TRA MÔI TRƯỜNG TRÊN TÀU")
    doc.p("Việc kiểm tra do thuyền viên thực hiện theo Bộ luật quản lý an toàn quốc tế (ISM) và Công ước MARPOL; kết quả ghi vào nhật ký tàu.")
    rows = [["Tàu", "TT", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    merges = []
    for v, (vessel, keys) in enumerate(VESSEL_CHECKS_VI, 1):
        keys = [k for k in keys if k in ("level", "garbage") or r.random() < 0.85]
        start = len(rows)
        for j, key in enumerate(keys, 1):
            text, word, when, actor = FLEET_CHECKS_VI[key]
            rows.append([vessel if j == 1 else None, f"{v}.{j}", text, _fw(doc, word) if word else when, actor])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": actor.split(" (")[0]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 7.1. Kiểm tra môi trường trên các tàu của đội tàu", rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# (RU object, KK object, RU checked, KK checked, RU criterion, KK criterion, frequency or None, RU words, KK words, RU actor, KK actor)
SHIP_CHECKS_KZ = (
    ("Танкеры под погрузкой", "Тиеудегі танкерлер", "Журнал нефтяных операций (часть II), Свидетельство IOPP",
     "Мұнай операциялары журналы (II бөлім), IOPP куәлігі",
     "сброс нефтесодержащих вод – не ближе 50 морских миль от берега и не более 30 л на морскую милю",
     "мұнайлы суларды ағызу – жағадан 50 теңіз милінен жақын емес және бір теңіз миліне 30 л-ден аспайды", None,
     "при каждом судозаходе", "әр кеме келген сайын", "инспектор-эколог терминала", "терминалдың инспектор-экологы"),
    ("Все суда у причалов", "Айлақтардағы барлық кемелер", "Журнал операций с мусором", "Қоқыспен жүргізілетін операциялар журналы",
     "пищевые отходы – не ближе 12 морских миль; сброс пластика за борт не допускается",
     "тамақ қалдықтары – 12 теңіз милінен жақын емес; пластикті борттан тастауға жол берілмейді", "monthly",
     "выборочно (не менее 10 % судозаходов), не реже 1 раза в месяц", "іріктеп (кеме келулерінің кемінде 10 %-ы), айына 1 реттен сирек емес",
     "инспектор-эколог терминала", "терминалдың инспектор-экологы"),
    ("Суда, прибывшие в балласте", "Балластпен келген кемелер", "Форма отчета о водяном балласте, журнал балластных вод",
     "Су балласы туралы есеп нысаны, балласт сулары журналы", "замена балласта – на глубине не менее 200 м",
     "балласты ауыстыру – кемінде 200 м тереңдікте", None, "при каждом судозаходе судна в балласте", "балластпен келген әр кеме келуінде",
     "инспектор-эколог терминала", "терминалдың инспектор-экологы"),
    ("Акватория у причалов № 1–3", "№ 1–3 айлақтар жанындағы акватория", "визуальный осмотр водной поверхности у борта судна",
     "кеме борты жанындағы су бетін көзбен шолу", "отсутствие нефтяной пленки и радужных пятен", "мұнай қабыршағы мен кемпірқосақ дақтарының болмауы",
     "daily", "", "", "вахтенный диспетчер причала", "айлақтың вахталық диспетчері"),
    ("Боновые заграждения у причала № 1", "№ 1 айлақтағы бон қоршаулары", "целостность, натяжение, якорное крепление",
     "бүтіндігі, керілуі, зәкірмен бекітілуі", "ограждение 100 % периметра танкера, зазор у носа и кормы не более 5 м",
     "танкер периметрінің 100 %-ын қоршау, тұмсығы мен артқы жағындағы саңылау 5 м-ден аспайды", "weekly",
     "перед каждой грузовой операцией, но не реже 1 раза в неделю", "әр жүк операциясы алдында, бірақ аптасына 1 реттен сирек емес",
     "начальник участка ЛРН", "МТЖ учаскесінің бастығы"),
    ("Береговые резервуары приема льяльных вод", "Трюм асты суларын қабылдаудың жағалаудағы резервуарлары", "уровень заполнения, герметичность задвижек",
     "толтыру деңгейі, ысырмалардың саңылаусыздығы", "заполнение не более 85 % объема", "толтыру көлемнің 85 %-ынан аспайды", None,
     "ежесменно", "әр ауысымда", "оператор ППС", "ПҚҚ операторы"),
    ("Квитанции о приеме отходов с судов", "Кемелерден қалдықтарды қабылдау түбіртектері", "сверка объемов с журналами судов и учетом ППС",
     "көлемдерді кеме журналдарымен және ПҚҚ есебімен салыстыру", "расхождение не более 5 %", "айырмашылық 5 %-дан аспайды", "quarterly", "", "",
     "начальник экологической службы", "экология қызметінің бастығы"),
    ("Выполнение регламента в целом", "Регламенттің жалпы орындалуы", "анализ результатов проверок и замечаний капитана порта",
     "тексеру нәтижелерін және порт капитанының ескертулерін талдау", "–", "–", "yearly", "", "", "главный инженер терминала", "терминалдың бас инженері"),
)  # fmt: skip


def inspections_hq2(doc: Doc) -> None:
    """An oil terminal's procedure for checking the ships calling at it and its own reception means: `№ | объект проверки |
    документ или оборудование | критерий соответствия | периодичность | исполнитель`, criteria full of figures that are no
    limits (`15 ppm`, `50 морских миль`, `30 л на морскую милю`, `200 м`, `не более 85 %`), frequencies such as `при каждом
    судозаходе` and `ежесменно` (none of the contract) beside `выборочно (не менее 10 % судозаходов), не реже 1 раза в месяц`
    and `перед каждой грузовой операцией, но не реже 1 раза в неделю`, whose least frequency is the one (VI: a petroleum
    berth's procedure, `Mỗi lượt tàu`, `ít nhất 01 lần/tháng`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t_ru, t_kk, p_ru, p_kk = doc.pick(TERMINALS_KZ)
    doc.h(g(f"Регламент экологического контроля судов и средств приема отходов. {t_ru}",
            f"Кемелерді және қалдықтарды қабылдау құралдарын экологиялық бақылау регламенті. {t_kk}", ""))
    doc.p(g(f"Регламент устанавливает проверки, выполняемые службами терминала при стоянке судов у причалов ({p_ru}); о выявленных "
            "нарушениях сообщается капитану морского порта.",
            f"Регламент кемелер айлақтарда тұрған кезде ({p_kk}) терминал қызметтері орындайтын тексерулерді белгілейді; анықталған "
            "бұзушылықтар туралы теңіз портының капитанына хабарланады.", ""))
    rows = [g(["№", "Объект проверки", "Документ или оборудование", "Критерий соответствия", "Периодичность", "Исполнитель"],
              ["№", "Тексеру объектісі", "Құжат немесе жабдық", "Сәйкестік өлшемі", "Кезеңділігі", "Орындаушы"], [])]
    checks = [c for c in SHIP_CHECKS_KZ if c[6] != "quarterly" or r.random() < 0.8]
    for k, (o_ru, o_kk, d_ru, d_kk, cr_ru, cr_kk, word, f_ru, f_kk, a_ru, a_kk) in enumerate(checks, 1):
        obj, actor = (o_ru, o_kk)[L], (a_ru, a_kk)[L]
        shown = (f_ru, f_kk)[L] or _fw(doc, word)
        rows.append([str(k), obj, (d_ru, d_kk)[L], (cr_ru, cr_kk)[L], shown, actor])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": actor}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Перечень проверок", "1-кесте – Тексерулер тізбесі", ""), rows, role="inspections")
    doc.p(g("ЛРН – ликвидация разливов нефти; ППС – портовое приемное сооружение.", "МТЖ – мұнай төгілуін жою; ПҚҚ – порттық қабылдау құрылысы.", ""))
    maybe_distractor(doc, 0.3)


SHIP_CHECKS_VI = (
    ("Tàu dầu đang làm hàng", "Nhật ký dầu (Phần II), Giấy chứng nhận IOPP", "xả nước lẫn dầu cách bờ ≥ 50 hải lý, ≤ 30 lít/hải lý", None,
     "Mỗi lượt tàu cập cầu", "Cán bộ môi trường cảng"),
    ("Tất cả tàu neo đậu tại cầu cảng", "Nhật ký rác", "rác thực phẩm chỉ được thải cách bờ ≥ 12 hải lý; không thải nhựa", "monthly",
     "Kiểm tra xác suất (≥ 10% lượt tàu), ít nhất 01 lần/tháng", "Cán bộ môi trường cảng"),
    ("Tàu đến cảng có nước dằn", "Báo cáo nước dằn tàu, Nhật ký nước dằn", "trao đổi nước dằn ở độ sâu ≥ 200 m", None,
     "Mỗi lượt tàu có nước dằn", "Cán bộ môi trường cảng"),
    ("Vùng nước trước cầu cảng số 1 – 3", "quan sát mặt nước sát mạn tàu", "không có váng dầu, vệt dầu", "daily", "", "Điều độ viên trực ca"),
    ("Phao quây dầu tại cầu cảng số 1", "độ kín, độ căng, neo giữ", "quây kín 100% chu vi tàu, khe hở mũi, lái ≤ 5 m", "weekly",
     "Trước mỗi lượt làm hàng, ít nhất 01 lần/tuần", "Tổ trưởng tổ ứng phó sự cố tràn dầu"),
    ("Bồn tiếp nhận nước la canh trên bờ", "mức chứa, độ kín van", "mức chứa ≤ 85% dung tích", None, "Mỗi ca làm việc", "Công nhân vận hành"),
    ("Biên bản giao nhận chất thải từ tàu", "đối chiếu khối lượng với nhật ký tàu", "sai lệch ≤ 5%", "quarterly", "", "Trưởng phòng An toàn – Môi trường"),
    ("Việc thực hiện quy trình", "rà soát kết quả kiểm tra và kiến nghị của Cảng vụ", "-", "yearly", "", "Phó Giám đốc kỹ thuật"),
)


def _inspections_hq2_vi(doc: Doc) -> None:
    berth, place = doc.pick(PETROL_VI)
    doc.h(f"QUY TRÌNH KIỂM TRA TÀU THUYỀN VÀ PHƯƠNG TIỆN TIẾP NHẬN CHẤT THẢI – {berth}")
    doc.p(f"Địa điểm: {place}. Vi phạm phát hiện trong quá trình kiểm tra được thông báo cho Cảng vụ Hàng hải khu vực.")
    rows = [["TT", "Đối tượng kiểm tra", "Hồ sơ, thiết bị kiểm tra", "Tiêu chí đánh giá", "Tần suất", "Người thực hiện"]]
    for k, (obj, what, crit, word, when, actor) in enumerate(SHIP_CHECKS_VI, 1):
        rows.append([str(k), obj, what, crit, when or _fw(doc, word), actor])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": actor}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (annex, RU group, KK group, [(RU task, KK task, ground, RU term, KK term, RU actor, KK actor, cost million tenge)])
PWRHP_KZ = (
    ("I", "Приложение I МАРПОЛ – нефтесодержащие отходы", "МАРПОЛ I қосымшасы – мұнайлы қалдықтар", [
        ("Ввести в эксплуатацию второй береговой резервуар для приема льяльных вод вместимостью 400 м³ у причала № 9",
         "№ 9 айлақта сыйымдылығы 400 м³ трюм асты суларын қабылдауға арналған екінші жағалау резервуарын пайдалануға беру",
         "МАРПОЛ, прил. I, правило 38", "IV квартал 2026 г.", "2026 ж. IV тоқсаны", "служба главного инженера", "бас инженер қызметі", 180),
        ("Заключить договор на переработку нефтешламов с организацией, имеющей лицензию на обращение с опасными отходами",
         "Қауіпті қалдықтармен жұмыс істеуге лицензиясы бар ұйыммен мұнай шламдарын қайта өңдеуге шарт жасасу",
         "Экологический кодекс РК, ст. 336", "до 01.03.2026", "01.03.2026 дейін", "экологическая служба", "экология қызметі", 0),
        ("Оснастить нефтемусоросборщик «Тұлпар» расходомером для учета принятых льяльных вод",
         "«Тұлпар» мұнай-қоқыс жинағышын қабылданған трюм асты суларын есепке алу үшін шығын өлшегішпен жабдықтау",
         "МАРПОЛ, прил. I, правило 38", "II квартал 2026 г.", "2026 ж. II тоқсаны", "служба флота", "флот қызметі", 12)]),
    ("IV", "Приложение IV МАРПОЛ – сточные воды", "МАРПОЛ IV қосымшасы – ағынды сулар", [
        ("Оборудовать причалы № 5 и № 6 приемными устройствами сточных вод с международным береговым соединением",
         "№ 5 және № 6 айлақтарды халықаралық жағалау қосылысы бар ағынды суларды қабылдау құрылғыларымен жабдықтау",
         "МАРПОЛ, прил. IV, правило 12", "2027 г.", "2027 ж.", "дирекция по развитию порта", "портты дамыту жөніндегі дирекция", 240),
        ("Выполнить реконструкцию напорного коллектора сточных вод от причалов до городских очистных сооружений",
         "Айлақтардан қалалық тазарту құрылыстарына дейінгі ағынды сулардың арынды коллекторын қайта жаңарту",
         "договор водоотведения № 118", "2027–2028 гг.", "2027–2028 жж.", "служба главного инженера", "бас инженер қызметі", 520)]),
    ("V", "Приложение V МАРПОЛ – мусор", "МАРПОЛ V қосымшасы – қоқыс", [
        ("Установить на причалах контейнеры для раздельного сбора мусора по категориям A–F с маркировкой",
         "Айлақтарда A–F санаттары бойынша таңбаланған қоқысты бөлек жинауға арналған контейнерлер орнату",
         "МАРПОЛ, прил. V, правило 8", "до 01.04.2026", "01.04.2026 дейін", "служба эксплуатации причалов", "айлақтарды пайдалану қызметі", 35),
        ("Организовать взвешивание принимаемого с судов мусора на автомобильных весах КПП-2",
         "Кемелерден қабылданатын қоқысты ӨБП-2 автокөлік таразысында өлшеуді ұйымдастыру",
         "МАРПОЛ, прил. V, правило 10", "III квартал 2026 г.", "2026 ж. III тоқсаны", "служба эксплуатации причалов", "айлақтарды пайдалану қызметі", 18)]),
    ("VI", "Приложение VI МАРПОЛ – остатки систем очистки выхлопных газов", "МАРПОЛ VI қосымшасы – пайдаланылған газдарды тазарту жүйелерінің қалдықтары", [
        ("Определить порядок приема остатков скрубберов судов и заключить договор на их обезвреживание",
         "Кемелер скрубберлерінің қалдықтарын қабылдау тәртібін айқындау және оларды залалсыздандыруға шарт жасасу",
         "МАРПОЛ, прил. VI, правило 17", "2026 г.", "2026 ж.", "экологическая служба", "экология қызметі", 0)]),
)  # fmt: skip


def _ground_kk(ground: str) -> str:
    """`МАРПОЛ, прил. I, правило 38` as a Kazakh document cites it: `МАРПОЛ, I қосымша, 38-ереже`."""
    if ground.startswith("МАРПОЛ"):
        _, annex, rule = (x.strip() for x in ground.split(","))
        return f"МАРПОЛ, {annex.split()[-1]} қосымша, {rule.split()[-1]}-ереже"
    if ground.startswith("Экологический кодекс"):
        return f"ҚР Экология кодексі, {ground.split()[-1]}-бап"
    return ground.replace("договор водоотведения", "су бұру шарты")


def tasks_hq1(doc: Doc) -> None:
    """The action plan of a port waste reception and handling plan under rows spanning the table that name the MARPOL annex,
    the items numbered `I.1`, `IV.2`, `V.1` after it, `мероприятие | основание | срок | ответственный | затраты, млн тенге`,
    the ground a MARPOL regulation or an article of the Code, the port's services as the responsible, `–` where a measure
    costs nothing (VI: a port's plan for receiving wastes from ships, the same numbering, million đồng)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План приема и обработки судовых отходов морского порта Актау на 2026–2028 годы. Раздел 6. План мероприятий",
            "Ақтау теңіз портының 2026–2028 жылдарға арналған кеме қалдықтарын қабылдау және өңдеу жоспары. 6-бөлім. Іс-шаралар жоспары", ""))
    doc.p(g("План разработан по руководству ИМО по портовым приемным сооружениям; мероприятия сгруппированы по приложениям МАРПОЛ и "
            "пронумерованы по номеру приложения.",
            "Жоспар ХТҰ-ның порттық қабылдау құрылыстары жөніндегі басшылығы бойынша әзірленді; іс-шаралар МАРПОЛ қосымшалары бойынша "
            "топтастырылып, қосымша нөмірі бойынша нөмірленді.", ""))
    rows = [g(["№", "Мероприятие", "Основание", "Срок выполнения", "Ответственный", "Затраты, млн тенге"],
              ["№", "Іс-шара", "Негіздеме", "Орындау мерзімі", "Жауапты", "Шығындар, млн теңге"], [])]
    merges: list = []
    for annex, gr_ru, gr_kk, items in PWRHP_KZ:
        _span(rows, merges, (gr_ru, gr_kk)[L], 6)
        for k, (t_ru, t_kk, ground, te_ru, te_kk, a_ru, a_kk, cost) in enumerate(items, 1):
            text, actor = (t_ru, t_kk)[L], (a_ru, a_kk)[L]
            if L == 1:
                ground = _ground_kk(ground)
            spent = num(round(cost * r.uniform(0.9, 1.1)), doc.lang) if cost else "–"
            rows.append([f"{annex}.{k}", text, ground, (te_ru, te_kk)[L], actor, spent])
            doc.add("obligations", {"kind": "task", "number": f"{annex}.{k}", "text_contains": _words(text), "actor_contains": actor})
    doc.table(g("Таблица 6.1 – План мероприятий", "6.1-кесте – Іс-шаралар жоспары", ""), rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


PWRHP_VI = (
    ("I", "Phụ lục I MARPOL – chất thải dầu", [
        ("Đưa vào sử dụng bồn tiếp nhận nước la canh thứ hai dung tích 300 m³ tại cầu cảng số 3", "Quý IV/2026", "Phòng Kỹ thuật – Vật tư", 2400),
        ("Ký hợp đồng xử lý cặn dầu với đơn vị có giấy phép xử lý chất thải nguy hại", "Trước 01/03/2026", "Phòng An toàn – Môi trường", 0),
        ("Lắp đồng hồ đo lưu lượng trên tàu thu gom dầu SV-05", "Quý II/2026", "Đội tàu", 150)]),
    ("IV", "Phụ lục IV MARPOL – nước thải sinh hoạt", [
        ("Lắp đặt họng tiếp nhận nước thải sinh hoạt theo tiêu chuẩn quốc tế tại cầu cảng số 4 và số 5", "Năm 2027", "Ban Quản lý dự án", 3200)]),
    ("V", "Phụ lục V MARPOL – rác thải", [
        ("Bố trí thùng chứa rác phân loại theo nhóm A–F có dán nhãn tại các cầu cảng", "Trước 01/04/2026", "Đội khai thác cầu bến", 420),
        ("Cân khối lượng rác tiếp nhận từ tàu tại trạm cân cổng số 2", "Quý III/2026", "Đội khai thác cầu bến", 0)]),
)


def _tasks_hq1_vi(doc: Doc) -> None:
    port, place = doc.pick(PORT_VI)
    doc.h(f"KẾ HOẠCH TIẾP NHẬN VÀ XỬ LÝ CHẤT THẢI TỪ TÀU THUYỀN GIAI ĐOẠN 2026–2028 – {port}")
    doc.p(f"Địa điểm: {place}. Các nhiệm vụ được nhóm theo Phụ lục của Công ước MARPOL và đánh số theo số hiệu Phụ lục.")
    rows = [["TT", "Nhiệm vụ", "Thời hạn", "Đơn vị chủ trì", "Kinh phí (triệu đồng)"]]
    merges: list = []
    for annex, group, items in PWRHP_VI:
        _span(rows, merges, group, 5)
        for k, (text, term, actor, cost) in enumerate(items, 1):
            rows.append([f"{annex}.{k}", text, term, actor, num(cost, "vi") if cost else "-"])
            doc.add("obligations", {"kind": "task", "number": f"{annex}.{k}", "text_contains": _words(text), "actor_contains": actor})
    doc.table("Bảng 6. Kế hoạch thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


# (RU task, KK task, RU term, KK term, RU restriction, KK restriction, who)
DREDGE_TASKS_KZ = (
    ("Провести фоновое обследование донных отложений, бентоса и качества воды на участках дноуглубления и подводного отвала",
     "Түбін тереңдету учаскелері мен су асты үйіндісінде түп шөгінділерін, бентосты және су сапасын фондық зерттеу жүргізу",
     "до начала работ", "жұмыстар басталғанға дейін", "–", "–", "customer"),
    ("Установить на земснаряде систему позиционирования DGPS и регистрации объема извлеченного грунта",
     "Земснарядқа DGPS орналасу жүйесін және алынған топырақ көлемін тіркеу жүйесін орнату",
     "до начала работ", "жұмыстар басталғанға дейін", "–", "–", "contractor"),
    ("Оградить зону работ у причалов боновыми заграждениями с экраном от распространения мутности",
     "Айлақтар жанындағы жұмыс аймағын лайлылықтың таралуынан қорғайтын экраны бар бон қоршауларымен қоршау",
     "до начала работ на участке IV", "IV учаскедегі жұмыстар басталғанға дейін", "–", "–", "contractor"),
    ("Выполнить промежуточную съемку глубин и контроль зоны мутности на подводном отвале",
     "Су асты үйіндісінде тереңдіктерді аралық түсіруді және лайлылық аймағын бақылауды орындау",
     "после извлечения 50 % проектного объема", "жобалық көлемнің 50 %-ы алынғаннан кейін", "–", "–", "contractor"),
    ("Завершить дноуглубление на участках I и II", "I және II учаскелерде түбін тереңдетуді аяқтау",
     "до начала запретного периода", "тыйым салынған кезең басталғанға дейін",
     "нерестовая миграция осетровых: с 01.04 по 30.06 работы не ведутся", "бекіре тұқымдастардың уылдырық шашу көші: 01.04-тен 30.06-ға дейін жұмыс жүргізілмейді",
     "contractor"),
    ("Приостановить работы при превышении фона по взвешенным веществам более чем на 0,25 мг/дм3 в точке К-1 и уведомить бассейновую инспекцию",
     "К-1 нүктесінде қалқыма заттар бойынша фоннан 0,25 мг/дм3-ден артық асқан кезде жұмыстарды тоқтату және бассейндік инспекцияға хабарлау",
     "в течение 2 ч с момента превышения", "асқан сәттен бастап 2 сағат ішінде", "–", "–", "contractor"),
    ("Выполнить контрольную батиметрическую съемку подводного отвала и передать ее капитану порта",
     "Су асты үйіндісін бақылау батиметриялық түсірілімін орындау және оны порт капитанына беру",
     "в течение 30 сут после окончания работ", "жұмыстар аяқталғаннан кейін 30 тәулік ішінде", "–", "–", "contractor"),
    ("Компенсировать ущерб рыбным ресурсам выпуском молоди осетровых рыб в р. Урал",
     "Жайық өзеніне бекіре тұқымдас балықтардың шабақтарын жіберу арқылы балық ресурстарына келтірілген залалды өтеу",
     "в течение года после окончания работ", "жұмыстар аяқталғаннан кейін бір жыл ішінде", "выпуск – в мае – июне", "жіберу – мамыр – маусымда",
     "customer"),
)  # fmt: skip


def tasks_hq2(doc: Doc) -> None:
    """The environmental section of a dredging work plan (ППР): `№ | мероприятие | срок (этап работ) | ограничения |
    исполнитель | отметка о выполнении`, terms written as milestones of the works instead of dates — before the start,
    `после извлечения 50 % проектного объема`, `до начала запретного периода`, within two hours of an exceedance, thirty
    days after the end — a column of the fishery restrictions, the customer or the contractor named with its company as the
    executor, an empty completion column (VI: the environmental measures of a dredging plan, `Sau khi nạo vét được 50% khối
    lượng`, `Nhà thầu thi công`, `Chủ đầu tư`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w_ru, w_kk, o_ru, o_kk, c_ru, c_kk, *_ = doc.pick(DREDGE_KZ)
    contractor = doc.pick(CONTRACTORS_KZ)[L]
    customer = (c_ru, c_kk)[L]
    who = {"customer": (g("Заказчик", "Тапсырыс беруші", ""), customer), "contractor": (g("Подрядчик", "Мердігер", ""), contractor)}
    doc.h(g(f"Проект производства работ. {o_ru}. Раздел 9. Мероприятия по охране окружающей среды",
            f"Жұмыстарды жүргізу жобасы. {o_kk}. 9-бөлім. Қоршаған ортаны қорғау жөніндегі іс-шаралар", ""))
    doc.p(g("Сроки мероприятий привязаны к этапам дноуглубления; работы ведутся с учетом рыбохозяйственных ограничений, "
            "установленных в заключении бассейновой инспекции.",
            "Іс-шаралардың мерзімдері түбін тереңдету кезеңдеріне байланыстырылған; жұмыстар бассейндік инспекцияның қорытындысында "
            "белгіленген балық шаруашылығы шектеулерін ескере отырып жүргізіледі.", ""))
    rows = [g(["№", "Мероприятие", "Срок (этап работ)", "Ограничения", "Исполнитель", "Отметка о выполнении"],
              ["№", "Іс-шара", "Мерзімі (жұмыс кезеңі)", "Шектеулер", "Орындаушы", "Орындалуы туралы белгі"], [])]
    items = [t for t in DREDGE_TASKS_KZ if "IV" not in t[2] or r.random() < 0.7]
    for k, (t_ru, t_kk, te_ru, te_kk, x_ru, x_kk, key) in enumerate(items, 1):
        text = (t_ru, t_kk)[L]
        role, company = who[key]
        rows.append([str(k), text, (te_ru, te_kk)[L], (x_ru, x_kk)[L], f"{role} ({company})", ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": role})
    doc.table(g("Таблица 9.1 – Природоохранные мероприятия при производстве дноуглубительных работ",
                "9.1-кесте – Түбін тереңдету жұмыстарын жүргізу кезіндегі табиғат қорғау іс-шаралары", ""), rows, role="tasks")
    doc.p(g(f"Проект согласован капитаном морского порта {w_ru}.", f"Жоба {w_kk} теңіз портының капитанымен келісілді.", ""))
    maybe_distractor(doc, 0.3)


DREDGE_TASKS_VI = (
    ("Quan trắc nền chất lượng nước biển, trầm tích tại khu vực nạo vét và khu vực nhận chìm", "Trước khi thi công", "Chủ đầu tư"),
    ("Lắp đặt hệ thống định vị DGPS và thiết bị ghi khối lượng nạo vét trên tàu hút bụng", "Trước khi thi công", "Nhà thầu thi công"),
    ("Đo sâu kiểm tra giữa kỳ và kiểm tra phạm vi lan truyền độ đục tại khu vực nhận chìm", "Sau khi nạo vét được 50% khối lượng", "Nhà thầu thi công"),
    ("Hoàn thành nạo vét đoạn luồng ngoài cửa biển", "Trước mùa mưa bão (trước ngày 01/09)", "Nhà thầu thi công"),
    ("Tạm dừng thi công khi phát hiện váng dầu hoặc độ đục vượt ngưỡng và báo cáo Cảng vụ", "Trong vòng 02 giờ kể từ khi phát hiện",
     "Nhà thầu thi công"),
    ("Giám sát khối lượng, vị trí đổ chất nạo vét theo nhật ký hành trình của sà lan", "Trong suốt thời gian thi công", "Tư vấn giám sát"),
    ("Đo sâu hoàn công khu vực nhận chìm và gửi kết quả cho Sở Nông nghiệp và Môi trường", "Trong vòng 30 ngày sau khi kết thúc thi công",
     "Nhà thầu thi công"),
)


def _tasks_hq2_vi(doc: Doc) -> None:
    word, obj, investor, *_ = doc.pick(DREDGE_VI)
    doc.h(f"PHƯƠNG ÁN THI CÔNG NẠO VÉT – {obj.upper()}")
    doc.h("Chương 5. Biện pháp bảo vệ môi trường trong quá trình thi công")
    doc.p(f"Chủ đầu tư: {investor}. Thời hạn thực hiện các biện pháp gắn với các mốc tiến độ thi công, không ghi theo ngày cụ thể.")
    rows = [["TT", "Biện pháp", "Thời điểm thực hiện", "Đơn vị thực hiện", "Ghi chú"]]
    for k, (text, when, who) in enumerate(DREDGE_TASKS_VI, 1):
        rows.append([str(k), text, when, who, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table("Bảng 5.1. Kế hoạch thực hiện biện pháp bảo vệ môi trường", rows, role="tasks")
    doc.p(f"Phương án đã được thống nhất với Cảng vụ Hàng hải khu vực {word}.")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"HQ{k}", globals()[f"{role}_hq{k}"]) for role in ROLES for k in (1, 2)]
