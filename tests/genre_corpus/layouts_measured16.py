"""Measured blind once (part B of the ninth blind set, 0.598 as first measured under its name, 2026-12-04), then studied and
tuned on: now a tuning layout. What follows is its writer's description.

A blind held-out set (two layouts per role, `L1` and `L2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: metallurgy and ore processing — Kazakhstan's copper and zinc smelters, a ferroalloy plant, a uranium mine
working by in-situ leaching (ПСВ), an underground coal mine of the Karaganda basin and a coal-fired CHP of Ekibastuz
(КЭР, НДВ projects, ПЭК programmes and reports on ПЭК, inspection acts of the Departments of Ecology, programmes of
raising environmental efficiency towards НДТ); Vietnam's coal mines of Quảng Ninh (Vinacomin), a bauxite mine and an
alumina refinery in the Central Highlands and a steel rolling mill (Giấy phép môi trường, báo cáo quan trắc môi trường
định kỳ, ĐTM reports, biên bản kiểm tra, BAT roadmaps).

Facility: the header card of an inspection act (VI: a biên bản kiểm tra), where the inspecting body, the order and
the term of the check come before and after the operator's lines under merged section rows; a report's card split
into two tables, the operator (with the BIN) and the production site (KATO, OKED with words, category, coordinates in
whole seconds with upper-case `СШ/ВД`), no BIN in the second. Emissions: a НДВ table with one row per source whose
code, name, g/s and t/year cells each hold one line per substance, the gas cleaning with its efficiency, a total of
all substances; a CHP's table transposed, substances as rows and a column group per stack headed by the source's
number with a row of the stack's height and diameter, `г/с | т/год` under each and a total group (VI: an alumina
refinery's stacks in the operation period). Wastes: smelter wastes with their chemical composition as sub-columns
between the place of formation and the amount (VI: red mud and sand with Fe2O3/Al2O3/Na2O beside the CTNH); a coal
mine's inventory whose amounts are broken down in `в том числе` rows by shaft (VI: overburden and used oil broken
down by destination and workshop). Limits: discharge norms with the outlets as rows and the parameters as columns
(VI: mine-water streams with Kq and Kf columns and limits already worked out); ambient-air results whose ПДК sits in
the substance's group row, points as rows and quarters as columns, a ratio column (VI: stack results by quarter
under group rows per stack against QCVN 19 column B). Monitoring: observation wells whose parameter sets are named
by a complex number explained in note rows under the table, the second set including the first (VI: groups A and B
around a red-mud pond); a matrix of sources by substances with the frequency written in each cell, continuous АСМ
cells among them (VI: a rolling mill's stacks). Inspections: a compliance calendar where internal checks of units
are mixed with reporting and payment duties; a coal mine's rounds of its environmental objects under group rows
naming the frequency, daily and weekly ones included. Tasks: a programme of raising environmental efficiency with
the НДТ's number beside each measure under unnumbered component rows (VI: a BAT roadmap); an amended plan with an
excluded item and inserted items numbered `4-1` (VI: `3a`).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`,
`^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num, rate
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _span(rows: list, merges: list, text: str) -> None:
    """A row whose one cell spans the table: a group, a section or a note."""
    width = len(rows[0])
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dmy(doc: Doc, day: int, month: int, year: int) -> str:
    """A date as the language writes it in a table: `05.03.2026`, VI `05/3/2026`."""
    return f"{day:02d}/{month}/{year}" if doc.lang == "vi" else f"{day:02d}.{month:02d}.{year}"


# frequencies the common table does not word: daily and weekly
DAILY_WEEKLY = {
    "daily": ("ежедневно|1 раз в сутки", "күн сайын|тәулігіне 1 рет", "hằng ngày|01 lần/ngày"),
    "weekly": ("еженедельно|1 раз в неделю", "апта сайын|аптасына 1 рет", "hằng tuần|01 lần/tuần"),
}


def _freq(doc: Doc, word: str) -> str:
    if word in DAILY_WEEKLY:
        return doc.pick(DAILY_WEEKLY[word][vocab.LANGS.index(doc.lang)].split("|"))
    return freq(doc, word)


# names of the reference list (corpus/air_pollutants.csv) for the codes of metallurgy vocab.AIR lacks: (RU, KK, VI)
METAL_AIR: dict[str, tuple[str, str, str, int | None]] = {
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді", "", 2),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді", "", 3),
    "0325": ("Мышьяк, неорганические соединения (в пересчете на мышьяк)", "Күшән", "Asen", 2),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы", "Axit sunfuric", 2),
    "0133": ("Кадмий оксид (в пересчете на кадмий)", "Кадмий оксиді", "", 1),
    "0203": ("Хром (в пересчете на хром (VI) оксид)", "Хром", "", 1),
    "2907": ("Пыль неорганическая, содержащая двуокись кремния в %: более 70",
             "Бейорганикалық шаң: кремний қостотығы 70%-дан жоғары", "", 3),
    "3749": ("Пыль каменного угля", "Көмір шаңы", "Bụi than", None),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in METAL_AIR:
        return METAL_AIR[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return METAL_AIR[code][3] if code in METAL_AIR else vocab.hazard(code)


def _vi_air(code: str) -> str:
    """A pollutant as Vietnamese tables name it: dust in words, gases by formula."""
    return vocab.air(code, "vi", 0 if code in ("2902", "0123", "0143") else 1)


# ---------------------------------------------------------------- operators and their sites

KZ_SITES = {
    "copper": {"ru": ("Медеплавильный комплекс «Сарышаган Мыс»", "ТОО «Сарышаган Коппер Смелтинг»",
                      "Карагандинская область, г. Балхаш, промышленная зона"),
               "kk": ("«Сарышаған Мыс» мыс балқыту кешені", "«Сарышаған Коппер Смелтинг» ЖШС",
                      "Қарағанды облысы, Балқаш қаласы, өнеркәсіптік аймақ"),
               "region": "35", "oked": "24440", "lat": (46.82, 46.86), "lon": (74.93, 75.02),
               "dept": ("Департамент экологии по Карагандинской области", "Қарағанды облысы бойынша экология департаменті"),
               "city": ("г. Балхаш", "Балқаш қ.")},
    "zinc": {"ru": ("Цинковый завод «Улба-Мырыш»", "АО «Алтай Полиметалл Металлургия»",
                    "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Промышленная, 1"),
             "kk": ("«Үлбі-Мырыш» мырыш зауыты", "«Алтай Полиметалл Металлургия» АҚ",
                    "Шығыс Қазақстан облысы, Өскемен қаласы, Өнеркәсіп көшесі, 1"),
             "region": "63", "oked": "24430", "lat": (49.96, 49.99), "lon": (82.56, 82.63),
             "dept": ("Департамент экологии по Восточно-Казахстанской области", "Шығыс Қазақстан облысы бойынша экология департаменті"),
             "city": ("г. Усть-Каменогорск", "Өскемен қ.")},
    "ferro": {"ru": ("Ферросплавный завод «Ертис Ферро»", "ТОО «Иртыш Ферроэлойз»", "Павлодарская область, г. Аксу, ул. Пром. зона, 7"),
              "kk": ("«Ертіс Ферро» ферроқорытпа зауыты", "«Ертіс Ферроэлойз» ЖШС", "Павлодар облысы, Ақсу қаласы, Өнеркәсіп аймағы, 7"),
              "region": "55", "oked": "24100", "lat": (52.02, 52.06), "lon": (76.90, 76.97),
              "dept": ("Департамент экологии по Павлодарской области", "Павлодар облысы бойынша экология департаменті"),
              "city": ("г. Аксу", "Ақсу қ.")},
    "uranium": {"ru": ("Рудник подземного скважинного выщелачивания «Шу-Кайнар»", "ТОО «Кайнар Уран»",
                       "Туркестанская область, Созакский район, месторождение Кайнар"),
                "kk": ("«Шу-Қайнар» жерасты ұңғымалық шаймалау кеніші", "«Қайнар Уран» ЖШС",
                       "Түркістан облысы, Созақ ауданы, Қайнар кен орны"),
                "region": "61", "oked": "07210", "lat": (44.95, 45.40), "lon": (67.60, 68.40),
                "dept": ("Департамент экологии по Туркестанской области", "Түркістан облысы бойынша экология департаменті"),
                "city": ("пос. Таукент", "Тәукент к.")},
    "coal": {"ru": ("Шахтоуправление «Нуринское»", "ТОО «Караганда Комир Групп»", "Карагандинская область, г. Шахтинск"),
             "kk": ("«Нұра» шахта басқармасы", "«Қарағанды Көмір Групп» ЖШС", "Қарағанды облысы, Шахтинск қаласы"),
             "region": "35", "oked": "05101", "lat": (49.68, 49.74), "lon": (72.55, 72.64),
             "dept": ("Департамент экологии по Карагандинской области", "Қарағанды облысы бойынша экология департаменті"),
             "city": ("г. Шахтинск", "Шахтинск қ.")},
    "chp": {"ru": ("Теплоэлектроцентраль «Екибастуз Энерго»", "АО «Экибастузская теплоэнергетическая компания»",
                   "Павлодарская область, г. Экибастуз, Северная промзона"),
            "kk": ("«Екібастұз Энерго» жылу электр орталығы", "«Екібастұз жылу-энергетикалық компаниясы» АҚ",
                   "Павлодар облысы, Екібастұз қаласы, Солтүстік өнеркәсіп аймағы"),
            "region": "55", "oked": "35111", "lat": (51.72, 51.76), "lon": (75.30, 75.38),
            "dept": ("Департамент экологии по Павлодарской области", "Павлодар облысы бойынша экология департаменті"),
            "city": ("г. Экибастуз", "Екібастұз қ.")},
}  # fmt: skip
OKED_WORDS = {
    "24440": ("Производство меди", "Мыс өндірісі"),
    "24430": ("Производство свинца, цинка и олова", "Қорғасын, мырыш және қалайы өндірісі"),
    "24100": ("Производство чугуна, стали и ферросплавов", "Шойын, болат және ферроқорытпалар өндірісі"),
    "07210": ("Добыча урановой и ториевой руд", "Уран және торий кендерін өндіру"),
    "05101": ("Добыча каменного угля подземным способом", "Тас көмірді жерасты тәсілімен өндіру"),
    "35111": ("Производство электроэнергии тепловыми электростанциями", "Жылу электр станцияларының электр энергиясын өндіруі"),
}
VI_SITES = {
    "coal_ug": {"name": "Mỏ than hầm lò Khe Sim Đông", "operator": "Công ty Cổ phần Than Khe Sim Đông – Vinacomin",
                "address": "phường Mông Dương, tỉnh Quảng Ninh", "prefix": "57", "lat": (21.05, 21.10), "lon": (107.28, 107.35),
                "type": "Khai thác than hầm lò", "capacity": "1,5 triệu tấn than nguyên khai/năm",
                "dept": "Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh"},
    "coal_open": {"name": "Mỏ than lộ thiên Đèo Nai Bắc", "operator": "Công ty Cổ phần Than Đèo Nai Bắc – Vinacomin",
                  "address": "phường Cẩm Phả, tỉnh Quảng Ninh", "prefix": "57", "lat": (21.02, 21.05), "lon": (107.29, 107.33),
                  "type": "Khai thác than lộ thiên", "capacity": "2,2 triệu tấn than nguyên khai/năm",
                  "dept": "Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh"},
    "alumina": {"name": "Nhà máy Alumin Đắk Rung", "operator": "Công ty TNHH MTV Nhôm Tây Nguyên Xanh",
                "address": "xã Nhân Cơ, tỉnh Lâm Đồng", "prefix": "64", "lat": (11.95, 12.05), "lon": (107.55, 107.65),
                "type": "Sản xuất alumin từ quặng bauxite theo công nghệ Bayer", "capacity": "650.000 tấn alumin/năm",
                "dept": "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"},
    "bauxite": {"name": "Mỏ bauxite Bảo Lâm Nam", "operator": "Công ty Cổ phần Khoáng sản Bauxite Bảo Lâm Nam",
                "address": "xã Lộc Thành, tỉnh Lâm Đồng", "prefix": "58", "lat": (11.65, 11.75), "lon": (107.65, 107.75),
                "type": "Khai thác và tuyển quặng bauxite", "capacity": "3,2 triệu tấn quặng tinh/năm",
                "dept": "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"},
    "steel": {"name": "Nhà máy Cán thép Cái Lân Mới", "operator": "Công ty Cổ phần Thép Cái Lân Mới",
              "address": "Khu công nghiệp Cái Lân, phường Bãi Cháy, tỉnh Quảng Ninh", "prefix": "57",
              "lat": (20.96, 20.98), "lon": (107.03, 107.06), "type": "Cán thép xây dựng từ phôi thép",
              "capacity": "500.000 tấn thép cán/năm", "dept": "Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh"},
}  # fmt: skip


def _site(doc: Doc, kinds: tuple[str, ...]) -> dict:
    """A site of the theme (RU/KK from KZ_SITES, VI from VI_SITES) with its fields as written and as expected."""
    r = doc.rng
    pool = [k for k in kinds if (k in VI_SITES) == (doc.lang == "vi")]
    kind = r.choice(pool)
    if doc.lang == "vi":
        src = VI_SITES[kind]
        f = {k: src[k] for k in ("name", "operator", "address", "type", "capacity", "dept")}
        f.update(bin=src["prefix"] + f"{r.randint(100000, 99999999):08d}", kato=None, oked=None, city=None)
    else:
        src = KZ_SITES[kind]
        k = 0 if doc.lang == "ru" else 1
        name, operator, address = src[doc.lang]
        kato = f"{src['region']}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
        f = {"name": name, "operator": operator, "address": address, "bin": make_bin(r), "kato": kato, "oked": src["oked"],
             "dept": src["dept"][k], "city": src["city"][k]}
    f["kind"], f["cat"] = kind, "I"
    f["lat"], f["lon"] = r.uniform(*src["lat"]), r.uniform(*src["lon"])
    return f


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.h": ("АКТ о результатах проверки № {n}", "Тексеру нәтижелері туралы № {n} АКТ",
             "BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG"),
    "f1.place": ("{city}, {d}", "{city}, {d}", "Quảng Ninh, ngày {d}"),
    "f1.labels": ("Государственный орган, назначивший проверку|Акт о назначении проверки|Вид проверки|"
                  "Наименование субъекта контроля|БИН|Наименование объекта|Место нахождения объекта|Код КАТО|"
                  "Категория объекта|Экологическое разрешение|Период проведения проверки|Проверяемый период|"
                  "Представитель субъекта контроля",
                  "Тексеруді тағайындаған мемлекеттік орган|Тексеруді тағайындау туралы акт|Тексеру түрі|"
                  "Бақылау субъектісінің атауы|БСН|Объектінің атауы|Объектінің орналасқан жері|ҚАТО коды|"
                  "Объект санаты|Экологиялық рұқсат|Тексеру жүргізу кезеңі|Тексерілетін кезең|Бақылау субъектісінің өкілі",
                  "Cơ quan kiểm tra|Căn cứ kiểm tra|Hình thức kiểm tra|Tên tổ chức được kiểm tra|Mã số doanh nghiệp|"
                  "Tên cơ sở|Địa chỉ cơ sở|-|Phân loại cơ sở|Giấy phép môi trường|Thời gian kiểm tra|Thời kỳ được kiểm tra|"
                  "Đại diện cơ sở"),
    "f1.sections": ("Сведения о субъекте контроля (надзора)|Сведения о проведении проверки",
                    "Бақылау (қадағалау) субъектісі туралы мәліметтер|Тексеру жүргізу туралы мәліметтер",
                    "Thông tin về đối tượng được kiểm tra|Thời gian và phạm vi kiểm tra"),
    "f1.order": ("№ {n} от {d}, зарегистрирован в Комитете по правовой статистике и специальным учетам",
                 "{d} № {n}, Құқықтық статистика және арнайы есепке алу комитетінде тіркелген",
                 "Quyết định số {n}/QĐ-SNNMT ngày {d} của Giám đốc Sở Nông nghiệp và Môi trường"),
    "f1.kind": ("внеплановая проверка (контроль исполнения предписания)|профилактический контроль с посещением субъекта контроля",
                "жоспардан тыс тексеру (нұсқаманың орындалуын бақылау)|бақылау субъектісіне бару арқылы профилактикалық бақылау",
                "Kiểm tra đột xuất|Kiểm tra theo kế hoạch năm 2026"),
    "f1.category": ("объект I категории|I категория", "I санаттағы объект|I санат",
                    "Cơ sở thuộc nhóm I theo Phụ lục III Nghị định số 08/2022/NĐ-CP|Nhóm I"),
    "f1.permit": ("КЭР № {p} от {d}", "{d} № {p} КЭР", "Số {n}/GPMT-BTNMT ngày {d} của Bộ Tài nguyên và Môi trường"),
    "f1.term": ("с {a} по {b}", "{a} – {b}", "Từ ngày {a} đến ngày {b}"),
    "f1.checked": ("с 01.01.2024 по 31.12.2025", "01.01.2024 – 31.12.2025", "Từ ngày 01/01/2024 đến ngày 31/12/2025"),
    "f1.who": ("главный эколог Нурланов А.Б. (доверенность № 12 от 05.01.2026)|начальник отдела ООС Ким С.В.",
               "бас эколог Нұрланов А.Б. (05.01.2026 № 12 сенімхат)|ҚОҚ бөлімінің бастығы Ким С.В.",
               "Ông Nguyễn Văn Hải – Phó Giám đốc|Bà Trần Thị Lan – Trưởng phòng An toàn – Môi trường"),
    "f1.team.p": ("Проверку провели:", "Тексеруді жүргізгендер:", "Thành phần Đoàn kiểm tra:"),
    "f1.team.head": ("№|Ф.И.О.|Должность", "№|Аты-жөні|Лауазымы", "TT|Họ và tên|Chức vụ"),
    "f1.team": ("Жакупов Е.М.|главный специалист отдела государственного экологического контроля;"
                "Серикова А.Т.|ведущий специалист отдела государственного экологического контроля",
                "Жақыпов Е.М.|мемлекеттік экологиялық бақылау бөлімінің бас маманы;"
                "Серікова А.Т.|мемлекеттік экологиялық бақылау бөлімінің жетекші маманы",
                "Ông Phạm Quốc Toàn|Phó Chi cục trưởng Chi cục Bảo vệ môi trường – Trưởng đoàn;"
                "Bà Vũ Thị Ngọc|Chuyên viên Chi cục Bảo vệ môi trường – Thành viên"),
    "f1.after": ("В ходе проверки установлено следующее.", "Тексеру барысында мыналар анықталды.",
                 "Kết quả kiểm tra như sau:"),
}  # fmt: skip


def facility_l1(doc: Doc) -> None:
    """The header card of an inspection act (VI: a biên bản kiểm tra) with no header row: the inspecting body, the
    order appointing the check and its kind first, then the subject's lines under a merged section row — the operator,
    its BIN, the site, the place, the KATO, the category written in words, the permit — and the term of the check
    under a second section row; the inspectors in a table of no role after it."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel", "coal_ug", "coal_open") if vi else ("copper", "zinc", "ferro"))
    day, month = r.randint(14, 28), r.randint(2, 4)
    doc.h(_t(doc, "f1.h").format(n=r.randint(3, 48)))
    doc.p(_t(doc, "f1.place").format(city=f["city"], d=_dmy(doc, day, month, 2026)))
    labels = _list(doc, "f1.labels")
    first, second = _list(doc, "f1.sections")
    start = max(1, day - r.randint(5, 12))
    order = _t(doc, "f1.order").format(n=r.randint(12, 480), d=_dmy(doc, start, month, 2026))
    p, d = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}", _dmy(doc, r.randint(1, 28), r.randint(1, 12), 2024)
    permit = _t(doc, "f1.permit").format(p=p, n=r.randint(20, 480), d=d)
    term = _t(doc, "f1.term").format(a=_dmy(doc, start + 1, month, 2026), b=_dmy(doc, day, month, 2026))
    values = [f["dept"], order, doc.pick(_list(doc, "f1.kind")), None, f["operator"], f["bin"], f["name"], f["address"],
              f["kato"], doc.pick(_list(doc, "f1.category")), permit, None, term, _t(doc, "f1.checked"),
              doc.pick(_list(doc, "f1.who"))]
    labels = labels[:3] + [first] + labels[3:10] + [second] + labels[10:]
    rows: list[list[str | None]] = [[labels[0], values[0]]]
    merges: list[tuple[int, int, int, int]] = []
    for label, value in zip(labels[1:], values[1:], strict=True):
        if value is None and label in (first, second):
            _span(rows, merges, label)
        elif value is not None:
            rows.append([label, value])
    doc.table(None, rows, merges, role="facility")
    doc.p(_t(doc, "f1.team.p"))
    team = [_row(doc, "f1.team.head")] + [[str(k), *x.split("|")] for k, x in enumerate(_t(doc, "f1.team").split(";"), 1)]
    doc.table(None, team, role="other")
    doc.p(_t(doc, "f1.after"))
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
    if not vi:
        out["kato"] = f["kato"]
    doc.add("facilities", out)


