"""The thirty-fourth blind set's part IH (two layouts per role, `IH1` and `IH2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.697 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: salt, soda and industrial minerals. Kazakhstan: the lake-salt works of Zhaksykylysh by Aral, Kalkaman and
Taldysay with their brine pans, stockpiles on the shore, dryers and iodising units, a soda-ash plant of the ammonia
(Solvay) process in Zhambyl oblast with its lime kilns, calciners and ponds of distiller liquid (`белое море`), sodium-
sulphate works, iodine and bromine works on underground brines that inject their spent brine into deep absorbing wells,
a zeolite mill at Shankanay, a bentonite powder plant at Tagan and a kaolin and talc concentrator at Alekseyevka (a
lake-salt works' passport, an equipment maker's questionnaire for a bag filter, an НДВ table after gas cleaning, a salt
works' organised and unorganised sources in two tables of other orders, the specification of a waste contract, a
report on wastes with bare codes and a hazard flag, groundwater of distiller-liquid ponds in g/dm³, a stack protocol
turned on its side, a groundwater programme whose parameters stand in the paragraph, the conditions of nature use of a
permit, a schedule of checks by season, an order of checks banded by frequency, the protocol of public hearings and a
plan with an executor and a controller). Vietnam: the sea-salt fields of Quán Thẻ and Đầm Vua (Ninh Thuận) and Long
Điền Tây (Bạc Liêu) and a refined-salt plant, titanium (ilmenite) mining at Lương Sơn (Bình Thuận) and Kỳ Khang (Hà
Tĩnh) with a titanium-slag smelter and an ilmenite separation plant, kaolin and feldspar plants at Thanh Sơn and Hạ Hòa
(Phú Thọ) and Văn Yên (Yên Bái), limestone and dolomite mills at Thanh Liêm (Hà Nam), Hà Trung (Thanh Hóa) and Lục Yên
(phiếu thông tin cơ sở sản xuất muối, phiếu khảo sát thiết kế hệ thống lọc bụi, báo cáo đề xuất cấp GPMT, ĐTM, phụ lục
hợp đồng xử lý chất thải, báo cáo công tác bảo vệ môi trường, kết quả quan trắc, chương trình quan trắc, phụ lục giấy
phép môi trường, kế hoạch tự kiểm tra, quy định tự kiểm tra, kết quả tham vấn and kế hoạch bảo vệ môi trường).

Facility: a lake-salt works' passport under Roman section rows (subsoil user, deposit, production), the BIN, the KATO
and the OKED joined by slashes in one cell under one label `БИН / КАТО / ОКЭД`, the licence's number, the centre in
degrees, minutes and seconds, the lake's area, salt bed and brine depth, the category with the КЭР beside a sanitary
class, the brine's ionic composition in g/dm³ and the reserves by category as tables of no role (VI: a sea-salt field's
information sheet, `Mã số doanh nghiệp / Mã số thuế` in one cell, the pans' areas and the brine's °Bé by stage of no
role) (IH1); an equipment maker's questionnaire for a bag filter filled in by a zeolite, bentonite or kaolin and talc
mill, the maker's own BIN in the letterhead as a look-alike, the customer and the place of installation under two
section rows, the KATO after a semicolon in the address, coordinates as a map service gives them (`52.518038,
70.254137`), the category asked for by the maker, then the gas parameters with the guaranteed outlet dust and the dust's
fractions as tables of no role (VI: a kaolin or feldspar plant's answer to a survey sheet, the maker's tax number above)
(IH2).

Emissions: a soda-ash plant's list of sources and emissions after gas cleaning under department rows, the source, the
unit it serves and the gas cleaning with its efficiency merged down over the substances, the outlet concentration
before g/s and t/year, a reserve lime kiln working by turns with the first whose tonnes are `–*`, a footnote saying they
are counted at ИЗА 0001, soda ash, ammonia, burnt and slaked lime, quicklime with `–` for a class (VI: a titanium-slag
smelter, the reserve electric furnace `-(*)`, named sources) (IH1); a lake-salt works' organised sources by source with
height and diameter, then its unorganised sources grouped by substance — code, name and class merged over the sources
giving it off, the dusting area, a subtotal per substance — a car park under two substances, sodium chloride and
potassium iodate with an ОБУВ, mobile salt harvesters left out by a sentence (VI: a refined-salt plant's point sources and
its area sources grouped by pollutant, no numbers) (IH2).

Wastes: the specification annexed to a soda-ash plant's waste contract, the unit differing by row — tonnes, pieces for
the lamps, cubic metres for the municipal waste, which give no tonnes — the quantity for 2026, price, sum, R/D operation
and scrap bought at a negative price (VI: a titanium plant's annex of prices, CTNH in kilograms, the septic sludge in
m³) (IH1); a kaolin and talc concentrator's report of 2025 with codes typed as six bare digits and no asterisk, a column
flagging each waste `О`/`Н` (KK `Қ`/`ҚЕ`) explained under the table, kilograms for lamps and batteries, the year's
balance after the amount formed (VI: a kaolin or feldspar plant's `NH`/`TT` marks, the unit on each row in kg, tấn or
m³) (IH2).

Limits: groundwater around a soda-ash plant's distiller-liquid ponds, each well merged over its spring and autumn rows,
dry residue, chlorides and sulphates in g/dm³ and the nitrogen ions in mg/dm³ under a row of units, the ПДК in the same
units last (`0,35` for chlorides), calcium without a norm, a well dry in the autumn and a conserved one written across
their rows (VI: an ilmenite separation plant's outfall `NT1` in three rounds as columns against the Cmax of QCVN
40:2011/BTNMT column B with Kq and Kf, gross alpha and beta in Bq/l, `KPH`) (IH1); a stack protocol of a sodium-sulphate
works turned on its side, the sources as columns, gas-parameter rows of no norm, each substance a band with a `норматив
КЭР` row and a `фактически` row, dashes for gases a source does not emit and a `не нормируется` that gives no limit (VI:
a kaolin or feldspar plant's dryers `KT1`… as columns, `Cmax` and `Kết quả` rows of QCVN 19:2009/BTNMT column B) (IH2).

Monitoring: an iodine and bromine works' programme whose table of injection-polygon wells gives no parameter — what is
sampled and how often (quarterly in the observation wells, twice a year in the background well) stands in the paragraph
above — absorbing wells with continuous control of pressure and no substance, then the air at its sources and four
boundary points with bromine, chlorine, hydrogen chloride and iodine (VI: a titanium–zircon mine's wells in VN-2000
metres with the parameters in the paragraph, then waste water with gross alpha and beta and ambient air) (IH1); the
conditions of nature use annexed to a mill's permit, numbered prose conditions with `постоянно` in the term column,
the measuring conditions carrying their frequency, sources, points and substances inside the sentence, a quarterly report
and daily dust suppression among them giving no monitoring (VI: a limestone or dolomite mill's GPMT annex, `Trong suốt
quá trình hoạt động`) (IH2).

Inspections: a lake-salt works' schedule with two frequency columns — the harvesting season and the off-season — a dash
where a season has no check, the two cells merged where the check runs all year, a check after each storm without a
frequency of the contract (VI: a sea-salt field's salt season and rainy season, after each spring tide or storm) (IH1);
an iodine and bromine works' order of checks whose frequency is a band in capitals spanning the table over its checks,
numbered straight through, the chlorine store every shift, which is no frequency of the contract (VI: a limestone or
dolomite mill, `MỖI CA SẢN XUẤT` … `HẰNG NĂM`) (IH2).

Tasks: the protocol of public hearings on a soda-ash plant's expansion, the remarks with their authors and the
initiator's answers, only the answers that commit (`Принято. ТОО «…» обязуется до …`) being tasks, the remark's number no
number of theirs (VI: the consultation table of a titanium mine's ĐTM, `Chủ dự án cam kết …` beside explanations) (IH1);
a mill's plan of measures for 2026 with an executor column and a column of who controls the execution, the executor
being the actor, costs and a total (VI: a limestone or dolomite mill's `Đơn vị thực hiện` beside `Đơn vị giám sát`)
(IH2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _tr(doc: Doc):
    """The text of the document's language among a Russian and a Kazakh one (and a Vietnamese one, if given)."""
    return lambda ru, kk, vi="": {"ru": ru, "kk": kk, "vi": vi}[doc.lang]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Жақсықылыш` of `Солепромысел «Жақсықылыш»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the region's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number with the province's two-digit prefix."""
    return f"{prefix}{doc.rng.randint(0, 99_999_999):08d}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`46°57′12,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name, as the list of pollutants names them
EXTRA = {
    "0118": ("Титан диоксид", "Титан диоксиді", "Titan đioxit (TiO2)", None),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "Canxi oxit (CaO)", None),
    "0152": ("Натрий хлорид (Поваренная соль)", "Натрий хлориді (ас тұзы)", "Natri clorua (NaCl)", 3),
    "0155": ("диНатрий карбонат (Сода кальцинированная)", "диНатрий карбонаты (кальцийленген сода)", "Natri cacbonat (Na2CO3)", 3),
    "0158": ("диНатрий сульфат (Натрия сульфат)", "диНатрий сульфаты (натрий сульфаты)", "Natri sunfat (Na2SO4)", 3),
    "0214": ("Кальций дигидроксид (Гашеная известь)", "Кальций дигидроксиді (сөндірілген әк)", "Canxi hydroxit (Ca(OH)2)", 3),
    "0249": ("Калий йодат", "Калий йодаты", "Kali iodat (KIO3)", None),
    "0307": ("Бром", "Бром", "Brom (Br2)", 2),
    "0321": ("Йод", "Йод", "Iot (I2)", 2),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния менее 20%", "Құрамында кремний қостотығы 20%-дан аз бейорганикалық шаң",
             "", 3),
    "2933": ("Алюмосиликаты (цеолиты, цеолитовые туфы)", "Алюмосиликаттар (цеолиттер, цеолитті туфтар)", "", 2),
    "2977": ("Пыль талька", "Тальк шаңы", "", None),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _maybe_other(doc: Doc, share: float = 0.35) -> None:
    """Now and then a table of no role; the Vietnamese documents, dated 2024, never get the approval sheet of 2026."""
    if doc.lang != "vi":
        maybe_distractor(doc, share)
    elif doc.rng.random() < share:
        distractor(doc, doc.pick(("budget", "contacts", "contents", "equipment")))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _waste(code: str | None, name: str, amount: float | None, n: int = 3) -> dict:
    """An expected waste of Kazakhstan's classifier (LoW) or, without a code, an ordinary one."""
    if code is None:
        return {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(name, n)}
    return {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name, n)}


def _ctnh(code: str, name: str, kg: float | None, n: int = 4) -> dict:
    """An expected hazardous waste of Vietnam's list, its amount given in kilograms."""
    return {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": None if kg is None else kg / 1000,
            "name_contains": _words(name, n)}


# ---------------------------------------------------------------- facility

# (RU works, KK works, RU operator, KK operator, RU place, KK place, RU legal address, KK legal address, KATO prefix, lat, lon,
#  lake km2, thousand t a year, RU products, KK products)
SALT_LAKES = (
    ("Солепромысел «Жақсықылыш»", "«Жақсықылыш» тұз кәсіпшілігі", "ТОО «Арал Тұз Өндірісі»", "«Арал Тұз Өндірісі» ЖШС",
     "Кызылординская область, Аральский район, озеро Жаксыкылыш, 38 км северо-восточнее г. Аральск",
     "Қызылорда облысы, Арал ауданы, Жақсықылыш көлі, Арал қаласынан солтүстік-шығысқа қарай 38 км",
     "Кызылординская область, г. Аральск, ул. Токмагамбетова, 12", "Қызылорда облысы, Арал қ., Тоқмағамбетов к-сі, 12",
     "4332", 46.962, 61.958, 33.5, 420,
     "соль поваренная пищевая йодированная и нейодированная, соль техническая (для дорожных служб и ионообменных фильтров)",
     "йодталған және йодталмаған тағамдық ас тұзы, техникалық тұз (жол қызметтері мен ион алмастырғыш сүзгілер үшін)"),
    ("Солепромысел «Қалқаман»", "«Қалқаман» тұз кәсіпшілігі", "ТОО «Қалқаман Тұз»", "«Қалқаман Тұз» ЖШС",
     "Павлодарская область, озеро Калкаман, 2 км южнее станции Калкаман",
     "Павлодар облысы, Қалқаман көлі, Қалқаман станциясынан оңтүстікке қарай 2 км",
     "г. Павлодар, ул. Торайгырова, 64, офис 17", "Павлодар қ., Торайғыров к-сі, 64, 17-кеңсе",
     "5540", 51.953, 75.977, 12.8, 140,
     "соль поваренная пищевая йодированная, соль техническая, соль для животноводства (брикеты-лизунцы)",
     "йодталған тағамдық ас тұзы, техникалық тұз, мал шаруашылығына арналған тұз (жалағыш брикеттер)"),
)  # fmt: skip
# (RU ion, KK ion, (low, high) g/dm3)
BRINE = (("Натрий (Na⁺)", "Натрий (Na⁺)", (88, 112)), ("Магний (Mg²⁺)", "Магний (Mg²⁺)", (6, 19)), ("Кальций (Ca²⁺)", "Кальций (Ca²⁺)", (0.4, 1.3)),
         ("Калий (K⁺)", "Калий (K⁺)", (0.6, 2.1)), ("Хлорид-ион (Cl⁻)", "Хлорид-ион (Cl⁻)", (150, 190)),
         ("Сульфат-ион (SO₄²⁻)", "Сульфат-ион (SO₄²⁻)", (14, 38)), ("Бромид-ион (Br⁻)", "Бромид-ион (Br⁻)", (0.05, 0.3)))


