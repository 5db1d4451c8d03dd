"""A blind held-out set (two layouts per role, `JC1` and `JC2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: rocket launches and aircraft repair. Kazakhstan: the Baikonur cosmodrome's launch complex of «Протон-М» with its
fuelling and neutralisation station, the impact areas of spent first stages in Karaganda and Ulytau oblasts (heptyl —
1,1-dimethylhydrazine — in the soil and snow of the fall sites, the fragments collected and carried away), an aircraft
repair plant in Almaty with its paint hangar, paint-stripping bay, galvanic line and engine test bench, and a helicopter
base near Almaty (the passport of an impact area, a supplier's questionnaire, a draft of emission norms per operation of
a launch campaign, a calculation of a paint hangar's emissions by paint material, a register of wastes of the clean-ups
of fall sites, passports of hazardous wastes, a laboratory's protocol of heptyl in the samples of a fall site, the air of
the settlements around a launch hour by hour, a programme of monitoring the impact areas, a ПЭК programme by substance, a
regulation of a helicopter base's rounds, the control of a fuelling station in and out of a launch campaign, a plan of
clearing up a fall and a plan of replacing chromates and cadmium). Vietnam: aircraft maintenance hangars at Nội Bài and
Tân Sơn Nhất, a helicopter company's base at Vũng Tàu airport, an aircraft parts plant in the Điện Nam – Điện Ngọc park
(chương I of a GPMT application, a supplier's company profile, loads per repainting of an aircraft, loads of a parts
plant with the pollutants as columns, a chứng từ chất thải nguy hại, a material balance, QCVN 20:2009/BTNMT before and
after an adsorber, boreholes against QCVN 03-MT:2015/BTNMT with two rows of land use, a plan of trial operation, a
programme with VN-2000 coordinates, a base's rounds, a plant's checks with the codes of their forms, a plan of meeting a
permit's requirements and an ISO 14001 environmental programme).

Facility: the passport of an impact area of spent first stages, `№ | показатель | значение | основание` under three section
rows, the state enterprise keeping the area's environmental follow-up with its BIN, the rural district's KATO, the centre
of the dispersion ellipse in degrees and decimal minutes (`47°37,2′ с.ш.`), no category; the land users with BINs and IINs
of their own and the boundary's corner points in two tables of no role (VI: chương I of a helicopter company's GPMT
application, the enterprise number inside a sentence of registration dates, the AOC number, the helipad's centre in
degrees, minutes and seconds, the group, VN-2000 boundary marks in a table of no role) (JC1); an airline's questionnaire
of a potential supplier filled in by an aircraft repair plant, `№ | сведения | ответ | подтверждающий документ`, the BIN
among bank details, the OKED with its words, the coordinates as a map service prints them (`43.35214, 77.03187`), the
Part-145 and EN 9100 numbers, the category with the permit's number, past contracts in a table of no role (VI: a parts
plant's company profile, the foreign investor's UEN and the investment project's code beside the enterprise number, the
certificates in a table of no role) (JC2).

Emissions: a draft of emission norms for a launch complex and its fuelling and neutralisation station, volleys bound to
the operations of a launch campaign under a row of column numbers and a row per operation, the kilograms of one operation
and its seconds before the greatest g/s, the operations a year and the t/year, which alone are the emission, heptyl
(1,1-dimethylhydrazine, 3834, class 1) and nitric acid beside the launch's combustion products (VI: a hangar's repainting
of a whole aircraft, touch-up painting and engine ground runs, kilograms and hours of one job and jobs a year before g/s
and tonnes) (JC1); an aircraft repair plant's calculation where the paint hangar's stack gathers three paint materials,
each with its consumption and the shares of its solvents and aerosol, then `Итого по ИЗА 0003` rows per substance which
alone are the emission, while the engine test bench and the galvanic line give theirs directly, chromium (VI) of class 1
(VI: a parts plant's loads with the pollutants as columns, each a `g/s | tấn/năm` pair under a merged header, a row per
stack, dashes, a total row) (JC2).

Wastes: a register of the wastes of clearing up fall sites, a row spanning the table per fall (date, impact area, the fall
site's coordinates) over its wastes, a unit column `кг` for fragments and `т` for the heptyl-contaminated soil, the same
code under several falls, a grand total without a code (VI: a hangar's hazardous-waste manifest, the treater's licence
code as a look-alike, kilograms, the state and the method) (JC1); an aircraft repair plant's passports of hazardous wastes,
one small table each under its own heading — name, code, `HP 6, HP 7, HP 14`, origin, composition in per cent, state, the
tonnes a year, place and term of accumulation, receiver (VI: a parts plant's material balance, inputs on the left and
outputs on the right, only the outputs the remarks call wastes being wastes, the CTNH code written in the remarks, the waste
water in cubic metres not one) (JC2).

Limits: a laboratory's protocol of heptyl in the samples of a fall site, a row per sample `П-01` with the place, the object
(soil or snow), depth, result, a unit column (`мг/кг`, `мг/дм³ талой воды`), the ПДК and its multiple; snow with a dash for
the norm, `< 0,05` below detection (VI: a paint hangar's stack before and after its activated-carbon adsorber against QCVN
20:2009/BTNMT, the inlet's values judged by nothing, the efficiency in per cent, `KPH`) (JC1); the air of the settlements
around a launch hour by hour, the point merged down over its substances, the ПДК м.р. in a column before the values, the
samples a day before and one, three, six and twenty-four hours after the launch under a merged header, each judged against
the row's ПДК, heptyl mostly `<` (VI: boreholes at a hangar's former fuel farm against QCVN 03-MT:2015/BTNMT printed in
two rows, agricultural and industrial land, the note saying the industrial one applies, depth rows under each borehole,
petroleum hydrocarbons with no norm) (JC2).

Monitoring: a programme of monitoring the impact areas, the area merged down over its works — background soil once a
year, the river crossing the area twice a year where there is one, the operational sampling of each fall site after each
fall with no frequency of the contract — the place of each duty being the area (VI: a hangar's plan of trial operation of
its treatment works, the adjustment stage `15 ngày/lần` — no frequency — and the stable stage `01 ngày/lần` as two
columns, the inlet sampled only in the first) (JC1); an aircraft repair plant's ПЭК programme laid out by substance, the
numbers of the sources where each is measured listed in one cell (`0001, 0004`), the method and the performer, the sources'
names only in a sentence above (VI: a helicopter base's programme, the points' VN-2000 `X (m)` and `Y (m)` in columns of
their own) (JC2).

Inspections: a helicopter base's regulation of environmental rounds, times tied to the flying day (`ежедневно перед первым
вылетом`, `еженедельно по пятницам`), checks before each refuelling and after each spill with no frequency of the contract,
the log the result goes to in a last column (VI: the base at Vũng Tàu, `Trước mỗi lần tra nạp`) (JC1); the control at the
cosmodrome's fuelling and neutralisation station with two frequency columns — outside a launch campaign and during it — so
one row gives two checks, a check before each fuelling with no frequency, a dash where nothing more is done in the campaign
(VI: a parts plant's internal checks with the code of the form `BM-MT-05` in a last column, a check at each spill) (JC2).

Tasks: the plan of clearing up after the fall of a spent stage, measures `1` … `8`, the place with the fall site's
coordinates merged down, the volume of work (`12 проб`, `40 м³`, `0,6 га`) before terms counted from the fall (`Т+3 сут.`)
and the executor (VI: a hangar's plan of meeting its environmental permit, the requirement and its clause `Mục 2.3 Phụ lục
1` before the action) (JC1); an aircraft repair plant's plan of replacing chromates, cadmium and chlorinated solvents, the
hazardous substance with its CAS number and the substitute before the measure, a status column (VI: a parts plant's ISO
14001 environmental programme, objective and target merged down over their actions `1.1`, `1.2`) (JC2).
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


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of a province (`40` Quảng Nam, `35` Bà Rịa – Vũng Tàu, `01` Hà Nội, `03` TP.HCM)."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dm(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """Degrees and decimal minutes (`47°48,6′ с.ш.`) and the decimal degrees the text stands for."""
    d = int(value)
    m = round((value - d) * 60, 1)
    if m >= 60:
        d, m = d + 1, 0.0
    return f"{d}°{f'{m:04.1f}'.replace('.', ',')}′ {HEMI[lang][0 if lat else 1]}", d + m / 60


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`15°56′12″ B` (whole seconds) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round((value - d - m / 60) * 3600))
    if s >= 60:
        m, s = m + 1, 0
    return f"{d}°{m:02d}′{s:02d}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


# code: (RU, KK, VI, hazard class as KZ tables print it) of pollutants the vocabulary does not name; names of the
# Kazakh list (air-pollutants-kz-2444.tsv)
EXTRA = {
    "3834": ("1,1-Диметилгидразин (гептил)", "1,1-Диметилгидразин (гептил)", "", 1),
    "0302": ("Азотная кислота (по молекуле HNO3)", "Азот қышқылы (HNO3 молекуласы бойынша)", "", 2),
    "2732": ("Керосин", "Керосин", "", None),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
    "0869": ("Дихлорметан (Метилен хлористый)", "Дихлорметан (метилен хлориді)", "", 4),
    "0203": ("Хром шестивалентный (в пересчете на оксид хрома (VI))", "Алты валентті хром (хром (VI) оксидіне шаққанда)", "", 1),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Hơi axit sunfuric (H2SO4)", 2),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _param(doc: Doc, kind: str, key: str) -> str:
    """A parameter's name: an air pollutant by code, a water or soil parameter by symbol."""
    if kind == "code":
        return _air(doc, key)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


OPERATOR_SPACE = ("РГП на ПХВ «Ғарыш Экология» Аэрокосмического комитета МЦРИАП РК",
                  "ҚР ЦДИАӨМ Аэроғарыш комитетінің «Ғарыш Экология» ШЖҚ РМК")
PLANT = ("АО «Алатау Авиаремонт»", "«Алатау Авиаремонт» АҚ")
STATION = ("ТОО «Ғарыш Техникалық Сервис»", "«Ғарыш Техникалық Сервис» ЖШС")
HELI = ("ТОО «Жетісу Тікұшақ Сервис»", "«Жетісу Тікұшақ Сервис» ЖШС")
VN_HANGARS = (
    ("Hangar bảo dưỡng tàu bay số 2 – Cảng hàng không quốc tế Nội Bài", "Công ty TNHH Kỹ thuật Tàu bay Thăng Long", "Nội Bài"),
    ("Xưởng bảo dưỡng tàu bay A75 – Cảng hàng không quốc tế Tân Sơn Nhất", "Công ty TNHH Kỹ thuật Tàu bay Phương Nam", "Tân Sơn Nhất"),
)
VN_HELI = ("Căn cứ khai thác và bảo dưỡng trực thăng Vũng Tàu", "Công ty TNHH MTV Trực thăng Biển Xanh")
VN_PARTS = ("Nhà máy chế tạo linh kiện hàng không Sao Việt", "Công ty TNHH Chế tạo Linh kiện Hàng không Sao Việt")


# ---------------------------------------------------------------- facility

# (code, RU place, KK place, KATO prefix, lat, lon, semi-axes km, azimuth, km from the pad, falls, RU village, KK village)
IMPACT_AREAS = (
    ("Ю-25", "Улытауская область, Улытауский район, Карсакпайский сельский округ", "Ұлытау облысы, Ұлытау ауданы, Қарсақпай ауылдық округі",
     "6236", 47.62, 66.78, (30, 12), 58, 330, 11, "с. Карсакпай, 18 км к северу", "Қарсақпай а., солтүстікке қарай 18 км"),
    ("Ю-24", "Улытауская область, Жанааркинский район, Актубекский сельский округ", "Ұлытау облысы, Жаңаарқа ауданы, Ақтүбек ауылдық округі",
     "6232", 48.31, 70.12, (28, 11), 64, 560, 9, "с. Актубек, 24 км к юго-востоку", "Ақтүбек а., оңтүстік-шығысқа қарай 24 км"),
    ("Ю-30", "Карагандинская область, Шетский район, Акжальский сельский округ", "Қарағанды облысы, Шет ауданы, Ақжал ауылдық округі",
     "3560", 48.07, 72.64, (24, 10), 71, 740, 8, "п. Акжал, 31 км к западу", "Ақжал к., батысқа қарай 31 км"),
)  # fmt: skip