TEXT |= {
    "f2.h": ("Отчет по программе производственного экологического контроля за 2025 год",
             "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
             "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025"),
    "f2.h2": ("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f2.cap1": ("Таблица 1.1 – Сведения об операторе", "1.1-кесте – Оператор туралы мәліметтер", "Bảng 1.1. Thông tin về chủ cơ sở"),
    "f2.cap2": ("Таблица 1.2 – Сведения о производственном объекте", "1.2-кесте – Өндірістік объект туралы мәліметтер",
                "Bảng 1.2. Thông tin về cơ sở"),
    "f2.op": ("Полное наименование оператора|БИН|Юридический адрес|Первый руководитель|Телефон, e-mail",
              "Оператордың толық атауы|БСН|Заңды мекенжайы|Бірінші басшы|Телефон, e-mail",
              "Tên chủ cơ sở|Mã số doanh nghiệp|Địa chỉ trụ sở chính|Người đại diện theo pháp luật|Điện thoại"),
    "f2.legal": ("г. Астана, пр. Мангилик Ел, 55/20, БЦ «Астана Тауэр»|г. Алматы, пр. Аль-Фараби, 77/7",
                 "Астана қ., Мәңгілік Ел даңғылы, 55/20, «Астана Тауэр» БО|Алматы қ., Әл-Фараби даңғылы, 77/7",
                 "Số 226 Lê Duẩn, phường Văn Miếu – Quốc Tử Giám, thành phố Hà Nội|Số 3 Đặng Thai Mai, phường Tây Hồ, thành phố Hà Nội"),
    "f2.boss": ("Генеральный директор Ахметов Р.С.|Председатель правления Жумагулов Т.К.",
                "Бас директор Ахметов Р.С.|Басқарма төрағасы Жұмағұлов Т.Қ.",
                "Ông Đỗ Mạnh Cường – Giám đốc|Ông Lê Quang Vinh – Tổng Giám đốc"),
    "f2.phone": ("+7 7172 55 18 40, ecology@{m}", "+7 7172 55 18 40, ecology@{m}", "0203 3862 415"),
    "f2.site": ("Наименование объекта|Местонахождение объекта|Код КАТО|Вид деятельности по ОКЭД|Категория объекта|"
                "Географические координаты (WGS-84)|Размер санитарно-защитной зоны",
                "Объектінің атауы|Объектінің орналасқан жері|ҚАТО коды|ЭҚЖЖ бойынша қызмет түрі|Объект санаты|"
                "Географиялық координаттары (WGS-84)|Санитариялық-қорғау аймағының мөлшері",
                "Tên cơ sở|Địa điểm|-|Loại hình sản xuất|Phân loại cơ sở|Tọa độ trung tâm (WGS-84)|Công suất"),
    "f2.coords": ("СШ {a}, ВД {b}", "СЕ {a}, ШБ {b}", "{a}N – {b}E"),
    "f2.category": ("объект I категории", "I санаттағы объект", "Nhóm I"),
    "f2.szz": ("1000 м|2000 м", "1000 м|2000 м", ""),
}  # fmt: skip
MAILS = {"copper": "sarcopper.kz", "zinc": "altaypm.kz", "ferro": "irtyshferro.kz", "uranium": "kainar-uranium.kz",
         "coal": "kkgroup.kz", "chp": "ektec.kz"}


def _whole_dms(value: float, vi: bool) -> tuple[str, float]:
    """An angle in whole seconds (`49°57′11″`, VI with ASCII marks) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60)
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    text = f"{d}°{m:02d}'{s:02d}\"" if vi else f"{d}°{m:02d}′{s:02d}″"
    return text, d + m / 60 + s / 3600


def facility_l2(doc: Doc) -> None:
    """A report's general section split into two captioned tables with no header row: the operator (name, BIN, legal
    address in another city, director, phone) and the production site (name, place, KATO, OKED as code and words,
    category, coordinates in whole seconds with upper-case `СШ/ВД`, the sanitary zone); no BIN in the second table
    and no site in the first (VI: the chủ cơ sở and the cơ sở of a periodic monitoring report)."""
    vi = doc.lang == "vi"
    f = _site(doc, ("coal_ug", "alumina", "bauxite") if vi else ("uranium", "zinc", "coal", "chp"))
    doc.h(_t(doc, "f2.h"))
    doc.p(f["name"])
    doc.h(_t(doc, "f2.h2"))
    phone = _t(doc, "f2.phone").format(m=MAILS.get(f["kind"], ""))
    values = [f["operator"], f["bin"], doc.pick(_list(doc, "f2.legal")), doc.pick(_list(doc, "f2.boss")), phone]
    doc.table(_t(doc, "f2.cap1"), [list(x) for x in zip(_list(doc, "f2.op"), values, strict=True)], role="facility")
    (lat, f["lat"]), (lon, f["lon"]) = _whole_dms(f["lat"], vi), _whole_dms(f["lon"], vi)
    coords = _t(doc, "f2.coords").format(a=lat, b=lon)
    if vi:
        site = [f["name"], f["address"], None, f["type"], _t(doc, "f2.category"), coords, f["capacity"]]
    else:
        oked = f"{f['oked']} – {OKED_WORDS[f['oked']][0 if doc.lang == 'ru' else 1]}"
        site = [f["name"], f["address"], f["kato"], oked, _t(doc, "f2.category"), coords, doc.pick(_list(doc, "f2.szz"))]
    rows = [[label, value] for label, value in zip(_list(doc, "f2.site"), site, strict=True) if value is not None]
    doc.table(_t(doc, "f2.cap2"), rows, role="facility")
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]}
    if not vi:
        out.update(kato=f["kato"], oked=f["oked"])
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (RU, KK names), organised?, codes, (RU, KK) gas cleaning — the sources of each smelter
SMELTER_SOURCES = {
    "copper": (
        (("Дымовая труба сернокислотного цеха", "Күкірт қышқылы цехының түтін мұржасы"), True,
         ("0330", "0322", "0146", "0184", "0325"), ("СКУ ДК/ДА, 99,7 %", "ҚТ/ҚА КҚҚ, 99,7 %")),
        (("Труба печи Ванюкова (газы после котла-утилизатора)", "Ванюков пешінің мұржасы (кәдеге жаратушы қазандықтан кейінгі газдар)"),
         True, ("0330", "0146", "0184", "0325"), ("электрофильтр ЭГА, 98,5 %", "ЭГА электрсүзгісі, 98,5 %")),
        (("Аспирационная система конвертерного отделения", "Конвертер бөлімшесінің аспирациялық жүйесі"), True,
         ("0146", "0184", "0330"), ("рукавный фильтр, 99,2 %", "жеңді сүзгі, 99,2 %")),
        (("Труба анодных печей", "Анод пештерінің мұржасы"), True, ("0301", "0337", "0330", "0146"), ("–", "–")),
        (("Склад медного концентрата", "Мыс концентратының қоймасы"), False, ("2908", "0146"), ("–", "–")),
        (("Отвал гранулированного шлака", "Түйіршіктелген қож үйіндісі"), False, ("2908",), ("гидрообеспыливание, 50 %", "гидрошаңсыздандыру, 50 %")),
    ),
    "zinc": (
        (("Дымовая труба обжигового цеха (печи КС № 1–3)", "Күйдіру цехының түтін мұржасы (№ 1–3 ҚҚ пештері)"), True,
         ("0330", "0207", "0184", "0133"), ("циклоны и электрофильтры, 99,1 %", "циклондар мен электрсүзгілер, 99,1 %")),
        (("Труба сернокислотного цеха", "Күкірт қышқылы цехының мұржасы"), True, ("0330", "0322"), ("СКУ ДК/ДА, 99,6 %", "ҚТ/ҚА КҚҚ, 99,6 %")),
        (("Вельц-печь № 2", "№ 2 вельц-пеші"), True, ("0207", "0184", "0133", "0330", "0337"), ("рукавный фильтр, 99,0 %", "жеңді сүзгі, 99,0 %")),
        (("Аспирация выщелачивательного цеха", "Шаймалау цехының аспирациясы"), True, ("0322",), ("скруббер, 90 %", "скруббер, 90 %")),
        (("Склад цинкового концентрата", "Мырыш концентратының қоймасы"), False, ("2908", "0207"), ("–", "–")),
    ),
    "ferro": (
        (("Газоочистка рудотермической печи № 4 (ферросилиций)", "№ 4 кенді-термиялық пештің газ тазартқышы (ферросилиций)"),
         True, ("2907", "0337", "0330", "0301"), ("рукавный фильтр, 99,5 %", "жеңді сүзгі, 99,5 %")),
        (("Газоочистка рудотермической печи № 6 (феррохром)", "№ 6 кенді-термиялық пештің газ тазартқышы (феррохром)"),
         True, ("2908", "0203", "0337", "0301"), ("рукавный фильтр, 99,3 %", "жеңді сүзгі, 99,3 %")),
        (("Аспирация дробильно-сортировочного участка", "Ұсақтау-сұрыптау учаскесінің аспирациясы"), True, ("2908",),
         ("циклон ЦН-15, 85 %", "ЦН-15 циклоны, 85 %")),
        (("Склад кварцита и кокса", "Кварцит пен кокс қоймасы"), False, ("2908",), ("–", "–")),
        (("Участок разливки и дробления ферросплавов", "Ферроқорытпаларды құю және ұсақтау учаскесі"), False,
         ("2908", "0337"), ("–", "–")),
    ),
}  # fmt: skip
# code: (low, high) g/s at an organised source of a smelter
SMELTER_RATES = {"0330": (15, 380), "0301": (1, 25), "0337": (2, 60), "2908": (0.5, 12), "2907": (0.5, 12), "0322": (0.2, 6),
                 "0146": (0.01, 3), "0207": (0.01, 3), "0184": (0.0005, 0.09), "0325": (0.0005, 0.09), "0133": (0.0005, 0.09),
                 "0203": (0.0005, 0.09)}
# code: (low, high) g/s at a rolling mill's source
MILL_RATES = {"2902": (0.1, 4.5), "0330": (0.3, 6), "0301": (0.3, 5), "0337": (0.2, 3), "0123": (0.002, 0.08), "0143": (0.0002, 0.005)}
# name, organised?, codes, treatment — a rolling mill's sources in an ĐTM
STEEL_SOURCES = (
    ("Ống khói lò nung phôi (KT1)", True, ("2902", "0330", "0301", "0337"), "Buồng lắng bụi, thu hồi nhiệt khói thải"),
    ("Ống thải hệ thống hút bụi giá cán thô (KT2)", True, ("2902",), "Lọc bụi túi vải"),
    ("Ống khói lò hơi tận dụng nhiệt (KT3)", True, ("2902", "0330", "0301", "0337"), "Xyclon chùm"),
    ("Xưởng gia công cơ khí, hàn cắt", False, ("0123", "0143"), "Thông gió tự nhiên"),
    ("Bãi chứa phôi và vảy cán", False, ("2902",), "Phun ẩm, che chắn"),
)

TEXT |= {
    "e1.h": ("Проект нормативов допустимых выбросов загрязняющих веществ. {name}",
             "Ластаушы заттардың жол берілетін шығарындылары нормативтерінің жобасы. {name}",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “NÂNG CÔNG SUẤT {name}”"),
    "e1.p": ("Нормативы допустимых выбросов установлены на 2026–2035 годы по каждому источнику и загрязняющему веществу "
             "по результатам расчетов рассеивания.",
             "Жол берілетін шығарындылар нормативтері шашырау есептеулерінің нәтижелері бойынша әрбір көз және ластаушы зат "
             "үшін 2026–2035 жылдарға белгіленді.",
             "Tải lượng các chất ô nhiễm được tính toán theo hệ số phát thải và công suất thiết kế của từng hạng mục:"),
    "e1.head": ("№ ИЗА|Наименование источника выброса|Пылегазоочистка, КПД|Код ЗВ|Наименование загрязняющего вещества|"
                "Выброс, г/с|Выброс, т/год",
                "ЛШК №|Шығарынды көзінің атауы|Шаң-газ тазарту, ПӘК|ЛЗ коды|Ластаушы заттың атауы|Шығарынды, г/с|Шығарынды, т/жыл",
                "TT|Nguồn phát sinh|Biện pháp giảm thiểu|Thông số|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "e1.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "e1.caption": ("Таблица 3.3 – Нормативы выбросов загрязняющих веществ в атмосферу по источникам",
                   "3.3-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері",
                   "Bảng 3.14. Tải lượng bụi, khí thải từ các nguồn của nhà máy trong giai đoạn vận hành"),
}  # fmt: skip


def emissions_l1(doc: Doc) -> None:
    """A НДВ table with one row per source whose code, name, g/s and t/year cells each hold one line per substance
    (the lines of a row belong together), the gas cleaning with its efficiency in a cell of its own, organised sources
    before unorganised ones, a total row of all substances (VI: a rolling mill's sources in the operation period of an
    ĐTM, the pollutants and their loads stacked the same way, no codes)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel",) if vi else ("copper", "zinc", "ferro"))
    doc.h(_t(doc, "e1.h").format(name=f["name"].upper() if vi else f["name"]))
    doc.p(_t(doc, "e1.p"))
    rows = [_row(doc, "e1.head")]
    sums = [0.0, 0.0]
    if vi:
        for k, (name, _, codes, how) in enumerate(sorted(r.sample(STEEL_SOURCES, 4), key=lambda s: not s[1]), 1):
            items = [(c, g, _sig(g * 7200 * 3600 / 1e6, 4)) for c in codes for g in [rate(r, *MILL_RATES[c])]]
            rows.append([str(k), name, how, "\n".join(_vi_air(c) for c, _, _ in items),
                         "\n".join(num(g, "vi") for _, g, _ in items), "\n".join(num(t, "vi") for _, _, t in items)])
            for c, g, t in items:
                sums[0] += g
                sums[1] += t
                doc.add("emissions", emission(c, g, t, period="operation"))
        rows.append(["", _t(doc, "e1.total"), "", "", num(round(sums[0], 4), "vi"), num(round(sums[1], 3), "vi")])
        doc.table(_t(doc, "e1.caption"), rows, role="emissions")
        return
    k = 0 if doc.lang == "ru" else 1
    chosen = r.sample(SMELTER_SOURCES[f["kind"]], 4)
    if all(s[1] for s in chosen) or not any(s[1] for s in chosen):
        chosen = [s for s in SMELTER_SOURCES[f["kind"]] if s[1]][:3] + [s for s in SMELTER_SOURCES[f["kind"]] if not s[1]][:1]
    chosen.sort(key=lambda s: not s[1])
    org, unorg, sources = r.randint(1, 8), r.randint(1, 4), []
    for names, organized, codes, how in chosen:
        number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        items, hours = [], r.choice((8760, 8400, 7920))
        for c in codes:
            g = rate(r, *SMELTER_RATES[c]) if organized else rate(r, 0.0005, 0.9)
            items.append((c, g, _sig(g * hours * 3600 / 1e6, 4)))
        rows.append([number, names[k], how[k], "\n".join(c for c, _, _ in items), "\n".join(_air(doc, c) for c, _, _ in items),
                     "\n".join(num(g, doc.lang) for _, g, _ in items), "\n".join(num(t, doc.lang) for _, _, t in items)])
        for c, g, t in items:
            sums[0] += g
            sums[1] += t
            doc.add("emissions", emission(c, g, t, number))
        sources.append({"number": number, "type": "organized" if organized else "unorganized"})
    rows.append(["", _t(doc, "e1.total"), "", "", "", num(round(sums[0], 4), doc.lang), num(round(sums[1], 3), doc.lang)])
    doc.table(_t(doc, "e1.caption"), rows, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# (number, RU, KK, parameters) of a CHP's stacks and its coal yard; the parameters of an unorganised source say so
CHP_STACKS = (
    ("0001", "дымовая труба № 1 (котлоагрегаты ст. № 1–4)", "№ 1 түтін мұржасы (№ 1–4 қазандық агрегаттары)", "Н = 180 м; D = 7,2 м"),
    ("0002", "дымовая труба № 2 (котлоагрегаты ст. № 5–7)", "№ 2 түтін мұржасы (№ 5–7 қазандық агрегаттары)", "Н = 250 м; D = 9,6 м"),
    ("6001", "угольный склад", "көмір қоймасы", "-"),
)  # fmt: skip
# code: (low, high) g/s at a stack; the coal yard gives coal dust only
CHP_RATES = {"2908": (25, 140), "0301": (90, 420), "0304": (14, 68), "0330": (160, 720), "0337": (6, 45), "0328": (0.4, 4.5),
             "0703": (0.00001, 0.00009)}
# name, parameters, codes — an alumina refinery's stacks
ALUMINA_STACKS = (
    ("Ống khói lò nung alumin (KT1)", "H = 60 m; D = 2,8 m", ("2902", "0330", "0301", "0337")),
    ("Ống khói lò hơi đốt than (KT2)", "H = 85 m; D = 4,2 m", ("2902", "0330", "0301", "0337")),
    ("Ống thải lọc bụi kho vôi (KT3)", "H = 25 m; D = 0,8 m", ("2902",)),
)

TEXT |= {
    "e2.h": ("Проект нормативов допустимых выбросов. {name}", "Жол берілетін шығарындылар нормативтерінің жобасы. {name}",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG {name}"),
    "e2.p": ("Топливо – экибастузский каменный уголь марки СС (зольность 40–42 %, сера 0,7 %), растопочное топливо – мазут "
             "М-100. Число часов работы котлоагрегатов – {h} ч/год.",
             "Отын – СС маркалы екібастұз тас көмірі (күлділігі 40–42 %, күкірт 0,7 %), тұтату отыны – М-100 мазуты. "
             "Қазандық агрегаттарының жұмыс сағаттарының саны – жылына {h} сағ.",
             "Nhà máy vận hành {h} giờ/năm; nhiên liệu lò hơi là than cám 5 (Quảng Ninh)."),
    "e2.lead": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности", "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы",
                "TT|Thông số"),
    "e2.src": ("ИЗА {n} – {name}", "ЛШК {n} – {name}", "{name}"),
    "e2.unorg": ("неорганизованный", "ұйымдастырылмаған", ""),
    "e2.units": ("г/с|т/год", "г/с|т/жыл", "g/s|tấn/năm"),
    "e2.total": ("Всего по ТЭЦ", "ЖЭО бойынша барлығы", "Tổng cộng"),
    "e2.caption": ("Таблица 3.5 – Выбросы загрязняющих веществ по источникам ТЭЦ на 2026 год",
                   "3.5-кесте – 2026 жылға арналған ЖЭО көздері бойынша ластаушы заттар шығарындылары",
                   "Bảng 3.9. Tải lượng khí thải từ các ống khói của nhà máy trong giai đoạn vận hành"),
}  # fmt: skip


def emissions_l2(doc: Doc) -> None:
    """A CHP's emissions transposed: the substances as rows (code, name, hazard class), a column group per stack headed
    `ИЗА 0001 – дымовая труба № 1 …` over a row giving the stack's height and diameter (`неорганизованный` for the coal
    yard) and `г/с | т/год` under it, a dash where a source does not emit, a total group last (VI: an alumina
    refinery's stacks in the operation period, no codes and no hazard column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("alumina",) if vi else ("chp",))
    hours = r.choice((7200, 7500, 7800, 8000))
    doc.h(_t(doc, "e2.h").format(name=f["name"].upper() if vi else f["name"]))
    doc.p(_t(doc, "e2.p").format(h=num(hours, doc.lang)))
    g_unit, t_unit = _list(doc, "e2.units")
    lead = _row(doc, "e2.lead")
    if vi:
        stacks = [(None, name, params, codes) for name, params, codes in ALUMINA_STACKS]
        codes = ["2902", "0330", "0301", "0337"]
    else:
        k = 0 if doc.lang == "ru" else 1
        picked = CHP_STACKS if r.random() < 0.7 else CHP_STACKS[:2]
        stacks = []
        for number, ru, kk, params in picked:
            name = _t(doc, "e2.src").format(n=number, name=(ru, kk)[k])
            if number >= "6000":
                stacks.append((number, name, _t(doc, "e2.unorg"), ("3749",)))
            else:
                stacks.append((number, name, params, tuple(CHP_RATES)))
        codes = list(CHP_RATES) + (["3749"] if len(stacks) == 3 else [])
    top, mid, low = list(lead), [None] * len(lead), [None] * len(lead)
    merges = [(0, c, 2, c) for c in range(len(lead))]
    for _, name, params, _ in stacks:
        merges += [(0, len(top), 0, len(top) + 1), (1, len(top), 1, len(top) + 1)]
        top += [name, None]
        mid += [params, None]
        low += [g_unit, t_unit]
    merges.append((0, len(top), 1, len(top) + 1))
    top += [_t(doc, "e2.total"), None]
    mid += [None, None]
    low += [g_unit, t_unit]
    rows = [top, mid, low]
    dash = "-" if vi else "–"
    for n, code in enumerate(codes, 1):
        line = [str(n), _vi_air(code)] if vi else [code, _air(doc, code), str(_hazard(code) or "–")]
        gs, ts = [], []
        for number, name, _, emitted in stacks:
            if code not in emitted:
                line += [dash, dash]
                continue
            if vi:
                g = rate(r, 0.05, 0.6) if "(KT3)" in name else rate(r, 0.3, 9) if code != "0337" else rate(r, 0.05, 1.5)
            elif code == "3749":
                g = rate(r, 0.4, 3.2)
            else:
                g = rate(r, *CHP_RATES[code])
            t = _sig(g * (8760 if code == "3749" else hours) * 3600 / 1e6, 4)
            line += [num(g, doc.lang), num(t, doc.lang)]
            gs.append(g)
            ts.append(t)
            if vi:
                doc.add("emissions", emission(code, g, t, period="operation"))
            else:
                doc.add("emissions", emission(code, g, t, number, _hazard(code)))
        line += [num(_sig(sum(gs), 5), doc.lang), num(_sig(sum(ts), 5), doc.lang)]
        rows.append(line)
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    if not vi:
        doc.add("sources", *({"number": s[0], "type": "organized" if s[0] < "6000" else "unorganized"} for s in stacks))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# code, RU, KK, (RU, KK) place, {component: (low, high) %}, (low, high) t/year — smelter wastes with an analysis
SMELTER_WASTES = {
    "copper": (("Cu", "Fe", "SiO2", "S"), (
        ("10 06 01", "Шлак отвальный медеплавильного производства", "Мыс балқыту өндірісінің үйінді қожы",
         ("печь Ванюкова, миксер", "Ванюков пеші, миксер"), {"Cu": (0.4, 0.9), "Fe": (30, 40), "SiO2": (28, 36), "S": (0.5, 1.2)},
         (180000, 420000)),
        ("10 06 03*", "Пыль электрофильтров печи Ванюкова", "Ванюков пешінің электрсүзгі шаңы",
         ("газоочистка печи Ванюкова", "Ванюков пешінің газ тазартқышы"), {"Cu": (8, 15), "Fe": (10, 18), "SiO2": (3, 8), "S": (6, 10)},
         (1200, 4800)),
        ("10 06 07*", "Шлам промывного отделения сернокислотного цеха", "Күкірт қышқылы цехының жуу бөлімшесінің шламы",
         ("сернокислотный цех", "күкірт қышқылы цехы"), {"Cu": (0.5, 2), "Fe": (1, 4), "SiO2": (0.5, 2), "S": (8, 15)}, (150, 900)),
        ("10 06 02", "Съемы (дроссы) анодного передела", "Анод өңдеуінің сыдырындылары (дросстар)",
         ("анодное отделение", "анод бөлімшесі"), {"Cu": (55, 75), "Fe": (2, 6), "SiO2": (3, 9), "S": (0.2, 1)}, (400, 2200)),
    )),
    "zinc": (("Zn", "Pb", "Cd", "Fe"), (
        ("10 05 01", "Клинкер вельцевания", "Вельцтеу клинкері", ("вельц-цех", "вельц-цех"),
         {"Zn": (0.8, 2.5), "Pb": (0.2, 0.8), "Cd": (0.005, 0.02), "Fe": (25, 35)}, (60000, 160000)),
        ("11 02 02*", "Кек ярозитный цинкового производства", "Мырыш өндірісінің ярозит кегі", ("выщелачивательный цех", "шаймалау цехы"),
         {"Zn": (4, 8), "Pb": (1.5, 3.5), "Cd": (0.05, 0.2), "Fe": (24, 30)}, (40000, 95000)),
        ("10 05 03*", "Пыль газоочистки обжиговых печей", "Күйдіру пештерінің газ тазарту шаңы", ("обжиговый цех", "күйдіру цехы"),
         {"Zn": (45, 58), "Pb": (1.5, 4), "Cd": (0.2, 0.6), "Fe": (6, 10)}, (900, 3500)),
        ("10 05 06*", "Шлам мокрой газоочистки", "Ылғалды газ тазарту шламы", ("сернокислотный цех", "күкірт қышқылы цехы"),
         {"Zn": (5, 12), "Pb": (3, 8), "Cd": (0.1, 0.5), "Fe": (1, 4)}, (200, 1200)),
    )),
}  # fmt: skip
SMELTER_SIDE = ("13 02 05*", "16 06 01*", "15 02 02*", "17 04 05", "20 03 01", "16 01 03")
SIDE_PLACE = {"13 02 05*": ("автотранспортный цех", "автокөлік цехы"), "16 06 01*": ("автотранспортный цех", "автокөлік цехы"),
              "15 02 02*": ("ремонтно-механический цех", "жөндеу-механикалық цех"), "17 04 05": ("ремонтные службы", "жөндеу қызметтері"),
              "20 03 01": ("административно-бытовой корпус", "әкімшілік-тұрмыстық корпус"), "16 01 03": ("автотранспортный цех", "автокөлік цехы")}
# name, {component: range}, range t/year, class — an alumina refinery's wastes; the hazardous ones come from vocab.VN_CTNH
ALUMINA_WASTES = (
    ("Bùn đỏ (bã thải quặng sau công đoạn hòa tách)", {"Fe2O3": (45, 52), "Al2O3": (13, 17), "Na2O": (2, 4)}, (550000, 900000)),
    ("Cát thải từ công đoạn khử cát", {"Fe2O3": (20, 30), "Al2O3": (8, 14), "Na2O": (0.5, 1.5)}, (40000, 90000)),
    ("Tro xỉ lò hơi đốt than", None, (15000, 32000)),
)

TEXT |= {
    "w1.h": ("Программа управления отходами на 2026–2035 годы. {name}", "2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы. {name}",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name}"),
    "w1.h2": ("2.1. Характеристика отходов производства и потребления", "2.1. Өндіріс және тұтыну қалдықтарының сипаттамасы",
              "3.3. Công trình, biện pháp lưu giữ, xử lý chất thải rắn"),
    "w1.p": ("Состав отходов металлургического передела определен по протоколам испытаний аккредитованной лаборатории за 2025 год; "
             "для отходов потребления анализ не проводится.",
             "Металлургиялық өңдеу қалдықтарының құрамы аккредиттелген зертхананың 2025 жылғы сынақ хаттамалары бойынша анықталды; "
             "тұтыну қалдықтары үшін талдау жүргізілмейді.",
             "Thành phần bùn đỏ và cát thải được xác định theo kết quả phân tích mẫu năm 2025; chất thải nguy hại được thu gom, "
             "lưu giữ tại kho CTNH và chuyển giao cho đơn vị có chức năng."),
    "w1.h0": ("№ п/п|Код отхода|Наименование отхода|Место образования|Содержание основных компонентов, %|^|^|^|Образование, т/год",
              "Р/с №|Қалдық коды|Қалдықтың атауы|Түзілу орны|Негізгі компоненттердің мөлшері, %|^|^|^|Түзілуі, т/жыл",
              "TT|Tên chất thải|Mã chất thải|Phân loại|Thành phần chính (%)|^|^|Khối lượng phát sinh (tấn/năm)"),
    "w1.classes": ("", "", "CTR thông thường|CTNH"),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.note": ("Примечание: «–» – анализ состава не проводился.", "Ескертпе: «–» – құрамына талдау жүргізілмеді.",
                "Ghi chú: “-” – không phân tích thành phần."),
    "w1.caption": ("Таблица 2.1 – Образование отходов и их химический состав", "2.1-кесте – Қалдықтардың түзілуі және олардың химиялық құрамы",
                   "Bảng 3.7. Thành phần, khối lượng chất thải rắn phát sinh của nhà máy"),
}  # fmt: skip


def wastes_l1(doc: Doc) -> None:
    """Smelter wastes (copper: Cu, Fe, SiO2, S; zinc: Zn, Pb, Cd, Fe) with their chemical composition in % as
    sub-columns under a merged header between the place of formation and the amount in t/year, dashes for the
    wastes of consumption, a total row and a note row (VI: an alumina refinery's red mud and sand with Fe2O3, Al2O3,
    Na2O, then the CTNH in tonnes, a classification column, codes only for the CTNH)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("alumina",) if vi else ("copper", "zinc"))
    doc.h(_t(doc, "w1.h").format(name=f["name"].upper() if vi else f["name"]))
    doc.h(_t(doc, "w1.h2"))
    doc.p(_t(doc, "w1.p"))
    rows, merges, amounts = [_row(doc, "w1.h0")], [], []
    if vi:
        parts = ("Fe2O3", "Al2O3", "Na2O")
        rows.append([None, None, None, None, *parts, None])
        merges += [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
        plain, hazardous = _list(doc, "w1.classes")
        for name, comp, (low, high) in ALUMINA_WASTES:
            t = float(r.randint(low // 100, high // 100) * 100)
            cells = [num(round(r.uniform(*comp[p]), 1), "vi") for p in parts] if comp else ["-"] * 3
            rows.append([str(len(rows) - 1), name, "-", plain, *cells, num(t, "vi")])
            amounts.append(t)
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
        for code, name, _ in r.sample(vocab.VN_CTNH, 3):
            t = round(r.randint(15, 2400) / 100, 2)
            rows.append([str(len(rows) - 1), name, code, hazardous, "-", "-", "-", num(t, "vi")])
            amounts.append(t)
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": name})
        rows.append(["", _t(doc, "w1.total"), "", "", "", "", "", num(round(sum(amounts), 2), "vi")])
        _span(rows, merges, _t(doc, "w1.note"))
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        return
    k = 0 if doc.lang == "ru" else 1
    parts, own = SMELTER_WASTES[f["kind"]]
    rows.append([None, None, None, None, *parts, None])
    merges += [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    side = {w[0]: w for w in vocab.LOW}
    picked = [(code, ru, kk, place, comp, span) for code, ru, kk, place, comp, span in own if r.random() < 0.85] or list(own)[:2]
    for code in sorted(r.sample(SMELTER_SIDE, 3), key=lambda c: not c.endswith("*")):
        _, ru, kk = side[code]
        high = 6.0 if code.endswith("*") else 180.0
        picked.append((code, ru, kk, SIDE_PLACE[code], None, (0.2, high)))
    for code, ru, kk, place, comp, (low, high) in picked:
        t = float(r.randint(int(low), int(high))) if low >= 100 else _sig(r.uniform(low, high), 3)
        cells = [num(_sig(r.uniform(*comp[p]), 2), doc.lang) for p in parts] if comp else ["–"] * 4
        name = (ru, kk)[k]
        rows.append([str(len(rows) - 1), code, name, place[k], *cells, num(t, doc.lang)])
        amounts.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", "", _t(doc, "w1.total"), "", "", "", "", "", num(round(sum(amounts), 3), doc.lang)])
    _span(rows, merges, _t(doc, "w1.note"))
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# code, RU, KK, (low, high) t, broken down? — a coal mine's wastes; the names of the rest come from vocab.LOW
COAL_WASTES = (
    ("01 01 02", "Шахтная порода (вмещающие породы проходки)", "Шахта жынысы (үңгу кезіндегі сыйыстырушы жыныстар)", (60000, 240000), True),
    ("17 04 05", None, None, (40, 420), True),
    ("13 02 05*", None, None, (2, 18), True),
    ("19 08 14", "Осадок очистных сооружений шахтных вод", "Шахта суларын тазарту құрылыстарының тұнбасы", (150, 900), False),
    ("16 06 01*", None, None, (0.3, 4), False),
    ("15 02 02*", None, None, (0.2, 3), False),
    ("16 01 03", None, None, (2, 30), False),
    ("20 03 01", None, None, (20, 160), False),
)  # fmt: skip
SHAFTS = (("шахта «Северная-2»", "«Солтүстік-2» шахтасы"), ("шахта «Нуринская Глубокая»", "«Нұра Терең» шахтасы"),
          ("ремонтно-механический цех", "жөндеу-механикалық цех"), ("автотранспортный цех", "автокөлік цехы"))
# where each broken-down waste forms: indexes of SHAFTS
COAL_PLACES = {"01 01 02": (0, 1), "17 04 05": (0, 1, 2), "13 02 05*": (3, 2)}
# name, (low, high), unit, breakdown (VI: a coal mine's annual report; tonnes for ordinary wastes, kg for the CTNH)
VI_COAL_PLAIN = (("Đất đá thải mỏ", (9000000, 21000000), ("Đổ thải tại bãi thải Đông Cao Sơn", "San lấp, đắp đê bao moong khai thác")),
                 ("Bùn thải từ trạm xử lý nước thải mỏ", (800, 4500), None),
                 ("Phế liệu kim loại (sắt thép vụn)", (60, 400), None))  # fmt: skip
VI_OIL_SHOPS = ("Phân xưởng Vận tải", "Phân xưởng Cơ điện", "Phân xưởng Xúc bốc")

TEXT |= {
    "w2.h": ("Отчет по инвентаризации отходов производства и потребления за 2025 год. {name}",
             "2025 жылғы өндіріс және тұтыну қалдықтарын түгендеу бойынша есеп. {name}",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA {name}"),
    "w2.p": ("Оператор: {operator}. Учет отходов ведется по структурным подразделениям; в таблице 3 приведены общие объемы "
             "и их распределение по местам образования.",
             "Оператор: {operator}. Қалдықтар құрылымдық бөлімшелер бойынша есепке алынады; 3-кестеде жалпы көлемдер және "
             "олардың түзілу орындары бойынша бөлінуі келтірілген.",
             "2. Kết quả thực hiện công tác quản lý chất thải rắn và chất thải nguy hại năm 2025"),
    "w2.head": ("№ п/п|Наименование отхода|Код|Уровень опасности|Образовано за 2025 год, т|Передано (размещено)",
                "Р/с №|Қалдықтың атауы|Коды|Қауіптілік деңгейі|2025 жылы түзілді, т|Берілді (орналастырылды)",
                "TT|Tên chất thải|Mã chất thải|Đơn vị tính|Khối lượng phát sinh|Tổ chức, cá nhân tiếp nhận"),
    "w2.levels": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w2.incl": ("в том числе:", "оның ішінде:", "trong đó:"),
    "w2.where": ("породный отвал № 2|ТОО «Казвторчермет»|ТОО «Эко-Ресурс Караганда»|полигон ТБО г. Шахтинска|собственный шламонакопитель",
                 "№ 2 жыныс үйіндісі|«Қазвторчермет» ЖШС|«Эко-Ресурс Қарағанды» ЖШС|Шахтинск қ. ҚТҚ полигоны|меншікті шлам жинақтағыш",
                 "Tận dụng tại mỏ|Công ty Cổ phần Môi trường Than Quảng Ninh|Công ty TNHH Môi trường Xanh Quảng Ninh (GPMT số 46/GPMT-BTNMT)"),
    "w2.groups": ("", "", "I. Chất thải rắn công nghiệp thông thường|II. Chất thải nguy hại"),
    "w2.units": ("", "", "tấn|kg"),
    "w2.caption": ("Таблица 3 – Образование отходов за 2025 год", "3-кесте – 2025 жылғы қалдықтардың түзілуі",
                   "Bảng 2.3. Khối lượng chất thải phát sinh năm 2025"),
}  # fmt: skip


def _parts(doc: Doc, total: float, n: int, digits: int) -> list[float]:
    """A total split into n parts that add up to it, each rounded to `digits` decimals."""
    weights = [doc.rng.uniform(1, 3) for _ in range(n)]
    parts = [round(total * w / sum(weights), digits) for w in weights[:-1]]
    return parts + [round(total - sum(parts), digits)]


def wastes_l2(doc: Doc) -> None:
    """A coal mine's inventory where some wastes are broken down under an `в том числе:` row into `– шахта …` rows
    (no code, no number) that add up to the amount above them; the hazard level in words, where the waste went last
    (VI: a coal mine's annual report under ordinary and hazardous group rows, overburden broken down by destination,
    used oil in kg broken down by workshop, a unit column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("coal_open",) if vi else ("coal",))
    doc.h(_t(doc, "w2.h").format(name=f["operator"].upper() if vi else f["name"]))
    doc.p(_t(doc, "w2.p").format(operator=f["operator"]))
    rows, merges, n = [_row(doc, "w2.head")], [], 0
    where = _list(doc, "w2.where")
    incl = _t(doc, "w2.incl")
    if vi:
        plain_title, haz_title = _list(doc, "w2.groups")
        tonnes, kg = _list(doc, "w2.units")
        _span(rows, merges, plain_title)
        for name, (low, high), split in VI_COAL_PLAIN:
            n += 1
            t = float(r.randint(low // 10, high // 10) * 10)
            rows.append([str(n), name, "-", tonnes, num(t, "vi"), where[0] if split else where[1]])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
            if split:
                rows.append(["", incl, "", "", "", ""])
                for part, amount in zip(split, _parts(doc, t, 2, 0), strict=True):
                    rows.append(["", f"- {part}", "", tonnes, num(amount, "vi"), ""])
        _span(rows, merges, haz_title)
        others = r.sample([w for w in vocab.VN_CTNH if w[0] != "17 02 03"], 3)
        for k, (code, name, _) in enumerate([w for w in vocab.VN_CTNH if w[0] == "17 02 03"] + others):
            n += 1
            amount = r.randint(1200, 9800) if k == 0 else r.randint(8, 900)
            rows.append([str(n), name, code, kg, num(amount, "vi"), where[2]])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": amount / 1000,
                               "name_contains": name})
            if k == 0:
                rows.append(["", incl, "", "", "", ""])
                shops = r.sample(VI_OIL_SHOPS, 2)
                for shop, part in zip(shops, _parts(doc, float(amount), 2, 0), strict=True):
                    rows.append(["", f"- {shop}", "", kg, num(part, "vi"), ""])
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        return
    k = 0 if doc.lang == "ru" else 1
    hazardous_word, plain_word = _list(doc, "w2.levels")
    side = {w[0]: w for w in vocab.LOW}
    chosen = [w for w in COAL_WASTES if w[4] or r.random() < 0.7]
    for code, ru, kk, (low, high), split in chosen:
        n += 1
        name = (ru, kk)[k] if ru else side[code][1 + k]
        hazardous = code.endswith("*")
        t = float(r.randint(int(low), int(high))) if low >= 100 else _sig(r.uniform(low, high), 3)
        if code == "01 01 02":
            goes = where[0]
        elif code == "17 04 05":
            goes = where[1]
        elif code == "20 03 01":
            goes = where[3]
        elif code == "19 08 14":
            goes = where[4]
        else:
            goes = where[2]
        rows.append([str(n), name, code, hazardous_word if hazardous else plain_word, num(t, doc.lang), goes])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": name})
        if split:
            places = COAL_PLACES[code]
            rows.append(["", incl, "", "", "", ""])
            digits = 0 if t >= 1000 else 2
            for place, amount in zip(places, _parts(doc, t, len(places), digits), strict=True):
                rows.append(["", f"– {SHAFTS[place][k]}", "", "", num(amount, doc.lang), ""])
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (low, high) mg/l of a zinc plant's allowed concentrations; a tuple of tuples is a range; None: not normed
ZINC_OUTLETS = {"pH": ((6.5, 8.5), (6.5, 8.5)), "TSS": (8, 25), "SO4": (100, 500), "Cl-": (150, 350), "Cu": (0.001, 0.02),
                "Zn": (0.01, 0.08), "Cd": (0.001, 0.005), "Pb": (0.006, 0.03), "As": (0.01, 0.05), "Fe": (0.1, 0.3),
                "TPH": (0.05, 0.3)}
METALS = ("Cu", "Zn", "Cd", "Pb", "As", "Fe")
# symbol: QCVN 40:2011/BTNMT column B, mg/l (pH a range) — the parameters of a coal mine's water
MINE_QCVN40B = {"pH": (5.5, 9), "TSS": 100, "COD": 150, "Fe": 5, "Mn": 1, "As": 0.1, "Cd": 0.1, "Pb": 0.5, "Hg": 0.01, "TPH": 10}

TEXT |= {
    "l1.h": ("Комплексное экологическое разрешение № {p}", "№ {p} кешенді экологиялық рұқсат", "GIẤY PHÉP MÔI TRƯỜNG"),
    "l1.p": ("Выдано: {operator}, объект: {name}. Раздел 5. Нормативы допустимых сбросов загрязняющих веществ в водные объекты.",
             "Берілді: {operator}, объект: {name}. 5-бөлім. Су объектілеріне ластаушы заттардың жол берілетін төгінділерінің нормативтері.",
             "Cấp cho {operator} được thực hiện các hoạt động bảo vệ môi trường của {name}."),
    "l1.p2": ("", "", "Phụ lục I. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ NƯỚC THẢI. "
              "Giá trị giới hạn cho phép của các chất ô nhiễm được tính theo QCVN 40:2011/BTNMT, cột B, với hệ số Kq, Kf của từng "
              "dòng nước thải như sau:"),
    "l1.h0": ("Номер выпуска|Водоприемник|Расход сточных вод, м3/ч|Допустимая концентрация загрязняющих веществ, мг/дм3",
              "Шығарылым нөмірі|Су қабылдағыш|Ағынды сулар шығыны, м3/сағ|Ластаушы заттардың рұқсат етілген концентрациясы, мг/дм3",
              "Dòng nước thải|Nguồn tiếp nhận|Lưu lượng xả tối đa (m3/ngày đêm)|Kq|Kf|Giá trị giới hạn cho phép"),
    "l1.outlets": ("Выпуск № {n}", "№ {n} шығарылым", "NT0{n}"),
    "l1.receivers": ("р. Ульба|р. Иртыш|р. Иртыш (через ливневый коллектор)", "Үлбі өзені|Ертіс өзені|Ертіс өзені (нөсер коллекторы арқылы)",
                     "suối Khe Chàm|sông Mông Dương|suối Lép Mỹ"),
    "l1.streams": ("", "", "Nước thải mỏ sau Trạm xử lý mức -150|Nước thải mỏ sau Trạm xử lý mức -50|"
                   "Nước mưa chảy tràn bãi thải sau hồ lắng"),
    "l1.caption": ("Таблица 5.1 – Допустимые концентрации загрязняющих веществ по выпускам (pH – в единицах pH)",
                   "5.1-кесте – Шығарылымдар бойынша ластаушы заттардың рұқсат етілген концентрациялары (pH – pH бірлігінде)",
                   "Bảng 1. Lưu lượng xả tối đa và giá trị giới hạn các chất ô nhiễm của từng dòng nước thải"),
    "l1.after": ("Сброс сточных вод с превышением установленных нормативов не допускается.",
                 "Белгіленген нормативтерден асатын ағынды суларды төгуге жол берілмейді.",
                 "Nước thải phải được xử lý bảo đảm đạt giá trị giới hạn cho phép trước khi xả ra nguồn tiếp nhận."),
}  # fmt: skip


def limits_l1(doc: Doc) -> None:
    """Discharge norms transposed: the outlets as rows with their receiver and flow, the parameters as columns under a
    merged header carrying the unit, a dash where an outlet (the storm one) has no norm for a metal, pH as a range
    (VI: a coal mine's mine-water streams as rows `NT01 – …` with their Kq and Kf, the limits already worked out from
    QCVN 40 column B, a unit row under the parameters)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("coal_ug",) if vi else ("zinc",))
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    doc.h(_t(doc, "l1.h").format(p=permit))
    doc.p(_t(doc, "l1.p").format(operator=f["operator"], name=f["name"]))
    receivers = _list(doc, "l1.receivers")
    count = r.randint(2, 3)
    dash = "-" if vi else "–"
    if vi:
        doc.p(_t(doc, "l1.p2"))
        keys = ["pH", *sorted(r.sample([k for k in MINE_QCVN40B if k != "pH"], 5), key=list(MINE_QCVN40B).index)]
        width = 5 + len(keys)
        rows = [_row(doc, "l1.h0") + [None] * (len(keys) - 1), [None] * 5 + [vocab.water(s, "vi") for s in keys],
                [None] * 5 + ["-" if s == "pH" else "mg/l" for s in keys]]
        merges = [(0, c, 2, c) for c in range(5)] + [(0, 5, 0, width - 1)]
        streams = _list(doc, "l1.streams")
        for n in range(1, count + 1):
            kq, kf = r.choice((0.9, 1.0)), r.choice((0.9, 1.0, 1.1))
            point = _t(doc, "l1.outlets").format(n=n)
            flow = r.randint(30, 260) * 100
            line = [f"{point} – {streams[n - 1]}", receivers[n - 1], num(flow, "vi"), num(kq, "vi"), num(kf, "vi")]
            for s in keys:
                base = MINE_QCVN40B[s]
                value = base if s == "pH" else _sig(base * kq * kf, 6)
                said = f"{num(value[0], 'vi')} - {num(value[1], 'vi')}" if s == "pH" else num(value, "vi")
                line.append(said)
                add(doc, limit(("symbol", s), "waste_water", value, "mg/l", None, point))
            rows.append(line)
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.after"))
        return
    keys = ["pH", *sorted(r.sample([k for k in ZINC_OUTLETS if k != "pH"], 6), key=list(ZINC_OUTLETS).index)]
    width = 3 + len(keys)
    rows = [_row(doc, "l1.h0") + [None] * (len(keys) - 1), [None] * 3 + [vocab.water(s, doc.lang) for s in keys]]
    merges = [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, width - 1)]
    for n in range(1, count + 1):
        point = _t(doc, "l1.outlets").format(n=n)
        storm = n == 3
        flow = r.randint(8, 60) * 10 if storm else r.randint(40, 180) * 10
        line = [point, receivers[n - 1], num(flow, doc.lang)]
        for s in keys:
            if storm and s in METALS:
                line.append(dash)
                continue
            span = ZINC_OUTLETS[s]
            value = span[0] if s == "pH" else _sig(r.uniform(*span), 2)
            line.append(f"{num(value[0], doc.lang)}–{num(value[1], doc.lang)}" if s == "pH" else num(value, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", value, "mg/l", None, point))
        rows.append(line)
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc)


# code: ПДК м.р., mg/m3 — ambient air around a copper smelter
SMELTER_PDK = {"0330": 0.5, "0301": 0.2, "0322": 0.3, "0184": 0.001, "2908": 0.3, "0337": 5.0}
# code: QCVN 19:2009/BTNMT column B, mg/Nm3
QCVN19B = {"2902": 200, "0330": 500, "0301": 850, "0337": 1000}

TEXT |= {
    "l2.h": ("Отчет по программе производственного экологического контроля за 2025 год. {name}",
             "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. {name}",
             "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – {name}"),
    "l2.h2": ("4.2. Мониторинг воздействия на атмосферный воздух", "4.2. Атмосфералық ауаға әсер мониторингі",
              "2.2. Kết quả quan trắc khí thải định kỳ"),
    "l2.p": ("Отбор проб атмосферного воздуха выполнялся ежеквартально аккредитованной лабораторией на границе СЗЗ и в жилой "
             "зоне; в таблице приведены максимальные разовые концентрации за квартал.",
             "Атмосфералық ауа сынамаларын аккредиттелген зертхана СҚА шекарасында және тұрғын аймақта тоқсан сайын алды; "
             "кестеде тоқсандағы максималды бір реттік концентрациялар келтірілген.",
             "Đơn vị quan trắc: Trung tâm Quan trắc tài nguyên và môi trường (VIMCERTS 245). Kết quả quan trắc khí thải "
             "được so sánh với QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)."),
    "l2.h0": ("Точка наблюдения|Максимальная разовая концентрация, мг/м3|^|^|^|Наибольшая кратность превышения ПДК",
              "Бақылау нүктесі|Максималды бір реттік концентрация, мг/м3|^|^|^|ШЖК-дан асудың ең үлкен еселігі",
              "TT|Thông số|Đơn vị|Kết quả quan trắc|^|^|^|QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"),
    "l2.h1": ("^|I квартал|II квартал|III квартал|IV квартал|^", "^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан|^",
              "^|^|^|Quý I|Quý II|Quý III|Quý IV|^"),
    "l2.group": ("{name} (код {code}), ПДК м.р. = {x} мг/м3", "{name} (коды {code}), ШЖК м.б. = {x} мг/м3", ""),
    "l2.points": ("ПН-1 (граница СЗЗ, север, 1000 м)|ПН-2 (граница СЗЗ, юго-восток, 1000 м)|ПН-3 (жилая зона, мкр. Сабитовой)",
                  "ПН-1 (СҚА шекарасы, солтүстік, 1000 м)|ПН-2 (СҚА шекарасы, оңтүстік-шығыс, 1000 м)|ПН-3 (тұрғын аймақ, Сәбитова ш/а)",
                  "KT1 – Ống khói lò nung alumin|KT2 – Ống khói lò hơi đốt than"),
    "l2.other": ("", "", "Lưu lượng|m3/h;Nhiệt độ|°C;Oxy dư|%"),
    "l2.note": ("Примечание: ПДК – по Гигиеническим нормативам к атмосферному воздуху (приказ Министра здравоохранения "
                "РК от 2 августа 2022 года № ҚР ДСМ-70).",
                "Ескертпе: ШЖК – атмосфералық ауаға қойылатын гигиеналық нормативтер бойынша (ҚР Денсаулық сақтау министрінің "
                "2022 жылғы 2 тамыздағы № ҚР ДСМ-70 бұйрығы).",
                "Ghi chú: “-”: không quy định."),
    "l2.caption": ("Таблица 4.3 – Результаты наблюдений за качеством атмосферного воздуха в 2025 году",
                   "4.3-кесте – 2025 жылғы атмосфералық ауа сапасын бақылау нәтижелері",
                   "Bảng 2.4. Kết quả quan trắc khí thải các ống khói năm 2025"),
}  # fmt: skip


def limits_l2(doc: Doc) -> None:
    """Ambient air around a smelter under group rows, one per substance, that carry its code and its ПДК м.р.
    (`…, ПДК м.р. = 0,5 мг/м3`), the points as rows under each and the quarters' maxima as columns, the largest ratio to
    the ПДК last, a note row naming the norms (VI: an alumina refinery's stacks under group rows, a row per parameter
    with its unit, the quarters' results and QCVN 19 column B last; flow, temperature and oxygen rows with no limit)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("alumina",) if vi else ("copper",))
    doc.h(_t(doc, "l2.h").format(name=f["name"]))
    doc.h(_t(doc, "l2.h2"))
    doc.p(_t(doc, "l2.p"))
    rows = [_row(doc, "l2.h0"), _row(doc, "l2.h1")]
    points = _list(doc, "l2.points")
    merges: list[tuple[int, int, int, int]] = []
    if vi:
        merges += [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 6)]
        other = [x.split("|") for x in _t(doc, "l2.other").split(";")]
        for text in points:
            point = text.split(" ")[0]
            _span(rows, merges, text)
            n = 0
            for what, unit in other:
                n += 1
                low, high = {"m3/h": (80000, 260000), "°C": (120, 180), "%": (6, 12)}[unit]
                values = [r.randint(low, high) if unit == "m3/h" else round(r.uniform(low, high), 1) for _ in range(4)]
                rows.append([str(n), what, unit, *(num(v, "vi") for v in values), "-"])
            codes = list(QCVN19B) if point == "KT1" or r.random() < 0.5 else ["2902", "0330", "0301"]
            for code in codes:
                n += 1
                lim = QCVN19B[code]
                values = [_sig(lim * r.uniform(0.08, 0.8), 3) for _ in range(4)]
                rows.append([str(n), _vi_air(code), "mg/Nm3", *(num(v, "vi") for v in values), num(lim, "vi")])
                for v in values:
                    add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", "B", point, v))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.note"))
        return
    merges += [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 1, 5)]
    pool = list(SMELTER_PDK)
    codes = sorted(r.sample(pool, r.randint(3, 4)), key=pool.index)
    used = points[: r.randint(2, 3)]
    column = doc.v("м.р.", "м.б.", "")
    for code in codes:
        lim = SMELTER_PDK[code]
        _span(rows, merges, _t(doc, "l2.group").format(name=_air(doc, code), code=code, x=num(lim, doc.lang)))
        for text in used:
            point = text.split(" ")[0]
            values = [_sig(lim * r.uniform(0.05, 0.95 if code != "0330" else 1.3), 2) for _ in range(4)]
            ratio = round(max(values) / lim, 2)
            rows.append([text, *(num(v, doc.lang) for v in values), num(ratio, doc.lang)])
            for v in values:
                add(doc, limit(("code", code), "air", lim, "mg/m3", column, point, v))
    _span(rows, merges, _t(doc, "l2.note"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# the parameter sets of the wells: the first, and what the second adds to it (uranium and radium are outside the
# reference list, so they are written but not expected)
KZ_SET_I = ("pH", "SO4", "NO3-", "TDS")
KZ_SET_II = ("Cl-", "Fe", "Mn", "As")
VI_SET_A = ("pH", "TDS", "SO4", "Fe")
VI_SET_B = ("Al", "As", "Pb", "Cd", "Mn")
VI_WATER_EXTRA = {"Al": "Nhôm (Al)"}

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля. {name}", "Өндірістік экологиялық бақылау бағдарламасы. {name}",
             "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA {name}"),
    "m1.h2": ("5.3. Мониторинг подземных вод", "5.3. Жерасты суларының мониторингі", "3. Giám sát chất lượng nước dưới đất khu vực hồ chứa bùn đỏ"),
    "m1.p": ("Наблюдения ведутся по сети наблюдательных скважин, пробуренных за контуром отработки эксплуатационных блоков, "
             "и по фоновой скважине выше по потоку подземных вод.",
             "Бақылау пайдалану блоктарын игеру контурынан тыс бұрғыланған бақылау ұңғымаларының желісі және жерасты "
             "суларының ағысы бойынша жоғары орналасқан фондық ұңғыма бойынша жүргізіледі.",
             "Mạng lưới giếng quan trắc gồm 01 giếng đối chứng ở thượng nguồn và các giếng ở hạ nguồn hồ chứa bùn đỏ."),
    "m1.head": ("№|Скважина|Водоносный горизонт|Местоположение|Комплекс показателей|Периодичность отбора проб",
                "№|Ұңғыма|Сулы горизонт|Орналасқан жері|Көрсеткіштер кешені|Сынама алу кезеңділігі",
                "TT|Ký hiệu giếng|Tầng chứa nước|Vị trí|Nhóm thông số|Tần suất quan trắc"),
    "m1.horizons": ("мынкудукский|инкудукский", "мыңқұдық|іңкұдық", "Tầng chứa nước khe nứt bazan|Tầng chứa nước lỗ hổng Đệ tứ"),
    "m1.places": ("фоновая, 2,5 км выше по потоку|контрольный контур блока {b}, {d} м к северу|контрольный контур блока {b}, {d} м к западу|"
                  "контрольный контур блока {b}, {d} м к югу|площадка сорбционной установки",
                  "фондық, ағыс бойынша 2,5 км жоғары|{b} блогының бақылау контуры, солтүстікке қарай {d} м|"
                  "{b} блогының бақылау контуры, батысқа қарай {d} м|{b} блогының бақылау контуры, оңтүстікке қарай {d} м|"
                  "сорбциялық қондырғы алаңы",
                  "Giếng đối chứng, thượng nguồn hồ bùn đỏ|Hạ nguồn hồ bùn đỏ số {b}, cách chân đập {d} m|"
                  "Phía Tây hồ bùn đỏ số {b}, cách chân đập {d} m|Phía Nam hồ bùn đỏ số {b}, cách chân đập {d} m|Khu vực kho hóa chất"),
    "m1.sets": ("I|II", "I|II", "A|B"),
    "m1.legend1": ("Комплекс I (сокращенный): {names}.", "I кешен (қысқартылған): {names}.", "Nhóm A: {names}."),
    "m1.legend2": ("Комплекс II (полный): показатели комплекса I, а также {names}, уран, радий-226.",
                   "II кешен (толық): I кешен көрсеткіштері, сондай-ақ {names}, уран, радий-226.",
                   "Nhóm B: các thông số nhóm A và {names}, tổng hoạt độ phóng xạ α, β."),
    "m1.caption": ("Таблица 5.4 – Сеть наблюдательных скважин и периодичность опробования",
                   "5.4-кесте – Бақылау ұңғымаларының желісі және сынама алу кезеңділігі",
                   "Bảng 5. Vị trí, thông số và tần suất giám sát nước dưới đất"),
}  # fmt: skip


def _lower(name: str) -> str:
    """A name inside a sentence: `сульфаты`, formulas and `pH` kept."""
    return name if name[:2].isupper() or name.startswith("pH") else name[:1].lower() + name[1:]


def _water(doc: Doc, s: str) -> str:
    return VI_WATER_EXTRA[s] if doc.lang == "vi" and s in VI_WATER_EXTRA else vocab.water(s, doc.lang)


def monitoring_l1(doc: Doc) -> None:
    """A uranium mine's observation wells (VI: wells around an alumina refinery's red-mud ponds): each well with its
    aquifer and place and the number of a parameter set (`I`, `II`; VI `A`, `B`) instead of parameters; the sets are
    spelled out in note rows under the table, the second as `the first set, and …` plus radionuclides outside the
    reference list; the frequency goes with the set."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("alumina",) if vi else ("uranium",))
    doc.h(_t(doc, "m1.h").format(name=f["name"].upper() if vi else f["name"]))
    doc.h(_t(doc, "m1.h2"))
    doc.p(_t(doc, "m1.p"))
    first, second = (VI_SET_A, VI_SET_B) if vi else (KZ_SET_I, KZ_SET_II)
    names_1 = ", ".join(_lower(_water(doc, s)) for s in first)
    names_2 = ", ".join(_lower(_water(doc, s)) for s in second)
    words = (doc.pick(("monthly", "quarterly")), doc.pick(("semiannual", "yearly")))
    said = [freq(doc, w) for w in words]
    sets = _list(doc, "m1.sets")
    horizons = _list(doc, "m1.horizons")
    places = _list(doc, "m1.places")
    block = r.randint(2, 9)
    rows, merges = [_row(doc, "m1.head")], []
    count = r.randint(4, 5)
    base = r.randint(1, 6) * 100
    for n in range(count):
        well = f"NN-{n + 1:02d}" if vi else f"Н-{base + n + 1}"
        which = 1 if n == 0 else r.choice((0, 0, 1))
        place = places[n].format(b=block, d=r.randint(10, 40) * 10 if vi else r.randint(8, 30) * 10)
        rows.append([str(n + 1), well, horizons[r.randrange(2)], place, sets[which], said[which]])
        keys = first + (second if which else ())
        doc.add("monitoring", *(_mon({"point": well}, ("symbol", s), words[which]) for s in keys))
    _span(rows, merges, _t(doc, "m1.legend1").format(names=names_1))
    _span(rows, merges, _t(doc, "m1.legend2").format(names=names_2))
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# code columns of each smelter's monitoring matrix
MATRIX_CODES = {"copper": ("0330", "0146", "0184", "0325", "2908"), "zinc": ("0330", "0207", "0184", "0133", "0322")}

TEXT |= {
    "m2.h": ("Программа производственного экологического контроля на 2026–2028 годы. {name}",
             "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. {name}",
             "GIẤY PHÉP MÔI TRƯỜNG"),
    "m2.p": ("6. Мониторинг эмиссий в атмосферный воздух. Источник № {main} оснащен автоматизированной системой мониторинга "
             "эмиссий (АСМ) по диоксиду серы с передачей данных в информационную систему уполномоченного органа.",
             "6. Атмосфералық ауаға эмиссиялар мониторингі. № {main} көз уәкілетті органның ақпараттық жүйесіне деректер беретін "
             "күкірт диоксиді бойынша эмиссиялар мониторингінің автоматтандырылған жүйесімен (АМЖ) жабдықталған.",
             "Phụ lục III. CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI CỦA {name}. Thông số, tần suất quan trắc đối với từng dòng khí thải "
             "như sau:"),
    "m2.h0": ("№ ИЗА|Наименование источника|Периодичность контроля по загрязняющим веществам|{span}|Метод контроля",
              "ЛШК №|Көздің атауы|Ластаушы заттар бойынша бақылау кезеңділігі|{span}|Бақылау әдісі",
              "TT|Vị trí quan trắc|Ký hiệu|Tần suất quan trắc theo thông số|{span}|Quy chuẩn so sánh"),
    "m2.auto": ("АСМ", "АМЖ", ""),
    "m2.methods": ("инструментальный, АСМ|инструментальный|расчетный", "аспаптық, АМЖ|аспаптық|есептік", ""),
    "m2.calc": ("1 раз в год (расчетом)", "жылына 1 рет (есеппен)", ""),
    "m2.note": ("АСМ – автоматизированная система мониторинга эмиссий; «–» – вещество источником не выбрасывается.",
                "АМЖ – эмиссиялар мониторингінің автоматтандырылған жүйесі; «–» – зат көзден шығарылмайды.",
                "Ghi chú: “-” – không quan trắc; quan trắc tự động, liên tục thực hiện theo Nghị định số 08/2022/NĐ-CP."),
    "m2.caption": ("Таблица 6.1 – План-график контроля на источниках выбросов", "6.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі",
                   "Bảng 3. Chương trình quan trắc khí thải định kỳ và tự động"),
}  # fmt: skip
# point, name, codes — a rolling mill's gas streams
MILL_STREAMS = (("KT1", "Ống khói lò nung phôi", ("2902", "0330", "0301", "0337")),
                ("KT2", "Ống thải hệ thống lọc bụi giá cán thô", ("2902",)),
                ("KT3", "Ống khói lò hơi tận dụng nhiệt", ("2902", "0330", "0301", "0337")))  # fmt: skip


def monitoring_l2(doc: Doc) -> None:
    """A matrix of sources by substances: a row per source, a column per substance (name and code) under a merged
    `Периодичность контроля по загрязняющим веществам`, the frequency written in each cell — `непрерывно (АСМ)` for the
    main stack's sulphur dioxide, a dash where the source does not emit it, `1 раз в год (расчетом)` for unorganised
    sources —, the method last, a note row (VI: a rolling mill's gas streams with their point codes, `Liên tục` cells
    for the automatic monitoring of the reheating furnace)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel",) if vi else ("copper", "zinc"))
    dash = "-" if vi else "–"
    if vi:
        doc.h(_t(doc, "m2.h"))
        doc.p(_t(doc, "m2.p").format(name=f["name"].upper()))
        codes = ("2902", "0330", "0301", "0337")
        head = _t(doc, "m2.h0").replace("{span}", "|".join("^" * (len(codes) - 1)))
        rows = [_cells(head), [None, None, None, *(_vi_air(c) for c in codes), None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 2 + len(codes)), (0, 3 + len(codes), 1, 3 + len(codes))]
        periodic = doc.pick(("quarterly", "semiannual"))
        said = {w: freq(doc, w) for w in ("continuous", periodic)}
        for n, (point, name, emitted) in enumerate(MILL_STREAMS, 1):
            line = [str(n), name, point]
            for c in codes:
                if c not in emitted:
                    line.append(dash)
                    continue
                word = "continuous" if point == "KT1" and c in ("2902", "0301") else periodic
                line.append(said[word])
                doc.add("monitoring", _mon({"point": point}, ("code", c), word))
            rows.append(line + ["QCVN 51:2017/BTNMT"])
        _span(rows, merges, _t(doc, "m2.note"))
        doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
        return
    k = 0 if doc.lang == "ru" else 1
    codes = MATRIX_CODES[f["kind"]]
    sources = [s for s in SMELTER_SOURCES[f["kind"]] if set(s[2]) & set(codes)]
    org = [s for s in sources if s[1]][:3]
    unorg = [s for s in sources if not s[1]][:1]
    first, number = r.randint(1, 6), {}
    for j, s in enumerate(org):
        number[s[0][0]] = f"{first + j:04d}"
    for j, s in enumerate(unorg):
        number[s[0][0]] = f"{6001 + j:04d}"
    main = number[org[0][0][0]]
    doc.h(_t(doc, "m2.h").format(name=f["name"]))
    doc.p(_t(doc, "m2.p").format(main=main))
    head = _t(doc, "m2.h0").replace("{span}", "|".join("^" * (len(codes) - 1)))
    rows = [_cells(head), [None, None, *(f"{_air(doc, c)} ({c})" for c in codes), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(codes)), (0, 2 + len(codes), 1, 2 + len(codes))]
    methods = _list(doc, "m2.methods")
    said = {w: freq(doc, w) for w in ("continuous", "quarterly", "semiannual")}
    out = []
    for s in org + unorg:
        (names, organized, emitted, _) = s
        src = number[names[0]]
        word = doc.pick(("quarterly", "semiannual")) if organized else "yearly"
        line = [src, names[k]]
        for c in codes:
            if c not in emitted:
                line.append(dash)
                continue
            if src == main and c == "0330":
                cell, got = f"{said['continuous']} ({_t(doc, 'm2.auto')})", "continuous"
            elif organized:
                cell, got = said[word], word
            else:
                cell, got = _t(doc, "m2.calc"), "yearly"
            line.append(cell)
            doc.add("monitoring", _mon({"source_number": src}, ("code", c), got))
            doc.add("emissions", emission(c, None, None, src))
        line.append(methods[0] if src == main else methods[1] if organized else methods[2])
        rows.append(line)
        out.append({"number": src, "type": "organized" if organized else "unorganized"})
    _span(rows, merges, _t(doc, "m2.note"))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    doc.add("sources", *out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU, KK) units of a ferroalloy plant and a copper smelter that are checked
PLANT_UNITS = {
    "ferro": (("Плавильный цех № 1", "№ 1 балқыту цехы"), ("Плавильный цех № 2", "№ 2 балқыту цехы"),
              ("Цех переработки шлаков", "Қожды қайта өңдеу цехы"),
              ("Газоочистные установки рудотермических печей", "Кенді-термиялық пештердің газ тазарту қондырғылары"),
              ("Склад шихтовых материалов", "Шихта материалдарының қоймасы"),
              ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"), ("Шламонакопитель", "Шлам жинақтағыш")),
    "copper": (("Металлургический цех", "Металлургия цехы"), ("Сернокислотный цех", "Күкірт қышқылы цехы"),
               ("Цех электролиза меди", "Мыс электролизі цехы"), ("Склад медного концентрата", "Мыс концентратының қоймасы"),
               ("Отвал гранулированного шлака", "Түйіршіктелген қож үйіндісі"),
               ("Очистные сооружения промышленных стоков", "Өнеркәсіптік ағындарды тазарту құрылыстары")),
}  # fmt: skip
VI_MILL_UNITS = ("Xưởng cán thép số 1", "Khu vực lò nung phôi", "Kho chứa chất thải nguy hại", "Hệ thống xử lý nước tuần hoàn",
                 "Bãi chứa vảy cán", "Trạm xử lý nước thải sinh hoạt")

TEXT |= {
    "i1.h": ("Календарный план выполнения экологических требований на 2026 год. {name}",
             "2026 жылға арналған экологиялық талаптарды орындаудың күнтізбелік жоспары. {name}",
             "LỊCH THỰC HIỆN CÁC NGHĨA VỤ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name}"),
    "i1.p": ("Утвержден приказом генерального директора {operator}. Сроки представления отчетности приведены по Экологическому "
             "кодексу Республики Казахстан и условиям экологического разрешения.",
             "{operator} бас директорының бұйрығымен бекітілді. Есептілікті ұсыну мерзімдері Қазақстан Республикасының "
             "Экологиялық кодексі мен экологиялық рұқсаттың шарттары бойынша келтірілген.",
             "Ban hành kèm theo Quyết định của Giám đốc {operator}."),
    "i1.head": ("№|Обязанность (мероприятие)|Объект, подразделение|Периодичность|Срок|Ответственный",
                "№|Міндет (іс-шара)|Объект, бөлімше|Кезеңділігі|Мерзімі|Жауапты",
                "TT|Nghĩa vụ, nội dung công việc|Khu vực, bộ phận|Tần suất|Thời hạn|Đơn vị thực hiện"),
    "i1.check": ("Внутренняя проверка соблюдения экологических требований|Обход и осмотр с записью в журнале внутренних проверок",
                 "Экологиялық талаптардың сақталуын ішкі тексеру|Ішкі тексерулер журналына жазбамен аралау және қарап шығу",
                 "Kiểm tra nội bộ việc tuân thủ các quy định về bảo vệ môi trường|Kiểm tra hiện trường, ghi sổ theo dõi"),
    "i1.check.when": ("в течение периода|последняя неделя месяца", "кезең ішінде|айдың соңғы аптасы", "Trong kỳ|Tuần cuối của kỳ"),
    "i1.who": ("главный эколог|инженер-эколог|начальник отдела ООС", "бас эколог|инженер-эколог|ҚОҚ бөлімінің бастығы",
               "Phòng An toàn – Môi trường|Cán bộ môi trường|Phó Giám đốc kỹ thuật"),
    # duty, frequency as said, deadline, responsible — duties that are no inspection
    "i1.duties": ("Представление отчета по программе производственного экологического контроля|ежеквартально|"
                  "до 10-го числа месяца, следующего за отчетным кварталом|главный эколог;"
                  "Представление отчета об инвентаризации отходов|ежегодно|до 1 марта|начальник отдела ООС;"
                  "Представление отчетности в Регистр выбросов и переноса загрязнителей|ежегодно|до 1 апреля|главный эколог;"
                  "Внесение платы за эмиссии в окружающую среду|ежеквартально|"
                  "до 25-го числа второго месяца, следующего за отчетным кварталом|главный бухгалтер",
                  "Өндірістік экологиялық бақылау бағдарламасы бойынша есеп ұсыну|тоқсан сайын|"
                  "есепті тоқсаннан кейінгі айдың 10-на дейін|бас эколог;"
                  "Қалдықтарды түгендеу туралы есеп ұсыну|жыл сайын|1 наурызға дейін|ҚОҚ бөлімінің бастығы;"
                  "Ластағыштардың шығарындылары мен тасымалдануының тіркеліміне есеп ұсыну|жыл сайын|1 сәуірге дейін|бас эколог;"
                  "Қоршаған ортаға эмиссиялар үшін төлем енгізу|тоқсан сайын|есепті тоқсаннан кейінгі екінші айдың 25-не дейін|"
                  "бас бухгалтер",
                  "Lập và gửi báo cáo công tác bảo vệ môi trường năm 2025|Hằng năm|Trước ngày 15/01/2026|Phòng An toàn – Môi trường;"
                  "Kê khai và nộp phí bảo vệ môi trường đối với nước thải công nghiệp|Hằng quý|Trong 10 ngày đầu tháng đầu "
                  "của quý tiếp theo|Phòng Tài chính – Kế toán;"
                  "Truyền số liệu quan trắc khí thải tự động, liên tục về Sở Nông nghiệp và Môi trường|Liên tục|Theo thời gian thực|"
                  "Phòng Kỹ thuật;"
                  "Lập và gửi báo cáo kết quả quan trắc môi trường định kỳ|Hằng năm|Cùng báo cáo công tác bảo vệ môi trường|"
                  "Phòng An toàn – Môi trường"),
    "i1.caption": ("Таблица 1 – Календарь экологических обязанностей", "1-кесте – Экологиялық міндеттер күнтізбесі",
                   "Bảng 1. Lịch thực hiện nghĩa vụ bảo vệ môi trường"),
}  # fmt: skip


def inspections_l1(doc: Doc) -> None:
    """A compliance calendar where the internal checks of units (two wordings, the unit in its own column) are mixed in
    one numbered list with duties that are no inspection — reports on ПЭК, the waste inventory and the PRTR, the
    payment for emissions (VI: the annual report, the fee, the transfer of automatic monitoring data) — each with a
    frequency, a deadline and a responsible."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel",) if vi else ("ferro", "copper"))
    doc.h(_t(doc, "i1.h").format(name=f["name"]))
    doc.p(_t(doc, "i1.p").format(operator=f["operator"]))
    if vi:
        names = r.sample(VI_MILL_UNITS, 4)
    else:
        names = [x[0 if doc.lang == "ru" else 1] for x in r.sample(PLANT_UNITS[f["kind"]], 4)]
    checks, whens, who = _list(doc, "i1.check"), _list(doc, "i1.check.when"), _list(doc, "i1.who")
    duties = [x.split("|") for x in _t(doc, "i1.duties").split(";")]
    items: list[tuple[str, ...]] = [tuple(x) for x in r.sample(duties, 3)]
    for unit in names:
        word = doc.pick(("weekly", "monthly", "quarterly", "semiannual"))
        items.append(("check", unit, word))
    r.shuffle(items)
    rows = [_row(doc, "i1.head")]
    for n, item in enumerate(items, 1):
        if item[0] == "check":
            _, unit, word = item
            text = checks[1] if word == "weekly" else doc.pick(checks)
            rows.append([str(n), text, unit, _freq(doc, word), whens[1] if word == "monthly" else whens[0], doc.pick(who[:2])])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        else:
            duty, said, deadline, person = item
            rows.append([str(n), duty, "–" if not vi else "-", said, deadline, person])
    doc.table(_t(doc, "i1.caption"), rows, role="inspections")
    maybe_distractor(doc)


# (RU, KK) objects of an underground coal mine's rounds, by the frequency of walking them
COAL_OBJECTS = {
    "daily": (("Очистные сооружения шахтных вод", "Шахта суларын тазарту құрылыстары"),
              ("Вакуум-насосная станция дегазации", "Газсыздандырудың вакуум-сорғы станциясы"),
              ("Пруд-накопитель шахтных вод", "Шахта суларының жинақтағыш тоғаны")),
    "weekly": (("Породный отвал № 2", "№ 2 жыныс үйіндісі"), ("Угольный склад промплощадки", "Өнеркәсіптік алаңның көмір қоймасы"),
               ("Золошлакоотвал котельной", "Қазандықтың күл-қож үйіндісі")),
    "monthly": (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"),
                ("Склад ГСМ", "ЖЖМ қоймасы"), ("Склад химических реагентов", "Химиялық реагенттер қоймасы")),
    "quarterly": (("Рекультивируемый участок отвала № 1", "№ 1 үйіндінің рекультивацияланатын учаскесі"),
                  ("Санитарно-защитная зона (озеленение)", "Санитариялық-қорғау аймағы (көгалдандыру)")),
}  # fmt: skip
VI_COAL_OBJECTS = {
    "daily": ("Trạm xử lý nước thải mỏ mức +32", "Hệ thống phun sương dập bụi tuyến đường vận chuyển than"),
    "weekly": ("Bãi thải Đông Cao Sơn", "Kho than sân công nghiệp", "Mương thoát nước chân bãi thải"),
    "monthly": ("Kho chứa chất thải nguy hại", "Khu lưu giữ chất thải rắn công nghiệp thông thường", "Kho dầu mỡ"),
    "quarterly": ("Khu vực cải tạo, phục hồi môi trường moong cũ", "Dải cây xanh cách ly"),
}

TEXT |= {
    "i2.h": ("Положение о производственном экологическом контроле. {name}", "Өндірістік экологиялық бақылау туралы ереже. {name}",
             "QUY CHẾ KIỂM TRA, GIÁM SÁT CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {name}"),
    "i2.h2": ("Приложение 3. Порядок осмотров природоохранных объектов", "3-қосымша. Табиғат қорғау объектілерін қарап шығу тәртібі",
              "Phụ lục 02. Danh mục công trình bảo vệ môi trường và tần suất kiểm tra"),
    "i2.head": ("№|Объект осмотра|Что проверяется|Кто проводит|Где отражаются результаты",
                "№|Қарап шығу объектісі|Не тексеріледі|Кім жүргізеді|Нәтижелер қайда көрсетіледі",
                "TT|Công trình, khu vực|Nội dung kiểm tra|Người thực hiện|Hồ sơ ghi nhận"),
    "i2.groups": ("Ежедневно (в начале смены)|Еженедельно (по понедельникам)|Ежемесячно|Ежеквартально",
                  "Күн сайын (ауысым басында)|Апта сайын (дүйсенбі күндері)|Ай сайын|Тоқсан сайын",
                  "Hằng ngày (đầu ca sản xuất)|Hằng tuần (thứ Hai)|Hằng tháng|Hằng quý"),
    "i2.what": ("работа оборудования, отсутствие переливов и утечек|состояние откосов, пылеподавление, возгорания|"
                "соблюдение правил накопления, маркировка, герметичность емкостей|приживаемость насаждений, состояние покрытия",
                "жабдықтың жұмысы, асып төгілу мен ағып кетудің болмауы|беткейлердің жай-күйі, шаң басу, жану|"
                "жинақтау қағидаларының сақталуы, таңбалау, ыдыстардың саңылаусыздығы|көшеттердің тамыр алуы, жабынның жай-күйі",
                "Hoạt động của thiết bị, rò rỉ, tràn|Độ ổn định sườn tầng, dòng chảy, phun sương dập bụi|"
                "Phân loại, dán nhãn, thời gian lưu giữ, rò rỉ|Tỷ lệ cây sống, lớp phủ"),
    "i2.who": ("сменный мастер участка|инженер-эколог|главный эколог шахты|комиссия под председательством главного инженера",
               "учаскенің ауысым шебері|инженер-эколог|шахтаның бас экологы|бас инженер төрағалық ететін комиссия",
               "Trưởng ca|Cán bộ môi trường công trường|Phòng Môi trường|Hội đồng do Phó Giám đốc kỹ thuật chủ trì"),
    "i2.record": ("журнал осмотров|журнал осмотров|акт осмотра|акт комиссии", "қарап шығу журналы|қарап шығу журналы|қарап шығу актісі|комиссия актісі",
                  "Sổ nhật ký ca|Sổ theo dõi|Biên bản kiểm tra|Biên bản của Hội đồng"),
}  # fmt: skip
ROUNDS = ("daily", "weekly", "monthly", "quarterly")


def inspections_l2(doc: Doc) -> None:
    """A coal mine's rounds of its environmental objects under group rows spanning the table that name the frequency
    (`Ежедневно (в начале смены)`, `Еженедельно (по понедельникам)`, monthly, quarterly), the objects numbered straight
    through below them with what is checked, who checks and where it is recorded; no frequency column (VI: an open-pit
    mine's environmental works)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("coal_open",) if vi else ("coal",))
    doc.h(_t(doc, "i2.h").format(name=f["name"].upper() if vi else f["name"]))
    doc.h(_t(doc, "i2.h2"))
    rows, merges, n = [_row(doc, "i2.head")], [], 0
    groups, whats, whos, records = (_list(doc, k) for k in ("i2.groups", "i2.what", "i2.who", "i2.record"))
    for j, word in enumerate(ROUNDS):
        pool = VI_COAL_OBJECTS[word] if vi else [x[0 if doc.lang == "ru" else 1] for x in COAL_OBJECTS[word]]
        picked = r.sample(pool, 2 if len(pool) > 2 and r.random() < 0.6 else min(len(pool), r.randint(1, 2)))
        _span(rows, merges, groups[j])
        for unit in picked:
            n += 1
            rows.append([str(n), unit, whats[j], whos[j], records[j]])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, merges, role="inspections")
    if r.random() < 0.5:
        distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# component: [(task, НДТ, year, responsible)] per language — a copper smelter's programme of raising environmental efficiency
EFFICIENCY = {
    "ru": (
        ("Атмосферный воздух", (
            ("Замена электрофильтров печи Ванюкова на рукавные фильтры с импульсной регенерацией", "НДТ 18", "2027", "Металлургический цех"),
            ("Модернизация сернокислотной установки с переходом на схему двойного контактирования – двойной абсорбции", "НДТ 25",
             "2028", "Сернокислотный цех"),
            ("Установка автоматизированной системы мониторинга эмиссий на дымовой трубе анодных печей", "НДТ 3", "2026",
             "Служба охраны окружающей среды"),
            ("Укрытие узлов перегрузки шихты с подключением к аспирационной системе", "НДТ 12", "2026", "Шихтовый цех"))),
        ("Водные ресурсы", (
            ("Строительство установки нейтрализации кислых стоков известковым молоком", "НДТ 31", "2028", "Цех водоснабжения"),
            ("Перевод системы охлаждения кессонов печей на замкнутый водооборот", "НДТ 29", "2027", "Управление главного энергетика"))),
        ("Отходы производства", (
            ("Флотационная переработка отвальных шлаков с извлечением меди в концентрат", "НДТ 36", "2029", "Обогатительная фабрика"),
            ("Возврат пыли электрофильтров в шихту плавки", "НДТ 34", "2026", "Металлургический цех"))),
    ),
    "kk": (
        ("Атмосфералық ауа", (
            ("Ванюков пешінің электрсүзгілерін импульстік регенерациясы бар жеңді сүзгілерге ауыстыру", "ЕҚТ 18", "2027",
             "Металлургия цехы"),
            ("Күкірт қышқылы қондырғысын қос түйістіру – қос абсорбциялау схемасына көшіре отырып жаңғырту", "ЕҚТ 25", "2028",
             "Күкірт қышқылы цехы"),
            ("Анод пештерінің түтін мұржасына эмиссиялар мониторингінің автоматтандырылған жүйесін орнату", "ЕҚТ 3", "2026",
             "Қоршаған ортаны қорғау қызметі"),
            ("Шихтаны қайта тиеу тораптарын аспирациялық жүйеге қоса отырып жабу", "ЕҚТ 12", "2026", "Шихта цехы"))),
        ("Су ресурстары", (
            ("Қышқыл ағындарды әк сүтімен бейтараптандыру қондырғысын салу", "ЕҚТ 31", "2028", "Сумен жабдықтау цехы"),
            ("Пештердің кессондарын салқындату жүйесін тұйық су айналымына көшіру", "ЕҚТ 29", "2027", "Бас энергетик басқармасы"))),
        ("Өндіріс қалдықтары", (
            ("Үйінді қождарын мысты концентратқа бөліп алу арқылы флотациялық қайта өңдеу", "ЕҚТ 36", "2029", "Байыту фабрикасы"),
            ("Электрсүзгі шаңын балқыту шихтасына қайтару", "ЕҚТ 34", "2026", "Металлургия цехы"))),
    ),
    "vi": (
        ("Khí thải", (
            ("Lắp đặt đầu đốt phát thải NOx thấp (low-NOx) cho lò nung phôi", "BAT 55", "2027", "Xưởng Cán"),
            ("Chuyển đổi nhiên liệu lò nung phôi từ dầu FO sang khí thiên nhiên hóa lỏng (LNG)", "BAT 56", "2028",
             "Phòng Kỹ thuật – Công nghệ"),
            ("Thu hồi nhiệt khói thải lò nung để gia nhiệt không khí cấp cho buồng đốt", "BAT 57", "2027", "Phòng Cơ điện"),
            ("Lắp đặt hệ thống quan trắc khí thải tự động, liên tục tại ống khói lò hơi", "BAT 3", "2026",
             "Phòng An toàn – Môi trường"))),
        ("Nước thải", (
            ("Tuần hoàn 100% nước làm mát trực tiếp của xưởng cán", "BAT 62", "2027", "Phòng Cơ điện"),
            ("Lắp đặt thiết bị tách dầu khỏi nước rửa vảy cán", "BAT 63", "2026", "Xưởng Cán"))),
        ("Chất thải rắn", (
            ("Tái chế vảy cán làm nguyên liệu cho nhà máy luyện phôi", "BAT 64", "2026", "Phòng Kinh doanh"),
            ("Xây dựng nhà chứa vảy cán có mái che và hệ thống thu gom nước rỉ", "BAT 65", "2028", "Ban Quản lý dự án"))),
    ),
}  # fmt: skip

TEXT |= {
    "t1.h": ("Программа повышения экологической эффективности на 2026–2029 годы. {name}",
             "2026–2029 жылдарға арналған экологиялық тиімділікті арттыру бағдарламасы. {name}",
             "LỘ TRÌNH ÁP DỤNG KỸ THUẬT HIỆN CÓ TỐT NHẤT (BAT) GIAI ĐOẠN 2026–2029 CỦA {name}"),
    "t1.p": ("Программа является приложением к заявке на получение комплексного экологического разрешения и разработана с "
             "учетом справочника по наилучшим доступным техникам «Производство меди и драгоценных металлов».",
             "Бағдарлама кешенді экологиялық рұқсат алуға арналған өтінімге қосымша болып табылады және «Мыс пен асыл металдар "
             "өндірісі» ең үздік қолжетімді техникалар жөніндегі анықтамалығы ескеріле отырып әзірленді.",
             "Lộ trình được xây dựng trên cơ sở tài liệu tham chiếu BAT ngành sản xuất gang thép (Best Available Techniques "
             "Reference Document for Iron and Steel Production) theo Điều 53 Luật Bảo vệ môi trường năm 2020."),
    "t1.head": ("№|Мероприятие|НДТ (номер по справочнику)|Срок внедрения, год|Ответственное подразделение|Затраты, млн тенге",
                "№|Іс-шара|ЕҚТ (анықтамалық бойынша нөмірі)|Енгізу мерзімі, жыл|Жауапты бөлімше|Шығындар, млн теңге",
                "TT|Giải pháp|Mã BAT tham chiếu|Năm hoàn thành|Đơn vị chủ trì|Kinh phí dự kiến (tỷ đồng)"),
    "t1.total": ("Итого по программе", "Бағдарлама бойынша жиыны", "Tổng cộng"),
    "t1.caption": ("Таблица 2 – План мероприятий по внедрению наилучших доступных техник",
                   "2-кесте – Ең үздік қолжетімді техникаларды енгізу жөніндегі іс-шаралар жоспары",
                   "Bảng 2. Danh mục giải pháp áp dụng BAT"),
}  # fmt: skip


def tasks_l1(doc: Doc) -> None:
    """A programme of raising environmental efficiency towards НДТ: unnumbered group rows naming the component (air,
    water, wastes) spanning the table, the measures numbered straight through below them, the number of the НДТ of the
    reference book beside each, the year, the responsible unit and the cost, a total row (VI: a rolling mill's BAT
    roadmap with BAT numbers of the reference document)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel",) if vi else ("copper",))
    doc.h(_t(doc, "t1.h").format(name=f["name"].upper() if vi else f["name"]))
    doc.p(_t(doc, "t1.p"))
    rows, merges, n, money = [_row(doc, "t1.head")], [], 0, 0.0
    for component, items in EFFICIENCY[doc.lang]:
        picked = [x for x in items if r.random() < 0.75] or list(items[:1])
        _span(rows, merges, component)
        for text, bat, year, who in picked:
            n += 1
            cost = round(r.uniform(0.8, 45), 1) if vi else float(r.randint(120, 9800))
            money += cost
            rows.append([str(n), text, bat, year, who, num(cost, doc.lang)])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": " ".join(text.split()[:5]),
                                    "actor_contains": who})
    rows.append(["", _t(doc, "t1.total"), "", "", "", num(round(money, 1), doc.lang)])
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


