"""The thirty-sixth blind set's part IN (two layouts per role, `IN1` and `IN2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.696 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: the disposal of dead animals and human remains, and rendering. Kazakhstan: the cattle burial grounds (скотомогильники,
Beccari biothermal pits) of district veterinary stations in Almaty, Karaganda and North Kazakhstan oblasts with their
veterinary incinerators, coal boilers and disinfection barriers, rendering plants near Almaty, Astana and Kostanay making
meat-and-bone meal and technical fat, the city crematoria of Almaty and Astana with their cemeteries' gas boiler houses, and
the oblast akimat over them (a burial ground's veterinary-sanitary passport, an application for a КЭР, a declaration of
impact, an НДВ list, a waste programme computed from norms, a report of transfer acts, a ПЭК report on odours at the
protection zone, a protocol of the wells around a burial ground, the conditions annexed to a permit, a plan-graph with
coordinates, a check-list, a programme of internal control, the minutes of an akimat's meeting, a plan of corrective actions
on complaints). Vietnam: fish and bone meal plants of the Mekong delta, provincial crematoria (đài hóa thân, lò hỏa táng) in
Thái Nguyên, Nghệ An and Quảng Ngãi, slaughterhouses with waste incinerators, pits where pigs culled for African swine fever
were buried, and the provincial Chi cục Chăn nuôi và Thú y that checks them (biên bản kiểm tra điều kiện vệ sinh thú y, văn
bản đề nghị cấp GPMT, báo cáo đề xuất cấp GPMT, ĐTM, báo cáo công tác bảo vệ môi trường, kết quả quan trắc, GPMT annex,
chương trình quan trắc, kế hoạch kiểm tra, quy trình kiểm tra, thông báo kết luận, kế hoạch khắc phục). Every firm, person
and figure is invented; the pollutant and waste codes are real.

Facility: a burial ground's passport typed into a table of one column, each line `label: value`, the pit's centre in degrees
and decimal minutes as a GPS navigator shows them (`N 43°02,418′ E 79°14,735′`) beside the same notation for the nearest
anthrax burial site, the registration and cadastral numbers as look-alikes, the burials by year in a table of no role (VI:
the Chi cục's record of checking a fish meal plant in the same one-column form, the veterinary grade `Xếp loại: B` beside
the environmental group) (IN1); a rendering plant's application for a КЭР whose applicant and object are two tables — the
legal address's KATO and the founder's BIN in the first, the object's KATO, coordinates with a decimal point, OKED and
category I in the second — the capacities in a table of no role (VI: a crematorium's application letter, owner and
crematorium in two tables, a ten-digit project code beside the enterprise number, latitude and longitude on two rows) (IN2).

Emissions: a veterinary station's declared emissions as a matrix of sources by substances, the hazard class in a second
header row, each cell holding the grams a second above the tonnes a year on two lines, dashes, a total row (VI: a
slaughterhouse's incinerator, boiler, generator and lairage in the same matrix, no source numbers) (IN1); a crematorium's
list whose two identical cremators share the row group `0001, 0002` with figures for each stack, mercury in plain decimals and
dioxins as `2,4·10⁻¹⁰`, a total counting both cremators (VI: a fish meal plant's two identical drying lines on one row group
`tính cho mỗi ống`, methyl mercaptan and trimethylamine) (IN2).

Wastes: a veterinary station's calculation of wastes whose source-data column is full of other figures (tonnes burnt,
thousands of vaccinations, kilograms of disinfectant, ash content, staff), the tonnes last, the animals destroyed by species
in a table of no role (VI: a slaughterhouse's forecast under two group rows, ordinary without codes, CTNH with codes) (IN1);
a crematorium's and cemetery's transfer acts grouped under a row per waste, each group closed by `Итого за 2025 год` — the
amount — and a note that the ashes given to relatives are no waste (VI: CTNH by the numbers of their papers and ordinary
wastes by hand-over records, kilograms, `Cộng`) (IN2).

Limits: a rendering plant's odorous substances on the boundary of its protection zone, the ПДК written only in the row
spanning the table that names each substance, the points `Т-1 (север)` … as rows, quarters as columns, a last column of
shares of the ПДК, `< 0,003` below detection, a quarter not sampled at one point (VI: a fish meal plant's air against QCVN
06:2009/BTNMT in the same form, µg/m3) (IN1); a laboratory protocol of the wells around a burial ground, the background and
two downstream wells as columns, a last column of the ratio of a well to the background, coliforms with `отсутствие` giving
no limit (VI: household wells around a pit of pigs culled for African swine fever against QCVN 09-MT:2015/BTNMT, `KPH`) (IN2).

Monitoring: the conditions annexed to a crematorium's permit as sentences in a `№ | условие | основание` table, the
sources, points, substances and frequencies written out in words, beside conditions with no pollutant, reporting and waste
duties (VI: the annex of a crematorium's GPMT, `KT1`, `KT2`, `NT1`, dioxins yearly) (IN1); a rendering plant's plan-graph
whose sources and points carry latitude and longitude in two columns, the substances of the sources as bare codes after the
gas parameters, fats without a key in the sewer well's list (VI: VN-2000 metres `X`, `Y`, the same outfall periodic and
continuous) (IN2).

Inspections: a veterinary station's blank check-list with empty columns to tick, items `1.1` under section rows, checks
after floods, at each opening of the pit and in each burning cycle without a frequency of the contract (VI: the Chi cục's
plan of checking the province's slaughterhouses, rendering plant and incinerator, each facility's grade `A`, `B`, `C` in a
column and the frequency of each grade only in the note under the table, the burial pits after heavy rains) (IN1); a
crematorium's programme of internal control with codes `ТО-1` …, a column of criteria full of figures that are no limits
(`не ниже 850 °C`, `20–40 Па`, `±5 %`), the lining checked every 500 cremations (VI: `KT-01` …, `≥ 1.050 °C`) (IN2).

Tasks: the minutes of an oblast deputy akim's meeting, the body that acts named only at the head of each instruction (RU in
the dative, KK in the nominative), a rendering plant and a recommendation to the Department of Ecology among them, a
`Контроль` column of officials who watch and do not act (VI: a provincial vice-chairman's concluding notice, `Đơn vị theo
dõi, đôn đốc` the office of the People's Committee) (IN1); a rendering plant's plan of corrective actions on residents'
complaints about its smell, the complaint's registration number and date, its subject and the cause found before the action,
the responsible, the term and a mark of execution (VI: complaints to the province's hotline `PA-…/2025`) (IN2).
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
    """A nine-digit KATO code of the oblast or city `prefix`."""
    r = doc.rng
    return f"{prefix}{r.randint(1000, 9999)}{r.choice(('000', '100', '300'))}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _dmm(value: float, lat: bool) -> tuple[str, float]:
    """`N 43°02,418′` as a GPS navigator shows it, and the decimal degrees it stands for."""
    d = int(value)
    m = round((value - d) * 60, 3)
    text = f"{'N' if lat else 'E'} {d}°{m:06.3f}′".replace(".", ",")
    return text, d + m / 60


SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _tiny(x: float, lang: str) -> str:
    """A very small figure as a typed report writes it: `2,4·10⁻¹⁰`."""
    mant, exp = f"{x:.1e}".split("e")
    return f"{mant.replace('.', ',')}·10{str(int(exp)).translate(SUP)}" if lang != "vi" else f"{mant.replace('.', ',')}×10{str(int(exp)).translate(SUP)}"


# code: (RU, KK, VI, hazard class as the list of Kazakhstan prints it) of pollutants the vocabulary does not name
EXTRA = {
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап (металл сынабы)", "Thủy ngân (Hg)", 1),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", 4),
    "1862": ("Триметиламин", "Триметиламин", "Trimetylamin ((CH3)3N)", 4),
    "3620": ("Диоксины (в пересчете на 2,3,7,8-тетрахлордибензо-1,4-диоксин)", "Диоксиндер (2,3,7,8-тетрахлордибензо-1,4-диоксинге шаққанда)",
             "Tổng Dioxin/Furan (PCDD/PCDF)", 1),
    "2913": ("Пыль мясокостной муки (в пересчете на белок)", "Ет-сүйек ұнының шаңы (ақуызға шаққанда)", "Bụi bột thịt xương", None),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- the places of the theme

# district veterinary stations with a cattle burial ground: (RU station, KK station, RU district, KK district, RU village,
# KK village, RU oblast, KK oblast, KATO prefix, lat, lon, RU water body, KK water body)
STATIONS = (
    ("КГП на ПХВ «Ветеринарная станция Райымбекского района» управления ветеринарии Алматинской области",
     "Алматы облысы ветеринария басқармасының «Райымбек ауданының ветеринариялық станциясы» ШЖҚ КМК",
     "Райымбекский район", "Райымбек ауданы", "Текес", "Текес", "Алматинская область", "Алматы облысы", "19", 42.861, 80.071,
     "р. Текес", "Текес өзені"),
    ("КГП на ПХВ «Ветеринарная станция Шетского района» управления ветеринарии Карагандинской области",
     "Қарағанды облысы ветеринария басқармасының «Шет ауданының ветеринариялық станциясы» ШЖҚ КМК",
     "Шетский район", "Шет ауданы", "Аксу-Аюлы", "Ақсу-Аюлы", "Карагандинская область", "Қарағанды облысы", "35", 48.772, 73.681,
     "р. Талды", "Талды өзені"),
    ("КГП на ПХВ «Ветеринарная станция Аккайынского района» управления ветеринарии Северо-Казахстанской области",
     "Солтүстік Қазақстан облысы ветеринария басқармасының «Аққайың ауданының ветеринариялық станциясы» ШЖҚ КМК",
     "Аккайынский район", "Аққайың ауданы", "Смирново", "Смирново", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "59",
     54.512, 69.423, "оз. Жаманколь", "Жаманкөл көлі"),
)  # fmt: skip

# rendering plants: (RU operator, KK operator, RU legal address, KK legal address, KATO prefix of the legal address, RU site,
# KK site, KATO prefix of the site, lat, lon, tonnes of raw material a day, RU founder, KK founder)
RENDER = (
    ("ТОО «Алатау Биопродукт»", "«Алатау Биопродукт» ЖШС", "г. Алматы, Медеуский район, пр. Достык, 132, офис 14",
     "Алматы қ., Медеу ауданы, Достық даңғ., 132, 14-кеңсе", "75", "Алматинская область, Илийский район, с. Жетыген, промышленная зона, участок 7",
     "Алматы облысы, Іле ауданы, Жетіген ауылы, өнеркәсіптік аймақ, 7-учаске", "19", 43.672, 77.103, 40, "ТОО «Жетісу Агрохолдинг»",
     "«Жетісу Агрохолдинг» ЖШС"),
    ("ТОО «Есіл Утиль Агро»", "«Есіл Утиль Агро» ЖШС", "г. Астана, район Есиль, ул. Сыганак, 18, н.п. 5",
     "Астана қ., Есіл ауданы, Сығанақ к-сі, 18, 5-т.е.ж.", "71", "Акмолинская область, Целиноградский район, с. Караоткель, промзона",
     "Ақмола облысы, Целиноград ауданы, Қараөткел ауылы, өнеркәсіптік аймақ", "11", 51.112, 71.262, 30, "ТОО «Сарыарқа Ет Өнімдері»",
     "«Сарыарқа Ет Өнімдері» ЖШС"),
    ("ТОО «Тобыл Рендеринг»", "«Тобыл Рендеринг» ЖШС", "г. Костанай, ул. Байтурсынова, 65, офис 3", "Қостанай қ., Байтұрсынов к-сі, 65, 3-кеңсе",
     "39", "Костанайская область, Костанайский район, п. Затобольск, Промышленная зона, 12",
     "Қостанай облысы, Қостанай ауданы, Затобол кенті, Өнеркәсіптік аймақ, 12", "39", 53.198, 63.683, 25, "ТОО «Қостанай Мит Групп»",
     "«Қостанай Мит Групп» ЖШС"),
)  # fmt: skip

# city crematoria with the cemetery's boiler house: (RU name, KK name, RU operator, KK operator, RU city, KK city)
CREMATORIA = (
    ("Крематорий города Алматы (кладбище «Кенсай-2»)", "Алматы қаласының крематорийі («Кенсай-2» зираты)",
     "ГКП на ПХВ «Алматы Ритуал Қызметі» акимата города Алматы", "Алматы қаласы әкімдігінің «Алматы Ритуал Қызметі» ШЖҚ МКК",
     "Алматы", "Алматы"),
    ("Крематорий города Астаны (кладбище «Мемориал-Нұра»)", "Астана қаласының крематорийі («Мемориал-Нұра» зираты)",
     "ТОО «Мәңгі Жад Мемориал»", "«Мәңгі Жад Мемориал» ЖШС", "Астаны", "Астана"),
)  # fmt: skip

# Vietnamese fish and bone meal plants: (plant, company, place, lat, lon, province)
VN_RENDER = (
    ("Nhà máy chế biến bột cá Bình Đại", "Công ty TNHH Thức ăn Chăn nuôi Hải Phát", "xã Bình Đại, tỉnh Vĩnh Long", 10.181, 106.702, "Vĩnh Long"),
    ("Nhà máy bột cá và dầu cá Sông Đốc", "Công ty Cổ phần Chế biến Phụ phẩm Thủy sản Sông Đốc", "xã Sông Đốc, tỉnh Cà Mau", 9.041, 104.832,
     "Cà Mau"),
    ("Nhà máy chế biến bột cá, bột thịt xương Tắc Cậu", "Công ty TNHH Chế biến Phụ phẩm Tắc Cậu", "xã Châu Thành, tỉnh An Giang", 9.962,
     105.101, "An Giang"),
)  # fmt: skip

# Vietnamese provincial crematoria: (name, company, place, lat, lon, province, company's head office)
VN_CREM = (
    ("Đài hóa thân Vĩnh Hằng Thái Nguyên", "Công ty Cổ phần Dịch vụ Tang lễ An Bình", "phường Tích Lương, tỉnh Thái Nguyên", 21.552, 105.853,
     "Thái Nguyên", "số 18 phố Trần Duy Hưng, phường Yên Hòa, thành phố Hà Nội"),
    ("Cơ sở hỏa táng Hoa Viên Nghệ An", "Công ty TNHH Công viên Nghĩa trang Hoa Viên Xứ Nghệ", "xã Hưng Nguyên, tỉnh Nghệ An", 18.672, 105.637,
     "Nghệ An", "số 25 đường Lê Hồng Phong, phường Thành Vinh, tỉnh Nghệ An"),
    ("Đài hóa thân Thiên Phúc Quảng Ngãi", "Công ty Cổ phần Đầu tư Nghĩa trang Thiên Phúc", "phường Trương Quang Trọng, tỉnh Quảng Ngãi", 15.148,
     108.832, "Quảng Ngãi", "số 86 đường Nguyễn Văn Linh, phường Hải Châu, thành phố Đà Nẵng"),
)  # fmt: skip

# Vietnamese slaughterhouses with a waste incinerator: (name, company, place)
VN_SLAUGHTER = (
    ("Cơ sở giết mổ gia súc, gia cầm tập trung Phú Bình", "Công ty TNHH Thực phẩm Phú Bình", "xã Phú Bình, tỉnh Thái Nguyên"),
    ("Lò giết mổ gia súc tập trung Tân Thành", "Công ty Cổ phần Chế biến Thực phẩm Tân Thành", "xã Tân Thành, tỉnh Đồng Nai"),
    ("Cơ sở giết mổ tập trung Đức Hòa", "Công ty TNHH Giết mổ Đức Hòa", "xã Đức Hòa, tỉnh Tây Ninh"),
)  # fmt: skip


# ---------------------------------------------------------------- facility


def facility_in1(doc: Doc) -> None:
    """The veterinary-sanitary passport of a district's cattle burial ground (a Beccari biothermal pit) typed into a table
    of ONE column, each row a filled-in line of the form with its label and value in the same cell (`6. Балансодержатель:
    …, БИН …`), the registration number of the burial ground and the cadastral number as look-alikes, the centre of the pit
    in degrees and decimal minutes as a GPS navigator shows them (`N 43°02,418′ E 79°14,735′`) while the nearest anthrax
    burial site 3–4 km away carries coordinates of the same form in its own line, the category in the last line but one;
    the burials by year and species in a table of no role (VI: a provincial Chi cục Chăn nuôi và Thú y's record of checking
    a fish meal plant, the same one-column lines, the plant's veterinary grade `Xếp loại: B` as a look-alike of the
    environmental group, the results of the check in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_in1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(STATIONS)
    station, district, village, oblast, prefix, lat0, lon0, water = s[L], s[2 + L], s[4 + L], s[6 + L], s[8], s[9], s[10], s[11 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_s, lat = _dmm(lat0 + r.uniform(-0.01, 0.01), True)
    lon_s, lon = _dmm(lon0 + r.uniform(-0.01, 0.01), False)
    sy_lat, _ = _dmm(lat0 + r.uniform(0.02, 0.035), True)
    sy_lon, _ = _dmm(lon0 - r.uniform(0.02, 0.035), False)
    reg = f"{prefix}-{r.randint(1, 12):02d}-{r.randint(1, 40):03d}"
    cad = f"{prefix}-{r.randint(100, 399)}-{r.randint(10, 99)}-{r.randint(100, 999)}"
    dist = num(round(r.uniform(1.2, 3.5), 1), doc.lang)
    opened, rebuilt = r.randint(1972, 1994), r.randint(2016, 2023)
    vet = doc.pick(("Ахметов Б.К.", "Сулейменова Г.Т.", "Оспанов Д.Е."))
    doc.p(g("Приложение 5 к Ветеринарным (ветеринарно-санитарным) правилам", "Ветеринариялық (ветеринариялық-санитариялық) қағидаларға 5-қосымша", ""))
    doc.h(g(f"Паспорт скотомогильника (биотермической ямы) «{village}»", f"«{village}» мал қорымының (биотермиялық шұңқырының) паспорты", ""))
    doc.p(g(f"Паспорт заполнен по результатам обследования от {r.randint(2, 27):02d}.04.2025 комиссией в составе представителей акимата "
            f"сельского округа, районной территориальной инспекции и балансодержателя.",
            f"Паспорт ауылдық округ әкімдігінің, аудандық аумақтық инспекцияның және баланс ұстаушының өкілдерінен құралған комиссияның "
            f"2025 жылғы {r.randint(2, 27)} сәуірдегі тексеру нәтижелері бойынша толтырылды.", ""))
    lines = g(
        [f"1. Учетный номер скотомогильника: {reg}",
         f"2. Наименование объекта: скотомогильник (биотермическая яма) «{village}»",
         f"3. Местонахождение: {oblast}, {district}, {dist} км северо-восточнее с. {village}",
         f"4. Код КАТО (сельский округ): {kato}",
         f"5. Кадастровый номер земельного участка: {cad}",
         f"6. Балансодержатель: {station}, БИН {bin_}",
         f"7. Географические координаты центра ямы (WGS-84, навигатор Garmin eTrex): {lat_s}  {lon_s}",
         f"8. Год ввода в эксплуатацию: {opened}; год реконструкции: {rebuilt}",
         "9. Тип и размеры: биотермическая яма (яма Беккари) – 1 ед.; 3,0 × 3,0 м, глубина 9,5 м; перекрытие двухслойное, люк с замком",
         f"10. Площадь участка: {num(round(r.uniform(0.2, 0.5), 2), 'ru')} га; ограждение глухое высотой 2,0 м; ров глубиной 1,4 м с валом",
         f"11. Расстояние до жилой застройки: {num(r.randint(10, 19) * 100, 'ru')} м; до водного объекта ({water}): {r.randint(6, 14) * 100} м; "
         f"уровень грунтовых вод: {r.randint(9, 16)} м",
         f"12. Сибиреязвенные захоронения на участке: нет. Ближайшее СЯЗ № {r.randint(3, 19)} (захоронение {r.randint(1948, 1962)} г.) – "
         f"{num(round(r.uniform(3.1, 4.4), 1), 'ru')} км северо-западнее, {sy_lat}  {sy_lon}",
         "13. Категория объекта, оказывающего негативное воздействие на окружающую среду: III",
         f"14. Ответственный за содержание: ветеринарный врач сельского округа {vet}"],
        [f"1. Мал қорымының есепке алу нөмірі: {reg}",
         f"2. Объектінің атауы: «{village}» мал қорымы (биотермиялық шұңқыр)",
         f"3. Орналасқан жері: {oblast}, {district}, {village} ауылынан {dist} км солтүстік-шығысқа қарай",
         f"4. ҚАТО коды (ауылдық округ): {kato}",
         f"5. Жер учаскесінің кадастрлық нөмірі: {cad}",
         f"6. Баланс ұстаушы: {station}, БСН {bin_}",
         f"7. Шұңқыр орталығының географиялық координаттары (WGS-84, Garmin eTrex навигаторы): {lat_s}  {lon_s}",
         f"8. Пайдалануға берілген жылы: {opened}; қайта жаңартылған жылы: {rebuilt}",
         "9. Түрі мен өлшемдері: биотермиялық шұңқыр (Беккари шұңқыры) – 1 бірл.; 3,0 × 3,0 м, тереңдігі 9,5 м; жабыны екі қабатты, "
         "құлыпты люгі бар",
         f"10. Учаскенің ауданы: {num(round(r.uniform(0.2, 0.5), 2), 'kk')} га; биіктігі 2,0 м тұтас қоршау; тереңдігі 1,4 м ор және үйінді",
         f"11. Тұрғын үйлерге дейінгі қашықтық: {num(r.randint(10, 19) * 100, 'kk')} м; су объектісіне ({water}) дейін: {r.randint(6, 14) * 100} м; "
         f"жерасты суларының деңгейі: {r.randint(9, 16)} м",
         f"12. Учаскедегі күйдіргі көмінділері: жоқ. Ең жақын № {r.randint(3, 19)} күйдіргі көмінді орны ({r.randint(1948, 1962)} ж.) – "
         f"{num(round(r.uniform(3.1, 4.4), 1), 'kk')} км солтүстік-батысқа қарай, {sy_lat}  {sy_lon}",
         "13. Қоршаған ортаға теріс әсер ететін объектінің санаты: III",
         f"14. Күтіп-ұстауға жауапты: ауылдық округтің ветеринариялық дәрігері {vet}"], [])  # fmt: skip
    doc.table(None, [[x] for x in lines], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": village, "kato": kato, "category": "III", "lat": lat, "lon": lon})
    rows = [g(["Год", "КРС", "МРС", "Лошади", "Свиньи", "Прочие", "Всего, голов"],
              ["Жыл", "ІҚМ", "ҰҚМ", "Жылқы", "Шошқа", "Басқалары", "Барлығы, бас"], [])]
    for year in range(2021, 2026):
        heads = [r.randint(2, 30), r.randint(10, 90), r.randint(0, 12), r.randint(0, 8), r.randint(0, 15)]
        rows.append([str(year), *(str(h) for h in heads), str(sum(heads))])
    doc.table(g("Сведения о захоронениях (по журналу учета)", "Жерлеулер туралы мәліметтер (есепке алу журналы бойынша)", ""), rows, role="other")
    doc.p(g("Паспорт хранится у балансодержателя, копия – в акимате сельского округа и территориальной инспекции.",
            "Паспорт баланс ұстаушыда сақталады, көшірмесі – ауылдық округ әкімдігінде және аумақтық инспекцияда.", ""))


def _facility_in1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, prov = doc.pick(VN_RENDER)
    msdn = make_msdn(r)
    lat_s, lat = _dmm(lat0 + r.uniform(-0.006, 0.006), True)
    lon_s, lon = _dmm(lon0 + r.uniform(-0.006, 0.006), False)
    day = r.randint(3, 26)
    doc.p(f"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH {prov.upper()} – CHI CỤC CHĂN NUÔI VÀ THÚ Y")
    doc.h("BIÊN BẢN KIỂM TRA, ĐÁNH GIÁ ĐIỀU KIỆN VỆ SINH THÚ Y CƠ SỞ SƠ CHẾ, CHẾ BIẾN SẢN PHẨM ĐỘNG VẬT")
    doc.p(f"Hôm nay, ngày {day:02d}/{r.randint(3, 10):02d}/2025, Đoàn kiểm tra của Chi cục Chăn nuôi và Thú y tỉnh {prov} tiến hành kiểm tra, "
          "đánh giá định kỳ điều kiện vệ sinh thú y tại cơ sở theo Thông tư số 38/2018/TT-BNNPTNT.")
    lines = [
        "I. THÔNG TIN VỀ CƠ SỞ",
        f"1. Tên cơ sở: {plant}",
        f"2. Chủ cơ sở: {company}",
        f"3. Mã số doanh nghiệp: {msdn}",
        f"4. Địa chỉ: {place}",
        f"5. Tọa độ vị trí (máy định vị GPS): {lat_s} – {lon_s}",
        "6. Loại hình hoạt động: thu gom phụ phẩm thủy sản, gia súc; chế biến bột cá, bột thịt xương và dầu cá làm nguyên liệu thức ăn chăn nuôi",
        f"7. Công suất thiết kế: {r.choice((40, 60, 80))} tấn nguyên liệu/ngày",
        f"8. Giấy phép môi trường số {r.randint(10, 250)}/GPMT-UBND; dự án thuộc nhóm II theo tiêu chí về môi trường",
        f"9. Mã số cơ sở trong hệ thống quản lý của Chi cục: CS-{r.randint(100, 999)}-{r.randint(2018, 2023)}",
        f"10. Kết quả đánh giá, phân loại lần trước (năm {r.randint(2022, 2024)}): Xếp loại: B",
    ]
    doc.table(None, [[x] for x in lines], role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": " ".join(plant.split()[-2:]), "category": "II", "lat": lat, "lon": lon})
    checks = ("Vị trí, khoảng cách an toàn với khu dân cư", "Khu tiếp nhận nguyên liệu có mái che, nền chống thấm", "Hệ thống xử lý khí thải, mùi",
              "Hệ thống xử lý nước thải", "Hồ sơ theo dõi nguồn gốc nguyên liệu", "Vệ sinh, khử trùng phương tiện vận chuyển")
    rows = [["TT", "Chỉ tiêu kiểm tra", "Đạt", "Không đạt", "Ghi chú"]]
    bad = r.randrange(len(checks))
    for k, c in enumerate(checks, 1):
        rows.append([str(k), c, "" if k - 1 == bad else "x", "x" if k - 1 == bad else "", "Khắc phục trong 30 ngày" if k - 1 == bad else ""])
    doc.table("II. KẾT QUẢ KIỂM TRA", rows, role="other")
    doc.p("III. KẾT LUẬN: Cơ sở đủ điều kiện vệ sinh thú y. Xếp loại: B. Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.")


# (RU label, KK label) of the applicant's lines and of the object's lines
APPLICANT = (("Наименование заявителя (оператора)", "Өтініш берушінің (оператордың) атауы"), ("БИН", "БСН"),
             ("Юридический адрес", "Заңды мекенжайы"), ("Код КАТО по месту регистрации", "Тіркелген жері бойынша ҚАТО коды"),
             ("Учредитель (доля 100 %)", "Құрылтайшы (үлесі 100 %)"), ("Первый руководитель", "Бірінші басшы"))


def facility_in2(doc: Doc) -> None:
    """A rendering plant's application for a complex environmental permit in which the operator and the object stand in two
    separate tables — section 1 the applicant with its BIN, legal address in the city and the KATO of its registration,
    its founder with the founder's own BIN; section 2 the object in the oblast with the KATO of its place, coordinates in
    decimal degrees with a point (`43.67124, 77.10346`), the OKED and category I with the ground of the Code's annex — so
    that one facility is read across both; the capacities in a table of no role (VI: a provincial crematorium's written
    application for an environmental permit, the owner with its head office in another province in one table and the
    crematorium in another, the ten-digit project code of the investment decision as a look-alike of the enterprise
    number, latitude and longitude on rows of their own)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_in2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RENDER)
    operator, legal, lprefix, site, sprefix, lat0, lon0, tday, founder = p[L], p[2 + L], p[4], p[5 + L], p[7], p[8], p[9], p[10], p[11 + L]
    bin_, fbin = make_bin(r), make_bin(r)
    lkato, kato = _kato(doc, lprefix), _kato(doc, sprefix)
    while kato == lkato:
        kato = _kato(doc, sprefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    head = doc.pick(("Сейткали Нурлан Ермекович", "Ким Виталий Олегович", "Жумабаева Айгерим Маратовна"))
    doc.p(g("Приложение 1 к Правилам выдачи экологических разрешений", "Экологиялық рұқсаттар беру қағидаларына 1-қосымша", ""))
    doc.h(g("Заявление на получение комплексного экологического разрешения", "Кешенді экологиялық рұқсат алуға арналған өтініш", ""))
    doc.p(g(f"Заявитель просит выдать комплексное экологическое разрешение на объект по переработке отходов убоя и падежа животных "
            f"(сырье – {tday} т/сут.). Регистрационный номер заявления на портале: KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1)}.",
            f"Өтініш беруші мал союы мен өлген жануарлар қалдықтарын қайта өңдеу объектісіне (шикізат – тәулігіне {tday} т) кешенді "
            f"экологиялық рұқсат беруді сұрайды. Порталдағы өтініштің тіркеу нөмірі: KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1)}.", ""))
    vals = [operator, bin_, legal, lkato, g(f"{founder}, БИН {fbin}", f"{founder}, БСН {fbin}", ""), head]
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], [])]
    rows += [[f"1.{k}", lab[L], v] for k, (lab, v) in enumerate(zip(APPLICANT, vals, strict=True), 1)]
    doc.table(g("Раздел 1. Сведения о заявителе", "1-бөлім. Өтініш беруші туралы мәліметтер", ""), rows, role="facility")
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], []),
            ["2.1", g("Наименование объекта", "Объектінің атауы", ""),
             g("Утилизационный завод (производство мясокостной муки и технического жира)", "Кәдеге жарату зауыты (ет-сүйек ұны мен техникалық май өндірісі)", "")],
            ["2.2", g("Местонахождение объекта", "Объектінің орналасқан жері", ""), site],
            ["2.3", g("Код КАТО места нахождения объекта", "Объект орналасқан жердің ҚАТО коды", ""), kato],
            ["2.4", g("Географические координаты центра промплощадки (широта, долгота)", "Өндірістік алаң орталығының географиялық координаттары (ендік, бойлық)", ""),
             f"{lat:.5f}, {lon:.5f}"],
            ["2.5", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
             g("10910 – Производство готовых кормов для животных, содержащихся на фермах", "10910 – Фермаларда ұсталатын жануарларға арналған дайын азық өндірісі", "")],
            ["2.6", g("Категория объекта", "Объектінің санаты", ""),
             g("I (утилизация туш и отходов животного происхождения мощностью более 10 т в сутки, раздел 1 приложения 2 к Экологическому кодексу РК)",
               "I (тәулігіне 10 т-дан астам қуатпен жануарлардың өлекселері мен жануарлардан алынатын қалдықтарды кәдеге жарату, ҚР Экология кодексінің 2-қосымшасының 1-бөлімі)", "")],
            ["2.7", g("Санитарно-защитная зона", "Санитариялық-қорғаныш аймағы", ""), g("1000 м (класс I)", "1000 м (I сынып)", "")]]  # fmt: skip
    doc.table(g("Раздел 2. Сведения об объекте", "2-бөлім. Объект туралы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": operator.split("«")[1].split("»")[0], "kato": kato, "oked": "10910", "category": "I",
                           "lat": lat, "lon": lon})
    meal, fat = round(tday * 300 * r.uniform(0.24, 0.28)), round(tday * 300 * r.uniform(0.06, 0.09))
    doc.table(g("Раздел 3. Производственная мощность", "3-бөлім. Өндірістік қуат", ""),
              [g(["Показатель", "Ед. изм.", "Значение"], ["Көрсеткіш", "Өлш. бірл.", "Мәні"], []),
               [g("Переработка сырья (отходы убоя, павшие животные)", "Шикізатты қайта өңдеу (сою қалдықтары, өлген жануарлар)", ""), g("т/сут.", "т/тәул.", ""), str(tday)],
               [g("Выпуск мясокостной муки", "Ет-сүйек ұнын шығару", ""), g("т/год", "т/жыл", ""), num(meal, doc.lang)],
               [g("Выпуск технического жира", "Техникалық май шығару", ""), g("т/год", "т/жыл", ""), num(fat, doc.lang)],
               [g("Режим работы", "Жұмыс режимі", ""), g("сут./год", "тәул./жыл", ""), "300"]], role="other")  # fmt: skip


def _facility_in2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, lat0, lon0, prov, office = doc.pick(VN_CREM)
    msdn = make_msdn(r)
    project = f"{r.randint(1000, 9999)}{r.randint(100000, 999999)}"
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 4), round(lon0 + r.uniform(-0.003, 0.003), 4)
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("VĂN BẢN ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"Kính gửi: Ủy ban nhân dân tỉnh {prov}. {company} đề nghị cấp giấy phép môi trường cho cơ sở hỏa táng dưới đây; hồ sơ gồm báo cáo đề "
          "xuất cấp giấy phép môi trường và các văn bản pháp lý kèm theo.")
    rows = [["TT", "Thông tin", "Nội dung"],
            ["1", "Tên chủ cơ sở", company],
            ["2", "Địa chỉ trụ sở chính", office],
            ["3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Phạm Minh Khôi', 'Đỗ Văn Long', 'Hoàng Quốc Bảo'))} – Tổng Giám đốc"],
            ["4", "Mã số doanh nghiệp", f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2016)}"],
            ["5", "Điện thoại", f"0{r.randint(200, 299)} {r.randint(100, 999)} {r.randint(1000, 9999)}"]]
    doc.table("I. THÔNG TIN VỀ CHỦ CƠ SỞ", rows, role="facility")
    rows = [["TT", "Thông tin", "Nội dung"],
            ["6", "Tên cơ sở", name],
            ["7", "Địa điểm thực hiện", place],
            ["8", "Quyết định chấp thuận chủ trương đầu tư", f"Số {r.randint(100, 2500)}/QĐ-UBND; mã số dự án: {project}"],
            ["9", "Vĩ độ (hệ WGS-84)", f"{num(lat, 'vi')}° B"],
            ["10", "Kinh độ (hệ WGS-84)", f"{num(lon, 'vi')}° Đ"],
            ["11", "Quy mô, công suất", f"02 lò hỏa táng dùng nhiên liệu khí hóa lỏng (LPG); tối đa {r.randint(10, 16)} ca/ngày"],
            ["12", "Phân loại theo tiêu chí về môi trường", "Cơ sở nhóm II"]]
    doc.table("II. THÔNG TIN VỀ CƠ SỞ", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat, "lon": lon})
    doc.table("III. HỒ SƠ KÈM THEO", [["TT", "Tên tài liệu", "Số bản"], ["1", "Báo cáo đề xuất cấp giấy phép môi trường", "01"],
                                      ["2", "Bản sao quyết định chấp thuận chủ trương đầu tư", "01"],
                                      ["3", "Bản sao giấy chứng nhận quyền sử dụng đất", "01"]], role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
VET_SOURCES = (
    ("0001", "Труба инсинератора ИН-50.1 (камера дожигания, дизельная горелка)", "ИН-50.1 инсинераторының мұржасы (кейін жағу камерасы, дизельді жанарғы)",
     {"0301": ((0.01, 0.04), (0.05, 0.3)), "0330": ((0.005, 0.02), (0.02, 0.12)), "0337": ((0.02, 0.09), (0.1, 0.5)),
      "2902": ((0.005, 0.02), (0.02, 0.1)), "0316": ((0.002, 0.008), (0.008, 0.04))}),
    ("0002", "Дымовая труба котельной административного здания (котел КСВ-0,1, уголь)",
     "Әкімшілік ғимарат қазандығының түтін мұржасы (КСВ-0,1 қазаны, көмір)",
     {"0301": ((0.003, 0.01), (0.03, 0.12)), "0330": ((0.02, 0.06), (0.2, 0.6)), "0337": ((0.04, 0.15), (0.4, 1.4)),
      "2908": ((0.01, 0.04), (0.1, 0.4))}),
    ("6001", "Биотермическая яма (скотомогильник)", "Биотермиялық шұңқыр (мал қорымы)",
     {"0303": ((0.0005, 0.002), (0.01, 0.05)), "0333": ((0.00005, 0.0002), (0.001, 0.005)), "1715": ((0.00001, 0.00005), (0.0002, 0.001))}),
    ("6002", "Дезинфекционный барьер на въезде (раствор формалина)", "Кіреберістегі дезинфекциялық тосқауыл (формалин ерітіндісі)",
     {"1325": ((0.0002, 0.001), (0.002, 0.01))}),
    ("6003", "Открытый склад угля котельной", "Қазандықтың ашық көмір қоймасы", {"2908": ((0.002, 0.008), (0.01, 0.05))}),
)  # fmt: skip
VET_CODES = ("0301", "0330", "0337", "2902", "2908", "0316", "0303", "0333", "1715", "1325")


def emissions_in1(doc: Doc) -> None:
    """The declared emissions of a district veterinary station (category III) as a matrix of sources by substances: the
    incinerator's stack, the coal boiler of the station's building, the biothermal pit of the burial ground, the
    disinfection barrier and the coal store as rows, ten substances as columns headed by code and name, the hazard class in
    a second header row, and in every cell two figures on two lines — the grams a second above the tonnes a year, as a note
    above the table says — a dash where a source does not emit, a total row counting each substance over all sources (VI:
    a slaughterhouse's loads from its waste incinerator, wood-fired boiler, stand-by generator and lairage, the same matrix,
    `dòng trên – g/s, dòng dưới – tấn/năm`, no source numbers)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        name, company, place = doc.pick(VN_SLAUGHTER)
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
        doc.h("3.2.2. Tải lượng bụi, khí thải phát sinh")
        doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Lò đốt 2 cấp công suất 50 kg/giờ dùng để tiêu hủy phụ phẩm không đạt yêu cầu vệ sinh "
              "thú y, xác gia súc chết trong khu chờ giết mổ; tải lượng tính theo hệ số ô nhiễm và số giờ hoạt động thực tế năm 2025.")
        sources = [
            ("Ống khói lò đốt chất thải rắn giết mổ (lò 2 cấp, 50 kg/giờ)", {"2902": ((0.01, 0.04), (0.05, 0.2)), "0330": ((0.005, 0.02), (0.02, 0.1)),
             "0301": ((0.01, 0.05), (0.05, 0.25)), "0337": ((0.02, 0.08), (0.1, 0.4)), "0316": ((0.002, 0.008), (0.01, 0.04))}),
            ("Ống khói lò hơi đốt củi (1 tấn hơi/giờ)", {"2902": ((0.05, 0.15), (0.5, 1.5)), "0330": ((0.01, 0.04), (0.1, 0.4)),
             "0301": ((0.03, 0.09), (0.3, 0.9)), "0337": ((0.1, 0.3), (1.0, 3.0))}),
            ("Máy phát điện dự phòng 250 kVA", {"2902": ((0.01, 0.03), (0.002, 0.01)), "0330": ((0.01, 0.04), (0.002, 0.01)),
             "0301": ((0.1, 0.3), (0.02, 0.06)), "0337": ((0.03, 0.1), (0.005, 0.02))}),
            ("Khu chuồng nhốt chờ giết mổ, khu tập kết phân", {"0303": ((0.002, 0.008), (0.05, 0.2)), "0333": ((0.0003, 0.001), (0.008, 0.03))}),
        ]  # fmt: skip
        codes = ("2902", "0330", "0301", "0337", "0316", "0303", "0333")
        labels = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0316": "HCl", "0303": "NH3", "0333": "H2S"}
        rows = [["TT", "Nguồn phát sinh", *(labels[c] for c in codes)]]
        merges = []
    else:
        L = _L(doc)
        s = doc.pick(STATIONS)
        station = s[L]
        doc.h(g(f"Декларация о воздействии на окружающую среду. {station}", f"{station}. Қоршаған ортаға әсер ету туралы декларация", ""))
        doc.p(g("Объект III категории: районная ветеринарная станция с инсинератором для сжигания трупов животных и биологических отходов и "
                "скотомогильником (биотермической ямой). Декларируемые выбросы на 2026–2035 годы.",
                "III санаттағы объект: жануарлардың өлекселері мен биологиялық қалдықтарды жағуға арналған инсинераторы және мал қорымы "
                "(биотермиялық шұңқыры) бар аудандық ветеринариялық станция. 2026–2035 жылдарға декларацияланатын шығарындылар.", ""))
        doc.p(g("В каждой ячейке таблицы: верхняя строка – максимальный разовый выброс, г/с; нижняя строка – валовый выброс, т/год.",
                "Кестенің әр ұяшығында: жоғарғы жол – ең жоғары бір реттік шығарынды, г/с; төменгі жол – жалпы шығарынды, т/жыл.", ""))
        sources = [(f"{n}|{(s_ru, s_kk)[L]}", codes) for n, s_ru, s_kk, codes in VET_SOURCES if n != "6003" or r.random() < 0.6]
        codes = VET_CODES
        rows = [g(["№ ИЗА", "Источник выброса"], ["ЛШК №", "Шығарынды көзі"], []) + [f"{c}\n{_air(doc, c)}" for c in codes],
                [g("Класс опасности", "Қауіптілік сыныбы", ""), None, *(str(_hazard(c)) for c in codes)]]
        merges = [(1, 0, 1, 1)]
    sums = {c: [0.0, 0.0] for c in codes}
    numbers = []
    for k, (label, spec) in enumerate(sources, 1):
        number, name = label.split("|") if "|" in label else (str(k), label)
        cells = []
        for c in codes:
            if c not in spec:
                cells.append("–")
                continue
            (glo, ghi), (tlo, thi) = spec[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            cells.append(f"{num(gs, doc.lang)}\n{num(ty, doc.lang)}")
            sums[c][0] += gs
            sums[c][1] += ty
            if vi:
                doc.add("emissions", emission(c, gs, ty))
            else:
                doc.add("emissions", emission(c, gs, ty, number, _hazard(c)))
        rows.append([number, name, *cells])
        numbers.append(number)
    total = g("Всего по станции", "Станция бойынша барлығы", "Tổng cộng")
    rows.append(["", total, *(f"{num(round(sums[c][0], 6), doc.lang)}\n{num(round(sums[c][1], 6), doc.lang)}" for c in codes)])
    if vi:
        doc.table("Bảng 3.5. Tải lượng các chất ô nhiễm không khí", rows, merges, role="emissions")
        doc.p("Ghi chú: trong mỗi ô, dòng trên là tải lượng (g/s), dòng dưới là tải lượng (tấn/năm); “–”: nguồn không phát sinh thông số.")
    else:
        doc.table(g("Таблица 2 – Декларируемое количество выбросов загрязняющих веществ", "2-кесте – Ластаушы заттар шығарындыларының декларацияланатын мөлшері", ""),
                  rows, merges, role="emissions")
        doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
        doc.p(g("Инсинератор работает циклами по 4–6 часов; выбросы биотермической ямы рассчитаны на период ее вскрытия и загрузки.",
                "Инсинератор 4–6 сағаттық циклдармен жұмыс істейді; биотермиялық шұңқырдың шығарындылары оны ашу және жүктеу кезеңіне есептелді.", ""))
    maybe_distractor(doc)


# (numbers, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
CREM_SOURCES = (
    (("0001", "0002"), "Дымовые трубы кремационных печей № 1 и № 2 (природный газ; выбросы на каждую трубу)",
     "№ 1 және № 2 кремациялық пештердің түтін мұржалары (табиғи газ; шығарындылар әр мұржаға)",
     {"0301": ((0.04, 0.12), (0.3, 0.9)), "0304": ((0.006, 0.02), (0.05, 0.15)), "0337": ((0.02, 0.1), (0.15, 0.7)),
      "0330": ((0.01, 0.04), (0.08, 0.3)), "2902": ((0.01, 0.03), (0.07, 0.25)), "0316": ((0.004, 0.015), (0.03, 0.11)),
      "0183": ((0.00002, 0.00008), (0.00015, 0.0006)), "3620": ((1e-10, 6e-10), (8e-10, 4e-9))}),
    (("0003",), "Дымовая труба котельной кладбища (2 котла, природный газ)", "Зират қазандығының түтін мұржасы (2 қазан, табиғи газ)",
     {"0301": ((0.02, 0.06), (0.2, 0.6)), "0304": ((0.003, 0.01), (0.03, 0.1)), "0337": ((0.05, 0.15), (0.5, 1.4))}),
    (("0004",), "Выхлопная труба резервного дизель-генератора 100 кВт", "100 кВт резервтік дизель-генератордың шығару құбыры",
     {"0301": ((0.05, 0.15), (0.005, 0.02)), "0304": ((0.008, 0.025), (0.001, 0.003)), "0328": ((0.004, 0.012), (0.0004, 0.0015)),
      "0330": ((0.008, 0.02), (0.001, 0.003)), "0337": ((0.04, 0.12), (0.004, 0.015)), "1325": ((0.001, 0.003), (0.0001, 0.0003)),
      "2754": ((0.01, 0.03), (0.001, 0.004))}),
    (("6001",), "Открытая стоянка катафалков и автотранспорта посетителей", "Катафалктар мен келушілер автокөлігінің ашық тұрағы",
     {"0301": ((0.002, 0.008), (0.01, 0.04)), "0330": ((0.0005, 0.002), (0.002, 0.008)), "0337": ((0.02, 0.08), (0.1, 0.4)),
      "2704": ((0.005, 0.02), (0.02, 0.08))}),
)  # fmt: skip


def _rate(doc: Doc, x: float) -> str:
    return _tiny(x, doc.lang) if x < 1e-6 else num(x, doc.lang)


def emissions_in2(doc: Doc) -> None:
    """A city crematorium's list of emissions by source in the usual long form, except that its two identical cremators share
    one row group numbered `0001, 0002` whose name says the figures are for each stack, so that each of the two sources emits
    them; the cemetery's gas boiler house, a stand-by diesel generator and the hearses' parking after them; mercury in plain
    decimals and dioxins as `2,4·10⁻¹⁰` in both figure columns; a total counting the cremators twice and a note on their
    regime (VI: a fish and bone meal plant's loads, two identical cooking and drying lines with a stack each on one row group
    `tính cho mỗi ống`, odours with methyl mercaptan and trimethylamine, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_in2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CREMATORIA)
    name, operator = c[L], c[2 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {name}", f"{name}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Оператор: {operator}. Крематорий оснащен двумя однотипными кремационными печами с камерами дожигания и рукавными фильтрами; "
            "каждая печь имеет собственную дымовую трубу высотой 18 м. Отопление зданий кладбища – от газовой котельной.",
            f"Оператор: {operator}. Крематорий кейін жағу камералары мен жеңді сүзгілері бар екі бірдей кремациялық пешпен жабдықталған; әр "
            "пештің биіктігі 18 м өз түтін мұржасы бар. Зират ғимараттарын жылыту – газ қазандығынан.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    numbers, total_g, total_t = [], 0.0, 0.0
    for nums, s_ru, s_kk, spec in CREM_SOURCES:
        start = len(rows)
        for j, (code, ((glo, ghi), (tlo, thi))) in enumerate(spec.items()):
            gs, ty = _sig(r.uniform(glo, ghi), 2), _sig(r.uniform(tlo, thi), 3)
            hz = _hazard(code)
            rows.append([", ".join(nums) if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, code, _air(doc, code), str(hz) if hz else "–",
                         _rate(doc, gs), _rate(doc, ty)])
            for n in nums:
                doc.add("emissions", emission(code, gs, ty, n, hz))
            total_g += gs * len(nums)
            total_t += ty * len(nums)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        numbers += nums
    rows.append(["", g("Всего по объекту (с учетом двух печей)", "Объект бойынша барлығы (екі пешті ескергенде)", ""), "", "", "",
                 num(round(total_g, 6), doc.lang), num(round(total_t, 6), doc.lang)])
    doc.table(g("Таблица 3.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу, по источникам",
                "3.1-кесте – Атмосфераға шығарылатын ластаушы заттардың көздер бойынша тізбесі", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g(f"Печи № 1 и № 2 однотипные (ПКр-2М), режим работы одинаковый: по {num(r.randint(11, 15) * 100, 'ru')} кремаций в год на печь; "
            "выбросы по ИЗА 0001 и 0002 приведены для каждого источника. Для диоксинов выброс указан в пересчете на 2,3,7,8-ТХДД.",
            f"№ 1 және № 2 пештер бір типті (ПКр-2М), жұмыс режимі бірдей: бір пешке жылына {num(r.randint(11, 15) * 100, 'kk')} кремация; 0001 "
            "және 0002 ЛШК бойынша шығарындылар әр көз үшін келтірілген. Диоксиндер үшін шығарынды 2,3,7,8-ТХДД-ға шаққанда көрсетілген.", ""))
    maybe_distractor(doc)


VN_MEAL_SOURCES = (
    (2, "Ống thải số 1 và ống thải số 2 – dây chuyền nấu, ép, sấy số 1 và số 2 (sau tháp hấp thụ và lọc sinh học; tải lượng tính cho mỗi ống)",
     {"0303": ((0.005, 0.02), (0.1, 0.4)), "0333": ((0.001, 0.004), (0.02, 0.08)), "1715": ((0.0002, 0.0008), (0.004, 0.016)),
      "1862": ((0.0005, 0.002), (0.01, 0.04)), "2902": ((0.01, 0.04), (0.2, 0.8))}),
    (1, "Ống khói lò hơi đốt than đá (10 tấn hơi/giờ, xử lý bằng cyclone và tháp hấp thụ)",
     {"2902": ((0.1, 0.4), (2.0, 7.0)), "0330": ((0.2, 0.6), (4.0, 12.0)), "0301": ((0.1, 0.3), (2.0, 6.0)), "0337": ((0.05, 0.2), (1.0, 4.0))}),
    (1, "Khu nghiền, sàng và đóng bao bột cá (ống thải sau cyclone)", {"2902": ((0.02, 0.08), (0.3, 1.2))}),
)  # fmt: skip


def _emissions_in2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, *_ = doc.pick(VN_RENDER)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()}")
    doc.h("3.1.2.1. Tải lượng khí thải, mùi giai đoạn vận hành")
    doc.p(f"Chủ dự án: {company}; địa điểm: {place}. Sau khi nâng công suất, nhà máy có 02 dây chuyền nấu – ép – sấy giống nhau, mỗi dây chuyền có "
          "01 ống thải riêng sau hệ thống xử lý mùi; thời gian hoạt động 20 giờ/ngày, 300 ngày/năm.")
    rows = [["TT", "Nguồn thải", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (count, label, spec) in enumerate(VN_MEAL_SOURCES, 1):
        start = len(rows)
        for j, (code, ((glo, ghi), (tlo, thi))) in enumerate(spec.items()):
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([str(k) if j == 0 else None, label if j == 0 else None, _air(doc, code, 1), num(gs, "vi"), num(ty, "vi")])
            for _ in range(count):
                doc.add("emissions", emission(code, gs, ty))
        if len(spec) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.7. Tải lượng khí thải, mùi từ các nguồn có ống thải", rows, merges, role="emissions")
    doc.p("Ghi chú: hai dây chuyền nấu – sấy có cùng công suất và chế độ vận hành nên tải lượng của ống thải số 1 và số 2 bằng nhau.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes


def wastes_in1(doc: Doc) -> None:
    """A district veterinary station's calculation of the wastes it will generate: `отход | код | исходные данные |
    норматив образования | образование, т/год`, the source-data column crowded with other figures — tonnes of carcasses
    burnt, thousands of vaccinations, kilograms of disinfectant, tonnes of coal and its ash content, staff — and the
    amount alone in the last column; the animals destroyed by species in heads, burnt or put in the pit, in a table of no
    role before it (VI: a slaughterhouse's forecast of solid wastes under two group rows, ordinary without codes and CTNH
    with their codes, the basis and the norm before the tonnes)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        _wastes_in1_vi(doc)
        return
    L = _L(doc)
    s = doc.pick(STATIONS)
    station = s[L]
    burnt, vacc, dis, coal, staff, lamps = r.randint(90, 180), r.randint(120, 260), r.randint(24, 48) * 100, r.randint(30, 60), r.randint(12, 22), r.randint(12, 40)
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {station}", f"{station}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.p(g("Станция принимает трупы животных и конфискаты от хозяйств и физических лиц района; трупы, не подлежащие захоронению в "
            "биотермической яме, сжигаются в инсинераторе. Зола от сжигания является отходом станции.",
            "Станция ауданның шаруашылықтары мен жеке тұлғаларынан жануарлардың өлекселері мен тәркіленген өнімдерді қабылдайды; "
            "биотермиялық шұңқырға көмуге жатпайтын өлекселер инсинераторда жағылады. Жағудан кейінгі күл станцияның қалдығы болып табылады.", ""))
    species = g(("КРС", "МРС", "Лошади", "Свиньи", "Птица", "Собаки и кошки"), ("ІҚМ", "ҰҚМ", "Жылқылар", "Шошқалар", "Құс", "Иттер мен мысықтар"), ())
    rows = [g(["Вид животных", "Уничтожено всего, голов", "в т.ч. сжиганием в инсинераторе", "в т.ч. в биотермической яме"],
              ["Жануарлар түрі", "Барлығы жойылды, бас", "оның ішінде инсинераторда жағу арқылы", "оның ішінде биотермиялық шұңқырда"], [])]
    for sp, (hi_a, hi_b) in zip(species, ((60, 15), (120, 40), (20, 4), (40, 25), (300, 120), (40, 60)), strict=True):
        a, b = r.randint(2, hi_a), r.randint(0, hi_b)
        rows.append([sp, num(a + b, doc.lang), num(a, doc.lang), num(b, doc.lang)])
    doc.table(g("Таблица 1 – Уничтожение трупов животных в 2025 году", "1-кесте – 2025 жылы жануарлар өлекселерін жою", ""), rows, role="other")
    items = (
        ("19 01 12", g("Зола от сжигания трупов животных в инсинераторе", "Инсинераторда жануарлардың өлекселерін жағудан шыққан күл", ""),
         g(f"сжигается {num(burnt, 'ru')} т/год трупов и конфискатов", f"жылына {num(burnt, 'kk')} т өлексе мен тәркіленген өнім жағылады", ""),
         g("5 % от массы сжигаемых отходов", "жағылатын қалдықтар массасының 5 %-ы", ""), round(burnt * 0.05, 2)),
        ("18 02 02*", g("Инфицированные отходы ветеринарной деятельности (шприцы, иглы, флаконы из-под вакцин)",
                        "Ветеринариялық қызметтің жұқтырылған қалдықтары (шприцтер, инелер, вакцина құтылары)", ""),
         g(f"{vacc} тыс. вакцинаций и обработок в год", f"жылына {vacc} мың вакцинация мен өңдеу", ""),
         g("1,1 г на одну вакцинацию", "бір вакцинацияға 1,1 г", ""), round(vacc * 0.0011, 3)),
        ("15 01 10*", g("Тара из-под дезинфицирующих средств (полимерные канистры)", "Дезинфекциялық құралдардың ыдысы (полимер канистрлер)", ""),
         g(f"расход дезсредств {num(dis, 'ru')} кг/год, канистры по 20 кг", f"дезқұралдар шығыны жылына {num(dis, 'kk')} кг, 20 кг-дық канистрлер", ""),
         g("масса пустой канистры 1,1 кг", "бос канистрдің массасы 1,1 кг", ""), round(dis / 20 * 1.1 / 1000, 3)),
        ("10 01 01", g("Золошлак котельной", "Қазандықтың күл-қожы", ""),
         g(f"сжигается угля {coal} т/год, зольность 18 %", f"жылына {coal} т көмір жағылады, күлділігі 18 %", ""),
         g("по зольности топлива", "отынның күлділігі бойынша", ""), round(coal * 0.18, 2)),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
         g(f"численность персонала {staff} чел.", f"персонал саны {staff} адам", ""),
         g("0,3 м³/чел. в год; 0,25 т/м³", "адамға жылына 0,3 м³; 0,25 т/м³", ""), round(staff * 0.075, 3)),
        ("20 01 21*", g("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ""),
         g(f"заменяется {lamps} шт. в год", f"жылына {lamps} дана ауыстырылады", ""),
         g("масса лампы 0,2 кг", "шамның массасы 0,2 кг", ""), round(lamps * 0.0002, 4)),
    )  # fmt: skip
    rows = [g(["№", "Наименование отхода", "Код по классификатору", "Исходные данные", "Норматив образования", "Образование, т/год"],
              ["№", "Қалдықтың атауы", "Жіктеуіш бойынша коды", "Бастапқы деректер", "Түзілу нормативі", "Түзілуі, т/жыл"], [])]
    for k, (code, name, data, norm, t) in enumerate(items, 1):
        rows.append([str(k), name, code, data, norm, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Расчет объемов образования отходов", "2-кесте – Қалдықтардың түзілу көлемдерін есептеу", ""), rows, role="wastes")
    doc.p(g("Зола инсинератора и золошлак вывозятся на полигон ТБО района; инфицированные отходы сжигаются в собственном инсинераторе.",
            "Инсинератор күлі мен күл-қож аудандық ҚТҚ полигонына шығарылады; жұқтырылған қалдықтар өз инсинераторында жағылады.", ""))


def _wastes_in1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, _ = doc.pick(VN_SLAUGHTER)
    burnt, heads, q, staff, lamps, chem = r.randint(20, 60), r.randint(150, 400), r.randint(60, 150), r.randint(30, 70), r.randint(20, 60), r.randint(20, 50) * 100
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Công suất giết mổ trung bình {heads} con heo/ngày; phụ phẩm không đạt yêu cầu vệ sinh thú y và xác gia súc chết "
          "được tiêu hủy bằng lò đốt tại cơ sở.")
    ordinary = (
        ("Tro xỉ lò đốt chất thải giết mổ (đã phân định không phải CTNH)", f"Đốt {burnt} tấn chất thải/năm", "5 % khối lượng đốt", round(burnt * 0.05, 2)),
        ("Phân, chất độn chuồng từ khu nhốt chờ giết mổ", f"{heads} con/ngày × 365 ngày", "0,8 kg/con", round(heads * 0.8 * 365 / 1000, 1)),
        ("Bùn thải từ hệ thống xử lý nước thải", f"Q = {q} m³/ngày × 365 ngày", "0,3 kg bùn khô/m³", round(q * 0.3 * 365 / 1000, 2)),
        ("Chất thải rắn sinh hoạt", f"{staff} công nhân × 300 ngày", "0,5 kg/người/ngày", round(staff * 0.5 * 300 / 1000, 2)),
    )
    hazardous = (
        ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất khử trùng)", f"{num(chem, 'vi')} kg hóa chất/năm, can 20 kg", "1,1 kg/can",
         round(chem / 20 * 1.1 / 1000, 3)),
        ("16 01 06", "Bóng đèn huỳnh quang thải", f"{lamps} bóng/năm", "0,2 kg/bóng", round(lamps * 0.0002, 4)),
        ("18 02 01", "Giẻ lau, găng tay dính dầu mỡ từ bảo dưỡng thiết bị", "Theo thực tế vận hành năm 2025", "-", round(r.uniform(0.02, 0.08), 3)),
    )
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Căn cứ tính toán", "Định mức", "Khối lượng (tấn/năm)"]]
    merges = []
    _span(rows, merges, "A. CHẤT THẢI RẮN THÔNG THƯỜNG", 6)
    for k, (wname, basis, norm, t) in enumerate(ordinary, 1):
        rows.append([str(k), wname, "", basis, norm, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 4)})
    _span(rows, merges, "B. CHẤT THẢI NGUY HẠI", 6)
    for k, (code, wname, basis, norm, t) in enumerate(hazardous, 1):
        rows.append([str(k), wname, code, basis, norm, num(t, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3.12. Dự báo khối lượng chất thải rắn phát sinh", rows, merges, role="wastes")
    doc.p("Tro xỉ lò đốt được lấy mẫu phân định định kỳ; kết quả năm 2025 cho thấy không vượt ngưỡng chất thải nguy hại.")
    maybe_distractor(doc)


# (code, RU, KK, (RU receiver, KK receiver), acts, (low, high) tonnes an act)
CREM_WASTES = (
    ("19 01 07*", "Пыль газоочистки кремационных печей (рукавные фильтры)", "Кремациялық пештердің газ тазарту шаңы (жеңді сүзгілер)",
     ("ТОО «Эко Утилизация Сервис»", "«Эко Утилизация Сервис» ЖШС"), 2, (0.05, 0.15)),
    ("16 11 06", "Отработанная футеровка кремационных печей (шамотный кирпич)", "Кремациялық пештердің пайдаланылған футеровкасы (шамот кірпіш)",
     ("ТОО «Құрылыс Қалдықтары»", "«Құрылыс Қалдықтары» ЖШС"), 1, (1.2, 2.8)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ("ТОО «Демеркуризация KZ»", "«Демеркуризация KZ» ЖШС"),
     1, (0.005, 0.02)),
    ("20 02 01", "Живые цветы, листва и ветки с территории кладбища", "Зират аумағындағы тірі гүлдер, жапырақтар мен бұтақтар",
     ("полигон ТБО города", "қаланың ҚТҚ полигоны"), 4, (2.0, 6.0)),
    ("20 02 03", "Искусственные венки, ленты и прочие неразлагаемые отходы кладбища", "Жасанды гүл шоқтары, таспалар және зираттың басқа да ыдырамайтын қалдықтары",
     ("полигон ТБО города", "қаланың ҚТҚ полигоны"), 4, (1.0, 4.0)),
    ("20 03 01", "Твердые бытовые отходы (административное здание, ритуальный зал)", "Қатты тұрмыстық қалдықтар (әкімшілік ғимарат, ғұрыптық зал)",
     ("полигон ТБО города", "қаланың ҚТҚ полигоны"), 4, (0.8, 2.0)),
)  # fmt: skip


def wastes_in2(doc: Doc) -> None:
    """A crematorium's and cemetery's report on the wastes it handed over in a year, laid out by the acts of transfer: a row
    spanning the table for each waste with its code and name, under it one row per act (date, act's number, receiver,
    tonnes), closed by an `Итого за 2025 год` row whose figure alone is the waste's amount; a note says the ashes given to
    the relatives are no waste (VI: a provincial crematorium's CTNH by the numbers of their hazardous-waste papers and its
    ordinary wastes by hand-over records, kilograms, `Cộng` rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_in2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CREMATORIA)
    name, operator = c[L], c[2 + L]
    doc.h(g(f"Отчет по инвентаризации отходов за 2025 год. {name}", f"{name}. 2025 жылғы қалдықтарды түгендеу жөніндегі есеп", ""))
    doc.p(g(f"Оператор: {operator}. В таблице приведены отходы, переданные сторонним организациям по актам приема-передачи; накопление "
            "отходов на площадке на 31.12.2025 отсутствует.",
            f"Оператор: {operator}. Кестеде қабылдау-тапсыру актілері бойынша бөгде ұйымдарға берілген қалдықтар келтірілген; 31.12.2025 жағдай "
            "бойынша алаңда қалдықтар жинақталмаған.", ""))
    rows = [g(["Дата передачи", "№ акта", "Получатель", "Передано, т"], ["Берілген күні", "Акт №", "Алушы", "Берілді, т"], [])]
    merges = []
    act = r.randint(3, 20)
    for code, n_ru, n_kk, recv, acts, (lo, hi) in CREM_WASTES:
        wname = (n_ru, n_kk)[L]
        _span(rows, merges, f"{code} – {wname}", 4)
        months = sorted(r.sample(range(1, 13), acts))
        amounts = [round(r.uniform(lo, hi), 3) for _ in months]
        for m, t in zip(months, amounts, strict=True):
            act += r.randint(1, 6)
            rows.append([f"{r.randint(1, 28):02d}.{m:02d}.2025", f"{act}/25", recv[L], num(t, doc.lang)])
        total = round(sum(amounts), 3)
        rows.append([g("Итого за 2025 год", "2025 жылғы жиыны", ""), None, None, num(total, doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": total, "name_contains": _words(wname, 3)})
    doc.table(g("Таблица 4 – Передача отходов по актам приема-передачи", "4-кесте – Қабылдау-тапсыру актілері бойынша қалдықтарды беру", ""),
              rows, merges, role="wastes")
    doc.p(g("Прах (кремированные останки) выдается родственникам умерших в урнах и отходом не является.",
            "Күл (кремацияланған сүйектер) қайтыс болғандардың туыстарына урнамен беріледі және қалдық болып табылмайды.", ""))
    maybe_distractor(doc)


VN_CREM_WASTES = (
    ("18 02 01", "Giẻ lau, găng tay dính dầu từ bảo dưỡng lò hỏa táng", 2, (8, 25)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", 1, (3, 12)),
    ("17 02 03", "Dầu nhớt thải từ máy phát điện dự phòng", 1, (15, 40)),
    ("18 01 03", "Can nhựa đựng hóa chất xử lý khí thải", 2, (10, 30)),
    (None, "Vòng hoa, hoa tươi, lá cây thải", 4, (800, 2400)),
    (None, "Chất thải rắn sinh hoạt", 4, (500, 1500)),
)


def _wastes_in2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, *_ = doc.pick(VN_CREM)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Chất thải nguy hại được chuyển giao theo chứng từ chất thải nguy hại; chất thải rắn thông thường được bàn giao theo "
          "biên bản cho đơn vị thu gom của địa phương. Tro cốt sau hỏa táng được bàn giao cho thân nhân người mất, không phải chất thải.")
    rows = [["Ngày chuyển giao", "Số chứng từ / biên bản", "Đơn vị tiếp nhận", "Khối lượng (kg)"]]
    merges = []
    for code, wname, acts, (lo, hi) in VN_CREM_WASTES:
        _span(rows, merges, f"{wname} (mã CTNH {code})" if code else f"{wname} (chất thải thông thường)", 4)
        kgs = [float(r.randint(lo, hi)) for _ in range(acts)]
        for m, kg in zip(sorted(r.sample(range(1, 13), acts)), kgs, strict=True):
            paper = f"{r.randint(100, 999)}/2025/CTNH" if code else f"BB-{r.randint(10, 99)}/2025"
            recv = "Công ty Cổ phần Môi trường Xanh Miền Trung" if code else "Tổ thu gom rác của xã"
            rows.append([f"{r.randint(1, 28):02d}/{m:02d}/2025", paper, recv, num(kg, "vi")])
        total = sum(kgs)
        rows.append(["Cộng", None, None, num(total, "vi")])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        item = {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True} if code else {"code": None, "code_system": None, "hazardous": False}
        doc.add("wastes", {**item, "amount_t": total / 1000, "name_contains": _words(wname, 4)})
    doc.table("Bảng 4. Khối lượng chất thải chuyển giao năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: (ПДК м.р. mg/m3, (low, high) measured, detection limit or None)
ODOUR = {"0303": (0.2, (0.03, 0.24), None), "0333": (0.008, (0.002, 0.009), None), "1715": (0.006, (0.001, 0.007), 0.003),
         "1862": (0.15, (0.01, 0.12), None)}
ODOUR_POINTS = (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))
QUARTERS = ((("I кв.", "I тоқс."), "03"), (("II кв.", "II тоқс."), "06"), (("III кв.", "III тоқс."), "08"), (("IV кв.", "IV тоқс."), "11"))


def limits_in1(doc: Doc) -> None:
    """A rendering plant's control of odorous substances on the boundary of its 1000-metre protection zone: a row spanning
    the table per substance that carries its code and its ПДК м.р. — the only place the limit is written — the four
    boundary points `Т-1 (север)` … as rows under it, the quarters as columns with the sampling dates, a last column of the
    greatest value in shares of the ПДК that is no measured value, methyl mercaptan below detection `< 0,003`, a quarter
    with no sampling at one point (VI: a fish meal plant's air at its fence and the nearest houses against QCVN 06:2009/BTNMT
    in the same form, µg/m3, four rounds)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_in1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RENDER)
    operator = p[L]
    doc.h(g(f"Отчет о выполнении программы производственного экологического контроля за 2025 год. {operator}",
            f"{operator}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп", ""))
    doc.h(g("4.3. Мониторинг воздействия: атмосферный воздух на границе СЗЗ", "4.3. Әсер мониторингі: СҚА шекарасындағы атмосфералық ауа", ""))
    doc.p(g("Пробы отбирались аккредитованной лабораторией на границе санитарно-защитной зоны (1000 м) в четырех точках по сторонам света; "
            "результаты – максимальные разовые концентрации, мг/м³.",
            "Сынамаларды аккредиттелген зертхана санитариялық-қорғаныш аймағының шекарасында (1000 м) дүние тараптары бойынша төрт нүктеде "
            "алды; нәтижелер – ең жоғары бір реттік концентрациялар, мг/м³.", ""))
    dates = [f"{r.randint(3, 27):02d}.{m}.2025" for _, m in QUARTERS]
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), *(f"{q[L]}\n({d})" for (q, _), d in zip(QUARTERS, dates, strict=True)),
             g("Макс., доли ПДК", "Ең жоғ., ШЖК үлесі", "")]]
    merges = []
    skip = (r.randrange(4), r.randrange(4))
    for c, (pdk, (lo, hi), det) in ODOUR.items():
        _span(rows, merges, g(f"{_air(doc, c)} ({c}) – ПДК м.р. {num(pdk, 'ru')} мг/м³", f"{_air(doc, c)} ({c}) – ШЖК б.р. {num(pdk, 'kk')} мг/м³", ""), 6)
        for i, (pid, w_ru, w_kk) in enumerate(ODOUR_POINTS):
            line, top = [f"{pid} ({(w_ru, w_kk)[L]})"], 0.0
            for q in range(4):
                if (i, q) == skip:
                    line.append("–")
                    continue
                v = _sig(r.uniform(lo, hi), 2)
                if det and v < det:
                    line.append(f"< {num(det, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("code", c), "air", pdk, "mg/m3", None, pid).items() if k != "value"})
                    continue
                line.append(num(v, doc.lang))
                top = max(top, v)
                add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
            line.append(num(round(top / pdk, 2), doc.lang) if top else "–")
            rows.append(line)
    doc.table(g("Таблица 4.3 – Концентрации загрязняющих веществ на границе СЗЗ, мг/м³", "4.3-кесте – СҚА шекарасындағы ластаушы заттардың концентрациялары, мг/м³", ""),
              rows, merges, role="limits")
    doc.p(g("«–» – отбор не проводился (подъезд к точке закрыт на время ремонта дороги); «<» – ниже предела обнаружения методики.",
            "«–» – сынама алынбады (жол жөндеу кезінде нүктеге кіреберіс жабылған); «<» – әдістеменің анықтау шегінен төмен.", ""))
    maybe_distractor(doc)


# code: (label, QCVN 06:2009/BTNMT one hour µg/m3, (low, high))
VN_ODOUR = {"0303": ("Amoniac (NH3)", 200, (40, 230)), "0333": ("Hydro sunfua (H2S)", 42, (6, 48)), "1715": ("Metyl mercaptan (CH3SH)", 50, (5, 45))}
VN_ODOUR_POINTS = (("KK1", "Cổng nhà máy (phía Bắc)"), ("KK2", "Hàng rào phía Đông, cuối hướng gió"), ("KK3", "Khu dân cư gần nhất, cách 350 m"))


def _limits_in1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_RENDER)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Do có phản ánh về mùi hôi, cơ sở thực hiện quan trắc bổ sung các chất gây mùi trong không khí xung quanh 04 đợt/năm; "
          "giá trị so sánh là trung bình 1 giờ theo QCVN 06:2009/BTNMT.")
    dates = [f"{r.randint(3, 27):02d}/{m:02d}/2025" for m in (3, 6, 9, 12)]
    rows = [["Vị trí quan trắc", *(f"Đợt {k} ({d})" for k, d in enumerate(dates, 1)), "Tỷ lệ lớn nhất so với QCVN (lần)"]]
    merges = []
    over = set()
    for c, (label, lim, (lo, hi)) in VN_ODOUR.items():
        _span(rows, merges, f"{label} – QCVN 06:2009/BTNMT (trung bình 1 giờ): {num(lim, 'vi')} µg/m³", 6)
        for pid, place in VN_ODOUR_POINTS:
            vals = [float(round(r.uniform(lo, hi))) for _ in range(4)]
            rows.append([f"{pid} – {place}", *(num(v, "vi") for v in vals), num(round(max(vals) / lim, 2), "vi")])
            for v in vals:
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
                if v > lim:
                    over.add(pid)
    doc.table("Bảng 2. Kết quả quan trắc các chất gây mùi trong không khí xung quanh (µg/m³)", rows, merges, role="limits")
    if over:
        doc.p(f"Nhận xét: tại {', '.join(sorted(over))} có thời điểm nồng độ vượt quy chuẩn khi dây chuyền sấy vận hành; cơ sở đã bổ sung lớp vật liệu "
              "lọc sinh học.")
    else:
        doc.p("Nhận xét: nồng độ các chất gây mùi tại các vị trí đều nằm trong giới hạn của quy chuẩn.")
    maybe_distractor(doc)


# symbol: (limit, (low, high) at the background well, factor downstream) — ground water near a burial ground, mg/dm3
WELLS_NORM = {"pH": ((6, 9), (6.8, 7.6), 1.0), "NH4+": (2.0, (0.05, 0.3), 3.0), "NO2-": (3.3, (0.01, 0.08), 3.0), "NO3-": (45, (4, 15), 1.8),
              "Cl-": (350, (40, 120), 1.4), "SO4": (500, (60, 180), 1.2), "TDS": (1000, (350, 640), 1.25)}
WELLS = (("Н-1", "фоновая, 50 м выше по потоку", "фондық, ағыс бойынша 50 м жоғары"), ("Н-2", "25 м ниже по потоку", "ағыс бойынша 25 м төмен"),
         ("Н-3", "100 м ниже по потоку", "ағыс бойынша 100 м төмен"))


def limits_in2(doc: Doc) -> None:
    """A laboratory protocol of the ground water in the observation wells around a cattle burial ground: the parameters as
    rows with a unit column and the ПДК, the three wells as columns (`Н-1 (фоновая, …)`, `Н-2`, `Н-3`) and a last column of
    the ratio of the nearest downstream well to the background one, which is no value; common coliforms with a norm of
    `отсутствие` and `не обн.` in the wells, which give no limit (VI: the wells of households around a pit where pigs
    culled for African swine fever were buried, QCVN 09-MT:2015/BTNMT, coliforms `KPH` at one well)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_in2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(STATIONS)
    station, village = s[L], s[4 + L]
    doc.h(g(f"Протокол испытаний № {r.randint(110, 690)}-В от {r.randint(2, 28):02d}.{r.choice(('05', '06', '09'))}.2025",
            f"2025 жылғы {r.randint(2, 28)} {doc.pick(('мамырдағы', 'маусымдағы', 'қыркүйектегі'))} № {r.randint(110, 690)}-В сынақ хаттамасы", ""))
    doc.p(g(f"Заказчик: {station}. Объект: подземные воды в районе скотомогильника «{village}». Пробы отобраны из наблюдательных скважин по "
            "направлению потока грунтовых вод; нормативы – предельно допустимые концентрации для воды хозяйственно-питьевого назначения.",
            f"Тапсырыс беруші: {station}. Объект: «{village}» мал қорымы ауданындағы жерасты сулары. Сынамалар грунт суларының ағыс бағыты "
            "бойынша бақылау ұңғымаларынан алынды; нормативтер – шаруашылық-ауыз су мақсатындағы суға арналған шекті жол берілетін концентрациялар.", ""))
    rows = [[g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("ПДК", "ШЖК", ""),
             *(f"{w} ({(w_ru, w_kk)[L]})" for w, w_ru, w_kk in WELLS), g("Н-2 / Н-1, раз", "Н-2 / Н-1, есе", "")]]
    for sym, (lim, (lo, hi), factor) in WELLS_NORM.items():
        base = round(r.uniform(lo, hi), 1) if sym == "pH" else _sig(r.uniform(lo, hi), 2)
        vals = [base]
        for k in (1, 2):
            f = factor if k == 1 else 1 + (factor - 1) * 0.4
            vals.append(round(base + r.uniform(-0.3, 0.3), 1) if sym == "pH" else _sig(base * f * r.uniform(0.85, 1.15), 2))
        unit = g("ед. pH", "pH бірл.", "") if sym == "pH" else g("мг/дм³", "мг/дм³", "")
        lim_s = f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}" if isinstance(lim, tuple) else num(lim, doc.lang)
        ratio = "–" if sym == "pH" else num(round(vals[1] / vals[0], 1), doc.lang)
        rows.append([vocab.water(sym, doc.lang), unit, lim_s, *(num(v, doc.lang) for v in vals), ratio])
        for (w, _, _), v in zip(WELLS, vals, strict=True):
            add(doc, limit(("symbol", sym), "water", lim, "mg/l", None, w, v))
    rows.append([vocab.water("Coliform", doc.lang), g("КОЕ/100 см³", "КТБ/100 см³", ""), g("отсутствие", "болмауы тиіс", ""),
                 *[g("не обн.", "анықталм.", "")] * 3, "–"])
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, role="limits")
    doc.p(g("Заключение: превышений ПДК не выявлено; повышенное содержание азота аммонийного и нитритов в скважине Н-2 относительно фоновой "
            "скважины требует учащенного контроля.",
            "Қорытынды: ШЖК-дан асу анықталған жоқ; Н-2 ұңғымасындағы аммоний азоты мен нитриттердің фондық ұңғымамен салыстырғанда жоғары "
            "болуы бақылауды жиілетуді талап етеді.", ""))


# symbol: (label, unit, QCVN 09-MT:2015/BTNMT, (low, high) upstream, factor near the pit)
VN_WELLS = {"pH": ("pH", None, (5.5, 8.5), (6.4, 7.4), 1.0), "NH4+": ("Amoni (NH4+ tính theo N)", "mg/l", 1, (0.05, 0.2), 3.5),
            "NO2-": ("Nitrit (NO2- tính theo N)", "mg/l", 1, (0.005, 0.04), 3.0), "NO3-": ("Nitrat (NO3- tính theo N)", "mg/l", 15, (0.8, 4), 2.0),
            "Cl-": ("Clorua (Cl-)", "mg/l", 250, (15, 60), 1.4), "TDS": ("Tổng chất rắn hòa tan (TDS)", "mg/l", 1500, (150, 450), 1.3),
            "Coliform": ("Tổng Coliform", "MPN/100ml", 3, (0, 0), 1.0)}
VN_WELL_POINTS = (("NN1", "Giếng khoan hộ bà Lê Thị Hoa, cách hố chôn 150 m (phía thượng nguồn)"),
                  ("NN2", "Giếng đào hộ ông Trần Văn Tâm, cách hố chôn 40 m"), ("NN3", "Giếng khoan Trạm Y tế xã, cách hố chôn 300 m"))


def _limits_in2_vi(doc: Doc) -> None:
    r = doc.rng
    prov = doc.pick(("Thái Bình", "Hưng Yên", "Đồng Nai"))
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG NƯỚC DƯỚI ĐẤT KHU VỰC HỐ CHÔN LẤP LỢN TIÊU HỦY DO BỆNH DỊCH TẢ LỢN CHÂU PHI – TỈNH {prov.upper()}")
    doc.p(f"Đơn vị thực hiện: Chi cục Chăn nuôi và Thú y tỉnh {prov} phối hợp Trung tâm Quan trắc tài nguyên và môi trường. Mẫu nước lấy tại giếng của các "
          "hộ dân xung quanh hố chôn lấp; quy chuẩn so sánh: QCVN 09-MT:2015/BTNMT.")
    rows = [["TT", "Thông số", "Đơn vị", "QCVN 09-MT:2015/BTNMT", *(p for p, _ in VN_WELL_POINTS), "NN2/NN1 (lần)"]]
    for k, (sym, (label, unit, lim, (lo, hi), factor)) in enumerate(VN_WELLS.items(), 1):
        if sym == "Coliform":
            vals = [None, float(r.choice((4, 7, 9))), None]
            cells = ["KPH" if v is None else num(v, "vi") for v in vals]
            ratio = "-"
        else:
            base = round(r.uniform(lo, hi), 1) if sym == "pH" else _sig(r.uniform(lo, hi), 2)
            vals = [base, round(base + r.uniform(-0.3, 0.3), 1) if sym == "pH" else _sig(base * factor * r.uniform(0.85, 1.15), 2),
                    round(base + r.uniform(-0.2, 0.2), 1) if sym == "pH" else _sig(base * r.uniform(0.9, 1.3), 2)]
            cells = [num(v, "vi") for v in vals]
            ratio = "-" if sym == "pH" else num(round(vals[1] / vals[0], 1), "vi")
        lim_s = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi")
        rows.append([str(k), label, unit or "-", lim_s, *cells, ratio])
        for (pid, _), v in zip(VN_WELL_POINTS, vals, strict=True):
            item = limit(("symbol", sym), "water", lim, unit, None, pid, v)
            if v is None:
                item.pop("value")
            add(doc, item)
    doc.table("Bảng 1. Kết quả phân tích mẫu nước dưới đất", rows, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện. Mẫu NN2 có Coliform vượt quy chuẩn; khuyến cáo hộ dân không sử dụng nước giếng cho ăn uống.")


# ---------------------------------------------------------------- monitoring

# (RU, KK, basis, [(kind, where, codes, frequency)]); where is a tuple of sources or points
CREM_CONDITIONS = (
    ("Осуществлять инструментальный контроль выбросов на источниках 0001 и 0002 (дымовые трубы кремационных печей № 1, № 2) по веществам: "
     "азота диоксид, углерод оксид, взвешенные частицы, гидрохлорид – {f}.",
     "0001 және 0002 көздерінде (№ 1, № 2 кремациялық пештердің түтін мұржалары) шығарындыларды мынадай заттар бойынша аспаптық бақылауды "
     "жүзеге асыру: азот диоксиді, көміртек оксиді, қалқыма бөлшектер, тұз қышқылы – {f}.",
     "ст. 182 ЭК РК", [("src", ("0001", "0002"), ("0301", "0337", "2902", "0316"), "quarterly")]),
    ("Определять содержание ртути в дымовых газах источников 0001 и 0002 – {f} (в I и III кварталах).",
     "0001 және 0002 көздерінің түтін газдарындағы сынаптың құрамын анықтау – {f} (I және III тоқсандарда).",
     "ст. 182 ЭК РК", [("src", ("0001", "0002"), ("0183",), "semiannual")]),
    ("На источнике 0003 (котельная кладбища) контролировать азота диоксид и углерод оксид – {f}, перед началом отопительного сезона.",
     "0003 көзінде (зират қазандығы) азот диоксиді мен көміртек оксидін бақылау – {f}, жылыту маусымы басталар алдында.",
     "ст. 182 ЭК РК", [("src", ("0003",), ("0301", "0337"), "yearly")]),
    ("Выбросы резервного дизель-генератора (источник 0004) определять расчетным методом по фактическому расходу топлива.",
     "Резервтік дизель-генератордың (0004 көзі) шығарындыларын нақты отын шығыны бойынша есептеу әдісімен анықтау.", "ст. 182 ЭК РК", []),
    ("Обеспечить непрерывную регистрацию температуры в камерах дожигания и содержания кислорода в дымовых газах кремационных печей.",
     "Кейін жағу камераларындағы температураны және кремациялық пештердің түтін газдарындағы оттегінің құрамын үздіксіз тіркеуді қамтамасыз ету.",
     ("справочник по НДТ", "ЕҚТ бойынша анықтамалық"), []),
    ("Проводить мониторинг атмосферного воздуха на границе СЗЗ в точках Т-1 (север) и Т-2 (юг) по веществам: азота диоксид, углерод оксид, "
     "взвешенные частицы – {f}.",
     "СҚА шекарасындағы Т-1 (солтүстік) және Т-2 (оңтүстік) нүктелерінде атмосфералық ауаға мынадай заттар бойынша мониторинг жүргізу: азот "
     "диоксиді, көміртек оксиді, қалқыма бөлшектер – {f}.",
     "ст. 186 ЭК РК", [("pt", ("Т-1", "Т-2"), ("0301", "0337", "2902"), "quarterly")]),
    ("Представлять отчет по программе производственного экологического контроля ежеквартально, не позднее 10 числа месяца, следующего за "
     "отчетным кварталом.",
     "Өндірістік экологиялық бақылау бағдарламасы бойынша есепті тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-нан кешіктірмей ұсыну.",
     "ст. 186 ЭК РК", []),
    ("Передавать отходы только лицам, осуществляющим операции по управлению отходами на основании лицензии или уведомления.",
     "Қалдықтарды тек лицензия немесе хабарлама негізінде қалдықтарды басқару операцияларын жүзеге асыратын тұлғаларға беру.",
     "ст. 336 ЭК РК", []),
)  # fmt: skip


def monitoring_in1(doc: Doc) -> None:
    """The annex of a crematorium's environmental permit listing the conditions of nature use as sentences in a `№ | условие
    | основание` table: the monitoring duties are written out in words inside the sentences — two stacks named by their
    numbers in one sentence, the substances after `по веществам:`, the frequency at the end (`– 1 раз в квартал`) or in the
    middle — beside conditions with no pollutant (the diesel generator by calculation, the continuous recording of
    temperature and oxygen), a reporting duty and a waste duty (VI: a provincial crematorium's environmental permit, the
    requirements of its annex on monitoring written the same way, `KT1`, `KT2` and the outfall `NT1`, dioxins yearly)."""
    if doc.lang == "vi":
        _monitoring_in1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CREMATORIA)
    name, operator = c[L], c[2 + L]
    permit = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(10**7, 10**8 - 1)}"
    doc.h(g(f"Экологическое разрешение на воздействие № {permit}. Приложение 2. Условия природопользования",
            f"№ {permit} әсер етуге арналған экологиялық рұқсат. 2-қосымша. Табиғат пайдалану шарттары", ""))
    doc.p(g(f"Оператор: {operator}. Объект: {name}. Условия обязательны для исполнения в течение срока действия разрешения.",
            f"Оператор: {operator}. Объект: {name}. Шарттар рұқсаттың қолданылу мерзімі ішінде орындалуға міндетті.", ""))
    rows = [g(["№", "Условие", "Основание"], ["№", "Шарт", "Негіздеме"], [])]
    for k, (t_ru, t_kk, basis, duties) in enumerate(CREM_CONDITIONS, 1):
        said = _fw(doc, duties[0][3]) if duties else ""
        text = (t_ru, t_kk)[L].format(f=said)
        if isinstance(basis, tuple):
            basis = basis[L]
        elif L:
            basis = f"ҚР ЭК {basis.split()[1]}-бабы"
        rows.append([f"2.{k}", text, basis])
        for kind, where, codes, word in duties:
            for w in where:
                doc.add("monitoring", *({"source_number" if kind == "src" else "point": w, "code": code, "frequency": word} for code in codes))
    doc.table(None, rows, role="monitoring")
    doc.p(g("ЭК РК – Экологический кодекс Республики Казахстан; СЗЗ – санитарно-защитная зона.",
            "ҚР ЭК – Қазақстан Республикасының Экология кодексі; СҚА – санитариялық-қорғаныш аймағы.", ""))


VN_CREM_REQS = (
    ("Quan trắc khí thải định kỳ tại ống khói lò hỏa táng số 1 (KT1) và ống khói lò hỏa táng số 2 (KT2) các thông số: bụi tổng, SO2, NOx (tính theo "
     "NO2), CO, HCl; tần suất {f}.", [(("KT1", "KT2"), (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337"), ("code", "0316")), "quarterly")]),
    ("Quan trắc thông số tổng Dioxin/Furan (PCDD/PCDF) tại KT1 và KT2 với tần suất {f}.", [(("KT1", "KT2"), (("code", "3620"),), "yearly")]),
    ("Cơ sở không thuộc đối tượng phải lắp đặt hệ thống quan trắc khí thải tự động, liên tục.", []),
    ("Vận hành buồng đốt thứ cấp ở nhiệt độ không thấp hơn 1.050 °C; ghi nhật ký vận hành đối với từng ca hỏa táng.", []),
    ("Quan trắc nước thải sau hệ thống xử lý tại hố ga cuối (NT1) các thông số: pH, BOD5, TSS, Amoni (tính theo N), Tổng Coliforms – {f}.",
     [(("NT1",), (("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "Coliform")), "semiannual")]),
    ("Báo cáo kết quả quan trắc trong báo cáo công tác bảo vệ môi trường hằng năm, gửi trước ngày 31 tháng 01 của năm tiếp theo.", []),
)  # fmt: skip


def _monitoring_in1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, _, _, _, prov, _ = doc.pick(VN_CREM)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG SỐ {r.randint(10, 300)}/GPMT-UBND – PHỤ LỤC 2")
    doc.p(f"Nội dung cấp phép xả khí thải và yêu cầu bảo vệ môi trường đối với {name} của {company} (do Ủy ban nhân dân tỉnh {prov} cấp).")
    rows = [["TT", "Yêu cầu bảo vệ môi trường"]]
    for k, (text, duties) in enumerate(VN_CREM_REQS, 1):
        rows.append([str(k), text.format(f=freq(doc, duties[0][2])) if duties else text])
        for where, keys, word in duties:
            for w in where:
                doc.add("monitoring", *({"point": w, kind: key, "frequency": word} for kind, key in keys))
    doc.table("B. YÊU CẦU VỀ QUAN TRẮC VÀ BẢO VỆ MÔI TRƯỜNG", rows, role="monitoring")


# (code, RU, KK, is a source, parameters (kind, key), frequency, RU method, KK method)
MEAL_PLAN = (
    ("0001", "Труба биофильтра (вытяжка от вакуумных котлов, прессов и сушилки)", "Биосүзгі мұржасы (вакуум қазандарынан, престерден және кептіргіштен сорып шығару)",
     True, ("0303", "0333", "1715", "1862"), "quarterly", "инструментальный", "аспаптық"),
    ("0002", "Дымовая труба котельной (2 котла, природный газ)", "Қазандықтың түтін мұржасы (2 қазан, табиғи газ)", True, ("0301", "0304", "0337"),
     "semiannual", "инструментальный", "аспаптық"),
    ("0003", "Аспирация мельницы мясокостной муки (циклон ЦН-15)", "Ет-сүйек ұны диірменінің аспирациясы (ЦН-15 циклоны)", True, ("2913",),
     "quarterly", "инструментальный", "аспаптық"),
    ("Т-1", "Граница СЗЗ, север", "СҚА шекарасы, солтүстік", False, ("0303", "0333", "1715"), "monthly", "лабораторный", "зертханалық"),
    ("Т-2", "Граница СЗЗ, восток", "СҚА шекарасы, шығыс", False, ("0303", "0333", "1715"), "monthly", "лабораторный", "зертханалық"),
    ("Т-3", "Граница СЗЗ, юг", "СҚА шекарасы, оңтүстік", False, ("0303", "0333", "1715"), "monthly", "лабораторный", "зертханалық"),
    ("Т-4", "Граница СЗЗ, запад", "СҚА шекарасы, батыс", False, ("0303", "0333", "1715"), "monthly", "лабораторный", "зертханалық"),
    ("КК-1", "Контрольный колодец перед выпуском в городскую канализацию", "Қалалық кәрізге шығарар алдындағы бақылау құдығы", False,
     ("pH", "TSS", "BOD5", "COD", "NH4+"), "quarterly", "лабораторный", "зертханалық"),
)  # fmt: skip


def monitoring_in2(doc: Doc) -> None:
    """A rendering plant's plan-graph of production control whose rows are sources and points alike, each with its latitude
    and longitude in two columns of decimal degrees (figures that are no parameters), the parameters of a source written as
    bare codes after the gas parameters (`Параметры ГВС (скорость, расход, температура); 0303, 0333, 1715, 1862`), the
    boundary points with their codes, the sewer well with names that include fats, which have no key (VI: a fish meal plant's
    programme with VN-2000 metres `X`, `Y` in two columns, periodic sampling at two drying lines' stacks, the boiler and the
    outfall, and the automatic station at the same outfall, continuous)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_in2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RENDER)
    operator, lat0, lon0 = p[L], p[8], p[9]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Таблица 6. План-график контроля", "6-кесте. Бақылаудың жоспар-кестесі", ""))
    doc.p(g("Координаты источников и точек отбора – в системе WGS-84 (десятичные градусы). Параметры газовоздушной смеси (ГВС) определяются "
            "одновременно с отбором проб.",
            "Көздер мен сынама алу нүктелерінің координаттары – WGS-84 жүйесінде (ондық градустар). Газ-ауа қоспасының (ГАҚ) параметрлері "
            "сынама алумен бір мезгілде анықталады.", ""))
    rows = [g(["Код", "Источник / точка контроля", "Широта", "Долгота", "Контролируемые параметры", "Периодичность", "Метод"],
              ["Коды", "Көз / бақылау нүктесі", "Ендік", "Бойлық", "Бақыланатын параметрлер", "Кезеңділігі", "Әдіс"], [])]
    offsets = {"Т-1": (0.009, 0), "Т-2": (0, 0.014), "Т-3": (-0.009, 0), "Т-4": (0, -0.014)}
    for code, n_ru, n_kk, is_src, keys, word, m_ru, m_kk in MEAL_PLAN:
        dlat, dlon = offsets.get(code, (r.uniform(-0.0006, 0.0006), r.uniform(-0.0008, 0.0008)))
        lat, lon = f"{lat0 + dlat:.5f}", f"{lon0 + dlon:.5f}"
        if is_src:
            params = g("Параметры ГВС (скорость, расход, температура); ", "ГАҚ параметрлері (жылдамдық, шығын, температура); ", "") + ", ".join(keys)
        elif code == "КК-1":
            params = ", ".join(vocab.water(k, doc.lang) for k in keys[:4]) + g(", жиры, ", ", майлар, ", "") + vocab.water(keys[4], doc.lang)
        else:
            params = "; ".join(f"{k} – {_air(doc, k)}" for k in keys)
        rows.append([code, (n_ru, n_kk)[L], lat.replace(".", ","), lon.replace(".", ","), params, _fw(doc, word), (m_ru, m_kk)[L]])
        where = {"source_number": code} if is_src else {"point": code}
        kind = "code" if is_src or code.startswith("Т") else "symbol"
        doc.add("monitoring", *({**where, kind: k, "frequency": word} for k in keys))
    doc.table(None, rows, role="monitoring")
    doc.p(g("При поступлении жалоб населения на запах проводится внеплановый отбор проб на границе СЗЗ с подветренной стороны.",
            "Тұрғындардан иіс туралы шағымдар түскен кезде СҚА шекарасында ық жақтан жоспардан тыс сынама алынады.", ""))
    maybe_distractor(doc)


# (point, place, parameters (kind, key) after the flow, frequency)
VN_MEAL_PROG = (
    ("KT1", "Ống thải số 1 sau hệ thống xử lý mùi (dây chuyền nấu – sấy số 1)", (("code", "0303"), ("code", "0333"), ("code", "1715")), "quarterly"),
    ("KT2", "Ống thải số 2 sau hệ thống xử lý mùi (dây chuyền nấu – sấy số 2)", (("code", "0303"), ("code", "0333"), ("code", "1715")), "quarterly"),
    ("KT3", "Ống khói lò hơi đốt than", (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")), "quarterly"),
    ("NT1", "Nước thải sau hệ thống xử lý nước thải tập trung, trước khi xả ra kênh",
     (("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "TN"), ("symbol", "Coliform")),
     "quarterly"),
    ("NT1", "Trạm quan trắc nước thải tự động, liên tục tại cửa xả", (("symbol", "pH"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "NH4+")),
     "continuous"),
)  # fmt: skip
VN_NAMES = {"0303": "NH3", "0333": "H2S", "1715": "CH3SH", "2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO",
            "pH": "pH", "BOD5": "BOD5", "COD": "COD", "TSS": "TSS", "NH4+": "Amoni (tính theo N)", "TN": "Tổng nitơ", "Coliform": "Tổng Coliforms"}


def _monitoring_in2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, lat0, _, _ = doc.pick(VN_RENDER)
    x0, y0 = round(lat0 * 110_600) + r.randint(-500, 500), r.randint(520_000, 640_000)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"(Kèm theo báo cáo đề xuất cấp giấy phép môi trường của {company}). Tọa độ vị trí quan trắc theo hệ VN-2000, múi chiếu 3°.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "X (m)", "Y (m)", "Thông số", "Tần suất"]]
    for pid, place, keys, word in VN_MEAL_PROG:
        x, y = x0 + r.randint(-150, 150), y0 + r.randint(-150, 150)
        params = "Lưu lượng, " + ", ".join(VN_NAMES[k] for _, k in keys)
        rows.append([pid, place, num(x, "vi"), num(y, "vi"), params, freq(doc, word)])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key in keys))
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Dữ liệu quan trắc tự động được truyền liên tục về Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU section, KK section), [(RU item, KK item, frequency or None, RU said, KK said, RU who, KK who)])
BURIAL_CHECKS = (
    (("Ограждение и территория скотомогильника", "Мал қорымының қоршауы мен аумағы"), [
        ("Целостность ограждения, запирание ворот, наличие предупредительных знаков", "Қоршаудың бүтіндігі, қақпаның құлыпталуы, ескерту белгілерінің болуы",
         "monthly", "ежемесячно", "ай сайын", "ветеринарный врач сельского округа", "ауылдық округтің ветеринариялық дәрігері"),
        ("Состояние рва и вала (осыпание, заполнение водой)", "Ор мен үйіндінің жай-күйі (опырылу, сумен толу)", "quarterly", "1 раз в квартал",
         "тоқсанына 1 рет", "ветеринарный врач сельского округа", "ауылдық округтің ветеринариялық дәрігері"),
        ("Отсутствие сорной растительности и посторонних предметов на территории", "Аумақта арамшөп пен бөгде заттардың болмауы", "semiannual",
         "2 раза в год (май, сентябрь)", "жылына 2 рет (мамыр, қыркүйек)", "ветеринарный санитар", "ветеринариялық санитар"),
        ("Осмотр территории после паводка и ливневых дождей", "Су тасқыны мен нөсер жаңбырдан кейін аумақты тексеру", None,
         "после каждого паводка или ливня", "әр су тасқынынан немесе нөсерден кейін", "ветеринарный врач сельского округа",
         "ауылдық округтің ветеринариялық дәрігері")]),
    (("Биотермическая яма", "Биотермиялық шұңқыр"), [
        ("Плотность прилегания крышки люка, исправность замка", "Люк қақпағының тығыз жабылуы, құлыптың жарамдылығы", None, "при каждом вскрытии ямы",
         "шұңқырды әр ашқан сайын", "ветеринарный санитар", "ветеринариялық санитар"),
        ("Степень заполнения ямы и температура в массе (термометр-щуп)", "Шұңқырдың толу дәрежесі және массадағы температура (щуп-термометр)",
         "monthly", "ежемесячно (первая неделя месяца)", "ай сайын (айдың бірінші аптасы)", "ветеринарный врач станции",
         "станцияның ветеринариялық дәрігері")]),
    (("Инсинератор", "Инсинератор"), [
        ("Работа горелки и температура в камере дожигания", "Жанарғының жұмысы және кейін жағу камерасындағы температура", None,
         "в каждом цикле сжигания", "әр жағу циклінде", "оператор инсинератора", "инсинератор операторы"),
        ("Состояние футеровки, газохода и дымовой трубы", "Футеровканың, газ жолының және түтін мұржасының жай-күйі", "quarterly", "ежеквартально",
         "тоқсан сайын", "механик станции", "станция механигі")]),
    (("Учет и документация", "Есепке алу және құжаттама"), [
        ("Сверка журнала поступления и уничтожения трупов с актами комиссии", "Өлекселерді қабылдау және жою журналын комиссия актілерімен салыстыру",
         "monthly", "ежемесячно", "ай сайын", "директор станции", "станция директоры"),
        ("Наличие и актуальность паспорта скотомогильника", "Мал қорымы паспортының болуы және өзектілігі", "yearly", "1 раз в год (до 1 апреля)",
         "жылына 1 рет (1 сәуірге дейін)", "директор станции", "станция директоры")]),
)  # fmt: skip


def inspections_in1(doc: Doc) -> None:
    """A district veterinary station's blank check-list of its burial ground, biothermal pit and incinerator: items `1.1`
    under section rows, the frequency and the one who checks beside each item, then three empty columns to be ticked
    (`соответствует`, `не соответствует`, remarks) and the signature lines in the text under it; checks after each flood,
    at each opening of the pit and in each burning cycle have no frequency of the contract (VI: a provincial Chi cục Chăn
    nuôi và Thú y's plan of checking the slaughterhouses, the rendering plant and the incinerator of the province, each
    facility's last grade `A`, `B` or `C` in a column and the frequency of each grade only in the note under the table, the
    burial pits checked after heavy rains)."""
    if doc.lang == "vi":
        _inspections_in1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(STATIONS)
    station, village = s[L], s[4 + L]
    doc.h(g(f"Лист контроля состояния скотомогильника «{village}» и инсинератора на 2026 год", f"«{village}» мал қорымы мен инсинератордың жай-күйін бақылау парағы, 2026 жыл", ""))
    doc.p(g(f"Балансодержатель: {station}. Лист заполняется проверяющим при каждой проверке; выявленные несоответствия устраняются в срок не "
            "более 10 дней.",
            f"Баланс ұстаушы: {station}. Парақты тексеруші әр тексеру кезінде толтырады; анықталған сәйкессіздіктер 10 күннен аспайтын мерзімде "
            "жойылады.", ""))
    rows = [g(["№", "Контролируемый показатель", "Периодичность", "Проверяющий", "Соответствует", "Не соответствует", "Примечание"],
              ["№", "Бақыланатын көрсеткіш", "Кезеңділігі", "Тексеруші", "Сәйкес", "Сәйкес емес", "Ескертпе"], [])]
    merges = []
    for s_no, ((sec_ru, sec_kk), items) in enumerate(BURIAL_CHECKS, 1):
        _span(rows, merges, f"{s_no}. {(sec_ru, sec_kk)[L]}", 7)
        for k, (i_ru, i_kk, word, said_ru, said_kk, who_ru, who_kk) in enumerate(items, 1):
            text, who = (i_ru, i_kk)[L], (who_ru, who_kk)[L]
            rows.append([f"{s_no}.{k}", text, (said_ru, said_kk)[L], who, "☐", "☐", ""])
            item = {"kind": "inspection", "number": f"{s_no}.{k}", "text_contains": _words(text, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Проверку провел: ______________ (Ф.И.О., подпись)    Дата: «___» ____________ 20__ г.",
            "Тексерген: ______________ (Т.А.Ә., қолы)    Күні: 20__ ж. «___» ____________", ""))


VN_GRADED = (
    ("Cơ sở giết mổ gia súc, gia cầm tập trung Phú Bình", "xã Phú Bình", "Giết mổ gia súc, gia cầm", "A"),
    ("Nhà máy chế biến bột cá Bình Đại", "xã Bình Đại", "Chế biến bột cá, dầu cá", "B"),
    ("Lò đốt xác động vật của Trạm Chăn nuôi và Thú y khu vực Đông Nam", "xã Tân Phước", "Tiêu hủy xác động vật, sản phẩm động vật", "B"),
    ("Cơ sở giết mổ gia cầm Tân Hưng", "xã Tân Hưng", "Giết mổ gia cầm", "C"),
    ("Cơ sở thu gom, sơ chế phụ phẩm thủy sản Hòa Lợi", "xã Hòa Lợi", "Sơ chế phụ phẩm thủy sản", "A"),
)
VN_GRADE_WORD = {"A": "yearly", "B": "semiannual", "C": "quarterly"}


def _inspections_in1_vi(doc: Doc) -> None:
    r = doc.rng
    prov = doc.pick(("Vĩnh Long", "Đồng Nai", "Tây Ninh"))
    doc.p(f"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH {prov.upper()} – CHI CỤC CHĂN NUÔI VÀ THÚ Y")
    doc.h("KẾ HOẠCH KIỂM TRA ĐIỀU KIỆN VỆ SINH THÚ Y VÀ BẢO VỆ MÔI TRƯỜNG TẠI CÁC CƠ SỞ GIẾT MỔ, CHẾ BIẾN, TIÊU HỦY ĐỘNG VẬT NĂM 2026")
    doc.p(f"(Ban hành kèm theo Quyết định số {r.randint(10, 190)}/QĐ-CCCNTY ngày {r.randint(2, 28):02d}/01/2026 của Chi cục trưởng). Đoàn kiểm tra của Chi "
          "cục thực hiện kiểm tra định kỳ theo kết quả xếp loại gần nhất của từng cơ sở.")
    rows = [["TT", "Tên cơ sở", "Địa chỉ", "Loại hình", "Xếp loại gần nhất", "Nội dung kiểm tra"]]
    for k, (name, place, kind, grade) in enumerate(VN_GRADED, 1):
        rows.append([str(k), name, f"{place}, tỉnh {prov}", kind, grade, "Điều kiện vệ sinh thú y; thu gom, xử lý chất thải, nước thải, khí thải, mùi"])
        doc.add("obligations", {"kind": "inspection", "text_contains": name, "frequency": VN_GRADE_WORD[grade]})
    rows.append([str(len(VN_GRADED) + 1), "Các hố chôn lấp động vật tiêu hủy do dịch bệnh trên địa bàn tỉnh", "Theo danh sách tại Phụ lục 2", "Hố chôn lấp", "-",
                 "Tình trạng sụt lún, rò rỉ nước; kiểm tra sau mỗi đợt mưa lớn, ngập úng"])
    doc.add("obligations", {"kind": "inspection", "text_contains": "Các hố chôn lấp động vật"})
    doc.table("Danh sách cơ sở kiểm tra", rows, role="inspections")
    doc.p("Ghi chú: tần suất kiểm tra định kỳ – cơ sở xếp loại A: 12 tháng/lần; cơ sở xếp loại B: 6 tháng/lần; cơ sở xếp loại C: 3 tháng/lần cho đến khi "
          "được đánh giá lại đạt loại A hoặc B.")


# (number, RU, KK, RU criterion, KK criterion, frequency or None, RU said, KK said, RU who, KK who)
CREM_CHECKS = (
    ("ТО-1", "Визуальный контроль дымовых труб кремационных печей", "Кремациялық пештердің түтін мұржаларын көзбен шолып бақылау",
     "видимый дым отсутствует (не более 1 по шкале Рингельмана)", "көрінетін түтін жоқ (Рингельман шкаласы бойынша 1-ден аспайды)", "daily",
     "ежедневно, в начале смены", "күн сайын, ауысым басында", "оператор кремационной печи", "кремациялық пеш операторы"),
    ("ТО-2", "Температура в камерах дожигания по показаниям регистратора", "Тіркегіштің көрсеткіштері бойынша кейін жағу камераларындағы температура",
     "не ниже 850 °C, время пребывания газов не менее 2 с", "850 °C-тан төмен емес, газдардың болу уақыты кемінде 2 с", "daily", "ежедневно",
     "күн сайын", "старший оператор", "аға оператор"),
    ("ТО-3", "Осмотр газоходов, шиберов и теплообменника", "Газ жолдарын, шиберлерді және жылу алмастырғышты қарау", "разрежение в топке 20–40 Па",
     "оттықтағы сиретілу 20–40 Па", "weekly", "еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)", "слесарь КИПиА", "БӨАжА слесарі"),
    ("ТО-4", "Проверка рукавного фильтра: целостность рукавов, перепад давления", "Жеңді сүзгіні тексеру: жеңдердің бүтіндігі, қысым айырмасы",
     "перепад 800–1 500 Па", "айырма 800–1 500 Па", "monthly", "ежемесячно", "ай сайын", "главный инженер", "бас инженер"),
    ("ТО-5", "Осмотр футеровки пода и стен печей", "Пештердің табаны мен қабырғаларының футеровкасын қарау", "трещины не более 5 мм",
     "жарықтар 5 мм-ден аспайды", None, "через каждые 500 кремаций", "әр 500 кремациядан кейін", "главный инженер", "бас инженер"),
    ("ТО-6", "Проверка площадки накопления отходов (контейнеры, маркировка, журнал)", "Қалдықтарды жинақтау алаңын тексеру (контейнерлер, таңбалау, журнал)",
     "–", "–", "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "инженер-эколог", "инженер-эколог"),
    ("ТО-7", "Поверка переносного газоанализатора", "Тасымалы газоанализаторды салыстырып тексеру", "погрешность не более ±5 %",
     "қателігі ±5 %-дан аспайды", "yearly", "1 раз в год", "жылына 1 рет", "инженер-эколог", "инженер-эколог"),
    ("ТО-8", "Осмотр газового оборудования котельной кладбища", "Зират қазандығының газ жабдығын қарау", "утечки газа отсутствуют", "газдың ағуы жоқ",
     "monthly", "1 раз в месяц", "айына 1 рет", "ответственный за газовое хозяйство", "газ шаруашылығына жауапты"),
)  # fmt: skip
VN_CREM_CHECKS = (
    ("KT-01", "Kiểm tra khói tại miệng ống khói", "Không có khói đen nhìn thấy bằng mắt thường", "daily", "Hằng ngày, đầu ca", "Công nhân vận hành lò"),
    ("KT-02", "Nhiệt độ buồng đốt thứ cấp trên màn hình điều khiển", "≥ 1.050 °C trước khi đưa quan tài vào lò", "daily", "Hằng ngày", "Trưởng ca vận hành"),
    ("KT-03", "Kiểm tra quạt hút, đường ống dẫn khí thải", "Không rò rỉ, không rung bất thường", "weekly", "Hằng tuần (thứ Hai)", "Tổ cơ điện"),
    ("KT-04", "Kiểm tra tháp hấp thụ: mức dung dịch, bơm tuần hoàn", "Bơm hoạt động bình thường, béc phun không tắc", "monthly", "01 tháng/lần",
     "Tổ cơ điện"),
    ("KT-05", "Kiểm tra lớp gạch chịu lửa buồng đốt", "Vết nứt không quá 5 mm", None, "Sau mỗi 500 ca hỏa táng", "Phó Giám đốc kỹ thuật"),
    ("KT-06", "Kiểm tra khu lưu giữ chất thải nguy hại", "Có mái che, dán nhãn, có sổ theo dõi", "quarterly", "03 tháng/lần", "Cán bộ môi trường"),
    ("KT-07", "Kiểm định thiết bị đo nhiệt độ buồng đốt", "Sai số không quá ±2 %", "yearly", "12 tháng/lần", "Cán bộ môi trường"),
)  # fmt: skip


def inspections_in2(doc: Doc) -> None:
    """A city crematorium's programme of internal control of its furnaces, gas cleaning and boiler house whose items carry
    codes `ТО-1` … of their own, a column of criteria full of figures that are no limits of any pollutant (`не ниже 850 °C`,
    `разрежение 20–40 Па`, `перепад 800–1 500 Па`, `±5 %`), the frequency in the crematorium's words and the one who checks
    last, the refractory lining checked every 500 cremations, which is no frequency of the contract (VI: a provincial
    crematorium's procedure with `KT-01` …, `≥ 1.050 °C`, `Sau mỗi 500 ca hỏa táng`)."""
    g = doc.v
    if doc.lang == "vi":
        name, company, *_ = doc.pick(VN_CREM)
        doc.h(f"QUY TRÌNH KIỂM TRA, BẢO DƯỠNG LÒ HỎA TÁNG VÀ HỆ THỐNG XỬ LÝ KHÍ THẢI – {name.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Kết quả kiểm tra được ghi vào sổ nhật ký vận hành.")
        rows = [["Mã", "Hạng mục kiểm tra", "Tiêu chí đạt", "Tần suất", "Người thực hiện"]]
        for code, text, crit, word, said, who in VN_CREM_CHECKS:
            rows.append([code, text, crit, said, who])
            item = {"kind": "inspection", "number": code, "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    c = doc.pick(CREMATORIA)
    name, operator = c[L], c[2 + L]
    doc.h(g(f"Программа внутреннего контроля природоохранного оборудования. {name}", f"{name}. Табиғат қорғау жабдығын ішкі бақылау бағдарламасы", ""))
    doc.p(g(f"Утверждена приказом директора {operator}. Результаты контроля заносятся в журнал технического состояния оборудования.",
            f"{operator} директорының бұйрығымен бекітілген. Бақылау нәтижелері жабдықтың техникалық жай-күйі журналына енгізіледі.", ""))
    rows = [g(["Шифр", "Объект и вид контроля", "Критерий (норма)", "Периодичность", "Ответственный"],
              ["Шифр", "Бақылау объектісі мен түрі", "Өлшем (норма)", "Кезеңділігі", "Жауапты"], [])]
    for code, o_ru, o_kk, c_ru, c_kk, word, s_ru, s_kk, w_ru, w_kk in CREM_CHECKS:
        text, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([code, text, (c_ru, c_kk)[L], (s_ru, s_kk)[L], who])
        item = {"kind": "inspection", "number": code, "text_contains": _words(text, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Перечень контрольных операций", "1-кесте – Бақылау операцияларының тізбесі", ""), rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (RU text, KK text, RU term, KK term, RU actor, KK actor); {op} is the rendering plant's operator
ORDERS = (
    ("Управлению ветеринарии области провести инвентаризацию скотомогильников и биотермических ям с уточнением координат, балансодержателей и "
     "технического состояния",
     "Облыстың ветеринария басқармасы мал қорымдары мен биотермиялық шұңқырларды координаттарын, баланс ұстаушыларын және техникалық жай-күйін "
     "нақтылай отырып түгендеуді жүргізсін",
     "до 1 мая 2026 года", "2026 жылғы 1 мамырға дейін", "Управлению ветеринарии", "ветеринария басқармасы"),
    ("Акиматам районов обеспечить ограждение, обваловку и установку предупредительных знаков на скотомогильниках, не отвечающих "
     "ветеринарно-санитарным требованиям",
     "Аудандардың әкімдіктері ветеринариялық-санитариялық талаптарға сай келмейтін мал қорымдарын қоршауды, үйінді салуды және ескерту белгілерін "
     "орнатуды қамтамасыз етсін",
     "до 1 июля 2026 года", "2026 жылғы 1 шілдеге дейін", "Акиматам районов", "Аудандардың әкімдіктері"),
    ("Районным ветеринарным станциям вести журналы учета сжигания трупов животных в инсинераторах и ежеквартально представлять сведения в "
     "управление ветеринарии",
     "Аудандық ветеринариялық станциялар инсинераторларда жануарлардың өлекселерін жағуды есепке алу журналдарын жүргізсін және ветеринария "
     "басқармасына тоқсан сайын мәліметтер ұсынсын",
     "постоянно", "тұрақты", "ветеринарным станциям", "ветеринариялық станциялар"),
    ("Управлению финансов области рассмотреть выделение средств на приобретение шести передвижных инсинераторов для районов области",
     "Облыстың қаржы басқармасы облыс аудандары үшін алты жылжымалы инсинератор сатып алуға қаражат бөлуді қарастырсын",
     "при уточнении бюджета на 2026 год", "2026 жылғы бюджетті нақтылау кезінде", "Управлению финансов", "қаржы басқармасы"),
    ("Управлению природных ресурсов и регулирования природопользования области включить строительство биотермических ям в план "
     "природоохранных мероприятий области",
     "Облыстың табиғи ресурстар және табиғат пайдалануды реттеу басқармасы биотермиялық шұңқырлар салуды облыстың табиғат қорғау іс-шаралары "
     "жоспарына енгізсін",
     "до 1 сентября 2026 года", "2026 жылғы 1 қыркүйекке дейін", "Управлению природных ресурсов", "табиғи ресурстар"),
    ("{op} обеспечить прием трупов животных и отходов убоя от хозяйств области по договорам с районными ветеринарными станциями",
     "{op} облыс шаруашылықтарынан жануарлардың өлекселері мен сою қалдықтарын аудандық ветеринариялық станциялармен шарттар бойынша қабылдауды "
     "қамтамасыз етсін",
     "II квартал 2026 года", "2026 жылғы II тоқсан", None, None),
    ("Рекомендовать Департаменту экологии по области провести проверку соблюдения экологических требований при эксплуатации инсинераторов",
     "Облыс бойынша экология департаментіне инсинераторларды пайдалану кезінде экологиялық талаптардың сақталуын тексеру ұсынылсын",
     "III квартал 2026 года", "2026 жылғы III тоқсан", "Департаменту экологии", "экология департаментіне"),
)  # fmt: skip
CENTRES = {"19": ("Конаев", "Қонаев"), "35": ("Караганда", "Қарағанды"), "59": ("Петропавловск", "Петропавл")}


def tasks_in1(doc: Doc) -> None:
    """The decisions of a meeting held by an oblast's deputy akim on cattle burial grounds and the disposal of carcasses, as
    the minutes' table of instructions: the body that must act is named only at the head of each instruction in the dative
    (`Управлению ветеринарии области провести …`; KK in the nominative, `… басқармасы … жүргізсін`), a rendering plant
    among the bodies, a recommendation to the Department of Ecology, the term, and a `Контроль` column naming the officials
    who watch over the execution, who are not the ones who act (VI: the notice of a provincial vice-chairman's conclusions,
    `Đơn vị theo dõi, đôn đốc` naming the office of the People's Committee)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_in1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    i = doc.rng.randrange(len(STATIONS))
    s, p = STATIONS[i], RENDER[i]
    oblast, centre, op = s[6 + L], CENTRES[s[8]][L], p[L]
    deputy = doc.pick(("Б. Сарсенов", "Е. Абдрахманов", "Д. Мукашев"))
    doc.h(g("ПРОТОКОЛ совещания у заместителя акима области по вопросам содержания скотомогильников и утилизации биологических отходов",
            "Мал қорымдарын күтіп-ұстау және биологиялық қалдықтарды кәдеге жарату мәселелері жөніндегі облыс әкімі орынбасарының кеңесінің ХАТТАМАСЫ", ""))
    doc.p(g(f"г. {centre}, {r.randint(3, 27):02d}.02.2026, № {r.randint(4, 30)}. Председательствовал: заместитель акима {oblast.replace('ская область', 'ской области')} {deputy}. "
            "Присутствовали: руководители управлений, акимы районов, директора районных ветеринарных станций.",
            f"{centre} қ., 2026 жылғы {r.randint(3, 27)} ақпан, № {r.randint(4, 30)}. Төрағалық етті: {oblast} әкімінің орынбасары {deputy}. "
            "Қатысқандар: басқармалардың басшылары, аудан әкімдері, аудандық ветеринариялық станциялардың директорлары.", ""))
    doc.p(g("Заслушав информацию руководителя управления ветеринарии, совещание РЕШИЛО:", "Ветеринария басқармасы басшысының ақпаратын тыңдап, кеңес ШЕШТІ:", ""))
    rows = [g(["№", "Поручение", "Срок исполнения", "Контроль"], ["№", "Тапсырма", "Орындау мерзімі", "Бақылау"], [])]
    control = g((f"заместитель акима области {deputy}", "руководитель аппарата акима области"), (f"облыс әкімінің орынбасары {deputy}", "облыс әкімі аппаратының басшысы"), ())
    for k, (t_ru, t_kk, term_ru, term_kk, a_ru, a_kk) in enumerate(ORDERS, 1):
        text = (t_ru, t_kk)[L].format(op=op)
        rows.append([str(k), text, (term_ru, term_kk)[L], control[0] if k % 3 else control[1]])
        actor = (a_ru, a_kk)[L] or op.split("«")[1].split("»")[0]
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": actor})
    doc.table(None, rows, role="tasks")
    doc.p(g("Информацию об исполнении представить в управление ветеринарии области в сроки, указанные в протоколе.",
            "Орындалуы туралы ақпарат хаттамада көрсетілген мерзімдерде облыстың ветеринария басқармасына ұсынылсын.", ""))


VN_ORDERS = (
    ("Sở Nông nghiệp và Môi trường chủ trì rà soát, lập danh sách các hố chôn lấp động vật tiêu hủy, đánh giá nguy cơ ô nhiễm nguồn nước", "Trước ngày 30/4/2026",
     "Sở Nông nghiệp và Môi trường"),
    ("Chi cục Chăn nuôi và Thú y tổ chức kiểm tra điều kiện vệ sinh thú y tại các cơ sở giết mổ, chế biến phụ phẩm động vật", "Quý II/2026",
     "Chi cục Chăn nuôi và Thú y"),
    ("UBND các xã, phường có hố chôn lấp rắc vôi bột, gia cố bờ bao và cắm biển cảnh báo tại các hố chôn", "Trước mùa mưa bão năm 2026", "UBND các xã, phường"),
    ("Sở Tài chính tham mưu bố trí kinh phí đầu tư lò đốt xác động vật tại 03 khu vực chăn nuôi tập trung", "Khi xây dựng dự toán năm 2027", "Sở Tài chính"),
    ("{op} lắp đặt bổ sung hệ thống lọc sinh học xử lý mùi tại dây chuyền sấy bột cá", "Trước ngày 30/6/2026", None),
    ("Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi trường) kiểm tra, xử lý các trường hợp vứt xác động vật ra môi trường", "Thường xuyên",
     "Công an tỉnh"),
)  # fmt: skip


def _tasks_in1_vi(doc: Doc) -> None:
    r = doc.rng
    _, company, _, _, _, prov = doc.pick(VN_RENDER)
    doc.p(f"ỦY BAN NHÂN DÂN TỈNH {prov.upper()} – Số: {r.randint(20, 400)}/TB-UBND")
    doc.h("THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác quản lý hố chôn lấp động vật và xử lý phụ phẩm, chất thải giết mổ")
    doc.p(f"Ngày {r.randint(3, 27):02d}/02/2026, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo của Sở Nông nghiệp và Môi trường, Phó Chủ "
          "tịch UBND tỉnh kết luận và giao nhiệm vụ như sau:")
    rows = [["TT", "Nội dung giao nhiệm vụ", "Thời hạn", "Đơn vị theo dõi, đôn đốc"]]
    for k, (text, term, actor) in enumerate(VN_ORDERS, 1):
        text = text.format(op=company)
        rows.append([str(k), text, term, "Văn phòng UBND tỉnh"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": actor or company})
    doc.table(None, rows, role="tasks")
    doc.p("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.")


# (RU subject, KK subject, RU cause, KK cause, RU action, KK action, RU who, KK who, RU term, KK term, RU mark, KK mark)
COMPLAINTS = (
    ("Резкий запах в селе в вечерние часы", "Кешкі уақытта ауылдағы өткір иіс", "негерметичность крышки загрузочного люка вакуумного котла № 2",
     "№ 2 вакуум қазанының тиеу люгі қақпағының саңылаусыз болмауы", "Заменить уплотнения загрузочных люков вакуумных котлов № 1–4",
     "№ 1–4 вакуум қазандарының тиеу люктерінің тығыздағыштарын ауыстыру", "главный механик", "бас механик", "до 15.02.2026", "15.02.2026 дейін",
     "выполнено 10.02.2026", "10.02.2026 орындалды"),
    ("Запах при разгрузке сырья", "Шикізатты түсіру кезіндегі иіс", "разгрузка автомашин на открытой площадке вне приемного отделения",
     "автокөліктерді қабылдау бөлімшесінен тыс ашық алаңда түсіру", "Перевести разгрузку сырья в закрытое приемное отделение с воздушной завесой",
     "Шикізатты түсіруді әуе перделі жабық қабылдау бөлімшесіне ауыстыру", "начальник цеха приемки сырья", "шикізат қабылдау цехының бастығы",
     "I квартал 2026 г.", "2026 ж. I тоқсаны", "в работе", "орындалуда"),
    ("Запах вдоль автодороги при перевозке сырья", "Шикізатты тасымалдау кезінде автожол бойындағы иіс", "негерметичные кузова автомашин",
     "автокөлік шанақтарының саңылаусыз болмауы", "Оснастить автомашины для перевозки сырья герметичными контейнерами с крышками",
     "Шикізат тасымалдайтын автокөліктерді қақпағы бар саңылаусыз контейнерлермен жабдықтау", "начальник автотранспортного участка",
     "автокөлік учаскесінің бастығы", "до 01.04.2026", "01.04.2026 дейін", "", ""),
    ("Стойкий запах при западном ветре", "Батыс жел кезіндегі тұрақты иіс", "снижение эффективности биофильтра (пересыхание загрузки)",
     "биосүзгі тиімділігінің төмендеуі (жүктеменің кебуі)", "Заменить загрузку биофильтра и установить систему увлажнения",
     "Биосүзгі жүктемесін ауыстыру және ылғалдандыру жүйесін орнату", "инженер-эколог", "инженер-эколог", "II квартал 2026 г.", "2026 ж. II тоқсаны", "", ""),
    ("Сточные воды с запахом в канаве у ограждения", "Қоршау жанындағы арықта иісі бар ағынды су", "перелив жироловки", "май ұстағыштың асып төгілуі",
     "Увеличить кратность очистки жироловки до 2 раз в неделю и установить сигнализатор уровня",
     "Май ұстағышты тазалау жиілігін аптасына 2 ретке дейін арттыру және деңгей дабылын орнату", "начальник производственного цеха",
     "өндірістік цех бастығы", "до 01.03.2026", "01.03.2026 дейін", "", ""),
)  # fmt: skip


def tasks_in2(doc: Doc) -> None:
    """A rendering plant's plan of corrective actions after the residents' complaints about its smell: a row per complaint
    with the plan's own number, then the complaint's registration number and date from the e-government portal (`ЖТ-…`),
    what was complained of and the cause found — three columns of no task — then the corrective action, the responsible,
    the term and a mark of execution, some already done (VI: a fish meal plant's `kế hoạch khắc phục` after complaints to
    the province's hotline, `PA-…/2025`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_in2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RENDER)
    operator = p[L]
    doc.h(g(f"План корректирующих мероприятий по обращениям населения на запах. {operator}",
            f"{operator}. Тұрғындардың иіс туралы өтініштері бойынша түзету іс-шараларының жоспары", ""))
    doc.p(g("Обращения поступили через портал «Е-Өтініш» и рассмотрены совместно с акиматом сельского округа; причины установлены комиссией "
            "предприятия с выездом на место.",
            "Өтініштер «Е-Өтініш» порталы арқылы түсті және ауылдық округ әкімдігімен бірлесіп қаралды; себептерін кәсіпорын комиссиясы орнына "
            "шығып анықтады.", ""))
    rows = [g(["№ п/п", "Рег. № и дата обращения", "Суть обращения", "Установленная причина", "Корректирующее мероприятие", "Ответственный", "Срок",
               "Отметка о выполнении"],
              ["Р/с №", "Өтініштің тір. № және күні", "Өтініштің мәні", "Анықталған себеп", "Түзету іс-шарасы", "Жауапты", "Мерзімі", "Орындалуы туралы белгі"], [])]
    for k, c in enumerate(COMPLAINTS, 1):
        subj, cause, action, who, term, mark = c[L], c[2 + L], c[4 + L], c[6 + L], c[8 + L], c[10 + L]
        reg = f"ЖТ-2025-{r.randint(1_000_000, 9_999_999):07d} {g('от', '', '')} {r.randint(1, 28):02d}.{r.randint(9, 12):02d}.2025".replace("  ", " ")
        rows.append([str(k), reg, subj, cause, action, who, term, mark])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(action, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g("О выполнении мероприятий заявители информируются письменно в течение 5 рабочих дней.",
            "Іс-шаралардың орындалуы туралы өтініш берушілерге 5 жұмыс күні ішінде жазбаша хабарланады.", ""))
    maybe_distractor(doc)


VN_COMPLAINTS = (
    ("Mùi hôi tại khu dân cư vào ban đêm", "Nắp nạp liệu nồi nấu số 2 bị hở", "Thay gioăng làm kín nắp nạp liệu các nồi nấu", "Tổ cơ điện",
     "Trước 15/02/2026", "Đã hoàn thành"),
    ("Nước thải có mùi chảy ra kênh sau nhà máy", "Bể tách mỡ quá tải", "Tăng tần suất vớt mỡ và lắp thêm bể tách mỡ thứ hai", "Bộ phận môi trường",
     "Quý I/2026", "Đang thực hiện"),
    ("Xe chở nguyên liệu rơi vãi nước tanh trên đường", "Thùng xe không kín", "Trang bị thùng chứa kín có nắp cho xe vận chuyển phụ phẩm", "Đội xe",
     "Trước 31/3/2026", ""),
    ("Mùi hôi khi có gió mùa Đông Bắc", "Vật liệu lọc sinh học bị khô", "Thay vật liệu lọc sinh học và lắp hệ thống phun ẩm tự động", "Phòng Kỹ thuật",
     "Quý II/2026", ""),
)  # fmt: skip


def _tasks_in2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, _, _, prov = doc.pick(VN_RENDER)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC NỘI DUNG PHẢN ÁNH VỀ MÙI HÔI – {plant.upper()}")
    doc.p(f"Các phản ánh được tiếp nhận qua đường dây nóng của UBND tỉnh {prov} và chuyển đến {company}; nguyên nhân do tổ kiểm tra của Công ty xác định.")
    rows = [["TT", "Số, ngày phản ánh", "Nội dung phản ánh", "Nguyên nhân", "Biện pháp khắc phục", "Bộ phận thực hiện", "Thời hạn", "Tình trạng"]]
    for k, (subj, cause, action, who, term, mark) in enumerate(VN_COMPLAINTS, 1):
        rows.append([str(k), f"PA-{r.randint(100, 999)}/2025 ngày {r.randint(1, 28):02d}/{r.randint(9, 12):02d}/2025", subj, cause, action, who, term, mark])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(action, 5), "actor_contains": who})
    doc.table("Bảng 1. Nội dung khắc phục", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IN{k}", globals()[f"{role}_in{k}"]) for role in ROLES for k in (1, 2)]