def facility_jc1(doc: Doc) -> None:
    """The passport of an impact area of spent first stages of «Протон-М», `№ | показатель | значение | основание` under
    three section rows: the area's symbol (`Ю-25`), the state enterprise that keeps its environmental follow-up with its
    BIN, the rural district's KATO, the centre of the dispersion ellipse in degrees and decimal minutes (`47°37,2′ с.ш.`),
    its semi-axes, azimuth, area, distance from the pad and the number of falls, no category; the land users of the area
    with BINs and IINs of their own and the corner points of its boundary in two tables of no role after it (VI: chương I of
    a helicopter company's GPMT application, the enterprise number inside a sentence of the registration's dates, the AOC's
    number, the helipad's centre in degrees, minutes and seconds, the group, the VN-2000 boundary marks in a table of no
    role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jc1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    code, p_ru, p_kk, prefix, lat0, lon0, (a, b), az, dist, falls, v_ru, v_kk = doc.pick(IMPACT_AREAS)
    bin_ = make_bin(r)
    kato = f"{prefix}{r.randint(30, 69)}{r.choice(('100', '300', '500'))}"
    lat, lat_v = _dm(lat0 + r.uniform(-0.02, 0.02), True, doc.lang)
    lon, lon_v = _dm(lon0 + r.uniform(-0.02, 0.02), False, doc.lang)
    area = round(3.14159 * a * b / 10, 1)
    doc.h(g(f"Паспорт района падения отделяющихся частей ракет-носителей «{code}»",
            f"Зымыран тасығыштардың бөлінетін бөліктері құлайтын «{code}» ауданының паспорты", ""))
    doc.p(g("Паспорт ведется в целях экологического сопровождения пусков с космодрома «Байконур» и актуализируется ежегодно по "
            "результатам обследований мест падения. Сведения приведены по состоянию на 01.01.2026.",
            "Паспорт «Байқоңыр» ғарыш айлағынан ұшырылымдарды экологиялық сүйемелдеу мақсатында жүргізіледі және құлау орындарын "
            "зерттеу нәтижелері бойынша жыл сайын өзектендіріледі. Мәліметтер 01.01.2026 жағдай бойынша келтірілген.", ""))
    rows = [g(["№", "Показатель", "Значение", "Основание / источник сведений"], ["№", "Көрсеткіш", "Мәні", "Негіздеме / мәліметтер көзі"], [])]
    merges = []
    _span(rows, merges, g("1. Общие сведения", "1. Жалпы мәліметтер", ""), 4)
    rows += [["1.1", g("Наименование", "Атауы", ""), g(f"Район падения отделяющихся частей РН «{code}»", f"ЗТ бөлінетін бөліктерінің «{code}» құлау ауданы", ""),
              g("Перечень районов падения, согласованный МЦРИАП РК", "ҚР ЦДИАӨМ келіскен құлау аудандарының тізбесі", "")],
             ["1.2", g("Организация, осуществляющая экологическое сопровождение", "Экологиялық сүйемелдеуді жүзеге асыратын ұйым", ""),
              OPERATOR_SPACE[L], g(f"приказ Аэрокосмического комитета от 12.02.2021 № {r.randint(20, 90)}/НҚ",
                                   f"Аэроғарыш комитетінің 2021 жылғы 12 ақпандағы № {r.randint(20, 90)}/НҚ бұйрығы", "")],
             ["1.3", g("БИН организации", "Ұйымның БСН", ""), bin_, g("справка о государственной перерегистрации", "мемлекеттік қайта тіркеу туралы анықтама", "")],
             ["1.4", g("Используется для падения", "Құлау үшін пайдаланылады", ""),
              g("первые ступени РН «Протон-М» (пуски с площадки № 200 космодрома «Байконур»)",
                "«Протон-М» ЗТ бірінші сатылары («Байқоңыр» ғарыш айлағының № 200 алаңынан ұшыру)", ""), "–"]]
    _span(rows, merges, g("2. Местоположение и размеры", "2. Орналасқан жері және өлшемдері", ""), 4)
    rows += [["2.1", g("Административная привязка", "Әкімшілік байланысы", ""), (p_ru, p_kk)[L], "–"],
             ["2.2", g("Код КАТО сельского округа", "Ауылдық округтің ҚАТО коды", ""), kato,
              g("классификатор административно-территориальных объектов", "әкімшілік-аумақтық объектілер сыныптауышы", "")],
             ["2.3", g("Координаты центра эллипса рассеивания", "Шашырау эллипсі орталығының координаттары", ""), f"{lat}; {lon}",
              g("баллистический расчет", "баллистикалық есеп", "")],
             ["2.4", g("Полуоси эллипса (большая × малая), км", "Эллипстің жарты осьтері (үлкен × кіші), км", ""), f"{a} × {b}", g("то же", "сонда", "")],
             ["2.5", g("Азимут большой оси, град.", "Үлкен осьтің азимуты, град.", ""), str(az), g("то же", "сонда", "")],
             ["2.6", g("Площадь, тыс. га", "Ауданы, мың га", ""), num(area, doc.lang), "–"],
             ["2.7", g("Удаленность от стартового комплекса, км", "Старт кешенінен қашықтығы, км", ""), f"≈ {dist}", "–"]]
    _span(rows, merges, g("3. Использование и экологическое состояние", "3. Пайдаланылуы және экологиялық жай-күйі", ""), 4)
    cleaned = sorted(r.sample(range(2016, 2026), 3))
    rows += [["3.1", g("Количество падений за 2016–2025 гг.", "2016–2025 жж. құлаулар саны", ""), str(falls), g("акты обследования", "зерттеу актілері", "")],
             ["3.2", g("Места падения с выявленным загрязнением НДМГ", "НДМГ ластануы анықталған құлау орындары", ""),
              g(f"3 (рекультивированы в {cleaned[0]}, {cleaned[1]} и {cleaned[2]} гг.)", f"3 ({cleaned[0]}, {cleaned[1]} және {cleaned[2]} жж. рекультивацияланды)", ""),
              g("протоколы испытаний почвы", "топырақ сынағының хаттамалары", "")],
             ["3.3", g("Ближайший населенный пункт", "Ең жақын елді мекен", ""), (v_ru, v_kk)[L], "–"]]  # fmt: skip
    doc.table(g("Таблица 1 – Паспортные данные района падения", "1-кесте – Құлау ауданының паспорттық деректері", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": code, "kato": kato, "lat": lat_v, "lon": lon_v})
    users = [g(["Землепользователь", "БИН / ИИН", "Вид угодий", "Площадь в границах района, тыс. га"],
               ["Жер пайдаланушы", "БСН / ЖСН", "Алқап түрі", "Аудан шегіндегі ауданы, мың га"], [])]
    left = area
    for u_ru, u_kk, kind_ru, kind_kk, ident in (
            ("ТОО «Сарысу Агро»", "«Сарысу Агро» ЖШС", "пастбища", "жайылымдар", make_bin(r)),
            ("КХ «Ақбота»", "«Ақбота» ШҚ", "пастбища, сенокосы", "жайылымдар, шабындықтар",
             f"{r.randint(60, 85)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}3{r.randint(0, 99999):05d}")):
        part = round(area * r.uniform(0.15, 0.3), 1)
        left = round(left - part, 1)
        users.append([(u_ru, u_kk)[L], ident, (kind_ru, kind_kk)[L], num(part, doc.lang)])
    users.append([g("Земли запаса района", "Аудандың босалқы жерлері", ""), "–", "–", num(left, doc.lang)])
    doc.table(g("Таблица 2 – Землепользователи", "2-кесте – Жер пайдаланушылар", ""), users, role="other")
    corners = [g(["Точка", "Широта", "Долгота"], ["Нүкте", "Ендік", "Бойлық"], [])]
    for k, (dy, dx) in enumerate(((0.1, -0.35), (0.2, 0.3), (-0.1, 0.35), (-0.2, -0.3)), 1):
        corners.append([str(k), _dm(lat0 + dy, True, doc.lang)[0], _dm(lon0 + dx, False, doc.lang)[0]])
    doc.table(g("Таблица 3 – Координаты поворотных точек границы", "3-кесте – Шекараның бұрылыс нүктелерінің координаттары", ""), corners, role="other")


def _facility_jc1_vi(doc: Doc) -> None:
    r = doc.rng
    base, company = VN_HELI
    msdn = _msdn(doc, "35")
    lat, lat_v = _dms(10.3672 + r.uniform(-0.001, 0.001), True, "vi")
    lon, lon_v = _dms(107.0928 + r.uniform(-0.001, 0.001), False, "vi")
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {base.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges = []
    _span(rows, merges, "1. Tên chủ cơ sở", 3)
    rows += [["1.1", "Tên chủ cơ sở", company],
             ["1.2", "Địa chỉ văn phòng", f"Số {r.randint(2, 60)} đường Trương Công Định, Phường 9, thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu"],
             ["1.3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Phạm Quốc Bảo', 'Đỗ Minh Khang', 'Hoàng Văn Lực'))} – Tổng Giám đốc"],
             ["1.4", "Giấy chứng nhận đăng ký doanh nghiệp",
              f"Công ty TNHH một thành viên, mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/05/2010, "
              f"đăng ký thay đổi lần thứ {r.randint(4, 9)} ngày {r.randint(1, 28):02d}/08/2023"],
             ["1.5", "Giấy chứng nhận người khai thác tàu bay (AOC)", f"Số {r.randint(10, 40)}/AOC-CHK do Cục Hàng không Việt Nam cấp"]]
    _span(rows, merges, "2. Tên cơ sở", 3)
    rows += [["2.1", "Tên cơ sở", base],
             ["2.2", "Địa điểm", "Khu vực Sân bay Vũng Tàu, đường 2 tháng 9, phường Rạch Dừa, thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu"],
             ["2.3", "Tọa độ tâm sân đỗ trực thăng (WGS-84)", f"{lat}; {lon}"],
             ["2.4", "Diện tích khu đất", f"{num(round(r.uniform(7.5, 9.5), 1), 'vi')} ha (thuê của Cảng hàng không)"],
             ["2.5", "Phân loại theo tiêu chí về môi trường", "Cơ sở thuộc nhóm II (Luật Bảo vệ môi trường năm 2020)"]]
    _span(rows, merges, "3. Quy mô hoạt động", 3)
    rows += [["3.1", "Đội tàu bay", f"{r.randint(10, 14)} trực thăng (EC225, AS332 L2, EC155 B1)"],
             ["3.2", "Công trình chính", "02 hangar bảo dưỡng, 01 kho nhiên liệu Jet A-1 (3 bồn × 100 m³), sân đỗ 12 vị trí"],
             ["3.3", "Giờ bay", f"{num(r.randint(30, 42) * 100, 'vi')} giờ bay/năm (bay dịch vụ dầu khí ngoài khơi)"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin về chủ cơ sở và cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "trực thăng Vũng Tàu", "category": "II", "lat": lat_v, "lon": lon_v})
    marks = [["Mốc", "X (m)", "Y (m)"]]
    x0, y0 = 1146200 + r.randint(0, 300), 428400 + r.randint(0, 300)
    for k, (dx, dy) in enumerate(((0, 0), (210, 140), (95, 380), (-160, 260), (-120, 60)), 1):
        marks.append([f"M{k}", num(x0 + dx + r.randint(-9, 9), "vi"), num(y0 + dy + r.randint(-9, 9), "vi")])
    doc.table("Bảng 1.2. Tọa độ các mốc ranh giới khu đất (hệ VN-2000, kinh tuyến trục 107°45′, múi chiếu 3°)", marks, role="other")


def facility_jc2(doc: Doc) -> None:
    """An airline's questionnaire of a potential supplier filled in by an aircraft repair plant in Almaty, `№ | запрашиваемые
    сведения | ответ | подтверждающий документ`: the BIN among bank details (ИИК, БИК, Кбе), the OKED with its words, the
    legal address and the site, the KATO, the site's coordinates as a map service gives them (`43.35214, 77.03187`), the
    Part-145 approval and EN 9100 certificate numbers, the category with the permit's number; the contracts of past years in
    a table of no role (VI: an aircraft parts plant's company profile, the foreign investor's UEN and the investment
    project's code beside the enterprise number, the plant's coordinates in degrees, minutes and seconds, its certificates
    in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jc2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bin_ = make_bin(r)
    kato = f"7517{r.randint(10, 99)}{r.choice(('100', '000'))}"
    lat_v, lon_v = round(43.3521 + r.uniform(-0.002, 0.002), 5), round(77.0318 + r.uniform(-0.002, 0.002), 5)
    iik = f"KZ{r.randint(10, 99)}601A{r.randint(10**11, 10**12 - 1)}"
    permit = f"KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}"
    street = g(f"г. Алматы, Турксибский район, ул. Майлина, {r.randint(70, 90)}", f"Алматы қ., Түрксіб ауданы, Майлин к-сі, {r.randint(70, 90)}", "")
    doc.p(g("Приложение 4 к тендерной документации на закупку услуг по техническому обслуживанию и ремонту вертолетов Ми-8/Ми-171",
            "Ми-8/Ми-171 тікұшақтарына техникалық қызмет көрсету және жөндеу қызметтерін сатып алу жөніндегі тендерлік құжаттамаға 4-қосымша", ""))
    doc.h(g("Анкета потенциального поставщика", "Әлеуетті өнім берушінің сауалнамасы", ""))
    doc.p(g("Все ответы подтверждаются копиями документов; непредставление сведений является основанием для отклонения заявки.",
            "Барлық жауаптар құжаттардың көшірмелерімен расталады; мәліметтерді ұсынбау өтінімді қабылдамауға негіз болып табылады.", ""))
    rows = [g(["№", "Запрашиваемые сведения", "Ответ поставщика", "Подтверждающий документ"],
              ["№", "Сұратылатын мәліметтер", "Өнім берушінің жауабы", "Растайтын құжат"], []),
            ["1", g("Полное наименование", "Толық атауы", ""), g("Акционерное общество «Алатау Авиаремонт»", "«Алатау Авиаремонт» акционерлік қоғамы", ""),
             g("Устав, п. 1.1", "Жарғы, 1.1-т.", "")],
            ["2", g("БИН", "БСН", ""), bin_, g("Справка о государственной перерегистрации", "Мемлекеттік қайта тіркеу туралы анықтама", "")],
            ["3", g("Банковские реквизиты", "Банк деректемелері", ""),
             g(f"ИИК {iik} в АО «Народный Банк Казахстана», БИК HSBKKZKX, Кбе 17", f"ЖСК {iik}, «Қазақстан Халық Банкі» АҚ, БСК HSBKKZKX, ТБе 17", ""), "–"],
            ["4", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
             g("33160 – Ремонт и техническое обслуживание летательных аппаратов и космических кораблей",
               "33160 – Ұшу аппараттары мен ғарыш кемелерін жөндеу және оларға техникалық қызмет көрсету", ""),
             g("Статистическая карточка", "Статистикалық карточка", "")],
            ["5", g("Юридический адрес и адрес производственной площадки", "Заңды мекенжайы және өндірістік алаңның мекенжайы", ""),
             street + g(" (ангары № 1–3, окрасочный ангар, испытательная станция двигателей)", " (№ 1–3 ангарлар, бояу ангары, қозғалтқыштарды сынау станциясы)", ""), "–"],
            ["6", g("Код КАТО места нахождения", "Орналасқан жерінің ҚАТО коды", ""), kato, "–"],
            ["7", g("Координаты производственной площадки (для выездного аудита)", "Өндірістік алаңның координаттары (көшпелі аудит үшін)", ""),
             f"{lat_v:.5f}, {lon_v:.5f}", "–"],
            ["8", g("Сертификат организации по ТОиР (Part-145)", "ТҚжЖ ұйымының сертификаты (Part-145)", ""),
             g(f"№ KZ.145.{r.randint(10, 60):04d}, выдан АО «Авиационная администрация Казахстана», действует до {r.randint(1, 28):02d}.06.2027",
               f"№ KZ.145.{r.randint(10, 60):04d}, «Қазақстанның авиациялық әкімшілігі» АҚ берген, {r.randint(1, 28):02d}.06.2027 дейін жарамды", ""),
             g("Копия сертификата", "Сертификаттың көшірмесі", "")],
            ["9", g("Сертификат системы менеджмента качества", "Сапа менеджменті жүйесінің сертификаты", ""),
             f"EN 9100:2018, № QMS-{r.randint(1000, 9999)}-{r.randint(10, 99)}", g("Копия сертификата", "Сертификаттың көшірмесі", "")],
            ["10", g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
             g(f"II категория; экологическое разрешение на воздействие № {permit}", f"II санат; әсер етуге арналған № {permit} экологиялық рұқсат", ""),
             g("Копия разрешения", "Рұқсаттың көшірмесі", "")],
            ["11", g("Численность персонала, чел.", "Персонал саны, адам", ""), str(r.randint(480, 690)), "–"]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Алатау Авиаремонт", "kato": kato, "oked": "33160", "category": "II",
                           "lat": lat_v, "lon": lon_v})
    past = [g(["Год", "Заказчик", "Тип ВС", "Вид работ", "Сумма договора, тыс. тенге"], ["Жыл", "Тапсырыс беруші", "ӘК түрі", "Жұмыс түрі", "Шарт сомасы, мың теңге"], [])]
    for year, cust, ac, work in (("2023", ("АО «Қазавиаспас»", "«Қазавиақұтқару» АҚ"), "Ми-8МТВ", ("капитальный ремонт", "күрделі жөндеу")),
                                 ("2024", ("ТОО «Бүркіт Авиа»", "«Бүркіт Авиа» ЖШС"), "Ми-171", ("средний ремонт, окраска", "орташа жөндеу, бояу")),
                                 ("2025", ("ГУ «Авиаотряд МЧС»", "«ТЖМ авиаотряды» ММ"), "Ми-8АМТ", ("капитальный ремонт", "күрделі жөндеу"))):
        past.append([year, cust[L], ac, work[L], num(r.randint(180, 640) * 1000, doc.lang)])
    doc.table(g("Сведения о выполненных договорах", "Орындалған шарттар туралы мәліметтер", ""), past, role="other")


def _facility_jc2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = VN_PARTS
    msdn = _msdn(doc, "40")
    lat, lat_v = _dms(15.9478 + r.uniform(-0.002, 0.002), True, "vi")
    lon, lon_v = _dms(108.2683 + r.uniform(-0.002, 0.002), False, "vi")
    doc.h("HỒ SƠ NĂNG LỰC NHÀ CUNG CẤP")
    doc.p(f"{company} chuyên gia công chi tiết kết cấu tàu bay, cụm dây dẫn điện và chi tiết nội thất khoang khách cho các nhà sản xuất "
          "tàu bay và nhà cung cấp cấp 1.")
    doc.h("I. THÔNG TIN DOANH NGHIỆP")
    rows = [["Tên doanh nghiệp", company],
            ["Tên giao dịch quốc tế", "SAO VIET AERO COMPONENTS COMPANY LIMITED"],
            ["Mã số doanh nghiệp / Mã số thuế", msdn],
            ["Nhà đầu tư", f"Aero Structures Holdings Pte. Ltd. (Singapore), UEN 2018{r.randint(10000, 99999)}K – 100% vốn điều lệ"],
            ["Giấy chứng nhận đăng ký đầu tư", f"Mã số dự án {r.randint(10**9, 10**10 - 1)}, Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh "
                                               f"Quảng Nam cấp lần đầu ngày {r.randint(1, 28):02d}/03/2019"],
            ["Cơ sở sản xuất", plant],
            ["Địa chỉ nhà máy", f"Lô {doc.pick(('A', 'B', 'C'))}{r.randint(2, 19)}, KCN Điện Nam – Điện Ngọc, phường Điện Ngọc, thị xã Điện Bàn, tỉnh Quảng Nam"],
            ["Tọa độ nhà máy", f"{lat}, {lon}"],
            ["Diện tích nhà xưởng", f"{num(r.randint(180, 260) * 100, 'vi')} m²"],
            ["Sản phẩm chính", "Chi tiết kết cấu thân, cánh tàu bay bằng nhôm, titan gia công CNC; cụm dây dẫn điện; chi tiết nội thất khoang khách"],
            ["Số lao động", num(r.randint(700, 950), "vi")]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Sao Việt", "lat": lat_v, "lon": lon_v})
    doc.h("II. CHỨNG NHẬN")
    certs = [["Tiêu chuẩn", "Số chứng nhận", "Tổ chức chứng nhận", "Hiệu lực đến"]]
    for std, body in (("AS9100D", "Bureau Veritas"), ("NADCAP – Chemical Processing", "PRI"), ("ISO 14001:2015", "Bureau Veritas"), ("ISO 45001:2018", "TÜV SÜD")):
        certs.append([std, f"{doc.pick(('VN', 'SG'))}{r.randint(100000, 999999)}", body, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice((2026, 2027))}"])
    doc.table(None, certs, role="other")


# ---------------------------------------------------------------- emissions

# ((RU stage, KK stage), operations a year, seconds, [(number, RU source, KK source, {code: (low, high) kg an operation})])
LAUNCH_OPERATIONS = (
    (("Заправка РН компонентами ракетного топлива (Т–2 сут.)", "ЗТ-ны зымыран отынының компоненттерімен толтыру (Т–2 тәул.)"), 5, 10800, [
        ("0001", "Свеча сброса паров НДМГ из дренажных емкостей (после нейтрализатора)", "Дренаждық ыдыстардан НДМГ буларын шығару шырағы (бейтараптандырғыштан кейін)",
         {"3834": (0.05, 0.3)}),
        ("0002", "Свеча сброса паров АТ (после нейтрализатора)", "АТ буларын шығару шырағы (бейтараптандырғыштан кейін)",
         {"0301": (0.6, 2.2), "0302": (0.05, 0.2)})]),
    (("Пуск РН (работа двигателей первой ступени на стартовом сооружении)", "ЗТ ұшыру (бірінші сатының қозғалтқыштарының старт құрылысында жұмысы)"), 4, 15, [
        ("6001", "Газоотводный канал пусковой установки № 39", "№ 39 ұшыру қондырғысының газ бұру арнасы",
         {"0337": (300, 900), "0301": (150, 400), "0328": (20, 60), "3834": (0.5, 3)})]),
    (("Нейтрализация и промывка систем после пуска (Т+1 сут.)", "Ұшырудан кейін жүйелерді бейтараптандыру және жуу (Т+1 тәул.)"), 6, 28800, [
        ("0003", "Труба установки термического обезвреживания промывочных вод", "Жуынды суларды термиялық залалсыздандыру қондырғысының мұржасы",
         {"0301": (2, 6), "0337": (1, 4), "3834": (0.001, 0.01)})]),
)  # fmt: skip


def emissions_jc1(doc: Doc) -> None:
    """A draft of emission norms for the launch complex of «Протон-М» and its fuelling and neutralisation station, where the
    emissions are volleys bound to the operations of a launch campaign: under a row of column numbers and a row per
    operation (fuelling two days before, the launch, the neutralisation after it), each source's substances with the
    kilograms released in one operation and its duration in seconds, then the greatest grams a second, the operations a
    year and the tonnes a year — only the g/s and the t/year are the emission; heptyl (1,1-dimethylhydrazine, code 3834,
    class 1) and nitric acid beside the combustion products of the launch (VI: a maintenance hangar's repainting of a whole
    aircraft, touch-up painting and engine ground runs, the kilograms of one job, its hours and the jobs a year before g/s
    and tonnes, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jc1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = STATION[L]
    doc.h(g("Проект нормативов допустимых выбросов. Стартовый комплекс РН «Протон-М» (площадка № 200) и заправочно-нейтрализационная "
            "станция (площадка № 91) космодрома «Байконур»",
            "Жол берілетін шығарындылар нормативтерінің жобасы. «Байқоңыр» ғарыш айлағының «Протон-М» ЗТ старт кешені (№ 200 алаң) және "
            "толтыру-бейтараптандыру станциясы (№ 91 алаң)", ""))
    doc.p(g(f"Эксплуатирующая организация – {operator}. Выбросы носят залповый характер и приурочены к операциям пусковой кампании; "
            "годовые выбросы определены по количеству операций в год (четыре пуска, пять заправок с учетом одной технологической, шесть "
            "циклов промывки). Компоненты топлива: НДМГ – 1,1-диметилгидразин (гептил), АТ – азотный тетраоксид.",
            f"Пайдаланушы ұйым – {operator}. Шығарындылар жаппай сипатта болады және ұшыру науқанының операцияларына байланысты; жылдық "
            "шығарындылар жылдағы операциялар саны бойынша айқындалды (төрт ұшыру, біреуі технологиялық болатын бес толтыру, алты жуу "
            "циклі). Отын компоненттері: НДМГ – 1,1-диметилгидразин (гептил), АТ – азот тетраоксиді.", ""))
    head = g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс за одну операцию, кг",
              "Продолжительность операции, с", "Максимальный разовый выброс, г/с", "Количество операций в год", "Валовый выброс, т/год"],
             ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Бір операциядағы шығарынды, кг",
              "Операцияның ұзақтығы, с", "Ең жоғары бір реттік шығарынды, г/с", "Жылдағы операциялар саны", "Жалпы шығарынды, т/жыл"], [])
    rows = [head, [str(k) for k in range(1, 11)]]
    merges = []
    total, numbers = 0.0, []
    for (s_ru, s_kk), ops, seconds, sources in LAUNCH_OPERATIONS:
        _span(rows, merges, (s_ru, s_kk)[L], 10)
        for number, n_ru, n_kk, codes in sources:
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                kg = _sig(r.uniform(lo, hi), 3)
                gs = _sig(kg * 1000 / seconds, 3)
                ty = _sig(kg * ops / 1000, 3)
                hz = _hazard(c)
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, c, _air(doc, c), str(hz) if hz else "–",
                             num(kg, doc.lang), num(seconds, doc.lang), num(gs, doc.lang), str(ops), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                total += ty
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
            numbers.append(number)
    rows.append([g("Всего по объекту", "Объект бойынша барлығы", ""), None, None, None, None, "", "", "", "", num(round(total, 4), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3.4 – Выбросы загрязняющих веществ по операциям пусковой кампании",
                "3.4-кесте – Ұшыру науқанының операциялары бойынша ластаушы заттардың шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Выбросы при работе двигателей на активном участке траектории за пределами стартового сооружения в нормативы не включаются.",
            "Траекторияның белсенді бөлігінде старт құрылысынан тыс қозғалтқыштар жұмысы кезіндегі шығарындылар нормативтерге енгізілмейді.", ""))
    maybe_distractor(doc)


# (job, hours a job, jobs a year, {code: (VI label, (low, high) kg a job)})
VN_PAINT_JOBS = (
    ("Sơn lại toàn bộ thân tàu bay A321 trong hangar sơn (lọc than hoạt tính, ống thải cao 22 m)", 36, (10, 14),
     {"0616": ("Xylen", (60, 110)), "0621": ("Toluen", (30, 60)), "1210": ("Butyl axetat", (40, 80)), "2902": ("Bụi tổng", (5, 12))}),
    ("Sơn dặm, sơn chi tiết tại buồng sơn nhỏ", 6, (100, 140), {"0616": ("Xylen", (2, 5)), "0621": ("Toluen", (1, 3))}),
    ("Chạy thử động cơ CFM56 / V2500 sau bảo dưỡng tại khu vực chạy thử", 1.5, (150, 210),
     {"0337": ("CO", (8, 20)), "0301": ("NOx (tính theo NO2)", (15, 35)), "0330": ("SO2", (0.5, 1.5))}),
)  # fmt: skip


def _emissions_jc1_vi(doc: Doc) -> None:
    r = doc.rng
    hangar, company, _ = doc.pick(VN_HANGARS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {hangar.upper()}")
    doc.h("3.2.2. Tải lượng khí thải từ hoạt động sơn và chạy thử động cơ")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính theo định mức vật tư cho một lần thực hiện công việc và số lần thực hiện dự kiến "
          "trong năm; tải lượng g/s tính cho thời gian thực hiện một lần.")
    rows = [["TT", "Công việc (nguồn phát sinh)", "Thông số", "Lượng phát thải một lần (kg)", "Thời gian một lần (giờ)", "Số lần/năm",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (job, hours, (lo_n, hi_n), codes) in enumerate(VN_PAINT_JOBS, 1):
        count = r.randint(lo_n, hi_n)
        start = len(rows)
        for j, (c, (label, (lo, hi))) in enumerate(codes.items()):
            kg = _sig(r.uniform(lo, hi), 3)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            ty = _sig(kg * count / 1000, 3)
            rows.append([str(k) if j == 0 else None, job if j == 0 else None, label, num(kg, "vi"), num(hours, "vi") if j == 0 else None,
                         str(count) if j == 0 else None, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        end = len(rows) - 1
        merges += [(start, 0, end, 0), (start, 1, end, 1), (start, 4, end, 4), (start, 5, end, 5)]
    doc.table("Bảng 3.5. Tải lượng khí thải theo công việc bảo dưỡng", rows, merges, role="emissions")
    doc.p("Ghi chú: thời gian một lần là thời gian phun sơn thực tế (không kể thời gian sấy) hoặc thời gian chạy động cơ.")
    maybe_distractor(doc)


# (RU material, KK material, (low, high) t/year, {code: (low, high) share of the material emitted})
PAINTS = (
    ("Грунтовка эпоксидная ЭП-0208", "ЭП-0208 эпоксидті праймері", (1.2, 2.0), {"0616": (0.18, 0.26), "1210": (0.08, 0.14), "2902": (0.02, 0.04)}),
    ("Эмаль полиуретановая УР-1161", "УР-1161 полиуретан эмалі", (2.0, 3.2), {"0616": (0.12, 0.2), "1401": (0.05, 0.1), "1210": (0.1, 0.16), "2902": (0.02, 0.05)}),
    ("Растворитель Р-5", "Р-5 еріткіші", (0.6, 1.1), {"0616": (0.35, 0.45), "1210": (0.25, 0.35), "1401": (0.25, 0.35)}),
)  # fmt: skip
# (number, RU source, KK source, (RU fuel, KK fuel), {code: ((low, high) g/s, (low, high) t/year)})
DIRECT = (
    ("0004", "Испытательная станция двигателей ТВ3-117ВМ (топливо ТС-1)", "ТВ3-117ВМ қозғалтқыштарын сынау станциясы (ТС-1 отыны)", (42, 70),
     {"0301": ((0.4, 1.2), (0.3, 0.9)), "0304": ((0.06, 0.2), (0.05, 0.15)), "0337": ((0.8, 2.5), (0.6, 1.8)), "0328": ((0.02, 0.08), (0.01, 0.06)),
      "0330": ((0.05, 0.15), (0.04, 0.12)), "2732": ((0.1, 0.4), (0.08, 0.3))}),
    ("0005", "Участок гальванопокрытий: ванны хромирования и анодного оксидирования", "Гальваникалық жабындар учаскесі: хромдау және анодтық тотықтыру ванналары", None,
     {"0203": ((0.00005, 0.0002), (0.0003, 0.0012)), "0322": ((0.002, 0.008), (0.01, 0.05))}),
)  # fmt: skip


def emissions_jc2(doc: Doc) -> None:
    """An aircraft repair plant's calculation of emissions where the paint hangar's stack gathers three paint materials:
    under the hangar's row each material with its consumption a year and the shares of its xylene, butyl acetate, acetone and
    aerosol in g/s and t/year, the material merged down, then `Итого по ИЗА 0003` rows per substance — the sums, which alone
    are the emission — while the engine test bench and the galvanic line give their substances directly, the source's number
    on every row, chromium (VI) of class 1 (VI: an aircraft parts plant's loads with the pollutants as columns, each a pair
    `g/s | tấn/năm` under a merged header, a row per stack, dashes where a stack gives nothing, a total row)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jc2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Расчет выбросов загрязняющих веществ в атмосферу. {PLANT[0]}", f"{PLANT[1]}. Атмосфераға ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Выбросы при нанесении лакокрасочных материалов рассчитаны по удельным выделениям для пневматического распыления; материалы "
            "наносятся одновременно на разных постах ангара, поэтому максимальные разовые выбросы по источнику определены суммированием.",
            "Лак-бояу материалдарын жағу кезіндегі шығарындылар пневматикалық бүрку үшін меншікті бөлінулер бойынша есептелді; материалдар "
            "ангардың әртүрлі бекеттерінде бір мезгілде жағылады, сондықтан көз бойынша ең жоғары бір реттік шығарындылар қосу арқылы айқындалды.", ""))
    rows = [g(["№ ИЗА", "Источник выделения, материал", "Расход, т/год", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Бөліну көзі, материал", "Шығыны, т/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    _span(rows, merges, g("Окрасочный ангар № 2 – ИЗА 0003, труба вытяжной вентиляции (H = 18 м, D = 1,2 м)",
                          "№ 2 бояу ангары – 0003 ЛШК, сорып шығару желдеткішінің мұржасы (H = 18 м, D = 1,2 м)", ""), 8)
    sums: dict[str, list[float]] = {}
    for m_ru, m_kk, (lo_t, hi_t), shares in PAINTS:
        used = round(r.uniform(lo_t, hi_t), 2)
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(shares.items()):
            t = _sig(used * r.uniform(lo, hi), 3)
            gs = _sig(t * 1e6 / (r.uniform(1500, 1900) * 3600), 3)
            hz = _hazard(c)
            rows.append(["", (m_ru, m_kk)[L] if j == 0 else None, num(used, doc.lang) if j == 0 else None, c, _air(doc, c), str(hz), num(gs, doc.lang), num(t, doc.lang)])
            acc = sums.setdefault(c, [0.0, 0.0])
            acc[0] += gs
            acc[1] += t
        merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    start = len(rows)
    for j, (c, (gs, t)) in enumerate(sums.items()):
        gs, t = round(gs, 6), round(t, 6)
        hz = _hazard(c)
        rows.append(["0003", g("Итого по ИЗА 0003", "0003 ЛШК бойынша жиыны", "") if j == 0 else None, "", c, _air(doc, c), str(hz), num(gs, doc.lang), num(t, doc.lang)])
        doc.add("emissions", emission(c, gs, t, "0003", hz))
    merges.append((start, 1, len(rows) - 1, 1))
    for number, s_ru, s_kk, fuel, codes in DIRECT:
        _span(rows, merges, f"{(s_ru, s_kk)[L]} – {g('ИЗА', 'ЛШК', '')} {number}", 8)
        used = num(round(r.uniform(*fuel), 1), doc.lang) if fuel else "–"
        for c, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, t = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            hz = _hazard(c)
            rows.append([number, (s_ru, s_kk)[L].split(":")[0].split(" (")[0], used, c, _air(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number, hz))
    doc.table(g("Таблица 2.3 – Расчет выбросов по источникам", "2.3-кесте – Көздер бойынша шығарындыларды есептеу", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0003", "0004", "0005")))
    doc.p(g("Расход для испытательной станции – расход топлива ТС-1, т/год; для участка гальванопокрытий расход материалов не нормируется.",
            "Сынау станциясы үшін шығын – ТС-1 отынының шығыны, т/жыл; гальваникалық жабындар учаскесі үшін материалдар шығыны нормаланбайды.", ""))
    maybe_distractor(doc)


VN_PARTS_COLUMNS = (("2902", "Bụi tổng"), ("0322", "H2SO4"), ("0616", "Xylen"), ("0621", "Toluen"), ("1210", "Butyl axetat"), ("0301", "NO2"), ("0337", "CO"))
# (stack, {code: ((low, high) g/s, hours a year)})
VN_PARTS_STACKS = (
    ("Ống thải số 1 – Dây chuyền anod hóa, tẩy rửa hóa học (tháp hấp thụ bằng dung dịch kiềm)", {"0322": ((0.004, 0.015), 4800)}),
    ("Ống thải số 2 – Buồng sơn chi tiết (màng nước và than hoạt tính)",
     {"2902": ((0.01, 0.04), 3600), "0616": ((0.05, 0.18), 3600), "0621": ((0.03, 0.1), 3600), "1210": ((0.03, 0.12), 3600)}),
    ("Ống thải số 3 – Máy phát điện dự phòng 1.250 kVA", {"2902": ((0.02, 0.06), 200), "0301": ((0.6, 1.4), 200), "0337": ((0.15, 0.45), 200)}),
)


def _emissions_jc2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = VN_PARTS
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng các chất ô nhiễm tại từng ống thải được xác định từ kết quả quan trắc định kỳ năm 2024 và thời "
          "gian hoạt động thực tế của từng công đoạn.")
    head0 = ["TT", "Nguồn thải"]
    head1 = [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, (_, label) in enumerate(VN_PARTS_COLUMNS):
        head0 += [label, None]
        head1 += ["g/s", "tấn/năm"]
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    rows = [head0, head1]
    totals = {c: [0.0, 0.0] for c, _ in VN_PARTS_COLUMNS}
    for k, (stack, codes) in enumerate(VN_PARTS_STACKS, 1):
        line = [str(k), stack]
        for c, _ in VN_PARTS_COLUMNS:
            if c not in codes:
                line += ["-", "-"]
                continue
            (lo, hi), hours = codes[c]
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            totals[c][0] += gs
            totals[c][1] += ty
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line)
    rows.append(["", "Tổng cộng", *(x for c, _ in VN_PARTS_COLUMNS for x in (num(round(totals[c][0], 6), "vi"), num(round(totals[c][1], 6), "vi")))])
    doc.table("Bảng 3.3. Tải lượng các chất ô nhiễm trong khí thải theo ống thải", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, unit, (low, high), RU receiver, KK receiver, only where heptyl was found)
FALL_WASTES = (
    ("17 04 02", "Фрагменты конструкции из алюминиевых сплавов (баки, обечайки)", "Алюминий қорытпаларынан жасалған конструкция фрагменттері (бактар, қабықшалар)",
     "kg", (2500, 6500), "ТОО «Жезқазған Түсті Металл» (переработка)", "«Жезқазған Түсті Металл» ЖШС (қайта өңдеу)", False),
    ("17 04 05", "Фрагменты стальных конструкций (рама двигателей, узлы крепления)", "Болат конструкциялардың фрагменттері (қозғалтқыштар рамасы, бекіту тораптары)",
     "kg", (800, 2400), "ТОО «Сарыарқа Вторчермет» (переработка)", "«Сарыарқа Вторчермет» ЖШС (қайта өңдеу)", False),
    ("17 04 11", "Кабели бортовой кабельной сети", "Борттық кабель желісінің кабельдері", "kg", (60, 240),
     "ТОО «Жезқазған Түсті Металл» (переработка)", "«Жезқазған Түсті Металл» ЖШС (қайта өңдеу)", False),
    ("17 02 03", "Фрагменты теплозащиты и стеклопластика", "Жылу қорғанысы мен шыны пластик фрагменттері", "kg", (40, 180),
     "полигон ТОО «Ұлытау Экосервис»", "«Ұлытау Экосервис» ЖШС полигоны", False),
    ("17 05 03*", "Грунт, загрязненный НДМГ, после детоксикации", "Детоксикациядан кейінгі НДМГ-мен ластанған топырақ", "t", (12, 60),
     "ТОО «Экопром-Центр» (термическое обезвреживание)", "«Экопром-Центр» ЖШС (термиялық залалсыздандыру)", True),
    ("15 02 02*", "Средства индивидуальной защиты и сорбенты, загрязненные НДМГ", "НДМГ-мен ластанған жеке қорғаныш құралдары мен сорбенттер", "kg", (15, 60),
     "ТОО «Экопром-Центр» (термическое обезвреживание)", "«Экопром-Центр» ЖШС (термиялық залалсыздандыру)", True),
)  # fmt: skip
FALL_DATES = ("14.03.2025", "27.05.2025", "09.08.2025", "21.10.2025")


def wastes_jc1(doc: Doc) -> None:
    """A register of the wastes of clearing up the fall sites of spent stages in a year, a row spanning the table per fall
    (the launch's date, the impact area, the fall site's coordinates) over its wastes — aluminium and steel fragments,
    cables, heat shield, and only where heptyl was found the contaminated soil and the protective gear — with the code, a
    unit column that is `кг` for most rows and `т` for the soil, the quantity and the receiver; the amount is the row's
    quantity in tonnes, the same code under several falls, a grand total without a code (VI: a hazardous-waste manifest of
    an aircraft maintenance hangar, the treater's licence code as a look-alike, kilograms, the state and the method)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jc1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Реестр отходов, образованных при ликвидации последствий падения отделяющихся частей ракет-носителей в 2025 году. {OPERATOR_SPACE[0]}",
            f"{OPERATOR_SPACE[1]}. Зымыран тасығыштардың бөлінетін бөліктерінің құлау салдарын жою кезінде 2025 жылы түзілген қалдықтар тізілімі", ""))
    doc.p(g("Фрагменты собраны поисковыми группами, взвешены на месте на крановых весах и вывезены на площадку временного хранения в "
            "г. Жезказган; загрязненный грунт снят после детоксикации раствором гипохлорита кальция.",
            "Фрагменттерді іздеу топтары жинап, орнында крандық таразыда өлшеп, Жезқазған қ. уақытша сақтау алаңына шығарды; ластанған "
            "топырақ кальций гипохлориті ерітіндісімен детоксикациядан кейін алынды.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Ед. изм.", "Количество", "Куда передано"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Өлш. бірл.", "Саны", "Қайда берілді"], [])]
    merges = []
    units = {"kg": g("кг", "кг", ""), "t": g("т", "т", "")}
    falls = sorted(r.sample(range(len(FALL_DATES)), 3))
    heptyl = r.choice(falls)
    total, n = 0.0, 0
    for f in falls:
        code_area, *_ = IMPACT_AREAS[f % len(IMPACT_AREAS)]
        lat0, lon0 = IMPACT_AREAS[f % len(IMPACT_AREAS)][4:6]
        lat = _dm(lat0 + r.uniform(-0.08, 0.08), True, doc.lang)[0]
        lon = _dm(lon0 + r.uniform(-0.12, 0.12), False, doc.lang)[0]
        _span(rows, merges, g(f"Пуск {FALL_DATES[f]}, РН «Протон-М», первая ступень – РП «{code_area}», место падения {lat}; {lon}",
                              f"{FALL_DATES[f]} ұшыру, «Протон-М» ЗТ, бірінші саты – «{code_area}» құлау ауданы, құлау орны {lat}; {lon}", ""), 6)
        for code, n_ru, n_kk, unit, (lo, hi), to_ru, to_kk, only_heptyl in FALL_WASTES:
            if only_heptyl and f != heptyl:
                continue
            n += 1
            if unit == "kg":
                qty = float(r.randint(lo, hi))
                tonnes = qty / 1000
            else:
                qty = round(r.uniform(lo, hi), 1)
                tonnes = qty
            name = (n_ru, n_kk)[L]
            rows.append([str(n), code, name, units[unit], num(qty, doc.lang), (to_ru, to_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": tonnes,
                               "name_contains": _words(name.split(",")[0], 3)})
            total += tonnes
    rows.append(["", "", g("Всего отходов, т", "Қалдықтардың барлығы, т", ""), "", num(round(total, 3), doc.lang), ""])
    doc.table(g("Таблица 1 – Отходы по местам падения", "1-кесте – Құлау орындары бойынша қалдықтар", ""), rows, merges, role="wastes")
    doc.p(g("Загрязнение грунта НДМГ выявлено только на одном месте падения; на остальных пробы почвы соответствуют ПДК.",
            "Топырақтың НДМГ-мен ластануы тек бір құлау орнында анықталды; қалғандарында топырақ сынамалары ШЖК-ға сәйкес келеді.", ""))
    maybe_distractor(doc)


# (code, name, state, (low, high) kg, method)
VN_MANIFEST = (
    ("17 01 06", "Dầu thủy lực tổng hợp thải", " (Skydrol LD-4)", "Lỏng", (120, 480), "TC"),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "", "Lỏng", (200, 900), "TC"),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", " (giẻ lau dính dầu, sơn)", "Rắn", (150, 600), "TĐ"),
    ("08 01 01", "Sơn và vecni thải có dung môi hữu cơ", " (sơn quá hạn sử dụng)", "Lỏng", (40, 200), "TĐ"),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", " (bình xịt, thùng sơn)", "Rắn", (80, 300), "TC"),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "", "Rắn", (5, 25), "CL"),
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", "", "Bùn", (300, 900), "TĐ"),
)  # fmt: skip


def _wastes_jc1_vi(doc: Doc) -> None:
    r = doc.rng
    hangar, company, place = doc.pick(VN_HANGARS)
    doc.h("CHỨNG TỪ CHẤT THẢI NGUY HẠI")
    doc.p(f"Số chứng từ: {r.randint(100, 999)}/2024/CTNH. Liên số 1 (lưu tại chủ nguồn thải). Ngày chuyển giao: {r.randint(1, 28):02d}/{r.randint(6, 12):02d}/2024.")
    city, plate = ("01", 29) if place == "Nội Bài" else ("79", 51)
    doc.p(f"1. Chủ nguồn thải: {company} – {hangar}. Mã số quản lý CTNH của chủ nguồn thải: {city}.{r.randint(1000, 9999):06d}.T.")
    doc.p(f"2. Chủ xử lý chất thải nguy hại: Công ty Cổ phần Môi trường Xanh {place}, giấy phép môi trường có nội dung xử lý CTNH, mã số "
          f"quản lý CTNH 1-2-3-4-5-6.{r.randint(10, 99):03d}.VX; phương tiện vận chuyển biển số {plate}C-{r.randint(100, 999)}.{r.randint(10, 99)}.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Số lượng (kg)", "Phương pháp xử lý"]]
    for k, (code, name, tail, state, (lo, hi), method) in enumerate(r.sample(VN_MANIFEST, 6), 1):
        kg = float(r.randint(lo, hi))
        rows.append([str(k), name + tail, code, state, num(kg, "vi"), method])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table("3. Danh sách chất thải nguy hại chuyển giao", rows, role="wastes")
    doc.p("Ký hiệu phương pháp xử lý: TC – tái chế; TĐ – thiêu đốt; CL – cô lập, đóng kén.")


# (code, RU name, KK name, RU HP, origin (RU, KK), composition (RU, KK), state (RU, KK), (low, high) t/year, place (RU, KK))
PASSPORTS = (
    ("11 01 09*", "Шлам гальванический хромсодержащий", "Хромы бар гальваникалық шлам", "HP 6, HP 7, HP 14",
     ("нейтрализация и осаждение промывных вод участка гальванопокрытий", "гальваникалық жабындар учаскесінің жуынды суларын бейтараптандыру және тұндыру"),
     ("гидроксид хрома (III) 8–12 %, гидроксид железа 20–25 %, сульфат кальция 30–35 %, вода 35–40 %",
      "хром (III) гидроксиді 8–12 %, темір гидроксиді 20–25 %, кальций сульфаты 30–35 %, су 35–40 %"),
     ("пастообразное", "пастатәрізді"), (1.2, 3.5), ("площадка ВХО № 2, герметичные бочки 200 л", "№ 2 ҚУС алаңы, 200 л герметикалық бөшкелер")),
    ("08 01 17*", "Отходы удаления лакокрасочного покрытия со смывкой", "Жуғышпен лак-бояу жабынын кетіру қалдықтары", "HP 3, HP 6, HP 7",
     ("снятие ЛКП смывкой АФТ-1 с планеров вертолетов перед окраской", "бояу алдында тікұшақ планерлерінен АФТ-1 жуғышымен ЛБЖ-ны кетіру"),
     ("остатки ЛКП 45–55 %, дихлорметан 20–30 %, парафин 5–8 %, вода – остальное", "ЛБЖ қалдықтары 45–55 %, дихлорметан 20–30 %, парафин 5–8 %, су – қалғаны"),
     ("пастообразное", "пастатәрізді"), (0.8, 2.6), ("площадка ВХО № 2, металлические бочки с крышками", "№ 2 ҚУС алаңы, қақпағы бар металл бөшкелер")),
    ("12 01 16*", "Отработанный абразив дробеструйной обработки", "Бытыра ағынымен өңдеудің пайдаланылған абразиві", "HP 14",
     ("дробеструйная очистка деталей шасси и редукторов", "шасси мен редукторлар бөлшектерін бытыра ағынымен тазалау"),
     ("электрокорунд 80–85 %, продукты коррозии 8–12 %, частицы ЛКП с хроматом стронция 3–6 %",
      "электрокорунд 80–85 %, коррозия өнімдері 8–12 %, стронций хроматы бар ЛБЖ бөлшектері 3–6 %"),
     ("твердое, сыпучее", "қатты, үгілмелі"), (3.0, 9.0), ("закрытый склад, мешки МКР", "жабық қойма, МКР қаптары")),
    ("13 07 03*", "Авиатопливо ТС-1, слитое из топливных систем и некондиционное", "Отын жүйелерінен ағызылған және кондицияға сай емес ТС-1 авиаотыны", "HP 3, HP 14",
     ("слив топлива перед ремонтом и отстой фильтров-сепараторов", "жөндеу алдында отынды ағызу және сүзгі-сепараторлардың тұнбасы"),
     ("керосин 92–97 %, вода 2–6 %, механические примеси до 2 %", "керосин 92–97 %, су 2–6 %, механикалық қоспалар 2 %-ға дейін"),
     ("жидкое", "сұйық"), (0.6, 2.2), ("резервуар аварийного слива V = 10 м³", "V = 10 м³ апаттық ағызу резервуары")),
)  # fmt: skip


def wastes_jc2(doc: Doc) -> None:
    """An aircraft repair plant's passports of hazardous wastes, one small table each under its own heading, numbered lines
    of the form — name, code, hazardous properties `HP 6, HP 7, HP 14`, origin, composition in per cent, state, the amount
    formed a year, place and term of accumulation, receiver — the percentages and the 200-litre drums as look-alikes of the
    amount (VI: a parts plant's material balance of its machining and surface-treatment lines, inputs on the left and
    outputs on the right, only the outputs the remarks call wastes being wastes, the waste water in cubic metres not one)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jc2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Паспорта опасных отходов. {PLANT[0]}", f"{PLANT[1]}. Қауіпті қалдықтардың паспорттары", ""))
    doc.p(g("Паспорта составлены по форме, утвержденной уполномоченным органом в области охраны окружающей среды, и направлены в "
            "Департамент экологии по городу Алматы в течение трех месяцев с начала образования отходов.",
            "Паспорттар қоршаған ортаны қорғау саласындағы уәкілетті орган бекіткен нысан бойынша жасалды және қалдықтар түзіле бастағаннан "
            "кейін үш ай ішінде Алматы қаласы бойынша экология департаментіне жіберілді.", ""))
    for k, (code, n_ru, n_kk, hp, origin, comp, state, (lo, hi), place) in enumerate(r.sample(PASSPORTS, 3), 1):
        amount = round(r.uniform(lo, hi), 2)
        name = (n_ru, n_kk)[L]
        doc.h(g(f"Паспорт опасных отходов № {k}", f"№ {k} қауіпті қалдықтар паспорты", ""))
        rows = [["1", g("Наименование отходов", "Қалдықтардың атауы", ""), name],
                ["2", g("Код отходов по классификатору", "Сыныптауыш бойынша қалдықтар коды", ""), code],
                ["3", g("Опасные свойства", "Қауіпті қасиеттері", ""), hp],
                ["4", g("Происхождение (технологический процесс)", "Шығу тегі (технологиялық процесс)", ""), origin[L]],
                ["5", g("Состав отходов", "Қалдықтардың құрамы", ""), comp[L]],
                ["6", g("Агрегатное состояние", "Агрегаттық күйі", ""), state[L]],
                ["7", g("Объем образования, т/год", "Түзілу көлемі, т/жыл", ""), num(amount, doc.lang)],
                ["8", g("Место и срок накопления", "Жинақтау орны мен мерзімі", ""), place[L] + g("; не более 6 месяцев", "; 6 айдан аспайды", "")],
                ["9", g("Передача отходов", "Қалдықтарды беру", ""),
                 g("ТОО «Kazakhstan Waste Recycling» по договору № 14-ОП/2025", "№ 14-ОП/2025 шарт бойынша «Kazakhstan Waste Recycling» ЖШС", "")]]
        doc.table(None, rows, role="wastes")
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": amount, "name_contains": _words(name, 3)})
    maybe_distractor(doc)


def _wastes_jc2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = VN_PARTS
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("1.4.3. Cân bằng vật chất của dây chuyền gia công cơ khí và xử lý bề mặt")
    doc.p(f"Chủ cơ sở: {company}. Số liệu tính cho năm hoạt động ổn định 2024.")
    al, ti = round(r.uniform(400, 460), 1), round(r.uniform(14, 22), 1)
    product = round((al + ti) * r.uniform(0.58, 0.66), 1)
    out_chips = round(al + ti - product - r.uniform(1, 3), 1)
    sludge = round(r.uniform(6, 14), 2)
    cans = round(r.uniform(0.6, 1.6), 2)
    oil = round(r.uniform(1.5, 4.0), 2)
    rows = [["TT", "Đầu vào", "Khối lượng (tấn/năm)", "Đầu ra", "Khối lượng (tấn/năm)", "Ghi chú"],
            ["1", "Nhôm tấm, nhôm thanh hợp kim 2024, 7075", num(al, "vi"), "Chi tiết thành phẩm", num(product, "vi"), "Xuất khẩu"],
            ["2", "Titan tấm Ti-6Al-4V", num(ti, "vi"), "Phoi nhôm, phoi titan", num(out_chips, "vi"),
             "Chất thải rắn công nghiệp thông thường, bán cho đơn vị tái chế"],
            ["3", "Dầu cắt gọt, dầu thủy lực", num(round(r.uniform(8, 14), 1), "vi"), "Dầu thủy lực, dầu bôi trơn tổng hợp thải", num(oil, "vi"),
             "CTNH, mã 17 02 03"],
            ["4", "Axit sunfuric 98 %", num(round(r.uniform(7, 11), 1), "vi"), "Bùn thải từ hệ thống xử lý nước thải xi mạ", num(sludge, "vi"),
             "CTNH, mã 12 06 05"],
            ["5", "Natri hydroxit 32 %", num(round(r.uniform(4, 8), 1), "vi"), "Bao bì cứng thải bằng nhựa (can hóa chất)", num(cans, "vi"),
             "CTNH, mã 18 01 03"],
            ["6", "Sơn lót, sơn phủ, dung môi", num(round(r.uniform(6, 9), 1), "vi"), "Hơi dung môi, hơi axit bay hơi", num(round(r.uniform(3, 5), 1), "vi"),
             "Thoát ra qua ống thải số 1 và số 2"],
            ["7", "Nước cấp cho các bể rửa", f"{num(r.randint(48, 56) * 100, 'vi')} m³/năm", "Nước thải dẫn về trạm xử lý nước thải",
             f"{num(r.randint(43, 47) * 100, 'vi')} m³/năm", "Xử lý đạt giới hạn tiếp nhận của KCN"]]  # fmt: skip
    doc.table("Bảng 1.6. Cân bằng vật chất", rows, role="wastes")
    doc.add("wastes",
            {"code": None, "code_system": None, "hazardous": False, "amount_t": out_chips, "name_contains": "Phoi nhôm"},
            {"code": "17 02 03*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": oil, "name_contains": "Dầu thủy lực"},
            {"code": "12 06 05*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": sludge, "name_contains": "Bùn thải"},
            {"code": "18 01 03*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": cans, "name_contains": "Bao bì cứng thải bằng nhựa"})
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (place RU, place KK, depth, (low, high) mg/kg or None for below detection); the epicentre's samples first
FALL_SAMPLES = (
    ("эпицентр падения (воронка)", "құлау эпицентрі (шұңқыр)", "0–5", (0.6, 4.0)),
    ("эпицентр падения (воронка)", "құлау эпицентрі (шұңқыр)", "5–20", (0.3, 2.0)),
    ("10 м к северо-востоку от эпицентра", "эпицентрден солтүстік-шығысқа қарай 10 м", "0–5", (0.12, 0.6)),
    ("10 м к юго-западу от эпицентра", "эпицентрден оңтүстік-батысқа қарай 10 м", "0–5", (0.06, 0.3)),
    ("25 м к северо-востоку от эпицентра", "эпицентрден солтүстік-шығысқа қарай 25 м", "0–5", (0.05, 0.09)),
    ("50 м к северо-востоку от эпицентра", "эпицентрден солтүстік-шығысқа қарай 50 м", "0–5", None),
    ("фон, 2 км к западу от места падения", "фон, құлау орнынан батысқа қарай 2 км", "0–5", None),
)  # fmt: skip
SNOW_SAMPLES = (("снежный покров у эпицентра", "эпицентр маңындағы қар жамылғысы", (0.02, 0.2)),
                ("снежный покров, 25 м от эпицентра", "қар жамылғысы, эпицентрден 25 м", (0.005, 0.03)))


def limits_jc1(doc: Doc) -> None:
    """An accredited laboratory's protocol of heptyl (1,1-dimethylhydrazine) in the samples of a fall site of a spent stage,
    a row per sample with its code `П-01`, the place (epicentre, metres and direction from it, background), the object
    (soil or snow), the depth, the result, a unit column (`мг/кг` for soil, `мг/дм³` of melt water for snow), the ПДК and
    the multiple of it; soil is judged against 0,1 mg/kg, the snow samples have a dash where the norm would stand, `< 0,05`
    below detection (VI: a paint hangar's stack before and after its activated-carbon adsorber against QCVN 20:2009/BTNMT,
    the inlet's values judged by nothing, the removal efficiency in per cent, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jc1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    code_area = doc.pick(IMPACT_AREAS)[0]
    doc.h(g(f"Протокол испытаний № {r.randint(100, 260)}-НДМГ/2025", f"№ {r.randint(100, 260)}-НДМГ/2025 сынақ хаттамасы", ""))
    doc.p(g(f"Заказчик: {OPERATOR_SPACE[0]}. Объект: место падения первой ступени РН «Протон-М» (пуск 14.03.2025), район падения «{code_area}». "
            "Пробы отобраны 17.03.2025; массовая доля НДМГ определена методом ионной хроматографии с амперометрическим детектированием.",
            f"Тапсырыс беруші: {OPERATOR_SPACE[1]}. Объект: «Протон-М» ЗТ бірінші сатысының құлау орны (14.03.2025 ұшыру), «{code_area}» "
            "құлау ауданы. Сынамалар 17.03.2025 алынды; НДМГ-нің массалық үлесі амперометриялық детекторлаумен ионды хроматография әдісімен анықталды.", ""))
    rows = [g(["№", "Шифр пробы", "Место отбора", "Объект испытаний", "Глубина, см", "Результат", "Ед. изм.", "ПДК", "Кратность превышения ПДК"],
              ["№", "Сынама шифры", "Сынама алу орны", "Сынақ объектісі", "Тереңдігі, см", "Нәтижесі", "Өлш. бірл.", "ШЖК", "ШЖК-дан асу еселігі"], [])]
    soil, snow = g("почва", "топырақ", ""), g("снег", "қар", "")
    below = f"< {num(0.05, doc.lang)}"
    k = 0
    for p_ru, p_kk, depth, span in FALL_SAMPLES:
        k += 1
        pid = f"П-{k:02d}"
        if span is None:
            rows.append([str(k), pid, (p_ru, p_kk)[L], soil, depth, below, g("мг/кг", "мг/кг", ""), num(0.1, doc.lang), "–"])
            add(doc, {x: v for x, v in limit(("code", "3834"), "soil", 0.1, "mg/kg", None, pid).items() if x != "value"})
            continue
        v = _sig(r.uniform(*span), 2)
        times = f"{v / 0.1:.1f}".replace(".", ",") if v > 0.1 else "–"
        rows.append([str(k), pid, (p_ru, p_kk)[L], soil, depth, num(v, doc.lang), g("мг/кг", "мг/кг", ""), num(0.1, doc.lang), times])
        add(doc, limit(("code", "3834"), "soil", 0.1, "mg/kg", None, pid, v))
    for p_ru, p_kk, span in SNOW_SAMPLES:
        k += 1
        rows.append([str(k), f"С-{k:02d}", (p_ru, p_kk)[L], snow, g("вся толща", "бүкіл қабат", ""), num(_sig(r.uniform(*span), 2), doc.lang),
                     g("мг/дм³ талой воды", "еріген судың мг/дм³", ""), "–", "–"])
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, role="limits")
    doc.p(g("ПДК НДМГ в почве – 0,1 мг/кг; для снежного покрова норматив не установлен, результат приведен для оценки масштаба загрязнения. "
            "«< 0,05» – ниже предела обнаружения методики.",
            "Топырақтағы НДМГ ШЖК – 0,1 мг/кг; қар жамылғысы үшін норматив белгіленбеген, нәтиже ластану ауқымын бағалау үшін келтірілді. "
            "«< 0,05» – әдістеменің анықтау шегінен төмен.", ""))
    maybe_distractor(doc)


# code: (VI label, QCVN 20:2009/BTNMT mg/Nm3, (low, high) inlet, (low, high) removal)
QCVN20 = {"0616": ("Xylen", 870, (180, 420), (0.82, 0.93)), "0621": ("Toluen", 750, (120, 300), (0.8, 0.92)),
          "1210": ("Butyl axetat", 950, (90, 260), (0.78, 0.9)), "1401": ("Axeton", 2400, (60, 200), (0.7, 0.85)),
          "0602": ("Benzen", 5, None, None)}


def _limits_jc1_vi(doc: Doc) -> None:
    r = doc.rng
    hangar, company, _ = doc.pick(VN_HANGARS)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI HANGAR SƠN TÀU BAY – {hangar.upper()}")
    doc.p(f"Đơn vị yêu cầu: {company}. Mẫu khí thải được lấy đồng thời tại đầu vào tháp hấp phụ than hoạt tính và tại ống thải sau xử lý "
          f"(KT1) trong thời gian phun sơn phủ tàu bay, ngày {r.randint(2, 27):02d}/{r.randint(3, 11):02d}/2024. Giá trị so sánh với quy chuẩn là giá trị "
          "tại ống thải sau xử lý.")
    rows = [["Thông số", "Đơn vị", "Đầu vào tháp hấp phụ", "Ống thải sau xử lý (KT1)", "Hiệu suất xử lý (%)", "QCVN 20:2009/BTNMT"],
            ["Lưu lượng khí thải", "m³/h", num(r.randint(380, 460) * 100, "vi"), num(r.randint(390, 470) * 100, "vi"), "-", "-"],
            ["Nhiệt độ", "°C", num(round(r.uniform(29, 34), 1), "vi"), num(round(r.uniform(30, 35), 1), "vi"), "-", "-"]]
    for c, (label, lim, inlet, removal) in QCVN20.items():
        if inlet is None:
            rows.append([label, "mg/Nm³", "KPH", "KPH", "-", num(lim, "vi")])
            add(doc, {x: v for x, v in limit(("code", c), "flue_gas", lim, "mg/Nm3", None, "KT1").items() if x != "value"})
            continue
        v_in = _sig(r.uniform(*inlet), 3)
        eff = round(r.uniform(*removal) * 100, 1)
        v_out = _sig(v_in * (1 - eff / 100), 3)
        rows.append([label, "mg/Nm³", num(v_in, "vi"), num(v_out, "vi"), num(eff, "vi"), num(lim, "vi")])
        add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", None, "KT1", v_out))
    doc.table("Bảng 2. Kết quả phân tích khí thải trước và sau tháp hấp phụ", rows, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; hiệu suất xử lý tính theo nồng độ trước và sau tháp hấp phụ.")
    maybe_distractor(doc)


# (id, RU place, KK place, share of the ПДК at the hour of the plume)
SETTLEMENTS = (("Т-1", "п. Торетам, ул. Коркыт ата (пост № 1)", "Төретам к., Қорқыт ата к-сі (№ 1 бекет)", 1.0),
               ("Т-2", "с. Акай, территория школы", "Ақай а., мектеп аумағы", 0.7),
               ("Т-3", "г. Байконур, микрорайон 7", "Байқоңыр қ., 7 шағын аудан", 0.5))
# code: (ПДК м.р., (low, high) share of the ПДК in background)
LAUNCH_PDK = {"3834": (0.001, None), "0301": (0.2, (0.1, 0.3)), "0337": (5, (0.1, 0.3)), "1325": (0.05, (0.1, 0.4))}
HOURS = ("Т–24 ч (фон)", "Т+1 ч", "Т+3 ч", "Т+6 ч", "Т+24 ч")
PLUME = (1.0, 2.4, 1.8, 1.3, 1.05)


def limits_jc2(doc: Doc) -> None:
    """The air of the settlements around the launch of a «Протон-М» hour by hour: a row per point and substance, the point
    merged down over its substances, the ПДК м.р. in a column before the values, then the concentrations sampled a day
    before (background), one, three, six and twenty-four hours after the launch under a merged header — each a value
    judged against the row's ПДК — heptyl below detection most hours, `<` cells (VI: boreholes at a hangar's former fuel
    farm against QCVN 03-MT:2015/BTNMT printed in two rows, agricultural and industrial land, the note saying the
    industrial one applies, depth rows under each borehole, petroleum hydrocarbons with no norm)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jc2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    date = doc.pick(("14.03.2025", "27.05.2025", "09.08.2025"))
    doc.h(g(f"Результаты контроля атмосферного воздуха в населенных пунктах при пуске РН «Протон-М» {date}",
            f"{date} «Протон-М» ЗТ ұшыру кезінде елді мекендердегі атмосфералық ауаны бақылау нәтижелері", ""))
    doc.p(g(f"Отбор проб выполнен передвижной лабораторией {STATION[0]} в точках, расположенных по направлению переноса облака продуктов "
            "сгорания; время отбора отсчитывается от момента старта (Т). Продолжительность отбора каждой пробы – 20 мин.",
            f"Сынамаларды {STATION[1]} жылжымалы зертханасы жану өнімдері бұлтының тасымалдану бағыты бойынша орналасқан нүктелерде алды; "
            "сынама алу уақыты старт сәтінен (Т) бастап есептеледі. Әр сынаманы алу ұзақтығы – 20 мин.", ""))
    rows = [[g("Точка контроля", "Бақылау нүктесі", ""), g("Вещество", "Зат", ""), g("ПДК м.р., мг/м³", "ШЖК м.б., мг/м³", ""),
             g("Концентрация, мг/м³", "Шоғырлануы, мг/м³", ""), None, None, None, None],
            [None, None, None, *(h if L == 0 else h.replace("ч", "сағ") for h in HOURS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7)]
    below = f"< {num(0.0005, doc.lang)}"
    for pid, p_ru, p_kk, share in SETTLEMENTS:
        start = len(rows)
        for j, (c, (pdk, bg)) in enumerate(LAUNCH_PDK.items()):
            line = [f"{pid} – {(p_ru, p_kk)[L]}" if j == 0 else None, _air(doc, c), num(pdk, doc.lang)]
            for k, plume in enumerate(PLUME):
                if c == "3834":
                    v = _sig(pdk * share * r.uniform(0.55, 0.9), 2) if k in (1, 2) and share >= 0.7 else None
                else:
                    base = pdk * r.uniform(*bg)
                    v = _sig(base * (plume * share if k else 1.0), 2)
                if v is None or v < 0.0005:
                    line.append(below)
                    add(doc, {x: y for x, y in limit(("code", c), "air", pdk, "mg/m3", None, pid).items() if x != "value"})
                else:
                    line.append(num(v, doc.lang))
                    add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 2 – Концентрации загрязняющих веществ в точках контроля", "2-кесте – Бақылау нүктелеріндегі ластаушы заттардың шоғырлануы", ""),
              rows, merges, role="limits")
    doc.p(g(f"«{below}» – ниже предела обнаружения. Превышений ПДК м.р. не зафиксировано.", f"«{below}» – анықтау шегінен төмен. ШЖК м.б. асуы тіркелген жоқ.", ""))
    maybe_distractor(doc)


SOIL_KEYS = ("As", "Cd", "Pb", "Cu", "Zn", "Cr")
SOIL_QCVN03 = {"As": (15, 25), "Cd": (1.5, 10), "Pb": (70, 300), "Cu": (100, 300), "Zn": (200, 300), "Cr": (150, 250)}
SOIL_RANGE = {"As": (2, 12), "Cd": (0.1, 0.9), "Pb": (8, 60), "Cu": (10, 80), "Zn": (30, 180), "Cr": (12, 90)}


def _limits_jc2_vi(doc: Doc) -> None:
    r = doc.rng
    hangar, company, _ = doc.pick(VN_HANGARS)
    doc.h(f"BÁO CÁO ĐIỀU TRA, ĐÁNH GIÁ CHẤT LƯỢNG ĐẤT KHU VỰC KHO NHIÊN LIỆU CŨ – {hangar.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Khu vực kho nhiên liệu cũ (đã tháo dỡ bồn chứa) được khoan khảo sát tại 03 lỗ khoan, mỗi lỗ khoan lấy "
          "mẫu ở 03 độ sâu. Theo quy hoạch, khu đất thuộc loại đất công nghiệp – kho tàng nên áp dụng giới hạn đối với đất công nghiệp; "
          "giới hạn đối với đất nông nghiệp chỉ để tham khảo.")
    rows = [["Ký hiệu mẫu", "Độ sâu (m)", *(vocab.soil(s, "vi") for s in SOIL_KEYS), "Tổng hydrocacbon dầu mỏ (TPH)"],
            ["Đơn vị", None, *(["mg/kg"] * len(SOIL_KEYS)), "mg/kg"]]
    merges = [(1, 0, 1, 1)]
    for b in range(1, 4):
        pid = f"LK{b}"
        _span(rows, merges, f"{pid} – {('Vị trí bồn chứa Jet A-1 số 1', 'Vị trí trạm bơm và bể tách dầu', 'Cạnh đường ống xuất nhiên liệu')[b - 1]}", 3 + len(SOIL_KEYS))
        for depth in ("0,5", "1,5", "3,0"):
            line = [pid, depth]
            for s in SOIL_KEYS:
                if s == "Cd" and r.random() < 0.4:
                    line.append("KPH")
                    add(doc, {x: y for x, y in limit(("symbol", s), "soil", SOIL_QCVN03[s][1], "mg/kg", None, pid).items() if x != "value"})
                    continue
                v = _sig(r.uniform(*SOIL_RANGE[s]), 3)
                line.append(num(v, "vi"))
                add(doc, limit(("symbol", s), "soil", SOIL_QCVN03[s][1], "mg/kg", None, pid, v))
            line.append(num(round(r.uniform(40, 900) / (float(depth.replace(",", ".")) * 2), 1), "vi"))
            rows.append(line)
    rows.append(["QCVN 03-MT:2015/BTNMT – đất nông nghiệp", None, *(num(SOIL_QCVN03[s][0], "vi") for s in SOIL_KEYS), "-"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    rows.append(["QCVN 03-MT:2015/BTNMT – đất công nghiệp", None, *(num(SOIL_QCVN03[s][1], "vi") for s in SOIL_KEYS), "-"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table("Bảng 3.2. Kết quả phân tích mẫu đất", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; TPH chưa có quy chuẩn, kết quả dùng để khoanh vùng ô nhiễm dầu.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

RIVERS = {"Ю-25": ("р. Сарысу", "Сарысу ө."), "Ю-30": ("р. Токрау", "Тоқырау ө.")}
# (RU kind, KK kind, RU medium, KK medium, [(kind, key)], frequency, RU said, KK said, river only)
AREA_WORKS = (
    ("фоновый", "фондық", "почва", "топырақ", [("code", "3834"), ("soil", "TPH")], "yearly",
     "1 раз в год (май – июнь)", "жылына 1 рет (мамыр – маусым)", False),
    ("фоновый", "фондық", "поверхностные воды", "жерүсті сулары", [("code", "3834"), ("water", "pH"), ("water", "NO3-"), ("water", "NH4+")],
     "semiannual", "2 раза в год (половодье, летняя межень)", "жылына 2 рет (су тасу, жазғы межень)", True),
    ("оперативный", "жедел", "почва; снежный покров – при падении в зимний период", "топырақ; қар жамылғысы – қысқы кезеңде құлағанда",
     [("code", "3834"), ("soil", "TPH")], None, "после каждого падения, не позднее 10 суток", "әр құлаудан кейін, 10 тәуліктен кешіктірмей", False),
)  # fmt: skip


def monitoring_jc1(doc: Doc) -> None:
    """A programme of monitoring the impact areas of spent stages for a year: the area merged down the second column over
    its works, each work a kind (background or operational), a medium, the parameters, the frequency and who does it —
    background soil once a year, the river crossing the area twice a year where there is one, and the operational sampling
    of each fall site after each fall, which is no frequency of the contract; the place of each duty is the area (VI: a
    hangar's plan of trial operation of its treatment works, the adjustment stage `15 ngày/lần` — no frequency — and the
    stable stage `01 ngày/lần` for seven days as two columns, the inlet sampled only in the first)."""
    if doc.lang == "vi":
        _monitoring_jc1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа экологического мониторинга районов падения отделяющихся частей ракет-носителей на 2026 год",
            "Зымыран тасығыштардың бөлінетін бөліктері құлайтын аудандардың 2026 жылға арналған экологиялық мониторинг бағдарламасы", ""))
    doc.p(g(f"Мониторинг организует {OPERATOR_SPACE[0]}. Фоновый мониторинг проводится в каждом районе независимо от пусков; оперативный – "
            "на месте падения по уведомлению о пуске, координаты места падения уточняются поисковой группой.",
            f"Мониторингті {OPERATOR_SPACE[1]} ұйымдастырады. Фондық мониторинг ұшыруларға қарамастан әр ауданда жүргізіледі; жедел "
            "мониторинг – ұшыру туралы хабарлама бойынша құлау орнында, құлау орнының координаттарын іздеу тобы нақтылайды.", ""))
    rows = [g(["№", "Район падения", "Вид мониторинга", "Среда", "Определяемые показатели", "Периодичность (сроки)", "Исполнитель"],
              ["№", "Құлау ауданы", "Мониторинг түрі", "Орта", "Анықталатын көрсеткіштер", "Кезеңділігі (мерзімі)", "Орындаушы"], [])]
    merges = []
    lab = g("испытательная лаборатория РГП «Ғарыш Экология»", "«Ғарыш Экология» РМК сынақ зертханасы", "")
    n = 0
    for code, p_ru, p_kk, *_ in IMPACT_AREAS:
        start = len(rows)
        for kind_ru, kind_kk, m_ru, m_kk, items, word, s_ru, s_kk, river in AREA_WORKS:
            if river and code not in RIVERS:
                continue
            n += 1
            medium = (m_ru, m_kk)[L] + (f" ({RIVERS[code][L]})" if river else "")
            rows.append([str(n), g(f"РП «{code}» ({p_ru.split(',')[0]})", f"«{code}» құлау ауданы ({p_kk.split(',')[0]})", "") if len(rows) == start else None,
                         (kind_ru, kind_kk)[L], medium, ", ".join(_param(doc, k, key) for k, key in items), (s_ru, s_kk)[L], lab])
            doc.add("monitoring", *({"point_contains": code, ("code" if k == "code" else "symbol"): key, "frequency": word} for k, key in items))
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table(g("Таблица 1 – Виды, объекты и периодичность мониторинга", "1-кесте – Мониторингтің түрлері, объектілері және кезеңділігі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Пробы почвы отбираются послойно (0–5 и 5–20 см) в эпицентре и по лучам на расстоянии 10, 25 и 50 м; фоновая проба – в 2 км.",
            "Топырақ сынамалары эпицентрде және 10, 25 және 50 м қашықтықтағы сәулелер бойынша қабаттап (0–5 және 5–20 см) алынады; фондық сынама – 2 км-де.", ""))
    maybe_distractor(doc)


# (point, place, [(kind, key, VI label)], adjustment stage, stable stage)
VN_TRIAL = (
    ("NT-V", "Nước thải đầu vào trạm xử lý nước thải nhiễm dầu", [("symbol", "pH", "pH"), ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS"),
                                                                   ("symbol", "TPH", "Tổng dầu mỡ khoáng")], True, False),
    ("NT1", "Nước thải sau xử lý, trước khi đấu nối vào hệ thống thoát nước của Cảng", [("symbol", "pH", "pH"), ("symbol", "BOD5", "BOD5"),
     ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS"), ("symbol", "TPH", "Tổng dầu mỡ khoáng"), ("symbol", "Surfactants", "Chất hoạt động bề mặt")], True, True),
    ("KT1", "Khí thải ống thải hangar sơn sau tháp hấp phụ", [("code", "0616", "Xylen"), ("code", "0621", "Toluen"), ("code", "1210", "Butyl axetat"),
                                                              ("code", "2902", "Bụi tổng")], True, True),
)  # fmt: skip


def _monitoring_jc1_vi(doc: Doc) -> None:
    hangar, company, _ = doc.pick(VN_HANGARS)
    doc.h(f"KẾ HOẠCH VẬN HÀNH THỬ NGHIỆM CÔNG TRÌNH XỬ LÝ CHẤT THẢI – {hangar.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Thời gian vận hành thử nghiệm dự kiến từ 01/03/2025 đến 31/07/2025. Giai đoạn điều chỉnh hiệu quả kéo "
          "dài 75 ngày; giai đoạn vận hành ổn định kéo dài 07 ngày liên tiếp.")
    rows = [["TT", "Vị trí lấy mẫu", "Ký hiệu", "Thông số", "Tần suất", None],
            [None, None, None, None, "Giai đoạn điều chỉnh hiệu quả", "Giai đoạn vận hành ổn định"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    for k, (pid, place, items, adjust, stable) in enumerate(VN_TRIAL, 1):
        rows.append([str(k), place, pid, ", ".join(label for _, _, label in items), "15 ngày/lần (05 lần)" if adjust else "-",
                     "01 ngày/lần (07 ngày liên tiếp)" if stable else "-"])
        if adjust:
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": None} for kind, key, _ in items))
        if stable:
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": "daily"} for kind, key, _ in items))
    doc.table("Bảng 2.1. Kế hoạch quan trắc chất thải trong quá trình vận hành thử nghiệm", rows, merges, role="monitoring")
    doc.p("Mẫu nước thải là mẫu tổ hợp; mẫu khí thải được đo trong thời gian phun sơn. Quy chuẩn so sánh: QCVN 40:2011/BTNMT cột B, "
          "QCVN 20:2009/BTNMT, QCVN 19:2009/BTNMT cột B.")
    maybe_distractor(doc)


# (code, sources, frequency, (RU method, KK method))
BY_SUBSTANCE = (
    ("0616", ("0003",), "quarterly", ("инструментальный", "аспаптық")),
    ("1210", ("0003",), "quarterly", ("инструментальный", "аспаптық")),
    ("1401", ("0003",), "quarterly", ("инструментальный", "аспаптық")),
    ("2902", ("0003", "0006"), "quarterly", ("инструментальный", "аспаптық")),
    ("0301", ("0001", "0004"), "quarterly", ("инструментальный", "аспаптық")),
    ("0337", ("0001", "0004"), "quarterly", ("инструментальный", "аспаптық")),
    ("0328", ("0004",), "quarterly", ("инструментальный", "аспаптық")),
    ("2732", ("0004",), "semiannual", ("расчетный", "есептік")),
    ("0203", ("0005",), "monthly", ("инструментальный", "аспаптық")),
    ("0322", ("0005",), "monthly", ("инструментальный", "аспаптық")),
    ("0869", ("0006",), "semiannual", ("инструментальный", "аспаптық")),
)  # fmt: skip
PLANT_SOURCES = (("0001", "котельная (природный газ)", "қазандық (табиғи газ)"), ("0003", "окрасочный ангар № 2", "№ 2 бояу ангары"),
                 ("0004", "испытательная станция двигателей", "қозғалтқыштарды сынау станциясы"),
                 ("0005", "участок гальванопокрытий", "гальваникалық жабындар учаскесі"), ("0006", "участок снятия ЛКП", "ЛБЖ-ны кетіру учаскесі"))


def monitoring_jc2(doc: Doc) -> None:
    """An aircraft repair plant's ПЭК programme laid out by substance rather than by source: a row per pollutant with its code,
    the numbers of the sources where it is measured listed in one cell (`0001, 0004`), the frequency, the method
    (instrumental, or by calculation for kerosene) and the performer, the sources' names only in a sentence above the table
    (VI: a helicopter base's programme, a row per point with its VN-2000 `X (m)` and `Y (m)` in columns of their own, the
    parameters and `03 tháng/lần`, `06 tháng/lần`)."""
    if doc.lang == "vi":
        _monitoring_jc2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа производственного экологического контроля {PLANT[0]} на 2026–2028 годы",
            f"{PLANT[1]} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4.2. Мониторинг эмиссий в атмосферный воздух", "4.2. Атмосфералық ауаға эмиссиялар мониторингі", ""))
    doc.p(g("Контролю подлежат источники: " + "; ".join(f"{n} – {ru}" for n, ru, _ in PLANT_SOURCES) + ". Перечень контролируемых веществ "
            "сформирован по веществам, для которых установлены нормативы допустимых выбросов.",
            "Бақылауға жататын көздер: " + "; ".join(f"{n} – {kk}" for n, _, kk in PLANT_SOURCES) + ". Бақыланатын заттардың тізбесі жол "
            "берілетін шығарындылар нормативтері белгіленген заттар бойынша қалыптастырылды.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Контролируемые источники (№ ИЗА)", "Периодичность контроля", "Метод контроля", "Исполнитель"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Бақыланатын көздер (ЛШК №)", "Бақылау кезеңділігі", "Бақылау әдісі", "Орындаушы"], [])]
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    own = g("инженер-эколог", "инженер-эколог", "")
    pairs = set()
    said = {w: _fw(doc, w) for w in ("monthly", "quarterly", "semiannual")}
    for c, sources, word, method in BY_SUBSTANCE:
        rows.append([c, _air(doc, c), ", ".join(sources), said[word], method[L], own if method[0] == "расчетный" else lab])
        for s in sources:
            doc.add("monitoring", {"source_number": s, "code": c, "frequency": word})
            pairs.add((s, c))
    doc.table(g("Таблица 4.2 – План-график контроля на источниках выбросов", "4.2-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі", ""),
              rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n, _, _ in PLANT_SOURCES))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in sorted(pairs)))
    maybe_distractor(doc)


# (point, place, [(kind, key, VI label)], frequency)
VN_BASE_POINTS = (
    ("NT1", "Nước thải sau bể tách dầu khu rửa trực thăng và kho nhiên liệu", [("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"),
     ("symbol", "COD", "COD"), ("symbol", "TPH", "Tổng dầu mỡ khoáng")], "quarterly"),
    ("KK1", "Không khí tại sân đỗ trực thăng, cuối hướng gió", [("code", "2902", "Bụi TSP"), ("code", "0337", "CO"), ("code", "0301", "NO2"),
     ("code", "0330", "SO2")], "semiannual"),
    ("NN1", "Nước dưới đất tại giếng quan trắc cạnh kho nhiên liệu Jet A-1", [("symbol", "pH", "pH"), ("symbol", "Fe", "Sắt (Fe)"),
     ("symbol", "NH4+", "Amoni (tính theo N)"), ("symbol", "Coliform", "Tổng Coliforms")], "semiannual"),
)  # fmt: skip


def _monitoring_jc2_vi(doc: Doc) -> None:
    r = doc.rng
    base, company = VN_HELI
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ – {base.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Tọa độ các vị trí quan trắc theo hệ VN-2000, kinh tuyến trục 107°45′, múi chiếu 3°.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "X (m)", "Y (m)", "Thông số", "Tần suất"]]
    for k, (pid, place, items, word) in enumerate(VN_BASE_POINTS, 1):
        rows.append([str(k), pid, place, num(1146200 + r.randint(0, 400), "vi"), num(428400 + r.randint(0, 400), "vi"),
                     ", ".join(label for _, _, label in items), freq(doc, word)])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key, _ in items))
    doc.table("Bảng 6.1. Vị trí, thông số và tần suất quan trắc định kỳ", rows, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 40:2011/BTNMT cột B (Kq = 1,0; Kf = 1,2); QCVN 05:2023/BTNMT; QCVN 09:2023/BTNMT.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK object, RU what, KK what, frequency, RU said, KK said, RU who, KK who, RU log, KK log)
HELI_ROUNDS = (
    ("Склад ГСМ (резервуары ТС-1, 2 × 50 м³)", "ЖЖМ қоймасы (ТС-1 резервуарлары, 2 × 50 м³)",
     "герметичность резервуаров и задвижек, обвалование, отсутствие проливов", "резервуарлар мен ысырмалардың саңылаусыздығы, үйінді қоршау, төгілудің болмауы",
     "daily", "ежедневно перед первым вылетом", "күн сайын алғашқы ұшу алдында", "начальник склада ГСМ", "ЖЖМ қоймасының бастығы",
     "журнал осмотра склада ГСМ", "ЖЖМ қоймасын қарау журналы"),
    ("Топливозаправщики ТЗ-22", "ТЗ-22 жанармай құйғыштары", "отсутствие течей, заземление, исправность раздаточных рукавов",
     "ағудың болмауы, жерге тұйықтау, тарату жеңдерінің ақаусыздығы", None, "перед каждой заправкой вертолета", "тікұшаққа әр жанармай құю алдында",
     "водитель-заправщик", "жүргізуші-жанармай құюшы", "путевой лист", "жол парағы"),
    ("Маслобензоуловитель ливневых стоков стоянки", "Тұрақтың нөсер ағындарының май-бензин ұстағышы", "уровень нефтепродуктов и осадка",
     "мұнай өнімдері мен тұнбаның деңгейі", "weekly", "еженедельно по пятницам", "апта сайын жұма күндері", "инженер-эколог", "инженер-эколог",
     "журнал эксплуатации очистных сооружений", "тазарту құрылыстарын пайдалану журналы"),
    ("Площадка мойки вертолетов", "Тікұшақтарды жуу алаңы", "состояние покрытия, работа системы оборотного водоснабжения",
     "жабынның жай-күйі, айналым сумен жабдықтау жүйесінің жұмысы", "monthly", "1 раз в месяц", "айына 1 рет", "инженер по наземному обеспечению",
     "жерүсті қамтамасыз ету жөніндегі инженер", "журнал осмотра", "қарау журналы"),
    ("Аккумуляторная", "Аккумуляторлық", "хранение электролита, работа вентиляции, учет отработанных АКБ",
     "электролитті сақтау, желдетудің жұмысы, пайдаланылған АКБ есебі", "quarterly", "ежеквартально", "тоқсан сайын", "начальник АТБ", "АТБ бастығы",
     "журнал осмотра", "қарау журналы"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "заполнение контейнеров, маркировка, сроки накопления",
     "контейнерлердің толуы, таңбалау, жинақтау мерзімдері", "monthly", "ежемесячно, в последний рабочий день", "ай сайын, соңғы жұмыс күні",
     "инженер-эколог", "инженер-эколог", "журнал учета отходов", "қалдықтарды есепке алу журналы"),
    ("Места стоянки и техобслуживания вертолетов", "Тікұшақтардың тұрағы және техникалық қызмет көрсету орындары",
     "проливы топлива и масел, наличие сорбента", "отын мен майдың төгілуі, сорбенттің болуы", None, "после каждого пролива, не позднее 1 ч",
     "әр төгілуден кейін, 1 сағаттан кешіктірмей", "дежурный техник", "кезекші техник", "акт о проливе", "төгілу туралы акт"),
    ("Вся территория базы", "Базаның бүкіл аумағы", "санитарное состояние, вывоз отходов, озеленение", "санитариялық жай-күйі, қалдықтарды шығару, көгалдандыру",
     "semiannual", "весной и осенью (2 раза в год)", "көктемде және күзде (жылына 2 рет)", "комиссия базы", "база комиссиясы", "акт осмотра", "қарау актісі"),
)  # fmt: skip
VN_HELI_ROUNDS = (
    ("Kho nhiên liệu Jet A-1", "Độ kín bồn, van, đê bao; không rò rỉ", "daily", "Hằng ngày trước chuyến bay đầu tiên", "Thủ kho nhiên liệu", "Sổ kiểm tra kho"),
    ("Xe tra nạp nhiên liệu", "Không rò rỉ, tiếp địa, ống tra nạp", None, "Trước mỗi lần tra nạp cho trực thăng", "Lái xe tra nạp", "Phiếu tra nạp"),
    ("Bể tách dầu nước mưa sân đỗ", "Chiều dày lớp dầu, lượng cặn", "weekly", "Thứ Sáu hằng tuần", "Cán bộ môi trường", "Sổ vận hành bể tách dầu"),
    ("Khu rửa trực thăng", "Mặt sàn, hệ thống tuần hoàn nước rửa", "monthly", "01 tháng/lần", "Tổ phục vụ mặt đất", "Sổ kiểm tra"),
    ("Kho chất thải nguy hại", "Nhãn, gờ chống tràn, thời gian lưu giữ", "monthly", "Ngày làm việc cuối cùng của tháng", "Cán bộ môi trường",
     "Sổ theo dõi CTNH"),
    ("Sân đỗ và khu bảo dưỡng", "Tràn đổ nhiên liệu, dầu; vật liệu thấm hút", None, "Ngay sau mỗi sự cố tràn đổ", "Kỹ thuật viên trực", "Biên bản sự cố"),
    ("Toàn bộ căn cứ", "Vệ sinh, thu gom chất thải, cây xanh", "semiannual", "02 lần/năm (tháng 4 và tháng 10)", "Hội đồng kiểm tra của Công ty",
     "Biên bản kiểm tra"),
)  # fmt: skip


def inspections_jc1(doc: Doc) -> None:
    """A helicopter base's regulation of environmental rounds, `№ | объект | что проверяется | когда | кто | куда
    записывается`, the times tied to the flying day (`ежедневно перед первым вылетом`, `еженедельно по пятницам`, `весной и
    осенью (2 раза в год)`), checks before each refuelling and after each spill with no frequency of the contract, the log
    where the result goes in a last column of look-alike text (VI: a helicopter company's base at Vũng Tàu, `Trước mỗi lần
    tra nạp`, `Ngay sau mỗi sự cố tràn đổ`)."""
    g = doc.v
    if doc.lang == "vi":
        base, company = VN_HELI
        doc.h(f"QUY ĐỊNH KIỂM TRA MÔI TRƯỜNG TẠI {base.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Kết quả kiểm tra được ghi vào hồ sơ nêu tại cột cuối.")
        rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Thời điểm kiểm tra", "Người thực hiện", "Hồ sơ ghi chép"]]
        for k, (obj, what, word, said, who, log) in enumerate(VN_HELI_ROUNDS, 1):
            rows.append([str(k), obj, what, said, who, log])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Danh mục kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(g(f"Регламент экологических обходов вертолетной базы «Боралдай». {HELI[0]}", f"{HELI[1]}. «Боралдай» тікұшақ базасын экологиялық аралау регламенті", ""))
    doc.p(g("Утвержден приказом директора. Обходы проводятся в летные дни; в нелетные дни ежедневные обходы выполняет дежурный техник.",
            "Директордың бұйрығымен бекітілді. Аралау ұшу күндері жүргізіледі; ұшу болмайтын күндері күнделікті аралауды кезекші техник орындайды.", ""))
    rows = [g(["№", "Объект осмотра", "Что проверяется", "Когда проводится", "Кто проводит", "Куда записывается результат"],
              ["№", "Қарау объектісі", "Не тексеріледі", "Қашан жүргізіледі", "Кім жүргізеді", "Нәтиже қайда жазылады"], [])]
    for k, c in enumerate(HELI_ROUNDS, 1):
        obj, what, word, said, who, log = c[L], c[2 + L], c[4], c[5 + L], c[7 + L], c[9 + L]
        rows.append([str(k), obj, what, said, who, log])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Перечень обходов", "1-кесте – Аралаулар тізбесі", ""), rows, role="inspections")
    distractor(doc, "approval")


# (RU object, KK object, RU what, KK what, (out of campaign), (in campaign), RU who, KK who); a frequency part is (word, RU, KK) or None
STATION_CHECKS = (
    ("Хранилище НДМГ (резервуары, азотная подушка)", "НДМГ қоймасы (резервуарлар, азот жастығы)", "давление азота, герметичность, показания газоанализаторов",
     "азот қысымы, саңылаусыздық, газталдағыштардың көрсеткіштері", ("monthly", "ежемесячно", "ай сайын"), ("daily", "ежедневно", "күн сайын"),
     "начальник хранилища", "қойма бастығы"),
    ("Хранилище АТ", "АТ қоймасы", "давление, герметичность арматуры, показания газоанализаторов", "қысым, арматураның саңылаусыздығы, газталдағыштардың көрсеткіштері",
     ("monthly", "ежемесячно", "ай сайын"), ("daily", "ежедневно", "күн сайын"), "начальник хранилища", "қойма бастығы"),
    ("Установка нейтрализации паров (скрубберы)", "Буларды бейтараптандыру қондырғысы (скрубберлер)", "расход и концентрация нейтрализующего раствора",
     "бейтараптандырғыш ерітіндінің шығыны мен концентрациясы", ("quarterly", "ежеквартально", "тоқсан сайын"),
     (None, "перед каждой заправкой РН", "ЗТ-ны әр толтыру алдында"), "инженер-технолог", "инженер-технолог"),
    ("Дренажные емкости и сливные лотки", "Дренаждық ыдыстар мен ағызу науалары", "уровень заполнения, отсутствие проливов", "толу деңгейі, төгілудің болмауы",
     ("monthly", "ежемесячно", "ай сайын"), ("daily", "ежедневно", "күн сайын"), "сменный инженер", "ауысымдық инженер"),
    ("Запас средств ликвидации проливов (гипохлорит кальция, сорбенты)", "Төгілуді жою құралдарының қоры (кальций гипохлориті, сорбенттер)",
     "наличие и сроки годности", "болуы және жарамдылық мерзімдері", ("quarterly", "ежеквартально", "тоқсан сайын"),
     (None, "перед каждой заправкой РН", "ЗТ-ны әр толтыру алдында"), "инженер по ГО и ЧС", "АҚ және ТЖ жөніндегі инженер"),
    ("Установка термического обезвреживания промывочных вод", "Жуынды суларды термиялық залалсыздандыру қондырғысы",
     "режим горения, температура в камере дожигания", "жану режимі, кейін жағу камерасындағы температура", ("monthly", "ежемесячно", "ай сайын"),
     ("weekly", "еженедельно", "апта сайын"), "инженер-эколог", "инженер-эколог"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "тара, маркировка, сроки накопления", "ыдыс, таңбалау, жинақтау мерзімдері",
     ("semiannual", "2 раза в год", "жылына 2 рет"), None, "инженер-эколог", "инженер-эколог"),
)  # fmt: skip
VN_PLANT_CHECKS = (
    ("Trạm xử lý nước thải xi mạ, anod hóa", "pH bể trung hòa 6,5 – 8,5; không tràn bể", "daily", "Hằng ngày (đầu ca 1)", "Tổ vận hành HTXL", "BM-MT-01"),
    ("Tháp hấp thụ hơi axit (ống thải số 1)", "pH dung dịch kiềm ≥ 9; bơm tuần hoàn hoạt động", "daily", "Hằng ngày", "Tổ vận hành HTXL", "BM-MT-02"),
    ("Buồng sơn và tháp than hoạt tính (ống thải số 2)", "Chênh áp qua lớp than ≤ 800 Pa; màng nước liên tục", "weekly", "Thứ Hai hằng tuần",
     "Trưởng xưởng sơn", "BM-MT-03"),
    ("Kho chất thải nguy hại", "Dán nhãn, gờ chống tràn, sổ theo dõi", "monthly", "01 tháng/lần", "Chuyên viên môi trường", "BM-MT-05"),
    ("Kho hóa chất", "Phiếu SDS, bồn rửa mắt, bộ ứng phó tràn đổ", "monthly", "01 tháng/lần", "Phòng EHS", "BM-MT-06"),
    ("Toàn bộ nhà máy", "Đánh giá sự tuân thủ pháp luật về môi trường", "semiannual", "06 tháng/lần", "Ban ISO 14001", "BM-MT-10"),
    ("Khu vực xảy ra tràn đổ hóa chất", "Ứng phó, thu gom, báo cáo sự cố", None, "Ngay khi xảy ra sự cố", "Đội ứng phó sự cố", "BM-MT-11"),
)  # fmt: skip


def inspections_jc2(doc: Doc) -> None:
    """The control at the cosmodrome's fuelling and neutralisation station in and out of a launch campaign: each object's
    check with two frequency columns under a merged header — outside the campaign and during it — so one row gives two
    checks (monthly and daily), a check before each fuelling of the rocket that is no frequency of the contract, and a
    dash where nothing more is done in the campaign (VI: an aircraft parts plant's internal checks, the code of the form
    each check is recorded on `BM-MT-05` in a last column, a check at each spill without a frequency)."""
    g = doc.v
    if doc.lang == "vi":
        plant, company = VN_PARTS
        doc.h(f"QUY TRÌNH KIỂM TRA NỘI BỘ VỀ MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"Mã tài liệu: QT-EHS-07, lần ban hành 03. Áp dụng tại {company}; kết quả kiểm tra ghi vào biểu mẫu tương ứng và lưu tại Phòng EHS.")
        rows = [["TT", "Hạng mục kiểm tra", "Tiêu chí đạt", "Tần suất", "Người kiểm tra", "Biểu mẫu"]]
        for k, (obj, what, word, said, who, form) in enumerate(VN_PLANT_CHECKS, 1):
            rows.append([str(k), obj, what, said, who, form])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung và tần suất kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(g(f"График производственного контроля заправочно-нейтрализационной станции (площадка № 91). {STATION[0]}",
            f"{STATION[1]}. Толтыру-бейтараптандыру станциясының (№ 91 алаң) өндірістік бақылау кестесі", ""))
    doc.p(g("Пусковая кампания – период от начала подготовки РН на техническом комплексе до завершения нейтрализации систем после пуска "
            "(как правило, 25–30 суток). Даты кампаний доводятся приказом.",
            "Ұшыру науқаны – техникалық кешенде ЗТ-ны дайындау басталғаннан бастап ұшырудан кейін жүйелерді бейтараптандыру аяқталғанға "
            "дейінгі кезең (әдетте 25–30 тәулік). Науқан күндері бұйрықпен жеткізіледі.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", None, "Кто проверяет"],
              ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", None, "Кім тексереді"], []),
            g([None, None, None, "вне пусковой кампании", "в период пусковой кампании", None],
              [None, None, None, "ұшыру науқанынан тыс", "ұшыру науқаны кезеңінде", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, c in enumerate(STATION_CHECKS, 1):
        obj, what, out, inside, who = c[L], c[2 + L], c[4], c[5], c[6 + L]
        rows.append([str(k), obj, what, out[1 + L], inside[1 + L] if inside else "–", who])
        for part in (out, inside):
            if part is None:
                continue
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if part[0]:
                item["frequency"] = part[0]
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – Периодичность контроля", "1-кесте – Бақылау кезеңділігі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU task, KK task, RU volume, KK volume, RU term, KK term, executor key)
FALL_PLAN = (
    ("Поиск, обнаружение и оцепление места падения", "Құлау орнын іздеу, табу және қоршау", "1 место падения", "1 құлау орны",
     "Т+1 сут.", "Т+1 тәул.", "search"),
    ("Отбор проб почвы и снега на содержание НДМГ", "НДМГ құрамына топырақ пен қар сынамаларын алу", "12 проб", "12 сынама", "Т+3 сут.", "Т+3 тәул.", "lab"),
    ("Сбор, фрагментирование и вывоз фрагментов отделяющейся части", "Бөлінетін бөліктің фрагменттерін жинау, бөлшектеу және шығару", "≈ 7 т", "≈ 7 т",
     "в течение 10 сут.", "10 тәулік ішінде", "station"),
    ("Детоксикация загрязненного грунта раствором гипохлорита кальция", "Ластанған топырақты кальций гипохлориті ерітіндісімен детоксикациялау",
     "0,6 га", "0,6 га", "в течение 15 сут. после получения результатов анализов", "талдау нәтижелерін алғаннан кейін 15 тәулік ішінде", "station"),
    ("Снятие и вывоз загрязненного грунта на термическое обезвреживание", "Ластанған топырақты алу және термиялық залалсыздандыруға шығару",
     "40 м³", "40 м³", "до 30.06.2025", "30.06.2025 дейін", "waste"),
    ("Рекультивация нарушенных земель (засыпка воронки, посев многолетних трав)", "Бұзылған жерлерді рекультивациялау (шұңқырды көму, көпжылдық шөп егу)",
     "0,8 га", "0,8 га", "до 30.09.2025", "30.09.2025 дейін", "station"),
    ("Контрольный отбор проб почвы после рекультивации", "Рекультивациядан кейін топырақтың бақылау сынамаларын алу", "6 проб", "6 сынама",
     "через 1 месяц после рекультивации", "рекультивациядан 1 ай өткен соң", "lab"),
    ("Возмещение ущерба землепользователю по акту оценки", "Бағалау актісі бойынша жер пайдаланушыға залалды өтеу", "–", "–",
     "до 31.12.2025", "31.12.2025 дейін", "operator"),
)  # fmt: skip
FALL_EXECUTORS = {
    "search": (f"поисково-эвакуационная группа {STATION[0]}", f"{STATION[1]} іздеу-эвакуациялау тобы", ("поисково-эвакуационная", "іздеу-эвакуациялау")),
    "lab": ("испытательная лаборатория РГП «Ғарыш Экология»", "«Ғарыш Экология» РМК сынақ зертханасы", ("испытательная лаборатория", "сынақ зертханасы")),
    "station": (STATION[0], STATION[1], ("Ғарыш Техникалық Сервис", "Ғарыш Техникалық Сервис")),
    "waste": ("ТОО «Экопром-Центр»", "«Экопром-Центр» ЖШС", ("Экопром-Центр", "Экопром-Центр")),
    "operator": (OPERATOR_SPACE[0], OPERATOR_SPACE[1], ("Ғарыш Экология", "Ғарыш Экология")),
}


def tasks_jc1(doc: Doc) -> None:
    """The plan of clearing up after the fall of a spent first stage, its measures numbered `1` … `8`, the place (the impact
    area and the fall site's coordinates) merged down the third column, the volume of work (`12 проб`, `40 м³`, `0,6 га`)
    before the terms, which count from the fall (`Т+3 сут.`, `в течение 10 сут.`) or are dates, and the executor — a search
    group, a laboratory, a contractor, the state enterprise (VI: a hangar's plan of meeting its environmental permit, the
    permit's requirement and the clause it stands in (`Mục 2.3 Phụ lục 1`) before the action, the term and the unit)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jc1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    code_area, _, _, _, lat0, lon0, *_ = doc.pick(IMPACT_AREAS)
    date = doc.pick(FALL_DATES[:2])  # the plan's dates (30.06, 30.09) follow a fall in spring
    lat = _dm(lat0 + r.uniform(-0.08, 0.08), True, doc.lang)[0]
    lon = _dm(lon0 + r.uniform(-0.12, 0.12), False, doc.lang)[0]
    doc.p(g(f"УТВЕРЖДАЮ: директор {OPERATOR_SPACE[0]}", f"БЕКІТЕМІН: {OPERATOR_SPACE[1]} директоры", ""))
    doc.h(g(f"План мероприятий по ликвидации последствий падения первой ступени РН «Протон-М» (пуск {date}) в районе падения «{code_area}»",
            f"«{code_area}» құлау ауданында «Протон-М» ЗТ бірінші сатысының ({date} ұшыру) құлау салдарын жою жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Т – дата и время падения отделяющейся части по данным баллистической службы.",
            "Т – баллистикалық қызмет деректері бойынша бөлінетін бөліктің құлау күні мен уақыты.", ""))
    rows = [g(["№ п/п", "Мероприятие", "Место проведения", "Объем работ", "Срок исполнения", "Исполнитель"],
              ["Р/с №", "Іс-шара", "Өткізілетін орны", "Жұмыс көлемі", "Орындау мерзімі", "Орындаушы"], [])]
    place = g(f"РП «{code_area}», место падения {lat}; {lon}", f"«{code_area}» құлау ауданы, құлау орны {lat}; {lon}", "")
    for k, (t_ru, t_kk, v_ru, v_kk, s_ru, s_kk, who) in enumerate(FALL_PLAN, 1):
        e_ru, e_kk, keys = FALL_EXECUTORS[who]
        text = (t_ru, t_kk)[L]
        rows.append([str(k), text, place if k == 1 else None, (v_ru, v_kk)[L], (s_ru, s_kk)[L], (e_ru, e_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": keys[L]})
    doc.table(None, rows, [(1, 2, len(rows) - 1, 2)], role="tasks")
    maybe_distractor(doc)


# (requirement, clause, action, term, unit)
VN_PERMIT_PLAN = (
    ("Đo lưu lượng nước thải đầu ra", "Mục 2.3 Phụ lục 1", "Lắp đồng hồ đo lưu lượng điện từ tại hố ga NT1", "Quý I/2025", "Phòng Kỹ thuật Cơ sở hạ tầng"),
    ("Duy trì hiệu quả tháp hấp phụ hangar sơn", "Mục 2.2 Phụ lục 2", "Thay toàn bộ than hoạt tính tháp hấp phụ định kỳ 06 tháng", "Tháng 3 và tháng 9/2025",
     "Xưởng Sơn tàu bay"),
    ("Kho lưu giữ CTNH đáp ứng yêu cầu kỹ thuật", "Mục 1 Phụ lục 4", "Xây gờ chống tràn, lắp biển cảnh báo, bổ sung vật liệu thấm hút", "Tháng 2/2025",
     "Phòng Hành chính – Quản trị"),
    ("Phòng ngừa, ứng phó sự cố môi trường", "Mục 4 Phụ lục 5", "Ban hành kế hoạch ứng phó sự cố tràn dầu, tràn hóa chất và diễn tập", "Tháng 6/2025",
     "Phòng An toàn – Chất lượng"),
    ("Quan trắc định kỳ", "Mục 3 Phụ lục 1", "Ký hợp đồng quan trắc định kỳ với đơn vị có chứng nhận VIMCERTS", "Tháng 1/2025", "Phòng An toàn – Chất lượng"),
    ("Báo cáo công tác bảo vệ môi trường", "Khoản 3 Điều 4", "Lập và gửi báo cáo công tác bảo vệ môi trường năm 2024", "Trước ngày 31/01/2025",
     "Phòng An toàn – Chất lượng"),
)  # fmt: skip


def _tasks_jc1_vi(doc: Doc) -> None:
    r = doc.rng
    hangar, company, _ = doc.pick(VN_HANGARS)
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC YÊU CẦU CỦA GIẤY PHÉP MÔI TRƯỜNG NĂM 2025 – {hangar.upper()}")
    doc.p(f"Căn cứ Giấy phép môi trường số {r.randint(100, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024 cấp cho {company}.")
    rows = [["TT", "Yêu cầu của giấy phép", "Điều khoản", "Nội dung thực hiện", "Thời hạn", "Đơn vị thực hiện"]]
    for k, (req, clause, action, term, unit) in enumerate(VN_PERMIT_PLAN, 1):
        rows.append([str(k), req, clause, action, term, unit])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(action, 5), "actor_contains": unit})
    doc.table("Phụ lục. Kế hoạch thực hiện", rows, role="tasks")
    maybe_distractor(doc)


# (RU process, KK process, (RU, KK) substance (CAS), RU substitute, KK substitute, RU measure, KK measure, RU term, KK term, RU who, KK who, RU status, KK status)
SUBSTITUTION = (
    ("Твердое хромирование деталей шасси", "Шасси бөлшектерін қатты хромдау", ("хрома (VI) оксид (1333-82-0)", "хром (VI) оксиді (1333-82-0)"), "HVOF-напыление WC-Co", "WC-Co HVOF бүркуі",
     "Внедрить участок газопламенного напыления HVOF взамен ванн твердого хромирования", "Қатты хромдау ванналарының орнына HVOF газжалынды бүрку учаскесін енгізу",
     "IV кв. 2027 г.", "2027 ж. IV тоқсан", "главный технолог", "бас технолог", "проектирование", "жобалау"),
    ("Анодирование алюминиевых сплавов", "Алюминий қорытпаларын анодтау", ("хромовый ангидрид (1333-82-0)", "хром ангидриді (1333-82-0)"), "тонкослойное сернокислотное анодирование",
     "жұқа қабатты күкірт қышқылды анодтау", "Перевести анодирование на сернокислотный процесс (TSA)", "Анодтауды күкірт қышқылды процеске (TSA) көшіру",
     "II кв. 2026 г.", "2026 ж. II тоқсан", "начальник гальванического цеха", "гальваникалық цех бастығы", "в работе", "орындалуда"),
    ("Грунтование деталей планера", "Планер бөлшектерін праймерлеу", ("хромат стронция (7789-06-2)", "стронций хроматы (7789-06-2)"), "бесхроматные эпоксидные грунтовки", "хроматсыз эпоксидті праймерлер",
     "Согласовать с разработчиком вертолетов применение бесхроматных грунтовок", "Тікұшақтарды әзірлеушімен хроматсыз праймерлерді қолдануды келісу",
     "2026–2027 гг.", "2026–2027 жж.", "отдел главного конструктора", "бас конструктор бөлімі", "переписка", "хат алмасу"),
    ("Кадмирование крепежа", "Бекіткіштерді кадмийлеу", ("кадмий (7440-43-9)", "кадмий (7440-43-9)"), "покрытие цинк-никель", "мырыш-никель жабыны",
     "Провести квалификационные испытания покрытия цинк-никель", "Мырыш-никель жабынына біліктілік сынақтарын жүргізу", "III кв. 2026 г.", "2026 ж. III тоқсан",
     "центральная заводская лаборатория", "орталық зауыт зертханасы", "не начато", "басталған жоқ"),
    ("Снятие лакокрасочных покрытий", "Лак-бояу жабындарын кетіру", ("дихлорметан (75-09-2)", "дихлорметан (75-09-2)"), "пластиковая дробь", "пластик бытыра",
     "Приобрести установку снятия покрытий пластиковой дробью", "Пластик бытырамен жабындарды кетіру қондырғысын сатып алу", "I кв. 2027 г.", "2027 ж. I тоқсан",
     "главный механик", "бас механик", "закупка", "сатып алу"),
    ("Обезжиривание деталей", "Бөлшектерді майсыздандыру", ("трихлорэтилен (79-01-6)", "трихлорэтилен (79-01-6)"), "водные щелочные растворы", "сулы сілтілік ерітінділер",
     "Заменить трихлорэтилен водными моющими растворами в ваннах обезжиривания", "Майсыздандыру ванналарында трихлорэтиленді сулы жуғыш ерітінділермен ауыстыру",
     "2025 г.", "2025 ж.", "начальник гальванического цеха", "гальваникалық цех бастығы", "выполнено", "орындалды"),
)  # fmt: skip


def tasks_jc2(doc: Doc) -> None:
    """An aircraft repair plant's plan of replacing chromates, cadmium and chlorinated solvents: a row per process with the
    hazardous substance and its CAS number, the substitute, then the measure, the term, the one who answers and a status
    column (`в работе`, `выполнено`) — the CAS numbers as look-alikes of item numbers (VI: an aircraft parts plant's
    environmental programme of ISO 14001, the objective and its target merged down over their actions `1.1`, `1.2`, the
    responsible unit, the term and the money)."""
    if doc.lang == "vi":
        _tasks_jc2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"План замещения опасных химических веществ на 2025–2027 годы. {PLANT[0]}", f"{PLANT[1]}. 2025–2027 жылдарға арналған қауіпті химиялық заттарды алмастыру жоспары", ""))
    doc.p(g("План разработан по итогам экологического аудита и требований заказчиков к исключению соединений шестивалентного хрома и кадмия.",
            "Жоспар экологиялық аудит қорытындылары және тапсырыс берушілердің алты валентті хром мен кадмий қосылыстарын алып тастау жөніндегі "
            "талаптары бойынша әзірленді.", ""))
    rows = [g(["№", "Процесс", "Опасное вещество (CAS)", "Заменитель", "Мероприятие", "Срок", "Ответственный", "Статус на 01.01.2026"],
              ["№", "Процесс", "Қауіпті зат (CAS)", "Алмастырғыш", "Іс-шара", "Мерзімі", "Жауапты", "01.01.2026 жағдай"], [])]
    for k, c in enumerate(SUBSTITUTION, 1):
        measure, who = c[5 + L], c[9 + L]
        rows.append([str(k), c[L], c[2][L], c[3 + L], measure, c[7 + L], who, c[11 + L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


# (objective, target, [(action, responsible, term, million đồng)])
ISO_PROGRAMME = (
    ("Giảm phát thải VOC từ buồng sơn", "Giảm 20 % lượng dung môi sử dụng so với năm 2024", [
        ("Chuyển sang sơn gốc nước cho chi tiết nội thất khoang khách", "Phòng Kỹ thuật", "Quý II/2025", "350"),
        ("Trang bị súng phun HVLP cho toàn bộ buồng sơn", "Xưởng Sơn", "Quý I/2025", "220")]),
    ("Giảm lượng bùn thải xi mạ", "Giảm 15 % khối lượng bùn thải nguy hại", [
        ("Lắp hệ thống thu hồi axit bằng màng thẩm tách", "Phòng Bảo trì", "Quý III/2025", "1.200"),
        ("Thay túi lọc bùn bằng máy ép bùn khung bản", "Phòng Bảo trì", "Quý IV/2025", "680")]),
    ("Tiết kiệm nước", "Giảm 10 % lượng nước cấp trên một đơn vị sản phẩm", [
        ("Cải tạo bể rửa thành hệ thống rửa tràn ngược dòng 3 bậc", "Xưởng Xử lý bề mặt", "Quý II/2025", "540"),
        ("Tái sử dụng nước thải RO cho nhà vệ sinh và tưới cây", "Phòng Hành chính", "Quý III/2025", "160")]),
    ("Nâng cao nhận thức môi trường", "100 % công nhân trực tiếp được đào tạo", [
        ("Đào tạo phân loại chất thải tại nguồn cho công nhân mới", "Phòng EHS", "Hằng quý", "40")]),
)  # fmt: skip


def _tasks_jc2_vi(doc: Doc) -> None:
    plant, company = VN_PARTS
    doc.h(f"CHƯƠNG TRÌNH QUẢN LÝ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}, thuộc Hệ thống quản lý môi trường theo ISO 14001:2015.")
    rows = [["Mục tiêu", "Chỉ tiêu", "TT", "Hành động", "Trách nhiệm", "Thời hạn", "Kinh phí (triệu đồng)"]]
    merges = []
    for s, (goal, target, actions) in enumerate(ISO_PROGRAMME, 1):
        start = len(rows)
        for k, (action, who, term, money) in enumerate(actions, 1):
            rows.append([f"MT{s}. {goal}" if k == 1 else None, target if k == 1 else None, f"{s}.{k}", action, who, term, money])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(action, 5), "actor_contains": who})
        if len(actions) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 1. Mục tiêu, chỉ tiêu và chương trình hành động", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JC{k}", globals()[f"{role}_jc{k}"]) for role in ROLES for k in (1, 2)]