# (task, deadline, responsible) of a coal mine's plan — KZ; the excluded one and the inserted ones are chosen per document
COAL_PLAN = {
    "ru": (("Рекультивация нарушенных земель породного отвала № 2 на площади 12,5 га (технический этап)", "III квартал 2026 г.",
            "Участок поверхностного комплекса"),
           ("Реконструкция очистных сооружений шахтных вод с увеличением производительности до 600 м3/ч", "до 31.10.2026",
            "Управление капитального строительства"),
           ("Утилизация метана дегазационных скважин на когенерационной установке 1,4 МВт", "IV квартал 2026 г.", "Главный энергетик"),
           ("Монтаж оросительной системы пылеподавления на угольном складе промплощадки", "до 01.06.2026", "Главный механик"),
           ("Озеленение санитарно-защитной зоны шахты (посадка 1 200 саженцев)", "апрель–май 2026 г.", "Административно-хозяйственный отдел"),
           ("Замена котлов котельной промплощадки на котлы с КПД не ниже 85 %", "до 15.09.2026", "Главный энергетик"),
           ("Устройство гидроизоляции площадки временного хранения отходов", "II квартал 2026 г.", "Участок поверхностного комплекса")),
    "kk": (("№ 2 жыныс үйіндісінің бұзылған жерлерін 12,5 га алаңда рекультивациялау (техникалық кезең)", "2026 жылғы III тоқсан",
            "Беткі кешен учаскесі"),
           ("Шахта суларын тазарту құрылыстарын өнімділігін сағатына 600 м3-ке дейін арттыра отырып қайта жаңарту", "31.10.2026 дейін",
            "Күрделі құрылыс басқармасы"),
           ("Газсыздандыру ұңғымаларының метанын 1,4 МВт когенерациялық қондырғыда кәдеге жарату", "2026 жылғы IV тоқсан", "Бас энергетик"),
           ("Өнеркәсіптік алаңның көмір қоймасында шаң басудың суару жүйесін монтаждау", "01.06.2026 дейін", "Бас механик"),
           ("Шахтаның санитариялық-қорғау аймағын көгалдандыру (1 200 көшет отырғызу)", "2026 жылғы сәуір–мамыр", "Әкімшілік-шаруашылық бөлімі"),
           ("Өнеркәсіптік алаң қазандығының қазандықтарын ПӘК 85 %-дан кем емес қазандықтарға ауыстыру", "15.09.2026 дейін", "Бас энергетик"),
           ("Қалдықтарды уақытша сақтау алаңының гидрооқшаулауын орнату", "2026 жылғы II тоқсан", "Беткі кешен учаскесі")),
    "vi": (("Cải tạo, phục hồi môi trường sườn tầng thải bãi thải Đông Cao Sơn, diện tích 15 ha", "Quý III/2026", "Công trường Xúc bốc"),
           ("Nâng công suất Trạm xử lý nước thải mỏ mức +32 lên 1.200 m3/h", "Tháng 10/2026", "Ban Quản lý dự án"),
           ("Lắp đặt hệ thống phun sương dập bụi dọc tuyến băng tải than", "Tháng 6/2026", "Phân xưởng Cơ điện"),
           ("Trồng cây xanh phủ xanh các tầng thải đã dừng đổ thải", "Quý II/2026", "Phòng Môi trường"),
           ("Nạo vét hệ thống mương thoát nước chân bãi thải trước mùa mưa", "Tháng 4/2026", "Công trường Vận tải"),
           ("Xây dựng kho chứa chất thải nguy hại mới diện tích 120 m2", "Quý IV/2026", "Phòng Đầu tư – Xây dựng"),
           ("Lắp đặt trạm rửa xe tự động tại cổng ra sân công nghiệp", "Tháng 8/2026", "Phân xưởng Cơ điện")),
}  # fmt: skip