def facility_ih1(doc: Doc) -> None:
    """The passport of a lake-salt works kept for the regional departments of ecology and geology, `№ | показатель |
    значение` under three Roman section rows (the subsoil user, the deposit, the production), the operator's BIN, the KATO
    of the place and the OKED written together in one cell under one label joined by slashes (`БИН / КАТО / ОКЭД`), the
    mining licence's number, the centre of the works in degrees, minutes and seconds, the lake's area, the thickness of the
    salt bed and the depth of brine as figures with units, the category with the КЭР beside a sanitary class; the brine's
    ionic composition in g/dm³ and the salt reserves by category as two tables of no role after it (VI: the information
    sheet of a sea-salt field in Ninh Thuận or Bạc Liêu, `Mã số doanh nghiệp / Mã số thuế` in one cell, the areas of the
    evaporating and crystallising pans and the brine's degrees Baumé by stage in tables of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ih1_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    s = doc.pick(SALT_LAKES)
    works, operator, place, legal = s[L], s[2 + L], s[4 + L], s[6 + L]
    prefix, lat0, lon0, area, cap, products = s[8], s[9], s[10], s[11], s[12], s[13 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01), False, doc.lang)
    licence = f"{r.randint(100, 2999)}-EL"
    kep = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.p(g(f"УТВЕРЖДАЮ: Директор {operator} _____________ «___» января 2026 г.",
            f"БЕКІТЕМІН: {operator} директоры _____________ 2026 жылғы «___» қаңтар"))
    doc.h(g(f"Паспорт солепромысла. {works}", f"Тұз кәсіпшілігінің паспорты. {works}"))
    doc.p(g("Паспорт составлен по состоянию на 01.01.2026 для представления в департамент экологии и межрегиональный департамент "
            "геологии; сведения о запасах приведены по данным государственного баланса.",
            "Паспорт экология департаменті мен өңіраралық геология департаментіне ұсыну үшін 01.01.2026 жағдай бойынша жасалды; "
            "қорлар туралы мәліметтер мемлекеттік теңгерім деректері бойынша келтірілген."))
    rows = [g(["№", "Показатель", "Значение"], ["№", "Көрсеткіш", "Мәні"])]
    merges: list = []
    _span(rows, merges, g("I. Недропользователь", "I. Жер қойнауын пайдаланушы"), 3)
    rows += [["1.1", g("Наименование", "Атауы"), operator],
             ["1.2", g("БИН / КАТО / ОКЭД", "БСН / ҚАТО / ЭҚЖЖ"), f"{bin_} / {kato} / 08930"],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы"), legal],
             ["1.4", g("Лицензия на добычу твердых полезных ископаемых", "Қатты пайдалы қазбаларды өндіруге арналған лицензия"),
              g(f"№ {licence} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021, срок – 25 лет",
                f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021 ж. № {licence}, мерзімі – 25 жыл")]]
    _span(rows, merges, g("II. Месторождение", "II. Кен орны"), 3)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы"), works],
             ["2.2", g("Местоположение", "Орналасқан жері"), place],
             ["2.3", g("Координаты центра промысла (WGS-84)", "Кәсіпшілік орталығының координаттары (WGS-84)"), f"{lat}; {lon}"],
             ["2.4", g("Площадь зеркала озера, км²", "Көл айнасының ауданы, км²"), num(area, doc.lang)],
             ["2.5", g("Средняя мощность пласта новосадочной соли, м", "Жаңа шөккен тұз қабатының орташа қалыңдығы, м"),
              num(round(r.uniform(0.12, 0.35), 2), doc.lang)],
             ["2.6", g("Глубина рапы в межень, м", "Судың ең төменгі деңгейі кезіндегі тұздық тереңдігі, м"), num(round(r.uniform(0.05, 0.4), 2), doc.lang)]]
    _span(rows, merges, g("III. Производство", "III. Өндіріс"), 3)
    rows += [["3.1", g("Способ добычи", "Өндіру тәсілі"),
              g("открытый, солекомбайнами с укладкой соли в бурты на берегу", "ашық, тұз комбайндарымен, тұзды жағадағы үйінділерге жинау")],
             ["3.2", g("Производственная мощность, тыс. т в год", "Өндірістік қуаты, жылына мың т"), num(cap, doc.lang)],
             ["3.3", g("Выпускаемая продукция", "Шығарылатын өнім"), products],
             ["3.4", g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты"),
              g(f"I; комплексное экологическое разрешение № {kep}", f"I; № {kep} кешенді экологиялық рұқсат")],
             ["3.5", g("Санитарная классификация (размер СЗЗ)", "Санитариялық сыныптама (СҚА өлшемі)"), g("класс II (500 м)", "II сынып (500 м)")]]  # fmt: skip
    doc.table(g("Таблица 1 – Общие сведения", "1-кесте – Жалпы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(works), "kato": kato, "oked": "08930", "category": "I", "lat": lat_v,
                           "lon": lon_v})
    comp = [g(["Показатель", "Рапа (среднее за 2025 г.)", "Единица"], ["Көрсеткіш", "Тұздық (2025 ж. орташа)", "Бірлік"])]
    for i_ru, i_kk, (lo, hi) in BRINE:
        comp.append([(i_ru, i_kk)[L], num(_sig(r.uniform(lo, hi), 3), doc.lang), g("г/дм³", "г/дм³")])
    comp.append([g("Плотность рапы", "Тұздықтың тығыздығы"), num(round(r.uniform(1.19, 1.22), 3), doc.lang), g("г/см³", "г/см³")])
    comp.append(["pH", num(round(r.uniform(6.9, 7.6), 1), doc.lang), "–"])
    doc.table(g("Таблица 2 – Химический состав рапы озера", "2-кесте – Көл тұздығының химиялық құрамы"), comp, role="other")
    a, b = r.randint(3000, 9000), r.randint(8000, 20000)
    c1 = r.randint(10000, 40000)
    res = [g(["Категория запасов", "A", "B", "C1", "A+B+C1", "Добыто в 2025 г."], ["Қорлар санаты", "A", "B", "C1", "A+B+C1", "2025 ж. өндірілді"]),
           [g("Поваренная соль, тыс. т", "Ас тұзы, мың т"), num(a, doc.lang), num(b, doc.lang), num(c1, doc.lang), num(a + b + c1, doc.lang),
            num(round(cap * r.uniform(0.7, 0.95), 1), doc.lang)]]
    doc.table(g("Таблица 3 – Запасы соли (по государственному балансу на 01.01.2026)",
                "3-кесте – Тұз қорлары (01.01.2026 жағдай бойынша мемлекеттік теңгерім бойынша)"), res, role="other")


# (field, company, place, province prefix, lat, lon, hectares)
VN_SALT = (
    ("Đồng muối Quán Thẻ", "Công ty Cổ phần Muối Phước Minh", "xã Phước Minh, huyện Thuận Nam, tỉnh Ninh Thuận", "45", 11.268, 108.948, 520),
    ("Đồng muối Đầm Vua", "Công ty TNHH Muối công nghiệp Tri Hải", "xã Tri Hải, huyện Ninh Hải, tỉnh Ninh Thuận", "45", 11.621, 109.153, 310),
    ("Cánh đồng muối Long Điền Tây", "Công ty TNHH Muối sạch Đông Hải", "xã Long Điền Tây, huyện Đông Hải, tỉnh Bạc Liêu", "19", 9.043, 105.493, 140),
)  # fmt: skip


def _facility_ih1_vi(doc: Doc) -> None:
    r = doc.rng
    field, company, place, prefix, lat0, lon0, ha = doc.pick(VN_SALT)
    msdn = _msdn(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004), False, "vi")
    doc.h(f"PHIẾU THÔNG TIN CƠ SỞ SẢN XUẤT MUỐI – {field.upper()}")
    doc.p("(Kèm theo báo cáo công tác bảo vệ môi trường năm 2024 gửi Sở Tài nguyên và Môi trường; số liệu tính đến ngày 31/12/2024)")
    rows = [["STT", "Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "I. CHỦ CƠ SỞ", 3)
    rows += [["1", "Tên doanh nghiệp", company],
             ["2", "Mã số doanh nghiệp / Mã số thuế", f"{msdn} / {msdn}"],
             ["3", "Người đại diện theo pháp luật", doc.pick(("Ông Nguyễn Văn Tâm – Giám đốc", "Bà Trần Thị Lan – Tổng Giám đốc"))]]
    _span(rows, merges, "II. CƠ SỞ", 3)
    rows += [["4", "Tên cơ sở", field],
             ["5", "Địa điểm", place],
             ["6", "Tọa độ trung tâm (hệ WGS-84)", f"{lat}, {lon}"],
             ["7", "Tổng diện tích đồng muối", f"{num(ha, 'vi')} ha"],
             ["8", "Công nghệ sản xuất", "Phơi nước, kết tinh trên nền trải bạt HDPE"],
             ["9", "Sản lượng muối năm 2024", f"{num(ha * r.randint(80, 120), 'vi')} tấn"],
             ["10", "Phân nhóm theo Luật Bảo vệ môi trường năm 2020", "Nhóm III"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": field, "category": "III", "lat": lat_v, "lon": lon_v})
    pans = [["Loại ô", "Diện tích (ha)", "Tỷ lệ (%)"]]
    shares = (("Ô chứa nước biển (hồ chứa)", 0.18), ("Ô bay hơi (ruộng cấp 1, cấp 2, cấp 3)", 0.6), ("Ô kết tinh", 0.17), ("Kênh mương, bờ vùng", 0.05))
    for name, share in shares:
        pans.append([name, num(round(ha * share, 1), "vi"), num(round(share * 100), "vi")])
    doc.table("Bảng 2. Cơ cấu diện tích đồng muối", pans, role="other")
    stages = [["Giai đoạn", "Độ Baumé (°Bé)", "Thời gian (ngày)"],
              ["Nước biển lấy vào", "3 – 3,5", "-"], ["Ruộng bay hơi cấp 1", "5 – 8", "7 – 10"],
              ["Ruộng bay hơi cấp 3 (nước chạt)", "18 – 24", "10 – 15"], ["Ô kết tinh", "25 – 28", "4 – 6"]]
    doc.table("Bảng 3. Nồng độ nước chạt theo giai đoạn phơi", stages, role="other")


# (RU plant, KK plant, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, RU dust, KK dust, RU product, KK product,
#  RU legal address, KK legal address, web domain)
MILLS = (
    ("Цех помола цеолита «Шанқанай»", "«Шанқанай» цеолит ұнтақтау цехы", "ТОО «Жетісу Цеолит»", "«Жетісу Цеолит» ЖШС",
     "область Жетісу, Кербулакский район, 4 км западнее с. Шанканай", "Жетісу облысы, Кербұлақ ауданы, Шанқанай ауылынан батысқа қарай 4 км",
     "1942", 44.312, 78.931, "цеолитовая мука (клиноптилолит)", "цеолит ұны (клиноптилолит)", "цеолитовая мука для кормовых добавок и фильтров",
     "мал азығы қоспалары мен сүзгілерге арналған цеолит ұны",
     "г. Алматы, пр. Райымбека, 212, офис 5", "Алматы қ., Райымбек даңғ., 212, 5-кеңсе", "zhetysu-zeolite.kz"),
    ("Фабрика бентонитового порошка «Таған»", "«Таған» бентонит ұнтағы фабрикасы", "ТОО «Таған Бентонит»", "«Таған Бентонит» ЖШС",
     "Восточно-Казахстанская область, промплощадка карьера «Таған»", "Шығыс Қазақстан облысы, «Таған» карьерінің өнеркәсіптік алаңы",
     "6340", 49.782, 81.514, "бентонитовый порошок (Na-активированный)", "бентонит ұнтағы (Na-белсендірілген)",
     "бентонитовый порошок для буровых растворов и литейного производства", "бұрғылау ерітінділері мен құю өндірісіне арналған бентонит ұнтағы",
     "г. Усть-Каменогорск, ул. Казахстан, 55", "Өскемен қ., Қазақстан к-сі, 55", "tagan-bentonite.kz"),
    ("Обогатительная фабрика «Алексеевка-Каолин»", "«Алексеевка-Каолин» байыту фабрикасы", "ТОО «Ақмола Каолин»", "«Ақмола Каолин» ЖШС",
     "Акмолинская область, 6 км северо-восточнее с. Алексеевка", "Ақмола облысы, Алексеевка ауылынан солтүстік-шығысқа қарай 6 км",
     "1130", 52.512, 70.248, "обогащенный каолин и тальк (сухой помол)", "байытылған каолин мен тальк (құрғақ ұнтақтау)",
     "обогащенный каолин КС-1 и тальк молотый", "байытылған КС-1 каолин және ұнтақталған тальк",
     "г. Астана, ул. Кенесары, 40, офис 311", "Астана қ., Кенесары к-сі, 40, 311-кеңсе", "akmola-kaolin.kz"),
)  # fmt: skip


def facility_ih2(doc: Doc) -> None:
    """A questionnaire (опросный лист) that an equipment maker sends to a mill of zeolite, bentonite or kaolin and talc to
    choose a bag filter, filled in by the customer: the maker's own name and BIN in the letterhead above as a look-alike,
    then a table in two sections — the customer (name, BIN, legal address, a contact) and the place of installation (the
    plant, its address with the KATO after a semicolon, coordinates as a map service gives them, `43.4821, 77.6125`, and
    the category of the object asked for by the maker) — the parameters of the dusty gas, among them the required outlet
    concentration of the guarantee, and the dust's size fractions following as two tables of no role (VI: an equipment
    firm's survey sheet filled in by a kaolin or feldspar plant of Phú Thọ or Yên Bái)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ih2_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    m = doc.pick(MILLS)
    plant, operator, place, prefix, lat0, lon0, dust, product = m[L], m[2 + L], m[4 + L], m[6], m[7], m[8], m[9 + L], m[11 + L]
    bin_, kato, vendor_bin = make_bin(r), _kato(doc, prefix), make_bin(r)
    lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 6), round(lon0 + r.uniform(-0.01, 0.01), 6)
    doc.p(g(f"ТОО «ПромФильтр Инжиниринг», БИН {vendor_bin}, г. Алматы, ул. Тимирязева, 42, тел. +7 727 355 18 20",
            f"«ПромФильтр Инжиниринг» ЖШС, БСН {vendor_bin}, Алматы қ., Тимирязев к-сі, 42, тел. +7 727 355 18 20"))
    doc.h(g(f"Опросный лист № ОЛ-{r.randint(100, 999)}/26 для подбора рукавного фильтра",
            f"Жеңді сүзгіні іріктеуге арналған № ОЛ-{r.randint(100, 999)}/26 сұрақ парағы"))
    doc.p(g("Просим заполнить все поля; при отсутствии данных поставить прочерк. Опросный лист является основанием для расчета и "
            "коммерческого предложения и не является договором.",
            "Барлық жолдарды толтыруды сұраймыз; деректер болмаған жағдайда сызықша қойыңыз. Сұрақ парағы есептеу мен коммерциялық "
            "ұсыныс үшін негіз болып табылады және шарт болып табылмайды."))
    rows = [g(["Поле", "Заполняется заказчиком"], ["Жол", "Тапсырыс беруші толтырады"])]
    merges: list = []
    _span(rows, merges, g("А. Заказчик", "А. Тапсырыс беруші"), 2)
    rows += [[g("Наименование организации", "Ұйымның атауы"), operator],
             [g("БИН", "БСН"), bin_],
             [g("Юридический адрес", "Заңды мекенжайы"), m[13 + L]],
             [g("Контактное лицо, телефон, e-mail", "Байланыс тұлғасы, телефон, e-mail"),
              g("главный механик Нурланов Е.С., +7 701 440 27 95, mech@", "бас механик Нұрланов Е.С., +7 701 440 27 95, mech@") + m[15]]]
    _span(rows, merges, g("Б. Место установки", "Б. Орнату орны"), 2)
    rows += [[g("Объект (производство)", "Объект (өндіріс)"), plant],
             [g("Адрес объекта; код КАТО", "Объектінің мекенжайы; ҚАТО коды"), f"{place}; {kato}"],
             [g("Координаты площадки (по Яндекс.Картам)", "Алаңның координаттары (Яндекс.Карталар бойынша)"), f"{lat:.6f}, {lon:.6f}"],
             [g("Категория объекта по ЭК РК (для учета требований к очистке)", "ҚР ЭК бойынша объект санаты (тазарту талаптарын ескеру үшін)"),
              "II"],
             [g("Выпускаемая продукция", "Шығарылатын өнім"), product],
             [g("Размещение фильтра", "Сүзгіні орналастыру"), g("в помещении, отм. +6,000", "үй-жайда, +6,000 белгісі")]]  # fmt: skip
    doc.table(g("1. Сведения о заказчике и объекте", "1. Тапсырыс беруші және объект туралы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(plant), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    gas = [g(["Параметр", "Ед. изм.", "Значение"], ["Параметр", "Өлш. бірл.", "Мәні"]),
           [g("Источник запыленного газа", "Шаңды газ көзі"), "–", g("шаровая мельница с воздушным сепаратором", "ауа сепараторы бар шарлы диірмен")],
           [g("Объем газа (рабочий)", "Газ көлемі (жұмыстық)"), g("м³/ч", "м³/сағ"), num(r.randint(18, 42) * 1000, doc.lang)],
           [g("Температура газа", "Газ температурасы"), "°C", f"{r.randint(45, 70)}–{r.randint(80, 110)}"],
           [g("Запыленность на входе", "Кірістегі шаңдылық"), g("г/м³", "г/м³"), f"{r.randint(20, 40)}–{r.randint(45, 80)}"],
           [g("Наименование пыли", "Шаңның атауы"), "–", dust],
           [g("Требуемая остаточная запыленность (гарантия)", "Талап етілетін қалдық шаңдылық (кепілдік)"), g("мг/м³", "мг/м³"),
            g("не более 20", "20-дан аспайды")],
           [g("Режим работы", "Жұмыс режимі"), g("ч/год", "сағ/жыл"), num(r.choice((6000, 7200, 8000)), doc.lang)]]  # fmt: skip
    doc.table(g("2. Параметры газа и пыли", "2. Газ бен шаң параметрлері"), gas, role="other")
    fr = [g(["Фракция, мкм", "< 5", "5–10", "10–20", "20–40", "> 40"], ["Фракция, мкм", "< 5", "5–10", "10–20", "20–40", "> 40"])]
    parts = [r.randint(10, 30) for _ in range(4)]
    fr.append([g("Содержание, % масс.", "Құрамы, масс. %"), *(str(p) for p in parts), str(max(1, 100 - sum(parts)))])
    doc.table(g("3. Дисперсный состав пыли", "3. Шаңның дисперстік құрамы"), fr, role="other")
    doc.p(g("Опросный лист заполнил: главный механик. Дата заполнения: 12.02.2026.", "Сұрақ парағын толтырған: бас механик. Толтырылған күні: 12.02.2026."))


# (plant, company, place, province prefix, lat, lon, product)
VN_MILLS = (
    ("Nhà máy chế biến cao lanh Thanh Sơn", "Công ty Cổ phần Cao lanh Thanh Sơn", "Cụm công nghiệp Giáp Lai, huyện Thanh Sơn, tỉnh Phú Thọ", "26",
     21.168, 105.182, "cao lanh lọc, sấy dạng bột"),
    ("Nhà máy tuyển và nghiền fenspat Hạ Hòa", "Công ty TNHH Khoáng sản Hạ Hòa", "xã Ấm Hạ, huyện Hạ Hòa, tỉnh Phú Thọ", "26", 21.558, 105.018,
     "bột fenspat cho men gốm sứ"),
    ("Nhà máy nghiền fenspat Văn Yên", "Công ty Cổ phần Fenspat Văn Yên", "xã Đông Cuông, huyện Văn Yên, tỉnh Yên Bái", "52", 21.987, 104.665,
     "bột fenspat kali – natri"),
)  # fmt: skip


def _facility_ih2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, prefix, lat0, lon0, product = doc.pick(VN_MILLS)
    msdn, vendor = _msdn(doc, prefix), _msdn(doc, "01")
    lat, lon = round(lat0 + r.uniform(-0.005, 0.005), 6), round(lon0 + r.uniform(-0.005, 0.005), 6)
    doc.p(f"CÔNG TY TNHH THIẾT BỊ MÔI TRƯỜNG VIỆT LỌC – MST: {vendor} – Địa chỉ: số 18 ngõ 72 Nguyễn Trãi, Thanh Xuân, Hà Nội")
    doc.h(f"PHIẾU KHẢO SÁT THIẾT KẾ HỆ THỐNG LỌC BỤI TÚI VẢI – SỐ KS-{r.randint(100, 999)}/2024")
    doc.p("Kính đề nghị Quý khách hàng điền đầy đủ thông tin; phiếu khảo sát là căn cứ để tính toán, chào giá và không có giá trị như hợp đồng.")
    rows = [["Hạng mục", "Thông tin do khách hàng cung cấp"]]
    merges: list = []
    _span(rows, merges, "A. KHÁCH HÀNG", 2)
    rows += [["Tên doanh nghiệp", company], ["Mã số doanh nghiệp", msdn],
             ["Người liên hệ", f"{doc.pick(('Ông Hoàng Văn Dũng', 'Ông Phạm Quốc Việt', 'Bà Nguyễn Thu Hà'))} – Quản đốc phân xưởng, 0912 {r.randint(100, 999)} {r.randint(100, 999)}"]]
    _span(rows, merges, "B. VỊ TRÍ LẮP ĐẶT", 2)
    rows += [["Tên nhà máy", plant], ["Địa chỉ nhà máy", place],
             ["Tọa độ (Google Maps)", f"{lat:.6f}, {lon:.6f}"],
             ["Sản phẩm", product],
             ["Nhóm đối tượng theo Luật BVMT 2020 (để xác định yêu cầu xử lý)", "Nhóm II"]]  # fmt: skip
    doc.table("1. Thông tin khách hàng và vị trí lắp đặt", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    gas = [["Thông số", "Đơn vị", "Giá trị"],
           ["Nguồn phát sinh", "-", "Máy nghiền bi và máy sấy thùng quay"],
           ["Lưu lượng khí", "m³/h", num(r.randint(15, 36) * 1000, "vi")],
           ["Nhiệt độ khí", "°C", f"{r.randint(60, 80)} – {r.randint(95, 130)}"],
           ["Nồng độ bụi đầu vào", "g/m³", f"{r.randint(15, 30)} – {r.randint(35, 60)}"],
           ["Nồng độ bụi đầu ra yêu cầu (bảo hành)", "mg/Nm³", "≤ 50"],
           ["Thời gian vận hành", "giờ/năm", num(r.choice((5400, 6000, 7200)), "vi")]]
    doc.table("2. Thông số khí thải và bụi", gas, role="other")
    fr = [["Cỡ hạt (µm)", "< 5", "5 – 10", "10 – 20", "20 – 40", "> 40"]]
    parts = [r.randint(10, 30) for _ in range(4)]
    fr.append(["Tỷ lệ (% khối lượng)", *(str(p) for p in parts), str(max(1, 100 - sum(parts)))])
    doc.table("3. Thành phần cỡ hạt bụi", fr, role="other")


# ---------------------------------------------------------------- emissions

SODA_OPERATORS = (("ТОО «Жамбыл Сода»", "«Жамбыл Сода» ЖШС", "Жамбылская область, Шуский район", "Жамбыл облысы, Шу ауданы"),
                  ("ТОО «Шу Химпром»", "«Шу Химпром» ЖШС", "Жамбылская область, г. Шу, промзона", "Жамбыл облысы, Шу қ., өнеркәсіптік аймақ"))
# (section RU, KK, [(number, RU source, KK source, (RU cleaning, KK cleaning) or None, {code: ((g/s low, high), (t low, high), mg/Nm3 or None)})])
SODA_SOURCES = (
    (("Известково-обжигательное отделение", "Әк күйдіру бөлімшесі"), [
        ("0001", "Известково-обжигательная печь № 1 (шахтная, кокс)", "№ 1 әк күйдіру пеші (шахталық, кокс)",
         ("циклон ЦН-15, промыватель газа; 92", "ЦН-15 циклоны, газ жуғыш; 92"),
         {"0337": ((2.5, 6.0), (60, 160), 3000), "0301": ((0.2, 0.6), (5, 15), 250), "0304": ((0.03, 0.1), (0.8, 2.4), 40),
          "0330": ((0.1, 0.4), (2.5, 9), 150), "2909": ((0.3, 0.9), (7, 22), 90), "0128": ((0.05, 0.2), (1.2, 5), 20)}),
        ("0002", "Известково-обжигательная печь № 2 (резервная)", "№ 2 әк күйдіру пеші (резервтік)",
         ("циклон ЦН-15, промыватель газа; 92", "ЦН-15 циклоны, газ жуғыш; 92"),
         {"0337": ((2.5, 6.0), None, 3000), "0301": ((0.2, 0.6), None, 250), "0304": ((0.03, 0.1), None, 40),
          "0330": ((0.1, 0.4), None, 150), "2909": ((0.3, 0.9), None, 90), "0128": ((0.05, 0.2), None, 20)}),
        ("0003", "Гаситель извести (приготовление известкового молока)", "Әк сөндіргіш (әк сүтін дайындау)",
         ("мокрый скруббер; 85", "дымқыл скруббер; 85"), {"0214": ((0.01, 0.05), (0.2, 1.2), 15)})]),
    (("Отделение абсорбции и карбонизации", "Абсорбция және карбонизация бөлімшесі"), [
        ("0004", "Промыватель газа абсорбции (выхлоп)", "Абсорбция газының жуғышы (шығару)", ("кислотный промыватель; 96", "қышқыл жуғыш; 96"),
         {"0303": ((0.15, 0.5), (4, 14), 60)}),
        ("0005", "Промыватель газа карбонизационных колонн (выхлоп)", "Карбонизация колонналары газының жуғышы (шығару)",
         ("водяной промыватель; 95", "су жуғышы; 95"), {"0303": ((0.2, 0.7), (5, 18), 45), "0337": ((0.4, 1.5), (10, 40), 120)})]),
    (("Отделение кальцинации", "Кальцинация бөлімшесі"), [
        ("0006", "Содовая печь (кальцинатор) № 1", "№ 1 сода пеші (кальцинатор)", ("циклоны, мокрый пылеуловитель; 97", "циклондар, дымқыл шаң ұстағыш; 97"),
         {"0155": ((0.1, 0.4), (2.5, 10), 40), "0303": ((0.02, 0.08), (0.5, 2.0), 10)}),
        ("0007", "Содовая печь (кальцинатор) № 2", "№ 2 сода пеші (кальцинатор)", ("циклоны, мокрый пылеуловитель; 97", "циклондар, дымқыл шаң ұстағыш; 97"),
         {"0155": ((0.1, 0.4), (2.5, 10), 40), "0303": ((0.02, 0.08), (0.5, 2.0), 10)})]),
    (("Склад готовой продукции и отгрузка", "Дайын өнім қоймасы және тиеп жөнелту"), [
        ("0008", "Аспирация упаковочной машины", "Орау машинасының аспирациясы", ("рукавный фильтр ФРИ-80; 99", "ФРИ-80 жеңді сүзгісі; 99"),
         {"0155": ((0.01, 0.04), (0.2, 0.9), 10)}),
        ("6001", "Открытый склад известняка и кокса", "Әктас пен кокстың ашық қоймасы", None, {"2909": ((0.05, 0.25), (0.8, 4.0), None)}),
        ("6002", "Погрузка соды в вагоны-хопперы", "Соданы хоппер-вагондарға тиеу", None, {"0155": ((0.02, 0.09), (0.3, 1.4), None)})]),
)  # fmt: skip


def emissions_ih1(doc: Doc) -> None:
    """A soda-ash plant's list of sources and of the emissions after gas cleaning, under section rows for its departments
    (lime kilns, absorption and carbonation, calcination, store and shipping), the source's number, the unit it serves and
    its gas cleaning with the efficiency merged down over its substances, the concentration at the outlet before the grams a
    second and the tonnes a year; a reserve lime kiln that works by turns with the first carries its grams a second but only
    `–*` for the year's tonnes, a footnote saying the gross emission is counted at ИЗА 0001; soda ash dust, ammonia, burnt
    and slaked lime with `–` for the class of quicklime (an ОБУВ) (VI: a titanium-slag smelting plant of Bình Thuận or Hà Tĩnh,
    named sources, an electric furnace in reserve by turns with the first one, `-(*)` for its tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ih1_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    op = doc.pick(SODA_OPERATORS)
    operator = op[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. Завод кальцинированной соды {operator}",
            f"{operator} кальцийленген сода зауыты. Жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g(f"Завод ({op[2]}) производит кальцинированную соду аммиачным способом мощностью 200 тыс. т в год. Известково-обжигательные "
            "печи № 1 и № 2 взаимозаменяемы: в работе находится одна печь, вторая – в резерве или ремонте.",
            f"Зауыт ({op[3]}) кальцийленген соданы аммиак тәсілімен жылына 200 мың т қуатпен шығарады. № 1 және № 2 әк күйдіру пештері "
            "өзара алмастырылады: бір пеш жұмыста, екіншісі резервте немесе жөндеуде болады."))
    head = g(["№ ИЗА", "Источник выделения", "ГОУ; КПД, %", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Концентрация на выходе, мг/Нм³",
              "Выброс, г/с", "Выброс, т/год"],
             ["ЛШК №", "Бөліну көзі", "ГТҚ; ПӘК, %", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығыстағы концентрация, мг/Нм³",
              "Шығарынды, г/с", "Шығарынды, т/жыл"])
    rows, merges = [head], []
    total, numbers = 0.0, []
    for (s_ru, s_kk), sources in SODA_SOURCES:
        _span(rows, merges, (s_ru, s_kk)[L], 9)
        for number, n_ru, n_kk, cleaning, codes in sources:
            if number == "6002" and r.random() < 0.3:
                continue
            numbers.append(number)
            start = len(rows)
            for j, (c, (grange, trange, conc)) in enumerate(codes.items()):
                gs = _sig(r.uniform(*grange), 3)
                ty = _sig(r.uniform(*trange), 3) if trange else None
                if ty is not None:
                    total += ty
                hz = _hazard(c)
                clean = cleaning[L] if cleaning else g("без очистки", "тазартусыз")
                cc = num(_sig(conc * r.uniform(0.5, 1.0), 3), doc.lang) if conc else "–"
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, clean if j == 0 else None, c, _air(doc, c),
                             str(hz) if hz else "–", cc, num(gs, doc.lang), num(ty, doc.lang) if ty is not None else "–*"])
                doc.add("emissions", emission(c, gs, ty, number, hz))
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 2)]
    rows.append(["", g("Всего по заводу", "Зауыт бойынша барлығы"), "", "", "", "", "", "", num(round(total, 3), doc.lang)])
    doc.table(g("Таблица 3.1 – Характеристика источников и выбросы загрязняющих веществ после очистки",
                "3.1-кесте – Көздердің сипаттамасы және тазартудан кейінгі ластаушы заттар шығарындылары"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("* Печи № 1 и № 2 работают попеременно; валовый выброс учтен по ИЗА 0001, для ИЗА 0002 нормируется только максимально-разовый "
            "выброс. Для кальция оксида класс опасности не установлен (ОБУВ 0,3 мг/м³).",
            "* № 1 және № 2 пештер кезектесіп жұмыс істейді; жалпы шығарынды 0001 ЛШК бойынша есепке алынды, 0002 ЛШК үшін тек ең жоғары бір "
            "реттік шығарынды нормаланады. Кальций оксиді үшін қауіптілік сыныбы белгіленбеген (ҚӘБД 0,3 мг/м³)."))
    _maybe_other(doc)


VN_TITAN = (("Nhà máy luyện xỉ titan Bắc Bình", "Công ty Cổ phần Titan Bắc Bình", "Khu công nghiệp Sông Bình, huyện Bắc Bình, tỉnh Bình Thuận"),
            ("Nhà máy chế biến sâu quặng ilmenit Cẩm Xuyên", "Công ty TNHH Khoáng sản Cẩm Hòa", "xã Cẩm Hòa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh"))
# (source, treatment, reserve?, {code: ((g/s low, high), (t low, high), mg/Nm3)})
VN_TITAN_SOURCES = (
    ("Lò điện hồ quang luyện xỉ titan số 1", "Buồng đốt CO, làm nguội, lọc bụi túi vải (99 %)", False,
     {"2902": ((0.1, 0.4), (2, 9), 30), "0330": ((0.2, 0.8), (4, 18), 120), "0301": ((0.1, 0.5), (2, 10), 90), "0337": ((0.3, 1.2), (6, 25), 200)}),
    ("Lò điện hồ quang số 2 (dự phòng, vận hành luân phiên với lò số 1)", "Buồng đốt CO, làm nguội, lọc bụi túi vải (99 %)", True,
     {"2902": ((0.1, 0.4), None, 30), "0330": ((0.2, 0.8), None, 120), "0301": ((0.1, 0.5), None, 90), "0337": ((0.3, 1.2), None, 200)}),
    ("Lò sấy quặng ilmenit (đốt than cám)", "Cyclon chùm, lọc bụi túi vải (98 %)", False,
     {"2902": ((0.15, 0.5), (3, 11), 60), "0330": ((0.3, 1.0), (6, 22), 300), "0301": ((0.1, 0.4), (2, 9), 150), "0337": ((0.1, 0.4), (2, 8), 80)}),
    ("Hệ thống nghiền, sàng xỉ titan", "Lọc bụi túi vải (99 %)", False, {"2902": ((0.05, 0.2), (1, 4.5), 25)}),
)  # fmt: skip


def _emissions_ih1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_TITAN)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Hai lò điện hồ quang có công suất như nhau và vận hành luân phiên: một lò hoạt động, "
          "một lò dự phòng hoặc sửa chữa lớp lót.")
    rows = [["TT", "Nguồn phát sinh", "Biện pháp xử lý (hiệu suất)", "Thông số", "Nồng độ sau xử lý (mg/Nm³)", "Tải lượng (g/s)",
             "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (name, treat, _reserve, codes) in enumerate(VN_TITAN_SOURCES, 1):
        start = len(rows)
        for j, (c, (grange, trange, conc)) in enumerate(codes.items()):
            gs = _sig(r.uniform(*grange), 3)
            ty = _sig(r.uniform(*trange), 3) if trange else None
            label = "Bụi tổng" if c == "2902" else vocab.air(c, "vi", 1)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, treat if j == 0 else None, label,
                         num(_sig(conc * r.uniform(0.4, 0.9), 3), "vi"), num(gs, "vi"), num(ty, "vi") if ty is not None else "-(*)"])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, i, len(rows) - 1, i) for i in (0, 1, 2)]
    doc.table("Bảng 3.3. Nguồn phát sinh, biện pháp xử lý và tải lượng bụi, khí thải sau xử lý", rows, merges, role="emissions")
    doc.p("(*) Lò số 2 chỉ vận hành khi lò số 1 dừng; tải lượng năm đã được tính cho lò số 1.")
    _maybe_other(doc)


# (RU works, KK works, RU operator, KK operator)
SALT_WORKS = (
    ("солепромысел «Жақсықылыш»", "«Жақсықылыш» тұз кәсіпшілігі", "ТОО «Арал Тұз Өндірісі»", "«Арал Тұз Өндірісі» ЖШС"),
    ("солепромысел «Қалқаман»", "«Қалқаман» тұз кәсіпшілігі", "ТОО «Қалқаман Тұз»", "«Қалқаман Тұз» ЖШС"),
    ("солепромысел «Талдысай»", "«Талдысай» тұз кәсіпшілігі", "ТОО «Талдысай Тұз»", "«Талдысай Тұз» ЖШС"),
)  # fmt: skip
# organised: (number, RU, KK, height, diameter, {code: ((g/s low, high), (t low, high))})
SALT_STACKS = (
    ("0001", "Труба сушильного барабана (газ), после циклонов и скруббера", "Кептіру барабанының мұржасы (газ), циклондар мен скрубберден кейін",
     18, 0.8, {"0301": ((0.05, 0.15), (0.8, 2.5)), "0304": ((0.008, 0.025), (0.13, 0.4)), "0337": ((0.1, 0.4), (1.5, 6)),
               "0152": ((0.05, 0.2), (0.8, 3.5))}),
    ("0002", "Аспирация дробилок и грохотов солемольного цеха (рукавный фильтр)", "Тұз ұнтақтау цехының ұсатқыштары мен елеуіштерінің аспирациясы (жеңді сүзгі)",
     12, 0.5, {"0152": ((0.02, 0.09), (0.4, 1.8))}),
    ("0003", "Аспирация участка йодирования и фасовки", "Йодтау және өлшеп-орау учаскесінің аспирациясы",
     10, 0.4, {"0152": ((0.01, 0.05), (0.15, 0.8)), "0249": ((0.00005, 0.0003), (0.0008, 0.005))}),
    ("0004", "Дымовая труба котельной (уголь, отопительный период)", "Қазандықтың түтін мұржасы (көмір, жылыту кезеңі)",
     25, 0.6, {"0301": ((0.03, 0.1), (0.4, 1.5)), "0304": ((0.005, 0.016), (0.06, 0.25)), "0330": ((0.1, 0.35), (1.2, 5)),
               "0337": ((0.2, 0.7), (2.5, 10)), "2908": ((0.05, 0.2), (0.6, 2.8))}),
)  # fmt: skip
# unorganised by substance: code -> [(number, RU, KK, m2, (g/s low, high), (t low, high))]
SALT_AREAS = {
    "0152": [("6001", "Бурты соли-сырца на берегу озера", "Көл жағасындағы шикі тұз үйінділері", 12000, (0.1, 0.4), (1.5, 6)),
             ("6002", "Погрузка соли в железнодорожные вагоны", "Тұзды темір жол вагондарына тиеу", 600, (0.05, 0.2), (0.3, 1.5)),
             ("6003", "Открытый склад технической соли", "Техникалық тұздың ашық қоймасы", 3500, (0.03, 0.12), (0.4, 1.8))],
    "2908": [("6004", "Склад угля и золошлаков котельной", "Қазандықтың көмір және күл-қож қоймасы", 900, (0.02, 0.08), (0.2, 0.9))],
    "0301": [("6005", "Стоянка автотранспорта и погрузчиков", "Автокөлік пен тиегіштер тұрағы", 1500, (0.005, 0.02), (0.02, 0.1))],
    "0337": [("6005", "Стоянка автотранспорта и погрузчиков", "Автокөлік пен тиегіштер тұрағы", 1500, (0.03, 0.12), (0.1, 0.5))],
}  # fmt: skip


def emissions_ih2(doc: Doc) -> None:
    """A lake-salt works' emissions in two tables of other orders: the organised sources by source — number, name, height
    and mouth diameter merged down over code, name, class, g/s and t/year — and then the unorganised sources grouped by
    substance, the code, name and class merged down over the sources that give it off, each source's number, name and the
    area that dusts before its grams and tonnes, a subtotal per substance; a car park that is one source under two
    substances; sodium chloride of the salt stockpiles and loading, potassium iodate of the iodising unit with an ОБУВ and
    `–` for a class (VI: a refined-salt plant of Bạc Liêu or Ninh Thuận, point sources and, grouped by pollutant, area
    sources, named sources with no numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ih2_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    w = doc.pick(SALT_WORKS)
    works, operator = w[L], w[2 + L]
    doc.h(g(f"{operator}, {works}. Раздел 3. Характеристика источников выбросов", f"{operator}, {works}. 3-бөлім. Шығарынды көздерінің сипаттамасы"))
    doc.p(g("Добыча соли ведется солекомбайнами в июле – октябре; выбросы передвижных источников (солекомбайны, тракторы) не нормируются "
            "и в таблицы не включены. Котельная работает в отопительный период (4 800 ч).",
            "Тұз шілде – қазан айларында тұз комбайндарымен өндіріледі; жылжымалы көздердің (тұз комбайндары, тракторлар) шығарындылары "
            "нормаланбайды және кестелерге енгізілмеген. Қазандық жылыту кезеңінде жұмыс істейді (4 800 сағ)."))
    head = g(["№ ИЗА", "Источник выброса", "Высота, м", "Диаметр устья, м", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "г/с", "т/год"],
             ["ЛШК №", "Шығарынды көзі", "Биіктігі, м", "Сағасының диаметрі, м", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "г/с", "т/жыл"])
    rows, merges = [head], []
    for number, n_ru, n_kk, h, d, codes in SALT_STACKS:
        start = len(rows)
        for j, (c, (grange, trange)) in enumerate(codes.items()):
            gs, ty = _sig(r.uniform(*grange), 3), _sig(r.uniform(*trange), 3)
            hz = _hazard(c)
            first = j == 0
            rows.append([number if first else None, (n_ru, n_kk)[L] if first else None, str(h) if first else None,
                         num(d, doc.lang) if first else None, c, _air(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(4)]
    doc.table(g("Таблица 3.2а – Организованные источники выбросов", "3.2а-кесте – Ұйымдастырылған шығарынды көздері"), rows, merges, role="emissions")
    head = g(["Код ЗВ", "Наименование ЗВ", "Класс опасности", "№ ИЗА", "Источник выброса", "Площадь пыления (выделения), м²", "г/с", "т/год"],
             ["ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "ЛШК №", "Шығарынды көзі", "Шаңдану (бөліну) ауданы, м²", "г/с", "т/жыл"])
    rows, merges = [head], []
    for c, items in SALT_AREAS.items():
        hz = _hazard(c)
        start = len(rows)
        tot_g = tot_t = 0.0
        for j, (number, n_ru, n_kk, area, grange, trange) in enumerate(items):
            gs, ty = _sig(r.uniform(*grange), 3), _sig(r.uniform(*trange), 3)
            tot_g, tot_t = tot_g + gs, tot_t + ty
            first = j == 0
            rows.append([c if first else None, _air(doc, c) if first else None, (str(hz) if hz else "–") if first else None, number,
                         (n_ru, n_kk)[L], num(area, doc.lang), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
        if len(items) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(3)]
            rows.append(["", g("Итого по веществу", "Зат бойынша жиыны"), "", "", "", "", num(round(tot_g, 6), doc.lang), num(round(tot_t, 6), doc.lang)])
    doc.table(g("Таблица 3.2б – Неорганизованные источники выбросов (по веществам)", "3.2б-кесте – Ұйымдастырылмаған шығарынды көздері (заттар бойынша)"),
              rows, merges, role="emissions")
    numbers = [s[0] for s in SALT_STACKS] + sorted({i[0] for items in SALT_AREAS.values() for i in items})
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для калия йодата класс опасности не установлен, применяется ОБУВ 0,01 мг/м³.", "Калий йодаты үшін қауіптілік сыныбы белгіленбеген, ҚӘБД 0,01 мг/м³ қолданылады."))
    _maybe_other(doc)


VN_REFINED = (("Nhà máy chế biến muối tinh sấy Đông Hải", "Công ty TNHH Muối sạch Đông Hải", "tỉnh Bạc Liêu"),
              ("Nhà máy muối tinh i-ốt Cà Ná", "Công ty Cổ phần Muối Cà Ná", "tỉnh Ninh Thuận"))
VN_POINT = (("Ống khói lò sấy muối (đốt trấu)", {"2902": ((0.15, 0.5), (1.5, 6)), "0330": ((0.02, 0.08), (0.2, 0.8)),
                                                 "0301": ((0.05, 0.2), (0.5, 2)), "0337": ((0.1, 0.5), (1, 5))}),
            ("Ống thải hệ thống lọc bụi khu nghiền, sàng muối", {"2902": ((0.03, 0.12), (0.3, 1.2))}))
# pollutant -> [(area source, (g/s low, high), (t low, high))]
VN_AREA = {"2902": [("Khu tập kết muối nguyên liệu (bãi hở)", (0.05, 0.2), (0.5, 2)), ("Khu đóng bao, xuất hàng", (0.02, 0.08), (0.2, 0.8))],
           "0301": [("Xe tải vận chuyển ra vào nhà máy", (0.01, 0.05), (0.05, 0.25))],
           "0337": [("Xe tải vận chuyển ra vào nhà máy", (0.02, 0.1), (0.1, 0.5))]}


def _emissions_ih2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, prov = doc.pick(VN_REFINED)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()}")
    doc.p(f"Chủ dự án: {company}, {prov}. Muối nguyên liệu được rửa, nghiền, sấy bằng lò đốt trấu và phối trộn i-ốt trước khi đóng gói.")
    rows = [["Nguồn điểm", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for name, codes in VN_POINT:
        start = len(rows)
        for j, (c, (grange, trange)) in enumerate(codes.items()):
            gs, ty = _sig(r.uniform(*grange), 3), _sig(r.uniform(*trange), 3)
            rows.append([name if j == 0 else None, "Bụi tổng" if c == "2902" else vocab.air(c, "vi", 1), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.5. Tải lượng bụi, khí thải tại các nguồn điểm (sau xử lý)", rows, merges, role="emissions")
    rows = [["Thông số", "Nguồn diện", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for c, items in VN_AREA.items():
        start = len(rows)
        for j, (name, grange, trange) in enumerate(items):
            gs, ty = _sig(r.uniform(*grange), 3), _sig(r.uniform(*trange), 3)
            rows.append([("Bụi tổng" if c == "2902" else vocab.air(c, "vi", 1)) if j == 0 else None, name, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(items) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.6. Tải lượng bụi, khí thải từ các nguồn diện (theo thông số)", rows, merges, role="emissions")
    _maybe_other(doc)


# ---------------------------------------------------------------- wastes

# (RU name, KK name, code, unit key, (low, high), price in tenge, operation)
CONTRACT_WASTES = (
    ("Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", "13 02 05*", "t", (3, 12), 85_000, "R9"),
    ("Промасленная ветошь и обтирочный материал", "Майланған шүберек және сүрту материалы", "15 02 02*", "t", (0.8, 3.5), 120_000, "D10"),
    ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "20 01 21*", "pcs", (300, 1400), 450, "R4"),
    ("Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "16 06 01*", "t", (0.6, 2.8), 60_000, "R4"),
    ("Отработанные фильтровальные рукава (полиэфир) газоочисток", "Газ тазартқыштардың пайдаланылған сүзгі жеңдері (полиэфир)", "15 02 03", "t",
     (1.5, 6), 35_000, "D10"),
    ("Недопал и отходы обжига известняка", "Әктасты күйдірудің толық күймеген қалдықтары", "10 13 04", "t", (900, 2600), 2_500, "R5"),
    ("Лом черных металлов", "Қара металл сынықтары", "17 04 05", "t", (40, 180), -35_000, "R4"),
    ("Изношенные шины", "Тозған шиналар", "16 01 03", "t", (4, 15), 30_000, "R1"),
    ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "20 03 01", "m3", (600, 1500), 2_800, "D1"),
)  # fmt: skip
UNIT_WORD = {"t": ("т", "т", "tấn"), "kg": ("кг", "кг", "kg"), "pcs": ("шт.", "дана", "cái"), "m3": ("м³", "м³", "m³")}


def wastes_ih1(doc: Doc) -> None:
    """The specification annexed to a soda-ash plant's contract for the collection and recovery or disposal of its wastes:
    the waste, its code, a unit that differs from row to row (tonnes, pieces for the lamps, cubic metres for the municipal
    waste), the quantity for 2026, the price per unit in tenge without VAT, the sum and the R/D operation, scrap metal
    bought by the contractor at a negative price, the parties named in the heading with no BIN — the quantities in pieces
    and cubic metres give no tonnes (VI: the annex of prices of a titanium plant's contract for treating its CTNH,
    kilograms a year, the septic-tank sludge in cubic metres)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ih1_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    op = doc.pick(SODA_OPERATORS)
    customer = op[L]
    contractor = g("ТОО «ЭкоРесурс Тараз»", "«ЭкоРесурс Тараз» ЖШС")
    no = f"{r.randint(10, 60)}/26-ОТХ"
    doc.p(g(f"Приложение 1 к договору № {no} от 15.01.2026", f"2026 жылғы 15 қаңтардағы № {no} шартқа 1-қосымша"))
    doc.h(g("Спецификация оказываемых услуг по сбору, транспортировке и переработке (утилизации) отходов на 2026 год",
            "2026 жылға арналған қалдықтарды жинау, тасымалдау және қайта өңдеу (кәдеге жарату) жөніндегі көрсетілетін қызметтер ерекшелігі"))
    doc.p(g(f"Заказчик: {customer} (завод кальцинированной соды). Исполнитель: {contractor}. Объемы указаны ориентировочно по программе "
            "управления отходами; оплата производится по фактически принятым объемам согласно актам.",
            f"Тапсырыс беруші: {customer} (кальцийленген сода зауыты). Орындаушы: {contractor}. Көлемдер қалдықтарды басқару бағдарламасы "
            "бойынша болжалды көрсетілген; төлем актілерге сәйкес нақты қабылданған көлемдер бойынша жүргізіледі."))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Ед. изм.", "Количество на 2026 год", "Цена за единицу, тенге без НДС",
               "Сумма, тенге без НДС", "Операция (R/D)"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Өлш. бірл.", "2026 жылға арналған саны", "Бірлік бағасы, ҚҚС-сыз теңге",
               "Сомасы, ҚҚС-сыз теңге", "Операция (R/D)"])]
    total = 0
    for k, (n_ru, n_kk, code, unit, (lo, hi), price, op_code) in enumerate(CONTRACT_WASTES, 1):
        if unit == "t":
            qty = round(r.uniform(lo, hi), 1) if hi < 100 else float(round(r.uniform(lo, hi)))
            amount = qty
        else:
            qty, amount = float(r.randint(int(lo) // 10, int(hi) // 10) * 10), None
        s = round(qty * price)
        total += s
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, code, UNIT_WORD[unit][L], num(qty, doc.lang), num(price, doc.lang), num(s, doc.lang), op_code])
        doc.add("wastes", _waste(code, name, amount))
    rows.append(["", g("Итого", "Жиыны"), "", "", "", "", num(total, doc.lang), ""])
    doc.table(None, rows, role="wastes")
    doc.p(g("Лом черных металлов принимается Исполнителем с оплатой Заказчику (цена указана со знаком «минус»).",
            "Қара металл сынықтарын Орындаушы Тапсырыс берушіге ақы төлей отырып қабылдайды (баға «минус» белгісімен көрсетілген)."))
    distractor(doc, "approval")


# (name, code or None, unit, (low, high) in the unit, price đồng)
VN_CONTRACT = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "kg", (800, 2600), 6_500),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "kg", (300, 1200), 9_000),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "kg", (20, 90), 25_000),
    ("Pin, ắc quy chì thải", "19 06 01", "kg", (150, 700), 4_000),
    ("Bao bì cứng thải bằng kim loại", "18 01 02", "kg", (200, 800), 7_500),
    ("Bùn thải bể tự hoại", None, "m3", (20, 60), 450_000),
)


def _wastes_ih1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_TITAN)
    no = f"{r.randint(3, 48):02d}/2024/HĐ-XLCT"
    doc.p(f"PHỤ LỤC 01 (kèm theo Hợp đồng số {no} về thu gom, vận chuyển và xử lý chất thải)")
    doc.h("BẢNG KHỐI LƯỢNG DỰ KIẾN VÀ ĐƠN GIÁ NĂM 2024")
    region = "Bắc Trung Bộ" if "Hà Tĩnh" in place else "Nam Trung Bộ"
    doc.p(f"Bên A (chủ nguồn thải): {company} – {plant}. Bên B: Công ty TNHH Xử lý Môi trường {region}. Khối lượng thanh toán theo "
          "biên bản bàn giao và chứng từ chất thải nguy hại thực tế.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị tính", "Khối lượng dự kiến/năm", "Đơn giá (đồng/đơn vị)", "Thành tiền (đồng)"]]
    total = 0
    for k, (name, code, unit, (lo, hi), price) in enumerate(VN_CONTRACT, 1):
        qty = float(r.randint(lo // 10, hi // 10) * 10) if unit == "kg" else float(r.randint(lo, hi))
        s = round(qty * price)
        total += s
        rows.append([str(k), name, code or "-", UNIT_WORD[unit][2], num(qty, "vi"), num(price, "vi"), num(s, "vi")])
        if code:
            doc.add("wastes", _ctnh(code, name, qty))
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": None, "name_contains": name})
    rows.append(["", "Tổng cộng (chưa bao gồm thuế GTGT)", "", "", "", "", num(total, "vi")])
    doc.table(None, rows, role="wastes")
    distractor(doc, "contacts")


# (RU name, KK name, code typed without spaces, hazardous, unit, (low, high))
KAOLIN_WASTES = (
    ("Отходы обогащения каолина (кварцевый песок гидроциклонов)", "Каолинді байыту қалдықтары (гидроциклондардың кварц құмы)", "010409", False, "t",
     (18000, 45000)),
    ("Шлам отстойников оборотного водоснабжения", "Айналымдағы сумен жабдықтау тұндырғыштарының шламы", "010412", False, "t", (900, 2600)),
    ("Отработанные фильтровальные ткани фильтр-прессов", "Сүзгі-пресстердің пайдаланылған сүзгі маталары", "150203", False, "t", (0.8, 3)),
    ("Лом черных металлов (футеровка и мелющие шары мельниц)", "Қара металл сынықтары (диірмендердің футеровкасы мен ұнтақтағыш шарлары)", "170405",
     False, "t", (15, 60)),
    ("Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", "130205", True, "t", (1.5, 6)),
    ("Промасленная ветошь", "Майланған шүберек", "150202", True, "t", (0.3, 1.5)),
    ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "200121", True, "kg", (40, 180)),
    ("Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "160601", True, "kg", (300, 1200)),
    ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "200301", False, "t", (12, 40)),
)  # fmt: skip


def _spaced(code: str, hazardous: bool) -> str:
    return f"{code[:2]} {code[2:4]} {code[4:]}" + ("*" if hazardous else "")


def wastes_ih2(doc: Doc) -> None:
    """A kaolin and talc plant's report on its wastes of 2025 whose classifier codes are typed as six bare digits without
    an asterisk (`130205`, `010409`) while a column of its own marks each waste `О` or `Н` (KK `Қ` or `ҚЕ`), hazardous or
    not, as the legend under the table says; the unit on each row, kilograms for the lamps and the batteries, and the year's
    balance — formed, passed on, placed on the plant's own sand dump, left at the end of the year — the amount being what
    was formed (VI: a kaolin or feldspar plant's annual report, `NH` or `TT` in a column of classification marks, the unit
    on each row in kilograms, tonnes or cubic metres)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ih2_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    m = MILLS[2]
    plant, operator = m[L], m[2 + L]
    flag = {True: g("О", "Қ"), False: g("Н", "ҚЕ")}
    doc.h(g(f"Отчет об образовании и движении отходов за 2025 год. {operator}, {plant}",
            f"{operator}, {plant}. 2025 жылғы қалдықтардың түзілуі мен қозғалысы туралы есеп"))
    doc.p(g("Отходы обогащения (кварцевый песок) и шлам отстойников размещаются на собственном песковом отвале фабрики; остальные отходы "
            "передаются специализированным организациям по договорам.",
            "Байыту қалдықтары (кварц құмы) мен тұндырғыштар шламы фабриканың өз құм үйіндісіне орналастырылады; қалған қалдықтар шарттар "
            "бойынша мамандандырылған ұйымдарға беріледі."))
    rows = [g(["№", "Код отхода", "Признак", "Наименование отхода", "Ед. изм.", "Образовано за 2025 г.", "Передано сторонним организациям",
               "Размещено на собственном отвале", "Остаток на 31.12.2025"],
              ["№", "Қалдық коды", "Белгі", "Қалдықтың атауы", "Өлш. бірл.", "2025 ж. түзілді", "Бөгде ұйымдарға берілді",
               "Өз үйіндісіне орналастырылды", "31.12.2025 қалдық"])]
    for k, (n_ru, n_kk, code, haz, unit, (lo, hi)) in enumerate(KAOLIN_WASTES, 1):
        formed = float(round(r.uniform(lo, hi))) if hi > 100 else round(r.uniform(lo, hi), 2)
        own = code in ("010409", "010412")
        left = 0.0 if own else round(formed * r.choice((0, 0, 0.1, 0.2)), 2)
        passed = 0.0 if own else round(formed - left, 2)
        placed = formed if own else 0.0
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, flag[haz], name, g("кг", "кг") if unit == "kg" else g("т", "т"), num(formed, doc.lang),
                     num(passed, doc.lang) if passed else "–", num(placed, doc.lang) if placed else "–", num(left, doc.lang) if left else "–"])
        doc.add("wastes", _waste(_spaced(code, haz), name, formed / 1000 if unit == "kg" else formed))
    doc.table(g("Таблица 1 – Образование и движение отходов", "1-кесте – Қалдықтардың түзілуі мен қозғалысы"), rows, role="wastes")
    doc.p(g("Признак: О – опасный отход, Н – неопасный отход. Коды приведены по классификатору отходов без пробелов и знака «*», как в "
            "электронной форме учета.",
            "Белгі: Қ – қауіпті қалдық, ҚЕ – қауіпті емес қалдық. Кодтар қалдықтар сыныптауышы бойынша электрондық есеп нысанындағыдай "
            "бос орынсыз және «*» белгісіз келтірілген."))
    _maybe_other(doc)


# (name, code or None, mark, unit, (low, high), receiver)
VN_FELDSPAR_WASTES = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "NH", "kg", (300, 1200), "Đơn vị có giấy phép xử lý CTNH"),
    ("Giẻ lau, găng tay dính dầu thải", "18 02 01", "NH", "kg", (80, 350), "Đơn vị có giấy phép xử lý CTNH"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "NH", "kg", (10, 45), "Đơn vị có giấy phép xử lý CTNH"),
    ("Ắc quy chì thải", "19 06 01", "NH", "kg", (100, 500), "Đơn vị có giấy phép xử lý CTNH"),
    ("Cát, bùn thải từ quá trình rửa, tuyển quặng", None, "TT", "tấn", (3000, 9000), "San lấp, hoàn thổ moong khai thác"),
    ("Bao bì jumbo hỏng", None, "TT", "tấn", (2, 9), "Bán cho cơ sở tái chế"),
    ("Phế liệu sắt thép (bi nghiền mòn, tấm lót máy nghiền)", None, "TT", "tấn", (5, 25), "Bán phế liệu"),
    ("Bùn bể tự hoại", None, "TT", "m³", (10, 40), "Thuê đơn vị hút, vận chuyển"),
)


def _wastes_ih2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, *_ = doc.pick(VN_MILLS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Khối lượng chất thải được tổng hợp từ sổ theo dõi và chứng từ chuyển giao.")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Ký hiệu phân loại", "Đơn vị", "Khối lượng năm 2024", "Đơn vị tiếp nhận"]]
    for k, (name, code, mark, unit, (lo, hi), receiver) in enumerate(VN_FELDSPAR_WASTES, 1):
        qty = float(r.randint(lo, hi))
        rows.append([str(k), name, code or "-", mark, unit, num(qty, "vi"), receiver])
        if code:
            doc.add("wastes", _ctnh(code, name, qty))
        else:
            amount = qty if unit == "tấn" else None
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(name, 4)})
    doc.table("Bảng 4. Khối lượng chất thải phát sinh năm 2024", rows, role="wastes")
    doc.p("Ghi chú: NH – chất thải nguy hại; TT – chất thải rắn công nghiệp thông thường.")
    _maybe_other(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU label, KK label, unit as written (RU, KK), unit of the contract, ПДК, (low, high) values near the ponds, background)
WHITE_SEA = {
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", ("ед. pH", "pH бірл."), None, (6, 9), (7.8, 10.4), (7.2, 7.9)),
    "TDS": ("Сухой остаток", "Құрғақ қалдық", ("г/дм³", "г/дм³"), "g/l", 1.0, (1.4, 9.5), (0.5, 0.9)),
    "Cl-": ("Хлориды", "Хлоридтер", ("г/дм³", "г/дм³"), "g/l", 0.35, (0.5, 5.2), (0.08, 0.25)),
    "SO4": ("Сульфаты", "Сульфаттар", ("г/дм³", "г/дм³"), "g/l", 0.5, (0.2, 1.4), (0.1, 0.35)),
    "NH4+": ("Аммоний-ион", "Аммоний-ион", ("мг/дм³", "мг/дм³"), "mg/l", 2.0, (0.4, 7.5), (0.05, 0.3)),
    "NO3-": ("Нитраты", "Нитраттар", ("мг/дм³", "мг/дм³"), "mg/l", 45, (3, 38), (1, 9)),
}  # fmt: skip
# (well, RU position, KK position, background?)
WS_WELLS = (("Н-1", "фоновая, 300 м выше по потоку", "фондық, ағыннан 300 м жоғары", True),
            ("Н-2", "дамба карты № 1, 50 м ниже по потоку", "№ 1 карта бөгеті, ағыннан 50 м төмен", False),
            ("Н-3", "дамба карты № 2, 50 м ниже по потоку", "№ 2 карта бөгеті, ағыннан 50 м төмен", False),
            ("Н-4", "400 м ниже по потоку, у канала", "ағыннан 400 м төмен, канал жанында", False),
            ("Н-5", "карта № 3 (законсервирована)", "№ 3 карта (консервацияланған)", False))


def limits_ih1(doc: Doc) -> None:
    """The groundwater around a soda-ash plant's ponds of distiller liquid (the `белое море`) in a half-year report on ПЭК,
    the wells as rows with their position, each merged down over its spring and autumn samplings, the dry residue,
    chlorides and sulphates in grams per cubic decimetre — as hydrogeologists write saline water — and ammonium and nitrates
    in milligrams, the units in a second header row, calcium measured with no norm, the ПДК in the same units in the last row
    (`0,35` for chlorides), a well gone dry in the autumn written across its row (VI: an ilmenite separation plant's outfall
    `NT1` sampled three times a year as columns against the Cmax of QCVN 40:2011/BTNMT column B with Kq and Kf, gross alpha
    and beta activity in Bq/l with no key, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ih1_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    op = doc.pick(SODA_OPERATORS)
    operator = op[L]
    dry = doc.pick(["Н-3", "Н-4"])
    keys = list(WHITE_SEA)
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {operator}", f"{operator}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп"))
    doc.h(g("4.3. Мониторинг подземных вод в районе шламонакопителей дистиллерной жидкости («белое море»)",
            "4.3. Дистиллер сұйықтығының шлам жинақтағыштары («ақ теңіз») ауданындағы жерасты суларының мониторингі"))
    doc.p(g("Пробы отобраны в мае и сентябре 2025 г. после прокачки скважин. Минерализация и основные ионы приведены в г/дм³. Для оценки "
            "приняты ПДК для хозяйственно-питьевого водопользования в тех же единицах.",
            "Сынамалар ұңғымаларды айдағаннан кейін 2025 жылғы мамыр мен қыркүйекте алынды. Минералдану және негізгі иондар г/дм³-пен "
            "келтірілген. Бағалау үшін сол бірліктердегі шаруашылық-ауыз су пайдалануға арналған ШЖК қабылданды."))
    head0 = [g("Скважина", "Ұңғыма"), g("Расположение", "Орналасуы"), g("Дата отбора", "Сынама алу күні")]
    head0 += [WHITE_SEA[s][L] for s in keys] + [g("Кальций", "Кальций")]
    head1 = [None, None, None] + [WHITE_SEA[s][2][L] for s in keys] + [g("г/дм³", "г/дм³")]
    width = len(head0)
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for well, p_ru, p_kk, background in WS_WELLS:
        if well == "Н-5":
            rows.append([well, (p_ru, p_kk)[L], g("не отбиралась", "алынбады"), None, *[None] * (len(keys))])
            merges.append((len(rows) - 1, 2, len(rows) - 1, width - 1))
            continue
        start = len(rows)
        for date in ("14.05.2025", "17.09.2025"):
            if well == dry and date.endswith("09.2025"):
                rows.append([None, None, date, g("скважина сухая, проба не отобрана", "ұңғыма құрғақ, сынама алынбады"), *[None] * (len(keys))])
                merges.append((len(rows) - 1, 3, len(rows) - 1, width - 1))
                continue
            line = [well if len(rows) == start else None, (p_ru, p_kk)[L] if len(rows) == start else None, date]
            for s in keys:
                _, _, _, unit, lim, near, back = WHITE_SEA[s]
                lo, hi = back if background else near
                v = round(r.uniform(lo, hi), 1) if s == "pH" else _sig(r.uniform(lo, hi), 2 if lim and not isinstance(lim, tuple) and lim < 5 else 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, unit, None, well, v))
            line.append(num(_sig(r.uniform(0.05, 0.6), 2), doc.lang))
            rows.append(line)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    pdk = [g("ПДК (хозяйственно-питьевое водопользование)", "ШЖК (шаруашылық-ауыз су пайдалану)"), None, None]
    pdk += [f"{num(6, doc.lang)}–{num(9, doc.lang)}" if s == "pH" else num(WHITE_SEA[s][4], doc.lang) for s in keys] + ["–"]
    rows.append(pdk)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 4.3 – Результаты анализов проб подземных вод", "4.3-кесте – Жерасты сулары сынамаларын талдау нәтижелері"), rows, merges,
              role="limits")
    doc.p(g("Превышения ПДК по хлоридам и сухому остатку в скважинах Н-2 – Н-4 обусловлены фильтрацией из карт шламонакопителя; "
            "запланирован ремонт противофильтрационного экрана карты № 2.",
            "Н-2 – Н-4 ұңғымаларындағы хлоридтер мен құрғақ қалдық бойынша ШЖК асуы шлам жинақтағыш карталарынан сүзілуге байланысты; "
            "№ 2 картаның сүзуге қарсы экранын жөндеу жоспарланған."))
    _maybe_other(doc, 0.3)


# symbol: (VI label, unit, QCVN 40:2011/BTNMT column B, (low, high) share)
QCVN40_B = {"pH": ("pH", None, (5.5, 9), (6.4, 8.2)), "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, (0.3, 0.95)),
            "COD": ("COD", "mg/l", 150, (0.1, 0.5)), "Fe": ("Sắt (Fe)", "mg/l", 5, (0.1, 0.9)), "Mn": ("Mangan (Mn)", "mg/l", 1, (0.05, 0.7)),
            "TPH": ("Tổng dầu mỡ khoáng", "mg/l", 10, (0.05, 0.3)), "As": ("Asen (As)", "mg/l", 0.1, (0.05, 0.4))}
KQ_VI, KF_VI = 0.9, 1.0


def _cmax40(s: str):
    v = QCVN40_B[s][2]
    return v if s == "pH" else _sig(v * KQ_VI * KF_VI, 6)


def _limits_ih1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_TITAN)
    rounds = ("Đợt 1 (03/2024)", "Đợt 2 (06/2024)", "Đợt 3 (09/2024)")
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2024 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vị trí lấy mẫu: NT1 – cửa xả nước thải sau hồ lắng của xưởng tuyển tinh ra kênh tiêu. Quy chuẩn so sánh: "
          f"QCVN 40:2011/BTNMT cột B, Kq = {num(KQ_VI, 'vi')}, Kf = {num(KF_VI, 'vi')}; Cmax = C × Kq × Kf (pH không áp dụng hệ số).")
    rows = [["TT", "Thông số", "Đơn vị", *rounds, "QCVN 40:2011/BTNMT cột B (Cmax)"]]
    for k, (s, (label, unit, _, (lo, hi))) in enumerate(QCVN40_B.items(), 1):
        lim = _cmax40(s)
        line = [str(k), label, unit or "-"]
        for _round in rounds:
            if s == "As" and r.random() < 0.4:
                line.append("KPH")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, unit, "B", "NT1").items() if x != "value"})
                continue
            v = round(r.uniform(lo, hi), 1) if s == "pH" else _sig(lim * r.uniform(lo, hi), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT1", v))
        line.append(f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if s == "pH" else num(lim, "vi"))
        rows.append(line)
    n = len(QCVN40_B)
    rows.append([str(n + 1), "Tổng hoạt độ phóng xạ α", "Bq/l", *(num(_sig(r.uniform(0.02, 0.09), 2), "vi") for _ in rounds), "0,1"])
    rows.append([str(n + 2), "Tổng hoạt độ phóng xạ β", "Bq/l", *(num(_sig(r.uniform(0.1, 0.8), 2), "vi") for _ in rounds), "1,0"])
    doc.table("Bảng 2. Kết quả phân tích nước thải tại vị trí NT1", rows, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    _maybe_other(doc, 0.3)


SULPHATE = (("Завод природного сульфата натрия «Арал Сульфат»", "«Арал Сульфат» табиғи натрий сульфаты зауыты", "ТОО «Арал Сульфат»",
             "«Арал Сульфат» ЖШС"),
            ("Завод сульфата натрия «Тұзкөл»", "«Тұзкөл» натрий сульфаты зауыты", "ТОО «Тұзкөл Химия»", "«Тұзкөл Химия» ЖШС"))
# (number, RU, KK, {code: norm mg/Nm3 or None (not normed)})
SULPHATE_STACKS = (
    ("0001", "сушильная печь КС № 1", "№ 1 ҚҚ кептіру пеші", {"0158": 50, "0301": 200, "0337": 300}),
    ("0002", "сушильная печь КС № 2", "№ 2 ҚҚ кептіру пеші", {"0158": 50, "0301": 200, "0337": None}),
    ("0003", "аспирация узла упаковки", "орау торабының аспирациясы", {"0158": 30}),
)  # fmt: skip
CODES_SULPHATE = ("0158", "0301", "0337")


def limits_ih2(doc: Doc) -> None:
    """A laboratory's protocol at a sodium-sulphate works' stacks turned on its side: the sources as columns headed by the
    source's number and name, the gas parameters (temperature, velocity, flow, O2) as rows of no norm, then each substance
    as a pair of rows — the КЭР's norm and the measured value — the packing unit's column with dashes for the gases it does
    not emit and the second kiln's carbon monoxide `не нормируется` beside its result, which gives no limit (VI: a kaolin or
    feldspar plant's dryers `KT1` … as columns against the Cmax of QCVN 19:2009/BTNMT column B with Kp and Kv, `Cmax` and
    `Kết quả` rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ih2_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    w = doc.pick(SULPHATE)
    plant, operator = w[L], w[2 + L]
    doc.h(g(f"Протокол инструментальных измерений выбросов № {r.randint(40, 190)}-ИК/2025", f"Шығарындыларды аспаптық өлшеу хаттамасы № {r.randint(40, 190)}-ИК/2025"))
    doc.p(g(f"Заказчик: {operator}. Объект: {plant}. Дата измерений: {r.randint(3, 27):02d}.{doc.pick(('06', '07', '08'))}.2025. Концентрации "
            "приведены к нормальным условиям (сухой газ); нормативы – по комплексному экологическому разрешению.",
            f"Тапсырыс беруші: {operator}. Объект: {plant}. Өлшеу күні: {r.randint(3, 27):02d}.{doc.pick(('06', '07', '08'))}.2025. "
            "Концентрациялар қалыпты жағдайларға келтірілген (құрғақ газ); нормативтер – кешенді экологиялық рұқсат бойынша."))
    head = [g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл.")]
    head += [g(f"ИЗА {n} – {s_ru}", f"{n} ЛШК – {s_kk}") for n, s_ru, s_kk, _ in SULPHATE_STACKS]
    rows = [head]
    gas = ((g("Температура газа", "Газ температурасы"), "°C", (70, 140)), (g("Скорость газа", "Газ жылдамдығы"), g("м/с", "м/с"), (6, 14)),
           (g("Расход газа (н.у.)", "Газ шығыны (қ.ж.)"), g("нм³/с", "нм³/с"), (1.5, 9)), ("O₂", "%", (12, 19)))
    for label, unit, (lo, hi) in gas:
        rows.append([label, unit, *(num(round(r.uniform(lo, hi), 1), doc.lang) for _ in SULPHATE_STACKS)])
    merges = []
    for c in CODES_SULPHATE:
        _span(rows, merges, f"{_air(doc, c)} ({c})", 2 + len(SULPHATE_STACKS))
        norm_row = [g("норматив КЭР", "КЭР нормативі"), g("мг/Нм³", "мг/Нм³")]
        fact_row = [g("фактически", "нақты"), g("мг/Нм³", "мг/Нм³")]
        for number, _, _, norms in SULPHATE_STACKS:
            if c not in norms:
                norm_row.append("–")
                fact_row.append("–")
                continue
            norm = norms[c]
            base = norm if norm else 300
            v = _sig(base * r.uniform(0.3, 0.9), 3)
            norm_row.append(num(norm, doc.lang) if norm else g("не нормируется", "нормаланбайды"))
            fact_row.append(num(v, doc.lang))
            if norm:
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
        rows += [norm_row, fact_row]
    doc.table(g("Таблица 1 – Результаты измерений на источниках выбросов", "1-кесте – Шығарынды көздеріндегі өлшеу нәтижелері"), rows, merges,
              role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n, *_ in SULPHATE_STACKS))
    doc.p(g("Превышений технологических нормативов не выявлено.", "Технологиялық нормативтердің асуы анықталған жоқ."))
    _maybe_other(doc)


# (code or symbol, VI label, QCVN 19:2009/BTNMT column B)
QCVN19_B = (("2902", "Bụi tổng", 200), ("0330", "SO2", 500), ("0301", "NOx (tính theo NO2)", 850), ("0337", "CO", 1000))
KP_VI, KV_VI = 1.0, 1.4


def _limits_ih2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, *_ = doc.pick(VN_MILLS)
    stacks = (("KT1", "Ống khói lò sấy thùng quay số 1"), ("KT2", "Ống khói lò sấy thùng quay số 2"), ("KT3", "Ống thải lọc bụi khu nghiền"))
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2024 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B, Kp = {num(KP_VI, 'vi')} (lưu lượng dưới "
          f"20.000 m³/h), Kv = {num(KV_VI, 'vi')} (nông thôn miền núi); Cmax = C × Kp × Kv.")
    rows = [["Thông số", "Đơn vị", *(f"{pid} – {name}" for pid, name in stacks)]]
    for label, unit, (lo, hi) in (("Nhiệt độ khí thải", "°C", (60, 130)), ("Lưu lượng khí thải", "m³/h", (6000, 18000))):
        rows.append([label, unit, *(num(round(r.uniform(lo, hi)), "vi") for _ in stacks)])
    merges = []
    for code, label, c in QCVN19_B:
        cmax = _sig(c * KP_VI * KV_VI, 6)
        _span(rows, merges, f"{label} (mg/Nm³)", 2 + len(stacks))
        lim_row = ["Cmax", "mg/Nm³"]
        res_row = ["Kết quả", "mg/Nm³"]
        for pid, _ in stacks:
            if pid == "KT3" and code != "2902":
                lim_row.append("-")
                res_row.append("-")
                continue
            v = _sig(cmax * r.uniform(0.1, 0.7), 3)
            lim_row.append(num(cmax, "vi"))
            res_row.append(num(v, "vi"))
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
        rows += [lim_row, res_row]
    doc.table("Bảng 3. Kết quả phân tích khí thải", rows, merges, role="limits")
    _maybe_other(doc)


# ---------------------------------------------------------------- monitoring

IODINE = (("Йодобромный завод «Каспий Йод»", "«Каспий Йод» йод-бром зауыты", "ТОО «Каспий Йод»", "«Каспий Йод» ЖШС", "Атырауская область, Жылыойский район",
           "Атырау облысы, Жылыой ауданы"),
          ("Йодный промысел «Жаңатас»", "«Жаңатас» йод кәсіпшілігі", "ТОО «Жаңатас Йод»", "«Жаңатас Йод» ЖШС", "Мангистауская область, Бейнеуский район",
           "Маңғыстау облысы, Бейнеу ауданы"))  # fmt: skip
GW_KEYS = ("pH", "TDS", "Cl-", "SO4", "NH4+", "TPH")
# (well, RU purpose, KK purpose, RU horizon, KK horizon, depth, distance m, observation?)
INJ_WELLS = (
    ("Ф-1", "фоновая", "фондық", "альб-сеноманский", "альб-сеноман", 420, 2500, True),
    ("Н-1", "наблюдательная", "бақылау", "альб-сеноманский", "альб-сеноман", 410, 300, True),
    ("Н-2", "наблюдательная", "бақылау", "альб-сеноманский", "альб-сеноман", 415, 600, True),
    ("Н-3", "наблюдательная", "бақылау", "верхнемеловой (вышележащий)", "жоғарғы бор (үстіңгі)", 180, 300, True),
    ("П-1", "поглощающая (закачка отработанных рассолов)", "сіңіргіш (пайдаланылған тұздықтарды айдау)", "альб-сеноманский", "альб-сеноман", 640, 0, False),
    ("П-2", "поглощающая (резервная)", "сіңіргіш (резервтік)", "альб-сеноманский", "альб-сеноман", 655, 0, False),
)  # fmt: skip
# (number or point, RU place, KK place, codes, frequency)
IODINE_AIR = (
    ("0001", "Скруббер отделения десорбции брома", "Бромды десорбциялау бөлімшесінің скруббері", ("0307", "0349", "0316"), "quarterly"),
    ("0002", "Выхлоп сушилки и сублиматора йода", "Йод кептіргіші мен сублиматорының шығаруы", ("0321",), "quarterly"),
    ("0003", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ("0301", "0337"), "semiannual"),
)  # fmt: skip


def monitoring_ih1(doc: Doc) -> None:
    """The groundwater section of an iodine and bromine works' ПЭК programme at its polygon for injecting spent brine into
    deep absorbing wells, whose table of wells gives only the well, its purpose, aquifer, depth and distance from the
    polygon — the parameters and how often they are sampled stand in the paragraph above it (quarterly in the observation
    wells, twice a year in the background well) — the absorbing wells' row telling of continuous control of pressure and
    intake, which is no substance; then a table of the air at the sources and the protection-zone points with the substances
    in the cells: bromine, chlorine, hydrogen chloride and iodine (VI: a titanium–zircon mine's observation wells in
    VN-2000 coordinates with the parameters in the paragraph, then waste water and ambient air in a table of their own,
    gross alpha and beta activity among them)."""
    if doc.lang == "vi":
        _monitoring_ih1_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    w = doc.pick(IODINE)
    plant, operator = w[L], w[2 + L]
    params = ", ".join(vocab.water(s, doc.lang).lower() if s not in ("pH",) else vocab.water(s, doc.lang) for s in GW_KEYS)
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {plant}", f"{plant}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.p(g(f"Оператор: {operator}. Отработанные рассолы после извлечения йода и брома закачиваются через поглощающие скважины в "
            "альб-сеноманский водоносный горизонт.",
            f"Оператор: {operator}. Йод пен бром алынғаннан кейінгі пайдаланылған тұздықтар сіңіргіш ұңғымалар арқылы альб-сеноман сулы "
            "горизонтына айдалады."))
    doc.h(g("6.3. Мониторинг подземных вод на полигоне закачки", "6.3. Айдау полигонындағы жерасты суларының мониторингі"))
    doc.p(g(f"6.3.1. В наблюдательных скважинах Н-1, Н-2 и Н-3 ежеквартально определяются: {params}. В фоновой скважине Ф-1 тот же "
            "перечень показателей определяется 2 раза в год (апрель, октябрь).",
            f"6.3.1. Н-1, Н-2 және Н-3 бақылау ұңғымаларында тоқсан сайын мыналар анықталады: {params}. Ф-1 фондық ұңғымасында сол "
            "көрсеткіштер тізбесі жылына 2 рет (сәуір, қазан) анықталады."))
    rows = [g(["№ скважины", "Назначение", "Водоносный горизонт", "Глубина, м", "Расстояние от полигона, м", "Примечание"],
              ["Ұңғыма №", "Мақсаты", "Сулы горизонт", "Тереңдігі, м", "Полигоннан қашықтығы, м", "Ескертпе"])]
    for well, p_ru, p_kk, h_ru, h_kk, depth, dist, observe in INJ_WELLS:
        note = "–" if observe else g("контроль давления и приемистости – непрерывно (КИП)", "қысым мен қабылдағыштықты бақылау – үздіксіз (БӨА)")
        rows.append([well, (p_ru, p_kk)[L], (h_ru, h_kk)[L], str(depth), num(dist, doc.lang) if dist else "–", note])
        if observe:
            for s in GW_KEYS:
                doc.add("monitoring", {"point": well, "symbol": s, "frequency": "semiannual" if well == "Ф-1" else "quarterly"})
    doc.table(g("Таблица 6.2 – Сеть скважин полигона закачки (определяемые показатели – см. п. 6.3.1)",
                "6.2-кесте – Айдау полигонының ұңғымалар желісі (анықталатын көрсеткіштер – 6.3.1-тармақты қараңыз)"), rows, role="monitoring")
    doc.h(g("6.4. Мониторинг атмосферного воздуха", "6.4. Атмосфералық ауа мониторингі"))
    rows = [g(["№ ИЗА, точки", "Место отбора", "Контролируемые вещества (код)", "Периодичность"],
              ["ЛШК, нүкте №", "Сынама алу орны", "Бақыланатын заттар (коды)", "Кезеңділігі"])]
    for number, p_ru, p_kk, codes, word in IODINE_AIR:
        rows.append([number, (p_ru, p_kk)[L], "; ".join(f"{_air(doc, c)} ({c})" for c in codes), freq(doc, word)])
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
    points = ("Т-1", "Т-2", "Т-3", "Т-4")
    boundary = ("0307", "0349", "0316")
    rows.append([", ".join(points), g("граница СЗЗ (север, восток, юг, запад)", "СҚА шекарасы (солтүстік, шығыс, оңтүстік, батыс)"),
                 "; ".join(f"{_air(doc, c)} ({c})" for c in boundary), freq(doc, "monthly")])
    for p in points:
        for c in boundary:
            doc.add("monitoring", {"point": p, "code": c, "frequency": "monthly"})
    doc.table(g("Таблица 6.3 – Контроль атмосферного воздуха", "6.3-кесте – Атмосфералық ауаны бақылау"), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n, *_ in IODINE_AIR))
    doc.add("emissions", *(emission(c, None, None, n) for n, _, _, codes, _ in IODINE_AIR for c in codes))
    _maybe_other(doc)


# (mine, company, place, VN-2000 X and Y of the mine's centre)
VN_TZ_MINES = (("Dự án khai thác và tuyển quặng titan – zircon Lương Sơn", "Công ty Cổ phần Titan Bắc Bình", "huyện Bắc Bình, tỉnh Bình Thuận",
                1_240_500, 478_300),
               ("Mỏ titan Kỳ Khang", "Công ty TNHH Khoáng sản Cẩm Hòa", "huyện Kỳ Anh, tỉnh Hà Tĩnh", 2_006_800, 582_100))
VN_GW_KEYS = ("pH", "TDS", "Cl-", "SO4", "Fe", "Mn")


def _monitoring_ih1_vi(doc: Doc) -> None:
    r = doc.rng
    mine, company, place, x0, y0 = doc.pick(VN_TZ_MINES)
    params = ", ".join(vocab.water(s, "vi") for s in VN_GW_KEYS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {mine.upper()}")
    doc.p(f"Chủ dự án: {company}; địa điểm: {place}.")
    doc.h("5.2. Quan trắc nước dưới đất")
    doc.p(f"Tại các giếng quan trắc GN1 – GN3 quan trắc các thông số: {params}, tần suất 03 tháng/lần. Giếng nền GN0 quan trắc cùng các thông số "
          "với tần suất 06 tháng/lần (mùa khô và mùa mưa).")
    rows = [["Ký hiệu", "Vị trí", "Độ sâu (m)", "Tọa độ VN-2000 (X, Y)"]]
    wells = (("GN0", "Giếng nền, thượng nguồn khu mỏ"), ("GN1", "Hạ lưu hồ lắng nước tuyển"), ("GN2", "Khu vực khai trường đang khai thác"),
             ("GN3", "Khu dân cư thôn giáp ranh mỏ"))
    for pid, place_ in wells:
        rows.append([pid, place_, str(r.randint(12, 30)), f"{x0 + r.randint(-2500, 2500)}; {y0 + r.randint(-2500, 2500)}"])
        for s in VN_GW_KEYS:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "semiannual" if pid == "GN0" else "quarterly"})
    doc.table("Bảng 5.2. Vị trí giếng quan trắc nước dưới đất", rows, role="monitoring")
    doc.h("5.3. Quan trắc nước thải và không khí xung quanh")
    rows = [["Vị trí", "Thông số", "Tần suất"]]
    ww = ("pH", "TSS", "COD", "Fe", "TPH")
    rows.append(["NT1 – Cửa xả nước thải sau hồ lắng", ", ".join(vocab.water(s, "vi") for s in ww) + ", tổng hoạt độ phóng xạ α, β",
                 freq(doc, "quarterly")])
    for s in ww:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    for pid, place_ in (("KK1", "Khu vực nhà máy tuyển tinh"), ("KK2", "Khu dân cư gần nhất phía Tây mỏ")):
        rows.append([f"{pid} – {place_}", "Bụi tổng, SO2, NO2, CO", freq(doc, "semiannual")])
        for c in ("2902", "0330", "0301", "0337"):
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "semiannual"})
    doc.table("Bảng 5.3. Vị trí, thông số, tần suất quan trắc", rows, role="monitoring")
    _maybe_other(doc)


# mill: dust code(s) of its product
MILL_DUST = {0: ("2933",), 1: ("2908",), 2: ("2908", "2977")}


def monitoring_ih2(doc: Doc) -> None:
    """The conditions of nature use annexed to a mineral mill's environmental permit (a zeolite, bentonite or kaolin and
    talc mill), a table of numbered conditions in prose with a column `срок исполнения` that says `постоянно` for the
    conditions in force throughout the permit's term — no frequency — while the measuring conditions carry their own
    frequency inside the sentence with the sources and points and substances they concern; a quarterly report, the upkeep of
    dust suppression every day and the handing over of wastes stand among them and give no monitoring (VI: the annex of a
    limestone or dolomite mill's GPMT, numbered requirements with `Trong suốt quá trình hoạt động`, the periodic monitoring
    at the dryer's stack and the outfall inside the sentences, a yearly report among them)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ih2_vi(doc)
        return
    L = _L(doc)
    g = _tr(doc)
    k = r.randrange(len(MILLS))
    m = MILLS[k]
    plant, operator = m[L], m[2 + L]
    dusts = MILL_DUST[k]
    permit = f"KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}"
    always = g("постоянно", "тұрақты")
    names = lambda codes: ", ".join(f"{_air(doc, c).split(' (')[0].lower()} ({c})" for c in codes)  # noqa: E731
    stack_codes = (*dusts, "0301", "0337")
    doc.p(g(f"Приложение 2 к экологическому разрешению на воздействие № {permit}", f"№ {permit} әсер етуге арналған экологиялық рұқсатқа 2-қосымша"))
    doc.h(g(f"Условия природопользования. {operator}, {plant}", f"{operator}, {plant}. Табиғат пайдалану шарттары"))
    rows = [g(["№", "Условие", "Срок исполнения"], ["№", "Шарт", "Орындау мерзімі"])]
    conds = [
        (g("Соблюдать нормативы допустимых выбросов, установленные приложением 1 к настоящему разрешению.",
           "Осы рұқсаттың 1-қосымшасында белгіленген жол берілетін шығарындылар нормативтерін сақтау."), always),
        (g(f"Проводить инструментальные замеры выбросов 1 раз в квартал: на источнике № 0001 (сушильный барабан) – {names(stack_codes)}; "
           f"на источнике № 0002 (аспирация мельниц) – {names(dusts)}.",
           f"Шығарындыларды аспаптық өлшеуді тоқсанына 1 рет жүргізу: № 0001 көзде (кептіру барабаны) – {names(stack_codes)}; № 0002 көзде "
           f"(диірмендер аспирациясы) – {names(dusts)}."), always),
        (g(f"Проводить наблюдения за состоянием атмосферного воздуха на границе СЗЗ в точках Т-1 и Т-2 по веществам: {names(dusts + ('0301',))} – "
           "2 раза в год (в теплый период).",
           f"СҚА шекарасындағы Т-1 және Т-2 нүктелерінде атмосфералық ауаның жай-күйін мына заттар бойынша жылына 2 рет (жылы кезеңде) "
           f"бақылау: {names(dusts + ('0301',))}."), always),
        (g("Ежеквартально, не позднее 10 числа месяца, следующего за отчетным кварталом, представлять отчет по производственному "
           "экологическому контролю в департамент экологии.",
           "Тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-нан кешіктірмей, өндірістік экологиялық бақылау бойынша есепті экология "
           "департаментіне ұсыну."), g("ежеквартально", "тоқсан сайын")),
        (g("Ежедневно в теплый период года проводить гидрообеспыливание (орошение) технологических дорог и площадок складов.",
           "Жылдың жылы кезеңінде күн сайын технологиялық жолдар мен қойма алаңдарын сумен шаңсыздандыруды (суаруды) жүргізу."),
         g("апрель – октябрь", "сәуір – қазан")),
        (g("Проводить отбор проб подземных вод из наблюдательной скважины Н-1 (водородный показатель, сухой остаток, сульфаты, хлориды) "
           "1 раз в год.",
           "Н-1 бақылау ұңғымасынан жерасты суларының сынамаларын (сутегі көрсеткіші, құрғақ қалдық, сульфаттар, хлоридтер) жылына 1 рет "
           "алу."), always),
        (g("Передавать отходы производства и потребления организациям, имеющим соответствующую лицензию или уведомление.",
           "Өндіріс және тұтыну қалдықтарын тиісті лицензиясы немесе хабарламасы бар ұйымдарға беру."), always),
    ]
    for n, (text, term) in enumerate(conds, 1):
        rows.append([str(n), text, term])
    doc.table(None, rows, role="monitoring")
    at = {"0001": stack_codes, "0002": dusts}
    for number, codes in at.items():
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": "quarterly"})
    for p in ("Т-1", "Т-2"):
        for c in (*dusts, "0301"):
            doc.add("monitoring", {"point": p, "code": c, "frequency": "semiannual"})
    for s in ("pH", "TDS", "SO4", "Cl-"):
        doc.add("monitoring", {"point": "Н-1", "symbol": s, "frequency": "yearly"})
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, n) for n, codes in at.items() for c in codes))
    doc.p(g("Разрешение выдано на срок до 31.12.2035.", "Рұқсат 31.12.2035 дейінгі мерзімге берілді."))


VN_LIME = (("Nhà máy nghiền bột đá vôi siêu mịn Thanh Liêm", "Công ty Cổ phần Bột đá Thanh Liêm", "xã Thanh Nghị, huyện Thanh Liêm, tỉnh Hà Nam"),
           ("Nhà máy chế biến dolomit Hà Trung", "Công ty Cổ phần Dolomit Hà Trung", "xã Hà Long, huyện Hà Trung, tỉnh Thanh Hóa"),
           ("Nhà máy bột đá CaCO3 Lục Yên", "Công ty TNHH Khoáng sản Trắng Lục Yên", "xã Liễu Đô, huyện Lục Yên, tỉnh Yên Bái"))


def _monitoring_ih2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_LIME)
    always = "Trong suốt quá trình hoạt động"
    doc.p(f"Phụ lục 3 (kèm theo Giấy phép môi trường số {r.randint(100, 990)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024)")
    doc.h(f"YÊU CẦU VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}.")
    ww = ("pH", "TSS", "COD", "TPH")
    conds = [
        ("Thu gom, xử lý bụi, khí thải phát sinh đảm bảo đạt QCVN 19:2009/BTNMT cột B trước khi xả ra môi trường.", always),
        ("Quan trắc khí thải định kỳ tại ống thải lò sấy (KT1): bụi tổng, SO2, NOx (tính theo NO2), CO; tần suất 06 tháng/lần.", always),
        ("Quan trắc nước thải định kỳ tại cửa xả NT1 sau hệ thống lắng: pH, TSS, COD, tổng dầu mỡ khoáng; tần suất 03 tháng/lần.", always),
        ("Phun nước giảm bụi tại đường nội bộ và bãi chứa nguyên liệu hằng ngày vào mùa khô.", "Tháng 10 – tháng 4 năm sau"),
        ("Lập và gửi báo cáo công tác bảo vệ môi trường về Sở Tài nguyên và Môi trường trước ngày 15 tháng 01 hằng năm.", "Hằng năm"),
        ("Chuyển giao chất thải nguy hại cho đơn vị có giấy phép môi trường phù hợp.", always),
    ]
    rows = [["TT", "Nội dung yêu cầu", "Thời hạn thực hiện"]]
    for n, (text, term) in enumerate(conds, 1):
        rows.append([str(n), text, term])
    doc.table(None, rows, role="monitoring")
    for c in ("2902", "0330", "0301", "0337"):
        doc.add("monitoring", {"point": "KT1", "code": c, "frequency": "semiannual"})
    for s in ww:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})


# ---------------------------------------------------------------- inspections

# (RU object, KK object, RU what, KK what, harvest season, off-season, RU who, KK who); "same" merges both season cells
LAKE_CHECKS = (
    ("Дамбы бассейнов-испарителей и садочных бассейнов", "Буландыру және тұз шөктіру бассейндерінің бөгеттері",
     "фильтрация, размывы, переливы рапы", "сүзілу, шайылу, тұздықтың асып төгілуі", "weekly", "monthly",
     "мастер добычного участка", "өндіру учаскесінің шебері"),
    ("Рассолопровод и насосная станция рапы", "Тұздық құбыры және тұздық сорғы станциясы", "утечки рапы, состояние задвижек и колодцев",
     "тұздықтың ағуы, ысырмалар мен құдықтардың жай-күйі", "daily", None, "начальник насосной станции", "сорғы станциясының бастығы"),
    ("Бурты соли-сырца на берегу", "Жағадағы шикі тұз үйінділері", "укрытие буртов, разнос соли ветром, водоотводные канавы",
     "үйінділерді жабу, тұздың желмен таралуы, су бұру арықтары", "weekly", "monthly", "мастер добычного участка", "өндіру учаскесінің шебері"),
    ("Склад ГСМ и стоянка солекомбайнов", "ЖЖМ қоймасы және тұз комбайндарының тұрағы", "проливы топлива, поддоны, обвалование",
     "отынның төгілуі, табандықтар, қоршау үйіндісі", "daily", "monthly", "механик участка", "учаске механигі"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "заполнение контейнеров, маркировка, сроки хранения",
     "контейнерлердің толуы, таңбалау, сақтау мерзімдері", "same:monthly", None, "инженер-эколог", "инженер-эколог"),
    ("Береговая линия и дамбы после штормового ветра", "Дауылды желден кейінгі жағалау сызығы мен бөгеттер", "нагон рапы, повреждения дамб",
     "тұздықтың айдалуы, бөгеттердің зақымдануы", "same:", None, "начальник солепромысла", "тұз кәсіпшілігінің бастығы"),
)  # fmt: skip
SEASON_SAID = {
    "ru": {"daily": "ежедневно", "weekly": "еженедельно", "monthly": "1 раз в месяц", None: "–", "": "после каждого шторма"},
    "kk": {"daily": "күн сайын", "weekly": "апта сайын", "monthly": "айына 1 рет", None: "–", "": "әр дауылдан кейін"},
    "vi": {"daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "01 lần/tháng", None: "-", "": "Sau mỗi đợt triều cường, mưa bão"},
}
VN_SALT_CHECKS = (
    ("Bờ bao, kênh dẫn nước biển", "Sạt lở, rò rỉ, bồi lắng", "weekly", "monthly", "Tổ trưởng tổ sản xuất"),
    ("Ô kết tinh và bạt lót HDPE", "Rách bạt, độ sạch của muối", "daily", None, "Tổ trưởng tổ sản xuất"),
    ("Kho muối, bãi tập kết muối", "Che phủ đống muối, nước chảy tràn", "weekly", "monthly", "Thủ kho"),
    ("Kho chứa chất thải nguy hại", "Dán nhãn, thời gian lưu giữ, rò rỉ", "same:monthly", None, "Cán bộ phụ trách môi trường"),
    ("Cống lấy nước và cống xả", "Tình trạng cửa cống, rác chắn", "same:", None, "Quản đốc đồng muối"),
)


def _season_cells(doc: Doc, rows: list, merges: list, lead: list, harvest, off, tail: list) -> list[str | None]:
    """Appends a row with the two season cells; returns the frequencies given (`same:` merges both cells into one)."""
    said = SEASON_SAID[doc.lang]
    if isinstance(harvest, str) and harvest.startswith("same:"):
        word = harvest[5:] or None
        text = said[word] if word else said[""]
        if word == "monthly":
            text = {"ru": "1 раз в месяц (круглый год)", "kk": "айына 1 рет (жыл бойы)", "vi": "01 lần/tháng (cả năm)"}[doc.lang]
        rows.append([*lead, text, None, *tail])
        merges.append((len(rows) - 1, len(lead), len(rows) - 1, len(lead) + 1))
        return [word]
    rows.append([*lead, said[harvest], said[off], *tail])
    return [w for w in (harvest, off) if w]


def inspections_ih1(doc: Doc) -> None:
    """A lake-salt works' schedule of checks with two frequency columns under a merged header — the harvesting season
    (July – October) and the off-season — a dash where nothing is checked in a season, the two cells merged into one where
    the check runs all the year at one frequency, so that each filled cell is a check of its own; the dams of the brine
    pans, the brine pipeline, the stockpiles, the fuel store and the waste site, and a check after each storm that is no
    frequency of the contract (VI: a sea-salt field's checks in the salt season and the rainy season, `Sau mỗi đợt triều
    cường, mưa bão`)."""
    vi = doc.lang == "vi"
    g = _tr(doc)
    rows, merges = [], []
    if vi:
        field, company, _, prefix, *_ = doc.pick(VN_SALT)
        seasons = (("Mùa sản xuất muối (tháng 12 – tháng 5 năm sau)", "Mùa mưa (tháng 6 – tháng 11)") if prefix == "19"
                   else ("Mùa sản xuất muối (tháng 01 – tháng 8)", "Mùa mưa (tháng 9 – tháng 12)"))
        doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {field.upper()}")
        doc.p(f"Chủ cơ sở: {company}. Kết quả kiểm tra được ghi vào sổ theo dõi và báo cáo Giám đốc hằng tháng.")
        rows += [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất kiểm tra", None, "Người thực hiện"],
                 [None, None, None, *seasons, None]]
        merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
        for k, (obj, what, harvest, off, who) in enumerate(VN_SALT_CHECKS, 1):
            for word in _season_cells(doc, rows, merges, [str(k), obj, what], harvest, off, [who]):
                item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung và tần suất tự kiểm tra", rows, merges, role="inspections")
        _maybe_other(doc)
        return
    L = _L(doc)
    w = doc.pick(SALT_WORKS)
    works, operator = w[L], w[2 + L]
    doc.h(g(f"График производственных проверок на 2026 год. {operator}, {works}", f"{operator}, {works}. 2026 жылға арналған өндірістік тексерулер кестесі"))
    doc.p(g("Результаты проверок заносятся в журнал осмотров; выявленные нарушения устраняются до начала следующей смены.",
            "Тексеру нәтижелері тексеру журналына енгізіледі; анықталған бұзушылықтар келесі ауысым басталғанға дейін жойылады."))
    rows += [g(["№", "Объект проверки", "Что проверяется", "Периодичность", None, "Кто проверяет"],
               ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі", None, "Кім тексереді"]),
             g([None, None, None, "в период добычи (июль – октябрь)", "в межсезонье (ноябрь – июнь)", None],
               [None, None, None, "өндіру кезеңінде (шілде – қазан)", "маусымаралық кезеңде (қараша – маусым)", None])]
    merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, c in enumerate(LAKE_CHECKS, 1):
        obj, what, harvest, off, who = c[L], c[2 + L], c[4], c[5], c[6 + L]
        for word in _season_cells(doc, rows, merges, [str(k), obj, what], harvest, off, [who]):
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі"), rows, merges, role="inspections")
    distractor(doc, "approval")


# frequency band -> [(RU object, KK object, RU what, KK what, RU who, KK who)]
IODINE_BANDS = (
    (None, ("ЕЖЕСМЕННО", "ӘР АУЫСЫМ САЙЫН"), [
        ("Хлораторная и склад хлора в контейнерах", "Хлораторлық және контейнерлердегі хлор қоймасы", "утечки хлора по газоанализатору, вентиляция",
         "газталдағыш бойынша хлордың ағуы, желдету", "аппаратчик хлорирования", "хлорлау аппаратшысы")]),
    ("daily", ("ЕЖЕДНЕВНО", "КҮН САЙЫН"), [
        ("Скрубберы отделения десорбции брома", "Бромды десорбциялау бөлімшесінің скрубберлері", "подача орошающего раствора, перепад давления",
         "суару ерітіндісінің берілуі, қысым айырмасы", "мастер смены", "ауысым шебері"),
        ("Рассолопроводы от скважин до цеха", "Ұңғымалардан цехқа дейінгі тұздық құбырлары", "утечки рассола, состояние опор",
         "тұздықтың ағуы, тіректердің жай-күйі", "обходчик трубопроводов", "құбырларды аралаушы")]),
    ("weekly", ("ЕЖЕНЕДЕЛЬНО", "АПТА САЙЫН"), [
        ("Склад брома (емкости и поддоны)", "Бром қоймасы (ыдыстар мен табандықтар)", "герметичность емкостей, нейтрализующий раствор",
         "ыдыстардың саңылаусыздығы, бейтараптандыру ерітіндісі", "начальник цеха", "цех бастығы")]),
    ("monthly", ("ЕЖЕМЕСЯЧНО", "АЙ САЙЫН"), [
        ("Оголовки поглощающих скважин П-1, П-2", "П-1, П-2 сіңіргіш ұңғымаларының сағалары", "герметичность устья, показания манометров",
         "саға саңылаусыздығы, манометр көрсеткіштері", "геолог промысла", "кәсіпшілік геологы"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "маркировка, объемы накопления", "таңбалау, жинақтау көлемдері",
         "инженер-эколог", "инженер-эколог")]),
    ("quarterly", ("ЕЖЕКВАРТАЛЬНО", "ТОҚСАН САЙЫН"), [
        ("Пруд-испаритель промывных вод", "Жуу суларының буландырғыш тоғаны", "уровень, состояние противофильтрационного экрана",
         "деңгейі, сүзуге қарсы экранның жай-күйі", "главный инженер", "бас инженер")]),
    ("yearly", ("1 РАЗ В ГОД", "ЖЫЛЫНА 1 РЕТ"), [
        ("Санитарно-защитная зона", "Санитариялық-қорғаныш аймағы", "озеленение, отсутствие несанкционированных свалок",
         "көгалдандыру, рұқсат етілмеген үйінділердің болмауы", "комиссия под председательством главного инженера",
         "бас инженер төрағалық ететін комиссия")]),
)  # fmt: skip
VN_LIME_BANDS = (
    (None, "MỖI CA SẢN XUẤT", [("Hệ thống lọc bụi túi vải khu nghiền", "Chênh áp, tình trạng túi lọc, xả bụi", "Trưởng ca sản xuất")]),
    ("daily", "HẰNG NGÀY", [("Lò sấy và ống thải KT1", "Màu khói, nhiệt độ khí thải", "Tổ trưởng tổ lò sấy"),
                            ("Bãi chứa đá nguyên liệu", "Phun nước giảm bụi, che chắn", "Quản đốc phân xưởng")]),
    ("weekly", "HẰNG TUẦN", [("Hồ lắng nước mưa chảy tràn", "Mực nước, bùn lắng", "Cán bộ môi trường")]),
    ("monthly", "HẰNG THÁNG", [("Kho chất thải nguy hại", "Nhãn, thời gian lưu giữ", "Cán bộ môi trường")]),
    ("quarterly", "HẰNG QUÝ", [("Đường vận chuyển nội bộ và hàng rào cây xanh", "Bụi bám, cây chết cần trồng dặm", "Phòng Hành chính")]),
    ("yearly", "HẰNG NĂM", [("Toàn bộ nhà máy", "Tuân thủ giấy phép môi trường", "Giám đốc nhà máy")]),
)


def inspections_ih2(doc: Doc) -> None:
    """An iodine and bromine works' order of internal checks in which the frequency is no column but a band spanning the
    table in capitals (`ЕЖЕСМЕННО`, `ЕЖЕДНЕВНО` … `1 РАЗ В ГОД`) over the checks that share it, numbered straight through
    the bands — the chlorine store every shift, which is no frequency of the contract, the bromine scrubbers and the brine
    pipelines daily, the absorbing wells' heads monthly, the protection zone by a commission once a year (VI: a limestone or
    dolomite mill, `MỖI CA SẢN XUẤT` … `HẰNG NĂM`)."""
    g = _tr(doc)
    if doc.lang == "vi":
        plant, company, _ = doc.pick(VN_LIME)
        doc.h(f"QUY ĐỊNH TỰ KIỂM TRA VỀ BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"(Ban hành kèm theo Quyết định của Giám đốc {company})")
        rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Người thực hiện"]]
        merges: list = []
        n = 0
        for word, band, checks in VN_LIME_BANDS:
            _span(rows, merges, band, 4)
            for obj, what, who in checks:
                n += 1
                rows.append([str(n), obj, what, who])
                item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Phụ lục. Danh mục và tần suất tự kiểm tra", rows, merges, role="inspections")
        _maybe_other(doc)
        return
    L = _L(doc)
    w = doc.pick(IODINE)
    plant, operator = w[L], w[2 + L]
    doc.p(g(f"Приложение к приказу {operator} от 05.01.2026 № 3-п", f"{operator} 2026 жылғы 05.01. № 3-б бұйрығына қосымша"))
    doc.h(g(f"Порядок производственного контроля за соблюдением природоохранных требований. {plant}",
            f"{plant}. Табиғатты қорғау талаптарының сақталуын өндірістік бақылау тәртібі"))
    rows = [g(["№", "Объект", "Что проверяется", "Ответственный за проверку"], ["№", "Объект", "Не тексеріледі", "Тексеруге жауапты"])]
    merges = []
    n = 0
    for word, band, checks in IODINE_BANDS:
        _span(rows, merges, band[L], 4)
        for c in checks:
            n += 1
            obj, what, who = c[L], c[2 + L], c[4 + L]
            rows.append([str(n), obj, what, who])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    _maybe_other(doc)


# ---------------------------------------------------------------- tasks

# (RU remark, KK remark, RU author, KK author, RU answer, KK answer, commitment words RU, KK or None)
HEARING = (
    ("Жители жалуются на запах аммиака в поселке при северном ветре.", "Тұрғындар солтүстік жел кезінде ауылда аммиак иісі бар деп шағымданады.",
     "житель с. Толе би", "Төле би а. тұрғыны",
     "Принято. {op} обязуется до 01.09.2026 установить автоматическую систему мониторинга аммиака на границе СЗЗ с выводом данных на сайт предприятия.",
     "Қабылданды. {op} 01.09.2026 дейін СҚА шекарасында деректерді кәсіпорын сайтына шығаратын аммиакты автоматты мониторинг жүйесін орнатуға міндеттенеді.",
     "установить автоматическую систему мониторинга", "аммиакты автоматты мониторинг жүйесін орнатуға"),
    ("Не загрязнит ли «белое море» подземные воды, из которых поселок берет питьевую воду?",
     "«Ақ теңіз» ауыл ауыз су алатын жерасты суларын ластамай ма?", "депутат сельского маслихата", "ауылдық мәслихат депутаты",
     "Карты шламонакопителя имеют противофильтрационный экран из геомембраны; водозабор поселка расположен выше по потоку на расстоянии 6 км.",
     "Шлам жинақтағыш карталарында геомембранадан жасалған сүзуге қарсы экран бар; ауылдың су тартқышы ағыннан жоғары 6 км қашықтықта орналасқан.",
     None, None),
    ("Просим озеленить санитарно-защитную зону со стороны поселка.", "Санитариялық-қорғаныш аймағын ауыл жағынан көгалдандыруды сұраймыз.",
     "председатель КСК «Болашак»", "«Болашақ» ПИК төрағасы",
     "Принято. {op} обязуется в 2026–2027 гг. высадить защитную лесополосу шириной 50 м вдоль северной границы СЗЗ.",
     "Қабылданды. {op} 2026–2027 жж. СҚА-ның солтүстік шекарасы бойымен ені 50 м қорғаныш орман белдеуін отырғызуға міндеттенеді.",
     "высадить защитную лесополосу", "қорғаныш орман белдеуін отырғызуға"),
    ("Будут ли увеличены выбросы пыли при расширении производства?", "Өндірісті кеңейту кезінде шаң шығарындылары ұлғая ма?",
     "представитель ОО «Экология Жамбыла»", "«Жамбыл экологиясы» ҚБ өкілі",
     "Расчет рассеивания показал, что на границе СЗЗ концентрации пыли не превысят 0,6 ПДК; мощность газоочистки печей увеличивается пропорционально.",
     "Шашырау есебі СҚА шекарасында шаң концентрациялары 0,6 ШЖК-дан аспайтынын көрсетті; пештердің газ тазарту қуаты пропорционалды ұлғаяды.",
     None, None),
    ("Просим ежегодно публиковать результаты экологического контроля.", "Экологиялық бақылау нәтижелерін жыл сайын жариялауды сұраймыз.",
     "житель г. Шу", "Шу қ. тұрғыны",
     "Принято. {op} обязуется ежегодно до 1 апреля размещать отчет по ПЭК на сайте предприятия и в районной газете.",
     "Қабылданды. {op} жыл сайын 1 сәуірге дейін ӨЭБ бойынша есепті кәсіпорын сайтында және аудандық газетте орналастыруға міндеттенеді.",
     "размещать отчет по ПЭК", "ӨЭБ бойынша есепті кәсіпорын сайтында"),
)  # fmt: skip
VN_HEARING = (
    ("Bụi từ xe chở quặng làm ảnh hưởng đến nhà dân hai bên đường liên thôn.", "Ông Lê Văn Hòa – thôn 3",
     "Tiếp thu. Chủ dự án cam kết phủ bạt kín thùng xe và tưới nước mặt đường liên thôn 03 lần/ngày vào mùa khô.", "phủ bạt kín thùng xe"),
    ("Việc khai thác có làm nhiễm mặn giếng nước của các hộ dân không?", "Bà Nguyễn Thị Thu – thôn 5",
     "Khai trường cách khu dân cư trên 500 m; kết quả quan trắc nước dưới đất các năm 2022 – 2024 cho thấy độ mặn không biến động.", None),
    ("Đề nghị hoàn thổ, trồng lại rừng phi lao ngay sau khi khai thác xong từng khu vực.", "UBND xã",
     "Tiếp thu. Chủ dự án cam kết hoàn thổ và trồng lại phi lao trên các diện tích đã khai thác xong trong vòng 06 tháng.", "hoàn thổ và trồng lại phi lao"),
    ("Đề nghị ưu tiên tuyển dụng lao động địa phương.", "Ông Trần Văn Minh – thôn 2", "Chủ dự án đã tuyển 120 lao động địa phương và sẽ tiếp tục ưu tiên.",
     None),
    ("Đề nghị hỗ trợ sửa chữa tuyến đường liên xã bị xuống cấp do xe chở quặng.", "Hội Nông dân xã",
     "Tiếp thu. Chủ dự án cam kết đóng góp kinh phí sửa chữa 2,5 km đường liên xã trong năm 2025.", "đóng góp kinh phí sửa chữa"),
)  # fmt: skip


def tasks_ih1(doc: Doc) -> None:
    """The table of remarks and answers closing the protocol of public hearings on a soda-ash plant's expansion, `№ |
    замечание, предложение | автор | ответ инициатора`, where some answers are the initiator's commitments — `Принято. ТОО
    «…» обязуется до 01.09.2026 установить …` — and the others only explain, so that only the committing answers are tasks,
    the remark's number being no number of theirs (VI: the table of community consultation closing an ĐTM of a titanium
    mine, `Chủ dự án cam kết …` beside explanations)."""
    r = doc.rng
    g = _tr(doc)
    if doc.lang == "vi":
        mine, company, place, *_ = doc.pick(VN_TZ_MINES)
        doc.h("CHƯƠNG 6. KẾT QUẢ THAM VẤN")
        doc.p(f"Dự án: {mine} ({place}). Chủ dự án: {company}. Cuộc họp tham vấn cộng đồng dân cư chịu tác động trực tiếp được tổ chức ngày "
              f"{r.randint(2, 27):02d}/{r.randint(3, 10):02d}/2024 tại Nhà văn hóa xã.")
        rows = [["TT", "Ý kiến góp ý", "Người góp ý", "Nội dung tiếp thu, giải trình của chủ dự án"]]
        for k, (remark, who, answer, words) in enumerate(VN_HEARING, 1):
            rows.append([str(k), remark, who, answer])
            if words:
                doc.add("obligations", {"kind": "task", "text_contains": words, "actor_contains": "Chủ dự án"})
        doc.table("Bảng 6.1. Tổng hợp ý kiến tham vấn cộng đồng và giải trình, tiếp thu", rows, role="tasks")
        _maybe_other(doc)
        return
    L = _L(doc)
    op = doc.pick(SODA_OPERATORS)
    operator = op[L]
    doc.h(g("Протокол общественных слушаний", "Қоғамдық тыңдаулар хаттамасы"))
    doc.p(g(f"Объект обсуждения: отчет о возможных воздействиях к проекту расширения завода кальцинированной соды {operator} ({op[2]}). "
            f"Дата и место: {r.randint(2, 27):02d}.{r.randint(2, 11):02d}.2025, актовый зал районного акимата. Присутствовали: "
            f"{r.randint(40, 120)} человек.",
            f"Талқылау объектісі: {operator} кальцийленген сода зауытын кеңейту жобасына ықтимал әсерлер туралы есеп ({op[3]}). Күні мен орны: "
            f"{r.randint(2, 27):02d}.{r.randint(2, 11):02d}.2025, аудан әкімдігінің мәжіліс залы. Қатысқандар: {r.randint(40, 120)} адам."))
    rows = [g(["№", "Замечание, предложение", "Автор", "Ответ инициатора"], ["№", "Ескерту, ұсыныс", "Авторы", "Бастамашының жауабы"])]
    short = _core(operator)
    for k, (q_ru, q_kk, a_ru, a_kk, ans_ru, ans_kk, w_ru, w_kk) in enumerate(HEARING, 1):
        answer = (ans_ru, ans_kk)[L].format(op=operator)
        rows.append([str(k), (q_ru, q_kk)[L], (a_ru, a_kk)[L], answer])
        words = (w_ru, w_kk)[L]
        if words:
            doc.add("obligations", {"kind": "task", "text_contains": words, "actor_contains": short})
    doc.table(g("Замечания и предложения участников и ответы инициатора", "Қатысушылардың ескертулері мен ұсыныстары және бастамашының жауаптары"),
              rows, role="tasks")
    doc.p(g("Протокол размещен на Едином экологическом портале; срок обжалования – 30 рабочих дней.",
            "Хаттама Бірыңғай экологиялық порталда орналастырылды; шағымдану мерзімі – 30 жұмыс күні."))


# (RU measure, KK measure, term RU, term KK, (RU executor, KK executor), (RU controller, KK controller), thousand tenge)
PIT_PLAN = (
    ("Рекультивация отработанного участка карьера (технический этап) площадью 4,5 га", "Ауданы 4,5 га карьердің қазылып болған учаскесін рекультивациялау (техникалық кезең)",
     "II–III кв. 2026 г.", "2026 ж. II–III тоқсан", ("начальник карьера", "карьер бастығы"), ("главный инженер", "бас инженер"), 18_500),
    ("Замена рукавов фильтра аспирации мельниц на полиэфирные с мембранным покрытием", "Диірмендер аспирациясы сүзгісінің жеңдерін мембраналық жабыны бар полиэфирлі жеңдерге ауыстыру",
     "до 01.06.2026", "01.06.2026 дейін", ("главный механик", "бас механик"), ("технический директор", "техникалық директор"), 9_800),
    ("Устройство наблюдательной скважины Н-2 ниже по потоку от отвала", "Үйіндіден ағын бойынша төмен Н-2 бақылау ұңғымасын жабдықтау",
     "III кв. 2026 г.", "2026 ж. III тоқсан", ("геолог предприятия", "кәсіпорын геологы"), ("главный инженер", "бас инженер"), 6_200),
    ("Приобретение поливомоечной машины для пылеподавления технологических дорог", "Технологиялық жолдарды шаңсыздандыру үшін суару-жуу машинасын сатып алу",
     "апрель 2026 г.", "2026 ж. сәуір", ("начальник транспортного участка", "көлік учаскесінің бастығы"), ("заместитель директора по производству",
     "өндіріс жөніндегі директордың орынбасары"), 24_000),
    ("Обучение персонала обращению с отходами (10 человек)", "Персоналды қалдықтармен жұмыс істеуге оқыту (10 адам)", "март 2026 г.",
     "2026 ж. наурыз", ("инженер-эколог", "инженер-эколог"), ("главный инженер", "бас инженер"), 850),
    ("Разработка программы производственного экологического контроля на 2027–2029 гг.", "2027–2029 жж. өндірістік экологиялық бақылау бағдарламасын әзірлеу",
     "до 01.11.2026", "01.11.2026 дейін", ("инженер-эколог", "инженер-эколог"), ("директор", "директор"), 1_200),
)  # fmt: skip
VN_LIME_PLAN = (
    ("Thay thế túi lọc bụi hệ thống nghiền số 2", "Quý I/2025", "Phân xưởng Cơ điện", "Phòng Kỹ thuật", 320),
    ("Lắp đặt hệ thống phun sương dập bụi tại bãi chứa đá nguyên liệu", "Quý II/2025", "Phân xưởng Sản xuất", "Phòng An toàn – Môi trường", 450),
    ("Nạo vét hồ lắng nước mưa chảy tràn trước mùa mưa", "Tháng 4/2025", "Tổ Môi trường", "Phòng An toàn – Môi trường", 60),
    ("Trồng bổ sung cây xanh dọc hàng rào phía giáp khu dân cư", "Tháng 8/2025", "Phòng Hành chính – Nhân sự", "Phó Giám đốc", 85),
    ("Ký hợp đồng chuyển giao chất thải nguy hại năm 2025", "Tháng 01/2025", "Phòng Kế hoạch – Vật tư", "Phòng An toàn – Môi trường", 40),
)


def tasks_ih2(doc: Doc) -> None:
    """A mineral mill's plan of environmental measures for 2026 with two columns of people — the one who carries a measure
    out and the one who controls its execution, usually a superior — so that the task's actor is the executor and not the
    controller; terms, costs in thousands of tenge and a total (VI: a limestone or dolomite mill's plan with `Đơn vị thực
    hiện` beside `Đơn vị giám sát`, million đồng)."""
    g = _tr(doc)
    if doc.lang == "vi":
        plant, company, _ = doc.pick(VN_LIME)
        doc.h(f"KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
        doc.p(f"(Ban hành kèm theo Quyết định số {doc.rng.randint(10, 99)}/QĐ-GĐ ngày 02/01/2025 của Giám đốc {company})")
        rows = [["TT", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị thực hiện", "Đơn vị giám sát", "Kinh phí (triệu đồng)"]]
        for k, (text, term, doer, watcher, money) in enumerate(VN_LIME_PLAN, 1):
            rows.append([str(k), text, term, doer, watcher, num(money, "vi")])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": doer})
        rows.append(["", "Tổng cộng", "", "", "", num(sum(x[4] for x in VN_LIME_PLAN), "vi")])
        doc.table("Bảng 1. Danh mục công việc bảo vệ môi trường năm 2025", rows, role="tasks")
        _maybe_other(doc)
        return
    L = _L(doc)
    m = doc.pick(MILLS)
    plant, operator = m[L], m[2 + L]
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026 год. {operator}, {plant}",
            f"{operator}, {plant}. 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Утвержден директором. Контролирующее лицо подписывает акт о выполнении мероприятия.",
            "Директор бекітті. Бақылаушы тұлға іс-шараның орындалғаны туралы актіге қол қояды."))
    rows = [g(["№", "Мероприятие", "Срок", "Исполнитель", "Контроль исполнения", "Затраты, тыс. тенге"],
              ["№", "Іс-шара", "Мерзімі", "Орындаушы", "Орындалуын бақылау", "Шығындар, мың теңге"])]
    for k, (m_ru, m_kk, t_ru, t_kk, doer, watcher, money) in enumerate(PIT_PLAN, 1):
        text = (m_ru, m_kk)[L]
        rows.append([str(k), text, (t_ru, t_kk)[L], doer[L], watcher[L], num(money, doc.lang)])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": doer[L]})
    rows.append(["", g("Итого", "Жиыны"), "", "", "", num(sum(x[6] for x in PIT_PLAN), doc.lang)])
    doc.table(g("Таблица 1 – Перечень мероприятий", "1-кесте – Іс-шаралар тізбесі"), rows, role="tasks")
    _maybe_other(doc)


LAYOUTS = [Layout(role, f"IH{k}", globals()[f"{role}_ih{k}"]) for role in ROLES for k in (1, 2)]