TEXT |= {
    "t2.h": ("План мероприятий по охране окружающей среды на 2026 год. {name}",
             "2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары. {name}",
             "KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA {name}"),
    "t2.p": ("(в редакции приказа директора № {n}-П от {d})", "(директордың {d} № {n}-Б бұйрығының редакциясында)",
             "(Sửa đổi, bổ sung theo Quyết định số {n}/QĐ-VQN ngày {d} của Giám đốc Công ty)"),
    "t2.head": ("№ п/п|Наименование мероприятия|Срок выполнения|Ответственный исполнитель|Примечание",
                "Р/с №|Іс-шараның атауы|Орындау мерзімі|Жауапты орындаушы|Ескертпе",
                "TT|Nội dung công việc|Thời gian hoàn thành|Đơn vị thực hiện|Ghi chú"),
    "t2.excluded": ("Исключен приказом № {n}-П от {d}", "{d} № {n}-Б бұйрықпен алып тасталды", "Bãi bỏ theo Quyết định số {n}/QĐ-VQN"),
    "t2.added": ("введен приказом № {n}-П от {d}", "{d} № {n}-Б бұйрықпен енгізілді", "Bổ sung theo Quyết định số {n}/QĐ-VQN"),
    "t2.moved": ("срок перенесен с {x}", "мерзімі {x} бастап ауыстырылды", "Điều chỉnh thời gian từ {x}"),
    "t2.old": ("01.04.2026|I квартала 2026 г.", "01.04.2026|2026 жылғы I тоқсаннан", "Quý I/2026|Tháng 3/2026"),
}  # fmt: skip


def tasks_l2(doc: Doc) -> None:
    """An amended plan: one item kept in the list only as `Исключен приказом …` (VI `Bãi bỏ …`, no task), items inserted
    after it numbered with a hyphen (`4-1`; VI with a letter, `3a`) and marked in the notes column, a moved deadline
    noted beside another item; the order amending the plan in the line under the title."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("coal_open",) if vi else ("coal",))
    n_order, day = r.randint(40, 240), _dmy(doc, r.randint(1, 28), r.randint(3, 5), 2026)
    doc.h(_t(doc, "t2.h").format(name=f["operator"].upper() if vi else f["name"]))
    doc.p(_t(doc, "t2.p").format(n=n_order, d=day))
    plan = r.sample(COAL_PLAN[doc.lang], 7)
    excluded = r.randint(2, 4)
    inserted = {excluded + 2} | ({excluded + 4} if excluded + 4 < len(plan) and r.random() < 0.6 else set())
    rows, n, base = [_row(doc, "t2.head")], 0, 0
    moved = _t(doc, "t2.moved").format(x=doc.pick(_list(doc, "t2.old")))
    for k, (text, term, who) in enumerate(plan):
        if k in inserted:
            number = f"{base}{chr(ord('a') + n)}" if vi else f"{base}-{n + 1}"
            n += 1
            note = _t(doc, "t2.added").format(n=n_order, d=day)
        else:
            base += 1
            n = 0
            number = str(base)
            note = moved if k == 1 else ""
        if k == excluded:
            rows.append([number, _t(doc, "t2.excluded").format(n=n_order, d=day), "", "", ""])
            continue
        rows.append([number, text, term, who, note])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": " ".join(text.split()[:5]),
                                "actor_contains": who})
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"B{k}", globals()[f"{role}_l{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_l1` … `tasks_l2`, in the order of the roles."""
